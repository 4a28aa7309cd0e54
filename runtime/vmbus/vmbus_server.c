/*
 * VMBus server: connection life cycle, message intake and dispatch, GPADLs.
 * Offers and channel messages are in vmbus_offer.c; the data path in
 * vmbus_chan.c.
 *
 * Intake order for every guest message: connection id check (the hypercall
 * status), copy + decode with the generated codec at the negotiated version,
 * then the generated session machine decides whether the message is legal
 * now, then the handler from the dispatch table runs.
 */
#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/trace.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_priv.h"
#include "vmbus_codec.h"

static void conn_disconnect(struct vmbus_server *s);
static void trk_free_all(struct vmbus_server *s);

/* SynIC message type for VMBus channel messages (HVMSG_NORMAL... Linux uses 1). */
#define VMBUS_SYNIC_MSG_TYPE 1

static const uint32_t versions[] = {
	VMBUS_VER_WS2008,     VMBUS_VER_WIN7,       VMBUS_VER_WIN8,     VMBUS_VER_WIN8_1,
	VMBUS_VER_WIN10,      VMBUS_VER_WIN10_V4_1, VMBUS_VER_WIN10_V5, VMBUS_VER_WIN10_V5_1,
	VMBUS_VER_WIN10_V5_2, VMBUS_VER_WIN10_V5_3, VMBUS_VER_COPPER,
};

bool vmbus_version_known(uint32_t v)
{
	for (size_t i = 0; i < RT_ARRAY_SIZE(versions); i++)
		if (versions[i] == v)
			return true;
	return false;
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
	memset(out, 0, sizeof(*out));
	out->connected = s->version != 0;
	out->version = s->version;
	out->features = s->features;
	out->target_vp = s->target_vp;
	out->target_sint = s->target_sint;
	out->dropped_messages = s->dropped;
	for (struct vmbus_chan *c = s->chans; c; c = c->next) {
		out->offers++;
		if (c->is_open)
			out->open_channels++;
	}
	out->gpadls = rt_gpadl_table_count(s->gpadls);
}

int vmbus_srv_post(struct vmbus_server *s, uint32_t type, const void *msg, size_t len)
{
	int rc = rt_partition_post_message(s->part, s->target_vp, s->target_sint,
					   VMBUS_SYNIC_MSG_TYPE, msg, len);
	if (rt_trace_on(s->opts.trace) && rc == 0)
		rt_trace_vmbus(s->opts.trace, PVTRACE_DIR_TO_GUEST, msg, len);
	if (rc)
		rt_log_rl(&s->log, RT_LOG_WARN, "posting %s to vp %u sint %u: %s",
			  vmbus_msg_type_name(type), s->target_vp, s->target_sint, strerror(-rc));
	return rc;
}

/*
 * Feeds the connection machine the event for a message we send (0: none),
 * then posts it. A message the machine refuses is not sent.
 */
int vmbus_srv_send(struct vmbus_server *s, int ev, uint32_t type, const void *msg, size_t len)
{
	if (ev && vmbus_conn_feed(s, (enum vmbus_conn_event)ev)) {
		rt_log_rl(&s->log, RT_LOG_DEBUG, "not sending %s in state %s",
			  vmbus_msg_type_name(type), vmbus_conn_fsm_state_name(&s->conn_fsm));
		return -EPROTO;
	}
	return vmbus_srv_post(s, type, msg, len);
}

/* Encodes a private message struct, feeds EV and posts it. */
#define POST_MSG(s, EV, TYPE, kind, val)                                                \
	({                                                                              \
		uint8_t buf_[RT_HV_MESSAGE_PAYLOAD_MAX];                                \
		(val).hdr.msgtype = (TYPE);                                             \
		int n_ = vmbus_##kind##_encode(&(val), buf_, sizeof(buf_));             \
		n_ < 0 ? -EINVAL : vmbus_srv_send((s), (EV), (TYPE), buf_, (size_t)n_); \
	})

