/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */

/* #line 1 "rndis_device_fsm.rl" */
/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "rndis_device_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int rndis_device_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 59 "rndis_device_fsm.rl" */



/* #line 17 "rndis_device_fsm.c" */
static const char _rndis_device_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4
};

static const char _rndis_device_key_offsets[] = {
	0, 0, 1, 3, 7
};

static const int _rndis_device_trans_keys[] = {
	1, 2, 3, 7, 11, 4, 9, 8, 
	11, 4, 10, 0
};

static const char _rndis_device_single_lengths[] = {
	0, 1, 2, 2, 2
};

static const char _rndis_device_range_lengths[] = {
	0, 0, 0, 1, 1
};

static const char _rndis_device_index_offsets[] = {
	0, 0, 2, 5, 9
};

static const char _rndis_device_trans_targs[] = {
	2, 0, 3, 1, 0, 4, 1, 3, 
	0, 3, 1, 4, 0, 0
};

static const char _rndis_device_trans_actions[] = {
	1, 0, 3, 0, 0, 5, 9, 0, 
	0, 7, 9, 0, 0, 0
};

static const int rndis_device_start = 1;
static const int rndis_device_first_final = 5;
static const int rndis_device_error = 0;

static const int rndis_device_en_main = 1;


/* #line 62 "rndis_device_fsm.rl" */

void rndis_device_fsm_init(struct rndis_device_fsm *f)
{
	int cs;

	
/* #line 64 "rndis_device_fsm.c" */
	{
	cs = rndis_device_start;
	}

/* #line 68 "rndis_device_fsm.rl" */
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
	
/* #line 81 "rndis_device_fsm.c" */
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
	_keys = _rndis_device_trans_keys + _rndis_device_key_offsets[cs];
	_trans = _rndis_device_index_offsets[cs];

	_klen = _rndis_device_single_lengths[cs];
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

	_klen = _rndis_device_range_lengths[cs];
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
	cs = _rndis_device_trans_targs[_trans];

	if ( _rndis_device_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _rndis_device_actions + _rndis_device_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "rndis_device_fsm.rl" */
	{ if (a && (rc = rndis_device_run(a->on_init, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "rndis_device_fsm.rl" */
	{ if (a && (rc = rndis_device_run(a->on_initialized, ctx)) < 0) {p++; goto _out; } }
	break;
	case 2:
/* #line 20 "rndis_device_fsm.rl" */
	{ if (a && (rc = rndis_device_run(a->on_data_start, ctx)) < 0) {p++; goto _out; } }
	break;
	case 3:
/* #line 21 "rndis_device_fsm.rl" */
	{ if (a && (rc = rndis_device_run(a->on_data_stop, ctx)) < 0) {p++; goto _out; } }
	break;
	case 4:
/* #line 22 "rndis_device_fsm.rl" */
	{ if (a && (rc = rndis_device_run(a->on_halt, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 168 "rndis_device_fsm.c" */
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

/* #line 83 "rndis_device_fsm.rl" */
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
