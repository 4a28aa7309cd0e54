/* SPDX-License-Identifier: MIT */
/*
 * Tests for devices/net/net.c, driven directly: option parsing
 * (net_opts_parse), and the endpoint base every implementation embeds, on an
 * implementation written here that records what the base asks of it and
 * answers as each test scripts: argument checks before anything reaches the
 * implementation, counters, the in-flight limit, completions never inside
 * the call and never while stopped, RSS checks, the factory's refusals.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/net_priv.h"
#include "devices/net/offload.h"
#include "runtime/loop.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"
#include "tests/unit/test_wait.h"

/* ---- net_opts_parse ---- */

static const struct opts_case {
	const char *kind, *arg;
	int rc;
	uint32_t queues, mtu;
	const char *name, *netns;
} opts_cases[] = {
	{"null", NULL, 0, 1, 1500, "", ""},
	{"null", "", 0, 1, 1500, "", ""},
	{"null", "queues=64,mtu=68", 0, 64, 68, "", ""},
	{"null", "mtu=9000", 0, 1, 9000, "", ""},
	{"tap", "tap0,queues=2,netns=pv", 0, 2, 1500, "tap0", "pv"},
	{"tap", "name=abcdefghijklmno", 0, 1, 1500, "abcdefghijklmno", ""}, /* IFNAMSIZ - 1 */
	{"null", "queues=0", .rc = -EINVAL},
	{"null", "queues=65", .rc = -EINVAL},
	{"null", "queues=+1", .rc = -EINVAL},
	{"null", "queues=1x", .rc = -EINVAL},
	{"null", "queues=99999999999999999999999", .rc = -EINVAL},
	{"null", "queues=", .rc = -EINVAL},
	{"null", "mtu=67", .rc = -EINVAL},
	{"null", "mtu=9001", .rc = -EINVAL},
	{"null", "mac=01:00:5e:00:00:01", .rc = -EINVAL}, /* multicast */
	{"null", "mac=52:54:00:12:34", .rc = -EINVAL},
	{"null", "mac=52:54:00:12:34:56x", .rc = -EINVAL},
	{"null", "mac=52:54:00:12:34:zz", .rc = -EINVAL},
	{"tap", "name=abcdefghijklmnop", .rc = -EINVAL}, /* IFNAMSIZ */
	{"tap", "name=", .rc = -EINVAL},
	{"tap", "name=a/b", .rc = -EINVAL},
	{"tap", "tap0,netns=../x", .rc = -EINVAL},
	{"tap", "queues=2,tap0", .rc = -EINVAL}, /* a bare item only first */
	{"null", "color=red", .rc = -EINVAL},
};

START_TEST(opts)
{
	const struct opts_case *c = &opts_cases[_i];
	struct net_opts o;

	ck_assert_int_eq(net_opts_parse(c->kind, c->arg, &o), c->rc);
	if (c->rc)
		return;
	ck_assert_uint_eq(o.queues, c->queues);
	ck_assert_uint_eq(o.mtu, c->mtu);
	ck_assert_str_eq(o.name, c->name);
	ck_assert_str_eq(o.netns, c->netns);
	/* Derived: locally administered unicast. */
	ck_assert_uint_eq(o.mac[0], 0x02);
}
END_TEST

/* Without mac= the MAC is derived from kind and arg: stable, and different for another line. */
START_TEST(opts_mac)
{
	struct net_opts a, b, c;
	char arg[300];

	ck_assert_int_eq(net_opts_parse("tap", "tap0", &a), 0);
	ck_assert_int_eq(net_opts_parse("tap", "tap0", &b), 0);
	ck_assert_mem_eq(a.mac, b.mac, 6);
	ck_assert_int_eq(net_opts_parse("tap", "tap1", &c), 0);
	ck_assert_mem_ne(a.mac, c.mac, 6);
	ck_assert_int_eq(net_opts_parse("loopback", "tap0", &c), 0);
	ck_assert_mem_ne(a.mac, c.mac, 6);
	ck_assert_int_eq(net_opts_parse("null", "mac=52:54:00:ab:CD:ef", &c), 0);
	ck_assert_mem_eq(c.mac, "\x52\x54\x00\xab\xcd\xef", 6);
	/* An option list of 256 characters or more is refused, not cut: mtu=000...01500. */
	for (size_t len = 255; len <= 256; len++) {
		memset(arg, '0', len);
		memcpy(arg, "mtu=", 4);
		memcpy(arg + len - 4, "1500", 5);
		ck_assert_int_eq(net_opts_parse("null", arg, &c), len == 255 ? 0 : -EINVAL);
	}
	ck_assert_uint_eq(c.mtu, 1500);
}
END_TEST

