/* Memory budgets in bytes (budget.h): lock-free charges up a chain of parents. */
#include "runtime/budget.h"

#include <stddef.h>

#include "runtime/inspect.h"

void rt_budget_init(struct rt_budget *b, uint64_t limit, struct rt_budget *parent)
{
	b->parent = parent;
	b->limit = limit;
	atomic_init(&b->used, 0);
	atomic_init(&b->high, 0);
	atomic_init(&b->refused, 0);
}

/* Charges one budget alone; false when it would pass its limit. */
static bool charge_one(struct rt_budget *b, uint64_t bytes)
{
	uint64_t used = atomic_load_explicit(&b->used, memory_order_relaxed), now, high;

	do {
		if (bytes > b->limit || used > b->limit - bytes) {
			atomic_fetch_add_explicit(&b->refused, 1, memory_order_relaxed);
			return false;
		}
		now = used + bytes;
	} while (!atomic_compare_exchange_weak_explicit(&b->used, &used, now, memory_order_relaxed,
							memory_order_relaxed));
	high = atomic_load_explicit(&b->high, memory_order_relaxed);
	while (now > high &&
	       !atomic_compare_exchange_weak_explicit(&b->high, &high, now, memory_order_relaxed,
						      memory_order_relaxed))
		;
	return true;
}

static void release_one(struct rt_budget *b, uint64_t bytes)
{
	uint64_t used = atomic_load_explicit(&b->used, memory_order_relaxed);

	/* Never below zero, whatever a caller's mistake: a budget must not wrap into "full". */
	while (!atomic_compare_exchange_weak_explicit(&b->used, &used,
						      used >= bytes ? used - bytes : 0,
						      memory_order_relaxed, memory_order_relaxed))
		;
}

bool rt_budget_charge(struct rt_budget *b, uint64_t bytes)
{
	struct rt_budget *p;

	if (!b)
		return true;
	for (p = b; p; p = p->parent) {
		if (!charge_one(p, bytes)) {
			for (struct rt_budget *q = b; q != p; q = q->parent)
				release_one(q, bytes);
			return false;
		}
	}
	return true;
}

void rt_budget_add(struct rt_budget *b, uint64_t bytes)
{
	for (; b; b = b->parent) {
		uint64_t now =
			atomic_fetch_add_explicit(&b->used, bytes, memory_order_relaxed) + bytes;
		uint64_t high = atomic_load_explicit(&b->high, memory_order_relaxed);
		while (now > high && !atomic_compare_exchange_weak_explicit(&b->high, &high, now,
									    memory_order_relaxed,
									    memory_order_relaxed))
			;
	}
}

void rt_budget_release(struct rt_budget *b, uint64_t bytes)
{
	for (; b; b = b->parent)
		release_one(b, bytes);
}

bool rt_budget_fits(const struct rt_budget *b, uint64_t bytes)
{
	for (; b; b = b->parent) {
		uint64_t used = atomic_load_explicit(&b->used, memory_order_relaxed);
		if (bytes > b->limit || used > b->limit - bytes)
			return false;
	}
	return true;
}

uint64_t rt_budget_used(const struct rt_budget *b)
{
	return atomic_load_explicit(&b->used, memory_order_relaxed);
}

uint64_t rt_budget_high(const struct rt_budget *b)
{
	return atomic_load_explicit(&b->high, memory_order_relaxed);
}

uint64_t rt_budget_refused(const struct rt_budget *b)
{
	return atomic_load_explicit(&b->refused, memory_order_relaxed);
}

void rt_budget_reset_high(struct rt_budget *b)
{
	atomic_store_explicit(&b->high, atomic_load_explicit(&b->used, memory_order_relaxed),
			      memory_order_relaxed);
}

void rt_budget_inspect(struct rt_inspect_out *o, const char *name, const struct rt_budget *b)
{
	rt_inspect_dir(o, name);
	if (b->limit == RT_BUDGET_UNLIMITED)
		rt_inspect_str(o, "limit", "unlimited");
	else
		rt_inspect_u64(o, "limit", b->limit);
	rt_inspect_u64(o, "used", rt_budget_used(b));
	rt_inspect_u64(o, "high_water", rt_budget_high(b));
	rt_inspect_u64(o, "refused", rt_budget_refused(b));
	rt_inspect_end(o);
}
