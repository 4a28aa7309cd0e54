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
#include "vmbus_codec.h"

#define VMBUS_STATUS_UNSUCCESSFUL 0xC0000001u
#define VMBUS_MAX_RELID 2047 /* the SIEF page has 2048 event flags; relid 0 is skipped */

#define POST_MSG(s, EV, TYPE, kind, val)                                                \
	({                                                                              \
		uint8_t buf_[RT_HV_MESSAGE_PAYLOAD_MAX];                                \
		(val).hdr.msgtype = (TYPE);                                             \
		int n_ = vmbus_##kind##_encode(&(val), buf_, sizeof(buf_));             \
		n_ < 0 ? -EINVAL : vmbus_srv_send((s), (EV), (TYPE), buf_, (size_t)n_); \
	})

int vmbus_chan_feed(struct vmbus_chan *ch, enum vmbus_chan_event ev)
{
	return vmbus_chan_fsm_feed(&ch->fsm, ev, NULL, ch);
}

static void chan_drop(struct vmbus_chan *ch, uint32_t type, const char *why)
{
	ch->srv->dropped++;
	rt_log_rl(&ch->log, RT_LOG_WARN, "dropped %s in state %s: %s", vmbus_msg_type_name(type),
		  vmbus_chan_fsm_state_name(&ch->fsm), why);
}

struct vmbus_chan *vmbus_offer_find(struct vmbus_server *s, uint32_t relid)
{
	for (struct vmbus_chan *c = s->chans; c; c = c->next)
		if (c->relid == relid)
			return c;
	return NULL;
}

bool vmbus_offer_live(struct vmbus_server *s, const struct vmbus_chan *ch)
{
	for (struct vmbus_chan *c = s->chans; c; c = c->next)
		if (c == ch)
			return true;
	return false;
}

int vmbus_offer_send(struct vmbus_server *s, struct vmbus_chan *ch)
{
	struct vmbus_offerchannel o = {0};

	memcpy(o.if_type, ch->params.if_type, 16);
	memcpy(o.if_instance, ch->params.if_instance, 16);
	o.chn_flags = ch->params.chn_flags;
	o.mmio_megabytes = ch->params.mmio_megabytes;
	memcpy(o.user_def, ch->params.user_def, sizeof(o.user_def));
	o.sub_channel_index = ch->sub_index;
	o.child_relid = ch->relid;
	/* Monitor pages would need polling: the guest gets a plain signal. */
	o.monitorid = 0;
	o.monitor_allocated = 0;
	o.is_dedicated_interrupt = 1;
	o.connection_id = ch->conn_id;
	int rc = POST_MSG(s, VMBUS_CONN_EV_OFFERCHANNEL, VMBUS_MSG_TYPE_OFFERCHANNEL, offerchannel,
			  o);
	if (rc == 0)
		ch->offer_sent = true;
	return rc;
}

/* Lowest free relid from 1 up (released relids are reused). */
static uint32_t alloc_relid(struct vmbus_server *s)
{
	uint32_t r = 1;

	for (struct vmbus_chan *c = s->chans; c; c = c->next) {
		if (c->relid != r)
			break;
		r++;
	}
	return r > VMBUS_MAX_RELID ? 0 : r;
}

static void link_sorted(struct vmbus_server *s, struct vmbus_chan *ch)
{
	struct vmbus_chan **pp = &s->chans;

	while (*pp && (*pp)->relid < ch->relid)
		pp = &(*pp)->next;
	ch->next = *pp;
	*pp = ch;
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
	if (!params->ops || !params->ops->on_packet)
		return -EINVAL;
	for (struct vmbus_chan *c = s->chans; c; c = c->next)
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
	struct vmbus_chan **pp = &s->chans;

	chan_close(ch);
	while (*pp && *pp != ch)
		pp = &(*pp)->next;
	if (*pp) {
		*pp = ch->next;
		s->nchans--;
	}
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
	struct vmbus_chan *c = s->chans, *next;

	for (; c; c = next) {
		next = c->next;
		if (c->primary == primary && c->sub_index && !c->rescinded)
			vmbus_server_rescind(s, c);
	}
	primary->subchannels_offered = 0;
}

