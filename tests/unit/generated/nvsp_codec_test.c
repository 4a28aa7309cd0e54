/* SPDX-License-Identifier: MIT */
/*
 * Tests for generated/nvsp_codec.c, driven directly: the message table's
 * invariants (msg_table.h: sorted, round trips of random bodies, the length,
 * direction, version gates, dispatch), messages laid out as the Linux guest
 * lays out struct nvsp_message (drivers/net/hyperv/hyperv_net.h), each
 * malformed field the decoder refuses, and the init-machine events the
 * messages feed, including those that depend on a status or a direction.
 */
#include <check.h>

#include "msg_table.h"
#include "nvsp_codec.h"
#include "nvsp_init_fsm.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

MSG_TABLE_CHECKS(nvsp)

/* A random SEND_INDIRECTION_TABLE is plausible with its fixed count and table offset. */
static void fixed_words(uint8_t *buf, size_t len, const struct pv_msg_desc *d)
{
	if (d->type != NVSP_MSG_TYPE_SEND_INDIRECTION_TABLE || len < 12)
		return;
	pv_put_u32(buf + 4, NVSP_SEND_TABLE_ENTRIES);
	pv_put_u32(buf + 8, NVSP_SEND_TABLE_OFFSET);
}

START_TEST(table)
{
	nvsp_table_checks(fixed_words, 40, 16, false);
}
END_TEST

START_TEST(linux_layout)
{
	const struct pv_codec_ctx to_host = {NVSP_VERSION_V61, 0, PV_DIR_TO_HOST};
	const struct pv_codec_ctx to_guest = {NVSP_VERSION_V61, 0, PV_DIR_TO_GUEST};
	uint8_t buf[40], out[40];
	struct nvsp_msg m;
	size_t n;

	/* nvsp_message_init: min_protocol_ver, max_protocol_ver */
	n = msg_words(buf, sizeof(buf),
		      (const uint32_t[]){NVSP_MSG_TYPE_INIT, NVSP_VERSION_V2, NVSP_VERSION_V61}, 3);
	ck_assert_int_eq(nvsp_msg_decode(buf, n, &to_host, &m), PV_OK);
	ck_assert_uint_eq(m.u.init.min_protocol_ver, NVSP_VERSION_V2);
	ck_assert_uint_eq(m.u.init.max_protocol_ver, NVSP_VERSION_V61);
	/* nvsp_message_init_complete: negotiated_protocol_ver, max_mdl_chain_len, status */
	n = msg_words(buf, sizeof(buf),
		      (const uint32_t[]){NVSP_MSG_TYPE_INIT_COMPLETE, 0, 34, NVSP_STATUS_SUCCESS},
		      4);
	ck_assert_int_eq(nvsp_msg_decode(buf, n, &to_guest, &m), PV_OK);
	ck_assert_uint_eq(m.u.init_complete.max_mdl_chain_len, 34);
	ck_assert_uint_eq(m.u.init_complete.status, NVSP_STATUS_SUCCESS);
	ck_assert_int_eq(nvsp_msg_encode(&m, &to_guest, out, sizeof(out)), (int)n);
	ck_assert_mem_eq(out, buf, n);
	/* nvsp_1_message_send_rndis_packet: channel_type, section index, section size */
	n = msg_words(buf, sizeof(buf),
		      (const uint32_t[]){NVSP_MSG_TYPE_SEND_RNDIS_PKT, NVSP_CHANNEL_TYPE_CONTROL,
					 0xffffffff, 0},
		      4);
	ck_assert_int_eq(nvsp_msg_decode(buf, n, &to_host, &m), PV_OK);
	ck_assert_uint_eq(m.u.send_rndis_pkt.channel_type, NVSP_CHANNEL_TYPE_CONTROL);
	ck_assert_uint_eq(m.u.send_rndis_pkt.send_buf_section_index, 0xffffffff);
	/* nvsp_1_message_send_receive_buffer_complete: status, num_sections, sections[0] */
	n = msg_words(buf, sizeof(buf),
		      (const uint32_t[]){NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE, NVSP_STATUS_SUCCESS,
					 1, 0, 1728, 9000, 1728 * 9000},
		      7);
	ck_assert_int_eq(nvsp_msg_decode(buf, n, &to_guest, &m), PV_OK);
	ck_assert_uint_eq(m.u.send_recv_buf_complete.num_sections, 1);
	ck_assert_uint_eq(m.u.send_recv_buf_complete.section.sub_alloc_size, 1728);
	ck_assert_uint_eq(m.u.send_recv_buf_complete.section.num_sub_allocs, 9000);
	ck_assert_uint_eq(m.u.send_recv_buf_complete.section.end_offset, 1728 * 9000);
	ck_assert_int_eq(nvsp_msg_encode(&m, &to_guest, out, n - 1), -PV_ERR_NOSPACE);
}
END_TEST

