/*
 * Software offloads: what an endpoint does when its "hardware" lacks an
 * offload the guest was promised, and receive-side checks.
 *
 * Frames come from the guest (transmit) or the outside world (receive) and
 * are hostile: every header offset and length is checked against the frame
 * before use. Functions return 0 or a negative errno and never read or
 * write outside [f, f + len).
 */
#ifndef NET_OFFLOAD_H
#define NET_OFFLOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/net/net.h"
#include "inet_wire.h"

/* Field `field` of header `wire` (struct inet_wire_<wire>, spec/inet.yaml) at p. */
#define NET_AT(p, wire, field) ((p) + offsetof(struct inet_wire_##wire, field))

/* Shorter names for what spec/inet.yaml gives. */
#define NET_ETH_HLEN INET_ETH_SIZE
#define NET_VLAN_HLEN (INET_ETH_VLAN_SIZE - INET_ETH_SIZE)
#define NET_ETH_P_IPV4 INET_ETHERTYPE_IPV4
#define NET_ETH_P_ARP INET_ETHERTYPE_ARP
#define NET_ETH_P_8021Q INET_ETHERTYPE_VLAN
#define NET_ETH_P_IPV6 INET_ETHERTYPE_IPV6
#define NET_IPPROTO_ICMP INET_IP_PROTO_ICMP
#define NET_IPPROTO_TCP INET_IP_PROTO_TCP
#define NET_IPPROTO_UDP INET_IP_PROTO_UDP
/* Smallest MSS we segment at (Linux TCP_MIN_SND_MSS); a guest asking for
 * less gets its frame refused rather than costing us a frame per byte. */
#define NET_TSO_MIN_MSS 48

/* Where the headers of a frame are (from net_parse). */
struct net_hdrs {
	uint16_t l3_off;   /* IP header (14, or 18 behind an 802.1Q tag) */
	uint16_t l4_off;   /* TCP/UDP/other header; 0 when not IP */
	uint16_t hdr_len;  /* end of the L4 header (TCP with options) */
	uint16_t vlan_tci; /* when has_vlan */
	uint16_t ethertype;
	uint8_t ip_ver;   /* 4, 6, or 0 (not IP) */
	uint8_t l4_proto; /* IP protocol / last IPv6 next-header */
	bool has_vlan;
	bool ip_frag; /* a fragment: no L4 header to trust */
	/* Bytes of the IP packet per its length field, clipped to 0 when that
	 * field is zero or runs past the frame (LSO super-frames say 0). */
	uint32_t ip_len;
};

/*
 * Parses Ethernet (one optional 802.1Q tag), IPv4 or IPv6 (hop-by-hop,
 * routing, destination-options and fragment extension headers) and TCP/UDP.
 * Returns 0 (ip_ver 0 for a frame that is not IP), or -EINVAL for a frame
 * shorter than an Ethernet header or with an IP/L4 header cut short or
 * malformed.
 */
int net_parse(const uint8_t *f, uint32_t len, struct net_hdrs *h);

/* Adds `len` bytes as big-endian 16-bit words to a ones'-complement sum. */
uint64_t net_csum_add(uint64_t sum, const void *buf, size_t len);
/* Folds a sum to 16 bits and complements it: the value stored in headers. */
uint16_t net_csum_fold(uint64_t sum);
/* The pseudo-header sum of the packet parsed in `h`, for `l4_len` bytes. */
uint64_t net_csum_pseudo(const uint8_t *f, const struct net_hdrs *h, uint32_t l4_len);

/*
 * Fills the checksums `flags` asks for (NET_TX_CSUM_IP/TCP/UDP) in place.
 * The L4 checksum covers the IP payload (per the IP length when it is set,
 * else up to the frame end). Returns -EINVAL when the frame is not what the
 * flags say (no IPv4 header for CSUM_IP, another protocol, a fragment).
 */
int net_offload_csum(uint8_t *f, uint32_t len, const struct net_hdrs *h, uint32_t flags);

/*
 * Sets the IP length of the packet parsed in `h` (IPv4 total length, with
 * the header checksum redone; IPv6 payload length) to `ip_len` bytes from
 * the IP header on, and h->ip_len with it. For a frame rebuilt at another
 * length (a segment, a coalesced receive).
 */
void net_ip_set_len(uint8_t *f, struct net_hdrs *h, uint32_t ip_len);

/* Receives one finished frame; returns 0 or a negative errno to stop. */
typedef int (*net_frame_fn)(void *ctx, const uint8_t *f, uint32_t len);

/*
 * Segments a TCP super-frame into frames of at most `mss` payload bytes,
 * built one at a time in `scratch` (h->hdr_len + min(mss, payload) bytes) and
 * passed to `emit`. Each frame gets the IP total/payload length, IPv4 id
 * (incremented per frame) and header checksum, TCP sequence number and
 * checksum; FIN and PSH stay on the last frame only, CWR on the first only.
 * Returns 0, -EINVAL (not TCP, fragment, mss out of range, scratch too
 * small) or emit's error.
 */
int net_offload_tso(const uint8_t *f, uint32_t len, const struct net_hdrs *h, uint32_t mss,
		    uint8_t *scratch, size_t cap, net_frame_fn emit, void *ctx);

/*
 * Does every offload of `m` except VLAN insertion in software on the linear
 * frame `f` (modified in place) and emits the result: one frame, or the LSO
 * segments (built in `scratch`, NET_MAX_FRAME bytes are enough). Checks
 * that m agrees with the frame (IPv4/IPv6, the guest's L4 offset).
 */
int net_offload_tx(uint8_t *f, uint32_t len, const struct net_tx_meta *m, uint8_t *scratch,
		   size_t cap, net_frame_fn emit, void *ctx);

/*
 * Verifies the IPv4 header and TCP/UDP checksums of a received frame and
 * sets the NET_RX_*_CSUM_OK/BAD bits of `m` (none for what cannot be
 * checked: not IP, fragments, IPv4 UDP without checksum, cut short).
 */
void net_offload_rx_verify(const uint8_t *f, uint32_t len, struct net_rx_meta *m);

/*
 * Strips an 802.1Q tag into m->vlan_tci / NET_RX_VLAN, moving the MAC
 * addresses forward. Returns the number of bytes the frame now starts
 * later (0 or 4).
 */
uint32_t net_offload_rx_vlan_strip(uint8_t *f, uint32_t len, struct net_rx_meta *m);

/* Toeplitz hash of `n` input bytes; the key must be at least n + 4 bytes. */
uint32_t net_toeplitz(const uint8_t *key, uint32_t key_len, const uint8_t *in, uint32_t n);

/*
 * Computes the RSS hash of a frame per `rss` (the 4-tuple when the type is
 * enabled and the frame has one, else the 2-tuple) and sets NET_RX_HASH,
 * hash and hash_type in `m`. Returns false when no enabled type applies.
 */
bool net_rss_hash(const uint8_t *f, uint32_t len, const struct net_rss *rss, struct net_rx_meta *m);

#endif
