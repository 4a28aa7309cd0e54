/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "vmbus_codec.h"
#include "vmbus_conn_fsm.h"
#include "vmbus_chan_fsm.h"
#include "vmbus_gpadl_fsm.h"

static bool vmbus_msg_type_valid(int64_t v)
{
	return v >= 0 && v <= 29;
}

static bool vmbus_connection_state_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static enum pv_codec_err vmbus_msg_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct vmbus_msg_header *o = p;

	o->msgtype = pv_get_u32(b + 0);
	o->padding = pv_get_u32(b + 4);
	return PV_OK;
}

static enum pv_codec_err vmbus_msg_header_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct vmbus_msg_header *o = p;

	if (!(how & PV_CHK_STAMPED) && !vmbus_msg_type_valid((int64_t)o->msgtype))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void vmbus_msg_header_wr(const void *p, uint8_t *b)
{
	const struct vmbus_msg_header *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->msgtype));
	pv_put_u32(b + 4, (uint32_t)(in->padding));
}

static const struct pv_struct_desc vmbus_msg_header_desc = {8, 8, false, false, vmbus_msg_header_rd, vmbus_msg_header_chk, vmbus_msg_header_wr, NULL};

enum pv_codec_err vmbus_msg_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_msg_header *out)
{
	return pv_decode(&vmbus_msg_header_desc, buf, len, ctx, out);
}

int vmbus_msg_header_encode(const struct vmbus_msg_header *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_msg_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_offerchannel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_offerchannel *o = p;
	uint64_t v;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	memcpy(o->if_type, b + 8, 16);
	memcpy(o->if_instance, b + 24, 16);
	o->reserved1 = pv_get_u64(b + 40);
	o->reserved2 = pv_get_u64(b + 48);
	o->chn_flags = pv_get_u16(b + 56);
	o->mmio_megabytes = pv_get_u16(b + 58);
	memcpy(o->user_def, b + 60, 120);
	o->sub_channel_index = pv_get_u16(b + 180);
	o->mmio_megabytes_optional = pv_get_u16(b + 182);
	o->child_relid = pv_get_u32(b + 184);
	o->monitorid = pv_get_u8(b + 188);
	v = pv_get_u8(b + 189);
	o->monitor_allocated_byte_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->monitor_allocated = (uint8_t)((v >> 0) & 1);
	v = pv_get_u16(b + 190);
	o->dedicated_interrupt_word_rsvd = (uint16_t)(v & ~(uint64_t)1);
	o->is_dedicated_interrupt = (uint8_t)((v >> 0) & 1);
	o->connection_id = pv_get_u32(b + 192);
	return PV_OK;
}

static enum pv_codec_err vmbus_offerchannel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_offerchannel *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->chn_flags & ~(uint64_t)0x2717)
		return PV_ERR_FLAGS;
	if (o->monitor_allocated > 1)
		return PV_ERR_RANGE;
	if (o->is_dedicated_interrupt > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void vmbus_offerchannel_wr(const void *p, uint8_t *b)
{
	const struct vmbus_offerchannel *in = p;
	uint64_t v;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	memcpy(b + 8, in->if_type, 16);
	memcpy(b + 24, in->if_instance, 16);
	pv_put_u64(b + 40, (uint64_t)(in->reserved1));
	pv_put_u64(b + 48, (uint64_t)(in->reserved2));
	pv_put_u16(b + 56, (uint16_t)(in->chn_flags));
	pv_put_u16(b + 58, (uint16_t)(in->mmio_megabytes));
	memcpy(b + 60, in->user_def, 120);
	pv_put_u16(b + 180, (uint16_t)(in->sub_channel_index));
	pv_put_u16(b + 182, (uint16_t)(in->mmio_megabytes_optional));
	pv_put_u32(b + 184, (uint32_t)(in->child_relid));
	pv_put_u8(b + 188, (uint8_t)(in->monitorid));
	v = ((uint64_t)in->monitor_allocated_byte_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->monitor_allocated & 1) << 0);
	pv_put_u8(b + 189, (uint8_t)(v));
	v = ((uint64_t)in->dedicated_interrupt_word_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->is_dedicated_interrupt & 1) << 0);
	pv_put_u16(b + 190, (uint16_t)(v));
	pv_put_u32(b + 192, (uint32_t)(in->connection_id));
}

static const struct pv_struct_desc vmbus_offerchannel_desc = {196, 196, false, false, vmbus_offerchannel_rd, vmbus_offerchannel_chk, vmbus_offerchannel_wr, NULL};

enum pv_codec_err vmbus_offerchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_offerchannel *out)
{
	return pv_decode(&vmbus_offerchannel_desc, buf, len, ctx, out);
}

int vmbus_offerchannel_encode(const struct vmbus_offerchannel *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_offerchannel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_rescind_channeloffer_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_rescind_channeloffer *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err vmbus_rescind_channeloffer_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_rescind_channeloffer *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_rescind_channeloffer_wr(const void *p, uint8_t *b)
{
	const struct vmbus_rescind_channeloffer *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static const struct pv_struct_desc vmbus_rescind_channeloffer_desc = {12, 12, false, false, vmbus_rescind_channeloffer_rd, vmbus_rescind_channeloffer_chk, vmbus_rescind_channeloffer_wr, NULL};

enum pv_codec_err vmbus_rescind_channeloffer_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_rescind_channeloffer *out)
{
	return pv_decode(&vmbus_rescind_channeloffer_desc, buf, len, ctx, out);
}

int vmbus_rescind_channeloffer_encode(const struct vmbus_rescind_channeloffer *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_rescind_channeloffer_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_header_only_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_header_only *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	return PV_OK;
}

static enum pv_codec_err vmbus_header_only_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_header_only *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_header_only_wr(const void *p, uint8_t *b)
{
	const struct vmbus_header_only *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
}

static const struct pv_struct_desc vmbus_header_only_desc = {8, 8, false, false, vmbus_header_only_rd, vmbus_header_only_chk, vmbus_header_only_wr, NULL};

enum pv_codec_err vmbus_header_only_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_header_only *out)
{
	return pv_decode(&vmbus_header_only_desc, buf, len, ctx, out);
}

int vmbus_header_only_encode(const struct vmbus_header_only *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_header_only_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_openchannel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_openchannel *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->openid = pv_get_u32(b + 12);
	o->ringbuffer_gpadlhandle = pv_get_u32(b + 16);
	o->target_vp = pv_get_u32(b + 20);
	o->downstream_ringbuffer_pageoffset = pv_get_u32(b + 24);
	memcpy(o->userdata, b + 28, 120);
	return PV_OK;
}

