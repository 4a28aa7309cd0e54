/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "storvsc_init_fsm.h"

%%{
	machine storvsc_init;
	alphtype int;

	action on_begin {
		if (a && a->on_begin) {
			rc = a->on_begin(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_version {
		if (a && a->on_version) {
			rc = a->on_version(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_properties {
		if (a && a->on_properties) {
			rc = a->on_properties(ctx);
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
	action on_srb {
		if (a && a->on_srb) {
			rc = a->on_srb(ctx);
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
	action on_create_sub_channels {
		if (a && a->on_create_sub_channels) {
			rc = a->on_create_sub_channels(ctx);
			if (rc < 0)
				fbreak;
		}
	}

	BEGIN_INITIALIZATION = 1;
	VERSION_ACCEPTED = 2;
	VERSION_REJECTED = 3;
	QUERY_PROPERTIES = 4;
	FCHBA_DATA = 5;
	END_INITIALIZATION = 6;
	EXECUTE_SRB = 7;
	RESET = 8;
	CREATE_SUB_CHANNELS = 9;

# grammar from spec/storvsc.yaml line 437
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

	(void)a;
	(void)ctx;
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

const char *storvsc_init_event_name(uint32_t ev)
{
	switch (ev) {
	case 1:
		return "BEGIN_INITIALIZATION";
	case 2:
		return "VERSION_ACCEPTED";
	case 3:
		return "VERSION_REJECTED";
	case 4:
		return "QUERY_PROPERTIES";
	case 5:
		return "FCHBA_DATA";
	case 6:
		return "END_INITIALIZATION";
	case 7:
		return "EXECUTE_SRB";
	case 8:
		return "RESET";
	case 9:
		return "CREATE_SUB_CHANNELS";
	default:
		return "?";
	}
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
