/*
 * The kvm partition's PCI bus (runtime/kvm/kvm_pci.c) with the PCI test
 * function (devices/pcitest) on it, driven the way Linux drives a bus:
 * enumeration through mechanism #1, BAR sizing, enabling, register access
 * through the BARs, DMA into guest RAM, MSI-X programming and delivery. No
 * /dev/kvm: guest RAM is a memfd and MSIs are recorded.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "devices/pcitest/pcitest.h"
#include "kvm_pci_bus.h"
#include "pcitest_wire.h"
#include "runtime/pcidev.h"
#include "tests/unit/pv_check.h"

#define HDR(f) offsetof(struct pci_wire_type0_header, f)
#define MSIX(f) offsetof(struct pci_wire_msix_cap, f)
#define REG(f) offsetof(struct pcitest_wire_regs, f)
#define RAM (16u << 20)

struct bus {
	struct kpb k;
	struct pcidev *dev;
	unsigned msis;
	uint64_t msi_addr;
	uint32_t msi_data;
};

static int signal_msi(void *ctx, uint64_t addr, uint32_t data)
{
	struct bus *b = ctx;

	b->msis++;
	b->msi_addr = addr;
	b->msi_data = data;
	return 0;
}

static void setup(struct bus *b)
{
	memset(b, 0, sizeof(*b));
	ck_assert_int_eq(kpb_open(&b->k, RAM, signal_msi, b), 0);
	ck_assert_int_eq(pcitest_create(NULL, &b->dev), 0);
	ck_assert_int_eq(kvm_pci_add(b->k.pci, b->dev, 3, NULL), 0);
}

static void teardown(struct bus *b)
{
	kpb_close(&b->k);
}

static uint32_t mmio_rd(struct bus *b, uint64_t gpa)
{
	uint32_t v = 0;

	ck_assert(kvm_pci_mmio(b->k.pci, gpa, &v, 4, false));
	return v;
}

static void mmio_wr(struct bus *b, uint64_t gpa, uint32_t v)
{
	ck_assert(kvm_pci_mmio(b->k.pci, gpa, &v, 4, true));
}

START_TEST(test_enumerate)
{
	struct bus b;
	uint32_t v = 0;

	setup(&b);
	/* 00:00.0 is the host bridge Linux's pci_sanity_check wants. */
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 0, HDR(vendor_id), 4), 0x00081b36);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 0, HDR(revision), 4) >> 8, PCI_CLASS_BRIDGE_HOST);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 0, HDR(status), 2) & PCI_STATUS_CAP_LIST, 0);
	/* The test function at 00:03.0; everything else absent. */
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, HDR(vendor_id), 2), 0x1b36);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, HDR(device_id), 2), 0x0005);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, HDR(revision), 4) >> 8, PCI_CLASS_OTHER);
	for (unsigned d = 1; d < 32; d++)
		if (d != 3)
			ck_assert_uint_eq(kpb_cfg_read(&b.k, d, 0, 4), 0xffffffff);
	kvm_pci_conf1_data(b.k.pci, kpb_conf1_addr(0, 3, 1, 0), 0, false, &v, 4);
	ck_assert_uint_eq(v, 0xffffffff); /* function 1 */
	kvm_pci_conf1_data(b.k.pci, kpb_conf1_addr(1, 3, 0, 0), 0, false, &v, 4);
	ck_assert_uint_eq(v, 0xffffffff); /* bus 1 */
	kvm_pci_conf1_data(b.k.pci, kpb_conf1_addr(0, 3, 0, 0) & ~PCI_CONF1_ADDRESS_ENABLE_MASK, 0,
			   false, &v, 4);
	ck_assert_uint_eq(v, 0xffffffff); /* enable bit clear */
	/* Byte and word reads at the data port's offsets. */
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, 1, 1), 0x1b);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, 2, 2), 0x0005);
	/* A 4-byte access at 0xCFE would cross the data port: refused, counted. */
	kvm_pci_conf1_data(b.k.pci, kpb_conf1_addr(0, 3, 0, 0), 2, false, &v, 4);
	ck_assert_uint_eq(v, 0xffffffff);
	struct kvm_pci_stats st;
	kvm_pci_get_stats(b.k.pci, &st);
	ck_assert_uint_eq(st.cfg_bad, 1);
	/* Firmware placed BAR0 (32-bit) and BAR2 (64-bit, prefetchable). */
	ck_assert_uint_eq(kpb_bar(&b.k, 3, 0, false), 0xc0000000);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, HDR(bar) + 8, 4) & 0xf, 0xc);
	ck_assert_uint_eq(kpb_bar(&b.k, 3, 2, true), 1ull << 32);
	/* Decode is off: nothing claims the address yet. */
	ck_assert(!kvm_pci_mmio(b.k.pci, 0xc0000000, &v, 4, false));
	/* Sizing BAR0 through the data port. */
	kpb_cfg_write(&b.k, 3, HDR(bar), 4, 0xffffffff);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, HDR(bar), 4), 0xfffff000);
	kpb_cfg_write(&b.k, 3, HDR(bar), 4, 0xc0000000);
	teardown(&b);
}
END_TEST

