/* SPDX-License-Identifier: MIT */
/*
 * The generated device session machines (storvsc init, NVSP init, RNDIS
 * device), driven directly: event sequences that must be accepted and the
 * state they end in, sequences whose last event must be refused (leaving the
 * state as it was), which actions run on the way, a failing action refusing
 * its event, can_feed agreeing with feed, and the event names.
 */
#include <check.h>

#include "fsm_seq.h"
#include "nvsp_init_fsm.h"
#include "rndis_device_fsm.h"
#include "storvsc_init_fsm.h"
#include "tests/unit/pv_check.h"

/* A row: the sequence and its end, the hooks that ran, and the hook made to fail. */
struct hook_seq {
	struct seq s;
	const char *hooks;
	const char *fail;
};

/* Accepted, ending in `state`; refused at the last event; refused because `hook` failed. */
#define OK(state, hooks, ...)                       \
	{                                           \
		{{__VA_ARGS__}, state}, hooks, NULL \
	}
#define NO(hooks, ...)                             \
	{                                          \
		{{__VA_ARGS__}, NULL}, hooks, NULL \
	}
#define FAILS(hook, hooks, ...)                    \
	{                                          \
		{{__VA_ARGS__}, NULL}, hooks, hook \
	}

FSM_HOOK(on_begin)
FSM_HOOK(on_version)
FSM_HOOK(on_properties)
FSM_HOOK(on_ready)
FSM_HOOK(on_srb)
FSM_HOOK(on_reset)
FSM_HOOK(on_create_sub_channels)
FSM_HOOK(on_init)
FSM_HOOK(on_ndis_config)
FSM_HOOK(on_ndis_version)
FSM_HOOK(on_recv_buf)
FSM_HOOK(on_send_buf)
FSM_HOOK(on_revoke_send)
FSM_HOOK(on_revoke_recv)
FSM_HOOK(on_initialized)
FSM_HOOK(on_data_start)
FSM_HOOK(on_data_stop)
FSM_HOOK(on_halt)

