/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

/* #line 1 "vmbus_conn_fsm.rl" */
/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_conn_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int vmbus_conn_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 67 "vmbus_conn_fsm.rl" */



/* #line 17 "vmbus_conn_fsm.c" */
static const char _vmbus_conn_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 5
};

static const char _vmbus_conn_key_offsets[] = {
	0, 0, 2, 4, 7, 12, 17
};

static const int _vmbus_conn_trans_keys[] = {
	1, 10, 2, 3, 1, 4, 10, 1, 
	6, 10, 5, 9, 1, 5, 10, 7, 
	9, 11, 0
};

static const char _vmbus_conn_single_lengths[] = {
	0, 2, 2, 3, 3, 3, 1
};

static const char _vmbus_conn_range_lengths[] = {
	0, 0, 0, 0, 1, 1, 0
};

static const char _vmbus_conn_index_offsets[] = {
	0, 0, 3, 6, 10, 15, 20
};

static const char _vmbus_conn_indicies[] = {
	0, 2, 1, 3, 4, 1, 5, 6, 
	2, 1, 5, 8, 2, 7, 1, 5, 
	8, 2, 8, 1, 9, 1, 0
};

static const char _vmbus_conn_trans_targs[] = {
	2, 0, 6, 3, 1, 2, 4, 4, 
	5, 1
};

static const char _vmbus_conn_trans_actions[] = {
	1, 0, 9, 5, 0, 3, 7, 0, 
	0, 11
};

static const int vmbus_conn_start = 1;
static const int vmbus_conn_first_final = 7;
static const int vmbus_conn_error = 0;

static const int vmbus_conn_en_main = 1;


/* #line 70 "vmbus_conn_fsm.rl" */

void vmbus_conn_fsm_init(struct vmbus_conn_fsm *f)
{
	int cs;

	
/* #line 71 "vmbus_conn_fsm.c" */
	{
	cs = vmbus_conn_start;
	}

/* #line 76 "vmbus_conn_fsm.rl" */
	f->cs = cs;
}

int vmbus_conn_fsm_feed(struct vmbus_conn_fsm *f, enum vmbus_conn_event ev, const struct vmbus_conn_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == vmbus_conn_error)
		return -EPROTO;
	
/* #line 88 "vmbus_conn_fsm.c" */
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
	_keys = _vmbus_conn_trans_keys + _vmbus_conn_key_offsets[cs];
	_trans = _vmbus_conn_index_offsets[cs];

	_klen = _vmbus_conn_single_lengths[cs];
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

	_klen = _vmbus_conn_range_lengths[cs];
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
	_trans = _vmbus_conn_indicies[_trans];
	cs = _vmbus_conn_trans_targs[_trans];

	if ( _vmbus_conn_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _vmbus_conn_actions + _vmbus_conn_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "vmbus_conn_fsm.rl" */
	{ if (a && (rc = vmbus_conn_run(a->on_contact, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "vmbus_conn_fsm.rl" */
	{ if (a && (rc = vmbus_conn_run(a->on_reset, ctx)) < 0) {p++; goto _out; } }
	break;
	case 2:
/* #line 20 "vmbus_conn_fsm.rl" */
	{ if (a && (rc = vmbus_conn_run(a->on_connected, ctx)) < 0) {p++; goto _out; } }
	break;
	case 3:
/* #line 21 "vmbus_conn_fsm.rl" */
	{ if (a && (rc = vmbus_conn_run(a->on_request_offers, ctx)) < 0) {p++; goto _out; } }
	break;
	case 4:
/* #line 22 "vmbus_conn_fsm.rl" */
	{ if (a && (rc = vmbus_conn_run(a->on_unload, ctx)) < 0) {p++; goto _out; } }
	break;
	case 5:
/* #line 23 "vmbus_conn_fsm.rl" */
	{ if (a && (rc = vmbus_conn_run(a->on_unloaded, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 179 "vmbus_conn_fsm.c" */
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

/* #line 91 "vmbus_conn_fsm.rl" */
	if (rc < 0)
		return rc;
	if (cs == vmbus_conn_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool vmbus_conn_fsm_can_feed(const struct vmbus_conn_fsm *f, enum vmbus_conn_event ev)
{
	struct vmbus_conn_fsm probe = *f;

	return vmbus_conn_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const vmbus_conn_event_names[] = {
	[1] = "INITIATE_CONTACT",
	[2] = "VERSION_ACCEPTED",
	[3] = "VERSION_REJECTED",
	[4] = "REQUESTOFFERS",
	[5] = "OFFERCHANNEL",
	[6] = "ALLOFFERS_DELIVERED",
	[7] = "RESCIND_CHANNELOFFER",
	[8] = "CHANNEL_RX",
	[9] = "CHANNEL_TX",
	[10] = "UNLOAD",
	[11] = "UNLOAD_RESPONSE",
};

const char *vmbus_conn_event_name(uint32_t ev)
{
	if (ev >= sizeof(vmbus_conn_event_names) / sizeof(vmbus_conn_event_names[0]) || !vmbus_conn_event_names[ev])
		return "?";
	return vmbus_conn_event_names[ev];
}

static const char *const vmbus_conn_state_names[] = {
	[0] = "error",
	[1] = "disconnected",
	[2] = "contacting",
	[3] = "connected",
	[4] = "offering",
	[5] = "ready",
	[6] = "unloading",
};

const char *vmbus_conn_fsm_state_name(const struct vmbus_conn_fsm *f)
{
	if (f->cs < 0 || f->cs > 6 || !vmbus_conn_state_names[f->cs])
		return "?";
	return vmbus_conn_state_names[f->cs];
}
