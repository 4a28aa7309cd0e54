/*
 * Guest transmit: SEND_RNDIS_PKT with the RNDIS bytes in a send-buffer
 * section or in GPA ranges (type 9). The bytes are copied out of guest
 * memory once, into the send's own buffer, then the batched RNDIS messages
 * are walked by their lengths; data packets become frames described in
 * place in that buffer (with checksum, LSO and VLAN requests from their
 * per-packet info) and handed to the netvsp worker, control messages go to
 * netvsp_rndis.c. The SEND_RNDIS_PKT completion (echoing the guest's
 * trans_id) goes out when every frame of it is done, so the guest may reuse
 * the section only after we no longer need it.
 *
 * Per packet there is no allocation (sends come from the channel's pool,
 * frames live in the send), no second copy, and no device lock for the
 * session checks (nvsp_ready / rndis_data) or the hand-off (a lock-free
 * stack per endpoint queue).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/netvsp/netvsp_priv.h"
#include "runtime/gmem.h"
#include "runtime/ring.h"
#include "runtime/util.h"

/* Gives a finished send back to its channel's pool (any thread). */
static void send_recycle(struct netvsp_send *s)
{
	struct netvsp_chan *nc = s->nc;

	if (s->buf != s->data)
		free(s->buf);
	s->buf = s->data;
	s->next = atomic_load_explicit(&nc->tx_back, memory_order_relaxed);
	while (!atomic_compare_exchange_weak_explicit(&nc->tx_back, &s->next, s,
						      memory_order_release, memory_order_relaxed))
		;
}

/* A send for this channel: from the pool, else allocated (it joins the pool). [C] */
static struct netvsp_send *send_take(struct netvsp_chan *nc)
{
	struct netvsp_send *s = nc->tx_pool;

	if (!s) {
		/* Whatever came back since; trim what exceeds the pool's bound. */
		s = atomic_exchange_explicit(&nc->tx_back, NULL, memory_order_acquire);
		while (s) {
			struct netvsp_send *next = s->next;
			if (nc->tx_pool_n < NETVSP_SEND_POOL_MAX) {
				s->next = nc->tx_pool;
				nc->tx_pool = s;
				nc->tx_pool_n++;
			} else {
				free(s);
			}
			s = next;
		}
		s = nc->tx_pool;
	}
	if (s) {
		nc->tx_pool = s->next;
		nc->tx_pool_n--;
	} else {
		s = malloc(sizeof(*s));
		if (!s)
			return NULL;
		s->buf = s->data;
	}
	s->next = NULL;
	s->nc = nc;
	s->nframes = 0;
	return s;
}

void netvsp_tx_pool_free(struct netvsp_chan *nc)
{
	struct netvsp_send *s = atomic_exchange(&nc->tx_back, NULL);

	while (s) {
		struct netvsp_send *next = s->next;
		free(s);
		s = next;
	}
	while ((s = nc->tx_pool)) {
		nc->tx_pool = s->next;
		free(s);
	}
	nc->tx_pool_n = 0;
}

uint64_t netvsp_min_budget(void)
{
	return 2 * (sizeof(struct netvsp_send) + NETVSP_TX_MAX_MSG + sizeof(struct netvsp_backlog));
}

uint64_t netvsp_tx_charge(const struct vmbus_pkt *pkt)
{
	uint64_t total = 0;

	/* As tx_fetch() sizes it: a GPA-direct send larger than a section gets its own buffer. */
	if (pkt->type == VMRING_PKT_DATA_USING_GPA_DIRECT && pkt->ranges_err == PV_OK &&
	    pkt->range_count <= NETVSP_GPA_MAX_RANGES)
		for (size_t i = 0; i < pkt->range_count; i++)
			total += pkt->ranges[i].len;
	if (total <= sizeof(((struct netvsp_send *)0)->data) || total > NETVSP_TX_MAX_MSG)
		total = 0;
	return sizeof(struct netvsp_send) + total;
}

/* Under half of its own limit and of its parent's: a channel may read again. */
static bool budget_low(const struct rt_budget *b)
{
	for (; b; b = b->parent)
		if (rt_budget_used(b) > b->limit / 2)
			return false;
	return true;
}

void netvsp_tx_unblock_locked(struct netvsp *d)
{
	if (!d->tx_blocked_n || atomic_load_explicit(&d->sends_inflight, memory_order_relaxed) >=
					NETVSP_TX_MAX_SENDS / 2)
		return;
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++) {
		struct netvsp_chan *c = &d->chans[i];
		if (!c->tx_blocked || !budget_low(&c->budget))
			continue;
		c->tx_blocked = false;
		d->tx_blocked_n--;
		if (c->ch)
			vmbus_chan_kick(c->ch);
	}
}

