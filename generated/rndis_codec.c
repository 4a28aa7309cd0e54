/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */

#include <stdbool.h>
#include <string.h>

#include "rndis_codec.h"

static bool rndis_status_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 0x103:
	case 0x4001000b:
	case 0x4001000c:
	case 0x40010012:
	case 0x40010013:
	case 0x40010018:
	case 0x40020006:
	case 0x80000005U:
	case 0xc0000001U:
	case 0xc000000dU:
	case 0xc000009aU:
	case 0xc00000bbU:
	case 0xc0010014U:
	case 0xc0010015U:
	case 0xc0010016U:
	case 0xc0010017U:
		return true;
	default:
		return false;
	}
}

static bool rndis_offload_param_csum_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
	case 2:
	case 3:
	case 4:
		return true;
	default:
		return false;
	}
}

static bool rndis_offload_param_simple_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
	case 2:
		return true;
	default:
		return false;
	}
}

static bool rndis_config_param_type_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
	case 2:
	case 3:
	case 4:
		return true;
	default:
		return false;
	}
}

static enum pv_codec_err rndis_init_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_init *o)
{
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 2)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->major_ver = pv_get_u32(b + 12);
	o->minor_ver = pv_get_u32(b + 16);
	o->max_xfer_size = pv_get_u32(b + 20);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(24)))	/* msg_len <= _len && msg_len >= 24 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_init_wr(const struct rndis_init *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(2));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->major_ver));
	pv_put_u32(b + 16, (uint32_t)(in->minor_ver));
	pv_put_u32(b + 20, (uint32_t)(in->max_xfer_size));
}

static enum pv_codec_err rndis_init_chk(const struct rndis_init *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_init *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	return rndis_init_rd(buf, len, ctx, out);
}

static int rndis_init_enc(const struct rndis_init *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;

	err = rndis_init_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_init_wr(in, b);
	return (int)need;
}

int rndis_init_encode(const struct rndis_init *in, void *buf, size_t cap)
{
	return rndis_init_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_init_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_init_complete *o)
{
	size_t tail_end = 52;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 0x80000002U)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->major_ver = pv_get_u32(b + 16);
	o->minor_ver = pv_get_u32(b + 20);
	o->dev_flags = pv_get_u32(b + 24);
	o->medium = pv_get_u32(b + 28);
	o->max_pkt_per_msg = pv_get_u32(b + 32);
	o->max_xfer_size = pv_get_u32(b + 36);
	o->pkt_alignment_factor = pv_get_u32(b + 40);
	if (o->pkt_alignment_factor > 12)
		return PV_ERR_RANGE;
	o->af_list_offset = pv_get_u32(b + 44);
	o->af_list_size = pv_get_u32(b + 48);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(52)))	/* msg_len <= _len && msg_len >= 52 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_init_complete_wr(const struct rndis_init_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(0x80000002U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
	pv_put_u32(b + 16, (uint32_t)(in->major_ver));
	pv_put_u32(b + 20, (uint32_t)(in->minor_ver));
	pv_put_u32(b + 24, (uint32_t)(in->dev_flags));
	pv_put_u32(b + 28, (uint32_t)(in->medium));
	pv_put_u32(b + 32, (uint32_t)(in->max_pkt_per_msg));
	pv_put_u32(b + 36, (uint32_t)(in->max_xfer_size));
	pv_put_u32(b + 40, (uint32_t)(in->pkt_alignment_factor));
	pv_put_u32(b + 44, (uint32_t)(in->af_list_offset));
	pv_put_u32(b + 48, (uint32_t)(in->af_list_size));
}

static enum pv_codec_err rndis_init_complete_chk(const struct rndis_init_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (o->pkt_alignment_factor > 12)
		return PV_ERR_RANGE;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(52)))	/* msg_len <= _len && msg_len >= 52 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_init_complete *out)
{
	if (len < 52)
		return PV_ERR_SHORT;
	if (len > 52)
		return PV_ERR_LONG;
	return rndis_init_complete_rd(buf, len, ctx, out);
}

static int rndis_init_complete_enc(const struct rndis_init_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 52;

	err = rndis_init_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_init_complete_wr(in, b);
	return (int)need;
}

int rndis_init_complete_encode(const struct rndis_init_complete *in, void *buf, size_t cap)
{
	return rndis_init_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_halt_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_halt *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 3)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(12)))	/* msg_len <= _len && msg_len >= 12 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_halt_wr(const struct rndis_halt *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(3));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
}

static enum pv_codec_err rndis_halt_chk(const struct rndis_halt *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_halt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_halt *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return rndis_halt_rd(buf, len, ctx, out);
}

static int rndis_halt_enc(const struct rndis_halt *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = rndis_halt_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_halt_wr(in, b);
	return (int)need;
}

int rndis_halt_encode(const struct rndis_halt *in, void *buf, size_t cap)
{
	return rndis_halt_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_query_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_query *o)
{
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 4)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->oid = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	o->dev_vc_handle = pv_get_u32(b + 24);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(28)))	/* msg_len <= _len && msg_len >= 28 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_query_wr(const struct rndis_query *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(4));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->oid));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
	pv_put_u32(b + 24, (uint32_t)(in->dev_vc_handle));
}

static enum pv_codec_err rndis_query_chk(const struct rndis_query *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

enum pv_codec_err rndis_query_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_query *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	return rndis_query_rd(buf, len, ctx, out);
}

static int rndis_query_enc(const struct rndis_query *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = rndis_query_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_query_wr(in, b);
	return (int)need;
}

int rndis_query_encode(const struct rndis_query *in, void *buf, size_t cap)
{
	return rndis_query_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_query_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_query_complete *o)
{
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 0x80000004U)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(24)))	/* msg_len <= _len && msg_len >= 24 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(16) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 16 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_query_complete_wr(const struct rndis_query_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(0x80000004U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
}

static enum pv_codec_err rndis_query_complete_chk(const struct rndis_query_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(16) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 16 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

enum pv_codec_err rndis_query_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_query_complete *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	return rndis_query_complete_rd(buf, len, ctx, out);
}

static int rndis_query_complete_enc(const struct rndis_query_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;

	err = rndis_query_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_query_complete_wr(in, b);
	return (int)need;
}

int rndis_query_complete_encode(const struct rndis_query_complete *in, void *buf, size_t cap)
{
	return rndis_query_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_set_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_set *o)
{
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 5)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->oid = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	o->dev_vc_handle = pv_get_u32(b + 24);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(28)))	/* msg_len <= _len && msg_len >= 28 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_set_wr(const struct rndis_set *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(5));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->oid));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
	pv_put_u32(b + 24, (uint32_t)(in->dev_vc_handle));
}

static enum pv_codec_err rndis_set_chk(const struct rndis_set *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

enum pv_codec_err rndis_set_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	return rndis_set_rd(buf, len, ctx, out);
}

static int rndis_set_enc(const struct rndis_set *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = rndis_set_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_set_wr(in, b);
	return (int)need;
}

int rndis_set_encode(const struct rndis_set *in, void *buf, size_t cap)
{
	return rndis_set_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_set_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_set_complete *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 0x80000005U)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_set_complete_wr(const struct rndis_set_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(0x80000005U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static enum pv_codec_err rndis_set_complete_chk(const struct rndis_set_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_set_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set_complete *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return rndis_set_complete_rd(buf, len, ctx, out);
}

static int rndis_set_complete_enc(const struct rndis_set_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = rndis_set_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_set_complete_wr(in, b);
	return (int)need;
}

int rndis_set_complete_encode(const struct rndis_set_complete *in, void *buf, size_t cap)
{
	return rndis_set_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_reset_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_reset *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 6)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->reserved = pv_get_u32(b + 8);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(12)))	/* msg_len <= _len && msg_len >= 12 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_reset_wr(const struct rndis_reset *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(6));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->reserved));
}

static enum pv_codec_err rndis_reset_chk(const struct rndis_reset *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_reset_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_reset *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return rndis_reset_rd(buf, len, ctx, out);
}

static int rndis_reset_enc(const struct rndis_reset *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = rndis_reset_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_reset_wr(in, b);
	return (int)need;
}

int rndis_reset_encode(const struct rndis_reset *in, void *buf, size_t cap)
{
	return rndis_reset_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_reset_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_reset_complete *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 0x80000006U)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->status = pv_get_u32(b + 8);
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->addressing_reset = pv_get_u32(b + 12);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_reset_complete_wr(const struct rndis_reset_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(0x80000006U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->status));
	pv_put_u32(b + 12, (uint32_t)(in->addressing_reset));
}

static enum pv_codec_err rndis_reset_complete_chk(const struct rndis_reset_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_reset_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_reset_complete *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return rndis_reset_complete_rd(buf, len, ctx, out);
}

static int rndis_reset_complete_enc(const struct rndis_reset_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = rndis_reset_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_reset_complete_wr(in, b);
	return (int)need;
}

int rndis_reset_complete_encode(const struct rndis_reset_complete *in, void *buf, size_t cap)
{
	return rndis_reset_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_indicate_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_indicate *o)
{
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 7)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->status = pv_get_u32(b + 8);
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->status_buflen = pv_get_u32(b + 12);
	o->status_buf_offset = pv_get_u32(b + 16);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(20)))	/* msg_len <= _len && msg_len >= 20 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->status_buflen == UINT64_C(0) || ( (uint64_t)o->status_buf_offset >= UINT64_C(12) && UINT64_C(8) + (uint64_t)o->status_buf_offset + (uint64_t)o->status_buflen <= (uint64_t)o->msg_len )))	/* status_buflen == 0 || (status_buf_offset >= 12 && 8 + status_buf_offset + status_buflen <= msg_len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_indicate_wr(const struct rndis_indicate *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(7));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->status));
	pv_put_u32(b + 12, (uint32_t)(in->status_buflen));
	pv_put_u32(b + 16, (uint32_t)(in->status_buf_offset));
}

static enum pv_codec_err rndis_indicate_chk(const struct rndis_indicate *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->status_buflen == UINT64_C(0) || ( (uint64_t)o->status_buf_offset >= UINT64_C(12) && UINT64_C(8) + (uint64_t)o->status_buf_offset + (uint64_t)o->status_buflen <= (uint64_t)o->msg_len )))	/* status_buflen == 0 || (status_buf_offset >= 12 && 8 + status_buf_offset + status_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

enum pv_codec_err rndis_indicate_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_indicate *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	return rndis_indicate_rd(buf, len, ctx, out);
}

static int rndis_indicate_enc(const struct rndis_indicate *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = rndis_indicate_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_indicate_wr(in, b);
	return (int)need;
}

int rndis_indicate_encode(const struct rndis_indicate *in, void *buf, size_t cap)
{
	return rndis_indicate_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_keepalive_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_keepalive *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 8)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(12)))	/* msg_len <= _len && msg_len >= 12 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_keepalive_wr(const struct rndis_keepalive *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(8));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
}

static enum pv_codec_err rndis_keepalive_chk(const struct rndis_keepalive *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_keepalive_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_keepalive *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return rndis_keepalive_rd(buf, len, ctx, out);
}

static int rndis_keepalive_enc(const struct rndis_keepalive *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = rndis_keepalive_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_keepalive_wr(in, b);
	return (int)need;
}

int rndis_keepalive_encode(const struct rndis_keepalive *in, void *buf, size_t cap)
{
	return rndis_keepalive_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_keepalive_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_keepalive_complete *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 0x80000008U)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void rndis_keepalive_complete_wr(const struct rndis_keepalive_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(0x80000008U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static enum pv_codec_err rndis_keepalive_complete_chk(const struct rndis_keepalive_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_keepalive_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_keepalive_complete *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return rndis_keepalive_complete_rd(buf, len, ctx, out);
}

static int rndis_keepalive_complete_enc(const struct rndis_keepalive_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = rndis_keepalive_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_keepalive_complete_wr(in, b);
	return (int)need;
}

int rndis_keepalive_complete_encode(const struct rndis_keepalive_complete *in, void *buf, size_t cap)
{
	return rndis_keepalive_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_set_ex_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_set_ex *o)
{
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 9)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->oid = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	o->dev_vc_handle = pv_get_u32(b + 24);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(28)))	/* msg_len <= _len && msg_len >= 28 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_set_ex_wr(const struct rndis_set_ex *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(9));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->oid));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
	pv_put_u32(b + 24, (uint32_t)(in->dev_vc_handle));
}

static enum pv_codec_err rndis_set_ex_chk(const struct rndis_set_ex *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

enum pv_codec_err rndis_set_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set_ex *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	return rndis_set_ex_rd(buf, len, ctx, out);
}

static int rndis_set_ex_enc(const struct rndis_set_ex *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = rndis_set_ex_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_set_ex_wr(in, b);
	return (int)need;
}

int rndis_set_ex_encode(const struct rndis_set_ex *in, void *buf, size_t cap)
{
	return rndis_set_ex_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_set_ex_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_set_ex_complete *o)
{
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 0x80000009U)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(24)))	/* msg_len <= _len && msg_len >= 24 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(16) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 16 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_set_ex_complete_wr(const struct rndis_set_ex_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(0x80000009U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
}

static enum pv_codec_err rndis_set_ex_complete_chk(const struct rndis_set_ex_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(16) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 16 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

enum pv_codec_err rndis_set_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set_ex_complete *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	return rndis_set_ex_complete_rd(buf, len, ctx, out);
}

static int rndis_set_ex_complete_enc(const struct rndis_set_ex_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;

	err = rndis_set_ex_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_set_ex_complete_wr(in, b);
	return (int)need;
}

int rndis_set_ex_complete_encode(const struct rndis_set_ex_complete *in, void *buf, size_t cap)
{
	return rndis_set_ex_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_packet_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_packet *o)
{
	size_t tail_end = 44;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 1)
		return PV_ERR_CONST;
	o->msg_len = pv_get_u32(b + 4);
	o->data_offset = pv_get_u32(b + 8);
	o->data_len = pv_get_u32(b + 12);
	o->oob_data_offset = pv_get_u32(b + 16);
	o->oob_data_len = pv_get_u32(b + 20);
	o->num_oob_data_elements = pv_get_u32(b + 24);
	o->per_pkt_info_offset = pv_get_u32(b + 28);
	o->per_pkt_info_len = pv_get_u32(b + 32);
	o->vc_handle = pv_get_u32(b + 36);
	o->reserved = pv_get_u32(b + 40);
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(44)))	/* msg_len <= _len && msg_len >= 44 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->data_len > UINT64_C(0) && (uint64_t)o->data_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->data_offset + (uint64_t)o->data_len <= (uint64_t)o->msg_len))	/* data_len > 0 && data_offset >= 36 && 8 + data_offset + data_len <= msg_len */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->per_pkt_info_len == UINT64_C(0) || ( (uint64_t)o->per_pkt_info_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->per_pkt_info_offset + (uint64_t)o->per_pkt_info_len <= (uint64_t)o->msg_len )))	/* per_pkt_info_len == 0 || (per_pkt_info_offset >= 36 && 8 + per_pkt_info_offset + per_pkt_info_len <= msg_len) */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->oob_data_len == UINT64_C(0) || ( (uint64_t)o->oob_data_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->oob_data_offset + (uint64_t)o->oob_data_len <= (uint64_t)o->msg_len )))	/* oob_data_len == 0 || (oob_data_offset >= 36 && 8 + oob_data_offset + oob_data_len <= msg_len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_packet_wr(const struct rndis_packet *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(1));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->data_offset));
	pv_put_u32(b + 12, (uint32_t)(in->data_len));
	pv_put_u32(b + 16, (uint32_t)(in->oob_data_offset));
	pv_put_u32(b + 20, (uint32_t)(in->oob_data_len));
	pv_put_u32(b + 24, (uint32_t)(in->num_oob_data_elements));
	pv_put_u32(b + 28, (uint32_t)(in->per_pkt_info_offset));
	pv_put_u32(b + 32, (uint32_t)(in->per_pkt_info_len));
	pv_put_u32(b + 36, (uint32_t)(in->vc_handle));
	pv_put_u32(b + 40, (uint32_t)(in->reserved));
}

static enum pv_codec_err rndis_packet_chk(const struct rndis_packet *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!((uint64_t)o->data_len > UINT64_C(0) && (uint64_t)o->data_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->data_offset + (uint64_t)o->data_len <= (uint64_t)o->msg_len))	/* data_len > 0 && data_offset >= 36 && 8 + data_offset + data_len <= msg_len */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->per_pkt_info_len == UINT64_C(0) || ( (uint64_t)o->per_pkt_info_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->per_pkt_info_offset + (uint64_t)o->per_pkt_info_len <= (uint64_t)o->msg_len )))	/* per_pkt_info_len == 0 || (per_pkt_info_offset >= 36 && 8 + per_pkt_info_offset + per_pkt_info_len <= msg_len) */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->oob_data_len == UINT64_C(0) || ( (uint64_t)o->oob_data_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->oob_data_offset + (uint64_t)o->oob_data_len <= (uint64_t)o->msg_len )))	/* oob_data_len == 0 || (oob_data_offset >= 36 && 8 + oob_data_offset + oob_data_len <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

enum pv_codec_err rndis_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_packet *out)
{
	if (len < 44)
		return PV_ERR_SHORT;
	return rndis_packet_rd(buf, len, ctx, out);
}

static int rndis_packet_enc(const struct rndis_packet *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 44;

	err = rndis_packet_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_packet_wr(in, b);
	return (int)need;
}

int rndis_packet_encode(const struct rndis_packet *in, void *buf, size_t cap)
{
	return rndis_packet_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_ppi_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_ppi *o)
{
	uint64_t v;
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->size = pv_get_u32(b + 0);
	v = pv_get_u32(b + 4);
	o->type = v;
	o->ppi_type = (uint32_t)((v >> 0) & 0x7fffffff);
	o->internal = (uint8_t)((v >> 31) & 1);
	o->ppi_offset = pv_get_u32(b + 8);
	if (!((uint64_t)o->size >= UINT64_C(12) && (uint64_t)o->size <= (uint64_t)len && (uint64_t)o->ppi_offset >= UINT64_C(12) && (uint64_t)o->ppi_offset <= (uint64_t)o->size))	/* size >= 12 && size <= _len && ppi_offset >= 12 && ppi_offset <= size */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_ppi_wr(const struct rndis_ppi *in, uint8_t *b)
{
	uint64_t v;

	pv_put_u32(b + 0, (uint32_t)(in->size));
	v = (uint64_t)in->type
	    | ((uint64_t)(in->ppi_type & 0x7fffffff) << 0)
	    | ((uint64_t)(in->internal & 1) << 31);
	pv_put_u32(b + 4, (uint32_t)(v));
	pv_put_u32(b + 8, (uint32_t)(in->ppi_offset));
}

