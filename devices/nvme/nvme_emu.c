/*
 * The NVMe controller emulator: registers, doorbells, queues, the worker
 * that fetches commands and posts completions, interrupts, resets.
 *
 * The controller's own state follows the generated nvme_ctrl machine
 * (spec/nvme.yaml): register writes queue CC transitions, the worker feeds
 * them in order. A reset (CC.EN 1 -> 0, function level reset) stops
 * fetching, ends whatever has not reached the disk, and clears CSTS.RDY
 * only once no disk request is outstanding: a device must not DMA after it
 * reports itself reset. Completions are posted with the phase tag written
 * last, and a queue's vector is raised once per loop pass however many
 * entries it got.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/nvme/nvme_emu_priv.h"
#include "runtime/util.h"

static struct nvme_emu *to_emu(struct pcidev *d)
{
	return rt_container_of(d, struct nvme_emu, pd);
}

uint32_t emu_msix_vectors(const struct nvme_emu *e)
{
	return e->pd.msix.vectors;
}

/* ------------------------------------------------------------------ */
/* Interrupts                                                          */

static void emu_irq_flush(struct ev_loop *loop, ev_prepare *w, int revents)
{
	struct nvme_emu *e = rt_container_of(w, struct nvme_emu, irq_w);

	for (unsigned q = 0; q <= e->o.max_ioqpairs; q++) {
		struct emu_cq *cq = e->cqs[q];

		if (!cq || !cq->irq)
			continue;
		cq->irq = false;
		if (!cq->ien)
			continue;
		atomic_fetch_add(&e->st.irqs, 1);
		pcidev_msix_notify(&e->pd, cq->iv);
	}
	ev_prepare_stop(loop, w);
}

static void emu_irq_mark(struct nvme_emu *e, struct emu_cq *cq)
{
	cq->irq = true;
	ev_prepare_start(e->w.loop, &e->irq_w);
}

/* ------------------------------------------------------------------ */
/* Completions                                                         */

static bool cq_full(struct nvme_emu *e, struct emu_cq *cq)
{
	cq->head = atomic_load_explicit(&e->db[2 * cq->qid + 1], memory_order_acquire);
	return (cq->tail + 1) % cq->size == cq->head;
}

/*
 * Writes one CQE at the tail: everything but the status first, then the
 * status with the phase tag, so a host polling the tag never sees a half
 * written entry. A DMA fault here is fatal, as in QEMU.
 */
static int cq_post(struct nvme_emu *e, struct emu_cq *cq, const struct nvme_cqe *c,
		   bool wrong_phase)
{
	struct nvme_cqe v = *c;
	uint8_t buf[NVME_CQE_SIZE];
	uint64_t addr = cq->base + (uint64_t)cq->tail * NVME_CQE_SIZE;
	uint8_t phase = wrong_phase ? (uint8_t)!cq->phase : cq->phase;

	v.p = phase;
	v.status = (uint16_t)((c->status & ~NVME_CQE_P_MASK) | phase);
	if (nvme_cqe_encode(&v, buf, sizeof(buf)) < 0)
		return -EINVAL;
	if (pcidev_dma_write(&e->pd, addr, buf, offsetof(struct nvme_wire_cqe, status)) ||
	    (atomic_thread_fence(memory_order_release),
	     pcidev_dma_write(&e->pd, addr + offsetof(struct nvme_wire_cqe, status),
			      buf + offsetof(struct nvme_wire_cqe, status), 2))) {
		emu_fatal(e, "completion queue write faulted");
		return -EFAULT;
	}
	if (++cq->tail == cq->size) {
		cq->tail = 0;
		cq->phase ^= 1;
	}
	atomic_fetch_add(&e->st.completions, 1);
	emu_irq_mark(e, cq);
	return 0;
}

static void req_free(struct emu_req *r)
{
	struct nvme_emu *e = r->e;
	struct emu_sq *sq = r->sq;

	rt_timer_stop(&r->timer);
	r->state = REQ_FREE;
	TAILQ_INSERT_HEAD(&sq->free, r, link);
	sq->outstanding--;
	if (sq->deleter && sq->outstanding == 0) {
		struct emu_req *d = sq->deleter;

		sq->deleter = NULL;
		emu_sq_delete(e, sq, NULL);
		emu_req_complete(d);
	}
}

static void error_log_add(struct nvme_emu *e, const struct emu_req *r)
{
	struct nvme_error_log_entry *x;

	memmove(&e->errlog[1], &e->errlog[0], sizeof(e->errlog[0]) * (EMU_ERRLOG - 1));
	x = &e->errlog[0];
	memset(x, 0, sizeof(*x));
	x->error_count = ++e->err_count;
	x->sqid = r->sq->qid;
	x->cid = r->cid;
	x->status = r->status;
	x->nsid = r->nsid;
	x->lba = r->lba;
	x->param_loc = 0xFFFF;
}

