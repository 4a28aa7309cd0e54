/*
 * pvtrace replay, netvsc: the RNDIS messages travel in the guest's send
 * buffer (or GPA-direct pages) and the host's receive buffer, which the ring
 * packets only point at. netvsp records each one as an RNDIS record (proto
 * 5: relid, trans_id of the SEND_RNDIS_PKT or the receive slot); the
 * replayer writes the recorded guest->host ones where its own packet points
 * and compares what the paravisor wrote into its receive buffer with the
 * recorded host->guest ones (docs/traces.md, "RNDIS").
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/gmem.h"
#include "tools/pvtrace/replay_priv.h"
#include "vmbus_codec.h"
#include "vmring_codec.h"

/* Every RNDIS message starts with its type and length (spec/rndis.yaml). */
#define RNDIS_MSG_TYPE_OFFSET offsetof(struct rndis_wire_query, msg_type)
#define RNDIS_MSG_LEN_OFFSET offsetof(struct rndis_wire_query, msg_len)
_Static_assert(offsetof(struct rndis_wire_packet, msg_len) == RNDIS_MSG_LEN_OFFSET, "");

/* The primary channel of c's NIC: buffers and RNDIS control live there. */
static struct rp_chan *nic_primary(struct rp *p, struct rp_chan *c)
{
	if (c->sub_index == 0)
		return c;
	for (unsigned i = 0; i < p->nchans; i++)
		if (p->chans[i].netvsc && p->chans[i].sub_index == 0 &&
		    !memcmp(p->chans[i].instance, c->instance, 16))
			return &p->chans[i];
	return NULL;
}

/* Buffer GPADLs are page-aligned (Linux and pvguest): one range at offset 0. */
static int gpadl_copy(struct rp *p, uint32_t id, uint64_t off, void *buf, size_t len, bool to)
{
	struct rp_gpadl *gp = rp_gpadl_find(p, id);
	struct rt_gpa_range rr;

	if (!gp || !gp->npages)
		return -ENOENT;
	rr.len = gp->npages * 4096u;
	rr.offset = 0;
	rr.pfn_count = gp->npages;
	rr.pfns = gp->pfns;
	return to ? rt_gpa_copy_to(p->gm, &rr, 1, off, buf, len)
		  : rt_gpa_copy_from(p->gm, &rr, 1, off, buf, len);
}

static void slot_map_set(struct rp_chan *c, uint64_t from, uint64_t to)
{
	unsigned i;

	for (i = 0; i < RP_NETVSC_SLOTS; i++)
		if (c->slots[i].from == from && c->slots[i].to != UINT64_MAX)
			break;
	if (i == RP_NETVSC_SLOTS)
		i = c->slot_next++ % RP_NETVSC_SLOTS;
	c->slots[i].from = from;
	c->slots[i].to = to;
}

static uint64_t slot_map_get(const struct rp_chan *c, uint64_t from)
{
	for (unsigned i = 0; i < RP_NETVSC_SLOTS; i++)
		if (c->slots[i].from == from && c->slots[i].to != UINT64_MAX)
			return c->slots[i].to;
	return from;
}

static uint32_t query_oid(const struct rp_chan *pc, uint32_t req_id)
{
	for (unsigned i = 0; pc && i < RP_NETVSC_QUERIES; i++)
		if (pc->queries[i].req_id == req_id)
			return pc->queries[i].oid;
	return 0;
}

/*
 * A SEND_RNDIS_PKT names a send-buffer section or GPA-direct pages whose
 * bytes the trace holds as the RNDIS records (same relid and trans_id) that
 * follow the ring packet, before the channel's next guest->host packet. They
 * are written where the packet points before the packet goes out; a cut
 * record (snap length) is padded with zeros to its msg_len.
 */
