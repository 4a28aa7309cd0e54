/*
 * pv_hostile: the storvsp and netvsp cases (pv_hostile.h). Each leaves a
 * device with work it cannot finish because of the guest (rings never read,
 * guest rings full, requests at 100x the outstanding limit, receive
 * completions withheld) or of its backend (reads seconds late), then does
 * the worst thing at that moment: close, reset, rescind (the primary's close
 * takes its subchannels), unload, disconnect, reconnect.
 */
#include <errno.h>
#include <string.h>

#include "pv_codec.h"
#include "runtime/util.h"
#include "storvsc_codec.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/pv_hostile_priv.h"
#include "tools/pvguest/storvsc_client.h"
#ifdef PV_HAVE_NETVSC
#include "nvsp_wire.h"
#include "tools/pvguest/netvsc_client.h"
#endif

/* ------------------------------------------------------------------ */
/* storvsp                                                              */

#define ST_SLOTS 2048 /* per channel: more than a 16-page ring holds */

static int st_open(struct pvh *h, uint32_t ring_pages)
{
	struct pvsc_opts o = {.subchannels = 2,
			      .ring_pages = ring_pages,
			      .slots = ST_SLOTS,
			      .slot_size = 4096,
			      .timeout_ms = pvh_timeout(h)};
	int rc = pvsc_open(h->g, &o, &h->sc);

	if (rc)
		return pvh_fail(h, rc, "storvsc bring-up");
	if (pvsc_channels(h->sc) != 3)
		return pvh_fail(h, -ENODEV, "storvsc: %u channels, want 3", pvsc_channels(h->sc));
	return 0;
}

/*
 * READ(10)s of 4 KiB on channel ch, never reading a completion, until `max`
 * were sent or the host stopped taking them (the guest's ring stays full).
 */
static int st_flood(struct pvh *h, unsigned ch, uint32_t max, uint32_t *sent)
{
	static struct pvsc_cmd cmd = {.cdb = {0x28, 0, 0, 0, 0, 0, 0, 0, 8, 0},
				      .cdb_len = 10,
				      .data_in = STORVSC_DATA_IN_READ,
				      .xfer_len = 4096};
	struct pvg_chan *c = pvsc_chan(h->sc, ch);

	*sent = 0;
	while (*sent < max && *sent < ST_SLOTS) {
		/* The client remembers cmd per slot; it is never reaped, so one will do. */
		int rc = pvsc_submit(h->sc, ch, *sent, &cmd);
		if (rc == -EAGAIN) {
			if (pvg_chan_wait_irq(c, 300) == -EAGAIN)
				return 0; /* the host stopped reading: full for good */
			continue;
		}
		if (rc)
			return pvh_fail(h, rc, "storvsc submit %u on channel %u", *sent, ch);
		(*sent)++;
	}
	return 0;
}

/*
 * The channels other than `spare` (-1: none) flooded: `full` until the rings
 * stall, else PVH_FLOOD requests each (100x max_io).
 */
static int st_flood_but(struct pvh *h, bool full, int spare)
{
	uint32_t n[3] = {0};
	int rc = st_open(h, full ? 4 : 64);

	for (unsigned i = 0; !rc && i < 3; i++)
		if ((int)i != spare)
			rc = st_flood(h, i, full ? ST_SLOTS : PVH_FLOOD, &n[i]);
	snprintf(h->did, sizeof(h->did), "storvsc: %u/%u/%u READs unread on 3 channels%s", n[0],
		 n[1], n[2], full ? " (rings full)" : " (100x max_io)");
	return rc;
}

static int st_flood_all(struct pvh *h, bool full)
{
	return st_flood_but(h, full, -1);
}

