/*
 * DMA pool: a memfd mapped here and into the device at a fixed IOVA range,
 * carved into IOVA-contiguous buffers of whole 4 KiB pages (first fit over
 * a page bitmap: pools hold queues and PRP lists, a few hundred pages, and
 * allocation is off the I/O path).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "drivers/pci.h"
#include "drivers/pci_dma.h"
#include "runtime/util.h"

struct pci_dma_pool {
	struct pci_dev *dev;
	int fd;
	uint8_t *va;
	uint64_t size, iova;
	uint64_t pages;
	bool mapped;          /* we made the device mapping (adopt may find it kept) */
	pthread_mutex_t lock; /* protects used[], used_pages */
	uint64_t used_pages;
	uint64_t *used; /* bitmap, one bit a page */
};

static bool page_used(const struct pci_dma_pool *p, uint64_t i)
{
	return p->used[i / 64] >> (i % 64) & 1;
}

static void pages_mark(struct pci_dma_pool *p, uint64_t first, uint64_t n, bool on)
{
	for (uint64_t i = first; i < first + n; i++) {
		if (on)
			p->used[i / 64] |= UINT64_C(1) << (i % 64);
		else
			p->used[i / 64] &= ~(UINT64_C(1) << (i % 64));
	}
	/* Written under the lock, read without it by pci_dma_pool_used(). */
	__atomic_store_n(&p->used_pages, on ? p->used_pages + n : p->used_pages - n,
			 __ATOMIC_RELAXED);
}

static int pool_init(struct pci_dev *d, int fd, uint64_t size, uint64_t iova_base, bool map,
		     struct pci_dma_pool **out)
{
	struct pci_dma_pool *p;
	int rc;

	p = calloc(1, sizeof(*p));
	if (!p)
		return -ENOMEM;
	p->pages = size / RT_PAGE_SIZE;
	p->used = calloc((p->pages + 63) / 64, sizeof(uint64_t));
	if (!p->used) {
		rc = -ENOMEM;
		goto fail_bitmap;
	}
	p->va = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p->va == MAP_FAILED) {
		rc = -errno;
		goto fail_mmap;
	}
	if (map) {
		rc = pci_dma_map_fd(d, fd, 0, p->va, iova_base, size);
		if (rc < 0)
			goto fail_map;
		p->mapped = true;
	}
	p->dev = d;
	p->fd = fd;
	p->size = size;
	p->iova = iova_base;
	pthread_mutex_init(&p->lock, NULL);
	*out = p;
	return 0;

fail_map:
	munmap(p->va, size);
fail_mmap:
	free(p->used);
fail_bitmap:
	free(p);
	return rc;
}

int pci_dma_pool_create(struct pci_dev *d, uint64_t size, uint64_t iova_base,
			struct pci_dma_pool **out)
{
	int fd, rc;

	if (!size || !rt_is_aligned(size | iova_base, (uint64_t)RT_PAGE_SIZE))
		return -EINVAL;
	fd = memfd_create("pv-dma-pool", MFD_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (ftruncate(fd, (off_t)size) < 0) {
		rc = -errno;
		close(fd);
		return rc;
	}
	rc = pool_init(d, fd, size, iova_base, true, out);
	if (rc < 0)
		close(fd);
	return rc;
}

int pci_dma_pool_adopt(struct pci_dev *d, int memfd, uint64_t size, uint64_t iova_base,
		       struct pci_dma_pool **out)
{
	int rc;

	if (!size || !rt_is_aligned(size | iova_base, (uint64_t)RT_PAGE_SIZE))
		return -EINVAL;
	/* The device kept the mapping (a kept VFIO container: the memfd's pages stay pinned). */
	rc = pool_init(d, memfd, size, iova_base, false, out);
	if (!rc)
		(*out)->mapped = true; /* ours to unmap at destroy */
	return rc;
}

void pci_dma_pool_destroy(struct pci_dma_pool *p)
{
	if (!p)
		return;
	if (p->mapped)
		pci_dma_unmap(p->dev, p->iova, p->size);
	munmap(p->va, p->size);
	close(p->fd);
	pthread_mutex_destroy(&p->lock);
	free(p->used);
	free(p);
}

void pci_dma_pool_forget(struct pci_dma_pool *p)
{
	if (!p)
		return;
	pthread_mutex_destroy(&p->lock);
	free(p->used);
	free(p);
}

static struct pci_dma_buf buf_at(const struct pci_dma_pool *p, uint64_t first, uint64_t n)
{
	return (struct pci_dma_buf){
		.va = p->va + first * RT_PAGE_SIZE,
		.iova = p->iova + first * RT_PAGE_SIZE,
		.len = (size_t)(n * RT_PAGE_SIZE),
	};
}

int pci_dma_alloc(struct pci_dma_pool *p, size_t len, struct pci_dma_buf *out)
{
	uint64_t n = rt_align_up((uint64_t)len, (uint64_t)RT_PAGE_SIZE) / RT_PAGE_SIZE;
	uint64_t run = 0;
	int rc = -ENOMEM;

	if (!n)
		return -EINVAL;
	pthread_mutex_lock(&p->lock);
	for (uint64_t i = 0; i < p->pages; i++) {
		run = page_used(p, i) ? 0 : run + 1;
		if (run == n) {
			pages_mark(p, i + 1 - n, n, true);
			*out = buf_at(p, i + 1 - n, n);
			rc = 0;
			break;
		}
	}
	pthread_mutex_unlock(&p->lock);
	if (!rc)
		memset(out->va, 0, out->len);
	return rc;
}

void pci_dma_free(struct pci_dma_pool *p, const struct pci_dma_buf *b)
{
	uint64_t first = (b->iova - p->iova) / RT_PAGE_SIZE;

	pthread_mutex_lock(&p->lock);
	pages_mark(p, first, b->len / RT_PAGE_SIZE, false);
	pthread_mutex_unlock(&p->lock);
}

int pci_dma_pool_claim(struct pci_dma_pool *p, uint64_t iova, size_t len, struct pci_dma_buf *out)
{
	uint64_t first, n = rt_align_up((uint64_t)len, (uint64_t)RT_PAGE_SIZE) / RT_PAGE_SIZE;
	int rc = 0;

	if (!n || iova < p->iova || !rt_is_aligned(iova, (uint64_t)RT_PAGE_SIZE))
		return -EINVAL;
	first = (iova - p->iova) / RT_PAGE_SIZE;
	if (first >= p->pages || n > p->pages - first)
		return -EINVAL;
	pthread_mutex_lock(&p->lock);
	for (uint64_t i = first; i < first + n; i++)
		if (page_used(p, i))
			rc = -EEXIST;
	if (!rc) {
		pages_mark(p, first, n, true);
		*out = buf_at(p, first, n);
	}
	pthread_mutex_unlock(&p->lock);
	return rc;
}

int pci_dma_pool_fd(const struct pci_dma_pool *p)
{
	return p->fd;
}

uint64_t pci_dma_pool_used(const struct pci_dma_pool *p)
{
	return __atomic_load_n(&p->used_pages, __ATOMIC_RELAXED) * RT_PAGE_SIZE;
}