static int rndis_place(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r,
		       const uint8_t *b, size_t len, size_t off)
{
	struct rp_chan *pc = nic_primary(p, c);
	uint32_t sect = rp_get32(
		b, len, off + offsetof(struct nvsp_wire_send_rndis_pkt, send_buf_section_index));
	uint16_t type = rp_pkt_type(b);
	uint64_t tid = rp_pkt_tid(b);
	uint8_t *msg = NULL;
	size_t total = 0;
	int rc = 0;

	for (size_t j = p->cur + 1; j < p->nrecs; j++) {
		const struct rt_trace_rec *q = &p->recs[j];
		uint32_t mlen = q->payload_len;
		uint8_t *n;

		if (q->hdr.channel != r->hdr.channel)
			continue;
		if (q->hdr.proto == PVTRACE_PROTO_VMRING && q->hdr.dir == PVTRACE_DIR_TO_HOST)
			break;
		if (q->hdr.proto != PVTRACE_PROTO_RNDIS || q->hdr.dir != PVTRACE_DIR_TO_HOST ||
		    q->hdr.trans_id != tid)
			continue;
		if ((q->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED) &&
		    rp_get32(q->payload, q->payload_len, RNDIS_MSG_LEN_OFFSET) > mlen)
			mlen = rp_get32(q->payload, q->payload_len, RNDIS_MSG_LEN_OFFSET);
		if (mlen > RP_RNDIS_MAX - total) {
			rp_mismatch(p, q, "RNDIS send larger than the replayer takes");
			break;
		}
		n = realloc(msg, total + mlen);
		if (!n) {
			free(msg);
			return -ENOMEM;
		}
		msg = n;
		memset(msg + total, 0, mlen);
		memcpy(msg + total, q->payload, q->payload_len);
		if (pc && rp_get32(q->payload, q->payload_len, RNDIS_MSG_TYPE_OFFSET) ==
				  RNDIS_MSG_TYPE_QUERY) {
			unsigned k = pc->query_next++ % RP_NETVSC_QUERIES;
			pc->queries[k].req_id = rp_get32(q->payload, q->payload_len,
							 offsetof(struct rndis_wire_query, req_id));
			pc->queries[k].oid = rp_get32(q->payload, q->payload_len,
						      offsetof(struct rndis_wire_query, oid));
		}
		total += mlen;
	}
	if (!total) {
		rp_mismatch(p, r,
			    "SEND_RNDIS_PKT without RNDIS records (recorded before netvsp recorded "
			    "RNDIS?)");
		return 0;
	}
	if (sect != NVSP_INVALID_SECTION_INDEX) {
		if (!pc || !pc->has_send || !pc->section_size)
			rc = -ENOENT;
		else
			rc = gpadl_copy(p, pc->send_gpadl, (uint64_t)sect * pc->section_size, msg,
					total, true);
	} else if (type == VMRING_PKT_DATA_USING_GPA_DIRECT) {
		struct vmring_gpa_direct *gd = malloc(sizeof(*gd));
		struct rt_gpa_range rr[VMRING_GPA_DIRECT_RANGES_MAX];
		uint32_t n = 0;

		rc = -ENOMEM;
		if (gd)
			rc = rt_ring_gpa_direct(b, len, gd, rr, &n) == PV_OK ? 0 : -EINVAL;
		if (!rc)
			rc = rt_gpa_copy_to(p->gm, rr, n, 0, msg, total);
		free(gd);
	}
	if (rc)
		rp_mismatch(p, r, "cannot place its %zu RNDIS bytes: %s", total, strerror(-rc));
	free(msg);
	return 0;
}

/* What the replayer learns from the NVSP messages a netvsc channel carries. */
int rp_netvsc_out(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r, uint8_t *b,
		  size_t len)
{
	struct rp_chan *pc = nic_primary(p, c);
	size_t off = rp_pkt_payload(b);

	if (rp_pkt_type(b) == VMRING_PKT_COMP) {
		/* A receive completion names the slot the paravisor used this time. */
		uint64_t tid = rp_pkt_tid(b);
		for (unsigned i = 0; i < c->nskipped; i++)
			if (c->skipped[i] == tid) {
				c->skipped[i] = c->skipped[--c->nskipped];
				return RP_NETVSC_DROP;
			}
		rp_pkt_set_tid(b, slot_map_get(c, tid));
		return 0;
	}
	if (off + sizeof(uint32_t) > len || !pc)
		return 0;
	switch (rp_get32(b, len, off + offsetof(struct nvsp_wire_send_recv_buf, msg_type))) {
	case NVSP_MSG_TYPE_SEND_RECV_BUF:
		pc->recv_gpadl = rp_get32(
			b, len, off + offsetof(struct nvsp_wire_send_recv_buf, gpadl_handle));
		pc->has_recv = true;
		return 0;
	case NVSP_MSG_TYPE_SEND_SEND_BUF:
		pc->send_gpadl = rp_get32(
			b, len, off + offsetof(struct nvsp_wire_send_send_buf, gpadl_handle));
		pc->has_send = true;
		pc->section_size = 0;
		return 0;
	case NVSP_MSG_TYPE_SEND_RNDIS_PKT:
		return rndis_place(p, c, r, b, len, off);
	default:
		return 0;
	}
}

/* The RNDIS record netvsp made as it filled the slot of receive packet r (the latest before it). */
static const struct rt_trace_rec *recorded_rx(struct rp *p, const struct rt_trace_rec *r,
					      uint64_t slot)
{
	for (size_t k = p->cur; k-- > 0 && p->cur - k < 65536;) {
		const struct rt_trace_rec *t = &p->recs[k];
		if (t->hdr.proto == PVTRACE_PROTO_RNDIS && t->hdr.dir == PVTRACE_DIR_TO_GUEST &&
		    t->hdr.channel == r->hdr.channel && t->hdr.trans_id == slot)
			return t;
	}
	return NULL;
}

