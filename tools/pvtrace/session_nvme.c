/*
 * NVMe records (protos NVME and NVM, spec/pvtrace.yaml): what our NVMe
 * driver put in a submission queue and what the device posted in a
 * completion queue. A record's channel is the queue id; its transaction id
 * is an nvme trace_id (spec/nvme.yaml: the command id, the entry's slot in
 * its queue and the doorbell value that published or released it).
 *   to device:   a 64-byte SQE; NVME on the admin queue (admin opcodes),
 *                NVM on an I/O queue (NVM command set opcodes);
 *   from device: a 16-byte CQE (always proto NVME: a CQE has one layout).
 * Everything is decoded by the generated codecs; a record they refuse is a
 * violation under `pvtrace validate` (the conformance sequence sends a few
 * malformed commands on purpose: they show up there).
 */
#include <string.h>

#include "nvm_codec.h"
#include "nvme_codec.h"
#include "tools/pvtrace/pvtrace.h"

/* The status code's name in the table its type selects (NVMe base 2.0, Figure 101). */
static const char *status_name(const struct nvme_cqe *e)
{
	switch (e->sct) {
	case NVME_SCT_GENERIC:
		return nvme_generic_status_name(e->sc);
	case NVME_SCT_COMMAND_SPECIFIC:
		return nvme_cmd_status_name(e->sc);
	case NVME_SCT_MEDIA:
		return nvme_media_status_name(e->sc);
	case NVME_SCT_PATH:
		return nvme_path_status_name(e->sc);
	default:
		return "?";
	}
}

static struct pvt_nvme_cmd *pend_find(struct pvt_session *s, uint16_t sqid, uint16_t cid)
{
	for (unsigned i = 0; i < PVT_NVME_PENDING; i++)
		if (s->nvme_pend[i].used && s->nvme_pend[i].sqid == sqid &&
		    s->nvme_pend[i].cid == cid)
			return &s->nvme_pend[i];
	return NULL;
}

/* Remembers the command (its header decoded by the generated codec) for its CQE. */
static void pend_add(struct pvt_session *s, const struct rt_trace_rec *r)
{
	struct nvme_sqe_hdr h;
	struct pvt_nvme_cmd *p;

	if (r->payload_len < NVME_SQE_HDR_SIZE ||
	    nvme_sqe_hdr_decode(r->payload, NVME_SQE_HDR_SIZE, NULL, &h) != PV_OK)
		return;
	p = pend_find(s, (uint16_t)r->hdr.channel, h.cid);
	for (unsigned i = 0; !p && i < PVT_NVME_PENDING; i++)
		if (!s->nvme_pend[i].used)
			p = &s->nvme_pend[i];
	if (!p) {
		p = &s->nvme_pend[s->nvme_next];
		s->nvme_next = (s->nvme_next + 1) % PVT_NVME_PENDING;
	}
	*p = (struct pvt_nvme_cmd){
		.sqid = (uint16_t)r->hdr.channel, .cid = h.cid, .opcode = h.opcode, .used = true};
}

static int sqe_step(struct pvt_session *s, const struct rt_trace_rec *r,
		    const struct nvme_trace_id *id, bool check, char *buf, size_t cap, char *why,
		    size_t whycap)
{
	bool admin = r->hdr.proto == PVTRACE_PROTO_NVME;
	enum pv_codec_err e;
	char text[1024];

	pend_add(s, r);

	pvt_add(buf, cap, "SQE sq%u slot %u cid %u (tail doorbell %u) %s ", r->hdr.channel,
		id->slot, id->cid, id->doorbell, admin ? "admin" : "NVM");
	if (admin) {
		struct nvme_msg m;

		e = nvme_msg_decode(r->payload, r->payload_len, NULL, &m);
		if (e == PV_OK) {
			nvme_msg_format(&m, text, sizeof(text));
			pvt_add(buf, cap, "%s", text);
		}
	} else {
		struct nvm_msg m;

		e = nvm_msg_decode(r->payload, r->payload_len, NULL, &m);
		if (e == PV_OK) {
			nvm_msg_format(&m, text, sizeof(text));
			pvt_add(buf, cap, "%s", text);
		}
	}
	if (e == PV_OK)
		return 0;
	pvt_add(buf, cap, "opcode 0x%02x, not decodable: %s", r->payload_len ? r->payload[0] : 0,
		pv_codec_err_name(e));
	return pvt_violate_if(check, why, whycap, "%s SQE on queue %u (cid %u): %s",
			      admin ? "admin" : "NVM", r->hdr.channel, id->cid,
			      pv_codec_err_name(e));
}

