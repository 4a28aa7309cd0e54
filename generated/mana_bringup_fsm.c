/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */

/* #line 1 "mana_bringup_fsm.rl" */
/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "mana_bringup_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int mana_bringup_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 68 "mana_bringup_fsm.rl" */



/* #line 17 "mana_bringup_fsm.c" */
static const char _mana_bringup_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4
};

static const char _mana_bringup_key_offsets[] = {
	0, 0, 3, 6, 10, 14, 19
};

static const int _mana_bringup_trans_keys[] = {
	1, 11, 12, 2, 11, 12, 3, 4, 
	11, 12, 5, 6, 11, 12, 8, 5, 
	7, 11, 12, 9, 10, 5, 7, 11, 
	12, 0
};

static const char _mana_bringup_single_lengths[] = {
	0, 1, 1, 2, 2, 1, 2
};

static const char _mana_bringup_range_lengths[] = {
	0, 1, 1, 1, 1, 2, 2
};

static const char _mana_bringup_index_offsets[] = {
	0, 0, 3, 6, 10, 14, 18
};

static const char _mana_bringup_indicies[] = {
	0, 2, 1, 3, 4, 1, 3, 5, 
	4, 1, 6, 7, 4, 1, 8, 7, 
	4, 1, 9, 10, 9, 4, 1, 0
};

static const char _mana_bringup_trans_targs[] = {
	2, 0, 1, 3, 1, 4, 4, 5, 
	6, 6, 5
};

static const char _mana_bringup_trans_actions[] = {
	1, 0, 0, 0, 9, 3, 0, 0, 
	5, 0, 7
};

static const int mana_bringup_start = 1;
static const int mana_bringup_first_final = 7;
static const int mana_bringup_error = 0;

static const int mana_bringup_en_main = 1;


/* #line 71 "mana_bringup_fsm.rl" */

void mana_bringup_fsm_init(struct mana_bringup_fsm *f)
{
	int cs;

	
/* #line 72 "mana_bringup_fsm.c" */
	{
	cs = mana_bringup_start;
	}

/* #line 77 "mana_bringup_fsm.rl" */
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
	
/* #line 89 "mana_bringup_fsm.c" */
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const int *_keys;

	if ( p == pe )
		goto _test_eof;
	if ( cs == 0 )
		goto _out;
_resume:
	_keys = _mana_bringup_trans_keys + _mana_bringup_key_offsets[cs];
	_trans = _mana_bringup_index_offsets[cs];

	_klen = _mana_bringup_single_lengths[cs];
	if ( _klen > 0 ) {
		const int *_lower = _keys;
		const int *_mid;
		const int *_upper = _keys + _klen - 1;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + ((_upper-_lower) >> 1);
			if ( (*p) < *_mid )
				_upper = _mid - 1;
			else if ( (*p) > *_mid )
				_lower = _mid + 1;
			else {
				_trans += (unsigned int)(_mid - _keys);
				goto _match;
			}
		}
		_keys += _klen;
		_trans += _klen;
	}

	_klen = _mana_bringup_range_lengths[cs];
	if ( _klen > 0 ) {
		const int *_lower = _keys;
		const int *_mid;
		const int *_upper = _keys + (_klen<<1) - 2;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + (((_upper-_lower) >> 1) & ~1);
			if ( (*p) < _mid[0] )
				_upper = _mid - 2;
			else if ( (*p) > _mid[1] )
				_lower = _mid + 2;
			else {
				_trans += (unsigned int)((_mid - _keys)>>1);
				goto _match;
			}
		}
		_trans += _klen;
	}

_match:
	_trans = _mana_bringup_indicies[_trans];
	cs = _mana_bringup_trans_targs[_trans];

	if ( _mana_bringup_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _mana_bringup_actions + _mana_bringup_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "mana_bringup_fsm.rl" */
	{ if (a && (rc = mana_bringup_run(a->on_establish, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "mana_bringup_fsm.rl" */
	{ if (a && (rc = mana_bringup_run(a->on_ready, ctx)) < 0) {p++; goto _out; } }
	break;
	case 2:
/* #line 20 "mana_bringup_fsm.rl" */
	{ if (a && (rc = mana_bringup_run(a->on_register, ctx)) < 0) {p++; goto _out; } }
	break;
	case 3:
/* #line 21 "mana_bringup_fsm.rl" */
	{ if (a && (rc = mana_bringup_run(a->on_deregister, ctx)) < 0) {p++; goto _out; } }
	break;
	case 4:
/* #line 22 "mana_bringup_fsm.rl" */
	{ if (a && (rc = mana_bringup_run(a->on_destroy, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 177 "mana_bringup_fsm.c" */
		}
	}

_again:
	if ( cs == 0 )
		goto _out;
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	_out: {}
	}

/* #line 92 "mana_bringup_fsm.rl" */
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
