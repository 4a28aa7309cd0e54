/*
 * NVMe controller emulator internals, shared by nvme_emu.c (registers,
 * queues, the worker), nvme_emu_admin.c, nvme_emu_io.c (NVM commands and
 * data transfer) and nvme_emu_fault.c.
 *
 * Ownership: fields under "registers" belong to reg_lock; doorbell values
 * are atomics written by any thread; faults belong to fault_lock;
 * everything else belongs to the worker thread (w.loop).
 */
#ifndef PV_DEVICES_NVME_EMU_PRIV_H
#define PV_DEVICES_NVME_EMU_PRIV_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

#include "devices/disk/disk.h"
#include "devices/nvme/nvme_emu.h"
#include "nvm_codec.h"
#include "nvme_codec.h"
#include "nvme_ctrl_fsm.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/pcidev.h"

#define EMU_BAR0_SIZE 0x4000u
#define EMU_MSIX_TABLE 0x2000u
#define EMU_MSIX_PBA 0x3000u
#define EMU_PAGE 4096u        /* the only memory page size offered (CAP.MPSMIN = MPSMAX = 0) */
#define EMU_AERL 3            /* Identify AERL, 0's based: 4 outstanding, as QEMU */
#define EMU_EVENTS_MAX 8      /* asynchronous events queued while no AER waits */
#define EMU_ERRLOG 8          /* error log entries kept (Identify ELPE + 1) */
#define EMU_MAX_SGL_DESCS 256 /* SGL descriptors one command may use */
#define EMU_ZERO_CHUNK (128u << 10) /* Write Zeroes without deallocation writes this much a step */
#define EMU_REG_EVENTS 16           /* CC transitions queued for the worker */
#define EMU_TEMP_KELVIN 323         /* composite temperature reported (50 C, as QEMU) */

/* Where a request is. */
enum emu_req_state {
	REQ_FREE = 0,
	REQ_EXEC,    /* being executed, or waiting for the disk */
	REQ_DELAYED, /* its completion waits for a fault's timer */
	REQ_DROPPED, /* its completion will never be posted (fault) */
	REQ_AER,     /* an Asynchronous Event Request waiting for an event */
	REQ_PENDING, /* its CQE waits for room in the CQ */
};

struct nvme_emu;
struct emu_sq;

/* One command from fetch to completion; a pool per SQ, one per entry. */
struct emu_req {
	TAILQ_ENTRY(emu_req) link; /* SQ free list, CQ pending list or AER list */
	struct nvme_emu *e;
	struct emu_sq *sq;
	uint8_t state; /* enum emu_req_state */
	uint8_t opcode;
	uint8_t cfault; /* completion-side fault action + 1, 0 = none */
	uint16_t cid;
	uint32_t nsid;
	uint32_t dw0, dw1;
	uint16_t status; /* CQE status without the phase tag */
	uint32_t delay_ms;
	/* data transfer */
	struct disk_req dreq;
	struct disk_seg *segs; /* allocated on first use, e->max_segs entries */
	uint32_t nsegs;
	uint8_t *buf; /* bounce: admin data, DSM ranges, Verify reads */
	size_t buflen;
	/* multi-step commands (Write Zeroes, Verify, DSM) */
	uint64_t lba, left;
	uint32_t step, nsteps;
	bool is_write;
	struct rt_timer timer; /* DELAY fault */
};

struct emu_cq {
	uint16_t qid;
	uint16_t iv;
	bool ien;
	uint32_t size;
	uint64_t base;
	uint32_t tail;
	uint32_t head; /* as last read from the doorbell */
	uint8_t phase;
	bool irq;     /* a CQE was posted since the vector was last raised */
	unsigned nsq; /* SQs completing here */
	TAILQ_HEAD(, emu_req) pending;
};

