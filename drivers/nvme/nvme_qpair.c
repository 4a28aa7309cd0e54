/*
 * Queue pairs: the submission and completion rings in the DMA pool, the
 * command slots (trackers) and their command ids, the doorbells, the
 * completion path and command timeouts. The admin queue pair is one too,
 * on the controller's thread.
 *
 * Submission writes the SQE into the ring and leaves the doorbell for an
 * ev_prepare watcher, so everything a loop pass submits (one drain of a
 * storvsp ring) costs one doorbell write. Completions are reaped by the
 * same watcher on every loop pass while commands are outstanding (and by
 * an idle watcher for poll_us after activity), and by the queue's MSI-X
 * eventfd when the loop sleeps. The CQ head doorbell is written once per
 * NVME_DRAIN_BATCH entries consumed.
 *
 * A completion entry is copied out once, decoded with the generated
 * nvme_cqe_decode and checked: its SQ id must be ours, its command id must
 * index a tracker that is outstanding with exactly that id (the high bits
 * are a generation that changes each time the slot is reused, so a stale
 * or repeated id is caught), its SQ head must lie in the window we
 * submitted. Anything else is counted, logged (rate limited) and dropped;
 * the command it might have meant completes later or times out.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "drivers/nvme/nvme_priv.h"
#include "pvss_codec.h"
#include "runtime/trace.h"
#include "runtime/util.h"

#define TMO_TICK 0.1 /* seconds between timeout scans while commands are out */

/* ---- trackers --------------------------------------------------------------- */

static struct nvme_tracker *trk_get(struct nvme_qpair *q)
{
	struct nvme_tracker *tr = TAILQ_FIRST(&q->free);
	uint32_t used = (q->st.sq_tail + q->st.size - q->st.sq_head) % q->st.size;

	/* A free slot and room in the SQ (the device may not have fetched everything yet). */
	if (!tr || used + 1 >= q->st.size)
		return NULL;
	TAILQ_REMOVE(&q->free, tr, link);
	q->st.cid_gen[tr->index]++;
	tr->cid = (uint16_t)((unsigned)q->st.cid_gen[tr->index] << q->st.cid_bits | tr->index);
	return tr;
}

static void trk_put(struct nvme_qpair *q, struct nvme_tracker *tr)
{
	tr->active = false;
	tr->aborting = false;
	tr->io = NULL;
	tr->adm = NULL;
	TAILQ_INSERT_HEAD(&q->free, tr, link);
}

/* ---- rings ------------------------------------------------------------------------ */

static void trace_sqes(struct nvme_qpair *q)
{
	struct rt_trace *t = q->c->o.trace;

	for (uint32_t s = q->st.sq_db; s != q->st.sq_tail; s = (s + 1) % q->st.size) {
		const uint8_t *sqe = (const uint8_t *)q->sq_mem.va + (size_t)s * NVME_SQE_SIZE;
		struct nvme_trace_id id = {.cid = pv_get_u16(sqe + 2),
					   .slot = (uint16_t)s,
					   .doorbell = (uint16_t)q->st.sq_tail};
		uint64_t tid;
		struct iovec iov = {.iov_base = (void *)sqe, .iov_len = NVME_SQE_SIZE};

		nvme_trace_id_encode(&id, &tid, sizeof(tid));
		rt_trace_record(t, q->admin ? PVTRACE_PROTO_NVME : PVTRACE_PROTO_NVM,
				PVTRACE_DIR_TO_DEVICE, q->st.qid, tid, &iov, 1);
	}
}

/* Rings the SQ tail doorbell if commands wait behind it. */
static void sq_ring(struct nvme_qpair *q)
{
	if (q->st.sq_db == q->st.sq_tail || q->quiesced || q->failed || q->frozen)
		return;
	if (rt_trace_on(q->c->o.trace))
		trace_sqes(q);
	/* The entries must be in memory before the device hears of them. */
	atomic_thread_fence(memory_order_release);
	pci_write32(q->c->pci, 0, nvme_sq_doorbell(q->c, q->st.qid), q->st.sq_tail);
	q->st.sq_db = q->st.sq_tail;
	q->stats.sq_doorbells++;
}

static void arm(struct nvme_qpair *q)
{
	ev_prepare_start(q->loop, &q->prep_w);
	if (!rt_timer_active(&q->tmo_t))
		rt_timer_start(&q->tmo_t, TMO_TICK, TMO_TICK);
}

static void sq_write(struct nvme_qpair *q, struct nvme_tracker *tr, const uint8_t *sqe,
		     uint32_t timeout_ms)
{
	memcpy((uint8_t *)q->sq_mem.va + (size_t)q->st.sq_tail * NVME_SQE_SIZE, sqe, NVME_SQE_SIZE);
	q->st.sq_tail = (q->st.sq_tail + 1) % q->st.size;
	tr->active = true;
	tr->aborting = false;
	tr->deadline = timeout_ms ? nvme_now_ns() + (uint64_t)timeout_ms * 1000000u : UINT64_MAX;
	q->outstanding++;
	q->stats.submitted++;
	arm(q);
}

