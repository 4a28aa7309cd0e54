/* DO NOT EDIT: generated from spec/nvm.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "nvm_codec.h"

static enum pv_codec_err nvm_sqe_hdr_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvm_sqe_hdr *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags = v;
	o->fuse = (uint8_t)((v >> 0) & 3);
	o->psdt = (uint8_t)((v >> 6) & 3);
	o->cid = pv_get_u16(b + 2);
	o->nsid = pv_get_u32(b + 4);
	o->cdw2 = pv_get_u32(b + 8);
	o->cdw3 = pv_get_u32(b + 12);
	o->mptr = pv_get_u64(b + 16);
	o->prp1 = pv_get_u64(b + 24);
	o->prp2 = pv_get_u64(b + 32);
	return PV_OK;
}

static enum pv_codec_err nvm_sqe_hdr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvm_sqe_hdr *o = p;

	if (o->fuse > 3)
		return PV_ERR_RANGE;
	if (o->psdt > 3)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvm_sqe_hdr_wr(const void *p, uint8_t *b)
{
	const struct nvm_sqe_hdr *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->opcode));
	v = (uint64_t)in->flags
	    | ((uint64_t)(in->fuse & 3) << 0)
	    | ((uint64_t)(in->psdt & 3) << 6);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_u16(b + 2, (uint16_t)(in->cid));
	pv_put_u32(b + 4, (uint32_t)(in->nsid));
	pv_put_u32(b + 8, (uint32_t)(in->cdw2));
	pv_put_u32(b + 12, (uint32_t)(in->cdw3));
	pv_put_u64(b + 16, (uint64_t)(in->mptr));
	pv_put_u64(b + 24, (uint64_t)(in->prp1));
	pv_put_u64(b + 32, (uint64_t)(in->prp2));
}

static const struct pv_struct_desc nvm_sqe_hdr_desc = {40, 40, false, false, nvm_sqe_hdr_rd, nvm_sqe_hdr_chk, nvm_sqe_hdr_wr, NULL};

enum pv_codec_err nvm_sqe_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_sqe_hdr *out)
{
	return pv_decode(&nvm_sqe_hdr_desc, buf, len, ctx, out);
}

int nvm_sqe_hdr_encode(const struct nvm_sqe_hdr *in, void *buf, size_t cap)
{
	return pv_encode(&nvm_sqe_hdr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvm_rw_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvm_rw *o = p;
	uint64_t v;

	nvm_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	o->slba = pv_get_u64(b + 40);
	v = pv_get_u32(b + 48);
	o->cdw12_rsvd = (uint32_t)(v & ~(uint64_t)0xfdf0ffffU);
	o->nlb = (uint16_t)((v >> 0) & 0xffff);
	o->dtype = (uint8_t)((v >> 20) & 15);
	o->stc = (uint8_t)((v >> 24) & 1);
	o->prinfo = (uint8_t)((v >> 26) & 15);
	o->fua = (uint8_t)((v >> 30) & 1);
	o->lr = (uint8_t)((v >> 31) & 1);
	v = pv_get_u32(b + 52);
	o->cdw13_rsvd = (uint32_t)(v & ~(uint64_t)0xffff00ffU);
	o->dsm = (uint8_t)((v >> 0) & 255);
	o->dspec = (uint16_t)((v >> 16) & 0xffff);
	o->eilbrt = pv_get_u32(b + 56);
	v = pv_get_u32(b + 60);
	o->cdw15_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->elbat = (uint16_t)((v >> 0) & 0xffff);
	o->elbatm = (uint16_t)((v >> 16) & 0xffff);
	return PV_OK;
}

static enum pv_codec_err nvm_rw_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvm_rw *o = p;
	enum pv_codec_err err;

	err = nvm_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->dtype > 15)
		return PV_ERR_RANGE;
	if (o->stc > 1)
		return PV_ERR_RANGE;
	if (o->prinfo > 15)
		return PV_ERR_RANGE;
	if (o->fua > 1)
		return PV_ERR_RANGE;
	if (o->lr > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvm_rw_wr(const void *p, uint8_t *b)
{
	const struct nvm_rw *in = p;
	uint64_t v;

	nvm_sqe_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->slba));
	v = ((uint64_t)in->cdw12_rsvd & ~(uint64_t)0xfdf0ffffU)
	    | ((uint64_t)(in->nlb & 0xffff) << 0)
	    | ((uint64_t)(in->dtype & 15) << 20)
	    | ((uint64_t)(in->stc & 1) << 24)
	    | ((uint64_t)(in->prinfo & 15) << 26)
	    | ((uint64_t)(in->fua & 1) << 30)
	    | ((uint64_t)(in->lr & 1) << 31);
	pv_put_u32(b + 48, (uint32_t)(v));
	v = ((uint64_t)in->cdw13_rsvd & ~(uint64_t)0xffff00ffU)
	    | ((uint64_t)(in->dsm & 255) << 0)
	    | ((uint64_t)(in->dspec & 0xffff) << 16);
	pv_put_u32(b + 52, (uint32_t)(v));
	pv_put_u32(b + 56, (uint32_t)(in->eilbrt));
	v = ((uint64_t)in->cdw15_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->elbat & 0xffff) << 0)
	    | ((uint64_t)(in->elbatm & 0xffff) << 16);
	pv_put_u32(b + 60, (uint32_t)(v));
}

static const struct pv_struct_desc nvm_rw_desc = {64, 64, false, false, nvm_rw_rd, nvm_rw_chk, nvm_rw_wr, NULL};

enum pv_codec_err nvm_rw_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_rw *out)
{
	return pv_decode(&nvm_rw_desc, buf, len, ctx, out);
}

int nvm_rw_encode(const struct nvm_rw *in, void *buf, size_t cap)
{
	return pv_encode(&nvm_rw_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvm_write_zeroes_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvm_write_zeroes *o = p;
	uint64_t v;

	nvm_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	o->slba = pv_get_u64(b + 40);
	v = pv_get_u32(b + 48);
	o->cdw12_rsvd = (uint32_t)(v & ~(uint64_t)0xfff0ffffU);
	o->nlb = (uint16_t)((v >> 0) & 0xffff);
	o->dtype = (uint8_t)((v >> 20) & 15);
	o->stc = (uint8_t)((v >> 24) & 1);
	o->deac = (uint8_t)((v >> 25) & 1);
	o->prinfo = (uint8_t)((v >> 26) & 15);
	o->fua = (uint8_t)((v >> 30) & 1);
	o->lr = (uint8_t)((v >> 31) & 1);
	o->cdw13 = pv_get_u32(b + 52);
	o->eilbrt = pv_get_u32(b + 56);
	o->cdw15 = pv_get_u32(b + 60);
	return PV_OK;
}

static enum pv_codec_err nvm_write_zeroes_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvm_write_zeroes *o = p;
	enum pv_codec_err err;

	err = nvm_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->dtype > 15)
		return PV_ERR_RANGE;
	if (o->stc > 1)
		return PV_ERR_RANGE;
	if (o->deac > 1)
		return PV_ERR_RANGE;
	if (o->prinfo > 15)
		return PV_ERR_RANGE;
	if (o->fua > 1)
		return PV_ERR_RANGE;
	if (o->lr > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvm_write_zeroes_wr(const void *p, uint8_t *b)
{
	const struct nvm_write_zeroes *in = p;
	uint64_t v;

	nvm_sqe_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->slba));
	v = ((uint64_t)in->cdw12_rsvd & ~(uint64_t)0xfff0ffffU)
	    | ((uint64_t)(in->nlb & 0xffff) << 0)
	    | ((uint64_t)(in->dtype & 15) << 20)
	    | ((uint64_t)(in->stc & 1) << 24)
	    | ((uint64_t)(in->deac & 1) << 25)
	    | ((uint64_t)(in->prinfo & 15) << 26)
	    | ((uint64_t)(in->fua & 1) << 30)
	    | ((uint64_t)(in->lr & 1) << 31);
	pv_put_u32(b + 48, (uint32_t)(v));
	pv_put_u32(b + 52, (uint32_t)(in->cdw13));
	pv_put_u32(b + 56, (uint32_t)(in->eilbrt));
	pv_put_u32(b + 60, (uint32_t)(in->cdw15));
}

static const struct pv_struct_desc nvm_write_zeroes_desc = {64, 64, false, false, nvm_write_zeroes_rd, nvm_write_zeroes_chk, nvm_write_zeroes_wr, NULL};

enum pv_codec_err nvm_write_zeroes_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_write_zeroes *out)
{
	return pv_decode(&nvm_write_zeroes_desc, buf, len, ctx, out);
}

int nvm_write_zeroes_encode(const struct nvm_write_zeroes *in, void *buf, size_t cap)
{
	return pv_encode(&nvm_write_zeroes_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvm_dsm_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvm_dsm *o = p;
	size_t i;
	uint64_t v;

	nvm_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)255);
	o->nr = (uint8_t)((v >> 0) & 255);
	v = pv_get_u32(b + 44);
	o->cdw11_rsvd = (uint32_t)(v & ~(uint64_t)7);
	o->idr = (uint8_t)((v >> 0) & 1);
	o->idw = (uint8_t)((v >> 1) & 1);
	o->ad = (uint8_t)((v >> 2) & 1);
	for (i = 0; i < 4; i++)
		o->cdw12[i] = pv_get_u32(b + 48 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvm_dsm_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvm_dsm *o = p;
	enum pv_codec_err err;

	err = nvm_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->idr > 1)
		return PV_ERR_RANGE;
	if (o->idw > 1)
		return PV_ERR_RANGE;
	if (o->ad > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvm_dsm_wr(const void *p, uint8_t *b)
{
	const struct nvm_dsm *in = p;
	size_t i;
	uint64_t v;

	nvm_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->nr & 255) << 0);
	pv_put_u32(b + 40, (uint32_t)(v));
	v = ((uint64_t)in->cdw11_rsvd & ~(uint64_t)7)
	    | ((uint64_t)(in->idr & 1) << 0)
	    | ((uint64_t)(in->idw & 1) << 1)
	    | ((uint64_t)(in->ad & 1) << 2);
	pv_put_u32(b + 44, (uint32_t)(v));
	for (i = 0; i < 4; i++)
		pv_put_u32(b + 48 + 4 * i, (uint32_t)(in->cdw12[i]));
}

static const struct pv_struct_desc nvm_dsm_desc = {64, 64, false, false, nvm_dsm_rd, nvm_dsm_chk, nvm_dsm_wr, NULL};

enum pv_codec_err nvm_dsm_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_dsm *out)
{
	return pv_decode(&nvm_dsm_desc, buf, len, ctx, out);
}

int nvm_dsm_encode(const struct nvm_dsm *in, void *buf, size_t cap)
{
	return pv_encode(&nvm_dsm_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvm_flush_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvm_flush *o = p;
	size_t i;

	nvm_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	for (i = 0; i < 6; i++)
		o->cdw10[i] = pv_get_u32(b + 40 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvm_flush_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvm_flush *o = p;
	enum pv_codec_err err;

	err = nvm_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void nvm_flush_wr(const void *p, uint8_t *b)
{
	const struct nvm_flush *in = p;
	size_t i;

	nvm_sqe_hdr_wr(&in->hdr, b + 0);
	for (i = 0; i < 6; i++)
		pv_put_u32(b + 40 + 4 * i, (uint32_t)(in->cdw10[i]));
}

static const struct pv_struct_desc nvm_flush_desc = {64, 64, false, false, nvm_flush_rd, nvm_flush_chk, nvm_flush_wr, NULL};

enum pv_codec_err nvm_flush_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_flush *out)
{
	return pv_decode(&nvm_flush_desc, buf, len, ctx, out);
}

int nvm_flush_encode(const struct nvm_flush *in, void *buf, size_t cap)
{
	return pv_encode(&nvm_flush_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvm_dsm_range_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvm_dsm_range *o = p;

	o->cattr = pv_get_u32(b + 0);
	o->nlb = pv_get_u32(b + 4);
	o->slba = pv_get_u64(b + 8);
	return PV_OK;
}

static void nvm_dsm_range_wr(const void *p, uint8_t *b)
{
	const struct nvm_dsm_range *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->cattr));
	pv_put_u32(b + 4, (uint32_t)(in->nlb));
	pv_put_u64(b + 8, (uint64_t)(in->slba));
}

static const struct pv_struct_desc nvm_dsm_range_desc = {16, 16, false, false, nvm_dsm_range_rd, NULL, nvm_dsm_range_wr, NULL};

enum pv_codec_err nvm_dsm_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_dsm_range *out)
{
	return pv_decode(&nvm_dsm_range_desc, buf, len, ctx, out);
}

int nvm_dsm_range_encode(const struct nvm_dsm_range *in, void *buf, size_t cap)
{
	return pv_encode(&nvm_dsm_range_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant nvm_msg_variants[] = {
	{&nvm_flush_desc, 0, 0, 0, 0},	/* FLUSH */
	{&nvm_rw_desc, 0, 0, 0, 0},	/* WRITE */
	{&nvm_rw_desc, 0, 0, 0, 0},	/* READ */
	{&nvm_rw_desc, 0, 0, 0, 0},	/* COMPARE */
	{&nvm_write_zeroes_desc, 0, 0, 0, 0},	/* WRITE_ZEROES */
	{&nvm_dsm_desc, 0, 0, 0, 0},	/* DATASET_MANAGEMENT */
	{&nvm_rw_desc, 0, 0, 0, 0},	/* VERIFY */
};

