/* DO NOT EDIT: generated from spec/inet.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_INET_WIRE_H
#define PV_GENERATED_INET_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* Ethernet, IP, TCP and UDP headers */

#define INET_IPV4_VERSION 4
#define INET_IPV6_VERSION 6
#define INET_IHL_UNIT 4	/* IPv4 IHL and TCP data offset count 32-bit words */
#define INET_IPV6_EXT_UNIT 8	/* IPv6 extension headers' lengths count 8-octet units, the first 8 not counted */
#define INET_UDP_NO_CSUM 0	/* an IPv4 UDP checksum of 0: none was computed */
#define INET_CSUM_ZERO_AS 0xffff	/* a computed UDP checksum of 0 is sent as all ones */
#define INET_MAC_MULTICAST 1	/* I/G bit of the first address octet: a group address */

enum inet_ethertype {
	INET_ETHERTYPE_IPV4 = 0x800,
	INET_ETHERTYPE_ARP = 0x806,
	INET_ETHERTYPE_VLAN = 0x8100,
	INET_ETHERTYPE_IPV6 = 0x86dd,
};

/* IPv4 protocol / IPv6 next header */
enum inet_ip_proto {
	INET_IP_PROTO_HOPOPTS = 0,
	INET_IP_PROTO_ICMP = 1,
	INET_IP_PROTO_TCP = 6,
	INET_IP_PROTO_UDP = 17,
	INET_IP_PROTO_ROUTING = 43,
	INET_IP_PROTO_FRAGMENT = 44,
	INET_IP_PROTO_ICMPV6 = 58,
	INET_IP_PROTO_NONE = 59,
	INET_IP_PROTO_DSTOPTS = 60,
};

#define INET_TCP_FLAGS_FIN 1
#define INET_TCP_FLAGS_SYN 2
#define INET_TCP_FLAGS_RST 4
#define INET_TCP_FLAGS_PSH 8
#define INET_TCP_FLAGS_ACK 16
#define INET_TCP_FLAGS_URG 32
#define INET_TCP_FLAGS_ECE 64
#define INET_TCP_FLAGS_CWR 128
#define INET_TCP_FLAGS_MASK 255

/* Ethernet II header */
struct inet_wire_eth {
	uint8_t dst[6];	/* @0 */
	uint8_t src[6];	/* @6 */
	uint8_t ethertype[2];	/* @12 be16 (BE) enum ethertype */
} __attribute__((packed));
#define INET_ETH_SIZE 14
_Static_assert(sizeof(struct inet_wire_eth) == 14, "eth size");
_Static_assert(offsetof(struct inet_wire_eth, dst) == 0, "eth.dst");
_Static_assert(offsetof(struct inet_wire_eth, src) == 6, "eth.src");
_Static_assert(offsetof(struct inet_wire_eth, ethertype) == 12, "eth.ethertype");

/* Ethernet header with one 802.1Q tag */
struct inet_wire_eth_vlan {
	uint8_t dst[6];	/* @0 */
	uint8_t src[6];	/* @6 */
	uint8_t tpid[2];	/* @12 be16 (BE) ethertype VLAN */
	uint8_t tci[2];	/* @14 be16 (BE) */
	uint8_t ethertype[2];	/* @16 be16 (BE) of what the tag carries */
} __attribute__((packed));
#define INET_ETH_VLAN_SIZE 18
#define INET_ETH_VLAN_VID_SHIFT 0
#define INET_ETH_VLAN_VID_MASK 0xfff
#define INET_ETH_VLAN_DEI_SHIFT 12
#define INET_ETH_VLAN_DEI_MASK 0x1000
#define INET_ETH_VLAN_PCP_SHIFT 13
#define INET_ETH_VLAN_PCP_MASK 0xe000
_Static_assert(sizeof(struct inet_wire_eth_vlan) == 18, "eth_vlan size");
_Static_assert(offsetof(struct inet_wire_eth_vlan, dst) == 0, "eth_vlan.dst");
_Static_assert(offsetof(struct inet_wire_eth_vlan, src) == 6, "eth_vlan.src");
_Static_assert(offsetof(struct inet_wire_eth_vlan, tpid) == 12, "eth_vlan.tpid");
_Static_assert(offsetof(struct inet_wire_eth_vlan, tci) == 14, "eth_vlan.tci");
_Static_assert(offsetof(struct inet_wire_eth_vlan, ethertype) == 16, "eth_vlan.ethertype");