static enum pv_codec_err vmbus_openchannel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_openchannel *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_openchannel_wr(const void *p, uint8_t *b)
{
	const struct vmbus_openchannel *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->openid));
	pv_put_u32(b + 16, (uint32_t)(in->ringbuffer_gpadlhandle));
	pv_put_u32(b + 20, (uint32_t)(in->target_vp));
	pv_put_u32(b + 24, (uint32_t)(in->downstream_ringbuffer_pageoffset));
	memcpy(b + 28, in->userdata, 120);
}

static const struct pv_struct_desc vmbus_openchannel_desc = {148, 148, false, false, vmbus_openchannel_rd, vmbus_openchannel_chk, vmbus_openchannel_wr, NULL};

enum pv_codec_err vmbus_openchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_openchannel *out)
{
	return pv_decode(&vmbus_openchannel_desc, buf, len, ctx, out);
}

int vmbus_openchannel_encode(const struct vmbus_openchannel *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_openchannel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_openchannel2_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_openchannel2 *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->openid = pv_get_u32(b + 12);
	o->ringbuffer_gpadlhandle = pv_get_u32(b + 16);
	o->target_vp = pv_get_u32(b + 20);
	o->downstream_ringbuffer_pageoffset = pv_get_u32(b + 24);
	memcpy(o->userdata, b + 28, 120);
	o->connection_id = pv_get_u32(b + 148);
	o->event_flag = pv_get_u16(b + 152);
	o->open_flags = pv_get_u16(b + 154);
	return PV_OK;
}

static enum pv_codec_err vmbus_openchannel2_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_openchannel2 *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (ctx && ctx->version && !(ctx->features & 1) && o->connection_id != 0)
		return PV_ERR_FEATURE;
	if (ctx && ctx->version && !(ctx->features & 1) && o->event_flag != 0)
		return PV_ERR_FEATURE;
	if (o->open_flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	if (ctx && ctx->version && !(ctx->features & 2) && o->open_flags != 0)
		return PV_ERR_FEATURE;
	return PV_OK;
}

static void vmbus_openchannel2_wr(const void *p, uint8_t *b)
{
	const struct vmbus_openchannel2 *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->openid));
	pv_put_u32(b + 16, (uint32_t)(in->ringbuffer_gpadlhandle));
	pv_put_u32(b + 20, (uint32_t)(in->target_vp));
	pv_put_u32(b + 24, (uint32_t)(in->downstream_ringbuffer_pageoffset));
	memcpy(b + 28, in->userdata, 120);
	pv_put_u32(b + 148, (uint32_t)(in->connection_id));
	pv_put_u16(b + 152, (uint16_t)(in->event_flag));
	pv_put_u16(b + 154, (uint16_t)(in->open_flags));
}

static const struct pv_struct_desc vmbus_openchannel2_desc = {156, 156, false, false, vmbus_openchannel2_rd, vmbus_openchannel2_chk, vmbus_openchannel2_wr, NULL};

enum pv_codec_err vmbus_openchannel2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_openchannel2 *out)
{
	return pv_decode(&vmbus_openchannel2_desc, buf, len, ctx, out);
}

int vmbus_openchannel2_encode(const struct vmbus_openchannel2 *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_openchannel2_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_openchannel_result_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_openchannel_result *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->openid = pv_get_u32(b + 12);
	o->status = pv_get_u32(b + 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_openchannel_result_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_openchannel_result *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_openchannel_result_wr(const void *p, uint8_t *b)
{
	const struct vmbus_openchannel_result *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->openid));
	pv_put_u32(b + 16, (uint32_t)(in->status));
}

static const struct pv_struct_desc vmbus_openchannel_result_desc = {20, 20, false, false, vmbus_openchannel_result_rd, vmbus_openchannel_result_chk, vmbus_openchannel_result_wr, NULL};

enum pv_codec_err vmbus_openchannel_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_openchannel_result *out)
{
	return pv_decode(&vmbus_openchannel_result_desc, buf, len, ctx, out);
}

int vmbus_openchannel_result_encode(const struct vmbus_openchannel_result *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_openchannel_result_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_closechannel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_closechannel *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err vmbus_closechannel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_closechannel *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_closechannel_wr(const void *p, uint8_t *b)
{
	const struct vmbus_closechannel *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static const struct pv_struct_desc vmbus_closechannel_desc = {12, 12, false, false, vmbus_closechannel_rd, vmbus_closechannel_chk, vmbus_closechannel_wr, NULL};

enum pv_codec_err vmbus_closechannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_closechannel *out)
{
	return pv_decode(&vmbus_closechannel_desc, buf, len, ctx, out);
}

int vmbus_closechannel_encode(const struct vmbus_closechannel *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_closechannel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_header_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_gpadl_header *o = p;
	size_t n;
	size_t i;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	o->range_buflen = pv_get_u16(b + 16);
	o->rangecount = pv_get_u16(b + 18);
	n = (len - 20) / 8;
	if ((len - 20) % 8 != 0 || n > VMBUS_GPADL_HEADER_DATA_MAX)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->data[i] = pv_get_u64(b + 20 + 8 * i);
	o->data_count = (uint32_t)n;
	*end = 20 + n * 8;
	return PV_OK;
}

static enum pv_codec_err vmbus_gpadl_header_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_gpadl_header *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->rangecount < 1)
		return PV_ERR_RANGE;
	if (!((uint64_t)o->range_buflen >= UINT64_C(16)))	/* range_buflen >= 16 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->data_count * UINT64_C(8) <= (uint64_t)o->range_buflen))	/* data_count * 8 <= range_buflen */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void vmbus_gpadl_header_wr(const void *p, uint8_t *b)
{
	const struct vmbus_gpadl_header *in = p;
	size_t i;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
	pv_put_u16(b + 16, (uint16_t)(in->range_buflen));
	pv_put_u16(b + 18, (uint16_t)(in->rangecount));
	for (i = 0; i < in->data_count; i++)
		pv_put_u64(b + 20 + 8 * i, (uint64_t)(in->data[i]));
}

static enum pv_codec_err vmbus_gpadl_header_need(const void *p, size_t *need)
{
	const struct vmbus_gpadl_header *in = p;

