/*
 * The emulator's vports: each one a MAC with its "wire" (a net endpoint of
 * devices/net on the emulator's thread), its SQs and RQs (CREATE_WQ_OBJ)
 * and its RX steering (CONFIG_VPORT_RX).
 *
 * TX (mana_en.c mana_start_xmit): a WQE's inline OOB is the mana_tx_oob
 * (short form, or long with VLAN insertion), its SGEs the frame; with
 * client_oob_in_sgl set the frame is an LSO super-frame, SGE0 its headers and
 * client_data_unit the MSS. The OOB's checksum and LSO requests become the
 * wire's offload requests (the tap wire hands them to the kernel). The OOB
 * must name the SQ's own CQ and frame and the vport's TX offset (from
 * CONFIG_VPORT_TX), else the CQE says TX_INVALID_OOB or
 * TX_VPORT_IDX_OUT_OF_RANGE. Completions go out in SQ order once the wire
 * finished each frame.
 *
 * RX (mana_en.c mana_process_rx_cqe): a frame goes to the RQ the vport's
 * RSS table picks by the Toeplitz hash (or its default RX object), into the
 * next posted RQ WQE's SGEs; the CQE's mana_rx_comp_oob carries the length,
 * the hash and the checksum verdict. Linux consumes RQ WQEs in the order it
 * posted them, which is ours. With no WQE posted the wire keeps the frame
 * until the driver posts one.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "devices/mana/mana_emu_priv.h"
#include "devices/net/offload.h"
#include "runtime/util.h"

#define EMU_TX_SEGS NET_TX_MAX_SEGS

static int wire_rx(void *ctx, uint32_t q, const struct net_rx_frame *f);
static void wire_tx_done(void *ctx, uint32_t q, void *cookie, int status);

static const struct net_endpoint_cb wire_cb = {
	.rx = wire_rx,
	.tx_done = wire_tx_done,
};

/* ------------------------------------------------------------------ */
/* Open, close, reset                                                   */

static void derive_mac(const char *name, uint32_t index, uint8_t mac[6])
{
	uint32_t h = 2166136261u;

	for (const char *c = name; *c; c++)
		h = (h ^ (uint8_t)*c) * 16777619u;
	/* 00:15:5D is the OUI Hyper-V gives synthetic NICs. */
	mac[0] = 0x00;
	mac[1] = 0x15;
	mac[2] = 0x5d;
	mac[3] = (uint8_t)(h >> 8);
	mac[4] = (uint8_t)h;
	mac[5] = (uint8_t)index;
}

int memu_vports_open(struct mana_emu *e)
{
	for (uint32_t i = 0; i < e->opts.nvports; i++) {
		struct emu_vport *v = &e->vports[i];
		const struct mana_emu_vport_opts *vo = &e->opts.vport[i];
		static const uint8_t zero[6];
		int rc;

		v->e = e;
		v->index = i;
		v->handle = 0x7600 + i;
		v->link_up = true;
		if (memcmp(vo->mac, zero, 6))
			memcpy(v->mac, vo->mac, 6);
		else
			derive_mac(e->name, i, v->mac);
		/* The wire carries whatever the driver may send: jumbo frames too. */
		if (snprintf(v->wire_arg, sizeof(v->wire_arg), "%s%smtu=9000",
			     vo->wire_arg ? vo->wire_arg : "",
			     vo->wire_arg && *vo->wire_arg ? "," : "") >= (int)sizeof(v->wire_arg))
			return -EINVAL;
		if (vo->wire_arg && strstr(vo->wire_arg, "mtu="))
			snprintf(v->wire_arg, sizeof(v->wire_arg), "%s", vo->wire_arg);
		v->wire_kind = vo->wire;
		rc = net_endpoint_open(vo->wire, v->wire_arg, e->worker.loop, &v->wire);
		if (rc) {
			rt_log_err(&e->lo, "vport %u: wire %s '%s': %s", i, vo->wire, v->wire_arg,
				   strerror(-rc));
			return rc;
		}
		rc = net_endpoint_start(v->wire, &wire_cb, v);
		if (rc) {
			net_endpoint_close(v->wire);
			v->wire = NULL;
			return rc;
		}
		rt_log_info(&e->lo, "vport %u: MAC %02x:%02x:%02x:%02x:%02x:%02x, wire %s %s", i,
			    v->mac[0], v->mac[1], v->mac[2], v->mac[3], v->mac[4], v->mac[5],
			    vo->wire, v->wire_arg);
	}
	return 0;
}