/* Posts r's CQE (or parks it while the CQ is full) and frees r. */
static void req_post(struct emu_req *r)
{
	struct nvme_emu *e = r->e;
	struct emu_sq *sq = r->sq;
	struct emu_cq *cq = e->cqs[sq->cqid];
	unsigned fault = r->cfault ? r->cfault - 1u : NVME_EMU_FAULT_COUNT;
	struct nvme_cqe c = {
		.dw0 = r->dw0,
		.dw1 = r->dw1,
		.sqhd = (uint16_t)sq->head,
		.sqid = sq->qid,
		.cid = r->cid,
		.status = r->status,
	};

	if (e->fatal || e->resetting) {
		req_free(r);
		return;
	}
	if (cq_full(e, cq) || !TAILQ_EMPTY(&cq->pending)) {
		r->state = REQ_PENDING;
		TAILQ_INSERT_TAIL(&cq->pending, r, link);
		return;
	}
	if (r->status)
		atomic_fetch_add(&e->st.errors, 1);
	switch (fault) {
	case NVME_EMU_FAULT_BAD_CID:
		c.cid = (uint16_t)(c.cid ^ 0x8000u);
		break;
	case NVME_EMU_FAULT_CROSS_QUEUE:
		if (sq->qid) {
			struct nvme_cqe x = c;

			x.sqid = 0;
			if (cq_post(e, cq, &x, false) || cq_full(e, cq))
				break;
		}
		break;
	default:
		break;
	}
	if (cq_post(e, cq, &c, fault == NVME_EMU_FAULT_WRONG_PHASE) == 0 &&
	    fault == NVME_EMU_FAULT_DUP_CID && !cq_full(e, cq))
		cq_post(e, cq, &c, false);
	req_free(r);
}

static void delay_fired(struct rt_timer *t)
{
	struct emu_req *r = rt_container_of(t, struct emu_req, timer);

	req_post(r);
}

/*
 * The command is done (status, dw0 set): apply the completion-side fault,
 * post. Worker thread.
 */
void emu_req_complete(struct emu_req *r)
{
	struct nvme_emu *e = r->e;
	unsigned fault = r->cfault ? r->cfault - 1u : NVME_EMU_FAULT_COUNT;

	if (r->status && !e->resetting)
		error_log_add(e, r);
	if (fault == NVME_EMU_FAULT_DROP) {
		r->state = REQ_DROPPED;
		return;
	}
	if (fault == NVME_EMU_FAULT_DELAY && !e->resetting) {
		r->state = REQ_DELAYED;
		rt_timer_start(&r->timer, r->delay_ms / 1000.0, 0);
		return;
	}
	req_post(r);
}

/* CQEs that waited for room, oldest first. */
static void cq_drain_pending(struct nvme_emu *e, struct emu_cq *cq)
{
	while (!TAILQ_EMPTY(&cq->pending) && !e->fatal && !cq_full(e, cq)) {
		struct emu_req *r = TAILQ_FIRST(&cq->pending);

		TAILQ_REMOVE(&cq->pending, r, link);
		r->state = REQ_EXEC;
		req_post(r);
	}
}

/* ------------------------------------------------------------------ */
/* Queues                                                              */

static void db_publish(struct nvme_emu *e, unsigned idx, uint32_t size)
{
	atomic_store(&e->db[idx], 0);
	atomic_store(&e->db_size[idx], size);
}

int emu_cq_create(struct nvme_emu *e, uint16_t qid, uint64_t base, uint32_t size, uint16_t iv,
		  bool ien)
{
	struct emu_cq *cq = calloc(1, sizeof(*cq));

	if (!cq)
		return -ENOMEM;
	cq->qid = qid;
	cq->base = base;
	cq->size = size;
	cq->iv = iv;
	cq->ien = ien;
	cq->phase = 1;
	TAILQ_INIT(&cq->pending);
	e->cqs[qid] = cq;
	db_publish(e, 2u * qid + 1, size);
	return 0;
}

int emu_sq_create(struct nvme_emu *e, uint16_t qid, uint64_t base, uint32_t size, uint16_t cqid)
{
	struct emu_sq *sq = calloc(1, sizeof(*sq));

	if (!sq)
		return -ENOMEM;
	sq->reqs = calloc(size, sizeof(*sq->reqs));
	if (!sq->reqs) {
		free(sq);
		return -ENOMEM;
	}
	sq->qid = qid;
	sq->cqid = cqid;
	sq->base = base;
	sq->size = size;
	TAILQ_INIT(&sq->free);
	for (uint32_t i = 0; i < size; i++) {
		struct emu_req *r = &sq->reqs[i];

		r->e = e;
		r->sq = sq;
		rt_timer_init(&r->timer, e->w.loop, delay_fired);
		TAILQ_INSERT_TAIL(&sq->free, r, link);
	}
	e->sqs[qid] = sq;
	e->cqs[cqid]->nsq++;
	db_publish(e, 2u * qid, size);
	return 0;
}

static void sq_free(struct nvme_emu *e, struct emu_sq *sq)
{
	atomic_store(&e->db_size[2u * sq->qid], 0);
	e->sqs[sq->qid] = NULL;
	if (e->cqs[sq->cqid])
		e->cqs[sq->cqid]->nsq--;
	for (uint32_t i = 0; i < sq->size; i++) {
		rt_timer_stop(&sq->reqs[i].timer);
		free(sq->reqs[i].segs);
		free(sq->reqs[i].buf);
	}
	free(sq->reqs);
	free(sq);
}

void emu_cq_destroy(struct nvme_emu *e, uint16_t qid)
{
	struct emu_cq *cq = e->cqs[qid];

	if (!cq)
		return;
	atomic_store(&e->db_size[2u * qid + 1], 0);
	e->cqs[qid] = NULL;
	free(cq);
}

/*
 * Ends every command of sq that is not at the disk: parked CQEs, delayed
 * and dropped completions, waiting AERs. With `status` they complete with
 * it; without (reset) they are freed silently.
 */
