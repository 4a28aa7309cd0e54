/*
 * The net endpoint base: option parsing, the factory, argument checks shared
 * by every endpoint, and deferred tx completions.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/net_priv.h"
#include "devices/net/offload.h"
#include "runtime/loop.h"
#include "runtime/util.h"

static int parse_u32(const char *s, uint32_t lo, uint32_t hi, uint32_t *out)
{
	char *end;
	unsigned long v;

	if (*s < '0' || *s > '9')
		return -EINVAL;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

static int parse_mac(const char *s, uint8_t mac[6])
{
	unsigned int b[6];
	int n = 0;

	if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%n", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5], &n) !=
		    6 ||
	    s[n] != '\0')
		return -EINVAL;
	/* A multicast address as our own would make every peer misbehave. */
	if (b[0] & INET_MAC_MULTICAST)
		return -EINVAL;
	for (int i = 0; i < 6; i++)
		mac[i] = (uint8_t)b[i];
	return 0;
}

static int set_str(char *dst, size_t cap, const char *v)
{
	size_t n = strlen(v);

	if (n == 0 || n >= cap || strchr(v, '/'))
		return -EINVAL;
	memcpy(dst, v, n + 1);
	return 0;
}

static void derive_mac(const char *kind, const char *arg, uint8_t mac[6])
{
	uint64_t h = 0xcbf29ce484222325ull;
	const char *parts[2] = {kind, arg ? arg : ""};

	for (int p = 0; p < 2; p++) {
		for (const char *c = parts[p]; *c; c++) {
			h ^= (uint8_t)*c;
			h *= 0x100000001b3ull;
		}
		h ^= '/';
		h *= 0x100000001b3ull;
	}
	/* Locally administered unicast: stable for a given config line. */
	mac[0] = 0x02;
	for (int i = 1; i < 6; i++)
		mac[i] = (uint8_t)(h >> (8 * i));
}

int net_opts_parse(const char *kind, const char *arg, struct net_opts *o)
{
	char buf[256];
	char *save = NULL, *item;
	bool has_mac = false, first = true;
	int rc = 0;

	memset(o, 0, sizeof(*o));
	o->queues = 1;
	o->mtu = 1500;
	if (arg) {
		if (strlen(arg) >= sizeof(buf))
			return -EINVAL;
		strcpy(buf, arg);
		for (item = strtok_r(buf, ",", &save); item && !rc;
		     item = strtok_r(NULL, ",", &save), first = false) {
			char *eq = strchr(item, '=');

			if (!eq) {
				/* A bare first item names the device. */
				rc = first ? set_str(o->name, sizeof(o->name), item) : -EINVAL;
				continue;
			}
			*eq = '\0';
			const char *v = eq + 1;
			if (!strcmp(item, "queues"))
				rc = parse_u32(v, 1, NET_MAX_QUEUES, &o->queues);
			else if (!strcmp(item, "mtu"))
				rc = parse_u32(v, 68, NET_MAX_FRAME - 18, &o->mtu);
			else if (!strcmp(item, "mac"))
				rc = parse_mac(v, o->mac), has_mac = true;
			else if (!strcmp(item, "name"))
				rc = set_str(o->name, sizeof(o->name), v);
			else if (!strcmp(item, "netns"))
				rc = set_str(o->netns, sizeof(o->netns), v);
			else
				rc = -EINVAL;
		}
		if (rc)
			return rc;
	}
	if (!has_mac)
		derive_mac(kind, arg, o->mac);
	return 0;
}

int net_endpoint_open(const char *kind, const char *arg, struct ev_loop *loop,
		      struct net_endpoint **out)
{
	struct net_opts o;
	int rc;

	if (!kind || !loop || !out)
		return -EINVAL;
	rc = net_opts_parse(kind, arg, &o);
	if (rc)
		return rc;
	if (!strcmp(kind, "null"))
		return net_null_open(loop, &o, out);
	if (!strcmp(kind, "loopback"))
		return net_loopback_open(loop, &o, out);
	if (!strcmp(kind, "tap")) {
		if (!o.name[0])
			return -EINVAL;
		return net_tap_open(loop, &o, NULL, out);
	}
	return -EINVAL;
}

