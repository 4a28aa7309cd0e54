/*
 * Guest receive: the receive buffer's sub-allocations ("slots"), frames
 * from the endpoint written into them as RNDIS PACKET messages and announced
 * with transfer-page packets (type 7, set id 0xCAFE), and the guest's
 * completions that give slots back.
 *
 * Batching: frames are written into slots as they come and collected per
 * channel into one transfer-page packet (a range per slot, up to
 * NETVSP_RX_MAX_RANGES), sent when the endpoint's burst is over (an
 * ev_prepare on the netvsp worker's loop, i.e. before it sleeps) or when the
 * packet is full: one ring packet, at most one interrupt and one guest
 * completion for the whole burst instead of one per frame. Linux's
 * netvsc_receive takes every range of a transfer-page packet as one RNDIS
 * message and completes the packet once.
 *
 * TCP super-frames (NET_RX_GSO_*, from a tap with offloads) go to the guest
 * either coalesced (RSC: when it enabled rsc_ipv4/ipv6 through
 * OID_TCP_OFFLOAD_PARAMETERS) as consecutive fragments of the frame, each an
 * RNDIS PACKET in its own slot with the PKTINFO_ID per-packet info (first /
 * last fragment), all in one transfer-page packet, which Linux's
 * rndis_filter_receive_data joins into one skb; or else segmented here at
 * the frame's segment size into ordinary frames with every checksum filled.
 *
 * Slots: a transfer-page packet's slots form a chain (slot_next) headed by
 * the slot whose number is the packet's trans_id; the head's slot_used names
 * the channel (1 + index), the others are SLOT_CHAINED. A slot belongs to the
 * guest from the send of its packet until the guest's completion names the
 * head. When the slots a frame needs are not free, or the channel's ring is
 * full, the endpoint is told -ENOSPC: it keeps the frame and pauses that
 * queue until net_endpoint_rx_resume(), which we call once a completion
 * frees slots or the ring has room. A frame is taken whole or not at all, so
 * nothing is dropped while counted as delivered. While a channel's ring is
 * not read (memory budget, netvsp_tx.c) a frame without a slot is dropped
 * instead: the guest's completions may wait behind the sends we refuse.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/offload.h"
#include "devices/netvsp/netvsp_priv.h"
#include "runtime/gmem.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan_gpadl.h"
#include "vmring_wire.h"

#define SLOT_NONE UINT32_MAX
#define SLOT_CHAINED 0xFF /* slot_used of a slot behind a packet's head */
/* The transfer-page header after the descriptor: set id, flags, count, ranges. */
#define XFER_HDR (VMRING_XFER_PAGES_RANGES_OFFSET - VMRING_DESC_SIZE)
/* RNDIS PACKET header and per-packet infos of one slot, at most. */
#define RX_HDR_MAX (RNDIS_PACKET_SIZE + 4 * (RNDIS_PPI_SIZE + 4))

/* A frame's per-packet infos: everything the guest is told besides the bytes. */
struct rx_info {
	const struct net_rx_meta *meta;
	uint32_t csum;     /* csum_rx_info value */
	uint8_t frag_flag; /* pktinfo_id flag; 0: not a fragment */
};

/* h: the transfer-page header from its set id on (the descriptor is the channel's). */
static void xfer_hdr_fill(uint8_t *h, uint32_t nranges)
{
	memset(h, 0, XFER_HDR);
	pv_put_u16(
		h + (offsetof(struct vmring_wire_xfer_pages, xfer_pageset_id) - VMRING_DESC_SIZE),
		NVSP_RECV_BUF_ID);
	pv_put_u32(h + (offsetof(struct vmring_wire_xfer_pages, range_cnt) - VMRING_DESC_SIZE),
		   nranges);
}

