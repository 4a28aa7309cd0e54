/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "rndis_device_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int rndis_device_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine rndis_device;
	alphtype int;

	action on_init { if (a && (rc = rndis_device_run(a->on_init, ctx)) < 0) fbreak; }
	action on_initialized { if (a && (rc = rndis_device_run(a->on_initialized, ctx)) < 0) fbreak; }
	action on_data_start { if (a && (rc = rndis_device_run(a->on_data_start, ctx)) < 0) fbreak; }
	action on_data_stop { if (a && (rc = rndis_device_run(a->on_data_stop, ctx)) < 0) fbreak; }
	action on_halt { if (a && (rc = rndis_device_run(a->on_halt, ctx)) < 0) fbreak; }

	INIT = 1;
	INIT_OK = 2;
	INIT_FAIL = 3;
	REQUEST = 4;
	COMPLETE = 5;
	INDICATE = 6;
	FILTER_ON = 7;
	FILTER_OFF = 8;
	PACKET_RX = 9;
	PACKET_TX = 10;
	HALT = 11;

# grammar from spec/rndis.yaml line 927
	main := (
	  start: (
	    INIT @on_init -> initializing
	  ),
	  initializing: (
	    INIT_OK @on_initialized -> initialized |
	    INIT_FAIL -> start
	  ),
	  initialized: (
	    (REQUEST | COMPLETE | INDICATE | PACKET_RX | FILTER_OFF) -> initialized |
	    FILTER_ON @on_data_start -> data |
	    HALT @on_halt -> halted
	  ),
	  data: (
	    (REQUEST | COMPLETE | INDICATE | PACKET_RX | PACKET_TX | FILTER_ON) -> data |
	    FILTER_OFF @on_data_stop -> initialized |
	    HALT @on_halt -> halted
	  ),
	  halted: (
	    INIT @on_init -> initializing
	  )
	);
}%%

%% write data;

void rndis_device_fsm_init(struct rndis_device_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int rndis_device_fsm_feed(struct rndis_device_fsm *f, enum rndis_device_event ev, const struct rndis_device_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == rndis_device_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == rndis_device_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool rndis_device_fsm_can_feed(const struct rndis_device_fsm *f, enum rndis_device_event ev)
{
	struct rndis_device_fsm probe = *f;

	return rndis_device_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const rndis_device_event_names[] = {
	[1] = "INIT",
	[2] = "INIT_OK",
	[3] = "INIT_FAIL",
	[4] = "REQUEST",
	[5] = "COMPLETE",
	[6] = "INDICATE",
	[7] = "FILTER_ON",
	[8] = "FILTER_OFF",
	[9] = "PACKET_RX",
	[10] = "PACKET_TX",
	[11] = "HALT",
};

const char *rndis_device_event_name(uint32_t ev)
{
	if (ev >= sizeof(rndis_device_event_names) / sizeof(rndis_device_event_names[0]) || !rndis_device_event_names[ev])
		return "?";
	return rndis_device_event_names[ev];
}

static const char *const rndis_device_state_names[] = {
	[0] = "error",
	[1] = "halted",
	[2] = "initializing",
	[3] = "initialized",
	[4] = "data",
};

const char *rndis_device_fsm_state_name(const struct rndis_device_fsm *f)
{
	if (f->cs < 0 || f->cs > 4 || !rndis_device_state_names[f->cs])
		return "?";
	return rndis_device_state_names[f->cs];
}
