/*
 * netvsp protocol tests: the pvguest netvsc client against a paravisor host
 * with one netvsp NIC (sim partition) in a child process. The handshake at
 * every NVSP version, a million frames through the loopback endpoint,
 * receive-buffer back-pressure, subchannels with RSS and the send table,
 * link indications, and a catalogue of malformed messages, each rejected
 * while the device keeps working.
 */
#include <check.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "devices/netvsp/netvsp.h"
#include "linux_trace.h"
#include "nv_host.h"
#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "vmring_codec.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"
#include "tests/unit/pv_check.h"

static struct host H;
static struct pvg *G;
static struct pvnc *N;

static void up(const struct nv_host_opts *ho)
{
	struct pvg_opts go = {0};
	char err[256];

	ck_assert_int_eq(nv_host_start(&H, ho), 0);
	go.socket = H.sock;
	ck_assert_int_eq(pvg_connect(&go, &G, err, sizeof(err)), 0);
	ck_assert_int_eq(pvg_negotiate(G), 0);
	ck_assert_int_eq(pvg_request_offers(G), 0);
}

static void nic(const struct pvnc_opts *o)
{
	struct pvnc_opts def = {0};

	ck_assert_int_eq(pvnc_open(G, o ? o : &def, &N), 0);
}

static void down(void)
{
	if (N)
		pvnc_close(N);
	N = NULL;
	pvg_close(G);
	G = NULL;
	ck_assert_int_eq(host_stop(&H), 0); /* clean exit: nothing crashed or leaked */
}

static long long st(const char *name)
{
	return host_cmd(&H, "stat %s", name);
}

/*
 * A host counter once the host has caught up: the guest's last completions
 * may still sit in the ring when its workload returns (seen under ASan), so
 * poll for up to 10 s before taking the value.
 */
static long long st_settled(const char *name, long long want)
{
	long long v = st(name);

	for (int i = 0; i < 1000 && v != want; i++) {
		usleep(10 * 1000);
		v = st(name);
	}
	return v;
}

/* One frame out and back through the loopback endpoint: the device works. */
static void round_trip(void)
{
	struct pvnc_workload w = {.count = 16, .size = 128, .drain_ms = 3000};

	ck_assert_int_eq(pvnc_workload_run(N, &w), 0);
	ck_assert_uint_eq(w.received, 16);
	ck_assert_uint_eq(w.lost, 0);
	ck_assert_uint_eq(w.corrupt, 0);
}

/* Each version spec/nvsp.yaml lists (nvsp_versions[]). */
START_TEST(handshake_each_version)
{
	const uint32_t v = nvsp_versions[_i];
	struct pvnc_opts o = {.nvsp_version = v};
	uint32_t ndis = v <= NVSP_VERSION_V4 ? NVSP_NDIS_VERSION_6_1 : NVSP_NDIS_VERSION_6_30;

	up(NULL);
	nic(&o);
	ck_assert_uint_eq(pvnc_nvsp_version(N), v);
	ck_assert_uint_eq(pvnc_ndis_version(N), ndis);
	ck_assert_int_eq(st("nvsp_version"), v);
	ck_assert_int_eq(st("ndis_version"), ndis);
	ck_assert_int_eq(st("rndis_initialized"), 1);
	ck_assert_int_eq(st("packet_filter"), 0x0d);
	ck_assert_int_eq(st("bad_messages"), 0);
	ck_assert_uint_eq(pvnc_mtu(N), 1500);
	round_trip();
	down();
}
END_TEST

/*
 * The newest version spec/nvsp.yaml lists is what netvsp and pvguest agree
 * on, with no list of their own: the spec-edit test
 * (tests/codegen/spec_edit_test.py) adds a version and reads this line.
 */
