/*
 * storvsp.c unit tests (controller: LUN table, I/O dispatch, REPORT LUNS and
 * absent LUNs, removal with commands in flight, option checks) on a detached
 * controller whose I/O runs on this thread's loop, through a fake channel.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/storvsp/storvsp.h"
#include "pv_codec.h"
#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "storvsc_wire.h"

#define MAX_SENT 256
#define PVSC_ID (UINT64_MAX - 2) /* VMBUS_RQST_INIT */

struct fake {
	bool full; /* send returns -EAGAIN */
	unsigned kicks, offers;
	uint16_t offered;
	unsigned nsent;
	struct {
		uint16_t type;
		uint64_t id;
		size_t len;
		uint8_t d[64];
	} sent[MAX_SENT];
};

static int f_send(void *port, uint16_t type, uint16_t flags, uint64_t id, const void *data,
		  size_t len)
{
	struct fake *f = port;

	if (f->full)
		return -EAGAIN;
	ck_assert_uint_lt(f->nsent, MAX_SENT);
	f->sent[f->nsent].type = type;
	f->sent[f->nsent].id = id;
	f->sent[f->nsent].len = len;
	memcpy(f->sent[f->nsent].d, data, len < 64 ? len : 64);
	f->nsent++;
	return 0;
}

static void f_kick(void *port)
{
	((struct fake *)port)->kicks++;
}

static int f_offer(void *port, uint16_t n)
{
	struct fake *f = port;

	f->offers++;
	f->offered = n;
	return 0;
}

static const struct storvsp_port_ops fops = {f_send, f_kick, f_offer};

static struct ev_loop *L;
static struct rt_log LOG;
static struct rt_gmem *GM;
static struct storvsp *S;
static struct storvsp_port *P;
static struct fake F;

static void setup_with(uint32_t max_io, uint16_t subs)
{
	struct storvsp_opts o = {.log = &LOG, .subchannels = subs, .max_io = max_io};
	struct storvsp_lun_cfg l = {.lun = 0, .backend = "memory", .arg = "1M"};

	memset(&F, 0, sizeof(F));
	rt_log_init(&LOG);
	rt_log_set_level(&LOG, RT_LOG_ERROR);
	L = rt_loop_new();
	ck_assert_ptr_nonnull(L);
	o.io_loop = L;
	ck_assert_int_eq(rt_gmem_create_memfd(4u << 20, &GM), 0);
	ck_assert_int_eq(storvsp_create_detached(GM, &o, &S), 0);
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	ck_assert_int_eq(storvsp_port_open(S, &fops, &F, 0, &P), 0);
}

static void teardown(void)
{
	storvsp_port_close(P);
	storvsp_destroy(S);
	rt_gmem_destroy(GM);
	rt_loop_destroy(L);
	rt_log_fini(&LOG);
}

static int send_pkt(uint16_t type, uint64_t id, const void *ext, uint32_t ext_len, const void *data,
		    uint32_t len)
{
	struct vmbus_pkt p = {.type = type,
			      .flags = VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
			      .trans_id = id,
			      .ext = ext,
			      .ext_len = ext_len,
			      .data = data,
			      .len = len};

	return storvsp_port_packet(P, &p);
}

static uint32_t op_status(uint32_t op, const void *u, size_t ulen, uint64_t id)
{
	uint8_t pkt[64] = {0};
	unsigned before = F.nsent;

	pv_put_u32(pkt, op);
	pv_put_u32(pkt + 4, 1);
	if (u)
		memcpy(pkt + 12, u, ulen);
	ck_assert_int_eq(send_pkt(6, id, NULL, 0, pkt, 64), 0);
	ck_assert_uint_eq(F.nsent, before + 1);
	ck_assert_uint_eq(F.sent[before].type, 0xB);
	ck_assert_uint_eq(F.sent[before].id, id);
	ck_assert_uint_eq(pv_get_u32(F.sent[before].d), STORVSC_OPERATION_COMPLETE_IO);
	return pv_get_u32(F.sent[before].d + 8);
}