/* Each machine: its rows, run with every hook recording; and its event names. */
#define SESSION_TESTS(p, P, rows, ...)                                    \
	FSM_RUN(p)                                                        \
	static const struct p##_actions p##_hooks = {__VA_ARGS__};        \
	START_TEST(p##_sequences)                                         \
	{                                                                 \
		const struct hook_seq *c = &rows[_i];                     \
		struct hook_trace t = {.fail = c->fail};                  \
                                                                          \
		p##_run(&c->s, &p##_hooks, &t, c->fail ? -EIO : -EPROTO); \
		ck_assert_str_eq(t.ran, c->hooks);                        \
	}                                                                 \
	END_TEST                                                          \
	START_TEST(p##_names)                                             \
	{                                                                 \
		for (uint32_t ev = 1; ev <= P##_EV_COUNT; ev++)           \
			ck_assert_str_ne(p##_event_name(ev), "?");        \
		ck_assert_str_eq(p##_event_name(0), "?");                 \
		ck_assert_str_eq(p##_event_name(P##_EV_COUNT + 1), "?");  \
	}                                                                 \
	END_TEST

#define E(x) STORVSC_INIT_EV_##x
#define READY \
	E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED), E(QUERY_PROPERTIES), E(END_INITIALIZATION)
#define READY_HOOKS "on_begin on_version on_properties on_ready"
static const struct hook_seq storvsc_rows[] = {
	OK("start", "", 0),
	OK("negotiating", "on_begin", E(BEGIN_INITIALIZATION)),
	/* The guest tries its versions newest first until one is accepted. */
	OK("versioned", "on_begin on_version", E(BEGIN_INITIALIZATION), E(VERSION_REJECTED),
	   E(VERSION_REJECTED), E(VERSION_ACCEPTED)),
	OK("configured", "on_begin on_version on_properties", E(BEGIN_INITIALIZATION),
	   E(VERSION_ACCEPTED), E(QUERY_PROPERTIES)),
	/* FCHBA_DATA only on Fibre Channel, any number of times before the end. */
	OK("ready", READY_HOOKS, E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED), E(QUERY_PROPERTIES),
	   E(FCHBA_DATA), E(FCHBA_DATA), E(END_INITIALIZATION)),
	OK("ready", READY_HOOKS " on_srb on_reset on_create_sub_channels on_srb", READY,
	   E(EXECUTE_SRB), E(RESET), E(CREATE_SUB_CHANNELS), E(EXECUTE_SRB)),
	NO("", E(EXECUTE_SRB)),
	NO("", E(VERSION_ACCEPTED)),
	NO("", E(END_INITIALIZATION)),
	NO("", 999),
	NO("", STORVSC_INIT_EV_COUNT + 1),
	NO("on_begin", E(BEGIN_INITIALIZATION), E(BEGIN_INITIALIZATION)),
	NO("on_begin", E(BEGIN_INITIALIZATION), E(QUERY_PROPERTIES)),
	NO("on_begin", E(BEGIN_INITIALIZATION), E(EXECUTE_SRB)),
	NO("on_begin on_version", E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED),
	   E(VERSION_ACCEPTED)),
	NO("on_begin on_version", E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED),
	   E(END_INITIALIZATION)),
	NO("on_begin on_version", E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED), E(FCHBA_DATA)),
	NO("on_begin on_version on_properties", E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED),
	   E(QUERY_PROPERTIES), E(EXECUTE_SRB)),
	NO("on_begin on_version on_properties", E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED),
	   E(QUERY_PROPERTIES), E(CREATE_SUB_CHANNELS)),
	NO("on_begin on_version on_properties", E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED),
	   E(QUERY_PROPERTIES), E(RESET)),
	NO(READY_HOOKS, READY, E(BEGIN_INITIALIZATION)),
	NO(READY_HOOKS, READY, E(VERSION_REJECTED)),
	NO(READY_HOOKS, READY, E(QUERY_PROPERTIES)),
	NO(READY_HOOKS, READY, E(FCHBA_DATA)),
	FAILS("on_version", "on_begin on_version", E(BEGIN_INITIALIZATION), E(VERSION_ACCEPTED)),
	FAILS("on_srb", READY_HOOKS " on_srb", READY, E(EXECUTE_SRB)),
};
#undef READY_HOOKS
#undef READY
#undef E
SESSION_TESTS(storvsc_init, STORVSC_INIT, storvsc_rows, .on_begin = on_begin,
	      .on_version = on_version, .on_properties = on_properties, .on_ready = on_ready,
	      .on_srb = on_srb, .on_reset = on_reset,
	      .on_create_sub_channels = on_create_sub_channels)

