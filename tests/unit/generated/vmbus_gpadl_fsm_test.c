/* The generated GPADL session machine: event sequences that must be accepted
 * and sequences that must fail (at their last event, leaving the state as it was). */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_gpadl_fsm.h"

#define E(x) VMBUS_GPADL_EV_##x
#define END 0

/* Feeds seq (0-terminated); returns the index of the first rejected event or -1. */
static int run(const int *seq, const char **state)
{
	struct vmbus_gpadl_fsm f;
	int i;

	vmbus_gpadl_fsm_init(&f);
	for (i = 0; seq[i]; i++) {
		struct vmbus_gpadl_fsm before = f;
		int rc = vmbus_gpadl_fsm_feed(&f, seq[i], NULL, NULL);

		if (rc) {
			ck_assert_int_eq(rc, -EPROTO);
			ck_assert_int_eq(f.cs, before.cs);
			*state = vmbus_gpadl_fsm_state_name(&f);
			return i;
		}
	}
	*state = vmbus_gpadl_fsm_state_name(&f);
	return -1;
}

static const int good0[] = {E(HEADER_COMPLETE), END};
static const int good1[] = {E(HEADER), E(BODY), E(BODY), END};
static const int good2[] = {E(HEADER), E(BODY), E(BODY_LAST), E(CREATED_OK), END};
static const int good3[] = {E(HEADER_COMPLETE), E(CREATED_OK), E(TEARDOWN), END};
static const int good4[] = {E(HEADER), E(BODY_LAST), E(CREATED_OK), E(TEARDOWN), E(TORNDOWN), END};
static const int good5[] = {E(HEADER_COMPLETE), E(CREATED_FAILED), END};
static const int bad0[] = {E(BODY), END};
static const int bad1[] = {E(CREATED_OK), END};
static const int bad2[] = {E(HEADER), E(CREATED_OK), END};
static const int bad3[] = {E(HEADER_COMPLETE), E(BODY), END};
static const int bad4[] = {E(HEADER_COMPLETE), E(TEARDOWN), END};
static const int bad5[] = {E(HEADER_COMPLETE), E(CREATED_OK), E(TORNDOWN), END};
static const int bad6[] = {E(HEADER_COMPLETE), E(CREATED_FAILED), E(TEARDOWN), END};
static const int bad7[] = {E(HEADER_COMPLETE), E(CREATED_OK), E(TEARDOWN),
			   E(TORNDOWN),        E(HEADER),     END};

START_TEST(accepted)
{
	const char *st;

	ck_assert_int_eq(run(good0, &st), -1);
	ck_assert_str_eq(st, "complete");
	ck_assert_int_eq(run(good1, &st), -1);
	ck_assert_str_eq(st, "receiving");
	ck_assert_int_eq(run(good2, &st), -1);
	ck_assert_str_eq(st, "created");
	ck_assert_int_eq(run(good3, &st), -1);
	ck_assert_str_eq(st, "tearing_down");
	ck_assert_int_eq(run(good4, &st), -1);
	ck_assert_str_eq(st, "done");
	ck_assert_int_eq(run(good5, &st), -1);
	ck_assert_str_eq(st, "done");
}
END_TEST

/* Each must fail at its last event. */
START_TEST(rejected)
{
	const char *st;

	ck_assert_int_eq(run(bad0, &st), 0);
	ck_assert_int_eq(run(bad1, &st), 0);
	ck_assert_int_eq(run(bad2, &st), 1);
	ck_assert_int_eq(run(bad3, &st), 1);
	ck_assert_int_eq(run(bad4, &st), 1);
	ck_assert_int_eq(run(bad5, &st), 2);
	ck_assert_int_eq(run(bad6, &st), 2);
	ck_assert_int_eq(run(bad7, &st), 4);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmbus_gpadl_fsm");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, accepted);
	tcase_add_test(tc, rejected);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
