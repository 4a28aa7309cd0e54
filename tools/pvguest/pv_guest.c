/*
 * pv_guest control plane: connection, negotiation, offers, GPADLs, guest
 * page allocator, hostile message posting. Rings are in pv_guest_chan.c.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/gmem.h"
#include "runtime/trace.h"
#include "runtime/util.h"
#include "tools/pvguest/pv_guest_priv.h"

/*
 * Linux 6.1 proposes, newest first, the spec's versions from 5.3 down to
 * WIN8 (drivers/hv/connection.c vmbus_versions[]); Copper only when asked.
 */
#define LINUX_NEWEST VMBUS_VERSION_WIN10_V5_3
#define LINUX_OLDEST VMBUS_VERSION_WIN8
#define FIRST_GPADL 0xE1E10
#define RESERVED_PAGES 16 /* low pages stay unused, like real firmware areas */

int pvg_timeout(const struct pvg *g)
{
	return g->o.timeout_ms > 0 ? g->o.timeout_ms : 5000;
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

int pvg_connect(const struct pvg_opts *o, struct pvg **out, char *err, size_t errlen)
{
	struct pvg *g = calloc(1, sizeof(*g));
	int rc;

	if (!g)
		return -ENOMEM;
	g->o = *o;
	rc = rt_sim_guest_connect(o->socket, &g->sg, err, errlen);
	if (rc) {
		free(g);
		return rc;
	}
	g->gmem = rt_sim_guest_gmem(g->sg);
	g->next_gpadl = FIRST_GPADL;
	g->capfree = 16;
	g->free = calloc(g->capfree, sizeof(*g->free));
	if (!g->free) {
		rt_sim_guest_close(g->sg);
		free(g);
		return -ENOMEM;
	}
	g->free[0].pfn = RESERVED_PAGES;
	g->free[0].n = (uint32_t)(rt_gmem_page_count(g->gmem) - RESERVED_PAGES);
	g->nfree = 1;
	*out = g;
	return 0;
}

void pvg_close(struct pvg *g)
{
	if (!g)
		return;
	while (g->chans)
		pvg_chan_forget(g->chans);
	rt_sim_guest_close(g->sg);
	free(g->free);
	free(g);
}

uint32_t pvg_version(const struct pvg *g)
{
	return g->version;
}

uint32_t pvg_msg_conn_id(const struct pvg *g)
{
	return g->msg_conn_id;
}

uint32_t pvg_features(const struct pvg *g)
{
	return g->features;
}

size_t pvg_tried_versions(const struct pvg *g, uint32_t *out, size_t max)
{
	size_t n = rt_min(max, g->ntried);

	memcpy(out, g->tried, n * sizeof(*out));
	return g->ntried;
}

struct rt_gmem *pvg_gmem(struct pvg *g)
{
	return g->gmem;
}

/* ------------------------------------------------------------------ */
/* Messages                                                             */

static void log_msg(struct pvg *g, const char *dir, const struct vmbus_msg *m)
{
	char line[512];

	if (!g->o.verbose)
		return;
	vmbus_msg_format(m, line, sizeof(line));
	fprintf(stderr, "pvguest %s %s\n", dir, line);
}

int pvg_post_raw(struct pvg *g, uint32_t conn_id, const void *msg, size_t len,
		 enum rt_hv_status *status)
{
	enum rt_hv_status st = RT_HV_STATUS_SUCCESS;
	int rc;

	if (!conn_id)
		conn_id = g->version >= VMBUS_VERSION_WIN10_V5 ? g->msg_conn_id
							       : VMBUS_MESSAGE_CONNECTION_ID;
	rc = rt_sim_guest_post(g->sg, conn_id, 1, msg, len, &st);
	if (rt_trace_on(g->o.trace) && rc == 0 && st == RT_HV_STATUS_SUCCESS)
		rt_trace_vmbus(g->o.trace, PVTRACE_DIR_TO_HOST, msg, len);
	if (status)
		*status = st;
	return rc;
}

static int post_on(struct pvg *g, uint32_t conn_id, const struct vmbus_msg *m,
		   enum rt_hv_status *status)
{
	uint8_t buf[RT_HV_MESSAGE_PAYLOAD_MAX];
	int n = vmbus_msg_encode(m, NULL, buf, sizeof(buf));

	if (n < 0)
		return -EINVAL;
	log_msg(g, "->", m);
	return pvg_post_raw(g, conn_id, buf, (size_t)n, status);
}

int pvg_post_msg(struct pvg *g, const struct vmbus_msg *m, enum rt_hv_status *status)
{
	return post_on(g, 0, m, status);
}

/* Posts and fails on a non-success hypercall status. */
int pvg_post(struct pvg *g, const struct vmbus_msg *m)
{
	enum rt_hv_status st;
	int rc = post_on(g, 0, m, &st);

	if (rc)
		return rc;
	return st == RT_HV_STATUS_SUCCESS ? 0 : -EIO;
}

static struct pvg_offer *offer_slot(struct pvg *g, uint32_t relid)
{
	for (size_t i = 0; i < g->noffers; i++)
		if (g->offers[i].relid == relid)
			return &g->offers[i];
	if (g->noffers == PVG_MAX_OFFERS)
		return NULL;
	return &g->offers[g->noffers++];
}

/* Offers and rescinds update the table; every message is also queued. */
static void take_msg(struct pvg *g, const struct vmbus_msg *m)
{
	if (m->type == VMBUS_MSG_TYPE_OFFERCHANNEL) {
		const struct vmbus_offerchannel *o = &m->u.offerchannel;
		struct pvg_offer *s = offer_slot(g, o->child_relid);
		if (s) {
			memset(s, 0, sizeof(*s));
			s->relid = o->child_relid;
			s->conn_id = o->connection_id;
			memcpy(s->if_type, o->if_type, 16);
			memcpy(s->if_instance, o->if_instance, 16);
			s->sub_index = o->sub_channel_index;
			s->chn_flags = o->chn_flags;
			memcpy(s->user_def, o->user_def, sizeof(s->user_def));
			s->monitor_allocated = o->monitor_allocated;
		}
	} else if (m->type == VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER) {
		for (size_t i = 0; i < g->noffers; i++)
			if (g->offers[i].relid == m->u.rescind_channeloffer.child_relid)
				g->offers[i].rescinded = true;
	}
	if (g->qlen == PVG_MAX_QUEUED) {
		/* Oldest unclaimed message goes. */
		g->qhead = (g->qhead + 1) % PVG_MAX_QUEUED;
		g->qlen--;
	}
	g->queue[(g->qhead + g->qlen) % PVG_MAX_QUEUED] = *m;
	g->qlen++;
}

/* Reads host messages for up to timeout_ms (one message at most if wait_one). */
static int pump(struct pvg *g, int timeout_ms, bool one)
{
	struct rt_sim_msg sm;
	struct pv_codec_ctx ctx = {.version = g->version, .dir = PV_DIR_TO_GUEST};
	struct vmbus_msg m;
	int rc;

	do {
		rc = rt_sim_guest_recv(g->sg, &sm, timeout_ms);
		if (rc)
			return rc;
		if (rt_trace_on(g->o.trace))
			rt_trace_vmbus(g->o.trace, PVTRACE_DIR_TO_GUEST, sm.payload, sm.len);
		enum pv_codec_err e = vmbus_msg_decode(sm.payload, sm.len, &ctx, &m);
		if (e != PV_OK) {
			fprintf(stderr, "pvguest: undecodable host message (%u bytes): %s\n",
				sm.len, pv_codec_err_name(e));
			continue;
		}
		log_msg(g, "<-", &m);
		take_msg(g, &m);
		timeout_ms = 0;
	} while (!one);
	return 0;
}

size_t pvg_pending_msgs(const struct pvg *g)
{
	return g->qlen;
}

int pvg_wait_msg(struct pvg *g, uint32_t type, struct vmbus_msg *out, int timeout_ms)
{
	uint64_t deadline = now_ms() + (uint64_t)(timeout_ms < 0 ? 0 : timeout_ms);

	for (;;) {
		for (size_t i = 0; i < g->qlen; i++) {
			size_t idx = (g->qhead + i) % PVG_MAX_QUEUED;
			if (type && g->queue[idx].type != type)
				continue;
			if (out)
				*out = g->queue[idx];
			/* Close the gap. */
			for (size_t j = i; j + 1 < g->qlen; j++)
				g->queue[(g->qhead + j) % PVG_MAX_QUEUED] =
					g->queue[(g->qhead + j + 1) % PVG_MAX_QUEUED];
			g->qlen--;
			return 0;
		}
		uint64_t now = now_ms();
		if (now >= deadline)
			return -ETIMEDOUT;
		int rc = pump(g, (int)(deadline - now), true);
		if (rc == -EAGAIN)
			return -ETIMEDOUT;
		if (rc)
			return rc;
	}
}

int pvg_poll(struct pvg *g, int timeout_ms)
{
	int rc = pump(g, timeout_ms, false);

	return rc == -EAGAIN ? 0 : rc;
}

/* ------------------------------------------------------------------ */
/* Negotiation                                                          */

/* One INITIATE_CONTACT; 1 = accepted, 0 = refused, -EAGAIN = wrong conn id, <0 error. */
static int try_version(struct pvg *g, uint32_t v)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_INITIATE_CONTACT};
	struct vmbus_msg r;
	enum rt_hv_status st;
	bool v5 = v >= VMBUS_VERSION_WIN10_V5;
	int rc;

	if (g->ntried < PVG_MAX_TRIED)
		g->tried[g->ntried++] = v;
	/* Copper with a client id would be the 56-byte variant; we send the 40-byte one. */
	m.variant = 1;
	m.u.initiate_contact.vmbus_version_requested = v;
	m.u.initiate_contact.target_vcpu = 0;
	if (v5) {
		m.u.initiate_contact.msg_sint = VMBUS_MESSAGE_SINT;
		if (v >= VMBUS_VERSION_COPPER)
			m.u.initiate_contact.feature_flags = g->o.feature_flags;
	} else {
		/* The interrupt page: any guest page will do for the host. */
		m.u.initiate_contact.interrupt_page = (uint64_t)(RESERVED_PAGES - 1) << 12;
	}
	rc = post_on(g, v5 ? VMBUS_MESSAGE_CONNECTION_ID_4 : VMBUS_MESSAGE_CONNECTION_ID, &m, &st);
	if (rc)
		return rc;
	if (st == RT_HV_STATUS_INVALID_CONNECTION_ID)
		return -EAGAIN; /* Linux moves on to the next version at once */
	if (st != RT_HV_STATUS_SUCCESS)
		return -EIO;
	rc = pvg_wait_msg(g, VMBUS_MSG_TYPE_VERSION_RESPONSE, &r, pvg_timeout(g));
	if (rc)
		return rc;
	if (!r.u.version_response.version_supported)
		return 0;
	g->version = v;
	g->msg_conn_id = v5 ? r.u.version_response.msg_conn_id : VMBUS_MESSAGE_CONNECTION_ID;
	g->features = r.variant == 0 ? r.u.version_response2.supported_features : 0;
	return 1;
}

