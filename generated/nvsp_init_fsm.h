/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_NVSP_INIT_FSM_H
#define PV_GENERATED_NVSP_INIT_FSM_H

#include <stdbool.h>
#include <stdint.h>

/* The host's view of one netvsc channel's setup (the primary channel; subchannels carry only data). INIT is answered by INIT_COMPLETE; a refused version lets the guest try the next. Then NDIS_CONFIG (NVSP >= 2 only, so optional), NDIS_VERSION, the receive buffer, the send buffer (optional: a guest may send everything by GPA ranges), then RNDIS traffic. Every RNDIS message, control or data, needs the receive buffer, since the host's replies travel in it. RESET is the channel closing: back to the start from anywhere. */

enum nvsp_init_event {
	NVSP_INIT_EV_INIT = 1,	/* rx INIT */
	NVSP_INIT_EV_INIT_OK = 2,	/* tx INIT_COMPLETE status SUCCESS */
	NVSP_INIT_EV_INIT_FAIL = 3,	/* tx INIT_COMPLETE status FAIL (version refused) */
	NVSP_INIT_EV_NDIS_CONFIG = 4,	/* rx SEND_NDIS_CONFIG */
	NVSP_INIT_EV_NDIS_VERSION = 5,	/* rx SEND_NDIS_VER */
	NVSP_INIT_EV_RECV_BUF = 6,	/* rx SEND_RECV_BUF */
	NVSP_INIT_EV_RECV_BUF_OK = 7,	/* tx SEND_RECV_BUF_COMPLETE SUCCESS */
	NVSP_INIT_EV_RECV_BUF_FAIL = 8,	/* tx SEND_RECV_BUF_COMPLETE FAIL */
	NVSP_INIT_EV_SEND_BUF = 9,	/* rx SEND_SEND_BUF */
	NVSP_INIT_EV_SEND_BUF_OK = 10,	/* tx SEND_SEND_BUF_COMPLETE SUCCESS */
	NVSP_INIT_EV_SEND_BUF_FAIL = 11,	/* tx SEND_SEND_BUF_COMPLETE FAIL */
	NVSP_INIT_EV_RNDIS = 12,	/* rx SEND_RNDIS_PKT */
	NVSP_INIT_EV_SUBCHANNEL = 13,	/* rx SUBCHANNEL */
	NVSP_INIT_EV_SWITCH_DATA_PATH = 14,	/* rx SWITCH_DATA_PATH */
	NVSP_INIT_EV_REVOKE_SEND_BUF = 15,	/* rx REVOKE_SEND_BUF */
	NVSP_INIT_EV_REVOKE_RECV_BUF = 16,	/* rx REVOKE_RECV_BUF */
	NVSP_INIT_EV_RESET = 17,	/* the channel closed */
};
#define NVSP_INIT_EV_COUNT 17

/* The states the spec names (struct nvsp_init_fsm.cs). */
enum nvsp_init_state {
	NVSP_INIT_ST_INITIALIZING = 2,
	NVSP_INIT_ST_NEGOTIATED = 3,
	NVSP_INIT_ST_CONFIGURED = 4,
	NVSP_INIT_ST_NDIS_KNOWN = 5,
	NVSP_INIT_ST_RECV_BUF_PENDING = 6,
	NVSP_INIT_ST_HAVE_RECV_BUF = 7,
	NVSP_INIT_ST_SEND_BUF_PENDING = 8,
	NVSP_INIT_ST_READY = 9,
	NVSP_INIT_ST_REVOKED = 10,
};

/* The machine's actions: the device's table of hooks, run on the transitions
 * the grammar attaches them to; each returns 0 or a negative errno.  A NULL
 * hook is skipped. */
struct nvsp_init_actions {
	int (*on_init)(void *ctx);	/* pick a version; answer with INIT_COMPLETE */
	int (*on_ndis_config)(void *ctx);
	int (*on_ndis_version)(void *ctx);
	int (*on_recv_buf)(void *ctx);	/* map the GPADL, carve sections, answer */
	int (*on_send_buf)(void *ctx);	/* map the GPADL, pick the section size, answer */
	int (*on_ready)(void *ctx);	/* the data path may start */
	int (*on_revoke_send)(void *ctx);	/* stop using the send buffer */
	int (*on_revoke_recv)(void *ctx);	/* stop using the receive buffer: nothing more can be received */
	int (*on_reset)(void *ctx);
};

struct nvsp_init_fsm {
	int cs;
};

/* Puts f in the start state. */
void nvsp_init_fsm_init(struct nvsp_init_fsm *f);
/* Feeds one event, running a's hooks with ctx.  Returns 0, -EPROTO when the event
 * is illegal in the current state, or the first negative value a hook returned;
 * in both error cases the state is left unchanged. */
int nvsp_init_fsm_feed(struct nvsp_init_fsm *f, enum nvsp_init_event ev, const struct nvsp_init_actions *a,
	void *ctx);
/* Whether ev is legal in f's current state; changes nothing and runs no hook. */
bool nvsp_init_fsm_can_feed(const struct nvsp_init_fsm *f, enum nvsp_init_event ev);
/* Name of the current state ("start", "after_<EVENT>" or a name from the spec). */
const char *nvsp_init_fsm_state_name(const struct nvsp_init_fsm *f);
/* Name of an event, "?" when unknown. */
const char *nvsp_init_event_name(uint32_t ev);

#endif /* PV_GENERATED_NVSP_INIT_FSM_H */
