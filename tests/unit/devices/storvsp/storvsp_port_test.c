/*
 * storvsp_port.c unit tests: a detached controller whose I/O runs on this
 * thread's loop, fed packets through a fake channel that records what the
 * VSP sends and can pretend its ring is full.
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

/* A READ(10) of `blocks` 512-byte blocks into guest page `pfn`, GPA-direct. */
static int read_srb(uint64_t id, uint64_t pfn, uint32_t blocks)
{
	uint8_t pkt[64] = {0};
	uint64_t ext[2 + 8];
	uint32_t len = blocks * 512, npages = (len + 4095) / 4096;

	pkt[0] = 3;
	pkt[4] = 1;
	pkt[12 + 8] = 10;
	pkt[12 + 9] = 20;
	pkt[12 + 10] = 1;
	pv_put_u32(pkt + 24, len);
	pkt[28] = 0x28;
	pkt[28 + 8] = (uint8_t)blocks;
	ext[0] = 1ull << 32;
	ext[1] = len;
	for (uint32_t i = 0; i < npages; i++)
		ext[2 + i] = pfn + i;
	return send_pkt(9, id, ext, 16 + 8 * npages, pkt, 64);
}

START_TEST(session_and_properties)
{
	uint8_t v[4] = {0x03, 0x06};
	uint16_t n;

	setup_with(8, 4);
	/* Out of order before BEGIN. */
	ck_assert_uint_eq(op_status(10, NULL, 0, 1), 0xC0000184u);
	ck_assert_uint_eq(op_status(7, NULL, 0, 2), 0);
	ck_assert_uint_eq(op_status(9, v, 4, 3), 0xC0000059u); /* 0x0603: mismatch */
	v[0] = 0x02;
	ck_assert_uint_eq(op_status(9, v, 4, 4), 0);
	ck_assert_uint_eq(op_status(10, NULL, 0, 5), 0);
	const uint8_t *pr = F.sent[F.nsent - 1].d + 12;
	ck_assert_uint_eq(pv_get_u16(pr + 4), 4);
	ck_assert_uint_eq(pv_get_u32(pr + 8), 1);
	ck_assert_uint_eq(pv_get_u32(pr + 12), 2u << 20);
	/* I/O before END. */
	ck_assert_int_eq(read_srb(6, 16, 1), 0);
	ck_assert_uint_eq(pv_get_u32(F.sent[F.nsent - 1].d + 8), 0xC0000184u);
	ck_assert_uint_eq(op_status(8, NULL, 0, 7), 0);
	n = 5;
	ck_assert_uint_eq(op_status(13, &n, 2, 8), 0xC000000Du); /* above the maximum */
	ck_assert_uint_eq(F.offers, 0);
	n = 3;
	ck_assert_uint_eq(op_status(13, &n, 2, 9), 0);
	ck_assert_uint_eq(F.offered, 3);
	for (uint32_t op = 4; op <= 6; op++) /* resets */
		ck_assert_uint_eq(op_status(op, NULL, 0, 10 + op), 0);
	teardown();
}
END_TEST

/* Reply sizes follow the negotiated version; trans_ids come back exactly. */
START_TEST(win7_sizes_and_ids)
{
	setup_with(8, 0);
	init_session(0x0402);
	ck_assert_uint_eq(F.sent[F.nsent - 1].len, 48);
	ck_assert_int_eq(read_srb(0xFEDCBA9876543210ull, 16, 1), 0);
	ev_run(L, EVRUN_NOWAIT);
	ck_assert_uint_eq(F.sent[F.nsent - 1].id, 0xFEDCBA9876543210ull);
	ck_assert_uint_eq(F.sent[F.nsent - 1].len, 48);
	ck_assert_uint_eq(F.sent[F.nsent - 1].d[14], 1);
	ck_assert_uint_eq(pv_get_u32(F.sent[F.nsent - 1].d + 24), 512);
	teardown();
}
END_TEST

