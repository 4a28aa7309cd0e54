/*
 * Software offloads against known checksums (computed independently from
 * RFC 1071 and the Microsoft RSS verification suite), TSO segmentation, and
 * hostile frames.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/offload.h"
#include "net_test_util.h"
#include "tests/unit/pv_check.h"

/* Frames with zeroed checksums and the values they must get. */
static const char v4_tcp[] = "02000000000102000000000208004500003412344000400600000a0000010a000002"
			     "04d20050000003e8000000005018ffff0000000068656c6c6f20776f726c6421";
static const char v4_udp[] = "02000000000102000000000208004500002112344000401100000a0000010a000002"
			     "14e914e9000d00006162636465";
static const char v6_tcp[] =
	"02000000000102000000000286dd6000000000250640fe800000000000000000000000000001fe8000000000"
	"000000000000000000029c4001bbfffffff00000000750100200000000003031323334353637383961626364"
	"656658";
static const char v6_udp[] =
	"02000000000102000000000286dd60000000000b1140fe800000000000000000000000000001fe8000000000"
	"00000000000000000002"
	"02220223000b000078797a";

START_TEST(test_ip_header_vector)
{
	/* The RFC 1071-style textbook header: checksum 0xb861. */
	uint8_t ip[20];

	hex2bin("450000730000400040110000c0a80001c0a800c7", ip);
	ck_assert_uint_eq(net_csum_fold(net_csum_add(0, ip, 20)), 0xb861);
	ip[10] = 0xb8;
	ip[11] = 0x61;
	ck_assert_uint_eq(net_csum_fold(net_csum_add(0, ip, 20)), 0);
}
END_TEST

static void check_csum(const char *hex, uint32_t flags, uint32_t ip_csum, uint32_t l4_field,
		       uint32_t l4_csum)
{
	uint8_t f[256];
	uint32_t len = hex2bin(hex, f);
	struct net_hdrs h;
	struct net_rx_meta m = {0};

	ck_assert_int_eq(net_parse(f, len, &h), 0);
	net_offload_rx_verify(f, len, &m);
	/* Zeroed: wrong, or for IPv4 UDP "no checksum"; never verified good. */
	ck_assert(!(m.flags & (NET_RX_TCP_CSUM_OK | NET_RX_UDP_CSUM_OK)));
	ck_assert_int_eq(net_offload_csum(f, len, &h, flags), 0);
	if (flags & NET_TX_CSUM_IP)
		ck_assert_uint_eq(pv_get_be16(f + 24), ip_csum);
	ck_assert_uint_eq(pv_get_be16(f + h.l4_off + l4_field), l4_csum);
	memset(&m, 0, sizeof(m));
	net_offload_rx_verify(f, len, &m);
	ck_assert(!(m.flags & (NET_RX_IP_CSUM_BAD | NET_RX_TCP_CSUM_BAD | NET_RX_UDP_CSUM_BAD)));
	ck_assert(m.flags & (NET_RX_TCP_CSUM_OK | NET_RX_UDP_CSUM_OK));
}

START_TEST(test_csum_vectors)
{
	check_csum(v4_tcp, NET_TX_CSUM_IP | NET_TX_CSUM_TCP, 0x148e, 16, 0x00c5);
	check_csum(v4_udp, NET_TX_CSUM_IP | NET_TX_CSUM_UDP, 0x1496, 6, 0x9838);
	check_csum(v6_tcp, NET_TX_CSUM_TCP, 0, 16, 0x8b94);
	check_csum(v6_udp, NET_TX_CSUM_UDP, 0, 6, 0x0c15);
}
END_TEST

START_TEST(test_csum_ethernet_padding)
{
	/* A short UDP frame padded to 60 bytes: the padding is not payload. */
	uint8_t f[64] = {0};
	uint32_t len = hex2bin(v4_udp, f);
	struct net_hdrs h;

	ck_assert_uint_lt(len, 60);
	memset(f + len, 0xee, 60 - len);
	ck_assert_int_eq(net_parse(f, 60, &h), 0);
	ck_assert_int_eq(net_offload_csum(f, 60, &h, NET_TX_CSUM_UDP), 0);
	ck_assert_uint_eq(pv_get_be16(f + h.l4_off + 6), 0x9838);
}
END_TEST

