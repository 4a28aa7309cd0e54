/*
 * The null endpoint: accepts and discards every transmitted frame, never
 * receives. Useful for benchmarks of the VSP path and as the simplest
 * endpoint. It claims every offload natively: nothing ever sees its output.
 */
#include <errno.h>
#include <stdlib.h>

#include "devices/net/net_priv.h"

static int null_start(struct net_endpoint *ep)
{
	return 0;
}

static void null_stop(struct net_endpoint *ep)
{
}

static int null_tx(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		   const struct net_tx_meta *meta, void *cookie)
{
	ep->stats[q].tx_dropped++;
	net_base_tx_complete(net_base_of(ep), q, cookie, 0);
	return 0;
}

static void null_rx_resume(struct net_endpoint *ep, uint32_t q)
{
}

static void null_close(struct net_endpoint *ep)
{
	struct net_base *b = net_base_of(ep);

	net_base_fini(b);
	free(b);
}

static const struct net_endpoint_ops null_ops = {
	.kind = "null",
	.start = null_start,
	.stop = null_stop,
	.tx = null_tx,
	.rx_resume = null_rx_resume,
	.close = null_close,
};

int net_null_open(struct ev_loop *loop, const struct net_opts *o, struct net_endpoint **out)
{
	const uint32_t caps = NET_CAP_TX_CSUM_IP4 | NET_CAP_TX_CSUM_TCP4 | NET_CAP_TX_CSUM_UDP4 |
			      NET_CAP_TX_CSUM_TCP6 | NET_CAP_TX_CSUM_UDP6 | NET_CAP_TX_LSO4 |
			      NET_CAP_TX_LSO6 | NET_CAP_TX_VLAN;
	struct net_base *b = malloc(sizeof(*b));
	int rc;

	if (!b)
		return -ENOMEM;
	rc = net_base_init(b, &null_ops, loop, o, caps);
	if (rc) {
		free(b);
		return rc;
	}
	*out = &b->ep;
	return 0;
}
