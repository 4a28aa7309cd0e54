/*
 * netvsp device: the offer, channel callbacks, NVSP control, the send
 * backlog and the worker hand-offs (see netvsp.h, netvsp_priv.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/netvsp/netvsp_priv.h"
#include "runtime/config.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan_gpadl.h"
#include "runtime/vmbus/vmbus_server.h"

void netvsp_session_flags_locked(struct netvsp *d)
{
	atomic_store_explicit(&d->nvsp_ready, d->nvsp.cs == NVSP_INIT_ST_READY,
			      memory_order_release);
}

void netvsp_bad(struct netvsp *d, const char *what)
{
	netvsp_count(d, bad_messages);
	rt_log_rl(&d->log, RT_LOG_WARN, "rejected: %s", what);
}

void netvsp_trace_rndis(struct netvsp_chan *nc, uint8_t dir, uint64_t trans_id, const void *msg,
			uint32_t len)
{
	struct iovec iov = {(void *)msg, len};

	/* The trace's snap length cuts long frames (flag TRUNCATED). */
	if (nc->ch)
		rt_trace_record(nc->dev->trace, PVTRACE_PROTO_RNDIS, dir, vmbus_chan_relid(nc->ch),
				trans_id, &iov, 1);
}

/* ---- sends and the backlog ---- */

static int chan_send(struct netvsp_chan *nc, uint16_t type, uint16_t flags, uint64_t trans_id,
		     const void *ext, uint32_t ext_len, const void *data, uint32_t len)
{
	if (!nc->ch)
		return -EPIPE;
	if (type == VMRING_PKT_COMP && !ext_len)
		return vmbus_chan_complete(nc->ch, trans_id, data, len);
	return vmbus_chan_send_ext(nc->ch, type, flags, trans_id, ext, ext_len, data, len);
}

int netvsp_send_locked(struct netvsp_chan *nc, uint16_t type, uint16_t flags, uint64_t trans_id,
		       const void *ext, uint32_t ext_len, const void *data, uint32_t len,
		       bool may_queue)
{
	struct netvsp_backlog *b;
	int rc = -EAGAIN;

	if (!nc->ch)
		return -EPIPE;
	if (!nc->bl_head)
		rc = chan_send(nc, type, flags, trans_id, ext, ext_len, data, len);
	if (rc != -EAGAIN || !may_queue)
		return rc;
	if (ext_len > sizeof(b->ext) || len > sizeof(b->data))
		return -EMSGSIZE;
	b = calloc(1, sizeof(*b));
	if (!b)
		return -ENOMEM;
	/* Owed to the guest: counted past the limit, which then stops on_packet reading. */
	rt_budget_add(&nc->budget, sizeof(*b));
	b->type = type;
	b->flags = flags;
	b->trans_id = trans_id;
	b->ext_len = ext_len;
	b->len = len;
	if (ext_len)
		memcpy(b->ext, ext, ext_len);
	if (len)
		memcpy(b->data, data, len);
	*nc->bl_tail = b;
	nc->bl_tail = &b->next;
	atomic_fetch_add_explicit(&nc->bl_count, 1, memory_order_relaxed);
	return 0;
}

void netvsp_backlog_flush_locked(struct netvsp_chan *nc)
{
	struct netvsp_backlog *b;

	while ((b = nc->bl_head)) {
		int rc = chan_send(nc, b->type, b->flags, b->trans_id, b->ext, b->ext_len, b->data,
				   b->len);
		if (rc == -EAGAIN)
			return;
		nc->bl_head = b->next;
		if (!nc->bl_head)
			nc->bl_tail = &nc->bl_head;
		atomic_fetch_sub_explicit(&nc->bl_count, 1, memory_order_relaxed);
		rt_budget_release(&nc->budget, sizeof(*b));
		free(b);
		netvsp_tx_unblock_locked(nc->dev);
	}
}

static void backlog_drop_locked(struct netvsp_chan *nc)
{
	struct netvsp_backlog *b;

	while ((b = nc->bl_head)) {
		nc->bl_head = b->next;
		rt_budget_release(&nc->budget, sizeof(*b));
		free(b);
	}
	nc->bl_tail = &nc->bl_head;
	atomic_store_explicit(&nc->bl_count, 0, memory_order_relaxed);
}

/* An NVSP completion, always the full 40 bytes: Linux rejects shorter ones. */
static void nvsp_complete_locked(struct netvsp_chan *nc, uint64_t trans_id,
				 const struct nvsp_msg *m)
{
	uint8_t buf[NVSP_MSG_SIZE] = {0};
	int n = nvsp_msg_encode(m, NULL, buf, sizeof(buf));

	if (n < 0) {
		rt_log_rl(&nc->dev->log, RT_LOG_ERROR, "encoding %s: %s",
			  nvsp_msg_type_name(m->type), pv_codec_err_name(-n));
		return;
	}
	netvsp_send_locked(nc, VMRING_PKT_COMP, 0, trans_id, NULL, 0, buf, sizeof(buf), true);
}

/* ---- worker hand-offs ---- */

