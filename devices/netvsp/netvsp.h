/*
 * netvsp: the VMBus network VSP (what Linux's hv_netvsc talks to).
 *
 * One device = one synthetic NIC: an offer of the netvsc interface
 * (f8615163-df3e-46c5-913f-f2d2f965ed0e), NVSP on the channel (version
 * negotiation 1..6.1, NDIS config and version, the receive and send buffers,
 * subchannels and the send indirection table), RNDIS inside NVSP
 * SEND_RNDIS_PKT (INITIALIZE, QUERY/SET of the OIDs Linux 6.1 uses, HALT,
 * RESET, KEEPALIVE, link indications, data packets with checksum/LSO/VLAN
 * per-packet info), and frames to and from a net endpoint (devices/net).
 *
 * Threads: the device runs a worker thread ("netvsp") that owns the
 * endpoint. NVSP and RNDIS control run on the VMBus channel workers;
 * transmitted frames are copied out of guest memory there once and handed
 * to the netvsp worker; received frames are written into the guest's
 * receive buffer by the netvsp worker. Shared state is under the device
 * lock (see netvsp_priv.h).
 *
 * Back-pressure: a received frame that finds no free receive-buffer
 * sub-allocation (or a full host->guest ring) is left with the endpoint
 * (-ENOSPC), which holds it until the guest completes earlier receives.
 * Nothing is counted as delivered that did not reach the guest.
 */
#ifndef NETVSP_H
#define NETVSP_H

#include <stdbool.h>
#include <stdint.h>

#include "pv_codec.h"

struct rt_log;
struct vmbus_server;
struct netvsp;

/* Its class is nvsp_class_netvsc (spec/nvsp.yaml classes). */

struct net_endpoint_kind;

struct netvsp_opts {
	struct rt_log *log;   /* required */
	const char *endpoint; /* "tap", "loopback" or "null" (net_endpoint_open), or ep_kind's */
	const char *endpoint_arg; /* its option list (net.h); may be NULL */
	/* An endpoint kind from outside devices/net (net_mana) and its parsed options. */
	const struct net_endpoint_kind *ep_kind;
	const void *ep_cfg;
	uint8_t instance[16];      /* instance GUID, wire order */
	uint32_t max_nvsp_version; /* 0 = 6.1; lower it to test older guests */
	/*
	 * A VF for the guest (accelerated networking): with vf set, once the
	 * guest's NVSP session (>= 4) is ready netvsp sends SEND_VF_ASSOCIATION
	 * {allocated 1, serial vf_serial}; Linux's hv_netvsc pairs it with the
	 * PCI function whose slot is named vf_serial and of the same MAC.
	 */
	bool vf;
	uint32_t vf_serial;
	const char *name; /* for logs; default "nic" */
	/*
	 * Memory budgets in bytes (runtime/budget.h): what the guest can make
	 * the device hold (sends in flight with their copied bytes, replies
	 * waiting for ring space), per channel and for the device. 0: the
	 * defaults below. At least netvsp_min_budget() each.
	 */
	uint64_t budget;
	uint64_t channel_budget;
	/*
	 * Live update (netvsp_save.h): descriptors of the endpoint kept across
	 * exec to adopt instead of opening (net_endpoint_adopt), and whether the
	 * endpoint waits for netvsp_restore() before it starts.
	 */
	const int *ep_fds;
	unsigned ep_nfds;
	bool restoring;
};

#define NETVSP_DEFAULT_BUDGET (8u << 20)         /* not protocol: bytes, docs/budgets.md */
#define NETVSP_DEFAULT_CHANNEL_BUDGET (4u << 20) /* not protocol: bytes, docs/budgets.md */

/* The smallest budget a NIC accepts: twice its largest single charge (a 64 KiB LSO send). */
uint64_t netvsp_min_budget(void);

/*
 * Opens the endpoint, starts the netvsp worker and offers the device on
 * `srv`. Server loop. Returns 0, or a negative errno (the endpoint's error,
 * -EINVAL for bad options, -ENOMEM).
 */
