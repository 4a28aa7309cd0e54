/* The netvsp host for protocol tests and benchmarks (see nv_host.h). */
#include "nv_host.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/net/net.h"
#include "devices/netvsp/netvsp.h"
#include "runtime/util.h"

struct nv {
	struct netvsp *nic;
	long long (*ep_query)(struct net_endpoint *ep, const char *what);
};

static int nv_setup(const struct host_env *env, const void *opts, void **dev)
{
	const struct nv_host_opts *o = opts;
	struct nv *c = calloc(1, sizeof(*c));
	struct netvsp_opts no = {
		.endpoint = o->endpoint ? o->endpoint : "loopback",
		.endpoint_arg = o->endpoint_arg,
		.ep_kind = o->ep_kind,
		.ep_cfg = o->ep_cfg,
		.max_nvsp_version = o->max_nvsp,
		.budget = o->budget,
		.channel_budget = o->channel_budget,
		.instance = {0x4e, 0x45, 0x54, 1},
		.name = "nic0",
		.log = env->log,
	};

	if (!c)
		return 13;
	*dev = c;
	c->ep_query = o->ep_query;
	if (netvsp_create(env->srv, &no, &c->nic))
		return 13;
	return 0;
}

#define NS(f) HOST_COUNTER(#f, struct netvsp_stats, f)
static const struct host_counter nic_counters[] = {
	NS(tx_frames),         NS(tx_done),
	NS(tx_errors),         NS(tx_sends),
	NS(rx_frames),         NS(rx_filtered),
	NS(rx_too_big),        NS(rx_backpressure),
	NS(rx_completions),    NS(rx_packets),
	NS(rx_segmented),      NS(rx_coalesced),
	NS(rx_malformed),      NS(rx_dropped_blocked),
	NS(bad_messages),      NS(unknown_completions),
	NS(slots_total),       NS(slots_used),
	NS(slots_used_max),    NS(nvsp_version),
	NS(ndis_version),      NS(packet_filter),
	NS(subchannels),       NS(link_up),
	NS(rndis_initialized), NS(budget_limit),
	NS(budget_used),       NS(budget_high),
	NS(budget_refused),
};
#undef NS

#define ES(f) HOST_COUNTER(#f, struct net_stats, f)
static const struct host_counter ep_counters[] = {
	ES(tx_packets), ES(tx_bytes), ES(tx_dropped), ES(tx_errors),
	ES(rx_packets), ES(rx_bytes), ES(rx_dropped),
};
#undef ES

static long long stat_field(struct nv *c, const char *name)
{
	struct netvsp_stats s;

	netvsp_get_stats(c->nic, &s);
	return host_counter(nic_counters, RT_ARRAY_SIZE(nic_counters), &s, name);
}

static long long ep_field(struct nv *c, unsigned q, const char *name)
{
	struct net_stats s;
	int rc = netvsp_endpoint_stats(c->nic, q, &s);

	return rc ? rc : host_counter(ep_counters, RT_ARRAY_SIZE(ep_counters), &s, name);
}

struct ep_query {
	struct nv *c;
	const char *what;
	long long v;
};

static void ep_query_fn(struct net_endpoint *ep, void *ctx)
{
	struct ep_query *q = ctx;

	q->v = q->c->ep_query(ep, q->what);
}

static long long nv_cmd(void *dev, const char *line)
{
	struct nv *c = dev;
	char what[32] = "";
	unsigned q = 0, v = 0;

	if (sscanf(line, "stat %31s", what) == 1)
		return stat_field(c, what);
	if (sscanf(line, "ep %u %31s", &q, what) == 2)
		return ep_field(c, q, what);
	if (sscanf(line, "link %u", &v) == 1) {
		netvsp_set_link(c->nic, v != 0);
		return 0;
	}
	if (sscanf(line, "x %31s", what) == 1 && c->ep_query) {
		struct ep_query eq = {.c = c, .what = what, .v = -EINVAL};
		int rc = netvsp_endpoint_call(c->nic, ep_query_fn, &eq);

		return rc ? rc : eq.v;
	}
	return -EINVAL;
}

static void nv_teardown(void *dev, const struct host_env *env)
{
	struct nv *c = dev;

	(void)env;
	netvsp_destroy(c->nic);
	free(c);
}

static const struct host_device nv_device = {
	.name = "netvsp",
	.setup = nv_setup,
	.cmd = nv_cmd,
	.teardown = nv_teardown,
};

int nv_host_start(struct host *h, const struct nv_host_opts *o)
{
	static const struct nv_host_opts def = {0};

	if (!o)
		o = &def;
	struct host_params p = {.mem = o->mem ? o->mem : 128u << 20,
				.workers = o->workers ? o->workers : 2};
	return host_start(h, &nv_device, &p, o);
}
