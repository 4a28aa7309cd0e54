/*
 * Queues in DMA memory, as gdma_main.c drives them.
 *
 * Work queues (SQ, RQ): the driver writes WQEs at its producer index in
 * 32-byte basic units (a WQE may wrap around the queue's end) and rings the
 * doorbell with the producer in bytes. The device's completions tell us
 * which units are free again (tail).
 *
 * Completion and event queues: the device writes 64-byte CQEs and 16-byte
 * EQEs with a 3-bit owner count in the last dword. Our head counts entries
 * consumed and starts at the number of entries (INITIALIZED_OWNER_BIT), so
 * an entry is new when its owner equals (head / entries) & 7, not yet
 * written when it equals that minus one, and anything else means the
 * device overran the queue or is lying: -EOVERFLOW, and the queue is not
 * touched further. We read the owner dword first (acquire), then copy the
 * entry once and decode the copy; the copy's owner must agree.
 */
#include <errno.h>
#include <string.h>

#include "drivers/mana/mana_priv.h"
#include "runtime/trace.h"
#include "runtime/util.h"

int mana_q_alloc(struct mana_dev *d, struct mana_q *q, enum mana_qtype type, uint32_t size)
{
	int rc;

	memset(q, 0, sizeof(*q));
	if (size < GDMA_PAGE_SIZE || (size & (size - 1)))
		return -EINVAL;
	rc = pci_dma_alloc(d->pool, size, &q->mem);
	if (rc)
		return rc;
	q->type = type;
	q->size = size;
	q->id = GDMA_INVALID_QUEUE_ID;
	if (type == MANA_Q_CQ)
		q->entries = size / GDMA_CQE_SIZE;
	else if (type == MANA_Q_EQ)
		q->entries = size / GDMA_EQE_SIZE;
	q->head = q->entries; /* CQ/EQ: first pass has owner 1 */
	return 0;
}

void mana_q_free(struct mana_dev *d, struct mana_q *q)
{
	if (q->mem.len)
		pci_dma_free(d->pool, &q->mem);
	memset(q, 0, sizeof(*q));
}

uint32_t mana_wq_space(const struct mana_q *q)
{
	uint32_t used = (q->head - q->tail) * GDMA_WQE_BU_SIZE;

	return used > q->size ? 0 : q->size - used;
}

/* The spec's queue type of one of our queues (trace records). */
static enum gdma_queue_type gdma_qtype(enum mana_qtype t)
{
	switch (t) {
	case MANA_Q_SQ:
		return GDMA_QUEUE_TYPE_SQ;
	case MANA_Q_RQ:
		return GDMA_QUEUE_TYPE_RQ;
	case MANA_Q_CQ:
		return GDMA_QUEUE_TYPE_CQ;
	case MANA_Q_EQ:
		break;
	}
	return GDMA_QUEUE_TYPE_EQ;
}

static void ring_copy(struct mana_q *q, uint32_t off, const uint8_t *src, uint32_t len)
{
	uint8_t *base = q->mem.va;
	uint32_t o = off & (q->size - 1), first = rt_min(len, q->size - o);

	memcpy(base + o, src, first);
	if (len > first)
		memcpy(base, src + first, len - first);
}

