/*
 * The tap endpoint: a Linux TAP device (IFF_TAP | IFF_NO_PI | IFF_VNET_HDR),
 * optionally opened inside a named network namespace. One file per queue
 * pair (IFF_MULTI_QUEUE when more than one), nonblocking, in the loop.
 *
 * Transmit: the first bytes of the frame (its headers) are copied once into
 * our own buffer, where the offload requests are turned into a
 * virtio_net_hdr for the kernel: checksums become NEEDS_CSUM with the
 * pseudo-header sum in place, LSO becomes a GSO frame the kernel segments,
 * VLAN insertion is done in the copy. The IP length fields of an LSO
 * super-frame are rewritten (Linux guests send 0) and the IPv4 header
 * checksum recomputed, as the receiving stack checks both. The rest of the
 * frame goes straight from the guest's segments with writev.
 *
 * Receive: when the consumer takes super-frames (cb->rx_gso), the queues are
 * switched to TUNSETOFFLOAD(CSUM | TSO4 | TSO6 | TSO_ECN) at start, so TCP
 * arrives as the host stack built it, up to 64 KiB per read, and is handed
 * on as NET_RX_GSO_TCP4/6 with its segment size (virtio_net_hdr gso_size):
 * one read and one consumer call per super-frame instead of one per MTU
 * frame (QEMU's virtio-net gives the guest the same when it negotiated
 * GUEST_TSO4/6). Otherwise TUNSETOFFLOAD 0 and the kernel segments first.
 * A frame with a partial checksum (NEEDS_CSUM: the host's stack left the
 * sum to the device) gets it completed here; neither it nor a frame the
 * kernel marks DATA_VALID is verified again; any other frame's checksums are
 * verified in software. An 802.1Q tag is stripped into the metadata. Up to
 * TAP_RX_BATCH frames are read per wakeup. Under back-pressure the frame
 * stays in the queue's buffer and the queue stops reading; the kernel keeps
 * (or, past its queue length, drops and counts) what follows.
 *
 * The virtio_net_hdr fields are in native byte order (legacy virtio).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/if_tun.h>
#include <linux/virtio_net.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>

#include "devices/net/net_priv.h"
#include "devices/net/offload.h"
#include "pv_codec.h"
#include "runtime/util.h"

#define TAP_HDR_COPY 256 /* headers beyond this are refused for offloads */
#define TAP_RX_BATCH 64
#define TAP_RX_BUF (65536 + 256)

struct tap_queue {
	struct net_tap *tap;
	uint32_t q;
	int fd;
	ev_io rx_w;
	bool paused; /* the consumer said -ENOSPC */
	bool held;   /* rx_buf holds a frame not yet taken */
	uint32_t held_off, held_len;
	struct net_rx_meta held_meta;
	struct virtio_net_hdr rx_vh;
	uint8_t *rx_buf;
	uint8_t hdr[TAP_HDR_COPY + NET_VLAN_HLEN];
	struct iovec iov[NET_TX_MAX_SEGS + 2];
};

struct net_tap {
	struct net_base base;
	struct tap_queue *queues;
	char name[IFNAMSIZ];
};

static struct net_tap *tap_of(struct net_endpoint *ep)
{
	return (struct net_tap *)(void *)ep;
}

/* Copies the first `n` bytes of the segments to `dst`. */
static void gather(uint8_t *dst, const struct net_seg *segs, uint32_t nseg, uint32_t n)
{
	for (uint32_t i = 0; i < nseg && n; i++) {
		uint32_t c = segs[i].len < n ? segs[i].len : n;

		memcpy(dst, segs[i].va, c);
		dst += c;
		n -= c;
	}
}

/*
 * Turns the offload requests into a virtio_net_hdr and fixes the header
 * copy `h` (first `hl` bytes of a `len`-byte frame). Returns 0 or -EINVAL.
 */
static int tx_offloads(uint8_t *h, uint32_t hl, uint32_t len, const struct net_tx_meta *m,
		       struct virtio_net_hdr *vh)
{
	struct net_hdrs ph;
	uint32_t want = m->flags;
	uint32_t l4_len;
	uint8_t *ip;
	int rc;

