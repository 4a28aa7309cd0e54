/*
 * pcitest: a PCI test function (struct pcidev) that proves a bus end to end
 * without a real device's driver: identity and BARs in configuration space,
 * registers in BAR0, DMA into the bus's memory (FILL, SUM), MSI-X vectors
 * on request, the table and PBA in BAR2. Register layout: spec/pcitest.yaml
 * (generated/pcitest_wire.h).
 *
 * Commands run in the thread that writes COMMAND (a vCPU on the kvm bus),
 * so a test sees their result in the next register read; a DMA is at most
 * PCITEST_MAX_DMA bytes, bounced through a buffer of the device's own.
 */
#ifndef PV_DEVICES_PCITEST_H
#define PV_DEVICES_PCITEST_H

#include <stdint.h>

struct pcidev;

struct pcitest_opts {
	const char *name; /* for logs; default "pcitest" */
	/* Identity; 0 = the defaults (1b36:0005, class ff0000: no Linux driver binds it). */
	uint16_t vendor, device;
};

/* Counters (tests). */
struct pcitest_stats {
	uint64_t commands, dma_faults, irqs;
};

/* Builds the function. Returns 0 or -ENOMEM. */
int pcitest_create(const struct pcitest_opts *opts, struct pcidev **out);

void pcitest_get_stats(struct pcidev *d, struct pcitest_stats *out);

#endif