	if (in->data_count > VMBUS_GPADL_HEADER_DATA_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->data_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc vmbus_gpadl_header_desc = {20, 20, true, true, vmbus_gpadl_header_rd, vmbus_gpadl_header_chk, vmbus_gpadl_header_wr, vmbus_gpadl_header_need};

enum pv_codec_err vmbus_gpadl_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_header *out)
{
	return pv_decode(&vmbus_gpadl_header_desc, buf, len, ctx, out);
}

int vmbus_gpadl_header_encode(const struct vmbus_gpadl_header *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_gpadl_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_body_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_gpadl_body *o = p;
	size_t n;
	size_t i;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->msgnumber = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	n = (len - 16) / 8;
	if ((len - 16) % 8 != 0 || n > VMBUS_GPADL_BODY_PFN_MAX)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->pfn[i] = pv_get_u64(b + 16 + 8 * i);
	o->pfn_count = (uint32_t)n;
	*end = 16 + n * 8;
	return PV_OK;
}

static enum pv_codec_err vmbus_gpadl_body_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_gpadl_body *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_gpadl_body_wr(const void *p, uint8_t *b)
{
	const struct vmbus_gpadl_body *in = p;
	size_t i;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->msgnumber));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
	for (i = 0; i < in->pfn_count; i++)
		pv_put_u64(b + 16 + 8 * i, (uint64_t)(in->pfn[i]));
}

static enum pv_codec_err vmbus_gpadl_body_need(const void *p, size_t *need)
{
	const struct vmbus_gpadl_body *in = p;

	if (in->pfn_count > VMBUS_GPADL_BODY_PFN_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->pfn_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc vmbus_gpadl_body_desc = {16, 16, true, true, vmbus_gpadl_body_rd, vmbus_gpadl_body_chk, vmbus_gpadl_body_wr, vmbus_gpadl_body_need};

enum pv_codec_err vmbus_gpadl_body_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_body *out)
{
	return pv_decode(&vmbus_gpadl_body_desc, buf, len, ctx, out);
}

int vmbus_gpadl_body_encode(const struct vmbus_gpadl_body *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_gpadl_body_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_created_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_gpadl_created *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	o->creation_status = pv_get_u32(b + 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_gpadl_created_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_gpadl_created *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_gpadl_created_wr(const void *p, uint8_t *b)
{
	const struct vmbus_gpadl_created *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
	pv_put_u32(b + 16, (uint32_t)(in->creation_status));
}

static const struct pv_struct_desc vmbus_gpadl_created_desc = {20, 20, false, false, vmbus_gpadl_created_rd, vmbus_gpadl_created_chk, vmbus_gpadl_created_wr, NULL};

enum pv_codec_err vmbus_gpadl_created_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_created *out)
{
	return pv_decode(&vmbus_gpadl_created_desc, buf, len, ctx, out);
}

int vmbus_gpadl_created_encode(const struct vmbus_gpadl_created *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_gpadl_created_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_teardown_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_gpadl_teardown *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err vmbus_gpadl_teardown_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_gpadl_teardown *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_gpadl_teardown_wr(const void *p, uint8_t *b)
{
	const struct vmbus_gpadl_teardown *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
}

static const struct pv_struct_desc vmbus_gpadl_teardown_desc = {16, 16, false, false, vmbus_gpadl_teardown_rd, vmbus_gpadl_teardown_chk, vmbus_gpadl_teardown_wr, NULL};

enum pv_codec_err vmbus_gpadl_teardown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_teardown *out)
{
	return pv_decode(&vmbus_gpadl_teardown_desc, buf, len, ctx, out);
}

int vmbus_gpadl_teardown_encode(const struct vmbus_gpadl_teardown *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_gpadl_teardown_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_torndown_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_gpadl_torndown *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->gpadl = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err vmbus_gpadl_torndown_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_gpadl_torndown *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_gpadl_torndown_wr(const void *p, uint8_t *b)
{
	const struct vmbus_gpadl_torndown *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->gpadl));
}

static const struct pv_struct_desc vmbus_gpadl_torndown_desc = {12, 12, false, false, vmbus_gpadl_torndown_rd, vmbus_gpadl_torndown_chk, vmbus_gpadl_torndown_wr, NULL};

enum pv_codec_err vmbus_gpadl_torndown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_torndown *out)
{
	return pv_decode(&vmbus_gpadl_torndown_desc, buf, len, ctx, out);
}

int vmbus_gpadl_torndown_encode(const struct vmbus_gpadl_torndown *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_gpadl_torndown_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_relid_released_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_relid_released *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err vmbus_relid_released_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_relid_released *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_relid_released_wr(const void *p, uint8_t *b)
{
	const struct vmbus_relid_released *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static const struct pv_struct_desc vmbus_relid_released_desc = {12, 12, false, false, vmbus_relid_released_rd, vmbus_relid_released_chk, vmbus_relid_released_wr, NULL};

enum pv_codec_err vmbus_relid_released_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_relid_released *out)
{
	return pv_decode(&vmbus_relid_released_desc, buf, len, ctx, out);
}

int vmbus_relid_released_encode(const struct vmbus_relid_released *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_relid_released_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_initiate_contact_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_initiate_contact *o = p;
	uint64_t v;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->vmbus_version_requested = pv_get_u32(b + 8);
	o->target_vcpu = pv_get_u32(b + 12);
	v = pv_get_u64(b + 16);
	o->interrupt_page = v;
	o->msg_sint = (uint8_t)((v >> 0) & 255);
	o->msg_vtl = (uint8_t)((v >> 8) & 255);
	o->feature_flags = (uint32_t)((v >> 32) & 0xffffffffU);
	o->monitor_page1 = pv_get_u64(b + 24);
	o->monitor_page2 = pv_get_u64(b + 32);
	return PV_OK;
}

static enum pv_codec_err vmbus_initiate_contact_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_initiate_contact *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_initiate_contact_wr(const void *p, uint8_t *b)
{
	const struct vmbus_initiate_contact *in = p;
	uint64_t v;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->vmbus_version_requested));
	pv_put_u32(b + 12, (uint32_t)(in->target_vcpu));
	v = (uint64_t)in->interrupt_page
	    | ((uint64_t)(in->msg_sint & 255) << 0)
	    | ((uint64_t)(in->msg_vtl & 255) << 8)
	    | ((uint64_t)(in->feature_flags & 0xffffffffU) << 32);
	pv_put_u64(b + 16, (uint64_t)(v));
	pv_put_u64(b + 24, (uint64_t)(in->monitor_page1));
	pv_put_u64(b + 32, (uint64_t)(in->monitor_page2));
}

static const struct pv_struct_desc vmbus_initiate_contact_desc = {40, 40, false, false, vmbus_initiate_contact_rd, vmbus_initiate_contact_chk, vmbus_initiate_contact_wr, NULL};

