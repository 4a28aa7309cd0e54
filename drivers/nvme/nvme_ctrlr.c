/*
 * The controller: initialisation as an explicit state machine (SPDK's
 * nvme_ctrlr_process_init shape: one state per step, set_state logs the
 * transition and arms the step's deadline, process_init is non-blocking
 * and runs again on every completion, kick and timer tick), resets,
 * aborts, queue pair creation and deletion, shutdown.
 *
 * Initialisation (NVM Express Base 2.0 3.5.1): if CC.EN is 1 wait for
 * CSTS.RDY = 1 and clear CC.EN; wait for CSTS.RDY = 0 (within CAP.TO);
 * program AQA/ASQ/ACQ; set CC (EN, IOSQES 6, IOCQES 4, 4 KiB pages, NVM,
 * round robin); wait for CSTS.RDY = 1 (within CAP.TO, CSTS.CFS fails it);
 * Identify Controller; Set Features Number of Queues; Identify the active
 * namespace list and each namespace; Set Features Asynchronous Event
 * Configuration and arm the Asynchronous Event Requests.
 *
 * A reset (a command timed out after its Abort, an admin command timed
 * out, CSTS.CFS, or a request) quiesces every queue pair (their commands
 * are taken back to be retried once), disables the controller, zeroes the
 * rings once CSTS.RDY = 0 (no DMA can land in them after that), runs the
 * initialisation again, re-creates every I/O queue with the same memory
 * and lets the queue pairs resubmit.
 *
 * Controller thread (c->w) unless stated.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "drivers/nvme/nvme_priv.h"
#include "runtime/util.h"

#define ADMIN_ENTRIES 32 /* as Linux's NVME_AQ_DEPTH */
#define STEP_TICK 0.002  /* seconds between register polls while waiting */
#define WATCHDOG 1.0     /* seconds between CSTS checks */

static const char *const state_names[NVME_CS_COUNT] = {
	[NVME_CS_INIT] = "init",
	[NVME_CS_DISABLE_WAIT_RDY_1] = "disable_wait_for_ready_1",
	[NVME_CS_DISABLE] = "disable",
	[NVME_CS_DISABLE_WAIT_RDY_0] = "disable_wait_for_ready_0",
	[NVME_CS_ENABLE] = "enable",
	[NVME_CS_ENABLE_WAIT_RDY_1] = "enable_wait_for_ready_1",
	[NVME_CS_IDENTIFY] = "identify_controller",
	[NVME_CS_SET_NUM_QUEUES] = "set_number_of_queues",
	[NVME_CS_IDENTIFY_NS_LIST] = "identify_active_ns_list",
	[NVME_CS_IDENTIFY_NS] = "identify_namespaces",
	[NVME_CS_CONFIGURE_AER] = "configure_async_events",
	[NVME_CS_CREATE_IO_QUEUES] = "create_io_queues",
	[NVME_CS_READY] = "ready",
	[NVME_CS_RESET_QUIESCE] = "reset_quiesce",
	[NVME_CS_RESET_RINGS] = "reset_rings",
	[NVME_CS_FAILED] = "failed",
};

uint64_t nvme_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t nvme_sq_doorbell(const struct nvme_ctrlr *c, uint16_t qid)
{
	return NVME_DOORBELL_BASE + (uint64_t)(2u * qid) * c->dstrd;
}

uint64_t nvme_cq_doorbell(const struct nvme_ctrlr *c, uint16_t qid)
{
	return NVME_DOORBELL_BASE + (uint64_t)(2u * qid + 1) * c->dstrd;
}

static uint32_t csts(struct nvme_ctrlr *c)
{
	return pci_read32(c->pci, 0, NVME_REGS_CSTS_OFFSET);
}

static void set_state(struct nvme_ctrlr *c, enum nvme_ctrlr_state st, uint32_t timeout_ms)
{
	rt_log_dbg(&c->lo, "state %s -> %s (timeout %u ms)", state_names[c->state], state_names[st],
		   timeout_ms);
	c->state = st;
	c->state_deadline = timeout_ms ? nvme_now_ns() + (uint64_t)timeout_ms * 1000000u : 0;
	rt_timer_start(&c->step_t, STEP_TICK, 0);
}

static void process_init(struct nvme_ctrlr *c);
static void jobs_run(struct nvme_ctrlr *c);

/* Wakes the waiters of open/reset. Under nothing; takes the lock. */
static void sync_signal(struct nvme_ctrlr *c, int rc)
{
	pthread_mutex_lock(&c->lock);
	c->ready_sync = true;
	c->sync_rc = rc;
	pthread_cond_broadcast(&c->cond);
	pthread_mutex_unlock(&c->lock);
}

static void fail(struct nvme_ctrlr *c, int err, const char *why)
{
	struct nvme_qpair *q;

	rt_log_err(&c->lo, "controller failed in %s: %s (%s)", state_names[c->state], why,
		   strerror(-err));
	c->init_err = err;
	c->state = NVME_CS_FAILED;
	c->resetting = false;
	rt_timer_stop(&c->step_t);
	nvme_qpair_ctl(c->aq, QP_CTL_FAIL);
	pthread_mutex_lock(&c->lock);
	TAILQ_FOREACH(q, &c->qpairs, link)
		nvme_qpair_ctl(q, QP_CTL_FAIL);
	c->resets_done++;
	pthread_mutex_unlock(&c->lock);
	sync_signal(c, err);
	jobs_run(c);
}

/* ---- init step commands ----------------------------------------------------------- */

static void init_cmd_done(struct nvme_admin *a)
{
	struct nvme_ctrlr *c = a->ctx;

	c->init_cmd_busy = false;
	process_init(c);
}

static void init_submit(struct nvme_ctrlr *c)
{
	c->init_cmd.cb = init_cmd_done;
	c->init_cmd.ctx = c;
	c->init_cmd_busy = true;
	nvme_admin_submit(c, &c->init_cmd);
}

