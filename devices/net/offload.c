/*
 * Software checksums, TCP segmentation, receive verification and RSS
 * hashing on hostile frames.
 */
#include <errno.h>
#include <string.h>

#include "devices/net/offload.h"

static inline uint16_t rd16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static inline void wr16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static inline void wr32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

#define IPV6_HLEN 40u
#define IPV6_MAX_EXT 8
#define TCP_HLEN 20u
#define UDP_HLEN 8u
#define TCP_FIN 0x01
#define TCP_PSH 0x08
#define TCP_CWR 0x80

static int parse_ipv6(const uint8_t *f, uint32_t len, struct net_hdrs *h)
{
	const uint8_t *ip = f + h->l3_off;
	uint32_t off = h->l3_off + IPV6_HLEN;
	uint8_t nh;

	if (h->l3_off + IPV6_HLEN > len || (ip[0] >> 4) != 6)
		return -EINVAL;
	h->ip_ver = 6;
	h->ip_len = IPV6_HLEN + rd16(ip + 4);
	nh = ip[6];
	for (int i = 0; i < IPV6_MAX_EXT; i++) {
		if (nh != 0 && nh != 43 && nh != 60 && nh != 44)
			break;
		if (off + 8 > len)
			return -EINVAL;
		if (nh == 44) {
			/* Only an unfragmented "atomic" fragment header keeps L4 usable. */
			if (rd16(f + off + 2) & 0xfff9)
				h->ip_frag = true;
			nh = f[off];
			off += 8;
			continue;
		}
		uint32_t ext = ((uint32_t)f[off + 1] + 1) * 8;
		nh = f[off];
		off += ext;
		if (off > len)
			return -EINVAL;
	}
	h->l4_proto = nh;
	h->l4_off = (uint16_t)off;
	return 0;
}

static int parse_ipv4(const uint8_t *f, uint32_t len, struct net_hdrs *h)
{
	const uint8_t *ip = f + h->l3_off;
	uint32_t ihl;

	if (h->l3_off + 20u > len || (ip[0] >> 4) != 4)
		return -EINVAL;
	ihl = (ip[0] & 0xf) * 4u;
	if (ihl < 20 || h->l3_off + ihl > len)
		return -EINVAL;
	h->ip_ver = 4;
	h->ip_len = rd16(ip + 2);
	h->l4_proto = ip[9];
	h->ip_frag = (rd16(ip + 6) & 0x3fff) != 0;
	h->l4_off = (uint16_t)(h->l3_off + ihl);
	return 0;
}

int net_parse(const uint8_t *f, uint32_t len, struct net_hdrs *h)
{
	int rc;

	memset(h, 0, sizeof(*h));
	if (len < NET_ETH_HLEN)
		return -EINVAL;
	h->ethertype = rd16(f + 12);
	h->l3_off = NET_ETH_HLEN;
	if (h->ethertype == NET_ETH_P_8021Q) {
		if (len < NET_ETH_HLEN + NET_VLAN_HLEN)
			return -EINVAL;
		h->has_vlan = true;
		h->vlan_tci = rd16(f + 14);
		h->ethertype = rd16(f + 16);
		h->l3_off += NET_VLAN_HLEN;
	}
	h->hdr_len = h->l3_off;
	if (h->ethertype == NET_ETH_P_IPV4)
		rc = parse_ipv4(f, len, h);
	else if (h->ethertype == NET_ETH_P_IPV6)
		rc = parse_ipv6(f, len, h);
	else
		return 0;
	if (rc)
		return rc;
	/* A length field past the frame (or 0, as LSO frames carry) is unusable. */
	if (h->ip_len > len - h->l3_off || h->ip_len < (uint32_t)(h->l4_off - h->l3_off))
		h->ip_len = 0;
	h->hdr_len = h->l4_off;
	if (h->ip_frag)
		return 0;
	if (h->l4_proto == NET_IPPROTO_TCP) {
		uint32_t doff;

		if (h->l4_off + TCP_HLEN > len)
			return -EINVAL;
		doff = (f[h->l4_off + 12] >> 4) * 4u;
		if (doff < TCP_HLEN || h->l4_off + doff > len)
			return -EINVAL;
		h->hdr_len = (uint16_t)(h->l4_off + doff);
	} else if (h->l4_proto == NET_IPPROTO_UDP) {
		if (h->l4_off + UDP_HLEN > len)
			return -EINVAL;
		h->hdr_len = (uint16_t)(h->l4_off + UDP_HLEN);
	}
	return 0;
}

uint64_t net_csum_add(uint64_t sum, const void *buf, size_t len)
{
	const uint8_t *p = buf;

	for (; len >= 2; p += 2, len -= 2)
		sum += rd16(p);
	if (len)
		sum += (uint64_t)p[0] << 8;
	return sum;
}