enum pv_codec_err vmbus_initiate_contact_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_initiate_contact *out)
{
	return pv_decode(&vmbus_initiate_contact_desc, buf, len, ctx, out);
}

int vmbus_initiate_contact_encode(const struct vmbus_initiate_contact *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_initiate_contact_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_initiate_contact2_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_initiate_contact2 *o = p;
	uint64_t v;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->vmbus_version_requested = pv_get_u32(b + 8);
	o->target_vcpu = pv_get_u32(b + 12);
	v = pv_get_u64(b + 16);
	o->interrupt_page = v;
	o->msg_sint = (uint8_t)((v >> 0) & 255);
	o->msg_vtl = (uint8_t)((v >> 8) & 255);
	o->feature_flags = (uint32_t)((v >> 32) & 0xffffffffU);
	o->monitor_page1 = pv_get_u64(b + 24);
	o->monitor_page2 = pv_get_u64(b + 32);
	memcpy(o->client_id, b + 40, 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_initiate_contact2_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_initiate_contact2 *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_initiate_contact2_wr(const void *p, uint8_t *b)
{
	const struct vmbus_initiate_contact2 *in = p;
	uint64_t v;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->vmbus_version_requested));
	pv_put_u32(b + 12, (uint32_t)(in->target_vcpu));
	v = (uint64_t)in->interrupt_page
	    | ((uint64_t)(in->msg_sint & 255) << 0)
	    | ((uint64_t)(in->msg_vtl & 255) << 8)
	    | ((uint64_t)(in->feature_flags & 0xffffffffU) << 32);
	pv_put_u64(b + 16, (uint64_t)(v));
	pv_put_u64(b + 24, (uint64_t)(in->monitor_page1));
	pv_put_u64(b + 32, (uint64_t)(in->monitor_page2));
	memcpy(b + 40, in->client_id, 16);
}

static const struct pv_struct_desc vmbus_initiate_contact2_desc = {56, 56, false, false, vmbus_initiate_contact2_rd, vmbus_initiate_contact2_chk, vmbus_initiate_contact2_wr, NULL};

enum pv_codec_err vmbus_initiate_contact2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_initiate_contact2 *out)
{
	return pv_decode(&vmbus_initiate_contact2_desc, buf, len, ctx, out);
}

int vmbus_initiate_contact2_encode(const struct vmbus_initiate_contact2 *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_initiate_contact2_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_version_response_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_version_response *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->version_supported = pv_get_u8(b + 8);
	o->connection_state = pv_get_u8(b + 9);
	o->padding = pv_get_u16(b + 10);
	o->msg_conn_id = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err vmbus_version_response_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_version_response *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->version_supported > 1)
		return PV_ERR_RANGE;
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void vmbus_version_response_wr(const void *p, uint8_t *b)
{
	const struct vmbus_version_response *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->version_supported));
	pv_put_u8(b + 9, (uint8_t)(in->connection_state));
	pv_put_u16(b + 10, (uint16_t)(in->padding));
	pv_put_u32(b + 12, (uint32_t)(in->msg_conn_id));
}

static const struct pv_struct_desc vmbus_version_response_desc = {16, 16, false, false, vmbus_version_response_rd, vmbus_version_response_chk, vmbus_version_response_wr, NULL};

enum pv_codec_err vmbus_version_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_version_response *out)
{
	return pv_decode(&vmbus_version_response_desc, buf, len, ctx, out);
}

int vmbus_version_response_encode(const struct vmbus_version_response *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_version_response_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_version_response2_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_version_response2 *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->version_supported = pv_get_u8(b + 8);
	o->connection_state = pv_get_u8(b + 9);
	o->padding = pv_get_u16(b + 10);
	o->msg_conn_id = pv_get_u32(b + 12);
	o->supported_features = pv_get_u32(b + 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_version_response2_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_version_response2 *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->version_supported > 1)
		return PV_ERR_RANGE;
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	if (o->supported_features & ~(uint64_t)63)
		return PV_ERR_FLAGS;
	return PV_OK;
}

static void vmbus_version_response2_wr(const void *p, uint8_t *b)
{
	const struct vmbus_version_response2 *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->version_supported));
	pv_put_u8(b + 9, (uint8_t)(in->connection_state));
	pv_put_u16(b + 10, (uint16_t)(in->padding));
	pv_put_u32(b + 12, (uint32_t)(in->msg_conn_id));
	pv_put_u32(b + 16, (uint32_t)(in->supported_features));
}

static const struct pv_struct_desc vmbus_version_response2_desc = {20, 20, false, false, vmbus_version_response2_rd, vmbus_version_response2_chk, vmbus_version_response2_wr, NULL};

enum pv_codec_err vmbus_version_response2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_version_response2 *out)
{
	return pv_decode(&vmbus_version_response2_desc, buf, len, ctx, out);
}

int vmbus_version_response2_encode(const struct vmbus_version_response2 *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_version_response2_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_open_reserved_channel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_open_reserved_channel *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->target_vp = pv_get_u32(b + 12);
	o->target_sint = pv_get_u32(b + 16);
	o->ringbuffer_gpadl = pv_get_u32(b + 20);
	o->downstream_page_offset = pv_get_u32(b + 24);
	return PV_OK;
}

static enum pv_codec_err vmbus_open_reserved_channel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_open_reserved_channel *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_open_reserved_channel_wr(const void *p, uint8_t *b)
{
	const struct vmbus_open_reserved_channel *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->target_vp));
	pv_put_u32(b + 16, (uint32_t)(in->target_sint));
	pv_put_u32(b + 20, (uint32_t)(in->ringbuffer_gpadl));
	pv_put_u32(b + 24, (uint32_t)(in->downstream_page_offset));
}

static const struct pv_struct_desc vmbus_open_reserved_channel_desc = {28, 28, false, false, vmbus_open_reserved_channel_rd, vmbus_open_reserved_channel_chk, vmbus_open_reserved_channel_wr, NULL};

enum pv_codec_err vmbus_open_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_open_reserved_channel *out)
{
	return pv_decode(&vmbus_open_reserved_channel_desc, buf, len, ctx, out);
}

int vmbus_open_reserved_channel_encode(const struct vmbus_open_reserved_channel *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_open_reserved_channel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_close_reserved_channel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_close_reserved_channel *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->target_vp = pv_get_u32(b + 12);
	o->target_sint = pv_get_u32(b + 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_close_reserved_channel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_close_reserved_channel *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_close_reserved_channel_wr(const void *p, uint8_t *b)
{
	const struct vmbus_close_reserved_channel *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->target_vp));
	pv_put_u32(b + 16, (uint32_t)(in->target_sint));
}

