/*
 * A PCI function that answers nothing, for the driver targets (mana_driver,
 * nvme_driver) once the fuzzer plays the device's side through the driver's
 * memory: register reads are 0, writes vanish, interrupts, DMA maps, bus
 * mastering and resets succeed, close does nothing.
 */
#ifndef PCI_NULL_H
#define PCI_NULL_H

#include <stdbool.h>
#include <stdint.h>

#include "drivers/pci.h"

static uint32_t pci_null_read32(struct pci_dev *d, unsigned bar, uint64_t off)
{
	return 0;
}
static void pci_null_write32(struct pci_dev *d, unsigned bar, uint64_t off, uint32_t v)
{
}
static uint64_t pci_null_read64(struct pci_dev *d, unsigned bar, uint64_t off)
{
	return 0;
}
static void pci_null_write64(struct pci_dev *d, unsigned bar, uint64_t off, uint64_t v)
{
}
static int pci_null_irq(struct pci_dev *d, uint32_t v, int efd)
{
	return 0;
}
static int pci_null_map(struct pci_dev *d, void *va, uint64_t iova, uint64_t len)
{
	return 0;
}
static int pci_null_unmap(struct pci_dev *d, uint64_t iova, uint64_t len)
{
	return 0;
}
static int pci_null_bm(struct pci_dev *d, bool on)
{
	return 0;
}
static int pci_null_reset(struct pci_dev *d)
{
	return 0;
}
static void pci_null_close(struct pci_dev *d)
{
}

static const struct pci_dev_ops pci_null_ops = {
	.read32 = pci_null_read32,
	.write32 = pci_null_write32,
	.read64 = pci_null_read64,
	.write64 = pci_null_write64,
	.irq_set = pci_null_irq,
	.dma_map = pci_null_map,
	.dma_unmap = pci_null_unmap,
	.bus_master = pci_null_bm,
	.reset = pci_null_reset,
	.close = pci_null_close,
};

#endif
