/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_STORVSC_INIT_FSM_H
#define PV_GENERATED_STORVSC_INIT_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* The host's view of the primary channel's session. BEGIN_INITIALIZATION opens it; QUERY_PROTOCOL_VERSION repeats until the host accepts one (VERSION_REJECTED answers REVISION_MISMATCH and the guest tries its next version); QUERY_PROPERTIES, then FCHBA_DATA on Fibre Channel only, then END_INITIALIZATION. I/O, resets and CREATE_SUB_CHANNELS are legal only after that. Subchannels carry I/O without a handshake; their sessions start ready (the VSP does not feed them through this machine). */

enum storvsc_init_event {
	STORVSC_INIT_EV_BEGIN_INITIALIZATION = 1,	/* rx */
	STORVSC_INIT_EV_VERSION_ACCEPTED = 2,	/* rx QUERY_PROTOCOL_VERSION of a version we speak */
	STORVSC_INIT_EV_VERSION_REJECTED = 3,	/* rx QUERY_PROTOCOL_VERSION of another version */
	STORVSC_INIT_EV_QUERY_PROPERTIES = 4,	/* rx */
	STORVSC_INIT_EV_FCHBA_DATA = 5,	/* rx */
	STORVSC_INIT_EV_END_INITIALIZATION = 6,	/* rx */
	STORVSC_INIT_EV_EXECUTE_SRB = 7,	/* rx */
	STORVSC_INIT_EV_RESET = 8,	/* rx RESET_LUN, RESET_ADAPTER or RESET_BUS */
	STORVSC_INIT_EV_CREATE_SUB_CHANNELS = 9,	/* rx */
};
#define STORVSC_INIT_EV_COUNT 9

/* The states the spec names (struct storvsc_init_fsm.cs). */
enum storvsc_init_state {
	STORVSC_INIT_ST_START = 1,
	STORVSC_INIT_ST_NEGOTIATING = 2,
	STORVSC_INIT_ST_VERSIONED = 3,
	STORVSC_INIT_ST_CONFIGURED = 4,
	STORVSC_INIT_ST_READY = 5,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct storvsc_init_actions {
	int (*on_begin)(void *ctx);
	int (*on_version)(void *ctx);	/* remember the negotiated version (request size, sense size) */
	int (*on_properties)(void *ctx);	/* answer with channel_properties */
	int (*on_ready)(void *ctx);	/* the guest may send I/O */
	int (*on_srb)(void *ctx);
	int (*on_reset)(void *ctx);
	int (*on_create_sub_channels)(void *ctx);	/* offer the subchannels */
};

struct storvsc_init_fsm {
	int cs;
};

/* Puts f in the start state. */
void storvsc_init_fsm_init(struct storvsc_init_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int storvsc_init_fsm_feed(struct storvsc_init_fsm *f, enum storvsc_init_event ev, const struct storvsc_init_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool storvsc_init_fsm_can_feed(const struct storvsc_init_fsm *f, enum storvsc_init_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *storvsc_init_fsm_state_name(const struct storvsc_init_fsm *f);
/* Name of an event, "?" when unknown. */
const char *storvsc_init_event_name(uint32_t ev);

#endif /* PV_GENERATED_STORVSC_INIT_FSM_H */