int pvg_negotiate(struct pvg *g)
{
	int rc;

	g->ntried = 0;
	g->version = 0;
	if (g->o.first_version) {
		rc = try_version(g, g->o.first_version);
		if (rc == 1)
			return 0;
		if (rc < 0 && rc != -EAGAIN)
			return rc;
	}
	if (g->o.force_version) {
		rc = try_version(g, g->o.force_version);
		return rc == 1 ? 0 : rc == 0 || rc == -EAGAIN ? -EPROTONOSUPPORT : rc;
	}
	for (size_t i = VMBUS_VERSION_COUNT; i-- > 0;) {
		if (vmbus_versions[i] > LINUX_NEWEST || vmbus_versions[i] < LINUX_OLDEST)
			continue;
		rc = try_version(g, vmbus_versions[i]);
		if (rc == 1)
			return 0;
		if (rc < 0 && rc != -EAGAIN)
			return rc;
	}
	return -EPROTONOSUPPORT;
}

int pvg_request_offers(struct pvg *g)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_REQUESTOFFERS};
	int rc = pvg_post(g, &m);

	if (rc)
		return rc;
	rc = pvg_wait_msg(g, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED, NULL, pvg_timeout(g));
	if (rc)
		return rc;
	/* The offers themselves stay queued for tests that look; drop them here. */
	while (pvg_wait_msg(g, VMBUS_MSG_TYPE_OFFERCHANNEL, NULL, 0) == 0)
		;
	return 0;
}

