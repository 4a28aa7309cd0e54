/*
 * nvmetool: our NVMe driver on its own, against a controller bound to
 * vfio-pci (QEMU's NVMe in the lab VM, a real device) or our emulator.
 * Shared context of the commands (nt_*.c).
 */
#ifndef PV_NVMETOOL_H
#define PV_NVMETOOL_H

#include <stdbool.h>
#include <stdint.h>

#include "drivers/nvme/nvme.h"
#include "runtime/log.h"

struct ev_loop;
struct pcidev;
struct rt_trace;

#define NT_MEM (16u << 20) /* host memory the device may reach, at IOVA 0 (pinned: small) */

struct nt {
	struct rt_log log;
	struct pcidev *emu; /* the emulator, when not vfio */
	struct nvme_ctrlr *c;
	struct nvme_qpair *q;
	struct ev_loop *loop;
	struct rt_trace *trace;
	uint8_t *mem; /* NT_MEM bytes, IOVA 0 */
	struct nvme_ns_info ns;
	/* options */
	uint64_t ios;
	uint32_t qd, bs, seed, write_pct;
	uint64_t span;
};

/* Runs the loop until *count reaches want; false after `seconds`. */
bool nt_run_until(struct nt *t, const unsigned *count, unsigned want, double seconds);

/* One I/O on [off, off + len) of t->mem; waits for it. Returns its status. */
int nt_io(struct nt *t, uint8_t op, uint32_t flags, uint64_t lba, uint64_t off, uint32_t len,
	  uint32_t nblocks, struct nvme_io_result *res);

/*
 * A raw NVM command (64-byte sqe) on the I/O queue; data at [off, off + len)
 * by the driver's PRPs, or the SQE's own pointers when len is 0. Returns 0
 * with the device's answer in *res (any status), or a negative errno.
 */
int nt_passthru(struct nt *t, const uint8_t *sqe, uint64_t off, uint32_t len,
		struct nvme_io_result *res);

/* The commands. Each prints what it did and returns 0 (pass) or 1. */
int nt_exercise(struct nt *t);
int nt_conformance(struct nt *t);
int nt_bench(struct nt *t);

#endif
