/*
 * netvsp across a live update (docs/servicing.md; records NETVSP* in
 * spec/savestate.yaml; the choices in devices/netvsp/README.md).
 *
 * Sends are drained, receives are carried over. Quiesce waits, with a
 * bound, until every SEND_RNDIS_PKT the guest made is done on the endpoint
 * and its completion written for the guest (into the ring, or into the
 * channel's backlog when the ring is full). Frames the endpoint delivers
 * meanwhile go into the guest's receive buffer when it has room and are
 * parked here (a copy) when it has none, so the endpoint ends holding
 * nothing of this process's: a loopback's reflected frames are taken, a
 * tap's frame held under back-pressure is taken, and what the kernel queued
 * on the tap stays in the kernel, on descriptors kept open across exec.
 *
 * What is saved: the NVSP and RNDIS machines' states by name, versions, the
 * guest's settings (MTU, packet filter, MAC, RSC, RSS), the buffers by GPADL
 * (the new binary maps them again and must find the same slot layout), per
 * open channel the packets its full ring did not take and the receive batch
 * written into slots but not yet announced, every receive packet the guest
 * owns (its slots), and the parked frames, which the new binary gives the
 * guest before any newer one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "devices/netvsp/netvsp_priv.h"
#include "devices/netvsp/netvsp_save.h"
#include "runtime/fsm_reach.h"
#include "runtime/savestate.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan_gpadl.h"
#include "runtime/vmbus/vmbus_save.h"
#include "runtime/vmbus/vmbus_server.h"
#include "vmring_wire.h"

/* The saved states and the machines' names for them (spec/nvsp.yaml, spec/rndis.yaml). */
static const char *const nvsp_state_names[] = {
	[PVSS_NVSP_INIT_STATE_START] = "start",
	[PVSS_NVSP_INIT_STATE_NEGOTIATED] = "negotiated",
	[PVSS_NVSP_INIT_STATE_CONFIGURED] = "configured",
	[PVSS_NVSP_INIT_STATE_NDIS_KNOWN] = "ndis_known",
	[PVSS_NVSP_INIT_STATE_HAVE_RECV_BUF] = "have_recv_buf",
	[PVSS_NVSP_INIT_STATE_READY] = "ready",
	[PVSS_NVSP_INIT_STATE_REVOKED] = "revoked",
};

static const char *const rndis_state_names[] = {
	[PVSS_RNDIS_DEVICE_STATE_START] = "start",
	[PVSS_RNDIS_DEVICE_STATE_INITIALIZED] = "initialized",
	[PVSS_RNDIS_DEVICE_STATE_DATA] = "data",
	[PVSS_RNDIS_DEVICE_STATE_HALTED] = "halted",
};

RT_FSM_WALK_DEFINE(nvsp_walk, nvsp_init_fsm, nvsp_init_event, NVSP_INIT_EV_COUNT);
RT_FSM_WALK_DEFINE(rndis_walk, rndis_device_fsm, rndis_device_event, RNDIS_DEVICE_EV_COUNT);

/* ------------------------------------------------------------------ */
/* Quiesce                                                              */

/* On the worker: the endpoint redelivers what it keeps; true once all is settled. */
static void q_step_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, q_work);
	bool kept = false;

	netvsp_tx_work(&d->tx_work); /* frames waiting for endpoint room go now */
	pthread_mutex_lock(&d->lock);
	for (uint32_t q = 0; q < NET_MAX_QUEUES; q++)
		kept |= d->rx_kept[q];
	pthread_mutex_unlock(&d->lock);
	if (kept && d->ep)
		for (uint32_t q = 0; q < d->ep->nqueues && q < NET_MAX_QUEUES; q++)
			net_endpoint_rx_resume(d->ep, q);
	netvsp_sync_done(d, kept || atomic_load(&d->sends_inflight) ? -EAGAIN : 0);
}

/* On the worker: last batches out (or kept for the ring), the endpoint stopped. */
static void q_stop_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, q_work);

	pthread_mutex_lock(&d->lock);
	netvsp_rx_batches_send_locked(d);
	pthread_mutex_unlock(&d->lock);
	netvsp_rx_flush_stop(d);
	if (d->ep)
		net_endpoint_stop(d->ep);
	netvsp_sync_done(d, 0);
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

