/*
 * Software checksums, TCP segmentation, receive verification and RSS
 * hashing on hostile frames.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "devices/net/offload.h"
#include "inet_wire.h"
#include "pv_codec.h"

#define AT NET_AT
/* Its size. */
#define SIZE(wire, field) sizeof(((struct inet_wire_##wire *)0)->field)
/* The two ports, first in both TCP and UDP. */
#define PORTS_LEN (SIZE(udp, sport) + SIZE(udp, dport))

#define IPV6_MAX_EXT 8 /* not protocol: extension headers we walk before giving up */

static int parse_ipv6(const uint8_t *f, uint32_t len, struct net_hdrs *h)
{
	const uint8_t *ip = f + h->l3_off;
	uint32_t off = h->l3_off + INET_IPV6_SIZE;
	uint8_t nh;

	if ((uint32_t)h->l3_off + INET_IPV6_SIZE > len ||
	    (pv_get_be32(AT(ip, ipv6, ver_tc_flow)) & INET_IPV6_VERSION_MASK) >>
			    INET_IPV6_VERSION_SHIFT !=
		    INET_IPV6_VERSION)
		return -EINVAL;
	h->ip_ver = INET_IPV6_VERSION;
	h->ip_len = INET_IPV6_SIZE + pv_get_be16(AT(ip, ipv6, payload_len));
	nh = *AT(ip, ipv6, next_header);
	for (int i = 0; i < IPV6_MAX_EXT; i++) {
		const uint8_t *x = f + off;

		if (nh != INET_IP_PROTO_HOPOPTS && nh != INET_IP_PROTO_ROUTING &&
		    nh != INET_IP_PROTO_DSTOPTS && nh != INET_IP_PROTO_FRAGMENT)
			break;
		if (off + INET_IPV6_OPT_SIZE > len)
			return -EINVAL;
		if (nh == INET_IP_PROTO_FRAGMENT) {
			/* Only an unfragmented "atomic" fragment header keeps L4 usable. */
			if (pv_get_be16(AT(x, ipv6_frag, frag)) &
			    (INET_IPV6_FRAG_FRAG_OFF_MASK | INET_IPV6_FRAG_M_MASK))
				h->ip_frag = true;
			nh = *AT(x, ipv6_frag, next_header);
			off += INET_IPV6_FRAG_SIZE;
			continue;
		}
		nh = *AT(x, ipv6_opt, next_header);
		off += ((uint32_t)*AT(x, ipv6_opt, hdr_ext_len) + 1) * INET_IPV6_EXT_UNIT;
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
	uint8_t vi;

	if ((uint32_t)h->l3_off + INET_IPV4_SIZE > len)
		return -EINVAL;
	vi = *AT(ip, ipv4, ver_ihl);
	if ((vi & INET_IPV4_VERSION_MASK) >> INET_IPV4_VERSION_SHIFT != INET_IPV4_VERSION)
		return -EINVAL;
	ihl = ((vi & INET_IPV4_IHL_MASK) >> INET_IPV4_IHL_SHIFT) * INET_IHL_UNIT;
	if (ihl < INET_IPV4_SIZE || h->l3_off + ihl > len)
		return -EINVAL;
	h->ip_ver = INET_IPV4_VERSION;
	h->ip_len = pv_get_be16(AT(ip, ipv4, total_len));
	h->l4_proto = *AT(ip, ipv4, protocol);
	h->ip_frag = (pv_get_be16(AT(ip, ipv4, frag)) &
		      (INET_IPV4_FRAG_OFF_MASK | INET_IPV4_MF_MASK)) != 0;
	h->l4_off = (uint16_t)(h->l3_off + ihl);
	return 0;
}

int net_parse(const uint8_t *f, uint32_t len, struct net_hdrs *h)
{
	int rc;

	memset(h, 0, sizeof(*h));
	if (len < INET_ETH_SIZE)
		return -EINVAL;
	h->ethertype = pv_get_be16(AT(f, eth, ethertype));
	h->l3_off = INET_ETH_SIZE;
	if (h->ethertype == INET_ETHERTYPE_VLAN) {
		if (len < INET_ETH_VLAN_SIZE)
			return -EINVAL;
		h->has_vlan = true;
		h->vlan_tci = pv_get_be16(AT(f, eth_vlan, tci));
		h->ethertype = pv_get_be16(AT(f, eth_vlan, ethertype));
		h->l3_off = INET_ETH_VLAN_SIZE;
	}
	h->hdr_len = h->l3_off;
	if (h->ethertype == INET_ETHERTYPE_IPV4)
		rc = parse_ipv4(f, len, h);
	else if (h->ethertype == INET_ETHERTYPE_IPV6)
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
	if (h->l4_proto == INET_IP_PROTO_TCP) {
		uint32_t doff;

		if ((uint32_t)h->l4_off + INET_TCP_SIZE > len)
			return -EINVAL;
		doff = ((*AT(f + h->l4_off, tcp, doff_res) & INET_TCP_DOFF_MASK) >>
			INET_TCP_DOFF_SHIFT) *
		       INET_IHL_UNIT;
		if (doff < INET_TCP_SIZE || h->l4_off + doff > len)
			return -EINVAL;
		h->hdr_len = (uint16_t)(h->l4_off + doff);
	} else if (h->l4_proto == INET_IP_PROTO_UDP) {
		if ((uint32_t)h->l4_off + INET_UDP_SIZE > len)
			return -EINVAL;
		h->hdr_len = (uint16_t)(h->l4_off + INET_UDP_SIZE);
	}
	return 0;
}

uint64_t net_csum_add(uint64_t sum, const void *buf, size_t len)
{
	const uint8_t *p = buf;

	for (; len >= 2; p += 2, len -= 2)
		sum += pv_get_be16(p);
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

	/* The source and destination addresses, which lie side by side. */
	if (h->ip_ver == INET_IPV4_VERSION)
		sum = net_csum_add(sum, AT(ip, ipv4, src), 2 * SIZE(ipv4, src));
	else
		sum = net_csum_add(sum, AT(ip, ipv6, src), 2 * SIZE(ipv6, src));
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

	pv_put_be16(AT(ip, ipv4, checksum), 0);
	pv_put_be16(AT(ip, ipv4, checksum), net_csum_fold(net_csum_add(0, ip, ihl)));
}

static void fill_l4_csum(uint8_t *f, const struct net_hdrs *h, uint32_t end)
{
	uint32_t l4_len = end - h->l4_off;
	uint8_t *l4 = f + h->l4_off;
	uint8_t *field =
		h->l4_proto == INET_IP_PROTO_TCP ? AT(l4, tcp, checksum) : AT(l4, udp, checksum);
	uint16_t c;

	pv_put_be16(field, 0);
	c = net_csum_fold(net_csum_add(net_csum_pseudo(f, h, l4_len), l4, l4_len));
	/* UDP sends 0 as "no checksum"; a computed 0 is written as all ones. */
	if (c == INET_UDP_NO_CSUM && h->l4_proto == INET_IP_PROTO_UDP)
		c = INET_CSUM_ZERO_AS;
	pv_put_be16(field, c);
}

void net_ip_set_len(uint8_t *f, struct net_hdrs *h, uint32_t ip_len)
{
	uint8_t *ip = f + h->l3_off;

	if (h->ip_ver == INET_IPV4_VERSION) {
		pv_put_be16(AT(ip, ipv4, total_len), (uint16_t)ip_len);
		fill_ip_csum(f, h);
	} else {
		pv_put_be16(AT(ip, ipv6, payload_len), (uint16_t)(ip_len - INET_IPV6_SIZE));
	}
	h->ip_len = ip_len;
}

int net_offload_csum(uint8_t *f, uint32_t len, const struct net_hdrs *h, uint32_t flags)
{
	if (flags & NET_TX_CSUM_IP) {
		if (h->ip_ver != INET_IPV4_VERSION)
			return -EINVAL;
		fill_ip_csum(f, h);
	}
	if (flags & (NET_TX_CSUM_TCP | NET_TX_CSUM_UDP)) {
		uint8_t want = (flags & NET_TX_CSUM_TCP) ? INET_IP_PROTO_TCP : INET_IP_PROTO_UDP;

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

	if (!h->ip_ver || h->ip_frag || h->l4_proto != INET_IP_PROTO_TCP || h->hdr_len <= h->l4_off)
		return -EINVAL;
	if (mss < NET_TSO_MIN_MSS || mss > 0xffff || hl >= len)
		return -EINVAL;
	/* The super-frame's IP length is not trusted (Linux sends 0): use the frame. */
	payload = len - hl;
	if (cap < (size_t)hl + (payload < mss ? payload : mss))
		return -EINVAL;
	if (h->ip_ver == INET_IPV4_VERSION)
		ip_id = pv_get_be16(AT(f + h->l3_off, ipv4, id));
	seq = pv_get_be32(AT(f + h->l4_off, tcp, seq));
	flags = *AT(f + h->l4_off, tcp, flags);

	for (off = 0; off < payload; off += mss) {
		uint32_t chunk = payload - off < mss ? payload - off : mss;
		uint32_t flen = hl + chunk;
		struct net_hdrs sh = *h;
		uint8_t *tcp = scratch + h->l4_off;
		uint8_t fl = flags;

		memcpy(scratch, f, hl);
		memcpy(scratch + hl, f + hl + off, chunk);
		if (h->ip_ver == INET_IPV4_VERSION)
			pv_put_be16(AT(scratch + h->l3_off, ipv4, id),
				    (uint16_t)(ip_id + off / mss));
		net_ip_set_len(scratch, &sh, flen - h->l3_off);
		pv_put_be32(AT(tcp, tcp, seq), seq + off);
		if (off + chunk < payload)
			fl &= (uint8_t) ~(INET_TCP_FLAGS_FIN | INET_TCP_FLAGS_PSH);
		if (off)
			fl &= (uint8_t)~INET_TCP_FLAGS_CWR;
		*AT(tcp, tcp, flags) = fl;
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
	if (((want & NET_TX_IPV4) && h.ip_ver != INET_IPV4_VERSION) ||
	    ((want & NET_TX_IPV6) && h.ip_ver != INET_IPV6_VERSION))
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
	if (h.ip_ver == INET_IPV4_VERSION) {
		sum = net_csum_add(0, f + h.l3_off, (size_t)(h.l4_off - h.l3_off));
		m->flags |= net_csum_fold(sum) == 0 ? NET_RX_IP_CSUM_OK : NET_RX_IP_CSUM_BAD;
	}
	/* Without a trustworthy IP length the L4 extent is unknown. */
	if (h.ip_frag || !h.ip_len || h.hdr_len == h.l4_off)
		return;
	end = l4_end(&h, len);
	l4_len = end - h.l4_off;
	if (h.l4_proto == INET_IP_PROTO_UDP && h.ip_ver == INET_IPV4_VERSION &&
	    pv_get_be16(AT(f + h.l4_off, udp, checksum)) == INET_UDP_NO_CSUM)
		return;
	sum = net_csum_add(net_csum_pseudo(f, &h, l4_len), f + h.l4_off, l4_len);
	bool ok = net_csum_fold(sum) == 0;
	if (h.l4_proto == INET_IP_PROTO_TCP)
		m->flags |= ok ? NET_RX_TCP_CSUM_OK : NET_RX_TCP_CSUM_BAD;
	else if (h.l4_proto == INET_IP_PROTO_UDP)
		m->flags |= ok ? NET_RX_UDP_CSUM_OK : NET_RX_UDP_CSUM_BAD;
}

uint32_t net_offload_rx_vlan_strip(uint8_t *f, uint32_t len, struct net_rx_meta *m)
{
	if (len < INET_ETH_VLAN_SIZE || pv_get_be16(AT(f, eth, ethertype)) != INET_ETHERTYPE_VLAN)
		return 0;
	m->flags |= NET_RX_VLAN;
	m->vlan_tci = pv_get_be16(AT(f, eth_vlan, tci));
	/* The addresses move up over the tag. */
	memmove(f + NET_VLAN_HLEN, f, offsetof(struct inet_wire_eth, ethertype));
	return NET_VLAN_HLEN;
}

uint32_t net_toeplitz(const uint8_t *key, uint32_t key_len, const uint8_t *in, uint32_t n)
{
	uint32_t hash = 0, window;
	uint32_t kbit = 32; /* next key bit to shift into the window */

	if (key_len < n + 4)
		return 0;
	window = pv_get_be32(key);
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
	uint8_t in[2 * SIZE(ipv6, src) + PORTS_LEN];
	uint32_t n, addr_len, type2, type4 = 0;

	if (!rss->hash_types || net_parse(f, len, &h) || !h.ip_ver)
		return false;
	/* The hash input: source and destination addresses, then ports. */
	if (h.ip_ver == INET_IPV4_VERSION) {
		addr_len = 2 * SIZE(ipv4, src);
		memcpy(in, AT(f + h.l3_off, ipv4, src), addr_len);
	} else {
		addr_len = 2 * SIZE(ipv6, src);
		memcpy(in, AT(f + h.l3_off, ipv6, src), addr_len);
	}
	type2 = h.ip_ver == INET_IPV4_VERSION ? NET_HASH_IPV4 : NET_HASH_IPV6;
	if (!h.ip_frag && h.l4_proto == INET_IP_PROTO_TCP)
		type4 = h.ip_ver == INET_IPV4_VERSION ? NET_HASH_TCP_IPV4 : NET_HASH_TCP_IPV6;
	else if (!h.ip_frag && h.l4_proto == INET_IP_PROTO_UDP)
		type4 = h.ip_ver == INET_IPV4_VERSION ? NET_HASH_UDP_IPV4 : NET_HASH_UDP_IPV6;
	n = addr_len;
	if (type4 && (rss->hash_types & type4)) {
		/* sport and dport, the same place in TCP and UDP */
		memcpy(in + n, f + h.l4_off, PORTS_LEN);
		n += PORTS_LEN;
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
