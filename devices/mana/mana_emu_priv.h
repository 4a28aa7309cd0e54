/*
 * The MANA emulator's insides, shared by its files:
 *
 *   mana_emu.c        the pcidev: BAR0 (registers, SMC, doorbells), the
 *                     worker, reset, faults, stats
 *   mana_emu_queue.c  DMA regions, EQs, CQs, WQs: reading WQEs, writing
 *                     CQEs and EQEs with owner counts, arming, interrupts
 *   mana_emu_hwc.c    the hardware channel: requests decoded by the
 *                     generated codec, dispatched through a table
 *   mana_emu_vport.c  vports: the wire, TX from SQs, RX into RQs, RSS, fence
 *
 * Ownership: everything below `mmio_lock`'s fields belongs to the worker
 * thread (e->worker) and is touched only there.
 */
#ifndef DEVICES_MANA_EMU_PRIV_H
#define DEVICES_MANA_EMU_PRIV_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "devices/mana/mana_emu.h"
#include "devices/net/net.h"
#include "mana_bringup_fsm.h"
#include "gdma_codec.h"
#include "mana_codec.h"
#include "runtime/loop.h"
#include "runtime/log.h"
#include "runtime/pcidev.h"

#define EMU_MAX_EQ 64
#define EMU_MAX_CQ 128
#define EMU_MAX_WQ 64 /* SQs, and RQs */
#define EMU_MAX_REGIONS 256
#define EMU_MAX_PDS 16
#define EMU_MAX_MRS 64
#define EMU_REGION_MAX_PAGES 2048 /* 8 MiB: far above any queue Linux makes */
#define EMU_TX_PENDING 1024       /* TX WQEs in flight on the wire, per SQ */

/* Queue ids as the driver sees them: distinct ranges catch mix-ups. */
#define EMU_EQ_ID_BASE 1
#define EMU_CQ_ID_BASE 1
#define EMU_RQ_ID_BASE 0x80
#define EMU_SQ_ID_BASE 0x400 /* vsq_frame (id >> 10) is 1 */
#define EMU_MAX_NUM_CQS (EMU_CQ_ID_BASE + EMU_MAX_CQ)

#define EMU_PDID 0x11
#define EMU_GPA_MKEY 0x22
#define EMU_HWC_PDID 0x0
#define EMU_HWC_MKEY 0x0
#define EMU_TX_VPORT_OFFSET_BASE 0x10

struct mana_emu;

/* A driver-memory area made of 4 KiB pages (device addresses). */
struct emu_mem {
	uint64_t *pages;
	uint32_t npages;
	uint32_t offset; /* in the first page */
	uint64_t length;
};

struct emu_region {
	bool used;
	uint64_t handle;
	uint32_t page_count; /* expected; pages added so far: mem.npages */
	struct emu_mem mem;
};

/*
 * What an EQ and a CQ share: a ring of entries in driver memory that the
 * device writes, each carrying its pass's owner count, and the arming.
 */
struct emu_ring {
	bool used;
	bool hwc;
	struct emu_mem mem;
	uint32_t entries; /* power of two */
	uint32_t tail;    /* entries written, starting at `entries` (owner 1) */
	bool armed;
};

struct emu_eq {
	struct emu_ring ring;
	uint32_t msix;
};

struct emu_cq {
	struct emu_ring ring;
	uint32_t eq; /* slot of the parent EQ */
};

/* One TX WQE handed to the wire, completed in SQ order. */
struct emu_txp {
	uint32_t wqe_off;
	uint32_t wqe_len;
	uint8_t cqe_type;
	bool done;
	bool suppress;
};

struct emu_wq {
	bool used;
	bool is_sq;
	bool hwc;
	uint32_t gen; /* bumps on every create: stale wire completions are ignored */
	struct emu_mem mem;
	uint32_t size; /* bytes, power of two */
	uint32_t head; /* bytes the device consumed */
	uint32_t tail; /* bytes the driver posted (doorbell) */
	uint32_t cq;   /* slot of the CQ */
	int vport;     /* -1: HWC */
	uint64_t obj;  /* CREATE_WQ_OBJ handle */
	/* SQ: WQEs on the wire, oldest first */
	struct emu_txp *txp;
	uint32_t txp_head, txp_count;
	bool tx_stalled; /* the wire said -EAGAIN: retry on a completion */
};