int netvsp_quiesce(struct netvsp *d, unsigned timeout_ms)
{
	uint64_t deadline = now_ms() + timeout_ms;
	int rc;

	if (d->opts.ep_kind) {
		rt_log_err(&d->log,
			   "endpoint %s cannot cross an update (its driver's state "
			   "is this process's)",
			   d->opts.ep_kind->kind);
		return -EOPNOTSUPP;
	}
	pthread_mutex_lock(&d->lock);
	d->parking = true;
	pthread_mutex_unlock(&d->lock);
	/* The channel workers are stopped: no new send arrives, what is out completes. */
	for (;;) {
		rc = netvsp_worker_sync(d, &d->q_work, q_step_fn);
		if (rc != -EAGAIN || now_ms() >= deadline)
			break;
		/* Completions come from the worker's loop: let it run between checks. */
		nanosleep(&(struct timespec){0, 200000}, NULL);
	}
	if (rc) {
		rt_log_err(&d->log, "%u sends still on the endpoint after %u ms",
			   atomic_load(&d->sends_inflight), timeout_ms);
		pthread_mutex_lock(&d->lock);
		d->parking = false;
		pthread_mutex_unlock(&d->lock);
		netvsp_schedule_resume(d);
		return rc == -EAGAIN ? -ETIMEDOUT : rc;
	}
	netvsp_worker_sync(d, &d->q_work, q_stop_fn);
	d->quiesced = true;
	return 0;
}

static void q_restart_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, q_work);

	netvsp_sync_done(d, d->ep ? net_endpoint_start(d->ep, d->ep->cb, d) : 0);
}

void netvsp_unquiesce(struct netvsp *d)
{
	int rc;

	if (!d->quiesced)
		return;
	d->quiesced = false;
	rc = netvsp_worker_sync(d, &d->q_work, q_restart_fn);
	if (rc)
		rt_log_err(&d->log, "endpoint restart after a refused update: %s", strerror(-rc));
	pthread_mutex_lock(&d->lock);
	d->parking = false;
	pthread_mutex_unlock(&d->lock);
	netvsp_schedule_resume(d); /* parked frames to the guest */
}

/* ------------------------------------------------------------------ */
/* Save                                                                 */

static int state_of(const char *const *names, size_t n, const char *name, struct netvsp *d,
		    const char *what)
{
	int st = rt_fsm_state_index(names, n, name);

	if (st < 0)
		rt_log_err(&d->log, "cannot save the %s session in state %s", what, name);
	return st;
}

static void save_dev(struct netvsp *d, struct pvss_netvsp *r, int nvsp_st, int rndis_st,
		     uint32_t nchannels, uint32_t rxpkts)
{
	int fds[NETVSP_MAX_CHANNELS];
	int nfds = d->ep ? net_endpoint_fds(d->ep, fds, NETVSP_MAX_CHANNELS) : 0;

	r->nvsp_state = (uint32_t)nvsp_st;
	r->rndis_state = (uint32_t)rndis_st;
	r->nvsp_version = d->nvsp_version;
	r->ndis_version = d->ndis_version;
	r->guest_mtu = d->guest_mtu;
	r->flags = (d->link_up ? PVSS_NETVSP_FLAGS_LINK_UP : 0) |
		   (d->rsc ? PVSS_NETVSP_FLAGS_RSC : 0) |
		   (d->recv_gp ? PVSS_NETVSP_FLAGS_RECV_BUF : 0) |
		   (d->send_gp ? PVSS_NETVSP_FLAGS_SEND_BUF : 0) |
		   (d->rss.hash_types || d->rss.table_len ? PVSS_NETVSP_FLAGS_RSS : 0) |
		   (d->datapath_vf ? PVSS_NETVSP_FLAGS_DATAPATH_VF : 0) |
		   (atomic_load(&d->vf_assoc_due) ? PVSS_NETVSP_FLAGS_VF_ASSOC_DUE : 0);
	r->ndis_caps = d->ndis_caps;
	r->packet_filter = d->packet_filter;
	r->subchannels = d->subchannels;
	r->nqueues = d->nqueues;
	r->nchannels = nchannels;
	if (d->recv_gp) {
		r->recv_gpadl = d->recv_gp->id;
		r->recv_owner = d->recv_owner->index;
		r->nslots = d->nslots;
		r->sub_alloc = d->sub_alloc;
	}
	if (d->send_gp) {
		r->send_gpadl = d->send_gp->id;
		r->send_owner = d->send_owner->index;
		r->send_sections = d->send_sections;
	}
	r->rxpkts = rxpkts;
	r->frames = d->park_n;
	memcpy(r->mac, d->mac, 6);
	memcpy(r->endpoint, d->opts.endpoint, strnlen(d->opts.endpoint, sizeof(r->endpoint)));
	r->tap_nfds = (uint32_t)nfds;
	r->tap_fds_count = (uint32_t)nfds;
	for (int i = 0; i < nfds; i++)
		r->tap_fds[i] = (uint32_t)fds[i];
}

static void save_chan(struct netvsp *d, struct netvsp_chan *nc, struct rt_ss_writer *w,
		      struct pvss_msg *m)
{
	struct pvss_netvsp_channel *c = &m->u.netvsp_channel;
	const struct netvsp_backlog *b;
	uint32_t slots[NETVSP_RX_MAX_RANGES];
	uint32_t n = nc->rxb.n ? netvsp_rx_slot_chain(d, nc->rxb.head, slots, nc->rxb.n) : 0;

