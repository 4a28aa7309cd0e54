/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "nvme_codec.h"

static bool nvme_nidt_valid(int64_t v)
{
	return v >= 1 && v <= 4;
}

static bool nvme_shn_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static bool nvme_shst_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static enum pv_codec_err nvme_regs_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_regs *o = p;
	uint64_t v;

	v = pv_get_u64(b + 0);
	o->cap = v;
	o->mqes = (uint16_t)((v >> 0) & 0xffff);
	o->cqr = (uint8_t)((v >> 16) & 1);
	o->ams = (uint8_t)((v >> 17) & 3);
	o->to = (uint8_t)((v >> 24) & 255);
	o->dstrd = (uint8_t)((v >> 32) & 15);
	o->nssrs = (uint8_t)((v >> 36) & 1);
	o->css = (uint8_t)((v >> 37) & 255);
	o->bps = (uint8_t)((v >> 45) & 1);
	o->cps = (uint8_t)((v >> 46) & 3);
	o->mpsmin = (uint8_t)((v >> 48) & 15);
	o->mpsmax = (uint8_t)((v >> 52) & 15);
	o->pmrs = (uint8_t)((v >> 56) & 1);
	o->cmbs = (uint8_t)((v >> 57) & 1);
	o->nsss = (uint8_t)((v >> 58) & 1);
	o->crms = (uint8_t)((v >> 59) & 3);
	v = pv_get_u32(b + 8);
	o->vs = v;
	o->ter = (uint8_t)((v >> 0) & 255);
	o->mnr = (uint8_t)((v >> 8) & 255);
	o->mjr = (uint16_t)((v >> 16) & 0xffff);
	o->intms = pv_get_u32(b + 12);
	o->intmc = pv_get_u32(b + 16);
	v = pv_get_u32(b + 20);
	o->cc = v;
	o->en = (uint8_t)((v >> 0) & 1);
	o->css_sel = (uint8_t)((v >> 4) & 7);
	o->mps = (uint8_t)((v >> 7) & 15);
	o->ams_sel = (uint8_t)((v >> 11) & 7);
	o->shn = (uint8_t)((v >> 14) & 3);
	o->iosqes = (uint8_t)((v >> 16) & 15);
	o->iocqes = (uint8_t)((v >> 20) & 15);
	o->crime = (uint8_t)((v >> 24) & 1);
	o->rsvd18 = pv_get_u32(b + 24);
	v = pv_get_u32(b + 28);
	o->csts = v;
	o->rdy = (uint8_t)((v >> 0) & 1);
	o->cfs = (uint8_t)((v >> 1) & 1);
	o->shst = (uint8_t)((v >> 2) & 3);
	o->nssro = (uint8_t)((v >> 4) & 1);
	o->pp = (uint8_t)((v >> 5) & 1);
	o->st = (uint8_t)((v >> 6) & 1);
	o->nssr = pv_get_u32(b + 32);
	v = pv_get_u32(b + 36);
	o->aqa = v;
	o->asqs = (uint16_t)((v >> 0) & 0xfff);
	o->acqs = (uint16_t)((v >> 16) & 0xfff);
	o->asq = pv_get_u64(b + 40);
	o->acq = pv_get_u64(b + 48);
	o->cmbloc = pv_get_u32(b + 56);
	o->cmbsz = pv_get_u32(b + 60);
	return PV_OK;
}

static enum pv_codec_err nvme_regs_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_regs *o = p;

	if (o->cqr > 1)
		return PV_ERR_RANGE;
	if (o->ams > 3)
		return PV_ERR_RANGE;
	if (o->dstrd > 15)
		return PV_ERR_RANGE;
	if (o->nssrs > 1)
		return PV_ERR_RANGE;
	if (o->bps > 1)
		return PV_ERR_RANGE;
	if (o->cps > 3)
		return PV_ERR_RANGE;
	if (o->mpsmin > 15)
		return PV_ERR_RANGE;
	if (o->mpsmax > 15)
		return PV_ERR_RANGE;
	if (o->pmrs > 1)
		return PV_ERR_RANGE;
	if (o->cmbs > 1)
		return PV_ERR_RANGE;
	if (o->nsss > 1)
		return PV_ERR_RANGE;
	if (o->crms > 3)
		return PV_ERR_RANGE;
	if (o->en > 1)
		return PV_ERR_RANGE;
	if (o->css_sel > 7)
		return PV_ERR_RANGE;
	if (o->mps > 15)
		return PV_ERR_RANGE;
	if (o->ams_sel > 7)
		return PV_ERR_RANGE;
	if (o->shn > 3)
		return PV_ERR_RANGE;
	if (!nvme_shn_valid((int64_t)o->shn))
		return PV_ERR_ENUM;
	if (o->iosqes > 15)
		return PV_ERR_RANGE;
	if (o->iocqes > 15)
		return PV_ERR_RANGE;
	if (o->crime > 1)
		return PV_ERR_RANGE;
	if (o->rdy > 1)
		return PV_ERR_RANGE;
	if (o->cfs > 1)
		return PV_ERR_RANGE;
	if (o->shst > 3)
		return PV_ERR_RANGE;
	if (!nvme_shst_valid((int64_t)o->shst))
		return PV_ERR_ENUM;
	if (o->nssro > 1)
		return PV_ERR_RANGE;
	if (o->pp > 1)
		return PV_ERR_RANGE;
	if (o->st > 1)
		return PV_ERR_RANGE;
	if (o->asqs > 0xfff)
		return PV_ERR_RANGE;
	if (o->acqs > 0xfff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_regs_wr(const void *p, uint8_t *b)
{
	const struct nvme_regs *in = p;
	uint64_t v;

	v = (uint64_t)in->cap
	    | ((uint64_t)(in->mqes & 0xffff) << 0)
	    | ((uint64_t)(in->cqr & 1) << 16)
	    | ((uint64_t)(in->ams & 3) << 17)
	    | ((uint64_t)(in->to & 255) << 24)
	    | ((uint64_t)(in->dstrd & 15) << 32)
	    | ((uint64_t)(in->nssrs & 1) << 36)
	    | ((uint64_t)(in->css & 255) << 37)
	    | ((uint64_t)(in->bps & 1) << 45)
	    | ((uint64_t)(in->cps & 3) << 46)
	    | ((uint64_t)(in->mpsmin & 15) << 48)
	    | ((uint64_t)(in->mpsmax & 15) << 52)
	    | ((uint64_t)(in->pmrs & 1) << 56)
	    | ((uint64_t)(in->cmbs & 1) << 57)
	    | ((uint64_t)(in->nsss & 1) << 58)
	    | ((uint64_t)(in->crms & 3) << 59);
	pv_put_u64(b + 0, (uint64_t)(v));
	v = (uint64_t)in->vs
	    | ((uint64_t)(in->ter & 255) << 0)
	    | ((uint64_t)(in->mnr & 255) << 8)
	    | ((uint64_t)(in->mjr & 0xffff) << 16);
	pv_put_u32(b + 8, (uint32_t)(v));
	pv_put_u32(b + 12, (uint32_t)(in->intms));
	pv_put_u32(b + 16, (uint32_t)(in->intmc));
	v = (uint64_t)in->cc
	    | ((uint64_t)(in->en & 1) << 0)
	    | ((uint64_t)(in->css_sel & 7) << 4)
	    | ((uint64_t)(in->mps & 15) << 7)
	    | ((uint64_t)(in->ams_sel & 7) << 11)
	    | ((uint64_t)(in->shn & 3) << 14)
	    | ((uint64_t)(in->iosqes & 15) << 16)
	    | ((uint64_t)(in->iocqes & 15) << 20)
	    | ((uint64_t)(in->crime & 1) << 24);
	pv_put_u32(b + 20, (uint32_t)(v));
	pv_put_u32(b + 24, (uint32_t)(in->rsvd18));
	v = (uint64_t)in->csts
	    | ((uint64_t)(in->rdy & 1) << 0)
	    | ((uint64_t)(in->cfs & 1) << 1)
	    | ((uint64_t)(in->shst & 3) << 2)
	    | ((uint64_t)(in->nssro & 1) << 4)
	    | ((uint64_t)(in->pp & 1) << 5)
	    | ((uint64_t)(in->st & 1) << 6);
	pv_put_u32(b + 28, (uint32_t)(v));
	pv_put_u32(b + 32, (uint32_t)(in->nssr));
	v = (uint64_t)in->aqa
	    | ((uint64_t)(in->asqs & 0xfff) << 0)
	    | ((uint64_t)(in->acqs & 0xfff) << 16);
	pv_put_u32(b + 36, (uint32_t)(v));
	pv_put_u64(b + 40, (uint64_t)(in->asq));
	pv_put_u64(b + 48, (uint64_t)(in->acq));
	pv_put_u32(b + 56, (uint32_t)(in->cmbloc));
	pv_put_u32(b + 60, (uint32_t)(in->cmbsz));
}

static const struct pv_struct_desc nvme_regs_desc = {64, 64, false, false, nvme_regs_rd, nvme_regs_chk, nvme_regs_wr, NULL};

enum pv_codec_err nvme_regs_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_regs *out)
{
	return pv_decode(&nvme_regs_desc, buf, len, ctx, out);
}