static bool vmbus_msg_is_channel(uint32_t type)
{
	switch (type) {
	case VMBUS_MSG_TYPE_OPENCHANNEL:
	case VMBUS_MSG_TYPE_CLOSECHANNEL:
	case VMBUS_MSG_TYPE_GPADL_HEADER:
	case VMBUS_MSG_TYPE_GPADL_BODY:
	case VMBUS_MSG_TYPE_GPADL_TEARDOWN:
	case VMBUS_MSG_TYPE_RELID_RELEASED:
	case VMBUS_MSG_TYPE_MODIFYCHANNEL:
		return true;
	default:
		return false;
	}
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
	struct vmbus_chan *c = s->chans, *next;

	for (; c; c = next) {
		next = c->next;
		vmbus_offer_reset(s, c);
	}
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
	if (version >= VMBUS_VER_COPPER && ok) {
		struct vmbus_version_response2 r = {0};
		r.version_supported = 1;
		r.connection_state = VMBUS_CONNECTION_STATE_SUCCESSFUL;
		r.msg_conn_id = s->opts.msg_conn_id;
		r.supported_features = (uint32_t)s->features;
		return POST_MSG(s, 0, VMBUS_MSG_TYPE_VERSION_RESPONSE, version_response2, r);
	}
	struct vmbus_version_response r = {0};
	r.version_supported = ok;
	r.connection_state = VMBUS_CONNECTION_STATE_SUCCESSFUL;
	/* Before 5.0 the field is unused by Linux; OpenVMM puts the version there. */
	if (ok)
		r.msg_conn_id = version >= VMBUS_VER_WIN10_V5 ? s->opts.msg_conn_id : version;
	return POST_MSG(s, 0, VMBUS_MSG_TYPE_VERSION_RESPONSE, version_response, r);
}

/* Contact fields (both INITIATE_CONTACT variants share them). */
struct contact {
	uint32_t version;
	uint32_t target_vcpu;
	uint8_t msg_sint;
	uint32_t feature_flags;
};

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
	.on_request_offers = act_conn_request_offers,
	.on_unload = act_conn_unload,
};

int vmbus_conn_feed(struct vmbus_server *s, enum vmbus_conn_event ev)
{
	return vmbus_conn_fsm_feed(&s->conn_fsm, ev, &conn_actions, s);
}

static void refuse_version(struct vmbus_server *s)
{
	vmbus_conn_feed(s, VMBUS_CONN_EV_VERSION_REJECTED);
	send_version_response(s, false, 0);
}

static void handle_contact(struct vmbus_server *s, const struct contact *c)
{
	uint32_t max = s->opts.max_version ? s->opts.max_version : VMBUS_VER_COPPER;
	uint32_t sint = c->version >= VMBUS_VER_WIN10_V5 ? c->msg_sint : VMBUS_MESSAGE_SINT;

	if (vmbus_conn_feed(s, VMBUS_CONN_EV_INITIATE_CONTACT)) {
		drop(s, "not legal now", VMBUS_MSG_TYPE_INITIATE_CONTACT);
		return;
	}
	/* Messages go to the VP and (from 5.0) the SINT the guest names. */
	if (c->target_vcpu >= s->part->vp_count || sint >= 16) {
		rt_log_rl(&s->log, RT_LOG_WARN, "INITIATE_CONTACT: bad target vp %u / sint %u",
			  c->target_vcpu, sint);
		s->dropped++;
		s->target_vp = 0;
		s->target_sint = VMBUS_MESSAGE_SINT;
		refuse_version(s);
		return;
	}
	s->target_vp = c->target_vcpu;
	s->target_sint = sint;
	if (!vmbus_version_known(c->version) || c->version > max) {
		rt_log_rl(&s->log, RT_LOG_INFO, "refusing version %u.%u", c->version >> 16,
			  c->version & 0xFFFF);
		refuse_version(s);
		return;
	}
	s->version = c->version;
	s->features =
		c->version >= VMBUS_VER_COPPER ? (c->feature_flags & VMBUS_SERVER_FEATURES) : 0;
	vmbus_conn_feed(s, VMBUS_CONN_EV_VERSION_ACCEPTED);
	rt_log_rl(&s->log, RT_LOG_INFO,
		  "guest connected: version %u.%u features 0x%llx vp %u sint %u", s->version >> 16,
		  s->version & 0xFFFF, (unsigned long long)s->features, s->target_vp,
		  s->target_sint);
	send_version_response(s, true, s->version);
}