static void send_complete(struct netvsp_send *s)
{
	struct netvsp_chan *nc = s->nc;
	struct netvsp *d = nc->dev;

	/* Before the lock: on_packet's second try under it then sees the room (no lost kick). */
	rt_budget_release(&nc->budget, s->charge);
	s->charge = 0;
	pthread_mutex_lock(&d->lock);
	if (s->want_completion && nc->ch && atomic_load(&nc->gen) == s->gen) {
		uint32_t st = atomic_load(&s->status);
		uint8_t buf[NVSP_MSG_SIZE];

		/* Encoded once at create for the usual SUCCESS. */
		if (st == NVSP_STATUS_SUCCESS) {
			memcpy(buf, d->tx_comp_ok, sizeof(buf));
		} else {
			struct nvsp_msg r = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE};
			memset(buf, 0, sizeof(buf));
			r.u.send_rndis_pkt_complete.status = st;
			if (nvsp_msg_encode(&r, NULL, buf, sizeof(buf)) <= 0)
				buf[0] = 0; /* cannot happen: a fixed message */
		}
		netvsp_send_locked(nc, VMRING_PKT_COMP, 0, s->trans_id, NULL, 0, buf, sizeof(buf),
				   true);
	}
	/* Under the lock, so a channel cannot block after our check (see chan_packet). */
	atomic_fetch_sub(&d->sends_inflight, 1);
	netvsp_tx_unblock_locked(d);
	pthread_mutex_unlock(&d->lock);
	netvsp_count(d, tx_sends);
	send_recycle(s);
}

static void send_put(struct netvsp_send *s)
{
	if (atomic_fetch_sub(&s->pending, 1) == 1)
		send_complete(s);
}

static void send_fail(struct netvsp_send *s, uint32_t status)
{
	atomic_store(&s->status, status);
}

/* Per-packet info → offload requests. Returns 0 or -EINVAL (malformed). */
static int parse_ppi(const uint8_t *p, uint32_t len, struct net_tx_meta *m, bool *has)
{
	uint32_t off = 0;

	while (off < len) {
		struct rndis_ppi ppi;
		const uint8_t *v;
		uint32_t vlen, val;

		if (rndis_ppi_decode(p + off, len - off, NULL, &ppi) != PV_OK)
			return -EINVAL;
		v = p + off + ppi.ppi_offset;
		vlen = ppi.size - ppi.ppi_offset;
		off += ppi.size;
		if (ppi.internal)
			continue; /* PKTINFO_ID and friends: nothing for the wire */
		if (vlen < 4) {
			if (ppi.ppi_type == RNDIS_PPI_TYPE_TCPIP_CHKSUM ||
			    ppi.ppi_type == RNDIS_PPI_TYPE_TCP_LARGESEND ||
			    ppi.ppi_type == RNDIS_PPI_TYPE_IEEE_8021Q)
				return -EINVAL;
			continue;
		}
		val = pv_get_u32(v);
		switch (ppi.ppi_type) {
		case RNDIS_PPI_TYPE_TCPIP_CHKSUM: {
			struct rndis_csum_tx_info c;
			if (rndis_csum_tx_info_decode(v, vlen, NULL, &c) != PV_OK)
				return -EINVAL;
			if (c.is_ipv4)
				m->flags |= NET_TX_IPV4;
			if (c.is_ipv6)
				m->flags |= NET_TX_IPV6;
			if (c.tcp_checksum)
				m->flags |= NET_TX_CSUM_TCP;
			if (c.udp_checksum)
				m->flags |= NET_TX_CSUM_UDP;
			if (c.ip_header_checksum)
				m->flags |= NET_TX_CSUM_IP;
			if (c.tcp_checksum || c.udp_checksum)
				m->l4_off = c.tcp_header_offset;
			*has = true;
			break;
		}
		case RNDIS_PPI_TYPE_TCP_LARGESEND: {
			struct rndis_lso_info l;
			if (rndis_lso_info_decode(v, vlen, NULL, &l) != PV_OK || l.mss > 0xffff)
				return -EINVAL;
			m->flags |= NET_TX_LSO | NET_TX_CSUM_TCP |
				    (l.ip_version ? NET_TX_IPV6 : NET_TX_IPV4 | NET_TX_CSUM_IP);
			m->mss = (uint16_t)l.mss;
			m->l4_off = l.tcp_header_offset;
			*has = true;
			break;
		}
		case RNDIS_PPI_TYPE_IEEE_8021Q: {
			struct rndis_vlan_info vi;
			if (rndis_vlan_info_decode(v, vlen, NULL, &vi) != PV_OK)
				return -EINVAL;
			m->flags |= NET_TX_VLAN;
			m->vlan_tci = (uint16_t)((vi.pri & 7) << 13 | (vi.cfi & 1) << 12 |
						 (vi.vlanid & 0xfff));
			*has = true;
			break;
		}
		case RNDIS_PPI_TYPE_NBL_HASH_VALUE:
			m->flags |= NET_TX_HASH;
			m->hash = val;
			*has = true;
			break;
		default:
			break;
		}
	}
	return 0;
}

