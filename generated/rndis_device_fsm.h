/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_RNDIS_DEVICE_FSM_H
#define PV_GENERATED_RNDIS_DEVICE_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* The host's view of the RNDIS device on one netvsc NIC. INIT must come first and is answered by INIT_C; every other request needs an initialized device. Data flows to the guest only while the packet filter is non-zero (Linux sets 0x0D on open and 0 on close): the host feeds FILTER_ON / FILTER_OFF when a SET of OID_GEN_CURRENT_PACKET_FILTER succeeds. HALT ends the device; a new INIT (after a channel reset) starts over. */

enum rndis_device_event {
	RNDIS_DEVICE_EV_INIT = 1,	/* rx INIT */
	RNDIS_DEVICE_EV_INIT_OK = 2,	/* tx INIT_C SUCCESS */
	RNDIS_DEVICE_EV_INIT_FAIL = 3,	/* tx INIT_C failure */
	RNDIS_DEVICE_EV_REQUEST = 4,	/* rx QUERY, SET, SET_EX, RESET or KEEPALIVE */
	RNDIS_DEVICE_EV_COMPLETE = 5,	/* tx QUERY_C, SET_C, SET_EX_C, RESET_C or KEEPALIVE_C */
	RNDIS_DEVICE_EV_INDICATE = 6,	/* tx INDICATE */
	RNDIS_DEVICE_EV_FILTER_ON = 7,	/* the packet filter became non-zero */
	RNDIS_DEVICE_EV_FILTER_OFF = 8,	/* the packet filter became zero */
	RNDIS_DEVICE_EV_PACKET_RX = 9,	/* rx PACKET (guest transmit) */
	RNDIS_DEVICE_EV_PACKET_TX = 10,	/* tx PACKET (guest receive) */
	RNDIS_DEVICE_EV_HALT = 11,	/* rx HALT */
};
#define RNDIS_DEVICE_EV_COUNT 11

/* The states the spec names (struct rndis_device_fsm.cs). */
enum rndis_device_state {
	RNDIS_DEVICE_ST_INITIALIZING = 2,
	RNDIS_DEVICE_ST_INITIALIZED = 3,
	RNDIS_DEVICE_ST_DATA = 4,
	RNDIS_DEVICE_ST_HALTED = 1,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct rndis_device_actions {
	int (*on_init)(void *ctx);
	int (*on_initialized)(void *ctx);
	int (*on_data_start)(void *ctx);	/* start delivering received frames */
	int (*on_data_stop)(void *ctx);
	int (*on_halt)(void *ctx);	/* stop everything; drop queued frames */
};

struct rndis_device_fsm {
	int cs;
};

/* Puts f in the start state. */
void rndis_device_fsm_init(struct rndis_device_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int rndis_device_fsm_feed(struct rndis_device_fsm *f, enum rndis_device_event ev, const struct rndis_device_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool rndis_device_fsm_can_feed(const struct rndis_device_fsm *f, enum rndis_device_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *rndis_device_fsm_state_name(const struct rndis_device_fsm *f);
/* Name of an event, "?" when unknown. */
const char *rndis_device_event_name(uint32_t ev);

#endif /* PV_GENERATED_RNDIS_DEVICE_FSM_H */
