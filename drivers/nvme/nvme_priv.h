/*
 * NVMe driver internals: the controller (nvme_ctrlr.c, nvme_admin.c), queue
 * pairs (nvme_qpair.c) and I/O command building (nvme_io.c).
 *
 * State that servicing (NVMe keep-alive, nvme_keep.c) saves is kept in
 * plain structs: struct nvme_qpair_state per queue (its memory's IOVAs in
 * the DMA pool, head, tail, phase, the command-id generation of each slot)
 * and the trackers of the commands in flight.
 *
 * Threads: a controller's fields belong to its worker thread (c->w) unless
 * marked "lock" (c->lock); a queue pair's belong to its loop's thread
 * unless marked "ctl" (q->ctl_lock), which the controller uses to ask the
 * queue pair to quiesce, reset its rings or resume around a reset.
 */
#ifndef PV_DRIVERS_NVME_PRIV_H
#define PV_DRIVERS_NVME_PRIV_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

#include "drivers/nvme/nvme.h"
#include "drivers/pci.h"
#include "drivers/pci_dma.h"
#include "nvm_codec.h"
#include "nvme_codec.h"
#include "runtime/log.h"
#include "runtime/loop.h"

#define NVME_PAGE 4096u          /* not protocol: the memory page size we set in CC.MPS */
#define NVME_MAX_XFER (2u << 20) /* what we ever send in one command, whatever MDTS allows */
#define NVME_AERS \
	4 /* not protocol: Asynchronous Event Requests kept outstanding (at most AERL + 1) */
#define NVME_MAX_NS 16   /* not protocol: namespaces tracked */
#define NVME_SGL_MAX 256 /* not protocol: data descriptors in one SGL segment */
#define NVME_DRAIN_BATCH \
	64 /* not protocol: completions consumed before the CQ head doorbell is rung */
#define NVME_BOUNCE_SLOTS 16 /* not protocol: bounce buffers per queue pair, max_xfer each */

struct nvme_admin;
typedef void (*nvme_admin_fn)(struct nvme_admin *a);

/* An admin command (controller thread): its SQE, an optional data page, its answer. */
struct nvme_admin {
	uint8_t sqe[NVME_SQE_SIZE]; /* built with the generated encoders; the CID is ours */
	struct pci_dma_buf data;    /* PRP1 points here when len > 0 */
	uint32_t len;
	nvme_admin_fn cb;
	void *ctx;
	struct nvme_cqe cqe; /* the completion, decoded */
	int err;             /* 0, -EIO (status in cqe), -ETIMEDOUT, -ECANCELED */
	bool no_timeout;     /* Asynchronous Event Requests wait for an event, however long */
	TAILQ_ENTRY(nvme_admin) link;
};

/* One command slot of a queue pair. */
struct nvme_tracker {
	TAILQ_ENTRY(nvme_tracker) link; /* free list */
	uint16_t cid;                   /* generation << cid_bits | index */
	uint16_t index;
	bool active;
	bool aborting;
	uint64_t deadline; /* monotonic ns: Abort after */
	struct nvme_io *io;
	struct nvme_admin *adm;
	struct pci_dma_buf list; /* its PRP list / SGL segment pages */
	int bounce;              /* bounce slot, or -1 */
};

/* A queue pair's ring state: what keep-alive servicing would carry over. */
struct nvme_qpair_state {
	uint16_t qid;
	uint16_t vector;
	uint32_t size; /* entries of each ring */
	uint64_t sq_iova, cq_iova;
	uint32_t sq_tail; /* next slot we write */
	uint32_t sq_head; /* last SQ head the device reported */
	uint32_t sq_db;   /* tail value last written to the doorbell */
	uint32_t cq_head;
	uint8_t phase;     /* phase tag of the entries we expect next */
	uint8_t cid_bits;  /* low CID bits that index the trackers */
	uint16_t *cid_gen; /* per tracker: generation of its CID */
};

