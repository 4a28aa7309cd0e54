/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "rndis_codec.h"
#include "rndis_device_fsm.h"

static bool rndis_status_valid(int64_t v)
{
	switch (v) {
	case 0: case 0x103: case 0x4001000b: case 0x4001000c: case 0x40010012: case 0x40010013:
	case 0x40010018: case 0x40020006: case 0x80000005U: case 0xc0000001U: case 0xc000000dU: case 0xc000009aU:
	case 0xc00000bbU: case 0xc0010014U: case 0xc0010015U: case 0xc0010016U: case 0xc0010017U:
		return true;
	default:
		return false;
	}
}

static bool rndis_offload_param_csum_valid(int64_t v)
{
	return v >= 0 && v <= 4;
}

static bool rndis_offload_param_simple_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static bool rndis_config_param_type_valid(int64_t v)
{
	return v >= 0 && v <= 4;
}

static enum pv_codec_err rndis_init_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_init *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->major_ver = pv_get_u32(b + 12);
	o->minor_ver = pv_get_u32(b + 16);
	o->max_xfer_size = pv_get_u32(b + 20);
	return PV_OK;
}

static enum pv_codec_err rndis_init_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_init *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 2)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(24)))	/* msg_len <= _len && msg_len >= 24 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_init_wr(const void *p, uint8_t *b)
{
	const struct rndis_init *in = p;

	pv_put_u32(b + 0, (uint32_t)(2));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->major_ver));
	pv_put_u32(b + 16, (uint32_t)(in->minor_ver));
	pv_put_u32(b + 20, (uint32_t)(in->max_xfer_size));
}

static const struct pv_struct_desc rndis_init_desc = {24, 24, true, false, rndis_init_rd, rndis_init_chk, rndis_init_wr, NULL};

enum pv_codec_err rndis_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_init *out)
{
	return pv_decode(&rndis_init_desc, buf, len, ctx, out);
}

int rndis_init_encode(const struct rndis_init *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_init_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_init_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_init_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	o->major_ver = pv_get_u32(b + 16);
	o->minor_ver = pv_get_u32(b + 20);
	o->dev_flags = pv_get_u32(b + 24);
	o->medium = pv_get_u32(b + 28);
	o->max_pkt_per_msg = pv_get_u32(b + 32);
	o->max_xfer_size = pv_get_u32(b + 36);
	o->pkt_alignment_factor = pv_get_u32(b + 40);
	o->af_list_offset = pv_get_u32(b + 44);
	o->af_list_size = pv_get_u32(b + 48);
	return PV_OK;
}

static enum pv_codec_err rndis_init_complete_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_init_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 0x80000002U)
		return PV_ERR_CONST;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (o->pkt_alignment_factor > 12)
		return PV_ERR_RANGE;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(52)))	/* msg_len <= _len && msg_len >= 52 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_init_complete_wr(const void *p, uint8_t *b)
{
	const struct rndis_init_complete *in = p;

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

static const struct pv_struct_desc rndis_init_complete_desc = {52, 52, false, false, rndis_init_complete_rd, rndis_init_complete_chk, rndis_init_complete_wr, NULL};

enum pv_codec_err rndis_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_init_complete *out)
{
	return pv_decode(&rndis_init_complete_desc, buf, len, ctx, out);
}

int rndis_init_complete_encode(const struct rndis_init_complete *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_init_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_halt_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_halt *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err rndis_halt_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_halt *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 3)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(12)))	/* msg_len <= _len && msg_len >= 12 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_halt_wr(const void *p, uint8_t *b)
{
	const struct rndis_halt *in = p;

	pv_put_u32(b + 0, (uint32_t)(3));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
}

static const struct pv_struct_desc rndis_halt_desc = {12, 12, true, false, rndis_halt_rd, rndis_halt_chk, rndis_halt_wr, NULL};

enum pv_codec_err rndis_halt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_halt *out)
{
	return pv_decode(&rndis_halt_desc, buf, len, ctx, out);
}

int rndis_halt_encode(const struct rndis_halt *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_halt_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_query_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_query *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->oid = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	o->dev_vc_handle = pv_get_u32(b + 24);
	return PV_OK;
}

static enum pv_codec_err rndis_query_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_query *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 4)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(28)))	/* msg_len <= _len && msg_len >= 28 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_query_wr(const void *p, uint8_t *b)
{
	const struct rndis_query *in = p;

	pv_put_u32(b + 0, (uint32_t)(4));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->oid));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
	pv_put_u32(b + 24, (uint32_t)(in->dev_vc_handle));
}

static const struct pv_struct_desc rndis_query_desc = {28, 28, true, false, rndis_query_rd, rndis_query_chk, rndis_query_wr, NULL};

enum pv_codec_err rndis_query_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_query *out)
{
	return pv_decode(&rndis_query_desc, buf, len, ctx, out);
}

int rndis_query_encode(const struct rndis_query *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_query_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_query_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_query_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	return PV_OK;
}

static enum pv_codec_err rndis_query_complete_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_query_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 0x80000004U)
		return PV_ERR_CONST;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(24)))	/* msg_len <= _len && msg_len >= 24 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(16) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 16 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_query_complete_wr(const void *p, uint8_t *b)
{
	const struct rndis_query_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(0x80000004U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
}

static const struct pv_struct_desc rndis_query_complete_desc = {24, 24, true, false, rndis_query_complete_rd, rndis_query_complete_chk, rndis_query_complete_wr, NULL};

enum pv_codec_err rndis_query_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_query_complete *out)
{
	return pv_decode(&rndis_query_complete_desc, buf, len, ctx, out);
}

int rndis_query_complete_encode(const struct rndis_query_complete *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_query_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_set_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_set *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->oid = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	o->dev_vc_handle = pv_get_u32(b + 24);
	return PV_OK;
}

static enum pv_codec_err rndis_set_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_set *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 5)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(28)))	/* msg_len <= _len && msg_len >= 28 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_set_wr(const void *p, uint8_t *b)
{
	const struct rndis_set *in = p;

	pv_put_u32(b + 0, (uint32_t)(5));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->oid));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
	pv_put_u32(b + 24, (uint32_t)(in->dev_vc_handle));
}

static const struct pv_struct_desc rndis_set_desc = {28, 28, true, false, rndis_set_rd, rndis_set_chk, rndis_set_wr, NULL};

enum pv_codec_err rndis_set_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set *out)
{
	return pv_decode(&rndis_set_desc, buf, len, ctx, out);
}

int rndis_set_encode(const struct rndis_set *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_set_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_set_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_set_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err rndis_set_complete_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_set_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 0x80000005U)
		return PV_ERR_CONST;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_set_complete_wr(const void *p, uint8_t *b)
{
	const struct rndis_set_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(0x80000005U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static const struct pv_struct_desc rndis_set_complete_desc = {16, 16, false, false, rndis_set_complete_rd, rndis_set_complete_chk, rndis_set_complete_wr, NULL};

enum pv_codec_err rndis_set_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set_complete *out)
{
	return pv_decode(&rndis_set_complete_desc, buf, len, ctx, out);
}

int rndis_set_complete_encode(const struct rndis_set_complete *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_set_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_reset_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_reset *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->reserved = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err rndis_reset_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_reset *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 6)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(12)))	/* msg_len <= _len && msg_len >= 12 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_reset_wr(const void *p, uint8_t *b)
{
	const struct rndis_reset *in = p;

	pv_put_u32(b + 0, (uint32_t)(6));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc rndis_reset_desc = {12, 12, true, false, rndis_reset_rd, rndis_reset_chk, rndis_reset_wr, NULL};

enum pv_codec_err rndis_reset_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_reset *out)
{
	return pv_decode(&rndis_reset_desc, buf, len, ctx, out);
}

int rndis_reset_encode(const struct rndis_reset *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_reset_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_reset_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_reset_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->status = pv_get_u32(b + 8);
	o->addressing_reset = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err rndis_reset_complete_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_reset_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 0x80000006U)
		return PV_ERR_CONST;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_reset_complete_wr(const void *p, uint8_t *b)
{
	const struct rndis_reset_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(0x80000006U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->status));
	pv_put_u32(b + 12, (uint32_t)(in->addressing_reset));
}

static const struct pv_struct_desc rndis_reset_complete_desc = {16, 16, false, false, rndis_reset_complete_rd, rndis_reset_complete_chk, rndis_reset_complete_wr, NULL};

enum pv_codec_err rndis_reset_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_reset_complete *out)
{
	return pv_decode(&rndis_reset_complete_desc, buf, len, ctx, out);
}

int rndis_reset_complete_encode(const struct rndis_reset_complete *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_reset_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_indicate_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_indicate *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->status = pv_get_u32(b + 8);
	o->status_buflen = pv_get_u32(b + 12);
	o->status_buf_offset = pv_get_u32(b + 16);
	return PV_OK;
}

static enum pv_codec_err rndis_indicate_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_indicate *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 7)
		return PV_ERR_CONST;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(20)))	/* msg_len <= _len && msg_len >= 20 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->status_buflen == UINT64_C(0) || ( (uint64_t)o->status_buf_offset >= UINT64_C(12) && UINT64_C(8) + (uint64_t)o->status_buf_offset + (uint64_t)o->status_buflen <= (uint64_t)o->msg_len )))	/* status_buflen == 0 || (status_buf_offset >= 12 && 8 + status_buf_offset + status_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_indicate_wr(const void *p, uint8_t *b)
{
	const struct rndis_indicate *in = p;

	pv_put_u32(b + 0, (uint32_t)(7));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->status));
	pv_put_u32(b + 12, (uint32_t)(in->status_buflen));
	pv_put_u32(b + 16, (uint32_t)(in->status_buf_offset));
}

static const struct pv_struct_desc rndis_indicate_desc = {20, 20, true, false, rndis_indicate_rd, rndis_indicate_chk, rndis_indicate_wr, NULL};

enum pv_codec_err rndis_indicate_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_indicate *out)
{
	return pv_decode(&rndis_indicate_desc, buf, len, ctx, out);
}

int rndis_indicate_encode(const struct rndis_indicate *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_indicate_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_keepalive_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_keepalive *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err rndis_keepalive_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_keepalive *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 8)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(12)))	/* msg_len <= _len && msg_len >= 12 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_keepalive_wr(const void *p, uint8_t *b)
{
	const struct rndis_keepalive *in = p;

	pv_put_u32(b + 0, (uint32_t)(8));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
}

static const struct pv_struct_desc rndis_keepalive_desc = {12, 12, true, false, rndis_keepalive_rd, rndis_keepalive_chk, rndis_keepalive_wr, NULL};

enum pv_codec_err rndis_keepalive_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_keepalive *out)
{
	return pv_decode(&rndis_keepalive_desc, buf, len, ctx, out);
}

int rndis_keepalive_encode(const struct rndis_keepalive *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_keepalive_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_keepalive_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_keepalive_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err rndis_keepalive_complete_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_keepalive_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 0x80000008U)
		return PV_ERR_CONST;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (!((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(16)))	/* msg_len <= _len && msg_len >= 16 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_keepalive_complete_wr(const void *p, uint8_t *b)
{
	const struct rndis_keepalive_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(0x80000008U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static const struct pv_struct_desc rndis_keepalive_complete_desc = {16, 16, false, false, rndis_keepalive_complete_rd, rndis_keepalive_complete_chk, rndis_keepalive_complete_wr, NULL};

enum pv_codec_err rndis_keepalive_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_keepalive_complete *out)
{
	return pv_decode(&rndis_keepalive_complete_desc, buf, len, ctx, out);
}

int rndis_keepalive_complete_encode(const struct rndis_keepalive_complete *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_keepalive_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_set_ex_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_set_ex *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->oid = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	o->dev_vc_handle = pv_get_u32(b + 24);
	return PV_OK;
}

static enum pv_codec_err rndis_set_ex_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_set_ex *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 9)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(28)))	/* msg_len <= _len && msg_len >= 28 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(20) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 20 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_set_ex_wr(const void *p, uint8_t *b)
{
	const struct rndis_set_ex *in = p;

	pv_put_u32(b + 0, (uint32_t)(9));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->oid));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
	pv_put_u32(b + 24, (uint32_t)(in->dev_vc_handle));
}

static const struct pv_struct_desc rndis_set_ex_desc = {28, 28, true, false, rndis_set_ex_rd, rndis_set_ex_chk, rndis_set_ex_wr, NULL};

enum pv_codec_err rndis_set_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set_ex *out)
{
	return pv_decode(&rndis_set_ex_desc, buf, len, ctx, out);
}

int rndis_set_ex_encode(const struct rndis_set_ex *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_set_ex_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_set_ex_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_set_ex_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->msg_len = pv_get_u32(b + 4);
	o->req_id = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	o->info_buflen = pv_get_u32(b + 16);
	o->info_buf_offset = pv_get_u32(b + 20);
	return PV_OK;
}

static enum pv_codec_err rndis_set_ex_complete_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_set_ex_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 0x80000009U)
		return PV_ERR_CONST;
	if (!rndis_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(24)))	/* msg_len <= _len && msg_len >= 24 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->info_buflen == UINT64_C(0) || ( (uint64_t)o->info_buf_offset >= UINT64_C(16) && UINT64_C(8) + (uint64_t)o->info_buf_offset + (uint64_t)o->info_buflen <= (uint64_t)o->msg_len )))	/* info_buflen == 0 || (info_buf_offset >= 16 && 8 + info_buf_offset + info_buflen <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_set_ex_complete_wr(const void *p, uint8_t *b)
{
	const struct rndis_set_ex_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(0x80000009U));
	pv_put_u32(b + 4, (uint32_t)(in->msg_len));
	pv_put_u32(b + 8, (uint32_t)(in->req_id));
	pv_put_u32(b + 12, (uint32_t)(in->status));
	pv_put_u32(b + 16, (uint32_t)(in->info_buflen));
	pv_put_u32(b + 20, (uint32_t)(in->info_buf_offset));
}

static const struct pv_struct_desc rndis_set_ex_complete_desc = {24, 24, true, false, rndis_set_ex_complete_rd, rndis_set_ex_complete_chk, rndis_set_ex_complete_wr, NULL};

enum pv_codec_err rndis_set_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set_ex_complete *out)
{
	return pv_decode(&rndis_set_ex_complete_desc, buf, len, ctx, out);
}

int rndis_set_ex_complete_encode(const struct rndis_set_ex_complete *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_set_ex_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_packet_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_packet *o = p;

	o->msg_type = pv_get_u32(b + 0);
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
	return PV_OK;
}

static enum pv_codec_err rndis_packet_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_packet *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 1)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->msg_len <= (uint64_t)len && (uint64_t)o->msg_len >= UINT64_C(44)))	/* msg_len <= _len && msg_len >= 44 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->data_len > UINT64_C(0) && (uint64_t)o->data_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->data_offset + (uint64_t)o->data_len <= (uint64_t)o->msg_len))	/* data_len > 0 && data_offset >= 36 && 8 + data_offset + data_len <= msg_len */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->per_pkt_info_len == UINT64_C(0) || ( (uint64_t)o->per_pkt_info_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->per_pkt_info_offset + (uint64_t)o->per_pkt_info_len <= (uint64_t)o->msg_len )))	/* per_pkt_info_len == 0 || (per_pkt_info_offset >= 36 && 8 + per_pkt_info_offset + per_pkt_info_len <= msg_len) */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->oob_data_len == UINT64_C(0) || ( (uint64_t)o->oob_data_offset >= UINT64_C(36) && UINT64_C(8) + (uint64_t)o->oob_data_offset + (uint64_t)o->oob_data_len <= (uint64_t)o->msg_len )))	/* oob_data_len == 0 || (oob_data_offset >= 36 && 8 + oob_data_offset + oob_data_len <= msg_len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_packet_wr(const void *p, uint8_t *b)
{
	const struct rndis_packet *in = p;

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

static const struct pv_struct_desc rndis_packet_desc = {44, 44, true, false, rndis_packet_rd, rndis_packet_chk, rndis_packet_wr, NULL};

enum pv_codec_err rndis_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_packet *out)
{
	return pv_decode(&rndis_packet_desc, buf, len, ctx, out);
}

int rndis_packet_encode(const struct rndis_packet *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_packet_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_ppi_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_ppi *o = p;
	uint64_t v;

	o->size = pv_get_u32(b + 0);
	v = pv_get_u32(b + 4);
	o->type = v;
	o->ppi_type = (uint32_t)((v >> 0) & 0x7fffffff);
	o->internal = (uint8_t)((v >> 31) & 1);
	o->ppi_offset = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err rndis_ppi_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_ppi *o = p;

	if (o->ppi_type > 0x7fffffff)
		return PV_ERR_RANGE;
	if (o->internal > 1)
		return PV_ERR_RANGE;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->size >= UINT64_C(12) && (uint64_t)o->size <= (uint64_t)len && (uint64_t)o->ppi_offset >= UINT64_C(12) && (uint64_t)o->ppi_offset <= (uint64_t)o->size))	/* size >= 12 && size <= _len && ppi_offset >= 12 && ppi_offset <= size */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_ppi_wr(const void *p, uint8_t *b)
{
	const struct rndis_ppi *in = p;
	uint64_t v;

	pv_put_u32(b + 0, (uint32_t)(in->size));
	v = (uint64_t)in->type
	    | ((uint64_t)(in->ppi_type & 0x7fffffff) << 0)
	    | ((uint64_t)(in->internal & 1) << 31);
	pv_put_u32(b + 4, (uint32_t)(v));
	pv_put_u32(b + 8, (uint32_t)(in->ppi_offset));
}