/* The step's command finished: 1 ok, 0 still running, -1 failed (the controller is failed). */
static int init_cmd_result(struct nvme_ctrlr *c, const char *what)
{
	char why[96];

	if (c->init_cmd_busy)
		return 0;
	if (c->init_cmd.err) {
		snprintf(why, sizeof(why), "%s: %s (sct %u sc 0x%02x)", what,
			 c->init_cmd.err == -EIO ? "device status" : strerror(-c->init_cmd.err),
			 c->init_cmd.cqe.sct, c->init_cmd.cqe.sc);
		fail(c, c->init_cmd.err == -ECANCELED ? -EIO : c->init_cmd.err, why);
		return -1;
	}
	return 1;
}

/* ---- capabilities --------------------------------------------------------------------- */

static int check_cap(struct nvme_ctrlr *c)
{
	uint64_t cap = pci_read64(c->pci, 0, NVME_REGS_CAP_OFFSET);
	const char *why = NULL;
	int rc = nvme_cap_parse(cap, c->pci->bar_size[0], c->o.io_queues, &c->dstrd, &c->to_ms,
				&c->info.max_entries, &why);

	if (rc) {
		rt_log_err(&c->lo, "CAP 0x%016llx: %s", (unsigned long long)cap, why);
		return rc;
	}
	c->cap = cap;
	c->info.version = pci_read32(c->pci, 0, NVME_REGS_VS_OFFSET);
	return 0;
}

static uint32_t cc_value(void)
{
	return NVME_REGS_EN_MASK | (uint32_t)NVME_SQES_LOG2 << NVME_REGS_IOSQES_SHIFT |
	       (uint32_t)NVME_CQES_LOG2 << NVME_REGS_IOCQES_SHIFT;
}

/* ---- the machine ------------------------------------------------------------------------ */

static bool late(struct nvme_ctrlr *c)
{
	return c->state_deadline && nvme_now_ns() > c->state_deadline;
}

static void ack_all(struct nvme_ctrlr *c, unsigned req)
{
	struct nvme_qpair *q;

	pthread_mutex_lock(&c->lock);
	c->acks = 0;
	c->acks_wanted = 0;
	TAILQ_FOREACH(q, &c->qpairs, link)
		c->acks_wanted++;
	TAILQ_FOREACH(q, &c->qpairs, link)
		nvme_qpair_ctl(q, req);
	pthread_mutex_unlock(&c->lock);
}

static bool acked(struct nvme_ctrlr *c)
{
	bool done;

	pthread_mutex_lock(&c->lock);
	done = c->acks >= c->acks_wanted;
	pthread_mutex_unlock(&c->lock);
	return done;
}

/* The next queue pair to re-create after q_step, or NULL. */
static struct nvme_qpair *qpair_at(struct nvme_ctrlr *c, unsigned idx)
{
	struct nvme_qpair *q;
	unsigned i = 0;

	pthread_mutex_lock(&c->lock);
	TAILQ_FOREACH(q, &c->qpairs, link)
		if (i++ == idx)
			break;
	pthread_mutex_unlock(&c->lock);
	return q;
}

static void ready(struct nvme_ctrlr *c)
{
	bool was_reset = c->resetting;

	set_state(c, NVME_CS_READY, 0);
	rt_timer_stop(&c->step_t);
	if (was_reset) {
		c->resetting = false;
		/* Counted before the queue pairs resume: their completions may be seen at once. */
		atomic_fetch_add(&c->stats.resets, 1);
		ack_all(c, QP_CTL_RESUME);
		pthread_mutex_lock(&c->lock);
		c->resets_done++;
		pthread_cond_broadcast(&c->cond);
		pthread_mutex_unlock(&c->lock);
		rt_log_info(&c->lo, "reset done: %u I/O queue pairs re-created", c->q_step);
	} else {
		rt_log_info(&c->lo,
			    "%s: %s %s fw %s, NVMe %u.%u, %u I/O queue pairs of up to %u entries, "
			    "max transfer %u KiB, %s, %u namespace(s)",
			    c->adopting ? "adopted without a reset (keep-alive)" : "ready",
			    c->info.mn, c->info.sn, c->info.fr, c->info.version >> 16,
			    (c->info.version >> 8) & 0xFF, c->info.io_queues, c->info.max_entries,
			    c->info.max_xfer >> 10, c->info.sgl ? "SGLs" : "PRPs only", c->nns);
		c->adopting = false;
		sync_signal(c, 0);
	}
	jobs_run(c);
}

