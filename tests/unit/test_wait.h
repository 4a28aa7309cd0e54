/*
 * Bounded waits on an event loop for the Check tests, and their quiet log.
 *
 *   ok = RUN_UNTIL(loop, secs, cond)   runs the loop until cond holds or secs
 *                                      pass; the value of cond at the end
 *   WAIT_UNTIL(loop, cond)             the same with TEST_WAIT_S, failing the
 *                                      test with cond's text on a timeout
 *
 * A 10 ms tick keeps EVRUN_ONCE from blocking when nothing else is pending,
 * so the deadline is checked however idle the loop is. The bound catches a
 * hang; it is never a speed limit (the machine may be loaded).
 */
#ifndef PV_TESTS_UNIT_TEST_WAIT_H
#define PV_TESTS_UNIT_TEST_WAIT_H

#include <check.h>
#include <stdbool.h>
#include <stdlib.h>

#include "runtime/log.h"
#include "runtime/loop.h"

#define TEST_WAIT_S 20.0

struct test_wait {
	struct ev_loop *loop;
	ev_timer tick;
	ev_tstamp deadline;
};

static inline void test_wait_tick(struct ev_loop *loop, ev_timer *w, int revents)
{
	(void)loop;
	(void)w;
	(void)revents;
}

static inline void test_wait_begin(struct test_wait *w, struct ev_loop *loop, double secs)
{
	w->loop = loop;
	ev_now_update(loop);
	w->deadline = ev_now(loop) + secs;
	ev_timer_init(&w->tick, test_wait_tick, 0.01, 0.01);
	ev_timer_start(loop, &w->tick);
}

/* One loop iteration; false (and nothing run) once the deadline has passed. */
static inline bool test_wait_step(struct test_wait *w)
{
	ev_now_update(w->loop);
	if (ev_now(w->loop) >= w->deadline)
		return false;
	ev_run(w->loop, EVRUN_ONCE);
	return true;
}

static inline void test_wait_end(struct test_wait *w)
{
	ev_timer_stop(w->loop, &w->tick);
}

#define RUN_UNTIL(loop, secs, cond)                     \
	({                                              \
		struct test_wait tw_;                   \
		test_wait_begin(&tw_, (loop), (secs));  \
		while (!(cond) && test_wait_step(&tw_)) \
			;                               \
		test_wait_end(&tw_);                    \
		(bool)(cond);                           \
	})

#define WAIT_UNTIL(loop, cond)                                                                     \
	ck_assert_msg(RUN_UNTIL((loop), TEST_WAIT_S, cond), "timed out after %g s waiting for %s", \
		      TEST_WAIT_S, #cond)

/* A log for a test: errors only unless PV_LOG is set (then what rt_log_init reads from it). */
static inline void test_log_init(struct rt_log *log)
{
	rt_log_init(log);
	if (!getenv("PV_LOG"))
		rt_log_set_level(log, RT_LOG_ERROR);
}

#endif
