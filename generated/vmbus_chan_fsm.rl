/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_chan_fsm.h"

%%{
	machine vmbus_chan;
	alphtype int;

	action on_open {
		if (a && a->on_open) {
			rc = a->on_open(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_opened {
		if (a && a->on_opened) {
			rc = a->on_opened(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_close {
		if (a && a->on_close) {
			rc = a->on_close(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_modify {
		if (a && a->on_modify) {
			rc = a->on_modify(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_rescind {
		if (a && a->on_rescind) {
			rc = a->on_rescind(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_released {
		if (a && a->on_released) {
			rc = a->on_released(ctx);
			if (rc < 0)
				fbreak;
		}
	}

	OPENCHANNEL = 1;
	OPEN_OK = 2;
	OPEN_FAILED = 3;
	CLOSECHANNEL = 4;
	MODIFYCHANNEL = 5;
	MODIFYCHANNEL_RESPONSE = 6;
	GPADL = 7;
	RESCIND = 8;
	RELID_RELEASED = 9;

# grammar from spec/vmbus.yaml line 562
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

	(void)a;
	(void)ctx;
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

const char *vmbus_chan_event_name(uint32_t ev)
{
	switch (ev) {
	case 1:
		return "OPENCHANNEL";
	case 2:
		return "OPEN_OK";
	case 3:
		return "OPEN_FAILED";
	case 4:
		return "CLOSECHANNEL";
	case 5:
		return "MODIFYCHANNEL";
	case 6:
		return "MODIFYCHANNEL_RESPONSE";
	case 7:
		return "GPADL";
	case 8:
		return "RESCIND";
	case 9:
		return "RELID_RELEASED";
	default:
		return "?";
	}
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
