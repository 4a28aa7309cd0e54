/*
 * The MANA driver's insides, shared by its files:
 *
 *   mana_queue.c  queues in DMA memory: posting WQEs, reading CQEs and EQEs
 *                 with owner counts, doorbells
 *   mana_hwc.c    the SMC and the hardware channel: requests (queued, one
 *                 in flight, timed out), responses checked and decoded
 *   mana_dev.c    the function: bring-up machine, EQs and interrupts,
 *                 recovery, close
 *   mana_vport.c  vports: queue pairs, RX buffers, TX, RSS
 *
 * Everything is owned by the loop thread (d->loop).
 */
#ifndef DRIVERS_MANA_PRIV_H
#define DRIVERS_MANA_PRIV_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

#include "drivers/mana/mana.h"
#include "drivers/pci.h"
#include "drivers/pci_dma.h"
#include "gdma_codec.h"
#include "mana_codec.h"
#include "runtime/log.h"
#include "runtime/loop.h"

#define MANA_EQ_SIZE (8 * 4096) /* Linux EQ_SIZE */
#define MANA_EQ_BATCH 64        /* not protocol: EQEs handled per interrupt before re-arming */
#define MANA_MAX_EQS (MANA_DRV_MAX_QUEUES + 1) /* [0] is the HWC's */

enum mana_qtype { MANA_Q_SQ, MANA_Q_RQ, MANA_Q_CQ, MANA_Q_EQ };

/* A queue in our DMA memory. */
struct mana_q {
	enum mana_qtype type;
	uint32_t id; /* the device's id for it */
	struct pci_dma_buf mem;
	uint32_t size;    /* bytes (power of two) */
	uint32_t entries; /* CQ/EQ */
	uint32_t head;    /* SQ/RQ: producer, in 32-byte units; CQ/EQ: entries consumed + entries */
	uint32_t tail;    /* SQ/RQ: units the device has completed */
	uint32_t db_page; /* the doorbell page it is rung through */
};

struct mana_dev;

/* ---- mana_queue.c ---- */
int mana_q_alloc(struct mana_dev *d, struct mana_q *q, enum mana_qtype type, uint32_t size);
void mana_q_free(struct mana_dev *d, struct mana_q *q);
/* Free bytes in a work queue. */
uint32_t mana_wq_space(const struct mana_q *q);
/*
 * Writes a WQE (header, inline OOB, SGEs) at the producer index. Returns
 * its size in 32-byte units, or -ENOSPC / -EINVAL.
 */
int mana_wq_post(struct mana_dev *d, struct mana_q *q, const void *oob, uint32_t oob_len,
		 const struct gdma_sge *sgl, uint32_t nsge, bool oob_in_sgl, uint16_t data_unit,
		 uint8_t last_vbytes);
void mana_wq_ring(struct mana_dev *d, struct mana_q *q);
/*
 * Reads the next CQE/EQE. Returns 1 (copied, decoded, consumed), 0 (none),
 * -EOVERFLOW (an owner count neither old nor new: overflow or a bad device),
 * -EPROTO (undecodable).
 */
int mana_cq_next(struct mana_dev *d, struct mana_q *q, struct gdma_cqe *out);
int mana_eq_next(struct mana_dev *d, struct mana_q *q, struct gdma_eqe *out);
void mana_cq_ring(struct mana_dev *d, struct mana_q *q, bool arm);
void mana_eq_ring(struct mana_dev *d, struct mana_q *q, bool arm);

/* ---- mana_hwc.c ---- */

/* A request waiting for, or on, the hardware channel. */
struct mana_req {
	TAILQ_ENTRY(mana_req) link;
	uint32_t code;
	uint32_t resp_size;    /* the response the driver expects (resp.msg_size) */
	uint16_t resp_version; /* and its version */
	bool to_device;        /* addressed to the registered MANA device, not GDMA */
	/* Fills m (type and variant are set) just before sending; 0 or -errno. */
	int (*build)(struct mana_req *r, struct mana_msg *m);
	/* Optional: bytes to append after the encoded message (CONFIG_VPORT_RX's
	 * table); returns how many, or -errno. */
	int (*extra)(struct mana_req *r, uint8_t *buf, size_t cap);
	/* The outcome: resp is the decoded response when err == 0. */
	void (*done)(struct mana_req *r, int err, const struct mana_msg *resp);
	void *ctx;
	uint64_t arg; /* for the caller */
	void *polled; /* mana_hwc_call_polled's own state */
};

