/*
 * Frame helpers for the netvsp data-path unit tests (on top of nv_fake.h):
 * RNDIS PACKET messages with per-packet info, sent through send-buffer
 * sections, and the frames the device writes into the receive buffer.
 */
#ifndef NV_FRAMES_H
#define NV_FRAMES_H

#include "devices/net/offload.h"
#include "nv_fake.h"

/* RNDIS PACKET with optional per-packet-info entries (type, u32 value). */
static __attribute__((unused)) uint32_t nvf_packet(uint8_t *m, const void *frame, uint32_t len,
						   const uint32_t *ppi_types,
						   const uint32_t *ppi_vals, unsigned nppi)
{
	uint32_t ppi = 16 * nppi, total = 44 + ppi + len;

	memset(m, 0, 44 + ppi);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_PACKET);
	pv_put_u32(m + 4, total);
	pv_put_u32(m + 8, 36 + ppi);
	pv_put_u32(m + 12, len);
	pv_put_u32(m + 28, nppi ? 36 : 0);
	pv_put_u32(m + 32, ppi);
	for (unsigned i = 0; i < nppi; i++) {
		pv_put_u32(m + 44 + 16 * i, 16);
		pv_put_u32(m + 44 + 16 * i + 4, ppi_types[i]);
		pv_put_u32(m + 44 + 16 * i + 8, 12);
		pv_put_u32(m + 44 + 16 * i + 12, ppi_vals[i]);
	}
	memcpy(m + 44 + ppi, frame, len);
	return total;
}

/* Sends `len` bytes of RNDIS in section `sec` on channel 0 with trans_id `tid`. */
static __attribute__((unused)) void nvf_send_section(uint32_t sec, const void *msg, uint32_t len,
						     uint64_t tid)
{
	ck_assert_int_eq(rt_gmem_write(NVC.g, NVC_SEND_BASE + (uint64_t)sec * 6144, msg, len), 0);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RNDIS_PKT, 0, sec, len, tid); /* channel type 0: RNDIS data */
}

/* Waits for a completion with `tid`; returns its NVSP status. */
static __attribute__((unused)) uint32_t nvf_wait_comp(uint64_t tid)
{
	const struct nvf_pkt *c = NULL;

	POLL_UNTIL(TEST_WAIT_S, (c = nvf_find(VMRING_PKT_COMP, tid)) != NULL);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, 40);
	return pv_get_u32(c->data + 4);
}

/* Number of transfer-page packets recorded so far. */
static __attribute__((unused)) unsigned nvf_count_xfer(void)
{
	return nvf_count(VMRING_PKT_DATA_USING_XFER_PAGES);
}

/* Waits until at least `n` transfer-page packets were sent; returns the count. */
static __attribute__((unused)) unsigned nvf_wait_xfer(unsigned n)
{
	unsigned got = 0;

	POLL_UNTIL(TEST_WAIT_S, (got = nvf_count_xfer()) >= n);
	return got;
}

/*
 * Reads the k-th (0-based) received RNDIS PACKET: its frame into f (returns
 * the length) and the value of its per-packet info of `ppi_type` (or
 * UINT32_MAX when absent) into *ppi.
 */
static __attribute__((unused)) uint32_t nvf_rx_frame(unsigned k, uint8_t *f, uint32_t cap,
						     uint32_t ppi_type, uint32_t *ppi)
{
	uint8_t m[2048];
	uint32_t len = 0;
	unsigned seen = 0;
	bool found = false;

	pthread_mutex_lock(&NVF.lock);
	for (unsigned i = 0; i < NVF.npk && !found; i++)
		if (NVF.pk[i].type == VMRING_PKT_DATA_USING_XFER_PAGES && NVF.pk[i].msg_len >= 4 &&
		    pv_get_u32(NVF.pk[i].msg) == RNDIS_MSG_TYPE_PACKET && seen++ == k) {
			len = NVF.pk[i].msg_len;
			memcpy(m, NVF.pk[i].msg, len);
			found = true;
		}
	pthread_mutex_unlock(&NVF.lock);
	ck_assert(found);
	{
		struct rndis_packet p;
		ck_assert_int_eq(rndis_packet_decode(m, len, NULL, &p), PV_OK);
		ck_assert_uint_le(p.data_len, cap);
		memcpy(f, m + 8 + p.data_offset, p.data_len);
		*ppi = UINT32_MAX;
		for (uint32_t o = 0; o + 12 <= p.per_pkt_info_len;) {
			const uint8_t *e = m + 8 + p.per_pkt_info_offset + o;
			if (pv_get_u32(e + 4) == ppi_type)
				*ppi = pv_get_u32(e + pv_get_u32(e + 8));
			o += pv_get_u32(e);
			if (!pv_get_u32(e))
				break;
		}
		return p.data_len;
	}
}

/* Brings the device up to RNDIS data with packet filter `filter`. */
static __attribute__((unused)) void nvf_data_up(const char *endpoint, const char *arg,
						uint32_t filter)
{
	uint8_t v[4];

	nvf_up(endpoint, arg, 0);
	nvf_nvsp_up(NVSP_VERSION_V61);
	ck_assert_uint_eq(nvf_rndis_init(), RNDIS_STATUS_SUCCESS);
	pv_put_u32(v, filter);
	ck_assert_uint_eq(
		nvf_oid(RNDIS_MSG_TYPE_SET, RNDIS_OID_GEN_CURRENT_PACKET_FILTER, v, 4, NULL, NULL),
		RNDIS_STATUS_SUCCESS);
}

/*
 * Ethernet + IPv4 + TCP (20-byte header, ACK|PSH) + n payload bytes to dst,
 * IP total length left 0 as Linux sends a large send; returns its length.
 */
static __attribute__((unused)) uint32_t nvf_tcp_frame(uint8_t *f, const uint8_t dst[6], uint32_t n)
{
	memset(f, 0, 54);
	memcpy(f, dst, 6);
	memcpy(f + 6, "\x02\x00\x00\x00\x00\x09", 6);
	f[12] = 0x08;
	f[14] = 0x45;
	f[22] = 64;
	f[23] = 6;
	memcpy(f + 26, "\x0a\x00\x00\x01\x0a\x00\x00\x02", 8);
	f[46] = 0x50; /* data offset 5 words */
	f[47] = 0x18;
	for (uint32_t i = 0; i < n; i++)
		f[54 + i] = (uint8_t)(i * 7);
	return 54 + n;
}

/* Ethernet + IPv4 + UDP frame to `dst` with zeroed checksums; returns its length. */
static __attribute__((unused)) uint32_t nvf_udp_frame(uint8_t *f, const uint8_t dst[6],
						      uint32_t payload)
{
	uint32_t len = 14 + 20 + 8 + payload;

	memset(f, 0, len);
	memcpy(f, dst, 6);
	memcpy(f + 6, "\x02\x00\x00\x00\x00\x09", 6);
	f[12] = 0x08;
	f[14] = 0x45;
	f[16] = (uint8_t)((20 + 8 + payload) >> 8);
	f[17] = (uint8_t)(20 + 8 + payload);
	f[22] = 64;
	f[23] = 17;
	memcpy(f + 26, "\x0a\x00\x00\x01\x0a\x00\x00\x02", 8);
	f[34] = 0x12;
	f[35] = 0x34;
	f[36] = 0x56;
	f[37] = 0x78;
	f[38] = (uint8_t)((8 + payload) >> 8);
	f[39] = (uint8_t)(8 + payload);
	for (uint32_t i = 0; i < payload; i++)
		f[42 + i] = (uint8_t)(i * 7);
	return len;
}

#endif
