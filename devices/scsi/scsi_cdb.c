/* SPDX-License-Identifier: MIT */
/*
 * CDB decoding: the layouts, byte order and bit positions come from the
 * decoders generated from spec/scsi.yaml (generated/scsi_codec.h); this file
 * only picks the layout by opcode and folds the per-layout structs into the
 * one struct scsi_cdb that scsi_disk consumes.
 */
#include <errno.h>
#include <string.h>

#include <stddef.h>

#include "devices/scsi/scsi_cdb.h"
#include "scsi_codec.h"
#include "scsi_wire.h"

/* CDB length by group code (opcode bits 7-5); 0 = group we do not decode. */
static const uint8_t scsi_cdb_group_len[8] = {6, 10, 10, 0, 16, 12, 0, 0};

/*
 * A generated decoder fails only on what the spec checks for a CDB: the
 * opcode constant (we dispatch on it, so never) and the service action enum
 * (a SERVICE ACTION IN(16) we do not implement).
 */
static int scsi_cdb_err(enum pv_codec_err e)
{
	if (e == PV_OK)
		return 0;
	return e == PV_ERR_ENUM ? -ENOTSUP : -EINVAL;
}

static uint32_t scsi_cdb_bit(unsigned int set, uint32_t flag)
{
	return set ? flag : 0;
}

static void scsi_cdb_rw_flags(struct scsi_cdb *o, unsigned int fua, unsigned int dpo,
			      unsigned int protect)
{
	o->flags |= scsi_cdb_bit(fua, SCSI_CDB_FUA) | scsi_cdb_bit(dpo, SCSI_CDB_DPO);
	o->protect = (uint8_t)protect;
}

static int scsi_cdb_rw(const uint8_t *c, struct scsi_cdb *o)
{
	enum pv_codec_err e;

	switch (o->len) {
	case 6: {
		struct scsi_cdb_rw6 d;

		e = scsi_cdb_rw6_decode(c, 6, NULL, &d);
		if (e != PV_OK)
			break;
		o->lba = d.lba;
		/* SBC: a zero transfer length in the 6-byte CDBs means 256 blocks. */
		o->nblocks = d.length ? d.length : 256;
		break;
	}
	case 10: {
		struct scsi_cdb_rw10 d;

		e = scsi_cdb_rw10_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			break;
		scsi_cdb_rw_flags(o, d.fua, d.dpo, d.protect);
		o->lba = d.lba;
		o->nblocks = d.length;
		break;
	}
	case 12: {
		struct scsi_cdb_rw12 d;

		e = scsi_cdb_rw12_decode(c, 12, NULL, &d);
		if (e != PV_OK)
			break;
		scsi_cdb_rw_flags(o, d.fua, d.dpo, d.protect);
		o->lba = d.lba;
		o->nblocks = d.length;
		break;
	}
	default: {
		struct scsi_cdb_rw16 d;

		e = scsi_cdb_rw16_decode(c, 16, NULL, &d);
		if (e != PV_OK)
			break;
		scsi_cdb_rw_flags(o, d.fua, d.dpo, d.protect);
		o->lba = d.lba;
		o->nblocks = d.length;
		break;
	}
	}
	return scsi_cdb_err(e);
}