int nvme_regs_encode(const struct nvme_regs *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_regs_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_sqe_hdr_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_sqe_hdr *o = p;
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

static enum pv_codec_err nvme_sqe_hdr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_sqe_hdr *o = p;

	if (o->fuse > 3)
		return PV_ERR_RANGE;
	if (o->psdt > 3)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_sqe_hdr_wr(const void *p, uint8_t *b)
{
	const struct nvme_sqe_hdr *in = p;
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

static const struct pv_struct_desc nvme_sqe_hdr_desc = {40, 40, false, false, nvme_sqe_hdr_rd, nvme_sqe_hdr_chk, nvme_sqe_hdr_wr, NULL};

enum pv_codec_err nvme_sqe_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_sqe_hdr *out)
{
	return pv_decode(&nvme_sqe_hdr_desc, buf, len, ctx, out);
}

int nvme_sqe_hdr_encode(const struct nvme_sqe_hdr *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_sqe_hdr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_sqe_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_sqe *o = p;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	o->cdw10 = pv_get_u32(b + 40);
	o->cdw11 = pv_get_u32(b + 44);
	o->cdw12 = pv_get_u32(b + 48);
	o->cdw13 = pv_get_u32(b + 52);
	o->cdw14 = pv_get_u32(b + 56);
	o->cdw15 = pv_get_u32(b + 60);
	return PV_OK;
}

static enum pv_codec_err nvme_sqe_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_sqe *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void nvme_sqe_wr(const void *p, uint8_t *b)
{
	const struct nvme_sqe *in = p;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->cdw10));
	pv_put_u32(b + 44, (uint32_t)(in->cdw11));
	pv_put_u32(b + 48, (uint32_t)(in->cdw12));
	pv_put_u32(b + 52, (uint32_t)(in->cdw13));
	pv_put_u32(b + 56, (uint32_t)(in->cdw14));
	pv_put_u32(b + 60, (uint32_t)(in->cdw15));
}

static const struct pv_struct_desc nvme_sqe_desc = {64, 64, false, false, nvme_sqe_rd, nvme_sqe_chk, nvme_sqe_wr, NULL};

enum pv_codec_err nvme_sqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_sqe *out)
{
	return pv_decode(&nvme_sqe_desc, buf, len, ctx, out);
}

int nvme_sqe_encode(const struct nvme_sqe *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_sqe_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_cqe_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_cqe *o = p;
	uint64_t v;

	o->dw0 = pv_get_u32(b + 0);
	o->dw1 = pv_get_u32(b + 4);
	o->sqhd = pv_get_u16(b + 8);
	o->sqid = pv_get_u16(b + 10);
	o->cid = pv_get_u16(b + 12);
	v = pv_get_u16(b + 14);
	o->status = v;
	o->p = (uint8_t)((v >> 0) & 1);
	o->sc = (uint8_t)((v >> 1) & 255);
	o->sct = (uint8_t)((v >> 9) & 7);
	o->crd = (uint8_t)((v >> 12) & 3);
	o->more = (uint8_t)((v >> 14) & 1);
	o->dnr = (uint8_t)((v >> 15) & 1);
	return PV_OK;
}

static enum pv_codec_err nvme_cqe_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_cqe *o = p;

	if (o->p > 1)
		return PV_ERR_RANGE;
	if (o->sct > 7)
		return PV_ERR_RANGE;
	if (o->crd > 3)
		return PV_ERR_RANGE;
	if (o->more > 1)
		return PV_ERR_RANGE;
	if (o->dnr > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_cqe_wr(const void *p, uint8_t *b)
{
	const struct nvme_cqe *in = p;
	uint64_t v;

	pv_put_u32(b + 0, (uint32_t)(in->dw0));
	pv_put_u32(b + 4, (uint32_t)(in->dw1));
	pv_put_u16(b + 8, (uint16_t)(in->sqhd));
	pv_put_u16(b + 10, (uint16_t)(in->sqid));
	pv_put_u16(b + 12, (uint16_t)(in->cid));
	v = (uint64_t)in->status
	    | ((uint64_t)(in->p & 1) << 0)
	    | ((uint64_t)(in->sc & 255) << 1)
	    | ((uint64_t)(in->sct & 7) << 9)
	    | ((uint64_t)(in->crd & 3) << 12)
	    | ((uint64_t)(in->more & 1) << 14)
	    | ((uint64_t)(in->dnr & 1) << 15);
	pv_put_u16(b + 14, (uint16_t)(v));
}

static const struct pv_struct_desc nvme_cqe_desc = {16, 16, false, false, nvme_cqe_rd, nvme_cqe_chk, nvme_cqe_wr, NULL};

enum pv_codec_err nvme_cqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_cqe *out)
{
	return pv_decode(&nvme_cqe_desc, buf, len, ctx, out);
}

int nvme_cqe_encode(const struct nvme_cqe *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_cqe_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_sgl_desc_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_sgl_desc *o = p;
	size_t i;
	uint64_t v;

	o->addr = pv_get_u64(b + 0);
	o->length = pv_get_u32(b + 8);
	for (i = 0; i < 3; i++)
		o->rsvd12[i] = pv_get_u8(b + 12 + 1 * i);
	v = pv_get_u8(b + 15);
	o->id = v;
	o->subtype = (uint8_t)((v >> 0) & 15);
	o->type = (uint8_t)((v >> 4) & 15);
	return PV_OK;
}

static enum pv_codec_err nvme_sgl_desc_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_sgl_desc *o = p;

	if (o->subtype > 15)
		return PV_ERR_RANGE;
	if (o->type > 15)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_sgl_desc_wr(const void *p, uint8_t *b)
{
	const struct nvme_sgl_desc *in = p;
	size_t i;
	uint64_t v;

	pv_put_u64(b + 0, (uint64_t)(in->addr));
	pv_put_u32(b + 8, (uint32_t)(in->length));
	for (i = 0; i < 3; i++)
		pv_put_u8(b + 12 + 1 * i, (uint8_t)(in->rsvd12[i]));
	v = (uint64_t)in->id
	    | ((uint64_t)(in->subtype & 15) << 0)
	    | ((uint64_t)(in->type & 15) << 4);
	pv_put_u8(b + 15, (uint8_t)(v));
}

static const struct pv_struct_desc nvme_sgl_desc_desc = {16, 16, false, false, nvme_sgl_desc_rd, nvme_sgl_desc_chk, nvme_sgl_desc_wr, NULL};

enum pv_codec_err nvme_sgl_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_sgl_desc *out)
{
	return pv_decode(&nvme_sgl_desc_desc, buf, len, ctx, out);
}

int nvme_sgl_desc_encode(const struct nvme_sgl_desc *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_sgl_desc_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_delete_io_q_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_delete_io_q *o = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)0xffff);
	o->qid = (uint16_t)((v >> 0) & 0xffff);
	for (i = 0; i < 5; i++)
		o->cdw11[i] = pv_get_u32(b + 44 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvme_delete_io_q_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_delete_io_q *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void nvme_delete_io_q_wr(const void *p, uint8_t *b)
{
	const struct nvme_delete_io_q *in = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->qid & 0xffff) << 0);
	pv_put_u32(b + 40, (uint32_t)(v));
	for (i = 0; i < 5; i++)
		pv_put_u32(b + 44 + 4 * i, (uint32_t)(in->cdw11[i]));
}