static const struct pv_struct_desc rndis_ppi_desc = {12, 12, true, false, rndis_ppi_rd, rndis_ppi_chk, rndis_ppi_wr, NULL};

enum pv_codec_err rndis_ppi_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ppi *out)
{
	return pv_decode(&rndis_ppi_desc, buf, len, ctx, out);
}

int rndis_ppi_encode(const struct rndis_ppi *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_ppi_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_csum_tx_info_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_csum_tx_info *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->value = v;
	o->is_ipv4 = (uint8_t)((v >> 0) & 1);
	o->is_ipv6 = (uint8_t)((v >> 1) & 1);
	o->tcp_checksum = (uint8_t)((v >> 2) & 1);
	o->udp_checksum = (uint8_t)((v >> 3) & 1);
	o->ip_header_checksum = (uint8_t)((v >> 4) & 1);
	o->tcp_header_offset = (uint16_t)((v >> 16) & 0x3ff);
	return PV_OK;
}

static enum pv_codec_err rndis_csum_tx_info_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_csum_tx_info *o = p;

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

static void rndis_csum_tx_info_wr(const void *p, uint8_t *b)
{
	const struct rndis_csum_tx_info *in = p;
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

static const struct pv_struct_desc rndis_csum_tx_info_desc = {4, 4, false, false, rndis_csum_tx_info_rd, rndis_csum_tx_info_chk, rndis_csum_tx_info_wr, NULL};

enum pv_codec_err rndis_csum_tx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_csum_tx_info *out)
{
	return pv_decode(&rndis_csum_tx_info_desc, buf, len, ctx, out);
}

