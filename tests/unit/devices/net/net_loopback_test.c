/*
 * The loopback endpoint: reflection, back-pressure without loss, software
 * offloads on the reflected frames, refusals, in-flight limit, RSS steering.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "devices/net/net.h"
#include "devices/net/offload.h"
#include "net_test_util.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

#define MAXF 64

struct ctx {
	int rx_rc; /* what on_rx returns */
	int rx_calls;
	int nframes; /* frames taken */
	uint8_t frames[MAXF][2048];
	uint32_t lens[MAXF];
	uint32_t queues[MAXF];
	struct net_rx_meta metas[MAXF];
	int done;
	void *cookies[2048];
	int statuses[2048];
	int rx_before_done; /* frames taken when the first tx_done ran */
	bool break_on_done;
};

static struct ev_loop *loop;

static int on_rx(void *c, uint32_t q, const struct net_rx_frame *f)
{
	struct ctx *x = c;

	x->rx_calls++;
	if (x->rx_rc)
		return x->rx_rc;
	if (x->nframes >= MAXF) {
		x->nframes++; /* counted, not kept */
		return 0;
	}
	ck_assert_uint_le(f->len, sizeof(x->frames[0]));
	memcpy(x->frames[x->nframes], f->data, f->len);
	x->lens[x->nframes] = f->len;
	x->queues[x->nframes] = q;
	x->metas[x->nframes] = f->meta;
	x->nframes++;
	return 0;
}

static void on_tx_done(void *c, uint32_t q, void *cookie, int status)
{
	struct ctx *x = c;

	if (x->done == 0)
		x->rx_before_done = x->nframes;
	x->cookies[x->done] = cookie;
	x->statuses[x->done] = status;
	x->done++;
	if (x->break_on_done)
		ev_break(loop, EVBREAK_ALL);
}

static const struct net_endpoint_cb cb = {.rx = on_rx, .tx_done = on_tx_done};

static void spin(struct ev_loop *l)
{
	for (int i = 0; i < 16; i++)
		ev_run(l, EVRUN_NOWAIT);
}

static const char v4_udp[] = "02000000000102000000000208004500002112344000401100000a0000010a000002"
			     "14e914e9000d00006162636465";

static struct net_endpoint *ep;
static struct ctx *x;

static void setup(void)
{
	loop = rt_loop_new();
	ck_assert_ptr_nonnull(loop);
	x = calloc(1, sizeof(*x));
	ck_assert_int_eq(net_endpoint_open("loopback", "queues=4", loop, &ep), 0);
	ck_assert_int_eq(net_endpoint_start(ep, &cb, x), 0);
}

static void teardown(void)
{
	net_endpoint_close(ep);
	rt_loop_destroy(loop);
	free(x);
}

START_TEST(test_reflect_segments)
{
	uint8_t f[128];
	uint32_t len = hex2bin(v4_udp, f);
	struct net_seg segs[3] = {{f, 5}, {f + 5, 20}, {f + 25, len - 25}};

	ck_assert_int_eq(net_endpoint_tx(ep, 2, segs, 3, NULL, (void *)0x1234), 0);
	ck_assert_int_eq(x->rx_calls, 0);
	ck_assert_int_eq(x->done, 0);
	spin(loop);
	ck_assert_int_eq(x->nframes, 1);
	ck_assert_uint_eq(x->lens[0], len);
	ck_assert_mem_eq(x->frames[0], f, len);
	ck_assert_uint_eq(x->queues[0], 2);
	ck_assert_int_eq(x->done, 1);
	ck_assert_ptr_eq(x->cookies[0], (void *)0x1234);
	ck_assert_int_eq(x->statuses[0], 0);
	/* The transmission completes only after its frame was taken. */
	ck_assert_int_eq(x->rx_before_done, 1);
	ck_assert_uint_eq(net_endpoint_stats(ep, 2)->rx_packets, 1);
	ck_assert_uint_eq(net_endpoint_stats(ep, 2)->tx_packets, 1);
}
END_TEST

START_TEST(test_backpressure_holds_frames)
{
	uint8_t f[8][128];
	struct net_seg seg[8];

	x->rx_rc = -ENOSPC;
	for (int i = 0; i < 8; i++) {
		uint32_t len = hex2bin(v4_udp, f[i]);

		f[i][len - 1] = (uint8_t)i; /* tell the frames apart */
		seg[i] = (struct net_seg){f[i], len};
		ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg[i], 1, NULL, f[i]), 0);
	}
	spin(loop);
	/* Offered once, refused for lack of space, then nothing until resume. */
	ck_assert_int_eq(x->rx_calls, 1);
	ck_assert_int_eq(x->nframes, 0);
	ck_assert_int_eq(x->done, 0);
	spin(loop);
	ck_assert_int_eq(x->rx_calls, 1);
	x->rx_rc = 0;
	net_endpoint_rx_resume(ep, 0);
	ck_assert_int_eq(x->rx_calls, 1); /* resume does not call back inside */
	spin(loop);
	ck_assert_int_eq(x->nframes, 8);
	for (int i = 0; i < 8; i++) {
		ck_assert_uint_eq(x->frames[i][seg[i].len - 1], i);
		ck_assert_ptr_eq(x->cookies[i], f[i]);
	}
	ck_assert_int_eq(x->done, 8);
	ck_assert_uint_eq(net_endpoint_stats(ep, 0)->rx_packets, 8);
	ck_assert_uint_eq(net_endpoint_stats(ep, 0)->rx_dropped, 0);
}
END_TEST

