/*
 * Configuration space of one function on the kvm partition's PCI bus
 * (header type 0), built from the emulator's declaration (struct pcidev:
 * identity, memory BARs, where its MSI-X structures live).
 *
 * Configuration space is kept as an image of the 256 bytes the guest reads
 * plus a mask of the bits it may write, as hardware does: a BAR's address
 * bits below its size are not writable, so writing all ones and reading back
 * sizes it (PCI Local Bus 3.0, 6.2.5.1); the command register takes only the
 * bits we implement; the MSI-X capability takes only its enable and
 * function-mask bits. Everything else reads as the declaration says and
 * ignores writes. The guest's writes are therefore state, not commands: the
 * image and the MSI-X table are all a save would record (servicing).
 *
 * Offsets, bits and capability layouts come from spec/pci.yaml.
 *
 * Threading: the bus serialises configuration accesses against BAR decode
 * (kvm_pci.c's rwlock); the MSI-X object has its own lock for the device's
 * threads.
 */
#ifndef RT_KVM_PCI_FN_H
#define RT_KVM_PCI_FN_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/kvm/kvm_msix.h"
#include "runtime/pcidev.h"

#define KVM_PCI_CFG_SIZE 256

/* Where a BAR decodes now (memory decode on and an address programmed). */
struct kvm_pci_decode {
	uint64_t base, size;
	bool on;
};

struct kvm_pci_fn {
	struct pcidev *dev;                 /* NULL for the host bridge (no BARs, no device) */
	struct pcidev_host host;            /* what dev->host points at (kvm_pci.c fills its ops) */
	uint8_t devfn;                      /* device << 3 | function */
	uint8_t cfg[KVM_PCI_CFG_SIZE];      /* what the guest reads */
	uint8_t wmask[KVM_PCI_CFG_SIZE];    /* bits the guest may write */
	uint8_t power_on[KVM_PCI_CFG_SIZE]; /* image at reset, BARs placed by "firmware" */
	uint64_t bar_size[6]; /* per slot; 0 = none (also the upper half of a 64-bit BAR) */
	bool bar64[6];        /* slot holds the low half of a 64-bit BAR */
	struct kvm_pci_decode decode[6];
	uint8_t msix_cap; /* offset of the MSI-X capability, 0 = none */
	struct kvm_msix msix;
	atomic_bool master; /* command register bus master bit, read by DMA */
};

/*
 * Checks an emulator's declaration: BAR sizes powers of two from 4 KiB (at
 * most 2 GiB for a 32-bit BAR, 64 GiB for a 64-bit one), a 64-bit BAR not in
 * slot 5 and followed by an empty slot, the MSI-X table and PBA 8-byte
 * aligned, inside implemented BARs and not overlapping. Returns 0 or
 * -EINVAL with the reason in why.
 */
int kvm_pci_fn_check_decl(const struct pcidev *d, char *why, size_t why_len);

/*
 * Builds the function: identity and BAR flags from `d` (NULL: a host
 * bridge with identity `id`), MSI-X delivered through deliver(ctx, ...).
 * The function starts at power-on (kvm_pci_fn_reset), BARs at 0 until
 * kvm_pci_fn_set_bar_reset() places them. Returns 0, -EINVAL or -ENOMEM.
 */
int kvm_pci_fn_init(struct kvm_pci_fn *fn, uint8_t devfn, struct pcidev *d,
		    const struct pcidev_id *id, kvm_msix_deliver_fn deliver, void *ctx);
void kvm_pci_fn_fini(struct kvm_pci_fn *fn);

/* The address BAR `bar` has at power-on (what firmware assigned). */
void kvm_pci_fn_set_bar_reset(struct kvm_pci_fn *fn, unsigned bar, uint64_t addr);

/* Power-on state: image, decode, MSI-X, bus mastering off. Does not reset the device. */
void kvm_pci_fn_reset(struct kvm_pci_fn *fn);

/*
 * Guest configuration access of len 1, 2 or 4 bytes at `off`, inside one
 * dword. A malformed access reads all ones / is dropped and returns false.
 */
bool kvm_pci_fn_cfg_read(struct kvm_pci_fn *fn, unsigned off, unsigned len, uint32_t *val);
/*
 * As above for a write. Applies the side effects: BAR decode, bus mastering
 * (the device's bus_master op is called), MSI-X enable and function mask.
 */
bool kvm_pci_fn_cfg_write(struct kvm_pci_fn *fn, unsigned off, unsigned len, uint32_t val);

/*
 * The BAR that decodes `gpa` now; stores the BAR index and the offset in it.
 */
bool kvm_pci_fn_decode(const struct kvm_pci_fn *fn, uint64_t gpa, unsigned *bar, uint64_t *off);

/*
 * A guest access of `len` bytes at `off` of BAR `bar` (as found by
 * kvm_pci_fn_decode): checked (1/2/4/8 bytes, naturally aligned, inside
 * the BAR), then the MSI-X table, the PBA, or the device. False when
 * malformed (reads return all ones, writes are dropped).
 */
bool kvm_pci_fn_mmio(struct kvm_pci_fn *fn, unsigned bar, uint64_t off, void *data, unsigned len,
		     bool is_write);

#endif
