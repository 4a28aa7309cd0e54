#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/gmem_view.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

#define MEM (64 * RT_PAGE_SIZE)

static struct rt_gmem *mk(void)
{
	struct rt_gmem *g;

	ck_assert_int_eq(rt_gmem_create_memfd(MEM, &g), 0);
	return g;
}

START_TEST(test_create_and_bounds)
{
	struct rt_gmem *g;
	uint8_t buf[16] = {1, 2, 3};
	uint8_t back[16];

	ck_assert_int_eq(rt_gmem_create_memfd(0, &g), -EINVAL);
	ck_assert_int_eq(rt_gmem_create_memfd(100, &g), -EINVAL);
	g = mk();
	ck_assert_uint_eq(rt_gmem_size(g), MEM);
	ck_assert_uint_eq(rt_gmem_page_count(g), 64);
	ck_assert(rt_gmem_pfn_valid(g, 63));
	ck_assert(!rt_gmem_pfn_valid(g, 64));
	ck_assert_int_eq(rt_gmem_write(g, MEM - 16, buf, 16), 0);
	ck_assert_int_eq(rt_gmem_read(g, MEM - 16, back, 16), 0);
	ck_assert_mem_eq(buf, back, 16);
	ck_assert_int_eq(rt_gmem_read(g, MEM - 15, back, 16), -EFAULT);
	ck_assert_int_eq(rt_gmem_write(g, MEM, buf, 1), -EFAULT);
	/* gpa + len wraps around 2^64: must not pass as "small". */
	ck_assert_int_eq(rt_gmem_read(g, UINT64_MAX - 3, back, 16), -EFAULT);
	ck_assert_int_eq(rt_gmem_read(g, MEM, back, 0), 0);
	rt_gmem_destroy(g);
}
END_TEST

/*
 * The memfd goes to other processes (the sim guest): its size is sealed, so
 * none can make our mapping fault by truncating it, nor add seals of its own.
 * Punching holes (the kvm partition's reboot) still works.
 */
START_TEST(test_memfd_sealed)
{
	struct rt_gmem *g = mk();
	int fd = rt_gmem_fd(g);
	uint8_t b = 0x5a;

	ck_assert_int_eq(rt_gmem_write(g, MEM - 1, &b, 1), 0);
	ck_assert_int_eq(ftruncate(fd, 0), -1);
	ck_assert_int_eq(errno, EPERM);
	ck_assert_int_eq(ftruncate(fd, MEM * 2), -1);
	ck_assert_int_eq(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE), -1);
	ck_assert_int_eq(fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, MEM), 0);
	ck_assert_int_eq(rt_gmem_read(g, MEM - 1, &b, 1), 0);
	ck_assert_uint_eq(b, 0);
	rt_gmem_destroy(g);
}
END_TEST

START_TEST(test_from_fd_shares_memory)
{
	struct rt_gmem *g = mk(), *h;
	int fd = dup(rt_gmem_fd(g));
	uint32_t v = 0xdeadbeef, w = 0;

	ck_assert_int_eq(rt_gmem_from_fd(fd, MEM * 2, &h), -EINVAL); /* fd too small */
	ck_assert_int_eq(rt_gmem_from_fd(fd, MEM, &h), 0);
	ck_assert_int_eq(rt_gmem_write(g, 4096 * 5 + 8, &v, 4), 0);
	ck_assert_int_eq(rt_gmem_read(h, 4096 * 5 + 8, &w, 4), 0);
	ck_assert_uint_eq(w, v);
	rt_gmem_destroy(h);
	rt_gmem_destroy(g);
}
END_TEST

START_TEST(test_ranges_check)
{
	struct rt_gmem *g = mk();
	uint64_t pfns[3] = {3, 9, 4};
	struct rt_gpa_range r = {.len = 8192, .offset = 100, .pfn_count = 3, .pfns = pfns};
	uint64_t total;

	ck_assert_uint_eq(rt_gpa_range_pages(0, 4096), 1);
	ck_assert_uint_eq(rt_gpa_range_pages(1, 4096), 2);
	ck_assert_uint_eq(rt_gpa_range_pages(4095, UINT32_MAX), 1048577);
	ck_assert_int_eq(rt_gpa_ranges_check(g, &r, 1, &total), 0);
	ck_assert_uint_eq(total, 8192);
	r.pfn_count = 2; /* shape disagrees with offset + len */
	ck_assert_int_eq(rt_gpa_ranges_check(g, &r, 1, NULL), -EINVAL);
	r.pfn_count = 3;
	r.offset = 4096;
	ck_assert_int_eq(rt_gpa_ranges_check(g, &r, 1, NULL), -EINVAL);
	r.offset = 100;
	pfns[1] = 64; /* just past the end of memory */
	ck_assert_int_eq(rt_gpa_ranges_check(g, &r, 1, NULL), -EFAULT);
	pfns[1] = UINT64_MAX;
	ck_assert_int_eq(rt_gpa_ranges_check(g, &r, 1, NULL), -EFAULT);
	rt_gmem_destroy(g);
}
END_TEST