static const struct pv_struct_desc nvme_delete_io_q_desc = {64, 64, false, false, nvme_delete_io_q_rd, nvme_delete_io_q_chk, nvme_delete_io_q_wr, NULL};

enum pv_codec_err nvme_delete_io_q_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_delete_io_q *out)
{
	return pv_decode(&nvme_delete_io_q_desc, buf, len, ctx, out);
}

int nvme_delete_io_q_encode(const struct nvme_delete_io_q *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_delete_io_q_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_create_io_sq_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_create_io_sq *o = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->qid = (uint16_t)((v >> 0) & 0xffff);
	o->qsize = (uint16_t)((v >> 16) & 0xffff);
	v = pv_get_u32(b + 44);
	o->cdw11_rsvd = (uint32_t)(v & ~(uint64_t)0xffff0007U);
	o->pc = (uint8_t)((v >> 0) & 1);
	o->qprio = (uint8_t)((v >> 1) & 3);
	o->cqid = (uint16_t)((v >> 16) & 0xffff);
	v = pv_get_u32(b + 48);
	o->cdw12_rsvd = (uint32_t)(v & ~(uint64_t)0xffff);
	o->nvmsetid = (uint16_t)((v >> 0) & 0xffff);
	for (i = 0; i < 3; i++)
		o->cdw13[i] = pv_get_u32(b + 52 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvme_create_io_sq_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_create_io_sq *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->pc > 1)
		return PV_ERR_RANGE;
	if (o->qprio > 3)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_create_io_sq_wr(const void *p, uint8_t *b)
{
	const struct nvme_create_io_sq *in = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->qid & 0xffff) << 0)
	    | ((uint64_t)(in->qsize & 0xffff) << 16);
	pv_put_u32(b + 40, (uint32_t)(v));
	v = ((uint64_t)in->cdw11_rsvd & ~(uint64_t)0xffff0007U)
	    | ((uint64_t)(in->pc & 1) << 0)
	    | ((uint64_t)(in->qprio & 3) << 1)
	    | ((uint64_t)(in->cqid & 0xffff) << 16);
	pv_put_u32(b + 44, (uint32_t)(v));
	v = ((uint64_t)in->cdw12_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->nvmsetid & 0xffff) << 0);
	pv_put_u32(b + 48, (uint32_t)(v));
	for (i = 0; i < 3; i++)
		pv_put_u32(b + 52 + 4 * i, (uint32_t)(in->cdw13[i]));
}

static const struct pv_struct_desc nvme_create_io_sq_desc = {64, 64, false, false, nvme_create_io_sq_rd, nvme_create_io_sq_chk, nvme_create_io_sq_wr, NULL};

enum pv_codec_err nvme_create_io_sq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_create_io_sq *out)
{
	return pv_decode(&nvme_create_io_sq_desc, buf, len, ctx, out);
}

int nvme_create_io_sq_encode(const struct nvme_create_io_sq *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_create_io_sq_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_create_io_cq_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_create_io_cq *o = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->qid = (uint16_t)((v >> 0) & 0xffff);
	o->qsize = (uint16_t)((v >> 16) & 0xffff);
	v = pv_get_u32(b + 44);
	o->cdw11_rsvd = (uint32_t)(v & ~(uint64_t)0xffff0003U);
	o->pc = (uint8_t)((v >> 0) & 1);
	o->ien = (uint8_t)((v >> 1) & 1);
	o->iv = (uint16_t)((v >> 16) & 0xffff);
	for (i = 0; i < 4; i++)
		o->cdw12[i] = pv_get_u32(b + 48 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvme_create_io_cq_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_create_io_cq *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->pc > 1)
		return PV_ERR_RANGE;
	if (o->ien > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_create_io_cq_wr(const void *p, uint8_t *b)
{
	const struct nvme_create_io_cq *in = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->qid & 0xffff) << 0)
	    | ((uint64_t)(in->qsize & 0xffff) << 16);
	pv_put_u32(b + 40, (uint32_t)(v));
	v = ((uint64_t)in->cdw11_rsvd & ~(uint64_t)0xffff0003U)
	    | ((uint64_t)(in->pc & 1) << 0)
	    | ((uint64_t)(in->ien & 1) << 1)
	    | ((uint64_t)(in->iv & 0xffff) << 16);
	pv_put_u32(b + 44, (uint32_t)(v));
	for (i = 0; i < 4; i++)
		pv_put_u32(b + 48 + 4 * i, (uint32_t)(in->cdw12[i]));
}

static const struct pv_struct_desc nvme_create_io_cq_desc = {64, 64, false, false, nvme_create_io_cq_rd, nvme_create_io_cq_chk, nvme_create_io_cq_wr, NULL};

enum pv_codec_err nvme_create_io_cq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_create_io_cq *out)
{
	return pv_decode(&nvme_create_io_cq_desc, buf, len, ctx, out);
}

int nvme_create_io_cq_encode(const struct nvme_create_io_cq *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_create_io_cq_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_get_log_page_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_get_log_page *o = p;
	uint64_t v;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->lid = (uint8_t)((v >> 0) & 255);
	o->lsp = (uint8_t)((v >> 8) & 127);
	o->rae = (uint8_t)((v >> 15) & 1);
	o->numdl = (uint16_t)((v >> 16) & 0xffff);
	v = pv_get_u32(b + 44);
	o->cdw11_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->numdu = (uint16_t)((v >> 0) & 0xffff);
	o->lsi = (uint16_t)((v >> 16) & 0xffff);
	o->lpol = pv_get_u32(b + 48);
	o->lpou = pv_get_u32(b + 52);
	v = pv_get_u32(b + 56);
	o->cdw14_rsvd = (uint32_t)(v & ~(uint64_t)0xff80007fU);
	o->uuid_idx = (uint8_t)((v >> 0) & 127);
	o->ot = (uint8_t)((v >> 23) & 1);
	o->csi = (uint8_t)((v >> 24) & 255);
	o->cdw15 = pv_get_u32(b + 60);
	return PV_OK;
}

static enum pv_codec_err nvme_get_log_page_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_get_log_page *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->lsp > 127)
		return PV_ERR_RANGE;
	if (o->rae > 1)
		return PV_ERR_RANGE;
	if (o->uuid_idx > 127)
		return PV_ERR_RANGE;
	if (o->ot > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_get_log_page_wr(const void *p, uint8_t *b)
{
	const struct nvme_get_log_page *in = p;
	uint64_t v;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->lid & 255) << 0)
	    | ((uint64_t)(in->lsp & 127) << 8)
	    | ((uint64_t)(in->rae & 1) << 15)
	    | ((uint64_t)(in->numdl & 0xffff) << 16);
	pv_put_u32(b + 40, (uint32_t)(v));
	v = ((uint64_t)in->cdw11_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->numdu & 0xffff) << 0)
	    | ((uint64_t)(in->lsi & 0xffff) << 16);
	pv_put_u32(b + 44, (uint32_t)(v));
	pv_put_u32(b + 48, (uint32_t)(in->lpol));
	pv_put_u32(b + 52, (uint32_t)(in->lpou));
	v = ((uint64_t)in->cdw14_rsvd & ~(uint64_t)0xff80007fU)
	    | ((uint64_t)(in->uuid_idx & 127) << 0)
	    | ((uint64_t)(in->ot & 1) << 23)
	    | ((uint64_t)(in->csi & 255) << 24);
	pv_put_u32(b + 56, (uint32_t)(v));
	pv_put_u32(b + 60, (uint32_t)(in->cdw15));
}

static const struct pv_struct_desc nvme_get_log_page_desc = {64, 64, false, false, nvme_get_log_page_rd, nvme_get_log_page_chk, nvme_get_log_page_wr, NULL};

enum pv_codec_err nvme_get_log_page_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_get_log_page *out)
{
	return pv_decode(&nvme_get_log_page_desc, buf, len, ctx, out);
}

