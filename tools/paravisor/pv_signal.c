/*
 * SIGINT/SIGTERM on their own thread (pv_signal.h). The thread sleeps in
 * sigwaitinfo(); after the first signal it sleeps in sigtimedwait() until
 * the deadline, so the forced exit needs nothing from any other thread.
 */
#include "tools/paravisor/pv_signal.h"

#include <errno.h>
#include <ev.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/log.h"

struct pv_signal {
	struct ev_loop *loop;
	ev_async wake; /* main loop: runs on_stop */
	struct rt_log_obj *lo;
	void (*on_stop)(void *ctx, int signo);
	void *ctx;
	double grace;
	pthread_t thread;
	atomic_int signo; /* the first signal, 0 before */
	atomic_bool quit; /* pv_signal_stop: the next signal this thread takes ends it */

	pthread_mutex_t mu; /* protects the two fields below */
	pthread_cond_t cond;
	bool held; /* an exec is under way: put signals back */
};

static void sigset_stop(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGTERM);
}

void pv_signal_block(void)
{
	sigset_t set;

	sigset_stop(&set);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
}

static void wake_cb(struct ev_loop *loop, ev_async *w, int revents)
{
	struct pv_signal *ps = w->data;

	(void)loop;
	(void)revents;
	ps->on_stop(ps->ctx, atomic_load(&ps->signo));
}

/*
 * The forced exit: only async-signal-safe calls, since another thread may
 * hold the log's or the allocator's lock forever (that may be why we are here).
 */
static void force_exit(int signo, double grace)
{
	char msg[160];
	int n = snprintf(msg, sizeof(msg),
			 "paravisor: teardown not finished %.1f s after signal %d: exiting without "
			 "it\n",
			 grace, signo);

	if (n > 0 && write(STDERR_FILENO, msg, (size_t)n) < 0)
		n = 0;
	_exit(1);
}

static struct timespec ts_add(struct timespec t, double s)
{
	t.tv_sec += (time_t)s;
	t.tv_nsec += (long)((s - (double)(time_t)s) * 1e9);
	if (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	return t;
}

static double ts_left(struct timespec deadline)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(deadline.tv_sec - now.tv_sec) +
	       (double)(deadline.tv_nsec - now.tv_nsec) / 1e9;
}

/* An exec is under way: the signal goes back to pending for the new binary. */
static void put_back(struct pv_signal *ps, int sig)
{
	pthread_mutex_lock(&ps->mu);
	if (ps->held) {
		kill(getpid(), sig);
		while (ps->held)
			pthread_cond_wait(&ps->cond, &ps->mu);
	}
	pthread_mutex_unlock(&ps->mu);
}

static void *sig_main(void *arg)
{
	struct pv_signal *ps = arg;
	struct timespec deadline = {0};
	sigset_t set;

	sigset_stop(&set);
	for (;;) {
		siginfo_t si;
		int sig;

		if (atomic_load(&ps->signo)) {
			double left = ts_left(deadline);
			struct timespec rel;

			if (left <= 0)
				force_exit(atomic_load(&ps->signo), ps->grace);
			rel.tv_sec = (time_t)left;
			rel.tv_nsec = (long)((left - (double)rel.tv_sec) * 1e9);
			sig = sigtimedwait(&set, &si, &rel);
			if (sig < 0)
				continue; /* EAGAIN: the deadline, checked above; EINTR */
			if (atomic_load(&ps->quit))
				return NULL;
			/* A second signal: the operator insists. */
			force_exit(sig, ps->grace - ts_left(deadline));
		}
		sig = sigwaitinfo(&set, &si);
		if (sig < 0)
			continue;
		if (atomic_load(&ps->quit))
			return NULL;
		pthread_mutex_lock(&ps->mu);
		if (ps->held) {
			pthread_mutex_unlock(&ps->mu);
			put_back(ps, sig);
			continue;
		}
		clock_gettime(CLOCK_MONOTONIC, &deadline);
		deadline = ts_add(deadline, ps->grace);
		atomic_store(&ps->signo, sig);
		pthread_mutex_unlock(&ps->mu);
		rt_log_info(ps->lo, "signal %d: stopping (at most %.1f s)", sig, ps->grace);
		ev_async_send(ps->loop, &ps->wake);
	}
	return NULL;
}

int pv_signal_start(struct ev_loop *loop, double grace, struct rt_log_obj *lo,
		    void (*on_stop)(void *ctx, int signo), void *ctx, struct pv_signal **out)
{
	struct pv_signal *ps;
	int rc;

	if (grace <= 0 || !on_stop)
		return -EINVAL;
	ps = calloc(1, sizeof(*ps));
	if (!ps)
		return -ENOMEM;
	ps->loop = loop;
	ps->lo = lo;
	ps->on_stop = on_stop;
	ps->ctx = ctx;
	ps->grace = grace;
	pthread_mutex_init(&ps->mu, NULL);
	pthread_cond_init(&ps->cond, NULL);
	ev_async_init(&ps->wake, wake_cb);
	ps->wake.data = ps;
	ev_async_start(loop, &ps->wake);
	rc = -pthread_create(&ps->thread, NULL, sig_main, ps);
	if (rc) {
		ev_async_stop(loop, &ps->wake);
		pthread_mutex_destroy(&ps->mu);
		pthread_cond_destroy(&ps->cond);
		free(ps);
		return rc;
	}
	pthread_setname_np(ps->thread, "pv-signal");
	*out = ps;
	return 0;
}

int pv_signal_hold(struct pv_signal *ps)
{
	int rc = 0;

	pthread_mutex_lock(&ps->mu);
	if (atomic_load(&ps->signo))
		rc = -ECANCELED;
	else
		ps->held = true;
	pthread_mutex_unlock(&ps->mu);
	return rc;
}

void pv_signal_release(struct pv_signal *ps)
{
	pthread_mutex_lock(&ps->mu);
	ps->held = false;
	pthread_cond_broadcast(&ps->cond);
	pthread_mutex_unlock(&ps->mu);
}

bool pv_signal_stopping(struct pv_signal *ps)
{
	return atomic_load(&ps->signo) != 0;
}

void pv_signal_stop(struct pv_signal *ps)
{
	if (!ps)
		return;
	/*
	 * Not pthread_cancel: glibc loads libgcc_s for it, which a minimal
	 * initramfs (the lab's guest) does not have, and aborts. A SIGTERM
	 * sent to this thread alone wakes its wait; `quit` says what it means
	 * (one from outside arriving now is lost, but we are exiting anyway).
	 */
	atomic_store(&ps->quit, true);
	pthread_kill(ps->thread, SIGTERM);
	pthread_join(ps->thread, NULL);
	ev_async_stop(ps->loop, &ps->wake);
	pthread_mutex_destroy(&ps->mu);
	pthread_cond_destroy(&ps->cond);
	free(ps);
}
