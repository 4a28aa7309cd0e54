/*
 * A vport: its queue pairs, RX buffers, TX bounce buffers and RSS, brought
 * up and down over HWC requests as mana_en.c does (mana_init_port,
 * mana_create_vport, mana_create_txq, mana_create_rxq, mana_config_rss,
 * mana_fence_rqs, mana_destroy_vport).
 *
 * Phases (each one a batch of requests; the last reply moves on):
 *   opening: QUERY_VPORT_CONFIG + CONFIG_VPORT_TX, then per queue pair two
 *            DMA regions and CREATE_WQ_OBJ for the SQ, the same for the RQ,
 *            then the RX buffers go in and CONFIG_VPORT_RX turns RX (and RSS
 *            with more than one queue) on: UP;
 *   closing: CONFIG_VPORT_RX with RX off, FENCE_RQ on each RQ (its fence
 *            CQE awaited, bounded), DESTROY_WQ_OBJ for each RQ and SQ, then
 *            the memory is freed: CLOSED.
 * A vport whose device failed cannot be torn down by requests: once its
 * owner closes it, it waits (zombie) for the function reset that
 * mana_dev_recover or mana_dev_close does, and is freed after it.
 *
 * TX: the frame is copied into the queue's bounce ring (device-visible
 * memory), one WQE with the MANA TX OOB (short form unless VLAN insertion or
 * a vport offset above 255 needs the long one) and one SGE, or for LSO two
 * (the headers, then the payload: mana_start_xmit). Doorbells wait for
 * mana_vport_tx_flush. Completions come in SQ order; each frees the oldest.
 *
 * RX: each RQ WQE is one buffer; completions come in posting order, so
 * buffer k of the ring is the k-th completion mod the ring size. A frame
 * refused with -ENOSPC keeps its completion (and buffer) until resume.
 * Every CQE is checked: its queue, client type, type and length.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

#include "drivers/mana/mana_priv.h"
#include "runtime/util.h"

enum {
	PH_NONE,
	PH_QUERY,
	PH_QUEUES,
	PH_RX,
	PH_UP,
	PH_CLOSE_RX,
	PH_FENCE,
	PH_DESTROY,
};

/* Microsoft's default Toeplitz key (NDIS RSS; netvsc and OpenVMM use it). */
static const uint8_t default_key[MANA_HASH_KEY_SIZE] = {
	0x6d, 0x5a, 0x56, 0xda, 0x25, 0x5b, 0x0e, 0xc2, 0x41, 0x67, 0x25, 0x3d, 0x43, 0xa3,
	0x8f, 0xb0, 0xd0, 0xca, 0x2b, 0xcb, 0xae, 0x7b, 0x30, 0xb4, 0x77, 0xcb, 0x2d, 0xa3,
	0x80, 0x30, 0xf2, 0x0c, 0x6a, 0x42, 0xb7, 0x3b, 0xbe, 0xac, 0x01, 0xfa,
};

static void phase_next(struct mana_vport *v);
static void begin_close(struct mana_vport *v);
static void make_zombie(struct mana_vport *v);
static void tx_cq_fn(void *ctx);
static void rx_cq_fn(void *ctx);
static void rx_poll(struct mana_rxq *q);

static void set_vstate(struct mana_vport *v, enum mana_vport_state st)
{
	if (v->state == st)
		return;
	v->state = st;
	if (!v->zombie && v->o.cb->state)
		v->o.cb->state(v->o.ctx, st);
}

