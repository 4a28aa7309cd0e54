/* SPDX-License-Identifier: MIT */
/*
 * The null backend: reads return zeros, writes are discarded. It measures the
 * cost of everything above the disk, so it still completes through the loop.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/disk/disk_priv.h"

struct disk_null {
	struct disk disk;
	struct disk_defer defer;
	struct disk_null_stats stats;
};

static const struct disk_ops disk_null_ops;

static int disk_null_submit(struct disk *d, struct disk_req *req)
{
	struct disk_null *n = disk_container_of(d, struct disk_null, disk);

	switch (req->op) {
	case DISK_OP_READ:
		for (uint32_t i = 0; i < req->nsegs; i++)
			memset(req->segs[i].va, 0, req->segs[i].len);
		n->stats.reads++;
		n->stats.bytes_read += disk_req_bytes(req);
		break;
	case DISK_OP_WRITE:
		n->stats.writes++;
		n->stats.bytes_written += disk_req_bytes(req);
		break;
	case DISK_OP_FLUSH:
		n->stats.flushes++;
		break;
	case DISK_OP_UNMAP:
		n->stats.unmaps++;
		break;
	}
	disk_defer_complete(&n->defer, req, 0);
	return 0;
}

static void disk_null_destroy(struct disk *d)
{
	struct disk_null *n = disk_container_of(d, struct disk_null, disk);

	disk_defer_fini(&n->defer);
	free(n);
}

static const struct disk_ops disk_null_ops = {
	.submit = disk_null_submit,
	.destroy = disk_null_destroy,
};

int disk_null_open(uint64_t size, uint32_t flags, struct ev_loop *loop, struct disk **out)
{
	uint32_t bs = (flags & DISK_OPEN_4K) ? 4096 : 512;
	struct disk_null *n;

	if (!loop || !out || size / bs == 0)
		return -EINVAL;
	n = calloc(1, sizeof(*n));
	if (!n)
		return -ENOMEM;
	n->disk.ops = &disk_null_ops;
	n->disk.kind = "null";
	n->disk.loop = loop;
	n->disk.block_size = bs;
	n->disk.nblocks = size / bs;
	n->disk.flags = DISK_F_FUA | DISK_F_UNMAP;
	if (flags & DISK_OPEN_READONLY)
		n->disk.flags |= DISK_F_READONLY;
	n->disk.max_segs = 1024;
	disk_defer_init(&n->defer, &n->disk);
	*out = &n->disk;
	return 0;
}

int disk_null_stats(const struct disk *d, struct disk_null_stats *out)
{
	if (!d || d->ops != &disk_null_ops || !out)
		return -EINVAL;
	*out = disk_container_of(d, const struct disk_null, disk)->stats;
	return 0;
}
