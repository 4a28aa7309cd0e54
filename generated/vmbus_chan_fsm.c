/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

/* #line 1 "vmbus_chan_fsm.rl" */
/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_chan_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int vmbus_chan_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 67 "vmbus_chan_fsm.rl" */



/* #line 17 "vmbus_chan_fsm.c" */
static const char _vmbus_chan_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 5
};

static const char _vmbus_chan_key_offsets[] = {
	0, 0, 3, 7, 12, 17, 19
};

static const int _vmbus_chan_trans_keys[] = {
	1, 7, 8, 2, 3, 7, 8, 4, 
	5, 8, 6, 7, 2, 3, 4, 7, 
	9, 7, 9, 0
};

static const char _vmbus_chan_single_lengths[] = {
	0, 3, 4, 3, 5, 2, 0
};

static const char _vmbus_chan_range_lengths[] = {
	0, 0, 0, 1, 0, 0, 0
};

static const char _vmbus_chan_index_offsets[] = {
	0, 0, 4, 9, 14, 20, 23
};

static const char _vmbus_chan_trans_targs[] = {
	2, 1, 5, 0, 3, 1, 2, 4, 
	0, 1, 3, 4, 3, 0, 4, 5, 
	5, 4, 6, 0, 5, 6, 0, 0, 
	0
};

static const char _vmbus_chan_trans_actions[] = {
	1, 0, 9, 0, 3, 0, 0, 9, 
	0, 5, 7, 9, 0, 0, 0, 0, 
	5, 0, 11, 0, 0, 11, 0, 0, 
	0
};

static const int vmbus_chan_start = 1;
static const int vmbus_chan_first_final = 6;
static const int vmbus_chan_error = 0;

static const int vmbus_chan_en_main = 1;


/* #line 70 "vmbus_chan_fsm.rl" */

void vmbus_chan_fsm_init(struct vmbus_chan_fsm *f)
{
	int cs;

	
/* #line 69 "vmbus_chan_fsm.c" */
	{
	cs = vmbus_chan_start;
	}

/* #line 76 "vmbus_chan_fsm.rl" */
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
	
/* #line 86 "vmbus_chan_fsm.c" */
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
	_keys = _vmbus_chan_trans_keys + _vmbus_chan_key_offsets[cs];
	_trans = _vmbus_chan_index_offsets[cs];

	_klen = _vmbus_chan_single_lengths[cs];
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

	_klen = _vmbus_chan_range_lengths[cs];
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
	cs = _vmbus_chan_trans_targs[_trans];

	if ( _vmbus_chan_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _vmbus_chan_actions + _vmbus_chan_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "vmbus_chan_fsm.rl" */
	{ if (a && (rc = vmbus_chan_run(a->on_open, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "vmbus_chan_fsm.rl" */
	{ if (a && (rc = vmbus_chan_run(a->on_opened, ctx)) < 0) {p++; goto _out; } }
	break;
	case 2:
/* #line 20 "vmbus_chan_fsm.rl" */
	{ if (a && (rc = vmbus_chan_run(a->on_close, ctx)) < 0) {p++; goto _out; } }
	break;
	case 3:
/* #line 21 "vmbus_chan_fsm.rl" */
	{ if (a && (rc = vmbus_chan_run(a->on_modify, ctx)) < 0) {p++; goto _out; } }
	break;
	case 4:
/* #line 22 "vmbus_chan_fsm.rl" */
	{ if (a && (rc = vmbus_chan_run(a->on_rescind, ctx)) < 0) {p++; goto _out; } }
	break;
	case 5:
/* #line 23 "vmbus_chan_fsm.rl" */
	{ if (a && (rc = vmbus_chan_run(a->on_released, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 176 "vmbus_chan_fsm.c" */
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

/* #line 91 "vmbus_chan_fsm.rl" */
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
