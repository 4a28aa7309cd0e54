/*
 * The GDMA/MANA function emulator: a MANA virtual function (PCI 1414:00BA)
 * behind the emulated-function interface (runtime/pcidev.h), so both the
 * `emu` PCI backend (drivers/pci.h, for our own driver) and the kvm
 * partition's PCI bus (for Linux's mana.ko) can host it.
 *
 * It is written to the device's contract as Linux's mana driver (6.1:
 * gdma_main.c, hw_channel.c, shm_channel.c, mana_en.c) expects it, with
 * OpenVMM's emulator (vm/devices/net/gdma) as the reference host:
 *
 *   - BAR0 (8 KiB): the register map at 0 (spec/gdma.yaml regmap), the SMC
 *     aperture at 40, one doorbell page at 4096; MSI-X table and PBA in
 *     BAR4 (the bus emulates them);
 *   - SMC ESTABLISH_HWC / DESTROY_HWC; the HWC init events on the HWC EQ;
 *   - every GDMA and MANA request of spec/mana.yaml, decoded by the
 *     generated codec and dispatched through a table (mana_emu_hwc.c);
 *     requests it does not implement get STATUS_CMD_UNSUPPORTED;
 *   - queues in driver memory read and written by DMA: SQ/RQ WQEs, CQEs and
 *     EQEs with owner counts, arming by CQ/EQ doorbells, MSI-X per EQ;
 *   - vports whose SQs and RQs are bridged to a "wire": a net endpoint of
 *     devices/net (tap, optionally in a network namespace; null; loopback)
 *     on the emulator's own thread. TX checksum/LSO/VLAN requests of the OOB
 *     become the wire's offload requests; received frames are steered by
 *     the vport's RSS table (Toeplitz) to an RQ, checksums reported;
 *   - link up and down (SOC_RECONFIG_DATA events), function level reset;
 *   - fault injection (struct mana_emu_fault).
 *
 * A frame that finds no posted RX WQE stays with the wire (back-pressure,
 * net.h) until the driver posts one; nothing is dropped silently (frames
 * for a vport whose RX is off are counted in rx_dropped).
 *
 * Threading: the emulator runs on its own worker thread ("mana-emu"), which
 * owns every queue and the wires. BAR accesses come from any thread: SMC
 * writes and doorbells are recorded under a lock and kick the worker. The
 * functions below are callable from any thread but the worker's.
 */
#ifndef DEVICES_MANA_EMU_H
#define DEVICES_MANA_EMU_H

#include <stdbool.h>
#include <stdint.h>

struct pcidev;
struct rt_log;
struct rt_trace;

#define MANA_EMU_MAX_VPORTS 4  /* not protocol: vports the emulator offers */
#define MANA_EMU_MAX_QUEUES 16 /* not protocol: per vport, the emulator's limit */

struct mana_emu_vport_opts {
	const char *wire;     /* "tap", "null" or "loopback" (net_endpoint_open) */
	const char *wire_arg; /* its option list, e.g. "name=pvtap0,netns=pvnet" */
	uint8_t mac[6];       /* all zero: derived from the device name */
};

struct mana_emu_opts {
	const char *name; /* for logs and the PCI device name; default "mana0" */
	struct rt_log *log;
	struct rt_trace *trace; /* optional: SMC, WQEs, CQEs, EQEs, doorbells (proto GDMA) */
	uint32_t nvports;       /* 1..MANA_EMU_MAX_VPORTS */
	struct mana_emu_vport_opts vport[MANA_EMU_MAX_VPORTS];
	uint32_t max_queues;   /* SQs and RQs per vport; default 8 */
	uint32_t msix_vectors; /* default 64 (OpenVMM) */
	bool pf;               /* present the PF id 00B9 (default: the VF, 00BA) */
};

/*
 * Builds the emulator and starts its thread; the wires are opened there.
 * Returns 0 and the pcidev (hand it to pci_emu_open() or a PCI bus, which
 * destroys it), or a negative errno (a wire's error, -EINVAL for bad
 * options, -ENOMEM).
 */
int mana_emu_create(const struct mana_emu_opts *o, struct pcidev **out);

