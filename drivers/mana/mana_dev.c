/*
 * The MANA function: bring-up as a state machine, the event queues and
 * their interrupts, failure, recovery and close.
 *
 * The bring-up follows Linux's mana_gd_probe -> mana_gd_setup ->
 * mana_probe (gdma_main.c, hw_channel.c, mana_en.c), in SPDK's manner: each
 * state has a name and a deadline (set_state logs and arms it), and
 * process_init() is a non-blocking step run whenever something the state
 * waits for happens (a timer tick while polling the SMC, an event on the
 * HWC EQ, a response). Requests of a phase are queued together on the HWC;
 * each one's reply is checked by its done handler, and the phase moves on
 * when the last one finishes.
 *
 * Interrupts: vector 0 is the HWC's EQ (Linux's mana_hwc irq), vector i
 * data EQ i. Each vector is an eventfd on our loop (pci_irq_set). An EQ is
 * read up to MANA_EQ_BATCH entries, then re-armed with its doorbell;
 * COMPLETION events go to the CQ's handler through a table indexed by CQ id
 * (bounded by the device's MAX_NUM_CQS).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/mana/mana_priv.h"
#include "runtime/trace.h"
#include "runtime/util.h"

#define SMC_POLL_S 0.001
#define POOL_BASE (4u << 20)
#define POOL_PER_QUEUE (4u << 20)

static const char *const state_names[] = {
	[MANA_DEV_INIT] = "init",
	[MANA_DEV_SMC_IDLE] = "smc_idle",
	[MANA_DEV_SMC_ESTABLISH] = "smc_establish",
	[MANA_DEV_HWC_INIT] = "hwc_init",
	[MANA_DEV_GDMA_SETUP] = "gdma_setup",
	[MANA_DEV_CREATE_EQS] = "create_eqs",
	[MANA_DEV_READY] = "ready",
	[MANA_DEV_FAILED] = "failed",
	[MANA_DEV_CLOSED] = "closed",
};

const char *mana_dev_state_name(enum mana_dev_state st)
{
	return st < RT_ARRAY_SIZE(state_names) && state_names[st] ? state_names[st] : "?";
}

static void process_init(struct mana_dev *d);

static void set_state(struct mana_dev *d, enum mana_dev_state st, double timeout)
{
	rt_log_dbg(&d->lo, "state %s -> %s", mana_dev_state_name(d->state),
		   mana_dev_state_name(st));
	d->state = st;
	rt_timer_stop(&d->state_timer);
	if (timeout > 0)
		rt_timer_start(&d->state_timer, timeout, 0);
}

static void notify(struct mana_dev *d)
{
	if (d->opts.state_cb)
		d->opts.state_cb(d->opts.ctx, d, d->state);
}

void mana_dev_fail(struct mana_dev *d, int err, const char *why)
{
	struct mana_vport *v;

	if (d->state == MANA_DEV_FAILED || d->state == MANA_DEV_CLOSED)
		return;
	rt_log_err(&d->lo, "%s in state %s: %s", why, mana_dev_state_name(d->state),
		   strerror(-err));
	d->error = err;
	rt_timer_stop(&d->poll_timer);
	set_state(d, MANA_DEV_FAILED, 0);
	d->hwc.dead = true;
	mana_hwc_abort(d, err);
	LIST_FOREACH(v, &d->vports, link)
		mana_vport_device_lost(v);
	notify(d);
}

static void state_timeout(struct rt_timer *t)
{
	struct mana_dev *d = rt_container_of(t, struct mana_dev, state_timer);

	mana_dev_fail(d, -ETIMEDOUT, "timed out");
}

static void poll_fn(struct rt_timer *t)
{
	process_init(rt_container_of(t, struct mana_dev, poll_timer));
}

/* ------------------------------------------------------------------ */
/* Requests of the bring-up                                             */

struct mana_req *mana_req_new(uint32_t code, bool to_device,
			      int (*build)(struct mana_req *, struct mana_msg *),
			      void (*done)(struct mana_req *, int, const struct mana_msg *),
			      void *ctx)
{
	struct mana_req *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->code = code;
	r->to_device = to_device;
	r->build = build;
	r->done = done;
	r->ctx = ctx;
	/* Callers say what response they expect; a bare header by default. */
	r->resp_size = MANA_GENERAL_RESP_SIZE;
	r->resp_version = MANA_MESSAGE_V1;
	return r;
}