int rndis_csum_tx_info_encode(const struct rndis_csum_tx_info *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_csum_tx_info_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_csum_rx_info_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_csum_rx_info *o = p;
	uint64_t v;

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
	return PV_OK;
}

static enum pv_codec_err rndis_csum_rx_info_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_csum_rx_info *o = p;

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

static void rndis_csum_rx_info_wr(const void *p, uint8_t *b)
{
	const struct rndis_csum_rx_info *in = p;
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

static const struct pv_struct_desc rndis_csum_rx_info_desc = {4, 4, false, false, rndis_csum_rx_info_rd, rndis_csum_rx_info_chk, rndis_csum_rx_info_wr, NULL};

enum pv_codec_err rndis_csum_rx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_csum_rx_info *out)
{
	return pv_decode(&rndis_csum_rx_info_desc, buf, len, ctx, out);
}

int rndis_csum_rx_info_encode(const struct rndis_csum_rx_info *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_csum_rx_info_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_lso_info_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_lso_info *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->value = v;
	o->mss = (uint32_t)((v >> 0) & 0xfffff);
	o->tcp_header_offset = (uint16_t)((v >> 20) & 0x3ff);
	o->type = (uint8_t)((v >> 30) & 1);
	o->ip_version = (uint8_t)((v >> 31) & 1);
	return PV_OK;
}

