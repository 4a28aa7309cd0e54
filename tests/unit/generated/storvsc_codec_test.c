/* SPDX-License-Identifier: MIT */
/*
 * Tests for generated/storvsc_codec.c, driven directly: the message table's
 * invariants (msg_table.h: sorted, round trips of random bodies, the length,
 * direction and version gates, dispatch), an EXECUTE_SRB laid out as the
 * Linux guest lays out struct vstor_packet (drivers/scsi/storvsc_drv.c), the
 * two layouts chosen by length, each malformed field the decoder refuses,
 * and the init-machine events the messages feed.
 */
#include <check.h>

#include "msg_table.h"
#include "storvsc_codec.h"
#include "runtime/util.h"
#include "storvsc_init_fsm.h"
#include "tests/unit/pv_check.h"

MSG_TABLE_CHECKS(storvsc)

/* A random SRB is plausible once its length says which request it is. */
static void srb_length(uint8_t *buf, size_t len, const struct pv_msg_desc *d)
{
	if (d->type == STORVSC_OPERATION_EXECUTE_SRB)
		pv_put_u16(buf + 12, len >= STORVSC_SRB_PACKET_SIZE ? STORVSC_SCSI_REQUEST_SIZE
								    : STORVSC_SCSI_REQUEST_V1_SIZE);
	pv_put_u32(buf + 4, buf[4] & 1); /* flags: REQUEST_COMPLETION_FLAG only */
}

START_TEST(table)
{
	storvsc_table_checks(srb_length, 64, 16, true);
}
END_TEST

/* A WIN8+ READ(10) of 8 blocks at LBA 0x1234 to LUN 2, at Linux's offsets. */
static int srb_wire(uint8_t *buf, size_t cap)
{
	struct storvsc_msg m;

	memset(&m, 0, sizeof(m));
	m.type = STORVSC_OPERATION_EXECUTE_SRB;
	m.variant = STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET;
	m.u.srb_packet.hdr.flags = 1;
	m.u.srb_packet.srb.length = STORVSC_SCSI_REQUEST_SIZE;
	m.u.srb_packet.srb.path_id = 0;
	m.u.srb_packet.srb.target_id = 1;
	m.u.srb_packet.srb.lun = 2;
	m.u.srb_packet.srb.cdb_length = 10;
	m.u.srb_packet.srb.sense_info_length = STORVSC_SENSE_SIZE;
	m.u.srb_packet.srb.data_in = STORVSC_DATA_IN_READ;
	m.u.srb_packet.srb.data_transfer_length = 4096;
	memcpy(m.u.srb_packet.srb.cdb, "\x28\0\0\0\x12\x34\0\0\x08\0", 10);
	m.u.srb_packet.srb.srb_flags = 0x40000;
	m.u.srb_packet.srb.time_out_value = 60;
	return storvsc_msg_encode(&m, NULL, buf, cap);
}

START_TEST(linux_layout)
{
	uint8_t buf[80];
	struct storvsc_msg m;

	ck_assert_int_eq(srb_wire(buf, sizeof(buf)), 64);
	ck_assert_uint_eq(pv_get_u32(buf + 0), STORVSC_OPERATION_EXECUTE_SRB); /* operation */
	ck_assert_uint_eq(pv_get_u32(buf + 4), 1);                             /* flags */
	ck_assert_uint_eq(pv_get_u16(buf + 12), 52);                           /* vm_srb.length */
	ck_assert_uint_eq(buf[18], 1);                                         /* target_id */
	ck_assert_uint_eq(buf[19], 2);                                         /* lun */
	ck_assert_uint_eq(buf[20], 10);                                        /* cdb_length */
	ck_assert_uint_eq(buf[21], 20);                                 /* sense_info_length */
	ck_assert_uint_eq(buf[22], 1);                                  /* data_in */
	ck_assert_uint_eq(pv_get_u32(buf + 24), 4096);                  /* data_transfer_length */
	ck_assert_mem_eq(buf + 28, "\x28\0\0\0\x12\x34\0\0\x08\0", 10); /* cdb */
	ck_assert_uint_eq(pv_get_u32(buf + 52), 0x40000);               /* srb_flags */
	ck_assert_uint_eq(pv_get_u32(buf + 56), 60);                    /* time_out_value */
	ck_assert_int_eq(srb_wire(buf, 63), -PV_ERR_NOSPACE);
	/* The 64-byte form from WIN8 on, the 48-byte one before: chosen by length. */
	ck_assert_int_eq(srb_wire(buf, sizeof(buf)), 64);
	ck_assert_int_eq(storvsc_msg_decode(buf, 64, NULL, &m), PV_OK);
	ck_assert_uint_eq(m.variant, STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET);
	ck_assert_uint_eq(m.u.srb_packet.srb.time_out_value, 60);
	pv_put_u16(buf + 12, STORVSC_SCSI_REQUEST_V1_SIZE);
	ck_assert_int_eq(storvsc_msg_decode(buf, 48, NULL, &m), PV_OK);
	ck_assert_uint_eq(m.variant, STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET_V1);
	ck_assert_uint_eq(m.u.execute_srb.srb.lun, 2);
	ck_assert_uint_eq(m.u.execute_srb.srb.data_transfer_length, 4096);
}
END_TEST