START_TEST(test_refused_frames_are_counted)
{
	uint8_t f[128];
	struct net_seg seg = {f, hex2bin(v4_udp, f)};

	x->rx_rc = -EPROTO;
	ck_assert_int_eq(net_endpoint_tx(ep, 1, &seg, 1, NULL, NULL), 0);
	spin(loop);
	ck_assert_int_eq(x->nframes, 0);
	ck_assert_int_eq(x->done, 1);
	ck_assert_uint_eq(net_endpoint_stats(ep, 1)->rx_dropped, 1);
	ck_assert_uint_eq(net_endpoint_stats(ep, 1)->rx_packets, 0);
}
END_TEST

START_TEST(test_inflight_limit)
{
	uint8_t f[128];
	struct net_seg seg = {f, hex2bin(v4_udp, f)};

	x->rx_rc = -ENOSPC;
	for (int i = 0; i < NET_TX_MAX_INFLIGHT; i++)
		ck_assert_int_eq(net_endpoint_tx(ep, 3, &seg, 1, NULL, NULL), 0);
	ck_assert_int_eq(net_endpoint_tx(ep, 3, &seg, 1, NULL, NULL), -EAGAIN);
	/* Other queues are not affected. */
	ck_assert_int_eq(net_endpoint_tx(ep, 1, &seg, 1, NULL, NULL), 0);
	spin(loop);
	x->rx_rc = 0;
	net_endpoint_rx_resume(ep, 3);
	net_endpoint_rx_resume(ep, 1);
	for (int i = 0; i < 64 && x->done < NET_TX_MAX_INFLIGHT + 1; i++)
		spin(loop);
	ck_assert_int_eq(x->done, NET_TX_MAX_INFLIGHT + 1);
	ck_assert_uint_eq(net_endpoint_stats(ep, 3)->rx_packets, NET_TX_MAX_INFLIGHT);
	ck_assert_int_eq(net_endpoint_tx(ep, 3, &seg, 1, NULL, NULL), 0);
}
END_TEST

START_TEST(test_offloads_in_software)
{
	uint8_t f[128];
	uint32_t len = hex2bin(v4_udp, f);
	struct net_seg seg = {f, len};
	struct net_tx_meta m = {.flags = NET_TX_IPV4 | NET_TX_CSUM_IP | NET_TX_CSUM_UDP |
					 NET_TX_VLAN,
				.vlan_tci = 0x0123,
				.l4_off = 34};

	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, &m, NULL), 0);
	spin(loop);
	ck_assert_int_eq(x->nframes, 1);
	ck_assert_uint_eq(pv_get_be16(x->frames[0] + 24), 0x1496);
	ck_assert_uint_eq(pv_get_be16(x->frames[0] + 40), 0x9838);
	ck_assert(x->metas[0].flags & NET_RX_IP_CSUM_OK);
	ck_assert(x->metas[0].flags & NET_RX_UDP_CSUM_OK);
	ck_assert(x->metas[0].flags & NET_RX_VLAN);
	ck_assert_uint_eq(x->metas[0].vlan_tci, 0x0123);
	/* The guest's buffer is not written. */
	ck_assert_uint_eq(pv_get_be16(f + 24), 0);
}
END_TEST

START_TEST(test_lso_reflects_segments)
{
	static uint8_t f[14 + 20 + 20 + 3000];
	struct net_seg segs[2];
	struct net_tx_meta m = {.flags = NET_TX_IPV4 | NET_TX_LSO | NET_TX_CSUM_TCP, .mss = 1460};

	memset(f, 0, sizeof(f));
	hex2bin("02000000000102000000000208004500000000014000400600000a0000010a000002"
		"04d20050000003e80000000050180200",
		f);
	for (uint32_t i = 54; i < sizeof(f); i++)
		f[i] = (uint8_t)i;
	segs[0] = (struct net_seg){f, 54};
	segs[1] = (struct net_seg){f + 54, sizeof(f) - 54};
	ck_assert_int_eq(net_endpoint_tx(ep, 1, segs, 2, &m, NULL), 0);
	spin(loop);
	ck_assert_int_eq(x->nframes, 3);
	ck_assert_uint_eq(x->lens[0], 54 + 1460);
	ck_assert_uint_eq(x->lens[2], 54 + 3000 - 2 * 1460);
	for (int i = 0; i < 3; i++) {
		ck_assert(x->metas[i].flags & NET_RX_TCP_CSUM_OK);
		ck_assert(x->metas[i].flags & NET_RX_IP_CSUM_OK);
		ck_assert_uint_eq(pv_get_be32(x->frames[i] + 38), 1000 + 1460 * (uint32_t)i);
	}
	ck_assert_int_eq(x->done, 1);
	ck_assert_uint_eq(net_endpoint_stats(ep, 1)->rx_packets, 3);
}
END_TEST

