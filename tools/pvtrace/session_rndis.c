/*
 * RNDIS records (proto 5) in a trace session: each message netvsp took out
 * of the guest's send buffer or GPA ranges (to host, trans_id = the
 * SEND_RNDIS_PKT's) or wrote into a receive-buffer slot (to guest, trans_id =
 * the slot, the transfer-page packet's trans_id). Decoded by the generated
 * RNDIS codec and checked against the RNDIS device session machine of the
 * NIC (spec/rndis.yaml), fed as netvsp feeds it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rndis_codec.h"
#include "tools/pvtrace/pvtrace.h"

/* A u32 of a record that may be cut short (headers only), at a generated wire offset. */
static uint32_t rd32(const uint8_t *p, size_t len, size_t off)
{
	return off + 4 <= len ? pv_get_u32(p + off) : 0;
}

/* Where every RNDIS message keeps its type and length (the init layout shares the header). */
#define RNDIS_TYPE_AT offsetof(struct rndis_wire_init, msg_type)
#define RNDIS_LEN_AT offsetof(struct rndis_wire_init, msg_len)

/* The primary channel of c's device (the RNDIS session lives there). */
static struct pvt_chan *primary_of(struct pvt_session *s, struct pvt_chan *c)
{
	if (c->sub_index == 0)
		return c;
	for (size_t i = 0; i < s->nchans; i++)
		if (s->chans[i].live && s->chans[i].sub_index == 0 &&
		    s->chans[i].inner == PVT_INNER_NVSP &&
		    !memcmp(s->chans[i].if_instance, c->if_instance, 16))
			return &s->chans[i];
	return NULL;
}

/* Remembers a SET of the packet filter until its SET_C says whether it took. */
static void filter_set_note(struct pvt_chan *p, uint32_t req_id, bool on)
{
	unsigned slot = p->rset_next++ % PVT_RNDIS_SETS;

	p->rset[slot].req_id = req_id;
	p->rset[slot].on = on;
	p->rset[slot].used = true;
}

/* 0: not a filter SET; 1: filter on; 2: filter off. */
static int filter_set_take(struct pvt_chan *p, uint32_t req_id)
{
	for (unsigned i = 0; i < PVT_RNDIS_SETS; i++)
		if (p->rset[i].used && p->rset[i].req_id == req_id) {
			p->rset[i].used = false;
			return p->rset[i].on ? 1 : 2;
		}
	return 0;
}

static int feed(struct pvt_chan *p, enum rndis_device_event ev, bool check, char *why,
		size_t whycap)
{
	char st[48];

	snprintf(st, sizeof(st), "%s", rndis_device_fsm_state_name(&p->rfsm));
	if (rndis_device_fsm_feed(&p->rfsm, ev, NULL, NULL) && check)
		return pvt_violate(why, whycap,
				   "rndis device session (relid %u): %s illegal in state %s",
				   p->relid, rndis_device_event_name((uint32_t)ev), st);
	return 0;
}

/*
 * Feeds the session machine the event the spec maps the message to
 * (rndis_msg_event), and the packet filter's FILTER_ON / FILTER_OFF that
 * only the device's answer to a SET tells (m when it decoded; a record cut
 * short has only its type).
 */
static int session_step(struct pvt_chan *p, const struct rt_trace_rec *r, uint32_t type,
			const struct rndis_msg *m, bool check, char *why, size_t whycap)
{
	struct rndis_msg t = {.type = type};
	const uint8_t *d = r->payload;
	size_t len = r->payload_len;
	int f, ev;

	if (!m)
		m = &t;
	if (m->type == RNDIS_MSG_TYPE_SET && r->hdr.dir == PVTRACE_DIR_TO_HOST &&
	    m->u.set.oid == RNDIS_OID_GEN_CURRENT_PACKET_FILTER && m->u.set.info_buflen >= 4)
		/* The value: info_buf_offset counts from the request id (RNDIS). */
		filter_set_note(p, m->u.set.req_id,
				rd32(d, len,
				     offsetof(struct rndis_wire_set, req_id) +
					     (size_t)m->u.set.info_buf_offset) != 0);
	if (m->type == (uint32_t)RNDIS_MSG_TYPE_SET_C && r->hdr.dir == PVTRACE_DIR_TO_GUEST &&
	    m != &t) {
		/* The device switches the filter while it handles the SET, before it answers. */
		f = filter_set_take(p, m->u.set_c.req_id);
		if (f && m->u.set_c.status == (uint32_t)RNDIS_STATUS_SUCCESS &&
		    feed(p, f == 1 ? RNDIS_DEVICE_EV_FILTER_ON : RNDIS_DEVICE_EV_FILTER_OFF, check,
			 why, whycap))
			return -1;
	}
	ev = rndis_msg_event(m, r->hdr.dir);
	return ev ? feed(p, (enum rndis_device_event)ev, check, why, whycap) : 0;
}

int pvt_rndis_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		   size_t cap, char *why, size_t whycap)
{
	struct pv_codec_ctx cx = {.dir = r->hdr.dir};
	struct pvt_chan *c = pvt_session_chan(s, r->hdr.channel), *p;
	bool truncated = r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED;
	uint32_t type = rd32(r->payload, r->payload_len, RNDIS_TYPE_AT);
	struct rndis_msg m;
	enum pv_codec_err e = PV_ERR_SHORT;
	char line[2048];

	if (r->hdr.dir != PVTRACE_DIR_TO_HOST && r->hdr.dir != PVTRACE_DIR_TO_GUEST)
		return pvt_violate_if(check, why, whycap,
				      "record header: direction %u is not to-host or to-guest for "
				      "an RNDIS record",
				      r->hdr.dir);
	if (truncated) {
		pvt_add(buf, cap, "%s msg_len=%u (first %u bytes kept)", rndis_msg_type_name(type),
			rd32(r->payload, r->payload_len, RNDIS_LEN_AT), r->payload_len);
	} else {
		e = rndis_msg_decode(r->payload, r->payload_len, &cx, &m);
		if (e == PV_OK) {
			rndis_msg_format(&m, line, sizeof(line));
			pvt_add(buf, cap, "%s", line);
		} else {
			pvt_add(buf, cap, "undecodable RNDIS message type %#x (%s)", type,
				pv_codec_err_name(e));
		}
	}
	pvt_add(buf, cap, " [%s %#llx]",
		r->hdr.dir == PVTRACE_DIR_TO_HOST ? "send trans_id" : "receive slot",
		(unsigned long long)r->hdr.trans_id);
	if (!c || !c->open || c->inner != PVT_INNER_NVSP)
		return pvt_violate_if(check, why, whycap,
				      "rndis: record on relid %u, which is not an open netvsc "
				      "channel",
				      r->hdr.channel);
	if (!truncated && e != PV_OK && check)
		return pvt_violate(why, whycap, "decode: RNDIS message: %s", pv_codec_err_name(e));
	if (check && !truncated && rd32(r->payload, r->payload_len, RNDIS_LEN_AT) != r->payload_len)
		return pvt_violate(why, whycap, "length: RNDIS msg_len %u but the record holds %u",
				   rd32(r->payload, r->payload_len, RNDIS_LEN_AT), r->payload_len);
	if (type != RNDIS_MSG_TYPE_PACKET && c->sub_index != 0)
		return pvt_violate_if(check, why, whycap,
				      "rndis: control message %s on subchannel %u (relid %u)",
				      rndis_msg_type_name(type), c->sub_index, c->relid);
	p = primary_of(s, c);
	if (!p)
		return 0;
	return session_step(p, r, type, e == PV_OK ? &m : NULL, check, why, whycap);
}