void memu_vports_close(struct mana_emu *e)
{
	for (uint32_t i = 0; i < e->opts.nvports; i++) {
		net_endpoint_close(e->vports[i].wire);
		e->vports[i].wire = NULL;
	}
}

void memu_vport_reset(struct mana_emu *e, struct emu_vport *v)
{
	v->tx_enabled = v->rx_enabled = v->rss_enabled = false;
	v->default_rxobj = 0;
	v->indir_len = 0;
	/* Frames held for RQs that are gone: let the wire deliver them (to be dropped). */
	for (uint32_t q = 0; v->wire && q < v->wire->nqueues; q++)
		if (v->wire_paused[q]) {
			v->wire_paused[q] = false;
			net_endpoint_rx_resume(v->wire, q);
		}
}

struct emu_vport *memu_vport_by_handle(struct mana_emu *e, uint64_t handle)
{
	for (uint32_t i = 0; i < e->opts.nvports; i++)
		if (e->vports[i].handle == handle)
			return &e->vports[i];
	return NULL;
}

void memu_vport_link(struct mana_emu *e, uint32_t i, bool up)
{
	struct gdma_event_type_data d = {.data_type = up ? GDMA_HWC_RECONFIG_LINK_CONNECT
							 : GDMA_HWC_RECONFIG_LINK_DISCONNECT};
	uint8_t details[GDMA_EVENT_DATA_SIZE] = {0};

	e->vports[i].link_up = up;
	rt_log_info(&e->lo, "vport %u: link %s", i, up ? "up" : "down");
	if (!e->hwc_up)
		return;
	(void)gdma_event_type_data_encode(&d, details, sizeof(details));
	memu_eq_post(e, e->hwc_eq, GDMA_EQE_TYPE_HWC_SOC_RECONFIG_DATA, details);
}

/* ------------------------------------------------------------------ */
/* TX                                                                   */

static void *txp_cookie(uint32_t slot, uint32_t gen, uint32_t idx)
{
	return (void *)(uintptr_t)((uint64_t)gen << 32 | slot << 16 | idx);
}

/* Posts the CQEs of the finished WQEs at the front of the SQ, in order. */
static void tx_complete_in_order(struct mana_emu *e, struct emu_wq *wq, uint32_t slot)
{
	while (wq->txp_count && wq->txp[wq->txp_head].done) {
		struct emu_txp *t = &wq->txp[wq->txp_head];
		struct mana_tx_comp_oob oob = {.tx_cqe_type = t->cqe_type, .tx_client_type = 1};
		uint8_t data[GDMA_COMP_DATA_SIZE] = {0};

		oob.tx_wqe_offset = t->wqe_off / GDMA_WQE_BU_SIZE;
		(void)mana_tx_comp_oob_encode(&oob, data, sizeof(data));
		if (!t->suppress)
			memu_cq_post(e, wq->cq, emu_wq_id(true, slot), true, data);
		wq->txp_head = (wq->txp_head + 1) % EMU_TX_PENDING;
		wq->txp_count--;
	}
}

