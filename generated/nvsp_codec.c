/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "nvsp_codec.h"
#include "nvsp_init_fsm.h"

static bool nvsp_status_valid(int64_t v)
{
	return v >= 0 && v <= 7;
}

static bool nvsp_channel_type_valid(int64_t v)
{
	return v >= 0 && v <= 1;
}

static bool nvsp_datapath_valid(int64_t v)
{
	return v >= 0 && v <= 1;
}

static bool nvsp_subchannel_op_valid(int64_t v)
{
	return v >= 0 && v <= 1;
}

static enum pv_codec_err nvsp_init_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_init *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->min_protocol_ver = pv_get_u32(b + 4);
	o->max_protocol_ver = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_init_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_init *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 1)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_init_wr(const void *p, uint8_t *b)
{
	const struct nvsp_init *in = p;

	pv_put_u32(b + 0, (uint32_t)(1));
	pv_put_u32(b + 4, (uint32_t)(in->min_protocol_ver));
	pv_put_u32(b + 8, (uint32_t)(in->max_protocol_ver));
}

static const struct pv_struct_desc nvsp_init_desc = {12, 12, true, false, nvsp_init_rd, nvsp_init_chk, nvsp_init_wr, NULL};

enum pv_codec_err nvsp_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_init *out)
{
	return pv_decode(&nvsp_init_desc, buf, len, ctx, out);
}

int nvsp_init_encode(const struct nvsp_init *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_init_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_init_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_init_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->negotiated_protocol_ver = pv_get_u32(b + 4);
	o->max_mdl_chain_len = pv_get_u32(b + 8);
	o->status = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err nvsp_init_complete_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_init_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 2)
		return PV_ERR_CONST;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void nvsp_init_complete_wr(const void *p, uint8_t *b)
{
	const struct nvsp_init_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(2));
	pv_put_u32(b + 4, (uint32_t)(in->negotiated_protocol_ver));
	pv_put_u32(b + 8, (uint32_t)(in->max_mdl_chain_len));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static const struct pv_struct_desc nvsp_init_complete_desc = {16, 16, true, false, nvsp_init_complete_rd, nvsp_init_complete_chk, nvsp_init_complete_wr, NULL};

enum pv_codec_err nvsp_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_init_complete *out)
{
	return pv_decode(&nvsp_init_complete_desc, buf, len, ctx, out);
}

int nvsp_init_complete_encode(const struct nvsp_init_complete *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_init_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_ndis_ver_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_ndis_ver *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->ndis_major_ver = pv_get_u32(b + 4);
	o->ndis_minor_ver = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_ndis_ver_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_ndis_ver *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 100)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_send_ndis_ver_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_ndis_ver *in = p;

	pv_put_u32(b + 0, (uint32_t)(100));
	pv_put_u32(b + 4, (uint32_t)(in->ndis_major_ver));
	pv_put_u32(b + 8, (uint32_t)(in->ndis_minor_ver));
}

static const struct pv_struct_desc nvsp_send_ndis_ver_desc = {12, 12, true, false, nvsp_send_ndis_ver_rd, nvsp_send_ndis_ver_chk, nvsp_send_ndis_ver_wr, NULL};

enum pv_codec_err nvsp_send_ndis_ver_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_ndis_ver *out)
{
	return pv_decode(&nvsp_send_ndis_ver_desc, buf, len, ctx, out);
}

int nvsp_send_ndis_ver_encode(const struct nvsp_send_ndis_ver *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_ndis_ver_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_recv_buf_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_recv_buf *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->gpadl_handle = pv_get_u32(b + 4);
	o->id = pv_get_u16(b + 8);
	o->reserved = pv_get_u16(b + 10);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_recv_buf_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_recv_buf *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 101)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_send_recv_buf_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_recv_buf *in = p;

	pv_put_u32(b + 0, (uint32_t)(101));
	pv_put_u32(b + 4, (uint32_t)(in->gpadl_handle));
	pv_put_u16(b + 8, (uint16_t)(in->id));
	pv_put_u16(b + 10, (uint16_t)(in->reserved));
}

