/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <stdbool.h>
#include <string.h>

#include "vmbus_codec.h"

static bool vmbus_msg_type_valid(int64_t v)
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
	case 8:
	case 9:
	case 10:
	case 11:
	case 12:
	case 13:
	case 14:
	case 15:
	case 16:
	case 17:
	case 18:
	case 19:
	case 20:
	case 21:
	case 22:
	case 23:
	case 24:
	case 25:
	case 26:
	case 27:
	case 28:
	case 29:
		return true;
	default:
		return false;
	}
}

static bool vmbus_connection_state_valid(int64_t v)
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

static enum pv_codec_err vmbus_msg_header_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_msg_header *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->msgtype = pv_get_u32(b + 0);
	if (!vmbus_msg_type_valid((int64_t)o->msgtype))
		return PV_ERR_ENUM;
	o->padding = pv_get_u32(b + 4);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_msg_header_wr(const struct vmbus_msg_header *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->msgtype));
	pv_put_u32(b + 4, (uint32_t)(in->padding));
}

static enum pv_codec_err vmbus_msg_header_chk(const struct vmbus_msg_header *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!stamped) {
		if (!vmbus_msg_type_valid((int64_t)o->msgtype))
			return PV_ERR_ENUM;
	}
	return PV_OK;
}

enum pv_codec_err vmbus_msg_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_msg_header *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return vmbus_msg_header_rd(buf, len, ctx, out);
}

static int vmbus_msg_header_enc(const struct vmbus_msg_header *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = vmbus_msg_header_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_msg_header_wr(in, b);
	return (int)need;
}

int vmbus_msg_header_encode(const struct vmbus_msg_header *in, void *buf, size_t cap)
{
	return vmbus_msg_header_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_offerchannel_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_offerchannel *o)
{
	uint64_t v;
	enum pv_codec_err err;
	size_t tail_end = 196;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	memcpy(o->if_type, b + 8, 16);
	memcpy(o->if_instance, b + 24, 16);
	o->reserved1 = pv_get_u64(b + 40);
	o->reserved2 = pv_get_u64(b + 48);
	o->chn_flags = pv_get_u16(b + 56);
	if (o->chn_flags & ~(uint64_t)0x2717)
		return PV_ERR_FLAGS;
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
	(void)tail_end;
	return PV_OK;
}

