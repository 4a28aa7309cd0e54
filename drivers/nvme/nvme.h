/*
 * The user-mode NVMe driver: a controller behind the PCI interface
 * (drivers/pci.h: vfio or emu), its admin queue, I/O queue pairs, and the
 * NVM commands a block device needs.
 *
 * Objects:
 *   - struct nvme_ctrlr: one controller. It owns a worker thread
 *     ("<name>") that runs the initialisation machine (nvme_ctrlr.c, as
 *     SPDK's nvme_ctrlr_process_init: an explicit state per step, a
 *     set_state that logs and arms the step's timeout, a non-blocking
 *     step function), the admin queue, asynchronous events, command
 *     timeouts (Abort, then a controller reset) and the shutdown.
 *   - struct nvme_qpair: one I/O submission/completion queue pair, owned by
 *     the thread of one event loop (one per worker thread of the caller);
 *     submission, completion and the doorbells run there.
 *
 * Everything read from the device is checked as input from an adversary:
 * register values (CAP, CSTS), Identify data, every completion entry
 * (phase, SQ id, SQ head, command id: an out-of-range, stale or duplicate
 * CID is refused and logged) and every result field.
 *
 * Errors are negative errnos. An I/O's device status is reported in
 * struct nvme_io.result (status code type and code as the device gave
 * them); what they mean for SCSI is the caller's table (disk_nvme.c).
 */
#ifndef PV_DRIVERS_NVME_H
#define PV_DRIVERS_NVME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ev_loop;
struct pci_dev;
struct rt_log;
struct rt_trace;
struct nvme_ctrlr;
struct nvme_qpair;

struct nvme_ctrlr_opts {
	const char *name;      /* log prefix and thread name; default "nvme" */
	struct rt_log *log;    /* required */
	struct pci_dev *pci;   /* the function; the controller closes it */
	const char *adopt_bdf; /* nvme_ctrlr_adopt with pci NULL: the VFIO function to reopen */
	bool adopt_sock;       /* ... or the function is behind a kept socket (pci_sock_open) */
	uint64_t dma_bytes;    /* DMA pool for queues, PRP lists, bounce buffers; default 32 MiB */
	uint64_t dma_iova;     /* the pool's device address, above guest RAM; default 1 TiB */
	uint16_t io_queues;    /* I/O queue pairs to ask for; default 4 */
	uint32_t io_depth;     /* default entries per I/O queue; default 256 (capped by CAP.MQES) */
	uint32_t admin_timeout_ms; /* default 10000 */
	uint32_t io_timeout_ms;    /* default 30000; then Abort */
	uint32_t
		abort_timeout_ms; /* after an Abort: reset if the command is still out; default 5000 */
	uint32_t poll_us; /* keep polling a queue this long after its last completion; default 0 */
	bool no_sgl;      /* PRPs even where the controller offers SGLs */
	struct rt_trace *trace; /* NVMe records (spec/pvtrace.yaml protos NVME, NVM); optional */
	/*
	 * Called on the controller's thread when a namespace changed (an
	 * Asynchronous Event of type notice / namespace attribute changed,
	 * after the namespace was identified again).
	 */
	void (*ns_changed)(void *ctx, uint32_t nsid);
	void *ctx;
	/*
	 * nvme_ctrlr_adopt (check_only too): called once per I/O command the
	 * binary before left on the device (qid, cid), as its records are
	 * taken, for the owner to check its own records against. Optional.
	 */
	void (*carried)(void *ctx, uint16_t qid, uint16_t cid);
};

/* What Identify Controller said, checked and decoded. */
struct nvme_ctrlr_info {
	uint16_t vid;
	char sn[21], mn[41], fr[9];
	uint32_t version;     /* VS register */
	uint32_t max_xfer;    /* bytes per command (MDTS; capped at 2 MiB) */
	uint16_t io_queues;   /* I/O queue pairs allocated */
	uint32_t max_entries; /* CAP.MQES + 1 */
	uint32_t nn;
	uint16_t oncs;
	bool vwc, sgl;
	uint8_t aerl;
};