int mana_build_region(struct mana_dev *d, const struct pci_dma_buf *buf, uint32_t len,
		      struct mana_msg *m)
{
	struct mana_create_dma_region_req *q = &m->u.create_dma_region_req;
	uint32_t n = len / GDMA_PAGE_SIZE;

	if (!len || len % GDMA_PAGE_SIZE || len > buf->len ||
	    n > MANA_CREATE_DMA_REGION_REQ_PAGE_ADDR_LIST_MAX)
		return -EINVAL;
	q->length = len;
	q->page_count = n;
	for (uint32_t i = 0; i < n; i++)
		q->page_addr_list[i] = buf->iova + (uint64_t)i * GDMA_PAGE_SIZE;
	q->page_addr_list_count = n;
	return 0;
}

static struct mana_dev *req_dev(struct mana_req *r)
{
	return r->ctx;
}

/*
 * A setup request finished: on error the device fails (the log names the
 * request by its spec name); else on to the next phase.
 */
static void setup_step(struct mana_req *r, int err)
{
	struct mana_dev *d = req_dev(r);

	d->setup_pending--;
	if (err && d->state != MANA_DEV_FAILED)
		mana_dev_fail(d, err, mana_code_name(r->code));
	else if (!d->setup_pending && d->state != MANA_DEV_FAILED)
		process_init(d);
}

static int build_test_eqe(struct mana_req *r, struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);

	m->u.generate_test_eqe_req.queue_index = d->eqs[r->arg].q.id;
	d->eqs[r->arg].test_seen = false;
	return 0;
}

static void done_test_eqe(struct mana_req *r, int err, const struct mana_msg *m)
{
	setup_step(r, err);
}

static int build_verify(struct mana_req *r, struct mana_msg *m)
{
	struct mana_verify_ver_req *q = &m->u.verify_ver_req;

	q->protocol_ver_min = MANA_PROTOCOL_V1;
	q->protocol_ver_max = MANA_PROTOCOL_V1;
	q->os_type = MANA_OS_TYPE_OTHER;
	memcpy(q->os_ver_str1, "paravisor", 9);
	return 0;
}

static void done_verify(struct mana_req *r, int err, const struct mana_msg *m)
{
	if (!err && m->u.verify_vf_driver_version.gdma_protocol_ver != MANA_PROTOCOL_V1)
		err = -EPROTONOSUPPORT;
	setup_step(r, err);
}

static void done_query_max(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);

	if (!err) {
		const struct mana_query_max_resources_resp *o = &m->u.query_max_resources;

		d->max_sq = o->max_sq;
		d->max_rq = o->max_rq;
		d->max_cq = o->max_cq;
		d->max_eq = o->max_eq;
		d->max_msix = o->max_msix;
		/* Linux: the HWC takes one vector; a data queue needs another. */
		if (o->max_msix < 2 || !o->max_sq || !o->max_rq || o->max_cq < 2 || !o->max_eq)
			err = -ENOSPC;
	}
	setup_step(r, err);
}

static void done_list(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);

	if (!err) {
		const struct mana_list_devices_resp *o = &m->u.list_devices;
		uint32_t found = 0;

		d->dev_type = 0;
		/* As mana_gd_detect_devices: skip empty slots, count num_of_devs. */
		for (uint32_t i = 0; i < MANA_DEV_LIST_SIZE && found < o->num_of_devs; i++) {
			if (!o->devs[i].type && !o->devs[i].instance)
				continue;
			found++;
			if (o->devs[i].type == MANA_DEV_TYPE_MANA && !d->dev_type) {
				d->dev_type = o->devs[i].type;
				d->dev_instance = o->devs[i].instance;
			}
		}
		if (!d->dev_type)
			err = -ENODEV;
	}
	setup_step(r, err);
}

static void done_register(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);

	if (!err) {
		const struct mana_register_device_resp *o = &m->u.register_device;

		d->pdid = o->pdid;
		d->gpa_mkey = o->gpa_mkey;
		d->db_id = o->db_id;
		d->registered = true;
		if ((uint64_t)d->db_base + ((uint64_t)d->db_id + 1) * d->db_page_size >
		    d->pci->bar_size[0])
			err = -ERANGE;
	}
	setup_step(r, err);
}

