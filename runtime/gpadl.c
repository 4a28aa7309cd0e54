/*
 * GPADL table: assembly from header and body messages, checks, references
 * and deferred teardown.
 */
#include "runtime/gpadl.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/util.h"

enum gpadl_state {
	GPADL_ASSEMBLING,
	GPADL_READY,
	GPADL_TEARDOWN, /* teardown requested, waiting for the last reference */
	GPADL_ZOMBIE,   /* table reset while referenced */
};

#define GPADL_BUCKETS 64
#define GPA_RANGE_HDR 8 /* u32 byte_count, u32 byte_offset */

struct rt_gpadl_table {
	pthread_mutex_t lock;
	const struct rt_gmem *gmem;
	struct rt_gpadl_limits limits;
	uint32_t count;       /* in buckets */
	uint64_t pages_total; /* completed GPADLs, including zombies */
	struct rt_gpadl *buckets[GPADL_BUCKETS];
	struct rt_gpadl *zombies;
};

void rt_gpadl_limits_default(struct rt_gpadl_limits *l)
{
	l->max_gpadls = 1024;
	l->max_pages_per_gpadl = 8192;
	l->max_pages_total = 1u << 20;
	l->budget = NULL;
}

int rt_gpadl_table_create(const struct rt_gmem *g, const struct rt_gpadl_limits *limits,
			  struct rt_gpadl_table **out)
{
	struct rt_gpadl_table *t = calloc(1, sizeof(*t));

	if (!t)
		return -ENOMEM;
	pthread_mutex_init(&t->lock, NULL);
	t->gmem = g;
	if (limits)
		t->limits = *limits;
	else
		rt_gpadl_limits_default(&t->limits);
	*out = t;
	return 0;
}

static void gpadl_free(struct rt_gpadl *gp)
{
	rt_budget_release(gp->budget, gp->charged);
	free(gp->buf);
	free((void *)gp->pfns);
	free(gp->ranges);
	free(gp);
}

static struct rt_gpadl **bucket_of(struct rt_gpadl_table *t, uint32_t id)
{
	return &t->buckets[(id ^ (id >> 6) ^ (id >> 12)) % GPADL_BUCKETS];
}

static struct rt_gpadl *lookup(struct rt_gpadl_table *t, uint32_t id)
{
	struct rt_gpadl *gp;

	for (gp = *bucket_of(t, id); gp; gp = gp->next)
		if (gp->id == id)
			return gp;
	return NULL;
}

static void unlink_gpadl(struct rt_gpadl_table *t, struct rt_gpadl *gp)
{
	struct rt_gpadl **pp;

	for (pp = bucket_of(t, gp->id); *pp; pp = &(*pp)->next) {
		if (*pp == gp) {
			*pp = gp->next;
			gp->next = NULL;
			t->count--;
			return;
		}
	}
	assert(!"gpadl not in its bucket");
}

/* Drops a GPADL from the table and the page accounting (table lock held). */
static void retire(struct rt_gpadl_table *t, struct rt_gpadl *gp)
{
	if (gp->state != GPADL_ASSEMBLING)
		t->pages_total -= gp->pfn_count;
}

/*
 * Parses the complete range buffer (private memory, copied from the guest's
 * messages) into ranges and pfns, checking every value.
 */
static int gpadl_complete(struct rt_gpadl_table *t, struct rt_gpadl *gp)
{
	const uint8_t *p = gp->buf, *end = gp->buf + gp->buflen;
	uint32_t npfn = (gp->buflen - GPA_RANGE_HDR * gp->rangecount_hdr) / 8;
	uint64_t *pfns;
	struct rt_gpa_range *ranges;
	uint32_t i, at = 0;
	uint64_t total = 0;

	if (npfn > t->limits.max_pages_per_gpadl ||
	    t->pages_total + npfn > t->limits.max_pages_total)
		return -E2BIG;
	pfns = calloc(npfn ? npfn : 1, sizeof(*pfns));
	ranges = calloc(gp->rangecount_hdr, sizeof(*ranges));
	if (!pfns || !ranges) {
		free(pfns);
		free(ranges);
		return -ENOMEM;
	}
	for (i = 0; i < gp->rangecount_hdr; i++) {
		uint32_t len, off, pages, k;

		if (end - p < GPA_RANGE_HDR)
			goto bad;
		memcpy(&len, p, 4);
		memcpy(&off, p + 4, 4);
		p += GPA_RANGE_HDR;
		if (len == 0 || off >= RT_PAGE_SIZE)
			goto bad;
		pages = rt_gpa_range_pages(off, len);
		if ((uint64_t)(end - p) < (uint64_t)pages * 8 || pages > npfn - at)
			goto bad;
		for (k = 0; k < pages; k++) {
			memcpy(&pfns[at + k], p + 8 * k, 8);
			if (!rt_gmem_pfn_valid(t->gmem, pfns[at + k])) {
				free(pfns);
				free(ranges);
				return -EFAULT;
			}
		}
		ranges[i].len = len;
		ranges[i].offset = off;
		ranges[i].pfn_count = pages;
		ranges[i].pfns = &pfns[at];
		at += pages;
		p += (size_t)pages * 8;
		total += len;
	}
	/* The byte count must describe the buffer exactly: no trailing pfns. */
	if (p != end || at != npfn)
		goto bad;
	free(gp->buf);
	gp->buf = NULL;
	gp->pfns = pfns;
	gp->pfn_count = npfn;
	gp->ranges = ranges;
	gp->range_count = gp->rangecount_hdr;
	gp->total_len = total;
	gp->state = GPADL_READY;
	t->pages_total += npfn;
	return 1;

bad:
	free(pfns);
	free(ranges);
	return -EINVAL;
}