struct nvme_ns_info {
	uint32_t nsid;
	uint64_t nblocks;
	uint32_t block_size;
	bool dealloc_zeroes; /* deallocated blocks read as zeros (DLFEAT) */
	bool can_dealloc;    /* Dataset Management is offered (ONCS) */
	bool can_zeroes;     /* Write Zeroes is offered */
	bool vwc;            /* a volatile write cache: Flush matters */
};

/*
 * Opens the controller: resets it if enabled, sets up the admin queue,
 * enables it (CSTS.RDY within CAP.TO), identifies it and its namespaces,
 * negotiates the queue count and arms asynchronous events. Blocks the
 * caller until done. Returns 0, -ETIMEDOUT (CSTS.RDY or an admin command
 * late), -EIO (the device answered wrongly or failed), -ENODEV (CSTS reads
 * all ones: the device is gone), -ENOTSUP (a capability we need is
 * missing) or another negative errno. On failure pci is closed.
 */
int nvme_ctrlr_open(const struct nvme_ctrlr_opts *o, struct nvme_ctrlr **out);

/*
 * Shuts the controller down (CC.SHN normal, CSTS.SHST complete within a
 * bound), stops its thread and closes the PCI device. Every queue pair must
 * have been destroyed.
 */
void nvme_ctrlr_close(struct nvme_ctrlr *c);

const struct nvme_ctrlr_info *nvme_ctrlr_info(const struct nvme_ctrlr *c);

/* The namespace as last identified (any thread). 0, or -ENOENT. */
int nvme_ctrlr_ns(struct nvme_ctrlr *c, uint32_t nsid, struct nvme_ns_info *out);

/*
 * Resets the controller as a timeout would (tests, operators): queues are
 * re-created with the same memory and commands in flight are retried
 * once. Returns when the controller is ready again: 0 or a negative errno.
 * Not on a queue pair's thread: the queue pairs must answer while it waits.
 */
int nvme_ctrlr_reset(struct nvme_ctrlr *c);

/* A completion as the device posted it (passthrough). */
struct nvme_cpl {
	uint32_t dw0, dw1;
	uint16_t sqhd, sqid, cid;
	uint8_t sct, sc;
	bool more, dnr;
};

/*
 * Admin passthrough (tools, conformance runs): sends the 64-byte `sqe` as
 * built by the caller (the driver sets its CID; with len > 0 also PRP1, to
 * a driver buffer that `data` is copied into first when data_out, or out of
 * afterwards; len at most 4096) and waits for its completion. Not on the
 * controller's thread. Returns 0 with *cpl whatever the device's status, or
 * -ETIMEDOUT, -ENODEV, -EINVAL.
 */
int nvme_ctrlr_admin_passthru(struct nvme_ctrlr *c, const uint8_t *sqe, void *data, uint32_t len,
			      bool data_out, struct nvme_cpl *cpl);

/* Counters (any thread, relaxed). */
struct nvme_ctrlr_stats {
	uint64_t resets;       /* controller resets done */
	uint64_t aborts;       /* Abort commands sent */
	uint64_t timeouts;     /* commands that exceeded their timeout */
	uint64_t retries;      /* commands resubmitted after an abort or a reset */
	uint64_t bad_cqes;     /* completion entries refused (CID, SQ id, SQ head) */
	uint64_t async_events; /* Asynchronous Event Requests completed */
	uint64_t carried; /* keep-alive: I/O commands taken over in flight from the binary before */
	uint64_t carried_done;    /* ... completed before their owner claimed them (each once) */
	uint64_t carried_claimed; /* ... claimed by their owner here (nvme_qpair_claim_carried) */
};
void nvme_ctrlr_get_stats(const struct nvme_ctrlr *c, struct nvme_ctrlr_stats *out);

/* ---- keep-alive across a live update (nvme_keep.c) ----------------------------- */

struct rt_ss_writer;
struct rt_ss_reader;

/*
 * Saves the controller for keep-alive (docs/servicing.md): the controller
 * stays enabled (CC.EN is never touched), its queues stay on the device and
 * the commands it holds (the Asynchronous Event Requests, any I/O still in
 * flight) stay outstanding. First every queue pair stops touching its rings
 * (pending SQ doorbells are rung, its watchers stop) and the controller's
 * thread stops its timers; then NVME_CTRLR, NVME_QPAIR and NVME_CMD records
 * (spec/savestate.yaml) and FD records for the DMA pool memfd and, for
 * VFIO, the container, group and device descriptors go into w. Call on the
 * thread of the queue pairs' loop (one loop for all of them), not on the
 * controller's. Returns 0, -EBUSY (not ready, resetting, an admin command
 * other than an AER in flight or waiting, I/O waiting for a slot: nothing
 * is frozen then), -EOPNOTSUPP (a backend that cannot cross an exec: the
 * emu backend unless `emu_ok`), or another negative errno.
 */
