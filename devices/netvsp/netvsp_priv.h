/*
 * netvsp internals shared by netvsp.c (device, NVSP), netvsp_rndis.c (RNDIS
 * control and OIDs), netvsp_tx.c (guest transmit) and netvsp_rx.c (guest
 * receive, the receive buffer).
 *
 * Ownership:
 *   - d->lock protects everything marked [L]: protocol state, buffers,
 *     receive-buffer slots, per-channel send backlogs, the tx hand-off lists;
 *   - [W] fields belong to the netvsp worker thread (the endpoint's loop);
 *   - [C] fields belong to the channel's worker (on_packet/on_send_space);
 *   - counters are relaxed atomics.
 * Sends to the guest (vmbus_chan_send*) happen under d->lock so close()
 * (which takes it) cannot race a send on a closing channel.
 */
#ifndef NETVSP_PRIV_H
#define NETVSP_PRIV_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "devices/net/net.h"
#include "devices/netvsp/netvsp.h"
#include "nvsp_codec.h"
#include "nvsp_init_fsm.h"
#include "rndis_codec.h"
#include "rndis_device_fsm.h"
#include "runtime/gpadl.h"
#include "runtime/budget.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/trace.h"
#include "runtime/vmbus/vmbus_chan.h"

#define NETVSP_MAX_CHANNELS 16     /* primary + subchannels we offer at most */
#define NETVSP_RECV_SUB_ALLOC 1728 /* receive sub-allocation (Linux's section size) */
#define NETVSP_SEND_SECTION 6144   /* send-buffer section size we grant */
#define NETVSP_MAX_SLOTS 65536     /* receive sub-allocations tracked at most */
#define NETVSP_CTRL_RESERVE 8      /* slots data never takes: control replies */
/*
 * Every RNDIS message starts with {msg_type, msg_len}; the offsets inside a
 * message (data, per-packet info, information buffers) count from the field
 * after them (byte 8). At the generated wire offsets.
 */
#define NETVSP_RNDIS_TYPE_AT offsetof(struct rndis_wire_packet, msg_type)
#define NETVSP_RNDIS_LEN_AT offsetof(struct rndis_wire_packet, msg_len)
#define NETVSP_RNDIS_OFF_BASE offsetof(struct rndis_wire_packet, data_offset)

/* NDIS_CONFIG's MTU counts the Ethernet header (Linux: mtu + ETH_HLEN); IPv4's minimum MTU. */
#define NETVSP_ETH_HLEN 14
#define NETVSP_MIN_MTU 68
#define NETVSP_MAX_FRAME 9216    /* the largest frame a guest may configure, header included */
#define NETVSP_NDIS_MAJOR 6      /* NDIS 6.x: what Linux 6.1 sends (6.30) */
#define NETVSP_MAX_MDL_CHAIN 34  /* INIT_COMPLETE max_mdl_chain_len, as OpenVMM answers */
#define NETVSP_TX_MAX_SENDS 4096 /* SEND_RNDIS_PKT in flight per device */
#define NETVSP_BACKLOG_MAX 64    /* queued replies before on_packet pushes back */
#define NETVSP_GPA_MAX_RANGES 64
#define NETVSP_TX_MAX_MSG (NET_MAX_LSO_FRAME + 4096) /* one GPA-direct RNDIS send at most */
/* Ranges (frames, or fragments of coalesced frames) of one receive transfer-page packet. */
#define NETVSP_RX_MAX_RANGES 128

/* A packet the channel could not take (ring full), sent in order later. [L] */
struct netvsp_backlog {
	struct netvsp_backlog *next;
	uint16_t type, flags;
	uint64_t trans_id;
	uint32_t ext_len, len;
	uint8_t ext[16];
	uint8_t data[NVSP_SEND_INDIRECTION_TABLE_SIZE];
};

/* Receive slots collected for one transfer-page packet (netvsp_rx.c). [L] */
struct netvsp_rxbatch {
	uint32_t n;                                /* ranges */
	uint32_t head, tail;                       /* slot chain: head = the packet's trans_id */
	uint8_t ext[8 + 8 * NETVSP_RX_MAX_RANGES]; /* transfer-page header + ranges */
};

struct netvsp_send;

/* A frame kept for the guest across a quiesce (netvsp_save.c). [L] */
struct netvsp_parked {
	struct netvsp_parked *next;
	uint32_t q, len;
	struct net_rx_meta meta;
	uint8_t data[];
};
#define NETVSP_PARK_MAX (32u << 20) /* not protocol: bytes parked at most */

