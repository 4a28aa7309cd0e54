/*
 * DMA pool: memory the paravisor owns and a device can reach, for queues,
 * PRP lists and bounce buffers.
 *
 * A pool is one memfd (so servicing can keep it, and the device's view of
 * it, across an exec), mapped into this process and into the device at a
 * fixed IOVA range with pci_dma_map(). Buffers are carved out of it in
 * 4 KiB pages; each buffer is contiguous in IOVA space, which is what a
 * device needs (a queue is one range of device addresses).
 *
 * Threading: alloc and free take the pool's lock; any thread.
 */
#ifndef PV_DRIVERS_PCI_DMA_H
#define PV_DRIVERS_PCI_DMA_H

#include <stddef.h>
#include <stdint.h>

struct pci_dev;
struct pci_dma_pool;

struct pci_dma_buf {
	void *va;
	uint64_t iova;
	size_t len; /* a multiple of 4 KiB */
};

/*
 * Creates a pool of `size` bytes (a multiple of 4 KiB) mapped into `d` at
 * [iova_base, iova_base + size). Returns 0 or a negative errno.
 */
int pci_dma_pool_create(struct pci_dev *d, uint64_t size, uint64_t iova_base,
			struct pci_dma_pool **out);

/*
 * Re-adopts a pool's memfd after an exec (servicing, NVMe keep-alive): maps
 * it here again; the device still has its mapping at iova_base (a kept VFIO
 * container keeps it, the memfd's pages pinned), so it is not mapped into
 * the device again (destroy unmaps it). Allocations must be re-marked with
 * pci_dma_pool_claim(). Returns 0 or a negative errno.
 */
int pci_dma_pool_adopt(struct pci_dev *d, int memfd, uint64_t size, uint64_t iova_base,
		       struct pci_dma_pool **out);

/*
 * What exec does to a pool (tests of keep-alive in one process): the
 * object goes; the memfd stays open and mapped, and the device keeps its
 * mapping.
 */
void pci_dma_pool_forget(struct pci_dma_pool *p);

/* Unmaps from the device and frees. Every buffer must have been freed. */
void pci_dma_pool_destroy(struct pci_dma_pool *p);

/*
 * Allocates `len` bytes (rounded up to 4 KiB), zeroed, IOVA-contiguous.
 * Returns 0 or -ENOMEM (the pool is a budget: it never grows).
 */
int pci_dma_alloc(struct pci_dma_pool *p, size_t len, struct pci_dma_buf *out);
void pci_dma_free(struct pci_dma_pool *p, const struct pci_dma_buf *b);

/* Marks [iova, iova + len) as allocated again after adopt. 0 or -EINVAL/-EEXIST. */
int pci_dma_pool_claim(struct pci_dma_pool *p, uint64_t iova, size_t len, struct pci_dma_buf *out);

/* The memfd (to keep across exec) and the bytes in use (inspect, budgets). */
int pci_dma_pool_fd(const struct pci_dma_pool *p);
uint64_t pci_dma_pool_used(const struct pci_dma_pool *p);

#endif
