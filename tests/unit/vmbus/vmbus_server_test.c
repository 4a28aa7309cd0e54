/*
 * VMBus server control plane, driven in-process through a fake partition:
 * version negotiation and connection ids, offers, GPADLs, open validation,
 * unload/reconnect, MODIFYCHANNEL, and a catalogue of malformed and
 * wrong-state messages after each of which the server must still serve.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/vmbus/vmbus_echo.h"
#include "tests/unit/test_wait.h"
#include "vmbus_fake.h"
#include "vmbus_guest.h"
#include "tests/unit/pv_check.h"

#define MEM (64ull << 20)
#define VPS 2
#define STATUS_FAIL 0xC0000001u

static struct fake_part F;
static struct vmbus_echo *E[4];
static uint32_t msg_conn = 1;
static uint32_t cur_version;

static void start(uint32_t max_version, uint32_t msg_conn_id, int echos)
{
	struct vmbus_server_opts o = {.max_version = max_version, .msg_conn_id = msg_conn_id};

	ck_assert_int_eq(fake_part_init(&F, MEM, VPS), 0);
	ck_assert_int_eq(fake_server_init(&F, &o), 0);
	for (int i = 0; i < echos; i++) {
		uint8_t inst[16] = {0x11, 0x22, (uint8_t)i};
		ck_assert_int_eq(vmbus_echo_create(F.srv, &F.log, inst, &E[i]), 0);
	}
	msg_conn = msg_conn_id ? msg_conn_id : 1;
	cur_version = 0;
}

static void stop(void)
{
	for (int i = 0; i < 4; i++) {
		vmbus_echo_destroy(E[i]);
		E[i] = NULL;
	}
	fake_part_fini(&F);
}

static uint32_t contact_conn(uint32_t v)
{
	return v >= VMBUS_VERSION_WIN10_V5 ? 4 : 1;
}

static uint32_t mconn(void)
{
	return cur_version >= VMBUS_VERSION_WIN10_V5 ? msg_conn : 1;
}

static enum rt_hv_status contact(uint32_t conn, uint32_t v, uint32_t vp, uint32_t features)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_INITIATE_CONTACT, .variant = 1};

	m.u.initiate_contact.vmbus_version_requested = v;
	m.u.initiate_contact.target_vcpu = vp;
	m.u.initiate_contact.msg_sint = 2;
	m.u.initiate_contact.feature_flags = features;
	return fake_post_msg(&F, conn, &m);
}

static struct vmbus_msg take(uint32_t type)
{
	return guest_expect(&F, type);
}

static void connect_ok(uint32_t v)
{
	ck_assert_int_eq(contact(contact_conn(v), v, 0, 0), RT_HV_STATUS_SUCCESS);
	struct vmbus_msg r = take(VMBUS_MSG_TYPE_VERSION_RESPONSE);
	ck_assert_int_eq(r.u.version_response.version_supported, 1);
	cur_version = v;
	if (v >= VMBUS_VERSION_WIN10_V5)
		ck_assert_uint_eq(r.u.version_response.msg_conn_id, msg_conn);
}

static void simple(uint32_t type)
{
	struct vmbus_msg m = {.type = type};

	ck_assert_int_eq(fake_post_msg(&F, mconn(), &m), RT_HV_STATUS_SUCCESS);
}

static void request_offers(int n)
{
	simple(VMBUS_MSG_TYPE_REQUESTOFFERS);
	for (int i = 0; i < n; i++) {
		struct vmbus_msg o = take(VMBUS_MSG_TYPE_OFFERCHANNEL);
		ck_assert_uint_eq(o.u.offerchannel.child_relid, (uint32_t)i + 1);
		ck_assert_uint_eq(o.u.offerchannel.monitor_allocated, 0);
	}
	take(VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED);
}

/* Fixture teardown: every test ends with the server it started stopped. */
static void teardown(void)
{
	stop();
}

/* Fixture setup of the "offered" tests: a 5.3 guest connected and offered two channels. */
static void offered(void)
{
	start(0, 0, 2);
	connect_ok(VMBUS_VERSION_WIN10_V5_3);
	request_offers(2);
}

static enum rt_hv_status post_gpadl(uint32_t relid, uint32_t id, uint64_t pfn, uint32_t n)
{
	return guest_post_gpadl(&F, mconn(), relid, id, pfn, n);
}

static void gpadl_ok(uint32_t relid, uint32_t id, uint64_t pfn, uint32_t n)
{
	guest_gpadl_ok(&F, mconn(), relid, id, pfn, n);
}