enum nvme_qp_ctl {
	QP_CTL_QUIESCE = 1u << 0, /* stop touching the rings; keep commands for retry */
	QP_CTL_RESET = 1u << 1,   /* the controller is disabled: zero the rings */
	QP_CTL_RESUME = 1u << 2,  /* queues re-created: resubmit and go on */
	QP_CTL_FAIL = 1u << 3,    /* the controller is gone: fail everything */
};

/*
 * The stand-in for a command carried over from the binary before
 * (keep-alive), on its queue pair's `carried` list until the queue pair
 * goes: its owner in this binary may claim it (nvme_qpair_claim_carried)
 * before or after it completed; unclaimed, its completion is only counted.
 * A bounced command that completes unclaimed keeps its bounce slot (the
 * data of a read is there) for the claim.
 */
#define NVME_IO_STANDIN 0x100u /* not protocol: our io.flags bit: a struct nvme_carried's io */
struct nvme_carried {
	struct nvme_io io; /* first: the tracker's io */
	struct nvme_ctrlr *c;
	struct nvme_carried *next;
	uint16_t cid;
	bool done;    /* completed into the stand-in: status and io.result kept */
	bool claimed; /* its owner took it (while still on the device, or its result) */
	int status;
	int bounce; /* the bounce slot it completed with, held for the claim; -1: none */
};

/* A queue pair saved by the binary before, waiting for its owner to take it (keep-alive). */
struct nvme_kept_cmd {
	uint16_t index, cid;
	uint32_t kind; /* enum pvss_nvme_cmd_kind */
	uint8_t opcode, bounce;
	uint32_t nsid;
	uint64_t list_iova, lba;
};

struct nvme_kept_q {
	uint16_t qid, vector;
	uint32_t size, ntrk;
	bool admin, bounce;
	uint64_t sq_iova, cq_iova, bounce_iova;
	uint32_t sq_tail, sq_head, cq_head;
	uint8_t phase, cid_bits;
	uint32_t bounce_slots, bounce_size, list_bytes;
	uint16_t *cid_gen; /* [ntrk] */
	struct nvme_kept_cmd *cmds;
	uint32_t ncmds;
	bool taken;
};

struct nvme_qpair {
	struct nvme_ctrlr *c;
	struct ev_loop *loop;
	struct rt_log_obj lo;
	struct nvme_qpair_state st;
	bool admin;
	bool bounce_all;
	bool quiesced, failed;
	bool frozen; /* keep-alive save: the rings are not touched until resume (or exec) */
	struct pci_dma_buf sq_mem, cq_mem;
	struct nvme_tracker *trk;
	uint32_t ntrk;
	TAILQ_HEAD(, nvme_tracker) free;
	uint32_t outstanding;
	struct nvme_io *wait_head, **wait_tail; /* I/O waiting for a slot or a bounce buffer */
	struct nvme_carried *carried; /* keep-alive: stand-ins of commands the binary before sent */
	TAILQ_HEAD(, nvme_admin) admin_wait;
	/* bounce buffers: NVME_BOUNCE_SLOTS of max_xfer bytes */
	struct pci_dma_buf bounce;
	uint32_t bounce_size, bounce_free; /* free: bitmap */
	/* wakeups */
	int efd;
	ev_io irq_w;
	ev_prepare prep_w; /* rings the SQ doorbell and reaps before the loop sleeps */
	ev_idle poll_w;    /* c->o.poll_us: spin for completions after activity */
	ev_async ctl_w;
	struct rt_timer tmo_t;
	uint64_t poll_until;
	/* ctl */
	pthread_mutex_t ctl_lock;
	unsigned ctl_req;
	struct nvme_qpair_stats stats;
	TAILQ_ENTRY(nvme_qpair) link; /* c->qpairs (lock) */
};

