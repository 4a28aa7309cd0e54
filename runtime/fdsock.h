/*
 * Datagrams with file descriptors (SCM_RIGHTS) on a Unix socket: the sim
 * partition's wire (sim_wire.h) and the live update's state hand-over
 * (tools/paravisor) both send and receive through these two.
 */
#ifndef RT_FDSOCK_H
#define RT_FDSOCK_H

#include <errno.h>
#include <poll.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#define RT_FDSOCK_MAX_FDS 3

/*
 * Sends one datagram with up to RT_FDSOCK_MAX_FDS descriptors. Returns 0 or a
 * negative errno (-EAGAIN when the socket is full and flags has MSG_DONTWAIT).
 */
static inline int rt_fdsock_send(int sock, const void *buf, size_t len, const int *fds, int nfds,
				 int flags)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * RT_FDSOCK_MAX_FDS)];
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
 * (up to RT_FDSOCK_MAX_FDS, the rest closed) and counted in *nfds; the caller
 * owns them. Returns the datagram length, 0 at end of stream, -EMSGSIZE if
 * it was truncated, or a negative errno.
 */
static inline ssize_t rt_fdsock_recv(int sock, void *buf, size_t cap, int *fds, int *nfds,
				     int flags)
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
			if (*nfds < RT_FDSOCK_MAX_FDS)
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

/*
 * Asks the peer for a descriptor: sends the byte ask, then waits up to
 * timeout_ms for a one-byte answer reply carrying one descriptor. Returns the
 * descriptor (the caller owns it) or a negative errno (-ETIMEDOUT, -EPROTO
 * for another answer).
 */
static inline int rt_fdsock_ask(int sock, char ask, char reply, int timeout_ms)
{
	struct pollfd pfd = {.fd = sock, .events = POLLIN};
	int fds[RT_FDSOCK_MAX_FDS], nfds = 0, rc;
	char c = 0;
	ssize_t n;

	rc = rt_fdsock_send(sock, &ask, 1, NULL, 0, 0);
	if (rc)
		return rc;
	rc = poll(&pfd, 1, timeout_ms);
	if (rc <= 0)
		return rc < 0 ? -errno : -ETIMEDOUT;
	n = rt_fdsock_recv(sock, &c, 1, fds, &nfds, 0);
	if (n < 0)
		return (int)n;
	if (n == 1 && c == reply && nfds == 1)
		return fds[0];
	while (nfds > 0)
		close(fds[--nfds]);
	return -EPROTO;
}

#endif