static void handle_initiate_contact(struct vmbus_server *s, uint32_t conn_id,
				    const struct vmbus_msg *m)
{
	/* Both variants share the leading fields; the Copper one adds client_id. */
	const struct vmbus_initiate_contact *ic = &m->u.initiate_contact;
	struct contact c = {ic->vmbus_version_requested, ic->target_vcpu, ic->msg_sint,
			    ic->feature_flags};

	handle_contact(s, &c);
}

static void handle_requestoffers(struct vmbus_server *s, uint32_t conn_id,
				 const struct vmbus_msg *m)
{
	if (vmbus_conn_feed(s, VMBUS_CONN_EV_REQUESTOFFERS)) {
		drop(s, "not legal now", m->type);
		return;
	}
	for (struct vmbus_chan *c = s->chans; c; c = c->next)
		if (!c->rescinded && !c->offer_sent)
			vmbus_offer_send(s, c);
	vmbus_conn_feed(s, VMBUS_CONN_EV_ALLOFFERS_DELIVERED);
	struct vmbus_header_only h = {0};
	POST_MSG(s, 0, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED, header_only, h);
}

static void handle_unload(struct vmbus_server *s, uint32_t conn_id, const struct vmbus_msg *m)
{
	if (vmbus_conn_feed(s, VMBUS_CONN_EV_UNLOAD)) {
		drop(s, "not legal now", m->type);
		return;
	}
	/* UNLOAD_RESPONSE exists from 1.1 on (the spec's gate); 0.13 guests get none. */
	uint32_t v = s->unload_version;
	if (v == 0 || v >= VMBUS_VER_WIN7) {
		struct vmbus_header_only h = {0};
		POST_MSG(s, 0, VMBUS_MSG_TYPE_UNLOAD_RESPONSE, header_only, h);
	}
	vmbus_conn_feed(s, VMBUS_CONN_EV_UNLOAD_RESPONSE);
}

/* ------------------------------------------------------------------ */
/* GPADLs                                                               */

static void send_gpadl_created(struct vmbus_server *s, uint32_t relid, uint32_t id, uint32_t status)
{
	struct vmbus_gpadl_created r = {0};

	r.child_relid = relid;
	r.gpadl = id;
	r.creation_status = status;
	POST_MSG(s, VMBUS_CONN_EV_CHANNEL_TX, VMBUS_MSG_TYPE_GPADL_CREATED, gpadl_created, r);
}

/* NTSTATUS-style failure codes the guest only compares with 0. */
#define VMBUS_STATUS_UNSUCCESSFUL 0xC0000001u

/*
 * Each GPADL the table accepted is tracked with the generated gpadl machine
 * (HEADER, BODY*, BODY_LAST | HEADER_COMPLETE, then CREATED_OK ... TEARDOWN,
 * TORNDOWN or CREATED_FAILED); the tracker also remembers the relid, which
 * GPADL_CREATED must carry even when a body fails.
 */
static struct vmbus_gpadl_trk *trk_find(struct vmbus_server *s, uint32_t id)
{
	for (struct vmbus_gpadl_trk *t = s->gpadl_trk; t; t = t->next)
		if (t->id == id)
			return t;
	return NULL;
}

