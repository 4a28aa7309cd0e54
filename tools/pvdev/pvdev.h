/*
 * pvdev: a device process. It hosts one of our emulators (struct pcidev) on
 * the emu PCI backend (drivers/pci/pci_emu.c, which keeps the IOMMU's map
 * table and checks every DMA against it) and serves it to a driver in
 * another process over the socket PCI backend's wire (spec/pcisock.yaml,
 * drivers/pci/pci_sock.c). The driver's memory arrives as memfds (mapped
 * here, then entered in the emu backend's table at their IOVAs), its
 * vectors as eventfds.
 *
 * The requests come from the driver, which this process does not trust
 * either: each is decoded by the generated codec and checked (BAR range
 * and alignment, the descriptor's kind and size) before it reaches the
 * emulator; a malformed one is answered with STATUS -EINVAL (none for a
 * BAR_WRITE), counted and logged, and the process serves on.
 */
#ifndef PV_TOOLS_PVDEV_H
#define PV_TOOLS_PVDEV_H

#include <stddef.h>
#include <stdint.h>

#include "pcisock_wire.h"

struct pci_dev;
struct pcidev;
struct rt_log;
struct pvdev;

/*
 * A server for the function `emu` (an nvme_emu: its counters are in STATS;
 * NULL-safe for others): wraps it on the emu backend, which owns it from
 * here on (also on failure). Returns 0 or a negative errno.
 */
int pvdev_create(struct pcidev *emu, struct rt_log *log, struct pvdev **out);
void pvdev_destroy(struct pvdev *s);

/*
 * One request datagram (`len` bytes, with `nfds` descriptors that are the
 * server's from here on): does it and writes the reply into out (room for
 * PCISOCK_MAX_MSG bytes). Returns the reply's length, 0 when there is none
 * (BAR_WRITE).
 */
size_t pvdev_handle(struct pvdev *s, const void *buf, size_t len, int *fds, int nfds, void *out);

/* Serves the socket until the driver's end closes. Returns 0 or a negative errno. */
int pvdev_serve(struct pvdev *s, int sock);

/* The bus under the server (tests: DMA faults counted by the map table). */
struct pci_dev *pvdev_pci(struct pvdev *s);

#endif
