/*
 * Configuration space of one function (runtime/kvm/kvm_pci_fn.c): the
 * header a declaration produces, BAR sizing and decode, the command
 * register, the MSI-X capability, malformed accesses and declarations.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "pci_wire.h"
#include "runtime/kvm/kvm_pci_fn.h"
#include "tests/unit/pv_check.h"

#define HDR(f) offsetof(struct pci_wire_type0_header, f)
#define MSIX(f) offsetof(struct pci_wire_msix_cap, f)
#define BAR(i) (HDR(bar) + 4 * (i))

struct fake_dev {
	struct pcidev pub;
	unsigned mmio, master_calls;
	bool master;
};

static void fd_read(struct pcidev *d, unsigned bar, uint64_t off, void *data, unsigned len)
{
	struct fake_dev *f = (struct fake_dev *)d;

	f->mmio++;
	memset(data, 0xa5, len);
}

static void fd_write(struct pcidev *d, unsigned bar, uint64_t off, const void *data, unsigned len)
{
	((struct fake_dev *)d)->mmio++;
}

static void fd_master(struct pcidev *d, bool on)
{
	struct fake_dev *f = (struct fake_dev *)d;

	f->master_calls++;
	f->master = on;
}

static void fd_nop(struct pcidev *d)
{
}

static const struct pcidev_ops fd_ops = {
	.mmio_read = fd_read,
	.mmio_write = fd_write,
	.bus_master = fd_master,
	.reset = fd_nop,
	.destroy = fd_nop,
};

static int no_deliver(void *ctx, uint64_t addr, uint32_t data)
{
	return 0;
}

/* A function like an NVMe controller: 64-bit BAR0 (16 KiB) with MSI-X in it, 32-bit BAR4. */
static void make_dev(struct fake_dev *f)
{
	memset(f, 0, sizeof(*f));
	f->pub.ops = &fd_ops;
	f->pub.name = "fake";
	f->pub.id = (struct pcidev_id){.vendor = 0x1234,
				       .device = 0x5678,
				       .subsys_vendor = 0x1111,
				       .subsys = 0x2222,
				       .class_code = PCI_CLASS_STORAGE_NVME,
				       .revision = 7};
	f->pub.bar[0] = (struct pcidev_bar){.size = 0x4000, .flags = PCIDEV_BAR_MEM64};
	f->pub.bar[4] = (struct pcidev_bar){.size = 0x1000};
	f->pub.msix = (struct pcidev_msix){
		.vectors = 9, .table_bar = 0, .pba_bar = 0, .table_off = 0x2000, .pba_off = 0x3000};
}

static uint32_t rd(struct kvm_pci_fn *fn, unsigned off, unsigned len)
{
	uint32_t v;

	ck_assert(kvm_pci_fn_cfg_read(fn, off, len, &v));
	return v;
}

static void wr(struct kvm_pci_fn *fn, unsigned off, unsigned len, uint32_t v)
{
	ck_assert(kvm_pci_fn_cfg_write(fn, off, len, v));
}