struct netvsp_chan {
	struct netvsp *dev;
	struct vmbus_chan *ch; /* [L] NULL when closed */
	uint32_t index;        /* 0 = primary; = sub_channel_index */
	atomic_uint gen;       /* written [L], bumped at each open: stale completions are dropped */
	struct netvsp_backlog *bl_head, **bl_tail; /* [L] */
	atomic_uint bl_count;                      /* written [L]; read without it in on_packet */
	bool rx_wait_space;        /* [L] an rx send found the ring full: resume on space */
	bool tx_blocked;           /* [L] on_packet pushed back: kick once sends complete */
	struct netvsp_rxbatch rxb; /* [L] receives not yet announced */
	/*
	 * Sends for reuse (netvsp_tx.c): the channel worker takes from tx_pool
	 * [C]; finished sends come back on tx_back (pushed by any thread,
	 * taken whole by the channel worker), so none is allocated per packet
	 * once the pool has grown to the working set.
	 */
	struct netvsp_send *tx_pool; /* [C] */
	uint32_t tx_pool_n;          /* [C] */
	_Atomic(struct netvsp_send *) tx_back;
	/*
	 * Bytes held for this channel's guest (sends in flight, queued
	 * replies); its parent is the device's. tx_charge: what on_packet
	 * charged for the packet being handled, taken by its send. [C]
	 */
	struct rt_budget budget;
	uint64_t tx_charge;
};

/* Frames of one send described without allocating (INIT_C's max_pkt_per_msg). */
#define NETVSP_SEND_FRAMES RNDIS_MAX_PKT_PER_MSG
/* Sends a channel keeps for reuse; beyond, finished ones are freed. */
#define NETVSP_SEND_POOL_MAX 128

/*
 * One frame on its way to the endpoint: its bytes stay in the send's buffer
 * (copied out of guest memory once, with the send), described in place.
 */
struct netvsp_txframe {
	struct netvsp_txframe *next;
	/* [W] while the endpoint holds it: freed at destroy if never completed. */
	struct netvsp_txframe *iprev, *inext;
	struct netvsp_send *send;
	uint32_t q;
	bool has_meta;
	bool heap; /* beyond the send's NETVSP_SEND_FRAMES: allocated */
	struct net_tx_meta meta;
	struct net_seg seg;
};

/* One SEND_RNDIS_PKT: completed to the guest when its frames are done. */
struct netvsp_send {
	struct netvsp_send *next; /* pool link */
	struct netvsp_chan *nc;
	uint64_t charge; /* bytes charged to nc->budget for it */
	uint32_t gen;
	uint64_t trans_id;
	bool want_completion;
	atomic_uint pending; /* frames not yet done + 1 while the walk runs */
	atomic_uint status;  /* NVSP status to report */
	uint32_t nframes;
	struct netvsp_txframe frames[NETVSP_SEND_FRAMES];
	uint8_t *buf; /* the RNDIS bytes: data, or a larger GPA-direct send's own */
	uint8_t data[NETVSP_SEND_SECTION];
};

/*
 * Frames from the channel workers to the netvsp worker, per endpoint queue:
 * pushed on `in` (a lock-free stack), taken whole and put back in order by
 * the worker.
 */
struct netvsp_txq {
	_Atomic(struct netvsp_txframe *) in;
	struct netvsp_txframe *pend_head, **pend_tail; /* [W] in order, -EAGAIN retried */
};

struct netvsp {
	struct vmbus_server *srv;
	struct rt_trace *trace;   /* fixed: the server's trace (RNDIS records); NULL: off */
	struct vmbus_chan *offer; /* the primary's offer, for rescind */
	struct rt_log_obj log;
	struct netvsp_opts opts;
	char name[32];
	pthread_mutex_t lock;

	struct rt_worker worker;
	struct rt_work tx_work, resume_work, rss_work, start_work, stop_work, stats_work;
	pthread_mutex_t sync_lock; /* create/destroy waiting for the worker */
	pthread_cond_t sync_cond;
	bool sync_done;
	int sync_rc;

	struct net_endpoint *ep; /* [W] after creation */
	uint32_t nqueues;        /* endpoint queues, fixed */
	uint32_t ep_caps;        /* fixed */
	uint8_t perm_mac[6];     /* fixed */
	uint32_t ep_mtu;         /* fixed */

