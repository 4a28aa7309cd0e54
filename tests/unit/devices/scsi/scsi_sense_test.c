/* SPDX-License-Identifier: MIT */
/* Tests for devices/scsi/scsi_sense.c: exact sense bytes. */
#include <check.h>
#include <errno.h>
#include <stdlib.h>

#include "devices/scsi/scsi_sense.h"
#include "tests/unit/pv_check.h"

START_TEST(fixed_format)
{
	struct scsi_sense_info si = {.key = SCSI_SK_MEDIUM_ERROR,
				     .asc = SCSI_ASC_UNRECOVERED_READ_ERROR};
	static const uint8_t want[18] = {0x70, 0, 0x03, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0x11, 0x00};
	uint8_t buf[32];

	ck_assert_int_eq(scsi_sense_build(&si, 0, buf, sizeof(buf)), 18);
	ck_assert_mem_eq(buf, want, 18);
	ck_assert_int_eq(scsi_sense_build(&si, 0, buf, 17), -ENOSPC);
}
END_TEST

START_TEST(fixed_with_field_pointer)
{
	struct scsi_sense_info si = {.key = SCSI_SK_ILLEGAL_REQUEST,
				     .asc = SCSI_ASC_INVALID_FIELD_IN_CDB,
				     .field_valid = 1,
				     .cdb_field = 1,
				     .bit_valid = 1,
				     .bit_ptr = 5,
				     .field_ptr = 2};
	static const uint8_t want[18] = {0x70, 0, 0x05, 0,    0, 0, 0,    10,   0,
					 0,    0, 0,    0x24, 0, 0, 0xCD, 0x00, 0x02};
	uint8_t buf[18];

	ck_assert_int_eq(scsi_sense_build(&si, 0, buf, sizeof(buf)), 18);
	ck_assert_mem_eq(buf, want, 18);
}
END_TEST

START_TEST(descriptor_format)
{
	struct scsi_sense_info si = {.key = SCSI_SK_ILLEGAL_REQUEST,
				     .asc = SCSI_ASC_LBA_OUT_OF_RANGE};
	static const uint8_t want[8] = {0x72, 0x05, 0x21, 0x00, 0, 0, 0, 0};
	static const uint8_t want_sks[16] = {0x72, 0x05, 0x24, 0x00, 0,    0,    0,    8,
					     0x02, 0x06, 0,    0,    0xC0, 0x00, 0x01, 0};
	uint8_t buf[32];

	ck_assert_int_eq(scsi_sense_build(&si, 1, buf, sizeof(buf)), 8);
	ck_assert_mem_eq(buf, want, 8);
	si.asc = SCSI_ASC_INVALID_FIELD_IN_CDB;
	si.field_valid = 1;
	si.cdb_field = 1;
	si.field_ptr = 1;
	ck_assert_int_eq(scsi_sense_build(&si, 1, buf, sizeof(buf)), 16);
	ck_assert_mem_eq(buf, want_sks, 14);
	ck_assert_int_eq(scsi_sense_build(&si, 1, buf, 15), -ENOSPC);
}
END_TEST

/* errno -> sense key and ASC/ASCQ, for a read (write 0) or a write (write 1); asc -1: any. */
static const struct errno_case {
	int err, write;
	unsigned key;
	int asc;
} errno_cases[] = {
	{-EIO, 0, SCSI_SK_MEDIUM_ERROR, 0x1100},
	{-EIO, 1, SCSI_SK_MEDIUM_ERROR, 0x0C00},
	{-ENOSPC, 1, SCSI_SK_DATA_PROTECT, 0x2707},
	{-EROFS, 1, SCSI_SK_DATA_PROTECT, 0x2700},
	/* Anything unexpected is still an error, never success. */
	{-EXDEV, 0, SCSI_SK_MEDIUM_ERROR, -1},
};

START_TEST(errno_mapping)
{
	const struct errno_case *c = &errno_cases[_i];
	struct scsi_sense_info si;

	scsi_sense_from_errno(c->err, c->write, &si);
	ck_assert_uint_eq(si.key, c->key);
	if (c->asc >= 0)
		ck_assert_uint_eq(si.asc, (unsigned)c->asc);
}
END_TEST

START_TEST(errno_busy)
{
	ck_assert(scsi_errno_is_busy(-ENOMEM));
	ck_assert(scsi_errno_is_busy(-EAGAIN));
	ck_assert(!scsi_errno_is_busy(-EIO));
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(fixed_format),
		PV_CASE(fixed_with_field_pointer),
		PV_CASE(descriptor_format),
		PV_LOOP(errno_mapping, sizeof(errno_cases) / sizeof(errno_cases[0])),
		PV_CASE(errno_busy),
		{0}};

	return pv_check_run("scsi_sense", cases);
}
