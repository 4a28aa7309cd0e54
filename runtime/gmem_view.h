/*
 * Mapped views of guest pages: runtime-internal, for the ring code only.
 *
 * A ring lives in guest pages that need not be contiguous. A view maps them
 * contiguously in our address space (MAP_FIXED over a reservation, straight
 * from the memfd) and can map a tail of the page list a second time right
 * after it, so a packet that wraps around the end of a ring's data area is
 * one contiguous span. Pointers into a view point into guest memory: read
 * them once into private memory. Never hand a view to protocol code.
 */
#ifndef RT_GMEM_VIEW_H
#define RT_GMEM_VIEW_H

#include <stddef.h>
#include <stdint.h>

struct rt_gmem;

struct rt_gmem_view {
	uint8_t *base;
	size_t len; /* bytes mapped, including the repeated tail */
};

/*
 * Maps pfns[0..n) contiguously, then pfns[repeat_from..n) again after them
 * (repeat_from == n: no repeat). Every pfn is checked against guest memory.
 * Returns 0, -EINVAL (n == 0, repeat_from > n), -EFAULT (pfn outside
 * memory) or -ENOMEM.
 */
int rt_gmem_view_map(const struct rt_gmem *g, const uint64_t *pfns, size_t n, size_t repeat_from,
		     struct rt_gmem_view *v);

/* Unmaps; safe on a zeroed view. */
void rt_gmem_view_unmap(struct rt_gmem_view *v);

#endif