struct mana_hwc {
	struct mana_q cq, rq, sq;             /* its EQ is d->eqs[0].q */
	struct pci_dma_buf req_buf, resp_buf; /* one request and one response buffer */
	uint32_t rq_wqe_off;                  /* where our RQ WQE sits (checked in the CQE) */
	bool init_done;
	bool up;
	bool id_db_seen;
	uint16_t depth;
	uint32_t max_req, max_resp;
	uint32_t max_num_cqs;
	uint32_t pdid, gpa_mkey;
	uint32_t db_page; /* from INIT_EQ_ID_DB */
	TAILQ_HEAD(, mana_req) pending;
	struct mana_req *inflight;
	bool sq_cqe_seen;
	uint16_t dev_type, dev_instance; /* what the in-flight request was addressed to */
	uint16_t msg_id;
	uint32_t activity;
	struct rt_timer timer;
	bool dead; /* a timeout or a protocol error: no more requests */
};

int mana_hwc_alloc(struct mana_dev *d);
void mana_hwc_free(struct mana_dev *d);
/* Writes ESTABLISH_HWC into the SMC. 0 or -EBUSY (owner bit set) / -errno. */
int mana_smc_establish(struct mana_dev *d);
/* Polls the SMC answer: 1 done OK, 0 not yet, -EPROTO refused. */
int mana_smc_poll(struct mana_dev *d, uint32_t msg_type);
/* True when the SMC is ours (owner bit clear). */
bool mana_smc_idle(struct mana_dev *d);
/* Writes DESTROY_HWC and polls its answer for up to `timeout` seconds. */
int mana_smc_destroy(struct mana_dev *d, double timeout);
/* An HWC EQE (init events) arrived; returns 0 or -EPROTO. */
int mana_hwc_event(struct mana_dev *d, const struct gdma_eqe *eqe);
/* Posts the RQ buffer once the init events said where everything is. */
int mana_hwc_start(struct mana_dev *d);
/* Queues a request (sent when the channel is free). 0 or -ENOTCONN. */
int mana_hwc_submit(struct mana_dev *d, struct mana_req *r);
/*
 * mana_hwc_submit(), counting r in *pending, which r's done callback
 * decrements; r NULL (mana_req_new failed) is -ENOMEM. 0, -ENOMEM or -ENOTCONN.
 */
int mana_hwc_submit_counted(struct mana_dev *d, struct mana_req *r, int *pending);
/* Fails every queued and in-flight request with err (the channel is gone). */
void mana_hwc_abort(struct mana_dev *d, int err);
/* The HWC CQ has entries. */
void mana_hwc_cq_event(struct mana_dev *d);
/*
 * Sends one request and busy-polls the HWC CQ for its response, for teardown
 * when the loop may not run: bounded by `timeout` seconds.
 */
int mana_hwc_call_polled(struct mana_dev *d, struct mana_req *r, double timeout);

/* ---- mana_dev.c ---- */

struct mana_eq {
	struct mana_dev *d;
	struct mana_q q;
	struct rt_evfd irq;
	uint32_t vector;
	bool made;      /* created on the device */
	bool test_seen; /* its TEST_EVENT arrived */
	bool irq_on;
	uint64_t region; /* its DMA region until CREATE_QUEUE took it */
};

/* A CQ the device may name in a COMPLETION event. */
struct mana_cq_ref {
	void (*fn)(void *ctx);
	void *ctx;
};

struct mana_vport;
LIST_HEAD(mana_vport_list, mana_vport);

struct mana_dev {
	struct rt_log_obj lo;
	struct mana_dev_opts opts;
	char name[32];
	struct ev_loop *loop;
	struct pci_dev *pci;
	struct pci_dma_pool *pool;
	struct rt_trace *trace;

	enum mana_dev_state state;
	int error;
	struct rt_timer state_timer; /* the state's deadline */
	struct rt_timer poll_timer;  /* SMC polling, deferred steps */
	double state_started;

	uint64_t db_base;
	uint32_t db_page_size;
	uint64_t shm_base;

	struct mana_hwc hwc;
	struct mana_eq eqs[MANA_MAX_EQS];
	uint32_t neqs; /* data EQs wanted (eqs[1..neqs]) */
	uint32_t eqs_made;
	struct mana_cq_ref *cq_table; /* [hwc.max_num_cqs] */
	struct mana_req *setup_reqs;  /* bring-up requests in flight (freed on done) */
	int setup_pending;

	/* from the device */
	uint16_t dev_type, dev_instance;
	uint32_t pdid, gpa_mkey, db_id;
	uint32_t max_sq, max_rq, max_cq, max_eq, max_msix;
	uint16_t max_vports;
	bool registered;

