/*
 * pv_guest: a user-mode VMBus client (the VTL0 side) over the sim partition.
 *
 * It does what Linux's hv_vmbus does, in a form tests can drive step by step:
 * connect and negotiate (newest version first with fallback, like Linux, or a
 * forced version, or an unsupported one first), enumerate offers, allocate
 * guest pages, create GPADLs (header + bodies), open and close channels, and
 * read and write the two rings of an open channel with the Linux signalling
 * rules. storvsc/netvsc clients are built on it.
 *
 * A hostile mode is part of the API: post arbitrary control messages, and
 * write arbitrary bytes or indices into a channel's rings.
 *
 * Threading: a struct pvg and its channels are used from one thread. Calls
 * block (with a timeout) for the host's answers; host messages that arrive
 * meanwhile are processed (offers, rescinds) or queued.
 */
#ifndef PV_GUEST_H
#define PV_GUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/partition.h"
#include "vmbus_codec.h"
#include "vmring_wire.h"

struct pvg;
struct pvg_chan;

struct pvg_opts {
	const char *socket;
	/* 0: Linux's list, 5.3 down to 2.4; else only this version. */
	uint32_t force_version;
	/* Non-zero: ask for this (e.g. unsupported) version first, then the list. */
	uint32_t first_version;
	/* Copper feature flags to ask for when offering 6.0. */
	uint32_t feature_flags;
	int timeout_ms; /* per answer; 0 = 5000 */
	bool verbose;   /* print every control message to stderr */
	/* Records the guest's view of control messages and ring packets
	 * (runtime/trace.h); NULL: off. */
	struct rt_trace *trace;
};

/* One offer as the guest saw it. */
struct pvg_offer {
	uint32_t relid;
	uint32_t conn_id;
	uint8_t if_type[16];
	uint8_t if_instance[16];
	uint16_t sub_index;
	uint16_t chn_flags;
	uint8_t user_def[120];
	bool rescinded;
	bool monitor_allocated;
};

/* Connects to the sim partition. Returns 0 or a negative errno (err says why). */
int pvg_connect(const struct pvg_opts *o, struct pvg **out, char *err, size_t errlen);

/* Closes channels it knows (without messages) and disconnects. */
void pvg_close(struct pvg *g);

/*
 * INITIATE_CONTACT / VERSION_RESPONSE, walking the version list. Returns 0
 * with the version in pvg_version(), -EPROTONOSUPPORT when the host refused
 * every version, -ETIMEDOUT, or another negative errno.
 */
int pvg_negotiate(struct pvg *g);
uint32_t pvg_version(const struct pvg *g);
uint32_t pvg_msg_conn_id(const struct pvg *g);
uint32_t pvg_features(const struct pvg *g);
/* Versions tried in order by the last pvg_negotiate (for tests). */
size_t pvg_tried_versions(const struct pvg *g, uint32_t *out, size_t max);

/* REQUESTOFFERS and collect offers until ALLOFFERS_DELIVERED. Returns 0 or an errno. */
int pvg_request_offers(struct pvg *g);
size_t pvg_offer_count(const struct pvg *g);
const struct pvg_offer *pvg_offer_at(const struct pvg *g, size_t i);
/* The live offer with this class GUID and sub_channel_index, or NULL. */
const struct pvg_offer *pvg_find_offer(const struct pvg *g, const uint8_t if_type[16],
				       uint16_t sub_index);
const struct pvg_offer *pvg_find_relid(const struct pvg *g, uint32_t relid);

/* UNLOAD and wait for UNLOAD_RESPONSE. Channels are forgotten. */
int pvg_unload(struct pvg *g);

/*
 * Processes host messages for up to timeout_ms (offers at run time,
 * rescinds); returns 0 or -ENOTCONN.
 */
int pvg_poll(struct pvg *g, int timeout_ms);

/* Guest memory: contiguous page runs from the guest's own allocator. */
int pvg_pages_alloc(struct pvg *g, uint32_t npages, uint64_t *first_pfn);
void pvg_pages_free(struct pvg *g, uint64_t first_pfn, uint32_t npages);
struct rt_gmem *pvg_gmem(struct pvg *g);

/*
 * Creates a GPADL over npages pages from first_pfn for channel relid
 * (GPADL_HEADER + as many GPADL_BODY as needed) and waits for GPADL_CREATED.
 * Returns 0 with the id, -EIO if the host answered a failure status, or an
 * errno.
 */
int pvg_gpadl_create(struct pvg *g, uint32_t relid, uint64_t first_pfn, uint32_t npages,
		     uint32_t *gpadl_id);
/* GPADL_TEARDOWN and wait for GPADL_TORNDOWN. */
int pvg_gpadl_teardown(struct pvg *g, uint32_t relid, uint32_t gpadl_id);

struct pvg_open_opts {
	uint32_t ring_pages; /* per direction, header page included; 0 = 32 */
	uint32_t target_vp;
	uint8_t user_data[120];
};

/*
 * Allocates the rings, creates their GPADL, sends OPENCHANNEL and waits for
 * OPENCHANNEL_RESULT. Returns 0, -EIO (host refused, status in *status if
 * non-NULL), or an errno.
 */