int mana_wq_post(struct mana_dev *d, struct mana_q *q, const void *oob, uint32_t oob_len,
		 const struct gdma_sge *sgl, uint32_t nsge, bool oob_in_sgl, uint16_t data_unit,
		 uint8_t last_vbytes)
{
	uint8_t wqe[GDMA_MAX_SQE_SIZE] = {0};
	struct gdma_wqe_header h = {0};
	uint32_t sgl_off = rt_align_up(GDMA_WQE_HEADER_SIZE + oob_len, 16u);
	uint32_t size = rt_align_up(sgl_off + nsge * GDMA_SGE_SIZE, (uint32_t)GDMA_WQE_BU_SIZE);
	uint32_t max = q->type == MANA_Q_SQ ? GDMA_MAX_SQE_SIZE : GDMA_MAX_RQE_SIZE;

	if (nsge == 0 || (oob_len != GDMA_INLINE_OOB_SMALL && oob_len != GDMA_INLINE_OOB_LARGE) ||
	    size > max)
		return -EINVAL;
	if (mana_wq_space(q) < size)
		return -ENOSPC;
	h.num_sge = (uint8_t)nsge;
	h.inline_oob_size_div4 = (uint8_t)(oob_len / 4);
	h.client_oob_in_sgl = oob_in_sgl;
	h.last_vbytes = last_vbytes;
	if (q->type == MANA_Q_SQ)
		h.client_data_unit = data_unit;
	if (gdma_wqe_header_encode(&h, wqe, GDMA_WQE_HEADER_SIZE) < 0)
		return -EINVAL;
	if (oob)
		memcpy(wqe + GDMA_WQE_HEADER_SIZE, oob, oob_len);
	for (uint32_t i = 0; i < nsge; i++)
		if (gdma_sge_encode(&sgl[i], wqe + sgl_off + i * GDMA_SGE_SIZE, GDMA_SGE_SIZE) < 0)
			return -EINVAL;
	ring_copy(q, q->head * GDMA_WQE_BU_SIZE, wqe, size);
	if (rt_trace_on(d->trace)) {
		struct gdma_trace_wqe t = {.kind = GDMA_TRACE_KIND_WQE,
					   .queue_type = (uint8_t)gdma_qtype(q->type),
					   .queue_id = q->id,
					   .wqe_offset =
						   (q->head * GDMA_WQE_BU_SIZE) & (q->size - 1),
					   .wqe_len = size,
					   .header = h};
		uint8_t rec[GDMA_TRACE_WQE_SIZE];
		struct iovec iov[2] = {{rec, sizeof(rec)},
				       {wqe + GDMA_WQE_HEADER_SIZE, size - GDMA_WQE_HEADER_SIZE}};

		if (gdma_trace_wqe_encode(&t, rec, sizeof(rec)) > 0)
			rt_trace_record(d->trace, PVTRACE_PROTO_GDMA, PVTRACE_DIR_TO_HOST, q->id, 0,
					iov, 2);
	}
	q->head += size / GDMA_WQE_BU_SIZE;
	return (int)(size / GDMA_WQE_BU_SIZE);
}

static void doorbell(struct mana_dev *d, const struct mana_q *q, uint32_t off, uint64_t v)
{
	/* The WQE / consumed entries must be visible before the device looks. */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	pci_write64(d->pci, 0, d->db_base + (uint64_t)d->db_page_size * q->db_page + off, v);
	d->st.doorbells++;
	if (rt_trace_on(d->trace)) {
		struct gdma_trace_doorbell t = {.kind = GDMA_TRACE_KIND_DOORBELL,
						.queue_type = (uint8_t)gdma_qtype(q->type),
						.page = q->db_page,
						.page_offset = off,
						.value = v};
		uint8_t rec[GDMA_TRACE_DOORBELL_SIZE];
		struct iovec iov = {rec, sizeof(rec)};

		if (gdma_trace_doorbell_encode(&t, rec, sizeof(rec)) > 0)
			rt_trace_record(d->trace, PVTRACE_PROTO_GDMA, PVTRACE_DIR_TO_HOST, q->id, 0,
					&iov, 1);
	}
}

void mana_wq_ring(struct mana_dev *d, struct mana_q *q)
{
	struct gdma_doorbell_wq db = {.wq_id = q->id, .wq_tail = q->head * GDMA_WQE_BU_SIZE};
	uint8_t raw[8];

	(void)gdma_doorbell_wq_encode(&db, raw, sizeof(raw));
	doorbell(d, q, q->type == MANA_Q_SQ ? GDMA_DB_SQ : GDMA_DB_RQ, pv_get_u64(raw));
}

void mana_cq_ring(struct mana_dev *d, struct mana_q *q, bool arm)
{
	struct gdma_doorbell_cq db = {.cq_id = q->id,
				      .cq_tail = q->head % (q->entries << GDMA_OWNER_BITS),
				      .cq_arm = arm};
	uint8_t raw[8];

	(void)gdma_doorbell_cq_encode(&db, raw, sizeof(raw));
	doorbell(d, q, GDMA_DB_CQ, pv_get_u64(raw));
}