static int build_dev_config(struct mana_req *r, struct mana_msg *m)
{
	struct mana_query_dev_config_req *q = &m->u.query_dev_config_req;

	/* Response version 2 (80 bytes, with adapter_mtu); a v1 device answers 72. */
	r->resp_version = MANA_MESSAGE_V2;
	q->proto_major_ver = MANA_MAJOR_VERSION;
	q->proto_minor_ver = MANA_MINOR_VERSION;
	q->proto_micro_ver = MANA_MICRO_VERSION;
	return 0;
}

static void done_dev_config(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);

	if (!err) {
		d->max_vports = m->u.query_dev_config.max_num_vports;
		if (!d->max_vports)
			err = -ENODEV;
	}
	setup_step(r, err);
}

static int submit(struct mana_dev *d, uint32_t code, bool to_dev,
		  int (*build)(struct mana_req *, struct mana_msg *),
		  void (*done)(struct mana_req *, int, const struct mana_msg *), uint64_t arg,
		  uint32_t resp_size)
{
	struct mana_req *r = mana_req_new(code, to_dev, build, done, d);

	if (r) {
		r->arg = arg;
		if (resp_size)
			r->resp_size = resp_size;
	}
	return mana_hwc_submit_counted(d, r, &d->setup_pending);
}

static int gdma_setup(struct mana_dev *d)
{
	int rc;

	d->eqs[0].test_seen = false;
	/* hw_channel.c mana_hwc_test_channel, then gdma_main.c mana_gd_setup, mana_probe. */
	if ((rc = submit(d, MANA_CODE_GENERATE_TEST_EQE, false, build_test_eqe, done_test_eqe, 0,
			 MANA_GENERAL_RESP_SIZE)) ||
	    (rc = submit(d, MANA_CODE_VERIFY_VF_DRIVER_VERSION, false, build_verify, done_verify, 0,
			 MANA_VERIFY_VER_RESP_SIZE)) ||
	    (rc = submit(d, MANA_CODE_QUERY_MAX_RESOURCES, false, NULL, done_query_max, 0,
			 MANA_QUERY_MAX_RESOURCES_RESP_SIZE)) ||
	    (rc = submit(d, MANA_CODE_LIST_DEVICES, false, NULL, done_list, 0,
			 MANA_LIST_DEVICES_RESP_SIZE)) ||
	    (rc = submit(d, MANA_CODE_REGISTER_DEVICE, true, NULL, done_register, 0,
			 MANA_REGISTER_DEVICE_RESP_SIZE)) ||
	    (rc = submit(d, MANA_CODE_QUERY_DEV_CONFIG, true, build_dev_config, done_dev_config, 0,
			 MANA_QUERY_DEV_CONFIG_RESP_SIZE)))
		return rc;
	return 0;
}

/* ---- EQs ---- */

static int build_eq_region(struct mana_req *r, struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);
	struct mana_eq *eq = &d->eqs[r->arg];

	return mana_build_region(d, &eq->q.mem, eq->q.size, m);
}

static void done_eq_region(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);

	if (!err) {
		d->eqs[r->arg].region = m->u.create_dma_region.dma_region_handle;
		if (d->eqs[r->arg].region == GDMA_INVALID_DMA_REGION)
			err = -EPROTO;
	}
	setup_step(r, err);
}

static int build_eq_create(struct mana_req *r, struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);
	struct mana_eq *eq = &d->eqs[r->arg];
	struct mana_create_queue_req *q = &m->u.create_queue_req;

	if (eq->region == GDMA_INVALID_DMA_REGION)
		return -ECANCELED;
	q->type = GDMA_QUEUE_TYPE_EQ;
	q->pdid = d->pdid;
	q->doorbell_id = d->db_id;
	q->gdma_region = eq->region;
	q->queue_size = eq->q.size;
	q->log2_throttle_limit = 3; /* Linux LOG2_EQ_THROTTLE */
	q->eq_pci_msix_index = eq->vector;
	return 0;
}

