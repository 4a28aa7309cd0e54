/*
 * storvsp.c unit tests (controller: LUN table, I/O dispatch, REPORT LUNS and
 * absent LUNs, removal with commands in flight, option checks) on a detached
 * controller whose I/O runs on this thread's loop, through a fake channel.
 */
#include "sv_fake.h"
#include "tests/unit/pv_check.h"

/* A data-in command to `lun` (path 0, target 0) into guest page `pfn`; its completion. */
static struct storvsc_scsi_request_v1 cmd_in(uint64_t id, uint8_t lun, const uint8_t *cdb,
					     uint8_t cdb_len, uint32_t len, uint64_t pfn)
{
	struct storvsc_msg m = srb_msg(lun, cdb, cdb_len, len, STORVSC_DATA_IN_READ);

	ck_assert_int_eq(
		deliver_on(P, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id, &m, len, 0, &pfn, 1), 0);
	drain(P);
	ck_assert_uint_eq(F.sent[F.nsent - 1].id, id);
	return reply_srb_of(&F, F.nsent - 1);
}

START_TEST(report_luns_and_absent)
{
	static const uint8_t rl[12] = {0xA0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
	static const uint8_t inq[6] = {0x12, 0, 0, 0, 36, 0};
	struct storvsp_lun_cfg l = {.lun = 9, .backend = "null", .arg = "1M"};
	uint8_t b[64];
	struct storvsc_scsi_request_v1 r;

	setup_with(4, 0);
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	l.lun = 64;
	ck_assert_int_eq(storvsp_lun_add(S, &l), -EINVAL);
	l = (struct storvsp_lun_cfg){.lun = 5, .backend = "tape", .arg = "1M"};
	ck_assert_int_eq(storvsp_lun_add(S, &l), -EINVAL);
	init_session(STORVSC_VERSION_WIN10);
	r = cmd_in(1, 3, rl, 12, 64, 100);
	ck_assert_uint_eq(r.status, STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_uint_eq(r.data_transfer_length, 24);
	ck_assert_int_eq(rt_gmem_read(GM, 100 * RT_PAGE_SIZE, b, 24), 0);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0,
					 0, 0, 0, 0,  0, 9, 0, 0, 0, 0, 0, 0}),
			 24);
	/* Allocation length 16: the header and one LUN. */
	uint8_t rl16[12] = {0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0};
	r = cmd_in(2, 0, rl16, 12, 64, 100);
	ck_assert_uint_eq(r.data_transfer_length, 16);
	/* Absent LUN: INQUIRY qualifier 3; READ INVALID_LUN with nothing moved. */
	memset(b, 0, sizeof(b));
	ck_assert_int_eq(rt_gmem_write(GM, 101 * RT_PAGE_SIZE, b, sizeof(b)), 0);
	r = cmd_in(3, 7, inq, 6, 36, 101);
	ck_assert_uint_eq(r.status, STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_int_eq(rt_gmem_read(GM, 101 * RT_PAGE_SIZE, b, 1), 0);
	ck_assert_uint_eq(b[0], 0x7F);
	r = cmd_in(4, 7, (uint8_t[]){0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0}, 10, 512, 101);
	ck_assert_uint_eq(r.status, STORVSC_SRB_STATUS_INVALID_LUN);
	ck_assert_uint_eq(r.data_transfer_length, 0);
	teardown();
}
END_TEST

/* Removing a LUN with a command in flight: the command completes, then the disk closes. */
START_TEST(remove_with_inflight)
{
	struct storvsp_stats st;

	setup_with(4, 0);
	init_session(STORVSC_VERSION_WIN10);
	unsigned base = F.nsent;
	ck_assert_int_eq(read_srb(50, 16, 8), 0);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 1);
	ck_assert_int_eq(storvsp_lun_remove(S, 0), 0);
	drain(P);
	/* The notification goes out at once; the accepted read still completes, successfully. */
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base].id, 0);
	ck_assert_uint_eq(sent_op(base), STORVSC_OPERATION_REMOVE_DEVICE);
	ck_assert_uint_eq(F.sent[base + 1].id, 50);
	ck_assert_uint_eq(reply_srb_of(&F, base + 1).status, STORVSC_SRB_STATUS_SUCCESS);
	/* Let the reap timer close the disk (teardown would also do it). */
	for (int i = 0; i < 5; i++)
		ev_run(L, EVRUN_ONCE);
	ck_assert_int_eq(read_srb(51, 16, 8), 0);
	drain(P);
	ck_assert_uint_eq(reply_srb_of(&F, F.nsent - 1).status, STORVSC_SRB_STATUS_INVALID_LUN);
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.requests, 2);
	ck_assert_uint_eq(st.srb_errors, 1);
	teardown();
}
END_TEST