int nvme_get_log_page_encode(const struct nvme_get_log_page *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_get_log_page_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_identify_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_identify *o = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)0xffff00ffU);
	o->cns = (uint8_t)((v >> 0) & 255);
	o->cntid = (uint16_t)((v >> 16) & 0xffff);
	v = pv_get_u32(b + 44);
	o->cdw11_rsvd = (uint32_t)(v & ~(uint64_t)0xff00ffffU);
	o->cnssid = (uint16_t)((v >> 0) & 0xffff);
	o->csi = (uint8_t)((v >> 24) & 255);
	for (i = 0; i < 4; i++)
		o->cdw12[i] = pv_get_u32(b + 48 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvme_identify_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_identify *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void nvme_identify_wr(const void *p, uint8_t *b)
{
	const struct nvme_identify *in = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)0xffff00ffU)
	    | ((uint64_t)(in->cns & 255) << 0)
	    | ((uint64_t)(in->cntid & 0xffff) << 16);
	pv_put_u32(b + 40, (uint32_t)(v));
	v = ((uint64_t)in->cdw11_rsvd & ~(uint64_t)0xff00ffffU)
	    | ((uint64_t)(in->cnssid & 0xffff) << 0)
	    | ((uint64_t)(in->csi & 255) << 24);
	pv_put_u32(b + 44, (uint32_t)(v));
	for (i = 0; i < 4; i++)
		pv_put_u32(b + 48 + 4 * i, (uint32_t)(in->cdw12[i]));
}

static const struct pv_struct_desc nvme_identify_desc = {64, 64, false, false, nvme_identify_rd, nvme_identify_chk, nvme_identify_wr, NULL};

enum pv_codec_err nvme_identify_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_identify *out)
{
	return pv_decode(&nvme_identify_desc, buf, len, ctx, out);
}

int nvme_identify_encode(const struct nvme_identify *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_identify_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_abort_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_abort *o = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->sqid = (uint16_t)((v >> 0) & 0xffff);
	o->acid = (uint16_t)((v >> 16) & 0xffff);
	for (i = 0; i < 5; i++)
		o->cdw11[i] = pv_get_u32(b + 44 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvme_abort_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_abort *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void nvme_abort_wr(const void *p, uint8_t *b)
{
	const struct nvme_abort *in = p;
	size_t i;
	uint64_t v;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->sqid & 0xffff) << 0)
	    | ((uint64_t)(in->acid & 0xffff) << 16);
	pv_put_u32(b + 40, (uint32_t)(v));
	for (i = 0; i < 5; i++)
		pv_put_u32(b + 44 + 4 * i, (uint32_t)(in->cdw11[i]));
}

static const struct pv_struct_desc nvme_abort_desc = {64, 64, false, false, nvme_abort_rd, nvme_abort_chk, nvme_abort_wr, NULL};

enum pv_codec_err nvme_abort_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_abort *out)
{
	return pv_decode(&nvme_abort_desc, buf, len, ctx, out);
}

int nvme_abort_encode(const struct nvme_abort *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_abort_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_features_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_features *o = p;
	uint64_t v;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	v = pv_get_u32(b + 40);
	o->cdw10_rsvd = (uint32_t)(v & ~(uint64_t)0x800007ffU);
	o->fid = (uint8_t)((v >> 0) & 255);
	o->sel = (uint8_t)((v >> 8) & 7);
	o->sv = (uint8_t)((v >> 31) & 1);
	o->cdw11 = pv_get_u32(b + 44);
	o->cdw12 = pv_get_u32(b + 48);
	o->cdw13 = pv_get_u32(b + 52);
	o->cdw14 = pv_get_u32(b + 56);
	o->cdw15 = pv_get_u32(b + 60);
	return PV_OK;
}

static enum pv_codec_err nvme_features_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_features *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->sel > 7)
		return PV_ERR_RANGE;
	if (o->sv > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_features_wr(const void *p, uint8_t *b)
{
	const struct nvme_features *in = p;
	uint64_t v;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	v = ((uint64_t)in->cdw10_rsvd & ~(uint64_t)0x800007ffU)
	    | ((uint64_t)(in->fid & 255) << 0)
	    | ((uint64_t)(in->sel & 7) << 8)
	    | ((uint64_t)(in->sv & 1) << 31);
	pv_put_u32(b + 40, (uint32_t)(v));
	pv_put_u32(b + 44, (uint32_t)(in->cdw11));
	pv_put_u32(b + 48, (uint32_t)(in->cdw12));
	pv_put_u32(b + 52, (uint32_t)(in->cdw13));
	pv_put_u32(b + 56, (uint32_t)(in->cdw14));
	pv_put_u32(b + 60, (uint32_t)(in->cdw15));
}

static const struct pv_struct_desc nvme_features_desc = {64, 64, false, false, nvme_features_rd, nvme_features_chk, nvme_features_wr, NULL};

enum pv_codec_err nvme_features_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_features *out)
{
	return pv_decode(&nvme_features_desc, buf, len, ctx, out);
}