START_TEST(newest_version)
{
	up(NULL);
	nic(NULL);
	ck_assert_uint_eq(pvnc_nvsp_version(N), nvsp_versions[NVSP_VERSION_COUNT - 1]);
	ck_assert_int_eq(st("nvsp_version"), nvsp_versions[NVSP_VERSION_COUNT - 1]);
	printf("nvsp: netvsp and pvguest negotiated 0x%08x (%s)\n", pvnc_nvsp_version(N),
	       nvsp_version_name(pvnc_nvsp_version(N)));
	round_trip();
	down();
}
END_TEST

/*
 * Linux 6.1's NVSP INIT byte for byte (record 19 of
 * tests/traces/corpus/linux/netvsc-init-traffic.pcapng: min = max = 6.1) on a
 * fresh netvsc channel: netvsp's INIT_COMPLETE must be the one Linux
 * accepted when the trace was recorded (record 20). pvguest and netvsp share
 * spec/nvsp.yaml, so this is the test that fails when the spec moves a field
 * Linux's hv_netvsc does not.
 */
START_TEST(linux_nvsp_init)
{
	static const char trace[] = "netvsc-init-traffic.pcapng";
	uint8_t req[NVSP_MSG_SIZE], want[NVSP_MSG_SIZE], got[256];
	struct pvg_open_opts oo = {.ring_pages = 16};
	struct pvg_chan *c;
	struct pvg_pkt p;

	up(NULL);
	const struct pvg_offer *o = pvg_find_offer(G, nvsp_class_netvsc.guid, 0);
	ck_assert_ptr_nonnull(o);
	ck_assert_int_eq(pvg_chan_open(G, o->relid, &oo, &c, NULL), 0);
	size_t n = linux_trace_ring_body(trace, 19, req, sizeof(req), NULL, NULL);
	size_t wn = linux_trace_ring_body(trace, 20, want, sizeof(want), NULL, NULL);
	ck_assert_int_eq(pvg_chan_send(c, VMRING_PKT_DATA_INBAND,
				       VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 1, req, n),
			 0);
	ck_assert_int_eq(pvg_chan_recv(c, &p, got, sizeof(got), 5000), 0);
	ck_assert_uint_eq(p.type, VMRING_PKT_COMP);
	ck_assert_uint_eq(p.len, wn);
	ck_assert_mem_eq(got, want, wn);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	down();
}
END_TEST

START_TEST(handshake_linux_walk)
{
	struct nv_host_opts ho = {.max_nvsp = NVSP_VERSION_V5};

	/* Newest first: 6.1 and 6 refused, 5 accepted. */
	up(&ho);
	nic(NULL);
	ck_assert_uint_eq(pvnc_nvsp_version(N), NVSP_VERSION_V5);
	ck_assert_uint_eq(pvnc_ndis_version(N), NVSP_NDIS_VERSION_6_30);
	round_trip();
	down();
}
END_TEST

START_TEST(million_frames_loopback)
{
	struct pvnc_workload w = {.count = 1000000, .size = 64, .drain_ms = 10000};
	struct pvnc_stats s;

	up(NULL);
	nic(NULL);
	ck_assert_int_eq(pvnc_workload_run(N, &w), 0);
	pvnc_get_stats(N, &s);
	ck_assert_uint_eq(w.sent, 1000000);
	ck_assert_uint_eq(w.received, 1000000);
	ck_assert_uint_eq(w.lost, 0);
	ck_assert_uint_eq(w.corrupt, 0);
	/* Every send completed, every receive completed, no slot handed out twice. */
	ck_assert_uint_eq(s.tx_completions, s.tx_frames);
	ck_assert_uint_eq(s.tx_failed, 0);
	ck_assert_uint_eq(pvnc_sends_outstanding(N), 0);
	ck_assert_uint_eq(s.rx_overrun, 0);
	/*
	 * Data and control replies alike were completed: the host holds no
	 * slot. The host batches frames into transfer-page packets, each
	 * completed once: fewer packets (and completions) than frames.
	 */
	ck_assert_int_eq(st_settled("slots_used", 0), 0);
	ck_assert_uint_ge(s.rx_completions, (uint64_t)st("rx_packets"));
	ck_assert_int_lt(st("rx_packets"), 1000000);
	ck_assert_int_le(st("slots_used_max"), st("slots_total"));
	ck_assert_int_eq(st_settled("rx_frames", 1000000), 1000000);
	ck_assert_int_eq(st_settled("tx_done", 1000000), 1000000);
	ck_assert_int_eq(host_cmd(&H, "ep 0 rx_dropped"), 0);
	ck_assert_int_eq(st("bad_messages"), 0);
	/* The default budget held the workload: never past it, all given back. */
	ck_assert_int_le(st("budget_high"), st("budget_limit"));
	ck_assert_int_eq(st_settled("budget_used", 0), 0);
	fprintf(stderr, "million_frames_loopback: budget high-water %lld of %lld bytes\n",
		st("budget_high"), st("budget_limit"));
	down();
}
END_TEST

