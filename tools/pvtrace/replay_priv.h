/*
 * pvtrace replay internals shared by replay.c (the VMBus side: control
 * messages, rings, the paravisor) and replay_netvsc.c (RNDIS in the netvsc
 * send and receive buffers).
 */
#ifndef PVTRACE_REPLAY_PRIV_H
#define PVTRACE_REPLAY_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include "runtime/ring.h"
#include "runtime/sim_guest.h"
#include "tools/pvtrace/pvtrace.h"
#include "vmring_codec.h"

#define RP_MAX_CHANS 64
#define RP_MAX_GPADLS 128
#define RP_MAX_GPADL_PAGES 4096
#define RP_SYNIC_MSG_TYPE 1
#define RP_SINT 2
#define RP_NETVSC_QUERIES 16
#define RP_NETVSC_SLOTS 64
#define RP_RNDIS_MAX (1u << 20)
#define RP_STASH 64

struct rp_gpadl {
	uint32_t id;
	uint64_t *pfns;
	uint32_t npages;
	/* Rewriting state across header and bodies: words of the current range. */
	uint32_t range_left;
};

struct rp_chan {
	uint32_t trace_relid, relid;
	uint32_t conn_id;
	bool rings_ok;
	struct rt_ring_pair rings;
	/* netvsc: RNDIS travels in buffers the trace does not hold (see rndis_place). */
	bool netvsc;
	uint16_t sub_index;
	uint8_t instance[16];
	bool has_recv, has_send; /* primary: the device's buffers */
	uint32_t recv_gpadl, send_gpadl, section_size;
	struct {
		uint32_t req_id, oid;
	} queries[RP_NETVSC_QUERIES]; /* primary: QUERYs sent, for the MAC mask */
	unsigned query_next;
	struct {
		uint64_t from, to;
	} slots[RP_NETVSC_SLOTS]; /* recorded receive slot -> the paravisor's */
	unsigned slot_next;
	uint64_t skipped[RP_NETVSC_SLOTS]; /* recorded slots of frames not replayed */
	unsigned nskipped;
	/* Host->guest packets read ahead of their record (see ring_take). */
	struct {
		uint8_t *buf;
		size_t len;
	} stash[RP_STASH];
	unsigned nstash;
};

struct rp {
	const struct pvt_replay_opts *o;
	FILE *out;
	struct rt_sim_guest *g;
	struct rt_gmem *gm;
	uint64_t next_pfn, end_pfn;
	uint32_t asked_version, version, msg_conn;
	struct pvt_relmap map;
	struct rp_chan chans[RP_MAX_CHANS];
	unsigned nchans;
	struct rp_gpadl gpadls[RP_MAX_GPADLS];
	unsigned ngpadls;
	unsigned mismatches;
	uint64_t matched;
	int timeout_ms;
	const struct rt_trace_rec *recs; /* the whole trace, for RNDIS look-ups */
	size_t nrecs, cur;
	pid_t child;
	char dir[64], sock[128];
};

struct rp_gpadl *rp_gpadl_find(struct rp *p, uint32_t id);

/* Reports a difference at record r (counted in p->mismatches). */
__attribute__((format(printf, 3, 4))) void rp_mismatch(struct rp *p, const struct rt_trace_rec *r,
						       const char *fmt, ...);

static inline uint32_t rp_get32(const uint8_t *b, size_t len, size_t off)
{
	uint32_t v = 0;
	if (off + 4 <= len)
		memcpy(&v, b + off, 4);
	return v;
}

/*
 * A ring packet's descriptor (spec/vmring.yaml, struct vmring_wire_desc):
 * b holds at least VMRING_DESC_SIZE bytes.
 */
static inline uint16_t rp_pkt_type(const uint8_t *b)
{
	uint16_t v;

	memcpy(&v, b + offsetof(struct vmring_wire_desc, type), sizeof(v));
	return v;
}

/* Where the payload starts: offset8 counts 8-byte units. */
static inline size_t rp_pkt_payload(const uint8_t *b)
{
	uint16_t v;

	memcpy(&v, b + offsetof(struct vmring_wire_desc, offset8), sizeof(v));
	return (size_t)v * 8;
}

static inline uint64_t rp_pkt_tid(const uint8_t *b)
{
	uint64_t v;

	memcpy(&v, b + offsetof(struct vmring_wire_desc, trans_id), sizeof(v));
	return v;
}

static inline void rp_pkt_set_tid(uint8_t *b, uint64_t tid)
{
	memcpy(b + offsetof(struct vmring_wire_desc, trans_id), &tid, sizeof(tid));
}

/* ---- replay_netvsc.c ---- */

/* Learns an offer: netvsc channels get their RNDIS handling. */
void rp_netvsc_offer(struct rp_chan *c, const uint8_t *offer, size_t len);
/*
 * A guest->host packet b (len bytes, pages already rewritten) about to be
 * written on netvsc channel c: notes the buffers, places a SEND_RNDIS_PKT's
 * RNDIS bytes, maps a receive completion to the paravisor's slot. Returns 0
 * or -ENOMEM.
 */
int rp_netvsc_out(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r, uint8_t *b,
		  size_t len);
#define RP_NETVSC_DROP 1 /* rp_netvsc_out: the packet is not sent (a skipped frame's completion) */
/*
 * With skip_rx_frames: true when record r (host->guest) is a receive packet
 * whose recorded RNDIS message is a PACKET: it is not expected.
 */
bool rp_netvsc_skip_expected(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r);
/*
 * With skip_rx_frames: true when buf (just read from c's inbound ring) is a
 * receive packet holding an RNDIS PACKET; the replayer completed it.
 */
bool rp_netvsc_absorb(struct rp *p, struct rp_chan *c, const uint8_t *buf, size_t len);
/*
 * With skip_rx_frames, masks a receive packet's slot (trans_id, range
 * offsets) in place: frames the replay drops shift the slots. len bytes.
 */
void rp_netvsc_mask(const struct rp *p, const struct rp_chan *c, uint8_t *b, size_t len);
/* A host->guest packet the paravisor sent for record r on netvsc channel c. */
void rp_netvsc_in(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r, const uint8_t *buf,
		  size_t len);

#endif