static void sq_abort_queued(struct nvme_emu *e, struct emu_sq *sq, uint16_t status)
{
	struct emu_cq *cq = e->cqs[sq->cqid];
	struct emu_req *r, *n;

	if (cq) {
		for (r = TAILQ_FIRST(&cq->pending); r; r = n) {
			n = TAILQ_NEXT(r, link);
			if (r->sq != sq)
				continue;
			TAILQ_REMOVE(&cq->pending, r, link);
			r->state = REQ_EXEC;
			if (status)
				req_post(r);
			else
				req_free(r);
		}
	}
	for (r = TAILQ_FIRST(&e->aers); r; r = n) {
		n = TAILQ_NEXT(r, link);
		if (r->sq != sq)
			continue;
		/* An AER outstanding at a reset ends without a completion (spec 5.2). */
		TAILQ_REMOVE(&e->aers, r, link);
		e->naers--;
		r->state = REQ_EXEC;
		req_free(r);
	}
	for (uint32_t i = 0; i < sq->size; i++) {
		r = &sq->reqs[i];
		if (r->state != REQ_DELAYED && r->state != REQ_DROPPED)
			continue;
		rt_timer_stop(&r->timer);
		r->state = REQ_EXEC;
		r->cfault = 0;
		if (status) {
			r->status = status;
			r->dw0 = r->dw1 = 0;
			req_post(r);
		} else {
			req_free(r);
		}
	}
}

void emu_sq_delete(struct nvme_emu *e, struct emu_sq *sq, struct emu_req *deleter)
{
	if (!deleter) {
		sq_free(e, sq);
		return;
	}
	/* No more fetches from it; what is queued ends now, the disk's requests as they finish. */
	atomic_store(&e->db_size[2u * sq->qid], 0);
	sq->deleter = deleter;
	sq_abort_queued(e, sq, EMU_SC(SQ_DELETED));
	if (sq->deleter && sq->outstanding == 0) {
		sq->deleter = NULL;
		sq_free(e, sq);
		emu_req_complete(deleter);
	}
}

/* ------------------------------------------------------------------ */
/* Controller state                                                    */

static void csts_set(struct nvme_emu *e, uint32_t clear, uint32_t set)
{
	pthread_mutex_lock(&e->reg_lock);
	e->csts = (e->csts & ~clear) | set;
	pthread_mutex_unlock(&e->reg_lock);
}

void emu_fatal(struct nvme_emu *e, const char *why)
{
	if (e->fatal)
		return;
	rt_log_rl(&e->lo, RT_LOG_WARN, "controller fatal status: %s", why);
	nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_FATAL, NULL, e);
	e->fatal = true;
	csts_set(e, 0, NVME_REGS_CFS_MASK);
}

/* Everything is stopped and no disk request is left: the reset is complete. */
static void reset_finish(struct nvme_emu *e)
{
	for (int q = (int)e->o.max_ioqpairs; q >= 0; q--)
		if (e->sqs[q])
			sq_free(e, e->sqs[q]);
	for (unsigned q = 0; q <= e->o.max_ioqpairs; q++)
		emu_cq_destroy(e, (uint16_t)q);
	e->resetting = e->shutting = e->fatal = false;
	e->ioqs_created = false;
	e->nevents = 0;
	e->masked = 0;
	e->feat_aec = 0;
	e->rr = 0;
	csts_set(e, NVME_REGS_RDY_MASK | NVME_REGS_CFS_MASK | NVME_REGS_SHST_MASK, 0);
	atomic_fetch_add(&e->st.resets, 1);
	pthread_mutex_lock(&e->sync_lock);
	e->resets_done++;
	pthread_cond_broadcast(&e->sync_cond);
	pthread_mutex_unlock(&e->sync_lock);
}

static void maybe_finish(struct nvme_emu *e);

static int act_disable(void *ctx)
{
	struct nvme_emu *e = ctx;

	e->resetting = true;
	for (unsigned q = 0; q <= e->o.max_ioqpairs; q++) {
		atomic_store(&e->db_size[2u * q], 0);
		atomic_store(&e->db_size[2u * q + 1], 0);
		if (e->sqs[q])
			sq_abort_queued(e, e->sqs[q], 0);
	}
	maybe_finish(e);
	return 0;
}

static int act_enable(void *ctx)
{
	struct nvme_emu *e = ctx;
	uint32_t cc, aqa;
	uint64_t asq, acq;
	unsigned sqs, cqs;
	const char *bad = NULL;

	pthread_mutex_lock(&e->reg_lock);
	cc = e->cc;
	aqa = e->aqa;
	asq = e->asq;
	acq = e->acq;
	pthread_mutex_unlock(&e->reg_lock);
	sqs = ((aqa & NVME_REGS_ASQS_MASK) >> NVME_REGS_ASQS_SHIFT) + 1;
	cqs = ((aqa & NVME_REGS_ACQS_MASK) >> NVME_REGS_ACQS_SHIFT) + 1;
	/* The checks QEMU's nvme_start_ctrl makes; a failure there sets CSTS.CFS. */
	if ((cc & NVME_REGS_MPS_MASK) >> NVME_REGS_MPS_SHIFT)
		bad = "CC.MPS other than 4 KiB";
	else if ((cc & NVME_REGS_CSS_SEL_MASK) >> NVME_REGS_CSS_SEL_SHIFT)
		bad = "CC.CSS other than NVM";
	else if ((cc & NVME_REGS_AMS_SEL_MASK) >> NVME_REGS_AMS_SEL_SHIFT)
		bad = "CC.AMS other than round robin";
	else if ((cc & NVME_REGS_IOSQES_MASK) >> NVME_REGS_IOSQES_SHIFT != NVME_SQES_LOG2 ||
		 (cc & NVME_REGS_IOCQES_MASK) >> NVME_REGS_IOCQES_SHIFT != NVME_CQES_LOG2)
		bad = "CC.IOSQES/IOCQES not 6/4";
	else if (sqs < NVME_QUEUE_MIN_ENTRIES || cqs < NVME_QUEUE_MIN_ENTRIES)
		bad = "admin queue of one entry";
	else if (!asq || !acq || !rt_is_aligned(asq | acq, (uint64_t)EMU_PAGE))
		bad = "ASQ/ACQ zero or not page aligned";
	if (bad) {
		rt_log_rl(&e->lo, RT_LOG_WARN, "enable refused: %s (CC 0x%x AQA 0x%x)", bad, cc,
			  aqa);
		return -EINVAL;
	}
	if (emu_cq_create(e, 0, acq, cqs, 0, true) || emu_sq_create(e, 0, asq, sqs, 0)) {
		emu_sq_delete(e, e->sqs[0] ? e->sqs[0] : NULL, NULL);
		emu_cq_destroy(e, 0);
		return -ENOMEM;
	}
	atomic_fetch_add(&e->st.enables, 1);
	return 0;
}

