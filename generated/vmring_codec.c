/* DO NOT EDIT: generated from spec/vmring.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "vmring_codec.h"

static bool vmring_pkt_valid(int64_t v)
{
	return v >= 0 && v <= 13;
}

static enum pv_codec_err vmring_control_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct vmring_control *o = p;
	size_t i;

	o->write_index = pv_get_u32(b + 0);
	o->read_index = pv_get_u32(b + 4);
	o->interrupt_mask = pv_get_u32(b + 8);
	o->pending_send_sz = pv_get_u32(b + 12);
	for (i = 0; i < 12; i++)
		o->reserved1[i] = pv_get_u32(b + 16 + 4 * i);
	o->feature_bits = pv_get_u32(b + 64);
	memcpy(o->reserved2, b + 68, 4028);
	return PV_OK;
}

static enum pv_codec_err vmring_control_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct vmring_control *o = p;

	if (o->feature_bits & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

static void vmring_control_wr(const void *p, uint8_t *b)
{
	const struct vmring_control *in = p;
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

static const struct pv_struct_desc vmring_control_desc = {4096, 4096, false, false, vmring_control_rd, vmring_control_chk, vmring_control_wr, NULL};

enum pv_codec_err vmring_control_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_control *out)
{
	return pv_decode(&vmring_control_desc, buf, len, ctx, out);
}

int vmring_control_encode(const struct vmring_control *in, void *buf, size_t cap)
{
	return pv_encode(&vmring_control_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmring_desc_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct vmring_desc *o = p;

	o->type = pv_get_u16(b + 0);
	o->offset8 = pv_get_u16(b + 2);
	o->len8 = pv_get_u16(b + 4);
	o->flags = pv_get_u16(b + 6);
	o->trans_id = pv_get_u64(b + 8);
	return PV_OK;
}

static enum pv_codec_err vmring_desc_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct vmring_desc *o = p;

	if (!(how & PV_CHK_STAMPED) && !vmring_pkt_valid((int64_t)o->type))
		return PV_ERR_ENUM;
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

static void vmring_desc_wr(const void *p, uint8_t *b)
{
	const struct vmring_desc *in = p;

	pv_put_u16(b + 0, (uint16_t)(in->type));
	pv_put_u16(b + 2, (uint16_t)(in->offset8));
	pv_put_u16(b + 4, (uint16_t)(in->len8));
	pv_put_u16(b + 6, (uint16_t)(in->flags));
	pv_put_u64(b + 8, (uint64_t)(in->trans_id));
}

static const struct pv_struct_desc vmring_desc_desc = {16, 16, false, false, vmring_desc_rd, vmring_desc_chk, vmring_desc_wr, NULL};

enum pv_codec_err vmring_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_desc *out)
{
	return pv_decode(&vmring_desc_desc, buf, len, ctx, out);
}

int vmring_desc_encode(const struct vmring_desc *in, void *buf, size_t cap)
{
	return pv_encode(&vmring_desc_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmring_inband_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmring_inband *o = p;

	vmring_desc_rd(b + 0, len, &o->hdr, end);
	return PV_OK;
}

static enum pv_codec_err vmring_inband_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmring_inband *o = p;
	enum pv_codec_err err;

	err = vmring_desc_chk(&o->hdr, 16, 16, ctx, how);
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->hdr.offset8 >= UINT64_C(2)))	/* hdr.offset8 >= 2 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->hdr.len8 * UINT64_C(8) <= (uint64_t)len))	/* hdr.len8 * 8 <= _len */
		return PV_ERR_SHORT;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->hdr.len8 * UINT64_C(8) >= (uint64_t)len))	/* hdr.len8 * 8 >= _len */
		return PV_ERR_LONG;
	return PV_OK;
}

static void vmring_inband_wr(const void *p, uint8_t *b)
{
	const struct vmring_inband *in = p;

	vmring_desc_wr(&in->hdr, b + 0);
}

static const struct pv_struct_desc vmring_inband_desc = {16, 16, true, false, vmring_inband_rd, vmring_inband_chk, vmring_inband_wr, NULL};

enum pv_codec_err vmring_inband_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_inband *out)
{
	return pv_decode(&vmring_inband_desc, buf, len, ctx, out);
}

int vmring_inband_encode(const struct vmring_inband *in, void *buf, size_t cap)
{
	return pv_encode(&vmring_inband_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmring_xfer_range_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct vmring_xfer_range *o = p;

	o->byte_count = pv_get_u32(b + 0);
	o->byte_offset = pv_get_u32(b + 4);
	return PV_OK;
}

static void vmring_xfer_range_wr(const void *p, uint8_t *b)
{
	const struct vmring_xfer_range *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->byte_count));
	pv_put_u32(b + 4, (uint32_t)(in->byte_offset));
}

static const struct pv_struct_desc vmring_xfer_range_desc = {8, 8, false, false, vmring_xfer_range_rd, NULL, vmring_xfer_range_wr, NULL};

enum pv_codec_err vmring_xfer_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_xfer_range *out)
{
	return pv_decode(&vmring_xfer_range_desc, buf, len, ctx, out);
}