static uint32_t open_status(uint32_t relid, uint32_t gpadl, uint32_t vp, uint32_t down)
{
	return guest_open(&F, mconn(), relid, gpadl, vp, down);
}

static void chan_msg(uint32_t type, uint32_t relid, uint32_t extra)
{
	struct vmbus_msg m = {.type = type};

	switch (type) {
	case VMBUS_MSG_TYPE_CLOSECHANNEL:
		m.u.closechannel.child_relid = relid;
		break;
	case VMBUS_MSG_TYPE_RELID_RELEASED:
		m.u.relid_released.child_relid = relid;
		break;
	case VMBUS_MSG_TYPE_GPADL_TEARDOWN:
		m.u.gpadl_teardown.child_relid = relid;
		m.u.gpadl_teardown.gpadl = extra;
		break;
	case VMBUS_MSG_TYPE_MODIFYCHANNEL:
		m.u.modifychannel.child_relid = relid;
		m.u.modifychannel.target_vp = extra;
		break;
	}
	ck_assert_int_eq(fake_post_msg(&F, mconn(), &m), RT_HV_STATUS_SUCCESS);
}

static struct vmbus_server_info info(void)
{
	struct vmbus_server_info i;

	vmbus_server_get_info(F.srv, &i);
	return i;
}

/* Proves the server still works: a fresh GPADL + open + close on relid 2. */
static void still_serves(uint32_t gpadl_id)
{
	gpadl_ok(2, gpadl_id, 0x800, 8);
	ck_assert_uint_eq(open_status(2, gpadl_id, 0, 4), 0);
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 2, 0);
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 2, gpadl_id);
	take(VMBUS_MSG_TYPE_GPADL_TORNDOWN);
	ck_assert_uint_eq(fake_pending(&F), 0);
}

/* A GPADL in use by relid's open ring: its teardown is answered only once the channel closes. */
static void teardown_waits_for_close(uint32_t relid, uint32_t gpadl)
{
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, relid, gpadl);
	fake_run(&F);
	ck_assert_uint_eq(fake_pending(&F), 0);
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, relid, 0);
	ck_assert_uint_eq(take(VMBUS_MSG_TYPE_GPADL_TORNDOWN).u.gpadl_torndown.gpadl, gpadl);
}

static const uint32_t all_versions[] = {
	VMBUS_VERSION_WS2008,     VMBUS_VERSION_WIN7,       VMBUS_VERSION_WIN8,
	VMBUS_VERSION_WIN8_1,     VMBUS_VERSION_WIN10,      VMBUS_VERSION_WIN10_V4_1,
	VMBUS_VERSION_WIN10_V5,   VMBUS_VERSION_WIN10_V5_1, VMBUS_VERSION_WIN10_V5_2,
	VMBUS_VERSION_WIN10_V5_3, VMBUS_VERSION_COPPER,
};

START_TEST(every_version)
{
	uint32_t v = all_versions[_i];

	start(0, 0x800074, 1);
	ck_assert_int_eq(contact(contact_conn(v), v, 1, 0x1), RT_HV_STATUS_SUCCESS);
	struct fake_msg *raw = &F.msgs[0];
	ck_assert_uint_eq(raw->vp, 1); /* target_vcpu honoured */
	ck_assert_uint_eq(raw->len, v >= VMBUS_VERSION_COPPER ? 20 : 16);
	struct vmbus_msg r = take(VMBUS_MSG_TYPE_VERSION_RESPONSE);
	ck_assert_int_eq(r.u.version_response.version_supported, 1);
	ck_assert_uint_eq(r.u.version_response.msg_conn_id,
			  v >= VMBUS_VERSION_WIN10_V5 ? 0x800074 : v);
	if (v >= VMBUS_VERSION_COPPER)
		ck_assert_uint_eq(r.u.version_response2.supported_features,
				  0x1 & VMBUS_SERVER_FEATURES);
	cur_version = v;
	msg_conn = 0x800074;
	request_offers(1);
	ck_assert_uint_eq(F.msgs[1].vp, 1);
	ck_assert_uint_eq(info().version, v);
}
END_TEST

