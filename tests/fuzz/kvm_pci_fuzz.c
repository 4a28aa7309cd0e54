/*
 * Fuzzes the kvm partition's PCI bus against arbitrary guest accesses:
 * configuration mechanism #1 (any address register, data-port offset and
 * size), MMIO anywhere near the BARs (including their MSI-X tables and
 * PBAs, wherever the guest moved them), device-raised vectors and resets.
 * The bus holds two test functions (devices/pcitest), whose DMA goes to a
 * small guest RAM. No /dev/kvm: MSIs are counted.
 *
 * Invariants checked after each step: identity registers never change,
 * the command register holds only implemented bits, MSI-X message control
 * keeps its table size, every delivered MSI has an x86 MSI address.
 *
 * Input: a sequence of 16-byte steps {u8 op, u8 sel, u8 len, u8 port_off,
 * u32 a, u64 b}.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "devices/pcitest/pcitest.h"
#include "kvm_pci_bus.h" /* tests/unit/kvm: the bus as kvm_pci_test builds it */
#include "runtime/pcidev.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define RAM (1u << 20)
#define HDR(f) offsetof(struct pci_wire_type0_header, f)

struct fuzz_bus {
	struct kpb k;
	struct pcidev *dev[2];
	uint64_t msis;
};

static int signal_msi(void *ctx, uint64_t addr, uint32_t data)
{
	struct fuzz_bus *b = ctx;

	if ((addr >> 20) != (PCI_MSI_ADDR_BASE >> 20))
		abort();
	b->msis++;
	return 0;
}

static struct fuzz_bus *bus_get(void)
{
	static struct fuzz_bus *b;

	if (b)
		return b;
	b = calloc(1, sizeof(*b));
	if (!b)
		abort();
	if (kpb_open(&b->k, RAM, signal_msi, b))
		abort();
	for (int i = 0; i < 2; i++)
		if (pcitest_create(NULL, &b->dev[i]) ||
		    kvm_pci_add(b->k.pci, b->dev[i], 1 + 2 * i, NULL))
			abort();
	return b;
}

static void check(struct fuzz_bus *b)
{
	static const uint16_t implemented = PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER |
					    PCI_COMMAND_PARITY | PCI_COMMAND_SERR |
					    PCI_COMMAND_INTX_DISABLE;

	for (unsigned d = 1; d <= 3; d += 2) {
		if (kpb_cfg_read(&b->k, d, 0, 4) != 0x00051b36 ||
		    kpb_cfg_read(&b->k, d, HDR(revision), 4) >> 8 != PCI_CLASS_OTHER)
			abort();
		if (kpb_cfg_read(&b->k, d, HDR(command), 2) & ~implemented)
			abort();
		if ((kpb_cfg_read(&b->k, d, PCI_CAP_FIRST + 2, 2) & PCI_MSIX_CAP_TABLE_SIZE_MASK) !=
		    3)
			abort();
	}
	if (kpb_cfg_read(&b->k, 0, 0, 4) != 0x00081b36)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_bus *b = bus_get();

	kvm_pci_reset(b->k.pci);
	for (size_t at = 0; at + 16 <= size; at += 16) {
		const uint8_t *s = data + at;
		uint8_t op = s[0] % 7, sel = s[1];
		unsigned len = 1u << (s[2] % 5); /* 1..16: odd sizes too */
		unsigned port_off = s[3] % 5;    /* 4: past the data port */
		uint32_t a;
		uint64_t v, gpa, buf[2] = {0};

		memcpy(&a, s + 4, 4);
		memcpy(&v, s + 8, 8);
		switch (op) {
		case 0: /* configuration read, any address register */
			kvm_pci_conf1_data(b->k.pci, a, port_off, false, buf, len > 4 ? 4 : len);
			break;
		case 1: /* configuration write */
			memcpy(buf, &v, 8);
			kvm_pci_conf1_data(b->k.pci, a, port_off, true, buf, len > 4 ? 4 : len);
			break;
		case 2: /* configuration write aimed at a test function's header or capability */
			memcpy(buf, &v, 8);
			a = PCI_CONF1_ADDRESS_ENABLE_MASK |
			    (sel & 1 ? 3u : 1u) << PCI_CONF1_ADDRESS_DEVICE_SHIFT |
			    (a & PCI_CONF1_ADDRESS_REG_MASK & 0x7f);
			kvm_pci_conf1_data(b->k.pci, a, port_off, true, buf, len > 4 ? 4 : len);
			break;
		case 3: /* MMIO near a BAR (table and PBA included) */
		case 4:
			gpa = kpb_bar(&b->k, sel & 1 ? 3 : 1, sel & 2 ? 2 : 0, sel & 2) +
			      (a & 0x7fff) - 0x100;
			if (sel & 4)
				gpa = v; /* anywhere */
			memcpy(buf, &v, 8);
			kvm_pci_mmio(b->k.pci, gpa, buf, len > 8 ? 8 : len, op == 4);
			break;
		case 5: /* the device raises a vector (as its doorbell handler would) */
			pcidev_msix_notify(b->dev[sel & 1], a % 8);
			break;
		case 6:
			if (sel == 0xff)
				kvm_pci_reset(b->k.pci);
			break;
		}
		check(b);
	}
	return 0;
}
