/*
 * VMBus protocol tests: the pv_guest library against a paravisor host (sim
 * partition, VMBus server, echo devices) in a child process. Negotiation
 * walks, GPADLs up to 16 MiB, channel life cycles, rescind/unload/second
 * connection, and the ring rules through the echo device: wrap-around, a
 * full ring with the pending-send-size wake-up, the interrupt mask, and
 * hostile ring indices (that channel resets, the others keep working).
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "echo_host.h"
#include "linux_trace.h"
#include "runtime/sim_guest.h"
#include "runtime/vmbus/vmbus_echo.h"
#include "runtime/vmbus/vmbus_server.h"
#include "tools/pvguest/pv_guest.h"
#include "tests/unit/pv_check.h"

static struct host H;
static struct pvg *G;

static void up(const struct echo_host_opts *ho, const struct pvg_opts *go_in)
{
	struct pvg_opts go = {0};
	char err[256];

	if (go_in)
		go = *go_in;
	ck_assert_int_eq(echo_host_start(&H, ho), 0);
	go.socket = H.sock;
	ck_assert_int_eq(pvg_connect(&go, &G, err, sizeof(err)), 0);
}

static void connect_all(const struct echo_host_opts *ho, const struct pvg_opts *go)
{
	up(ho, go);
	ck_assert_int_eq(pvg_negotiate(G), 0);
	ck_assert_int_eq(pvg_request_offers(G), 0);
}

static void down(void)
{
	pvg_close(G);
	G = NULL;
	ck_assert_int_eq(host_stop(&H), 0); /* a clean exit: nothing leaked or crashed */
}

static const struct pvg_offer *echo_offer(unsigned idx)
{
	unsigned seen = 0;

	for (size_t i = 0; i < pvg_offer_count(G); i++) {
		const struct pvg_offer *o = pvg_offer_at(G, i);
		if (!o->rescinded && o->sub_index == 0 &&
		    !memcmp(o->if_type, vmbus_class_echo.guid, 16) && seen++ == idx)
			return o;
	}
	return NULL;
}

static struct pvg_chan *open_echo(unsigned idx, uint32_t ring_pages)
{
	const struct pvg_offer *o = echo_offer(idx);
	struct pvg_open_opts oo = {.ring_pages = ring_pages};
	struct pvg_chan *c = NULL;

	ck_assert_ptr_nonnull(o);
	ck_assert_int_eq(pvg_chan_open(G, o->relid, &oo, &c, NULL), 0);
	return c;
}

static void echo_round(struct pvg_chan *c, uint64_t id, size_t len, bool comp)
{
	uint8_t tx[4096], rx[4096];
	struct pvg_pkt p;

	for (size_t i = 0; i < len; i++)
		tx[i] = (uint8_t)(id * 7 + i);
	ck_assert_int_eq(pvg_chan_send(c, 6, comp ? 1 : 0, id, tx, len), 0);
	ck_assert_int_eq(pvg_chan_recv(c, &p, rx, sizeof(rx), 5000), 0);
	ck_assert_uint_eq(p.trans_id, id);
	ck_assert_uint_eq(p.type, comp ? 0xB : 6);
	ck_assert_uint_eq(p.len, (len + 7) & ~7u);
	ck_assert_int_eq(memcmp(rx, tx, len), 0);
}

/* Polls a host counter until it reaches want (or 1 s passed); returns its value. */
static long long wait_stat(const char *cmd, long long want)
{
	long long v = host_cmd(&H, "%s", cmd);

	for (int i = 0; i < 500 && v < want; i++) {
		usleep(2000);
		v = host_cmd(&H, "%s", cmd);
	}
	return v;
}

static const uint32_t versions[] = {
	VMBUS_VERSION_WS2008,     VMBUS_VERSION_WIN7,       VMBUS_VERSION_WIN8,
	VMBUS_VERSION_WIN8_1,     VMBUS_VERSION_WIN10,      VMBUS_VERSION_WIN10_V4_1,
	VMBUS_VERSION_WIN10_V5,   VMBUS_VERSION_WIN10_V5_1, VMBUS_VERSION_WIN10_V5_2,
	VMBUS_VERSION_WIN10_V5_3, VMBUS_VERSION_COPPER,
};

