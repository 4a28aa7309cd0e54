/*
 * Offers and the channel life cycle on the server loop: OFFERCHANNEL,
 * OPENCHANNEL / OPENCHANNEL_RESULT, CLOSECHANNEL, RESCIND_CHANNELOFFER /
 * RELID_RELEASED, MODIFYCHANNEL, subchannels. The generated channel machine
 * decides whether a message is legal in the channel's state; the code here
 * validates the message's values and does the work.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/util.h"
#include "runtime/vmbus/vmbus_priv.h"

/* What OPENCHANNEL asks for (both variants). */
struct open_req {
	uint32_t relid, openid, gpadl, target_vp, downstream;
	const uint8_t *userdata;
	bool guest_signal; /* Copper: the guest chose conn_id and event_flag */
	uint32_t conn_id;
	uint16_t event_flag;
};

/* What the channel machine's actions work on. */
struct chan_step {
	struct vmbus_chan *ch;
	const struct open_req *open; /* OPENCHANNEL */
	uint32_t target_vp;          /* MODIFYCHANNEL */
};

static int act_open(void *ctx);
static int act_opened(void *ctx);
static int act_close(void *ctx);
static int act_modify(void *ctx);
static int act_rescind(void *ctx);

static const struct vmbus_chan_actions chan_actions = {
	.on_open = act_open,
	.on_opened = act_opened,
	.on_close = act_close,
	.on_modify = act_modify,
	.on_rescind = act_rescind,
};

static int chan_step(struct chan_step *st, int ev)
{
	return vmbus_chan_fsm_feed(&st->ch->fsm, (enum vmbus_chan_event)ev, &chan_actions, st);
}

int vmbus_chan_feed(struct vmbus_chan *ch, enum vmbus_chan_event ev)
{
	struct chan_step st = {.ch = ch};

	return chan_step(&st, ev);
}

static void chan_drop(struct vmbus_chan *ch, uint32_t type, const char *why)
{
	ch->srv->dropped++;
	rt_log_rl(&ch->log, RT_LOG_WARN, "dropped %s in state %s: %s", vmbus_msg_type_name(type),
		  vmbus_chan_fsm_state_name(&ch->fsm), why);
}

struct vmbus_chan *vmbus_offer_find(struct vmbus_server *s, uint32_t relid)
{
	struct vmbus_chan *c;

	TAILQ_FOREACH(c, &s->chans, link)
		if (c->relid == relid)
			return c;
	return NULL;
}

bool vmbus_offer_live(struct vmbus_server *s, const struct vmbus_chan *ch)
{
	struct vmbus_chan *c;

	TAILQ_FOREACH(c, &s->chans, link)
		if (c == ch)
			return true;
	return false;
}

int vmbus_offer_send(struct vmbus_server *s, struct vmbus_chan *ch)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OFFERCHANNEL};
	struct vmbus_offerchannel *o = &m.u.offerchannel;
	int rc;

	memcpy(o->if_type, ch->params.if_type, sizeof(o->if_type));
	memcpy(o->if_instance, ch->params.if_instance, sizeof(o->if_instance));
	o->chn_flags = ch->params.chn_flags;
	o->mmio_megabytes = ch->params.mmio_megabytes;
	memcpy(o->user_def, ch->params.user_def, sizeof(o->user_def));
	o->sub_channel_index = ch->sub_index;
	o->child_relid = ch->relid;
	/* Monitor pages would need polling: the guest gets a plain signal. */
	o->monitorid = 0;
	o->monitor_allocated = 0;
	o->is_dedicated_interrupt = 1;
	o->connection_id = ch->conn_id;
	rc = vmbus_srv_send(s, &m);
	if (rc == 0)
		ch->offer_sent = true;
	return rc;
}

/* Lowest free relid from 1 up (released relids are reused). */
static uint32_t alloc_relid(struct vmbus_server *s)
{
	struct vmbus_chan *c;
	uint32_t r = 1;

	TAILQ_FOREACH(c, &s->chans, link) {
		if (c->relid != r)
			break;
		r++;
	}
	return r > VMBUS_MAX_RELID ? 0 : r;
}

static void link_sorted(struct vmbus_server *s, struct vmbus_chan *ch)
{
	struct vmbus_chan *c;

	TAILQ_FOREACH(c, &s->chans, link)
		if (c->relid > ch->relid)
			break;
	if (c)
		TAILQ_INSERT_BEFORE(c, ch, link);
	else
		TAILQ_INSERT_TAIL(&s->chans, ch, link);
	s->nchans++;
}