static void process_init(struct nvme_ctrlr *c)
{
	uint32_t s;
	int rc;

	for (;;) {
		enum nvme_ctrlr_state before = c->state;

		switch (c->state) {
		case NVME_CS_INIT:
			if ((rc = check_cap(c))) {
				fail(c, rc, "capabilities");
				return;
			}
			if (c->adopting) {
				const char *why = nvme_keep_regs_check(c);

				/* Keep-alive: no CC.EN toggle; the admin queue runs on as saved. */
				if (why) {
					fail(c, -EIO, why);
					return;
				}
				nvme_qpair_ctl(c->aq, QP_CTL_RESUME);
				set_state(c, NVME_CS_IDENTIFY, c->o.admin_timeout_ms);
				nvme_admin_identify(&c->init_cmd, NVME_CNS_CONTROLLER, 0);
				init_submit(c);
				break;
			}
			s = csts(c);
			if (pci_read32(c->pci, 0, NVME_REGS_CC_OFFSET) & NVME_REGS_EN_MASK)
				set_state(c,
					  (s & NVME_REGS_RDY_MASK) ? NVME_CS_DISABLE
								   : NVME_CS_DISABLE_WAIT_RDY_1,
					  c->to_ms);
			else
				set_state(c, NVME_CS_DISABLE_WAIT_RDY_0, c->to_ms);
			break;
		case NVME_CS_DISABLE_WAIT_RDY_1:
			/* Clearing EN while the controller is still enabling is undefined. */
			s = csts(c);
			if (s == UINT32_MAX) {
				fail(c, -ENODEV, "CSTS reads all ones");
				return;
			}
			if (s & (NVME_REGS_RDY_MASK | NVME_REGS_CFS_MASK))
				set_state(c, NVME_CS_DISABLE, c->to_ms);
			else if (late(c)) {
				fail(c, -ETIMEDOUT, "CSTS.RDY never became 1 before disabling");
				return;
			}
			break;
		case NVME_CS_DISABLE:
			pci_write32(c->pci, 0, NVME_REGS_CC_OFFSET,
				    pci_read32(c->pci, 0, NVME_REGS_CC_OFFSET) &
					    ~NVME_REGS_EN_MASK);
			set_state(c, NVME_CS_DISABLE_WAIT_RDY_0, c->to_ms);
			break;
		case NVME_CS_DISABLE_WAIT_RDY_0:
			s = csts(c);
			if (s == UINT32_MAX) {
				fail(c, -ENODEV, "CSTS reads all ones");
				return;
			}
			if (!(s & NVME_REGS_RDY_MASK)) {
				if (c->resetting) {
					/* No DMA can reach the rings now: have them zeroed. */
					nvme_qpair_ctl(c->aq, QP_CTL_RESET);
					ack_all(c, QP_CTL_RESET);
					set_state(c, NVME_CS_RESET_RINGS, 10000);
				} else {
					set_state(c, NVME_CS_ENABLE, 0);
				}
			} else if (late(c)) {
				fail(c, -ETIMEDOUT, "CSTS.RDY did not clear within CAP.TO");
				return;
			}
			break;
		case NVME_CS_RESET_RINGS:
			if (acked(c))
				set_state(c, NVME_CS_ENABLE, 0);
			else if (late(c)) {
				fail(c, -ETIMEDOUT, "queue pairs did not answer the reset");
				return;
			}
			break;
		case NVME_CS_ENABLE:
			nvme_qpair_ring_reset(c->aq);
			pci_write32(c->pci, 0, NVME_REGS_AQA_OFFSET,
				    (ADMIN_ENTRIES - 1) << NVME_REGS_ASQS_SHIFT |
					    (ADMIN_ENTRIES - 1) << NVME_REGS_ACQS_SHIFT);
			pci_write64(c->pci, 0, NVME_REGS_ASQ_OFFSET, c->aq->st.sq_iova);
			pci_write64(c->pci, 0, NVME_REGS_ACQ_OFFSET, c->aq->st.cq_iova);
			pci_write32(c->pci, 0, NVME_REGS_CC_OFFSET, cc_value());
			set_state(c, NVME_CS_ENABLE_WAIT_RDY_1, c->to_ms);
			break;
		case NVME_CS_ENABLE_WAIT_RDY_1:
			s = csts(c);
			if (s == UINT32_MAX) {
				fail(c, -ENODEV, "CSTS reads all ones");
				return;
			}
			if (s & NVME_REGS_CFS_MASK) {
				fail(c, -EIO, "controller fatal status while enabling");
				return;
			}
			if (s & NVME_REGS_RDY_MASK) {
				/* The admin queue may run now (commands held over a reset go first). */
				nvme_qpair_ctl(c->aq, QP_CTL_RESUME);
				set_state(c, NVME_CS_IDENTIFY, c->o.admin_timeout_ms);
				nvme_admin_identify(&c->init_cmd, NVME_CNS_CONTROLLER, 0);
				init_submit(c);
			} else if (late(c)) {
				fail(c, -ETIMEDOUT, "CSTS.RDY did not become 1 within CAP.TO");
				return;
			}
			break;
		case NVME_CS_IDENTIFY: {
			uint16_t want = c->o.io_queues;

			if ((rc = init_cmd_result(c, "Identify Controller")) <= 0)
				return;
			if ((rc = nvme_parse_id_ctrl(c, c->init_cmd.data.va))) {
				fail(c, rc, "Identify Controller data");
				return;
			}
			if (c->adopting) {
				const char *why = nvme_keep_ident_check(c);

				if (why) {
					fail(c, -EIO, why);
					return;
				}
				/* The queue count was negotiated before: Set Features would be refused now. */
				set_state(c, NVME_CS_IDENTIFY_NS_LIST, c->o.admin_timeout_ms);
				nvme_admin_identify(&c->init_cmd, NVME_CNS_ACTIVE_NS_LIST, 0);
				init_submit(c);
				break;
			}
			set_state(c, NVME_CS_SET_NUM_QUEUES, c->o.admin_timeout_ms);
			nvme_admin_features(&c->init_cmd, true, NVME_FEATURE_NUMBER_OF_QUEUES,
					    (uint32_t)(want - 1) | (uint32_t)(want - 1) << 16);
			init_submit(c);
			break;
		}
		case NVME_CS_SET_NUM_QUEUES: {
			struct nvme_num_queues nq;
			uint32_t n;

			if ((rc = init_cmd_result(c, "Set Features Number of Queues")) <= 0)
				return;
			nvme_num_queues_decode(&c->init_cmd.cqe.dw0, 4, NULL, &nq);
			n = rt_min((uint32_t)nq.nsq + 1, (uint32_t)nq.ncq + 1);
			n = rt_min(n, (uint32_t)c->o.io_queues);
			n = rt_min(n, c->pci->msix_vectors ? c->pci->msix_vectors - 1 : 0);
			if (!n) {
				fail(c, -EIO, "no I/O queue (or MSI-X vector) available");
				return;
			}
			if (c->resetting && n < c->info.io_queues) {
				fail(c, -EIO, "fewer I/O queues after the reset");
				return;
			}
			c->info.io_queues = (uint16_t)n;
			set_state(c, NVME_CS_IDENTIFY_NS_LIST, c->o.admin_timeout_ms);
			nvme_admin_identify(&c->init_cmd, NVME_CNS_ACTIVE_NS_LIST, 0);
			init_submit(c);
			break;
		}
		case NVME_CS_IDENTIFY_NS_LIST: {
			uint8_t raw[NVME_IDENTIFY_DATA_SIZE];
			uint32_t last = 0;

			if ((rc = init_cmd_result(c, "Identify active namespace list")) <= 0)
				return;
			memcpy(raw, c->init_cmd.data.va, sizeof(raw));
			c->ns_list_n = 0;
			for (unsigned i = 0; i < sizeof(raw) / 4 && c->ns_list_n < NVME_MAX_NS;
			     i++) {
				uint32_t nsid = pv_get_u32(&raw[i * 4]);

				if (!nsid)
					break;
				if (nsid <= last || nsid >= 0xFFFFFFFEu || nsid > c->info.nn) {
					fail(c, -EIO,
					     "active namespace list out of order or range");
					return;
				}
				c->ns_list[c->ns_list_n++] = last = nsid;
			}
			c->ns_step = 0;
			pthread_mutex_lock(&c->lock);
			c->nns = 0;
			pthread_mutex_unlock(&c->lock);
			set_state(c, NVME_CS_IDENTIFY_NS, c->o.admin_timeout_ms);
			if (c->ns_list_n) {
				nvme_admin_identify(&c->init_cmd, NVME_CNS_NAMESPACE,
						    c->ns_list[0]);
				init_submit(c);
			}
			break;
		}
		case NVME_CS_IDENTIFY_NS:
			if (c->ns_step < c->ns_list_n) {
				struct nvme_ns_info ns;

				if ((rc = init_cmd_result(c, "Identify Namespace")) <= 0)
					return;
				rc = nvme_parse_id_ns(c, c->ns_list[c->ns_step],
						      c->init_cmd.data.va, &ns);
				if (rc == -EIO) {
					fail(c, rc, "Identify Namespace data");
					return;
				}
				if (!rc) {
					pthread_mutex_lock(&c->lock);
					c->ns[c->nns++] = ns;
					pthread_mutex_unlock(&c->lock);
				}
				if (++c->ns_step < c->ns_list_n) {
					set_state(c, NVME_CS_IDENTIFY_NS, c->o.admin_timeout_ms);
					nvme_admin_identify(&c->init_cmd, NVME_CNS_NAMESPACE,
							    c->ns_list[c->ns_step]);
					init_submit(c);
					return;
				}
			}
			if (c->adopting) {
				/* Event configuration and the AERs are the device's already. */
				ready(c);
				return;
			}
			set_state(c, NVME_CS_CONFIGURE_AER, c->o.admin_timeout_ms);
			nvme_admin_features(&c->init_cmd, true, NVME_FEATURE_ASYNC_EVENT_CONFIG,
					    NVME_ASYNC_EVENT_CONFIG_NS_ATTRIBUTE);
			init_submit(c);
			break;
		case NVME_CS_CONFIGURE_AER:
			if (c->init_cmd_busy)
				return;
			/* A controller without namespace notices refuses it: not fatal. */
			if (c->init_cmd.err && c->init_cmd.err != -EIO) {
				init_cmd_result(c, "Set Features Asynchronous Event Configuration");
				return;
			}
			nvme_aer_arm(c);
			if (c->resetting) {
				c->q_step = 0;
				c->q_sq_step = false;
				set_state(c, NVME_CS_CREATE_IO_QUEUES, c->o.admin_timeout_ms);
				break;
			}
			ready(c);
			return;
		case NVME_CS_CREATE_IO_QUEUES: {
			struct nvme_qpair *q;

			if (c->init_cmd_busy)
				return;
			if (c->q_step || c->q_sq_step) {
				if ((rc = init_cmd_result(c, "re-creating an I/O queue")) <= 0)
					return;
			}
			q = qpair_at(c, c->q_step);
			if (!q) {
				ready(c);
				return;
			}
			if (!c->q_sq_step) {
				nvme_admin_create_cq(&c->init_cmd, &q->st);
				c->q_sq_step = true;
			} else {
				nvme_admin_create_sq(&c->init_cmd, &q->st);
				c->q_sq_step = false;
				c->q_step++;
			}
			set_state(c, NVME_CS_CREATE_IO_QUEUES, c->o.admin_timeout_ms);
			init_submit(c);
			return;
		}
		case NVME_CS_RESET_QUIESCE:
			if (acked(c)) {
				set_state(c, NVME_CS_DISABLE, c->to_ms);
			} else if (late(c)) {
				fail(c, -ETIMEDOUT, "queue pairs did not stop for the reset");
				return;
			}
			break;
		case NVME_CS_READY:
		case NVME_CS_FAILED:
		case NVME_CS_COUNT:
			return;
		}
		if (c->state == before) {
			/* Waiting: a command completes, or the tick polls a register. */
			if (c->state_deadline && late(c) && c->init_cmd_busy) {
				fail(c, -ETIMEDOUT, "admin command timed out");
				return;
			}
			rt_timer_start(&c->step_t, STEP_TICK, 0);
			return;
		}
	}
}