/* Pushes f on its queue's hand-off stack (any channel worker). */
static void txq_push(struct netvsp_txq *t, struct netvsp_txframe *f)
{
	f->next = atomic_load_explicit(&t->in, memory_order_relaxed);
	while (!atomic_compare_exchange_weak_explicit(&t->in, &f->next, f, memory_order_release,
						      memory_order_relaxed))
		;
}

/* One RNDIS PACKET: describe its frame in place and queue it for the worker. */
static int tx_packet(struct netvsp_chan *nc, struct netvsp_send *s, const uint8_t *msg,
		     uint32_t len)
{
	struct netvsp *d = nc->dev;
	struct net_tx_meta meta = {0};
	struct netvsp_txframe *f;
	struct rndis_packet p;
	bool has = false;
	uint32_t q;

	if (rndis_packet_decode(msg, len, NULL, &p) != PV_OK) {
		netvsp_bad(d, "RNDIS packet lengths or offsets beyond its message");
		return -EINVAL;
	}
	if (p.per_pkt_info_len && parse_ppi(msg + NETVSP_RNDIS_OFF_BASE + p.per_pkt_info_offset,
					    p.per_pkt_info_len, &meta, &has)) {
		netvsp_bad(d, "per-packet info out of range");
		return -EINVAL;
	}
	/*
	 * PACKET_RX is legal exactly while the device is initialized: the
	 * machine's actions keep that in rndis_up, so a data frame costs no
	 * lock and no feed.
	 */
	if (!atomic_load_explicit(&d->rndis_up, memory_order_acquire)) {
		netvsp_bad(d, "RNDIS data packet before INITIALIZE");
		return -EPROTO;
	}
	if (s->nframes < NETVSP_SEND_FRAMES) {
		f = &s->frames[s->nframes];
		f->heap = false;
	} else {
		/* More packets in one message than INIT_C allowed: served, not pooled. */
		if (!rt_budget_charge(&nc->budget, sizeof(*f))) {
			netvsp_bad(d,
				   "more RNDIS packets in one send than the memory budget holds");
			return -ENOBUFS;
		}
		f = malloc(sizeof(*f));
		if (!f) {
			rt_budget_release(&nc->budget, sizeof(*f));
			return -ENOMEM;
		}
		f->heap = true;
	}
	s->nframes++;
	f->iprev = f->inext = NULL;
	f->send = s;
	q = nc->index < d->nqueues ? nc->index : 0;
	f->q = q;
	f->has_meta = has;
	f->meta = meta;
	/* msg points into s->buf, which lives until the send completes. */
	f->seg.va = (void *)(msg + NETVSP_RNDIS_OFF_BASE + p.data_offset);
	f->seg.len = p.data_len;
	atomic_fetch_add(&s->pending, 1);
	txq_push(&d->txq[q], f);
	netvsp_count(d, tx_frames);
	return 0;
}

