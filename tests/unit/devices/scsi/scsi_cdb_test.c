/* SPDX-License-Identifier: MIT */
/* Tests for devices/scsi/scsi_cdb.c (CDBs through the generated decoders). */
#include <check.h>
#include <errno.h>
#include <stdlib.h>

#include "devices/scsi/scsi_cdb.h"
#include "tests/unit/pv_check.h"

START_TEST(rw_variants)
{
	struct scsi_cdb c;
	const uint8_t r6[6] = {0x08, 0x1F, 0xFF, 0xFE, 0x00, 0};
	const uint8_t w10[10] = {0x2A, 0x08, 0x12, 0x34, 0x56, 0x78, 0, 0x01, 0x00, 0};
	const uint8_t r12[12] = {0xA8, 0x10, 0, 0, 0, 9, 0x00, 0x01, 0x00, 0x00, 0, 0};
	const uint8_t w16[16] = {0x8A, 0x28, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06,
				 0x07, 0x08, 0x00, 0x00, 0x00, 0x20, 0,    0};

	ck_assert_int_eq(scsi_cdb_decode(r6, 6, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_READ);
	ck_assert_uint_eq(c.lba, 0x1FFFFE);
	ck_assert_uint_eq(c.nblocks, 256); /* 0 means 256 in the 6-byte CDBs */
	ck_assert_int_eq(scsi_cdb_decode(w10, 10, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_WRITE);
	ck_assert_uint_eq(c.lba, 0x12345678);
	ck_assert_uint_eq(c.nblocks, 256);
	ck_assert_uint_eq(c.flags, SCSI_CDB_FUA);
	ck_assert_int_eq(scsi_cdb_decode(r12, 12, &c), 0);
	ck_assert_uint_eq(c.lba, 9);
	ck_assert_uint_eq(c.nblocks, 0x10000);
	ck_assert_uint_eq(c.flags, SCSI_CDB_DPO);
	ck_assert_int_eq(scsi_cdb_decode(w16, 16, &c), 0);
	ck_assert_uint_eq(c.lba, 0x0102030405060708ull);
	ck_assert_uint_eq(c.nblocks, 0x20);
	ck_assert_uint_eq(c.protect, 1);
	ck_assert_uint_eq(c.flags, SCSI_CDB_FUA);
	/* Short CDBs are refused, whatever the opcode. */
	ck_assert_int_eq(scsi_cdb_decode(w16, 15, &c), -EINVAL);
	ck_assert_int_eq(scsi_cdb_decode(w10, 9, &c), -EINVAL);
	ck_assert_int_eq(scsi_cdb_decode(r6, 0, &c), -EINVAL);
}
END_TEST

START_TEST(others)
{
	struct scsi_cdb c;
	const uint8_t inq[6] = {0x12, 0x01, 0x83, 0x01, 0x00, 0};
	const uint8_t ms10[10] = {0x5A, 0x18, 0x48, 0x00, 0, 0, 0, 0x02, 0x00, 0};
	const uint8_t rc16[16] = {0x9E, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 0};
	const uint8_t sai[16] = {0x9E, 0x11};
	const uint8_t ws16[16] = {0x93, 0x09, 0, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 8, 0, 0};
	const uint8_t unmap[10] = {0x42, 0, 0, 0, 0, 0, 0, 0x00, 0x18, 0};
	const uint8_t rl[12] = {0xA0, 0, 0x02, 0, 0, 0, 0, 0, 0x10, 0x00, 0, 0};
	const uint8_t vendor[6] = {0xC0};
	const uint8_t unknown[10] = {0x3B};

	ck_assert_int_eq(scsi_cdb_decode(inq, 6, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_INQUIRY);
	ck_assert_uint_eq(c.flags, SCSI_CDB_EVPD);
	ck_assert_uint_eq(c.page, 0x83);
	ck_assert_uint_eq(c.alloc_len, 0x100);
	ck_assert_int_eq(scsi_cdb_decode(ms10, 10, &c), 0);
	ck_assert_uint_eq(c.flags, SCSI_CDB_DBD | SCSI_CDB_LLBAA);
	ck_assert_uint_eq(c.pc, 1);
	ck_assert_uint_eq(c.page, 0x08);
	ck_assert_uint_eq(c.alloc_len, 0x200);
	ck_assert_int_eq(scsi_cdb_decode(rc16, 16, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_READ_CAPACITY);
	ck_assert_uint_eq(c.alloc_len, 32);
	ck_assert_int_eq(scsi_cdb_decode(sai, 16, &c), -ENOTSUP);
	ck_assert_int_eq(scsi_cdb_decode(ws16, 16, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_WRITE_SAME);
	ck_assert_uint_eq(c.flags, SCSI_CDB_UNMAP | SCSI_CDB_NDOB);
	ck_assert_uint_eq(c.lba, 0x10);
	ck_assert_uint_eq(c.nblocks, 8);
	ck_assert_int_eq(scsi_cdb_decode(unmap, 10, &c), 0);
	ck_assert_uint_eq(c.param_len, 0x18);
	ck_assert_int_eq(scsi_cdb_decode(rl, 12, &c), 0);
	ck_assert_uint_eq(c.select, 2);
	ck_assert_uint_eq(c.alloc_len, 0x1000);
	ck_assert_int_eq(scsi_cdb_decode(vendor, 6, &c), -ENOTSUP);
	ck_assert_int_eq(scsi_cdb_decode(unknown, 10, &c), -ENOTSUP);
}
END_TEST

/* Every layout the generated decoders handle, byte order and bit positions included. */
START_TEST(generated_layouts)
{
	struct scsi_cdb c;
	const uint8_t r6[6] = {0x08, 0xE1, 0x02, 0x03, 0x07, 0}; /* reserved LBA bits ignored */
	const uint8_t v10[10] = {0x2F, 0x14, 0, 0, 0x01, 0x00, 0, 0x00, 0x08, 0};
	const uint8_t v16[16] = {0x8F, 0x02, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x01, 0x00, 0, 0};
	const uint8_t sc10[10] = {0x35, 0x02, 0, 0, 0, 0x20, 0, 0x00, 0x04, 0};
	const uint8_t sc16[16] = {0x91, 0, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x05, 0, 0};
	const uint8_t ws10[10] = {0x41, 0x38, 0, 0, 0x10, 0x00, 0, 0x00, 0x02, 0};
	const uint8_t ms6[6] = {0x1A, 0x08, 0xBF, 0x00, 0xFF, 0};
	const uint8_t rc10[10] = {0x25, 0, 0x00, 0x00, 0x00, 0x07, 0, 0, 0x01, 0};
	const uint8_t rs[6] = {0x03, 0x01, 0, 0, 252, 0};
	const uint8_t ssu[6] = {0x1B, 0x01, 0, 0, 0x33, 0};
	const uint8_t pr[10] = {0x5E, 0x01, 0, 0, 0, 0, 0, 0x10, 0x00, 0};
	const uint8_t tur[16] = {0x00};

	ck_assert_int_eq(scsi_cdb_decode(r6, 6, &c), 0);
	ck_assert_uint_eq(c.lba, 0x010203);
	ck_assert_uint_eq(c.nblocks, 7);
	ck_assert_int_eq(scsi_cdb_decode(v10, 10, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_VERIFY);
	ck_assert_uint_eq(c.lba, 0x100);
	ck_assert_uint_eq(c.nblocks, 8);
	ck_assert_uint_eq(c.bytchk, 2);
	ck_assert_uint_eq(c.flags, SCSI_CDB_DPO);
	ck_assert_int_eq(scsi_cdb_decode(v16, 16, &c), 0);
	ck_assert_uint_eq(c.lba, 0x100000000ull);
	ck_assert_uint_eq(c.nblocks, 0x100);
	ck_assert_uint_eq(c.bytchk, 1);
	ck_assert_int_eq(scsi_cdb_decode(sc10, 10, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_SYNC);
	ck_assert_uint_eq(c.flags, SCSI_CDB_IMMED);
	ck_assert_uint_eq(c.lba, 0x20);
	ck_assert_uint_eq(c.nblocks, 4);
	ck_assert_int_eq(scsi_cdb_decode(sc16, 16, &c), 0);
	ck_assert_uint_eq(c.lba, 0x8000000000000000ull);
	ck_assert_uint_eq(c.nblocks, 5);
	ck_assert_int_eq(scsi_cdb_decode(ws10, 10, &c), 0);
	ck_assert_uint_eq(c.flags, SCSI_CDB_UNMAP | SCSI_CDB_ANCHOR);
	ck_assert_uint_eq(c.protect, 1);
	ck_assert_uint_eq(c.lba, 0x1000);
	ck_assert_uint_eq(c.nblocks, 2);
	ck_assert_int_eq(scsi_cdb_decode(ms6, 6, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_MODE_SENSE);
	ck_assert_uint_eq(c.flags, SCSI_CDB_DBD);
	ck_assert_uint_eq(c.pc, 2);
	ck_assert_uint_eq(c.page, 0x3F);
	ck_assert_uint_eq(c.alloc_len, 255);
	ck_assert_int_eq(scsi_cdb_decode(rc10, 10, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_READ_CAPACITY);
	ck_assert_uint_eq(c.lba, 7);
	ck_assert_uint_eq(c.flags, SCSI_CDB_PMI);
	ck_assert_uint_eq(c.alloc_len, 8);
	ck_assert_int_eq(scsi_cdb_decode(rs, 6, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_REQUEST_SENSE);
	ck_assert_uint_eq(c.flags, SCSI_CDB_DESC);
	ck_assert_uint_eq(c.alloc_len, 252);
	ck_assert_int_eq(scsi_cdb_decode(ssu, 6, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_START_STOP);
	ck_assert_uint_eq(c.flags, SCSI_CDB_IMMED | SCSI_CDB_START | SCSI_CDB_LOEJ);
	ck_assert_uint_eq(c.power_cond, 3);
	ck_assert_int_eq(scsi_cdb_decode(pr, 10, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_PR_IN);
	ck_assert_uint_eq(c.service_action, 1);
	ck_assert_uint_eq(c.alloc_len, 0x1000);
	/* a buffer longer than the CDB (storvsc sends 16 bytes) is fine */
	ck_assert_int_eq(scsi_cdb_decode(tur, 16, &c), 0);
	ck_assert_uint_eq(c.kind, SCSI_KIND_TEST_UNIT_READY);
	ck_assert_uint_eq(c.len, 6);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(rw_variants), PV_CASE(others), PV_CASE(generated_layouts), {0}};

	return pv_check_run("scsi_cdb", cases);
}