START_TEST(gpa_direct_and_large_frames)
{
	struct pvnc_workload w = {.count = 20000, .size = 1514, .drain_ms = 5000};

	up(NULL);
	nic(NULL);
	ck_assert_int_eq(pvnc_workload_run(N, &w), 0);
	ck_assert_uint_eq(w.received, 20000);
	w.gpa_direct = true;
	w.size = 60;
	ck_assert_int_eq(pvnc_workload_run(N, &w), 0);
	ck_assert_uint_eq(w.received, 20000);
	ck_assert_uint_eq(w.lost, 0);
	down();
}
END_TEST

START_TEST(receive_backpressure)
{
	/* 64 KiB receive buffer: 37 sub-allocations, 8 kept for control replies. */
	struct pvnc_opts o = {.recv_buf_size = 64 * 1024};
	/* Fewer frames than send sections: sends complete only once delivered. */
	struct pvnc_workload w = {.count = 120, .size = 100, .drain_ms = 300};
	struct pvnc_stats s;
	long long slots, delivered;

	up(NULL);
	nic(&o);
	slots = st("slots_total");
	ck_assert_int_gt(slots, 8);
	pvnc_hold_rx(N, true);
	ck_assert_int_eq(pvnc_workload_run(N, &w), 0);
	/*
	 * Let the guest take what the host already put in the ring (on a loaded
	 * machine the workload's drain can end first); held receives keep the
	 * host from delivering more meanwhile.
	 */
	for (int i = 0; i < 500; i++) {
		delivered = st("rx_frames");
		pvnc_get_stats(N, &s);
		if ((long long)s.rx_frames == delivered)
			break;
		pvnc_poll(N, 10);
	}
	/* The host stopped at the free slots, told the endpoint to hold the rest... */
	ck_assert_int_le(delivered, slots - 8);
	ck_assert_int_eq((long long)s.rx_frames, delivered);
	ck_assert_int_gt(st("rx_backpressure"), 0);
	ck_assert_int_le(st("slots_used_max"), slots);
	/* ...and the endpoint dropped nothing: every frame is still on its way. */
	ck_assert_int_eq(host_cmd(&H, "ep 0 rx_dropped"), 0);
	ck_assert_uint_eq(s.rx_overrun, 0);
	ck_assert_uint_le(w.received, (uint64_t)delivered);

	/* Completing the held receives lets the rest through, in order, none lost. */
	pvnc_hold_rx(N, false);
	ck_assert_int_eq(pvnc_release_rx(N), 0);
	for (int i = 0; i < 500; i++) {
		pvnc_poll(N, 10);
		pvnc_get_stats(N, &s);
		if (s.rx_frames >= 120)
			break;
	}
	/* The host counts a frame after it is in the ring: the guest may see it first. */
	ck_assert_int_eq(st_settled("rx_frames", 120), 120);
	ck_assert_uint_eq(s.rx_frames, 120);
	ck_assert_uint_eq(s.rx_overrun, 0);
	round_trip();
	down();
}
END_TEST