/* ---- resets and aborts ---------------------------------------------------------------- */

static void reset_start(struct nvme_ctrlr *c, const char *why)
{
	if (c->resetting || c->state == NVME_CS_FAILED || c->closing)
		return;
	if (c->state != NVME_CS_READY) {
		/* During initialisation a failure fails the open instead. */
		fail(c, -EIO, why);
		return;
	}
	rt_log_warn(&c->lo, "resetting the controller: %s", why);
	c->resetting = true;
	c->q_step = 0;
	nvme_qpair_ctl(c->aq, QP_CTL_QUIESCE);
	ack_all(c, QP_CTL_QUIESCE);
	set_state(c, NVME_CS_RESET_QUIESCE, 10000);
	process_init(c);
}

static void abort_done(struct nvme_admin *a)
{
	struct nvme_ctrlr *c = a->ctx;

	if (!a->err)
		rt_log_rl(&c->lo, RT_LOG_WARN, "Abort: command %s",
			  (a->cqe.dw0 & 1) ? "not aborted" : "aborted");
	free(a);
}

static void send_abort(struct nvme_ctrlr *c, uint16_t qid, uint16_t cid)
{
	struct nvme_admin *a = calloc(1, sizeof(*a));

	if (!a) {
		reset_start(c, "no memory for an Abort");
		return;
	}
	nvme_admin_abort(a, qid, cid);
	a->cb = abort_done;
	a->ctx = c;
	atomic_fetch_add(&c->stats.aborts, 1);
	nvme_admin_submit(c, a);
}

static void step_fired(struct rt_timer *t)
{
	struct nvme_ctrlr *c = rt_container_of(t, struct nvme_ctrlr, step_t);

	process_init(c);
}

