/*
 * MSI-X of one function on the kvm partition's PCI bus: the table the guest
 * programs, the pending-bit array, the enable and function-mask bits of the
 * capability's message control, and delivery.
 *
 * The table is kept as the guest wrote it (PCI Local Bus 3.0, 6.8.2: 16-byte
 * entries {address lo, address hi, data, vector control}), with the bits a
 * guest cannot set forced: address bits 1:0 and vector control bits 31:1
 * read 0. A vector the device raises while it or the function is masked
 * sets its pending bit; clearing the mask delivers it once and clears the
 * bit (QEMU hw/pci/msix.c behaves the same). With MSI-X disabled, or bus
 * mastering off, a raised vector is dropped: the function has no INTx pin
 * to fall back to, and an MSI is a memory write a function without bus
 * mastering may not issue.
 *
 * Hostile input: offsets and lengths come from the guest's MMIO exits and
 * are checked here (inside the table or PBA, 1/2/4/8 bytes, naturally
 * aligned); vector numbers come from the device and are checked too.
 *
 * Threading: every function takes the object's mutex; deliver() is called
 * with it held (it must not call back into this object).
 */
#ifndef RT_KVM_MSIX_H
#define RT_KVM_MSIX_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

/* Sends one MSI; returns 0 or a negative errno (counted, not retried). */
typedef int (*kvm_msix_deliver_fn)(void *ctx, uint64_t addr, uint32_t data);

struct kvm_msix_stats {
	uint64_t delivered;      /* MSIs sent */
	uint64_t pended;         /* raised while masked: pending bit set */
	uint64_t dropped;        /* raised with MSI-X disabled or bus mastering off */
	uint64_t bad_vector;     /* device raised a vector past the table */
	uint64_t deliver_errors; /* deliver() refused (bad address, KVM error) */
};

struct kvm_msix {
	pthread_mutex_t lock;
	uint16_t vectors;
	bool enabled, function_mask; /* message control bits 15 and 14 */
	bool master;                 /* bus mastering (command register) */
	uint8_t *table;              /* vectors * 16 bytes, little-endian as the guest sees it */
	uint64_t *pba;               /* one bit per vector */
	kvm_msix_deliver_fn deliver;
	void *ctx;
	struct kvm_msix_stats stats;
};

/* Table bytes and PBA bytes of `vectors` vectors. */
uint32_t kvm_msix_table_len(uint16_t vectors);
uint32_t kvm_msix_pba_len(uint16_t vectors);

/*
 * vectors 1..PCI_MSIX_MAX_VECTORS. The object starts in its reset state:
 * disabled, every vector masked, nothing pending. Returns 0, -EINVAL or
 * -ENOMEM.
 */
int kvm_msix_init(struct kvm_msix *m, uint16_t vectors, kvm_msix_deliver_fn deliver, void *ctx);
void kvm_msix_fini(struct kvm_msix *m);

/* Power-on state (function level reset). */
void kvm_msix_reset(struct kvm_msix *m);

/*
 * Guest access to the table at byte `off` of it; false when the access is
 * malformed (outside, bad length, unaligned): reads then return all ones
 * and writes are dropped, and the caller logs.
 */
bool kvm_msix_table_read(struct kvm_msix *m, uint64_t off, void *data, unsigned len);
bool kvm_msix_table_write(struct kvm_msix *m, uint64_t off, const void *data, unsigned len);
/* Guest read of the PBA at byte `off`; writes to the PBA are ignored (read-only). */
bool kvm_msix_pba_read(struct kvm_msix *m, uint64_t off, void *data, unsigned len);

/* Message control enable/function mask and the command register's bus master bit. */
void kvm_msix_set_control(struct kvm_msix *m, bool enabled, bool function_mask);
void kvm_msix_set_master(struct kvm_msix *m, bool master);

/* The device raises `vector` (any thread). */
void kvm_msix_notify(struct kvm_msix *m, uint32_t vector);

void kvm_msix_get_stats(struct kvm_msix *m, struct kvm_msix_stats *out);

#endif