/* Copies the RNDIS bytes of one send into s->buf. Returns the length or -errno. */
static int64_t tx_fetch(struct netvsp_chan *nc, struct netvsp_send *s, const struct vmbus_pkt *pkt,
			const struct nvsp_send_rndis_pkt *m)
{
	struct netvsp *d = nc->dev;
	struct rt_gmem *g = vmbus_chan_gmem(nc->ch);
	int64_t rc;

	if (m->send_buf_section_index != NVSP_INVALID_SECTION_INDEX) {
		uint32_t idx = m->send_buf_section_index, size = m->send_buf_section_size;

		pthread_mutex_lock(&d->lock);
		if (!d->send_gp || idx >= d->send_sections) {
			pthread_mutex_unlock(&d->lock);
			netvsp_bad(d, "send-buffer section index out of range");
			return -EINVAL;
		}
		if (size == 0 || size > NETVSP_SEND_SECTION) {
			pthread_mutex_unlock(&d->lock);
			netvsp_bad(d, "send-buffer section size larger than a section");
			return -EINVAL;
		}
		rc = rt_gpa_copy_from(g, d->send_gp->ranges, d->send_gp->range_count,
				      (uint64_t)idx * NETVSP_SEND_SECTION, s->buf, size);
		pthread_mutex_unlock(&d->lock);
		return rc ? rc : (int64_t)size;
	}
	if (pkt->type == VMRING_PKT_DATA_USING_GPA_DIRECT) {
		/* The channel decoded the range list (generated vmring codec). */
		uint64_t total = 0;

		if (pkt->ranges_err != PV_OK || pkt->range_count == 0 ||
		    pkt->range_count > NETVSP_GPA_MAX_RANGES) {
			netvsp_bad(d, "GPA-direct ranges malformed");
			return -EINVAL;
		}
		for (size_t i = 0; i < pkt->range_count; i++)
			total += pkt->ranges[i].len;
		if (total > NETVSP_TX_MAX_MSG) {
			netvsp_bad(d, "GPA-direct send too large");
			return -EINVAL;
		}
		/* An LSO frame is larger than a section: its own buffer for this send. */
		if (total > sizeof(s->data)) {
			s->buf = malloc((size_t)total);
			if (!s->buf) {
				s->buf = s->data;
				return -ENOMEM;
			}
		}
		rc = rt_gpa_copy_from(g, pkt->ranges, pkt->range_count, 0, s->buf, (size_t)total);
		if (rc) {
			netvsp_bad(d, "GPA-direct range outside guest memory");
			return rc;
		}
		return (int64_t)total;
	}
	netvsp_bad(d, "SEND_RNDIS_PKT without data");
	return -EINVAL;
}

void netvsp_tx_handle(struct netvsp_chan *nc, const struct vmbus_pkt *pkt,
		      const struct nvsp_send_rndis_pkt *m)
{
	struct netvsp *d = nc->dev;
	struct netvsp_send *s;
	int64_t total;
	uint32_t off = 0, queued = 0;
	int rc = 0;

	s = send_take(nc);
	if (!s)
		return;
	/* What on_packet charged for this packet (its buffer included) is the send's now. */
	s->charge = nc->tx_charge;
	nc->tx_charge = 0;
	s->trans_id = pkt->trans_id;
	s->want_completion = pkt->flags & VMRING_PKT_FLAGS_COMPLETION_REQUESTED;
	atomic_init(&s->pending, 1);
	atomic_init(&s->status, NVSP_STATUS_SUCCESS);
	atomic_fetch_add(&d->sends_inflight, 1);

	s->gen = atomic_load_explicit(&nc->gen, memory_order_relaxed);
	/* nvsp_init: RNDIS packets are a self-loop once ready; the step before needs the machine. */
	if (!atomic_load_explicit(&d->nvsp_ready, memory_order_acquire)) {
		pthread_mutex_lock(&d->lock);
		rc = nvsp_init_fsm_feed(&d->nvsp, NVSP_INIT_EV_RNDIS, NULL, d);
		netvsp_session_flags_locked(d);
		pthread_mutex_unlock(&d->lock);
	}
	if (rc) {
		netvsp_bad(d, "SEND_RNDIS_PKT before the receive buffer");
		send_fail(s, NVSP_STATUS_FAIL);
		goto out;
	}
	total = tx_fetch(nc, s, pkt, m);
	if (total < 0) {
		send_fail(s, NVSP_STATUS_FAIL);
		goto out;
	}
	while (off < total) {
		const uint8_t *msg = s->buf + off;
		uint32_t type, mlen;

		if (total - off < RNDIS_HEADER_SIZE) {
			netvsp_bad(d, "RNDIS message header cut short");
			send_fail(s, NVSP_STATUS_INVALID_RNDIS_PKT);
			break;
		}
		type = pv_get_u32(msg + NETVSP_RNDIS_TYPE_AT);
		mlen = pv_get_u32(msg + NETVSP_RNDIS_LEN_AT);
		if (mlen < RNDIS_HEADER_SIZE || mlen > total - off) {
			netvsp_bad(d, "RNDIS length beyond its buffer");
			send_fail(s, NVSP_STATUS_INVALID_RNDIS_PKT);
			break;
		}
		if (rt_trace_on(d->trace))
			netvsp_trace_rndis(nc, PVTRACE_DIR_TO_HOST, pkt->trans_id, msg, mlen);
		if (type == RNDIS_MSG_TYPE_PACKET) {
			rc = tx_packet(nc, s, msg, mlen);
			if (rc) {
				send_fail(s, NVSP_STATUS_INVALID_RNDIS_PKT);
				netvsp_count(d, tx_errors);
			} else {
				queued++;
			}
		} else if (nc->index != 0) {
			netvsp_bad(d, "RNDIS control message on a subchannel");
			send_fail(s, NVSP_STATUS_INVALID_RNDIS_PKT);
		} else {
			uint32_t st = netvsp_rndis_control(nc, msg, mlen);
			if (st != NVSP_STATUS_SUCCESS)
				send_fail(s, st);
		}
		off += mlen;
	}
	if (queued)
		(void)rt_worker_call(&d->worker, &d->tx_work, netvsp_tx_work);
out:
	send_put(s);
}