/* ---- I/O submission ------------------------------------------------------------- */

static void wait_push(struct nvme_qpair *q, struct nvme_io *io, bool front)
{
	if (front) {
		io->next = q->wait_head;
		q->wait_head = io;
		if (!io->next)
			q->wait_tail = &io->next;
		return;
	}
	io->next = NULL;
	*q->wait_tail = io;
	q->wait_tail = &io->next;
}

static struct nvme_io *wait_pop(struct nvme_qpair *q)
{
	struct nvme_io *io = q->wait_head;

	if (io) {
		q->wait_head = io->next;
		if (!q->wait_head)
			q->wait_tail = &q->wait_head;
		io->next = NULL;
	}
	return io;
}

/* Starts io: 0, or -EAGAIN (no slot or bounce buffer now: the caller queues it). */
static int io_start(struct nvme_qpair *q, struct nvme_io *io)
{
	struct nvme_tracker *tr = trk_get(q);
	uint8_t sqe[NVME_SQE_SIZE];
	int rc;

	if (!tr)
		return -EAGAIN;
	rc = nvme_io_build(q, tr, io, sqe);
	if (rc) {
		q->st.cid_gen[tr->index]--;
		trk_put(q, tr);
		return rc;
	}
	pv_put_u16(&sqe[offsetof(struct nvm_wire_sqe_hdr, cid)], tr->cid);
	tr->io = io;
	sq_write(q, tr, sqe, q->c->o.io_timeout_ms);
	return 0;
}

/* Starts waiting I/O in order while slots last. */
static void wait_run(struct nvme_qpair *q)
{
	struct nvme_io *io;

	while (!q->quiesced && !q->failed && !q->frozen && (io = q->wait_head)) {
		int rc = io_start(q, io);

		if (rc == -EAGAIN)
			return;
		wait_pop(q);
		if (rc) {
			io->result.err = rc;
			io->cb(io->ctx, rc);
		}
	}
}

static int io_check(struct nvme_qpair *q, const struct nvme_io *io)
{
	uint32_t bs = nvme_ns_block_size(q->c, io->nsid);
	uint64_t bytes = 0;

	if (io->op == NVME_IO_PASSTHRU) {
		for (uint32_t i = 0; i < io->nsg; i++)
			bytes += io->sg[i].len;
		return io->cb && io->raw && (!io->nsg || io->sg) && bytes <= q->c->info.max_xfer
			       ? 0
			       : -EINVAL;
	}
	if (!io->cb || io->op > NVME_IO_DEALLOCATE || (!bs && io->op != NVME_IO_FLUSH))
		return -EINVAL;
	switch (io->op) {
	case NVME_IO_READ:
	case NVME_IO_WRITE:
		if (!io->nsg || !io->sg)
			return -EINVAL;
		for (uint32_t i = 0; i < io->nsg; i++)
			bytes += io->sg[i].len;
		if (!bytes || bytes % bs || bytes > q->c->info.max_xfer || bytes / bs > 65536 ||
		    (io->flags & ~NVME_IO_FUA) || (io->flags && io->op == NVME_IO_READ))
			return -EINVAL;
		return 0;
	case NVME_IO_WRITE_ZEROES:
		return io->nblocks && io->nblocks <= 65536 &&
				       !(io->flags & ~(NVME_IO_FUA | NVME_IO_DEAC))
			       ? 0
			       : -EINVAL;
	case NVME_IO_DEALLOCATE:
		return io->nblocks && !io->flags ? 0 : -EINVAL;
	default:
		return io->flags ? -EINVAL : 0;
	}
}

int nvme_io_submit(struct nvme_qpair *q, struct nvme_io *io)
{
	int rc;

	rt_loop_assert_thread(q->loop);
	if (q->failed)
		return -ENODEV;
	rc = io_check(q, io);
	if (rc)
		return rc;
	io->retries = 0;
	io->next = NULL;
	memset(&io->result, 0, sizeof(io->result));
	if (q->wait_head || q->quiesced || q->frozen) {
		wait_push(q, io, false);
		return 0;
	}
	rc = io_start(q, io);
	if (rc == -EAGAIN) {
		wait_push(q, io, false);
		arm(q);
		return 0;
	}
	return rc;
}

void nvme_qpair_flush(struct nvme_qpair *q)
{
	rt_loop_assert_thread(q->loop);
	sq_ring(q);
}

unsigned nvme_qpair_poll(struct nvme_qpair *q)
{
	unsigned n;

	rt_loop_assert_thread(q->loop);
	n = nvme_qpair_process(q);
	sq_ring(q);
	return n;
}