static void trk_free(struct vmbus_server *s, struct vmbus_gpadl_trk *t)
{
	struct vmbus_gpadl_trk **pp = &s->gpadl_trk;

	while (*pp && *pp != t)
		pp = &(*pp)->next;
	if (*pp)
		*pp = t->next;
	free(t);
}

static void trk_free_all(struct vmbus_server *s)
{
	while (s->gpadl_trk)
		trk_free(s, s->gpadl_trk);
}

static void gpadl_feed(struct vmbus_gpadl_trk *t, enum vmbus_gpadl_event ev)
{
	/* Our own order of events; a refusal here is a server bug, not the guest's. */
	int rc = vmbus_gpadl_fsm_feed(&t->fsm, ev, NULL, t);
	assert(rc == 0);
	(void)rc;
}

/* Assembly finished (rc 1) or failed (rc < 0): answer and settle the tracker. */
static void gpadl_finish(struct vmbus_server *s, struct vmbus_gpadl_trk *t, int rc)
{
	if (rc == 1) {
		gpadl_feed(t, VMBUS_GPADL_EV_CREATED_OK);
		send_gpadl_created(s, t->relid, t->id, 0);
		return;
	}
	rt_log_rl(&s->log, RT_LOG_WARN, "GPADL %u for relid %u refused: %s", t->id, t->relid,
		  strerror(-rc));
	s->dropped++;
	gpadl_feed(t, VMBUS_GPADL_EV_CREATED_FAILED);
	send_gpadl_created(s, t->relid, t->id, VMBUS_STATUS_UNSUCCESSFUL);
	trk_free(s, t);
}

static void handle_gpadl_header(struct vmbus_server *s, uint32_t conn_id, const struct vmbus_msg *m)
{
	const struct vmbus_gpadl_header *h = &m->u.gpadl_header;
	struct vmbus_chan *ch = vmbus_offer_find(s, h->child_relid);
	struct vmbus_gpadl_trk *t;
	struct rt_gpadl *done = NULL;
	int rc;

	if (!ch || !ch->offer_sent || vmbus_chan_feed(ch, VMBUS_CHAN_EV_GPADL)) {
		rt_log_rl(&s->log, RT_LOG_WARN, "GPADL %u for relid %u: no such live channel",
			  h->gpadl, h->child_relid);
		s->dropped++;
		send_gpadl_created(s, h->child_relid, h->gpadl, VMBUS_STATUS_UNSUCCESSFUL);
		return;
	}
	if (trk_find(s, h->gpadl)) {
		/* Duplicate id: the live GPADL must survive; answer with a failure. */
		rt_log_rl(&s->log, RT_LOG_WARN, "GPADL %u: id already in use", h->gpadl);
		s->dropped++;
		send_gpadl_created(s, h->child_relid, h->gpadl, VMBUS_STATUS_UNSUCCESSFUL);
		return;
	}
	t = calloc(1, sizeof(*t));
	if (!t) {
		send_gpadl_created(s, h->child_relid, h->gpadl, VMBUS_STATUS_UNSUCCESSFUL);
		return;
	}
	t->id = h->gpadl;
	t->relid = h->child_relid;
	vmbus_gpadl_fsm_init(&t->fsm);
	t->next = s->gpadl_trk;
	s->gpadl_trk = t;
	rc = rt_gpadl_header(s->gpadls, h->child_relid, h->gpadl, h->range_buflen, h->rangecount,
			     h->data, h->data_count * sizeof(uint64_t), &done);
	if (rc == 0) {
		gpadl_feed(t, VMBUS_GPADL_EV_HEADER);
		return;
	}
	gpadl_feed(t, VMBUS_GPADL_EV_HEADER_COMPLETE);
	gpadl_finish(s, t, rc == -EEXIST ? -EINVAL : rc);
}