START_TEST(refused_then_fallback)
{
	start(VMBUS_VERSION_WIN10, 0, 0);
	/* Linux's walk: 5.3 .. 4.1 refused, 4.0 accepted. */
	static const uint32_t walk[] = {VMBUS_VERSION_WIN10_V5_3, VMBUS_VERSION_WIN10_V5_2,
					VMBUS_VERSION_WIN10_V5_1, VMBUS_VERSION_WIN10_V5,
					VMBUS_VERSION_WIN10_V4_1};
	for (size_t i = 0; i < sizeof(walk) / sizeof(walk[0]); i++) {
		ck_assert_int_eq(contact(contact_conn(walk[i]), walk[i], 0, 0),
				 RT_HV_STATUS_SUCCESS);
		ck_assert_int_eq(
			take(VMBUS_MSG_TYPE_VERSION_RESPONSE).u.version_response.version_supported,
			0);
	}
	/* An unknown version is refused the same way. */
	ck_assert_int_eq(contact(4, 0x00050004, 0, 0), RT_HV_STATUS_SUCCESS);
	ck_assert_int_eq(take(VMBUS_MSG_TYPE_VERSION_RESPONSE).u.version_response.version_supported,
			 0);
	connect_ok(VMBUS_VERSION_WIN10);
}
END_TEST

START_TEST(connection_ids)
{
	start(0, 0x800074, 0);
	/* 5.x contact must come on 4, older on 1. */
	ck_assert_int_eq(contact(1, VMBUS_VERSION_WIN10_V5_3, 0, 0),
			 RT_HV_STATUS_INVALID_CONNECTION_ID);
	ck_assert_int_eq(contact(4, VMBUS_VERSION_WIN10, 0, 0), RT_HV_STATUS_INVALID_CONNECTION_ID);
	ck_assert_int_eq(contact(7, VMBUS_VERSION_WIN10, 0, 0), RT_HV_STATUS_INVALID_CONNECTION_ID);
	ck_assert_uint_eq(fake_pending(&F), 0);
	connect_ok(VMBUS_VERSION_WIN10_V5_2);
	/* Later messages only on the id we returned. */
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_REQUESTOFFERS};
	ck_assert_int_eq(fake_post_msg(&F, 1, &m), RT_HV_STATUS_INVALID_CONNECTION_ID);
	ck_assert_int_eq(fake_post_msg(&F, 4, &m), RT_HV_STATUS_INVALID_CONNECTION_ID);
	request_offers(0);
}
END_TEST

START_TEST(target_vp_and_sint)
{
	start(0, 0, 0);
	/* A VP the partition does not have: refused, answer goes to VP 0. */
	ck_assert_int_eq(contact(4, VMBUS_VERSION_WIN10_V5_3, VPS, 0), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_eq(F.msgs[0].vp, 0);
	ck_assert_int_eq(take(VMBUS_MSG_TYPE_VERSION_RESPONSE).u.version_response.version_supported,
			 0);
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_INITIATE_CONTACT, .variant = 1};
	m.u.initiate_contact.vmbus_version_requested = VMBUS_VERSION_WIN10_V5_3;
	m.u.initiate_contact.target_vcpu = 1;
	m.u.initiate_contact.msg_sint = 5;
	ck_assert_int_eq(fake_post_msg(&F, 4, &m), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_eq(F.msgs[1].vp, 1);
	ck_assert_uint_eq(F.msgs[1].sint, 5);
}
END_TEST

START_TEST(offers_rescind_release)
{
	/* A device added at run time is offered at once. */
	uint8_t inst[16] = {0x33};
	ck_assert_int_eq(vmbus_echo_create(F.srv, &F.log, inst, &E[2]), 0);
	struct vmbus_msg o = take(VMBUS_MSG_TYPE_OFFERCHANNEL);
	ck_assert_uint_eq(o.u.offerchannel.child_relid, 3);
	ck_assert_uint_eq(info().offers, 3);
	/* Duplicate GUIDs are refused. */
	struct vmbus_echo *dup;
	ck_assert_int_eq(vmbus_echo_create(F.srv, &F.log, inst, &dup), -EEXIST);
	vmbus_echo_destroy(E[2]);
	E[2] = NULL;
	ck_assert_uint_eq(
		take(VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER).u.rescind_channeloffer.child_relid, 3);
	ck_assert_uint_eq(info().offers, 3); /* until the guest releases the relid */
	chan_msg(VMBUS_MSG_TYPE_RELID_RELEASED, 3, 0);
	ck_assert_uint_eq(info().offers, 2);
	/* Releasing a live relid is a wrong-state message. */
	uint64_t d = info().dropped_messages;
	chan_msg(VMBUS_MSG_TYPE_RELID_RELEASED, 1, 0);
	ck_assert_uint_eq(info().dropped_messages, d + 1);
	ck_assert_uint_eq(info().offers, 2);
	still_serves(0xE1E20);
}
END_TEST

START_TEST(gpadl_sizes)
{
	static const uint32_t pages[] = {1, 2, 26, 27, 54, 55, 1000, 4096};

	start(0, 0, 1);
	connect_ok(VMBUS_VERSION_WIN10_V5_3);
	request_offers(1);
	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		gpadl_ok(1, 0xE1E10 + (uint32_t)i, 0x100, pages[i]);
		ck_assert_uint_eq(info().gpadls, 1);
		chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 1, 0xE1E10 + (uint32_t)i);
		ck_assert_uint_eq(take(VMBUS_MSG_TYPE_GPADL_TORNDOWN).u.gpadl_torndown.gpadl,
				  0xE1E10 + (uint32_t)i);
		ck_assert_uint_eq(info().gpadls, 0);
	}
}
END_TEST