size_t pvg_offer_count(const struct pvg *g)
{
	return g->noffers;
}

const struct pvg_offer *pvg_offer_at(const struct pvg *g, size_t i)
{
	return i < g->noffers ? &g->offers[i] : NULL;
}

const struct pvg_offer *pvg_find_offer(const struct pvg *g, const uint8_t if_type[16],
				       uint16_t sub_index)
{
	for (size_t i = 0; i < g->noffers; i++)
		if (!g->offers[i].rescinded && g->offers[i].sub_index == sub_index &&
		    !memcmp(g->offers[i].if_type, if_type, 16))
			return &g->offers[i];
	return NULL;
}

const struct pvg_offer *pvg_find_relid(const struct pvg *g, uint32_t relid)
{
	for (size_t i = 0; i < g->noffers; i++)
		if (g->offers[i].relid == relid)
			return &g->offers[i];
	return NULL;
}

int pvg_unload(struct pvg *g)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_UNLOAD};
	int rc;

	/* Linux sends UNLOAD only from 3.0 (WIN8_1); older hosts have no answer. */
	if (g->version >= VMBUS_VERSION_WIN8_1) {
		rc = pvg_post(g, &m);
		if (rc)
			return rc;
		rc = pvg_wait_msg(g, VMBUS_MSG_TYPE_UNLOAD_RESPONSE, NULL, pvg_timeout(g));
		if (rc)
			return rc;
	}
	g->version = 0;
	g->noffers = 0;
	while (g->chans)
		pvg_chan_forget(g->chans);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Guest pages                                                          */

