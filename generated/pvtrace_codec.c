/* DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py. */

#include <stdbool.h>
#include <string.h>

#include "pvtrace_codec.h"

static bool pvtrace_proto_valid(int64_t v)
{
	switch (v) {
	case 1:
	case 2:
	case 3:
	case 4:
	case 5:
	case 6:
	case 7:
		return true;
	default:
		return false;
	}
}

static bool pvtrace_dir_valid(int64_t v)
{
	switch (v) {
	case 1:
	case 2:
	case 3:
	case 4:
		return true;
	default:
		return false;
	}
}

static enum pv_codec_err pvtrace_record_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct pvtrace_record *o)
{
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	o->version = pv_get_u8(b + 0);
	if (o->version != 1)
		return PV_ERR_CONST;
	o->proto = pv_get_u8(b + 1);
	if (!pvtrace_proto_valid((int64_t)o->proto))
		return PV_ERR_ENUM;
	o->dir = pv_get_u8(b + 2);
	if (!pvtrace_dir_valid((int64_t)o->dir))
		return PV_ERR_ENUM;
	o->flags = pv_get_u8(b + 3);
	if (o->flags & ~(uint64_t)7)
		return PV_ERR_FLAGS;
	o->channel = pv_get_u32(b + 4);
	o->trans_id = pv_get_u64(b + 8);
	o->payload_len = pv_get_u32(b + 16);
	o->reserved = pv_get_u32(b + 20);
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->payload_len <= (uint64_t)len - UINT64_C(24)))	/* payload_len <= _len - 24 */
		return PV_ERR_SHORT;
	if (!((uint64_t)o->payload_len >= (uint64_t)len - UINT64_C(24)))	/* payload_len >= _len - 24 */
		return PV_ERR_LONG;
	(void)tail_end;
	return PV_OK;
}

static void pvtrace_record_wr(const struct pvtrace_record *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(1));
	pv_put_u8(b + 1, (uint8_t)(in->proto));
	pv_put_u8(b + 2, (uint8_t)(in->dir));
	pv_put_u8(b + 3, (uint8_t)(in->flags));
	pv_put_u32(b + 4, (uint32_t)(in->channel));
	pv_put_u64(b + 8, (uint64_t)(in->trans_id));
	pv_put_u32(b + 16, (uint32_t)(in->payload_len));
	pv_put_u32(b + 20, (uint32_t)(in->reserved));
}

static enum pv_codec_err pvtrace_record_chk(const struct pvtrace_record *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!pvtrace_proto_valid((int64_t)o->proto))
		return PV_ERR_ENUM;
	if (!pvtrace_dir_valid((int64_t)o->dir))
		return PV_ERR_ENUM;
	if (o->flags & ~(uint64_t)7)
		return PV_ERR_FLAGS;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

enum pv_codec_err pvtrace_record_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct pvtrace_record *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	return pvtrace_record_rd(buf, len, ctx, out);
}

static int pvtrace_record_enc(const struct pvtrace_record *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;

	err = pvtrace_record_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	pvtrace_record_wr(in, b);
	return (int)need;
}

int pvtrace_record_encode(const struct pvtrace_record *in, void *buf, size_t cap)
{
	return pvtrace_record_enc(in, NULL, false, buf, cap);
}