/*
 * A guest that sends while its receives are held keeps the loopback's
 * transmissions (and so its sends) in flight: at the memory budget the host
 * stops reading the guest's ring (back-pressure) instead of copying more
 * sends, and the budget's high-water mark stays under its limit. Frames
 * that find no receive slot while the ring is not read are dropped (the
 * guest's completions may wait behind the refused sends), so the sends
 * complete and reading resumes: every send completes with success, every
 * frame is either received or counted dropped, and all bytes are given back.
 */
START_TEST(memory_budget_backpressure)
{
	struct nv_host_opts ho = {0};
	struct pvnc_opts o = {.recv_buf_size = 64 * 1024};
	struct pvnc_stats s;
	uint8_t frame[200];
	long long limit, taken = -1;
	const int count = 150;

	ho.budget = ho.channel_budget = netvsp_min_budget();
	up(&ho);
	nic(&o);
	limit = st("budget_limit");
	ck_assert_int_eq(limit, (long long)netvsp_min_budget());
	memset(frame, 0xff, 6); /* broadcast: the packet filter passes it */
	memset(frame + 6, 0x02, 6);
	frame[12] = 0x88;
	frame[13] = 0xb5;
	pvnc_hold_rx(N, true);
	for (int i = 0; i < count; i++) {
		memset(frame + 14, i, sizeof(frame) - 14);
		ck_assert_int_eq(pvnc_send_frame(N, 0, frame, sizeof(frame)), 0);
	}
	/* Wait (bounded) until the host has taken every send, pushing back on the way. */
	for (int i = 0; i < 1000 && taken < count; i++) {
		pvnc_poll(N, 10);
		taken = st("tx_frames");
	}
	ck_assert_int_eq(taken, count);
	ck_assert_int_gt(st("budget_refused"), 0);
	ck_assert_int_gt(st("rx_dropped_blocked"), 0);
	ck_assert_int_le(st("budget_high"), limit);
	ck_assert_int_le(st("budget_used"), limit);
	ck_assert_int_eq(st("bad_messages"), 0);

	/* Completing the receives lets every send through, in order, none lost. */
	pvnc_hold_rx(N, false);
	ck_assert_int_eq(pvnc_release_rx(N), 0);
	for (int i = 0; i < 1000; i++) {
		pvnc_poll(N, 10);
		pvnc_get_stats(N, &s);
		if ((long long)s.rx_frames == st("rx_frames") &&
		    s.tx_completions >= (uint64_t)count)
			break;
	}
	ck_assert_int_eq((long long)s.rx_frames, st("rx_frames"));
	ck_assert_int_eq(st("rx_frames") + st("rx_dropped_blocked"), count);
	ck_assert_int_eq(host_cmd(&H, "ep 0 rx_dropped"), st("rx_dropped_blocked"));
	ck_assert_uint_eq(s.tx_completions, count);
	ck_assert_uint_eq(s.tx_failed, 0);
	ck_assert_int_eq(st_settled("tx_done", count), count);
	ck_assert_int_eq(st_settled("budget_used", 0), 0);
	ck_assert_int_le(st("budget_high"), limit);
	round_trip();
	down();
}
END_TEST

START_TEST(subchannels_rss_send_table)
{
	struct nv_host_opts ho = {.endpoint_arg = "queues=4"};
	struct pvnc_opts o = {.subchannels = 3};
	uint32_t count = 0;
	const uint32_t *t;

	up(&ho);
	nic(&o);
	ck_assert_uint_eq(pvnc_channels(N), 4);
	ck_assert_int_eq(st("subchannels"), 3);
	for (int i = 0; i < 100 && !pvnc_send_table(N, &count); i++)
		pvnc_poll(N, 10);
	t = pvnc_send_table(N, &count);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(count, 16);
	for (uint32_t i = 0; i < 16; i++)
		ck_assert_uint_lt(t[i], 4);
	/* A frame sent on a subchannel goes out on that endpoint queue. */
	{
		uint8_t f[64] = {0};
		const uint8_t *mac = pvnc_mac(N);
		memcpy(f, mac, 6);
		memcpy(f + 6, mac, 6);
		f[12] = 0x88;
		f[13] = 0xb6; /* not a workload frame */
		ck_assert_int_eq(pvnc_send_frame(N, 2, f, sizeof(f)), 0);
		for (int i = 0; i < 100 && host_cmd(&H, "ep 2 tx_packets") < 1; i++)
			pvnc_poll(N, 10);
		ck_assert_int_eq(host_cmd(&H, "ep 2 tx_packets"), 1);
	}
	round_trip();
	ck_assert_int_eq(st("bad_messages"), 0);
	down();
}
END_TEST

