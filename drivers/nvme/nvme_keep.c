/*
 * NVMe keep-alive across a live update (docs/servicing.md): the controller
 * is never disabled; the old binary stops touching it and writes where
 * everything is (records NVME_CTRLR, NVME_QPAIR, NVME_CMD in
 * spec/savestate.yaml), the new binary takes it over from there.
 *
 * What crosses the exec: the DMA pool memfd (queues, PRP list pages,
 * bounce buffers: the device reaches them at the same IOVAs, since a kept
 * VFIO container keeps its mappings and pinned pages), and for VFIO the
 * container, group and device descriptors (closing the device descriptor
 * would make vfio-pci reset the function). The MSI-X vectors go to new
 * eventfds after the exec (VFIO_DEVICE_SET_IRQS swaps them); what the
 * device raised in between is found by polling each queue once.
 *
 * What is saved per queue pair: where its rings are, SQ tail (rung before
 * the save), SQ head as last reported, CQ head and phase, every slot's
 * command-id generation, and each command in flight (slot, CID, PRP list
 * page, bounce slot). A completion for such a command reaches the new
 * binary, whose tracker still expects exactly that CID: it is taken once
 * (a duplicate or stale one is refused as before). The admin queue carries
 * only its Asynchronous Event Requests (a save with any other admin
 * command in flight is refused): they stay with the device, which would
 * refuse more than AERL + 1 of them.
 *
 * The new binary checks the records like any input, then the device: CAP,
 * CC, AQA, ASQ and ACQ must read as saved and CSTS.RDY be 1 (a controller
 * that was reset meanwhile is not adopted), and Identify Controller must
 * give the same serial and model.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drivers/nvme/nvme_priv.h"
#include "runtime/savestate.h"
#include "runtime/util.h"

/* ---- save ------------------------------------------------------------------------- */

struct save_ctx {
	struct rt_work wk;
	struct nvme_ctrlr *c;
	int rc;
	bool done;
};

static bool is_aer(const struct nvme_ctrlr *c, const struct nvme_admin *a)
{
	return a >= &c->aer[0] && a < &c->aer[NVME_AERS];
}

/* Controller thread: nothing but AERs may be out; then stop timers and the admin queue. */
static int freeze_ctrlr(struct nvme_ctrlr *c)
{
	bool busy;
	int rc;

	pthread_mutex_lock(&c->lock);
	busy = c->reset_req || c->naborts || !TAILQ_EMPTY(&c->jobs);
	pthread_mutex_unlock(&c->lock);
	if (busy || c->state != NVME_CS_READY || c->resetting || c->job || c->init_cmd_busy ||
	    c->nsck_busy)
		return -EBUSY;
	/* Take what the device already posted (an AER's answer) before the picture is taken. */
	nvme_qpair_process(c->aq);
	for (uint32_t i = 0; i < c->aq->ntrk; i++)
		if (c->aq->trk[i].active && !is_aer(c, c->aq->trk[i].adm))
			return -EBUSY;
	rc = nvme_qpair_freeze(c->aq);
	if (rc)
		return rc;
	rt_timer_stop(&c->step_t);
	rt_timer_stop(&c->wd_t);
	c->frozen = true;
	return 0;
}

static void ctl_fn(struct rt_work *wk)
{
	struct save_ctx *s = rt_container_of(wk, struct save_ctx, wk);
	struct nvme_ctrlr *c = s->c;
	int rc;

	if (s->rc == 1) {
		rc = freeze_ctrlr(c);
	} else {
		/* resume */
		if (c->frozen) {
			c->frozen = false;
			nvme_qpair_thaw(c->aq);
			rt_timer_start(&c->wd_t, 1.0, 1.0);
		}
		rc = 0;
	}
	pthread_mutex_lock(&c->lock);
	s->rc = rc;
	s->done = true;
	pthread_cond_broadcast(&c->cond);
	pthread_mutex_unlock(&c->lock);
}

/* Runs freeze (what = 1) or resume (0) on the controller's thread and waits. */
static int on_ctrlr(struct nvme_ctrlr *c, int what)
{
	struct save_ctx s = {.c = c, .rc = what};
	int rc = rt_worker_call(&c->w, &s.wk, ctl_fn);

	if (rc)
		return rc;
	pthread_mutex_lock(&c->lock);
	while (!s.done)
		pthread_cond_wait(&c->cond, &c->lock);
	pthread_mutex_unlock(&c->lock);
	return s.rc;
}