int pvg_pages_alloc(struct pvg *g, uint32_t npages, uint64_t *first_pfn)
{
	if (!npages)
		return -EINVAL;
	for (size_t i = 0; i < g->nfree; i++) {
		if (g->free[i].n < npages)
			continue;
		*first_pfn = g->free[i].pfn;
		g->free[i].pfn += npages;
		g->free[i].n -= npages;
		if (!g->free[i].n) {
			memmove(&g->free[i], &g->free[i + 1],
				(g->nfree - i - 1) * sizeof(*g->free));
			g->nfree--;
		}
		return 0;
	}
	return -ENOMEM;
}

void pvg_pages_free(struct pvg *g, uint64_t pfn, uint32_t n)
{
	size_t i = 0;

	while (i < g->nfree && g->free[i].pfn < pfn)
		i++;
	/* Merge with the previous and/or next extent. */
	if (i > 0 && g->free[i - 1].pfn + g->free[i - 1].n == pfn) {
		g->free[i - 1].n += n;
		if (i < g->nfree && pfn + n == g->free[i].pfn) {
			g->free[i - 1].n += g->free[i].n;
			memmove(&g->free[i], &g->free[i + 1],
				(g->nfree - i - 1) * sizeof(*g->free));
			g->nfree--;
		}
		return;
	}
	if (i < g->nfree && pfn + n == g->free[i].pfn) {
		g->free[i].pfn = pfn;
		g->free[i].n += n;
		return;
	}
	if (g->nfree == g->capfree) {
		struct pvg_extent *nf = realloc(g->free, 2 * g->capfree * sizeof(*nf));
		if (!nf)
			return; /* the pages leak; the guest is a test tool */
		g->free = nf;
		g->capfree *= 2;
	}
	memmove(&g->free[i + 1], &g->free[i], (g->nfree - i) * sizeof(*g->free));
	g->free[i] = (struct pvg_extent){pfn, n};
	g->nfree++;
}

/* ------------------------------------------------------------------ */
/* GPADLs                                                               */

