#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/gpadl.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

#define MEM_PAGES 8192u
#define HDR_PFNS 26  /* pfns fitting a GPADL_HEADER message (Linux, FreeBSD) */
#define BODY_PFNS 28 /* pfns fitting a GPADL_BODY message */

static struct rt_gmem *g;
static struct rt_gpadl_table *t;

static void setup(void)
{
	ck_assert_int_eq(rt_gmem_create_memfd((uint64_t)MEM_PAGES * RT_PAGE_SIZE, &g), 0);
	ck_assert_int_eq(rt_gpadl_table_create(g, NULL, &t), 0);
}

static void teardown(void)
{
	rt_gpadl_table_destroy(t);
	rt_gmem_destroy(g);
}

/* The range buffer Linux sends: one range {len, offset 0, pfns...}. */
static uint8_t *range_buf(uint32_t len, uint32_t off, const uint64_t *pfns, uint32_t n,
			  size_t *size)
{
	uint8_t *b = calloc(1, 8 + 8 * (size_t)n);

	memcpy(b, &len, 4);
	memcpy(b + 4, &off, 4);
	memcpy(b + 8, pfns, 8 * (size_t)n);
	*size = 8 + 8 * (size_t)n;
	return b;
}

/* Sends like vmbus_establish_gpadl: header with up to 26 pfns, bodies of 28. */
static int send_gpadl(uint32_t relid, uint32_t id, uint32_t npages, const uint64_t *pfns,
		      struct rt_gpadl **done, int *bodies)
{
	size_t size, first, at;
	uint8_t *b = range_buf(npages * RT_PAGE_SIZE, 0, pfns, npages, &size);
	int rc;

	first = 8 + 8 * (size_t)rt_min(npages, (uint32_t)HDR_PFNS);
	*bodies = 0;
	rc = rt_gpadl_header(t, relid, id, (uint16_t)size, 1, b, first, done);
	for (at = first; rc == 0 && at < size; at += BODY_PFNS * 8) {
		size_t chunk = rt_min(size - at, (size_t)BODY_PFNS * 8);

		rc = rt_gpadl_body(t, 0, id, b + at, chunk, done);
		(*bodies)++;
		if (rc == 0)
			ck_assert_uint_lt(at + chunk, size);
	}
	free(b);
	return rc;
}

START_TEST(test_one_page)
{
	uint64_t pfn = 77;
	struct rt_gpadl *gp = NULL, *ref;
	int bodies;

	ck_assert_int_eq(send_gpadl(3, 0xE1E10, 1, &pfn, &gp, &bodies), 1);
	ck_assert_int_eq(bodies, 0);
	ck_assert_ptr_nonnull(gp);
	ck_assert_uint_eq(gp->range_count, 1);
	ck_assert_uint_eq(gp->total_len, 4096);
	ck_assert_uint_eq(gp->ranges[0].pfns[0], 77);
	ck_assert_int_eq(rt_gpadl_acquire(t, 3, 0xE1E10, &ref), 0);
	ck_assert_ptr_eq(ref, gp);
	ck_assert_int_eq(rt_gpadl_acquire(t, 4, 0xE1E10, &ref), -ENOENT);
	rt_gpadl_release(t, gp);
	ck_assert_int_eq(rt_gpadl_teardown(t, 3, 0xE1E10, NULL, NULL), 0);
	ck_assert_uint_eq(rt_gpadl_table_count(t), 0);
}
END_TEST

START_TEST(test_16mib)
{
	uint32_t n = 4096, i;
	uint64_t *pfns = malloc(n * sizeof(*pfns));
	struct rt_gpadl *gp = NULL;
	uint8_t in[64], out[64];
	int bodies;

	/* Scatter the pages so a mix-up would show. */
	for (i = 0; i < n; i++)
		pfns[i] = (i * 7919u) % MEM_PAGES;
	ck_assert_int_eq(send_gpadl(5, 42, n, pfns, &gp, &bodies), 1);
	ck_assert_int_eq(bodies, (4096 - HDR_PFNS + BODY_PFNS - 1) / BODY_PFNS);
	ck_assert_uint_eq(gp->total_len, 16u << 20);
	ck_assert_uint_eq(gp->pfn_count, n);
	for (i = 0; i < n; i++)
		ck_assert_uint_eq(gp->pfns[i], pfns[i]);
	/* The GPADL is a usable range list: bytes at the end land on the last pfn. */
	memset(in, 0xab, sizeof(in));
	ck_assert_int_eq(rt_gpa_copy_to(g, gp->ranges, gp->range_count, gp->total_len - 64, in, 64),
			 0);
	ck_assert_int_eq(rt_gmem_read(g, pfns[n - 1] * 4096 + 4096 - 64, out, 64), 0);
	ck_assert_mem_eq(in, out, 64);
	free(pfns);
}
END_TEST