START_TEST(each_version_echoes)
{
	struct echo_host_opts ho = {.msg_conn_id = 0x800074};
	struct pvg_opts go = {.force_version = versions[_i]};

	connect_all(&ho, &go);
	ck_assert_uint_eq(pvg_version(G), versions[_i]);
	ck_assert_uint_eq(pvg_msg_conn_id(G),
			  versions[_i] >= VMBUS_VERSION_WIN10_V5 ? 0x800074 : 1);
	ck_assert_int_eq(host_cmd(&H, "info version"), versions[_i]);
	struct pvg_chan *c = open_echo(0, 4);
	for (int i = 0; i < 10; i++)
		echo_round(c, (uint64_t)i, 40, i & 1);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	ck_assert_int_eq(pvg_unload(G), 0);
	down();
}
END_TEST

START_TEST(walk_down_like_linux)
{
	struct echo_host_opts ho = {.max_version = VMBUS_VERSION_WIN10};
	uint32_t tried[16];

	connect_all(&ho, NULL);
	ck_assert_uint_eq(pvg_version(G), VMBUS_VERSION_WIN10);
	size_t n = pvg_tried_versions(G, tried, 16);
	ck_assert_uint_eq(n, 6);
	ck_assert_uint_eq(tried[0], VMBUS_VERSION_WIN10_V5_3);
	ck_assert_uint_eq(tried[5], VMBUS_VERSION_WIN10);
	down();
}
END_TEST

START_TEST(unsupported_first)
{
	struct pvg_opts go = {.first_version = 0x00070000};
	uint32_t tried[16];

	connect_all(NULL, &go);
	ck_assert_uint_eq(pvg_version(G), VMBUS_VERSION_WIN10_V5_3);
	ck_assert_uint_eq(pvg_tried_versions(G, tried, 16), 2);
	ck_assert_uint_eq(tried[0], 0x00070000);
	/* And a forced version the host does not know fails cleanly. */
	down();
	struct pvg_opts bad = {.force_version = 0x00050009};
	up(NULL, &bad);
	ck_assert_int_eq(pvg_negotiate(G), -EPROTONOSUPPORT);
	down();
}
END_TEST

START_TEST(gpadl_1_page_to_16_mib)
{
	static const uint32_t pages[] = {1, 26, 27, 55, 256, 1024, 4096};
	struct echo_host_opts ho = {.mem = 128u << 20};

	connect_all(&ho, NULL);
	uint32_t relid = echo_offer(0)->relid;
	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		uint64_t pfn;
		uint32_t id;
		ck_assert_int_eq(pvg_pages_alloc(G, pages[i], &pfn), 0);
		ck_assert_int_eq(pvg_gpadl_create(G, relid, pfn, pages[i], &id), 0);
		ck_assert_int_eq(host_cmd(&H, "info gpadls"), 1);
		ck_assert_int_eq(pvg_gpadl_teardown(G, relid, id), 0);
		pvg_pages_free(G, pfn, pages[i]);
	}
	ck_assert_int_eq(host_cmd(&H, "info gpadls"), 0);
	down();
}
END_TEST

START_TEST(open_close_1000)
{
	connect_all(NULL, NULL);
	for (int i = 0; i < 1000; i++) {
		struct pvg_chan *c = open_echo(0, 2);
		if (i % 100 == 0)
			echo_round(c, (uint64_t)i, 16, false);
		ck_assert_int_eq(pvg_chan_close(c), 0);
	}
	ck_assert_int_eq(host_cmd(&H, "info open"), 0);
	ck_assert_int_eq(host_cmd(&H, "info gpadls"), 0);
	down();
}
END_TEST

