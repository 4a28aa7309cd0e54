/*
 * pv_guest channels: open/close and the guest ends of the two rings, using
 * the runtime ring code with RT_RING_GUEST (the same code the host runs,
 * mirrored), plus raw ring access for hostile tests.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "pv_codec.h"
#include "runtime/gmem.h"
#include "runtime/trace.h"
#include "runtime/gpadl.h"
#include "runtime/ring.h"
#include "runtime/util.h"
#include "tools/pvguest/pv_guest_priv.h"
#include "vmring_wire.h"

#define MSG_SINT 2
#define CTL_SIZE 4096u

struct pvg_chan_ring {
	struct rt_gpadl gp; /* our own description of the ring GPADL */
	struct rt_gpa_range range;
	uint64_t *pfns;
	struct rt_ring_pair rp;
	bool rings_ok;
};

/* The ring state hangs off the channel; kept out of the shared header. */
static struct pvg_chan_ring *R(struct pvg_chan *c)
{
	return (struct pvg_chan_ring *)(c + 1);
}

uint32_t pvg_chan_relid(const struct pvg_chan *c)
{
	return c->relid;
}

int pvg_chan_wait_irq(struct pvg_chan *c, int timeout_ms)
{
	return pvg_wait_irq(c->g, c->relid, timeout_ms);
}

uint64_t pvg_chan_signals_sent(const struct pvg_chan *c)
{
	return c->signals_sent;
}

int pvg_chan_signal(struct pvg_chan *c)
{
	c->signals_sent++;
	return rt_sim_guest_signal(c->g->sg, c->conn_id);
}

static int ring_setup(struct pvg_chan *c)
{
	struct pvg_chan_ring *r = R(c);

	r->pfns = calloc(c->npages, sizeof(uint64_t));
	if (!r->pfns)
		return -ENOMEM;
	for (uint32_t i = 0; i < c->npages; i++)
		r->pfns[i] = c->first_pfn + i;
	r->range = (struct rt_gpa_range){
		.len = c->npages * 4096u, .offset = 0, .pfn_count = c->npages, .pfns = r->pfns};
	r->gp.id = c->gpadl;
	r->gp.child_relid = c->relid;
	r->gp.range_count = 1;
	r->gp.ranges = &r->range;
	r->gp.total_len = r->range.len;
	r->gp.pfn_count = c->npages;
	r->gp.pfns = r->pfns;
	int rc = rt_ring_pair_init(&r->rp, c->g->gmem, &r->gp, c->npages / 2, RT_RING_GUEST);
	if (rc) {
		free(r->pfns);
		r->pfns = NULL;
		return rc;
	}
	r->rings_ok = true;
	c->out.gpa = c->first_pfn << 12;
	c->out.size = (c->npages / 2 - 1) * 4096u;
	c->in.gpa = (c->first_pfn + c->npages / 2) << 12;
	c->in.size = c->out.size;
	return 0;
}

static void ring_teardown(struct pvg_chan *c)
{
	struct pvg_chan_ring *r = R(c);

	if (r->rings_ok)
		rt_ring_pair_fini(&r->rp);
	r->rings_ok = false;
	free(r->pfns);
	r->pfns = NULL;
}

static void chan_unlink(struct pvg_chan *c);

void pvg_chan_forget(struct pvg_chan *c)
{
	ring_teardown(c);
	chan_unlink(c);
	pvg_pages_free(c->g, c->first_pfn, c->npages);
	free(c);
}

static void chan_unlink(struct pvg_chan *c)
{
	struct pvg_chan **pp = &c->g->chans;

	while (*pp && *pp != c)
		pp = &(*pp)->next;
	if (*pp)
		*pp = c->next;
}