static void init_session(uint16_t version)
{
	uint8_t v[4] = {(uint8_t)version, (uint8_t)(version >> 8)};

	ck_assert_uint_eq(op_status(7, NULL, 0, PVSC_ID), 0);
	ck_assert_uint_eq(op_status(9, v, 4, PVSC_ID), 0);
	ck_assert_uint_eq(op_status(10, NULL, 0, PVSC_ID), 0);
	ck_assert_uint_eq(op_status(8, NULL, 0, PVSC_ID), 0);
}

/* A READ(10) or WRITE(10) of `blocks` 512-byte blocks at LBA 0 through guest page `pfn`. */
static int rw_srb_on(struct storvsp_port *port, bool write, uint64_t id, uint64_t pfn,
		     uint32_t blocks)
{
	uint8_t pkt[64] = {0};
	uint64_t ext[2 + 8];
	uint32_t len = blocks * 512, npages = (len + 4095) / 4096;
	struct vmbus_pkt p = {
		.type = 9, .flags = VMRING_PKT_FLAGS_COMPLETION_REQUESTED, .trans_id = id};

	pkt[0] = 3;
	pkt[4] = 1;
	pkt[12 + 8] = 10;
	pkt[12 + 9] = 20;
	pkt[12 + 10] = write ? STORVSC_DATA_IN_WRITE : STORVSC_DATA_IN_READ;
	pv_put_u32(pkt + 24, len);
	pkt[28] = write ? 0x2A : 0x28;
	pkt[28 + 8] = (uint8_t)blocks;
	ext[0] = 1ull << 32;
	ext[1] = len;
	for (uint32_t i = 0; i < npages; i++)
		ext[2 + i] = pfn + i;
	p.ext = (const uint8_t *)ext;
	p.ext_len = 16 + 8 * npages;
	p.data = pkt;
	p.len = 64;
	return storvsp_port_packet(port, &p);
}

static int read_srb(uint64_t id, uint64_t pfn, uint32_t blocks)
{
	return rw_srb_on(P, false, id, pfn, blocks);
}

/* An in-band packet with only an operation (resets), on `port`. */
static int op_on(struct storvsp_port *port, uint32_t op, uint64_t id)
{
	uint8_t pkt[64] = {0};
	struct vmbus_pkt p = {.type = 6,
			      .flags = VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
			      .trans_id = id,
			      .data = pkt,
			      .len = 64};

	pv_put_u32(pkt, op);
	pv_put_u32(pkt + 4, 1);
	return storvsp_port_packet(port, &p);
}

/* A data-in command to `lun` (path 0, target 0) into guest page `pfn`. */
static const uint8_t *cmd_in(uint64_t id, uint8_t lun, const uint8_t *cdb, uint8_t cdb_len,
			     uint32_t len, uint64_t pfn)
{
	uint8_t pkt[64] = {0};
	uint64_t ext[3] = {1ull << 32, len, pfn};

	pkt[0] = 3;
	pkt[4] = 1;
	pkt[12 + 7] = lun;
	pkt[12 + 8] = cdb_len;
	pkt[12 + 9] = 20;
	pkt[12 + 10] = 1;
	pv_put_u32(pkt + 24, len);
	memcpy(pkt + 28, cdb, cdb_len);
	ck_assert_int_eq(send_pkt(9, id, ext, 24, pkt, 64), 0);
	while (storvsp_port_outstanding(P))
		ev_run(L, EVRUN_ONCE);
	ck_assert_uint_eq(F.sent[F.nsent - 1].id, id);
	return F.sent[F.nsent - 1].d;
}