/* IPv4 header without options (IHL 5); options follow up to IHL x 4 bytes */
struct inet_wire_ipv4 {
	uint8_t ver_ihl;	/* @0 */
	uint8_t tos;	/* @1 */
	uint8_t total_len[2];	/* @2 be16 (BE) header and payload; 0 in an LSO super-frame */
	uint8_t id[2];	/* @4 be16 (BE) */
	uint8_t frag[2];	/* @6 be16 (BE) */
	uint8_t ttl;	/* @8 */
	uint8_t protocol;	/* @9 enum ip_proto */
	uint8_t checksum[2];	/* @10 be16 (BE) */
	uint8_t src[4];	/* @12 */
	uint8_t dst[4];	/* @16 */
} __attribute__((packed));
#define INET_IPV4_SIZE 20
#define INET_IPV4_IHL_SHIFT 0
#define INET_IPV4_IHL_MASK 15
#define INET_IPV4_VERSION_SHIFT 4
#define INET_IPV4_VERSION_MASK 240
#define INET_IPV4_FRAG_OFF_SHIFT 0
#define INET_IPV4_FRAG_OFF_MASK 0x1fff
#define INET_IPV4_MF_SHIFT 13
#define INET_IPV4_MF_MASK 0x2000
#define INET_IPV4_DF_SHIFT 14
#define INET_IPV4_DF_MASK 0x4000
_Static_assert(sizeof(struct inet_wire_ipv4) == 20, "ipv4 size");
_Static_assert(offsetof(struct inet_wire_ipv4, ver_ihl) == 0, "ipv4.ver_ihl");
_Static_assert(offsetof(struct inet_wire_ipv4, tos) == 1, "ipv4.tos");
_Static_assert(offsetof(struct inet_wire_ipv4, total_len) == 2, "ipv4.total_len");
_Static_assert(offsetof(struct inet_wire_ipv4, id) == 4, "ipv4.id");
_Static_assert(offsetof(struct inet_wire_ipv4, frag) == 6, "ipv4.frag");
_Static_assert(offsetof(struct inet_wire_ipv4, ttl) == 8, "ipv4.ttl");
_Static_assert(offsetof(struct inet_wire_ipv4, protocol) == 9, "ipv4.protocol");
_Static_assert(offsetof(struct inet_wire_ipv4, checksum) == 10, "ipv4.checksum");
_Static_assert(offsetof(struct inet_wire_ipv4, src) == 12, "ipv4.src");
_Static_assert(offsetof(struct inet_wire_ipv4, dst) == 16, "ipv4.dst");

/* IPv6 fixed header */
struct inet_wire_ipv6 {
	uint8_t ver_tc_flow[4];	/* @0 be32 (BE) */
	uint8_t payload_len[2];	/* @4 be16 (BE) after this header, extension headers included */
	uint8_t next_header;	/* @6 enum ip_proto */
	uint8_t hop_limit;	/* @7 */
	uint8_t src[16];	/* @8 */
	uint8_t dst[16];	/* @24 */
} __attribute__((packed));
#define INET_IPV6_SIZE 40
#define INET_IPV6_FLOW_LABEL_SHIFT 0
#define INET_IPV6_FLOW_LABEL_MASK 0xfffff
#define INET_IPV6_TRAFFIC_CLASS_SHIFT 20
#define INET_IPV6_TRAFFIC_CLASS_MASK 0xff00000
#define INET_IPV6_VERSION_SHIFT 28
#define INET_IPV6_VERSION_MASK 0xf0000000U
_Static_assert(sizeof(struct inet_wire_ipv6) == 40, "ipv6 size");
_Static_assert(offsetof(struct inet_wire_ipv6, ver_tc_flow) == 0, "ipv6.ver_tc_flow");
_Static_assert(offsetof(struct inet_wire_ipv6, payload_len) == 4, "ipv6.payload_len");
_Static_assert(offsetof(struct inet_wire_ipv6, next_header) == 6, "ipv6.next_header");
_Static_assert(offsetof(struct inet_wire_ipv6, hop_limit) == 7, "ipv6.hop_limit");
_Static_assert(offsetof(struct inet_wire_ipv6, src) == 8, "ipv6.src");
_Static_assert(offsetof(struct inet_wire_ipv6, dst) == 24, "ipv6.dst");

/* hop-by-hop, routing or destination-options extension header: (hdr_ext_len + 1) x 8 bytes */
struct inet_wire_ipv6_opt {
	uint8_t next_header;	/* @0 */
	uint8_t hdr_ext_len;	/* @1 */
	uint8_t data[6];	/* @2 */
} __attribute__((packed));
#define INET_IPV6_OPT_SIZE 8
_Static_assert(sizeof(struct inet_wire_ipv6_opt) == 8, "ipv6_opt size");
_Static_assert(offsetof(struct inet_wire_ipv6_opt, next_header) == 0, "ipv6_opt.next_header");
_Static_assert(offsetof(struct inet_wire_ipv6_opt, hdr_ext_len) == 1, "ipv6_opt.hdr_ext_len");
_Static_assert(offsetof(struct inet_wire_ipv6_opt, data) == 2, "ipv6_opt.data");