/* Fields the decoder checks: a message (7 words), the word that is good, then made bad. */
static const struct bad_field {
	const char *what;
	uint32_t w[7];
	uint8_t dir;
	unsigned word;
	uint32_t bad;
	enum pv_codec_err err;
} bad_fields[] = {
	{"INIT_COMPLETE status past the last",
	 {NVSP_MSG_TYPE_INIT_COMPLETE, 0, 0, 1},
	 PV_DIR_TO_GUEST,
	 3,
	 NVSP_STATUS_PROTOCOL_UNSUPPORTED + 1,
	 PV_ERR_ENUM},
	{"SEND_RNDIS_PKT channel neither data nor control",
	 {NVSP_MSG_TYPE_SEND_RNDIS_PKT},
	 PV_DIR_TO_HOST,
	 1,
	 2,
	 PV_ERR_ENUM},
	{"SEND_RECV_BUF_COMPLETE status unknown",
	 {NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE, 1, 1},
	 PV_DIR_TO_GUEST,
	 1,
	 99,
	 PV_ERR_ENUM},
	{"SEND_SEND_BUF_COMPLETE status unknown",
	 {NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE, 1},
	 PV_DIR_TO_GUEST,
	 1,
	 0x80000000u,
	 PV_ERR_ENUM},
	{"a type between the table's",
	 {NVSP_MSG_TYPE_INIT, 2, 2},
	 PV_DIR_TO_HOST,
	 0,
	 NVSP_MSG_TYPE_SEND_CHIMNEY_DELEGATED_BUF,
	 PV_ERR_UNKNOWN_TYPE},
	{"a type the guest may not send before version 5",
	 {NVSP_MSG_TYPE_SUBCHANNEL},
	 PV_DIR_TO_HOST,
	 0,
	 NVSP_MSG_TYPE_SUBCHANNEL,
	 PV_ERR_VERSION},
};

START_TEST(malformed_fields)
{
	const struct bad_field *c = &bad_fields[_i];
	struct pv_codec_ctx ctx = {NVSP_VERSION_V61, 0, c->dir};
	uint8_t buf[40];
	struct nvsp_msg m;

	msg_words(buf, sizeof(buf), c->w, 7);
	ck_assert_msg(nvsp_msg_decode(buf, 28, &ctx, &m) == PV_OK, "%s: good", c->what);
	pv_put_u32(buf + 4 * c->word, c->bad);
	if (c->err == PV_ERR_VERSION)
		ctx.version = NVSP_VERSION_V4;
	ck_assert_msg(nvsp_msg_decode(buf, 28, &ctx, &m) == c->err, "%s", c->what);
}
END_TEST

