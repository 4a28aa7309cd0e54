/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_VMBUS_GPADL_FSM_H
#define PV_GENERATED_VMBUS_GPADL_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* One GPADL: GPADL_HEADER, GPADL_BODY until range_buflen bytes arrived (the server feeds BODY_LAST for the one that completes it), GPADL_CREATED, later GPADL_TEARDOWN and GPADL_TORNDOWN. A failed creation ends it. */

enum vmbus_gpadl_event {
	VMBUS_GPADL_EV_HEADER = 1,	/* GPADL_HEADER that does not complete the ranges */
	VMBUS_GPADL_EV_HEADER_COMPLETE = 2,	/* GPADL_HEADER carrying every range */
	VMBUS_GPADL_EV_BODY = 3,
	VMBUS_GPADL_EV_BODY_LAST = 4,
	VMBUS_GPADL_EV_CREATED_OK = 5,
	VMBUS_GPADL_EV_CREATED_FAILED = 6,
	VMBUS_GPADL_EV_TEARDOWN = 7,
	VMBUS_GPADL_EV_TORNDOWN = 8,
};
#define VMBUS_GPADL_EV_COUNT 8

/* The states the spec names (struct vmbus_gpadl_fsm.cs). */
enum vmbus_gpadl_state {
	VMBUS_GPADL_ST_RECEIVING = 2,
	VMBUS_GPADL_ST_COMPLETE = 3,
	VMBUS_GPADL_ST_CREATED = 4,
	VMBUS_GPADL_ST_TEARING_DOWN = 5,
	VMBUS_GPADL_ST_DONE = 6,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct vmbus_gpadl_actions {
	int (*on_complete)(void *ctx);	/* all PFNs known: map and check them */
	int (*on_teardown)(void *ctx);
};

struct vmbus_gpadl_fsm {
	int cs;
};

/* Puts f in the start state. */
void vmbus_gpadl_fsm_init(struct vmbus_gpadl_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int vmbus_gpadl_fsm_feed(struct vmbus_gpadl_fsm *f, enum vmbus_gpadl_event ev, const struct vmbus_gpadl_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool vmbus_gpadl_fsm_can_feed(const struct vmbus_gpadl_fsm *f, enum vmbus_gpadl_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *vmbus_gpadl_fsm_state_name(const struct vmbus_gpadl_fsm *f);
/* Name of an event, "?" when unknown. */
const char *vmbus_gpadl_event_name(uint32_t ev);

#endif /* PV_GENERATED_VMBUS_GPADL_FSM_H */
