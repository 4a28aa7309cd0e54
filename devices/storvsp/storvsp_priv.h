/*
 * storvsp internals shared by storvsp.c (controller, I/O thread, LUNs) and
 * storvsp_channel.c (per-channel protocol).
 *
 * Ownership:
 *   - struct storvsp: immutable after create except `luns`/`dying` (I/O
 *     loop only: the primary channel's worker thread), `chans` (under mu)
 *     and the queue of requests from other threads (qmu);
 *   - struct storvsp_channel: `fsm`, `version`, `ready` belong to the thread
 *     delivering its packets (the channel worker); the request pool, the
 *     retry list, `paused` and `zombie` are under the channel's mu; a closed
 *     channel with requests still on a backend lives on as a zombie (no
 *     transport, nothing sent) until their release frees it;
 *   - struct storvsp_req: owned by whoever holds it (worker while decoding,
 *     the I/O loop while executing, then the channel's retry list); `busy` and
 *     `in_reset` are under its channel's mu; it is on at most one list
 *     (free, I/O queue, retry, reset queue) at a time, through `link`;
 *   - resets: `reset_active`/`reset_q` under rmu, `reset_wait` atomic.
 *
 * Lock order: s->mu, then a channel's mu, then s->rmu.
 */
#ifndef PV_DEVICES_STORVSP_PRIV_H
#define PV_DEVICES_STORVSP_PRIV_H

#include <pthread.h>
#include <stdatomic.h>
#include <sys/queue.h>

#include "devices/scsi/scsi_disk.h"
#include "devices/storvsp/storvsp.h"
#include "runtime/budget.h"
#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "storvsc_codec.h"
#include "storvsc_init_fsm.h"

/*
 * storvsp_destroy waits this long for closed channels' requests still on a
 * backend before it abandons the controller (a paravisor stopping on SIGTERM
 * has 1.5 s in all).
 */
#define STORVSP_DESTROY_WAIT_MS 1000
/* GPA-direct requests: at most this many ranges (Linux sends one). */
#define STORVSP_MAX_RANGES 16
/* Where a vstor_packet's union starts: what a status-only reply echoes. */
#define STORVSP_ECHO_OFFSET offsetof(struct storvsc_wire_packet, payload)
#define STORVSP_ECHO_SIZE (STORVSC_PACKET_SIZE - STORVSP_ECHO_OFFSET)

struct storvsp_lun {
	uint16_t lun;
	struct disk *disk;
	struct scsi_disk *sd;
	uint64_t dev, ino; /* a file backend's identity (servicing), else 0 */
	int8_t keeps; /* servicing: 1 the backend keeps its device across the update, 0 not, -1 unknown */
	TAILQ_ENTRY(storvsp_lun) link; /* dying list */
};

enum storvsp_req_kind {
	STORVSP_REQ_REPLY, /* pkt holds the reply, send it */
	STORVSP_REQ_SRB,   /* execute on the I/O thread, then reply */
};

struct storvsp_req {
	struct storvsp_channel *chan;
	STAILQ_ENTRY(storvsp_req) link;
	uint8_t kind;
	bool want_reply;
	bool busy;     /* taken from the pool, not yet released */
	bool is_reset; /* a RESET_* waiting for the I/O before it */
	bool in_reset; /* the active reset waits for this request's release */
	bool on_disk;  /* cmd is executing on LUN srb.lun's scsi_disk (I/O thread) */
	uint64_t trans_id;
	struct storvsc_scsi_request srb;    /* EXECUTE_SRB as decoded, then the reply's fields */
	uint8_t echo[STORVSP_ECHO_SIZE];    /* the request's union, for a status-only reply */
	uint8_t reply[STORVSC_PACKET_SIZE]; /* the encoded reply */
	uint32_t reply_len;
	uint8_t dir;
	struct rt_gpa_range ranges[STORVSP_MAX_RANGES];
	uint32_t nranges;
	uint64_t *pfns; /* max_pfns */
	struct disk_seg *segs;
	struct iovec *iov;
	uint32_t nsegs;
	struct scsi_cmd cmd;
	uint8_t cdb_kind; /* enum scsi_cdb_kind of an executing SRB (per-LUN counters) */
};