uint16_t net_csum_fold(uint64_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

uint64_t net_csum_pseudo(const uint8_t *f, const struct net_hdrs *h, uint32_t l4_len)
{
	const uint8_t *ip = f + h->l3_off;
	uint64_t sum = 0;

	if (h->ip_ver == 4)
		sum = net_csum_add(sum, ip + 12, 8);
	else
		sum = net_csum_add(sum, ip + 8, 32);
	sum += h->l4_proto;
	sum += l4_len >> 16;
	sum += l4_len & 0xffff;
	return sum;
}

/* End of the L4 payload: the IP length when usable, else the frame end. */
static uint32_t l4_end(const struct net_hdrs *h, uint32_t len)
{
	return h->ip_len ? h->l3_off + h->ip_len : len;
}

static void fill_ip_csum(uint8_t *f, const struct net_hdrs *h)
{
	uint8_t *ip = f + h->l3_off;
	uint32_t ihl = (uint32_t)(h->l4_off - h->l3_off);

	wr16(ip + 10, 0);
	wr16(ip + 10, net_csum_fold(net_csum_add(0, ip, ihl)));
}

static void fill_l4_csum(uint8_t *f, const struct net_hdrs *h, uint32_t end)
{
	uint32_t l4_len = end - h->l4_off;
	uint8_t *l4 = f + h->l4_off;
	uint8_t *field = l4 + (h->l4_proto == NET_IPPROTO_TCP ? 16 : 6);
	uint16_t c;

	wr16(field, 0);
	c = net_csum_fold(net_csum_add(net_csum_pseudo(f, h, l4_len), l4, l4_len));
	/* UDP sends 0 as "no checksum"; a computed 0 is written as all ones. */
	if (c == 0 && h->l4_proto == NET_IPPROTO_UDP)
		c = 0xffff;
	wr16(field, c);
}

int net_offload_csum(uint8_t *f, uint32_t len, const struct net_hdrs *h, uint32_t flags)
{
	if (flags & NET_TX_CSUM_IP) {
		if (h->ip_ver != 4)
			return -EINVAL;
		fill_ip_csum(f, h);
	}
	if (flags & (NET_TX_CSUM_TCP | NET_TX_CSUM_UDP)) {
		uint8_t want = (flags & NET_TX_CSUM_TCP) ? NET_IPPROTO_TCP : NET_IPPROTO_UDP;

		if (!h->ip_ver || h->ip_frag || h->l4_proto != want || h->hdr_len == h->l4_off)
			return -EINVAL;
		fill_l4_csum(f, h, l4_end(h, len));
	}
	return 0;
}

int net_offload_tso(const uint8_t *f, uint32_t len, const struct net_hdrs *h, uint32_t mss,
		    uint8_t *scratch, size_t cap, net_frame_fn emit, void *ctx)
{
	uint32_t hl = h->hdr_len, payload, seq, off;
	uint16_t ip_id = 0;
	uint8_t flags;
	int rc;

	if (!h->ip_ver || h->ip_frag || h->l4_proto != NET_IPPROTO_TCP || h->hdr_len <= h->l4_off)
		return -EINVAL;
	if (mss < NET_TSO_MIN_MSS || mss > 0xffff || hl >= len)
		return -EINVAL;
	/* The super-frame's IP length is not trusted (Linux sends 0): use the frame. */
	payload = len - hl;
	if (cap < (size_t)hl + (payload < mss ? payload : mss))
		return -EINVAL;
	if (h->ip_ver == 4)
		ip_id = rd16(f + h->l3_off + 4);
	seq = rd32(f + h->l4_off + 4);
	flags = f[h->l4_off + 13];

	for (off = 0; off < payload; off += mss) {
		uint32_t chunk = payload - off < mss ? payload - off : mss;
		uint32_t flen = hl + chunk;
		struct net_hdrs sh = *h;
		uint8_t *tcp = scratch + h->l4_off;
		uint8_t fl = flags;

		memcpy(scratch, f, hl);
		memcpy(scratch + hl, f + hl + off, chunk);
		if (h->ip_ver == 4) {
			uint8_t *ip = scratch + h->l3_off;

			wr16(ip + 2, (uint16_t)(flen - h->l3_off));
			wr16(ip + 4, (uint16_t)(ip_id + off / mss));
			fill_ip_csum(scratch, &sh);
		} else {
			wr16(scratch + h->l3_off + 4, (uint16_t)(flen - h->l3_off - IPV6_HLEN));
		}
		sh.ip_len = flen - h->l3_off;
		wr32(tcp + 4, seq + off);
		if (off + chunk < payload)
			fl &= (uint8_t) ~(TCP_FIN | TCP_PSH);
		if (off)
			fl &= (uint8_t)~TCP_CWR;
		tcp[13] = fl;
		fill_l4_csum(scratch, &sh, flen);
		rc = emit(ctx, scratch, flen);
		if (rc)
			return rc;
	}
	return 0;
}

int net_offload_tx(uint8_t *f, uint32_t len, const struct net_tx_meta *m, uint8_t *scratch,
		   size_t cap, net_frame_fn emit, void *ctx)
{
	struct net_hdrs h;
	uint32_t want = m ? m->flags : 0;
	int rc;

	if (!(want & (NET_TX_CSUM_IP | NET_TX_CSUM_TCP | NET_TX_CSUM_UDP | NET_TX_LSO)))
		return emit(ctx, f, len);
	rc = net_parse(f, len, &h);
	if (rc)
		return rc;
	if (((want & NET_TX_IPV4) && h.ip_ver != 4) || ((want & NET_TX_IPV6) && h.ip_ver != 6))
		return -EINVAL;
	if (m->l4_off && m->l4_off != h.l4_off)
		return -EINVAL;
	if (want & NET_TX_LSO) {
		/* The IPv4 header checksum is redone per segment anyway. */
		return net_offload_tso(f, len, &h, m->mss, scratch, cap, emit, ctx);
	}
	rc = net_offload_csum(f, len, &h, want);
	if (rc)
		return rc;
	return emit(ctx, f, len);
}

void net_offload_rx_verify(const uint8_t *f, uint32_t len, struct net_rx_meta *m)
{
	struct net_hdrs h;
	uint32_t end, l4_len;
	uint64_t sum;

	if (net_parse(f, len, &h) || !h.ip_ver)
		return;
	if (h.ip_ver == 4) {
		sum = net_csum_add(0, f + h.l3_off, (size_t)(h.l4_off - h.l3_off));
		m->flags |= net_csum_fold(sum) == 0 ? NET_RX_IP_CSUM_OK : NET_RX_IP_CSUM_BAD;
	}
	/* Without a trustworthy IP length the L4 extent is unknown. */
	if (h.ip_frag || !h.ip_len || h.hdr_len == h.l4_off)
		return;
	end = l4_end(&h, len);
	l4_len = end - h.l4_off;
	if (h.l4_proto == NET_IPPROTO_UDP && h.ip_ver == 4 && rd16(f + h.l4_off + 6) == 0)
		return;
	sum = net_csum_add(net_csum_pseudo(f, &h, l4_len), f + h.l4_off, l4_len);
	bool ok = net_csum_fold(sum) == 0;
	if (h.l4_proto == NET_IPPROTO_TCP)
		m->flags |= ok ? NET_RX_TCP_CSUM_OK : NET_RX_TCP_CSUM_BAD;
	else if (h.l4_proto == NET_IPPROTO_UDP)
		m->flags |= ok ? NET_RX_UDP_CSUM_OK : NET_RX_UDP_CSUM_BAD;
}

uint32_t net_offload_rx_vlan_strip(uint8_t *f, uint32_t len, struct net_rx_meta *m)
{
	if (len < NET_ETH_HLEN + NET_VLAN_HLEN || rd16(f + 12) != NET_ETH_P_8021Q)
		return 0;
	m->flags |= NET_RX_VLAN;
	m->vlan_tci = rd16(f + 14);
	memmove(f + NET_VLAN_HLEN, f, 12);
	return NET_VLAN_HLEN;
}

uint32_t net_toeplitz(const uint8_t *key, uint32_t key_len, const uint8_t *in, uint32_t n)
{
	uint32_t hash = 0, window;
	uint32_t kbit = 32; /* next key bit to shift into the window */

	if (key_len < n + 4)
		return 0;
	window = rd32(key);
	for (uint32_t i = 0; i < n; i++) {
		for (int b = 7; b >= 0; b--) {
			if (in[i] & (1u << b))
				hash ^= window;
			window = window << 1 | ((key[kbit / 8] >> (7 - kbit % 8)) & 1u);
			kbit++;
		}
	}
	return hash;
}

bool net_rss_hash(const uint8_t *f, uint32_t len, const struct net_rss *rss, struct net_rx_meta *m)
{
	struct net_hdrs h;
	uint8_t in[36];
	uint32_t n, addr_len, type2, type4 = 0;

	if (!rss->hash_types || net_parse(f, len, &h) || !h.ip_ver)
		return false;
	addr_len = h.ip_ver == 4 ? 8 : 32;
	memcpy(in, f + h.l3_off + (h.ip_ver == 4 ? 12 : 8), addr_len);
	type2 = h.ip_ver == 4 ? NET_HASH_IPV4 : NET_HASH_IPV6;
	if (!h.ip_frag && h.l4_proto == NET_IPPROTO_TCP)
		type4 = h.ip_ver == 4 ? NET_HASH_TCP_IPV4 : NET_HASH_TCP_IPV6;
	else if (!h.ip_frag && h.l4_proto == NET_IPPROTO_UDP)
		type4 = h.ip_ver == 4 ? NET_HASH_UDP_IPV4 : NET_HASH_UDP_IPV6;
	n = addr_len;
	if (type4 && (rss->hash_types & type4)) {
		memcpy(in + n, f + h.l4_off, 4);
		n += 4;
		m->hash_type = type4;
	} else if (rss->hash_types & type2) {
		m->hash_type = type2;
	} else {
		return false;
	}
	if (rss->key_len < n + 4)
		return false;
	m->hash = net_toeplitz(rss->key, rss->key_len, in, n);
	m->flags |= NET_RX_HASH;
	return true;
}
