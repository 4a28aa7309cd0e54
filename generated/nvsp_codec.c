/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#include <stdbool.h>
#include <string.h>

#include "nvsp_codec.h"

static bool nvsp_status_valid(int64_t v)
{
	switch (v) {
	case 0:
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

static bool nvsp_channel_type_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
		return true;
	default:
		return false;
	}
}

static bool nvsp_datapath_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
		return true;
	default:
		return false;
	}
}

static bool nvsp_subchannel_op_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
		return true;
	default:
		return false;
	}
}

static enum pv_codec_err nvsp_init_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_init *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 1)
		return PV_ERR_CONST;
	o->min_protocol_ver = pv_get_u32(b + 4);
	o->max_protocol_ver = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_init_wr(const struct nvsp_init *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(1));
	pv_put_u32(b + 4, (uint32_t)(in->min_protocol_ver));
	pv_put_u32(b + 8, (uint32_t)(in->max_protocol_ver));
}

static enum pv_codec_err nvsp_init_chk(const struct nvsp_init *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_init *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_init_rd(buf, len, ctx, out);
}

static int nvsp_init_enc(const struct nvsp_init *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_init_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_init_wr(in, b);
	return (int)need;
}

int nvsp_init_encode(const struct nvsp_init *in, void *buf, size_t cap)
{
	return nvsp_init_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_init_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_init_complete *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 2)
		return PV_ERR_CONST;
	o->negotiated_protocol_ver = pv_get_u32(b + 4);
	o->max_mdl_chain_len = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	(void)tail_end;
	return PV_OK;
}

static void nvsp_init_complete_wr(const struct nvsp_init_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(2));
	pv_put_u32(b + 4, (uint32_t)(in->negotiated_protocol_ver));
	pv_put_u32(b + 8, (uint32_t)(in->max_mdl_chain_len));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static enum pv_codec_err nvsp_init_complete_chk(const struct nvsp_init_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err nvsp_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_init_complete *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	return nvsp_init_complete_rd(buf, len, ctx, out);
}

static int nvsp_init_complete_enc(const struct nvsp_init_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = nvsp_init_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_init_complete_wr(in, b);
	return (int)need;
}

int nvsp_init_complete_encode(const struct nvsp_init_complete *in, void *buf, size_t cap)
{
	return nvsp_init_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_ndis_ver_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_ndis_ver *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 100)
		return PV_ERR_CONST;
	o->ndis_major_ver = pv_get_u32(b + 4);
	o->ndis_minor_ver = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_ndis_ver_wr(const struct nvsp_send_ndis_ver *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(100));
	pv_put_u32(b + 4, (uint32_t)(in->ndis_major_ver));
	pv_put_u32(b + 8, (uint32_t)(in->ndis_minor_ver));
}

static enum pv_codec_err nvsp_send_ndis_ver_chk(const struct nvsp_send_ndis_ver *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_send_ndis_ver_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_ndis_ver *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_send_ndis_ver_rd(buf, len, ctx, out);
}

static int nvsp_send_ndis_ver_enc(const struct nvsp_send_ndis_ver *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_send_ndis_ver_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_ndis_ver_wr(in, b);
	return (int)need;
}

int nvsp_send_ndis_ver_encode(const struct nvsp_send_ndis_ver *in, void *buf, size_t cap)
{
	return nvsp_send_ndis_ver_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_recv_buf_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_recv_buf *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 101)
		return PV_ERR_CONST;
	o->gpadl_handle = pv_get_u32(b + 4);
	o->id = pv_get_u16(b + 8);
	o->reserved = pv_get_u16(b + 10);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_recv_buf_wr(const struct nvsp_send_recv_buf *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(101));
	pv_put_u32(b + 4, (uint32_t)(in->gpadl_handle));
	pv_put_u16(b + 8, (uint16_t)(in->id));
	pv_put_u16(b + 10, (uint16_t)(in->reserved));
}

static enum pv_codec_err nvsp_send_recv_buf_chk(const struct nvsp_send_recv_buf *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_send_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_recv_buf *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_send_recv_buf_rd(buf, len, ctx, out);
}

static int nvsp_send_recv_buf_enc(const struct nvsp_send_recv_buf *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_send_recv_buf_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_recv_buf_wr(in, b);
	return (int)need;
}

