#include <check.h>
#include <errno.h>
#include <sys/eventfd.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/loop.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

struct probe {
	struct rt_work wk;
	struct rt_work again;
	struct rt_worker *w;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int runs;
	bool on_worker_thread;
	bool ran_inside_call;
	bool in_call;
};

static void probe_init(struct probe *p, struct rt_worker *w)
{
	memset(p, 0, sizeof(*p));
	p->w = w;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->cond, NULL);
}

static void probe_done(struct probe *p)
{
	pthread_mutex_lock(&p->lock);
	p->runs++;
	pthread_cond_broadcast(&p->cond);
	pthread_mutex_unlock(&p->lock);
}

static void probe_wait(struct probe *p, int runs)
{
	pthread_mutex_lock(&p->lock);
	while (p->runs < runs)
		pthread_cond_wait(&p->cond, &p->lock);
	pthread_mutex_unlock(&p->lock);
}

static void again_fn(struct rt_work *wk)
{
	struct probe *p = rt_container_of(wk, struct probe, again);

	if (p->in_call)
		p->ran_inside_call = true;
	probe_done(p);
}

static void work_fn(struct rt_work *wk)
{
	struct probe *p = rt_container_of(wk, struct probe, wk);

	p->on_worker_thread = rt_loop_on_thread(p->w->loop);
	/* Queue from the worker itself: must not run inside rt_worker_call. */
	p->in_call = true;
	ck_assert_int_eq(rt_worker_call(p->w, &p->again, again_fn), 0);
	p->in_call = false;
	probe_done(p);
}

START_TEST(test_worker_call)
{
	struct rt_worker w;
	struct probe p;

	ck_assert_int_eq(rt_worker_start(&w, "t-worker"), 0);
	probe_init(&p, &w);
	ck_assert(!rt_loop_on_thread(w.loop));
	ck_assert_int_eq(rt_worker_call(&w, &p.wk, work_fn), 0);
	probe_wait(&p, 2);
	ck_assert(p.on_worker_thread);
	ck_assert(!p.ran_inside_call);
	rt_worker_stop(&w);
}
END_TEST

static void noop_fn(struct rt_work *wk)
{
}

START_TEST(test_worker_call_twice_and_after_stop)
{
	struct rt_worker w;
	struct rt_work wk = {0};

	ck_assert_int_eq(rt_worker_start(&w, "t-worker2"), 0);
	/* Hold the lock so the worker cannot drain between the two calls. */
	pthread_mutex_lock(&w.lock);
	wk.queued = true;
	pthread_mutex_unlock(&w.lock);
	ck_assert_int_eq(rt_worker_call(&w, &wk, noop_fn), -EALREADY);
	wk.queued = false;
	rt_worker_stop(&w);

	/* A stopped worker refuses new work rather than losing it silently. */
	ck_assert_int_eq(rt_worker_start(&w, "t-worker3"), 0);
	pthread_mutex_lock(&w.lock);
	w.stopping = true;
	pthread_mutex_unlock(&w.lock);
	ck_assert_int_eq(rt_worker_call(&w, &wk, noop_fn), -ESHUTDOWN);
	rt_worker_stop(&w);
}
END_TEST

struct tick {
	struct rt_timer t;
	int fired;
};

static void tick_fn(struct rt_timer *t)
{
	struct tick *k = rt_container_of(t, struct tick, t);

	if (++k->fired == 3)
		rt_timer_stop(t);
}

START_TEST(test_timer_repeat)
{
	struct ev_loop *loop = rt_loop_new();
	struct tick k = {0};

	ck_assert_ptr_nonnull(loop);
	ck_assert(rt_loop_on_thread(loop));
	rt_timer_init(&k.t, loop, tick_fn);
	rt_timer_start(&k.t, 0.001, 0.001);
	ck_assert_int_eq(k.fired, 0); /* never inside start */
	ck_assert(rt_timer_active(&k.t));
	ev_run(loop, 0); /* returns when the timer stops itself */
	ck_assert_int_eq(k.fired, 3);
	ck_assert(!rt_timer_active(&k.t));
	rt_loop_destroy(loop);
}
END_TEST

static void *other_thread(void *arg)
{
	return (void *)(uintptr_t)rt_loop_on_thread(arg);
}

START_TEST(test_owner_thread)
{
	struct ev_loop *loop = rt_loop_new();
	pthread_t th;
	void *res;

	ck_assert(rt_loop_on_thread(loop));
	pthread_create(&th, NULL, other_thread, loop);
	pthread_join(th, &res);
	ck_assert(!(uintptr_t)res);
	rt_loop_destroy(loop);

	/* An adopted default loop knows its owner too. */
	loop = ev_default_loop(0);
	ck_assert(!rt_loop_on_thread(loop));
	ck_assert_int_eq(rt_loop_adopt(loop), 0);
	ck_assert(rt_loop_on_thread(loop));
	rt_loop_unadopt(loop);
}
END_TEST