static const struct pv_struct_desc nvsp_send_recv_buf_desc = {12, 12, true, false, nvsp_send_recv_buf_rd, nvsp_send_recv_buf_chk, nvsp_send_recv_buf_wr, NULL};

enum pv_codec_err nvsp_send_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_recv_buf *out)
{
	return pv_decode(&nvsp_send_recv_buf_desc, buf, len, ctx, out);
}

int nvsp_send_recv_buf_encode(const struct nvsp_send_recv_buf *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_recv_buf_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_recv_buf_section_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_recv_buf_section *o = p;

	o->offset = pv_get_u32(b + 0);
	o->sub_alloc_size = pv_get_u32(b + 4);
	o->num_sub_allocs = pv_get_u32(b + 8);
	o->end_offset = pv_get_u32(b + 12);
	return PV_OK;
}

static void nvsp_recv_buf_section_wr(const void *p, uint8_t *b)
{
	const struct nvsp_recv_buf_section *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->offset));
	pv_put_u32(b + 4, (uint32_t)(in->sub_alloc_size));
	pv_put_u32(b + 8, (uint32_t)(in->num_sub_allocs));
	pv_put_u32(b + 12, (uint32_t)(in->end_offset));
}

static const struct pv_struct_desc nvsp_recv_buf_section_desc = {16, 16, false, false, nvsp_recv_buf_section_rd, NULL, nvsp_recv_buf_section_wr, NULL};

enum pv_codec_err nvsp_recv_buf_section_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_recv_buf_section *out)
{
	return pv_decode(&nvsp_recv_buf_section_desc, buf, len, ctx, out);
}

int nvsp_recv_buf_section_encode(const struct nvsp_recv_buf_section *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_recv_buf_section_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_recv_buf_complete_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvsp_send_recv_buf_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->status = pv_get_u32(b + 4);
	o->num_sections = pv_get_u32(b + 8);
	nvsp_recv_buf_section_rd(b + 12, len, &o->section, end);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_recv_buf_complete_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_recv_buf_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 102)
		return PV_ERR_CONST;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void nvsp_send_recv_buf_complete_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_recv_buf_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(102));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->num_sections));
	nvsp_recv_buf_section_wr(&in->section, b + 12);
}

static const struct pv_struct_desc nvsp_send_recv_buf_complete_desc = {28, 28, true, false, nvsp_send_recv_buf_complete_rd, nvsp_send_recv_buf_complete_chk, nvsp_send_recv_buf_complete_wr, NULL};

enum pv_codec_err nvsp_send_recv_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_recv_buf_complete *out)
{
	return pv_decode(&nvsp_send_recv_buf_complete_desc, buf, len, ctx, out);
}

int nvsp_send_recv_buf_complete_encode(const struct nvsp_send_recv_buf_complete *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_recv_buf_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_revoke_recv_buf_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_revoke_recv_buf *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->id = pv_get_u16(b + 4);
	return PV_OK;
}

static enum pv_codec_err nvsp_revoke_recv_buf_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_revoke_recv_buf *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 103)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_revoke_recv_buf_wr(const void *p, uint8_t *b)
{
	const struct nvsp_revoke_recv_buf *in = p;

	pv_put_u32(b + 0, (uint32_t)(103));
	pv_put_u16(b + 4, (uint16_t)(in->id));
}

static const struct pv_struct_desc nvsp_revoke_recv_buf_desc = {6, 6, true, false, nvsp_revoke_recv_buf_rd, nvsp_revoke_recv_buf_chk, nvsp_revoke_recv_buf_wr, NULL};

enum pv_codec_err nvsp_revoke_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_revoke_recv_buf *out)
{
	return pv_decode(&nvsp_revoke_recv_buf_desc, buf, len, ctx, out);
}

int nvsp_revoke_recv_buf_encode(const struct nvsp_revoke_recv_buf *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_revoke_recv_buf_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_send_buf_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_send_buf *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->gpadl_handle = pv_get_u32(b + 4);
	o->id = pv_get_u16(b + 8);
	o->reserved = pv_get_u16(b + 10);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_send_buf_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_send_buf *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 104)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_send_send_buf_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_send_buf *in = p;

	pv_put_u32(b + 0, (uint32_t)(104));
	pv_put_u32(b + 4, (uint32_t)(in->gpadl_handle));
	pv_put_u16(b + 8, (uint16_t)(in->id));
	pv_put_u16(b + 10, (uint16_t)(in->reserved));
}

