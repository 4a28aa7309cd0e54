/*
 * devices/netvsp/netvsp_rx.c: guest receive over a fake channel with the
 * loopback endpoint: transfer-page packets inside the receive buffer, slots
 * reused only after the guest's completion, back-pressure when the buffer
 * is exhausted (the endpoint keeps the frames, drops none), the packet
 * filter, and completions for slots the guest does not own.
 */
#include "nv_frames.h"

static uint8_t MAC[6];

static void up(uint32_t filter)
{
	uint32_t l = 0;

	nvf_data_up("loopback", NULL, filter);
	nvf_oid(RNDIS_MSG_TYPE_QUERY, RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS, NULL, 0, MAC, &l);
}

static void send_frames(unsigned n, const uint8_t *dst, uint64_t tid0)
{
	uint8_t f[128], m[256];

	for (unsigned i = 0; i < n; i++) {
		uint32_t len = nvf_packet(m, f, nvf_udp_frame(f, dst, 16), NULL, NULL, 0);
		nvf_send_section(i % 100, m, len, tid0 + i);
	}
}

static void complete_slot(uint64_t slot)
{
	uint8_t cm[40] = {0};

	pv_put_u32(cm, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	pv_put_u32(cm + 4, 1);
	nvf_deliver(0, VMRING_PKT_COMP, 0, slot, NULL, 0, cm, sizeof(cm));
}

START_TEST(backpressure_holds_frames)
{
	struct netvsp_stats s;
	struct net_stats es;
	unsigned base, got, data;

	up(0x0d);
	base = nvf_count_xfer();
	netvsp_get_stats(NVF.dev, &s);
	data = s.slots_total - 8; /* slots kept for control replies */
	send_frames(data + 50, MAC, 10000);
	got = nvf_wait_xfer(base + data);
	usleep(50000);
	got = nvf_count_xfer();
	ck_assert_uint_eq(got - base, data); /* exactly the free slots, never more */
	netvsp_get_stats(NVF.dev, &s);
	ck_assert_uint_gt(s.rx_backpressure, 0);
	ck_assert_uint_le(s.slots_used_max, s.slots_total);
	ck_assert_int_eq(netvsp_endpoint_stats(NVF.dev, 0, &es), 0);
	ck_assert_uint_eq(es.rx_dropped, 0);
	/* Every slot handed out is distinct and inside the buffer. */
	{
		static uint8_t seen[1024];
		pthread_mutex_lock(&NVF.lock);
		for (unsigned i = 0; i < NVF.npk; i++)
			if (NVF.pk[i].type == VMRING_PKT_DATA_USING_XFER_PAGES &&
			    pv_get_u32(NVF.pk[i].msg) == RNDIS_MSG_TYPE_PACKET) {
				ck_assert_uint_lt(NVF.pk[i].tid, s.slots_total);
				ck_assert_uint_eq(seen[NVF.pk[i].tid], 0);
				seen[NVF.pk[i].tid] = 1;
				ck_assert_uint_eq(pv_get_u32(NVF.pk[i].ext + 12),
						  NVF.pk[i].tid * 1728);
			}
		pthread_mutex_unlock(&NVF.lock);
	}
	/* Completing 10 receives lets exactly 10 more through. */
	for (uint64_t slot = 0; slot < 10; slot++)
		complete_slot(slot);
	ck_assert_uint_eq(nvf_wait_xfer(got + 10), got + 10);
	usleep(20000);
	ck_assert_uint_eq(nvf_count_xfer(), got + 10);
	netvsp_get_stats(NVF.dev, &s);
	ck_assert_uint_eq(s.rx_frames, data + 10);
	nvf_down();
}
END_TEST

START_TEST(packet_filter)
{
	static const uint8_t other[6] = {0x02, 0x99, 0x99, 0x99, 0x99, 0x99};
	static const uint8_t bcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
	struct netvsp_stats s;
	unsigned base;
	uint8_t v[4];

	up(RNDIS_PACKET_FILTER_DIRECTED);
	base = nvf_count_xfer();
	send_frames(1, other, 100);
	send_frames(1, bcast, 200);
	send_frames(1, MAC, 300);
	ck_assert_uint_eq(nvf_wait_comp(300), NVSP_STATUS_SUCCESS);
	nvf_wait_xfer(base + 1);
	usleep(20000);
	ck_assert_uint_eq(nvf_count_xfer(), base + 1);
	netvsp_get_stats(NVF.dev, &s);
	ck_assert_uint_eq(s.rx_filtered, 2);
	pv_put_u32(v, RNDIS_PACKET_FILTER_PROMISCUOUS);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_CURRENT_PACKET_FILTER, v, 4, NULL, NULL),
		RNDIS_STATUS_SUCCESS);
	base = nvf_count_xfer();
	send_frames(1, other, 400);
	ck_assert_uint_eq(nvf_wait_xfer(base + 1), base + 1);
	/* Filter 0: the guest receives nothing. */
	pv_put_u32(v, 0);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_CURRENT_PACKET_FILTER, v, 4, NULL, NULL),
		RNDIS_STATUS_SUCCESS);
	base = nvf_count_xfer();
	send_frames(1, MAC, 500);
	ck_assert_uint_eq(nvf_wait_comp(500), NVSP_STATUS_SUCCESS);
	usleep(20000);
	ck_assert_uint_eq(nvf_count_xfer(), base);
	nvf_down();
}
END_TEST

START_TEST(completion_must_match_owner)
{
	struct netvsp_stats s;
	const struct nvf_pkt *x;
	unsigned base;
	uint8_t ud[120] = {0};

	up(0x0d);
	base = nvf_count_xfer();
	send_frames(1, MAC, 100);
	nvf_wait_xfer(base + 1);
	x = nvf_find(VMRING_PKT_DATA_USING_XFER_PAGES, UINT64_MAX);
	ck_assert_ptr_nonnull(x);
	/* The same slot completed on another channel, then twice on the right one. */
	ck_assert_int_eq(NVF.ops->open(NVF.ctx, &NVF.ch[1], ud), 0);
	NVF.ch[1].open = true;
	{
		uint8_t cm[40] = {0};
		pv_put_u32(cm, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
		nvf_deliver(1, VMRING_PKT_COMP, 0, x->tid, NULL, 0, cm, sizeof(cm));
	}
	complete_slot(x->tid);
	complete_slot(x->tid);
	netvsp_get_stats(NVF.dev, &s);
	ck_assert_uint_eq(s.unknown_completions, 2);
	ck_assert_uint_eq(s.slots_used, 0);
	nvf_down();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("netvsp_rx");
	TCase *t = tcase_create("rx");
	SRunner *r;
	int failed;

	tcase_add_test(t, backpressure_holds_frames);
	tcase_add_test(t, packet_filter);
	tcase_add_test(t, completion_must_match_owner);
	suite_add_tcase(s, t);
	r = srunner_create(s);
	srunner_run_all(r, CK_NORMAL);
	failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? 1 : 0;
}