int nvsp_send_recv_buf_encode(const struct nvsp_send_recv_buf *in, void *buf, size_t cap)
{
	return nvsp_send_recv_buf_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_recv_buf_section_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_recv_buf_section *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->offset = pv_get_u32(b + 0);
	o->sub_alloc_size = pv_get_u32(b + 4);
	o->num_sub_allocs = pv_get_u32(b + 8);
	o->end_offset = pv_get_u32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_recv_buf_section_wr(const struct nvsp_recv_buf_section *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->offset));
	pv_put_u32(b + 4, (uint32_t)(in->sub_alloc_size));
	pv_put_u32(b + 8, (uint32_t)(in->num_sub_allocs));
	pv_put_u32(b + 12, (uint32_t)(in->end_offset));
}

static enum pv_codec_err nvsp_recv_buf_section_chk(const struct nvsp_recv_buf_section *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_recv_buf_section_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_recv_buf_section *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return nvsp_recv_buf_section_rd(buf, len, ctx, out);
}

static int nvsp_recv_buf_section_enc(const struct nvsp_recv_buf_section *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = nvsp_recv_buf_section_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_recv_buf_section_wr(in, b);
	return (int)need;
}

int nvsp_recv_buf_section_encode(const struct nvsp_recv_buf_section *in, void *buf, size_t cap)
{
	return nvsp_recv_buf_section_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_recv_buf_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_recv_buf_complete *o)
{
	enum pv_codec_err err;
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 102)
		return PV_ERR_CONST;
	o->status = pv_get_u32(b + 4);
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->num_sections = pv_get_u32(b + 8);
	err = nvsp_recv_buf_section_rd(b + 12, 16, ctx, &o->section);
	if (err != PV_OK)
		return err;
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_recv_buf_complete_wr(const struct nvsp_send_recv_buf_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(102));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->num_sections));
	nvsp_recv_buf_section_wr(&in->section, b + 12);
}

static enum pv_codec_err nvsp_send_recv_buf_complete_chk(const struct nvsp_send_recv_buf_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	err = nvsp_recv_buf_section_chk(&o->section, 16, ctx, false);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err nvsp_send_recv_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_recv_buf_complete *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	return nvsp_send_recv_buf_complete_rd(buf, len, ctx, out);
}

static int nvsp_send_recv_buf_complete_enc(const struct nvsp_send_recv_buf_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = nvsp_send_recv_buf_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_recv_buf_complete_wr(in, b);
	return (int)need;
}

int nvsp_send_recv_buf_complete_encode(const struct nvsp_send_recv_buf_complete *in, void *buf, size_t cap)
{
	return nvsp_send_recv_buf_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_revoke_recv_buf_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_revoke_recv_buf *o)
{
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 103)
		return PV_ERR_CONST;
	o->id = pv_get_u16(b + 4);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_revoke_recv_buf_wr(const struct nvsp_revoke_recv_buf *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(103));
	pv_put_u16(b + 4, (uint16_t)(in->id));
}

static enum pv_codec_err nvsp_revoke_recv_buf_chk(const struct nvsp_revoke_recv_buf *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_revoke_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_revoke_recv_buf *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	return nvsp_revoke_recv_buf_rd(buf, len, ctx, out);
}

static int nvsp_revoke_recv_buf_enc(const struct nvsp_revoke_recv_buf *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = nvsp_revoke_recv_buf_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_revoke_recv_buf_wr(in, b);
	return (int)need;
}

int nvsp_revoke_recv_buf_encode(const struct nvsp_revoke_recv_buf *in, void *buf, size_t cap)
{
	return nvsp_revoke_recv_buf_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_send_buf_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_send_buf *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 104)
		return PV_ERR_CONST;
	o->gpadl_handle = pv_get_u32(b + 4);
	o->id = pv_get_u16(b + 8);
	o->reserved = pv_get_u16(b + 10);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_send_buf_wr(const struct nvsp_send_send_buf *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(104));
	pv_put_u32(b + 4, (uint32_t)(in->gpadl_handle));
	pv_put_u16(b + 8, (uint16_t)(in->id));
	pv_put_u16(b + 10, (uint16_t)(in->reserved));
}

static enum pv_codec_err nvsp_send_send_buf_chk(const struct nvsp_send_send_buf *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_send_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_send_buf *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_send_send_buf_rd(buf, len, ctx, out);
}

static int nvsp_send_send_buf_enc(const struct nvsp_send_send_buf *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_send_send_buf_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_send_buf_wr(in, b);
	return (int)need;
}

int nvsp_send_send_buf_encode(const struct nvsp_send_send_buf *in, void *buf, size_t cap)
{
	return nvsp_send_send_buf_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_send_buf_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_send_buf_complete *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 105)
		return PV_ERR_CONST;
	o->status = pv_get_u32(b + 4);
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->section_size = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_send_buf_complete_wr(const struct nvsp_send_send_buf_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(105));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->section_size));
}

