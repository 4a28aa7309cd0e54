/*
 * The emulator's hardware channel: ESTABLISH_HWC creates the four one-page
 * queues the SMC named and posts the init events; then each request the
 * driver posts on the HWC SQ (an hwc_tx_oob plus SGE0 holding the request)
 * is answered into the next buffer posted on the HWC RQ, with a CQE for each
 * (hw_channel.c; OpenVMM gdma/src/hwc.rs).
 *
 * A request is copied out of driver memory once, its header decoded with
 * the generated codec, then the whole message (mana_msg_decode, direction
 * to_host: the request layout). Its bring-up event comes from the spec
 * (mana_msg_event); the generated bring-up machine (mana_bringup) says
 * whether it is legal now (can_feed: nothing changes), the generated handler
 * table (struct mana_msg_handlers) runs the handler, and only a request the
 * device carried out is fed to the machine, whose actions (register,
 * deregister) run then. ESTABLISH_HWC, the init events and DESTROY_HWC or a
 * reset feed it too; their actions create and drop the channel's queues.
 * Unknown codes and empty slots get STATUS_CMD_UNSUPPORTED, illegal or
 * malformed requests STATUS_FAILURE, each with a header-only response, as
 * the driver checks the status first.
 *
 * The response echoes the request's hwc_msg_id, device id and activity id,
 * carries the code, the version the driver asked for (capped at ours) and
 * its own length; it is never longer than the response the driver said it
 * expects (Linux refuses a response longer than its buffer).
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "devices/mana/mana_emu_priv.h"
#include "runtime/trace.h"
#include "runtime/util.h"

/* The MANA device LIST_DEVICES reports (OpenVMM's BNIC_DEV_ID). */
#define EMU_MANA_DEV_TYPE MANA_DEV_TYPE_MANA
#define EMU_MANA_DEV_INSTANCE 1
#define STATUS_FAILURE 1

static const struct pv_codec_ctx req_ctx = {.dir = PV_DIR_TO_HOST};
static const struct pv_codec_ctx resp_ctx = {.dir = PV_DIR_TO_GUEST};

/* ------------------------------------------------------------------ */
/* The bring-up machine's actions                                       */

static uint64_t pfn_of(const uint16_t w[3], uint8_t high)
{
	return (uint64_t)w[0] | (uint64_t)w[1] << 16 | (uint64_t)w[2] << 32 | (uint64_t)high << 48;
}

static int one_page(struct emu_mem *m, uint64_t pfn)
{
	uint64_t addr = pfn * GDMA_PAGE_SIZE;

	/* Linux's HWC queues are one page each (MANA_MIN_QSIZE: hw_channel.c). */
	return memu_mem_init(m, &addr, 1, 0, GDMA_PAGE_SIZE);
}

/* Drops every queue of the device and resets the vports. */
static void drop_queues(struct mana_emu *e)
{
	for (int is_sq = 0; is_sq < 2; is_sq++)
		for (uint32_t s = 0; s < EMU_MAX_WQ; s++)
			memu_wq_destroy(e, is_sq, s);
	for (uint32_t s = 0; s < EMU_MAX_CQ; s++)
		memu_cq_destroy(e, s);
	for (uint32_t s = 0; s < EMU_MAX_EQ; s++)
		memu_eq_destroy(e, s);
	e->hwc_up = false;
	e->hwc_req_held = false;
	e->registered = false;
	for (unsigned v = 0; v < e->opts.nvports; v++)
		memu_vport_reset(e, &e->vports[v]);
}

/* ESTABLISH: the four one-page queues the SMC named (e->est). */
static int act_establish(void *ctx)
{
	struct mana_emu *e = ctx;
	const struct gdma_smc_establish_hwc *req = &e->est;
	struct emu_mem eqm, cqm, rqm, sqm;
	int rc;

	memset(&eqm, 0, sizeof(eqm));
	cqm = rqm = sqm = eqm;
	rc = one_page(&eqm, pfn_of(req->eq_pfn, req->eq_high));
	if (!rc)
		rc = one_page(&cqm, pfn_of(req->cq_pfn, req->cq_high));
	if (!rc)
		rc = one_page(&rqm, pfn_of(req->rq_pfn, req->rq_high));
	if (!rc)
		rc = one_page(&sqm, pfn_of(req->sq_pfn, req->sq_high));
	if (!rc)
		rc = memu_eq_create(e, &eqm, req->msix, true, &e->hwc_eq);
	if (!rc)
		rc = memu_cq_create(e, &cqm, e->hwc_eq, true, &e->hwc_cq);
	if (!rc)
		rc = memu_wq_create(e, false, &rqm, e->hwc_cq, -1, true, &e->hwc_rq);
	if (!rc)
		rc = memu_wq_create(e, true, &sqm, e->hwc_cq, -1, true, &e->hwc_sq);
	memu_mem_free(&eqm);
	memu_mem_free(&cqm);
	memu_mem_free(&rqm);
	memu_mem_free(&sqm);
	if (rc)
		drop_queues(e); /* the machine stays in start */
	return rc;
}

static int act_ready(void *ctx)
{
	struct mana_emu *e = ctx;

	e->hwc_up = true;
	e->hwc_req_held = false;
	return 0;
}

static int act_register(void *ctx)
{
	((struct mana_emu *)ctx)->registered = true;
	return 0;
}

static int act_deregister(void *ctx)
{
	((struct mana_emu *)ctx)->registered = false;
	return 0;
}