static int act_ready(void *ctx)
{
	struct nvme_emu *e = ctx;

	csts_set(e, 0, NVME_REGS_RDY_MASK);
	return 0;
}

static int act_shutdown(void *ctx)
{
	struct nvme_emu *e = ctx;

	e->shutting = true;
	csts_set(e, NVME_REGS_SHST_MASK, (uint32_t)NVME_SHST_OCCURRING << NVME_REGS_SHST_SHIFT);
	maybe_finish(e);
	return 0;
}

static const struct nvme_ctrl_actions emu_actions = {
	.on_enable = act_enable,
	.on_ready = act_ready,
	.on_disable = act_disable,
	.on_shutdown = act_shutdown,
};

static void shutdown_flushed(void *ctx, int status)
{
	struct emu_req *dummy = ctx;
	struct nvme_emu *e = dummy->e;

	e->inflight--;
	free(dummy);
	if (!e->shutting)
		return;
	csts_set(e, NVME_REGS_SHST_MASK, (uint32_t)NVME_SHST_COMPLETE << NVME_REGS_SHST_SHIFT);
	nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_SHUTDOWN_DONE, &emu_actions, e);
	maybe_finish(e);
}

/* A reset or a shutdown waits for the disk; called whenever a disk request ends. */
static void maybe_finish(struct nvme_emu *e)
{
	if (e->inflight)
		return;
	if (e->resetting) {
		reset_finish(e);
		return;
	}
	if (e->shutting && (e->csts & NVME_REGS_SHST_MASK) == (uint32_t)NVME_SHST_OCCURRING
								      << NVME_REGS_SHST_SHIFT) {
		/* Shutdown: what the disk holds goes to stable storage first. */
		struct emu_req *dummy = calloc(1, sizeof(*dummy));

		if (!dummy) {
			shutdown_flushed(NULL, 0);
			return;
		}
		dummy->e = e;
		dummy->dreq = (struct disk_req){
			.op = DISK_OP_FLUSH, .cb = shutdown_flushed, .ctx = dummy};
		e->inflight++;
		if (disk_submit(e->disk, &dummy->dreq)) {
			dummy->dreq.cb(dummy, 0);
		}
	}
}

void emu_maybe_finish(struct nvme_emu *e)
{
	maybe_finish(e);
}

static void ready_fired(struct rt_timer *t)
{
	struct nvme_emu *e = rt_container_of(t, struct nvme_emu, ready_t);

	if (!strcmp(nvme_ctrl_fsm_state_name(&e->fsm), "enabling"))
		nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_READY, &emu_actions, e);
}

/* ------------------------------------------------------------------ */
/* The worker: CC transitions, then fetching                           */

static void reg_events_run(struct nvme_emu *e)
{
	for (;;) {
		uint8_t ev;
		int rc;

		if (e->resetting)
			return; /* the next transition waits for the reset to finish */
		pthread_mutex_lock(&e->reg_lock);
		if (!e->reg_ev_n) {
			pthread_mutex_unlock(&e->reg_lock);
			return;
		}
		ev = e->reg_ev[0];
		memmove(&e->reg_ev[0], &e->reg_ev[1], --e->reg_ev_n);
		pthread_mutex_unlock(&e->reg_lock);
		switch (ev) {
		case EMU_EV_ENABLE:
			rc = nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_ENABLE, &emu_actions, e);
			if (rc == -EINVAL || rc == -ENOMEM) {
				emu_fatal(e, "bad configuration at CC.EN");
			} else if (rc == 0) {
				if (e->o.ready_delay_ms)
					rt_timer_start(&e->ready_t, e->o.ready_delay_ms / 1000.0,
						       0);
				else
					nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_READY,
							   &emu_actions, e);
			}
			break;
		case EMU_EV_DISABLE:
			rt_timer_stop(&e->ready_t);
			nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_DISABLE, &emu_actions, e);
			break;
		case EMU_EV_SHUTDOWN:
			if (nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_SHUTDOWN, &emu_actions, e) ==
			    -EPROTO)
				/* Not running: nothing to shut down, report it done (as QEMU). */
				csts_set(e, NVME_REGS_SHST_MASK,
					 (uint32_t)NVME_SHST_COMPLETE << NVME_REGS_SHST_SHIFT);
			break;
		}
	}
}

static bool ctrl_running(struct nvme_emu *e)
{
	return !e->resetting && !e->shutting && !e->fatal && (e->csts & NVME_REGS_RDY_MASK);
}

