/* SPDX-License-Identifier: MIT */
/*
 * Tests for generated/rndis_codec.c, driven directly: the message table's
 * invariants (msg_table.h: sorted, round trips of random bodies, the length
 * and direction gates, dispatch), messages laid out as the Linux guest lays
 * out struct rndis_message (include/linux/rndis.h), every length and offset
 * the guest controls checked against the message (a buffer inside it, never
 * past it), and the device-machine events the messages feed.
 */
#include <check.h>

#include "msg_table.h"
#include "rndis_codec.h"
#include "rndis_device_fsm.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

MSG_TABLE_CHECKS(rndis)

/*
 * A random body is plausible once its msg_len is the buffer's; a PACKET also
 * needs its data inside it (from offset 36 of the body, at least one byte).
 */
static void msg_len(uint8_t *buf, size_t len, const struct pv_msg_desc *d)
{
	pv_put_u32(buf + 4, (uint32_t)len);
	if (d->type == RNDIS_MSG_TYPE_PACKET && len > 44) {
		pv_put_u32(buf + 8, 36);
		pv_put_u32(buf + 12, (uint32_t)len - 44);
		pv_put_u32(buf + 20, 0);
		pv_put_u32(buf + 32, 0);
	}
}

START_TEST(table)
{
	rndis_table_checks(msg_len, 48, 16, false);
}
END_TEST

START_TEST(linux_layout)
{
	const struct pv_codec_ctx to_host = {0, 0, PV_DIR_TO_HOST};
	const struct pv_codec_ctx to_guest = {0, 0, PV_DIR_TO_GUEST};
	uint8_t buf[64], out[64];
	struct rndis_msg m;

	/* rndis_initialize_request: req_id, major, minor, max_xfer_size */
	msg_words(buf, sizeof(buf),
		  (const uint32_t[]){RNDIS_MSG_TYPE_INIT, 24, 7, RNDIS_MAJOR_VERSION,
				     RNDIS_MINOR_VERSION, 0x4000},
		  6);
	ck_assert_int_eq(rndis_msg_decode(buf, 24, &to_host, &m), PV_OK);
	ck_assert_uint_eq(m.u.init.req_id, 7);
	ck_assert_uint_eq(m.u.init.max_xfer_size, 0x4000);
	/* rndis_initialize_complete, as the host answers it */
	msg_words(buf, sizeof(buf),
		  (const uint32_t[]){RNDIS_MSG_TYPE_INIT_C, 52, 7, RNDIS_STATUS_SUCCESS,
				     RNDIS_MAJOR_VERSION, RNDIS_MINOR_VERSION, 1,
				     RNDIS_MEDIUM_802_3, 8, 0x4000, 3, 0, 0},
		  13);
	ck_assert_int_eq(rndis_msg_decode(buf, 52, &to_guest, &m), PV_OK);
	ck_assert_uint_eq(m.u.init_c.max_pkt_per_msg, 8);
	ck_assert_uint_eq(m.u.init_c.pkt_alignment_factor, 3);
	ck_assert_int_eq(rndis_msg_encode(&m, &to_guest, out, sizeof(out)), 52);
	ck_assert_mem_eq(out, buf, 52);
	ck_assert_int_eq(rndis_msg_encode(&m, &to_guest, out, 51), -PV_ERR_NOSPACE);
	/* rndis_packet: a 60-byte frame right after the header, one 12-byte PPI before it */
	msg_words(buf, sizeof(buf),
		  (const uint32_t[]){RNDIS_MSG_TYPE_PACKET, 44 + 12 + 60, 36 + 12, 60, 0, 0, 0, 36,
				     12},
		  9);
	ck_assert_int_eq(rndis_msg_decode(buf, 44 + 12 + 60, &to_host, &m), PV_OK);
	ck_assert_uint_eq(m.u.packet.data_offset, 48);
	ck_assert_uint_eq(m.u.packet.per_pkt_info_len, 12);
}
END_TEST

/*
 * Fields the guest controls, made wrong: a good message (its words and the
 * buffer length), then one word changed.
 */