static int act_destroy(void *ctx)
{
	struct mana_emu *e = ctx;

	if (e->hwc_up)
		rt_log_info(&e->lo, "HWC destroyed");
	drop_queues(e);
	return 0;
}

static const struct mana_bringup_actions fsm_actions = {
	.on_establish = act_establish,
	.on_ready = act_ready,
	.on_register = act_register,
	.on_deregister = act_deregister,
	.on_destroy = act_destroy,
};

static void fsm_feed(struct mana_emu *e, enum mana_bringup_event ev)
{
	if (mana_bringup_fsm_feed(&e->fsm, ev, &fsm_actions, e))
		rt_log_rl(&e->lo, RT_LOG_WARN, "bring-up: %s illegal in state %s",
			  mana_bringup_event_name(ev), mana_bringup_fsm_state_name(&e->fsm));
}

/* ------------------------------------------------------------------ */
/* ESTABLISH_HWC / DESTROY_HWC                                          */

static void post_init_data(struct mana_emu *e, uint8_t type, uint32_t value)
{
	struct gdma_event_type_data d = {.data_type = type, .data_value = value};
	uint8_t details[GDMA_EVENT_DATA_SIZE] = {0};

	(void)gdma_event_type_data_encode(&d, details, sizeof(details));
	memu_eq_post(e, e->hwc_eq, GDMA_EQE_TYPE_HWC_INIT_DATA, details);
	fsm_feed(e, MANA_BRINGUP_EV_INIT_DATA);
}

void memu_hwc_establish(struct mana_emu *e, const struct gdma_smc_establish_hwc *req, int *status)
{
	struct gdma_event_eq_id_db id = {0};
	uint8_t details[GDMA_EVENT_DATA_SIZE] = {0};
	int rc;

	*status = 1;
	if (!mana_bringup_fsm_can_feed(&e->fsm, MANA_BRINGUP_EV_ESTABLISH)) {
		rt_log_rl(&e->lo, RT_LOG_WARN, "ESTABLISH_HWC in state %s",
			  mana_bringup_fsm_state_name(&e->fsm));
		return;
	}
	e->est = *req;
	rc = mana_bringup_fsm_feed(&e->fsm, MANA_BRINGUP_EV_ESTABLISH, &fsm_actions, e);
	if (rc) {
		rt_log_rl(&e->lo, RT_LOG_WARN, "ESTABLISH_HWC refused: %s", strerror(-rc));
		return;
	}
	rt_log_info(&e->lo, "HWC established: EQ %u (vector %u) CQ %u RQ %u SQ %u",
		    emu_eq_id(e->hwc_eq), req->msix, emu_cq_id(e->hwc_cq),
		    emu_wq_id(false, e->hwc_rq), emu_wq_id(true, e->hwc_sq));

	/* The init events (hw_channel.c mana_hwc_init_event_handler). */
	id.eq_id = (uint16_t)emu_eq_id(e->hwc_eq);
	id.doorbell = 0;
	(void)gdma_event_eq_id_db_encode(&id, details, sizeof(details));
	memu_eq_post(e, e->hwc_eq, GDMA_EQE_TYPE_HWC_INIT_EQ_ID_DB, details);
	fsm_feed(e, MANA_BRINGUP_EV_EQ_ID_DB);
	post_init_data(e, GDMA_HWC_INIT_DATA_CQID, emu_cq_id(e->hwc_cq));
	post_init_data(e, GDMA_HWC_INIT_DATA_RQID, emu_wq_id(false, e->hwc_rq));
	post_init_data(e, GDMA_HWC_INIT_DATA_SQID, emu_wq_id(true, e->hwc_sq));
	post_init_data(e, GDMA_HWC_INIT_DATA_QUEUE_DEPTH, GDMA_HWC_QUEUE_DEPTH);
	post_init_data(e, GDMA_HWC_INIT_DATA_MAX_REQUEST, GDMA_HWC_MAX_REQUEST);
	post_init_data(e, GDMA_HWC_INIT_DATA_MAX_RESPONSE, GDMA_HWC_MAX_RESPONSE);
	post_init_data(e, GDMA_HWC_INIT_DATA_MAX_NUM_CQS, EMU_MAX_NUM_CQS);
	post_init_data(e, GDMA_HWC_INIT_DATA_PDID, EMU_HWC_PDID);
	post_init_data(e, GDMA_HWC_INIT_DATA_GPA_MKEY, EMU_HWC_MKEY);
	memset(details, 0, sizeof(details));
	memu_eq_post(e, e->hwc_eq, GDMA_EQE_TYPE_HWC_INIT_DONE, details);
	fsm_feed(e, MANA_BRINGUP_EV_INIT_DONE);
	*status = 0;
}

/* DESTROY_HWC (ev DESTROY) or a reset (ev RESET): the machine's on_destroy
 * drops every queue of the device; from start there is nothing to drop but
 * the vports are reset all the same. */
void memu_hwc_destroy(struct mana_emu *e, enum mana_bringup_event ev)
{
	if (mana_bringup_fsm_feed(&e->fsm, ev, &fsm_actions, e)) {
		act_destroy(e);
		mana_bringup_fsm_init(&e->fsm);
	}
	drop_queues(e);
}

/* ------------------------------------------------------------------ */
/* Request handlers                                                     */

