/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

/* #line 1 "vmbus_gpadl_fsm.rl" */
/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_gpadl_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int vmbus_gpadl_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 35 "vmbus_gpadl_fsm.rl" */



/* #line 17 "vmbus_gpadl_fsm.c" */
static const char _vmbus_gpadl_actions[] = {
	0, 1, 0, 1, 1
};

static const char _vmbus_gpadl_key_offsets[] = {
	0, 0, 2, 4, 6, 7, 8
};

static const int _vmbus_gpadl_trans_keys[] = {
	1, 2, 3, 4, 5, 6, 7, 8, 
	0
};

static const char _vmbus_gpadl_single_lengths[] = {
	0, 2, 2, 2, 1, 1, 0
};

static const char _vmbus_gpadl_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0
};

static const char _vmbus_gpadl_index_offsets[] = {
	0, 0, 3, 6, 9, 11, 13
};

static const char _vmbus_gpadl_indicies[] = {
	0, 2, 1, 0, 2, 1, 3, 4, 
	1, 5, 1, 4, 1, 1, 0
};

static const char _vmbus_gpadl_trans_targs[] = {
	2, 0, 3, 4, 6, 5
};

static const char _vmbus_gpadl_trans_actions[] = {
	0, 0, 1, 0, 0, 3
};

static const int vmbus_gpadl_start = 1;
static const int vmbus_gpadl_first_final = 6;
static const int vmbus_gpadl_error = 0;

static const int vmbus_gpadl_en_main = 1;


/* #line 38 "vmbus_gpadl_fsm.rl" */

void vmbus_gpadl_fsm_init(struct vmbus_gpadl_fsm *f)
{
	int cs;

	
/* #line 66 "vmbus_gpadl_fsm.c" */
	{
	cs = vmbus_gpadl_start;
	}

/* #line 44 "vmbus_gpadl_fsm.rl" */
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
	
/* #line 83 "vmbus_gpadl_fsm.c" */
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
	_keys = _vmbus_gpadl_trans_keys + _vmbus_gpadl_key_offsets[cs];
	_trans = _vmbus_gpadl_index_offsets[cs];

	_klen = _vmbus_gpadl_single_lengths[cs];
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

	_klen = _vmbus_gpadl_range_lengths[cs];
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
	_trans = _vmbus_gpadl_indicies[_trans];
	cs = _vmbus_gpadl_trans_targs[_trans];

	if ( _vmbus_gpadl_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _vmbus_gpadl_actions + _vmbus_gpadl_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "vmbus_gpadl_fsm.rl" */
	{ if (a && (rc = vmbus_gpadl_run(a->on_complete, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "vmbus_gpadl_fsm.rl" */
	{ if (a && (rc = vmbus_gpadl_run(a->on_teardown, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 162 "vmbus_gpadl_fsm.c" */
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

/* #line 59 "vmbus_gpadl_fsm.rl" */
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