static const struct pv_struct_desc vmbus_close_reserved_channel_desc = {20, 20, false, false, vmbus_close_reserved_channel_rd, vmbus_close_reserved_channel_chk, vmbus_close_reserved_channel_wr, NULL};

enum pv_codec_err vmbus_close_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_close_reserved_channel *out)
{
	return pv_decode(&vmbus_close_reserved_channel_desc, buf, len, ctx, out);
}

int vmbus_close_reserved_channel_encode(const struct vmbus_close_reserved_channel *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_close_reserved_channel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_close_reserved_response_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_close_reserved_response *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err vmbus_close_reserved_response_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_close_reserved_response *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_close_reserved_response_wr(const void *p, uint8_t *b)
{
	const struct vmbus_close_reserved_response *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static const struct pv_struct_desc vmbus_close_reserved_response_desc = {12, 12, false, false, vmbus_close_reserved_response_rd, vmbus_close_reserved_response_chk, vmbus_close_reserved_response_wr, NULL};

enum pv_codec_err vmbus_close_reserved_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_close_reserved_response *out)
{
	return pv_decode(&vmbus_close_reserved_response_desc, buf, len, ctx, out);
}

int vmbus_close_reserved_response_encode(const struct vmbus_close_reserved_response *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_close_reserved_response_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_tl_connect_request_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_tl_connect_request *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	memcpy(o->guest_endpoint_id, b + 8, 16);
	memcpy(o->host_service_id, b + 24, 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_tl_connect_request_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_tl_connect_request *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_tl_connect_request_wr(const void *p, uint8_t *b)
{
	const struct vmbus_tl_connect_request *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	memcpy(b + 8, in->guest_endpoint_id, 16);
	memcpy(b + 24, in->host_service_id, 16);
}

static const struct pv_struct_desc vmbus_tl_connect_request_desc = {40, 40, false, false, vmbus_tl_connect_request_rd, vmbus_tl_connect_request_chk, vmbus_tl_connect_request_wr, NULL};

enum pv_codec_err vmbus_tl_connect_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_tl_connect_request *out)
{
	return pv_decode(&vmbus_tl_connect_request_desc, buf, len, ctx, out);
}

int vmbus_tl_connect_request_encode(const struct vmbus_tl_connect_request *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_tl_connect_request_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_tl_connect_request2_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_tl_connect_request2 *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	memcpy(o->guest_endpoint_id, b + 8, 16);
	memcpy(o->host_service_id, b + 24, 16);
	memcpy(o->silo_id, b + 40, 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_tl_connect_request2_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_tl_connect_request2 *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_tl_connect_request2_wr(const void *p, uint8_t *b)
{
	const struct vmbus_tl_connect_request2 *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	memcpy(b + 8, in->guest_endpoint_id, 16);
	memcpy(b + 24, in->host_service_id, 16);
	memcpy(b + 40, in->silo_id, 16);
}

static const struct pv_struct_desc vmbus_tl_connect_request2_desc = {56, 56, false, false, vmbus_tl_connect_request2_rd, vmbus_tl_connect_request2_chk, vmbus_tl_connect_request2_wr, NULL};

enum pv_codec_err vmbus_tl_connect_request2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_tl_connect_request2 *out)
{
	return pv_decode(&vmbus_tl_connect_request2_desc, buf, len, ctx, out);
}

int vmbus_tl_connect_request2_encode(const struct vmbus_tl_connect_request2 *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_tl_connect_request2_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_modifychannel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_modifychannel *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->target_vp = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err vmbus_modifychannel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_modifychannel *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_modifychannel_wr(const void *p, uint8_t *b)
{
	const struct vmbus_modifychannel *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->target_vp));
}

static const struct pv_struct_desc vmbus_modifychannel_desc = {16, 16, false, false, vmbus_modifychannel_rd, vmbus_modifychannel_chk, vmbus_modifychannel_wr, NULL};

enum pv_codec_err vmbus_modifychannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modifychannel *out)
{
	return pv_decode(&vmbus_modifychannel_desc, buf, len, ctx, out);
}

int vmbus_modifychannel_encode(const struct vmbus_modifychannel *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_modifychannel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_tl_connect_result_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_tl_connect_result *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	memcpy(o->guest_endpoint_id, b + 8, 16);
	memcpy(o->host_service_id, b + 24, 16);
	o->status = (int32_t)pv_get_u32(b + 40);
	return PV_OK;
}

static enum pv_codec_err vmbus_tl_connect_result_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_tl_connect_result *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_tl_connect_result_wr(const void *p, uint8_t *b)
{
	const struct vmbus_tl_connect_result *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	memcpy(b + 8, in->guest_endpoint_id, 16);
	memcpy(b + 24, in->host_service_id, 16);
	pv_put_u32(b + 40, (uint32_t)(in->status));
}

static const struct pv_struct_desc vmbus_tl_connect_result_desc = {44, 44, false, false, vmbus_tl_connect_result_rd, vmbus_tl_connect_result_chk, vmbus_tl_connect_result_wr, NULL};

enum pv_codec_err vmbus_tl_connect_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_tl_connect_result *out)
{
	return pv_decode(&vmbus_tl_connect_result_desc, buf, len, ctx, out);
}