/* What a handler sees: the decoded request and its header; it fills the body. */
struct hwc_call {
	struct mana_emu *e;
	const struct mana_req_hdr *hdr;
	const struct mana_msg *req;
	const uint8_t *raw; /* the request bytes (CONFIG_VPORT_RX's table) */
	uint32_t raw_len;
	struct mana_msg *resp;
	uint16_t resp_version; /* the version the response says it is */
	uint32_t resp_max;     /* a shorter layout for an older version, 0: the whole */
	uint32_t status;       /* what the handler decided: 0 or a status */
	int fence_rq;          /* RQ slot to fence after the response, or -1 */
};

/* A handler refuses the request: the response says so with a header only. */
static int hwc_fail(struct hwc_call *c)
{
	c->status = STATUS_FAILURE;
	return 0;
}

static bool is_mana_dev(const struct mana_dev_id *d)
{
	return d->type == EMU_MANA_DEV_TYPE && d->instance == EMU_MANA_DEV_INSTANCE;
}

static int h_verify(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_verify_ver_req *r = &c->req->u.verify_ver_req;
	struct mana_verify_ver_resp *o = &c->resp->u.verify_vf_driver_version;
	char os[40];

	if (r->protocol_ver_min > MANA_PROTOCOL_V1 || r->protocol_ver_max < MANA_PROTOCOL_V1)
		return hwc_fail(c);
	snprintf(os, sizeof(os), "%.39s", (const char *)r->os_ver_str2);
	for (char *p = os; *p; p++)
		if (*p < ' ' || *p > '~')
			*p = '?';
	rt_log_info(&c->e->lo, "driver: os_type 0x%x %u.%u.%u '%s', caps 0x%llx", r->os_type,
		    r->os_ver_major, r->os_ver_minor, r->os_ver_build, os,
		    (unsigned long long)r->drv_cap_flags1);
	o->gdma_protocol_ver = MANA_PROTOCOL_V1;
	/* GDMA_DRV_CAP_FLAG_1_HWC_TIMEOUT_RECONFIG: later Linux asks QUERY_HWC_TIMEOUT. */
	o->pf_cap_flags1 = 0x08;
	return 0;
}

static int h_query_max(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	struct mana_query_max_resources_resp *o = &c->resp->u.query_max_resources;

	o->max_sq = EMU_MAX_WQ;
	o->max_rq = EMU_MAX_WQ;
	o->max_cq = EMU_MAX_CQ;
	o->max_eq = EMU_MAX_EQ;
	o->max_db = 1;
	o->max_mst = 1;
	o->max_msix = c->e->opts.msix_vectors;
	return 0;
}

static int h_list_devices(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	struct mana_list_devices_resp *o = &c->resp->u.list_devices;

	o->num_of_devs = 2;
	o->devs[0] = (struct mana_dev_id){.type = MANA_DEV_TYPE_HWC, .instance = 0};
	o->devs[1] =
		(struct mana_dev_id){.type = EMU_MANA_DEV_TYPE, .instance = EMU_MANA_DEV_INSTANCE};
	return 0;
}

static int h_register(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	struct mana_register_device_resp *o = &c->resp->u.register_device;

	if (!is_mana_dev(&c->hdr->dev_id) || c->e->registered)
		return hwc_fail(c);
	o->pdid = EMU_PDID;
	o->gpa_mkey = EMU_GPA_MKEY;
	o->db_id = 0;
	return 0;
}

static int h_deregister(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	return is_mana_dev(&c->hdr->dev_id) && c->e->registered ? 0 : STATUS_FAILURE;
}

static int h_test_eqe(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	int s = memu_eq_slot(c->e, c->req->u.generate_test_eqe_req.queue_index);
	uint8_t details[GDMA_EVENT_DATA_SIZE] = {0};

	if (s < 0)
		return hwc_fail(c);
	memu_eq_post(c->e, (uint32_t)s, GDMA_EQE_TYPE_TEST_EVENT, details);
	return 0;
}

static int h_reset_eqe(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_generate_reset_eqe_req *r = &c->req->u.generate_reset_eqe_req;
	int s = memu_eq_slot(c->e, r->queue_index);
	uint8_t details[GDMA_EVENT_DATA_SIZE] = {0};

	if (s < 0)
		return hwc_fail(c);
	pv_put_u32(details, r->reset_data);
	memu_eq_post(c->e, (uint32_t)s, GDMA_EQE_TYPE_HWC_RESET_REQUEST, details);
	return 0;
}

static int h_create_queue(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_create_queue_req *r = &c->req->u.create_queue_req;
	struct emu_mem m;
	uint32_t slot;

	/* Linux makes EQs only this way; WQs and CQs come from CREATE_WQ_OBJ. */
	if (r->type != GDMA_QUEUE_TYPE_EQ || r->eq_pci_msix_index >= c->e->opts.msix_vectors ||
	    (is_mana_dev(&c->hdr->dev_id) && r->pdid != EMU_PDID) ||
	    memu_region_take(c->e, r->gdma_region, r->queue_size, &m))
		return hwc_fail(c);
	if (memu_eq_create(c->e, &m, r->eq_pci_msix_index, false, &slot)) {
		memu_mem_free(&m);
		return hwc_fail(c);
	}
	c->resp->u.create_queue.queue_index = emu_eq_id(slot);
	return 0;
}

