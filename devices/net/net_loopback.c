/*
 * The loopback endpoint: every transmitted frame comes back as received, as
 * if a cable linked the NIC's port to itself. Offloads are done in software
 * (checksums filled, LSO super-frames segmented at the MSS, the VLAN tag
 * carried across as receive metadata) and receive checksums verified, so the
 * consumer sees what a real peer would put on the wire.
 *
 * Back-pressure: reflected frames wait in a per-queue FIFO until the
 * consumer takes them; a transmission completes only once every frame it
 * produced was taken (or refused). Nothing is ever dropped for lack of
 * space, and the consumer's own in-flight limit bounds the memory held.
 *
 * With RSS set, a reflected frame goes to the rx queue its hash selects in
 * the indirection table; otherwise it returns on the queue it left.
 *
 * A consumer that takes super-frames (cb->rx_gso) gets an LSO frame back
 * whole, as a tap with offloads would hand it on: NET_RX_GSO_TCP4/6 at the
 * sender's MSS, IP length (and IPv4 header checksum) set for the whole frame,
 * the data vouched for (TCP_CSUM_OK) and its TCP checksum left unfilled.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/net_priv.h"
#include "devices/net/offload.h"

/* Frames delivered per queue per loop iteration before yielding. */
#define LB_BUDGET 256

struct lb_tx {
	void *cookie;
	uint32_t q;
	uint32_t remaining; /* frames not yet taken by the consumer */
};

struct lb_frame {
	struct lb_frame *next;
	struct lb_tx *owner;
	struct net_rx_meta meta;
	uint32_t len;
	uint8_t data[];
};

struct lb_queue {
	struct lb_frame *head, *tail;
	bool paused; /* the consumer said -ENOSPC */
};

struct net_loopback {
	struct net_base base;
	struct lb_queue *queues;
	struct net_rss rss;
	uint8_t *lin;     /* the linearized transmitted frame */
	uint8_t *scratch; /* LSO segments are built here */
	/* Frames of the transmission being processed, before they are queued. */
	struct lb_frame *pend_head, *pend_tail;
	const struct net_tx_meta *pend_meta;
};

#define LB_SCRATCH (NET_MAX_FRAME + 256)

static struct net_loopback *lb_of(struct net_endpoint *ep)
{
	return (struct net_loopback *)(void *)ep;
}

static int lb_emit(void *ctx, const uint8_t *f, uint32_t len)
{
	struct net_loopback *lb = ctx;
	struct lb_frame *fr = malloc(sizeof(*fr) + len);

	if (!fr)
		return -ENOMEM;
	memset(fr, 0, sizeof(*fr));
	memcpy(fr->data, f, len);
	fr->len = len;
	if (lb->pend_meta && (lb->pend_meta->flags & NET_TX_VLAN)) {
		fr->meta.flags |= NET_RX_VLAN;
		fr->meta.vlan_tci = lb->pend_meta->vlan_tci;
	}
	net_offload_rx_verify(fr->data, len, &fr->meta);
	if (lb->rss.hash_types && lb->rss.table_len)
		net_rss_hash(fr->data, len, &lb->rss, &fr->meta);
	if (lb->pend_tail)
		lb->pend_tail->next = fr;
	else
		lb->pend_head = fr;
	lb->pend_tail = fr;
	return 0;
}

/* An LSO frame reflected whole to a consumer that takes super-frames. */
static int lb_gso(struct net_loopback *lb, uint32_t len, const struct net_tx_meta *m)
{
	uint8_t *f = lb->lin, *ip;
	struct net_hdrs h;
	int rc;

	if (net_parse(f, len, &h) || h.ip_frag || h.l4_proto != NET_IPPROTO_TCP ||
	    h.hdr_len >= len || m->mss < NET_TSO_MIN_MSS ||
	    ((m->flags & NET_TX_IPV4) && h.ip_ver != 4) ||
	    ((m->flags & NET_TX_IPV6) && h.ip_ver != 6))
		return -EINVAL;
	ip = f + h.l3_off;
	if (h.ip_ver == 4) {
		uint32_t n = len - h.l3_off;
		if (n > 0xffff)
			return -EINVAL;
		ip[2] = (uint8_t)(n >> 8);
		ip[3] = (uint8_t)n;
		rc = net_offload_csum(f, len, &h, NET_TX_CSUM_IP);
		if (rc)
			return rc;
	} else {
		uint32_t n = len - h.l3_off - 40;
		if (n > 0xffff)
			return -EINVAL;
		ip[4] = (uint8_t)(n >> 8);
		ip[5] = (uint8_t)n;
	}
	rc = lb_emit(lb, f, len);
	if (!rc) {
		struct net_rx_meta *rm = &lb->pend_tail->meta;
		/* lb_emit verified against the unfilled TCP checksum: the data is ours. */
		rm->flags &= ~(NET_RX_TCP_CSUM_BAD | NET_RX_IP_CSUM_BAD);
		rm->flags |=
			(h.ip_ver == 4 ? NET_RX_GSO_TCP4 | NET_RX_IP_CSUM_OK : NET_RX_GSO_TCP6) |
			NET_RX_TCP_CSUM_OK;
		rm->gso_size = m->mss;
	}
	return rc;
}

static void free_list(struct lb_frame *f)
{
	while (f) {
		struct lb_frame *n = f->next;

		free(f);
		f = n;
	}
}