static enum pv_codec_err rndis_ppi_chk(const struct rndis_ppi *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->ppi_type > 0x7fffffff)
		return PV_ERR_RANGE;
	if (o->internal > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_ppi_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ppi *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return rndis_ppi_rd(buf, len, ctx, out);
}

static int rndis_ppi_enc(const struct rndis_ppi *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = rndis_ppi_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_ppi_wr(in, b);
	return (int)need;
}

int rndis_ppi_encode(const struct rndis_ppi *in, void *buf, size_t cap)
{
	return rndis_ppi_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_csum_tx_info_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_csum_tx_info *o)
{
	uint64_t v;
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	v = pv_get_u32(b + 0);
	o->value = v;
	o->is_ipv4 = (uint8_t)((v >> 0) & 1);
	o->is_ipv6 = (uint8_t)((v >> 1) & 1);
	o->tcp_checksum = (uint8_t)((v >> 2) & 1);
	o->udp_checksum = (uint8_t)((v >> 3) & 1);
	o->ip_header_checksum = (uint8_t)((v >> 4) & 1);
	o->tcp_header_offset = (uint16_t)((v >> 16) & 0x3ff);
	(void)tail_end;
	return PV_OK;
}

static void rndis_csum_tx_info_wr(const struct rndis_csum_tx_info *in, uint8_t *b)
{
	uint64_t v;

	v = (uint64_t)in->value
	    | ((uint64_t)(in->is_ipv4 & 1) << 0)
	    | ((uint64_t)(in->is_ipv6 & 1) << 1)
	    | ((uint64_t)(in->tcp_checksum & 1) << 2)
	    | ((uint64_t)(in->udp_checksum & 1) << 3)
	    | ((uint64_t)(in->ip_header_checksum & 1) << 4)
	    | ((uint64_t)(in->tcp_header_offset & 0x3ff) << 16);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static enum pv_codec_err rndis_csum_tx_info_chk(const struct rndis_csum_tx_info *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->is_ipv4 > 1)
		return PV_ERR_RANGE;
	if (o->is_ipv6 > 1)
		return PV_ERR_RANGE;
	if (o->tcp_checksum > 1)
		return PV_ERR_RANGE;
	if (o->udp_checksum > 1)
		return PV_ERR_RANGE;
	if (o->ip_header_checksum > 1)
		return PV_ERR_RANGE;
	if (o->tcp_header_offset > 0x3ff)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_csum_tx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_csum_tx_info *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return rndis_csum_tx_info_rd(buf, len, ctx, out);
}