START_TEST(ring_wraps)
{
	connect_all(NULL, NULL);
	/* Two pages per ring: 4 KiB of data, so packets of up to 2 KiB wrap constantly. */
	struct pvg_chan *c = open_echo(0, 2);
	for (int i = 0; i < 2000; i++)
		echo_round(c, (uint64_t)i, (size_t)(8 + (i * 37) % 2000), i % 3 == 0);
	ck_assert_int_eq(wait_stat("stat 0 rx", 2000), 2000);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	down();
}
END_TEST

START_TEST(full_ring_and_pending_send_size)
{
	enum { N = 400, LEN = 512 };
	uint8_t tx[LEN], rx[LEN];
	int sent = 0, got = 0, full = 0;

	connect_all(NULL, NULL);
	struct pvg_chan *c = open_echo(0, 2);
	/*
	 * Send without reading until the guest->host ring is full: the echo
	 * fills our inbound ring, then holds a packet and stops reading. Then
	 * drain one at a time: the host must be woken by the pending-send-size
	 * rule (and we by it) until all N came back in order.
	 */
	while (got < N) {
		while (sent < N) {
			memset(tx, sent & 0xFF, LEN);
			int rc = pvg_chan_send(c, 6, 0, (uint64_t)sent, tx, LEN);
			if (rc == -EAGAIN) {
				full++;
				break;
			}
			ck_assert_int_eq(rc, 0);
			sent++;
		}
		struct pvg_pkt p;
		ck_assert_int_eq(pvg_chan_recv(c, &p, rx, LEN, 5000), 0);
		ck_assert_uint_eq(p.trans_id, (uint64_t)got);
		ck_assert_uint_eq(rx[0], got & 0xFF);
		got++;
	}
	ck_assert_int_gt(full, 0);
	ck_assert_int_eq(host_cmd(&H, "stat 0 broken"), 0);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	down();
}
END_TEST

START_TEST(many_small_packets_in_order)
{
	enum { N = 3000 };
	uint8_t tx[8], rx[8];

	connect_all(NULL, NULL);
	/* 256-page rings hold all N requests and replies: the host drains in budgets. */
	struct pvg_chan *c = open_echo(0, 256);
	for (int i = 0; i < N; i++) {
		memcpy(tx, &i, sizeof(i));
		ck_assert_int_eq(pvg_chan_send(c, 6, 0, (uint64_t)i, tx, sizeof(tx)), 0);
	}
	for (int i = 0; i < N; i++) {
		struct pvg_pkt p;
		ck_assert_int_eq(pvg_chan_recv(c, &p, rx, sizeof(rx), 5000), 0);
		ck_assert_uint_eq(p.trans_id, (uint64_t)i);
		ck_assert_int_eq(memcmp(rx, &i, sizeof(i)), 0);
	}
	ck_assert_int_eq(wait_stat("stat 0 rx", N), N);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	down();
}
END_TEST

START_TEST(interrupt_mask)
{
	uint8_t buf[64] = {1, 2, 3};
	struct pvg_pkt p;
	int rc = -EAGAIN;

	connect_all(NULL, NULL);
	struct pvg_chan *c = open_echo(0, 4);
	echo_round(c, 1, 8, false);
	/* The worker counts its signal just after the write we may already have read. */
	long long before = wait_stat("stat 0 sigout", 1);
	ck_assert_int_eq(before, 1);
	/* Masked: the host writes the reply but must not signal. */
	pvg_chan_set_interrupt_mask(c, true);
	ck_assert_int_eq(pvg_chan_send(c, 6, 0, 2, buf, 8), 0);
	for (int i = 0; i < 500 && rc == -EAGAIN; i++) {
		rc = pvg_chan_recv(c, &p, buf, sizeof(buf), 0);
		if (rc == -EAGAIN)
			usleep(2000);
	}
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(p.trans_id, 2);
	ck_assert_int_eq(host_cmd(&H, "stat 0 sigout"), before);
	/* Unmasked again: signalled as usual. */
	pvg_chan_set_interrupt_mask(c, false);
	echo_round(c, 3, 8, false);
	ck_assert_int_eq(wait_stat("stat 0 sigout", before + 1), before + 1);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	down();
}
END_TEST

