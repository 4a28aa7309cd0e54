/*
 * The generated VMBus session machines (connection, channel, GPADL): event
 * sequences that must be accepted, sequences that must fail (at their last
 * event, leaving the state as it was), and the connection machine's actions.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_chan_fsm.h"
#include "vmbus_conn_fsm.h"
#include "vmbus_gpadl_fsm.h"
#include "fsm_seq.h"
#include "tests/unit/pv_check.h"

FSM_RUN(vmbus_conn)
FSM_RUN(vmbus_chan)
FSM_RUN(vmbus_gpadl)

#define E(x) VMBUS_CONN_EV_##x
static const struct seq conn_seqs[] = {
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED)}, "connected"},
	{{E(INITIATE_CONTACT), E(VERSION_REJECTED), E(INITIATE_CONTACT), E(VERSION_REJECTED),
	  E(INITIATE_CONTACT), E(VERSION_ACCEPTED)},
	 "connected"},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS), E(OFFERCHANNEL),
	  E(OFFERCHANNEL), E(ALLOFFERS_DELIVERED), E(CHANNEL_RX), E(CHANNEL_TX),
	  E(RESCIND_CHANNELOFFER), E(OFFERCHANNEL)},
	 "ready"},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS), E(OFFERCHANNEL),
	  E(CHANNEL_RX), E(CHANNEL_TX), E(ALLOFFERS_DELIVERED)},
	 "ready"},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS), E(ALLOFFERS_DELIVERED),
	  E(UNLOAD), E(UNLOAD_RESPONSE), E(INITIATE_CONTACT), E(VERSION_ACCEPTED),
	  E(REQUESTOFFERS)},
	 "offering"},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS), E(ALLOFFERS_DELIVERED),
	  E(INITIATE_CONTACT)},
	 "contacting"},
	{{E(UNLOAD), E(UNLOAD_RESPONSE), E(INITIATE_CONTACT)}, "contacting"},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(UNLOAD)}, "unloading"},
	{{E(REQUESTOFFERS)}, NULL},
	{{E(CHANNEL_RX)}, NULL},
	{{E(VERSION_ACCEPTED)}, NULL},
	{{E(INITIATE_CONTACT), E(INITIATE_CONTACT)}, NULL},
	{{E(INITIATE_CONTACT), E(REQUESTOFFERS)}, NULL},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(CHANNEL_RX)}, NULL},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(OFFERCHANNEL)}, NULL},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS), E(ALLOFFERS_DELIVERED),
	  E(REQUESTOFFERS)},
	 NULL},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS), E(ALLOFFERS_DELIVERED),
	  E(ALLOFFERS_DELIVERED)},
	 NULL},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(REQUESTOFFERS), E(UNLOAD), E(CHANNEL_RX)},
	 NULL},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(UNLOAD), E(INITIATE_CONTACT)}, NULL},
	{{E(UNLOAD_RESPONSE)}, NULL},
	{{E(INITIATE_CONTACT), E(VERSION_ACCEPTED), E(VERSION_ACCEPTED)}, NULL},
};
#undef E

#define E(x) VMBUS_CHAN_EV_##x
static const struct seq chan_seqs[] = {
	{{0}, "offered"},
	{{E(GPADL), E(OPENCHANNEL), E(OPEN_OK)}, "opened"},
	{{E(GPADL), E(OPENCHANNEL), E(OPEN_FAILED), E(OPENCHANNEL), E(OPEN_OK), E(MODIFYCHANNEL),
	  E(MODIFYCHANNEL_RESPONSE), E(GPADL)},
	 "opened"},
	{{E(OPENCHANNEL), E(OPEN_OK), E(CLOSECHANNEL), E(GPADL), E(OPENCHANNEL), E(OPEN_OK)},
	 "opened"},
	{{E(OPENCHANNEL), E(OPEN_OK), E(RESCIND), E(CLOSECHANNEL), E(GPADL), E(RELID_RELEASED)},
	 "released"},
	{{E(RESCIND), E(GPADL), E(RELID_RELEASED)}, "released"},
	{{E(OPENCHANNEL), E(RESCIND), E(OPEN_FAILED)}, "rescinded"},
	{{E(OPENCHANNEL), E(OPEN_OK), E(RESCIND)}, "rescinded_open"},
	{{E(OPEN_OK)}, NULL},
	{{E(CLOSECHANNEL)}, NULL},
	{{E(RELID_RELEASED)}, NULL},
	{{E(OPENCHANNEL), E(OPENCHANNEL)}, NULL},
	{{E(OPENCHANNEL), E(CLOSECHANNEL)}, NULL},
	{{E(OPENCHANNEL), E(OPEN_OK), E(OPENCHANNEL)}, NULL},
	{{E(MODIFYCHANNEL)}, NULL},
	{{E(OPENCHANNEL), E(OPEN_OK), E(OPEN_OK)}, NULL},
	{{E(RESCIND), E(OPENCHANNEL)}, NULL},
	{{E(RESCIND), E(RESCIND)}, NULL},
	{{E(RESCIND), E(RELID_RELEASED), E(GPADL)}, NULL},
	{{E(OPENCHANNEL), E(OPEN_OK), E(RESCIND), E(RELID_RELEASED), E(RELID_RELEASED)}, NULL},
	{{E(OPENCHANNEL), E(OPEN_OK), E(RESCIND), E(OPENCHANNEL)}, NULL},
};
#undef E

#define E(x) VMBUS_GPADL_EV_##x
static const struct seq gpadl_seqs[] = {
	{{E(HEADER_COMPLETE)}, "complete"},
	{{E(HEADER), E(BODY), E(BODY)}, "receiving"},
	{{E(HEADER), E(BODY), E(BODY_LAST), E(CREATED_OK)}, "created"},
	{{E(HEADER_COMPLETE), E(CREATED_OK), E(TEARDOWN)}, "tearing_down"},
	{{E(HEADER), E(BODY_LAST), E(CREATED_OK), E(TEARDOWN), E(TORNDOWN)}, "done"},
	{{E(HEADER_COMPLETE), E(CREATED_FAILED)}, "done"},
	{{E(BODY)}, NULL},
	{{E(CREATED_OK)}, NULL},
	{{E(HEADER), E(CREATED_OK)}, NULL},
	{{E(HEADER_COMPLETE), E(BODY)}, NULL},
	{{E(HEADER_COMPLETE), E(TEARDOWN)}, NULL},
	{{E(HEADER_COMPLETE), E(CREATED_OK), E(TORNDOWN)}, NULL},
	{{E(HEADER_COMPLETE), E(CREATED_FAILED), E(TEARDOWN)}, NULL},
	{{E(HEADER_COMPLETE), E(CREATED_OK), E(TEARDOWN), E(TORNDOWN), E(HEADER)}, NULL},
};
#undef E

START_TEST(conn_sequences)
{
	vmbus_conn_run(&conn_seqs[_i], NULL, NULL, -EPROTO);
}
END_TEST

START_TEST(chan_sequences)
{
	vmbus_chan_run(&chan_seqs[_i], NULL, NULL, -EPROTO);
}
END_TEST

START_TEST(gpadl_sequences)
{
	vmbus_gpadl_run(&gpadl_seqs[_i], NULL, NULL, -EPROTO);
}
END_TEST

#define E(x) VMBUS_CONN_EV_##x
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

#undef E

int main(void)
{
	Suite *s = suite_create("vmbus_fsm");
	TCase *conn = tcase_create("conn");
	TCase *chan = tcase_create("chan");
	TCase *gpadl = tcase_create("gpadl");

	tcase_add_loop_test(conn, conn_sequences, 0, NELEM(conn_seqs));
	tcase_add_test(conn, actions);
	tcase_add_loop_test(chan, chan_sequences, 0, NELEM(chan_seqs));
	tcase_add_loop_test(gpadl, gpadl_sequences, 0, NELEM(gpadl_seqs));
	suite_add_tcase(s, conn);
	suite_add_tcase(s, chan);
	suite_add_tcase(s, gpadl);
	return pv_check_run_suite(s);
}