static void sync_done(struct netvsp *d, int rc)
{
	pthread_mutex_lock(&d->sync_lock);
	d->sync_rc = rc;
	d->sync_done = true;
	pthread_cond_broadcast(&d->sync_cond);
	pthread_mutex_unlock(&d->sync_lock);
}

int netvsp_worker_sync(struct netvsp *d, struct rt_work *wk, rt_work_fn fn)
{
	int rc;

	pthread_mutex_lock(&d->sync_lock);
	d->sync_done = false;
	pthread_mutex_unlock(&d->sync_lock);
	rc = rt_worker_call(&d->worker, wk, fn);
	if (rc)
		return rc;
	pthread_mutex_lock(&d->sync_lock);
	while (!d->sync_done)
		pthread_cond_wait(&d->sync_cond, &d->sync_lock);
	rc = d->sync_rc;
	pthread_mutex_unlock(&d->sync_lock);
	return rc;
}

static void ep_link_change(void *ctx, bool up)
{
	netvsp_set_link(ctx, up);
}

static const struct net_endpoint_cb ep_cb = {
	.rx = netvsp_ep_rx,
	.tx_done = netvsp_ep_tx_done,
	.link_change = ep_link_change,
	.rx_gso = true, /* coalesced (RSC) or segmented here: netvsp_rx.c */
};

static void start_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, start_work);
	struct net_endpoint_env env = {.log = d->log.log, .trace = d->trace, .name = d->name};
	int rc;

	if (d->opts.ep_kind)
		rc = d->opts.ep_kind->open(d->opts.ep_cfg, d->opts.endpoint_arg, d->worker.loop,
					   &env, &d->ep);
	else if (d->opts.ep_nfds)
		rc = net_endpoint_adopt(d->opts.endpoint, d->opts.endpoint_arg, d->worker.loop,
					d->opts.ep_fds, d->opts.ep_nfds, &d->ep);
	else
		rc = net_endpoint_open(d->opts.endpoint, d->opts.endpoint_arg, d->worker.loop,
				       &d->ep);
	/* A restore starts the endpoint once the session is back (netvsp_restore). */
	if (!rc && !d->opts.restoring) {
		rc = net_endpoint_start(d->ep, &ep_cb, d);
		if (rc) {
			net_endpoint_close(d->ep);
			d->ep = NULL;
		}
	}
	sync_done(d, rc);
}

void netvsp_ep_start_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, start_work);

	sync_done(d, d->ep ? net_endpoint_start(d->ep, &ep_cb, d) : -ENODEV);
}

void netvsp_sync_done(struct netvsp *d, int rc)
{
	sync_done(d, rc);
}

static void stop_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, stop_work);

	netvsp_rx_flush_stop(d);
	if (d->ep)
		net_endpoint_close(d->ep);
	d->ep = NULL;
	sync_done(d, 0);
}

static void stats_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, stats_work);
	const struct net_stats *s = d->ep ? net_endpoint_stats(d->ep, d->stats_q) : NULL;

	if (s)
		d->stats_out = *s;
	sync_done(d, s ? 0 : -EINVAL);
}

static void ep_call_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, stats_work);

	if (d->ep)
		d->ep_call(d->ep, d->ep_call_ctx);
	sync_done(d, d->ep ? 0 : -ENODEV);
}

int netvsp_endpoint_call(struct netvsp *d, void (*fn)(struct net_endpoint *ep, void *ctx),
			 void *ctx)
{
	d->ep_call = fn;
	d->ep_call_ctx = ctx;
	return netvsp_worker_sync(d, &d->stats_work, ep_call_fn);
}

int netvsp_endpoint_stats(struct netvsp *d, uint32_t q, struct net_stats *out)
{
	int rc;

	d->stats_q = q;
	rc = netvsp_worker_sync(d, &d->stats_work, stats_fn);
	if (!rc)
		*out = d->stats_out;
	return rc;
}

/* ---- NVSP control ---- */

/*
 * What a handler and the init machine's actions work on. Each guest message
 * feeds the event the spec maps it to (nvsp_msg_event); the actions do the
 * work and fill `reply`; the reply's own event (INIT_OK / _FAIL ...) is fed
 * before it goes out. Under d->lock.
 */
struct nvsp_step {
	struct netvsp_chan *nc;
	const struct nvsp_msg *m;
	uint64_t tid;
	bool want; /* the guest asked for a completion */
	struct nvsp_msg reply;
	const char *refused; /* why an action refused the message */
};

static bool version_ok(struct netvsp *d, uint32_t v)
{
	uint32_t max = d->opts.max_nvsp_version ? d->opts.max_nvsp_version : UINT32_MAX;

	return nvsp_version_name(v) && v <= max;
}