/* Fetches and starts up to `burst` commands of sq; returns how many. */
static unsigned sq_fetch(struct nvme_emu *e, struct emu_sq *sq, unsigned burst)
{
	unsigned n = 0;
	uint32_t tail = atomic_load_explicit(&e->db[2u * sq->qid], memory_order_acquire);

	while (sq->head != tail && n < burst && ctrl_running(e) && !sq->deleter) {
		uint8_t sqe[NVME_SQE_SIZE];
		struct emu_req *r = TAILQ_FIRST(&sq->free);

		if (!r) {
			/* More outstanding than the queue holds: the host overran it. */
			emu_fatal(e, "submission queue overrun");
			break;
		}
		if (pcidev_dma_read(&e->pd, sq->base + (uint64_t)sq->head * NVME_SQE_SIZE, sqe,
				    sizeof(sqe))) {
			emu_fatal(e, "submission queue read faulted");
			break;
		}
		if (++sq->head == sq->size)
			sq->head = 0;
		TAILQ_REMOVE(&sq->free, r, link);
		sq->outstanding++;
		r->state = REQ_EXEC;
		r->cfault = 0;
		r->dw0 = r->dw1 = 0;
		r->status = 0;
		r->opcode = sqe[0];
		r->cid = pv_get_u16(&sqe[offsetof(struct nvme_wire_sqe_hdr, cid)]);
		r->nsid = pv_get_u32(&sqe[offsetof(struct nvme_wire_sqe_hdr, nsid)]);
		r->lba = 0;
		r->nsegs = 0;
		atomic_fetch_add(&e->st.commands, 1);
		if (sq->qid == 0) {
			atomic_fetch_add(&e->st.admin_commands, 1);
			emu_admin_exec(r, sqe);
		} else {
			emu_io_exec(r, sqe);
		}
		n++;
	}
	return n;
}

static void emu_process(struct nvme_emu *e)
{
	reg_events_run(e);
	for (unsigned q = 0; q <= e->o.max_ioqpairs; q++)
		if (e->cqs[q])
			cq_drain_pending(e, e->cqs[q]);
	if (!ctrl_running(e))
		return;
	/* Admin first, then the I/O queues round robin, a burst each, until all are drained. */
	for (;;) {
		unsigned did = 0;

		if (e->sqs[0])
			did += sq_fetch(e, e->sqs[0], 64);
		for (unsigned i = 0; i < e->o.max_ioqpairs && ctrl_running(e); i++) {
			unsigned q = 1 + (e->rr + i) % e->o.max_ioqpairs;

			if (e->sqs[q])
				did += sq_fetch(e, e->sqs[q], 16);
		}
		e->rr = (e->rr + 1) % (e->o.max_ioqpairs ? e->o.max_ioqpairs : 1);
		if (!did || !ctrl_running(e))
			break;
	}
}

static void kick_fn(struct rt_work *wk)
{
	struct nvme_emu *e = rt_container_of(wk, struct nvme_emu, kick);

	emu_process(e);
}

static void emu_kick(struct nvme_emu *e)
{
	if (e->o.poll)
		return;
	rt_worker_call(&e->w, &e->kick, kick_fn);
}

static void poll_cb(struct ev_loop *loop, ev_idle *w, int revents)
{
	struct nvme_emu *e = rt_container_of(w, struct nvme_emu, poll_w);

	emu_process(e);
}

/* ------------------------------------------------------------------ */
/* Registers                                                           */

static void reg_event_push(struct nvme_emu *e, uint8_t ev)
{
	if (e->reg_ev_n && e->reg_ev[e->reg_ev_n - 1] == ev)
		return;
	if (e->reg_ev_n == EMU_REG_EVENTS) {
		rt_log_rl(&e->lo, RT_LOG_WARN, "CC written faster than processed: dropped");
		return;
	}
	e->reg_ev[e->reg_ev_n++] = ev;
}

static void cc_write(struct nvme_emu *e, uint32_t v)
{
	uint32_t old = e->cc;
	bool en = v & NVME_REGS_EN_MASK;

	e->cc = v;
	if (en && !(old & NVME_REGS_EN_MASK))
		reg_event_push(e, EMU_EV_ENABLE);
	else if (!en && (old & NVME_REGS_EN_MASK))
		reg_event_push(e, EMU_EV_DISABLE);
	if ((v & NVME_REGS_SHN_MASK) && !(old & NVME_REGS_SHN_MASK))
		reg_event_push(e, EMU_EV_SHUTDOWN);
}

static void doorbell_write(struct nvme_emu *e, uint64_t off, uint32_t v)
{
	uint64_t idx = (off - NVME_DOORBELL_BASE) / 4;
	uint32_t size = idx < e->ndb ? atomic_load(&e->db_size[idx]) : 0;

	if (off % 4 || !size || v >= size) {
		atomic_fetch_add(&e->st.bad_doorbells, 1);
		rt_log_rl(&e->lo, RT_LOG_WARN, "refused doorbell write 0x%x at 0x%llx (%s)", v,
			  (unsigned long long)off, size ? "value past the queue" : "no such queue");
		return;
	}
	atomic_store_explicit(&e->db[idx], v, memory_order_release);
	atomic_fetch_add(&e->st.doorbells, 1);
	emu_kick(e);
}