static void handle_gpadl_body(struct vmbus_server *s, uint32_t conn_id, const struct vmbus_msg *m)
{
	const struct vmbus_gpadl_body *b = &m->u.gpadl_body;
	struct vmbus_gpadl_trk *t = trk_find(s, b->gpadl);
	struct rt_gpadl *done = NULL;
	struct vmbus_gpadl_fsm before;
	int rc;

	if (t)
		before = t->fsm;
	if (!t || vmbus_gpadl_fsm_feed(&t->fsm, VMBUS_GPADL_EV_BODY, NULL, t) == -EPROTO) {
		drop(s, "no GPADL with that id is being created", m->type);
		return;
	}
	rc = rt_gpadl_body(s->gpadls, b->msgnumber, b->gpadl, b->pfn,
			   b->pfn_count * sizeof(uint64_t), &done);
	if (rc == 0)
		return;
	/* Only the table knows which body is the last: replay it as BODY_LAST. */
	t->fsm = before;
	gpadl_feed(t, VMBUS_GPADL_EV_BODY_LAST);
	gpadl_finish(s, t, rc);
}

static void send_torndown(struct vmbus_server *s, uint32_t id)
{
	struct vmbus_gpadl_torndown r = {0};
	struct vmbus_gpadl_trk *t = trk_find(s, id);
	struct vmbus_gpadl_fsm probe;

	/*
	 * A deferred teardown's answer is queued from the thread that dropped
	 * the last reference; the guest may have reconnected meanwhile and
	 * reused the id. Answer only a teardown of this session that is done:
	 * its tracker waits for TORNDOWN and the table no longer holds the id.
	 */
	if (t)
		probe = t->fsm;
	if (!t || vmbus_gpadl_fsm_feed(&probe, VMBUS_GPADL_EV_TORNDOWN, NULL, t) ||
	    rt_gpadl_exists(s->gpadls, id)) {
		rt_log_rl(&s->log, RT_LOG_DEBUG, "GPADL %u: stale teardown answer dropped", id);
		return;
	}
	gpadl_feed(t, VMBUS_GPADL_EV_TORNDOWN);
	trk_free(s, t);
	r.gpadl = id;
	POST_MSG(s, VMBUS_CONN_EV_CHANNEL_TX, VMBUS_MSG_TYPE_GPADL_TORNDOWN, gpadl_torndown, r);
}

/* Deferred teardown finished: the last ring reference went (server loop). */
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

static void handle_gpadl_teardown(struct vmbus_server *s, uint32_t conn_id,
				  const struct vmbus_msg *m)
{
	const struct vmbus_gpadl_teardown *td = &m->u.gpadl_teardown;
	struct vmbus_gpadl_trk *t = trk_find(s, td->gpadl);
	struct vmbus_chan *ch = vmbus_offer_find(s, td->child_relid);
	int rc;

	if (!t || t->relid != td->child_relid || !ch) {
		drop(s, "unknown GPADL", m->type);
		return;
	}
	if (vmbus_gpadl_fsm_feed(&t->fsm, VMBUS_GPADL_EV_TEARDOWN, NULL, t) == -EPROTO) {
		drop(s, "GPADL not created or already being torn down", m->type);
		return;
	}
	vmbus_chan_feed(ch, VMBUS_CHAN_EV_GPADL);
	rc = rt_gpadl_teardown(s->gpadls, td->child_relid, td->gpadl, gpadl_torndown_cb, s);
	if (rc == 0)
		send_torndown(s, td->gpadl);
	else if (rc < 0)
		drop(s, "GPADL table refused the teardown", m->type);
}

/* ------------------------------------------------------------------ */
/* Intake                                                               */

typedef void (*vmbus_handler_fn)(struct vmbus_server *s, uint32_t conn_id,
				 const struct vmbus_msg *m);

