/*
 * The kvm partition's PCI bus: one root bus (bus 0) behind the host bridge
 * the DSDT describes (dsdt.asl: \_SB.PCI0), reached through configuration
 * mechanism #1 (ports 0xCF8/0xCFC, kvm_pio.c). Device 0 is the host bridge;
 * the functions added with kvm_pci_add() are emulators (struct pcidev,
 * runtime/pcidev.h) that the guest's own drivers drive:
 *
 *   - configuration space per function (kvm_pci_fn.c): type 0 header,
 *     memory BARs with sizing, a capability list with MSI-X;
 *   - BAR MMIO: KVM_EXIT_MMIO in the BARs' ranges goes to the device, except
 *     the MSI-X table and PBA, which the bus emulates (kvm_msix.c);
 *   - MSI-X delivery through cfg.signal_msi (the partition: KVM_SIGNAL_MSI);
 *   - DMA (the pcidev host ops): guest physical addresses, checked against
 *     guest RAM (rt_gmem), refused while bus mastering is off.
 *
 * "Firmware" places the BARs at power-on (32-bit BARs in the 32-bit window,
 * 64-bit ones above 4 GiB) with decode off, as a PC BIOS leaves them; the
 * guest may move them within the windows of the root bridge's _CRS.
 *
 * Everything the guest writes (the configuration address, configuration
 * space, BAR addresses, MSI-X entries) is checked; a malformed access reads
 * as all ones or is dropped, is counted and logged with a rate limit.
 *
 * Threading: configuration accesses come from vCPU threads (kvm_pio.c holds
 * pio_lock); MMIO from any vCPU thread; host ops from the devices' threads.
 * A rwlock orders configuration writes (exclusive: they move BARs) against
 * MMIO dispatch (shared). kvm_pci_add/reset/destroy run with the vCPUs
 * stopped.
 */
#ifndef RT_KVM_PCI_H
#define RT_KVM_PCI_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/kvm/kvm_msix.h"

struct kvm_pci;
struct pcidev;
struct rt_gmem;
struct rt_log;

struct kvm_pci_config {
	struct rt_gmem *gmem; /* guest RAM: where DMA goes */
	struct rt_log *log;
	/*
	 * Sends an MSI (an x86 message address 0xFEExxxxx, checked by the bus
	 * before the call, and its data) to the guest. Any thread. Returns 0
	 * or a negative errno.
	 */
	int (*signal_msi)(void *ctx, uint64_t addr, uint32_t data);
	void *ctx;
	/* The root bridge's memory windows [base, end): where firmware places BARs. */
	uint64_t mmio32_base, mmio32_end;
	uint64_t mmio64_base, mmio64_end;
};

/* Bus-wide counters of malformed guest and device accesses. */
struct kvm_pci_stats {
	uint64_t cfg_bad;    /* configuration accesses that are not 1/2/4 bytes in a dword */
	uint64_t mmio_bad;   /* BAR accesses not naturally aligned, past the BAR, or odd sized */
	uint64_t dma_faults; /* device DMA outside guest RAM or without bus mastering */
	uint64_t msi_bad;    /* MSI-X entries with an address that is not 0xFEExxxxx */
};

/*
 * Creates the bus with its host bridge at 00:00.0. Returns 0 or a negative
 * errno (-EINVAL: empty or misordered windows).
 */
int kvm_pci_create(const struct kvm_pci_config *cfg, struct kvm_pci **out);

/* Destroys every added device (pcidev ops->destroy) and the bus. NULL is a no-op. */
void kvm_pci_destroy(struct kvm_pci *bus);

/*
 * Places emulator `dev` as function 0 of device `slot` (1..31), or of the
 * first free slot when slot < 0. Checks the declaration (kvm_pci_fn.h),
 * assigns its BARs in the windows and sets dev->host. On success the bus
 * owns dev (destroyed in kvm_pci_destroy) and *devfn (if non-NULL) holds
 * slot << 3. Returns 0, -EINVAL (bad declaration, with a log line), -EBUSY
 * (slot taken), -ENOSPC (no free slot or window space) or -ENOMEM.
 */
int kvm_pci_add(struct kvm_pci *bus, struct pcidev *dev, int slot, uint8_t *devfn);

/*
 * Power-on state of every function (a VM reset): configuration images, BARs
 * back where firmware put them, MSI-X disabled and masked, and each
 * device's own reset (no DMA or interrupt outstanding when it returns).
 */
void kvm_pci_reset(struct kvm_pci *bus); /* NULL: no-op */

/*
 * A mechanism #1 data-port access: `address` is what the guest last wrote
 * to CONFIG_ADDRESS, `port_off` the data port's offset (0..3), len 1/2/4.
 * Reads of absent functions, disabled or malformed accesses return all
 * ones; writes to them are dropped.
 */
void kvm_pci_conf1_data(struct kvm_pci *bus, uint32_t address, unsigned port_off, bool is_write,
			void *data, unsigned len);

/*
 * A guest physical access that KVM could not satisfy from RAM. Returns true
 * when a BAR decodes gpa (the access was served or refused there), false
 * when no function claims it.
 */
bool kvm_pci_mmio(struct kvm_pci *bus, uint64_t gpa, void *data, unsigned len, bool is_write);

void kvm_pci_get_stats(struct kvm_pci *bus, struct kvm_pci_stats *out);
/* MSI-X counters of the function at devfn; -ENOENT if none or no MSI-X. */
int kvm_pci_msix_stats(struct kvm_pci *bus, uint8_t devfn, struct kvm_msix_stats *out);

#endif
