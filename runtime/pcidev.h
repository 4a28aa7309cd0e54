/*
 * An emulated PCI function, as a bus sees it.
 *
 * Our device emulators (devices/nvme, devices/mana_emu) implement
 * struct pcidev. Two buses place them:
 *
 *   - the `emu` backend of the driver-side PCI interface (drivers/pci.h,
 *     drivers/pci/pci_emu.c): our own user-mode drivers drive the emulator
 *     in the same process, as they would drive hardware through VFIO;
 *   - the kvm partition's PCI bus (runtime/kvm/): the guest's own drivers
 *     (Linux nvme.ko, mana.ko) drive it through configuration space and BAR
 *     MMIO exits.
 *
 * The bus owns configuration space and the MSI-X table and PBA: an emulator
 * only declares its identity, BAR sizes and where its MSI-X structures live,
 * and raises vectors with host->ops->msix_notify(). It never sees a table
 * write, a mask bit or an MSI address. Everything a bus hands the emulator
 * came from the driver or the guest, which are hostile: offsets and lengths
 * are checked by the bus before mmio_read/mmio_write are called (inside the
 * BAR, len 1/2/4/8, naturally aligned), and every DMA address the emulator
 * uses is checked by the host's dma_* ops.
 *
 * Threading: mmio_read/mmio_write may be called from any thread, several at
 * once (one per vCPU on the kvm bus; the driver's threads on the emu bus);
 * the emulator does its own locking and runs its queues on a thread of its
 * own (an rt_worker), kicked by doorbell writes. host->ops are callable from
 * any thread.
 */
#ifndef RT_PCIDEV_H
#define RT_PCIDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

struct pcidev;
struct pcidev_host;

/* What the bus gives an emulator: DMA and interrupts. */
struct pcidev_host_ops {
	/*
	 * Copies len bytes at device (bus) address addr into dst, or from src.
	 * Returns 0, or -EFAULT when any byte of [addr, addr + len) is not
	 * mapped for the device (an IOMMU fault; on the kvm bus: outside guest
	 * RAM). Never partially succeeds.
	 */
	int (*dma_read)(struct pcidev_host *h, uint64_t addr, void *dst, size_t len);
	int (*dma_write)(struct pcidev_host *h, uint64_t addr, const void *src, size_t len);
	/*
	 * Zero-copy: fills iov with host-virtual segments covering
	 * [addr, addr + len). Returns the number of entries, -EFAULT (unmapped)
	 * or -E2BIG (more than iov_max needed). The memory may change under
	 * the device at any time (the driver or the guest owns it).
	 */
	int (*dma_iov)(struct pcidev_host *h, uint64_t addr, size_t len, struct iovec *iov,
		       int iov_max);
	/*
	 * Raises MSI-X vector `vector`. The bus applies the table's mask bits
	 * (a masked vector becomes pending in the PBA and fires on unmask) and
	 * ignores vectors past the declared count. Any thread.
	 */
	void (*msix_notify)(struct pcidev_host *h, uint32_t vector);
};

struct pcidev_host {
	const struct pcidev_host_ops *ops;
};

/* BAR flags (struct pcidev_bar.flags). */
#define PCIDEV_BAR_MEM64 0x1u    /* 64-bit memory BAR (takes this slot and the next) */
#define PCIDEV_BAR_PREFETCH 0x2u /* prefetchable */

/* A memory BAR; size 0 = not implemented. Sizes are powers of two >= 4 KiB. */
struct pcidev_bar {
	uint64_t size;
	uint32_t flags;
};

/* Identity as configuration space shows it. */
struct pcidev_id {
	uint16_t vendor, device;
	uint16_t subsys_vendor, subsys;
	uint32_t class_code; /* base class << 16 | subclass << 8 | prog-if */
	uint8_t revision;
};

/* Where the MSI-X table and PBA live (the bus emulates both). */
struct pcidev_msix {
	uint16_t vectors; /* 0 = no MSI-X */
	uint8_t table_bar, pba_bar;
	uint32_t table_off, pba_off; /* 8-byte aligned */
};

struct pcidev_ops {
	/*
	 * BAR access by the driver or the guest: `off` + `len` inside BAR
	 * `bar`, len 1, 2, 4 or 8 and naturally aligned (the bus checks this
	 * and never forwards MSI-X table/PBA accesses). Reads of registers the
	 * device does not implement return zeros, writes to them are ignored,
	 * as hardware does.
	 */
	void (*mmio_read)(struct pcidev *d, unsigned bar, uint64_t off, void *data, unsigned len);
	void (*mmio_write)(struct pcidev *d, unsigned bar, uint64_t off, const void *data,
			   unsigned len);
	/*
	 * Bus mastering turned on or off in the command register (off: the
	 * device must stop DMA; the bus refuses DMA while it is off anyway).
	 * Optional.
	 */
	void (*bus_master)(struct pcidev *d, bool on);
	/* Function level reset: back to power-on state, no DMA outstanding. */
	void (*reset)(struct pcidev *d);
	/* Stops the device's threads and frees it. No access is in flight. */
	void (*destroy)(struct pcidev *d);
};

struct pcidev {
	const struct pcidev_ops *ops;
	const char *name; /* for logs: "nvme0", "mana0" */
	struct pcidev_id id;
	struct pcidev_bar bar[6];
	struct pcidev_msix msix;
	/* Set by the bus before the first access; the emulator only calls it. */
	struct pcidev_host *host;
};

static inline int pcidev_dma_read(struct pcidev *d, uint64_t addr, void *dst, size_t len)
{
	return d->host->ops->dma_read(d->host, addr, dst, len);
}

static inline int pcidev_dma_write(struct pcidev *d, uint64_t addr, const void *src, size_t len)
{
	return d->host->ops->dma_write(d->host, addr, src, len);
}

static inline void pcidev_msix_notify(struct pcidev *d, uint32_t vector)
{
	d->host->ops->msix_notify(d->host, vector);
}

#endif
