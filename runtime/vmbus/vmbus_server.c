/*
 * VMBus server: connection life cycle, message intake and dispatch, GPADLs.
 * Offers and channel messages are in vmbus_offer.c; the data path in
 * vmbus_chan.c.
 *
 * Intake order for every guest message: copy + decode with the generated
 * codec at the negotiated version, the connection id check (the hypercall
 * status), then the event the spec maps the message to (vmbus_msg_event)
 * goes to the generated connection machine, which decides whether it is
 * legal now and runs the server's actions, then the generated handler table
 * dispatches it. Sends go the same way in reverse (vmbus_srv_send).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/trace.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_priv.h"

static void conn_disconnect(struct vmbus_server *s);
static void trk_free_all(struct vmbus_server *s);

bool vmbus_version_known(uint32_t v)
{
	return vmbus_version_name(v) != NULL;
}

int vmbus_version_parse(const char *str, uint32_t *out)
{
	char *end;
	unsigned long major, minor;

	major = strtoul(str, &end, 10);
	if (end == str || *end != '.' || major > 0xFFFF)
		return -EINVAL;
	str = end + 1;
	minor = strtoul(str, &end, 10);
	if (end == str || *end || minor > 0xFFFF)
		return -EINVAL;
	*out = (uint32_t)(major << 16 | minor);
	return 0;
}

struct rt_trace *vmbus_server_trace(const struct vmbus_server *s)
{
	return s->opts.trace;
}

void vmbus_server_get_info(const struct vmbus_server *s, struct vmbus_server_info *out)
{
	const struct vmbus_chan *c;

	memset(out, 0, sizeof(*out));
	out->connected = s->version != 0;
	out->version = s->version;
	out->features = s->features;
	out->target_vp = s->target_vp;
	out->target_sint = s->target_sint;
	out->dropped_messages = s->dropped;
	TAILQ_FOREACH(c, &s->chans, link) {
		out->offers++;
		if (c->is_open)
			out->open_channels++;
	}
	out->gpadls = rt_gpadl_table_count(s->gpadls);
}

int vmbus_srv_send(struct vmbus_server *s, const struct vmbus_msg *m)
{
	struct pv_codec_ctx cx = {
		.version = s->version, .features = s->features, .dir = PV_DIR_TO_GUEST};
	uint8_t buf[VMBUS_MAX_MESSAGE_SIZE];
	int ev = vmbus_msg_event(m, PV_DIR_TO_GUEST), n, rc;
	bool held;

	n = vmbus_msg_encode(m, &cx, buf, sizeof(buf));
	if (n < 0) {
		rt_log_err(&s->log, "encoding %s: %s", vmbus_msg_type_name(m->type),
			   pv_codec_err_name((enum pv_codec_err) - n));
		return -EINVAL;
	}
	if (ev && vmbus_conn_feed(s, (enum vmbus_conn_event)ev)) {
		rt_log_rl(&s->log, RT_LOG_DEBUG, "not sending %s in state %s",
			  vmbus_msg_type_name(m->type), vmbus_conn_fsm_state_name(&s->conn_fsm));
		return -EPROTO;
	}
	/* Recorded under the trace's hold: before anything the guest does on getting it. */
	held = rt_trace_on(s->opts.trace) && rt_trace_hold(s->opts.trace);
	rc = rt_partition_post_message(s->part, s->target_vp, s->target_sint, VMBUS_SYNIC_MSG_TYPE,
				       buf, (size_t)n);
	if (held) {
		if (rc == 0)
			rt_trace_vmbus_held(s->opts.trace, PVTRACE_DIR_TO_GUEST, buf, (size_t)n);
		rt_trace_release(s->opts.trace);
	}
	if (rc)
		rt_log_rl(&s->log, RT_LOG_WARN, "posting %s to vp %u sint %u: %s",
			  vmbus_msg_type_name(m->type), s->target_vp, s->target_sint,
			  strerror(-rc));
	return rc;
}