START_TEST(link_indication)
{
	struct pvnc_stats s;
	uint8_t out[16];
	uint32_t olen = sizeof(out), status;

	up(NULL);
	nic(NULL);
	ck_assert_int_eq(host_cmd(&H, "link 0"), 0);
	for (int i = 0; i < 100; i++) {
		pvnc_get_stats(N, &s);
		if (s.indications)
			break;
		pvnc_poll(N, 10);
	}
	ck_assert_uint_eq(s.indications, 1);
	ck_assert_uint_eq(s.last_indication, (uint32_t)RNDIS_STATUS_MEDIA_DISCONNECT);
	ck_assert_int_eq(
		pvnc_query(N, RNDIS_OID_GEN_MEDIA_CONNECT_STATUS, NULL, 0, out, &olen, &status), 0);
	ck_assert_uint_eq(pv_get_u32(out), RNDIS_MEDIA_STATE_DISCONNECTED);
	ck_assert_int_eq(host_cmd(&H, "link 1"), 0);
	for (int i = 0; i < 100 && s.indications < 2; i++) {
		pvnc_poll(N, 10);
		pvnc_get_stats(N, &s);
	}
	ck_assert_uint_eq(s.last_indication, (uint32_t)RNDIS_STATUS_MEDIA_CONNECT);
	down();
}
END_TEST

/* ---- malformed catalogue ---- */

/* Sends RNDIS message m (len bytes) in a send section: netvsp must refuse it
 * with INVALID_RNDIS_PKT. */
static void send_invalid_rndis(const uint8_t *m, size_t len)
{
	uint32_t status;

	ck_assert_int_eq(pvnc_rndis_raw(N, 0, 0, m, len, 0, len, &status), 0);
	ck_assert_uint_eq(status, NVSP_STATUS_INVALID_RNDIS_PKT);
}

static void expect_rejected(long long before)
{
	ck_assert_int_gt(st("bad_messages"), before);
	round_trip();
}

START_TEST(bad_section_index)
{
	uint32_t status, n;
	long long b;

	up(NULL);
	nic(NULL);
	n = pvnc_send_sections(N, NULL);
	b = st("bad_messages");
	ck_assert_int_eq(pvnc_rndis_raw(N, 0, UINT32_MAX, NULL, 0, n + 5, 100, &status), 0);
	ck_assert_uint_eq(status, NVSP_STATUS_FAIL);
	expect_rejected(b);
	down();
}
END_TEST

START_TEST(section_size_too_large)
{
	uint32_t status, size;
	uint8_t m[64] = {0};
	long long b;

	up(NULL);
	nic(NULL);
	pvnc_send_sections(N, &size);
	b = st("bad_messages");
	ck_assert_int_eq(pvnc_rndis_raw(N, 0, 0, m, sizeof(m), 0, size + 1, &status), 0);
	ck_assert_uint_eq(status, NVSP_STATUS_FAIL);
	expect_rejected(b);
	down();
}
END_TEST

/* Data and per-packet info offsets count from the end of the RNDIS header;
 * this one points right after the RNDIS_PACKET header (36). */
#define AFTER_PACKET_HDR (RNDIS_PACKET_SIZE - RNDIS_HEADER_SIZE)

/*
 * An RNDIS_PACKET in m (len bytes, zeroed first) whose header says what p
 * does, field by field at the generated wire offsets: these tests need
 * values the generated encoder refuses.
 */
