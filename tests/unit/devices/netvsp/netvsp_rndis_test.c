/*
 * devices/netvsp/netvsp_rndis.c: RNDIS control over a fake channel: INIT_C,
 * the OIDs Linux 6.1 queries and sets (offload capabilities by header
 * revision, MAC, RSS capabilities/parameters, packet filter, offload
 * parameters, NetworkAddress), KEEPALIVE/RESET, HALT, link indications, and
 * malformed information buffers.
 */
#include "nv_fake.h"
#include "tests/unit/pv_check.h"

static void up_rndis(const char *arg)
{
	nvf_up("null", arg, 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	ck_assert_uint_eq(nvf_rndis_init(), RNDIS_STATUS_SUCCESS);
}

START_TEST(offload_caps_by_revision)
{
	static const uint16_t sizes[] = {112, 144, 156};
	uint8_t in[4], out[512];
	uint32_t olen;

	up_rndis(NULL);
	in[0] = RNDIS_NDIS_OBJECT_TYPE_OFFLOAD;
	in[1] = (uint8_t)(_i + 1);
	pv_put_u16(in + 2, sizes[_i]);
	olen = nvf_query(RNDIS_OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES, in, 4, out);
	ck_assert_uint_eq(olen, sizes[_i]);
	ck_assert_uint_eq(out[0], RNDIS_NDIS_OBJECT_TYPE_OFFLOAD);
	ck_assert_uint_eq(out[1], _i + 1);
	ck_assert_uint_eq(pv_get_u16(out + 2), sizes[_i]);
	/* Linux enables TCP4 checksum only with TCP4 + TCP4OPTS, LSOv2 with 802.3 encap. */
	ck_assert_uint_eq(pv_get_u32(out + 4), RNDIS_ENCAP_IEEE_802_3);
	ck_assert_uint_eq(pv_get_u32(out + 8) & 0x14, 0x14);
	{
		struct rndis_ndis_offload o;
		uint8_t full[RNDIS_NDIS_OFFLOAD_SIZE] = {0};
		memcpy(full, out, olen);
		ck_assert_int_eq(rndis_ndis_offload_decode(full, sizeof(full), NULL, &o), PV_OK);
		ck_assert_uint_eq(o.lsov2.ip4_encap, RNDIS_ENCAP_IEEE_802_3);
		ck_assert_uint_eq(o.lsov2.ip4_maxsz, RNDIS_LSO_MAX_OFFLOAD_SIZE);
		ck_assert_uint_eq(o.lsov2.ip6_opts & 5, 5);
	}
	nvf_down();
}
END_TEST

START_TEST(mac_frame_size_link_speed)
{
	uint8_t out[64];
	uint32_t olen = 0;

	up_rndis("mac=02:11:22:33:44:55,mtu=1500");
	ck_assert_uint_eq(nvf_query(RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS, NULL, 0, out), 6);
	ck_assert_mem_eq(out, "\x02\x11\x22\x33\x44\x55", 6);
	nvf_query(RNDIS_OID_GEN_MAXIMUM_FRAME_SIZE, NULL, 0, out);
	ck_assert_uint_eq(pv_get_u32(out), 1500);
	nvf_query(RNDIS_OID_GEN_LINK_SPEED, NULL, 0, out);
	ck_assert_uint_gt(pv_get_u32(out), 0);
	nvf_query(RNDIS_OID_GEN_MEDIA_CONNECT_STATUS, NULL, 0, out);
	ck_assert_uint_eq(pv_get_u32(out), RNDIS_MEDIA_STATE_CONNECTED);
	olen = 99;
	ck_assert_uint_eq(nvf_oid(RNDIS_MSG_TYPE_QUERY, RNDIS_OID_GEN_VENDOR_DESCRIPTION, NULL, 0,
				  out, &olen),
			  (uint32_t)RNDIS_STATUS_NOT_SUPPORTED);
	ck_assert_uint_eq(olen, 0);
	nvf_down();
}
END_TEST

static uint32_t set_mac(const char *text)
{
	uint8_t p[20 + 28 + 64] = {0};
	const char *name = "NetworkAddress";
	uint32_t n = (uint32_t)strlen(text);

	pv_put_u32(p + 0, 20); /* name_offset */
	pv_put_u32(p + 4, 28); /* name_length */
	pv_put_u32(p + 8, RNDIS_CONFIG_PARAM_TYPE_STRING);
	pv_put_u32(p + 12, 48);    /* value_offset */
	pv_put_u32(p + 16, 2 * n); /* value_length */
	for (int i = 0; i < 14; i++)
		pv_put_u16(p + 20 + 2 * i, (uint16_t)name[i]);
	for (uint32_t i = 0; i < n; i++)
		pv_put_u16(p + 48 + 2 * i, (uint16_t)text[i]);
	return nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_RNDIS_CONFIG_PARAMETER, p, 48 + 2 * n,
		       NULL, NULL);
}