static bool eq_id_taken(const struct mana_dev *d, uint32_t id, uint32_t self)
{
	for (uint32_t i = 0; i <= d->neqs; i++)
		if (i != self && (i == 0 || d->eqs[i].made) && d->eqs[i].q.id == id)
			return true;
	return false;
}

static void done_eq_create(struct mana_req *r, int err, const struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);
	struct mana_eq *eq = &d->eqs[r->arg];

	if (!err) {
		uint32_t id = m->u.create_queue.queue_index;

		eq->region = GDMA_INVALID_DMA_REGION; /* the queue owns it now */
		/* EQ doorbells carry 16 bits of id. */
		if (id > 0xffff || eq_id_taken(d, id, (uint32_t)r->arg)) {
			err = -EPROTO;
		} else {
			eq->q.id = id;
			eq->q.db_page = d->db_id;
			eq->made = true;
			d->eqs_made++;
		}
	}
	setup_step(r, err);
}

static void eq_irq(struct rt_evfd *e, uint64_t count);

static int create_eqs(struct mana_dev *d)
{
	int rc;

	for (uint32_t i = 1; i <= d->neqs; i++) {
		struct mana_eq *eq = &d->eqs[i];

		rc = mana_q_alloc(d, &eq->q, MANA_Q_EQ, MANA_EQ_SIZE);
		if (rc)
			return rc;
		eq->region = GDMA_INVALID_DMA_REGION;
		if ((rc = submit(d, MANA_CODE_CREATE_DMA_REGION, false, build_eq_region,
				 done_eq_region, i, MANA_CREATE_DMA_REGION_RESP_SIZE)) ||
		    (rc = submit(d, MANA_CODE_CREATE_QUEUE, true, build_eq_create, done_eq_create,
				 i, MANA_CREATE_QUEUE_RESP_SIZE)) ||
		    (rc = submit(d, MANA_CODE_GENERATE_TEST_EQE, true, build_test_eqe,
				 done_test_eqe, i, MANA_GENERAL_RESP_SIZE)))
			return rc;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Event queues                                                         */

int mana_dev_cq_register(struct mana_dev *d, uint32_t id, void (*fn)(void *), void *ctx)
{
	if (!d->cq_table || id >= d->hwc.max_num_cqs || d->cq_table[id].fn)
		return -EINVAL;
	d->cq_table[id] = (struct mana_cq_ref){fn, ctx};
	return 0;
}

void mana_dev_cq_unregister(struct mana_dev *d, uint32_t id)
{
	if (d->cq_table && id < d->hwc.max_num_cqs)
		d->cq_table[id] = (struct mana_cq_ref){0};
}

static void hwc_cq_fn(void *ctx)
{
	mana_hwc_cq_event(ctx);
}

static void link_event(struct mana_dev *d, const struct gdma_eqe *e)
{
	struct gdma_event_type_data ev;
	uint8_t details[GDMA_EVENT_DATA_SIZE];
	struct mana_vport *v;

	for (unsigned i = 0; i < 3; i++)
		pv_put_u32(details + 4 * i, e->details[i]);
	if (gdma_event_type_data_decode(details, sizeof(details), NULL, &ev) != PV_OK)
		return;
	if (ev.data_type != GDMA_HWC_RECONFIG_LINK_CONNECT &&
	    ev.data_type != GDMA_HWC_RECONFIG_LINK_DISCONNECT)
		return; /* CFG_HWC_TIMEOUT: we keep our own */
	d->st.link_events++;
	LIST_FOREACH(v, &d->vports, link)
		mana_vport_link_event(v, ev.data_type == GDMA_HWC_RECONFIG_LINK_CONNECT);
}

/* Handles one EQE of eq; returns 0 or a negative errno that fails the device. */
static int eqe_handle(struct mana_dev *d, struct mana_eq *eq, const struct gdma_eqe *e)
{
	uint32_t cq;

	switch (e->eqe_type) {
	case GDMA_EQE_TYPE_COMPLETION:
		cq = e->details[0] & 0xffffff;
		if (!d->cq_table || cq >= d->hwc.max_num_cqs || !d->cq_table[cq].fn) {
			/*
			 * Linux WARNs and skips it. But some CQ has entries and was
			 * disarmed by them: look at every CQ, or it would stall.
			 */
			d->st.bad_eqes++;
			rt_log_rl(&d->lo, RT_LOG_WARN, "EQ %u: completion for unknown CQ %u",
				  eq->q.id, cq);
			for (uint32_t i = 0; d->cq_table && i < d->hwc.max_num_cqs; i++)
				if (d->cq_table[i].fn && d->state != MANA_DEV_FAILED)
					d->cq_table[i].fn(d->cq_table[i].ctx);
			return 0;
		}
		d->cq_table[cq].fn(d->cq_table[cq].ctx);
		return 0;
	case GDMA_EQE_TYPE_TEST_EVENT:
		eq->test_seen = true;
		if (d->state == MANA_DEV_GDMA_SETUP || d->state == MANA_DEV_CREATE_EQS)
			rt_timer_start(&d->poll_timer, 0, 0);
		return 0;
	case GDMA_EQE_TYPE_HWC_INIT_EQ_ID_DB:
	case GDMA_EQE_TYPE_HWC_INIT_DATA:
	case GDMA_EQE_TYPE_HWC_INIT_DONE:
		/* They may beat our poll of the SMC answer to the loop. */
		if (eq != &d->eqs[0] ||
		    (d->state != MANA_DEV_HWC_INIT && d->state != MANA_DEV_SMC_ESTABLISH)) {
			d->st.bad_eqes++;
			return 0;
		}
		if (mana_hwc_event(d, e))
			return -EPROTO;
		if (d->hwc.init_done && d->state == MANA_DEV_HWC_INIT)
			rt_timer_start(&d->poll_timer, 0, 0);
		return 0;
	case GDMA_EQE_TYPE_HWC_SOC_RECONFIG_DATA:
		link_event(d, e);
		return 0;
	case GDMA_EQE_TYPE_HWC_RESET_REQUEST:
		rt_log_warn(&d->lo, "the device asks for a reset");
		return -ECONNRESET;
	default:
		/* Linux ignores unknown events ("should never happen"). */
		d->st.bad_eqes++;
		return 0;
	}
}

static void eq_process(struct mana_dev *d, struct mana_eq *eq)
{
	struct gdma_eqe e;
	int n = 0, rc = 0;

	while (n < MANA_EQ_BATCH && d->state != MANA_DEV_FAILED && d->state != MANA_DEV_CLOSED &&
	       (rc = mana_eq_next(d, &eq->q, &e)) == 1) {
		n++;
		rc = eqe_handle(d, eq, &e);
		if (rc)
			break;
	}
	if (rc < 0) {
		d->st.bad_eqes++;
		mana_dev_fail(d, rc,
			      rc == -EOVERFLOW    ? "EQ overflow or bad owner count"
			      : rc == -ECONNRESET ? "reset requested"
						  : "malformed EQE");
		return;
	}
	/* The HWC EQ's id comes with its first event. */
	if (d->state != MANA_DEV_FAILED && d->state != MANA_DEV_CLOSED &&
	    (eq != &d->eqs[0] || d->hwc.id_db_seen))
		mana_eq_ring(d, &eq->q, true);
}

static void eq_irq(struct rt_evfd *ev, uint64_t count)
{
	struct mana_eq *eq = rt_container_of(ev, struct mana_eq, irq);

	eq->d->st.irqs++;
	eq_process(eq->d, eq);
}

static int irq_on(struct mana_dev *d, struct mana_eq *eq, uint32_t vector)
{
	int rc;

	eq->d = d;
	eq->vector = vector;
	if (eq->irq_on)
		return 0;
	rc = rt_evfd_init(&eq->irq, d->loop, eq_irq);
	if (rc)
		return rc;
	rc = pci_irq_set(d->pci, vector, eq->irq.fd);
	if (rc) {
		rt_evfd_fini(&eq->irq);
		return rc;
	}
	rt_evfd_start(&eq->irq);
	eq->irq_on = true;
	return 0;
}

static void irq_off(struct mana_dev *d, struct mana_eq *eq)
{
	if (!eq->irq_on)
		return;
	(void)pci_irq_set(d->pci, eq->vector, -1);
	rt_evfd_fini(&eq->irq);
	eq->irq_on = false;
}

/* ------------------------------------------------------------------ */
/* The bring-up step                                                    */

static uint32_t queues_possible(const struct mana_dev *d)
{
	uint32_t n = d->opts.queues;

	n = rt_min(n, d->max_eq);
	n = rt_min(n, d->max_sq);
	n = rt_min(n, d->max_rq);
	n = rt_min(n, d->max_cq / 2);
	n = rt_min(n, d->max_msix - 1);
	n = rt_min(n, d->pci->msix_vectors - 1);
	return n;
}

static void process_init(struct mana_dev *d)
{
	int rc = 0;

	switch (d->state) {
	case MANA_DEV_INIT:
		rc = mana_hwc_alloc(d);
		if (!rc)
			rc = irq_on(d, &d->eqs[0], 0);
		if (rc)
			break;
		set_state(d, MANA_DEV_SMC_IDLE, rt_min(GDMA_SMC_POLL_MS / 1000.0, d->opts.timeout));
		/* fallthrough */
	case MANA_DEV_SMC_IDLE:
		if (!mana_smc_idle(d)) {
			rt_timer_start(&d->poll_timer, SMC_POLL_S, 0);
			return;
		}
		rc = mana_smc_establish(d);
		if (rc)
			break;
		set_state(d, MANA_DEV_SMC_ESTABLISH,
			  rt_min(GDMA_SMC_POLL_MS / 1000.0, d->opts.timeout));
		/* fallthrough */
	case MANA_DEV_SMC_ESTABLISH:
		rc = mana_smc_poll(d, GDMA_SMC_MSG_ESTABLISH_HWC);
		if (rc == 0) {
			rt_timer_start(&d->poll_timer, SMC_POLL_S, 0);
			return;
		}
		if (rc < 0)
			break;
		rc = 0;
		set_state(d, MANA_DEV_HWC_INIT, d->opts.timeout);
		/* The events may be there already (no interrupt if we missed the edge). */
		eq_process(d, &d->eqs[0]);
		if (!d->hwc.init_done || d->state != MANA_DEV_HWC_INIT)
			return;
		/* fallthrough */
	case MANA_DEV_HWC_INIT:
		if (!d->hwc.init_done)
			return;
		rc = mana_hwc_start(d);
		if (!rc) {
			d->cq_table = calloc(d->hwc.max_num_cqs, sizeof(*d->cq_table));
			rc = d->cq_table ? mana_dev_cq_register(d, d->hwc.cq.id, hwc_cq_fn, d)
					 : -ENOMEM;
		}
		if (rc)
			break;
		set_state(d, MANA_DEV_GDMA_SETUP, d->opts.timeout * 8);
		rc = gdma_setup(d);
		break;
	case MANA_DEV_GDMA_SETUP:
		if (d->setup_pending || !d->eqs[0].test_seen)
			return;
		d->neqs = queues_possible(d);
		if (!d->neqs) {
			rc = -ENOSPC;
			break;
		}
		set_state(d, MANA_DEV_CREATE_EQS, d->opts.timeout * (2 + d->neqs));
		for (uint32_t i = 1; i <= d->neqs && !rc; i++)
			rc = irq_on(d, &d->eqs[i], i);
		if (!rc)
			rc = create_eqs(d);
		break;
	case MANA_DEV_CREATE_EQS:
		if (d->setup_pending)
			return;
		for (uint32_t i = 1; i <= d->neqs; i++)
			if (!d->eqs[i].test_seen)
				return;
		set_state(d, MANA_DEV_READY, 0);
		rt_log_info(&d->lo, "ready: %u queue(s), %u vport(s), PD %u, doorbell page %u",
			    d->neqs, d->max_vports, d->pdid, d->db_id);
		notify(d);
		return;
	default:
		return;
	}
	if (rc)
		mana_dev_fail(d, rc, "bring-up failed");
}

/* ------------------------------------------------------------------ */
/* Open, recover, close                                                 */

static int read_regs(struct mana_dev *d)
{
	uint64_t bar = d->pci->bar_size[0];

	d->db_base = pci_read64(d->pci, 0, GDMA_REG_DB_PAGE_OFFSET);
	d->db_page_size = pci_read32(d->pci, 0, GDMA_REG_DB_PAGE_SIZE) & 0xffff;
	d->shm_base = pci_read64(d->pci, 0, GDMA_REG_SHM_OFFSET);
	/* The device says where things are: keep every access inside BAR0. */
	if (d->db_page_size < GDMA_DB_EQ + 8 || d->db_base >= bar ||
	    bar - d->db_base < d->db_page_size || d->shm_base % 4 || d->shm_base >= bar ||
	    bar - d->shm_base < GDMA_SMC_SIZE) {
		rt_log_err(&d->lo, "BAR0 registers refused: doorbells 0x%llx (+0x%x), SMC 0x%llx",
			   (unsigned long long)d->db_base, d->db_page_size,
			   (unsigned long long)d->shm_base);
		return -EPROTO;
	}
	return 0;
}

static void start(struct mana_dev *d)
{
	d->quiesced = false;
	set_state(d, MANA_DEV_INIT, 0);
	d->error = 0;
	/* A start function never runs its callbacks before returning. */
	rt_timer_start(&d->poll_timer, 0, 0);
}

int mana_dev_open(struct pci_dev *pci, const struct mana_dev_opts *o, struct mana_dev **out)
{
	struct mana_dev *d;
	uint64_t pool;
	int rc;

	if (!pci || !o || !o->loop || !o->log)
		return -EINVAL;
	if (pci->vendor != GDMA_VENDOR_MICROSOFT ||
	    (pci->device != GDMA_DEVICE_VF && pci->device != GDMA_DEVICE_PF) ||
	    pci->bar_size[0] < GDMA_REGMAP_SIZE || pci->msix_vectors < 2)
		return -ENODEV;
	d = calloc(1, sizeof(*d));
	if (!d)
		return -ENOMEM;
	d->opts = *o;
	if (!d->opts.queues)
		d->opts.queues = 1;
	d->opts.queues = rt_min(d->opts.queues, (uint32_t)MANA_DRV_MAX_QUEUES);
	if (!d->opts.iova_base)
		d->opts.iova_base = MANA_DRV_IOVA_BASE;
	if (d->opts.timeout <= 0)
		d->opts.timeout = 5;
	snprintf(d->name, sizeof(d->name), "%s", o->name ? o->name : "mana");
	d->opts.name = d->name;
	d->loop = o->loop;
	d->pci = pci;
	d->trace = o->trace;
	LIST_INIT(&d->vports);
	rt_log_obj_init(&d->lo, o->log, "mana[%s]", d->name);
	rt_timer_init(&d->state_timer, d->loop, state_timeout);
	rt_timer_init(&d->poll_timer, d->loop, poll_fn);
	rc = read_regs(d);
	if (rc)
		goto fail;
	pool = POOL_BASE + (uint64_t)d->opts.queues * POOL_PER_QUEUE;
	rc = pci_dma_pool_create(pci, pool, d->opts.iova_base, &d->pool);
	if (rc)
		goto fail;
	rc = pci_bus_master(pci, true);
	if (rc)
		goto fail_pool;
	rt_log_info(&d->lo, "%s %04x:%04x (%s), %u MSI-X vectors, DMA pool %llu MiB at 0x%llx",
		    pci->name, pci->vendor, pci->device, pci->backend, pci->msix_vectors,
		    (unsigned long long)(pool >> 20), (unsigned long long)d->opts.iova_base);
	start(d);
	*out = d;
	return 0;

fail_pool:
	pci_dma_pool_destroy(d->pool);
fail:
	free(d);
	return rc;
}

/* Frees what the bring-up made (the device must be quiet: after a reset). */
static void release(struct mana_dev *d)
{
	rt_timer_stop(&d->poll_timer);
	rt_timer_stop(&d->state_timer);
	mana_hwc_free(d); /* frees eqs[0].q too */
	memset(&d->hwc, 0, sizeof(d->hwc));
	for (uint32_t i = 0; i < MANA_MAX_EQS; i++) {
		irq_off(d, &d->eqs[i]);
		mana_q_free(d, &d->eqs[i].q);
		d->eqs[i] = (struct mana_eq){0};
	}
	free(d->cq_table);
	d->cq_table = NULL;
	d->neqs = d->eqs_made = 0;
	d->setup_pending = 0;
	d->registered = false;
}

int mana_dev_recover(struct mana_dev *d)
{
	struct mana_vport *v;
	int rc;

	if (d->state == MANA_DEV_CLOSED)
		return -EINVAL;
	/* Every vport must be closed by its owner first: we free them after the reset. */
	LIST_FOREACH(v, &d->vports, link)
		if (!mana_vport_zombie(v))
			return -EBUSY;
	rt_log_info(&d->lo, "recovering: function level reset");
	if (d->state != MANA_DEV_FAILED)
		mana_dev_fail(d, -ECANCELED, "recovery requested");
	rc = pci_reset(d->pci);
	if (rc)
		return rc;
	d->quiesced = true;
	while ((v = LIST_FIRST(&d->vports)))
		mana_vport_free(v);
	release(d);
	d->st.recoveries++;
	rc = pci_bus_master(d->pci, true);
	if (rc)
		return rc;
	start(d);
	return 0;
}

static int build_disable_eq(struct mana_req *r, struct mana_msg *m)
{
	struct mana_dev *d = req_dev(r);

	m->u.disable_queue_req.type = GDMA_QUEUE_TYPE_EQ;
	m->u.disable_queue_req.queue_index = d->eqs[r->arg].q.id;
	m->u.disable_queue_req.alloc_res_id_on_creation = 1;
	return 0;
}

static void done_nothing(struct mana_req *r, int err, const struct mana_msg *m)
{
}

void mana_dev_close(struct mana_dev *d)
{
	struct mana_vport *v;
	bool talk;
	double t;

	if (!d)
		return;
	t = rt_min(d->opts.timeout, 2.0);
	talk = d->hwc.up && !d->hwc.dead && d->state != MANA_DEV_FAILED;
	/* From here no failure is reported and no request completes through the loop. */
	d->state = MANA_DEV_CLOSED;
	rt_timer_stop(&d->poll_timer);
	rt_timer_stop(&d->state_timer);
	mana_hwc_abort(d, -ESHUTDOWN);
	/* An orderly goodbye while the channel works, each step bounded. */
	if (talk) {
		LIST_FOREACH(v, &d->vports, link)
			mana_vport_close_polled(v, t);
		for (uint32_t i = 1; i <= d->neqs && !d->hwc.dead; i++) {
			struct mana_req *r;

			if (!d->eqs[i].made)
				continue;
			r = mana_req_new(MANA_CODE_DISABLE_QUEUE, true, build_disable_eq,
					 done_nothing, d);
			if (r) {
				r->arg = i;
				(void)mana_hwc_call_polled(d, r, t);
			}
		}
		if (d->registered && !d->hwc.dead) {
			struct mana_req *r = mana_req_new(MANA_CODE_DEREGISTER_DEVICE, true, NULL,
							  done_nothing, d);

			if (r)
				(void)mana_hwc_call_polled(d, r, t);
		}
		if (mana_smc_destroy(d, t))
			rt_log_warn(&d->lo, "DESTROY_HWC not answered");
	}
	/* Whatever the device did or did not answer, it stops touching our memory here. */
	(void)pci_reset(d->pci);
	(void)pci_bus_master(d->pci, false);
	d->quiesced = true;
	while ((v = LIST_FIRST(&d->vports)))
		mana_vport_free(v);
	release(d);
	pci_dma_pool_destroy(d->pool);
	pci_close(d->pci);
	rt_log_info(&d->lo, "closed");
	free(d);
}

enum mana_dev_state mana_dev_state(const struct mana_dev *d)
{
	return d->state;
}

int mana_dev_error(const struct mana_dev *d)
{
	return d->error;
}

uint32_t mana_dev_queues(const struct mana_dev *d)
{
	return d->state == MANA_DEV_READY ? d->neqs : 0;
}

uint32_t mana_dev_vports(const struct mana_dev *d)
{
	return d->state == MANA_DEV_READY ? d->max_vports : 0;
}

void mana_dev_get_stats(const struct mana_dev *d, struct mana_dev_stats *out)
{
	*out = d->st;
	out->dma_used = d->pool ? pci_dma_pool_used(d->pool) : 0;
}
