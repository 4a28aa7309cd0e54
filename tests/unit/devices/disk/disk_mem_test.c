/* SPDX-License-Identifier: MIT */
/* Tests for devices/disk/disk_mem.c. */
#include <errno.h>
#include <stdlib.h>

#include "disk_test_util.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

START_TEST(roundtrips_512)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;

	ck_assert_int_eq(disk_mem_open(1 << 20, 0, loop, &d), 0);
	ck_assert_uint_eq(d->flags, DISK_F_FUA | DISK_F_UNMAP);
	tdisk_roundtrips(d, loop, 1000);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(roundtrips_4k)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;

	ck_assert_int_eq(disk_mem_open(8 << 20, DISK_OPEN_4K, loop, &d), 0);
	ck_assert_uint_eq(d->block_size, 4096);
	tdisk_roundtrips(d, loop, 300);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

/* A callback that submits again: the new request must not complete in the same pass. */
struct resubmit {
	struct disk *d;
	struct disk_req r;
	struct disk_seg seg;
	uint8_t buf[512];
	int done;
	int left;
};

static void resubmit_cb(void *ctx, int status)
{
	struct resubmit *rs = ctx;

	ck_assert_int_eq(status, 0);
	rs->done++;
	if (--rs->left > 0) {
		int before = rs->done;

		ck_assert_int_eq(disk_submit(rs->d, &rs->r), 0);
		ck_assert_int_eq(rs->done, before);
	}
}

START_TEST(resubmit_from_callback)
{
	struct ev_loop *loop = rt_loop_new();
	struct resubmit rs = {.left = 5};

	ck_assert_int_eq(disk_mem_open(1 << 16, 0, loop, &rs.d), 0);
	rs.seg = (struct disk_seg){.va = rs.buf, .len = 512};
	rs.r = (struct disk_req){
		.op = DISK_OP_READ, .segs = &rs.seg, .nsegs = 1, .cb = resubmit_cb, .ctx = &rs};
	ck_assert_int_eq(disk_submit(rs.d, &rs.r), 0);
	/* The loop stays alive exactly as long as completions are pending. */
	ev_run(loop, 0);
	ck_assert_int_eq(rs.done, 5);
	disk_close(rs.d);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(fault_injection)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d, *n;
	uint8_t buf[2048] = {0};

	ck_assert_int_eq(disk_mem_open(1 << 16, 0, loop, &d), 0);
	ck_assert_int_eq(disk_mem_set_fault(d, 8, 2, -EIO), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, 9, buf, 512), -EIO);
	/* A request overlapping the bad range by one block fails too. */
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 6, buf, 1024), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 6, buf, 1536), -EIO);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, 10, buf, 512), 0);
	ck_assert_int_eq(disk_mem_set_fault(d, 0, 1, -ENOSPC), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 0, buf, 512), -ENOSPC);
	ck_assert_int_eq(disk_mem_set_fault(d, 0, 0, 0), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 0, buf, 512), 0);
	ck_assert_int_eq(disk_mem_set_fault(d, 128, 1, -EIO), -EINVAL);
	ck_assert_int_eq(disk_mem_set_fault(d, 0, 1, 5), -EINVAL);
	ck_assert_int_eq(disk_null_open(1 << 16, 0, loop, &n), 0);
	ck_assert_int_eq(disk_mem_set_fault(n, 0, 1, -EIO), -EINVAL);
	disk_close(n);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(roundtrips_512),
					      PV_CASE(roundtrips_4k),
					      PV_CASE(resubmit_from_callback),
					      PV_CASE(fault_injection),
					      {0}};

	return pv_check_run("disk_mem", cases);
}