/* Checks the OOB and builds the wire's request; returns the CQE type. */
static uint8_t tx_check(struct mana_emu *e, struct emu_wq *wq, uint32_t slot,
			const struct emu_wqe *w, struct net_tx_meta *m, bool *suppress)
{
	struct emu_vport *v = &e->vports[wq->vport];
	struct mana_tx_oob oob;
	uint32_t sq_id = emu_wq_id(true, slot), vp;
	uint32_t fault;

	memset(m, 0, sizeof(*m));
	*suppress = false;
	if ((w->oob_len != 8 && w->oob_len != 24) ||
	    mana_tx_oob_decode(w->oob, w->oob_len, NULL, &oob) != PV_OK)
		return MANA_CQE_TYPE_TX_INVALID_OOB;
	if (!v->tx_enabled)
		return MANA_CQE_TYPE_TX_VPORT_DISABLED;
	if (oob.vcq_num != emu_cq_id(wq->cq) || oob.vsq_frame != (sq_id >> 10 & 0x3fff) ||
	    (oob.pkt_fmt == MANA_PKT_FMT_LONG) != (w->oob_len == 24))
		return MANA_CQE_TYPE_TX_INVALID_OOB;
	vp = oob.pkt_fmt == MANA_PKT_FMT_LONG ? oob.long_vp_offset : oob.short_vp_offset;
	if (vp != EMU_TX_VPORT_OFFSET_BASE + v->index)
		return MANA_CQE_TYPE_TX_VPORT_IDX_OUT_OF_RANGE;
	for (uint32_t i = 0; i < w->nsge; i++)
		if (w->sge[i].mem_key != EMU_GPA_MKEY)
			return MANA_CQE_TYPE_TX_GDMA_ERR;
	if (oob.is_outer_ipv4)
		m->flags |= NET_TX_IPV4;
	if (oob.is_outer_ipv6)
		m->flags |= NET_TX_IPV6;
	if (oob.comp_iphdr_csum)
		m->flags |= NET_TX_CSUM_IP;
	if (oob.comp_tcp_csum)
		m->flags |= NET_TX_CSUM_TCP;
	if (oob.comp_udp_csum)
		m->flags |= NET_TX_CSUM_UDP;
	m->l4_off = oob.trans_off;
	if (w->hdr.client_oob_in_sgl) {
		/* LSO: SGE0 the headers, client_data_unit the MSS (mana_start_xmit). */
		m->flags |= NET_TX_LSO;
		m->mss = w->hdr.client_data_unit;
	}
	if (oob.pkt_fmt == MANA_PKT_FMT_LONG && oob.inject_vlan_pri_tag) {
		m->flags |= NET_TX_VLAN;
		m->vlan_tci = (uint16_t)(oob.pcp << 13 | oob.dei << 12 | oob.vlan_id);
	}
	*suppress = oob.suppress_txcqe_gen;
	if (memu_fault_take(e, MANA_EMU_FAULT_TX_ERROR, 0, &fault))
		return (uint8_t)fault;
	return MANA_CQE_TYPE_TX_OKAY;
}

/* The WQE's SGEs as host segments (the bus checks every byte). */
static int tx_segs(struct mana_emu *e, const struct emu_wqe *w, struct net_seg *segs,
		   uint32_t *nseg)
{
	struct iovec iov[EMU_TX_SEGS];
	uint32_t n = 0;

	for (uint32_t i = 0; i < w->nsge; i++) {
		int k;

		if (!w->sge[i].size)
			continue;
		k = e->pd.host->ops->dma_iov(e->pd.host, w->sge[i].address, w->sge[i].size, iov,
					     (int)RT_ARRAY_SIZE(iov));
		if (k < 0) {
			e->st.dma_errors++;
			return k;
		}
		for (int j = 0; j < k; j++) {
			if (n == EMU_TX_SEGS)
				return -E2BIG;
			segs[n].va = iov[j].iov_base;
			segs[n++].len = (uint32_t)iov[j].iov_len;
		}
	}
	*nseg = n;
	return n ? 0 : -EINVAL;
}