START_TEST(test_copy_scatter)
{
	struct rt_gmem *g = mk();
	uint64_t p2[1] = {20};
	struct rt_gpa_range r[2] = {
		{.len = 5000, .offset = 4000, .pfn_count = 3, .pfns = NULL},
		{.len = 300, .offset = 7, .pfn_count = 1, .pfns = p2},
	};
	uint64_t p1b[3] = {10, 2, 11};
	uint8_t src[5300], dst[5300], byte;
	size_t i;

	r[0].pfns = p1b;
	for (i = 0; i < sizeof(src); i++)
		src[i] = (uint8_t)(i * 7 + 1);
	ck_assert_int_eq(rt_gpa_copy_to(g, r, 2, 0, src, sizeof(src)), 0);
	/* Spot-check placement: byte 0 at pfn 10 + 4000, byte 96 at pfn 2 + 0, byte 5000 at pfn 20 + 7. */
	ck_assert_int_eq(rt_gmem_read(g, 10 * 4096 + 4000, &byte, 1), 0);
	ck_assert_uint_eq(byte, src[0]);
	ck_assert_int_eq(rt_gmem_read(g, 2 * 4096, &byte, 1), 0);
	ck_assert_uint_eq(byte, src[96]);
	ck_assert_int_eq(rt_gmem_read(g, 11 * 4096, &byte, 1), 0);
	ck_assert_uint_eq(byte, src[96 + 4096]);
	ck_assert_int_eq(rt_gmem_read(g, 20 * 4096 + 7, &byte, 1), 0);
	ck_assert_uint_eq(byte, src[5000]);
	memset(dst, 0, sizeof(dst));
	ck_assert_int_eq(rt_gpa_copy_from(g, r, 2, 0, dst, sizeof(dst)), 0);
	ck_assert_mem_eq(src, dst, sizeof(src));
	/* Offset into the list, crossing the range boundary. */
	ck_assert_int_eq(rt_gpa_copy_from(g, r, 2, 4990, dst, 20), 0);
	ck_assert_mem_eq(src + 4990, dst, 20);
	/* Past the end of the list. */
	ck_assert_int_eq(rt_gpa_copy_from(g, r, 2, 5290, dst, 11), -EINVAL);
	ck_assert_int_eq(rt_gpa_copy_from(g, r, 2, UINT64_MAX, dst, 1), -EINVAL);
	/* A bad pfn is caught even without a prior check. */
	p1b[1] = 1000;
	ck_assert_int_eq(rt_gpa_copy_from(g, r, 2, 0, dst, sizeof(dst)), -EFAULT);
	rt_gmem_destroy(g);
}
END_TEST

START_TEST(test_iov)
{
	struct rt_gmem *g = mk();
	uint64_t pfns[4] = {5, 6, 7, 30};
	struct rt_gpa_range r = {
		.len = 4 * 4096 - 200, .offset = 100, .pfn_count = 4, .pfns = pfns};
	struct iovec iov[4];
	uint8_t byte = 0x5a, back = 0;
	int n;

	n = rt_gpa_iov(g, &r, 1, 0, r.len, iov, 4);
	ck_assert_int_eq(n, 2); /* 5..7 merge, 30 is separate */
	ck_assert_uint_eq(iov[0].iov_len, 3 * 4096 - 100);
	ck_assert_uint_eq(iov[1].iov_len, 4096 - 100);
	((uint8_t *)iov[1].iov_base)[0] = byte;
	ck_assert_int_eq(rt_gmem_read(g, 30 * 4096, &back, 1), 0);
	ck_assert_uint_eq(back, byte);
	ck_assert_int_eq(rt_gpa_iov(g, &r, 1, 0, r.len, iov, 1), -E2BIG);
	ck_assert_int_eq(rt_gpa_iov(g, &r, 1, 0, r.len + 1, iov, 4), -EINVAL);
	rt_gmem_destroy(g);
}
END_TEST

START_TEST(test_view_repeat)
{
	struct rt_gmem *g = mk();
	uint64_t pfns[3] = {40, 12, 13};
	struct rt_gmem_view v;
	uint64_t bad[2] = {1, 64};

	ck_assert_int_eq(rt_gmem_view_map(g, pfns, 3, 1, &v), 0);
	ck_assert_uint_eq(v.len, 5 * 4096);
	v.base[4096 + 10] = 0x42;                       /* pfn 12 */
	ck_assert_uint_eq(v.base[3 * 4096 + 10], 0x42); /* its repeat */
	v.base[4 * 4096 + 4095] = 0x17;                 /* repeat of pfn 13 */
	ck_assert_uint_eq(v.base[2 * 4096 + 4095], 0x17);
	uint8_t b;
	ck_assert_int_eq(rt_gmem_read(g, 13 * 4096 + 4095, &b, 1), 0);
	ck_assert_uint_eq(b, 0x17);
	rt_gmem_view_unmap(&v);
	ck_assert_int_eq(rt_gmem_view_map(g, bad, 2, 2, &v), -EFAULT);
	ck_assert_int_eq(rt_gmem_view_map(g, pfns, 3, 4, &v), -EINVAL);
	rt_gmem_destroy(g);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(test_create_and_bounds),     PV_CASE(test_memfd_sealed),
		PV_CASE(test_from_fd_shares_memory), PV_CASE(test_ranges_check),
		PV_CASE(test_copy_scatter),          PV_CASE(test_iov),
		PV_CASE(test_view_repeat),           {0}};

	return pv_check_run("gmem", cases);
}
