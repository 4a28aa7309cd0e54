/*
 * The shared-memory channel and the hardware channel (HWC).
 *
 * SMC (shm_channel.c): wait until the aperture is ours (owner bit 31 of the
 * last dword clear), write the 8 dwords with the header last, then poll for
 * the answer: our type, a version not above ours, direction 1, status 0.
 *
 * HWC (hw_channel.c): four one-page queues whose frames went in
 * ESTABLISH_HWC; the device tells their ids, the doorbell page, the depth,
 * the largest request and response, the CQ limit, the PD and the memory key
 * in INIT_DATA events. A request is one SQ WQE: an hwc_tx_oob naming our CQ
 * and SQ, and SGE0 our request buffer. Its response lands in the buffer we
 * keep posted on the RQ; the RQ CQE's hwc_rx_oob gives the WQE offset and
 * the length. We use a depth of one (as Linux does: the bootstrap depth),
 * so requests queue here and go out one at a time, each with a timeout.
 *
 * Checks on every response: the CQE names our RQ and our WQE; the length is
 * a header at least and fits our buffer; the header echoes the request's
 * message id (else it is ignored, as Linux does, and the request times out),
 * type, device and activity id, has a version >= 1 and a size within the
 * length; the body decodes as that type's response (generated decoder). A
 * timeout kills the channel: a late response could not be told from the
 * next request's.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "drivers/mana/mana_priv.h"
#include "runtime/trace.h"
#include "runtime/util.h"

#define SMC_OWNER (1u << GDMA_SMC_HDR_OWNER_IS_PF_SHIFT)
#define HWC_DEV_TYPE MANA_DEV_TYPE_HWC

static const struct pv_codec_ctx req_ctx = {.dir = PV_DIR_TO_HOST};
static const struct pv_codec_ctx resp_ctx = {.dir = PV_DIR_TO_GUEST};

/* ------------------------------------------------------------------ */
/* SMC                                                                  */

static uint32_t smc_read(struct mana_dev *d, unsigned dword)
{
	return pci_read32(d->pci, 0, d->shm_base + 4 * dword);
}

bool mana_smc_idle(struct mana_dev *d)
{
	uint32_t h = smc_read(d, GDMA_SMC_HDR_OFFSET / 4);

	/* All ones: the VF is resetting (or the BAR is gone). */
	return h != GDMA_SMC_RESET_STATE && !(h & SMC_OWNER);
}

static void smc_write(struct mana_dev *d, const uint8_t raw[GDMA_SMC_SIZE], bool hdr_only)
{
	for (unsigned i = hdr_only ? GDMA_SMC_HDR_OFFSET / 4 : 0; i < GDMA_SMC_SIZE / 4; i++)
		pci_write32(d->pci, 0, d->shm_base + 4 * i, pv_get_u32(raw + 4 * i));
}

static void pfn_split(uint64_t iova, uint16_t w[3], uint8_t *high)
{
	uint64_t pfn = iova / GDMA_PAGE_SIZE;

	w[0] = (uint16_t)pfn;
	w[1] = (uint16_t)(pfn >> 16);
	w[2] = (uint16_t)(pfn >> 32);
	*high = (uint8_t)(pfn >> 48 & 0xf);
}

int mana_smc_establish(struct mana_dev *d)
{
	struct gdma_smc_establish_hwc m = {0};
	uint8_t raw[GDMA_SMC_SIZE];
	struct mana_hwc *h = &d->hwc;

	if (!mana_smc_idle(d))
		return -EBUSY;
	pfn_split(d->eqs[0].q.mem.iova, m.eq_pfn, &m.eq_high);
	pfn_split(h->cq.mem.iova, m.cq_pfn, &m.cq_high);
	pfn_split(h->rq.mem.iova, m.rq_pfn, &m.rq_high);
	pfn_split(h->sq.mem.iova, m.sq_pfn, &m.sq_high);
	m.msix = (uint16_t)d->eqs[0].vector;
	m.hdr.msg_type = GDMA_SMC_MSG_ESTABLISH_HWC;
	m.hdr.msg_version = GDMA_SMC_ESTABLISH_HWC_VERSION;
	if (gdma_smc_establish_hwc_encode(&m, raw, sizeof(raw)) != GDMA_SMC_SIZE)
		return -EINVAL;
	smc_write(d, raw, false);
	return 0;
}

