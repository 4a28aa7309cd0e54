/* SPDX-License-Identifier: MIT */
/* Tests for devices/disk/disk.c: validation rules, the factory, size parsing. */
#include <errno.h>
#include <stdlib.h>

#include "disk_test_util.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

START_TEST(parse_size)
{
	uint64_t v;

	ck_assert_int_eq(disk_parse_size("4096", &v), 0);
	ck_assert_uint_eq(v, 4096);
	ck_assert_int_eq(disk_parse_size("64M", &v), 0);
	ck_assert_uint_eq(v, 64ull << 20);
	ck_assert_int_eq(disk_parse_size("2GiB", &v), 0);
	ck_assert_uint_eq(v, 2ull << 30);
	ck_assert_int_eq(disk_parse_size("1k", &v), 0);
	ck_assert_uint_eq(v, 1024);
	ck_assert_int_eq(disk_parse_size("0x1000", &v), 0);
	ck_assert_uint_eq(v, 4096);
	ck_assert_int_eq(disk_parse_size("", &v), -EINVAL);
	ck_assert_int_eq(disk_parse_size("0", &v), -EINVAL);
	ck_assert_int_eq(disk_parse_size("-1", &v), -EINVAL);
	ck_assert_int_eq(disk_parse_size("12Q", &v), -EINVAL);
	ck_assert_int_eq(disk_parse_size("1Mx", &v), -EINVAL);
	ck_assert_int_eq(disk_parse_size("99999999T", &v), -EINVAL);
	ck_assert_int_eq(disk_parse_size("99999999999999999999999", &v), -EINVAL);
	ck_assert_int_eq(disk_parse_size(NULL, &v), -EINVAL);
}
END_TEST

START_TEST(factory)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;

	ck_assert_ptr_nonnull(loop);
	ck_assert_int_eq(disk_open("memory", "1M", 0, loop, &d), 0);
	ck_assert_str_eq(d->kind, "memory");
	ck_assert_uint_eq(d->block_size, 512);
	ck_assert_uint_eq(d->nblocks, 2048);
	disk_close(d);
	ck_assert_int_eq(disk_open("null", "1M", DISK_OPEN_4K, loop, &d), 0);
	ck_assert_str_eq(d->kind, "null");
	ck_assert_uint_eq(d->block_size, 4096);
	ck_assert_uint_eq(d->nblocks, 256);
	disk_close(d);
	ck_assert_int_eq(disk_open("nvme", "1M", 0, loop, &d), -EINVAL);
	ck_assert_int_eq(disk_open("memory", "junk", 0, loop, &d), -EINVAL);
	/* Smaller than one block. */
	ck_assert_int_eq(disk_open("memory", "100", 0, loop, &d), -EINVAL);
	ck_assert_int_eq(disk_open("file", "/nonexistent/disk.img", 0, loop, &d), -ENOENT);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(validation)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;
	struct tdone td = {0};
	struct tslot s = {.d = &td};
	static uint8_t buf[8192];
	struct disk_seg seg = {.va = buf, .len = 512};
	struct disk_seg seg0 = {.va = buf + 4096, .len = 512};
	struct disk_req r0 = {.op = DISK_OP_READ,
			      .lba = 127,
			      .segs = &seg0,
			      .nsegs = 1,
			      .cb = tdone_cb,
			      .ctx = &s};
	/* Each one thing wrong with an otherwise good 512-byte read of LBA 0. */
	const struct {
		struct disk_req r; /* segs and ctx filled in below */
		uint32_t seg_len;
	} bad[] = {
		/* One past the last block (the caller reports LBA OUT OF RANGE). */
		{{.op = DISK_OP_READ, .lba = 128, .nsegs = 1, .cb = tdone_cb}, 512},
		{{.op = DISK_OP_READ, .lba = UINT64_MAX, .nsegs = 1, .cb = tdone_cb}, 512},
		/* Straddling the end. */
		{{.op = DISK_OP_READ, .lba = 127, .nsegs = 1, .cb = tdone_cb}, 1024},
		/* Not a multiple of the block size. */
		{{.op = DISK_OP_READ, .nsegs = 1, .cb = tdone_cb}, 513},
		{{.op = DISK_OP_READ, .nsegs = 1, .cb = tdone_cb}, 0},
		{{.op = DISK_OP_READ, .nsegs = 0, .cb = tdone_cb}, 512},
		{{.op = DISK_OP_READ, .nsegs = 1, .flags = 0x80, .cb = tdone_cb}, 512},
		{{.op = 9, .nsegs = 1, .cb = tdone_cb}, 512},
		{{.op = DISK_OP_UNMAP, .nsegs = 1, .nblocks = 0, .cb = tdone_cb}, 512},
		{{.op = DISK_OP_UNMAP, .nsegs = 1, .nblocks = 129, .cb = tdone_cb}, 512},
		{{.op = DISK_OP_READ, .nsegs = 1}, 512}, /* no callback */
	};

	ck_assert_int_eq(disk_open("memory", "64K", 0, loop, &d), 0);
	/* The last block is fine. */
	ck_assert_int_eq(disk_submit(d, &r0), 0);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct disk_req r = bad[i].r;

		seg.len = bad[i].seg_len;
		r.segs = &seg;
		r.ctx = &s;
		ck_assert_msg(disk_submit(d, &r) == -EINVAL, "bad request %zu accepted", i);
	}
	/* Synchronous failures never call back; the one accepted request did. */
	tdone_wait(loop, &td, 1);
	ck_assert_int_eq(td.count, 1);
	ck_assert_uint_eq(d->inflight, 0);
	disk_close(d);

	ck_assert_int_eq(disk_open("memory", "64K", DISK_OPEN_READONLY, loop, &d), 0);
	ck_assert(d->flags & DISK_F_READONLY);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 0, buf, 512), -EROFS);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_UNMAP, 0, 0, NULL, 1), -EROFS);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, 0, buf, 512), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_FLUSH, 0, 0, NULL, 0), 0);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(parse_size), PV_CASE(factory), PV_CASE(validation), {0}};

	return pv_check_run("disk", cases);
}
