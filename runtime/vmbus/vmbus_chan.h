/*
 * A VMBus channel as a VSP (device back end) sees it.
 *
 * A device registers with the VMBus server (vmbus_server_offer(), see
 * vmbus_server.h) by interface and instance GUID; the server offers it to the
 * guest and creates one struct vmbus_chan per offer (the primary channel and
 * each subchannel). The VSP never sees guest memory mappings, GPADLs or ring
 * indices: it reads packets that were copied out of the guest->host ring once,
 * writes packets and completions into the host->guest ring, and the channel
 * applies the signalling rules (Linux drivers/hv/ring_buffer.c):
 *
 *   - after a write, the guest is signalled only if its inbound ring was
 *     empty before the write and the guest's interrupt_mask is 0;
 *   - after reading, the guest is signalled only if it wrote a non-zero
 *     pending_send_size and the free space crossed it.
 *
 * Threading:
 *   - open() and close() run on the server's loop (the partition's loop);
 *   - on_packet() and on_send_space() run on the channel's worker thread (one
 *     of the server's rt_workers, shared by several channels). A channel's
 *     callbacks never run concurrently with each other;
 *   - vmbus_chan_send() / vmbus_chan_complete() may be called from any thread
 *     between the return of open() and the return of close(); writers are
 *     serialised by the channel's send lock;
 *   - close() is called after the worker stopped delivering packets for the
 *     channel; when it returns the VSP must not touch the channel again;
 *   - the server loop waits for the worker when a channel closes, so
 *     on_packet() must never wait for the server loop (post to it instead).
 *
 * Lifetime: a primary channel lives until its device is rescinded (and the
 * guest released the relid). Subchannels live while their primary is open:
 * when the guest closes the primary they are closed (close() runs if they
 * were open) and rescinded, and when the guest unloads, reconnects or resets
 * they are freed; the VSP asks again when the driver opens the primary
 * again, and the new offers carry new relids (Linux waits for new offers).
 *
 * A channel whose guest breaks the ring protocol (indices out of range,
 * malformed descriptors) is reset: it stops, close() is called, one log line
 * is written, and other channels are not affected. The guest's later
 * CLOSECHANNEL completes the teardown.
 */
#ifndef VMBUS_CHAN_H
#define VMBUS_CHAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/gmem.h"
#include "vmring_codec.h"

struct vmbus_chan;
struct rt_gmem;
struct rt_worker;

/*
 * One received packet, already copied out of guest memory. `type` is a
 * VMRING_PKT_* (spec/vmring.yaml), `flags` VMRING_PKT_FLAGS_*. `ext` is
 * whatever lies between the 16-byte descriptor and the payload (the
 * transfer-page or GPA-range header of types 7 and 9; empty for in-band
 * packets); `data` is the payload up to the packet's end (8-byte padded).
 * A DATA_USING_GPA_DIRECT packet's range list is decoded once, by the
 * generated vmring codec, into `ranges` (`range_count` of them, their PFNs
 * inside the decoded list); `ranges_err` is PV_OK, or why the list is
 * malformed (then range_count is 0 and the VSP fails the request). All of it
 * lives in a per-channel buffer valid only during the on_packet() call.
 */
struct vmbus_pkt {
	uint16_t type;
	uint16_t flags;
	uint64_t trans_id;
	const uint8_t *ext;
	uint32_t ext_len;
	const uint8_t *data;
	uint32_t len;
	const struct rt_gpa_range *ranges;
	uint32_t range_count;
	enum pv_codec_err ranges_err;
};

/* Where a packet's decoded GPA range list lives (per channel; per test fake). */
struct vmbus_pkt_gpa {
	struct vmring_gpa_direct list;
	struct rt_gpa_range ranges[VMRING_GPA_DIRECT_RANGES_MAX];
};

/*
 * Describes the packet at buf (len = len8 * 8 bytes, descriptor first, as
 * the ring holds it) in *pkt, decoding its descriptor and, for type 9, its
 * range list (into *gpa) with the generated vmring codec. Returns PV_OK or
 * why the descriptor is malformed (type or flags outside spec/vmring.yaml,
 * offsets); a malformed range list is pkt->ranges_err. The channel worker
 * runs every packet through it; VSP tests and fuzzers hand theirs over the
 * same way.
 */
enum pv_codec_err vmbus_pkt_decode(const void *buf, size_t len, struct vmbus_pkt_gpa *gpa,
				   struct vmbus_pkt *pkt);

/*
 * Lays out a packet as a guest writes it (descriptor, ext, data padded to 8
 * bytes) into buf; returns its length or -1 (ext not a multiple of 8, no
 * room). For tests and fuzzers that hand a VSP packets.
 */
int vmbus_pkt_build(void *buf, size_t cap, uint16_t type, uint16_t flags, uint64_t trans_id,
		    const void *ext, size_t ext_len, const void *data, size_t len);