/* Range n of the transfer-page header h, at the generated wire offsets. */
static void xfer_range_put(uint8_t *h, uint32_t n, uint32_t off, uint32_t len)
{
	uint8_t *r = h + XFER_HDR + n * VMRING_XFER_RANGE_SIZE;

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
	uint32_t need = RX_HDR_MAX + NET_ETH_HLEN + NET_VLAN_HLEN + mtu;
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
	free(d->slot_next);
	d->free_slots = malloc(n * sizeof(*d->free_slots));
	d->slot_next = malloc(n * sizeof(*d->slot_next));
	d->slot_used = calloc(n, 1);
	if (!d->free_slots || !d->slot_used || !d->slot_next) {
		vmbus_chan_gpadl_release(nc->ch, gp);
		free(d->free_slots);
		free(d->slot_used);
		free(d->slot_next);
		d->free_slots = NULL;
		d->slot_used = NULL;
		d->slot_next = NULL;
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
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		d->chans[i].rxb.n = 0;
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
	d->rsc = false;
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		d->chans[i].rxb.n = 0;
}

static int slot_take_locked(struct netvsp *d, uint32_t reserve, uint32_t *slot)
{
	uint32_t used;

	if (d->nfree <= reserve)
		return -ENOSPC;
	*slot = d->free_slots[--d->nfree];
	d->slot_next[*slot] = SLOT_NONE;
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

/* Frees the chain headed by `head` (bounded: a chain holds at most every slot). */
static void chain_put_locked(struct netvsp *d, uint32_t head)
{
	for (uint32_t s = head, n = 0; s != SLOT_NONE && n < d->nslots; n++) {
		uint32_t next = d->slot_next[s];
		slot_put_locked(d, s);
		s = next;
	}
}

/* Copies a control message into `slot` and announces it alone on nc. [L] */
static int slot_send_locked(struct netvsp *d, struct netvsp_chan *nc, uint32_t slot,
			    const void *msg, uint32_t len)
{
	struct rt_gmem *g = vmbus_chan_gmem(nc->ch);
	uint8_t nvsp[NVSP_MSG_SIZE], h[XFER_HDR + VMRING_XFER_RANGE_SIZE];
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
	xfer_hdr_fill(h, 1);
	xfer_range_put(h, 0, (uint32_t)off, len);
	rndis_pkt_nvsp(nvsp);
	rc = netvsp_send_locked(nc, VMRING_PKT_DATA_USING_XFER_PAGES,
				VMRING_PKT_FLAGS_COMPLETION_REQUESTED, slot, h, sizeof(h), nvsp,
				sizeof(nvsp), true);
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
	rc = slot_send_locked(d, nc, slot, msg, len);
	if (rc)
		slot_put_locked(d, slot);
	return rc;
}

/* ---- batches ---- */

/*
 * Sends nc's batch as one transfer-page packet. Returns 0 (also when empty),
 * -EAGAIN (ring full: the batch stays, sent again once there is room), or
 * another error (the batch's slots are freed).
 */
static int batch_send_locked(struct netvsp *d, struct netvsp_chan *nc)
{
	struct netvsp_rxbatch *b = &nc->rxb;
	uint8_t nvsp[NVSP_MSG_SIZE];
	int rc;

	if (!b->n)
		return 0;
	if (!nc->ch) {
		chain_put_locked(d, b->head);
		b->n = 0;
		return -EPIPE;
	}
	xfer_hdr_fill(b->ext, b->n);
	rndis_pkt_nvsp(nvsp);
	rc = netvsp_send_locked(nc, VMRING_PKT_DATA_USING_XFER_PAGES,
				VMRING_PKT_FLAGS_COMPLETION_REQUESTED, b->head, b->ext,
				XFER_HDR + b->n * VMRING_XFER_RANGE_SIZE, nvsp, sizeof(nvsp),
				false);
	if (rc == -EAGAIN) {
		nc->rx_wait_space = true;
		return rc;
	}
	if (rc) {
		rt_log_rl(&d->log, RT_LOG_WARN, "receive: %s", strerror(-rc));
		chain_put_locked(d, b->head);
	} else {
		d->slot_used[b->head] = (uint8_t)(1 + nc->index);
		atomic_fetch_add_explicit(&d->st.rx_packets, 1, memory_order_relaxed);
	}
	b->n = 0;
	return rc;
}

/* Sends every channel's batch (the endpoint's burst is over). [L] */
static void batches_send_locked(struct netvsp *d)
{
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		if (d->chans[i].rxb.n)
			batch_send_locked(d, &d->chans[i]);
}

static void flush_cb(struct ev_loop *loop, ev_prepare *w, int revents)
{
	struct netvsp *d = rt_container_of(w, struct netvsp, rx_flush_w);

	(void)revents;
	ev_prepare_stop(loop, w);
	pthread_mutex_lock(&d->lock);
	batches_send_locked(d);
	pthread_mutex_unlock(&d->lock);
}

void netvsp_rx_flush_init(struct netvsp *d)
{
	ev_prepare_init(&d->rx_flush_w, flush_cb);
}

void netvsp_rx_flush_stop(struct netvsp *d)
{
	ev_prepare_stop(d->worker.loop, &d->rx_flush_w);
}

/* Makes room for `n` more ranges in nc's batch; false when the ring is full. [L] */
static bool batch_room_locked(struct netvsp *d, struct netvsp_chan *nc, uint32_t n)
{
	if (nc->rxb.n + n <= NETVSP_RX_MAX_RANGES)
		return true;
	return batch_send_locked(d, nc) != -EAGAIN;
}

/* ---- building messages ---- */

/*
 * One per-packet-info entry with a u32 value; returns its size. type may
 * carry RNDIS_PPI_INTERNAL_MASK (an internal type, the spec's `internal` bit).
 */
static uint32_t ppi_u32(uint8_t *p, uint32_t type, uint32_t value)
{
	struct rndis_ppi h = {.size = RNDIS_PPI_SIZE + 4,
			      .ppi_type = type & ~RNDIS_PPI_INTERNAL_MASK,
			      .internal = (type & RNDIS_PPI_INTERNAL_MASK) != 0,
			      .ppi_offset = RNDIS_PPI_SIZE};

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

/*
 * The RNDIS PACKET header and per-packet infos for `len` data bytes in b;
 * returns the header's length. A later fragment carries only its PKTINFO_ID:
 * Linux takes checksum, hash and VLAN from the first.
 */
static uint32_t rx_header(uint8_t *b, uint32_t len, const struct rx_info *in)
{
	const struct net_rx_meta *m = in->meta;
	uint8_t *pp = b + RNDIS_PACKET_SIZE;
	uint32_t ppi = 0;
	bool first = !in->frag_flag || (in->frag_flag & RNDIS_PKTINFO_ID_FIRST_FRAG_MASK);

	if (first) {
		ppi += ppi_u32(pp + ppi, RNDIS_PPI_TYPE_TCPIP_CHKSUM, in->csum);
		if (m->flags & NET_RX_HASH)
			ppi += ppi_u32(pp + ppi, RNDIS_PPI_TYPE_NBL_HASH_VALUE, m->hash);
		if (m->flags & NET_RX_VLAN) {
			uint32_t tci = m->vlan_tci;
			uint32_t v = ((tci >> 13) & 7) << RNDIS_VLAN_INFO_PRI_SHIFT |
				     ((tci >> 12) & 1) << RNDIS_VLAN_INFO_CFI_SHIFT |
				     (tci & 0xfff) << RNDIS_VLAN_INFO_VLANID_SHIFT;
			ppi += ppi_u32(pp + ppi, RNDIS_PPI_TYPE_IEEE_8021Q, v);
		}
	}
	if (in->frag_flag) {
		uint32_t id = RNDIS_PKTINFO_ID_V1 | (uint32_t)in->frag_flag << 8;
		ppi += ppi_u32(pp + ppi,
			       RNDIS_PPI_INTERNAL_TYPE_PKTINFO_ID | RNDIS_PPI_INTERNAL_MASK, id);
	}
	/* The header by the generated encoder; the PPIs follow it, then the data. */
	{
		struct rndis_packet h = {
			.msg_len = RNDIS_PACKET_SIZE + ppi + len,
			.data_offset = RNDIS_PACKET_SIZE - NETVSP_RNDIS_OFF_BASE + ppi,
			.data_len = len,
			.per_pkt_info_offset = RNDIS_PACKET_SIZE - NETVSP_RNDIS_OFF_BASE,
			.per_pkt_info_len = ppi,
		};
		rndis_packet_encode(&h, b, RNDIS_PACKET_SIZE);
	}
	return RNDIS_PACKET_SIZE + ppi;
}

/*
 * Writes one RNDIS PACKET (header, then `len` bytes from `data`, or from
 * `pre` then `data` when pre_len is set) into a free slot and appends it to
 * nc's batch. The caller made sure a slot and a range are free. [L]
 */
static int rx_put_locked(struct netvsp *d, struct netvsp_chan *nc, const uint8_t *pre,
			 uint32_t pre_len, const uint8_t *data, uint32_t len,
			 const struct rx_info *in)
{
	struct rt_gmem *g = vmbus_chan_gmem(nc->ch);
	const struct rt_gpa_range *rr = d->recv_gp->ranges;
	struct netvsp_rxbatch *b = &nc->rxb;
	uint8_t hdr[RX_HDR_MAX];
	uint32_t slot, hl = rx_header(hdr, pre_len + len, in);
	uint64_t off;
	int rc;

	if (slot_take_locked(d, 0, &slot))
		return -ENOSPC; /* the caller counted: cannot happen */
	off = (uint64_t)slot * d->sub_alloc;
	rc = rt_gpa_copy_to(g, rr, d->recv_gp->range_count, off, hdr, hl);
	if (!rc && pre_len)
		rc = rt_gpa_copy_to(g, rr, d->recv_gp->range_count, off + hl, pre, pre_len);
	if (!rc)
		rc = rt_gpa_copy_to(g, rr, d->recv_gp->range_count, off + hl + pre_len, data, len);
	if (rc) {
		slot_put_locked(d, slot);
		return rc;
	}
	if (rt_trace_on(d->trace)) {
		struct iovec iov[3] = {{hdr, hl}, {(void *)pre, pre_len}, {(void *)data, len}};
		if (nc->ch)
			rt_trace_record(d->trace, PVTRACE_PROTO_RNDIS, PVTRACE_DIR_TO_GUEST,
					vmbus_chan_relid(nc->ch), b->n ? b->head : slot, iov, 3);
	}
	xfer_range_put(b->ext, b->n, (uint32_t)off, hl + pre_len + len);
	if (b->n) {
		d->slot_next[b->tail] = slot;
		d->slot_used[slot] = SLOT_CHAINED;
	} else {
		b->head = slot;
	}
	b->tail = slot;
	b->n++;
	return 0;
}

/* ---- frames ---- */

struct seg_ctx {
	struct netvsp *d;
	struct netvsp_chan *nc;
	struct net_rx_meta meta;
	struct rx_info in;
};

static int seg_emit(void *ctx, const uint8_t *f, uint32_t len)
{
	struct seg_ctx *s = ctx;

	return rx_put_locked(s->d, s->nc, NULL, 0, f, len, &s->in);
}

/*
 * A TCP super-frame cut at its segment size into ordinary frames, every
 * checksum filled (net_offload_tso), all in nc's batch. Takes the slots and
 * ranges it needs or nothing (-ENOSPC). [L]
 */
static int rx_segment_locked(struct netvsp *d, struct netvsp_chan *nc, const struct net_rx_frame *f,
			     const struct net_rx_meta *m, const struct net_hdrs *h)
{
	struct seg_ctx s = {.d = d, .nc = nc, .meta = *m};
	uint32_t payload = f->len - h->hdr_len, mss = m->gso_size;
	uint32_t nseg = (payload + mss - 1) / mss;

	if (h->hdr_len + mss + RX_HDR_MAX > d->sub_alloc || nseg > NETVSP_RX_MAX_RANGES)
		return -EMSGSIZE;
	if (d->nfree < NETVSP_CTRL_RESERVE + nseg || !batch_room_locked(d, nc, nseg))
		return -ENOSPC;
	s.meta.flags &= ~(NET_RX_TCP_CSUM_BAD | NET_RX_IP_CSUM_BAD);
	s.meta.flags |= NET_RX_TCP_CSUM_OK | (h->ip_ver == 4 ? NET_RX_IP_CSUM_OK : 0);
	s.in = (struct rx_info){.meta = &s.meta, .csum = csum_rx_value(s.meta.flags)};
	netvsp_count(d, rx_segmented);
	return net_offload_tso(f->data, f->len, h, mss, d->rx_scratch, NET_MAX_FRAME + 256,
			       seg_emit, &s);
}

/*
 * A TCP super-frame as RSC fragments in one transfer-page packet: the first
 * carries the headers (IP length set to the whole frame, IPv4 header
 * checksum refreshed) and the checksum info, every one a PKTINFO_ID. The
 * TCP checksum field keeps the host stack's partial sum: the guest is told
 * TCP_CHECKSUM_SUCCEEDED with TCP_CHECKSUM_VALUE_INVALID, as after Hyper-V's
 * own coalescing (Linux takes the packet as CHECKSUM_UNNECESSARY; a guest
 * that forwards turns LRO, and so RSC, off). Takes every slot and range it
 * needs or nothing (-ENOSPC). [L]
 */
static int rx_rsc_locked(struct netvsp *d, struct netvsp_chan *nc, const struct net_rx_frame *f,
			 const struct net_rx_meta *m, const struct net_hdrs *h)
{
	const uint8_t *p = f->data;
	uint32_t room = d->sub_alloc - RX_HDR_MAX, nfrag, done;
	uint8_t head[256];
	struct rx_info in = {.meta = m};
	struct net_hdrs hh;
	int rc = 0;

	if (h->hdr_len > sizeof(head) || h->hdr_len >= room)
		return -EMSGSIZE;
	nfrag = (f->len + room - 1) / room;
	if (nfrag > NETVSP_RX_MAX_RANGES || nfrag > RNDIS_RSC_MAX_FRAGMENTS)
		return -EMSGSIZE;
	if (d->nfree < NETVSP_CTRL_RESERVE + nfrag || !batch_room_locked(d, nc, nfrag))
		return -ENOSPC;
	memcpy(head, p, h->hdr_len);
	hh = *h;
	net_ip_set_len(head, &hh, f->len - h->l3_off);
	in.csum = RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_SUCCEEDED_MASK |
		  RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_VALUE_INVALID_MASK |
		  (h->ip_ver == 4 ? RNDIS_CSUM_RX_INFO_IP_CHECKSUM_SUCCEEDED_MASK : 0);
	/* First fragment: our header copy, then the data after it. */
	in.frag_flag = RNDIS_PKTINFO_ID_SUBALLOC_MASK | RNDIS_PKTINFO_ID_FIRST_FRAG_MASK;
	done = rt_min(room, f->len);
	rc = rx_put_locked(d, nc, head, h->hdr_len, p + h->hdr_len, done - h->hdr_len, &in);
	while (!rc && done < f->len) {
		uint32_t n = rt_min(room, f->len - done);
		in.frag_flag = RNDIS_PKTINFO_ID_SUBALLOC_MASK;
		if (done + n == f->len)
			in.frag_flag |= RNDIS_PKTINFO_ID_LAST_FRAG_MASK;
		rc = rx_put_locked(d, nc, NULL, 0, p + done, n, &in);
		done += n;
	}
	if (!rc)
		netvsp_count(d, rx_coalesced);
	return rc;
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

/* A super-frame: coalesced for a guest that enabled RSC, else segmented. [L] */
static int rx_gso_locked(struct netvsp *d, struct netvsp_chan *nc, const struct net_rx_frame *f,
			 const struct net_rx_meta *m)
{
	uint8_t want = (m->flags & NET_RX_GSO_TCP4) ? 4 : 6;
	struct net_hdrs h;

	/* From the host's stack, still checked: it is parsed and cut up here. */
	if (net_parse(f->data, f->len, &h) || h.ip_ver != want || h.ip_frag ||
	    h.l4_proto != NET_IPPROTO_TCP || h.hdr_len >= f->len || m->gso_size < NET_TSO_MIN_MSS)
		return -EINVAL;
	if (d->rsc)
		return rx_rsc_locked(d, nc, f, m, &h);
	return rx_segment_locked(d, nc, f, m, &h);
}

/*
 * One frame from queue q into the guest's receive buffer: 0, -ENOSPC (no
 * room now), or the reason it is refused. Frames parked at a quiesce go
 * first: while any is left, newer ones wait. [L]
 */
static int rx_frame_locked(struct netvsp *d, uint32_t q, const struct net_rx_frame *f)
{
	struct net_rx_meta meta = f->meta;
	struct netvsp_chan *nc;
	bool gso = meta.flags & (NET_RX_GSO_TCP4 | NET_RX_GSO_TCP6);
	uint32_t ci;
	int rc;

	if (f->len < NET_ETH_HLEN || f->len > (gso ? NET_MAX_LSO_FRAME : NET_MAX_FRAME))
		return -EMSGSIZE;
	if (!d->recv_gp || !d->packet_filter || !d->chans[0].ch || !filter_pass(d, f->data))
		return -EPERM;
	ci = q;
	if (d->rss_sw && d->rss.table_len && d->rss.hash_types &&
	    net_rss_hash(f->data, f->len, &d->rss, &meta))
		ci = d->rss.table[meta.hash % d->rss.table_len];
	if (ci > d->subchannels || ci >= NETVSP_MAX_CHANNELS || !d->chans[ci].ch)
		ci = 0;
	nc = &d->chans[ci];
	if (nc->bl_head || nc->rx_wait_space) {
		rc = -ENOSPC;
	} else if (gso) {
		rc = rx_gso_locked(d, nc, f, &meta);
	} else if (RX_HDR_MAX + f->len > d->sub_alloc) {
		rc = -EMSGSIZE;
	} else if (d->nfree <= NETVSP_CTRL_RESERVE || !batch_room_locked(d, nc, 1)) {
		rc = -ENOSPC;
	} else {
		struct rx_info in = {.meta = &meta, .csum = csum_rx_value(meta.flags)};
		rc = rx_put_locked(d, nc, NULL, 0, f->data, f->len, &in);
	}
	/*
	 * No slot, and a channel we stopped reading (its sends at the memory
	 * budget): the completions that would free slots may be queued behind
	 * the sends we refuse, and an endpoint whose transmissions wait for
	 * receives (loopback) would then wait for ever. Drop instead of pausing
	 * (at a quiesce the frame is parked instead: no channel is read then).
	 */
	if (rc == -ENOSPC && d->tx_blocked_n && !d->parking)
		rc = -ENOBUFS;
	/* The batch goes out when the endpoint's burst is over (flush_cb). */
	if (nc->rxb.n && !ev_is_active(&d->rx_flush_w))
		ev_prepare_start(d->worker.loop, &d->rx_flush_w);
	return rc;
}

static void rx_count(struct netvsp *d, int rc)
{
	if (!rc)
		netvsp_count(d, rx_frames);
	else if (rc == -ENOSPC)
		netvsp_count(d, rx_backpressure);
	else if (rc == -EMSGSIZE)
		netvsp_count(d, rx_too_big);
	else if (rc == -EPERM)
		netvsp_count(d, rx_filtered);
	else if (rc == -EINVAL)
		netvsp_count(d, rx_malformed);
	else if (rc == -ENOBUFS)
		netvsp_count(d, rx_dropped_blocked);
	else
		rt_log_rl(&d->log, RT_LOG_WARN, "receive: %s", strerror(-rc));
}

/* Keeps a copy of f for the guest (quiesce: the endpoint must hold nothing). [L] */
static int park_locked(struct netvsp *d, uint32_t q, const struct net_rx_frame *f)
{
	struct netvsp_parked *p;

	if (d->park_bytes + f->len > NETVSP_PARK_MAX)
		return -ENOSPC;
	p = malloc(sizeof(*p) + f->len);
	if (!p)
		return -ENOSPC;
	p->next = NULL;
	p->q = q;
	p->meta = f->meta;
	p->len = f->len;
	memcpy(p->data, f->data, f->len);
	*d->park_tail = p;
	d->park_tail = &p->next;
	d->park_bytes += f->len;
	d->park_n++;
	return 0;
}

int netvsp_rx_park_locked(struct netvsp *d, uint32_t q, const struct net_rx_meta *m,
			  const void *data, uint32_t len)
{
	struct net_rx_frame f = {.data = data, .len = len, .meta = *m};

	return park_locked(d, q, &f);
}

/* Gives parked frames to the guest while it has room; true when none is left. [L] */
static bool park_deliver_locked(struct netvsp *d)
{
	struct netvsp_parked *p;

	while (!d->parking && (p = d->park_head)) {
		struct net_rx_frame f = {.data = p->data, .len = p->len, .meta = p->meta};
		int rc = rx_frame_locked(d, p->q, &f);

		if (rc == -ENOSPC)
			return false;
		rx_count(d, rc);
		d->park_head = p->next;
		if (!d->park_head)
			d->park_tail = &d->park_head;
		d->park_bytes -= p->len;
		d->park_n--;
		free(p);
	}
	return d->park_head == NULL;
}

void netvsp_park_free_locked(struct netvsp *d)
{
	struct netvsp_parked *p;

	while ((p = d->park_head)) {
		d->park_head = p->next;
		free(p);
	}
	d->park_tail = &d->park_head;
	d->park_bytes = 0;
	d->park_n = 0;
}

int netvsp_ep_rx(void *ctx, uint32_t q, const struct net_rx_frame *f)
{
	struct netvsp *d = ctx;
	uint32_t pq = rt_min(q, (uint32_t)NET_MAX_QUEUES - 1);
	int rc;

	pthread_mutex_lock(&d->lock);
	rc = d->park_head ? -ENOSPC : rx_frame_locked(d, q, f);
	if (rc == -ENOSPC && d->parking)
		rc = park_locked(d, q, f);
	if (rc == -ENOSPC)
		d->rx_paused[pq] = true;
	/* After -ENOSPC the endpoint's next frame on q is this one again. */
	d->rx_kept[pq] = rc == -ENOSPC;
	pthread_mutex_unlock(&d->lock);
	rx_count(d, rc);
	return rc;
}

void netvsp_resume_work(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, resume_work);
	bool paused[NET_MAX_QUEUES];

	pthread_mutex_lock(&d->lock);
	/* Batches the ring had no room for go first, then frames parked at a quiesce. */
	batches_send_locked(d);
	if (!park_deliver_locked(d)) {
		pthread_mutex_unlock(&d->lock);
		return; /* a completion resumes again */
	}
	memcpy(paused, d->rx_paused, sizeof(paused));
	memset(d->rx_paused, 0, sizeof(d->rx_paused));
	pthread_mutex_unlock(&d->lock);
	if (!d->ep)
		return;
	for (uint32_t q = 0; q < d->ep->nqueues && q < NET_MAX_QUEUES; q++)
		if (paused[q])
			net_endpoint_rx_resume(d->ep, q);
}

void netvsp_rx_batches_send_locked(struct netvsp *d)
{
	batches_send_locked(d);
}

/* ---- servicing: the guest's slots back from a saved state ---- */

int netvsp_rx_claim_locked(struct netvsp *d, struct netvsp_chan *nc, uint8_t *taken,
			   const uint32_t *slots, const uint32_t *lens, uint32_t n, bool sent)
{
	struct netvsp_rxbatch *b = &nc->rxb;

	if (!n || n > NETVSP_RX_MAX_RANGES || (!sent && b->n))
		return -EINVAL;
	for (uint32_t i = 0; i < n; i++) {
		if (slots[i] >= d->nslots || taken[slots[i]])
			return -EINVAL;
		if (!sent && (!lens[i] || lens[i] > d->sub_alloc))
			return -EINVAL;
		taken[slots[i]] = 1;
	}
	for (uint32_t i = 0; i < n; i++) {
		d->slot_next[slots[i]] = i + 1 < n ? slots[i + 1] : SLOT_NONE;
		d->slot_used[slots[i]] = i ? SLOT_CHAINED : 0;
		if (!sent)
			xfer_range_put(b->ext, i, (uint32_t)((uint64_t)slots[i] * d->sub_alloc),
				       lens[i]);
	}
	if (sent) {
		d->slot_used[slots[0]] = (uint8_t)(1 + nc->index);
	} else {
		b->n = n;
		b->head = slots[0];
		b->tail = slots[n - 1];
		nc->rx_wait_space = true;
	}
	return 0;
}

void netvsp_rx_claim_finish_locked(struct netvsp *d, const uint8_t *taken)
{
	d->nfree = 0;
	for (uint32_t i = d->nslots; i-- > 0;)
		if (!taken[i])
			d->free_slots[d->nfree++] = i;
	d->slots_used_max = d->nslots - d->nfree;
}

uint32_t netvsp_rx_slot_chain(const struct netvsp *d, uint32_t head, uint32_t *out, uint32_t max)
{
	uint32_t n = 0;

	for (uint32_t s = head; s != SLOT_NONE && n < max && n < d->nslots; s = d->slot_next[s])
		out[n++] = s;
	return n;
}

bool netvsp_rx_slot_is_head(const struct netvsp *d, uint32_t slot, uint32_t *chan)
{
	uint8_t u = d->slot_used[slot];

	if (!u || u == SLOT_CHAINED)
		return false;
	*chan = u - 1u;
	return true;
}

void netvsp_schedule_resume(struct netvsp *d)
{
	/* -EALREADY (queued) and -ESHUTDOWN (stopping) both need nothing more. */
	(void)rt_worker_call(&d->worker, &d->resume_work, netvsp_resume_work);
}

void netvsp_rx_chan_reset_locked(struct netvsp *d, struct netvsp_chan *nc)
{
	if (nc->rxb.n && d->recv_gp)
		chain_put_locked(d, nc->rxb.head);
	nc->rxb.n = 0;
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
	chain_put_locked(d, (uint32_t)trans_id);
	resume = d->park_head != NULL;
	for (uint32_t q = 0; q < NET_MAX_QUEUES; q++)
		resume |= d->rx_paused[q];
	pthread_mutex_unlock(&d->lock);
	netvsp_count(d, rx_completions);
	if (resume)
		netvsp_schedule_resume(d);
}
