/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "mana_bringup_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int mana_bringup_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine mana_bringup;
	alphtype int;

	action on_establish { if (a && (rc = mana_bringup_run(a->on_establish, ctx)) < 0) fbreak; }
	action on_ready { if (a && (rc = mana_bringup_run(a->on_ready, ctx)) < 0) fbreak; }
	action on_register { if (a && (rc = mana_bringup_run(a->on_register, ctx)) < 0) fbreak; }
	action on_deregister { if (a && (rc = mana_bringup_run(a->on_deregister, ctx)) < 0) fbreak; }
	action on_destroy { if (a && (rc = mana_bringup_run(a->on_destroy, ctx)) < 0) fbreak; }

	ESTABLISH = 1;
	EQ_ID_DB = 2;
	INIT_DATA = 3;
	INIT_DONE = 4;
	TEST_EQE = 5;
	VERIFY = 6;
	GDMA_REQ = 7;
	REGISTER = 8;
	DEVICE_REQ = 9;
	DEREGISTER = 10;
	DESTROY = 11;
	RESET = 12;

# grammar from spec/mana.yaml line 978
	main := (
	  start: (
	    ESTABLISH @on_establish -> establishing |
	    (DESTROY | RESET) -> start
	  ),
	  establishing: (
	    EQ_ID_DB -> init_events |
	    (DESTROY | RESET) @on_destroy -> start
	  ),
	  init_events: (
	    INIT_DATA -> init_events |
	    INIT_DONE @on_ready -> hwc_up |
	    (DESTROY | RESET) @on_destroy -> start
	  ),
	  hwc_up: (
	    TEST_EQE -> hwc_up |
	    VERIFY -> verified |
	    (DESTROY | RESET) @on_destroy -> start
	  ),
	  verified: (
	    (TEST_EQE | VERIFY | GDMA_REQ) -> verified |
	    REGISTER @on_register -> registered |
	    (DESTROY | RESET) @on_destroy -> start
	  ),
	  registered: (
	    (TEST_EQE | VERIFY | GDMA_REQ | DEVICE_REQ) -> registered |
	    DEREGISTER @on_deregister -> verified |
	    (DESTROY | RESET) @on_destroy -> start
	  )
	);
}%%

%% write data;

void mana_bringup_fsm_init(struct mana_bringup_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int mana_bringup_fsm_feed(struct mana_bringup_fsm *f, enum mana_bringup_event ev, const struct mana_bringup_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == mana_bringup_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == mana_bringup_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool mana_bringup_fsm_can_feed(const struct mana_bringup_fsm *f, enum mana_bringup_event ev)
{
	struct mana_bringup_fsm probe = *f;

	return mana_bringup_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const mana_bringup_event_names[] = {
	[1] = "ESTABLISH",
	[2] = "EQ_ID_DB",
	[3] = "INIT_DATA",
	[4] = "INIT_DONE",
	[5] = "TEST_EQE",
	[6] = "VERIFY",
	[7] = "GDMA_REQ",
	[8] = "REGISTER",
	[9] = "DEVICE_REQ",
	[10] = "DEREGISTER",
	[11] = "DESTROY",
	[12] = "RESET",
};

const char *mana_bringup_event_name(uint32_t ev)
{
	if (ev >= sizeof(mana_bringup_event_names) / sizeof(mana_bringup_event_names[0]) || !mana_bringup_event_names[ev])
		return "?";
	return mana_bringup_event_names[ev];
}

static const char *const mana_bringup_state_names[] = {
	[0] = "error",
	[1] = "start",
	[2] = "establishing",
	[3] = "init_events",
	[4] = "hwc_up",
	[5] = "verified",
	[6] = "registered",
};

const char *mana_bringup_fsm_state_name(const struct mana_bringup_fsm *f)
{
	if (f->cs < 0 || f->cs > 6 || !mana_bringup_state_names[f->cs])
		return "?";
	return mana_bringup_state_names[f->cs];
}