/* What a device implements; any callback may be NULL except on_packet. */
struct vmbus_chan_ops {
	/*
	 * The guest opened the channel (OPENCHANNEL validated, rings set up).
	 * user_data is OPENCHANNEL's 120 bytes. Return 0 to accept or a
	 * negative errno: the guest gets OPENCHANNEL_RESULT with a failure.
	 * Server loop.
	 */
	int (*open)(void *ctx, struct vmbus_chan *ch, const uint8_t user_data[120]);
	/* The channel closed (CLOSECHANNEL, rescind, unload, reset). Server loop. */
	void (*close)(void *ctx, struct vmbus_chan *ch);
	/*
	 * One packet from the guest. Channel worker. Returns 0 when consumed,
	 * or -EAGAIN to leave it in the ring (back-pressure): allowed only
	 * after a send returned -EAGAIN (delivery pauses, on_send_space() runs
	 * once the guest freed room, then the same packet is delivered again)
	 * or when the VSP will call vmbus_chan_kick() once it can take more
	 * (a device-side limit such as outstanding I/O).
	 */
	int (*on_packet)(void *ctx, struct vmbus_chan *ch, const struct vmbus_pkt *pkt);
	/*
	 * A send returned -EAGAIN earlier and the guest has since freed enough
	 * room for it. Channel worker.
	 */
	void (*on_send_space)(void *ctx, struct vmbus_chan *ch);
};

/*
 * Writes one packet of `type` to the host->guest ring: descriptor, `ext`
 * (may be NULL/0; a multiple of 8 bytes, else -EINVAL, since the payload
 * offset counts 8-byte units) and `data`, padded to 8 bytes, and the trailer. flags may
 * hold VMRING_PKT_FLAGS_COMPLETION_REQUESTED. Returns 0, -EAGAIN when the ring
 * has no room (the channel then sets pending_send_size and calls
 * on_send_space() once the guest freed room), -EMSGSIZE if the packet can
 * never fit, or -EPIPE when the channel is not open or was reset.
 */
int vmbus_chan_send_ext(struct vmbus_chan *ch, uint16_t type, uint16_t flags, uint64_t trans_id,
			const void *ext, size_t ext_len, const void *data, size_t len);

/*
 * An in-band packet (type 6); see vmbus_chan_send_ext(). Inline, as the next
 * one, so that a fake channel layer (the netvsp tests') provides only
 * vmbus_chan_send_ext().
 */
static inline int vmbus_chan_send(struct vmbus_chan *ch, uint64_t trans_id,
				  bool completion_requested, const void *data, size_t len)
{
	return vmbus_chan_send_ext(ch, VMRING_PKT_DATA_INBAND,
				   completion_requested ? VMRING_PKT_FLAGS_COMPLETION_REQUESTED : 0,
				   trans_id, NULL, 0, data, len);
}

/* A completion (type 0xB) echoing `trans_id`; see vmbus_chan_send_ext(). */
static inline int vmbus_chan_complete(struct vmbus_chan *ch, uint64_t trans_id, const void *data,
				      size_t len)
{
	return vmbus_chan_send_ext(ch, VMRING_PKT_COMP, 0, trans_id, NULL, 0, data, len);
}

/*
 * Guest memory for the data a packet's GPA ranges or GPADLs name: the VSP
 * copies with the range-checked rt_gmem functions, never through a mapping.
 */
struct rt_gmem *vmbus_chan_gmem(struct vmbus_chan *ch);

/*
 * Asks the server to offer `count` subchannels of this (primary) channel,
 * with sub_channel_index 1..count, the same GUIDs, ops and ctx. Callable from
 * any thread; the offers go out on the server loop (also after
 * ALLOFFERS_DELIVERED). Returns 0, -EINVAL (not a primary channel, or count
 * above VMBUS_MAX_SUBCHANNELS) or -ENOMEM.
 */
int vmbus_chan_offer_subchannels(struct vmbus_chan *ch, uint16_t count);
#define VMBUS_MAX_SUBCHANNELS 64 /* not protocol: our limit per primary channel */

/*
 * Makes the channel's worker deliver again (the packet a VSP held back with
 * -EAGAIN, then whatever the ring holds) without waiting for a guest signal.
 * Any thread, between the return of open() and the return of close(); a
 * kick that arrives after the channel stopped does nothing. Returns 0 or
 * -ESHUTDOWN when the worker is stopping.
 */
int vmbus_chan_kick(struct vmbus_chan *ch);

/*
 * The worker whose thread delivers this channel's packets (on_packet,
 * on_send_space), fixed from the offer on. A VSP may run its own work for
 * the channel there (rt_worker_call, watchers on its loop) so that a request
 * is executed and completed on the thread its packet arrived on, without a
 * hand-off. Work queued there must never wait for the server loop.
 */
struct rt_worker *vmbus_chan_worker(const struct vmbus_chan *ch);

/* The channel's relid and sub_channel_index. */
uint32_t vmbus_chan_relid(const struct vmbus_chan *ch);
uint16_t vmbus_chan_subchannel_index(const struct vmbus_chan *ch);

/* True after the guest broke the ring protocol and the channel was reset. */
bool vmbus_chan_is_broken(const struct vmbus_chan *ch);

/* Per-channel counters (read with relaxed atomics; any thread). */
struct vmbus_chan_stats {
	uint64_t rx_packets, tx_packets, rx_bytes, tx_bytes;
	uint64_t signals_in, signals_out, tx_full;
};
void vmbus_chan_get_stats(const struct vmbus_chan *ch, struct vmbus_chan_stats *out);

#endif