/* ---- the base, on a recording implementation ---- */

struct rec_ep {
	struct net_base base; /* first */
	int start_rc, tx_rc, rss_rc;
	int starts, stops, txs, resumes, rss_calls, closes, deferred_runs;
	uint32_t last_q;
};

static int rec_start(struct net_endpoint *ep)
{
	struct rec_ep *e = (struct rec_ep *)ep;

	e->starts++;
	return e->start_rc;
}

static void rec_stop(struct net_endpoint *ep)
{
	((struct rec_ep *)ep)->stops++;
}

static int rec_tx(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		  const struct net_tx_meta *meta, void *cookie)
{
	struct rec_ep *e = (struct rec_ep *)ep;

	(void)segs, (void)nseg, (void)meta, (void)cookie;
	e->txs++;
	e->last_q = q;
	return e->tx_rc;
}

static void rec_rx_resume(struct net_endpoint *ep, uint32_t q)
{
	struct rec_ep *e = (struct rec_ep *)ep;

	e->resumes++;
	e->last_q = q;
}

static int rec_set_rss(struct net_endpoint *ep, const struct net_rss *rss)
{
	struct rec_ep *e = (struct rec_ep *)ep;

	(void)rss;
	e->rss_calls++;
	return e->rss_rc;
}

static void rec_close(struct net_endpoint *ep)
{
	((struct rec_ep *)ep)->closes++;
}

static void rec_deferred(struct net_base *b)
{
	((struct rec_ep *)b)->deferred_runs++;
}

static const struct net_endpoint_ops rec_ops = {.kind = "rec",
						.start = rec_start,
						.stop = rec_stop,
						.tx = rec_tx,
						.rx_resume = rec_rx_resume,
						.set_rss = rec_set_rss,
						.close = rec_close};

/* What the consumer saw. */
struct seen {
	struct net_endpoint *ep;
	int done;
	uintptr_t cookie[8];
	int status[8];
	int resubmit; /* tx_done submits this many more frames */
};

static uint8_t frame[64];
static const struct net_seg seg1 = {frame, sizeof(frame)};

static int on_rx(void *ctx, uint32_t q, const struct net_rx_frame *f)
{
	(void)ctx, (void)q, (void)f;
	return 0;
}

static void on_tx_done(void *ctx, uint32_t q, void *cookie, int status)
{
	struct seen *s = ctx;

	(void)q;
	if (s->done < 8) {
		s->cookie[s->done] = (uintptr_t)cookie;
		s->status[s->done] = status;
	}
	s->done++;
	for (; s->resubmit > 0; s->resubmit--)
		ck_assert_int_eq(net_endpoint_tx(s->ep, 0, &seg1, 1, NULL, (void *)100), 0);
}

static const struct net_endpoint_cb cb = {.rx = on_rx, .tx_done = on_tx_done};

struct rig {
	struct ev_loop *loop;
	struct rec_ep e;
	struct net_endpoint *ep;
	struct seen seen;
};

static struct rig rig; /* one per test process (Check forks) */

/* A recording endpoint of `queues` queues, started unless `start` is false. */
static struct rig *rig_open(uint32_t queues, bool start)
{
	struct rig *r = &rig;
	struct net_opts o;