static int st_reset_send(struct pvh *h, unsigned ch)
{
	struct storvsc_msg m = pvsc_msg(h->sc, STORVSC_OPERATION_RESET_BUS);
	uint8_t pkt[STORVSC_PACKET_SIZE];
	int n = storvsc_msg_encode(&m, NULL, pkt, sizeof(pkt)), rc;

	if (n < 0)
		return pvh_fail(h, -EINVAL, "encoding RESET_BUS");
	/* A full ring: wait a little for room the host makes (it may never come). */
	for (double end = pvh_now() + 0.3;;) {
		rc = pvg_chan_send(pvsc_chan(h->sc, ch), VMRING_PKT_DATA_INBAND,
				   VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 0x7E5E7, pkt, (size_t)n);
		if (rc != -EAGAIN || pvh_now() > end)
			break;
		pvg_chan_wait_irq(pvsc_chan(h->sc, ch), 100);
	}
	/* A full ring that never drains is also what the case wants: the reset is stuck. */
	return rc && rc != -EAGAIN ? pvh_fail(h, rc, "RESET_BUS on channel %u", ch) : 0;
}

static int st_close(struct pvh *h, unsigned ch)
{
	return pvh_post_close(h, pvg_chan_relid(pvsc_chan(h->sc, ch)));
}

static int st_close_primary_full(struct pvh *h)
{
	int rc = st_flood_all(h, true);
	return rc ? rc : st_close(h, 0);
}

static int st_close_sub_full(struct pvh *h)
{
	int rc = st_flood_all(h, true);
	return rc ? rc : st_close(h, 1);
}

static int st_close_primary_100x(struct pvh *h)
{
	int rc = st_flood_all(h, false);
	return rc ? rc : st_close(h, 0);
}

static int st_close_sub_100x(struct pvh *h)
{
	int rc = st_flood_all(h, false);
	return rc ? rc : st_close(h, 2);
}

/*
 * A reset is a barrier over the whole controller: sent on a channel with
 * room, it waits for the requests of the other channels, whose completions
 * the guest never takes. It can never finish.
 */
static int st_reset_primary_full(struct pvh *h)
{
	int rc = st_flood_but(h, true, 0);
	return rc ? rc : st_reset_send(h, 0);
}

static int st_reset_sub_full(struct pvh *h)
{
	int rc = st_flood_but(h, true, 1);
	return rc ? rc : st_reset_send(h, 1);
}

/* ... and then the channel goes with the reset still waiting. */
static int st_reset_then_close_primary(struct pvh *h)
{
	int rc = st_flood_but(h, true, 0);
	if (!rc)
		rc = st_reset_send(h, 0);
	return rc ? rc : st_close(h, 0);
}

static int st_reset_then_close_sub(struct pvh *h)
{
	int rc = st_flood_but(h, true, 2);
	if (!rc)
		rc = st_reset_send(h, 2);
	return rc ? rc : st_close(h, 2);
}

/* The primary's close rescinds the subchannels; their relids are never released. */
static int st_rescind_sub_full(struct pvh *h)
{
	int rc = st_flood_all(h, true);
	if (!rc)
		rc = st_close(h, 0);
	pvg_poll(h->g, 50); /* take the RESCIND messages; no RELID_RELEASED follows */
	return rc;
}

/*
 * The driver loaded and unloaded again and again: each time the primary's
 * close rescinds the two subchannels it asked for, and the guest never
 * releases their relids. Costs the host what a rescinded channel keeps.
 */
static int st_subchannel_churn(struct pvh *h)
{
	struct pvsc_opts o = {.subchannels = 2,
			      .ring_pages = 4,
			      .slots = 1,
			      .slot_size = 4096,
			      .timeout_ms = pvh_timeout(h)};
	unsigned i;
	int rc = 0;

	for (i = 0; i < 300 && !rc; i++) {
		struct pvsc *sc;
		rc = pvsc_open(h->g, &o, &sc);
		if (rc) {
			pvh_fail(h, rc, "storvsc bring-up %u", i);
			break;
		}
		rc = pvh_post_close(h, pvg_chan_relid(pvsc_chan(sc, 0)));
		/* The guest's side of the channels stays (pvg_close forgets it). */
		pvsc_forget(sc);
		/* The primary's offer comes back once the close is done; take its rescinds. */
		pvg_poll(h->g, 0);
	}
	snprintf(h->did, sizeof(h->did), "%u driver loads, 2 subchannels each rescinded unreleased",
		 i);
	return rc;
}