/* Appends a chunk; completes the GPADL when full (table lock held). */
static int gpadl_feed(struct rt_gpadl_table *t, struct rt_gpadl *gp, const void *data, size_t len)
{
	if (!rt_is_aligned(len, (size_t)8) || len > gp->buflen - gp->filled)
		return -EINVAL;
	memcpy(gp->buf + gp->filled, data, len);
	gp->filled += (uint32_t)len;
	if (gp->filled < gp->buflen)
		return 0;
	return gpadl_complete(t, gp);
}

int rt_gpadl_header(struct rt_gpadl_table *t, uint32_t child_relid, uint32_t id,
		    uint16_t range_buflen, uint16_t rangecount, const void *data, size_t len,
		    struct rt_gpadl **done)
{
	struct rt_gpadl *gp;
	int rc;

	/* Each range needs its 8-byte header and at least one pfn. */
	if (rangecount == 0 || !rt_is_aligned(range_buflen, (uint16_t)8) ||
	    range_buflen < (uint32_t)rangecount * (GPA_RANGE_HDR + 8) || len > range_buflen)
		return -EINVAL;
	pthread_mutex_lock(&t->lock);
	if (lookup(t, id)) {
		rc = -EEXIST;
		goto out;
	}
	if (t->count >= t->limits.max_gpadls ||
	    !rt_budget_charge(t->limits.budget, sizeof(*gp) + range_buflen)) {
		rc = -ENOSPC;
		goto out;
	}
	gp = calloc(1, sizeof(*gp));
	if (!gp || !(gp->buf = malloc(range_buflen))) {
		free(gp);
		rt_budget_release(t->limits.budget, sizeof(*gp) + range_buflen);
		rc = -ENOMEM;
		goto out;
	}
	gp->budget = t->limits.budget;
	gp->charged = sizeof(*gp) + range_buflen;
	gp->id = id;
	gp->child_relid = child_relid;
	gp->buflen = range_buflen;
	gp->rangecount_hdr = rangecount;
	gp->state = GPADL_ASSEMBLING;
	rc = gpadl_feed(t, gp, data, len);
	if (rc < 0) {
		gpadl_free(gp);
		goto out;
	}
	gp->next = *bucket_of(t, id);
	*bucket_of(t, id) = gp;
	t->count++;
	if (rc == 1)
		*done = gp;
out:
	pthread_mutex_unlock(&t->lock);
	return rc;
}

int rt_gpadl_body(struct rt_gpadl_table *t, uint32_t msgnumber, uint32_t id, const void *data,
		  size_t len, struct rt_gpadl **done)
{
	struct rt_gpadl *gp;
	int rc;

	pthread_mutex_lock(&t->lock);
	gp = lookup(t, id);
	if (!gp || gp->state != GPADL_ASSEMBLING) {
		rc = -ENOENT;
		goto out;
	}
	rc = gpadl_feed(t, gp, data, len);
	if (rc < 0) {
		unlink_gpadl(t, gp);
		gpadl_free(gp);
	} else if (rc == 1) {
		*done = gp;
	}
out:
	pthread_mutex_unlock(&t->lock);
	return rc;
}

int rt_gpadl_acquire(struct rt_gpadl_table *t, uint32_t child_relid, uint32_t id,
		     struct rt_gpadl **out)
{
	struct rt_gpadl *gp;
	int rc = -ENOENT;

	pthread_mutex_lock(&t->lock);
	gp = lookup(t, id);
	if (gp && gp->state == GPADL_READY &&
	    (child_relid == UINT32_MAX || gp->child_relid == child_relid)) {
		gp->refs++;
		*out = gp;
		rc = 0;
	}
	pthread_mutex_unlock(&t->lock);
	return rc;
}

void rt_gpadl_release(struct rt_gpadl_table *t, struct rt_gpadl *gp)
{
	rt_gpadl_torndown_fn fn = NULL;
	void *ctx = NULL;
	uint32_t id = gp->id;
	bool free_it = false;

	pthread_mutex_lock(&t->lock);
	assert(gp->refs > 0);
	if (--gp->refs == 0) {
		if (gp->state == GPADL_TEARDOWN) {
			unlink_gpadl(t, gp);
			retire(t, gp);
			fn = gp->torndown;
			ctx = gp->torndown_ctx;
			free_it = true;
		} else if (gp->state == GPADL_ZOMBIE) {
			struct rt_gpadl **pp;

			for (pp = &t->zombies; *pp != gp; pp = &(*pp)->next)
				;
			*pp = gp->next;
			retire(t, gp);
			free_it = true;
		}
	}
	pthread_mutex_unlock(&t->lock);
	if (free_it)
		gpadl_free(gp);
	if (fn)
		fn(ctx, id);
}