static const struct pv_struct_desc nvsp_send_send_buf_desc = {12, 12, true, false, nvsp_send_send_buf_rd, nvsp_send_send_buf_chk, nvsp_send_send_buf_wr, NULL};

enum pv_codec_err nvsp_send_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_send_buf *out)
{
	return pv_decode(&nvsp_send_send_buf_desc, buf, len, ctx, out);
}

int nvsp_send_send_buf_encode(const struct nvsp_send_send_buf *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_send_buf_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_send_buf_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_send_buf_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->status = pv_get_u32(b + 4);
	o->section_size = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_send_buf_complete_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_send_buf_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 105)
		return PV_ERR_CONST;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void nvsp_send_send_buf_complete_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_send_buf_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(105));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->section_size));
}

static const struct pv_struct_desc nvsp_send_send_buf_complete_desc = {12, 12, true, false, nvsp_send_send_buf_complete_rd, nvsp_send_send_buf_complete_chk, nvsp_send_send_buf_complete_wr, NULL};

enum pv_codec_err nvsp_send_send_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_send_buf_complete *out)
{
	return pv_decode(&nvsp_send_send_buf_complete_desc, buf, len, ctx, out);
}

int nvsp_send_send_buf_complete_encode(const struct nvsp_send_send_buf_complete *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_send_buf_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_revoke_send_buf_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_revoke_send_buf *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->id = pv_get_u16(b + 4);
	return PV_OK;
}

static enum pv_codec_err nvsp_revoke_send_buf_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_revoke_send_buf *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 106)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_revoke_send_buf_wr(const void *p, uint8_t *b)
{
	const struct nvsp_revoke_send_buf *in = p;

	pv_put_u32(b + 0, (uint32_t)(106));
	pv_put_u16(b + 4, (uint16_t)(in->id));
}

static const struct pv_struct_desc nvsp_revoke_send_buf_desc = {6, 6, true, false, nvsp_revoke_send_buf_rd, nvsp_revoke_send_buf_chk, nvsp_revoke_send_buf_wr, NULL};

enum pv_codec_err nvsp_revoke_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_revoke_send_buf *out)
{
	return pv_decode(&nvsp_revoke_send_buf_desc, buf, len, ctx, out);
}

int nvsp_revoke_send_buf_encode(const struct nvsp_revoke_send_buf *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_revoke_send_buf_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_rndis_pkt_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_rndis_pkt *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->channel_type = pv_get_u32(b + 4);
	o->send_buf_section_index = pv_get_u32(b + 8);
	o->send_buf_section_size = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_rndis_pkt_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_rndis_pkt *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 107)
		return PV_ERR_CONST;
	if (!nvsp_channel_type_valid((int64_t)o->channel_type))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void nvsp_send_rndis_pkt_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_rndis_pkt *in = p;

	pv_put_u32(b + 0, (uint32_t)(107));
	pv_put_u32(b + 4, (uint32_t)(in->channel_type));
	pv_put_u32(b + 8, (uint32_t)(in->send_buf_section_index));
	pv_put_u32(b + 12, (uint32_t)(in->send_buf_section_size));
}

static const struct pv_struct_desc nvsp_send_rndis_pkt_desc = {16, 16, true, false, nvsp_send_rndis_pkt_rd, nvsp_send_rndis_pkt_chk, nvsp_send_rndis_pkt_wr, NULL};

enum pv_codec_err nvsp_send_rndis_pkt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_rndis_pkt *out)
{
	return pv_decode(&nvsp_send_rndis_pkt_desc, buf, len, ctx, out);
}

int nvsp_send_rndis_pkt_encode(const struct nvsp_send_rndis_pkt *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_rndis_pkt_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_rndis_pkt_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_rndis_pkt_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->status = pv_get_u32(b + 4);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_rndis_pkt_complete_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_rndis_pkt_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 108)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_send_rndis_pkt_complete_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_rndis_pkt_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(108));
	pv_put_u32(b + 4, (uint32_t)(in->status));
}

