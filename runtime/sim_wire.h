/*
 * Wire format of the sim partition's Unix socket (SOCK_SEQPACKET), shared by
 * partition_sim.c (host) and sim_guest.c (guest). docs/sim-partition.md is
 * the reference; keep both in step. Little-endian, native packing checked
 * by the asserts below. Every datagram starts with struct sim_hdr.
 */
#ifndef RT_SIM_WIRE_H
#define RT_SIM_WIRE_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define SIM_MAGIC 0x49535650u /* "PVSI" */
#define SIM_VERSION 2u
#define SIM_PAYLOAD_MAX 240u
#define SIM_SINT_COUNT 16u
#define SIM_SIEF_SLOT 256u /* bytes of event flags per SINT: 2048 flags */
#define SIM_REASON_MAX 200u
#define SIM_DGRAM_MAX 512u

enum sim_msg_type {
	SIM_MSG_WELCOME = 1,     /* host -> guest, fds: RAM memfd, SIEF memfd, interrupt pipe */
	SIM_MSG_HELLO = 2,       /* guest -> host, no fd */
	SIM_MSG_POST = 3,        /* guest -> host: HvPostMessage */
	SIM_MSG_POST_STATUS = 4, /* host -> guest: the hypercall status */
	SIM_MSG_MESSAGE = 5,     /* host -> guest: a SynIC message */
	SIM_MSG_BIND = 6,        /* host -> guest, fd (if bound): HvSignalEvent route */
	SIM_MSG_REFUSED = 7,     /* host -> guest: connection refused, then closed */
};

struct sim_hdr {
	uint32_t type;
	uint32_t len; /* whole datagram, header included */
};

struct sim_welcome {
	struct sim_hdr hdr;
	uint32_t magic;
	uint32_t version;
	uint64_t mem_size;
	uint32_t vp_count;
	uint32_t sint_count;
	uint64_t sief_size; /* vp_count * 4096 */
};

struct sim_hello {
	struct sim_hdr hdr;
	uint32_t magic;
	uint32_t version;
};

struct sim_post {
	struct sim_hdr hdr;
	uint32_t seq;
	uint32_t connection_id;
	uint32_t message_type;
	uint32_t payload_len;
	uint8_t payload[SIM_PAYLOAD_MAX];
};

struct sim_post_status {
	struct sim_hdr hdr;
	uint32_t seq;
	uint32_t status;
};

struct sim_message {
	struct sim_hdr hdr;
	uint32_t vp;
	uint32_t sint;
	uint32_t message_type;
	uint32_t payload_len;
	uint8_t payload[SIM_PAYLOAD_MAX];
};

struct sim_bind {
	struct sim_hdr hdr;
	uint32_t connection_id;
	uint32_t bound; /* 1: an eventfd is attached; 0: route removed */
};

struct sim_refused {
	struct sim_hdr hdr;
	char reason[SIM_REASON_MAX]; /* NUL-terminated */
};

_Static_assert(sizeof(struct sim_hdr) == 8, "sim_hdr");
_Static_assert(sizeof(struct sim_welcome) == 40, "sim_welcome");
_Static_assert(offsetof(struct sim_welcome, sief_size) == 32, "sim_welcome.sief_size");
_Static_assert(sizeof(struct sim_hello) == 16, "sim_hello");
_Static_assert(sizeof(struct sim_post) == 264, "sim_post");
_Static_assert(offsetof(struct sim_post, payload) == 24, "sim_post.payload");
_Static_assert(sizeof(struct sim_post_status) == 16, "sim_post_status");
_Static_assert(sizeof(struct sim_message) == 264, "sim_message");
_Static_assert(sizeof(struct sim_bind) == 16, "sim_bind");
_Static_assert(sizeof(struct sim_refused) == 208, "sim_refused");

#define SIM_MAX_FDS 3

/*
 * Sends one datagram with up to SIM_MAX_FDS descriptors. Returns 0 or a
 * negative errno (-EAGAIN when the socket is full and flags has MSG_DONTWAIT).
 */
static inline int sim_send(int sock, const void *buf, size_t len, const int *fds, int nfds,
			   int flags)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * SIM_MAX_FDS)];
		struct cmsghdr align;
	} u;
	struct iovec iov = {.iov_base = (void *)buf, .iov_len = len};
	struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1};
	ssize_t n;

	if (nfds > 0) {
		struct cmsghdr *c;

		memset(&u, 0, sizeof(u));
		mh.msg_control = u.buf;
		mh.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
		c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
	}
	do
		n = sendmsg(sock, &mh, flags | MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	return (size_t)n == len ? 0 : -EIO;
}

/*
 * Receives one datagram; descriptors that came with it are stored in fds
 * (up to SIM_MAX_FDS, the rest closed) and counted in *nfds; the caller
 * owns them. Returns the datagram length, 0 at end of stream, -EMSGSIZE if
 * it was truncated, or a negative errno.
 */
static inline ssize_t sim_recv(int sock, void *buf, size_t cap, int *fds, int *nfds, int flags)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * 8)];
		struct cmsghdr align;
	} u;
	struct iovec iov = {.iov_base = buf, .iov_len = cap};
	struct msghdr mh = {.msg_iov = &iov,
			    .msg_iovlen = 1,
			    .msg_control = u.buf,
			    .msg_controllen = sizeof(u.buf)};
	struct cmsghdr *c;
	ssize_t n;

	*nfds = 0;
	do
		n = recvmsg(sock, &mh, flags | MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	for (c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
		size_t k, cnt;

		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		cnt = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (k = 0; k < cnt; k++) {
			int fd;

			memcpy(&fd, CMSG_DATA(c) + k * sizeof(int), sizeof(int));
			if (*nfds < SIM_MAX_FDS)
				fds[(*nfds)++] = fd;
			else
				close(fd);
		}
	}
	if (mh.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) {
		while (*nfds > 0)
			close(fds[--(*nfds)]);
		return -EMSGSIZE;
	}
	return n;
}

#endif
