/*
 * The MANA driver against each fault the emulator injects. For every one the
 * driver must fail the vport or the device cleanly (a state callback, no
 * crash), recover (vport reopened, or the function reset and brought up
 * again), and carry traffic afterwards; every frame is completed exactly
 * once and the DMA memory of a closed vport is given back.
 */
#include <check.h>
#include <stdlib.h>

#include "runtime/util.h"
#include "tests/unit/drivers/mana/mana_test_util.h"
#include "tests/unit/pv_check.h"

static void arm(struct mt *t, const char *spec)
{
	struct mana_emu_fault f;

	ck_assert_int_eq(mana_emu_fault_parse(spec, &f), 0);
	ck_assert_int_eq(mana_emu_fault_set(t->emu, &f), 0);
}

/* Traffic that must get through: n frames out, n back (loopback wire). */
static void traffic_ok(struct mt *t, uint32_t first, uint32_t n)
{
	uint32_t rx0 = t->rx_count, done0 = t->tx_done;
	uint32_t got = mt_send(t, first, n, 200);

	ck_assert_uint_eq(got, n);
	ck_assert(mt_wait(t, &t->tx_done, done0 + n, 10));
	ck_assert(mt_wait(t, &t->rx_count, rx0 + n, 10));
}

/* After a device failure: the owner closes its vport, then recovers the device. */
static void recover_device(struct mt *t)
{
	uint32_t ready = t->dev_ready;

	ck_assert(mt_wait(t, &t->dev_failed, 1, 10));
	if (t->vp)
		mana_vport_close(t->vp);
	t->vp = NULL;
	ck_assert_int_eq(mana_dev_recover(t->dev), 0);
	ck_assert(mt_wait(t, &t->dev_ready, ready + 1, 10));
	ck_assert_int_eq(mana_dev_state(t->dev), MANA_DEV_READY);
}

/* After a vport failure on a working device: close it (orderly), open a new one. */
static void reopen_vport(struct mt *t)
{
	uint32_t closed = t->vp_closed, up = t->vp_up;
	struct mana_vport_opts vo = {.queues = 1, .mtu = 1500, .cb = &mt_vp_cb, .ctx = t};

	mana_vport_close(t->vp);
	t->vp = NULL;
	ck_assert(mt_wait(t, &t->vp_closed, closed + 1, 10));
	ck_assert_int_eq(mana_vport_open(t->dev, &vo, &t->vp), 0);
	ck_assert(mt_wait(t, &t->vp_up, up + 1, 10));
}

static void check_completions(struct mt *t, uint32_t sent)
{
	ck_assert_uint_eq(t->done_twice, 0);
	for (uint32_t c = 0; c < sent; c++)
		ck_assert_msg(t->done_count[c] == 1, "cookie %u completed %u times", c,
			      t->done_count[c]);
}

START_TEST(test_hwc_timeout)
{
	struct mt t;
	struct mana_vport_opts vo = {.queues = 1, .mtu = 1500, .cb = &mt_vp_cb, .ctx = &t};
	struct mana_dev_stats ds;

	mt_ready(&t, "loopback", 1);
	arm(&t, "hwc_timeout:QUERY_VPORT_CONFIG:0:1");
	ck_assert_int_eq(mana_vport_open(t.dev, &vo, &t.vp), 0);
	ck_assert(mt_wait(&t, &t.vp_failed, 1, 10));
	mana_dev_get_stats(t.dev, &ds);
	ck_assert_uint_eq(ds.request_timeouts, 1);
	recover_device(&t);
	mt_vport(&t, 1);
	traffic_ok(&t, 0, 100);
	mt_teardown(&t);
}
END_TEST

START_TEST(test_hwc_status_wq_obj)
{
	struct mt t;
	struct mana_vport_opts vo = {.queues = 1, .mtu = 1500, .cb = &mt_vp_cb, .ctx = &t};
	struct mana_dev_stats before, after;
	struct mana_emu_stats es;

	mt_ready(&t, "loopback", 1);
	mana_dev_get_stats(t.dev, &before);
	arm(&t, "hwc_status:CREATE_WQ_OBJ:0x33:1");
	ck_assert_int_eq(mana_vport_open(t.dev, &vo, &t.vp), 0);
	ck_assert(mt_wait(&t, &t.vp_failed, 1, 10));
	/* The device is fine: only the vport failed. Close it in order, memory back. */
	ck_assert_int_eq(mana_dev_state(t.dev), MANA_DEV_READY);
	mana_vport_close(t.vp);
	t.vp = NULL;
	ck_assert(mt_wait(&t, &t.vp_closed, 1, 10));
	mana_dev_get_stats(t.dev, &after);
	ck_assert_uint_eq(after.dma_used, before.dma_used);
	ck_assert_int_eq(mana_emu_get_stats(t.emu, &es), 0);
	ck_assert_uint_eq(es.queues, 4 + 1); /* the RQ pair made before the fault is gone too */
	mt_vport(&t, 1);
	traffic_ok(&t, 0, 100);
	mt_teardown(&t);
}
END_TEST

