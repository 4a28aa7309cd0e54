/* SPDX-License-Identifier: MIT */
/* Response data of the informational commands (SPC-4, SBC-3 layouts). */
#include <errno.h>
#include <string.h>

#include "devices/disk/disk.h"
#include "devices/scsi/scsi_disk.h"
#include "devices/scsi/scsi_pages.h"

#define SCSI_VPD_SUPPORTED SCSI_VPD_PAGE_SUPPORTED_PAGES
#define SCSI_VPD_SERIAL SCSI_VPD_PAGE_UNIT_SERIAL_NUMBER
#define SCSI_VPD_DEVICE_ID SCSI_VPD_PAGE_DEVICE_IDENTIFICATION
#define SCSI_VPD_BLOCK_LIMITS SCSI_VPD_PAGE_BLOCK_LIMITS
#define SCSI_VPD_BLOCK_CHARACTERISTICS SCSI_VPD_PAGE_BLOCK_DEVICE_CHARACTERISTICS
#define SCSI_VPD_LB_PROVISIONING SCSI_VPD_PAGE_LOGICAL_BLOCK_PROVISIONING

void scsi_sense_bad_cdb(struct scsi_sense_info *si, uint16_t byte, int bit)
{
	memset(si, 0, sizeof(*si));
	si->key = SCSI_SK_ILLEGAL_REQUEST;
	si->asc = SCSI_ASC_INVALID_FIELD_IN_CDB;
	si->field_valid = 1;
	si->cdb_field = 1;
	si->field_ptr = byte;
	if (bit >= 0) {
		si->bit_valid = 1;
		si->bit_ptr = (uint8_t)bit;
	}
}

static int scsi_pages_std_inquiry(const struct scsi_unit *u, uint8_t *buf)
{
	memset(buf, 0, 36);
	buf[0] = 0x00; /* peripheral qualifier 0, direct-access block device */
	buf[2] = 0x06; /* SPC-4 */
	buf[3] = 0x12; /* HISUP, response data format 2 */
	buf[4] = 36 - 5;
	buf[7] = 0x02; /* CMDQUE: Linux queues more than one command */
	memcpy(&buf[8], u->vendor, 8);
	memcpy(&buf[16], u->product, 16);
	memcpy(&buf[32], u->revision, 4);
	return 36;
}

static int scsi_pages_vpd(const struct scsi_unit *u, uint8_t page, uint8_t *buf,
			  struct scsi_sense_info *si)
{
	static const uint8_t pages[] = {SCSI_VPD_SUPPORTED,
					SCSI_VPD_SERIAL,
					SCSI_VPD_DEVICE_ID,
					SCSI_VPD_BLOCK_LIMITS,
					SCSI_VPD_BLOCK_CHARACTERISTICS,
					SCSI_VPD_LB_PROVISIONING};
	int unmap = !!(u->disk_flags & DISK_F_UNMAP);
	size_t n;

	buf[0] = 0x00;
	buf[1] = page;
	switch (page) {
	case SCSI_VPD_SUPPORTED:
		memcpy(&buf[4], pages, sizeof(pages));
		n = sizeof(pages);
		break;
	case SCSI_VPD_SERIAL:
		n = strlen(u->serial);
		memcpy(&buf[4], u->serial, n);
		break;
	case SCSI_VPD_DEVICE_ID:
		/* NAA designator: binary, LU association, type 3 (NAA), 8 bytes. */
		buf[4] = 0x01;
		buf[5] = 0x03;
		buf[6] = 0;
		buf[7] = 8;
		memcpy(&buf[8], u->naa, 8);
		/* T10 vendor ID designator: ASCII, type 1, vendor then serial. */
		n = strlen(u->serial);
		buf[16] = 0x02;
		buf[17] = 0x01;
		buf[18] = 0;
		buf[19] = (uint8_t)(8 + n);
		memcpy(&buf[20], u->vendor, 8);
		memcpy(&buf[28], u->serial, n);
		n = 12 + 4 + 8 + n;
		break;
	case SCSI_VPD_BLOCK_LIMITS:
		n = 0x3C;
		memset(&buf[4], 0, n);
		buf[4] = 0x01; /* WSNZ: WRITE SAME with zero blocks is refused */
		scsi_put_be16(&buf[6], 1);
		scsi_put_be32(&buf[8], u->max_transfer_blocks);
		scsi_put_be32(&buf[12], u->max_transfer_blocks);
		if (unmap) {
			scsi_put_be32(&buf[20], u->max_unmap_blocks);
			scsi_put_be32(&buf[24], u->max_unmap_descs);
			/* 4 KiB granularity: what a file system can punch without partial pages. */
			scsi_put_be32(&buf[28], u->block_size < 4096 ? 4096 / u->block_size : 1);
		}
		scsi_put_be64(&buf[36], u->max_write_same_blocks);
		break;
	case SCSI_VPD_BLOCK_CHARACTERISTICS:
		n = 0x3C;
		memset(&buf[4], 0, n);
		scsi_put_be16(&buf[4], 1); /* non-rotating medium */
		break;
	case SCSI_VPD_LB_PROVISIONING:
		n = 4;
		memset(&buf[4], 0, n);
		if (unmap) {
			/* LBPU, LBPWS, LBPWS10, LBPRZ: every backend reads unmapped blocks as 0. */
			buf[5] = 0x80 | 0x40 | 0x20 | 0x04;
			buf[6] = 0x02; /* thin provisioned */
		}
		break;
	default:
		scsi_sense_bad_cdb(si, 2, -1);
		return -EINVAL;
	}
	scsi_put_be16(&buf[2], (uint16_t)n);
	return (int)(4 + n);
}