void memu_sq_process(struct mana_emu *e, uint32_t slot)
{
	struct emu_wq *wq = &e->wqs[1][slot];
	struct emu_vport *v;

	if (!wq->used || wq->hwc || wq->vport < 0)
		return;
	v = &e->vports[wq->vport];
	while (!wq->tx_stalled && wq->txp_count < EMU_TX_PENDING) {
		struct net_seg segs[EMU_TX_SEGS];
		struct net_tx_meta meta;
		struct emu_txp *t;
		struct emu_wqe w;
		uint32_t nseg = 0, idx, len = 0;
		bool suppress;
		uint8_t type;
		int rc;

		if (memu_wq_peek(e, wq, slot, &w) <= 0)
			break;
		type = tx_check(e, wq, slot, &w, &meta, &suppress);
		idx = (wq->txp_head + wq->txp_count) % EMU_TX_PENDING;
		t = &wq->txp[idx];
		*t = (struct emu_txp){
			.wqe_off = w.off, .wqe_len = w.len, .cqe_type = type, .suppress = suppress};
		if (type == MANA_CQE_TYPE_TX_OKAY && tx_segs(e, &w, segs, &nseg))
			type = t->cqe_type = MANA_CQE_TYPE_TX_GDMA_ERR;
		for (uint32_t i = 0; i < nseg; i++)
			len += segs[i].len;
		if (type != MANA_CQE_TYPE_TX_OKAY) {
			t->done = true;
			e->st.tx_errors++;
		} else if (!v->link_up || !v->wire) {
			t->done = true; /* no carrier: the frame goes nowhere */
		} else {
			uint32_t q = slot % v->wire->nqueues;

			rc = net_endpoint_tx(v->wire, q, segs, nseg, &meta,
					     txp_cookie(slot, wq->gen, idx));
			if (rc == -EAGAIN) {
				wq->tx_stalled = true; /* retried on the next wire completion */
				break;
			}
			if (rc) {
				t->done = true;
				t->cqe_type = MANA_CQE_TYPE_TX_HDR_PROCESSING_ERROR;
				e->st.tx_errors++;
			} else {
				e->st.tx_frames++;
				e->st.tx_bytes += len;
			}
		}
		wq->head += w.len;
		wq->txp_count++;
	}
	tx_complete_in_order(e, wq, slot);
}

static void wire_tx_done(void *ctx, uint32_t q, void *cookie, int status)
{
	struct emu_vport *v = ctx;
	struct mana_emu *e = v->e;
	uint64_t c = (uint64_t)(uintptr_t)cookie;
	uint32_t slot = (uint32_t)(c >> 16 & 0xffff), idx = (uint32_t)(c & 0xffff);
	struct emu_wq *wq;

	if (slot >= EMU_MAX_WQ || idx >= EMU_TX_PENDING)
		return;
	wq = &e->wqs[1][slot];
	if (!wq->used || wq->gen != (uint32_t)(c >> 32))
		return; /* the SQ was destroyed (or remade) meanwhile */
	wq->txp[idx].done = true;
	tx_complete_in_order(e, wq, slot);
	if (wq->tx_stalled) {
		wq->tx_stalled = false;
		memu_sq_process(e, slot);
	}
}

void memu_wq_detach(struct mana_emu *e, bool is_sq, uint32_t slot)
{
	struct emu_wq *wq = &e->wqs[is_sq][slot];

	/* Frames still on the wire complete into nothing (gen check). */
	wq->txp_head = wq->txp_count = 0;
	wq->tx_stalled = false;
}

/* ------------------------------------------------------------------ */
/* RX                                                                   */

static int rx_pick(struct mana_emu *e, struct emu_vport *v, const struct net_rx_frame *f,
		   struct net_rx_meta *m)
{
	uint64_t obj = v->default_rxobj;

	if (v->rss_enabled && v->indir_len) {
		struct net_rss rss = {.hash_types = NET_HASH_IPV4 | NET_HASH_TCP_IPV4 |
						    NET_HASH_UDP_IPV4 | NET_HASH_IPV6 |
						    NET_HASH_TCP_IPV6 | NET_HASH_UDP_IPV6,
				      .key_len = MANA_HASH_KEY_SIZE};

		memcpy(rss.key, v->hashkey, MANA_HASH_KEY_SIZE);
		if (net_rss_hash(f->data, f->len, &rss, m))
			obj = v->indir[m->hash & (v->indir_len - 1)];
	}
	return memu_wq_by_obj(e, false, obj);
}