int vmbus_offer_add(struct vmbus_server *s, const struct vmbus_offer_params *p,
		    struct vmbus_chan *primary, uint16_t sub_index, struct vmbus_chan **out)
{
	struct vmbus_chan *ch;
	uint32_t relid = alloc_relid(s);
	int rc;

	if (!relid)
		return -ENOSPC;
	ch = calloc(1, sizeof(*ch));
	if (!ch)
		return -ENOMEM;
	ch->srv = s;
	ch->params = *p;
	snprintf(ch->name, sizeof(ch->name), "%s", p->name ? p->name : "dev");
	ch->params.name = ch->name;
	ch->primary = primary;
	ch->sub_index = sub_index;
	ch->relid = relid;
	ch->conn_id = s->opts.signal_conn_base + relid;
	ch->efd = -1;
	ch->worker = &s->workers[s->next_worker++ % s->nworkers];
	rt_log_obj_init(&ch->log, s->logsink, "vmbus[%u %s/%u]", relid, ch->name, sub_index);
	vmbus_chan_fsm_init(&ch->fsm);
	rc = vmbus_chan_init(ch);
	if (rc) {
		free(ch);
		return rc;
	}
	link_sorted(s, ch);
	if (s->offers_requested)
		vmbus_offer_send(s, ch);
	if (out)
		*out = ch;
	return 0;
}

int vmbus_server_offer(struct vmbus_server *s, const struct vmbus_offer_params *params,
		       struct vmbus_chan **out)
{
	struct vmbus_chan *c, *restored;

	if (!params->ops || !params->ops->on_packet)
		return -EINVAL;
	/* After a live update the device takes back its channel (and subchannels). */
	restored = vmbus_restore_claim(s, params);
	if (restored) {
		if (out)
			*out = restored;
		return 0;
	}
	TAILQ_FOREACH(c, &s->chans, link)
		if (!c->rescinded && !c->sub_index &&
		    !memcmp(c->params.if_type, params->if_type, 16) &&
		    !memcmp(c->params.if_instance, params->if_instance, 16))
			return -EEXIST;
	return vmbus_offer_add(s, params, NULL, 0, out);
}

void vmbus_offer_subchannels(struct vmbus_server *s, struct vmbus_chan *primary, uint16_t count)
{
	if (primary->rescinded)
		return;
	while (primary->subchannels_offered < count) {
		uint16_t idx = (uint16_t)(primary->subchannels_offered + 1);
		int rc = vmbus_offer_add(s, &primary->params, primary, idx, NULL);
		if (rc) {
			rt_log_err(&primary->log, "offering subchannel %u: %s", idx, strerror(-rc));
			return;
		}
		primary->subchannels_offered = idx;
	}
}

int vmbus_chan_offer_subchannels(struct vmbus_chan *ch, uint16_t count)
{
	struct vmbus_srv_req *r;

	if (ch->sub_index || count > VMBUS_MAX_SUBCHANNELS)
		return -EINVAL;
	r = calloc(1, sizeof(*r));
	if (!r)
		return -ENOMEM;
	r->kind = VMBUS_REQ_SUBCHANNELS;
	r->ch = ch;
	r->count = count;
	vmbus_srv_queue(ch->srv, r);
	return 0;
}

/* Stops the data path and tells the device, if the channel is open. */
static void chan_close(struct vmbus_chan *ch)
{
	if (!ch->is_open)
		return;
	vmbus_chan_stop(ch);
	if (ch->dev_open && ch->params.ops->close)
		ch->params.ops->close(ch->params.ctx, ch);
	ch->dev_open = false;
	ch->is_open = false;
	if (ch->ring_gpadl) {
		rt_gpadl_release(ch->srv->gpadls, ch->ring_gpadl);
		ch->ring_gpadl = NULL;
	}
}

void vmbus_offer_free(struct vmbus_server *s, struct vmbus_chan *ch)
{
	chan_close(ch);
	TAILQ_REMOVE(&s->chans, ch, link);
	s->nchans--;
	vmbus_chan_fini(ch);
	free(ch);
}

void vmbus_offer_reset(struct vmbus_server *s, struct vmbus_chan *ch)
{
	chan_close(ch);
	if (ch->rescinded) {
		vmbus_offer_free(s, ch);
		return;
	}
	/* Subchannels were asked for by the guest's driver in this session. */
	if (ch->sub_index) {
		if (ch->primary)
			ch->primary->subchannels_offered = 0;
		vmbus_offer_free(s, ch);
		return;
	}
	ch->offer_sent = false;
	vmbus_chan_fsm_init(&ch->fsm);
}

