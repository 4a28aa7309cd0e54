/*
 * The VMBus server in the inspect tree (runtime/inspect.h): the connection
 * (state, version, features, target) and each channel (relid, class, state,
 * ring indices and free space, packets, bytes and signals each way).
 *
 * Runs on the control loop, which is the server loop: the channel list and
 * the "server loop" fields are ours to read. The worker's counters are
 * relaxed atomics; ring indices are read once each, relaxed, from the
 * control pages (guest memory: shown, never trusted or acted on); the
 * outbound ring's own index is read under send_lock like a sender does.
 */
#include <stddef.h>
#include <stdio.h>

#include "runtime/inspect.h"
#include "runtime/vmbus/vmbus_priv.h"
#include "vmring_wire.h"

static uint32_t ctl_u32(const struct rt_ring *r, size_t off)
{
	return __atomic_load_n((const uint32_t *)(const void *)(r->ctl + off), __ATOMIC_RELAXED);
}

/* A ring as seen from its control page: indices, bytes in use, free space. */
static void ring_show(struct rt_inspect_out *o, const char *name, const struct rt_ring *r)
{
	uint32_t w = ctl_u32(r, offsetof(struct vmring_wire_control, write_index));
	uint32_t rd = ctl_u32(r, offsetof(struct vmring_wire_control, read_index));
	uint32_t used = r->size && w < r->size && rd < r->size ? (w + r->size - rd) % r->size : 0;

	rt_inspect_dir(o, name);
	rt_inspect_u64(o, "size", r->size);
	rt_inspect_u64(o, "write_index", w);
	rt_inspect_u64(o, "read_index", rd);
	rt_inspect_u64(o, "bytes_used", used);
	rt_inspect_u64(o, "bytes_free", r->size ? r->size - used : 0);
	rt_inspect_u64(o, "interrupt_mask",
		       ctl_u32(r, offsetof(struct vmring_wire_control, interrupt_mask)));
	rt_inspect_u64(o, "pending_send_sz",
		       ctl_u32(r, offsetof(struct vmring_wire_control, pending_send_sz)));
	rt_inspect_bool(o, "broken", __atomic_load_n(&r->broken, __ATOMIC_RELAXED));
	rt_inspect_end(o);
}

static void guid_str(char *buf, size_t len, const uint8_t g[16])
{
	snprintf(buf, len, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 g[3], g[2], g[1], g[0], g[5], g[4], g[7], g[6], g[8], g[9], g[10], g[11], g[12],
		 g[13], g[14], g[15]);
}

static void chan_show(struct rt_inspect_out *o, struct vmbus_chan *ch)
{
	struct vmbus_chan_stats st;
	char g[40];

	rt_inspect_dirf(o, "%u", ch->relid);
	rt_inspect_str(o, "name", "%s", ch->name);
	guid_str(g, sizeof(g), ch->params.if_type);
	rt_inspect_str(o, "class", "%s", g);
	guid_str(g, sizeof(g), ch->params.if_instance);
	rt_inspect_str(o, "instance", "%s", g);
	rt_inspect_u64(o, "subchannel_index", ch->sub_index);
	rt_inspect_str(o, "state", "%s", vmbus_chan_fsm_state_name(&ch->fsm));
	rt_inspect_bool(o, "open", ch->is_open);
	rt_inspect_bool(o, "rescinded", ch->rescinded);
	rt_inspect_bool(o, "broken", atomic_load_explicit(&ch->broken, memory_order_relaxed));
	rt_inspect_u64(o, "target_vp",
		       atomic_load_explicit(&ch->target_vp_a, memory_order_relaxed));
	rt_inspect_u64(o, "conn_id", ch->is_open ? ch->sig_conn_id : ch->conn_id);
	vmbus_chan_get_stats(ch, &st);
	rt_inspect_dir(o, "to_host");
	rt_inspect_u64(o, "packets", st.rx_packets);
	rt_inspect_u64(o, "bytes", st.rx_bytes);
	rt_inspect_u64(o, "signals", st.signals_in);
	rt_inspect_end(o);
	rt_inspect_dir(o, "to_guest");
	rt_inspect_u64(o, "packets", st.tx_packets);
	rt_inspect_u64(o, "bytes", st.tx_bytes);
	rt_inspect_u64(o, "signals", st.signals_out);
	rt_inspect_u64(o, "ring_full", st.tx_full);
	rt_inspect_end(o);
	if (ch->is_open) {
		pthread_mutex_lock(&ch->send_lock);
		if (ch->rings_ok) {
			ring_show(o, "ring_in", &ch->rings.in);
			ring_show(o, "ring_out", &ch->rings.out);
		}
		pthread_mutex_unlock(&ch->send_lock);
	}
	rt_inspect_end(o);
}

void vmbus_server_inspect(void *ctx, struct rt_inspect_out *o)
{
	struct vmbus_server *s = ctx;
	struct vmbus_server_info info;
	struct vmbus_chan *ch;

	rt_loop_assert_thread(s->loop);
	vmbus_server_get_info(s, &info);
	rt_inspect_str(o, "state", "%s", vmbus_conn_fsm_state_name(&s->conn_fsm));
	rt_inspect_bool(o, "connected", info.connected);
	rt_inspect_str(o, "version", "%u.%u", info.version >> 16, info.version & 0xffff);
	rt_inspect_str(o, "features", "0x%llx", (unsigned long long)info.features);
	rt_inspect_u64(o, "target_vp", info.target_vp);
	rt_inspect_u64(o, "target_sint", info.target_sint);
	rt_inspect_u64(o, "offers", info.offers);
	rt_inspect_u64(o, "open_channels", info.open_channels);
	rt_inspect_u64(o, "gpadls", info.gpadls);
	rt_inspect_u64(o, "dropped_messages", info.dropped_messages);
	rt_inspect_u64(o, "workers", s->nworkers);
	rt_budget_inspect(o, "budget", &s->budget);
	rt_inspect_dir(o, "channels");
	TAILQ_FOREACH(ch, &s->chans, link)
		chan_show(o, ch);
	rt_inspect_end(o);
}