static void vport_fail(struct mana_vport *v, int err, const char *why)
{
	if (v->phase >= PH_CLOSE_RX) {
		/* Closing anyway: the bounded teardown carries on. */
		rt_log_rl(&v->lo, RT_LOG_WARN, "%s while closing: %s", why, strerror(-err));
		return;
	}
	if (v->state == MANA_VPORT_FAILED || v->zombie)
		return;
	rt_log_err(&v->lo, "%s: %s", why, strerror(-err));
	v->err = err;
	rt_timer_stop(&v->timer);
	set_vstate(v, MANA_VPORT_FAILED);
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static struct mana_vport *rv(struct mana_req *r)
{
	return r->ctx;
}

/* A request of the phase finished; a failure is logged under the request's spec name. */
static void step_done(struct mana_req *r, int err)
{
	struct mana_vport *v = rv(r);
	const char *what = mana_code_name(r->code);

	v->pending--;
	if (err && !v->err) {
		v->err = err;
		if (v->phase < PH_CLOSE_RX)
			vport_fail(v, err, what);
		else
			rt_log_warn(&v->lo, "%s during close: %s", what, strerror(-err));
	}
	if (v->pending)
		return;
	if (v->close_wanted && v->phase < PH_CLOSE_RX)
		begin_close(v);
	else if (!v->err || v->phase >= PH_CLOSE_RX)
		phase_next(v);
}

static int vsubmit(struct mana_vport *v, uint32_t code,
		   int (*build)(struct mana_req *, struct mana_msg *),
		   void (*done)(struct mana_req *, int, const struct mana_msg *), uint64_t arg,
		   uint32_t resp_size)
{
	struct mana_req *r = mana_req_new(code, true, build, done, v);

	if (r) {
		r->arg = arg;
		r->resp_size = resp_size;
	}
	return mana_hwc_submit_counted(v->d, r, &v->pending);
}

static int build_query(struct mana_req *r, struct mana_msg *m)
{
	m->u.query_vport_config_req.vport_index = rv(r)->o.index;
	return 0;
}

static void done_query(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_vport *v = rv(r);

	if (!err) {
		const struct mana_query_vport_config_resp *o = &m->u.query_vport_config;

		v->handle = o->vport;
		memcpy(v->mac, o->mac_addr, 6);
		v->max_sq = o->max_num_sq;
		v->max_rq = o->max_num_rq;
		/* Later Linux honours a power of two up to 256; 6.1 always used 64. */
		v->indir_ent = o->num_indirection_ent;
		if (!v->indir_ent || v->indir_ent > 256 || (v->indir_ent & (v->indir_ent - 1)))
			v->indir_ent = MANA_INDIRECT_TABLE_SIZE;
		if (!v->max_sq || !v->max_rq || (v->mac[0] & 1))
			err = -EPROTO;
	}
	step_done(r, err);
}

static int build_cfg_tx(struct mana_req *r, struct mana_msg *m)
{
	struct mana_vport *v = rv(r);

	m->u.config_vport_tx_req.vport = v->handle;
	m->u.config_vport_tx_req.pdid = v->d->pdid;
	m->u.config_vport_tx_req.doorbell_pageid = v->d->db_id;
	return 0;
}

static void done_cfg_tx(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_vport *v = rv(r);

	if (!err) {
		v->vp_offset = m->u.config_vport_tx.tx_vport_offset;
		v->short_form = m->u.config_vport_tx.short_form_allowed;
		/* The long OOB holds 12 bits of offset. */
		if (v->vp_offset > 0xfff)
			err = -EPROTO;
	}
	step_done(r, err);
}

/* arg: queue << 2 | what (0 SQ, 1 TX CQ, 2 RQ, 3 RX CQ) */
static struct mana_q *region_q(struct mana_vport *v, uint64_t arg, uint64_t **region)
{
	uint32_t i = (uint32_t)(arg >> 2);

	switch (arg & 3) {
	case 0:
		*region = &v->tx[i].sq_region;
		return &v->tx[i].sq;
	case 1:
		*region = &v->tx[i].cq_region;
		return &v->tx[i].cq;
	case 2:
		*region = &v->rx[i].rq_region;
		return &v->rx[i].rq;
	default:
		*region = &v->rx[i].cq_region;
		return &v->rx[i].cq;
	}
}

static int build_region(struct mana_req *r, struct mana_msg *m)
{
	uint64_t *region;
	struct mana_q *q = region_q(rv(r), r->arg, &region);

	return mana_build_region(rv(r)->d, &q->mem, q->size, m);
}

static void done_region(struct mana_req *r, int err, const struct mana_msg *m)
{
	uint64_t *region;

	region_q(rv(r), r->arg, &region);
	if (!err) {
		*region = m->u.create_dma_region.dma_region_handle;
		if (*region == GDMA_INVALID_DMA_REGION)
			err = -EPROTO;
	}
	step_done(r, err);
}

static int build_wq_obj(struct mana_req *r, struct mana_msg *m)
{
	struct mana_vport *v = rv(r);
	uint32_t i = (uint32_t)(r->arg >> 1);
	bool is_sq = !(r->arg & 1);
	struct mana_create_wq_obj_req *q = &m->u.create_wq_obj_req;

	if (v->err)
		return -ECANCELED;
	q->vport = v->handle;
	q->wq_type = is_sq ? MANA_WQ_TYPE_SQ : MANA_WQ_TYPE_RQ;
	q->wq_gdma_region = is_sq ? v->tx[i].sq_region : v->rx[i].rq_region;
	q->cq_gdma_region = is_sq ? v->tx[i].cq_region : v->rx[i].cq_region;
	q->wq_size = is_sq ? v->tx[i].sq.size : v->rx[i].rq.size;
	q->cq_size = is_sq ? v->tx[i].cq.size : v->rx[i].cq.size;
	q->cq_parent_qid = v->d->eqs[1 + i].q.id; /* EQ i serves queue pair i */
	return 0;
}

static bool wq_id_ok(const struct mana_vport *v, uint32_t wq, uint32_t cq)
{
	const struct mana_dev *d = v->d;

	/* The CQ id indexes our table; the WQ id is only echoed back: 24 bits. */
	return cq < d->hwc.max_num_cqs && !d->cq_table[cq].fn && wq <= 0xffffff;
}

static void done_wq_obj(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_vport *v = rv(r);
	uint32_t i = (uint32_t)(r->arg >> 1);
	bool is_sq = !(r->arg & 1);

	if (!err) {
		const struct mana_create_wq_obj_resp *o = &m->u.create_wq_obj;
		struct mana_q *wq = is_sq ? &v->tx[i].sq : &v->rx[i].rq;
		struct mana_q *cq = is_sq ? &v->tx[i].cq : &v->rx[i].cq;

		if (is_sq) {
			v->tx[i].sq_region = v->tx[i].cq_region = GDMA_INVALID_DMA_REGION;
		} else {
			v->rx[i].rq_region = v->rx[i].cq_region = GDMA_INVALID_DMA_REGION;
		}
		if (o->wq_obj == MANA_INVALID_HANDLE || !wq_id_ok(v, o->wq_id, o->cq_id)) {
			err = -EPROTO;
		} else {
			wq->id = o->wq_id;
			cq->id = o->cq_id;
			wq->db_page = cq->db_page = v->d->db_id;
			if (is_sq) {
				v->tx[i].obj = o->wq_obj;
				v->tx[i].made = true;
				err = mana_dev_cq_register(v->d, cq->id, tx_cq_fn, &v->tx[i]);
				v->tx[i].cq_reg = !err;
			} else {
				v->rx[i].obj = o->wq_obj;
				v->rx[i].made = true;
				err = mana_dev_cq_register(v->d, cq->id, rx_cq_fn, &v->rx[i]);
				v->rx[i].cq_reg = !err;
			}
		}
	}
	step_done(r, err);
}

struct rx_cfg {
	int rx; /* TRI_STATE */
	int rss;
	bool update;
};

static int build_cfg_rx(struct mana_req *r, struct mana_msg *m)
{
	struct mana_vport *v = rv(r);
	struct mana_config_vport_rx_req *q = &m->u.config_vport_rx_req;
	bool on = r->arg & 1;

	q->vport = v->handle;
	q->rx_enable = on;
	q->rss_enable = on && v->nq > 1;
	q->update_default_rxobj = 1;
	q->default_rxobj = v->rx[0].obj;
	q->update_hashkey = on;
	q->update_indir_tab = on;
	memcpy(q->hashkey, v->key, sizeof(q->hashkey));
	if (on) {
		q->num_indir_entries = (uint16_t)v->indir_ent;
		q->indir_tab_offset = MANA_CONFIG_VPORT_RX_REQ_SIZE;
	}
	return 0;
}

static int extra_table(struct mana_req *r, uint8_t *buf, size_t cap)
{
	struct mana_vport *v = rv(r);
	uint32_t n = (r->arg & 1) ? v->indir_ent : 0;

	if (cap < (size_t)n * MANA_RX_INDIR_ENTRY_SIZE)
		return -ENOSPC;
	for (uint32_t i = 0; i < n; i++) {
		struct mana_rx_indir_entry e = {
			.rxobj = v->rx[v->table[i % v->table_len] % v->nq].obj};

		if (mana_rx_indir_entry_encode(&e, buf + i * MANA_RX_INDIR_ENTRY_SIZE,
					       MANA_RX_INDIR_ENTRY_SIZE) < 0)
			return -EINVAL;
	}
	return (int)(n * MANA_RX_INDIR_ENTRY_SIZE);
}

static void done_cfg_rx(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_vport *v = rv(r);

	if (!err && (r->arg & 1))
		v->rx_configured = true;
	if (r->arg & 2) {
		/* An RSS change while up: no phase to advance. */
		v->rss_busy = false;
		v->pending--;
		if (err)
			vport_fail(v, err, "CONFIG_VPORT_RX (RSS)");
		return;
	}
	step_done(r, err);
}

static int build_fence(struct mana_req *r, struct mana_msg *m)
{
	m->u.fence_rq_req.wq_obj_handle = rv(r)->rx[r->arg].obj;
	rv(r)->rx[r->arg].fenced = false;
	return 0;
}

static void done_fence(struct mana_req *r, int err, const struct mana_msg *m)
{
	step_done(r, err);
}

static int build_destroy(struct mana_req *r, struct mana_msg *m)
{
	struct mana_vport *v = rv(r);
	uint32_t i = (uint32_t)(r->arg >> 1);
	bool is_sq = !(r->arg & 1);

	m->u.destroy_wq_obj_req.wq_type = is_sq ? MANA_WQ_TYPE_SQ : MANA_WQ_TYPE_RQ;
	m->u.destroy_wq_obj_req.wq_obj_handle = is_sq ? v->tx[i].obj : v->rx[i].obj;
	return 0;
}

static void done_destroy(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_vport *v = rv(r);
	uint32_t i = (uint32_t)(r->arg >> 1);

	if (!err) {
		if (!(r->arg & 1))
			v->tx[i].made = false;
		else
			v->rx[i].made = false;
	}
	step_done(r, err);
}

/* ------------------------------------------------------------------ */
/* Memory                                                               */

static int queues_alloc(struct mana_vport *v)
{
	struct mana_dev *d = v->d;
	int rc = 0;

	v->tx = calloc(v->nq, sizeof(*v->tx));
	v->rx = calloc(v->nq, sizeof(*v->rx));
	if (!v->tx || !v->rx)
		return -ENOMEM;
	for (uint32_t i = 0; i < v->nq && !rc; i++) {
		struct mana_txq *t = &v->tx[i];
		struct mana_rxq *x = &v->rx[i];

		t->v = x->v = v;
		t->idx = x->idx = i;
		x->buf_size = rt_align_up(v->o.mtu + 18, 64u);
		t->d = calloc(VP_TX_DESCS, sizeof(*t->d));
		if (!t->d)
			return -ENOMEM;
		if ((rc = mana_q_alloc(d, &t->sq, MANA_Q_SQ, VP_SQ_SIZE)) ||
		    (rc = mana_q_alloc(d, &t->cq, MANA_Q_CQ, VP_TXCQ_SIZE)) ||
		    (rc = mana_q_alloc(d, &x->rq, MANA_Q_RQ, VP_RQ_SIZE)) ||
		    (rc = mana_q_alloc(d, &x->cq, MANA_Q_CQ, VP_RXCQ_SIZE)) ||
		    (rc = pci_dma_alloc(d->pool, VP_BOUNCE, &t->bounce)) ||
		    (rc = pci_dma_alloc(d->pool, (size_t)x->buf_size * VP_RX_BUFS, &x->bufs)))
			break;
	}
	return rc;
}

static void queues_free(struct mana_vport *v)
{
	struct mana_dev *d = v->d;

	for (uint32_t i = 0; v->tx && i < v->nq; i++) {
		struct mana_txq *t = &v->tx[i];

		if (t->cq_reg)
			mana_dev_cq_unregister(d, t->cq.id);
		mana_q_free(d, &t->sq);
		mana_q_free(d, &t->cq);
		if (t->bounce.len)
			pci_dma_free(d->pool, &t->bounce);
		free(t->d);
	}
	for (uint32_t i = 0; v->rx && i < v->nq; i++) {
		struct mana_rxq *x = &v->rx[i];

		if (x->cq_reg)
			mana_dev_cq_unregister(d, x->cq.id);
		mana_q_free(d, &x->rq);
		mana_q_free(d, &x->cq);
		if (x->bufs.len)
			pci_dma_free(d->pool, &x->bufs);
	}
	free(v->tx);
	free(v->rx);
	v->tx = NULL;
	v->rx = NULL;
}

static int rx_post(struct mana_rxq *x, uint32_t buf)
{
	struct mana_vport *v = x->v;
	struct gdma_sge sge = {.address = x->bufs.iova + (uint64_t)buf * x->buf_size,
			       .mem_key = v->d->gpa_mkey,
			       .size = x->buf_size};
	uint8_t oob[GDMA_INLINE_OOB_SMALL] = {0};
	int rc = mana_wq_post(v->d, &x->rq, oob, sizeof(oob), &sge, 1, false, 0, 0);

	return rc < 0 ? rc : 0;
}

/* ------------------------------------------------------------------ */
/* Phases                                                               */

static void cancel_tx(struct mana_vport *v)
{
	for (uint32_t i = 0; v->tx && i < v->nq; i++) {
		struct mana_txq *t = &v->tx[i];

		while (t->d_count) {
			struct mana_txd *dd = &t->d[t->d_head];

			t->d_head = (t->d_head + 1) % VP_TX_DESCS;
			t->d_count--;
			if (!v->zombie)
				v->o.cb->tx_done(v->o.ctx, i, dd->cookie, -ECANCELED);
		}
	}
}

static void finish_close(struct mana_vport *v)
{
	rt_timer_stop(&v->timer);
	cancel_tx(v);
	queues_free(v);
	LIST_REMOVE(v, link);
	rt_log_info(&v->lo, "closed");
	set_vstate(v, MANA_VPORT_CLOSED);
	free(v);
}

static void fence_timeout(struct rt_timer *t)
{
	struct mana_vport *v = rt_container_of(t, struct mana_vport, timer);

	if (v->phase == PH_FENCE) {
		rt_log_warn(&v->lo, "fence CQEs not seen in time; destroying the queues anyway");
		v->pending = 0;
		phase_next(v);
	} else if (v->phase == PH_UP) {
		/* Deferred work: resumed RX queues. */
		for (uint32_t i = 0; i < v->nq; i++)
			if (!v->rx[i].paused && v->rx[i].held)
				rx_poll(&v->rx[i]);
	}
}

static bool fences_seen(const struct mana_vport *v)
{
	for (uint32_t i = 0; i < v->nq; i++)
		if (v->rx[i].made && !v->rx[i].fenced)
			return false;
	return true;
}

static void phase_next(struct mana_vport *v)
{
	int rc = 0;

	switch (v->phase) {
	case PH_QUERY:
		v->nq = rt_min(rt_min(v->o.queues, v->max_sq), v->max_rq);
		v->nq = rt_min(v->nq, mana_dev_queues(v->d));
		if (!v->nq || (rc = queues_alloc(v)))
			break;
		v->phase = PH_QUEUES;
		for (uint32_t i = 0; i < v->nq && !rc; i++) {
			if ((rc = vsubmit(v, MANA_CODE_CREATE_DMA_REGION, build_region, done_region,
					  i << 2 | 0, MANA_CREATE_DMA_REGION_RESP_SIZE)) ||
			    (rc = vsubmit(v, MANA_CODE_CREATE_DMA_REGION, build_region, done_region,
					  i << 2 | 1, MANA_CREATE_DMA_REGION_RESP_SIZE)) ||
			    (rc = vsubmit(v, MANA_CODE_CREATE_WQ_OBJ, build_wq_obj, done_wq_obj,
					  (uint64_t)i << 1 | 0, MANA_CREATE_WQ_OBJ_RESP_SIZE)) ||
			    (rc = vsubmit(v, MANA_CODE_CREATE_DMA_REGION, build_region, done_region,
					  i << 2 | 2, MANA_CREATE_DMA_REGION_RESP_SIZE)) ||
			    (rc = vsubmit(v, MANA_CODE_CREATE_DMA_REGION, build_region, done_region,
					  i << 2 | 3, MANA_CREATE_DMA_REGION_RESP_SIZE)))
				break;
			rc = vsubmit(v, MANA_CODE_CREATE_WQ_OBJ, build_wq_obj, done_wq_obj,
				     (uint64_t)i << 1 | 1, MANA_CREATE_WQ_OBJ_RESP_SIZE);
		}
		break;
	case PH_QUEUES:
		for (uint32_t i = 0; i < v->nq && !rc; i++) {
			struct mana_rxq *x = &v->rx[i];

			for (uint32_t b = 0; b < VP_RX_BUFS && !rc; b++)
				rc = rx_post(x, b);
			if (rc)
				break;
			mana_wq_ring(v->d, &x->rq);
			mana_cq_ring(v->d, &x->cq, true);
			mana_cq_ring(v->d, &v->tx[i].cq, true);
		}
		if (rc)
			break;
		v->phase = PH_RX;
		{
			struct mana_req *r = mana_req_new(MANA_CODE_CONFIG_VPORT_RX, true,
							  build_cfg_rx, done_cfg_rx, v);

			if (r) {
				r->extra = extra_table;
				r->arg = 1;
			}
			rc = mana_hwc_submit_counted(v->d, r, &v->pending);
		}
		break;
	case PH_RX:
		v->phase = PH_UP;
		rt_log_info(&v->lo,
			    "up: MAC %02x:%02x:%02x:%02x:%02x:%02x, %u queue pair(s), TX offset %u",
			    v->mac[0], v->mac[1], v->mac[2], v->mac[3], v->mac[4], v->mac[5], v->nq,
			    v->vp_offset);
		set_vstate(v, MANA_VPORT_UP);
		return;
	case PH_CLOSE_RX:
		v->phase = PH_FENCE;
		v->err = 0;
		for (uint32_t i = 0; i < v->nq && !rc; i++)
			if (v->rx[i].made)
				rc = vsubmit(v, MANA_CODE_FENCE_RQ, build_fence, done_fence, i,
					     MANA_GENERAL_RESP_SIZE);
		rt_timer_start(&v->timer, rt_min(v->d->opts.timeout, 2.0), 0);
		if (!rc && !v->pending)
			phase_next(v);
		return;
	case PH_FENCE:
		if (v->pending || (!fences_seen(v) && rt_timer_active(&v->timer)))
			return; /* the fence CQEs (or the deadline) move us on */
		rt_timer_stop(&v->timer);
		v->phase = PH_DESTROY;
		v->err = 0;
		for (uint32_t i = 0; i < v->nq; i++) {
			if (v->rx[i].made)
				(void)vsubmit(v, MANA_CODE_DESTROY_WQ_OBJ, build_destroy,
					      done_destroy, (uint64_t)i << 1 | 1,
					      MANA_GENERAL_RESP_SIZE);
			if (v->tx[i].made)
				(void)vsubmit(v, MANA_CODE_DESTROY_WQ_OBJ, build_destroy,
					      done_destroy, (uint64_t)i << 1,
					      MANA_GENERAL_RESP_SIZE);
		}
		if (!v->pending)
			phase_next(v);
		return;
	case PH_DESTROY:
		if (v->pending)
			return;
		for (uint32_t i = 0; i < v->nq; i++)
			if (v->rx[i].made || v->tx[i].made) {
				/* The device kept a queue: its memory waits for a reset. */
				make_zombie(v);
				return;
			}
		finish_close(v);
		return;
	default:
		return;
	}
	if (rc)
		vport_fail(v, rc, "bring-up");
}

/* ------------------------------------------------------------------ */
/* API                                                                  */

int mana_vport_open(struct mana_dev *d, const struct mana_vport_opts *o, struct mana_vport **out)
{
	struct mana_vport *v;
	int rc;

	if (!o || !o->cb || !o->cb->rx || !o->cb->tx_done || !o->queues || o->mtu < 68 ||
	    o->mtu > 9000)
		return -EINVAL;
	if (d->state != MANA_DEV_READY)
		return -ENOTCONN;
	if (o->index >= d->max_vports)
		return -ENODEV;
	v = calloc(1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	v->d = d;
	v->o = *o;
	v->state = MANA_VPORT_OPENING;
	memcpy(v->key, default_key, sizeof(v->key));
	v->table_len = 1;
	rt_log_obj_init(&v->lo, d->opts.log, "mana[%s] vport %u", d->name, o->index);
	rt_timer_init(&v->timer, d->loop, fence_timeout);
	LIST_INSERT_HEAD(&d->vports, v, link);
	v->phase = PH_QUERY;
	if ((rc = vsubmit(v, MANA_CODE_QUERY_VPORT_CONFIG, build_query, done_query, 0,
			  MANA_QUERY_VPORT_CONFIG_RESP_SIZE)) ||
	    (rc = vsubmit(v, MANA_CODE_CONFIG_VPORT_TX, build_cfg_tx, done_cfg_tx, 0,
			  MANA_CONFIG_VPORT_TX_RESP_SIZE))) {
		/* Nothing on the device yet (the query is harmless). */
		v->zombie = true;
		v->pending = 0;
		finish_close(v);
		return rc;
	}
	/* Default RSS: queue i % nq for every entry (ethtool_rxfh_indir_default). */
	for (uint32_t i = 0; i < RT_ARRAY_SIZE(v->table); i++)
		v->table[i] = i;
	v->table_len = RT_ARRAY_SIZE(v->table);
	*out = v;
	return 0;
}

/* The owner is done with it but the device cannot tear it down: wait for the reset. */
static void make_zombie(struct mana_vport *v)
{
	rt_timer_stop(&v->timer);
	v->phase = PH_NONE;
	set_vstate(v, MANA_VPORT_CLOSED);
	v->zombie = true;
	if (v->d->quiesced)
		mana_vport_free(v);
}

static void begin_close(struct mana_vport *v)
{
	struct mana_dev *d = v->d;
	bool any = false;

	for (uint32_t i = 0; i < v->nq && v->tx; i++)
		any |= v->tx[i].made || v->rx[i].made;
	v->err = 0;
	if (!any) {
		finish_close(v);
		return;
	}
	v->phase = PH_CLOSE_RX;
	if (v->rx_configured) {
		struct mana_req *r =
			mana_req_new(MANA_CODE_CONFIG_VPORT_RX, true, build_cfg_rx, done_cfg_rx, v);

		if (r)
			r->arg = 0; /* RX off */
		if (!mana_hwc_submit_counted(d, r, &v->pending))
			return;
	}
	phase_next(v);
}

void mana_vport_close(struct mana_vport *v)
{
	struct mana_dev *d;

	if (!v || v->zombie || v->close_wanted || v->phase >= PH_CLOSE_RX)
		return;
	d = v->d;
	cancel_tx(v);
	if (v->lost || d->state != MANA_DEV_READY || d->hwc.dead) {
		make_zombie(v);
		return;
	}
	v->close_wanted = true;
	set_vstate(v, MANA_VPORT_CLOSING);
	/* With requests in flight, the last reply starts the teardown (step_done). */
	if (!v->pending)
		begin_close(v);
}

void mana_vport_device_lost(struct mana_vport *v)
{
	if (v->lost)
		return;
	v->lost = true;
	v->pending = 0;
	if (v->zombie)
		return;
	if (v->close_wanted || v->phase >= PH_CLOSE_RX) {
		/* Closing already: the teardown cannot finish now. */
		make_zombie(v);
		return;
	}
	rt_timer_stop(&v->timer);
	vport_fail(v, -ENODEV, "device failed");
}

bool mana_vport_zombie(const struct mana_vport *v)
{
	return v->zombie;
}

void mana_vport_free(struct mana_vport *v)
{
	v->zombie = true; /* no callbacks from here on */
	rt_timer_stop(&v->timer);
	queues_free(v);
	LIST_REMOVE(v, link);
	free(v);
}

void mana_vport_close_polled(struct mana_vport *v, double timeout)
{
	struct mana_dev *d = v->d;

	for (uint32_t i = 0; i < v->nq && v->tx; i++) {
		for (int is_rq = 1; is_rq >= 0; is_rq--) {
			bool made = is_rq ? v->rx[i].made : v->tx[i].made;
			struct mana_req *r;

			if (!made || d->hwc.dead)
				continue;
			r = mana_req_new(MANA_CODE_DESTROY_WQ_OBJ, true, build_destroy,
					 done_destroy, v);
			if (!r)
				continue;
			r->arg = (uint64_t)i << 1 | (uint64_t)is_rq;
			r->resp_size = MANA_GENERAL_RESP_SIZE;
			v->pending++;
			(void)mana_hwc_call_polled(d, r, timeout);
		}
	}
	v->pending = 0;
	v->zombie = true; /* freed after the reset, without callbacks */
}

void mana_vport_mac(const struct mana_vport *v, uint8_t mac[6])
{
	memcpy(mac, v->mac, 6);
}

enum mana_vport_state mana_vport_state(const struct mana_vport *v)
{
	return v->state;
}

void mana_vport_get_stats(const struct mana_vport *v, struct mana_vport_stats *out)
{
	*out = v->st;
}

void mana_vport_link_event(struct mana_vport *v, bool up)
{
	if (!v->zombie && v->o.cb->link)
		v->o.cb->link(v->o.ctx, up);
}

int mana_vport_set_rss(struct mana_vport *v, const uint8_t *key, uint32_t key_len,
		       const uint32_t *table, uint32_t n)
{
	struct mana_req *r;

	if (key_len != MANA_HASH_KEY_SIZE || !n || n > RT_ARRAY_SIZE(v->table))
		return -EINVAL;
	for (uint32_t i = 0; i < n; i++)
		if (table[i] >= v->nq)
			return -EINVAL;
	if (v->state != MANA_VPORT_UP)
		return -ENOTCONN;
	if (v->rss_busy)
		return -EBUSY;
	memcpy(v->key, key, key_len);
	memcpy(v->table, table, n * sizeof(*table));
	v->table_len = n;
	r = mana_req_new(MANA_CODE_CONFIG_VPORT_RX, true, build_cfg_rx, done_cfg_rx, v);
	if (!r)
		return -ENOMEM;
	r->extra = extra_table;
	r->arg = 1 | 2;
	v->rss_busy = true;
	v->pending++;
	if (mana_hwc_submit(v->d, r)) {
		v->rss_busy = false;
		v->pending--;
		return -ENOTCONN;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* TX                                                                   */

int mana_vport_tx(struct mana_vport *v, uint32_t qi, const struct iovec *iov, uint32_t niov,
		  const struct mana_tx_req *req, void *cookie)
{
	struct mana_txq *t;
	struct mana_tx_oob oob = {0};
	uint8_t oobraw[MANA_TX_OOB_SIZE];
	struct gdma_sge sge[2];
	uint32_t total = 0, pos, skip = 0, oob_len, nsge = 1;
	bool lso = req && req->mss;
	int units;

	if (v->state != MANA_VPORT_UP)
		return -ENOTCONN;
	if (qi >= v->nq)
		return -EINVAL;
	t = &v->tx[qi];
	for (uint32_t i = 0; i < niov; i++)
		total += (uint32_t)iov[i].iov_len;
	if (total < 14 || (lso && (req->hdr_len < 14 || req->hdr_len >= total)))
		return -EINVAL;
	if (total > 65536 + 256 || total > VP_BOUNCE / 4)
		return -EMSGSIZE;
	if (t->d_count == VP_TX_DESCS || mana_wq_space(&t->sq) < GDMA_MAX_SQE_SIZE)
		return -EAGAIN;
	pos = t->b_head % VP_BOUNCE;
	if (pos + total > VP_BOUNCE)
		skip = VP_BOUNCE - pos; /* frames never wrap: the device sees one range */
	if (skip + total > VP_BOUNCE - (t->b_head - t->b_tail))
		return -EAGAIN;
	pos = (pos + skip) % VP_BOUNCE;
	for (uint32_t i = 0, off = pos; i < niov; i++) {
		memcpy((uint8_t *)t->bounce.va + off, iov[i].iov_base, iov[i].iov_len);
		off += (uint32_t)iov[i].iov_len;
	}

	oob.vcq_num = t->cq.id;
	oob.vsq_frame = (uint16_t)(t->sq.id >> 10 & 0x3fff);
	if (req) {
		oob.is_outer_ipv4 = req->ipv4;
		oob.is_outer_ipv6 = req->ipv6;
		oob.comp_iphdr_csum = req->csum_ip;
		oob.comp_tcp_csum = req->csum_tcp;
		oob.comp_udp_csum = req->csum_udp;
		oob.trans_off = req->l4_off & 0x3ff;
	}
	if ((req && req->vlan) || v->vp_offset > MANA_SHORT_VPORT_OFFSET_MAX) {
		oob.pkt_fmt = MANA_PKT_FMT_LONG;
		oob.long_vp_offset = v->vp_offset;
		if (req && req->vlan) {
			oob.inject_vlan_pri_tag = 1;
			oob.pcp = (uint8_t)(req->vlan_tci >> 13);
			oob.dei = (uint8_t)(req->vlan_tci >> 12 & 1);
			oob.vlan_id = req->vlan_tci & 0xfff;
		}
		oob_len = GDMA_INLINE_OOB_LARGE;
	} else {
		oob.short_vp_offset = (uint8_t)v->vp_offset;
		oob_len = GDMA_INLINE_OOB_SMALL;
	}
	if (mana_tx_oob_encode(&oob, oobraw, sizeof(oobraw)) < 0)
		return -EINVAL;
	sge[0] = (struct gdma_sge){
		.address = t->bounce.iova + pos, .mem_key = v->d->gpa_mkey, .size = total};
	if (lso) {
		/* MANA wants exactly the headers in SGE0 for LSO (mana_fix_skb_head). */
		sge[0].size = req->hdr_len;
		sge[1] = (struct gdma_sge){.address = t->bounce.iova + pos + req->hdr_len,
					   .mem_key = v->d->gpa_mkey,
					   .size = total - req->hdr_len};
		nsge = 2;
	}
	units = mana_wq_post(v->d, &t->sq, oobraw, oob_len, sge, nsge, lso, lso ? req->mss : 0,
			     lso ? (uint8_t)req->hdr_len : 0);
	if (units < 0)
		return units == -ENOSPC ? -EAGAIN : units;
	t->d[(t->d_head + t->d_count) % VP_TX_DESCS] = (struct mana_txd){
		.cookie = cookie, .units = (uint32_t)units, .bytes = skip + total};
	t->d_count++;
	t->b_head += skip + total;
	t->dirty = true;
	v->st.tx_frames++;
	v->st.tx_bytes += total;
	return 0;
}

void mana_vport_tx_flush(struct mana_vport *v)
{
	if (v->state != MANA_VPORT_UP)
		return;
	for (uint32_t i = 0; i < v->nq; i++)
		if (v->tx[i].dirty) {
			v->tx[i].dirty = false;
			mana_wq_ring(v->d, &v->tx[i].sq);
			v->st.tx_doorbells++;
		}
}

static void tx_cq_fn(void *ctx)
{
	struct mana_txq *t = ctx;
	struct mana_vport *v = t->v;
	struct gdma_cqe c;
	int rc, n = 0;

	while (n < VP_TX_DESCS && (rc = mana_cq_next(v->d, &t->cq, &c)) != 0) {
		struct mana_tx_comp_oob oob;
		struct mana_txd dd;
		int status = 0;

		if (rc < 0) {
			v->st.bad_cqes++;
			vport_fail(v, rc, "TX CQ overflow or malformed CQE");
			return;
		}
		n++;
		if (!c.is_sq || c.wq_num != t->sq.id || !t->d_count) {
			/* Not ours, or nothing to complete: which frame it meant is unknowable. */
			v->st.bad_cqes++;
			rt_log_rl(&v->lo, RT_LOG_WARN, "TX CQE for %s %u refused (%u pending)",
				  c.is_sq ? "SQ" : "RQ", c.wq_num, t->d_count);
			vport_fail(v, -EPROTO, "TX completion for no frame of ours");
			return;
		}
		if (mana_tx_comp_oob_decode(c.data, sizeof(c.data), NULL, &oob) != PV_OK ||
		    oob.tx_client_type != 1) {
			v->st.bad_cqes++;
			status = -EIO;
		} else if (oob.tx_cqe_type != MANA_CQE_TYPE_TX_OKAY) {
			/* Linux: "TX: CQE error", and still frees the frame (mana_poll_tx_cq). */
			rt_log_rl(&v->lo, RT_LOG_WARN, "TX CQE %s (%u)",
				  mana_cqe_type_name(oob.tx_cqe_type), oob.tx_cqe_type);
			status = -EIO;
		}
		if (status)
			v->st.tx_errors++;
		dd = t->d[t->d_head];
		t->d_head = (t->d_head + 1) % VP_TX_DESCS;
		t->d_count--;
		t->sq.tail += dd.units;
		t->b_tail += dd.bytes;
		v->o.cb->tx_done(v->o.ctx, t->idx, dd.cookie, status);
		if (v->state == MANA_VPORT_FAILED || v->zombie)
			return;
	}
	mana_cq_ring(v->d, &t->cq, true);
}

/* ------------------------------------------------------------------ */
/* RX                                                                   */

static void rx_info(const struct mana_rx_comp_oob *o, struct mana_rx_info *i)
{
	memset(i, 0, sizeof(*i));
	i->ip_csum_ok = o->rx_iphdr_csum_succeed;
	i->ip_csum_bad = o->rx_iphdr_csum_fail;
	i->tcp_csum_ok = o->rx_tcp_csum_succeed;
	i->tcp_csum_bad = o->rx_tcp_csum_fail;
	i->udp_csum_ok = o->rx_udp_csum_succeed;
	i->udp_csum_bad = o->rx_udp_csum_fail;
	i->vlan = o->rx_vlantag_present;
	i->vlan_tci = o->rx_vlan_id;
	i->hash_type = o->rx_hashtype;
	i->hash = o->pkt_hash;
}

/* A data completion for buffer x->next: deliver, then repost. 0 or -ENOSPC. */
static int rx_deliver(struct mana_rxq *x, const struct mana_rx_comp_oob *o)
{
	struct mana_vport *v = x->v;
	struct mana_rx_info info;
	uint32_t b = x->next;

	if (o->cqe_type == MANA_CQE_TYPE_RX_OKAY && o->pkt_len && o->pkt_len <= x->buf_size) {
		int rc;

		rx_info(o, &info);
		rc = v->o.cb->rx(v->o.ctx, x->idx,
				 (const uint8_t *)x->bufs.va + (size_t)b * x->buf_size, o->pkt_len,
				 &info);
		if (rc == -ENOSPC) {
			x->held = true;
			x->held_oob = *o;
			x->paused = true;
			return -ENOSPC;
		}
		if (!rc) {
			v->st.rx_frames++;
			v->st.rx_bytes += o->pkt_len;
		}
	} else {
		/* Truncated, or a length that cannot be ours: the buffer is dropped and reused. */
		v->st.rx_errors++;
		rt_log_rl(&v->lo, RT_LOG_WARN, "RX %s of %u bytes dropped",
			  mana_cqe_type_name(o->cqe_type), o->pkt_len);
	}
	x->held = false;
	x->rq.tail++; /* every RX WQE is one unit */
	x->next = (x->next + 1) % VP_RX_BUFS;
	return rx_post(x, b);
}

static void rx_poll(struct mana_rxq *x)
{
	struct mana_vport *v = x->v;
	bool posted = false;
	struct gdma_cqe c;
	int rc, n = 0;

	if (v->zombie || v->state == MANA_VPORT_FAILED)
		return;
	if (x->held) {
		struct mana_rx_comp_oob o = x->held_oob;

		x->paused = false;
		rc = rx_deliver(x, &o);
		if (rc == -ENOSPC)
			return;
		posted = true;
	}
	while (!x->paused && n < VP_RX_BUFS && (rc = mana_cq_next(v->d, &x->cq, &c)) != 0) {
		struct mana_rx_comp_oob o;

		if (rc < 0) {
			v->st.bad_cqes++;
			vport_fail(v, rc, "RX CQ overflow or malformed CQE");
			return;
		}
		n++;
		if (c.is_sq || c.wq_num != x->rq.id ||
		    mana_rx_comp_oob_decode(c.data, sizeof(c.data), NULL, &o) != PV_OK ||
		    o.client_type != 1) {
			/*
			 * Had it used a buffer we could not tell, and the buffers
			 * would no longer match the completions: the queue is lost.
			 */
			v->st.bad_cqes++;
			rt_log_rl(&v->lo, RT_LOG_WARN, "RX CQE for %s %u refused",
				  c.is_sq ? "SQ" : "RQ", c.wq_num);
			vport_fail(v, -EPROTO, "malformed RX completion");
			return;
		}
		if (o.cqe_type == MANA_CQE_TYPE_RX_OBJECT_FENCE) {
			x->fenced = true;
			if (v->phase == PH_FENCE && fences_seen(v))
				phase_next(v);
			if (v->zombie || v->state == MANA_VPORT_CLOSED)
				return;
			continue;
		}
		if (o.cqe_type != MANA_CQE_TYPE_RX_OKAY &&
		    o.cqe_type != MANA_CQE_TYPE_RX_TRUNCATED) {
			/* Coalesced (we never enable it) or unknown: as above. */
			v->st.bad_cqes++;
			rt_log_rl(&v->lo, RT_LOG_WARN, "RX CQE type %u refused", o.cqe_type);
			vport_fail(v, -EPROTO, "RX completion of an unknown type");
			return;
		}
		rc = rx_deliver(x, &o);
		if (rc == -ENOSPC)
			break;
		if (rc) {
			vport_fail(v, rc, "RX repost");
			return;
		}
		posted = true;
		if (v->zombie || v->state == MANA_VPORT_FAILED)
			return;
	}
	if (posted) {
		mana_wq_ring(v->d, &x->rq);
		v->st.rx_doorbells++;
	}
	if (!x->paused)
		mana_cq_ring(v->d, &x->cq, true);
}

static void rx_cq_fn(void *ctx)
{
	rx_poll(ctx);
}

void mana_vport_rx_resume(struct mana_vport *v, uint32_t q)
{
	if (q >= v->nq || !v->rx || !v->rx[q].paused)
		return;
	v->rx[q].paused = false;
	/* Redelivered from a later loop callback, never inside this call. */
	if (v->phase == PH_UP && !rt_timer_active(&v->timer))
		rt_timer_start(&v->timer, 0, 0);
}