static int rndis_csum_tx_info_enc(const struct rndis_csum_tx_info *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = rndis_csum_tx_info_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_csum_tx_info_wr(in, b);
	return (int)need;
}

int rndis_csum_tx_info_encode(const struct rndis_csum_tx_info *in, void *buf, size_t cap)
{
	return rndis_csum_tx_info_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_csum_rx_info_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_csum_rx_info *o)
{
	uint64_t v;
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	v = pv_get_u32(b + 0);
	o->value = v;
	o->tcp_checksum_failed = (uint8_t)((v >> 0) & 1);
	o->udp_checksum_failed = (uint8_t)((v >> 1) & 1);
	o->ip_checksum_failed = (uint8_t)((v >> 2) & 1);
	o->tcp_checksum_succeeded = (uint8_t)((v >> 3) & 1);
	o->udp_checksum_succeeded = (uint8_t)((v >> 4) & 1);
	o->ip_checksum_succeeded = (uint8_t)((v >> 5) & 1);
	o->loopback = (uint8_t)((v >> 6) & 1);
	o->tcp_checksum_value_invalid = (uint8_t)((v >> 7) & 1);
	o->ip_checksum_value_invalid = (uint8_t)((v >> 8) & 1);
	(void)tail_end;
	return PV_OK;
}

static void rndis_csum_rx_info_wr(const struct rndis_csum_rx_info *in, uint8_t *b)
{
	uint64_t v;

	v = (uint64_t)in->value
	    | ((uint64_t)(in->tcp_checksum_failed & 1) << 0)
	    | ((uint64_t)(in->udp_checksum_failed & 1) << 1)
	    | ((uint64_t)(in->ip_checksum_failed & 1) << 2)
	    | ((uint64_t)(in->tcp_checksum_succeeded & 1) << 3)
	    | ((uint64_t)(in->udp_checksum_succeeded & 1) << 4)
	    | ((uint64_t)(in->ip_checksum_succeeded & 1) << 5)
	    | ((uint64_t)(in->loopback & 1) << 6)
	    | ((uint64_t)(in->tcp_checksum_value_invalid & 1) << 7)
	    | ((uint64_t)(in->ip_checksum_value_invalid & 1) << 8);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static enum pv_codec_err rndis_csum_rx_info_chk(const struct rndis_csum_rx_info *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->tcp_checksum_failed > 1)
		return PV_ERR_RANGE;
	if (o->udp_checksum_failed > 1)
		return PV_ERR_RANGE;
	if (o->ip_checksum_failed > 1)
		return PV_ERR_RANGE;
	if (o->tcp_checksum_succeeded > 1)
		return PV_ERR_RANGE;
	if (o->udp_checksum_succeeded > 1)
		return PV_ERR_RANGE;
	if (o->ip_checksum_succeeded > 1)
		return PV_ERR_RANGE;
	if (o->loopback > 1)
		return PV_ERR_RANGE;
	if (o->tcp_checksum_value_invalid > 1)
		return PV_ERR_RANGE;
	if (o->ip_checksum_value_invalid > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_csum_rx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_csum_rx_info *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return rndis_csum_rx_info_rd(buf, len, ctx, out);
}

static int rndis_csum_rx_info_enc(const struct rndis_csum_rx_info *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = rndis_csum_rx_info_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_csum_rx_info_wr(in, b);
	return (int)need;
}

int rndis_csum_rx_info_encode(const struct rndis_csum_rx_info *in, void *buf, size_t cap)
{
	return rndis_csum_rx_info_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_lso_info_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_lso_info *o)
{
	uint64_t v;
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	v = pv_get_u32(b + 0);
	o->value = v;
	o->mss = (uint32_t)((v >> 0) & 0xfffff);
	o->tcp_header_offset = (uint16_t)((v >> 20) & 0x3ff);
	o->type = (uint8_t)((v >> 30) & 1);
	o->ip_version = (uint8_t)((v >> 31) & 1);
	(void)tail_end;
	return PV_OK;
}

static void rndis_lso_info_wr(const struct rndis_lso_info *in, uint8_t *b)
{
	uint64_t v;

	v = (uint64_t)in->value
	    | ((uint64_t)(in->mss & 0xfffff) << 0)
	    | ((uint64_t)(in->tcp_header_offset & 0x3ff) << 20)
	    | ((uint64_t)(in->type & 1) << 30)
	    | ((uint64_t)(in->ip_version & 1) << 31);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static enum pv_codec_err rndis_lso_info_chk(const struct rndis_lso_info *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->mss > 0xfffff)
		return PV_ERR_RANGE;
	if (o->tcp_header_offset > 0x3ff)
		return PV_ERR_RANGE;
	if (o->type > 1)
		return PV_ERR_RANGE;
	if (o->ip_version > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_lso_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_lso_info *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return rndis_lso_info_rd(buf, len, ctx, out);
}

static int rndis_lso_info_enc(const struct rndis_lso_info *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = rndis_lso_info_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_lso_info_wr(in, b);
	return (int)need;
}

int rndis_lso_info_encode(const struct rndis_lso_info *in, void *buf, size_t cap)
{
	return rndis_lso_info_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_vlan_info_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_vlan_info *o)
{
	uint64_t v;
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	v = pv_get_u32(b + 0);
	o->value = v;
	o->pri = (uint8_t)((v >> 0) & 7);
	o->cfi = (uint8_t)((v >> 3) & 1);
	o->vlanid = (uint16_t)((v >> 4) & 0xfff);
	(void)tail_end;
	return PV_OK;
}

static void rndis_vlan_info_wr(const struct rndis_vlan_info *in, uint8_t *b)
{
	uint64_t v;

	v = (uint64_t)in->value
	    | ((uint64_t)(in->pri & 7) << 0)
	    | ((uint64_t)(in->cfi & 1) << 3)
	    | ((uint64_t)(in->vlanid & 0xfff) << 4);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static enum pv_codec_err rndis_vlan_info_chk(const struct rndis_vlan_info *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->pri > 7)
		return PV_ERR_RANGE;
	if (o->cfi > 1)
		return PV_ERR_RANGE;
	if (o->vlanid > 0xfff)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_vlan_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_vlan_info *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return rndis_vlan_info_rd(buf, len, ctx, out);
}

static int rndis_vlan_info_enc(const struct rndis_vlan_info *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = rndis_vlan_info_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_vlan_info_wr(in, b);
	return (int)need;
}

int rndis_vlan_info_encode(const struct rndis_vlan_info *in, void *buf, size_t cap)
{
	return rndis_vlan_info_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_hash_value_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_hash_value *o)
{
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->hash = pv_get_u32(b + 0);
	(void)tail_end;
	return PV_OK;
}

static void rndis_hash_value_wr(const struct rndis_hash_value *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->hash));
}