uint32_t nvme_qpair_outstanding(const struct nvme_qpair *q)
{
	uint32_t n = q->outstanding;

	for (const struct nvme_io *io = q->wait_head; io; io = io->next)
		n++;
	return n;
}

uint16_t nvme_qpair_qid(const struct nvme_qpair *q)
{
	return q->st.qid;
}

int nvme_io_cid(const struct nvme_qpair *q, const struct nvme_io *io, uint16_t *cid)
{
	for (const struct nvme_io *w = q->wait_head; w; w = w->next)
		if (w == io)
			return -EBUSY;
	for (uint32_t i = 0; i < q->ntrk; i++) {
		if (q->trk[i].active && q->trk[i].io == io) {
			*cid = q->trk[i].cid;
			return 0;
		}
	}
	return -ENOENT;
}

void nvme_qpair_get_stats(const struct nvme_qpair *q, struct nvme_qpair_stats *out)
{
	*out = q->stats;
}

/* ---- admin submission ------------------------------------------------------------ */

static int admin_start(struct nvme_qpair *q, struct nvme_admin *a)
{
	struct nvme_tracker *tr = trk_get(q);
	uint8_t sqe[NVME_SQE_SIZE];

	if (!tr)
		return -EAGAIN;
	memcpy(sqe, a->sqe, sizeof(sqe));
	pv_put_u16(&sqe[offsetof(struct nvme_wire_sqe_hdr, cid)], tr->cid);
	if (a->len)
		pv_put_u64(&sqe[offsetof(struct nvme_wire_sqe_hdr, prp1)], a->data.iova);
	tr->adm = a;
	sq_write(q, tr, sqe, a->no_timeout ? 0 : q->c->o.admin_timeout_ms);
	return 0;
}

void nvme_qpair_admin_submit(struct nvme_qpair *q, struct nvme_admin *a)
{
	rt_loop_assert_thread(q->loop);
	memset(&a->cqe, 0, sizeof(a->cqe));
	a->err = 0;
	if (q->failed) {
		a->err = -ENODEV;
		a->cb(a);
		return;
	}
	if (!TAILQ_EMPTY(&q->admin_wait) || q->quiesced || q->frozen || admin_start(q, a))
		TAILQ_INSERT_TAIL(&q->admin_wait, a, link);
	sq_ring(q);
}

static void admin_wait_run(struct nvme_qpair *q)
{
	struct nvme_admin *a;

	while (!q->quiesced && !q->failed && !q->frozen && (a = TAILQ_FIRST(&q->admin_wait))) {
		if (admin_start(q, a))
			break;
		TAILQ_REMOVE(&q->admin_wait, a, link);
	}
}

/* ---- completions ------------------------------------------------------------------ */

static void bad_cqe(struct nvme_qpair *q, const struct nvme_cqe *e, const char *why)
{
	atomic_fetch_add(&q->c->stats.bad_cqes, 1);
	rt_log_rl(&q->lo, RT_LOG_WARN,
		  "refused completion (%s): sqid %u cid 0x%04x sqhd %u status 0x%04x", why, e->sqid,
		  e->cid, e->sqhd, e->status);
}

static bool retryable(const struct nvme_cqe *e)
{
	return e->sct == NVME_SCT_GENERIC && e->sc == NVME_GENERIC_STATUS_ABORT_REQUESTED;
}

static void complete_one(struct nvme_qpair *q, const struct nvme_cqe *e)
{
	uint32_t idx = e->cid & ((1u << q->st.cid_bits) - 1);
	struct nvme_tracker *tr;
	struct nvme_io *io;
	uint32_t ahead, window;

	if (e->sqid != q->st.qid) {
		bad_cqe(q, e, "another queue's");
		return;
	}
	if (idx >= q->ntrk) {
		bad_cqe(q, e, "command id out of range");
		return;
	}
	tr = &q->trk[idx];
	if (!tr->active || tr->cid != e->cid) {
		bad_cqe(q, e, tr->active ? "stale command id" : "no such command outstanding");
		return;
	}
	/* The SQ head may only move forward, and not past what we submitted. */
	ahead = (e->sqhd + q->st.size - q->st.sq_head) % q->st.size;
	window = (q->st.sq_tail + q->st.size - q->st.sq_head) % q->st.size;
	if (e->sqhd < q->st.size && ahead <= window)
		q->st.sq_head = e->sqhd;
	else
		bad_cqe(q, e, "SQ head outside the window (ignored)");
	tr->active = false;
	q->outstanding--;
	q->stats.completed++;
	if (tr->adm) {
		struct nvme_admin *a = tr->adm;

		trk_put(q, tr);
		a->cqe = *e;
		a->err = nvme_cqe_ok(e) ? 0 : -EIO;
		a->cb(a);
		return;
	}
	io = tr->io;
	if (!nvme_cqe_ok(e) && retryable(e) && io->retries == 0) {
		nvme_io_finish(q, tr, io, 1);
		trk_put(q, tr);
		io->retries++;
		atomic_fetch_add(&q->c->stats.retries, 1);
		wait_push(q, io, true);
		return;
	}
	io->result =
		(struct nvme_io_result){.dw0 = e->dw0, .sct = e->sct, .sc = e->sc, .dnr = e->dnr};
	nvme_io_finish(q, tr, io, nvme_cqe_ok(e) ? 0 : -EIO);
	trk_put(q, tr);
	io->cb(io->ctx, nvme_cqe_ok(e) ? 0 : -EIO);
}