int pvg_chan_open(struct pvg *g, uint32_t relid, const struct pvg_open_opts *o,
		  struct pvg_chan **out, uint32_t *status);
/* CLOSECHANNEL, GPADL teardown, frees the pages. Returns 0 or an errno. */
int pvg_chan_close(struct pvg_chan *c);

/*
 * Writes one packet into the guest->host ring and signals the host if the
 * ring was empty and the host's interrupt mask is clear. Returns 0, -EAGAIN
 * when full (pending_send_size is then set, so the host signals after it
 * reads), or -EMSGSIZE.
 */
int pvg_chan_send(struct pvg_chan *c, uint16_t type, uint16_t flags, uint64_t trans_id,
		  const void *data, size_t len);

/*
 * As pvg_chan_send(), with `ext_len` bytes (8-aligned) of type-specific
 * header between the descriptor and the payload (a GPA-direct range list);
 * offset8 = (16 + ext_len) / 8. -EINVAL for an unaligned ext_len.
 */
int pvg_chan_send_ext(struct pvg_chan *c, uint16_t type, uint16_t flags, uint64_t trans_id,
		      const void *ext, size_t ext_len, const void *data, size_t len);

/*
 * Lays out the GPA-direct range list of a DATA_USING_GPA_DIRECT packet (what
 * goes between the descriptor and the payload, ext of pvg_chan_send_ext) by
 * the generated vmring encoder: n ranges, range i of lens[i] bytes at byte
 * offs[i] of its pages, the pages' PFNs concatenated in pfns. Returns the
 * ext length or -EINVAL (does not encode, or more than cap bytes).
 */
int pvg_gpa_ext(uint32_t n, const uint32_t *lens, const uint32_t *offs, const uint64_t *pfns,
		void *ext, size_t cap);

#define PVG_MAX_XFER_RANGES VMRING_XFER_PAGES_RANGES_MAX

struct pvg_pkt {
	uint16_t type, flags;
	uint64_t trans_id;
	uint32_t offset; /* payload offset in bytes from the descriptor */
	uint32_t len;    /* payload bytes copied to buf */
	/* Transfer-page packets (type 7): the ranges the header lists and fits. */
	uint32_t nranges;
	struct {
		uint32_t len, off;
	} ranges[PVG_MAX_XFER_RANGES];
};

/*
 * Takes one packet from the host->guest ring, waiting up to timeout_ms for
 * the host's signal. Copies the payload (at most cap bytes) to buf. Returns
 * 0, -EAGAIN (nothing within the timeout), -EBADMSG (a malformed packet) or
 * -ENOTCONN.
 */
int pvg_chan_recv(struct pvg_chan *c, struct pvg_pkt *pkt, void *buf, size_t cap, int timeout_ms);

uint32_t pvg_chan_relid(const struct pvg_chan *c);
/* Waits up to timeout_ms for the host's interrupt for this channel (0, -EAGAIN). */
int pvg_chan_wait_irq(struct pvg_chan *c, int timeout_ms);
/* Bytes of data area free in the guest->host ring. */
uint32_t pvg_chan_send_space(const struct pvg_chan *c);
/* Guest->host signals sent / host->guest interrupts seen. */
uint64_t pvg_chan_signals_sent(const struct pvg_chan *c);

/*
 * While held, a write that needs to signal the host only records it; the
 * release sends that one signal (a guest batching its submissions, as
 * Linux's netvsc does with xmit_more): the host then finds them all at once.
 */
int pvg_chan_hold_signals(struct pvg_chan *c, bool hold);
/* Sets the interrupt_mask of the guest's inbound ring (Linux sets it while draining). */
void pvg_chan_set_interrupt_mask(struct pvg_chan *c, bool masked);

/* ---- hostile mode ---- */

/* Posts raw bytes as a control message on conn_id (0 = the negotiated one). */
int pvg_post_raw(struct pvg *g, uint32_t conn_id, const void *msg, size_t len,
		 enum rt_hv_status *status);
/* Encodes and posts a message struct (no validation on the guest side). */
int pvg_post_msg(struct pvg *g, const struct vmbus_msg *m, enum rt_hv_status *status);
/*
 * Waits for a host message of `type` (0 = any), processing offers/rescinds
 * on the way; returns 0 with it decoded in *out, -ETIMEDOUT or -ENOTCONN.
 */
int pvg_wait_msg(struct pvg *g, uint32_t type, struct vmbus_msg *out, int timeout_ms);
/* Number of queued host messages not yet taken. */
size_t pvg_pending_msgs(const struct pvg *g);

enum pvg_ring { PVG_RING_OUT, PVG_RING_IN };
/* Writes raw bytes at `off` of a ring's data area (no index update). */
int pvg_ring_poke(struct pvg_chan *c, enum pvg_ring r, uint32_t off, const void *src, size_t len);
/* Sets a ring's control-page field (0 write_index, 4 read_index, 8 mask, 12 pending). */
int pvg_ring_set_ctl(struct pvg_chan *c, enum pvg_ring r, uint32_t field_off, uint32_t val);
uint32_t pvg_ring_get_ctl(struct pvg_chan *c, enum pvg_ring r, uint32_t field_off);
/* HvSignalEvent on the channel's connection id. */
int pvg_chan_signal(struct pvg_chan *c);

#endif