	memset(c, 0, sizeof(*c));
	m->type = PVSS_REC_TYPE_NETVSP_CHANNEL;
	c->sub = nc->index;
	c->relid = vmbus_chan_relid(nc->ch);
	c->backlog = atomic_load(&nc->bl_count);
	c->batch_n = c->batch_count = n;
	for (uint32_t i = 0; i < n; i++) {
		/* The range's byte count is in the batch's transfer-page header. */
		const uint8_t *rg = nc->rxb.ext +
				    (VMRING_XFER_PAGES_RANGES_OFFSET - VMRING_DESC_SIZE) +
				    i * VMRING_XFER_RANGE_SIZE;
		c->batch[i].slot = slots[i];
		c->batch[i].len =
			pv_get_u32(rg + offsetof(struct vmring_wire_xfer_range, byte_count));
	}
	rt_ss_put(w, m);
	for (b = nc->bl_head; b; b = b->next) {
		struct pvss_netvsp_backlog *p = &m->u.netvsp_backlog;
		memset(p, 0, sizeof(*p));
		m->type = PVSS_REC_TYPE_NETVSP_BACKLOG;
		p->trans_id = b->trans_id;
		p->pkt_type = b->type;
		p->pkt_flags = b->flags;
		p->ext_len = b->ext_len;
		memcpy(p->ext, b->ext, b->ext_len);
		p->data_len = p->data_count = b->len;
		memcpy(p->data, b->data, b->len);
		rt_ss_put(w, m);
	}
}

static uint32_t count_rxpkts(struct netvsp *d)
{
	uint32_t n = 0, ch;

	for (uint32_t s = 0; d->recv_gp && s < d->nslots; s++)
		n += netvsp_rx_slot_is_head(d, s, &ch);
	return n;
}

static void save_rxpkts(struct netvsp *d, struct rt_ss_writer *w, struct pvss_msg *m)
{
	for (uint32_t s = 0; d->recv_gp && s < d->nslots; s++) {
		struct pvss_netvsp_rxpkt *p = &m->u.netvsp_rxpkt;
		uint32_t ch;
		if (!netvsp_rx_slot_is_head(d, s, &ch))
			continue;
		memset(p, 0, sizeof(*p));
		m->type = PVSS_REC_TYPE_NETVSP_RXPKT;
		p->sub = ch;
		p->nslots = p->slots_count =
			netvsp_rx_slot_chain(d, s, p->slots, NETVSP_RX_MAX_RANGES);
		rt_ss_put(w, m);
	}
}

static void save_frames(struct netvsp *d, struct rt_ss_writer *w, struct pvss_msg *m)
{
	for (const struct netvsp_parked *p = d->park_head; p; p = p->next) {
		struct pvss_netvsp_frame *f = &m->u.netvsp_frame;
		memset(f, 0, offsetof(struct pvss_netvsp_frame, data));
		m->type = PVSS_REC_TYPE_NETVSP_FRAME;
		f->queue = p->q;
		f->len = f->data_count = p->len;
		f->meta_flags = p->meta.flags;
		f->vlan_tci = p->meta.vlan_tci;
		f->gso_size = p->meta.gso_size;
		f->hash = p->meta.hash;
		f->hash_type = p->meta.hash_type;
		memcpy(f->data, p->data, p->len);
		rt_ss_put(w, m);
	}
}

int netvsp_save(struct netvsp *d, struct rt_ss_writer *w)
{
	struct pvss_msg *m = rt_ss_msg_new(PVSS_REC_TYPE_NETVSP);
	uint32_t nchannels = 0;
	int nvsp_st, rndis_st;

	if (!m)
		return -ENOMEM;
	pthread_mutex_lock(&d->lock);
	nvsp_st = state_of(nvsp_state_names, RT_ARRAY_SIZE(nvsp_state_names),
			   nvsp_init_fsm_state_name(&d->nvsp), d, "NVSP");
	rndis_st = state_of(rndis_state_names, RT_ARRAY_SIZE(rndis_state_names),
			    rndis_device_fsm_state_name(&d->rndis), d, "RNDIS");
	if (nvsp_st < 0 || rndis_st < 0) {
		pthread_mutex_unlock(&d->lock);
		free(m);
		return -EBUSY;
	}
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		nchannels += d->chans[i].ch != NULL;
	save_dev(d, &m->u.netvsp, nvsp_st, rndis_st, nchannels, count_rxpkts(d));
	rt_ss_put(w, m);
	for (uint32_t i = 0; i < m->u.netvsp.tap_nfds; i++)
		rt_ss_put_fd(w, (int)m->u.netvsp.tap_fds[i], PVSS_FD_KIND_TAP, i, 0);
	if (m->u.netvsp.flags & PVSS_NETVSP_FLAGS_RSS) {
		struct pvss_netvsp_rss *r = &m->u.netvsp_rss;
		memset(r, 0, sizeof(*r));
		m->type = PVSS_REC_TYPE_NETVSP_RSS;
		r->hash_types = d->rss.hash_types;
		r->key_len = d->rss.key_len;
		memcpy(r->key, d->rss.key, sizeof(r->key));
		r->table_len = r->table_count = d->rss.table_len;
		memcpy(r->table, d->rss.table, d->rss.table_len * sizeof(r->table[0]));
		rt_ss_put(w, m);
	}
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		if (d->chans[i].ch)
			save_chan(d, &d->chans[i], w, m);
	save_rxpkts(d, w, m);
	save_frames(d, w, m);
	rt_log_info(&d->log,
		    "saved: NVSP %s, RNDIS %s, %u channels, %u receive packets owned "
		    "by the guest, %u frames parked",
		    nvsp_state_names[nvsp_st], rndis_state_names[rndis_st], nchannels,
		    count_rxpkts(d), d->park_n);
	pthread_mutex_unlock(&d->lock);
	free(m);
	return w->err;
}

