/*
 * The VMBus server: the host side of the VMBus control plane.
 *
 * It takes the guest's channel messages from the partition (cb.on_message),
 * decodes them with the generated codec (generated/vmbus_codec.h), checks
 * their order with the generated session machines (connection and channel
 * life cycles) and answers through rt_partition_post_message(). It owns the
 * offers (relids from 1 up), the GPADLs the guest creates and the channel
 * objects the VSPs use (vmbus_chan.h).
 *
 * Versions served: every version spec/vmbus.yaml lists (vmbus_versions[],
 * 0.13 to 6.0 Copper with feature flags today). Anything else gets
 * version_supported = 0 so the guest falls back. INITIATE_CONTACT for 5.0 and newer must arrive on
 * connection id 4, older ones on 1; once connected at 5.0+ the guest posts on
 * the message connection id the server returned. A message on any other
 * connection id gets RT_HV_STATUS_INVALID_CONNECTION_ID.
 *
 * A message that is malformed or illegal in the current state is answered
 * with a failure status where the protocol has one (GPADL_CREATED,
 * OPENCHANNEL_RESULT, MODIFYCHANNEL_RESPONSE) or dropped with one rate-limited
 * log line; it never affects other channels.
 *
 * Threading: everything here runs on the partition's loop (the "server
 * loop") unless said otherwise. Channel data paths run on the server's worker
 * threads (opts.workers threads; channels are spread over them).
 */
#ifndef VMBUS_SERVER_H
#define VMBUS_SERVER_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/vmbus/vmbus_chan.h"
#include "vmbus_wire.h"

struct rt_partition;
struct rt_log;
struct vmbus_server;

/*
 * Feature flags the server grants at 6.0: guest-specified signal parameters
 * (OPENCHANNEL names the connection id the guest will signal and the event
 * flag it wants set). Others are masked out of VERSION_RESPONSE.
 */
#define VMBUS_SERVER_FEATURES VMBUS_FEATURE_GUEST_SPECIFIED_SIGNAL_PARAMETERS

struct vmbus_server_opts {
	struct rt_log *log;   /* required */
	uint32_t max_version; /* 0 = newest; lower it to test older guests */
	/* Message connection id answered from 5.0 on (0 = VMBUS_MESSAGE_CONNECTION_ID). */
	uint32_t msg_conn_id;
	unsigned workers; /* channel worker threads (0 = 1) */
	/* First connection id for channel signals (0 = 0x10000); one per relid. */
	uint32_t signal_conn_base;
	/* Records control messages and ring packets (runtime/trace.h); NULL: off. */
	struct rt_trace *trace;
	/*
	 * Memory budget in bytes (runtime/budget.h) for the guest's control
	 * state: GPADLs (a header past it is refused) and requests queued for
	 * the server loop. 0: VMBUS_SERVER_DEFAULT_BUDGET.
	 */
	uint64_t budget;
};

#define VMBUS_SERVER_DEFAULT_BUDGET (4u << 20) /* not protocol: bytes, docs/budgets.md */
#define VMBUS_SERVER_MIN_BUDGET (128u << 10)   /* not protocol: two largest GPADL headers */

/*
 * Creates a server bound to partition `p` and installs itself as p's
 * callback (p->cb, p->cb_ctx) and starts its worker threads. Call before
 * p->ops->start(). Returns 0 or a negative errno.
 */
int vmbus_server_new(struct rt_partition *p, const struct vmbus_server_opts *opts,
		     struct vmbus_server **out);

/*
 * Ends the guest's session as if it reset: open channels close (close()
 * callbacks run), GPADLs are forgotten, nothing is sent to the guest. Offers
 * stay registered; rescinding them afterwards sends nothing. Call on
 * shutdown before destroying devices. Server loop.
 */
void vmbus_server_disconnect(struct vmbus_server *s);

/*
 * Closes every open channel (close() callbacks run), forgets GPADLs, stops
 * workers and frees the server. Server loop; the partition must be stopped
 * or about to be (no more on_message calls).
 */
void vmbus_server_destroy(struct vmbus_server *s);

/* What a device offers (OFFERCHANNEL fields the VSP chooses). */
struct vmbus_offer_params {
	uint8_t if_type[16];     /* interface GUID, wire (mixed-endian) byte order */
	uint8_t if_instance[16]; /* instance GUID, wire byte order */
	uint16_t chn_flags;
	uint16_t mmio_megabytes;
	uint8_t user_def[120];
	const char *name; /* for logs, e.g. "echo0"; copied (31 chars at most) */
	const struct vmbus_chan_ops *ops;
	void *ctx;
	/* Per-channel receive buffer (largest packet accepted); 0 = 64 KiB. */
	uint32_t max_pkt_size;
};

/*
 * Registers a device: offers its primary channel now (if the guest already
 * requested offers) or on REQUEST_OFFERS. Returns 0 and the channel in *out
 * (may be NULL), -EEXIST for a duplicate (if_type, if_instance), -ENOSPC when
 * no relid is left. Server loop.
 */
int vmbus_server_offer(struct vmbus_server *s, const struct vmbus_offer_params *params,
		       struct vmbus_chan **out);

/*
 * Rescinds a channel (and, for a primary, its subchannels): closes it if
 * open (close() runs), sends RESCIND_CHANNELOFFER; the relid is reused only
 * after the guest's RELID_RELEASED. The device's ops are not called again
 * for this channel. Server loop.
 */
void vmbus_server_rescind(struct vmbus_server *s, struct vmbus_chan *ch);

/* Parses "5.3", "0.13", "6.0" into a version number. Returns 0 or -EINVAL. */
int vmbus_version_parse(const char *s, uint32_t *out);
/* True for a version this server can negotiate. */
bool vmbus_version_known(uint32_t v);

/* Server state for tests and diagnostics. */
struct vmbus_server_info {
	bool connected;
	uint32_t version;
	uint64_t features;
	uint32_t target_vp, target_sint;
	unsigned offers, open_channels, gpadls;
	uint64_t dropped_messages; /* malformed or wrong-state messages */
};
void vmbus_server_get_info(const struct vmbus_server *s, struct vmbus_server_info *out);

/*
 * The trace the server records into (opts.trace, fixed for its lifetime), so
 * a VSP can record its inner protocol messages beside the ring packets; NULL
 * when tracing is off. Any thread.
 */
struct rt_trace *vmbus_server_trace(const struct vmbus_server *s);

/*
 * The server's values for the inspect tree (runtime/inspect.h): hang it with
 * rt_inspect_add(in, parent, "vmbus", vmbus_server_inspect, server). Server
 * loop only (the control socket runs there).
 */
struct rt_inspect_out;
void vmbus_server_inspect(void *ctx, struct rt_inspect_out *o);

#endif