static void watchdog(struct rt_timer *t)
{
	struct nvme_ctrlr *c = rt_container_of(t, struct nvme_ctrlr, wd_t);
	uint32_t s;

	if (c->state != NVME_CS_READY || c->closing)
		return;
	s = csts(c);
	if (s == UINT32_MAX)
		fail(c, -ENODEV, "CSTS reads all ones: the device is gone");
	else if (s & NVME_REGS_CFS_MASK)
		reset_start(c, "controller fatal status (CSTS.CFS)");
}

static void kick_fn(struct rt_work *wk)
{
	struct nvme_ctrlr *c = rt_container_of(wk, struct nvme_ctrlr, kick);
	struct {
		uint16_t qid, cid;
	} ab[32];
	unsigned n;
	bool reset;
	char why[64];

	pthread_mutex_lock(&c->lock);
	reset = c->reset_req;
	c->reset_req = false;
	memcpy(why, c->reset_why, sizeof(why));
	n = c->naborts;
	memcpy(ab, c->aborts, sizeof(ab[0]) * n);
	c->naborts = 0;
	pthread_mutex_unlock(&c->lock);
	if (reset)
		reset_start(c, why);
	for (unsigned i = 0; i < n && c->state == NVME_CS_READY; i++)
		send_abort(c, ab[i].qid, ab[i].cid);
	process_init(c);
	jobs_run(c);
}

void nvme_ctrlr_kick(struct nvme_ctrlr *c)
{
	rt_worker_call(&c->w, &c->kick, kick_fn);
}

void nvme_ctrlr_request_reset(struct nvme_ctrlr *c, const char *why)
{
	pthread_mutex_lock(&c->lock);
	if (!c->reset_req) {
		c->reset_req = true;
		snprintf(c->reset_why, sizeof(c->reset_why), "%s", why);
	}
	pthread_mutex_unlock(&c->lock);
	nvme_ctrlr_kick(c);
}

void nvme_ctrlr_request_abort(struct nvme_ctrlr *c, uint16_t qid, uint16_t cid)
{
	bool full;

	pthread_mutex_lock(&c->lock);
	full = c->naborts == RT_ARRAY_SIZE(c->aborts);
	if (!full) {
		c->aborts[c->naborts].qid = qid;
		c->aborts[c->naborts++].cid = cid;
	}
	pthread_mutex_unlock(&c->lock);
	if (full)
		nvme_ctrlr_request_reset(c, "too many commands timed out");
	else
		nvme_ctrlr_kick(c);
}

void nvme_ctrlr_ack(struct nvme_ctrlr *c)
{
	pthread_mutex_lock(&c->lock);
	c->acks++;
	pthread_mutex_unlock(&c->lock);
	nvme_ctrlr_kick(c);
}

/* ---- jobs: queue pairs' queues --------------------------------------------------------- */

static void job_finish(struct nvme_ctrlr *c, struct nvme_job *j, int rc)
{
	pthread_mutex_lock(&c->lock);
	TAILQ_REMOVE(&c->jobs, j, link);
	if (j->create && !rc)
		TAILQ_INSERT_TAIL(&c->qpairs, j->q, link);
	j->rc = rc;
	j->done = true;
	pthread_cond_broadcast(&c->cond);
	pthread_mutex_unlock(&c->lock);
	c->job = NULL;
}

static void job_cmd_done(struct nvme_admin *a)
{
	struct nvme_job *j = a->ctx;
	struct nvme_ctrlr *c = j->q->c;

	c->job = NULL;
	if (a->err == -ECANCELED) {
		/* A reset came in between: a creation starts over once ready; what a
		 * deletion wanted gone is gone (the reset did not re-create it). */
		if (j->create)
			j->step = 0;
		else
			job_finish(c, j, 0);
	} else if (a->err && j->create) {
		rt_log_warn(&c->lo, "queue %u: creation failed: %s (sct %u sc 0x%02x)",
			    j->q->st.qid, strerror(-a->err), a->cqe.sct, a->cqe.sc);
		job_finish(c, j, a->err);
	} else {
		if (a->err)
			rt_log_warn(&c->lo, "queue %u: deletion failed: %s (sct %u sc 0x%02x)",
				    j->q->st.qid, strerror(-a->err), a->cqe.sct, a->cqe.sc);
		j->step++;
	}
	jobs_run(c);
}

/* One job at a time, one admin command at a time, only while ready. */
static void jobs_run(struct nvme_ctrlr *c)
{
	struct nvme_job *j;

	while (!c->job) {
		pthread_mutex_lock(&c->lock);
		j = TAILQ_FIRST(&c->jobs);
		pthread_mutex_unlock(&c->lock);
		if (!j)
			return;
		if (c->state == NVME_CS_FAILED || c->closing) {
			job_finish(c, j, j->create ? -ENODEV : 0);
			continue;
		}
		if (c->state != NVME_CS_READY)
			return;
		if (j->step >= 2) {
			job_finish(c, j, 0);
			continue;
		}
		if (j->create)
			(j->step == 0 ? nvme_admin_create_cq : nvme_admin_create_sq)(&j->cmd,
										     &j->q->st);
		else
			nvme_admin_delete_q(&j->cmd, j->step == 0, j->q->st.qid);
		j->cmd.cb = job_cmd_done;
		j->cmd.ctx = j;
		c->job = j;
		nvme_admin_submit(c, &j->cmd);
	}
}

/* Hands a job to the controller's thread and waits for it. */
static int job_wait(struct nvme_ctrlr *c, bool create, struct nvme_qpair *q)
{
	struct nvme_job j = {.create = create, .q = q};

	pthread_mutex_lock(&c->lock);
	if (!create)
		TAILQ_REMOVE(&c->qpairs, q, link);
	TAILQ_INSERT_TAIL(&c->jobs, &j, link);
	pthread_mutex_unlock(&c->lock);
	nvme_ctrlr_kick(c);
	pthread_mutex_lock(&c->lock);
	while (!j.done)
		pthread_cond_wait(&c->cond, &c->lock);
	pthread_mutex_unlock(&c->lock);
	return j.rc;
}

