/*
 * devices/netvsp/netvsp.c: NVSP control over a fake channel (nv_fake.h):
 * INIT_COMPLETE at every version (full 40-byte completions), version caps,
 * the init order, receive/send buffer answers, subchannels with the send
 * indirection table, rejected messages that leave the device working, and
 * accelerated networking: the VF association once the session is ready,
 * SWITCH_DATA_PATH completed without a payload (as Linux 6.1 requires).
 */
#include "nv_fake.h"
#include "tests/unit/pv_check.h"

static const uint32_t versions[] = {NVSP_VERSION_V1, NVSP_VERSION_V2, NVSP_VERSION_V4,
				    NVSP_VERSION_V5, NVSP_VERSION_V6, NVSP_VERSION_V61};

START_TEST(init_every_version)
{
	const struct nvf_pkt *c;

	nvf_up("null", NULL, 0);
	nvf_nvsp(NVSP_MSG_TYPE_INIT, versions[_i], versions[_i], 0, 77);
	c = nvf_find(VMRING_PKT_COMP, 77);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, NVSP_MSG_SIZE); /* Linux rejects short completions */
	ck_assert_uint_eq(pv_get_u32(c->data), NVSP_MSG_TYPE_INIT_COMPLETE);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), versions[_i]);
	ck_assert_uint_eq(pv_get_u32(c->data + 12), NVSP_STATUS_SUCCESS);
	nvf_down();
}
END_TEST

START_TEST(init_refused_above_cap_then_walk)
{
	const struct nvf_pkt *c;

	nvf_up("null", NULL, NVSP_VERSION_V4);
	nvf_nvsp(NVSP_MSG_TYPE_INIT, NVSP_VERSION_V61, NVSP_VERSION_V61, 0, 1);
	c = nvf_find(VMRING_PKT_COMP, 1);
	ck_assert_uint_eq(pv_get_u32(c->data + 12), NVSP_STATUS_FAIL);
	nvf_nvsp(NVSP_MSG_TYPE_INIT, 0x12345, 0x12345, 0, 2); /* not a version at all */
	c = nvf_find(VMRING_PKT_COMP, 2);
	ck_assert_uint_eq(pv_get_u32(c->data + 12), NVSP_STATUS_FAIL);
	nvf_nvsp(NVSP_MSG_TYPE_INIT, NVSP_VERSION_V4, NVSP_VERSION_V4, 0, 3);
	c = nvf_find(VMRING_PKT_COMP, 3);
	ck_assert_uint_eq(pv_get_u32(c->data + 12), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_VERSION_V4);
	nvf_down();
}
END_TEST

START_TEST(buffers_answered)
{
	const struct nvf_pkt *c;
	struct netvsp_stats s;

	nvf_up("null", NULL, 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	c = nvf_find(VMRING_PKT_COMP, 101);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, 40);
	ck_assert_uint_eq(pv_get_u32(c->data), NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(pv_get_u32(c->data + 8), 1);  /* one section */
	ck_assert_uint_eq(pv_get_u32(c->data + 12), 0); /* at offset 0 */
	ck_assert_uint_ge(pv_get_u32(c->data + 16), NVSP_MIN_SECTION_SIZE);
	ck_assert_uint_eq(pv_get_u32(c->data + 20), NVC_BUF / pv_get_u32(c->data + 16));
	ck_assert_uint_le(pv_get_u32(c->data + 24), NVC_BUF);
	c = nvf_find(VMRING_PKT_COMP, 102);
	ck_assert_uint_eq(pv_get_u32(c->data), NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(pv_get_u32(c->data + 8), 6144);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.nvsp_version, NVSP_VERSION_V61);
	ck_assert_uint_eq(s.ndis_version, NVSP_NDIS_VERSION_6_30);
	ck_assert_uint_eq(s.slots_total, NVC_BUF / 1728);
	ck_assert_uint_eq(s.bad_messages, 0);
	nvf_down();
}
END_TEST

START_TEST(out_of_order_and_bad_gpadl)
{
	const struct nvf_pkt *c;
	long long b;

	nvf_up("null", NULL, 0);
	b = nvf_stat_bad();
	/* Receive buffer before INIT. */
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 1, NVSP_RECV_BUF_ID, 0, 5);
	c = nvf_find(VMRING_PKT_COMP, 5);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_FAIL);
	nvf_nvsp(NVSP_MSG_TYPE_INIT, NVSP_VERSION_V5, NVSP_VERSION_V5, 0, 6);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_NDIS_VER, 6, 30, 0, 0);
	/* Unknown GPADL, then the wrong id: refused; the right one afterwards works. */
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 99, NVSP_RECV_BUF_ID, 0, 7);
	c = nvf_find(VMRING_PKT_COMP, 7);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_FAIL);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 1, 0x1234, 0, 8);
	c = nvf_find(VMRING_PKT_COMP, 8);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_FAIL);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 1, NVSP_RECV_BUF_ID, 0, 9);
	c = nvf_find(VMRING_PKT_COMP, 9);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_SUCCESS);
	/* A second receive buffer is refused. */
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 1, NVSP_RECV_BUF_ID, 0, 10);
	c = nvf_find(VMRING_PKT_COMP, 10);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_FAIL);
	ck_assert_int_ge(nvf_stat_bad(), b + 4);
	nvf_down();
}
END_TEST

