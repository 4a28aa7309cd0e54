/* DO NOT EDIT: generated from spec/vmring.yaml by codegen/pvgen.py. */

#include <stdbool.h>
#include <string.h>

#include "vmring_codec.h"

static bool vmring_pkt_valid(int64_t v)
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
		return true;
	default:
		return false;
	}
}

static enum pv_codec_err vmring_control_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmring_control *o)
{
	size_t i;
	size_t tail_end = 4096;

	(void)len;
	(void)ctx;
	o->write_index = pv_get_u32(b + 0);
	o->read_index = pv_get_u32(b + 4);
	o->interrupt_mask = pv_get_u32(b + 8);
	o->pending_send_sz = pv_get_u32(b + 12);
	for (i = 0; i < 12; i++)
		o->reserved1[i] = pv_get_u32(b + 16 + 4 * i);
	o->feature_bits = pv_get_u32(b + 64);
	if (o->feature_bits & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	memcpy(o->reserved2, b + 68, 4028);
	(void)tail_end;
	return PV_OK;
}

static void vmring_control_wr(const struct vmring_control *in, uint8_t *b)
{
	size_t i;

	pv_put_u32(b + 0, (uint32_t)(in->write_index));
	pv_put_u32(b + 4, (uint32_t)(in->read_index));
	pv_put_u32(b + 8, (uint32_t)(in->interrupt_mask));
	pv_put_u32(b + 12, (uint32_t)(in->pending_send_sz));
	for (i = 0; i < 12; i++)
		pv_put_u32(b + 16 + 4 * i, (uint32_t)(in->reserved1[i]));
	pv_put_u32(b + 64, (uint32_t)(in->feature_bits));
	memcpy(b + 68, in->reserved2, 4028);
}

static enum pv_codec_err vmring_control_chk(const struct vmring_control *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->feature_bits & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

enum pv_codec_err vmring_control_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_control *out)
{
	if (len < 4096)
		return PV_ERR_SHORT;
	if (len > 4096)
		return PV_ERR_LONG;
	return vmring_control_rd(buf, len, ctx, out);
}

static int vmring_control_enc(const struct vmring_control *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4096;

	err = vmring_control_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmring_control_wr(in, b);
	return (int)need;
}

int vmring_control_encode(const struct vmring_control *in, void *buf, size_t cap)
{
	return vmring_control_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmring_desc_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmring_desc *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->type = pv_get_u16(b + 0);
	if (!vmring_pkt_valid((int64_t)o->type))
		return PV_ERR_ENUM;
	o->offset8 = pv_get_u16(b + 2);
	o->len8 = pv_get_u16(b + 4);
	o->flags = pv_get_u16(b + 6);
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	o->trans_id = pv_get_u64(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void vmring_desc_wr(const struct vmring_desc *in, uint8_t *b)
{
	pv_put_u16(b + 0, (uint16_t)(in->type));
	pv_put_u16(b + 2, (uint16_t)(in->offset8));
	pv_put_u16(b + 4, (uint16_t)(in->len8));
	pv_put_u16(b + 6, (uint16_t)(in->flags));
	pv_put_u64(b + 8, (uint64_t)(in->trans_id));
}

static enum pv_codec_err vmring_desc_chk(const struct vmring_desc *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!stamped) {
		if (!vmring_pkt_valid((int64_t)o->type))
			return PV_ERR_ENUM;
	}
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

enum pv_codec_err vmring_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_desc *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return vmring_desc_rd(buf, len, ctx, out);
}

static int vmring_desc_enc(const struct vmring_desc *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = vmring_desc_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmring_desc_wr(in, b);
	return (int)need;
}

int vmring_desc_encode(const struct vmring_desc *in, void *buf, size_t cap)
{
	return vmring_desc_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmring_inband_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmring_inband *o)
{
	enum pv_codec_err err;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	err = vmring_desc_rd(b + 0, 16, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->hdr.offset8 >= UINT64_C(2)))	/* hdr.offset8 >= 2 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->hdr.len8 * UINT64_C(8) <= (uint64_t)len))	/* hdr.len8 * 8 <= _len */
		return PV_ERR_SHORT;
	if (!((uint64_t)o->hdr.len8 * UINT64_C(8) >= (uint64_t)len))	/* hdr.len8 * 8 >= _len */
		return PV_ERR_LONG;
	(void)tail_end;
	return PV_OK;
}

static void vmring_inband_wr(const struct vmring_inband *in, uint8_t *b)
{
	vmring_desc_wr(&in->hdr, b + 0);
}

static enum pv_codec_err vmring_inband_chk(const struct vmring_inband *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmring_desc_chk(&o->hdr, 16, ctx, stamped);
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->hdr.offset8 >= UINT64_C(2)))	/* hdr.offset8 >= 2 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err vmring_inband_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_inband *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	return vmring_inband_rd(buf, len, ctx, out);
}

static int vmring_inband_enc(const struct vmring_inband *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = vmring_inband_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmring_inband_wr(in, b);
	return (int)need;
}

int vmring_inband_encode(const struct vmring_inband *in, void *buf, size_t cap)
{
	return vmring_inband_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmring_xfer_range_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmring_xfer_range *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->byte_count = pv_get_u32(b + 0);
	o->byte_offset = pv_get_u32(b + 4);
	(void)tail_end;
	return PV_OK;
}

static void vmring_xfer_range_wr(const struct vmring_xfer_range *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->byte_count));
	pv_put_u32(b + 4, (uint32_t)(in->byte_offset));
}

static enum pv_codec_err vmring_xfer_range_chk(const struct vmring_xfer_range *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err vmring_xfer_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_xfer_range *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return vmring_xfer_range_rd(buf, len, ctx, out);
}

static int vmring_xfer_range_enc(const struct vmring_xfer_range *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = vmring_xfer_range_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmring_xfer_range_wr(in, b);
	return (int)need;
}

int vmring_xfer_range_encode(const struct vmring_xfer_range *in, void *buf, size_t cap)
{
	return vmring_xfer_range_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmring_xfer_pages_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmring_xfer_pages *o)
{
	size_t i;
	enum pv_codec_err err;
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	err = vmring_desc_rd(b + 0, 16, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->xfer_pageset_id = pv_get_u16(b + 16);
	o->sender_owns_set = pv_get_u8(b + 18);
	if (o->sender_owns_set > 1)
		return PV_ERR_RANGE;
	o->reserved = pv_get_u8(b + 19);
	o->range_cnt = pv_get_u32(b + 20);
	{
		size_t n;

		n = o->range_cnt;
		if (n > VMRING_XFER_PAGES_RANGES_MAX || n > (len - 24) / 8)
			return PV_ERR_COUNT;
		for (i = 0; i < n; i++) {
			err = vmring_xfer_range_rd(b + 24 + 8 * i, 8, ctx, &o->ranges[i]);
			if (err != PV_OK)
				return err;
		}
		o->ranges_count = (uint32_t)n;
		tail_end = 24 + n * 8;
	}
	if (!((uint64_t)o->hdr.len8 * UINT64_C(8) <= (uint64_t)len))	/* hdr.len8 * 8 <= _len */
		return PV_ERR_SHORT;
	if (!((uint64_t)o->hdr.len8 * UINT64_C(8) >= (uint64_t)len))	/* hdr.len8 * 8 >= _len */
		return PV_ERR_LONG;
	if (!((uint64_t)tail_end <= (uint64_t)o->hdr.offset8 * UINT64_C(8)))	/* _tail_end <= hdr.offset8 * 8 */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void vmring_xfer_pages_wr(const struct vmring_xfer_pages *in, uint8_t *b)
{
	vmring_desc_wr(&in->hdr, b + 0);
	pv_put_u16(b + 16, (uint16_t)(in->xfer_pageset_id));
	pv_put_u8(b + 18, (uint8_t)(in->sender_owns_set));
	pv_put_u8(b + 19, (uint8_t)(in->reserved));
	pv_put_u32(b + 20, (uint32_t)(in->ranges_count));
}

