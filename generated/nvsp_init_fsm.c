/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

/* #line 1 "nvsp_init_fsm.rl" */
/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "nvsp_init_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int nvsp_init_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}


/* #line 98 "nvsp_init_fsm.rl" */



/* #line 17 "nvsp_init_fsm.c" */
static const char _nvsp_init_actions[] = {
	0, 1, 0, 1, 1, 1, 2, 1, 
	3, 1, 4, 1, 5, 1, 6, 1, 
	7, 1, 8
};

static const char _nvsp_init_key_offsets[] = {
	0, 0, 2, 5, 8, 10, 12, 15, 
	21, 24, 29
};

static const int _nvsp_init_trans_keys[] = {
	1, 17, 2, 3, 17, 4, 5, 17, 
	5, 17, 6, 17, 7, 8, 17, 9, 
	12, 16, 17, 13, 14, 10, 11, 17, 
	15, 16, 17, 12, 14, 17, 14, 15, 
	0
};

static const char _nvsp_init_single_lengths[] = {
	0, 2, 3, 3, 2, 2, 3, 4, 
	3, 3, 1
};

static const char _nvsp_init_range_lengths[] = {
	0, 0, 0, 0, 0, 0, 0, 1, 
	0, 1, 1
};

static const char _nvsp_init_index_offsets[] = {
	0, 0, 3, 7, 11, 14, 17, 21, 
	27, 31, 36
};

static const char _nvsp_init_indicies[] = {
	0, 2, 1, 3, 2, 4, 1, 5, 
	6, 4, 1, 6, 4, 1, 7, 4, 
	1, 8, 9, 4, 1, 10, 11, 12, 
	4, 8, 1, 11, 8, 4, 1, 14, 
	12, 4, 13, 1, 4, 15, 1, 0
};

static const char _nvsp_init_trans_targs[] = {
	2, 0, 1, 3, 1, 4, 5, 6, 
	7, 5, 8, 9, 10, 9, 7, 10
};

static const char _nvsp_init_trans_actions[] = {
	1, 0, 0, 0, 17, 3, 5, 7, 
	0, 0, 9, 11, 15, 0, 13, 0
};

static const int nvsp_init_start = 1;
static const int nvsp_init_first_final = 11;
static const int nvsp_init_error = 0;

static const int nvsp_init_en_main = 1;


/* #line 101 "nvsp_init_fsm.rl" */

void nvsp_init_fsm_init(struct nvsp_init_fsm *f)
{
	int cs;

	
/* #line 80 "nvsp_init_fsm.c" */
	{
	cs = nvsp_init_start;
	}

/* #line 107 "nvsp_init_fsm.rl" */
	f->cs = cs;
}

int nvsp_init_fsm_feed(struct nvsp_init_fsm *f, enum nvsp_init_event ev, const struct nvsp_init_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == nvsp_init_error)
		return -EPROTO;
	
/* #line 97 "nvsp_init_fsm.c" */
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
	_keys = _nvsp_init_trans_keys + _nvsp_init_key_offsets[cs];
	_trans = _nvsp_init_index_offsets[cs];

	_klen = _nvsp_init_single_lengths[cs];
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

	_klen = _nvsp_init_range_lengths[cs];
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
	_trans = _nvsp_init_indicies[_trans];
	cs = _nvsp_init_trans_targs[_trans];

	if ( _nvsp_init_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _nvsp_init_actions + _nvsp_init_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
/* #line 18 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_init, ctx)) < 0) {p++; goto _out; } }
	break;
	case 1:
/* #line 19 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_ndis_config, ctx)) < 0) {p++; goto _out; } }
	break;
	case 2:
/* #line 20 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_ndis_version, ctx)) < 0) {p++; goto _out; } }
	break;
	case 3:
/* #line 21 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_recv_buf, ctx)) < 0) {p++; goto _out; } }
	break;
	case 4:
/* #line 22 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_send_buf, ctx)) < 0) {p++; goto _out; } }
	break;
	case 5:
/* #line 23 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_ready, ctx)) < 0) {p++; goto _out; } }
	break;
	case 6:
/* #line 24 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_revoke_send, ctx)) < 0) {p++; goto _out; } }
	break;
	case 7:
/* #line 25 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_revoke_recv, ctx)) < 0) {p++; goto _out; } }
	break;
	case 8:
/* #line 26 "nvsp_init_fsm.rl" */
	{ if (a && (rc = nvsp_init_run(a->on_reset, ctx)) < 0) {p++; goto _out; } }
	break;
/* #line 197 "nvsp_init_fsm.c" */
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

/* #line 122 "nvsp_init_fsm.rl" */
	if (rc < 0)
		return rc;
	if (cs == nvsp_init_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool nvsp_init_fsm_can_feed(const struct nvsp_init_fsm *f, enum nvsp_init_event ev)
{
	struct nvsp_init_fsm probe = *f;

	return nvsp_init_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const nvsp_init_event_names[] = {
	[1] = "INIT",
	[2] = "INIT_OK",
	[3] = "INIT_FAIL",
	[4] = "NDIS_CONFIG",
	[5] = "NDIS_VERSION",
	[6] = "RECV_BUF",
	[7] = "RECV_BUF_OK",
	[8] = "RECV_BUF_FAIL",
	[9] = "SEND_BUF",
	[10] = "SEND_BUF_OK",
	[11] = "SEND_BUF_FAIL",
	[12] = "RNDIS",
	[13] = "SUBCHANNEL",
	[14] = "SWITCH_DATA_PATH",
	[15] = "REVOKE_SEND_BUF",
	[16] = "REVOKE_RECV_BUF",
	[17] = "RESET",
};

const char *nvsp_init_event_name(uint32_t ev)
{
	if (ev >= sizeof(nvsp_init_event_names) / sizeof(nvsp_init_event_names[0]) || !nvsp_init_event_names[ev])
		return "?";
	return nvsp_init_event_names[ev];
}

static const char *const nvsp_init_state_names[] = {
	[0] = "error",
	[1] = "start",
	[2] = "initializing",
	[3] = "negotiated",
	[4] = "configured",
	[5] = "ndis_known",
	[6] = "recv_buf_pending",
	[7] = "have_recv_buf",
	[8] = "send_buf_pending",
	[9] = "ready",
	[10] = "revoked",
};

const char *nvsp_init_fsm_state_name(const struct nvsp_init_fsm *f)
{
	if (f->cs < 0 || f->cs > 10 || !nvsp_init_state_names[f->cs])
		return "?";
	return nvsp_init_state_names[f->cs];
}
