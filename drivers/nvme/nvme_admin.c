/*
 * Admin commands (built with the generated nvme encoders), the decoding of
 * what Identify returns (checked: a device that claims impossible sizes or
 * formats is refused, not trusted), and asynchronous events: a namespace
 * attribute notice reads the Changed Namespace List, identifies those
 * namespaces again and tells the controller's user.
 *
 * Controller thread only.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "drivers/nvme/nvme_priv.h"
#include "runtime/util.h"

static void build(struct nvme_admin *a, struct nvme_msg *m, uint32_t len)
{
	memset(a->sqe, 0, sizeof(a->sqe));
	nvme_msg_encode(m, NULL, a->sqe, sizeof(a->sqe));
	a->len = len;
	a->no_timeout = false;
}

void nvme_admin_identify(struct nvme_admin *a, uint8_t cns, uint32_t nsid)
{
	struct nvme_msg m = {.type = NVME_ADMIN_OPCODE_IDENTIFY};

	m.u.identify.hdr.nsid = nsid;
	m.u.identify.cns = cns;
	build(a, &m, NVME_IDENTIFY_DATA_SIZE);
}

void nvme_admin_features(struct nvme_admin *a, bool set, uint8_t fid, uint32_t cdw11)
{
	struct nvme_msg m = {.type = set ? NVME_ADMIN_OPCODE_SET_FEATURES
					 : NVME_ADMIN_OPCODE_GET_FEATURES};

	m.u.set_features.fid = fid;
	m.u.set_features.cdw11 = cdw11;
	build(a, &m, 0);
}

void nvme_admin_log_page(struct nvme_admin *a, uint8_t lid, uint32_t nsid, uint32_t len)
{
	struct nvme_msg m = {.type = NVME_ADMIN_OPCODE_GET_LOG_PAGE};
	uint32_t numd = len / 4 - 1;

	m.u.get_log_page.hdr.nsid = nsid;
	m.u.get_log_page.lid = lid;
	m.u.get_log_page.numdl = (uint16_t)numd;
	m.u.get_log_page.numdu = (uint16_t)(numd >> 16);
	build(a, &m, len);
}

void nvme_admin_create_cq(struct nvme_admin *a, const struct nvme_qpair_state *st)
{
	struct nvme_msg m = {.type = NVME_ADMIN_OPCODE_CREATE_IO_CQ};

	m.u.create_io_cq.hdr.prp1 = st->cq_iova;
	m.u.create_io_cq.qid = st->qid;
	m.u.create_io_cq.qsize = (uint16_t)(st->size - 1);
	m.u.create_io_cq.pc = 1;
	m.u.create_io_cq.ien = 1;
	m.u.create_io_cq.iv = st->vector;
	build(a, &m, 0);
}

void nvme_admin_create_sq(struct nvme_admin *a, const struct nvme_qpair_state *st)
{
	struct nvme_msg m = {.type = NVME_ADMIN_OPCODE_CREATE_IO_SQ};

	m.u.create_io_sq.hdr.prp1 = st->sq_iova;
	m.u.create_io_sq.qid = st->qid;
	m.u.create_io_sq.qsize = (uint16_t)(st->size - 1);
	m.u.create_io_sq.pc = 1;
	m.u.create_io_sq.cqid = st->qid;
	build(a, &m, 0);
}

void nvme_admin_delete_q(struct nvme_admin *a, bool sq, uint16_t qid)
{
	struct nvme_msg m = {.type = sq ? NVME_ADMIN_OPCODE_DELETE_IO_SQ
					: NVME_ADMIN_OPCODE_DELETE_IO_CQ};

	m.u.delete_io_sq.qid = qid;
	build(a, &m, 0);
}

void nvme_admin_abort(struct nvme_admin *a, uint16_t sqid, uint16_t cid)
{
	struct nvme_msg m = {.type = NVME_ADMIN_OPCODE_ABORT};

	m.u.abort.sqid = sqid;
	m.u.abort.acid = cid;
	build(a, &m, 0);
}

void nvme_admin_aer(struct nvme_admin *a)
{
	struct nvme_msg m = {.type = NVME_ADMIN_OPCODE_ASYNC_EVENT_REQUEST};

	build(a, &m, 0);
	a->no_timeout = true;
}

void nvme_admin_submit(struct nvme_ctrlr *c, struct nvme_admin *a)
{
	rt_loop_assert_thread(c->w.loop);
	nvme_qpair_admin_submit(c->aq, a);
}

/* ---- registers --------------------------------------------------------------- */