/* The init-machine event each message feeds (spec/nvsp.yaml), by status and direction. */
static const struct event_case {
	uint32_t w[4];
	uint8_t dir;
	int ev;
} event_cases[] = {
	{{NVSP_MSG_TYPE_INIT}, PV_DIR_TO_HOST, NVSP_INIT_EV_INIT},
	{{NVSP_MSG_TYPE_INIT_COMPLETE, 0, 0, NVSP_STATUS_SUCCESS},
	 PV_DIR_TO_GUEST,
	 NVSP_INIT_EV_INIT_OK},
	{{NVSP_MSG_TYPE_INIT_COMPLETE, 0, 0, NVSP_STATUS_FAIL},
	 PV_DIR_TO_GUEST,
	 NVSP_INIT_EV_INIT_FAIL},
	{{NVSP_MSG_TYPE_INIT_COMPLETE, 0, 0, NVSP_STATUS_PROTOCOL_TOO_OLD},
	 PV_DIR_TO_GUEST,
	 NVSP_INIT_EV_INIT_FAIL},
	{{NVSP_MSG_TYPE_SEND_NDIS_CONFIG}, PV_DIR_TO_HOST, NVSP_INIT_EV_NDIS_CONFIG},
	{{NVSP_MSG_TYPE_SEND_NDIS_VER}, PV_DIR_TO_HOST, NVSP_INIT_EV_NDIS_VERSION},
	{{NVSP_MSG_TYPE_SEND_RECV_BUF}, PV_DIR_TO_HOST, NVSP_INIT_EV_RECV_BUF},
	{{NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE, NVSP_STATUS_SUCCESS},
	 PV_DIR_TO_GUEST,
	 NVSP_INIT_EV_RECV_BUF_OK},
	{{NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE, NVSP_STATUS_FAIL},
	 PV_DIR_TO_GUEST,
	 NVSP_INIT_EV_RECV_BUF_FAIL},
	{{NVSP_MSG_TYPE_SEND_SEND_BUF}, PV_DIR_TO_HOST, NVSP_INIT_EV_SEND_BUF},
	{{NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE, NVSP_STATUS_SUCCESS},
	 PV_DIR_TO_GUEST,
	 NVSP_INIT_EV_SEND_BUF_OK},
	{{NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE, NVSP_STATUS_BUSY},
	 PV_DIR_TO_GUEST,
	 NVSP_INIT_EV_SEND_BUF_FAIL},
	{{NVSP_MSG_TYPE_SEND_RNDIS_PKT}, PV_DIR_TO_HOST, NVSP_INIT_EV_RNDIS},
	{{NVSP_MSG_TYPE_SEND_RNDIS_PKT}, PV_DIR_TO_GUEST, 0},
	{{NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE}, PV_DIR_TO_HOST, 0},
	{{NVSP_MSG_TYPE_SWITCH_DATA_PATH}, PV_DIR_TO_HOST, NVSP_INIT_EV_SWITCH_DATA_PATH},
	{{NVSP_MSG_TYPE_SWITCH_DATA_PATH}, PV_DIR_TO_GUEST, 0},
	{{NVSP_MSG_TYPE_SUBCHANNEL}, PV_DIR_TO_HOST, NVSP_INIT_EV_SUBCHANNEL},
	{{NVSP_MSG_TYPE_REVOKE_RECV_BUF}, PV_DIR_TO_HOST, NVSP_INIT_EV_REVOKE_RECV_BUF},
	{{NVSP_MSG_TYPE_REVOKE_SEND_BUF}, PV_DIR_TO_HOST, NVSP_INIT_EV_REVOKE_SEND_BUF},
	{{NVSP_MSG_TYPE_SEND_INDIRECTION_TABLE}, PV_DIR_TO_GUEST, 0},
};

START_TEST(events)
{
	const struct event_case *c = &event_cases[_i];
	uint8_t buf[40];
	struct nvsp_msg m;

	msg_words(buf, sizeof(buf), c->w, 4);
	memset(&m, 0, sizeof(m));
	m.type = c->w[0];
	/* Decoded where the body says more than the type (a status). */
	if (nvsp_msg_lookup(m.type)->min_len <= 40)
		ck_assert_int_eq(nvsp_msg_decode(buf, 40, NULL, &m), PV_OK);
	ck_assert_int_eq(nvsp_msg_event(&m, c->dir), c->ev);
	m.type = NVSP_MSG_TYPE_SEND_CHIMNEY_DELEGATED_BUF; /* not in the table */
	ck_assert_int_eq(nvsp_msg_event(&m, c->dir), 0);
}
END_TEST

MSG_CODEC_MAIN("nvsp_codec")
