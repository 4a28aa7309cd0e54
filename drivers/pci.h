/*
 * The PCI device + DMA interface: how a user-mode driver (drivers/nvme,
 * drivers/mana) reaches a PCI function.
 *
 * Backends:
 *   - vfio (drivers/pci/pci_vfio.c): a real function bound to vfio-pci,
 *     behind an IOMMU: BARs mmapped, MSI-X vectors as eventfds
 *     (VFIO_DEVICE_SET_IRQS), DMA mappings in the container
 *     (VFIO_IOMMU_MAP_DMA);
 *   - emu (drivers/pci/pci_emu.c): an emulator from devices/ (struct
 *     pcidev, runtime/pcidev.h) in the same process, running its queues on
 *     its own thread; the backend keeps the IOMMU's role (a table of DMA
 *     mappings, every device access checked against it) and delivers
 *     vectors to the eventfds;
 *   - sock (drivers/pci/pci_sock.c): a function emulated in a process of its
 *     own (tools/pvdev hosts devices/nvme there on the emu backend), reached
 *     over an AF_UNIX SOCK_SEQPACKET socket (spec/pcisock.yaml): BAR access
 *     as messages, DMA memory as memfds passed with SCM_RIGHTS (so only
 *     memory a descriptor backs can be mapped: dma_map_fd), vectors as
 *     eventfds passed the same way. The process outlives an exec of the
 *     driver's process that keeps the socket, as a VFIO function outlives
 *     it in the kernel.
 *
 * Device addresses (IOVAs) are the driver's to choose: a driver maps guest
 * RAM at IOVA = GPA (pci_dma_map of the whole guest memory once), so that
 * PRPs and SGEs can point at guest pages with no translation, and its own
 * queues and bounce buffers from a DMA pool (drivers/pci_dma.h) at an IOVA
 * range above guest RAM.
 *
 * The device is hostile in the threat model (a confidential VM's hardware):
 * values read from BARs and from DMA memory are checked by the driver like
 * guest input.
 *
 * Threading: register access and irq_set are safe from any thread (the
 * driver serialises what its device needs serialised); dma_map/dma_unmap
 * and close from one control thread at a time.
 */
#ifndef PV_DRIVERS_PCI_H
#define PV_DRIVERS_PCI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct pci_dev;
struct pcidev;
struct rt_log;

struct pci_dev_ops {
	/*
	 * Register access inside BAR `bar`: `off` naturally aligned, the access
	 * inside the BAR. An access outside the BAR is our bug, not the
	 * device's: it is refused (reads return all ones, as a master abort
	 * does) and logged.
	 */
	uint32_t (*read32)(struct pci_dev *d, unsigned bar, uint64_t off);
	void (*write32)(struct pci_dev *d, unsigned bar, uint64_t off, uint32_t v);
	uint64_t (*read64)(struct pci_dev *d, unsigned bar, uint64_t off);
	void (*write64)(struct pci_dev *d, unsigned bar, uint64_t off, uint64_t v);
	/*
	 * Routes MSI-X vector `vector` to eventfd `efd` (efd < 0: disconnect).
	 * The eventfd is signalled once per interrupt. Returns 0, -EINVAL
	 * (vector past pci_dev.msix_vectors) or a negative errno.
	 */
	int (*irq_set)(struct pci_dev *d, uint32_t vector, int efd);
	/*
	 * Makes [va, va + len) visible to the device at [iova, iova + len).
	 * va, iova and len 4 KiB aligned; ranges must not overlap an existing
	 * mapping (-EEXIST). Returns 0 or a negative errno.
	 */
	int (*dma_map)(struct pci_dev *d, void *va, uint64_t iova, uint64_t len);
	/*
	 * The same for memory a descriptor backs: [va, va + len) maps bytes
	 * [fd_off, fd_off + len) of `fd` (a memfd) here. Optional: a backend
	 * that reaches the device through this process's address space (vfio,
	 * emu) leaves it NULL and pci_dma_map_fd() calls dma_map; one whose
	 * device lives in another process (sock) needs the descriptor, and its
	 * dma_map refuses (-EOPNOTSUPP).
	 */
	int (*dma_map_fd)(struct pci_dev *d, int fd, uint64_t fd_off, void *va, uint64_t iova,
			  uint64_t len);
	/* Removes a mapping made with exactly this iova and len. */
	int (*dma_unmap)(struct pci_dev *d, uint64_t iova, uint64_t len);
	/* Bus mastering on/off (command register). */
	int (*bus_master)(struct pci_dev *d, bool on);
	/* Function level reset. Mappings and irq routes survive it. */
	int (*reset)(struct pci_dev *d);
	/* Releases the device (for vfio: closes the fds). */
	void (*close)(struct pci_dev *d);
};

struct pci_dev {
	const struct pci_dev_ops *ops;
	const char *backend; /* "vfio", "emu", "sock" */
	char name[32];       /* BDF for vfio ("0000:00:04.0"), the emulator's name for emu, sock */
	uint16_t vendor, device;
	uint32_t class_code;
	uint64_t bar_size[6]; /* 0 = absent */
	uint32_t msix_vectors;
};

static inline uint32_t pci_read32(struct pci_dev *d, unsigned bar, uint64_t off)
{
	return d->ops->read32(d, bar, off);
}

static inline void pci_write32(struct pci_dev *d, unsigned bar, uint64_t off, uint32_t v)
{
	d->ops->write32(d, bar, off, v);
}

static inline uint64_t pci_read64(struct pci_dev *d, unsigned bar, uint64_t off)
{
	return d->ops->read64(d, bar, off);
}