START_TEST(test_csum_wrong_protocol)
{
	uint8_t f[256];
	uint32_t len = hex2bin(v4_tcp, f);
	struct net_hdrs h;

	ck_assert_int_eq(net_parse(f, len, &h), 0);
	ck_assert_int_eq(net_offload_csum(f, len, &h, NET_TX_CSUM_UDP), -EINVAL);
	len = hex2bin(v6_tcp, f);
	ck_assert_int_eq(net_parse(f, len, &h), 0);
	ck_assert_int_eq(net_offload_csum(f, len, &h, NET_TX_CSUM_IP), -EINVAL);
}
END_TEST

START_TEST(test_parse_hostile)
{
	uint8_t f[256];
	uint32_t len = hex2bin(v4_tcp, f);
	struct net_hdrs h;

	/* Every truncation of a valid frame parses cleanly or fails, never overreads. */
	for (uint32_t n = 0; n < len; n++) {
		uint8_t *copy = malloc(n ? n : 1);

		memcpy(copy, f, n);
		int rc = net_parse(copy, n, &h);
		ck_assert(rc == 0 || rc == -EINVAL);
		if (rc == 0 && n >= 14 + 20)
			ck_assert_uint_le(h.hdr_len, n);
		free(copy);
	}
	ck_assert_int_eq(net_parse(f, 13, &h), -EINVAL);
	ck_assert_int_eq(net_parse(f, 14 + 19, &h), -EINVAL);
	f[14] = 0x44; /* IHL 4: shorter than the minimum header */
	ck_assert_int_eq(net_parse(f, len, &h), -EINVAL);
	f[14] = 0x4f; /* IHL 15: 60 bytes, past the TCP header */
	ck_assert_int_eq(net_parse(f, 14 + 40, &h), -EINVAL);
	hex2bin(v4_tcp, f);
	f[14 + 20 + 12] = 0xf0; /* TCP data offset 60 bytes past the frame */
	ck_assert_int_eq(net_parse(f, len, &h), -EINVAL);
	f[14 + 20 + 12] = 0x40; /* TCP data offset 16 < 20 */
	ck_assert_int_eq(net_parse(f, len, &h), -EINVAL);
	/* An IP length past the frame is ignored, not believed. */
	hex2bin(v4_tcp, f);
	f[16] = 0xff;
	ck_assert_int_eq(net_parse(f, len, &h), 0);
	ck_assert_uint_eq(h.ip_len, 0);
	/* IPv6 extension header running past the frame. */
	len = hex2bin(v6_tcp, f);
	f[14 + 6] = 0;         /* next header: hop-by-hop */
	f[14 + 40 + 1] = 0xff; /* ext length 2048 bytes */
	ck_assert_int_eq(net_parse(f, len, &h), -EINVAL);
}
END_TEST

START_TEST(test_vlan_parse_and_strip)
{
	uint8_t f[256], t[260];
	uint32_t len = hex2bin(v4_udp, f);
	struct net_hdrs h;
	struct net_rx_meta m = {0};

	memcpy(t, f, 12);
	t[12] = 0x81;
	t[13] = 0x00;
	t[14] = 0x20;
	t[15] = 0x05; /* PCP 1, VID 5 */
	memcpy(t + 16, f + 12, len - 12);
	ck_assert_int_eq(net_parse(t, len + 4, &h), 0);
	ck_assert(h.has_vlan);
	ck_assert_uint_eq(h.l3_off, 18);
	ck_assert_uint_eq(h.vlan_tci, 0x2005);
	ck_assert_uint_eq(net_offload_rx_vlan_strip(t, len + 4, &m), 4);
	ck_assert(m.flags & NET_RX_VLAN);
	ck_assert_uint_eq(m.vlan_tci, 0x2005);
	ck_assert_mem_eq(t + 4, f, len);
	memset(&m, 0, sizeof(m));
	ck_assert_uint_eq(net_offload_rx_vlan_strip(f, len, &m), 0);
	ck_assert_uint_eq(m.flags, 0);
}
END_TEST

/* --- TSO ------------------------------------------------------------ */

#define PAYLOAD 3500
#define MSS 1000

