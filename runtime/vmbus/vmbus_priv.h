/*
 * VMBus server internals shared by vmbus_server.c (control plane),
 * vmbus_offer.c (offers and channel life cycle) and vmbus_chan.c (data path).
 * Not for VSPs: they use vmbus_chan.h.
 *
 * Ownership and threads:
 *   - struct vmbus_server fields are owned by the server loop, except the
 *     request queue (req_lock) that other threads use to reach it;
 *   - struct vmbus_chan: the "server loop" fields change only on the server
 *     loop, and only while the channel's worker is not polling it (open and
 *     close hand over with vmbus_chan_start()/vmbus_chan_stop());
 *     the "worker" fields belong to the worker thread while polling;
 *     send-side ring state is under send_lock.
 */
#ifndef VMBUS_PRIV_H
#define VMBUS_PRIV_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

#include "runtime/gpadl.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition.h"
#include "runtime/ring.h"
#include "runtime/vmbus/vmbus_server.h"
#include "vmbus_chan_fsm.h"
#include "vmbus_codec.h"
#include "vmbus_conn_fsm.h"
#include "vmbus_gpadl_fsm.h"

/* Channel life cycle (the generated channel machine holds the order; this
 * mirrors what resources the channel holds). */
struct vmbus_chan {
	struct vmbus_server *srv;
	TAILQ_ENTRY(vmbus_chan) link; /* server's list, by relid */
	struct vmbus_chan *primary;
	struct rt_log_obj log;

	/* Server loop. */
	struct vmbus_offer_params params; /* .name points at name[] */
	char name[32];                    /* the VSP's string need not outlive the offer call */
	uint16_t sub_index;
	uint16_t subchannels_offered;
	uint32_t relid;
	uint32_t conn_id;     /* guest->host signal connection id offered */
	uint32_t sig_conn_id; /* the one bound while open (Copper: the guest's choice) */
	uint32_t event_flag;  /* flag set for host->guest signals (relid unless Copper) */
	struct vmbus_chan_fsm fsm;
	bool offer_sent;
	bool rescinded; /* host took it back; freed on RELID_RELEASED */
	bool is_open;   /* rings set up, worker polling (or reset) */
	bool dev_open;  /* the device's open() succeeded and close() is due */
	uint32_t open_id;
	uint32_t target_vp;
	struct rt_gpadl *ring_gpadl; /* reference while open */
	struct rt_worker *worker;
	int efd;      /* guest signal eventfd, -1 when closed */
	bool paused;  /* servicing: polling stopped by vmbus_server_pause, rings kept */
	bool unbound; /* restored from a saved state; no device has claimed it yet */

	/* Worker. */
	ev_io sig_io;
	struct rt_work start_work, stop_work, kick_work;
	bool active; /* between start_fn and stop_fn: kick_work may read the ring */
	uint8_t *rxbuf;
	uint32_t rxcap;
	bool held; /* rxbuf holds a packet the VSP pushed back */
	size_t held_len;
	struct vmbus_pkt_gpa *gpa; /* the last type-9 packet's range list, decoded */
	uint32_t sint;
	atomic_uint target_vp_a; /* MODIFYCHANNEL may change it while senders read it */

	/* Hand-over between the server loop and the worker. */
	pthread_mutex_t lock;
	pthread_cond_t cond;
	bool polling;
	bool stop_done;

	/* Send side; under send_lock. */
	pthread_mutex_t send_lock;
	struct rt_ring_pair rings;
	bool rings_ok;      /* false after a reset */
	bool want_space;    /* a send returned -EAGAIN */
	atomic_bool broken; /* reset pending: worker stops delivering */

	struct vmbus_chan_stats_atomic {
		atomic_uint_fast64_t rx_packets, tx_packets, rx_bytes, tx_bytes;
		atomic_uint_fast64_t signals_in, signals_out, tx_full;
	} stats;
};

/* A GPADL the guest created, with its session machine (server loop). */
struct vmbus_gpadl_trk {
	TAILQ_ENTRY(vmbus_gpadl_trk) link;
	uint32_t id, relid;
	struct vmbus_gpadl_fsm fsm;
};

/* Work for the server loop from other threads (rt_worker_call on s->ctl). */
struct vmbus_srv_req {
	struct rt_work work;
	struct vmbus_server *srv;
	enum { VMBUS_REQ_SUBCHANNELS, VMBUS_REQ_RESET, VMBUS_REQ_TORNDOWN } kind;
	struct vmbus_chan *ch;
	uint16_t count;
	uint32_t gpadl_id;
};

struct vmbus_server {
	struct rt_partition *part;
	struct rt_log *logsink;
	struct rt_log_obj log;
	struct vmbus_server_opts opts;
	struct ev_loop *loop;

	/* Connection, server loop. */
	struct vmbus_conn_fsm conn_fsm;
	uint32_t version;
	uint32_t unload_version; /* version of the session UNLOAD ended */
	uint64_t features;
	uint32_t target_vp;
	uint32_t target_sint;
	bool offers_requested;
	struct rt_gpadl_table *gpadls;
	struct rt_budget budget; /* GPADLs and queued requests (vmbus_server.h) */
	TAILQ_HEAD(, vmbus_gpadl_trk) gpadl_trk;
	uint64_t dropped;