unsigned nvme_qpair_process(struct nvme_qpair *q)
{
	unsigned total = 0;

	if (q->quiesced || q->failed || q->frozen)
		return 0;
	while (total < q->st.size) {
		struct nvme_cqe batch[NVME_DRAIN_BATCH];
		uint8_t raw[NVME_DRAIN_BATCH][NVME_CQE_SIZE];
		unsigned n = 0;

		while (n < NVME_DRAIN_BATCH) {
			uint8_t *slot =
				(uint8_t *)q->cq_mem.va + (size_t)q->st.cq_head * NVME_CQE_SIZE;
			uint16_t status = __atomic_load_n(
				(uint16_t *)(slot + offsetof(struct nvme_wire_cqe, status)),
				__ATOMIC_ACQUIRE);

			if ((status & NVME_CQE_P_MASK) != q->st.phase)
				break;
			/* Copy once; the copy is what we check and act on. */
			memcpy(raw[n], slot, NVME_CQE_SIZE);
			nvme_cqe_decode(raw[n], NVME_CQE_SIZE, NULL, &batch[n]);
			if (++q->st.cq_head == q->st.size) {
				q->st.cq_head = 0;
				q->st.phase ^= 1;
			}
			n++;
		}
		if (!n)
			break;
		pci_write32(q->c->pci, 0, nvme_cq_doorbell(q->c, q->st.qid), q->st.cq_head);
		q->stats.cq_doorbells++;
		if (rt_trace_on(q->c->o.trace)) {
			for (unsigned i = 0; i < n; i++) {
				struct nvme_trace_id id = {
					.cid = batch[i].cid,
					.slot = (uint16_t)((q->st.cq_head + q->st.size * 2 - n +
							    i) %
							   q->st.size),
					.doorbell = (uint16_t)q->st.cq_head};
				uint64_t tid;
				struct iovec iov = {.iov_base = raw[i], .iov_len = NVME_CQE_SIZE};

				nvme_trace_id_encode(&id, &tid, sizeof(tid));
				rt_trace_record(q->c->o.trace, PVTRACE_PROTO_NVME,
						PVTRACE_DIR_FROM_DEVICE, q->st.qid, tid, &iov, 1);
			}
		}
		for (unsigned i = 0; i < n; i++)
			complete_one(q, &batch[i]);
		total += n;
	}
	if (q->admin)
		admin_wait_run(q);
	else
		wait_run(q);
	return total;
}

/* ---- watchers ----------------------------------------------------------------------- */

static void prep_cb(struct ev_loop *loop, ev_prepare *w, int revents)
{
	struct nvme_qpair *q = rt_container_of(w, struct nvme_qpair, prep_w);

	if (q->outstanding && nvme_qpair_process(q)) {
		q->stats.polls++;
		if (q->c->o.poll_us) {
			q->poll_until = nvme_now_ns() + (uint64_t)q->c->o.poll_us * 1000u;
			ev_idle_start(loop, &q->poll_w);
		}
	}
	sq_ring(q);
	if (!q->outstanding && q->st.sq_db == q->st.sq_tail)
		ev_prepare_stop(loop, w);
}

static void poll_cb(struct ev_loop *loop, ev_idle *w, int revents)
{
	struct nvme_qpair *q = rt_container_of(w, struct nvme_qpair, poll_w);
	uint64_t now = nvme_now_ns();

	if (nvme_qpair_process(q)) {
		q->stats.polls++;
		q->poll_until = now + (uint64_t)q->c->o.poll_us * 1000u;
	}
	sq_ring(q);
	if (!q->outstanding || now > q->poll_until)
		ev_idle_stop(loop, w);
}

static void irq_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct nvme_qpair *q = rt_container_of(w, struct nvme_qpair, irq_w);
	uint64_t n;

	rt_eventfd_take(q->efd, &n);
	if (nvme_qpair_process(q))
		q->stats.interrupts++;
	sq_ring(q);
}

