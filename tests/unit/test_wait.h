/*
 * Bounded waits for the Check tests (on an event loop, or for another thread),
 * and their quiet log.
 *
 *   ok = RUN_UNTIL(loop, secs, cond)   runs the loop until cond holds or secs
 *                                      pass; the value of cond at the end
 *   WAIT_UNTIL(loop, cond)             the same with TEST_WAIT_S, failing the
 *                                      test with cond's text on a timeout
 *   ok = POLL_UNTIL(secs, cond)        for what another thread or process
 *                                      does: checks cond every millisecond
 *                                      until it holds or secs pass; the
 *                                      value of cond at the end
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
#include <time.h>
#include <unistd.h>

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

/*
 * Here and in POLL_UNTIL, cond is evaluated once per round and not again at
 * the end (it may have side effects, such as a connect).
 */
#define RUN_UNTIL(loop, secs, cond)                             \
	({                                                      \
		struct test_wait tw_;                           \
		bool ok_;                                       \
		test_wait_begin(&tw_, (loop), (secs));          \
		while (!(ok_ = (cond)) && test_wait_step(&tw_)) \
			;                                       \
		test_wait_end(&tw_);                            \
		ok_;                                            \
	})

#define WAIT_UNTIL(loop, cond)                                                                     \
	ck_assert_msg(RUN_UNTIL((loop), TEST_WAIT_S, cond), "timed out after %g s waiting for %s", \
		      TEST_WAIT_S, #cond)

/* CLOCK_MONOTONIC in seconds. */
static inline double test_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define POLL_UNTIL(secs, cond)                                     \
	({                                                         \
		double pu_end_ = test_now() + (secs);              \
		bool pu_ok_;                                       \
		while (!(pu_ok_ = (cond)) && test_now() < pu_end_) \
			usleep(1000);                              \
		pu_ok_;                                            \
	})

/* A log for a test: errors only unless PV_LOG is set (then what rt_log_init reads from it). */
static inline void test_log_init(struct rt_log *log)
{
	rt_log_init(log);
	if (!getenv("PV_LOG"))
		rt_log_set_level(log, RT_LOG_ERROR);
}

#endif
