/* DO NOT EDIT: generated from spec/scsi.yaml by codegen/pvgen.py. */

#include <stdbool.h>
#include <string.h>

#include "scsi_codec.h"

static bool scsi_service_action_in_valid(int64_t v)
{
	switch (v) {
	case 16:
		return true;
	default:
		return false;
	}
}

static bool scsi_sense_key_valid(int64_t v)
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
	case 13:
	case 14:
	case 15:
		return true;
	default:
		return false;
	}
}

static bool scsi_sense_format_valid(int64_t v)
{
	switch (v) {
	case 112:
	case 113:
	case 114:
	case 115:
		return true;
	default:
		return false;
	}
}

static bool scsi_vpd_page_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 128:
	case 131:
	case 176:
	case 177:
	case 178:
		return true;
	default:
		return false;
	}
}

static bool scsi_page_control_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
	case 2:
	case 3:
		return true;
	default:
		return false;
	}
}

static bool scsi_designator_type_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
	case 2:
	case 3:
		return true;
	default:
		return false;
	}
}

static bool scsi_code_set_valid(int64_t v)
{
	switch (v) {
	case 1:
	case 2:
	case 3:
		return true;
	default:
		return false;
	}
}

static enum pv_codec_err scsi_cdb_test_unit_ready_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_test_unit_ready *o)
{
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 0)
		return PV_ERR_CONST;
	memcpy(o->reserved, b + 1, 4);
	o->control = pv_get_u8(b + 5);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_test_unit_ready_wr(const struct scsi_cdb_test_unit_ready *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(0));
	memcpy(b + 1, in->reserved, 4);
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static enum pv_codec_err scsi_cdb_test_unit_ready_chk(const struct scsi_cdb_test_unit_ready *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_test_unit_ready_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_test_unit_ready *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	if (len > 6)
		return PV_ERR_LONG;
	return scsi_cdb_test_unit_ready_rd(buf, len, ctx, out);
}

static int scsi_cdb_test_unit_ready_enc(const struct scsi_cdb_test_unit_ready *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = scsi_cdb_test_unit_ready_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_test_unit_ready_wr(in, b);
	return (int)need;
}

int scsi_cdb_test_unit_ready_encode(const struct scsi_cdb_test_unit_ready *in, void *buf, size_t cap)
{
	return scsi_cdb_test_unit_ready_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_request_sense_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_request_sense *o)
{
	uint64_t v;
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 3)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->desc = (uint8_t)((v >> 0) & 1);
	memcpy(o->reserved, b + 2, 2);
	o->alloc_len = pv_get_u8(b + 4);
	o->control = pv_get_u8(b + 5);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_request_sense_wr(const struct scsi_cdb_request_sense *in, uint8_t *b)
{
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(3));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->desc & 1) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	memcpy(b + 2, in->reserved, 2);
	pv_put_u8(b + 4, (uint8_t)(in->alloc_len));
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static enum pv_codec_err scsi_cdb_request_sense_chk(const struct scsi_cdb_request_sense *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->desc > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_request_sense_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_request_sense *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	if (len > 6)
		return PV_ERR_LONG;
	return scsi_cdb_request_sense_rd(buf, len, ctx, out);
}

static int scsi_cdb_request_sense_enc(const struct scsi_cdb_request_sense *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = scsi_cdb_request_sense_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_request_sense_wr(in, b);
	return (int)need;
}

int scsi_cdb_request_sense_encode(const struct scsi_cdb_request_sense *in, void *buf, size_t cap)
{
	return scsi_cdb_request_sense_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_inquiry_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_inquiry *o)
{
	uint64_t v;
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 18)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)3);
	o->evpd = (uint8_t)((v >> 0) & 1);
	o->cmddt = (uint8_t)((v >> 1) & 1);
	o->page_code = pv_get_u8(b + 2);
	o->alloc_len = pv_get_be16(b + 3);
	o->control = pv_get_u8(b + 5);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_inquiry_wr(const struct scsi_cdb_inquiry *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_inquiry_chk(const struct scsi_cdb_inquiry *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->evpd > 1)
		return PV_ERR_RANGE;
	if (o->cmddt > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_inquiry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_inquiry *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	if (len > 6)
		return PV_ERR_LONG;
	return scsi_cdb_inquiry_rd(buf, len, ctx, out);
}

static int scsi_cdb_inquiry_enc(const struct scsi_cdb_inquiry *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = scsi_cdb_inquiry_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_inquiry_wr(in, b);
	return (int)need;
}

int scsi_cdb_inquiry_encode(const struct scsi_cdb_inquiry *in, void *buf, size_t cap)
{
	return scsi_cdb_inquiry_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw6_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_rw6 *o)
{
	uint64_t v;
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	v = pv_get_be24(b + 1);
	o->lba_rsvd = (uint32_t)(v & ~(uint64_t)0x1fffff);
	o->lba = (uint32_t)((v >> 0) & 0x1fffff);
	o->length = pv_get_u8(b + 4);
	o->control = pv_get_u8(b + 5);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_rw6_wr(const struct scsi_cdb_rw6 *in, uint8_t *b)
{
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->opcode));
	v = ((uint64_t)in->lba_rsvd & ~(uint64_t)0x1fffff)
	    | ((uint64_t)(in->lba & 0x1fffff) << 0);
	pv_put_be24(b + 1, (uint32_t)(v));
	pv_put_u8(b + 4, (uint8_t)(in->length));
	pv_put_u8(b + 5, (uint8_t)(in->control));
}

static enum pv_codec_err scsi_cdb_rw6_chk(const struct scsi_cdb_rw6 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->lba > 0x1fffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_rw6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_rw6 *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	if (len > 6)
		return PV_ERR_LONG;
	return scsi_cdb_rw6_rd(buf, len, ctx, out);
}

static int scsi_cdb_rw6_enc(const struct scsi_cdb_rw6 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = scsi_cdb_rw6_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_rw6_wr(in, b);
	return (int)need;
}