static enum pv_codec_err rndis_lso_info_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_lso_info *o = p;

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

static void rndis_lso_info_wr(const void *p, uint8_t *b)
{
	const struct rndis_lso_info *in = p;
	uint64_t v;

	v = (uint64_t)in->value
	    | ((uint64_t)(in->mss & 0xfffff) << 0)
	    | ((uint64_t)(in->tcp_header_offset & 0x3ff) << 20)
	    | ((uint64_t)(in->type & 1) << 30)
	    | ((uint64_t)(in->ip_version & 1) << 31);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc rndis_lso_info_desc = {4, 4, false, false, rndis_lso_info_rd, rndis_lso_info_chk, rndis_lso_info_wr, NULL};

enum pv_codec_err rndis_lso_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_lso_info *out)
{
	return pv_decode(&rndis_lso_info_desc, buf, len, ctx, out);
}

int rndis_lso_info_encode(const struct rndis_lso_info *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_lso_info_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_vlan_info_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_vlan_info *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->value = v;
	o->pri = (uint8_t)((v >> 0) & 7);
	o->cfi = (uint8_t)((v >> 3) & 1);
	o->vlanid = (uint16_t)((v >> 4) & 0xfff);
	return PV_OK;
}

static enum pv_codec_err rndis_vlan_info_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_vlan_info *o = p;

	if (o->pri > 7)
		return PV_ERR_RANGE;
	if (o->cfi > 1)
		return PV_ERR_RANGE;
	if (o->vlanid > 0xfff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_vlan_info_wr(const void *p, uint8_t *b)
{
	const struct rndis_vlan_info *in = p;
	uint64_t v;

	v = (uint64_t)in->value
	    | ((uint64_t)(in->pri & 7) << 0)
	    | ((uint64_t)(in->cfi & 1) << 3)
	    | ((uint64_t)(in->vlanid & 0xfff) << 4);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc rndis_vlan_info_desc = {4, 4, false, false, rndis_vlan_info_rd, rndis_vlan_info_chk, rndis_vlan_info_wr, NULL};

enum pv_codec_err rndis_vlan_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_vlan_info *out)
{
	return pv_decode(&rndis_vlan_info_desc, buf, len, ctx, out);
}

int rndis_vlan_info_encode(const struct rndis_vlan_info *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_vlan_info_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_hash_value_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_hash_value *o = p;

	o->hash = pv_get_u32(b + 0);
	return PV_OK;
}

static void rndis_hash_value_wr(const void *p, uint8_t *b)
{
	const struct rndis_hash_value *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->hash));
}

static const struct pv_struct_desc rndis_hash_value_desc = {4, 4, false, false, rndis_hash_value_rd, NULL, rndis_hash_value_wr, NULL};

enum pv_codec_err rndis_hash_value_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_hash_value *out)
{
	return pv_decode(&rndis_hash_value_desc, buf, len, ctx, out);
}

int rndis_hash_value_encode(const struct rndis_hash_value *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_hash_value_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_pktinfo_id_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_pktinfo_id *o = p;
	uint64_t v;

	o->ver = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flag = v;
	o->suballoc = (uint8_t)((v >> 0) & 1);
	o->first_frag = (uint8_t)((v >> 1) & 1);
	o->last_frag = (uint8_t)((v >> 2) & 1);
	o->pkt_id = pv_get_u16(b + 2);
	return PV_OK;
}

static enum pv_codec_err rndis_pktinfo_id_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_pktinfo_id *o = p;

	if (o->suballoc > 1)
		return PV_ERR_RANGE;
	if (o->first_frag > 1)
		return PV_ERR_RANGE;
	if (o->last_frag > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void rndis_pktinfo_id_wr(const void *p, uint8_t *b)
{
	const struct rndis_pktinfo_id *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->ver));
	v = (uint64_t)in->flag
	    | ((uint64_t)(in->suballoc & 1) << 0)
	    | ((uint64_t)(in->first_frag & 1) << 1)
	    | ((uint64_t)(in->last_frag & 1) << 2);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_u16(b + 2, (uint16_t)(in->pkt_id));
}

static const struct pv_struct_desc rndis_pktinfo_id_desc = {4, 4, false, false, rndis_pktinfo_id_rd, rndis_pktinfo_id_chk, rndis_pktinfo_id_wr, NULL};

enum pv_codec_err rndis_pktinfo_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_pktinfo_id *out)
{
	return pv_decode(&rndis_pktinfo_id_desc, buf, len, ctx, out);
}

int rndis_pktinfo_id_encode(const struct rndis_pktinfo_id *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_pktinfo_id_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_ndis_object_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_ndis_object_header *o = p;

	o->type = pv_get_u8(b + 0);
	o->revision = pv_get_u8(b + 1);
	o->size = pv_get_u16(b + 2);
	return PV_OK;
}

static void rndis_ndis_object_header_wr(const void *p, uint8_t *b)
{
	const struct rndis_ndis_object_header *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->type));
	pv_put_u8(b + 1, (uint8_t)(in->revision));
	pv_put_u16(b + 2, (uint16_t)(in->size));
}

static const struct pv_struct_desc rndis_ndis_object_header_desc = {4, 4, false, false, rndis_ndis_object_header_rd, NULL, rndis_ndis_object_header_wr, NULL};