int vmring_xfer_range_encode(const struct vmring_xfer_range *in, void *buf, size_t cap)
{
	return pv_encode(&vmring_xfer_range_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmring_xfer_pages_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmring_xfer_pages *o = p;
	size_t n;
	size_t i;

	vmring_desc_rd(b + 0, len, &o->hdr, end);
	o->xfer_pageset_id = pv_get_u16(b + 16);
	o->sender_owns_set = pv_get_u8(b + 18);
	o->reserved = pv_get_u8(b + 19);
	o->range_cnt = pv_get_u32(b + 20);
	n = o->range_cnt;
	if (n > VMRING_XFER_PAGES_RANGES_MAX || n > (len - 24) / 8)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	vmring_xfer_range_rd(b + 24 + 8 * i, len, &o->ranges[i], end);
	o->ranges_count = (uint32_t)n;
	*end = 24 + n * 8;
	return PV_OK;
}

static enum pv_codec_err vmring_xfer_pages_chk(const void *p, size_t len, size_t end,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmring_xfer_pages *o = p;
	enum pv_codec_err err;

	err = vmring_desc_chk(&o->hdr, 16, 16, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->sender_owns_set > 1)
		return PV_ERR_RANGE;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->hdr.len8 * UINT64_C(8) <= (uint64_t)len))	/* hdr.len8 * 8 <= _len */
		return PV_ERR_SHORT;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->hdr.len8 * UINT64_C(8) >= (uint64_t)len))	/* hdr.len8 * 8 >= _len */
		return PV_ERR_LONG;
	if ((how & PV_CHK_DECODE) && !((uint64_t)end <= (uint64_t)o->hdr.offset8 * UINT64_C(8)))	/* _tail_end <= hdr.offset8 * 8 */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void vmring_xfer_pages_wr(const void *p, uint8_t *b)
{
	const struct vmring_xfer_pages *in = p;
	size_t i;

	vmring_desc_wr(&in->hdr, b + 0);
	pv_put_u16(b + 16, (uint16_t)(in->xfer_pageset_id));
	pv_put_u8(b + 18, (uint8_t)(in->sender_owns_set));
	pv_put_u8(b + 19, (uint8_t)(in->reserved));
	pv_put_u32(b + 20, (uint32_t)(in->ranges_count));
	for (i = 0; i < in->ranges_count; i++)
		vmring_xfer_range_wr(&in->ranges[i], b + 24 + 8 * i);
}

static enum pv_codec_err vmring_xfer_pages_need(const void *p, size_t *need)
{
	const struct vmring_xfer_pages *in = p;