START_TEST(gpadl_errors)
{
	gpadl_ok(1, 7, 0x100, 4);
	/* Same id again: refused, the first one stays. */
	ck_assert_int_eq(post_gpadl(1, 7, 0x200, 4), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_ne(take(VMBUS_MSG_TYPE_GPADL_CREATED).u.gpadl_created.creation_status, 0);
	ck_assert_uint_eq(info().gpadls, 1);
	/* Unknown relid. */
	ck_assert_int_eq(post_gpadl(99, 8, 0x200, 4), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_ne(take(VMBUS_MSG_TYPE_GPADL_CREATED).u.gpadl_created.creation_status, 0);
	/* PFNs outside guest memory. */
	ck_assert_int_eq(post_gpadl(1, 9, (MEM >> 12) - 2, 4), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_ne(take(VMBUS_MSG_TYPE_GPADL_CREATED).u.gpadl_created.creation_status, 0);
	/* Teardown of an unknown GPADL or of another channel's: dropped. */
	uint64_t d = info().dropped_messages;
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 1, 12345);
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 2, 7);
	ck_assert_uint_eq(info().dropped_messages, d + 2);
	ck_assert_uint_eq(fake_pending(&F), 0);
	/* A body for nothing: dropped. */
	struct vmbus_msg b = {.type = VMBUS_MSG_TYPE_GPADL_BODY};
	b.u.gpadl_body.gpadl = 555;
	b.u.gpadl_body.pfn_count = 1;
	ck_assert_int_eq(fake_post_msg(&F, mconn(), &b), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_eq(fake_pending(&F), 0);
	/* A body overflowing range_buflen: creation fails. */
	ck_assert_int_eq(post_gpadl(1, 10, 0x300, 30), RT_HV_STATUS_SUCCESS); /* complete */
	take(VMBUS_MSG_TYPE_GPADL_CREATED);
	struct vmbus_msg h = {.type = VMBUS_MSG_TYPE_GPADL_HEADER};
	h.u.gpadl_header.child_relid = 1;
	h.u.gpadl_header.gpadl = 11;
	h.u.gpadl_header.range_buflen = 8 * 30;
	h.u.gpadl_header.rangecount = 1;
	h.u.gpadl_header.data[0] = 29 * 4096;
	for (int i = 1; i < 27; i++)
		h.u.gpadl_header.data[i] = 0x400 + i;
	h.u.gpadl_header.data_count = 27;
	ck_assert_int_eq(fake_post_msg(&F, mconn(), &h), RT_HV_STATUS_SUCCESS);
	b.u.gpadl_body.gpadl = 11;
	b.u.gpadl_body.pfn_count = 10; /* 3 are expected */
	for (int i = 0; i < 10; i++)
		b.u.gpadl_body.pfn[i] = 0x500 + i;
	ck_assert_int_eq(fake_post_msg(&F, mconn(), &b), RT_HV_STATUS_SUCCESS);
	struct vmbus_msg c = take(VMBUS_MSG_TYPE_GPADL_CREATED);
	ck_assert_uint_ne(c.u.gpadl_created.creation_status, 0);
	ck_assert_uint_eq(c.u.gpadl_created.child_relid, 1); /* the guest matches on it */
	ck_assert_uint_eq(c.u.gpadl_created.gpadl, 11);
	/* The failed id is free again. */
	gpadl_ok(1, 11, 0x600, 2);
	still_serves(0xE1E20);
}
END_TEST

START_TEST(open_validation)
{
	gpadl_ok(1, 1, 0x100, 8);
	gpadl_ok(2, 2, 0x200, 8);
	ck_assert_uint_eq(open_status(1, 99, 0, 4), STATUS_FAIL);  /* unknown GPADL */
	ck_assert_uint_eq(open_status(1, 2, 0, 4), STATUS_FAIL);   /* another channel's */
	ck_assert_uint_eq(open_status(1, 1, VPS, 4), STATUS_FAIL); /* vp out of range */
	ck_assert_uint_eq(open_status(1, 1, 0, 0), STATUS_FAIL);   /* downstream offset */
	ck_assert_uint_eq(open_status(1, 1, 0, 1), STATUS_FAIL);
	ck_assert_uint_eq(open_status(1, 1, 0, 7), STATUS_FAIL);
	ck_assert_uint_eq(open_status(1, 1, 0, 100), STATUS_FAIL);
	ck_assert_uint_eq(open_status(99, 1, 0, 4), STATUS_FAIL); /* unknown relid */
	ck_assert_uint_eq(info().open_channels, 0);
	ck_assert_uint_eq(open_status(1, 1, 1, 4), 0);
	ck_assert_uint_eq(info().open_channels, 1);
	ck_assert_uint_eq(open_status(1, 1, 1, 4), STATUS_FAIL); /* already open */
	teardown_waits_for_close(1, 1);
	/* Close of a closed channel: dropped. */
	uint64_t d = info().dropped_messages;
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0);
	ck_assert_uint_eq(info().dropped_messages, d + 1);
	ck_assert_uint_eq(info().open_channels, 0);
}
END_TEST

START_TEST(open_close_many)
{
	for (uint32_t i = 0; i < 1000; i++) {
		gpadl_ok(1, 100 + i, 0x100, 8);
		ck_assert_uint_eq(open_status(1, 100 + i, i % VPS, 4), 0);
		chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0);
		chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 1, 100 + i);
		take(VMBUS_MSG_TYPE_GPADL_TORNDOWN);
	}
	ck_assert_uint_eq(info().open_channels, 0);
	ck_assert_uint_eq(info().gpadls, 0);
	ck_assert_uint_eq(F.nbinds, 0);
}
END_TEST

