/*
 * Guest memory: the only access path to VTL0 memory.
 *
 * VTL0 RAM is a memfd mapped into this process (the partition creates it; the
 * sim guest and KVM map the same memfd). Guest-physical address (GPA) 0 is
 * offset 0 of the memfd. Everything the guest hands us (a GPA, a PFN, a range
 * list) is checked against the memory size on every use; guest memory may
 * change under us at any time, so callers copy once and validate the copy.
 *
 * Threading: a struct rt_gmem is immutable after creation; every function is
 * safe from any thread.
 */
#ifndef RT_GMEM_H
#define RT_GMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "runtime/util.h"

struct rt_gmem;

/*
 * Creates `size` bytes of guest RAM (a multiple of 4 KiB, > 0) in a new
 * memfd and maps it. Returns 0 or a negative errno.
 */
int rt_gmem_create_memfd(uint64_t size, struct rt_gmem **out);

/*
 * Wraps an existing memfd (or any mappable fd) of at least `size` bytes.
 * On success the gmem owns `fd` and closes it in rt_gmem_destroy(); on
 * failure the caller still owns it. Returns 0 or a negative errno.
 */
int rt_gmem_from_fd(int fd, uint64_t size, struct rt_gmem **out);

/* Unmaps and closes. Views (rt_gmem_view_map) must be unmapped first. */
void rt_gmem_destroy(struct rt_gmem *g);

/* The backing fd (to pass to KVM or the sim guest); still owned by g. */
int rt_gmem_fd(const struct rt_gmem *g);

/*
 * Host-virtual base of the whole mapping, for hypervisor backends only (the
 * kvm partition registers it with KVM_SET_USER_MEMORY_REGION). Protocol and
 * device code must not use it: they copy with rt_gmem_read/write or
 * rt_gpa_copy_*.
 */
void *rt_gmem_host_base(const struct rt_gmem *g);

/* Size in bytes and in 4 KiB pages. */
uint64_t rt_gmem_size(const struct rt_gmem *g);
uint64_t rt_gmem_page_count(const struct rt_gmem *g);

/* True if pfn names a page inside guest memory. */
bool rt_gmem_pfn_valid(const struct rt_gmem *g, uint64_t pfn);

/*
 * Copies len bytes at guest-physical address gpa into dst (read) or from
 * src (write). Returns 0, or -EFAULT if [gpa, gpa + len) is not entirely
 * inside guest memory (including when gpa + len overflows).
 */
int rt_gmem_read(const struct rt_gmem *g, uint64_t gpa, void *dst, size_t len);
int rt_gmem_write(const struct rt_gmem *g, uint64_t gpa, const void *src, size_t len);

/* ------------------------------------------------------------------ */
/* GPA range lists (Hyper-V gpa_range: byte count, offset, PFN array). */

struct rt_gpa_range {
	uint32_t len;       /* bytes */
	uint32_t offset;    /* byte offset into the first page, < RT_PAGE_SIZE */
	uint32_t pfn_count; /* must equal rt_gpa_range_pages(offset, len) */
	const uint64_t *pfns;
};

/* Pages a range of `len` bytes at `offset` spans: ceil((offset + len) / page). */
static inline uint32_t rt_gpa_range_pages(uint32_t offset, uint32_t len)
{
	return (uint32_t)(((uint64_t)offset + len + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT);
}

/*
 * Checks ranges[0..n): offset < RT_PAGE_SIZE, pfn_count matches offset and len,
 * every pfn inside guest memory. Stores the total byte count in *total if
 * non-NULL. Returns 0, -EINVAL (shape) or -EFAULT (pfn outside memory).
 */
int rt_gpa_ranges_check(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n,
			uint64_t *total);

/*
 * Copies len bytes at byte offset `off` of the list's concatenated contents
 * into dst (copy_from) or from src (copy_to). Each page is checked as it is
 * reached, so an unchecked list is safe. Returns 0, -EINVAL (bad shape or
 * [off, off + len) beyond the list) or -EFAULT (pfn outside memory).
 */
int rt_gpa_copy_from(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n,
		     uint64_t off, void *dst, size_t len);
int rt_gpa_copy_to(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n,
		   uint64_t off, const void *src, size_t len);

/*
 * Zero-copy access for backends doing DMA-like I/O (io_uring reading a disk
 * block straight into guest pages, a TAP writev from guest buffers): fills
 * iov with bounds-checked host-virtual segments covering [off, off + len) of
 * the list, merging pages that are contiguous in guest memory. Protocol code
 * must not use this: it copies in and out with rt_gpa_copy_*. The data may
 * change under the backend at any time (the guest owns it). Returns the
 * number of iov entries used, -E2BIG if more than iov_max are needed, or the
 * errors of rt_gpa_copy_from.
 */
int rt_gpa_iov(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n, uint64_t off,
	       size_t len, struct iovec *iov, int iov_max);

#endif
