/* SPDX-License-Identifier: MIT */
/*
 * Tests for generated/scsi_codec.c: big-endian fields (be16/be24/be32/be64),
 * bit subfields on them and a tail of big-endian structs, decoded to host
 * values and encoded back to the same bytes.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "scsi_codec.h"
#include "tests/unit/pv_check.h"

START_TEST(read_capacity16_round_trip)
{
	/* 2^33 blocks of 4096 bytes, LBPME and LBPRZ, lowest aligned LBA 3, 8 per physical */
	const uint8_t wire[32] = {0x00, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF,
				  0x00, 0x00, 0x10, 0x00, 0x00, 0x03, 0xC0, 0x03};
	struct scsi_read_capacity16_data d;
	uint8_t out[32];

	ck_assert_int_eq(scsi_read_capacity16_data_decode(wire, sizeof(wire), NULL, &d), PV_OK);
	ck_assert_uint_eq(d.last_lba, 0x1FFFFFFFFull);
	ck_assert_uint_eq(d.block_len, 4096);
	ck_assert_uint_eq(d.lbppbe, 3);
	ck_assert_uint_eq(d.lbpme, 1);
	ck_assert_uint_eq(d.lbprz, 1);
	ck_assert_uint_eq(d.lowest_aligned_lba, 3);
	memset(out, 0xEE, sizeof(out));
	ck_assert_int_eq(scsi_read_capacity16_data_encode(&d, out, sizeof(out)), 32);
	ck_assert_mem_eq(out, wire, sizeof(wire));
	ck_assert_int_eq(scsi_read_capacity16_data_encode(&d, out, 31), -PV_ERR_NOSPACE);
}
END_TEST

START_TEST(sense_sks_bits)
{
	struct scsi_sense_fixed s;
	uint8_t out[18], again[18];
	char line[256];

	memset(&s, 0, sizeof(s));
	s.response_code = SCSI_SENSE_FORMAT_FIXED_CURRENT;
	s.sense_key = SCSI_SENSE_KEY_ILLEGAL_REQUEST;
	s.additional_len = 10;
	s.information = 0x01020304;
	s.asc = 0x24;
	s.sksv = 1;
	s.cd = 1;
	s.bpv = 1;
	s.bit_pointer = 5;
	s.field_pointer = 0x0102;
	ck_assert_int_eq(scsi_sense_fixed_encode(&s, out, sizeof(out)), 18);
	ck_assert_uint_eq(out[0], 0x70);
	ck_assert_uint_eq(out[2], 0x05);
	ck_assert_uint_eq(out[3], 0x01);
	ck_assert_uint_eq(out[6], 0x04);
	/* SKSV | C/D | BPV | bit 5, then the field pointer, most significant byte first */
	ck_assert_uint_eq(out[15], 0x80 | 0x40 | 0x08 | 5);
	ck_assert_uint_eq(out[16], 0x01);
	ck_assert_uint_eq(out[17], 0x02);
	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(scsi_sense_fixed_decode(out, sizeof(out), NULL, &s), PV_OK);
	ck_assert_uint_eq(s.field_pointer, 0x0102);
	ck_assert_uint_eq(s.bit_pointer, 5);
	ck_assert_uint_eq(s.information, 0x01020304);
	ck_assert_int_eq(scsi_sense_fixed_encode(&s, again, sizeof(again)), 18);
	ck_assert_mem_eq(again, out, sizeof(out));
	ck_assert_int_gt(scsi_sense_fixed_format(&s, line, sizeof(line)), 0);
	ck_assert_ptr_nonnull(strstr(line, " field_pointer=258"));
	ck_assert_ptr_nonnull(strstr(line, " information=16909060"));
}
END_TEST

