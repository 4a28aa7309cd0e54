/*
 * Event loop layer: loop ownership, timers and worker threads.
 *
 * The owner thread of a loop is kept in libev's per-loop userdata so no
 * global registry is needed.
 */
#include "runtime/loop.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/uio.h>
#include <unistd.h>

#include "runtime/util.h"

struct rt_loop_info {
	pthread_t owner;
};

static int loop_attach(struct ev_loop *loop)
{
	struct rt_loop_info *info = calloc(1, sizeof(*info));

	if (!info)
		return -ENOMEM;
	info->owner = pthread_self();
	ev_set_userdata(loop, info);
	return 0;
}

struct ev_loop *rt_loop_new(void)
{
	struct ev_loop *loop = ev_loop_new(EVFLAG_AUTO | EVFLAG_NOSIGMASK);

	if (!loop) {
		errno = ENOMEM;
		return NULL;
	}
	if (loop_attach(loop) < 0) {
		ev_loop_destroy(loop);
		errno = ENOMEM;
		return NULL;
	}
	return loop;
}

int rt_loop_adopt(struct ev_loop *loop)
{
	return loop_attach(loop);
}

void rt_loop_unadopt(struct ev_loop *loop)
{
	free(ev_userdata(loop));
	ev_set_userdata(loop, NULL);
}

void rt_loop_destroy(struct ev_loop *loop)
{
	if (!loop)
		return;
	free(ev_userdata(loop));
	ev_loop_destroy(loop);
}

void rt_loop_set_owner(struct ev_loop *loop)
{
	struct rt_loop_info *info = ev_userdata(loop);

	if (info)
		info->owner = pthread_self();
}

bool rt_loop_on_thread(struct ev_loop *loop)
{
	struct rt_loop_info *info = ev_userdata(loop);

	/* A loop nobody registered has no known owner: treat as a bug. */
	return info && pthread_equal(info->owner, pthread_self());
}

/* ------------------------------------------------------------------ */

static void timer_cb(struct ev_loop *loop, ev_timer *w, int revents)
{
	struct rt_timer *t = rt_container_of(w, struct rt_timer, w);

	t->fn(t);
}

void rt_timer_init(struct rt_timer *t, struct ev_loop *loop, rt_timer_fn fn)
{
	memset(t, 0, sizeof(*t));
	t->loop = loop;
	t->fn = fn;
	ev_timer_init(&t->w, timer_cb, 0., 0.);
}

void rt_timer_start(struct rt_timer *t, double after, double repeat)
{
	rt_loop_assert_thread(t->loop);
	ev_timer_stop(t->loop, &t->w);
	ev_timer_set(&t->w, after, repeat);
	ev_timer_start(t->loop, &t->w);
}

void rt_timer_stop(struct rt_timer *t)
{
	rt_loop_assert_thread(t->loop);
	ev_timer_stop(t->loop, &t->w);
}

bool rt_timer_active(const struct rt_timer *t)
{
	return ev_is_active(&t->w);
}

/* ------------------------------------------------------------------ */

int rt_eventfd_take(int fd, uint64_t *count)
{
	struct iovec io = {count, sizeof(*count)};
	ssize_t n = preadv2(fd, &io, 1, -1, RWF_NOWAIT);

	if (n < 0 && errno == EOPNOTSUPP)
		n = read(fd, count, sizeof(*count));
	if (n < 0)
		return -errno;
	return n == sizeof(*count) ? 0 : -EIO;
}

static void evfd_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct rt_evfd *e = rt_container_of(w, struct rt_evfd, w);
	uint64_t v;

	if (rt_eventfd_take(e->fd, &v) < 0)
		return; /* spurious: someone else drained it */
	e->fn(e, v);
}

int rt_evfd_init(struct rt_evfd *e, struct ev_loop *loop, rt_evfd_fn fn)
{
	memset(e, 0, sizeof(*e));
	e->fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (e->fd < 0)
		return -errno;
	e->loop = loop;
	e->fn = fn;
	ev_io_init(&e->w, evfd_cb, e->fd, EV_READ);
	return 0;
}

void rt_evfd_start(struct rt_evfd *e)
{
	rt_loop_assert_thread(e->loop);
	ev_io_start(e->loop, &e->w);
}

void rt_evfd_stop(struct rt_evfd *e)
{
	rt_loop_assert_thread(e->loop);
	ev_io_stop(e->loop, &e->w);
}

int rt_evfd_signal(struct rt_evfd *e)
{
	uint64_t one = 1;

	/* EAGAIN means the counter is saturated: it is still readable. */
	if (write(e->fd, &one, sizeof(one)) < 0 && errno != EAGAIN)
		return -errno;
	return 0;
}

void rt_evfd_fini(struct rt_evfd *e)
{
	if (e->fd < 0)
		return;
	if (ev_is_active(&e->w))
		rt_evfd_stop(e);
	close(e->fd);
	e->fd = -1;
}

/* ------------------------------------------------------------------ */