static void put_qpair(struct rt_ss_writer *w, struct pvss_msg *m, const struct nvme_qpair *q)
{
	struct pvss_nvme_qpair *r = &m->u.nvme_qpair;
	uint32_t ncmds = 0;

	for (uint32_t i = 0; i < q->ntrk; i++)
		ncmds += q->trk[i].active;
	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_NVME_QPAIR;
	r->qid = q->st.qid;
	r->vector = q->st.vector;
	r->size = q->st.size;
	r->flags = (q->admin ? PVSS_NVME_QPAIR_FLAGS_ADMIN : 0) |
		   (q->bounce_all ? PVSS_NVME_QPAIR_FLAGS_BOUNCE : 0);
	r->ncmds = ncmds;
	r->sq_iova = q->st.sq_iova;
	r->cq_iova = q->st.cq_iova;
	r->sq_tail = q->st.sq_tail;
	r->sq_head = q->st.sq_head;
	r->cq_head = q->st.cq_head;
	r->phase = q->st.phase;
	r->cid_bits = q->st.cid_bits;
	r->bounce_iova = q->bounce.len ? q->bounce.iova : 0;
	r->bounce_slots =
		q->bounce.len && q->bounce_size ? (uint32_t)(q->bounce.len / q->bounce_size) : 0;
	r->bounce_size = r->bounce_slots ? q->bounce_size : 0;
	r->list_bytes = q->ntrk && q->trk[0].list.len ? (uint32_t)q->trk[0].list.len : 0;
	r->ntrk = q->ntrk;
	r->cid_gen_count = q->ntrk;
	memcpy(r->cid_gen, q->st.cid_gen, sizeof(*q->st.cid_gen) * q->ntrk);
	rt_ss_put(w, m);
	for (uint32_t i = 0; i < q->ntrk; i++) {
		const struct nvme_tracker *tr = &q->trk[i];
		struct pvss_nvme_cmd *k = &m->u.nvme_cmd;

		if (!tr->active)
			continue;
		memset(m, 0, sizeof(*m));
		m->type = PVSS_REC_TYPE_NVME_CMD;
		k->index = tr->index;
		k->cid = tr->cid;
		k->kind = tr->adm ? PVSS_NVME_CMD_KIND_AER : PVSS_NVME_CMD_KIND_IO;
		k->opcode = tr->adm ? tr->adm->sqe[0] : (tr->io ? tr->io->op : 0);
		k->bounce = tr->bounce < 0 ? 0xFF : (uint8_t)tr->bounce;
		k->nsid = tr->io ? tr->io->nsid : 0;
		k->lba = tr->io ? tr->io->lba : 0;
		k->list_iova = tr->list.len ? tr->list.iova : 0;
		rt_ss_put(w, m);
	}
}