static int st_unload_full(struct pvh *h)
{
	int rc = st_flood_all(h, true);
	if (!rc && (rc = pvg_unload(h->g)))
		return pvh_fail(h, rc, "UNLOAD");
	h->session_gone = true;
	return rc;
}

static int st_disconnect_full(struct pvh *h)
{
	int rc = st_flood_all(h, true);
	pvh_cleanup(h);
	h->session_gone = true;
	return rc;
}

static int st_reconnect_full(struct pvh *h)
{
	int rc = st_flood_all(h, true);
	if (!rc && (rc = pvg_negotiate(h->g)))
		return pvh_fail(h, rc, "INITIATE_CONTACT again");
	h->session_gone = true;
	return rc;
}

/* The backend holds every read for seconds (a device withholding completions). */
static int st_slow_close_primary(struct pvh *h)
{
	int rc = st_flood_all(h, false);
	return rc ? rc : st_close(h, 0);
}

static int st_slow_close_sub(struct pvh *h)
{
	int rc = st_flood_all(h, false);
	return rc ? rc : st_close(h, 1);
}

static int st_slow_reset(struct pvh *h)
{
	int rc = st_flood_but(h, false, 0);
	return rc ? rc : st_reset_send(h, 0);
}

static int st_slow_unload(struct pvh *h)
{
	int rc = st_flood_all(h, false);
	if (!rc && (rc = pvg_unload(h->g)))
		return pvh_fail(h, rc, "UNLOAD");
	h->session_gone = true;
	return rc;
}

int pvh_storvsc_use(struct pvh *h, struct pvg *g)
{
	struct pvsc_opts o = {.subchannels = 2, .timeout_ms = pvh_timeout(h)};
	uint8_t buf[36];
	/* INQUIRY: the whole request path without the backend (a slow case's device stays slow). */
	struct pvsc_cmd c = {.cdb = {0x12, 0, 0, 0, 36, 0},
			     .cdb_len = 6,
			     .data_in = STORVSC_DATA_IN_READ,
			     .xfer_len = sizeof(buf),
			     .buf = buf};
	struct pvsc *sc;
	int rc = pvsc_open(g, &o, &sc);

	if (rc)
		return pvh_fail(h, rc, "storvsc bring-up on a new session");
	for (unsigned i = 0; !rc && i < pvsc_channels(sc); i++) {
		rc = pvsc_exec(sc, i, &c);
		if (!rc &&
		    (c.srb_status & STORVSC_SCSI_REQUEST_STATUS_MASK) != STORVSC_SRB_STATUS_SUCCESS)
			rc = -EIO;
		if (rc)
			pvh_fail(h, rc, "INQUIRY on channel %u of a new session (srb 0x%x)", i,
				 c.srb_status);
	}
	pvsc_close(sc);
	return rc;
}

#define ST_CASE(n, w)                      \
	{                                  \
#n, "storvsp", w, false, n \
	}
#define ST_SLOW(n, w)                     \
	{                                 \
#n, "storvsp", w, true, n \
	}

/* ------------------------------------------------------------------ */
/* netvsp                                                               */

#ifdef PV_HAVE_NETVSC
static int nv_open(struct pvh *h)
{
	struct pvnc_opts o = {.subchannels = 1,
			      .recv_buf_size = 256 << 10,
			      .send_buf_size = 256 << 10,
			      .ring_pages = 8,
			      .timeout_ms = 1000};
	int rc = pvnc_open(h->g, &o, &h->nc);

	if (rc)
		return pvh_fail(h, rc, "netvsc bring-up");
	if (pvnc_channels(h->nc) != 2)
		return pvh_fail(h, -ENODEV, "netvsc: %u channels, want 2", pvnc_channels(h->nc));
	return 0;
}

/*
 * A frame to our own MAC. Its EtherType (IEEE local experimental 2) is not
 * the workload's: frames of a flood still on the wire when a later session
 * runs pvh_netvsc_use() arrive there as network noise, which it ignores.
 */