int nvme_qpair_create(struct nvme_ctrlr *c, struct ev_loop *loop, uint32_t depth, bool bounce,
		      struct nvme_qpair **out)
{
	struct nvme_qpair *q;
	struct nvme_kept_q *kept = NULL;
	uint16_t qid = 0;
	int rc;

	rt_loop_assert_thread(loop);
	if (!depth)
		depth = c->o.io_depth;
	depth = rt_min(rt_max(depth, (uint32_t)NVME_QUEUE_MIN_ENTRIES), c->info.max_entries);
	depth = rt_min(depth, 4096u);
	pthread_mutex_lock(&c->lock);
	if (c->state == NVME_CS_FAILED) {
		pthread_mutex_unlock(&c->lock);
		return -ENODEV;
	}
	for (uint16_t i = 1; i <= c->info.io_queues && i < 64; i++) {
		if (!(c->qid_used & (1ull << i))) {
			qid = i;
			c->qid_used |= 1ull << i;
			break;
		}
	}
	pthread_mutex_unlock(&c->lock);
	if (!qid)
		return -ENOSPC;
	for (unsigned i = 0; i < c->nkept && !kept; i++)
		if (!c->kept[i].taken)
			kept = &c->kept[i];
	if (kept) {
		/* Keep-alive: the device has this queue pair already, maybe with commands out. */
		if (kept->size != depth || kept->bounce != bounce) {
			rt_log_err(&c->lo,
				   "saved I/O queue %u has %u entries%s; %u%s asked for now",
				   kept->qid, kept->size, kept->bounce ? " (bounce)" : "", depth,
				   bounce ? " (bounce)" : "");
			rc = -EINVAL;
			goto fail_alloc;
		}
		pthread_mutex_lock(&c->lock);
		c->qid_used &= ~(1ull << qid);
		qid = kept->qid;
		c->qid_used |= 1ull << qid;
		pthread_mutex_unlock(&c->lock);
		kept->taken = true;
		rc = nvme_qpair_adopt(c, loop, kept, &q);
	} else {
		rc = nvme_qpair_alloc(c, loop, qid, depth, false, bounce, &q);
	}
	if (rc)
		goto fail_alloc;
	rc = nvme_qpair_start(q);
	if (rc)
		goto fail_start;
	if (kept) {
		pthread_mutex_lock(&c->lock);
		TAILQ_INSERT_TAIL(&c->qpairs, q, link);
		pthread_mutex_unlock(&c->lock);
		rt_log_info(&q->lo,
			    "I/O queue pair taken over: %u entries, vector %u, %u commands "
			    "in flight",
			    depth, q->st.vector, q->outstanding);
		*out = q;
		return 0;
	}
	rc = job_wait(c, true, q);
	if (rc)
		goto fail_start;
	rt_log_info(&q->lo, "I/O queue pair: %u entries, vector %u%s", depth, q->st.vector,
		    bounce ? ", bounce buffers" : "");
	*out = q;
	return 0;

fail_start:
	nvme_qpair_free(q);
fail_alloc:
	pthread_mutex_lock(&c->lock);
	c->qid_used &= ~(1ull << qid);
	pthread_mutex_unlock(&c->lock);
	return rc;
}

void nvme_qpair_destroy(struct nvme_qpair *q)
{
	struct nvme_ctrlr *c;
	uint16_t qid;

	if (!q)
		return;
	c = q->c;
	qid = q->st.qid;
	rt_loop_assert_thread(q->loop);
	job_wait(c, false, q);
	/* Anything the device never answered (it is deleted now) ends here. */
	nvme_qpair_fail_all(q, -ECANCELED);
	nvme_qpair_free(q);
	pthread_mutex_lock(&c->lock);
	c->qid_used &= ~(1ull << qid);
	pthread_mutex_unlock(&c->lock);
}

/* ---- open and close ------------------------------------------------------------------------ */

struct ctl_sync {
	struct rt_work wk;
	struct nvme_ctrlr *c;
	int (*fn)(struct nvme_ctrlr *c);
	int rc;
	bool done;
};

static void ctl_sync_fn(struct rt_work *wk)
{
	struct ctl_sync *s = rt_container_of(wk, struct ctl_sync, wk);
	int rc = s->fn(s->c);

	pthread_mutex_lock(&s->c->lock);
	s->rc = rc;
	s->done = true;
	pthread_cond_broadcast(&s->c->cond);
	pthread_mutex_unlock(&s->c->lock);
}

static int ctl_sync(struct nvme_ctrlr *c, int (*fn)(struct nvme_ctrlr *c))
{
	struct ctl_sync s = {.c = c, .fn = fn};
	int rc = rt_worker_call(&c->w, &s.wk, ctl_sync_fn);

	if (rc)
		return rc;
	pthread_mutex_lock(&c->lock);
	while (!s.done)
		pthread_cond_wait(&c->cond, &c->lock);
	pthread_mutex_unlock(&c->lock);
	return s.rc;
}

static int start_fn(struct nvme_ctrlr *c)
{
	int rc = nvme_qpair_start(c->aq);

	if (rc)
		return rc;
	rt_timer_init(&c->step_t, c->w.loop, step_fired);
	rt_timer_init(&c->wd_t, c->w.loop, watchdog);
	rt_timer_start(&c->wd_t, WATCHDOG, WATCHDOG);
	c->state = NVME_CS_INIT;
	process_init(c);
	return 0;
}

static int stop_fn(struct nvme_ctrlr *c)
{
	c->closing = true;
	rt_timer_stop(&c->step_t);
	rt_timer_stop(&c->wd_t);
	nvme_qpair_fail_all(c->aq, -ECANCELED);
	nvme_qpair_free(c->aq);
	c->aq = NULL;
	return 0;
}

static void ctrlr_free(struct nvme_ctrlr *c)
{
	nvme_keep_free(c);
	if (c->w.running)
		ctl_sync(c, stop_fn);
	rt_worker_stop(&c->w);
	if (c->init_cmd.data.len)
		pci_dma_free(c->pool, &c->init_cmd.data);
	if (c->nsck.data.len)
		pci_dma_free(c->pool, &c->nsck.data);
	pci_dma_pool_destroy(c->pool);
	if (c->pci) {
		pci_bus_master(c->pci, false);
		pci_close(c->pci);
	}
	pthread_mutex_destroy(&c->lock);
	pthread_cond_destroy(&c->cond);
	free(c);
}