	memset(r, 0, sizeof(*r));
	r->loop = rt_loop_new();
	ck_assert_ptr_nonnull(r->loop);
	ck_assert_int_eq(net_opts_parse("rec", "mtu=1500", &o), 0);
	o.queues = queues;
	ck_assert_int_eq(net_base_init(&r->e.base, &rec_ops, r->loop, &o, 0), 0);
	r->e.base.deferred = rec_deferred;
	r->ep = &r->e.base.ep;
	r->seen.ep = r->ep;
	ck_assert_uint_eq(r->ep->nqueues, queues);
	ck_assert(r->ep->link_up);
	if (start)
		ck_assert_int_eq(net_endpoint_start(r->ep, &cb, &r->seen), 0);
	return r;
}

static void rig_close(struct rig *r)
{
	bool started = r->ep->started;
	int stops = r->e.stops;

	net_endpoint_close(r->ep);
	ck_assert_int_eq(r->e.closes, 1);
	ck_assert_int_eq(r->e.stops, stops + started); /* close stops a started endpoint */
	net_base_fini(&r->e.base);
	ev_run(r->loop, EVRUN_NOWAIT); /* nothing pending runs after fini */
	rt_loop_destroy(r->loop);
}

START_TEST(start_and_stop)
{
	static const struct net_endpoint_cb no_rx = {.tx_done = on_tx_done};
	struct rig *r = rig_open(2, false);

	ck_assert_int_eq(net_endpoint_tx(r->ep, 0, &seg1, 1, NULL, NULL), -ENOTCONN);
	ck_assert_int_eq(net_endpoint_start(r->ep, &no_rx, &r->seen), -EINVAL);
	ck_assert_int_eq(net_endpoint_start(r->ep, NULL, &r->seen), -EINVAL);
	ck_assert_int_eq(r->e.starts, 0);
	/* The implementation refuses: the endpoint stays stopped and may start later. */
	r->e.start_rc = -EIO;
	ck_assert_int_eq(net_endpoint_start(r->ep, &cb, &r->seen), -EIO);
	ck_assert(!r->ep->started);
	r->e.start_rc = 0;
	ck_assert_int_eq(net_endpoint_start(r->ep, &cb, &r->seen), 0);
	ck_assert_int_eq(net_endpoint_start(r->ep, &cb, &r->seen), -EBUSY);
	ck_assert_int_eq(r->e.starts, 2);
	net_endpoint_stop(r->ep);
	net_endpoint_stop(r->ep); /* stopped: not passed on */
	ck_assert_int_eq(r->e.stops, 1);
	/* Stopped, or a queue it does not have: rx_resume is not passed on. */
	net_endpoint_rx_resume(r->ep, 0);
	ck_assert_int_eq(net_endpoint_start(r->ep, &cb, &r->seen), 0);
	net_endpoint_rx_resume(r->ep, 2);
	ck_assert_int_eq(r->e.resumes, 0);
	net_endpoint_rx_resume(r->ep, 1);
	ck_assert_int_eq(r->e.resumes, 1);
	ck_assert_uint_eq(r->e.last_q, 1);
	ck_assert_ptr_nonnull(net_endpoint_stats(r->ep, 1));
	ck_assert_ptr_null(net_endpoint_stats(r->ep, 2));
	ck_assert_int_eq(net_endpoint_fds(r->ep, NULL, 0), 0); /* not a tap: none */
	rig_close(r);
	net_endpoint_close(NULL);
}
END_TEST