static void worker_wake_cb(struct ev_loop *loop, ev_async *a, int revents)
{
	struct rt_worker *w = rt_container_of(a, struct rt_worker, wake);
	struct rt_work_list list;
	struct rt_work *wk;
	bool stopping;

	pthread_mutex_lock(&w->lock);
	STAILQ_INIT(&list);
	STAILQ_CONCAT(&list, &w->queue);
	stopping = w->stopping;
	pthread_mutex_unlock(&w->lock);

	/*
	 * Each item stays `queued` until it is taken off this private list
	 * under the lock: a caller requeueing it meanwhile gets -EALREADY
	 * (it is about to run) instead of relinking it while we walk the list.
	 * Work queued from now on waits for the next wake-up.
	 */
	while (!STAILQ_EMPTY(&list)) {
		rt_work_fn fn;

		pthread_mutex_lock(&w->lock);
		wk = STAILQ_FIRST(&list);
		STAILQ_REMOVE_HEAD(&list, link);
		wk->queued = false;
		fn = wk->fn;
		pthread_mutex_unlock(&w->lock);
		/* fn may free or requeue wk: nothing of it is read after this. */
		fn(wk);
	}
	if (stopping && !w->attached)
		ev_break(loop, EVBREAK_ALL);
}

static void *worker_main(void *arg)
{
	struct rt_worker *w = arg;

	/* rt_worker_start holds the lock until it recorded us as the owner. */
	pthread_mutex_lock(&w->lock);
	pthread_mutex_unlock(&w->lock);
	ev_run(w->loop, 0);
	return NULL;
}

int rt_worker_start(struct rt_worker *w, const char *name)
{
	int rc;

	memset(w, 0, sizeof(*w));
	STAILQ_INIT(&w->queue);
	snprintf(w->name, sizeof(w->name), "%s", name ? name : "rt-worker");
	w->loop = rt_loop_new();
	if (!w->loop)
		return -ENOMEM;
	rc = -pthread_mutex_init(&w->lock, NULL);
	if (rc)
		goto fail_loop;
	ev_async_init(&w->wake, worker_wake_cb);
	ev_async_start(w->loop, &w->wake);
	/*
	 * The owner must be the worker before anyone can look: the caller may
	 * check rt_loop_on_thread() as soon as we return.
	 */
	pthread_mutex_lock(&w->lock);
	rc = -pthread_create(&w->thread, NULL, worker_main, w);
	if (rc) {
		pthread_mutex_unlock(&w->lock);
		goto fail_mutex;
	}
	((struct rt_loop_info *)ev_userdata(w->loop))->owner = w->thread;
	pthread_mutex_unlock(&w->lock);
	pthread_setname_np(w->thread, w->name);
	w->running = true;
	return 0;

fail_mutex:
	ev_async_stop(w->loop, &w->wake);
	pthread_mutex_destroy(&w->lock);
fail_loop:
	rt_loop_destroy(w->loop);
	w->loop = NULL;
	return rc;
}

int rt_worker_call(struct rt_worker *w, struct rt_work *wk, rt_work_fn fn)
{
	int rc = 0;

	pthread_mutex_lock(&w->lock);
	if (w->stopping) {
		rc = -ESHUTDOWN;
	} else if (wk->queued) {
		rc = -EALREADY;
	} else {
		wk->fn = fn;
		wk->queued = true;
		STAILQ_INSERT_TAIL(&w->queue, wk, link);
	}
	pthread_mutex_unlock(&w->lock);
	if (rc == 0)
		ev_async_send(w->loop, &w->wake);
	return rc;
}

int rt_worker_attach(struct rt_worker *w, struct ev_loop *loop, const char *name)
{
	int rc;

	memset(w, 0, sizeof(*w));
	STAILQ_INIT(&w->queue);
	snprintf(w->name, sizeof(w->name), "%s", name ? name : "rt-worker");
	rc = -pthread_mutex_init(&w->lock, NULL);
	if (rc)
		return rc;
	w->loop = loop;
	w->attached = true;
	ev_async_init(&w->wake, worker_wake_cb);
	ev_async_start(loop, &w->wake);
	w->running = true;
	return 0;
}

void rt_worker_run_queued(struct rt_worker *w)
{
	assert(w->attached);
	rt_loop_assert_thread(w->loop);
	worker_wake_cb(w->loop, &w->wake, 0);
}

void rt_worker_stop(struct rt_worker *w)
{
	if (!w->running)
		return;
	if (w->attached) {
		rt_loop_assert_thread(w->loop);
		pthread_mutex_lock(&w->lock);
		w->stopping = true;
		pthread_mutex_unlock(&w->lock);
		/* What other threads queued before the stop still runs, here. */
		worker_wake_cb(w->loop, &w->wake, 0);
		ev_async_stop(w->loop, &w->wake);
		pthread_mutex_destroy(&w->lock);
		w->running = false;
		return;
	}
	assert(!pthread_equal(w->thread, pthread_self()));
	pthread_mutex_lock(&w->lock);
	w->stopping = true;
	pthread_mutex_unlock(&w->lock);
	ev_async_send(w->loop, &w->wake);
	pthread_join(w->thread, NULL);
	w->running = false;
	/* The thread is gone: this thread now owns the loop for teardown. */
	rt_loop_set_owner(w->loop);
	ev_async_stop(w->loop, &w->wake);
	pthread_mutex_destroy(&w->lock);
	rt_loop_destroy(w->loop);
	w->loop = NULL;
}