/* Guest->host messages the server acts on, by type; others are dropped. */
static const vmbus_handler_fn handlers[] = {
	[VMBUS_MSG_TYPE_REQUESTOFFERS] = handle_requestoffers,
	[VMBUS_MSG_TYPE_OPENCHANNEL] = vmbus_handle_openchannel,
	[VMBUS_MSG_TYPE_CLOSECHANNEL] = vmbus_handle_closechannel,
	[VMBUS_MSG_TYPE_GPADL_HEADER] = handle_gpadl_header,
	[VMBUS_MSG_TYPE_GPADL_BODY] = handle_gpadl_body,
	[VMBUS_MSG_TYPE_GPADL_TEARDOWN] = handle_gpadl_teardown,
	[VMBUS_MSG_TYPE_RELID_RELEASED] = vmbus_handle_relid_released,
	[VMBUS_MSG_TYPE_INITIATE_CONTACT] = handle_initiate_contact,
	[VMBUS_MSG_TYPE_UNLOAD] = handle_unload,
	[VMBUS_MSG_TYPE_MODIFYCHANNEL] = vmbus_handle_modifychannel,
};

/*
 * A decode failure still gets its protocol answer where the guest waits for
 * one: the relid and GPADL id are read from the fixed part, which the wire
 * struct covers.
 */
static void answer_malformed(struct vmbus_server *s, uint32_t type, const void *payload, size_t len)
{
	if (type == VMBUS_MSG_TYPE_GPADL_HEADER && len >= 16) {
		uint32_t w[4];
		memcpy(w, payload, sizeof(w));
		send_gpadl_created(s, w[2], w[3], VMBUS_STATUS_UNSUCCESSFUL);
	} else if (type == VMBUS_MSG_TYPE_OPENCHANNEL && len >= 16) {
		uint32_t w[4];
		memcpy(w, payload, sizeof(w));
		vmbus_send_open_result(s, w[2], w[3], VMBUS_STATUS_UNSUCCESSFUL);
	}
}

static enum rt_hv_status on_message(void *ctx, uint32_t conn_id, uint32_t message_type,
				    const void *payload, size_t len)
{
	struct vmbus_server *s = ctx;
	struct pv_codec_ctx cctx = {
		.version = s->version, .features = s->features, .dir = PV_DIR_TO_HOST};
	struct vmbus_msg m;
	uint32_t type = 0;
	enum pv_codec_err err;

	rt_loop_assert_thread(s->loop);
	if (len >= 4)
		memcpy(&type, payload, 4);

	/*
	 * Connection ids: 4 only carries INITIATE_CONTACT for 5.0 and newer;
	 * 1 carries everything below 5.0; once connected at 5.0+, the id we
	 * returned carries the rest. Linux moves to an older version when
	 * INITIATE_CONTACT gets INVALID_CONNECTION_ID.
	 */
	if (type == VMBUS_MSG_TYPE_INITIATE_CONTACT) {
		uint32_t v = 0;
		if (len >= 12)
			memcpy(&v, (const uint8_t *)payload + 8, 4);
		bool v5 = v >= VMBUS_VER_WIN10_V5;
		if (conn_id != (v5 ? VMBUS_CONN_ID_MESSAGE_4 : VMBUS_CONN_ID_MESSAGE))
			return RT_HV_STATUS_INVALID_CONNECTION_ID;
	} else {
		uint32_t want = s->version >= VMBUS_VER_WIN10_V5 ? s->opts.msg_conn_id
								 : VMBUS_CONN_ID_MESSAGE;
		if (conn_id != want && !(conn_id == VMBUS_CONN_ID_MESSAGE && !s->version))
			return RT_HV_STATUS_INVALID_CONNECTION_ID;
	}

	if (rt_trace_on(s->opts.trace))
		rt_trace_vmbus(s->opts.trace, PVTRACE_DIR_TO_HOST, payload, len);
	err = vmbus_msg_decode(payload, len, &cctx, &m);
	if (err != PV_OK) {
		s->dropped++;
		rt_log_rl(&s->log, RT_LOG_WARN, "malformed %s (%zu bytes): %s",
			  vmbus_msg_type_name(type), len, pv_codec_err_name(err));
		answer_malformed(s, type, payload, len);
		return RT_HV_STATUS_SUCCESS;
	}
	if (m.type >= RT_ARRAY_SIZE(handlers) || !handlers[m.type]) {
		drop(s, "not a guest->host message the server handles", m.type);
		return RT_HV_STATUS_SUCCESS;
	}
	/* Channel messages are legal only once offers were requested. */
	if (vmbus_msg_is_channel(m.type) && vmbus_conn_feed(s, VMBUS_CONN_EV_CHANNEL_RX)) {
		drop(s, "no offers requested yet", m.type);
		return RT_HV_STATUS_SUCCESS;
	}
	handlers[m.type](s, conn_id, &m);
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
	r->next = NULL;
	pthread_mutex_lock(&s->req_lock);
	*s->req_tail = r;
	s->req_tail = &r->next;
	pthread_mutex_unlock(&s->req_lock);
	ev_async_send(s->loop, &s->req_async);
}