static const struct pv_struct_desc nvsp_send_rndis_pkt_complete_desc = {8, 8, true, false, nvsp_send_rndis_pkt_complete_rd, nvsp_send_rndis_pkt_complete_chk, nvsp_send_rndis_pkt_complete_wr, NULL};

enum pv_codec_err nvsp_send_rndis_pkt_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_rndis_pkt_complete *out)
{
	return pv_decode(&nvsp_send_rndis_pkt_complete_desc, buf, len, ctx, out);
}

int nvsp_send_rndis_pkt_complete_encode(const struct nvsp_send_rndis_pkt_complete *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_rndis_pkt_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_ndis_config_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_ndis_config *o = p;
	uint64_t v;

	o->msg_type = pv_get_u32(b + 0);
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
	return PV_OK;
}

static enum pv_codec_err nvsp_send_ndis_config_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_ndis_config *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 125)
		return PV_ERR_CONST;
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

static void nvsp_send_ndis_config_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_ndis_config *in = p;
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

static const struct pv_struct_desc nvsp_send_ndis_config_desc = {20, 20, true, false, nvsp_send_ndis_config_rd, nvsp_send_ndis_config_chk, nvsp_send_ndis_config_wr, NULL};

enum pv_codec_err nvsp_send_ndis_config_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_ndis_config *out)
{
	return pv_decode(&nvsp_send_ndis_config_desc, buf, len, ctx, out);
}

int nvsp_send_ndis_config_encode(const struct nvsp_send_ndis_config *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_ndis_config_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_vf_association_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_vf_association *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->allocated = pv_get_u32(b + 4);
	o->serial = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_vf_association_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_vf_association *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 128)
		return PV_ERR_CONST;
	if (o->allocated > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvsp_send_vf_association_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_vf_association *in = p;

	pv_put_u32(b + 0, (uint32_t)(128));
	pv_put_u32(b + 4, (uint32_t)(in->allocated));
	pv_put_u32(b + 8, (uint32_t)(in->serial));
}

static const struct pv_struct_desc nvsp_send_vf_association_desc = {12, 12, true, false, nvsp_send_vf_association_rd, nvsp_send_vf_association_chk, nvsp_send_vf_association_wr, NULL};

enum pv_codec_err nvsp_send_vf_association_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_vf_association *out)
{
	return pv_decode(&nvsp_send_vf_association_desc, buf, len, ctx, out);
}

int nvsp_send_vf_association_encode(const struct nvsp_send_vf_association *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_vf_association_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_switch_data_path_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_switch_data_path *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->active_datapath = pv_get_u32(b + 4);
	return PV_OK;
}

static enum pv_codec_err nvsp_switch_data_path_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_switch_data_path *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 129)
		return PV_ERR_CONST;
	if (!nvsp_datapath_valid((int64_t)o->active_datapath))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void nvsp_switch_data_path_wr(const void *p, uint8_t *b)
{
	const struct nvsp_switch_data_path *in = p;

	pv_put_u32(b + 0, (uint32_t)(129));
	pv_put_u32(b + 4, (uint32_t)(in->active_datapath));
}

static const struct pv_struct_desc nvsp_switch_data_path_desc = {8, 8, true, false, nvsp_switch_data_path_rd, nvsp_switch_data_path_chk, nvsp_switch_data_path_wr, NULL};

enum pv_codec_err nvsp_switch_data_path_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_switch_data_path *out)
{
	return pv_decode(&nvsp_switch_data_path_desc, buf, len, ctx, out);
}

int nvsp_switch_data_path_encode(const struct nvsp_switch_data_path *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_switch_data_path_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_uplink_connect_state_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_uplink_connect_state *o = p;

	o->msg_type = pv_get_u32(b + 0);
	return PV_OK;
}

static enum pv_codec_err nvsp_uplink_connect_state_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_uplink_connect_state *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 130)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_uplink_connect_state_wr(const void *p PV_UNUSED, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(130));
}

static const struct pv_struct_desc nvsp_uplink_connect_state_desc = {4, 4, true, false, nvsp_uplink_connect_state_rd, nvsp_uplink_connect_state_chk, nvsp_uplink_connect_state_wr, NULL};

