/*
 * The net endpoint interface: where the frames of a synthetic NIC go.
 *
 * netvsp (the VMBus network VSP) turns the guest's RNDIS packets into frames
 * with offload metadata and hands them to an endpoint; the endpoint gives
 * received frames back through a callback. Implementations: tap (a Linux TAP
 * device, optionally inside a network namespace), loopback (reflects every
 * transmitted frame back as received), null (counts and drops), and later
 * mana (the MANA driver).
 *
 * Queues: an endpoint has `nqueues` queue pairs (tx q / rx q). netvsp maps
 * its VMBus channels onto them; a frame sent on tx queue q of a reflecting
 * endpoint comes back on rx queue q.
 *
 * Offloads: a frame may carry offload requests (struct net_tx_meta). Every
 * endpoint honours every request; `caps` says which ones it does natively
 * ("in hardware"); the rest it does in software through offload.h. So
 * netvsp may promise the guest the full set whatever the endpoint is.
 *
 * Threading and async contract: an endpoint belongs to one libev loop (made
 * by rt_loop_new() or adopted with rt_loop_adopt(), runtime/loop.h); every
 * function here is called on that loop's thread, and every callback runs on
 * it. net_endpoint_tx() returns before its completion runs. The segments of
 * a transmitted frame stay valid and unchanged until its tx_done callback;
 * the endpoint neither writes them nor reads them after tx_done.
 *
 * Receive offloads: frames arrive up to the MTU (plus link header) unless the
 * consumer declared rx_gso, in which case an endpoint may deliver TCP
 * super-frames (NET_RX_GSO_TCP4/6 with gso_size) of up to NET_MAX_LSO_FRAME.
 *
 * Receive back-pressure: the rx callback returns 0 when it took (copied) the
 * frame, or -ENOSPC when it has no room. On -ENOSPC the endpoint keeps that
 * frame and delivers nothing more on that queue until the consumer calls
 * net_endpoint_rx_resume(); then the kept frame comes first. Any other
 * negative return means the consumer refuses this frame: the endpoint counts
 * it in rx_dropped and moves on. An endpoint never drops a frame it counted
 * as delivered; anything it must drop (oversized, malformed, out of memory)
 * is counted in rx_dropped.
 */
#ifndef NET_NET_H
#define NET_NET_H

#include <stdbool.h>
#include <stdint.h>

struct ev_loop;
struct net_endpoint;

#define NET_MAX_QUEUES 64
/* Most segments one transmitted frame may have (RNDIS page ranges fit). */
#define NET_TX_MAX_SEGS 64
/* Largest frame on the wire without LSO: MTU 9000 jumbo + 802.1Q header. */
#define NET_MAX_FRAME 9018
/* Largest LSO super-frame: 64 KiB of IP payload plus L2/L3 headers. */
#define NET_MAX_LSO_FRAME (65536 + 256)
/* Most transmitted frames in flight per queue before tx returns -EAGAIN. */
#define NET_TX_MAX_INFLIGHT 1024

/* One piece of a transmitted frame (guest memory mapped into our space). */
struct net_seg {
	void *va;
	uint32_t len;
};

/* Offload requests of a transmitted frame (RNDIS per-packet info). */
enum net_tx_flags {
	NET_TX_IPV4 = 1u << 0,     /* the frame is IPv4 (from the csum/LSO info) */
	NET_TX_IPV6 = 1u << 1,     /* the frame is IPv6 */
	NET_TX_CSUM_IP = 1u << 2,  /* fill the IPv4 header checksum */
	NET_TX_CSUM_TCP = 1u << 3, /* fill the TCP checksum (with pseudo-header) */
	NET_TX_CSUM_UDP = 1u << 4, /* fill the UDP checksum (with pseudo-header) */
	NET_TX_LSO = 1u << 5,      /* segment a TCP super-frame at `mss` */
	NET_TX_VLAN = 1u << 6,     /* insert an 802.1Q tag with `vlan_tci` */
	NET_TX_HASH = 1u << 7,     /* `hash` holds the guest's flow hash */
};