static enum pv_codec_err rndis_hash_value_chk(const struct rndis_hash_value *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_hash_value_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_hash_value *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return rndis_hash_value_rd(buf, len, ctx, out);
}

static int rndis_hash_value_enc(const struct rndis_hash_value *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = rndis_hash_value_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_hash_value_wr(in, b);
	return (int)need;
}

int rndis_hash_value_encode(const struct rndis_hash_value *in, void *buf, size_t cap)
{
	return rndis_hash_value_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_pktinfo_id_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_pktinfo_id *o)
{
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->ver = pv_get_u8(b + 0);
	o->flag = pv_get_u8(b + 1);
	o->pkt_id = pv_get_u16(b + 2);
	(void)tail_end;
	return PV_OK;
}

static void rndis_pktinfo_id_wr(const struct rndis_pktinfo_id *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(in->ver));
	pv_put_u8(b + 1, (uint8_t)(in->flag));
	pv_put_u16(b + 2, (uint16_t)(in->pkt_id));
}

static enum pv_codec_err rndis_pktinfo_id_chk(const struct rndis_pktinfo_id *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_pktinfo_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_pktinfo_id *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return rndis_pktinfo_id_rd(buf, len, ctx, out);
}

static int rndis_pktinfo_id_enc(const struct rndis_pktinfo_id *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = rndis_pktinfo_id_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_pktinfo_id_wr(in, b);
	return (int)need;
}

int rndis_pktinfo_id_encode(const struct rndis_pktinfo_id *in, void *buf, size_t cap)
{
	return rndis_pktinfo_id_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_ndis_object_header_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_ndis_object_header *o)
{
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->type = pv_get_u8(b + 0);
	o->revision = pv_get_u8(b + 1);
	o->size = pv_get_u16(b + 2);
	(void)tail_end;
	return PV_OK;
}

static void rndis_ndis_object_header_wr(const struct rndis_ndis_object_header *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(in->type));
	pv_put_u8(b + 1, (uint8_t)(in->revision));
	pv_put_u16(b + 2, (uint16_t)(in->size));
}

static enum pv_codec_err rndis_ndis_object_header_chk(const struct rndis_ndis_object_header *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_ndis_object_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ndis_object_header *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return rndis_ndis_object_header_rd(buf, len, ctx, out);
}

static int rndis_ndis_object_header_enc(const struct rndis_ndis_object_header *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = rndis_ndis_object_header_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_ndis_object_header_wr(in, b);
	return (int)need;
}

int rndis_ndis_object_header_encode(const struct rndis_ndis_object_header *in, void *buf, size_t cap)
{
	return rndis_ndis_object_header_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_csum_offload_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_csum_offload *o)
{
	size_t tail_end = 32;

	(void)len;
	(void)ctx;
	o->ip4_txenc = pv_get_u32(b + 0);
	o->ip4_txcsum = pv_get_u32(b + 4);
	o->ip4_rxenc = pv_get_u32(b + 8);
	o->ip4_rxcsum = pv_get_u32(b + 12);
	o->ip6_txenc = pv_get_u32(b + 16);
	o->ip6_txcsum = pv_get_u32(b + 20);
	o->ip6_rxenc = pv_get_u32(b + 24);
	o->ip6_rxcsum = pv_get_u32(b + 28);
	(void)tail_end;
	return PV_OK;
}

static void rndis_csum_offload_wr(const struct rndis_csum_offload *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->ip4_txenc));
	pv_put_u32(b + 4, (uint32_t)(in->ip4_txcsum));
	pv_put_u32(b + 8, (uint32_t)(in->ip4_rxenc));
	pv_put_u32(b + 12, (uint32_t)(in->ip4_rxcsum));
	pv_put_u32(b + 16, (uint32_t)(in->ip6_txenc));
	pv_put_u32(b + 20, (uint32_t)(in->ip6_txcsum));
	pv_put_u32(b + 24, (uint32_t)(in->ip6_rxenc));
	pv_put_u32(b + 28, (uint32_t)(in->ip6_rxcsum));
}

static enum pv_codec_err rndis_csum_offload_chk(const struct rndis_csum_offload *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_csum_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_csum_offload *out)
{
	if (len < 32)
		return PV_ERR_SHORT;
	if (len > 32)
		return PV_ERR_LONG;
	return rndis_csum_offload_rd(buf, len, ctx, out);
}

static int rndis_csum_offload_enc(const struct rndis_csum_offload *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 32;

	err = rndis_csum_offload_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_csum_offload_wr(in, b);
	return (int)need;
}

int rndis_csum_offload_encode(const struct rndis_csum_offload *in, void *buf, size_t cap)
{
	return rndis_csum_offload_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_lsov1_offload_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_lsov1_offload *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->encap = pv_get_u32(b + 0);
	o->maxsize = pv_get_u32(b + 4);
	o->minsegs = pv_get_u32(b + 8);
	o->opts = pv_get_u32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void rndis_lsov1_offload_wr(const struct rndis_lsov1_offload *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->encap));
	pv_put_u32(b + 4, (uint32_t)(in->maxsize));
	pv_put_u32(b + 8, (uint32_t)(in->minsegs));
	pv_put_u32(b + 12, (uint32_t)(in->opts));
}

static enum pv_codec_err rndis_lsov1_offload_chk(const struct rndis_lsov1_offload *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_lsov1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_lsov1_offload *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return rndis_lsov1_offload_rd(buf, len, ctx, out);
}

static int rndis_lsov1_offload_enc(const struct rndis_lsov1_offload *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = rndis_lsov1_offload_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_lsov1_offload_wr(in, b);
	return (int)need;
}

int rndis_lsov1_offload_encode(const struct rndis_lsov1_offload *in, void *buf, size_t cap)
{
	return rndis_lsov1_offload_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_ipsecv1_offload_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_ipsecv1_offload *o)
{
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	o->encap = pv_get_u32(b + 0);
	o->ah_esp = pv_get_u32(b + 4);
	o->xport_tun = pv_get_u32(b + 8);
	o->ip4_opts = pv_get_u32(b + 12);
	o->flags = pv_get_u32(b + 16);
	o->ip4_ah = pv_get_u32(b + 20);
	o->ip4_esp = pv_get_u32(b + 24);
	(void)tail_end;
	return PV_OK;
}

static void rndis_ipsecv1_offload_wr(const struct rndis_ipsecv1_offload *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->encap));
	pv_put_u32(b + 4, (uint32_t)(in->ah_esp));
	pv_put_u32(b + 8, (uint32_t)(in->xport_tun));
	pv_put_u32(b + 12, (uint32_t)(in->ip4_opts));
	pv_put_u32(b + 16, (uint32_t)(in->flags));
	pv_put_u32(b + 20, (uint32_t)(in->ip4_ah));
	pv_put_u32(b + 24, (uint32_t)(in->ip4_esp));
}

