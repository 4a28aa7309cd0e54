/*
 * pv_hostile: the session plumbing (connect, canary, responsiveness) and
 * the VMBus cases; storvsp and netvsp cases are in pv_hostile_dev.c.
 */
#include "tools/pvguest/pv_hostile.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/gmem.h"
#include "runtime/util.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/pv_hostile_priv.h"
#include "tools/pvguest/storvsc_client.h"
#include "vmbus_codec.h"
#ifdef PV_HAVE_NETVSC
#include "tools/pvguest/netvsc_client.h"
#endif

#define CANARY_PAGES 256 /* 1 MiB the host is never given */

double pvh_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int pvh_fail(struct pvh *h, int rc, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	vsnprintf(h->err, sizeof(h->err), fmt, ap);
	va_end(ap);
	n = strlen(h->err);
	if (rc && n < sizeof(h->err) - 2)
		snprintf(h->err + n, sizeof(h->err) - n, ": %s", strerror(-rc));
	return rc ? rc : -EIO;
}

int pvh_timeout(const struct pvh *h)
{
	return h->timeout_ms > 0 ? h->timeout_ms : 3000;
}

int pvh_connect(struct pvh *h, struct pvg **out)
{
	struct pvg_opts o = {.socket = h->socket, .timeout_ms = pvh_timeout(h)};
	double end = pvh_now() + pvh_timeout(h) / 1000.0;
	char err[256] = "";
	struct pvg *g;
	int rc;

	/* The host may still be tearing down the previous session (-EBUSY). */
	for (;;) {
		rc = pvg_connect(&o, &g, err, sizeof(err));
		if (rc != -EBUSY && rc != -ECONNREFUSED && rc != -ENOENT)
			break;
		if (pvh_now() > end)
			break;
		nanosleep(&(struct timespec){0, 5000000}, NULL); /* a retry step, bounded above */
	}
	if (rc)
		return pvh_fail(h, rc, "connect %s (%s)", h->socket, err);
	if ((rc = pvg_negotiate(g)) || (rc = pvg_request_offers(g))) {
		pvg_close(g);
		return pvh_fail(h, rc, "negotiate/offers");
	}
	*out = g;
	return 0;
}

static void canary_pattern(uint8_t *b, uint64_t page)
{
	for (unsigned i = 0; i < 4096; i++)
		b[i] = (uint8_t)(page * 131 + i * 7 + 0x5A);
}

static int canary_place(struct pvh *h)
{
	uint8_t b[4096];
	int rc = pvg_pages_alloc(h->g, CANARY_PAGES, &h->canary_pfn);

	if (rc)
		return pvh_fail(h, rc, "canary pages");
	h->canary_pages = CANARY_PAGES;
	for (uint32_t i = 0; i < CANARY_PAGES; i++) {
		canary_pattern(b, h->canary_pfn + i);
		rc = rt_gmem_write(pvg_gmem(h->g), (h->canary_pfn + i) * 4096, b, sizeof(b));
		if (rc)
			return pvh_fail(h, rc, "canary write");
	}
	return 0;
}

bool pvh_canary_ok(struct pvh *h)
{
	uint8_t want[4096], got[4096];

	if (!h->g || !h->canary_pages)
		return true;
	for (uint32_t i = 0; i < h->canary_pages; i++) {
		canary_pattern(want, h->canary_pfn + i);
		if (rt_gmem_read(pvg_gmem(h->g), (h->canary_pfn + i) * 4096, got, sizeof(got)) ||
		    memcmp(want, got, sizeof(got)))
			return false;
	}
	return true;
}

