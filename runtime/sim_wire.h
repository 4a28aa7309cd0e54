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

#include "runtime/fdsock.h"

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

#define SIM_MAX_FDS RT_FDSOCK_MAX_FDS

/* One datagram with its descriptors (runtime/fdsock.h). */
static inline int sim_send(int sock, const void *buf, size_t len, const int *fds, int nfds,
			   int flags)
{
	return rt_fdsock_send(sock, buf, len, fds, nfds, flags);
}

static inline ssize_t sim_recv(int sock, void *buf, size_t cap, int *fds, int *nfds, int flags)
{
	return rt_fdsock_recv(sock, buf, cap, fds, nfds, flags);
}

#endif
