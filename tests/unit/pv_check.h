/* SPDX-License-Identifier: MIT */
/*
 * One Check runner for the unit test programs: main() lists its tests in a
 * table and hands it to pv_check_run(), instead of each program building its
 * Suite, TCase and SRunner by hand.
 */
#ifndef PV_TESTS_UNIT_CHECK_H
#define PV_TESTS_UNIT_CHECK_H

#include <check.h>
#include <stdlib.h>

struct pv_check_case {
	const TTest *test; /* NULL ends the table */
	int loops;         /* 0: run once; n: a loop test, _i = 0 .. n-1 */
};

#define PV_CASE(t)     \
	{              \
		(t), 0 \
	}
#define PV_LOOP(t, n)         \
	{                     \
		(t), (int)(n) \
	}

/*
 * Runs a suite a program built itself (several TCases, say) and returns
 * main()'s exit status: EXIT_SUCCESS when every test passed.
 */
static inline int pv_check_run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;

	srunner_run_all(sr, CK_ENV); /* CK_VERBOSITY, else normal */
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* How the tests run; zero for Check's defaults. */
struct pv_check_opts {
	double timeout;          /* > 0: seconds per test (else 4 s or CK_DEFAULT_TIMEOUT) */
	SFun setup, teardown;    /* checked fixture: around each test, in its process */
	SFun once_up, once_down; /* unchecked fixture: once, around all the tests */
};

/*
 * Runs the tests of `cases` as suite `suite` (one TCase, "core") as `o`
 * says and returns main()'s exit status: EXIT_SUCCESS when every test
 * passed.
 */
static inline int pv_check_run_opts(const char *suite, const struct pv_check_case *cases,
				    const struct pv_check_opts *o)
{
	Suite *s = suite_create(suite);
	TCase *tc = tcase_create("core");

	if (o->timeout > 0)
		tcase_set_timeout(tc, o->timeout);
	if (o->setup || o->teardown)
		tcase_add_checked_fixture(tc, o->setup, o->teardown);
	if (o->once_up || o->once_down)
		tcase_add_unchecked_fixture(tc, o->once_up, o->once_down);
	for (; cases->test; cases++) {
		if (cases->loops)
			tcase_add_loop_test(tc, cases->test, 0, cases->loops);
		else
			tcase_add_test(tc, cases->test);
	}
	suite_add_tcase(s, tc);
	return pv_check_run_suite(s);
}

static inline int pv_check_run_timeout(const char *suite, const struct pv_check_case *cases,
				       double timeout)
{
	return pv_check_run_opts(suite, cases, &(struct pv_check_opts){.timeout = timeout});
}

static inline int pv_check_run(const char *suite, const struct pv_check_case *cases)
{
	return pv_check_run_opts(suite, cases, &(struct pv_check_opts){0});
}

#endif