/* Controller initialisation and reset steps (SPDK's nvme_ctrlr_state, ours). */
enum nvme_ctrlr_state {
	NVME_CS_INIT = 0,
	NVME_CS_DISABLE_WAIT_RDY_1, /* CC.EN was 1 and RDY 0: let it finish enabling first */
	NVME_CS_DISABLE,            /* write CC.EN = 0 */
	NVME_CS_DISABLE_WAIT_RDY_0,
	NVME_CS_ENABLE, /* admin queue registers, then CC.EN = 1 */
	NVME_CS_ENABLE_WAIT_RDY_1,
	NVME_CS_IDENTIFY,       /* Identify Controller */
	NVME_CS_SET_NUM_QUEUES, /* Set Features Number of Queues */
	NVME_CS_IDENTIFY_NS_LIST,
	NVME_CS_IDENTIFY_NS,
	NVME_CS_CONFIGURE_AER,    /* Set Features Async Event Configuration */
	NVME_CS_CREATE_IO_QUEUES, /* after a reset: the queue pairs' CQs and SQs again */
	NVME_CS_READY,
	NVME_CS_RESET_QUIESCE, /* reset: waiting for the queue pairs to stop */
	NVME_CS_RESET_RINGS,   /* reset, controller disabled: waiting for the rings to be zeroed */
	NVME_CS_FAILED,
	NVME_CS_COUNT,
};

/* Work other threads hand the controller: create or delete a queue pair's queues. */
struct nvme_job {
	TAILQ_ENTRY(nvme_job) link;
	bool create;
	struct nvme_qpair *q;
	struct nvme_admin cmd;
	unsigned step;
	int rc;
	bool done;
};

struct nvme_ctrlr {
	struct nvme_ctrlr_opts o;
	char name[24];
	struct rt_log_obj lo;
	struct pci_dev *pci;
	struct pci_dma_pool *pool;
	struct rt_worker w;
	struct rt_work kick;
	struct rt_timer step_t; /* init steps and register polling */
	struct rt_timer wd_t;   /* watchdog: CSTS, admin timeouts */
	uint64_t cap;
	uint32_t dstrd; /* doorbell stride in bytes */
	uint32_t to_ms; /* CAP.TO */
	struct nvme_ctrlr_info info;
	struct nvme_ns_info ns[NVME_MAX_NS]; /* lock */
	unsigned nns;
	struct nvme_qpair *aq; /* admin queue pair (its loop is c->w.loop) */

	enum nvme_ctrlr_state state;
	uint64_t state_deadline; /* monotonic ns, 0 = none */
	int init_err;
	bool resetting;
	unsigned ns_step; /* IDENTIFY_NS: index into ns[] */
	unsigned q_step;  /* CREATE_IO_QUEUES: queue being recreated */
	bool q_sq_step;   /* creating its SQ (else its CQ) */
	uint32_t ns_list[NVME_MAX_NS];
	unsigned ns_list_n;
	struct nvme_admin init_cmd; /* the init step's command */
	bool init_cmd_busy;
	struct nvme_admin aer[NVME_AERS];
	struct nvme_admin nsck; /* changed-namespace handling */
	bool nsck_busy;
	uint32_t changed_ns[NVME_MAX_NS];
	unsigned changed_n, changed_i;

	/* lock: queue pairs, queue ids, requests from other threads */
	pthread_mutex_t lock;
	pthread_cond_t cond;
	TAILQ_HEAD(, nvme_qpair) qpairs;
	TAILQ_HEAD(, nvme_job) jobs;
	struct nvme_job *job; /* worker: the job being run */
	uint64_t qid_used;    /* bit per I/O queue id (1..63) */
	bool reset_req;
	char reset_why[64];
	struct {
		uint16_t qid, cid;
	} aborts[32];
	unsigned naborts;
	unsigned acks_wanted, acks; /* queue pairs that answered the current ctl request */
	uint64_t resets_done;
	bool ready_sync; /* open/reset waiters */
	int sync_rc;
	bool closing;

	/* keep-alive (nvme_keep.c) */
	bool adopting;               /* initialisation is an adoption: no CC.EN toggle */
	bool frozen;                 /* saved: timers stopped, admin queue frozen */
	struct nvme_kept_q kept_aq;  /* adopt: the admin queue pair's record */
	struct nvme_kept_q kept[63]; /* adopt: I/O queue pairs for nvme_qpair_create to take */
	unsigned nkept;
	struct {
		uint64_t cap;
		uint32_t cc, aqa;
		uint64_t asq, acq;
		char sn[21], mn[41];
	} kept_regs; /* adopt: what the registers and Identify must still say */