/* ------------------------------------------------------------------ */
/* Restore: checks                                                      */

static bool in_states(uint32_t st, uint32_t a, uint32_t b)
{
	return st == a || st == b;
}

/* The NETVSP record against the configuration and itself. */
static int check_dev(struct rt_ss_reader *r, const struct pvss_netvsp *v,
		     const struct netvsp_restore_cfg *c)
{
	uint32_t max = c->max_nvsp_version ? c->max_nvsp_version : UINT32_MAX;
	char ep[sizeof(v->endpoint) + 1] = "";
	bool recv = v->flags & PVSS_NETVSP_FLAGS_RECV_BUF;
	bool send = v->flags & PVSS_NETVSP_FLAGS_SEND_BUF;

	memcpy(ep, v->endpoint, sizeof(v->endpoint));
	if (strcmp(ep, c->endpoint))
		return rt_ss_fail(r, -EINVAL,
				  "netvsp: endpoint %s saved, the configuration says %s", ep,
				  c->endpoint);
	if (v->nqueues != c->queues)
		return rt_ss_fail(r, -EINVAL, "netvsp: %u queues saved, the configuration has %u",
				  v->nqueues, c->queues);
	if (v->tap_nfds != (strcmp(ep, "tap") ? 0 : v->nqueues))
		return rt_ss_fail(r, -EINVAL, "netvsp: %u tap descriptors for %u %s queues",
				  v->tap_nfds, v->nqueues, ep);
	if ((v->nvsp_state == PVSS_NVSP_INIT_STATE_START) != (v->nvsp_version == 0) ||
	    (v->nvsp_version && (!nvsp_version_name(v->nvsp_version) || v->nvsp_version > max)))
		return rt_ss_fail(r, -EINVAL, "netvsp: NVSP version %#x in state %s",
				  v->nvsp_version, nvsp_state_names[v->nvsp_state]);
	if (recv != in_states(v->nvsp_state, PVSS_NVSP_INIT_STATE_HAVE_RECV_BUF,
			      PVSS_NVSP_INIT_STATE_READY) ||
	    (send &&
	     !in_states(v->nvsp_state, PVSS_NVSP_INIT_STATE_READY, PVSS_NVSP_INIT_STATE_REVOKED)))
		return rt_ss_fail(r, -EINVAL, "netvsp: buffers (receive %d, send %d) in state %s",
				  recv, send, nvsp_state_names[v->nvsp_state]);
	/* The machine's start and halted are one state (both wait for INIT). */
	if (!in_states(v->rndis_state, PVSS_RNDIS_DEVICE_STATE_START,
		       PVSS_RNDIS_DEVICE_STATE_HALTED) &&
	    !in_states(v->nvsp_state, PVSS_NVSP_INIT_STATE_READY, PVSS_NVSP_INIT_STATE_REVOKED))
		return rt_ss_fail(r, -EINVAL, "netvsp: RNDIS %s with NVSP %s",
				  rndis_state_names[v->rndis_state],
				  nvsp_state_names[v->nvsp_state]);
	if (recv && (v->nslots <= NETVSP_CTRL_RESERVE || v->sub_alloc < NETVSP_RECV_SUB_ALLOC ||
		     v->sub_alloc % 8 || v->recv_owner > v->subchannels))
		return rt_ss_fail(r, -EINVAL, "netvsp: receive buffer of %u slots of %u bytes",
				  v->nslots, v->sub_alloc);
	if (send && (v->send_sections == 0 || v->send_owner > v->subchannels))
		return rt_ss_fail(r, -EINVAL, "netvsp: send buffer of %u sections",
				  v->send_sections);
	if (v->mac[0] & 1)
		return rt_ss_fail(r, -EINVAL, "netvsp: a multicast MAC");
	if ((v->flags & (PVSS_NETVSP_FLAGS_DATAPATH_VF | PVSS_NETVSP_FLAGS_VF_ASSOC_DUE)) && !c->vf)
		return rt_ss_fail(r, -EINVAL, "netvsp: a VF's state for a NIC without a VF");
	if (v->nchannels > v->subchannels + 1 || (v->nchannels == 0 && v->nvsp_state))
		return rt_ss_fail(r, -EINVAL, "netvsp: %u channels open, %u subchannels, state %s",
				  v->nchannels, v->subchannels, nvsp_state_names[v->nvsp_state]);
	return 0;
}

