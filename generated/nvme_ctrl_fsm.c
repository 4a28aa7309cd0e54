/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */

/* #line 1 "nvme_ctrl_fsm.rl" */
/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "nvme_ctrl_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int nvme_ctrl_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 64 "nvme_ctrl_fsm.rl" */



/* #line 17 "nvme_ctrl_fsm.c" */
static const char _nvme_ctrl_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 5
};

static const char _nvme_ctrl_key_offsets[] = {
	0, 0, 3, 6, 9, 12, 15
};

static const int _nvme_ctrl_trans_keys[] = {
	1, 3, 6, 2, 3, 6, 3, 4, 
	6, 3, 5, 6, 3, 4, 6, 3, 
	6, 0
};

static const char _nvme_ctrl_single_lengths[] = {
	0, 3, 3, 3, 3, 3, 2
};

static const char _nvme_ctrl_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0
};

static const char _nvme_ctrl_index_offsets[] = {
	0, 0, 4, 8, 12, 16, 20
};

static const char _nvme_ctrl_indicies[] = {
	0, 2, 3, 1, 4, 2, 3, 1, 
	2, 5, 3, 1, 2, 6, 3, 1, 
	2, 7, 3, 1, 2, 8, 1, 0
};

static const char _nvme_ctrl_trans_targs[] = {
	2, 0, 1, 6, 3, 4, 5, 5, 
	6
};

static const char _nvme_ctrl_trans_actions[] = {
	1, 0, 5, 11, 3, 7, 9, 0, 
	0
};

static const int nvme_ctrl_start = 1;
static const int nvme_ctrl_first_final = 7;
static const int nvme_ctrl_error = 0;

static const int nvme_ctrl_en_main = 1;


/* #line 67 "nvme_ctrl_fsm.rl" */

void nvme_ctrl_fsm_init(struct nvme_ctrl_fsm *f)
{
	int cs;

	
/* #line 71 "nvme_ctrl_fsm.c" */
	{
	cs = nvme_ctrl_start;
	}

/* #line 73 "nvme_ctrl_fsm.rl" */
	f->cs = cs;
}

int nvme_ctrl_fsm_feed(struct nvme_ctrl_fsm *f, enum nvme_ctrl_event ev, const struct nvme_ctrl_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == nvme_ctrl_error)
		return -EPROTO;
	
/* #line 88 "nvme_ctrl_fsm.c" */
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
	_keys = _nvme_ctrl_trans_keys + _nvme_ctrl_key_offsets[cs];
	_trans = _nvme_ctrl_index_offsets[cs];

	_klen = _nvme_ctrl_single_lengths[cs];
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

	_klen = _nvme_ctrl_range_lengths[cs];
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
	_trans = _nvme_ctrl_indicies[_trans];
	cs = _nvme_ctrl_trans_targs[_trans];

	if ( _nvme_ctrl_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _nvme_ctrl_actions + _nvme_ctrl_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "nvme_ctrl_fsm.rl" */
	{ if (a && (rc = nvme_ctrl_run(a->on_enable, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "nvme_ctrl_fsm.rl" */
	{ if (a && (rc = nvme_ctrl_run(a->on_ready, ctx)) < 0) {p++; goto _out; } }
	break;
	case 2:
/* #line 20 "nvme_ctrl_fsm.rl" */
	{ if (a && (rc = nvme_ctrl_run(a->on_disable, ctx)) < 0) {p++; goto _out; } }
	break;
	case 3:
/* #line 21 "nvme_ctrl_fsm.rl" */
	{ if (a && (rc = nvme_ctrl_run(a->on_shutdown, ctx)) < 0) {p++; goto _out; } }
	break;
	case 4:
/* #line 22 "nvme_ctrl_fsm.rl" */
	{ if (a && (rc = nvme_ctrl_run(a->on_shutdown_done, ctx)) < 0) {p++; goto _out; } }
	break;
	case 5:
/* #line 23 "nvme_ctrl_fsm.rl" */
	{ if (a && (rc = nvme_ctrl_run(a->on_fatal, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 179 "nvme_ctrl_fsm.c" */
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

/* #line 88 "nvme_ctrl_fsm.rl" */
	if (rc < 0)
		return rc;
	if (cs == nvme_ctrl_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool nvme_ctrl_fsm_can_feed(const struct nvme_ctrl_fsm *f, enum nvme_ctrl_event ev)
{
	struct nvme_ctrl_fsm probe = *f;

	return nvme_ctrl_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const nvme_ctrl_event_names[] = {
	[1] = "ENABLE",
	[2] = "READY",
	[3] = "DISABLE",
	[4] = "SHUTDOWN",
	[5] = "SHUTDOWN_DONE",
	[6] = "FATAL",
};

const char *nvme_ctrl_event_name(uint32_t ev)
{
	if (ev >= sizeof(nvme_ctrl_event_names) / sizeof(nvme_ctrl_event_names[0]) || !nvme_ctrl_event_names[ev])
		return "?";
	return nvme_ctrl_event_names[ev];
}

static const char *const nvme_ctrl_state_names[] = {
	[0] = "error",
	[1] = "disabled",
	[2] = "enabling",
	[3] = "ready",
	[4] = "shutting_down",
	[5] = "shut_down",
	[6] = "fatal",
};

const char *nvme_ctrl_fsm_state_name(const struct nvme_ctrl_fsm *f)
{
	if (f->cs < 0 || f->cs > 6 || !nvme_ctrl_state_names[f->cs])
		return "?";
	return nvme_ctrl_state_names[f->cs];
}