static void put_packet(uint8_t *m, size_t len, const struct rndis_packet *p)
{
	memset(m, 0, len);
	pv_put_u32(m + offsetof(struct rndis_wire_packet, msg_type), RNDIS_MSG_TYPE_PACKET);
	pv_put_u32(m + offsetof(struct rndis_wire_packet, msg_len), p->msg_len);
	pv_put_u32(m + offsetof(struct rndis_wire_packet, data_offset), p->data_offset);
	pv_put_u32(m + offsetof(struct rndis_wire_packet, data_len), p->data_len);
	pv_put_u32(m + offsetof(struct rndis_wire_packet, per_pkt_info_offset),
		   p->per_pkt_info_offset);
	pv_put_u32(m + offsetof(struct rndis_wire_packet, per_pkt_info_len), p->per_pkt_info_len);
}

/* A per-packet info entry saying what e does, at byte `at` of m (unchecked, as put_packet). */
static void put_ppi(uint8_t *m, size_t at, const struct rndis_ppi *e)
{
	pv_put_u32(m + at + offsetof(struct rndis_wire_ppi, size), e->size);
	pv_put_u32(m + at + offsetof(struct rndis_wire_ppi, type), e->ppi_type);
	pv_put_u32(m + at + offsetof(struct rndis_wire_ppi, ppi_offset), e->ppi_offset);
}

START_TEST(rndis_length_beyond_buffer)
{
	uint8_t m[128];
	struct rndis_packet p = {.msg_len = 10000, /* the section holds 128 */
				 .data_offset = AFTER_PACKET_HDR,
				 .data_len = 60};
	long long b;

	up(NULL);
	nic(NULL);
	put_packet(m, sizeof(m), &p);
	b = st("bad_messages");
	send_invalid_rndis(m, sizeof(m));
	/* data_offset + data_len past msg_len */
	p.msg_len = sizeof(m);
	p.data_len = 1000;
	put_packet(m, sizeof(m), &p);
	send_invalid_rndis(m, sizeof(m));
	expect_rejected(b);
	down();
}
END_TEST

START_TEST(ppi_out_of_range)
{
	uint8_t m[160];
	/* One 16-byte PPI entry right after the header, then the data. */
	struct rndis_packet p = {.msg_len = sizeof(m),
				 .data_offset = AFTER_PACKET_HDR + 16,
				 .data_len = 60,
				 .per_pkt_info_offset = AFTER_PACKET_HDR,
				 .per_pkt_info_len = 16};
	struct rndis_ppi e = {.size = 4000, /* beyond the PPI area */
			      .ppi_type = RNDIS_PPI_TYPE_TCPIP_CHKSUM,
			      .ppi_offset = 12};
	const size_t at = RNDIS_HEADER_SIZE + AFTER_PACKET_HDR;
	long long b;

	up(NULL);
	nic(NULL);
	put_packet(m, sizeof(m), &p);
	put_ppi(m, at, &e);
	b = st("bad_messages");
	send_invalid_rndis(m, sizeof(m));
	/* The PPI area itself beyond the message. */
	e.size = 16;
	p.per_pkt_info_offset = 5000;
	put_packet(m, sizeof(m), &p);
	put_ppi(m, at, &e);
	send_invalid_rndis(m, sizeof(m));
	/* ppi_offset inside the entry past its size. */
	p.per_pkt_info_offset = AFTER_PACKET_HDR;
	e.ppi_offset = 40;
	put_packet(m, sizeof(m), &p);
	put_ppi(m, at, &e);
	send_invalid_rndis(m, sizeof(m));
	expect_rejected(b);
	down();
}
END_TEST