START_TEST(unload_and_reconnect)
{
	gpadl_ok(1, 1, 0x100, 8);
	gpadl_ok(2, 2, 0x200, 8);
	ck_assert_uint_eq(open_status(1, 1, 0, 4), 0);
	ck_assert_uint_eq(open_status(2, 2, 0, 4), 0);
	simple(VMBUS_MSG_TYPE_UNLOAD);
	take(VMBUS_MSG_TYPE_UNLOAD_RESPONSE);
	ck_assert_uint_eq(info().open_channels, 0);
	ck_assert_uint_eq(info().gpadls, 0);
	ck_assert(!info().connected);
	cur_version = 0;
	/* Messages of the old session are now wrong-state: dropped. */
	uint64_t d = info().dropped_messages;
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0);
	ck_assert_uint_eq(info().dropped_messages, d + 1);
	connect_ok(VMBUS_VERSION_WIN10_V5_3);
	request_offers(2); /* same relids again */
	gpadl_ok(1, 1, 0x100, 8);
	ck_assert_uint_eq(open_status(1, 1, 0, 4), 0);
	/* INITIATE_CONTACT while connected: implicit disconnect, then a new session. */
	connect_ok(VMBUS_VERSION_WIN10_V5_2);
	ck_assert_uint_eq(info().open_channels, 0);
	ck_assert_uint_eq(info().gpadls, 0);
	request_offers(2);
	still_serves(3);
}
END_TEST

START_TEST(modify_channel)
{
	gpadl_ok(1, 1, 0x100, 8);
	ck_assert_uint_eq(open_status(1, 1, 0, 4), 0);
	chan_msg(VMBUS_MSG_TYPE_MODIFYCHANNEL, 1, 1);
	ck_assert_int_eq(
		take(VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE).u.modifychannel_response.status, 0);
	chan_msg(VMBUS_MSG_TYPE_MODIFYCHANNEL, 1, VPS);
	ck_assert_int_ne(
		take(VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE).u.modifychannel_response.status, 0);
	chan_msg(VMBUS_MSG_TYPE_MODIFYCHANNEL, 2, 0); /* not open */
	ck_assert_int_ne(
		take(VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE).u.modifychannel_response.status, 0);
	stop();
	/* Before 5.3 there is no response. */
	start(0, 0, 1);
	connect_ok(VMBUS_VERSION_WIN10_V5_2);
	request_offers(1);
	gpadl_ok(1, 1, 0x100, 8);
	ck_assert_uint_eq(open_status(1, 1, 0, 4), 0);
	chan_msg(VMBUS_MSG_TYPE_MODIFYCHANNEL, 1, 1);
	ck_assert_uint_eq(fake_pending(&F), 0);
}
END_TEST

