/* The generated VMBus connection session machine: event sequences that must be accepted
 * and sequences that must fail (at their last event, leaving the state as it was). */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_conn_fsm.h"

#define E(x) VMBUS_CONN_EV_##x
#define END 0

/* Feeds seq (0-terminated); returns the index of the first rejected event or -1. */
static int run(const int *seq, const char **state)
{
	struct vmbus_conn_fsm f;
	int i;

	vmbus_conn_fsm_init(&f);
	for (i = 0; seq[i]; i++) {
		struct vmbus_conn_fsm before = f;
		int rc = vmbus_conn_fsm_feed(&f, seq[i], NULL, NULL);

		if (rc) {
			ck_assert_int_eq(rc, -EPROTO);
			ck_assert_int_eq(f.cs, before.cs);
			*state = vmbus_conn_fsm_state_name(&f);
			return i;
		}
	}
	*state = vmbus_conn_fsm_state_name(&f);
	return -1;
}

static const int good0[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED), END};
static const int good1[] = {E(INITIATE_CONTACT),
			    E(VERSION_REJECTED),
			    E(INITIATE_CONTACT),
			    E(VERSION_REJECTED),
			    E(INITIATE_CONTACT),
			    E(VERSION_ACCEPTED),
			    END};
static const int good2[] = {E(INITIATE_CONTACT),
			    E(VERSION_ACCEPTED),
			    E(REQUESTOFFERS),
			    E(OFFERCHANNEL),
			    E(OFFERCHANNEL),
			    E(ALLOFFERS_DELIVERED),
			    E(CHANNEL_RX),
			    E(CHANNEL_TX),
			    E(RESCIND_CHANNELOFFER),
			    E(OFFERCHANNEL),
			    END};
static const int good3[] = {
	E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS),       E(OFFERCHANNEL),
	E(CHANNEL_RX),       E(CHANNEL_TX),       E(ALLOFFERS_DELIVERED), END};
static const int good4[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED),
			    E(REQUESTOFFERS),    E(ALLOFFERS_DELIVERED),
			    E(UNLOAD),           E(UNLOAD_RESPONSE),
			    E(INITIATE_CONTACT), E(VERSION_ACCEPTED),
			    E(REQUESTOFFERS),    END};
static const int good5[] = {E(INITIATE_CONTACT),    E(VERSION_ACCEPTED), E(REQUESTOFFERS),
			    E(ALLOFFERS_DELIVERED), E(INITIATE_CONTACT), END};
static const int good6[] = {E(UNLOAD), E(UNLOAD_RESPONSE), E(INITIATE_CONTACT), END};
static const int good7[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(UNLOAD), END};
static const int bad0[] = {E(REQUESTOFFERS), END};
static const int bad1[] = {E(CHANNEL_RX), END};
static const int bad2[] = {E(VERSION_ACCEPTED), END};
static const int bad3[] = {E(INITIATE_CONTACT), E(INITIATE_CONTACT), END};
static const int bad4[] = {E(INITIATE_CONTACT), E(REQUESTOFFERS), END};
static const int bad5[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(CHANNEL_RX), END};
static const int bad6[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(OFFERCHANNEL), END};
static const int bad7[] = {E(INITIATE_CONTACT),    E(VERSION_ACCEPTED), E(REQUESTOFFERS),
			   E(ALLOFFERS_DELIVERED), E(REQUESTOFFERS),    END};
static const int bad8[] = {E(INITIATE_CONTACT),    E(VERSION_ACCEPTED),    E(REQUESTOFFERS),
			   E(ALLOFFERS_DELIVERED), E(ALLOFFERS_DELIVERED), END};
static const int bad9[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS),
			   E(UNLOAD),           E(CHANNEL_RX),       END};
static const int bad10[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(UNLOAD),
			    E(INITIATE_CONTACT), END};
static const int bad11[] = {E(UNLOAD_RESPONSE), END};
static const int bad12[] = {E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(VERSION_ACCEPTED), END};

