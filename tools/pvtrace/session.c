/*
 * A trace session: decodes each record with the generated codecs and feeds
 * the generated session machines the events the spec maps each message to
 * (<p>_msg_event: the same map the VMBus server and the VSPs use), so
 * `validate` checks a trace against the same grammar the paravisor enforces.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "nvsp_codec.h"
#include "scsi_codec.h"
#include "storvsc_codec.h"
#include "tools/pvtrace/pvtrace.h"
#include "vmbus_codec.h"
#include "vmring_codec.h"

void pvt_session_init(struct pvt_session *s)
{
	memset(s, 0, sizeof(*s));
	vmbus_conn_fsm_init(&s->conn);
}

void pvt_session_fini(struct pvt_session *s)
{
	free(s->chans);
	free(s->gpadls);
	memset(s, 0, sizeof(*s));
}

struct pvt_chan *pvt_session_chan(struct pvt_session *s, uint32_t relid)
{
	for (size_t i = 0; i < s->nchans; i++)
		if (s->chans[i].relid == relid)
			return &s->chans[i];
	return NULL;
}

static struct pvt_chan *chan_add(struct pvt_session *s, uint32_t relid)
{
	struct pvt_chan *c = pvt_session_chan(s, relid);
	if (!c) {
		if (s->nchans == s->capchans) {
			size_t cap = s->capchans ? s->capchans * 2 : 16;
			struct pvt_chan *n = realloc(s->chans, cap * sizeof(*n));
			if (!n)
				return NULL;
			s->chans = n;
			s->capchans = cap;
		}
		c = &s->chans[s->nchans++];
	}
	memset(c, 0, sizeof(*c));
	c->relid = relid;
	vmbus_chan_fsm_init(&c->fsm);
	storvsc_init_fsm_init(&c->sfsm);
	return c;
}

static struct pvt_gpadl *gpadl_find(struct pvt_session *s, uint32_t id)
{
	for (size_t i = 0; i < s->ngpadls; i++)
		if (s->gpadls[i].id == id)
			return &s->gpadls[i];
	return NULL;
}

static struct pvt_gpadl *gpadl_add(struct pvt_session *s, uint32_t id)
{
	if (s->ngpadls == s->capgpadls) {
		size_t cap = s->capgpadls ? s->capgpadls * 2 : 16;
		struct pvt_gpadl *n = realloc(s->gpadls, cap * sizeof(*n));
		if (!n)
			return NULL;
		s->gpadls = n;
		s->capgpadls = cap;
	}
	struct pvt_gpadl *g = &s->gpadls[s->ngpadls++];
	memset(g, 0, sizeof(*g));
	g->id = id;
	vmbus_gpadl_fsm_init(&g->fsm);
	return g;
}

static void gpadl_del(struct pvt_session *s, struct pvt_gpadl *g)
{
	*g = s->gpadls[--s->ngpadls];
}

/* Appends to a bounded buffer; never overruns. */
void pvt_add(char *buf, size_t cap, const char *fmt, ...)
{
	size_t n = strnlen(buf, cap);
	va_list ap;
	if (n + 1 >= cap)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + n, cap - n, fmt, ap);
	va_end(ap);
}

static int vviolate(char *why, size_t cap, const char *fmt, va_list ap)
{
	if (why && cap)
		vsnprintf(why, cap, fmt, ap);
	return -1;
}

int pvt_violate(char *why, size_t cap, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = vviolate(why, cap, fmt, ap);
	va_end(ap);
	return rc;
}

int pvt_violate_if(bool check, char *why, size_t cap, const char *fmt, ...)
{
	va_list ap;
	int rc;

	if (!check)
		return 0;
	va_start(ap, fmt);
	rc = vviolate(why, cap, fmt, ap);
	va_end(ap);
	return rc;
}

/* ------------------------------------------------------------------ */
/* VMBus control messages                                               */