int nvme_features_encode(const struct nvme_features *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_features_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_async_event_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_async_event *o = p;
	size_t i;

	nvme_sqe_hdr_rd(b + 0, len, &o->hdr, end);
	for (i = 0; i < 6; i++)
		o->cdw10[i] = pv_get_u32(b + 40 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err nvme_async_event_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_async_event *o = p;
	enum pv_codec_err err;

	err = nvme_sqe_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void nvme_async_event_wr(const void *p, uint8_t *b)
{
	const struct nvme_async_event *in = p;
	size_t i;

	nvme_sqe_hdr_wr(&in->hdr, b + 0);
	for (i = 0; i < 6; i++)
		pv_put_u32(b + 40 + 4 * i, (uint32_t)(in->cdw10[i]));
}

static const struct pv_struct_desc nvme_async_event_desc = {64, 64, false, false, nvme_async_event_rd, nvme_async_event_chk, nvme_async_event_wr, NULL};

enum pv_codec_err nvme_async_event_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_async_event *out)
{
	return pv_decode(&nvme_async_event_desc, buf, len, ctx, out);
}

int nvme_async_event_encode(const struct nvme_async_event *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_async_event_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_async_event_result_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_async_event_result *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->dw0_rsvd = (uint32_t)(v & ~(uint64_t)0xffff07);
	o->type = (uint8_t)((v >> 0) & 7);
	o->info = (uint8_t)((v >> 8) & 255);
	o->log_page = (uint8_t)((v >> 16) & 255);
	return PV_OK;
}

static enum pv_codec_err nvme_async_event_result_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_async_event_result *o = p;

	if (o->type > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_async_event_result_wr(const void *p, uint8_t *b)
{
	const struct nvme_async_event_result *in = p;
	uint64_t v;

	v = ((uint64_t)in->dw0_rsvd & ~(uint64_t)0xffff07)
	    | ((uint64_t)(in->type & 7) << 0)
	    | ((uint64_t)(in->info & 255) << 8)
	    | ((uint64_t)(in->log_page & 255) << 16);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc nvme_async_event_result_desc = {4, 4, false, false, nvme_async_event_result_rd, nvme_async_event_result_chk, nvme_async_event_result_wr, NULL};

enum pv_codec_err nvme_async_event_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_async_event_result *out)
{
	return pv_decode(&nvme_async_event_result_desc, buf, len, ctx, out);
}

int nvme_async_event_result_encode(const struct nvme_async_event_result *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_async_event_result_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_num_queues_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_num_queues *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->dw_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->nsq = (uint16_t)((v >> 0) & 0xffff);
	o->ncq = (uint16_t)((v >> 16) & 0xffff);
	return PV_OK;
}

static void nvme_num_queues_wr(const void *p, uint8_t *b)
{
	const struct nvme_num_queues *in = p;
	uint64_t v;

	v = ((uint64_t)in->dw_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->nsq & 0xffff) << 0)
	    | ((uint64_t)(in->ncq & 0xffff) << 16);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc nvme_num_queues_desc = {4, 4, false, false, nvme_num_queues_rd, NULL, nvme_num_queues_wr, NULL};

enum pv_codec_err nvme_num_queues_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_num_queues *out)
{
	return pv_decode(&nvme_num_queues_desc, buf, len, ctx, out);
}

int nvme_num_queues_encode(const struct nvme_num_queues *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_num_queues_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_id_ctrl_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_id_ctrl *o = p;
	size_t i;
	uint64_t v;

	o->vid = pv_get_u16(b + 0);
	o->ssvid = pv_get_u16(b + 2);
	memcpy(o->sn, b + 4, 20);
	memcpy(o->mn, b + 24, 40);
	memcpy(o->fr, b + 64, 8);
	o->rab = pv_get_u8(b + 72);
	memcpy(o->ieee, b + 73, 3);
	o->cmic = pv_get_u8(b + 76);
	o->mdts = pv_get_u8(b + 77);
	o->cntlid = pv_get_u16(b + 78);
	o->ver = pv_get_u32(b + 80);
	o->rtd3r = pv_get_u32(b + 84);
	o->rtd3e = pv_get_u32(b + 88);
	o->oaes = pv_get_u32(b + 92);
	o->ctratt = pv_get_u32(b + 96);
	o->rrls = pv_get_u16(b + 100);
	memcpy(o->rsvd102, b + 102, 9);
	o->cntrltype = pv_get_u8(b + 111);
	memcpy(o->fguid, b + 112, 16);
	for (i = 0; i < 3; i++)
		o->crdt[i] = pv_get_u16(b + 128 + 2 * i);
	memcpy(o->rsvd134, b + 134, 122);
	o->oacs = pv_get_u16(b + 256);
	o->acl = pv_get_u8(b + 258);
	o->aerl = pv_get_u8(b + 259);
	o->frmw = pv_get_u8(b + 260);
	o->lpa = pv_get_u8(b + 261);
	o->elpe = pv_get_u8(b + 262);
	o->npss = pv_get_u8(b + 263);
	o->avscc = pv_get_u8(b + 264);
	o->apsta = pv_get_u8(b + 265);
	o->wctemp = pv_get_u16(b + 266);
	o->cctemp = pv_get_u16(b + 268);
	o->mtfa = pv_get_u16(b + 270);
	o->hmpre = pv_get_u32(b + 272);
	o->hmmin = pv_get_u32(b + 276);
	memcpy(o->tnvmcap, b + 280, 16);
	memcpy(o->unvmcap, b + 296, 16);
	o->rpmbs = pv_get_u32(b + 312);
	o->edstt = pv_get_u16(b + 316);
	o->dsto = pv_get_u8(b + 318);
	o->fwug = pv_get_u8(b + 319);
	o->kas = pv_get_u16(b + 320);
	o->hctma = pv_get_u16(b + 322);
	o->mntmt = pv_get_u16(b + 324);
	o->mxtmt = pv_get_u16(b + 326);
	o->sanicap = pv_get_u32(b + 328);
	o->hmminds = pv_get_u32(b + 332);
	o->hmmaxd = pv_get_u16(b + 336);
	o->nsetidmax = pv_get_u16(b + 338);
	o->endgidmax = pv_get_u16(b + 340);
	o->anatt = pv_get_u8(b + 342);
	o->anacap = pv_get_u8(b + 343);
	o->anagrpmax = pv_get_u32(b + 344);
	o->nanagrpid = pv_get_u32(b + 348);
	o->pels = pv_get_u32(b + 352);
	memcpy(o->rsvd356, b + 356, 156);
	v = pv_get_u8(b + 512);
	o->sqes = v;
	o->sqes_min = (uint8_t)((v >> 0) & 15);
	o->sqes_max = (uint8_t)((v >> 4) & 15);
	v = pv_get_u8(b + 513);
	o->cqes = v;
	o->cqes_min = (uint8_t)((v >> 0) & 15);
	o->cqes_max = (uint8_t)((v >> 4) & 15);
	o->maxcmd = pv_get_u16(b + 514);
	o->nn = pv_get_u32(b + 516);
	o->oncs = pv_get_u16(b + 520);
	o->fuses = pv_get_u16(b + 522);
	o->fna = pv_get_u8(b + 524);
	o->vwc = pv_get_u8(b + 525);
	o->awun = pv_get_u16(b + 526);
	o->awupf = pv_get_u16(b + 528);
	o->icsvscc = pv_get_u8(b + 530);
	o->nwpc = pv_get_u8(b + 531);
	o->acwu = pv_get_u16(b + 532);
	o->ocfs = pv_get_u16(b + 534);
	o->sgls = pv_get_u32(b + 536);
	o->mnan = pv_get_u32(b + 540);
	memcpy(o->rsvd544, b + 544, 224);
	memcpy(o->subnqn, b + 768, 256);
	memcpy(o->rsvd1024, b + 1024, 1024);
	memcpy(o->psd, b + 2048, 1024);
	memcpy(o->vs, b + 3072, 1024);
	return PV_OK;
}

static enum pv_codec_err nvme_id_ctrl_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_id_ctrl *o = p;

	if (o->sqes_min > 15)
		return PV_ERR_RANGE;
	if (o->sqes_max > 15)
		return PV_ERR_RANGE;
	if (o->cqes_min > 15)
		return PV_ERR_RANGE;
	if (o->cqes_max > 15)
		return PV_ERR_RANGE;
	if (o->oncs & ~(uint64_t)0x1ff)
		return PV_ERR_FLAGS;
	return PV_OK;
}

static void nvme_id_ctrl_wr(const void *p, uint8_t *b)
{
	const struct nvme_id_ctrl *in = p;
	size_t i;
	uint64_t v;

	pv_put_u16(b + 0, (uint16_t)(in->vid));
	pv_put_u16(b + 2, (uint16_t)(in->ssvid));
	memcpy(b + 4, in->sn, 20);
	memcpy(b + 24, in->mn, 40);
	memcpy(b + 64, in->fr, 8);
	pv_put_u8(b + 72, (uint8_t)(in->rab));
	memcpy(b + 73, in->ieee, 3);
	pv_put_u8(b + 76, (uint8_t)(in->cmic));
	pv_put_u8(b + 77, (uint8_t)(in->mdts));
	pv_put_u16(b + 78, (uint16_t)(in->cntlid));
	pv_put_u32(b + 80, (uint32_t)(in->ver));
	pv_put_u32(b + 84, (uint32_t)(in->rtd3r));
	pv_put_u32(b + 88, (uint32_t)(in->rtd3e));
	pv_put_u32(b + 92, (uint32_t)(in->oaes));
	pv_put_u32(b + 96, (uint32_t)(in->ctratt));
	pv_put_u16(b + 100, (uint16_t)(in->rrls));
	memcpy(b + 102, in->rsvd102, 9);
	pv_put_u8(b + 111, (uint8_t)(in->cntrltype));
	memcpy(b + 112, in->fguid, 16);
	for (i = 0; i < 3; i++)
		pv_put_u16(b + 128 + 2 * i, (uint16_t)(in->crdt[i]));
	memcpy(b + 134, in->rsvd134, 122);
	pv_put_u16(b + 256, (uint16_t)(in->oacs));
	pv_put_u8(b + 258, (uint8_t)(in->acl));
	pv_put_u8(b + 259, (uint8_t)(in->aerl));
	pv_put_u8(b + 260, (uint8_t)(in->frmw));
	pv_put_u8(b + 261, (uint8_t)(in->lpa));
	pv_put_u8(b + 262, (uint8_t)(in->elpe));
	pv_put_u8(b + 263, (uint8_t)(in->npss));
	pv_put_u8(b + 264, (uint8_t)(in->avscc));
	pv_put_u8(b + 265, (uint8_t)(in->apsta));
	pv_put_u16(b + 266, (uint16_t)(in->wctemp));
	pv_put_u16(b + 268, (uint16_t)(in->cctemp));
	pv_put_u16(b + 270, (uint16_t)(in->mtfa));
	pv_put_u32(b + 272, (uint32_t)(in->hmpre));
	pv_put_u32(b + 276, (uint32_t)(in->hmmin));
	memcpy(b + 280, in->tnvmcap, 16);
	memcpy(b + 296, in->unvmcap, 16);
	pv_put_u32(b + 312, (uint32_t)(in->rpmbs));
	pv_put_u16(b + 316, (uint16_t)(in->edstt));
	pv_put_u8(b + 318, (uint8_t)(in->dsto));
	pv_put_u8(b + 319, (uint8_t)(in->fwug));
	pv_put_u16(b + 320, (uint16_t)(in->kas));
	pv_put_u16(b + 322, (uint16_t)(in->hctma));
	pv_put_u16(b + 324, (uint16_t)(in->mntmt));
	pv_put_u16(b + 326, (uint16_t)(in->mxtmt));
	pv_put_u32(b + 328, (uint32_t)(in->sanicap));
	pv_put_u32(b + 332, (uint32_t)(in->hmminds));
	pv_put_u16(b + 336, (uint16_t)(in->hmmaxd));
	pv_put_u16(b + 338, (uint16_t)(in->nsetidmax));
	pv_put_u16(b + 340, (uint16_t)(in->endgidmax));
	pv_put_u8(b + 342, (uint8_t)(in->anatt));
	pv_put_u8(b + 343, (uint8_t)(in->anacap));
	pv_put_u32(b + 344, (uint32_t)(in->anagrpmax));
	pv_put_u32(b + 348, (uint32_t)(in->nanagrpid));
	pv_put_u32(b + 352, (uint32_t)(in->pels));
	memcpy(b + 356, in->rsvd356, 156);
	v = (uint64_t)in->sqes
	    | ((uint64_t)(in->sqes_min & 15) << 0)
	    | ((uint64_t)(in->sqes_max & 15) << 4);
	pv_put_u8(b + 512, (uint8_t)(v));
	v = (uint64_t)in->cqes
	    | ((uint64_t)(in->cqes_min & 15) << 0)
	    | ((uint64_t)(in->cqes_max & 15) << 4);
	pv_put_u8(b + 513, (uint8_t)(v));
	pv_put_u16(b + 514, (uint16_t)(in->maxcmd));
	pv_put_u32(b + 516, (uint32_t)(in->nn));
	pv_put_u16(b + 520, (uint16_t)(in->oncs));
	pv_put_u16(b + 522, (uint16_t)(in->fuses));
	pv_put_u8(b + 524, (uint8_t)(in->fna));
	pv_put_u8(b + 525, (uint8_t)(in->vwc));
	pv_put_u16(b + 526, (uint16_t)(in->awun));
	pv_put_u16(b + 528, (uint16_t)(in->awupf));
	pv_put_u8(b + 530, (uint8_t)(in->icsvscc));
	pv_put_u8(b + 531, (uint8_t)(in->nwpc));
	pv_put_u16(b + 532, (uint16_t)(in->acwu));
	pv_put_u16(b + 534, (uint16_t)(in->ocfs));
	pv_put_u32(b + 536, (uint32_t)(in->sgls));
	pv_put_u32(b + 540, (uint32_t)(in->mnan));
	memcpy(b + 544, in->rsvd544, 224);
	memcpy(b + 768, in->subnqn, 256);
	memcpy(b + 1024, in->rsvd1024, 1024);
	memcpy(b + 2048, in->psd, 1024);
	memcpy(b + 3072, in->vs, 1024);
}

