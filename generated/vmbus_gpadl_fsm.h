/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_VMBUS_GPADL_FSM_H
#define PV_GENERATED_VMBUS_GPADL_FSM_H

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

/* Hooks run on transitions; each returns 0 or a negative errno.  A NULL hook is
 * skipped. */
struct vmbus_gpadl_actions {
	int (*on_complete)(void *ctx);	/* all PFNs known: map and check them */
	int (*on_teardown)(void *ctx);
};

struct vmbus_gpadl_fsm {
	int cs;
};

/* Puts f in the start state. */
void vmbus_gpadl_fsm_init(struct vmbus_gpadl_fsm *f);
/* Feeds one event.  Returns 0, -EPROTO when the event is illegal in the current
 * state, or the first negative value an action returned; in both error cases the
 * state is left unchanged. */
int vmbus_gpadl_fsm_feed(struct vmbus_gpadl_fsm *f, enum vmbus_gpadl_event ev, const struct vmbus_gpadl_actions *a,
			void *ctx);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *vmbus_gpadl_fsm_state_name(const struct vmbus_gpadl_fsm *f);
/* Name of an event, "?" when unknown. */
const char *vmbus_gpadl_event_name(uint32_t ev);

#endif /* PV_GENERATED_VMBUS_GPADL_FSM_H */
