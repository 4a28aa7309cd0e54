/*
 * Memory budgets in bytes: what a guest can make the paravisor hold.
 *
 * Every allocation whose size or number the guest decides (a send copied out
 * of its ring, a reply queued because its ring is full, a GPADL still being
 * assembled, a request waiting for a retry) is charged to a budget before it
 * is made and released when it is freed. A budget is per channel or per
 * device, and may have a parent (a channel's budget charges its device's
 * too), so one channel cannot take the whole device's and the device cannot
 * exceed its own. When a charge does not fit, the caller does not allocate:
 * it applies back-pressure (leaves the packet in the guest's ring, answers
 * "busy" where the protocol has it) and logs at a limited rate.
 *
 *     struct rt_budget dev, ch;
 *     rt_budget_init(&dev, 4 << 20, NULL);
 *     rt_budget_init(&ch, 1 << 20, &dev);
 *     if (!rt_budget_charge(&ch, n))
 *             return -EAGAIN;            // back-pressure, nothing allocated
 *     p = malloc(n);
 *     ...
 *     free(p);
 *     rt_budget_release(&ch, n);
 *
 * The defaults and the ceiling they give one disk + one NIC are in
 * docs/budgets.md. A limit of 0 refuses every charge (a test can make any
 * charge fail); RT_BUDGET_UNLIMITED counts without refusing.
 *
 * Threads: charge and release are lock-free (atomics) and may be called
 * from any thread; the figures are read with relaxed loads (inspect).
 */
#ifndef RT_BUDGET_H
#define RT_BUDGET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#define RT_BUDGET_UNLIMITED UINT64_MAX /* not protocol: counts, never refuses */

struct rt_budget {
	struct rt_budget *parent; /* also charged; NULL at the top */
	uint64_t limit;           /* bytes */
	_Atomic uint64_t used;    /* bytes charged now */
	_Atomic uint64_t high;    /* the most `used` has been */
	_Atomic uint64_t refused; /* charges that did not fit (back-pressure) */
};

struct rt_inspect_out;

void rt_budget_init(struct rt_budget *b, uint64_t limit, struct rt_budget *parent);

/*
 * Charges `bytes` to b and every parent, all or none. Returns true when it
 * fit; false (nothing charged, `refused` counted on the budget that was
 * full) when any of them would exceed its limit.
 */
bool rt_budget_charge(struct rt_budget *b, uint64_t bytes);

/*
 * Charges without the limit check, for memory the protocol obliges us to
 * hold once we accepted the work (a completion owed to the guest waiting for
 * ring space): it counts, so the next rt_budget_charge() or _fits() sees the
 * budget full and the reads that would create more stop.
 */
void rt_budget_add(struct rt_budget *b, uint64_t bytes);

/* Gives back what a charge took (to b and every parent). */
void rt_budget_release(struct rt_budget *b, uint64_t bytes);

/* Whether `bytes` more would fit now (b and parents); a hint, not a reservation. */
bool rt_budget_fits(const struct rt_budget *b, uint64_t bytes);

uint64_t rt_budget_used(const struct rt_budget *b);
uint64_t rt_budget_high(const struct rt_budget *b);
uint64_t rt_budget_refused(const struct rt_budget *b);

/* Restarts the high-water mark at the current use (e.g. between test phases). */
void rt_budget_reset_high(struct rt_budget *b);

/* Writes a dir `name` {limit, used, high_water, refused} into an inspect show callback. */
void rt_budget_inspect(struct rt_inspect_out *o, const char *name, const struct rt_budget *b);

#endif