int pvh_config(char *buf, size_t cap, const char *socket, bool slow, unsigned slow_ms)
{
	char lun[320];
	int n;

	if (slow)
		snprintf(lun, sizeof(lun),
			 "      - lun: 0\n"
			 "        backend: nvme\n"
			 "        nvme:\n"
			 "          emulated:\n"
			 "            memory: 16M\n"
			 "            faults: [{queue: io, opcode: read, action: delay, "
			 "delay_ms: %u}]\n"
			 "          io_timeout_ms: 60000\n",
			 slow_ms);
	else
		snprintf(lun, sizeof(lun), "      - {lun: 0, backend: null, size: 64M}\n");
	n = snprintf(buf, cap,
		     "partition: {kind: sim, socket: %s, memory: 128M, vcpus: 2}\n"
		     "vmbus: {workers: 2}\n"
		     "devices:\n"
		     "  - kind: echo\n"
		     "  - kind: echo\n"
		     "  - kind: scsi\n"
		     "    subchannels: 2\n"
		     "    max_io: %u\n"
		     "    luns:\n"
		     "%s"
		     "  - kind: nic\n"
		     "    endpoint: loopback\n"
		     "    queues: 2\n",
		     socket, PVH_MAX_IO, lun);
	return n < 0 || (size_t)n >= cap ? -ENOSPC : n;
}

/* ------------------------------------------------------------------ */
/* Responsiveness                                                       */

const struct pvg_offer *pvh_echo_offer(struct pvg *g, unsigned k)
{
	for (size_t i = 0; i < pvg_offer_count(g); i++) {
		const struct pvg_offer *o = pvg_offer_at(g, i);
		if (!o->rescinded && !o->sub_index &&
		    !memcmp(o->if_type, vmbus_class_echo.guid, 16) && k-- == 0)
			return o;
	}
	return NULL;
}

/* Opens the spare echo channel on g, checks `n` round trips, closes it. */
int pvh_echo(struct pvh *h, struct pvg *g, unsigned n)
{
	const struct pvg_offer *off = pvh_echo_offer(g, 1);
	struct pvg_open_opts oo = {.ring_pages = 8};
	struct pvg_chan *c;
	uint32_t status = 0;
	uint8_t tx[64], rx[64];
	int rc;

	if (!off)
		return pvh_fail(h, -ENODEV, "no echo offer");
	rc = pvg_chan_open(g, off->relid, &oo, &c, &status);
	if (rc)
		return pvh_fail(h, rc, "echo open (status 0x%x)", status);
	for (unsigned i = 0; i < n && !rc; i++) {
		struct pvg_pkt p;
		for (unsigned j = 0; j < sizeof(tx); j++)
			tx[j] = (uint8_t)(i * 13 + j);
		rc = pvg_chan_send(c, VMRING_PKT_DATA_INBAND, 0, 500 + i, tx, sizeof(tx));
		if (!rc)
			rc = pvg_chan_recv(c, &p, rx, sizeof(rx), pvh_timeout(h));
		if (!rc && (p.trans_id != 500 + i || p.len != sizeof(tx) || memcmp(tx, rx, 64)))
			rc = -EBADMSG;
		if (rc)
			pvh_fail(h, rc, "echo round trip %u", i);
	}
	if (pvg_chan_close(c) && !rc)
		rc = pvh_fail(h, -EIO, "echo close");
	return rc;
}

/* A new session: echo, and the case's device brought up and used. */
static int fresh_session(struct pvh *h, const struct pvh_case *c)
{
	struct pvg *g;
	int rc = pvh_connect(h, &g);

	if (rc)
		return rc;
	rc = pvh_echo(h, g, 16);
	if (!rc && !strcmp(c->family, "storvsp"))
		rc = pvh_storvsc_use(h, g);
#ifdef PV_HAVE_NETVSC
	if (!rc && !strcmp(c->family, "netvsp"))
		rc = pvh_netvsc_use(h, g);
#endif
	if (!rc && (rc = pvg_unload(g)))
		pvh_fail(h, rc, "unload of the new session");
	pvg_close(g);
	return rc;
}