static const struct bad_field {
	const char *what;
	uint32_t w[11];
	uint32_t len;
	unsigned word;
	uint32_t bad;
	enum pv_codec_err err;
} bad_fields[] = {
	{"msg_len past the buffer", {RNDIS_MSG_TYPE_HALT, 12, 1}, 12, 1, 13, PV_ERR_RANGE},
	{"msg_len below the message", {RNDIS_MSG_TYPE_HALT, 12, 1}, 12, 1, 11, PV_ERR_RANGE},
	{"QUERY buffer past msg_len",
	 {RNDIS_MSG_TYPE_QUERY, 40, 1, 0x10101, 8, 20},
	 40,
	 4,
	 13,
	 PV_ERR_COUNT},
	{"QUERY buffer inside the header",
	 {RNDIS_MSG_TYPE_QUERY, 40, 1, 0x10101, 8, 20},
	 40,
	 5,
	 19,
	 PV_ERR_COUNT},
	{"QUERY buffer offset wrapping",
	 {RNDIS_MSG_TYPE_QUERY, 40, 1, 0x10101, 8, 20},
	 40,
	 5,
	 0xfffffff8u,
	 PV_ERR_COUNT},
	{"SET buffer past msg_len",
	 {RNDIS_MSG_TYPE_SET, 32, 1, RNDIS_OID_GEN_CURRENT_PACKET_FILTER, 4, 20},
	 32,
	 4,
	 5,
	 PV_ERR_COUNT},
	{"PACKET without data", {RNDIS_MSG_TYPE_PACKET, 60, 36, 16}, 60, 3, 0, PV_ERR_COUNT},
	{"PACKET data past msg_len", {RNDIS_MSG_TYPE_PACKET, 60, 36, 16}, 60, 3, 17, PV_ERR_COUNT},
	{"PACKET data inside the header",
	 {RNDIS_MSG_TYPE_PACKET, 60, 36, 16},
	 60,
	 2,
	 35,
	 PV_ERR_COUNT},
	{"PACKET PPI past msg_len",
	 {RNDIS_MSG_TYPE_PACKET, 60, 36, 8, 0, 0, 0, 44, 8},
	 60,
	 8,
	 9,
	 PV_ERR_COUNT},
	{"PACKET OOB past msg_len",
	 {RNDIS_MSG_TYPE_PACKET, 60, 36, 8, 44, 8},
	 60,
	 5,
	 9,
	 PV_ERR_COUNT},
	{"INIT_C status unknown",
	 {RNDIS_MSG_TYPE_INIT_C, 52, 1, RNDIS_STATUS_SUCCESS},
	 52,
	 3,
	 1,
	 PV_ERR_ENUM},
	{"INIT_C alignment over 2^12",
	 {RNDIS_MSG_TYPE_INIT_C, 52, 1, 0, 1, 0, 1, 0, 1, 1, 12},
	 52,
	 10,
	 13,
	 PV_ERR_RANGE},
};

START_TEST(malformed_fields)
{
	const struct bad_field *c = &bad_fields[_i];
	uint8_t buf[64];
	struct rndis_msg m;

	msg_words(buf, sizeof(buf), c->w, RT_ARRAY_SIZE(c->w));
	ck_assert_msg(rndis_msg_decode(buf, c->len, NULL, &m) == PV_OK, "%s: good", c->what);
	pv_put_u32(buf + 4 * c->word, c->bad);
	ck_assert_msg(rndis_msg_decode(buf, c->len, NULL, &m) == c->err, "%s", c->what);
}
END_TEST

/* The device-machine event each message feeds (spec/rndis.yaml), by status and direction. */
static const struct event_case {
	uint32_t type, status;
	uint8_t dir;
	int ev;
} event_cases[] = {
	{RNDIS_MSG_TYPE_INIT, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_INIT},
	{RNDIS_MSG_TYPE_INIT_C, RNDIS_STATUS_SUCCESS, PV_DIR_TO_GUEST, RNDIS_DEVICE_EV_INIT_OK},
	{RNDIS_MSG_TYPE_INIT_C, RNDIS_STATUS_FAILURE, PV_DIR_TO_GUEST, RNDIS_DEVICE_EV_INIT_FAIL},
	{RNDIS_MSG_TYPE_QUERY, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_REQUEST},
	{RNDIS_MSG_TYPE_SET, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_REQUEST},
	{RNDIS_MSG_TYPE_SET_EX, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_REQUEST},
	{RNDIS_MSG_TYPE_RESET, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_REQUEST},
	{RNDIS_MSG_TYPE_KEEPALIVE, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_REQUEST},
	{RNDIS_MSG_TYPE_QUERY_C, 0, PV_DIR_TO_GUEST, RNDIS_DEVICE_EV_COMPLETE},
	{RNDIS_MSG_TYPE_SET_C, 0, PV_DIR_TO_GUEST, RNDIS_DEVICE_EV_COMPLETE},
	{RNDIS_MSG_TYPE_KEEPALIVE_C, 0, PV_DIR_TO_GUEST, RNDIS_DEVICE_EV_COMPLETE},
	{RNDIS_MSG_TYPE_INDICATE, 0, PV_DIR_TO_GUEST, RNDIS_DEVICE_EV_INDICATE},
	{RNDIS_MSG_TYPE_HALT, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_HALT},
	{RNDIS_MSG_TYPE_PACKET, 0, PV_DIR_TO_HOST, RNDIS_DEVICE_EV_PACKET_RX},
	{RNDIS_MSG_TYPE_PACKET, 0, PV_DIR_TO_GUEST, RNDIS_DEVICE_EV_PACKET_TX},
	{RNDIS_MSG_TYPE_PACKET, 0, 0, 0},
	{0x80000007u, 0, PV_DIR_TO_GUEST, 0}, /* INDICATE's bit pattern with the complete bit */
};

START_TEST(events)
{
	const struct event_case *c = &event_cases[_i];
	struct rndis_msg m;

	memset(&m, 0, sizeof(m));
	m.type = c->type;
	m.u.init_c.status = c->status;
	ck_assert_int_eq(rndis_msg_event(&m, c->dir), c->ev);
}
END_TEST

MSG_CODEC_MAIN("rndis_codec")