static const struct pv_struct_desc nvme_id_ctrl_desc = {4096, 4096, false, false, nvme_id_ctrl_rd, nvme_id_ctrl_chk, nvme_id_ctrl_wr, NULL};

enum pv_codec_err nvme_id_ctrl_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_id_ctrl *out)
{
	return pv_decode(&nvme_id_ctrl_desc, buf, len, ctx, out);
}

int nvme_id_ctrl_encode(const struct nvme_id_ctrl *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_id_ctrl_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_lbaf_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_lbaf *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->dw_rsvd = (uint32_t)(v & ~(uint64_t)0x3ffffff);
	o->ms = (uint16_t)((v >> 0) & 0xffff);
	o->lbads = (uint8_t)((v >> 16) & 255);
	o->rp = (uint8_t)((v >> 24) & 3);
	return PV_OK;
}

static enum pv_codec_err nvme_lbaf_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_lbaf *o = p;

	if (o->rp > 3)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_lbaf_wr(const void *p, uint8_t *b)
{
	const struct nvme_lbaf *in = p;
	uint64_t v;

	v = ((uint64_t)in->dw_rsvd & ~(uint64_t)0x3ffffff)
	    | ((uint64_t)(in->ms & 0xffff) << 0)
	    | ((uint64_t)(in->lbads & 255) << 16)
	    | ((uint64_t)(in->rp & 3) << 24);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc nvme_lbaf_desc = {4, 4, false, false, nvme_lbaf_rd, nvme_lbaf_chk, nvme_lbaf_wr, NULL};

enum pv_codec_err nvme_lbaf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_lbaf *out)
{
	return pv_decode(&nvme_lbaf_desc, buf, len, ctx, out);
}

int nvme_lbaf_encode(const struct nvme_lbaf *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_lbaf_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_id_ns_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct nvme_id_ns *o = p;
	size_t i;
	uint64_t v;

	o->nsze = pv_get_u64(b + 0);
	o->ncap = pv_get_u64(b + 8);
	o->nuse = pv_get_u64(b + 16);
	o->nsfeat = pv_get_u8(b + 24);
	o->nlbaf = pv_get_u8(b + 25);
	v = pv_get_u8(b + 26);
	o->flbas = v;
	o->lbaf_idx = (uint8_t)((v >> 0) & 15);
	o->mdext = (uint8_t)((v >> 4) & 1);
	o->mc = pv_get_u8(b + 27);
	o->dpc = pv_get_u8(b + 28);
	o->dps = pv_get_u8(b + 29);
	o->nmic = pv_get_u8(b + 30);
	o->rescap = pv_get_u8(b + 31);
	o->fpi = pv_get_u8(b + 32);
	o->dlfeat = pv_get_u8(b + 33);
	o->nawun = pv_get_u16(b + 34);
	o->nawupf = pv_get_u16(b + 36);
	o->nacwu = pv_get_u16(b + 38);
	o->nabsn = pv_get_u16(b + 40);
	o->nabo = pv_get_u16(b + 42);
	o->nabspf = pv_get_u16(b + 44);
	o->noiob = pv_get_u16(b + 46);
	memcpy(o->nvmcap, b + 48, 16);
	o->npwg = pv_get_u16(b + 64);
	o->npwa = pv_get_u16(b + 66);
	o->npdg = pv_get_u16(b + 68);
	o->npda = pv_get_u16(b + 70);
	o->nows = pv_get_u16(b + 72);
	memcpy(o->rsvd74, b + 74, 18);
	o->anagrpid = pv_get_u32(b + 92);
	memcpy(o->rsvd96, b + 96, 3);
	o->nsattr = pv_get_u8(b + 99);
	o->nvmsetid = pv_get_u16(b + 100);
	o->endgid = pv_get_u16(b + 102);
	memcpy(o->nguid, b + 104, 16);
	memcpy(o->eui64, b + 120, 8);
	for (i = 0; i < 16; i++)
		nvme_lbaf_rd(b + 128 + 4 * i, len, &o->lbaf[i], end);
	memcpy(o->rsvd192, b + 192, 192);
	memcpy(o->vs, b + 384, 3712);
	return PV_OK;
}

static enum pv_codec_err nvme_id_ns_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct nvme_id_ns *o = p;
	size_t i;
	enum pv_codec_err err;

	if (o->lbaf_idx > 15)
		return PV_ERR_RANGE;
	if (o->mdext > 1)
		return PV_ERR_RANGE;
	for (i = 0; i < 16; i++) {
		err = nvme_lbaf_chk(&o->lbaf[i], 4, 4, ctx, (how & ~PV_CHK_STAMPED));
		if (err != PV_OK)
			return err;
	}
	return PV_OK;
}