static enum pv_codec_err nvsp_send_send_buf_complete_chk(const struct nvsp_send_send_buf_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err nvsp_send_send_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_send_buf_complete *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_send_send_buf_complete_rd(buf, len, ctx, out);
}

static int nvsp_send_send_buf_complete_enc(const struct nvsp_send_send_buf_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_send_send_buf_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_send_buf_complete_wr(in, b);
	return (int)need;
}

int nvsp_send_send_buf_complete_encode(const struct nvsp_send_send_buf_complete *in, void *buf, size_t cap)
{
	return nvsp_send_send_buf_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_revoke_send_buf_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_revoke_send_buf *o)
{
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 106)
		return PV_ERR_CONST;
	o->id = pv_get_u16(b + 4);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_revoke_send_buf_wr(const struct nvsp_revoke_send_buf *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(106));
	pv_put_u16(b + 4, (uint16_t)(in->id));
}

static enum pv_codec_err nvsp_revoke_send_buf_chk(const struct nvsp_revoke_send_buf *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_revoke_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_revoke_send_buf *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	return nvsp_revoke_send_buf_rd(buf, len, ctx, out);
}

static int nvsp_revoke_send_buf_enc(const struct nvsp_revoke_send_buf *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = nvsp_revoke_send_buf_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_revoke_send_buf_wr(in, b);
	return (int)need;
}

int nvsp_revoke_send_buf_encode(const struct nvsp_revoke_send_buf *in, void *buf, size_t cap)
{
	return nvsp_revoke_send_buf_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_rndis_pkt_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_rndis_pkt *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 107)
		return PV_ERR_CONST;
	o->channel_type = pv_get_u32(b + 4);
	if (!nvsp_channel_type_valid((int64_t)o->channel_type))
		return PV_ERR_ENUM;
	o->send_buf_section_index = pv_get_u32(b + 8);
	o->send_buf_section_size = pv_get_u32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_rndis_pkt_wr(const struct nvsp_send_rndis_pkt *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(107));
	pv_put_u32(b + 4, (uint32_t)(in->channel_type));
	pv_put_u32(b + 8, (uint32_t)(in->send_buf_section_index));
	pv_put_u32(b + 12, (uint32_t)(in->send_buf_section_size));
}

static enum pv_codec_err nvsp_send_rndis_pkt_chk(const struct nvsp_send_rndis_pkt *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!nvsp_channel_type_valid((int64_t)o->channel_type))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err nvsp_send_rndis_pkt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_rndis_pkt *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	return nvsp_send_rndis_pkt_rd(buf, len, ctx, out);
}

static int nvsp_send_rndis_pkt_enc(const struct nvsp_send_rndis_pkt *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = nvsp_send_rndis_pkt_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_rndis_pkt_wr(in, b);
	return (int)need;
}

int nvsp_send_rndis_pkt_encode(const struct nvsp_send_rndis_pkt *in, void *buf, size_t cap)
{
	return nvsp_send_rndis_pkt_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_rndis_pkt_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_rndis_pkt_complete *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 108)
		return PV_ERR_CONST;
	o->status = pv_get_u32(b + 4);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_rndis_pkt_complete_wr(const struct nvsp_send_rndis_pkt_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(108));
	pv_put_u32(b + 4, (uint32_t)(in->status));
}

static enum pv_codec_err nvsp_send_rndis_pkt_complete_chk(const struct nvsp_send_rndis_pkt_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_send_rndis_pkt_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_rndis_pkt_complete *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	return nvsp_send_rndis_pkt_complete_rd(buf, len, ctx, out);
}

static int nvsp_send_rndis_pkt_complete_enc(const struct nvsp_send_rndis_pkt_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = nvsp_send_rndis_pkt_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_rndis_pkt_complete_wr(in, b);
	return (int)need;
}

