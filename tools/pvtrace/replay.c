/*
 * pvtrace replay: plays the guest side of a trace against a paravisor on the
 * sim partition and compares what the paravisor answers with what the trace
 * recorded.
 *
 * The replayer is its own VTL0 (runtime/sim_guest.h): it posts the trace's
 * guest->host control messages (connection ids chosen as the recorded guest
 * had to: 4 for INITIATE_CONTACT at 5.0+, then the msg_conn_id the
 * paravisor answered), writes its guest->host ring packets into rings it set
 * up itself, and at each host->guest record takes the paravisor's next
 * message on that stream (the control queue, or the channel's inbound ring)
 * and compares it under the masks of docs/traces.md. Trace order is a valid
 * order for this: the paravisor wrote each answer after reading everything
 * before it in the trace.
 *
 * Guest pages named by the trace (GPADL PFNs, GPA-direct ranges) mean
 * nothing here: each is replaced by a fresh page of the replayer's memory
 * (allocated from the upper half of guest RAM, never reused). Relids are
 * mapped through the offers, GPADL handles are kept (the guest chooses them).
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/ring.h"
#include "runtime/sim_guest.h"
#include "tools/pvtrace/replay_priv.h"
#include "vmbus_codec.h"
#include "vmring_codec.h"

/* An offer up to its connection id: what the replayer reads of it. */
#define OFFER_CONN_END (offsetof(struct vmbus_wire_offerchannel, connection_id) + sizeof(uint32_t))
#define OPEN_DOWNSTREAM_OFFSET \
	offsetof(struct vmbus_wire_openchannel, downstream_ringbuffer_pageoffset)

/* Every guest message whose relid the replayer maps has it at the same place. */
#define CHILD_RELID_OFFSET offsetof(struct vmbus_wire_closechannel, child_relid)
_Static_assert(offsetof(struct vmbus_wire_openchannel, child_relid) == CHILD_RELID_OFFSET, "");
_Static_assert(offsetof(struct vmbus_wire_gpadl_header, child_relid) == CHILD_RELID_OFFSET, "");
_Static_assert(offsetof(struct vmbus_wire_gpadl_teardown, child_relid) == CHILD_RELID_OFFSET, "");
_Static_assert(offsetof(struct vmbus_wire_relid_released, child_relid) == CHILD_RELID_OFFSET, "");
_Static_assert(offsetof(struct vmbus_wire_modifychannel, child_relid) == CHILD_RELID_OFFSET, "");
_Static_assert(offsetof(struct vmbus_wire_open_reserved_channel, child_relid) == CHILD_RELID_OFFSET,
	       "");
_Static_assert(offsetof(struct vmbus_wire_close_reserved_channel, child_relid) ==
		       CHILD_RELID_OFFSET,
	       "");

static struct rp_chan *chan_by_trace(struct rp *p, uint32_t trace_relid)
{
	for (unsigned i = 0; i < p->nchans; i++)
		if (p->chans[i].trace_relid == trace_relid)
			return &p->chans[i];
	return NULL;
}

struct rp_gpadl *rp_gpadl_find(struct rp *p, uint32_t id)
{
	for (unsigned i = 0; i < p->ngpadls; i++)
		if (p->gpadls[i].id == id)
			return &p->gpadls[i];
	return NULL;
}

static int alloc_page(struct rp *p, uint64_t *pfn)
{
	if (p->next_pfn >= p->end_pfn)
		return -ENOMEM;
	*pfn = p->next_pfn++;
	return 0;
}

/*
 * Rewrites a run of GPADL words (range headers and PFNs) in place, giving
 * each PFN a fresh page; the state carries over from header to bodies.
 */
