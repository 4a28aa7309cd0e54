/*
 * VMBus ring buffers, either end.
 *
 * Layout (Linux include/linux/hyperv.h struct hv_ring_buffer; generated/
 * vmring_wire.h): a 4 KiB control page (write_index, read_index,
 * interrupt_mask, pending_send_sz, feature_bits) followed by the data area.
 * Indices are byte offsets into the data area. A packet is a 16-byte
 * descriptor {type, offset8, len8, flags, trans_id}, its payload padded to 8
 * bytes, then an 8-byte trailer ((u64)old_write_index << 32). The writer
 * never fills the ring completely (free space must exceed the packet).
 *
 * Both rings of a channel live in one GPADL: the guest-to-host ("outbound")
 * ring in the first downstream_page_offset pages, the host-to-guest
 * ("inbound") ring in the rest. The host reads the outbound ring and writes
 * the inbound one; the guest does the opposite. struct rt_ring_pair gives
 * either side its `in` (read) and `out` (write) rings with the same code.
 *
 * The other end is hostile: every index loaded from shared memory is checked
 * (< data size, 8-aligned), our own index must not move under us, and every
 * descriptor is copied out once and checked (offset8 >= 2, offset8 <= len8,
 * len8 * 8 + trailer <= bytes available). A violation marks the ring broken:
 * every later call fails with -EPROTO and the caller resets the channel.
 *
 * Signalling (the rules Linux's guest follows; the host mirrors them):
 *   - after a write, signal the reader only if the ring was empty before
 *     the write and the reader's interrupt_mask is 0 (*signal tells);
 *   - a writer short of space sets pending_send_sz (the larger of the
 *     packet's need and a quarter of the ring) and waits; after a batch
 *     of reads, rt_ring_read_done() says whether free space crossed the
 *     writer's pending_send_sz (when the ring's feature bit allows it).
 *
 * Threading: one thread at a time per ring end (the channel's worker).
 */
#ifndef RT_RING_H
#define RT_RING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "runtime/gmem.h"
#include "runtime/gmem_view.h"
#include "vmring_codec.h"

struct rt_gmem;
struct rt_gpadl;

enum rt_ring_side {
	RT_RING_HOST,  /* VSP: reads the outbound ring, writes the inbound one */
	RT_RING_GUEST, /* pvguest: writes the outbound ring, reads the inbound one */
};

/* One ring, as seen by its reader or its writer. */
struct rt_ring {
	struct rt_gmem_view view; /* control page, data, data again */
	uint8_t *ctl;             /* struct vmring_wire_control in guest memory */
	uint8_t *data;            /* data area, mapped twice in a row */
	uint32_t size;            /* data area bytes */
	uint32_t priv_index;      /* our index: read_index (reader) or write_index (writer) */
	uint64_t batch_read;      /* reader: bytes consumed since rt_ring_read_done() */
	bool pending_set;         /* writer: we wrote pending_send_sz */
	bool reader;
	bool broken;
};

struct rt_ring_pair {
	struct rt_ring in;  /* we read */
	struct rt_ring out; /* we write */
};

/*
 * Maps the two rings of a channel from its GPADL (one range, offset 0, whole
 * pages) with the outbound ring in the first `downstream_page_offset` pages.
 * Each ring needs a control page and at least one data page. The guest side
 * initializes both control pages (indices 0, mask 0, feature bit
 * pending_send_sz set, as Linux does); the host side adopts the indices it
 * finds after checking them. The caller keeps its GPADL reference until
 * rt_ring_pair_fini(). Returns 0, -EINVAL (GPADL shape, offset), -EPROTO
 * (bad indices found by the host) or -ENOMEM.
 */
int rt_ring_pair_init(struct rt_ring_pair *rp, const struct rt_gmem *g, const struct rt_gpadl *gp,
		      uint32_t downstream_page_offset, enum rt_ring_side side);

/*
 * The same from a plain page list (the guest side, which allocated the pages
 * itself and has no GPADL table): pfns[0..npages) hold both rings, the
 * outbound one in the first downstream_page_offset pages. Every pfn is
 * checked against guest memory. Same returns as rt_ring_pair_init.
 */
int rt_ring_pair_init_pages(struct rt_ring_pair *rp, const struct rt_gmem *g, const uint64_t *pfns,
			    uint32_t npages, uint32_t downstream_page_offset,
			    enum rt_ring_side side);

/* Unmaps both rings. */
void rt_ring_pair_fini(struct rt_ring_pair *rp);

/*
 * Reads the next packet into buf: descriptor, payload and padding, without
 * the trailer; *len gets len8 * 8. The descriptor at the start of buf is the
 * checked copy. The read index advances right away (the packet is ours).
 * Returns 0, -EAGAIN (empty), -EMSGSIZE (packet longer than cap: left in
 * the ring, *len set; the caller resets the channel or retries with a bigger
 * buffer) or -EPROTO (ring broken).
 */
int rt_ring_read(struct rt_ring *r, void *buf, size_t cap, size_t *len);

/*
 * Ends a batch of reads. Returns true if the writer must be signalled
 * because free space crossed its pending_send_sz during the batch.
 */
bool rt_ring_read_done(struct rt_ring *r);

/* Reader: asks the writer not to signal while we drain (interrupt_mask = 1). */
void rt_ring_mask_interrupts(struct rt_ring *r);

/*
 * Reader: re-enables signals, then returns true if data arrived meanwhile
 * (or the ring is broken): the caller must read again, or it would sleep
 * with packets in the ring.
 */
bool rt_ring_unmask_interrupts(struct rt_ring *r);

/*
 * Writes a packet: iov[0..n) concatenated is the whole packet starting with
 * its descriptor (the ring sets len8 and pads to 8 bytes). *signal tells
 * whether to signal the reader. Returns 0, -EAGAIN (not enough space now:
 * pending_send_sz was set, retry after the reader signals), -EMSGSIZE (can
 * never fit, or shorter than a descriptor) or -EPROTO (ring broken).
 */
int rt_ring_write(struct rt_ring *w, const struct iovec *iov, int n, bool *signal);

/*
 * Builds the descriptor and writes a packet: `hdr_len` bytes of
 * type-specific header (8-aligned; e.g. a gpa_direct's range list) then the
 * payload, both taken from iov in that order; offset8 = (16 + hdr_len) / 8.
 * Same returns as rt_ring_write, plus -EINVAL for an unaligned hdr_len.
 */
int rt_ring_write_pkt(struct rt_ring *w, uint16_t type, uint16_t flags, uint64_t trans_id,
		      size_t hdr_len, const struct iovec *iov, int n, bool *signal);

/*
 * Decodes the range list of a DATA_USING_GPA_DIRECT (type 9) packet that
 * rt_ring_read() copied out (pkt, the whole packet: len == len8 * 8) with the
 * generated vmring codec into *out, and describes each range in ranges[]
 * (VMRING_GPA_DIRECT_RANGES_MAX of them), their PFNs pointing into *out.
 * The PFNs are not checked against guest memory here: rt_gpa_copy_*,
 * rt_gpa_iov and rt_gpa_ranges_check do that. Returns PV_OK with *count set,
 * or why the packet is malformed (spec/vmring.yaml gpa_direct).
 */
enum pv_codec_err rt_ring_gpa_direct(const void *pkt, size_t len, struct vmring_gpa_direct *out,
				     struct rt_gpa_range *ranges, uint32_t *count);

/* Bytes the reader could consume now (0 when broken). */
uint32_t rt_ring_bytes_avail(struct rt_ring *r);

static inline bool rt_ring_broken(const struct rt_ring *r)
{
	return r->broken;
}

#endif