START_TEST(report_luns_and_absent)
{
	static const uint8_t rl[12] = {0xA0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
	static const uint8_t inq[6] = {0x12, 0, 0, 0, 36, 0};
	struct storvsp_lun_cfg l = {.lun = 9, .backend = "null", .arg = "1M"};
	uint8_t b[64];
	const uint8_t *r;

	setup_with(4, 0);
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	l.lun = 64;
	ck_assert_int_eq(storvsp_lun_add(S, &l), -EINVAL);
	l = (struct storvsp_lun_cfg){.lun = 5, .backend = "tape", .arg = "1M"};
	ck_assert_int_eq(storvsp_lun_add(S, &l), -EINVAL);
	init_session(0x0602);
	r = cmd_in(1, 3, rl, 12, 64, 100);
	ck_assert_uint_eq(r[14], 1);
	ck_assert_uint_eq(pv_get_u32(r + 24), 24);
	ck_assert_int_eq(rt_gmem_read(GM, 100 * 4096, b, 24), 0);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0,
					 0, 0, 0, 0,  0, 9, 0, 0, 0, 0, 0, 0}),
			 24);
	/* Allocation length 16: the header and one LUN. */
	uint8_t rl16[12] = {0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0};
	r = cmd_in(2, 0, rl16, 12, 64, 100);
	ck_assert_uint_eq(pv_get_u32(r + 24), 16);
	/* Absent LUN: INQUIRY qualifier 3; READ INVALID_LUN with nothing moved. */
	memset(b, 0, sizeof(b));
	ck_assert_int_eq(rt_gmem_write(GM, 101 * 4096, b, sizeof(b)), 0);
	r = cmd_in(3, 7, inq, 6, 36, 101);
	ck_assert_uint_eq(r[14], 1);
	ck_assert_int_eq(rt_gmem_read(GM, 101 * 4096, b, 1), 0);
	ck_assert_uint_eq(b[0], 0x7F);
	r = cmd_in(4, 7, (uint8_t[]){0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0}, 10, 512, 101);
	ck_assert_uint_eq(r[14], STORVSC_SRB_STATUS_INVALID_LUN);
	ck_assert_uint_eq(pv_get_u32(r + 24), 0);
	teardown();
}
END_TEST