int netvsp_create(struct vmbus_server *srv, const struct netvsp_opts *o, struct netvsp **out);

/* Rescinds the offer, closes the endpoint, stops the worker, frees. Server loop. */
void netvsp_destroy(struct netvsp *d);

/* Counters for tests, benchmarks and diagnostics (any thread). */
struct netvsp_stats {
	uint64_t tx_frames;       /* RNDIS data packets handed to the endpoint */
	uint64_t tx_done;         /* ... and completed by it */
	uint64_t tx_errors;       /* refused (malformed, endpoint -EINVAL) */
	uint64_t tx_sends;        /* SEND_RNDIS_PKT messages completed to the guest */
	uint64_t rx_frames;       /* frames written to the receive buffer and sent */
	uint64_t rx_filtered;     /* frames the packet filter refused */
	uint64_t rx_too_big;      /* frames larger than a sub-allocation */
	uint64_t rx_backpressure; /* times the endpoint was told -ENOSPC */
	uint64_t rx_completions;  /* receive completions from the guest */
	uint64_t bad_messages;    /* malformed or out-of-order guest messages rejected */
	uint64_t unknown_completions;
	uint64_t rx_packets;     /* transfer-page packets sent (each carries 1..N frames) */
	uint64_t rx_segmented;   /* super-frames cut into segments for the guest */
	uint64_t rx_coalesced;   /* super-frames given whole as RSC fragments */
	uint64_t rx_malformed;   /* super-frames refused (not TCP, bad headers) */
	uint32_t slots_total;    /* receive-buffer sub-allocations */
	uint32_t slots_used;     /* currently owned by the guest */
	uint32_t slots_used_max; /* high-water mark: never above slots_total */
	/* Frames dropped for want of a receive slot while a ring is not read (budget). */
	uint64_t rx_dropped_blocked;
	/* The device's memory budget (opts.budget): bytes held now, the most, refusals. */
	uint64_t budget_limit, budget_used, budget_high, budget_refused;
	uint32_t nvsp_version;
	uint32_t ndis_version;
	uint32_t packet_filter;
	uint32_t subchannels;
	bool rndis_initialized;
	bool link_up; /* what the guest is told (the endpoint's link, or netvsp_set_link) */
	uint32_t vf_assoc_sent; /* SEND_VF_ASSOCIATION messages sent (opts.vf) */
	bool datapath_vf;       /* the guest's last SWITCH_DATA_PATH asked for the VF */
};
void netvsp_get_stats(struct netvsp *d, struct netvsp_stats *out);

/*
 * Counters of the endpoint queue `q` (the net_stats of devices/net), copied
 * on the netvsp worker. Returns 0 or -EINVAL.
 */
struct net_stats;
int netvsp_endpoint_stats(struct netvsp *d, uint32_t q, struct net_stats *out);
/*
 * Runs fn(ep, ctx) on the netvsp worker, where the endpoint lives, and
 * returns once it ran (tests and benchmarks read an endpoint kind's own
 * counters this way). 0, or -ENODEV when no endpoint is open.
 */
struct net_endpoint;
int netvsp_endpoint_call(struct netvsp *d, void (*fn)(struct net_endpoint *ep, void *ctx),
			 void *ctx);

/*
 * Sets the link state the guest sees and sends the RNDIS indication
 * (MEDIA_CONNECT / MEDIA_DISCONNECT) when RNDIS is initialized. Any thread.
 */
void netvsp_set_link(struct netvsp *d, bool up);

/* The `nic` kind's inspect hook (vmbus_device.h; netvsp_inspect.c). */
struct rt_inspect;
struct rt_inspect_node;
struct rt_inspect_node *netvsp_kind_inspect(void *dev, struct rt_inspect *in,
					    struct rt_inspect_node *parent, const char *name);

/*
 * The `nic` device kind for the paravisor config (keys: see netvsp_kind.c);
 * `endpoint:` may also name a kind of vmbus_dev_env.net_kinds.
 */
struct vmbus_dev_kind;
extern const struct vmbus_dev_kind netvsp_nic_kind;

#endif