START_TEST(hostile_ring_indices)
{
	struct echo_host_opts ho = {.echos = 2};

	connect_all(&ho, NULL);
	struct pvg_chan *a = open_echo(0, 2);
	struct pvg_chan *b = open_echo(1, 2);
	echo_round(a, 1, 16, false);
	/* A write index beyond the data area, then a signal. */
	ck_assert_int_eq(pvg_ring_set_ctl(a, PVG_RING_OUT, 0, 0xFFFFFFF0u), 0);
	ck_assert_int_eq(pvg_chan_signal(a), 0);
	for (int i = 0; i < 500 && host_cmd(&H, "stat 0 broken") != 1; i++)
		usleep(2000);
	ck_assert_int_eq(host_cmd(&H, "stat 0 broken"), 1);
	/* The other channel is unaffected. */
	for (int i = 0; i < 50; i++)
		echo_round(b, (uint64_t)i, 100, i & 1);
	/* The broken channel closes normally and can be opened again. */
	ck_assert_int_eq(pvg_chan_close(a), 0);
	a = open_echo(0, 2);
	echo_round(a, 7, 16, true);
	ck_assert_int_eq(host_cmd(&H, "stat 0 broken"), 0);
	/* Garbage descriptor bytes with a plausible index: same outcome. */
	uint8_t junk[64];
	memset(junk, 0xA5, sizeof(junk));
	ck_assert_int_eq(pvg_ring_poke(a, PVG_RING_OUT, 0, junk, sizeof(junk)), 0);
	ck_assert_int_eq(pvg_ring_set_ctl(a, PVG_RING_OUT, 4, 0), 0);
	ck_assert_int_eq(pvg_ring_set_ctl(a, PVG_RING_OUT, 0, 64), 0);
	ck_assert_int_eq(pvg_chan_signal(a), 0);
	for (int i = 0; i < 500 && host_cmd(&H, "stat 0 broken") != 1; i++)
		usleep(2000);
	ck_assert_int_eq(host_cmd(&H, "stat 0 broken"), 1);
	echo_round(b, 99, 100, false);
	ck_assert_int_eq(pvg_chan_close(a), 0);
	/* The host->guest ring: a read index the host must not trust on its next write. */
	a = open_echo(0, 2);
	echo_round(a, 8, 16, false);
	ck_assert_int_eq(pvg_ring_set_ctl(a, PVG_RING_IN, 4, 13), 0); /* not 8-aligned */
	uint8_t one[8] = {1};
	ck_assert_int_eq(pvg_chan_send(a, 6, 0, 9, one, sizeof(one)), 0);
	for (int i = 0; i < 500 && host_cmd(&H, "stat 0 broken") != 1; i++)
		usleep(2000);
	ck_assert_int_eq(host_cmd(&H, "stat 0 broken"), 1);
	echo_round(b, 100, 100, true);
	ck_assert_int_eq(pvg_chan_close(a), 0);
	ck_assert_int_eq(pvg_chan_close(b), 0);
	down();
}
END_TEST

START_TEST(rescind_while_open)
{
	struct echo_host_opts ho = {.echos = 2};
	struct vmbus_msg m;

	connect_all(&ho, NULL);
	struct pvg_chan *c = open_echo(0, 2);
	uint32_t relid = pvg_chan_relid(c);
	echo_round(c, 1, 16, false);
	ck_assert_int_eq(host_cmd(&H, "rescind 0"), 0);
	ck_assert_int_eq(pvg_wait_msg(G, VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER, &m, 5000), 0);
	ck_assert_uint_eq(m.u.rescind_channeloffer.child_relid, relid);
	ck_assert_int_eq(host_cmd(&H, "info open"), 0);
	/* What Linux does next: close, tear down the ring GPADL, release the relid. */
	ck_assert_int_eq(pvg_chan_close(c), 0);
	struct vmbus_msg rel = {.type = VMBUS_MSG_TYPE_RELID_RELEASED};
	rel.u.relid_released.child_relid = relid;
	ck_assert_int_eq(pvg_post_msg(G, &rel, NULL), 0);
	ck_assert_int_eq(host_cmd(&H, "info offers"), 1);
	struct pvg_chan *b = open_echo(0, 2); /* the remaining device */
	echo_round(b, 2, 16, true);
	ck_assert_int_eq(pvg_chan_close(b), 0);
	down();
}
END_TEST

