/* DO NOT EDIT: generated from spec/inet.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "inet_codec.h"

static enum pv_codec_err inet_eth_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct inet_eth *o = p;

	memcpy(o->dst, b + 0, 6);
	memcpy(o->src, b + 6, 6);
	o->ethertype = pv_get_be16(b + 12);
	return PV_OK;
}

static void inet_eth_wr(const void *p, uint8_t *b)
{
	const struct inet_eth *in = p;

	memcpy(b + 0, in->dst, 6);
	memcpy(b + 6, in->src, 6);
	pv_put_be16(b + 12, (uint16_t)(in->ethertype));
}

static const struct pv_struct_desc inet_eth_desc = {14, 14, false, false, inet_eth_rd, NULL, inet_eth_wr, NULL};

enum pv_codec_err inet_eth_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_eth *out)
{
	return pv_decode(&inet_eth_desc, buf, len, ctx, out);
}

int inet_eth_encode(const struct inet_eth *in, void *buf, size_t cap)
{
	return pv_encode(&inet_eth_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err inet_eth_vlan_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct inet_eth_vlan *o = p;
	uint64_t v;

	memcpy(o->dst, b + 0, 6);
	memcpy(o->src, b + 6, 6);
	o->tpid = pv_get_be16(b + 12);
	v = pv_get_be16(b + 14);
	o->tci_rsvd = (uint16_t)(v & ~(uint64_t)0xffff);
	o->vid = (uint16_t)((v >> 0) & 0xfff);
	o->dei = (uint8_t)((v >> 12) & 1);
	o->pcp = (uint8_t)((v >> 13) & 7);
	o->ethertype = pv_get_be16(b + 16);
	return PV_OK;
}

static enum pv_codec_err inet_eth_vlan_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct inet_eth_vlan *o = p;

	if (o->vid > 0xfff)
		return PV_ERR_RANGE;
	if (o->dei > 1)
		return PV_ERR_RANGE;
	if (o->pcp > 7)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void inet_eth_vlan_wr(const void *p, uint8_t *b)
{
	const struct inet_eth_vlan *in = p;
	uint64_t v;

	memcpy(b + 0, in->dst, 6);
	memcpy(b + 6, in->src, 6);
	pv_put_be16(b + 12, (uint16_t)(in->tpid));
	v = ((uint64_t)in->tci_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->vid & 0xfff) << 0)
	    | ((uint64_t)(in->dei & 1) << 12)
	    | ((uint64_t)(in->pcp & 7) << 13);
	pv_put_be16(b + 14, (uint16_t)(v));
	pv_put_be16(b + 16, (uint16_t)(in->ethertype));
}

static const struct pv_struct_desc inet_eth_vlan_desc = {18, 18, false, false, inet_eth_vlan_rd, inet_eth_vlan_chk, inet_eth_vlan_wr, NULL};

enum pv_codec_err inet_eth_vlan_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_eth_vlan *out)
{
	return pv_decode(&inet_eth_vlan_desc, buf, len, ctx, out);
}

int inet_eth_vlan_encode(const struct inet_eth_vlan *in, void *buf, size_t cap)
{
	return pv_encode(&inet_eth_vlan_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err inet_ipv4_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct inet_ipv4 *o = p;
	uint64_t v;

	v = pv_get_u8(b + 0);
	o->ver_ihl_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->ihl = (uint8_t)((v >> 0) & 15);
	o->version = (uint8_t)((v >> 4) & 15);
	o->tos = pv_get_u8(b + 1);
	o->total_len = pv_get_be16(b + 2);
	o->id = pv_get_be16(b + 4);
	v = pv_get_be16(b + 6);
	o->frag_rsvd = (uint16_t)(v & ~(uint64_t)0x7fff);
	o->frag_off = (uint16_t)((v >> 0) & 0x1fff);
	o->mf = (uint8_t)((v >> 13) & 1);
	o->df = (uint8_t)((v >> 14) & 1);
	o->ttl = pv_get_u8(b + 8);
	o->protocol = pv_get_u8(b + 9);
	o->checksum = pv_get_be16(b + 10);
	memcpy(o->src, b + 12, 4);
	memcpy(o->dst, b + 16, 4);
	return PV_OK;
}

static enum pv_codec_err inet_ipv4_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct inet_ipv4 *o = p;

	if (o->ihl > 15)
		return PV_ERR_RANGE;
	if (o->version > 15)
		return PV_ERR_RANGE;
	if (o->frag_off > 0x1fff)
		return PV_ERR_RANGE;
	if (o->mf > 1)
		return PV_ERR_RANGE;
	if (o->df > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void inet_ipv4_wr(const void *p, uint8_t *b)
{
	const struct inet_ipv4 *in = p;
	uint64_t v;

	v = ((uint64_t)in->ver_ihl_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->ihl & 15) << 0)
	    | ((uint64_t)(in->version & 15) << 4);
	pv_put_u8(b + 0, (uint8_t)(v));
	pv_put_u8(b + 1, (uint8_t)(in->tos));
	pv_put_be16(b + 2, (uint16_t)(in->total_len));
	pv_put_be16(b + 4, (uint16_t)(in->id));
	v = ((uint64_t)in->frag_rsvd & ~(uint64_t)0x7fff)
	    | ((uint64_t)(in->frag_off & 0x1fff) << 0)
	    | ((uint64_t)(in->mf & 1) << 13)
	    | ((uint64_t)(in->df & 1) << 14);
	pv_put_be16(b + 6, (uint16_t)(v));
	pv_put_u8(b + 8, (uint8_t)(in->ttl));
	pv_put_u8(b + 9, (uint8_t)(in->protocol));
	pv_put_be16(b + 10, (uint16_t)(in->checksum));
	memcpy(b + 12, in->src, 4);
	memcpy(b + 16, in->dst, 4);
}

static const struct pv_struct_desc inet_ipv4_desc = {20, 20, false, false, inet_ipv4_rd, inet_ipv4_chk, inet_ipv4_wr, NULL};

enum pv_codec_err inet_ipv4_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv4 *out)
{
	return pv_decode(&inet_ipv4_desc, buf, len, ctx, out);
}

int inet_ipv4_encode(const struct inet_ipv4 *in, void *buf, size_t cap)
{
	return pv_encode(&inet_ipv4_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err inet_ipv6_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct inet_ipv6 *o = p;
	uint64_t v;

	v = pv_get_be32(b + 0);
	o->ver_tc_flow_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->flow_label = (uint32_t)((v >> 0) & 0xfffff);
	o->traffic_class = (uint8_t)((v >> 20) & 255);
	o->version = (uint8_t)((v >> 28) & 15);
	o->payload_len = pv_get_be16(b + 4);
	o->next_header = pv_get_u8(b + 6);
	o->hop_limit = pv_get_u8(b + 7);
	memcpy(o->src, b + 8, 16);
	memcpy(o->dst, b + 24, 16);
	return PV_OK;
}

static enum pv_codec_err inet_ipv6_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct inet_ipv6 *o = p;

	if (o->flow_label > 0xfffff)
		return PV_ERR_RANGE;
	if (o->version > 15)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void inet_ipv6_wr(const void *p, uint8_t *b)
{
	const struct inet_ipv6 *in = p;
	uint64_t v;

	v = ((uint64_t)in->ver_tc_flow_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->flow_label & 0xfffff) << 0)
	    | ((uint64_t)(in->traffic_class & 255) << 20)
	    | ((uint64_t)(in->version & 15) << 28);
	pv_put_be32(b + 0, (uint32_t)(v));
	pv_put_be16(b + 4, (uint16_t)(in->payload_len));
	pv_put_u8(b + 6, (uint8_t)(in->next_header));
	pv_put_u8(b + 7, (uint8_t)(in->hop_limit));
	memcpy(b + 8, in->src, 16);
	memcpy(b + 24, in->dst, 16);
}

static const struct pv_struct_desc inet_ipv6_desc = {40, 40, false, false, inet_ipv6_rd, inet_ipv6_chk, inet_ipv6_wr, NULL};

enum pv_codec_err inet_ipv6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv6 *out)
{
	return pv_decode(&inet_ipv6_desc, buf, len, ctx, out);
}

int inet_ipv6_encode(const struct inet_ipv6 *in, void *buf, size_t cap)
{
	return pv_encode(&inet_ipv6_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err inet_ipv6_opt_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct inet_ipv6_opt *o = p;

	o->next_header = pv_get_u8(b + 0);
	o->hdr_ext_len = pv_get_u8(b + 1);
	memcpy(o->data, b + 2, 6);
	return PV_OK;
}

static void inet_ipv6_opt_wr(const void *p, uint8_t *b)
{
	const struct inet_ipv6_opt *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->next_header));
	pv_put_u8(b + 1, (uint8_t)(in->hdr_ext_len));
	memcpy(b + 2, in->data, 6);
}

static const struct pv_struct_desc inet_ipv6_opt_desc = {8, 8, true, false, inet_ipv6_opt_rd, NULL, inet_ipv6_opt_wr, NULL};

enum pv_codec_err inet_ipv6_opt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv6_opt *out)
{
	return pv_decode(&inet_ipv6_opt_desc, buf, len, ctx, out);
}

int inet_ipv6_opt_encode(const struct inet_ipv6_opt *in, void *buf, size_t cap)
{
	return pv_encode(&inet_ipv6_opt_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err inet_ipv6_frag_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct inet_ipv6_frag *o = p;
	uint64_t v;

	o->next_header = pv_get_u8(b + 0);
	o->reserved = pv_get_u8(b + 1);
	v = pv_get_be16(b + 2);
	o->frag_rsvd = (uint16_t)(v & ~(uint64_t)0xffff);
	o->m = (uint8_t)((v >> 0) & 1);
	o->res = (uint8_t)((v >> 1) & 3);
	o->frag_off = (uint16_t)((v >> 3) & 0x1fff);
	o->id = pv_get_be32(b + 4);
	return PV_OK;
}

static enum pv_codec_err inet_ipv6_frag_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct inet_ipv6_frag *o = p;

	if (o->m > 1)
		return PV_ERR_RANGE;
	if (o->res > 3)
		return PV_ERR_RANGE;
	if (o->frag_off > 0x1fff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void inet_ipv6_frag_wr(const void *p, uint8_t *b)
{
	const struct inet_ipv6_frag *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(in->next_header));
	pv_put_u8(b + 1, (uint8_t)(in->reserved));
	v = ((uint64_t)in->frag_rsvd & ~(uint64_t)0xffff)
	    | ((uint64_t)(in->m & 1) << 0)
	    | ((uint64_t)(in->res & 3) << 1)
	    | ((uint64_t)(in->frag_off & 0x1fff) << 3);
	pv_put_be16(b + 2, (uint16_t)(v));
	pv_put_be32(b + 4, (uint32_t)(in->id));
}

static const struct pv_struct_desc inet_ipv6_frag_desc = {8, 8, false, false, inet_ipv6_frag_rd, inet_ipv6_frag_chk, inet_ipv6_frag_wr, NULL};

enum pv_codec_err inet_ipv6_frag_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_ipv6_frag *out)
{
	return pv_decode(&inet_ipv6_frag_desc, buf, len, ctx, out);
}

int inet_ipv6_frag_encode(const struct inet_ipv6_frag *in, void *buf, size_t cap)
{
	return pv_encode(&inet_ipv6_frag_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err inet_tcp_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct inet_tcp *o = p;
	uint64_t v;

	o->sport = pv_get_be16(b + 0);
	o->dport = pv_get_be16(b + 2);
	o->seq = pv_get_be32(b + 4);
	o->ack = pv_get_be32(b + 8);
	v = pv_get_u8(b + 12);
	o->doff_res_rsvd = (uint8_t)(v & ~(uint64_t)240);
	o->doff = (uint8_t)((v >> 4) & 15);
	o->flags = pv_get_u8(b + 13);
	o->window = pv_get_be16(b + 14);
	o->checksum = pv_get_be16(b + 16);
	o->urgent = pv_get_be16(b + 18);
	return PV_OK;
}

static enum pv_codec_err inet_tcp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct inet_tcp *o = p;

	if (o->doff > 15)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void inet_tcp_wr(const void *p, uint8_t *b)
{
	const struct inet_tcp *in = p;
	uint64_t v;

	pv_put_be16(b + 0, (uint16_t)(in->sport));
	pv_put_be16(b + 2, (uint16_t)(in->dport));
	pv_put_be32(b + 4, (uint32_t)(in->seq));
	pv_put_be32(b + 8, (uint32_t)(in->ack));
	v = ((uint64_t)in->doff_res_rsvd & ~(uint64_t)240)
	    | ((uint64_t)(in->doff & 15) << 4);
	pv_put_u8(b + 12, (uint8_t)(v));
	pv_put_u8(b + 13, (uint8_t)(in->flags));
	pv_put_be16(b + 14, (uint16_t)(in->window));
	pv_put_be16(b + 16, (uint16_t)(in->checksum));
	pv_put_be16(b + 18, (uint16_t)(in->urgent));
}

static const struct pv_struct_desc inet_tcp_desc = {20, 20, false, false, inet_tcp_rd, inet_tcp_chk, inet_tcp_wr, NULL};

enum pv_codec_err inet_tcp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_tcp *out)
{
	return pv_decode(&inet_tcp_desc, buf, len, ctx, out);
}

int inet_tcp_encode(const struct inet_tcp *in, void *buf, size_t cap)
{
	return pv_encode(&inet_tcp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err inet_udp_rd(const uint8_t *b, size_t len, void *p, size_t *end PV_UNUSED)
{
	struct inet_udp *o = p;

	o->sport = pv_get_be16(b + 0);
	o->dport = pv_get_be16(b + 2);
	o->len = pv_get_be16(b + 4);
	o->checksum = pv_get_be16(b + 6);
	return PV_OK;
}

static void inet_udp_wr(const void *p, uint8_t *b)
{
	const struct inet_udp *in = p;

	pv_put_be16(b + 0, (uint16_t)(in->sport));
	pv_put_be16(b + 2, (uint16_t)(in->dport));
	pv_put_be16(b + 4, (uint16_t)(in->len));
	pv_put_be16(b + 6, (uint16_t)(in->checksum));
}

static const struct pv_struct_desc inet_udp_desc = {8, 8, false, false, inet_udp_rd, NULL, inet_udp_wr, NULL};

enum pv_codec_err inet_udp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct inet_udp *out)
{
	return pv_decode(&inet_udp_desc, buf, len, ctx, out);
}

int inet_udp_encode(const struct inet_udp *in, void *buf, size_t cap)
{
	return pv_encode(&inet_udp_desc, in, NULL, 0, buf, cap);
}

