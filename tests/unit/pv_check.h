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
 * Runs the tests of `cases` as suite `suite` (one TCase, "core", each test
 * limited to `timeout` seconds) and returns main()'s exit status:
 * EXIT_SUCCESS when every test passed.
 */
static inline int pv_check_run_timeout(const char *suite, const struct pv_check_case *cases,
				       double timeout)
{
	Suite *s = suite_create(suite);
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	if (timeout > 0)
		tcase_set_timeout(tc, timeout);

	for (; cases->test; cases++) {
		if (cases->loops)
			tcase_add_loop_test(tc, cases->test, 0, cases->loops);
		else
			tcase_add_test(tc, cases->test);
	}
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* The same with Check's default timeout per test (4 s unless CK_DEFAULT_TIMEOUT says). */
static inline int pv_check_run(const char *suite, const struct pv_check_case *cases)
{
	return pv_check_run_timeout(suite, cases, 0);
}

#endif