static int h_disable_queue(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_disable_queue_req *r = &c->req->u.disable_queue_req;
	int s = memu_eq_slot(c->e, r->queue_index);

	if (r->type != GDMA_QUEUE_TYPE_EQ || s < 0 || c->e->eqs[s].ring.hwc)
		return hwc_fail(c);
	for (uint32_t i = 0; i < EMU_MAX_CQ; i++)
		if (c->e->cqs[i].ring.used && c->e->cqs[i].eq == (uint32_t)s)
			return hwc_fail(c); /* its CQs go first */
	memu_eq_destroy(c->e, (uint32_t)s);
	return 0;
}

static int h_create_region(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_create_dma_region_req *r = &c->req->u.create_dma_region_req;
	struct mana_emu *e = c->e;
	struct emu_region *g = NULL;
	uint64_t cap;

	if (r->length == 0 || r->page_count == 0 || r->page_count > EMU_REGION_MAX_PAGES ||
	    r->page_addr_list_count == 0)
		return hwc_fail(c);
	cap = (uint64_t)r->page_count * GDMA_PAGE_SIZE - r->offset_in_page;
	if (r->length > cap)
		return hwc_fail(c);
	for (unsigned i = 0; i < EMU_MAX_REGIONS && !g; i++)
		if (!e->regions[i].used)
			g = &e->regions[i];
	if (!g || memu_mem_init(&g->mem, r->page_addr_list, r->page_addr_list_count,
				r->offset_in_page, r->length))
		return hwc_fail(c);
	g->used = true;
	g->page_count = r->page_count;
	g->handle = ++e->next_handle;
	c->resp->u.create_dma_region.dma_region_handle = g->handle;
	return 0;
}

static int h_region_add(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_dma_region_add_pages_req *r = &c->req->u.dma_region_add_pages_req;
	struct emu_region *g = memu_region_find(c->e, r->dma_region_handle);

	if (!g || r->page_addr_list_count == 0 ||
	    g->mem.npages + r->page_addr_list_count > g->page_count)
		return hwc_fail(c);
	for (uint32_t i = 0; i < r->page_addr_list_count; i++)
		if (memu_mem_page(&g->mem, r->page_addr_list[i]))
			return hwc_fail(c);
	return 0;
}

static int h_destroy_region(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	struct emu_region *g =
		memu_region_find(c->e, c->req->u.destroy_dma_region_req.dma_region_handle);

	if (!g)
		return hwc_fail(c);
	for (unsigned i = 0; i < EMU_MAX_MRS; i++)
		if (c->e->mrs[i].used && c->e->mrs[i].region == g->handle)
			return hwc_fail(c);
	memu_mem_free(&g->mem);
	g->used = false;
	return 0;
}

static int h_create_pd(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	for (unsigned i = 0; i < EMU_MAX_PDS; i++) {
		struct emu_pd *p = &c->e->pds[i];

		if (p->used)
			continue;
		p->used = true;
		p->handle = ++c->e->next_handle;
		c->resp->u.create_pd.pd_handle = p->handle;
		c->resp->u.create_pd.pd_id = EMU_PDID + 1 + i;
		return 0;
	}
	return hwc_fail(c);
}

static struct emu_pd *pd_find(struct mana_emu *e, uint64_t h)
{
	for (unsigned i = 0; i < EMU_MAX_PDS; i++)
		if (e->pds[i].used && e->pds[i].handle == h)
			return &e->pds[i];
	return NULL;
}

static int h_destroy_pd(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	struct emu_pd *p = pd_find(c->e, c->req->u.destroy_pd_req.pd_handle);

	if (!p)
		return hwc_fail(c);
	for (unsigned i = 0; i < EMU_MAX_MRS; i++)
		if (c->e->mrs[i].used && c->e->mrs[i].pd == p->handle)
			return hwc_fail(c);
	p->used = false;
	return 0;
}

static int h_create_mr(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_create_mr_req *r = &c->req->u.create_mr_req;

	/* GDMA_MR_TYPE_GVA over a region this device holds. */
	if (r->mr_type != 2 || !pd_find(c->e, r->pd_handle) ||
	    !memu_region_find(c->e, r->dma_region_handle))
		return hwc_fail(c);
	for (unsigned i = 0; i < EMU_MAX_MRS; i++) {
		struct emu_mr *m = &c->e->mrs[i];

		if (m->used)
			continue;
		m->used = true;
		m->pd = r->pd_handle;
		m->region = r->dma_region_handle;
		m->handle = ++c->e->next_handle;
		c->resp->u.create_mr.mr_handle = m->handle;
		c->resp->u.create_mr.lkey = c->resp->u.create_mr.rkey = 0x100 + i;
		return 0;
	}
	return hwc_fail(c);
}

static int h_destroy_mr(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	for (unsigned i = 0; i < EMU_MAX_MRS; i++) {
		struct emu_mr *m = &c->e->mrs[i];

		if (m->used && m->handle == c->req->u.destroy_mr_req.mr_handle) {
			m->used = false;
			return 0;
		}
	}
	return hwc_fail(c);
}

static int h_change_msix(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_change_msix_req *r = &c->req->u.change_msix_req;
	int s = memu_eq_slot(c->e, r->queue_index);

	if (s < 0 || r->msix >= c->e->opts.msix_vectors)
		return hwc_fail(c);
	c->e->eqs[s].msix = r->msix;
	return 0;
}

static int h_hwc_timeout(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	uint32_t t = c->req->u.query_hwc_timeout_req.timeout_ms;

	/* We answer at once; keep whatever the driver proposes within reason. */
	c->e->hwc_timeout_ms = t < 1000 ? 1000 : t > 60000 ? 60000 : t;
	c->resp->u.query_hwc_timeout.timeout_ms = c->e->hwc_timeout_ms;
	return 0;
}