static int rewrite_gpadl_words(struct rp *p, struct rp_gpadl *gp, uint8_t *w, size_t nwords)
{
	for (size_t i = 0; i < nwords; i++) {
		uint8_t *q = w + i * sizeof(uint64_t);
		if (gp->range_left == 0) {
			uint32_t count =
				rp_get32(q, VMRING_GPA_RANGE_SIZE,
					 offsetof(struct vmring_wire_gpa_range, byte_count));
			uint32_t off =
				rp_get32(q, VMRING_GPA_RANGE_SIZE,
					 offsetof(struct vmring_wire_gpa_range, byte_offset));
			gp->range_left = rt_gpa_range_pages(off & (RT_PAGE_SIZE - 1), count);
			if (!gp->range_left)
				return -EINVAL;
			continue;
		}
		uint64_t pfn;
		if (gp->npages == RP_MAX_GPADL_PAGES || alloc_page(p, &pfn))
			return -ENOMEM;
		gp->pfns[gp->npages++] = pfn;
		memcpy(q, &pfn, sizeof(pfn));
		gp->range_left--;
	}
	return 0;
}

void rp_mismatch(struct rp *p, const struct rt_trace_rec *r, const char *fmt, ...)
{
	va_list ap;
	fprintf(p->out, "record %" PRIu64 " (%s %s relid %u): ", r->index,
		pvtrace_proto_name(r->hdr.proto),
		r->hdr.dir == PVTRACE_DIR_TO_HOST ? "guest->host" : "host->guest", r->hdr.channel);
	va_start(ap, fmt);
	vfprintf(p->out, fmt, ap);
	va_end(ap);
	fputc('\n', p->out);
	p->mismatches++;
}

static void put32(uint8_t *b, size_t len, size_t off, uint32_t v)
{
	if (off + 4 <= len)
		memcpy(b + off, &v, 4);
}

/* ------------------------------------------------------------------ */
/* guest -> host                                                        */