/* ---- the worker side ---- */

static void inflight_del(struct netvsp *d, struct netvsp_txframe *f)
{
	if (f->iprev)
		f->iprev->inext = f->inext;
	else if (d->inflight == f)
		d->inflight = f->inext;
	if (f->inext)
		f->inext->iprev = f->iprev;
	f->iprev = f->inext = NULL;
}

static void frame_done(struct netvsp *d, struct netvsp_txframe *f, int status)
{
	struct netvsp_send *s = f->send;

	inflight_del(d, f);
	if (status) {
		send_fail(s, NVSP_STATUS_FAIL);
		netvsp_count(d, tx_errors);
	}
	netvsp_count(d, tx_done);
	if (f->heap) {
		rt_budget_release(&s->nc->budget, sizeof(*f));
		free(f);
	}
	send_put(s);
}

/* Moves what the channel workers pushed onto the ordered pending list. [W] */
static void txq_take(struct netvsp_txq *t)
{
	struct netvsp_txframe *f = atomic_exchange_explicit(&t->in, NULL, memory_order_acquire);
	struct netvsp_txframe *rev = NULL, **tail;

	/* The stack holds the newest first: reverse it into arrival order. */
	while (f) {
		struct netvsp_txframe *next = f->next;
		f->next = rev;
		rev = f;
		f = next;
	}
	if (!rev)
		return;
	*t->pend_tail = rev;
	for (tail = &rev->next; *tail; tail = &(*tail)->next)
		;
	t->pend_tail = tail;
}

static void pump(struct netvsp *d, uint32_t q)
{
	struct netvsp_txq *t = &d->txq[q];
	struct netvsp_txframe *f;

	txq_take(t);
	while ((f = t->pend_head)) {
		int rc = d->ep ? net_endpoint_tx(d->ep, q, &f->seg, 1,
						 f->has_meta ? &f->meta : NULL, f)
			       : -ENOTCONN;
		if (rc == -EAGAIN)
			return; /* retried from tx_done */
		t->pend_head = f->next;
		if (!t->pend_head)
			t->pend_tail = &t->pend_head;
		if (rc) {
			rt_log_rl(&d->log, RT_LOG_WARN, "endpoint refused a %u-byte frame: %s",
				  f->seg.len, strerror(-rc));
			frame_done(d, f, rc);
		} else {
			f->inext = d->inflight;
			if (d->inflight)
				d->inflight->iprev = f;
			d->inflight = f;
		}
	}
}

void netvsp_tx_work(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, tx_work);

	for (uint32_t q = 0; q < d->nqueues; q++)
		pump(d, q);
}

void netvsp_ep_tx_done(void *ctx, uint32_t q, void *cookie, int status)
{
	struct netvsp *d = ctx;

	frame_done(d, cookie, status);
	if (q < d->nqueues && d->txq[q].pend_head)
		pump(d, q);
}

void netvsp_tx_flush_queues(struct netvsp *d)
{
	for (uint32_t q = 0; q < NETVSP_MAX_CHANNELS; q++) {
		struct netvsp_txq *t = &d->txq[q];
		struct netvsp_txframe *f;

		txq_take(t);
		while ((f = t->pend_head)) {
			t->pend_head = f->next;
			frame_done(d, f, -ECANCELED);
		}
		t->pend_tail = &t->pend_head;
	}
	/* Frames a closed endpoint abandoned (net.h): their sends end here. */
	while (d->inflight)
		frame_done(d, d->inflight, -ECANCELED);
}
