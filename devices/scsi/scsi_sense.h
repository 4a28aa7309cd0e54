/* SPDX-License-Identifier: MIT */
/*
 * SCSI status codes, sense keys, additional sense codes and sense data
 * builders (SPC-4 4.5: fixed format 0x70, descriptor format 0x72).
 *
 * TEMPORARY: these constants are hand-written until spec/scsi.yaml is turned
 * into generated/scsi_wire.h by the generator; they will then come from there.
 */
#ifndef PV_DEVICES_SCSI_SENSE_H
#define PV_DEVICES_SCSI_SENSE_H

#include <stddef.h>
#include <stdint.h>

/* SCSI status (SAM-5). */
#define SCSI_STATUS_GOOD 0x00
#define SCSI_STATUS_CHECK_CONDITION 0x02
#define SCSI_STATUS_BUSY 0x08
#define SCSI_STATUS_RESERVATION_CONFLICT 0x18
#define SCSI_STATUS_TASK_SET_FULL 0x28

/* Sense keys. */
#define SCSI_SK_NO_SENSE 0x0
#define SCSI_SK_RECOVERED_ERROR 0x1
#define SCSI_SK_NOT_READY 0x2
#define SCSI_SK_MEDIUM_ERROR 0x3
#define SCSI_SK_HARDWARE_ERROR 0x4
#define SCSI_SK_ILLEGAL_REQUEST 0x5
#define SCSI_SK_UNIT_ATTENTION 0x6
#define SCSI_SK_DATA_PROTECT 0x7
#define SCSI_SK_ABORTED_COMMAND 0xB
#define SCSI_SK_MISCOMPARE 0xE

/* Additional sense code and qualifier, packed as (asc << 8 | ascq). */
#define SCSI_ASC_NONE 0x0000
#define SCSI_ASC_WRITE_ERROR 0x0C00
#define SCSI_ASC_UNRECOVERED_READ_ERROR 0x1100
#define SCSI_ASC_PARAMETER_LIST_LENGTH_ERROR 0x1A00
#define SCSI_ASC_INVALID_COMMAND_OPERATION_CODE 0x2000
#define SCSI_ASC_LBA_OUT_OF_RANGE 0x2100
#define SCSI_ASC_INVALID_FIELD_IN_CDB 0x2400
#define SCSI_ASC_LOGICAL_UNIT_NOT_SUPPORTED 0x2500
#define SCSI_ASC_INVALID_FIELD_IN_PARAMETER_LIST 0x2600
#define SCSI_ASC_WRITE_PROTECTED 0x2700
#define SCSI_ASC_SPACE_ALLOCATION_FAILED_WRITE_PROTECT 0x2707
#define SCSI_ASC_SAVING_PARAMETERS_NOT_SUPPORTED 0x3900
#define SCSI_ASC_INTERNAL_TARGET_FAILURE 0x4400

/* Longest sense data we build (fixed format with sense-key specific bytes). */
#define SCSI_SENSE_FIXED_LEN 18
#define SCSI_SENSE_DESC_LEN 8
#define SCSI_SENSE_MAX 32

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