START_TEST(network_address)
{
	uint8_t out[16];

	up_rndis("mac=02:11:22:33:44:55");
	ck_assert_uint_eq(set_mac("021122334466"), RNDIS_STATUS_SUCCESS);
	nvf_query(RNDIS_OID_IEEE_802_3_CURRENT_ADDRESS, NULL, 0, out);
	ck_assert_mem_eq(out, "\x02\x11\x22\x33\x44\x66", 6);
	ck_assert_uint_eq(set_mac("02:11:22:33:44:77"), RNDIS_STATUS_SUCCESS);
	ck_assert_uint_eq(set_mac("0211223344"), (uint32_t)RNDIS_STATUS_INVALID_DATA);
	ck_assert_uint_eq(set_mac("03112233445z"), (uint32_t)RNDIS_STATUS_INVALID_DATA);
	ck_assert_uint_eq(set_mac("031122334455"), (uint32_t)RNDIS_STATUS_INVALID_DATA); /* mcast */
	nvf_down();
}
END_TEST

START_TEST(config_offsets_out_of_range)
{
	uint8_t p[20] = {0};

	up_rndis(NULL);
	pv_put_u32(p + 0, 4000);
	pv_put_u32(p + 4, 28);
	ck_assert_uint_eq(nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_RNDIS_CONFIG_PARAMETER, p, 20,
				  NULL, NULL),
			  (uint32_t)RNDIS_STATUS_INVALID_DATA);
	pv_put_u32(p + 0, 20);
	pv_put_u32(p + 4, 0xfffffff0u); /* offset + length overflows 32 bits */
	ck_assert_uint_eq(nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_RNDIS_CONFIG_PARAMETER, p, 20,
				  NULL, NULL),
			  (uint32_t)RNDIS_STATUS_INVALID_DATA);
	nvf_down();
}
END_TEST

START_TEST(filter_and_offload_params)
{
	uint8_t v[28] = {0};
	struct netvsp_stats s;

	up_rndis(NULL);
	pv_put_u32(v, 0x0d);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_CURRENT_PACKET_FILTER, v, 4, NULL, NULL),
		RNDIS_STATUS_SUCCESS);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.packet_filter, 0x0d);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_CURRENT_PACKET_FILTER, v, 2, NULL, NULL),
		(uint32_t)RNDIS_STATUS_INVALID_LENGTH);
	v[0] = RNDIS_NDIS_OBJECT_TYPE_DEFAULT;
	v[1] = 3;
	pv_put_u16(v + 2, 22);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_TCP_OFFLOAD_PARAMETERS, v, 22, NULL, NULL),
		RNDIS_STATUS_SUCCESS);
	pv_put_u16(v + 2, 28);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_TCP_OFFLOAD_PARAMETERS, v, 28, NULL, NULL),
		RNDIS_STATUS_SUCCESS);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_TCP_OFFLOAD_PARAMETERS, v, 10, NULL, NULL),
		(uint32_t)RNDIS_STATUS_INVALID_LENGTH);
	v[0] = 0x55;
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_TCP_OFFLOAD_PARAMETERS, v, 28, NULL, NULL),
		(uint32_t)RNDIS_STATUS_INVALID_DATA);
	nvf_down();
}
END_TEST