/*
 * Rescinds every subchannel of `primary` and lets the next request offer new
 * ones. A rescind of a subchannel whose offer never went out frees it, so
 * the next pointer is taken first.
 */
static void rescind_subchannels(struct vmbus_server *s, struct vmbus_chan *primary)
{
	struct vmbus_chan *c, *next;

	TAILQ_FOREACH_SAFE(c, &s->chans, link, next)
		if (c->primary == primary && c->sub_index && !c->rescinded)
			vmbus_server_rescind(s, c);
	primary->subchannels_offered = 0;
}

/* RESCIND @on_rescind (from any state): the channel closes for good. */
static int act_rescind(void *ctx)
{
	struct chan_step *st = ctx;

	chan_close(st->ch);
	st->ch->rescinded = true;
	/*
	 * It never opens again, and a guest may keep it (never releasing the
	 * relid): what only an open channel needs goes now.
	 */
	vmbus_chan_shrink(st->ch);
	return 0;
}

void vmbus_server_rescind(struct vmbus_server *s, struct vmbus_chan *ch)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER};

	if (ch->rescinded)
		return;
	/* Subchannels go first: the guest expects them gone with their primary. */
	if (!ch->sub_index)
		rescind_subchannels(s, ch);
	m.u.rescind_channeloffer.child_relid = ch->relid;
	vmbus_chan_feed(ch, (enum vmbus_chan_event)vmbus_msg_chan_event(&m, PV_DIR_TO_GUEST));
	if (!ch->offer_sent) {
		vmbus_offer_free(s, ch);
		return;
	}
	rt_log_rl(&ch->log, RT_LOG_INFO, "rescinded");
	vmbus_srv_send(s, &m);
}

void vmbus_offer_chan_reset(struct vmbus_server *s, struct vmbus_chan *ch)
{
	struct vmbus_chan *c;

	/* The request may be stale: the channel could have closed meanwhile. */
	TAILQ_FOREACH(c, &s->chans, link) {
		if (c == ch && c->is_open && c->dev_open && atomic_load(&c->broken)) {
			rt_log_warn(&c->log, "guest broke the ring protocol: channel reset");
			vmbus_chan_stop(c);
			if (c->dev_open && c->params.ops->close)
				c->params.ops->close(c->params.ctx, c);
			c->dev_open = false;
			/* is_open stays true: the guest's CLOSECHANNEL finishes it. */
			return;
		}
	}
}

void vmbus_send_open_result(struct vmbus_server *s, uint32_t relid, uint32_t openid,
			    uint32_t status)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OPENCHANNEL_RESULT};

	m.u.openchannel_result.child_relid = relid;
	m.u.openchannel_result.openid = openid;
	m.u.openchannel_result.status = status;
	vmbus_srv_send(s, &m);
}

static int open_validate(struct vmbus_server *s, struct vmbus_chan *ch, const struct open_req *o,
			 struct rt_gpadl **gp)
{
	struct vmbus_chan *c;
	int rc;

	if (o->guest_signal) {
		/* Its own connection id must not steal another channel's route. */
		TAILQ_FOREACH(c, &s->chans, link) {
			if (c != ch && c->is_open && c->sig_conn_id == o->conn_id) {
				rt_log_rl(&ch->log, RT_LOG_WARN,
					  "OPENCHANNEL: connection id %u is in use", o->conn_id);
				return -EBUSY;
			}
		}
		if (o->event_flag >= VMBUS_EVENT_FLAGS) {
			rt_log_rl(&ch->log, RT_LOG_WARN, "OPENCHANNEL: event flag %u",
				  o->event_flag);
			return -EINVAL;
		}
	}
	if (o->target_vp >= s->part->vp_count) {
		rt_log_rl(&ch->log, RT_LOG_WARN, "OPENCHANNEL: target vp %u >= %u", o->target_vp,
			  s->part->vp_count);
		return -EINVAL;
	}
	rc = rt_gpadl_acquire(s->gpadls, ch->relid, o->gpadl, gp);
	if (rc) {
		rt_log_rl(&ch->log, RT_LOG_WARN,
			  "OPENCHANNEL: GPADL %u unknown or not this channel's", o->gpadl);
		return rc;
	}
	/* Both rings need a header page and at least one data page. */
	if ((*gp)->range_count != 1 || (*gp)->ranges[0].offset != 0 ||
	    (*gp)->ranges[0].len != (uint64_t)(*gp)->pfn_count * RT_PAGE_SIZE ||
	    o->downstream < 2 || o->downstream > (*gp)->pfn_count - 2 || (*gp)->pfn_count < 4) {
		rt_log_rl(&ch->log, RT_LOG_WARN,
			  "OPENCHANNEL: ring GPADL %u (%u pages) / downstream offset %u unusable",
			  o->gpadl, (*gp)->pfn_count, o->downstream);
		rt_gpadl_release(s->gpadls, *gp);
		*gp = NULL;
		return -EINVAL;
	}
	return 0;
}