int pvh_responsive(struct pvh *h, const struct pvh_case *c, double *ms)
{
	double t0 = pvh_now();
	int rc;

	if (h->session_gone || !h->g) {
		/* Only one guest at a time on the sim partition: the old one leaves. */
		pvh_cleanup(h);
		rc = fresh_session(h, c);
	} else {
		rc = pvh_echo(h, h->g, 16);
	}
	*ms = (pvh_now() - t0) * 1000.0;
	return rc;
}

/* ------------------------------------------------------------------ */
/* Running a case                                                       */

int pvh_run(struct pvh *h, const struct pvh_case *c)
{
	int rc = pvh_connect(h, &h->g);

	if (rc)
		return rc;
	rc = canary_place(h);
	if (rc)
		return rc;
	return c->run(h);
}

void pvh_cleanup(struct pvh *h)
{
	pvsc_forget(h->sc);
	h->sc = NULL;
#ifdef PV_HAVE_NETVSC
	pvnc_forget(h->nc);
	h->nc = NULL;
#endif
	pvg_close(h->g);
	h->g = NULL;
	h->canary_pages = 0;
}

const struct pvh_case *pvh_case_find(const char *name)
{
	const struct pvh_case *c;

	for (size_t i = 0; (c = pvh_case_at(i)); i++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* VMBus cases (the echo device)                                        */

int pvh_post_close(struct pvh *h, uint32_t relid)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_CLOSECHANNEL};
	int rc;

	m.u.closechannel.child_relid = relid;
	rc = pvg_post_msg(h->g, &m, NULL);
	return rc ? pvh_fail(h, rc, "CLOSECHANNEL %u", relid) : 0;
}

/* Sends on c without ever reading until the host stops taking packets (ring full, stalled). */
int pvh_fill_unread(struct pvh *h, struct pvg_chan *c, uint16_t flags, uint32_t max, uint32_t *sent)
{
	uint8_t pkt[256];
	int rc = 0;

	*sent = 0;
	memset(pkt, 0xA5, sizeof(pkt));
	while (*sent < max) {
		rc = pvg_chan_send(c, VMRING_PKT_DATA_INBAND, flags, 0x1000 + *sent, pkt,
				   sizeof(pkt));
		if (rc == -EAGAIN) {
			/* Full: the host signals when it has read; silence means it stopped. */
			if (pvg_chan_wait_irq(c, 300) == -EAGAIN)
				return 0;
			continue;
		}
		if (rc)
			return pvh_fail(h, rc, "send %u", *sent);
		(*sent)++;
	}
	return 0;
}

/* The echo device the cases abuse (the first; the second is the spare pvh_echo uses). */
static int echo_open(struct pvh *h, uint32_t pages, struct pvg_chan **c)
{
	const struct pvg_offer *off = pvh_echo_offer(h->g, 0);
	struct pvg_open_opts oo = {.ring_pages = pages};
	uint32_t status = 0;
	int rc;

	if (!off)
		return pvh_fail(h, -ENODEV, "no echo offer");
	rc = pvg_chan_open(h->g, off->relid, &oo, c, &status);
	return rc ? pvh_fail(h, rc, "echo open (status 0x%x)", status) : 0;
}

/* The echo ring never read: the reflections fill it, then the guest's own ring fills. */
static int echo_unread(struct pvh *h, struct pvg_chan **c)
{
	uint32_t sent = 0;
	int rc = echo_open(h, 4, c);

	if (!rc)
		rc = pvh_fill_unread(h, *c, 0, 100000, &sent);
	snprintf(h->did, sizeof(h->did), "echo: %u packets sent, none read", sent);
	return rc;
}

static int vm_echo_never_read(struct pvh *h)
{
	struct pvg_chan *c;

	return echo_unread(h, &c);
}

static int vm_echo_close_never_read(struct pvh *h)
{
	struct pvg_chan *c;
	int rc = echo_unread(h, &c);

	return rc ? rc : pvh_post_close(h, pvg_chan_relid(c));
}