int vmbus_tl_connect_result_encode(const struct vmbus_tl_connect_result *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_tl_connect_result_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_modifychannel_response_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_modifychannel_response *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->child_relid = pv_get_u32(b + 8);
	o->status = (int32_t)pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err vmbus_modifychannel_response_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_modifychannel_response *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_modifychannel_response_wr(const void *p, uint8_t *b)
{
	const struct vmbus_modifychannel_response *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static const struct pv_struct_desc vmbus_modifychannel_response_desc = {16, 16, false, false, vmbus_modifychannel_response_rd, vmbus_modifychannel_response_chk, vmbus_modifychannel_response_wr, NULL};

enum pv_codec_err vmbus_modifychannel_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modifychannel_response *out)
{
	return pv_decode(&vmbus_modifychannel_response_desc, buf, len, ctx, out);
}

int vmbus_modifychannel_response_encode(const struct vmbus_modifychannel_response *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_modifychannel_response_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_modify_connection_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_modify_connection *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->parent_to_child_monitor_page_gpa = pv_get_u64(b + 8);
	o->child_to_parent_monitor_page_gpa = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err vmbus_modify_connection_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_modify_connection *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void vmbus_modify_connection_wr(const void *p, uint8_t *b)
{
	const struct vmbus_modify_connection *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u64(b + 8, (uint64_t)(in->parent_to_child_monitor_page_gpa));
	pv_put_u64(b + 16, (uint64_t)(in->child_to_parent_monitor_page_gpa));
}

static const struct pv_struct_desc vmbus_modify_connection_desc = {24, 24, false, false, vmbus_modify_connection_rd, vmbus_modify_connection_chk, vmbus_modify_connection_wr, NULL};

enum pv_codec_err vmbus_modify_connection_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modify_connection *out)
{
	return pv_decode(&vmbus_modify_connection_desc, buf, len, ctx, out);
}

int vmbus_modify_connection_encode(const struct vmbus_modify_connection *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_modify_connection_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmbus_modify_connection_response_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmbus_modify_connection_response *o = p;

	vmbus_msg_header_rd(b + 0, len, &o->hdr, end);
	o->connection_state = pv_get_u8(b + 8);
	return PV_OK;
}

static enum pv_codec_err vmbus_modify_connection_response_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmbus_modify_connection_response *o = p;
	enum pv_codec_err err;

	err = vmbus_msg_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void vmbus_modify_connection_response_wr(const void *p, uint8_t *b)
{
	const struct vmbus_modify_connection_response *in = p;

	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->connection_state));
}

static const struct pv_struct_desc vmbus_modify_connection_response_desc = {9, 9, false, false, vmbus_modify_connection_response_rd, vmbus_modify_connection_response_chk, vmbus_modify_connection_response_wr, NULL};

enum pv_codec_err vmbus_modify_connection_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modify_connection_response *out)
{
	return pv_decode(&vmbus_modify_connection_response_desc, buf, len, ctx, out);
}

int vmbus_modify_connection_response_encode(const struct vmbus_modify_connection_response *in, void *buf, size_t cap)
{
	return pv_encode(&vmbus_modify_connection_response_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant vmbus_msg_variants[] = {
	{&vmbus_offerchannel_desc, 0, 0, 0, 0},	/* OFFERCHANNEL */
	{&vmbus_rescind_channeloffer_desc, 0, 0, 0, 0},	/* RESCIND_CHANNELOFFER */
	{&vmbus_header_only_desc, 0, 0, 0, 0},	/* REQUESTOFFERS */
	{&vmbus_header_only_desc, 0, 0, 0, 0},	/* ALLOFFERS_DELIVERED */
	{&vmbus_openchannel2_desc, 156, 0x60000, 3, 0},	/* OPENCHANNEL */
	{&vmbus_openchannel_desc, 0, 0, 0, 0},	/* OPENCHANNEL */
	{&vmbus_openchannel_result_desc, 0, 0, 0, 0},	/* OPENCHANNEL_RESULT */
	{&vmbus_closechannel_desc, 0, 0, 0, 0},	/* CLOSECHANNEL */
	{&vmbus_gpadl_header_desc, 0, 0, 0, 0},	/* GPADL_HEADER */
	{&vmbus_gpadl_body_desc, 0, 0, 0, 0},	/* GPADL_BODY */
	{&vmbus_gpadl_created_desc, 0, 0, 0, 0},	/* GPADL_CREATED */
	{&vmbus_gpadl_teardown_desc, 0, 0, 0, 0},	/* GPADL_TEARDOWN */
	{&vmbus_gpadl_torndown_desc, 0, 0, 0, 0},	/* GPADL_TORNDOWN */
	{&vmbus_relid_released_desc, 0, 0, 0, 0},	/* RELID_RELEASED */
	{&vmbus_initiate_contact2_desc, 56, 0, 0, 0},	/* INITIATE_CONTACT */
	{&vmbus_initiate_contact_desc, 0, 0, 0, 0},	/* INITIATE_CONTACT */
	{&vmbus_version_response2_desc, 20, 0, 0, 0},	/* VERSION_RESPONSE */
	{&vmbus_version_response_desc, 0, 0, 0, 0},	/* VERSION_RESPONSE */
	{&vmbus_header_only_desc, 0, 0, 0, 0},	/* UNLOAD */
	{&vmbus_header_only_desc, 0, 0, 0, 0},	/* UNLOAD_RESPONSE */
	{&vmbus_open_reserved_channel_desc, 0, 0, 0, 0},	/* OPEN_RESERVED_CHANNEL */
	{&vmbus_close_reserved_channel_desc, 0, 0, 0, 0},	/* CLOSE_RESERVED_CHANNEL */
	{&vmbus_close_reserved_response_desc, 0, 0, 0, 0},	/* CLOSE_RESERVED_RESPONSE */
	{&vmbus_tl_connect_request2_desc, 56, 0x50002, 0, 0},	/* TL_CONNECT_REQUEST */
	{&vmbus_tl_connect_request_desc, 0, 0, 0, 0},	/* TL_CONNECT_REQUEST */
	{&vmbus_modifychannel_desc, 0, 0, 0, 0},	/* MODIFYCHANNEL */
	{&vmbus_tl_connect_result_desc, 0, 0, 0, 0},	/* TL_CONNECT_RESULT */
	{&vmbus_modifychannel_response_desc, 0, 0, 0, 0},	/* MODIFYCHANNEL_RESPONSE */
	{&vmbus_modify_connection_desc, 0, 0, 0, 0},	/* MODIFY_CONNECTION */
	{&vmbus_modify_connection_response_desc, 0, 0, 0, 0},	/* MODIFY_CONNECTION_RESPONSE */
	{&vmbus_header_only_desc, 0, 0, 0, 0},	/* PAUSE */
	{&vmbus_header_only_desc, 0, 0, 0, 0},	/* PAUSE_RESPONSE */
	{&vmbus_header_only_desc, 0, 0, 0, 0},	/* RESUME */
};

const struct pv_msg_desc vmbus_msg_table[] = {
	{1, "OFFERCHANNEL", 196, 196, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, offerchannel), 0, 1},
	{2, "RESCIND_CHANNELOFFER", 12, 12, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, rescind_channeloffer), 1, 1},
	{3, "REQUESTOFFERS", 8, 8, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, requestoffers), 2, 1},
	{4, "ALLOFFERS_DELIVERED", 8, 8, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, alloffers_delivered), 3, 1},
	{5, "OPENCHANNEL", 148, 156, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, openchannel), 4, 2},
	{6, "OPENCHANNEL_RESULT", 20, 20, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, openchannel_result), 6, 1},
	{7, "CLOSECHANNEL", 12, 12, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, closechannel), 7, 1},
	{8, "GPADL_HEADER", 20, 236, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, gpadl_header), 8, 1},
	{9, "GPADL_BODY", 16, 240, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, gpadl_body), 9, 1},
	{10, "GPADL_CREATED", 20, 20, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, gpadl_created), 10, 1},
	{11, "GPADL_TEARDOWN", 16, 16, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, gpadl_teardown), 11, 1},
	{12, "GPADL_TORNDOWN", 12, 12, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, gpadl_torndown), 12, 1},
	{13, "RELID_RELEASED", 12, 12, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, relid_released), 13, 1},
	{14, "INITIATE_CONTACT", 40, 56, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, initiate_contact), 14, 2},
	{15, "VERSION_RESPONSE", 16, 20, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, version_response), 16, 2},
	{16, "UNLOAD", 8, 8, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, unload), 18, 1},
	{17, "UNLOAD_RESPONSE", 8, 8, 0x10001, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, unload_response), 19, 1},
	{18, "OPEN_RESERVED_CHANNEL", 28, 28, 0x40000, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, open_reserved_channel), 20, 1},
	{19, "CLOSE_RESERVED_CHANNEL", 20, 20, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, close_reserved_channel), 21, 1},
	{20, "CLOSE_RESERVED_RESPONSE", 12, 12, 0x40000, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, close_reserved_response), 22, 1},
	{21, "TL_CONNECT_REQUEST", 40, 56, 0x40000, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, tl_connect_request), 23, 2},
	{22, "MODIFYCHANNEL", 16, 16, 0x40001, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, modifychannel), 25, 1},
	{23, "TL_CONNECT_RESULT", 44, 44, 0x40001, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, tl_connect_result), 26, 1},
	{24, "MODIFYCHANNEL_RESPONSE", 16, 16, 0x50003, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, modifychannel_response), 27, 1},
	{25, "MODIFY_CONNECTION", 24, 24, 0x60000, 0, 4, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, modify_connection), 28, 1},
	{26, "MODIFY_CONNECTION_RESPONSE", 9, 9, 0x60000, 0, 4, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, modify_connection_response), 29, 1},
	{27, "PAUSE", 8, 8, 0x60000, 0, 32, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, pause), 30, 1},
	{28, "PAUSE_RESPONSE", 8, 8, 0x60000, 0, 32, PV_DIR_TO_GUEST,
	 offsetof(struct vmbus_msg_handlers, pause_response), 31, 1},
	{29, "RESUME", 8, 8, 0x60000, 0, 32, PV_DIR_TO_HOST,
	 offsetof(struct vmbus_msg_handlers, resume), 32, 1},
};
const size_t vmbus_msg_table_count = sizeof(vmbus_msg_table) / sizeof(vmbus_msg_table[0]);