static int send_vmbus(struct rp *p, const struct rt_trace_rec *r)
{
	uint8_t b[RT_HV_MESSAGE_PAYLOAD_MAX];
	size_t len = r->payload_len;
	uint32_t type, conn;
	enum rt_hv_status st = RT_HV_STATUS_SUCCESS;
	int rc;

	if (len > sizeof(b) || len < VMBUS_MSG_HEADER_SIZE) {
		rp_mismatch(p, r, "control message of %zu bytes cannot be posted", len);
		return 0;
	}
	memcpy(b, r->payload, len);
	type = rp_get32(b, len, offsetof(struct vmbus_wire_msg_header, msgtype));
	conn = p->version >= VMBUS_VERSION_WIN10_V5 ? p->msg_conn : VMBUS_MESSAGE_CONNECTION_ID;
	switch (type) {
	case VMBUS_MSG_TYPE_INITIATE_CONTACT:
		p->asked_version = rp_get32(
			b, len,
			offsetof(struct vmbus_wire_initiate_contact, vmbus_version_requested));
		conn = p->asked_version >= VMBUS_VERSION_WIN10_V5 ? VMBUS_MESSAGE_CONNECTION_ID_4
								  : VMBUS_MESSAGE_CONNECTION_ID;
		break;
	case VMBUS_MSG_TYPE_GPADL_HEADER: {
		struct rp_gpadl *gp;
		uint32_t id = rp_get32(b, len, offsetof(struct vmbus_wire_gpadl_header, gpadl));
		if (rp_gpadl_find(p, id) || p->ngpadls == RP_MAX_GPADLS) {
			rp_mismatch(p, r, "GPADL %u reused or too many GPADLs for the replayer",
				    id);
			break;
		}
		gp = &p->gpadls[p->ngpadls++];
		memset(gp, 0, sizeof(*gp));
		gp->id = id;
		gp->pfns = calloc(RP_MAX_GPADL_PAGES, sizeof(uint64_t));
		if (!gp->pfns || len < VMBUS_GPADL_HEADER_DATA_OFFSET ||
		    rewrite_gpadl_words(p, gp, b + VMBUS_GPADL_HEADER_DATA_OFFSET,
					(len - VMBUS_GPADL_HEADER_DATA_OFFSET) / sizeof(uint64_t)))
			rp_mismatch(p, r, "GPADL %u: cannot give it pages", id);
		break;
	}
	case VMBUS_MSG_TYPE_GPADL_BODY: {
		struct rp_gpadl *gp = rp_gpadl_find(
			p, rp_get32(b, len, offsetof(struct vmbus_wire_gpadl_body, gpadl)));
		if (gp && len >= VMBUS_GPADL_BODY_PFN_OFFSET &&
		    rewrite_gpadl_words(p, gp, b + VMBUS_GPADL_BODY_PFN_OFFSET,
					(len - VMBUS_GPADL_BODY_PFN_OFFSET) / sizeof(uint64_t)))
			rp_mismatch(p, r, "GPADL %u: cannot give its body pages", gp->id);
		break;
	}
	case VMBUS_MSG_TYPE_OPENCHANNEL: {
		uint32_t trel =
			rp_get32(b, len, offsetof(struct vmbus_wire_openchannel, child_relid));
		struct rp_chan *c = chan_by_trace(p, trel);
		struct rp_gpadl *gp = rp_gpadl_find(
			p,
			rp_get32(b, len,
				 offsetof(struct vmbus_wire_openchannel, ringbuffer_gpadlhandle)));
		/* The guest initializes the ring control pages before it opens. */
		if (c && gp) {
			if (c->rings_ok)
				rt_ring_pair_fini(&c->rings);
			c->rings_ok =
				rt_ring_pair_init_pages(&c->rings, p->gm, gp->pfns, gp->npages,
							rp_get32(b, len, OPEN_DOWNSTREAM_OFFSET),
							RT_RING_GUEST) == 0;
		}
		break;
	}
	case VMBUS_MSG_TYPE_GPADL_TEARDOWN: {
		struct rp_gpadl *gp = rp_gpadl_find(
			p, rp_get32(b, len, offsetof(struct vmbus_wire_gpadl_teardown, gpadl)));
		if (gp) {
			/* Pages are never reused: a replay stays far below guest RAM. */
			free(gp->pfns);
			*gp = p->gpadls[--p->ngpadls];
		}
		break;
	}
	default:
		break;
	}
	/* Relids are the paravisor's: map the recorded one. */
	switch (type) {
	case VMBUS_MSG_TYPE_OPENCHANNEL:
	case VMBUS_MSG_TYPE_CLOSECHANNEL:
	case VMBUS_MSG_TYPE_GPADL_HEADER:
	case VMBUS_MSG_TYPE_GPADL_TEARDOWN:
	case VMBUS_MSG_TYPE_RELID_RELEASED:
	case VMBUS_MSG_TYPE_MODIFYCHANNEL:
	case VMBUS_MSG_TYPE_OPEN_RESERVED_CHANNEL:
	case VMBUS_MSG_TYPE_CLOSE_RESERVED_CHANNEL:
		put32(b, len, CHILD_RELID_OFFSET,
		      pvt_relmap_get(&p->map, rp_get32(b, len, CHILD_RELID_OFFSET)));
		break;
	default:
		break;
	}
	if (type == VMBUS_MSG_TYPE_CLOSECHANNEL) {
		struct rp_chan *c = chan_by_trace(p, r->hdr.channel);
		if (c && c->rings_ok) {
			rt_ring_pair_fini(&c->rings);
			c->rings_ok = false;
		}
	}
	rc = rt_sim_guest_post(p->g, conn, RP_SYNIC_MSG_TYPE, b, len, &st);
	if (rc)
		return rc;
	if (st != RT_HV_STATUS_SUCCESS)
		rp_mismatch(p, r, "HvPostMessage on connection %u returned status %u", conn, st);
	return 0;
}