int pvg_chan_open(struct pvg *g, uint32_t relid, const struct pvg_open_opts *o,
		  struct pvg_chan **out, uint32_t *status)
{
	const struct pvg_offer *off = pvg_find_relid(g, relid);
	uint32_t ring_pages = o && o->ring_pages ? o->ring_pages : 32;
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OPENCHANNEL, .variant = 1};
	struct vmbus_msg r;
	struct pvg_chan *c;
	int rc;

	if (!off || ring_pages < 2)
		return -EINVAL;
	c = calloc(1, sizeof(*c) + sizeof(struct pvg_chan_ring));
	if (!c)
		return -ENOMEM;
	c->g = g;
	c->relid = relid;
	c->conn_id = off->conn_id;
	c->npages = 2 * ring_pages;
	rc = pvg_pages_alloc(g, c->npages, &c->first_pfn);
	if (rc)
		goto fail;
	/* Clean control pages before the host looks at them. */
	static const uint8_t zero[4096];
	for (uint32_t i = 0; i < c->npages; i++)
		rt_gmem_write(g->gmem, (c->first_pfn + i) << 12, zero, sizeof(zero));
	rc = pvg_gpadl_create(g, relid, c->first_pfn, c->npages, &c->gpadl);
	if (rc)
		goto fail_pages;
	rc = ring_setup(c);
	if (rc)
		goto fail_gpadl;

	m.u.openchannel.child_relid = relid;
	m.u.openchannel.openid = relid;
	m.u.openchannel.ringbuffer_gpadlhandle = c->gpadl;
	m.u.openchannel.target_vp = o ? o->target_vp : 0;
	m.u.openchannel.downstream_ringbuffer_pageoffset = ring_pages;
	if (o)
		memcpy(m.u.openchannel.userdata, o->user_data, sizeof(o->user_data));
	rc = pvg_post(g, &m);
	if (rc)
		goto fail_rings;
	/* Like Linux, match the result on (relid, openid); others are stale. */
	do {
		rc = pvg_wait_msg(g, VMBUS_MSG_TYPE_OPENCHANNEL_RESULT, &r, pvg_timeout(g));
		if (rc)
			goto fail_rings;
	} while (r.u.openchannel_result.child_relid != relid ||
		 r.u.openchannel_result.openid != relid);
	if (status)
		*status = r.u.openchannel_result.status;
	if (r.u.openchannel_result.status) {
		rc = -EIO;
		goto fail_rings;
	}
	c->next = g->chans;
	g->chans = c;
	*out = c;
	return 0;

fail_rings:
	ring_teardown(c);
fail_gpadl:
	pvg_gpadl_teardown(g, relid, c->gpadl);
fail_pages:
	pvg_pages_free(g, c->first_pfn, c->npages);
fail:
	free(c);
	return rc;
}

int pvg_chan_close(struct pvg_chan *c)
{
	struct pvg *g = c->g;
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_CLOSECHANNEL};
	int rc;

	m.u.closechannel.child_relid = c->relid;
	rc = pvg_post(g, &m);
	ring_teardown(c);
	if (!rc)
		rc = pvg_gpadl_teardown(g, c->relid, c->gpadl);
	chan_unlink(c);
	pvg_pages_free(g, c->first_pfn, c->npages);
	free(c);
	return rc;
}

int pvg_chan_send_ext(struct pvg_chan *c, uint16_t type, uint16_t flags, uint64_t trans_id,
		      const void *ext, size_t ext_len, const void *data, size_t len)
{
	struct pvg_chan_ring *r = R(c);
	struct iovec iov[2];
	bool sig = false;
	int n = 0, rc;

	if (!r->rings_ok)
		return -ENOTCONN;
	if (ext_len)
		iov[n++] = (struct iovec){(void *)ext, ext_len};
	if (len)
		iov[n++] = (struct iovec){(void *)data, len};
	rc = rt_ring_write_pkt(&r->rp.out, type, flags, trans_id, ext_len, iov, n, &sig);
	if (rc)
		return rc;
	if (rt_trace_on(c->g->o.trace))
		rt_trace_ring_written(c->g->o.trace, PVTRACE_DIR_TO_HOST, c->relid, type, flags,
				      trans_id, ext_len, iov, n);
	if (sig && c->hold_signals)
		c->signal_owed = true;
	else if (sig)
		pvg_chan_signal(c);
	return 0;
}

int pvg_chan_hold_signals(struct pvg_chan *c, bool hold)
{
	c->hold_signals = hold;
	if (hold || !c->signal_owed)
		return 0;
	c->signal_owed = false;
	return pvg_chan_signal(c);
}

int pvg_chan_send(struct pvg_chan *c, uint16_t type, uint16_t flags, uint64_t trans_id,
		  const void *data, size_t len)
{
	return pvg_chan_send_ext(c, type, flags, trans_id, NULL, 0, data, len);
}