/* GPADL session step; returns 0 or a violation. */
static int gpadl_step(struct pvt_session *s, const struct vmbus_msg *m, char *why, size_t cap)
{
	struct pvt_gpadl *g;
	int ev;

	switch (m->type) {
	case VMBUS_MSG_TYPE_GPADL_HEADER: {
		const struct vmbus_gpadl_header *h = &m->u.gpadl_header;
		if (gpadl_find(s, h->gpadl))
			return pvt_violate(why, cap,
					   "gpadl session: GPADL_HEADER reuses live gpadl %u",
					   h->gpadl);
		g = gpadl_add(s, h->gpadl);
		if (!g)
			return pvt_violate(why, cap, "out of memory");
		g->relid = h->child_relid;
		g->need_u64 = h->range_buflen / 8u;
		g->got_u64 = h->data_count;
		ev = g->got_u64 >= g->need_u64 ? VMBUS_GPADL_EV_HEADER_COMPLETE
					       : VMBUS_GPADL_EV_HEADER;
		break;
	}
	case VMBUS_MSG_TYPE_GPADL_BODY:
		g = gpadl_find(s, m->u.gpadl_body.gpadl);
		if (!g)
			return pvt_violate(why, cap,
					   "gpadl session: GPADL_BODY for unknown gpadl %u",
					   m->u.gpadl_body.gpadl);
		g->got_u64 += m->u.gpadl_body.pfn_count;
		ev = g->got_u64 >= g->need_u64 ? VMBUS_GPADL_EV_BODY_LAST : VMBUS_GPADL_EV_BODY;
		break;
	case VMBUS_MSG_TYPE_GPADL_CREATED:
	case VMBUS_MSG_TYPE_GPADL_TEARDOWN:
	case VMBUS_MSG_TYPE_GPADL_TORNDOWN: {
		/* The event is the spec's (vmbus_msg_gpadl_event); the id the message's. */
		uint32_t id = m->type == VMBUS_MSG_TYPE_GPADL_CREATED ? m->u.gpadl_created.gpadl
			      : m->type == VMBUS_MSG_TYPE_GPADL_TEARDOWN
				      ? m->u.gpadl_teardown.gpadl
				      : m->u.gpadl_torndown.gpadl;
		g = gpadl_find(s, id);
		if (!g)
			return pvt_violate(why, cap, "gpadl session: %s for unknown gpadl %u",
					   vmbus_msg_type_name(m->type), id);
		ev = vmbus_msg_gpadl_event(m, 0);
		break;
	}
	default:
		return 0;
	}
	char st[48];
	snprintf(st, sizeof(st), "%s", vmbus_gpadl_fsm_state_name(&g->fsm));
	if (vmbus_gpadl_fsm_feed(&g->fsm, (enum vmbus_gpadl_event)ev, NULL, NULL))
		return pvt_violate(why, cap,
				   "gpadl session (gpadl %u): event %s illegal in state %s", g->id,
				   vmbus_gpadl_event_name((uint32_t)ev), st);
	if (ev == VMBUS_GPADL_EV_TORNDOWN || ev == VMBUS_GPADL_EV_CREATED_FAILED)
		gpadl_del(s, g);
	return 0;
}

static uint32_t msg_relid(struct pvt_session *s, const struct vmbus_msg *m)
{
	struct pvt_gpadl *g;
	switch (m->type) {
	case VMBUS_MSG_TYPE_OFFERCHANNEL:
		return m->u.offerchannel.child_relid;
	case VMBUS_MSG_TYPE_GPADL_BODY:
		g = gpadl_find(s, m->u.gpadl_body.gpadl);
		return g ? g->relid : 0;
	case VMBUS_MSG_TYPE_GPADL_TORNDOWN:
		g = gpadl_find(s, m->u.gpadl_torndown.gpadl);
		return g ? g->relid : 0;
	case VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER:
	case VMBUS_MSG_TYPE_OPENCHANNEL:
	case VMBUS_MSG_TYPE_OPENCHANNEL_RESULT:
	case VMBUS_MSG_TYPE_CLOSECHANNEL:
	case VMBUS_MSG_TYPE_GPADL_HEADER:
	case VMBUS_MSG_TYPE_GPADL_CREATED:
	case VMBUS_MSG_TYPE_GPADL_TEARDOWN:
	case VMBUS_MSG_TYPE_RELID_RELEASED:
	case VMBUS_MSG_TYPE_MODIFYCHANNEL:
	case VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE:
		/* These all start with child_relid after the header. */
		return m->u.closechannel.child_relid;
	default:
		return 0;
	}
}

