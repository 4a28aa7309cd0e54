/*
 * An NVMe controller emulator (struct pcidev, runtime/pcidev.h).
 *
 * One PCI function (class 010802, QEMU's ids 1b36:0010 so drivers treat it
 * as the NVMe controller it is) with BAR0 = 16 KiB: the registers of
 * spec/nvme.yaml at 0, doorbells from 0x1000 (CAP.DSTRD = 0), the MSI-X
 * table at 0x2000 and its PBA at 0x3000 (the bus emulates both). One
 * namespace (NSID 1) of 512- or 4096-byte blocks on a struct disk (file on
 * io_uring, memory or null: devices/disk/disk.h).
 *
 * Written to the NVM Express Base 2.0 and NVM Command Set 1.0
 * specifications as Linux's nvme driver and QEMU's hw/nvme model use them:
 * admin commands Identify (CNS 0, 1, 2, 3), Create/Delete I/O SQ and CQ,
 * Get/Set Features, Get Log Page (error, SMART, changed namespaces),
 * Asynchronous Event Request, Abort; NVM commands Read, Write (FUA),
 * Flush, Write Zeroes (DEAC), Dataset Management (deallocate), Verify; data
 * by PRPs (entries and lists) or SGLs (data block, segment, last segment).
 * Where the specification leaves a choice, the emulator does what QEMU 7.2
 * does unless devices/nvme/README.md names the section and says why not.
 *
 * Everything the driver hands it is checked: register values at CC.EN,
 * doorbell writes (queue exists, value below its size: else an
 * Asynchronous Event of type error), every SQE field, PRP/SGL shape, and
 * every DMA (through the bus, which plays the IOMMU). A DMA fault while
 * fetching a command or posting a completion is fatal (CSTS.CFS), as in
 * QEMU; in a data transfer it fails that command (Data Transfer Error).
 *
 * Threading: the controller runs on its own worker thread ("<name>"),
 * which owns the queues, the namespace's disk and every request. Register
 * and doorbell accesses (mmio_*) come from any thread: registers are under
 * a lock, doorbells are atomics, and both kick the worker. The functions
 * below are callable from any thread.
 */
#ifndef PV_DEVICES_NVME_EMU_H
#define PV_DEVICES_NVME_EMU_H

#include <stdbool.h>
#include <stdint.h>

struct pcidev;
struct rt_cfg;
struct rt_cfg_node;
struct rt_log;

/* Which queues a fault rule watches. */
enum nvme_emu_fault_queue {
	NVME_EMU_FQ_ANY = 0,
	NVME_EMU_FQ_ADMIN,
	NVME_EMU_FQ_IO,
};

/* What a fault rule does to a matching command. */
enum nvme_emu_fault_action {
	NVME_EMU_FAULT_STATUS = 0,  /* complete with `status` instead of executing */
	NVME_EMU_FAULT_DELAY,       /* execute, post the completion delay_ms later */
	NVME_EMU_FAULT_DROP,        /* execute, never post the completion (lost) */
	NVME_EMU_FAULT_FATAL,       /* set CSTS.CFS and stop processing */
	NVME_EMU_FAULT_WRONG_PHASE, /* post the CQE with the previous pass's phase tag */
	NVME_EMU_FAULT_BAD_CID,     /* post the CQE with a CID nobody submitted */
	NVME_EMU_FAULT_DUP_CID,     /* post the CQE twice */
	NVME_EMU_FAULT_CROSS_QUEUE, /* post an extra CQE naming SQ 0 on this I/O CQ first */
	NVME_EMU_FAULT_COUNT,
};

/*
 * A fault rule. Commands are matched in submission order; the first `skip`
 * matches pass, then the next `count` (0: all) fire. A command matches when
 * its queue kind and opcode (-1: any) agree and, for I/O, nsid is not
 * checked.
 */
struct nvme_emu_fault {
	uint8_t queue;     /* enum nvme_emu_fault_queue */
	int16_t opcode;    /* -1: any */
	uint8_t action;    /* enum nvme_emu_fault_action */
	uint16_t status;   /* STATUS: sct << 8 | sc */
	bool dnr;          /* STATUS: set Do Not Retry */
	uint32_t skip;     /* matches let through before firing */
	uint32_t count;    /* firings; 0 = every match after skip */
	uint32_t delay_ms; /* DELAY */
};