START_TEST(test_multi_range)
{
	uint8_t b[8 + 16 + 8 + 8];
	uint32_t len1 = 5000, off1 = 100, len2 = 10, off2 = 4000;
	uint64_t p[3] = {1, 2, 3};
	struct rt_gpadl *gp = NULL;

	memcpy(b, &len1, 4);
	memcpy(b + 4, &off1, 4);
	memcpy(b + 8, p, 16);
	memcpy(b + 24, &len2, 4);
	memcpy(b + 28, &off2, 4);
	memcpy(b + 32, &p[2], 8);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 9, sizeof(b), 2, b, sizeof(b), &gp), 1);
	ck_assert_uint_eq(gp->range_count, 2);
	ck_assert_uint_eq(gp->ranges[1].pfns[0], 3);
	ck_assert_uint_eq(gp->total_len, 5010);
	/* Same buffer but claiming 3 ranges: the count disagrees with the bytes. */
	ck_assert_int_eq(rt_gpadl_header(t, 1, 10, sizeof(b), 3, b, sizeof(b), &gp), -EINVAL);
}
END_TEST

START_TEST(test_hostile_headers)
{
	uint64_t pfns[2] = {1, 2};
	struct rt_gpadl *gp = NULL;
	size_t size;
	uint8_t *b;

	/* Byte count says 2 pages but only one pfn is given. */
	b = range_buf(8192, 0, pfns, 1, &size);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, (uint16_t)size, 1, b, size, &gp), -EINVAL);
	free(b);
	/* Byte count 1 page but two pfns: trailing pfn. */
	b = range_buf(4096, 0, pfns, 2, &size);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, (uint16_t)size, 1, b, size, &gp), -EINVAL);
	free(b);
	/* offset + len overflows 32 bits; page count must not wrap. */
	b = range_buf(UINT32_MAX, 4095, pfns, 2, &size);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, (uint16_t)size, 1, b, size, &gp), -EINVAL);
	free(b);
	/* Offset beyond the first page. */
	b = range_buf(10, 4096, pfns, 1, &size);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, (uint16_t)size, 1, b, size, &gp), -EINVAL);
	free(b);
	/* pfn outside guest memory. */
	pfns[1] = MEM_PAGES;
	b = range_buf(8192, 0, pfns, 2, &size);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, (uint16_t)size, 1, b, size, &gp), -EFAULT);
	free(b);
	/* Shapes rejected before any allocation. */
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, 16, 0, pfns, 16, &gp), -EINVAL);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, 12, 1, pfns, 12, &gp), -EINVAL);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, 8, 1, pfns, 8, &gp), -EINVAL);
	ck_assert_int_eq(rt_gpadl_header(t, 1, 1, 16, 1, pfns, 24, &gp), -EINVAL);
	ck_assert_uint_eq(rt_gpadl_table_count(t), 0);
}
END_TEST

START_TEST(test_bodies_and_duplicates)
{
	uint64_t pfns[40];
	struct rt_gpadl *gp = NULL;
	size_t size;
	uint8_t *b;
	int i;

	for (i = 0; i < 40; i++)
		pfns[i] = 100 + i;
	b = range_buf(40 * 4096, 0, pfns, 40, &size);
	ck_assert_int_eq(rt_gpadl_header(t, 2, 7, (uint16_t)size, 1, b, 8 + 26 * 8, &gp), 0);
	ck_assert_int_eq(rt_gpadl_header(t, 2, 7, (uint16_t)size, 1, b, 8 + 26 * 8, &gp), -EEXIST);
	ck_assert_int_eq(rt_gpadl_body(t, 0, 8, b, 8, &gp), -ENOENT);
	ck_assert_int_eq(rt_gpadl_acquire(t, 2, 7, &gp), -ENOENT); /* incomplete */
	/* A body that does not fit what is left discards the GPADL. */
	ck_assert_int_eq(rt_gpadl_body(t, 0, 7, b, 15 * 8, &gp), -EINVAL);
	ck_assert_int_eq(rt_gpadl_body(t, 0, 7, b, 8, &gp), -ENOENT);
	/* Unaligned body. */
	ck_assert_int_eq(rt_gpadl_header(t, 2, 7, (uint16_t)size, 1, b, 8 + 26 * 8, &gp), 0);
	ck_assert_int_eq(rt_gpadl_body(t, 0, 7, b + 8 + 26 * 8, 13, &gp), -EINVAL);
	/* Proper completion. */
	ck_assert_int_eq(rt_gpadl_header(t, 2, 7, (uint16_t)size, 1, b, 8 + 26 * 8, &gp), 0);
	ck_assert_int_eq(rt_gpadl_body(t, 0, 7, b + 8 + 26 * 8, 14 * 8, &gp), 1);
	ck_assert_uint_eq(gp->pfns[39], 139);
	/* A completed id is also a duplicate; a body for it is refused. */
	ck_assert_int_eq(rt_gpadl_header(t, 2, 7, (uint16_t)size, 1, b, 8 + 26 * 8, &gp), -EEXIST);
	ck_assert_int_eq(rt_gpadl_body(t, 0, 7, b, 8, &gp), -ENOENT);
	free(b);
}
END_TEST