static void drop(struct vmbus_server *s, const char *what, uint32_t type)
{
	s->dropped++;
	rt_log_rl(&s->log, RT_LOG_WARN, "dropped %s: %s", vmbus_msg_type_name(type), what);
}

/* ------------------------------------------------------------------ */
/* Connection                                                           */

/*
 * Forgets the guest's session: closes open channels, frees rescinded ones,
 * drops GPADLs. Offers stay registered and are offered again after the next
 * REQUESTOFFERS.
 */
static void conn_disconnect(struct vmbus_server *s)
{
	struct vmbus_chan *c, *next;

	TAILQ_FOREACH_SAFE(c, &s->chans, link, next)
		vmbus_offer_reset(s, c);
	rt_gpadl_table_reset(s->gpadls);
	trk_free_all(s);
	s->version = 0;
	s->features = 0;
	s->offers_requested = false;
	s->target_vp = 0;
	s->target_sint = VMBUS_MESSAGE_SINT;
}

static int send_version_response(struct vmbus_server *s, bool ok, uint32_t version)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_VERSION_RESPONSE};

	if (version >= VMBUS_VERSION_COPPER && ok) {
		m.variant = VMBUS_MSG_VAR_VERSION_RESPONSE_VERSION_RESPONSE2;
		m.u.version_response2.version_supported = 1;
		m.u.version_response2.connection_state = VMBUS_CONNECTION_STATE_SUCCESSFUL;
		m.u.version_response2.msg_conn_id = s->opts.msg_conn_id;
		m.u.version_response2.supported_features = (uint32_t)s->features;
		return vmbus_srv_send(s, &m);
	}
	m.variant = VMBUS_MSG_VAR_VERSION_RESPONSE_VERSION_RESPONSE;
	m.u.version_response.version_supported = ok;
	m.u.version_response.connection_state = VMBUS_CONNECTION_STATE_SUCCESSFUL;
	/* Before 5.0 the field is unused by Linux; OpenVMM puts the version there. */
	if (ok)
		m.u.version_response.msg_conn_id =
			version >= VMBUS_VERSION_WIN10_V5 ? s->opts.msg_conn_id : version;
	return vmbus_srv_send(s, &m);
}

static int act_conn_reset(void *ctx)
{
	struct vmbus_server *s = ctx;

	/*
	 * A second INITIATE_CONTACT while connected (kexec, a driver reload)
	 * is an implicit disconnect, as in OpenVMM: every channel and GPADL of
	 * the old session is released, then the request is handled like a
	 * first one.
	 */
	rt_log_rl(&s->log, RT_LOG_INFO, "INITIATE_CONTACT while connected: reconnecting");
	conn_disconnect(s);
	return 0;
}

static int act_conn_connected(void *ctx)
{
	struct vmbus_server *s = ctx;

	rt_log_rl(&s->log, RT_LOG_INFO,
		  "guest connected: version %u.%u features 0x%llx vp %u sint %u", s->version >> 16,
		  s->version & 0xFFFF, (unsigned long long)s->features, s->target_vp,
		  s->target_sint);
	return 0;
}

static int act_conn_unload(void *ctx)
{
	struct vmbus_server *s = ctx;

	s->unload_version = s->version;
	rt_log_rl(&s->log, RT_LOG_INFO, "guest unloads VMBus");
	conn_disconnect(s);
	return 0;
}

static int act_conn_request_offers(void *ctx)
{
	struct vmbus_server *s = ctx;

	s->offers_requested = true;
	return 0;
}

static const struct vmbus_conn_actions conn_actions = {
	.on_reset = act_conn_reset,
	.on_connected = act_conn_connected,
	.on_request_offers = act_conn_request_offers,
	.on_unload = act_conn_unload,
};

int vmbus_conn_feed(struct vmbus_server *s, enum vmbus_conn_event ev)
{
	return vmbus_conn_fsm_feed(&s->conn_fsm, ev, &conn_actions, s);
}