enum pv_codec_err rndis_ndis_object_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ndis_object_header *out)
{
	return pv_decode(&rndis_ndis_object_header_desc, buf, len, ctx, out);
}

int rndis_ndis_object_header_encode(const struct rndis_ndis_object_header *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_ndis_object_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_csum_offload_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_csum_offload *o = p;

	o->ip4_txenc = pv_get_u32(b + 0);
	o->ip4_txcsum = pv_get_u32(b + 4);
	o->ip4_rxenc = pv_get_u32(b + 8);
	o->ip4_rxcsum = pv_get_u32(b + 12);
	o->ip6_txenc = pv_get_u32(b + 16);
	o->ip6_txcsum = pv_get_u32(b + 20);
	o->ip6_rxenc = pv_get_u32(b + 24);
	o->ip6_rxcsum = pv_get_u32(b + 28);
	return PV_OK;
}

static void rndis_csum_offload_wr(const void *p, uint8_t *b)
{
	const struct rndis_csum_offload *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->ip4_txenc));
	pv_put_u32(b + 4, (uint32_t)(in->ip4_txcsum));
	pv_put_u32(b + 8, (uint32_t)(in->ip4_rxenc));
	pv_put_u32(b + 12, (uint32_t)(in->ip4_rxcsum));
	pv_put_u32(b + 16, (uint32_t)(in->ip6_txenc));
	pv_put_u32(b + 20, (uint32_t)(in->ip6_txcsum));
	pv_put_u32(b + 24, (uint32_t)(in->ip6_rxenc));
	pv_put_u32(b + 28, (uint32_t)(in->ip6_rxcsum));
}

static const struct pv_struct_desc rndis_csum_offload_desc = {32, 32, false, false, rndis_csum_offload_rd, NULL, rndis_csum_offload_wr, NULL};

enum pv_codec_err rndis_csum_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_csum_offload *out)
{
	return pv_decode(&rndis_csum_offload_desc, buf, len, ctx, out);
}

int rndis_csum_offload_encode(const struct rndis_csum_offload *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_csum_offload_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_lsov1_offload_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_lsov1_offload *o = p;

	o->encap = pv_get_u32(b + 0);
	o->maxsize = pv_get_u32(b + 4);
	o->minsegs = pv_get_u32(b + 8);
	o->opts = pv_get_u32(b + 12);
	return PV_OK;
}

static void rndis_lsov1_offload_wr(const void *p, uint8_t *b)
{
	const struct rndis_lsov1_offload *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->encap));
	pv_put_u32(b + 4, (uint32_t)(in->maxsize));
	pv_put_u32(b + 8, (uint32_t)(in->minsegs));
	pv_put_u32(b + 12, (uint32_t)(in->opts));
}

static const struct pv_struct_desc rndis_lsov1_offload_desc = {16, 16, false, false, rndis_lsov1_offload_rd, NULL, rndis_lsov1_offload_wr, NULL};

enum pv_codec_err rndis_lsov1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_lsov1_offload *out)
{
	return pv_decode(&rndis_lsov1_offload_desc, buf, len, ctx, out);
}

int rndis_lsov1_offload_encode(const struct rndis_lsov1_offload *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_lsov1_offload_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_ipsecv1_offload_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_ipsecv1_offload *o = p;

	o->encap = pv_get_u32(b + 0);
	o->ah_esp = pv_get_u32(b + 4);
	o->xport_tun = pv_get_u32(b + 8);
	o->ip4_opts = pv_get_u32(b + 12);
	o->flags = pv_get_u32(b + 16);
	o->ip4_ah = pv_get_u32(b + 20);
	o->ip4_esp = pv_get_u32(b + 24);
	return PV_OK;
}

static void rndis_ipsecv1_offload_wr(const void *p, uint8_t *b)
{
	const struct rndis_ipsecv1_offload *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->encap));
	pv_put_u32(b + 4, (uint32_t)(in->ah_esp));
	pv_put_u32(b + 8, (uint32_t)(in->xport_tun));
	pv_put_u32(b + 12, (uint32_t)(in->ip4_opts));
	pv_put_u32(b + 16, (uint32_t)(in->flags));
	pv_put_u32(b + 20, (uint32_t)(in->ip4_ah));
	pv_put_u32(b + 24, (uint32_t)(in->ip4_esp));
}

static const struct pv_struct_desc rndis_ipsecv1_offload_desc = {28, 28, false, false, rndis_ipsecv1_offload_rd, NULL, rndis_ipsecv1_offload_wr, NULL};

enum pv_codec_err rndis_ipsecv1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ipsecv1_offload *out)
{
	return pv_decode(&rndis_ipsecv1_offload_desc, buf, len, ctx, out);
}

int rndis_ipsecv1_offload_encode(const struct rndis_ipsecv1_offload *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_ipsecv1_offload_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_lsov2_offload_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_lsov2_offload *o = p;

	o->ip4_encap = pv_get_u32(b + 0);
	o->ip4_maxsz = pv_get_u32(b + 4);
	o->ip4_minsg = pv_get_u32(b + 8);
	o->ip6_encap = pv_get_u32(b + 12);
	o->ip6_maxsz = pv_get_u32(b + 16);
	o->ip6_minsg = pv_get_u32(b + 20);
	o->ip6_opts = pv_get_u32(b + 24);
	return PV_OK;
}

static void rndis_lsov2_offload_wr(const void *p, uint8_t *b)
{
	const struct rndis_lsov2_offload *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->ip4_encap));
	pv_put_u32(b + 4, (uint32_t)(in->ip4_maxsz));
	pv_put_u32(b + 8, (uint32_t)(in->ip4_minsg));
	pv_put_u32(b + 12, (uint32_t)(in->ip6_encap));
	pv_put_u32(b + 16, (uint32_t)(in->ip6_maxsz));
	pv_put_u32(b + 20, (uint32_t)(in->ip6_minsg));
	pv_put_u32(b + 24, (uint32_t)(in->ip6_opts));
}

static const struct pv_struct_desc rndis_lsov2_offload_desc = {28, 28, false, false, rndis_lsov2_offload_rd, NULL, rndis_lsov2_offload_wr, NULL};

enum pv_codec_err rndis_lsov2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_lsov2_offload *out)
{
	return pv_decode(&rndis_lsov2_offload_desc, buf, len, ctx, out);
}

int rndis_lsov2_offload_encode(const struct rndis_lsov2_offload *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_lsov2_offload_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_ipsecv2_offload_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_ipsecv2_offload *o = p;

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
	return PV_OK;
}