START_TEST(rndis_before_receive_buffer)
{
	uint8_t m[40] = {0};
	const struct nvf_pkt *c;

	nvf_up("null", NULL, 0);
	nvf_nvsp(NVSP_MSG_TYPE_INIT, NVSP_VERSION_V61, NVSP_VERSION_V61, 0, 1);
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 8, 0);
	pv_put_u32(m + 12, 64);
	nvf_deliver(0, VMRING_PKT_DATA_INBAND, 1, 55, NULL, 0, m, sizeof(m));
	c = nvf_find(VMRING_PKT_COMP, 55);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(pv_get_u32(c->data), NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_FAIL);
	nvf_down();
}
END_TEST

START_TEST(subchannels_and_send_table)
{
	const struct nvf_pkt *c, *t;
	struct netvsp_stats s;

	nvf_up("null", "queues=4", 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	nvf_nvsp(NVSP_MSG_TYPE_SUBCHANNEL, NVSP_SUBCHANNEL_OP_ALLOCATE, 8, 0, 33);
	c = nvf_find(VMRING_PKT_COMP, 33);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, 40);
	ck_assert_uint_eq(pv_get_u32(c->data), NVSP_MSG_TYPE_SUBCHANNEL);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(pv_get_u32(c->data + 8), 3); /* capped at queues - 1 */
	ck_assert_uint_eq(NVC.subs_offered, 3);
	t = nvf_find(VMRING_PKT_DATA_INBAND, UINT64_MAX);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->len, NVSP_SEND_INDIRECTION_TABLE_SIZE);
	ck_assert_uint_eq(pv_get_u32(t->data), NVSP_MSG_TYPE_SEND_INDIRECTION_TABLE);
	ck_assert_uint_eq(pv_get_u32(t->data + 4), 16);
	for (uint32_t i = 0; i < 16; i++)
		ck_assert_uint_lt(pv_get_u32(t->data + 40 + 4 * i), 4);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.subchannels, 3);
	/* Asking twice is refused. */
	nvf_nvsp(NVSP_MSG_TYPE_SUBCHANNEL, NVSP_SUBCHANNEL_OP_ALLOCATE, 2, 0, 34);
	c = nvf_find(VMRING_PKT_COMP, 34);
	ck_assert_uint_eq(pv_get_u32(c->data + 4), NVSP_STATUS_FAIL);
	nvf_down();
}
END_TEST

START_TEST(subchannel_needs_nvsp5)
{
	long long b;

	nvf_up("null", "queues=4", 0);
	nvf_nvsp_up(NVSP_VERSION_V4);
	b = nvf_stat_bad();
	nvf_nvsp(NVSP_MSG_TYPE_SUBCHANNEL, NVSP_SUBCHANNEL_OP_ALLOCATE, 3, 0, 44);
	ck_assert_ptr_null(nvf_find(VMRING_PKT_COMP, 44));
	ck_assert_int_eq(nvf_stat_bad(), b + 1);
	ck_assert_uint_eq(NVC.subs_offered, 0);
	nvf_down();
}
END_TEST

START_TEST(unknown_completion_and_types)
{
	uint8_t m[40] = {0};
	struct netvsp_stats s;

	nvf_up("null", NULL, 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	nvf_deliver(0, VMRING_PKT_COMP, 0, 5, NULL, 0, m, sizeof(m)); /* slot 5 never sent */
	nvf_deliver(0, VMRING_PKT_COMP, 0, 1u << 30, NULL, 0, m, sizeof(m));
	nvf_deliver(0, 3, 0, 1, NULL, 0, m, sizeof(m)); /* a packet type a guest never sends */
	pv_put_u32(m, 4242);
	nvf_deliver(0, VMRING_PKT_DATA_INBAND, 1, 9, NULL, 0, m, sizeof(m));
	nvf_deliver(0, VMRING_PKT_DATA_INBAND, 1, 9, NULL, 0, m, 2); /* too short for a type */
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.unknown_completions, 2);
	ck_assert_uint_eq(s.bad_messages, 2 + 3);
	/* Still serving: RNDIS comes up. */
	ck_assert_uint_eq(nvf_rndis_init(), RNDIS_STATUS_SUCCESS);
	nvf_down();
}
END_TEST

START_TEST(close_resets)
{
	uint8_t ud[120] = {0};
	struct netvsp_stats s;

	nvf_up("null", NULL, 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	ck_assert_uint_eq(nvf_rndis_init(), RNDIS_STATUS_SUCCESS);
	NVC.ops->close(NVC.ctx, &NVC.ch[0]);
	ck_assert_int_eq(NVC.ops->open(NVC.ctx, &NVC.ch[0], ud), 0);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.nvsp_version, 0);
	ck_assert_uint_eq(s.slots_total, 0);
	ck_assert(!s.rndis_initialized);
	nvf_nvsp_up(NVSP_VERSION_V61);
	ck_assert_uint_eq(nvf_rndis_init(), RNDIS_STATUS_SUCCESS);
	nvf_down();
}
END_TEST