enum pv_codec_err nvsp_uplink_connect_state_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_uplink_connect_state *out)
{
	return pv_decode(&nvsp_uplink_connect_state_desc, buf, len, ctx, out);
}

int nvsp_uplink_connect_state_encode(const struct nvsp_uplink_connect_state *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_uplink_connect_state_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_oid_query_ex_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_oid_query_ex *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->hdr_type = pv_get_u8(b + 4);
	o->hdr_revision = pv_get_u8(b + 5);
	o->hdr_size = pv_get_u16(b + 6);
	o->oid = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_oid_query_ex_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_oid_query_ex *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 131)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_oid_query_ex_wr(const void *p, uint8_t *b)
{
	const struct nvsp_oid_query_ex *in = p;

	pv_put_u32(b + 0, (uint32_t)(131));
	pv_put_u8(b + 4, (uint8_t)(in->hdr_type));
	pv_put_u8(b + 5, (uint8_t)(in->hdr_revision));
	pv_put_u16(b + 6, (uint16_t)(in->hdr_size));
	pv_put_u32(b + 8, (uint32_t)(in->oid));
}

static const struct pv_struct_desc nvsp_oid_query_ex_desc = {12, 12, true, false, nvsp_oid_query_ex_rd, nvsp_oid_query_ex_chk, nvsp_oid_query_ex_wr, NULL};

enum pv_codec_err nvsp_oid_query_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_oid_query_ex *out)
{
	return pv_decode(&nvsp_oid_query_ex_desc, buf, len, ctx, out);
}

int nvsp_oid_query_ex_encode(const struct nvsp_oid_query_ex *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_oid_query_ex_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_oid_query_ex_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_oid_query_ex_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->status = pv_get_u32(b + 4);
	o->bytes = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_oid_query_ex_complete_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_oid_query_ex_complete *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 132)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_oid_query_ex_complete_wr(const void *p, uint8_t *b)
{
	const struct nvsp_oid_query_ex_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(132));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->bytes));
}

static const struct pv_struct_desc nvsp_oid_query_ex_complete_desc = {12, 12, true, false, nvsp_oid_query_ex_complete_rd, nvsp_oid_query_ex_complete_chk, nvsp_oid_query_ex_complete_wr, NULL};

enum pv_codec_err nvsp_oid_query_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_oid_query_ex_complete *out)
{
	return pv_decode(&nvsp_oid_query_ex_complete_desc, buf, len, ctx, out);
}

int nvsp_oid_query_ex_complete_encode(const struct nvsp_oid_query_ex_complete *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_oid_query_ex_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_subchannel_request_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_subchannel_request *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->op = pv_get_u32(b + 4);
	o->num_subchannels = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_subchannel_request_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_subchannel_request *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 133)
		return PV_ERR_CONST;
	if (!nvsp_subchannel_op_valid((int64_t)o->op))
		return PV_ERR_ENUM;
	if (o->num_subchannels > 63)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvsp_subchannel_request_wr(const void *p, uint8_t *b)
{
	const struct nvsp_subchannel_request *in = p;

	pv_put_u32(b + 0, (uint32_t)(133));
	pv_put_u32(b + 4, (uint32_t)(in->op));
	pv_put_u32(b + 8, (uint32_t)(in->num_subchannels));
}

static const struct pv_struct_desc nvsp_subchannel_request_desc = {12, 12, true, false, nvsp_subchannel_request_rd, nvsp_subchannel_request_chk, nvsp_subchannel_request_wr, NULL};

enum pv_codec_err nvsp_subchannel_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_subchannel_request *out)
{
	return pv_decode(&nvsp_subchannel_request_desc, buf, len, ctx, out);
}