int nvme_ctrlr_keep_save(struct nvme_ctrlr *c, struct rt_ss_writer *w, bool emu_ok);

/* After a keep_save that was not followed by exec (a refused update): run on. Same thread. */
void nvme_ctrlr_keep_resume(struct nvme_ctrlr *c);

/*
 * What exec does to a saved controller, for tests that adopt it in the same
 * process: the driver's objects and threads go; the device, its DMA
 * mappings, the pool memfd (and its mapping, which the emu backend's
 * IOMMU table still points at) and the PCI device stay. Returns the PCI
 * device for nvme_ctrlr_adopt.
 */
struct pci_dev *nvme_ctrlr_keep_abandon(struct nvme_ctrlr *c);

/*
 * Adopts a controller saved by nvme_ctrlr_keep_save in the binary before,
 * from the records at r's cursor. o->pci is the same function left open
 * (tests: nvme_ctrlr_keep_abandon), or NULL with o->adopt_bdf set: then
 * the VFIO function is reopened on the descriptors the record names (kept
 * across exec; pci_vfio_adopt); or NULL with o->adopt_sock: the device
 * process is reached again on the socket the record names (kept across
 * exec; pci_sock_open). The controller is not reset: CAP, CC, AQA,
 * ASQ, ACQ must read as saved and CSTS.RDY be 1 (else -EIO: the controller
 * is not the one left running), the DMA pool memfd is mapped again at its
 * device address, the admin queue and its AERs are taken back, Identify
 * Controller (serial and model must match) and the namespaces are read
 * again. The I/O queue pairs come back through nvme_qpair_create, which
 * takes a saved one (in qid order) instead of creating one. With
 * check_only the records are checked (like any untrusted input) and
 * nothing is built or touched; *out is then NULL. Returns 0 or a negative
 * errno (reason in r->err for a refused record; o->pci is closed on failure
 * unless check_only).
 */
int nvme_ctrlr_adopt(const struct nvme_ctrlr_opts *o, struct rt_ss_reader *r, bool check_only,
		     struct nvme_ctrlr **out);

/* The function under c (counters of its backend: pci_sock_stats, pci_emu_stats). */
struct pci_dev *nvme_ctrlr_pci(const struct nvme_ctrlr *c);

/* ---- I/O queue pairs --------------------------------------------------------- */

/*
 * Creates an I/O queue pair owned by `loop`'s thread (call on that thread;
 * it blocks while the controller creates the queues). depth 0 = the
 * controller's default. bounce: data always moves through the driver's own
 * DMA buffers (the device may not see guest memory: the confidential-VM
 * case). Returns 0, -ENOSPC (no queue left) or another negative errno.
 */
int nvme_qpair_create(struct nvme_ctrlr *c, struct ev_loop *loop, uint32_t depth, bool bounce,
		      struct nvme_qpair **out);

/* Deletes the queues (loop thread). No I/O may be outstanding. */
void nvme_qpair_destroy(struct nvme_qpair *q);

/* I/O operations. */
enum nvme_io_op {
	NVME_IO_READ = 0,
	NVME_IO_WRITE,
	NVME_IO_FLUSH,
	NVME_IO_WRITE_ZEROES,
	NVME_IO_DEALLOCATE, /* Dataset Management, attribute deallocate */
	NVME_IO_PASSTHRU,   /* the caller's SQE (io.raw); the data pointer from sg if any */
};

#define NVME_IO_FUA 0x1u  /* not protocol: our flag; write: force unit access */
#define NVME_IO_DEAC 0x2u /* not protocol: our flag; write zeroes: the device may deallocate */

/* A piece of the data: device address and, for bounce copies, our address. */
struct nvme_sge {
	uint64_t iova;
	void *va;
	uint32_t len;
};

