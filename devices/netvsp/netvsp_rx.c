/*
 * Guest receive: the receive buffer's sub-allocations ("slots"), frames
 * from the endpoint written into them as RNDIS PACKET messages and announced
 * with transfer-page packets (type 7, set id 0xCAFE), and the guest's
 * completions that give slots back.
 *
 * A slot belongs to the guest from the send of its transfer-page packet
 * until the guest's completion names it (trans_id = slot number). When no
 * slot is free, or the host->guest ring is full, the endpoint is told
 * -ENOSPC: it keeps the frame and pauses that queue until
 * net_endpoint_rx_resume(), which we call once a completion frees a slot
 * or the ring has room. So nothing is dropped while counted as delivered.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/offload.h"
#include "devices/netvsp/netvsp_priv.h"
#include "runtime/gmem.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan_gpadl.h"

/* Transfer-page packet header after the descriptor: the receive buffer's set, one range. */
struct xfer_hdr {
	uint8_t b[VMRING_XFER_PAGES_SIZE - VMRING_DESC_SIZE + VMRING_XFER_RANGE_SIZE];
};

static void xfer_hdr_fill(struct xfer_hdr *h, uint32_t off, uint32_t len)
{
	/* At the generated wire offsets (per received frame: no 8 KiB decoded struct here). */
	const size_t at = VMRING_DESC_SIZE;
	uint8_t *r = h->b + (VMRING_XFER_PAGES_RANGES_OFFSET - at);

	memset(h, 0, sizeof(*h));
	pv_put_u16(h->b + (offsetof(struct vmring_wire_xfer_pages, xfer_pageset_id) - at),
		   NVSP_RECV_BUF_ID);
	pv_put_u32(h->b + (offsetof(struct vmring_wire_xfer_pages, range_cnt) - at), 1);
	pv_put_u32(r + offsetof(struct vmring_wire_xfer_range, byte_count), len);
	pv_put_u32(r + offsetof(struct vmring_wire_xfer_range, byte_offset), off);
}

static void rndis_pkt_nvsp(uint8_t buf[NVSP_MSG_SIZE])
{
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT};

	memset(buf, 0, NVSP_MSG_SIZE);
	m.u.send_rndis_pkt.channel_type = NVSP_CHANNEL_TYPE_DATA;
	m.u.send_rndis_pkt.send_buf_section_index = NVSP_INVALID_SECTION_INDEX;
	nvsp_msg_encode(&m, NULL, buf, NVSP_MSG_SIZE);
}

int netvsp_recvbuf_setup_locked(struct netvsp *d, struct netvsp_chan *nc, uint32_t gpadl)
{
	const struct rt_gpadl *gp = NULL;
	uint32_t sub = NETVSP_RECV_SUB_ALLOC, mtu = d->ep_mtu, n;
	uint32_t need = RNDIS_PACKET_HEADER_SIZE + 3 * (RNDIS_PPI_HEADER_SIZE + 4) + NET_ETH_HLEN +
			NET_VLAN_HLEN + mtu;
	int rc;

	if (d->recv_gp)
		return -EBUSY;
	if (need > sub)
		sub = rt_align_up(need, 8u);
	rc = vmbus_chan_gpadl_acquire(nc->ch, gpadl, &gp);
	if (rc)
		return rc;
	n = (uint32_t)rt_min(gp->total_len / sub, (uint64_t)NETVSP_MAX_SLOTS);
	if (n <= NETVSP_CTRL_RESERVE) {
		vmbus_chan_gpadl_release(nc->ch, gp);
		return -EINVAL;
	}
	free(d->free_slots);
	free(d->slot_used);
	d->free_slots = malloc(n * sizeof(*d->free_slots));
	d->slot_used = calloc(n, 1);
	if (!d->free_slots || !d->slot_used) {
		vmbus_chan_gpadl_release(nc->ch, gp);
		free(d->free_slots);
		free(d->slot_used);
		d->free_slots = NULL;
		d->slot_used = NULL;
		return -ENOMEM;
	}
	for (uint32_t i = 0; i < n; i++)
		d->free_slots[i] = n - 1 - i;
	d->nfree = n;
	d->nslots = n;
	d->sub_alloc = sub;
	d->recv_gp = gp;
	d->recv_owner = nc;
	d->slots_used_max = 0;
	return 0;
}