static void reg_write32(struct nvme_emu *e, uint64_t off, uint32_t v)
{
	bool kick = false;

	if (off >= NVME_DOORBELL_BASE) {
		doorbell_write(e, off, v);
		return;
	}
	pthread_mutex_lock(&e->reg_lock);
	switch (off) {
	case NVME_REGS_INTMS_OFFSET:
		e->intms |= v;
		break;
	case NVME_REGS_INTMC_OFFSET:
		e->intms &= ~v;
		break;
	case NVME_REGS_CC_OFFSET:
		cc_write(e, v);
		kick = true;
		break;
	case NVME_REGS_AQA_OFFSET:
		e->aqa = v & (NVME_REGS_ASQS_MASK | NVME_REGS_ACQS_MASK);
		break;
	case NVME_REGS_ASQ_OFFSET:
		e->asq = (e->asq & ~UINT64_C(0xFFFFFFFF)) | v;
		break;
	case NVME_REGS_ASQ_OFFSET + 4:
		e->asq = (e->asq & UINT64_C(0xFFFFFFFF)) | (uint64_t)v << 32;
		break;
	case NVME_REGS_ACQ_OFFSET:
		e->acq = (e->acq & ~UINT64_C(0xFFFFFFFF)) | v;
		break;
	case NVME_REGS_ACQ_OFFSET + 4:
		e->acq = (e->acq & UINT64_C(0xFFFFFFFF)) | (uint64_t)v << 32;
		break;
	default:
		/* Read-only and reserved registers ignore writes (NSSR: CAP.NSSRS is 0). */
		break;
	}
	pthread_mutex_unlock(&e->reg_lock);
	if (kick)
		rt_worker_call(&e->w, &e->kick, kick_fn);
}

static uint32_t reg_read32(struct nvme_emu *e, uint64_t off)
{
	uint32_t v = 0;

	if (off >= NVME_DOORBELL_BASE)
		return 0;
	pthread_mutex_lock(&e->reg_lock);
	switch (off) {
	case NVME_REGS_CAP_OFFSET:
		v = (uint32_t)e->cap;
		break;
	case NVME_REGS_CAP_OFFSET + 4:
		v = (uint32_t)(e->cap >> 32);
		break;
	case NVME_REGS_VS_OFFSET:
		v = e->vs;
		break;
	case NVME_REGS_INTMS_OFFSET:
	case NVME_REGS_INTMC_OFFSET:
		v = e->intms;
		break;
	case NVME_REGS_CC_OFFSET:
		v = e->cc;
		break;
	case NVME_REGS_CSTS_OFFSET:
		v = e->csts;
		break;
	case NVME_REGS_AQA_OFFSET:
		v = e->aqa;
		break;
	case NVME_REGS_ASQ_OFFSET:
		v = (uint32_t)e->asq;
		break;
	case NVME_REGS_ASQ_OFFSET + 4:
		v = (uint32_t)(e->asq >> 32);
		break;
	case NVME_REGS_ACQ_OFFSET:
		v = (uint32_t)e->acq;
		break;
	case NVME_REGS_ACQ_OFFSET + 4:
		v = (uint32_t)(e->acq >> 32);
		break;
	default:
		break;
	}
	pthread_mutex_unlock(&e->reg_lock);
	return v;
}

static void emu_mmio_read(struct pcidev *d, unsigned bar, uint64_t off, void *data, unsigned len)
{
	struct nvme_emu *e = to_emu(d);
	uint64_t v = 0;

	if (bar == 0 && len >= 4) {
		v = reg_read32(e, off & ~UINT64_C(3));
		if (len == 8)
			v |= (uint64_t)reg_read32(e, off + 4) << 32;
	} else if (bar == 0) {
		/* Byte and word reads see the containing dword. */
		v = reg_read32(e, off & ~UINT64_C(3)) >> (8 * (off & 3));
	}
	memcpy(data, &v, len);
}

static void emu_mmio_write(struct pcidev *d, unsigned bar, uint64_t off, const void *data,
			   unsigned len)
{
	struct nvme_emu *e = to_emu(d);
	uint64_t v = 0;

	if (bar != 0 || len < 4) {
		rt_log_rl(&e->lo, RT_LOG_WARN, "ignored %u-byte write at BAR%u+0x%llx", len, bar,
			  (unsigned long long)off);
		return;
	}
	memcpy(&v, data, len);
	reg_write32(e, off, (uint32_t)v);
	if (len == 8)
		reg_write32(e, off + 4, (uint32_t)(v >> 32));
}

/* ------------------------------------------------------------------ */
/* Lifecycle                                                           */

struct emu_sync {
	struct rt_work wk;
	struct nvme_emu *e;
	int (*fn)(struct nvme_emu *e);
	int rc;
	bool done;
};

static void sync_fn(struct rt_work *wk)
{
	struct emu_sync *s = rt_container_of(wk, struct emu_sync, wk);
	int rc = s->fn(s->e);

	pthread_mutex_lock(&s->e->sync_lock);
	s->rc = rc;
	s->done = true;
	pthread_cond_broadcast(&s->e->sync_cond);
	pthread_mutex_unlock(&s->e->sync_lock);
}

/* Runs fn on the worker and waits for it. */
static int emu_sync(struct nvme_emu *e, int (*fn)(struct nvme_emu *e))
{
	struct emu_sync s = {.e = e, .fn = fn};
	int rc = rt_worker_call(&e->w, &s.wk, sync_fn);

	if (rc)
		return rc;
	pthread_mutex_lock(&e->sync_lock);
	while (!s.done)
		pthread_cond_wait(&e->sync_cond, &e->sync_lock);
	pthread_mutex_unlock(&e->sync_lock);
	return s.rc;
}

static int flr_fn(struct nvme_emu *e)
{
	pthread_mutex_lock(&e->reg_lock);
	e->cc = 0;
	e->aqa = 0;
	e->asq = e->acq = 0;
	e->intms = 0;
	e->reg_ev_n = 0;
	pthread_mutex_unlock(&e->reg_lock);
	rt_timer_stop(&e->ready_t);
	nvme_ctrl_fsm_feed(&e->fsm, NVME_CTRL_EV_DISABLE, &emu_actions, e);
	return 0;
}