static int vm_unload_never_read(struct pvh *h)
{
	struct pvg_chan *c;
	int rc = echo_unread(h, &c);

	if (!rc && (rc = pvg_unload(h->g)))
		return pvh_fail(h, rc, "UNLOAD");
	h->session_gone = true;
	return rc;
}

static int vm_disconnect_never_read(struct pvh *h)
{
	struct pvg_chan *c;
	int rc = echo_unread(h, &c);

	pvh_cleanup(h); /* the guest vanishes: no message */
	h->session_gone = true;
	return rc;
}

/* INITIATE_CONTACT again and again while a channel is open and its ring full. */
static int vm_reconnect_flood(struct pvh *h)
{
	struct pvg_chan *c;
	int rc = echo_unread(h, &c);

	for (unsigned i = 0; !rc && i < 200; i++)
		if ((rc = pvg_negotiate(h->g)))
			pvh_fail(h, rc, "INITIATE_CONTACT %u", i);
	if (!rc && (rc = pvg_request_offers(h->g)))
		pvh_fail(h, rc, "offers after reconnecting");
	snprintf(h->did + strlen(h->did), sizeof(h->did) - strlen(h->did),
		 "; 200 INITIATE_CONTACT");
	return rc;
}

/* The ring's write index points outside the ring: the host stops the channel. */
static int vm_echo_bad_indices(struct pvh *h)
{
	struct pvg_chan *c;
	int rc = echo_open(h, 4, &c);

	if (rc)
		return rc;
	pvg_ring_set_ctl(c, PVG_RING_OUT, 0, 0xFFFFFFF0u);
	pvg_chan_signal(c);
	pvg_ring_set_ctl(c, PVG_RING_IN, 4, 0x7FFFFFF8u);
	pvg_chan_signal(c);
	/* The host stops the channel; the guest's close must still be served. */
	rc = pvg_chan_close(c);
	snprintf(h->did, sizeof(h->did), "echo: both rings' indices out of range, then close");
	return rc ? pvh_fail(h, rc, "close of the broken channel") : 0;
}

/* Random control messages (not UNLOAD or INITIATE_CONTACT, which end the session). */
static int vm_control_flood(struct pvh *h)
{
	unsigned st = 0x5eed;
	uint8_t buf[240];

	for (unsigned i = 0; i < 5000; i++) {
		size_t len = (size_t)rand_r(&st) % (sizeof(buf) + 1);
		for (size_t j = 0; j < len; j++)
			buf[j] = (uint8_t)rand_r(&st);
		if (len >= 4 && rand_r(&st) % 4) {
			uint32_t t = (uint32_t)rand_r(&st) % 30;
			if (t == VMBUS_MSG_TYPE_UNLOAD || t == VMBUS_MSG_TYPE_INITIATE_CONTACT)
				t = VMBUS_MSG_TYPE_REQUESTOFFERS;
			memcpy(buf, &t, 4);
		}
		int rc = pvg_post_raw(h->g, 0, buf, len, NULL);
		if (rc)
			return pvh_fail(h, rc, "post %u", i);
		pvg_poll(h->g, 0);
	}
	while (pvg_wait_msg(h->g, 0, NULL, 50) == 0)
		;
	snprintf(h->did, sizeof(h->did), "5000 random control messages");
	return 0;
}