struct net_tx_meta {
	uint32_t flags;    /* enum net_tx_flags */
	uint16_t l4_off;   /* TCP/UDP header offset from the guest, 0 = unknown */
	uint16_t mss;      /* NET_TX_LSO only */
	uint16_t vlan_tci; /* NET_TX_VLAN only: PCP(3) DEI(1) VID(12) */
	uint32_t hash;     /* NET_TX_HASH only */
};

/* What is known about a received frame (becomes RNDIS per-packet info). */
enum net_rx_flags {
	NET_RX_IP_CSUM_OK = 1u << 0,  /* IPv4 header checksum verified good */
	NET_RX_IP_CSUM_BAD = 1u << 1, /* IPv4 header checksum wrong */
	NET_RX_TCP_CSUM_OK = 1u << 2,
	NET_RX_TCP_CSUM_BAD = 1u << 3,
	NET_RX_UDP_CSUM_OK = 1u << 4,
	NET_RX_UDP_CSUM_BAD = 1u << 5,
	NET_RX_VLAN = 1u << 6, /* an 802.1Q tag was stripped into vlan_tci */
	NET_RX_HASH = 1u << 7, /* hash/hash_type hold an RSS hash */
	/*
	 * A TCP super-frame (only to a consumer that set rx_gso): the payload
	 * of several segments of gso_size bytes behind one set of headers, as
	 * the host's stack built it. Its data was checksummed by that stack
	 * (NET_RX_TCP_CSUM_OK is set) but the TCP checksum field holds only the
	 * pseudo-header sum; the IP length fields cover the whole frame. The
	 * consumer segments it (filling every checksum) or passes it on whole
	 * to a receiver that coalesces (netvsc RSC).
	 */
	NET_RX_GSO_TCP4 = 1u << 8,
	NET_RX_GSO_TCP6 = 1u << 9,
};

/* RSS hash types (the NDIS_HASH_* meanings, as bits of our own). */
enum net_hash_type {
	NET_HASH_IPV4 = 1u << 0,
	NET_HASH_TCP_IPV4 = 1u << 1,
	NET_HASH_UDP_IPV4 = 1u << 2,
	NET_HASH_IPV6 = 1u << 3,
	NET_HASH_TCP_IPV6 = 1u << 4,
	NET_HASH_UDP_IPV6 = 1u << 5,
};

struct net_rx_meta {
	uint32_t flags;     /* enum net_rx_flags */
	uint16_t vlan_tci;  /* NET_RX_VLAN only */
	uint16_t gso_size;  /* NET_RX_GSO_* only: TCP payload bytes per segment */
	uint32_t hash;      /* NET_RX_HASH only */
	uint32_t hash_type; /* NET_RX_HASH only: one enum net_hash_type bit */
};

/* A received frame: `data` is valid only during the rx callback. */
struct net_rx_frame {
	const void *data;
	uint32_t len;
	struct net_rx_meta meta;
};

/* What the endpoint does natively; the rest it does in software. */
enum net_caps {
	NET_CAP_TX_CSUM_IP4 = 1u << 0,
	NET_CAP_TX_CSUM_TCP4 = 1u << 1,
	NET_CAP_TX_CSUM_UDP4 = 1u << 2,
	NET_CAP_TX_CSUM_TCP6 = 1u << 3,
	NET_CAP_TX_CSUM_UDP6 = 1u << 4,
	NET_CAP_TX_LSO4 = 1u << 5,
	NET_CAP_TX_LSO6 = 1u << 6,
	NET_CAP_TX_VLAN = 1u << 7,
	NET_CAP_RX_CSUM = 1u << 8, /* rx frames come with verified-checksum bits */
	NET_CAP_RX_HASH = 1u << 9, /* rx frames come with an RSS hash */
	NET_CAP_RSS = 1u << 10,    /* set_rss steers rx frames to queues */
};