START_TEST(rescind_open_channel)
{
	gpadl_ok(1, 1, 0x100, 8);
	ck_assert_uint_eq(open_status(1, 1, 0, 4), 0);
	vmbus_echo_destroy(E[0]);
	E[0] = NULL;
	take(VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER);
	ck_assert_uint_eq(info().open_channels, 0);
	/* Linux closes, tears down and releases after a rescind. */
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0);
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 1, 1);
	take(VMBUS_MSG_TYPE_GPADL_TORNDOWN);
	chan_msg(VMBUS_MSG_TYPE_RELID_RELEASED, 1, 0);
	ck_assert_uint_eq(info().offers, 1);
	still_serves(5);
}
END_TEST

/* Raw malformed messages: each dropped or answered, none fatal. */
struct bad {
	const char *what;
	uint32_t words[16];
	size_t len;
	uint32_t answer; /* message type expected back, 0 = none */
};

static const struct bad catalogue[] = {
	{"empty", {0}, 0, 0},
	{"short header", {3}, 4, 0},
	{"unknown type", {99, 0}, 8, 0},
	{"type 0", {0, 0}, 8, 0},
	{"host->guest type from the guest", {VMBUS_MSG_TYPE_OFFERCHANNEL, 0}, 8, 0},
	{"REQUESTOFFERS too long", {VMBUS_MSG_TYPE_REQUESTOFFERS, 0, 0}, 12, 0},
	{"CLOSECHANNEL short", {VMBUS_MSG_TYPE_CLOSECHANNEL, 0}, 8, 0},
	{"OPENCHANNEL short",
	 {VMBUS_MSG_TYPE_OPENCHANNEL, 0, 1, 1, 5},
	 20,
	 VMBUS_MSG_TYPE_OPENCHANNEL_RESULT},
	{"GPADL_HEADER rangecount 0",
	 {VMBUS_MSG_TYPE_GPADL_HEADER, 0, 1, 77, 16 | (0 << 16), 4096, 0, 0x100, 0},
	 32,
	 VMBUS_MSG_TYPE_GPADL_CREATED},
	{"GPADL_HEADER buflen too small",
	 {VMBUS_MSG_TYPE_GPADL_HEADER, 0, 1, 78, 8 | (1 << 16), 4096, 0},
	 28,
	 VMBUS_MSG_TYPE_GPADL_CREATED},
	{"GPADL_HEADER range longer than its pfns",
	 {VMBUS_MSG_TYPE_GPADL_HEADER, 0, 1, 79, 16 | (1 << 16), 3 * 4096, 0, 0x100, 0},
	 32,
	 VMBUS_MSG_TYPE_GPADL_CREATED},
	{"GPADL_HEADER offset past a page",
	 {VMBUS_MSG_TYPE_GPADL_HEADER, 0, 1, 80, 16 | (1 << 16), 100, 5000, 0x100, 0},
	 32,
	 VMBUS_MSG_TYPE_GPADL_CREATED},
	{"GPADL_HEADER odd length",
	 {VMBUS_MSG_TYPE_GPADL_HEADER, 0, 1, 81, 16 | (1 << 16), 4096, 0, 0x100},
	 30,
	 VMBUS_MSG_TYPE_GPADL_CREATED},
	{"GPADL_TEARDOWN unknown", {VMBUS_MSG_TYPE_GPADL_TEARDOWN, 0, 1, 4242}, 16, 0},
	{"CLOSECHANNEL bad relid", {VMBUS_MSG_TYPE_CLOSECHANNEL, 0, 77}, 12, 0},
	{"RELID_RELEASED bad relid", {VMBUS_MSG_TYPE_RELID_RELEASED, 0, 0}, 12, 0},
	{"MODIFYCHANNEL bad relid",
	 {VMBUS_MSG_TYPE_MODIFYCHANNEL, 0, 55, 0},
	 16,
	 VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE},
	{"second REQUESTOFFERS", {VMBUS_MSG_TYPE_REQUESTOFFERS, 0}, 8, 0},
	{"INITIATE_CONTACT short",
	 {VMBUS_MSG_TYPE_INITIATE_CONTACT, 0, VMBUS_VERSION_WIN10},
	 12,
	 0},
	{"UNLOAD_RESPONSE from the guest", {VMBUS_MSG_TYPE_UNLOAD_RESPONSE, 0}, 8, 0},
	{"PAUSE without Copper", {27, 0}, 8, 0},
};