int nvsp_subchannel_request_encode(const struct nvsp_subchannel_request *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_subchannel_request_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_subchannel_complete_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_subchannel_complete *o = p;

	o->msg_type = pv_get_u32(b + 0);
	o->status = pv_get_u32(b + 4);
	o->num_subchannels = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err nvsp_subchannel_complete_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_subchannel_complete *o = p;

	if ((how & PV_CHK_DECODE) && o->msg_type != 133)
		return PV_ERR_CONST;
	if (!nvsp_status_valid((int64_t)o->status))
		return PV_ERR_ENUM;
	if (o->num_subchannels > 63)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvsp_subchannel_complete_wr(const void *p, uint8_t *b)
{
	const struct nvsp_subchannel_complete *in = p;

	pv_put_u32(b + 0, (uint32_t)(133));
	pv_put_u32(b + 4, (uint32_t)(in->status));
	pv_put_u32(b + 8, (uint32_t)(in->num_subchannels));
}

static const struct pv_struct_desc nvsp_subchannel_complete_desc = {12, 12, true, false, nvsp_subchannel_complete_rd, nvsp_subchannel_complete_chk, nvsp_subchannel_complete_wr, NULL};

enum pv_codec_err nvsp_subchannel_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_subchannel_complete *out)
{
	return pv_decode(&nvsp_subchannel_complete_desc, buf, len, ctx, out);
}

int nvsp_subchannel_complete_encode(const struct nvsp_subchannel_complete *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_subchannel_complete_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvsp_send_indirection_table_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvsp_send_indirection_table *o = p;
	size_t i;

	o->msg_type = pv_get_u32(b + 0);
	o->count = pv_get_u32(b + 4);
	o->table_offset = pv_get_u32(b + 8);
	memcpy(o->pad, b + 12, 28);
	for (i = 0; i < 16; i++)
		o->table[i] = pv_get_u32(b + 40 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvsp_send_indirection_table_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct nvsp_send_indirection_table *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->msg_type != 134)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && o->count != 16)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && o->table_offset != 40)
		return PV_ERR_CONST;
	return PV_OK;
}

static void nvsp_send_indirection_table_wr(const void *p, uint8_t *b)
{
	const struct nvsp_send_indirection_table *in = p;
	size_t i;

	pv_put_u32(b + 0, (uint32_t)(134));
	pv_put_u32(b + 4, (uint32_t)(16));
	pv_put_u32(b + 8, (uint32_t)(40));
	memcpy(b + 12, in->pad, 28);
	for (i = 0; i < 16; i++)
		pv_put_u32(b + 40 + 4 * i, (uint32_t)(in->table[i]));
}

static const struct pv_struct_desc nvsp_send_indirection_table_desc = {104, 104, false, false, nvsp_send_indirection_table_rd, nvsp_send_indirection_table_chk, nvsp_send_indirection_table_wr, NULL};

enum pv_codec_err nvsp_send_indirection_table_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_indirection_table *out)
{
	return pv_decode(&nvsp_send_indirection_table_desc, buf, len, ctx, out);
}