void mana_eq_ring(struct mana_dev *d, struct mana_q *q, bool arm)
{
	struct gdma_doorbell_eq db = {.eq_id = (uint16_t)q->id,
				      .eq_tail = q->head % (q->entries << GDMA_OWNER_BITS),
				      .eq_arm = arm};
	uint8_t raw[8];

	(void)gdma_doorbell_eq_encode(&db, raw, sizeof(raw));
	doorbell(d, q, GDMA_DB_EQ, pv_get_u64(raw));
}

/* The owner verdict for an entry whose owner count is `owner`. */
static int owner_check(const struct mana_q *q, uint32_t owner)
{
	uint32_t pass = q->head / q->entries;

	if (owner == ((pass - 1) & GDMA_OWNER_MASK))
		return 0;
	return owner == (pass & GDMA_OWNER_MASK) ? 1 : -EOVERFLOW;
}

/* Copies entry `len` bytes at the head once the owner says it is new. */
static int entry_take(struct mana_q *q, uint32_t len, uint8_t *copy)
{
	const uint8_t *e = (const uint8_t *)q->mem.va + (q->head & (q->entries - 1)) * len;
	uint32_t info =
		__atomic_load_n((const uint32_t *)(const void *)(e + len - 4), __ATOMIC_ACQUIRE);
	int rc = owner_check(q, info >> GDMA_CQE_CQE_OWNER_SHIFT);

	if (rc <= 0)
		return rc;
	memcpy(copy, e, len);
	return owner_check(q, pv_get_u32(copy + len - 4) >> GDMA_CQE_CQE_OWNER_SHIFT) == 1
		       ? 1
		       : -EOVERFLOW;
}

int mana_cq_next(struct mana_dev *d, struct mana_q *q, struct gdma_cqe *out)
{
	uint8_t raw[GDMA_CQE_SIZE];
	int rc = entry_take(q, GDMA_CQE_SIZE, raw);

	if (rc <= 0)
		return rc;
	if (gdma_cqe_decode(raw, sizeof(raw), NULL, out) != PV_OK)
		return -EPROTO;
	if (rt_trace_on(d->trace)) {
		struct gdma_trace_cqe t = {.kind = GDMA_TRACE_KIND_CQE,
					   .queue_id = q->id,
					   .index = q->head & (q->entries - 1),
					   .entry = *out};
		uint8_t rec[GDMA_TRACE_CQE_SIZE];
		struct iovec iov = {rec, sizeof(rec)};

		if (gdma_trace_cqe_encode(&t, rec, sizeof(rec)) > 0)
			rt_trace_record(d->trace, PVTRACE_PROTO_GDMA, PVTRACE_DIR_TO_GUEST, q->id,
					0, &iov, 1);
	}
	q->head++;
	d->st.cqes++;
	return 1;
}

int mana_eq_next(struct mana_dev *d, struct mana_q *q, struct gdma_eqe *out)
{
	uint8_t raw[GDMA_EQE_SIZE];
	int rc = entry_take(q, GDMA_EQE_SIZE, raw);

	/* CQE and EQE keep their owner in the same bits (29..31) of the last dword. */
	_Static_assert(GDMA_CQE_CQE_OWNER_SHIFT == GDMA_EQE_EQE_OWNER_SHIFT, "owner bits");
	if (rc <= 0)
		return rc;
	if (gdma_eqe_decode(raw, sizeof(raw), NULL, out) != PV_OK)
		return -EPROTO;
	if (rt_trace_on(d->trace)) {
		struct gdma_trace_eqe t = {.kind = GDMA_TRACE_KIND_EQE,
					   .queue_id = q->id,
					   .index = q->head & (q->entries - 1),
					   .entry = *out};
		uint8_t rec[GDMA_TRACE_EQE_SIZE];
		struct iovec iov = {rec, sizeof(rec)};

		if (gdma_trace_eqe_encode(&t, rec, sizeof(rec)) > 0)
			rt_trace_record(d->trace, PVTRACE_PROTO_GDMA, PVTRACE_DIR_TO_GUEST, q->id,
					0, &iov, 1);
	}
	q->head++;
	d->st.eqes++;
	return 1;
}
