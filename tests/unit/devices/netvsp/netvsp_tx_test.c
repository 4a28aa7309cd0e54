/*
 * devices/netvsp/netvsp_tx.c: guest transmit over a fake channel with the
 * loopback endpoint: frames from send sections and GPA ranges, batched
 * RNDIS messages, checksum and LSO requests done in software by the
 * endpoint, completions only after the frames are done, and malformed sends.
 */
#include "nv_frames.h"
#include "tests/unit/pv_check.h"

static const uint8_t *mac(void)
{
	static uint8_t m[6];

	ck_assert_uint_eq(nvf_query(RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS, NULL, 0, m), 6);
	return m;
}

START_TEST(udp_checksum_offload)
{
	uint8_t f[256], m[512], r[256];
	uint32_t types[] = {RNDIS_PPI_TYPE_TCPIP_CHKSUM};
	/* is_ipv4 | udp_checksum | ip_header_checksum, UDP header at 34 */
	uint32_t vals[] = {1u | 8u | 16u | 34u << 16}, rl, ppi, len;
	struct net_rx_meta meta = {0};

	nvf_data_up("loopback", NULL, 0x0d);
	len = nvf_udp_frame(f, mac(), 100);
	nvf_send_section(0, m, nvf_packet(m, f, len, types, vals, 1), 500);
	ck_assert_uint_eq(nvf_wait_comp(500), NVSP_STATUS_SUCCESS);
	ck_assert_uint_ge(nvf_wait_xfer(3), 3); /* INIT_C, SET_C, then our frame */
	rl = nvf_rx_frame(0, r, sizeof(r), RNDIS_PPI_TYPE_TCPIP_CHKSUM, &ppi);
	ck_assert_uint_eq(rl, len);
	/* The endpoint filled both checksums; the receive side verified them. */
	net_offload_rx_verify(r, rl, &meta);
	ck_assert(meta.flags & NET_RX_IP_CSUM_OK);
	ck_assert(meta.flags & NET_RX_UDP_CSUM_OK);
	ck_assert_uint_ne(ppi, UINT32_MAX);
	ck_assert(ppi & RNDIS_CSUM_RX_INFO_UDP_CHECKSUM_SUCCEEDED_MASK);
	nvf_down();
}
END_TEST

START_TEST(lso_segments)
{
	uint8_t f[4200] = {0}, m[6144], r[2048];
	uint32_t types[] = {RNDIS_PPI_TYPE_TCP_LARGESEND};
	uint32_t vals[] = {1000u | 34u << 20 | 1u << 30}, ppi, total = 0;
	struct net_rx_meta meta;

	nvf_data_up("loopback", NULL, 0x0d);
	nvf_send_section(0, m, nvf_packet(m, f, nvf_tcp_frame(f, mac(), 3000), types, vals, 1),
			 600);
	ck_assert_uint_eq(nvf_wait_comp(600), NVSP_STATUS_SUCCESS);
	ck_assert_uint_ge(nvf_wait_xfer(2 + 3), 5);
	for (unsigned k = 0; k < 3; k++) {
		uint32_t l = nvf_rx_frame(k, r, sizeof(r), RNDIS_PPI_TYPE_TCPIP_CHKSUM, &ppi);
		ck_assert_uint_le(l, 54 + 1000);
		memset(&meta, 0, sizeof(meta));
		net_offload_rx_verify(r, l, &meta);
		ck_assert(meta.flags & NET_RX_TCP_CSUM_OK);
		total += l - 54;
	}
	ck_assert_uint_eq(total, 3000);
	nvf_down();
}
END_TEST

START_TEST(batched_messages_one_completion)
{
	uint8_t f[128], m[1024], r[128];
	uint32_t a, b, ppi;
	const uint8_t *dst;

	nvf_data_up("loopback", NULL, 0x0d);
	dst = mac();
	a = nvf_udp_frame(f, dst, 20);
	a = nvf_packet(m, f, a, NULL, NULL, 0);
	a = (a + 7) & ~7u; /* each message padded to the 8-byte alignment */
	pv_put_u32(m + 4, a);
	b = nvf_packet(m + a, f, nvf_udp_frame(f, dst, 40), NULL, NULL, 0);
	nvf_send_section(3, m, a + b, 700);
	ck_assert_uint_eq(nvf_wait_comp(700), NVSP_STATUS_SUCCESS);
	ck_assert_uint_ge(nvf_wait_xfer(4), 4);
	ck_assert_uint_eq(nvf_rx_frame(0, r, sizeof(r), 99, &ppi), 14 + 28 + 20);
	ck_assert_uint_eq(nvf_rx_frame(1, r, sizeof(r), 99, &ppi), 14 + 28 + 40);
	nvf_down();
}
END_TEST