int scsi_pages_inquiry(const struct scsi_unit *u, const struct scsi_cdb *c, const uint8_t *raw,
		       uint8_t *buf, size_t cap, struct scsi_sense_info *si)
{
	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	if (raw[1] & 0x02) { /* CMDDT (obsolete): not supported */
		scsi_sense_bad_cdb(si, 1, 1);
		return -EINVAL;
	}
	if (!(c->flags & SCSI_CDB_EVPD)) {
		if (c->page) {
			scsi_sense_bad_cdb(si, 2, -1);
			return -EINVAL;
		}
		return scsi_pages_std_inquiry(u, buf);
	}
	return scsi_pages_vpd(u, c->page, buf, si);
}

static size_t scsi_pages_caching(const struct scsi_unit *u, uint8_t pc, uint8_t *p)
{
	memset(p, 0, 20);
	p[0] = SCSI_MODE_PAGE_CACHING;
	p[1] = 0x12;
	/* Changeable values (pc 1) are all zero: MODE SELECT is not supported. */
	if (pc != 1 && (u->disk_flags & DISK_F_WRITE_CACHE))
		p[2] = 0x04; /* WCE: Linux then sends SYNCHRONIZE CACHE */
	return 20;
}

int scsi_pages_mode_sense(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			  size_t cap, struct scsi_sense_info *si)
{
	int ten = c->opcode == SCSI_OP_MODE_SENSE_10;
	size_t hdr = ten ? 8 : 4, bd = 0, n;
	uint8_t dsp = 0;

	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	if (c->pc == 3) {
		memset(si, 0, sizeof(*si));
		si->key = SCSI_SK_ILLEGAL_REQUEST;
		si->asc = SCSI_ASC_SAVING_PARAMETERS_NOT_SUPPORTED;
		return -EINVAL;
	}
	if (c->page != SCSI_MODE_PAGE_CACHING && c->page != SCSI_MODE_PAGE_ALL) {
		scsi_sense_bad_cdb(si, 2, 5);
		return -EINVAL;
	}
	if (c->subpage != 0 && !(c->page == SCSI_MODE_PAGE_ALL && c->subpage == 0xFF)) {
		scsi_sense_bad_cdb(si, 3, -1);
		return -EINVAL;
	}
	memset(buf, 0, hdr);
	if (u->disk_flags & DISK_F_READONLY)
		dsp |= 0x80; /* WP */
	dsp |= 0x10;         /* DPOFUA: FUA is honoured, natively or by a flush */
	if (!(c->flags & SCSI_CDB_DBD)) {
		uint8_t *b = &buf[hdr];

		if (ten && (c->flags & SCSI_CDB_LLBAA)) {
			bd = 16;
			memset(b, 0, bd);
			scsi_put_be64(b, u->nblocks);
			scsi_put_be32(&b[12], u->block_size);
		} else {
			bd = 8;
			memset(b, 0, bd);
			scsi_put_be32(b, u->nblocks > 0xFFFFFFFFu ? 0xFFFFFFFFu
								  : (uint32_t)u->nblocks);
			b[5] = (uint8_t)(u->block_size >> 16);
			b[6] = (uint8_t)(u->block_size >> 8);
			b[7] = (uint8_t)u->block_size;
		}
	}
	n = hdr + bd;
	n += scsi_pages_caching(u, c->pc, &buf[n]);
	if (ten) {
		scsi_put_be16(&buf[0], (uint16_t)(n - 2));
		buf[3] = dsp;
		if (bd == 16)
			buf[4] = 0x01; /* LONGLBA */
		scsi_put_be16(&buf[6], (uint16_t)bd);
	} else {
		buf[0] = (uint8_t)(n - 1);
		buf[2] = dsp;
		buf[3] = (uint8_t)bd;
	}
	return (int)n;
}