static int send_ring(struct rp *p, const struct rt_trace_rec *r)
{
	struct rp_chan *c = chan_by_trace(p, r->hdr.channel);
	uint8_t *b;
	size_t len = r->payload_len;
	bool sig = false;
	int rc;

	if (r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED) {
		rp_mismatch(p, r, "truncated ring packet cannot be replayed (record with snap=0)");
		return 0;
	}
	if (!c || !c->rings_ok) {
		rp_mismatch(p, r, "ring packet for a channel the replay did not open");
		return 0;
	}
	if (len < VMRING_DESC_SIZE)
		return 0;
	b = malloc(len);
	if (!b)
		return -ENOMEM;
	memcpy(b, r->payload, len);
	size_t end = rp_pkt_payload(b);
	if (rp_pkt_type(b) == VMRING_PKT_DATA_USING_GPA_DIRECT && end <= len &&
	    len >= VMRING_GPA_DIRECT_SIZE) {
		/* Each named page becomes a fresh page of ours. */
		uint32_t nr = rp_get32(b, len, offsetof(struct vmring_wire_gpa_direct, range_cnt));
		size_t w = VMRING_GPA_DIRECT_RANGES_OFFSET;
		for (uint32_t i = 0; i < nr && w + VMRING_GPA_RANGE_SIZE <= end; i++) {
			uint32_t count = rp_get32(
				b, len, w + offsetof(struct vmring_wire_gpa_range, byte_count));
			uint32_t off = rp_get32(
				b, len, w + offsetof(struct vmring_wire_gpa_range, byte_offset));
			w += VMRING_GPA_RANGE_SIZE;
			for (uint32_t k = rt_gpa_range_pages(off & (RT_PAGE_SIZE - 1), count);
			     k && w + sizeof(uint64_t) <= end; k--, w += sizeof(uint64_t)) {
				uint64_t pfn;
				if (alloc_page(p, &pfn))
					break;
				memcpy(b + w, &pfn, sizeof(pfn));
			}
		}
	}
	if (c->netvsc && (rc = rp_netvsc_out(p, c, r, b, len))) {
		free(b);
		return rc == RP_NETVSC_DROP ? 0 : rc;
	}
	struct iovec iov = {b, len};
	for (int tries = 0;; tries++) {
		rc = rt_ring_write(&c->rings.out, &iov, 1, &sig);
		if (rc != -EAGAIN || tries * 10 > p->timeout_ms)
			break;
		/* Full: the paravisor signals once it read enough. */
		rt_sim_guest_signal(p->g, c->conn_id);
		poll(NULL, 0, 10);
	}
	free(b);
	if (rc) {
		rp_mismatch(p, r, "writing the packet into the guest->host ring: %s",
			    strerror(-rc));
		return 0;
	}
	if (sig)
		rt_sim_guest_signal(p->g, c->conn_id);
	return 0;
}

/* ------------------------------------------------------------------ */
/* host -> guest                                                        */

