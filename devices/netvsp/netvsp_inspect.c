/*
 * A netvsp NIC in the inspect tree (runtime/inspect.h): negotiated versions,
 * link, receive-buffer slots, frames each way, drops by cause, memory
 * budgets with their high-water marks, the RSS
 * indirection table, and each endpoint queue's counters. Runs on the control
 * loop: protocol state is read under the device's lock ([L] in
 * netvsp_priv.h), counters with relaxed loads, the endpoint's counters
 * through netvsp_endpoint_stats() (copied on the netvsp worker).
 */
#include <stdio.h>
#include <string.h>

#include "devices/net/net.h"
#include "devices/netvsp/netvsp.h"
#include "devices/netvsp/netvsp_priv.h"
#include "runtime/inspect.h"

static void show(void *ctx, struct rt_inspect_out *o)
{
	struct netvsp *d = ctx;
	struct netvsp_stats st;
	struct net_rss rss;
	uint8_t mac[6];
	bool link;
	char line[NET_RSS_TABLE_MAX * 4 + 1];
	size_t n = 0;

	netvsp_get_stats(d, &st);
	pthread_mutex_lock(&d->lock);
	rss = d->rss;
	memcpy(mac, d->mac, sizeof(mac));
	link = d->link_up;
	pthread_mutex_unlock(&d->lock);

	rt_inspect_str(o, "nvsp_version", "0x%x", st.nvsp_version);
	rt_inspect_str(o, "ndis_version", "%u.%u", st.ndis_version >> 16, st.ndis_version & 0xffff);
	rt_inspect_bool(o, "rndis_initialized", st.rndis_initialized);
	rt_inspect_str(o, "mac", "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3],
		       mac[4], mac[5]);
	rt_inspect_bool(o, "link_up", link);
	rt_inspect_u64(o, "mtu", d->ep_mtu);
	rt_inspect_str(o, "packet_filter", "0x%x", st.packet_filter);
	rt_inspect_u64(o, "subchannels", st.subchannels);
	if (d->opts.vf) {
		rt_inspect_dir(o, "vf");
		rt_inspect_u64(o, "serial", d->opts.vf_serial);
		rt_inspect_u64(o, "associations_sent", st.vf_assoc_sent);
		rt_inspect_str(o, "data_path", "%s", st.datapath_vf ? "vf" : "synthetic");
		rt_inspect_end(o);
	}
	rt_inspect_dir(o, "receive_slots");
	rt_inspect_u64(o, "total", st.slots_total);
	rt_inspect_u64(o, "in_use", st.slots_used);
	rt_inspect_u64(o, "in_use_high_water", st.slots_used_max);
	rt_inspect_end(o);
	rt_inspect_dir(o, "to_wire");
	rt_inspect_u64(o, "frames", st.tx_frames);
	rt_inspect_u64(o, "done", st.tx_done);
	rt_inspect_u64(o, "sends_completed", st.tx_sends);
	rt_inspect_u64(o, "dropped_bad", st.tx_errors);
	rt_inspect_end(o);
	rt_inspect_dir(o, "to_guest");
	rt_inspect_u64(o, "frames", st.rx_frames);
	rt_inspect_u64(o, "completions", st.rx_completions);
	rt_inspect_u64(o, "dropped_filtered", st.rx_filtered);
	rt_inspect_u64(o, "dropped_too_big", st.rx_too_big);
	rt_inspect_u64(o, "backpressure", st.rx_backpressure);
	rt_inspect_u64(o, "dropped_ring_blocked", st.rx_dropped_blocked);
	rt_inspect_end(o);
	/* Memory budgets (runtime/budget.h): the device's, then each channel that held any. */
	rt_budget_inspect(o, "budget", &d->budget);
	rt_inspect_dir(o, "channel_budgets");
	for (uint32_t i = 0; i < NETVSP_MAX_CHANNELS; i++) {
		char name[16];
		if (!rt_budget_high(&d->chans[i].budget))
			continue;
		snprintf(name, sizeof(name), "%u", i);
		rt_budget_inspect(o, name, &d->chans[i].budget);
	}
	rt_inspect_end(o);
	rt_inspect_u64(o, "bad_messages", st.bad_messages);
	rt_inspect_u64(o, "unknown_completions", st.unknown_completions);
	rt_inspect_dir(o, "rss");
	rt_inspect_str(o, "hash_types", "0x%x", rss.hash_types);
	rt_inspect_u64(o, "key_len", rss.key_len);
	line[0] = 0;
	for (uint32_t i = 0; i < rss.table_len && i < NET_RSS_TABLE_MAX; i++)
		n += (size_t)snprintf(line + n, sizeof(line) - n, "%s%u", i ? " " : "",
				      rss.table[i]);
	rt_inspect_str(o, "table", "%s", line);
	rt_inspect_end(o);
	rt_inspect_dir(o, "endpoint");
	for (uint32_t q = 0; q < d->nqueues; q++) {
		struct net_stats es;
		if (netvsp_endpoint_stats(d, q, &es))
			continue;
		rt_inspect_dirf(o, "queue%u", q);
		rt_inspect_u64(o, "tx_packets", es.tx_packets);
		rt_inspect_u64(o, "tx_bytes", es.tx_bytes);
		rt_inspect_u64(o, "tx_dropped", es.tx_dropped);
		rt_inspect_u64(o, "tx_errors", es.tx_errors);
		rt_inspect_u64(o, "rx_packets", es.rx_packets);
		rt_inspect_u64(o, "rx_bytes", es.rx_bytes);
		rt_inspect_u64(o, "rx_dropped", es.rx_dropped);
		rt_inspect_end(o);
	}
	rt_inspect_end(o);
}

struct rt_inspect_node *netvsp_kind_inspect(void *dev, struct rt_inspect *in,
					    struct rt_inspect_node *parent, const char *name)
{
	return rt_inspect_add(in, parent, name, show, dev);
}