	if (!(want & (NET_TX_CSUM_IP | NET_TX_CSUM_TCP | NET_TX_CSUM_UDP | NET_TX_LSO)))
		return 0;
	rc = net_parse(h, hl, &ph);
	if (rc || !ph.ip_ver || ph.ip_frag)
		return -EINVAL;
	if (((want & NET_TX_IPV4) && ph.ip_ver != 4) || ((want & NET_TX_IPV6) && ph.ip_ver != 6))
		return -EINVAL;
	if (m->l4_off && m->l4_off != ph.l4_off)
		return -EINVAL;
	ip = h + ph.l3_off;
	/* net_parse saw only the copy: judge the IP length against the frame. */
	if (ph.ip_ver == INET_IPV4_VERSION)
		ph.ip_len = pv_get_be16(NET_AT(ip, ipv4, total_len));
	else
		ph.ip_len = INET_IPV6_SIZE + pv_get_be16(NET_AT(ip, ipv6, payload_len));
	if (ph.ip_len > len - ph.l3_off || ph.ip_len < (uint32_t)(ph.hdr_len - ph.l3_off))
		ph.ip_len = 0;

	if (want & NET_TX_LSO) {
		if (ph.l4_proto != NET_IPPROTO_TCP || ph.hdr_len >= len)
			return -EINVAL;
		if (ph.ip_ver == INET_IPV4_VERSION) {
			if (len - ph.l3_off > UINT16_MAX)
				return -EINVAL;
			want |= NET_TX_CSUM_IP;
		} else if (len - ph.l3_off - INET_IPV6_SIZE > UINT16_MAX) {
			return -EINVAL;
		}
		net_ip_set_len(h, &ph, len - ph.l3_off);
		want |= NET_TX_CSUM_TCP;
		vh->gso_type = ph.ip_ver == 4 ? VIRTIO_NET_HDR_GSO_TCPV4 : VIRTIO_NET_HDR_GSO_TCPV6;
		vh->gso_size = m->mss;
		vh->hdr_len = ph.hdr_len;
	}
	if (want & NET_TX_CSUM_IP) {
		rc = net_offload_csum(h, hl, &ph, NET_TX_CSUM_IP);
		if (rc)
			return rc;
	}
	if (want & (NET_TX_CSUM_TCP | NET_TX_CSUM_UDP)) {
		uint8_t proto = (want & NET_TX_CSUM_TCP) ? NET_IPPROTO_TCP : NET_IPPROTO_UDP;
		uint16_t field = proto == NET_IPPROTO_TCP
					 ? offsetof(struct inet_wire_tcp, checksum)
					 : offsetof(struct inet_wire_udp, checksum);

		if (ph.l4_proto != proto || ph.hdr_len == ph.l4_off)
			return -EINVAL;
		l4_len = (ph.ip_len ? ph.l3_off + ph.ip_len : len) - ph.l4_off;
		/* The kernel adds the data sum to the (uncomplemented) pseudo sum. */
		uint16_t ps = (uint16_t)~net_csum_fold(net_csum_pseudo(h, &ph, l4_len));
		pv_put_be16(h + ph.l4_off + field, ps);
		vh->flags = VIRTIO_NET_HDR_F_NEEDS_CSUM;
		vh->csum_start = ph.l4_off;
		vh->csum_offset = field;
	}
	return 0;
}

