/* SPDX-License-Identifier: MIT */
/* Sense data formatting (SPC-4 4.5) and the errno to sense mapping. */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "devices/scsi/scsi_sense.h"
#include "scsi_codec.h"
#include "scsi_wire.h"

int scsi_sense_build(const struct scsi_sense_info *si, int descriptor, uint8_t *buf, size_t cap)
{
	/* The sense-key specific bytes (SPC-4 4.5.2.4.2), when a field is named. */
	uint8_t sksv = si->field_valid, cd = si->field_valid && si->cdb_field,
		bpv = si->field_valid && si->bit_valid;
	uint8_t bit = bpv ? si->bit_ptr : 0;
	uint16_t field = si->field_valid ? si->field_ptr : 0;

	if (descriptor) {
		struct scsi_sense_desc h = {
			.response_code = SCSI_SENSE_FORMAT_DESC_CURRENT,
			.sense_key = si->key,
			.asc = (uint8_t)(si->asc >> 8),
			.ascq = (uint8_t)si->asc,
			.additional_len = si->field_valid ? SCSI_SENSE_DESC_SKS_SIZE : 0,
		};
		struct scsi_sense_desc_sks d = {.sksv = sksv,
						.cd = cd,
						.bpv = bpv,
						.bit_pointer = bit,
						.field_pointer = field};
		size_t len = SCSI_SENSE_DESC_SIZE + h.additional_len;

		if (cap < len)
			return -ENOSPC;
		scsi_sense_desc_encode(&h, buf, cap);
		if (si->field_valid)
			scsi_sense_desc_sks_encode(&d, buf + SCSI_SENSE_DESC_SIZE,
						   cap - SCSI_SENSE_DESC_SIZE);
		return (int)len;
	}
	struct scsi_sense_fixed f = {
		.response_code = SCSI_SENSE_FORMAT_FIXED_CURRENT, /* INFORMATION not valid */
		.sense_key = si->key,
		.additional_len = SCSI_SENSE_FIXED_SIZE - 1 -
				  offsetof(struct scsi_wire_sense_fixed, additional_len),
		.asc = (uint8_t)(si->asc >> 8),
		.ascq = (uint8_t)si->asc,
		.sksv = sksv,
		.cd = cd,
		.bpv = bpv,
		.bit_pointer = bit,
		.field_pointer = field,
	};

	if (cap < SCSI_SENSE_FIXED_SIZE)
		return -ENOSPC;
	return scsi_sense_fixed_encode(&f, buf, cap);
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
