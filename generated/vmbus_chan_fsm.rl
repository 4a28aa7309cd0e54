/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_chan_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int vmbus_chan_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine vmbus_chan;
	alphtype int;

	action on_open { if (a && (rc = vmbus_chan_run(a->on_open, ctx)) < 0) fbreak; }
	action on_opened { if (a && (rc = vmbus_chan_run(a->on_opened, ctx)) < 0) fbreak; }
	action on_close { if (a && (rc = vmbus_chan_run(a->on_close, ctx)) < 0) fbreak; }
	action on_modify { if (a && (rc = vmbus_chan_run(a->on_modify, ctx)) < 0) fbreak; }
	action on_rescind { if (a && (rc = vmbus_chan_run(a->on_rescind, ctx)) < 0) fbreak; }
	action on_released { if (a && (rc = vmbus_chan_run(a->on_released, ctx)) < 0) fbreak; }

	OPENCHANNEL = 1;
	OPEN_OK = 2;
	OPEN_FAILED = 3;
	CLOSECHANNEL = 4;
	MODIFYCHANNEL = 5;
	MODIFYCHANNEL_RESPONSE = 6;
	GPADL = 7;
	RESCIND = 8;
	RELID_RELEASED = 9;

# grammar from spec/vmbus.yaml line 597
	main := (
	  start: (
	    OPENCHANNEL @on_open -> opening |
	    GPADL -> start |
	    RESCIND @on_rescind -> rescinded
	  ),
	  opening: (
	    OPEN_OK @on_opened -> opened |
	    OPEN_FAILED -> start |
	    GPADL -> opening |
	    RESCIND @on_rescind -> rescinded_open
	  ),
	  opened: (
	    CLOSECHANNEL @on_close -> start |
	    MODIFYCHANNEL @on_modify -> opened |
	    MODIFYCHANNEL_RESPONSE -> opened |
	    GPADL -> opened |
	    RESCIND @on_rescind -> rescinded_open
	  ),
	  rescinded_open: (
	    CLOSECHANNEL @on_close -> rescinded |
	    OPEN_OK -> rescinded_open |
	    OPEN_FAILED -> rescinded |
	    GPADL -> rescinded_open |
	    RELID_RELEASED @on_released -> final
	  ),
	  rescinded: (
	    GPADL -> rescinded |
	    RELID_RELEASED @on_released -> final
	  )
	);
}%%

%% write data;

void vmbus_chan_fsm_init(struct vmbus_chan_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int vmbus_chan_fsm_feed(struct vmbus_chan_fsm *f, enum vmbus_chan_event ev, const struct vmbus_chan_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == vmbus_chan_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == vmbus_chan_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool vmbus_chan_fsm_can_feed(const struct vmbus_chan_fsm *f, enum vmbus_chan_event ev)
{
	struct vmbus_chan_fsm probe = *f;

	return vmbus_chan_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const vmbus_chan_event_names[] = {
	[1] = "OPENCHANNEL",
	[2] = "OPEN_OK",
	[3] = "OPEN_FAILED",
	[4] = "CLOSECHANNEL",
	[5] = "MODIFYCHANNEL",
	[6] = "MODIFYCHANNEL_RESPONSE",
	[7] = "GPADL",
	[8] = "RESCIND",
	[9] = "RELID_RELEASED",
};

const char *vmbus_chan_event_name(uint32_t ev)
{
	if (ev >= sizeof(vmbus_chan_event_names) / sizeof(vmbus_chan_event_names[0]) || !vmbus_chan_event_names[ev])
		return "?";
	return vmbus_chan_event_names[ev];
}

static const char *const vmbus_chan_state_names[] = {
	[0] = "error",
	[1] = "offered",
	[2] = "opening",
	[3] = "opened",
	[4] = "rescinded_open",
	[5] = "rescinded",
	[6] = "released",
};

const char *vmbus_chan_fsm_state_name(const struct vmbus_chan_fsm *f)
{
	if (f->cs < 0 || f->cs > 6 || !vmbus_chan_state_names[f->cs])
		return "?";
	return vmbus_chan_state_names[f->cs];
}