struct seg_log {
	int n;
	uint8_t frames[8][2048];
	uint32_t lens[8];
};

static int log_emit(void *ctx, const uint8_t *f, uint32_t len)
{
	struct seg_log *l = ctx;

	ck_assert_int_lt(l->n, 8);
	ck_assert_uint_le(len, sizeof(l->frames[0]));
	memcpy(l->frames[l->n], f, len);
	l->lens[l->n++] = len;
	return 0;
}

/* An LSO super-frame as Linux netvsc sends it: IP length and checksums 0. */
static uint32_t build_super(uint8_t *f, int ipv6)
{
	uint32_t l3 = 14, l4, n;
	static const uint8_t tcp_opts[12] = {1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2};

	memset(f, 0, 14 + 60 + 32 + PAYLOAD);
	hex2bin("020000000001020000000002", f);
	if (!ipv6) {
		f[12] = 0x08;
		f[l3] = 0x45;
		f[l3 + 4] = 0x10; /* id 0x1000 */
		f[l3 + 6] = 0x40;
		f[l3 + 8] = 64;
		f[l3 + 9] = 6;
		hex2bin("0a0000010a000002", f + l3 + 12);
		l4 = l3 + 20;
	} else {
		f[12] = 0x86;
		f[13] = 0xdd;
		f[l3] = 0x60;
		f[l3 + 6] = 6;
		f[l3 + 7] = 64;
		hex2bin("fe800000000000000000000000000001fe800000000000000000000000000002",
			f + l3 + 8);
		l4 = l3 + 40;
	}
	hex2bin("9c400050fffffe0000000001", f + l4); /* ports, seq 0xfffffe00, ack 1 */
	f[l4 + 12] = 8 << 4;                         /* 32-byte header */
	f[l4 + 13] = 0x80 | 0x10 | 0x08 | 0x01;      /* CWR ACK PSH FIN */
	memcpy(f + l4 + 20, tcp_opts, sizeof(tcp_opts));
	n = l4 + 32;
	for (uint32_t i = 0; i < PAYLOAD; i++)
		f[n + i] = (uint8_t)(i * 7);
	return n + PAYLOAD;
}

static void check_tso(int ipv6)
{
	static uint8_t f[8192], scratch[2048];
	static struct seg_log log;
	uint32_t len = build_super(f, ipv6);
	uint32_t l4 = ipv6 ? 54 : 34, hl = l4 + 32;
	struct net_tx_meta m = {.flags = (ipv6 ? NET_TX_IPV6 : NET_TX_IPV4 | NET_TX_CSUM_IP) |
					 NET_TX_CSUM_TCP | NET_TX_LSO,
				.mss = MSS,
				.l4_off = (uint16_t)l4};

	memset(&log, 0, sizeof(log));
	ck_assert_int_eq(net_offload_tx(f, len, &m, scratch, sizeof(scratch), log_emit, &log), 0);
	ck_assert_int_eq(log.n, 4);
	for (int i = 0; i < 4; i++) {
		const uint8_t *s = log.frames[i];
		uint32_t chunk = i < 3 ? MSS : PAYLOAD - 3 * MSS;
		struct net_rx_meta rm = {0};
		uint8_t fl = s[l4 + 13];

		ck_assert_uint_eq(log.lens[i], hl + chunk);
		if (!ipv6) {
			ck_assert_uint_eq(pv_get_be16(s + 16), hl - 14 + chunk);
			ck_assert_uint_eq(pv_get_be16(s + 18), 0x1000 + i);
		} else {
			ck_assert_uint_eq(pv_get_be16(s + 18), hl - 54 + chunk);
		}
		/* The sequence number wraps past 2^32 in the third segment. */
		ck_assert_uint_eq(pv_get_be32(s + l4 + 4),
				  (uint32_t)(0xfffffe00u + (uint32_t)i * MSS));
		ck_assert_uint_eq(pv_get_be32(s + l4 + 8), 1);
		ck_assert_uint_eq(!!(fl & 0x80), i == 0);
		ck_assert_uint_eq(!!(fl & 0x08), i == 3);
		ck_assert_uint_eq(!!(fl & 0x01), i == 3);
		ck_assert(fl & 0x10);
		ck_assert_mem_eq(s + l4 + 20, f + l4 + 20, 12);
		ck_assert_mem_eq(s + hl, f + hl + (uint32_t)i * MSS, chunk);
		net_offload_rx_verify(s, log.lens[i], &rm);
		ck_assert(rm.flags & NET_RX_TCP_CSUM_OK);
		ck_assert(!(rm.flags & (NET_RX_TCP_CSUM_BAD | NET_RX_IP_CSUM_BAD)));
		if (!ipv6)
			ck_assert(rm.flags & NET_RX_IP_CSUM_OK);
	}
}