void nvme_qpair_check_timeouts(struct nvme_qpair *q)
{
	uint64_t now = nvme_now_ns();

	for (uint32_t i = 0; i < q->ntrk && !q->quiesced && !q->failed && !q->frozen; i++) {
		struct nvme_tracker *tr = &q->trk[i];

		if (!tr->active || now < tr->deadline)
			continue;
		if (q->admin || tr->aborting) {
			/* An admin command, or a command still out after its Abort: reset. */
			tr->deadline = UINT64_MAX;
			rt_log_warn(&q->lo, "command 0x%04x %s: resetting the controller", tr->cid,
				    tr->aborting ? "still outstanding after Abort" : "timed out");
			nvme_ctrlr_request_reset(q->c, q->admin
							       ? "admin command timeout"
							       : "command outstanding after Abort");
			continue;
		}
		tr->aborting = true;
		tr->deadline = now + (uint64_t)q->c->o.abort_timeout_ms * 1000000u;
		atomic_fetch_add(&q->c->stats.timeouts, 1);
		rt_log_rl(&q->lo, RT_LOG_WARN, "command 0x%04x timed out: Abort", tr->cid);
		nvme_ctrlr_request_abort(q->c, q->st.qid, tr->cid);
	}
}

static void tmo_cb(struct rt_timer *t)
{
	struct nvme_qpair *q = rt_container_of(t, struct nvme_qpair, tmo_t);

	/* A lost interrupt costs at most one tick. */
	nvme_qpair_process(q);
	sq_ring(q);
	nvme_qpair_check_timeouts(q);
	if (!q->outstanding && !q->wait_head)
		rt_timer_stop(t);
}

/* ---- reset cooperation ------------------------------------------------------------- */

/* Takes every outstanding command back: I/O to retry (once) or to fail. */
static void quiesce(struct nvme_qpair *q)
{
	struct nvme_io *retry = NULL, **rt = &retry;

	q->quiesced = true;
	ev_idle_stop(q->loop, &q->poll_w);
	for (uint32_t i = 0; i < q->ntrk; i++) {
		struct nvme_tracker *tr = &q->trk[i];
		struct nvme_io *io = tr->io;

		if (!tr->active)
			continue;
		tr->active = false;
		q->outstanding--;
		if (tr->adm) {
			struct nvme_admin *a = tr->adm;

			trk_put(q, tr);
			a->err = -ECANCELED;
			a->cb(a);
			continue;
		}
		nvme_io_finish(q, tr, io, 1);
		trk_put(q, tr);
		if (io->retries) {
			io->result = (struct nvme_io_result){.err = -EIO};
			io->cb(io->ctx, -EIO);
			continue;
		}
		io->retries++;
		atomic_fetch_add(&q->c->stats.retries, 1);
		*rt = io;
		io->next = NULL;
		rt = &io->next;
	}
	/* Retries go first, before what was already waiting. */
	if (retry) {
		*rt = q->wait_head;
		if (!q->wait_head)
			q->wait_tail = rt;
		q->wait_head = retry;
	}
}

void nvme_qpair_fail_all(struct nvme_qpair *q, int err)
{
	struct nvme_io *io;
	struct nvme_admin *a;

	for (uint32_t i = 0; i < q->ntrk; i++) {
		struct nvme_tracker *tr = &q->trk[i];

		if (!tr->active)
			continue;
		tr->active = false;
		q->outstanding--;
		if (tr->adm) {
			a = tr->adm;
			trk_put(q, tr);
			a->err = err;
			a->cb(a);
		} else {
			io = tr->io;
			nvme_io_finish(q, tr, io, err);
			trk_put(q, tr);
			io->result = (struct nvme_io_result){.err = err};
			io->cb(io->ctx, err);
		}
	}
	while ((io = wait_pop(q))) {
		io->result = (struct nvme_io_result){.err = err};
		io->cb(io->ctx, err);
	}
	while ((a = TAILQ_FIRST(&q->admin_wait))) {
		TAILQ_REMOVE(&q->admin_wait, a, link);
		a->err = err;
		a->cb(a);
	}
}

void nvme_qpair_ring_reset(struct nvme_qpair *q)
{
	memset(q->sq_mem.va, 0, q->sq_mem.len);
	memset(q->cq_mem.va, 0, q->cq_mem.len);
	q->st.sq_tail = q->st.sq_head = q->st.sq_db = q->st.cq_head = 0;
	q->st.phase = 1;
}

static void ctl_cb(struct ev_loop *loop, ev_async *w, int revents)
{
	struct nvme_qpair *q = rt_container_of(w, struct nvme_qpair, ctl_w);
	unsigned req;

	pthread_mutex_lock(&q->ctl_lock);
	req = q->ctl_req;
	q->ctl_req = 0;
	pthread_mutex_unlock(&q->ctl_lock);
	if (req & QP_CTL_QUIESCE)
		quiesce(q);
	if (req & QP_CTL_RESET)
		nvme_qpair_ring_reset(q);
	if (req & QP_CTL_FAIL) {
		q->failed = true;
		q->quiesced = false;
		nvme_qpair_fail_all(q, -ENODEV);
	}
	if (req & QP_CTL_RESUME) {
		q->quiesced = false;
		wait_run(q);
		sq_ring(q);
		if (q->outstanding || q->wait_head)
			arm(q);
	}
	if (req)
		nvme_ctrlr_ack(q->c);
}

