/*
 * disk_nvme: the disk interface (devices/disk/disk.h) on the NVMe driver, so
 * a VSP serves a LUN from an NVMe namespace. It is glue: it sees the disk
 * interface (devices/) and the driver (drivers/), which otherwise do not
 * know each other (docs/architecture.md).
 *
 * A LUN in the paravisor config:
 *
 *   - lun: 0
 *     backend: nvme
 *     nvme:
 *       vfio: 0000:00:04.0         # a function bound to vfio-pci, or
 *       emulated:                  # our emulator (devices/nvme) in this process
 *         path: disk.img           #   a file (io_uring), or memory: 64M, or null: 1G
 *         block_size: 512          #   512 or 4096
 *         mdts: 7                  #   max transfer 2^mdts pages
 *         sgl: true                #   offer SGLs
 *         faults:                  #   rules (devices/nvme/README.md)
 *           - {queue: io, opcode: read, action: status, status: 0x281, count: 1}
 *         process: false           #   true: the emulator runs in a device process of
 *                                  #   its own (tools/pvdev beside the paravisor, the
 *                                  #   sock PCI backend); it outlives a live update's
 *                                  #   exec, so the controller is kept alive
 *       nsid: 1                    # the namespace (default 1)
 *       bounce: false              # copy all data through driver buffers (guest
 *                                  #   memory not visible to the device)
 *       queues: 4                  # I/O queue pairs to ask for
 *       depth: 256                 # entries per I/O queue
 *       io_timeout_ms: 30000       # then Abort, then a controller reset
 *       abort_timeout_ms: 5000     # how long an aborted command may stay before the reset
 *       poll_us: 0                 # keep polling this long after a completion
 *       keep_alive: true           # live updates leave a VFIO controller (or an emulated
 *                                  #   one with process: true) running, its queues and
 *                                  #   commands carried over (false: the new binary resets
 *                                  #   and initialises it; an emulated controller in this
 *                                  #   process: always so)
 *       trace: nvme.pcapng         # record every SQE and CQE (pvtrace protos NVME, NVM)
 *
 * Mapping (SCSI through the disk interface to NVMe): READ/WRITE (FUA) ->
 * Read/Write (FUA), split at the controller's MDTS; SYNCHRONIZE CACHE ->
 * Flush; UNMAP and WRITE SAME(UNMAP) -> Dataset Management (deallocate)
 * when deallocated blocks read as zeros (Identify Namespace DLFEAT), else
 * Write Zeroes with DEAC; capacity and block size from Identify Namespace,
 * and a namespace change becomes a capacity change (a SCSI unit attention).
 * Guest memory is mapped into the device once at IOVA = GPA, so PRPs point
 * at guest pages (no copy), unless `bounce`. NVMe status becomes SCSI sense
 * through one table (disk_nvme.c), after the NVM Express SCSI Translation
 * Reference.
 */
#ifndef PV_DRIVERS_DISK_NVME_H
#define PV_DRIVERS_DISK_NVME_H

#include "devices/disk/disk.h"

extern const struct disk_backend disk_nvme_backend;

/* Counters of an NVMe disk (tests, benchmarks); -EINVAL if d is not one. */
struct disk_nvme_stats {
	uint64_t requests, commands; /* disk requests, NVMe commands they became */
	uint64_t errors;             /* requests failed */
	uint64_t capacity_changes;
	uint64_t sq_doorbells, cq_doorbells, interrupts, polls, bounced;
	uint64_t carried; /* requests taken over in flight from the binary before (disk_adopt) */
	uint64_t carried_early; /* ... commands of theirs the device completed before that */
};
int disk_nvme_stats(const struct disk *d, struct disk_nvme_stats *out);

/* The emulated controller behind d (tests: faults, namespace resize), or NULL. */
struct pcidev *disk_nvme_emulator(const struct disk *d);

/*
 * Tests of keep-alive in one process (the emulator cannot cross an exec):
 * keep_emulated lets d's emulated controller be saved for keep-alive;
 * abandon drops d as an exec would (nothing written to the device, no
 * callback run, requests in flight left on it) and returns its PCI
 * function, whose emulator runs on; open_kept is the backend's open with
 * env->restore on that function instead of a VFIO one.
 */
struct pci_dev;
void disk_nvme_keep_emulated(struct disk *d);
struct pci_dev *disk_nvme_abandon(struct disk *d);
/* d's function (opened by d: NULL for one adopted over VFIO); tests. */
struct pci_dev *disk_nvme_pci(const struct disk *d);
int disk_nvme_open_kept(const void *cfg, const struct disk_backend_env *env, uint32_t flags,
			struct pci_dev *pci, struct disk **out);

#endif
