/* The null endpoint: counts and drops, completes asynchronously, never receives. */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/net.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

struct ctx {
	int rx;
	int done;
	void *last_cookie;
	int last_status;
};

static int on_rx(void *c, uint32_t q, const struct net_rx_frame *f)
{
	((struct ctx *)c)->rx++;
	return 0;
}

static void on_tx_done(void *c, uint32_t q, void *cookie, int status)
{
	struct ctx *x = c;

	x->done++;
	x->last_cookie = cookie;
	x->last_status = status;
}

static const struct net_endpoint_cb cb = {.rx = on_rx, .tx_done = on_tx_done};

static void spin(struct ev_loop *loop)
{
	for (int i = 0; i < 8; i++)
		ev_run(loop, EVRUN_NOWAIT);
}

START_TEST(test_null_counts_and_drops)
{
	struct ev_loop *loop = rt_loop_new();
	struct net_endpoint *ep;
	struct ctx x = {0};
	uint8_t frame[60] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
	struct net_seg seg = {frame, sizeof(frame)};

	ck_assert_ptr_nonnull(loop);
	ck_assert_int_eq(net_endpoint_open("null", "queues=2", loop, &ep), 0);
	ck_assert_uint_eq(ep->nqueues, 2);
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, NULL, &x), -ENOTCONN);
	ck_assert_int_eq(net_endpoint_start(ep, &cb, &x), 0);
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(net_endpoint_tx(ep, 1, &seg, 1, NULL, &x), 0);
	/* The completion never runs inside the submit. */
	ck_assert_int_eq(x.done, 0);
	spin(loop);
	ck_assert_int_eq(x.done, 5);
	ck_assert_ptr_eq(x.last_cookie, &x);
	ck_assert_int_eq(x.last_status, 0);
	ck_assert_int_eq(x.rx, 0);
	const struct net_stats *st = net_endpoint_stats(ep, 1);
	ck_assert_uint_eq(st->tx_packets, 5);
	ck_assert_uint_eq(st->tx_bytes, 5 * sizeof(frame));
	ck_assert_uint_eq(st->tx_dropped, 5);
	ck_assert_uint_eq(net_endpoint_stats(ep, 0)->tx_packets, 0);
	ck_assert_ptr_null(net_endpoint_stats(ep, 2));
	net_endpoint_close(ep);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(test_null_bad_requests)
{
	struct ev_loop *loop = rt_loop_new();
	struct net_endpoint *ep;
	struct ctx x = {0};
	uint8_t frame[2000] = {0};
	struct net_seg seg = {frame, 60};
	struct net_seg segs[NET_TX_MAX_SEGS + 1];
	struct net_tx_meta m = {.flags = NET_TX_LSO | NET_TX_IPV4, .mss = 10};

	ck_assert_int_eq(net_endpoint_open("null", NULL, loop, &ep), 0);
	ck_assert_int_eq(net_endpoint_start(ep, &cb, &x), 0);
	ck_assert_int_eq(net_endpoint_start(ep, &cb, &x), -EBUSY);
	ck_assert_int_eq(net_endpoint_tx(ep, 1, &seg, 1, NULL, &x), -EINVAL);
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 0, NULL, &x), -EINVAL);
	for (int i = 0; i < NET_TX_MAX_SEGS + 1; i++)
		segs[i] = (struct net_seg){frame, 1};
	ck_assert_int_eq(net_endpoint_tx(ep, 0, segs, NET_TX_MAX_SEGS + 1, NULL, &x), -EINVAL);
	seg.len = 13; /* shorter than an Ethernet header */
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, NULL, &x), -EINVAL);
	seg.len = 1500 + 18 + 1; /* over the MTU without LSO */
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, NULL, &x), -EINVAL);
	seg.len = 60;
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, &m, &x), -EINVAL); /* MSS 10 */
	m.flags = NET_TX_IPV4 | NET_TX_IPV6;
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, &m, &x), -EINVAL);
	m.flags = 1u << 30;
	ck_assert_int_eq(net_endpoint_tx(ep, 0, &seg, 1, &m, &x), -EINVAL);
	ck_assert_uint_eq(net_endpoint_stats(ep, 0)->tx_errors, 7);
	spin(loop);
	ck_assert_int_eq(x.done, 0);
	net_endpoint_close(ep);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(test_open_options)
{
	struct ev_loop *loop = rt_loop_new();
	struct net_endpoint *ep, *ep2;

	ck_assert_int_eq(net_endpoint_open("null", "mac=52:54:00:12:34:56,mtu=9000", loop, &ep), 0);
	ck_assert_mem_eq(ep->mac, "\x52\x54\x00\x12\x34\x56", 6);
	ck_assert_uint_eq(ep->mtu, 9000);
	ck_assert(ep->link_up);
	net_endpoint_close(ep);
	/* A derived MAC is unicast, locally administered and stable. */
	ck_assert_int_eq(net_endpoint_open("null", "queues=1", loop, &ep), 0);
	ck_assert_int_eq(net_endpoint_open("null", "queues=1", loop, &ep2), 0);
	ck_assert_uint_eq(ep->mac[0] & 3, 2);
	ck_assert_mem_eq(ep->mac, ep2->mac, 6);
	net_endpoint_close(ep);
	net_endpoint_close(ep2);
	ck_assert_int_eq(net_endpoint_open("bogus", NULL, loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", "queues=0", loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", "queues=65", loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", "mac=01:00:5e:00:00:01", loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", "mac=52:54:00:12:34", loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", "mtu=67", loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", "color=red", loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("tap", "netns=x", loop, &ep), -EINVAL); /* no name */
	ck_assert_int_eq(net_endpoint_open("tap", "name=a/b", loop, &ep), -EINVAL);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_null_counts_and_drops),
					      PV_CASE(test_null_bad_requests),
					      PV_CASE(test_open_options),
					      {0}};

	return pv_check_run("net_null", cases);
}
