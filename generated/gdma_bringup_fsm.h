/* DO NOT EDIT: generated from spec/gdma.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_GDMA_BRINGUP_FSM_H
#define PV_GENERATED_GDMA_BRINGUP_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* The device's view of one hardware-channel lifetime, from the SMC ESTABLISH_HWC to DESTROY_HWC or a function reset (Linux gdma_main.c mana_gd_setup, hw_channel.c mana_hwc_create_channel; OpenVMM gdma hwc.rs). The device answers ESTABLISH_HWC with INIT_EQ_ID_DB, the INIT_DATA events and INIT_DONE on the HWC EQ; then the driver tests the EQ (GENERATE_TEST_EQE) and must verify its version before anything else. GDMA requests (queues, DMA regions, test events, PD/MR) are legal from then on; a device's own requests (MANA) need it registered. Linux 6.1 order: TEST_EQE, VERIFY_VERSION, QUERY_MAX_RESOURCES, LIST_DEVICES, REGISTER_DEVICE, then MANA requests and EQs. */

enum gdma_bringup_event {
	GDMA_BRINGUP_EV_ESTABLISH = 1,	/* SMC ESTABLISH_HWC accepted */
	GDMA_BRINGUP_EV_EQ_ID_DB = 2,	/* tx HWC_INIT_EQ_ID_DB */
	GDMA_BRINGUP_EV_INIT_DATA = 3,	/* tx HWC_INIT_DATA */
	GDMA_BRINGUP_EV_INIT_DONE = 4,	/* tx HWC_INIT_DONE */
	GDMA_BRINGUP_EV_TEST_EQE = 5,	/* rx GENERATE_TEST_EQE */
	GDMA_BRINGUP_EV_VERIFY = 6,	/* rx VERIFY_VF_DRIVER_VERSION (answered with success) */
	GDMA_BRINGUP_EV_GDMA_REQ = 7,	/* rx any other GDMA request (queues, regions, resources, LIST_DEVICES, PD/MR) */
	GDMA_BRINGUP_EV_REGISTER = 8,	/* rx REGISTER_DEVICE (answered with success) */
	GDMA_BRINGUP_EV_DEVICE_REQ = 9,	/* rx a request for a registered device (MANA) */
	GDMA_BRINGUP_EV_DEREGISTER = 10,	/* rx DEREGISTER_DEVICE */
	GDMA_BRINGUP_EV_DESTROY = 11,	/* SMC DESTROY_HWC */
	GDMA_BRINGUP_EV_RESET = 12,	/* function level reset or device reset */
};
#define GDMA_BRINGUP_EV_COUNT 12

/* The states the spec names (struct gdma_bringup_fsm.cs). */
enum gdma_bringup_state {
	GDMA_BRINGUP_ST_ESTABLISHING = 2,
	GDMA_BRINGUP_ST_INIT_EVENTS = 3,
	GDMA_BRINGUP_ST_HWC_UP = 4,
	GDMA_BRINGUP_ST_VERIFIED = 5,
	GDMA_BRINGUP_ST_REGISTERED = 6,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct gdma_bringup_actions {
	int (*on_establish)(void *ctx);	/* create the HWC queues, post the init events */
	int (*on_ready)(void *ctx);	/* the HWC takes requests */
	int (*on_register)(void *ctx);
	int (*on_deregister)(void *ctx);
	int (*on_destroy)(void *ctx);	/* drop every queue and region of this channel */
};

struct gdma_bringup_fsm {
	int cs;
};

/* Puts f in the start state. */
void gdma_bringup_fsm_init(struct gdma_bringup_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int gdma_bringup_fsm_feed(struct gdma_bringup_fsm *f, enum gdma_bringup_event ev, const struct gdma_bringup_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool gdma_bringup_fsm_can_feed(const struct gdma_bringup_fsm *f, enum gdma_bringup_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *gdma_bringup_fsm_state_name(const struct gdma_bringup_fsm *f);
/* Name of an event, "?" when unknown. */
const char *gdma_bringup_event_name(uint32_t ev);

#endif /* PV_GENERATED_GDMA_BRINGUP_FSM_H */