/* Frames the base refuses before the implementation sees them (each counted in tx_errors). */
static const struct tx_case {
	const char *what;
	uint32_t len, nseg;
	bool null_va, meta;
	struct net_tx_meta m;
	int rc;
} tx_cases[] = {
	{"smallest frame", .len = NET_ETH_HLEN, .nseg = 1},
	{"MTU frame with a VLAN header", .len = 1500 + NET_ETH_HLEN + NET_VLAN_HLEN, .nseg = 1},
	{"MTU frame with offloads", .len = 1518, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_IPV4 | NET_TX_CSUM_TCP}},
	{"LSO super-frame", .len = 64000, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_IPV4 | NET_TX_LSO, .mss = 1448}},
	{"LSO at the smallest MSS", .len = 4000, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_LSO, .mss = NET_TSO_MIN_MSS}},
	{"most segments", .len = 1500, .nseg = NET_TX_MAX_SEGS},
	{"shorter than an Ethernet header", .len = NET_ETH_HLEN - 1, .nseg = 1, .rc = -EINVAL},
	{"no segments", .len = 60, .nseg = 0, .rc = -EINVAL},
	{"too many segments", .len = NET_TX_MAX_SEGS + 1, .nseg = NET_TX_MAX_SEGS + 1,
	 .rc = -EINVAL},
	{"segment without memory", .len = 60, .nseg = 1, .null_va = true, .rc = -EINVAL},
	{"over the MTU", .len = 1500 + NET_ETH_HLEN + NET_VLAN_HLEN + 1, .nseg = 1, .rc = -EINVAL},
	{"over the MTU with offloads", .len = 1519, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_CSUM_IP}, .rc = -EINVAL},
	{"over the LSO maximum", .len = NET_MAX_LSO_FRAME + 1, .nseg = 2, .meta = true,
	 .m = {.flags = NET_TX_LSO, .mss = 1448}, .rc = -EINVAL},
	{"unknown offload bit", .len = 60, .nseg = 1, .meta = true, .m = {.flags = 1u << 8},
	 .rc = -EINVAL},
	{"IPv4 and IPv6", .len = 60, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_IPV4 | NET_TX_IPV6}, .rc = -EINVAL},
	{"TCP and UDP checksums", .len = 60, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_CSUM_TCP | NET_TX_CSUM_UDP}, .rc = -EINVAL},
	{"LSO below the smallest MSS", .len = 4000, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_LSO, .mss = NET_TSO_MIN_MSS - 1}, .rc = -EINVAL},
	{"LSO of UDP", .len = 4000, .nseg = 1, .meta = true,
	 .m = {.flags = NET_TX_LSO | NET_TX_CSUM_UDP, .mss = 1448}, .rc = -EINVAL},
};

START_TEST(tx_checks)
{
	static uint8_t big[NET_MAX_LSO_FRAME + 1];
	static struct net_seg segs[NET_TX_MAX_SEGS + 1];
	const struct tx_case *c = &tx_cases[_i];
	struct rig *r = rig_open(1, true);
	const struct net_stats *st = net_endpoint_stats(r->ep, 0);
	uint32_t left = c->len;

	for (uint32_t i = 0; i < c->nseg; i++) {
		uint32_t n = i + 1 == c->nseg ? left : left / (c->nseg - i);

		segs[i] = (struct net_seg){c->null_va ? NULL : big + (c->len - left), n};
		left -= n;
	}
	ck_assert_msg(net_endpoint_tx(r->ep, 0, segs, c->nseg, c->meta ? &c->m : NULL, (void *)1) ==
			      c->rc,
		      "%s", c->what);
	ck_assert_int_eq(r->e.txs, c->rc ? 0 : 1);
	ck_assert_uint_eq(st->tx_errors, c->rc ? 1 : 0);
	ck_assert_uint_eq(st->tx_packets, c->rc ? 0 : 1);
	ck_assert_uint_eq(st->tx_bytes, c->rc ? 0 : c->len);
	/* A bad queue is refused before counting (there is no counter for it). */
	ck_assert_int_eq(net_endpoint_tx(r->ep, 1, segs, c->nseg, NULL, NULL), -EINVAL);
	ck_assert_uint_eq(st->tx_errors, c->rc ? 1 : 0);
	/* A frame the base accepted must be completed before close. */
	if (!c->rc)
		net_base_tx_complete(&r->e.base, 0, (void *)1, 0);
	rig_close(r);
}
END_TEST