int netvsp_restore_begin(struct rt_ss_reader *r, const struct netvsp_restore_cfg *c,
			 bool check_only, struct pvss_netvsp *rec, int *fds, unsigned *nfds)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	int rc;

	if (!m)
		return -ENOMEM;
	if (rt_ss_take(r, PVSS_REC_TYPE_NETVSP, m)) {
		rt_ss_msg_release(m);
		return rt_ss_fail(r, -EINVAL, "netvsp: no NETVSP record");
	}
	*rec = m->u.netvsp;
	rt_ss_msg_release(m);
	rc = check_dev(r, rec, c);
	*nfds = 0;
	for (uint32_t i = 0; !rc && i < rec->tap_nfds; i++) {
		rc = rt_ss_claim_fd(r, rec->tap_fds[i], PVSS_FD_KIND_TAP, i, check_only);
		fds[(*nfds)++] = (int)rec->tap_fds[i];
	}
	return rc;
}

/* ------------------------------------------------------------------ */
/* Restore: rebuilding                                                  */

struct rs {
	struct netvsp *d; /* NULL: check only */
	struct rt_ss_reader *r;
	const struct pvss_netvsp *v;
	struct pvss_msg *m;
	/* Saved channel records by sub index: their batches wait for the receive buffer. */
	bool have[NETVSP_MAX_CHANNELS];
	struct pvss_netvsp_channel *chans;
	uint8_t *taken; /* slots claimed so far */
};

static int take_rss(struct rs *s)
{
	const struct pvss_netvsp_rss *x = &s->m->u.netvsp_rss;

	if (!(s->v->flags & PVSS_NETVSP_FLAGS_RSS))
		return 0;
	if (rt_ss_take(s->r, PVSS_REC_TYPE_NETVSP_RSS, s->m))
		return rt_ss_fail(s->r, -EINVAL, "netvsp: NETVSP_RSS record missing");
	for (uint32_t i = 0; i < x->table_len; i++)
		if (x->table[i] > s->v->subchannels)
			return rt_ss_fail(s->r, -EINVAL,
					  "netvsp: RSS entry %u names channel %u of %u", i,
					  x->table[i], s->v->subchannels + 1);
	if (s->d) {
		struct net_rss *rss = &s->d->rss;
		memset(rss, 0, sizeof(*rss));
		rss->hash_types = x->hash_types;
		rss->key_len = x->key_len;
		memcpy(rss->key, x->key, x->key_len);
		rss->table_len = x->table_len;
		memcpy(rss->table, x->table, x->table_len * sizeof(rss->table[0]));
	}
	return 0;
}

static int take_backlog(struct rs *s, struct netvsp_chan *nc, uint32_t sub, uint32_t k)
{
	const struct pvss_netvsp_backlog *b = &s->m->u.netvsp_backlog;
	int rc;

	if (rt_ss_take(s->r, PVSS_REC_TYPE_NETVSP_BACKLOG, s->m))
		return rt_ss_fail(s->r, -EINVAL, "netvsp: channel %u: waiting packet %u missing",
				  sub, k);
	if (b->pkt_type != VMRING_PKT_DATA_INBAND && b->pkt_type != VMRING_PKT_COMP &&
	    b->pkt_type != VMRING_PKT_DATA_USING_XFER_PAGES)
		return rt_ss_fail(s->r, -EINVAL, "netvsp: channel %u: waiting packet of type %u",
				  sub, b->pkt_type);
	if (!nc)
		return 0;
	/* Queued behind the ones before it: the ring is not offered it yet. */
	rc = netvsp_send_locked(nc, b->pkt_type, b->pkt_flags, b->trans_id, b->ext, b->ext_len,
				b->data, b->data_len, true);
	if (rc)
		return rt_ss_fail(s->r, rc, "netvsp: channel %u: %s", sub, strerror(-rc));
	return 0;
}