/* INIT @on_init: the newest version the spec lists inside [min, max] (Linux sends min == max). */
static int act_init(void *ctx)
{
	struct nvsp_step *st = ctx;
	const struct nvsp_init *in = &st->m->u.init;
	struct nvsp_init_complete *c = &st->reply.u.init_complete;
	uint32_t pick = 0;

	for (size_t i = NVSP_VERSION_COUNT; i-- > 0;) {
		uint32_t v = nvsp_versions[i];
		if (v >= in->min_protocol_ver && v <= in->max_protocol_ver &&
		    version_ok(st->nc->dev, v)) {
			pick = v;
			break;
		}
	}
	st->nc->dev->nvsp_version = pick;
	c->negotiated_protocol_ver = pick ? pick : NVSP_INVALID_PROTOCOL_VERSION;
	c->status = pick ? NVSP_STATUS_SUCCESS : NVSP_STATUS_FAIL;
	return 0;
}

static int act_ndis_config(void *ctx)
{
	struct nvsp_step *st = ctx;
	const struct nvsp_send_ndis_config *in = &st->m->u.send_ndis_config;
	struct netvsp *d = st->nc->dev;

	/* The MTU includes the 14-byte Ethernet header (Linux: mtu + ETH_HLEN). */
	if (in->mtu < NETVSP_MIN_MTU + NETVSP_ETH_HLEN || in->mtu > NETVSP_MAX_FRAME) {
		st->refused = "NDIS_CONFIG MTU out of range";
		return -EINVAL;
	}
	d->guest_mtu = in->mtu - NETVSP_ETH_HLEN;
	d->ndis_caps = in->capability;
	return 0;
}

static int act_ndis_version(void *ctx)
{
	struct nvsp_step *st = ctx;
	const struct nvsp_send_ndis_ver *in = &st->m->u.send_ndis_ver;

	if (in->ndis_major_ver != NETVSP_NDIS_MAJOR) {
		st->refused = "NDIS version refused";
		return -EINVAL;
	}
	st->nc->dev->ndis_version = in->ndis_major_ver << 16 | (in->ndis_minor_ver & 0xffff);
	return 0;
}

static int act_recv_buf(void *ctx)
{
	struct nvsp_step *st = ctx;
	const struct nvsp_send_recv_buf *in = &st->m->u.send_recv_buf;
	struct nvsp_send_recv_buf_complete *c = &st->reply.u.send_recv_buf_complete;
	struct netvsp *d = st->nc->dev;
	int rc = in->id == NVSP_RECV_BUF_ID
			 ? netvsp_recvbuf_setup_locked(d, st->nc, in->gpadl_handle)
			 : -EINVAL;

	if (rc) {
		rt_log_rl(&d->log, RT_LOG_WARN, "receive buffer gpadl %#x id %#x: %s",
			  in->gpadl_handle, in->id, strerror(-rc));
		netvsp_count(d, bad_messages);
		c->status = NVSP_STATUS_FAIL;
		return 0;
	}
	c->status = NVSP_STATUS_SUCCESS;
	c->num_sections = 1;
	c->section.offset = 0;
	c->section.sub_alloc_size = d->sub_alloc;
	c->section.num_sub_allocs = d->nslots;
	c->section.end_offset = d->sub_alloc * d->nslots;
	return 0;
}

void netvsp_send_buf_release_locked(struct netvsp *d)
{
	if (d->send_gp)
		vmbus_chan_gpadl_release(d->send_owner->ch, d->send_gp);
	d->send_gp = NULL;
	d->send_owner = NULL;
	d->send_sections = 0;
}

static int act_send_buf(void *ctx)
{
	struct nvsp_step *st = ctx;
	const struct nvsp_send_send_buf *in = &st->m->u.send_send_buf;
	struct nvsp_send_send_buf_complete *c = &st->reply.u.send_send_buf_complete;
	struct netvsp_chan *nc = st->nc;
	struct netvsp *d = nc->dev;
	const struct rt_gpadl *gp = NULL;
	int rc = vmbus_chan_gpadl_acquire(nc->ch, in->gpadl_handle, &gp);

	if (!rc && gp->total_len < NETVSP_SEND_SECTION) {
		vmbus_chan_gpadl_release(nc->ch, gp);
		rc = -EINVAL;
	}
	if (rc) {
		rt_log_rl(&d->log, RT_LOG_WARN, "send buffer gpadl %#x: %s", in->gpadl_handle,
			  strerror(-rc));
		netvsp_count(d, bad_messages);
		c->status = NVSP_STATUS_FAIL;
		return 0;
	}
	netvsp_send_buf_release_locked(d);
	d->send_gp = gp;
	d->send_owner = nc;
	d->send_sections = (uint32_t)rt_min(gp->total_len / NETVSP_SEND_SECTION, UINT32_MAX);
	c->status = NVSP_STATUS_SUCCESS;
	c->section_size = NETVSP_SEND_SECTION;
	return 0;
}

static int act_revoke_send(void *ctx)
{
	netvsp_send_buf_release_locked(((struct nvsp_step *)ctx)->nc->dev);
	return 0;
}

static int act_revoke_recv(void *ctx)
{
	struct nvsp_step *st = ctx;

	if (st->m->u.revoke_recv_buf.id != NVSP_RECV_BUF_ID) {
		st->refused = "REVOKE_RECV_BUF of another buffer";
		return -EINVAL;
	}
	netvsp_recvbuf_release_locked(st->nc->dev);
	return 0;
}