START_TEST(unload_with_open_channels)
{
	struct echo_host_opts ho = {.echos = 3};

	connect_all(&ho, NULL);
	open_echo(0, 2);
	open_echo(1, 2);
	ck_assert_int_eq(host_cmd(&H, "info open"), 2);
	ck_assert_int_eq(pvg_unload(G), 0);
	ck_assert_int_eq(host_cmd(&H, "info open"), 0);
	ck_assert_int_eq(host_cmd(&H, "info gpadls"), 0);
	/* Contact again on the same connection: the devices are offered again. */
	ck_assert_int_eq(pvg_negotiate(G), 0);
	ck_assert_int_eq(pvg_request_offers(G), 0);
	struct pvg_chan *c = open_echo(2, 2);
	echo_round(c, 5, 24, false);
	down();
}
END_TEST

START_TEST(second_connection)
{
	struct rt_sim_guest *g2 = NULL;
	char err[256] = "";

	connect_all(NULL, NULL);
	struct pvg_chan *c = open_echo(0, 2);
	ck_assert_int_eq(rt_sim_guest_connect(H.sock, &g2, err, sizeof(err)), -EBUSY);
	echo_round(c, 1, 16, false);
	/* A new guest after the first one left starts from a clean server. */
	pvg_close(G);
	G = NULL;
	for (int i = 0; i < 500 && host_cmd(&H, "info open") != 0; i++)
		usleep(2000);
	ck_assert_int_eq(host_cmd(&H, "info open"), 0);
	ck_assert_int_eq(host_cmd(&H, "info version"), 0);
	struct pvg_opts go = {.socket = H.sock};
	int rc = -1;
	for (int i = 0; i < 500 && rc; i++) {
		rc = pvg_connect(&go, &G, err, sizeof(err));
		if (rc)
			usleep(2000);
	}
	ck_assert_int_eq(rc, 0);
	ck_assert_int_eq(pvg_negotiate(G), 0);
	ck_assert_int_eq(pvg_request_offers(G), 0);
	c = open_echo(0, 2);
	echo_round(c, 2, 16, false);
	down();
}
END_TEST

START_TEST(reconnect_while_open)
{
	connect_all(NULL, NULL);
	open_echo(0, 2);
	ck_assert_int_eq(host_cmd(&H, "info open"), 1);
	/* INITIATE_CONTACT again without UNLOAD (a kexec'd kernel). */
	ck_assert_int_eq(pvg_negotiate(G), 0);
	ck_assert_int_eq(host_cmd(&H, "info open"), 0);
	ck_assert_int_eq(pvg_request_offers(G), 0);
	down();
}
END_TEST

START_TEST(subchannels_at_run_time)
{
	struct vmbus_msg m;

	connect_all(NULL, NULL);
	struct pvg_chan *p = open_echo(0, 2);
	ck_assert_int_eq(host_cmd(&H, "sub 0 2"), 0);
	for (int i = 0; i < 2; i++) {
		ck_assert_int_eq(pvg_wait_msg(G, VMBUS_MSG_TYPE_OFFERCHANNEL, &m, 5000), 0);
		ck_assert_uint_eq(m.u.offerchannel.sub_channel_index, i + 1);
		ck_assert_int_eq(memcmp(m.u.offerchannel.if_type, vmbus_class_echo.guid, 16), 0);
	}
	const struct pvg_offer *s1 = pvg_find_offer(G, vmbus_class_echo.guid, 1);
	ck_assert_ptr_nonnull(s1);
	ck_assert_uint_ne(s1->conn_id, echo_offer(0)->conn_id);
	struct pvg_chan *c = NULL;
	struct pvg_open_opts oo = {.ring_pages = 2};
	ck_assert_int_eq(pvg_chan_open(G, s1->relid, &oo, &c, NULL), 0);
	echo_round(c, 11, 64, true);
	echo_round(p, 12, 64, true);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	ck_assert_int_eq(pvg_chan_close(p), 0);
	down();
}
END_TEST