int nvsp_send_rndis_pkt_complete_encode(const struct nvsp_send_rndis_pkt_complete *in, void *buf, size_t cap)
{
	return nvsp_send_rndis_pkt_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_ndis_config_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_ndis_config *o)
{
	uint64_t v;
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 125)
		return PV_ERR_CONST;
	o->mtu = pv_get_u32(b + 4);
	o->reserved = pv_get_u32(b + 8);
	v = pv_get_u64(b + 12);
	o->capability = v;
	o->vmq = (uint8_t)((v >> 0) & 1);
	o->chimney = (uint8_t)((v >> 1) & 1);
	o->sriov = (uint8_t)((v >> 2) & 1);
	o->ieee8021q = (uint8_t)((v >> 3) & 1);
	o->correlation_id = (uint8_t)((v >> 4) & 1);
	o->teaming = (uint8_t)((v >> 5) & 1);
	o->virtual_subnet_id = (uint8_t)((v >> 6) & 1);
	o->rsc = (uint8_t)((v >> 7) & 1);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_ndis_config_wr(const struct nvsp_send_ndis_config *in, uint8_t *b)
{
	uint64_t v;

	pv_put_u32(b + 0, (uint32_t)(125));
	pv_put_u32(b + 4, (uint32_t)(in->mtu));
	pv_put_u32(b + 8, (uint32_t)(in->reserved));
	v = (uint64_t)in->capability
	    | ((uint64_t)(in->vmq & 1) << 0)
	    | ((uint64_t)(in->chimney & 1) << 1)
	    | ((uint64_t)(in->sriov & 1) << 2)
	    | ((uint64_t)(in->ieee8021q & 1) << 3)
	    | ((uint64_t)(in->correlation_id & 1) << 4)
	    | ((uint64_t)(in->teaming & 1) << 5)
	    | ((uint64_t)(in->virtual_subnet_id & 1) << 6)
	    | ((uint64_t)(in->rsc & 1) << 7);
	pv_put_u64(b + 12, (uint64_t)(v));
}

static enum pv_codec_err nvsp_send_ndis_config_chk(const struct nvsp_send_ndis_config *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->vmq > 1)
		return PV_ERR_RANGE;
	if (o->chimney > 1)
		return PV_ERR_RANGE;
	if (o->sriov > 1)
		return PV_ERR_RANGE;
	if (o->ieee8021q > 1)
		return PV_ERR_RANGE;
	if (o->correlation_id > 1)
		return PV_ERR_RANGE;
	if (o->teaming > 1)
		return PV_ERR_RANGE;
	if (o->virtual_subnet_id > 1)
		return PV_ERR_RANGE;
	if (o->rsc > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err nvsp_send_ndis_config_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_ndis_config *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	return nvsp_send_ndis_config_rd(buf, len, ctx, out);
}

static int nvsp_send_ndis_config_enc(const struct nvsp_send_ndis_config *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = nvsp_send_ndis_config_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_ndis_config_wr(in, b);
	return (int)need;
}

int nvsp_send_ndis_config_encode(const struct nvsp_send_ndis_config *in, void *buf, size_t cap)
{
	return nvsp_send_ndis_config_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_vf_association_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_vf_association *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 128)
		return PV_ERR_CONST;
	o->allocated = pv_get_u32(b + 4);
	if (o->allocated > 1)
		return PV_ERR_RANGE;
	o->serial = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_vf_association_wr(const struct nvsp_send_vf_association *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(128));
	pv_put_u32(b + 4, (uint32_t)(in->allocated));
	pv_put_u32(b + 8, (uint32_t)(in->serial));
}

static enum pv_codec_err nvsp_send_vf_association_chk(const struct nvsp_send_vf_association *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->allocated > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err nvsp_send_vf_association_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_vf_association *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_send_vf_association_rd(buf, len, ctx, out);
}

static int nvsp_send_vf_association_enc(const struct nvsp_send_vf_association *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_send_vf_association_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_vf_association_wr(in, b);
	return (int)need;
}

int nvsp_send_vf_association_encode(const struct nvsp_send_vf_association *in, void *buf, size_t cap)
{
	return nvsp_send_vf_association_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_switch_data_path_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_switch_data_path *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 129)
		return PV_ERR_CONST;
	o->active_datapath = pv_get_u32(b + 4);
	if (!nvsp_datapath_valid((int64_t)o->active_datapath))
		return PV_ERR_ENUM;
	(void)tail_end;
	return PV_OK;
}

static void nvsp_switch_data_path_wr(const struct nvsp_switch_data_path *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(129));
	pv_put_u32(b + 4, (uint32_t)(in->active_datapath));
}

static enum pv_codec_err nvsp_switch_data_path_chk(const struct nvsp_switch_data_path *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!nvsp_datapath_valid((int64_t)o->active_datapath))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err nvsp_switch_data_path_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_switch_data_path *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	return nvsp_switch_data_path_rd(buf, len, ctx, out);
}