int nvme_ctrlr_keep_save(struct nvme_ctrlr *c, struct rt_ss_writer *w, bool emu_ok)
{
	struct nvme_qpair *q, *qs[64];
	struct pvss_msg *m;
	struct pvss_nvme_ctrlr *r;
	unsigned nq = 0, frozen = 0;
	int fds[3] = {-1, -1, -1};
	bool vfio = !strcmp(c->pci->backend, "vfio"), sock = !strcmp(c->pci->backend, "sock");
	int rc = 0;

	if (!vfio && !sock && !emu_ok)
		return -EOPNOTSUPP;
	if (vfio && (rc = pci_vfio_fds(c->pci, fds)))
		return rc;
	if (sock && (fds[2] = pci_sock_fd(c->pci)) < 0)
		return fds[2];
	pthread_mutex_lock(&c->lock);
	TAILQ_FOREACH(q, &c->qpairs, link)
		if (nq < RT_ARRAY_SIZE(qs))
			qs[nq++] = q;
	pthread_mutex_unlock(&c->lock);
	for (; frozen < nq; frozen++) {
		rt_loop_assert_thread(qs[frozen]->loop);
		/* What the device posted goes to its owner now; what is still out is carried. */
		nvme_qpair_process(qs[frozen]);
		if ((rc = nvme_qpair_freeze(qs[frozen])))
			goto fail;
	}
	if ((rc = on_ctrlr(c, 1)))
		goto fail;
	m = rt_ss_msg_new(PVSS_REC_TYPE_NVME_CTRLR);
	if (!m) {
		rc = -ENOMEM;
		goto fail_ctrlr;
	}
	r = &m->u.nvme_ctrlr;
	r->pci_kind = vfio   ? PVSS_NVME_PCI_KIND_VFIO
		      : sock ? PVSS_NVME_PCI_KIND_SOCK
			     : PVSS_NVME_PCI_KIND_EMU;
	r->io_queues = c->info.io_queues;
	r->cap = c->cap;
	r->cc = pci_read32(c->pci, 0, NVME_REGS_CC_OFFSET);
	r->aqa = pci_read32(c->pci, 0, NVME_REGS_AQA_OFFSET);
	r->asq = c->aq->st.sq_iova;
	r->acq = c->aq->st.cq_iova;
	r->pool_fd = (uint32_t)pci_dma_pool_fd(c->pool);
	r->nqpairs = nq;
	r->pool_size = c->o.dma_bytes;
	r->pool_iova = c->o.dma_iova;
	r->ident_iova = c->init_cmd.data.iova;
	r->nsck_iova = c->nsck.data.iova;
	r->container_fd = vfio ? (uint32_t)fds[0] : PVSS_FD_NONE;
	r->group_fd = vfio ? (uint32_t)fds[1] : PVSS_FD_NONE;
	r->device_fd = vfio || sock ? (uint32_t)fds[2] : PVSS_FD_NONE;
	r->msix_vectors = c->pci->msix_vectors;
	memcpy(r->sn, c->info.sn, sizeof(r->sn));
	memcpy(r->mn, c->info.mn, sizeof(r->mn));
	rt_ss_put_fd(w, pci_dma_pool_fd(c->pool), PVSS_FD_KIND_DMA_POOL, 0, c->o.dma_bytes);
	if (vfio) {
		rt_ss_put_fd(w, fds[0], PVSS_FD_KIND_VFIO_CONTAINER, 0, 0);
		rt_ss_put_fd(w, fds[1], PVSS_FD_KIND_VFIO_GROUP, 0, 0);
		rt_ss_put_fd(w, fds[2], PVSS_FD_KIND_VFIO_DEVICE, 0, 0);
	}
	if (sock)
		rt_ss_put_fd(w, fds[2], PVSS_FD_KIND_PCI_SOCK, 0, 0);
	rt_ss_put(w, m);
	put_qpair(w, m, c->aq);
	for (unsigned i = 0; i < nq; i++)
		put_qpair(w, m, qs[i]);
	free(m);
	if (w->err) {
		rc = w->err;
		goto fail_ctrlr;
	}
	rt_log_info(&c->lo, "saved for keep-alive: %u I/O queue pairs, controller left enabled",
		    nq);
	return 0;
fail_ctrlr:
	on_ctrlr(c, 0);
fail:
	while (frozen--)
		nvme_qpair_thaw(qs[frozen]);
	if (rc == -EBUSY)
		rt_log_warn(&c->lo, "keep-alive save refused: the controller is busy (reset, admin "
				    "command or waiting I/O)");
	return rc;
}

void nvme_ctrlr_keep_resume(struct nvme_ctrlr *c)
{
	struct nvme_qpair *q;

	pthread_mutex_lock(&c->lock);
	TAILQ_FOREACH(q, &c->qpairs, link)
		if (q->frozen)
			nvme_qpair_thaw(q);
	pthread_mutex_unlock(&c->lock);
	on_ctrlr(c, 0);
}

/* ---- adopt -------------------------------------------------------------------------- */

static bool in_pool(const struct pvss_nvme_ctrlr *p, uint64_t iova, uint64_t len)
{
	return iova >= p->pool_iova && len <= p->pool_size &&
	       iova - p->pool_iova <= p->pool_size - len;
}