/* OPENCHANNEL @on_open: rings and the device; an error leaves the channel offered. */
static int act_open(void *ctx)
{
	struct chan_step *st = ctx;
	struct vmbus_chan *ch = st->ch;
	struct vmbus_server *s = ch->srv;
	const struct open_req *o = st->open;
	struct rt_gpadl *gp = NULL;
	int rc;

	rc = open_validate(s, ch, o, &gp);
	if (rc)
		return rc;
	ch->ring_gpadl = gp;
	ch->open_id = o->openid;
	ch->target_vp = o->target_vp;
	ch->sig_conn_id = o->guest_signal ? o->conn_id : ch->conn_id;
	ch->event_flag = o->guest_signal ? o->event_flag : ch->relid;
	rc = vmbus_chan_start(ch, o->downstream);
	if (rc) {
		rt_log_rl(&ch->log, RT_LOG_WARN, "OPENCHANNEL: ring setup: %s", strerror(-rc));
		goto fail_gpadl;
	}
	ch->is_open = true;
	if (ch->params.ops->open) {
		rc = ch->params.ops->open(ch->params.ctx, ch, o->userdata);
		if (rc) {
			rt_log_rl(&ch->log, RT_LOG_WARN, "device refused open: %s", strerror(-rc));
			vmbus_chan_stop(ch);
			ch->is_open = false;
			goto fail_gpadl;
		}
	}
	ch->dev_open = true;
	return 0;

fail_gpadl:
	rt_gpadl_release(s->gpadls, ch->ring_gpadl);
	ch->ring_gpadl = NULL;
	return rc;
}

/* OPEN_OK @on_opened: the worker starts polling. */
static int act_opened(void *ctx)
{
	struct chan_step *st = ctx;

	vmbus_chan_resume(st->ch);
	rt_log_rl(&st->ch->log, RT_LOG_INFO, "open: gpadl %u vp %u", st->open->gpadl,
		  st->open->target_vp);
	return 0;
}

/* The channel guest message m names by relid; NULL (counted, logged) for none. */
static struct vmbus_chan *msg_chan(struct vmbus_server *s, const struct vmbus_msg *m,
				   uint32_t relid)
{
	struct vmbus_chan *ch = vmbus_offer_find(s, relid);

	if (!ch) {
		s->dropped++;
		rt_log_rl(&s->log, RT_LOG_WARN, "%s for unknown relid %u",
			  vmbus_msg_type_name(m->type), relid);
	}
	return ch;
}

int vmbus_handle_openchannel(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	const struct vmbus_openchannel *oc = &m->u.openchannel;
	struct open_req o = {.relid = oc->child_relid,
			     .openid = oc->openid,
			     .gpadl = oc->ringbuffer_gpadlhandle,
			     .target_vp = oc->target_vp,
			     .downstream = oc->downstream_ringbuffer_pageoffset,
			     .userdata = oc->userdata};
	struct chan_step st = {.open = &o};
	struct vmbus_msg r = {.type = VMBUS_MSG_TYPE_OPENCHANNEL_RESULT};
	int rc;

	/* The Copper variant shares the leading fields and adds the signal parameters. */
	if (m->variant == VMBUS_MSG_VAR_OPENCHANNEL_OPENCHANNEL2 &&
	    (s->features & VMBUS_FEATURE_GUEST_SPECIFIED_SIGNAL_PARAMETERS)) {
		o.guest_signal = true;
		o.conn_id = m->u.openchannel2.connection_id;
		o.event_flag = m->u.openchannel2.event_flag;
	}
	st.ch = msg_chan(s, m, o.relid);
	if (!st.ch) {
		vmbus_send_open_result(s, o.relid, o.openid, VMBUS_STATUS_UNSUCCESSFUL);
		return 0;
	}
	rc = chan_step(&st, vmbus_msg_chan_event(m, PV_DIR_TO_HOST));
	if (rc == -EPROTO) {
		chan_drop(st.ch, m->type, "not legal now");
		/* Only a second open of an open channel has someone waiting. */
		if (st.ch->is_open && !st.ch->rescinded)
			vmbus_send_open_result(s, o.relid, o.openid, VMBUS_STATUS_UNSUCCESSFUL);
		return 0;
	}
	if (rc) {
		s->dropped++;
		vmbus_send_open_result(s, o.relid, o.openid, VMBUS_STATUS_UNSUCCESSFUL);
		return 0;
	}
	/* The answer is OPEN_OK for the channel machine (@on_opened: the worker starts). */
	r.u.openchannel_result.child_relid = o.relid;
	r.u.openchannel_result.openid = o.openid;
	chan_step(&st, vmbus_msg_chan_event(&r, PV_DIR_TO_GUEST));
	return vmbus_srv_send(s, &r);
}

