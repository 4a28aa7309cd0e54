#include <check.h>
#include <pthread.h>
#include <stdlib.h>

#include "runtime/budget.h"
#include "tests/unit/pv_check.h"

START_TEST(test_charge_release_high)
{
	struct rt_budget b;

	rt_budget_init(&b, 1000, NULL);
	ck_assert(rt_budget_charge(&b, 600));
	ck_assert(rt_budget_charge(&b, 400));
	ck_assert_uint_eq(rt_budget_used(&b), 1000);
	/* One byte past the limit: refused, nothing charged. */
	ck_assert(!rt_budget_charge(&b, 1));
	ck_assert_uint_eq(rt_budget_used(&b), 1000);
	ck_assert_uint_eq(rt_budget_refused(&b), 1);
	rt_budget_release(&b, 600);
	ck_assert_uint_eq(rt_budget_used(&b), 400);
	ck_assert_uint_eq(rt_budget_high(&b), 1000);
	ck_assert(rt_budget_fits(&b, 600));
	ck_assert(!rt_budget_fits(&b, 601));
	rt_budget_reset_high(&b);
	ck_assert_uint_eq(rt_budget_high(&b), 400);
	/* A charge larger than the limit never fits, even empty (no wrap). */
	rt_budget_release(&b, 400);
	ck_assert(!rt_budget_charge(&b, UINT64_MAX));
	ck_assert(!rt_budget_charge(&b, 1001));
	ck_assert_uint_eq(rt_budget_used(&b), 0);
	/* A release beyond what is charged stops at zero. */
	rt_budget_release(&b, 5);
	ck_assert_uint_eq(rt_budget_used(&b), 0);
}
END_TEST

START_TEST(test_parent_all_or_none)
{
	struct rt_budget dev, a, c;

	rt_budget_init(&dev, 1000, NULL);
	rt_budget_init(&a, 700, &dev);
	rt_budget_init(&c, 700, &dev);
	ck_assert(rt_budget_charge(&a, 700));
	ck_assert(!rt_budget_charge(&a, 1)); /* the channel's own limit */
	ck_assert_uint_eq(rt_budget_refused(&a), 1);
	ck_assert_uint_eq(rt_budget_refused(&dev), 0);
	ck_assert(rt_budget_charge(&c, 300));
	/* The device is full: c's charge is refused and c is left as it was. */
	ck_assert(!rt_budget_charge(&c, 1));
	ck_assert_uint_eq(rt_budget_used(&c), 300);
	ck_assert_uint_eq(rt_budget_used(&dev), 1000);
	ck_assert_uint_eq(rt_budget_refused(&dev), 1);
	ck_assert(!rt_budget_fits(&c, 1));
	rt_budget_release(&a, 700);
	ck_assert_uint_eq(rt_budget_used(&dev), 300);
	ck_assert(rt_budget_charge(&c, 400));
	ck_assert_uint_eq(rt_budget_high(&dev), 1000);
	ck_assert_uint_eq(rt_budget_high(&c), 700);
}
END_TEST

START_TEST(test_zero_and_unlimited)
{
	struct rt_budget z, u;

	rt_budget_init(&z, 0, NULL);
	ck_assert(!rt_budget_charge(&z, 1));
	ck_assert(rt_budget_charge(&z, 0));
	rt_budget_init(&u, RT_BUDGET_UNLIMITED, NULL);
	ck_assert(rt_budget_charge(&u, UINT64_MAX / 2));
	ck_assert(rt_budget_charge(&u, UINT64_MAX / 2));
	ck_assert_uint_eq(rt_budget_high(&u), UINT64_MAX - 1);
	/* add: past the limit (an owed completion), then charges are refused until released. */
	rt_budget_init(&z, 10, NULL);
	rt_budget_add(&z, 25);
	ck_assert_uint_eq(rt_budget_used(&z), 25);
	ck_assert_uint_eq(rt_budget_high(&z), 25);
	ck_assert(!rt_budget_charge(&z, 1));
	rt_budget_release(&z, 25);
	ck_assert(rt_budget_charge(&z, 10));
	/* A NULL budget (an object built without one) charges nothing and never refuses. */
	ck_assert(rt_budget_charge(NULL, 12345));
	rt_budget_release(NULL, 12345);
}
END_TEST

struct racer {
	struct rt_budget *b;
	unsigned ok;
};

static void *race(void *arg)
{
	struct racer *r = arg;

	for (int i = 0; i < 200000; i++) {
		if (rt_budget_charge(r->b, 3)) {
			r->ok++;
			rt_budget_release(r->b, 3);
		}
	}
	return NULL;
}

/* Four threads charging one channel budget each under one device: never past a limit. */
START_TEST(test_threads_never_exceed)
{
	struct rt_budget dev, ch[4];
	struct racer r[4];
	pthread_t t[4];
	unsigned ok = 0;

	rt_budget_init(&dev, 7, NULL);
	for (int i = 0; i < 4; i++) {
		rt_budget_init(&ch[i], 6, &dev);
		r[i] = (struct racer){.b = &ch[i]};
		ck_assert_int_eq(pthread_create(&t[i], NULL, race, &r[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		ck_assert_uint_eq(rt_budget_used(&ch[i]), 0);
		ck_assert_uint_le(rt_budget_high(&ch[i]), 6);
		ok += r[i].ok; /* one thread may fail throughout while two others hold */
	}
	ck_assert_uint_gt(ok, 0);
	ck_assert_uint_eq(rt_budget_used(&dev), 0);
	ck_assert_uint_le(rt_budget_high(&dev), 6); /* 3 + 3 fits in 7; 3 + 3 + 3 never does */
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_charge_release_high),
					      PV_CASE(test_parent_all_or_none),
					      PV_CASE(test_zero_and_unlimited),
					      PV_CASE(test_threads_never_exceed),
					      {0}};

	return pv_check_run("budget", cases);
}