static void bringup_fault(const char *spec)
{
	struct mt t;

	mt_emu(&t, "loopback", 1);
	arm(&t, spec);
	mt_driver(&t, 1);
	recover_device(&t);
	mt_vport(&t, 1);
	traffic_ok(&t, 0, 50);
	mt_teardown(&t);
}

/* Faults during bring-up: the device fails, recovers, then carries traffic. */
static const char *const bringup_faults[] = {
	"hwc_msg_id:QUERY_MAX_RESOURCES:0:1",
	"hwc_oversized:LIST_DEVICES:0:1",
	"hwc_short:QUERY_MAX_RESOURCES:0:1",
	"hwc_status:REGISTER_DEVICE:5:1",
	/* A device that does not know QUERY_DEV_CONFIG: the bring-up fails cleanly. */
	"hwc_status:QUERY_DEV_CONFIG:0xffffffff:1",
	"smc_timeout::0:1",
};

START_TEST(test_bringup_fault)
{
	bringup_fault(bringup_faults[_i]);
}
END_TEST

/* A data-queue fault during traffic: the vport fails, reopens, nothing lost twice. */
static void data_fault(const char *spec, bool device_fails)
{
	struct mt t;
	uint32_t sent;

	mt_ready(&t, "loopback", 1);
	mt_vport(&t, 1);
	traffic_ok(&t, 0, 64);
	arm(&t, spec);
	sent = 64 + mt_send(&t, 64, 200, 300);
	if (device_fails) {
		recover_device(&t);
		mt_vport(&t, 1);
	} else {
		ck_assert(mt_wait(&t, &t.vp_failed, 1, 10));
		reopen_vport(&t);
	}
	/* Every frame that went in was completed (sent, or cancelled) exactly once. */
	ck_assert(mt_wait(&t, &t.tx_done, sent, 10));
	check_completions(&t, sent);
	traffic_ok(&t, 1000, 100);
	check_completions(&t, sent);
	mt_teardown(&t);
}

static const struct {
	const char *spec;
	bool device_fails;
} data_faults[] = {
	{"cqe_owner::0:1", false},
	{"cqe_unknown_q::0:1", false},
	{"cqe_malformed::0:1", false},
	{"eqe_owner::0:1", true},
};

START_TEST(test_data_fault)
{
	data_fault(data_faults[_i].spec, data_faults[_i].device_fails);
}
END_TEST

START_TEST(test_eqe_malformed)
{
	struct mt t;
	struct mana_dev_stats ds;

	/* A completion event for no CQ: counted, every CQ looked at, traffic flows on. */
	mt_ready(&t, "loopback", 1);
	mt_vport(&t, 1);
	arm(&t, "eqe_malformed::0:5");
	traffic_ok(&t, 0, 500);
	mana_dev_get_stats(t.dev, &ds);
	ck_assert_uint_ge(ds.bad_eqes, 1);
	ck_assert_int_eq(mana_vport_state(t.vp), MANA_VPORT_UP);
	check_completions(&t, 500);
	mt_teardown(&t);
}
END_TEST

/*
 * Faults that fail single frames, not the queue: each frame completes once,
 * the failed ones with an error, and the vport stays up. Malformed TX CQEs
 * complete the oldest frame with an error (RX ones lose the queue: data_faults).
 */
static const struct {
	const char *wire, *spec;
	uint32_t frames, errors;
} tx_faults[] = {
	{"null", "cqe_malformed::0:3", 50, 3},
	{"loopback", "tx_error::TX_MTU_DROP:2", 20, 2},
};

START_TEST(test_tx_fault)
{
	uint32_t n = tx_faults[_i].frames, errors = tx_faults[_i].errors;
	struct mt t;

	mt_ready(&t, tx_faults[_i].wire, 1);
	mt_vport(&t, 1);
	arm(&t, tx_faults[_i].spec);
	ck_assert_uint_eq(mt_send(&t, 0, n, 100), n);
	ck_assert(mt_wait(&t, &t.tx_done, n, 10));
	ck_assert_uint_eq(t.tx_errors, errors);
	if (strcmp(tx_faults[_i].wire, "loopback") == 0)
		ck_assert(mt_wait(&t, &t.rx_count, n - errors, 10));
	check_completions(&t, n);
	ck_assert_int_eq(mana_vport_state(t.vp), MANA_VPORT_UP);
	mt_teardown(&t);
}
END_TEST

START_TEST(test_reset_request)
{
	struct mt t;

	mt_ready(&t, "loopback", 1);
	mt_vport(&t, 1);
	traffic_ok(&t, 0, 10);
	ck_assert_int_eq(mana_emu_request_reset(t.emu), 0);
	recover_device(&t);
	mt_vport(&t, 1);
	traffic_ok(&t, 100, 10);
	mt_teardown(&t);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(test_hwc_timeout),
		PV_CASE(test_hwc_status_wq_obj),
		PV_LOOP(test_bringup_fault, RT_ARRAY_SIZE(bringup_faults)),
		PV_LOOP(test_data_fault, RT_ARRAY_SIZE(data_faults)),
		PV_CASE(test_eqe_malformed),
		PV_LOOP(test_tx_fault, RT_ARRAY_SIZE(tx_faults)),
		PV_CASE(test_reset_request),
		{0}};

	return pv_check_run("mana_fault", cases);
}
