/* SPDX-License-Identifier: MIT */
/* Tests for devices/disk/disk_null.c. */
#include <errno.h>
#include <stdlib.h>

#include "disk_test_util.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

START_TEST(zeros_and_counts)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d, *m;
	struct disk_null_stats st;
	uint8_t buf[4096];

	ck_assert_int_eq(disk_null_open(1ull << 40, 0, loop, &d), 0);
	ck_assert_uint_eq(d->nblocks, (1ull << 40) / 512);
	memset(buf, 0xAB, sizeof(buf));
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 5, buf, 4096), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, DISK_REQ_FUA, 5, buf, 512), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, 5, buf, 4096), 0);
	for (int i = 0; i < 4096; i++)
		ck_assert_uint_eq(buf[i], 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_FLUSH, 0, 0, NULL, 0), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_UNMAP, 0, 0, NULL, 8), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, d->nblocks, buf, 512), -EINVAL);
	ck_assert_int_eq(disk_null_stats(d, &st), 0);
	ck_assert_uint_eq(st.reads, 1);
	ck_assert_uint_eq(st.writes, 2);
	ck_assert_uint_eq(st.flushes, 1);
	ck_assert_uint_eq(st.unmaps, 1);
	ck_assert_uint_eq(st.bytes_read, 4096);
	ck_assert_uint_eq(st.bytes_written, 4608);
	ck_assert_int_eq(disk_mem_open(4096, 0, loop, &m), 0);
	ck_assert_int_eq(disk_null_stats(m, &st), -EINVAL);
	disk_close(m);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(many_outstanding)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;
	enum { N = 2000 };
	static struct tslot sl[N];
	static struct disk_req rq[N];
	static uint8_t buf[512];
	struct disk_seg seg = {.va = buf, .len = 512};
	struct tdone td = {0};
	struct disk_null_stats st;

	ck_assert_int_eq(disk_null_open(1 << 20, 0, loop, &d), 0);
	for (int i = 0; i < N; i++) {
		sl[i] = (struct tslot){.d = &td, .index = i};
		rq[i] = (struct disk_req){.op = DISK_OP_WRITE,
					  .lba = (uint64_t)i,
					  .segs = &seg,
					  .nsegs = 1,
					  .cb = tdone_cb,
					  .ctx = &sl[i]};
		ck_assert_int_eq(disk_submit(d, &rq[i]), 0);
	}
	ck_assert_int_eq(td.count, 0);
	tdone_wait(loop, &td, N);
	/* Deferred completions keep submission order. */
	for (int i = 0; i < N; i++)
		ck_assert_int_eq(td.order[i], i);
	ck_assert_int_eq(disk_null_stats(d, &st), 0);
	ck_assert_uint_eq(st.writes, N);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(zeros_and_counts), PV_CASE(many_outstanding), {0}};

	return pv_check_run("disk_null", cases);
}