static uint32_t set_rss(uint16_t tabsize, uint32_t taboff, uint32_t entry, uint16_t keysize,
			uint32_t keyoff, uint16_t flags, uint32_t inlen)
{
	uint8_t p[40 + 512 + 40] = {0};

	p[0] = RNDIS_NDIS_OBJECT_TYPE_RSS_PARAMETERS;
	p[1] = 2;
	pv_put_u16(p + 2, 40);
	pv_put_u16(p + 4, flags);
	pv_put_u32(p + 8, RNDIS_HASH_INFO_FUNC_TOEPLITZ | RNDIS_HASH_INFO_TCP_IPV4);
	pv_put_u16(p + 12, tabsize);
	pv_put_u32(p + 16, taboff);
	pv_put_u16(p + 20, keysize);
	pv_put_u32(p + 24, keyoff);
	for (uint32_t i = 0; i < 128; i++)
		pv_put_u32(p + 40 + 4 * i, i % 4 == 3 ? entry : i % 4);
	return nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS, p, inlen, NULL,
		       NULL);
}

START_TEST(rss_caps_and_params)
{
	/* Linux's query: an 18-byte structure, its buffer 18 bytes too. */
	uint8_t in[18] = {RNDIS_NDIS_OBJECT_TYPE_RSS_CAPABILITIES, 2, 18, 0}, out[64];

	up_rndis("queues=4");
	/* A longer answer (it was 20) makes Linux fail the query and skip RSS. */
	ck_assert_uint_eq(nvf_query(RNDIS_OID_GEN_RECEIVE_SCALE_CAPABILITIES, in, 18, out), 18);
	ck_assert_uint_eq(out[0], RNDIS_NDIS_OBJECT_TYPE_RSS_CAPABILITIES);
	ck_assert_uint_eq(pv_get_u32(out + 12), 4); /* num_recv_que */
	ck_assert_uint_eq(pv_get_u16(out + 16), 128);
	nvf_nvsp(NVSP_MSG_TYPE_SUBCHANNEL, NVSP_SUBCHANNEL_OP_ALLOCATE, 3, 0, 5);
	ck_assert_uint_eq(set_rss(512, 40, 3, 40, 552, 0, 592), RNDIS_STATUS_SUCCESS);
	/* Zero-size table, table past the buffer, entry naming no channel, key too big. */
	ck_assert_uint_eq(set_rss(0, 40, 3, 40, 552, 0, 592), (uint32_t)RNDIS_STATUS_INVALID_DATA);
	ck_assert_uint_eq(set_rss(512, 100, 3, 40, 552, 0, 592),
			  (uint32_t)RNDIS_STATUS_INVALID_DATA);
	ck_assert_uint_eq(set_rss(512, 40, 4, 40, 552, 0, 592),
			  (uint32_t)RNDIS_STATUS_INVALID_DATA);
	ck_assert_uint_eq(set_rss(512, 40, 3, 41, 551, 0, 592),
			  (uint32_t)RNDIS_STATUS_INVALID_DATA);
	ck_assert_uint_eq(set_rss(510, 40, 3, 40, 552, 0, 592),
			  (uint32_t)RNDIS_STATUS_INVALID_DATA);
	ck_assert_uint_eq(set_rss(512, 40, 3, 40, 552, 0, 30), (uint32_t)RNDIS_STATUS_INVALID_DATA);
	/* Disabling needs no table. */
	ck_assert_uint_eq(set_rss(0, 0, 0, 0, 0, RNDIS_RSS_PARAM_FLAGS_DISABLE_RSS, 40),
			  RNDIS_STATUS_SUCCESS);
	nvf_down();
}
END_TEST

START_TEST(keepalive_reset_halt)
{
	uint8_t m[16] = {0}, r[64];
	uint32_t rl = 0;
	struct netvsp_stats s;

	up_rndis(NULL);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_KEEPALIVE);
	pv_put_u32(m + 4, 12);
	pv_put_u32(m + 8, 0x99);
	ck_assert_uint_eq(nvf_rndis(m, 12, 1, r, sizeof(r), &rl), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(pv_get_u32(r), (uint32_t)RNDIS_MSG_TYPE_KEEPALIVE_C);
	ck_assert_uint_eq(pv_get_u32(r + 8), 0x99);
	ck_assert_uint_eq(pv_get_u32(r + 12), RNDIS_STATUS_SUCCESS);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_RESET);
	ck_assert_uint_eq(nvf_rndis(m, 12, 1, r, sizeof(r), &rl), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(pv_get_u32(r), (uint32_t)RNDIS_MSG_TYPE_RESET_C);
	ck_assert_uint_eq(rl, 16);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_HALT);
	ck_assert_uint_eq(nvf_rndis(m, 12, 1, r, sizeof(r), &rl), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(rl, 0); /* no reply to HALT */
	netvsp_get_stats(NVC.dev, &s);
	ck_assert(!s.rndis_initialized);
	/* After HALT only INITIALIZE is legal. */
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_KEEPALIVE);
	ck_assert_uint_eq(nvf_rndis(m, 12, 1, r, sizeof(r), &rl), NVSP_STATUS_FAIL);
	ck_assert_uint_eq(nvf_rndis_init(), RNDIS_STATUS_SUCCESS);
	nvf_down();
}
END_TEST