static void frame_to_self(struct pvh *h, uint8_t *f, uint32_t len)
{
	memcpy(f, pvnc_mac(h->nc), 6);
	memcpy(f + 6, pvnc_mac(h->nc), 6);
	f[12] = 0x88;
	f[13] = 0xb6;
	for (uint32_t i = 14; i < len; i++)
		f[i] = (uint8_t)i;
}

/*
 * Frames to our own MAC (the loopback endpoint sends them back) with every
 * receive held: the receive buffer fills and stays full. Sends stop when
 * the host stops completing them (back-pressure) or after 4000.
 */
static int nv_rx_withheld(struct pvh *h)
{
	uint8_t f[1400];
	unsigned sent = 0;
	int rc = nv_open(h);

	if (rc)
		return rc;
	frame_to_self(h, f, sizeof(f));
	pvnc_hold_rx(h->nc, true);
	for (; sent < 4000; sent++) {
		rc = pvnc_send_frame(h->nc, sent & 1, f, sizeof(f));
		if (rc == -ETIMEDOUT)
			break;
		if (rc)
			return pvh_fail(h, rc, "frame %u", sent);
	}
	snprintf(h->did, sizeof(h->did), "netvsc: %u frames to self, every receive withheld", sent);
	return 0;
}

/* SEND_RNDIS_PKT on both channels, nothing ever read, until the rings stall. */
static int nv_never_read(struct pvh *h)
{
	uint8_t f[1400];
	uint32_t n[2] = {0};
	int rc = nv_open(h);

	if (rc)
		return rc;
	frame_to_self(h, f, sizeof(f));
	for (unsigned ch = 0; ch < 2 && !rc; ch++) {
		while (!rc && n[ch] < 40000) {
			uint32_t sent;
			rc = pvnc_flood_sends(h->nc, ch, f, sizeof(f), 40000 - n[ch], &sent);
			n[ch] += sent;
			/* The ring is full: silence from the host means it stopped reading. */
			if (!rc && n[ch] < 40000 &&
			    pvg_chan_wait_irq(pvnc_chan(h->nc, ch), 300) == -EAGAIN)
				break;
		}
	}
	snprintf(h->did, sizeof(h->did), "netvsc: %u/%u sends, nothing read", n[0], n[1]);
	return rc ? pvh_fail(h, rc, "flood") : 0;
}

static int nv_close_primary_rx_withheld(struct pvh *h)
{
	int rc = nv_rx_withheld(h);
	return rc ? rc : pvh_post_close(h, pvg_chan_relid(pvnc_chan(h->nc, 0)));
}

static int nv_close_sub_rx_withheld(struct pvh *h)
{
	int rc = nv_rx_withheld(h);
	return rc ? rc : pvh_post_close(h, pvg_chan_relid(pvnc_chan(h->nc, 1)));
}

static int nv_close_primary_never_read(struct pvh *h)
{
	int rc = nv_never_read(h);
	return rc ? rc : pvh_post_close(h, pvg_chan_relid(pvnc_chan(h->nc, 0)));
}

static int nv_close_sub_never_read(struct pvh *h)
{
	int rc = nv_never_read(h);
	return rc ? rc : pvh_post_close(h, pvg_chan_relid(pvnc_chan(h->nc, 1)));
}

/* The receive buffer revoked while the host holds frames in it (a reset of the data path). */
static int nv_revoke_rx_withheld(struct pvh *h)
{
	uint8_t m[40] = {0};
	int rc = nv_rx_withheld(h);

	if (rc)
		return rc;
	pv_put_u32(m, NVSP_MSG_TYPE_REVOKE_RECV_BUF);
	pv_put_u16(m + 4, NVSP_RECV_BUF_ID);
	rc = pvnc_nvsp_raw(h->nc, 0, m, sizeof(m), 0, false, NULL);
	return rc ? pvh_fail(h, rc, "REVOKE_RECV_BUF") : 0;
}

static int nv_unload_rx_withheld(struct pvh *h)
{
	int rc = nv_rx_withheld(h);
	if (!rc && (rc = pvg_unload(h->g)))
		return pvh_fail(h, rc, "UNLOAD");
	h->session_gone = true;
	return rc;
}