START_TEST(malformed)
{
	const struct bad *b = &catalogue[_i];
	uint8_t buf[64];

	memcpy(buf, b->words, sizeof(buf));
	uint64_t d = info().dropped_messages;
	ck_assert_int_eq(fake_post(&F, mconn(), buf, b->len), RT_HV_STATUS_SUCCESS);
	if (b->answer) {
		struct vmbus_msg r = take(b->answer);
		if (b->answer == VMBUS_MSG_TYPE_GPADL_CREATED)
			ck_assert_uint_ne(r.u.gpadl_created.creation_status, 0);
		if (b->answer == VMBUS_MSG_TYPE_OPENCHANNEL_RESULT)
			ck_assert_uint_ne(r.u.openchannel_result.status, 0);
	}
	ck_assert_msg(fake_pending(&F) == 0, "%s: unexpected answer", b->what);
	ck_assert_msg(info().dropped_messages > d, "%s: not counted as dropped", b->what);
	still_serves(0xE1E99);
}
END_TEST

START_TEST(wrong_state_before_contact)
{
	static const uint32_t types[] = {
		VMBUS_MSG_TYPE_REQUESTOFFERS,  VMBUS_MSG_TYPE_OPENCHANNEL,
		VMBUS_MSG_TYPE_CLOSECHANNEL,   VMBUS_MSG_TYPE_GPADL_HEADER,
		VMBUS_MSG_TYPE_GPADL_TEARDOWN, VMBUS_MSG_TYPE_RELID_RELEASED};

	start(0, 0, 2);
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		uint8_t buf[240] = {0};
		uint32_t t = types[i];
		const struct pv_msg_desc *d = vmbus_msg_lookup(t);
		memcpy(buf, &t, 4);
		fake_post(&F, 1, buf, d->min_len);
	}
	ck_assert_uint_ge(info().dropped_messages, 6);
	/* Channel messages before REQUESTOFFERS are dropped too. */
	connect_ok(VMBUS_VERSION_WIN10_V5_3);
	ck_assert_int_eq(post_gpadl(1, 5, 0x100, 4), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_eq(fake_pending(&F), 0);
	request_offers(2);
	still_serves(6);
}
END_TEST

static uint32_t open2_status(uint32_t relid, uint32_t gpadl, uint32_t conn, uint16_t flag)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OPENCHANNEL, .variant = 0};

	m.u.openchannel2.child_relid = relid;
	m.u.openchannel2.openid = relid + 100;
	m.u.openchannel2.ringbuffer_gpadlhandle = gpadl;
	m.u.openchannel2.downstream_ringbuffer_pageoffset = 4;
	m.u.openchannel2.connection_id = conn;
	m.u.openchannel2.event_flag = flag;
	ck_assert_int_eq(fake_post_msg(&F, mconn(), &m), RT_HV_STATUS_SUCCESS);
	return take(VMBUS_MSG_TYPE_OPENCHANNEL_RESULT).u.openchannel_result.status;
}

START_TEST(copper_guest_signal_parameters)
{
	start(0, 0, 2);
	/* The guest asks for every flag; only guest-specified signalling is granted. */
	ck_assert_int_eq(contact(4, VMBUS_VERSION_COPPER, 0, 0x3F), RT_HV_STATUS_SUCCESS);
	struct vmbus_msg r = take(VMBUS_MSG_TYPE_VERSION_RESPONSE);
	ck_assert_uint_eq(r.variant, 0);
	ck_assert_uint_eq(r.u.version_response2.supported_features, 0x1);
	cur_version = VMBUS_VERSION_COPPER;
	request_offers(2);
	gpadl_ok(1, 1, 0x100, 8);
	gpadl_ok(2, 2, 0x200, 8);
	ck_assert_uint_eq(open2_status(1, 1, 0x777, 33), 0);
	ck_assert_uint_eq(F.nbinds, 1);
	ck_assert_uint_eq(F.binds[0].conn, 0x777);
	/* Another channel may not take the same connection id; flags stop at 2047. */
	ck_assert_uint_eq(open2_status(2, 2, 0x777, 34), STATUS_FAIL);
	ck_assert_uint_eq(open2_status(2, 2, 0x778, 2048), STATUS_FAIL);
	ck_assert_uint_eq(open2_status(2, 2, 0x778, 34), 0);
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0);
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 2, 0);
	ck_assert_uint_eq(F.nbinds, 0);
}
END_TEST