/* fragment extension header */
struct inet_wire_ipv6_frag {
	uint8_t next_header;	/* @0 */
	uint8_t reserved;	/* @1 */
	uint8_t frag[2];	/* @2 be16 (BE) */
	uint8_t id[4];	/* @4 be32 (BE) */
} __attribute__((packed));
#define INET_IPV6_FRAG_SIZE 8
#define INET_IPV6_FRAG_M_SHIFT 0
#define INET_IPV6_FRAG_M_MASK 1
#define INET_IPV6_FRAG_RES_SHIFT 1
#define INET_IPV6_FRAG_RES_MASK 6
#define INET_IPV6_FRAG_FRAG_OFF_SHIFT 3
#define INET_IPV6_FRAG_FRAG_OFF_MASK 0xfff8
_Static_assert(sizeof(struct inet_wire_ipv6_frag) == 8, "ipv6_frag size");
_Static_assert(offsetof(struct inet_wire_ipv6_frag, next_header) == 0, "ipv6_frag.next_header");
_Static_assert(offsetof(struct inet_wire_ipv6_frag, reserved) == 1, "ipv6_frag.reserved");
_Static_assert(offsetof(struct inet_wire_ipv6_frag, frag) == 2, "ipv6_frag.frag");
_Static_assert(offsetof(struct inet_wire_ipv6_frag, id) == 4, "ipv6_frag.id");

/* TCP header without options; options follow up to doff x 4 bytes */
struct inet_wire_tcp {
	uint8_t sport[2];	/* @0 be16 (BE) */
	uint8_t dport[2];	/* @2 be16 (BE) */
	uint8_t seq[4];	/* @4 be32 (BE) */
	uint8_t ack[4];	/* @8 be32 (BE) */
	uint8_t doff_res;	/* @12 */
	uint8_t flags;	/* @13 flagset tcp_flags */
	uint8_t window[2];	/* @14 be16 (BE) */
	uint8_t checksum[2];	/* @16 be16 (BE) */
	uint8_t urgent[2];	/* @18 be16 (BE) */
} __attribute__((packed));
#define INET_TCP_SIZE 20
#define INET_TCP_DOFF_SHIFT 4
#define INET_TCP_DOFF_MASK 240
_Static_assert(sizeof(struct inet_wire_tcp) == 20, "tcp size");
_Static_assert(offsetof(struct inet_wire_tcp, sport) == 0, "tcp.sport");
_Static_assert(offsetof(struct inet_wire_tcp, dport) == 2, "tcp.dport");
_Static_assert(offsetof(struct inet_wire_tcp, seq) == 4, "tcp.seq");
_Static_assert(offsetof(struct inet_wire_tcp, ack) == 8, "tcp.ack");
_Static_assert(offsetof(struct inet_wire_tcp, doff_res) == 12, "tcp.doff_res");
_Static_assert(offsetof(struct inet_wire_tcp, flags) == 13, "tcp.flags");
_Static_assert(offsetof(struct inet_wire_tcp, window) == 14, "tcp.window");
_Static_assert(offsetof(struct inet_wire_tcp, checksum) == 16, "tcp.checksum");
_Static_assert(offsetof(struct inet_wire_tcp, urgent) == 18, "tcp.urgent");

struct inet_wire_udp {
	uint8_t sport[2];	/* @0 be16 (BE) */
	uint8_t dport[2];	/* @2 be16 (BE) */
	uint8_t len[2];	/* @4 be16 (BE) */
	uint8_t checksum[2];	/* @6 be16 (BE) UDP_NO_CSUM over IPv4: not computed */
} __attribute__((packed));
#define INET_UDP_SIZE 8
_Static_assert(sizeof(struct inet_wire_udp) == 8, "udp size");
_Static_assert(offsetof(struct inet_wire_udp, sport) == 0, "udp.sport");
_Static_assert(offsetof(struct inet_wire_udp, dport) == 2, "udp.dport");
_Static_assert(offsetof(struct inet_wire_udp, len) == 4, "udp.len");
_Static_assert(offsetof(struct inet_wire_udp, checksum) == 6, "udp.checksum");

#endif /* PV_GENERATED_INET_WIRE_H */
