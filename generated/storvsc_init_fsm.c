/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */

/* #line 1 "storvsc_init_fsm.rl" */
/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "storvsc_init_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int storvsc_init_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 58 "storvsc_init_fsm.rl" */



/* #line 17 "storvsc_init_fsm.c" */
static const char _storvsc_init_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 5, 1, 6
};

static const char _storvsc_init_key_offsets[] = {
	0, 0, 1, 3, 4, 6
};

static const int _storvsc_init_trans_keys[] = {
	1, 2, 3, 4, 5, 6, 7, 8, 
	9, 0
};

static const char _storvsc_init_single_lengths[] = {
	0, 1, 2, 1, 2, 3
};

static const char _storvsc_init_range_lengths[] = {
	0, 0, 0, 0, 0, 0
};

static const char _storvsc_init_index_offsets[] = {
	0, 0, 2, 5, 7, 10
};

static const char _storvsc_init_trans_targs[] = {
	2, 0, 3, 2, 0, 4, 0, 4, 
	5, 0, 5, 5, 5, 0, 0
};

static const char _storvsc_init_trans_actions[] = {
	1, 0, 3, 0, 0, 5, 0, 0, 
	7, 0, 9, 11, 13, 0, 0
};

static const int storvsc_init_start = 1;
static const int storvsc_init_first_final = 6;
static const int storvsc_init_error = 0;

static const int storvsc_init_en_main = 1;


/* #line 61 "storvsc_init_fsm.rl" */

void storvsc_init_fsm_init(struct storvsc_init_fsm *f)
{
	int cs;

	
/* #line 64 "storvsc_init_fsm.c" */
	{
	cs = storvsc_init_start;
	}

/* #line 67 "storvsc_init_fsm.rl" */
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
	
/* #line 81 "storvsc_init_fsm.c" */
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
	_keys = _storvsc_init_trans_keys + _storvsc_init_key_offsets[cs];
	_trans = _storvsc_init_index_offsets[cs];

	_klen = _storvsc_init_single_lengths[cs];
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

	_klen = _storvsc_init_range_lengths[cs];
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
	cs = _storvsc_init_trans_targs[_trans];

	if ( _storvsc_init_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _storvsc_init_actions + _storvsc_init_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "storvsc_init_fsm.rl" */
	{ if (a && (rc = storvsc_init_run(a->on_begin, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "storvsc_init_fsm.rl" */
	{ if (a && (rc = storvsc_init_run(a->on_version, ctx)) < 0) {p++; goto _out; } }
	break;
	case 2:
/* #line 20 "storvsc_init_fsm.rl" */
	{ if (a && (rc = storvsc_init_run(a->on_properties, ctx)) < 0) {p++; goto _out; } }
	break;
	case 3:
/* #line 21 "storvsc_init_fsm.rl" */
	{ if (a && (rc = storvsc_init_run(a->on_ready, ctx)) < 0) {p++; goto _out; } }
	break;
	case 4:
/* #line 22 "storvsc_init_fsm.rl" */
	{ if (a && (rc = storvsc_init_run(a->on_srb, ctx)) < 0) {p++; goto _out; } }
	break;
	case 5:
/* #line 23 "storvsc_init_fsm.rl" */
	{ if (a && (rc = storvsc_init_run(a->on_reset, ctx)) < 0) {p++; goto _out; } }
	break;
	case 6:
/* #line 24 "storvsc_init_fsm.rl" */
	{ if (a && (rc = storvsc_init_run(a->on_create_sub_channels, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 174 "storvsc_init_fsm.c" */
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

/* #line 82 "storvsc_init_fsm.rl" */
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