int scsi_cdb_rw6_encode(const struct scsi_cdb_rw6 *in, void *buf, size_t cap)
{
	return scsi_cdb_rw6_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw10_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_rw10 *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_rw10_wr(const struct scsi_cdb_rw10 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_rw10_chk(const struct scsi_cdb_rw10 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_cdb_rw10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_rw10 *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_rw10_rd(buf, len, ctx, out);
}

static int scsi_cdb_rw10_enc(const struct scsi_cdb_rw10 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_rw10_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_rw10_wr(in, b);
	return (int)need;
}

int scsi_cdb_rw10_encode(const struct scsi_cdb_rw10 *in, void *buf, size_t cap)
{
	return scsi_cdb_rw10_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw12_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_rw12 *o)
{
	uint64_t v;
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_rw12_wr(const struct scsi_cdb_rw12 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_rw12_chk(const struct scsi_cdb_rw12 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_cdb_rw12_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_rw12 *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return scsi_cdb_rw12_rd(buf, len, ctx, out);
}

static int scsi_cdb_rw12_enc(const struct scsi_cdb_rw12 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = scsi_cdb_rw12_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_rw12_wr(in, b);
	return (int)need;
}

int scsi_cdb_rw12_encode(const struct scsi_cdb_rw12 *in, void *buf, size_t cap)
{
	return scsi_cdb_rw12_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_rw16_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_rw16 *o)
{
	uint64_t v;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_rw16_wr(const struct scsi_cdb_rw16 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_rw16_chk(const struct scsi_cdb_rw16 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_cdb_rw16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_rw16 *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return scsi_cdb_rw16_rd(buf, len, ctx, out);
}

static int scsi_cdb_rw16_enc(const struct scsi_cdb_rw16 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = scsi_cdb_rw16_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_rw16_wr(in, b);
	return (int)need;
}

int scsi_cdb_rw16_encode(const struct scsi_cdb_rw16 *in, void *buf, size_t cap)
{
	return scsi_cdb_rw16_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_verify10_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_verify10 *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 47)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)246);
	o->bytchk = (uint8_t)((v >> 1) & 3);
	o->dpo = (uint8_t)((v >> 4) & 1);
	o->vrprotect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be32(b + 2);
	o->group = pv_get_u8(b + 6);
	o->length = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_verify10_wr(const struct scsi_cdb_verify10 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_verify10_chk(const struct scsi_cdb_verify10 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->bytchk > 3)
		return PV_ERR_RANGE;
	if (o->dpo > 1)
		return PV_ERR_RANGE;
	if (o->vrprotect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_verify10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_verify10 *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_verify10_rd(buf, len, ctx, out);
}

static int scsi_cdb_verify10_enc(const struct scsi_cdb_verify10 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_verify10_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_verify10_wr(in, b);
	return (int)need;
}

int scsi_cdb_verify10_encode(const struct scsi_cdb_verify10 *in, void *buf, size_t cap)
{
	return scsi_cdb_verify10_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_verify16_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_verify16 *o)
{
	uint64_t v;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 143)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)246);
	o->bytchk = (uint8_t)((v >> 1) & 3);
	o->dpo = (uint8_t)((v >> 4) & 1);
	o->vrprotect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be64(b + 2);
	o->length = pv_get_be32(b + 10);
	o->group = pv_get_u8(b + 14);
	o->control = pv_get_u8(b + 15);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_verify16_wr(const struct scsi_cdb_verify16 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_verify16_chk(const struct scsi_cdb_verify16 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->bytchk > 3)
		return PV_ERR_RANGE;
	if (o->dpo > 1)
		return PV_ERR_RANGE;
	if (o->vrprotect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_verify16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_verify16 *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return scsi_cdb_verify16_rd(buf, len, ctx, out);
}

static int scsi_cdb_verify16_enc(const struct scsi_cdb_verify16 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = scsi_cdb_verify16_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_verify16_wr(in, b);
	return (int)need;
}

int scsi_cdb_verify16_encode(const struct scsi_cdb_verify16 *in, void *buf, size_t cap)
{
	return scsi_cdb_verify16_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_read_capacity10_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_read_capacity10 *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 37)
		return PV_ERR_CONST;
	o->reserved1 = pv_get_u8(b + 1);
	o->lba = pv_get_be32(b + 2);
	memcpy(o->reserved6, b + 6, 2);
	v = pv_get_u8(b + 8);
	o->pmi_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->pmi = (uint8_t)((v >> 0) & 1);
	o->control = pv_get_u8(b + 9);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_read_capacity10_wr(const struct scsi_cdb_read_capacity10 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_read_capacity10_chk(const struct scsi_cdb_read_capacity10 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->pmi > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_read_capacity10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_read_capacity10 *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_read_capacity10_rd(buf, len, ctx, out);
}

static int scsi_cdb_read_capacity10_enc(const struct scsi_cdb_read_capacity10 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_read_capacity10_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_read_capacity10_wr(in, b);
	return (int)need;
}

int scsi_cdb_read_capacity10_encode(const struct scsi_cdb_read_capacity10 *in, void *buf, size_t cap)
{
	return scsi_cdb_read_capacity10_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_service_action_in16_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_service_action_in16 *o)
{
	uint64_t v;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 158)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->action_rsvd = (uint8_t)(v & ~(uint64_t)31);
	o->service_action = (uint8_t)((v >> 0) & 31);
	if (!scsi_service_action_in_valid((int64_t)o->service_action))
		return PV_ERR_ENUM;
	o->lba = pv_get_be64(b + 2);
	o->alloc_len = pv_get_be32(b + 10);
	v = pv_get_u8(b + 14);
	o->pmi_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->pmi = (uint8_t)((v >> 0) & 1);
	o->control = pv_get_u8(b + 15);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_service_action_in16_wr(const struct scsi_cdb_service_action_in16 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_service_action_in16_chk(const struct scsi_cdb_service_action_in16 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->service_action > 31)
		return PV_ERR_RANGE;
	if (!scsi_service_action_in_valid((int64_t)o->service_action))
		return PV_ERR_ENUM;
	if (o->pmi > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_service_action_in16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_service_action_in16 *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return scsi_cdb_service_action_in16_rd(buf, len, ctx, out);
}

static int scsi_cdb_service_action_in16_enc(const struct scsi_cdb_service_action_in16 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = scsi_cdb_service_action_in16_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_service_action_in16_wr(in, b);
	return (int)need;
}

int scsi_cdb_service_action_in16_encode(const struct scsi_cdb_service_action_in16 *in, void *buf, size_t cap)
{
	return scsi_cdb_service_action_in16_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_mode_sense6_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_mode_sense6 *o)
{
	uint64_t v;
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 26)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)8);
	o->dbd = (uint8_t)((v >> 3) & 1);
	v = pv_get_u8(b + 2);
	o->page_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->page_code = (uint8_t)((v >> 0) & 63);
	o->pc = (uint8_t)((v >> 6) & 3);
	if (!scsi_page_control_valid((int64_t)o->pc))
		return PV_ERR_ENUM;
	o->subpage = pv_get_u8(b + 3);
	o->alloc_len = pv_get_u8(b + 4);
	o->control = pv_get_u8(b + 5);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_mode_sense6_wr(const struct scsi_cdb_mode_sense6 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_mode_sense6_chk(const struct scsi_cdb_mode_sense6 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_cdb_mode_sense6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_mode_sense6 *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	if (len > 6)
		return PV_ERR_LONG;
	return scsi_cdb_mode_sense6_rd(buf, len, ctx, out);
}

static int scsi_cdb_mode_sense6_enc(const struct scsi_cdb_mode_sense6 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = scsi_cdb_mode_sense6_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_mode_sense6_wr(in, b);
	return (int)need;
}

int scsi_cdb_mode_sense6_encode(const struct scsi_cdb_mode_sense6 *in, void *buf, size_t cap)
{
	return scsi_cdb_mode_sense6_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_mode_sense10_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_mode_sense10 *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 90)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)24);
	o->dbd = (uint8_t)((v >> 3) & 1);
	o->llbaa = (uint8_t)((v >> 4) & 1);
	v = pv_get_u8(b + 2);
	o->page_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->page_code = (uint8_t)((v >> 0) & 63);
	o->pc = (uint8_t)((v >> 6) & 3);
	if (!scsi_page_control_valid((int64_t)o->pc))
		return PV_ERR_ENUM;
	o->subpage = pv_get_u8(b + 3);
	memcpy(o->reserved4, b + 4, 3);
	o->alloc_len = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_mode_sense10_wr(const struct scsi_cdb_mode_sense10 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_mode_sense10_chk(const struct scsi_cdb_mode_sense10 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_cdb_mode_sense10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_mode_sense10 *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_mode_sense10_rd(buf, len, ctx, out);
}

static int scsi_cdb_mode_sense10_enc(const struct scsi_cdb_mode_sense10 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_mode_sense10_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_mode_sense10_wr(in, b);
	return (int)need;
}

int scsi_cdb_mode_sense10_encode(const struct scsi_cdb_mode_sense10 *in, void *buf, size_t cap)
{
	return scsi_cdb_mode_sense10_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_sync_cache10_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_sync_cache10 *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 53)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)2);
	o->immed = (uint8_t)((v >> 1) & 1);
	o->lba = pv_get_be32(b + 2);
	o->group = pv_get_u8(b + 6);
	o->nblocks = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_sync_cache10_wr(const struct scsi_cdb_sync_cache10 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_sync_cache10_chk(const struct scsi_cdb_sync_cache10 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->immed > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_sync_cache10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_sync_cache10 *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_sync_cache10_rd(buf, len, ctx, out);
}

static int scsi_cdb_sync_cache10_enc(const struct scsi_cdb_sync_cache10 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_sync_cache10_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_sync_cache10_wr(in, b);
	return (int)need;
}

int scsi_cdb_sync_cache10_encode(const struct scsi_cdb_sync_cache10 *in, void *buf, size_t cap)
{
	return scsi_cdb_sync_cache10_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_sync_cache16_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_sync_cache16 *o)
{
	uint64_t v;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 145)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)2);
	o->immed = (uint8_t)((v >> 1) & 1);
	o->lba = pv_get_be64(b + 2);
	o->nblocks = pv_get_be32(b + 10);
	o->group = pv_get_u8(b + 14);
	o->control = pv_get_u8(b + 15);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_sync_cache16_wr(const struct scsi_cdb_sync_cache16 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_sync_cache16_chk(const struct scsi_cdb_sync_cache16 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->immed > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_sync_cache16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_sync_cache16 *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return scsi_cdb_sync_cache16_rd(buf, len, ctx, out);
}

static int scsi_cdb_sync_cache16_enc(const struct scsi_cdb_sync_cache16 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = scsi_cdb_sync_cache16_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_sync_cache16_wr(in, b);
	return (int)need;
}

int scsi_cdb_sync_cache16_encode(const struct scsi_cdb_sync_cache16 *in, void *buf, size_t cap)
{
	return scsi_cdb_sync_cache16_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_write_same10_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_write_same10 *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 65)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)248);
	o->unmap = (uint8_t)((v >> 3) & 1);
	o->anchor = (uint8_t)((v >> 4) & 1);
	o->wrprotect = (uint8_t)((v >> 5) & 7);
	o->lba = pv_get_be32(b + 2);
	o->group = pv_get_u8(b + 6);
	o->nblocks = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_write_same10_wr(const struct scsi_cdb_write_same10 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_write_same10_chk(const struct scsi_cdb_write_same10 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->unmap > 1)
		return PV_ERR_RANGE;
	if (o->anchor > 1)
		return PV_ERR_RANGE;
	if (o->wrprotect > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_write_same10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_write_same10 *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_write_same10_rd(buf, len, ctx, out);
}

static int scsi_cdb_write_same10_enc(const struct scsi_cdb_write_same10 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_write_same10_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_write_same10_wr(in, b);
	return (int)need;
}

int scsi_cdb_write_same10_encode(const struct scsi_cdb_write_same10 *in, void *buf, size_t cap)
{
	return scsi_cdb_write_same10_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_write_same16_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_write_same16 *o)
{
	uint64_t v;
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 147)
		return PV_ERR_CONST;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_write_same16_wr(const struct scsi_cdb_write_same16 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_write_same16_chk(const struct scsi_cdb_write_same16 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_cdb_write_same16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_write_same16 *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return scsi_cdb_write_same16_rd(buf, len, ctx, out);
}

static int scsi_cdb_write_same16_enc(const struct scsi_cdb_write_same16 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = scsi_cdb_write_same16_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_write_same16_wr(in, b);
	return (int)need;
}

int scsi_cdb_write_same16_encode(const struct scsi_cdb_write_same16 *in, void *buf, size_t cap)
{
	return scsi_cdb_write_same16_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_unmap_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_unmap *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 66)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->flags_rsvd = (uint8_t)(v & ~(uint64_t)1);
	o->anchor = (uint8_t)((v >> 0) & 1);
	memcpy(o->reserved2, b + 2, 4);
	o->group = pv_get_u8(b + 6);
	o->param_len = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_unmap_wr(const struct scsi_cdb_unmap *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_unmap_chk(const struct scsi_cdb_unmap *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->anchor > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_unmap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_unmap *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_unmap_rd(buf, len, ctx, out);
}

static int scsi_cdb_unmap_enc(const struct scsi_cdb_unmap *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_unmap_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_unmap_wr(in, b);
	return (int)need;
}

int scsi_cdb_unmap_encode(const struct scsi_cdb_unmap *in, void *buf, size_t cap)
{
	return scsi_cdb_unmap_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_unmap_desc_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_unmap_desc *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->lba = pv_get_be64(b + 0);
	o->nblocks = pv_get_be32(b + 8);
	memcpy(o->reserved, b + 12, 4);
	(void)tail_end;
	return PV_OK;
}

static void scsi_unmap_desc_wr(const struct scsi_unmap_desc *in, uint8_t *b)
{
	pv_put_be64(b + 0, (uint64_t)(in->lba));
	pv_put_be32(b + 8, (uint32_t)(in->nblocks));
	memcpy(b + 12, in->reserved, 4);
}

static enum pv_codec_err scsi_unmap_desc_chk(const struct scsi_unmap_desc *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_unmap_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_unmap_desc *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return scsi_unmap_desc_rd(buf, len, ctx, out);
}

static int scsi_unmap_desc_enc(const struct scsi_unmap_desc *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = scsi_unmap_desc_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_unmap_desc_wr(in, b);
	return (int)need;
}

int scsi_unmap_desc_encode(const struct scsi_unmap_desc *in, void *buf, size_t cap)
{
	return scsi_unmap_desc_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_unmap_param_list_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_unmap_param_list *o)
{
	size_t i;
	enum pv_codec_err err;
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->data_len = pv_get_be16(b + 0);
	o->desc_len = pv_get_be16(b + 2);
	memcpy(o->reserved, b + 4, 4);
	{
		size_t n;

		if ((len - 8) % 16 != 0)
			return PV_ERR_COUNT;
		n = (len - 8) / 16;
		if (n > SCSI_UNMAP_PARAM_LIST_DESCS_MAX)
			return PV_ERR_COUNT;
		for (i = 0; i < n; i++) {
			err = scsi_unmap_desc_rd(b + 8 + 16 * i, 16, ctx, &o->descs[i]);
			if (err != PV_OK)
				return err;
		}
		o->descs_count = (uint32_t)n;
		tail_end = 8 + n * 16;
	}
	if (tail_end != len)
		return PV_ERR_LONG;
	(void)tail_end;
	return PV_OK;
}

static void scsi_unmap_param_list_wr(const struct scsi_unmap_param_list *in, uint8_t *b)
{
	pv_put_be16(b + 0, (uint16_t)(in->data_len));
	pv_put_be16(b + 2, (uint16_t)(in->desc_len));
	memcpy(b + 4, in->reserved, 4);
}

static enum pv_codec_err scsi_unmap_param_list_chk(const struct scsi_unmap_param_list *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	size_t i;
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	for (i = 0; i < o->descs_count; i++) {
		err = scsi_unmap_desc_chk(&o->descs[i], 16, ctx, false);
		if (err != PV_OK)
			return err;
	}
	return PV_OK;
}

enum pv_codec_err scsi_unmap_param_list_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_unmap_param_list *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	return scsi_unmap_param_list_rd(buf, len, ctx, out);
}

static int scsi_unmap_param_list_enc(const struct scsi_unmap_param_list *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;
	size_t i;

	if (in->descs_count > SCSI_UNMAP_PARAM_LIST_DESCS_MAX)
		return -PV_ERR_COUNT;
	need += (size_t)in->descs_count * 16;
	err = scsi_unmap_param_list_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_unmap_param_list_wr(in, b);
	for (i = 0; i < in->descs_count; i++)
		scsi_unmap_desc_wr(&in->descs[i], b + 8 + 16 * i);
	return (int)need;
}

int scsi_unmap_param_list_encode(const struct scsi_unmap_param_list *in, void *buf, size_t cap)
{
	return scsi_unmap_param_list_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_start_stop_unit_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_start_stop_unit *o)
{
	uint64_t v;
	size_t tail_end = 6;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 27)
		return PV_ERR_CONST;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_start_stop_unit_wr(const struct scsi_cdb_start_stop_unit *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_cdb_start_stop_unit_chk(const struct scsi_cdb_start_stop_unit *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_cdb_start_stop_unit_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_start_stop_unit *out)
{
	if (len < 6)
		return PV_ERR_SHORT;
	if (len > 6)
		return PV_ERR_LONG;
	return scsi_cdb_start_stop_unit_rd(buf, len, ctx, out);
}

static int scsi_cdb_start_stop_unit_enc(const struct scsi_cdb_start_stop_unit *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 6;

	err = scsi_cdb_start_stop_unit_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_start_stop_unit_wr(in, b);
	return (int)need;
}

int scsi_cdb_start_stop_unit_encode(const struct scsi_cdb_start_stop_unit *in, void *buf, size_t cap)
{
	return scsi_cdb_start_stop_unit_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_pr_in_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_pr_in *o)
{
	uint64_t v;
	size_t tail_end = 10;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 94)
		return PV_ERR_CONST;
	v = pv_get_u8(b + 1);
	o->action_rsvd = (uint8_t)(v & ~(uint64_t)31);
	o->service_action = (uint8_t)((v >> 0) & 31);
	memcpy(o->reserved2, b + 2, 5);
	o->alloc_len = pv_get_be16(b + 7);
	o->control = pv_get_u8(b + 9);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_pr_in_wr(const struct scsi_cdb_pr_in *in, uint8_t *b)
{
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(94));
	v = ((uint64_t)in->action_rsvd & ~(uint64_t)31)
	    | ((uint64_t)(in->service_action & 31) << 0);
	pv_put_u8(b + 1, (uint8_t)(v));
	memcpy(b + 2, in->reserved2, 5);
	pv_put_be16(b + 7, (uint16_t)(in->alloc_len));
	pv_put_u8(b + 9, (uint8_t)(in->control));
}

static enum pv_codec_err scsi_cdb_pr_in_chk(const struct scsi_cdb_pr_in *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->service_action > 31)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_pr_in_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_pr_in *out)
{
	if (len < 10)
		return PV_ERR_SHORT;
	if (len > 10)
		return PV_ERR_LONG;
	return scsi_cdb_pr_in_rd(buf, len, ctx, out);
}

static int scsi_cdb_pr_in_enc(const struct scsi_cdb_pr_in *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 10;

	err = scsi_cdb_pr_in_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_pr_in_wr(in, b);
	return (int)need;
}

int scsi_cdb_pr_in_encode(const struct scsi_cdb_pr_in *in, void *buf, size_t cap)
{
	return scsi_cdb_pr_in_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_cdb_report_luns_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_cdb_report_luns *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->opcode = pv_get_u8(b + 0);
	if (o->opcode != 160)
		return PV_ERR_CONST;
	o->reserved1 = pv_get_u8(b + 1);
	o->select_report = pv_get_u8(b + 2);
	memcpy(o->reserved3, b + 3, 3);
	o->alloc_len = pv_get_be32(b + 6);
	o->reserved10 = pv_get_u8(b + 10);
	o->control = pv_get_u8(b + 11);
	(void)tail_end;
	return PV_OK;
}

static void scsi_cdb_report_luns_wr(const struct scsi_cdb_report_luns *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(160));
	pv_put_u8(b + 1, (uint8_t)(in->reserved1));
	pv_put_u8(b + 2, (uint8_t)(in->select_report));
	memcpy(b + 3, in->reserved3, 3);
	pv_put_be32(b + 6, (uint32_t)(in->alloc_len));
	pv_put_u8(b + 10, (uint8_t)(in->reserved10));
	pv_put_u8(b + 11, (uint8_t)(in->control));
}