struct pci_dev *nvme_ctrlr_keep_abandon(struct nvme_ctrlr *c)
{
	struct pci_dev *pci = c->pci;
	struct nvme_qpair *q;

	/* As an exec would: no register is written, no queue deleted, no callback run. */
	while ((q = TAILQ_FIRST(&c->qpairs))) {
		TAILQ_REMOVE(&c->qpairs, q, link);
		nvme_qpair_free(q);
	}
	if (c->w.running)
		ctl_sync(c, stop_fn);
	rt_worker_stop(&c->w);
	nvme_keep_free(c);
	pci_dma_pool_forget(c->pool);
	pthread_mutex_destroy(&c->lock);
	pthread_cond_destroy(&c->cond);
	free(c);
	return pci;
}

/* The controller object from the options (pci closed on failure). */
static struct nvme_ctrlr *ctrlr_new(const struct nvme_ctrlr_opts *o)
{
	struct nvme_ctrlr *c = calloc(1, sizeof(*c));

	if (!c) {
		pci_close(o->pci);
		return NULL;
	}
	c->o = *o;
	c->pci = o->pci;
	snprintf(c->name, sizeof(c->name), "%s", o->name ? o->name : "nvme");
	c->o.name = c->name;
	if (!c->o.dma_bytes)
		c->o.dma_bytes = 32u << 20;
	if (!c->o.dma_iova)
		c->o.dma_iova = 1ull << 32;
	if (!c->o.io_queues)
		c->o.io_queues = 4;
	c->o.io_queues = rt_min(c->o.io_queues, (uint16_t)63);
	if (!c->o.io_depth)
		c->o.io_depth = 256;
	if (!c->o.admin_timeout_ms)
		c->o.admin_timeout_ms = 10000;
	if (!c->o.io_timeout_ms)
		c->o.io_timeout_ms = 30000;
	if (!c->o.abort_timeout_ms)
		c->o.abort_timeout_ms = 5000;
	rt_log_obj_init(&c->lo, o->log, "%s", c->name);
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->cond, NULL);
	TAILQ_INIT(&c->qpairs);
	TAILQ_INIT(&c->jobs);
	c->info.max_xfer = NVME_PAGE; /* until Identify says */
	return c;
}

/* The admin queue pair, the worker, the machine; waits for ready. */
static int ctrlr_run(struct nvme_ctrlr *c)
{
	int rc;

	if ((rc = pci_bus_master(c->pci, true)))
		return rc;
	rc = rt_worker_start(&c->w, c->name);
	if (rc)
		return rc;
	if (c->adopting)
		rc = nvme_qpair_adopt(c, c->w.loop, &c->kept_aq, &c->aq);
	else
		rc = nvme_qpair_alloc(c, c->w.loop, 0, ADMIN_ENTRIES, true, false, &c->aq);
	if (rc)
		return rc;
	rc = ctl_sync(c, start_fn);
	if (rc)
		return rc;
	pthread_mutex_lock(&c->lock);
	while (!c->ready_sync)
		pthread_cond_wait(&c->cond, &c->lock);
	rc = c->sync_rc;
	pthread_mutex_unlock(&c->lock);
	return rc;
}

int nvme_ctrlr_open(const struct nvme_ctrlr_opts *o, struct nvme_ctrlr **out)
{
	struct nvme_ctrlr *c;
	int rc;

	if (!o || !o->log || !o->pci || !out)
		return -EINVAL;
	c = ctrlr_new(o);
	if (!c)
		return -ENOMEM;
	if (c->pci->bar_size[0] < NVME_DOORBELL_BASE + 8) {
		rt_log_err(&c->lo, "BAR0 of %llu bytes holds no doorbells",
			   (unsigned long long)c->pci->bar_size[0]);
		rc = -ENODEV;
		goto fail;
	}
	rc = pci_dma_pool_create(c->pci, c->o.dma_bytes, c->o.dma_iova, &c->pool);
	if (rc) {
		rt_log_err(&c->lo, "DMA pool of %llu bytes at 0x%llx: %s",
			   (unsigned long long)c->o.dma_bytes, (unsigned long long)c->o.dma_iova,
			   strerror(-rc));
		goto fail;
	}
	if ((rc = pci_dma_alloc(c->pool, NVME_IDENTIFY_DATA_SIZE, &c->init_cmd.data)) ||
	    (rc = pci_dma_alloc(c->pool, NVME_IDENTIFY_DATA_SIZE, &c->nsck.data)))
		goto fail;
	rc = ctrlr_run(c);
	if (rc)
		goto fail;
	*out = c;
	return 0;
fail:
	ctrlr_free(c);
	return rc;
}

int nvme_ctrlr_adopt(const struct nvme_ctrlr_opts *o, struct rt_ss_reader *r, bool check_only,
		     struct nvme_ctrlr **out)
{
	struct nvme_ctrlr *c;
	int rc;

	if (!o || (!o->log && !check_only) || !r || !out ||
	    (!check_only && !o->pci && !o->adopt_bdf && !o->adopt_sock))
		return -EINVAL;
	*out = NULL;
	c = ctrlr_new(o);
	if (!c)
		return -ENOMEM;
	/* The records first, like any input; then the device they describe. */
	rc = nvme_keep_take(c, r, check_only);
	if (rc || check_only)
		goto fail;
	if (c->pci->bar_size[0] < NVME_DOORBELL_BASE + 8) {
		rc = -ENODEV;
		goto fail;
	}
	rc = ctrlr_run(c);
	if (rc)
		goto fail;
	*out = c;
	return 0;
fail:
	if (check_only)
		c->pci = NULL;
	ctrlr_free(c);
	return rc;
}

static int shutdown_fn(struct nvme_ctrlr *c)
{
	c->closing = true;
	rt_timer_stop(&c->step_t);
	rt_timer_stop(&c->wd_t);
	return c->state == NVME_CS_READY ? 0 : -EIO;
}

