/*
 * The emulator's queues in driver memory: DMA regions (CREATE_DMA_REGION),
 * EQs, CQs and WQs, reading WQEs and writing CQEs and EQEs.
 *
 * Owner counts (gdma_main.c mana_gd_read_cqe / mana_gd_process_eq_events):
 * the device's tail counts entries written and starts at the number of
 * entries, so the first pass carries owner 1 and each wrap adds one (mod 8);
 * the driver's head does the same, and an entry whose owner is head's pass
 * minus one is "not yet written". We write the entry's data first and its
 * last dword (the owner) last, with a release fence between.
 *
 * Arming (OpenVMM queues.rs CqEq::doorbell): a CQ or EQ starts armed. The
 * next entry written to an armed CQ posts a COMPLETION EQE on its parent EQ;
 * the next entry written to an armed EQ raises its MSI-X vector; either
 * disarms. A doorbell with arm set re-arms it when the driver's tail
 * (entries consumed, mod entries << 3) has caught up, and acts at once when
 * entries are already waiting.
 *
 * Every address comes from the driver: pages are checked for alignment and
 * every access goes through the bus's DMA checks (pcidev_dma_read/write).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/mana/mana_emu_priv.h"
#include "runtime/trace.h"
#include "runtime/util.h"

#define PAGE GDMA_PAGE_SIZE

/* ------------------------------------------------------------------ */
/* Driver memory                                                        */

int memu_mem_init(struct emu_mem *m, const uint64_t *pages, uint32_t npages, uint32_t offset,
		  uint64_t length)
{
	memset(m, 0, sizeof(*m));
	if (npages == 0 || npages > EMU_REGION_MAX_PAGES || offset >= PAGE)
		return -EINVAL;
	for (uint32_t i = 0; i < npages; i++)
		if (!rt_is_aligned(pages[i], (uint64_t)PAGE))
			return -EINVAL;
	m->pages = malloc(npages * sizeof(*m->pages));
	if (!m->pages)
		return -ENOMEM;
	memcpy(m->pages, pages, npages * sizeof(*m->pages));
	m->npages = npages;
	m->offset = offset;
	m->length = length;
	return 0;
}

int memu_mem_page(struct emu_mem *m, uint64_t addr)
{
	uint64_t *p;

	if (!rt_is_aligned(addr, (uint64_t)PAGE) || m->npages >= EMU_REGION_MAX_PAGES)
		return -EINVAL;
	p = realloc(m->pages, (m->npages + 1) * sizeof(*p));
	if (!p)
		return -ENOMEM;
	p[m->npages++] = addr;
	m->pages = p;
	return 0;
}

void memu_mem_free(struct emu_mem *m)
{
	free(m->pages);
	memset(m, 0, sizeof(*m));
}

/* Walks [off, off + len) of m page by page; write selects the direction. */
static int mem_io(struct mana_emu *e, const struct emu_mem *m, uint64_t off, void *buf, size_t len,
		  bool write)
{
	uint8_t *b = buf;
	uint64_t end;

	if (rt_add_u64(off, len, &end) || end > m->length)
		return -EINVAL;
	off += m->offset;
	while (len) {
		uint64_t pg = off / PAGE, in = off % PAGE;
		size_t n = (size_t)rt_min((uint64_t)len, PAGE - in);
		int rc;

		if (pg >= m->npages)
			return -EINVAL;
		rc = write ? pcidev_dma_write(&e->pd, m->pages[pg] + in, b, n)
			   : pcidev_dma_read(&e->pd, m->pages[pg] + in, b, n);
		if (rc) {
			e->st.dma_errors++;
			return rc;
		}
		b += n;
		off += n;
		len -= n;
	}
	return 0;
}

int memu_dma_read(struct mana_emu *e, const struct emu_mem *m, uint64_t off, void *dst, size_t len)
{
	return mem_io(e, m, off, dst, len, false);
}

int memu_dma_write(struct mana_emu *e, const struct emu_mem *m, uint64_t off, const void *src,
		   size_t len)
{
	return mem_io(e, m, off, (void *)src, len, true);
}