/* One NVME_QPAIR and its NVME_CMDs into k, checked against the pool and each other. */
static int take_qpair(struct nvme_ctrlr *c, struct rt_ss_reader *r, struct pvss_msg *m,
		      const struct pvss_nvme_ctrlr *p, bool admin, struct nvme_kept_q *k)
{
	const struct pvss_nvme_qpair *q = &m->u.nvme_qpair;
	unsigned aers = 0;

	if (rt_ss_take(r, PVSS_REC_TYPE_NVME_QPAIR, m))
		return rt_ss_fail(r, -EINVAL, "nvme: %s queue pair record missing",
				  admin ? "admin" : "an I/O");
	if (!!(q->flags & PVSS_NVME_QPAIR_FLAGS_ADMIN) != admin || q->vector >= p->msix_vectors ||
	    (!admin && q->qid > p->io_queues) ||
	    !in_pool(p, q->sq_iova, (uint64_t)q->size * NVME_SQE_SIZE) ||
	    !in_pool(p, q->cq_iova, (uint64_t)q->size * NVME_CQE_SIZE) ||
	    (q->bounce_slots &&
	     !in_pool(p, q->bounce_iova, (uint64_t)q->bounce_slots * q->bounce_size)) ||
	    (admin && q->bounce_slots) ||
	    (!q->bounce_slots && (q->flags & PVSS_NVME_QPAIR_FLAGS_BOUNCE)))
		return rt_ss_fail(r, -EINVAL,
				  "nvme: queue %u: qid, vector, flags or memory out of range",
				  q->qid);
	/* The CID's index bits: the fewest that index every slot (nvme_qpair_alloc). */
	if ((1u << q->cid_bits) < q->ntrk || (1u << q->cid_bits) >> 1 >= q->ntrk)
		return rt_ss_fail(r, -EINVAL, "nvme: queue %u: %u CID bits for %u slots", q->qid,
				  q->cid_bits, q->ntrk);
	if (admin && (q->sq_iova != p->asq || q->cq_iova != p->acq))
		return rt_ss_fail(r, -EINVAL, "nvme: admin queue not where ASQ/ACQ say");
	for (unsigned i = 0; !admin && i < c->nkept; i++)
		if (c->kept[i].qid == q->qid)
			return rt_ss_fail(r, -EINVAL, "nvme: queue %u saved twice", q->qid);
	*k = (struct nvme_kept_q){.qid = q->qid,
				  .vector = q->vector,
				  .size = q->size,
				  .ntrk = q->ntrk,
				  .admin = admin,
				  .bounce = (q->flags & PVSS_NVME_QPAIR_FLAGS_BOUNCE) != 0,
				  .sq_iova = q->sq_iova,
				  .cq_iova = q->cq_iova,
				  .bounce_iova = q->bounce_iova,
				  .sq_tail = q->sq_tail,
				  .sq_head = q->sq_head,
				  .cq_head = q->cq_head,
				  .phase = q->phase,
				  .cid_bits = q->cid_bits,
				  .bounce_slots = q->bounce_slots,
				  .bounce_size = q->bounce_size,
				  .list_bytes = q->list_bytes,
				  .ncmds = q->ncmds};
	k->cid_gen = calloc(q->ntrk, sizeof(*k->cid_gen));
	k->cmds = calloc(q->ncmds ? q->ncmds : 1, sizeof(*k->cmds));
	if (!k->cid_gen || !k->cmds)
		return -ENOMEM;
	memcpy(k->cid_gen, q->cid_gen, sizeof(*k->cid_gen) * q->ntrk);
	for (uint32_t i = 0; i < k->ncmds; i++) {
		const struct pvss_nvme_cmd *d = &m->u.nvme_cmd;
		struct nvme_kept_cmd *kc = &k->cmds[i];

		if (rt_ss_take(r, PVSS_REC_TYPE_NVME_CMD, m))
			return rt_ss_fail(r, -EINVAL, "nvme: queue %u: command %u of %u missing",
					  k->qid, i, k->ncmds);
		if (d->index >= k->ntrk ||
		    d->cid != (uint16_t)((unsigned)k->cid_gen[d->index] << k->cid_bits | d->index))
			return rt_ss_fail(r, -EINVAL,
					  "nvme: queue %u: command 0x%04x is not slot %u's id",
					  k->qid, d->cid, d->index);
		for (uint32_t j = 0; j < i; j++)
			if (k->cmds[j].index == d->index ||
			    (d->bounce != 0xFF && k->cmds[j].bounce == d->bounce))
				return rt_ss_fail(
					r, -EINVAL,
					"nvme: queue %u: slot %u or its bounce buffer saved "
					"twice",
					k->qid, d->index);
		if ((d->kind == PVSS_NVME_CMD_KIND_AER) != admin || (admin && ++aers > NVME_AERS) ||
		    (d->bounce != 0xFF && d->bounce >= k->bounce_slots) ||
		    (d->list_iova &&
		     (!k->list_bytes || !in_pool(p, d->list_iova, k->list_bytes))) ||
		    (!d->list_iova && k->list_bytes))
			return rt_ss_fail(
				r, -EINVAL,
				"nvme: queue %u: command 0x%04x: kind, bounce slot or list "
				"page out of place",
				k->qid, d->cid);
		if (d->kind == PVSS_NVME_CMD_KIND_IO && c->o.carried)
			c->o.carried(c->o.ctx, k->qid, d->cid);
		*kc = (struct nvme_kept_cmd){.index = d->index,
					     .cid = d->cid,
					     .kind = d->kind,
					     .opcode = d->opcode,
					     .bounce = d->bounce,
					     .nsid = d->nsid,
					     .list_iova = d->list_iova,
					     .lba = d->lba};
	}
	return 0;
}

