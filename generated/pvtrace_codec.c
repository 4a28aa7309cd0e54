/* DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "pvtrace_codec.h"

static bool pvtrace_proto_valid(int64_t v)
{
	return v >= 1 && v <= 9;
}

static bool pvtrace_dir_valid(int64_t v)
{
	return v >= 1 && v <= 4;
}

static enum pv_codec_err pvtrace_record_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pvtrace_record *o = p;

	o->version = pv_get_u8(b + 0);
	o->proto = pv_get_u8(b + 1);
	o->dir = pv_get_u8(b + 2);
	o->flags = pv_get_u8(b + 3);
	o->channel = pv_get_u32(b + 4);
	o->trans_id = pv_get_u64(b + 8);
	o->payload_len = pv_get_u32(b + 16);
	o->reserved = pv_get_u32(b + 20);
	return PV_OK;
}

static enum pv_codec_err pvtrace_record_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct pvtrace_record *o = p;

	if ((how & PV_CHK_DECODE) && o->version != 1)
		return PV_ERR_CONST;
	if (!pvtrace_proto_valid((int64_t)o->proto))
		return PV_ERR_ENUM;
	if (!pvtrace_dir_valid((int64_t)o->dir))
		return PV_ERR_ENUM;
	if (o->flags & ~(uint64_t)7)
		return PV_ERR_FLAGS;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->payload_len <= (uint64_t)len - UINT64_C(24)))	/* payload_len <= _len - 24 */
		return PV_ERR_SHORT;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->payload_len >= (uint64_t)len - UINT64_C(24)))	/* payload_len >= _len - 24 */
		return PV_ERR_LONG;
	return PV_OK;
}

static void pvtrace_record_wr(const void *p, uint8_t *b)
{
	const struct pvtrace_record *in = p;

	pv_put_u8(b + 0, (uint8_t)(1));
	pv_put_u8(b + 1, (uint8_t)(in->proto));
	pv_put_u8(b + 2, (uint8_t)(in->dir));
	pv_put_u8(b + 3, (uint8_t)(in->flags));
	pv_put_u32(b + 4, (uint32_t)(in->channel));
	pv_put_u64(b + 8, (uint64_t)(in->trans_id));
	pv_put_u32(b + 16, (uint32_t)(in->payload_len));
	pv_put_u32(b + 20, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pvtrace_record_desc = {24, 24, true, false, pvtrace_record_rd, pvtrace_record_chk, pvtrace_record_wr, NULL};

enum pv_codec_err pvtrace_record_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvtrace_record *out)
{
	return pv_decode(&pvtrace_record_desc, buf, len, ctx, out);
}

int pvtrace_record_encode(const struct pvtrace_record *in, void *buf, size_t cap)
{
	return pv_encode(&pvtrace_record_desc, in, NULL, 0, buf, cap);
}