/* Resets (FLR) and waits until no disk request is outstanding. */
static void emu_reset_wait(struct nvme_emu *e)
{
	uint64_t before;

	pthread_mutex_lock(&e->sync_lock);
	before = e->resets_done;
	pthread_mutex_unlock(&e->sync_lock);
	emu_sync(e, flr_fn);
	pthread_mutex_lock(&e->sync_lock);
	while (e->resets_done == before)
		pthread_cond_wait(&e->sync_cond, &e->sync_lock);
	pthread_mutex_unlock(&e->sync_lock);
}

static void emu_reset(struct pcidev *d)
{
	emu_reset_wait(to_emu(d));
}

static void emu_bus_master(struct pcidev *d, bool on)
{
	/* Off: the bus refuses our DMA; a fetch or a post then faults (fatal), as hardware would. */
	(void)d;
	(void)on;
}

static int close_fn(struct nvme_emu *e)
{
	ev_prepare_stop(e->w.loop, &e->irq_w);
	ev_idle_stop(e->w.loop, &e->poll_w);
	rt_timer_stop(&e->ready_t);
	disk_close(e->disk);
	e->disk = NULL;
	return 0;
}

static void emu_destroy(struct pcidev *d)
{
	struct nvme_emu *e = to_emu(d);

	emu_reset_wait(e);
	emu_sync(e, close_fn);
	rt_worker_stop(&e->w);
	pthread_mutex_destroy(&e->reg_lock);
	pthread_mutex_destroy(&e->fault_lock);
	pthread_mutex_destroy(&e->sync_lock);
	pthread_cond_destroy(&e->sync_cond);
	free(e->zeros);
	free(e->db);
	free(e->db_size);
	free(e->sqs);
	free(e->cqs);
	free(e);
}

static const struct pcidev_ops emu_ops = {
	.mmio_read = emu_mmio_read,
	.mmio_write = emu_mmio_write,
	.bus_master = emu_bus_master,
	.reset = emu_reset,
	.destroy = emu_destroy,
};

static int open_fn(struct nvme_emu *e)
{
	int rc = disk_open(e->o.backend, e->o.arg, e->o.disk_flags, e->w.loop, &e->disk);

	if (rc)
		return rc;
	if (e->o.ns_blocks > e->disk->nblocks) {
		disk_close(e->disk);
		e->disk = NULL;
		return -EINVAL;
	}
	ev_prepare_init(&e->irq_w, emu_irq_flush);
	rt_timer_init(&e->ready_t, e->w.loop, ready_fired);
	if (e->o.poll) {
		ev_idle_init(&e->poll_w, poll_cb);
		ev_idle_start(e->w.loop, &e->poll_w);
	}
	return 0;
}

int nvme_emu_create(const struct nvme_emu_opts *o, struct pcidev **out)
{
	struct nvme_emu *e;
	unsigned nq;
	int rc;

	if (!o || !o->log || !o->backend || !o->arg || !out || o->nfaults > NVME_EMU_MAX_FAULTS ||
	    (o->mqes && o->mqes < NVME_QUEUE_MIN_ENTRIES) || o->max_ioqpairs > 1023 ||
	    (o->mdts && (o->mdts < 1 || o->mdts > 12)))
		return -EINVAL;
	e = calloc(1, sizeof(*e));
	if (!e)
		return -ENOMEM;
	e->o = *o;
	snprintf(e->name, sizeof(e->name), "%s", o->name ? o->name : "nvme-emu");
	e->o.name = e->name;
	if (!e->o.max_ioqpairs)
		e->o.max_ioqpairs = 64;
	if (!e->o.mqes)
		e->o.mqes = 2048;
	if (!e->o.mdts)
		e->o.mdts = 7;
	if (!e->o.to)
		e->o.to = 15;
	e->o.faults = NULL;
	e->o.nfaults = 0;
	rt_log_obj_init(&e->lo, o->log, "%s", e->name);
	nq = e->o.max_ioqpairs + 1u;
	e->ndb = 2 * nq;
	e->db = calloc(e->ndb, sizeof(*e->db));
	e->db_size = calloc(e->ndb, sizeof(*e->db_size));
	e->sqs = calloc(nq, sizeof(*e->sqs));
	e->cqs = calloc(nq, sizeof(*e->cqs));
	e->zeros = calloc(1, EMU_ZERO_CHUNK);
	if (!e->db || !e->db_size || !e->sqs || !e->cqs || !e->zeros) {
		rc = -ENOMEM;
		goto fail_alloc;
	}
	pthread_mutex_init(&e->reg_lock, NULL);
	pthread_mutex_init(&e->fault_lock, NULL);
	pthread_mutex_init(&e->sync_lock, NULL);
	pthread_cond_init(&e->sync_cond, NULL);
	TAILQ_INIT(&e->aers);
	nvme_ctrl_fsm_init(&e->fsm);
	for (unsigned i = 0; i < o->nfaults; i++)
		e->faults[e->nfaults++].f = o->faults[i];
	atomic_store(&e->nfaults_live, e->nfaults);

	e->cap = ((uint64_t)(e->o.mqes - 1) << NVME_REGS_MQES_SHIFT) | NVME_REGS_CQR_MASK |
		 ((uint64_t)e->o.to << NVME_REGS_TO_SHIFT) |
		 ((uint64_t)1 << NVME_REGS_CSS_SHIFT); /* NVM command set; DSTRD, MPSMIN/MAX 0 */
	e->vs = NVME_VERSION_V1_4;
	e->feat_vwc = 1;
	e->feat_temp = 0x157; /* 70 C over-temperature threshold, QEMU's default */

	e->pd.ops = &emu_ops;
	e->pd.name = e->name;
	/* Class 01/08/02 (NVM Express, NVMe I/O controller) is what drivers bind to. Microsoft's
	 * vendor id as the OpenHCL family; device id 0xb111 is ours, no product of theirs. */
	e->pd.id = (struct pcidev_id){.vendor = 0x1414,
				      .device = 0xb111,
				      .subsys_vendor = 0x1414,
				      .subsys = 0xb111,
				      .class_code = 0x010802,
				      .revision = 1};
	e->pd.bar[0] = (struct pcidev_bar){.size = EMU_BAR0_SIZE, .flags = PCIDEV_BAR_MEM64};
	e->pd.msix = (struct pcidev_msix){.vectors = (uint16_t)nq,
					  .table_bar = 0,
					  .pba_bar = 0,
					  .table_off = EMU_MSIX_TABLE,
					  .pba_off = EMU_MSIX_PBA};

	rc = rt_worker_start(&e->w, e->name);
	if (rc)
		goto fail_worker;
	rc = emu_sync(e, open_fn);
	if (rc)
		goto fail_open;
	e->bs = e->disk->block_size;
	e->lbads = e->bs == 4096 ? 12 : 9;
	atomic_store(&e->nsze, e->o.ns_blocks ? e->o.ns_blocks : e->disk->nblocks);
	e->max_segs = e->disk->max_segs;
	rt_log_info(&e->lo, "NVMe emulator: %s %s, %llu blocks of %u, %u I/O queue pairs",
		    o->backend, o->arg, (unsigned long long)atomic_load(&e->nsze), e->bs,
		    e->o.max_ioqpairs);
	*out = &e->pd;
	return 0;

fail_open:
	rt_worker_stop(&e->w);
fail_worker:
	pthread_mutex_destroy(&e->reg_lock);
	pthread_mutex_destroy(&e->fault_lock);
	pthread_mutex_destroy(&e->sync_lock);
	pthread_cond_destroy(&e->sync_cond);
fail_alloc:
	free(e->zeros);
	free(e->db);
	free(e->db_size);
	free(e->sqs);
	free(e->cqs);
	free(e);
	return rc;
}