	struct mana_vport_list vports;
	struct mana_dev_stats st;
	bool quiesced; /* reset since the last bring-up: our memory is ours again */
};

void mana_dev_fail(struct mana_dev *d, int err, const char *why);
/* Registers the handler of CQ `id` (COMPLETION events). 0 or -EINVAL. */
int mana_dev_cq_register(struct mana_dev *d, uint32_t id, void (*fn)(void *), void *ctx);
void mana_dev_cq_unregister(struct mana_dev *d, uint32_t id);
/* Creates a DMA region for `buf` (CREATE_DMA_REGION) within request `r`'s build. */
int mana_build_region(struct mana_dev *d, const struct pci_dma_buf *buf, uint32_t len,
		      struct mana_msg *m);
/* A request allocated for the caller: code, expected response size, device target. */
struct mana_req *mana_req_new(uint32_t code, bool to_device,
			      int (*build)(struct mana_req *, struct mana_msg *),
			      void (*done)(struct mana_req *, int, const struct mana_msg *),
			      void *ctx);
void mana_trace_hwc(struct mana_dev *d, uint8_t dir, uint16_t msg_id, const void *m, size_t len);

/* ---- mana_vport.c ---- */

#define VP_TX_DESCS 512
#define VP_SQ_SIZE (VP_TX_DESCS * GDMA_WQE_BU_SIZE)
#define VP_TXCQ_SIZE (VP_TX_DESCS * GDMA_CQE_SIZE)
#define VP_RX_BUFS 256
#define VP_RQ_SIZE (VP_RX_BUFS * GDMA_WQE_BU_SIZE)
#define VP_RXCQ_SIZE (2 * VP_RX_BUFS * GDMA_CQE_SIZE) /* buffers, and fences */
#define VP_BOUNCE (1u << 20)

struct mana_txd {
	void *cookie;
	uint32_t units; /* SQ units of its WQE */
	uint32_t bytes; /* bounce bytes it holds (with any skip at the ring's end) */
};

struct mana_txq {
	struct mana_vport *v;
	uint32_t idx;
	struct mana_q sq, cq;
	uint64_t sq_region, cq_region, obj;
	bool made, cq_reg;
	struct pci_dma_buf bounce;
	uint32_t b_head, b_tail; /* free-running byte counts */
	struct mana_txd *d;      /* VP_TX_DESCS */
	uint32_t d_head, d_count;
	bool dirty; /* posted since the last doorbell */
};

struct mana_rxq {
	struct mana_vport *v;
	uint32_t idx;
	struct mana_q rq, cq;
	uint64_t rq_region, cq_region, obj;
	bool made, cq_reg;
	struct pci_dma_buf bufs;
	uint32_t buf_size;
	uint32_t next; /* the buffer the next completion is for */
	bool paused, held, fenced;
	struct mana_rx_comp_oob held_oob;
};

struct mana_vport {
	LIST_ENTRY(mana_vport) link;
	struct mana_dev *d;
	struct rt_log_obj lo;
	struct mana_vport_opts o;
	enum mana_vport_state state;
	bool zombie;       /* closed by its owner, waiting for a reset to be freed */
	bool lost;         /* the device failed under it */
	bool close_wanted; /* its owner closed it; the teardown follows the replies in flight */
	bool rx_configured;
	int phase;
	int pending; /* requests of the phase in flight */
	int err;     /* first error of the phase */
	uint64_t handle;
	uint8_t mac[6];
	uint32_t max_sq, max_rq, indir_ent;
	uint16_t vp_offset;
	bool short_form;
	uint32_t nq;
	struct mana_txq *tx;
	struct mana_rxq *rx;
	uint8_t key[MANA_HASH_KEY_SIZE];
	uint32_t table[256];
	uint32_t table_len;
	bool rss_busy;
	struct rt_timer timer; /* fence deadline; deferred work */
	struct mana_vport_stats st;
};

/* The device failed: stop using it, report FAILED (once). */
void mana_vport_device_lost(struct mana_vport *v);
/* Frees a vport whose owner closed it, once the device is quiesced. */
void mana_vport_free(struct mana_vport *v);
/* True when its owner has closed it (it waits for a reset to be freed). */
bool mana_vport_zombie(const struct mana_vport *v);
void mana_vport_link_event(struct mana_vport *v, bool up);
/* Polled teardown for mana_dev_close (bounded). */
void mana_vport_close_polled(struct mana_vport *v, double timeout);

#endif