static enum pv_codec_err rndis_ipsecv1_offload_chk(const struct rndis_ipsecv1_offload *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_ipsecv1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ipsecv1_offload *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	if (len > 28)
		return PV_ERR_LONG;
	return rndis_ipsecv1_offload_rd(buf, len, ctx, out);
}

static int rndis_ipsecv1_offload_enc(const struct rndis_ipsecv1_offload *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = rndis_ipsecv1_offload_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_ipsecv1_offload_wr(in, b);
	return (int)need;
}

int rndis_ipsecv1_offload_encode(const struct rndis_ipsecv1_offload *in, void *buf, size_t cap)
{
	return rndis_ipsecv1_offload_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_lsov2_offload_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_lsov2_offload *o)
{
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	o->ip4_encap = pv_get_u32(b + 0);
	o->ip4_maxsz = pv_get_u32(b + 4);
	o->ip4_minsg = pv_get_u32(b + 8);
	o->ip6_encap = pv_get_u32(b + 12);
	o->ip6_maxsz = pv_get_u32(b + 16);
	o->ip6_minsg = pv_get_u32(b + 20);
	o->ip6_opts = pv_get_u32(b + 24);
	(void)tail_end;
	return PV_OK;
}

static void rndis_lsov2_offload_wr(const struct rndis_lsov2_offload *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->ip4_encap));
	pv_put_u32(b + 4, (uint32_t)(in->ip4_maxsz));
	pv_put_u32(b + 8, (uint32_t)(in->ip4_minsg));
	pv_put_u32(b + 12, (uint32_t)(in->ip6_encap));
	pv_put_u32(b + 16, (uint32_t)(in->ip6_maxsz));
	pv_put_u32(b + 20, (uint32_t)(in->ip6_minsg));
	pv_put_u32(b + 24, (uint32_t)(in->ip6_opts));
}

static enum pv_codec_err rndis_lsov2_offload_chk(const struct rndis_lsov2_offload *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_lsov2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_lsov2_offload *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	if (len > 28)
		return PV_ERR_LONG;
	return rndis_lsov2_offload_rd(buf, len, ctx, out);
}

static int rndis_lsov2_offload_enc(const struct rndis_lsov2_offload *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = rndis_lsov2_offload_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_lsov2_offload_wr(in, b);
	return (int)need;
}

int rndis_lsov2_offload_encode(const struct rndis_lsov2_offload *in, void *buf, size_t cap)
{
	return rndis_lsov2_offload_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_ipsecv2_offload_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_ipsecv2_offload *o)
{
	size_t tail_end = 32;

	(void)len;
	(void)ctx;
	o->encap = pv_get_u32(b + 0);
	o->ip6 = pv_get_u8(b + 4);
	o->ip4opt = pv_get_u8(b + 5);
	o->ip6ext = pv_get_u8(b + 6);
	o->ah = pv_get_u8(b + 7);
	o->esp = pv_get_u8(b + 8);
	o->ah_esp = pv_get_u8(b + 9);
	o->xport = pv_get_u8(b + 10);
	o->tun = pv_get_u8(b + 11);
	o->xport_tun = pv_get_u8(b + 12);
	o->lso = pv_get_u8(b + 13);
	o->extseq = pv_get_u8(b + 14);
	o->pad15 = pv_get_u8(b + 15);
	o->udp_esp = pv_get_u32(b + 16);
	o->auth = pv_get_u32(b + 20);
	o->crypto = pv_get_u32(b + 24);
	o->sa_caps = pv_get_u32(b + 28);
	(void)tail_end;
	return PV_OK;
}

static void rndis_ipsecv2_offload_wr(const struct rndis_ipsecv2_offload *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->encap));
	pv_put_u8(b + 4, (uint8_t)(in->ip6));
	pv_put_u8(b + 5, (uint8_t)(in->ip4opt));
	pv_put_u8(b + 6, (uint8_t)(in->ip6ext));
	pv_put_u8(b + 7, (uint8_t)(in->ah));
	pv_put_u8(b + 8, (uint8_t)(in->esp));
	pv_put_u8(b + 9, (uint8_t)(in->ah_esp));
	pv_put_u8(b + 10, (uint8_t)(in->xport));
	pv_put_u8(b + 11, (uint8_t)(in->tun));
	pv_put_u8(b + 12, (uint8_t)(in->xport_tun));
	pv_put_u8(b + 13, (uint8_t)(in->lso));
	pv_put_u8(b + 14, (uint8_t)(in->extseq));
	pv_put_u8(b + 15, (uint8_t)(in->pad15));
	pv_put_u32(b + 16, (uint32_t)(in->udp_esp));
	pv_put_u32(b + 20, (uint32_t)(in->auth));
	pv_put_u32(b + 24, (uint32_t)(in->crypto));
	pv_put_u32(b + 28, (uint32_t)(in->sa_caps));
}

static enum pv_codec_err rndis_ipsecv2_offload_chk(const struct rndis_ipsecv2_offload *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err rndis_ipsecv2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ipsecv2_offload *out)
{
	if (len < 32)
		return PV_ERR_SHORT;
	if (len > 32)
		return PV_ERR_LONG;
	return rndis_ipsecv2_offload_rd(buf, len, ctx, out);
}

static int rndis_ipsecv2_offload_enc(const struct rndis_ipsecv2_offload *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 32;

	err = rndis_ipsecv2_offload_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_ipsecv2_offload_wr(in, b);
	return (int)need;
}

int rndis_ipsecv2_offload_encode(const struct rndis_ipsecv2_offload *in, void *buf, size_t cap)
{
	return rndis_ipsecv2_offload_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_ndis_offload_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_ndis_offload *o)
{
	enum pv_codec_err err;
	size_t tail_end = 156;

	(void)len;
	(void)ctx;
	err = rndis_ndis_object_header_rd(b + 0, 4, ctx, &o->header);
	if (err != PV_OK)
		return err;
	err = rndis_csum_offload_rd(b + 4, 32, ctx, &o->csum);
	if (err != PV_OK)
		return err;
	err = rndis_lsov1_offload_rd(b + 36, 16, ctx, &o->lsov1);
	if (err != PV_OK)
		return err;
	err = rndis_ipsecv1_offload_rd(b + 52, 28, ctx, &o->ipsecv1);
	if (err != PV_OK)
		return err;
	err = rndis_lsov2_offload_rd(b + 80, 28, ctx, &o->lsov2);
	if (err != PV_OK)
		return err;
	o->flags = pv_get_u32(b + 108);
	err = rndis_ipsecv2_offload_rd(b + 112, 32, ctx, &o->ipsecv2);
	if (err != PV_OK)
		return err;
	o->rsc_ip4 = pv_get_u8(b + 144);
	o->rsc_ip6 = pv_get_u8(b + 145);
	o->pad146 = pv_get_u16(b + 146);
	o->encap_gre_flags = pv_get_u32(b + 148);
	o->encap_gre_maxhdr = pv_get_u32(b + 152);
	if (!((uint64_t)o->header.type == UINT64_C(167)))	/* header.type == 167 */
		return PV_ERR_CONST;
	(void)tail_end;
	return PV_OK;
}

static void rndis_ndis_offload_wr(const struct rndis_ndis_offload *in, uint8_t *b)
{
	rndis_ndis_object_header_wr(&in->header, b + 0);
	rndis_csum_offload_wr(&in->csum, b + 4);
	rndis_lsov1_offload_wr(&in->lsov1, b + 36);
	rndis_ipsecv1_offload_wr(&in->ipsecv1, b + 52);
	rndis_lsov2_offload_wr(&in->lsov2, b + 80);
	pv_put_u32(b + 108, (uint32_t)(in->flags));
	rndis_ipsecv2_offload_wr(&in->ipsecv2, b + 112);
	pv_put_u8(b + 144, (uint8_t)(in->rsc_ip4));
	pv_put_u8(b + 145, (uint8_t)(in->rsc_ip6));
	pv_put_u16(b + 146, (uint16_t)(in->pad146));
	pv_put_u32(b + 148, (uint32_t)(in->encap_gre_flags));
	pv_put_u32(b + 152, (uint32_t)(in->encap_gre_maxhdr));
}