static int take_chan(struct rs *s, uint32_t i, int *prev)
{
	struct pvss_netvsp_channel *c = &s->m->u.netvsp_channel;
	struct netvsp_chan *nc = NULL;
	uint32_t sub, nbl;

	if (rt_ss_take(s->r, PVSS_REC_TYPE_NETVSP_CHANNEL, s->m))
		return rt_ss_fail(s->r, -EINVAL, "netvsp: channel record %u of %u missing", i,
				  s->v->nchannels);
	sub = c->sub;
	nbl = c->backlog;
	if ((int)sub <= *prev || sub > s->v->subchannels)
		return rt_ss_fail(s->r, -EINVAL, "netvsp: channel %u after %d, or above %u", sub,
				  *prev, s->v->subchannels);
	if (c->batch_n && !(s->v->flags & PVSS_NETVSP_FLAGS_RECV_BUF))
		return rt_ss_fail(s->r, -EINVAL, "netvsp: channel %u: receives without a buffer",
				  sub);
	*prev = (int)sub;
	s->have[sub] = true;
	s->chans[sub] = *c;
	if (s->d) {
		struct vmbus_chan *ch =
			sub ? vmbus_server_restored_chan(s->d->srv, c->relid) : s->d->offer;
		if (!ch || vmbus_chan_relid(ch) != c->relid ||
		    vmbus_chan_subchannel_index(ch) != sub || !vmbus_chan_restored_open(ch))
			return rt_ss_fail(s->r, -EINVAL,
					  "netvsp: channel %u (relid %u) is not one of ours open "
					  "on the restored VMBus",
					  sub, c->relid);
		nc = &s->d->chans[sub];
		nc->ch = ch;
		atomic_fetch_add_explicit(&nc->gen, 1, memory_order_relaxed);
	}
	for (uint32_t k = 0; k < nbl; k++) {
		int rc = take_backlog(s, nc, sub, k);
		if (rc)
			return rc;
	}
	return 0;
}

/* Every open restored channel of the NIC must have had its record. */
static int check_all_chans(struct rs *s)
{
	uint32_t relids[NETVSP_MAX_CHANNELS];
	unsigned n;

	/* Without a restored VMBus: the subchannels the VMBus records name open. */
	for (uint32_t i = 0; !s->d && s->have[0] && i < s->r->nopen_subs; i++) {
		bool found = false;
		if (s->r->open_subs[i][1] != s->chans[0].relid)
			continue;
		for (uint32_t k = 1; k < NETVSP_MAX_CHANNELS && !found; k++)
			found = s->have[k] && s->chans[k].relid == s->r->open_subs[i][0];
		if (!found)
			return rt_ss_fail(s->r, -EINVAL,
					  "netvsp: subchannel relid %u is open but has no record",
					  s->r->open_subs[i][0]);
	}
	if (!s->d)
		return 0;
	if (vmbus_chan_restored_open(s->d->offer) && !s->have[0])
		return rt_ss_fail(s->r, -EINVAL,
				  "netvsp: the primary channel is open but has no record");
	n = vmbus_server_restored_subchannels(s->d->srv, s->d->offer, relids, NETVSP_MAX_CHANNELS);
	if (n > NETVSP_MAX_CHANNELS)
		return rt_ss_fail(s->r, -EINVAL, "netvsp: %u subchannels open", n);
	for (unsigned i = 0; i < n; i++) {
		bool found = false;
		for (uint32_t k = 1; k < NETVSP_MAX_CHANNELS && !found; k++)
			found = s->have[k] && s->chans[k].relid == relids[i];
		if (!found)
			return rt_ss_fail(s->r, -EINVAL,
					  "netvsp: subchannel relid %u is open but has no record",
					  relids[i]);
	}
	return 0;
}

/* The buffers mapped again from their GPADLs: the same layout, or the state is refused. */
static int build_buffers(struct rs *s)
{
	struct netvsp *d = s->d;
	const struct pvss_netvsp *v = s->v;
	int rc;

	if ((v->flags & PVSS_NETVSP_FLAGS_RECV_BUF) && !s->have[v->recv_owner])
		return rt_ss_fail(s->r, -EINVAL, "netvsp: receive buffer on closed channel %u",
				  v->recv_owner);
	if ((v->flags & PVSS_NETVSP_FLAGS_SEND_BUF) && !s->have[v->send_owner])
		return rt_ss_fail(s->r, -EINVAL, "netvsp: send buffer on closed channel %u",
				  v->send_owner);
	if (!d)
		return 0;
	if (v->flags & PVSS_NETVSP_FLAGS_RECV_BUF) {
		rc = netvsp_recvbuf_setup_locked(d, &d->chans[v->recv_owner], v->recv_gpadl);
		if (rc)
			return rt_ss_fail(s->r, rc, "netvsp: receive buffer GPADL %#x: %s",
					  v->recv_gpadl, strerror(-rc));
		if (d->nslots != v->nslots || d->sub_alloc != v->sub_alloc)
			return rt_ss_fail(s->r, -EINVAL,
					  "netvsp: receive buffer of %u slots of %u bytes now, %u "
					  "of %u before",
					  d->nslots, d->sub_alloc, v->nslots, v->sub_alloc);
		s->taken = calloc(d->nslots, 1);
		if (!s->taken)
			return -ENOMEM;
	}
	if (v->flags & PVSS_NETVSP_FLAGS_SEND_BUF) {
		struct netvsp_chan *nc = &d->chans[v->send_owner];
		rc = vmbus_chan_gpadl_acquire(nc->ch, v->send_gpadl, &d->send_gp);
		if (rc)
			return rt_ss_fail(s->r, rc, "netvsp: send buffer GPADL %#x: %s",
					  v->send_gpadl, strerror(-rc));
		d->send_owner = nc;
		d->send_sections =
			(uint32_t)rt_min(d->send_gp->total_len / NETVSP_SEND_SECTION, UINT32_MAX);
		if (d->send_sections != v->send_sections)
			return rt_ss_fail(s->r, -EINVAL, "netvsp: %u send sections now, %u before",
					  d->send_sections, v->send_sections);
	}
	return 0;
}