void netvsp_recvbuf_release_locked(struct netvsp *d)
{
	if (d->recv_gp)
		vmbus_chan_gpadl_release(d->recv_owner->ch, d->recv_gp);
	d->recv_gp = NULL;
	d->recv_owner = NULL;
	d->nslots = 0;
	d->nfree = 0;
}

static int slot_take_locked(struct netvsp *d, uint32_t reserve, uint32_t *slot)
{
	uint32_t used;

	if (d->nfree <= reserve)
		return -ENOSPC;
	*slot = d->free_slots[--d->nfree];
	used = d->nslots - d->nfree;
	if (used > d->slots_used_max)
		d->slots_used_max = used;
	return 0;
}

static void slot_put_locked(struct netvsp *d, uint32_t slot)
{
	d->slot_used[slot] = 0;
	d->free_slots[d->nfree++] = slot;
}

/* Copies a message into `slot` and announces it on nc. [L] */
static int slot_send_locked(struct netvsp *d, struct netvsp_chan *nc, uint32_t slot,
			    const void *msg, uint32_t len, bool may_queue)
{
	struct rt_gmem *g = vmbus_chan_gmem(nc->ch);
	uint8_t nvsp[NVSP_MSG_SIZE];
	struct xfer_hdr h;
	uint64_t off = (uint64_t)slot * d->sub_alloc;
	int rc;

	rc = rt_gpa_copy_to(g, d->recv_gp->ranges, d->recv_gp->range_count, off, msg, len);
	if (rc)
		return rc;
	/*
	 * Before the send: a packet the backlog holds goes out later, and a
	 * failed send leaves a record replay overrides with the slot's next one.
	 */
	if (rt_trace_on(d->trace))
		netvsp_trace_rndis(nc, PVTRACE_DIR_TO_GUEST, slot, msg, len);
	xfer_hdr_fill(&h, (uint32_t)off, len);
	rndis_pkt_nvsp(nvsp);
	rc = netvsp_send_locked(nc, VMRING_PKT_DATA_USING_XFER_PAGES,
				VMRING_PKT_FLAGS_COMPLETION_REQUESTED, slot, h.b, sizeof(h.b), nvsp,
				sizeof(nvsp), may_queue);
	if (!rc)
		d->slot_used[slot] = (uint8_t)(1 + nc->index);
	return rc;
}

int netvsp_rx_send_ctrl_locked(struct netvsp *d, const void *msg, uint32_t len)
{
	struct netvsp_chan *nc = &d->chans[0];
	uint32_t slot;
	int rc;

	if (!nc->ch || !d->recv_gp)
		return -ENODEV;
	if (len > d->sub_alloc)
		return -EMSGSIZE;
	rc = slot_take_locked(d, 0, &slot);
	if (rc)
		return rc;
	rc = slot_send_locked(d, nc, slot, msg, len, true);
	if (rc)
		slot_put_locked(d, slot);
	return rc;
}

/* Builds one per-packet-info entry with a u32 value right after it; returns its size. */
static uint32_t ppi_u32(uint8_t *p, uint32_t type, uint32_t value)
{
	struct rndis_ppi h = {
		.size = RNDIS_PPI_SIZE + 4, .ppi_type = type, .ppi_offset = RNDIS_PPI_SIZE};

	rndis_ppi_encode(&h, p, RNDIS_PPI_SIZE);
	pv_put_u32(p + RNDIS_PPI_SIZE, value);
	return RNDIS_PPI_SIZE + 4;
}