static int nv_disconnect_never_read(struct pvh *h)
{
	int rc = nv_never_read(h);
	pvh_cleanup(h);
	h->session_gone = true;
	return rc;
}

static int nv_reconnect_rx_withheld(struct pvh *h)
{
	int rc = nv_rx_withheld(h);
	if (!rc && (rc = pvg_negotiate(h->g)))
		return pvh_fail(h, rc, "INITIATE_CONTACT again");
	h->session_gone = true;
	return rc;
}

int pvh_netvsc_use(struct pvh *h, struct pvg *g)
{
	struct pvnc_opts o = {.subchannels = 1, .timeout_ms = pvh_timeout(h)};
	struct pvnc_workload w = {.count = 200, .size = 1000, .drain_ms = pvh_timeout(h)};
	struct pvnc *nc;
	int rc = pvnc_open(g, &o, &nc);

	if (rc)
		return pvh_fail(h, rc, "netvsc bring-up on a new session");
	rc = pvnc_workload_run(nc, &w);
	if (!rc && (w.received != w.count || w.corrupt))
		rc = -EIO;
	if (rc)
		pvh_fail(h, rc, "netvsc traffic on a new session (%llu of %llu back, %llu corrupt)",
			 (unsigned long long)w.received, (unsigned long long)w.count,
			 (unsigned long long)w.corrupt);
	pvnc_close(nc);
	return rc;
}

#define NV_CASE(n, w) {#n, "netvsp", w, false, n},
#else
#define NV_CASE(n, w)
#endif

static const struct pvh_case dev_cases[] = {
	ST_CASE(st_close_primary_full, "close the primary, 3 rings full, never read"),
	ST_CASE(st_close_sub_full, "close a subchannel, 3 rings full, never read"),
	ST_CASE(st_close_primary_100x, "close the primary with 100x max_io sent, never read"),
	ST_CASE(st_close_sub_100x, "close a subchannel with 100x max_io sent, never read"),
	ST_CASE(st_reset_primary_full, "RESET_BUS on the primary that can never complete"),
	ST_CASE(st_reset_sub_full, "RESET_BUS on a subchannel that can never complete"),
	ST_CASE(st_reset_then_close_primary, "stuck RESET_BUS, then close the primary"),
	ST_CASE(st_reset_then_close_sub, "stuck RESET_BUS, then close the subchannel"),
	ST_CASE(st_rescind_sub_full, "subchannels rescinded full, relids never released"),
	ST_CASE(st_subchannel_churn, "300 driver loads, rescinded subchannels never released"),
	ST_CASE(st_unload_full, "UNLOAD with 3 rings full"),
	ST_CASE(st_disconnect_full, "guest vanishes with 3 rings full"),
	ST_CASE(st_reconnect_full, "INITIATE_CONTACT again with 3 rings full"),
	ST_SLOW(st_slow_close_primary, "close the primary, reads on a device seconds late"),
	ST_SLOW(st_slow_close_sub, "close a subchannel, reads on a device seconds late"),
	ST_SLOW(st_slow_reset, "RESET_BUS behind reads on a device seconds late"),
	ST_SLOW(st_slow_unload, "UNLOAD with reads on a device seconds late"),
	/* clang-format off */
	NV_CASE(nv_close_primary_rx_withheld, "close the primary, receives withheld")
	NV_CASE(nv_close_sub_rx_withheld, "close a subchannel, receives withheld")
	NV_CASE(nv_close_primary_never_read, "close the primary, sends flooded, never read")
	NV_CASE(nv_close_sub_never_read, "close a subchannel, sends flooded, never read")
	NV_CASE(nv_revoke_rx_withheld, "revoke the receive buffer while it is full")
	NV_CASE(nv_unload_rx_withheld, "UNLOAD with receives withheld")
	NV_CASE(nv_disconnect_never_read, "guest vanishes, sends flooded, never read")
	NV_CASE(nv_reconnect_rx_withheld, "INITIATE_CONTACT again, receives withheld")
	/* clang-format on */
};

const struct pvh_case *pvh_dev_cases(size_t *n)
{
	*n = RT_ARRAY_SIZE(dev_cases);
	return dev_cases;
}