void nvme_qpair_ctl(struct nvme_qpair *q, unsigned req)
{
	if (q->admin) {
		/* The admin queue pair lives on the controller's thread: act now. */
		if (req & QP_CTL_QUIESCE) {
			q->quiesced = true;
			nvme_qpair_fail_all(q, -ECANCELED);
		}
		if (req & QP_CTL_RESET)
			nvme_qpair_ring_reset(q);
		if (req & QP_CTL_FAIL) {
			q->failed = true;
			nvme_qpair_fail_all(q, -ENODEV);
		}
		if (req & QP_CTL_RESUME) {
			q->quiesced = false;
			admin_wait_run(q);
			sq_ring(q);
		}
		return;
	}
	pthread_mutex_lock(&q->ctl_lock);
	q->ctl_req |= req;
	pthread_mutex_unlock(&q->ctl_lock);
	ev_async_send(q->loop, &q->ctl_w);
}

/* ---- life --------------------------------------------------------------------------- */

/* It completed before anyone claimed it: counted, its outcome kept for a claim. */
static void carried_done(void *ctx, int status)
{
	struct nvme_carried *k = ctx;

	k->done = true;
	k->status = status;
	atomic_fetch_add(&k->c->stats.carried_done, 1);
	rt_log_info(&k->c->lo, "command 0x%04x carried over from the binary before completed: %s",
		    k->cid, status ? strerror(-status) : "success");
}

static struct nvme_carried *carried_find(struct nvme_qpair *q, uint16_t cid)
{
	for (struct nvme_carried *k = q->carried; k; k = k->next)
		if (k->cid == cid && !k->claimed)
			return k;
	return NULL;
}

int nvme_qpair_claim_carried(struct nvme_qpair *q, uint16_t cid, struct nvme_io *io,
			     bool check_only, int *status)
{
	struct nvme_carried *k;
	struct nvme_tracker *tr;

	rt_loop_assert_thread(q->loop);
	k = carried_find(q, cid);
	if (!k)
		return -ENOENT;
	if (check_only)
		return 0;
	k->claimed = true;
	if (k->done) {
		atomic_fetch_add(&q->c->stats.carried_claimed, 1);
		io->result = k->io.result;
		*status = k->status;
		/* A bounced read's data waited in its bounce buffer for this. */
		if (k->bounce >= 0)
			nvme_io_bounce_out(q, k->bounce, io, k->status);
		k->bounce = -1;
		return 1;
	}
	tr = &q->trk[cid & ((1u << q->st.cid_bits) - 1)];
	if (!tr->active || tr->io != &k->io)
		return -EINVAL; /* not reached: a stand-in not done is its tracker's io */
	/* Still on the device: its completion goes to io from now on, exactly once. */
	io->retries = 1; /* never reissued: the device may have moved the data already */
	tr->io = io;
	atomic_fetch_add(&q->c->stats.carried_claimed, 1);
	return 0;
}

/* The PRP list / SGL page each slot needs (I/O queue pairs). */
static size_t list_bytes_of(const struct nvme_ctrlr *c, bool admin)
{
	size_t n;

	if (admin)
		return 0;
	/* Room for a PRP list of max_xfer (plus a chain entry) or an SGL segment. */
	n = rt_max(((size_t)c->info.max_xfer / NVME_PAGE + 2) * 8,
		   (size_t)NVME_SGL_MAX * NVME_SGL_DESC_SIZE);
	return rt_align_up(n, (size_t)NVME_PAGE);
}

/* Re-attaches the saved commands of k to their slots (adopt). */
static int adopt_cmds(struct nvme_qpair *q, const struct nvme_kept_q *k)
{
	struct nvme_ctrlr *c = q->c;
	unsigned aers = 0;

	for (uint32_t i = 0; i < k->ncmds; i++) {
		const struct nvme_kept_cmd *kc = &k->cmds[i];
		struct nvme_tracker *tr = &q->trk[kc->index];

		TAILQ_REMOVE(&q->free, tr, link);
		tr->cid = kc->cid;
		tr->active = true;
		q->outstanding++;
		if (kc->kind == PVSS_NVME_CMD_KIND_AER) {
			tr->adm = &c->aer[aers];
			tr->deadline = UINT64_MAX;
			nvme_aer_adopt(c, aers++);
			continue;
		}
		struct nvme_carried *ca = calloc(1, sizeof(*ca));

		if (!ca)
			return -ENOMEM;
		/* Its data pointer was the old binary's: nothing to copy back, never reissued. */
		ca->c = c;
		ca->cid = kc->cid;
		ca->next = q->carried;
		q->carried = ca;
		ca->io.op = NVME_IO_FLUSH;
		ca->io.flags = NVME_IO_STANDIN;
		ca->bounce = -1;
		ca->io.cb = carried_done;
		ca->io.ctx = ca;
		ca->io.retries = 1;
		tr->io = &ca->io;
		tr->deadline = nvme_now_ns() + (uint64_t)c->o.io_timeout_ms * 1000000u;
		if (kc->bounce != 0xFF) {
			tr->bounce = kc->bounce;
			q->bounce_free &= ~(1u << kc->bounce);
		}
		atomic_fetch_add(&c->stats.carried, 1);
	}
	return 0;
}

