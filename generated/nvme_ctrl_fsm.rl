/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "nvme_ctrl_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int nvme_ctrl_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine nvme_ctrl;
	alphtype int;

	action on_enable { if (a && (rc = nvme_ctrl_run(a->on_enable, ctx)) < 0) fbreak; }
	action on_ready { if (a && (rc = nvme_ctrl_run(a->on_ready, ctx)) < 0) fbreak; }
	action on_disable { if (a && (rc = nvme_ctrl_run(a->on_disable, ctx)) < 0) fbreak; }
	action on_shutdown { if (a && (rc = nvme_ctrl_run(a->on_shutdown, ctx)) < 0) fbreak; }
	action on_shutdown_done { if (a && (rc = nvme_ctrl_run(a->on_shutdown_done, ctx)) < 0) fbreak; }
	action on_fatal { if (a && (rc = nvme_ctrl_run(a->on_fatal, ctx)) < 0) fbreak; }

	ENABLE = 1;
	READY = 2;
	DISABLE = 3;
	SHUTDOWN = 4;
	SHUTDOWN_DONE = 5;
	FATAL = 6;

# grammar from spec/nvme.yaml line 965
	main := (
	  start: (
	    ENABLE @on_enable -> enabling |
	    DISABLE @on_disable -> start |
	    FATAL @on_fatal -> fatal
	  ),
	  enabling: (
	    READY @on_ready -> ready |
	    DISABLE @on_disable -> start |
	    FATAL @on_fatal -> fatal
	  ),
	  ready: (
	    SHUTDOWN @on_shutdown -> shutting_down |
	    DISABLE @on_disable -> start |
	    FATAL @on_fatal -> fatal
	  ),
	  shutting_down: (
	    SHUTDOWN_DONE @on_shutdown_done -> shut_down |
	    DISABLE @on_disable -> start |
	    FATAL @on_fatal -> fatal
	  ),
	  shut_down: (
	    SHUTDOWN -> shut_down |
	    DISABLE @on_disable -> start |
	    FATAL @on_fatal -> fatal
	  ),
	  fatal: (
	    FATAL -> fatal |
	    DISABLE @on_disable -> start
	  )
	);
}%%

%% write data;

void nvme_ctrl_fsm_init(struct nvme_ctrl_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int nvme_ctrl_fsm_feed(struct nvme_ctrl_fsm *f, enum nvme_ctrl_event ev, const struct nvme_ctrl_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == nvme_ctrl_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == nvme_ctrl_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool nvme_ctrl_fsm_can_feed(const struct nvme_ctrl_fsm *f, enum nvme_ctrl_event ev)
{
	struct nvme_ctrl_fsm probe = *f;

	return nvme_ctrl_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const nvme_ctrl_event_names[] = {
	[1] = "ENABLE",
	[2] = "READY",
	[3] = "DISABLE",
	[4] = "SHUTDOWN",
	[5] = "SHUTDOWN_DONE",
	[6] = "FATAL",
};

const char *nvme_ctrl_event_name(uint32_t ev)
{
	if (ev >= sizeof(nvme_ctrl_event_names) / sizeof(nvme_ctrl_event_names[0]) || !nvme_ctrl_event_names[ev])
		return "?";
	return nvme_ctrl_event_names[ev];
}

static const char *const nvme_ctrl_state_names[] = {
	[0] = "error",
	[1] = "disabled",
	[2] = "enabling",
	[3] = "ready",
	[4] = "shutting_down",
	[5] = "shut_down",
	[6] = "fatal",
};

const char *nvme_ctrl_fsm_state_name(const struct nvme_ctrl_fsm *f)
{
	if (f->cs < 0 || f->cs > 6 || !nvme_ctrl_state_names[f->cs])
		return "?";
	return nvme_ctrl_state_names[f->cs];
}
