/* SPDX-License-Identifier: MIT */
/* Helpers shared by the disk backend tests: completion counting and loop driving. */
#ifndef PV_TEST_DISK_UTIL_H
#define PV_TEST_DISK_UTIL_H

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <ev.h>

#include "devices/disk/disk.h"
#include "tests/unit/test_wait.h"

struct tdone {
	int count;
	int status;
	int order[4096]; /* completion order, by request index (when ctx is a tslot) */
};

struct tslot {
	struct tdone *d;
	int index;
	int status;
	int done;
};

static inline void tdone_cb(void *ctx, int status)
{
	struct tslot *s = ctx;

	s->done++;
	s->status = status;
	if (s->d->count < 4096)
		s->d->order[s->d->count] = s->index;
	s->d->count++;
	s->d->status = status;
}

/* Runs the loop until `want` completions arrived (or TEST_WAIT_S pass: a failure). */
static inline void tdone_wait(struct ev_loop *loop, struct tdone *d, int want)
{
	WAIT_UNTIL(loop, d->count >= want);
}

/* Submits one request on a single segment and waits for it; returns its status. */
static inline int tdisk_io(struct disk *dk, struct ev_loop *loop, uint8_t op, uint32_t flags,
			   uint64_t lba, void *buf, uint32_t len)
{
	struct tdone d = {0};
	struct tslot s = {.d = &d};
	struct disk_seg seg = {.gpa = 0, .va = buf, .len = len};
	struct disk_req r = {.op = op,
			     .flags = flags,
			     .lba = lba,
			     .segs = &seg,
			     .nsegs = 1,
			     .cb = tdone_cb,
			     .ctx = &s};
	int rc;

	if (op == DISK_OP_FLUSH) {
		r.segs = NULL;
		r.nsegs = 0;
	} else if (op == DISK_OP_UNMAP) {
		r.segs = NULL;
		r.nsegs = 0;
		r.nblocks = len;
	}
	rc = disk_submit(dk, &r);
	if (rc)
		return rc;
	/* Async contract: nothing completes inside disk_submit(). */
	ck_assert_int_eq(s.done, 0);
	tdone_wait(loop, &d, 1);
	ck_assert_int_eq(s.done, 1);
	return s.status;
}

/*
 * The round trips every data-keeping backend must pass: a scattered write
 * read back through differently split segments, FUA writes, flush, unmap
 * reading back zeros, and `n` requests outstanding at once.
 */
static inline void tdisk_roundtrips(struct disk *dk, struct ev_loop *loop, int n)
{
	uint32_t bs = dk->block_size;
	uint8_t *a = aligned_alloc(4096, 16 * 4096), *b = aligned_alloc(4096, 16 * 4096);
	struct disk_seg segs[3];
	struct tdone td = {0};
	struct tslot slot = {.d = &td};
	struct disk_req r = {.op = DISK_OP_WRITE,
			     .lba = 3,
			     .segs = segs,
			     .nsegs = 3,
			     .cb = tdone_cb,
			     .ctx = &slot};

	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	for (int i = 0; i < 16 * 4096; i++)
		a[i] = (uint8_t)(i * 7 + 1);
	/* Write 4 blocks from three segments of odd sizes and odd addresses. */
	segs[0] = (struct disk_seg){.va = a + 1, .len = bs / 2};
	segs[1] = (struct disk_seg){.va = a + 1 + bs / 2, .len = 3 * bs};
	segs[2] = (struct disk_seg){.va = a + 1 + bs / 2 + 3 * bs, .len = bs / 2};
	ck_assert_int_eq(disk_submit(dk, &r), 0);
	ck_assert_int_eq(slot.done, 0);
	tdone_wait(loop, &td, 1);
	ck_assert_int_eq(slot.status, 0);
	/* Read back as one aligned segment. */
	memset(b, 0xEE, 4 * bs);
	ck_assert_int_eq(tdisk_io(dk, loop, DISK_OP_READ, 0, 3, b, 4 * bs), 0);
	ck_assert_mem_eq(b, a + 1, 4 * bs);
	/* FUA write, then flush. */
	ck_assert_int_eq(tdisk_io(dk, loop, DISK_OP_WRITE, DISK_REQ_FUA, 10, a + 4096, 2 * bs), 0);
	ck_assert_int_eq(tdisk_io(dk, loop, DISK_OP_FLUSH, 0, 0, NULL, 0), 0);
	ck_assert_int_eq(tdisk_io(dk, loop, DISK_OP_READ, 0, 10, b, 2 * bs), 0);
	ck_assert_mem_eq(b, a + 4096, 2 * bs);
	/* Unmap the middle two of the first four blocks: they read back as zeros. */
	ck_assert_int_eq(tdisk_io(dk, loop, DISK_OP_UNMAP, 0, 4, NULL, 2), 0);
	ck_assert_int_eq(tdisk_io(dk, loop, DISK_OP_READ, 0, 3, b, 4 * bs), 0);
	ck_assert_mem_eq(b, a + 1, bs);
	for (uint32_t i = bs; i < 3 * bs; i++)
		ck_assert_uint_eq(b[i], 0);
	ck_assert_mem_eq(b + 3 * bs, a + 1 + 3 * bs, bs);

	/* Many outstanding: n one-block writes of distinct patterns, then n reads. */
	{
		struct tdone md = {0};
		struct tslot *sl = calloc((size_t)n, sizeof(*sl));
		struct disk_req *rq = calloc((size_t)n, sizeof(*rq));
		struct disk_seg *sg = calloc((size_t)n, sizeof(*sg));
		uint8_t *wb = aligned_alloc(4096, (size_t)n * bs),
			*rb = aligned_alloc(4096, (size_t)n * bs);

		ck_assert_ptr_nonnull(sl);
		ck_assert_ptr_nonnull(rq);
		ck_assert_ptr_nonnull(sg);
		ck_assert_ptr_nonnull(wb);
		ck_assert_ptr_nonnull(rb);
		ck_assert_uint_ge(dk->nblocks, 64 + (uint64_t)n);
		for (int i = 0; i < n; i++) {
			memset(wb + (size_t)i * bs, i & 0xFF, bs);
			wb[(size_t)i * bs] = (uint8_t)(i >> 8);
			sg[i] = (struct disk_seg){.va = wb + (size_t)i * bs, .len = bs};
			sl[i] = (struct tslot){.d = &md, .index = i};
			rq[i] = (struct disk_req){.op = DISK_OP_WRITE,
						  .lba = 64 + (uint64_t)i,
						  .segs = &sg[i],
						  .nsegs = 1,
						  .cb = tdone_cb,
						  .ctx = &sl[i]};
			ck_assert_int_eq(disk_submit(dk, &rq[i]), 0);
		}
		ck_assert_int_eq(md.count, 0);
		ck_assert_uint_eq(dk->inflight, (uint64_t)n);
		tdone_wait(loop, &md, n);
		for (int i = 0; i < n; i++) {
			ck_assert_int_eq(sl[i].done, 1);
			ck_assert_int_eq(sl[i].status, 0);
			sg[i].va = rb + (size_t)i * bs;
			rq[i].op = DISK_OP_READ;
			ck_assert_int_eq(disk_submit(dk, &rq[i]), 0);
		}
		tdone_wait(loop, &md, 2 * n);
		ck_assert_mem_eq(rb, wb, (size_t)n * bs);
		ck_assert_uint_eq(dk->inflight, 0);
		free(sl);
		free(rq);
		free(sg);
		free(wb);
		free(rb);
	}
	free(a);
	free(b);
}

#endif
