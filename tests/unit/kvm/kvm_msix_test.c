/*
 * MSI-X table, PBA and delivery (runtime/kvm/kvm_msix.c): what the guest
 * may write, masking and pending bits, enable and function mask, bus
 * mastering, malformed accesses and vectors.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "pci_wire.h"
#include "runtime/kvm/kvm_msix.h"
#include "tests/unit/pv_check.h"

#define ADDR_LO offsetof(struct pci_wire_msix_entry, addr_lo)
#define DATA offsetof(struct pci_wire_msix_entry, data)
#define CTRL offsetof(struct pci_wire_msix_entry, vector_ctrl)

struct sent {
	unsigned n;
	uint64_t addr[16];
	uint32_t data[16];
	int rc; /* what deliver returns */
};

static int deliver(void *ctx, uint64_t addr, uint32_t data)
{
	struct sent *s = ctx;

	if (s->n < 16) {
		s->addr[s->n] = addr;
		s->data[s->n] = data;
	}
	s->n++;
	return s->rc;
}

static void w32(struct kvm_msix *m, uint32_t vector, unsigned field, uint32_t v)
{
	ck_assert(kvm_msix_table_write(m, (uint64_t)vector * PCI_MSIX_ENTRY_SIZE + field, &v, 4));
}

static uint32_t r32(struct kvm_msix *m, uint32_t vector, unsigned field)
{
	uint32_t v;

	ck_assert(kvm_msix_table_read(m, (uint64_t)vector * PCI_MSIX_ENTRY_SIZE + field, &v, 4));
	return v;
}

static uint64_t pba(struct kvm_msix *m, unsigned word)
{
	uint64_t v;

	ck_assert(kvm_msix_pba_read(m, word * 8ull, &v, 8));
	return v;
}

/* Programs vector v as Linux does: address and data while masked, then unmask. */
static void program(struct kvm_msix *m, uint32_t v, uint32_t addr, uint32_t data, bool unmask)
{
	w32(m, v, ADDR_LO, addr);
	w32(m, v, ADDR_LO + 4, 0);
	w32(m, v, DATA, data);
	if (unmask)
		w32(m, v, CTRL, 0);
}

START_TEST(test_reset_state_and_masks)
{
	struct sent s = {0};
	struct kvm_msix m;

	ck_assert_int_eq(kvm_msix_init(&m, 3, deliver, &s), 0);
	ck_assert_uint_eq(kvm_msix_table_len(3), 48);
	ck_assert_uint_eq(kvm_msix_pba_len(3), 8);
	ck_assert_uint_eq(kvm_msix_pba_len(65), 16);
	/* Every vector masked at reset (PCI 3.0 6.8.2.9). */
	for (uint32_t v = 0; v < 3; v++)
		ck_assert_uint_eq(r32(&m, v, CTRL), 1);
	/* Address bits 1:0 and vector control bits 31:1 are not writable. */
	w32(&m, 1, ADDR_LO, 0xfee00003);
	ck_assert_uint_eq(r32(&m, 1, ADDR_LO), 0xfee00000);
	w32(&m, 1, CTRL, 0xfffffffe);
	ck_assert_uint_eq(r32(&m, 1, CTRL), 0);
	w32(&m, 1, DATA, 0xdeadbeef);
	ck_assert_uint_eq(r32(&m, 1, DATA), 0xdeadbeef);
	kvm_msix_reset(&m);
	ck_assert_uint_eq(r32(&m, 1, CTRL), 1);
	ck_assert_uint_eq(r32(&m, 1, DATA), 0);
	ck_assert_uint_eq(s.n, 0);
	kvm_msix_fini(&m);
}
END_TEST