static int nvsp_switch_data_path_enc(const struct nvsp_switch_data_path *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = nvsp_switch_data_path_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_switch_data_path_wr(in, b);
	return (int)need;
}

int nvsp_switch_data_path_encode(const struct nvsp_switch_data_path *in, void *buf, size_t cap)
{
	return nvsp_switch_data_path_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_uplink_connect_state_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_uplink_connect_state *o)
{
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 130)
		return PV_ERR_CONST;
	(void)tail_end;
	return PV_OK;
}

static void nvsp_uplink_connect_state_wr(const struct nvsp_uplink_connect_state *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(130));
}

static enum pv_codec_err nvsp_uplink_connect_state_chk(const struct nvsp_uplink_connect_state *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_uplink_connect_state_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_uplink_connect_state *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	return nvsp_uplink_connect_state_rd(buf, len, ctx, out);
}

static int nvsp_uplink_connect_state_enc(const struct nvsp_uplink_connect_state *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = nvsp_uplink_connect_state_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_uplink_connect_state_wr(in, b);
	return (int)need;
}

int nvsp_uplink_connect_state_encode(const struct nvsp_uplink_connect_state *in, void *buf, size_t cap)
{
	return nvsp_uplink_connect_state_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_oid_query_ex_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_oid_query_ex *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 131)
		return PV_ERR_CONST;
	o->hdr_type = pv_get_u8(b + 4);
	o->hdr_revision = pv_get_u8(b + 5);
	o->hdr_size = pv_get_u16(b + 6);
	o->oid = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_oid_query_ex_wr(const struct nvsp_oid_query_ex *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(131));
	pv_put_u8(b + 4, (uint8_t)(in->hdr_type));
	pv_put_u8(b + 5, (uint8_t)(in->hdr_revision));
	pv_put_u16(b + 6, (uint16_t)(in->hdr_size));
	pv_put_u32(b + 8, (uint32_t)(in->oid));
}

static enum pv_codec_err nvsp_oid_query_ex_chk(const struct nvsp_oid_query_ex *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_oid_query_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_oid_query_ex *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_oid_query_ex_rd(buf, len, ctx, out);
}

static int nvsp_oid_query_ex_enc(const struct nvsp_oid_query_ex *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_oid_query_ex_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_oid_query_ex_wr(in, b);
	return (int)need;
}

int nvsp_oid_query_ex_encode(const struct nvsp_oid_query_ex *in, void *buf, size_t cap)
{
	return nvsp_oid_query_ex_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_oid_query_ex_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_oid_query_ex_complete *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 132)
		return PV_ERR_CONST;
	o->status = pv_get_u32(b + 4);
	o->bytes = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_oid_query_ex_complete_wr(const struct nvsp_oid_query_ex_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(132));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->bytes));
}

static enum pv_codec_err nvsp_oid_query_ex_complete_chk(const struct nvsp_oid_query_ex_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_oid_query_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_oid_query_ex_complete *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_oid_query_ex_complete_rd(buf, len, ctx, out);
}

static int nvsp_oid_query_ex_complete_enc(const struct nvsp_oid_query_ex_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_oid_query_ex_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_oid_query_ex_complete_wr(in, b);
	return (int)need;
}

int nvsp_oid_query_ex_complete_encode(const struct nvsp_oid_query_ex_complete *in, void *buf, size_t cap)
{
	return nvsp_oid_query_ex_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_subchannel_request_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_subchannel_request *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 133)
		return PV_ERR_CONST;
	o->op = pv_get_u32(b + 4);
	if (!nvsp_subchannel_op_valid((int64_t)o->op))
		return PV_ERR_ENUM;
	o->num_subchannels = pv_get_u32(b + 8);
	if (o->num_subchannels > 63)
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void nvsp_subchannel_request_wr(const struct nvsp_subchannel_request *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(133));
	pv_put_u32(b + 4, (uint32_t)(in->op));
	pv_put_u32(b + 8, (uint32_t)(in->num_subchannels));
}

static enum pv_codec_err nvsp_subchannel_request_chk(const struct nvsp_subchannel_request *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!nvsp_subchannel_op_valid((int64_t)o->op))
		return PV_ERR_ENUM;
	if (o->num_subchannels > 63)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err nvsp_subchannel_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_subchannel_request *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_subchannel_request_rd(buf, len, ctx, out);
}

static int nvsp_subchannel_request_enc(const struct nvsp_subchannel_request *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_subchannel_request_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_subchannel_request_wr(in, b);
	return (int)need;
}

