/*
 * devices/netvsp/netvsp_rx.c: guest receive over a fake channel with the
 * loopback endpoint: transfer-page packets inside the receive buffer, slots
 * reused only after the guest's completion, back-pressure when the buffer
 * is exhausted (the endpoint keeps the frames, drops none), the packet
 * filter, and completions for slots the guest does not own.
 */
#include "nv_frames.h"
#include "tests/unit/pv_check.h"

static uint8_t MAC[6];

static void up(uint32_t filter)
{
	nvf_data_up("loopback", NULL, filter);
	ck_assert_uint_eq(nvf_query(RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS, NULL, 0, MAC), 6);
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
	netvsp_get_stats(NVC.dev, &s);
	data = s.slots_total - 8; /* slots kept for control replies */
	send_frames(data + 50, MAC, 10000);
	got = nvf_wait_xfer(base + data);
	usleep(50000);
	got = nvf_count_xfer();
	ck_assert_uint_eq(got - base, data); /* exactly the free slots, never more */
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_gt(s.rx_backpressure, 0);
	ck_assert_uint_le(s.slots_used_max, s.slots_total);
	ck_assert_int_eq(netvsp_endpoint_stats(NVC.dev, 0, &es), 0);
	ck_assert_uint_eq(es.rx_dropped, 0);
	/*
	 * Every slot handed out is distinct and inside the buffer; a packet's
	 * trans_id is its first range's slot. Then completing the first data
	 * packet (k frames batched in it) lets exactly k more through (of the
	 * 50 the endpoint holds).
	 */
	uint64_t first = UINT64_MAX;
	uint32_t k = 0;
	{
		static uint8_t seen[1024];
		pthread_mutex_lock(&NVF.lock);
		for (unsigned i = 0; i < NVF.npk; i++)
			if (NVF.pk[i].type == VMRING_PKT_DATA_USING_XFER_PAGES &&
			    pv_get_u32(NVF.pk[i].msg) == RNDIS_MSG_TYPE_PACKET) {
				const struct nvf_pkt *x = &NVF.pk[i];
				ck_assert_uint_lt(x->slot, s.slots_total);
				ck_assert_uint_eq(seen[x->slot], 0);
				seen[x->slot] = 1;
				ck_assert_uint_eq(pv_get_u32(x->ext + 12), x->slot * 1728);
				if (first == UINT64_MAX) {
					first = x->tid;
					k = x->nranges;
					ck_assert_uint_eq(x->slot, x->tid);
				}
				ck_assert_uint_ge(x->nranges, 1);
			}
		pthread_mutex_unlock(&NVF.lock);
	}
	ck_assert_uint_ne(first, UINT64_MAX);
	k = k < 50 ? k : 50; /* the endpoint holds 50 more frames */
	complete_slot(first);
	ck_assert_uint_eq(nvf_wait_xfer(got + k), got + k);
	usleep(20000);
	ck_assert_uint_eq(nvf_count_xfer(), got + k);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.rx_frames, data + k);
	/* Batched: fewer transfer-page packets than frames. */
	ck_assert_uint_lt(s.rx_packets, s.rx_frames);
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
	netvsp_get_stats(NVC.dev, &s);
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
	ck_assert_int_eq(NVC.ops->open(NVC.ctx, &NVC.ch[1], ud), 0);
	NVC.ch[1].open = true;
	{
		uint8_t cm[40] = {0};
		pv_put_u32(cm, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
		nvf_deliver(1, VMRING_PKT_COMP, 0, x->tid, NULL, 0, cm, sizeof(cm));
	}
	complete_slot(x->tid);
	complete_slot(x->tid);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.unknown_completions, 2);
	ck_assert_uint_eq(s.slots_used, 0);
	nvf_down();
}
END_TEST

/* The guest's OID_TCP_OFFLOAD_PARAMETERS with RSC on or off for both families. */
static void set_rsc(bool on)
{
	struct rndis_offload_params p = {
		.header = {.type = RNDIS_NDIS_OBJECT_TYPE_DEFAULT,
			   .revision = RNDIS_OFFLOAD_PARAMS_REVISION_3,
			   .size = RNDIS_OFFLOAD_PARAMS_SIZE},
		.rsc_ipv4 = on ? RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED
			       : RNDIS_OFFLOAD_PARAM_SIMPLE_DISABLED,
		.rsc_ipv6 = on ? RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED
			       : RNDIS_OFFLOAD_PARAM_SIMPLE_DISABLED,
	};
	uint8_t b[RNDIS_OFFLOAD_PARAMS_SIZE];

	ck_assert_int_eq(rndis_offload_params_encode(&p, b, sizeof(b)), RNDIS_OFFLOAD_PARAMS_SIZE);
	ck_assert_uint_eq(nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_TCP_OFFLOAD_PARAMETERS, b,
				  sizeof(b), NULL, NULL),
			  RNDIS_STATUS_SUCCESS);
}

/*
 * A TCP super-frame (the loopback endpoint reflects an LSO send whole, as a
 * tap with offloads does): segmented at its MSS with every checksum filled
 * while the guest has not enabled RSC; once it has, the whole frame as RSC
 * fragments in one transfer-page packet, first and last marked, checksum
 * info on the first, the IP length set for the whole frame.
 */