int nvme_cap_parse(uint64_t cap, uint64_t bar0, uint16_t io_queues, uint32_t *dstrd,
		   uint32_t *to_ms, uint32_t *max_entries, const char **why)
{
	uint32_t mqes = (uint32_t)((cap & NVME_REGS_MQES_MASK) >> NVME_REGS_MQES_SHIFT);
	uint32_t to = (uint32_t)((cap & NVME_REGS_TO_MASK) >> NVME_REGS_TO_SHIFT);
	uint32_t stride = 4u << ((cap & NVME_REGS_DSTRD_MASK) >> NVME_REGS_DSTRD_SHIFT);
	uint32_t css = (uint32_t)((cap & NVME_REGS_CSS_MASK) >> NVME_REGS_CSS_SHIFT);
	uint32_t mpsmin = (uint32_t)((cap & NVME_REGS_MPSMIN_MASK) >> NVME_REGS_MPSMIN_SHIFT);
	uint64_t last_db = NVME_DOORBELL_BASE + (uint64_t)(2u * (io_queues + 1u) + 1) * stride;

	if (cap == UINT64_MAX) {
		*why = "reads all ones: the device is gone";
		return -ENODEV;
	}
	if (!mqes) {
		*why = "MQES 0";
		return -EIO;
	}
	if (!(css & 1) || mpsmin) {
		*why = "no NVM command set or no 4 KiB pages";
		return -ENOTSUP;
	}
	/* Every doorbell we may ring must lie inside BAR0. */
	if (last_db + 4 > bar0) {
		*why = "the doorbells do not fit BAR0";
		return -EIO;
	}
	*dstrd = stride;
	*to_ms = (to ? to : 1) * NVME_TO_UNIT_MS;
	*max_entries = mqes + 1;
	return 0;
}

/* ---- Identify ----------------------------------------------------------------- */

/* ASCII for logs: printable bytes, trailing spaces cut. */
static void ascii(char *dst, size_t cap, const uint8_t *src, size_t n)
{
	size_t i;

	for (i = 0; i < n && i + 1 < cap; i++)
		dst[i] = (char)(src[i] >= 0x20 && src[i] < 0x7F ? src[i] : '?');
	dst[i] = 0;
	while (i && dst[i - 1] == ' ')
		dst[--i] = 0;
}

int nvme_parse_id_ctrl(struct nvme_ctrlr *c, const uint8_t *data)
{
	uint8_t raw[NVME_IDENTIFY_DATA_SIZE];
	struct nvme_id_ctrl id;
	struct nvme_ctrlr_info *in = &c->info;

	memcpy(raw, data, sizeof(raw)); /* copy once: the device may still write there */
	if (nvme_id_ctrl_decode(raw, sizeof(raw), NULL, &id) != PV_OK)
		return -EIO;
	if (id.sqes_min > NVME_SQES_LOG2 || id.sqes_max < NVME_SQES_LOG2 ||
	    id.cqes_min > NVME_CQES_LOG2 || id.cqes_max < NVME_CQES_LOG2) {
		rt_log_err(&c->lo,
			   "Identify: entry sizes SQES 0x%02x CQES 0x%02x do not allow 64/16",
			   id.sqes, id.cqes);
		return -EIO;
	}
	in->vid = id.vid;
	ascii(in->sn, sizeof(in->sn), id.sn, sizeof(id.sn));
	ascii(in->mn, sizeof(in->mn), id.mn, sizeof(id.mn));
	ascii(in->fr, sizeof(in->fr), id.fr, sizeof(id.fr));
	/* MDTS counts pages of CAP.MPSMIN (4 KiB here); 0 means no limit. */
	if (id.mdts == 0 || id.mdts > 9)
		in->max_xfer = NVME_MAX_XFER;
	else
		in->max_xfer = NVME_PAGE << id.mdts;
	in->nn = id.nn;
	in->oncs = id.oncs;
	in->vwc = id.vwc & 1;
	in->sgl = (id.sgls & 3) != 0;
	in->aerl = id.aerl;
	return 0;
}