/* CLOSECHANNEL @on_close. */
static int act_close(void *ctx)
{
	struct chan_step *st = ctx;
	struct vmbus_chan *ch = st->ch;

	chan_close(ch);
	rt_log_rl(&ch->log, RT_LOG_INFO, "closed");
	/*
	 * Subchannels live as long as their primary is open (OpenVMM revokes
	 * them when the guest closes the primary): a driver that
	 * opens the primary again asks for subchannels again and waits for new
	 * offers (Linux storvsc and netvsc after rmmod / insmod), so the old
	 * ones are rescinded here and the next request offers fresh relids.
	 */
	if (!ch->sub_index && !ch->rescinded)
		rescind_subchannels(ch->srv, ch);
	return 0;
}

int vmbus_handle_closechannel(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	struct chan_step st = {.ch = msg_chan(s, m, m->u.closechannel.child_relid)};

	if (!st.ch)
		return 0;
	if (chan_step(&st, vmbus_msg_chan_event(m, PV_DIR_TO_HOST)))
		chan_drop(st.ch, m->type, "not open");
	return 0;
}

int vmbus_handle_relid_released(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	struct chan_step st = {.ch = msg_chan(s, m, m->u.relid_released.child_relid)};

	if (!st.ch)
		return 0;
	if (chan_step(&st, vmbus_msg_chan_event(m, PV_DIR_TO_HOST))) {
		chan_drop(st.ch, m->type, "not rescinded");
		return 0;
	}
	/* The machine is final: the channel goes (after the feed returned). */
	vmbus_offer_free(s, st.ch);
	return 0;
}

/* MODIFYCHANNEL @on_modify: a vp the partition has. */
static int act_modify(void *ctx)
{
	struct chan_step *st = ctx;
	struct vmbus_server *s = st->ch->srv;

	if (st->target_vp >= s->part->vp_count) {
		rt_log_rl(&st->ch->log, RT_LOG_WARN, "MODIFYCHANNEL: target vp %u >= %u",
			  st->target_vp, s->part->vp_count);
		return -EINVAL;
	}
	vmbus_chan_set_target_vp(st->ch, st->target_vp);
	return 0;
}

int vmbus_handle_modifychannel(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	const struct vmbus_modifychannel *mc = &m->u.modifychannel;
	struct chan_step st = {.ch = msg_chan(s, m, mc->child_relid), .target_vp = mc->target_vp};
	struct vmbus_msg r = {.type = VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE};
	int rc = st.ch ? chan_step(&st, vmbus_msg_chan_event(m, PV_DIR_TO_HOST)) : -ENOENT;

	if (rc == -EPROTO)
		chan_drop(st.ch, m->type, "not open");
	/* The guest waits for an answer only from the version the response has (5.3). */
	if (s->version >= vmbus_msg_lookup(r.type)->since_version) {
		r.u.modifychannel_response.child_relid = mc->child_relid;
		r.u.modifychannel_response.status = rc ? (int32_t)VMBUS_STATUS_UNSUCCESSFUL : 0;
		return vmbus_srv_send(s, &r);
	}
	return 0;
}

/* For servicing (vmbus_save.c): a restored channel joins the list by relid. */
void vmbus_offer_link(struct vmbus_server *s, struct vmbus_chan *ch)
{
	link_sorted(s, ch);
}