/* Waits for the RESCIND_CHANNELOFFERs of `n` relids (any order); 0 if all came. */
static int wait_rescinds(const uint32_t *relids, unsigned n)
{
	struct vmbus_msg m;
	unsigned got = 0;

	while (got < n) {
		if (pvg_wait_msg(G, VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER, &m, 5000))
			return -1;
		for (unsigned i = 0; i < n; i++)
			got += m.u.rescind_channeloffer.child_relid == relids[i];
	}
	return 0;
}

/*
 * Linux storvsc and netvsc after rmmod / insmod: the driver closes its
 * subchannels and the primary, opens the primary again, asks for subchannels
 * again and waits for NEW offers. The server rescinds the subchannels when
 * the primary closes and offers fresh ones (new relids) on the next request;
 * before, the old offers stayed and the second request offered nothing.
 */
START_TEST(subchannels_reoffered_after_primary_close)
{
	struct vmbus_msg m;
	uint32_t old[2];

	connect_all(NULL, NULL);
	for (int round = 0; round < 3; round++) {
		struct pvg_chan *p = open_echo(0, 2);
		ck_assert_int_eq(host_cmd(&H, "sub 0 2"), 0);
		for (int i = 0; i < 2; i++) {
			ck_assert_int_eq(pvg_wait_msg(G, VMBUS_MSG_TYPE_OFFERCHANNEL, &m, 5000), 0);
			ck_assert_uint_eq(m.u.offerchannel.sub_channel_index, i + 1);
			if (round)
				ck_assert(m.u.offerchannel.child_relid != old[0] &&
					  m.u.offerchannel.child_relid != old[1]);
			old[i] = m.u.offerchannel.child_relid;
		}
		struct pvg_chan *c[2];
		struct pvg_open_opts oo = {.ring_pages = 2};
		for (int i = 0; i < 2; i++) {
			ck_assert_int_eq(pvg_chan_open(G, old[i], &oo, &c[i], NULL), 0);
			echo_round(c[i], 100 + (uint64_t)i, 64, true);
		}
		echo_round(p, 12, 64, true);
		/* Round 1 closes the primary first (a hostile order): the host closes
		 * the subchannels itself and the late CLOSECHANNELs are accepted. */
		if (round == 1)
			ck_assert_int_eq(pvg_chan_close(p), 0);
		for (int i = 0; i < 2; i++)
			ck_assert_int_eq(pvg_chan_close(c[i]), 0);
		if (round != 1)
			ck_assert_int_eq(pvg_chan_close(p), 0);
		ck_assert_int_eq(wait_rescinds(old, 2), 0);
	}
	/* A request that reaches the server after the primary closed offers nothing. */
	ck_assert_int_eq(host_cmd(&H, "sub 0 2"), 0);
	ck_assert_int_ne(pvg_wait_msg(G, VMBUS_MSG_TYPE_OFFERCHANNEL, &m, 300), 0);
	down();
}
END_TEST

START_TEST(malformed_then_serves)
{
	struct echo_host_opts ho = {.echos = 2};
	static const uint32_t junk[][6] = {
		{99, 0},
		{VMBUS_MSG_TYPE_OPENCHANNEL, 0, 1},
		{VMBUS_MSG_TYPE_GPADL_HEADER, 0, 1, 5, 0},
		{VMBUS_MSG_TYPE_CLOSECHANNEL, 0, 999},
		{VMBUS_MSG_TYPE_GPADL_TEARDOWN, 0, 1, 31337},
		{VMBUS_MSG_TYPE_REQUESTOFFERS, 0},
	};
	static const size_t lens[] = {8, 12, 20, 12, 16, 8};

	connect_all(&ho, NULL);
	struct pvg_chan *b = open_echo(1, 2);
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		enum rt_hv_status st;
		ck_assert_int_eq(pvg_post_raw(G, 0, junk[i], lens[i], &st), 0);
		ck_assert_int_eq(st, RT_HV_STATUS_SUCCESS);
		echo_round(b, i, 32, false);
	}
	ck_assert_int_ge(host_cmd(&H, "info dropped"), 6);
	/* Wrong connection id for a normal message. */
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_REQUESTOFFERS};
	uint8_t raw[8] = {3};
	enum rt_hv_status st;
	(void)m;
	ck_assert_int_eq(pvg_post_raw(G, 9, raw, 8, &st), 0);
	ck_assert_int_eq(st, RT_HV_STATUS_INVALID_CONNECTION_ID);
	struct pvg_chan *a = open_echo(0, 2);
	echo_round(a, 100, 8, true);
	down();
}
END_TEST