int nvme_parse_id_ns(struct nvme_ctrlr *c, uint32_t nsid, const uint8_t *data,
		     struct nvme_ns_info *ns)
{
	uint8_t raw[NVME_IDENTIFY_DATA_SIZE];
	struct nvme_id_ns id;
	const struct nvme_lbaf *f;

	memcpy(raw, data, sizeof(raw));
	if (nvme_id_ns_decode(raw, sizeof(raw), NULL, &id) != PV_OK)
		return -EIO;
	if (id.lbaf_idx > id.nlbaf || id.lbaf_idx >= 16) {
		rt_log_err(&c->lo, "namespace %u: format %u of %u", nsid, id.lbaf_idx,
			   id.nlbaf + 1);
		return -EIO;
	}
	f = &id.lbaf[id.lbaf_idx];
	if (f->ms || f->lbads < 9 || f->lbads > 12) {
		rt_log_warn(&c->lo, "namespace %u: %u-byte metadata, 2^%u-byte blocks: not driven",
			    nsid, f->ms, f->lbads);
		return -ENOTSUP;
	}
	if (!id.nsze || id.nsze >> 52 || id.ncap > id.nsze) {
		rt_log_err(&c->lo, "namespace %u: size %llu, capacity %llu", nsid,
			   (unsigned long long)id.nsze, (unsigned long long)id.ncap);
		return -EIO;
	}
	*ns = (struct nvme_ns_info){
		.nsid = nsid,
		.nblocks = id.nsze,
		.block_size = 1u << f->lbads,
		.dealloc_zeroes = (id.dlfeat & 7) == 1,
		.can_dealloc = (c->info.oncs & NVME_ONCS_DSM) != 0,
		.can_zeroes = (c->info.oncs & NVME_ONCS_WRITE_ZEROES) != 0,
		.vwc = c->info.vwc,
	};
	return 0;
}

/* ---- asynchronous events ------------------------------------------------------ */

static void ns_next(struct nvme_ctrlr *c);

static void ns_identified(struct nvme_admin *a)
{
	struct nvme_ctrlr *c = a->ctx;
	uint32_t nsid = c->changed_ns[c->changed_i - 1];
	struct nvme_ns_info ns;

	if (a->err == -ECANCELED || a->err == -ENODEV) {
		c->nsck_busy = false;
		return;
	}
	if (!a->err && !nvme_parse_id_ns(c, nsid, a->data.va, &ns)) {
		bool known = false;

		pthread_mutex_lock(&c->lock);
		for (unsigned i = 0; i < c->nns; i++) {
			if (c->ns[i].nsid == nsid) {
				c->ns[i] = ns;
				known = true;
			}
		}
		pthread_mutex_unlock(&c->lock);
		rt_log_info(&c->lo, "namespace %u changed: %llu blocks of %u", nsid,
			    (unsigned long long)ns.nblocks, ns.block_size);
		if (known && c->o.ns_changed)
			c->o.ns_changed(c->o.ctx, nsid);
	} else {
		rt_log_warn(&c->lo, "namespace %u changed but cannot be identified", nsid);
	}
	ns_next(c);
}

static void ns_next(struct nvme_ctrlr *c)
{
	if (c->changed_i >= c->changed_n) {
		c->nsck_busy = false;
		return;
	}
	c->changed_i++;
	nvme_admin_identify(&c->nsck, NVME_CNS_NAMESPACE, c->changed_ns[c->changed_i - 1]);
	c->nsck.cb = ns_identified;
	c->nsck.ctx = c;
	nvme_admin_submit(c, &c->nsck);
}