START_TEST(test_limits)
{
	struct rt_gpadl_limits l = {
		.max_gpadls = 2, .max_pages_per_gpadl = 4, .max_pages_total = 6};
	struct rt_gpadl_table *lt;
	uint64_t pfns[5] = {1, 2, 3, 4, 5};
	struct rt_gpadl *gp;
	size_t size;
	uint8_t *b4 = range_buf(4 * 4096, 0, pfns, 4, &size);
	uint8_t *b5;
	size_t size5;

	b5 = range_buf(5 * 4096, 0, pfns, 5, &size5);
	ck_assert_int_eq(rt_gpadl_table_create(g, &l, &lt), 0);
	ck_assert_int_eq(rt_gpadl_header(lt, 1, 1, (uint16_t)size5, 1, b5, size5, &gp), -E2BIG);
	ck_assert_int_eq(rt_gpadl_header(lt, 1, 1, (uint16_t)size, 1, b4, size, &gp), 1);
	/* 4 + 4 > 6 pages in total. */
	ck_assert_int_eq(rt_gpadl_header(lt, 1, 2, (uint16_t)size, 1, b4, size, &gp), -E2BIG);
	ck_assert_int_eq(rt_gpadl_header(lt, 1, 2, (uint16_t)size, 1, b4, 8, &gp), 0);
	ck_assert_int_eq(rt_gpadl_header(lt, 1, 3, (uint16_t)size, 1, b4, 8, &gp), -ENOSPC);
	rt_gpadl_table_destroy(lt);
	free(b4);
	free(b5);
}
END_TEST

struct td {
	int calls;
	uint32_t id;
};

static void torndown(void *ctx, uint32_t id)
{
	struct td *d = ctx;

	d->calls++;
	d->id = id;
}

START_TEST(test_deferred_teardown)
{
	uint64_t pfn = 9;
	struct rt_gpadl *gp = NULL, *r1, *r2;
	struct td d = {0};
	int bodies;

	ck_assert_int_eq(send_gpadl(4, 100, 1, &pfn, &gp, &bodies), 1);
	ck_assert_int_eq(rt_gpadl_acquire(t, 4, 100, &r1), 0);
	ck_assert_int_eq(rt_gpadl_acquire(t, 4, 100, &r2), 0);
	ck_assert_int_eq(rt_gpadl_teardown(t, 5, 100, torndown, &d), -ENOENT);
	ck_assert(!rt_gpadl_exists(t, 101));
	ck_assert(rt_gpadl_exists(t, 100));
	ck_assert_int_eq(rt_gpadl_teardown(t, 4, 100, torndown, &d), 1);
	ck_assert_int_eq(d.calls, 0);
	ck_assert(rt_gpadl_exists(t, 100)); /* held: the server must not answer yet */
	ck_assert_int_eq(rt_gpadl_teardown(t, 4, 100, torndown, &d), -EBUSY);
	ck_assert_int_eq(rt_gpadl_acquire(t, 4, 100, &gp), -ENOENT);
	/* Still in use: the id is not free yet. */
	ck_assert_int_eq(send_gpadl(4, 100, 1, &pfn, &gp, &bodies), -EEXIST);
	rt_gpadl_release(t, r1);
	ck_assert_int_eq(d.calls, 0);
	rt_gpadl_release(t, r2);
	ck_assert_int_eq(d.calls, 1);
	ck_assert_uint_eq(d.id, 100);
	ck_assert(!rt_gpadl_exists(t, 100));
	ck_assert_uint_eq(rt_gpadl_table_count(t), 0);
}
END_TEST

START_TEST(test_reset_while_in_use)
{
	uint64_t pfn = 9;
	struct rt_gpadl *gp = NULL, *ref;
	struct td d = {0};
	int bodies;

	ck_assert_int_eq(send_gpadl(4, 100, 1, &pfn, &gp, &bodies), 1);
	ck_assert_int_eq(rt_gpadl_acquire(t, 4, 100, &ref), 0);
	ck_assert_int_eq(rt_gpadl_teardown(t, 4, 100, torndown, &d), 1);
	rt_gpadl_table_reset(t);
	ck_assert_uint_eq(rt_gpadl_table_count(t), 0);
	ck_assert(!rt_gpadl_exists(t, 100)); /* a zombie is not the new session's */
	/* The new session may reuse the id while the old GPADL is still held. */
	ck_assert_int_eq(send_gpadl(4, 100, 1, &pfn, &gp, &bodies), 1);
	ck_assert_ptr_ne(gp, ref);
	ck_assert_uint_eq(ref->pfns[0], 9); /* the holder's view stays valid */
	rt_gpadl_release(t, ref);
	ck_assert_int_eq(d.calls, 0); /* the old session's callback is dropped */
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_one_page),
					      PV_CASE(test_16mib),
					      PV_CASE(test_multi_range),
					      PV_CASE(test_hostile_headers),
					      PV_CASE(test_bodies_and_duplicates),
					      PV_CASE(test_limits),
					      PV_CASE(test_deferred_teardown),
					      PV_CASE(test_reset_while_in_use),
					      {0}};

	return pv_check_run_opts("gpadl", cases,
				 &(struct pv_check_opts){.setup = setup, .teardown = teardown});
}