/*
 * Linux 6.1's INITIATE_CONTACT byte for byte (record 1 of
 * tests/traces/corpus/linux/storvsc-probe-io.pcapng: version 5.3, SINT 2, its
 * monitor pages) on the connection id Linux uses from 5.0: the server's
 * VERSION_RESPONSE must be the one Linux accepted (record 2). pvguest and the
 * server share spec/vmbus.yaml, so this is the test that fails when the spec
 * moves a field Linux's hv_vmbus does not.
 */
START_TEST(linux_initiate_contact)
{
	static const char trace[] = "storvsc-probe-io.pcapng";
	uint8_t req[RT_HV_MESSAGE_PAYLOAD_MAX], want[RT_HV_MESSAGE_PAYLOAD_MAX],
		got[RT_HV_MESSAGE_PAYLOAD_MAX];
	struct echo_host_opts ho = {.mem = 1ull << 30}; /* holds the recorded monitor pages */
	enum rt_hv_status st;
	struct vmbus_msg m;

	up(&ho, NULL);
	size_t n = linux_trace_record(trace, 1, req, sizeof(req));
	size_t wn = linux_trace_record(trace, 2, want, sizeof(want));
	ck_assert_int_eq(pvg_post_raw(G, VMBUS_MESSAGE_CONNECTION_ID_4, req, n, &st), 0);
	ck_assert_int_eq(st, RT_HV_STATUS_SUCCESS);
	ck_assert_int_eq(pvg_wait_msg(G, VMBUS_MSG_TYPE_VERSION_RESPONSE, &m, 5000), 0);
	ck_assert_int_eq(vmbus_msg_encode(&m, NULL, got, sizeof(got)), (int)wn);
	ck_assert_mem_eq(got, want, wn);
	ck_assert_int_eq(host_cmd(&H, "info version"), VMBUS_VERSION_WIN10_V5_3);
	down();
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("vmbus_protocol");
	TCase *w = tcase_create("spec");
	TCase *tc = tcase_create("sim");

	/* What must follow spec/ and the wire (tests/codegen/spec_edit_test.py runs this case). */
	tcase_set_timeout(w, 120);
	tcase_add_test(w, linux_initiate_contact);
	suite_add_tcase(s, w);

	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, each_version_echoes, 0, sizeof(versions) / sizeof(versions[0]));
	tcase_add_test(tc, walk_down_like_linux);
	tcase_add_test(tc, unsupported_first);
	tcase_add_test(tc, gpadl_1_page_to_16_mib);
	tcase_add_test(tc, open_close_1000);
	tcase_add_test(tc, ring_wraps);
	tcase_add_test(tc, full_ring_and_pending_send_size);
	tcase_add_test(tc, many_small_packets_in_order);
	tcase_add_test(tc, interrupt_mask);
	tcase_add_test(tc, hostile_ring_indices);
	tcase_add_test(tc, rescind_while_open);
	tcase_add_test(tc, unload_with_open_channels);
	tcase_add_test(tc, second_connection);
	tcase_add_test(tc, reconnect_while_open);
	tcase_add_test(tc, subchannels_at_run_time);
	tcase_add_test(tc, subchannels_reoffered_after_primary_close);
	tcase_add_test(tc, malformed_then_serves);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return pv_check_run_suite(suite());
}