int net_endpoint_fds(const struct net_endpoint *ep, int *fds, unsigned max)
{
	if (!strcmp(ep->ops->kind, "tap"))
		return net_tap_fds(ep, fds, max);
	return 0;
}

int net_endpoint_adopt(const char *kind, const char *arg, struct ev_loop *loop, const int *fds,
		       unsigned nfds, struct net_endpoint **out)
{
	struct net_opts o;
	int rc;

	if (!kind || !loop || !out || !fds)
		return -EINVAL;
	rc = net_opts_parse(kind, arg, &o);
	if (rc)
		return rc;
	if (strcmp(kind, "tap") || !o.name[0] || nfds != o.queues)
		return -EINVAL;
	return net_tap_open(loop, &o, fds, out);
}

static void pump_cb(struct ev_loop *loop, ev_idle *w, int revents)
{
	struct net_base *b = rt_container_of(w, struct net_base, pump);
	struct net_endpoint *ep = &b->ep;

	b->pump_fed = false;
	if (!ep->started)
		return;
	if (b->deferred)
		b->deferred(b);
	for (uint32_t q = 0; q < ep->nqueues; q++) {
		struct net_txc_fifo *f = &b->txc[q];

		/* tx_done may submit more; report only what was there on entry. */
		for (uint32_t n = f->count; n && ep->started; n--) {
			struct net_txc c = f->e[f->head];

			f->head = (f->head + 1) % NET_TX_MAX_INFLIGHT;
			f->count--;
			b->inflight[q]--;
			ep->cb->tx_done(ep->cb_ctx, q, c.cookie, c.status);
		}
	}
}

int net_base_init(struct net_base *b, const struct net_endpoint_ops *ops, struct ev_loop *loop,
		  const struct net_opts *o, uint32_t caps)
{
	struct net_endpoint *ep = &b->ep;

	memset(b, 0, sizeof(*b));
	ep->ops = ops;
	ep->loop = loop;
	ep->nqueues = o->queues;
	ep->caps = caps;
	ep->mtu = o->mtu;
	memcpy(ep->mac, o->mac, 6);
	ep->link_up = true;
	ep->stats = calloc(o->queues, sizeof(*ep->stats));
	b->txc = calloc(o->queues, sizeof(*b->txc));
	b->inflight = calloc(o->queues, sizeof(*b->inflight));
	if (!ep->stats || !b->txc || !b->inflight) {
		net_base_fini(b);
		return -ENOMEM;
	}
	ev_idle_init(&b->pump, pump_cb);
	return 0;
}

void net_base_fini(struct net_base *b)
{
	if (b->ep.loop)
		ev_clear_pending(b->ep.loop, &b->pump);
	free(b->ep.stats);
	free(b->txc);
	free(b->inflight);
	b->ep.stats = NULL;
	b->txc = NULL;
	b->inflight = NULL;
}

void net_base_kick(struct net_base *b)
{
	if (b->pump_fed || !b->ep.started)
		return;
	b->pump_fed = true;
	/*
	 * A fed watcher runs in the current invoke pass when we are inside a
	 * callback, and before the next poll otherwise (libev invokes pending
	 * watchers before blocking), so the loop never sleeps on our work.
	 */
	ev_feed_event(b->ep.loop, &b->pump, EV_CUSTOM);
}

void net_base_tx_complete(struct net_base *b, uint32_t q, void *cookie, int status)
{
	struct net_txc_fifo *f = &b->txc[q];

	/* inflight bounds the FIFO: a completion always has a slot. */
	assert(f->count < NET_TX_MAX_INFLIGHT);
	f->e[(f->head + f->count) % NET_TX_MAX_INFLIGHT] = (struct net_txc){cookie, status};
	f->count++;
	net_base_kick(b);
}

int net_endpoint_start(struct net_endpoint *ep, const struct net_endpoint_cb *cb, void *ctx)
{
	struct net_base *b = net_base_of(ep);
	int rc;

	rt_loop_assert_thread(ep->loop);
	if (ep->started)
		return -EBUSY;
	if (!cb || !cb->rx || !cb->tx_done)
		return -EINVAL;
	ep->cb = cb;
	ep->cb_ctx = ctx;
	ep->started = true;
	rc = ep->ops->start(ep);
	if (rc) {
		ep->started = false;
		return rc;
	}
	/* Completions that finished while stopped go out now. */
	net_base_kick(b);
	return 0;
}

