/*
 * SIGINT and SIGTERM on a thread of their own, with a deadline.
 *
 * The paravisor must end within a bound after SIGTERM whatever the guest
 * left behind (rings never read, completions withheld, subchannels never
 * closed) and whatever a device does. A handler on the main loop runs only
 * when that loop is free; this thread does not depend on it. It asks the
 * main loop to stop (an ev_async), and if the process has not exited
 * `grace` seconds after the signal, it logs that teardown did not finish
 * and ends the process with _exit(1). A second signal ends it at once.
 *
 * pv_signal_block() must run before any other thread exists (threads
 * inherit the mask), so that only this thread takes the two signals.
 *
 * Live update: pv_signal_hold() before the exec makes the thread put a
 * signal it receives back as pending (kill) instead of acting on it, so the
 * new binary takes it; it fails with -ECANCELED when a stop was already
 * requested (the stop wins over the update). pv_signal_release() undoes a
 * hold when the exec failed.
 */
#ifndef PV_SIGNAL_H
#define PV_SIGNAL_H

#include <stdbool.h>

struct ev_loop;
struct rt_log_obj;
struct pv_signal;

/* Blocks SIGINT and SIGTERM in the calling thread (and so in threads it creates). */
void pv_signal_block(void);

/*
 * Starts the thread. on_stop(ctx) runs on `loop`'s thread once, at the first
 * signal (it should break the loop). grace: seconds from the signal to the
 * forced exit (> 0). Returns 0 or a negative errno.
 */
int pv_signal_start(struct ev_loop *loop, double grace, struct rt_log_obj *lo,
		    void (*on_stop)(void *ctx, int signo), void *ctx, struct pv_signal **out);

/* See above. Main thread. */
int pv_signal_hold(struct pv_signal *ps);
void pv_signal_release(struct pv_signal *ps);

/* True once a signal asked for the stop (any thread). */
bool pv_signal_stopping(struct pv_signal *ps);

/* Ends the thread (teardown finished: no deadline any more) and frees ps. Main thread. */
void pv_signal_stop(struct pv_signal *ps);

#endif
