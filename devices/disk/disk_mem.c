/* SPDX-License-Identifier: MIT */
/*
 * The memory backend: a RAM disk in an anonymous mapping. The work is done at
 * submit time; completions still go through the loop (disk_defer).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "devices/disk/disk_priv.h"

struct disk_mem {
	struct disk disk;
	struct disk_defer defer;
	uint8_t *base;
	size_t size;
	uint64_t fault_lba, fault_nblocks; /* fault injection, see disk_mem_set_fault() */
	int fault_status;
};

static const struct disk_ops disk_mem_ops;

static int disk_mem_faulted(const struct disk_mem *m, uint64_t lba, uint64_t nblocks)
{
	if (!m->fault_status || !m->fault_nblocks)
		return 0;
	if (lba < m->fault_lba + m->fault_nblocks && m->fault_lba < lba + nblocks)
		return m->fault_status;
	return 0;
}

static int disk_mem_submit(struct disk *d, struct disk_req *req)
{
	struct disk_mem *m = disk_container_of(d, struct disk_mem, disk);
	uint64_t off = req->lba * d->block_size;
	int status = 0;

	switch (req->op) {
	case DISK_OP_READ:
	case DISK_OP_WRITE:
		status = disk_mem_faulted(m, req->lba, disk_req_bytes(req) / d->block_size);
		if (status)
			break;
		for (uint32_t i = 0; i < req->nsegs; i++) {
			const struct disk_seg *s = &req->segs[i];

			if (req->op == DISK_OP_READ)
				memcpy(s->va, m->base + off, s->len);
			else
				memcpy(m->base + off, s->va, s->len);
			off += s->len;
		}
		break;
	case DISK_OP_UNMAP:
		/* Unmapped blocks read back as zeros (LBPRZ), which the VPD page promises. */
		memset(m->base + off, 0, req->nblocks * d->block_size);
		break;
	case DISK_OP_FLUSH:
		break;
	}
	disk_defer_complete(&m->defer, req, status);
	return 0;
}

static void disk_mem_destroy(struct disk *d)
{
	struct disk_mem *m = disk_container_of(d, struct disk_mem, disk);

	disk_defer_fini(&m->defer);
	munmap(m->base, m->size);
	free(m);
}

static const struct disk_ops disk_mem_ops = {
	.submit = disk_mem_submit,
	.destroy = disk_mem_destroy,
};

int disk_mem_open(uint64_t size, uint32_t flags, struct ev_loop *loop, struct disk **out)
{
	uint32_t bs = (flags & DISK_OPEN_4K) ? 4096 : 512;
	struct disk_mem *m;

	if (!loop || !out || size / bs == 0 || size > SIZE_MAX)
		return -EINVAL;
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	m->size = (size_t)(size / bs * bs);
	/* NORESERVE: a large RAM disk costs only the blocks actually written. */
	m->base = mmap(NULL, m->size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m->base == MAP_FAILED) {
		free(m);
		return -ENOMEM;
	}
	m->disk.ops = &disk_mem_ops;
	m->disk.kind = "memory";
	m->disk.loop = loop;
	m->disk.block_size = bs;
	m->disk.nblocks = m->size / bs;
	m->disk.flags = DISK_F_FUA | DISK_F_UNMAP;
	if (flags & DISK_OPEN_READONLY)
		m->disk.flags |= DISK_F_READONLY;
	m->disk.max_segs = 1024;
	disk_defer_init(&m->defer, &m->disk);
	*out = &m->disk;
	return 0;
}

int disk_mem_set_fault(struct disk *d, uint64_t lba, uint64_t nblocks, int status)
{
	struct disk_mem *m;

	if (!d || d->ops != &disk_mem_ops || status > 0)
		return -EINVAL;
	if (status && (nblocks == 0 || lba >= d->nblocks || nblocks > d->nblocks - lba))
		return -EINVAL;
	m = disk_container_of(d, struct disk_mem, disk);
	m->fault_lba = lba;
	m->fault_nblocks = nblocks;
	m->fault_status = status;
	return 0;
}