/* Removing a LUN with a command in flight: the command completes, then the disk closes. */
START_TEST(remove_with_inflight)
{
	struct storvsp_stats st;

	setup_with(4, 0);
	init_session(0x0602);
	unsigned base = F.nsent;
	ck_assert_int_eq(read_srb(50, 16, 8), 0);
	ck_assert_uint_eq(storvsp_port_outstanding(P), 1);
	ck_assert_int_eq(storvsp_lun_remove(S, 0), 0);
	while (storvsp_port_outstanding(P))
		ev_run(L, EVRUN_ONCE);
	/* The notification goes out at once; the accepted read still completes, successfully. */
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base].id, 0);
	ck_assert_uint_eq(pv_get_u32(F.sent[base].d), STORVSC_OPERATION_REMOVE_DEVICE);
	ck_assert_uint_eq(F.sent[base + 1].id, 50);
	ck_assert_uint_eq(F.sent[base + 1].d[14], 1);
	/* Let the reap timer close the disk (teardown would also do it). */
	for (int i = 0; i < 5; i++)
		ev_run(L, EVRUN_ONCE);
	ck_assert_int_eq(read_srb(51, 16, 8), 0);
	while (storvsp_port_outstanding(P))
		ev_run(L, EVRUN_ONCE);
	ck_assert_uint_eq(F.sent[F.nsent - 1].d[14], STORVSC_SRB_STATUS_INVALID_LUN);
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.requests, 2);
	ck_assert_uint_eq(st.srb_errors, 1);
	teardown();
}
END_TEST

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
	struct storvsp_port *p2;
	struct storvsp_stats st;
	uint8_t pat[4096], b[4096];
	unsigned base, kicks;

	setup_with(4, 2);
	init_session(0x0602);
	ck_assert_int_eq(storvsp_port_open(S, &fops, &f2, 1, &p2), 0);
	for (size_t i = 0; i < sizeof(pat); i++)
		pat[i] = (uint8_t)(i * 7 + 3);
	ck_assert_int_eq(rt_gmem_write(GM, 20 * 4096, pat, sizeof(pat)), 0);
	base = F.nsent;
	/* Memory-disk completions wait for the loop, which this test runs: both stay in flight. */
	ck_assert_int_eq(rw_srb_on(P, true, 60, 20, 8), 0);
	ck_assert_int_eq(rw_srb_on(p2, false, 61, 21, 8), 0);
	ck_assert_int_eq(op_on(P, STORVSC_OPERATION_RESET_BUS, 62), 0);
	ck_assert_uint_eq(F.nsent, base); /* the reset is not answered yet */
	ck_assert_uint_eq(storvsp_port_outstanding(P), 2);
	kicks = F.kicks;
	/* Held behind the reset: the packet stays in the ring, not even counted. */
	ck_assert_int_eq(read_srb(63, 22, 8), -EAGAIN);
	ck_assert_uint_eq(storvsp_port_outstanding(P), 2);
	/* The subchannel still accepts I/O; it is not part of what the reset waits for. */
	ck_assert_int_eq(rw_srb_on(p2, false, 64, 23, 8), 0);
	while (storvsp_port_outstanding(P) || storvsp_port_outstanding(p2))
		ev_run(L, EVRUN_ONCE);
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base].id, 60);
	ck_assert_uint_eq(F.sent[base].d[14], STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_uint_eq(F.sent[base + 1].id, 62);
	ck_assert_uint_eq(pv_get_u32(F.sent[base + 1].d), STORVSC_OPERATION_COMPLETE_IO);
	ck_assert_uint_eq(pv_get_u32(F.sent[base + 1].d + 8), 0);
	ck_assert_uint_eq(f2.nsent, 2);
	ck_assert_uint_eq(f2.sent[0].id, 61);
	ck_assert_uint_eq(f2.sent[1].id, 64);
	/* The reset's completion kicked the channel: the held read goes through now. */
	ck_assert_uint_gt(F.kicks, kicks);
	ck_assert_int_eq(read_srb(63, 22, 8), 0);
	while (storvsp_port_outstanding(P))
		ev_run(L, EVRUN_ONCE);
	ck_assert_uint_eq(F.sent[F.nsent - 1].id, 63);
	ck_assert_uint_eq(F.sent[F.nsent - 1].d[14], STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_int_eq(rt_gmem_read(GM, 22 * 4096, b, sizeof(b)), 0);
	ck_assert_mem_eq(b, pat, sizeof(b));
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.resets, 1);
	/* The write, the subchannel's first read; not the read accepted after the reset. */
	ck_assert_uint_eq(st.reset_waited, 2);
	storvsp_port_close(p2);
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
	struct storvsp_port *p2;
	struct storvsp_stats st;
	unsigned base;

	setup_with(4, 2);
	init_session(0x0602);
	ck_assert_int_eq(storvsp_port_open(S, &fops, &f2, 1, &p2), 0);
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
	ck_assert_uint_eq(storvsp_port_outstanding(p2), 2);
	ck_assert_uint_eq(storvsp_port_outstanding(P), 1);
	/* Room again: the read's completion, then the first reset, then the second. */
	f2.full = false;
	storvsp_port_send_space(p2);
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base + 1].id, 72);
	ck_assert_uint_eq(f2.nsent, 2);
	ck_assert_uint_eq(f2.sent[0].id, 71);
	ck_assert_uint_eq(f2.sent[1].id, 73);
	ck_assert_uint_eq(storvsp_port_outstanding(p2), 0);
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.resets, 3);
	storvsp_port_close(p2);
	teardown();
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
	Suite *s = suite_create("storvsp");
	TCase *t = tcase_create("core");
	SRunner *r;
	int failed;

	tcase_add_test(t, report_luns_and_absent);
	tcase_add_test(t, remove_with_inflight);
	tcase_add_test(t, reset_waits_for_inflight);
	tcase_add_test(t, reset_queue_and_idle);
	tcase_add_test(t, bad_options);
	suite_add_tcase(s, t);
	r = srunner_create(s);
	srunner_run_all(r, CK_NORMAL);
	failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? 1 : 0;
}