static int expect_vmbus(struct rp *p, const struct rt_trace_rec *r)
{
	struct rt_sim_msg m;
	char why[256];
	int rc = rt_sim_guest_recv(p->g, &m, p->timeout_ms);
	uint32_t type;

	if (rc == -EAGAIN) {
		rp_mismatch(p, r, "no answer from the paravisor within %d ms", p->timeout_ms);
		return 0;
	}
	if (rc)
		return rc;
	type = rp_get32(m.payload, m.len, offsetof(struct vmbus_wire_msg_header, msgtype));
	if (type == VMBUS_MSG_TYPE_OFFERCHANNEL && m.len >= OFFER_CONN_END &&
	    r->payload_len >= OFFER_CONN_END &&
	    rp_get32(r->payload, r->payload_len, offsetof(struct vmbus_wire_msg_header, msgtype)) ==
		    type) {
		uint32_t trel = rp_get32(r->payload, r->payload_len,
					 offsetof(struct vmbus_wire_offerchannel, child_relid));
		uint32_t arel = rp_get32(m.payload, m.len,
					 offsetof(struct vmbus_wire_offerchannel, child_relid));
		struct rp_chan *c = chan_by_trace(p, trel);
		pvt_relmap_set(&p->map, trel, arel);
		if (!c && p->nchans < RP_MAX_CHANS) {
			c = &p->chans[p->nchans++];
			memset(c, 0, sizeof(*c));
			c->trace_relid = trel;
		}
		if (c) {
			c->relid = arel;
			c->conn_id =
				rp_get32(m.payload, m.len,
					 offsetof(struct vmbus_wire_offerchannel, connection_id));
			rp_netvsc_offer(c, m.payload, m.len);
		}
	}
	if (type == VMBUS_MSG_TYPE_VERSION_RESPONSE && m.len >= VMBUS_VERSION_RESPONSE_SIZE &&
	    m.payload[offsetof(struct vmbus_wire_version_response, version_supported)]) {
		p->version = p->asked_version;
		p->msg_conn = p->version >= VMBUS_VERSION_WIN10_V5
				      ? rp_get32(m.payload, m.len,
						 offsetof(struct vmbus_wire_version_response,
							  msg_conn_id))
				      : VMBUS_MESSAGE_CONNECTION_ID;
	}
	if (!pvt_masked_equal(PVTRACE_PROTO_VMBUS, r->payload, r->payload_len,
			      r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED, m.payload, m.len, &p->map,
			      why, sizeof(why))) {
		struct vmbus_msg d;
		char line[1024] = "undecodable";
		if (vmbus_msg_decode(m.payload, m.len, NULL, &d) == PV_OK)
			vmbus_msg_format(&d, line, sizeof(line));
		rp_mismatch(p, r, "%s; the paravisor sent: %s", why, line);
	} else {
		p->matched++;
	}
	return 0;
}

/* Compares record r's packet with an actual one under the masks; why may be NULL. */
static bool ring_equal(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r,
		       const uint8_t *buf, size_t len, char *why, size_t whycap)
{
	char scratch[8];
	uint8_t *e, *a;
	bool eq;

	if (!why) {
		why = scratch;
		whycap = sizeof(scratch);
	}
	if (!c->netvsc || !p->o->skip_rx_frames)
		return pvt_masked_equal(PVTRACE_PROTO_VMRING, r->payload, r->payload_len,
					r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED, buf, len,
					&p->map, why, whycap);
	e = malloc(r->payload_len + 1);
	a = malloc(len + 1);
	if (!e || !a) {
		free(e);
		free(a);
		snprintf(why, whycap, "out of memory");
		return false;
	}
	memcpy(e, r->payload, r->payload_len);
	memcpy(a, buf, len);
	rp_netvsc_mask(p, c, e, r->payload_len);
	rp_netvsc_mask(p, c, a, len);
	eq = pvt_masked_equal(PVTRACE_PROTO_VMRING, e, r->payload_len,
			      r->hdr.flags & PVTRACE_REC_FLAGS_TRUNCATED, a, len, &p->map, why,
			      whycap);
	free(e);
	free(a);
	return eq;
}

/*
 * The paravisor's next packet for record r. A netvsc channel carries two
 * streams whose interleaving is timing (send completions from the endpoint's
 * transmit side, transfer-page packets from its receive side): there a packet
 * that is not r's is kept aside (up to RP_STASH) and offered to the later
 * records first; each stream keeps its own order. On a timeout the oldest
 * packet kept aside is returned, so the difference is reported against it.
 * *buf is malloc'd (the caller frees it). Returns 0, -EAGAIN or -errno.
 */