STAILQ_HEAD(storvsp_req_list, storvsp_req);

struct storvsp_channel {
	struct storvsp *s;
	const struct storvsp_channel_ops *ops;
	void *transport;
	uint16_t sub;
	struct rt_log_obj log;

	/* Delivery thread. */
	struct storvsc_init_fsm fsm;
	uint32_t version;  /* negotiated; 0 before (packets are then 64 bytes) */
	atomic_bool ready; /* END_INITIALIZATION seen; subchannels start ready */

	/* Under mu. */
	pthread_mutex_t mu;
	pthread_cond_t cond;
	struct storvsp_req_list free;
	struct storvsp_req_list retry;
	unsigned outstanding;
	bool paused;             /* a packet was held back at max_io: kick on the next free */
	bool closing;            /* no more sends or kicks */
	uint32_t notify_pending; /* operations to notify once there is room, as bits */
	bool resetting;          /* a reset from this channel is pending: hold its packets */
	bool reset_done;         /* the active reset's last wait ended here: finish it on unlock */
	bool draining;           /* servicing: storvsp_quiesce waits on cond for releases */
	bool zombie; /* closed with requests on the backend: freed by the last release */

	TAILQ_ENTRY(storvsp_channel) zlink; /* s->zombies, under s->mu */

	struct storvsp_req *reqs; /* the pool, max_io entries */
	uint64_t charged;         /* its bytes, charged to s->budget */

	/* What this channel carried (inspect); relaxed atomics, any thread. */
	struct {
		atomic_uint_fast64_t requests, completions, throttled, replies_queued;
	} st;
};

struct storvsp {
	struct rt_log_obj log;
	char name[16]; /* the controller's name ("scsi0"), for its LUNs' backends */
	struct vmbus_server *srv;
	struct vmbus_chan *chan; /* primary offer (NULL when detached) */
	struct rt_gmem *gmem;
	uint8_t instance[16];
	uint16_t max_sub;
	uint32_t max_io;
	atomic_uint io_limit; /* outstanding requests per channel now, 1..max_io (a knob) */
	uint32_t max_transfer;
	uint32_t max_pfns;
	uint32_t max_version;
	struct rt_budget budget; /* the channels' request pools (storvsp.h) */

	/*
	 * The I/O loop: the primary channel's VMBus worker (so its requests run
	 * where they arrive, without a hand-off), a worker of our own for a
	 * detached controller, or the caller's io_loop (inline_io).
	 */
	struct ev_loop *io;
	struct rt_worker *worker;
	struct rt_worker own;
	bool own_worker;
	bool inline_io;
	struct storvsp_lun *luns[STORVSP_MAX_LUNS];
	TAILQ_HEAD(, storvsp_lun) dying;
	struct rt_timer reap_timer; /* closes dying LUNs once idle */

	/* Requests for the I/O thread. */
	pthread_mutex_t qmu;
	struct storvsp_req_list q;
	struct rt_work q_work;

	/* Channels by sub_channel_index. */
	pthread_mutex_t mu;
	struct storvsp_channel *chans[VMBUS_MAX_SUBCHANNELS + 1];
	/*
	 * Closed channels whose requests are still on a backend (under mu):
	 * close never waits for them; the release of the last one frees the
	 * channel and signals zcond (destroy and quiesce wait, bounded).
	 */
	TAILQ_HEAD(, storvsp_channel) zombies;
	pthread_cond_t zcond;

	/*
	 * Resets, one at a time: the active one waits until every request that
	 * was outstanding on any channel when it started has been released
	 * (its completion written to the ring); later ones queue behind it.
	 */
	pthread_mutex_t rmu;
	struct storvsp_req *reset_active;
	struct storvsp_req_list reset_q;
	atomic_uint reset_wait; /* marked requests not yet released, +1 while marking */