START_TEST(be24_block_descriptor)
{
	const uint8_t wire[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x02, 0x00};
	struct scsi_block_desc_short d;
	uint8_t out[8];

	ck_assert_int_eq(scsi_block_desc_short_decode(wire, 8, NULL, &d), PV_OK);
	ck_assert_uint_eq(d.nblocks, 0xFFFFFFFFu);
	ck_assert_uint_eq(d.block_len, 512);
	ck_assert_int_eq(scsi_block_desc_short_encode(&d, out, 8), 8);
	ck_assert_mem_eq(out, wire, 8);
	/* a value a be24 cannot carry is refused, not truncated */
	d.block_len = 0x1000000;
	ck_assert_int_eq(scsi_block_desc_short_encode(&d, out, 8), -PV_ERR_RANGE);
}
END_TEST

START_TEST(unmap_list_tail)
{
	const uint8_t wire[8 + 32] = {
		0x00, 0x26, 0x00, 0x20, 0,    0,    0,    0,    0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
		0x10, 0x00, 0x00, 0x00, 0x00, 0x08, 0,    0,    0,    0,    0x80, 0x00, 0x00, 0x00,
		0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0,    0,    0,    0,
	};
	struct scsi_unmap_param_list *l = calloc(1, sizeof(*l));
	uint8_t out[sizeof(wire)];

	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(scsi_unmap_param_list_decode(wire, sizeof(wire), NULL, l), PV_OK);
	ck_assert_uint_eq(l->data_len, 0x26);
	ck_assert_uint_eq(l->desc_len, 0x20);
	ck_assert_uint_eq(l->descs_count, 2);
	ck_assert_uint_eq(l->descs[0].lba, 0x1000);
	ck_assert_uint_eq(l->descs[0].nblocks, 8);
	ck_assert_uint_eq(l->descs[1].lba, 0x8000000000000001ull);
	ck_assert_uint_eq(l->descs[1].nblocks, 0x10000);
	ck_assert_int_eq(scsi_unmap_param_list_encode(l, out, sizeof(out)), (int)sizeof(wire));
	ck_assert_mem_eq(out, wire, sizeof(wire));
	/* a partial descriptor is refused */
	ck_assert_int_eq(scsi_unmap_param_list_decode(wire, sizeof(wire) - 1, NULL, l),
			 PV_ERR_COUNT);
	free(l);
}
END_TEST

START_TEST(cdb_enum_on_host_value)
{
	uint8_t rc16[16] = {0x9E, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x00, 0x00, 0x20, 0, 0};
	struct scsi_cdb_service_action_in16 d;

	ck_assert_int_eq(scsi_cdb_service_action_in16_decode(rc16, 16, NULL, &d), PV_OK);
	ck_assert_uint_eq(d.alloc_len, 32);
	rc16[1] = 0x11;
	ck_assert_int_eq(scsi_cdb_service_action_in16_decode(rc16, 16, NULL, &d), PV_ERR_ENUM);
	rc16[0] = 0x9F;
	ck_assert_int_eq(scsi_cdb_service_action_in16_decode(rc16, 16, NULL, &d), PV_ERR_CONST);
	/* the encoder checks what the decoder checks, and writes the opcode constant itself */
	memset(&d, 0, sizeof(d));
	d.service_action = 0x11;
	ck_assert_int_eq(scsi_cdb_service_action_in16_encode(&d, rc16, 16), -PV_ERR_ENUM);
	d.service_action = SCSI_SERVICE_ACTION_IN_READ_CAPACITY_16;
	d.pmi = 2; /* a 1-bit subfield */
	ck_assert_int_eq(scsi_cdb_service_action_in16_encode(&d, rc16, 16), -PV_ERR_RANGE);
	d.pmi = 1;
	ck_assert_int_eq(scsi_cdb_service_action_in16_encode(&d, rc16, 16), 16);
	ck_assert_uint_eq(rc16[0], 0x9E);
	ck_assert_uint_eq(rc16[1], 0x10);
	ck_assert_uint_eq(rc16[14], 0x01);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(read_capacity16_round_trip), PV_CASE(sense_sks_bits),
		PV_CASE(be24_block_descriptor),      PV_CASE(unmap_list_tail),
		PV_CASE(cdb_enum_on_host_value),     {0}};

	return pv_check_run("scsi_codec", cases);
}
