/*
 * pv_hostile: a guest that misbehaves on purpose, across time and channels.
 *
 * Each case leaves the paravisor in a state a hostile guest can force: rings
 * it never reads, guest->host rings kept full, requests at 100x the
 * device's outstanding limit, receive completions withheld, a reset that
 * cannot complete, channels closed, subchannels rescinded, the session
 * unloaded, dropped or restarted at the worst moment, floods of control
 * messages and GPADLs. The case returns with that state still in place;
 * pvh_responsive() then checks that the paravisor still serves (a second
 * channel on the same session, or a new connection when the case ended
 * it, with the device brought up again). The harness around it
 * (tests/hostile) measures the paravisor: memory, log, SIGTERM.
 *
 * The sim partition's configuration a case expects is pvh_config(); the
 * device the `slow` cases use is an emulated NVMe LUN whose reads complete
 * seconds late (a device that withholds completions).
 *
 * Threading: one thread, like pv_guest.
 */
#ifndef PV_HOSTILE_H
#define PV_HOSTILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct pvg;
struct pvsc;
struct pvnc;

/* The storvsp outstanding limit pvh_config() sets (max_io): 100x is PVH_FLOOD. */
#define PVH_MAX_IO 4
#define PVH_FLOOD (100 * PVH_MAX_IO)

struct pvh {
	const char *socket;
	int timeout_ms; /* per host answer (0 = 3000) */
	bool verbose;

	/* The hostile session (what the case leaves behind). */
	struct pvg *g;
	struct pvsc *sc;
	struct pvnc *nc;
	bool session_gone;     /* the case ended the VMBus session (disconnect, unload, reconnect)
				  or used up its own resources (GPADLs): check on a new one */
	uint64_t canary_pfn;   /* pages never granted to the host, filled with a pattern */
	uint32_t canary_pages; /* (checked by pvh_canary_ok) */
	char did[160];         /* what the case did, in a few words */
	char err[256];
};

struct pvh_case {
	const char *name;
	const char *family; /* "storvsp", "netvsp", "vmbus" */
	const char *what;
	bool slow_device; /* needs pvh_config(..., true): reads complete seconds late */
	int (*run)(struct pvh *h);
};

/* Case i (0, 1, ...), NULL past the last. */
const struct pvh_case *pvh_case_at(size_t i);
const struct pvh_case *pvh_case_find(const char *name);

/*
 * Writes the configuration the cases expect into buf (sim partition on
 * `socket`; two echo devices (the first for the cases, the second a spare
 * for pvh_responsive), scsi with two subchannels and max_io PVH_MAX_IO, nic
 * on loopback with two queues). slow: the SCSI LUN is an emulated NVMe
 * namespace whose reads are delayed by `slow_ms`. Returns the length or
 * -ENOSPC.
 */
int pvh_config(char *buf, size_t cap, const char *socket, bool slow, unsigned slow_ms);

/*
 * Connects the hostile session, puts the canary pages in place and runs
 * the case. Returns 0 (the state is in place), or a negative errno with
 * h->err saying why the case could not be set up.
 */
int pvh_run(struct pvh *h, const struct pvh_case *c);

/*
 * The paravisor still serves: on the hostile session if it still stands
 * (an echo channel opened next to the hostile ones, round trips checked),
 * else on a new connection (echo, and the case's device brought up again
 * and used). *ms: how long it took. Returns 0 or a negative errno (h->err).
 */
int pvh_responsive(struct pvh *h, const struct pvh_case *c, double *ms);

/* The canary pages still hold their pattern (true when there are none). */
bool pvh_canary_ok(struct pvh *h);

/* Frees the guest side (quick once the paravisor is gone). */
void pvh_cleanup(struct pvh *h);

#endif
