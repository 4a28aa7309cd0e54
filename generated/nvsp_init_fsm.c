/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

/* #line 1 "nvsp_init_fsm.rl" */
/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "nvsp_init_fsm.h"


/* #line 146 "nvsp_init_fsm.rl" */



/* #line 11 "nvsp_init_fsm.c" */
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


/* #line 149 "nvsp_init_fsm.rl" */

void nvsp_init_fsm_init(struct nvsp_init_fsm *f)
{
	int cs;

	
/* #line 74 "nvsp_init_fsm.c" */
	{
	cs = nvsp_init_start;
	}

/* #line 155 "nvsp_init_fsm.rl" */
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

	(void)a;
	(void)ctx;
	if (cs == nvsp_init_error)
		return -EPROTO;
	
/* #line 93 "nvsp_init_fsm.c" */
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
/* #line 12 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_init) {
			rc = a->on_init(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 1:
/* #line 19 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_ndis_config) {
			rc = a->on_ndis_config(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 2:
/* #line 26 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_ndis_version) {
			rc = a->on_ndis_version(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 3:
/* #line 33 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_recv_buf) {
			rc = a->on_recv_buf(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 4:
/* #line 40 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_send_buf) {
			rc = a->on_send_buf(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 5:
/* #line 47 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_ready) {
			rc = a->on_ready(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 6:
/* #line 54 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_revoke_send) {
			rc = a->on_revoke_send(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 7:
/* #line 61 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_revoke_recv) {
			rc = a->on_revoke_recv(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
	case 8:
/* #line 68 "nvsp_init_fsm.rl" */
	{
		if (a && a->on_reset) {
			rc = a->on_reset(ctx);
			if (rc < 0)
				{p++; goto _out; }
		}
	}
	break;
/* #line 247 "nvsp_init_fsm.c" */
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

/* #line 172 "nvsp_init_fsm.rl" */
	if (rc < 0)
		return rc;
	if (cs == nvsp_init_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

const char *nvsp_init_event_name(uint32_t ev)
{
	switch (ev) {
	case 1:
		return "INIT";
	case 2:
		return "INIT_OK";
	case 3:
		return "INIT_FAIL";
	case 4:
		return "NDIS_CONFIG";
	case 5:
		return "NDIS_VERSION";
	case 6:
		return "RECV_BUF";
	case 7:
		return "RECV_BUF_OK";
	case 8:
		return "RECV_BUF_FAIL";
	case 9:
		return "SEND_BUF";
	case 10:
		return "SEND_BUF_OK";
	case 11:
		return "SEND_BUF_FAIL";
	case 12:
		return "RNDIS";
	case 13:
		return "SUBCHANNEL";
	case 14:
		return "SWITCH_DATA_PATH";
	case 15:
		return "REVOKE_SEND_BUF";
	case 16:
		return "REVOKE_RECV_BUF";
	case 17:
		return "RESET";
	default:
		return "?";
	}
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