/* What the implementation answers: accepted frames are counted, refused ones as it says. */
START_TEST(tx_implementation_answers)
{
	struct rig *r = rig_open(2, true);
	const struct net_stats *st = net_endpoint_stats(r->ep, 1);

	r->e.tx_rc = -EINVAL; /* malformed in a way only it can see: a tx error */
	ck_assert_int_eq(net_endpoint_tx(r->ep, 1, &seg1, 1, NULL, NULL), -EINVAL);
	ck_assert_uint_eq(st->tx_errors, 1);
	r->e.tx_rc = -ENOBUFS; /* full: not an error of the frame */
	ck_assert_int_eq(net_endpoint_tx(r->ep, 1, &seg1, 1, NULL, NULL), -ENOBUFS);
	ck_assert_uint_eq(st->tx_errors, 1);
	ck_assert_uint_eq(st->tx_packets, 0);
	r->e.tx_rc = 0;
	ck_assert_int_eq(net_endpoint_tx(r->ep, 1, &seg1, 1, NULL, NULL), 0);
	ck_assert_uint_eq(st->tx_packets, 1);
	ck_assert_uint_eq(st->tx_bytes, sizeof(frame));
	ck_assert_uint_eq(net_endpoint_stats(r->ep, 0)->tx_packets, 0);
	net_base_tx_complete(&r->e.base, 1, NULL, 0);
	rig_close(r);
}
END_TEST

/*
 * NET_TX_MAX_INFLIGHT frames in flight on a queue: the next is -EAGAIN and not
 * passed on; another queue is not affected; a completion makes room.
 */
START_TEST(inflight_limit)
{
	struct rig *r = rig_open(2, true);

	for (int i = 0; i < NET_TX_MAX_INFLIGHT; i++)
		ck_assert_int_eq(net_endpoint_tx(r->ep, 0, &seg1, 1, NULL, NULL), 0);
	ck_assert_int_eq(net_endpoint_tx(r->ep, 0, &seg1, 1, NULL, NULL), -EAGAIN);
	ck_assert_int_eq(r->e.txs, NET_TX_MAX_INFLIGHT);
	ck_assert_uint_eq(net_endpoint_stats(r->ep, 0)->tx_errors, 0);
	ck_assert_int_eq(net_endpoint_tx(r->ep, 1, &seg1, 1, NULL, NULL), 0);
	net_base_tx_complete(&r->e.base, 0, (void *)7, -EIO);
	/* Finished, but room only once the consumer was told. */
	ck_assert_int_eq(net_endpoint_tx(r->ep, 0, &seg1, 1, NULL, NULL), -EAGAIN);
	WAIT_UNTIL(r->loop, r->seen.done >= 1);
	ck_assert_uint_eq(r->seen.cookie[0], 7);
	ck_assert_int_eq(r->seen.status[0], -EIO);
	ck_assert_int_eq(net_endpoint_tx(r->ep, 0, &seg1, 1, NULL, NULL), 0);
	for (int i = 0; i < NET_TX_MAX_INFLIGHT; i++)
		net_base_tx_complete(&r->e.base, 0, NULL, 0);
	net_base_tx_complete(&r->e.base, 1, NULL, 0);
	WAIT_UNTIL(r->loop, r->seen.done >= 2 + NET_TX_MAX_INFLIGHT);
	rig_close(r);
}
END_TEST

/*
 * Completions: in order with their status, never inside the call that
 * finished them, held while stopped and handed out at the next start; one
 * pass reports only what was there on entry (a tx_done that submits again
 * sees its completion on a later pass); the implementation's deferred work
 * runs from the same pump, only while started.
 */
START_TEST(completions)
{
	struct rig *r = rig_open(1, true);

	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(net_endpoint_tx(r->ep, 0, &seg1, 1, NULL, NULL), 0);
	net_base_tx_complete(&r->e.base, 0, (void *)1, 0);
	net_base_tx_complete(&r->e.base, 0, (void *)2, -EIO);
	ck_assert_int_eq(r->seen.done, 0);
	WAIT_UNTIL(r->loop, r->seen.done >= 2);
	ck_assert_uint_eq(r->seen.cookie[0], 1);
	ck_assert_uint_eq(r->seen.cookie[1], 2);
	ck_assert_int_eq(r->seen.status[1], -EIO);
	ck_assert_int_ge(r->e.deferred_runs, 1);
	/* Stopped: held. */
	net_endpoint_stop(r->ep);
	net_base_tx_complete(&r->e.base, 0, (void *)3, 0);
	net_base_kick(&r->e.base);
	for (int i = 0; i < 4; i++)
		ev_run(r->loop, EVRUN_NOWAIT);
	ck_assert_int_eq(r->seen.done, 2);
	/* Started again: handed out, and the handler's new frame completes on a later pass. */
	r->seen.resubmit = 1;
	ck_assert_int_eq(net_endpoint_start(r->ep, &cb, &r->seen), 0);
	net_base_tx_complete(&r->e.base, 0, NULL, 0); /* lands behind cookie 3 */
	WAIT_UNTIL(r->loop, r->seen.done >= 4);
	ck_assert_uint_eq(r->seen.cookie[2], 3);
	net_base_tx_complete(&r->e.base, 0, (void *)4, 0);
	WAIT_UNTIL(r->loop, r->seen.done >= 5);
	ck_assert_uint_eq(r->seen.cookie[4], 4);
	rig_close(r);
}
END_TEST