int nvsp_send_indirection_table_encode(const struct nvsp_send_indirection_table *in, void *buf, size_t cap)
{
	return pv_encode(&nvsp_send_indirection_table_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant nvsp_msg_variants[] = {
	{&nvsp_init_desc, 0, 0, 0, 0},	/* INIT */
	{&nvsp_init_complete_desc, 0, 0, 0, 0},	/* INIT_COMPLETE */
	{&nvsp_send_ndis_ver_desc, 0, 0, 0, 0},	/* SEND_NDIS_VER */
	{&nvsp_send_recv_buf_desc, 0, 0, 0, 0},	/* SEND_RECV_BUF */
	{&nvsp_send_recv_buf_complete_desc, 0, 0, 0, 0},	/* SEND_RECV_BUF_COMPLETE */
	{&nvsp_revoke_recv_buf_desc, 0, 0, 0, 0},	/* REVOKE_RECV_BUF */
	{&nvsp_send_send_buf_desc, 0, 0, 0, 0},	/* SEND_SEND_BUF */
	{&nvsp_send_send_buf_complete_desc, 0, 0, 0, 0},	/* SEND_SEND_BUF_COMPLETE */
	{&nvsp_revoke_send_buf_desc, 0, 0, 0, 0},	/* REVOKE_SEND_BUF */
	{&nvsp_send_rndis_pkt_desc, 0, 0, 0, 0},	/* SEND_RNDIS_PKT */
	{&nvsp_send_rndis_pkt_complete_desc, 0, 0, 0, 0},	/* SEND_RNDIS_PKT_COMPLETE */
	{&nvsp_send_ndis_config_desc, 0, 0, 0, 0},	/* SEND_NDIS_CONFIG */
	{&nvsp_send_vf_association_desc, 0, 0, 0, 0},	/* SEND_VF_ASSOCIATION */
	{&nvsp_switch_data_path_desc, 0, 0, 0, 0},	/* SWITCH_DATA_PATH */
	{&nvsp_uplink_connect_state_desc, 0, 0, 0, 0},	/* UPLINK_CONNECT_STATE */
	{&nvsp_oid_query_ex_desc, 0, 0, 0, 0},	/* OID_QUERY_EX */
	{&nvsp_oid_query_ex_complete_desc, 0, 0, 0, 0},	/* OID_QUERY_EX_COMP */
	{&nvsp_subchannel_request_desc, 0, 0, 0, 0},	/* SUBCHANNEL */
	{&nvsp_send_indirection_table_desc, 0, 0, 0, 0},	/* SEND_INDIRECTION_TABLE */
};

const struct pv_msg_desc nvsp_msg_table[] = {
	{1, "INIT", 12, 40, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, init), 0, 1},
	{2, "INIT_COMPLETE", 16, 40, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct nvsp_msg_handlers, init_complete), 1, 1},
	{100, "SEND_NDIS_VER", 12, 40, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, send_ndis_ver), 2, 1},
	{101, "SEND_RECV_BUF", 12, 40, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, send_recv_buf), 3, 1},
	{102, "SEND_RECV_BUF_COMPLETE", 28, 40, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct nvsp_msg_handlers, send_recv_buf_complete), 4, 1},
	{103, "REVOKE_RECV_BUF", 6, 40, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, revoke_recv_buf), 5, 1},
	{104, "SEND_SEND_BUF", 12, 40, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, send_send_buf), 6, 1},
	{105, "SEND_SEND_BUF_COMPLETE", 12, 40, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct nvsp_msg_handlers, send_send_buf_complete), 7, 1},
	{106, "REVOKE_SEND_BUF", 6, 40, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, revoke_send_buf), 8, 1},
	{107, "SEND_RNDIS_PKT", 16, 40, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvsp_msg_handlers, send_rndis_pkt), 9, 1},
	{108, "SEND_RNDIS_PKT_COMPLETE", 8, 40, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvsp_msg_handlers, send_rndis_pkt_complete), 10, 1},
	{125, "SEND_NDIS_CONFIG", 20, 40, 0x30002, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, send_ndis_config), 11, 1},
	{128, "SEND_VF_ASSOCIATION", 12, 40, 0x40000, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct nvsp_msg_handlers, send_vf_association), 12, 1},
	{129, "SWITCH_DATA_PATH", 8, 40, 0x40000, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvsp_msg_handlers, switch_data_path), 13, 1},
	{130, "UPLINK_CONNECT_STATE", 4, 40, 0x40000, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct nvsp_msg_handlers, uplink_connect_state), 14, 1},
	{131, "OID_QUERY_EX", 12, 40, 0x50000, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, oid_query_ex), 15, 1},
	{132, "OID_QUERY_EX_COMP", 12, 40, 0x50000, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct nvsp_msg_handlers, oid_query_ex_comp), 16, 1},
	{133, "SUBCHANNEL", 12, 40, 0x50000, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct nvsp_msg_handlers, subchannel), 17, 1},
	{134, "SEND_INDIRECTION_TABLE", 104, 104, 0x50000, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct nvsp_msg_handlers, send_indirection_table), 18, 1},
};
const size_t nvsp_msg_table_count = sizeof(nvsp_msg_table) / sizeof(nvsp_msg_table[0]);

