/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_gpadl_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int vmbus_gpadl_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine vmbus_gpadl;
	alphtype int;

	action on_complete { if (a && (rc = vmbus_gpadl_run(a->on_complete, ctx)) < 0) fbreak; }
	action on_teardown { if (a && (rc = vmbus_gpadl_run(a->on_teardown, ctx)) < 0) fbreak; }

	HEADER = 1;
	HEADER_COMPLETE = 2;
	BODY = 3;
	BODY_LAST = 4;
	CREATED_OK = 5;
	CREATED_FAILED = 6;
	TEARDOWN = 7;
	TORNDOWN = 8;

# grammar from spec/vmbus.yaml line 653
	main := (
	  ( HEADER BODY* BODY_LAST @on_complete | HEADER_COMPLETE @on_complete )
	  ( CREATED_FAILED | CREATED_OK TEARDOWN @on_teardown TORNDOWN )
	);
}%%

%% write data;

void vmbus_gpadl_fsm_init(struct vmbus_gpadl_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int vmbus_gpadl_fsm_feed(struct vmbus_gpadl_fsm *f, enum vmbus_gpadl_event ev, const struct vmbus_gpadl_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == vmbus_gpadl_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == vmbus_gpadl_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool vmbus_gpadl_fsm_can_feed(const struct vmbus_gpadl_fsm *f, enum vmbus_gpadl_event ev)
{
	struct vmbus_gpadl_fsm probe = *f;

	return vmbus_gpadl_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const vmbus_gpadl_event_names[] = {
	[1] = "HEADER",
	[2] = "HEADER_COMPLETE",
	[3] = "BODY",
	[4] = "BODY_LAST",
	[5] = "CREATED_OK",
	[6] = "CREATED_FAILED",
	[7] = "TEARDOWN",
	[8] = "TORNDOWN",
};

const char *vmbus_gpadl_event_name(uint32_t ev)
{
	if (ev >= sizeof(vmbus_gpadl_event_names) / sizeof(vmbus_gpadl_event_names[0]) || !vmbus_gpadl_event_names[ev])
		return "?";
	return vmbus_gpadl_event_names[ev];
}

static const char *const vmbus_gpadl_state_names[] = {
	[0] = "error",
	[1] = "start",
	[2] = "receiving",
	[3] = "complete",
	[4] = "created",
	[5] = "tearing_down",
	[6] = "done",
};

const char *vmbus_gpadl_fsm_state_name(const struct vmbus_gpadl_fsm *f)
{
	if (f->cs < 0 || f->cs > 6 || !vmbus_gpadl_state_names[f->cs])
		return "?";
	return vmbus_gpadl_state_names[f->cs];
}
