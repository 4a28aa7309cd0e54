/* DO NOT EDIT: generated from spec/scsi.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "scsi_codec.h"

static bool scsi_service_action_in_valid(int64_t v)
{
	return v == 16;
}

static bool scsi_sense_key_valid(int64_t v)
{
	return (v >= 0 && v <= 11) ||
	       (v >= 13 && v <= 15);
}

static bool scsi_sense_format_valid(int64_t v)
{
	return v >= 112 && v <= 115;
}

static bool scsi_vpd_page_valid(int64_t v)
{
	switch (v) {
	case 0: case 128: case 131: case 176: case 177: case 178:
		return true;
	default:
		return false;
	}
}

static bool scsi_page_control_valid(int64_t v)
{
	return v >= 0 && v <= 3;
}

static bool scsi_designator_type_valid(int64_t v)
{
	return v >= 0 && v <= 3;
}

static bool scsi_code_set_valid(int64_t v)
{
	return v >= 1 && v <= 3;
}

static bool scsi_lun_address_method_valid(int64_t v)
{
	return v >= 0 && v <= 1;
}

static bool scsi_naa_valid(int64_t v)
{
	return (v >= 2 && v <= 3) ||
	       v == 5;
}

static enum pv_codec_err scsi_cdb_test_unit_ready_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_test_unit_ready *o = p;

	o->opcode = pv_get_u8(b + 0);
	memcpy(o->reserved, b + 1, 4);
	o->control = pv_get_u8(b + 5);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_test_unit_ready_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_test_unit_ready *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 0)
		return PV_ERR_CONST;
	return PV_OK;
}

static void scsi_cdb_test_unit_ready_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_test_unit_ready *in = p;

	pv_put_u8(b + 0, (uint8_t)(0));
	memcpy(b + 1, in->reserved, 4);
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_test_unit_ready_desc = {6, 6, false, false, scsi_cdb_test_unit_ready_rd, scsi_cdb_test_unit_ready_chk, scsi_cdb_test_unit_ready_wr, NULL};

enum pv_codec_err scsi_cdb_test_unit_ready_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_test_unit_ready *out)
{
	return pv_decode(&scsi_cdb_test_unit_ready_desc, buf, len, ctx, out);
}

int scsi_cdb_test_unit_ready_encode(const struct scsi_cdb_test_unit_ready *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_test_unit_ready_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_request_sense_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_request_sense *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->desc = (uint8_t)((v >> 0) & 1);
	memcpy(o->reserved, b + 2, 2);
	o->alloc_len = pv_get_u8(b + 4);
	o->control = pv_get_u8(b + 5);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_request_sense_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_request_sense *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 3)
		return PV_ERR_CONST;
	if (o->desc > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_request_sense_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_request_sense *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(3));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->desc & 1) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	memcpy(b + 2, in->reserved, 2);
	pv_put_u8(b + 4, (uint8_t)(in->alloc_len));
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_request_sense_desc = {6, 6, false, false, scsi_cdb_request_sense_rd, scsi_cdb_request_sense_chk, scsi_cdb_request_sense_wr, NULL};

enum pv_codec_err scsi_cdb_request_sense_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_request_sense *out)
{
	return pv_decode(&scsi_cdb_request_sense_desc, buf, len, ctx, out);
}

int scsi_cdb_request_sense_encode(const struct scsi_cdb_request_sense *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_request_sense_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_inquiry_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_inquiry *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)3);
	o->evpd = (uint8_t)((v >> 0) & 1);
	o->cmddt = (uint8_t)((v >> 1) & 1);
	o->page_code = pv_get_u8(b + 2);
	o->alloc_len = pv_get_be16(b + 3);
	o->control = pv_get_u8(b + 5);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_inquiry_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_inquiry *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 18)
		return PV_ERR_CONST;
	if (o->evpd > 1)
		return PV_ERR_RANGE;
	if (o->cmddt > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_inquiry_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_inquiry *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(18));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)3)
	    | ((uint64_t)(in->evpd & 1) << 0)
	    | ((uint64_t)(in->cmddt & 1) << 1);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_u8(b + 2, (uint8_t)(in->page_code));
	pv_put_be16(b + 3, (uint16_t)(in->alloc_len));
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_inquiry_desc = {6, 6, false, false, scsi_cdb_inquiry_rd, scsi_cdb_inquiry_chk, scsi_cdb_inquiry_wr, NULL};

enum pv_codec_err scsi_cdb_inquiry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_inquiry *out)
{
	return pv_decode(&scsi_cdb_inquiry_desc, buf, len, ctx, out);
}

int scsi_cdb_inquiry_encode(const struct scsi_cdb_inquiry *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_inquiry_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw6_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_rw6 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_be24(b + 1);
	o->lba_rsvd = (uint32_t)(v & ~(uint64_t)0x1fffff);
	o->lba = (uint32_t)((v >> 0) & 0x1fffff);
	o->length = pv_get_u8(b + 4);
	o->control = pv_get_u8(b + 5);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_rw6_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_cdb_rw6 *o = p;

	if (o->lba > 0x1fffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_rw6_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_rw6 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->opcode));
	v = ((uint64_t)in->lba_rsvd & ~(uint64_t)0x1fffff)
	    | ((uint64_t)(in->lba & 0x1fffff) << 0);
	pv_put_be24(b + 1, (uint32_t)(v));
	pv_put_u8(b + 4, (uint8_t)(in->length));
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_rw6_desc = {6, 6, false, false, scsi_cdb_rw6_rd, scsi_cdb_rw6_chk, scsi_cdb_rw6_wr, NULL};

enum pv_codec_err scsi_cdb_rw6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw6 *out)
{
	return pv_decode(&scsi_cdb_rw6_desc, buf, len, ctx, out);
}

int scsi_cdb_rw6_encode(const struct scsi_cdb_rw6 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_rw6_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw10_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_rw10 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)250);
	o->fua_nv = (uint8_t)((v >> 1) & 1);
	o->fua = (uint8_t)((v >> 3) & 1);
	o->dpo = (uint8_t)((v >> 4) & 1);
	o->protect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be32(b + 2);
	o->group = pv_get_u8(b + 6);
	o->length = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_rw10_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_cdb_rw10 *o = p;

	if (o->fua_nv > 1)
		return PV_ERR_RANGE;
	if (o->fua > 1)
		return PV_ERR_RANGE;
	if (o->dpo > 1)
		return PV_ERR_RANGE;
	if (o->protect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_rw10_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_rw10 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->opcode));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)250)
	    | ((uint64_t)(in->fua_nv & 1) << 1)
	    | ((uint64_t)(in->fua & 1) << 3)
	    | ((uint64_t)(in->dpo & 1) << 4)
	    | ((uint64_t)(in->protect & 7) << 5);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be32(b + 2, (uint32_t)(in->lba));
	pv_put_u8(b + 6, (uint8_t)(in->group));
	pv_put_be16(b + 7, (uint16_t)(in->length));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_rw10_desc = {10, 10, false, false, scsi_cdb_rw10_rd, scsi_cdb_rw10_chk, scsi_cdb_rw10_wr, NULL};

enum pv_codec_err scsi_cdb_rw10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw10 *out)
{
	return pv_decode(&scsi_cdb_rw10_desc, buf, len, ctx, out);
}

int scsi_cdb_rw10_encode(const struct scsi_cdb_rw10 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_rw10_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw12_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_rw12 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)250);
	o->fua_nv = (uint8_t)((v >> 1) & 1);
	o->fua = (uint8_t)((v >> 3) & 1);
	o->dpo = (uint8_t)((v >> 4) & 1);
	o->protect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be32(b + 2);
	o->length = pv_get_be32(b + 6);
	o->group = pv_get_u8(b + 10);
	o->control = pv_get_u8(b + 11);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_rw12_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_cdb_rw12 *o = p;

	if (o->fua_nv > 1)
		return PV_ERR_RANGE;
	if (o->fua > 1)
		return PV_ERR_RANGE;
	if (o->dpo > 1)
		return PV_ERR_RANGE;
	if (o->protect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_rw12_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_rw12 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->opcode));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)250)
	    | ((uint64_t)(in->fua_nv & 1) << 1)
	    | ((uint64_t)(in->fua & 1) << 3)
	    | ((uint64_t)(in->dpo & 1) << 4)
	    | ((uint64_t)(in->protect & 7) << 5);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be32(b + 2, (uint32_t)(in->lba));
	pv_put_be32(b + 6, (uint32_t)(in->length));
	pv_put_u8(b + 10, (uint8_t)(in->group));
	pv_put_u8(b + 11, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_rw12_desc = {12, 12, false, false, scsi_cdb_rw12_rd, scsi_cdb_rw12_chk, scsi_cdb_rw12_wr, NULL};

enum pv_codec_err scsi_cdb_rw12_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw12 *out)
{
	return pv_decode(&scsi_cdb_rw12_desc, buf, len, ctx, out);
}

int scsi_cdb_rw12_encode(const struct scsi_cdb_rw12 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_rw12_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw16_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_rw16 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)250);
	o->fua_nv = (uint8_t)((v >> 1) & 1);
	o->fua = (uint8_t)((v >> 3) & 1);
	o->dpo = (uint8_t)((v >> 4) & 1);
	o->protect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be64(b + 2);
	o->length = pv_get_be32(b + 10);
	o->group = pv_get_u8(b + 14);
	o->control = pv_get_u8(b + 15);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_rw16_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_cdb_rw16 *o = p;

	if (o->fua_nv > 1)
		return PV_ERR_RANGE;
	if (o->fua > 1)
		return PV_ERR_RANGE;
	if (o->dpo > 1)
		return PV_ERR_RANGE;
	if (o->protect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_rw16_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_rw16 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->opcode));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)250)
	    | ((uint64_t)(in->fua_nv & 1) << 1)
	    | ((uint64_t)(in->fua & 1) << 3)
	    | ((uint64_t)(in->dpo & 1) << 4)
	    | ((uint64_t)(in->protect & 7) << 5);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be64(b + 2, (uint64_t)(in->lba));
	pv_put_be32(b + 10, (uint32_t)(in->length));
	pv_put_u8(b + 14, (uint8_t)(in->group));
	pv_put_u8(b + 15, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_rw16_desc = {16, 16, false, false, scsi_cdb_rw16_rd, scsi_cdb_rw16_chk, scsi_cdb_rw16_wr, NULL};

enum pv_codec_err scsi_cdb_rw16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw16 *out)
{
	return pv_decode(&scsi_cdb_rw16_desc, buf, len, ctx, out);
}

int scsi_cdb_rw16_encode(const struct scsi_cdb_rw16 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_rw16_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_verify10_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_verify10 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)246);
	o->bytchk = (uint8_t)((v >> 1) & 3);
	o->dpo = (uint8_t)((v >> 4) & 1);
	o->vrprotect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be32(b + 2);
	o->group = pv_get_u8(b + 6);
	o->length = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_verify10_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_verify10 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 47)
		return PV_ERR_CONST;
	if (o->bytchk > 3)
		return PV_ERR_RANGE;
	if (o->dpo > 1)
		return PV_ERR_RANGE;
	if (o->vrprotect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_verify10_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_verify10 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(47));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)246)
	    | ((uint64_t)(in->bytchk & 3) << 1)
	    | ((uint64_t)(in->dpo & 1) << 4)
	    | ((uint64_t)(in->vrprotect & 7) << 5);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be32(b + 2, (uint32_t)(in->lba));
	pv_put_u8(b + 6, (uint8_t)(in->group));
	pv_put_be16(b + 7, (uint16_t)(in->length));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_verify10_desc = {10, 10, false, false, scsi_cdb_verify10_rd, scsi_cdb_verify10_chk, scsi_cdb_verify10_wr, NULL};

enum pv_codec_err scsi_cdb_verify10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_verify10 *out)
{
	return pv_decode(&scsi_cdb_verify10_desc, buf, len, ctx, out);
}

int scsi_cdb_verify10_encode(const struct scsi_cdb_verify10 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_verify10_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_verify16_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_verify16 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)246);
	o->bytchk = (uint8_t)((v >> 1) & 3);
	o->dpo = (uint8_t)((v >> 4) & 1);
	o->vrprotect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be64(b + 2);
	o->length = pv_get_be32(b + 10);
	o->group = pv_get_u8(b + 14);
	o->control = pv_get_u8(b + 15);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_verify16_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_verify16 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 143)
		return PV_ERR_CONST;
	if (o->bytchk > 3)
		return PV_ERR_RANGE;
	if (o->dpo > 1)
		return PV_ERR_RANGE;
	if (o->vrprotect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_verify16_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_verify16 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(143));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)246)
	    | ((uint64_t)(in->bytchk & 3) << 1)
	    | ((uint64_t)(in->dpo & 1) << 4)
	    | ((uint64_t)(in->vrprotect & 7) << 5);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be64(b + 2, (uint64_t)(in->lba));
	pv_put_be32(b + 10, (uint32_t)(in->length));
	pv_put_u8(b + 14, (uint8_t)(in->group));
	pv_put_u8(b + 15, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_verify16_desc = {16, 16, false, false, scsi_cdb_verify16_rd, scsi_cdb_verify16_chk, scsi_cdb_verify16_wr, NULL};

enum pv_codec_err scsi_cdb_verify16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_verify16 *out)
{
	return pv_decode(&scsi_cdb_verify16_desc, buf, len, ctx, out);
}

int scsi_cdb_verify16_encode(const struct scsi_cdb_verify16 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_verify16_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_read_capacity10_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_read_capacity10 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	o->reserved1 = pv_get_u8(b + 1);
	o->lba = pv_get_be32(b + 2);
	memcpy(o->reserved6, b + 6, 2);
	v = pv_get_u8(b + 8);
	o->pmi_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->pmi = (uint8_t)((v >> 0) & 1);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_read_capacity10_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_read_capacity10 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 37)
		return PV_ERR_CONST;
	if (o->pmi > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_read_capacity10_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_read_capacity10 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(37));
	pv_put_u8(b + 1, (uint8_t)(in->reserved1));
	pv_put_be32(b + 2, (uint32_t)(in->lba));
	memcpy(b + 6, in->reserved6, 2);
	v = ((uint64_t)in->pmi_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->pmi & 1) << 0);
	pv_put_u8(b + 8, (uint8_t)(v));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_read_capacity10_desc = {10, 10, false, false, scsi_cdb_read_capacity10_rd, scsi_cdb_read_capacity10_chk, scsi_cdb_read_capacity10_wr, NULL};

enum pv_codec_err scsi_cdb_read_capacity10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_read_capacity10 *out)
{
	return pv_decode(&scsi_cdb_read_capacity10_desc, buf, len, ctx, out);
}

int scsi_cdb_read_capacity10_encode(const struct scsi_cdb_read_capacity10 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_read_capacity10_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_service_action_in16_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_service_action_in16 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->action_rsvd = (uint8_t)(v & ~(uint64_t)31);
	o->service_action = (uint8_t)((v >> 0) & 31);
	o->lba = pv_get_be64(b + 2);
	o->alloc_len = pv_get_be32(b + 10);
	v = pv_get_u8(b + 14);
	o->pmi_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->pmi = (uint8_t)((v >> 0) & 1);
	o->control = pv_get_u8(b + 15);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_service_action_in16_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_service_action_in16 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 158)
		return PV_ERR_CONST;
	if (o->service_action > 31)
		return PV_ERR_RANGE;
	if (!scsi_service_action_in_valid((int64_t)o->service_action))
		return PV_ERR_ENUM;
	if (o->pmi > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_service_action_in16_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_service_action_in16 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(158));
	v = ((uint64_t)in->action_rsvd & ~(uint64_t)31)
	    | ((uint64_t)(in->service_action & 31) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be64(b + 2, (uint64_t)(in->lba));
	pv_put_be32(b + 10, (uint32_t)(in->alloc_len));
	v = ((uint64_t)in->pmi_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->pmi & 1) << 0);
	pv_put_u8(b + 14, (uint8_t)(v));
	pv_put_u8(b + 15, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_service_action_in16_desc = {16, 16, false, false, scsi_cdb_service_action_in16_rd, scsi_cdb_service_action_in16_chk, scsi_cdb_service_action_in16_wr, NULL};

enum pv_codec_err scsi_cdb_service_action_in16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_service_action_in16 *out)
{
	return pv_decode(&scsi_cdb_service_action_in16_desc, buf, len, ctx, out);
}

int scsi_cdb_service_action_in16_encode(const struct scsi_cdb_service_action_in16 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_service_action_in16_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_mode_sense6_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_mode_sense6 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)8);
	o->dbd = (uint8_t)((v >> 3) & 1);
	v = pv_get_u8(b + 2);
	o->page_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->page_code = (uint8_t)((v >> 0) & 63);
	o->pc = (uint8_t)((v >> 6) & 3);
	o->subpage = pv_get_u8(b + 3);
	o->alloc_len = pv_get_u8(b + 4);
	o->control = pv_get_u8(b + 5);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_mode_sense6_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_mode_sense6 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 26)
		return PV_ERR_CONST;
	if (o->dbd > 1)
		return PV_ERR_RANGE;
	if (o->page_code > 63)
		return PV_ERR_RANGE;
	if (o->pc > 3)
		return PV_ERR_RANGE;
	if (!scsi_page_control_valid((int64_t)o->pc))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void scsi_cdb_mode_sense6_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_mode_sense6 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(26));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)8)
	    | ((uint64_t)(in->dbd & 1) << 3);
	pv_put_u8(b + 1, (uint8_t)(v));
	v = ((uint64_t)in->page_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->page_code & 63) << 0)
	    | ((uint64_t)(in->pc & 3) << 6);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_u8(b + 3, (uint8_t)(in->subpage));
	pv_put_u8(b + 4, (uint8_t)(in->alloc_len));
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_mode_sense6_desc = {6, 6, false, false, scsi_cdb_mode_sense6_rd, scsi_cdb_mode_sense6_chk, scsi_cdb_mode_sense6_wr, NULL};

enum pv_codec_err scsi_cdb_mode_sense6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_mode_sense6 *out)
{
	return pv_decode(&scsi_cdb_mode_sense6_desc, buf, len, ctx, out);
}

int scsi_cdb_mode_sense6_encode(const struct scsi_cdb_mode_sense6 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_mode_sense6_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_mode_sense10_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_mode_sense10 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)24);
	o->dbd = (uint8_t)((v >> 3) & 1);
	o->llbaa = (uint8_t)((v >> 4) & 1);
	v = pv_get_u8(b + 2);
	o->page_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->page_code = (uint8_t)((v >> 0) & 63);
	o->pc = (uint8_t)((v >> 6) & 3);
	o->subpage = pv_get_u8(b + 3);
	memcpy(o->reserved4, b + 4, 3);
	o->alloc_len = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_mode_sense10_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_mode_sense10 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 90)
		return PV_ERR_CONST;
	if (o->dbd > 1)
		return PV_ERR_RANGE;
	if (o->llbaa > 1)
		return PV_ERR_RANGE;
	if (o->page_code > 63)
		return PV_ERR_RANGE;
	if (o->pc > 3)
		return PV_ERR_RANGE;
	if (!scsi_page_control_valid((int64_t)o->pc))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void scsi_cdb_mode_sense10_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_mode_sense10 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(90));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)24)
	    | ((uint64_t)(in->dbd & 1) << 3)
	    | ((uint64_t)(in->llbaa & 1) << 4);
	pv_put_u8(b + 1, (uint8_t)(v));
	v = ((uint64_t)in->page_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->page_code & 63) << 0)
	    | ((uint64_t)(in->pc & 3) << 6);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_u8(b + 3, (uint8_t)(in->subpage));
	memcpy(b + 4, in->reserved4, 3);
	pv_put_be16(b + 7, (uint16_t)(in->alloc_len));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_mode_sense10_desc = {10, 10, false, false, scsi_cdb_mode_sense10_rd, scsi_cdb_mode_sense10_chk, scsi_cdb_mode_sense10_wr, NULL};

enum pv_codec_err scsi_cdb_mode_sense10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_mode_sense10 *out)
{
	return pv_decode(&scsi_cdb_mode_sense10_desc, buf, len, ctx, out);
}

int scsi_cdb_mode_sense10_encode(const struct scsi_cdb_mode_sense10 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_mode_sense10_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_sync_cache10_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_sync_cache10 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)2);
	o->immed = (uint8_t)((v >> 1) & 1);
	o->lba = pv_get_be32(b + 2);
	o->group = pv_get_u8(b + 6);
	o->nblocks = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_sync_cache10_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_sync_cache10 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 53)
		return PV_ERR_CONST;
	if (o->immed > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_sync_cache10_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_sync_cache10 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(53));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)2)
	    | ((uint64_t)(in->immed & 1) << 1);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be32(b + 2, (uint32_t)(in->lba));
	pv_put_u8(b + 6, (uint8_t)(in->group));
	pv_put_be16(b + 7, (uint16_t)(in->nblocks));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_sync_cache10_desc = {10, 10, false, false, scsi_cdb_sync_cache10_rd, scsi_cdb_sync_cache10_chk, scsi_cdb_sync_cache10_wr, NULL};

enum pv_codec_err scsi_cdb_sync_cache10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_sync_cache10 *out)
{
	return pv_decode(&scsi_cdb_sync_cache10_desc, buf, len, ctx, out);
}

int scsi_cdb_sync_cache10_encode(const struct scsi_cdb_sync_cache10 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_sync_cache10_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_sync_cache16_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_sync_cache16 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)2);
	o->immed = (uint8_t)((v >> 1) & 1);
	o->lba = pv_get_be64(b + 2);
	o->nblocks = pv_get_be32(b + 10);
	o->group = pv_get_u8(b + 14);
	o->control = pv_get_u8(b + 15);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_sync_cache16_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_sync_cache16 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 145)
		return PV_ERR_CONST;
	if (o->immed > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_sync_cache16_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_sync_cache16 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(145));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)2)
	    | ((uint64_t)(in->immed & 1) << 1);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be64(b + 2, (uint64_t)(in->lba));
	pv_put_be32(b + 10, (uint32_t)(in->nblocks));
	pv_put_u8(b + 14, (uint8_t)(in->group));
	pv_put_u8(b + 15, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_sync_cache16_desc = {16, 16, false, false, scsi_cdb_sync_cache16_rd, scsi_cdb_sync_cache16_chk, scsi_cdb_sync_cache16_wr, NULL};

enum pv_codec_err scsi_cdb_sync_cache16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_sync_cache16 *out)
{
	return pv_decode(&scsi_cdb_sync_cache16_desc, buf, len, ctx, out);
}

int scsi_cdb_sync_cache16_encode(const struct scsi_cdb_sync_cache16 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_sync_cache16_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_write_same10_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_write_same10 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)248);
	o->unmap = (uint8_t)((v >> 3) & 1);
	o->anchor = (uint8_t)((v >> 4) & 1);
	o->wrprotect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be32(b + 2);
	o->group = pv_get_u8(b + 6);
	o->nblocks = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_write_same10_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_write_same10 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 65)
		return PV_ERR_CONST;
	if (o->unmap > 1)
		return PV_ERR_RANGE;
	if (o->anchor > 1)
		return PV_ERR_RANGE;
	if (o->wrprotect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_write_same10_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_write_same10 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(65));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)248)
	    | ((uint64_t)(in->unmap & 1) << 3)
	    | ((uint64_t)(in->anchor & 1) << 4)
	    | ((uint64_t)(in->wrprotect & 7) << 5);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be32(b + 2, (uint32_t)(in->lba));
	pv_put_u8(b + 6, (uint8_t)(in->group));
	pv_put_be16(b + 7, (uint16_t)(in->nblocks));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_write_same10_desc = {10, 10, false, false, scsi_cdb_write_same10_rd, scsi_cdb_write_same10_chk, scsi_cdb_write_same10_wr, NULL};

enum pv_codec_err scsi_cdb_write_same10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_write_same10 *out)
{
	return pv_decode(&scsi_cdb_write_same10_desc, buf, len, ctx, out);
}

int scsi_cdb_write_same10_encode(const struct scsi_cdb_write_same10 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_write_same10_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_write_same16_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_write_same16 *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)249);
	o->ndob = (uint8_t)((v >> 0) & 1);
	o->unmap = (uint8_t)((v >> 3) & 1);
	o->anchor = (uint8_t)((v >> 4) & 1);
	o->wrprotect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be64(b + 2);
	o->nblocks = pv_get_be32(b + 10);
	o->group = pv_get_u8(b + 14);
	o->control = pv_get_u8(b + 15);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_write_same16_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_write_same16 *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 147)
		return PV_ERR_CONST;
	if (o->ndob > 1)
		return PV_ERR_RANGE;
	if (o->unmap > 1)
		return PV_ERR_RANGE;
	if (o->anchor > 1)
		return PV_ERR_RANGE;
	if (o->wrprotect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_write_same16_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_write_same16 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(147));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)249)
	    | ((uint64_t)(in->ndob & 1) << 0)
	    | ((uint64_t)(in->unmap & 1) << 3)
	    | ((uint64_t)(in->anchor & 1) << 4)
	    | ((uint64_t)(in->wrprotect & 7) << 5);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_be64(b + 2, (uint64_t)(in->lba));
	pv_put_be32(b + 10, (uint32_t)(in->nblocks));
	pv_put_u8(b + 14, (uint8_t)(in->group));
	pv_put_u8(b + 15, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_write_same16_desc = {16, 16, false, false, scsi_cdb_write_same16_rd, scsi_cdb_write_same16_chk, scsi_cdb_write_same16_wr, NULL};

enum pv_codec_err scsi_cdb_write_same16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_write_same16 *out)
{
	return pv_decode(&scsi_cdb_write_same16_desc, buf, len, ctx, out);
}

int scsi_cdb_write_same16_encode(const struct scsi_cdb_write_same16 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_write_same16_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_unmap_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_unmap *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->anchor = (uint8_t)((v >> 0) & 1);
	memcpy(o->reserved2, b + 2, 4);
	o->group = pv_get_u8(b + 6);
	o->param_len = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_unmap_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_unmap *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 66)
		return PV_ERR_CONST;
	if (o->anchor > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_unmap_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_unmap *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(66));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->anchor & 1) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	memcpy(b + 2, in->reserved2, 4);
	pv_put_u8(b + 6, (uint8_t)(in->group));
	pv_put_be16(b + 7, (uint16_t)(in->param_len));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_unmap_desc = {10, 10, false, false, scsi_cdb_unmap_rd, scsi_cdb_unmap_chk, scsi_cdb_unmap_wr, NULL};

enum pv_codec_err scsi_cdb_unmap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_unmap *out)
{
	return pv_decode(&scsi_cdb_unmap_desc, buf, len, ctx, out);
}

int scsi_cdb_unmap_encode(const struct scsi_cdb_unmap *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_unmap_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_unmap_desc_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_unmap_desc *o = p;

	o->lba = pv_get_be64(b + 0);
	o->nblocks = pv_get_be32(b + 8);
	memcpy(o->reserved, b + 12, 4);
	return PV_OK;
}

static void scsi_unmap_desc_wr(const void *p, uint8_t *b)
{
	const struct scsi_unmap_desc *in = p;

	pv_put_be64(b + 0, (uint64_t)(in->lba));
	pv_put_be32(b + 8, (uint32_t)(in->nblocks));
	memcpy(b + 12, in->reserved, 4);
}

static const struct pv_struct_desc scsi_unmap_desc_desc = {16, 16, false, false, scsi_unmap_desc_rd, NULL, scsi_unmap_desc_wr, NULL};

enum pv_codec_err scsi_unmap_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_unmap_desc *out)
{
	return pv_decode(&scsi_unmap_desc_desc, buf, len, ctx, out);
}

int scsi_unmap_desc_encode(const struct scsi_unmap_desc *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_unmap_desc_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_unmap_param_list_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct scsi_unmap_param_list *o = p;
	size_t n;
	size_t i;

	o->data_len = pv_get_be16(b + 0);
	o->desc_len = pv_get_be16(b + 2);
	memcpy(o->reserved, b + 4, 4);
	n = (len - 8) / 16;
	if ((len - 8) % 16 != 0 || n > SCSI_UNMAP_PARAM_LIST_DESCS_MAX)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	scsi_unmap_desc_rd(b + 8 + 16 * i, len, &o->descs[i], end);
	o->descs_count = (uint32_t)n;
	*end = 8 + n * 16;
	return PV_OK;
}

static void scsi_unmap_param_list_wr(const void *p, uint8_t *b)
{
	const struct scsi_unmap_param_list *in = p;
	size_t i;

	pv_put_be16(b + 0, (uint16_t)(in->data_len));
	pv_put_be16(b + 2, (uint16_t)(in->desc_len));
	memcpy(b + 4, in->reserved, 4);
	for (i = 0; i < in->descs_count; i++)
		scsi_unmap_desc_wr(&in->descs[i], b + 8 + 16 * i);
}

static enum pv_codec_err scsi_unmap_param_list_need(const void *p, size_t *need)
{
	const struct scsi_unmap_param_list *in = p;

	if (in->descs_count > SCSI_UNMAP_PARAM_LIST_DESCS_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->descs_count * 16;
	return PV_OK;
}

static const struct pv_struct_desc scsi_unmap_param_list_desc = {8, 8, true, true, scsi_unmap_param_list_rd, NULL, scsi_unmap_param_list_wr, scsi_unmap_param_list_need};

enum pv_codec_err scsi_unmap_param_list_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_unmap_param_list *out)
{
	return pv_decode(&scsi_unmap_param_list_desc, buf, len, ctx, out);
}

int scsi_unmap_param_list_encode(const struct scsi_unmap_param_list *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_unmap_param_list_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_start_stop_unit_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_start_stop_unit *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->immed = (uint8_t)((v >> 0) & 1);
	o->reserved2 = pv_get_u8(b + 2);
	o->power_cond_mod = pv_get_u8(b + 3);
	v = pv_get_u8(b + 4);
	o->start_rsvd = (uint8_t)(v & ~(uint64_t)247);
	o->start = (uint8_t)((v >> 0) & 1);
	o->loej = (uint8_t)((v >> 1) & 1);
	o->no_flush = (uint8_t)((v >> 2) & 1);
	o->power_cond = (uint8_t)((v >> 4) & 15);
	o->control = pv_get_u8(b + 5);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_start_stop_unit_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_start_stop_unit *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 27)
		return PV_ERR_CONST;
	if (o->immed > 1)
		return PV_ERR_RANGE;
	if (o->start > 1)
		return PV_ERR_RANGE;
	if (o->loej > 1)
		return PV_ERR_RANGE;
	if (o->no_flush > 1)
		return PV_ERR_RANGE;
	if (o->power_cond > 15)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_start_stop_unit_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_start_stop_unit *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(27));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->immed & 1) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_u8(b + 2, (uint8_t)(in->reserved2));
	pv_put_u8(b + 3, (uint8_t)(in->power_cond_mod));
	v = ((uint64_t)in->start_rsvd & ~(uint64_t)247)
	    | ((uint64_t)(in->start & 1) << 0)
	    | ((uint64_t)(in->loej & 1) << 1)
	    | ((uint64_t)(in->no_flush & 1) << 2)
	    | ((uint64_t)(in->power_cond & 15) << 4);
	pv_put_u8(b + 4, (uint8_t)(v));
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_start_stop_unit_desc = {6, 6, false, false, scsi_cdb_start_stop_unit_rd, scsi_cdb_start_stop_unit_chk, scsi_cdb_start_stop_unit_wr, NULL};

enum pv_codec_err scsi_cdb_start_stop_unit_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_start_stop_unit *out)
{
	return pv_decode(&scsi_cdb_start_stop_unit_desc, buf, len, ctx, out);
}

int scsi_cdb_start_stop_unit_encode(const struct scsi_cdb_start_stop_unit *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_start_stop_unit_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_pr_in_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_pr_in *o = p;
	uint64_t v;

	o->opcode = pv_get_u8(b + 0);
	v = pv_get_u8(b + 1);
	o->action_rsvd = (uint8_t)(v & ~(uint64_t)31);
	o->service_action = (uint8_t)((v >> 0) & 31);
	memcpy(o->reserved2, b + 2, 5);
	o->alloc_len = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_pr_in_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_pr_in *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 94)
		return PV_ERR_CONST;
	if (o->service_action > 31)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_cdb_pr_in_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_pr_in *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(94));
	v = ((uint64_t)in->action_rsvd & ~(uint64_t)31)
	    | ((uint64_t)(in->service_action & 31) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	memcpy(b + 2, in->reserved2, 5);
	pv_put_be16(b + 7, (uint16_t)(in->alloc_len));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_pr_in_desc = {10, 10, false, false, scsi_cdb_pr_in_rd, scsi_cdb_pr_in_chk, scsi_cdb_pr_in_wr, NULL};

enum pv_codec_err scsi_cdb_pr_in_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_pr_in *out)
{
	return pv_decode(&scsi_cdb_pr_in_desc, buf, len, ctx, out);
}

int scsi_cdb_pr_in_encode(const struct scsi_cdb_pr_in *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_pr_in_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_cdb_report_luns_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_cdb_report_luns *o = p;

	o->opcode = pv_get_u8(b + 0);
	o->reserved1 = pv_get_u8(b + 1);
	o->select_report = pv_get_u8(b + 2);
	memcpy(o->reserved3, b + 3, 3);
	o->alloc_len = pv_get_be32(b + 6);
	o->reserved10 = pv_get_u8(b + 10);
	o->control = pv_get_u8(b + 11);
	return PV_OK;
}

static enum pv_codec_err scsi_cdb_report_luns_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_cdb_report_luns *o = p;

	if ((how & PV_CHK_DECODE) && o->opcode != 160)
		return PV_ERR_CONST;
	return PV_OK;
}

static void scsi_cdb_report_luns_wr(const void *p, uint8_t *b)
{
	const struct scsi_cdb_report_luns *in = p;

	pv_put_u8(b + 0, (uint8_t)(160));
	pv_put_u8(b + 1, (uint8_t)(in->reserved1));
	pv_put_u8(b + 2, (uint8_t)(in->select_report));
	memcpy(b + 3, in->reserved3, 3);
	pv_put_be32(b + 6, (uint32_t)(in->alloc_len));
	pv_put_u8(b + 10, (uint8_t)(in->reserved10));
	pv_put_u8(b + 11, (uint8_t)(in->control));
}

static const struct pv_struct_desc scsi_cdb_report_luns_desc = {12, 12, false, false, scsi_cdb_report_luns_rd, scsi_cdb_report_luns_chk, scsi_cdb_report_luns_wr, NULL};

enum pv_codec_err scsi_cdb_report_luns_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_report_luns *out)
{
	return pv_decode(&scsi_cdb_report_luns_desc, buf, len, ctx, out);
}

int scsi_cdb_report_luns_encode(const struct scsi_cdb_report_luns *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_cdb_report_luns_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_sense_fixed_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_sense_fixed *o = p;
	uint64_t v;

	v = pv_get_u8(b + 0);
	o->response_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->response_code = (uint8_t)((v >> 0) & 127);
	o->valid = (uint8_t)((v >> 7) & 1);
	o->obsolete = pv_get_u8(b + 1);
	v = pv_get_u8(b + 2);
	o->key_rsvd = (uint8_t)(v & ~(uint64_t)239);
	o->sense_key = (uint8_t)((v >> 0) & 15);
	o->ili = (uint8_t)((v >> 5) & 1);
	o->eom = (uint8_t)((v >> 6) & 1);
	o->filemark = (uint8_t)((v >> 7) & 1);
	o->information = pv_get_be32(b + 3);
	o->additional_len = pv_get_u8(b + 7);
	o->cmd_specific = pv_get_be32(b + 8);
	o->asc = pv_get_u8(b + 12);
	o->ascq = pv_get_u8(b + 13);
	o->fru = pv_get_u8(b + 14);
	v = pv_get_be24(b + 15);
	o->sks_rsvd = (uint32_t)(v & ~(uint64_t)0xcfffff);
	o->field_pointer = (uint16_t)((v >> 0) & 0xffff);
	o->bit_pointer = (uint8_t)((v >> 16) & 7);
	o->bpv = (uint8_t)((v >> 19) & 1);
	o->cd = (uint8_t)((v >> 22) & 1);
	o->sksv = (uint8_t)((v >> 23) & 1);
	return PV_OK;
}

static enum pv_codec_err scsi_sense_fixed_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_sense_fixed *o = p;

	if (o->response_code > 127)
		return PV_ERR_RANGE;
	if (!scsi_sense_format_valid((int64_t)o->response_code))
		return PV_ERR_ENUM;
	if (o->valid > 1)
		return PV_ERR_RANGE;
	if (o->sense_key > 15)
		return PV_ERR_RANGE;
	if (!scsi_sense_key_valid((int64_t)o->sense_key))
		return PV_ERR_ENUM;
	if (o->ili > 1)
		return PV_ERR_RANGE;
	if (o->eom > 1)
		return PV_ERR_RANGE;
	if (o->filemark > 1)
		return PV_ERR_RANGE;
	if (o->bit_pointer > 7)
		return PV_ERR_RANGE;
	if (o->bpv > 1)
		return PV_ERR_RANGE;
	if (o->cd > 1)
		return PV_ERR_RANGE;
	if (o->sksv > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_sense_fixed_wr(const void *p, uint8_t *b)
{
	const struct scsi_sense_fixed *in = p;
	uint64_t v;

	v = ((uint64_t)in->response_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->response_code & 127) << 0)
	    | ((uint64_t)(in->valid & 1) << 7);
	pv_put_u8(b + 0, (uint8_t)(v));
	pv_put_u8(b + 1, (uint8_t)(in->obsolete));
	v = ((uint64_t)in->key_rsvd & ~(uint64_t)239)
	    | ((uint64_t)(in->sense_key & 15) << 0)
	    | ((uint64_t)(in->ili & 1) << 5)
	    | ((uint64_t)(in->eom & 1) << 6)
	    | ((uint64_t)(in->filemark & 1) << 7);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_be32(b + 3, (uint32_t)(in->information));
	pv_put_u8(b + 7, (uint8_t)(in->additional_len));
	pv_put_be32(b + 8, (uint32_t)(in->cmd_specific));
	pv_put_u8(b + 12, (uint8_t)(in->asc));
	pv_put_u8(b + 13, (uint8_t)(in->ascq));
	pv_put_u8(b + 14, (uint8_t)(in->fru));
	v = ((uint64_t)in->sks_rsvd & ~(uint64_t)0xcfffff)
	    | ((uint64_t)(in->field_pointer & 0xffff) << 0)
	    | ((uint64_t)(in->bit_pointer & 7) << 16)
	    | ((uint64_t)(in->bpv & 1) << 19)
	    | ((uint64_t)(in->cd & 1) << 22)
	    | ((uint64_t)(in->sksv & 1) << 23);
	pv_put_be24(b + 15, (uint32_t)(v));
}

static const struct pv_struct_desc scsi_sense_fixed_desc = {18, 18, false, false, scsi_sense_fixed_rd, scsi_sense_fixed_chk, scsi_sense_fixed_wr, NULL};

enum pv_codec_err scsi_sense_fixed_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_sense_fixed *out)
{
	return pv_decode(&scsi_sense_fixed_desc, buf, len, ctx, out);
}

int scsi_sense_fixed_encode(const struct scsi_sense_fixed *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_sense_fixed_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_sense_desc_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_sense_desc *o = p;
	uint64_t v;

	v = pv_get_u8(b + 0);
	o->response_rsvd = (uint8_t)(v & ~(uint64_t)127);
	o->response_code = (uint8_t)((v >> 0) & 127);
	v = pv_get_u8(b + 1);
	o->key_rsvd = (uint8_t)(v & ~(uint64_t)15);
	o->sense_key = (uint8_t)((v >> 0) & 15);
	o->asc = pv_get_u8(b + 2);
	o->ascq = pv_get_u8(b + 3);
	memcpy(o->reserved, b + 4, 3);
	o->additional_len = pv_get_u8(b + 7);
	return PV_OK;
}

static enum pv_codec_err scsi_sense_desc_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_sense_desc *o = p;

	if (o->response_code > 127)
		return PV_ERR_RANGE;
	if (!scsi_sense_format_valid((int64_t)o->response_code))
		return PV_ERR_ENUM;
	if (o->sense_key > 15)
		return PV_ERR_RANGE;
	if (!scsi_sense_key_valid((int64_t)o->sense_key))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void scsi_sense_desc_wr(const void *p, uint8_t *b)
{
	const struct scsi_sense_desc *in = p;
	uint64_t v;

	v = ((uint64_t)in->response_rsvd & ~(uint64_t)127)
	    | ((uint64_t)(in->response_code & 127) << 0);
	pv_put_u8(b + 0, (uint8_t)(v));
	v = ((uint64_t)in->key_rsvd & ~(uint64_t)15)
	    | ((uint64_t)(in->sense_key & 15) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_u8(b + 2, (uint8_t)(in->asc));
	pv_put_u8(b + 3, (uint8_t)(in->ascq));
	memcpy(b + 4, in->reserved, 3);
	pv_put_u8(b + 7, (uint8_t)(in->additional_len));
}

static const struct pv_struct_desc scsi_sense_desc_desc = {8, 8, true, false, scsi_sense_desc_rd, scsi_sense_desc_chk, scsi_sense_desc_wr, NULL};

enum pv_codec_err scsi_sense_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_sense_desc *out)
{
	return pv_decode(&scsi_sense_desc_desc, buf, len, ctx, out);
}

int scsi_sense_desc_encode(const struct scsi_sense_desc *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_sense_desc_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_sense_desc_sks_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_sense_desc_sks *o = p;
	uint64_t v;

	o->desc_type = pv_get_u8(b + 0);
	o->additional_len = pv_get_u8(b + 1);
	memcpy(o->reserved, b + 2, 2);
	v = pv_get_be24(b + 4);
	o->sks_rsvd = (uint32_t)(v & ~(uint64_t)0xcfffff);
	o->field_pointer = (uint16_t)((v >> 0) & 0xffff);
	o->bit_pointer = (uint8_t)((v >> 16) & 7);
	o->bpv = (uint8_t)((v >> 19) & 1);
	o->cd = (uint8_t)((v >> 22) & 1);
	o->sksv = (uint8_t)((v >> 23) & 1);
	o->reserved7 = pv_get_u8(b + 7);
	return PV_OK;
}

static enum pv_codec_err scsi_sense_desc_sks_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_sense_desc_sks *o = p;

	if ((how & PV_CHK_DECODE) && o->desc_type != 2)
		return PV_ERR_CONST;
	if ((how & PV_CHK_DECODE) && o->additional_len != 6)
		return PV_ERR_CONST;
	if (o->bit_pointer > 7)
		return PV_ERR_RANGE;
	if (o->bpv > 1)
		return PV_ERR_RANGE;
	if (o->cd > 1)
		return PV_ERR_RANGE;
	if (o->sksv > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_sense_desc_sks_wr(const void *p, uint8_t *b)
{
	const struct scsi_sense_desc_sks *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(2));
	pv_put_u8(b + 1, (uint8_t)(6));
	memcpy(b + 2, in->reserved, 2);
	v = ((uint64_t)in->sks_rsvd & ~(uint64_t)0xcfffff)
	    | ((uint64_t)(in->field_pointer & 0xffff) << 0)
	    | ((uint64_t)(in->bit_pointer & 7) << 16)
	    | ((uint64_t)(in->bpv & 1) << 19)
	    | ((uint64_t)(in->cd & 1) << 22)
	    | ((uint64_t)(in->sksv & 1) << 23);
	pv_put_be24(b + 4, (uint32_t)(v));
	pv_put_u8(b + 7, (uint8_t)(in->reserved7));
}

static const struct pv_struct_desc scsi_sense_desc_sks_desc = {8, 8, false, false, scsi_sense_desc_sks_rd, scsi_sense_desc_sks_chk, scsi_sense_desc_sks_wr, NULL};

enum pv_codec_err scsi_sense_desc_sks_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_sense_desc_sks *out)
{
	return pv_decode(&scsi_sense_desc_sks_desc, buf, len, ctx, out);
}

int scsi_sense_desc_sks_encode(const struct scsi_sense_desc_sks *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_sense_desc_sks_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_naa_designator_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_naa_designator *o = p;
	uint64_t v;

	v = pv_get_be64(b + 0);
	o->id_rsvd = (uint64_t)(v & ~(uint64_t)UINT64_C(0xffffffffffffffff));
	o->value = (uint64_t)((v >> 0) & UINT64_C(0xfffffffffffffff));
	o->naa = (uint8_t)((v >> 60) & 15);
	return PV_OK;
}

static enum pv_codec_err scsi_naa_designator_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_naa_designator *o = p;

	if (o->value > UINT64_C(0xfffffffffffffff))
		return PV_ERR_RANGE;
	if (o->naa > 15)
		return PV_ERR_RANGE;
	if (!scsi_naa_valid((int64_t)o->naa))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void scsi_naa_designator_wr(const void *p, uint8_t *b)
{
	const struct scsi_naa_designator *in = p;
	uint64_t v;

	v = ((uint64_t)in->id_rsvd & ~(uint64_t)UINT64_C(0xffffffffffffffff))
	    | ((uint64_t)(in->value & UINT64_C(0xfffffffffffffff)) << 0)
	    | ((uint64_t)(in->naa & 15) << 60);
	pv_put_be64(b + 0, (uint64_t)(v));
}

static const struct pv_struct_desc scsi_naa_designator_desc = {8, 8, false, false, scsi_naa_designator_rd, scsi_naa_designator_chk, scsi_naa_designator_wr, NULL};

enum pv_codec_err scsi_naa_designator_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_naa_designator *out)
{
	return pv_decode(&scsi_naa_designator_desc, buf, len, ctx, out);
}

int scsi_naa_designator_encode(const struct scsi_naa_designator *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_naa_designator_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_inquiry_std_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_inquiry_std *o = p;
	uint64_t v;

	v = pv_get_u8(b + 0);
	o->peripheral_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->device_type = (uint8_t)((v >> 0) & 31);
	o->qualifier = (uint8_t)((v >> 5) & 7);
	o->rmb = pv_get_u8(b + 1);
	o->version = pv_get_u8(b + 2);
	v = pv_get_u8(b + 3);
	o->format_rsvd = (uint8_t)(v & ~(uint64_t)63);
	o->response_data_format = (uint8_t)((v >> 0) & 15);
	o->hisup = (uint8_t)((v >> 4) & 1);
	o->normaca = (uint8_t)((v >> 5) & 1);
	o->additional_len = pv_get_u8(b + 4);
	o->flags5 = pv_get_u8(b + 5);
	o->flags6 = pv_get_u8(b + 6);
	v = pv_get_u8(b + 7);
	o->flags7_rsvd = (uint8_t)(v & ~(uint64_t)2);
	o->cmdque = (uint8_t)((v >> 1) & 1);
	memcpy(o->vendor, b + 8, 8);
	memcpy(o->product, b + 16, 16);
	memcpy(o->revision, b + 32, 4);
	return PV_OK;
}

static enum pv_codec_err scsi_inquiry_std_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_inquiry_std *o = p;

	if (o->device_type > 31)
		return PV_ERR_RANGE;
	if (o->qualifier > 7)
		return PV_ERR_RANGE;
	if (o->response_data_format > 15)
		return PV_ERR_RANGE;
	if (o->hisup > 1)
		return PV_ERR_RANGE;
	if (o->normaca > 1)
		return PV_ERR_RANGE;
	if (o->cmdque > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_inquiry_std_wr(const void *p, uint8_t *b)
{
	const struct scsi_inquiry_std *in = p;
	uint64_t v;

	v = ((uint64_t)in->peripheral_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->device_type & 31) << 0)
	    | ((uint64_t)(in->qualifier & 7) << 5);
	pv_put_u8(b + 0, (uint8_t)(v));
	pv_put_u8(b + 1, (uint8_t)(in->rmb));
	pv_put_u8(b + 2, (uint8_t)(in->version));
	v = ((uint64_t)in->format_rsvd & ~(uint64_t)63)
	    | ((uint64_t)(in->response_data_format & 15) << 0)
	    | ((uint64_t)(in->hisup & 1) << 4)
	    | ((uint64_t)(in->normaca & 1) << 5);
	pv_put_u8(b + 3, (uint8_t)(v));
	pv_put_u8(b + 4, (uint8_t)(in->additional_len));
	pv_put_u8(b + 5, (uint8_t)(in->flags5));
	pv_put_u8(b + 6, (uint8_t)(in->flags6));
	v = ((uint64_t)in->flags7_rsvd & ~(uint64_t)2)
	    | ((uint64_t)(in->cmdque & 1) << 1);
	pv_put_u8(b + 7, (uint8_t)(v));
	memcpy(b + 8, in->vendor, 8);
	memcpy(b + 16, in->product, 16);
	memcpy(b + 32, in->revision, 4);
}

static const struct pv_struct_desc scsi_inquiry_std_desc = {36, 36, false, false, scsi_inquiry_std_rd, scsi_inquiry_std_chk, scsi_inquiry_std_wr, NULL};

enum pv_codec_err scsi_inquiry_std_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_inquiry_std *out)
{
	return pv_decode(&scsi_inquiry_std_desc, buf, len, ctx, out);
}

int scsi_inquiry_std_encode(const struct scsi_inquiry_std *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_inquiry_std_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_vpd_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_vpd_header *o = p;

	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	o->page_len = pv_get_be16(b + 2);
	return PV_OK;
}

static enum pv_codec_err scsi_vpd_header_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_vpd_header *o = p;

	if (!scsi_vpd_page_valid((int64_t)o->page_code))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void scsi_vpd_header_wr(const void *p, uint8_t *b)
{
	const struct scsi_vpd_header *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->peripheral));
	pv_put_u8(b + 1, (uint8_t)(in->page_code));
	pv_put_be16(b + 2, (uint16_t)(in->page_len));
}

static const struct pv_struct_desc scsi_vpd_header_desc = {4, 4, true, false, scsi_vpd_header_rd, scsi_vpd_header_chk, scsi_vpd_header_wr, NULL};

enum pv_codec_err scsi_vpd_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_header *out)
{
	return pv_decode(&scsi_vpd_header_desc, buf, len, ctx, out);
}

int scsi_vpd_header_encode(const struct scsi_vpd_header *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_vpd_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_designator_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_designator *o = p;
	uint64_t v;

	v = pv_get_u8(b + 0);
	o->code_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->code_set = (uint8_t)((v >> 0) & 15);
	o->protocol_id = (uint8_t)((v >> 4) & 15);
	v = pv_get_u8(b + 1);
	o->type_rsvd = (uint8_t)(v & ~(uint64_t)191);
	o->designator_type = (uint8_t)((v >> 0) & 15);
	o->association = (uint8_t)((v >> 4) & 3);
	o->piv = (uint8_t)((v >> 7) & 1);
	o->reserved = pv_get_u8(b + 2);
	o->length = pv_get_u8(b + 3);
	return PV_OK;
}

static enum pv_codec_err scsi_designator_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_designator *o = p;

	if (o->code_set > 15)
		return PV_ERR_RANGE;
	if (!scsi_code_set_valid((int64_t)o->code_set))
		return PV_ERR_ENUM;
	if (o->protocol_id > 15)
		return PV_ERR_RANGE;
	if (o->designator_type > 15)
		return PV_ERR_RANGE;
	if (!scsi_designator_type_valid((int64_t)o->designator_type))
		return PV_ERR_ENUM;
	if (o->association > 3)
		return PV_ERR_RANGE;
	if (o->piv > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_designator_wr(const void *p, uint8_t *b)
{
	const struct scsi_designator *in = p;
	uint64_t v;

	v = ((uint64_t)in->code_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->code_set & 15) << 0)
	    | ((uint64_t)(in->protocol_id & 15) << 4);
	pv_put_u8(b + 0, (uint8_t)(v));
	v = ((uint64_t)in->type_rsvd & ~(uint64_t)191)
	    | ((uint64_t)(in->designator_type & 15) << 0)
	    | ((uint64_t)(in->association & 3) << 4)
	    | ((uint64_t)(in->piv & 1) << 7);
	pv_put_u8(b + 1, (uint8_t)(v));
	pv_put_u8(b + 2, (uint8_t)(in->reserved));
	pv_put_u8(b + 3, (uint8_t)(in->length));
}

static const struct pv_struct_desc scsi_designator_desc = {4, 4, true, false, scsi_designator_rd, scsi_designator_chk, scsi_designator_wr, NULL};

enum pv_codec_err scsi_designator_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_designator *out)
{
	return pv_decode(&scsi_designator_desc, buf, len, ctx, out);
}

int scsi_designator_encode(const struct scsi_designator *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_designator_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_vpd_block_limits_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_vpd_block_limits *o = p;
	uint64_t v;

	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	o->page_len = pv_get_be16(b + 2);
	v = pv_get_u8(b + 4);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->wsnz = (uint8_t)((v >> 0) & 1);
	o->max_compare_write = pv_get_u8(b + 5);
	o->opt_xfer_granularity = pv_get_be16(b + 6);
	o->max_xfer_len = pv_get_be32(b + 8);
	o->opt_xfer_len = pv_get_be32(b + 12);
	o->max_prefetch_len = pv_get_be32(b + 16);
	o->max_unmap_lba_count = pv_get_be32(b + 20);
	o->max_unmap_desc_count = pv_get_be32(b + 24);
	o->opt_unmap_granularity = pv_get_be32(b + 28);
	o->unmap_granularity_alignment = pv_get_be32(b + 32);
	o->max_write_same_len = pv_get_be64(b + 36);
	memcpy(o->reserved, b + 44, 20);
	return PV_OK;
}

static enum pv_codec_err scsi_vpd_block_limits_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_vpd_block_limits *o = p;

	if ((how & PV_CHK_DECODE) && o->page_code != 176)
		return PV_ERR_CONST;
	if (o->wsnz > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_vpd_block_limits_wr(const void *p, uint8_t *b)
{
	const struct scsi_vpd_block_limits *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->peripheral));
	pv_put_u8(b + 1, (uint8_t)(176));
	pv_put_be16(b + 2, (uint16_t)(in->page_len));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->wsnz & 1) << 0);
	pv_put_u8(b + 4, (uint8_t)(v));
	pv_put_u8(b + 5, (uint8_t)(in->max_compare_write));
	pv_put_be16(b + 6, (uint16_t)(in->opt_xfer_granularity));
	pv_put_be32(b + 8, (uint32_t)(in->max_xfer_len));
	pv_put_be32(b + 12, (uint32_t)(in->opt_xfer_len));
	pv_put_be32(b + 16, (uint32_t)(in->max_prefetch_len));
	pv_put_be32(b + 20, (uint32_t)(in->max_unmap_lba_count));
	pv_put_be32(b + 24, (uint32_t)(in->max_unmap_desc_count));
	pv_put_be32(b + 28, (uint32_t)(in->opt_unmap_granularity));
	pv_put_be32(b + 32, (uint32_t)(in->unmap_granularity_alignment));
	pv_put_be64(b + 36, (uint64_t)(in->max_write_same_len));
	memcpy(b + 44, in->reserved, 20);
}

static const struct pv_struct_desc scsi_vpd_block_limits_desc = {64, 64, false, false, scsi_vpd_block_limits_rd, scsi_vpd_block_limits_chk, scsi_vpd_block_limits_wr, NULL};

enum pv_codec_err scsi_vpd_block_limits_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_block_limits *out)
{
	return pv_decode(&scsi_vpd_block_limits_desc, buf, len, ctx, out);
}

int scsi_vpd_block_limits_encode(const struct scsi_vpd_block_limits *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_vpd_block_limits_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_vpd_block_characteristics_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_vpd_block_characteristics *o = p;

	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	o->page_len = pv_get_be16(b + 2);
	o->rotation_rate = pv_get_be16(b + 4);
	o->product_type = pv_get_u8(b + 6);
	o->form_factor = pv_get_u8(b + 7);
	memcpy(o->reserved, b + 8, 56);
	return PV_OK;
}

static enum pv_codec_err scsi_vpd_block_characteristics_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_vpd_block_characteristics *o = p;

	if ((how & PV_CHK_DECODE) && o->page_code != 177)
		return PV_ERR_CONST;
	return PV_OK;
}

static void scsi_vpd_block_characteristics_wr(const void *p, uint8_t *b)
{
	const struct scsi_vpd_block_characteristics *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->peripheral));
	pv_put_u8(b + 1, (uint8_t)(177));
	pv_put_be16(b + 2, (uint16_t)(in->page_len));
	pv_put_be16(b + 4, (uint16_t)(in->rotation_rate));
	pv_put_u8(b + 6, (uint8_t)(in->product_type));
	pv_put_u8(b + 7, (uint8_t)(in->form_factor));
	memcpy(b + 8, in->reserved, 56);
}

static const struct pv_struct_desc scsi_vpd_block_characteristics_desc = {64, 64, false, false, scsi_vpd_block_characteristics_rd, scsi_vpd_block_characteristics_chk, scsi_vpd_block_characteristics_wr, NULL};

enum pv_codec_err scsi_vpd_block_characteristics_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_block_characteristics *out)
{
	return pv_decode(&scsi_vpd_block_characteristics_desc, buf, len, ctx, out);
}

int scsi_vpd_block_characteristics_encode(const struct scsi_vpd_block_characteristics *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_vpd_block_characteristics_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_vpd_lb_provisioning_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_vpd_lb_provisioning *o = p;
	uint64_t v;

	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	o->page_len = pv_get_be16(b + 2);
	o->threshold_exponent = pv_get_u8(b + 4);
	v = pv_get_u8(b + 5);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->dp = (uint8_t)((v >> 0) & 1);
	o->anc_sup = (uint8_t)((v >> 1) & 1);
	o->lbprz = (uint8_t)((v >> 2) & 7);
	o->lbpws10 = (uint8_t)((v >> 5) & 1);
	o->lbpws = (uint8_t)((v >> 6) & 1);
	o->lbpu = (uint8_t)((v >> 7) & 1);
	v = pv_get_u8(b + 6);
	o->provisioning_rsvd = (uint8_t)(v & ~(uint64_t)7);
	o->provisioning_type = (uint8_t)((v >> 0) & 7);
	o->threshold_percentage = pv_get_u8(b + 7);
	return PV_OK;
}

static enum pv_codec_err scsi_vpd_lb_provisioning_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct scsi_vpd_lb_provisioning *o = p;

	if ((how & PV_CHK_DECODE) && o->page_code != 178)
		return PV_ERR_CONST;
	if (o->dp > 1)
		return PV_ERR_RANGE;
	if (o->anc_sup > 1)
		return PV_ERR_RANGE;
	if (o->lbprz > 7)
		return PV_ERR_RANGE;
	if (o->lbpws10 > 1)
		return PV_ERR_RANGE;
	if (o->lbpws > 1)
		return PV_ERR_RANGE;
	if (o->lbpu > 1)
		return PV_ERR_RANGE;
	if (o->provisioning_type > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_vpd_lb_provisioning_wr(const void *p, uint8_t *b)
{
	const struct scsi_vpd_lb_provisioning *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->peripheral));
	pv_put_u8(b + 1, (uint8_t)(178));
	pv_put_be16(b + 2, (uint16_t)(in->page_len));
	pv_put_u8(b + 4, (uint8_t)(in->threshold_exponent));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->dp & 1) << 0)
	    | ((uint64_t)(in->anc_sup & 1) << 1)
	    | ((uint64_t)(in->lbprz & 7) << 2)
	    | ((uint64_t)(in->lbpws10 & 1) << 5)
	    | ((uint64_t)(in->lbpws & 1) << 6)
	    | ((uint64_t)(in->lbpu & 1) << 7);
	pv_put_u8(b + 5, (uint8_t)(v));
	v = ((uint64_t)in->provisioning_rsvd & ~(uint64_t)7)
	    | ((uint64_t)(in->provisioning_type & 7) << 0);
	pv_put_u8(b + 6, (uint8_t)(v));
	pv_put_u8(b + 7, (uint8_t)(in->threshold_percentage));
}

static const struct pv_struct_desc scsi_vpd_lb_provisioning_desc = {8, 8, false, false, scsi_vpd_lb_provisioning_rd, scsi_vpd_lb_provisioning_chk, scsi_vpd_lb_provisioning_wr, NULL};

enum pv_codec_err scsi_vpd_lb_provisioning_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_lb_provisioning *out)
{
	return pv_decode(&scsi_vpd_lb_provisioning_desc, buf, len, ctx, out);
}

int scsi_vpd_lb_provisioning_encode(const struct scsi_vpd_lb_provisioning *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_vpd_lb_provisioning_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_mode_header6_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_mode_header6 *o = p;
	uint64_t v;

	o->mode_data_len = pv_get_u8(b + 0);
	o->medium_type = pv_get_u8(b + 1);
	v = pv_get_u8(b + 2);
	o->device_specific_rsvd = (uint8_t)(v & ~(uint64_t)144);
	o->dpofua = (uint8_t)((v >> 4) & 1);
	o->wp = (uint8_t)((v >> 7) & 1);
	o->bd_len = pv_get_u8(b + 3);
	return PV_OK;
}

static enum pv_codec_err scsi_mode_header6_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_mode_header6 *o = p;

	if (o->dpofua > 1)
		return PV_ERR_RANGE;
	if (o->wp > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_mode_header6_wr(const void *p, uint8_t *b)
{
	const struct scsi_mode_header6 *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->mode_data_len));
	pv_put_u8(b + 1, (uint8_t)(in->medium_type));
	v = ((uint64_t)in->device_specific_rsvd & ~(uint64_t)144)
	    | ((uint64_t)(in->dpofua & 1) << 4)
	    | ((uint64_t)(in->wp & 1) << 7);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_u8(b + 3, (uint8_t)(in->bd_len));
}

static const struct pv_struct_desc scsi_mode_header6_desc = {4, 4, false, false, scsi_mode_header6_rd, scsi_mode_header6_chk, scsi_mode_header6_wr, NULL};

enum pv_codec_err scsi_mode_header6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_mode_header6 *out)
{
	return pv_decode(&scsi_mode_header6_desc, buf, len, ctx, out);
}

int scsi_mode_header6_encode(const struct scsi_mode_header6 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_mode_header6_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_mode_header10_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_mode_header10 *o = p;
	uint64_t v;

	o->mode_data_len = pv_get_be16(b + 0);
	o->medium_type = pv_get_u8(b + 2);
	v = pv_get_u8(b + 3);
	o->device_specific_rsvd = (uint8_t)(v & ~(uint64_t)144);
	o->dpofua = (uint8_t)((v >> 4) & 1);
	o->wp = (uint8_t)((v >> 7) & 1);
	v = pv_get_u8(b + 4);
	o->longlba_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->longlba = (uint8_t)((v >> 0) & 1);
	o->reserved = pv_get_u8(b + 5);
	o->bd_len = pv_get_be16(b + 6);
	return PV_OK;
}

static enum pv_codec_err scsi_mode_header10_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_mode_header10 *o = p;

	if (o->dpofua > 1)
		return PV_ERR_RANGE;
	if (o->wp > 1)
		return PV_ERR_RANGE;
	if (o->longlba > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_mode_header10_wr(const void *p, uint8_t *b)
{
	const struct scsi_mode_header10 *in = p;
	uint64_t v;

	pv_put_be16(b + 0, (uint16_t)(in->mode_data_len));
	pv_put_u8(b + 2, (uint8_t)(in->medium_type));
	v = ((uint64_t)in->device_specific_rsvd & ~(uint64_t)144)
	    | ((uint64_t)(in->dpofua & 1) << 4)
	    | ((uint64_t)(in->wp & 1) << 7);
	pv_put_u8(b + 3, (uint8_t)(v));
	v = ((uint64_t)in->longlba_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->longlba & 1) << 0);
	pv_put_u8(b + 4, (uint8_t)(v));
	pv_put_u8(b + 5, (uint8_t)(in->reserved));
	pv_put_be16(b + 6, (uint16_t)(in->bd_len));
}

static const struct pv_struct_desc scsi_mode_header10_desc = {8, 8, false, false, scsi_mode_header10_rd, scsi_mode_header10_chk, scsi_mode_header10_wr, NULL};

enum pv_codec_err scsi_mode_header10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_mode_header10 *out)
{
	return pv_decode(&scsi_mode_header10_desc, buf, len, ctx, out);
}

int scsi_mode_header10_encode(const struct scsi_mode_header10 *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_mode_header10_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_block_desc_short_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_block_desc_short *o = p;

	o->nblocks = pv_get_be32(b + 0);
	o->reserved = pv_get_u8(b + 4);
	o->block_len = pv_get_be24(b + 5);
	return PV_OK;
}

static enum pv_codec_err scsi_block_desc_short_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_block_desc_short *o = p;

	if (o->block_len > 0xffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_block_desc_short_wr(const void *p, uint8_t *b)
{
	const struct scsi_block_desc_short *in = p;

	pv_put_be32(b + 0, (uint32_t)(in->nblocks));
	pv_put_u8(b + 4, (uint8_t)(in->reserved));
	pv_put_be24(b + 5, (uint32_t)(in->block_len));
}

static const struct pv_struct_desc scsi_block_desc_short_desc = {8, 8, false, false, scsi_block_desc_short_rd, scsi_block_desc_short_chk, scsi_block_desc_short_wr, NULL};

enum pv_codec_err scsi_block_desc_short_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_block_desc_short *out)
{
	return pv_decode(&scsi_block_desc_short_desc, buf, len, ctx, out);
}

int scsi_block_desc_short_encode(const struct scsi_block_desc_short *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_block_desc_short_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_block_desc_long_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_block_desc_long *o = p;

	o->nblocks = pv_get_be64(b + 0);
	memcpy(o->reserved, b + 8, 4);
	o->block_len = pv_get_be32(b + 12);
	return PV_OK;
}

static void scsi_block_desc_long_wr(const void *p, uint8_t *b)
{
	const struct scsi_block_desc_long *in = p;

	pv_put_be64(b + 0, (uint64_t)(in->nblocks));
	memcpy(b + 8, in->reserved, 4);
	pv_put_be32(b + 12, (uint32_t)(in->block_len));
}

static const struct pv_struct_desc scsi_block_desc_long_desc = {16, 16, false, false, scsi_block_desc_long_rd, NULL, scsi_block_desc_long_wr, NULL};

enum pv_codec_err scsi_block_desc_long_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_block_desc_long *out)
{
	return pv_decode(&scsi_block_desc_long_desc, buf, len, ctx, out);
}

int scsi_block_desc_long_encode(const struct scsi_block_desc_long *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_block_desc_long_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_mode_page_caching_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_mode_page_caching *o = p;
	uint64_t v;

	v = pv_get_u8(b + 0);
	o->page_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->page_code = (uint8_t)((v >> 0) & 63);
	o->spf = (uint8_t)((v >> 6) & 1);
	o->ps = (uint8_t)((v >> 7) & 1);
	o->page_len = pv_get_u8(b + 1);
	v = pv_get_u8(b + 2);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->rcd = (uint8_t)((v >> 0) & 1);
	o->mf = (uint8_t)((v >> 1) & 1);
	o->wce = (uint8_t)((v >> 2) & 1);
	o->size = (uint8_t)((v >> 3) & 1);
	o->disc = (uint8_t)((v >> 4) & 1);
	o->cap = (uint8_t)((v >> 5) & 1);
	o->abpf = (uint8_t)((v >> 6) & 1);
	o->ic = (uint8_t)((v >> 7) & 1);
	o->retention = pv_get_u8(b + 3);
	o->disable_prefetch_len = pv_get_be16(b + 4);
	o->min_prefetch = pv_get_be16(b + 6);
	o->max_prefetch = pv_get_be16(b + 8);
	o->max_prefetch_ceiling = pv_get_be16(b + 10);
	o->flags12 = pv_get_u8(b + 12);
	o->cache_segments = pv_get_u8(b + 13);
	o->cache_segment_size = pv_get_be16(b + 14);
	o->reserved = pv_get_u8(b + 16);
	memcpy(o->obsolete, b + 17, 3);
	return PV_OK;
}

static enum pv_codec_err scsi_mode_page_caching_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_mode_page_caching *o = p;

	if (o->page_code > 63)
		return PV_ERR_RANGE;
	if (o->spf > 1)
		return PV_ERR_RANGE;
	if (o->ps > 1)
		return PV_ERR_RANGE;
	if (o->rcd > 1)
		return PV_ERR_RANGE;
	if (o->mf > 1)
		return PV_ERR_RANGE;
	if (o->wce > 1)
		return PV_ERR_RANGE;
	if (o->size > 1)
		return PV_ERR_RANGE;
	if (o->disc > 1)
		return PV_ERR_RANGE;
	if (o->cap > 1)
		return PV_ERR_RANGE;
	if (o->abpf > 1)
		return PV_ERR_RANGE;
	if (o->ic > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_mode_page_caching_wr(const void *p, uint8_t *b)
{
	const struct scsi_mode_page_caching *in = p;
	uint64_t v;

	v = ((uint64_t)in->page_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->page_code & 63) << 0)
	    | ((uint64_t)(in->spf & 1) << 6)
	    | ((uint64_t)(in->ps & 1) << 7);
	pv_put_u8(b + 0, (uint8_t)(v));
	pv_put_u8(b + 1, (uint8_t)(in->page_len));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->rcd & 1) << 0)
	    | ((uint64_t)(in->mf & 1) << 1)
	    | ((uint64_t)(in->wce & 1) << 2)
	    | ((uint64_t)(in->size & 1) << 3)
	    | ((uint64_t)(in->disc & 1) << 4)
	    | ((uint64_t)(in->cap & 1) << 5)
	    | ((uint64_t)(in->abpf & 1) << 6)
	    | ((uint64_t)(in->ic & 1) << 7);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_u8(b + 3, (uint8_t)(in->retention));
	pv_put_be16(b + 4, (uint16_t)(in->disable_prefetch_len));
	pv_put_be16(b + 6, (uint16_t)(in->min_prefetch));
	pv_put_be16(b + 8, (uint16_t)(in->max_prefetch));
	pv_put_be16(b + 10, (uint16_t)(in->max_prefetch_ceiling));
	pv_put_u8(b + 12, (uint8_t)(in->flags12));
	pv_put_u8(b + 13, (uint8_t)(in->cache_segments));
	pv_put_be16(b + 14, (uint16_t)(in->cache_segment_size));
	pv_put_u8(b + 16, (uint8_t)(in->reserved));
	memcpy(b + 17, in->obsolete, 3);
}

static const struct pv_struct_desc scsi_mode_page_caching_desc = {20, 20, false, false, scsi_mode_page_caching_rd, scsi_mode_page_caching_chk, scsi_mode_page_caching_wr, NULL};

enum pv_codec_err scsi_mode_page_caching_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_mode_page_caching *out)
{
	return pv_decode(&scsi_mode_page_caching_desc, buf, len, ctx, out);
}

int scsi_mode_page_caching_encode(const struct scsi_mode_page_caching *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_mode_page_caching_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_read_capacity10_data_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_read_capacity10_data *o = p;

	o->last_lba = pv_get_be32(b + 0);
	o->block_len = pv_get_be32(b + 4);
	return PV_OK;
}

static void scsi_read_capacity10_data_wr(const void *p, uint8_t *b)
{
	const struct scsi_read_capacity10_data *in = p;

	pv_put_be32(b + 0, (uint32_t)(in->last_lba));
	pv_put_be32(b + 4, (uint32_t)(in->block_len));
}

static const struct pv_struct_desc scsi_read_capacity10_data_desc = {8, 8, false, false, scsi_read_capacity10_data_rd, NULL, scsi_read_capacity10_data_wr, NULL};

enum pv_codec_err scsi_read_capacity10_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_read_capacity10_data *out)
{
	return pv_decode(&scsi_read_capacity10_data_desc, buf, len, ctx, out);
}

int scsi_read_capacity10_data_encode(const struct scsi_read_capacity10_data *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_read_capacity10_data_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_read_capacity16_data_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_read_capacity16_data *o = p;
	uint64_t v;

	o->last_lba = pv_get_be64(b + 0);
	o->block_len = pv_get_be32(b + 8);
	v = pv_get_u8(b + 12);
	o->prot_rsvd = (uint8_t)(v & ~(uint64_t)15);
	o->prot_en = (uint8_t)((v >> 0) & 1);
	o->p_type = (uint8_t)((v >> 1) & 7);
	v = pv_get_u8(b + 13);
	o->exponents_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->lbppbe = (uint8_t)((v >> 0) & 15);
	o->p_i_exponent = (uint8_t)((v >> 4) & 15);
	v = pv_get_be16(b + 14);
	o->lbp_rsvd = (uint16_t)(v & ~(uint64_t)0xffff);
	o->lowest_aligned_lba = (uint16_t)((v >> 0) & 0x3fff);
	o->lbprz = (uint8_t)((v >> 14) & 1);
	o->lbpme = (uint8_t)((v >> 15) & 1);
	memcpy(o->reserved, b + 16, 16);
	return PV_OK;
}

static enum pv_codec_err scsi_read_capacity16_data_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_read_capacity16_data *o = p;

	if (o->prot_en > 1)
		return PV_ERR_RANGE;
	if (o->p_type > 7)
		return PV_ERR_RANGE;
	if (o->lbppbe > 15)
		return PV_ERR_RANGE;
	if (o->p_i_exponent > 15)
		return PV_ERR_RANGE;
	if (o->lowest_aligned_lba > 0x3fff)
		return PV_ERR_RANGE;
	if (o->lbprz > 1)
		return PV_ERR_RANGE;
	if (o->lbpme > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_read_capacity16_data_wr(const void *p, uint8_t *b)
{
	const struct scsi_read_capacity16_data *in = p;
	uint64_t v;

	pv_put_be64(b + 0, (uint64_t)(in->last_lba));
	pv_put_be32(b + 8, (uint32_t)(in->block_len));
	v = ((uint64_t)in->prot_rsvd & ~(uint64_t)15)
	    | ((uint64_t)(in->prot_en & 1) << 0)
	    | ((uint64_t)(in->p_type & 7) << 1);
	pv_put_u8(b + 12, (uint8_t)(v));
	v = ((uint64_t)in->exponents_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->lbppbe & 15) << 0)
	    | ((uint64_t)(in->p_i_exponent & 15) << 4);
	pv_put_u8(b + 13, (uint8_t)(v));
	v = ((uint64_t)in->lbp_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->lowest_aligned_lba & 0x3fff) << 0)
	    | ((uint64_t)(in->lbprz & 1) << 14)
	    | ((uint64_t)(in->lbpme & 1) << 15);
	pv_put_be16(b + 14, (uint16_t)(v));
	memcpy(b + 16, in->reserved, 16);
}

static const struct pv_struct_desc scsi_read_capacity16_data_desc = {32, 32, false, false, scsi_read_capacity16_data_rd, scsi_read_capacity16_data_chk, scsi_read_capacity16_data_wr, NULL};

enum pv_codec_err scsi_read_capacity16_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_read_capacity16_data *out)
{
	return pv_decode(&scsi_read_capacity16_data_desc, buf, len, ctx, out);
}

int scsi_read_capacity16_data_encode(const struct scsi_read_capacity16_data *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_read_capacity16_data_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_lun_entry_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_lun_entry *o = p;
	uint64_t v;

	v = pv_get_be16(b + 0);
	o->addr_rsvd = (uint16_t)(v & ~(uint64_t)0xffff);
	o->lun = (uint16_t)((v >> 0) & 0x3fff);
	o->address_method = (uint8_t)((v >> 14) & 3);
	memcpy(o->second_level, b + 2, 6);
	return PV_OK;
}

static enum pv_codec_err scsi_lun_entry_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_lun_entry *o = p;

	if (o->lun > 0x3fff)
		return PV_ERR_RANGE;
	if (o->address_method > 3)
		return PV_ERR_RANGE;
	if (!scsi_lun_address_method_valid((int64_t)o->address_method))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void scsi_lun_entry_wr(const void *p, uint8_t *b)
{
	const struct scsi_lun_entry *in = p;
	uint64_t v;

	v = ((uint64_t)in->addr_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->lun & 0x3fff) << 0)
	    | ((uint64_t)(in->address_method & 3) << 14);
	pv_put_be16(b + 0, (uint16_t)(v));
	memcpy(b + 2, in->second_level, 6);
}

static const struct pv_struct_desc scsi_lun_entry_desc = {8, 8, false, false, scsi_lun_entry_rd, scsi_lun_entry_chk, scsi_lun_entry_wr, NULL};

enum pv_codec_err scsi_lun_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_lun_entry *out)
{
	return pv_decode(&scsi_lun_entry_desc, buf, len, ctx, out);
}

int scsi_lun_entry_encode(const struct scsi_lun_entry *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_lun_entry_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_report_luns_data_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct scsi_report_luns_data *o = p;
	size_t n;
	size_t i;

	o->list_len = pv_get_be32(b + 0);
	memcpy(o->reserved, b + 4, 4);
	n = (len - 8) / 8;
	if ((len - 8) % 8 != 0 || n > SCSI_REPORT_LUNS_DATA_LUNS_MAX)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	scsi_lun_entry_rd(b + 8 + 8 * i, len, &o->luns[i], end);
	o->luns_count = (uint32_t)n;
	*end = 8 + n * 8;
	return PV_OK;
}

static enum pv_codec_err scsi_report_luns_data_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how PV_UNUSED)
{
	const struct scsi_report_luns_data *o = p;
	size_t i;
	enum pv_codec_err err;

	for (i = 0; i < o->luns_count; i++) {
		err = scsi_lun_entry_chk(&o->luns[i], 8, 8, ctx, 0);
		if (err != PV_OK)
			return err;
	}
	return PV_OK;
}

static void scsi_report_luns_data_wr(const void *p, uint8_t *b)
{
	const struct scsi_report_luns_data *in = p;
	size_t i;

	pv_put_be32(b + 0, (uint32_t)(in->list_len));
	memcpy(b + 4, in->reserved, 4);
	for (i = 0; i < in->luns_count; i++)
		scsi_lun_entry_wr(&in->luns[i], b + 8 + 8 * i);
}

static enum pv_codec_err scsi_report_luns_data_need(const void *p, size_t *need)
{
	const struct scsi_report_luns_data *in = p;

	if (in->luns_count > SCSI_REPORT_LUNS_DATA_LUNS_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->luns_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc scsi_report_luns_data_desc = {8, 8, true, true, scsi_report_luns_data_rd, scsi_report_luns_data_chk, scsi_report_luns_data_wr, scsi_report_luns_data_need};

enum pv_codec_err scsi_report_luns_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_report_luns_data *out)
{
	return pv_decode(&scsi_report_luns_data_desc, buf, len, ctx, out);
}

int scsi_report_luns_data_encode(const struct scsi_report_luns_data *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_report_luns_data_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_pr_in_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_pr_in_header *o = p;

	o->generation = pv_get_be32(b + 0);
	o->additional_len = pv_get_be32(b + 4);
	return PV_OK;
}

static void scsi_pr_in_header_wr(const void *p, uint8_t *b)
{
	const struct scsi_pr_in_header *in = p;

	pv_put_be32(b + 0, (uint32_t)(in->generation));
	pv_put_be32(b + 4, (uint32_t)(in->additional_len));
}

static const struct pv_struct_desc scsi_pr_in_header_desc = {8, 8, false, false, scsi_pr_in_header_rd, NULL, scsi_pr_in_header_wr, NULL};

enum pv_codec_err scsi_pr_in_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_pr_in_header *out)
{
	return pv_decode(&scsi_pr_in_header_desc, buf, len, ctx, out);
}

int scsi_pr_in_header_encode(const struct scsi_pr_in_header *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_pr_in_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err scsi_pr_in_capabilities_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct scsi_pr_in_capabilities *o = p;
	uint64_t v;

	o->length = pv_get_be16(b + 0);
	v = pv_get_u8(b + 2);
	o->flags2_rsvd = (uint8_t)(v & ~(uint64_t)157);
	o->ptpl_c = (uint8_t)((v >> 0) & 1);
	o->atp_c = (uint8_t)((v >> 2) & 1);
	o->sip_c = (uint8_t)((v >> 3) & 1);
	o->crh = (uint8_t)((v >> 4) & 1);
	o->rlr_c = (uint8_t)((v >> 7) & 1);
	v = pv_get_u8(b + 3);
	o->flags3_rsvd = (uint8_t)(v & ~(uint64_t)241);
	o->ptpl_a = (uint8_t)((v >> 0) & 1);
	o->allow_commands = (uint8_t)((v >> 4) & 7);
	o->tmv = (uint8_t)((v >> 7) & 1);
	o->type_mask = pv_get_be16(b + 4);
	memcpy(o->reserved, b + 6, 2);
	return PV_OK;
}

static enum pv_codec_err scsi_pr_in_capabilities_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct scsi_pr_in_capabilities *o = p;

	if (o->ptpl_c > 1)
		return PV_ERR_RANGE;
	if (o->atp_c > 1)
		return PV_ERR_RANGE;
	if (o->sip_c > 1)
		return PV_ERR_RANGE;
	if (o->crh > 1)
		return PV_ERR_RANGE;
	if (o->rlr_c > 1)
		return PV_ERR_RANGE;
	if (o->ptpl_a > 1)
		return PV_ERR_RANGE;
	if (o->allow_commands > 7)
		return PV_ERR_RANGE;
	if (o->tmv > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void scsi_pr_in_capabilities_wr(const void *p, uint8_t *b)
{
	const struct scsi_pr_in_capabilities *in = p;
	uint64_t v;

	pv_put_be16(b + 0, (uint16_t)(in->length));
	v = ((uint64_t)in->flags2_rsvd & ~(uint64_t)157)
	    | ((uint64_t)(in->ptpl_c & 1) << 0)
	    | ((uint64_t)(in->atp_c & 1) << 2)
	    | ((uint64_t)(in->sip_c & 1) << 3)
	    | ((uint64_t)(in->crh & 1) << 4)
	    | ((uint64_t)(in->rlr_c & 1) << 7);
	pv_put_u8(b + 2, (uint8_t)(v));
	v = ((uint64_t)in->flags3_rsvd & ~(uint64_t)241)
	    | ((uint64_t)(in->ptpl_a & 1) << 0)
	    | ((uint64_t)(in->allow_commands & 7) << 4)
	    | ((uint64_t)(in->tmv & 1) << 7);
	pv_put_u8(b + 3, (uint8_t)(v));
	pv_put_be16(b + 4, (uint16_t)(in->type_mask));
	memcpy(b + 6, in->reserved, 2);
}

static const struct pv_struct_desc scsi_pr_in_capabilities_desc = {8, 8, false, false, scsi_pr_in_capabilities_rd, scsi_pr_in_capabilities_chk, scsi_pr_in_capabilities_wr, NULL};

enum pv_codec_err scsi_pr_in_capabilities_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_pr_in_capabilities *out)
{
	return pv_decode(&scsi_pr_in_capabilities_desc, buf, len, ctx, out);
}

int scsi_pr_in_capabilities_encode(const struct scsi_pr_in_capabilities *in, void *buf, size_t cap)
{
	return pv_encode(&scsi_pr_in_capabilities_desc, in, NULL, 0, buf, cap);
}