static int ring_take(struct rp *p, struct rp_chan *c, const struct rt_trace_rec *r, uint8_t **out,
		     size_t *outlen)
{
	uint8_t *buf;
	size_t len = 0;
	int rc, waited = 0;

	for (unsigned i = 0; i < c->nstash; i++)
		if (ring_equal(p, c, r, c->stash[i].buf, c->stash[i].len, NULL, 0)) {
			*out = c->stash[i].buf;
			*outlen = c->stash[i].len;
			memmove(&c->stash[i], &c->stash[i + 1],
				(c->nstash - i - 1) * sizeof(c->stash[0]));
			c->nstash--;
			return 0;
		}
	buf = malloc(1u << 20);
	if (!buf)
		return -ENOMEM;
	for (;;) {
		rc = rt_ring_read(&c->rings.in, buf, 1u << 20, &len);
		if (rc == 0) {
			if (rt_ring_read_done(&c->rings.in))
				rt_sim_guest_signal(p->g, c->conn_id);
			if (c->netvsc && p->o->skip_rx_frames && rp_netvsc_absorb(p, c, buf, len))
				continue;
			if (!c->netvsc || c->nstash == RP_STASH ||
			    ring_equal(p, c, r, buf, len, NULL, 0))
				break;
			uint8_t *kept = malloc(len ? len : 1);
			if (!kept) {
				rc = -ENOMEM;
				break;
			}
			memcpy(kept, buf, len);
			c->stash[c->nstash].buf = kept;
			c->stash[c->nstash++].len = len;
			continue;
		}
		if (rc != -EAGAIN || waited >= p->timeout_ms)
			break;
		struct pollfd pf = {.fd = rt_sim_guest_irq_fd(p->g), .events = POLLIN};
		poll(&pf, 1, 10);
		waited += 10;
		uint32_t flags[64];
		for (uint32_t vp = 0; vp < rt_sim_guest_vp_count(p->g); vp++)
			rt_sim_guest_take_events(p->g, vp, RP_SINT, flags, 64);
		if (rt_sim_guest_process(p->g) == -ENOTCONN)
			break;
	}
	if (rc == -EAGAIN && c->nstash) {
		free(buf);
		*out = c->stash[0].buf;
		*outlen = c->stash[0].len;
		memmove(&c->stash[0], &c->stash[1], (c->nstash - 1) * sizeof(c->stash[0]));
		c->nstash--;
		return 0;
	}
	if (rc) {
		free(buf);
		return rc;
	}
	*out = buf;
	*outlen = len;
	return 0;
}

