/*
 * VMBus ring buffers: one implementation for both ends and both sides.
 *
 * Shared fields are reached through byte offsets (the wire struct is packed)
 * with __atomic loads and stores: the index stores are the publication
 * points, so the data copies are ordered before them (release) and after
 * the other side's (acquire).
 */
#include "runtime/ring.h"

#include <errno.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/gpadl.h"
#include "runtime/util.h"

#define OFF_WRITE offsetof(struct vmring_wire_control, write_index)
#define OFF_READ offsetof(struct vmring_wire_control, read_index)
#define OFF_MASK offsetof(struct vmring_wire_control, interrupt_mask)
#define OFF_PENDING offsetof(struct vmring_wire_control, pending_send_sz)
#define OFF_FEATURES offsetof(struct vmring_wire_control, feature_bits)

static inline uint32_t *ctl_field(const struct rt_ring *r, size_t off)
{
	return (uint32_t *)(void *)(r->ctl + off);
}

static inline uint32_t load_acq(const struct rt_ring *r, size_t off)
{
	return __atomic_load_n(ctl_field(r, off), __ATOMIC_ACQUIRE);
}

static inline void store_rel(struct rt_ring *r, size_t off, uint32_t v)
{
	__atomic_store_n(ctl_field(r, off), v, __ATOMIC_RELEASE);
}

static inline bool index_ok(const struct rt_ring *r, uint32_t idx)
{
	return idx < r->size && rt_is_aligned(idx, 8u);
}

static int ring_break(struct rt_ring *r)
{
	r->broken = true;
	return -EPROTO;
}

/* Bytes between the read and write indices (both already checked). */
static inline uint32_t used_bytes(const struct rt_ring *r, uint32_t rd, uint32_t wr)
{
	return wr >= rd ? wr - rd : r->size - rd + wr;
}

static int ring_map(struct rt_ring *r, const struct rt_gmem *g, const uint64_t *pfns,
		    uint32_t npages, bool reader)
{
	int rc;

	memset(r, 0, sizeof(*r));
	if (npages < 2)
		return -EINVAL;
	/* Repeat the data pages so a wrapping packet is one contiguous span. */
	rc = rt_gmem_view_map(g, pfns, npages, 1, &r->view);
	if (rc < 0)
		return rc == -EFAULT ? -EINVAL : rc;
	r->ctl = r->view.base;
	r->data = r->view.base + RT_PAGE_SIZE;
	r->size = (npages - 1) * RT_PAGE_SIZE;
	r->reader = reader;
	return 0;
}

static void guest_init_control(struct rt_ring *r)
{
	store_rel(r, OFF_WRITE, 0);
	store_rel(r, OFF_READ, 0);
	store_rel(r, OFF_MASK, 0);
	store_rel(r, OFF_PENDING, 0);
	store_rel(r, OFF_FEATURES, VMRING_RING_FEATURES_PENDING_SEND_SZ);
}

/* Host side: adopt the index we own on this ring after checking it. */
static int host_adopt(struct rt_ring *r)
{
	uint32_t idx = load_acq(r, r->reader ? OFF_READ : OFF_WRITE);
	uint32_t other = load_acq(r, r->reader ? OFF_WRITE : OFF_READ);

	if (!index_ok(r, idx) || !index_ok(r, other))
		return -EPROTO;
	r->priv_index = idx;
	return 0;
}

int rt_ring_pair_init(struct rt_ring_pair *rp, const struct rt_gmem *g, const struct rt_gpadl *gp,
		      uint32_t downstream_page_offset, enum rt_ring_side side)
{
	const struct rt_gpa_range *range;

	memset(rp, 0, sizeof(*rp));
	if (gp->range_count != 1)
		return -EINVAL;
	range = &gp->ranges[0];
	if (range->offset != 0 || range->len != range->pfn_count * RT_PAGE_SIZE)
		return -EINVAL;
	return rt_ring_pair_init_pages(rp, g, range->pfns, range->pfn_count, downstream_page_offset,
				       side);
}

int rt_ring_pair_init_pages(struct rt_ring_pair *rp, const struct rt_gmem *g, const uint64_t *pfns,
			    uint32_t npages, uint32_t downstream_page_offset,
			    enum rt_ring_side side)
{
	const uint64_t *out_pfns, *in_pfns;
	uint32_t out_pages, in_pages;
	int rc;

