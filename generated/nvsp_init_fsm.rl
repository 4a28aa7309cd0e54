/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "nvsp_init_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int nvsp_init_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine nvsp_init;
	alphtype int;

	action on_init { if (a && (rc = nvsp_init_run(a->on_init, ctx)) < 0) fbreak; }
	action on_ndis_config { if (a && (rc = nvsp_init_run(a->on_ndis_config, ctx)) < 0) fbreak; }
	action on_ndis_version { if (a && (rc = nvsp_init_run(a->on_ndis_version, ctx)) < 0) fbreak; }
	action on_recv_buf { if (a && (rc = nvsp_init_run(a->on_recv_buf, ctx)) < 0) fbreak; }
	action on_send_buf { if (a && (rc = nvsp_init_run(a->on_send_buf, ctx)) < 0) fbreak; }
	action on_ready { if (a && (rc = nvsp_init_run(a->on_ready, ctx)) < 0) fbreak; }
	action on_revoke_send { if (a && (rc = nvsp_init_run(a->on_revoke_send, ctx)) < 0) fbreak; }
	action on_revoke_recv { if (a && (rc = nvsp_init_run(a->on_revoke_recv, ctx)) < 0) fbreak; }
	action on_reset { if (a && (rc = nvsp_init_run(a->on_reset, ctx)) < 0) fbreak; }

	INIT = 1;
	INIT_OK = 2;
	INIT_FAIL = 3;
	NDIS_CONFIG = 4;
	NDIS_VERSION = 5;
	RECV_BUF = 6;
	RECV_BUF_OK = 7;
	RECV_BUF_FAIL = 8;
	SEND_BUF = 9;
	SEND_BUF_OK = 10;
	SEND_BUF_FAIL = 11;
	RNDIS = 12;
	SUBCHANNEL = 13;
	SWITCH_DATA_PATH = 14;
	REVOKE_SEND_BUF = 15;
	REVOKE_RECV_BUF = 16;
	RESET = 17;

# grammar from spec/nvsp.yaml line 442
	main := (
	  start: (
	    INIT @on_init -> initializing |
	    RESET -> start
	  ),
	  initializing: (
	    INIT_OK -> negotiated |
	    INIT_FAIL -> start |
	    RESET @on_reset -> start
	  ),
	  negotiated: (
	    NDIS_CONFIG @on_ndis_config -> configured |
	    NDIS_VERSION @on_ndis_version -> ndis_known |
	    RESET @on_reset -> start
	  ),
	  configured: (
	    NDIS_VERSION @on_ndis_version -> ndis_known |
	    RESET @on_reset -> start
	  ),
	  ndis_known: (
	    RECV_BUF @on_recv_buf -> recv_buf_pending |
	    RESET @on_reset -> start
	  ),
	  recv_buf_pending: (
	    RECV_BUF_OK -> have_recv_buf |
	    RECV_BUF_FAIL -> ndis_known |
	    RESET @on_reset -> start
	  ),
	  have_recv_buf: (
	    SEND_BUF @on_send_buf -> send_buf_pending |
	    RNDIS @on_ready -> ready |
	    (SUBCHANNEL | SWITCH_DATA_PATH) -> have_recv_buf |
	    REVOKE_RECV_BUF @on_revoke_recv -> revoked |
	    RESET @on_reset -> start
	  ),
	  send_buf_pending: (
	    SEND_BUF_OK @on_ready -> ready |
	    SEND_BUF_FAIL -> have_recv_buf |
	    RESET @on_reset -> start
	  ),
	  ready: (
	    (RNDIS | SUBCHANNEL | SWITCH_DATA_PATH) -> ready |
	    REVOKE_SEND_BUF @on_revoke_send -> have_recv_buf |
	    REVOKE_RECV_BUF @on_revoke_recv -> revoked |
	    RESET @on_reset -> start
	  ),
	  revoked: (
	    (REVOKE_SEND_BUF | SWITCH_DATA_PATH) -> revoked |
	    RESET @on_reset -> start
	  )
	);
}%%

%% write data;

void nvsp_init_fsm_init(struct nvsp_init_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int nvsp_init_fsm_feed(struct nvsp_init_fsm *f, enum nvsp_init_event ev, const struct nvsp_init_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == nvsp_init_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == nvsp_init_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool nvsp_init_fsm_can_feed(const struct nvsp_init_fsm *f, enum nvsp_init_event ev)
{
	struct nvsp_init_fsm probe = *f;

	return nvsp_init_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const nvsp_init_event_names[] = {
	[1] = "INIT",
	[2] = "INIT_OK",
	[3] = "INIT_FAIL",
	[4] = "NDIS_CONFIG",
	[5] = "NDIS_VERSION",
	[6] = "RECV_BUF",
	[7] = "RECV_BUF_OK",
	[8] = "RECV_BUF_FAIL",
	[9] = "SEND_BUF",
	[10] = "SEND_BUF_OK",
	[11] = "SEND_BUF_FAIL",
	[12] = "RNDIS",
	[13] = "SUBCHANNEL",
	[14] = "SWITCH_DATA_PATH",
	[15] = "REVOKE_SEND_BUF",
	[16] = "REVOKE_RECV_BUF",
	[17] = "RESET",
};

const char *nvsp_init_event_name(uint32_t ev)
{
	if (ev >= sizeof(nvsp_init_event_names) / sizeof(nvsp_init_event_names[0]) || !nvsp_init_event_names[ev])
		return "?";
	return nvsp_init_event_names[ev];
}

static const char *const nvsp_init_state_names[] = {
	[0] = "error",
	[1] = "start",
	[2] = "initializing",
	[3] = "negotiated",
	[4] = "configured",
	[5] = "ndis_known",
	[6] = "recv_buf_pending",
	[7] = "have_recv_buf",
	[8] = "send_buf_pending",
	[9] = "ready",
	[10] = "revoked",
};

const char *nvsp_init_fsm_state_name(const struct nvsp_init_fsm *f)
{
	if (f->cs < 0 || f->cs > 10 || !nvsp_init_state_names[f->cs])
		return "?";
	return nvsp_init_state_names[f->cs];
}