/* In the check only mode: slots in range and none claimed twice, without a buffer. */
static int check_slots(struct rs *s, const uint32_t *slots, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (slots[i] >= s->v->nslots || s->taken[slots[i]])
			return -EINVAL;
		s->taken[slots[i]] = 1;
	}
	return 0;
}

static int claim(struct rs *s, uint32_t sub, const uint32_t *slots, const uint32_t *lens,
		 uint32_t n, bool sent)
{
	if (!s->d)
		return check_slots(s, slots, n);
	return netvsp_rx_claim_locked(s->d, &s->d->chans[sub], s->taken, slots, lens, n, sent);
}

static int build_slots(struct rs *s)
{
	uint32_t slots[NETVSP_RX_MAX_RANGES], lens[NETVSP_RX_MAX_RANGES];

	if (!s->taken && (s->v->flags & PVSS_NETVSP_FLAGS_RECV_BUF)) {
		s->taken = calloc(s->v->nslots, 1); /* check only */
		if (!s->taken)
			return -ENOMEM;
	}
	for (uint32_t sub = 0; sub < NETVSP_MAX_CHANNELS; sub++) {
		const struct pvss_netvsp_channel *c = &s->chans[sub];
		if (!s->have[sub] || !c->batch_n)
			continue;
		for (uint32_t i = 0; i < c->batch_n; i++) {
			slots[i] = c->batch[i].slot;
			lens[i] = c->batch[i].len;
		}
		if (claim(s, sub, slots, lens, c->batch_n, false))
			return rt_ss_fail(s->r, -EINVAL, "netvsp: channel %u: a bad unsent batch",
					  sub);
	}
	for (uint32_t i = 0; i < s->v->rxpkts; i++) {
		const struct pvss_netvsp_rxpkt *p = &s->m->u.netvsp_rxpkt;
		if (rt_ss_take(s->r, PVSS_REC_TYPE_NETVSP_RXPKT, s->m))
			return rt_ss_fail(s->r, -EINVAL, "netvsp: receive packet %u of %u missing",
					  i, s->v->rxpkts);
		if (!s->taken || !s->have[p->sub] ||
		    claim(s, p->sub, p->slots, NULL, p->nslots, true))
			return rt_ss_fail(s->r, -EINVAL,
					  "netvsp: receive packet %u (channel %u, %u slots): bad "
					  "or reused slots",
					  i, p->sub, p->nslots);
	}
	if (s->d && s->taken)
		netvsp_rx_claim_finish_locked(s->d, s->taken);
	return 0;
}

static int build_frames(struct rs *s)
{
	uint64_t bytes = 0;

	for (uint32_t i = 0; i < s->v->frames; i++) {
		const struct pvss_netvsp_frame *f = &s->m->u.netvsp_frame;
		struct net_rx_meta meta;
		if (rt_ss_take(s->r, PVSS_REC_TYPE_NETVSP_FRAME, s->m))
			return rt_ss_fail(s->r, -EINVAL, "netvsp: parked frame %u of %u missing", i,
					  s->v->frames);
		bytes += f->len;
		if (f->queue >= s->v->nqueues || bytes > NETVSP_PARK_MAX)
			return rt_ss_fail(s->r, -EINVAL,
					  "netvsp: parked frame %u on queue %u (%llu bytes so far)",
					  i, f->queue, (unsigned long long)bytes);
		if (!s->d)
			continue;
		meta = (struct net_rx_meta){.flags = f->meta_flags,
					    .vlan_tci = f->vlan_tci,
					    .gso_size = f->gso_size,
					    .hash = f->hash,
					    .hash_type = f->hash_type};
		if (netvsp_rx_park_locked(s->d, f->queue, &meta, f->data, f->len))
			return rt_ss_fail(s->r, -ENOMEM, "netvsp: parked frame %u: no memory", i);
	}
	return 0;
}