/* The machines' actions: what the server does on those transitions, as the trace shows it. */
struct conn_step {
	struct pvt_session *s;
	const struct vmbus_msg *m;
};

/* INITIATE_CONTACT (first, or again while connected): a new session forgets every channel. */
static int act_contact(void *ctx)
{
	struct conn_step *st = ctx;

	st->s->asked_version = st->m->u.initiate_contact.vmbus_version_requested;
	st->s->version = 0;
	st->s->features = 0;
	st->s->nchans = 0;
	st->s->ngpadls = 0;
	return 0;
}

static int act_connected(void *ctx)
{
	struct conn_step *st = ctx;
	const struct vmbus_msg *m = st->m;

	st->s->version = st->s->asked_version;
	if (m->variant == VMBUS_MSG_VAR_VERSION_RESPONSE_VERSION_RESPONSE2)
		st->s->features = m->u.version_response2.supported_features;
	return 0;
}

static int act_unloaded(void *ctx)
{
	struct conn_step *st = ctx;

	st->s->nchans = 0;
	st->s->ngpadls = 0;
	return 0;
}

static const struct vmbus_conn_actions conn_actions = {
	.on_contact = act_contact,
	.on_reset = act_contact,
	.on_connected = act_connected,
	.on_unloaded = act_unloaded,
};

static int act_opened(void *ctx)
{
	struct pvt_chan *c = ctx;

	c->open = true;
	storvsc_init_fsm_init(&c->sfsm);
	/* netvsp starts the RNDIS device over with each session. */
	rndis_device_fsm_init(&c->rfsm);
	memset(c->rset, 0, sizeof(c->rset));
	return 0;
}

static int act_closed(void *ctx)
{
	((struct pvt_chan *)ctx)->open = false;
	return 0;
}

static int act_released(void *ctx)
{
	((struct pvt_chan *)ctx)->live = false;
	return 0;
}

static const struct vmbus_chan_actions chan_actions = {
	.on_opened = act_opened,
	.on_close = act_closed,
	.on_rescind = act_closed,
	.on_released = act_released,
};