static enum pv_codec_err vmring_xfer_pages_chk(const struct vmring_xfer_pages *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	size_t i;
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmring_desc_chk(&o->hdr, 16, ctx, stamped);
	if (err != PV_OK)
		return err;
	if (o->sender_owns_set > 1)
		return PV_ERR_RANGE;
	for (i = 0; i < o->ranges_count; i++) {
		err = vmring_xfer_range_chk(&o->ranges[i], 8, ctx, false);
		if (err != PV_OK)
			return err;
	}
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err vmring_xfer_pages_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_xfer_pages *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	return vmring_xfer_pages_rd(buf, len, ctx, out);
}

static int vmring_xfer_pages_enc(const struct vmring_xfer_pages *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;
	size_t i;

	if (in->ranges_count > VMRING_XFER_PAGES_RANGES_MAX)
		return -PV_ERR_COUNT;
	need += (size_t)in->ranges_count * 8;
	err = vmring_xfer_pages_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmring_xfer_pages_wr(in, b);
	for (i = 0; i < in->ranges_count; i++)
		vmring_xfer_range_wr(&in->ranges[i], b + 24 + 8 * i);
	return (int)need;
}

int vmring_xfer_pages_encode(const struct vmring_xfer_pages *in, void *buf, size_t cap)
{
	return vmring_xfer_pages_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmring_gpa_range_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmring_gpa_range *o)
{
	size_t i;
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->byte_count = pv_get_u32(b + 0);
	o->byte_offset = pv_get_u32(b + 4);
	{
		size_t n;

		if ((len - 8) % 8 != 0)
			return PV_ERR_COUNT;
		n = (len - 8) / 8;
		if (n > VMRING_GPA_RANGE_PFN_MAX)
			return PV_ERR_COUNT;
		for (i = 0; i < n; i++) {
			o->pfn[i] = pv_get_u64(b + 8 + 8 * i);
		}
		o->pfn_count = (uint32_t)n;
		tail_end = 8 + n * 8;
	}
	if (tail_end != len)
		return PV_ERR_LONG;
	(void)tail_end;
	return PV_OK;
}