START_TEST(accepted)
{
	const char *st;

	ck_assert_int_eq(run(good0, &st), -1);
	ck_assert_str_eq(st, "connected");
	ck_assert_int_eq(run(good1, &st), -1);
	ck_assert_str_eq(st, "connected");
	ck_assert_int_eq(run(good2, &st), -1);
	ck_assert_str_eq(st, "ready");
	ck_assert_int_eq(run(good3, &st), -1);
	ck_assert_str_eq(st, "ready");
	ck_assert_int_eq(run(good4, &st), -1);
	ck_assert_str_eq(st, "offering");
	ck_assert_int_eq(run(good5, &st), -1);
	ck_assert_str_eq(st, "contacting");
	ck_assert_int_eq(run(good6, &st), -1);
	ck_assert_str_eq(st, "contacting");
	ck_assert_int_eq(run(good7, &st), -1);
	ck_assert_str_eq(st, "unloading");
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
	ck_assert_int_eq(run(bad6, &st), 2);
	ck_assert_int_eq(run(bad7, &st), 4);
	ck_assert_int_eq(run(bad8, &st), 4);
	ck_assert_int_eq(run(bad9, &st), 4);
	ck_assert_int_eq(run(bad10, &st), 3);
	ck_assert_int_eq(run(bad11, &st), 0);
	ck_assert_int_eq(run(bad12, &st), 2);
}
END_TEST

struct calls {
	int contact, connected, offers, unload, fail_offers;
};

static int on_contact(void *c)
{
	((struct calls *)c)->contact++;
	return 0;
}

static int on_connected(void *c)
{
	((struct calls *)c)->connected++;
	return 0;
}

static int on_request_offers(void *c)
{
	struct calls *k = c;

	k->offers++;
	return k->fail_offers ? -ENOMEM : 0;
}

static int on_unload(void *c)
{
	((struct calls *)c)->unload++;
	return 0;
}

/* Actions run on their transitions; a failing action leaves the state alone. */
START_TEST(actions)
{
	const struct vmbus_conn_actions a = {
		.on_contact = on_contact,
		.on_connected = on_connected,
		.on_request_offers = on_request_offers,
		.on_unload = on_unload,
	};
	struct calls k = {0};
	struct vmbus_conn_fsm f;

	vmbus_conn_fsm_init(&f);
	ck_assert_str_eq(vmbus_conn_fsm_state_name(&f), "disconnected");
	ck_assert_int_eq(vmbus_conn_fsm_feed(&f, E(INITIATE_CONTACT), &a, &k), 0);
	ck_assert_int_eq(vmbus_conn_fsm_feed(&f, E(VERSION_ACCEPTED), &a, &k), 0);
	ck_assert_int_eq(k.contact, 1);
	ck_assert_int_eq(k.connected, 1);
	k.fail_offers = 1;
	ck_assert_int_eq(vmbus_conn_fsm_feed(&f, E(REQUESTOFFERS), &a, &k), -ENOMEM);
	ck_assert_str_eq(vmbus_conn_fsm_state_name(&f), "connected");
	k.fail_offers = 0;
	ck_assert_int_eq(vmbus_conn_fsm_feed(&f, E(REQUESTOFFERS), &a, &k), 0);
	ck_assert_str_eq(vmbus_conn_fsm_state_name(&f), "offering");
	ck_assert_int_eq(k.offers, 2);
	ck_assert_int_eq(vmbus_conn_fsm_feed(&f, E(UNLOAD), &a, &k), 0);
	ck_assert_int_eq(k.unload, 1);
	ck_assert_str_eq(vmbus_conn_event_name(E(UNLOAD_RESPONSE)), "UNLOAD_RESPONSE");
	ck_assert_str_eq(vmbus_conn_event_name(999), "?");
	ck_assert_int_eq(vmbus_conn_fsm_feed(&f, 999, &a, &k), -EPROTO);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmbus_conn_fsm");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, accepted);
	tcase_add_test(tc, rejected);
	tcase_add_test(tc, actions);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