static enum pv_codec_err rndis_ndis_offload_chk(const struct rndis_ndis_offload *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = rndis_ndis_object_header_chk(&o->header, 4, ctx, false);
	if (err != PV_OK)
		return err;
	err = rndis_csum_offload_chk(&o->csum, 32, ctx, false);
	if (err != PV_OK)
		return err;
	err = rndis_lsov1_offload_chk(&o->lsov1, 16, ctx, false);
	if (err != PV_OK)
		return err;
	err = rndis_ipsecv1_offload_chk(&o->ipsecv1, 28, ctx, false);
	if (err != PV_OK)
		return err;
	err = rndis_lsov2_offload_chk(&o->lsov2, 28, ctx, false);
	if (err != PV_OK)
		return err;
	err = rndis_ipsecv2_offload_chk(&o->ipsecv2, 32, ctx, false);
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->header.type == UINT64_C(167)))	/* header.type == 167 */
		return PV_ERR_CONST;
	return PV_OK;
}

enum pv_codec_err rndis_ndis_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ndis_offload *out)
{
	if (len < 156)
		return PV_ERR_SHORT;
	if (len > 156)
		return PV_ERR_LONG;
	return rndis_ndis_offload_rd(buf, len, ctx, out);
}

static int rndis_ndis_offload_enc(const struct rndis_ndis_offload *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 156;

	err = rndis_ndis_offload_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_ndis_offload_wr(in, b);
	return (int)need;
}

int rndis_ndis_offload_encode(const struct rndis_ndis_offload *in, void *buf, size_t cap)
{
	return rndis_ndis_offload_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_offload_params_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_offload_params *o)
{
	enum pv_codec_err err;
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	err = rndis_ndis_object_header_rd(b + 0, 4, ctx, &o->header);
	if (err != PV_OK)
		return err;
	o->ip_v4_csum = pv_get_u8(b + 4);
	if (!rndis_offload_param_csum_valid((int64_t)o->ip_v4_csum))
		return PV_ERR_ENUM;
	o->tcp_ip_v4_csum = pv_get_u8(b + 5);
	if (!rndis_offload_param_csum_valid((int64_t)o->tcp_ip_v4_csum))
		return PV_ERR_ENUM;
	o->udp_ip_v4_csum = pv_get_u8(b + 6);
	if (!rndis_offload_param_csum_valid((int64_t)o->udp_ip_v4_csum))
		return PV_ERR_ENUM;
	o->tcp_ip_v6_csum = pv_get_u8(b + 7);
	if (!rndis_offload_param_csum_valid((int64_t)o->tcp_ip_v6_csum))
		return PV_ERR_ENUM;
	o->udp_ip_v6_csum = pv_get_u8(b + 8);
	if (!rndis_offload_param_csum_valid((int64_t)o->udp_ip_v6_csum))
		return PV_ERR_ENUM;
	o->lso_v1 = pv_get_u8(b + 9);
	if (!rndis_offload_param_simple_valid((int64_t)o->lso_v1))
		return PV_ERR_ENUM;
	o->ip_sec_v1 = pv_get_u8(b + 10);
	o->lso_v2_ipv4 = pv_get_u8(b + 11);
	if (!rndis_offload_param_simple_valid((int64_t)o->lso_v2_ipv4))
		return PV_ERR_ENUM;
	o->lso_v2_ipv6 = pv_get_u8(b + 12);
	if (!rndis_offload_param_simple_valid((int64_t)o->lso_v2_ipv6))
		return PV_ERR_ENUM;
	o->tcp_connection_ipv4 = pv_get_u8(b + 13);
	o->tcp_connection_ipv6 = pv_get_u8(b + 14);
	o->reserved15 = pv_get_u8(b + 15);
	o->flags = pv_get_u32(b + 16);
	o->ip_sec_v2 = pv_get_u8(b + 20);
	o->ip_sec_v2_ipv4 = pv_get_u8(b + 21);
	o->rsc_ipv4 = pv_get_u8(b + 22);
	if (!rndis_offload_param_simple_valid((int64_t)o->rsc_ipv4))
		return PV_ERR_ENUM;
	o->rsc_ipv6 = pv_get_u8(b + 23);
	if (!rndis_offload_param_simple_valid((int64_t)o->rsc_ipv6))
		return PV_ERR_ENUM;
	o->encapsulated_packet_task_offload = pv_get_u8(b + 24);
	o->encapsulation_types = pv_get_u8(b + 25);
	o->pad26 = pv_get_u16(b + 26);
	if (!((uint64_t)o->header.type == UINT64_C(128)))	/* header.type == 128 */
		return PV_ERR_CONST;
	(void)tail_end;
	return PV_OK;
}

static void rndis_offload_params_wr(const struct rndis_offload_params *in, uint8_t *b)
{
	rndis_ndis_object_header_wr(&in->header, b + 0);
	pv_put_u8(b + 4, (uint8_t)(in->ip_v4_csum));
	pv_put_u8(b + 5, (uint8_t)(in->tcp_ip_v4_csum));
	pv_put_u8(b + 6, (uint8_t)(in->udp_ip_v4_csum));
	pv_put_u8(b + 7, (uint8_t)(in->tcp_ip_v6_csum));
	pv_put_u8(b + 8, (uint8_t)(in->udp_ip_v6_csum));
	pv_put_u8(b + 9, (uint8_t)(in->lso_v1));
	pv_put_u8(b + 10, (uint8_t)(in->ip_sec_v1));
	pv_put_u8(b + 11, (uint8_t)(in->lso_v2_ipv4));
	pv_put_u8(b + 12, (uint8_t)(in->lso_v2_ipv6));
	pv_put_u8(b + 13, (uint8_t)(in->tcp_connection_ipv4));
	pv_put_u8(b + 14, (uint8_t)(in->tcp_connection_ipv6));
	pv_put_u8(b + 15, (uint8_t)(in->reserved15));
	pv_put_u32(b + 16, (uint32_t)(in->flags));
	pv_put_u8(b + 20, (uint8_t)(in->ip_sec_v2));
	pv_put_u8(b + 21, (uint8_t)(in->ip_sec_v2_ipv4));
	pv_put_u8(b + 22, (uint8_t)(in->rsc_ipv4));
	pv_put_u8(b + 23, (uint8_t)(in->rsc_ipv6));
	pv_put_u8(b + 24, (uint8_t)(in->encapsulated_packet_task_offload));
	pv_put_u8(b + 25, (uint8_t)(in->encapsulation_types));
	pv_put_u16(b + 26, (uint16_t)(in->pad26));
}

static enum pv_codec_err rndis_offload_params_chk(const struct rndis_offload_params *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = rndis_ndis_object_header_chk(&o->header, 4, ctx, false);
	if (err != PV_OK)
		return err;
	if (!rndis_offload_param_csum_valid((int64_t)o->ip_v4_csum))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_csum_valid((int64_t)o->tcp_ip_v4_csum))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_csum_valid((int64_t)o->udp_ip_v4_csum))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_csum_valid((int64_t)o->tcp_ip_v6_csum))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_csum_valid((int64_t)o->udp_ip_v6_csum))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_simple_valid((int64_t)o->lso_v1))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_simple_valid((int64_t)o->lso_v2_ipv4))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_simple_valid((int64_t)o->lso_v2_ipv6))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_simple_valid((int64_t)o->rsc_ipv4))
		return PV_ERR_ENUM;
	if (!rndis_offload_param_simple_valid((int64_t)o->rsc_ipv6))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->header.type == UINT64_C(128)))	/* header.type == 128 */
		return PV_ERR_CONST;
	return PV_OK;
}

enum pv_codec_err rndis_offload_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_offload_params *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	if (len > 28)
		return PV_ERR_LONG;
	return rndis_offload_params_rd(buf, len, ctx, out);
}

static int rndis_offload_params_enc(const struct rndis_offload_params *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = rndis_offload_params_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_offload_params_wr(in, b);
	return (int)need;
}

int rndis_offload_params_encode(const struct rndis_offload_params *in, void *buf, size_t cap)
{
	return rndis_offload_params_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_rss_caps_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_rss_caps *o)
{
	enum pv_codec_err err;
	size_t tail_end = 18;

	(void)len;
	(void)ctx;
	err = rndis_ndis_object_header_rd(b + 0, 4, ctx, &o->header);
	if (err != PV_OK)
		return err;
	o->cap_flag = pv_get_u32(b + 4);
	if (o->cap_flag & ~(uint64_t)0x7f003f00)
		return PV_ERR_FLAGS;
	o->num_int_msg = pv_get_u32(b + 8);
	o->num_recv_que = pv_get_u32(b + 12);
	o->num_indirect_tabent = pv_get_u16(b + 16);
	if (!((uint64_t)o->header.type == UINT64_C(136)))	/* header.type == 136 */
		return PV_ERR_CONST;
	(void)tail_end;
	return PV_OK;
}

