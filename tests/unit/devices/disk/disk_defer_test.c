/* SPDX-License-Identifier: MIT */
/*
 * Tests for devices/disk/disk_defer.c, driven directly: completions queued by
 * a synchronous backend run from the loop, never inside the call that queued
 * them, in the order they were queued, with their own status; one queued from
 * a completion callback runs after that callback returned, not inside it.
 */
#include <errno.h>

#include "devices/disk/disk_priv.h"
#include "disk_test_util.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

#define NREQ 1000 /* a large batch: no limit on how many one pass drains */

struct rig {
	struct ev_loop *loop;
	struct disk disk; /* only what disk_complete uses: the loop and the in-flight count */
	struct disk_defer q;
	struct tdone done;
	struct tslot slot[NREQ];
	struct disk_req req[NREQ];
};

static struct rig rig; /* large: static, one per test process (Check forks) */

static struct rig *rig_open(void)
{
	struct rig *r = &rig;

	memset(r, 0, sizeof(*r));
	r->loop = rt_loop_new();
	ck_assert_ptr_nonnull(r->loop);
	r->disk.loop = r->loop;
	disk_defer_init(&r->q, &r->disk);
	for (int i = 0; i < NREQ; i++) {
		r->slot[i] = (struct tslot){.d = &r->done, .index = i};
		r->req[i] = (struct disk_req){.cb = tdone_cb, .ctx = &r->slot[i]};
	}
	return r;
}

static void rig_close(struct rig *r)
{
	ck_assert_uint_eq(r->disk.inflight, 0);
	disk_defer_fini(&r->q);
	/* Nothing runs after fini: the loop has no pending feed left. */
	ev_run(r->loop, EVRUN_NOWAIT);
	rt_loop_destroy(r->loop);
}

/* What a backend does when it finished request i synchronously. */
static void finish(struct rig *r, int i, int status)
{
	r->disk.inflight++;
	disk_defer_complete(&r->q, &r->req[i], status);
}

START_TEST(later_in_order_with_status)
{
	static const int status[] = {0, -EIO, 0, -ENOSPC};
	struct rig *r = rig_open();

	for (int i = 0; i < 3; i++)
		finish(r, i, status[i]);
	ck_assert_int_eq(r->done.count, 0); /* never inside the call */
	ev_run(r->loop, EVRUN_NOWAIT);
	ck_assert_int_eq(r->done.count, 3);
	/* The queue is fed again after a drain. */
	finish(r, 3, status[3]);
	ck_assert_int_eq(r->done.count, 3);
	ev_run(r->loop, EVRUN_NOWAIT);
	ck_assert_int_eq(r->done.count, 4);
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(r->done.order[i], i);
		ck_assert_int_eq(r->slot[i].done, 1);
		ck_assert_int_eq(r->slot[i].status, status[i]);
	}
	rig_close(r);
}
END_TEST

START_TEST(one_pass_drains_a_large_batch)
{
	struct rig *r = rig_open();

	for (int i = 0; i < NREQ; i++)
		finish(r, i, -(i % 7));
	ck_assert_int_eq(r->done.count, 0);
	ev_run(r->loop, EVRUN_NOWAIT);
	ck_assert_int_eq(r->done.count, NREQ);
	for (int i = 0; i < NREQ; i++) {
		ck_assert_int_eq(r->done.order[i], i);
		ck_assert_int_eq(r->slot[i].status, -(i % 7));
	}
	rig_close(r);
}
END_TEST

static bool in_chain;

/*
 * Request 0's callback finishes request 1, as a user resubmitting from a
 * completion does: request 1's callback must not run inside it.
 */
static void chain_cb(void *ctx, int status)
{
	tdone_cb(ctx, status);
	in_chain = true;
	finish(&rig, 1, -EIO);
	ck_assert_int_eq(rig.slot[1].done, 0);
	in_chain = false;
}

static void chained_cb(void *ctx, int status)
{
	ck_assert(!in_chain);
	tdone_cb(ctx, status);
}

START_TEST(queued_from_a_callback_runs_later)
{
	struct rig *r = rig_open();

	r->req[0].cb = chain_cb;
	r->req[1].cb = chained_cb;
	finish(r, 0, 0);
	ev_run(r->loop, EVRUN_NOWAIT);
	ck_assert_int_eq(r->slot[0].done, 1);
	ck_assert_int_eq(r->slot[1].done, 1);
	ck_assert_int_eq(r->slot[1].status, -EIO);
	ck_assert_int_eq(r->done.count, 2);
	ck_assert_int_eq(r->done.order[1], 1);
	rig_close(r);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(later_in_order_with_status),
					      PV_CASE(one_pass_drains_a_large_batch),
					      PV_CASE(queued_from_a_callback_runs_later),
					      {0}};

	return pv_check_run("disk_defer", cases);
}