/* storvsp with 2 subchannels (max_io 4), a WIN10 session on the primary, subchannel 1 on f2. */
static struct storvsp_channel *open_subchannel(struct fake *f2)
{
	struct storvsp_channel *p2;

	setup_with(4, 2);
	init_session(STORVSC_VERSION_WIN10);
	ck_assert_int_eq(storvsp_channel_open(S, &fops, f2, 1, &p2), 0);
	return p2;
}

/*
 * A reset with a write in flight on its channel and a read in flight on a
 * subchannel: the reset completes only after both, their completions reach
 * the guest first, the write is on the disk, a packet sent on the resetting
 * channel after the reset waits in the ring (kick when the reset completes),
 * and the subchannel keeps taking requests meanwhile.
 */
START_TEST(reset_waits_for_inflight)
{
	struct fake f2 = {0};
	struct storvsp_channel *p2;
	struct storvsp_stats st;
	uint8_t pat[RT_PAGE_SIZE], b[RT_PAGE_SIZE];
	unsigned base, kicks;

	p2 = open_subchannel(&f2);
	for (size_t i = 0; i < sizeof(pat); i++)
		pat[i] = (uint8_t)(i * 7 + 3);
	ck_assert_int_eq(rt_gmem_write(GM, 20 * RT_PAGE_SIZE, pat, sizeof(pat)), 0);
	base = F.nsent;
	/* Memory-disk completions wait for the loop, which this test runs: both stay in flight. */
	ck_assert_int_eq(rw_srb_on(P, true, 60, 20, 8), 0);
	ck_assert_int_eq(rw_srb_on(p2, false, 61, 21, 8), 0);
	ck_assert_int_eq(op_on(P, STORVSC_OPERATION_RESET_BUS, 62), 0);
	ck_assert_uint_eq(F.nsent, base); /* the reset is not answered yet */
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 2);
	kicks = F.kicks;
	/* Held behind the reset: the packet stays in the ring, not even counted. */
	ck_assert_int_eq(read_srb(63, 22, 8), -EAGAIN);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 2);
	/* The subchannel still accepts I/O; it is not part of what the reset waits for. */
	ck_assert_int_eq(rw_srb_on(p2, false, 64, 23, 8), 0);
	WAIT_UNTIL(L, !storvsp_channel_outstanding(P) && !storvsp_channel_outstanding(p2));
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base].id, 60);
	ck_assert_uint_eq(reply_srb_of(&F, base).status, STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_uint_eq(F.sent[base + 1].id, 62);
	ck_assert_uint_eq(sent_op(base + 1), STORVSC_OPERATION_COMPLETE_IO);
	ck_assert_uint_eq(reply_status_of(&F, base + 1), STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(f2.nsent, 2);
	ck_assert_uint_eq(f2.sent[0].id, 61);
	ck_assert_uint_eq(f2.sent[1].id, 64);
	/* The reset's completion kicked the channel: the held read goes through now. */
	ck_assert_uint_gt(F.kicks, kicks);
	ck_assert_int_eq(read_srb(63, 22, 8), 0);
	drain(P);
	ck_assert_uint_eq(F.sent[F.nsent - 1].id, 63);
	ck_assert_uint_eq(reply_srb_of(&F, F.nsent - 1).status, STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_int_eq(rt_gmem_read(GM, 22 * RT_PAGE_SIZE, b, sizeof(b)), 0);
	ck_assert_mem_eq(b, pat, sizeof(b));
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.resets, 1);
	/* The write, the subchannel's first read; not the read accepted after the reset. */
	ck_assert_uint_eq(st.reset_waited, 2);
	storvsp_channel_close(p2);
	teardown();
}
END_TEST

/*
 * Resets on two channels at once run one after the other, each after the
 * I/O in flight when it started (a request counts until its completion is
 * in the guest's ring); with nothing in flight a reset answers at once.
 */
START_TEST(reset_queue_and_idle)
{
	struct fake f2 = {0};
	struct storvsp_channel *p2;
	struct storvsp_stats st;
	unsigned base;

	p2 = open_subchannel(&f2);
	base = F.nsent;
	ck_assert_int_eq(op_on(P, STORVSC_OPERATION_RESET_ADAPTER, 70), 0);
	ck_assert_uint_eq(F.nsent, base + 1); /* idle: at once */
	ck_assert_uint_eq(F.sent[base].id, 70);
	ck_assert_int_eq(rw_srb_on(p2, false, 71, 21, 8), 0);
	ck_assert_int_eq(op_on(P, STORVSC_OPERATION_RESET_LUN, 72), 0);
	ck_assert_int_eq(op_on(p2, STORVSC_OPERATION_RESET_BUS, 73), 0);
	ck_assert_uint_eq(F.nsent, base + 1);
	ck_assert_uint_eq(f2.nsent, 0);
	/*
	 * The read completes while its channel's ring is full: it is not over
	 * until its completion is in the ring, so neither reset is answered.
	 */
	f2.full = true;
	for (int i = 0; i < 5; i++)
		ev_run(L, EVRUN_NOWAIT);
	ck_assert_uint_eq(F.nsent, base + 1);
	ck_assert_uint_eq(storvsp_channel_outstanding(p2), 2);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 1);
	/* Room again: the read's completion, then the first reset, then the second. */
	f2.full = false;
	storvsp_channel_send_space(p2);
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base + 1].id, 72);
	ck_assert_uint_eq(f2.nsent, 2);
	ck_assert_uint_eq(f2.sent[0].id, 71);
	ck_assert_uint_eq(f2.sent[1].id, 73);
	ck_assert_uint_eq(storvsp_channel_outstanding(p2), 0);
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.resets, 3);
	storvsp_channel_close(p2);
	teardown();
}
END_TEST