START_TEST(test_header)
{
	struct fake_dev f;
	struct kvm_pci_fn fn;

	make_dev(&f);
	ck_assert_int_eq(kvm_pci_fn_init(&fn, 3 << 3, &f.pub, NULL, no_deliver, NULL), 0);
	ck_assert_uint_eq(rd(&fn, 0, 4), 0x56781234);
	ck_assert_uint_eq(rd(&fn, HDR(revision), 4), 0x01080207);
	ck_assert_uint_eq(rd(&fn, HDR(subsys_vendor_id), 4), 0x22221111);
	ck_assert_uint_eq(rd(&fn, HDR(header_type), 1), 0);
	ck_assert_uint_eq(rd(&fn, HDR(status), 2), PCI_STATUS_CAP_LIST);
	ck_assert_uint_eq(rd(&fn, HDR(interrupt_pin), 1), 0);
	/* BAR flags: 64-bit memory; the 32-bit one plain. */
	ck_assert_uint_eq(rd(&fn, BAR(0), 4), PCI_BAR_MEM_TYPE_MEM64 << PCI_BAR_MEM_MEM_TYPE_SHIFT);
	ck_assert_uint_eq(rd(&fn, BAR(4), 4), 0);
	/* Read-only: identity, class, status, header type, cap pointer, ROM. */
	wr(&fn, 0, 4, 0);
	wr(&fn, HDR(revision), 4, 0);
	wr(&fn, HDR(status), 2, 0xffff);
	wr(&fn, HDR(cap_ptr), 1, 0);
	wr(&fn, HDR(rom_address), 4, 0xffffffff);
	ck_assert_uint_eq(rd(&fn, 0, 4), 0x56781234);
	ck_assert_uint_eq(rd(&fn, HDR(revision), 4), 0x01080207);
	ck_assert_uint_eq(rd(&fn, HDR(status), 2), PCI_STATUS_CAP_LIST);
	ck_assert_uint_eq(rd(&fn, HDR(rom_address), 4), 0);
	/* Scratch registers software writes. */
	wr(&fn, HDR(cache_line_size), 1, 0x10);
	wr(&fn, HDR(latency_timer), 1, 0x40);
	wr(&fn, HDR(interrupt_line), 1, 0x0b);
	ck_assert_uint_eq(rd(&fn, HDR(cache_line_size), 2), 0x4010);
	ck_assert_uint_eq(rd(&fn, HDR(interrupt_line), 1), 0x0b);
	/* The capability list: one MSI-X capability, table and PBA where declared. */
	unsigned cap = rd(&fn, HDR(cap_ptr), 1);
	ck_assert_uint_eq(cap, PCI_CAP_FIRST);
	ck_assert_uint_eq(rd(&fn, cap + MSIX(cap_id), 1), PCI_CAP_ID_MSIX);
	ck_assert_uint_eq(rd(&fn, cap + MSIX(next), 1), 0);
	ck_assert_uint_eq(rd(&fn, cap + MSIX(control), 2), 8);
	ck_assert_uint_eq(rd(&fn, cap + MSIX(table), 4), 0x2000);
	ck_assert_uint_eq(rd(&fn, cap + MSIX(pba), 4), 0x3000);
	/* Only enable and function mask are writable in message control. */
	wr(&fn, cap + MSIX(control), 2, 0xffff);
	ck_assert_uint_eq(rd(&fn, cap + MSIX(control), 2), 0xc008);
	ck_assert(fn.msix.enabled && fn.msix.function_mask);
	wr(&fn, cap + MSIX(control) + 1, 1, 0x80); /* Linux writes the word; a byte works too */
	ck_assert(fn.msix.enabled && !fn.msix.function_mask);
	kvm_pci_fn_reset(&fn);
	ck_assert_uint_eq(rd(&fn, cap + MSIX(control), 2), 8);
	ck_assert(!fn.msix.enabled);
	kvm_pci_fn_fini(&fn);
}
END_TEST

START_TEST(test_bar_sizing_and_decode)
{
	struct fake_dev f;
	struct kvm_pci_fn fn;
	unsigned bar;
	uint64_t off;
	uint32_t v = 0;

	make_dev(&f);
	ck_assert_int_eq(kvm_pci_fn_init(&fn, 8, &f.pub, NULL, no_deliver, NULL), 0);
	kvm_pci_fn_set_bar_reset(&fn, 0, 0x100000000ull);
	kvm_pci_fn_set_bar_reset(&fn, 4, 0xc0001000);
	kvm_pci_fn_reset(&fn);
	ck_assert_uint_eq(rd(&fn, BAR(0), 4), 0x4);
	ck_assert_uint_eq(rd(&fn, BAR(1), 4), 0x1);
	ck_assert_uint_eq(rd(&fn, BAR(4), 4), 0xc0001000);
	/* Decode off until the guest turns memory space on. */
	ck_assert(!kvm_pci_fn_decode(&fn, 0xc0001000, &bar, &off));
	wr(&fn, HDR(command), 2, 0xffff);
	ck_assert_uint_eq(rd(&fn, HDR(command), 2), PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER |
							    PCI_COMMAND_PARITY | PCI_COMMAND_SERR |
							    PCI_COMMAND_INTX_DISABLE);
	ck_assert(kvm_pci_fn_decode(&fn, 0xc0001ffc, &bar, &off));
	ck_assert_uint_eq(bar, 4);
	ck_assert_uint_eq(off, 0xffc);
	ck_assert(!kvm_pci_fn_decode(&fn, 0xc0002000, &bar, &off));
	ck_assert(kvm_pci_fn_decode(&fn, 0x100003fffull, &bar, &off));
	ck_assert_uint_eq(bar, 0);
	/* Sizing as Linux does (__pci_read_base): all ones, read back, restore. */
	wr(&fn, BAR(4), 4, 0xffffffff);
	ck_assert_uint_eq(rd(&fn, BAR(4), 4), 0xfffff000);
	wr(&fn, BAR(0), 4, 0xffffffff);
	wr(&fn, BAR(1), 4, 0xffffffff);
	ck_assert_uint_eq(rd(&fn, BAR(0), 4), 0xffffc004);
	ck_assert_uint_eq(rd(&fn, BAR(1), 4), 0xffffffff);
	/* The guest moves BAR0 below 4 GiB: decode follows. */
	wr(&fn, BAR(0), 4, 0xd0000000);
	wr(&fn, BAR(1), 4, 0);
	ck_assert(kvm_pci_fn_decode(&fn, 0xd0000010, &bar, &off));
	ck_assert_uint_eq(bar, 0);
	ck_assert_uint_eq(off, 0x10);
	ck_assert(!kvm_pci_fn_decode(&fn, 0x100000000ull, &bar, &off));
	/* Unaligned address bits are dropped. */
	wr(&fn, BAR(4), 4, 0xc0005abc);
	ck_assert_uint_eq(rd(&fn, BAR(4), 4), 0xc0005000);
	/* MMIO: device registers reach the device; the table and PBA do not. */
	ck_assert(kvm_pci_fn_mmio(&fn, 0, 0x0, &v, 4, false));
	ck_assert_uint_eq(v, 0xa5a5a5a5);
	ck_assert(kvm_pci_fn_mmio(&fn, 0, 0x2000, &v, 4, false));
	ck_assert_uint_eq(v, 0);                                 /* entry 0 address */
	ck_assert(kvm_pci_fn_mmio(&fn, 0, 0x3000, &v, 4, true)); /* PBA write ignored */
	ck_assert_uint_eq(f.mmio, 1);
	/* Malformed: unaligned, past the BAR, bad size, the upper half of a 64-bit BAR. */
	ck_assert(!kvm_pci_fn_mmio(&fn, 0, 0x2, &v, 4, false));
	ck_assert_uint_eq(v, 0xffffffff);
	ck_assert(!kvm_pci_fn_mmio(&fn, 4, 0x1000, &v, 4, false));
	ck_assert(!kvm_pci_fn_mmio(&fn, 0, 0x0, &v, 3, false));
	ck_assert(!kvm_pci_fn_mmio(&fn, 1, 0x0, &v, 4, false));
	ck_assert_uint_eq(f.mmio, 1);
	/* Bus mastering reaches the device once per change. */
	ck_assert_uint_eq(f.master_calls, 1);
	ck_assert(f.master && atomic_load(&fn.master));
	wr(&fn, HDR(command), 2, PCI_COMMAND_MEMORY);
	ck_assert(!f.master && !atomic_load(&fn.master));
	wr(&fn, HDR(command), 2, PCI_COMMAND_MEMORY);
	ck_assert_uint_eq(f.master_calls, 2);
	/* Reset: BARs back where firmware put them, decode off. */
	kvm_pci_fn_reset(&fn);
	ck_assert_uint_eq(rd(&fn, BAR(4), 4), 0xc0001000);
	ck_assert(!kvm_pci_fn_decode(&fn, 0xc0001000, &bar, &off));
	kvm_pci_fn_fini(&fn);
}
END_TEST

