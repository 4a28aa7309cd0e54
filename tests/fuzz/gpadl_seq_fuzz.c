/*
 * Fuzzes the GPADL table with sequences of what a hostile guest can make the
 * server do: GPADL_HEADER and GPADL_BODY with any counts, lengths and pfns,
 * OPENCHANNEL's acquire and CLOSECHANNEL's release of a ring's reference,
 * GPADL_TEARDOWN (immediate or deferred) and a session reset, with small
 * limits so that every refusal path is reachable. Invariants: a completed
 * GPADL's ranges pass rt_gpa_ranges_check and sum to total_len; the table's
 * count never exceeds its limit; a deferred teardown's callback fires once,
 * for a GPADL that was torn down; at the end everything is freed (ASan).
 *
 * Input: a sequence of ops, each one selector byte then its arguments.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/gpadl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MEM_PAGES 64
#define MAX_REFS 8

struct cursor {
	const uint8_t *p;
	size_t left;
};

static uint32_t take(struct cursor *c, size_t n)
{
	uint32_t v = 0;

	for (size_t i = 0; i < n && c->left; i++, c->left--)
		v |= (uint32_t)*c->p++ << (8 * i);
	return v;
}

/* Copies up to n input bytes into buf (zero-filled) and skips them. */
static size_t take_bytes(struct cursor *c, uint8_t *buf, size_t cap, size_t n)
{
	memset(buf, 0, cap);
	if (n > cap)
		n = cap;
	if (n > c->left)
		n = c->left;
	memcpy(buf, c->p, n);
	c->p += n;
	c->left -= n;
	return n;
}

struct td_state {
	unsigned calls;
	uint32_t torn[256]; /* ids whose teardown was deferred, by low byte */
};

static void torndown(void *ctx, uint32_t id)
{
	struct td_state *st = ctx;

	if (!st->torn[id & 0xff])
		abort(); /* a callback for a GPADL nobody tore down */
	st->torn[id & 0xff] = 0;
	st->calls++;
}

static void check_ready(const struct rt_gmem *g, const struct rt_gpadl *gp)
{
	uint64_t total = 0;

	if (rt_gpa_ranges_check(g, gp->ranges, gp->range_count, &total) || total != gp->total_len)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct rt_gmem *G;
	struct rt_gpadl_limits lim = {
		.max_gpadls = 6, .max_pages_per_gpadl = 40, .max_pages_total = 100};
	struct rt_gpadl_table *t;
	struct rt_gpadl *refs[MAX_REFS] = {0};
	struct td_state st;
	struct cursor c = {data, size};
	uint8_t buf[256];

	if (!G && rt_gmem_create_memfd(MEM_PAGES * 4096, &G))
		abort();
	memset(&st, 0, sizeof(st));
	if (rt_gpadl_table_create(G, &lim, &t))
		abort();
	while (c.left) {
		uint8_t op = (uint8_t)take(&c, 1);
		uint32_t relid = op >> 4 & 3, id = take(&c, 1) & 0x0f;
		struct rt_gpadl *done = NULL;
		size_t len;
		int rc;

		switch (op % 6) {
		case 0: { /* header */
			uint16_t buflen = (uint16_t)take(&c, 2), count = (uint16_t)take(&c, 1);

			len = take(&c, 1);
			take_bytes(&c, buf, sizeof(buf), len);
			rc = rt_gpadl_header(t, relid, id, buflen, count, buf, len, &done);
			if (rc == 1)
				check_ready(G, done);
			else if (rc != 0 && rc != -EINVAL && rc != -EEXIST && rc != -ENOSPC &&
				 rc != -E2BIG && rc != -EFAULT)
				abort();
			break;
		}
		case 1: /* body */
			len = take(&c, 1);
			take_bytes(&c, buf, sizeof(buf), len);
			rc = rt_gpadl_body(t, 0, id, buf, len, &done);
			if (rc == 1)
				check_ready(G, done);
			else if (rc != 0 && rc != -EINVAL && rc != -ENOENT && rc != -E2BIG &&
				 rc != -EFAULT)
				abort();
			break;
		case 2: { /* acquire (OPENCHANNEL) */
			struct rt_gpadl **slot = &refs[id % MAX_REFS];

			if (*slot)
				break;
			rc = rt_gpadl_acquire(t, (op & 0x40) ? UINT32_MAX : relid, id, slot);
			if (rc == 0)
				check_ready(G, *slot);
			break;
		}
		case 3: /* release (CLOSECHANNEL) */
			if (refs[id % MAX_REFS]) {
				rt_gpadl_release(t, refs[id % MAX_REFS]);
				refs[id % MAX_REFS] = NULL;
			}
			break;
		case 4: /* teardown */
			rc = rt_gpadl_teardown(t, relid, id, torndown, &st);
			if (rc == 1)
				st.torn[id] = 1;
			else if (rc != 0 && rc != -ENOENT && rc != -EBUSY)
				abort();
			break;
		case 5: /* session reset: deferred callbacks are dropped */
			rt_gpadl_table_reset(t);
			memset(st.torn, 0, sizeof(st.torn));
			if (rt_gpadl_table_count(t) != 0)
				abort();
			break;
		}
		if (rt_gpadl_table_count(t) > lim.max_gpadls)
			abort();
	}
	for (size_t i = 0; i < MAX_REFS; i++)
		if (refs[i])
			rt_gpadl_release(t, refs[i]);
	rt_gpadl_table_destroy(t);
	return 0;
}