#define E(x) NVSP_INIT_EV_##x
#define RECV E(INIT), E(INIT_OK), E(NDIS_VERSION), E(RECV_BUF), E(RECV_BUF_OK)
#define RECV_HOOKS "on_init on_ndis_version on_recv_buf"
#define READY RECV, E(SEND_BUF), E(SEND_BUF_OK)
#define READY_HOOKS RECV_HOOKS " on_send_buf on_ready"
static const struct hook_seq nvsp_rows[] = {
	OK("start", "", 0),
	OK("start", "", E(RESET)), /* a channel closed before INIT: nothing to undo */
	OK("initializing", "on_init", E(INIT)),
	OK("start", "on_init on_reset", E(INIT), E(RESET)),
	/* A refused version: the guest tries the next one. */
	OK("negotiated", "on_init on_init", E(INIT), E(INIT_FAIL), E(INIT), E(INIT_OK)),
	OK("configured", "on_init on_ndis_config", E(INIT), E(INIT_OK), E(NDIS_CONFIG)),
	OK("have_recv_buf", "on_init on_ndis_config on_ndis_version on_recv_buf", E(INIT),
	   E(INIT_OK), E(NDIS_CONFIG), E(NDIS_VERSION), E(RECV_BUF), E(RECV_BUF_OK)),
	OK("have_recv_buf", RECV_HOOKS " on_recv_buf", E(INIT), E(INIT_OK), E(NDIS_VERSION),
	   E(RECV_BUF), E(RECV_BUF_FAIL), E(RECV_BUF), E(RECV_BUF_OK)),
	/* No send buffer: a guest may send everything by GPA ranges. */
	OK("ready", RECV_HOOKS " on_ready", RECV, E(SUBCHANNEL), E(SWITCH_DATA_PATH), E(RNDIS)),
	OK("ready", RECV_HOOKS " on_send_buf on_send_buf on_ready", RECV, E(SEND_BUF),
	   E(SEND_BUF_FAIL), E(SEND_BUF), E(SEND_BUF_OK)),
	OK("ready", READY_HOOKS, READY, E(RNDIS), E(SUBCHANNEL), E(SWITCH_DATA_PATH), E(RNDIS)),
	OK("have_recv_buf", READY_HOOKS " on_revoke_send", READY, E(REVOKE_SEND_BUF)),
	OK("revoked", READY_HOOKS " on_revoke_recv", READY, E(REVOKE_RECV_BUF), E(REVOKE_SEND_BUF),
	   E(SWITCH_DATA_PATH)),
	OK("revoked", RECV_HOOKS " on_revoke_recv", RECV, E(REVOKE_RECV_BUF)),
	OK("initializing", READY_HOOKS " on_reset on_init", READY, E(RESET), E(INIT)),
	NO("", E(INIT_OK)),
	NO("", E(NDIS_CONFIG)),
	NO("", E(RNDIS)),
	NO("", NVSP_INIT_EV_COUNT + 1),
	NO("on_init", E(INIT), E(INIT)),
	NO("on_init", E(INIT), E(NDIS_VERSION)),
	NO("on_init", E(INIT), E(INIT_OK), E(RECV_BUF)),
	NO("on_init", E(INIT), E(INIT_OK), E(INIT_OK)),
	NO("on_init on_ndis_version", E(INIT), E(INIT_OK), E(NDIS_VERSION), E(NDIS_CONFIG)),
	NO("on_init on_ndis_version", E(INIT), E(INIT_OK), E(NDIS_VERSION), E(RNDIS)),
	NO("on_init on_ndis_version", E(INIT), E(INIT_OK), E(NDIS_VERSION), E(SEND_BUF)),
	NO(RECV_HOOKS, E(INIT), E(INIT_OK), E(NDIS_VERSION), E(RECV_BUF), E(RNDIS)),
	NO(RECV_HOOKS, RECV, E(RECV_BUF)),
	NO(RECV_HOOKS, RECV, E(REVOKE_SEND_BUF)),
	NO(RECV_HOOKS " on_send_buf", RECV, E(SEND_BUF), E(RNDIS)),
	NO(READY_HOOKS, READY, E(INIT)),
	NO(READY_HOOKS, READY, E(SEND_BUF)),
	NO(READY_HOOKS " on_revoke_recv", READY, E(REVOKE_RECV_BUF), E(RNDIS)),
	NO(READY_HOOKS " on_revoke_recv", READY, E(REVOKE_RECV_BUF), E(REVOKE_RECV_BUF)),
	NO(READY_HOOKS " on_revoke_recv", READY, E(REVOKE_RECV_BUF), E(SUBCHANNEL)),
	FAILS("on_recv_buf", "on_init on_ndis_version on_recv_buf", E(INIT), E(INIT_OK),
	      E(NDIS_VERSION), E(RECV_BUF)),
	FAILS("on_reset", READY_HOOKS " on_reset", READY, E(RESET)),
};
#undef READY_HOOKS
#undef READY
#undef RECV_HOOKS
#undef RECV
#undef E
SESSION_TESTS(nvsp_init, NVSP_INIT, nvsp_rows, .on_init = on_init, .on_ndis_config = on_ndis_config,
	      .on_ndis_version = on_ndis_version, .on_recv_buf = on_recv_buf,
	      .on_send_buf = on_send_buf, .on_ready = on_ready, .on_revoke_send = on_revoke_send,
	      .on_revoke_recv = on_revoke_recv, .on_reset = on_reset)