START_TEST(test_malformed_config)
{
	struct fake_dev f;
	struct kvm_pci_fn fn;
	uint32_t v;

	make_dev(&f);
	ck_assert_int_eq(kvm_pci_fn_init(&fn, 8, &f.pub, NULL, no_deliver, NULL), 0);
	ck_assert(!kvm_pci_fn_cfg_read(&fn, 2, 4, &v));
	ck_assert_uint_eq(v, 0xffffffff);
	ck_assert(!kvm_pci_fn_cfg_read(&fn, 3, 2, &v));
	ck_assert(!kvm_pci_fn_cfg_read(&fn, 256, 1, &v));
	ck_assert(!kvm_pci_fn_cfg_read(&fn, 0, 3, &v));
	ck_assert(!kvm_pci_fn_cfg_write(&fn, HDR(command) + 1, 4, 0xffffffff));
	ck_assert_uint_eq(rd(&fn, HDR(command), 2), 0);
	/* Past the header and the capability: zeros, not writable. */
	wr(&fn, 0xfc, 4, 0xffffffff);
	ck_assert_uint_eq(rd(&fn, 0xfc, 4), 0);
	kvm_pci_fn_fini(&fn);
}
END_TEST

START_TEST(test_declarations)
{
	struct fake_dev f;
	char why[128];

	make_dev(&f);
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), 0);
	f.pub.bar[4].size = 0x1800; /* not a power of two */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.bar[4].size = 0x800; /* below 4 KiB */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.bar[1].size = 0x1000; /* upper half of the 64-bit BAR0 */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.bar[5] = (struct pcidev_bar){.size = 0x1000, .flags = PCIDEV_BAR_MEM64};
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.msix.table_off = 0x3ff8; /* table past the BAR */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.msix.pba_off = 0x2080; /* PBA inside the table (9 entries: 0x2000..0x208f) */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.msix.table_bar = 2; /* no BAR2 */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.msix.table_bar = 1; /* upper half */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.msix.pba_off = 0x3004; /* not 8-byte aligned */
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
	make_dev(&f);
	f.pub.bar[4].flags = 0x80;
	ck_assert_int_eq(kvm_pci_fn_check_decl(&f.pub, why, sizeof(why)), -22);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_header),
					      PV_CASE(test_bar_sizing_and_decode),
					      PV_CASE(test_malformed_config),
					      PV_CASE(test_declarations),
					      {0}};

	return pv_check_run("kvm_pci_fn", cases);
}