START_TEST(test_registers_and_dma)
{
	struct bus b;
	struct pcitest_stats ps;
	struct kvm_pci_stats st;
	uint8_t buf[64];

	setup(&b);
	uint64_t bar0 = kpb_bar(&b.k, 3, 0, false);
	kpb_cfg_write(&b.k, 3, HDR(command), 2, PCI_COMMAND_MEMORY);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(id)), PCITEST_MAGIC);
	mmio_wr(&b, bar0 + REG(scratch), 0x12345678);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(scratch)), 0x12345678);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(result)), (uint32_t)PCITEST_RESULT_NONE);
	/* DMA without bus mastering: refused by the bus. */
	mmio_wr(&b, bar0 + REG(dma_addr), 0x10000);
	mmio_wr(&b, bar0 + REG(dma_len), 64);
	mmio_wr(&b, bar0 + REG(pattern), 0x04030201);
	mmio_wr(&b, bar0 + REG(command), PCITEST_COMMAND_FILL);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(result)), PCITEST_RESULT_DMA_FAULT);
	/* With it: the pattern lands in guest RAM. */
	kpb_cfg_write(&b.k, 3, HDR(command), 2, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	mmio_wr(&b, bar0 + REG(command), PCITEST_COMMAND_FILL);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(result)), PCITEST_RESULT_OK);
	ck_assert_int_eq(rt_gmem_read(b.k.gmem, 0x10000, buf, 64), 0);
	for (unsigned i = 0; i < 64; i++)
		ck_assert_uint_eq(buf[i], i % 4 + 1);
	/* SUM reads it back: FNV-1a of the 64 bytes. */
	uint32_t h = PCITEST_FNV_OFFSET;
	for (unsigned i = 0; i < 64; i++)
		h = (h ^ buf[i]) * PCITEST_FNV_PRIME;
	mmio_wr(&b, bar0 + REG(command), PCITEST_COMMAND_SUM);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(checksum)), h);
	/* Past the end of RAM, and wrapping: refused. */
	mmio_wr(&b, bar0 + REG(dma_addr), RAM - 32);
	mmio_wr(&b, bar0 + REG(command), PCITEST_COMMAND_FILL);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(result)), PCITEST_RESULT_DMA_FAULT);
	mmio_wr(&b, bar0 + REG(dma_addr), 0xfffffff0);
	mmio_wr(&b, bar0 + REG(dma_addr) + 4, 0xffffffff);
	mmio_wr(&b, bar0 + REG(command), PCITEST_COMMAND_SUM);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(result)), PCITEST_RESULT_DMA_FAULT);
	kvm_pci_get_stats(b.k.pci, &st);
	ck_assert_uint_eq(st.dma_faults, 3);
	pcitest_get_stats(b.dev, &ps);
	ck_assert_uint_eq(ps.dma_faults, 3);
	/* Malformed MMIO: refused at the bus, counted, the device never sees it. */
	uint32_t v;
	ck_assert(kvm_pci_mmio(b.k.pci, bar0 + 2, &v, 4, false));
	ck_assert_uint_eq(v, 0xffffffff);
	ck_assert(kvm_pci_mmio(b.k.pci, bar0 + 0xffe, &v, 4, false));
	kvm_pci_get_stats(b.k.pci, &st);
	ck_assert_uint_eq(st.mmio_bad, 2);
	/* The guest moves BAR0: the old address is dead, the new one answers. */
	kpb_cfg_write(&b.k, 3, HDR(bar), 4, 0xd0000000);
	ck_assert(!kvm_pci_mmio(b.k.pci, bar0, &v, 4, false));
	ck_assert_uint_eq(mmio_rd(&b, 0xd0000000 + REG(id)), PCITEST_MAGIC);
	/* Reset: registers, BARs and command register back to power-on. */
	kvm_pci_reset(b.k.pci);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, HDR(command), 2), 0);
	ck_assert_uint_eq(kpb_bar(&b.k, 3, 0, false), 0xc0000000);
	kpb_cfg_write(&b.k, 3, HDR(command), 2, PCI_COMMAND_MEMORY);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(scratch)), 0);
	teardown(&b);
}
END_TEST