static uint32_t csum_rx_value(uint32_t f)
{
	uint32_t v = 0;

	if (f & NET_RX_TCP_CSUM_OK)
		v |= RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_SUCCEEDED_MASK;
	if (f & NET_RX_TCP_CSUM_BAD)
		v |= RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_FAILED_MASK;
	if (f & NET_RX_UDP_CSUM_OK)
		v |= RNDIS_CSUM_RX_INFO_UDP_CHECKSUM_SUCCEEDED_MASK;
	if (f & NET_RX_UDP_CSUM_BAD)
		v |= RNDIS_CSUM_RX_INFO_UDP_CHECKSUM_FAILED_MASK;
	if (f & NET_RX_IP_CSUM_OK)
		v |= RNDIS_CSUM_RX_INFO_IP_CHECKSUM_SUCCEEDED_MASK;
	if (f & NET_RX_IP_CSUM_BAD)
		v |= RNDIS_CSUM_RX_INFO_IP_CHECKSUM_FAILED_MASK;
	return v;
}

/* Builds the RNDIS PACKET message for a frame in d->rx_scratch; returns its length. */
static uint32_t build_rx_msg(struct netvsp *d, const struct net_rx_frame *f,
			     const struct net_rx_meta *meta)
{
	uint8_t *b = d->rx_scratch;
	uint32_t ppi = 0, total;
	uint8_t *pp = b + RNDIS_PACKET_SIZE;

	ppi += ppi_u32(pp + ppi, RNDIS_PPI_TYPE_TCPIP_CHKSUM, csum_rx_value(meta->flags));
	if (meta->flags & NET_RX_HASH)
		ppi += ppi_u32(pp + ppi, RNDIS_PPI_TYPE_NBL_HASH_VALUE, meta->hash);
	if (meta->flags & NET_RX_VLAN) {
		uint32_t tci = meta->vlan_tci;
		uint32_t v = ((tci >> 13) & 7) << RNDIS_VLAN_INFO_PRI_SHIFT |
			     ((tci >> 12) & 1) << RNDIS_VLAN_INFO_CFI_SHIFT |
			     (tci & 0xfff) << RNDIS_VLAN_INFO_VLANID_SHIFT;
		ppi += ppi_u32(pp + ppi, RNDIS_PPI_TYPE_IEEE_8021Q, v);
	}
	total = RNDIS_PACKET_SIZE + ppi + f->len;
	/* The header by the generated encoder: the PPIs, then the frame, after it. */
	{
		struct rndis_packet h = {
			.msg_len = total,
			.data_offset = RNDIS_PACKET_SIZE - NETVSP_RNDIS_OFF_BASE + ppi,
			.data_len = f->len,
			.per_pkt_info_offset = RNDIS_PACKET_SIZE - NETVSP_RNDIS_OFF_BASE,
			.per_pkt_info_len = ppi,
		};
		rndis_packet_encode(&h, b, RNDIS_PACKET_SIZE);
	}
	memcpy(b + RNDIS_PACKET_SIZE + ppi, f->data, f->len);
	return total;
}

static bool filter_pass(const struct netvsp *d, const uint8_t *dst)
{
	uint32_t f = d->packet_filter;

	if (f & RNDIS_PACKET_FILTER_PROMISCUOUS)
		return true;
	if (dst[0] & 1) {
		static const uint8_t bcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
		if (!memcmp(dst, bcast, 6))
			return f & RNDIS_PACKET_FILTER_BROADCAST;
		return f & (RNDIS_PACKET_FILTER_ALL_MULTICAST | RNDIS_PACKET_FILTER_MULTICAST);
	}
	return (f & RNDIS_PACKET_FILTER_DIRECTED) && !memcmp(dst, d->mac, 6);
}