/* Faults, each armed for `count` occurrences (0: until cleared). */
enum mana_emu_fault_kind {
	MANA_EMU_FAULT_NONE = 0,
	MANA_EMU_FAULT_HWC_TIMEOUT,   /* no response to request `code` (0: any) */
	MANA_EMU_FAULT_HWC_STATUS,    /* request `code` answered with status `value` */
	MANA_EMU_FAULT_HWC_MSG_ID,    /* response with a wrong hwc_msg_id */
	MANA_EMU_FAULT_HWC_OVERSIZED, /* RQ CQE claims a response longer than its buffer */
	MANA_EMU_FAULT_HWC_SHORT,     /* response shorter than its structure (msg_size too) */
	MANA_EMU_FAULT_SMC_TIMEOUT,   /* the SMC never answers (owner bit stays set) */
	MANA_EMU_FAULT_CQE_MALFORMED, /* a data CQE with an unknown type / client type */
	MANA_EMU_FAULT_CQE_OWNER,     /* a CQE written with a wrong owner count */
	MANA_EMU_FAULT_CQE_UNKNOWN_Q, /* a CQE naming a work queue that does not exist */
	MANA_EMU_FAULT_EQE_MALFORMED, /* a COMPLETION EQE for a CQ that does not exist */
	MANA_EMU_FAULT_EQE_OWNER,     /* an EQE written with a wrong owner count */
	MANA_EMU_FAULT_TX_ERROR,      /* TX completed with CQE type `value` (e.g. TX_MTU_DROP) */
	MANA_EMU_FAULT_KINDS,
};

struct mana_emu_fault {
	enum mana_emu_fault_kind kind;
	uint32_t code;  /* HWC faults: the request code (spec/mana.yaml code), 0 = any */
	uint32_t value; /* HWC_STATUS: the status; TX_ERROR: the CQE type */
	uint32_t count; /* occurrences; 0 = every time until cleared */
};

/* Arms a fault (replacing one of the same kind). 0 or -EINVAL. */
int mana_emu_fault_set(struct pcidev *d, const struct mana_emu_fault *f);
/* Disarms every fault. */
void mana_emu_fault_clear(struct pcidev *d);

/*
 * Parses a fault spec "kind[:code[:value[:count]]]" (kind: hwc_timeout,
 * hwc_status, hwc_msg_id, hwc_oversized, hwc_short, smc_timeout,
 * cqe_malformed, cqe_owner, cqe_unknown_q, eqe_malformed, eqe_owner,
 * tx_error; code: a request name such as CREATE_WQ_OBJ or a number).
 * Returns 0 or -EINVAL.
 */
int mana_emu_fault_parse(const char *s, struct mana_emu_fault *out);

/* Sets vport `v`'s link and sends the SOC_RECONFIG_DATA event. 0 or -EINVAL. */
int mana_emu_set_link(struct pcidev *d, uint32_t v, bool up);

/*
 * Posts a HWC_RESET_REQUEST event on the HWC EQ, as a device that wants its
 * driver to reset it (OpenVMM GDMA_EQE_HWC_RESET_REQUEST).
 */
int mana_emu_request_reset(struct pcidev *d);

struct mana_emu_stats {
	uint64_t requests;   /* HWC requests answered */
	uint64_t req_errors; /* ... with a non-zero status */
	uint64_t req_unsupported;
	uint64_t req_out_of_order; /* refused by the bring-up machine */
	uint64_t bad_wqes;         /* malformed WQEs (skipped) */
	uint64_t bad_doorbells;    /* doorbells for no queue or with bad values */
	uint64_t dma_errors;       /* DMA the IOMMU refused */
	uint64_t cqes, eqes, irqs;
	uint64_t tx_frames, tx_bytes, tx_errors;
	uint64_t rx_frames, rx_bytes;
	uint64_t rx_dropped;      /* no vport/RQ to take it, or RX off */
	uint64_t rx_backpressure; /* times a frame waited for an RX WQE */
	uint64_t smc_ops;
	uint64_t resets;
	uint32_t hwc_up;  /* the HWC is established */
	uint32_t queues;  /* SQ+RQ+CQ+EQ in use */
	uint32_t regions; /* DMA regions not yet consumed */
};
int mana_emu_get_stats(struct pcidev *d, struct mana_emu_stats *out);

/*
 * Handles one HWC request (len bytes) as if the driver had posted it on the
 * HWC SQ, and writes the response (at most cap bytes) to `resp`: the
 * emulator's request decoding without the queues, for unit tests and the
 * fuzzer. Returns the response length, 0 when the device would not answer,
 * or a negative errno.
 */
int mana_emu_hwc_request(struct pcidev *d, const void *req, size_t len, void *resp, size_t cap);

/* The `kind` of fault spec names, for messages ("hwc_timeout"...). */
const char *mana_emu_fault_name(enum mana_emu_fault_kind k);

#endif
