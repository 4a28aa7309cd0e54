/*
 * Shared by the endpoint implementations (not for consumers): option
 * parsing, the common base object and deferred tx completions.
 *
 * Every implementation embeds a struct net_base whose first member is the
 * public struct net_endpoint. The base owns the per-queue counters and the
 * completion FIFOs: an implementation reports a finished transmission with
 * net_base_tx_complete(), and the base hands it to the consumer from a later
 * loop callback, so tx_done never runs inside net_endpoint_tx().
 */
#ifndef NET_NET_PRIV_H
#define NET_NET_PRIV_H

#include <errno.h>
#include <ev.h>
#include <net/if.h>

#include "devices/net/net.h"

struct net_opts {
	uint32_t queues;
	uint32_t mtu;
	uint8_t mac[6];
	char name[IFNAMSIZ]; /* tap */
	char netns[64];      /* tap: namespace name under /run/netns, "" = ours */
};

/* Parses `arg` (see net_endpoint_open). Returns 0 or -EINVAL. */
int net_opts_parse(const char *kind, const char *arg, struct net_opts *o);

struct net_txc {
	void *cookie;
	int status;
};

/* A FIFO of finished transmissions not yet reported (one per queue). */
struct net_txc_fifo {
	struct net_txc e[NET_TX_MAX_INFLIGHT];
	uint32_t head;
	uint32_t count;
};

struct net_base {
	struct net_endpoint ep; /* first: the public object */
	ev_idle pump;           /* never started: fed with ev_feed_event */
	bool pump_fed;
	struct net_txc_fifo *txc; /* nqueues entries */
	uint32_t *inflight;       /* accepted, tx_done not yet run; per queue */
	/* Optional: work the implementation deferred with net_base_kick(). */
	void (*deferred)(struct net_base *b);
};

static inline struct net_base *net_base_of(struct net_endpoint *ep)
{
	return (struct net_base *)(void *)ep;
}

/*
 * Initializes the base: counters and FIFOs for o->queues queues, MAC, MTU,
 * link up. Returns 0 or -ENOMEM.
 */
int net_base_init(struct net_base *b, const struct net_endpoint_ops *ops, struct ev_loop *loop,
		  const struct net_opts *o, uint32_t caps);
/* Frees what net_base_init allocated and cancels a pending pump. */
void net_base_fini(struct net_base *b);

/*
 * Reports that an accepted transmission finished. Runs tx_done from a later
 * loop callback. Each accepted frame must be completed exactly once.
 */
void net_base_tx_complete(struct net_base *b, uint32_t q, void *cookie, int status);

/*
 * Hands a received frame to the consumer and counts it in q's counters:
 * delivered, or dropped, except when the consumer has no room (-ENOSPC:
 * the implementation keeps the frame and pauses the queue). Returns what
 * the consumer's rx returned. Inline: once per received frame.
 */
static inline int net_base_rx(struct net_endpoint *ep, uint32_t q, const struct net_rx_frame *f)
{
	int rc = ep->cb->rx(ep->cb_ctx, q, f);

	if (rc == 0) {
		ep->stats[q].rx_packets++;
		ep->stats[q].rx_bytes += f->len;
	} else if (rc != -ENOSPC) {
		ep->stats[q].rx_dropped++;
	}
	return rc;
}

/*
 * Makes the pump run from a later loop callback: it calls b->deferred (when
 * started) and then reports finished transmissions.
 */
void net_base_kick(struct net_base *b);

/* Constructors of the implementations (called by net_endpoint_open). */
int net_null_open(struct ev_loop *loop, const struct net_opts *o, struct net_endpoint **out);
int net_loopback_open(struct ev_loop *loop, const struct net_opts *o, struct net_endpoint **out);
/*
 * fds: NULL opens the TAP; else adopts one descriptor per queue (a live
 * update: net_endpoint_adopt), each checked to be that TAP.
 */
int net_tap_open(struct ev_loop *loop, const struct net_opts *o, const int *fds,
		 struct net_endpoint **out);
/* The queue descriptors of a tap endpoint (net_endpoint_fds). */
int net_tap_fds(const struct net_endpoint *ep, int *fds, unsigned max);

#endif