	struct {
		atomic_uint_fast64_t resets, aborts, timeouts, retries, bad_cqes, async_events;
		atomic_uint_fast64_t carried, carried_done, carried_claimed;
	} stats;
};

/* ---- nvme_ctrlr.c ---- */
uint64_t nvme_now_ns(void);
void nvme_ctrlr_kick(struct nvme_ctrlr *c);
/* Any thread: asks the controller's thread for a reset (logged once with why). */
void nvme_ctrlr_request_reset(struct nvme_ctrlr *c, const char *why);
/* Any thread: asks the controller to Abort command cid of queue qid. */
void nvme_ctrlr_request_abort(struct nvme_ctrlr *c, uint16_t qid, uint16_t cid);
/* A queue pair answered a ctl request (its thread). */
void nvme_ctrlr_ack(struct nvme_ctrlr *c);
/* The doorbell register offsets. */
uint64_t nvme_sq_doorbell(const struct nvme_ctrlr *c, uint16_t qid);
uint64_t nvme_cq_doorbell(const struct nvme_ctrlr *c, uint16_t qid);

/* ---- nvme_keep.c (keep-alive) ---- */
/*
 * Adopt: takes NVME_CTRLR, the admin NVME_QPAIR and the I/O ones with
 * their NVME_CMDs from r into c->kept_*, checking every field; claims the
 * pool memfd (and the VFIO descriptors, reopening c->pci when it is NULL)
 * and, unless check_only, adopts the pool. 0 or a negative errno (reason
 * in r->err).
 */
int nvme_keep_take(struct nvme_ctrlr *c, struct rt_ss_reader *r, bool check_only);
/* Frees what nvme_keep_take kept. */
void nvme_keep_free(struct nvme_ctrlr *c);
/* Adopt, controller thread: NULL when the registers read as saved, else why not. */
const char *nvme_keep_regs_check(struct nvme_ctrlr *c);
/* Adopt, after Identify Controller: NULL when it is the same controller, else why not. */
const char *nvme_keep_ident_check(struct nvme_ctrlr *c);

/* ---- nvme_admin.c ---- */
/* Submits an admin command on the controller's thread; a->cb runs later. */
void nvme_admin_submit(struct nvme_ctrlr *c, struct nvme_admin *a);
void nvme_admin_identify(struct nvme_admin *a, uint8_t cns, uint32_t nsid);
void nvme_admin_features(struct nvme_admin *a, bool set, uint8_t fid, uint32_t cdw11);
void nvme_admin_log_page(struct nvme_admin *a, uint8_t lid, uint32_t nsid, uint32_t len);
void nvme_admin_create_cq(struct nvme_admin *a, const struct nvme_qpair_state *st);
void nvme_admin_create_sq(struct nvme_admin *a, const struct nvme_qpair_state *st);
void nvme_admin_delete_q(struct nvme_admin *a, bool sq, uint16_t qid);
void nvme_admin_abort(struct nvme_admin *a, uint16_t sqid, uint16_t cid);
void nvme_admin_aer(struct nvme_admin *a);
/*
 * Checks CAP for a controller we can drive with io_queues I/O queues in a
 * BAR0 of bar0 bytes: 0 (doorbell stride, CAP.TO in ms, entries per queue
 * filled) or -ENODEV / -EIO / -ENOTSUP with *why set.
 */
int nvme_cap_parse(uint64_t cap, uint64_t bar0, uint16_t io_queues, uint32_t *dstrd,
		   uint32_t *to_ms, uint32_t *max_entries, const char **why);