/* Every page range the records give the pool: none may overlap another (checked before any claim). */
struct span {
	uint64_t at, len;
};

static unsigned spans_of(const struct nvme_kept_q *k, struct span *sp, unsigned n, unsigned cap)
{
	if (n + 3 + k->ncmds > cap)
		return cap + 1;
	sp[n++] = (struct span){k->sq_iova, (uint64_t)k->size * NVME_SQE_SIZE};
	sp[n++] = (struct span){k->cq_iova, (uint64_t)k->size * NVME_CQE_SIZE};
	if (k->bounce_slots)
		sp[n++] = (struct span){k->bounce_iova, (uint64_t)k->bounce_slots * k->bounce_size};
	for (uint32_t i = 0; i < k->ncmds; i++)
		if (k->cmds[i].list_iova)
			sp[n++] = (struct span){k->cmds[i].list_iova, k->list_bytes};
	return n;
}

static int check_overlaps(struct nvme_ctrlr *c, struct rt_ss_reader *r,
			  const struct pvss_nvme_ctrlr *p)
{
	unsigned cap = 2 + 3 * (1 + c->nkept) + c->kept_aq.ncmds, n = 0;
	struct span *sp;
	int rc = 0;

	for (unsigned i = 0; i < c->nkept; i++)
		cap += c->kept[i].ncmds;
	sp = calloc(cap, sizeof(*sp));
	if (!sp)
		return -ENOMEM;
	sp[n++] = (struct span){p->ident_iova, NVME_PAGE};
	sp[n++] = (struct span){p->nsck_iova, NVME_PAGE};
	n = spans_of(&c->kept_aq, sp, n, cap);
	for (unsigned i = 0; i < c->nkept && n <= cap; i++)
		n = spans_of(&c->kept[i], sp, n, cap);
	for (unsigned i = 0; i < n && n <= cap && !rc; i++) {
		/* Claims are by whole pages. */
		uint64_t a0 = sp[i].at,
			 a1 = sp[i].at + ((sp[i].len + NVME_PAGE - 1) & ~(uint64_t)(NVME_PAGE - 1));

		for (unsigned j = i + 1; j < n && !rc; j++) {
			uint64_t b0 = sp[j].at, b1 = sp[j].at + ((sp[j].len + NVME_PAGE - 1) &
								 ~(uint64_t)(NVME_PAGE - 1));

			if (a0 < b1 && b0 < a1)
				rc = rt_ss_fail(r, -EINVAL,
						"nvme: saved pages overlap (0x%llx and 0x%llx)",
						(unsigned long long)a0, (unsigned long long)b0);
		}
	}
	free(sp);
	return rc;
}

static int claim(struct rt_ss_reader *r, uint32_t fd, uint16_t kind, bool check_only, int *out)
{
	int rc = rt_ss_claim_fd(r, fd, kind, 0, check_only);

	if (rc)
		return rc;
	if (!check_only)
		fcntl((int)fd, F_SETFD, FD_CLOEXEC);
	*out = (int)fd;
	return 0;
}