/*
 * A transfer-page packet the paravisor sent: the RNDIS message it wrote in
 * the receive buffer is compared with the trace's RNDIS record for the
 * recorded slot (the latest one before the packet: netvsp records the
 * message as it fills the slot, before the packet goes out).
 */
/* Where range i of a transfer-page packet is. */
static size_t xfer_range_at(uint32_t i)
{
	return VMRING_XFER_PAGES_RANGES_OFFSET + (size_t)i * VMRING_XFER_RANGE_SIZE;
}

static void xfer_in(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r,
		    const uint8_t *buf, size_t len)
{
	struct rp_chan *pc = nic_primary(p, c);
	const struct rt_trace_rec *q = NULL;
	uint64_t rtid;
	uint32_t nr = rp_get32(buf, len, offsetof(struct vmring_wire_xfer_pages, range_cnt));
	uint8_t *act = NULL, *exp = NULL;
	size_t alen = 0, end;
	char why[256];

	if (r->payload_len < VMRING_DESC_SIZE || len < VMRING_XFER_PAGES_SIZE)
		return;
	rtid = rp_pkt_tid(r->payload);
	end = rp_pkt_payload(buf);
	slot_map_set(c, rtid, rp_pkt_tid(buf));
	q = recorded_rx(p, r, rtid);
	if (!q) {
		rp_mismatch(p, r,
			    "transfer-page packet without an RNDIS record (recorded before netvsp "
			    "recorded RNDIS?)");
		return;
	}
	for (uint32_t i = 0; i < nr && xfer_range_at(i) + VMRING_XFER_RANGE_SIZE <= end; i++) {
		uint32_t rlen = rp_get32(buf, len,
					 xfer_range_at(i) + offsetof(struct vmring_wire_xfer_range,
								     byte_count)),
			 roff = rp_get32(buf, len,
					 xfer_range_at(i) + offsetof(struct vmring_wire_xfer_range,
								     byte_offset));
		uint8_t *n;
		if (rlen > RP_RNDIS_MAX - alen)
			break;
		n = realloc(act, alen + rlen);
		if (!n)
			break;
		act = n;
		if (!pc || !pc->has_recv ||
		    gpadl_copy(p, pc->recv_gpadl, roff, act + alen, rlen, false)) {
			rp_mismatch(p, r, "cannot read its range from the receive buffer");
			free(act);
			return;
		}
		alen += rlen;
	}
	exp = malloc(q->payload_len + 1);
	if (!exp) {
		free(act);
		return;
	}
	memcpy(exp, q->payload, q->payload_len);
	/* The MAC is the endpoint's (or the config's): it may differ between runs. */
	if (rp_get32(exp, q->payload_len, RNDIS_MSG_TYPE_OFFSET) ==
		    (uint32_t)RNDIS_MSG_TYPE_QUERY_C &&
	    rp_get32(act, alen, RNDIS_MSG_TYPE_OFFSET) == (uint32_t)RNDIS_MSG_TYPE_QUERY_C) {
		uint32_t oid =
			query_oid(pc, rp_get32(exp, q->payload_len,
					       offsetof(struct rndis_wire_query_complete, req_id)));
		if (oid == RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS ||
		    oid == RNDIS_OID_IEEE_802_3_CURRENT_ADDRESS) {
			/* The information buffer's offset counts from req_id (RNDIS). */
			size_t o = offsetof(struct rndis_wire_query_complete, req_id) +
				   (size_t)rp_get32(exp, q->payload_len,
						    offsetof(struct rndis_wire_query_complete,
							     info_buf_offset));
			size_t n =
				rp_get32(exp, q->payload_len,
					 offsetof(struct rndis_wire_query_complete, info_buflen));
			for (size_t i = o; i < o + n; i++) {
				if (i < q->payload_len)
					exp[i] = 0;
				if (i < alen)
					act[i] = 0;
			}
		}
	}
	if (!pvt_masked_equal(PVTRACE_PROTO_RNDIS, exp, q->payload_len,
			      q->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED, act, alen, NULL, why,
			      sizeof(why))) {
		struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
		struct rndis_msg d;
		char line[1024] = "undecodable";
		if (act && rndis_msg_decode(act, alen, &cx, &d) == PV_OK)
			rndis_msg_format(&d, line, sizeof(line));
		rp_mismatch(p, q, "%s; the paravisor wrote: %s", why, line);
	} else {
		p->matched++;
	}
	free(exp);
	free(act);
}