#define E(x) RNDIS_DEVICE_EV_##x
#define UP E(INIT), E(INIT_OK)
#define UP_HOOKS "on_init on_initialized"
static const struct hook_seq rndis_rows[] = {
	/* start and halted accept the same (INIT only), so the machine has one state for both. */
	OK("halted", "", 0),
	OK("initializing", "on_init", E(INIT)),
	OK("initialized", "on_init " UP_HOOKS, E(INIT), E(INIT_FAIL), UP),
	/* Control traffic, and guest transmits, with the filter still zero. */
	OK("initialized", UP_HOOKS, UP, E(REQUEST), E(COMPLETE), E(INDICATE), E(PACKET_RX),
	   E(FILTER_OFF)),
	OK("data", UP_HOOKS " on_data_start", UP, E(FILTER_ON), E(PACKET_TX), E(PACKET_RX),
	   E(REQUEST), E(COMPLETE), E(INDICATE), E(FILTER_ON)),
	OK("initialized", UP_HOOKS " on_data_start on_data_stop", UP, E(FILTER_ON), E(FILTER_OFF)),
	OK("initialized", UP_HOOKS " on_data_start on_halt " UP_HOOKS, UP, E(FILTER_ON), E(HALT),
	   UP),
	OK("halted", UP_HOOKS " on_halt", UP, E(HALT)),
	NO("", E(REQUEST)),
	NO("", E(PACKET_RX)),
	NO("", E(INIT_OK)),
	NO("", E(HALT)),
	NO("", RNDIS_DEVICE_EV_COUNT + 1),
	NO("on_init", E(INIT), E(INIT)),
	NO("on_init", E(INIT), E(REQUEST)),
	NO("on_init", E(INIT), E(PACKET_RX)),
	NO(UP_HOOKS, UP, E(INIT)),
	NO(UP_HOOKS, UP, E(INIT_OK)),
	NO(UP_HOOKS, UP, E(PACKET_TX)), /* nothing to the guest while the filter is zero */
	NO(UP_HOOKS " on_data_start", UP, E(FILTER_ON), E(INIT)),
	NO(UP_HOOKS " on_halt", UP, E(HALT), E(REQUEST)),
	NO(UP_HOOKS " on_halt", UP, E(HALT), E(PACKET_RX)),
	NO(UP_HOOKS " on_halt", UP, E(HALT), E(HALT)),
	FAILS("on_data_start", UP_HOOKS " on_data_start", UP, E(FILTER_ON)),
	FAILS("on_initialized", UP_HOOKS, UP),
};
#undef UP_HOOKS
#undef UP
#undef E
SESSION_TESTS(rndis_device, RNDIS_DEVICE, rndis_rows, .on_init = on_init,
	      .on_initialized = on_initialized, .on_data_start = on_data_start,
	      .on_data_stop = on_data_stop, .on_halt = on_halt)

int main(void)
{
	const struct pv_check_case cases[] = {PV_LOOP(storvsc_init_sequences, NELEM(storvsc_rows)),
					      PV_CASE(storvsc_init_names),
					      PV_LOOP(nvsp_init_sequences, NELEM(nvsp_rows)),
					      PV_CASE(nvsp_init_names),
					      PV_LOOP(rndis_device_sequences, NELEM(rndis_rows)),
					      PV_CASE(rndis_device_names),
					      {0}};

	return pv_check_run("session_fsm", cases);
}