static int tap_tx(struct net_endpoint *ep, uint32_t q, const struct net_seg *segs, uint32_t nseg,
		  const struct net_tx_meta *meta, void *cookie)
{
	struct net_tap *tap = tap_of(ep);
	struct tap_queue *tq = &tap->queues[q];
	struct virtio_net_hdr vh = {.gso_type = VIRTIO_NET_HDR_GSO_NONE};
	uint32_t len = 0, hl, skip, niov = 0, hoff = 0;
	ssize_t n;
	int rc;

	for (uint32_t i = 0; i < nseg; i++)
		len += segs[i].len;
	hl = len < TAP_HDR_COPY ? len : TAP_HDR_COPY;
	/* Leave room in front for an 802.1Q tag. */
	gather(tq->hdr + NET_VLAN_HLEN, segs, nseg, hl);
	if (meta) {
		rc = tx_offloads(tq->hdr + NET_VLAN_HLEN, hl, len, meta, &vh);
		if (rc)
			return rc;
		if (meta->flags & NET_TX_VLAN) {
			/* The addresses move down; the tag goes between them and the type. */
			memmove(tq->hdr, tq->hdr + NET_VLAN_HLEN,
				offsetof(struct inet_wire_eth, ethertype));
			pv_put_be16(NET_AT(tq->hdr, eth_vlan, tpid), NET_ETH_P_8021Q);
			pv_put_be16(NET_AT(tq->hdr, eth_vlan, tci), meta->vlan_tci);
			hoff = 0;
			hl += NET_VLAN_HLEN;
			if (vh.flags & VIRTIO_NET_HDR_F_NEEDS_CSUM)
				vh.csum_start += NET_VLAN_HLEN;
			if (vh.gso_type != VIRTIO_NET_HDR_GSO_NONE)
				vh.hdr_len += NET_VLAN_HLEN;
		} else {
			hoff = NET_VLAN_HLEN;
		}
	} else {
		hoff = NET_VLAN_HLEN;
	}
	tq->iov[niov++] = (struct iovec){&vh, sizeof(vh)};
	tq->iov[niov++] = (struct iovec){tq->hdr + hoff, hl};
	/* The copied bytes must not be sent twice: skip them in the segments. */
	skip = len < TAP_HDR_COPY ? len : TAP_HDR_COPY;
	for (uint32_t i = 0; i < nseg; i++) {
		if (skip >= segs[i].len) {
			skip -= segs[i].len;
			continue;
		}
		tq->iov[niov++] = (struct iovec){(uint8_t *)segs[i].va + skip, segs[i].len - skip};
		skip = 0;
	}
	n = writev(tq->fd, tq->iov, (int)niov);
	if (n < 0) {
		rc = -errno;
		if (rc == -EAGAIN || rc == -ENOBUFS)
			ep->stats[q].tx_dropped++;
		else
			ep->stats[q].tx_errors++;
	} else {
		rc = 0;
	}
	/* Written or not, the segments are no longer ours to read. */
	net_base_tx_complete(&tap->base, q, cookie, rc);
	return 0;
}

/* Completes a partial checksum the kernel left for the device to fill. */
static int rx_finish_csum(uint8_t *f, uint32_t len, const struct virtio_net_hdr *vh)
{
	uint32_t start = vh->csum_start, field = (uint32_t)vh->csum_start + vh->csum_offset;
	uint16_t c;

	if (start >= len || field + 2 > len)
		return -EINVAL;
	c = net_csum_fold(net_csum_add(0, f + start, len - start));
	pv_put_be16(f + field, c);
	return 0;
}

/* Hands the held frame to the consumer. Returns true if the queue may go on. */
static bool deliver_held(struct net_tap *tap, struct tap_queue *tq)
{
	struct net_endpoint *ep = &tap->base.ep;
	struct net_rx_frame rf = {
		.data = tq->rx_buf + tq->held_off, .len = tq->held_len, .meta = tq->held_meta};
	int rc = net_base_rx(ep, tq->q, &rf);

	if (rc == -ENOSPC) {
		tq->paused = true;
		ev_io_stop(ep->loop, &tq->rx_w);
		return false;
	}
	tq->held = false;
	return true;
}

/*
 * The checksum bits of a frame whose data the host's stack vouches for (it
 * completed or validated the sum): IP header by its checksum (cheap), the
 * L4 checksum as good.
 */
