/* SPDX-License-Identifier: MIT */
/* The disk interface: request validation, the backend factory, size parsing. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/disk/disk_priv.h"
#include "runtime/loop.h"

uint64_t disk_req_bytes(const struct disk_req *req)
{
	uint64_t total = 0;

	for (uint32_t i = 0; i < req->nsegs; i++) {
		if (total > UINT64_MAX - req->segs[i].len)
			return UINT64_MAX;
		total += req->segs[i].len;
	}
	return total;
}

static int disk_check_range(const struct disk *d, uint64_t lba, uint64_t nblocks)
{
	if (nblocks == 0 || lba >= d->nblocks || nblocks > d->nblocks - lba)
		return -EINVAL;
	return 0;
}

static int disk_validate(const struct disk *d, const struct disk_req *req)
{
	uint64_t bytes;

	if (!req->cb)
		return -EINVAL;
	switch (req->op) {
	case DISK_OP_READ:
	case DISK_OP_WRITE:
		if (req->op == DISK_OP_WRITE && (d->flags & DISK_F_READONLY))
			return -EROFS;
		if (req->nsegs == 0 || req->nsegs > d->max_segs || !req->segs)
			return -EINVAL;
		if (req->flags & ~DISK_REQ_FUA)
			return -EINVAL;
		bytes = disk_req_bytes(req);
		if (bytes == UINT64_MAX || bytes % d->block_size)
			return -EINVAL;
		return disk_check_range(d, req->lba, bytes / d->block_size);
	case DISK_OP_FLUSH:
		return req->flags ? -EINVAL : 0;
	case DISK_OP_UNMAP:
		if (d->flags & DISK_F_READONLY)
			return -EROFS;
		if (!(d->flags & DISK_F_UNMAP))
			return -EOPNOTSUPP;
		if (req->flags)
			return -EINVAL;
		return disk_check_range(d, req->lba, req->nblocks);
	default:
		return -EINVAL;
	}
}

int disk_submit(struct disk *d, struct disk_req *req)
{
	int rc;

	rt_loop_assert_thread(d->loop);
	rc = disk_validate(d, req);
	if (rc)
		return rc;
	req->next = NULL;
	req->status = 0;
	req->sense_key = 0;
	req->sense_asc = 0;
	rc = d->ops->submit(d, req);
	if (rc == 0)
		d->inflight++;
	return rc;
}

int disk_carry(struct disk *d, const struct disk_req *req, struct disk_carry *out)
{
	rt_loop_assert_thread(d->loop);
	if (!d->ops->carry)
		return -EOPNOTSUPP;
	memset(out, 0, sizeof(*out));
	return d->ops->carry(d, req, out);
}

int disk_adopt(struct disk *d, struct disk_req *req, const struct disk_carry *in, bool check_only)
{
	int rc;

	rt_loop_assert_thread(d->loop);
	if (!d->ops->adopt)
		return -EOPNOTSUPP;
	/* The same rules as a request submitted here: it was one, rebuilt from the guest's. */
	rc = disk_validate(d, req);
	if (rc)
		return rc;
	req->next = NULL;
	req->status = 0;
	req->sense_key = 0;
	req->sense_asc = 0;
	rc = d->ops->adopt(d, req, in, check_only);
	if (rc == 0 && !check_only)
		d->inflight++;
	return rc;
}

void disk_complete(struct disk *d, struct disk_req *req, int status)
{
	d->inflight--;
	req->cb(req->ctx, status);
}

void disk_close(struct disk *d)
{
	if (d)
		d->ops->destroy(d);
}

int disk_parse_size(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;
	unsigned shift = 0;

	if (!s || *s < '0' || *s > '9')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno)
		return -EINVAL;
	switch (*end) {
	case '\0':
		break;
	case 'k':
	case 'K':
		shift = 10;
		end++;
		break;
	case 'm':
	case 'M':
		shift = 20;
		end++;
		break;
	case 'g':
	case 'G':
		shift = 30;
		end++;
		break;
	case 't':
	case 'T':
		shift = 40;
		end++;
		break;
	default:
		return -EINVAL;
	}
	if (shift && (strcmp(end, "iB") == 0 || strcmp(end, "B") == 0))
		end += strlen(end);
	if (*end != '\0' || v == 0 || (shift && v > (UINT64_MAX >> shift)))
		return -EINVAL;
	*out = (uint64_t)v << shift;
	return 0;
}

int disk_open(const char *kind, const char *arg, uint32_t flags, struct ev_loop *loop,
	      struct disk **out)
{
	uint64_t size;
	int rc;

	if (!kind || !arg || !loop || !out)
		return -EINVAL;
	if (strcmp(kind, "file") == 0)
		return disk_file_open(arg, flags, loop, out);
	if (strcmp(kind, "memory") != 0 && strcmp(kind, "null") != 0)
		return -EINVAL;
	rc = disk_parse_size(arg, &size);
	if (rc)
		return rc;
	if (strcmp(kind, "memory") == 0)
		return disk_mem_open(size, flags, loop, out);
	return disk_null_open(size, flags, loop, out);
}