static int cqe_step(struct pvt_session *s, const struct rt_trace_rec *r,
		    const struct nvme_trace_id *id, bool check, char *buf, size_t cap, char *why,
		    size_t whycap)
{
	struct pvt_nvme_cmd *cmd;
	struct nvme_cqe c;
	enum pv_codec_err e = nvme_cqe_decode(r->payload, r->payload_len, NULL, &c);

	pvt_add(buf, cap, "CQE cq%u slot %u (head doorbell %u) ", r->hdr.channel, id->slot,
		id->doorbell);
	if (e != PV_OK) {
		pvt_add(buf, cap, "not decodable: %s", pv_codec_err_name(e));
		return pvt_violate_if(check, why, whycap, "CQE on queue %u: %s", r->hdr.channel,
				      pv_codec_err_name(e));
	}
	pvt_add(buf, cap,
		"sqid %u sqhd %u cid %u phase %u status %s (sct %u %s, sc 0x%02x)%s%s dw0 0x%08x "
		"dw1 0x%08x",
		c.sqid, c.sqhd, c.cid, c.p, status_name(&c), c.sct, nvme_sct_name(c.sct), c.sc,
		c.more ? " more" : "", c.dnr ? " dnr" : "", c.dw0, c.dw1);
	/* The command it answers, when its SQE is in the trace: admin opcodes on
	 * SQ 0, NVM command set opcodes on the others. */
	cmd = pend_find(s, c.sqid, c.cid);
	if (cmd) {
		const char *name =
			c.sqid ? nvm_opcode_name(cmd->opcode) : nvme_admin_opcode_name(cmd->opcode);

		if (strcmp(name, "?"))
			pvt_add(buf, cap, ", answers %s %s", c.sqid ? "NVM" : "admin", name);
		else
			pvt_add(buf, cap, ", answers %s opcode 0x%02x", c.sqid ? "NVM" : "admin",
				cmd->opcode);
		cmd->used = false;
	}
	if (check && c.cid != id->cid)
		return pvt_violate(why, whycap,
				   "CQE on queue %u: cid %u, but the record's transaction names %u",
				   r->hdr.channel, c.cid, id->cid);
	return 0;
}

int pvt_nvme_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		  size_t cap, char *why, size_t whycap)
{
	struct nvme_trace_id id;
	uint64_t tid = r->hdr.trans_id;

	if (nvme_trace_id_decode(&tid, sizeof(tid), NULL, &id) != PV_OK)
		memset(&id, 0, sizeof(id));
	if (r->hdr.dir == PVTRACE_DIR_TO_DEVICE)
		return sqe_step(s, r, &id, check, buf, cap, why, whycap);
	if (r->hdr.dir == PVTRACE_DIR_FROM_DEVICE && r->hdr.proto == PVTRACE_PROTO_NVME)
		return cqe_step(s, r, &id, check, buf, cap, why, whycap);
	pvt_add(buf, cap, "%s record in direction %u, %u bytes", pvtrace_proto_name(r->hdr.proto),
		r->hdr.dir, r->payload_len);
	return pvt_violate_if(check, why, whycap,
			      "%s record: direction %u is not to-device (SQE) or from-device "
			      "(CQE, proto NVME)",
			      pvtrace_proto_name(r->hdr.proto), r->hdr.dir);
}