int pvg_chan_recv(struct pvg_chan *c, struct pvg_pkt *pkt, void *buf, size_t cap, int timeout_ms)
{
	struct pvg_chan_ring *r = R(c);
	uint8_t tmp[65536 + 64];
	size_t len;
	int rc;

	if (!r->rings_ok)
		return -ENOTCONN;
	for (;;) {
		rc = rt_ring_read(&r->rp.in, tmp, sizeof(tmp), &len);
		if (rc == 0) {
			if (rt_trace_on(c->g->o.trace))
				rt_trace_ring_copied(c->g->o.trace, PVTRACE_DIR_TO_GUEST, c->relid,
						     tmp, len);
			break;
		}
		if (rc != -EAGAIN)
			return rc == -EPROTO ? -EBADMSG : rc;
		rc = pvg_wait_irq(c->g, c->relid, timeout_ms);
		if (rc)
			return rc;
	}
	if (rt_ring_read_done(&r->rp.in))
		pvg_chan_signal(c);
	uint16_t off8, len8;
	memcpy(&pkt->type, tmp, 2);
	memcpy(&off8, tmp + 2, 2);
	memcpy(&len8, tmp + 4, 2);
	memcpy(&pkt->flags, tmp + 6, 2);
	memcpy(&pkt->trans_id, tmp + 8, 8);
	pkt->offset = (uint32_t)off8 * 8;
	pkt->len = (uint32_t)rt_min((size_t)(len8 - off8) * 8, cap);
	memcpy(buf, tmp + pkt->offset, pkt->len);
	pkt->nranges = 0;
	if (pkt->type == VMRING_PKT_DATA_USING_XFER_PAGES &&
	    pkt->offset >= VMRING_XFER_PAGES_RANGES_OFFSET) {
		uint32_t n = pv_get_u32(tmp + offsetof(struct vmring_wire_xfer_pages, range_cnt));
		for (uint32_t i = 0; i < n && i < PVG_MAX_XFER_RANGES; i++) {
			size_t at = VMRING_XFER_PAGES_RANGES_OFFSET +
				    (size_t)i * VMRING_XFER_RANGE_SIZE;
			if (at + VMRING_XFER_RANGE_SIZE > pkt->offset)
				break;
			pkt->ranges[i].len = pv_get_u32(
				tmp + at + offsetof(struct vmring_wire_xfer_range, byte_count));
			pkt->ranges[i].off = pv_get_u32(
				tmp + at + offsetof(struct vmring_wire_xfer_range, byte_offset));
			pkt->nranges = i + 1;
		}
	}
	return 0;
}

uint32_t pvg_chan_send_space(const struct pvg_chan *c)
{
	struct pvg_chan *cc = (struct pvg_chan *)c;
	uint32_t w = pvg_ring_get_ctl(cc, PVG_RING_OUT, 0);
	uint32_t rd = pvg_ring_get_ctl(cc, PVG_RING_OUT, 4);

	return w >= rd ? c->out.size - (w - rd) : rd - w;
}

void pvg_chan_set_interrupt_mask(struct pvg_chan *c, bool masked)
{
	pvg_ring_set_ctl(c, PVG_RING_IN, 8, masked ? 1 : 0);
}

static const struct pvg_ring_side *side(const struct pvg_chan *c, enum pvg_ring r)
{
	return r == PVG_RING_OUT ? &c->out : &c->in;
}

int pvg_ring_poke(struct pvg_chan *c, enum pvg_ring r, uint32_t off, const void *src, size_t len)
{
	const struct pvg_ring_side *s = side(c, r);

	if ((uint64_t)off + len > s->size)
		return -EINVAL;
	return rt_gmem_write(c->g->gmem, s->gpa + CTL_SIZE + off, src, len);
}

int pvg_ring_set_ctl(struct pvg_chan *c, enum pvg_ring r, uint32_t field_off, uint32_t val)
{
	if (field_off > 64 || field_off % 4)
		return -EINVAL;
	return rt_gmem_write(c->g->gmem, side(c, r)->gpa + field_off, &val, sizeof(val));
}

uint32_t pvg_ring_get_ctl(struct pvg_chan *c, enum pvg_ring r, uint32_t field_off)
{
	uint32_t v = 0;

	rt_gmem_read(c->g->gmem, side(c, r)->gpa + field_off, &v, sizeof(v));
	return v;
}

int pvg_gpa_ext(uint32_t n, const uint32_t *lens, const uint32_t *offs, const uint64_t *pfns,
		void *ext, size_t cap)
{
	struct vmring_gpa_direct *g = calloc(1, sizeof(*g));
	size_t need = VMRING_GPA_DIRECT_SIZE;
	uint8_t *buf = NULL;
	uint32_t npfn = 0;
	int len = -EINVAL;

	if (!g || n > VMRING_GPA_DIRECT_RANGES_MAX)
		goto out;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t pages = rt_gpa_range_pages(offs[i], lens[i]);

		if (pages > VMRING_GPA_DIRECT_RANGES_MAX_PFNS - npfn)
			goto out;
		g->ranges[i] = (struct pv_gpa_range){lens[i], offs[i], npfn, pages};
		memcpy(g->ranges_pfns + npfn, pfns + npfn, pages * sizeof(*pfns));
		npfn += pages;
		need += 8 + 8 * (size_t)pages;
	}
	g->ranges_count = n;
	g->ranges_pfn_count = npfn;
	g->hdr.type = VMRING_PKT_DATA_USING_GPA_DIRECT;
	g->hdr.offset8 = g->hdr.len8 = (uint16_t)(need / 8);
	buf = malloc(need);
	/* The encoder writes the descriptor too; the ring writes its own. */
	if (!buf || vmring_gpa_direct_encode(g, buf, need) != (int)need ||
	    need - VMRING_DESC_SIZE > cap)
		goto out;
	memcpy(ext, buf + VMRING_DESC_SIZE, need - VMRING_DESC_SIZE);
	len = (int)(need - VMRING_DESC_SIZE);
out:
	free(buf);
	free(g);
	return len;
}