/* At max_io the port refuses the packet (-EAGAIN), then kicks once a request ends. */
START_TEST(backpressure_kick)
{
	setup_with(2, 0);
	init_session(0x0602);
	unsigned base = F.nsent;
	ck_assert_int_eq(read_srb(100, 16, 8), 0);
	ck_assert_int_eq(read_srb(101, 17, 8), 0);
	ck_assert_uint_eq(storvsp_port_outstanding(P), 2);
	ck_assert_int_eq(read_srb(102, 18, 8), -EAGAIN);
	ck_assert_uint_eq(F.kicks, 0);
	while (storvsp_port_outstanding(P))
		ev_run(L, EVRUN_ONCE);
	ck_assert_uint_eq(F.kicks, 1);
	ck_assert_int_eq(read_srb(102, 18, 8), 0);
	while (storvsp_port_outstanding(P))
		ev_run(L, EVRUN_ONCE);
	ck_assert_uint_eq(F.nsent, base + 3);
	ck_assert_uint_eq(F.sent[base + 2].id, 102);
	teardown();
}
END_TEST

/* A full ring holds completions (and the request slots) until there is room. */
START_TEST(full_ring_retries)
{
	setup_with(4, 0);
	init_session(0x0602);
	unsigned base = F.nsent;
	F.full = true;
	ck_assert_int_eq(read_srb(200, 16, 1), 0);
	ck_assert_int_eq(read_srb(201, 16, 1), 0);
	for (int i = 0; i < 10; i++)
		ev_run(L, EVRUN_NOWAIT);
	ck_assert_uint_eq(storvsp_port_outstanding(P), 2);
	ck_assert_uint_eq(F.nsent, base);
	F.full = false;
	storvsp_port_send_space(P);
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base].id, 200);
	ck_assert_uint_eq(F.sent[base + 1].id, 201);
	ck_assert_uint_eq(storvsp_port_outstanding(P), 0);
	teardown();
}
END_TEST

/* Hot add on a ready primary sends ENUMERATE_BUS with trans_id 0 (in-band, no completion). */
START_TEST(hotplug_notification)
{
	struct storvsp_lun_cfg l = {.lun = 2, .backend = "null", .arg = "1M"};
	struct storvsp_stats st;

	setup_with(4, 0);
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	unsigned base = F.nsent;
	ck_assert_uint_eq(base, 0); /* not initialized: nothing sent */
	init_session(0x0602);
	base = F.nsent;
	l.lun = 3;
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	ck_assert_uint_eq(F.nsent, base + 1);
	ck_assert_uint_eq(F.sent[base].type, 6);
	ck_assert_uint_eq(F.sent[base].id, 0);
	ck_assert_uint_eq(pv_get_u32(F.sent[base].d), STORVSC_OPERATION_ENUMERATE_BUS);
	ck_assert_int_eq(storvsp_lun_remove(S, 3), 0);
	ck_assert_uint_eq(pv_get_u32(F.sent[base + 1].d), STORVSC_OPERATION_REMOVE_DEVICE);
	ck_assert_int_eq(storvsp_lun_remove(S, 3), -ENOENT);
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.notifications, 2);
	teardown();
}
END_TEST

/* Completions the guest did not ask for are not sent, and their slots come back. */
START_TEST(no_completion_requested)
{
	uint8_t pkt[64] = {3};
	struct vmbus_pkt p = {.type = 6, .trans_id = 9, .data = pkt, .len = 64};

	setup_with(1, 0);
	init_session(0x0602);
	unsigned base = F.nsent;
	pkt[12 + 8] = 6; /* TEST UNIT READY */
	ck_assert_int_eq(storvsp_port_packet(P, &p), 0);
	while (storvsp_port_outstanding(P))
		ev_run(L, EVRUN_ONCE);
	ck_assert_uint_eq(F.nsent, base);
	/* Completion packets from the guest are ignored. */
	p.type = 0xB;
	ck_assert_int_eq(storvsp_port_packet(P, &p), 0);
	ck_assert_uint_eq(storvsp_port_outstanding(P), 0);
	teardown();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("storvsp_port");
	TCase *t = tcase_create("core");
	SRunner *r;
	int failed;

	tcase_add_test(t, session_and_properties);
	tcase_add_test(t, win7_sizes_and_ids);
	tcase_add_test(t, backpressure_kick);
	tcase_add_test(t, full_ring_retries);
	tcase_add_test(t, hotplug_notification);
	tcase_add_test(t, no_completion_requested);
	suite_add_tcase(s, t);
	r = srunner_create(s);
	srunner_run_all(r, CK_NORMAL);
	failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? 1 : 0;
}