static int vmbus_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		      size_t cap, char *why, size_t whycap)
{
	struct pv_codec_ctx cx = {
		.version = s->version, .features = s->features, .dir = r->hdr.dir};
	struct vmbus_msg m;
	struct conn_step cs = {.s = s, .m = &m};
	enum pv_codec_err e;
	char st[48];
	int ev, rc;

	/* Contact messages are decoded for the version they ask for. */
	if (r->payload_len >= VMBUS_MSG_HEADER_SIZE &&
	    pv_get_u32(r->payload + offsetof(struct vmbus_wire_msg_header, msgtype)) ==
		    VMBUS_MSG_TYPE_INITIATE_CONTACT)
		cx.version = 0;
	e = vmbus_msg_decode(r->payload, r->payload_len, &cx, &m);
	/* The spec's direction of each message (the decoder checks it against the record's). */
	if (e == PV_ERR_DIRECTION) {
		pvt_add(buf, cap, "%s in the wrong direction", vmbus_msg_type_name(m.type));
		return pvt_violate_if(check, why, whycap, "direction: %s goes %s only (%s)",
				      vmbus_msg_type_name(m.type),
				      r->hdr.dir == PVTRACE_DIR_TO_GUEST ? "guest -> host"
									 : "host -> guest",
				      pv_codec_err_name(e));
	}
	if (e != PV_OK) {
		pvt_add(buf, cap, "undecodable vmbus message (%s)", pv_codec_err_name(e));
		return pvt_violate_if(check, why, whycap,
				      "decode: vmbus message does not decode at version 0x%x: %s",
				      s->version, pv_codec_err_name(e));
	}
	{
		char line[2048];
		vmbus_msg_format(&m, line, sizeof(line));
		pvt_add(buf, cap, "%s", line);
	}
	/* Connection machine. */
	ev = vmbus_msg_event(&m, r->hdr.dir);
	snprintf(st, sizeof(st), "%s", vmbus_conn_fsm_state_name(&s->conn));
	if (ev &&
	    (rc = vmbus_conn_fsm_feed(&s->conn, (enum vmbus_conn_event)ev, &conn_actions, &cs)) &&
	    check)
		return pvt_violate(
			why, whycap, "vmbus conn session: %s (event %s) illegal in state %s",
			vmbus_msg_type_name(m.type), vmbus_conn_event_name((uint32_t)ev), st);

	if (m.type == VMBUS_MSG_TYPE_OFFERCHANNEL) {
		const struct vmbus_offerchannel *o = &m.u.offerchannel;
		struct pvt_chan *c = pvt_session_chan(s, o->child_relid);
		if (c && c->live && check)
			return pvt_violate(why, whycap, "vmbus offers: relid %u offered while live",
					   o->child_relid);
		c = chan_add(s, o->child_relid);
		if (!c)
			return pvt_violate(why, whycap, "out of memory");
		memcpy(c->if_type, o->if_type, sizeof(c->if_type));
		memcpy(c->if_instance, o->if_instance, sizeof(c->if_instance));
		c->sub_index = o->sub_channel_index;
		c->live = true;
		if (!memcmp(o->if_type, storvsc_class_scsi.guid, sizeof(o->if_type)))
			c->inner = PVT_INNER_STORVSC;
		else if (!memcmp(o->if_type, nvsp_class_netvsc.guid, sizeof(o->if_type)))
			c->inner = PVT_INNER_NVSP;
		return 0;
	}

	if (check && (rc = gpadl_step(s, &m, why, whycap)))
		return rc;
	ev = vmbus_msg_chan_event(&m, r->hdr.dir);
	if (ev) {
		uint32_t relid = msg_relid(s, &m);
		struct pvt_chan *c = pvt_session_chan(s, relid);
		if (!c || !c->live) {
			/* The server answers a message for a dead relid with a failure:
			 * only the guest's side is a violation. */
			if (check && r->hdr.dir == PVTRACE_DIR_TO_HOST)
				return pvt_violate(
					why, whycap,
					"vmbus channel session: %s for relid %u, which is "
					"not offered",
					vmbus_msg_type_name(m.type), relid);
			return 0;
		}
		snprintf(st, sizeof(st), "%s", vmbus_chan_fsm_state_name(&c->fsm));
		if (vmbus_chan_fsm_feed(&c->fsm, (enum vmbus_chan_event)ev, &chan_actions, c) &&
		    check)
			return pvt_violate(
				why, whycap,
				"vmbus channel session (relid %u): %s (event %s) illegal in "
				"state %s",
				relid, vmbus_msg_type_name(m.type),
				vmbus_chan_event_name((uint32_t)ev), st);
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Ring packets and what they carry                                     */

/* The init machine's event for a guest request: the spec's, or the version's verdict. */
static int storvsc_event(const struct storvsc_msg *m)
{
	if (m->type == STORVSC_OPERATION_QUERY_PROTOCOL_VERSION)
		return storvsc_version_name(m->u.query_protocol_version.version.major_minor)
			       ? STORVSC_INIT_EV_VERSION_ACCEPTED
			       : STORVSC_INIT_EV_VERSION_REJECTED;
	return storvsc_msg_event(m, PV_DIR_TO_HOST);
}

/* The operation of the latest request with this transaction id, 0 if none. */
static uint32_t pend_op(const struct pvt_chan *c, uint64_t tid)
{
	for (unsigned i = 0; i < 64 && i < c->pend_next; i++) {
		unsigned k = (c->pend_next - 1 - i) % 64;
		if (c->pend[k].trans_id == tid)
			return c->pend[k].op;
	}
	return 0;
}

/* Decodes with fn, retrying without up to 7 bytes of ring padding. */
#define DECODE_PADDED(fn, d, len, cx, out)                                 \
	({                                                                 \
		enum pv_codec_err e_ = PV_ERR_SHORT;                       \
		for (size_t cut_ = 0; cut_ < 8 && cut_ <= (len); cut_++) { \
			e_ = fn((d), (len)-cut_, (cx), (out));             \
			if (e_ != PV_ERR_LONG)                             \
				break;                                     \
		}                                                          \
		e_;                                                        \
	})

/*
 * A storvsc COMPLETE_IO carries the reply to the request with the same
 * transaction id: decoded as that request's reply layout so every field is
 * named. Returns 0 or a pv_codec_err.
 */
static int storvsc_reply(struct pvt_chan *c, uint64_t tid, const uint8_t *d, size_t len, char *buf,
			 size_t cap)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	uint32_t op = pend_op(c, tid);
	char line[2048];
	enum pv_codec_err e;

	switch (op) {
	case STORVSC_OPERATION_EXECUTE_SRB: {
		struct storvsc_srb_packet p;
		struct storvsc_srb_packet_v1 p1;
		e = DECODE_PADDED(storvsc_srb_packet_decode, d, len, &cx, &p);
		if (e == PV_OK) {
			storvsc_srb_packet_format(&p, line, sizeof(line));
		} else {
			e = DECODE_PADDED(storvsc_srb_packet_v1_decode, d, len, &cx, &p1);
			if (e == PV_OK)
				storvsc_srb_packet_v1_format(&p1, line, sizeof(line));
		}
		break;
	}
	case STORVSC_OPERATION_QUERY_PROPERTIES: {
		struct storvsc_properties_reply p;
		e = DECODE_PADDED(storvsc_properties_reply_decode, d, len, &cx, &p);
		if (e == PV_OK)
			storvsc_properties_reply_format(&p, line, sizeof(line));
		break;
	}
	case STORVSC_OPERATION_QUERY_PROTOCOL_VERSION: {
		struct storvsc_version_packet p;
		struct storvsc_version_packet_v1 p1;
		e = DECODE_PADDED(storvsc_version_packet_decode, d, len, &cx, &p);
		if (e == PV_OK) {
			storvsc_version_packet_format(&p, line, sizeof(line));
		} else {
			e = DECODE_PADDED(storvsc_version_packet_v1_decode, d, len, &cx, &p1);
			if (e == PV_OK)
				storvsc_version_packet_v1_format(&p1, line, sizeof(line));
		}
		break;
	}
	default:
		return 0; /* no reply layout beyond the header */
	}
	if (e != PV_OK) {
		pvt_add(buf, cap, " | reply to %s: undecodable (%s)", storvsc_operation_name(op),
			pv_codec_err_name(e));
		return (int)e;
	}
	pvt_add(buf, cap, " | reply to %s: %s", storvsc_operation_name(op), line);
	return 0;
}

/*
 * Decodes the payload of a ring packet by the channel's inner protocol.
 * The ring pads to 8 bytes, so a message that is "too long" is retried
 * without up to 7 bytes of padding.
 */
static int inner_step(struct pvt_chan *c, const struct rt_trace_rec *r, const uint8_t *d,
		      size_t len, bool check, char *buf, size_t cap, char *why, size_t whycap)
{
	struct pv_codec_ctx cx = {.dir = r->hdr.dir};
	enum pv_codec_err e = PV_ERR_SHORT;
	char line[2048];

	if (c->inner == PVT_INNER_STORVSC) {
		struct storvsc_msg m;
		for (size_t cut = 0; cut < 8 && cut <= len; cut++) {
			e = storvsc_msg_decode(d, len - cut, &cx, &m);
			if (e != PV_ERR_LONG)
				break;
		}
		if (e != PV_OK) {
			pvt_add(buf, cap, " | storvsc: undecodable (%s)", pv_codec_err_name(e));
			return pvt_violate_if(check, why, whycap, "decode: storvsc packet: %s",
					      pv_codec_err_name(e));
		}
		storvsc_msg_format(&m, line, sizeof(line));
		pvt_add(buf, cap, " | storvsc %s", line);
		if (m.type == STORVSC_OPERATION_EXECUTE_SRB && m.u.execute_srb.srb.cdb_length)
			pvt_add(buf, cap, " | scsi %s",
				scsi_opcode_name(m.u.execute_srb.srb.cdb[0]));
		if (r->hdr.dir == PVTRACE_DIR_TO_HOST) {
			c->pend[c->pend_next % 64].trans_id = r->hdr.trans_id;
			c->pend[c->pend_next % 64].op = m.type;
			c->pend_next++;
		} else if (m.type == STORVSC_OPERATION_COMPLETE_IO) {
			int rc = storvsc_reply(c, r->hdr.trans_id, d, len, buf, cap);
			if (rc && check)
				return pvt_violate(
					why, whycap, "decode: storvsc reply to %s: %s",
					storvsc_operation_name(pend_op(c, r->hdr.trans_id)),
					pv_codec_err_name((enum pv_codec_err)rc));
		}
		if (r->hdr.dir == PVTRACE_DIR_TO_HOST && c->sub_index == 0) {
			int ev = storvsc_event(&m);
			char st[48];
			snprintf(st, sizeof(st), "%s", storvsc_init_fsm_state_name(&c->sfsm));
			if (ev &&
			    storvsc_init_fsm_feed(&c->sfsm, (enum storvsc_init_event)ev, NULL,
						  NULL) &&
			    check)
				return pvt_violate(
					why, whycap,
					"storvsc init session (relid %u): %s illegal in state "
					"%s",
					c->relid, storvsc_init_event_name((uint32_t)ev), st);
		}
		return 0;
	}
	if (c->inner == PVT_INNER_NVSP) {
		struct nvsp_msg m;
		for (size_t cut = 0; cut < 8 && cut <= len; cut++) {
			e = nvsp_msg_decode(d, len - cut, &cx, &m);
			if (e != PV_ERR_LONG)
				break;
		}
		if (e != PV_OK) {
			pvt_add(buf, cap, " | nvsp: undecodable (%s)", pv_codec_err_name(e));
			return pvt_violate_if(check, why, whycap, "decode: nvsp packet: %s",
					      pv_codec_err_name(e));
		}
		nvsp_msg_format(&m, line, sizeof(line));
		pvt_add(buf, cap, " | nvsp %s", line);
		return 0;
	}
	pvt_add(buf, cap, " | data %zu bytes", len);
	if (len) {
		pvt_add(buf, cap, ":");
		for (size_t i = 0; i < len && i < 16; i++)
			pvt_add(buf, cap, " %02x", d[i]);
		if (len > 16)
			pvt_add(buf, cap, " ...");
	}
	return 0;
}

static int vmring_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		       size_t cap, char *why, size_t whycap)
{
	struct pv_codec_ctx cx = {.dir = r->hdr.dir};
	struct vmring_msg m;
	enum pv_codec_err e;
	struct pvt_chan *c = pvt_session_chan(s, r->hdr.channel);
	char line[1024];
	const struct vmring_desc *d;
	size_t off;

	e = vmring_msg_decode(r->payload, r->payload_len, &cx, &m);
	if (e != PV_OK) {
		pvt_add(buf, cap, "undecodable ring packet (%s)", pv_codec_err_name(e));
		return pvt_violate_if(check, why, whycap, "decode: ring packet does not decode: %s",
				      pv_codec_err_name(e));
	}
	vmring_msg_format(&m, line, sizeof(line));
	pvt_add(buf, cap, "%s", line);
	d = &m.u.data_inband.hdr;
	if (check && (!c || !c->open))
		return pvt_violate(why, whycap,
				   "vmbus channel session: ring packet on relid %u, which "
				   "is not open",
				   r->hdr.channel);
	if ((size_t)d->len8 * 8 != r->payload_len && check)
		return pvt_violate(
			why, whycap,
			"length: descriptor says len8=%u (%u bytes) but the record holds %u",
			d->len8, d->len8 * 8u, r->payload_len);
	off = (size_t)d->offset8 * 8;
	if (!c || off > r->payload_len)
		return 0;
	if (m.type != VMRING_PKT_DATA_INBAND && m.type != VMRING_PKT_COMP &&
	    m.type != VMRING_PKT_DATA_USING_GPA_DIRECT)
		return 0;
	/* Completions without a body (echo, NVSP send completions) carry nothing to decode. */
	if (m.type == VMRING_PKT_COMP && off == r->payload_len)
		return 0;
	return inner_step(c, r, r->payload + off, r->payload_len - off, check, buf, cap, why,
			  whycap);
}