static int lb_tx(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		 const struct net_tx_meta *meta, void *cookie)
{
	struct net_loopback *lb = lb_of(ep);
	struct lb_tx *tx;
	uint32_t len = 0, n = 0;
	int rc;

	for (uint32_t i = 0; i < nseg; i++) {
		memcpy(lb->lin + len, segs[i].va, segs[i].len);
		len += segs[i].len;
	}
	tx = malloc(sizeof(*tx));
	if (!tx)
		return -ENOMEM;
	lb->pend_head = lb->pend_tail = NULL;
	lb->pend_meta = meta;
	if (meta && (meta->flags & NET_TX_LSO) && ep->cb->rx_gso)
		rc = lb_gso(lb, len, meta);
	else
		rc = net_offload_tx(lb->lin, len, meta, lb->scratch, LB_SCRATCH, lb_emit, lb);
	lb->pend_meta = NULL;
	if (rc) {
		free_list(lb->pend_head);
		free(tx);
		return rc;
	}
	tx->cookie = cookie;
	tx->q = q;
	for (struct lb_frame *f = lb->pend_head, *next; f; f = next) {
		uint32_t rq = q;

		next = f->next;
		f->next = NULL;
		f->owner = tx;
		if ((f->meta.flags & NET_RX_HASH) && lb->rss.table_len)
			rq = lb->rss.table[f->meta.hash % lb->rss.table_len];
		struct lb_queue *lq = &lb->queues[rq];
		if (lq->tail)
			lq->tail->next = f;
		else
			lq->head = f;
		lq->tail = f;
		n++;
	}
	tx->remaining = n;
	if (n == 0) {
		net_base_tx_complete(&lb->base, q, cookie, 0);
		free(tx);
	}
	net_base_kick(&lb->base);
	return 0;
}

static void frame_done(struct net_loopback *lb, struct lb_frame *f)
{
	struct lb_tx *tx = f->owner;

	free(f);
	if (--tx->remaining == 0) {
		net_base_tx_complete(&lb->base, tx->q, tx->cookie, 0);
		free(tx);
	}
}

static void lb_deliver(struct net_base *b)
{
	struct net_loopback *lb = (struct net_loopback *)(void *)b;
	struct net_endpoint *ep = &b->ep;
	bool more = false;

	for (uint32_t q = 0; q < ep->nqueues && ep->started; q++) {
		struct lb_queue *lq = &lb->queues[q];

		for (int n = 0; lq->head && !lq->paused && ep->started; n++) {
			struct lb_frame *f = lq->head;
			struct net_rx_frame rf = {.data = f->data, .len = f->len, .meta = f->meta};
			int rc;

			if (n == LB_BUDGET) {
				more = true;
				break;
			}
			rc = net_base_rx(ep, q, &rf);
			if (rc == -ENOSPC) {
				lq->paused = true;
				break;
			}
			lq->head = f->next;
			if (!lq->head)
				lq->tail = NULL;
			frame_done(lb, f);
		}
	}
	if (more)
		net_base_kick(b);
}

static int lb_start(struct net_endpoint *ep)
{
	net_base_kick(net_base_of(ep));
	return 0;
}

static void lb_stop(struct net_endpoint *ep)
{
}

static void lb_rx_resume(struct net_endpoint *ep, uint32_t q)
{
	struct net_loopback *lb = lb_of(ep);

	lb->queues[q].paused = false;
	net_base_kick(&lb->base);
}

static int lb_set_rss(struct net_endpoint *ep, const struct net_rss *rss)
{
	lb_of(ep)->rss = *rss;
	return 0;
}

static void lb_close(struct net_endpoint *ep)
{
	struct net_loopback *lb = lb_of(ep);

	if (lb->queues) {
		for (uint32_t q = 0; q < ep->nqueues; q++) {
			/* The owners are shared between queues: release each once. */
			for (struct lb_frame *f = lb->queues[q].head, *n; f; f = n) {
				n = f->next;
				if (--f->owner->remaining == 0)
					free(f->owner);
				free(f);
			}
		}
	}
	free(lb->queues);
	free(lb->lin);
	free(lb->scratch);
	net_base_fini(&lb->base);
	free(lb);
}

static const struct net_endpoint_ops lb_ops = {
	.kind = "loopback",
	.start = lb_start,
	.stop = lb_stop,
	.tx = lb_tx,
	.rx_resume = lb_rx_resume,
	.set_rss = lb_set_rss,
	.close = lb_close,
};

int net_loopback_open(struct ev_loop *loop, const struct net_opts *o, struct net_endpoint **out)
{
	struct net_loopback *lb = calloc(1, sizeof(*lb));
	int rc;

	if (!lb)
		return -ENOMEM;
	rc = net_base_init(&lb->base, &lb_ops, loop, o,
			   NET_CAP_RX_CSUM | NET_CAP_RX_HASH | NET_CAP_RSS);
	if (rc) {
		free(lb);
		return rc;
	}
	lb->base.deferred = lb_deliver;
	lb->queues = calloc(o->queues, sizeof(*lb->queues));
	lb->lin = malloc(NET_MAX_LSO_FRAME);
	lb->scratch = malloc(LB_SCRATCH);
	if (!lb->queues || !lb->lin || !lb->scratch) {
		lb_close(&lb->base.ep);
		return -ENOMEM;
	}
	*out = &lb->base.ep;
	return 0;
}
