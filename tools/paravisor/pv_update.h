/*
 * Live update (servicing) of a running paravisor: docs/servicing.md.
 *
 * pv_update_run() is called on the main loop when an update is requested
 * (SIGUSR2). It checks that every object can be saved, pauses the
 * partition, quiesces the VMBus server and the devices, writes the saved
 * state into a memfd, and asks the new binary to check that state
 * (`NEW --restore-check FD`, a child process). Only if the check passes does
 * it exec the new binary (`NEW --restore FD ...`) with the state memfd and
 * every descriptor the objects keep (guest RAM, sockets, eventfds, TAP,
 * backing files) left open. If anything fails before the exec, every object
 * resumes, the refusal and its reason are logged and the old binary runs on.
 */
#ifndef PV_UPDATE_H
#define PV_UPDATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tools/paravisor/pv_devices.h"

struct ev_loop;
struct rt_log;
struct rt_log_obj;
struct pv_signal;
struct rt_partition;
struct vmbus_server;

struct pv_update_env {
	struct ev_loop *loop;
	struct rt_log_obj *lo;
	struct rt_partition *part;
	uint32_t part_kind; /* enum pvss_part_kind */
	struct vmbus_server *vmbus;
	const struct pv_dev *devs;
	unsigned ndevs;
	const char *config_text; /* the configuration the paravisor runs */
	size_t config_len;
	const char *binary;        /* the new paravisor */
	char *const *pass_args;    /* options handed on (NULL-terminated), e.g. --log-level */
	uint32_t update_count;     /* updates before this one */
	uint64_t t_start;          /* CLOCK_MONOTONIC ns when the first binary started */
	int log_level;             /* enum rt_log_level */
	bool tracing;              /* a trace is being written: cannot cross an exec yet */
	double check_timeout;      /* seconds the new binary's check may take; 0: 10 */
	const char *state_copy;    /* directory: keep a copy of each saved state (NULL: none) */
	struct pv_signal *signals; /* held over the exec: a SIGTERM then is the new binary's */
};

/*
 * Runs one update. Returns only when it did not happen (a negative errno;
 * the reason is logged, written to why, and every object runs again); on
 * success the process image is replaced.
 */
int pv_update_run(const struct pv_update_env *e, char *why, size_t why_len);

/* CLOCK_MONOTONIC in ns (the clock every blackout figure uses). */
uint64_t pv_now_ns(void);

#endif