struct emu_sq {
	uint16_t qid, cqid;
	uint32_t size;
	uint64_t base;
	uint32_t head; /* next entry to fetch */
	uint32_t outstanding;
	struct emu_req *reqs;
	TAILQ_HEAD(, emu_req) free;
	struct emu_req *deleter; /* the Delete I/O SQ waiting for outstanding commands */
};

/* CC transitions, queued by mmio_write for the worker. */
enum emu_reg_event {
	EMU_EV_ENABLE = 1,
	EMU_EV_DISABLE,
	EMU_EV_SHUTDOWN,
};

struct emu_fault_slot {
	struct nvme_emu_fault f;
	uint32_t matched, fired;
};

struct nvme_emu {
	struct pcidev pd;
	char name[24];
	struct rt_log_obj lo;
	struct nvme_emu_opts o;
	struct rt_worker w;
	struct rt_work kick;
	ev_prepare irq_w; /* raises the vectors of CQs that got entries, once per loop pass */
	ev_idle poll_w;   /* o.poll: looks at the doorbells on every pass */
	struct rt_timer ready_t; /* o.ready_delay_ms: CC.EN=1 -> CSTS.RDY=1 */

	/* registers */
	pthread_mutex_t reg_lock;
	uint64_t cap;
	uint32_t vs, cc, csts, aqa, intms;
	uint64_t asq, acq;
	uint8_t reg_ev[EMU_REG_EVENTS];
	unsigned reg_ev_n;

	/* doorbells: [2 * qid] SQ tail, [2 * qid + 1] CQ head */
	_Atomic uint32_t *db;
	_Atomic uint32_t *db_size; /* 0: no such queue */
	unsigned ndb;

	/* worker-owned */
	struct nvme_ctrl_fsm fsm;
	struct emu_sq **sqs; /* [max_ioqpairs + 1] */
	struct emu_cq **cqs;
	struct disk *disk;
	uint32_t bs;           /* block size */
	uint32_t lbads;        /* log2(bs) */
	_Atomic uint64_t nsze; /* namespace size in blocks */
	uint32_t max_segs;
	uint64_t inflight; /* disk requests outstanding */
	bool resetting, shutting, fatal;
	uint32_t rr; /* next I/O SQ to serve */
	/* features */
	uint32_t feat_arb, feat_pm, feat_temp, feat_errrec, feat_vwc, feat_coal, feat_watom;
	uint32_t feat_aec;
	uint32_t feat_ivc[64];
	bool ioqs_created; /* Set Features Number of Queues is refused after */
	/* asynchronous events */
	TAILQ_HEAD(, emu_req) aers;
	unsigned naers;
	uint32_t events[EMU_EVENTS_MAX]; /* completion DW0 of events not yet reported */
	unsigned nevents;
	uint8_t masked;  /* bit per event type: reported, log page not read yet */
	bool ns_changed; /* NSID 1 is in the Changed Namespace List */
	/* logs */
	struct nvme_error_log_entry errlog[EMU_ERRLOG];
	uint64_t err_count;
	uint64_t host_reads, host_writes, units_read, units_written;
	uint8_t *zeros; /* EMU_ZERO_CHUNK of zeros for Write Zeroes */

	/* faults */
	pthread_mutex_t fault_lock;
	struct emu_fault_slot faults[NVME_EMU_MAX_FAULTS];
	unsigned nfaults;
	atomic_uint nfaults_live; /* fast path: no lock when 0 */

	/* sync with callers of reset/destroy */
	pthread_mutex_t sync_lock;
	pthread_cond_t sync_cond;
	uint64_t resets_done;

	struct {
		atomic_uint_fast64_t commands, admin_commands, completions, errors, irqs, doorbells,
			bad_doorbells, faults_fired, resets, enables, dma_errors, bytes_read,
			bytes_written;
	} st;
};