int scsi_pages_read_capacity(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			     size_t cap, struct scsi_sense_info *si)
{
	uint64_t last = u->nblocks - 1;

	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	if (!(c->flags & SCSI_CDB_PMI) && c->lba != 0) {
		scsi_sense_bad_cdb(si, 2, -1);
		return -EINVAL;
	}
	if (c->opcode == SCSI_OP_READ_CAPACITY_10) {
		/* 0xFFFFFFFF tells the initiator to ask READ CAPACITY(16). */
		scsi_put_be32(buf, last > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)last);
		scsi_put_be32(&buf[4], u->block_size);
		return 8;
	}
	memset(buf, 0, 32);
	scsi_put_be64(buf, last);
	scsi_put_be32(&buf[8], u->block_size);
	if (u->disk_flags & DISK_F_UNMAP)
		buf[14] = 0x80 | 0x40; /* LBPME, LBPRZ: Linux enables discard only with LBPME */
	return 32;
}

size_t scsi_report_luns_build(const uint16_t *luns, size_t n, uint8_t *buf, size_t cap)
{
	uint8_t tmp[8];
	size_t total = 8 + 8 * n;

	for (size_t off = 0; off < total && off < cap; off += 8) {
		memset(tmp, 0, sizeof(tmp));
		if (off == 0) {
			scsi_put_be32(tmp, (uint32_t)(8 * n));
		} else {
			uint16_t lun = luns[off / 8 - 1];

			/* Peripheral device addressing below 256, flat space addressing above. */
			tmp[0] = lun < 256 ? 0 : (uint8_t)(0x40 | ((lun >> 8) & 0x3F));
			tmp[1] = (uint8_t)lun;
		}
		memcpy(&buf[off], tmp, cap - off < 8 ? cap - off : 8);
	}
	return total;
}

int scsi_pages_report_luns(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			   size_t cap, struct scsi_sense_info *si)
{
	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	/* SPC-4: an allocation length under 16 is an error. */
	if (c->alloc_len < 16) {
		scsi_sense_bad_cdb(si, 6, -1);
		return -EINVAL;
	}
	switch (c->select) {
	case 0x00: /* all logical units but well-known ones */
	case 0x02: /* all */
		return (int)scsi_report_luns_build(&u->lun, 1, buf, cap);
	case 0x01: /* well-known logical units only: we have none */
		return (int)scsi_report_luns_build(NULL, 0, buf, cap);
	default:
		scsi_sense_bad_cdb(si, 2, -1);
		return -EINVAL;
	}
}

int scsi_pages_pr_in(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf, size_t cap,
		     struct scsi_sense_info *si)
{
	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	memset(buf, 0, 8);
	switch (c->service_action) {
	case 0x00: /* READ KEYS: generation 0, no keys */
	case 0x01: /* READ RESERVATION: no reservation */
	case 0x03: /* READ FULL STATUS: no registrations */
		return 8;
	case 0x02: /* REPORT CAPABILITIES: nothing supported, type mask not valid */
		scsi_put_be16(buf, 8);
		return 8;
	default:
		scsi_sense_bad_cdb(si, 1, 4);
		return -EINVAL;
	}
}

int scsi_pages_request_sense(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			     size_t cap, struct scsi_sense_info *si)
{
	struct scsi_sense_info none = {0};

	/* Errors travel as autosense with their command; nothing is ever pending. */
	return scsi_sense_build(&none, !!(c->flags & SCSI_CDB_DESC), buf, cap);
}
