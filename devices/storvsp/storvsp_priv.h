/*
 * storvsp internals shared by storvsp.c (controller, I/O thread, LUNs) and
 * storvsp_port.c (per-channel protocol).
 *
 * Ownership:
 *   - struct storvsp: immutable after create except `luns`/`dying` (I/O
 *     thread only), `ports`/`primary` (under mu) and the I/O queue (qmu);
 *   - struct storvsp_port: `fsm`, `version`, `ready` belong to the thread
 *     delivering its packets (the channel worker); the request pool, the
 *     retry list and `paused` are under the port's mu;
 *   - struct storvsp_req: owned by whoever holds it (worker while decoding,
 *     I/O thread while executing, then the port's retry list); `busy` and
 *     `in_reset` are under its port's mu;
 *   - resets: `reset_active`/`reset_q` under rmu, `reset_wait` atomic.
 *
 * Lock order: s->mu, then a port's mu, then s->rmu.
 */
#ifndef PV_DEVICES_STORVSP_PRIV_H
#define PV_DEVICES_STORVSP_PRIV_H

#include <pthread.h>
#include <stdatomic.h>

#include "devices/scsi/scsi_disk.h"
#include "devices/storvsp/storvsp.h"
#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "storvsc_init_fsm.h"
#include "storvsc_wire.h"

/* vstor_packet: 12-byte header + 52-byte union (36 before WIN8). */
#define STORVSP_PKT_SIZE 64
#define STORVSP_PKT_SIZE_V1 48
#define STORVSP_HDR 12
/* GPA-direct requests: at most this many ranges (Linux sends one). */
#define STORVSP_MAX_RANGES 16
#define STORVSP_AUTOSENSE_VALID 0x80

struct storvsp_lun {
	uint16_t lun;
	struct disk *disk;
	struct scsi_disk *sd;
	struct storvsp_lun *next; /* dying list */
};

enum storvsp_req_kind {
	STORVSP_REQ_REPLY, /* pkt holds the reply, send it */
	STORVSP_REQ_SRB,   /* execute on the I/O thread, then reply */
};

struct storvsp_req {
	struct storvsp_port *port;
	struct storvsp_req *next;
	uint8_t kind;
	bool want_reply;
	bool busy;     /* taken from the pool, not yet released */
	bool is_reset; /* a RESET_* waiting for the I/O before it */
	bool in_reset; /* the active reset waits for this request's release */
	uint64_t trans_id;
	uint8_t pkt[STORVSP_PKT_SIZE]; /* the request (copied, zero-padded), then the reply */
	uint8_t cdb[16];
	uint8_t cdb_len, path, target, lun, dir;
	uint32_t xfer_len;
	struct rt_gpa_range ranges[STORVSP_MAX_RANGES];
	uint32_t nranges;
	uint64_t *pfns; /* max_pfns */
	struct disk_seg *segs;
	struct iovec *iov;
	uint32_t nsegs;
	struct scsi_cmd cmd;
};

struct storvsp_port {
	struct storvsp *s;
	const struct storvsp_port_ops *ops;
	void *port;
	uint16_t sub;
	struct rt_log_obj log;

	/* Delivery thread. */
	struct storvsc_init_fsm fsm;
	uint32_t version;
	uint32_t pkt_size; /* outgoing packet size */
	atomic_bool ready; /* END_INITIALIZATION seen; subchannels start ready */

	/* Under mu. */
	pthread_mutex_t mu;
	pthread_cond_t cond;
	struct storvsp_req *free_list;
	struct storvsp_req *retry_head, *retry_tail;
	unsigned outstanding;
	bool paused;             /* a packet was held back at max_io: kick on the next free */
	bool closing;            /* no more sends or kicks */
	uint32_t notify_pending; /* operations to notify once there is room, as bits */
	bool resetting;          /* a reset from this channel is pending: hold its packets */
	bool reset_done;         /* the active reset's last wait ended here: finish it on unlock */

	struct storvsp_req *reqs; /* the pool, max_io entries */
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

	/* I/O thread (or the caller's io_loop). */
	struct ev_loop *io;
	struct rt_worker worker;
	bool own_worker;
	struct storvsp_lun *luns[STORVSP_MAX_LUNS];
	struct storvsp_lun *dying;
	struct rt_timer reap_timer; /* closes dying LUNs once idle */

	/* Requests for the I/O thread. */
	pthread_mutex_t qmu;
	struct storvsp_req *q_head, *q_tail;
	struct rt_work q_work;

	/* Ports by sub_channel_index, and the primary once ready. */
	pthread_mutex_t mu;
	struct storvsp_port *ports[VMBUS_MAX_SUBCHANNELS + 1];

	/*
	 * Resets, one at a time: the active one waits until every request that
	 * was outstanding on any channel when it started has been released
	 * (its completion written to the ring); later ones queue behind it.
	 */
	pthread_mutex_t rmu;
	struct storvsp_req *reset_active;
	struct storvsp_req *reset_q_head, *reset_q_tail;
	atomic_uint reset_wait; /* marked requests not yet released, +1 while marking */

	struct {
		atomic_uint_fast64_t requests, completions, srb_errors, bad_packets, throttled,
			notifications, max_outstanding, resets, reset_waited;
	} st;
};

#define STORVSP_STAT(s, f) atomic_fetch_add_explicit(&(s)->st.f, 1, memory_order_relaxed)

/* storvsp.c: hands a decoded SRB to the I/O thread. */
void storvsp_io_submit(struct storvsp *s, struct storvsp_req *r);

/* storvsp_port.c: sends r's reply (or queues it) and returns r to the pool. Any thread. */
void storvsp_req_finish(struct storvsp_req *r);
/* storvsp_port.c: an unsolicited ENUMERATE_BUS / REMOVE_DEVICE on port p. */
void storvsp_port_notify(struct storvsp_port *p, uint32_t operation);
/* storvsp_port.c: SRB reply fields (srb_status, scsi_status, length, sense). */
void storvsp_req_set_result(struct storvsp_req *r, uint8_t srb_status, uint8_t scsi_status,
			    uint32_t transferred, const uint8_t *sense, uint8_t sense_len);

#endif
