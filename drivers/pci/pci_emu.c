/*
 * The emu backend of the PCI interface: one of our emulators (struct pcidev)
 * in this process, driven as a driver drives hardware through VFIO.
 *
 * The backend plays the IOMMU: the driver's dma_map calls build a table of
 * IOVA -> host mappings, and every DMA the emulator does is checked against
 * it (an unmapped byte fails the whole access with -EFAULT and is counted,
 * as an IOMMU fault would be). MSI-X vectors go to the eventfds the driver
 * routed with irq_set, like VFIO_DEVICE_SET_IRQS. BAR accesses are checked
 * for range and alignment before they reach the emulator.
 *
 * Threading: register access and msix_notify from any thread; the mapping
 * table under a rwlock (DMA takes it shared; map/unmap exclusive); irq
 * routes are atomics.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drivers/pci.h"
#include "runtime/log.h"
#include "runtime/pcidev.h"
#include "runtime/util.h"

#define PCI_EMU_MAX_MAPS 32 /* not protocol: mappings per device */

struct pci_emu_map {
	uint64_t iova, len;
	uint8_t *va;
};

struct pci_emu {
	struct pci_dev pub;
	struct pcidev_host host;
	struct pcidev *emu;
	struct rt_log_obj lo;

	pthread_rwlock_t maps_lock; /* protects maps[], nmaps */
	struct pci_emu_map maps[PCI_EMU_MAX_MAPS];
	unsigned nmaps;

	atomic_bool bus_master;
	_Atomic int *irq_efd; /* [msix_vectors], -1 = not routed */

	atomic_uint_fast64_t dma_faults, irqs, irqs_dropped;
};

static struct pci_emu *to_emu(struct pci_dev *d)
{
	return rt_container_of(d, struct pci_emu, pub);
}

static struct pci_emu *host_to_emu(struct pcidev_host *h)
{
	return rt_container_of(h, struct pci_emu, host);
}

/* ------------------------------------------------------------------ */
/* Register access                                                     */

static bool in_msix(const struct pcidev *e, unsigned bar, uint64_t off, unsigned len)
{
	const struct pcidev_msix *m = &e->msix;
	uint64_t tlen = (uint64_t)m->vectors * 16, plen = rt_align_up((uint64_t)m->vectors, 64) / 8;

	if (!m->vectors)
		return false;
	if (bar == m->table_bar && off + len > m->table_off && off < m->table_off + tlen)
		return true;
	return bar == m->pba_bar && off + len > m->pba_off && off < m->pba_off + plen;
}

/* Our own driver's access: a bad one is our bug, refused and logged. */
static bool access_ok(struct pci_emu *pe, unsigned bar, uint64_t off, unsigned len)
{
	const struct pcidev *e = pe->emu;

	if (bar < 6 && e->bar[bar].size && rt_is_aligned(off, (uint64_t)len) &&
	    off <= e->bar[bar].size - len && !in_msix(e, bar, off, len))
		return true;
	rt_log_rl(&pe->lo, RT_LOG_ERROR, "refused %u-byte access to BAR%u+0x%llx", len, bar,
		  (unsigned long long)off);
	return false;
}

static uint32_t emu_read32(struct pci_dev *d, unsigned bar, uint64_t off)
{
	struct pci_emu *pe = to_emu(d);
	uint32_t v = UINT32_MAX;

	if (access_ok(pe, bar, off, 4))
		pe->emu->ops->mmio_read(pe->emu, bar, off, &v, 4);
	return v;
}

static void emu_write32(struct pci_dev *d, unsigned bar, uint64_t off, uint32_t v)
{
	struct pci_emu *pe = to_emu(d);

	if (access_ok(pe, bar, off, 4))
		pe->emu->ops->mmio_write(pe->emu, bar, off, &v, 4);
}

static uint64_t emu_read64(struct pci_dev *d, unsigned bar, uint64_t off)
{
	struct pci_emu *pe = to_emu(d);
	uint64_t v = UINT64_MAX;

	if (access_ok(pe, bar, off, 8))
		pe->emu->ops->mmio_read(pe->emu, bar, off, &v, 8);
	return v;
}

static void emu_write64(struct pci_dev *d, unsigned bar, uint64_t off, uint64_t v)
{
	struct pci_emu *pe = to_emu(d);

	if (access_ok(pe, bar, off, 8))
		pe->emu->ops->mmio_write(pe->emu, bar, off, &v, 8);
}

/* ------------------------------------------------------------------ */
/* Interrupts                                                          */

static int emu_irq_set(struct pci_dev *d, uint32_t vector, int efd)
{
	struct pci_emu *pe = to_emu(d);

	if (vector >= d->msix_vectors)
		return -EINVAL;
	atomic_store(&pe->irq_efd[vector], efd < 0 ? -1 : efd);
	return 0;
}