/* The device's answer (valid in the callback). */
struct nvme_io_result {
	uint32_t dw0;
	uint8_t sct, sc;
	bool dnr;
	int err; /* 0, or -ETIMEDOUT / -EIO / -ENODEV when there is no device status */
};

typedef void (*nvme_io_fn)(void *ctx, int status);

/*
 * One I/O, owned by the caller until its callback. READ/WRITE: lba and the
 * segments (total a multiple of the block size, at most max_xfer; bounced
 * when their shape does not fit PRPs and no SGL is offered). WRITE_ZEROES:
 * lba, nblocks (1..65536). DEALLOCATE: lba, nblocks (as one range).
 * PASSTHRU: raw is a whole SQE (its NSID, CDW10..15, even a malformed
 * opcode); the driver sets the CID and, when nsg > 0, the data pointer for
 * the segments (direction from the opcode's low bits); with nsg = 0 the
 * SQE's PRP1/PRP2 go to the device as given.
 */
struct nvme_io {
	uint8_t op; /* enum nvme_io_op */
	uint32_t flags;
	uint32_t nsid;
	uint64_t lba;
	uint32_t nblocks;
	const struct nvme_sge *sg;
	uint32_t nsg;
	nvme_io_fn cb; /* status: 0 success, -EIO device error (see result), other errno */
	void *ctx;
	const uint8_t *raw; /* PASSTHRU: the 64-byte SQE */
	struct nvme_io_result result;
	/* driver: */
	struct nvme_io *next;
	uint8_t retries;
};

/*
 * Queues an I/O (loop thread). Returns 0 (the callback runs later, exactly
 * once, on the loop) or a negative errno (-EINVAL malformed, -ENODEV the
 * controller failed): then never. The doorbell is rung once for every
 * command queued in a loop pass, just before the loop sleeps, or at
 * nvme_qpair_flush().
 */
int nvme_io_submit(struct nvme_qpair *q, struct nvme_io *io);

/* Rings the submission doorbell now if commands wait behind it. */
void nvme_qpair_flush(struct nvme_qpair *q);

/*
 * Polls (loop thread): reaps the completions the device posted (their
 * callbacks run here) and rings pending doorbells. Returns how many were
 * reaped. For callers that poll rather than run the loop (benchmarks).
 */
unsigned nvme_qpair_poll(struct nvme_qpair *q);

/* Commands submitted and not completed. */
uint32_t nvme_qpair_outstanding(const struct nvme_qpair *q);

/* The queue pair's queue id. */
uint16_t nvme_qpair_qid(const struct nvme_qpair *q);

/*
 * Keep-alive (loop thread): the command id io went to the device with, for
 * a save that carries it (nvme_ctrlr_keep_save records it as in flight).
 * 0, or -EBUSY when io waits for a slot or a bounce buffer (not on the
 * device), -ENOENT when it is not this queue pair's.
 */
int nvme_io_cid(const struct nvme_qpair *q, const struct nvme_io *io, uint16_t *cid);

/*
 * Keep-alive, in the binary after (loop thread): io takes over the command
 * `cid` the binary before left in flight on adopted queue pair q (its
 * NVME_CMD record), so the completion goes to io->cb exactly once, as for
 * io submitted here (io->sg must describe the same data: a bounced read is
 * copied out to it). Returns 0 (io completes later), 1 (the command
 * completed since the adoption: *status is what its callback would have
 * got, io->result the device's answer; nothing will call io->cb) or
 * -ENOENT (no such carried command, or one claimed already). check_only:
 * only whether it could be claimed (0 or -ENOENT); nothing changes.
 */
int nvme_qpair_claim_carried(struct nvme_qpair *q, uint16_t cid, struct nvme_io *io,
			     bool check_only, int *status);

/* Counters of one queue pair (loop thread). */
struct nvme_qpair_stats {
	uint64_t submitted, completed;
	uint64_t sq_doorbells, cq_doorbells; /* register writes */
	uint64_t interrupts;                 /* eventfd wakeups that found work */
	uint64_t polls;                      /* polls that found completions */
	uint64_t bounced;                    /* commands whose data went through our buffers */
	uint64_t sgl, prp;                   /* commands by data pointer kind */
};
void nvme_qpair_get_stats(const struct nvme_qpair *q, struct nvme_qpair_stats *out);

#endif
