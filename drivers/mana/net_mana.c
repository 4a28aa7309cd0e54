/*
 * net_mana: a net endpoint on one MANA vport (see net_mana.h).
 *
 * TX: netvsp hands a frame (segments of its own copy) with offload requests;
 * they become the MANA TX OOB (mana_vport_tx copies the frame into the
 * queue's bounce ring). Doorbells are rung once per pump run, i.e. once per
 * batch the consumer submitted in this loop iteration ("one doorbell per ring
 * drain"). A frame sent while the vport is not up is dropped and completed.
 *
 * RX: the vport's frames go straight to the consumer's rx callback (it
 * copies them); -ENOSPC keeps the frame in its buffer until rx_resume.
 *
 * Queues: netvsp learns nqueues at open, before the device is up; should the
 * vport get fewer, queue q maps to q % nq, and per vport queue we remember
 * the order of netvsp's queues to complete each frame on the queue it came
 * from.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

#include "devices/mana/mana_emu.h"
#include "devices/net/net_priv.h"
#include "devices/net/offload.h"
#include "drivers/mana/net_mana.h"
#include "drivers/pci.h"
#include "mana_codec.h"
#include "runtime/pcidev.h"
#include "runtime/config.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/util.h"

#define MAX_FAULTS 8
#define QRING 1024 /* > VP_TX_DESCS */

struct net_mana_cfg {
	bool vfio;
	char bdf[32];
	char wire[16];
	char tap[IFNAMSIZ];
	char netns[64];
	struct mana_emu_fault faults[MAX_FAULTS];
	unsigned nfaults;
};

struct net_mana {
	struct net_base base;
	struct rt_log_obj lo;
	struct net_mana_cfg cfg;
	struct net_opts o;
	struct mana_dev *dev;
	struct mana_vport *vp;
	struct pcidev *emu; /* owned by the PCI device once opened */
	struct rt_timer recover;
	double backoff;
	uint32_t nq; /* the vport's queue pairs */
	/* per vport queue: netvsp's queue of each frame in flight, in order */
	uint8_t (*qring)[QRING];
	uint32_t *qhead, *qcount;
	bool rss_pending;
	bool closing; /* nm_close under way: the device's last callbacks arm nothing */
	struct net_rss rss;
	uint64_t tx_dropped_down;
	uint64_t recoveries;
};

static struct net_mana *nm_of(struct net_endpoint *ep)
{
	return (struct net_mana *)(void *)ep;
}

static void schedule_recover(struct net_mana *m);

/* ------------------------------------------------------------------ */
/* Vport callbacks                                                      */

static int vp_rx(void *ctx, uint32_t q, const void *frame, uint32_t len,
		 const struct mana_rx_info *i)
{
	struct net_mana *m = ctx;
	struct net_endpoint *ep = &m->base.ep;
	struct net_rx_frame f = {.data = frame, .len = len};

	if (!ep->started)
		return -ENOSPC; /* kept until start resumes the queue */
	if (q >= ep->nqueues)
		q %= ep->nqueues;
	f.meta.flags = (i->ip_csum_ok ? NET_RX_IP_CSUM_OK : 0) |
		       (i->ip_csum_bad ? NET_RX_IP_CSUM_BAD : 0) |
		       (i->tcp_csum_ok ? NET_RX_TCP_CSUM_OK : 0) |
		       (i->tcp_csum_bad ? NET_RX_TCP_CSUM_BAD : 0) |
		       (i->udp_csum_ok ? NET_RX_UDP_CSUM_OK : 0) |
		       (i->udp_csum_bad ? NET_RX_UDP_CSUM_BAD : 0);
	if (i->vlan) {
		f.meta.flags |= NET_RX_VLAN;
		f.meta.vlan_tci = i->vlan_tci;
	}
	if (i->hash_type) {
		/* One NDIS hash-type bit; ours are the same bits (net.h net_hash_type). */
		uint32_t t = i->hash_type & (NET_HASH_TCP_IPV4 | NET_HASH_UDP_IPV4 |
					     NET_HASH_TCP_IPV6 | NET_HASH_UDP_IPV6);

		t = t ? t : i->hash_type & (NET_HASH_IPV4 | NET_HASH_IPV6);
		if (t & (t - 1))
			t &= -t;
		if (t) {
			f.meta.flags |= NET_RX_HASH;
			f.meta.hash = i->hash;
			f.meta.hash_type = t;
		}
	}
	return net_base_rx(ep, q, &f);
}