void rp_netvsc_in(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r, const uint8_t *buf,
		  size_t len)
{
	struct rp_chan *pc = nic_primary(p, c);
	size_t off;

	if (len < VMRING_DESC_SIZE)
		return;
	off = rp_pkt_payload(buf);
	if (rp_pkt_type(buf) == VMRING_PKT_DATA_USING_XFER_PAGES)
		xfer_in(p, c, r, buf, len);
	else if (pc && rp_get32(buf, len,
				off + offsetof(struct nvsp_wire_send_send_buf_complete,
					       msg_type)) == NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE)
		pc->section_size = rp_get32(
			buf, len,
			off + offsetof(struct nvsp_wire_send_send_buf_complete, section_size));
}

void rp_netvsc_offer(struct rp_chan *c, const uint8_t *offer, size_t len)
{
	struct vmbus_offerchannel o;

	if (vmbus_offerchannel_decode(offer, len, NULL, &o) != PV_OK)
		return;
	c->netvsc = !memcmp(o.if_type, nvsp_class_netvsc.guid, sizeof(o.if_type));
	memcpy(c->instance, o.if_instance, sizeof(c->instance));
	c->sub_index = o.sub_channel_index;
	for (unsigned i = 0; i < RP_NETVSC_SLOTS; i++)
		c->slots[i].to = UINT64_MAX;
}

bool rp_netvsc_skip_expected(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r)
{
	const struct rt_trace_rec *q;
	uint16_t type;
	uint64_t slot;

	if (r->payload_len < VMRING_DESC_SIZE)
		return false;
	type = rp_pkt_type(r->payload);
	slot = rp_pkt_tid(r->payload);
	if (type != VMRING_PKT_DATA_USING_XFER_PAGES)
		return false;
	q = recorded_rx(p, r, slot);
	if (!q ||
	    rp_get32(q->payload, q->payload_len, RNDIS_MSG_TYPE_OFFSET) != RNDIS_MSG_TYPE_PACKET)
		return false;
	/* Its completion (recorded later) is not sent either. */
	if (c->nskipped < RP_NETVSC_SLOTS)
		c->skipped[c->nskipped++] = slot;
	return true;
}

bool rp_netvsc_absorb(struct rp *p, struct rp_chan *c, const uint8_t *buf, size_t len)
{
	struct rp_chan *pc = nic_primary(p, c);
	uint8_t comp[VMRING_DESC_SIZE + NVSP_MSG_SIZE] = {0};
	struct vmring_desc d = {.type = VMRING_PKT_COMP,
				.offset8 = VMRING_DESC_SIZE / 8,
				.len8 = (VMRING_DESC_SIZE + NVSP_SEND_RNDIS_PKT_COMPLETE_SIZE + 7) /
					8};
	struct nvsp_send_rndis_pkt_complete done = {
		.msg_type = NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE, .status = NVSP_STATUS_SUCCESS};
	uint8_t head[4];
	bool sig = false;

	if (len < xfer_range_at(1) || !pc || !pc->has_recv)
		return false;
	if (rp_pkt_type(buf) != VMRING_PKT_DATA_USING_XFER_PAGES ||
	    rp_get32(buf, len, offsetof(struct vmring_wire_xfer_pages, range_cnt)) < 1 ||
	    gpadl_copy(p, pc->recv_gpadl,
		       rp_get32(buf, len,
				xfer_range_at(0) +
					offsetof(struct vmring_wire_xfer_range, byte_offset)),
		       head, sizeof(head), false) ||
	    rp_get32(head, sizeof(head), RNDIS_MSG_TYPE_OFFSET) != RNDIS_MSG_TYPE_PACKET)
		return false;
	/* Completed as Linux does: the descriptor and SEND_RNDIS_PKT_COMPLETE (success). */
	d.trans_id = rp_pkt_tid(buf);
	if (vmring_desc_encode(&d, comp, sizeof(comp)) < 0 ||
	    nvsp_send_rndis_pkt_complete_encode(&done, comp + VMRING_DESC_SIZE,
						sizeof(comp) - VMRING_DESC_SIZE) < 0)
		return false;
	struct iovec iov = {comp, (size_t)d.len8 * 8};
	if (rt_ring_write(&c->rings.out, &iov, 1, &sig) == 0 && sig)
		rt_sim_guest_signal(p->g, c->conn_id);
	return true;
}

void rp_netvsc_mask(const struct rp *p, const struct rp_chan *c, uint8_t *b, size_t len)
{
	size_t end;

	(void)p;
	(void)c;
	if (len < VMRING_XFER_PAGES_SIZE || rp_pkt_type(b) != VMRING_PKT_DATA_USING_XFER_PAGES)
		return;
	end = rp_pkt_payload(b);
	rp_pkt_set_tid(b, 0);
	for (uint32_t i = 0; xfer_range_at(i) + VMRING_XFER_RANGE_SIZE <= len &&
			     xfer_range_at(i) + VMRING_XFER_RANGE_SIZE <= end;
	     i++)
		memset(b + xfer_range_at(i) + offsetof(struct vmring_wire_xfer_range, byte_offset),
		       0, sizeof(uint32_t));
}