START_TEST(vf_association_and_data_path)
{
	const struct nvf_pkt *a, *c;
	struct netvsp_stats s;

	NVF.vf = true;
	NVF.vf_serial = 5;
	nvf_up("null", NULL, 0);
	NVF.npk = 0;
	nvf_nvsp(NVSP_MSG_TYPE_INIT, NVSP_VERSION_V61, NVSP_VERSION_V61, 0, 100);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_NDIS_CONFIG, 1514, 0, 8, 0);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_NDIS_VER, 6, 30, 0, 0);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 1, NVSP_RECV_BUF_ID, 0, 101);
	ck_assert_uint_eq(nvf_count(VMRING_PKT_DATA_INBAND), 0); /* not before it is ready */
	nvf_nvsp(NVSP_MSG_TYPE_SEND_SEND_BUF, 2, 0, 0, 102);
	a = nvf_find(VMRING_PKT_DATA_INBAND, UINT64_MAX);
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->len, NVSP_MSG_SIZE);
	ck_assert_uint_eq(pv_get_u32(a->data), NVSP_MSG_TYPE_SEND_VF_ASSOCIATION);
	ck_assert_uint_eq(pv_get_u32(a->data + 4), 1); /* allocated */
	ck_assert_uint_eq(pv_get_u32(a->data + 8), 5); /* serial */
	/* After the send buffer's completion, which the guest waits for first. */
	ck_assert((const void *)nvf_find(VMRING_PKT_COMP, 102) < (const void *)a);

	nvf_nvsp(NVSP_MSG_TYPE_SWITCH_DATA_PATH, NVSP_DATAPATH_VF, 0, 0, 200);
	c = nvf_find(VMRING_PKT_COMP, 200);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, 0); /* netvsc_send_completion: "without data payload" */
	netvsp_get_stats(NVC.dev, &s);
	ck_assert(s.datapath_vf);
	ck_assert_uint_eq(s.vf_assoc_sent, 1);
	nvf_nvsp(NVSP_MSG_TYPE_SWITCH_DATA_PATH, NVSP_DATAPATH_SYNTHETIC, 0, 0, 201);
	c = nvf_find(VMRING_PKT_COMP, 201);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, 0);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert(!s.datapath_vf);
	ck_assert_uint_eq(s.bad_messages, 0);
	ck_assert_uint_eq(nvf_count(VMRING_PKT_DATA_INBAND), 1); /* once per session */

	/* A new session (the channel reopened) gets it again. */
	NVC.ops->close(NVC.ctx, &NVC.ch[0]);
	ck_assert_int_eq(NVC.ops->open(NVC.ctx, &NVC.ch[0], (uint8_t[120]){0}), 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	ck_assert_uint_eq(nvf_count(VMRING_PKT_DATA_INBAND), 2);
	nvf_down();
	NVF.vf = false;
}
END_TEST

START_TEST(no_vf_no_association)
{
	long long b;
	const struct nvf_pkt *c;

	nvf_up("null", NULL, 0);
	NVF.npk = 0;
	nvf_nvsp_up(NVSP_VERSION_V61);
	ck_assert_uint_eq(nvf_count(VMRING_PKT_DATA_INBAND), 0);
	/* Switching to a VF the guest was not given: refused, still completed. */
	b = nvf_stat_bad();
	nvf_nvsp(NVSP_MSG_TYPE_SWITCH_DATA_PATH, NVSP_DATAPATH_VF, 0, 0, 300);
	c = nvf_find(VMRING_PKT_COMP, 300);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, 0);
	ck_assert_int_eq(nvf_stat_bad(), b + 1);
	nvf_down();
}
END_TEST

START_TEST(vf_not_below_nvsp4)
{
	NVF.vf = true;
	NVF.vf_serial = 7;
	nvf_up("null", NULL, NVSP_VERSION_V2);
	NVF.npk = 0;
	nvf_nvsp_up(NVSP_VERSION_V2);
	ck_assert_uint_eq(nvf_count(VMRING_PKT_DATA_INBAND), 0);
	nvf_down();
	NVF.vf = false;
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_LOOP(init_every_version, 6),
					      PV_CASE(init_refused_above_cap_then_walk),
					      PV_CASE(buffers_answered),
					      PV_CASE(out_of_order_and_bad_gpadl),
					      PV_CASE(rndis_before_receive_buffer),
					      PV_CASE(subchannels_and_send_table),
					      PV_CASE(subchannel_needs_nvsp5),
					      PV_CASE(unknown_completion_and_types),
					      PV_CASE(close_resets),
					      PV_CASE(vf_association_and_data_path),
					      PV_CASE(no_vf_no_association),
					      PV_CASE(vf_not_below_nvsp4),
					      {0}};

	return pv_check_run("netvsp", cases);
}