START_TEST(contact_variants_and_early_unload)
{
	start(0, 0, 1);
	/* UNLOAD before any contact (a kexec'd kernel) is answered. */
	simple(VMBUS_MSG_TYPE_UNLOAD);
	take(VMBUS_MSG_TYPE_UNLOAD_RESPONSE);
	/* The 56-byte Copper INITIATE_CONTACT (with a client id) is told apart by size. */
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_INITIATE_CONTACT, .variant = 0};
	m.u.initiate_contact2.vmbus_version_requested = VMBUS_VERSION_COPPER;
	m.u.initiate_contact2.msg_sint = 2;
	memset(m.u.initiate_contact2.client_id, 0xAB, 16);
	ck_assert_int_eq(fake_post_msg(&F, 4, &m), RT_HV_STATUS_SUCCESS);
	ck_assert_uint_eq(F.msgs[1].len, 20);
	struct vmbus_msg r = take(VMBUS_MSG_TYPE_VERSION_RESPONSE);
	ck_assert_uint_eq(r.u.version_response.version_supported, 1);
	cur_version = VMBUS_VERSION_COPPER;
	request_offers(1);
	/* 0.13 sessions end without UNLOAD_RESPONSE (the message exists from 1.1). */
	cur_version = 0;
	connect_ok(VMBUS_VERSION_WS2008);
	simple(VMBUS_MSG_TYPE_UNLOAD);
	ck_assert_uint_eq(fake_pending(&F), 0);
	ck_assert(!info().connected);
}
END_TEST

/*
 * A deferred GPADL teardown finishes (the close drops the ring's reference)
 * but its GPADL_TORNDOWN is still queued when the guest reconnects and
 * creates a GPADL with the same id: the stale answer must not reach the new
 * session, nor settle (or trip over) the new GPADL's tracker.
 */
START_TEST(stale_torndown_after_reconnect)
{
	gpadl_ok(1, 1, 0x100, 8);
	ck_assert_uint_eq(open_status(1, 1, 0, 4), 0);
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 1, 1);
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0); /* queues the TORNDOWN */
	connect_ok(VMBUS_VERSION_WIN10_V5_3);        /* before the loop sends it */
	request_offers(2);
	gpadl_ok(1, 1, 0x100, 8);
	fake_run(&F);
	ck_assert_uint_eq(fake_pending(&F), 0);
	/* The new GPADL 1 is intact: it opens a ring and tears down normally. */
	ck_assert_uint_eq(open_status(1, 1, 0, 4), 0);
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0);
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 1, 1);
	ck_assert_uint_eq(take(VMBUS_MSG_TYPE_GPADL_TORNDOWN).u.gpadl_torndown.gpadl, 1);
	ck_assert_uint_eq(info().gpadls, 0);
	/* Same race, new GPADL still in use: its teardown waits for its own close. */
	gpadl_ok(1, 2, 0x100, 8);
	ck_assert_uint_eq(open_status(1, 2, 0, 4), 0);
	chan_msg(VMBUS_MSG_TYPE_GPADL_TEARDOWN, 1, 2);
	chan_msg(VMBUS_MSG_TYPE_CLOSECHANNEL, 1, 0);
	connect_ok(VMBUS_VERSION_WIN10_V5_3);
	request_offers(2);
	gpadl_ok(1, 2, 0x100, 8);
	ck_assert_uint_eq(open_status(1, 2, 0, 4), 0);
	teardown_waits_for_close(1, 2);
	ck_assert_uint_eq(fake_pending(&F), 0);
	still_serves(3);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("vmbus_server");
	TCase *tc = tcase_create("control");
	TCase *to = tcase_create("offered");

	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_loop_test(tc, every_version, 0, sizeof(all_versions) / sizeof(all_versions[0]));
	tcase_add_test(tc, refused_then_fallback);
	tcase_add_test(tc, connection_ids);
	tcase_add_test(tc, target_vp_and_sint);
	tcase_add_test(tc, gpadl_sizes);
	tcase_add_test(tc, wrong_state_before_contact);
	tcase_add_test(tc, copper_guest_signal_parameters);
	tcase_add_test(tc, contact_variants_and_early_unload);
	tcase_set_timeout(to, 60);
	tcase_add_checked_fixture(to, offered, teardown);
	tcase_add_test(to, offers_rescind_release);
	tcase_add_test(to, gpadl_errors);
	tcase_add_test(to, open_validation);
	tcase_add_test(to, open_close_many);
	tcase_add_test(to, unload_and_reconnect);
	tcase_add_test(to, modify_channel);
	tcase_add_test(to, rescind_open_channel);
	tcase_add_loop_test(to, malformed, 0, sizeof(catalogue) / sizeof(catalogue[0]));
	tcase_add_test(to, stale_torndown_after_reconnect);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, to);
	return s;
}

int main(void)
{
	return pv_check_run_suite(suite());
}
