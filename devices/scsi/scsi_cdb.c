/* SPDX-License-Identifier: MIT */
/*
 * TEMPORARY hand-written CDB decoder (see scsi_cdb.h): to be replaced by the
 * generated big-endian decoders from spec/scsi.yaml.
 */
#include <errno.h>
#include <string.h>

#include "devices/scsi/scsi_cdb.h"

/* CDB length by group code (opcode bits 7-5); 0 = group we do not decode. */
static const uint8_t scsi_cdb_group_len[8] = {6, 10, 10, 0, 16, 12, 0, 0};

static void scsi_cdb_rw(const uint8_t *c, struct scsi_cdb *o)
{
	o->protect = c[1] >> 5;
	if (c[1] & 0x08)
		o->flags |= SCSI_CDB_FUA;
	if (c[1] & 0x10)
		o->flags |= SCSI_CDB_DPO;
	switch (o->len) {
	case 10:
		o->lba = scsi_get_be32(&c[2]);
		o->nblocks = scsi_get_be16(&c[7]);
		break;
	case 12:
		o->lba = scsi_get_be32(&c[2]);
		o->nblocks = scsi_get_be32(&c[6]);
		break;
	case 16:
		o->lba = scsi_get_be64(&c[2]);
		o->nblocks = scsi_get_be32(&c[10]);
		break;
	}
}

