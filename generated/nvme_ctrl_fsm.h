/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_NVME_CTRL_FSM_H
#define PV_GENERATED_NVME_CTRL_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* The controller's state as CC and CSTS expose it (Base 2.0 section 3.5): CC.EN 0 -> 1 starts enabling (the controller reads AQA/ASQ/ACQ and sets CSTS.RDY when ready, within CAP.TO); CC.EN 1 -> 0 is a controller reset from any state (queues deleted, outstanding commands dropped, RDY cleared); CC.SHN asks for a shutdown, CSTS.SHST reports it complete; a fatal error sets CSTS.CFS until the host resets. Writing CC.EN = 0 while disabled is legal and changes nothing. */

enum nvme_ctrl_event {
	NVME_CTRL_EV_ENABLE = 1,	/* CC.EN written 0 -> 1 */
	NVME_CTRL_EV_READY = 2,	/* the controller finished enabling: CSTS.RDY = 1 */
	NVME_CTRL_EV_DISABLE = 3,	/* CC.EN written 1 -> 0, or 0 again: controller reset */
	NVME_CTRL_EV_SHUTDOWN = 4,	/* CC.SHN written non-zero */
	NVME_CTRL_EV_SHUTDOWN_DONE = 5,	/* CSTS.SHST = complete */
	NVME_CTRL_EV_FATAL = 6,	/* CSTS.CFS = 1 */
};
#define NVME_CTRL_EV_COUNT 6

/* The states the spec names (struct nvme_ctrl_fsm.cs). */
enum nvme_ctrl_state {
	NVME_CTRL_ST_DISABLED = 1,
	NVME_CTRL_ST_ENABLING = 2,
	NVME_CTRL_ST_READY = 3,
	NVME_CTRL_ST_SHUTTING_DOWN = 4,
	NVME_CTRL_ST_SHUT_DOWN = 5,
	NVME_CTRL_ST_FATAL = 6,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct nvme_ctrl_actions {
	int (*on_enable)(void *ctx);	/* check CC, map the admin queues */
	int (*on_ready)(void *ctx);
	int (*on_disable)(void *ctx);	/* delete every queue, drop outstanding commands, clear CSTS */
	int (*on_shutdown)(void *ctx);	/* stop fetching, finish what is outstanding */
	int (*on_shutdown_done)(void *ctx);
	int (*on_fatal)(void *ctx);
};

struct nvme_ctrl_fsm {
	int cs;
};

/* Puts f in the start state. */
void nvme_ctrl_fsm_init(struct nvme_ctrl_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int nvme_ctrl_fsm_feed(struct nvme_ctrl_fsm *f, enum nvme_ctrl_event ev, const struct nvme_ctrl_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool nvme_ctrl_fsm_can_feed(const struct nvme_ctrl_fsm *f, enum nvme_ctrl_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *nvme_ctrl_fsm_state_name(const struct nvme_ctrl_fsm *f);
/* Name of an event, "?" when unknown. */
const char *nvme_ctrl_event_name(uint32_t ev);

#endif /* PV_GENERATED_NVME_CTRL_FSM_H */