	if (in->ranges_count > VMRING_XFER_PAGES_RANGES_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->ranges_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc vmring_xfer_pages_desc = {24, 24, true, false, vmring_xfer_pages_rd, vmring_xfer_pages_chk, vmring_xfer_pages_wr, vmring_xfer_pages_need};

enum pv_codec_err vmring_xfer_pages_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_xfer_pages *out)
{
	return pv_decode(&vmring_xfer_pages_desc, buf, len, ctx, out);
}

int vmring_xfer_pages_encode(const struct vmring_xfer_pages *in, void *buf, size_t cap)
{
	return pv_encode(&vmring_xfer_pages_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmring_gpa_range_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmring_gpa_range *o = p;
	size_t n;
	size_t i;

	o->byte_count = pv_get_u32(b + 0);
	o->byte_offset = pv_get_u32(b + 4);
	n = (len - 8) / 8;
	if ((len - 8) % 8 != 0 || n > VMRING_GPA_RANGE_PFN_MAX)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->pfn[i] = pv_get_u64(b + 8 + 8 * i);
	o->pfn_count = (uint32_t)n;
	*end = 8 + n * 8;
	return PV_OK;
}

static void vmring_gpa_range_wr(const void *p, uint8_t *b)
{
	const struct vmring_gpa_range *in = p;
	size_t i;

	pv_put_u32(b + 0, (uint32_t)(in->byte_count));
	pv_put_u32(b + 4, (uint32_t)(in->byte_offset));
	for (i = 0; i < in->pfn_count; i++)
		pv_put_u64(b + 8 + 8 * i, (uint64_t)(in->pfn[i]));
}

static enum pv_codec_err vmring_gpa_range_need(const void *p, size_t *need)
{
	const struct vmring_gpa_range *in = p;

	if (in->pfn_count > VMRING_GPA_RANGE_PFN_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->pfn_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc vmring_gpa_range_desc = {8, 8, true, true, vmring_gpa_range_rd, NULL, vmring_gpa_range_wr, vmring_gpa_range_need};

enum pv_codec_err vmring_gpa_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_gpa_range *out)
{
	return pv_decode(&vmring_gpa_range_desc, buf, len, ctx, out);
}

int vmring_gpa_range_encode(const struct vmring_gpa_range *in, void *buf, size_t cap)
{
	return pv_encode(&vmring_gpa_range_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err vmring_gpa_direct_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct vmring_gpa_direct *o = p;

	vmring_desc_rd(b + 0, len, &o->hdr, end);
	o->reserved = pv_get_u32(b + 16);
	o->range_cnt = pv_get_u32(b + 20);
	o->ranges_count = o->range_cnt;
	*end = 24;
	return pv_gpa_list_rd(b, len, end, o->ranges_count, o->ranges, VMRING_GPA_DIRECT_RANGES_MAX, o->ranges_pfns,
			      VMRING_GPA_DIRECT_RANGES_MAX_PFNS, &o->ranges_pfn_count, 4096);
}

static enum pv_codec_err vmring_gpa_direct_chk(const void *p, size_t len, size_t end,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct vmring_gpa_direct *o = p;
	enum pv_codec_err err;

	err = vmring_desc_chk(&o->hdr, 16, 16, ctx, how);
	if (err != PV_OK)
		return err;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->hdr.len8 * UINT64_C(8) <= (uint64_t)len))	/* hdr.len8 * 8 <= _len */
		return PV_ERR_SHORT;
	if ((how & PV_CHK_DECODE) && !((uint64_t)o->hdr.len8 * UINT64_C(8) >= (uint64_t)len))	/* hdr.len8 * 8 >= _len */
		return PV_ERR_LONG;
	if ((how & PV_CHK_DECODE) && !((uint64_t)end <= (uint64_t)o->hdr.offset8 * UINT64_C(8)))	/* _tail_end <= hdr.offset8 * 8 */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->hdr.offset8 <= (uint64_t)o->hdr.len8))	/* hdr.offset8 <= hdr.len8 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void vmring_gpa_direct_wr(const void *p, uint8_t *b)
{
	const struct vmring_gpa_direct *in = p;

	vmring_desc_wr(&in->hdr, b + 0);
	pv_put_u32(b + 16, (uint32_t)(in->reserved));
	pv_put_u32(b + 20, (uint32_t)(in->ranges_count));
	pv_gpa_list_wr(in->ranges, in->ranges_count, in->ranges_pfns, b + 24);
}

static enum pv_codec_err vmring_gpa_direct_need(const void *p, size_t *need)
{
	const struct vmring_gpa_direct *in = p;

	return pv_gpa_list_chk(in->ranges, in->ranges_count, VMRING_GPA_DIRECT_RANGES_MAX, in->ranges_pfn_count,
			       VMRING_GPA_DIRECT_RANGES_MAX_PFNS, 4096, need);
}

static const struct pv_struct_desc vmring_gpa_direct_desc = {24, 24, true, false, vmring_gpa_direct_rd, vmring_gpa_direct_chk, vmring_gpa_direct_wr, vmring_gpa_direct_need};

enum pv_codec_err vmring_gpa_direct_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_gpa_direct *out)
{
	return pv_decode(&vmring_gpa_direct_desc, buf, len, ctx, out);
}

int vmring_gpa_direct_encode(const struct vmring_gpa_direct *in, void *buf, size_t cap)
{
	return pv_encode(&vmring_gpa_direct_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant vmring_msg_variants[] = {
	{&vmring_inband_desc, 0, 0, 0, 0},	/* DATA_INBAND */
	{&vmring_xfer_pages_desc, 0, 0, 0, 0},	/* DATA_USING_XFER_PAGES */
	{&vmring_gpa_direct_desc, 0, 0, 0, 0},	/* DATA_USING_GPA_DIRECT */
	{&vmring_inband_desc, 0, 0, 0, 0},	/* COMP */
};

const struct pv_msg_desc vmring_msg_table[] = {
	{6, "DATA_INBAND", 16, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct vmring_msg_handlers, data_inband), 0, 1},
	{7, "DATA_USING_XFER_PAGES", 24, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct vmring_msg_handlers, data_using_xfer_pages), 1, 1},
	{9, "DATA_USING_GPA_DIRECT", 24, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct vmring_msg_handlers, data_using_gpa_direct), 2, 1},
	{11, "COMP", 16, UINT32_MAX, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct vmring_msg_handlers, comp), 3, 1},
};
const size_t vmring_msg_table_count = sizeof(vmring_msg_table) / sizeof(vmring_msg_table[0]);

const struct pv_msg_desc *vmring_msg_lookup(uint32_t type)
{
	switch (type) {
	case 6:
		return &vmring_msg_table[0];
	case 7:
		return &vmring_msg_table[1];
	case 9:
		return &vmring_msg_table[2];
	case 11:
		return &vmring_msg_table[3];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab vmring_msg_tab = {
	vmring_msg_table, sizeof(vmring_msg_table) / sizeof(vmring_msg_table[0]), vmring_msg_variants, 0, 2,
	vmring_msg_lookup,
};

enum pv_codec_err vmring_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_msg *out)
{
	return pv_msg_decode(&vmring_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int vmring_msg_encode(const struct vmring_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&vmring_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int vmring_msg_dispatch(const struct vmring_msg_handlers *h, void *ctx, const struct vmring_msg *m)
{
	const struct pv_msg_desc *d = vmring_msg_lookup(m->type);
	vmring_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}