static void host_msix_notify(struct pcidev_host *h, uint32_t vector)
{
	struct pci_emu *pe = host_to_emu(h);
	uint64_t one = 1;
	int efd;

	if (vector >= pe->pub.msix_vectors) {
		rt_log_rl(&pe->lo, RT_LOG_WARN, "device raised vector %u of %u", vector,
			  pe->pub.msix_vectors);
		atomic_fetch_add(&pe->irqs_dropped, 1);
		return;
	}
	efd = atomic_load(&pe->irq_efd[vector]);
	if (efd < 0) {
		atomic_fetch_add(&pe->irqs_dropped, 1);
		return;
	}
	atomic_fetch_add(&pe->irqs, 1);
	/* An eventfd counter saturates only after 2^64-2 unread rings. */
	if (write(efd, &one, sizeof(one)) != sizeof(one))
		atomic_fetch_add(&pe->irqs_dropped, 1);
}

/* ------------------------------------------------------------------ */
/* DMA: the IOMMU's table                                              */

static bool maps_overlap(const struct pci_emu_map *m, uint64_t iova, uint64_t len)
{
	return iova < m->iova + m->len && m->iova < iova + len;
}

static int emu_dma_map(struct pci_dev *d, void *va, uint64_t iova, uint64_t len)
{
	struct pci_emu *pe = to_emu(d);
	uint64_t end;
	int rc = 0;

	if (!len || !rt_is_aligned(iova | len | (uint64_t)(uintptr_t)va, (uint64_t)RT_PAGE_SIZE) ||
	    rt_add_u64(iova, len, &end))
		return -EINVAL;
	pthread_rwlock_wrlock(&pe->maps_lock);
	for (unsigned i = 0; i < pe->nmaps; i++)
		if (maps_overlap(&pe->maps[i], iova, len))
			rc = -EEXIST;
	if (!rc && pe->nmaps == PCI_EMU_MAX_MAPS)
		rc = -ENOSPC;
	if (!rc)
		pe->maps[pe->nmaps++] = (struct pci_emu_map){.iova = iova, .len = len, .va = va};
	pthread_rwlock_unlock(&pe->maps_lock);
	return rc;
}

static int emu_dma_unmap(struct pci_dev *d, uint64_t iova, uint64_t len)
{
	struct pci_emu *pe = to_emu(d);
	int rc = -ENOENT;

	pthread_rwlock_wrlock(&pe->maps_lock);
	for (unsigned i = 0; i < pe->nmaps; i++) {
		if (pe->maps[i].iova == iova && pe->maps[i].len == len) {
			pe->maps[i] = pe->maps[--pe->nmaps];
			rc = 0;
			break;
		}
	}
	pthread_rwlock_unlock(&pe->maps_lock);
	return rc;
}

/*
 * Walks [addr, addr + len) over the table, calling fn for each piece that
 * one mapping covers. Every byte must be mapped and bus mastering on, or
 * nothing is done and -EFAULT (-EACCES: bus mastering off) returned.
 * Caller holds maps_lock shared.
 */
typedef int (*dma_piece_fn)(void *ctx, uint8_t *va, size_t off, size_t n);

static int dma_walk(struct pci_emu *pe, uint64_t addr, size_t len, dma_piece_fn fn, void *ctx)
{
	struct {
		uint8_t *va;
		size_t n;
	} pieces[8];
	unsigned np = 0;
	uint64_t cur = addr, end;
	size_t done = 0;

	if (!atomic_load(&pe->bus_master))
		return -EACCES;
	if (rt_add_u64(addr, len, &end))
		return -EFAULT;
	while (cur < end) {
		const struct pci_emu_map *m = NULL;

		for (unsigned i = 0; i < pe->nmaps; i++)
			if (cur >= pe->maps[i].iova && cur - pe->maps[i].iova < pe->maps[i].len)
				m = &pe->maps[i];
		if (!m || np == RT_ARRAY_SIZE(pieces))
			return -EFAULT;
		pieces[np].va = m->va + (cur - m->iova);
		pieces[np].n = (size_t)rt_min(end - cur, m->iova + m->len - cur);
		cur += pieces[np++].n;
	}
	for (unsigned i = 0; i < np; i++) {
		int rc = fn(ctx, pieces[i].va, done, pieces[i].n);

		if (rc < 0)
			return rc;
		done += pieces[i].n;
	}
	return 0;
}

struct copy_ctx {
	uint8_t *dst;
	const uint8_t *src;
};

static int piece_read(void *ctx, uint8_t *va, size_t off, size_t n)
{
	memcpy(((struct copy_ctx *)ctx)->dst + off, va, n);
	return 0;
}

static int piece_write(void *ctx, uint8_t *va, size_t off, size_t n)
{
	memcpy(va, ((struct copy_ctx *)ctx)->src + off, n);
	return 0;
}

struct iov_ctx {
	struct iovec *iov;
	int max, n;
};

static int piece_iov(void *ctx, uint8_t *va, size_t off, size_t n)
{
	struct iov_ctx *c = ctx;

	if (c->n && (uint8_t *)c->iov[c->n - 1].iov_base + c->iov[c->n - 1].iov_len == va) {
		c->iov[c->n - 1].iov_len += n;
		return 0;
	}
	if (c->n == c->max)
		return -E2BIG;
	c->iov[c->n++] = (struct iovec){.iov_base = va, .iov_len = n};
	return 0;
}