static void rx_trusted_csum(const uint8_t *f, uint32_t len, struct net_rx_meta *m)
{
	struct net_hdrs h;

	if (net_parse(f, len, &h) || !h.ip_ver || h.ip_frag)
		return;
	if (h.ip_ver == 4)
		m->flags |= net_csum_fold(net_csum_add(0, f + h.l3_off, h.l4_off - h.l3_off)) == 0
				    ? NET_RX_IP_CSUM_OK
				    : NET_RX_IP_CSUM_BAD;
	if (h.l4_proto == NET_IPPROTO_TCP)
		m->flags |= NET_RX_TCP_CSUM_OK;
	else if (h.l4_proto == NET_IPPROTO_UDP)
		m->flags |= NET_RX_UDP_CSUM_OK;
}

/*
 * Fills the metadata of a frame just read (len bytes in rx_buf, header in
 * rx_vh). Returns false when it cannot be delivered.
 */
static bool rx_meta(struct net_tap *tap, struct tap_queue *tq, uint32_t len)
{
	const struct virtio_net_hdr *vh = &tq->rx_vh;
	struct net_rx_meta *m = &tq->held_meta;
	uint32_t off;

	memset(m, 0, sizeof(*m));
	if (vh->gso_type != VIRTIO_NET_HDR_GSO_NONE) {
		uint8_t t = vh->gso_type & (uint8_t)~VIRTIO_NET_HDR_GSO_ECN;

		/* Only asked for with rx_gso, and only TCP: TUN_F_UFO stays off. */
		if (!tap->base.ep.cb->rx_gso ||
		    (t != VIRTIO_NET_HDR_GSO_TCPV4 && t != VIRTIO_NET_HDR_GSO_TCPV6) ||
		    !vh->gso_size || !(vh->flags & VIRTIO_NET_HDR_F_NEEDS_CSUM) ||
		    len > NET_MAX_LSO_FRAME)
			return false;
		m->flags |= (t == VIRTIO_NET_HDR_GSO_TCPV4 ? NET_RX_GSO_TCP4 : NET_RX_GSO_TCP6) |
			    NET_RX_TCP_CSUM_OK;
		m->gso_size = vh->gso_size;
	} else if (len > NET_MAX_FRAME + NET_VLAN_HLEN) {
		return false;
	} else if ((vh->flags & VIRTIO_NET_HDR_F_NEEDS_CSUM) &&
		   rx_finish_csum(tq->rx_buf, len, vh)) {
		return false;
	}
	off = net_offload_rx_vlan_strip(tq->rx_buf, len, m);
	tq->held_off = off;
	tq->held_len = len - off;
	if (vh->gso_type != VIRTIO_NET_HDR_GSO_NONE) {
		/* IPv4 header: checked by the consumer when it segments or coalesces. */
	} else if (vh->flags & (VIRTIO_NET_HDR_F_NEEDS_CSUM | VIRTIO_NET_HDR_F_DATA_VALID)) {
		rx_trusted_csum(tq->rx_buf + off, len - off, m);
	} else {
		net_offload_rx_verify(tq->rx_buf + off, len - off, m);
	}
	return true;
}

static void tap_rx_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct tap_queue *tq = rt_container_of(w, struct tap_queue, rx_w);
	struct net_tap *tap = tq->tap;
	struct net_endpoint *ep = &tap->base.ep;

	for (int i = 0; i < TAP_RX_BATCH && ep->started && !tq->paused; i++) {
		struct iovec iov[2] = {{&tq->rx_vh, sizeof(tq->rx_vh)}, {tq->rx_buf, TAP_RX_BUF}};
		ssize_t n;

		if (tq->held && !deliver_held(tap, tq))
			return;
		n = readv(tq->fd, iov, 2);
		if (n < 0)
			return; /* EAGAIN: drained; other errors: the watcher retries */
		if ((size_t)n < sizeof(tq->rx_vh) + NET_ETH_HLEN ||
		    !rx_meta(tap, tq, (uint32_t)((size_t)n - sizeof(tq->rx_vh)))) {
			ep->stats[tq->q].rx_dropped++;
			continue;
		}
		tq->held = true;
		if (!deliver_held(tap, tq))
			return;
	}
	(void)loop;
}