START_TEST(oid_buffer_out_of_range)
{
	uint8_t m[64] = {0};
	uint32_t status;
	long long b;

	up(NULL);
	nic(NULL);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_QUERY);
	pv_put_u32(m + 4, 32);
	pv_put_u32(m + 8, 77);
	pv_put_u32(m + 12, RNDIS_OID_GEN_MAXIMUM_FRAME_SIZE);
	pv_put_u32(m + 16, 4);     /* info_buflen */
	pv_put_u32(m + 20, 60000); /* info_buf_offset: far outside */
	b = st("bad_messages");
	ck_assert_int_eq(pvnc_rndis_raw(N, 1, 0, m, 32, 0, 32, &status), 0);
	ck_assert_uint_eq(status, NVSP_STATUS_INVALID_RNDIS_PKT);
	/* SET with its buffer overrunning the message by one byte. */
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_SET);
	pv_put_u32(m + 12, RNDIS_OID_GEN_CURRENT_PACKET_FILTER);
	pv_put_u32(m + 16, 5);
	pv_put_u32(m + 20, 20);
	ck_assert_int_eq(pvnc_rndis_raw(N, 1, 0, m, 32, 0, 32, &status), 0);
	ck_assert_uint_eq(status, NVSP_STATUS_INVALID_RNDIS_PKT);
	ck_assert_int_eq(st("packet_filter"), 0x0d);
	expect_rejected(b);
	down();
}
END_TEST

START_TEST(zero_size_rss_table)
{
	uint8_t p[40 + 40] = {0};
	uint32_t status = 0;
	long long b;

	up(NULL);
	nic(NULL);
	p[0] = RNDIS_NDIS_OBJECT_TYPE_RSS_PARAMETERS;
	p[1] = RNDIS_RSS_PARAMS_REVISION_2;
	pv_put_u16(p + 2, 40);
	pv_put_u32(p + 8, RNDIS_HASH_INFO_FUNC_TOEPLITZ | RNDIS_HASH_INFO_IPV4);
	pv_put_u16(p + 12, 0); /* indirection table: 0 bytes */
	pv_put_u32(p + 16, 40);
	pv_put_u16(p + 20, 40);
	pv_put_u32(p + 24, 40);
	b = st("bad_messages");
	ck_assert_int_eq(pvnc_set(N, RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS, p, sizeof(p), &status),
			 0);
	ck_assert_uint_ne(status, RNDIS_STATUS_SUCCESS);
	/* A table naming a channel that does not exist. */
	{
		uint8_t q[40 + 16 + 40] = {0};
		memcpy(q, p, 40);
		pv_put_u16(q + 12, 16);
		pv_put_u32(q + 24, 56);
		pv_put_u32(q + 40 + 4, 9);
		ck_assert_int_eq(
			pvnc_set(N, RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS, q, sizeof(q), &status),
			0);
		ck_assert_uint_ne(status, RNDIS_STATUS_SUCCESS);
	}
	expect_rejected(b);
	down();
}
END_TEST

START_TEST(unknown_completion)
{
	long long b;

	up(NULL);
	nic(NULL);
	b = st("unknown_completions");
	ck_assert_int_eq(pvnc_complete_raw(N, 0, 0xdeadbeefull), 0);
	ck_assert_int_eq(pvnc_complete_raw(N, 0, 3), 0); /* a slot the guest does not own */
	round_trip();
	ck_assert_int_eq(st("unknown_completions"), b + 2);
	down();
}
END_TEST

START_TEST(packet_before_init)
{
	struct pvnc_opts o = {.no_rndis = true};
	uint8_t m[128] = {0};
	uint32_t status;
	long long b;

	up(NULL);
	b = 0;
	/* NVSP messages before INIT. */
	{
		struct pvnc_opts o2 = {.no_rndis = true, .nvsp_version = NVSP_VERSION_V61};
		ck_assert_int_eq(pvnc_open(G, &o2, &N), 0);
		pvnc_close(N);
		N = NULL;
	}
	ck_assert_int_eq(pvnc_open(G, &o, &N), 0);
	b = st("bad_messages");
	/* A data packet before RNDIS INITIALIZE. */
	pv_put_u32(m, RNDIS_MSG_TYPE_PACKET);
	pv_put_u32(m + 4, 100);
	pv_put_u32(m + 8, 36);
	pv_put_u32(m + 12, 60);
	ck_assert_int_eq(pvnc_rndis_raw(N, 0, 0, m, 100, 0, 100, &status), 0);
	ck_assert_uint_ne(status, NVSP_STATUS_SUCCESS);
	/* A QUERY before INITIALIZE. */
	memset(m, 0, sizeof(m));
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_QUERY);
	pv_put_u32(m + 4, 28);
	pv_put_u32(m + 8, 1);
	pv_put_u32(m + 12, RNDIS_OID_GEN_MAXIMUM_FRAME_SIZE);
	ck_assert_int_eq(pvnc_rndis_raw(N, 1, 0, m, 28, 0, 28, &status), 0);
	ck_assert_uint_ne(status, NVSP_STATUS_SUCCESS);
	ck_assert_int_ge(st("bad_messages"), b + 2);
	ck_assert_int_eq(st("rx_frames"), 0);
	pvnc_close(N);
	N = NULL;
	/* The same device comes up normally afterwards. */
	nic(NULL);
	round_trip();
	down();
}
END_TEST