static int h_query_dev_config(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	struct mana_query_dev_config_resp *o = &c->resp->u.query_dev_config;

	o->max_num_vports = (uint16_t)c->e->opts.nvports;
	o->max_num_eqs = EMU_MAX_EQ;
	o->adapter_mtu = NET_MAX_FRAME - 4; /* response v2: 9000 + Ethernet header */
	o->bm_hostmode = 0;
	/* v1 (Linux 6.1) ends before adapter_mtu (72 bytes), v2 and v3 are 80:
	 * answer the version asked for, at most 3. */
	c->resp_version = rt_min(rt_max(c->hdr->resp.msg_version, (uint16_t)1), (uint16_t)3);
	if (c->resp_version == 1)
		c->resp_max = offsetof(struct mana_wire_query_dev_config_resp, adapter_mtu);
	return 0;
}

static int h_query_stats(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	struct mana_query_gf_stat_resp *o = &c->resp->u.query_gf_stat;
	const struct mana_emu_stats *s = &c->e->st;

	/* Unicast/broadcast are not told apart here: every frame counts as unicast. */
	o->reported_statistics = c->req->u.query_gf_stat_req.requested_statistics &
				 (0x1 | 0x4 | 0x8 | 0x10 | 0x80000 | 0x100000 | 0x200000);
	o->in_discards_no_wqe = s->rx_dropped;
	o->hc_in_octets = o->hc_in_ucast_octets = s->rx_bytes;
	o->hc_in_ucast_pkts = s->rx_frames;
	o->hc_out_octets = o->hc_out_ucast_octets = s->tx_bytes;
	o->hc_out_ucast_pkts = s->tx_frames;
	return 0;
}

static int h_query_vport(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	uint32_t i = c->req->u.query_vport_config_req.vport_index;
	struct mana_query_vport_config_resp *o = &c->resp->u.query_vport_config;
	struct emu_vport *v;

	if (i >= c->e->opts.nvports)
		return hwc_fail(c);
	v = &c->e->vports[i];
	o->max_num_sq = c->e->opts.max_queues;
	o->max_num_rq = c->e->opts.max_queues;
	o->num_indirection_ent = MANA_INDIRECT_TABLE_SIZE;
	memcpy(o->mac_addr, v->mac, 6);
	o->vport = v->handle;
	return 0;
}

static int h_config_vport_tx(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_config_vport_tx_req *r = &c->req->u.config_vport_tx_req;
	struct emu_vport *v = memu_vport_by_handle(c->e, r->vport);

	if (!v || r->pdid != EMU_PDID || r->doorbell_pageid != 0)
		return hwc_fail(c);
	v->tx_enabled = true;
	c->resp->u.config_vport_tx.tx_vport_offset =
		(uint16_t)(EMU_TX_VPORT_OFFSET_BASE + v->index);
	c->resp->u.config_vport_tx.short_form_allowed = 1;
	return 0;
}

static uint32_t vport_wqs(struct mana_emu *e, bool is_sq, uint32_t vport)
{
	uint32_t n = 0;

	for (uint32_t i = 0; i < EMU_MAX_WQ; i++)
		n += e->wqs[is_sq][i].used && e->wqs[is_sq][i].vport == (int)vport;
	return n;
}

static int h_create_wq_obj(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_create_wq_obj_req *r = &c->req->u.create_wq_obj_req;
	struct mana_emu *e = c->e;
	struct emu_vport *v = memu_vport_by_handle(e, r->vport);
	bool is_sq = r->wq_type == MANA_WQ_TYPE_SQ;
	struct emu_region *wr = memu_region_find(e, r->wq_gdma_region);
	struct emu_region *cr = memu_region_find(e, r->cq_gdma_region);
	struct emu_mem wm, cm;
	uint32_t cq, wq;
	int eq = memu_eq_slot(e, r->cq_parent_qid);

	if (!v || !v->tx_enabled || eq < 0 || e->eqs[eq].ring.hwc || !wr || !cr || wr == cr ||
	    vport_wqs(e, is_sq, v->index) >= e->opts.max_queues)
		return hwc_fail(c);
	if (memu_region_take(e, r->wq_gdma_region, r->wq_size, &wm))
		return hwc_fail(c);
	if (memu_region_take(e, r->cq_gdma_region, r->cq_size, &cm)) {
		memu_mem_free(&wm);
		return hwc_fail(c);
	}
	if (memu_cq_create(e, &cm, (uint32_t)eq, false, &cq)) {
		memu_mem_free(&wm);
		memu_mem_free(&cm);
		return hwc_fail(c);
	}
	if (memu_wq_create(e, is_sq, &wm, cq, (int)v->index, false, &wq)) {
		memu_mem_free(&wm);
		memu_cq_destroy(e, cq);
		return hwc_fail(c);
	}
	e->wqs[is_sq][wq].obj = ++e->next_handle;
	c->resp->u.create_wq_obj.wq_id = emu_wq_id(is_sq, wq);
	c->resp->u.create_wq_obj.cq_id = emu_cq_id(cq);
	c->resp->u.create_wq_obj.wq_obj = e->wqs[is_sq][wq].obj;
	return 0;
}