static int dma_do(struct pci_emu *pe, uint64_t addr, size_t len, dma_piece_fn fn, void *ctx)
{
	int rc;

	pthread_rwlock_rdlock(&pe->maps_lock);
	rc = dma_walk(pe, addr, len, fn, ctx);
	pthread_rwlock_unlock(&pe->maps_lock);
	if (rc == -EFAULT || rc == -EACCES) {
		atomic_fetch_add(&pe->dma_faults, 1);
		rt_log_rl(&pe->lo, RT_LOG_WARN, "DMA fault: %zu bytes at 0x%llx %s", len,
			  (unsigned long long)addr,
			  rc == -EACCES ? "with bus mastering off" : "not mapped");
		rc = -EFAULT;
	}
	return rc;
}

static int host_dma_read(struct pcidev_host *h, uint64_t addr, void *dst, size_t len)
{
	struct copy_ctx c = {.dst = dst};

	return dma_do(host_to_emu(h), addr, len, piece_read, &c);
}

static int host_dma_write(struct pcidev_host *h, uint64_t addr, const void *src, size_t len)
{
	struct copy_ctx c = {.src = src};

	return dma_do(host_to_emu(h), addr, len, piece_write, &c);
}

static int host_dma_iov(struct pcidev_host *h, uint64_t addr, size_t len, struct iovec *iov,
			int iov_max)
{
	struct iov_ctx c = {.iov = iov, .max = iov_max};
	int rc = dma_do(host_to_emu(h), addr, len, piece_iov, &c);

	return rc < 0 ? rc : c.n;
}

static const struct pcidev_host_ops emu_host_ops = {
	.dma_read = host_dma_read,
	.dma_write = host_dma_write,
	.dma_iov = host_dma_iov,
	.msix_notify = host_msix_notify,
};

/* ------------------------------------------------------------------ */

static int emu_bus_master(struct pci_dev *d, bool on)
{
	struct pci_emu *pe = to_emu(d);

	atomic_store(&pe->bus_master, on);
	if (pe->emu->ops->bus_master)
		pe->emu->ops->bus_master(pe->emu, on);
	return 0;
}

static int emu_reset(struct pci_dev *d)
{
	struct pci_emu *pe = to_emu(d);

	pe->emu->ops->reset(pe->emu);
	return 0;
}

static void emu_close(struct pci_dev *d)
{
	struct pci_emu *pe = to_emu(d);

	pe->emu->ops->destroy(pe->emu);
	pthread_rwlock_destroy(&pe->maps_lock);
	free(pe->irq_efd);
	free(pe);
}

static const struct pci_dev_ops emu_ops = {
	.read32 = emu_read32,
	.write32 = emu_write32,
	.read64 = emu_read64,
	.write64 = emu_write64,
	.irq_set = emu_irq_set,
	.dma_map = emu_dma_map,
	.dma_unmap = emu_dma_unmap,
	.bus_master = emu_bus_master,
	.reset = emu_reset,
	.close = emu_close,
};

int pci_emu_open(struct pcidev *emu, struct rt_log *log, struct pci_dev **out)
{
	struct pci_emu *pe;

	if (!emu || !emu->ops || !emu->ops->mmio_read || !emu->ops->mmio_write ||
	    !emu->ops->reset || !emu->ops->destroy)
		return -EINVAL;
	pe = calloc(1, sizeof(*pe));
	if (!pe)
		return -ENOMEM;
	pe->irq_efd = calloc(emu->msix.vectors ? emu->msix.vectors : 1, sizeof(*pe->irq_efd));
	if (!pe->irq_efd) {
		free(pe);
		return -ENOMEM;
	}
	for (unsigned i = 0; i < emu->msix.vectors; i++)
		atomic_init(&pe->irq_efd[i], -1);
	pthread_rwlock_init(&pe->maps_lock, NULL);
	pe->emu = emu;
	pe->host.ops = &emu_host_ops;
	emu->host = &pe->host;
	pe->pub.ops = &emu_ops;
	pe->pub.backend = "emu";
	snprintf(pe->pub.name, sizeof(pe->pub.name), "%s", emu->name ? emu->name : "emu");
	pe->pub.vendor = emu->id.vendor;
	pe->pub.device = emu->id.device;
	pe->pub.class_code = emu->id.class_code;
	for (unsigned i = 0; i < 6; i++)
		pe->pub.bar_size[i] = emu->bar[i].size;
	pe->pub.msix_vectors = emu->msix.vectors;
	rt_log_obj_init(&pe->lo, log, "pci-emu[%s]", pe->pub.name);
	*out = &pe->pub;
	return 0;
}

int pci_emu_stats(const struct pci_dev *d, struct pci_emu_stats *out)
{
	struct pci_emu *pe;

	if (d->ops != &emu_ops)
		return -EINVAL;
	pe = rt_container_of(d, struct pci_emu, pub);
	out->dma_faults = atomic_load(&pe->dma_faults);
	out->irqs = atomic_load(&pe->irqs);
	out->irqs_dropped = atomic_load(&pe->irqs_dropped);
	return 0;
}