const struct pv_msg_desc *nvsp_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &nvsp_msg_table[0];
	case 2:
		return &nvsp_msg_table[1];
	case 100:
		return &nvsp_msg_table[2];
	case 101:
		return &nvsp_msg_table[3];
	case 102:
		return &nvsp_msg_table[4];
	case 103:
		return &nvsp_msg_table[5];
	case 104:
		return &nvsp_msg_table[6];
	case 105:
		return &nvsp_msg_table[7];
	case 106:
		return &nvsp_msg_table[8];
	case 107:
		return &nvsp_msg_table[9];
	case 108:
		return &nvsp_msg_table[10];
	case 125:
		return &nvsp_msg_table[11];
	case 128:
		return &nvsp_msg_table[12];
	case 129:
		return &nvsp_msg_table[13];
	case 130:
		return &nvsp_msg_table[14];
	case 131:
		return &nvsp_msg_table[15];
	case 132:
		return &nvsp_msg_table[16];
	case 133:
		return &nvsp_msg_table[17];
	case 134:
		return &nvsp_msg_table[18];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab nvsp_msg_tab = {
	nvsp_msg_table, sizeof(nvsp_msg_table) / sizeof(nvsp_msg_table[0]), nvsp_msg_variants, 0, 4,
	nvsp_msg_lookup,
};

enum pv_codec_err nvsp_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_msg *out)
{
	return pv_msg_decode(&nvsp_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int nvsp_msg_encode(const struct nvsp_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&nvsp_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int nvsp_msg_dispatch(const struct nvsp_msg_handlers *h, void *ctx, const struct nvsp_msg *m)
{
	const struct pv_msg_desc *d = nvsp_msg_lookup(m->type);
	nvsp_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}

static const uint8_t nvsp_msg_init_events[] = {
	NVSP_INIT_EV_INIT,	/* INIT */
	0,	/* INIT_COMPLETE */
	NVSP_INIT_EV_NDIS_VERSION,	/* SEND_NDIS_VER */
	NVSP_INIT_EV_RECV_BUF,	/* SEND_RECV_BUF */
	0,	/* SEND_RECV_BUF_COMPLETE */
	NVSP_INIT_EV_REVOKE_RECV_BUF,	/* REVOKE_RECV_BUF */
	NVSP_INIT_EV_SEND_BUF,	/* SEND_SEND_BUF */
	0,	/* SEND_SEND_BUF_COMPLETE */
	NVSP_INIT_EV_REVOKE_SEND_BUF,	/* REVOKE_SEND_BUF */
	0,	/* SEND_RNDIS_PKT */
	0,	/* SEND_RNDIS_PKT_COMPLETE */
	NVSP_INIT_EV_NDIS_CONFIG,	/* SEND_NDIS_CONFIG */
	0,	/* SEND_VF_ASSOCIATION */
	0,	/* SWITCH_DATA_PATH */
	0,	/* UPLINK_CONNECT_STATE */
	0,	/* OID_QUERY_EX */
	0,	/* OID_QUERY_EX_COMP */
	NVSP_INIT_EV_SUBCHANNEL,	/* SUBCHANNEL */
	0,	/* SEND_INDIRECTION_TABLE */
};

int nvsp_msg_event(const struct nvsp_msg *m, uint8_t dir)
{
	const struct pv_msg_desc *d = nvsp_msg_lookup(m->type);

	switch (m->type) {
	case 2:	/* INIT_COMPLETE */
		if ((uint64_t)m->u.init_complete.status == UINT64_C(1))
			return NVSP_INIT_EV_INIT_OK;
		return NVSP_INIT_EV_INIT_FAIL;
	case 102:	/* SEND_RECV_BUF_COMPLETE */
		if ((uint64_t)m->u.send_recv_buf_complete.status == UINT64_C(1))
			return NVSP_INIT_EV_RECV_BUF_OK;
		return NVSP_INIT_EV_RECV_BUF_FAIL;
	case 105:	/* SEND_SEND_BUF_COMPLETE */
		if ((uint64_t)m->u.send_send_buf_complete.status == UINT64_C(1))
			return NVSP_INIT_EV_SEND_BUF_OK;
		return NVSP_INIT_EV_SEND_BUF_FAIL;
	case 107:	/* SEND_RNDIS_PKT */
		if (dir == PV_DIR_TO_HOST)
			return NVSP_INIT_EV_RNDIS;
		return 0;
	case 129:	/* SWITCH_DATA_PATH */
		if (dir == PV_DIR_TO_HOST)
			return NVSP_INIT_EV_SWITCH_DATA_PATH;
		return 0;
	default:
		break;
	}
	return d ? nvsp_msg_init_events[d - nvsp_msg_table] : 0;
}
