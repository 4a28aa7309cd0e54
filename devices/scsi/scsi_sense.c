/* SPDX-License-Identifier: MIT */
/* Sense data formatting (SPC-4 4.5) and the errno to sense mapping. */
#include <errno.h>
#include <string.h>

#include "devices/scsi/scsi_sense.h"

static void scsi_sense_sks(const struct scsi_sense_info *si, uint8_t sks[3])
{
	/* SKSV, C/D, BPV and the bit and byte pointers (SPC-4 4.5.2.4.2). */
	sks[0] = 0x80 | (si->cdb_field ? 0x40 : 0) | (si->bit_valid ? 0x08 | (si->bit_ptr & 7) : 0);
	sks[1] = (uint8_t)(si->field_ptr >> 8);
	sks[2] = (uint8_t)si->field_ptr;
}

int scsi_sense_build(const struct scsi_sense_info *si, int descriptor, uint8_t *buf, size_t cap)
{
	if (descriptor) {
		size_t len = SCSI_SENSE_DESC_LEN + (si->field_valid ? 8 : 0);

		if (cap < len)
			return -ENOSPC;
		memset(buf, 0, len);
		buf[0] = 0x72;
		buf[1] = si->key & 0x0F;
		buf[2] = (uint8_t)(si->asc >> 8);
		buf[3] = (uint8_t)si->asc;
		if (si->field_valid) {
			buf[7] = 8;
			buf[8] = 0x02; /* sense key specific descriptor */
			buf[9] = 0x06;
			scsi_sense_sks(si, &buf[12]);
		}
		return (int)len;
	}
	if (cap < SCSI_SENSE_FIXED_LEN)
		return -ENOSPC;
	memset(buf, 0, SCSI_SENSE_FIXED_LEN);
	buf[0] = 0x70; /* current error, INFORMATION not valid */
	buf[2] = si->key & 0x0F;
	buf[7] = SCSI_SENSE_FIXED_LEN - 8;
	buf[12] = (uint8_t)(si->asc >> 8);
	buf[13] = (uint8_t)si->asc;
	if (si->field_valid)
		scsi_sense_sks(si, &buf[15]);
	return SCSI_SENSE_FIXED_LEN;
}

int scsi_errno_is_busy(int err)
{
	return err == -ENOMEM || err == -EAGAIN || err == -EBUSY;
}

void scsi_sense_from_errno(int err, int is_write, struct scsi_sense_info *out)
{
	memset(out, 0, sizeof(*out));
	switch (err) {
	case -EROFS:
		out->key = SCSI_SK_DATA_PROTECT;
		out->asc = SCSI_ASC_WRITE_PROTECTED;
		break;
	case -ENOSPC:
	case -EDQUOT:
		out->key = SCSI_SK_DATA_PROTECT;
		out->asc = SCSI_ASC_SPACE_ALLOCATION_FAILED_WRITE_PROTECT;
		break;
	default:
		/* -EIO and everything unexpected: the guest must never see success. */
		out->key = SCSI_SK_MEDIUM_ERROR;
		out->asc = is_write ? SCSI_ASC_WRITE_ERROR : SCSI_ASC_UNRECOVERED_READ_ERROR;
		break;
	}
}