static inline void pci_write64(struct pci_dev *d, unsigned bar, uint64_t off, uint64_t v)
{
	d->ops->write64(d, bar, off, v);
}

static inline int pci_irq_set(struct pci_dev *d, uint32_t vector, int efd)
{
	return d->ops->irq_set(d, vector, efd);
}

static inline int pci_dma_map(struct pci_dev *d, void *va, uint64_t iova, uint64_t len)
{
	return d->ops->dma_map(d, va, iova, len);
}

static inline int pci_dma_map_fd(struct pci_dev *d, int fd, uint64_t fd_off, void *va,
				 uint64_t iova, uint64_t len)
{
	if (d->ops->dma_map_fd)
		return d->ops->dma_map_fd(d, fd, fd_off, va, iova, len);
	return d->ops->dma_map(d, va, iova, len);
}

static inline int pci_dma_unmap(struct pci_dev *d, uint64_t iova, uint64_t len)
{
	return d->ops->dma_unmap(d, iova, len);
}

static inline int pci_bus_master(struct pci_dev *d, bool on)
{
	return d->ops->bus_master(d, on);
}

static inline int pci_reset(struct pci_dev *d)
{
	return d->ops->reset(d);
}

static inline void pci_close(struct pci_dev *d)
{
	if (d)
		d->ops->close(d);
}

/*
 * The emu backend: wraps an emulator (its ops, identity and BARs already
 * set). The pci_dev owns the emulator from here on and destroys it in
 * pci_close(). Returns 0 or a negative errno (the emulator is then still
 * the caller's). `log` receives the backend's lines.
 */
int pci_emu_open(struct pcidev *emu, struct rt_log *log, struct pci_dev **out);

/* Counters of the emu backend (tests): DMA faults refused, vectors raised. */
struct pci_emu_stats {
	uint64_t dma_faults;
	uint64_t irqs;
	uint64_t irqs_dropped; /* raised with no eventfd routed */
};
int pci_emu_stats(const struct pci_dev *d, struct pci_emu_stats *out);

/*
 * The vfio backend: opens the function at `bdf` ("0000:00:04.0"), which
 * must be bound to vfio-pci, through its IOMMU group. Returns 0 or a
 * negative errno (-ENOENT: no such device or not bound to vfio-pci).
 */
int pci_vfio_open(const char *bdf, struct rt_log *log, struct pci_dev **out);

/*
 * Servicing (NVMe keep-alive): the container, group and device descriptors
 * of a vfio pci_dev (fds[0..2]), to keep open across exec. 0, or -EINVAL
 * when d is not a vfio device.
 */
int pci_vfio_fds(const struct pci_dev *d, int fds[3]);

/*
 * Reopens the function `bdf` on descriptors kept across exec (fds as
 * pci_vfio_fds gave them; the pci_dev owns them from here on, also on
 * failure). Nothing is reset or re-enabled: the container keeps its DMA
 * mappings, MSI-X stays enabled (irq_set swaps single vectors' eventfds).
 * Returns 0 or a negative errno (-ENODEV: the descriptor is not that
 * function).
 */
int pci_vfio_adopt(const char *bdf, const int fds[3], struct rt_log *log, struct pci_dev **out);

/*
 * The sock backend (spec/pcisock.yaml).
 *
 * pci_sock_spawn starts `prog` with `args` (NULL-terminated, argv[1..])
 * followed by "--sock 3": the child gets one end of a new socketpair as
 * descriptor 3 and nothing else of ours but stdin/stdout/stderr; it serves
 * the function on it (tools/pvdev). Then as pci_sock_open. The child is
 * ours to reap: pci_close closes the socket (which ends the process) and
 * waits for it, bounded.
 *
 * pci_sock_open says HELLO on `fd` (the pci_dev owns it from here on, also
 * on failure) and takes the function as the device process describes it:
 * nothing is reset, mappings and vectors stay as the process holds them
 * (servicing: the new binary adopts a kept socket this way).
 *
 * Every reply is checked like device input; every wait for one is bounded
 * by `timeout_ms` (0: PCI_SOCK_TIMEOUT_MS): a process that is gone, silent
 * or answers out of turn makes the function gone (-ENODEV from then on,
 * reads all ones), with one error line saying which.
 */
#define PCI_SOCK_TIMEOUT_MS 5000 /* not protocol: a reply's bound by default */

int pci_sock_spawn(const char *prog, const char *const *args, unsigned timeout_ms,
		   struct rt_log *log, struct pci_dev **out);
int pci_sock_open(int fd, unsigned timeout_ms, struct rt_log *log, struct pci_dev **out);

/* The socket (servicing keeps it open across exec), or -EINVAL if d is not sock. */
int pci_sock_fd(const struct pci_dev *d);

/*
 * What exec does to a sock pci_dev (tests of keep-alive in one process):
 * the object goes, the socket stays open and the process runs on; a new
 * pci_sock_open on the socket takes it over.
 */
void pci_sock_forget(struct pci_dev *d);

/* The device process's counters (STATS), and the driver side's own. */
struct pci_sock_stats {
	/* the process's (STATS_REPLY) */
	uint64_t enables, resets, admin_commands, io_commands, completions;
	uint64_t dma_faults, irqs, irqs_dropped, requests, bad_requests;
	uint32_t maps;
	uint32_t pid;
	/* ours */
	uint64_t bad_replies; /* replies refused (each makes the function gone) */
	uint64_t timeouts;    /* waits that reached the bound */
};
int pci_sock_stats(struct pci_dev *d, struct pci_sock_stats *out);

#endif