/* The session can carry data: a VF association is due if the guest has one. */
static int act_ready(void *ctx)
{
	struct nvsp_step *st = ctx;
	struct netvsp *d = st->nc->dev;

	if (d->opts.vf && d->nvsp_version >= NVSP_VERSION_V4)
		atomic_store(&d->vf_assoc_due, true);
	return 0;
}

/*
 * Sends the due SEND_VF_ASSOCIATION on the primary channel, inband with no
 * completion asked (Linux's netvsc_receive_inband takes it at any time after
 * the channel opened, and completes vf_add for a VF waiting on it). [L]
 */
static void vf_assoc_send_locked(struct netvsp *d)
{
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_VF_ASSOCIATION};
	uint8_t buf[NVSP_MSG_SIZE] = {0};
	int n;

	if (!atomic_exchange(&d->vf_assoc_due, false))
		return;
	m.u.send_vf_association.allocated = 1;
	m.u.send_vf_association.serial = d->opts.vf_serial;
	n = nvsp_msg_encode(&m, NULL, buf, sizeof(buf));
	if (n < 0 || netvsp_send_locked(&d->chans[0], VMRING_PKT_DATA_INBAND, 0, 0, NULL, 0, buf,
					sizeof(buf), true)) {
		rt_log_rl(&d->log, RT_LOG_ERROR, "SEND_VF_ASSOCIATION (serial %u) not sent",
			  d->opts.vf_serial);
		return;
	}
	d->vf_assoc_sent++;
	rt_log_info(&d->log, "VF association sent: serial %u", d->opts.vf_serial);
}

static const struct nvsp_init_actions nvsp_actions = {
	.on_init = act_init,
	.on_ready = act_ready,
	.on_ndis_config = act_ndis_config,
	.on_ndis_version = act_ndis_version,
	.on_recv_buf = act_recv_buf,
	.on_send_buf = act_send_buf,
	.on_revoke_send = act_revoke_send,
	.on_revoke_recv = act_revoke_recv,
};

/* Feeds the init machine the event the spec maps m to in direction dir (0: none). */
static int nvsp_feed(struct nvsp_step *st, const struct nvsp_msg *m, uint8_t dir)
{
	struct netvsp *d = st->nc->dev;
	int ev = nvsp_msg_event(m, dir), rc;

	if (!ev)
		return 0;
	rc = nvsp_init_fsm_feed(&d->nvsp, (enum nvsp_init_event)ev, &nvsp_actions, st);
	netvsp_session_flags_locked(d);
	return rc;
}

/*
 * The common shape of the setup messages: the request's event (its action
 * fills the reply), then the reply's event, then the reply; out of order or
 * refused: a failure reply where the guest waits for one.
 */
static int setup_step(struct nvsp_step *st, uint32_t reply_type, uint32_t *status)
{
	struct netvsp *d = st->nc->dev;
	char what[64];

	st->reply.type = reply_type;
	if (nvsp_feed(st, st->m, PV_DIR_TO_HOST)) {
		snprintf(what, sizeof(what), "%s out of order", nvsp_msg_type_name(st->m->type));
		netvsp_bad(d, st->refused ? st->refused : what);
		if (status)
			*status = NVSP_STATUS_FAIL;
	} else if (reply_type) {
		nvsp_feed(st, &st->reply, PV_DIR_TO_GUEST);
	}
	if (reply_type)
		nvsp_complete_locked(st->nc, st->tid, &st->reply);
	return 0;
}

static int h_init(void *ctx, const struct nvsp_msg *m)
{
	struct nvsp_step *st = ctx;
	struct nvsp_init_complete *c = &st->reply.u.init_complete;

	(void)m;
	c->negotiated_protocol_ver = NVSP_INVALID_PROTOCOL_VERSION;
	c->max_mdl_chain_len = NETVSP_MAX_MDL_CHAIN;
	return setup_step(st, NVSP_MSG_TYPE_INIT_COMPLETE, &c->status);
}

static int h_recv_buf(void *ctx, const struct nvsp_msg *m)
{
	struct nvsp_step *st = ctx;

	(void)m;
	return setup_step(st, NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE,
			  &st->reply.u.send_recv_buf_complete.status);
}

static int h_send_buf(void *ctx, const struct nvsp_msg *m)
{
	struct nvsp_step *st = ctx;

	(void)m;
	return setup_step(st, NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE,
			  &st->reply.u.send_send_buf_complete.status);
}

/* NDIS_CONFIG, NDIS_VER, REVOKE_*: the guest waits for nothing. */
static int h_setup(void *ctx, const struct nvsp_msg *m)
{
	(void)m;
	return setup_step(ctx, 0, NULL);
}

static void send_indirection_table_locked(struct netvsp *d)
{
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_INDIRECTION_TABLE};
	uint8_t buf[NVSP_SEND_INDIRECTION_TABLE_SIZE];
	int n;

	m.u.send_indirection_table.count = NVSP_SEND_TABLE_ENTRIES;
	m.u.send_indirection_table.table_offset = NVSP_SEND_TABLE_OFFSET;
	for (uint32_t i = 0; i < NVSP_SEND_TABLE_ENTRIES; i++)
		m.u.send_indirection_table.table[i] = i % (d->subchannels + 1);
	n = nvsp_msg_encode(&m, NULL, buf, sizeof(buf));
	if (n > 0)
		netvsp_send_locked(&d->chans[0], VMRING_PKT_DATA_INBAND, 0, 0, NULL, 0, buf,
				   (uint32_t)n, true);
}