	memset(rp, 0, sizeof(*rp));
	if (downstream_page_offset >= npages)
		return -EINVAL;
	/* "outbound"/"inbound" are the guest's names for its two rings. */
	out_pfns = pfns;
	out_pages = downstream_page_offset;
	in_pfns = pfns + downstream_page_offset;
	in_pages = npages - downstream_page_offset;
	if (out_pages < 2 || in_pages < 2)
		return -EINVAL;
	if (side == RT_RING_HOST) {
		rc = ring_map(&rp->in, g, out_pfns, out_pages, true);
		if (rc < 0)
			return rc;
		rc = ring_map(&rp->out, g, in_pfns, in_pages, false);
		if (rc < 0)
			goto fail_in;
		rc = host_adopt(&rp->in);
		if (rc == 0)
			rc = host_adopt(&rp->out);
		if (rc < 0)
			goto fail_out;
	} else {
		rc = ring_map(&rp->out, g, out_pfns, out_pages, false);
		if (rc < 0)
			return rc;
		rc = ring_map(&rp->in, g, in_pfns, in_pages, true);
		if (rc < 0) {
			rt_gmem_view_unmap(&rp->out.view);
			return rc;
		}
		guest_init_control(&rp->out);
		guest_init_control(&rp->in);
	}
	return 0;

fail_out:
	rt_gmem_view_unmap(&rp->out.view);
fail_in:
	rt_gmem_view_unmap(&rp->in.view);
	return rc;
}

void rt_ring_pair_fini(struct rt_ring_pair *rp)
{
	rt_gmem_view_unmap(&rp->in.view);
	rt_gmem_view_unmap(&rp->out.view);
}

/* ------------------------------------------------------------------ */
/* Reader.                                                             */

/* Loads and checks the writer's index and our own; 0 or -EPROTO. */
static int reader_indices(struct rt_ring *r, uint32_t *wr)
{
	*wr = load_acq(r, OFF_WRITE);
	if (!index_ok(r, *wr))
		return ring_break(r);
	/* Only we move read_index; a different value means the writer tampered. */
	if (load_acq(r, OFF_READ) != r->priv_index)
		return ring_break(r);
	return 0;
}

int rt_ring_read(struct rt_ring *r, void *buf, size_t cap, size_t *len)
{
	struct vmring_wire_desc d;
	uint32_t wr, avail, plen, rd = r->priv_index;

	if (r->broken)
		return -EPROTO;
	if (reader_indices(r, &wr) < 0)
		return -EPROTO;
	avail = used_bytes(r, rd, wr);
	if (avail == 0)
		return -EAGAIN;
	/* The writer publishes whole packets: a fragment is a lie. */
	if (avail < sizeof(d) + VMRING_TRAILER_SIZE)
		return ring_break(r);
	memcpy(&d, r->data + rd, sizeof(d));
	plen = (uint32_t)d.len8 * 8;
	if (d.offset8 < 2 || d.offset8 > d.len8 || (uint64_t)plen + VMRING_TRAILER_SIZE > avail)
		return ring_break(r);
	*len = plen;
	if (plen > cap)
		return -EMSGSIZE;
	memcpy(buf, r->data + rd, plen);
	/* The descriptor we checked is the one the caller parses. */
	memcpy(buf, &d, sizeof(d));
	rd += plen + VMRING_TRAILER_SIZE;
	if (rd >= r->size)
		rd -= r->size;
	r->priv_index = rd;
	r->batch_read += plen + VMRING_TRAILER_SIZE;
	/* Release: our copies are done before the writer may reuse the space. */
	store_rel(r, OFF_READ, rd);
	return 0;
}

bool rt_ring_read_done(struct rt_ring *r)
{
	uint64_t bytes_read = r->batch_read;
	uint32_t pending, wr, free_now;

	r->batch_read = 0;
	if (r->broken || bytes_read == 0)
		return false;
	if (!(load_acq(r, OFF_FEATURES) & VMRING_RING_FEATURES_PENDING_SEND_SZ))
		return false;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	pending = load_acq(r, OFF_PENDING);
	if (pending == 0)
		return false;
	if (reader_indices(r, &wr) < 0)
		return false;
	free_now = r->size - used_bytes(r, r->priv_index, wr);
	/* Signal only on the crossing: not if still short, not if it was enough before. */
	if (free_now <= pending)
		return false;
	if ((int64_t)free_now - (int64_t)bytes_read > (int64_t)pending)
		return false;
	return true;
}