START_TEST(test_tso_ipv4)
{
	check_tso(0);
}
END_TEST

START_TEST(test_tso_ipv6)
{
	check_tso(1);
}
END_TEST

START_TEST(test_tso_hostile)
{
	static uint8_t f[8192], scratch[2048];
	static struct seg_log log;
	uint32_t len = build_super(f, 0);
	struct net_hdrs h;

	ck_assert_int_eq(net_parse(f, len, &h), 0);
	ck_assert_int_eq(net_offload_tso(f, len, &h, 47, scratch, sizeof(scratch), log_emit, &log),
			 -EINVAL);
	ck_assert_int_eq(net_offload_tso(f, len, &h, 1500, scratch, 1500, log_emit, &log), -EINVAL);
	/* Headers only, no payload. */
	ck_assert_int_eq(
		net_offload_tso(f, h.hdr_len, &h, MSS, scratch, sizeof(scratch), log_emit, &log),
		-EINVAL);
	/* The metadata disagrees with the frame. */
	struct net_tx_meta m = {.flags = NET_TX_IPV6 | NET_TX_LSO, .mss = MSS};
	ck_assert_int_eq(net_offload_tx(f, len, &m, scratch, sizeof(scratch), log_emit, &log),
			 -EINVAL);
	m = (struct net_tx_meta){.flags = NET_TX_IPV4 | NET_TX_LSO, .mss = MSS, .l4_off = 40};
	ck_assert_int_eq(net_offload_tx(f, len, &m, scratch, sizeof(scratch), log_emit, &log),
			 -EINVAL);
	/* A UDP frame cannot be TCP-segmented. */
	len = hex2bin(v4_udp, f);
	ck_assert_int_eq(net_parse(f, len, &h), 0);
	ck_assert_int_eq(net_offload_tso(f, len, &h, MSS, scratch, sizeof(scratch), log_emit, &log),
			 -EINVAL);
	ck_assert_int_eq(log.n, 0);
}
END_TEST

/* --- RSS ------------------------------------------------------------ */

static const uint8_t ms_key[40] = {0x6d, 0x5a, 0x56, 0xda, 0x25, 0x5b, 0x0e, 0xc2, 0x41, 0x67,
				   0x25, 0x3d, 0x43, 0xa3, 0x8f, 0xb0, 0xd0, 0xca, 0x2b, 0xcb,
				   0xae, 0x7b, 0x30, 0xb4, 0x77, 0xcb, 0x2d, 0xa3, 0x80, 0x30,
				   0xf2, 0x0c, 0x6a, 0x42, 0xb7, 0x3b, 0xbe, 0xac, 0x01, 0xfa};

START_TEST(test_toeplitz_vectors)
{
	/* Microsoft's RSS verification suite: 66.9.149.187:2794 -> 161.142.100.80:1766. */
	uint8_t in[12] = {66, 9, 149, 187, 161, 142, 100, 80, 0x0a, 0xea, 0x06, 0xe6};

	ck_assert_uint_eq(net_toeplitz(ms_key, 40, in, 8), 0x323e8fc2);
	ck_assert_uint_eq(net_toeplitz(ms_key, 40, in, 12), 0x51ccc178);
	/* 199.92.111.2:14230 -> 65.69.140.83:4739 */
	uint8_t in2[12] = {199, 92, 111, 2, 65, 69, 140, 83, 0x37, 0x96, 0x12, 0x83};
	ck_assert_uint_eq(net_toeplitz(ms_key, 40, in2, 8), 0xd718262a);
	ck_assert_uint_eq(net_toeplitz(ms_key, 40, in2, 12), 0xc626b0ea);
	/* A key too short for the input gives no hash rather than an overread. */
	ck_assert_uint_eq(net_toeplitz(ms_key, 8, in, 8), 0);
}
END_TEST