static void nvme_id_ns_wr(const void *p, uint8_t *b)
{
	const struct nvme_id_ns *in = p;
	size_t i;
	uint64_t v;

	pv_put_u64(b + 0, (uint64_t)(in->nsze));
	pv_put_u64(b + 8, (uint64_t)(in->ncap));
	pv_put_u64(b + 16, (uint64_t)(in->nuse));
	pv_put_u8(b + 24, (uint8_t)(in->nsfeat));
	pv_put_u8(b + 25, (uint8_t)(in->nlbaf));
	v = (uint64_t)in->flbas
	    | ((uint64_t)(in->lbaf_idx & 15) << 0)
	    | ((uint64_t)(in->mdext & 1) << 4);
	pv_put_u8(b + 26, (uint8_t)(v));
	pv_put_u8(b + 27, (uint8_t)(in->mc));
	pv_put_u8(b + 28, (uint8_t)(in->dpc));
	pv_put_u8(b + 29, (uint8_t)(in->dps));
	pv_put_u8(b + 30, (uint8_t)(in->nmic));
	pv_put_u8(b + 31, (uint8_t)(in->rescap));
	pv_put_u8(b + 32, (uint8_t)(in->fpi));
	pv_put_u8(b + 33, (uint8_t)(in->dlfeat));
	pv_put_u16(b + 34, (uint16_t)(in->nawun));
	pv_put_u16(b + 36, (uint16_t)(in->nawupf));
	pv_put_u16(b + 38, (uint16_t)(in->nacwu));
	pv_put_u16(b + 40, (uint16_t)(in->nabsn));
	pv_put_u16(b + 42, (uint16_t)(in->nabo));
	pv_put_u16(b + 44, (uint16_t)(in->nabspf));
	pv_put_u16(b + 46, (uint16_t)(in->noiob));
	memcpy(b + 48, in->nvmcap, 16);
	pv_put_u16(b + 64, (uint16_t)(in->npwg));
	pv_put_u16(b + 66, (uint16_t)(in->npwa));
	pv_put_u16(b + 68, (uint16_t)(in->npdg));
	pv_put_u16(b + 70, (uint16_t)(in->npda));
	pv_put_u16(b + 72, (uint16_t)(in->nows));
	memcpy(b + 74, in->rsvd74, 18);
	pv_put_u32(b + 92, (uint32_t)(in->anagrpid));
	memcpy(b + 96, in->rsvd96, 3);
	pv_put_u8(b + 99, (uint8_t)(in->nsattr));
	pv_put_u16(b + 100, (uint16_t)(in->nvmsetid));
	pv_put_u16(b + 102, (uint16_t)(in->endgid));
	memcpy(b + 104, in->nguid, 16);
	memcpy(b + 120, in->eui64, 8);
	for (i = 0; i < 16; i++)
		nvme_lbaf_wr(&in->lbaf[i], b + 128 + 4 * i);
	memcpy(b + 192, in->rsvd192, 192);
	memcpy(b + 384, in->vs, 3712);
}

static const struct pv_struct_desc nvme_id_ns_desc = {4096, 4096, false, false, nvme_id_ns_rd, nvme_id_ns_chk, nvme_id_ns_wr, NULL};

enum pv_codec_err nvme_id_ns_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_id_ns *out)
{
	return pv_decode(&nvme_id_ns_desc, buf, len, ctx, out);
}

int nvme_id_ns_encode(const struct nvme_id_ns *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_id_ns_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_ns_id_desc_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_ns_id_desc *o = p;

	o->nidt = pv_get_u8(b + 0);
	o->nidl = pv_get_u8(b + 1);
	o->rsvd2 = pv_get_u16(b + 2);
	return PV_OK;
}

static enum pv_codec_err nvme_ns_id_desc_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_ns_id_desc *o = p;

	if (!nvme_nidt_valid((int64_t)o->nidt))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void nvme_ns_id_desc_wr(const void *p, uint8_t *b)
{
	const struct nvme_ns_id_desc *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->nidt));
	pv_put_u8(b + 1, (uint8_t)(in->nidl));
	pv_put_u16(b + 2, (uint16_t)(in->rsvd2));
}

static const struct pv_struct_desc nvme_ns_id_desc_desc = {4, 4, true, false, nvme_ns_id_desc_rd, nvme_ns_id_desc_chk, nvme_ns_id_desc_wr, NULL};

enum pv_codec_err nvme_ns_id_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_ns_id_desc *out)
{
	return pv_decode(&nvme_ns_id_desc_desc, buf, len, ctx, out);
}

int nvme_ns_id_desc_encode(const struct nvme_ns_id_desc *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_ns_id_desc_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_fw_slot_log_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_fw_slot_log *o = p;
	uint64_t v;

	v = pv_get_u8(b + 0);
	o->afi = v;
	o->active_slot = (uint8_t)((v >> 0) & 7);
	o->next_slot = (uint8_t)((v >> 4) & 7);
	memcpy(o->rsvd1, b + 1, 7);
	memcpy(o->frs, b + 8, 56);
	memcpy(o->rsvd64, b + 64, 448);
	return PV_OK;
}

static enum pv_codec_err nvme_fw_slot_log_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct nvme_fw_slot_log *o = p;

	if (o->active_slot > 7)
		return PV_ERR_RANGE;
	if (o->next_slot > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void nvme_fw_slot_log_wr(const void *p, uint8_t *b)
{
	const struct nvme_fw_slot_log *in = p;
	uint64_t v;

	v = (uint64_t)in->afi
	    | ((uint64_t)(in->active_slot & 7) << 0)
	    | ((uint64_t)(in->next_slot & 7) << 4);
	pv_put_u8(b + 0, (uint8_t)(v));
	memcpy(b + 1, in->rsvd1, 7);
	memcpy(b + 8, in->frs, 56);
	memcpy(b + 64, in->rsvd64, 448);
}

static const struct pv_struct_desc nvme_fw_slot_log_desc = {512, 512, false, false, nvme_fw_slot_log_rd, nvme_fw_slot_log_chk, nvme_fw_slot_log_wr, NULL};

enum pv_codec_err nvme_fw_slot_log_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_fw_slot_log *out)
{
	return pv_decode(&nvme_fw_slot_log_desc, buf, len, ctx, out);
}

int nvme_fw_slot_log_encode(const struct nvme_fw_slot_log *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_fw_slot_log_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_error_log_entry_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_error_log_entry *o = p;

	o->error_count = pv_get_u64(b + 0);
	o->sqid = pv_get_u16(b + 8);
	o->cid = pv_get_u16(b + 10);
	o->status = pv_get_u16(b + 12);
	o->param_loc = pv_get_u16(b + 14);
	o->lba = pv_get_u64(b + 16);
	o->nsid = pv_get_u32(b + 24);
	o->vsia = pv_get_u8(b + 28);
	o->trtype = pv_get_u8(b + 29);
	o->rsvd30 = pv_get_u16(b + 30);
	o->csi = pv_get_u64(b + 32);
	o->ttsi = pv_get_u16(b + 40);
	memcpy(o->rsvd42, b + 42, 22);
	return PV_OK;
}

static void nvme_error_log_entry_wr(const void *p, uint8_t *b)
{
	const struct nvme_error_log_entry *in = p;

	pv_put_u64(b + 0, (uint64_t)(in->error_count));
	pv_put_u16(b + 8, (uint16_t)(in->sqid));
	pv_put_u16(b + 10, (uint16_t)(in->cid));
	pv_put_u16(b + 12, (uint16_t)(in->status));
	pv_put_u16(b + 14, (uint16_t)(in->param_loc));
	pv_put_u64(b + 16, (uint64_t)(in->lba));
	pv_put_u32(b + 24, (uint32_t)(in->nsid));
	pv_put_u8(b + 28, (uint8_t)(in->vsia));
	pv_put_u8(b + 29, (uint8_t)(in->trtype));
	pv_put_u16(b + 30, (uint16_t)(in->rsvd30));
	pv_put_u64(b + 32, (uint64_t)(in->csi));
	pv_put_u16(b + 40, (uint16_t)(in->ttsi));
	memcpy(b + 42, in->rsvd42, 22);
}

static const struct pv_struct_desc nvme_error_log_entry_desc = {64, 64, false, false, nvme_error_log_entry_rd, NULL, nvme_error_log_entry_wr, NULL};

enum pv_codec_err nvme_error_log_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_error_log_entry *out)
{
	return pv_decode(&nvme_error_log_entry_desc, buf, len, ctx, out);
}