int nvsp_subchannel_request_encode(const struct nvsp_subchannel_request *in, void *buf, size_t cap)
{
	return nvsp_subchannel_request_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_subchannel_complete_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_subchannel_complete *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 133)
		return PV_ERR_CONST;
	o->status = pv_get_u32(b + 4);
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	o->num_subchannels = pv_get_u32(b + 8);
	if (o->num_subchannels > 63)
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void nvsp_subchannel_complete_wr(const struct nvsp_subchannel_complete *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(133));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->num_subchannels));
}

static enum pv_codec_err nvsp_subchannel_complete_chk(const struct nvsp_subchannel_complete *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (o->num_subchannels > 63)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err nvsp_subchannel_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_subchannel_complete *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	return nvsp_subchannel_complete_rd(buf, len, ctx, out);
}

static int nvsp_subchannel_complete_enc(const struct nvsp_subchannel_complete *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = nvsp_subchannel_complete_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_subchannel_complete_wr(in, b);
	return (int)need;
}

int nvsp_subchannel_complete_encode(const struct nvsp_subchannel_complete *in, void *buf, size_t cap)
{
	return nvsp_subchannel_complete_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err nvsp_send_indirection_table_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct nvsp_send_indirection_table *o)
{
	size_t i;
	size_t tail_end = 104;

	(void)len;
	(void)ctx;
	o->msg_type = pv_get_u32(b + 0);
	if (o->msg_type != 134)
		return PV_ERR_CONST;
	o->count = pv_get_u32(b + 4);
	if (o->count != 16)
		return PV_ERR_CONST;
	o->table_offset = pv_get_u32(b + 8);
	if (o->table_offset != 40)
		return PV_ERR_CONST;
	memcpy(o->pad, b + 12, 28);
	for (i = 0; i < 16; i++)
		o->table[i] = pv_get_u32(b + 40 + 4 * i);
	(void)tail_end;
	return PV_OK;
}

static void nvsp_send_indirection_table_wr(const struct nvsp_send_indirection_table *in, uint8_t *b)
{
	size_t i;

	pv_put_u32(b + 0, (uint32_t)(134));
	pv_put_u32(b + 4, (uint32_t)(16));
	pv_put_u32(b + 8, (uint32_t)(40));
	memcpy(b + 12, in->pad, 28);
	for (i = 0; i < 16; i++)
		pv_put_u32(b + 40 + 4 * i, (uint32_t)(in->table[i]));
}

static enum pv_codec_err nvsp_send_indirection_table_chk(const struct nvsp_send_indirection_table *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err nvsp_send_indirection_table_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_indirection_table *out)
{
	if (len < 104)
		return PV_ERR_SHORT;
	if (len > 104)
		return PV_ERR_LONG;
	return nvsp_send_indirection_table_rd(buf, len, ctx, out);
}

static int nvsp_send_indirection_table_enc(const struct nvsp_send_indirection_table *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 104;

	err = nvsp_send_indirection_table_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	nvsp_send_indirection_table_wr(in, b);
	return (int)need;
}

int nvsp_send_indirection_table_encode(const struct nvsp_send_indirection_table *in, void *buf, size_t cap)
{
	return nvsp_send_indirection_table_enc(in, NULL, false, buf, cap);
}

const struct pv_msg_desc nvsp_msg_table[] = {
	{1, "INIT", 12, 40, 0, 0, 0, PV_DIR_TO_HOST},
	{2, "INIT_COMPLETE", 16, 40, 0, 0, 0, PV_DIR_TO_GUEST},
	{100, "SEND_NDIS_VER", 12, 40, 0, 0, 0, PV_DIR_TO_HOST},
	{101, "SEND_RECV_BUF", 12, 40, 0, 0, 0, PV_DIR_TO_HOST},
	{102, "SEND_RECV_BUF_COMPLETE", 28, 40, 0, 0, 0, PV_DIR_TO_GUEST},
	{103, "REVOKE_RECV_BUF", 6, 40, 0, 0, 0, PV_DIR_TO_HOST},
	{104, "SEND_SEND_BUF", 12, 40, 0, 0, 0, PV_DIR_TO_HOST},
	{105, "SEND_SEND_BUF_COMPLETE", 12, 40, 0, 0, 0, PV_DIR_TO_GUEST},
	{106, "REVOKE_SEND_BUF", 6, 40, 0, 0, 0, PV_DIR_TO_HOST},
	{107, "SEND_RNDIS_PKT", 16, 40, 0, 0, 0, PV_DIR_BOTH},
	{108, "SEND_RNDIS_PKT_COMPLETE", 8, 40, 0, 0, 0, PV_DIR_BOTH},
	{125, "SEND_NDIS_CONFIG", 20, 40, 0x30002, 0, 0, PV_DIR_TO_HOST},
	{128, "SEND_VF_ASSOCIATION", 12, 40, 0x40000, 0, 0, PV_DIR_TO_GUEST},
	{129, "SWITCH_DATA_PATH", 8, 40, 0x40000, 0, 0, PV_DIR_BOTH},
	{130, "UPLINK_CONNECT_STATE", 4, 40, 0x40000, 0, 0, PV_DIR_TO_GUEST},
	{131, "OID_QUERY_EX", 12, 40, 0x50000, 0, 0, PV_DIR_TO_HOST},
	{132, "OID_QUERY_EX_COMP", 12, 40, 0x50000, 0, 0, PV_DIR_TO_GUEST},
	{133, "SUBCHANNEL", 12, 40, 0x50000, 0, 0, PV_DIR_TO_HOST},
	{134, "SEND_INDIRECTION_TABLE", 104, 104, 0x50000, 0, 0, PV_DIR_TO_GUEST},
};