START_TEST(gpa_direct)
{
	uint8_t f[128], m[256], ext[24], nv[40] = {0}, r[128];
	uint32_t len, ppi;

	nvf_data_up("loopback", NULL, 0x0d);
	len = nvf_packet(m, f, nvf_udp_frame(f, mac(), 30), NULL, NULL, 0);
	/* The RNDIS message at 4 MiB + 100, one range. */
	ck_assert_int_eq(rt_gmem_write(NVC.g, (4u << 20) + 100, m, len), 0);
	pv_put_u32(ext, 0);
	pv_put_u32(ext + 4, 1);
	pv_put_u32(ext + 8, len);
	pv_put_u32(ext + 12, 100);
	pv_put_u64(ext + 16, (4u << 20) / 4096);
	pv_put_u32(nv, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(nv + 8, NVSP_INVALID_SECTION_INDEX);
	nvf_deliver(0, VMRING_PKT_DATA_USING_GPA_DIRECT, 1, 800, ext, sizeof(ext), nv, sizeof(nv));
	ck_assert_uint_eq(nvf_wait_comp(800), NVSP_STATUS_SUCCESS);
	ck_assert_uint_ge(nvf_wait_xfer(3), 3);
	ck_assert_uint_eq(nvf_rx_frame(0, r, sizeof(r), 99, &ppi), 14 + 28 + 30);
	/* A page outside guest memory; a range header that lies about its count. */
	pv_put_u64(ext + 16, (64u << 20) / 4096);
	nvf_deliver(0, VMRING_PKT_DATA_USING_GPA_DIRECT, 1, 801, ext, sizeof(ext), nv, sizeof(nv));
	ck_assert_uint_eq(nvf_wait_comp(801), NVSP_STATUS_FAIL);
	pv_put_u64(ext + 16, (4u << 20) / 4096);
	pv_put_u32(ext + 4, 5);
	nvf_deliver(0, VMRING_PKT_DATA_USING_GPA_DIRECT, 1, 802, ext, sizeof(ext), nv, sizeof(nv));
	ck_assert_uint_eq(nvf_wait_comp(802), NVSP_STATUS_FAIL);
	nvf_down();
}
END_TEST

START_TEST(bad_sends)
{
	uint8_t f[128], m[256], nv[40] = {0};
	uint32_t types[] = {RNDIS_PPI_TYPE_TCP_LARGESEND};
	uint32_t vals[] = {10u | 34u << 20 | 1u << 30}; /* mss 10: below the minimum */
	uint32_t len;
	struct netvsp_stats s;

	nvf_data_up("loopback", NULL, 0x0d);
	/* Section index and size out of range. */
	pv_put_u32(nv, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(nv + 8, 9999);
	pv_put_u32(nv + 12, 64);
	nvf_deliver(0, VMRING_PKT_DATA_INBAND, 1, 900, NULL, 0, nv, sizeof(nv));
	ck_assert_uint_eq(nvf_wait_comp(900), NVSP_STATUS_FAIL);
	pv_put_u32(nv + 8, 0);
	pv_put_u32(nv + 12, 6145);
	nvf_deliver(0, VMRING_PKT_DATA_INBAND, 1, 901, NULL, 0, nv, sizeof(nv));
	ck_assert_uint_eq(nvf_wait_comp(901), NVSP_STATUS_FAIL);
	/* No section and not GPA-direct: no data at all. */
	pv_put_u32(nv + 8, NVSP_INVALID_SECTION_INDEX);
	nvf_deliver(0, VMRING_PKT_DATA_INBAND, 1, 902, NULL, 0, nv, sizeof(nv));
	ck_assert_uint_eq(nvf_wait_comp(902), NVSP_STATUS_FAIL);
	/* An offload the endpoint refuses: the send fails, nothing goes out. */
	len = nvf_packet(m, f, nvf_udp_frame(f, mac(), 30), types, vals, 1);
	nvf_send_section(1, m, len, 903);
	ck_assert_uint_eq(nvf_wait_comp(903), NVSP_STATUS_FAIL);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_ge(s.bad_messages, 3);
	ck_assert_uint_ge(s.tx_errors, 1);
	nvf_down();
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(udp_checksum_offload),
					      PV_CASE(lso_segments),
					      PV_CASE(batched_messages_one_completion),
					      PV_CASE(gpa_direct),
					      PV_CASE(bad_sends),
					      {0}};

	return pv_check_run("netvsp_tx", cases);
}
