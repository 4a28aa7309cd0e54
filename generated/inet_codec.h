/* DO NOT EDIT: generated from spec/inet.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_INET_CODEC_H
#define PV_GENERATED_INET_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "inet_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct inet_eth {
	uint8_t dst[6];
	uint8_t src[6];
	uint16_t ethertype;
};
enum pv_codec_err inet_eth_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_eth *out);
int inet_eth_encode(const struct inet_eth *in, void *buf, size_t cap);
int inet_eth_format(const struct inet_eth *s, char *buf, size_t cap);

struct inet_eth_vlan {
	uint8_t dst[6];
	uint8_t src[6];
	uint16_t tpid;
	uint16_t vid;
	uint8_t dei;
	uint8_t pcp;
	uint16_t tci_rsvd;	/* bits outside the subfields */
	uint16_t ethertype;
};
enum pv_codec_err inet_eth_vlan_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_eth_vlan *out);
int inet_eth_vlan_encode(const struct inet_eth_vlan *in, void *buf, size_t cap);
int inet_eth_vlan_format(const struct inet_eth_vlan *s, char *buf, size_t cap);

struct inet_ipv4 {
	uint8_t ihl;
	uint8_t version;
	uint8_t ver_ihl_rsvd;	/* bits outside the subfields */
	uint8_t tos;
	uint16_t total_len;
	uint16_t id;
	uint16_t frag_off;
	uint8_t mf;
	uint8_t df;
	uint16_t frag_rsvd;	/* bits outside the subfields */
	uint8_t ttl;
	uint8_t protocol;
	uint16_t checksum;
	uint8_t src[4];
	uint8_t dst[4];
};
enum pv_codec_err inet_ipv4_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv4 *out);
int inet_ipv4_encode(const struct inet_ipv4 *in, void *buf, size_t cap);
int inet_ipv4_format(const struct inet_ipv4 *s, char *buf, size_t cap);

struct inet_ipv6 {
	uint32_t flow_label;
	uint8_t traffic_class;
	uint8_t version;
	uint32_t ver_tc_flow_rsvd;	/* bits outside the subfields */
	uint16_t payload_len;
	uint8_t next_header;
	uint8_t hop_limit;
	uint8_t src[16];
	uint8_t dst[16];
};
enum pv_codec_err inet_ipv6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv6 *out);
int inet_ipv6_encode(const struct inet_ipv6 *in, void *buf, size_t cap);
int inet_ipv6_format(const struct inet_ipv6 *s, char *buf, size_t cap);

struct inet_ipv6_opt {
	uint8_t next_header;
	uint8_t hdr_ext_len;
	uint8_t data[6];
};
enum pv_codec_err inet_ipv6_opt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv6_opt *out);
int inet_ipv6_opt_encode(const struct inet_ipv6_opt *in, void *buf, size_t cap);
int inet_ipv6_opt_format(const struct inet_ipv6_opt *s, char *buf, size_t cap);

struct inet_ipv6_frag {
	uint8_t next_header;
	uint8_t reserved;
	uint8_t m;
	uint8_t res;
	uint16_t frag_off;
	uint16_t frag_rsvd;	/* bits outside the subfields */
	uint32_t id;
};
enum pv_codec_err inet_ipv6_frag_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv6_frag *out);
int inet_ipv6_frag_encode(const struct inet_ipv6_frag *in, void *buf, size_t cap);
int inet_ipv6_frag_format(const struct inet_ipv6_frag *s, char *buf, size_t cap);

struct inet_tcp {
	uint16_t sport;
	uint16_t dport;
	uint32_t seq;
	uint32_t ack;
	uint8_t doff;
	uint8_t doff_res_rsvd;	/* bits outside the subfields */
	uint8_t flags;
	uint16_t window;
	uint16_t checksum;
	uint16_t urgent;
};
enum pv_codec_err inet_tcp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_tcp *out);
int inet_tcp_encode(const struct inet_tcp *in, void *buf, size_t cap);
int inet_tcp_format(const struct inet_tcp *s, char *buf, size_t cap);

struct inet_udp {
	uint16_t sport;
	uint16_t dport;
	uint16_t len;
	uint16_t checksum;
};
enum pv_codec_err inet_udp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_udp *out);
int inet_udp_encode(const struct inet_udp *in, void *buf, size_t cap);
int inet_udp_format(const struct inet_udp *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *inet_ethertype_name(uint32_t v);
extern const struct pv_name inet_ethertype_names[4];
const char *inet_ip_proto_name(uint32_t v);
extern const struct pv_name inet_ip_proto_names[9];

#endif /* PV_GENERATED_INET_CODEC_H */
