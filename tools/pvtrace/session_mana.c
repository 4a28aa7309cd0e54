/*
 * MANA records (proto 7: hardware-channel messages, spec/mana.yaml) and
 * GDMA records (proto 9: queue entries, doorbells and SMC exchanges,
 * spec/gdma.yaml trace_*) in a trace session. The MANA driver records a
 * request as it sends it (to host, trans_id = its hwc_msg_id) and a response
 * as it receives it (to guest); the queue side it writes (WQEs, doorbells)
 * to host and what the device wrote (CQEs, EQEs) to guest, channel = the
 * queue's id. The emulator records the same exchange from the device's side.
 * Neither travels on a VMBus channel: the session only remembers which
 * requests are still unanswered, so a response is checked against its
 * request (message id, type), as the driver checks it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gdma_codec.h"
#include "mana_codec.h"
#include "tools/pvtrace/pvtrace.h"

/* The driver and the device speak as guest and host do: to-device is to-host. */
static uint8_t norm_dir(uint8_t dir)
{
	if (dir == PVTRACE_DIR_TO_DEVICE)
		return PVTRACE_DIR_TO_HOST;
	if (dir == PVTRACE_DIR_FROM_DEVICE)
		return PVTRACE_DIR_TO_GUEST;
	return dir;
}

/* The bytes of a record a header decoder reads: the header, or less when short. */
static size_t hdr_len(const struct rt_trace_rec *r, size_t size)
{
	return r->payload_len < size ? r->payload_len : size;
}

static struct pvt_mana_req *pend_slot(struct pvt_session *s, uint16_t id)
{
	return &s->mana_pend[id % PVT_MANA_PENDING];
}

/* The request's id and type into the pending table (a wrapped slot is forgotten). */
static void pend_note(struct pvt_session *s, uint16_t id, uint32_t type)
{
	struct pvt_mana_req *p = pend_slot(s, id);

	p->id = id;
	p->type = type;
	p->used = true;
}

/* A response must answer an unanswered request with its id and its type. */
static int pend_answer(struct pvt_session *s, uint16_t id, uint32_t type, bool check, char *why,
		       size_t whycap)
{
	struct pvt_mana_req *p = pend_slot(s, id);

	if (!p->used || p->id != id)
		return pvt_violate_if(check, why, whycap,
				      "mana: response with hwc_msg_id %u answers no pending "
				      "request",
				      id);
	p->used = false;
	if (p->type != type)
		return pvt_violate_if(check, why, whycap,
				      "mana: response %s to hwc_msg_id %u, which was %s",
				      mana_code_name(type), id, mana_code_name(p->type));
	return 0;
}

static int mana_step(struct pvt_session *s, const struct rt_trace_rec *r, uint8_t dir, bool check,
		     char *buf, size_t cap, char *why, size_t whycap)
{
	struct pv_codec_ctx cx = {.dir = dir};
	struct mana_msg m;
	struct mana_req_hdr rq;
	struct mana_resp_hdr rs;
	enum pv_codec_err e;
	char line[4096];

	if (dir == PVTRACE_DIR_TO_HOST) {
		e = mana_req_hdr_decode(r->payload, hdr_len(r, MANA_REQ_HDR_SIZE), NULL, &rq);
		if (e != PV_OK) {
			pvt_add(buf, cap, "undecodable HWC request (%s)", pv_codec_err_name(e));
			return pvt_violate_if(check, why, whycap, "decode: MANA request header: %s",
					      pv_codec_err_name(e));
		}
		pend_note(s, rq.req.hwc_msg_id, rq.req.msg_type);
		if (check && r->hdr.trans_id != rq.req.hwc_msg_id)
			return pvt_violate(why, whycap,
					   "record header: trans_id %llu but the request's "
					   "hwc_msg_id is %u",
					   (unsigned long long)r->hdr.trans_id, rq.req.hwc_msg_id);
	} else {
		e = mana_resp_hdr_decode(r->payload, hdr_len(r, MANA_RESP_HDR_SIZE), NULL, &rs);
		if (e != PV_OK) {
			pvt_add(buf, cap, "undecodable HWC response (%s)", pv_codec_err_name(e));
			return pvt_violate_if(check, why, whycap,
					      "decode: MANA response header: %s",
					      pv_codec_err_name(e));
		}
		/* A failed request's response may be the header alone (Linux reads
		 * only the status then): it names the request and its status. */
		if (rs.status != MANA_STATUS_OK) {
			pvt_add(buf, cap, "%s response status=%#x hwc_msg_id=%u",
				mana_code_name(rs.response.msg_type), rs.status,
				rs.response.hwc_msg_id);
			return pend_answer(s, rs.response.hwc_msg_id, rs.response.msg_type, check,
					   why, whycap);
		}
	}
	e = mana_msg_decode(r->payload, r->payload_len, &cx, &m);
	if (e != PV_OK) {
		pvt_add(buf, cap, "undecodable %s %s (%s)",
			mana_code_name(dir == PVTRACE_DIR_TO_HOST ? rq.req.msg_type
								  : rs.response.msg_type),
			dir == PVTRACE_DIR_TO_HOST ? "request" : "response", pv_codec_err_name(e));
		return pvt_violate_if(check, why, whycap, "decode: MANA message: %s",
				      pv_codec_err_name(e));
	}
	mana_msg_format(&m, line, sizeof(line));
	pvt_add(buf, cap, "%s", line);
	if (dir == PVTRACE_DIR_TO_GUEST)
		return pend_answer(s, rs.response.hwc_msg_id, rs.response.msg_type, check, why,
				   whycap);
	return 0;
}

static int gdma_step(const struct rt_trace_rec *r, uint8_t dir, bool check, char *buf, size_t cap,
		     char *why, size_t whycap)
{
	struct pv_codec_ctx cx = {.dir = dir};
	struct gdma_msg m;
	enum pv_codec_err e = gdma_msg_decode(r->payload, r->payload_len, &cx, &m);
	char line[2048];

	if (e != PV_OK) {
		pvt_add(buf, cap, "undecodable GDMA record kind %u (%s)",
			r->payload_len ? r->payload[0] : 0u, pv_codec_err_name(e));
		return pvt_violate_if(check, why, whycap, "decode: GDMA record: %s",
				      pv_codec_err_name(e));
	}
	gdma_msg_format(&m, line, sizeof(line));
	pvt_add(buf, cap, "%s", line);
	return 0;
}

int pvt_mana_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		  size_t cap, char *why, size_t whycap)
{
	uint8_t dir = norm_dir(r->hdr.dir);

	if (dir != PVTRACE_DIR_TO_HOST && dir != PVTRACE_DIR_TO_GUEST)
		return pvt_violate_if(check, why, whycap,
				      "record header: direction %u is not to or from the "
				      "device for a %s record",
				      r->hdr.dir, pvtrace_proto_name(r->hdr.proto));
	if (r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED) {
		/* Headers only: name what is left, check nothing past the cut. */
		pvt_add(buf, cap, "(truncated to %u bytes)", r->payload_len);
		return 0;
	}
	if (r->hdr.proto == PVTRACE_PROTO_MANA)
		return mana_step(s, r, dir, check, buf, cap, why, whycap);
	return gdma_step(r, dir, check, buf, cap, why, whycap);
}