static int expect_ring(struct rp *p, const struct rt_trace_rec *r)
{
	struct rp_chan *c = chan_by_trace(p, r->hdr.channel);
	uint8_t *buf = NULL;
	size_t len = 0;
	char why[256];
	int rc;

	if (!c || !c->rings_ok) {
		rp_mismatch(p, r,
			    "host->guest packet recorded on a channel the replay did not open");
		return 0;
	}
	if (c->netvsc && p->o->skip_rx_frames && rp_netvsc_skip_expected(p, c, r))
		return 0;
	rc = ring_take(p, c, r, &buf, &len);
	if (rc == -ENOMEM)
		return rc;
	if (rc == -EAGAIN) {
		rp_mismatch(p, r, "no packet from the paravisor within %d ms", p->timeout_ms);
	} else if (rc) {
		rp_mismatch(p, r, "reading the host->guest ring: %s", strerror(-rc));
	} else if (!ring_equal(p, c, r, buf, len, why, sizeof(why))) {
		struct vmring_msg d;
		char line[512] = "undecodable";
		if (vmring_msg_decode(buf, len, NULL, &d) == PV_OK)
			vmring_msg_format(&d, line, sizeof(line));
		rp_mismatch(p, r, "%s; the paravisor sent: %s", why, line);
	} else {
		p->matched++;
	}
	if (rc == 0 && c->netvsc)
		rp_netvsc_in(p, c, r, buf, len);
	free(buf);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The paravisor                                                        */

static int start_paravisor(struct rp *p)
{
	const struct pvt_replay_opts *o = p->o;
	char cfg[192];

	snprintf(p->dir, sizeof(p->dir), "/tmp/pvtrace-replay.XXXXXX");
	if (!mkdtemp(p->dir))
		return -errno;
	if (o->config) {
		snprintf(cfg, sizeof(cfg), "%s", o->config);
	} else {
		FILE *f;
		snprintf(p->sock, sizeof(p->sock), "%s/pv.sock", p->dir);
		snprintf(cfg, sizeof(cfg), "%s/vm.yaml", p->dir);
		f = fopen(cfg, "w");
		if (!f)
			return -errno;
		fprintf(f, "partition:\n  kind: sim\n  socket: %s\n  memory: 256M\n  vcpus: 2\n",
			p->sock);
		if (o->vm) {
			/* The recorded session's devices (and vmbus options). */
			FILE *in = fopen(o->vm, "r");
			char line[512];
			if (!in) {
				int rc = -errno;
				fclose(f);
				return rc;
			}
			while (fgets(line, sizeof(line), in))
				fputs(line, f);
			fclose(in);
		} else {
			fputs("devices:\n  - kind: echo\n", f);
		}
		fclose(f);
	}
	p->child = fork();
	if (p->child < 0)
		return -errno;
	if (p->child == 0) {
		execl(o->paravisor, o->paravisor, "--config", cfg, "--log-level", "error",
		      (char *)NULL);
		_exit(127);
	}
	return 0;
}

static int connect_guest(struct rp *p)
{
	char err[256] = "";
	int rc = -ENOENT;

	for (int i = 0; i < 500; i++) {
		rc = rt_sim_guest_connect(p->sock, &p->g, err, sizeof(err));
		if (rc == 0)
			return 0;
		if (p->child > 0 && waitpid(p->child, NULL, WNOHANG) == p->child) {
			p->child = 0;
			fprintf(p->out, "pvtrace: the paravisor exited before accepting a guest\n");
			return -ECHILD;
		}
		poll(NULL, 0, 10);
	}
	fprintf(p->out, "pvtrace: cannot connect to %s: %s %s\n", p->sock, strerror(-rc), err);
	return rc;
}

static void stop_paravisor(struct rp *p)
{
	if (p->child > 0) {
		kill(p->child, SIGTERM);
		waitpid(p->child, NULL, 0);
	}
	if (p->dir[0] && !p->o->config) {
		char path[192];
		snprintf(path, sizeof(path), "%s/vm.yaml", p->dir);
		unlink(path);
		unlink(p->sock);
		rmdir(p->dir);
	}
}

int pvt_cmd_replay(const struct pvt_replay_opts *o, FILE *out)
{
	struct rp *p = calloc(1, sizeof(*p));
	struct rt_trace_reader *rd = NULL;
	struct rt_trace_rec r;
	char err[256];
	int rc, code = 0;
	uint64_t n = 0;

	if (!p)
		return 2;
	p->o = o;
	p->out = out;
	p->timeout_ms = o->timeout_ms ? o->timeout_ms : 5000;
	if (rt_trace_reader_open(o->trace, &rd, err, sizeof(err))) {
		fprintf(out, "pvtrace: %s\n", err);
		free(p);
		return 2;
	}
	if (o->socket)
		snprintf(p->sock, sizeof(p->sock), "%s", o->socket);
	if (o->paravisor && (rc = start_paravisor(p))) {
		fprintf(out, "pvtrace: starting %s: %s\n", o->paravisor, strerror(-rc));
		code = 2;
		goto out;
	}
	if (!p->sock[0]) {
		fprintf(out, "pvtrace: replay needs --socket or --paravisor\n");
		code = 2;
		goto out;
	}
	if (connect_guest(p)) {
		code = 2;
		goto out;
	}
	p->gm = rt_sim_guest_gmem(p->g);
	p->next_pfn = rt_gmem_page_count(p->gm) / 2;
	p->end_pfn = rt_gmem_page_count(p->gm);
	{
		/* The whole trace first: RNDIS records are looked up around their packets. */
		struct rt_trace_rec *all = NULL;
		size_t cap = 0;
		while ((rc = rt_trace_reader_next(rd, &r)) == 1) {
			if (p->nrecs == cap) {
				struct rt_trace_rec *m;
				cap = cap ? cap * 2 : 1024;
				m = realloc(all, cap * sizeof(*all));
				if (!m) {
					rc = -ENOMEM;
					break;
				}
				all = m;
			}
			all[p->nrecs++] = r;
		}
		p->recs = all;
	}
	if (rc < 0) {
		fprintf(out, "pvtrace: %s: %s\n", o->trace,
			rc == -ENOMEM ? "out of memory" : rt_trace_reader_error(rd));
		code = rc == -ENOMEM ? 2 : 1;
		goto out;
	}
	for (p->cur = 0; p->cur < p->nrecs; p->cur++) {
		r = p->recs[p->cur];
		n++;
		if (o->verbose)
			fprintf(out, "record %" PRIu64 "\n", r.index);
		if (r.hdr.proto == PVTRACE_PROTO_VMBUS && r.hdr.dir == PVTRACE_DIR_TO_HOST)
			rc = send_vmbus(p, &r);
		else if (r.hdr.proto == PVTRACE_PROTO_VMBUS && r.hdr.dir == PVTRACE_DIR_TO_GUEST)
			rc = expect_vmbus(p, &r);
		else if (r.hdr.proto == PVTRACE_PROTO_VMRING && r.hdr.dir == PVTRACE_DIR_TO_HOST)
			rc = send_ring(p, &r);
		else if (r.hdr.proto == PVTRACE_PROTO_VMRING && r.hdr.dir == PVTRACE_DIR_TO_GUEST)
			rc = expect_ring(p, &r);
		else if (r.hdr.proto == PVTRACE_PROTO_RNDIS)
			rc = 0; /* taken with their ring packets (rndis_place, netvsc_xfer_in) */
		else {
			rp_mismatch(p, &r, "no replay for %s records yet",
				    pvtrace_proto_name(r.hdr.proto));
			rc = 0;
		}
		if (rc) {
			fprintf(out, "pvtrace: record %" PRIu64 ": lost the paravisor: %s\n",
				r.index, strerror(-rc));
			code = 1;
			goto out;
		}
	}
	/* Anything more the paravisor said is a difference too. */
	{
		struct rt_sim_msg m;
		while (rt_sim_guest_recv(p->g, &m, 100) == 0) {
			struct vmbus_msg d;
			char line[1024] = "undecodable";
			if (vmbus_msg_decode(m.payload, m.len, NULL, &d) == PV_OK)
				vmbus_msg_format(&d, line, sizeof(line));
			fprintf(out, "after the trace: the paravisor also sent %s\n", line);
			p->mismatches++;
		}
	}
	for (unsigned i = 0; i < p->nchans; i++)
		for (unsigned k = 0; k < p->chans[i].nstash; k++) {
			struct vmring_msg d;
			char line[512] = "undecodable";
			if (vmring_msg_decode(p->chans[i].stash[k].buf, p->chans[i].stash[k].len,
					      NULL, &d) == PV_OK)
				vmring_msg_format(&d, line, sizeof(line));
			fprintf(out, "after the trace: the paravisor also sent on relid %u: %s\n",
				p->chans[i].relid, line);
			p->mismatches++;
		}
	fprintf(out, "%s: %" PRIu64 " records replayed, %" PRIu64 " answers match, %u differ\n",
		o->trace, n, p->matched, p->mismatches);
	code = p->mismatches ? 1 : 0;
out:
	for (unsigned i = 0; i < p->nchans; i++) {
		if (p->chans[i].rings_ok)
			rt_ring_pair_fini(&p->chans[i].rings);
		for (unsigned k = 0; k < p->chans[i].nstash; k++)
			free(p->chans[i].stash[k].buf);
	}
	for (unsigned i = 0; i < p->ngpadls; i++)
		free(p->gpadls[i].pfns);
	if (p->g)
		rt_sim_guest_close(p->g);
	stop_paravisor(p);
	rt_trace_reader_close(rd);
	free((void *)p->recs);
	free(p);
	return code;
}