/* A ring: reads len bytes at off (mod size), wrapping to the start. */
static int ring_read(struct mana_emu *e, const struct emu_mem *m, uint32_t size, uint32_t off,
		     void *dst, uint32_t len)
{
	uint32_t o = off & (size - 1), first = rt_min(len, size - o);
	int rc = memu_dma_read(e, m, o, dst, first);

	if (!rc && len > first)
		rc = memu_dma_read(e, m, 0, (uint8_t *)dst + first, len - first);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Regions                                                              */

struct emu_region *memu_region_find(struct mana_emu *e, uint64_t handle)
{
	for (unsigned i = 0; i < EMU_MAX_REGIONS; i++)
		if (e->regions[i].used && e->regions[i].handle == handle)
			return &e->regions[i];
	return NULL;
}

static bool pow2_queue(uint64_t size)
{
	return size >= PAGE && size <= (uint64_t)EMU_REGION_MAX_PAGES * PAGE &&
	       (size & (size - 1)) == 0;
}

int memu_region_take(struct mana_emu *e, uint64_t handle, uint32_t size, struct emu_mem *m)
{
	struct emu_region *r = memu_region_find(e, handle);

	/* A queue is whole pages of a power-of-two size, the region exactly it. */
	if (!r || r->mem.npages != r->page_count || r->mem.offset != 0 || r->mem.length != size ||
	    !pow2_queue(size))
		return -EINVAL;
	*m = r->mem;
	memset(&r->mem, 0, sizeof(r->mem));
	r->used = false;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Queue tables                                                         */

int memu_eq_slot(const struct mana_emu *e, uint32_t id)
{
	uint32_t s = id - EMU_EQ_ID_BASE;

	return id >= EMU_EQ_ID_BASE && s < EMU_MAX_EQ && e->eqs[s].ring.used ? (int)s : -1;
}

int memu_cq_slot(const struct mana_emu *e, uint32_t id)
{
	uint32_t s = id - EMU_CQ_ID_BASE;

	return id >= EMU_CQ_ID_BASE && s < EMU_MAX_CQ && e->cqs[s].ring.used ? (int)s : -1;
}

int memu_wq_slot(const struct mana_emu *e, bool is_sq, uint32_t id)
{
	uint32_t base = is_sq ? EMU_SQ_ID_BASE : EMU_RQ_ID_BASE, s = id - base;

	return id >= base && s < EMU_MAX_WQ && e->wqs[is_sq][s].used ? (int)s : -1;
}

int memu_wq_by_obj(const struct mana_emu *e, bool is_sq, uint64_t obj)
{
	for (uint32_t i = 0; i < EMU_MAX_WQ; i++)
		if (e->wqs[is_sq][i].used && !e->wqs[is_sq][i].hwc && e->wqs[is_sq][i].obj == obj)
			return (int)i;
	return -1;
}

/* Takes m for a ring of entries of entry_size bytes, armed, owner 1 on the first pass. */
static void ring_init(struct emu_ring *r, struct emu_mem *m, bool hwc, uint32_t entry_size)
{
	*r = (struct emu_ring){.used = true, .hwc = hwc, .mem = *m, .armed = true};
	r->entries = (uint32_t)(m->length / entry_size);
	r->tail = r->entries;
	memset(m, 0, sizeof(*m));
}

static void ring_free(struct emu_ring *r)
{
	memu_mem_free(&r->mem);
	r->used = false;
}

int memu_eq_create(struct mana_emu *e, struct emu_mem *m, uint32_t msix, bool hwc, uint32_t *slot)
{
	if (msix >= e->opts.msix_vectors || !pow2_queue(m->length))
		return -EINVAL;
	for (uint32_t i = 0; i < EMU_MAX_EQ; i++) {
		struct emu_eq *q = &e->eqs[i];

		if (q->ring.used)
			continue;
		ring_init(&q->ring, m, hwc, GDMA_EQE_SIZE);
		q->msix = msix;
		*slot = i;
		return 0;
	}
	return -ENOSPC;
}

int memu_cq_create(struct mana_emu *e, struct emu_mem *m, uint32_t eq, bool hwc, uint32_t *slot)
{
	if (eq >= EMU_MAX_EQ || !e->eqs[eq].ring.used || !pow2_queue(m->length))
		return -EINVAL;
	for (uint32_t i = 0; i < EMU_MAX_CQ; i++) {
		struct emu_cq *q = &e->cqs[i];

		if (q->ring.used)
			continue;
		ring_init(&q->ring, m, hwc, GDMA_CQE_SIZE);
		q->eq = eq;
		*slot = i;
		return 0;
	}
	return -ENOSPC;
}

int memu_wq_create(struct mana_emu *e, bool is_sq, struct emu_mem *m, uint32_t cq, int vport,
		   bool hwc, uint32_t *slot)
{
	if (cq >= EMU_MAX_CQ || !e->cqs[cq].ring.used || !pow2_queue(m->length))
		return -EINVAL;
	for (uint32_t i = 0; i < EMU_MAX_WQ; i++) {
		struct emu_wq *q = &e->wqs[is_sq][i];
		uint32_t gen = q->gen + 1;

		if (q->used)
			continue;
		*q = (struct emu_wq){.used = true,
				     .is_sq = is_sq,
				     .hwc = hwc,
				     .gen = gen,
				     .mem = *m,
				     .cq = cq,
				     .vport = vport};
		q->size = (uint32_t)m->length;
		if (is_sq && !hwc) {
			q->txp = calloc(EMU_TX_PENDING, sizeof(*q->txp));
			if (!q->txp) {
				q->used = false;
				return -ENOMEM;
			}
		}
		memset(m, 0, sizeof(*m));
		*slot = i;
		return 0;
	}
	return -ENOSPC;
}

void memu_eq_destroy(struct mana_emu *e, uint32_t slot)
{
	struct emu_ring *r = &e->eqs[slot].ring;

	if (!r->used)
		return;
	ring_free(r);
	pthread_mutex_lock(&e->mmio_lock);
	e->db_eq_pending &= ~(UINT64_C(1) << slot);
	pthread_mutex_unlock(&e->mmio_lock);
}

void memu_cq_destroy(struct mana_emu *e, uint32_t slot)
{
	struct emu_ring *r = &e->cqs[slot].ring;

	if (!r->used)
		return;
	ring_free(r);
	pthread_mutex_lock(&e->mmio_lock);
	e->db_cq_pending[slot / 64] &= ~(UINT64_C(1) << (slot % 64));
	pthread_mutex_unlock(&e->mmio_lock);
}

void memu_wq_destroy(struct mana_emu *e, bool is_sq, uint32_t slot)
{
	struct emu_wq *q = &e->wqs[is_sq][slot];

	if (!q->used)
		return;
	memu_wq_detach(e, is_sq, slot);
	memu_mem_free(&q->mem);
	free(q->txp);
	q->txp = NULL;
	q->used = false;
	pthread_mutex_lock(&e->mmio_lock);
	e->db_wq_pending[is_sq] &= ~(UINT64_C(1) << slot);
	pthread_mutex_unlock(&e->mmio_lock);
}

/* ------------------------------------------------------------------ */
/* Entries                                                              */

/* Writes an entry of `len` bytes whose last dword carries the owner count. */
static int entry_write(struct mana_emu *e, const struct emu_mem *m, uint64_t off,
		       const uint8_t *entry, size_t len)
{
	int rc = memu_dma_write(e, m, off, entry, len - 4);

	/* The driver checks the owner first, then reads the rest (rmb). */
	__atomic_thread_fence(__ATOMIC_RELEASE);
	if (!rc)
		rc = memu_dma_write(e, m, off + len - 4, entry + len - 4, 4);
	__atomic_thread_fence(__ATOMIC_RELEASE);
	return rc;
}

/* The owner count of the next entry written to r. */
static uint8_t ring_owner(const struct emu_ring *r)
{
	return (uint8_t)((r->tail / r->entries) & GDMA_OWNER_MASK);
}

/* Writes the encoded entry at r's tail and advances it; its index in *idx. 0 or the DMA error. */
static int ring_put(struct mana_emu *e, struct emu_ring *r, const uint8_t *entry, size_t len,
		    uint32_t *idx)
{
	int rc;

	*idx = r->tail & (r->entries - 1);
	rc = entry_write(e, &r->mem, (uint64_t)*idx * len, entry, len);
	if (!rc)
		r->tail++;
	return rc;
}

static void eq_irq(struct mana_emu *e, struct emu_eq *q)
{
	q->ring.armed = false;
	e->st.irqs++;
	pcidev_msix_notify(&e->pd, q->msix);
}

void memu_eq_post(struct mana_emu *e, uint32_t slot, uint8_t type, const void *details)
{
	struct emu_eq *q = &e->eqs[slot];
	struct gdma_eqe eqe = {.eqe_type = type};
	uint8_t raw[GDMA_EQE_SIZE];
	uint32_t idx;

	if (slot >= EMU_MAX_EQ || !q->ring.used)
		return;
	for (unsigned i = 0; i < 3; i++)
		eqe.details[i] = pv_get_u32((const uint8_t *)details + 4 * i);
	eqe.eqe_owner = ring_owner(&q->ring);
	if (!q->ring.hwc && memu_fault_take(e, MANA_EMU_FAULT_EQE_OWNER, 0, NULL))
		eqe.eqe_owner = (uint8_t)((eqe.eqe_owner + 2) & GDMA_OWNER_MASK);
	if (gdma_eqe_encode(&eqe, raw, sizeof(raw)) != GDMA_EQE_SIZE ||
	    ring_put(e, &q->ring, raw, sizeof(raw), &idx))
		return;
	if (rt_trace_on(e->trace)) {
		struct gdma_trace_eqe t = {.kind = GDMA_TRACE_KIND_EQE,
					   .queue_id = emu_eq_id(slot),
					   .index = idx,
					   .entry = eqe};
		uint8_t rec[GDMA_TRACE_EQE_SIZE];

		if (gdma_trace_eqe_encode(&t, rec, sizeof(rec)) > 0)
			memu_trace(e, PVTRACE_DIR_TO_GUEST, emu_eq_id(slot), rec, sizeof(rec), NULL,
				   0);
	}
	e->st.eqes++;
	if (q->ring.armed)
		eq_irq(e, q);
}

static void cq_event(struct mana_emu *e, uint32_t slot)
{
	struct emu_cq *q = &e->cqs[slot];
	uint8_t details[GDMA_EVENT_DATA_SIZE] = {0};
	struct gdma_event_completion ev = {.event_cq_id = emu_cq_id(slot)};

	q->ring.armed = false;
	if (!q->ring.hwc && memu_fault_take(e, MANA_EMU_FAULT_EQE_MALFORMED, 0, NULL))
		ev.event_cq_id = 0xFFFFFF; /* no such CQ */
	(void)gdma_event_completion_encode(&ev, details, sizeof(details));
	memu_eq_post(e, q->eq, GDMA_EQE_TYPE_COMPLETION, details);
}

void memu_cq_post(struct mana_emu *e, uint32_t slot, uint32_t wq_id, bool is_sq, const void *data)
{
	struct emu_cq *q = &e->cqs[slot];
	struct gdma_cqe cqe = {.wq_num = wq_id, .is_sq = is_sq};
	uint8_t raw[GDMA_CQE_SIZE];
	uint32_t idx;

	if (slot >= EMU_MAX_CQ || !q->ring.used)
		return;
	memcpy(cqe.data, data, sizeof(cqe.data));
	cqe.cqe_owner = ring_owner(&q->ring);
	if (!q->ring.hwc) {
		if (memu_fault_take(e, MANA_EMU_FAULT_CQE_OWNER, 0, NULL))
			cqe.cqe_owner = (uint8_t)((cqe.cqe_owner + 2) & GDMA_OWNER_MASK);
		if (memu_fault_take(e, MANA_EMU_FAULT_CQE_UNKNOWN_Q, 0, NULL))
			cqe.wq_num = 0xABCDEF; /* no such work queue */
		if (memu_fault_take(e, MANA_EMU_FAULT_CQE_MALFORMED, 0, NULL))
			memset(cqe.data, 0xFF, 8); /* cqe_type 63, client_type 3 */
	}
	if (gdma_cqe_encode(&cqe, raw, sizeof(raw)) != GDMA_CQE_SIZE ||
	    ring_put(e, &q->ring, raw, sizeof(raw), &idx))
		return;
	if (rt_trace_on(e->trace)) {
		struct gdma_trace_cqe t = {.kind = GDMA_TRACE_KIND_CQE,
					   .queue_id = emu_cq_id(slot),
					   .index = idx,
					   .entry = cqe};
		uint8_t rec[GDMA_TRACE_CQE_SIZE];

		if (gdma_trace_cqe_encode(&t, rec, sizeof(rec)) > 0)
			memu_trace(e, PVTRACE_DIR_TO_GUEST, emu_cq_id(slot), rec, sizeof(rec), NULL,
				   0);
	}
	e->st.cqes++;
	if (q->ring.armed)
		cq_event(e, slot);
}

/* ------------------------------------------------------------------ */
/* WQEs                                                                 */

static uint32_t oob_len(uint8_t div4)
{
	/* RQ 8; SQ 8 or 24 (gdma_main.c mana_gd_post_work_request); OpenVMM: 32. */
	switch (div4) {
	case 2:
		return 8;
	case 6:
		return 24;
	case 7:
		return 32;
	default:
		return 0;
	}
}

int memu_wq_peek(struct mana_emu *e, struct emu_wq *wq, uint32_t slot, struct emu_wqe *w)
{
	uint8_t raw[GDMA_MAX_SQE_SIZE];
	uint32_t avail = wq->tail - wq->head, sgl_off, total;
	uint32_t max = wq->is_sq ? GDMA_MAX_SQE_SIZE : GDMA_MAX_RQE_SIZE;

	if (!avail)
		return 0;
	memset(w, 0, sizeof(*w));
	w->off = wq->head & (wq->size - 1);
	if (avail < GDMA_WQE_BU_SIZE ||
	    ring_read(e, &wq->mem, wq->size, wq->head, raw, GDMA_WQE_BU_SIZE) ||
	    gdma_wqe_header_decode(raw, GDMA_WQE_HEADER_SIZE, NULL, &w->hdr) != PV_OK)
		goto bad;
	w->oob_len = oob_len(w->hdr.inline_oob_size_div4);
	w->nsge = w->hdr.num_sge;
	sgl_off = rt_align_up(GDMA_WQE_HEADER_SIZE + w->oob_len, 16u);
	total = rt_align_up(sgl_off + w->nsge * GDMA_SGE_SIZE, (uint32_t)GDMA_WQE_BU_SIZE);
	if (!w->oob_len || w->nsge == 0 || w->hdr.sgl_direct || total > max || total > avail ||
	    w->nsge > RT_ARRAY_SIZE(w->sge) || (!wq->is_sq && w->oob_len != 8))
		goto bad;
	if (ring_read(e, &wq->mem, wq->size, wq->head, raw, total))
		goto bad;
	memcpy(w->oob, raw + GDMA_WQE_HEADER_SIZE, w->oob_len);
	for (uint32_t i = 0; i < w->nsge; i++)
		if (gdma_sge_decode(raw + sgl_off + i * GDMA_SGE_SIZE, GDMA_SGE_SIZE, NULL,
				    &w->sge[i]) != PV_OK)
			goto bad;
	w->len = total;
	if (rt_trace_on(e->trace)) {
		struct gdma_trace_wqe t = {.kind = GDMA_TRACE_KIND_WQE,
					   .queue_type = wq->is_sq ? GDMA_QUEUE_TYPE_SQ
								   : GDMA_QUEUE_TYPE_RQ,
					   .queue_id = emu_wq_id(wq->is_sq, slot),
					   .wqe_offset = w->off,
					   .wqe_len = total,
					   .header = w->hdr};
		uint8_t rec[GDMA_TRACE_WQE_SIZE];

		if (gdma_trace_wqe_encode(&t, rec, sizeof(rec)) > 0)
			memu_trace(e, PVTRACE_DIR_TO_HOST, t.queue_id, rec, sizeof(rec),
				   raw + GDMA_WQE_HEADER_SIZE, total - GDMA_WQE_HEADER_SIZE);
	}
	return 1;
bad:
	e->st.bad_wqes++;
	rt_log_rl(&e->lo, RT_LOG_WARN, "%s %u: malformed WQE at 0x%x (%u bytes posted)",
		  wq->is_sq ? "SQ" : "RQ", emu_wq_id(wq->is_sq, slot), wq->head, avail);
	/* Hardware errors the queue; ours stops taking WQEs from it until reset. */
	wq->tail = wq->head;
	return -EINVAL;
}

/* ------------------------------------------------------------------ */
/* Doorbells                                                            */

static void wq_doorbell(struct mana_emu *e, bool is_sq, uint32_t slot, uint32_t tail)
{
	struct emu_wq *q = &e->wqs[is_sq][slot];
	uint32_t old = q->tail - q->head, now = tail - q->head;

	if (!q->used)
		return;
	if (!rt_is_aligned(tail, (uint32_t)GDMA_WQE_BU_SIZE) || now < old || now > q->size) {
		e->st.bad_doorbells++;
		rt_log_rl(&e->lo, RT_LOG_WARN,
			  "%s %u: doorbell tail 0x%x with head 0x%x, size 0x%x",
			  is_sq ? "SQ" : "RQ", emu_wq_id(is_sq, slot), tail, q->head, q->size);
		return;
	}
	q->tail = tail;
	if (q->hwc)
		memu_hwc_process(e);
	else if (is_sq)
		memu_sq_process(e, slot);
	else
		memu_rq_posted(e, slot);
}

/* How many entries are written and not yet consumed per the driver's tail. */
static uint32_t unconsumed(uint32_t dev_tail, uint32_t drv_tail, uint32_t entries)
{
	return (dev_tail - drv_tail) & ((entries << GDMA_OWNER_BITS) - 1);
}

/*
 * A CQ or EQ doorbell: without arm, disarms; with arm, re-arms when the
 * driver has consumed all, or returns true when entries wait (the event is
 * due at once).
 */
static bool ring_doorbell(struct mana_emu *e, struct emu_ring *r, uint32_t tail, bool arm)
{
	uint32_t n;

	if (!r->used)
		return false;
	if (!arm) {
		r->armed = false;
		return false;
	}
	n = unconsumed(r->tail, tail, r->entries);
	if (n == 0)
		r->armed = true;
	else if (n <= r->entries)
		return true;
	else
		e->st.bad_doorbells++; /* real hardware skips notifying here (OpenVMM) */
	return false;
}

void memu_doorbells_apply(struct mana_emu *e)
{
	uint64_t wqp[2], cqp[2], eqp;
	uint32_t wqt[2][EMU_MAX_WQ], cqt[EMU_MAX_CQ], eqt[EMU_MAX_EQ];
	bool cqa[EMU_MAX_CQ], eqa[EMU_MAX_EQ];

	pthread_mutex_lock(&e->mmio_lock);
	memcpy(wqp, e->db_wq_pending, sizeof(wqp));
	memcpy(cqp, e->db_cq_pending, sizeof(cqp));
	eqp = e->db_eq_pending;
	memcpy(wqt, e->db_wq_tail, sizeof(wqt));
	memcpy(cqt, e->db_cq_tail, sizeof(cqt));
	memcpy(cqa, e->db_cq_arm, sizeof(cqa));
	memcpy(eqt, e->db_eq_tail, sizeof(eqt));
	memcpy(eqa, e->db_eq_arm, sizeof(eqa));
	memset(e->db_wq_pending, 0, sizeof(e->db_wq_pending));
	memset(e->db_cq_pending, 0, sizeof(e->db_cq_pending));
	e->db_eq_pending = 0;
	pthread_mutex_unlock(&e->mmio_lock);

	/* RQs first: an HWC request may be waiting for its response buffer. */
	for (int is_sq = 0; is_sq < 2; is_sq++)
		for (uint32_t s = 0; s < EMU_MAX_WQ; s++)
			if (wqp[is_sq] >> s & 1)
				wq_doorbell(e, is_sq, s, wqt[is_sq][s]);
	for (uint32_t s = 0; s < EMU_MAX_CQ; s++)
		if (cqp[s / 64] >> (s % 64) & 1)
			if (ring_doorbell(e, &e->cqs[s].ring, cqt[s], cqa[s]))
				cq_event(e, s);
	for (uint32_t s = 0; s < EMU_MAX_EQ; s++)
		if (eqp >> s & 1)
			if (ring_doorbell(e, &e->eqs[s].ring, eqt[s], eqa[s]))
				eq_irq(e, &e->eqs[s]);
}