static void changed_list_read(struct nvme_admin *a)
{
	struct nvme_ctrlr *c = a->ctx;
	uint8_t raw[NVME_IDENTIFY_DATA_SIZE];

	if (a->err) {
		c->nsck_busy = false;
		if (a->err != -ECANCELED && a->err != -ENODEV)
			rt_log_warn(&c->lo, "Changed Namespace List: %s", strerror(-a->err));
		return;
	}
	memcpy(raw, a->data.va, sizeof(raw));
	c->changed_n = c->changed_i = 0;
	for (unsigned i = 0; i < sizeof(raw) / 4 && c->changed_n < NVME_MAX_NS; i++) {
		uint32_t nsid = pv_get_u32(&raw[i * 4]);

		if (!nsid)
			break;
		if (nsid == 0xFFFFFFFF) {
			/* More than the list holds: look at every namespace we drive. */
			c->changed_n = 0;
			pthread_mutex_lock(&c->lock);
			for (unsigned k = 0; k < c->nns; k++)
				c->changed_ns[c->changed_n++] = c->ns[k].nsid;
			pthread_mutex_unlock(&c->lock);
			break;
		}
		c->changed_ns[c->changed_n++] = nsid;
	}
	ns_next(c);
}

static void log_cleared(struct nvme_admin *a)
{
	struct nvme_ctrlr *c = a->ctx;

	/* Reading the page (RAE = 0) unmasks its event type; nothing else to do. */
	c->nsck_busy = false;
}

static void aer_done(struct nvme_admin *a)
{
	struct nvme_ctrlr *c = a->ctx;
	struct nvme_async_event_result r;

	if (a->err) {
		/* Cancelled by a reset (re-armed after it) or refused: do not spin. */
		if (a->err == -EIO)
			rt_log_warn(&c->lo, "Asynchronous Event Request failed: sct %u sc 0x%02x",
				    a->cqe.sct, a->cqe.sc);
		return;
	}
	atomic_fetch_add(&c->stats.async_events, 1);
	nvme_async_event_result_decode(&a->cqe.dw0, sizeof(a->cqe.dw0), NULL, &r);
	rt_log_info(&c->lo, "asynchronous event: type %s info 0x%02x log page 0x%02x",
		    nvme_async_event_type_name(r.type), r.info, r.log_page);
	if (r.type == NVME_ASYNC_EVENT_TYPE_NOTICE &&
	    r.info == NVME_ASYNC_NOTICE_NS_ATTRIBUTE_CHANGED && !c->nsck_busy) {
		c->nsck_busy = true;
		nvme_admin_log_page(&c->nsck, NVME_LOG_PAGE_CHANGED_NS_LIST, NVME_NSID_BROADCAST,
				    NVME_IDENTIFY_DATA_SIZE);
		c->nsck.cb = changed_list_read;
		c->nsck.ctx = c;
		nvme_admin_submit(c, &c->nsck);
	} else if ((r.log_page == NVME_LOG_PAGE_ERROR_INFO ||
		    r.log_page == NVME_LOG_PAGE_SMART_HEALTH) &&
		   !c->nsck_busy) {
		/* Read (and so clear) the page the event points at. */
		c->nsck_busy = true;
		nvme_admin_log_page(&c->nsck, r.log_page, NVME_NSID_BROADCAST, 512);
		c->nsck.cb = log_cleared;
		c->nsck.ctx = c;
		nvme_admin_submit(c, &c->nsck);
	}
	/* Keep one outstanding in its place. */
	nvme_admin_aer(a);
	nvme_admin_submit(c, a);
}

void nvme_aer_arm(struct nvme_ctrlr *c)
{
	unsigned n = rt_min((unsigned)c->info.aerl + 1, (unsigned)NVME_AERS);

	for (unsigned i = 0; i < n; i++) {
		c->aer[i].cb = aer_done;
		c->aer[i].ctx = c;
		nvme_admin_aer(&c->aer[i]);
		nvme_admin_submit(c, &c->aer[i]);
	}
}

void nvme_aer_adopt(struct nvme_ctrlr *c, unsigned i)
{
	/* Outstanding on the device since the binary before: completes into aer_done as usual. */
	nvme_admin_aer(&c->aer[i]);
	c->aer[i].cb = aer_done;
	c->aer[i].ctx = c;
}