START_TEST(gso_segmented_then_coalesced)
{
	static uint8_t f[6000], m[6144], r[2048], all[8000];
	uint32_t types[] = {RNDIS_PPI_TYPE_TCP_LARGESEND};
	uint32_t vals[] = {1000u | 34u << 20 | 1u << 30}, ppi, len, got = 0, nfrag;
	const uint32_t pktinfo = RNDIS_PPI_INTERNAL_TYPE_PKTINFO_ID | RNDIS_PPI_INTERNAL_MASK;
	struct netvsp_stats s;
	struct net_rx_meta meta;
	unsigned base;

	up(0x0d);
	len = nvf_tcp_frame(f, MAC, 5000);
	base = nvf_count_xfer();
	nvf_send_section(0, m, nvf_packet(m, f, len, types, vals, 1), 600);
	ck_assert_uint_eq(nvf_wait_comp(600), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(nvf_wait_xfer(base + 5), base + 5);
	for (unsigned k = 0; k < 5; k++) {
		uint32_t l = nvf_rx_frame(k, r, sizeof(r), RNDIS_PPI_TYPE_TCPIP_CHKSUM, &ppi);
		ck_assert_uint_eq(l, 54 + 1000);
		memset(&meta, 0, sizeof(meta));
		net_offload_rx_verify(r, l, &meta);
		ck_assert(meta.flags & NET_RX_TCP_CSUM_OK);
		ck_assert(meta.flags & NET_RX_IP_CSUM_OK);
		ck_assert(ppi & RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_SUCCEEDED_MASK);
		nvf_rx_frame(k, r, sizeof(r), pktinfo, &ppi);
		ck_assert_uint_eq(ppi, UINT32_MAX); /* not a fragment */
	}
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.rx_segmented, 1);
	ck_assert_uint_eq(s.rx_coalesced, 0);

	set_rsc(true);
	nfrag = (len + 1619) / 1620; /* 1728-byte slots less 108 of header */
	base = nvf_count_xfer();
	nvf_send_section(1, m, nvf_packet(m, f, len, types, vals, 1), 601);
	ck_assert_uint_eq(nvf_wait_comp(601), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(nvf_wait_xfer(base + nfrag), base + nfrag);
	for (unsigned k = 0; k < nfrag; k++) {
		uint32_t l = nvf_rx_frame(5 + k, r, sizeof(r), pktinfo, &ppi);
		uint32_t want = RNDIS_PKTINFO_ID_SUBALLOC_MASK;
		if (k == 0)
			want |= RNDIS_PKTINFO_ID_FIRST_FRAG_MASK;
		if (k == nfrag - 1)
			want |= RNDIS_PKTINFO_ID_LAST_FRAG_MASK;
		ck_assert_uint_eq(ppi, RNDIS_PKTINFO_ID_V1 | want << 8);
		ck_assert_uint_le(got + l, sizeof(all));
		memcpy(all + got, r, l);
		got += l;
		nvf_rx_frame(5 + k, r, sizeof(r), RNDIS_PPI_TYPE_TCPIP_CHKSUM, &ppi);
		if (k == 0)
			ck_assert_uint_eq(
				ppi, RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_SUCCEEDED_MASK |
					     RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_VALUE_INVALID_MASK |
					     RNDIS_CSUM_RX_INFO_IP_CHECKSUM_SUCCEEDED_MASK);
		else
			ck_assert_uint_eq(ppi, UINT32_MAX); /* Linux takes it from the first */
	}
	/* Joined: the frame, its IP length set and the IPv4 header checksum good. */
	ck_assert_uint_eq(got, len);
	ck_assert_uint_eq((uint32_t)all[16] << 8 | all[17], len - 14);
	ck_assert_uint_eq(net_csum_fold(net_csum_add(0, all + 14, 20)), 0);
	ck_assert_int_eq(memcmp(all + 54, f + 54, 5000), 0);
	/* One transfer-page packet. */
	{
		uint64_t tid = UINT64_MAX;
		unsigned n = 0;
		pthread_mutex_lock(&NVF.lock);
		for (unsigned i = 0; i < NVF.npk; i++)
			if (NVF.pk[i].type == VMRING_PKT_DATA_USING_XFER_PAGES &&
			    pv_get_u32(NVF.pk[i].msg) == RNDIS_MSG_TYPE_PACKET && n++ >= 5) {
				if (tid == UINT64_MAX)
					tid = NVF.pk[i].tid;
				ck_assert_uint_eq(NVF.pk[i].tid, tid);
				ck_assert_uint_eq(NVF.pk[i].nranges, nfrag);
			}
		pthread_mutex_unlock(&NVF.lock);
	}
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.rx_coalesced, 1);
	/* RSC off again: segmented. */
	set_rsc(false);
	base = nvf_count_xfer();
	nvf_send_section(2, m, nvf_packet(m, f, len, types, vals, 1), 602);
	ck_assert_uint_eq(nvf_wait_comp(602), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(nvf_wait_xfer(base + 5), base + 5);
	netvsp_get_stats(NVC.dev, &s);
	ck_assert_uint_eq(s.rx_segmented, 2);
	nvf_down();
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(backpressure_holds_frames),
					      PV_CASE(packet_filter),
					      PV_CASE(completion_must_match_owner),
					      PV_CASE(gso_segmented_then_coalesced),
					      {0}};

	return pv_check_run("netvsp_rx", cases);
}