/*
 * Closing a channel with a request on the backend does not wait for it
 * (docs/SECURITY.md): close returns at once, nothing is sent on the closed
 * transport, and the completion's release frees the channel.
 */
/* Closed channels whose requests are still on a backend. */
static uint64_t zombies(void)
{
	struct storvsp_stats st;

	storvsp_get_stats(S, &st);
	return st.zombies;
}

START_TEST(close_with_io_outstanding)
{
	struct fake f2 = {0};
	struct storvsp_channel *p2;

	p2 = open_subchannel(&f2);
	ck_assert_int_eq(rw_srb_on(p2, false, 80, 21, 8), 0);
	ck_assert_int_eq(rw_srb_on(p2, true, 81, 22, 8), 0);
	ck_assert_uint_eq(storvsp_channel_outstanding(p2), 2);
	/* The memory disk completes from the loop, which has not run: both are out. */
	storvsp_channel_close(p2);
	ck_assert_uint_eq(zombies(), 1);
	WAIT_UNTIL(L, zombies() == 0);
	ck_assert_uint_eq(f2.nsent, 0);
	/* The primary still serves. */
	ck_assert_int_eq(read_srb(82, 23, 8), 0);
	drain(P);
	ck_assert_uint_eq(F.sent[F.nsent - 1].id, 82);
	teardown();
}
END_TEST

/* A closed channel's request still out at destroy: destroy runs the loop until it is done. */
START_TEST(destroy_drains_closed_channels)
{
	struct fake f2 = {0};
	struct storvsp_channel *p2;

	p2 = open_subchannel(&f2);
	ck_assert_int_eq(rw_srb_on(p2, true, 90, 22, 8), 0);
	storvsp_channel_close(p2);
	teardown(); /* LeakSanitizer: the zombie was freed */
	ck_assert_uint_eq(f2.nsent, 0);
}
END_TEST

START_TEST(bad_options)
{
	struct rt_log log;
	struct rt_gmem *g;
	struct storvsp *s;
	struct storvsp_opts o = {0};

	rt_log_init(&log);
	ck_assert_int_eq(rt_gmem_create_memfd(1u << 20, &g), 0);
	ck_assert_int_eq(storvsp_create_detached(g, &o, &s), -EINVAL); /* no log */
	o.log = &log;
	o.max_transfer = 5000;
	ck_assert_int_eq(storvsp_create_detached(g, &o, &s), -EINVAL);
	o.max_transfer = 0;
	o.subchannels = 65;
	ck_assert_int_eq(storvsp_create_detached(g, &o, &s), -EINVAL);
	o.subchannels = 0;
	ck_assert_int_eq(storvsp_create_detached(g, &o, &s), 0); /* own I/O thread */
	storvsp_destroy(s);
	rt_gmem_destroy(g);
	rt_log_fini(&log);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(report_luns_and_absent),
					      PV_CASE(remove_with_inflight),
					      PV_CASE(reset_waits_for_inflight),
					      PV_CASE(reset_queue_and_idle),
					      PV_CASE(close_with_io_outstanding),
					      PV_CASE(destroy_drains_closed_channels),
					      PV_CASE(bad_options),
					      {0}};

	return pv_check_run("storvsp", cases);
}
