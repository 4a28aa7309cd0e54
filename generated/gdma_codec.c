/* DO NOT EDIT: generated from spec/gdma.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "gdma_codec.h"

static enum pv_codec_err gdma_regmap_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_regmap *o = p;

	o->micro_version = pv_get_u16(b + 0);
	o->minor_version = pv_get_u8(b + 2);
	o->major_version = pv_get_u8(b + 3);
	o->reserved0 = pv_get_u32(b + 4);
	o->db_page_offset = pv_get_u64(b + 8);
	o->db_page_size = pv_get_u16(b + 16);
	o->reserved1 = pv_get_u16(b + 18);
	o->reserved2 = pv_get_u32(b + 20);
	o->shm_offset = pv_get_u64(b + 24);
	o->shm_size = pv_get_u16(b + 32);
	o->reserved3 = pv_get_u16(b + 34);
	o->reserved4 = pv_get_u32(b + 36);
	return PV_OK;
}

static void gdma_regmap_wr(const void *p, uint8_t *b)
{
	const struct gdma_regmap *in = p;

	pv_put_u16(b + 0, (uint16_t)(in->micro_version));
	pv_put_u8(b + 2, (uint8_t)(in->minor_version));
	pv_put_u8(b + 3, (uint8_t)(in->major_version));
	pv_put_u32(b + 4, (uint32_t)(in->reserved0));
	pv_put_u64(b + 8, (uint64_t)(in->db_page_offset));
	pv_put_u16(b + 16, (uint16_t)(in->db_page_size));
	pv_put_u16(b + 18, (uint16_t)(in->reserved1));
	pv_put_u32(b + 20, (uint32_t)(in->reserved2));
	pv_put_u64(b + 24, (uint64_t)(in->shm_offset));
	pv_put_u16(b + 32, (uint16_t)(in->shm_size));
	pv_put_u16(b + 34, (uint16_t)(in->reserved3));
	pv_put_u32(b + 36, (uint32_t)(in->reserved4));
}

static const struct pv_struct_desc gdma_regmap_desc = {40, 40, false, false, gdma_regmap_rd, NULL, gdma_regmap_wr, NULL};

enum pv_codec_err gdma_regmap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_regmap *out)
{
	return pv_decode(&gdma_regmap_desc, buf, len, ctx, out);
}

int gdma_regmap_encode(const struct gdma_regmap *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_regmap_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_smc_hdr_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_smc_hdr *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->hdr = v;
	o->msg_type = (uint8_t)((v >> 0) & 7);
	o->msg_version = (uint8_t)((v >> 3) & 7);
	o->direction = (uint8_t)((v >> 7) & 1);
	o->status = (uint8_t)((v >> 8) & 255);
	o->reset_vf = (uint8_t)((v >> 24) & 1);
	o->owner_is_pf = (uint8_t)((v >> 31) & 1);
	return PV_OK;
}

static enum pv_codec_err gdma_smc_hdr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_smc_hdr *o = p;

	if (o->msg_type > 7)
		return PV_ERR_RANGE;
	if (o->msg_version > 7)
		return PV_ERR_RANGE;
	if (o->direction > 1)
		return PV_ERR_RANGE;
	if (o->reset_vf > 1)
		return PV_ERR_RANGE;
	if (o->owner_is_pf > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_smc_hdr_wr(const void *p, uint8_t *b)
{
	const struct gdma_smc_hdr *in = p;
	uint64_t v;

	v = (uint64_t)in->hdr
	    | ((uint64_t)(in->msg_type & 7) << 0)
	    | ((uint64_t)(in->msg_version & 7) << 3)
	    | ((uint64_t)(in->direction & 1) << 7)
	    | ((uint64_t)(in->status & 255) << 8)
	    | ((uint64_t)(in->reset_vf & 1) << 24)
	    | ((uint64_t)(in->owner_is_pf & 1) << 31);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc gdma_smc_hdr_desc = {4, 4, false, false, gdma_smc_hdr_rd, gdma_smc_hdr_chk, gdma_smc_hdr_wr, NULL};

enum pv_codec_err gdma_smc_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_smc_hdr *out)
{
	return pv_decode(&gdma_smc_hdr_desc, buf, len, ctx, out);
}

int gdma_smc_hdr_encode(const struct gdma_smc_hdr *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_smc_hdr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_smc_establish_hwc_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct gdma_smc_establish_hwc *o = p;
	size_t i;
	uint64_t v;

	for (i = 0; i < 3; i++)
		o->eq_pfn[i] = pv_get_u16(b + 0 + 2 * i);
	for (i = 0; i < 3; i++)
		o->cq_pfn[i] = pv_get_u16(b + 6 + 2 * i);
	for (i = 0; i < 3; i++)
		o->rq_pfn[i] = pv_get_u16(b + 12 + 2 * i);
	for (i = 0; i < 3; i++)
		o->sq_pfn[i] = pv_get_u16(b + 18 + 2 * i);
	v = pv_get_u16(b + 24);
	o->pfn_high_rsvd = (uint16_t)(v & ~(uint64_t)0xffff);
	o->eq_high = (uint8_t)((v >> 0) & 15);
	o->cq_high = (uint8_t)((v >> 4) & 15);
	o->rq_high = (uint8_t)((v >> 8) & 15);
	o->sq_high = (uint8_t)((v >> 12) & 15);
	o->msix = pv_get_u16(b + 26);
	gdma_smc_hdr_rd(b + 28, len, &o->hdr, end);
	return PV_OK;
}

static enum pv_codec_err gdma_smc_establish_hwc_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct gdma_smc_establish_hwc *o = p;
	enum pv_codec_err err;

	if (o->eq_high > 15)
		return PV_ERR_RANGE;
	if (o->cq_high > 15)
		return PV_ERR_RANGE;
	if (o->rq_high > 15)
		return PV_ERR_RANGE;
	if (o->sq_high > 15)
		return PV_ERR_RANGE;
	err = gdma_smc_hdr_chk(&o->hdr, 4, 4, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void gdma_smc_establish_hwc_wr(const void *p, uint8_t *b)
{
	const struct gdma_smc_establish_hwc *in = p;
	size_t i;
	uint64_t v;

	for (i = 0; i < 3; i++)
		pv_put_u16(b + 0 + 2 * i, (uint16_t)(in->eq_pfn[i]));
	for (i = 0; i < 3; i++)
		pv_put_u16(b + 6 + 2 * i, (uint16_t)(in->cq_pfn[i]));
	for (i = 0; i < 3; i++)
		pv_put_u16(b + 12 + 2 * i, (uint16_t)(in->rq_pfn[i]));
	for (i = 0; i < 3; i++)
		pv_put_u16(b + 18 + 2 * i, (uint16_t)(in->sq_pfn[i]));
	v = ((uint64_t)in->pfn_high_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->eq_high & 15) << 0)
	    | ((uint64_t)(in->cq_high & 15) << 4)
	    | ((uint64_t)(in->rq_high & 15) << 8)
	    | ((uint64_t)(in->sq_high & 15) << 12);
	pv_put_u16(b + 24, (uint16_t)(v));
	pv_put_u16(b + 26, (uint16_t)(in->msix));
	gdma_smc_hdr_wr(&in->hdr, b + 28);
}

static const struct pv_struct_desc gdma_smc_establish_hwc_desc = {32, 32, false, false, gdma_smc_establish_hwc_rd, gdma_smc_establish_hwc_chk, gdma_smc_establish_hwc_wr, NULL};

enum pv_codec_err gdma_smc_establish_hwc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_smc_establish_hwc *out)
{
	return pv_decode(&gdma_smc_establish_hwc_desc, buf, len, ctx, out);
}

int gdma_smc_establish_hwc_encode(const struct gdma_smc_establish_hwc *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_smc_establish_hwc_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_smc_aperture_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct gdma_smc_aperture *o = p;
	size_t i;

	for (i = 0; i < 7; i++)
		o->data[i] = pv_get_u32(b + 0 + 4 * i);
	gdma_smc_hdr_rd(b + 28, len, &o->hdr, end);
	return PV_OK;
}

static enum pv_codec_err gdma_smc_aperture_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct gdma_smc_aperture *o = p;
	enum pv_codec_err err;

	err = gdma_smc_hdr_chk(&o->hdr, 4, 4, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void gdma_smc_aperture_wr(const void *p, uint8_t *b)
{
	const struct gdma_smc_aperture *in = p;
	size_t i;

	for (i = 0; i < 7; i++)
		pv_put_u32(b + 0 + 4 * i, (uint32_t)(in->data[i]));
	gdma_smc_hdr_wr(&in->hdr, b + 28);
}

static const struct pv_struct_desc gdma_smc_aperture_desc = {32, 32, false, false, gdma_smc_aperture_rd, gdma_smc_aperture_chk, gdma_smc_aperture_wr, NULL};

enum pv_codec_err gdma_smc_aperture_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_smc_aperture *out)
{
	return pv_decode(&gdma_smc_aperture_desc, buf, len, ctx, out);
}

int gdma_smc_aperture_encode(const struct gdma_smc_aperture *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_smc_aperture_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_doorbell_wq_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_doorbell_wq *o = p;
	uint64_t v;

	v = pv_get_u64(b + 0);
	o->value_rsvd = (uint64_t)(v & ~(uint64_t)UINT64_C(0xffffffffffffffff));
	o->wq_id = (uint32_t)((v >> 0) & 0xffffff);
	o->wqe_cnt = (uint8_t)((v >> 24) & 255);
	o->wq_tail = (uint32_t)((v >> 32) & 0xffffffffU);
	return PV_OK;
}

static enum pv_codec_err gdma_doorbell_wq_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_doorbell_wq *o = p;

	if (o->wq_id > 0xffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_doorbell_wq_wr(const void *p, uint8_t *b)
{
	const struct gdma_doorbell_wq *in = p;
	uint64_t v;

	v = ((uint64_t)in->value_rsvd & ~(uint64_t)UINT64_C(0xffffffffffffffff))
	    | ((uint64_t)(in->wq_id & 0xffffff) << 0)
	    | ((uint64_t)(in->wqe_cnt & 255) << 24)
	    | ((uint64_t)(in->wq_tail & 0xffffffffU) << 32);
	pv_put_u64(b + 0, (uint64_t)(v));
}

static const struct pv_struct_desc gdma_doorbell_wq_desc = {8, 8, false, false, gdma_doorbell_wq_rd, gdma_doorbell_wq_chk, gdma_doorbell_wq_wr, NULL};

enum pv_codec_err gdma_doorbell_wq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_doorbell_wq *out)
{
	return pv_decode(&gdma_doorbell_wq_desc, buf, len, ctx, out);
}

int gdma_doorbell_wq_encode(const struct gdma_doorbell_wq *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_doorbell_wq_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_doorbell_cq_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_doorbell_cq *o = p;
	uint64_t v;

	v = pv_get_u64(b + 0);
	o->value_rsvd = (uint64_t)(v & ~(uint64_t)UINT64_C(0xffffffff00ffffff));
	o->cq_id = (uint32_t)((v >> 0) & 0xffffff);
	o->cq_tail = (uint32_t)((v >> 32) & 0x7fffffff);
	o->cq_arm = (uint8_t)((v >> 63) & 1);
	return PV_OK;
}

static enum pv_codec_err gdma_doorbell_cq_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_doorbell_cq *o = p;

	if (o->cq_id > 0xffffff)
		return PV_ERR_RANGE;
	if (o->cq_tail > 0x7fffffff)
		return PV_ERR_RANGE;
	if (o->cq_arm > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_doorbell_cq_wr(const void *p, uint8_t *b)
{
	const struct gdma_doorbell_cq *in = p;
	uint64_t v;

	v = ((uint64_t)in->value_rsvd & ~(uint64_t)UINT64_C(0xffffffff00ffffff))
	    | ((uint64_t)(in->cq_id & 0xffffff) << 0)
	    | ((uint64_t)(in->cq_tail & 0x7fffffff) << 32)
	    | ((uint64_t)(in->cq_arm & 1) << 63);
	pv_put_u64(b + 0, (uint64_t)(v));
}

static const struct pv_struct_desc gdma_doorbell_cq_desc = {8, 8, false, false, gdma_doorbell_cq_rd, gdma_doorbell_cq_chk, gdma_doorbell_cq_wr, NULL};

enum pv_codec_err gdma_doorbell_cq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_doorbell_cq *out)
{
	return pv_decode(&gdma_doorbell_cq_desc, buf, len, ctx, out);
}

int gdma_doorbell_cq_encode(const struct gdma_doorbell_cq *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_doorbell_cq_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_doorbell_eq_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_doorbell_eq *o = p;
	uint64_t v;

	v = pv_get_u64(b + 0);
	o->value_rsvd = (uint64_t)(v & ~(uint64_t)UINT64_C(0xffffffff0000ffff));
	o->eq_id = (uint16_t)((v >> 0) & 0xffff);
	o->eq_tail = (uint32_t)((v >> 32) & 0x7fffffff);
	o->eq_arm = (uint8_t)((v >> 63) & 1);
	return PV_OK;
}

static enum pv_codec_err gdma_doorbell_eq_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_doorbell_eq *o = p;

	if (o->eq_tail > 0x7fffffff)
		return PV_ERR_RANGE;
	if (o->eq_arm > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_doorbell_eq_wr(const void *p, uint8_t *b)
{
	const struct gdma_doorbell_eq *in = p;
	uint64_t v;

	v = ((uint64_t)in->value_rsvd & ~(uint64_t)UINT64_C(0xffffffff0000ffff))
	    | ((uint64_t)(in->eq_id & 0xffff) << 0)
	    | ((uint64_t)(in->eq_tail & 0x7fffffff) << 32)
	    | ((uint64_t)(in->eq_arm & 1) << 63);
	pv_put_u64(b + 0, (uint64_t)(v));
}

static const struct pv_struct_desc gdma_doorbell_eq_desc = {8, 8, false, false, gdma_doorbell_eq_rd, gdma_doorbell_eq_chk, gdma_doorbell_eq_wr, NULL};

enum pv_codec_err gdma_doorbell_eq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_doorbell_eq *out)
{
	return pv_decode(&gdma_doorbell_eq_desc, buf, len, ctx, out);
}

int gdma_doorbell_eq_encode(const struct gdma_doorbell_eq *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_doorbell_eq_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_wqe_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_wqe_header *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->w0_rsvd = (uint32_t)(v & ~(uint64_t)0xff000000U);
	o->last_vbytes = (uint8_t)((v >> 24) & 255);
	v = pv_get_u32(b + 4);
	o->params_rsvd = (uint32_t)(v & ~(uint64_t)0xbfff0fffU);
	o->num_sge = (uint8_t)((v >> 0) & 255);
	o->inline_oob_size_div4 = (uint8_t)((v >> 8) & 7);
	o->client_oob_in_sgl = (uint8_t)((v >> 11) & 1);
	o->client_data_unit = (uint16_t)((v >> 16) & 0x3fff);
	o->sgl_direct = (uint8_t)((v >> 31) & 1);
	return PV_OK;
}

static enum pv_codec_err gdma_wqe_header_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_wqe_header *o = p;

	if (o->inline_oob_size_div4 > 7)
		return PV_ERR_RANGE;
	if (o->client_oob_in_sgl > 1)
		return PV_ERR_RANGE;
	if (o->client_data_unit > 0x3fff)
		return PV_ERR_RANGE;
	if (o->sgl_direct > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_wqe_header_wr(const void *p, uint8_t *b)
{
	const struct gdma_wqe_header *in = p;
	uint64_t v;

	v = ((uint64_t)in->w0_rsvd & ~(uint64_t)0xff000000U)
	    | ((uint64_t)(in->last_vbytes & 255) << 24);
	pv_put_u32(b + 0, (uint32_t)(v));
	v = ((uint64_t)in->params_rsvd & ~(uint64_t)0xbfff0fffU)
	    | ((uint64_t)(in->num_sge & 255) << 0)
	    | ((uint64_t)(in->inline_oob_size_div4 & 7) << 8)
	    | ((uint64_t)(in->client_oob_in_sgl & 1) << 11)
	    | ((uint64_t)(in->client_data_unit & 0x3fff) << 16)
	    | ((uint64_t)(in->sgl_direct & 1) << 31);
	pv_put_u32(b + 4, (uint32_t)(v));
}

static const struct pv_struct_desc gdma_wqe_header_desc = {8, 8, false, false, gdma_wqe_header_rd, gdma_wqe_header_chk, gdma_wqe_header_wr, NULL};

enum pv_codec_err gdma_wqe_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_wqe_header *out)
{
	return pv_decode(&gdma_wqe_header_desc, buf, len, ctx, out);
}

int gdma_wqe_header_encode(const struct gdma_wqe_header *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_wqe_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_sge_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_sge *o = p;

	o->address = pv_get_u64(b + 0);
	o->mem_key = pv_get_u32(b + 8);
	o->size = pv_get_u32(b + 12);
	return PV_OK;
}

static void gdma_sge_wr(const void *p, uint8_t *b)
{
	const struct gdma_sge *in = p;

	pv_put_u64(b + 0, (uint64_t)(in->address));
	pv_put_u32(b + 8, (uint32_t)(in->mem_key));
	pv_put_u32(b + 12, (uint32_t)(in->size));
}

static const struct pv_struct_desc gdma_sge_desc = {16, 16, false, false, gdma_sge_rd, NULL, gdma_sge_wr, NULL};

enum pv_codec_err gdma_sge_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_sge *out)
{
	return pv_decode(&gdma_sge_desc, buf, len, ctx, out);
}

int gdma_sge_encode(const struct gdma_sge *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_sge_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_cqe_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_cqe *o = p;
	uint64_t v;

	memcpy(o->data, b + 0, 60);
	v = pv_get_u32(b + 60);
	o->info_rsvd = (uint32_t)(v & ~(uint64_t)0xe1ffffffU);
	o->wq_num = (uint32_t)((v >> 0) & 0xffffff);
	o->is_sq = (uint8_t)((v >> 24) & 1);
	o->cqe_owner = (uint8_t)((v >> 29) & 7);
	return PV_OK;
}

static enum pv_codec_err gdma_cqe_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_cqe *o = p;

	if (o->wq_num > 0xffffff)
		return PV_ERR_RANGE;
	if (o->is_sq > 1)
		return PV_ERR_RANGE;
	if (o->cqe_owner > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_cqe_wr(const void *p, uint8_t *b)
{
	const struct gdma_cqe *in = p;
	uint64_t v;

	memcpy(b + 0, in->data, 60);
	v = ((uint64_t)in->info_rsvd & ~(uint64_t)0xe1ffffffU)
	    | ((uint64_t)(in->wq_num & 0xffffff) << 0)
	    | ((uint64_t)(in->is_sq & 1) << 24)
	    | ((uint64_t)(in->cqe_owner & 7) << 29);
	pv_put_u32(b + 60, (uint32_t)(v));
}

static const struct pv_struct_desc gdma_cqe_desc = {64, 64, false, false, gdma_cqe_rd, gdma_cqe_chk, gdma_cqe_wr, NULL};

enum pv_codec_err gdma_cqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_cqe *out)
{
	return pv_decode(&gdma_cqe_desc, buf, len, ctx, out);
}

int gdma_cqe_encode(const struct gdma_cqe *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_cqe_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_eqe_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_eqe *o = p;
	size_t i;
	uint64_t v;

	for (i = 0; i < 3; i++)
		o->details[i] = pv_get_u32(b + 0 + 4 * i);
	v = pv_get_u32(b + 12);
	o->info_rsvd = (uint32_t)(v & ~(uint64_t)0xe00300ffU);
	o->eqe_type = (uint8_t)((v >> 0) & 255);
	o->client_id = (uint8_t)((v >> 16) & 3);
	o->eqe_owner = (uint8_t)((v >> 29) & 7);
	return PV_OK;
}

static enum pv_codec_err gdma_eqe_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_eqe *o = p;

	if (o->client_id > 3)
		return PV_ERR_RANGE;
	if (o->eqe_owner > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_eqe_wr(const void *p, uint8_t *b)
{
	const struct gdma_eqe *in = p;
	size_t i;
	uint64_t v;

	for (i = 0; i < 3; i++)
		pv_put_u32(b + 0 + 4 * i, (uint32_t)(in->details[i]));
	v = ((uint64_t)in->info_rsvd & ~(uint64_t)0xe00300ffU)
	    | ((uint64_t)(in->eqe_type & 255) << 0)
	    | ((uint64_t)(in->client_id & 3) << 16)
	    | ((uint64_t)(in->eqe_owner & 7) << 29);
	pv_put_u32(b + 12, (uint32_t)(v));
}

static const struct pv_struct_desc gdma_eqe_desc = {16, 16, false, false, gdma_eqe_rd, gdma_eqe_chk, gdma_eqe_wr, NULL};

enum pv_codec_err gdma_eqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_eqe *out)
{
	return pv_decode(&gdma_eqe_desc, buf, len, ctx, out);
}

int gdma_eqe_encode(const struct gdma_eqe *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_eqe_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_event_eq_id_db_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_event_eq_id_db *o = p;
	size_t i;

	o->eq_id = pv_get_u16(b + 0);
	o->doorbell = pv_get_u16(b + 2);
	for (i = 0; i < 2; i++)
		o->reserved[i] = pv_get_u32(b + 4 + 4 * i);
	return PV_OK;
}

static void gdma_event_eq_id_db_wr(const void *p, uint8_t *b)
{
	const struct gdma_event_eq_id_db *in = p;
	size_t i;

	pv_put_u16(b + 0, (uint16_t)(in->eq_id));
	pv_put_u16(b + 2, (uint16_t)(in->doorbell));
	for (i = 0; i < 2; i++)
		pv_put_u32(b + 4 + 4 * i, (uint32_t)(in->reserved[i]));
}

static const struct pv_struct_desc gdma_event_eq_id_db_desc = {12, 12, false, false, gdma_event_eq_id_db_rd, NULL, gdma_event_eq_id_db_wr, NULL};

enum pv_codec_err gdma_event_eq_id_db_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_event_eq_id_db *out)
{
	return pv_decode(&gdma_event_eq_id_db_desc, buf, len, ctx, out);
}

int gdma_event_eq_id_db_encode(const struct gdma_event_eq_id_db *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_event_eq_id_db_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_event_type_data_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_event_type_data *o = p;
	size_t i;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->w0_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->data_value = (uint32_t)((v >> 0) & 0xffffff);
	o->data_type = (uint8_t)((v >> 24) & 255);
	for (i = 0; i < 2; i++)
		o->reserved[i] = pv_get_u32(b + 4 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err gdma_event_type_data_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_event_type_data *o = p;

	if (o->data_value > 0xffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_event_type_data_wr(const void *p, uint8_t *b)
{
	const struct gdma_event_type_data *in = p;
	size_t i;
	uint64_t v;

	v = ((uint64_t)in->w0_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->data_value & 0xffffff) << 0)
	    | ((uint64_t)(in->data_type & 255) << 24);
	pv_put_u32(b + 0, (uint32_t)(v));
	for (i = 0; i < 2; i++)
		pv_put_u32(b + 4 + 4 * i, (uint32_t)(in->reserved[i]));
}

static const struct pv_struct_desc gdma_event_type_data_desc = {12, 12, false, false, gdma_event_type_data_rd, gdma_event_type_data_chk, gdma_event_type_data_wr, NULL};

enum pv_codec_err gdma_event_type_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_event_type_data *out)
{
	return pv_decode(&gdma_event_type_data_desc, buf, len, ctx, out);
}

int gdma_event_type_data_encode(const struct gdma_event_type_data *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_event_type_data_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_event_completion_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_event_completion *o = p;
	size_t i;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->w0_rsvd = (uint32_t)(v & ~(uint64_t)0xffffff);
	o->event_cq_id = (uint32_t)((v >> 0) & 0xffffff);
	for (i = 0; i < 2; i++)
		o->reserved[i] = pv_get_u32(b + 4 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err gdma_event_completion_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_event_completion *o = p;

	if (o->event_cq_id > 0xffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_event_completion_wr(const void *p, uint8_t *b)
{
	const struct gdma_event_completion *in = p;
	size_t i;
	uint64_t v;

	v = ((uint64_t)in->w0_rsvd & ~(uint64_t)0xffffff)
	    | ((uint64_t)(in->event_cq_id & 0xffffff) << 0);
	pv_put_u32(b + 0, (uint32_t)(v));
	for (i = 0; i < 2; i++)
		pv_put_u32(b + 4 + 4 * i, (uint32_t)(in->reserved[i]));
}

static const struct pv_struct_desc gdma_event_completion_desc = {12, 12, false, false, gdma_event_completion_rd, gdma_event_completion_chk, gdma_event_completion_wr, NULL};

enum pv_codec_err gdma_event_completion_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_event_completion *out)
{
	return pv_decode(&gdma_event_completion_desc, buf, len, ctx, out);
}

int gdma_event_completion_encode(const struct gdma_event_completion *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_event_completion_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_hwc_tx_oob_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_hwc_tx_oob *o = p;
	uint64_t v;

	o->reserved1 = pv_get_u32(b + 0);
	o->reserved2 = pv_get_u32(b + 4);
	v = pv_get_u32(b + 8);
	o->w2_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->vrq_id = (uint32_t)((v >> 0) & 0xffffff);
	o->dest_vfid = (uint8_t)((v >> 24) & 255);
	v = pv_get_u32(b + 12);
	o->w3_rsvd = (uint32_t)(v & ~(uint64_t)0xffffff);
	o->vrcq_id = (uint32_t)((v >> 0) & 0xffffff);
	v = pv_get_u32(b + 16);
	o->w4_rsvd = (uint32_t)(v & ~(uint64_t)0x7ffffff);
	o->vscq_id = (uint32_t)((v >> 0) & 0xffffff);
	o->loopback = (uint8_t)((v >> 24) & 1);
	o->lso_override = (uint8_t)((v >> 25) & 1);
	o->dest_pf = (uint8_t)((v >> 26) & 1);
	v = pv_get_u32(b + 20);
	o->w5_rsvd = (uint32_t)(v & ~(uint64_t)0xffffff);
	o->vsq_id = (uint32_t)((v >> 0) & 0xffffff);
	return PV_OK;
}

static enum pv_codec_err gdma_hwc_tx_oob_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_hwc_tx_oob *o = p;

	if (o->vrq_id > 0xffffff)
		return PV_ERR_RANGE;
	if (o->vrcq_id > 0xffffff)
		return PV_ERR_RANGE;
	if (o->vscq_id > 0xffffff)
		return PV_ERR_RANGE;
	if (o->loopback > 1)
		return PV_ERR_RANGE;
	if (o->lso_override > 1)
		return PV_ERR_RANGE;
	if (o->dest_pf > 1)
		return PV_ERR_RANGE;
	if (o->vsq_id > 0xffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_hwc_tx_oob_wr(const void *p, uint8_t *b)
{
	const struct gdma_hwc_tx_oob *in = p;
	uint64_t v;

	pv_put_u32(b + 0, (uint32_t)(in->reserved1));
	pv_put_u32(b + 4, (uint32_t)(in->reserved2));
	v = ((uint64_t)in->w2_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->vrq_id & 0xffffff) << 0)
	    | ((uint64_t)(in->dest_vfid & 255) << 24);
	pv_put_u32(b + 8, (uint32_t)(v));
	v = ((uint64_t)in->w3_rsvd & ~(uint64_t)0xffffff)
	    | ((uint64_t)(in->vrcq_id & 0xffffff) << 0);
	pv_put_u32(b + 12, (uint32_t)(v));
	v = ((uint64_t)in->w4_rsvd & ~(uint64_t)0x7ffffff)
	    | ((uint64_t)(in->vscq_id & 0xffffff) << 0)
	    | ((uint64_t)(in->loopback & 1) << 24)
	    | ((uint64_t)(in->lso_override & 1) << 25)
	    | ((uint64_t)(in->dest_pf & 1) << 26);
	pv_put_u32(b + 16, (uint32_t)(v));
	v = ((uint64_t)in->w5_rsvd & ~(uint64_t)0xffffff)
	    | ((uint64_t)(in->vsq_id & 0xffffff) << 0);
	pv_put_u32(b + 20, (uint32_t)(v));
}

static const struct pv_struct_desc gdma_hwc_tx_oob_desc = {24, 24, false, false, gdma_hwc_tx_oob_rd, gdma_hwc_tx_oob_chk, gdma_hwc_tx_oob_wr, NULL};

enum pv_codec_err gdma_hwc_tx_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_hwc_tx_oob *out)
{
	return pv_decode(&gdma_hwc_tx_oob_desc, buf, len, ctx, out);
}

int gdma_hwc_tx_oob_encode(const struct gdma_hwc_tx_oob *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_hwc_tx_oob_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_hwc_rx_oob_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_hwc_rx_oob *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->w0_rsvd = (uint32_t)(v & ~(uint64_t)0xffff);
	o->oob_type = (uint8_t)((v >> 0) & 63);
	o->eom = (uint8_t)((v >> 6) & 1);
	o->som = (uint8_t)((v >> 7) & 1);
	o->vendor_err = (uint8_t)((v >> 8) & 255);
	v = pv_get_u32(b + 4);
	o->w1_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->src_virt_wq = (uint32_t)((v >> 0) & 0xffffff);
	o->src_vfid = (uint8_t)((v >> 24) & 255);
	o->reserved2 = pv_get_u32(b + 8);
	o->wqe_offset = pv_get_u32(b + 12);
	o->wqe_addr_high = pv_get_u32(b + 16);
	v = pv_get_u32(b + 20);
	o->w5_rsvd = (uint32_t)(v & ~(uint64_t)0x3fff);
	o->client_data_unit = (uint16_t)((v >> 0) & 0x3fff);
	o->tx_oob_data_size = pv_get_u32(b + 24);
	v = pv_get_u32(b + 28);
	o->w7_rsvd = (uint32_t)(v & ~(uint64_t)0x1fffff);
	o->chunk_offset = (uint32_t)((v >> 0) & 0x1fffff);
	return PV_OK;
}

static enum pv_codec_err gdma_hwc_rx_oob_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct gdma_hwc_rx_oob *o = p;

	if (o->oob_type > 63)
		return PV_ERR_RANGE;
	if (o->eom > 1)
		return PV_ERR_RANGE;
	if (o->som > 1)
		return PV_ERR_RANGE;
	if (o->src_virt_wq > 0xffffff)
		return PV_ERR_RANGE;
	if (o->client_data_unit > 0x3fff)
		return PV_ERR_RANGE;
	if (o->chunk_offset > 0x1fffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void gdma_hwc_rx_oob_wr(const void *p, uint8_t *b)
{
	const struct gdma_hwc_rx_oob *in = p;
	uint64_t v;

	v = ((uint64_t)in->w0_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->oob_type & 63) << 0)
	    | ((uint64_t)(in->eom & 1) << 6)
	    | ((uint64_t)(in->som & 1) << 7)
	    | ((uint64_t)(in->vendor_err & 255) << 8);
	pv_put_u32(b + 0, (uint32_t)(v));
	v = ((uint64_t)in->w1_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->src_virt_wq & 0xffffff) << 0)
	    | ((uint64_t)(in->src_vfid & 255) << 24);
	pv_put_u32(b + 4, (uint32_t)(v));
	pv_put_u32(b + 8, (uint32_t)(in->reserved2));
	pv_put_u32(b + 12, (uint32_t)(in->wqe_offset));
	pv_put_u32(b + 16, (uint32_t)(in->wqe_addr_high));
	v = ((uint64_t)in->w5_rsvd & ~(uint64_t)0x3fff)
	    | ((uint64_t)(in->client_data_unit & 0x3fff) << 0);
	pv_put_u32(b + 20, (uint32_t)(v));
	pv_put_u32(b + 24, (uint32_t)(in->tx_oob_data_size));
	v = ((uint64_t)in->w7_rsvd & ~(uint64_t)0x1fffff)
	    | ((uint64_t)(in->chunk_offset & 0x1fffff) << 0);
	pv_put_u32(b + 28, (uint32_t)(v));
}

static const struct pv_struct_desc gdma_hwc_rx_oob_desc = {32, 32, false, false, gdma_hwc_rx_oob_rd, gdma_hwc_rx_oob_chk, gdma_hwc_rx_oob_wr, NULL};

enum pv_codec_err gdma_hwc_rx_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_hwc_rx_oob *out)
{
	return pv_decode(&gdma_hwc_rx_oob_desc, buf, len, ctx, out);
}

int gdma_hwc_rx_oob_encode(const struct gdma_hwc_rx_oob *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_hwc_rx_oob_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_trace_smc_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct gdma_trace_smc *o = p;
	size_t i;

	o->kind = pv_get_u8(b + 0);
	for (i = 0; i < 3; i++)
		o->pad0[i] = pv_get_u8(b + 1 + 1 * i);
	o->bar_offset = pv_get_u32(b + 4);
	gdma_smc_aperture_rd(b + 8, len, &o->smc, end);
	return PV_OK;
}

static enum pv_codec_err gdma_trace_smc_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct gdma_trace_smc *o = p;
	enum pv_codec_err err;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->kind != 1)
		return PV_ERR_CONST;
	err = gdma_smc_aperture_chk(&o->smc, 32, 32, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void gdma_trace_smc_wr(const void *p, uint8_t *b)
{
	const struct gdma_trace_smc *in = p;
	size_t i;

	pv_put_u8(b + 0, (uint8_t)(1));
	for (i = 0; i < 3; i++)
		pv_put_u8(b + 1 + 1 * i, (uint8_t)(in->pad0[i]));
	pv_put_u32(b + 4, (uint32_t)(in->bar_offset));
	gdma_smc_aperture_wr(&in->smc, b + 8);
}

static const struct pv_struct_desc gdma_trace_smc_desc = {40, 40, false, false, gdma_trace_smc_rd, gdma_trace_smc_chk, gdma_trace_smc_wr, NULL};

enum pv_codec_err gdma_trace_smc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_smc *out)
{
	return pv_decode(&gdma_trace_smc_desc, buf, len, ctx, out);
}

int gdma_trace_smc_encode(const struct gdma_trace_smc *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_trace_smc_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_trace_wqe_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct gdma_trace_wqe *o = p;

	o->kind = pv_get_u8(b + 0);
	o->queue_type = pv_get_u8(b + 1);
	o->pad1 = pv_get_u16(b + 2);
	o->queue_id = pv_get_u32(b + 4);
	o->wqe_offset = pv_get_u32(b + 8);
	o->wqe_len = pv_get_u32(b + 12);
	gdma_wqe_header_rd(b + 16, len, &o->header, end);
	return PV_OK;
}

static enum pv_codec_err gdma_trace_wqe_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct gdma_trace_wqe *o = p;
	enum pv_codec_err err;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->kind != 2)
		return PV_ERR_CONST;
	err = gdma_wqe_header_chk(&o->header, 8, 8, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void gdma_trace_wqe_wr(const void *p, uint8_t *b)
{
	const struct gdma_trace_wqe *in = p;

	pv_put_u8(b + 0, (uint8_t)(2));
	pv_put_u8(b + 1, (uint8_t)(in->queue_type));
	pv_put_u16(b + 2, (uint16_t)(in->pad1));
	pv_put_u32(b + 4, (uint32_t)(in->queue_id));
	pv_put_u32(b + 8, (uint32_t)(in->wqe_offset));
	pv_put_u32(b + 12, (uint32_t)(in->wqe_len));
	gdma_wqe_header_wr(&in->header, b + 16);
}

static const struct pv_struct_desc gdma_trace_wqe_desc = {24, 24, true, false, gdma_trace_wqe_rd, gdma_trace_wqe_chk, gdma_trace_wqe_wr, NULL};

enum pv_codec_err gdma_trace_wqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_wqe *out)
{
	return pv_decode(&gdma_trace_wqe_desc, buf, len, ctx, out);
}

int gdma_trace_wqe_encode(const struct gdma_trace_wqe *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_trace_wqe_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_trace_cqe_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct gdma_trace_cqe *o = p;
	size_t i;

	o->kind = pv_get_u8(b + 0);
	for (i = 0; i < 3; i++)
		o->pad2[i] = pv_get_u8(b + 1 + 1 * i);
	o->queue_id = pv_get_u32(b + 4);
	o->index = pv_get_u32(b + 8);
	o->pad3 = pv_get_u32(b + 12);
	gdma_cqe_rd(b + 16, len, &o->entry, end);
	return PV_OK;
}

static enum pv_codec_err gdma_trace_cqe_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct gdma_trace_cqe *o = p;
	enum pv_codec_err err;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->kind != 3)
		return PV_ERR_CONST;
	err = gdma_cqe_chk(&o->entry, 64, 64, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void gdma_trace_cqe_wr(const void *p, uint8_t *b)
{
	const struct gdma_trace_cqe *in = p;
	size_t i;

	pv_put_u8(b + 0, (uint8_t)(3));
	for (i = 0; i < 3; i++)
		pv_put_u8(b + 1 + 1 * i, (uint8_t)(in->pad2[i]));
	pv_put_u32(b + 4, (uint32_t)(in->queue_id));
	pv_put_u32(b + 8, (uint32_t)(in->index));
	pv_put_u32(b + 12, (uint32_t)(in->pad3));
	gdma_cqe_wr(&in->entry, b + 16);
}

static const struct pv_struct_desc gdma_trace_cqe_desc = {80, 80, false, false, gdma_trace_cqe_rd, gdma_trace_cqe_chk, gdma_trace_cqe_wr, NULL};

enum pv_codec_err gdma_trace_cqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_cqe *out)
{
	return pv_decode(&gdma_trace_cqe_desc, buf, len, ctx, out);
}

int gdma_trace_cqe_encode(const struct gdma_trace_cqe *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_trace_cqe_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_trace_eqe_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct gdma_trace_eqe *o = p;
	size_t i;

	o->kind = pv_get_u8(b + 0);
	for (i = 0; i < 3; i++)
		o->pad4[i] = pv_get_u8(b + 1 + 1 * i);
	o->queue_id = pv_get_u32(b + 4);
	o->index = pv_get_u32(b + 8);
	o->pad5 = pv_get_u32(b + 12);
	gdma_eqe_rd(b + 16, len, &o->entry, end);
	return PV_OK;
}

static enum pv_codec_err gdma_trace_eqe_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct gdma_trace_eqe *o = p;
	enum pv_codec_err err;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->kind != 4)
		return PV_ERR_CONST;
	err = gdma_eqe_chk(&o->entry, 16, 16, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void gdma_trace_eqe_wr(const void *p, uint8_t *b)
{
	const struct gdma_trace_eqe *in = p;
	size_t i;

	pv_put_u8(b + 0, (uint8_t)(4));
	for (i = 0; i < 3; i++)
		pv_put_u8(b + 1 + 1 * i, (uint8_t)(in->pad4[i]));
	pv_put_u32(b + 4, (uint32_t)(in->queue_id));
	pv_put_u32(b + 8, (uint32_t)(in->index));
	pv_put_u32(b + 12, (uint32_t)(in->pad5));
	gdma_eqe_wr(&in->entry, b + 16);
}

static const struct pv_struct_desc gdma_trace_eqe_desc = {32, 32, false, false, gdma_trace_eqe_rd, gdma_trace_eqe_chk, gdma_trace_eqe_wr, NULL};

enum pv_codec_err gdma_trace_eqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_eqe *out)
{
	return pv_decode(&gdma_trace_eqe_desc, buf, len, ctx, out);
}

int gdma_trace_eqe_encode(const struct gdma_trace_eqe *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_trace_eqe_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err gdma_trace_doorbell_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct gdma_trace_doorbell *o = p;

	o->kind = pv_get_u8(b + 0);
	o->queue_type = pv_get_u8(b + 1);
	o->pad6 = pv_get_u16(b + 2);
	o->page = pv_get_u32(b + 4);
	o->page_offset = pv_get_u32(b + 8);
	o->pad7 = pv_get_u32(b + 12);
	o->value = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err gdma_trace_doorbell_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct gdma_trace_doorbell *o = p;

	if (!(how & PV_CHK_STAMPED) && (how & PV_CHK_DECODE) && o->kind != 5)
		return PV_ERR_CONST;
	return PV_OK;
}

static void gdma_trace_doorbell_wr(const void *p, uint8_t *b)
{
	const struct gdma_trace_doorbell *in = p;

	pv_put_u8(b + 0, (uint8_t)(5));
	pv_put_u8(b + 1, (uint8_t)(in->queue_type));
	pv_put_u16(b + 2, (uint16_t)(in->pad6));
	pv_put_u32(b + 4, (uint32_t)(in->page));
	pv_put_u32(b + 8, (uint32_t)(in->page_offset));
	pv_put_u32(b + 12, (uint32_t)(in->pad7));
	pv_put_u64(b + 16, (uint64_t)(in->value));
}

static const struct pv_struct_desc gdma_trace_doorbell_desc = {24, 24, false, false, gdma_trace_doorbell_rd, gdma_trace_doorbell_chk, gdma_trace_doorbell_wr, NULL};

enum pv_codec_err gdma_trace_doorbell_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_doorbell *out)
{
	return pv_decode(&gdma_trace_doorbell_desc, buf, len, ctx, out);
}

int gdma_trace_doorbell_encode(const struct gdma_trace_doorbell *in, void *buf, size_t cap)
{
	return pv_encode(&gdma_trace_doorbell_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant gdma_msg_variants[] = {
	{&gdma_trace_smc_desc, 0, 0, 0, 0},	/* SMC */
	{&gdma_trace_wqe_desc, 0, 0, 0, 0},	/* WQE */
	{&gdma_trace_cqe_desc, 0, 0, 0, 0},	/* CQE */
	{&gdma_trace_eqe_desc, 0, 0, 0, 0},	/* EQE */
	{&gdma_trace_doorbell_desc, 0, 0, 0, 0},	/* DOORBELL */
};