/* CQE status (phase tag excluded) from its parts. */
static inline uint16_t emu_status(unsigned sct, unsigned sc, bool dnr)
{
	return (uint16_t)((sc << NVME_CQE_SC_SHIFT) & NVME_CQE_SC_MASK) |
	       (uint16_t)((sct << NVME_CQE_SCT_SHIFT) & NVME_CQE_SCT_MASK) |
	       (uint16_t)(dnr ? NVME_CQE_DNR_MASK : 0);
}

#define EMU_SC(sc) emu_status(NVME_SCT_GENERIC, NVME_GENERIC_STATUS_##sc, false)
#define EMU_SC_DNR(sc) emu_status(NVME_SCT_GENERIC, NVME_GENERIC_STATUS_##sc, true)
#define EMU_CS_DNR(sc) emu_status(NVME_SCT_COMMAND_SPECIFIC, NVME_CMD_STATUS_##sc, true)
#define EMU_CS(sc) emu_status(NVME_SCT_COMMAND_SPECIFIC, NVME_CMD_STATUS_##sc, false)

/* nvme_emu.c */
void emu_req_complete(struct emu_req *r);
void emu_fatal(struct nvme_emu *e, const char *why);
/* A disk request ended (inflight already dropped): a reset or shutdown may finish. */
void emu_maybe_finish(struct nvme_emu *e);
void emu_event(struct nvme_emu *e, uint8_t type, uint8_t info, uint8_t log_page);
int emu_cq_create(struct nvme_emu *e, uint16_t qid, uint64_t base, uint32_t size, uint16_t iv,
		  bool ien);
int emu_sq_create(struct nvme_emu *e, uint16_t qid, uint64_t base, uint32_t size, uint16_t cqid);
void emu_cq_destroy(struct nvme_emu *e, uint16_t qid);
/* Starts deleting an I/O SQ: queued commands end with SQ_DELETED; the SQ goes when none is left. */
void emu_sq_delete(struct nvme_emu *e, struct emu_sq *sq, struct emu_req *deleter);
uint32_t emu_msix_vectors(const struct nvme_emu *e);

/* nvme_emu_admin.c */
void emu_admin_exec(struct emu_req *r, const uint8_t *sqe);
/* A log page was read with RAE = 0: its event type may be reported again. */
void emu_aer_flush(struct nvme_emu *e);

/* nvme_emu_io.c */
void emu_io_exec(struct emu_req *r, const uint8_t *sqe);
/*
 * Maps the data pointer of `hdr` for `len` bytes into r->segs (host
 * addresses from the bus). Returns 0 or a CQE status (PRP offset, SGL
 * shape, Data Transfer Error for unmapped memory).
 */
uint16_t emu_map(struct emu_req *r, const struct nvme_sqe_hdr *hdr, uint64_t len);
/* Copies len bytes of buf to the mapped segments (controller to host), or the reverse. */
void emu_copy_to_host(struct emu_req *r, const void *buf, size_t len);
void emu_copy_from_host(struct emu_req *r, void *buf, size_t len);
/* Starts r->dreq on the namespace's disk; completes r with the outcome. */
void emu_disk_submit(struct emu_req *r);
/* Bounce buffer of at least len bytes, zeroed; NULL on allocation failure. */
uint8_t *emu_req_buf(struct emu_req *r, size_t len);

/* nvme_emu_fault.c */
/*
 * Looks for a rule that fires on this command: returns the action + 1 (0:
 * none) and fills the rule's status/delay into r.
 */
unsigned emu_fault_match(struct nvme_emu *e, struct emu_req *r, bool admin);
/*
 * What every command goes through first, err being its decoder's verdict: an
 * injected fatal fault fails the controller, an injected status completes r
 * (-1: r is done with); a command that did not decode gets Invalid Command
 * Opcode or Invalid Field (1: complete it); 0: execute it. Other injected
 * faults are left in r->cfault for the completion.
 */
int emu_req_begin(struct emu_req *r, bool admin, enum pv_codec_err err);

#endif