static int h_destroy_wq_obj(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_destroy_wq_obj_req *r = &c->req->u.destroy_wq_obj_req;
	bool is_sq = r->wq_type == MANA_WQ_TYPE_SQ;
	int s = memu_wq_by_obj(c->e, is_sq, r->wq_obj_handle);
	uint32_t cq;

	if (s < 0)
		return hwc_fail(c);
	cq = c->e->wqs[is_sq][s].cq;
	memu_wq_destroy(c->e, is_sq, (uint32_t)s);
	memu_cq_destroy(c->e, cq);
	return 0;
}

static int h_fence_rq(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	int s = memu_wq_by_obj(c->e, false, c->req->u.fence_rq_req.wq_obj_handle);

	if (s < 0)
		return hwc_fail(c);
	c->fence_rq = s; /* the RX_OBJECT_FENCE CQE follows the response */
	return 0;
}

static int h_config_vport_rx(void *ctx, const struct mana_msg *req)
{
	struct hwc_call *c = ctx;
	const struct mana_config_vport_rx_req *r = &c->req->u.config_vport_rx_req;
	struct mana_emu *e = c->e;
	struct emu_vport *v = memu_vport_by_handle(e, r->vport);
	uint64_t table[512];
	uint32_t n = r->num_indir_entries;

	if (!v || (r->rx_enable > 1 && r->rx_enable != MANA_TRISTATE_UNKNOWN) ||
	    (r->rss_enable > 1 && r->rss_enable != MANA_TRISTATE_UNKNOWN))
		return hwc_fail(c);
	if (r->update_default_rxobj && memu_wq_by_obj(e, false, r->default_rxobj) < 0)
		return hwc_fail(c);
	if (r->update_indir_tab) {
		/* A power of two of entries (the hash is masked), inside the message. */
		if (n == 0 || n > RT_ARRAY_SIZE(table) || (n & (n - 1)) ||
		    r->indir_tab_offset < MANA_CONFIG_VPORT_RX_REQ_SIZE ||
		    r->indir_tab_offset % 8 || (uint64_t)r->indir_tab_offset + 8 * n > c->raw_len)
			return hwc_fail(c);
		for (uint32_t i = 0; i < n; i++) {
			struct mana_rx_indir_entry ent;

			if (mana_rx_indir_entry_decode(c->raw + r->indir_tab_offset + 8 * i, 8,
						       NULL, &ent) != PV_OK ||
			    memu_wq_by_obj(e, false, ent.rxobj) < 0)
				return hwc_fail(c);
			table[i] = ent.rxobj;
		}
	}
	/* Everything checked: apply. */
	if (r->update_default_rxobj)
		v->default_rxobj = r->default_rxobj;
	if (r->update_hashkey)
		memcpy(v->hashkey, r->hashkey, sizeof(v->hashkey));
	if (r->update_indir_tab) {
		memcpy(v->indir, table, n * sizeof(table[0]));
		v->indir_len = n;
	}
	if (r->rx_enable != MANA_TRISTATE_UNKNOWN)
		v->rx_enabled = r->rx_enable == 1;
	if (r->rss_enable != MANA_TRISTATE_UNKNOWN)
		v->rss_enabled = r->rss_enable == 1;
	rt_log_dbg(&e->lo, "vport %u: rx %s, rss %s, %u table entries", v->index,
		   v->rx_enabled ? "on" : "off", v->rss_enabled ? "on" : "off", v->indir_len);
	/* Frames held while RX was off may flow now. */
	for (uint32_t q = 0; v->rx_enabled && v->wire && q < v->wire->nqueues; q++)
		if (v->wire_paused[q]) {
			v->wire_paused[q] = false;
			net_endpoint_rx_resume(v->wire, q);
		}
	return 0;
}

/*
 * The generated handler table (mana_msg_dispatch runs the slot of the
 * decoded request's type). Empty slots answer STATUS_CMD_UNSUPPORTED: the
 * resource ranges of mana_ib, and the PF-only REGISTER/DEREGISTER_FILTER and
 * REGISTER/DEREGISTER_HW_PORT (we are a VF).
 */
static const struct mana_msg_handlers handlers = {
	.verify_vf_driver_version = h_verify,
	.query_max_resources = h_query_max,
	.list_devices = h_list_devices,
	.register_device = h_register,
	.deregister_device = h_deregister,
	.generate_test_eqe = h_test_eqe,
	.generate_reset_request_eqe = h_reset_eqe,
	.create_queue = h_create_queue,
	.disable_queue = h_disable_queue,
	.create_dma_region = h_create_region,
	.dma_region_add_pages = h_region_add,
	.destroy_dma_region = h_destroy_region,
	.create_pd = h_create_pd,
	.destroy_pd = h_destroy_pd,
	.create_mr = h_create_mr,
	.destroy_mr = h_destroy_mr,
	.change_msix_for_eq = h_change_msix,
	.query_hwc_timeout = h_hwc_timeout,
	.query_dev_config = h_query_dev_config,
	.query_gf_stat = h_query_stats,
	.config_vport_tx = h_config_vport_tx,
	.create_wq_obj = h_create_wq_obj,
	.destroy_wq_obj = h_destroy_wq_obj,
	.fence_rq = h_fence_rq,
	.config_vport_rx = h_config_vport_rx,
	.query_vport_config = h_query_vport,
};

/* ------------------------------------------------------------------ */
/* The request/response exchange                                        */