/* INITIATE_CONTACT (both variants share the fields read here; Copper adds client_id). */
static int handle_initiate_contact(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	const struct vmbus_initiate_contact *ic = &m->u.initiate_contact;
	uint32_t max = s->opts.max_version ? s->opts.max_version : UINT32_MAX;
	uint32_t v = ic->vmbus_version_requested;
	uint32_t sint = v >= VMBUS_VERSION_WIN10_V5 ? ic->msg_sint : VMBUS_MESSAGE_SINT;

	/* Messages go to the VP and (from 5.0) the SINT the guest names. */
	if (ic->target_vcpu >= s->part->vp_count || sint >= 16) {
		rt_log_rl(&s->log, RT_LOG_WARN, "INITIATE_CONTACT: bad target vp %u / sint %u",
			  ic->target_vcpu, sint);
		s->dropped++;
		s->target_vp = 0;
		s->target_sint = VMBUS_MESSAGE_SINT;
		return send_version_response(s, false, 0);
	}
	s->target_vp = ic->target_vcpu;
	s->target_sint = sint;
	if (!vmbus_version_known(v) || v > max) {
		rt_log_rl(&s->log, RT_LOG_INFO, "refusing version %u.%u", v >> 16, v & 0xFFFF);
		return send_version_response(s, false, 0);
	}
	s->version = v;
	s->features = v >= VMBUS_VERSION_COPPER ? (ic->feature_flags & VMBUS_SERVER_FEATURES) : 0;
	return send_version_response(s, true, v);
}

static int handle_requestoffers(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	struct vmbus_msg done = {.type = VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED};
	struct vmbus_chan *c;

	(void)m;
	TAILQ_FOREACH(c, &s->chans, link)
		if (!c->rescinded && !c->offer_sent)
			vmbus_offer_send(s, c);
	return vmbus_srv_send(s, &done);
}

static int handle_unload(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	struct vmbus_msg r = {.type = VMBUS_MSG_TYPE_UNLOAD_RESPONSE};
	const struct pv_msg_desc *d = vmbus_msg_lookup(r.type);
	uint32_t v = s->unload_version;

	(void)m;
	/* UNLOAD_RESPONSE exists from the version its row says (1.1); 0.13 guests get none. */
	if (v == 0 || v >= d->since_version)
		return vmbus_srv_send(s, &r);
	return vmbus_conn_feed(s, VMBUS_CONN_EV_UNLOAD_RESPONSE);
}

/* ------------------------------------------------------------------ */
/* GPADLs                                                               */

static void send_gpadl_created(struct vmbus_server *s, uint32_t relid, uint32_t id, uint32_t status)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_CREATED};

	m.u.gpadl_created.child_relid = relid;
	m.u.gpadl_created.gpadl = id;
	m.u.gpadl_created.creation_status = status;
	vmbus_srv_send(s, &m);
}

/*
 * Each GPADL the table accepted is tracked with the generated gpadl machine
 * (HEADER, BODY*, BODY_LAST | HEADER_COMPLETE, then CREATED_OK ... TEARDOWN,
 * TORNDOWN or CREATED_FAILED); the tracker also remembers the relid, which
 * GPADL_CREATED must carry even when a body fails. The machine's actions do
 * the table work; what only the table knows (which body is the last) picks
 * the event.
 */
static struct vmbus_gpadl_trk *trk_find(struct vmbus_server *s, uint32_t id)
{
	struct vmbus_gpadl_trk *t;

	TAILQ_FOREACH(t, &s->gpadl_trk, link)
		if (t->id == id)
			return t;
	return NULL;
}

static void trk_free(struct vmbus_server *s, struct vmbus_gpadl_trk *t)
{
	TAILQ_REMOVE(&s->gpadl_trk, t, link);
	free(t);
}

static void trk_free_all(struct vmbus_server *s)
{
	while (!TAILQ_EMPTY(&s->gpadl_trk))
		trk_free(s, TAILQ_FIRST(&s->gpadl_trk));
}