static int scsi_cdb_verify(const uint8_t *c, struct scsi_cdb *o)
{
	enum pv_codec_err e;

	if (o->len == 10) {
		struct scsi_cdb_verify10 d;

		e = scsi_cdb_verify10_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->lba = d.lba;
		o->nblocks = d.length;
		o->bytchk = d.bytchk;
		scsi_cdb_rw_flags(o, 0, d.dpo, d.vrprotect);
	} else {
		struct scsi_cdb_verify16 d;

		e = scsi_cdb_verify16_decode(c, 16, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->lba = d.lba;
		o->nblocks = d.length;
		o->bytchk = d.bytchk;
		scsi_cdb_rw_flags(o, 0, d.dpo, d.vrprotect);
	}
	return 0;
}

static int scsi_cdb_sync(const uint8_t *c, struct scsi_cdb *o)
{
	enum pv_codec_err e;

	if (o->len == 10) {
		struct scsi_cdb_sync_cache10 d;

		e = scsi_cdb_sync_cache10_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->flags |= scsi_cdb_bit(d.immed, SCSI_CDB_IMMED);
		o->lba = d.lba;
		o->nblocks = d.nblocks;
	} else {
		struct scsi_cdb_sync_cache16 d;

		e = scsi_cdb_sync_cache16_decode(c, 16, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->flags |= scsi_cdb_bit(d.immed, SCSI_CDB_IMMED);
		o->lba = d.lba;
		o->nblocks = d.nblocks;
	}
	return 0;
}

static int scsi_cdb_write_same(const uint8_t *c, struct scsi_cdb *o)
{
	enum pv_codec_err e;

	if (o->len == 10) {
		struct scsi_cdb_write_same10 d;

		e = scsi_cdb_write_same10_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->flags |= scsi_cdb_bit(d.unmap, SCSI_CDB_UNMAP) |
			    scsi_cdb_bit(d.anchor, SCSI_CDB_ANCHOR);
		o->protect = d.wrprotect;
		o->lba = d.lba;
		o->nblocks = d.nblocks;
	} else {
		struct scsi_cdb_write_same16 d;

		e = scsi_cdb_write_same16_decode(c, 16, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->flags |= scsi_cdb_bit(d.unmap, SCSI_CDB_UNMAP) |
			    scsi_cdb_bit(d.anchor, SCSI_CDB_ANCHOR) |
			    scsi_cdb_bit(d.ndob, SCSI_CDB_NDOB);
		o->protect = d.wrprotect;
		o->lba = d.lba;
		o->nblocks = d.nblocks;
	}
	return 0;
}

static int scsi_cdb_mode_sense(const uint8_t *c, struct scsi_cdb *o)
{
	enum pv_codec_err e;

	if (o->opcode == SCSI_OP_MODE_SENSE_6) {
		struct scsi_cdb_mode_sense6 d;

		e = scsi_cdb_mode_sense6_decode(c, 6, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->flags |= scsi_cdb_bit(d.dbd, SCSI_CDB_DBD);
		o->pc = d.pc;
		o->page = d.page_code;
		o->subpage = d.subpage;
		o->alloc_len = d.alloc_len;
	} else {
		struct scsi_cdb_mode_sense10 d;

		e = scsi_cdb_mode_sense10_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->flags |=
			scsi_cdb_bit(d.dbd, SCSI_CDB_DBD) | scsi_cdb_bit(d.llbaa, SCSI_CDB_LLBAA);
		o->pc = d.pc;
		o->page = d.page_code;
		o->subpage = d.subpage;
		o->alloc_len = d.alloc_len;
	}
	return 0;
}

static int scsi_cdb_read_capacity(const uint8_t *c, struct scsi_cdb *o)
{
	enum pv_codec_err e;

	if (o->opcode == SCSI_OP_READ_CAPACITY_10) {
		struct scsi_cdb_read_capacity10 d;

		e = scsi_cdb_read_capacity10_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->lba = d.lba;
		o->flags |= scsi_cdb_bit(d.pmi, SCSI_CDB_PMI);
		o->alloc_len = SCSI_READ_CAPACITY10_DATA_SIZE;
	} else {
		struct scsi_cdb_service_action_in16 d;

		/* the service action's enum lists only what we implement */
		o->service_action = (c[offsetof(struct scsi_wire_cdb_service_action_in16, action)] &
				     SCSI_CDB_SERVICE_ACTION_IN16_SERVICE_ACTION_MASK) >>
				    SCSI_CDB_SERVICE_ACTION_IN16_SERVICE_ACTION_SHIFT;
		e = scsi_cdb_service_action_in16_decode(c, 16, NULL, &d);
		if (e != PV_OK)
			return scsi_cdb_err(e);
		o->lba = d.lba;
		o->alloc_len = d.alloc_len;
		o->flags |= scsi_cdb_bit(d.pmi, SCSI_CDB_PMI);
	}
	o->kind = SCSI_KIND_READ_CAPACITY;
	return 0;
}

/* The commands with one layout each. */
static int scsi_cdb_simple(const uint8_t *c, struct scsi_cdb *o)
{
	enum pv_codec_err e = PV_OK;

	switch (o->opcode) {
	case SCSI_OP_TEST_UNIT_READY:
		o->kind = SCSI_KIND_TEST_UNIT_READY;
		break;
	case SCSI_OP_REQUEST_SENSE: {
		struct scsi_cdb_request_sense d;

		o->kind = SCSI_KIND_REQUEST_SENSE;
		e = scsi_cdb_request_sense_decode(c, 6, NULL, &d);
		if (e != PV_OK)
			break;
		o->flags |= scsi_cdb_bit(d.desc, SCSI_CDB_DESC);
		o->alloc_len = d.alloc_len;
		break;
	}
	case SCSI_OP_INQUIRY: {
		struct scsi_cdb_inquiry d;

		o->kind = SCSI_KIND_INQUIRY;
		e = scsi_cdb_inquiry_decode(c, 6, NULL, &d);
		if (e != PV_OK)
			break;
		o->flags |= scsi_cdb_bit(d.evpd, SCSI_CDB_EVPD);
		o->flags |= scsi_cdb_bit(d.cmddt, SCSI_CDB_CMDDT);
		o->page = d.page_code;
		o->alloc_len = d.alloc_len;
		break;
	}
	case SCSI_OP_START_STOP_UNIT: {
		struct scsi_cdb_start_stop_unit d;

		o->kind = SCSI_KIND_START_STOP;
		e = scsi_cdb_start_stop_unit_decode(c, 6, NULL, &d);
		if (e != PV_OK)
			break;
		o->flags |= scsi_cdb_bit(d.immed, SCSI_CDB_IMMED) |
			    scsi_cdb_bit(d.start, SCSI_CDB_START) |
			    scsi_cdb_bit(d.loej, SCSI_CDB_LOEJ);
		o->power_cond = d.power_cond;
		break;
	}
	case SCSI_OP_UNMAP: {
		struct scsi_cdb_unmap d;

		o->kind = SCSI_KIND_UNMAP;
		e = scsi_cdb_unmap_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			break;
		o->flags |= scsi_cdb_bit(d.anchor, SCSI_CDB_ANCHOR);
		o->param_len = d.param_len;
		break;
	}
	case SCSI_OP_PERSISTENT_RESERVE_IN: {
		struct scsi_cdb_pr_in d;

		o->kind = SCSI_KIND_PR_IN;
		e = scsi_cdb_pr_in_decode(c, 10, NULL, &d);
		if (e != PV_OK)
			break;
		o->service_action = d.service_action;
		o->alloc_len = d.alloc_len;
		break;
	}
	case SCSI_OP_REPORT_LUNS: {
		struct scsi_cdb_report_luns d;

		o->kind = SCSI_KIND_REPORT_LUNS;
		e = scsi_cdb_report_luns_decode(c, 12, NULL, &d);
		if (e != PV_OK)
			break;
		o->select = d.select_report;
		o->alloc_len = d.alloc_len;
		break;
	}
	default:
		return -ENOTSUP;
	}
	return scsi_cdb_err(e);
}

int scsi_cdb_decode(const uint8_t *c, size_t len, struct scsi_cdb *o)
{
	memset(o, 0, sizeof(*o));
	if (len < 1)
		return -EINVAL;
	o->opcode = c[0];
	o->len = scsi_cdb_group_len[c[0] >> SCSI_CDB_GROUP_SHIFT];
	if (o->len == 0)
		return -ENOTSUP;
	if (len < o->len)
		return -EINVAL;

	switch (o->opcode) {
	case SCSI_OP_READ_6:
	case SCSI_OP_READ_10:
	case SCSI_OP_READ_12:
	case SCSI_OP_READ_16:
		o->kind = SCSI_KIND_READ;
		return scsi_cdb_rw(c, o);
	case SCSI_OP_WRITE_6:
	case SCSI_OP_WRITE_10:
	case SCSI_OP_WRITE_12:
	case SCSI_OP_WRITE_16:
		o->kind = SCSI_KIND_WRITE;
		return scsi_cdb_rw(c, o);
	case SCSI_OP_VERIFY_10:
	case SCSI_OP_VERIFY_16:
		o->kind = SCSI_KIND_VERIFY;
		return scsi_cdb_verify(c, o);
	case SCSI_OP_SYNCHRONIZE_CACHE_10:
	case SCSI_OP_SYNCHRONIZE_CACHE_16:
		o->kind = SCSI_KIND_SYNC;
		return scsi_cdb_sync(c, o);
	case SCSI_OP_WRITE_SAME_10:
	case SCSI_OP_WRITE_SAME_16:
		o->kind = SCSI_KIND_WRITE_SAME;
		return scsi_cdb_write_same(c, o);
	case SCSI_OP_MODE_SENSE_6:
	case SCSI_OP_MODE_SENSE_10:
		o->kind = SCSI_KIND_MODE_SENSE;
		return scsi_cdb_mode_sense(c, o);
	case SCSI_OP_READ_CAPACITY_10:
	case SCSI_OP_SERVICE_ACTION_IN_16: {
		int rc = scsi_cdb_read_capacity(c, o);

		if (rc)
			o->kind = SCSI_KIND_OTHER;
		return rc;
	}
	default:
		return scsi_cdb_simple(c, o);
	}
}