const struct pv_msg_desc *vmbus_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &vmbus_msg_table[0];
	case 2:
		return &vmbus_msg_table[1];
	case 3:
		return &vmbus_msg_table[2];
	case 4:
		return &vmbus_msg_table[3];
	case 5:
		return &vmbus_msg_table[4];
	case 6:
		return &vmbus_msg_table[5];
	case 7:
		return &vmbus_msg_table[6];
	case 8:
		return &vmbus_msg_table[7];
	case 9:
		return &vmbus_msg_table[8];
	case 10:
		return &vmbus_msg_table[9];
	case 11:
		return &vmbus_msg_table[10];
	case 12:
		return &vmbus_msg_table[11];
	case 13:
		return &vmbus_msg_table[12];
	case 14:
		return &vmbus_msg_table[13];
	case 15:
		return &vmbus_msg_table[14];
	case 16:
		return &vmbus_msg_table[15];
	case 17:
		return &vmbus_msg_table[16];
	case 18:
		return &vmbus_msg_table[17];
	case 19:
		return &vmbus_msg_table[18];
	case 20:
		return &vmbus_msg_table[19];
	case 21:
		return &vmbus_msg_table[20];
	case 22:
		return &vmbus_msg_table[21];
	case 23:
		return &vmbus_msg_table[22];
	case 24:
		return &vmbus_msg_table[23];
	case 25:
		return &vmbus_msg_table[24];
	case 26:
		return &vmbus_msg_table[25];
	case 27:
		return &vmbus_msg_table[26];
	case 28:
		return &vmbus_msg_table[27];
	case 29:
		return &vmbus_msg_table[28];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab vmbus_msg_tab = {
	vmbus_msg_table, sizeof(vmbus_msg_table) / sizeof(vmbus_msg_table[0]), vmbus_msg_variants, 0, 4,
	vmbus_msg_lookup,
};