#define NVME_EMU_MAX_FAULTS 16 /* not protocol: fault rules per controller */

struct nvme_emu_opts {
	const char *name;        /* log prefix and worker thread name; default "nvme-emu" */
	struct rt_log *log;      /* required */
	const char *backend;     /* namespace medium: "file", "memory" or "null" (disk_open) */
	const char *arg;         /* its path or size */
	uint32_t disk_flags;     /* DISK_OPEN_* (4K blocks, read-only, no O_DIRECT) */
	uint64_t ns_blocks;      /* namespace size in blocks (<= the medium); 0 = all of it */
	uint16_t max_ioqpairs;   /* I/O queue pairs offered (Number of Queues); default 64 */
	uint16_t mqes;           /* entries per queue at most (CAP.MQES + 1); default 2048 */
	uint8_t mdts;            /* max transfer 2^mdts pages; default 7 (512 KiB) */
	uint8_t to;              /* CAP.TO in 500 ms units; default 15 */
	uint32_t ready_delay_ms; /* CC.EN=1 -> CSTS.RDY=1 after this long (tests) */
	bool sgl;                /* offer SGLs (Identify SGLS); default on */
	bool poll;               /* the worker polls doorbells instead of being kicked (bench) */
	const char *serial;      /* Identify SN; default "PV-NVME-EMU" */
	const struct nvme_emu_fault *faults;
	unsigned nfaults;
};

/*
 * Creates the controller (powered on, CC.EN = 0) and its worker; opens the
 * namespace's medium there. Hand it to a bus (pci_emu_open) before any
 * access. Returns 0 or a negative errno (disk_open's, -EINVAL for bad
 * options).
 */
int nvme_emu_create(const struct nvme_emu_opts *o, struct pcidev **out);

/* Adds a fault rule (-ENOSPC past NVME_EMU_MAX_FAULTS, -EINVAL). Any thread. */
int nvme_emu_fault_add(struct pcidev *d, const struct nvme_emu_fault *f);
/* Removes every rule. */
void nvme_emu_fault_clear(struct pcidev *d);

/*
 * Changes the namespace's size (blocks, at most the medium's) as a
 * namespace management action would: Identify Namespace reports it, NSID 1
 * enters the Changed Namespace List log and, when the host enabled
 * namespace attribute notices (Set Features 0Bh bit 8), an Asynchronous
 * Event Request completes with type NOTICE / NS_ATTRIBUTE_CHANGED.
 * Returns 0 or -EINVAL.
 */
int nvme_emu_ns_resize(struct pcidev *d, uint64_t blocks);

/* Counters (any thread). */
struct nvme_emu_stats {
	uint64_t commands;       /* SQEs fetched */
	uint64_t admin_commands; /* of them, from the admin SQ */
	uint64_t completions;    /* CQEs posted */
	uint64_t errors;         /* completions with a status other than success */
	uint64_t irqs;           /* MSI-X vectors raised */
	uint64_t doorbells;      /* doorbell writes accepted */
	uint64_t bad_doorbells;  /* doorbell writes refused (queue absent, value out of range) */
	uint64_t faults_fired;   /* fault rules applied */
	uint64_t resets;         /* controller resets (CC.EN 1 -> 0, function level reset) */
	uint64_t enables;        /* CC.EN 0 -> 1 accepted (the admin queue set up) */
	uint64_t dma_errors;     /* data transfers that hit an unmapped address */
	uint64_t bytes_read, bytes_written;
	uint64_t ns_blocks; /* the namespace's size now (nvme_emu_ns_resize changes it) */
};
int nvme_emu_get_stats(struct pcidev *d, struct nvme_emu_stats *out);

/*
 * Parses one fault rule from the paravisor config (a mapping: queue:
 * admin|io|any, opcode: NAME or number (read, write, flush, identify ...),
 * action: status|delay|drop|fatal|wrong_phase|bad_cid|dup_cid|cross_queue,
 * status: N (sct << 8 | sc), dnr: bool, skip: N, count: N, delay_ms: N).
 * Returns 0 or -EINVAL with cfg->err set.
 */
int nvme_emu_fault_from_cfg(struct rt_cfg *cfg, const struct rt_cfg_node *n,
			    struct nvme_emu_fault *out);

/* Name of a fault action ("status", "delay" ...), "?" when unknown. */
const char *nvme_emu_fault_action_name(unsigned a);

#endif