int pvg_gpadl_create(struct pvg *g, uint32_t relid, uint64_t first_pfn, uint32_t npages,
		     uint32_t *gpadl_id)
{
	uint32_t id = g->next_gpadl++;
	uint64_t total = (uint64_t)npages * 4096;
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_HEADER};
	struct vmbus_msg r;
	uint32_t sent;
	int rc;

	/* One range covering all pages (as Linux does): 8-byte range header + PFNs. */
	if (npages == 0 || total > UINT32_MAX || (uint64_t)(npages + 1) * 8 > UINT16_MAX)
		return -E2BIG;
	struct vmbus_gpadl_header *h = &m.u.gpadl_header;
	h->child_relid = relid;
	h->gpadl = id;
	h->range_buflen = (uint16_t)((npages + 1) * 8);
	h->rangecount = 1;
	h->data[0] = total; /* byte_count (low 32 bits), byte_offset 0 (high 32 bits) */
	sent = rt_min(npages, (uint32_t)RT_ARRAY_SIZE(h->data) - 1);
	for (uint32_t i = 0; i < sent; i++)
		h->data[1 + i] = first_pfn + i;
	h->data_count = 1 + sent;
	rc = pvg_post(g, &m);
	if (rc)
		return rc;
	while (sent < npages) {
		struct vmbus_msg b = {.type = VMBUS_MSG_TYPE_GPADL_BODY};
		uint32_t n = rt_min(npages - sent, (uint32_t)RT_ARRAY_SIZE(b.u.gpadl_body.pfn));
		b.u.gpadl_body.gpadl = id;
		for (uint32_t i = 0; i < n; i++)
			b.u.gpadl_body.pfn[i] = first_pfn + sent + i;
		b.u.gpadl_body.pfn_count = n;
		rc = pvg_post(g, &b);
		if (rc)
			return rc;
		sent += n;
	}
	/* Matched on (relid, gpadl) as Linux does; others are stale answers. */
	do {
		rc = pvg_wait_msg(g, VMBUS_MSG_TYPE_GPADL_CREATED, &r, pvg_timeout(g));
		if (rc)
			return rc;
	} while (r.u.gpadl_created.gpadl != id || r.u.gpadl_created.child_relid != relid);
	if (r.u.gpadl_created.creation_status)
		return -EIO;
	*gpadl_id = id;
	return 0;
}

int pvg_gpadl_teardown(struct pvg *g, uint32_t relid, uint32_t gpadl_id)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_TEARDOWN};
	struct vmbus_msg r;
	int rc;

	m.u.gpadl_teardown.child_relid = relid;
	m.u.gpadl_teardown.gpadl = gpadl_id;
	rc = pvg_post(g, &m);
	if (rc)
		return rc;
	do {
		rc = pvg_wait_msg(g, VMBUS_MSG_TYPE_GPADL_TORNDOWN, &r, pvg_timeout(g));
		if (rc)
			return rc;
	} while (r.u.gpadl_torndown.gpadl != gpadl_id);
	return 0;
}

/* Waits until the channel's event flag is seen, processing socket traffic. */
int pvg_wait_irq(struct pvg *g, uint32_t relid, int timeout_ms)
{
	uint64_t deadline = now_ms() + (uint64_t)(timeout_ms < 0 ? 0 : timeout_ms);
	uint32_t flags[64];

	if (relid >= 2048)
		return -EINVAL;
	for (;;) {
		/* A channel's interrupts arrive on the VP its OPENCHANNEL named. */
		for (uint32_t vp = 0; vp < rt_sim_guest_vp_count(g->sg); vp++) {
			int n = rt_sim_guest_take_events(g->sg, vp, VMBUS_MESSAGE_SINT, flags,
							 RT_ARRAY_SIZE(flags));
			for (int i = 0; i < n; i++)
				if (flags[i] < 2048)
					g->pending_ev[flags[i] / 64] |= 1ull << (flags[i] % 64);
		}
		if (g->pending_ev[relid / 64] & (1ull << (relid % 64))) {
			g->pending_ev[relid / 64] &= ~(1ull << (relid % 64));
			return 0;
		}
		uint64_t now = now_ms();
		if (now >= deadline)
			return -EAGAIN;
		struct pollfd pf[2] = {{rt_sim_guest_irq_fd(g->sg), POLLIN, 0},
				       {rt_sim_guest_sock_fd(g->sg), POLLIN, 0}};
		if (poll(pf, 2, (int)(deadline - now)) < 0 && errno != EINTR)
			return -errno;
		if (pf[1].revents) {
			int rc = pump(g, 0, false);
			if (rc && rc != -EAGAIN)
				return rc;
		}
	}
}
