/* SPDX-License-Identifier: MIT */
/* Tests for devices/scsi/scsi_pages.c: builders at the edges of their fields. */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/disk/disk.h"
#include "devices/scsi/scsi_disk.h"
#include "devices/scsi/scsi_pages.h"
#include "tests/unit/pv_check.h"

static void unit_init(struct scsi_unit *u, uint64_t nblocks, uint32_t flags)
{
	memset(u, 0, sizeof(*u));
	u->nblocks = nblocks;
	u->block_size = 512;
	u->disk_flags = flags;
	memcpy(u->vendor, "Msft    ", 8);
	memcpy(u->product, "Virtual Disk    ", 16);
	memcpy(u->revision, "1.0 ", 4);
	strcpy(u->serial, "S1");
	u->max_transfer_blocks = 4096;
	u->max_unmap_blocks = 0x400000;
	u->max_unmap_descs = 64;
	u->max_write_same_blocks = 0x400000;
}

START_TEST(read_capacity_large)
{
	struct scsi_unit u;
	struct scsi_cdb c = {.opcode = SCSI_OP_READ_CAPACITY_10};
	struct scsi_sense_info si;
	uint8_t buf[SCSI_PAGES_MAX];
	static const uint8_t want10[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0x02, 0x00};
	static const uint8_t want16[16] = {0, 0, 0,    0x01, 0, 0, 0, 0x00,
					   0, 0, 0x02, 0x00, 0, 0, 0, 0};

	/* 2^32 + 1 blocks: READ CAPACITY(10) must say "ask (16)". */
	unit_init(&u, (1ull << 32) + 1, 0);
	ck_assert_int_eq(scsi_pages_read_capacity(&u, &c, buf, sizeof(buf), &si), 8);
	ck_assert_mem_eq(buf, want10, 8);
	c.opcode = SCSI_OP_SERVICE_ACTION_IN_16;
	ck_assert_int_eq(scsi_pages_read_capacity(&u, &c, buf, sizeof(buf), &si), 32);
	ck_assert_mem_eq(buf, want16, 16);
	/* LBA without PMI is an invalid field at byte 2. */
	c.lba = 5;
	ck_assert_int_eq(scsi_pages_read_capacity(&u, &c, buf, sizeof(buf), &si), -EINVAL);
	ck_assert_uint_eq(si.asc, SCSI_ASC_INVALID_FIELD_IN_CDB);
	ck_assert_uint_eq(si.field_ptr, 2);
	c.flags = SCSI_CDB_PMI;
	ck_assert_int_eq(scsi_pages_read_capacity(&u, &c, buf, sizeof(buf), &si), 32);
}
END_TEST