START_TEST(test_deliver_mask_pending)
{
	struct sent s = {0};
	struct kvm_msix m;
	struct kvm_msix_stats st;

	ck_assert_int_eq(kvm_msix_init(&m, 4, deliver, &s), 0);
	/* Disabled, or no bus mastering: dropped, not pended. */
	kvm_msix_notify(&m, 0);
	kvm_msix_set_master(&m, true);
	kvm_msix_notify(&m, 0);
	ck_assert_uint_eq(s.n, 0);
	ck_assert_uint_eq(pba(&m, 0), 0);
	kvm_msix_set_control(&m, true, false);
	/* Enabled but the entry is masked: pending. */
	program(&m, 2, 0xfee01000, 0x4041, false);
	kvm_msix_notify(&m, 2);
	ck_assert_uint_eq(s.n, 0);
	ck_assert_uint_eq(pba(&m, 0), 1u << 2);
	/* Unmasking delivers it once and clears the bit. */
	w32(&m, 2, CTRL, 0);
	ck_assert_uint_eq(s.n, 1);
	ck_assert_uint_eq(s.addr[0], 0xfee01000);
	ck_assert_uint_eq(s.data[0], 0x4041);
	ck_assert_uint_eq(pba(&m, 0), 0);
	/* Unmasked: straight through. */
	kvm_msix_notify(&m, 2);
	ck_assert_uint_eq(s.n, 2);
	/* Function mask pends every vector; clearing it flushes them. */
	program(&m, 0, 0xfee00000, 0x30, true);
	kvm_msix_set_control(&m, true, true);
	kvm_msix_notify(&m, 0);
	kvm_msix_notify(&m, 2);
	kvm_msix_notify(&m, 2); /* one pending bit, one delivery */
	ck_assert_uint_eq(s.n, 2);
	ck_assert_uint_eq(pba(&m, 0), 0x5);
	kvm_msix_set_control(&m, true, false);
	ck_assert_uint_eq(s.n, 4);
	ck_assert_uint_eq(pba(&m, 0), 0);
	/* Vectors past the table are the device's mistake. */
	kvm_msix_notify(&m, 4);
	kvm_msix_notify(&m, UINT32_MAX);
	kvm_msix_get_stats(&m, &st);
	ck_assert_uint_eq(st.bad_vector, 2);
	ck_assert_uint_eq(st.delivered, 4);
	ck_assert_uint_eq(st.pended, 4);
	ck_assert_uint_eq(st.dropped, 2);
	/* A refused delivery is counted, not retried. */
	s.rc = -22;
	kvm_msix_notify(&m, 0);
	kvm_msix_get_stats(&m, &st);
	ck_assert_uint_eq(st.deliver_errors, 1);
	kvm_msix_fini(&m);
}
END_TEST

START_TEST(test_malformed_accesses)
{
	struct sent s = {0};
	struct kvm_msix m;
	uint64_t v = 0;
	uint8_t b[8];

	ck_assert_int_eq(kvm_msix_init(&m, 2, deliver, &s), 0);
	/* Unaligned, odd sized, past the end: refused, reads all ones. */
	ck_assert(!kvm_msix_table_read(&m, 2, &v, 4));
	ck_assert_uint_eq((uint32_t)v, 0xffffffff);
	ck_assert(!kvm_msix_table_read(&m, 0, b, 3));
	ck_assert(!kvm_msix_table_read(&m, 32, &v, 4));
	ck_assert(!kvm_msix_table_read(&m, 28, &v, 8));
	ck_assert(!kvm_msix_table_read(&m, UINT64_MAX - 3, &v, 4));
	v = 0;
	ck_assert(!kvm_msix_table_write(&m, 30, &v, 4));
	ck_assert(!kvm_msix_table_write(&m, 32, &v, 4));
	ck_assert(!kvm_msix_pba_read(&m, 8, &v, 8));
	ck_assert(!kvm_msix_pba_read(&m, 4, &v, 8));
	/* Aligned 8-byte and byte accesses are fine. */
	v = 0xfee00000ull | 0x12345678ull << 32;
	ck_assert(kvm_msix_table_write(&m, 16, &v, 8));
	ck_assert_uint_eq(r32(&m, 1, ADDR_LO + 4), 0x12345678);
	ck_assert(kvm_msix_table_read(&m, 28, b, 1));
	ck_assert_uint_eq(b[0], 1);
	ck_assert(kvm_msix_table_write(&m, 28, "\0", 1));
	ck_assert_uint_eq(r32(&m, 1, CTRL), 0);
	/* Zero or too many vectors are refused at init. */
	ck_assert_int_eq(kvm_msix_init(&(struct kvm_msix){0}, 0, deliver, &s), -22);
	ck_assert_int_eq(kvm_msix_init(&(struct kvm_msix){0}, 2049, deliver, &s), -22);
	kvm_msix_fini(&m);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_reset_state_and_masks),
					      PV_CASE(test_deliver_mask_pending),
					      PV_CASE(test_malformed_accesses),
					      {0}};

	return pv_check_run("kvm_msix", cases);
}
