/* DO NOT EDIT: generated from spec/inet.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "inet_codec.h"

const struct pv_name inet_ethertype_names[4] = {
	{0x800, "IPV4"},
	{0x806, "ARP"},
	{0x8100, "VLAN"},
	{0x86dd, "IPV6"},
};

const char *inet_ethertype_name(uint32_t v)
{
	const char *n = pv_name_find(inet_ethertype_names, 4, v);

	return n ? n : "?";
}

const struct pv_name inet_ip_proto_names[9] = {
	{0, "HOPOPTS"},
	{1, "ICMP"},
	{6, "TCP"},
	{17, "UDP"},
	{43, "ROUTING"},
	{44, "FRAGMENT"},
	{58, "ICMPV6"},
	{59, "NONE"},
	{60, "DSTOPTS"},
};

const char *inet_ip_proto_name(uint32_t v)
{
	const char *n = pv_name_find(inet_ip_proto_names, 9, v);

	return n ? n : "?";
}

static void inet_eth_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_eth *s = p;

	pv_fmt_add(fm, " dst=");
	pv_fmt_bytes(fm, s->dst, 6);
	pv_fmt_add(fm, " src=");
	pv_fmt_bytes(fm, s->src, 6);
	pv_fmt_add(fm, " ethertype=%llu", (unsigned long long)s->ethertype);
}

int inet_eth_format(const struct inet_eth *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "eth", inet_eth_fmt, s);
}

static void inet_eth_vlan_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_eth_vlan *s = p;

	pv_fmt_add(fm, " dst=");
	pv_fmt_bytes(fm, s->dst, 6);
	pv_fmt_add(fm, " src=");
	pv_fmt_bytes(fm, s->src, 6);
	pv_fmt_add(fm, " tpid=%llu", (unsigned long long)s->tpid);
	if (s->tci_rsvd)
		pv_fmt_add(fm, " tci_rsvd=0x%llx", (unsigned long long)s->tci_rsvd);
	pv_fmt_add(fm, " vid=%llu", (unsigned long long)s->vid);
	pv_fmt_add(fm, " dei=%llu", (unsigned long long)s->dei);
	pv_fmt_add(fm, " pcp=%llu", (unsigned long long)s->pcp);
	pv_fmt_add(fm, " ethertype=%llu", (unsigned long long)s->ethertype);
}

int inet_eth_vlan_format(const struct inet_eth_vlan *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "eth_vlan", inet_eth_vlan_fmt, s);
}

static void inet_ipv4_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_ipv4 *s = p;

	if (s->ver_ihl_rsvd)
		pv_fmt_add(fm, " ver_ihl_rsvd=0x%llx", (unsigned long long)s->ver_ihl_rsvd);
	pv_fmt_add(fm, " ihl=%llu", (unsigned long long)s->ihl);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " tos=%llu", (unsigned long long)s->tos);
	pv_fmt_add(fm, " total_len=%llu", (unsigned long long)s->total_len);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
	if (s->frag_rsvd)
		pv_fmt_add(fm, " frag_rsvd=0x%llx", (unsigned long long)s->frag_rsvd);
	pv_fmt_add(fm, " frag_off=%llu", (unsigned long long)s->frag_off);
	pv_fmt_add(fm, " mf=%llu", (unsigned long long)s->mf);
	pv_fmt_add(fm, " df=%llu", (unsigned long long)s->df);
	pv_fmt_add(fm, " ttl=%llu", (unsigned long long)s->ttl);
	pv_fmt_add(fm, " protocol=%llu", (unsigned long long)s->protocol);
	pv_fmt_add(fm, " checksum=%llu", (unsigned long long)s->checksum);
	pv_fmt_add(fm, " src=");
	pv_fmt_bytes(fm, s->src, 4);
	pv_fmt_add(fm, " dst=");
	pv_fmt_bytes(fm, s->dst, 4);
}

int inet_ipv4_format(const struct inet_ipv4 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ipv4", inet_ipv4_fmt, s);
}

static void inet_ipv6_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_ipv6 *s = p;

	if (s->ver_tc_flow_rsvd)
		pv_fmt_add(fm, " ver_tc_flow_rsvd=0x%llx", (unsigned long long)s->ver_tc_flow_rsvd);
	pv_fmt_add(fm, " flow_label=%llu", (unsigned long long)s->flow_label);
	pv_fmt_add(fm, " traffic_class=%llu", (unsigned long long)s->traffic_class);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " payload_len=%llu", (unsigned long long)s->payload_len);
	pv_fmt_add(fm, " next_header=%llu", (unsigned long long)s->next_header);
	pv_fmt_add(fm, " hop_limit=%llu", (unsigned long long)s->hop_limit);
	pv_fmt_add(fm, " src=");
	pv_fmt_bytes(fm, s->src, 16);
	pv_fmt_add(fm, " dst=");
	pv_fmt_bytes(fm, s->dst, 16);
}

int inet_ipv6_format(const struct inet_ipv6 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ipv6", inet_ipv6_fmt, s);
}

static void inet_ipv6_opt_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_ipv6_opt *s = p;

	pv_fmt_add(fm, " next_header=%llu", (unsigned long long)s->next_header);
	pv_fmt_add(fm, " hdr_ext_len=%llu", (unsigned long long)s->hdr_ext_len);
	pv_fmt_add(fm, " data=");
	pv_fmt_bytes(fm, s->data, 6);
}

int inet_ipv6_opt_format(const struct inet_ipv6_opt *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ipv6_opt", inet_ipv6_opt_fmt, s);
}

static void inet_ipv6_frag_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_ipv6_frag *s = p;

	pv_fmt_add(fm, " next_header=%llu", (unsigned long long)s->next_header);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	if (s->frag_rsvd)
		pv_fmt_add(fm, " frag_rsvd=0x%llx", (unsigned long long)s->frag_rsvd);
	pv_fmt_add(fm, " m=%llu", (unsigned long long)s->m);
	pv_fmt_add(fm, " res=%llu", (unsigned long long)s->res);
	pv_fmt_add(fm, " frag_off=%llu", (unsigned long long)s->frag_off);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
}

int inet_ipv6_frag_format(const struct inet_ipv6_frag *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ipv6_frag", inet_ipv6_frag_fmt, s);
}

static void inet_tcp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_tcp *s = p;

	pv_fmt_add(fm, " sport=%llu", (unsigned long long)s->sport);
	pv_fmt_add(fm, " dport=%llu", (unsigned long long)s->dport);
	pv_fmt_add(fm, " seq=%llu", (unsigned long long)s->seq);
	pv_fmt_add(fm, " ack=%llu", (unsigned long long)s->ack);
	if (s->doff_res_rsvd)
		pv_fmt_add(fm, " doff_res_rsvd=0x%llx", (unsigned long long)s->doff_res_rsvd);
	pv_fmt_add(fm, " doff=%llu", (unsigned long long)s->doff);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
	pv_fmt_add(fm, " window=%llu", (unsigned long long)s->window);
	pv_fmt_add(fm, " checksum=%llu", (unsigned long long)s->checksum);
	pv_fmt_add(fm, " urgent=%llu", (unsigned long long)s->urgent);
}

int inet_tcp_format(const struct inet_tcp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "tcp", inet_tcp_fmt, s);
}

static void inet_udp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct inet_udp *s = p;

	pv_fmt_add(fm, " sport=%llu", (unsigned long long)s->sport);
	pv_fmt_add(fm, " dport=%llu", (unsigned long long)s->dport);
	pv_fmt_add(fm, " len=%llu", (unsigned long long)s->len);
	pv_fmt_add(fm, " checksum=%llu", (unsigned long long)s->checksum);
}

int inet_udp_format(const struct inet_udp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "udp", inet_udp_fmt, s);
}