static int qpair_alloc(struct nvme_ctrlr *c, struct ev_loop *loop, uint16_t qid, uint32_t size,
		       bool admin, bool bounce, const struct nvme_kept_q *k,
		       struct nvme_qpair **out)
{
	struct nvme_qpair *q = calloc(1, sizeof(*q));
	size_t list_bytes = 0;
	int rc = -ENOMEM;

	if (!q)
		return -ENOMEM;
	q->c = c;
	q->loop = loop;
	q->admin = admin;
	q->bounce_all = bounce;
	q->efd = -1;
	q->st.qid = qid;
	q->st.vector = qid;
	q->st.size = size;
	q->st.phase = 1;
	q->ntrk = size - 1;
	while ((1u << q->st.cid_bits) < q->ntrk)
		q->st.cid_bits++;
	if (k && k->cid_bits != q->st.cid_bits) {
		free(q);
		return -EINVAL;
	}
	rt_log_obj_init(&q->lo, c->o.log, "%s q%u", c->name, qid);
	TAILQ_INIT(&q->free);
	TAILQ_INIT(&q->admin_wait);
	q->wait_tail = &q->wait_head;
	pthread_mutex_init(&q->ctl_lock, NULL);
	q->trk = calloc(q->ntrk, sizeof(*q->trk));
	q->st.cid_gen = calloc(q->ntrk, sizeof(*q->st.cid_gen));
	if (!q->trk || !q->st.cid_gen)
		goto fail;
	list_bytes = list_bytes_of(c, admin);
	if (k) {
		/* The device still has these rings; in-flight commands still use their pages. */
		if ((rc = pci_dma_pool_claim(c->pool, k->sq_iova, (size_t)size * NVME_SQE_SIZE,
					     &q->sq_mem)) ||
		    (rc = pci_dma_pool_claim(c->pool, k->cq_iova, (size_t)size * NVME_CQE_SIZE,
					     &q->cq_mem)))
			goto fail;
		if (k->list_bytes != list_bytes || (admin && k->bounce_slots) ||
		    (!admin && k->bounce_slots && k->bounce_size != c->info.max_xfer)) {
			rt_log_err(&q->lo,
				   "saved with %u-byte lists and %u bounce slots of %u bytes: "
				   "this controller needs %zu and %u",
				   k->list_bytes, k->bounce_slots, k->bounce_size, list_bytes,
				   c->info.max_xfer);
			rc = -EINVAL;
			goto fail;
		}
		for (uint32_t i = 0; i < k->ncmds; i++)
			if (k->cmds[i].list_iova &&
			    (rc = pci_dma_pool_claim(c->pool, k->cmds[i].list_iova, list_bytes,
						     &q->trk[k->cmds[i].index].list)))
				goto fail;
	} else if ((rc = pci_dma_alloc(c->pool, (size_t)size * NVME_SQE_SIZE, &q->sq_mem)) ||
		   (rc = pci_dma_alloc(c->pool, (size_t)size * NVME_CQE_SIZE, &q->cq_mem))) {
		goto fail;
	}
	q->st.sq_iova = q->sq_mem.iova;
	q->st.cq_iova = q->cq_mem.iova;
	for (uint32_t i = 0; i < q->ntrk; i++) {
		struct nvme_tracker *tr = &q->trk[i];

		tr->index = (uint16_t)i;
		tr->bounce = -1;
		if (list_bytes && !tr->list.len &&
		    (rc = pci_dma_alloc(c->pool, list_bytes, &tr->list)))
			goto fail;
		TAILQ_INSERT_TAIL(&q->free, tr, link);
	}
	if (!admin && k && k->bounce_slots) {
		q->bounce_size = k->bounce_size;
		if ((rc = pci_dma_pool_claim(c->pool, k->bounce_iova,
					     (size_t)k->bounce_slots * k->bounce_size, &q->bounce)))
			goto fail;
		q->bounce_free = (uint32_t)((1ull << k->bounce_slots) - 1);
	} else if (!admin && k && bounce) {
		rc = -EINVAL;
		goto fail;
	} else if (!admin && !k) {
		unsigned slots = NVME_BOUNCE_SLOTS;

		q->bounce_size = c->info.max_xfer;
		while (slots && pci_dma_alloc(c->pool, (size_t)slots * q->bounce_size, &q->bounce))
			slots /= 2;
		if (!slots && bounce) {
			rc = -ENOMEM;
			goto fail;
		}
		q->bounce_free = slots ? (uint32_t)((1ull << slots) - 1) : 0;
	}
	if (k) {
		q->st.sq_tail = q->st.sq_db = k->sq_tail;
		q->st.sq_head = k->sq_head;
		q->st.cq_head = k->cq_head;
		q->st.phase = k->phase;
		q->st.vector = k->vector;
		memcpy(q->st.cid_gen, k->cid_gen, sizeof(*q->st.cid_gen) * q->ntrk);
		if ((rc = adopt_cmds(q, k)))
			goto fail;
	}
	q->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (q->efd < 0) {
		rc = -errno;
		goto fail;
	}
	ev_io_init(&q->irq_w, irq_cb, q->efd, EV_READ);
	ev_prepare_init(&q->prep_w, prep_cb);
	ev_idle_init(&q->poll_w, poll_cb);
	ev_async_init(&q->ctl_w, ctl_cb);
	rt_timer_init(&q->tmo_t, loop, tmo_cb);
	*out = q;
	return 0;
fail:
	nvme_qpair_free(q);
	return rc;
}