int pvt_session_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		     size_t cap, char *why, size_t whycap)
{
	if (cap)
		buf[0] = 0;
	if (why && whycap)
		why[0] = 0;
	if (r->hdr.dir != PVTRACE_DIR_TO_HOST && r->hdr.dir != PVTRACE_DIR_TO_GUEST &&
	    r->hdr.proto <= PVTRACE_PROTO_VMRING)
		return pvt_violate_if(check, why, whycap,
				      "record header: direction %u is not to-host or "
				      "to-guest for a VMBus record",
				      r->hdr.dir);
	if (r->hdr.proto == PVTRACE_PROTO_RNDIS)
		return pvt_rndis_step(s, r, check, buf, cap, why, whycap);
	if (r->hdr.proto == PVTRACE_PROTO_MANA || r->hdr.proto == PVTRACE_PROTO_GDMA)
		return pvt_mana_step(s, r, check, buf, cap, why, whycap);
	if (r->hdr.proto == PVTRACE_PROTO_NVME || r->hdr.proto == PVTRACE_PROTO_NVM) {
		if (r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED) {
			pvt_add(buf, cap, "(truncated to %u bytes) ", r->payload_len);
			check = false;
		}
		return pvt_nvme_step(s, r, check, buf, cap, why, whycap);
	}
	if (r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED) {
		pvt_add(buf, cap, "(truncated to %u bytes) ", r->payload_len);
		/* Headers-only records: the session can still follow the control plane
		 * when the header survived, but nothing past the cut is checked. */
		if (r->hdr.proto != PVTRACE_PROTO_VMBUS) {
			struct pv_codec_ctx cx = {.dir = r->hdr.dir};
			struct vmring_desc d;
			struct pvt_chan *c = pvt_session_chan(s, r->hdr.channel);
			if (vmring_desc_decode(r->payload, r->payload_len, &cx, &d) == PV_OK)
				vmring_desc_format(&d, buf + strlen(buf), cap - strlen(buf));
			if (check && r->hdr.proto == PVTRACE_PROTO_VMRING && (!c || !c->open))
				return pvt_violate(
					why, whycap,
					"vmbus channel session: ring packet on relid %u, which "
					"is not open",
					r->hdr.channel);
			return 0;
		}
		check = false;
	}
	switch (r->hdr.proto) {
	case PVTRACE_PROTO_VMBUS:
		return vmbus_step(s, r, check, buf, cap, why, whycap);
	case PVTRACE_PROTO_VMRING:
		return vmring_step(s, r, check, buf, cap, why, whycap);
	default:
		pvt_add(buf, cap, "%s payload, %u bytes", pvtrace_proto_name(r->hdr.proto),
			r->payload_len);
		return pvt_violate_if(check, why, whycap,
				      "decode: protocol %s has no spec under spec/ yet; records "
				      "of "
				      "it cannot be validated",
				      pvtrace_proto_name(r->hdr.proto));
	}
}

void pvt_hexdump(FILE *f, const char *prefix, const uint8_t *p, size_t len)
{
	for (size_t i = 0; i < len; i += 16) {
		fprintf(f, "%s%04zx:", prefix, i);
		for (size_t j = i; j < i + 16 && j < len; j++)
			fprintf(f, " %02x", p[j]);
		fputc('\n', f);
	}
}