	/* Channels, server loop. */
	TAILQ_HEAD(, vmbus_chan) chans; /* sorted by relid */
	unsigned nchans;
	unsigned next_worker;

	struct rt_worker *workers;
	unsigned nworkers;

	/* Requests from other threads, run on the server loop. */
	struct rt_worker ctl;
};

/* vmbus_server.c */
/*
 * Encodes m (generated codec, at the negotiated version), feeds the
 * connection machine the event the spec maps it to (vmbus_msg_event), and
 * posts it; a message the machine refuses now is not sent. Returns 0 or a
 * negative errno.
 */
int vmbus_srv_send(struct vmbus_server *s, const struct vmbus_msg *m);
int vmbus_conn_feed(struct vmbus_server *s, enum vmbus_conn_event ev);
/* Queues r (allocated by the caller, freed after it ran) for the server loop. Any thread. */
void vmbus_srv_queue(struct vmbus_server *s, struct vmbus_srv_req *r);
/* Runs what other threads queued for the server loop, now (server loop). */
void vmbus_srv_drain(struct vmbus_server *s);
/* The deferred-teardown callback GPADL_TEARDOWN registers (vmbus_server.c). */
void vmbus_gpadl_torndown_cb(void *ctx, uint32_t id);
/* The GPADL trackers (vmbus_server.c). */
struct vmbus_gpadl_trk *vmbus_trk_find(struct vmbus_server *s, uint32_t id);
void vmbus_send_torndown(struct vmbus_server *s, uint32_t id);

/* vmbus_offer.c: offer life cycle on the server loop. */
int vmbus_offer_send(struct vmbus_server *s, struct vmbus_chan *ch);
/* Feeds ch's machine (its actions do the channel's work); 0, -EPROTO or an action's error. */
int vmbus_chan_feed(struct vmbus_chan *ch, enum vmbus_chan_event ev);
struct vmbus_chan *vmbus_offer_find(struct vmbus_server *s, uint32_t relid);
/* True if ch is still one of the server's channels (requests may be stale). */
bool vmbus_offer_live(struct vmbus_server *s, const struct vmbus_chan *ch);
int vmbus_offer_add(struct vmbus_server *s, const struct vmbus_offer_params *p,
		    struct vmbus_chan *primary, uint16_t sub_index, struct vmbus_chan **out);
/* Links a channel into the server's list by relid. */
void vmbus_offer_link(struct vmbus_server *s, struct vmbus_chan *ch);
/* Unlinks and frees (closing first if open). */
void vmbus_offer_free(struct vmbus_server *s, struct vmbus_chan *ch);
/* Guest session ended: close if open; free if rescinded; else back to "not offered". */
void vmbus_offer_reset(struct vmbus_server *s, struct vmbus_chan *ch);
void vmbus_offer_subchannels(struct vmbus_server *s, struct vmbus_chan *primary, uint16_t count);
/* The worker found the guest breaking the ring protocol: stop the channel. */
void vmbus_offer_chan_reset(struct vmbus_server *s, struct vmbus_chan *ch);
void vmbus_send_open_result(struct vmbus_server *s, uint32_t relid, uint32_t openid,
			    uint32_t status);
/* Handlers of the channel messages (slots of the server's vmbus_msg_handlers; ctx is s). */
int vmbus_handle_openchannel(void *ctx, const struct vmbus_msg *m);
int vmbus_handle_closechannel(void *ctx, const struct vmbus_msg *m);
int vmbus_handle_relid_released(void *ctx, const struct vmbus_msg *m);
int vmbus_handle_modifychannel(void *ctx, const struct vmbus_msg *m);

/* vmbus_chan.c: the data path. */
/* Sets up rings from the channel's ring GPADL and starts the worker polling. */
int vmbus_chan_start(struct vmbus_chan *ch, uint32_t downstream_pages);
/* Starts the worker polling (after the device's open() accepted). */
void vmbus_chan_resume(struct vmbus_chan *ch);
void vmbus_chan_set_target_vp(struct vmbus_chan *ch, uint32_t vp);
/* vmbus_chan_start with a given (kept) eventfd instead of a new one; it takes it. */
int vmbus_chan_start_efd(struct vmbus_chan *ch, uint32_t downstream_pages, int efd);
/* Servicing: stops polling, keeping rings and eventfd; unpause polls again. */
void vmbus_chan_pause(struct vmbus_chan *ch);
void vmbus_chan_unpause(struct vmbus_chan *ch);
/* Sets the channel's event flag in the guest and raises its interrupt. */
void vmbus_chan_signal(struct vmbus_chan *ch);
/* vmbus_save.c: a restored channel this offer claims (bound to it), or NULL. */
struct vmbus_chan *vmbus_restore_claim(struct vmbus_server *s, const struct vmbus_offer_params *p);
/* Stops polling (waits for the worker), tears the rings down. Idempotent. */
void vmbus_chan_stop(struct vmbus_chan *ch);
int vmbus_chan_init(struct vmbus_chan *ch);
/* A rescinded, closed channel: frees its receive buffers (the channel stays until released). */
void vmbus_chan_shrink(struct vmbus_chan *ch);
void vmbus_chan_fini(struct vmbus_chan *ch);

#endif