static void rndis_ipsecv2_offload_wr(const void *p, uint8_t *b)
{
	const struct rndis_ipsecv2_offload *in = p;

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

static const struct pv_struct_desc rndis_ipsecv2_offload_desc = {32, 32, false, false, rndis_ipsecv2_offload_rd, NULL, rndis_ipsecv2_offload_wr, NULL};

enum pv_codec_err rndis_ipsecv2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ipsecv2_offload *out)
{
	return pv_decode(&rndis_ipsecv2_offload_desc, buf, len, ctx, out);
}

int rndis_ipsecv2_offload_encode(const struct rndis_ipsecv2_offload *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_ipsecv2_offload_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_ndis_offload_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct rndis_ndis_offload *o = p;

	rndis_ndis_object_header_rd(b + 0, len, &o->header, end);
	rndis_csum_offload_rd(b + 4, len, &o->csum, end);
	rndis_lsov1_offload_rd(b + 36, len, &o->lsov1, end);
	rndis_ipsecv1_offload_rd(b + 52, len, &o->ipsecv1, end);
	rndis_lsov2_offload_rd(b + 80, len, &o->lsov2, end);
	o->flags = pv_get_u32(b + 108);
	rndis_ipsecv2_offload_rd(b + 112, len, &o->ipsecv2, end);
	o->rsc_ip4 = pv_get_u8(b + 144);
	o->rsc_ip6 = pv_get_u8(b + 145);
	o->pad146 = pv_get_u16(b + 146);
	o->encap_gre_flags = pv_get_u32(b + 148);
	o->encap_gre_maxhdr = pv_get_u32(b + 152);
	return PV_OK;
}

static enum pv_codec_err rndis_ndis_offload_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_ndis_offload *o = p;

	if (!((uint64_t)o->header.type == UINT64_C(167)))	/* header.type == 167 */
		return PV_ERR_CONST;
	return PV_OK;
}

static void rndis_ndis_offload_wr(const void *p, uint8_t *b)
{
	const struct rndis_ndis_offload *in = p;

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

static const struct pv_struct_desc rndis_ndis_offload_desc = {156, 156, false, false, rndis_ndis_offload_rd, rndis_ndis_offload_chk, rndis_ndis_offload_wr, NULL};

enum pv_codec_err rndis_ndis_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ndis_offload *out)
{
	return pv_decode(&rndis_ndis_offload_desc, buf, len, ctx, out);
}

int rndis_ndis_offload_encode(const struct rndis_ndis_offload *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_ndis_offload_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_offload_params_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct rndis_offload_params *o = p;

	rndis_ndis_object_header_rd(b + 0, len, &o->header, end);
	o->ip_v4_csum = pv_get_u8(b + 4);
	o->tcp_ip_v4_csum = pv_get_u8(b + 5);
	o->udp_ip_v4_csum = pv_get_u8(b + 6);
	o->tcp_ip_v6_csum = pv_get_u8(b + 7);
	o->udp_ip_v6_csum = pv_get_u8(b + 8);
	o->lso_v1 = pv_get_u8(b + 9);
	o->ip_sec_v1 = pv_get_u8(b + 10);
	o->lso_v2_ipv4 = pv_get_u8(b + 11);
	o->lso_v2_ipv6 = pv_get_u8(b + 12);
	o->tcp_connection_ipv4 = pv_get_u8(b + 13);
	o->tcp_connection_ipv6 = pv_get_u8(b + 14);
	o->reserved15 = pv_get_u8(b + 15);
	o->flags = pv_get_u32(b + 16);
	o->ip_sec_v2 = pv_get_u8(b + 20);
	o->ip_sec_v2_ipv4 = pv_get_u8(b + 21);
	o->rsc_ipv4 = pv_get_u8(b + 22);
	o->rsc_ipv6 = pv_get_u8(b + 23);
	o->encapsulated_packet_task_offload = pv_get_u8(b + 24);
	o->encapsulation_types = pv_get_u8(b + 25);
	o->pad26 = pv_get_u16(b + 26);
	return PV_OK;
}

static enum pv_codec_err rndis_offload_params_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_offload_params *o = p;

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

static void rndis_offload_params_wr(const void *p, uint8_t *b)
{
	const struct rndis_offload_params *in = p;

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

static const struct pv_struct_desc rndis_offload_params_desc = {28, 28, false, false, rndis_offload_params_rd, rndis_offload_params_chk, rndis_offload_params_wr, NULL};

enum pv_codec_err rndis_offload_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_offload_params *out)
{
	return pv_decode(&rndis_offload_params_desc, buf, len, ctx, out);
}

int rndis_offload_params_encode(const struct rndis_offload_params *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_offload_params_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_rss_caps_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct rndis_rss_caps *o = p;

	rndis_ndis_object_header_rd(b + 0, len, &o->header, end);
	o->cap_flag = pv_get_u32(b + 4);
	o->num_int_msg = pv_get_u32(b + 8);
	o->num_recv_que = pv_get_u32(b + 12);
	o->num_indirect_tabent = pv_get_u16(b + 16);
	return PV_OK;
}

static enum pv_codec_err rndis_rss_caps_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct rndis_rss_caps *o = p;

	if (o->cap_flag & ~(uint64_t)0x7f003f00)
		return PV_ERR_FLAGS;
	if (!((uint64_t)o->header.type == UINT64_C(136)))	/* header.type == 136 */
		return PV_ERR_CONST;
	return PV_OK;
}

static void rndis_rss_caps_wr(const void *p, uint8_t *b)
{
	const struct rndis_rss_caps *in = p;

	rndis_ndis_object_header_wr(&in->header, b + 0);
	pv_put_u32(b + 4, (uint32_t)(in->cap_flag));
	pv_put_u32(b + 8, (uint32_t)(in->num_int_msg));
	pv_put_u32(b + 12, (uint32_t)(in->num_recv_que));
	pv_put_u16(b + 16, (uint16_t)(in->num_indirect_tabent));
}

static const struct pv_struct_desc rndis_rss_caps_desc = {18, 18, false, false, rndis_rss_caps_rd, rndis_rss_caps_chk, rndis_rss_caps_wr, NULL};

enum pv_codec_err rndis_rss_caps_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_rss_caps *out)
{
	return pv_decode(&rndis_rss_caps_desc, buf, len, ctx, out);
}