int nvme_keep_take(struct nvme_ctrlr *c, struct rt_ss_reader *r, bool check_only)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	struct pvss_nvme_ctrlr p;
	int pool_fd = -1, vfd[3] = {-1, -1, -1};
	int rc;

	if (!m)
		return -ENOMEM;
	if (rt_ss_take(r, PVSS_REC_TYPE_NVME_CTRLR, m)) {
		rc = rt_ss_fail(r, -EINVAL, "nvme: no NVME_CTRLR record");
		goto out;
	}
	p = m->u.nvme_ctrlr;
	if (!in_pool(&p, p.asq, NVME_PAGE) || !in_pool(&p, p.acq, NVME_PAGE) ||
	    !in_pool(&p, p.ident_iova, NVME_PAGE) || !in_pool(&p, p.nsck_iova, NVME_PAGE) ||
	    p.ident_iova == p.nsck_iova) {
		rc = rt_ss_fail(r, -EINVAL, "nvme: controller pages outside the DMA pool");
		goto out;
	}
	if ((p.pci_kind == PVSS_NVME_PCI_KIND_VFIO) !=
		    (p.container_fd != PVSS_FD_NONE && p.group_fd != PVSS_FD_NONE) ||
	    (p.pci_kind == PVSS_NVME_PCI_KIND_EMU) != (p.device_fd == PVSS_FD_NONE) ||
	    (p.pci_kind != PVSS_NVME_PCI_KIND_VFIO &&
	     (p.container_fd != PVSS_FD_NONE || p.group_fd != PVSS_FD_NONE))) {
		rc = rt_ss_fail(r, -EINVAL, "nvme: the descriptors and the PCI kind disagree");
		goto out;
	}
	if (p.pci_kind == PVSS_NVME_PCI_KIND_EMU && !c->pci) {
		rc = rt_ss_fail(r, -EINVAL,
				"nvme: an emulated controller cannot be reopened (it lived in the "
				"old process)");
		goto out;
	}
	if ((rc = claim(r, p.pool_fd, PVSS_FD_KIND_DMA_POOL, check_only, &pool_fd)))
		goto out;
	if (p.pci_kind == PVSS_NVME_PCI_KIND_VFIO &&
	    ((rc = claim(r, p.container_fd, PVSS_FD_KIND_VFIO_CONTAINER, check_only, &vfd[0])) ||
	     (rc = claim(r, p.group_fd, PVSS_FD_KIND_VFIO_GROUP, check_only, &vfd[1])) ||
	     (rc = claim(r, p.device_fd, PVSS_FD_KIND_VFIO_DEVICE, check_only, &vfd[2]))))
		goto out;
	if (p.pci_kind == PVSS_NVME_PCI_KIND_SOCK &&
	    (rc = claim(r, p.device_fd, PVSS_FD_KIND_PCI_SOCK, check_only, &vfd[2])))
		goto out;
	if ((rc = take_qpair(c, r, m, &p, true, &c->kept_aq)))
		goto out;
	for (uint32_t i = 0; i < p.nqpairs; i++) {
		rc = take_qpair(c, r, m, &p, false, &c->kept[c->nkept]);
		c->nkept++; /* also a refused one: nvme_keep_free frees what it took */
		if (rc)
			goto out;
	}
	if ((rc = check_overlaps(c, r, &p)))
		goto out;
	c->kept_regs.cap = p.cap;
	c->kept_regs.cc = p.cc;
	c->kept_regs.aqa = p.aqa;
	c->kept_regs.asq = p.asq;
	c->kept_regs.acq = p.acq;
	memcpy(c->kept_regs.sn, p.sn, sizeof(p.sn));
	memcpy(c->kept_regs.mn, p.mn, sizeof(p.mn));
	c->info.io_queues = (uint16_t)p.io_queues;
	c->o.dma_bytes = p.pool_size;
	c->o.dma_iova = p.pool_iova;
	c->adopting = true;
	if (check_only)
		goto out;
	if (!c->pci && p.pci_kind == PVSS_NVME_PCI_KIND_SOCK) {
		/* The device process kept everything; HELLO takes it over as it runs. */
		rc = c->o.adopt_sock ? pci_sock_open(vfd[2], 0, c->o.log, &c->pci) : -EINVAL;
		vfd[2] = -1; /* the pci_dev's now, also on failure */
		if (rc) {
			rc = rt_ss_fail(r, rc, "nvme: the device process's socket: %s",
					strerror(-rc));
			goto out;
		}
	} else if (!c->pci) {
		if (p.pci_kind != PVSS_NVME_PCI_KIND_VFIO || !c->o.adopt_bdf) {
			rc = rt_ss_fail(r, -EINVAL,
					"nvme: an emulated controller cannot be reopened");
			goto out;
		}
		rc = pci_vfio_adopt(c->o.adopt_bdf, vfd, c->o.log, &c->pci);
		if (rc) {
			rc = rt_ss_fail(r, rc, "nvme: VFIO function %s: %s", c->o.adopt_bdf,
					strerror(-rc));
			goto out;
		}
		vfd[0] = vfd[1] = vfd[2] = -1;
	} else if (strcmp(c->pci->backend, p.pci_kind == PVSS_NVME_PCI_KIND_VFIO   ? "vfio"
					   : p.pci_kind == PVSS_NVME_PCI_KIND_SOCK ? "sock"
										   : "emu")) {
		rc = rt_ss_fail(r, -EINVAL, "nvme: saved on another kind of PCI backend");
		goto out;
	}
	if (c->pci->msix_vectors != p.msix_vectors) {
		rc = rt_ss_fail(r, -EINVAL, "nvme: %u MSI-X vectors now, %u saved",
				c->pci->msix_vectors, p.msix_vectors);
		goto out;
	}
	rc = pci_dma_pool_adopt(c->pci, pool_fd, p.pool_size, p.pool_iova, &c->pool);
	if (rc) {
		rc = rt_ss_fail(r, rc, "nvme: DMA pool: %s", strerror(-rc));
		goto out;
	}
	pool_fd = -1;
	if ((rc = pci_dma_pool_claim(c->pool, p.ident_iova, NVME_PAGE, &c->init_cmd.data)) ||
	    (rc = pci_dma_pool_claim(c->pool, p.nsck_iova, NVME_PAGE, &c->nsck.data))) {
		rc = rt_ss_fail(r, rc, "nvme: controller pages overlap");
		goto out;
	}