void nvme_ctrlr_close(struct nvme_ctrlr *c)
{
	uint64_t deadline;
	uint32_t s;

	if (!c)
		return;
	if (ctl_sync(c, shutdown_fn) == 0) {
		/* Normal shutdown (Base 2.0 3.6.2): CC.SHN = 01b, wait for CSTS.SHST = 10b. */
		pci_write32(c->pci, 0, NVME_REGS_CC_OFFSET,
			    (pci_read32(c->pci, 0, NVME_REGS_CC_OFFSET) & ~NVME_REGS_SHN_MASK) |
				    (uint32_t)NVME_SHN_NORMAL << NVME_REGS_SHN_SHIFT);
		deadline = nvme_now_ns() + (uint64_t)rt_max(c->to_ms, 5000u) * 1000000u;
		for (;;) {
			s = csts(c);
			if (s == UINT32_MAX ||
			    (s & NVME_REGS_SHST_MASK) == (uint32_t)NVME_SHST_COMPLETE
								 << NVME_REGS_SHST_SHIFT)
				break;
			if (nvme_now_ns() > deadline) {
				rt_log_warn(&c->lo, "shutdown not complete after %u ms",
					    rt_max(c->to_ms, 5000u));
				break;
			}
			usleep(1000);
		}
		rt_log_info(&c->lo, "shut down");
	}
	ctrlr_free(c);
}

struct pci_dev *nvme_ctrlr_pci(const struct nvme_ctrlr *c)
{
	return c->pci;
}

const struct nvme_ctrlr_info *nvme_ctrlr_info(const struct nvme_ctrlr *c)
{
	return &c->info;
}

int nvme_ctrlr_ns(struct nvme_ctrlr *c, uint32_t nsid, struct nvme_ns_info *out)
{
	int rc = -ENOENT;

	pthread_mutex_lock(&c->lock);
	for (unsigned i = 0; i < c->nns; i++) {
		if (c->ns[i].nsid == nsid) {
			*out = c->ns[i];
			rc = 0;
		}
	}
	pthread_mutex_unlock(&c->lock);
	return rc;
}

int nvme_ctrlr_reset(struct nvme_ctrlr *c)
{
	uint64_t before;
	int rc;

	pthread_mutex_lock(&c->lock);
	before = c->resets_done;
	pthread_mutex_unlock(&c->lock);
	nvme_ctrlr_request_reset(c, "requested");
	pthread_mutex_lock(&c->lock);
	while (c->resets_done == before)
		pthread_cond_wait(&c->cond, &c->lock);
	pthread_mutex_unlock(&c->lock);
	rc = c->state == NVME_CS_FAILED ? c->init_err : 0;
	return rc;
}

void nvme_ctrlr_get_stats(const struct nvme_ctrlr *c, struct nvme_ctrlr_stats *out)
{
	*out = (struct nvme_ctrlr_stats){
		.resets = atomic_load(&c->stats.resets),
		.aborts = atomic_load(&c->stats.aborts),
		.timeouts = atomic_load(&c->stats.timeouts),
		.retries = atomic_load(&c->stats.retries),
		.bad_cqes = atomic_load(&c->stats.bad_cqes),
		.async_events = atomic_load(&c->stats.async_events),
		.carried = atomic_load(&c->stats.carried),
		.carried_done = atomic_load(&c->stats.carried_done),
		.carried_claimed = atomic_load(&c->stats.carried_claimed),
	};
}

/* ---- admin passthrough -------------------------------------------------------------------- */

struct passthru {
	struct rt_work wk;
	struct nvme_ctrlr *c;
	struct nvme_admin a;
	bool done;
};

static void passthru_done(struct nvme_admin *a)
{
	struct passthru *p = a->ctx;

	pthread_mutex_lock(&p->c->lock);
	p->done = true;
	pthread_cond_broadcast(&p->c->cond);
	pthread_mutex_unlock(&p->c->lock);
}

static void passthru_fn(struct rt_work *wk)
{
	struct passthru *p = rt_container_of(wk, struct passthru, wk);

	if (p->c->state != NVME_CS_READY) {
		p->a.err = -ENODEV;
		passthru_done(&p->a);
		return;
	}
	nvme_admin_submit(p->c, &p->a);
}

int nvme_ctrlr_admin_passthru(struct nvme_ctrlr *c, const uint8_t *sqe, void *data, uint32_t len,
			      bool data_out, struct nvme_cpl *cpl)
{
	struct passthru *p;
	int rc;

	if (!sqe || !cpl || len > NVME_IDENTIFY_DATA_SIZE || (len && !data))
		return -EINVAL;
	p = calloc(1, sizeof(*p));
	if (!p)
		return -ENOMEM;
	p->c = c;
	memcpy(p->a.sqe, sqe, NVME_SQE_SIZE);
	if (len) {
		rc = pci_dma_alloc(c->pool, NVME_IDENTIFY_DATA_SIZE, &p->a.data);
		if (rc) {
			free(p);
			return rc;
		}
		if (data_out)
			memcpy(p->a.data.va, data, len);
	}
	p->a.len = len;
	p->a.cb = passthru_done;
	p->a.ctx = p;
	rc = rt_worker_call(&c->w, &p->wk, passthru_fn);
	if (!rc) {
		pthread_mutex_lock(&c->lock);
		while (!p->done)
			pthread_cond_wait(&c->cond, &c->lock);
		pthread_mutex_unlock(&c->lock);
		rc = p->a.err == -EIO ? 0 : p->a.err;
	}
	if (!rc) {
		const struct nvme_cqe *e = &p->a.cqe;

		*cpl = (struct nvme_cpl){.dw0 = e->dw0,
					 .dw1 = e->dw1,
					 .sqhd = e->sqhd,
					 .sqid = e->sqid,
					 .cid = e->cid,
					 .sct = e->sct,
					 .sc = e->sc,
					 .more = e->more,
					 .dnr = e->dnr};
		if (len && !data_out)
			memcpy(data, p->a.data.va, len);
	}
	if (len)
		pci_dma_free(c->pool, &p->a.data);
	free(p);
	return rc;
}