static void vp_tx_done(void *ctx, uint32_t vq, void *cookie, int status)
{
	struct net_mana *m = ctx;
	uint32_t q = vq;

	if (vq < m->nq && m->qcount[vq]) {
		q = m->qring[vq][m->qhead[vq]];
		m->qhead[vq] = (m->qhead[vq] + 1) % QRING;
		m->qcount[vq]--;
	}
	if (q >= m->base.ep.nqueues)
		return;
	if (status)
		m->base.ep.stats[q].tx_dropped++;
	net_base_tx_complete(&m->base, q, cookie, status ? -EIO : 0);
}

static void set_link(struct net_mana *m, bool up)
{
	struct net_endpoint *ep = &m->base.ep;

	if (ep->link_up == up)
		return;
	ep->link_up = up;
	rt_log_info(&m->lo, "link %s", up ? "up" : "down");
	if (ep->started && ep->cb->link_change)
		ep->cb->link_change(ep->cb_ctx, up);
}

static void free_qrings(struct net_mana *m)
{
	free(m->qring);
	free(m->qhead);
	free(m->qcount);
	m->qring = NULL;
	m->qhead = m->qcount = NULL;
	m->nq = 0;
}

static void vp_state(void *ctx, enum mana_vport_state st)
{
	struct net_mana *m = ctx;
	struct net_endpoint *ep = &m->base.ep;
	uint8_t mac[6];

	switch (st) {
	case MANA_VPORT_UP:
		mana_vport_mac(m->vp, mac);
		if (memcmp(mac, ep->mac, 6))
			rt_log_warn(
				&m->lo,
				"the vport's MAC %02x:%02x:%02x:%02x:%02x:%02x differs from the "
				"nic's; set `mac:` to it",
				mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
		m->backoff = 0;
		m->rss_pending = m->rss.table_len != 0;
		net_base_kick(&m->base);
		set_link(m, true);
		break;
	case MANA_VPORT_FAILED:
		set_link(m, false);
		schedule_recover(m);
		break;
	default:
		break;
	}
}

static void vp_link(void *ctx, bool up)
{
	set_link(ctx, up);
}

static const struct mana_vport_cb vp_cb = {
	.rx = vp_rx,
	.tx_done = vp_tx_done,
	.state = vp_state,
	.link = vp_link,
};

static void vport_open(struct net_mana *m)
{
	struct mana_vport_opts vo = {
		.index = 0,
		.queues = m->base.ep.nqueues,
		.mtu = m->base.ep.mtu,
		.cb = &vp_cb,
		.ctx = m,
	};
	int rc;

	free_qrings(m);
	m->nq = rt_min(m->base.ep.nqueues, mana_dev_queues(m->dev));
	m->qring = calloc(m->nq ? m->nq : 1, sizeof(*m->qring));
	m->qhead = calloc(m->nq ? m->nq : 1, sizeof(*m->qhead));
	m->qcount = calloc(m->nq ? m->nq : 1, sizeof(*m->qcount));
	if (!m->qring || !m->qhead || !m->qcount || !m->nq) {
		rc = -ENOMEM;
	} else {
		vo.queues = m->nq;
		rc = mana_vport_open(m->dev, &vo, &m->vp);
	}
	if (rc) {
		rt_log_err(&m->lo, "vport: %s", strerror(-rc));
		m->vp = NULL;
		schedule_recover(m);
	}
}

static void dev_state(void *ctx, struct mana_dev *d, enum mana_dev_state st)
{
	struct net_mana *m = ctx;

	if (st == MANA_DEV_READY)
		vport_open(m);
	else if (st == MANA_DEV_FAILED) {
		set_link(m, false);
		schedule_recover(m);
	}
}

/* ------------------------------------------------------------------ */
/* Recovery                                                             */

static void recover_fn(struct rt_timer *t)
{
	struct net_mana *m = rt_container_of(t, struct net_mana, recover);
	int rc;

	if (m->vp) {
		mana_vport_close(m->vp); /* a zombie until the reset */
		m->vp = NULL;
	}
	free_qrings(m);
	m->recoveries++;
	rc = mana_dev_recover(m->dev);
	if (rc) {
		rt_log_err(&m->lo, "recovery: %s", strerror(-rc));
		schedule_recover(m);
	}
}

static void schedule_recover(struct net_mana *m)
{
	if (m->closing || rt_timer_active(&m->recover))
		return;
	m->backoff = m->backoff ? rt_min(m->backoff * 2, 5.0) : 0.1;
	rt_log_warn(&m->lo, "resetting the device in %.1f s", m->backoff);
	rt_timer_start(&m->recover, m->backoff, 0);
}

/* ------------------------------------------------------------------ */
/* Endpoint ops                                                         */

static int nm_start(struct net_endpoint *ep)
{
	struct net_mana *m = nm_of(ep);

	/* Frames kept while we were stopped flow now. */
	for (uint32_t q = 0; m->vp && q < m->nq; q++)
		mana_vport_rx_resume(m->vp, q);
	return 0;
}

static void nm_stop(struct net_endpoint *ep)
{
}

/* The headers of a frame, for LSO and checksum offsets the guest did not give. */
static int frame_hdrs(const struct net_seg *segs, uint32_t nseg, struct net_hdrs *h)
{
	uint8_t buf[256];
	uint32_t n = 0;

	for (uint32_t i = 0; i < nseg && n < sizeof(buf); i++) {
		uint32_t k = rt_min(segs[i].len, (uint32_t)sizeof(buf) - n);

		memcpy(buf + n, segs[i].va, k);
		n += k;
	}
	return net_parse(buf, n, h);
}

static int nm_tx(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		 const struct net_tx_meta *meta, void *cookie)
{
	struct net_mana *m = nm_of(ep);
	struct iovec iov[NET_TX_MAX_SEGS];
	struct mana_tx_req req = {0}, *rp = NULL;
	uint32_t vq;
	int rc;

	if (!m->vp || mana_vport_state(m->vp) != MANA_VPORT_UP || !ep->link_up) {
		/* No carrier: dropped, as a NIC does. */
		m->tx_dropped_down++;
		ep->stats[q].tx_dropped++;
		net_base_tx_complete(&m->base, q, cookie, 0);
		return 0;
	}
	for (uint32_t i = 0; i < nseg; i++)
		iov[i] = (struct iovec){segs[i].va, segs[i].len};
	if (meta && meta->flags) {
		const uint32_t need_hdrs = NET_TX_LSO | NET_TX_CSUM_TCP | NET_TX_CSUM_UDP;
		struct net_hdrs h;

		req.ipv4 = meta->flags & NET_TX_IPV4;
		req.ipv6 = meta->flags & NET_TX_IPV6;
		req.csum_ip = meta->flags & NET_TX_CSUM_IP;
		req.csum_tcp = meta->flags & (NET_TX_CSUM_TCP | NET_TX_LSO);
		req.csum_udp = meta->flags & NET_TX_CSUM_UDP;
		req.l4_off = meta->l4_off;
		if (meta->flags & need_hdrs) {
			if (frame_hdrs(segs, nseg, &h) || !h.ip_ver || !h.l4_off)
				return -EINVAL;
			if (!req.l4_off)
				req.l4_off = h.l4_off;
			req.ipv4 = h.ip_ver == 4;
			req.ipv6 = h.ip_ver == 6;
			if (meta->flags & NET_TX_LSO) {
				if (h.l4_proto != NET_IPPROTO_TCP)
					return -EINVAL;
				req.mss = meta->mss;
				req.hdr_len = h.hdr_len;
				req.csum_ip = req.ipv4;
			}
		}
		if (meta->flags & NET_TX_VLAN) {
			req.vlan = true;
			req.vlan_tci = meta->vlan_tci;
		}
		rp = &req;
	}
	vq = q % m->nq;
	if (m->qcount[vq] == QRING)
		return -EAGAIN;
	rc = mana_vport_tx(m->vp, vq, iov, nseg, rp, cookie);
	if (rc == -EMSGSIZE)
		return -EINVAL;
	if (rc)
		return rc;
	m->qring[vq][(m->qhead[vq] + m->qcount[vq]) % QRING] = (uint8_t)q;
	m->qcount[vq]++;
	net_base_kick(&m->base);
	return 0;
}

static void nm_rx_resume(struct net_endpoint *ep, uint32_t q)
{
	struct net_mana *m = nm_of(ep);

	if (m->vp && m->nq)
		mana_vport_rx_resume(m->vp, q % m->nq);
}

static void apply_rss(struct net_mana *m)
{
	uint32_t table[NET_RSS_TABLE_MAX];
	uint8_t key[MANA_HASH_KEY_SIZE] = {0};
	int rc;

	if (!m->rss_pending || !m->vp || mana_vport_state(m->vp) != MANA_VPORT_UP)
		return;
	for (uint32_t i = 0; i < m->rss.table_len; i++)
		table[i] = m->rss.table[i] % m->nq;
	memcpy(key, m->rss.key, rt_min(m->rss.key_len, (uint32_t)sizeof(key)));
	rc = mana_vport_set_rss(m->vp, key, sizeof(key), table, m->rss.table_len);
	if (rc == -EBUSY)
		return; /* retried on the next pump run */
	m->rss_pending = false;
	if (rc)
		rt_log_rl(&m->lo, RT_LOG_WARN, "RSS: %s", strerror(-rc));
}

static int nm_set_rss(struct net_endpoint *ep, const struct net_rss *rss)
{
	struct net_mana *m = nm_of(ep);

	if (!rss->table_len)
		return -EINVAL;
	m->rss = *rss;
	m->rss_pending = true;
	apply_rss(m);
	return 0;
}

static void nm_deferred(struct net_base *b)
{
	struct net_mana *m = (struct net_mana *)(void *)b;

	if (m->vp) {
		mana_vport_tx_flush(m->vp);
		if (m->rss_pending)
			apply_rss(m);
	}
}

static void nm_close(struct net_endpoint *ep)
{
	struct net_mana *m = nm_of(ep);

	/* Closing the device fails what it still owes (ESHUTDOWN): the vport
	 * reports FAILED, which would arm the recovery timer on an endpoint
	 * freed below (seen under load: heap corruption at shutdown). */
	m->closing = true;
	rt_timer_stop(&m->recover);
	/* Polled, bounded teardown of the vport and the device; then the reset. */
	mana_dev_close(m->dev);
	m->vp = NULL;
	free_qrings(m);
	net_base_fini(&m->base);
	free(m);
}

static const struct net_endpoint_ops nm_ops = {
	.kind = "mana",
	.start = nm_start,
	.stop = nm_stop,
	.tx = nm_tx,
	.rx_resume = nm_rx_resume,
	.set_rss = nm_set_rss,
	.close = nm_close,
};

/* ------------------------------------------------------------------ */
/* Opening                                                              */

static int open_pci(struct net_mana *m, const struct net_endpoint_env *env, struct pci_dev **pci)
{
	const struct net_mana_cfg *c = &m->cfg;
	struct mana_emu_opts eo = {0};
	char wire_arg[160] = "";
	int rc;

	if (c->vfio) {
#ifdef PV_HAVE_VFIO
		return pci_vfio_open(c->bdf, env->log, pci);
#else
		rt_log_err(&m->lo,
			   "vfio %s: this build has no VFIO backend (drivers/pci/pci_vfio.c)",
			   c->bdf);
		return -ENOSYS;
#endif
	}
	if (!strcmp(c->wire, "tap"))
		snprintf(wire_arg, sizeof(wire_arg), "name=%s%s%s,queues=%u", c->tap,
			 c->netns[0] ? ",netns=" : "", c->netns, m->o.queues);
	eo.name = m->lo.id;
	eo.log = env->log;
	eo.nvports = 1;
	eo.vport[0].wire = c->wire;
	eo.vport[0].wire_arg = wire_arg;
	/* The NIC's MAC (configured or derived) is the vport's: the guest sees one MAC. */
	memcpy(eo.vport[0].mac, m->o.mac, 6);
	eo.max_queues = rt_max(m->o.queues, 1u);
	rc = mana_emu_create(&eo, &m->emu);
	if (rc)
		return rc;
	for (unsigned i = 0; i < c->nfaults; i++)
		(void)mana_emu_fault_set(m->emu, &c->faults[i]);
	rc = pci_emu_open(m->emu, env->log, pci);
	if (rc) {
		m->emu->ops->destroy(m->emu);
		m->emu = NULL;
	}
	return rc;
}

static int nm_open(const void *parsed, const char *arg, struct ev_loop *loop,
		   const struct net_endpoint_env *env, struct net_endpoint **out)
{
	const uint32_t caps = NET_CAP_TX_CSUM_IP4 | NET_CAP_TX_CSUM_TCP4 | NET_CAP_TX_CSUM_UDP4 |
			      NET_CAP_TX_CSUM_TCP6 | NET_CAP_TX_CSUM_UDP6 | NET_CAP_TX_LSO4 |
			      NET_CAP_TX_LSO6 | NET_CAP_TX_VLAN | NET_CAP_RX_CSUM |
			      NET_CAP_RX_HASH | NET_CAP_RSS;
	static const struct net_mana_cfg dflt = {.wire = "loopback"};
	struct mana_dev_opts dopts = {0};
	struct pci_dev *pci = NULL;
	struct net_mana *m;
	int rc;

	if (!env || !env->log)
		return -EINVAL;
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	m->cfg = parsed ? *(const struct net_mana_cfg *)parsed : dflt;
	rc = net_opts_parse("mana", arg, &m->o);
	if (rc)
		goto fail;
	if (m->o.queues > MANA_DRV_MAX_QUEUES) {
		rc = -EINVAL;
		goto fail;
	}
	rc = net_base_init(&m->base, &nm_ops, loop, &m->o, caps);
	if (rc)
		goto fail;
	m->base.deferred = nm_deferred;
	m->base.ep.link_up = false;
	rt_log_obj_init(&m->lo, env->log, "%s", env->name ? env->name : "mana0");
	rt_timer_init(&m->recover, loop, recover_fn);
	rc = open_pci(m, env, &pci);
	if (rc)
		goto fail_base;
	dopts.loop = loop;
	dopts.log = env->log;
	dopts.trace = env->trace;
	dopts.name = m->lo.id;
	dopts.queues = m->o.queues;
	dopts.state_cb = dev_state;
	dopts.ctx = m;
	rc = mana_dev_open(pci, &dopts, &m->dev);
	if (rc) {
		pci_close(pci);
		goto fail_base;
	}
	rt_log_info(&m->lo, "MANA endpoint on %s (%s), %u queue(s), MTU %u",
		    m->cfg.vfio ? m->cfg.bdf : "the emulator", m->cfg.vfio ? "vfio" : m->cfg.wire,
		    m->o.queues, m->o.mtu);
	*out = &m->base.ep;
	return 0;

fail_base:
	net_base_fini(&m->base);
fail:
	free(m);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Config                                                               */

static int copy_str(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, char *dst,
		    size_t cap)
{
	const char *v = NULL;
	int rc = rt_cfg_str(cfg, map, key, false, NULL, &v);

	if (rc || !v)
		return rc;
	if (!*v || strlen(v) >= cap || strchr(v, '/') || strchr(v, ','))
		return rt_cfg_error(cfg, rt_cfg_get(map, key), "'%s': '%s' is not a usable name",
				    key, v);
	strcpy(dst, v);
	return 0;
}

static int parse_emulated(struct rt_cfg *cfg, const struct rt_cfg_node *e, struct net_mana_cfg *c)
{
	static const char *const keys[] = {"wire", "tap", "netns", "faults", NULL};
	static const char *const wires[] = {"tap", "null", "loopback", NULL};
	const struct rt_cfg_node *f;
	int rc, w;

	if (e->type == RT_CFG_SCALAR && e->value && !*e->value)
		return 0; /* `emulated:` with nothing: a loopback wire */
	if ((rc = rt_cfg_check_keys(cfg, e, keys)) ||
	    (rc = copy_str(cfg, e, "tap", c->tap, sizeof(c->tap))) ||
	    (rc = copy_str(cfg, e, "netns", c->netns, sizeof(c->netns))) ||
	    (rc = rt_cfg_choice(cfg, e, "wire", false, wires, c->tap[0] ? 0 : 2, &w)))
		return rc;
	snprintf(c->wire, sizeof(c->wire), "%s", wires[w]);
	if (w == 0 && !c->tap[0])
		return rt_cfg_error(cfg, e, "'wire: tap' needs 'tap: IFNAME'");
	if (w != 0 && (c->tap[0] || c->netns[0]))
		return rt_cfg_error(cfg, e, "'tap'/'netns' apply to wire: tap only");
	f = rt_cfg_get(e, "faults");
	if (!f)
		return 0;
	if (f->type != RT_CFG_SEQ)
		return rt_cfg_error(cfg, f, "'faults' must be a list of fault specs");
	for (const struct rt_cfg_node *i = f->child; i; i = i->next) {
		if (i->type != RT_CFG_SCALAR || c->nfaults == MAX_FAULTS ||
		    mana_emu_fault_parse(i->value, &c->faults[c->nfaults]))
			return rt_cfg_error(
				cfg, i,
				"fault: kind[:code[:value[:count]]] (at most %d), kind "
				"one of hwc_timeout hwc_status hwc_msg_id hwc_oversized "
				"hwc_short smc_timeout cqe_malformed cqe_owner "
				"cqe_unknown_q eqe_malformed eqe_owner tx_error",
				MAX_FAULTS);
		c->nfaults++;
	}
	return 0;
}

static int nm_parse(struct rt_cfg *cfg, const struct rt_cfg_node *node, void **out)
{
	static const char *const keys[] = {"vfio", "emulated", NULL};
	struct net_mana_cfg *c = calloc(1, sizeof(*c));
	const struct rt_cfg_node *e;
	int rc = 0;

	if (!c)
		return -ENOMEM;
	snprintf(c->wire, sizeof(c->wire), "loopback");
	if (node) {
		if ((rc = rt_cfg_check_keys(cfg, node, keys)) ||
		    (rc = copy_str(cfg, node, "vfio", c->bdf, sizeof(c->bdf))))
			goto out;
		e = rt_cfg_get(node, "emulated");
		c->vfio = c->bdf[0] != 0;
		if (c->vfio && e)
			rc = rt_cfg_error(cfg, node, "give 'vfio' or 'emulated', not both");
		else if (!c->vfio && !e)
			rc = rt_cfg_error(cfg, node,
					  "'mana' needs 'vfio: BDF' or 'emulated: {...}'");
		else if (e)
			rc = parse_emulated(cfg, e, c);
	}
out:
	if (rc) {
		free(c);
		return rc;
	}
	*out = c;
	return 0;
}

static void nm_free_cfg(void *c)
{
	free(c);
}

const struct net_endpoint_kind net_mana_kind = {
	.kind = "mana",
	.parse = nm_parse,
	.free_cfg = nm_free_cfg,
	.open = nm_open,
};

/* ------------------------------------------------------------------ */

int net_mana_get_stats(struct net_endpoint *ep, struct net_mana_stats *out)
{
	struct net_mana *m;

	if (!ep || ep->ops != &nm_ops)
		return -EINVAL;
	m = nm_of(ep);
	memset(out, 0, sizeof(*out));
	mana_dev_get_stats(m->dev, &out->dev);
	out->dev_state = mana_dev_state(m->dev);
	if (m->vp) {
		mana_vport_get_stats(m->vp, &out->vport);
		out->vport_state = mana_vport_state(m->vp);
	}
	out->tx_dropped_down = m->tx_dropped_down;
	out->recoveries = m->recoveries;
	return 0;
}

struct pcidev *net_mana_emulator(struct net_endpoint *ep)
{
	return ep && ep->ops == &nm_ops ? nm_of(ep)->emu : NULL;
}