static enum pv_codec_err scsi_cdb_report_luns_chk(const struct scsi_cdb_report_luns *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_cdb_report_luns_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_cdb_report_luns *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return scsi_cdb_report_luns_rd(buf, len, ctx, out);
}

static int scsi_cdb_report_luns_enc(const struct scsi_cdb_report_luns *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = scsi_cdb_report_luns_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_cdb_report_luns_wr(in, b);
	return (int)need;
}

int scsi_cdb_report_luns_encode(const struct scsi_cdb_report_luns *in, void *buf, size_t cap)
{
	return scsi_cdb_report_luns_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_sense_fixed_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_sense_fixed *o)
{
	uint64_t v;
	size_t tail_end = 18;

	(void)len;
	(void)ctx;
	v = pv_get_u8(b + 0);
	o->response_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->response_code = (uint8_t)((v >> 0) & 127);
	o->valid = (uint8_t)((v >> 7) & 1);
	if (!scsi_sense_format_valid((int64_t)o->response_code))
		return PV_ERR_ENUM;
	o->obsolete = pv_get_u8(b + 1);
	v = pv_get_u8(b + 2);
	o->key_rsvd = (uint8_t)(v & ~(uint64_t)239);
	o->sense_key = (uint8_t)((v >> 0) & 15);
	o->ili = (uint8_t)((v >> 5) & 1);
	o->eom = (uint8_t)((v >> 6) & 1);
	o->filemark = (uint8_t)((v >> 7) & 1);
	if (!scsi_sense_key_valid((int64_t)o->sense_key))
		return PV_ERR_ENUM;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_sense_fixed_wr(const struct scsi_sense_fixed *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_sense_fixed_chk(const struct scsi_sense_fixed *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_sense_fixed_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_sense_fixed *out)
{
	if (len < 18)
		return PV_ERR_SHORT;
	if (len > 18)
		return PV_ERR_LONG;
	return scsi_sense_fixed_rd(buf, len, ctx, out);
}

static int scsi_sense_fixed_enc(const struct scsi_sense_fixed *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 18;

	err = scsi_sense_fixed_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_sense_fixed_wr(in, b);
	return (int)need;
}

int scsi_sense_fixed_encode(const struct scsi_sense_fixed *in, void *buf, size_t cap)
{
	return scsi_sense_fixed_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_sense_desc_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_sense_desc *o)
{
	uint64_t v;
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	v = pv_get_u8(b + 0);
	o->response_rsvd = (uint8_t)(v & ~(uint64_t)127);
	o->response_code = (uint8_t)((v >> 0) & 127);
	if (!scsi_sense_format_valid((int64_t)o->response_code))
		return PV_ERR_ENUM;
	v = pv_get_u8(b + 1);
	o->key_rsvd = (uint8_t)(v & ~(uint64_t)15);
	o->sense_key = (uint8_t)((v >> 0) & 15);
	if (!scsi_sense_key_valid((int64_t)o->sense_key))
		return PV_ERR_ENUM;
	o->asc = pv_get_u8(b + 2);
	o->ascq = pv_get_u8(b + 3);
	memcpy(o->reserved, b + 4, 3);
	o->additional_len = pv_get_u8(b + 7);
	(void)tail_end;
	return PV_OK;
}

static void scsi_sense_desc_wr(const struct scsi_sense_desc *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_sense_desc_chk(const struct scsi_sense_desc *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_sense_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_sense_desc *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	return scsi_sense_desc_rd(buf, len, ctx, out);
}

static int scsi_sense_desc_enc(const struct scsi_sense_desc *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = scsi_sense_desc_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_sense_desc_wr(in, b);
	return (int)need;
}

int scsi_sense_desc_encode(const struct scsi_sense_desc *in, void *buf, size_t cap)
{
	return scsi_sense_desc_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_inquiry_std_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_inquiry_std *o)
{
	uint64_t v;
	size_t tail_end = 36;

	(void)len;
	(void)ctx;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_inquiry_std_wr(const struct scsi_inquiry_std *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_inquiry_std_chk(const struct scsi_inquiry_std *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_inquiry_std_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_inquiry_std *out)
{
	if (len < 36)
		return PV_ERR_SHORT;
	if (len > 36)
		return PV_ERR_LONG;
	return scsi_inquiry_std_rd(buf, len, ctx, out);
}

static int scsi_inquiry_std_enc(const struct scsi_inquiry_std *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 36;

	err = scsi_inquiry_std_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_inquiry_std_wr(in, b);
	return (int)need;
}

int scsi_inquiry_std_encode(const struct scsi_inquiry_std *in, void *buf, size_t cap)
{
	return scsi_inquiry_std_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_vpd_header_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_vpd_header *o)
{
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	if (!scsi_vpd_page_valid((int64_t)o->page_code))
		return PV_ERR_ENUM;
	o->page_len = pv_get_be16(b + 2);
	(void)tail_end;
	return PV_OK;
}

static void scsi_vpd_header_wr(const struct scsi_vpd_header *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(in->peripheral));
	pv_put_u8(b + 1, (uint8_t)(in->page_code));
	pv_put_be16(b + 2, (uint16_t)(in->page_len));
}

static enum pv_codec_err scsi_vpd_header_chk(const struct scsi_vpd_header *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!scsi_vpd_page_valid((int64_t)o->page_code))
		return PV_ERR_ENUM;
	return PV_OK;
}

enum pv_codec_err scsi_vpd_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_vpd_header *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	return scsi_vpd_header_rd(buf, len, ctx, out);
}

static int scsi_vpd_header_enc(const struct scsi_vpd_header *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = scsi_vpd_header_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_vpd_header_wr(in, b);
	return (int)need;
}

int scsi_vpd_header_encode(const struct scsi_vpd_header *in, void *buf, size_t cap)
{
	return scsi_vpd_header_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_designator_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_designator *o)
{
	uint64_t v;
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	v = pv_get_u8(b + 0);
	o->code_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->code_set = (uint8_t)((v >> 0) & 15);
	o->protocol_id = (uint8_t)((v >> 4) & 15);
	if (!scsi_code_set_valid((int64_t)o->code_set))
		return PV_ERR_ENUM;
	v = pv_get_u8(b + 1);
	o->type_rsvd = (uint8_t)(v & ~(uint64_t)191);
	o->designator_type = (uint8_t)((v >> 0) & 15);
	o->association = (uint8_t)((v >> 4) & 3);
	o->piv = (uint8_t)((v >> 7) & 1);
	if (!scsi_designator_type_valid((int64_t)o->designator_type))
		return PV_ERR_ENUM;
	o->reserved = pv_get_u8(b + 2);
	o->length = pv_get_u8(b + 3);
	(void)tail_end;
	return PV_OK;
}

static void scsi_designator_wr(const struct scsi_designator *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_designator_chk(const struct scsi_designator *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_designator_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_designator *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	return scsi_designator_rd(buf, len, ctx, out);
}

static int scsi_designator_enc(const struct scsi_designator *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = scsi_designator_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_designator_wr(in, b);
	return (int)need;
}

int scsi_designator_encode(const struct scsi_designator *in, void *buf, size_t cap)
{
	return scsi_designator_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_vpd_block_limits_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_vpd_block_limits *o)
{
	uint64_t v;
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	if (o->page_code != 176)
		return PV_ERR_CONST;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_vpd_block_limits_wr(const struct scsi_vpd_block_limits *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_vpd_block_limits_chk(const struct scsi_vpd_block_limits *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->wsnz > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_vpd_block_limits_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_vpd_block_limits *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return scsi_vpd_block_limits_rd(buf, len, ctx, out);
}

static int scsi_vpd_block_limits_enc(const struct scsi_vpd_block_limits *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = scsi_vpd_block_limits_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_vpd_block_limits_wr(in, b);
	return (int)need;
}

int scsi_vpd_block_limits_encode(const struct scsi_vpd_block_limits *in, void *buf, size_t cap)
{
	return scsi_vpd_block_limits_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_vpd_block_characteristics_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_vpd_block_characteristics *o)
{
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	if (o->page_code != 177)
		return PV_ERR_CONST;
	o->page_len = pv_get_be16(b + 2);
	o->rotation_rate = pv_get_be16(b + 4);
	o->product_type = pv_get_u8(b + 6);
	o->form_factor = pv_get_u8(b + 7);
	memcpy(o->reserved, b + 8, 56);
	(void)tail_end;
	return PV_OK;
}

static void scsi_vpd_block_characteristics_wr(const struct scsi_vpd_block_characteristics *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(in->peripheral));
	pv_put_u8(b + 1, (uint8_t)(177));
	pv_put_be16(b + 2, (uint16_t)(in->page_len));
	pv_put_be16(b + 4, (uint16_t)(in->rotation_rate));
	pv_put_u8(b + 6, (uint8_t)(in->product_type));
	pv_put_u8(b + 7, (uint8_t)(in->form_factor));
	memcpy(b + 8, in->reserved, 56);
}

static enum pv_codec_err scsi_vpd_block_characteristics_chk(const struct scsi_vpd_block_characteristics *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_vpd_block_characteristics_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_vpd_block_characteristics *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return scsi_vpd_block_characteristics_rd(buf, len, ctx, out);
}

static int scsi_vpd_block_characteristics_enc(const struct scsi_vpd_block_characteristics *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = scsi_vpd_block_characteristics_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_vpd_block_characteristics_wr(in, b);
	return (int)need;
}

int scsi_vpd_block_characteristics_encode(const struct scsi_vpd_block_characteristics *in, void *buf, size_t cap)
{
	return scsi_vpd_block_characteristics_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_vpd_lb_provisioning_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_vpd_lb_provisioning *o)
{
	uint64_t v;
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->peripheral = pv_get_u8(b + 0);
	o->page_code = pv_get_u8(b + 1);
	if (o->page_code != 178)
		return PV_ERR_CONST;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_vpd_lb_provisioning_wr(const struct scsi_vpd_lb_provisioning *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_vpd_lb_provisioning_chk(const struct scsi_vpd_lb_provisioning *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_vpd_lb_provisioning_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_vpd_lb_provisioning *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return scsi_vpd_lb_provisioning_rd(buf, len, ctx, out);
}

static int scsi_vpd_lb_provisioning_enc(const struct scsi_vpd_lb_provisioning *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = scsi_vpd_lb_provisioning_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_vpd_lb_provisioning_wr(in, b);
	return (int)need;
}

int scsi_vpd_lb_provisioning_encode(const struct scsi_vpd_lb_provisioning *in, void *buf, size_t cap)
{
	return scsi_vpd_lb_provisioning_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_mode_header6_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_mode_header6 *o)
{
	uint64_t v;
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->mode_data_len = pv_get_u8(b + 0);
	o->medium_type = pv_get_u8(b + 1);
	v = pv_get_u8(b + 2);
	o->device_specific_rsvd = (uint8_t)(v & ~(uint64_t)144);
	o->dpofua = (uint8_t)((v >> 4) & 1);
	o->wp = (uint8_t)((v >> 7) & 1);
	o->bd_len = pv_get_u8(b + 3);
	(void)tail_end;
	return PV_OK;
}

static void scsi_mode_header6_wr(const struct scsi_mode_header6 *in, uint8_t *b)
{
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->mode_data_len));
	pv_put_u8(b + 1, (uint8_t)(in->medium_type));
	v = ((uint64_t)in->device_specific_rsvd & ~(uint64_t)144)
	    | ((uint64_t)(in->dpofua & 1) << 4)
	    | ((uint64_t)(in->wp & 1) << 7);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_u8(b + 3, (uint8_t)(in->bd_len));
}

static enum pv_codec_err scsi_mode_header6_chk(const struct scsi_mode_header6 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->dpofua > 1)
		return PV_ERR_RANGE;
	if (o->wp > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_mode_header6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_mode_header6 *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return scsi_mode_header6_rd(buf, len, ctx, out);
}

static int scsi_mode_header6_enc(const struct scsi_mode_header6 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = scsi_mode_header6_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_mode_header6_wr(in, b);
	return (int)need;
}

int scsi_mode_header6_encode(const struct scsi_mode_header6 *in, void *buf, size_t cap)
{
	return scsi_mode_header6_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_mode_header10_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_mode_header10 *o)
{
	uint64_t v;
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_mode_header10_wr(const struct scsi_mode_header10 *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_mode_header10_chk(const struct scsi_mode_header10 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->dpofua > 1)
		return PV_ERR_RANGE;
	if (o->wp > 1)
		return PV_ERR_RANGE;
	if (o->longlba > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_mode_header10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_mode_header10 *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return scsi_mode_header10_rd(buf, len, ctx, out);
}

static int scsi_mode_header10_enc(const struct scsi_mode_header10 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = scsi_mode_header10_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_mode_header10_wr(in, b);
	return (int)need;
}

int scsi_mode_header10_encode(const struct scsi_mode_header10 *in, void *buf, size_t cap)
{
	return scsi_mode_header10_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_block_desc_short_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_block_desc_short *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->nblocks = pv_get_be32(b + 0);
	o->reserved = pv_get_u8(b + 4);
	o->block_len = pv_get_be24(b + 5);
	(void)tail_end;
	return PV_OK;
}

static void scsi_block_desc_short_wr(const struct scsi_block_desc_short *in, uint8_t *b)
{
	pv_put_be32(b + 0, (uint32_t)(in->nblocks));
	pv_put_u8(b + 4, (uint8_t)(in->reserved));
	pv_put_be24(b + 5, (uint32_t)(in->block_len));
}

static enum pv_codec_err scsi_block_desc_short_chk(const struct scsi_block_desc_short *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->block_len > 0xffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err scsi_block_desc_short_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_block_desc_short *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return scsi_block_desc_short_rd(buf, len, ctx, out);
}

static int scsi_block_desc_short_enc(const struct scsi_block_desc_short *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = scsi_block_desc_short_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_block_desc_short_wr(in, b);
	return (int)need;
}

int scsi_block_desc_short_encode(const struct scsi_block_desc_short *in, void *buf, size_t cap)
{
	return scsi_block_desc_short_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_block_desc_long_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_block_desc_long *o)
{
	size_t tail_end = 16;

	(void)len;
	(void)ctx;
	o->nblocks = pv_get_be64(b + 0);
	memcpy(o->reserved, b + 8, 4);
	o->block_len = pv_get_be32(b + 12);
	(void)tail_end;
	return PV_OK;
}

static void scsi_block_desc_long_wr(const struct scsi_block_desc_long *in, uint8_t *b)
{
	pv_put_be64(b + 0, (uint64_t)(in->nblocks));
	memcpy(b + 8, in->reserved, 4);
	pv_put_be32(b + 12, (uint32_t)(in->block_len));
}

static enum pv_codec_err scsi_block_desc_long_chk(const struct scsi_block_desc_long *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_block_desc_long_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_block_desc_long *out)
{
	if (len < 16)
		return PV_ERR_SHORT;
	if (len > 16)
		return PV_ERR_LONG;
	return scsi_block_desc_long_rd(buf, len, ctx, out);
}

static int scsi_block_desc_long_enc(const struct scsi_block_desc_long *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 16;

	err = scsi_block_desc_long_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_block_desc_long_wr(in, b);
	return (int)need;
}

int scsi_block_desc_long_encode(const struct scsi_block_desc_long *in, void *buf, size_t cap)
{
	return scsi_block_desc_long_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_mode_page_caching_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_mode_page_caching *o)
{
	uint64_t v;
	size_t tail_end = 20;

	(void)len;
	(void)ctx;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_mode_page_caching_wr(const struct scsi_mode_page_caching *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_mode_page_caching_chk(const struct scsi_mode_page_caching *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_mode_page_caching_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_mode_page_caching *out)
{
	if (len < 20)
		return PV_ERR_SHORT;
	if (len > 20)
		return PV_ERR_LONG;
	return scsi_mode_page_caching_rd(buf, len, ctx, out);
}

static int scsi_mode_page_caching_enc(const struct scsi_mode_page_caching *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 20;

	err = scsi_mode_page_caching_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_mode_page_caching_wr(in, b);
	return (int)need;
}

int scsi_mode_page_caching_encode(const struct scsi_mode_page_caching *in, void *buf, size_t cap)
{
	return scsi_mode_page_caching_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_read_capacity10_data_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_read_capacity10_data *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->last_lba = pv_get_be32(b + 0);
	o->block_len = pv_get_be32(b + 4);
	(void)tail_end;
	return PV_OK;
}

static void scsi_read_capacity10_data_wr(const struct scsi_read_capacity10_data *in, uint8_t *b)
{
	pv_put_be32(b + 0, (uint32_t)(in->last_lba));
	pv_put_be32(b + 4, (uint32_t)(in->block_len));
}

static enum pv_codec_err scsi_read_capacity10_data_chk(const struct scsi_read_capacity10_data *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_read_capacity10_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_read_capacity10_data *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return scsi_read_capacity10_data_rd(buf, len, ctx, out);
}

static int scsi_read_capacity10_data_enc(const struct scsi_read_capacity10_data *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = scsi_read_capacity10_data_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_read_capacity10_data_wr(in, b);
	return (int)need;
}

int scsi_read_capacity10_data_encode(const struct scsi_read_capacity10_data *in, void *buf, size_t cap)
{
	return scsi_read_capacity10_data_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_read_capacity16_data_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_read_capacity16_data *o)
{
	uint64_t v;
	size_t tail_end = 32;

	(void)len;
	(void)ctx;
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
	(void)tail_end;
	return PV_OK;
}

static void scsi_read_capacity16_data_wr(const struct scsi_read_capacity16_data *in, uint8_t *b)
{
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

static enum pv_codec_err scsi_read_capacity16_data_chk(const struct scsi_read_capacity16_data *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err scsi_read_capacity16_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_read_capacity16_data *out)
{
	if (len < 32)
		return PV_ERR_SHORT;
	if (len > 32)
		return PV_ERR_LONG;
	return scsi_read_capacity16_data_rd(buf, len, ctx, out);
}

static int scsi_read_capacity16_data_enc(const struct scsi_read_capacity16_data *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 32;

	err = scsi_read_capacity16_data_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_read_capacity16_data_wr(in, b);
	return (int)need;
}

int scsi_read_capacity16_data_encode(const struct scsi_read_capacity16_data *in, void *buf, size_t cap)
{
	return scsi_read_capacity16_data_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_lun_entry_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_lun_entry *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	memcpy(o->lun, b + 0, 8);
	(void)tail_end;
	return PV_OK;
}

static void scsi_lun_entry_wr(const struct scsi_lun_entry *in, uint8_t *b)
{
	memcpy(b + 0, in->lun, 8);
}

static enum pv_codec_err scsi_lun_entry_chk(const struct scsi_lun_entry *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_lun_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_lun_entry *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return scsi_lun_entry_rd(buf, len, ctx, out);
}

static int scsi_lun_entry_enc(const struct scsi_lun_entry *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = scsi_lun_entry_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_lun_entry_wr(in, b);
	return (int)need;
}

int scsi_lun_entry_encode(const struct scsi_lun_entry *in, void *buf, size_t cap)
{
	return scsi_lun_entry_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_report_luns_data_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_report_luns_data *o)
{
	size_t i;
	enum pv_codec_err err;
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->list_len = pv_get_be32(b + 0);
	memcpy(o->reserved, b + 4, 4);
	{
		size_t n;

		if ((len - 8) % 8 != 0)
			return PV_ERR_COUNT;
		n = (len - 8) / 8;
		if (n > SCSI_REPORT_LUNS_DATA_LUNS_MAX)
			return PV_ERR_COUNT;
		for (i = 0; i < n; i++) {
			err = scsi_lun_entry_rd(b + 8 + 8 * i, 8, ctx, &o->luns[i]);
			if (err != PV_OK)
				return err;
		}
		o->luns_count = (uint32_t)n;
		tail_end = 8 + n * 8;
	}
	if (tail_end != len)
		return PV_ERR_LONG;
	(void)tail_end;
	return PV_OK;
}

static void scsi_report_luns_data_wr(const struct scsi_report_luns_data *in, uint8_t *b)
{
	pv_put_be32(b + 0, (uint32_t)(in->list_len));
	memcpy(b + 4, in->reserved, 4);
}

static enum pv_codec_err scsi_report_luns_data_chk(const struct scsi_report_luns_data *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	size_t i;
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	for (i = 0; i < o->luns_count; i++) {
		err = scsi_lun_entry_chk(&o->luns[i], 8, ctx, false);
		if (err != PV_OK)
			return err;
	}
	return PV_OK;
}

enum pv_codec_err scsi_report_luns_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_report_luns_data *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	return scsi_report_luns_data_rd(buf, len, ctx, out);
}

static int scsi_report_luns_data_enc(const struct scsi_report_luns_data *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;
	size_t i;

	if (in->luns_count > SCSI_REPORT_LUNS_DATA_LUNS_MAX)
		return -PV_ERR_COUNT;
	need += (size_t)in->luns_count * 8;
	err = scsi_report_luns_data_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_report_luns_data_wr(in, b);
	for (i = 0; i < in->luns_count; i++)
		scsi_lun_entry_wr(&in->luns[i], b + 8 + 8 * i);
	return (int)need;
}

int scsi_report_luns_data_encode(const struct scsi_report_luns_data *in, void *buf, size_t cap)
{
	return scsi_report_luns_data_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err scsi_pr_in_header_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct scsi_pr_in_header *o)
{
	size_t tail_end = 8;

	(void)len;
	(void)ctx;
	o->generation = pv_get_be32(b + 0);
	o->additional_len = pv_get_be32(b + 4);
	(void)tail_end;
	return PV_OK;
}

static void scsi_pr_in_header_wr(const struct scsi_pr_in_header *in, uint8_t *b)
{
	pv_put_be32(b + 0, (uint32_t)(in->generation));
	pv_put_be32(b + 4, (uint32_t)(in->additional_len));
}

static enum pv_codec_err scsi_pr_in_header_chk(const struct scsi_pr_in_header *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err scsi_pr_in_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct scsi_pr_in_header *out)
{
	if (len < 8)
		return PV_ERR_SHORT;
	if (len > 8)
		return PV_ERR_LONG;
	return scsi_pr_in_header_rd(buf, len, ctx, out);
}

static int scsi_pr_in_header_enc(const struct scsi_pr_in_header *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 8;

	err = scsi_pr_in_header_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	scsi_pr_in_header_wr(in, b);
	return (int)need;
}

int scsi_pr_in_header_encode(const struct scsi_pr_in_header *in, void *buf, size_t cap)
{
	return scsi_pr_in_header_enc(in, NULL, false, buf, cap);
}