static int h_subchannel(void *ctx, const struct nvsp_msg *m)
{
	struct nvsp_step *st = ctx;
	struct netvsp_chan *nc = st->nc;
	struct netvsp *d = nc->dev;
	const struct nvsp_subchannel_request *in = &m->u.subchannel;
	uint8_t buf[NVSP_MSG_SIZE] = {0};
	struct nvsp_subchannel_complete c = {.msg_type = NVSP_MSG_TYPE_SUBCHANNEL};
	uint32_t n = 0;

	if (nvsp_feed(st, m, PV_DIR_TO_HOST) || in->op != NVSP_SUBCHANNEL_OP_ALLOCATE ||
	    d->subchannels) {
		netvsp_bad(d, "SUBCHANNEL request refused");
		c.status = NVSP_STATUS_FAIL;
	} else {
		n = rt_min(in->num_subchannels, d->nqueues - 1);
		n = rt_min(n, (uint32_t)NETVSP_MAX_CHANNELS - 1);
		if (n && vmbus_chan_offer_subchannels(nc->ch, (uint16_t)n))
			n = 0;
		d->subchannels = n;
		c.status = n ? NVSP_STATUS_SUCCESS : NVSP_STATUS_FAIL;
	}
	c.num_subchannels = n;
	/* The completion's layout differs from the request's: its own struct. */
	if (nvsp_subchannel_complete_encode(&c, buf, sizeof(buf)) > 0)
		netvsp_send_locked(nc, VMRING_PKT_COMP, 0, st->tid, NULL, 0, buf, sizeof(buf),
				   true);
	if (n)
		send_indirection_table_locked(d);
	return 0;
}

/*
 * The guest moves its data path to its VF or back. netvsp records it (the
 * endpoint keeps carrying whatever reaches the synthetic path) and
 * completes the request with no payload: Linux's netvsc_send_completion
 * (5.11+, 6.1) recognises the completion of SWITCH_DATA_PATH only as a
 * completion without data, matched by its transaction id, and waits for it
 * without a time limit (netvsc_switch_datapath); a completion carrying a
 * message is "Unknown send completion type" there and the guest hangs.
 */
static int h_switch_data_path(void *ctx, const struct nvsp_msg *m)
{
	struct nvsp_step *st = ctx;
	struct netvsp *d = st->nc->dev;
	bool vf = m->u.switch_data_path.active_datapath == NVSP_DATAPATH_VF;

	if (nvsp_feed(st, m, PV_DIR_TO_HOST)) {
		netvsp_bad(d, "SWITCH_DATA_PATH out of order");
	} else if (vf && !d->opts.vf) {
		netvsp_bad(d, "SWITCH_DATA_PATH to a VF the guest was not given");
	} else if (vf != d->datapath_vf) {
		d->datapath_vf = vf;
		rt_log_info(&d->log, "guest switched its data path to the %s",
			    vf ? "VF" : "synthetic NIC");
	}
	if (st->want)
		netvsp_send_locked(st->nc, VMRING_PKT_COMP, 0, st->tid, NULL, 0, NULL, 0, true);
	return 0;
}

/* What netvsp serves of what a guest may send (spec/nvsp.yaml); data goes to netvsp_tx. */
static const struct nvsp_msg_handlers nvsp_handlers = {
	.init = h_init,
	.send_ndis_config = h_setup,
	.send_ndis_ver = h_setup,
	.send_recv_buf = h_recv_buf,
	.send_send_buf = h_send_buf,
	.revoke_recv_buf = h_setup,
	.revoke_send_buf = h_setup,
	.subchannel = h_subchannel,
	.switch_data_path = h_switch_data_path,
};