/* What the gpadl machine's actions work on. */
struct gpadl_step {
	struct vmbus_server *s;
	struct vmbus_gpadl_trk *t;
	int rc; /* the table's verdict: 1 complete, < 0 refused */
};

static void gpadl_torndown_cb(void *ctx, uint32_t id);

static int act_gpadl_complete(void *ctx)
{
	struct gpadl_step *g = ctx;

	if (g->rc < 0)
		rt_log_rl(&g->s->log, RT_LOG_WARN, "GPADL %u for relid %u refused: %s", g->t->id,
			  g->t->relid, strerror(-g->rc));
	return 0;
}

static int act_gpadl_teardown(void *ctx)
{
	struct gpadl_step *g = ctx;

	g->rc = rt_gpadl_teardown(g->s->gpadls, g->t->relid, g->t->id, gpadl_torndown_cb, g->s);
	return 0;
}

static const struct vmbus_gpadl_actions gpadl_actions = {
	.on_complete = act_gpadl_complete,
	.on_teardown = act_gpadl_teardown,
};

static int gpadl_feed(struct gpadl_step *g, enum vmbus_gpadl_event ev)
{
	return vmbus_gpadl_fsm_feed(&g->t->fsm, ev, &gpadl_actions, g);
}

/* Answers the GPADL's creation (the message's gpadl event: CREATED_OK or _FAILED). */
static void gpadl_created(struct gpadl_step *g)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_CREATED};

	m.u.gpadl_created.child_relid = g->t->relid;
	m.u.gpadl_created.gpadl = g->t->id;
	m.u.gpadl_created.creation_status = g->rc == 1 ? 0 : VMBUS_STATUS_UNSUCCESSFUL;
	/* Our own order of events: a refusal here is a server bug, not the guest's. */
	if (gpadl_feed(g, (enum vmbus_gpadl_event)vmbus_msg_gpadl_event(&m, PV_DIR_TO_GUEST)))
		rt_log_err(&g->s->log, "GPADL %u: creation answer out of order", g->t->id);
	if (g->rc != 1)
		g->s->dropped++;
	vmbus_srv_send(g->s, &m);
	if (g->rc != 1)
		trk_free(g->s, g->t);
}

static int handle_gpadl_header(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	const struct vmbus_gpadl_header *h = &m->u.gpadl_header;
	struct vmbus_chan *ch = vmbus_offer_find(s, h->child_relid);
	struct gpadl_step g = {.s = s};
	struct rt_gpadl *done = NULL;

	if (!ch || !ch->offer_sent ||
	    vmbus_chan_feed(ch, (enum vmbus_chan_event)vmbus_msg_chan_event(m, PV_DIR_TO_HOST))) {
		rt_log_rl(&s->log, RT_LOG_WARN, "GPADL %u for relid %u: no such live channel",
			  h->gpadl, h->child_relid);
		s->dropped++;
		send_gpadl_created(s, h->child_relid, h->gpadl, VMBUS_STATUS_UNSUCCESSFUL);
		return 0;
	}
	if (trk_find(s, h->gpadl)) {
		/* Duplicate id: the live GPADL must survive; answer with a failure. */
		rt_log_rl(&s->log, RT_LOG_WARN, "GPADL %u: id already in use", h->gpadl);
		s->dropped++;
		send_gpadl_created(s, h->child_relid, h->gpadl, VMBUS_STATUS_UNSUCCESSFUL);
		return 0;
	}
	g.t = calloc(1, sizeof(*g.t));
	if (!g.t) {
		send_gpadl_created(s, h->child_relid, h->gpadl, VMBUS_STATUS_UNSUCCESSFUL);
		return -ENOMEM;
	}
	g.t->id = h->gpadl;
	g.t->relid = h->child_relid;
	vmbus_gpadl_fsm_init(&g.t->fsm);
	TAILQ_INSERT_HEAD(&s->gpadl_trk, g.t, link);
	g.rc = rt_gpadl_header(s->gpadls, h->child_relid, h->gpadl, h->range_buflen, h->rangecount,
			       h->data, h->data_count * sizeof(uint64_t), &done);
	if (g.rc == 0)
		return gpadl_feed(&g, VMBUS_GPADL_EV_HEADER);
	if (g.rc == -EEXIST)
		g.rc = -EINVAL;
	gpadl_feed(&g, VMBUS_GPADL_EV_HEADER_COMPLETE);
	gpadl_created(&g);
	return 0;
}