struct emu_vport {
	struct mana_emu *e;
	uint32_t index;
	uint64_t handle;
	uint8_t mac[6];
	bool link_up;
	bool tx_enabled; /* CONFIG_VPORT_TX done */
	bool rx_enabled;
	bool rss_enabled;
	uint64_t default_rxobj;
	uint8_t hashkey[MANA_HASH_KEY_SIZE];
	uint64_t indir[512];
	uint32_t indir_len;
	struct net_endpoint *wire;
	bool wire_paused[NET_MAX_QUEUES];
	const char *wire_kind;
	char wire_arg[192];
};

struct emu_pd {
	bool used;
	uint64_t handle;
};

struct emu_mr {
	bool used;
	uint64_t handle;
	uint64_t pd;
	uint64_t region;
};

/* A fault as armed, with its remaining count (-1: unlimited). */
struct emu_fault_slot {
	uint32_t code;
	uint32_t value;
	int64_t left;
};

struct mana_emu {
	struct pcidev pd;
	struct rt_log_obj lo;
	struct rt_trace *trace;
	char name[32];
	struct mana_emu_opts opts;
	struct rt_worker worker;
	pthread_mutex_t sync_lock; /* one memu_sync() at a time */

	/* ---- shared with the BAR and API threads, under mmio_lock ---- */
	pthread_mutex_t mmio_lock;
	pthread_cond_t sync_cond;
	uint32_t smc[8];                    /* the aperture as the driver sees it */
	bool smc_pending;                   /* the header was written: the worker has it */
	uint32_t db_wq_tail[2][EMU_MAX_WQ]; /* [is_sq][slot]: last doorbell tail */
	uint64_t db_wq_pending[2];          /* bit per slot */
	uint32_t db_cq_tail[EMU_MAX_CQ];
	bool db_cq_arm[EMU_MAX_CQ];
	uint64_t db_cq_pending[2];
	uint32_t db_eq_tail[EMU_MAX_EQ];
	bool db_eq_arm[EMU_MAX_EQ];
	uint64_t db_eq_pending;
	struct emu_fault_slot faults[MANA_EMU_FAULT_KINDS];
	uint64_t bad_doorbells; /* counted where the doorbell arrives */
	bool sync_done;
	int sync_rc;
	struct rt_work kick_work, sync_work;
	void (*sync_fn)(struct mana_emu *e, void *arg);
	void *sync_arg;
	bool stopping;

	/* ---- worker-owned ---- */
	struct mana_bringup_fsm fsm;
	struct gdma_smc_establish_hwc est; /* what ESTABLISH_HWC asked for */
	bool hwc_up;
	uint32_t hwc_eq, hwc_cq, hwc_sq, hwc_rq; /* slots */
	uint8_t *hwc_req;                        /* a request held until an RQ WQE is posted */
	uint32_t hwc_req_len;
	bool hwc_req_held;
	bool registered;
	struct emu_eq eqs[EMU_MAX_EQ];
	struct emu_cq cqs[EMU_MAX_CQ];
	struct emu_wq wqs[2][EMU_MAX_WQ]; /* [is_sq] */
	struct emu_region regions[EMU_MAX_REGIONS];
	uint64_t next_handle;
	struct emu_pd pds[EMU_MAX_PDS];
	struct emu_mr mrs[EMU_MAX_MRS];
	struct emu_vport vports[MANA_EMU_MAX_VPORTS];
	uint32_t hwc_timeout_ms;
	uint8_t *scratch; /* 64 KiB: requests, responses, frames */
	struct mana_emu_stats st;
};

static inline struct mana_emu *emu_of(struct pcidev *d)
{
	return (struct mana_emu *)(void *)d;
}

/* mana_emu.c */
/*
 * Runs fn(e, arg) on the worker and waits for it (callers: any thread but
 * the worker's). Returns e->sync_rc as fn left it, or the worker's error.
 */
int memu_sync(struct mana_emu *e, void (*fn)(struct mana_emu *e, void *arg), void *arg);
/* Takes one occurrence of fault `k` for request `code` (0: any); true = inject. */
bool memu_fault_take(struct mana_emu *e, enum mana_emu_fault_kind k, uint32_t code,
		     uint32_t *value);
void memu_trace(struct mana_emu *e, uint8_t dir, uint32_t queue, const void *rec, size_t len,
		const void *extra, size_t extra_len);
void memu_reset_state(struct mana_emu *e);

/* mana_emu_queue.c */
int memu_dma_read(struct mana_emu *e, const struct emu_mem *m, uint64_t off, void *dst, size_t len);
int memu_dma_write(struct mana_emu *e, const struct emu_mem *m, uint64_t off, const void *src,
		   size_t len);
/* A region of the driver's: `len` bytes from `pages`; fills *m. 0 or -EINVAL/-ENOMEM. */
int memu_mem_init(struct emu_mem *m, const uint64_t *pages, uint32_t npages, uint32_t offset,
		  uint64_t length);