static void handle_nvsp(struct netvsp_chan *nc, const struct vmbus_pkt *pkt)
{
	struct netvsp *d = nc->dev;
	struct pv_codec_ctx ctx = {.dir = PV_DIR_TO_HOST};
	struct nvsp_msg m;
	struct nvsp_step st = {.nc = nc, .m = &m, .tid = pkt->trans_id};
	enum pv_codec_err err;
	uint32_t len = rt_min(pkt->len, (uint32_t)NVSP_MSG_SIZE);

	st.want = pkt->flags & VMRING_PKT_FLAGS_COMPLETION_REQUESTED;
	pthread_mutex_lock(&d->lock);
	ctx.version = d->nvsp_version;
	err = nvsp_msg_decode(pkt->data, len, &ctx, &m);
	if (err != PV_OK) {
		char what[80];
		snprintf(what, sizeof(what), "NVSP %s (%u bytes): %s", nvsp_msg_type_name(m.type),
			 pkt->len, pv_codec_err_name(err));
		netvsp_bad(d, what);
		/* A failed send still owes its completion, or the guest leaks the id. */
		if (st.want && m.type == NVSP_MSG_TYPE_SEND_RNDIS_PKT) {
			struct nvsp_msg r = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE};
			r.u.send_rndis_pkt_complete.status = NVSP_STATUS_FAIL;
			nvsp_complete_locked(nc, pkt->trans_id, &r);
		}
		pthread_mutex_unlock(&d->lock);
		return;
	}
	if (m.type == NVSP_MSG_TYPE_SEND_RNDIS_PKT) {
		/* The data path takes its own locks. */
		pthread_mutex_unlock(&d->lock);
		netvsp_tx_handle(nc, pkt, &m.u.send_rndis_pkt);
		/* A session made ready by its first RNDIS message (no send buffer). */
		if (atomic_load_explicit(&d->vf_assoc_due, memory_order_relaxed)) {
			pthread_mutex_lock(&d->lock);
			vf_assoc_send_locked(d);
			pthread_mutex_unlock(&d->lock);
		}
		return;
	}
	if (nc->index != 0)
		netvsp_bad(d, "control message on a subchannel");
	else if (nvsp_msg_dispatch(&nvsp_handlers, &st, &m) == -EOPNOTSUPP)
		netvsp_bad(d, nvsp_msg_type_name(m.type));
	vf_assoc_send_locked(d);
	pthread_mutex_unlock(&d->lock);
}

/* ---- channel callbacks ---- */

static void reset_protocol_locked(struct netvsp *d)
{
	/* The channel closed: the session starts over (RESET is legal everywhere). */
	nvsp_init_fsm_init(&d->nvsp);
	netvsp_session_flags_locked(d);
	netvsp_rndis_reset_locked(d);
	netvsp_recvbuf_release_locked(d);
	netvsp_send_buf_release_locked(d);
	d->nvsp_version = 0;
	d->ndis_version = 0;
	d->subchannels = 0;
	atomic_store(&d->vf_assoc_due, false);
	d->datapath_vf = false;
	d->guest_mtu = 0;
	memset(&d->rss, 0, sizeof(d->rss));
	d->rss_dirty = true;
	netvsp_park_free_locked(d);
}

static int chan_open(void *ctx, struct vmbus_chan *ch, const uint8_t user_data[120])
{
	struct netvsp *d = ctx;
	uint32_t idx = vmbus_chan_subchannel_index(ch);
	struct netvsp_chan *nc;

	(void)user_data;
	if (idx >= NETVSP_MAX_CHANNELS)
		return -EINVAL;
	nc = &d->chans[idx];
	pthread_mutex_lock(&d->lock);
	nc->ch = ch;
	atomic_fetch_add_explicit(&nc->gen, 1, memory_order_relaxed);
	nc->rx_wait_space = false;
	if (idx == 0)
		reset_protocol_locked(d);
	pthread_mutex_unlock(&d->lock);
	return 0;
}

static void chan_close(void *ctx, struct vmbus_chan *ch)
{
	struct netvsp *d = ctx;
	uint32_t idx = vmbus_chan_subchannel_index(ch);
	struct netvsp_chan *nc;

	if (idx >= NETVSP_MAX_CHANNELS)
		return;
	nc = &d->chans[idx];
	pthread_mutex_lock(&d->lock);
	if (idx == 0)
		reset_protocol_locked(d);
	else if (d->recv_owner == nc || d->send_owner == nc)
		reset_protocol_locked(d);
	backlog_drop_locked(nc);
	netvsp_rx_chan_reset_locked(d, nc);
	nc->ch = NULL;
	atomic_fetch_add_explicit(&nc->gen, 1, memory_order_relaxed);
	pthread_mutex_unlock(&d->lock);
	/* Frames the endpoint holds for this channel now go elsewhere or are refused. */
	netvsp_schedule_resume(d);
}