static void rndis_rss_caps_wr(const struct rndis_rss_caps *in, uint8_t *b)
{
	rndis_ndis_object_header_wr(&in->header, b + 0);
	pv_put_u32(b + 4, (uint32_t)(in->cap_flag));
	pv_put_u32(b + 8, (uint32_t)(in->num_int_msg));
	pv_put_u32(b + 12, (uint32_t)(in->num_recv_que));
	pv_put_u16(b + 16, (uint16_t)(in->num_indirect_tabent));
}

static enum pv_codec_err rndis_rss_caps_chk(const struct rndis_rss_caps *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = rndis_ndis_object_header_chk(&o->header, 4, ctx, false);
	if (err != PV_OK)
		return err;
	if (o->cap_flag & ~(uint64_t)0x7f003f00)
		return PV_ERR_FLAGS;
	if (!((uint64_t)o->header.type == UINT64_C(136)))	/* header.type == 136 */
		return PV_ERR_CONST;
	return PV_OK;
}

enum pv_codec_err rndis_rss_caps_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_rss_caps *out)
{
	if (len < 18)
		return PV_ERR_SHORT;
	if (len > 18)
		return PV_ERR_LONG;
	return rndis_rss_caps_rd(buf, len, ctx, out);
}

static int rndis_rss_caps_enc(const struct rndis_rss_caps *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 18;

	err = rndis_rss_caps_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_rss_caps_wr(in, b);
	return (int)need;
}

int rndis_rss_caps_encode(const struct rndis_rss_caps *in, void *buf, size_t cap)
{
	return rndis_rss_caps_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_rss_params_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_rss_params *o)
{
	enum pv_codec_err err;
	size_t tail_end = 40;

	(void)len;
	(void)ctx;
	err = rndis_ndis_object_header_rd(b + 0, 4, ctx, &o->header);
	if (err != PV_OK)
		return err;
	o->flag = pv_get_u16(b + 4);
	if (o->flag & ~(uint64_t)63)
		return PV_ERR_FLAGS;
	o->base_cpu_number = pv_get_u16(b + 6);
	o->hashinfo = pv_get_u32(b + 8);
	if (o->hashinfo & ~(uint64_t)0x1ff01)
		return PV_ERR_FLAGS;
	o->indirect_tabsize = pv_get_u16(b + 12);
	o->pad14 = pv_get_u16(b + 14);
	o->indirect_taboffset = pv_get_u32(b + 16);
	o->hashkey_size = pv_get_u16(b + 20);
	o->pad22 = pv_get_u16(b + 22);
	o->hashkey_offset = pv_get_u32(b + 24);
	o->processor_masks_offset = pv_get_u32(b + 28);
	o->num_processor_masks = pv_get_u32(b + 32);
	o->processor_masks_entry_size = pv_get_u32(b + 36);
	if (!((uint64_t)o->header.type == UINT64_C(137)))	/* header.type == 137 */
		return PV_ERR_CONST;
	if (!((uint64_t)o->indirect_tabsize % UINT64_C(4) == UINT64_C(0) && (uint64_t)o->indirect_tabsize <= UINT64_C(512)))	/* indirect_tabsize % 4 == 0 && indirect_tabsize <= 512 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->hashkey_size <= UINT64_C(40)))	/* hashkey_size <= 40 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->indirect_tabsize == UINT64_C(0) || ( (uint64_t)o->indirect_taboffset >= UINT64_C(40) && (uint64_t)o->indirect_taboffset + (uint64_t)o->indirect_tabsize <= (uint64_t)len )))	/* indirect_tabsize == 0 || (indirect_taboffset >= 40 && indirect_taboffset + indirect_tabsize <= _len) */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->hashkey_size == UINT64_C(0) || ( (uint64_t)o->hashkey_offset >= UINT64_C(40) && (uint64_t)o->hashkey_offset + (uint64_t)o->hashkey_size <= (uint64_t)len )))	/* hashkey_size == 0 || (hashkey_offset >= 40 && hashkey_offset + hashkey_size <= _len) */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_rss_params_wr(const struct rndis_rss_params *in, uint8_t *b)
{
	rndis_ndis_object_header_wr(&in->header, b + 0);
	pv_put_u16(b + 4, (uint16_t)(in->flag));
	pv_put_u16(b + 6, (uint16_t)(in->base_cpu_number));
	pv_put_u32(b + 8, (uint32_t)(in->hashinfo));
	pv_put_u16(b + 12, (uint16_t)(in->indirect_tabsize));
	pv_put_u16(b + 14, (uint16_t)(in->pad14));
	pv_put_u32(b + 16, (uint32_t)(in->indirect_taboffset));
	pv_put_u16(b + 20, (uint16_t)(in->hashkey_size));
	pv_put_u16(b + 22, (uint16_t)(in->pad22));
	pv_put_u32(b + 24, (uint32_t)(in->hashkey_offset));
	pv_put_u32(b + 28, (uint32_t)(in->processor_masks_offset));
	pv_put_u32(b + 32, (uint32_t)(in->num_processor_masks));
	pv_put_u32(b + 36, (uint32_t)(in->processor_masks_entry_size));
}

static enum pv_codec_err rndis_rss_params_chk(const struct rndis_rss_params *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = rndis_ndis_object_header_chk(&o->header, 4, ctx, false);
	if (err != PV_OK)
		return err;
	if (o->flag & ~(uint64_t)63)
		return PV_ERR_FLAGS;
	if (o->hashinfo & ~(uint64_t)0x1ff01)
		return PV_ERR_FLAGS;
	if (!((uint64_t)o->header.type == UINT64_C(137)))	/* header.type == 137 */
		return PV_ERR_CONST;
	if (!((uint64_t)o->indirect_tabsize % UINT64_C(4) == UINT64_C(0) && (uint64_t)o->indirect_tabsize <= UINT64_C(512)))	/* indirect_tabsize % 4 == 0 && indirect_tabsize <= 512 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->hashkey_size <= UINT64_C(40)))	/* hashkey_size <= 40 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err rndis_rss_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_rss_params *out)
{
	if (len < 40)
		return PV_ERR_SHORT;
	return rndis_rss_params_rd(buf, len, ctx, out);
}

static int rndis_rss_params_enc(const struct rndis_rss_params *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 40;

	err = rndis_rss_params_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_rss_params_wr(in, b);
	return (int)need;
}

int rndis_rss_params_encode(const struct rndis_rss_params *in, void *buf, size_t cap)
{
	return rndis_rss_params_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_offload_encapsulation_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_offload_encapsulation *o)
{
	enum pv_codec_err err;
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	err = rndis_ndis_object_header_rd(b + 0, 4, ctx, &o->header);
	if (err != PV_OK)
		return err;
	o->ipv4_enabled = pv_get_u32(b + 4);
	o->ipv4_encapsulation_type = pv_get_u32(b + 8);
	o->ipv4_header_size = pv_get_u32(b + 12);
	o->ipv6_enabled = pv_get_u32(b + 16);
	o->ipv6_encapsulation_type = pv_get_u32(b + 20);
	o->ipv6_header_size = pv_get_u32(b + 24);
	(void)tail_end;
	return PV_OK;
}

static void rndis_offload_encapsulation_wr(const struct rndis_offload_encapsulation *in, uint8_t *b)
{
	rndis_ndis_object_header_wr(&in->header, b + 0);
	pv_put_u32(b + 4, (uint32_t)(in->ipv4_enabled));
	pv_put_u32(b + 8, (uint32_t)(in->ipv4_encapsulation_type));
	pv_put_u32(b + 12, (uint32_t)(in->ipv4_header_size));
	pv_put_u32(b + 16, (uint32_t)(in->ipv6_enabled));
	pv_put_u32(b + 20, (uint32_t)(in->ipv6_encapsulation_type));
	pv_put_u32(b + 24, (uint32_t)(in->ipv6_header_size));
}

static enum pv_codec_err rndis_offload_encapsulation_chk(const struct rndis_offload_encapsulation *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = rndis_ndis_object_header_chk(&o->header, 4, ctx, false);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err rndis_offload_encapsulation_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_offload_encapsulation *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	if (len > 28)
		return PV_ERR_LONG;
	return rndis_offload_encapsulation_rd(buf, len, ctx, out);
}

static int rndis_offload_encapsulation_enc(const struct rndis_offload_encapsulation *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = rndis_offload_encapsulation_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_offload_encapsulation_wr(in, b);
	return (int)need;
}

int rndis_offload_encapsulation_encode(const struct rndis_offload_encapsulation *in, void *buf, size_t cap)
{
	return rndis_offload_encapsulation_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err rndis_config_parameter_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct rndis_config_parameter *o)
{
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	o->name_offset = pv_get_u32(b + 0);
	o->name_length = pv_get_u32(b + 4);
	o->parameter_type = pv_get_u32(b + 8);
	if (!rndis_config_param_type_valid((int64_t)o->parameter_type))
		return PV_ERR_ENUM;
	o->value_offset = pv_get_u32(b + 12);
	o->value_length = pv_get_u32(b + 16);
	if (!((uint64_t)o->name_offset >= UINT64_C(20) && (uint64_t)o->name_offset + (uint64_t)o->name_length <= (uint64_t)len))	/* name_offset >= 20 && name_offset + name_length <= _len */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->value_offset >= UINT64_C(20) && (uint64_t)o->value_offset + (uint64_t)o->value_length <= (uint64_t)len))	/* value_offset >= 20 && value_offset + value_length <= _len */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void rndis_config_parameter_wr(const struct rndis_config_parameter *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->name_offset));
	pv_put_u32(b + 4, (uint32_t)(in->name_length));
	pv_put_u32(b + 8, (uint32_t)(in->parameter_type));
	pv_put_u32(b + 12, (uint32_t)(in->value_offset));
	pv_put_u32(b + 16, (uint32_t)(in->value_length));
}

