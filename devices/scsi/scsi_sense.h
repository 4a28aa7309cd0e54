/* SPDX-License-Identifier: MIT */
/*
 * SCSI status codes, sense keys, additional sense codes and sense data
 * builders (SPC-4 4.5: fixed format 0x70, descriptor format 0x72).
 *
 * The codes are spec/scsi.yaml's (generated/scsi_wire.h), under the short
 * names the SCSI layer uses.
 */
#ifndef PV_DEVICES_SCSI_SENSE_H
#define PV_DEVICES_SCSI_SENSE_H

#include <stddef.h>
#include <stdint.h>

#include "scsi_wire.h"

/* SCSI status (SAM-5). */
#define SCSI_STATUS_GOOD SCSI_SAM_STATUS_GOOD
#define SCSI_STATUS_CHECK_CONDITION SCSI_SAM_STATUS_CHECK_CONDITION
#define SCSI_STATUS_BUSY SCSI_SAM_STATUS_BUSY
#define SCSI_STATUS_RESERVATION_CONFLICT SCSI_SAM_STATUS_RESERVATION_CONFLICT
#define SCSI_STATUS_TASK_SET_FULL SCSI_SAM_STATUS_TASK_SET_FULL

/* Sense keys. */
#define SCSI_SK_NO_SENSE SCSI_SENSE_KEY_NO_SENSE
#define SCSI_SK_RECOVERED_ERROR SCSI_SENSE_KEY_RECOVERED_ERROR
#define SCSI_SK_NOT_READY SCSI_SENSE_KEY_NOT_READY
#define SCSI_SK_MEDIUM_ERROR SCSI_SENSE_KEY_MEDIUM_ERROR
#define SCSI_SK_HARDWARE_ERROR SCSI_SENSE_KEY_HARDWARE_ERROR
#define SCSI_SK_ILLEGAL_REQUEST SCSI_SENSE_KEY_ILLEGAL_REQUEST
#define SCSI_SK_UNIT_ATTENTION SCSI_SENSE_KEY_UNIT_ATTENTION
#define SCSI_SK_DATA_PROTECT SCSI_SENSE_KEY_DATA_PROTECT
#define SCSI_SK_ABORTED_COMMAND SCSI_SENSE_KEY_ABORTED_COMMAND
#define SCSI_SK_MISCOMPARE SCSI_SENSE_KEY_MISCOMPARE

/* Additional sense code and qualifier, packed as (asc << 8 | ascq). */
#define SCSI_ASC_NONE SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE
#define SCSI_ASC_WRITE_ERROR SCSI_ASC_ASCQ_WRITE_ERROR
#define SCSI_ASC_UNRECOVERED_READ_ERROR SCSI_ASC_ASCQ_UNRECOVERED_READ_ERROR
#define SCSI_ASC_PARAMETER_LIST_LENGTH_ERROR SCSI_ASC_ASCQ_PARAMETER_LIST_LENGTH_ERROR
#define SCSI_ASC_INVALID_COMMAND_OPERATION_CODE SCSI_ASC_ASCQ_INVALID_COMMAND_OPERATION_CODE
#define SCSI_ASC_LBA_OUT_OF_RANGE SCSI_ASC_ASCQ_LBA_OUT_OF_RANGE
#define SCSI_ASC_INVALID_FIELD_IN_CDB SCSI_ASC_ASCQ_INVALID_FIELD_IN_CDB
#define SCSI_ASC_LOGICAL_UNIT_NOT_SUPPORTED SCSI_ASC_ASCQ_LOGICAL_UNIT_NOT_SUPPORTED
#define SCSI_ASC_INVALID_FIELD_IN_PARAMETER_LIST SCSI_ASC_ASCQ_INVALID_FIELD_IN_PARAMETER_LIST
#define SCSI_ASC_WRITE_PROTECTED SCSI_ASC_ASCQ_WRITE_PROTECTED
#define SCSI_ASC_SPACE_ALLOCATION_FAILED_WRITE_PROTECT \
	SCSI_ASC_ASCQ_SPACE_ALLOCATION_FAILED_WRITE_PROTECT
#define SCSI_ASC_SAVING_PARAMETERS_NOT_SUPPORTED SCSI_ASC_ASCQ_SAVING_PARAMETERS_NOT_SUPPORTED
#define SCSI_ASC_INTERNAL_TARGET_FAILURE SCSI_ASC_ASCQ_INTERNAL_TARGET_FAILURE

/* Longest sense data we build (fixed format with sense-key specific bytes). */
#define SCSI_SENSE_FIXED_LEN SCSI_SENSE_FIXED_SIZE
#define SCSI_SENSE_DESC_LEN SCSI_SENSE_DESC_SIZE
#define SCSI_SENSE_MAX 32 /* not protocol: our buffer, room for either format */

/*
 * What went wrong, before it is formatted. field_ptr/bit_ptr name the CDB
 * (cdb_field = 1) or parameter-list byte at fault for INVALID FIELD errors;
 * field_valid = 0 leaves the sense-key specific bytes empty.
 */
struct scsi_sense_info {
	uint8_t key;
	uint16_t asc; /* asc << 8 | ascq */
	uint8_t field_valid;
	uint8_t cdb_field; /* 1: the pointer is into the CDB, 0: into the parameter list */
	uint8_t bit_valid;
	uint8_t bit_ptr;
	uint16_t field_ptr;
};

/*
 * Formats sense data into buf. descriptor = 0 gives fixed format (0x70,
 * 18 bytes), 1 gives descriptor format (0x72, 8 bytes, plus a sense-key
 * specific descriptor of 8 bytes when field_valid). Returns the length
 * written, or -ENOSPC if cap is too small.
 */
int scsi_sense_build(const struct scsi_sense_info *si, int descriptor, uint8_t *buf, size_t cap);

/*
 * Sense for a backend failure (negative errno from the disk), for a command
 * that reads (is_write = 0) or writes the medium: -EIO and anything unknown
 * become MEDIUM ERROR with UNRECOVERED READ ERROR or WRITE ERROR, -EROFS
 * DATA PROTECT / WRITE PROTECTED, -ENOSPC DATA PROTECT / SPACE ALLOCATION
 * FAILED. Never a success. -ENOMEM and -EAGAIN are not sense: callers answer
 * those with TASK SET FULL (see scsi_errno_is_busy()).
 */
void scsi_sense_from_errno(int err, int is_write, struct scsi_sense_info *out);

/* True for errnos that mean "try again later" rather than a medium problem. */
int scsi_errno_is_busy(int err);

#endif