void rt_ring_mask_interrupts(struct rt_ring *r)
{
	store_rel(r, OFF_MASK, 1);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

bool rt_ring_unmask_interrupts(struct rt_ring *r)
{
	store_rel(r, OFF_MASK, 0);
	/* Order the unmask before the re-check, or a packet could slip between. */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return rt_ring_bytes_avail(r) > 0 || r->broken;
}

uint32_t rt_ring_bytes_avail(struct rt_ring *r)
{
	uint32_t wr;

	if (r->broken || reader_indices(r, &wr) < 0)
		return 0;
	return used_bytes(r, r->priv_index, wr);
}

/* ------------------------------------------------------------------ */
/* Writer.                                                             */

/* Free bytes as the writer sees them, or -EPROTO. */
static int64_t writer_free(struct rt_ring *w)
{
	uint32_t rd = load_acq(w, OFF_READ);

	if (!index_ok(w, rd))
		return ring_break(w);
	return (int64_t)w->size - used_bytes(w, rd, w->priv_index);
}

int rt_ring_write(struct rt_ring *w, const struct iovec *iov, int n, bool *signal)
{
	uint32_t wr = w->priv_index, old = wr, len = 0, total, need, pos;
	uint64_t trailer = (uint64_t)old << 32;
	uint16_t len8;
	int64_t free_bytes;
	int i;

	*signal = false;
	if (w->broken)
		return -EPROTO;
	for (i = 0; i < n; i++) {
		if (iov[i].iov_len > w->size || len + iov[i].iov_len > w->size)
			return -EMSGSIZE;
		len += (uint32_t)iov[i].iov_len;
	}
	total = rt_align_up(len, 8u);
	need = total + VMRING_TRAILER_SIZE;
	if (len < sizeof(struct vmring_wire_desc) || total / 8 > UINT16_MAX || need >= w->size)
		return -EMSGSIZE;
	if (load_acq(w, OFF_WRITE) != wr)
		return ring_break(w);
	free_bytes = writer_free(w);
	if (free_bytes < 0)
		return -EPROTO;
	/* Never fill the ring: equal indices must keep meaning "empty". */
	if (free_bytes <= need) {
		/*
		 * Ask to be woken only once a quarter of the ring is free (or
		 * the packet fits, if bigger), as OpenVMM does: waking per
		 * freed packet would ping-pong between the two ends.
		 */
		store_rel(w, OFF_PENDING, rt_max(need, w->size / 4));
		w->pending_set = true;
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
		/* The reader may have freed space before it could see pending_send_sz. */
		free_bytes = writer_free(w);
		if (free_bytes < 0)
			return -EPROTO;
		if (free_bytes <= need)
			return -EAGAIN;
	}
	pos = wr;
	for (i = 0; i < n; i++) {
		memcpy(w->data + pos, iov[i].iov_base, iov[i].iov_len);
		pos += (uint32_t)iov[i].iov_len;
	}
	memset(w->data + pos, 0, total - len);
	len8 = (uint16_t)(total / 8);
	memcpy(w->data + wr + offsetof(struct vmring_wire_desc, len8), &len8, sizeof(len8));
	memcpy(w->data + wr + total, &trailer, sizeof(trailer));
	wr += need;
	if (wr >= w->size)
		wr -= w->size;
	w->priv_index = wr;
	store_rel(w, OFF_WRITE, wr);
	if (w->pending_set) {
		store_rel(w, OFF_PENDING, 0);
		w->pending_set = false;
	}
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	/* Empty before this write (reader was at our old index) and not masked. */
	if (load_acq(w, OFF_MASK) == 0 && load_acq(w, OFF_READ) == old)
		*signal = true;
	return 0;
}

int rt_ring_write_pkt(struct rt_ring *w, uint16_t type, uint16_t flags, uint64_t trans_id,
		      size_t hdr_len, const struct iovec *iov, int n, bool *signal)
{
	struct iovec v[9];
	struct vmring_wire_desc d;
	int i;

	*signal = false;
	if (!rt_is_aligned(hdr_len, (size_t)8) || hdr_len > 8u * UINT16_MAX)
		return -EINVAL;
	if (n < 0 || n > 8)
		return -EINVAL;
	d.type = type;
	d.offset8 = (uint16_t)((sizeof(d) + hdr_len) / 8);
	d.len8 = 0; /* set by rt_ring_write */
	d.flags = flags;
	d.trans_id = trans_id;
	v[0].iov_base = &d;
	v[0].iov_len = sizeof(d);
	for (i = 0; i < n; i++)
		v[i + 1] = iov[i];
	return rt_ring_write(w, v, n + 1, signal);
}

/* ------------------------------------------------------------------ */

enum pv_codec_err rt_ring_gpa_direct(const void *pkt, size_t len, struct vmring_gpa_direct *out,
				     struct rt_gpa_range *ranges, uint32_t *count)
{
	enum pv_codec_err err = vmring_gpa_direct_decode(pkt, len, NULL, out);

	*count = 0;
	if (err != PV_OK)
		return err;
	for (uint32_t i = 0; i < out->ranges_count; i++) {
		const struct pv_gpa_range *r = &out->ranges[i];

		ranges[i].len = r->byte_count;
		ranges[i].offset = r->byte_offset;
		ranges[i].pfn_count = r->pfn_count;
		ranges[i].pfns = out->ranges_pfns + r->pfn_first;
	}
	*count = out->ranges_count;
	return PV_OK;
}
