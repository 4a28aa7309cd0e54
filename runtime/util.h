/*
 * Small helpers shared by the runtime: container_of, min/max, alignment.
 * Header-only, no state.
 */
#ifndef RT_UTIL_H
#define RT_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>
#include <time.h>

#include "vmring_wire.h"

/* glibc's <sys/queue.h> lacks the BSD iterators that allow removing the current element. */
#ifndef TAILQ_FOREACH_SAFE
#define TAILQ_FOREACH_SAFE(var, head, field, tvar)                                     \
	for ((var) = TAILQ_FIRST(head); (var) && ((tvar) = TAILQ_NEXT(var, field), 1); \
	     (var) = (tvar))
#endif
#ifndef STAILQ_FOREACH_SAFE
#define STAILQ_FOREACH_SAFE(var, head, field, tvar)                                      \
	for ((var) = STAILQ_FIRST(head); (var) && ((tvar) = STAILQ_NEXT(var, field), 1); \
	     (var) = (tvar))
#endif

/* Recovers the owner of an embedded member (libev watchers, list nodes). */
#define rt_container_of(ptr, type, member) ((type *)(void *)((char *)(ptr)-offsetof(type, member)))

#define rt_min(a, b) ((a) < (b) ? (a) : (b))
#define rt_max(a, b) ((a) > (b) ? (a) : (b))
#define RT_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Power-of-two alignment; `a` must be a power of two. */
#define rt_align_up(x, a) (((x) + ((a)-1)) & ~((__typeof__(x))(a)-1))
#define rt_align_down(x, a) ((x) & ~((__typeof__(x))(a)-1))
#define rt_is_aligned(x, a) (((x) & ((__typeof__(x))(a)-1)) == 0)

/* Guest page size: Hyper-V PFNs always count 4 KiB pages (spec/vmring.yaml). */
#define RT_PAGE_SHIFT 12
#define RT_PAGE_SIZE ((uint32_t)VMRING_PAGE_SIZE)
_Static_assert(1u << RT_PAGE_SHIFT == VMRING_PAGE_SIZE, "RT_PAGE_SHIFT");

/* a + b without wrapping; returns 0 and stores the sum, or -1 on overflow. */
static inline int rt_add_u64(uint64_t a, uint64_t b, uint64_t *sum)
{
	return __builtin_add_overflow(a, b, sum) ? -1 : 0;
}

/*
 * *dl = now + ms on CLOCK_REALTIME: the absolute deadline
 * pthread_cond_timedwait takes (its condition variables use that clock).
 */
static inline void rt_deadline_in_ms(struct timespec *dl, unsigned ms)
{
	clock_gettime(CLOCK_REALTIME, dl);
	dl->tv_sec += ms / 1000;
	dl->tv_nsec += (long)(ms % 1000) * 1000000L;
	if (dl->tv_nsec >= 1000000000L) {
		dl->tv_sec++;
		dl->tv_nsec -= 1000000000L;
	}
}

/* A 64-bit mixer (MurmurHash3's finalizer): the workloads' data patterns and
 * random streams, reproducible from a seed. Not for security. */
static inline uint64_t rt_mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ull;
	x ^= x >> 33;
	return x;
}

#endif