static enum pv_codec_err rndis_config_parameter_chk(const struct rndis_config_parameter *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!rndis_config_param_type_valid((int64_t)o->parameter_type))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err rndis_config_parameter_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_config_parameter *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	return rndis_config_parameter_rd(buf, len, ctx, out);
}

static int rndis_config_parameter_enc(const struct rndis_config_parameter *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = rndis_config_parameter_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	rndis_config_parameter_wr(in, b);
	return (int)need;
}

int rndis_config_parameter_encode(const struct rndis_config_parameter *in, void *buf, size_t cap)
{
	return rndis_config_parameter_enc(in, NULL, false, buf, cap);
}

const struct pv_msg_desc rndis_msg_table[] = {
	{1, "PACKET", 44, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH},
	{2, "INIT", 24, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST},
	{3, "HALT", 12, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST},
	{4, "QUERY", 28, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST},
	{5, "SET", 28, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST},
	{6, "RESET", 12, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST},
	{7, "INDICATE", 20, UINT32_MAX, 0, 0, 0, PV_DIR_TO_GUEST},
	{8, "KEEPALIVE", 12, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST},
	{9, "SET_EX", 28, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST},
	{0x80000002U, "INIT_C", 52, 52, 0, 0, 0, PV_DIR_TO_GUEST},
	{0x80000004U, "QUERY_C", 24, UINT32_MAX, 0, 0, 0, PV_DIR_TO_GUEST},
	{0x80000005U, "SET_C", 16, 16, 0, 0, 0, PV_DIR_TO_GUEST},
	{0x80000006U, "RESET_C", 16, 16, 0, 0, 0, PV_DIR_TO_GUEST},
	{0x80000008U, "KEEPALIVE_C", 16, 16, 0, 0, 0, PV_DIR_TO_GUEST},
	{0x80000009U, "SET_EX_C", 24, UINT32_MAX, 0, 0, 0, PV_DIR_TO_GUEST},
};

const size_t rndis_msg_table_count = sizeof(rndis_msg_table) / sizeof(rndis_msg_table[0]);

const struct pv_msg_desc *rndis_msg_lookup(uint32_t type)
{
	size_t lo = 0, hi = sizeof(rndis_msg_table) / sizeof(rndis_msg_table[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (rndis_msg_table[mid].type == type)
			return &rndis_msg_table[mid];
		if (rndis_msg_table[mid].type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

enum pv_codec_err rndis_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_msg *out)
{
	const uint8_t *b = buf;
	const struct pv_msg_desc *d;
	enum pv_codec_err err;
	uint32_t type;

	if (len < 4)
		return PV_ERR_SHORT;
	type = pv_get_u32(b + 0);
	d = rndis_msg_lookup(type);
	if (!d)
		return PV_ERR_UNKNOWN_TYPE;
	err = pv_msg_check(d, len, ctx);
	if (err != PV_OK)
		return err;
	out->type = type;
	out->len = len;
	out->variant = 0;
	switch (type) {
	case 1:	/* PACKET */
		return rndis_packet_decode(buf, len, ctx, &out->u.packet);
	case 2:	/* INIT */
		return rndis_init_decode(buf, len, ctx, &out->u.init);
	case 3:	/* HALT */
		return rndis_halt_decode(buf, len, ctx, &out->u.halt);
	case 4:	/* QUERY */
		return rndis_query_decode(buf, len, ctx, &out->u.query);
	case 5:	/* SET */
		return rndis_set_decode(buf, len, ctx, &out->u.set);
	case 6:	/* RESET */
		return rndis_reset_decode(buf, len, ctx, &out->u.reset);
	case 7:	/* INDICATE */
		return rndis_indicate_decode(buf, len, ctx, &out->u.indicate);
	case 8:	/* KEEPALIVE */
		return rndis_keepalive_decode(buf, len, ctx, &out->u.keepalive);
	case 9:	/* SET_EX */
		return rndis_set_ex_decode(buf, len, ctx, &out->u.set_ex);
	case 0x80000002U:	/* INIT_C */
		return rndis_init_complete_decode(buf, len, ctx, &out->u.init_c);
	case 0x80000004U:	/* QUERY_C */
		return rndis_query_complete_decode(buf, len, ctx, &out->u.query_c);
	case 0x80000005U:	/* SET_C */
		return rndis_set_complete_decode(buf, len, ctx, &out->u.set_c);
	case 0x80000006U:	/* RESET_C */
		return rndis_reset_complete_decode(buf, len, ctx, &out->u.reset_c);
	case 0x80000008U:	/* KEEPALIVE_C */
		return rndis_keepalive_complete_decode(buf, len, ctx, &out->u.keepalive_c);
	case 0x80000009U:	/* SET_EX_C */
		return rndis_set_ex_complete_decode(buf, len, ctx, &out->u.set_ex_c);
	default:
		return PV_ERR_UNKNOWN_TYPE;
	}
}

int rndis_msg_encode(const struct rndis_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	const struct pv_msg_desc *d = rndis_msg_lookup(m->type);
	enum pv_codec_err err;
	int n;

	if (!d)
		return -PV_ERR_UNKNOWN_TYPE;
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x1) << 32 | 0:
		n = rndis_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x2) << 32 | 0:
		n = rndis_init_enc(&m->u.init, ctx, true, buf, cap);
		break;
	case UINT64_C(0x3) << 32 | 0:
		n = rndis_halt_enc(&m->u.halt, ctx, true, buf, cap);
		break;
	case UINT64_C(0x4) << 32 | 0:
		n = rndis_query_enc(&m->u.query, ctx, true, buf, cap);
		break;
	case UINT64_C(0x5) << 32 | 0:
		n = rndis_set_enc(&m->u.set, ctx, true, buf, cap);
		break;
	case UINT64_C(0x6) << 32 | 0:
		n = rndis_reset_enc(&m->u.reset, ctx, true, buf, cap);
		break;
	case UINT64_C(0x7) << 32 | 0:
		n = rndis_indicate_enc(&m->u.indicate, ctx, true, buf, cap);
		break;
	case UINT64_C(0x8) << 32 | 0:
		n = rndis_keepalive_enc(&m->u.keepalive, ctx, true, buf, cap);
		break;
	case UINT64_C(0x9) << 32 | 0:
		n = rndis_set_ex_enc(&m->u.set_ex, ctx, true, buf, cap);
		break;
	case UINT64_C(0x80000002) << 32 | 0:
		n = rndis_init_complete_enc(&m->u.init_c, ctx, true, buf, cap);
		break;
	case UINT64_C(0x80000004) << 32 | 0:
		n = rndis_query_complete_enc(&m->u.query_c, ctx, true, buf, cap);
		break;
	case UINT64_C(0x80000005) << 32 | 0:
		n = rndis_set_complete_enc(&m->u.set_c, ctx, true, buf, cap);
		break;
	case UINT64_C(0x80000006) << 32 | 0:
		n = rndis_reset_complete_enc(&m->u.reset_c, ctx, true, buf, cap);
		break;
	case UINT64_C(0x80000008) << 32 | 0:
		n = rndis_keepalive_complete_enc(&m->u.keepalive_c, ctx, true, buf, cap);
		break;
	case UINT64_C(0x80000009) << 32 | 0:
		n = rndis_set_ex_complete_enc(&m->u.set_ex_c, ctx, true, buf, cap);
		break;
	default:
		return -PV_ERR_UNKNOWN_TYPE;
	}
	if (n < 0)
		return n;
	err = pv_msg_check(d, (size_t)n, ctx);
	if (err != PV_OK)
		return -(int)err;
	pv_put_u32((uint8_t *)buf + 0, (uint32_t)(m->type));
	return n;
}