	struct {
		atomic_uint_fast64_t requests, completions, srb_errors, bad_packets, throttled,
			notifications, max_outstanding, resets, reset_waited;
	} st;

	/*
	 * Per LUN number: what the LUN executed (storvsp_get_lun_stats).
	 * Written by the I/O thread, read anywhere (relaxed); a LUN added
	 * again at the same number starts from zero.
	 */
	struct storvsp_lun_counts {
		atomic_bool present;
		atomic_uint_fast64_t reads, writes, other, read_bytes, written_bytes, errors,
			last_error;
	} lun_st[STORVSP_MAX_LUNS];
};

#define STORVSP_STAT(s, f) atomic_fetch_add_explicit(&(s)->st.f, 1, memory_order_relaxed)
/* A controller counter and the same counter of channel c. */
#define STORVSP_CSTAT(c, f)                                                     \
	do {                                                                    \
		STORVSP_STAT((c)->s, f);                                        \
		atomic_fetch_add_explicit(&(c)->st.f, 1, memory_order_relaxed); \
	} while (0)

/* storvsp.c: runs fn(s, arg) on the I/O loop's thread and waits for it; fn's result. */
int storvsp_io_sync(struct storvsp *s, int (*fn)(struct storvsp *s, void *arg), void *arg);
/* storvsp.c: the transport of channels on a vmbus_chan (transport = the vmbus_chan). */
extern const struct storvsp_channel_ops storvsp_vmbus_transport;

/*
 * storvsp.c: executes a decoded SRB: at once when called on the I/O loop's
 * thread (the primary channel's worker), else queued for it.
 */
void storvsp_io_submit(struct storvsp *s, struct storvsp_req *r);

/* storvsp_channel.c: sends r's reply (or queues it) and returns r to the pool. Any thread. */
void storvsp_req_finish(struct storvsp_req *r);
/*
 * storvsp_channel.c: waits until no zombie channel is left or `ms` passed,
 * running the I/O loop itself when it is the caller's (inline_io). Returns
 * the number of zombies left. Not on the I/O loop's worker thread.
 */
unsigned storvsp_zombies_wait(struct storvsp *s, unsigned ms);
/* storvsp_channel.c: frees c without sending or completing anything (storvsp_abandon). */
void storvsp_channel_abandon(struct storvsp_channel *c);
/* storvsp_channel.c: an unsolicited ENUMERATE_BUS / REMOVE_DEVICE on channel c. */
void storvsp_channel_notify(struct storvsp_channel *c, uint32_t operation);
/*
 * storvsp_channel.c, servicing (requests carried across an update):
 * prepare checks and takes pkt (an EXECUTE_SRB as the guest sent it) into r
 * as the channel does on arrival, without executing it: 0 or -EINVAL (the
 * reason logged). encode writes r's request as an EXECUTE_SRB packet of
 * the channel's version (what prepare takes back): its length, or < 0.
 */
int storvsp_req_prepare(struct storvsp_channel *c, struct storvsp_req *r,
			const struct vmbus_pkt *pkt);
int storvsp_req_encode(const struct storvsp_req *r, uint8_t *buf, size_t cap);
/*
 * storvsp.c, servicing, I/O thread: whether r is executing on a LUN whose
 * backend is kept across the update with its one disk request on the
 * medium (*dc: what it waits for); and in the binary after, r (prepared)
 * executing again on its LUN by taking over what dc names (disk_adopt):
 * 0, or a negative errno with nothing held.
 */
bool storvsp_req_carried(struct storvsp *s, struct storvsp_req *r, struct disk_carry *dc);
int storvsp_req_adopt(struct storvsp *s, struct storvsp_req *r, const struct disk_carry *dc);

/* storvsp_channel.c: encodes the SRB reply (srb_status, scsi_status, length, sense). */
void storvsp_req_set_result(struct storvsp_req *r, uint8_t srb_status, uint8_t scsi_status,
			    uint32_t transferred, const uint8_t *sense, uint8_t sense_len);

#endif