const struct pv_msg_desc gdma_msg_table[] = {
	{1, "SMC", 40, 40, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct gdma_msg_handlers, smc), 0, 1},
	{2, "WQE", 24, 536, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct gdma_msg_handlers, wqe), 1, 1},
	{3, "CQE", 80, 80, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct gdma_msg_handlers, cqe), 2, 1},
	{4, "EQE", 32, 32, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct gdma_msg_handlers, eqe), 3, 1},
	{5, "DOORBELL", 24, 24, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct gdma_msg_handlers, doorbell), 4, 1},
};
const size_t gdma_msg_table_count = sizeof(gdma_msg_table) / sizeof(gdma_msg_table[0]);

const struct pv_msg_desc *gdma_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &gdma_msg_table[0];
	case 2:
		return &gdma_msg_table[1];
	case 3:
		return &gdma_msg_table[2];
	case 4:
		return &gdma_msg_table[3];
	case 5:
		return &gdma_msg_table[4];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab gdma_msg_tab = {
	gdma_msg_table, sizeof(gdma_msg_table) / sizeof(gdma_msg_table[0]), gdma_msg_variants, 0, 1,
	gdma_msg_lookup,
};

enum pv_codec_err gdma_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_msg *out)
{
	return pv_msg_decode(&gdma_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int gdma_msg_encode(const struct gdma_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&gdma_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int gdma_msg_dispatch(const struct gdma_msg_handlers *h, void *ctx, const struct gdma_msg *m)
{
	const struct pv_msg_desc *d = gdma_msg_lookup(m->type);
	gdma_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}