struct resize_work {
	struct rt_work wk;
	struct nvme_emu *e;
};

static void resize_fn(struct rt_work *wk)
{
	struct resize_work *rw = rt_container_of(wk, struct resize_work, wk);
	struct nvme_emu *e = rw->e;

	free(rw);
	e->ns_changed = true;
	if (e->feat_aec & NVME_ASYNC_EVENT_CONFIG_NS_ATTRIBUTE)
		emu_event(e, NVME_ASYNC_EVENT_TYPE_NOTICE, NVME_ASYNC_NOTICE_NS_ATTRIBUTE_CHANGED,
			  NVME_LOG_PAGE_CHANGED_NS_LIST);
}

int nvme_emu_ns_resize(struct pcidev *d, uint64_t blocks)
{
	struct nvme_emu *e = to_emu(d);
	struct resize_work *rw;

	if (!blocks || blocks > e->disk->nblocks)
		return -EINVAL;
	rw = calloc(1, sizeof(*rw));
	if (!rw)
		return -ENOMEM;
	atomic_store(&e->nsze, blocks);
	rw->e = e;
	if (rt_worker_call(&e->w, &rw->wk, resize_fn)) {
		free(rw);
		return -ESHUTDOWN;
	}
	return 0;
}

int nvme_emu_fault_add(struct pcidev *d, const struct nvme_emu_fault *f)
{
	struct nvme_emu *e = to_emu(d);
	int rc = 0;

	if (!f || f->action >= NVME_EMU_FAULT_COUNT || f->queue > NVME_EMU_FQ_IO ||
	    f->opcode < -1 || f->opcode > 0xFF)
		return -EINVAL;
	pthread_mutex_lock(&e->fault_lock);
	if (e->nfaults == NVME_EMU_MAX_FAULTS)
		rc = -ENOSPC;
	else
		e->faults[e->nfaults++] = (struct emu_fault_slot){.f = *f};
	atomic_store(&e->nfaults_live, e->nfaults);
	pthread_mutex_unlock(&e->fault_lock);
	return rc;
}

void nvme_emu_fault_clear(struct pcidev *d)
{
	struct nvme_emu *e = to_emu(d);

	pthread_mutex_lock(&e->fault_lock);
	e->nfaults = 0;
	atomic_store(&e->nfaults_live, 0);
	pthread_mutex_unlock(&e->fault_lock);
}

int nvme_emu_get_stats(struct pcidev *d, struct nvme_emu_stats *out)
{
	struct nvme_emu *e;

	if (!d || d->ops != &emu_ops || !out)
		return -EINVAL;
	e = to_emu(d);
	*out = (struct nvme_emu_stats){
		.commands = atomic_load(&e->st.commands),
		.admin_commands = atomic_load(&e->st.admin_commands),
		.completions = atomic_load(&e->st.completions),
		.errors = atomic_load(&e->st.errors),
		.irqs = atomic_load(&e->st.irqs),
		.doorbells = atomic_load(&e->st.doorbells),
		.bad_doorbells = atomic_load(&e->st.bad_doorbells),
		.faults_fired = atomic_load(&e->st.faults_fired),
		.resets = atomic_load(&e->st.resets),
		.enables = atomic_load(&e->st.enables),
		.dma_errors = atomic_load(&e->st.dma_errors),
		.bytes_read = atomic_load(&e->st.bytes_read),
		.bytes_written = atomic_load(&e->st.bytes_written),
		.ns_blocks = atomic_load(&e->nsze),
	};
	return 0;
}