static void run_req(struct vmbus_server *s, struct vmbus_srv_req *r)
{
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
}

static void req_cb(struct ev_loop *loop, ev_async *w, int revents)
{
	struct vmbus_server *s = rt_container_of(w, struct vmbus_server, req_async);
	struct vmbus_srv_req *head;

	pthread_mutex_lock(&s->req_lock);
	head = s->req_head;
	s->req_head = NULL;
	s->req_tail = &s->req_head;
	pthread_mutex_unlock(&s->req_lock);
	while (head) {
		struct vmbus_srv_req *next = head->next;
		run_req(s, head);
		free(head);
		head = next;
	}
}

/* ------------------------------------------------------------------ */
/* Life cycle                                                           */

int vmbus_server_new(struct rt_partition *p, const struct vmbus_server_opts *opts,
		     struct vmbus_server **out)
{
	struct vmbus_server *s;
	struct rt_gpadl_limits lim;
	int rc;

	if (!opts->log)
		return -EINVAL;
	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->part = p;
	s->loop = p->loop;
	s->logsink = opts->log;
	s->opts = *opts;
	if (!s->opts.msg_conn_id)
		s->opts.msg_conn_id = VMBUS_CONN_ID_MESSAGE;
	if (!s->opts.workers)
		s->opts.workers = 1;
	if (!s->opts.signal_conn_base)
		s->opts.signal_conn_base = 0x10000;
	s->target_sint = VMBUS_MESSAGE_SINT;
	rt_log_obj_init(&s->log, opts->log, "vmbus");
	vmbus_conn_fsm_init(&s->conn_fsm);
	rt_gpadl_limits_default(&lim);
	rc = rt_gpadl_table_create(p->gmem, &lim, &s->gpadls);
	if (rc)
		goto fail_free;
	pthread_mutex_init(&s->req_lock, NULL);
	s->req_tail = &s->req_head;
	ev_async_init(&s->req_async, req_cb);
	ev_async_start(s->loop, &s->req_async);

	s->workers = calloc(s->opts.workers, sizeof(*s->workers));
	if (!s->workers) {
		rc = -ENOMEM;
		goto fail_async;
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
fail_async:
	ev_async_stop(s->loop, &s->req_async);
	pthread_mutex_destroy(&s->req_lock);
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
	while (s->chans)
		vmbus_offer_free(s, s->chans);
	/* Run what other threads queued (and free it) before the loop goes. */
	req_cb(s->loop, &s->req_async, 0);
	for (unsigned i = 0; i < s->nworkers; i++)
		rt_worker_stop(&s->workers[i]);
	free(s->workers);
	ev_async_stop(s->loop, &s->req_async);
	pthread_mutex_destroy(&s->req_lock);
	rt_gpadl_table_destroy(s->gpadls);
	if (s->part->cb_ctx == s) {
		s->part->cb.on_message = NULL;
		s->part->cb.on_reset = NULL;
		s->part->cb_ctx = NULL;
	}
	free(s);
}
