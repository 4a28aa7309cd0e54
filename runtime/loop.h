/*
 * Event loops: one libev loop per thread, cross-thread calls, timers.
 *
 * Every loop the runtime uses is created by rt_loop_new() (or adopted with
 * rt_loop_adopt()) so it knows its owner thread: functions that must run on a
 * loop's thread say so and check it with rt_loop_assert_thread(). A worker
 * (struct rt_worker) is a thread running its own loop; other threads hand it
 * work with rt_worker_call(), which wakes it through an ev_async.
 *
 * Watchers are embedded in their owners (struct rt_timer, struct rt_work,
 * ev_io ...) and the owner is recovered with rt_container_of(). Nothing here
 * keeps global state. A start or submit function never runs its callback
 * before it returns.
 */
#ifndef RT_LOOP_H
#define RT_LOOP_H

#include <assert.h>
#include <ev.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

/*
 * Creates a loop owned by the calling thread. Returns NULL on failure
 * (errno set). Destroy with rt_loop_destroy() on the owner thread.
 */
struct ev_loop *rt_loop_new(void);

/*
 * Marks an existing loop (e.g. ev_default_loop) as owned by the calling
 * thread. Returns 0 or -ENOMEM. Undo with rt_loop_destroy(loop) only for
 * loops from rt_loop_new(); for adopted loops use rt_loop_unadopt().
 */
int rt_loop_adopt(struct ev_loop *loop);
void rt_loop_unadopt(struct ev_loop *loop);

/* Destroys a loop made by rt_loop_new(). All watchers must be stopped. */
void rt_loop_destroy(struct ev_loop *loop);

/*
 * Makes the calling thread the owner of `loop` (used when a loop is created on
 * one thread and run on another, as rt_worker does).
 */
void rt_loop_set_owner(struct ev_loop *loop);

/* True when the calling thread owns `loop`. */
bool rt_loop_on_thread(struct ev_loop *loop);

/* Our invariant, not a guest check: the caller runs on the loop's thread. */
#define rt_loop_assert_thread(loop) assert(rt_loop_on_thread(loop))

/* ------------------------------------------------------------------ */
/* Timers: an ev_timer with a typed callback. Loop thread only.       */

struct rt_timer;
typedef void (*rt_timer_fn)(struct rt_timer *t);

struct rt_timer {
	ev_timer w;
	struct ev_loop *loop;
	rt_timer_fn fn;
};

/* Prepares a timer; does not start it. */
void rt_timer_init(struct rt_timer *t, struct ev_loop *loop, rt_timer_fn fn);
/* (Re)arms: fires after `after` seconds, then every `repeat` (0 = once). */
void rt_timer_start(struct rt_timer *t, double after, double repeat);
/* Stops; safe when not running. */
void rt_timer_stop(struct rt_timer *t);
bool rt_timer_active(const struct rt_timer *t);

/* ------------------------------------------------------------------ */
/* Event fds: a counter other threads and processes can ring (the guest's */
/* HvSignalEvent through the partition, a device's completion).           */

struct rt_evfd;
typedef void (*rt_evfd_fn)(struct rt_evfd *e, uint64_t count);

struct rt_evfd {
	int fd; /* nonblocking eventfd; hand it to rt_partition_bind_guest_signal */
	ev_io w;
	struct ev_loop *loop;
	rt_evfd_fn fn;
};

/*
 * Creates the eventfd; fn(e, count) will run on `loop` with the number of
 * rings since the last call. Returns 0 or a negative errno.
 */
int rt_evfd_init(struct rt_evfd *e, struct ev_loop *loop, rt_evfd_fn fn);
/* Starts/stops watching (loop thread). */
void rt_evfd_start(struct rt_evfd *e);
void rt_evfd_stop(struct rt_evfd *e);
/* Rings it; any thread. Returns 0 or a negative errno. */
int rt_evfd_signal(struct rt_evfd *e);
/* Stops and closes. */
void rt_evfd_fini(struct rt_evfd *e);

/*
 * Takes an eventfd's count without ever blocking, whatever the file's flags:
 * a guest process holding the same open file description (the sim
 * partition's BIND) can clear O_NONBLOCK on it and drain it first. Uses
 * preadv2(RWF_NOWAIT) (Linux 5.12+ for eventfds), else a plain read. Returns
 * 0 with *count set, -EAGAIN (zero) or another negative errno.
 */
int rt_eventfd_take(int fd, uint64_t *count);

/* ------------------------------------------------------------------ */
/* Workers: a thread running its own loop.                             */

struct rt_work;
typedef void (*rt_work_fn)(struct rt_work *wk);

/* A unit of cross-thread work, embedded in its owner. */
struct rt_work {
	STAILQ_ENTRY(rt_work) link;
	rt_work_fn fn;
	bool queued; /* protected by the worker's lock */
};
STAILQ_HEAD(rt_work_list, rt_work);

struct rt_worker {
	struct ev_loop *loop; /* owned by the worker thread while it runs */
	pthread_t thread;
	ev_async wake;
	pthread_mutex_t lock; /* protects the fields below */
	struct rt_work_list queue;
	bool stopping;
	bool running;
	bool attached; /* rt_worker_attach: no thread of its own */
	char name[16];
};

/*
 * Creates the worker's loop and starts its thread (named `name`, truncated
 * to 15 chars). Returns 0 or a negative errno.
 */
int rt_worker_start(struct rt_worker *w, const char *name);

/*
 * Makes a worker of an existing loop (the server loop): no thread is
 * started, work queued with rt_worker_call() runs on `loop`'s own thread.
 * Returns 0 or a negative errno. rt_worker_stop() on the loop's thread runs
 * what is still queued, then detaches.
 */
int rt_worker_attach(struct rt_worker *w, struct ev_loop *loop, const char *name);

/*
 * Queues `wk` to run `fn` on the worker's thread; callable from any thread,
 * including the worker itself (it then runs on a later loop iteration, never
 * inside this call). Returns 0, -EALREADY if wk is already queued, or
 * -ESHUTDOWN once the worker is stopping.
 */
int rt_worker_call(struct rt_worker *w, struct rt_work *wk, rt_work_fn fn);

/*
 * An attached worker, on its loop's thread: runs what other threads queued,
 * now, instead of on a later loop iteration (servicing drains the server's
 * requests before it saves). Work queued while it runs waits for the next
 * wake-up.
 */
void rt_worker_run_queued(struct rt_worker *w);

/*
 * Stops the loop after the queued work ran and joins the thread. Must not be
 * called from the worker's own thread. Watchers the owners started on the
 * worker's loop must be stopped first (e.g. through rt_worker_call). An
 * attached worker is stopped on its loop's thread instead: queued work runs
 * before this returns, the loop itself goes on.
 */
void rt_worker_stop(struct rt_worker *w);

#endif