START_TEST(test_rss_hash_frame)
{
	uint8_t f[256];
	uint32_t len = hex2bin(v4_tcp, f);
	struct net_rss rss = {.hash_types = NET_HASH_IPV4 | NET_HASH_TCP_IPV4, .key_len = 40};
	struct net_rx_meta m = {0};
	uint8_t in[12] = {10, 0, 0, 1, 10, 0, 0, 2, 0x04, 0xd2, 0x00, 0x50};

	memcpy(rss.key, ms_key, 40);
	ck_assert(net_rss_hash(f, len, &rss, &m));
	ck_assert_uint_eq(m.hash_type, NET_HASH_TCP_IPV4);
	ck_assert_uint_eq(m.hash, net_toeplitz(ms_key, 40, in, 12));
	rss.hash_types = NET_HASH_IPV4;
	memset(&m, 0, sizeof(m));
	ck_assert(net_rss_hash(f, len, &rss, &m));
	ck_assert_uint_eq(m.hash_type, NET_HASH_IPV4);
	ck_assert_uint_eq(m.hash, net_toeplitz(ms_key, 40, in, 8));
	rss.hash_types = NET_HASH_IPV6;
	memset(&m, 0, sizeof(m));
	ck_assert(!net_rss_hash(f, len, &rss, &m));
	ck_assert_uint_eq(m.flags, 0);
}
END_TEST

static int count_emit(void *ctx, const uint8_t *f, uint32_t len)
{
	(*(uint32_t *)ctx)++;
	ck_assert_uint_le(len, 8192);
	return f[0] == 0xee ? -EIO : 0; /* exercise emit errors too */
}

START_TEST(test_mutated_frames)
{
	/* Mutations of valid frames through every entry point: under ASan this
	 * shows no read or write outside the frame; here, that nothing fails
	 * other than with -EINVAL or the emitter's error. */
	static uint8_t base[4][8192], f[8192], scratch[2048];
	static const char *const hex[3] = {v4_tcp, v4_udp, v6_tcp};
	uint32_t lens[4], seed = 12345;

	for (int i = 0; i < 3; i++)
		lens[i] = hex2bin(hex[i], base[i]);
	lens[3] = build_super(base[3], 1);
	for (int iter = 0; iter < 20000; iter++) {
		int b = iter % 4;
		uint32_t len = lens[b], n;
		struct net_tx_meta m = {0};
		struct net_rx_meta rm = {0};
		struct net_rss rss = {.hash_types = 0x3f, .key_len = 40};

		memcpy(f, base[b], len);
		for (int k = 0; k < 4; k++) {
			seed = seed * 1103515245 + 12345;
			f[(seed >> 8) % len] = (uint8_t)(seed >> 20);
		}
		seed = seed * 1103515245 + 12345;
		len -= (seed >> 16) % (len / 2 + 1);
		m.flags = (seed >> 4) & 0x3f;
		m.mss = (uint16_t)(seed >> 10);
		m.l4_off = (seed & 1) ? 0 : (uint16_t)((seed >> 13) % 80);
		n = 0;
		int rc = net_offload_tx(f, len, &m, scratch, sizeof(scratch), count_emit, &n);
		ck_assert(rc == 0 || rc == -EINVAL || rc == -EIO);
		net_offload_rx_verify(f, len, &rm);
		net_rss_hash(f, len, &rss, &rm);
		net_offload_rx_vlan_strip(f, len, &rm);
	}
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_ip_header_vector),
					      PV_CASE(test_csum_vectors),
					      PV_CASE(test_csum_ethernet_padding),
					      PV_CASE(test_csum_wrong_protocol),
					      PV_CASE(test_parse_hostile),
					      PV_CASE(test_vlan_parse_and_strip),
					      PV_CASE(test_tso_ipv4),
					      PV_CASE(test_tso_ipv6),
					      PV_CASE(test_tso_hostile),
					      PV_CASE(test_toeplitz_vectors),
					      PV_CASE(test_rss_hash_frame),
					      PV_CASE(test_mutated_frames),
					      {0}};

	return pv_check_run("offload", cases);
}
