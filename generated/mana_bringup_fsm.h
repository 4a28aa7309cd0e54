/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_MANA_BRINGUP_FSM_H
#define PV_GENERATED_MANA_BRINGUP_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* The device's view of one hardware-channel lifetime (requests feed it through their `event:`; the SMC and the init events the device sends are fed by the device itself), from the SMC ESTABLISH_HWC to DESTROY_HWC or a function reset (Linux gdma_main.c mana_gd_setup, hw_channel.c mana_hwc_create_channel; OpenVMM gdma hwc.rs). The device answers ESTABLISH_HWC with INIT_EQ_ID_DB, the INIT_DATA events and INIT_DONE on the HWC EQ; then the driver tests the EQ (GENERATE_TEST_EQE) and must verify its version before anything else. GDMA requests (queues, DMA regions, test events, PD/MR) are legal from then on; a device's own requests (MANA) need it registered. Linux 6.1 order: TEST_EQE, VERIFY_VERSION, QUERY_MAX_RESOURCES, LIST_DEVICES, REGISTER_DEVICE, then MANA requests and EQs. */

enum mana_bringup_event {
	MANA_BRINGUP_EV_ESTABLISH = 1,	/* SMC ESTABLISH_HWC accepted */
	MANA_BRINGUP_EV_EQ_ID_DB = 2,	/* tx HWC_INIT_EQ_ID_DB */
	MANA_BRINGUP_EV_INIT_DATA = 3,	/* tx HWC_INIT_DATA */
	MANA_BRINGUP_EV_INIT_DONE = 4,	/* tx HWC_INIT_DONE */
	MANA_BRINGUP_EV_TEST_EQE = 5,	/* rx GENERATE_TEST_EQE */
	MANA_BRINGUP_EV_VERIFY = 6,	/* rx VERIFY_VF_DRIVER_VERSION (answered with success) */
	MANA_BRINGUP_EV_GDMA_REQ = 7,	/* rx any other GDMA request (queues, regions, resources, LIST_DEVICES, PD/MR) */
	MANA_BRINGUP_EV_REGISTER = 8,	/* rx REGISTER_DEVICE (answered with success) */
	MANA_BRINGUP_EV_DEVICE_REQ = 9,	/* rx a request for a registered device (MANA) */
	MANA_BRINGUP_EV_DEREGISTER = 10,	/* rx DEREGISTER_DEVICE */
	MANA_BRINGUP_EV_DESTROY = 11,	/* SMC DESTROY_HWC */
	MANA_BRINGUP_EV_RESET = 12,	/* function level reset or device reset */
};
#define MANA_BRINGUP_EV_COUNT 12

/* The states the spec names (struct mana_bringup_fsm.cs). */
enum mana_bringup_state {
	MANA_BRINGUP_ST_ESTABLISHING = 2,
	MANA_BRINGUP_ST_INIT_EVENTS = 3,
	MANA_BRINGUP_ST_HWC_UP = 4,
	MANA_BRINGUP_ST_VERIFIED = 5,
	MANA_BRINGUP_ST_REGISTERED = 6,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct mana_bringup_actions {
	int (*on_establish)(void *ctx);	/* create the four HWC queues the SMC named (the device then posts the init events, feeding them) */
	int (*on_ready)(void *ctx);	/* the HWC takes requests */
	int (*on_register)(void *ctx);
	int (*on_deregister)(void *ctx);
	int (*on_destroy)(void *ctx);	/* drop every queue and region of this channel */
};

struct mana_bringup_fsm {
	int cs;
};

/* Puts f in the start state. */
void mana_bringup_fsm_init(struct mana_bringup_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int mana_bringup_fsm_feed(struct mana_bringup_fsm *f, enum mana_bringup_event ev, const struct mana_bringup_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool mana_bringup_fsm_can_feed(const struct mana_bringup_fsm *f, enum mana_bringup_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *mana_bringup_fsm_state_name(const struct mana_bringup_fsm *f);
/* Name of an event, "?" when unknown. */
const char *mana_bringup_event_name(uint32_t ev);

#endif /* PV_GENERATED_MANA_BRINGUP_FSM_H */