struct bell {
	struct rt_evfd e;
	struct rt_work start_wk;
	struct rt_worker *w;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	uint64_t rung;
	bool started, on_worker;
};

static void bell_fn(struct rt_evfd *e, uint64_t count)
{
	struct bell *b = rt_container_of(e, struct bell, e);

	pthread_mutex_lock(&b->lock);
	b->on_worker = rt_loop_on_thread(b->w->loop);
	b->rung += count;
	pthread_cond_broadcast(&b->cond);
	pthread_mutex_unlock(&b->lock);
}

static void bell_start(struct rt_work *wk)
{
	struct bell *b = rt_container_of(wk, struct bell, start_wk);

	rt_evfd_start(&b->e);
	pthread_mutex_lock(&b->lock);
	b->started = true;
	pthread_cond_broadcast(&b->cond);
	pthread_mutex_unlock(&b->lock);
}

static void bell_stop(struct rt_work *wk)
{
	struct bell *b = rt_container_of(wk, struct bell, start_wk);

	rt_evfd_stop(&b->e);
}

START_TEST(test_evfd_cross_thread)
{
	struct rt_worker w;
	struct bell b;

	memset(&b, 0, sizeof(b));
	pthread_mutex_init(&b.lock, NULL);
	pthread_cond_init(&b.cond, NULL);
	ck_assert_int_eq(rt_worker_start(&w, "t-evfd"), 0);
	b.w = &w;
	ck_assert_int_eq(rt_evfd_init(&b.e, w.loop, bell_fn), 0);
	ck_assert_int_eq(rt_worker_call(&w, &b.start_wk, bell_start), 0);
	pthread_mutex_lock(&b.lock);
	while (!b.started)
		pthread_cond_wait(&b.cond, &b.lock);
	pthread_mutex_unlock(&b.lock);
	/* Rung from this thread, counted on the worker's. */
	ck_assert_int_eq(rt_evfd_signal(&b.e), 0);
	ck_assert_int_eq(rt_evfd_signal(&b.e), 0);
	pthread_mutex_lock(&b.lock);
	while (b.rung < 2)
		pthread_cond_wait(&b.cond, &b.lock);
	pthread_mutex_unlock(&b.lock);
	ck_assert(b.on_worker);
	ck_assert_uint_eq(b.rung, 2);
	ck_assert_int_eq(rt_worker_call(&w, &b.start_wk, bell_stop), 0);
	rt_worker_stop(&w); /* runs the queued stop first */
	close(b.e.fd);
}
END_TEST

struct counted {
	struct rt_evfd e;
	uint64_t got;
};

static void count_fn(struct rt_evfd *e, uint64_t count)
{
	rt_container_of(e, struct counted, e)->got = count;
}

/*
 * A guest process sharing the eventfd's open file description can clear
 * O_NONBLOCK and drain it: taking the count, and a wake-up that finds it
 * drained, must still not block.
 */
START_TEST(test_eventfd_take_never_blocks)
{
	struct ev_loop *loop = rt_loop_new();
	struct counted c = {0};
	uint64_t v = 0;
	int fd = eventfd(0, EFD_CLOEXEC); /* blocking, as the guest may leave it */

	ck_assert_int_eq(rt_eventfd_take(fd, &v), -EAGAIN);
	v = 5;
	ck_assert_int_eq(write(fd, &v, sizeof(v)), sizeof(v));
	v = 0;
	ck_assert_int_eq(rt_eventfd_take(fd, &v), 0);
	ck_assert_uint_eq(v, 5);
	ck_assert_int_eq(rt_eventfd_take(fd, &v), -EAGAIN);
	close(fd);

	ck_assert_int_eq(rt_evfd_init(&c.e, loop, count_fn), 0);
	rt_evfd_start(&c.e);
	ck_assert_int_eq(fcntl(c.e.fd, F_SETFL, 0), 0);
	ev_feed_event(loop, &c.e.w, EV_READ); /* readable, then drained by someone else */
	ev_run(loop, EVRUN_NOWAIT);
	ck_assert_uint_eq(c.got, 0);
	ck_assert_int_eq(rt_evfd_signal(&c.e), 0);
	ev_run(loop, EVRUN_NOWAIT);
	ck_assert_uint_eq(c.got, 1);
	rt_evfd_fini(&c.e);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_worker_call),
					      PV_CASE(test_worker_call_twice_and_after_stop),
					      PV_CASE(test_timer_repeat),
					      PV_CASE(test_owner_thread),
					      PV_CASE(test_evfd_cross_thread),
					      PV_CASE(test_eventfd_take_never_blocks),
					      {0}};

	return pv_check_run("loop", cases);
}