const struct pv_msg_desc nvm_msg_table[] = {
	{0, "FLUSH", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvm_msg_handlers, flush), 0, 1},
	{1, "WRITE", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvm_msg_handlers, write), 1, 1},
	{2, "READ", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvm_msg_handlers, read), 2, 1},
	{5, "COMPARE", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvm_msg_handlers, compare), 3, 1},
	{8, "WRITE_ZEROES", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvm_msg_handlers, write_zeroes), 4, 1},
	{9, "DATASET_MANAGEMENT", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvm_msg_handlers, dataset_management), 5, 1},
	{12, "VERIFY", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvm_msg_handlers, verify), 6, 1},
};
const size_t nvm_msg_table_count = sizeof(nvm_msg_table) / sizeof(nvm_msg_table[0]);

const struct pv_msg_desc *nvm_msg_lookup(uint32_t type)
{
	switch (type) {
	case 0:
		return &nvm_msg_table[0];
	case 1:
		return &nvm_msg_table[1];
	case 2:
		return &nvm_msg_table[2];
	case 5:
		return &nvm_msg_table[3];
	case 8:
		return &nvm_msg_table[4];
	case 9:
		return &nvm_msg_table[5];
	case 12:
		return &nvm_msg_table[6];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab nvm_msg_tab = {
	nvm_msg_table, sizeof(nvm_msg_table) / sizeof(nvm_msg_table[0]), nvm_msg_variants, 0, 1,
	nvm_msg_lookup,
};

enum pv_codec_err nvm_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_msg *out)
{
	return pv_msg_decode(&nvm_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int nvm_msg_encode(const struct nvm_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&nvm_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int nvm_msg_dispatch(const struct nvm_msg_handlers *h, void *ctx, const struct nvm_msg *m)
{
	const struct pv_msg_desc *d = nvm_msg_lookup(m->type);
	nvm_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}