static void vmbus_offerchannel_wr(const struct vmbus_offerchannel *in, uint8_t *b)
{
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

static enum pv_codec_err vmbus_offerchannel_chk(const struct vmbus_offerchannel *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
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

enum pv_codec_err vmbus_offerchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_offerchannel *out)
{
	if (len < 196)
		return PV_ERR_SHORT;
	if (len > 196)
		return PV_ERR_LONG;
	return vmbus_offerchannel_rd(buf, len, ctx, out);
}

static int vmbus_offerchannel_enc(const struct vmbus_offerchannel *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 196;

	err = vmbus_offerchannel_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_offerchannel_wr(in, b);
	return (int)need;
}

int vmbus_offerchannel_encode(const struct vmbus_offerchannel *in, void *buf, size_t cap)
{
	return vmbus_offerchannel_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_rescind_channeloffer_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_rescind_channeloffer *o)
{
	enum pv_codec_err err;
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_rescind_channeloffer_wr(const struct vmbus_rescind_channeloffer *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static enum pv_codec_err vmbus_rescind_channeloffer_chk(const struct vmbus_rescind_channeloffer *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_rescind_channeloffer_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_rescind_channeloffer *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return vmbus_rescind_channeloffer_rd(buf, len, ctx, out);
}

static int vmbus_rescind_channeloffer_enc(const struct vmbus_rescind_channeloffer *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = vmbus_rescind_channeloffer_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_rescind_channeloffer_wr(in, b);
	return (int)need;
}

int vmbus_rescind_channeloffer_encode(const struct vmbus_rescind_channeloffer *in, void *buf, size_t cap)
{
	return vmbus_rescind_channeloffer_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_header_only_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_header_only *o)
{
	enum pv_codec_err err;
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	(void)tail_end;
	return PV_OK;
}

static void vmbus_header_only_wr(const struct vmbus_header_only *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
}

static enum pv_codec_err vmbus_header_only_chk(const struct vmbus_header_only *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_header_only_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_header_only *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return vmbus_header_only_rd(buf, len, ctx, out);
}

static int vmbus_header_only_enc(const struct vmbus_header_only *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = vmbus_header_only_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_header_only_wr(in, b);
	return (int)need;
}

int vmbus_header_only_encode(const struct vmbus_header_only *in, void *buf, size_t cap)
{
	return vmbus_header_only_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_openchannel_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_openchannel *o)
{
	enum pv_codec_err err;
	size_t tail_end = 148;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->openid = pv_get_u32(b + 12);
	o->ringbuffer_gpadlhandle = pv_get_u32(b + 16);
	o->target_vp = pv_get_u32(b + 20);
	o->downstream_ringbuffer_pageoffset = pv_get_u32(b + 24);
	memcpy(o->userdata, b + 28, 120);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_openchannel_wr(const struct vmbus_openchannel *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->openid));
	pv_put_u32(b + 16, (uint32_t)(in->ringbuffer_gpadlhandle));
	pv_put_u32(b + 20, (uint32_t)(in->target_vp));
	pv_put_u32(b + 24, (uint32_t)(in->downstream_ringbuffer_pageoffset));
	memcpy(b + 28, in->userdata, 120);
}

static enum pv_codec_err vmbus_openchannel_chk(const struct vmbus_openchannel *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_openchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_openchannel *out)
{
	if (len < 148)
		return PV_ERR_SHORT;
	if (len > 148)
		return PV_ERR_LONG;
	return vmbus_openchannel_rd(buf, len, ctx, out);
}

static int vmbus_openchannel_enc(const struct vmbus_openchannel *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 148;

	err = vmbus_openchannel_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_openchannel_wr(in, b);
	return (int)need;
}

int vmbus_openchannel_encode(const struct vmbus_openchannel *in, void *buf, size_t cap)
{
	return vmbus_openchannel_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_openchannel2_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_openchannel2 *o)
{
	enum pv_codec_err err;
	size_t tail_end = 156;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->openid = pv_get_u32(b + 12);
	o->ringbuffer_gpadlhandle = pv_get_u32(b + 16);
	o->target_vp = pv_get_u32(b + 20);
	o->downstream_ringbuffer_pageoffset = pv_get_u32(b + 24);
	memcpy(o->userdata, b + 28, 120);
	o->connection_id = pv_get_u32(b + 148);
	if (ctx && ctx->version && !(ctx->features & 1) && o->connection_id != 0)
		return PV_ERR_FEATURE;
	o->event_flag = pv_get_u16(b + 152);
	if (ctx && ctx->version && !(ctx->features & 1) && o->event_flag != 0)
		return PV_ERR_FEATURE;
	o->open_flags = pv_get_u16(b + 154);
	if (o->open_flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	if (ctx && ctx->version && !(ctx->features & 2) && o->open_flags != 0)
		return PV_ERR_FEATURE;
	(void)tail_end;
	return PV_OK;
}

static void vmbus_openchannel2_wr(const struct vmbus_openchannel2 *in, uint8_t *b)
{
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

static enum pv_codec_err vmbus_openchannel2_chk(const struct vmbus_openchannel2 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
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

enum pv_codec_err vmbus_openchannel2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_openchannel2 *out)
{
	if (len < 156)
		return PV_ERR_SHORT;
	if (len > 156)
		return PV_ERR_LONG;
	return vmbus_openchannel2_rd(buf, len, ctx, out);
}

static int vmbus_openchannel2_enc(const struct vmbus_openchannel2 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 156;

	err = vmbus_openchannel2_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_openchannel2_wr(in, b);
	return (int)need;
}

int vmbus_openchannel2_encode(const struct vmbus_openchannel2 *in, void *buf, size_t cap)
{
	return vmbus_openchannel2_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_openchannel_result_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_openchannel_result *o)
{
	enum pv_codec_err err;
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->openid = pv_get_u32(b + 12);
	o->status = pv_get_u32(b + 16);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_openchannel_result_wr(const struct vmbus_openchannel_result *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->openid));
	pv_put_u32(b + 16, (uint32_t)(in->status));
}

static enum pv_codec_err vmbus_openchannel_result_chk(const struct vmbus_openchannel_result *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_openchannel_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_openchannel_result *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	if (len > 20)
		return PV_ERR_LONG;
	return vmbus_openchannel_result_rd(buf, len, ctx, out);
}

static int vmbus_openchannel_result_enc(const struct vmbus_openchannel_result *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = vmbus_openchannel_result_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_openchannel_result_wr(in, b);
	return (int)need;
}

int vmbus_openchannel_result_encode(const struct vmbus_openchannel_result *in, void *buf, size_t cap)
{
	return vmbus_openchannel_result_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_closechannel_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_closechannel *o)
{
	enum pv_codec_err err;
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_closechannel_wr(const struct vmbus_closechannel *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static enum pv_codec_err vmbus_closechannel_chk(const struct vmbus_closechannel *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_closechannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_closechannel *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return vmbus_closechannel_rd(buf, len, ctx, out);
}

static int vmbus_closechannel_enc(const struct vmbus_closechannel *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = vmbus_closechannel_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_closechannel_wr(in, b);
	return (int)need;
}

int vmbus_closechannel_encode(const struct vmbus_closechannel *in, void *buf, size_t cap)
{
	return vmbus_closechannel_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_header_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_gpadl_header *o)
{
	size_t i;
	enum pv_codec_err err;
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	o->range_buflen = pv_get_u16(b + 16);
	o->rangecount = pv_get_u16(b + 18);
	if (o->rangecount < 1)
		return PV_ERR_RANGE;
	{
		size_t n;

		if ((len - 20) % 8 != 0)
			return PV_ERR_COUNT;
		n = (len - 20) / 8;
		if (n > VMBUS_GPADL_HEADER_DATA_MAX)
			return PV_ERR_COUNT;
		for (i = 0; i < n; i++) {
			o->data[i] = pv_get_u64(b + 20 + 8 * i);
		}
		o->data_count = (uint32_t)n;
		tail_end = 20 + n * 8;
	}
	if (tail_end != len)
		return PV_ERR_LONG;
	if (!((uint64_t)o->range_buflen >= UINT64_C(16)))	/* range_buflen >= 16 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->data_count * UINT64_C(8) <= (uint64_t)o->range_buflen))	/* data_count * 8 <= range_buflen */
		return PV_ERR_COUNT;
	(void)tail_end;
	return PV_OK;
}

static void vmbus_gpadl_header_wr(const struct vmbus_gpadl_header *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
	pv_put_u16(b + 16, (uint16_t)(in->range_buflen));
	pv_put_u16(b + 18, (uint16_t)(in->rangecount));
}

static enum pv_codec_err vmbus_gpadl_header_chk(const struct vmbus_gpadl_header *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
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

enum pv_codec_err vmbus_gpadl_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_header *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	return vmbus_gpadl_header_rd(buf, len, ctx, out);
}

static int vmbus_gpadl_header_enc(const struct vmbus_gpadl_header *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;
	size_t i;

	if (in->data_count > VMBUS_GPADL_HEADER_DATA_MAX)
		return -PV_ERR_COUNT;
	need += (size_t)in->data_count * 8;
	err = vmbus_gpadl_header_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_gpadl_header_wr(in, b);
	for (i = 0; i < in->data_count; i++)
		pv_put_u64(b + 20 + 8 * i, (uint64_t)(in->data[i]));
	return (int)need;
}

int vmbus_gpadl_header_encode(const struct vmbus_gpadl_header *in, void *buf, size_t cap)
{
	return vmbus_gpadl_header_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_body_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_gpadl_body *o)
{
	size_t i;
	enum pv_codec_err err;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->msgnumber = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	{
		size_t n;

		if ((len - 16) % 8 != 0)
			return PV_ERR_COUNT;
		n = (len - 16) / 8;
		if (n > VMBUS_GPADL_BODY_PFN_MAX)
			return PV_ERR_COUNT;
		for (i = 0; i < n; i++) {
			o->pfn[i] = pv_get_u64(b + 16 + 8 * i);
		}
		o->pfn_count = (uint32_t)n;
		tail_end = 16 + n * 8;
	}
	if (tail_end != len)
		return PV_ERR_LONG;
	(void)tail_end;
	return PV_OK;
}

static void vmbus_gpadl_body_wr(const struct vmbus_gpadl_body *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->msgnumber));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
}

static enum pv_codec_err vmbus_gpadl_body_chk(const struct vmbus_gpadl_body *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_gpadl_body_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_body *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	return vmbus_gpadl_body_rd(buf, len, ctx, out);
}

static int vmbus_gpadl_body_enc(const struct vmbus_gpadl_body *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;
	size_t i;

	if (in->pfn_count > VMBUS_GPADL_BODY_PFN_MAX)
		return -PV_ERR_COUNT;
	need += (size_t)in->pfn_count * 8;
	err = vmbus_gpadl_body_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_gpadl_body_wr(in, b);
	for (i = 0; i < in->pfn_count; i++)
		pv_put_u64(b + 16 + 8 * i, (uint64_t)(in->pfn[i]));
	return (int)need;
}

int vmbus_gpadl_body_encode(const struct vmbus_gpadl_body *in, void *buf, size_t cap)
{
	return vmbus_gpadl_body_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_created_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_gpadl_created *o)
{
	enum pv_codec_err err;
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	o->creation_status = pv_get_u32(b + 16);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_gpadl_created_wr(const struct vmbus_gpadl_created *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
	pv_put_u32(b + 16, (uint32_t)(in->creation_status));
}

static enum pv_codec_err vmbus_gpadl_created_chk(const struct vmbus_gpadl_created *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_gpadl_created_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_created *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	if (len > 20)
		return PV_ERR_LONG;
	return vmbus_gpadl_created_rd(buf, len, ctx, out);
}

static int vmbus_gpadl_created_enc(const struct vmbus_gpadl_created *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = vmbus_gpadl_created_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_gpadl_created_wr(in, b);
	return (int)need;
}

int vmbus_gpadl_created_encode(const struct vmbus_gpadl_created *in, void *buf, size_t cap)
{
	return vmbus_gpadl_created_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_teardown_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_gpadl_teardown *o)
{
	enum pv_codec_err err;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->gpadl = pv_get_u32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_gpadl_teardown_wr(const struct vmbus_gpadl_teardown *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->gpadl));
}

static enum pv_codec_err vmbus_gpadl_teardown_chk(const struct vmbus_gpadl_teardown *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_gpadl_teardown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_teardown *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return vmbus_gpadl_teardown_rd(buf, len, ctx, out);
}

static int vmbus_gpadl_teardown_enc(const struct vmbus_gpadl_teardown *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = vmbus_gpadl_teardown_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_gpadl_teardown_wr(in, b);
	return (int)need;
}

int vmbus_gpadl_teardown_encode(const struct vmbus_gpadl_teardown *in, void *buf, size_t cap)
{
	return vmbus_gpadl_teardown_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_gpadl_torndown_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_gpadl_torndown *o)
{
	enum pv_codec_err err;
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->gpadl = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_gpadl_torndown_wr(const struct vmbus_gpadl_torndown *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->gpadl));
}

static enum pv_codec_err vmbus_gpadl_torndown_chk(const struct vmbus_gpadl_torndown *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_gpadl_torndown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_torndown *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return vmbus_gpadl_torndown_rd(buf, len, ctx, out);
}

static int vmbus_gpadl_torndown_enc(const struct vmbus_gpadl_torndown *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = vmbus_gpadl_torndown_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_gpadl_torndown_wr(in, b);
	return (int)need;
}

int vmbus_gpadl_torndown_encode(const struct vmbus_gpadl_torndown *in, void *buf, size_t cap)
{
	return vmbus_gpadl_torndown_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_relid_released_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_relid_released *o)
{
	enum pv_codec_err err;
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_relid_released_wr(const struct vmbus_relid_released *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static enum pv_codec_err vmbus_relid_released_chk(const struct vmbus_relid_released *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_relid_released_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_relid_released *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return vmbus_relid_released_rd(buf, len, ctx, out);
}

static int vmbus_relid_released_enc(const struct vmbus_relid_released *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = vmbus_relid_released_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_relid_released_wr(in, b);
	return (int)need;
}

int vmbus_relid_released_encode(const struct vmbus_relid_released *in, void *buf, size_t cap)
{
	return vmbus_relid_released_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_initiate_contact_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_initiate_contact *o)
{
	uint64_t v;
	enum pv_codec_err err;
	size_t tail_end = 40;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->vmbus_version_requested = pv_get_u32(b + 8);
	o->target_vcpu = pv_get_u32(b + 12);
	v = pv_get_u64(b + 16);
	o->interrupt_page = v;
	o->msg_sint = (uint8_t)((v >> 0) & 255);
	o->msg_vtl = (uint8_t)((v >> 8) & 255);
	o->feature_flags = (uint32_t)((v >> 32) & 0xffffffffU);
	o->monitor_page1 = pv_get_u64(b + 24);
	o->monitor_page2 = pv_get_u64(b + 32);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_initiate_contact_wr(const struct vmbus_initiate_contact *in, uint8_t *b)
{
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

static enum pv_codec_err vmbus_initiate_contact_chk(const struct vmbus_initiate_contact *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_initiate_contact_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_initiate_contact *out)
{
	if (len < 40)
		return PV_ERR_SHORT;
	if (len > 40)
		return PV_ERR_LONG;
	return vmbus_initiate_contact_rd(buf, len, ctx, out);
}

static int vmbus_initiate_contact_enc(const struct vmbus_initiate_contact *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 40;

	err = vmbus_initiate_contact_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_initiate_contact_wr(in, b);
	return (int)need;
}

int vmbus_initiate_contact_encode(const struct vmbus_initiate_contact *in, void *buf, size_t cap)
{
	return vmbus_initiate_contact_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_initiate_contact2_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_initiate_contact2 *o)
{
	uint64_t v;
	enum pv_codec_err err;
	size_t tail_end = 56;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
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
	(void)tail_end;
	return PV_OK;
}

static void vmbus_initiate_contact2_wr(const struct vmbus_initiate_contact2 *in, uint8_t *b)
{
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

static enum pv_codec_err vmbus_initiate_contact2_chk(const struct vmbus_initiate_contact2 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_initiate_contact2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_initiate_contact2 *out)
{
	if (len < 56)
		return PV_ERR_SHORT;
	if (len > 56)
		return PV_ERR_LONG;
	return vmbus_initiate_contact2_rd(buf, len, ctx, out);
}

static int vmbus_initiate_contact2_enc(const struct vmbus_initiate_contact2 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 56;

	err = vmbus_initiate_contact2_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_initiate_contact2_wr(in, b);
	return (int)need;
}

int vmbus_initiate_contact2_encode(const struct vmbus_initiate_contact2 *in, void *buf, size_t cap)
{
	return vmbus_initiate_contact2_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_version_response_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_version_response *o)
{
	enum pv_codec_err err;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->version_supported = pv_get_u8(b + 8);
	if (o->version_supported > 1)
		return PV_ERR_RANGE;
	o->connection_state = pv_get_u8(b + 9);
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	o->padding = pv_get_u16(b + 10);
	o->msg_conn_id = pv_get_u32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_version_response_wr(const struct vmbus_version_response *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->version_supported));
	pv_put_u8(b + 9, (uint8_t)(in->connection_state));
	pv_put_u16(b + 10, (uint16_t)(in->padding));
	pv_put_u32(b + 12, (uint32_t)(in->msg_conn_id));
}

static enum pv_codec_err vmbus_version_response_chk(const struct vmbus_version_response *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	if (o->version_supported > 1)
		return PV_ERR_RANGE;
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err vmbus_version_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_version_response *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return vmbus_version_response_rd(buf, len, ctx, out);
}

static int vmbus_version_response_enc(const struct vmbus_version_response *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = vmbus_version_response_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_version_response_wr(in, b);
	return (int)need;
}

int vmbus_version_response_encode(const struct vmbus_version_response *in, void *buf, size_t cap)
{
	return vmbus_version_response_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_version_response2_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_version_response2 *o)
{
	enum pv_codec_err err;
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->version_supported = pv_get_u8(b + 8);
	if (o->version_supported > 1)
		return PV_ERR_RANGE;
	o->connection_state = pv_get_u8(b + 9);
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	o->padding = pv_get_u16(b + 10);
	o->msg_conn_id = pv_get_u32(b + 12);
	o->supported_features = pv_get_u32(b + 16);
	if (o->supported_features & ~(uint64_t)63)
		return PV_ERR_FLAGS;
	(void)tail_end;
	return PV_OK;
}

static void vmbus_version_response2_wr(const struct vmbus_version_response2 *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->version_supported));
	pv_put_u8(b + 9, (uint8_t)(in->connection_state));
	pv_put_u16(b + 10, (uint16_t)(in->padding));
	pv_put_u32(b + 12, (uint32_t)(in->msg_conn_id));
	pv_put_u32(b + 16, (uint32_t)(in->supported_features));
}

static enum pv_codec_err vmbus_version_response2_chk(const struct vmbus_version_response2 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
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

enum pv_codec_err vmbus_version_response2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_version_response2 *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	if (len > 20)
		return PV_ERR_LONG;
	return vmbus_version_response2_rd(buf, len, ctx, out);
}

static int vmbus_version_response2_enc(const struct vmbus_version_response2 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = vmbus_version_response2_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_version_response2_wr(in, b);
	return (int)need;
}

int vmbus_version_response2_encode(const struct vmbus_version_response2 *in, void *buf, size_t cap)
{
	return vmbus_version_response2_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_open_reserved_channel_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_open_reserved_channel *o)
{
	enum pv_codec_err err;
	size_t tail_end = 28;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->target_vp = pv_get_u32(b + 12);
	o->target_sint = pv_get_u32(b + 16);
	o->ringbuffer_gpadl = pv_get_u32(b + 20);
	o->downstream_page_offset = pv_get_u32(b + 24);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_open_reserved_channel_wr(const struct vmbus_open_reserved_channel *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->target_vp));
	pv_put_u32(b + 16, (uint32_t)(in->target_sint));
	pv_put_u32(b + 20, (uint32_t)(in->ringbuffer_gpadl));
	pv_put_u32(b + 24, (uint32_t)(in->downstream_page_offset));
}

static enum pv_codec_err vmbus_open_reserved_channel_chk(const struct vmbus_open_reserved_channel *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_open_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_open_reserved_channel *out)
{
	if (len < 28)
		return PV_ERR_SHORT;
	if (len > 28)
		return PV_ERR_LONG;
	return vmbus_open_reserved_channel_rd(buf, len, ctx, out);
}

static int vmbus_open_reserved_channel_enc(const struct vmbus_open_reserved_channel *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 28;

	err = vmbus_open_reserved_channel_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_open_reserved_channel_wr(in, b);
	return (int)need;
}

int vmbus_open_reserved_channel_encode(const struct vmbus_open_reserved_channel *in, void *buf, size_t cap)
{
	return vmbus_open_reserved_channel_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_close_reserved_channel_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_close_reserved_channel *o)
{
	enum pv_codec_err err;
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->target_vp = pv_get_u32(b + 12);
	o->target_sint = pv_get_u32(b + 16);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_close_reserved_channel_wr(const struct vmbus_close_reserved_channel *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->target_vp));
	pv_put_u32(b + 16, (uint32_t)(in->target_sint));
}

static enum pv_codec_err vmbus_close_reserved_channel_chk(const struct vmbus_close_reserved_channel *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_close_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_close_reserved_channel *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	if (len > 20)
		return PV_ERR_LONG;
	return vmbus_close_reserved_channel_rd(buf, len, ctx, out);
}

static int vmbus_close_reserved_channel_enc(const struct vmbus_close_reserved_channel *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = vmbus_close_reserved_channel_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_close_reserved_channel_wr(in, b);
	return (int)need;
}

int vmbus_close_reserved_channel_encode(const struct vmbus_close_reserved_channel *in, void *buf, size_t cap)
{
	return vmbus_close_reserved_channel_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_close_reserved_response_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_close_reserved_response *o)
{
	enum pv_codec_err err;
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_close_reserved_response_wr(const struct vmbus_close_reserved_response *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
}

static enum pv_codec_err vmbus_close_reserved_response_chk(const struct vmbus_close_reserved_response *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_close_reserved_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_close_reserved_response *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return vmbus_close_reserved_response_rd(buf, len, ctx, out);
}

static int vmbus_close_reserved_response_enc(const struct vmbus_close_reserved_response *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = vmbus_close_reserved_response_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_close_reserved_response_wr(in, b);
	return (int)need;
}

int vmbus_close_reserved_response_encode(const struct vmbus_close_reserved_response *in, void *buf, size_t cap)
{
	return vmbus_close_reserved_response_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_tl_connect_request_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_tl_connect_request *o)
{
	enum pv_codec_err err;
	size_t tail_end = 40;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	memcpy(o->guest_endpoint_id, b + 8, 16);
	memcpy(o->host_service_id, b + 24, 16);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_tl_connect_request_wr(const struct vmbus_tl_connect_request *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	memcpy(b + 8, in->guest_endpoint_id, 16);
	memcpy(b + 24, in->host_service_id, 16);
}

static enum pv_codec_err vmbus_tl_connect_request_chk(const struct vmbus_tl_connect_request *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_tl_connect_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_tl_connect_request *out)
{
	if (len < 40)
		return PV_ERR_SHORT;
	if (len > 40)
		return PV_ERR_LONG;
	return vmbus_tl_connect_request_rd(buf, len, ctx, out);
}

static int vmbus_tl_connect_request_enc(const struct vmbus_tl_connect_request *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 40;

	err = vmbus_tl_connect_request_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_tl_connect_request_wr(in, b);
	return (int)need;
}

int vmbus_tl_connect_request_encode(const struct vmbus_tl_connect_request *in, void *buf, size_t cap)
{
	return vmbus_tl_connect_request_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_tl_connect_request2_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_tl_connect_request2 *o)
{
	enum pv_codec_err err;
	size_t tail_end = 56;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	memcpy(o->guest_endpoint_id, b + 8, 16);
	memcpy(o->host_service_id, b + 24, 16);
	memcpy(o->silo_id, b + 40, 16);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_tl_connect_request2_wr(const struct vmbus_tl_connect_request2 *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	memcpy(b + 8, in->guest_endpoint_id, 16);
	memcpy(b + 24, in->host_service_id, 16);
	memcpy(b + 40, in->silo_id, 16);
}

static enum pv_codec_err vmbus_tl_connect_request2_chk(const struct vmbus_tl_connect_request2 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_tl_connect_request2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_tl_connect_request2 *out)
{
	if (len < 56)
		return PV_ERR_SHORT;
	if (len > 56)
		return PV_ERR_LONG;
	return vmbus_tl_connect_request2_rd(buf, len, ctx, out);
}

static int vmbus_tl_connect_request2_enc(const struct vmbus_tl_connect_request2 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 56;

	err = vmbus_tl_connect_request2_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_tl_connect_request2_wr(in, b);
	return (int)need;
}

int vmbus_tl_connect_request2_encode(const struct vmbus_tl_connect_request2 *in, void *buf, size_t cap)
{
	return vmbus_tl_connect_request2_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_modifychannel_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_modifychannel *o)
{
	enum pv_codec_err err;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->target_vp = pv_get_u32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_modifychannel_wr(const struct vmbus_modifychannel *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->target_vp));
}

static enum pv_codec_err vmbus_modifychannel_chk(const struct vmbus_modifychannel *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_modifychannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modifychannel *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return vmbus_modifychannel_rd(buf, len, ctx, out);
}

static int vmbus_modifychannel_enc(const struct vmbus_modifychannel *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = vmbus_modifychannel_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_modifychannel_wr(in, b);
	return (int)need;
}

int vmbus_modifychannel_encode(const struct vmbus_modifychannel *in, void *buf, size_t cap)
{
	return vmbus_modifychannel_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_tl_connect_result_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_tl_connect_result *o)
{
	enum pv_codec_err err;
	size_t tail_end = 44;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	memcpy(o->guest_endpoint_id, b + 8, 16);
	memcpy(o->host_service_id, b + 24, 16);
	o->status = (int32_t)pv_get_u32(b + 40);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_tl_connect_result_wr(const struct vmbus_tl_connect_result *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	memcpy(b + 8, in->guest_endpoint_id, 16);
	memcpy(b + 24, in->host_service_id, 16);
	pv_put_u32(b + 40, (uint32_t)(in->status));
}

static enum pv_codec_err vmbus_tl_connect_result_chk(const struct vmbus_tl_connect_result *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_tl_connect_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_tl_connect_result *out)
{
	if (len < 44)
		return PV_ERR_SHORT;
	if (len > 44)
		return PV_ERR_LONG;
	return vmbus_tl_connect_result_rd(buf, len, ctx, out);
}

static int vmbus_tl_connect_result_enc(const struct vmbus_tl_connect_result *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 44;

	err = vmbus_tl_connect_result_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_tl_connect_result_wr(in, b);
	return (int)need;
}

int vmbus_tl_connect_result_encode(const struct vmbus_tl_connect_result *in, void *buf, size_t cap)
{
	return vmbus_tl_connect_result_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_modifychannel_response_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_modifychannel_response *o)
{
	enum pv_codec_err err;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->child_relid = pv_get_u32(b + 8);
	o->status = (int32_t)pv_get_u32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_modifychannel_response_wr(const struct vmbus_modifychannel_response *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->child_relid));
	pv_put_u32(b + 12, (uint32_t)(in->status));
}

static enum pv_codec_err vmbus_modifychannel_response_chk(const struct vmbus_modifychannel_response *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_modifychannel_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modifychannel_response *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return vmbus_modifychannel_response_rd(buf, len, ctx, out);
}

static int vmbus_modifychannel_response_enc(const struct vmbus_modifychannel_response *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = vmbus_modifychannel_response_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_modifychannel_response_wr(in, b);
	return (int)need;
}

int vmbus_modifychannel_response_encode(const struct vmbus_modifychannel_response *in, void *buf, size_t cap)
{
	return vmbus_modifychannel_response_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_modify_connection_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_modify_connection *o)
{
	enum pv_codec_err err;
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->parent_to_child_monitor_page_gpa = pv_get_u64(b + 8);
	o->child_to_parent_monitor_page_gpa = pv_get_u64(b + 16);
	(void)tail_end;
	return PV_OK;
}

static void vmbus_modify_connection_wr(const struct vmbus_modify_connection *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u64(b + 8, (uint64_t)(in->parent_to_child_monitor_page_gpa));
	pv_put_u64(b + 16, (uint64_t)(in->child_to_parent_monitor_page_gpa));
}

static enum pv_codec_err vmbus_modify_connection_chk(const struct vmbus_modify_connection *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err vmbus_modify_connection_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modify_connection *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	if (len > 24)
		return PV_ERR_LONG;
	return vmbus_modify_connection_rd(buf, len, ctx, out);
}

static int vmbus_modify_connection_enc(const struct vmbus_modify_connection *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;

	err = vmbus_modify_connection_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_modify_connection_wr(in, b);
	return (int)need;
}

int vmbus_modify_connection_encode(const struct vmbus_modify_connection *in, void *buf, size_t cap)
{
	return vmbus_modify_connection_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmbus_modify_connection_response_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmbus_modify_connection_response *o)
{
	enum pv_codec_err err;
	size_t tail_end = 9;

	(void)len;
	(void)ctx;
	err = vmbus_msg_header_rd(b + 0, 8, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->connection_state = pv_get_u8(b + 8);
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	(void)tail_end;
	return PV_OK;
}

static void vmbus_modify_connection_response_wr(const struct vmbus_modify_connection_response *in, uint8_t *b)
{
	vmbus_msg_header_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->connection_state));
}

static enum pv_codec_err vmbus_modify_connection_response_chk(const struct vmbus_modify_connection_response *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmbus_msg_header_chk(&o->hdr, 8, ctx, stamped);
	if (err != PV_OK)
		return err;
	if (!vmbus_connection_state_valid((int64_t)o->connection_state))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err vmbus_modify_connection_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modify_connection_response *out)
{
	if (len < 9)
		return PV_ERR_SHORT;
	if (len > 9)
		return PV_ERR_LONG;
	return vmbus_modify_connection_response_rd(buf, len, ctx, out);
}

static int vmbus_modify_connection_response_enc(const struct vmbus_modify_connection_response *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 9;

	err = vmbus_modify_connection_response_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmbus_modify_connection_response_wr(in, b);
	return (int)need;
}

int vmbus_modify_connection_response_encode(const struct vmbus_modify_connection_response *in, void *buf, size_t cap)
{
	return vmbus_modify_connection_response_enc(in, NULL, false, buf, cap);
}

const struct pv_msg_desc vmbus_msg_table[] = {
	{1, "OFFERCHANNEL", 196, 196, 0, 0, 0, PV_DIR_TO_GUEST},
	{2, "RESCIND_CHANNELOFFER", 12, 12, 0, 0, 0, PV_DIR_TO_GUEST},
	{3, "REQUESTOFFERS", 8, 8, 0, 0, 0, PV_DIR_TO_HOST},
	{4, "ALLOFFERS_DELIVERED", 8, 8, 0, 0, 0, PV_DIR_TO_GUEST},
	{5, "OPENCHANNEL", 148, 156, 0, 0, 0, PV_DIR_TO_HOST},
	{6, "OPENCHANNEL_RESULT", 20, 20, 0, 0, 0, PV_DIR_TO_GUEST},
	{7, "CLOSECHANNEL", 12, 12, 0, 0, 0, PV_DIR_TO_HOST},
	{8, "GPADL_HEADER", 20, 236, 0, 0, 0, PV_DIR_TO_HOST},
	{9, "GPADL_BODY", 16, 240, 0, 0, 0, PV_DIR_TO_HOST},
	{10, "GPADL_CREATED", 20, 20, 0, 0, 0, PV_DIR_TO_GUEST},
	{11, "GPADL_TEARDOWN", 16, 16, 0, 0, 0, PV_DIR_TO_HOST},
	{12, "GPADL_TORNDOWN", 12, 12, 0, 0, 0, PV_DIR_TO_GUEST},
	{13, "RELID_RELEASED", 12, 12, 0, 0, 0, PV_DIR_TO_HOST},
	{14, "INITIATE_CONTACT", 40, 56, 0, 0, 0, PV_DIR_TO_HOST},
	{15, "VERSION_RESPONSE", 16, 20, 0, 0, 0, PV_DIR_TO_GUEST},
	{16, "UNLOAD", 8, 8, 0, 0, 0, PV_DIR_TO_HOST},
	{17, "UNLOAD_RESPONSE", 8, 8, 0x10001, 0, 0, PV_DIR_TO_GUEST},
	{18, "OPEN_RESERVED_CHANNEL", 28, 28, 0x40000, 0, 0, PV_DIR_TO_HOST},
	{19, "CLOSE_RESERVED_CHANNEL", 20, 20, 0, 0, 0, PV_DIR_TO_HOST},
	{20, "CLOSE_RESERVED_RESPONSE", 12, 12, 0x40000, 0, 0, PV_DIR_TO_GUEST},
	{21, "TL_CONNECT_REQUEST", 40, 56, 0x40000, 0, 0, PV_DIR_TO_HOST},
	{22, "MODIFYCHANNEL", 16, 16, 0x40001, 0, 0, PV_DIR_TO_HOST},
	{23, "TL_CONNECT_RESULT", 44, 44, 0x40001, 0, 0, PV_DIR_TO_GUEST},
	{24, "MODIFYCHANNEL_RESPONSE", 16, 16, 0x50003, 0, 0, PV_DIR_TO_GUEST},
	{25, "MODIFY_CONNECTION", 24, 24, 0x60000, 0, 4, PV_DIR_TO_HOST},
	{26, "MODIFY_CONNECTION_RESPONSE", 9, 9, 0x60000, 0, 4, PV_DIR_TO_GUEST},
	{27, "PAUSE", 8, 8, 0x60000, 0, 32, PV_DIR_TO_HOST},
	{28, "PAUSE_RESPONSE", 8, 8, 0x60000, 0, 32, PV_DIR_TO_GUEST},
	{29, "RESUME", 8, 8, 0x60000, 0, 32, PV_DIR_TO_HOST},
};

const size_t vmbus_msg_table_count = sizeof(vmbus_msg_table) / sizeof(vmbus_msg_table[0]);

const struct pv_msg_desc *vmbus_msg_lookup(uint32_t type)
{
	size_t lo = 0, hi = sizeof(vmbus_msg_table) / sizeof(vmbus_msg_table[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (vmbus_msg_table[mid].type == type)
			return &vmbus_msg_table[mid];
		if (vmbus_msg_table[mid].type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static bool vmbus_variant_ok(const struct pv_codec_ctx *ctx, uint32_t since, uint64_t features)
{
	if (!ctx || !ctx->version)
		return true;
	if (since && ctx->version < since)
		return false;
	if (features && !(ctx->features & features))
		return false;
	return true;
}

enum pv_codec_err vmbus_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_msg *out)
{
	const uint8_t *b = buf;
	const struct pv_msg_desc *d;
	enum pv_codec_err err;
	uint32_t type;

	if (len < 4)
		return PV_ERR_SHORT;
	type = pv_get_u32(b + 0);
	d = vmbus_msg_lookup(type);
	if (!d)
		return PV_ERR_UNKNOWN_TYPE;
	err = pv_msg_check(d, len, ctx);
	if (err != PV_OK)
		return err;
	out->type = type;
	out->len = len;
	out->variant = 0;
	switch (type) {
	case 1:	/* OFFERCHANNEL */
		return vmbus_offerchannel_decode(buf, len, ctx, &out->u.offerchannel);
	case 2:	/* RESCIND_CHANNELOFFER */
		return vmbus_rescind_channeloffer_decode(buf, len, ctx, &out->u.rescind_channeloffer);
	case 3:	/* REQUESTOFFERS */
		return vmbus_header_only_decode(buf, len, ctx, &out->u.requestoffers);
	case 4:	/* ALLOFFERS_DELIVERED */
		return vmbus_header_only_decode(buf, len, ctx, &out->u.alloffers_delivered);
	case 5:	/* OPENCHANNEL */
		if (len >= 156 && vmbus_variant_ok(ctx, 0x60000, 3)) {
			out->variant = 0;
			return vmbus_openchannel2_decode(buf, len, ctx, &out->u.openchannel2);
		}
		out->variant = 1;
		return vmbus_openchannel_decode(buf, len, ctx, &out->u.openchannel);
	case 6:	/* OPENCHANNEL_RESULT */
		return vmbus_openchannel_result_decode(buf, len, ctx, &out->u.openchannel_result);
	case 7:	/* CLOSECHANNEL */
		return vmbus_closechannel_decode(buf, len, ctx, &out->u.closechannel);
	case 8:	/* GPADL_HEADER */
		return vmbus_gpadl_header_decode(buf, len, ctx, &out->u.gpadl_header);
	case 9:	/* GPADL_BODY */
		return vmbus_gpadl_body_decode(buf, len, ctx, &out->u.gpadl_body);
	case 10:	/* GPADL_CREATED */
		return vmbus_gpadl_created_decode(buf, len, ctx, &out->u.gpadl_created);
	case 11:	/* GPADL_TEARDOWN */
		return vmbus_gpadl_teardown_decode(buf, len, ctx, &out->u.gpadl_teardown);
	case 12:	/* GPADL_TORNDOWN */
		return vmbus_gpadl_torndown_decode(buf, len, ctx, &out->u.gpadl_torndown);
	case 13:	/* RELID_RELEASED */
		return vmbus_relid_released_decode(buf, len, ctx, &out->u.relid_released);
	case 14:	/* INITIATE_CONTACT */
		if (len >= 56) {
			out->variant = 0;
			return vmbus_initiate_contact2_decode(buf, len, ctx, &out->u.initiate_contact2);
		}
		out->variant = 1;
		return vmbus_initiate_contact_decode(buf, len, ctx, &out->u.initiate_contact);
	case 15:	/* VERSION_RESPONSE */
		if (len >= 20) {
			out->variant = 0;
			return vmbus_version_response2_decode(buf, len, ctx, &out->u.version_response2);
		}
		out->variant = 1;
		return vmbus_version_response_decode(buf, len, ctx, &out->u.version_response);
	case 16:	/* UNLOAD */
		return vmbus_header_only_decode(buf, len, ctx, &out->u.unload);
	case 17:	/* UNLOAD_RESPONSE */
		return vmbus_header_only_decode(buf, len, ctx, &out->u.unload_response);
	case 18:	/* OPEN_RESERVED_CHANNEL */
		return vmbus_open_reserved_channel_decode(buf, len, ctx, &out->u.open_reserved_channel);
	case 19:	/* CLOSE_RESERVED_CHANNEL */
		return vmbus_close_reserved_channel_decode(buf, len, ctx, &out->u.close_reserved_channel);
	case 20:	/* CLOSE_RESERVED_RESPONSE */
		return vmbus_close_reserved_response_decode(buf, len, ctx, &out->u.close_reserved_response);
	case 21:	/* TL_CONNECT_REQUEST */
		if (len >= 56 && vmbus_variant_ok(ctx, 0x50002, 0)) {
			out->variant = 0;
			return vmbus_tl_connect_request2_decode(buf, len, ctx, &out->u.tl_connect_request2);
		}
		out->variant = 1;
		return vmbus_tl_connect_request_decode(buf, len, ctx, &out->u.tl_connect_request);
	case 22:	/* MODIFYCHANNEL */
		return vmbus_modifychannel_decode(buf, len, ctx, &out->u.modifychannel);
	case 23:	/* TL_CONNECT_RESULT */
		return vmbus_tl_connect_result_decode(buf, len, ctx, &out->u.tl_connect_result);
	case 24:	/* MODIFYCHANNEL_RESPONSE */
		return vmbus_modifychannel_response_decode(buf, len, ctx, &out->u.modifychannel_response);
	case 25:	/* MODIFY_CONNECTION */
		return vmbus_modify_connection_decode(buf, len, ctx, &out->u.modify_connection);
	case 26:	/* MODIFY_CONNECTION_RESPONSE */
		return vmbus_modify_connection_response_decode(buf, len, ctx, &out->u.modify_connection_response);
	case 27:	/* PAUSE */
		return vmbus_header_only_decode(buf, len, ctx, &out->u.pause);
	case 28:	/* PAUSE_RESPONSE */
		return vmbus_header_only_decode(buf, len, ctx, &out->u.pause_response);
	case 29:	/* RESUME */
		return vmbus_header_only_decode(buf, len, ctx, &out->u.resume);
	default:
		return PV_ERR_UNKNOWN_TYPE;
	}
}

int vmbus_msg_encode(const struct vmbus_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	const struct pv_msg_desc *d = vmbus_msg_lookup(m->type);
	enum pv_codec_err err;
	int n;

	if (!d)
		return -PV_ERR_UNKNOWN_TYPE;
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x1) << 32 | 0:
		n = vmbus_offerchannel_enc(&m->u.offerchannel, ctx, true, buf, cap);
		break;
	case UINT64_C(0x2) << 32 | 0:
		n = vmbus_rescind_channeloffer_enc(&m->u.rescind_channeloffer, ctx, true, buf, cap);
		break;
	case UINT64_C(0x3) << 32 | 0:
		n = vmbus_header_only_enc(&m->u.requestoffers, ctx, true, buf, cap);
		break;
	case UINT64_C(0x4) << 32 | 0:
		n = vmbus_header_only_enc(&m->u.alloffers_delivered, ctx, true, buf, cap);
		break;
	case UINT64_C(0x5) << 32 | 0:
		n = vmbus_openchannel2_enc(&m->u.openchannel2, ctx, true, buf, cap);
		break;
	case UINT64_C(0x5) << 32 | 1:
		n = vmbus_openchannel_enc(&m->u.openchannel, ctx, true, buf, cap);
		break;
	case UINT64_C(0x6) << 32 | 0:
		n = vmbus_openchannel_result_enc(&m->u.openchannel_result, ctx, true, buf, cap);
		break;
	case UINT64_C(0x7) << 32 | 0:
		n = vmbus_closechannel_enc(&m->u.closechannel, ctx, true, buf, cap);
		break;
	case UINT64_C(0x8) << 32 | 0:
		n = vmbus_gpadl_header_enc(&m->u.gpadl_header, ctx, true, buf, cap);
		break;
	case UINT64_C(0x9) << 32 | 0:
		n = vmbus_gpadl_body_enc(&m->u.gpadl_body, ctx, true, buf, cap);
		break;
	case UINT64_C(0xa) << 32 | 0:
		n = vmbus_gpadl_created_enc(&m->u.gpadl_created, ctx, true, buf, cap);
		break;
	case UINT64_C(0xb) << 32 | 0:
		n = vmbus_gpadl_teardown_enc(&m->u.gpadl_teardown, ctx, true, buf, cap);
		break;
	case UINT64_C(0xc) << 32 | 0:
		n = vmbus_gpadl_torndown_enc(&m->u.gpadl_torndown, ctx, true, buf, cap);
		break;
	case UINT64_C(0xd) << 32 | 0:
		n = vmbus_relid_released_enc(&m->u.relid_released, ctx, true, buf, cap);
		break;
	case UINT64_C(0xe) << 32 | 0:
		n = vmbus_initiate_contact2_enc(&m->u.initiate_contact2, ctx, true, buf, cap);
		break;
	case UINT64_C(0xe) << 32 | 1:
		n = vmbus_initiate_contact_enc(&m->u.initiate_contact, ctx, true, buf, cap);
		break;
	case UINT64_C(0xf) << 32 | 0:
		n = vmbus_version_response2_enc(&m->u.version_response2, ctx, true, buf, cap);
		break;
	case UINT64_C(0xf) << 32 | 1:
		n = vmbus_version_response_enc(&m->u.version_response, ctx, true, buf, cap);
		break;
	case UINT64_C(0x10) << 32 | 0:
		n = vmbus_header_only_enc(&m->u.unload, ctx, true, buf, cap);
		break;
	case UINT64_C(0x11) << 32 | 0:
		n = vmbus_header_only_enc(&m->u.unload_response, ctx, true, buf, cap);
		break;
	case UINT64_C(0x12) << 32 | 0:
		n = vmbus_open_reserved_channel_enc(&m->u.open_reserved_channel, ctx, true, buf, cap);
		break;
	case UINT64_C(0x13) << 32 | 0:
		n = vmbus_close_reserved_channel_enc(&m->u.close_reserved_channel, ctx, true, buf, cap);
		break;
	case UINT64_C(0x14) << 32 | 0:
		n = vmbus_close_reserved_response_enc(&m->u.close_reserved_response, ctx, true, buf, cap);
		break;
	case UINT64_C(0x15) << 32 | 0:
		n = vmbus_tl_connect_request2_enc(&m->u.tl_connect_request2, ctx, true, buf, cap);
		break;
	case UINT64_C(0x15) << 32 | 1:
		n = vmbus_tl_connect_request_enc(&m->u.tl_connect_request, ctx, true, buf, cap);
		break;
	case UINT64_C(0x16) << 32 | 0:
		n = vmbus_modifychannel_enc(&m->u.modifychannel, ctx, true, buf, cap);
		break;
	case UINT64_C(0x17) << 32 | 0:
		n = vmbus_tl_connect_result_enc(&m->u.tl_connect_result, ctx, true, buf, cap);
		break;
	case UINT64_C(0x18) << 32 | 0:
		n = vmbus_modifychannel_response_enc(&m->u.modifychannel_response, ctx, true, buf, cap);
		break;
	case UINT64_C(0x19) << 32 | 0:
		n = vmbus_modify_connection_enc(&m->u.modify_connection, ctx, true, buf, cap);
		break;
	case UINT64_C(0x1a) << 32 | 0:
		n = vmbus_modify_connection_response_enc(&m->u.modify_connection_response, ctx, true, buf, cap);
		break;
	case UINT64_C(0x1b) << 32 | 0:
		n = vmbus_header_only_enc(&m->u.pause, ctx, true, buf, cap);
		break;
	case UINT64_C(0x1c) << 32 | 0:
		n = vmbus_header_only_enc(&m->u.pause_response, ctx, true, buf, cap);
		break;
	case UINT64_C(0x1d) << 32 | 0:
		n = vmbus_header_only_enc(&m->u.resume, ctx, true, buf, cap);
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
