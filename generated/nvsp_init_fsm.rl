/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "nvsp_init_fsm.h"

%%{
	machine nvsp_init;
	alphtype int;

	action on_init {
		if (a && a->on_init) {
			rc = a->on_init(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_ndis_config {
		if (a && a->on_ndis_config) {
			rc = a->on_ndis_config(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_ndis_version {
		if (a && a->on_ndis_version) {
			rc = a->on_ndis_version(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_recv_buf {
		if (a && a->on_recv_buf) {
			rc = a->on_recv_buf(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_send_buf {
		if (a && a->on_send_buf) {
			rc = a->on_send_buf(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_ready {
		if (a && a->on_ready) {
			rc = a->on_ready(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_revoke_send {
		if (a && a->on_revoke_send) {
			rc = a->on_revoke_send(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_revoke_recv {
		if (a && a->on_revoke_recv) {
			rc = a->on_revoke_recv(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_reset {
		if (a && a->on_reset) {
			rc = a->on_reset(ctx);
			if (rc < 0)
				fbreak;
		}
	}

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

# grammar from spec/nvsp.yaml line 433
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

	(void)a;
	(void)ctx;
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

const char *nvsp_init_event_name(uint32_t ev)
{
	switch (ev) {
	case 1:
		return "INIT";
	case 2:
		return "INIT_OK";
	case 3:
		return "INIT_FAIL";
	case 4:
		return "NDIS_CONFIG";
	case 5:
		return "NDIS_VERSION";
	case 6:
		return "RECV_BUF";
	case 7:
		return "RECV_BUF_OK";
	case 8:
		return "RECV_BUF_FAIL";
	case 9:
		return "SEND_BUF";
	case 10:
		return "SEND_BUF_OK";
	case 11:
		return "SEND_BUF_FAIL";
	case 12:
		return "RNDIS";
	case 13:
		return "SUBCHANNEL";
	case 14:
		return "SWITCH_DATA_PATH";
	case 15:
		return "REVOKE_SEND_BUF";
	case 16:
		return "REVOKE_RECV_BUF";
	case 17:
		return "RESET";
	default:
		return "?";
	}
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
