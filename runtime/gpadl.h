/*
 * GPADLs: guest page lists the guest describes to the host with
 * GPADL_HEADER (+ GPADL_BODY...) and later tears down.
 *
 * One table per VMBus connection, keyed by the guest-chosen GPADL id. The
 * VMBus server decodes the channel messages and feeds their fields here; the
 * table assembles the range buffer (the concatenated gpa_range array, header
 * chunk first, then each body's chunk in arrival order), and once
 * range_buflen bytes arrived parses and checks it: range shapes, page count
 * against byte counts, every pfn inside guest memory, size limits. A
 * completed GPADL is a GPA range list that rings and devices use while
 * holding a reference. Teardown of a GPADL still referenced (by an open
 * channel's ring, a device's receive buffer...) is deferred until the last
 * reference goes, then the teardown callback runs.
 *
 * Threading: every function takes the table's lock and may be called from
 * any thread. The teardown callback runs on the thread that drops the last
 * reference (bounce it to your loop with rt_worker_call if needed), never
 * inside rt_gpadl_teardown().
 */
#ifndef RT_GPADL_H
#define RT_GPADL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/budget.h"
#include "runtime/gmem.h"

struct rt_gpadl_table;

typedef void (*rt_gpadl_torndown_fn)(void *ctx, uint32_t gpadl_id);

/* A completed GPADL; fields are read-only for users holding a reference. */
struct rt_gpadl {
	uint32_t id;
	uint32_t child_relid;
	uint32_t range_count;
	struct rt_gpa_range *ranges; /* checked: shapes and every pfn */
	uint64_t total_len;          /* sum of the ranges' byte counts */
	uint32_t pfn_count;          /* all pfns of all ranges */
	const uint64_t *pfns;        /* ranges[i].pfns point into this array */

	/* Private to gpadl.c, under the table lock. */
	struct rt_gpadl *next;
	uint32_t refs;
	int state;
	uint8_t *buf; /* the range buffer being assembled */
	uint32_t buflen, filled, rangecount_hdr;
	rt_gpadl_torndown_fn torndown;
	void *torndown_ctx;
	struct rt_budget *budget; /* charged `charged` bytes for this GPADL's life */
	uint64_t charged;
};

struct rt_gpadl_limits {
	uint32_t max_gpadls;          /* live + assembling, per table */
	uint32_t max_pages_per_gpadl; /* per GPADL */
	uint64_t max_pages_total;     /* sum over the table */
	/*
	 * Memory budget (runtime/budget.h) or NULL: each GPADL is charged the
	 * size of its range buffer (what the header declares, held while the
	 * bodies arrive, then its ranges and pfns) from its header until it is
	 * freed; a header past the budget is refused (-ENOSPC) unallocated.
	 */
	struct rt_budget *budget;
};

/* Defaults: 1024 GPADLs, 8192 pages (32 MiB) each, 1 Mi pages (4 GiB) total. */
void rt_gpadl_limits_default(struct rt_gpadl_limits *l);

/* Creates an empty table checking pfns against g. Returns 0 or -ENOMEM. */
int rt_gpadl_table_create(const struct rt_gmem *g, const struct rt_gpadl_limits *limits,
			  struct rt_gpadl_table **out);

/*
 * Forgets every GPADL (guest reset/unload). Unreferenced ones are freed now;
 * referenced ones become invisible and are freed on their last release,
 * without a teardown callback. Their ids may be reused at once.
 */
void rt_gpadl_table_reset(struct rt_gpadl_table *t);

/* Resets and frees. Every reference must have been released. */
void rt_gpadl_table_destroy(struct rt_gpadl_table *t);

