/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_VMBUS_CHAN_FSM_H
#define PV_GENERATED_VMBUS_CHAN_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* One offered channel, host's view. GPADL messages are legal while the channel exists (the ring GPADL comes before OPENCHANNEL, others while it is open, teardown after close); their own order is the gpadl session. A failed open returns to offered. After a rescind the guest may still close and tear down, then releases the relid; nothing is legal after that. */

enum vmbus_chan_event {
	VMBUS_CHAN_EV_OPENCHANNEL = 1,
	VMBUS_CHAN_EV_OPEN_OK = 2,	/* tx OPENCHANNEL_RESULT status 0 */
	VMBUS_CHAN_EV_OPEN_FAILED = 3,	/* tx OPENCHANNEL_RESULT status != 0 */
	VMBUS_CHAN_EV_CLOSECHANNEL = 4,
	VMBUS_CHAN_EV_MODIFYCHANNEL = 5,
	VMBUS_CHAN_EV_MODIFYCHANNEL_RESPONSE = 6,
	VMBUS_CHAN_EV_GPADL = 7,	/* any GPADL_* message for this channel */
	VMBUS_CHAN_EV_RESCIND = 8,	/* tx RESCIND_CHANNELOFFER */
	VMBUS_CHAN_EV_RELID_RELEASED = 9,
};
#define VMBUS_CHAN_EV_COUNT 9

/* The states the spec names (struct vmbus_chan_fsm.cs). */
enum vmbus_chan_state {
	VMBUS_CHAN_ST_OFFERED = 1,
	VMBUS_CHAN_ST_OPENING = 2,
	VMBUS_CHAN_ST_OPENED = 3,
	VMBUS_CHAN_ST_RESCINDED_OPEN = 4,
	VMBUS_CHAN_ST_RESCINDED = 5,
	VMBUS_CHAN_ST_RELEASED = 6,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct vmbus_chan_actions {
	int (*on_open)(void *ctx);
	int (*on_opened)(void *ctx);
	int (*on_close)(void *ctx);
	int (*on_modify)(void *ctx);
	int (*on_rescind)(void *ctx);
	int (*on_released)(void *ctx);
};

struct vmbus_chan_fsm {
	int cs;
};

/* Puts f in the start state. */
void vmbus_chan_fsm_init(struct vmbus_chan_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int vmbus_chan_fsm_feed(struct vmbus_chan_fsm *f, enum vmbus_chan_event ev, const struct vmbus_chan_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool vmbus_chan_fsm_can_feed(const struct vmbus_chan_fsm *f, enum vmbus_chan_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *vmbus_chan_fsm_state_name(const struct vmbus_chan_fsm *f);
/* Name of an event, "?" when unknown. */
const char *vmbus_chan_event_name(uint32_t ev);

#endif /* PV_GENERATED_VMBUS_CHAN_FSM_H */