	struct netvsp_chan chans[NETVSP_MAX_CHANNELS];
	struct netvsp_txq txq[NETVSP_MAX_CHANNELS];
	uint8_t *rx_scratch;             /* [W] one segment of a super-frame being cut */
	ev_prepare rx_flush_w;           /* [W] sends the batches once a burst is over */
	struct netvsp_txframe *inflight; /* [W] frames the endpoint holds */

	/* Protocol state [L]. */
	struct nvsp_init_fsm nvsp;
	struct rndis_device_fsm rndis;
	atomic_bool rndis_up; /* the RNDIS device takes data (its machine's actions set it) */
	/*
	 * Written under the lock after each NVSP session step, read without
	 * it: NVSP is ready (SEND_RNDIS_PKT is a self-loop there).
	 */
	atomic_bool nvsp_ready;
	uint32_t nvsp_version;
	uint32_t ndis_version;
	uint32_t guest_mtu;
	uint64_t ndis_caps;
	uint32_t packet_filter;
	uint8_t mac[6];
	bool link_up;
	uint32_t subchannels;
	atomic_bool vf_assoc_due; /* opts.vf: the session got ready, SEND_VF_ASSOCIATION next */
	uint32_t vf_assoc_sent;
	bool datapath_vf; /* SWITCH_DATA_PATH: the guest sends through its VF */
	struct net_rss rss;
	bool rss_sw; /* the endpoint cannot steer: we pick channels by hash */
	bool rss_dirty;

	/* Receive buffer [L]. */
	const struct rt_gpadl *recv_gp;
	struct netvsp_chan *recv_owner; /* channel whose GPADL it is */
	uint32_t sub_alloc;
	uint32_t nslots;
	uint32_t *free_slots; /* stack */
	uint32_t nfree;
	uint8_t *slot_used;             /* 0 free, 1 + channel index (a head), or chained */
	uint32_t *slot_next;            /* the next slot of the same transfer-page packet */
	bool rsc;                       /* the guest enabled receive coalescing (RSC) */
	bool rx_paused[NET_MAX_QUEUES]; /* endpoint queue told -ENOSPC */
	bool rx_kept[NET_MAX_QUEUES];   /* ... and it still holds that frame */
	/* Servicing (netvsp_save.c): frames the guest had no room for at a quiesce. [L] */
	bool parking; /* -ENOSPC becomes a parked copy */
	struct netvsp_parked *park_head, **park_tail;
	size_t park_bytes;
	uint32_t park_n;
	bool quiesced;         /* [server loop] */
	struct rt_work q_work; /* quiesce steps on the worker */

	/* Send buffer [L]. */
	const struct rt_gpadl *send_gp;
	struct netvsp_chan *send_owner;
	uint32_t send_sections;

	atomic_uint sends_inflight;
	uint32_t tx_blocked_n;             /* [L] channels with tx_blocked set */
	struct rt_budget budget;           /* every channel's charges (netvsp.h) */
	uint8_t tx_comp_ok[NVSP_MSG_SIZE]; /* fixed: SEND_RNDIS_PKT_COMPLETE, SUCCESS */

	struct {
		atomic_uint_fast64_t tx_frames, tx_done, tx_errors, tx_sends, rx_frames,
			rx_filtered, rx_too_big, rx_backpressure, rx_completions, bad_messages,
			unknown_completions, rx_packets, rx_segmented, rx_coalesced, rx_malformed,
			rx_dropped_blocked;
	} st;
	uint32_t slots_used_max; /* [L] */

	/* netvsp_endpoint_stats hand-off */
	uint32_t stats_q;
	struct net_stats stats_out;
	void (*ep_call)(struct net_endpoint *ep, void *ctx); /* netvsp_endpoint_call */
	void *ep_call_ctx;
};

#define netvsp_count(d, f) atomic_fetch_add_explicit(&(d)->st.f, 1, memory_order_relaxed)

/* netvsp.c */
int netvsp_send_locked(struct netvsp_chan *nc, uint16_t type, uint16_t flags, uint64_t trans_id,
		       const void *ext, uint32_t ext_len, const void *data, uint32_t len,
		       bool may_queue);
void netvsp_backlog_flush_locked(struct netvsp_chan *nc);
int netvsp_worker_sync(struct netvsp *d, struct rt_work *wk, rt_work_fn fn);
void netvsp_bad(struct netvsp *d, const char *what);
/*
 * Records one RNDIS message as a trace record (proto RNDIS) on nc's relid
 * with the NVSP packet's trans_id. Call only under rt_trace_on(d->trace).
 */
void netvsp_trace_rndis(struct netvsp_chan *nc, uint8_t dir, uint64_t trans_id, const void *msg,
			uint32_t len);

