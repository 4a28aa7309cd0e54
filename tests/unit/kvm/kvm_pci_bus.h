/*
 * The kvm partition's PCI bus (runtime/kvm/kvm_pci.c) without /dev/kvm, as
 * kvm_pci_test and the kvm_pci libFuzzer target (tests/fuzz) build it:
 * guest RAM is a memfd, MSIs go to the caller's signal_msi, the MMIO
 * windows are the partition's (32-bit 0xc0000000..0xfc000000, 64-bit
 * 4 GiB..64 GiB), and configuration space is reached through mechanism #1
 * the way Linux's pci_conf1_read/write reach it.
 */
#ifndef KVM_PCI_BUS_H
#define KVM_PCI_BUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pci_wire.h"
#include "runtime/gmem.h"
#include "runtime/kvm/kvm_pci.h"
#include "runtime/log.h"

struct kpb {
	struct rt_log log;
	struct rt_gmem *gmem;
	struct kvm_pci *pci;
};

/* The bus over `ram` bytes of guest RAM, logging errors only; 0 or an error. */
static int kpb_open(struct kpb *b, size_t ram, int (*signal_msi)(void *, uint64_t, uint32_t),
		    void *ctx)
{
	int rc;

	rt_log_init(&b->log);
	/* Every rejected access logs (rate-limited); keep the output readable. */
	rt_log_set_level(&b->log, RT_LOG_ERROR);
	rc = rt_gmem_create_memfd(ram, &b->gmem);
	if (rc)
		return rc;
	struct kvm_pci_config c = {
		.gmem = b->gmem,
		.log = &b->log,
		.signal_msi = signal_msi,
		.ctx = ctx,
		.mmio32_base = 0xc0000000,
		.mmio32_end = 0xfc000000,
		.mmio64_base = 1ull << 32,
		.mmio64_end = 64ull << 30,
	};
	return kvm_pci_create(&c, &b->pci);
}

static __attribute__((unused)) void kpb_close(struct kpb *b)
{
	kvm_pci_destroy(b->pci);
	rt_gmem_destroy(b->gmem);
	rt_log_fini(&b->log);
}

/* The mechanism #1 address register for bus, device, function and register. */
static uint32_t kpb_conf1_addr(unsigned bus, unsigned dev, unsigned fn, unsigned reg)
{
	return PCI_CONF1_ADDRESS_ENABLE_MASK | bus << PCI_CONF1_ADDRESS_BUS_SHIFT |
	       dev << PCI_CONF1_ADDRESS_DEVICE_SHIFT | fn << PCI_CONF1_ADDRESS_FUNCTION_SHIFT |
	       (reg & PCI_CONF1_ADDRESS_REG_MASK);
}

/* Linux's pci_conf1_read (bus 0, function 0): address to 0xCF8, data from 0xCFC + (reg & 3). */
static uint32_t kpb_cfg_read(struct kpb *b, unsigned dev, unsigned reg, unsigned len)
{
	uint32_t v = 0;

	kvm_pci_conf1_data(b->pci, kpb_conf1_addr(0, dev, 0, reg), reg & 3, false, &v, len);
	return v;
}

static __attribute__((unused)) void kpb_cfg_write(struct kpb *b, unsigned dev, unsigned reg,
						  unsigned len, uint32_t v)
{
	kvm_pci_conf1_data(b->pci, kpb_conf1_addr(0, dev, 0, reg), reg & 3, true, &v, len);
}

/* The address programmed in memory BAR i of device dev (with BAR i + 1 as its high half). */
static __attribute__((unused)) uint64_t kpb_bar(struct kpb *b, unsigned dev, unsigned i, bool is64)
{
	uint64_t a = kpb_cfg_read(b, dev, offsetof(struct pci_wire_type0_header, bar) + 4 * i, 4) &
		     PCI_BAR_MEM_ADDRESS_MASK;

	if (is64)
		a |= (uint64_t)kpb_cfg_read(
			     b, dev, offsetof(struct pci_wire_type0_header, bar) + 4 * (i + 1), 4)
		     << 32;
	return a;
}

#endif