void vmbus_server_rescind(struct vmbus_server *s, struct vmbus_chan *ch)
{
	if (ch->rescinded)
		return;
	/* Subchannels go first: the guest expects them gone with their primary. */
	if (!ch->sub_index)
		rescind_subchannels(s, ch);
	chan_close(ch);
	ch->rescinded = true;
	vmbus_chan_feed(ch, VMBUS_CHAN_EV_RESCIND);
	if (!ch->offer_sent) {
		vmbus_offer_free(s, ch);
		return;
	}
	struct vmbus_rescind_channeloffer r = {0};
	rt_log_rl(&ch->log, RT_LOG_INFO, "rescinded");
	r.child_relid = ch->relid;
	POST_MSG(s, VMBUS_CONN_EV_RESCIND_CHANNELOFFER, VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER,
		 rescind_channeloffer, r);
}

void vmbus_offer_chan_reset(struct vmbus_server *s, struct vmbus_chan *ch)
{
	/* The request may be stale: the channel could have closed meanwhile. */
	for (struct vmbus_chan *c = s->chans; c; c = c->next) {
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
	struct vmbus_openchannel_result r = {0};

	r.child_relid = relid;
	r.openid = openid;
	r.status = status;
	POST_MSG(s, VMBUS_CONN_EV_CHANNEL_TX, VMBUS_MSG_TYPE_OPENCHANNEL_RESULT, openchannel_result,
		 r);
}

struct open_req {
	uint32_t relid, openid, gpadl, target_vp, downstream;
	const uint8_t *userdata;
	bool guest_signal; /* Copper: the guest chose conn_id and event_flag */
	uint32_t conn_id;
	uint16_t event_flag;
};

static int open_validate(struct vmbus_server *s, struct vmbus_chan *ch, const struct open_req *o,
			 struct rt_gpadl **gp)
{
	int rc;

	if (o->guest_signal) {
		/* Its own connection id must not steal another channel's route. */
		for (struct vmbus_chan *c = s->chans; c; c = c->next) {
			if (c != ch && c->is_open && c->sig_conn_id == o->conn_id) {
				rt_log_rl(&ch->log, RT_LOG_WARN,
					  "OPENCHANNEL: connection id %u is in use", o->conn_id);
				return -EBUSY;
			}
		}
		if (o->event_flag >= 2048) { /* the SIEF slot has 2048 flags */
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

static void do_open(struct vmbus_server *s, struct vmbus_chan *ch, const struct open_req *o)
{
	struct rt_gpadl *gp = NULL;
	int rc;

	rc = open_validate(s, ch, o, &gp);
	if (rc)
		goto fail;
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
	vmbus_chan_resume(ch);
	vmbus_chan_feed(ch, VMBUS_CHAN_EV_OPEN_OK);
	rt_log_rl(&ch->log, RT_LOG_INFO, "open: gpadl %u vp %u", o->gpadl, o->target_vp);
	vmbus_send_open_result(s, ch->relid, o->openid, 0);
	return;

fail_gpadl:
	rt_gpadl_release(s->gpadls, ch->ring_gpadl);
	ch->ring_gpadl = NULL;
fail:
	s->dropped++;
	vmbus_chan_feed(ch, VMBUS_CHAN_EV_OPEN_FAILED);
	vmbus_send_open_result(s, ch->relid, o->openid, VMBUS_STATUS_UNSUCCESSFUL);
}

void vmbus_handle_openchannel(struct vmbus_server *s, uint32_t conn_id, const struct vmbus_msg *m)
{
	const struct vmbus_openchannel *oc = &m->u.openchannel;
	struct open_req o = {.relid = oc->child_relid,
			     .openid = oc->openid,
			     .gpadl = oc->ringbuffer_gpadlhandle,
			     .target_vp = oc->target_vp,
			     .downstream = oc->downstream_ringbuffer_pageoffset,
			     .userdata = oc->userdata};
	struct vmbus_chan *ch = vmbus_offer_find(s, o.relid);

	/* The Copper variant shares the leading fields and adds the signal parameters. */
	if (m->variant == 0 && (s->features & 0x1)) {
		o.guest_signal = true;
		o.conn_id = m->u.openchannel2.connection_id;
		o.event_flag = m->u.openchannel2.event_flag;
	}

	if (!ch) {
		s->dropped++;
		rt_log_rl(&s->log, RT_LOG_WARN, "OPENCHANNEL for unknown relid %u", o.relid);
		vmbus_send_open_result(s, o.relid, o.openid, VMBUS_STATUS_UNSUCCESSFUL);
		return;
	}
	if (vmbus_chan_feed(ch, VMBUS_CHAN_EV_OPENCHANNEL)) {
		chan_drop(ch, m->type, "not legal now");
		/* Only a second open of an open channel has someone waiting. */
		if (ch->is_open && !ch->rescinded)
			vmbus_send_open_result(s, o.relid, o.openid, VMBUS_STATUS_UNSUCCESSFUL);
		return;
	}
	do_open(s, ch, &o);
}

void vmbus_handle_closechannel(struct vmbus_server *s, uint32_t conn_id, const struct vmbus_msg *m)
{
	struct vmbus_chan *ch = vmbus_offer_find(s, m->u.closechannel.child_relid);

	if (!ch) {
		s->dropped++;
		rt_log_rl(&s->log, RT_LOG_WARN, "CLOSECHANNEL for unknown relid %u",
			  m->u.closechannel.child_relid);
		return;
	}
	if (vmbus_chan_feed(ch, VMBUS_CHAN_EV_CLOSECHANNEL)) {
		chan_drop(ch, m->type, "not open");
		return;
	}
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
		rescind_subchannels(s, ch);
}

void vmbus_handle_relid_released(struct vmbus_server *s, uint32_t conn_id,
				 const struct vmbus_msg *m)
{
	struct vmbus_chan *ch = vmbus_offer_find(s, m->u.relid_released.child_relid);

	if (!ch) {
		s->dropped++;
		rt_log_rl(&s->log, RT_LOG_WARN, "RELID_RELEASED for unknown relid %u",
			  m->u.relid_released.child_relid);
		return;
	}
	if (vmbus_chan_feed(ch, VMBUS_CHAN_EV_RELID_RELEASED)) {
		chan_drop(ch, m->type, "not rescinded");
		return;
	}
	vmbus_offer_free(s, ch);
}

void vmbus_handle_modifychannel(struct vmbus_server *s, uint32_t conn_id, const struct vmbus_msg *m)
{
	const struct vmbus_modifychannel *mc = &m->u.modifychannel;
	struct vmbus_chan *ch = vmbus_offer_find(s, mc->child_relid);
	int32_t status = 0;

	if (!ch || vmbus_chan_feed(ch, VMBUS_CHAN_EV_MODIFYCHANNEL)) {
		if (ch)
			chan_drop(ch, m->type, "not open");
		else
			s->dropped++;
		status = (int32_t)VMBUS_STATUS_UNSUCCESSFUL;
	} else if (mc->target_vp >= s->part->vp_count) {
		rt_log_rl(&ch->log, RT_LOG_WARN, "MODIFYCHANNEL: target vp %u >= %u", mc->target_vp,
			  s->part->vp_count);
		status = (int32_t)VMBUS_STATUS_UNSUCCESSFUL;
	} else {
		vmbus_chan_set_target_vp(ch, mc->target_vp);
	}
	/* The guest waits for an answer only from 5.3 on. */
	if (s->version >= VMBUS_VER_WIN10_V5_3) {
		struct vmbus_modifychannel_response r = {0};
		r.child_relid = mc->child_relid;
		r.status = status;
		POST_MSG(s, VMBUS_CONN_EV_CHANNEL_TX, VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE,
			 modifychannel_response, r);
	}
}