/* GPADL headers announcing 8190 pages each whose bodies never come. */
static int vm_gpadl_pending_flood(struct pvh *h)
{
	const struct pvg_offer *off = pvh_echo_offer(h->g, 0);
	unsigned answers = 0;
	uint64_t pfn;
	int rc;

	if (!off)
		return pvh_fail(h, -ENODEV, "no echo offer");
	if ((rc = pvg_pages_alloc(h->g, 1, &pfn)))
		return pvh_fail(h, rc, "a page");
	for (unsigned i = 0; i < 2000; i++) {
		struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_HEADER};
		struct vmbus_gpadl_header *gh = &m.u.gpadl_header;

		gh->child_relid = off->relid;
		gh->gpadl = 0x100000 + i;
		gh->range_buflen = (uint16_t)((8190 + 1) * 8);
		gh->rangecount = 1;
		gh->data[0] = (uint64_t)8190 * 4096; /* byte count; offset 0 */
		for (unsigned k = 1; k < 27; k++)
			gh->data[k] = pfn;
		gh->data_count = 27;
		rc = pvg_post_msg(h->g, &m, NULL);
		if (rc)
			return pvh_fail(h, rc, "GPADL_HEADER %u", i);
		pvg_poll(h->g, 0);
	}
	while (pvg_wait_msg(h->g, 0, NULL, 50) == 0)
		answers++;
	snprintf(h->did, sizeof(h->did), "2000 GPADL headers without bodies (%u refused)", answers);
	/* The session used up its own GPADL table: a fresh one must be served. */
	h->session_gone = true;
	return 0;
}

/* Complete GPADLs until the host refuses one (its table limit). */
static int vm_gpadl_complete_flood(struct pvh *h)
{
	const struct pvg_offer *off = pvh_echo_offer(h->g, 0);
	unsigned made = 0;
	uint64_t pfn;
	uint32_t id;
	int rc;

	if (!off)
		return pvh_fail(h, -ENODEV, "no echo offer");
	if ((rc = pvg_pages_alloc(h->g, 16, &pfn)))
		return pvh_fail(h, rc, "pages");
	for (unsigned i = 0; i < 1200; i++) {
		rc = pvg_gpadl_create(h->g, off->relid, pfn, 16, &id);
		if (rc == -EIO)
			break; /* refused: the limit */
		if (rc)
			return pvh_fail(h, rc, "GPADL %u", i);
		made++;
	}
	snprintf(h->did, sizeof(h->did), "%u GPADLs created, then %s", made,
		 rc == -EIO ? "refused" : "stopped");
	h->session_gone = true; /* as above */
	return 0;
}

/* Open and close the echo channel over and over, each time with its ring left full. */
static int vm_open_close_storm(struct pvh *h)
{
	for (unsigned i = 0; i < 100; i++) {
		struct pvg_chan *c;
		uint32_t sent;
		int rc = echo_open(h, 4, &c);
		if (!rc)
			rc = pvh_fill_unread(h, c, 0, 64, &sent);
		if (rc)
			return rc;
		if ((rc = pvg_chan_close(c)))
			return pvh_fail(h, rc, "close %u", i);
	}
	snprintf(h->did, sizeof(h->did), "100 opens and closes of a filled echo channel");
	return 0;
}

#define VM_CASE(n, w)                    \
	{                                \
#n, "vmbus", w, false, n \
	}
static const struct pvh_case vm_cases[] = {
	VM_CASE(vm_echo_never_read, "echo ring never read, guest ring full"),
	VM_CASE(vm_echo_close_never_read, "close with both rings full"),
	VM_CASE(vm_unload_never_read, "UNLOAD with both rings full"),
	VM_CASE(vm_disconnect_never_read, "guest vanishes with both rings full"),
	VM_CASE(vm_reconnect_flood, "200 INITIATE_CONTACT with a ring full"),
	VM_CASE(vm_echo_bad_indices, "ring indices out of range"),
	VM_CASE(vm_control_flood, "5000 random control messages"),
	VM_CASE(vm_gpadl_pending_flood, "2000 GPADL headers, bodies never sent"),
	VM_CASE(vm_gpadl_complete_flood, "GPADLs until the host refuses"),
	VM_CASE(vm_open_close_storm, "100 open/close of a filled channel"),
};

const struct pvh_case *pvh_case_at(size_t i)
{
	size_t nd;
	const struct pvh_case *d = pvh_dev_cases(&nd);

	if (i < RT_ARRAY_SIZE(vm_cases))
		return &vm_cases[i];
	i -= RT_ARRAY_SIZE(vm_cases);
	return i < nd ? &d[i] : NULL;
}