const size_t nvsp_msg_table_count = sizeof(nvsp_msg_table) / sizeof(nvsp_msg_table[0]);

const struct pv_msg_desc *nvsp_msg_lookup(uint32_t type)
{
	size_t lo = 0, hi = sizeof(nvsp_msg_table) / sizeof(nvsp_msg_table[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (nvsp_msg_table[mid].type == type)
			return &nvsp_msg_table[mid];
		if (nvsp_msg_table[mid].type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

enum pv_codec_err nvsp_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_msg *out)
{
	const uint8_t *b = buf;
	const struct pv_msg_desc *d;
	enum pv_codec_err err;
	uint32_t type;

	if (len < 4)
		return PV_ERR_SHORT;
	type = pv_get_u32(b + 0);
	d = nvsp_msg_lookup(type);
	if (!d)
		return PV_ERR_UNKNOWN_TYPE;
	err = pv_msg_check(d, len, ctx);
	if (err != PV_OK)
		return err;
	out->type = type;
	out->len = len;
	out->variant = 0;
	switch (type) {
	case 1:	/* INIT */
		return nvsp_init_decode(buf, len, ctx, &out->u.init);
	case 2:	/* INIT_COMPLETE */
		return nvsp_init_complete_decode(buf, len, ctx, &out->u.init_complete);
	case 100:	/* SEND_NDIS_VER */
		return nvsp_send_ndis_ver_decode(buf, len, ctx, &out->u.send_ndis_ver);
	case 101:	/* SEND_RECV_BUF */
		return nvsp_send_recv_buf_decode(buf, len, ctx, &out->u.send_recv_buf);
	case 102:	/* SEND_RECV_BUF_COMPLETE */
		return nvsp_send_recv_buf_complete_decode(buf, len, ctx, &out->u.send_recv_buf_complete);
	case 103:	/* REVOKE_RECV_BUF */
		return nvsp_revoke_recv_buf_decode(buf, len, ctx, &out->u.revoke_recv_buf);
	case 104:	/* SEND_SEND_BUF */
		return nvsp_send_send_buf_decode(buf, len, ctx, &out->u.send_send_buf);
	case 105:	/* SEND_SEND_BUF_COMPLETE */
		return nvsp_send_send_buf_complete_decode(buf, len, ctx, &out->u.send_send_buf_complete);
	case 106:	/* REVOKE_SEND_BUF */
		return nvsp_revoke_send_buf_decode(buf, len, ctx, &out->u.revoke_send_buf);
	case 107:	/* SEND_RNDIS_PKT */
		return nvsp_send_rndis_pkt_decode(buf, len, ctx, &out->u.send_rndis_pkt);
	case 108:	/* SEND_RNDIS_PKT_COMPLETE */
		return nvsp_send_rndis_pkt_complete_decode(buf, len, ctx, &out->u.send_rndis_pkt_complete);
	case 125:	/* SEND_NDIS_CONFIG */
		return nvsp_send_ndis_config_decode(buf, len, ctx, &out->u.send_ndis_config);
	case 128:	/* SEND_VF_ASSOCIATION */
		return nvsp_send_vf_association_decode(buf, len, ctx, &out->u.send_vf_association);
	case 129:	/* SWITCH_DATA_PATH */
		return nvsp_switch_data_path_decode(buf, len, ctx, &out->u.switch_data_path);
	case 130:	/* UPLINK_CONNECT_STATE */
		return nvsp_uplink_connect_state_decode(buf, len, ctx, &out->u.uplink_connect_state);
	case 131:	/* OID_QUERY_EX */
		return nvsp_oid_query_ex_decode(buf, len, ctx, &out->u.oid_query_ex);
	case 132:	/* OID_QUERY_EX_COMP */
		return nvsp_oid_query_ex_complete_decode(buf, len, ctx, &out->u.oid_query_ex_comp);
	case 133:	/* SUBCHANNEL */
		return nvsp_subchannel_request_decode(buf, len, ctx, &out->u.subchannel);
	case 134:	/* SEND_INDIRECTION_TABLE */
		return nvsp_send_indirection_table_decode(buf, len, ctx, &out->u.send_indirection_table);
	default:
		return PV_ERR_UNKNOWN_TYPE;
	}
}

int nvsp_msg_encode(const struct nvsp_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	const struct pv_msg_desc *d = nvsp_msg_lookup(m->type);
	enum pv_codec_err err;
	int n;

	if (!d)
		return -PV_ERR_UNKNOWN_TYPE;
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x1) << 32 | 0:
		n = nvsp_init_enc(&m->u.init, ctx, true, buf, cap);
		break;
	case UINT64_C(0x2) << 32 | 0:
		n = nvsp_init_complete_enc(&m->u.init_complete, ctx, true, buf, cap);
		break;
	case UINT64_C(0x64) << 32 | 0:
		n = nvsp_send_ndis_ver_enc(&m->u.send_ndis_ver, ctx, true, buf, cap);
		break;
	case UINT64_C(0x65) << 32 | 0:
		n = nvsp_send_recv_buf_enc(&m->u.send_recv_buf, ctx, true, buf, cap);
		break;
	case UINT64_C(0x66) << 32 | 0:
		n = nvsp_send_recv_buf_complete_enc(&m->u.send_recv_buf_complete, ctx, true, buf, cap);
		break;
	case UINT64_C(0x67) << 32 | 0:
		n = nvsp_revoke_recv_buf_enc(&m->u.revoke_recv_buf, ctx, true, buf, cap);
		break;
	case UINT64_C(0x68) << 32 | 0:
		n = nvsp_send_send_buf_enc(&m->u.send_send_buf, ctx, true, buf, cap);
		break;
	case UINT64_C(0x69) << 32 | 0:
		n = nvsp_send_send_buf_complete_enc(&m->u.send_send_buf_complete, ctx, true, buf, cap);
		break;
	case UINT64_C(0x6a) << 32 | 0:
		n = nvsp_revoke_send_buf_enc(&m->u.revoke_send_buf, ctx, true, buf, cap);
		break;
	case UINT64_C(0x6b) << 32 | 0:
		n = nvsp_send_rndis_pkt_enc(&m->u.send_rndis_pkt, ctx, true, buf, cap);
		break;
	case UINT64_C(0x6c) << 32 | 0:
		n = nvsp_send_rndis_pkt_complete_enc(&m->u.send_rndis_pkt_complete, ctx, true, buf, cap);
		break;
	case UINT64_C(0x7d) << 32 | 0:
		n = nvsp_send_ndis_config_enc(&m->u.send_ndis_config, ctx, true, buf, cap);
		break;
	case UINT64_C(0x80) << 32 | 0:
		n = nvsp_send_vf_association_enc(&m->u.send_vf_association, ctx, true, buf, cap);
		break;
	case UINT64_C(0x81) << 32 | 0:
		n = nvsp_switch_data_path_enc(&m->u.switch_data_path, ctx, true, buf, cap);
		break;
	case UINT64_C(0x82) << 32 | 0:
		n = nvsp_uplink_connect_state_enc(&m->u.uplink_connect_state, ctx, true, buf, cap);
		break;
	case UINT64_C(0x83) << 32 | 0:
		n = nvsp_oid_query_ex_enc(&m->u.oid_query_ex, ctx, true, buf, cap);
		break;
	case UINT64_C(0x84) << 32 | 0:
		n = nvsp_oid_query_ex_complete_enc(&m->u.oid_query_ex_comp, ctx, true, buf, cap);
		break;
	case UINT64_C(0x85) << 32 | 0:
		n = nvsp_subchannel_request_enc(&m->u.subchannel, ctx, true, buf, cap);
		break;
	case UINT64_C(0x86) << 32 | 0:
		n = nvsp_send_indirection_table_enc(&m->u.send_indirection_table, ctx, true, buf, cap);
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