START_TEST(mode_sense_descriptors)
{
	struct scsi_unit u;
	struct scsi_cdb c = {
		.opcode = SCSI_OP_MODE_SENSE_10, .page = 0x08, .flags = SCSI_CDB_LLBAA};
	struct scsi_sense_info si;
	uint8_t buf[SCSI_PAGES_MAX];
	static const uint8_t hdr_long[8] = {0, 42, 0, 0x90, 0x01, 0, 0, 16};
	static const uint8_t bd_long[16] = {0, 0, 0, 0x01, 0, 0, 0,    0x05,
					    0, 0, 0, 0,    0, 0, 0x02, 0};
	static const uint8_t bd_short[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0x02, 0};

	unit_init(&u, (1ull << 32) + 5, DISK_F_READONLY);
	/* 8 header + 16 long descriptor + 20 caching = 44; length field excludes itself. */
	ck_assert_int_eq(scsi_pages_mode_sense(&u, &c, buf, sizeof(buf), &si), 44);
	ck_assert_mem_eq(buf, hdr_long, 8);
	ck_assert_mem_eq(buf + 8, bd_long, 16);
	ck_assert_uint_eq(buf[24], 0x08);
	ck_assert_uint_eq(buf[25], 0x12);
	ck_assert_uint_eq(buf[26], 0x00); /* no write cache */
	c.flags = 0;
	ck_assert_int_eq(scsi_pages_mode_sense(&u, &c, buf, sizeof(buf), &si), 36);
	ck_assert_uint_eq(buf[4], 0);
	ck_assert_uint_eq(buf[7], 8);
	ck_assert_mem_eq(buf + 8, bd_short, 8);
	/* Saved values: not supported. */
	c.pc = 3;
	ck_assert_int_eq(scsi_pages_mode_sense(&u, &c, buf, sizeof(buf), &si), -EINVAL);
	ck_assert_uint_eq(si.asc, SCSI_ASC_SAVING_PARAMETERS_NOT_SUPPORTED);
	/* Unsupported page and subpage. */
	c.pc = 0;
	c.page = 0x0A;
	ck_assert_int_eq(scsi_pages_mode_sense(&u, &c, buf, sizeof(buf), &si), -EINVAL);
	ck_assert_uint_eq(si.field_ptr, 2);
	c.page = 0x08;
	c.subpage = 1;
	ck_assert_int_eq(scsi_pages_mode_sense(&u, &c, buf, sizeof(buf), &si), -EINVAL);
	ck_assert_uint_eq(si.field_ptr, 3);
	c.page = 0x3F;
	c.subpage = 0xFF;
	ck_assert_int_eq(scsi_pages_mode_sense(&u, &c, buf, sizeof(buf), &si), 36);
}
END_TEST

START_TEST(report_luns_encoding)
{
	const uint16_t luns[3] = {0, 7, 300};
	uint8_t buf[32];
	static const uint8_t want[32] = {0, 0, 0, 24, 0, 0, 0, 0, 0,    0,    0, 0, 0, 0, 0, 0,
					 0, 7, 0, 0,  0, 0, 0, 0, 0x41, 0x2C, 0, 0, 0, 0, 0, 0};

	ck_assert_uint_eq(scsi_report_luns_build(luns, 3, buf, sizeof(buf)), 32);
	ck_assert_mem_eq(buf, want, 32);
	/* A short buffer gets the prefix; the full length is still reported. */
	memset(buf, 0xEE, sizeof(buf));
	ck_assert_uint_eq(scsi_report_luns_build(luns, 3, buf, 12), 32);
	ck_assert_mem_eq(buf, want, 12);
	ck_assert_uint_eq(buf[12], 0xEE);
}
END_TEST

START_TEST(no_unmap_pages)
{
	struct scsi_unit u;
	struct scsi_cdb c = {.opcode = SCSI_OP_INQUIRY, .flags = SCSI_CDB_EVPD, .page = 0xB2};
	struct scsi_sense_info si;
	uint8_t buf[SCSI_PAGES_MAX];
	static const uint8_t b2[8] = {0, 0xB2, 0, 4, 0, 0, 0, 0};

	unit_init(&u, 1000, 0);
	ck_assert_int_eq(scsi_pages_inquiry(&u, &c, buf, sizeof(buf), &si), 8);
	ck_assert_mem_eq(buf, b2, 8);
	c.page = 0xB0;
	ck_assert_int_eq(scsi_pages_inquiry(&u, &c, buf, sizeof(buf), &si), 64);
	ck_assert_uint_eq(buf[23], 0); /* max unmap LBA count */
	ck_assert_uint_eq(buf[27], 0); /* max unmap descriptors */
	c.opcode = SCSI_OP_SERVICE_ACTION_IN_16;
	c.flags = 0;
	ck_assert_int_eq(scsi_pages_read_capacity(&u, &c, buf, sizeof(buf), &si), 32);
	ck_assert_uint_eq(buf[14], 0); /* no LBPME */
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(read_capacity_large),
					      PV_CASE(mode_sense_descriptors),
					      PV_CASE(report_luns_encoding),
					      PV_CASE(no_unmap_pages),
					      {0}};

	return pv_check_run("scsi_pages", cases);
}