/* Redelivers frames held while paused, then reads again. */
static void tap_deferred(struct net_base *b)
{
	struct net_tap *tap = (struct net_tap *)(void *)b;

	for (uint32_t q = 0; q < b->ep.nqueues && b->ep.started; q++) {
		struct tap_queue *tq = &tap->queues[q];

		if (tq->paused)
			continue;
		if (tq->held && !deliver_held(tap, tq))
			continue;
		ev_io_start(b->ep.loop, &tq->rx_w);
	}
}

/* Receive offloads per the consumer (see the top of this file). */
static int tap_set_offload(struct net_tap *tap, bool gso)
{
	unsigned long off = gso ? TUN_F_CSUM | TUN_F_TSO4 | TUN_F_TSO6 | TUN_F_TSO_ECN : 0;

	for (uint32_t q = 0; q < tap->base.ep.nqueues; q++)
		if (ioctl(tap->queues[q].fd, TUNSETOFFLOAD, off) < 0)
			return -errno;
	return 0;
}

static int tap_start(struct net_endpoint *ep)
{
	struct net_tap *tap = tap_of(ep);
	int rc = tap_set_offload(tap, ep->cb->rx_gso);

	if (rc)
		return rc;
	for (uint32_t q = 0; q < ep->nqueues; q++)
		if (!tap->queues[q].paused && !tap->queues[q].held)
			ev_io_start(ep->loop, &tap->queues[q].rx_w);
	net_base_kick(&tap->base);
	return 0;
}

static void tap_stop(struct net_endpoint *ep)
{
	struct net_tap *tap = tap_of(ep);

	for (uint32_t q = 0; q < ep->nqueues; q++)
		ev_io_stop(ep->loop, &tap->queues[q].rx_w);
}

static void tap_rx_resume(struct net_endpoint *ep, uint32_t q)
{
	struct net_tap *tap = tap_of(ep);

	tap->queues[q].paused = false;
	net_base_kick(&tap->base);
}

static void tap_close(struct net_endpoint *ep)
{
	struct net_tap *tap = tap_of(ep);

	if (tap->queues) {
		for (uint32_t q = 0; q < ep->nqueues; q++) {
			ev_io_stop(ep->loop, &tap->queues[q].rx_w);
			if (tap->queues[q].fd >= 0)
				close(tap->queues[q].fd);
			free(tap->queues[q].rx_buf);
		}
	}
	free(tap->queues);
	net_base_fini(&tap->base);
	free(tap);
}

static const struct net_endpoint_ops tap_ops = {
	.kind = "tap",
	.start = tap_start,
	.stop = tap_stop,
	.tx = tap_tx,
	.rx_resume = tap_rx_resume,
	.close = tap_close,
};

static int open_queue(const char *name, bool multi, int *fd_out)
{
	struct ifreq ifr;
	unsigned int features = 0;
	int fd, rc;

	fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (ioctl(fd, TUNGETFEATURES, &features) < 0 || !(features & IFF_VNET_HDR)) {
		rc = -EOPNOTSUPP;
		goto fail;
	}
	memset(&ifr, 0, sizeof(ifr));
	ifr.ifr_flags = IFF_TAP | IFF_NO_PI | IFF_VNET_HDR | (multi ? IFF_MULTI_QUEUE : 0);
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", name);
	if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
		rc = -errno;
		goto fail;
	}
	/* No rx offloads: the kernel segments and checksums before handing frames to us. */
	if (ioctl(fd, TUNSETOFFLOAD, 0) < 0) {
		rc = -errno;
		goto fail;
	}
	*fd_out = fd;
	return 0;
fail:
	close(fd);
	return rc;
}

/*
 * Takes over a queue's descriptor kept across exec: it must be a TAP queue
 * named `name` with a vnet header (what open_queue made).
 */