void memu_mem_free(struct emu_mem *m);
/* One page of queue memory at device address `addr`. */
int memu_mem_page(struct emu_mem *m, uint64_t addr);

struct emu_region *memu_region_find(struct mana_emu *e, uint64_t handle);
/* Moves a complete region of exactly `size` bytes (power of two, >= 4 KiB) into *m. */
int memu_region_take(struct mana_emu *e, uint64_t handle, uint32_t size, struct emu_mem *m);

int memu_eq_create(struct mana_emu *e, struct emu_mem *m, uint32_t msix, bool hwc, uint32_t *slot);
int memu_cq_create(struct mana_emu *e, struct emu_mem *m, uint32_t eq, bool hwc, uint32_t *slot);
int memu_wq_create(struct mana_emu *e, bool is_sq, struct emu_mem *m, uint32_t cq, int vport,
		   bool hwc, uint32_t *slot);
void memu_eq_destroy(struct mana_emu *e, uint32_t slot);
void memu_cq_destroy(struct mana_emu *e, uint32_t slot);
void memu_wq_destroy(struct mana_emu *e, bool is_sq, uint32_t slot);
int memu_eq_slot(const struct mana_emu *e, uint32_t id);
int memu_cq_slot(const struct mana_emu *e, uint32_t id);
int memu_wq_slot(const struct mana_emu *e, bool is_sq, uint32_t id);
/* The data WQ whose CREATE_WQ_OBJ handle is `obj`, or -1. */
int memu_wq_by_obj(const struct mana_emu *e, bool is_sq, uint64_t obj);
static inline uint32_t emu_eq_id(uint32_t slot)
{
	return EMU_EQ_ID_BASE + slot;
}
static inline uint32_t emu_cq_id(uint32_t slot)
{
	return EMU_CQ_ID_BASE + slot;
}
static inline uint32_t emu_wq_id(bool is_sq, uint32_t slot)
{
	return (is_sq ? EMU_SQ_ID_BASE : EMU_RQ_ID_BASE) + slot;
}

/* Posts an EQE (details: 12 bytes) and raises the EQ's vector if armed. */
void memu_eq_post(struct mana_emu *e, uint32_t eq, uint8_t type, const void *details);
/* Posts a CQE for work queue (is_sq, wq_id) with `data` (60 bytes). */
void memu_cq_post(struct mana_emu *e, uint32_t cq, uint32_t wq_id, bool is_sq, const void *data);

/* A WQE as read from a work queue. */
struct emu_wqe {
	uint32_t off; /* byte offset (mod size) */
	uint32_t len; /* bytes, multiple of 32 */
	struct gdma_wqe_header hdr;
	uint8_t oob[32];
	uint32_t oob_len;
	struct gdma_sge sge[32];
	uint32_t nsge;
};
/*
 * Reads the WQE at the head of `wq` if the driver posted one. Returns 1 with
 * *w filled (head not yet advanced), 0 when empty, -EINVAL for a malformed
 * WQE (the queue is then stuck until reset: hardware would error it).
 */
int memu_wq_peek(struct mana_emu *e, struct emu_wq *wq, uint32_t slot, struct emu_wqe *w);
/* Applies the doorbells recorded since the last call. */
void memu_doorbells_apply(struct mana_emu *e);

/* mana_emu_hwc.c */
void memu_hwc_establish(struct mana_emu *e, const struct gdma_smc_establish_hwc *req, int *status);
void memu_hwc_destroy(struct mana_emu *e, enum mana_bringup_event ev);
void memu_hwc_process(struct mana_emu *e);
/* Handles the request in e->hwc_req (hwc_req_len bytes); see mana_emu_hwc_request. */
uint32_t memu_hwc_handle(struct mana_emu *e, uint8_t *out, uint32_t cap, int *fence_rq);
void memu_hwc_fence(struct mana_emu *e, uint32_t rq);

/* mana_emu_vport.c */
int memu_vports_open(struct mana_emu *e);
void memu_vports_close(struct mana_emu *e);
void memu_vport_reset(struct mana_emu *e, struct emu_vport *v);
struct emu_vport *memu_vport_by_handle(struct mana_emu *e, uint64_t handle);
void memu_sq_process(struct mana_emu *e, uint32_t slot);
void memu_rq_posted(struct mana_emu *e, uint32_t slot);
void memu_vport_link(struct mana_emu *e, uint32_t v, bool up);
/* Drops a WQ's pending wire work (queue destroyed or reset). */
void memu_wq_detach(struct mana_emu *e, bool is_sq, uint32_t slot);

#endif