static int wire_rx(void *ctx, uint32_t q, const struct net_rx_frame *f)
{
	struct emu_vport *v = ctx;
	struct mana_emu *e = v->e;
	struct net_rx_meta m = f->meta;
	struct mana_rx_comp_oob oob = {.client_type = 1};
	uint8_t data[GDMA_COMP_DATA_SIZE] = {0};
	struct emu_wqe w;
	struct emu_wq *rq;
	uint32_t off = 0;
	int slot, rc;

	m.flags &= ~NET_RX_HASH;
	if (!e->hwc_up || !v->rx_enabled || !v->link_up || (slot = rx_pick(e, v, f, &m)) < 0) {
		e->st.rx_dropped++;
		return -ENETDOWN;
	}
	rq = &e->wqs[0][slot];
	rc = memu_wq_peek(e, rq, (uint32_t)slot, &w);
	if (rc == 0) {
		v->wire_paused[q] = true;
		e->st.rx_backpressure++;
		return -ENOSPC;
	}
	if (rc < 0) {
		e->st.rx_dropped++;
		return -EIO;
	}
	rq->head += w.len;
	for (uint32_t i = 0; i < w.nsge && off < f->len; i++) {
		uint32_t n = rt_min(w.sge[i].size, f->len - off);

		if (w.sge[i].mem_key != EMU_GPA_MKEY ||
		    pcidev_dma_write(&e->pd, w.sge[i].address, (const uint8_t *)f->data + off, n)) {
			e->st.dma_errors++;
			off = 0;
			break;
		}
		off += n;
	}
	if (off < f->len) {
		oob.cqe_type = MANA_CQE_TYPE_RX_TRUNCATED;
		e->st.rx_dropped++;
	} else {
		oob.cqe_type = MANA_CQE_TYPE_RX_OKAY;
		oob.pkt_len = (uint16_t)f->len;
		if (!(m.flags & (NET_RX_IP_CSUM_OK | NET_RX_IP_CSUM_BAD | NET_RX_TCP_CSUM_OK |
				 NET_RX_TCP_CSUM_BAD | NET_RX_UDP_CSUM_OK | NET_RX_UDP_CSUM_BAD)))
			net_offload_rx_verify(f->data, f->len, &m);
		oob.rx_iphdr_csum_succeed = !!(m.flags & NET_RX_IP_CSUM_OK);
		oob.rx_iphdr_csum_fail = !!(m.flags & NET_RX_IP_CSUM_BAD);
		oob.rx_tcp_csum_succeed = !!(m.flags & NET_RX_TCP_CSUM_OK);
		oob.rx_tcp_csum_fail = !!(m.flags & NET_RX_TCP_CSUM_BAD);
		oob.rx_udp_csum_succeed = !!(m.flags & NET_RX_UDP_CSUM_OK);
		oob.rx_udp_csum_fail = !!(m.flags & NET_RX_UDP_CSUM_BAD);
		if (m.flags & NET_RX_VLAN) {
			oob.rx_vlantag_present = 1;
			oob.rx_vlan_id = m.vlan_tci & 0xfff;
		}
		if (m.flags & NET_RX_HASH) {
			/* net_hash_type bits are the NDIS hash-type bits. */
			oob.rx_hashtype = (uint16_t)m.hash_type;
			oob.pkt_hash = m.hash;
		}
		e->st.rx_frames++;
		e->st.rx_bytes += f->len;
	}
	oob.rx_wqe_offset = w.off;
	(void)mana_rx_comp_oob_encode(&oob, data, sizeof(data));
	memu_cq_post(e, rq->cq, emu_wq_id(false, (uint32_t)slot), false, data);
	return 0;
}

void memu_rq_posted(struct mana_emu *e, uint32_t slot)
{
	struct emu_wq *rq = &e->wqs[0][slot];
	struct emu_vport *v;

	if (!rq->used || rq->vport < 0)
		return;
	v = &e->vports[rq->vport];
	for (uint32_t q = 0; v->wire && q < v->wire->nqueues; q++)
		if (v->wire_paused[q]) {
			v->wire_paused[q] = false;
			net_endpoint_rx_resume(v->wire, q);
		}
}