START_TEST(rss_checks)
{
	struct rig *r = rig_open(4, true);
	static struct net_rss rss = {
		.hash_types = NET_HASH_TCP_IPV4, .key_len = 40, .table_len = 128};

	for (uint32_t i = 0; i < rss.table_len; i++)
		rss.table[i] = i % 4;
	ck_assert_int_eq(net_endpoint_set_rss(r->ep, &rss), 0);
	r->e.rss_rc = -EIO;
	ck_assert_int_eq(net_endpoint_set_rss(r->ep, &rss), -EIO);
	rss.table[127] = 4; /* a queue it does not have */
	ck_assert_int_eq(net_endpoint_set_rss(r->ep, &rss), -EINVAL);
	rss.table[127] = 3;
	rss.key_len = NET_RSS_KEY_MAX + 1;
	ck_assert_int_eq(net_endpoint_set_rss(r->ep, &rss), -EINVAL);
	rss.key_len = 40;
	rss.table_len = NET_RSS_TABLE_MAX + 1;
	ck_assert_int_eq(net_endpoint_set_rss(r->ep, &rss), -EINVAL);
	ck_assert_int_eq(r->e.rss_calls, 2);
	rig_close(r);
	/* An endpoint that cannot steer says so. */
	ck_assert_int_eq(net_endpoint_open("null", NULL, r->loop = rt_loop_new(), &r->ep), 0);
	rss.table_len = 1;
	ck_assert_int_eq(net_endpoint_set_rss(r->ep, &rss), -EOPNOTSUPP);
	net_endpoint_close(r->ep);
	rt_loop_destroy(r->loop);
}
END_TEST

/* The factory and adopt refuse what they cannot open, before opening anything. */
START_TEST(factory_refusals)
{
	struct ev_loop *loop = rt_loop_new();
	struct net_endpoint *ep = NULL;
	int fd = 0;

	ck_assert_int_eq(net_endpoint_open(NULL, NULL, loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", NULL, NULL, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("null", NULL, loop, NULL), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("rec", NULL, loop, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_open("tap", "queues=2", loop, &ep), -EINVAL); /* no name */
	ck_assert_int_eq(net_endpoint_adopt("null", NULL, loop, &fd, 1, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_adopt("tap", "tap0", loop, NULL, 1, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_adopt("tap", "queues=1", loop, &fd, 1, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_adopt("tap", "tap0,queues=2", loop, &fd, 1, &ep), -EINVAL);
	ck_assert_int_eq(net_endpoint_adopt("tap", "tap0,mtu=1", loop, &fd, 1, &ep), -EINVAL);
	ck_assert_ptr_null(ep);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_LOOP(opts, RT_ARRAY_SIZE(opts_cases)),
					      PV_CASE(opts_mac),
					      PV_CASE(start_and_stop),
					      PV_LOOP(tx_checks, RT_ARRAY_SIZE(tx_cases)),
					      PV_CASE(tx_implementation_answers),
					      PV_CASE(inflight_limit),
					      PV_CASE(completions),
					      PV_CASE(rss_checks),
					      PV_CASE(factory_refusals),
					      {0}};

	return pv_check_run("net", cases);
}