int netvsp_ep_rx(void *ctx, uint32_t q, const struct net_rx_frame *f)
{
	struct netvsp *d = ctx;
	struct net_rx_meta meta = f->meta;
	struct netvsp_chan *nc;
	uint32_t ci, len, slot, pq = rt_min(q, (uint32_t)NET_MAX_QUEUES - 1);
	int rc;

	if (f->len < NET_ETH_HLEN || f->len > NET_MAX_FRAME) {
		netvsp_count(d, rx_too_big);
		return -EMSGSIZE;
	}
	pthread_mutex_lock(&d->lock);
	if (!d->recv_gp || !d->packet_filter || !d->chans[0].ch || !filter_pass(d, f->data)) {
		pthread_mutex_unlock(&d->lock);
		netvsp_count(d, rx_filtered);
		return -EPERM;
	}
	ci = q;
	if (d->rss_sw && d->rss.table_len && d->rss.hash_types &&
	    net_rss_hash(f->data, f->len, &d->rss, &meta))
		ci = d->rss.table[meta.hash % d->rss.table_len];
	if (ci > d->subchannels || ci >= NETVSP_MAX_CHANNELS || !d->chans[ci].ch)
		ci = 0;
	nc = &d->chans[ci];
	len = build_rx_msg(d, f, &meta);
	if (len > d->sub_alloc) {
		pthread_mutex_unlock(&d->lock);
		netvsp_count(d, rx_too_big);
		return -EMSGSIZE;
	}
	if (nc->bl_head || nc->rx_wait_space || slot_take_locked(d, NETVSP_CTRL_RESERVE, &slot)) {
		d->rx_paused[pq] = true;
		pthread_mutex_unlock(&d->lock);
		netvsp_count(d, rx_backpressure);
		return -ENOSPC;
	}
	rc = slot_send_locked(d, nc, slot, d->rx_scratch, len, false);
	if (rc) {
		slot_put_locked(d, slot);
		if (rc == -EAGAIN) {
			nc->rx_wait_space = true;
			d->rx_paused[pq] = true;
			pthread_mutex_unlock(&d->lock);
			netvsp_count(d, rx_backpressure);
			return -ENOSPC;
		}
		pthread_mutex_unlock(&d->lock);
		rt_log_rl(&d->log, RT_LOG_WARN, "receive: %s", strerror(-rc));
		return rc;
	}
	pthread_mutex_unlock(&d->lock);
	netvsp_count(d, rx_frames);
	return 0;
}

void netvsp_resume_work(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, resume_work);
	bool paused[NET_MAX_QUEUES];

	pthread_mutex_lock(&d->lock);
	memcpy(paused, d->rx_paused, sizeof(paused));
	memset(d->rx_paused, 0, sizeof(d->rx_paused));
	pthread_mutex_unlock(&d->lock);
	if (!d->ep)
		return;
	for (uint32_t q = 0; q < d->ep->nqueues && q < NET_MAX_QUEUES; q++)
		if (paused[q])
			net_endpoint_rx_resume(d->ep, q);
}

void netvsp_schedule_resume(struct netvsp *d)
{
	/* -EALREADY (queued) and -ESHUTDOWN (stopping) both need nothing more. */
	(void)rt_worker_call(&d->worker, &d->resume_work, netvsp_resume_work);
}

void netvsp_rx_completion(struct netvsp_chan *nc, uint64_t trans_id)
{
	struct netvsp *d = nc->dev;
	bool resume = false;

	pthread_mutex_lock(&d->lock);
	if (!d->recv_gp || trans_id >= d->nslots ||
	    d->slot_used[trans_id] != (uint8_t)(1 + nc->index)) {
		pthread_mutex_unlock(&d->lock);
		netvsp_count(d, unknown_completions);
		netvsp_count(d, bad_messages);
		rt_log_rl(&d->log, RT_LOG_WARN, "completion for unknown transaction %#llx",
			  (unsigned long long)trans_id);
		return;
	}
	slot_put_locked(d, (uint32_t)trans_id);
	for (uint32_t q = 0; q < NET_MAX_QUEUES; q++)
		resume |= d->rx_paused[q];
	pthread_mutex_unlock(&d->lock);
	netvsp_count(d, rx_completions);
	if (resume)
		netvsp_schedule_resume(d);
}