static int chan_packet(void *ctx, struct vmbus_chan *ch, const struct vmbus_pkt *pkt)
{
	struct netvsp *d = ctx;
	uint32_t idx = vmbus_chan_subchannel_index(ch);
	bool data = pkt->type != VMRING_PKT_COMP, resume = false;
	struct netvsp_chan *nc;
	uint64_t need;

	if (idx >= NETVSP_MAX_CHANNELS)
		return 0;
	nc = &d->chans[idx];
	need = data ? netvsp_tx_charge(pkt) : 0;
	/*
	 * The common case without the device lock: no replies waiting for ring
	 * space, sends under the limit and the packet's charge (its send) fits
	 * the channel's and device's memory budgets. All are re-checked under
	 * the lock otherwise; a backlog that appears meanwhile is flushed by
	 * the next packet or on_send_space.
	 */
	if (atomic_load_explicit(&nc->bl_count, memory_order_relaxed) == 0 &&
	    (!data || (atomic_load_explicit(&d->sends_inflight, memory_order_relaxed) <
			       NETVSP_TX_MAX_SENDS &&
		       rt_budget_charge(&nc->budget, need))))
		goto dispatch;
	pthread_mutex_lock(&d->lock);
	if (nc->bl_head) {
		netvsp_backlog_flush_locked(nc);
		/* Replies still waiting for ring space: take nothing new until there is. */
		if (atomic_load_explicit(&nc->bl_count, memory_order_relaxed) >=
		    NETVSP_BACKLOG_MAX) {
			pthread_mutex_unlock(&d->lock);
			return -EAGAIN;
		}
	}
	/*
	 * Too many sends waiting for the endpoint: leave the packet in the ring
	 * (the guest then runs out of room and slows down) until completions
	 * bring the count under half and send_complete() kicks the channel.
	 */
	if (data && (atomic_load(&d->sends_inflight) >= NETVSP_TX_MAX_SENDS ||
		     !rt_budget_charge(&nc->budget, need))) {
		if (!nc->tx_blocked) {
			d->tx_blocked_n++;
			/* Paused receives now drop rather than wait (netvsp_rx.c). */
			resume = true;
			if (rt_budget_used(&nc->budget) + need > nc->budget.limit ||
			    rt_budget_used(&d->budget) + need > d->budget.limit)
				rt_log_rl(&d->log, RT_LOG_WARN,
					  "channel %u: memory budget full (channel %llu of %llu "
					  "bytes, "
					  "device %llu of %llu): its ring is not read until sends "
					  "complete",
					  idx, (unsigned long long)rt_budget_used(&nc->budget),
					  (unsigned long long)nc->budget.limit,
					  (unsigned long long)rt_budget_used(&d->budget),
					  (unsigned long long)d->budget.limit);
		}
		nc->tx_blocked = true;
		pthread_mutex_unlock(&d->lock);
		if (resume)
			netvsp_schedule_resume(d);
		return -EAGAIN;
	}
	pthread_mutex_unlock(&d->lock);
dispatch:
	nc->tx_charge = need;

	switch (pkt->type) {
	case VMRING_PKT_COMP:
		netvsp_rx_completion(nc, pkt->trans_id);
		break;
	case VMRING_PKT_DATA_INBAND:
	case VMRING_PKT_DATA_USING_GPA_DIRECT:
		handle_nvsp(nc, pkt);
		break;
	default:
		netvsp_bad(d, "unexpected VMBus packet type");
		break;
	}
	/* Not a send (or refused before it took its charge): nothing is held for it. */
	if (nc->tx_charge) {
		rt_budget_release(&nc->budget, nc->tx_charge);
		nc->tx_charge = 0;
	}
	return 0;
}

static void chan_send_space(void *ctx, struct vmbus_chan *ch)
{
	struct netvsp *d = ctx;
	uint32_t idx = vmbus_chan_subchannel_index(ch);
	struct netvsp_chan *nc;
	bool resume;

	if (idx >= NETVSP_MAX_CHANNELS)
		return;
	nc = &d->chans[idx];
	pthread_mutex_lock(&d->lock);
	netvsp_backlog_flush_locked(nc);
	resume = nc->rx_wait_space;
	nc->rx_wait_space = false;
	pthread_mutex_unlock(&d->lock);
	if (resume)
		netvsp_schedule_resume(d);
}

static const struct vmbus_chan_ops chan_ops = {
	.open = chan_open,
	.close = chan_close,
	.on_packet = chan_packet,
	.on_send_space = chan_send_space,
};

/* ---- device ---- */

void netvsp_set_link(struct netvsp *d, bool up)
{
	pthread_mutex_lock(&d->lock);
	if (d->link_up != up) {
		d->link_up = up;
		netvsp_rndis_indicate_link_locked(d);
	}
	pthread_mutex_unlock(&d->lock);
}

void netvsp_get_stats(struct netvsp *d, struct netvsp_stats *o)
{
	memset(o, 0, sizeof(*o));
#define LD(f) o->f = atomic_load_explicit(&d->st.f, memory_order_relaxed)
	LD(tx_frames);
	LD(tx_done);
	LD(tx_errors);
	LD(tx_sends);
	LD(rx_frames);
	LD(rx_filtered);
	LD(rx_too_big);
	LD(rx_backpressure);
	LD(rx_completions);
	LD(bad_messages);
	LD(unknown_completions);
	LD(rx_packets);
	LD(rx_segmented);
	LD(rx_coalesced);
	LD(rx_malformed);
	LD(rx_dropped_blocked);
#undef LD
	o->budget_limit = d->budget.limit;
	o->budget_used = rt_budget_used(&d->budget);
	o->budget_high = rt_budget_high(&d->budget);
	o->budget_refused = rt_budget_refused(&d->budget);
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		o->budget_refused += rt_budget_refused(&d->chans[i].budget);
	pthread_mutex_lock(&d->lock);
	o->slots_total = d->nslots;
	o->slots_used = d->nslots - d->nfree;
	o->slots_used_max = d->slots_used_max;
	o->nvsp_version = d->nvsp_version;
	o->ndis_version = d->ndis_version;
	o->packet_filter = d->packet_filter;
	o->subchannels = d->subchannels;
	o->link_up = d->link_up;
	o->vf_assoc_sent = d->vf_assoc_sent;
	o->datapath_vf = d->datapath_vf;
	o->rndis_initialized = atomic_load(&d->rndis_up);
	pthread_mutex_unlock(&d->lock);
}