static void vmring_gpa_range_wr(const struct vmring_gpa_range *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->byte_count));
	pv_put_u32(b + 4, (uint32_t)(in->byte_offset));
}

static enum pv_codec_err vmring_gpa_range_chk(const struct vmring_gpa_range *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err vmring_gpa_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_gpa_range *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	return vmring_gpa_range_rd(buf, len, ctx, out);
}

static int vmring_gpa_range_enc(const struct vmring_gpa_range *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;
	size_t i;

	if (in->pfn_count > VMRING_GPA_RANGE_PFN_MAX)
		return -PV_ERR_COUNT;
	need += (size_t)in->pfn_count * 8;
	err = vmring_gpa_range_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmring_gpa_range_wr(in, b);
	for (i = 0; i < in->pfn_count; i++)
		pv_put_u64(b + 8 + 8 * i, (uint64_t)(in->pfn[i]));
	return (int)need;
}

int vmring_gpa_range_encode(const struct vmring_gpa_range *in, void *buf, size_t cap)
{
	return vmring_gpa_range_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err vmring_gpa_direct_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct vmring_gpa_direct *o)
{
	size_t i;
	enum pv_codec_err err;
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	err = vmring_desc_rd(b + 0, 16, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->reserved = pv_get_u32(b + 16);
	o->range_cnt = pv_get_u32(b + 20);
	{
		size_t pos = 24;
		uint32_t npfn = 0;

		if (o->range_cnt > VMRING_GPA_DIRECT_RANGES_MAX)
			return PV_ERR_COUNT;
		for (i = 0; i < o->range_cnt; i++) {
			struct pv_gpa_range *r = &o->ranges[i];
			uint64_t pages;
			size_t k;

			if (len - pos < 8)
				return PV_ERR_COUNT;
			r->byte_count = pv_get_u32(b + pos);
			r->byte_offset = pv_get_u32(b + pos + 4);
			pos += 8;
			if (r->byte_offset >= 4096 || r->byte_count == 0)
				return PV_ERR_RANGE;
			pages = ((uint64_t)r->byte_offset + r->byte_count + 4095) / 4096;
			if (pages > VMRING_GPA_DIRECT_RANGES_MAX_PFNS - npfn || pages * 8 > len - pos)
				return PV_ERR_COUNT;
			r->pfn_first = npfn;
			r->pfn_count = (uint32_t)pages;
			for (k = 0; k < pages; k++, pos += 8)
				o->ranges_pfns[npfn++] = pv_get_u64(b + pos);
		}
		o->ranges_count = o->range_cnt;
		o->ranges_pfn_count = npfn;
		tail_end = pos;
	}
	if (!((uint64_t)o->hdr.len8 * UINT64_C(8) <= (uint64_t)len))	/* hdr.len8 * 8 <= _len */
		return PV_ERR_SHORT;
	if (!((uint64_t)o->hdr.len8 * UINT64_C(8) >= (uint64_t)len))	/* hdr.len8 * 8 >= _len */
		return PV_ERR_LONG;
	if (!((uint64_t)tail_end <= (uint64_t)o->hdr.offset8 * UINT64_C(8)))	/* _tail_end <= hdr.offset8 * 8 */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void vmring_gpa_direct_wr(const struct vmring_gpa_direct *in, uint8_t *b)
{
	vmring_desc_wr(&in->hdr, b + 0);
	pv_put_u32(b + 16, (uint32_t)(in->reserved));
	pv_put_u32(b + 20, (uint32_t)(in->ranges_count));
}

static enum pv_codec_err vmring_gpa_direct_chk(const struct vmring_gpa_direct *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	size_t i;
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = vmring_desc_chk(&o->hdr, 16, ctx, stamped);
	if (err != PV_OK)
		return err;
	for (i = 0; i < o->ranges_count && i < 64; i++) {
		const struct pv_gpa_range *r = &o->ranges[i];

		if (r->byte_offset >= 4096 || r->byte_count == 0)
			return PV_ERR_RANGE;
		if (r->pfn_count != ((uint64_t)r->byte_offset + r->byte_count + 4095) / 4096)
			return PV_ERR_COUNT;
	}
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err vmring_gpa_direct_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_gpa_direct *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	return vmring_gpa_direct_rd(buf, len, ctx, out);
}

static int vmring_gpa_direct_enc(const struct vmring_gpa_direct *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;
	size_t i;

	if (in->ranges_count > VMRING_GPA_DIRECT_RANGES_MAX || in->ranges_pfn_count > VMRING_GPA_DIRECT_RANGES_MAX_PFNS)
		return -PV_ERR_COUNT;
	for (i = 0; i < in->ranges_count; i++) {
		const struct pv_gpa_range *r = &in->ranges[i];
		if (r->pfn_first > in->ranges_pfn_count || r->pfn_count > in->ranges_pfn_count - r->pfn_first)
			return -PV_ERR_COUNT;
		need += 8 + 8 * (size_t)r->pfn_count;
	}
	err = vmring_gpa_direct_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	vmring_gpa_direct_wr(in, b);
	{
		size_t pos = 24;

		for (i = 0; i < in->ranges_count; i++) {
			const struct pv_gpa_range *r = &in->ranges[i];
			uint32_t k;

			pv_put_u32(b + pos, r->byte_count);
			pv_put_u32(b + pos + 4, r->byte_offset);
			pos += 8;
			for (k = 0; k < r->pfn_count; k++, pos += 8)
				pv_put_u64(b + pos, in->ranges_pfns[r->pfn_first + k]);
		}
	}
	return (int)need;
}

int vmring_gpa_direct_encode(const struct vmring_gpa_direct *in, void *buf, size_t cap)
{
	return vmring_gpa_direct_enc(in, NULL, false, buf, cap);
}

const struct pv_msg_desc vmring_msg_table[] = {
	{6, "DATA_INBAND", 16, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH},
	{7, "DATA_USING_XFER_PAGES", 24, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH},
	{9, "DATA_USING_GPA_DIRECT", 24, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH},
	{11, "COMP", 16, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH},
};

const size_t vmring_msg_table_count = sizeof(vmring_msg_table) / sizeof(vmring_msg_table[0]);

const struct pv_msg_desc *vmring_msg_lookup(uint32_t type)
{
	size_t lo = 0, hi = sizeof(vmring_msg_table) / sizeof(vmring_msg_table[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (vmring_msg_table[mid].type == type)
			return &vmring_msg_table[mid];
		if (vmring_msg_table[mid].type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

enum pv_codec_err vmring_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmring_msg *out)
{
	const uint8_t *b = buf;
	const struct pv_msg_desc *d;
	enum pv_codec_err err;
	uint32_t type;

	if (len < 2)
		return PV_ERR_SHORT;
	type = pv_get_u16(b + 0);
	d = vmring_msg_lookup(type);
	if (!d)
		return PV_ERR_UNKNOWN_TYPE;
	err = pv_msg_check(d, len, ctx);
	if (err != PV_OK)
		return err;
	out->type = type;
	out->len = len;
	out->variant = 0;
	switch (type) {
	case 6:	/* DATA_INBAND */
		return vmring_inband_decode(buf, len, ctx, &out->u.data_inband);
	case 7:	/* DATA_USING_XFER_PAGES */
		return vmring_xfer_pages_decode(buf, len, ctx, &out->u.data_using_xfer_pages);
	case 9:	/* DATA_USING_GPA_DIRECT */
		return vmring_gpa_direct_decode(buf, len, ctx, &out->u.data_using_gpa_direct);
	case 11:	/* COMP */
		return vmring_inband_decode(buf, len, ctx, &out->u.comp);
	default:
		return PV_ERR_UNKNOWN_TYPE;
	}
}

int vmring_msg_encode(const struct vmring_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	const struct pv_msg_desc *d = vmring_msg_lookup(m->type);
	enum pv_codec_err err;
	int n;

	if (!d)
		return -PV_ERR_UNKNOWN_TYPE;
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x6) << 32 | 0:
		n = vmring_inband_enc(&m->u.data_inband, ctx, true, buf, cap);
		break;
	case UINT64_C(0x7) << 32 | 0:
		n = vmring_xfer_pages_enc(&m->u.data_using_xfer_pages, ctx, true, buf, cap);
		break;
	case UINT64_C(0x9) << 32 | 0:
		n = vmring_gpa_direct_enc(&m->u.data_using_gpa_direct, ctx, true, buf, cap);
		break;
	case UINT64_C(0xb) << 32 | 0:
		n = vmring_inband_enc(&m->u.comp, ctx, true, buf, cap);
		break;
	default:
		return -PV_ERR_UNKNOWN_TYPE;
	}
	if (n < 0)
		return n;
	err = pv_msg_check(d, (size_t)n, ctx);
	if (err != PV_OK)
		return -(int)err;
	pv_put_u16((uint8_t *)buf + 0, (uint16_t)(m->type));
	return n;
}