static int adopt_queue(const char *name, bool multi, int fd, int *fd_out)
{
	struct ifreq ifr;
	int fl;

	memset(&ifr, 0, sizeof(ifr));
	if (fd < 0 || ioctl(fd, TUNGETIFF, &ifr) < 0)
		return -EBADF;
	if (strncmp(ifr.ifr_name, name, IFNAMSIZ) ||
	    (ifr.ifr_flags & (IFF_TAP | IFF_NO_PI | IFF_VNET_HDR)) !=
		    (IFF_TAP | IFF_NO_PI | IFF_VNET_HDR) ||
	    !(ifr.ifr_flags & IFF_MULTI_QUEUE) != !multi)
		return -EBADF;
	fl = fcntl(fd, F_GETFL);
	if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0 || fcntl(fd, F_SETFD, FD_CLOEXEC) < 0)
		return -errno;
	*fd_out = fd;
	return 0;
}

int net_tap_fds(const struct net_endpoint *ep, int *fds, unsigned max)
{
	const struct net_tap *tap = (const struct net_tap *)(const void *)ep;
	unsigned n = 0;

	for (uint32_t q = 0; q < ep->nqueues && n < max; q++)
		fds[n++] = tap->queues[q].fd;
	return (int)n;
}

/* Opens every queue's file, inside `netns` when one is named. */
static int open_queues(struct net_tap *tap, const struct net_opts *o)
{
	int self = -1, ns = -1, rc = 0;
	uint32_t q;

	if (o->netns[0]) {
		char path[128];

		snprintf(path, sizeof(path), "/run/netns/%s", o->netns);
		self = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
		if (self < 0)
			return -errno;
		ns = open(path, O_RDONLY | O_CLOEXEC);
		if (ns < 0) {
			rc = -errno;
			goto out;
		}
		/* setns moves only this thread; a TAP lives in the namespace it was made in. */
		if (setns(ns, CLONE_NEWNET) < 0) {
			rc = -errno;
			goto out;
		}
	}
	for (q = 0; q < o->queues && !rc; q++)
		rc = open_queue(o->name, o->queues > 1, &tap->queues[q].fd);
	if (self >= 0 && setns(self, CLONE_NEWNET) < 0 && !rc)
		rc = -errno;
out:
	if (ns >= 0)
		close(ns);
	if (self >= 0)
		close(self);
	return rc;
}

int net_tap_open(struct ev_loop *loop, const struct net_opts *o, const int *fds,
		 struct net_endpoint **out)
{
	const uint32_t caps = NET_CAP_TX_CSUM_IP4 | NET_CAP_TX_CSUM_TCP4 | NET_CAP_TX_CSUM_UDP4 |
			      NET_CAP_TX_CSUM_TCP6 | NET_CAP_TX_CSUM_UDP6 | NET_CAP_TX_LSO4 |
			      NET_CAP_TX_LSO6 | NET_CAP_TX_VLAN;
	struct net_tap *tap = calloc(1, sizeof(*tap));
	int rc;

	if (!tap)
		return -ENOMEM;
	rc = net_base_init(&tap->base, &tap_ops, loop, o, caps);
	if (rc) {
		free(tap);
		return rc;
	}
	tap->base.deferred = tap_deferred;
	snprintf(tap->name, sizeof(tap->name), "%s", o->name);
	tap->queues = calloc(o->queues, sizeof(*tap->queues));
	if (!tap->queues) {
		rc = -ENOMEM;
		goto fail;
	}
	for (uint32_t q = 0; q < o->queues; q++) {
		struct tap_queue *tq = &tap->queues[q];

		tq->tap = tap;
		tq->q = q;
		tq->fd = -1;
		tq->rx_buf = malloc(TAP_RX_BUF);
		if (!tq->rx_buf) {
			rc = -ENOMEM;
			goto fail;
		}
	}
	if (fds) {
		for (uint32_t q = 0; q < o->queues && !rc; q++)
			rc = adopt_queue(o->name, o->queues > 1, fds[q], &tap->queues[q].fd);
	} else {
		rc = open_queues(tap, o);
	}
	if (rc)
		goto fail;
	for (uint32_t q = 0; q < o->queues; q++)
		ev_io_init(&tap->queues[q].rx_w, tap_rx_cb, tap->queues[q].fd, EV_READ);
	*out = &tap->base.ep;
	return 0;
fail:
	tap_close(&tap->base.ep);
	return rc;
}