/* Per-queue counters, maintained by the endpoint. */
struct net_stats {
	uint64_t tx_packets; /* frames accepted for transmission (after LSO: super-frames) */
	uint64_t tx_bytes;
	uint64_t tx_dropped; /* accepted, then discarded (null endpoint, full device) */
	uint64_t tx_errors;  /* refused: malformed frame or offload request */
	uint64_t rx_packets; /* frames the consumer took */
	uint64_t rx_bytes;
	uint64_t rx_dropped; /* frames received and not delivered */
};

/* RSS configuration from the guest (OID_GEN_RECEIVE_SCALE_PARAMETERS). */
#define NET_RSS_KEY_MAX 40
#define NET_RSS_TABLE_MAX 128
struct net_rss {
	uint32_t hash_types; /* enum net_hash_type bits; 0 = RSS off */
	uint8_t key[NET_RSS_KEY_MAX];
	uint32_t key_len;
	uint32_t table[NET_RSS_TABLE_MAX]; /* queue numbers, each < nqueues */
	uint32_t table_len;
};

/* The consumer's callbacks (netvsp), all run on the endpoint's loop. */
struct net_endpoint_cb {
	/*
	 * A frame arrived on queue `q`. Return 0 once it is copied out, or
	 * -ENOSPC to have the endpoint keep it and pause the queue until
	 * net_endpoint_rx_resume(), or another negative errno to drop it.
	 */
	int (*rx)(void *ctx, uint32_t q, const struct net_rx_frame *f);
	/* The frame submitted with `cookie` on queue `q` is done: 0 or -errno. */
	void (*tx_done)(void *ctx, uint32_t q, void *cookie, int status);
	/* Link state changed (optional). */
	void (*link_change)(void *ctx, bool up);
	/*
	 * The consumer takes NET_RX_GSO_* super-frames (up to NET_MAX_LSO_FRAME
	 * bytes): an endpoint that can (tap) then asks its device for large
	 * segments instead of having them cut to the MTU first.
	 */
	bool rx_gso;
};

struct net_endpoint_ops {
	const char *kind;
	/* Begins receiving; callbacks may run from the next loop iteration. */
	int (*start)(struct net_endpoint *ep);
	/* Stops receiving and completing; kept frames stay kept. */
	void (*stop)(struct net_endpoint *ep);
	int (*tx)(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		  const struct net_tx_meta *meta, void *cookie);
	void (*rx_resume)(struct net_endpoint *ep, uint32_t q);
	/* Optional (NULL when the endpoint has no RSS). */
	int (*set_rss)(struct net_endpoint *ep, const struct net_rss *rss);
	void (*close)(struct net_endpoint *ep);
};

/* The object. Fields are read-only to consumers; owned by the loop thread. */
struct net_endpoint {
	const struct net_endpoint_ops *ops;
	struct ev_loop *loop;
	const struct net_endpoint_cb *cb; /* set by net_endpoint_start() */
	void *cb_ctx;
	uint32_t nqueues;
	uint32_t caps; /* enum net_caps */
	uint32_t mtu;  /* IP MTU (1500 unless configured) */
	uint8_t mac[6];
	bool link_up;
	bool started;
	struct net_stats *stats; /* nqueues entries */
};

/*
 * Opens an endpoint of `kind` ("tap", "loopback", "null") on `loop`.
 * `arg` is a comma-separated option list (may be NULL or empty):
 *   common:   queues=N (1..NET_MAX_QUEUES, default 1), mac=xx:xx:xx:xx:xx:xx,
 *             mtu=N (68..9000, default 1500)
 *   tap:      name=IFNAME (or a bare IFNAME as first item, required),
 *             netns=NAME (a namespace under /run/netns to open the TAP in)
 * Without mac= a locally administered MAC is derived from the kind and arg.
 * Returns 0 and *out, or -EINVAL (bad kind or option), -ENOMEM, or the error
 * of the device (e.g. -ENOENT for a missing namespace, -EPERM).
 */
int net_endpoint_open(const char *kind, const char *arg, struct ev_loop *loop,
		      struct net_endpoint **out);

/*
 * Attaches the consumer and starts receiving. `cb` must outlive the
 * endpoint. Returns 0, -EBUSY if already started, or the endpoint's error.
 */