int rt_gpadl_teardown(struct rt_gpadl_table *t, uint32_t child_relid, uint32_t id,
		      rt_gpadl_torndown_fn fn, void *ctx)
{
	struct rt_gpadl *gp;
	int rc;

	pthread_mutex_lock(&t->lock);
	gp = lookup(t, id);
	if (!gp || gp->child_relid != child_relid) {
		rc = -ENOENT;
	} else if (gp->state == GPADL_TEARDOWN) {
		rc = -EBUSY;
	} else if (gp->refs == 0) {
		unlink_gpadl(t, gp);
		retire(t, gp);
		gpadl_free(gp);
		rc = 0;
	} else {
		gp->state = GPADL_TEARDOWN;
		gp->torndown = fn;
		gp->torndown_ctx = ctx;
		rc = 1;
	}
	pthread_mutex_unlock(&t->lock);
	return rc;
}

void rt_gpadl_table_reset(struct rt_gpadl_table *t)
{
	size_t b;

	pthread_mutex_lock(&t->lock);
	for (b = 0; b < GPADL_BUCKETS; b++) {
		while (t->buckets[b]) {
			struct rt_gpadl *gp = t->buckets[b];

			t->buckets[b] = gp->next;
			t->count--;
			if (gp->refs == 0) {
				retire(t, gp);
				gpadl_free(gp);
			} else {
				/* A deferred teardown's callback belongs to the old session. */
				gp->state = GPADL_ZOMBIE;
				gp->torndown = NULL;
				gp->next = t->zombies;
				t->zombies = gp;
			}
		}
	}
	pthread_mutex_unlock(&t->lock);
}

void rt_gpadl_table_destroy(struct rt_gpadl_table *t)
{
	if (!t)
		return;
	rt_gpadl_table_reset(t);
	assert(!t->zombies);
	pthread_mutex_destroy(&t->lock);
	free(t);
}

bool rt_gpadl_exists(struct rt_gpadl_table *t, uint32_t id)
{
	bool found;

	pthread_mutex_lock(&t->lock);
	found = lookup(t, id) != NULL;
	pthread_mutex_unlock(&t->lock);
	return found;
}

uint32_t rt_gpadl_table_count(struct rt_gpadl_table *t)
{
	uint32_t n;

	pthread_mutex_lock(&t->lock);
	n = t->count;
	pthread_mutex_unlock(&t->lock);
	return n;
}

/* The range buffer of a complete GPADL, as the guest sent it: {len, offset, pfns...} per range. */
static uint8_t *rebuild_buf(const struct rt_gpadl *gp, uint32_t *len)
{
	uint32_t n = gp->range_count * GPA_RANGE_HDR + gp->pfn_count * 8, at = 0;
	uint8_t *b = malloc(n ? n : 1);

	if (!b)
		return NULL;
	for (uint32_t i = 0; i < gp->range_count; i++) {
		const struct rt_gpa_range *r = &gp->ranges[i];
		memcpy(b + at, &r->len, 4);
		memcpy(b + at + 4, &r->offset, 4);
		memcpy(b + at + 8, r->pfns, (size_t)r->pfn_count * 8);
		at += GPA_RANGE_HDR + r->pfn_count * 8;
	}
	*len = n;
	return b;
}

int rt_gpadl_table_save(struct rt_gpadl_table *t,
			int (*fn)(void *ctx, const struct rt_gpadl_saved *g), void *ctx)
{
	int rc = 0;

	pthread_mutex_lock(&t->lock);
	if (t->zombies) {
		rc = -EBUSY;
		goto out;
	}
	for (size_t b = 0; b < GPADL_BUCKETS && rc == 0; b++) {
		for (struct rt_gpadl *gp = t->buckets[b]; gp && rc == 0; gp = gp->next) {
			struct rt_gpadl_saved s = {
				.id = gp->id,
				.child_relid = gp->child_relid,
				.rangecount = (uint16_t)gp->rangecount_hdr,
				.ready = gp->state != GPADL_ASSEMBLING,
				.teardown = gp->state == GPADL_TEARDOWN,
			};
			uint8_t *rebuilt = NULL;
			uint32_t len;

			if (s.ready) {
				rebuilt = rebuild_buf(gp, &len);
				if (!rebuilt) {
					rc = -ENOMEM;
					break;
				}
				s.buf = rebuilt;
				s.filled = len;
				s.range_buflen = (uint16_t)len;
			} else {
				s.buf = gp->buf;
				s.filled = gp->filled;
				s.range_buflen = (uint16_t)gp->buflen;
			}
			rc = fn(ctx, &s);
			free(rebuilt);
		}
	}
out:
	pthread_mutex_unlock(&t->lock);
	return rc;
}