/* The machines walked to their saved states, the settings put back. */
static int build_session(struct rs *s)
{
	struct netvsp *d = s->d;
	const struct pvss_netvsp *v = s->v;
	struct nvsp_init_fsm n0;
	struct rndis_device_fsm r0;
	int ncs, rcs;

	nvsp_init_fsm_init(&n0);
	rndis_device_fsm_init(&r0);
	if (rt_fsm_reach(&nvsp_walk, n0.cs, nvsp_state_names[v->nvsp_state], &ncs) ||
	    rt_fsm_reach(&rndis_walk, r0.cs, rndis_state_names[v->rndis_state], &rcs))
		return rt_ss_fail(s->r, -EINVAL, "netvsp: no state %s / %s",
				  nvsp_state_names[v->nvsp_state],
				  rndis_state_names[v->rndis_state]);
	if (!d)
		return 0;
	d->nvsp.cs = ncs;
	d->rndis.cs = rcs;
	d->nvsp_version = v->nvsp_version;
	d->ndis_version = v->ndis_version;
	d->guest_mtu = v->guest_mtu;
	d->ndis_caps = v->ndis_caps;
	d->packet_filter = v->packet_filter;
	d->subchannels = v->subchannels;
	d->link_up = v->flags & PVSS_NETVSP_FLAGS_LINK_UP;
	d->datapath_vf = v->flags & PVSS_NETVSP_FLAGS_DATAPATH_VF;
	atomic_store(&d->vf_assoc_due, (v->flags & PVSS_NETVSP_FLAGS_VF_ASSOC_DUE) != 0);
	memcpy(d->mac, v->mac, 6);
	atomic_store(&d->rndis_up, in_states(v->rndis_state, PVSS_RNDIS_DEVICE_STATE_INITIALIZED,
					     PVSS_RNDIS_DEVICE_STATE_DATA));
	netvsp_session_flags_locked(d);
	return 0;
}

static int restore_locked(struct rs *s)
{
	int prev = -1, rc;

	if ((rc = build_session(s)) || (rc = take_rss(s)))
		return rc;
	for (uint32_t i = 0; i < s->v->nchannels; i++)
		if ((rc = take_chan(s, i, &prev)))
			return rc;
	if ((rc = check_all_chans(s)) || (rc = build_buffers(s)) || (rc = build_slots(s)) ||
	    (rc = build_frames(s)))
		return rc;
	/* RSC is the receive buffer's: set after it (setup clears it). */
	if (s->d)
		s->d->rsc = s->v->flags & PVSS_NETVSP_FLAGS_RSC;
	return 0;
}

/* What waits for ring room goes once the channel's worker runs again. */
static void kick_waiting(struct netvsp *d)
{
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++) {
		struct netvsp_chan *nc = &d->chans[i];
		if (!nc->ch)
			continue;
		if (i == 0 && d->park_head)
			nc->rx_wait_space = true;
		if (nc->bl_head || nc->rx_wait_space)
			vmbus_chan_restore_want_space(nc->ch);
	}
}

int netvsp_restore(struct netvsp *d, struct rt_ss_reader *r, const struct pvss_netvsp *rec,
		   const struct netvsp_restore_cfg *c, bool check_only)
{
	struct rs s = {.d = check_only ? NULL : d, .r = r, .v = rec};
	int rc;

	(void)c;
	s.m = rt_ss_msg_scratch();
	s.chans = calloc(NETVSP_MAX_CHANNELS, sizeof(*s.chans));
	if (!s.m || !s.chans) {
		rc = -ENOMEM;
		goto out;
	}
	if (s.d)
		pthread_mutex_lock(&d->lock);
	rc = restore_locked(&s);
	if (s.d && !rc)
		kick_waiting(d);
	if (s.d)
		pthread_mutex_unlock(&d->lock);
	if (rc || !s.d)
		goto out;
	if (d->rss.hash_types || d->rss.table_len)
		netvsp_rss_apply(d);
	rc = netvsp_worker_sync(d, &d->start_work, netvsp_ep_start_fn);
	if (rc) {
		rc = rt_ss_fail(r, rc, "netvsp: endpoint start: %s", strerror(-rc));
		goto out;
	}
	rt_log_info(&d->log,
		    "restored: NVSP %s, RNDIS %s, %u channels, %u receive packets owned by the "
		    "guest, %u frames parked",
		    nvsp_state_names[rec->nvsp_state], rndis_state_names[rec->rndis_state],
		    rec->nchannels, rec->rxpkts, rec->frames);
out:
	free(s.taken);
	free(s.chans);
	rt_ss_msg_release(s.m);
	return rc;
}