START_TEST(request_before_init_and_bad_messages)
{
	uint8_t m[64] = {0}, r[64];
	uint32_t rl = 0;

	nvf_up("null", NULL, 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_QUERY);
	pv_put_u32(m + 4, 28);
	pv_put_u32(m + 12, RNDIS_OID_GEN_MAXIMUM_FRAME_SIZE);
	ck_assert_uint_eq(nvf_rndis(m, 28, 1, r, sizeof(r), &rl), NVSP_STATUS_FAIL);
	ck_assert_uint_eq(rl, 0);
	/* A completion type from the guest, an unknown type, a truncated INIT. */
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_INIT_C);
	pv_put_u32(m + 4, 52);
	ck_assert_uint_eq(nvf_rndis(m, 52, 1, r, sizeof(r), &rl), NVSP_STATUS_INVALID_RNDIS_PKT);
	pv_put_u32(m + 0, 0x77);
	pv_put_u32(m + 4, 16);
	ck_assert_uint_eq(nvf_rndis(m, 16, 1, r, sizeof(r), &rl), NVSP_STATUS_INVALID_RNDIS_PKT);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_INIT);
	pv_put_u32(m + 4, 16);
	ck_assert_uint_eq(nvf_rndis(m, 16, 1, r, sizeof(r), &rl), NVSP_STATUS_INVALID_RNDIS_PKT);
	/* RNDIS major version 2: INIT_C with a failure, then 1 works. */
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_INIT);
	pv_put_u32(m + 4, 24);
	pv_put_u32(m + 12, 2);
	ck_assert_uint_eq(nvf_rndis(m, 24, 1, r, sizeof(r), &rl), NVSP_STATUS_SUCCESS);
	ck_assert_uint_ne(pv_get_u32(r + 12), RNDIS_STATUS_SUCCESS);
	ck_assert_uint_eq(nvf_rndis_init(), RNDIS_STATUS_SUCCESS);
	nvf_down();
}
END_TEST

START_TEST(link_indications)
{
	const struct nvf_pkt *x;
	uint8_t r[32];

	up_rndis(NULL);
	netvsp_set_link(NVC.dev, false);
	x = nvf_find(VMRING_PKT_DATA_USING_XFER_PAGES, UINT64_MAX);
	ck_assert_ptr_nonnull(x);
	ck_assert_int_eq(rt_gmem_read(NVC.g, pv_get_u32(x->ext + 12), r, 20), 0);
	ck_assert_uint_eq(pv_get_u32(r), RNDIS_MSG_TYPE_INDICATE);
	ck_assert_uint_eq(pv_get_u32(r + 8), (uint32_t)RNDIS_STATUS_MEDIA_DISCONNECT);
	netvsp_set_link(NVC.dev, true);
	x = nvf_find(VMRING_PKT_DATA_USING_XFER_PAGES, UINT64_MAX);
	ck_assert_int_eq(rt_gmem_read(NVC.g, pv_get_u32(x->ext + 12), r, 20), 0);
	ck_assert_uint_eq(pv_get_u32(r + 8), (uint32_t)RNDIS_STATUS_MEDIA_CONNECT);
	nvf_down();
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_LOOP(offload_caps_by_revision, 3),
					      PV_CASE(mac_frame_size_link_speed),
					      PV_CASE(network_address),
					      PV_CASE(config_offsets_out_of_range),
					      PV_CASE(filter_and_offload_params),
					      PV_CASE(rss_caps_and_params),
					      PV_CASE(keepalive_reset_halt),
					      PV_CASE(request_before_init_and_bad_messages),
					      PV_CASE(link_indications),
					      {0}};

	return pv_check_run("netvsp_rndis", cases);
}
