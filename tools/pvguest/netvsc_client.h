/*
 * pvnc: a netvsc client (what Linux's hv_netvsc does) on pv_guest.
 *
 * pvnc_open() does the Linux 6.1 bring-up: NVSP INIT (walking 6.1, 6, 5, 4,
 * 2, 1 or one forced version), NDIS_CONFIG (NVSP >= 2), NDIS_VERSION (6.1 up
 * to NVSP 4, 6.30 above), the receive buffer (GPADL + SEND_RECV_BUF) and the
 * send buffer (GPADL + SEND_SEND_BUF), then RNDIS INITIALIZE and the query
 * and set sequence of rndis_filter_device_add (MAXIMUM_FRAME_SIZE,
 * PERMANENT_ADDRESS, TCP_OFFLOAD_HARDWARE_CAPABILITIES, TCP_OFFLOAD_PARAMETERS,
 * MEDIA_CONNECT_STATUS, and from NVSP 5 LINK_SPEED, RECEIVE_SCALE_CAPABILITIES,
 * SUBCHANNEL + RECEIVE_SCALE_PARAMETERS), then CURRENT_PACKET_FILTER = 0x0D.
 *
 * Frames go out through send-buffer sections (one RNDIS PACKET each) or
 * GPA-direct pages; received transfer-page packets are read from the
 * receive buffer and completed. Our host puts each received message at
 * trans_id * sub_alloc_size (the client relies on that: pv_guest does not
 * hand out the transfer-page range list) and the client checks the host
 * never hands out a sub-allocation the client still owns.
 *
 * Threading: one thread, like pv_guest.
 */
#ifndef PV_NETVSC_CLIENT_H
#define PV_NETVSC_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "nvsp_wire.h"

struct pvg;
struct pvg_chan;
struct pvnc;

#define PVNC_MAX_CHANNELS 16

struct pvnc_opts {
	const uint8_t *instance; /* NULL: the first netvsc offer */
	uint32_t nvsp_version;   /* 0: walk Linux's list; else only this one */
	uint32_t recv_buf_size;  /* bytes (0 = 4 MiB) */
	uint32_t send_buf_size;  /* bytes (0 = 1 MiB) */
	uint32_t ring_pages;     /* per direction incl. header (0 = 64) */
	uint16_t subchannels;    /* to ask for at NVSP >= 5 (0 = none) */
	bool no_rndis;           /* stop after the NVSP steps (tests) */
	bool no_filter;          /* skip the packet filter SET (tests) */
	int timeout_ms;          /* per answer (0 = 5000) */
	/* Received frames (may be NULL): called from pvnc_poll(). */
	void (*rx)(void *ctx, unsigned chan, const uint8_t *frame, uint32_t len);
	void *rx_ctx;
};

struct pvnc_stats {
	uint64_t tx_frames;       /* frames sent */
	uint64_t tx_completions;  /* SEND_RNDIS_PKT completions received */
	uint64_t tx_failed;       /* ... with a status other than SUCCESS */
	uint64_t rx_frames;       /* RNDIS data packets received */
	uint64_t rx_completions;  /* completions we sent for transfer-page packets */
	uint64_t rx_bad;          /* malformed receive packets */
	uint64_t rx_overrun;      /* a sub-allocation handed out while we owned it */
	uint64_t indications;     /* RNDIS INDICATE messages */
	uint32_t last_indication; /* its status */
};

int pvnc_open(struct pvg *g, const struct pvnc_opts *o, struct pvnc **out);
/* HALT (if initialized), revokes the buffers, closes the channels. */
void pvnc_close(struct pvnc *nc);
/*
 * Frees the client without a message and without touching its channels or
 * guest pages (after pvg_unload() or pvg_close() forgot them, or a session
 * the host reset). Hostile tests.
 */
void pvnc_forget(struct pvnc *nc);

uint32_t pvnc_nvsp_version(const struct pvnc *nc);
uint32_t pvnc_ndis_version(const struct pvnc *nc);
const uint8_t *pvnc_mac(const struct pvnc *nc);
uint32_t pvnc_mtu(const struct pvnc *nc);
unsigned pvnc_channels(const struct pvnc *nc);
struct pvg_chan *pvnc_chan(struct pvnc *nc, unsigned i);
void pvnc_get_stats(const struct pvnc *nc, struct pvnc_stats *out);
/* Receive-buffer sub-allocations the host announced and their size. */
uint32_t pvnc_recv_slots(const struct pvnc *nc, uint32_t *sub_alloc);
/* Send-buffer sections and their size. */
uint32_t pvnc_send_sections(const struct pvnc *nc, uint32_t *section_size);
/* The send indirection table the host sent (count entries), or NULL. */
const uint32_t *pvnc_send_table(const struct pvnc *nc, uint32_t *count);

