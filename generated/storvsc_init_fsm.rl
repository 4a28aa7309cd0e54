/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "storvsc_init_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int storvsc_init_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine storvsc_init;
	alphtype int;

	action on_begin { if (a && (rc = storvsc_init_run(a->on_begin, ctx)) < 0) fbreak; }
	action on_version { if (a && (rc = storvsc_init_run(a->on_version, ctx)) < 0) fbreak; }
	action on_properties { if (a && (rc = storvsc_init_run(a->on_properties, ctx)) < 0) fbreak; }
	action on_ready { if (a && (rc = storvsc_init_run(a->on_ready, ctx)) < 0) fbreak; }
	action on_srb { if (a && (rc = storvsc_init_run(a->on_srb, ctx)) < 0) fbreak; }
	action on_reset { if (a && (rc = storvsc_init_run(a->on_reset, ctx)) < 0) fbreak; }
	action on_create_sub_channels { if (a && (rc = storvsc_init_run(a->on_create_sub_channels, ctx)) < 0) fbreak; }

	BEGIN_INITIALIZATION = 1;
	VERSION_ACCEPTED = 2;
	VERSION_REJECTED = 3;
	QUERY_PROPERTIES = 4;
	FCHBA_DATA = 5;
	END_INITIALIZATION = 6;
	EXECUTE_SRB = 7;
	RESET = 8;
	CREATE_SUB_CHANNELS = 9;

# grammar from spec/storvsc.yaml line 453
	main := (
	  start: (
	    BEGIN_INITIALIZATION @on_begin -> negotiating
	  ),
	  negotiating: (
	    VERSION_REJECTED -> negotiating |
	    VERSION_ACCEPTED @on_version -> versioned
	  ),
	  versioned: (
	    QUERY_PROPERTIES @on_properties -> configured
	  ),
	  configured: (
	    FCHBA_DATA -> configured |
	    END_INITIALIZATION @on_ready -> ready
	  ),
	  ready: (
	    EXECUTE_SRB @on_srb -> ready |
	    RESET @on_reset -> ready |
	    CREATE_SUB_CHANNELS @on_create_sub_channels -> ready
	  )
	);
}%%

%% write data;

void storvsc_init_fsm_init(struct storvsc_init_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int storvsc_init_fsm_feed(struct storvsc_init_fsm *f, enum storvsc_init_event ev, const struct storvsc_init_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == storvsc_init_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == storvsc_init_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool storvsc_init_fsm_can_feed(const struct storvsc_init_fsm *f, enum storvsc_init_event ev)
{
	struct storvsc_init_fsm probe = *f;

	return storvsc_init_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const storvsc_init_event_names[] = {
	[1] = "BEGIN_INITIALIZATION",
	[2] = "VERSION_ACCEPTED",
	[3] = "VERSION_REJECTED",
	[4] = "QUERY_PROPERTIES",
	[5] = "FCHBA_DATA",
	[6] = "END_INITIALIZATION",
	[7] = "EXECUTE_SRB",
	[8] = "RESET",
	[9] = "CREATE_SUB_CHANNELS",
};

const char *storvsc_init_event_name(uint32_t ev)
{
	if (ev >= sizeof(storvsc_init_event_names) / sizeof(storvsc_init_event_names[0]) || !storvsc_init_event_names[ev])
		return "?";
	return storvsc_init_event_names[ev];
}

static const char *const storvsc_init_state_names[] = {
	[0] = "error",
	[1] = "start",
	[2] = "negotiating",
	[3] = "versioned",
	[4] = "configured",
	[5] = "ready",
};

const char *storvsc_init_fsm_state_name(const struct storvsc_init_fsm *f)
{
	if (f->cs < 0 || f->cs > 5 || !storvsc_init_state_names[f->cs])
		return "?";
	return storvsc_init_state_names[f->cs];
}