START_TEST(test_bad_offload_request_refused)
{
	uint8_t f[128];
	struct net_seg seg = {f, hex2bin(v4_udp, f)};
	struct net_tx_meta m = {.flags = NET_TX_IPV6 | NET_TX_CSUM_UDP};

	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, &m, NULL), -EINVAL);
	m.flags = NET_TX_CSUM_TCP;
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, &m, NULL), -EINVAL);
	ck_assert_uint_eq(net_endpoint_stats(ep, 0)->tx_errors, 2);
	spin(loop);
	ck_assert_int_eq(x->done, 0);
	ck_assert_int_eq(x->rx_calls, 0);
}
END_TEST

START_TEST(test_rss_steers)
{
	uint8_t f[128];
	uint32_t len = hex2bin(v4_udp, f);
	struct net_seg seg = {f, len};
	struct net_rss rss = {.hash_types = NET_HASH_IPV4, .key_len = 40, .table_len = 4};
	struct net_rx_meta m = {0};

	for (uint32_t i = 0; i < 40; i++)
		rss.key[i] = (uint8_t)(i * 37 + 1);
	for (uint32_t i = 0; i < 4; i++)
		rss.table[i] = 3 - i;
	ck_assert(net_rss_hash(f, len, &rss, &m));
	ck_assert_int_eq(net_endpoint_set_rss(ep, &rss), 0);
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, NULL, NULL), 0);
	spin(loop);
	ck_assert_int_eq(x->nframes, 1);
	ck_assert_uint_eq(x->queues[0], 3 - m.hash % 4);
	ck_assert(x->metas[0].flags & NET_RX_HASH);
	ck_assert_uint_eq(x->metas[0].hash, m.hash);
	ck_assert_int_eq(x->done, 1);
	rss.table[0] = 4;
	ck_assert_int_eq(net_endpoint_set_rss(ep, &rss), -EINVAL);
}
END_TEST

START_TEST(test_stop_keeps_frames)
{
	uint8_t f[128];
	struct net_seg seg = {f, hex2bin(v4_udp, f)};

	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, NULL, NULL), 0);
	net_endpoint_stop(ep);
	spin(loop);
	ck_assert_int_eq(x->rx_calls, 0);
	ck_assert_int_eq(net_endpoint_start(ep, &cb, x), 0);
	spin(loop);
	ck_assert_int_eq(x->nframes, 1);
	ck_assert_int_eq(x->done, 1);
	/* Closing with frames held frees them (checked under ASan). */
	x->rx_rc = -ENOSPC;
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, NULL, NULL), 0);
	ck_assert_int_eq(net_endpoint_tx(ep, 2, &seg, 1, NULL, NULL), 0);
	spin(loop);
}
END_TEST

static void never_cb(struct ev_loop *l, ev_io *w, int revents)
{
}

START_TEST(test_submit_outside_callbacks_does_not_block)
{
	/* With another watcher active, a blocking loop iteration must still run
	 * work queued before ev_run (else this test hangs until its timeout). */
	uint8_t f[128];
	struct net_seg seg = {f, hex2bin(v4_udp, f)};
	int fds[2];
	ev_io never;

	ck_assert_int_eq(pipe(fds), 0);
	ev_io_init(&never, never_cb, fds[0], EV_READ);
	ev_io_start(loop, &never);
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, NULL, NULL), 0);
	x->break_on_done = true;
	ev_run(loop, 0);
	ck_assert_int_eq(x->nframes, 1);
	ck_assert_int_eq(x->done, 1);
	ev_io_stop(loop, &never);
	close(fds[0]);
	close(fds[1]);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_reflect_segments),
					      PV_CASE(test_backpressure_holds_frames),
					      PV_CASE(test_refused_frames_are_counted),
					      PV_CASE(test_inflight_limit),
					      PV_CASE(test_offloads_in_software),
					      PV_CASE(test_lso_reflects_segments),
					      PV_CASE(test_bad_offload_request_refused),
					      PV_CASE(test_rss_steers),
					      PV_CASE(test_stop_keeps_frames),
					      PV_CASE(test_submit_outside_callbacks_does_not_block),
					      {0}};

	return pv_check_run_opts("net_loopback", cases,
				 &(struct pv_check_opts){.setup = setup, .teardown = teardown});
}