enum pv_codec_err vmbus_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_msg *out)
{
	return pv_msg_decode(&vmbus_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int vmbus_msg_encode(const struct vmbus_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&vmbus_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int vmbus_msg_dispatch(const struct vmbus_msg_handlers *h, void *ctx, const struct vmbus_msg *m)
{
	const struct pv_msg_desc *d = vmbus_msg_lookup(m->type);
	vmbus_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}

static const uint8_t vmbus_msg_conn_events[] = {
	VMBUS_CONN_EV_OFFERCHANNEL,	/* OFFERCHANNEL */
	VMBUS_CONN_EV_RESCIND_CHANNELOFFER,	/* RESCIND_CHANNELOFFER */
	VMBUS_CONN_EV_REQUESTOFFERS,	/* REQUESTOFFERS */
	VMBUS_CONN_EV_ALLOFFERS_DELIVERED,	/* ALLOFFERS_DELIVERED */
	VMBUS_CONN_EV_CHANNEL_RX,	/* OPENCHANNEL */
	VMBUS_CONN_EV_CHANNEL_TX,	/* OPENCHANNEL_RESULT */
	VMBUS_CONN_EV_CHANNEL_RX,	/* CLOSECHANNEL */
	VMBUS_CONN_EV_CHANNEL_RX,	/* GPADL_HEADER */
	VMBUS_CONN_EV_CHANNEL_RX,	/* GPADL_BODY */
	VMBUS_CONN_EV_CHANNEL_TX,	/* GPADL_CREATED */
	VMBUS_CONN_EV_CHANNEL_RX,	/* GPADL_TEARDOWN */
	VMBUS_CONN_EV_CHANNEL_TX,	/* GPADL_TORNDOWN */
	VMBUS_CONN_EV_CHANNEL_RX,	/* RELID_RELEASED */
	VMBUS_CONN_EV_INITIATE_CONTACT,	/* INITIATE_CONTACT */
	0,	/* VERSION_RESPONSE */
	VMBUS_CONN_EV_UNLOAD,	/* UNLOAD */
	VMBUS_CONN_EV_UNLOAD_RESPONSE,	/* UNLOAD_RESPONSE */
	0,	/* OPEN_RESERVED_CHANNEL */
	0,	/* CLOSE_RESERVED_CHANNEL */
	0,	/* CLOSE_RESERVED_RESPONSE */
	VMBUS_CONN_EV_CHANNEL_RX,	/* TL_CONNECT_REQUEST */
	VMBUS_CONN_EV_CHANNEL_RX,	/* MODIFYCHANNEL */
	VMBUS_CONN_EV_CHANNEL_TX,	/* TL_CONNECT_RESULT */
	VMBUS_CONN_EV_CHANNEL_TX,	/* MODIFYCHANNEL_RESPONSE */
	0,	/* MODIFY_CONNECTION */
	0,	/* MODIFY_CONNECTION_RESPONSE */
	0,	/* PAUSE */
	0,	/* PAUSE_RESPONSE */
	0,	/* RESUME */
};

int vmbus_msg_event(const struct vmbus_msg *m, uint8_t dir PV_UNUSED)
{
	const struct pv_msg_desc *d = vmbus_msg_lookup(m->type);

	switch (m->type) {
	case 15:	/* VERSION_RESPONSE */
		if ((uint64_t)m->u.version_response.version_supported != UINT64_C(0))
			return VMBUS_CONN_EV_VERSION_ACCEPTED;
		return VMBUS_CONN_EV_VERSION_REJECTED;
	default:
		break;
	}
	return d ? vmbus_msg_conn_events[d - vmbus_msg_table] : 0;
}

static const uint8_t vmbus_msg_chan_events[] = {
	0,	/* OFFERCHANNEL */
	VMBUS_CHAN_EV_RESCIND,	/* RESCIND_CHANNELOFFER */
	0,	/* REQUESTOFFERS */
	0,	/* ALLOFFERS_DELIVERED */
	VMBUS_CHAN_EV_OPENCHANNEL,	/* OPENCHANNEL */
	0,	/* OPENCHANNEL_RESULT */
	VMBUS_CHAN_EV_CLOSECHANNEL,	/* CLOSECHANNEL */
	VMBUS_CHAN_EV_GPADL,	/* GPADL_HEADER */
	VMBUS_CHAN_EV_GPADL,	/* GPADL_BODY */
	VMBUS_CHAN_EV_GPADL,	/* GPADL_CREATED */
	VMBUS_CHAN_EV_GPADL,	/* GPADL_TEARDOWN */
	VMBUS_CHAN_EV_GPADL,	/* GPADL_TORNDOWN */
	VMBUS_CHAN_EV_RELID_RELEASED,	/* RELID_RELEASED */
	0,	/* INITIATE_CONTACT */
	0,	/* VERSION_RESPONSE */
	0,	/* UNLOAD */
	0,	/* UNLOAD_RESPONSE */
	0,	/* OPEN_RESERVED_CHANNEL */
	0,	/* CLOSE_RESERVED_CHANNEL */
	0,	/* CLOSE_RESERVED_RESPONSE */
	0,	/* TL_CONNECT_REQUEST */
	VMBUS_CHAN_EV_MODIFYCHANNEL,	/* MODIFYCHANNEL */
	0,	/* TL_CONNECT_RESULT */
	VMBUS_CHAN_EV_MODIFYCHANNEL_RESPONSE,	/* MODIFYCHANNEL_RESPONSE */
	0,	/* MODIFY_CONNECTION */
	0,	/* MODIFY_CONNECTION_RESPONSE */
	0,	/* PAUSE */
	0,	/* PAUSE_RESPONSE */
	0,	/* RESUME */
};

int vmbus_msg_chan_event(const struct vmbus_msg *m, uint8_t dir PV_UNUSED)
{
	const struct pv_msg_desc *d = vmbus_msg_lookup(m->type);

	switch (m->type) {
	case 6:	/* OPENCHANNEL_RESULT */
		if ((uint64_t)m->u.openchannel_result.status == UINT64_C(0))
			return VMBUS_CHAN_EV_OPEN_OK;
		return VMBUS_CHAN_EV_OPEN_FAILED;
	default:
		break;
	}
	return d ? vmbus_msg_chan_events[d - vmbus_msg_table] : 0;
}

static const uint8_t vmbus_msg_gpadl_events[] = {
	0,	/* OFFERCHANNEL */
	0,	/* RESCIND_CHANNELOFFER */
	0,	/* REQUESTOFFERS */
	0,	/* ALLOFFERS_DELIVERED */
	0,	/* OPENCHANNEL */
	0,	/* OPENCHANNEL_RESULT */
	0,	/* CLOSECHANNEL */
	0,	/* GPADL_HEADER */
	0,	/* GPADL_BODY */
	0,	/* GPADL_CREATED */
	VMBUS_GPADL_EV_TEARDOWN,	/* GPADL_TEARDOWN */
	VMBUS_GPADL_EV_TORNDOWN,	/* GPADL_TORNDOWN */
	0,	/* RELID_RELEASED */
	0,	/* INITIATE_CONTACT */
	0,	/* VERSION_RESPONSE */
	0,	/* UNLOAD */
	0,	/* UNLOAD_RESPONSE */
	0,	/* OPEN_RESERVED_CHANNEL */
	0,	/* CLOSE_RESERVED_CHANNEL */
	0,	/* CLOSE_RESERVED_RESPONSE */
	0,	/* TL_CONNECT_REQUEST */
	0,	/* MODIFYCHANNEL */
	0,	/* TL_CONNECT_RESULT */
	0,	/* MODIFYCHANNEL_RESPONSE */
	0,	/* MODIFY_CONNECTION */
	0,	/* MODIFY_CONNECTION_RESPONSE */
	0,	/* PAUSE */
	0,	/* PAUSE_RESPONSE */
	0,	/* RESUME */
};

int vmbus_msg_gpadl_event(const struct vmbus_msg *m, uint8_t dir PV_UNUSED)
{
	const struct pv_msg_desc *d = vmbus_msg_lookup(m->type);

	switch (m->type) {
	case 10:	/* GPADL_CREATED */
		if ((uint64_t)m->u.gpadl_created.creation_status == UINT64_C(0))
			return VMBUS_GPADL_EV_CREATED_OK;
		return VMBUS_GPADL_EV_CREATED_FAILED;
	default:
		break;
	}
	return d ? vmbus_msg_gpadl_events[d - vmbus_msg_table] : 0;
}