/* netvsp_rndis.c: one RNDIS control message of `len` bytes (type checked by caller). */
uint32_t netvsp_rndis_control(struct netvsp_chan *nc, const uint8_t *msg, uint32_t len);
/* Sends INDICATE for the current link state ([L], RNDIS initialized). */
void netvsp_rndis_indicate_link_locked(struct netvsp *d);
void netvsp_rndis_reset_locked(struct netvsp *d);

/* netvsp.c: the send buffer let go. [L] */
void netvsp_send_buf_release_locked(struct netvsp *d);
/* netvsp.c: starts the endpoint (a worker work on start_work); ends a worker sync. */
void netvsp_ep_start_fn(struct rt_work *wk);
void netvsp_sync_done(struct netvsp *d, int rc);
/* netvsp_rndis.c: hands d->rss to the endpoint on the worker. */
void netvsp_rss_apply(struct netvsp *d);

/* netvsp.c: recomputes nvsp_ready / rndis_data from the machines. [L] */
void netvsp_session_flags_locked(struct netvsp *d);

/* netvsp_tx.c */
/* What a packet is charged before it is handled: its send and a large send's own buffer. */
uint64_t netvsp_tx_charge(const struct vmbus_pkt *pkt);
/* Kicks the channels on_packet blocked whose budgets are under half again. [L] */
void netvsp_tx_unblock_locked(struct netvsp *d);
void netvsp_tx_handle(struct netvsp_chan *nc, const struct vmbus_pkt *pkt,
		      const struct nvsp_send_rndis_pkt *m);
void netvsp_tx_work(struct rt_work *wk);
void netvsp_ep_tx_done(void *ctx, uint32_t q, void *cookie, int status);
void netvsp_tx_flush_queues(struct netvsp *d);    /* [W] drop frames of closed channels */
void netvsp_tx_pool_free(struct netvsp_chan *nc); /* destroy: frees the channel's pooled sends */

/* netvsp_rx.c */
int netvsp_ep_rx(void *ctx, uint32_t q, const struct net_rx_frame *f);
void netvsp_resume_work(struct rt_work *wk);
int netvsp_recvbuf_setup_locked(struct netvsp *d, struct netvsp_chan *nc, uint32_t gpadl);
void netvsp_recvbuf_release_locked(struct netvsp *d);
/* Takes a slot for a control reply and sends `msg` in it on the primary. [L] */
int netvsp_rx_send_ctrl_locked(struct netvsp *d, const void *msg, uint32_t len);
/* A guest completion of a transfer-page packet. [C] */
void netvsp_rx_completion(struct netvsp_chan *nc, uint64_t trans_id);
void netvsp_schedule_resume(struct netvsp *d);
/* The batch flush watcher: init at create, stop on the worker before it ends. */
void netvsp_rx_flush_init(struct netvsp *d);
void netvsp_rx_flush_stop(struct netvsp *d);
/* Drops nc's unsent receives (the channel closes). [L] */
void netvsp_rx_chan_reset_locked(struct netvsp *d, struct netvsp_chan *nc);
/* Sends every channel's unsent batch now. [L] */
void netvsp_rx_batches_send_locked(struct netvsp *d);
/* Parks a frame for the guest (a restored NETVSP_FRAME); 0 or -ENOSPC. [L] */
int netvsp_rx_park_locked(struct netvsp *d, uint32_t q, const struct net_rx_meta *m,
			  const void *data, uint32_t len);
void netvsp_park_free_locked(struct netvsp *d);
/*
 * Restore: the n slots of a receive packet of nc the guest owns (sent), or
 * of nc's batch not yet announced (!sent, with the bytes each holds), on a
 * receive buffer just set up. taken[nslots] marks slots already claimed:
 * a slot out of range or claimed twice is refused (-EINVAL). finish rebuilds
 * the free list from taken. [L]
 */
int netvsp_rx_claim_locked(struct netvsp *d, struct netvsp_chan *nc, uint8_t *taken,
			   const uint32_t *slots, const uint32_t *lens, uint32_t n, bool sent);
void netvsp_rx_claim_finish_locked(struct netvsp *d, const uint8_t *taken);
/* Save: the slots of the chain headed by head; whether slot heads a sent packet (of *chan). [L] */
uint32_t netvsp_rx_slot_chain(const struct netvsp *d, uint32_t head, uint32_t *out, uint32_t max);
bool netvsp_rx_slot_is_head(const struct netvsp *d, uint32_t slot, uint32_t *chan);

#endif