static int handle_gpadl_body(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	const struct vmbus_gpadl_body *b = &m->u.gpadl_body;
	struct gpadl_step g = {.s = s, .t = trk_find(s, b->gpadl)};
	struct rt_gpadl *done = NULL;

	if (!g.t || !vmbus_gpadl_fsm_can_feed(&g.t->fsm, VMBUS_GPADL_EV_BODY)) {
		drop(s, "no GPADL with that id is being created", m->type);
		return 0;
	}
	g.rc = rt_gpadl_body(s->gpadls, b->msgnumber, b->gpadl, b->pfn,
			     b->pfn_count * sizeof(uint64_t), &done);
	/* Only the table knows which body is the last. */
	if (g.rc == 0)
		return gpadl_feed(&g, VMBUS_GPADL_EV_BODY);
	gpadl_feed(&g, VMBUS_GPADL_EV_BODY_LAST);
	gpadl_created(&g);
	return 0;
}

static void send_torndown(struct vmbus_server *s, uint32_t id)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_TORNDOWN};
	struct gpadl_step g = {.s = s, .t = trk_find(s, id)};
	int ev = vmbus_msg_gpadl_event(&m, PV_DIR_TO_GUEST);

	/*
	 * A deferred teardown's answer is queued from the thread that dropped
	 * the last reference; the guest may have reconnected meanwhile and
	 * reused the id. Answer only a teardown of this session that is done:
	 * its tracker waits for TORNDOWN and the table no longer holds the id.
	 */
	if (!g.t || !vmbus_gpadl_fsm_can_feed(&g.t->fsm, (enum vmbus_gpadl_event)ev) ||
	    rt_gpadl_exists(s->gpadls, id)) {
		rt_log_rl(&s->log, RT_LOG_DEBUG, "GPADL %u: stale teardown answer dropped", id);
		return;
	}
	gpadl_feed(&g, (enum vmbus_gpadl_event)ev);
	trk_free(s, g.t);
	m.u.gpadl_torndown.gpadl = id;
	vmbus_srv_send(s, &m);
}

static void run_req(struct rt_work *wk);

/* Deferred teardown finished: the last ring reference went (any thread). */
static void gpadl_torndown_cb(void *ctx, uint32_t id)
{
	struct vmbus_server *s = ctx;
	struct vmbus_srv_req *r = calloc(1, sizeof(*r));

	/* Queued, so the answer never nests inside the handler that closed the ring. */
	if (!r)
		return;
	r->kind = VMBUS_REQ_TORNDOWN;
	r->gpadl_id = id;
	vmbus_srv_queue(s, r);
}