int rndis_rss_caps_encode(const struct rndis_rss_caps *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_rss_caps_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_rss_params_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct rndis_rss_params *o = p;

	rndis_ndis_object_header_rd(b + 0, len, &o->header, end);
	o->flag = pv_get_u16(b + 4);
	o->base_cpu_number = pv_get_u16(b + 6);
	o->hashinfo = pv_get_u32(b + 8);
	o->indirect_tabsize = pv_get_u16(b + 12);
	o->pad14 = pv_get_u16(b + 14);
	o->indirect_taboffset = pv_get_u32(b + 16);
	o->hashkey_size = pv_get_u16(b + 20);
	o->pad22 = pv_get_u16(b + 22);
	o->hashkey_offset = pv_get_u32(b + 24);
	o->processor_masks_offset = pv_get_u32(b + 28);
	o->num_processor_masks = pv_get_u32(b + 32);
	o->processor_masks_entry_size = pv_get_u32(b + 36);
	return PV_OK;
}

static enum pv_codec_err rndis_rss_params_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_rss_params *o = p;

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
	if ((how & PV_CHK_DECODE) && (!((uint64_t)o->indirect_tabsize == UINT64_C(0) || ( (uint64_t)o->indirect_taboffset >= UINT64_C(40) && (uint64_t)o->indirect_taboffset + (uint64_t)o->indirect_tabsize <= (uint64_t)len ))))	/* indirect_tabsize == 0 || (indirect_taboffset >= 40 && indirect_taboffset + indirect_tabsize <= _len) */
		return PV_ERR_COUNT;
	if ((how & PV_CHK_DECODE) && (!((uint64_t)o->hashkey_size == UINT64_C(0) || ( (uint64_t)o->hashkey_offset >= UINT64_C(40) && (uint64_t)o->hashkey_offset + (uint64_t)o->hashkey_size <= (uint64_t)len ))))	/* hashkey_size == 0 || (hashkey_offset >= 40 && hashkey_offset + hashkey_size <= _len) */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_rss_params_wr(const void *p, uint8_t *b)
{
	const struct rndis_rss_params *in = p;

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

static const struct pv_struct_desc rndis_rss_params_desc = {40, 40, true, false, rndis_rss_params_rd, rndis_rss_params_chk, rndis_rss_params_wr, NULL};

enum pv_codec_err rndis_rss_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_rss_params *out)
{
	return pv_decode(&rndis_rss_params_desc, buf, len, ctx, out);
}

int rndis_rss_params_encode(const struct rndis_rss_params *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_rss_params_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_offload_encapsulation_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct rndis_offload_encapsulation *o = p;

	rndis_ndis_object_header_rd(b + 0, len, &o->header, end);
	o->ipv4_enabled = pv_get_u32(b + 4);
	o->ipv4_encapsulation_type = pv_get_u32(b + 8);
	o->ipv4_header_size = pv_get_u32(b + 12);
	o->ipv6_enabled = pv_get_u32(b + 16);
	o->ipv6_encapsulation_type = pv_get_u32(b + 20);
	o->ipv6_header_size = pv_get_u32(b + 24);
	return PV_OK;
}

static void rndis_offload_encapsulation_wr(const void *p, uint8_t *b)
{
	const struct rndis_offload_encapsulation *in = p;

	rndis_ndis_object_header_wr(&in->header, b + 0);
	pv_put_u32(b + 4, (uint32_t)(in->ipv4_enabled));
	pv_put_u32(b + 8, (uint32_t)(in->ipv4_encapsulation_type));
	pv_put_u32(b + 12, (uint32_t)(in->ipv4_header_size));
	pv_put_u32(b + 16, (uint32_t)(in->ipv6_enabled));
	pv_put_u32(b + 20, (uint32_t)(in->ipv6_encapsulation_type));
	pv_put_u32(b + 24, (uint32_t)(in->ipv6_header_size));
}

static const struct pv_struct_desc rndis_offload_encapsulation_desc = {28, 28, false, false, rndis_offload_encapsulation_rd, NULL, rndis_offload_encapsulation_wr, NULL};

enum pv_codec_err rndis_offload_encapsulation_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_offload_encapsulation *out)
{
	return pv_decode(&rndis_offload_encapsulation_desc, buf, len, ctx, out);
}

int rndis_offload_encapsulation_encode(const struct rndis_offload_encapsulation *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_offload_encapsulation_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err rndis_config_parameter_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct rndis_config_parameter *o = p;

	o->name_offset = pv_get_u32(b + 0);
	o->name_length = pv_get_u32(b + 4);
	o->parameter_type = pv_get_u32(b + 8);
	o->value_offset = pv_get_u32(b + 12);
	o->value_length = pv_get_u32(b + 16);
	return PV_OK;
}

static enum pv_codec_err rndis_config_parameter_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct rndis_config_parameter *o = p;

	if (!rndis_config_param_type_valid((int64_t)o->parameter_type))
		return PV_ERR_ENUM;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->name_offset >= UINT64_C(20) && (uint64_t)o->name_offset + (uint64_t)o->name_length <= (uint64_t)len))	/* name_offset >= 20 && name_offset + name_length <= _len */
		return PV_ERR_COUNT;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->value_offset >= UINT64_C(20) && (uint64_t)o->value_offset + (uint64_t)o->value_length <= (uint64_t)len))	/* value_offset >= 20 && value_offset + value_length <= _len */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void rndis_config_parameter_wr(const void *p, uint8_t *b)
{
	const struct rndis_config_parameter *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->name_offset));
	pv_put_u32(b + 4, (uint32_t)(in->name_length));
	pv_put_u32(b + 8, (uint32_t)(in->parameter_type));
	pv_put_u32(b + 12, (uint32_t)(in->value_offset));
	pv_put_u32(b + 16, (uint32_t)(in->value_length));
}

static const struct pv_struct_desc rndis_config_parameter_desc = {20, 20, true, false, rndis_config_parameter_rd, rndis_config_parameter_chk, rndis_config_parameter_wr, NULL};

enum pv_codec_err rndis_config_parameter_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_config_parameter *out)
{
	return pv_decode(&rndis_config_parameter_desc, buf, len, ctx, out);
}