START_TEST(test_msix)
{
	struct bus b;
	struct kvm_msix_stats ms;
	struct kvm_pci_stats st;

	setup(&b);
	uint64_t bar0 = kpb_bar(&b.k, 3, 0, false), bar2 = kpb_bar(&b.k, 3, 2, true);
	unsigned cap = kpb_cfg_read(&b.k, 3, HDR(cap_ptr), 1);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, cap, 1), PCI_CAP_ID_MSIX);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, cap + MSIX(control), 2) + 1, PCITEST_VECTORS);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, cap + MSIX(table), 4), PCITEST_MSIX_TABLE_OFF | 2);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 3, cap + MSIX(pba), 4), PCITEST_MSIX_PBA_OFF | 2);
	/* Linux's msix_capability_init: enable with the function masked, program, unmask. */
	kpb_cfg_write(&b.k, 3, HDR(command), 2, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	kpb_cfg_write(&b.k, 3, cap + MSIX(control), 2,
		      PCI_MSIX_CAP_ENABLE_MASK | PCI_MSIX_CAP_FUNCTION_MASK_MASK);
	uint64_t e1 = bar2 + PCITEST_MSIX_TABLE_OFF + 1 * PCI_MSIX_ENTRY_SIZE;
	mmio_wr(&b, e1 + offsetof(struct pci_wire_msix_entry, addr_lo), 0xfee00000);
	mmio_wr(&b, e1 + offsetof(struct pci_wire_msix_entry, addr_hi), 0);
	mmio_wr(&b, e1 + offsetof(struct pci_wire_msix_entry, data), 0x41);
	mmio_wr(&b, e1 + offsetof(struct pci_wire_msix_entry, vector_ctrl), 0);
	/* Function still masked: the device's vector is pending in the PBA. */
	mmio_wr(&b, bar0 + REG(irq), 1);
	ck_assert_uint_eq(b.msis, 0);
	ck_assert_uint_eq(mmio_rd(&b, bar2 + PCITEST_MSIX_PBA_OFF), 1u << 1);
	kpb_cfg_write(&b.k, 3, cap + MSIX(control), 2, PCI_MSIX_CAP_ENABLE_MASK);
	ck_assert_uint_eq(b.msis, 1);
	ck_assert_uint_eq(b.msi_addr, 0xfee00000);
	ck_assert_uint_eq(b.msi_data, 0x41);
	ck_assert_uint_eq(mmio_rd(&b, bar2 + PCITEST_MSIX_PBA_OFF), 0);
	mmio_wr(&b, bar0 + REG(irq), 1);
	ck_assert_uint_eq(b.msis, 2);
	ck_assert_uint_eq(mmio_rd(&b, bar0 + REG(irq_count)), 2);
	/* An entry aimed anywhere but the local APICs is not delivered. */
	uint64_t e0 = bar2 + PCITEST_MSIX_TABLE_OFF;
	mmio_wr(&b, e0, 0xfed00000);
	mmio_wr(&b, e0 + offsetof(struct pci_wire_msix_entry, vector_ctrl), 0);
	mmio_wr(&b, bar0 + REG(irq), 0);
	mmio_wr(&b, e0, 0xfee00000);
	mmio_wr(&b, e0 + 4, 1); /* address bits 63:32 */
	mmio_wr(&b, bar0 + REG(irq), 0);
	ck_assert_uint_eq(b.msis, 2);
	kvm_pci_get_stats(b.k.pci, &st);
	ck_assert_uint_eq(st.msi_bad, 2);
	/* Vectors past the table are counted and dropped. */
	mmio_wr(&b, bar0 + REG(irq), PCITEST_VECTORS);
	ck_assert_int_eq(kvm_pci_msix_stats(b.k.pci, 3 << 3, &ms), 0);
	ck_assert_uint_eq(ms.bad_vector, 1);
	ck_assert_uint_eq(ms.delivered, 2);
	ck_assert_uint_eq(ms.deliver_errors, 2);
	/* Bus mastering off: MSI-X is a memory write, so nothing is sent. */
	kpb_cfg_write(&b.k, 3, HDR(command), 2, PCI_COMMAND_MEMORY);
	mmio_wr(&b, bar0 + REG(irq), 1);
	ck_assert_uint_eq(b.msis, 2);
	/* The PBA is read-only. */
	mmio_wr(&b, bar2 + PCITEST_MSIX_PBA_OFF, 0xffffffff);
	ck_assert_uint_eq(mmio_rd(&b, bar2 + PCITEST_MSIX_PBA_OFF), 0);
	ck_assert_int_eq(kvm_pci_msix_stats(b.k.pci, 0, &ms), -2);
	teardown(&b);
}
END_TEST