void net_endpoint_stop(struct net_endpoint *ep)
{
	rt_loop_assert_thread(ep->loop);
	if (!ep->started)
		return;
	ep->ops->stop(ep);
	ep->started = false;
}

static uint32_t seg_total(const struct net_seg *segs, uint32_t nseg, bool *bad)
{
	uint64_t total = 0;

	for (uint32_t i = 0; i < nseg; i++) {
		if (!segs[i].va && segs[i].len) {
			*bad = true;
			return 0;
		}
		total += segs[i].len;
	}
	if (total > NET_MAX_LSO_FRAME)
		*bad = true;
	return (uint32_t)total;
}

static bool meta_ok(const struct net_endpoint *ep, const struct net_tx_meta *m, uint32_t len)
{
	const uint32_t known = NET_TX_IPV4 | NET_TX_IPV6 | NET_TX_CSUM_IP | NET_TX_CSUM_TCP |
			       NET_TX_CSUM_UDP | NET_TX_LSO | NET_TX_VLAN | NET_TX_HASH;

	if (len < NET_ETH_HLEN)
		return false;
	if (!m)
		return len <= ep->mtu + NET_ETH_HLEN + NET_VLAN_HLEN;
	if (m->flags & ~known)
		return false;
	if ((m->flags & NET_TX_IPV4) && (m->flags & NET_TX_IPV6))
		return false;
	if ((m->flags & NET_TX_CSUM_TCP) && (m->flags & NET_TX_CSUM_UDP))
		return false;
	if (m->flags & NET_TX_LSO)
		return m->mss >= NET_TSO_MIN_MSS && !(m->flags & NET_TX_CSUM_UDP);
	return len <= ep->mtu + NET_ETH_HLEN + NET_VLAN_HLEN;
}

int net_endpoint_tx(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		    const struct net_tx_meta *meta, void *cookie)
{
	struct net_base *b = net_base_of(ep);
	bool bad = false;
	uint32_t len;
	int rc;

	rt_loop_assert_thread(ep->loop);
	if (!ep->started)
		return -ENOTCONN;
	if (q >= ep->nqueues)
		return -EINVAL;
	if (!segs || nseg == 0 || nseg > NET_TX_MAX_SEGS) {
		ep->stats[q].tx_errors++;
		return -EINVAL;
	}
	len = seg_total(segs, nseg, &bad);
	if (bad || !meta_ok(ep, meta, len)) {
		ep->stats[q].tx_errors++;
		return -EINVAL;
	}
	if (b->inflight[q] >= NET_TX_MAX_INFLIGHT)
		return -EAGAIN;
	rc = ep->ops->tx(ep, q, segs, nseg, meta, cookie);
	if (rc == 0) {
		b->inflight[q]++;
		ep->stats[q].tx_packets++;
		ep->stats[q].tx_bytes += len;
	} else if (rc == -EINVAL) {
		ep->stats[q].tx_errors++;
	}
	return rc;
}

void net_endpoint_rx_resume(struct net_endpoint *ep, uint32_t q)
{
	rt_loop_assert_thread(ep->loop);
	if (q < ep->nqueues && ep->started)
		ep->ops->rx_resume(ep, q);
}

int net_endpoint_set_rss(struct net_endpoint *ep, const struct net_rss *rss)
{
	rt_loop_assert_thread(ep->loop);
	if (!ep->ops->set_rss)
		return -EOPNOTSUPP;
	if (rss->key_len > NET_RSS_KEY_MAX || rss->table_len > NET_RSS_TABLE_MAX)
		return -EINVAL;
	for (uint32_t i = 0; i < rss->table_len; i++)
		if (rss->table[i] >= ep->nqueues)
			return -EINVAL;
	return ep->ops->set_rss(ep, rss);
}

const struct net_stats *net_endpoint_stats(const struct net_endpoint *ep, uint32_t q)
{
	return q < ep->nqueues ? &ep->stats[q] : NULL;
}

void net_endpoint_close(struct net_endpoint *ep)
{
	if (!ep)
		return;
	rt_loop_assert_thread(ep->loop);
	if (ep->started)
		ep->ops->stop(ep);
	ep->started = false;
	ep->ops->close(ep);
}
