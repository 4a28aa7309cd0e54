/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_VMBUS_CONN_FSM_H
#define PV_GENERATED_VMBUS_CONN_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* The host's view of one guest's VMBus connection: every control message either side sends is an event. Contact is INITIATE_CONTACT answered by VERSION_RESPONSE (accepted or not; a refused version lets the guest try the next). Offers follow REQUESTOFFERS; channel messages need an offer, so they are legal only after it. INITIATE_CONTACT while connected resets the connection (as OpenVMM does for a guest that restarted without UNLOAD); UNLOAD is answered by UNLOAD_RESPONSE and contact may start again. UNLOAD while disconnected is answered too (a kexec'd kernel may send it). */

enum vmbus_conn_event {
	VMBUS_CONN_EV_INITIATE_CONTACT = 1,	/* rx */
	VMBUS_CONN_EV_VERSION_ACCEPTED = 2,	/* tx VERSION_RESPONSE version_supported=1 */
	VMBUS_CONN_EV_VERSION_REJECTED = 3,	/* tx VERSION_RESPONSE version_supported=0 */
	VMBUS_CONN_EV_REQUESTOFFERS = 4,	/* rx */
	VMBUS_CONN_EV_OFFERCHANNEL = 5,	/* tx */
	VMBUS_CONN_EV_ALLOFFERS_DELIVERED = 6,	/* tx */
	VMBUS_CONN_EV_RESCIND_CHANNELOFFER = 7,	/* tx */
	VMBUS_CONN_EV_CHANNEL_RX = 8,	/* rx OPENCHANNEL, CLOSECHANNEL, GPADL_*, RELID_RELEASED, MODIFYCHANNEL, TL_CONNECT_REQUEST */
	VMBUS_CONN_EV_CHANNEL_TX = 9,	/* tx OPENCHANNEL_RESULT, GPADL_CREATED, GPADL_TORNDOWN, MODIFYCHANNEL_RESPONSE, TL_CONNECT_RESULT */
	VMBUS_CONN_EV_UNLOAD = 10,	/* rx */
	VMBUS_CONN_EV_UNLOAD_RESPONSE = 11,	/* tx */
};
#define VMBUS_CONN_EV_COUNT 11

/* The states the spec names (struct vmbus_conn_fsm.cs). */
enum vmbus_conn_state {
	VMBUS_CONN_ST_DISCONNECTED = 1,
	VMBUS_CONN_ST_CONTACTING = 2,
	VMBUS_CONN_ST_CONNECTED = 3,
	VMBUS_CONN_ST_OFFERING = 4,
	VMBUS_CONN_ST_READY = 5,
	VMBUS_CONN_ST_UNLOADING = 6,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct vmbus_conn_actions {
	int (*on_contact)(void *ctx);	/* a guest asks for a version */
	int (*on_reset)(void *ctx);	/* contact while connected: drop every channel first */
	int (*on_connected)(void *ctx);
	int (*on_request_offers)(void *ctx);	/* send the offers, then ALLOFFERS_DELIVERED */
	int (*on_unload)(void *ctx);	/* drop every channel, then send UNLOAD_RESPONSE */
	int (*on_unloaded)(void *ctx);
};

struct vmbus_conn_fsm {
	int cs;
};

/* Puts f in the start state. */
void vmbus_conn_fsm_init(struct vmbus_conn_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int vmbus_conn_fsm_feed(struct vmbus_conn_fsm *f, enum vmbus_conn_event ev, const struct vmbus_conn_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool vmbus_conn_fsm_can_feed(const struct vmbus_conn_fsm *f, enum vmbus_conn_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *vmbus_conn_fsm_state_name(const struct vmbus_conn_fsm *f);
/* Name of an event, "?" when unknown. */
const char *vmbus_conn_event_name(uint32_t ev);

#endif /* PV_GENERATED_VMBUS_CONN_FSM_H */