int nvme_error_log_entry_encode(const struct nvme_error_log_entry *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_error_log_entry_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_smart_log_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_smart_log *o = p;
	size_t i;

	o->critical_warning = pv_get_u8(b + 0);
	o->temperature = pv_get_u16(b + 1);
	o->avail_spare = pv_get_u8(b + 3);
	o->spare_thresh = pv_get_u8(b + 4);
	o->percent_used = pv_get_u8(b + 5);
	o->endu_grp_crit_warn = pv_get_u8(b + 6);
	memcpy(o->rsvd7, b + 7, 25);
	memcpy(o->data_units_read, b + 32, 16);
	memcpy(o->data_units_written, b + 48, 16);
	memcpy(o->host_reads, b + 64, 16);
	memcpy(o->host_writes, b + 80, 16);
	memcpy(o->ctrl_busy_time, b + 96, 16);
	memcpy(o->power_cycles, b + 112, 16);
	memcpy(o->power_on_hours, b + 128, 16);
	memcpy(o->unsafe_shutdowns, b + 144, 16);
	memcpy(o->media_errors, b + 160, 16);
	memcpy(o->num_err_log_entries, b + 176, 16);
	o->warning_temp_time = pv_get_u32(b + 192);
	o->critical_comp_time = pv_get_u32(b + 196);
	for (i = 0; i < 8; i++)
		o->temp_sensor[i] = pv_get_u16(b + 200 + 2 * i);
	o->thm_temp1_trans_count = pv_get_u32(b + 216);
	o->thm_temp2_trans_count = pv_get_u32(b + 220);
	o->thm_temp1_total_time = pv_get_u32(b + 224);
	o->thm_temp2_total_time = pv_get_u32(b + 228);
	memcpy(o->rsvd232, b + 232, 280);
	return PV_OK;
}

static void nvme_smart_log_wr(const void *p, uint8_t *b)
{
	const struct nvme_smart_log *in = p;
	size_t i;

	pv_put_u8(b + 0, (uint8_t)(in->critical_warning));
	pv_put_u16(b + 1, (uint16_t)(in->temperature));
	pv_put_u8(b + 3, (uint8_t)(in->avail_spare));
	pv_put_u8(b + 4, (uint8_t)(in->spare_thresh));
	pv_put_u8(b + 5, (uint8_t)(in->percent_used));
	pv_put_u8(b + 6, (uint8_t)(in->endu_grp_crit_warn));
	memcpy(b + 7, in->rsvd7, 25);
	memcpy(b + 32, in->data_units_read, 16);
	memcpy(b + 48, in->data_units_written, 16);
	memcpy(b + 64, in->host_reads, 16);
	memcpy(b + 80, in->host_writes, 16);
	memcpy(b + 96, in->ctrl_busy_time, 16);
	memcpy(b + 112, in->power_cycles, 16);
	memcpy(b + 128, in->power_on_hours, 16);
	memcpy(b + 144, in->unsafe_shutdowns, 16);
	memcpy(b + 160, in->media_errors, 16);
	memcpy(b + 176, in->num_err_log_entries, 16);
	pv_put_u32(b + 192, (uint32_t)(in->warning_temp_time));
	pv_put_u32(b + 196, (uint32_t)(in->critical_comp_time));
	for (i = 0; i < 8; i++)
		pv_put_u16(b + 200 + 2 * i, (uint16_t)(in->temp_sensor[i]));
	pv_put_u32(b + 216, (uint32_t)(in->thm_temp1_trans_count));
	pv_put_u32(b + 220, (uint32_t)(in->thm_temp2_trans_count));
	pv_put_u32(b + 224, (uint32_t)(in->thm_temp1_total_time));
	pv_put_u32(b + 228, (uint32_t)(in->thm_temp2_total_time));
	memcpy(b + 232, in->rsvd232, 280);
}

static const struct pv_struct_desc nvme_smart_log_desc = {512, 512, false, false, nvme_smart_log_rd, NULL, nvme_smart_log_wr, NULL};

enum pv_codec_err nvme_smart_log_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_smart_log *out)
{
	return pv_decode(&nvme_smart_log_desc, buf, len, ctx, out);
}

int nvme_smart_log_encode(const struct nvme_smart_log *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_smart_log_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err nvme_trace_id_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct nvme_trace_id *o = p;
	uint64_t v;

	v = pv_get_u64(b + 0);
	o->id_rsvd = (uint64_t)(v & ~(uint64_t)UINT64_C(0xffffffffffff));
	o->cid = (uint16_t)((v >> 0) & 0xffff);
	o->slot = (uint16_t)((v >> 16) & 0xffff);
	o->doorbell = (uint16_t)((v >> 32) & 0xffff);
	return PV_OK;
}

static void nvme_trace_id_wr(const void *p, uint8_t *b)
{
	const struct nvme_trace_id *in = p;
	uint64_t v;

	v = ((uint64_t)in->id_rsvd & ~(uint64_t)UINT64_C(0xffffffffffff))
	    | ((uint64_t)(in->cid & 0xffff) << 0)
	    | ((uint64_t)(in->slot & 0xffff) << 16)
	    | ((uint64_t)(in->doorbell & 0xffff) << 32);
	pv_put_u64(b + 0, (uint64_t)(v));
}

static const struct pv_struct_desc nvme_trace_id_desc = {8, 8, false, false, nvme_trace_id_rd, NULL, nvme_trace_id_wr, NULL};

enum pv_codec_err nvme_trace_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_trace_id *out)
{
	return pv_decode(&nvme_trace_id_desc, buf, len, ctx, out);
}

int nvme_trace_id_encode(const struct nvme_trace_id *in, void *buf, size_t cap)
{
	return pv_encode(&nvme_trace_id_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant nvme_msg_variants[] = {
	{&nvme_delete_io_q_desc, 0, 0, 0, 0},	/* DELETE_IO_SQ */
	{&nvme_create_io_sq_desc, 0, 0, 0, 0},	/* CREATE_IO_SQ */
	{&nvme_get_log_page_desc, 0, 0, 0, 0},	/* GET_LOG_PAGE */
	{&nvme_delete_io_q_desc, 0, 0, 0, 0},	/* DELETE_IO_CQ */
	{&nvme_create_io_cq_desc, 0, 0, 0, 0},	/* CREATE_IO_CQ */
	{&nvme_identify_desc, 0, 0, 0, 0},	/* IDENTIFY */
	{&nvme_abort_desc, 0, 0, 0, 0},	/* ABORT */
	{&nvme_features_desc, 0, 0, 0, 0},	/* SET_FEATURES */
	{&nvme_features_desc, 0, 0, 0, 0},	/* GET_FEATURES */
	{&nvme_async_event_desc, 0, 0, 0, 0},	/* ASYNC_EVENT_REQUEST */
};

const struct pv_msg_desc nvme_msg_table[] = {
	{0, "DELETE_IO_SQ", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, delete_io_sq), 0, 1},
	{1, "CREATE_IO_SQ", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, create_io_sq), 1, 1},
	{2, "GET_LOG_PAGE", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, get_log_page), 2, 1},
	{4, "DELETE_IO_CQ", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, delete_io_cq), 3, 1},
	{5, "CREATE_IO_CQ", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, create_io_cq), 4, 1},
	{6, "IDENTIFY", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, identify), 5, 1},
	{8, "ABORT", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, abort), 6, 1},
	{9, "SET_FEATURES", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, set_features), 7, 1},
	{10, "GET_FEATURES", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, get_features), 8, 1},
	{12, "ASYNC_EVENT_REQUEST", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct nvme_msg_handlers, async_event_request), 9, 1},
};
const size_t nvme_msg_table_count = sizeof(nvme_msg_table) / sizeof(nvme_msg_table[0]);

const struct pv_msg_desc *nvme_msg_lookup(uint32_t type)
{
	switch (type) {
	case 0:
		return &nvme_msg_table[0];
	case 1:
		return &nvme_msg_table[1];
	case 2:
		return &nvme_msg_table[2];
	case 4:
		return &nvme_msg_table[3];
	case 5:
		return &nvme_msg_table[4];
	case 6:
		return &nvme_msg_table[5];
	case 8:
		return &nvme_msg_table[6];
	case 9:
		return &nvme_msg_table[7];
	case 10:
		return &nvme_msg_table[8];
	case 12:
		return &nvme_msg_table[9];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab nvme_msg_tab = {
	nvme_msg_table, sizeof(nvme_msg_table) / sizeof(nvme_msg_table[0]), nvme_msg_variants, 0, 1,
	nvme_msg_lookup,
};

enum pv_codec_err nvme_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_msg *out)
{
	return pv_msg_decode(&nvme_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int nvme_msg_encode(const struct nvme_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&nvme_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int nvme_msg_dispatch(const struct nvme_msg_handlers *h, void *ctx, const struct nvme_msg *m)
{
	const struct pv_msg_desc *d = nvme_msg_lookup(m->type);
	nvme_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}