int mana_smc_poll(struct mana_dev *d, uint32_t msg_type)
{
	uint8_t raw[4];
	struct gdma_smc_hdr h;
	uint32_t v = smc_read(d, GDMA_SMC_HDR_OFFSET / 4);

	if (v == GDMA_SMC_RESET_STATE)
		return -EPROTO;
	if (v & SMC_OWNER)
		return 0;
	pv_put_u32(raw, v);
	if (gdma_smc_hdr_decode(raw, sizeof(raw), NULL, &h) != PV_OK || h.msg_type != msg_type ||
	    h.msg_version > GDMA_SMC_ESTABLISH_HWC_VERSION || !h.direction || h.status) {
		rt_log_rl(&d->lo, RT_LOG_WARN, "SMC answer 0x%08x to message %u refused", v,
			  msg_type);
		return -EPROTO;
	}
	return 1;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void pause_us(long us)
{
	struct timespec ts = {.tv_sec = 0, .tv_nsec = us * 1000};

	nanosleep(&ts, NULL);
}

int mana_smc_destroy(struct mana_dev *d, double timeout)
{
	struct gdma_smc_aperture m = {0};
	uint8_t raw[GDMA_SMC_SIZE];
	double end = now_s() + timeout;
	int rc;

	while (!mana_smc_idle(d))
		if (now_s() > end)
			return -ETIMEDOUT;
		else
			pause_us(100);
	m.hdr.msg_type = GDMA_SMC_MSG_DESTROY_HWC;
	m.hdr.msg_version = GDMA_SMC_DESTROY_HWC_VERSION;
	if (gdma_smc_aperture_encode(&m, raw, sizeof(raw)) != GDMA_SMC_SIZE)
		return -EINVAL;
	smc_write(d, raw, true);
	while ((rc = mana_smc_poll(d, GDMA_SMC_MSG_DESTROY_HWC)) == 0)
		if (now_s() > end)
			return -ETIMEDOUT;
		else
			pause_us(100);
	return rc < 0 ? rc : 0;
}

/* ------------------------------------------------------------------ */
/* Channel setup                                                        */

static void timeout_fn(struct rt_timer *t);

int mana_hwc_alloc(struct mana_dev *d)
{
	struct mana_hwc *h = &d->hwc;
	int rc;

	/* One page each (hw_channel.c rounds every HWC queue up to MANA_MIN_QSIZE). */
	rc = mana_q_alloc(d, &d->eqs[0].q, MANA_Q_EQ, GDMA_PAGE_SIZE);
	if (!rc)
		rc = mana_q_alloc(d, &h->cq, MANA_Q_CQ, GDMA_PAGE_SIZE);
	if (!rc)
		rc = mana_q_alloc(d, &h->rq, MANA_Q_RQ, GDMA_PAGE_SIZE);
	if (!rc)
		rc = mana_q_alloc(d, &h->sq, MANA_Q_SQ, GDMA_PAGE_SIZE);
	if (!rc)
		rc = pci_dma_alloc(d->pool, GDMA_HWC_MAX_REQUEST, &h->req_buf);
	if (!rc)
		rc = pci_dma_alloc(d->pool, GDMA_HWC_MAX_RESPONSE, &h->resp_buf);
	if (rc) {
		mana_hwc_free(d);
		return rc;
	}
	TAILQ_INIT(&h->pending);
	rt_timer_init(&h->timer, d->loop, timeout_fn);
	return 0;
}

void mana_hwc_free(struct mana_dev *d)
{
	struct mana_hwc *h = &d->hwc;

	if (h->timer.loop)
		mana_hwc_abort(d, -ESHUTDOWN);
	mana_q_free(d, &d->eqs[0].q);
	mana_q_free(d, &h->cq);
	mana_q_free(d, &h->rq);
	mana_q_free(d, &h->sq);
	if (h->req_buf.len)
		pci_dma_free(d->pool, &h->req_buf);
	if (h->resp_buf.len)
		pci_dma_free(d->pool, &h->resp_buf);
	memset(&h->req_buf, 0, sizeof(h->req_buf));
	memset(&h->resp_buf, 0, sizeof(h->resp_buf));
	h->up = h->init_done = h->id_db_seen = h->dead = false;
}

int mana_hwc_event(struct mana_dev *d, const struct gdma_eqe *eqe)
{
	struct mana_hwc *h = &d->hwc;
	uint8_t details[GDMA_EVENT_DATA_SIZE];

	for (unsigned i = 0; i < 3; i++)
		pv_put_u32(details + 4 * i, eqe->details[i]);
	if (h->init_done) {
		rt_log_rl(&d->lo, RT_LOG_WARN, "HWC init event %u after INIT_DONE", eqe->eqe_type);
		return -EPROTO;
	}
	if (eqe->eqe_type == GDMA_EQE_TYPE_HWC_INIT_EQ_ID_DB) {
		struct gdma_event_eq_id_db ev;

		if (gdma_event_eq_id_db_decode(details, sizeof(details), NULL, &ev) != PV_OK)
			return -EPROTO;
		d->eqs[0].q.id = ev.eq_id;
		h->db_page = ev.doorbell;
		h->id_db_seen = true;
	} else if (eqe->eqe_type == GDMA_EQE_TYPE_HWC_INIT_DATA) {
		struct gdma_event_type_data ev;

		if (gdma_event_type_data_decode(details, sizeof(details), NULL, &ev) != PV_OK)
			return -EPROTO;
		switch (ev.data_type) {
		case GDMA_HWC_INIT_DATA_CQID:
			h->cq.id = ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_RQID:
			h->rq.id = ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_SQID:
			h->sq.id = ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_QUEUE_DEPTH:
			h->depth = (uint16_t)ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_MAX_REQUEST:
			h->max_req = ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_MAX_RESPONSE:
			h->max_resp = ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_MAX_NUM_CQS:
			h->max_num_cqs = ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_PDID:
			h->pdid = ev.data_value;
			break;
		case GDMA_HWC_INIT_DATA_GPA_MKEY:
			h->gpa_mkey = ev.data_value;
			break;
		default:
			break; /* PF destinations and newer types: not ours (Linux ignores) */
		}
	} else if (eqe->eqe_type == GDMA_EQE_TYPE_HWC_INIT_DONE) {
		h->init_done = true;
	}
	return 0;
}

static bool db_page_ok(const struct mana_dev *d, uint32_t page)
{
	uint64_t end = d->db_base + ((uint64_t)page + 1) * d->db_page_size;

	return end <= d->pci->bar_size[0];
}

static int rq_post(struct mana_dev *d)
{
	struct mana_hwc *h = &d->hwc;
	struct gdma_sge sge = {.address = h->resp_buf.iova,
			       .mem_key = h->gpa_mkey,
			       .size = rt_min(h->max_resp, (uint32_t)h->resp_buf.len)};
	uint8_t oob[GDMA_INLINE_OOB_SMALL] = {0};
	int rc;

	h->rq_wqe_off = (h->rq.head * GDMA_WQE_BU_SIZE) & (h->rq.size - 1);
	rc = mana_wq_post(d, &h->rq, oob, sizeof(oob), &sge, 1, false, 0, 0);
	if (rc < 0)
		return rc;
	mana_wq_ring(d, &h->rq);
	return 0;
}

int mana_hwc_start(struct mana_dev *d)
{
	struct mana_hwc *h = &d->hwc;
	int rc;

	/* Everything the init events said, checked before we use any of it. */
	if (!h->id_db_seen || h->cq.id == GDMA_INVALID_QUEUE_ID ||
	    h->rq.id == GDMA_INVALID_QUEUE_ID || h->sq.id == GDMA_INVALID_QUEUE_ID ||
	    h->depth < 1 || h->max_req < MANA_CREATE_DMA_REGION_REQ_SIZE + 8 ||
	    h->max_resp < MANA_LIST_DEVICES_RESP_SIZE || h->max_num_cqs <= h->cq.id ||
	    h->max_num_cqs > 65536 || !db_page_ok(d, h->db_page)) {
		rt_log_err(&d->lo,
			   "HWC init data refused: EQ %u CQ %u RQ %u SQ %u depth %u max req %u "
			   "resp %u CQs %u doorbell page %u",
			   d->eqs[0].q.id, h->cq.id, h->rq.id, h->sq.id, h->depth, h->max_req,
			   h->max_resp, h->max_num_cqs, h->db_page);
		return -EPROTO;
	}
	d->eqs[0].q.db_page = h->cq.db_page = h->rq.db_page = h->sq.db_page = h->db_page;
	rc = rq_post(d);
	if (rc)
		return rc;
	h->up = true;
	h->dead = false;
	mana_cq_ring(d, &h->cq, true);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static void req_finish(struct mana_dev *d, struct mana_req *r, int err, const struct mana_msg *m)
{
	if (err)
		d->st.request_errors++;
	r->done(r, err, m);
	free(r);
}

void mana_hwc_abort(struct mana_dev *d, int err)
{
	struct mana_hwc *h = &d->hwc;
	struct mana_req *r;

	rt_timer_stop(&h->timer);
	if ((r = h->inflight)) {
		h->inflight = NULL;
		req_finish(d, r, err, NULL);
	}
	while ((r = TAILQ_FIRST(&h->pending))) {
		TAILQ_REMOVE(&h->pending, r, link);
		req_finish(d, r, err, NULL);
	}
}

/* Encodes and posts r; 0, or a negative errno (r not consumed). */
static int send_one(struct mana_dev *d, struct mana_req *r)
{
	struct mana_hwc *h = &d->hwc;
	struct mana_req_hdr hdr = {0};
	struct mana_msg m;
	struct gdma_hwc_tx_oob oob = {0};
	uint8_t oobraw[GDMA_HWC_TX_OOB_SIZE];
	uint8_t *buf = h->req_buf.va;
	struct gdma_sge sge;
	uint32_t cap;
	int n, rc;

	memset(&m, 0, sizeof(m));
	m.type = r->code;
	m.variant = 0; /* the request layout */
	rc = r->build ? r->build(r, &m) : 0;
	if (rc)
		return rc;
	cap = rt_min(h->max_req, (uint32_t)h->req_buf.len);
	n = mana_msg_encode(&m, &req_ctx, buf, cap);
	if (n >= MANA_REQ_HDR_SIZE && r->extra) {
		rc = r->extra(r, buf + n, cap - (size_t)n);
		n = rc < 0 ? rc : n + rc;
	}
	if (n < MANA_REQ_HDR_SIZE) {
		rt_log_err(&d->lo, "request 0x%x not encodable (%d)", r->code, n);
		return -EINVAL;
	}
	h->msg_id = 0; /* depth 1: always slot 0, as Linux's first free index */
	h->dev_type = r->to_device ? d->dev_type : HWC_DEV_TYPE;
	h->dev_instance = r->to_device ? d->dev_instance : 0;
	hdr.req.msg_type = hdr.resp.msg_type = r->code;
	hdr.req.msg_version = MANA_MESSAGE_V1;
	hdr.req.hwc_msg_id = h->msg_id;
	hdr.req.msg_size = (uint32_t)n;
	hdr.resp.msg_version = r->resp_version ? r->resp_version : MANA_MESSAGE_V1;
	hdr.resp.msg_size = r->resp_size;
	hdr.dev_id.type = h->dev_type;
	hdr.dev_id.instance = h->dev_instance;
	hdr.activity_id = ++h->activity;
	if (mana_req_hdr_encode(&hdr, buf, MANA_REQ_HDR_SIZE) != MANA_REQ_HDR_SIZE)
		return -EINVAL;
	oob.vscq_id = h->cq.id;
	oob.vsq_id = h->sq.id;
	if (gdma_hwc_tx_oob_encode(&oob, oobraw, sizeof(oobraw)) != GDMA_HWC_TX_OOB_SIZE)
		return -EINVAL;
	sge = (struct gdma_sge){
		.address = h->req_buf.iova, .mem_key = h->gpa_mkey, .size = (uint32_t)n};
	/* One request at a time: the last one's SQ units are free again. */
	h->sq.tail = h->sq.head;
	rc = mana_wq_post(d, &h->sq, oobraw, sizeof(oobraw), &sge, 1, false, 0, 0);
	if (rc < 0)
		return rc;
	if (rt_trace_on(d->trace))
		mana_trace_hwc(d, PVTRACE_DIR_TO_HOST, h->msg_id, buf, (size_t)n);
	h->sq_cqe_seen = false;
	h->inflight = r;
	d->st.requests++;
	mana_wq_ring(d, &h->sq);
	return 0;
}

static void send_next(struct mana_dev *d)
{
	struct mana_hwc *h = &d->hwc;
	struct mana_req *r;

	while (!h->inflight && (r = TAILQ_FIRST(&h->pending))) {
		int rc;

		TAILQ_REMOVE(&h->pending, r, link);
		rc = h->up && !h->dead ? send_one(d, r) : -ENOTCONN;
		if (rc) {
			req_finish(d, r, rc, NULL);
			continue;
		}
		rt_timer_start(&h->timer, d->opts.timeout, 0);
	}
}

int mana_hwc_submit(struct mana_dev *d, struct mana_req *r)
{
	struct mana_hwc *h = &d->hwc;

	if (!h->up || h->dead) {
		free(r);
		return -ENOTCONN;
	}
	TAILQ_INSERT_TAIL(&h->pending, r, link);
	send_next(d);
	return 0;
}

int mana_hwc_submit_counted(struct mana_dev *d, struct mana_req *r, int *pending)
{
	if (!r)
		return -ENOMEM;
	/* Counted first: a send that fails runs the done callback within mana_hwc_submit. */
	(*pending)++;
	if (mana_hwc_submit(d, r)) {
		(*pending)--;
		return -ENOTCONN;
	}
	return 0;
}

static void timeout_fn(struct rt_timer *t)
{
	struct mana_hwc *h = rt_container_of(t, struct mana_hwc, timer);
	struct mana_dev *d = rt_container_of(h, struct mana_dev, hwc);
	uint32_t code = h->inflight ? h->inflight->code : 0;

	d->st.request_timeouts++;
	rt_log_err(&d->lo, "request 0x%x (%s) timed out after %.1f s", code, mana_code_name(code),
		   d->opts.timeout);
	h->dead = true;
	mana_hwc_abort(d, -ETIMEDOUT);
	mana_dev_fail(d, -ETIMEDOUT, "HWC request timed out");
}

/* The response in `raw` (len bytes, our copy) for the in-flight request. */
static void response(struct mana_dev *d, const uint8_t *raw, uint32_t len)
{
	struct mana_hwc *h = &d->hwc;
	struct mana_req *r = h->inflight;
	struct mana_resp_hdr rh;
	struct mana_msg m;
	int err = 0;

	enum pv_codec_err e = mana_resp_hdr_decode(raw, MANA_RESP_HDR_SIZE, NULL, &rh);

	if (rt_trace_on(d->trace))
		mana_trace_hwc(d, PVTRACE_DIR_TO_GUEST, e == PV_OK ? rh.response.hwc_msg_id : 0,
			       raw, len);
	if (e != PV_OK) {
		err = -EPROTO;
	} else if (!r || rh.response.hwc_msg_id != h->msg_id) {
		/* Linux: "hwc_rx: invalid msg_id"; the request stays in flight. */
		d->st.bad_responses++;
		rt_log_rl(&d->lo, RT_LOG_WARN, "response with message id %u, none in flight (%u)",
			  rh.response.hwc_msg_id, h->msg_id);
		return;
	} else if (rh.response.msg_type != r->code || rh.response.msg_version < MANA_MESSAGE_V1 ||
		   rh.response.msg_size > len || rh.response.msg_size < MANA_RESP_HDR_SIZE ||
		   rh.dev_id.type != h->dev_type || rh.dev_id.instance != h->dev_instance ||
		   rh.activity_id != h->activity) {
		err = -EPROTO;
	} else if (rh.status) {
		err = rh.status == MANA_STATUS_CMD_UNSUPPORTED ? -EOPNOTSUPP : -EREMOTEIO;
		rt_log_rl(&d->lo, RT_LOG_WARN, "request 0x%x (%s) failed: status 0x%x", r->code,
			  mana_code_name(r->code), rh.status);
	} else if (mana_msg_decode(raw, rh.response.msg_size, &resp_ctx, &m) != PV_OK ||
		   m.variant != 1) {
		err = -EPROTO;
	}
	if (err == -EPROTO) {
		d->st.bad_responses++;
		rt_log_rl(&d->lo, RT_LOG_WARN,
			  "malformed response to 0x%x: type 0x%x version %u size %u of %u bytes",
			  r ? r->code : 0, rh.response.msg_type, rh.response.msg_version,
			  rh.response.msg_size, len);
	}
	rt_timer_stop(&h->timer);
	h->inflight = NULL;
	if (r)
		req_finish(d, r, err, err ? NULL : &m);
	send_next(d);
}

void mana_hwc_cq_event(struct mana_dev *d)
{
	struct mana_hwc *h = &d->hwc;
	uint8_t raw[GDMA_HWC_MAX_RESPONSE];
	struct gdma_cqe c;
	int rc;

	while (h->up && (rc = mana_cq_next(d, &h->cq, &c)) != 0) {
		struct gdma_hwc_rx_oob oob;

		if (rc < 0) {
			d->st.bad_cqes++;
			h->dead = true;
			mana_hwc_abort(d, -EPROTO);
			mana_dev_fail(d, -EPROTO, "HWC CQ overflow or malformed CQE");
			return;
		}
		if (c.is_sq) {
			if (c.wq_num != h->sq.id)
				goto bad;
			h->sq_cqe_seen = true;
			continue;
		}
		if (c.wq_num != h->rq.id ||
		    gdma_hwc_rx_oob_decode(c.data, GDMA_HWC_RX_OOB_SIZE, NULL, &oob) != PV_OK ||
		    (oob.wqe_offset & (h->rq.size - 1)) != h->rq_wqe_off)
			goto bad;
		/* The RQ WQE is used up whatever its content: repost it first. */
		h->rq.tail = h->rq.head;
		if (oob.tx_oob_data_size < MANA_RESP_HDR_SIZE ||
		    oob.tx_oob_data_size > rt_min(h->max_resp, (uint32_t)h->resp_buf.len)) {
			d->st.bad_responses++;
			rt_log_rl(&d->lo, RT_LOG_WARN, "response length %u refused",
				  oob.tx_oob_data_size);
			if (!rq_post(d) && h->inflight) {
				struct mana_req *r = h->inflight;

				rt_timer_stop(&h->timer);
				h->inflight = NULL;
				req_finish(d, r, -EPROTO, NULL);
				send_next(d);
			}
			continue;
		}
		memcpy(raw, h->resp_buf.va, oob.tx_oob_data_size);
		if (rq_post(d)) {
			mana_dev_fail(d, -EPROTO, "HWC RQ full");
			return;
		}
		response(d, raw, oob.tx_oob_data_size);
		continue;
	bad:
		d->st.bad_cqes++;
		rt_log_rl(&d->lo, RT_LOG_WARN, "HWC CQE for %s %u refused", c.is_sq ? "SQ" : "RQ",
			  c.wq_num);
	}
	if (h->up)
		mana_cq_ring(d, &h->cq, true);
}

struct polled {
	int err;
	bool done;
	void (*done_fn)(struct mana_req *, int, const struct mana_msg *);
};

static void polled_done(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct polled *p = r->polled;

	p->err = err;
	p->done = true;
	if (p->done_fn)
		p->done_fn(r, err, m);
}

int mana_hwc_call_polled(struct mana_dev *d, struct mana_req *r, double timeout)
{
	struct mana_hwc *h = &d->hwc;
	struct polled p = {.done_fn = r->done};
	double end = now_s() + timeout;
	int rc;

	if (!h->up || h->dead || h->inflight) {
		free(r);
		return -ENOTCONN;
	}
	r->done = polled_done;
	r->polled = &p;
	rc = send_one(d, r);
	if (rc) {
		free(r);
		return rc;
	}
	while (!p.done) {
		mana_hwc_cq_event(d);
		if (p.done)
			break;
		if (now_s() > end) {
			d->st.request_timeouts++;
			h->dead = true;
			mana_hwc_abort(d, -ETIMEDOUT);
			break;
		}
		pause_us(50);
	}
	return p.err;
}

void mana_trace_hwc(struct mana_dev *d, uint8_t dir, uint16_t msg_id, const void *m, size_t len)
{
	struct iovec iov = {(void *)m, len};

	rt_trace_record(d->trace, PVTRACE_PROTO_MANA, dir, 0, msg_id, &iov, 1);
}