static void hwc_trace(struct mana_emu *e, uint8_t dir, uint16_t msg_id, const void *m, size_t len)
{
	struct iovec iov = {(void *)m, len};

	rt_trace_record(e->trace, PVTRACE_PROTO_MANA, dir, 0, msg_id, &iov, 1);
}

/*
 * Handles the held request; writes at most `cap` bytes of response to out.
 * Returns the response length (0: none at all), and the msg id for the CQE.
 */
uint32_t memu_hwc_handle(struct mana_emu *e, uint8_t *out, uint32_t cap, int *fence_rq)
{
	const uint8_t *raw = e->hwc_req;
	struct mana_req_hdr hdr;
	struct mana_resp_hdr rh = {0};
	enum pv_codec_err err;
	struct mana_msg req, resp;
	int ev = 0, rc;
	struct hwc_call c = {.e = e, .req = &req, .resp = &resp, .fence_rq = -1};
	uint32_t status = 0, len = MANA_RESP_HDR_SIZE, len_req, fault;
	int n;

	if (e->hwc_req_len < MANA_REQ_HDR_SIZE ||
	    mana_req_hdr_decode(raw, MANA_REQ_HDR_SIZE, NULL, &hdr) != PV_OK ||
	    hdr.req.msg_size < MANA_REQ_HDR_SIZE || hdr.req.msg_size > e->hwc_req_len ||
	    hdr.req.msg_version < MANA_MESSAGE_V1) {
		/* No header to answer to: a real device cannot route a response either. */
		e->st.bad_wqes++;
		rt_log_rl(&e->lo, RT_LOG_WARN, "HWC: malformed request header (%u bytes)",
			  e->hwc_req_len);
		return 0;
	}
	len_req = hdr.req.msg_size;
	if (rt_trace_on(e->trace))
		hwc_trace(e, PVTRACE_DIR_TO_HOST, hdr.req.hwc_msg_id, raw, len_req);
	c.hdr = &hdr;
	c.raw = raw;
	c.raw_len = len_req;
	c.resp_version = MANA_MESSAGE_V1;
	memset(&resp, 0, sizeof(resp));
	resp.type = hdr.req.msg_type;
	resp.variant = 1; /* the response layout */
	if (memu_fault_take(e, MANA_EMU_FAULT_HWC_STATUS, hdr.req.msg_type, &fault)) {
		status = fault;
	} else if ((err = mana_msg_decode(raw, len_req, &req_ctx, &req)) == PV_ERR_UNKNOWN_TYPE) {
		status = MANA_STATUS_CMD_UNSUPPORTED;
	} else if (err != PV_OK || (hdr.req.msg_type >= 0x10000 && !is_mana_dev(&hdr.dev_id))) {
		status = STATUS_FAILURE;
		rt_log_rl(&e->lo, RT_LOG_WARN, "HWC: malformed %s request (%u bytes): %s",
			  mana_code_name(hdr.req.msg_type), len_req, pv_codec_err_name(err));
	} else if ((ev = mana_msg_event(&req, PV_DIR_TO_HOST)) &&
		   !mana_bringup_fsm_can_feed(&e->fsm, (enum mana_bringup_event)ev)) {
		status = STATUS_FAILURE;
		e->st.req_out_of_order++;
		rt_log_rl(&e->lo, RT_LOG_WARN, "HWC: %s not legal in state %s",
			  mana_code_name(hdr.req.msg_type), mana_bringup_fsm_state_name(&e->fsm));
	} else if ((rc = mana_msg_dispatch(&handlers, &c, &req)) < 0) {
		status = MANA_STATUS_CMD_UNSUPPORTED; /* an empty slot */
	} else {
		status = c.status;
		/* Only what the device did feeds the machine (its actions run here). */
		if (!status && ev)
			fsm_feed(e, (enum mana_bringup_event)ev);
	}
	if (status == MANA_STATUS_CMD_UNSUPPORTED) {
		e->st.req_unsupported++;
		rt_log_rl(&e->lo, RT_LOG_INFO, "HWC: request 0x%x (%s) not supported",
			  hdr.req.msg_type, mana_code_name(hdr.req.msg_type));
	}
	if (!status) {
		n = mana_msg_encode(&resp, &resp_ctx, out, cap);
		if (n < MANA_RESP_HDR_SIZE) {
			rt_log_rl(&e->lo, RT_LOG_WARN, "HWC: %s response not encodable (%d)",
				  mana_code_name(hdr.req.msg_type), n);
			status = STATUS_FAILURE;
		} else {
			len = (uint32_t)n;
		}
	}
	if (status) {
		e->st.req_errors++;
		len = MANA_RESP_HDR_SIZE;
		c.fence_rq = -1;
	}
	if (c.resp_max && len > c.resp_max)
		len = c.resp_max;
	/* Never more than the driver said it expects (nor less than a header). */
	if (len > hdr.resp.msg_size && hdr.resp.msg_size >= MANA_RESP_HDR_SIZE)
		len = hdr.resp.msg_size;
	if (len > MANA_RESP_HDR_SIZE &&
	    memu_fault_take(e, MANA_EMU_FAULT_HWC_SHORT, hdr.req.msg_type, NULL))
		len -= 4;
	rh.response.msg_type = hdr.req.msg_type;
	rh.response.msg_version = c.resp_version;
	rh.response.hwc_msg_id = hdr.req.hwc_msg_id;
	rh.response.msg_size = len;
	rh.dev_id = hdr.dev_id;
	rh.activity_id = hdr.activity_id;
	rh.status = status;
	if (memu_fault_take(e, MANA_EMU_FAULT_HWC_MSG_ID, hdr.req.msg_type, NULL))
		rh.response.hwc_msg_id ^= 0x5a;
	(void)mana_resp_hdr_encode(&rh, out, MANA_RESP_HDR_SIZE);
	e->st.requests++;
	*fence_rq = c.fence_rq;
	if (rt_trace_on(e->trace))
		hwc_trace(e, PVTRACE_DIR_TO_GUEST, rh.response.hwc_msg_id, out, len);
	return len;
}