START_TEST(nvsp_out_of_order_and_unknown)
{
	uint8_t m[40] = {0}, r[40];
	long long b;

	up(NULL);
	nic(NULL);
	b = st("bad_messages");
	/* A second INIT on a running channel: failed completion, state kept. */
	pv_put_u32(m, NVSP_MSG_TYPE_INIT);
	pv_put_u32(m + 4, NVSP_VERSION_V61);
	pv_put_u32(m + 8, NVSP_VERSION_V61);
	ck_assert_int_eq(pvnc_nvsp_raw(N, 0, m, 40, 0x55, true, r), 0);
	ck_assert_uint_eq(pv_get_u32(r), NVSP_MSG_TYPE_INIT_COMPLETE);
	ck_assert_uint_eq(pv_get_u32(r + 12), NVSP_STATUS_FAIL);
	/* An unknown type and a host-only type. */
	memset(m, 0, sizeof(m));
	pv_put_u32(m, 999);
	ck_assert_int_eq(pvnc_nvsp_raw(N, 0, m, 40, 0, false, NULL), 0);
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE);
	ck_assert_int_eq(pvnc_nvsp_raw(N, 0, m, 40, 0, false, NULL), 0);
	/* A second receive buffer. */
	memset(m, 0, sizeof(m));
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RECV_BUF);
	pv_put_u32(m + 4, 12345);
	pv_put_u16(m + 8, NVSP_RECV_BUF_ID);
	ck_assert_int_eq(pvnc_nvsp_raw(N, 0, m, 40, 0x56, true, r), 0);
	ck_assert_uint_eq(pv_get_u32(r + 4), NVSP_STATUS_FAIL);
	expect_rejected(b);
	down();
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("netvsp");
	TCase *w = tcase_create("spec");
	TCase *t = tcase_create("protocol");

	/* What must follow spec/ and the wire (tests/codegen/spec_edit_test.py runs this case). */
	tcase_set_timeout(w, 300);
	tcase_add_test(w, newest_version);
	tcase_add_test(w, linux_nvsp_init);
	suite_add_tcase(s, w);
	tcase_set_timeout(t, 300);
	tcase_add_loop_test(t, handshake_each_version, 0, NVSP_VERSION_COUNT);
	tcase_add_test(t, handshake_linux_walk);
	tcase_add_test(t, million_frames_loopback);
	tcase_add_test(t, gpa_direct_and_large_frames);
	tcase_add_test(t, receive_backpressure);
	tcase_add_test(t, memory_budget_backpressure);
	tcase_add_test(t, subchannels_rss_send_table);
	tcase_add_test(t, link_indication);
	tcase_add_test(t, bad_section_index);
	tcase_add_test(t, section_size_too_large);
	tcase_add_test(t, rndis_length_beyond_buffer);
	tcase_add_test(t, ppi_out_of_range);
	tcase_add_test(t, oid_buffer_out_of_range);
	tcase_add_test(t, zero_size_rss_table);
	tcase_add_test(t, unknown_completion);
	tcase_add_test(t, packet_before_init);
	tcase_add_test(t, nvsp_out_of_order_and_unknown);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return pv_check_run_suite(suite());
}