int net_endpoint_start(struct net_endpoint *ep, const struct net_endpoint_cb *cb, void *ctx);

/*
 * Stops delivering rx frames and tx completions. Frames kept under
 * back-pressure stay kept; transmissions in flight complete after a later
 * net_endpoint_start() or are abandoned by net_endpoint_close().
 */
void net_endpoint_stop(struct net_endpoint *ep);

/*
 * Transmits one frame made of `nseg` segments on queue `q` with offload
 * requests `meta` (NULL = none). Returns 0 when accepted (tx_done(cookie)
 * follows, never inside this call), -EAGAIN when the queue has
 * NET_TX_MAX_INFLIGHT frames in flight (nothing taken: retry after a
 * tx_done), -EINVAL for a bad queue, segment list or offload request (counted
 * in tx_errors; no tx_done), or -ENOTCONN when not started.
 */
int net_endpoint_tx(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		    const struct net_tx_meta *meta, void *cookie);

/* The consumer has receive space again on queue `q`: redeliver and go on. */
void net_endpoint_rx_resume(struct net_endpoint *ep, uint32_t q);

/*
 * Applies the guest's RSS settings. Returns 0, -EOPNOTSUPP when the endpoint
 * cannot steer (the consumer then hashes in software, see offload.h), or
 * -EINVAL for a table naming a queue >= nqueues.
 */
int net_endpoint_set_rss(struct net_endpoint *ep, const struct net_rss *rss);

/*
 * An endpoint kind built outside devices/net, on a driver (net_mana on the
 * MANA driver in drivers/mana): a VSP never includes a driver header, so the
 * program (tools/paravisor) hands such kinds to the consumer, which parses
 * and opens them through this table.
 */
struct rt_cfg;
struct rt_cfg_node;
struct rt_log;
struct rt_trace;

struct net_endpoint_env {
	struct rt_log *log;     /* required */
	struct rt_trace *trace; /* optional: the program's trace */
	const char *name;       /* for logs ("nic0") */
};

struct net_endpoint_kind {
	const char *kind; /* the `endpoint:` value, and the key holding its options */
	/*
	 * Reads the kind's options from `node` (the value of the device's key
	 * named `kind`, NULL when absent). Returns 0 and *out (freed with
	 * free_cfg), or -EINVAL with the error in cfg->err.
	 */
	int (*parse)(struct rt_cfg *cfg, const struct rt_cfg_node *node, void **out);
	void (*free_cfg)(void *parsed);
	/*
	 * Opens on `loop` (its thread) with the common options `arg` (as
	 * net_endpoint_open takes them) and the parsed options. 0 or -errno.
	 */
	int (*open)(const void *parsed, const char *arg, struct ev_loop *loop,
		    const struct net_endpoint_env *env, struct net_endpoint **out);
};

/*
 * Live update (docs/servicing.md): the descriptors an endpoint can hand to
 * the binary that replaces this one (a tap: one per queue, in queue order;
 * loopback and null: none). Returns how many were stored (at most max).
 */
int net_endpoint_fds(const struct net_endpoint *ep, int *fds, unsigned max);

/*
 * Opens like net_endpoint_open() but on descriptors an endpoint of the same
 * kind and options kept open across exec (net_endpoint_fds() before it):
 * nfds must be the queue count, and a tap checks each descriptor is a queue
 * of the TAP `arg` names (TUNGETIFF) and sets close-on-exec on it again. The
 * frames the kernel queued meanwhile are still there. Returns 0, -EINVAL
 * (kind without descriptors, wrong count) or -EBADF (not that TAP).
 */
int net_endpoint_adopt(const char *kind, const char *arg, struct ev_loop *loop, const int *fds,
		       unsigned nfds, struct net_endpoint **out);

/* Counters of queue `q` (NULL if q >= nqueues). */
const struct net_stats *net_endpoint_stats(const struct net_endpoint *ep, uint32_t q);

/* Closes: no callback runs afterwards; in-flight transmissions are abandoned. */
void net_endpoint_close(struct net_endpoint *ep);

#endif