/*
 * GPADL_HEADER: starts GPADL `id` for channel `child_relid`. `data` is the
 * range buffer's first `len` bytes (the message's bytes after rangecount).
 * Returns 1 if the GPADL is complete (then *done points to it, not
 * referenced), 0 if bodies must follow, or a negative errno; on error no
 * GPADL `id` exists afterwards unless the error is -EEXIST:
 *   -EEXIST  id already in use (the existing GPADL is untouched);
 *   -EINVAL  bad shape: rangecount 0, buflen not 8-aligned or too short for
 *            rangecount, len > range_buflen or not 8-aligned, bad ranges;
 *   -EFAULT  a pfn outside guest memory;
 *   -E2BIG   a size limit; -ENOSPC too many GPADLs; -ENOMEM.
 */
int rt_gpadl_header(struct rt_gpadl_table *t, uint32_t child_relid, uint32_t id,
		    uint16_t range_buflen, uint16_t rangecount, const void *data, size_t len,
		    struct rt_gpadl **done);

/*
 * GPADL_BODY: appends `len` bytes (the message's pfn array) to GPADL `id`.
 * msgnumber is informational (Linux leaves it 0). Returns 1 (complete,
 * *done set), 0 (more to come) or a negative errno: -ENOENT no GPADL `id`
 * is being assembled; -EINVAL the data overflows range_buflen or is not
 * 8-aligned; the completion errors of rt_gpadl_header. On error other than
 * -ENOENT the partial GPADL is discarded.
 */
int rt_gpadl_body(struct rt_gpadl_table *t, uint32_t msgnumber, uint32_t id, const void *data,
		  size_t len, struct rt_gpadl **done);

/*
 * Takes a reference on completed GPADL `id` (of channel child_relid, or any
 * channel if child_relid is UINT32_MAX). Returns 0, or -ENOENT (unknown,
 * still assembling, being torn down, or another channel's).
 */
int rt_gpadl_acquire(struct rt_gpadl_table *t, uint32_t child_relid, uint32_t id,
		     struct rt_gpadl **out);

/* Drops a reference; the last one of a torn-down GPADL frees it and runs the callback. */
void rt_gpadl_release(struct rt_gpadl_table *t, struct rt_gpadl *gp);

/*
 * GPADL_TEARDOWN for (child_relid, id). Returns 0 when the GPADL is gone now
 * (callback not called; answer GPADL_TORNDOWN right away), 1 when deferred
 * until the last reference is released (then fn(ctx, id) runs; answer
 * then), -ENOENT (unknown id or another channel's) or -EBUSY (teardown
 * already pending). A GPADL still being assembled is simply dropped (0).
 */
int rt_gpadl_teardown(struct rt_gpadl_table *t, uint32_t child_relid, uint32_t id,
		      rt_gpadl_torndown_fn fn, void *ctx);

/*
 * True while the table holds a GPADL with this id in any state but zombie
 * (assembling, ready, or torn down and waiting for its last reference).
 */
bool rt_gpadl_exists(struct rt_gpadl_table *t, uint32_t id);

/* One GPADL as servicing saves it (rt_gpadl_table_save). */
struct rt_gpadl_saved {
	uint32_t id, child_relid;
	uint16_t range_buflen, rangecount;
	uint32_t filled;    /* bytes of buf: what arrived (assembling), or range_buflen */
	bool ready;         /* complete (else still assembling) */
	bool teardown;      /* teardown requested, waiting for the last reference */
	const uint8_t *buf; /* the range buffer as the guest sent it (rebuilt when ready) */
};

/*
 * Servicing: calls fn for every GPADL in the table with the table locked
 * (fn must not call back into the table); stops at fn's first non-zero
 * return and returns it. Returns -EBUSY, before any call, while GPADLs of
 * an old session are still referenced (nothing would own them). The new
 * binary rebuilds each with rt_gpadl_header() from buf (every value checked
 * again) and requests a saved teardown again once its users re-acquired it.
 */
int rt_gpadl_table_save(struct rt_gpadl_table *t,
			int (*fn)(void *ctx, const struct rt_gpadl_saved *g), void *ctx);

/* Number of GPADLs visible in the table (assembling or complete). */
uint32_t rt_gpadl_table_count(struct rt_gpadl_table *t);

#endif