/* Decodes Identify Controller data; 0 or -EIO (refused: says why). */
int nvme_parse_id_ctrl(struct nvme_ctrlr *c, const uint8_t *data);
/* Decodes Identify Namespace data into ns; 0, -EIO or -ENOTSUP (a format we do not drive). */
int nvme_parse_id_ns(struct nvme_ctrlr *c, uint32_t nsid, const uint8_t *data,
		     struct nvme_ns_info *ns);
/* Arms the asynchronous event requests; their completions run nvme_aer_done. */
void nvme_aer_arm(struct nvme_ctrlr *c);
/* Keep-alive: c->aer[i] is outstanding on the device already (sent by the binary before). */
void nvme_aer_adopt(struct nvme_ctrlr *c, unsigned i);
/* Status helpers on a decoded CQE. */
static inline bool nvme_cqe_ok(const struct nvme_cqe *e)
{
	return e->sct == 0 && e->sc == 0;
}

/* ---- nvme_qpair.c ---- */
/*
 * Allocates a queue pair's rings, trackers and (I/O) bounce buffers from
 * the pool and binds it to loop; the queues are not created on the device.
 */
int nvme_qpair_alloc(struct nvme_ctrlr *c, struct ev_loop *loop, uint16_t qid, uint32_t size,
		     bool admin, bool bounce, struct nvme_qpair **out);
/*
 * Keep-alive: the same for a queue pair the device still has: its rings,
 * the PRP list pages and bounce slots of its commands in flight are claimed
 * in the (adopted) pool at their saved addresses, positions and command-id
 * generations restored, the commands in flight re-attached to their slots
 * (AERs to c->aer[], I/O to driver-owned stand-ins that count their
 * completion). Returns 0 or a negative errno.
 */
int nvme_qpair_adopt(struct nvme_ctrlr *c, struct ev_loop *loop, const struct nvme_kept_q *k,
		     struct nvme_qpair **out);
/* Keep-alive save: stop touching the rings (its thread); 0 or -EBUSY (I/O waiting). */
int nvme_qpair_freeze(struct nvme_qpair *q);
/* Undoes nvme_qpair_freeze after a save that was not followed by exec (its thread). */
void nvme_qpair_thaw(struct nvme_qpair *q);
/* Starts its watchers (its loop's thread). */
int nvme_qpair_start(struct nvme_qpair *q);
void nvme_qpair_free(struct nvme_qpair *q);
/* Admin queue pair: queue a command (controller thread). */
void nvme_qpair_admin_submit(struct nvme_qpair *q, struct nvme_admin *a);
/* Reaps completions; returns how many were consumed. */
unsigned nvme_qpair_process(struct nvme_qpair *q);
/* Zeroes the rings and indices (controller disabled, queue pair quiesced). */
void nvme_qpair_ring_reset(struct nvme_qpair *q);
/* Fails every command outstanding or waiting with err (admin queue on reset). */
void nvme_qpair_fail_all(struct nvme_qpair *q, int err);
/* Asks the queue pair's thread to act on a ctl request (enum nvme_qp_ctl). */
void nvme_qpair_ctl(struct nvme_qpair *q, unsigned req);
/* Checks trackers against their deadline (admin queue: controller thread). */
void nvme_qpair_check_timeouts(struct nvme_qpair *q);

/* ---- nvme_io.c ---- */
/*
 * Builds the SQE of io into sqe for tracker tr. Returns 0, -EAGAIN (needs
 * a bounce buffer: none free now) or -EINVAL.
 */
int nvme_io_build(struct nvme_qpair *q, struct nvme_tracker *tr, struct nvme_io *io, uint8_t *sqe);
/* The I/O completed with this entry (or err): copy bounced reads back, release the bounce. */
void nvme_io_finish(struct nvme_qpair *q, struct nvme_tracker *tr, struct nvme_io *io, int err);
/* A bounce slot's data out to io's segments (a read that succeeded); the slot freed. */
void nvme_io_bounce_out(struct nvme_qpair *q, int slot, struct nvme_io *io, int err);
/* Block size of a namespace, 0 if unknown (qpair thread: read under c->lock). */
uint32_t nvme_ns_block_size(struct nvme_ctrlr *c, uint32_t nsid);

#endif