out:
	if (!check_only) {
		if (pool_fd >= 0)
			close(pool_fd);
		for (unsigned i = 0; i < 3; i++)
			if (vfd[i] >= 0)
				close(vfd[i]);
	}
	rt_ss_msg_release(m);
	return rc;
}

static void kept_q_free(struct nvme_kept_q *k)
{
	free(k->cid_gen);
	free(k->cmds);
	k->cid_gen = NULL;
	k->cmds = NULL;
}

void nvme_keep_free(struct nvme_ctrlr *c)
{
	kept_q_free(&c->kept_aq);
	for (unsigned i = 0; i < c->nkept; i++)
		kept_q_free(&c->kept[i]);
	c->nkept = 0;
}

const char *nvme_keep_regs_check(struct nvme_ctrlr *c)
{
	uint32_t s = pci_read32(c->pci, 0, NVME_REGS_CSTS_OFFSET);

	if (s == UINT32_MAX)
		return "CSTS reads all ones: the device is gone";
	if (c->cap != c->kept_regs.cap)
		return "CAP is not what it was: not the controller left running";
	if (pci_read32(c->pci, 0, NVME_REGS_CC_OFFSET) != c->kept_regs.cc ||
	    pci_read32(c->pci, 0, NVME_REGS_AQA_OFFSET) != c->kept_regs.aqa ||
	    pci_read64(c->pci, 0, NVME_REGS_ASQ_OFFSET) != c->kept_regs.asq ||
	    pci_read64(c->pci, 0, NVME_REGS_ACQ_OFFSET) != c->kept_regs.acq)
		return "CC, AQA, ASQ or ACQ changed since the save: the controller was reset";
	if (!(s & NVME_REGS_RDY_MASK) || (s & NVME_REGS_CFS_MASK))
		return "CSTS.RDY is 0 or CSTS.CFS set: the controller is not running as left";
	return NULL;
}

const char *nvme_keep_ident_check(struct nvme_ctrlr *c)
{
	char sn[21], mn[41];

	/* Both sides as nvme_parse_id_ctrl leaves them (trailing spaces trimmed). */
	memcpy(sn, c->kept_regs.sn, sizeof(sn) - 1);
	memcpy(mn, c->kept_regs.mn, sizeof(mn) - 1);
	sn[20] = mn[40] = 0;
	if (strcmp(sn, c->info.sn) || strcmp(mn, c->info.mn))
		return "Identify Controller: another serial or model than saved";
	return NULL;
}