/*
 * Sends one Ethernet frame on channel `chan` in a send-buffer section
 * (waiting for a free one while processing the host's packets). Returns 0,
 * -ETIMEDOUT, -EMSGSIZE or an errno.
 */
int pvnc_send_frame(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len);
/* The same through a GPA-direct packet (the RNDIS message in a guest page). */
int pvnc_send_frame_gpa(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len);

/*
 * Processes the host's packets on every channel: completions, received
 * frames (opts.rx), control replies. Waits up to timeout_ms for the first.
 * Returns the number of packets handled, or a negative errno.
 */
int pvnc_poll(struct pvnc *nc, int timeout_ms);
/* Sends of ours not completed yet. */
uint32_t pvnc_sends_outstanding(const struct pvnc *nc);

/* RNDIS QUERY / SET on the control path; *status is the RNDIS status. */
int pvnc_query(struct pvnc *nc, uint32_t oid, const void *in, uint32_t inlen, void *out,
	       uint32_t *outlen, uint32_t *status);
int pvnc_set(struct pvnc *nc, uint32_t oid, const void *in, uint32_t inlen, uint32_t *status);

/* ---- hostile mode for tests ---- */

/*
 * Sends an NVSP_MSG_SIZE-byte NVSP message (in-band) on channel `chan`; with want, waits
 * for the completion with trans_id `tid` and copies its bytes to reply.
 */
int pvnc_nvsp_raw(struct pvnc *nc, unsigned chan, const void *msg, uint32_t len, uint64_t tid,
		  bool want, uint8_t reply[NVSP_MSG_SIZE]);
/*
 * Writes `len` bytes into send section `write_section` (UINT32_MAX: none)
 * and sends SEND_RNDIS_PKT naming (section, section_size) as given; waits
 * for the completion and returns its NVSP status in *nvsp_status.
 */
int pvnc_rndis_raw(struct pvnc *nc, uint32_t channel_type, uint32_t write_section,
		   const void *rndis, uint32_t len, uint32_t section, uint32_t section_size,
		   uint32_t *nvsp_status);
/*
 * Posts up to n SEND_RNDIS_PKT packets on channel `chan`, all naming send
 * section 0 (holding one frame of len bytes), without reading anything;
 * stops early when the ring is full. *sent: how many went. Returns 0 or an
 * errno (the client's send accounting does not see these).
 */
int pvnc_flood_sends(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len, uint32_t n,
		     uint32_t *sent);
/* Sends a completion for an arbitrary trans_id (a receive we never got). */
int pvnc_complete_raw(struct pvnc *nc, unsigned chan, uint64_t tid);
/* While held, received transfer-page packets are not completed (back-pressure tests). */
void pvnc_hold_rx(struct pvnc *nc, bool hold);
/* Completes every held receive. */
int pvnc_release_rx(struct pvnc *nc);

/*
 * Workload: sends `count` frames of `size` bytes (addressed to our own MAC,
 * sequence-numbered) keeping the send buffer busy and receiving what comes
 * back (loopback endpoint), then drains for up to drain_ms. Counts what was
 * sent, received (in order, intact) and lost.
 */
struct pvnc_workload {
	uint64_t count;
	uint32_t size;
	int drain_ms;
	bool gpa_direct;
	uint64_t sent, received, lost, corrupt;
};
int pvnc_workload_run(struct pvnc *nc, struct pvnc_workload *w);

/*
 * Traffic that runs beside another workload (servicing tests): each tick
 * sends frames of `size` bytes to our own MAC (sequence-numbered, at most
 * `burst`, only while send sections are free: a tick never waits) and takes
 * what came back without waiting; finish stops sending and drains for up to
 * drain_ms. Every sequence number is accounted: received once (intact),
 * duplicated, corrupt, or lost.
 */
struct pvnc_traffic {
	uint32_t size, burst;
	uint64_t sent, received, duplicated, corrupt, lost;
	uint8_t *seen; /* a bit per sequence number */
	uint64_t seen_cap;
};
int pvnc_traffic_tick(struct pvnc *nc, struct pvnc_traffic *t);
int pvnc_traffic_finish(struct pvnc *nc, struct pvnc_traffic *t, int drain_ms);

/*
 * ARP for `dst` from `src` (IPv4, host byte order), then ICMP echo `count`
 * times; returns the number of replies (0..count) or a negative errno.
 */
int pvnc_ping(struct pvnc *nc, uint32_t src, uint32_t dst, unsigned count, int timeout_ms);

/* `pvguest ... netvsc [options]`: parses options and runs. Returns an exit code. */
int pvnc_cli(struct pvg *g, int argc, char **argv);
void pvnc_cli_usage(FILE *f);

#endif