static int handle_gpadl_teardown(void *ctx, const struct vmbus_msg *m)
{
	struct vmbus_server *s = ctx;
	const struct vmbus_gpadl_teardown *td = &m->u.gpadl_teardown;
	struct gpadl_step g = {.s = s, .t = trk_find(s, td->gpadl)};
	struct vmbus_chan *ch = vmbus_offer_find(s, td->child_relid);

	if (!g.t || g.t->relid != td->child_relid || !ch) {
		drop(s, "unknown GPADL", m->type);
		return 0;
	}
	/* TEARDOWN @on_teardown asks the table (g.rc). */
	if (gpadl_feed(&g, (enum vmbus_gpadl_event)vmbus_msg_gpadl_event(m, PV_DIR_TO_HOST))) {
		drop(s, "GPADL not created or already being torn down", m->type);
		return 0;
	}
	vmbus_chan_feed(ch, (enum vmbus_chan_event)vmbus_msg_chan_event(m, PV_DIR_TO_HOST));
	if (g.rc == 0)
		send_torndown(s, td->gpadl);
	else if (g.rc < 0)
		drop(s, "GPADL table refused the teardown", m->type);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Intake                                                               */

/* Guest->host messages the server acts on; the others are dropped. */
static const struct vmbus_msg_handlers handlers = {
	.requestoffers = handle_requestoffers,
	.openchannel = vmbus_handle_openchannel,
	.closechannel = vmbus_handle_closechannel,
	.gpadl_header = handle_gpadl_header,
	.gpadl_body = handle_gpadl_body,
	.gpadl_teardown = handle_gpadl_teardown,
	.relid_released = vmbus_handle_relid_released,
	.initiate_contact = handle_initiate_contact,
	.unload = handle_unload,
	.modifychannel = vmbus_handle_modifychannel,
};

/* The u32 field at `off` of the fixed part, which a malformed message may still hold. */
static uint32_t fixed_u32(const void *payload, size_t len, size_t off, bool *ok)
{
	*ok = *ok && len >= off + 4;
	return *ok ? pv_get_u32((const uint8_t *)payload + off) : 0;
}

/*
 * A decode failure still gets its protocol answer where the guest waits for
 * one: the relid and GPADL id are read from the fixed part, at the offsets
 * the spec gives them.
 */
static void answer_malformed(struct vmbus_server *s, uint32_t type, const void *payload, size_t len)
{
	bool ok = true;

	if (type == VMBUS_MSG_TYPE_GPADL_HEADER) {
		uint32_t relid = fixed_u32(
			payload, len, offsetof(struct vmbus_wire_gpadl_header, child_relid), &ok);
		uint32_t id = fixed_u32(payload, len,
					offsetof(struct vmbus_wire_gpadl_header, gpadl), &ok);
		if (ok)
			send_gpadl_created(s, relid, id, VMBUS_STATUS_UNSUCCESSFUL);
	} else if (type == VMBUS_MSG_TYPE_OPENCHANNEL) {
		uint32_t relid = fixed_u32(
			payload, len, offsetof(struct vmbus_wire_openchannel, child_relid), &ok);
		uint32_t id = fixed_u32(payload, len,
					offsetof(struct vmbus_wire_openchannel, openid), &ok);
		if (ok)
			vmbus_send_open_result(s, relid, id, VMBUS_STATUS_UNSUCCESSFUL);
	}
}

/*
 * Connection ids: 4 only carries INITIATE_CONTACT for 5.0 and newer; 1
 * carries everything below 5.0; once connected at 5.0+, the id we returned
 * carries the rest. Linux moves to an older version when INITIATE_CONTACT
 * gets INVALID_CONNECTION_ID.
 */
static bool conn_id_ok(const struct vmbus_server *s, uint32_t conn_id, const struct vmbus_msg *m,
		       bool decoded)
{
	if (m->type == VMBUS_MSG_TYPE_INITIATE_CONTACT) {
		if (!decoded)
			return conn_id == VMBUS_MESSAGE_CONNECTION_ID ||
			       conn_id == VMBUS_MESSAGE_CONNECTION_ID_4;
		return conn_id ==
		       (m->u.initiate_contact.vmbus_version_requested >= VMBUS_VERSION_WIN10_V5
				? VMBUS_MESSAGE_CONNECTION_ID_4
				: VMBUS_MESSAGE_CONNECTION_ID);
	}
	if (conn_id == VMBUS_MESSAGE_CONNECTION_ID && !s->version)
		return true;
	return conn_id == (s->version >= VMBUS_VERSION_WIN10_V5 ? s->opts.msg_conn_id
								: VMBUS_MESSAGE_CONNECTION_ID);
}

static enum rt_hv_status on_message(void *ctx, uint32_t conn_id, uint32_t message_type,
				    const void *payload, size_t len)
{
	struct vmbus_server *s = ctx;
	struct pv_codec_ctx cctx = {
		.version = s->version, .features = s->features, .dir = PV_DIR_TO_HOST};
	struct vmbus_msg m = {0};
	enum pv_codec_err err;
	int ev, rc;

	rt_loop_assert_thread(s->loop);
	err = vmbus_msg_decode(payload, len, &cctx, &m);
	if (!conn_id_ok(s, conn_id, &m, err == PV_OK))
		return RT_HV_STATUS_INVALID_CONNECTION_ID;
	if (rt_trace_on(s->opts.trace))
		rt_trace_vmbus(s->opts.trace, PVTRACE_DIR_TO_HOST, payload, len);
	if (err != PV_OK) {
		s->dropped++;
		rt_log_rl(&s->log, RT_LOG_WARN, "malformed %s (%zu bytes): %s",
			  vmbus_msg_type_name(m.type), len, pv_codec_err_name(err));
		answer_malformed(s, m.type, payload, len);
		return RT_HV_STATUS_SUCCESS;
	}
	/* Channel messages are legal only once offers were requested (CHANNEL_RX). */
	ev = vmbus_msg_event(&m, PV_DIR_TO_HOST);
	if (ev && vmbus_conn_feed(s, (enum vmbus_conn_event)ev)) {
		drop(s,
		     ev == VMBUS_CONN_EV_CHANNEL_RX ? "no offers requested yet" : "not legal now",
		     m.type);
		return RT_HV_STATUS_SUCCESS;
	}
	rc = vmbus_msg_dispatch(&handlers, s, &m);
	if (rc == -EOPNOTSUPP)
		drop(s, "not a guest->host message the server handles", m.type);
	return RT_HV_STATUS_SUCCESS;
}

void vmbus_server_disconnect(struct vmbus_server *s)
{
	conn_disconnect(s);
	vmbus_conn_fsm_init(&s->conn_fsm);
}

static void on_reset(void *ctx)
{
	struct vmbus_server *s = ctx;

	rt_log_rl(&s->log, RT_LOG_INFO, "guest reset: forgetting its VMBus session");
	conn_disconnect(s);
	vmbus_conn_fsm_init(&s->conn_fsm);
}

/* ------------------------------------------------------------------ */
/* Requests from other threads                                          */

void vmbus_srv_queue(struct vmbus_server *s, struct vmbus_srv_req *r)
{
	r->srv = s;
	/* Owed work (an answer, an offer): counted, never refused; GPADLs then stop first. */
	rt_budget_add(&s->budget, sizeof(*r));
	if (rt_worker_call(&s->ctl, &r->work, run_req)) {
		rt_budget_release(&s->budget, sizeof(*r));
		free(r); /* the server is stopping: nothing is left to do it for */
	}
}

static void run_req(struct rt_work *wk)
{
	struct vmbus_srv_req *r = rt_container_of(wk, struct vmbus_srv_req, work);
	struct vmbus_server *s = r->srv;

	switch (r->kind) {
	case VMBUS_REQ_SUBCHANNELS:
		/*
		 * The primary may have been released, or closed (its subchannels
		 * rescinded), since the VSP asked.
		 */
		if (vmbus_offer_live(s, r->ch) && r->ch->is_open)
			vmbus_offer_subchannels(s, r->ch, r->count);
		break;
	case VMBUS_REQ_RESET:
		vmbus_offer_chan_reset(s, r->ch);
		break;
	case VMBUS_REQ_TORNDOWN:
		if (s->version)
			send_torndown(s, r->gpadl_id);
		break;
	}
	rt_budget_release(&s->budget, sizeof(*r));
	free(r);
}

/* ------------------------------------------------------------------ */
/* For servicing (vmbus_save.c, through vmbus_priv.h)                   */

void vmbus_srv_drain(struct vmbus_server *s)
{
	rt_worker_run_queued(&s->ctl);
}

void vmbus_gpadl_torndown_cb(void *ctx, uint32_t id)
{
	gpadl_torndown_cb(ctx, id);
}

struct vmbus_gpadl_trk *vmbus_trk_find(struct vmbus_server *s, uint32_t id)
{
	return trk_find(s, id);
}

void vmbus_send_torndown(struct vmbus_server *s, uint32_t id)
{
	send_torndown(s, id);
}

/* ------------------------------------------------------------------ */
/* Life cycle                                                           */

int vmbus_server_new(struct rt_partition *p, const struct vmbus_server_opts *opts,
		     struct vmbus_server **out)
{
	struct vmbus_server *s;
	struct rt_gpadl_limits lim;
	int rc;

	if (!opts->log || (opts->budget && opts->budget < VMBUS_SERVER_MIN_BUDGET))
		return -EINVAL;
	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->part = p;
	s->loop = p->loop;
	s->logsink = opts->log;
	s->opts = *opts;
	TAILQ_INIT(&s->chans);
	TAILQ_INIT(&s->gpadl_trk);
	if (!s->opts.msg_conn_id)
		s->opts.msg_conn_id = VMBUS_MESSAGE_CONNECTION_ID;
	if (!s->opts.workers)
		s->opts.workers = 1;
	if (!s->opts.signal_conn_base)
		s->opts.signal_conn_base = 0x10000;
	s->target_sint = VMBUS_MESSAGE_SINT;
	rt_log_obj_init(&s->log, opts->log, "vmbus");
	vmbus_conn_fsm_init(&s->conn_fsm);
	rt_budget_init(&s->budget, opts->budget ? opts->budget : VMBUS_SERVER_DEFAULT_BUDGET, NULL);
	rt_gpadl_limits_default(&lim);
	lim.budget = &s->budget;
	rc = rt_gpadl_table_create(p->gmem, &lim, &s->gpadls);
	if (rc)
		goto fail_free;
	rc = rt_worker_attach(&s->ctl, s->loop, "vmbus-ctl");
	if (rc)
		goto fail_gpadls;

	s->workers = calloc(s->opts.workers, sizeof(*s->workers));
	if (!s->workers) {
		rc = -ENOMEM;
		goto fail_ctl;
	}
	for (; s->nworkers < s->opts.workers; s->nworkers++) {
		char name[16];
		snprintf(name, sizeof(name), "vmbus-w%u", s->nworkers % 1000u);
		rc = rt_worker_start(&s->workers[s->nworkers], name);
		if (rc)
			goto fail_workers;
	}
	p->cb.on_message = on_message;
	p->cb.on_reset = on_reset;
	p->cb_ctx = s;
	*out = s;
	return 0;

fail_workers:
	while (s->nworkers)
		rt_worker_stop(&s->workers[--s->nworkers]);
	free(s->workers);
fail_ctl:
	rt_worker_stop(&s->ctl);
fail_gpadls:
	rt_gpadl_table_destroy(s->gpadls);
fail_free:
	free(s);
	return rc;
}

void vmbus_server_destroy(struct vmbus_server *s)
{
	if (!s)
		return;
	conn_disconnect(s);
	while (!TAILQ_EMPTY(&s->chans))
		vmbus_offer_free(s, TAILQ_FIRST(&s->chans));
	for (unsigned i = 0; i < s->nworkers; i++)
		rt_worker_stop(&s->workers[i]);
	free(s->workers);
	/* What other threads queued runs (and is freed) before the loop goes. */
	rt_worker_stop(&s->ctl);
	rt_gpadl_table_destroy(s->gpadls);
	if (s->part->cb_ctx == s) {
		s->part->cb.on_message = NULL;
		s->part->cb.on_reset = NULL;
		s->part->cb_ctx = NULL;
	}
	free(s);
}