int nvme_qpair_alloc(struct nvme_ctrlr *c, struct ev_loop *loop, uint16_t qid, uint32_t size,
		     bool admin, bool bounce, struct nvme_qpair **out)
{
	return qpair_alloc(c, loop, qid, size, admin, bounce, NULL, out);
}

int nvme_qpair_adopt(struct nvme_ctrlr *c, struct ev_loop *loop, const struct nvme_kept_q *k,
		     struct nvme_qpair **out)
{
	return qpair_alloc(c, loop, k->qid, k->size, k->admin, k->bounce, k, out);
}

int nvme_qpair_freeze(struct nvme_qpair *q)
{
	if (q->wait_head || (q->admin && !TAILQ_EMPTY(&q->admin_wait)))
		return -EBUSY;
	/* What was written goes to the device now; its answers wait in the CQ for the new binary. */
	sq_ring(q);
	q->frozen = true;
	ev_io_stop(q->loop, &q->irq_w);
	ev_prepare_stop(q->loop, &q->prep_w);
	ev_idle_stop(q->loop, &q->poll_w);
	rt_timer_stop(&q->tmo_t);
	return 0;
}

void nvme_qpair_thaw(struct nvme_qpair *q)
{
	q->frozen = false;
	ev_io_start(q->loop, &q->irq_w);
	if (q->admin)
		admin_wait_run(q);
	else
		wait_run(q);
	/* An interrupt may have come while frozen: reap once on the next pass. */
	arm(q);
}

int nvme_qpair_start(struct nvme_qpair *q)
{
	int rc;

	rt_loop_assert_thread(q->loop);
	rc = pci_irq_set(q->c->pci, q->st.vector, q->efd);
	if (rc)
		return rc;
	ev_io_start(q->loop, &q->irq_w);
	ev_async_start(q->loop, &q->ctl_w);
	/* Adopted with commands out: their completions may already be in the CQ. */
	if (q->outstanding)
		arm(q);
	return 0;
}

void nvme_qpair_free(struct nvme_qpair *q)
{
	struct nvme_ctrlr *c;

	if (!q)
		return;
	c = q->c;
	if (q->efd >= 0) {
		ev_io_stop(q->loop, &q->irq_w);
		ev_async_stop(q->loop, &q->ctl_w);
		ev_prepare_stop(q->loop, &q->prep_w);
		ev_idle_stop(q->loop, &q->poll_w);
		rt_timer_stop(&q->tmo_t);
		pci_irq_set(c->pci, q->st.vector, -1);
		close(q->efd);
	}
	for (uint32_t i = 0; q->trk && i < q->ntrk; i++) {
		if (q->trk[i].list.len)
			pci_dma_free(c->pool, &q->trk[i].list);
	}
	while (q->carried) {
		struct nvme_carried *k = q->carried;

		q->carried = k->next;
		free(k);
	}
	if (q->bounce.len)
		pci_dma_free(c->pool, &q->bounce);
	if (q->sq_mem.len)
		pci_dma_free(c->pool, &q->sq_mem);
	if (q->cq_mem.len)
		pci_dma_free(c->pool, &q->cq_mem);
	pthread_mutex_destroy(&q->ctl_lock);
	free(q->trk);
	free(q->st.cid_gen);
	free(q);
}