int rndis_config_parameter_encode(const struct rndis_config_parameter *in, void *buf, size_t cap)
{
	return pv_encode(&rndis_config_parameter_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant rndis_msg_variants[] = {
	{&rndis_packet_desc, 0, 0, 0, 0},	/* PACKET */
	{&rndis_init_desc, 0, 0, 0, 0},	/* INIT */
	{&rndis_halt_desc, 0, 0, 0, 0},	/* HALT */
	{&rndis_query_desc, 0, 0, 0, 0},	/* QUERY */
	{&rndis_set_desc, 0, 0, 0, 0},	/* SET */
	{&rndis_reset_desc, 0, 0, 0, 0},	/* RESET */
	{&rndis_indicate_desc, 0, 0, 0, 0},	/* INDICATE */
	{&rndis_keepalive_desc, 0, 0, 0, 0},	/* KEEPALIVE */
	{&rndis_set_ex_desc, 0, 0, 0, 0},	/* SET_EX */
	{&rndis_init_complete_desc, 0, 0, 0, 0},	/* INIT_C */
	{&rndis_query_complete_desc, 0, 0, 0, 0},	/* QUERY_C */
	{&rndis_set_complete_desc, 0, 0, 0, 0},	/* SET_C */
	{&rndis_reset_complete_desc, 0, 0, 0, 0},	/* RESET_C */
	{&rndis_keepalive_complete_desc, 0, 0, 0, 0},	/* KEEPALIVE_C */
	{&rndis_set_ex_complete_desc, 0, 0, 0, 0},	/* SET_EX_C */
};

const struct pv_msg_desc rndis_msg_table[] = {
	{1, "PACKET", 44, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct rndis_msg_handlers, packet), 0, 1},
	{2, "INIT", 24, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct rndis_msg_handlers, init), 1, 1},
	{3, "HALT", 12, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct rndis_msg_handlers, halt), 2, 1},
	{4, "QUERY", 28, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct rndis_msg_handlers, query), 3, 1},
	{5, "SET", 28, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct rndis_msg_handlers, set), 4, 1},
	{6, "RESET", 12, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct rndis_msg_handlers, reset), 5, 1},
	{7, "INDICATE", 20, UINT32_MAX, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct rndis_msg_handlers, indicate), 6, 1},
	{8, "KEEPALIVE", 12, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct rndis_msg_handlers, keepalive), 7, 1},
	{9, "SET_EX", 28, UINT32_MAX, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct rndis_msg_handlers, set_ex), 8, 1},
	{0x80000002U, "INIT_C", 52, 52, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct rndis_msg_handlers, init_c), 9, 1},
	{0x80000004U, "QUERY_C", 24, UINT32_MAX, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct rndis_msg_handlers, query_c), 10, 1},
	{0x80000005U, "SET_C", 16, 16, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct rndis_msg_handlers, set_c), 11, 1},
	{0x80000006U, "RESET_C", 16, 16, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct rndis_msg_handlers, reset_c), 12, 1},
	{0x80000008U, "KEEPALIVE_C", 16, 16, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct rndis_msg_handlers, keepalive_c), 13, 1},
	{0x80000009U, "SET_EX_C", 24, UINT32_MAX, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct rndis_msg_handlers, set_ex_c), 14, 1},
};
const size_t rndis_msg_table_count = sizeof(rndis_msg_table) / sizeof(rndis_msg_table[0]);

const struct pv_msg_desc *rndis_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &rndis_msg_table[0];
	case 2:
		return &rndis_msg_table[1];
	case 3:
		return &rndis_msg_table[2];
	case 4:
		return &rndis_msg_table[3];
	case 5:
		return &rndis_msg_table[4];
	case 6:
		return &rndis_msg_table[5];
	case 7:
		return &rndis_msg_table[6];
	case 8:
		return &rndis_msg_table[7];
	case 9:
		return &rndis_msg_table[8];
	case 0x80000002U:
		return &rndis_msg_table[9];
	case 0x80000004U:
		return &rndis_msg_table[10];
	case 0x80000005U:
		return &rndis_msg_table[11];
	case 0x80000006U:
		return &rndis_msg_table[12];
	case 0x80000008U:
		return &rndis_msg_table[13];
	case 0x80000009U:
		return &rndis_msg_table[14];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab rndis_msg_tab = {
	rndis_msg_table, sizeof(rndis_msg_table) / sizeof(rndis_msg_table[0]), rndis_msg_variants, 0, 4,
	rndis_msg_lookup,
};

enum pv_codec_err rndis_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_msg *out)
{
	return pv_msg_decode(&rndis_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int rndis_msg_encode(const struct rndis_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&rndis_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int rndis_msg_dispatch(const struct rndis_msg_handlers *h, void *ctx, const struct rndis_msg *m)
{
	const struct pv_msg_desc *d = rndis_msg_lookup(m->type);
	rndis_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}

static const uint8_t rndis_msg_device_events[] = {
	0,	/* PACKET */
	RNDIS_DEVICE_EV_INIT,	/* INIT */
	RNDIS_DEVICE_EV_HALT,	/* HALT */
	RNDIS_DEVICE_EV_REQUEST,	/* QUERY */
	RNDIS_DEVICE_EV_REQUEST,	/* SET */
	RNDIS_DEVICE_EV_REQUEST,	/* RESET */
	RNDIS_DEVICE_EV_INDICATE,	/* INDICATE */
	RNDIS_DEVICE_EV_REQUEST,	/* KEEPALIVE */
	RNDIS_DEVICE_EV_REQUEST,	/* SET_EX */
	0,	/* INIT_C */
	RNDIS_DEVICE_EV_COMPLETE,	/* QUERY_C */
	RNDIS_DEVICE_EV_COMPLETE,	/* SET_C */
	RNDIS_DEVICE_EV_COMPLETE,	/* RESET_C */
	RNDIS_DEVICE_EV_COMPLETE,	/* KEEPALIVE_C */
	RNDIS_DEVICE_EV_COMPLETE,	/* SET_EX_C */
};

int rndis_msg_event(const struct rndis_msg *m, uint8_t dir)
{
	const struct pv_msg_desc *d = rndis_msg_lookup(m->type);

	switch (m->type) {
	case 1:	/* PACKET */
		if (dir == PV_DIR_TO_HOST)
			return RNDIS_DEVICE_EV_PACKET_RX;
		if (dir == PV_DIR_TO_GUEST)
			return RNDIS_DEVICE_EV_PACKET_TX;
		return 0;
	case 0x80000002U:	/* INIT_C */
		if ((uint64_t)m->u.init_c.status == UINT64_C(0))
			return RNDIS_DEVICE_EV_INIT_OK;
		return RNDIS_DEVICE_EV_INIT_FAIL;
	default:
		break;
	}
	return d ? rndis_msg_device_events[d - rndis_msg_table] : 0;
}
