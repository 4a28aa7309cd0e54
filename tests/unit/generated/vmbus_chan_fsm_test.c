/* The generated VMBus channel session machine: event sequences that must be accepted
 * and sequences that must fail (at their last event, leaving the state as it was). */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_chan_fsm.h"

#define E(x) VMBUS_CHAN_EV_##x
#define END 0

/* Feeds seq (0-terminated); returns the index of the first rejected event or -1. */
static int run(const int *seq, const char **state)
{
	struct vmbus_chan_fsm f;
	int i;

	vmbus_chan_fsm_init(&f);
	for (i = 0; seq[i]; i++) {
		struct vmbus_chan_fsm before = f;
		int rc = vmbus_chan_fsm_feed(&f, seq[i], NULL, NULL);

		if (rc) {
			ck_assert_int_eq(rc, -EPROTO);
			ck_assert_int_eq(f.cs, before.cs);
			*state = vmbus_chan_fsm_state_name(&f);
			return i;
		}
	}
	*state = vmbus_chan_fsm_state_name(&f);
	return -1;
}

static const int good0[] = {END, END};
static const int good1[] = {E(GPADL), E(OPENCHANNEL), E(OPEN_OK), END};
static const int good2[] = {E(GPADL),
			    E(OPENCHANNEL),
			    E(OPEN_FAILED),
			    E(OPENCHANNEL),
			    E(OPEN_OK),
			    E(MODIFYCHANNEL),
			    E(MODIFYCHANNEL_RESPONSE),
			    E(GPADL),
			    END};
static const int good3[] = {E(OPENCHANNEL), E(OPEN_OK), E(CLOSECHANNEL), E(GPADL), E(OPENCHANNEL),
			    E(OPEN_OK),     END};
static const int good4[] = {E(OPENCHANNEL), E(OPEN_OK),        E(RESCIND), E(CLOSECHANNEL),
			    E(GPADL),       E(RELID_RELEASED), END};
static const int good5[] = {E(RESCIND), E(GPADL), E(RELID_RELEASED), END};
static const int good6[] = {E(OPENCHANNEL), E(RESCIND), E(OPEN_FAILED), END};
static const int good7[] = {E(OPENCHANNEL), E(OPEN_OK), E(RESCIND), END};
static const int bad0[] = {E(OPEN_OK), END};
static const int bad1[] = {E(CLOSECHANNEL), END};
static const int bad2[] = {E(RELID_RELEASED), END};
static const int bad3[] = {E(OPENCHANNEL), E(OPENCHANNEL), END};
static const int bad4[] = {E(OPENCHANNEL), E(CLOSECHANNEL), END};
static const int bad5[] = {E(OPENCHANNEL), E(OPEN_OK), E(OPENCHANNEL), END};
static const int bad6[] = {E(MODIFYCHANNEL), END};
static const int bad7[] = {E(OPENCHANNEL), E(OPEN_OK), E(OPEN_OK), END};
static const int bad8[] = {E(RESCIND), E(OPENCHANNEL), END};
static const int bad9[] = {E(RESCIND), E(RESCIND), END};
static const int bad10[] = {E(RESCIND), E(RELID_RELEASED), E(GPADL), END};
static const int bad11[] = {E(OPENCHANNEL),    E(OPEN_OK),        E(RESCIND),
			    E(RELID_RELEASED), E(RELID_RELEASED), END};
static const int bad12[] = {E(OPENCHANNEL), E(OPEN_OK), E(RESCIND), E(OPENCHANNEL), END};

START_TEST(accepted)
{
	const char *st;

	ck_assert_int_eq(run(good0, &st), -1);
	ck_assert_str_eq(st, "offered");
	ck_assert_int_eq(run(good1, &st), -1);
	ck_assert_str_eq(st, "opened");
	ck_assert_int_eq(run(good2, &st), -1);
	ck_assert_str_eq(st, "opened");
	ck_assert_int_eq(run(good3, &st), -1);
	ck_assert_str_eq(st, "opened");
	ck_assert_int_eq(run(good4, &st), -1);
	ck_assert_str_eq(st, "released");
	ck_assert_int_eq(run(good5, &st), -1);
	ck_assert_str_eq(st, "released");
	ck_assert_int_eq(run(good6, &st), -1);
	ck_assert_str_eq(st, "rescinded");
	ck_assert_int_eq(run(good7, &st), -1);
	ck_assert_str_eq(st, "rescinded_open");
}
END_TEST

/* Each must fail at its last event. */
START_TEST(rejected)
{
	const char *st;

	ck_assert_int_eq(run(bad0, &st), 0);
	ck_assert_int_eq(run(bad1, &st), 0);
	ck_assert_int_eq(run(bad2, &st), 0);
	ck_assert_int_eq(run(bad3, &st), 1);
	ck_assert_int_eq(run(bad4, &st), 1);
	ck_assert_int_eq(run(bad5, &st), 2);
	ck_assert_int_eq(run(bad6, &st), 0);
	ck_assert_int_eq(run(bad7, &st), 2);
	ck_assert_int_eq(run(bad8, &st), 1);
	ck_assert_int_eq(run(bad9, &st), 1);
	ck_assert_int_eq(run(bad10, &st), 2);
	ck_assert_int_eq(run(bad11, &st), 4);
	ck_assert_int_eq(run(bad12, &st), 3);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmbus_chan_fsm");
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