/* Each field the decoder checks, made wrong in an otherwise good EXECUTE_SRB. */
static const struct bad_field {
	const char *what;
	size_t off;
	uint8_t value;
	enum pv_codec_err err;
} bad_fields[] = {
	{"flags outside REQUEST_COMPLETION_FLAG", 4, 2, PV_ERR_FLAGS},
	{"srb length neither 52 nor 36", 12, 40, PV_ERR_RANGE},
	{"cdb_length over 16", 20, 17, PV_ERR_RANGE},
	{"data_in not WRITE, READ or UNKNOWN", 22, 3, PV_ERR_ENUM},
};

START_TEST(malformed_fields)
{
	const struct bad_field *c = &bad_fields[_i];
	const struct pv_codec_ctx to_host = {STORVSC_VERSION_WIN10, 0, PV_DIR_TO_HOST};
	uint8_t buf[64];
	struct storvsc_msg m;

	ck_assert_int_eq(srb_wire(buf, sizeof(buf)), 64);
	buf[c->off] = c->value;
	ck_assert_msg(storvsc_msg_decode(buf, 64, &to_host, &m) == c->err, "%s", c->what);
}
END_TEST

/* The init-machine event each message feeds (spec/storvsc.yaml `event:`). */
static const struct event_case {
	uint32_t type;
	int ev;
} event_cases[] = {
	{STORVSC_OPERATION_BEGIN_INITIALIZATION, STORVSC_INIT_EV_BEGIN_INITIALIZATION},
	{STORVSC_OPERATION_QUERY_PROPERTIES, STORVSC_INIT_EV_QUERY_PROPERTIES},
	{STORVSC_OPERATION_FCHBA_DATA, STORVSC_INIT_EV_FCHBA_DATA},
	{STORVSC_OPERATION_END_INITIALIZATION, STORVSC_INIT_EV_END_INITIALIZATION},
	{STORVSC_OPERATION_EXECUTE_SRB, STORVSC_INIT_EV_EXECUTE_SRB},
	{STORVSC_OPERATION_RESET_LUN, STORVSC_INIT_EV_RESET},
	{STORVSC_OPERATION_RESET_ADAPTER, STORVSC_INIT_EV_RESET},
	{STORVSC_OPERATION_RESET_BUS, STORVSC_INIT_EV_RESET},
	{STORVSC_OPERATION_CREATE_SUB_CHANNELS, STORVSC_INIT_EV_CREATE_SUB_CHANNELS},
	/* The VSP judges the version, then feeds VERSION_ACCEPTED or _REJECTED. */
	{STORVSC_OPERATION_QUERY_PROTOCOL_VERSION, 0},
	{STORVSC_OPERATION_COMPLETE_IO, 0},
	{STORVSC_OPERATION_ENUMERATE_BUS, 0},
	{99, 0},
};

START_TEST(events)
{
	struct storvsc_msg m;

	memset(&m, 0, sizeof(m));
	m.type = event_cases[_i].type;
	ck_assert_int_eq(storvsc_msg_event(&m, PV_DIR_TO_HOST), event_cases[_i].ev);
}
END_TEST

MSG_CODEC_MAIN("storvsc_codec")