START_TEST(test_slots)
{
	struct bus b;
	struct pcidev *d2, *d3;
	uint8_t devfn = 0;

	setup(&b);
	ck_assert_int_eq(pcitest_create(NULL, &d2), 0);
	ck_assert_int_eq(kvm_pci_add(b.k.pci, d2, 3, NULL), -16); /* taken */
	ck_assert_int_eq(kvm_pci_add(b.k.pci, d2, 0, NULL), -22); /* the host bridge's */
	ck_assert_int_eq(kvm_pci_add(b.k.pci, d2, 32, NULL), -22);
	ck_assert_int_eq(kvm_pci_add(b.k.pci, d2, -1, &devfn), 0);
	ck_assert_uint_eq(devfn, 1 << 3);
	/* Its BARs follow the first function's in the windows. */
	ck_assert_uint_eq(kpb_bar(&b.k, 1, 0, false), 0xc0001000);
	ck_assert_uint_eq(kpb_bar(&b.k, 1, 2, true), (1ull << 32) + 0x4000);
	/* A declaration the bus cannot honour is refused; the device stays the caller's. */
	ck_assert_int_eq(pcitest_create(NULL, &d3), 0);
	d3->bar[0].size = 0x1800;
	ck_assert_int_eq(kvm_pci_add(b.k.pci, d3, -1, NULL), -22);
	d3->bar[0].size = 0x1000;
	d3->msix.vectors = 0;
	ck_assert_int_eq(kvm_pci_add(b.k.pci, d3, 31, NULL), 0);
	ck_assert_uint_eq(kpb_cfg_read(&b.k, 31, HDR(status), 2) & PCI_STATUS_CAP_LIST, 0);
	teardown(&b);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_enumerate),
					      PV_CASE(test_registers_and_dma),
					      PV_CASE(test_msix),
					      PV_CASE(test_slots),
					      {0}};

	return pv_check_run("kvm_pci", cases);
}