void memu_hwc_fence(struct mana_emu *e, uint32_t rq)
{
	struct mana_rx_comp_oob oob = {.cqe_type = MANA_CQE_TYPE_RX_OBJECT_FENCE, .client_type = 1};
	uint8_t data[GDMA_COMP_DATA_SIZE] = {0};
	struct emu_wq *q = &e->wqs[0][rq];

	if (!q->used)
		return;
	(void)mana_rx_comp_oob_encode(&oob, data, sizeof(data));
	memu_cq_post(e, q->cq, emu_wq_id(false, rq), false, data);
}

/* Takes the next request off the HWC SQ into e->hwc_req. 1: held, 0: none. */
static int hwc_take(struct mana_emu *e)
{
	struct emu_wq *sq = &e->wqs[1][e->hwc_sq];
	struct gdma_hwc_tx_oob oob;
	struct emu_wqe w;
	uint8_t none[GDMA_COMP_DATA_SIZE] = {0};
	uint32_t hdr_code;
	int rc;

	for (;;) {
		rc = memu_wq_peek(e, sq, e->hwc_sq, &w);
		if (rc <= 0)
			return 0;
		sq->head += w.len;
		/* The send completion (Linux checks only the SQ id). */
		memu_cq_post(e, sq->cq, emu_wq_id(true, e->hwc_sq), true, none);
		if (w.oob_len != GDMA_HWC_TX_OOB_SIZE ||
		    gdma_hwc_tx_oob_decode(w.oob, w.oob_len, NULL, &oob) != PV_OK ||
		    oob.vscq_id != emu_cq_id(e->hwc_cq) ||
		    oob.vsq_id != emu_wq_id(true, e->hwc_sq) || w.nsge != 1 ||
		    w.sge[0].mem_key != EMU_HWC_MKEY || w.sge[0].size < MANA_REQ_HDR_SIZE ||
		    w.sge[0].size > GDMA_HWC_MAX_REQUEST) {
			e->st.bad_wqes++;
			rt_log_rl(&e->lo, RT_LOG_WARN, "HWC: malformed SQ WQE (oob %u, %u SGEs)",
				  w.oob_len, w.nsge);
			continue;
		}
		if (pcidev_dma_read(&e->pd, w.sge[0].address, e->hwc_req, w.sge[0].size)) {
			e->st.dma_errors++;
			continue;
		}
		e->hwc_req_len = w.sge[0].size;
		hdr_code = pv_get_u32(e->hwc_req + 4);
		if (memu_fault_take(e, MANA_EMU_FAULT_HWC_TIMEOUT, hdr_code, NULL)) {
			rt_log_rl(&e->lo, RT_LOG_WARN, "fault: request 0x%x left unanswered",
				  hdr_code);
			continue;
		}
		e->hwc_req_held = true;
		return 1;
	}
}

void memu_hwc_process(struct mana_emu *e)
{
	struct emu_wq *rq;
	struct emu_wqe w;
	uint8_t *resp = e->scratch;
	int fence;

	while (e->hwc_up) {
		struct gdma_hwc_rx_oob oob = {0};
		uint8_t data[GDMA_COMP_DATA_SIZE] = {0};
		uint32_t len, cap;

		if (!e->hwc_req_held && !hwc_take(e))
			return;
		rq = &e->wqs[0][e->hwc_rq];
		if (memu_wq_peek(e, rq, e->hwc_rq, &w) <= 0)
			return; /* held until the driver posts a response buffer */
		rq->head += w.len;
		e->hwc_req_held = false;
		if (w.sge[0].mem_key != EMU_HWC_MKEY || w.sge[0].size < MANA_RESP_HDR_SIZE) {
			e->st.bad_wqes++;
			rt_log_rl(&e->lo, RT_LOG_WARN, "HWC: RQ buffer unusable (%u bytes)",
				  w.sge[0].size);
			continue;
		}
		cap = rt_min(w.sge[0].size, (uint32_t)GDMA_HWC_MAX_RESPONSE);
		memset(resp, 0, cap);
		len = memu_hwc_handle(e, resp, cap, &fence);
		if (!len)
			continue;
		if (pcidev_dma_write(&e->pd, w.sge[0].address, resp, len)) {
			e->st.dma_errors++;
			continue;
		}
		oob.wqe_offset = w.off;
		oob.tx_oob_data_size = len;
		if (memu_fault_take(e, MANA_EMU_FAULT_HWC_OVERSIZED, pv_get_u32(resp + 4), NULL))
			oob.tx_oob_data_size = w.sge[0].size + GDMA_PAGE_SIZE;
		(void)gdma_hwc_rx_oob_encode(&oob, data, sizeof(data));
		memu_cq_post(e, rq->cq, emu_wq_id(false, e->hwc_rq), false, data);
		if (fence >= 0)
			memu_hwc_fence(e, (uint32_t)fence);
	}
}