int scsi_cdb_decode(const uint8_t *c, size_t len, struct scsi_cdb *o)
{
	memset(o, 0, sizeof(*o));
	if (len < 1)
		return -EINVAL;
	o->opcode = c[0];
	o->len = scsi_cdb_group_len[c[0] >> 5];
	if (o->len == 0)
		return -ENOTSUP;
	if (len < o->len)
		return -EINVAL;

	switch (c[0]) {
	case SCSI_OP_TEST_UNIT_READY:
		o->kind = SCSI_KIND_TEST_UNIT_READY;
		break;
	case SCSI_OP_REQUEST_SENSE:
		o->kind = SCSI_KIND_REQUEST_SENSE;
		if (c[1] & 0x01)
			o->flags |= SCSI_CDB_DESC;
		o->alloc_len = c[4];
		break;
	case SCSI_OP_READ_6:
	case SCSI_OP_WRITE_6:
		o->kind = c[0] == SCSI_OP_READ_6 ? SCSI_KIND_READ : SCSI_KIND_WRITE;
		o->lba = (uint32_t)(c[1] & 0x1F) << 16 | scsi_get_be16(&c[2]);
		/* SBC: a zero transfer length in the 6-byte CDBs means 256 blocks. */
		o->nblocks = c[4] ? c[4] : 256;
		break;
	case SCSI_OP_INQUIRY:
		o->kind = SCSI_KIND_INQUIRY;
		if (c[1] & 0x01)
			o->flags |= SCSI_CDB_EVPD;
		o->page = c[2];
		o->alloc_len = scsi_get_be16(&c[3]);
		break;
	case SCSI_OP_MODE_SENSE_6:
	case SCSI_OP_MODE_SENSE_10:
		o->kind = SCSI_KIND_MODE_SENSE;
		if (c[1] & 0x08)
			o->flags |= SCSI_CDB_DBD;
		if (c[0] == SCSI_OP_MODE_SENSE_10 && (c[1] & 0x10))
			o->flags |= SCSI_CDB_LLBAA;
		o->pc = c[2] >> 6;
		o->page = c[2] & 0x3F;
		o->subpage = c[3];
		o->alloc_len = c[0] == SCSI_OP_MODE_SENSE_6 ? c[4] : scsi_get_be16(&c[7]);
		break;
	case SCSI_OP_START_STOP_UNIT:
		o->kind = SCSI_KIND_START_STOP;
		if (c[1] & 0x01)
			o->flags |= SCSI_CDB_IMMED;
		if (c[4] & 0x01)
			o->flags |= SCSI_CDB_START;
		if (c[4] & 0x02)
			o->flags |= SCSI_CDB_LOEJ;
		o->power_cond = c[4] >> 4;
		break;
	case SCSI_OP_READ_CAPACITY_10:
		o->kind = SCSI_KIND_READ_CAPACITY;
		o->lba = scsi_get_be32(&c[2]);
		if (c[8] & 0x01)
			o->flags |= SCSI_CDB_PMI;
		o->alloc_len = 8;
		break;
	case SCSI_OP_SERVICE_ACTION_IN_16:
		o->service_action = c[1] & 0x1F;
		if (o->service_action != SCSI_SAI_READ_CAPACITY_16)
			return -ENOTSUP;
		o->kind = SCSI_KIND_READ_CAPACITY;
		o->lba = scsi_get_be64(&c[2]);
		o->alloc_len = scsi_get_be32(&c[10]);
		if (c[14] & 0x01)
			o->flags |= SCSI_CDB_PMI;
		break;
	case SCSI_OP_READ_10:
	case SCSI_OP_READ_12:
	case SCSI_OP_READ_16:
		o->kind = SCSI_KIND_READ;
		scsi_cdb_rw(c, o);
		break;
	case SCSI_OP_WRITE_10:
	case SCSI_OP_WRITE_12:
	case SCSI_OP_WRITE_16:
		o->kind = SCSI_KIND_WRITE;
		scsi_cdb_rw(c, o);
		break;
	case SCSI_OP_VERIFY_10:
	case SCSI_OP_VERIFY_16:
		o->kind = SCSI_KIND_VERIFY;
		scsi_cdb_rw(c, o);
		o->flags &= ~(uint32_t)(SCSI_CDB_FUA | SCSI_CDB_DPO);
		if (c[1] & 0x10)
			o->flags |= SCSI_CDB_DPO;
		o->bytchk = (c[1] >> 1) & 0x03;
		break;
	case SCSI_OP_SYNCHRONIZE_CACHE_10:
	case SCSI_OP_SYNCHRONIZE_CACHE_16:
		o->kind = SCSI_KIND_SYNC;
		if (c[1] & 0x02)
			o->flags |= SCSI_CDB_IMMED;
		if (o->len == 10) {
			o->lba = scsi_get_be32(&c[2]);
			o->nblocks = scsi_get_be16(&c[7]);
		} else {
			o->lba = scsi_get_be64(&c[2]);
			o->nblocks = scsi_get_be32(&c[10]);
		}
		break;
	case SCSI_OP_WRITE_SAME_10:
	case SCSI_OP_WRITE_SAME_16:
		o->kind = SCSI_KIND_WRITE_SAME;
		o->protect = c[1] >> 5;
		if (c[1] & 0x08)
			o->flags |= SCSI_CDB_UNMAP;
		if (c[1] & 0x10)
			o->flags |= SCSI_CDB_ANCHOR;
		if (o->len == 10) {
			o->lba = scsi_get_be32(&c[2]);
			o->nblocks = scsi_get_be16(&c[7]);
		} else {
			if (c[1] & 0x01)
				o->flags |= SCSI_CDB_NDOB;
			o->lba = scsi_get_be64(&c[2]);
			o->nblocks = scsi_get_be32(&c[10]);
		}
		break;
	case SCSI_OP_UNMAP:
		o->kind = SCSI_KIND_UNMAP;
		if (c[1] & 0x01)
			o->flags |= SCSI_CDB_ANCHOR;
		o->param_len = scsi_get_be16(&c[7]);
		break;
	case SCSI_OP_PERSISTENT_RESERVE_IN:
		o->kind = SCSI_KIND_PR_IN;
		o->service_action = c[1] & 0x1F;
		o->alloc_len = scsi_get_be16(&c[7]);
		break;
	case SCSI_OP_REPORT_LUNS:
		o->kind = SCSI_KIND_REPORT_LUNS;
		o->select = c[2];
		o->alloc_len = scsi_get_be32(&c[6]);
		break;
	default:
		return -ENOTSUP;
	}
	return 0;
}