int netvsp_create(struct vmbus_server *srv, const struct netvsp_opts *o, struct netvsp **out)
{
	struct vmbus_offer_params p = {0};
	struct netvsp *d;
	char id[37];
	int rc;

	if (!o || !o->log || !o->endpoint)
		return -EINVAL;
	if ((o->budget && o->budget < netvsp_min_budget()) ||
	    (o->channel_budget && o->channel_budget < netvsp_min_budget()))
		return -EINVAL;
	d = calloc(1, sizeof(*d));
	if (!d)
		return -ENOMEM;
	d->srv = srv;
	d->trace = vmbus_server_trace(srv);
	d->opts = *o;
	snprintf(d->name, sizeof(d->name), "%s", o->name ? o->name : "nic");
	d->opts.name = d->name;
	rt_guid_format(o->instance, id);
	rt_log_obj_init(&d->log, o->log, "netvsp[%s %.8s]", d->name, id);
	pthread_mutex_init(&d->lock, NULL);
	pthread_mutex_init(&d->sync_lock, NULL);
	pthread_cond_init(&d->sync_cond, NULL);
	nvsp_init_fsm_init(&d->nvsp);
	rndis_device_fsm_init(&d->rndis);
	d->link_up = true;
	rt_budget_init(&d->budget, o->budget ? o->budget : NETVSP_DEFAULT_BUDGET, NULL);
	d->park_tail = &d->park_head;
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++) {
		rt_budget_init(&d->chans[i].budget,
			       o->channel_budget ? o->channel_budget
						 : NETVSP_DEFAULT_CHANNEL_BUDGET,
			       &d->budget);
		d->chans[i].dev = d;
		d->chans[i].index = i;
		d->chans[i].bl_tail = &d->chans[i].bl_head;
		atomic_init(&d->txq[i].in, NULL);
		atomic_init(&d->chans[i].tx_back, NULL);
		d->txq[i].pend_tail = &d->txq[i].pend_head;
	}
	netvsp_rx_flush_init(d);
	{
		struct nvsp_msg r = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE};
		r.u.send_rndis_pkt_complete.status = NVSP_STATUS_SUCCESS;
		if (nvsp_msg_encode(&r, NULL, d->tx_comp_ok, sizeof(d->tx_comp_ok)) <= 0) {
			rc = -EINVAL;
			goto fail_scratch;
		}
	}
	d->rx_scratch = malloc(NET_MAX_FRAME + 256);
	if (!d->rx_scratch) {
		rc = -ENOMEM;
		goto fail_scratch;
	}
	rc = rt_worker_start(&d->worker, "netvsp");
	if (rc)
		goto fail_worker;
	rc = netvsp_worker_sync(d, &d->start_work, start_fn);
	if (rc) {
		rt_log_err(&d->log, "endpoint %s (%s): %s", o->endpoint,
			   o->endpoint_arg ? o->endpoint_arg : "", strerror(-rc));
		goto fail_ep;
	}
	d->nqueues = rt_min(d->ep->nqueues, (uint32_t)NETVSP_MAX_CHANNELS);
	d->ep_caps = d->ep->caps;
	memcpy(d->perm_mac, d->ep->mac, 6);
	d->ep_mtu = d->ep->mtu;
	memcpy(d->mac, d->ep->mac, 6);
	d->link_up = d->ep->link_up;

	memcpy(p.if_type, nvsp_class_netvsc.guid, 16);
	memcpy(p.if_instance, o->instance, 16);
	p.name = d->name;
	p.ops = &chan_ops;
	p.ctx = d;
	/* Largest guest packet: an NVSP message behind up to 64 GPA ranges of one page. */
	p.max_pkt_size = 64 * 1024;
	rc = vmbus_server_offer(srv, &p, &d->offer);
	if (rc)
		goto fail_offer;
	*out = d;
	return 0;

fail_offer:
	netvsp_worker_sync(d, &d->stop_work, stop_fn);
fail_ep:
	rt_worker_stop(&d->worker);
fail_worker:
	free(d->rx_scratch);
fail_scratch:
	pthread_mutex_destroy(&d->lock);
	free(d);
	return rc;
}

void netvsp_destroy(struct netvsp *d)
{
	if (!d)
		return;
	/* close() runs for open channels inside the rescind. */
	vmbus_server_rescind(d->srv, d->offer);
	netvsp_worker_sync(d, &d->stop_work, stop_fn);
	rt_worker_stop(&d->worker);
	pthread_mutex_lock(&d->lock);
	reset_protocol_locked(d);
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		backlog_drop_locked(&d->chans[i]);
	pthread_mutex_unlock(&d->lock);
	/* Flushed frames complete their sends, which go back to the pools: free those last. */
	netvsp_tx_flush_queues(d);
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++)
		netvsp_tx_pool_free(&d->chans[i]);
	free(d->free_slots);
	free(d->slot_used);
	free(d->slot_next);
	free(d->rx_scratch);
	pthread_mutex_destroy(&d->lock);
	pthread_mutex_destroy(&d->sync_lock);
	pthread_cond_destroy(&d->sync_cond);
	free(d);
}
