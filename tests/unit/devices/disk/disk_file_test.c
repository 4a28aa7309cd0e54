/* SPDX-License-Identifier: MIT */
/* Tests for devices/disk/disk_file.c (io_uring on a temporary file). */
#include <errno.h>
#include <fcntl.h>
#include <liburing.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "disk_test_util.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

#define TFILE_SIZE (8u << 20)

static char tpath[64];

static void tfile_setup(void)
{
	int fd;

	snprintf(tpath, sizeof(tpath), "/var/tmp/pv-disk-XXXXXX");
	fd = mkstemp(tpath);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, TFILE_SIZE), 0);
	close(fd);
}

static void tfile_teardown(void)
{
	unlink(tpath);
}

static void tfile_roundtrips(uint32_t flags, int expect_direct)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;
	struct disk_file_stats st;

	ck_assert_int_eq(disk_file_open(tpath, flags, loop, &d), 0);
	ck_assert_str_eq(d->kind, "file");
	ck_assert_uint_eq(d->nblocks * d->block_size, TFILE_SIZE);
	ck_assert(d->flags & DISK_F_WRITE_CACHE);
	ck_assert(d->flags & DISK_F_FUA);
	ck_assert(d->flags & DISK_F_UNMAP);
	/* 1000 outstanding is more than the ring holds: the backlog is exercised. */
	tdisk_roundtrips(d, loop, 1000);
	ck_assert_int_eq(disk_file_stats(d, &st), 0);
	/* The scattered write at an odd address had to go through the page cache. */
	ck_assert_uint_gt(st.buffered_ios, 0);
	if (expect_direct && st.dio_align)
		ck_assert_uint_gt(st.direct_ios, 0);
	if (!expect_direct)
		ck_assert_uint_eq(st.direct_ios, 0);
	ck_assert_uint_eq(st.fsyncs, 1);
	ck_assert_uint_eq(st.dsync_writes, 1);
	ck_assert_uint_eq(st.punches, 1);
	/* Batching: fewer io_uring_submit() calls than half the 2000+ requests
	 * (one per request would be over 2000). */
	ck_assert_uint_lt(st.submit_calls, 1000);
	disk_close(d);
	rt_loop_destroy(loop);
}

START_TEST(roundtrips_direct)
{
	tfile_roundtrips(0, 1);
}
END_TEST

START_TEST(roundtrips_buffered)
{
	tfile_roundtrips(DISK_OPEN_NO_DIRECT, 0);
}
END_TEST

START_TEST(roundtrips_4k)
{
	tfile_roundtrips(DISK_OPEN_4K, 1);
}
END_TEST

/* A write then a flush: the data is in the file (seen through another descriptor) and
 * the flush went to the kernel as an fdatasync that succeeded. */
START_TEST(write_flush_durable)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;
	struct disk_file_stats st;
	uint8_t *buf = aligned_alloc(4096, 4096), chk[4096];
	int fd;

	ck_assert_int_eq(disk_file_open(tpath, 0, loop, &d), 0);
	memset(buf, 0x5A, 4096);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 16, buf, 4096), 0);
	ck_assert_int_eq(disk_file_stats(d, &st), 0);
	ck_assert_uint_eq(st.fsyncs, 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_FLUSH, 0, 0, NULL, 0), 0);
	ck_assert_int_eq(disk_file_stats(d, &st), 0);
	ck_assert_uint_eq(st.fsyncs, 1);
	fd = open(tpath, O_RDONLY);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(pread(fd, chk, 4096, 16 * 512), 4096);
	ck_assert_mem_eq(chk, buf, 4096);
	close(fd);
	disk_close(d);
	free(buf);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(no_wcache_and_readonly)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;
	uint8_t buf[512] = {1};

	ck_assert_int_eq(disk_file_open(tpath, DISK_OPEN_NO_WCACHE, loop, &d), 0);
	ck_assert(!(d->flags & DISK_F_WRITE_CACHE));
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 1, buf, 512), 0);
	disk_close(d);
	ck_assert_int_eq(disk_open("file", tpath, DISK_OPEN_READONLY, loop, &d), 0);
	ck_assert(d->flags & DISK_F_READONLY);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_WRITE, 0, 1, buf, 512), -EROFS);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, 1, buf, 512), 0);
	ck_assert_uint_eq(buf[0], 1);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

/* The file shrinks under the disk: reads past the new end make no progress -> -EIO. */
START_TEST(shrunk_file_is_eio)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;
	uint8_t buf[512];

	ck_assert_int_eq(disk_file_open(tpath, DISK_OPEN_NO_DIRECT, loop, &d), 0);
	ck_assert_int_eq(truncate(tpath, 4096), 0);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, 100, buf, 512), -EIO);
	ck_assert_int_eq(tdisk_io(d, loop, DISK_OP_READ, 0, 0, buf, 512), 0);
	disk_close(d);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(bad_files)
{
	struct ev_loop *loop = rt_loop_new();
	struct disk *d;

	ck_assert_int_eq(disk_file_open("/nonexistent/x", 0, loop, &d), -ENOENT);
	ck_assert_int_eq(disk_file_open("/var/tmp", 0, loop, &d), -EISDIR);
	ck_assert_int_eq(truncate(tpath, 100), 0);
	/* Smaller than one block. */
	ck_assert_int_eq(disk_file_open(tpath, 0, loop, &d), -EINVAL);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("disk_file");
	TCase *tc = tcase_create("core");
	struct io_uring probe;
	int rc;

	rc = io_uring_queue_init(4, &probe, 0);
	if (rc) {
		printf("SKIP: io_uring unavailable (%d)\n", rc);
		return 77;
	}
	io_uring_queue_exit(&probe);
	tcase_add_checked_fixture(tc, tfile_setup, tfile_teardown);
	tcase_add_test(tc, roundtrips_direct);
	tcase_add_test(tc, roundtrips_buffered);
	tcase_add_test(tc, roundtrips_4k);
	tcase_add_test(tc, write_flush_durable);
	tcase_add_test(tc, no_wcache_and_readonly);
	tcase_add_test(tc, shrunk_file_is_eio);
	tcase_add_test(tc, bad_files);
	suite_add_tcase(s, tc);
	return pv_check_run_suite(s);
}
