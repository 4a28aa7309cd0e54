/* netvsc client: the workload and ping, as rx callbacks over the client. */
#include "tools/pvguest/netvsc_client_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/util.h"

#define NET_FRAME_MAX_CLIENT 9018
#define ETH_P_PVNC 0x88b5 /* IEEE local experimental: workload frames */

/* ---- workload ---- */

struct wl {
	struct pvnc_workload *w;
	uint64_t next;
	const uint8_t *mac;
};

static void fill_frame(uint8_t *f, uint32_t size, const uint8_t mac[6], uint64_t seq)
{
	memcpy(f, mac, 6);
	memcpy(f + 6, mac, 6);
	f[12] = ETH_P_PVNC >> 8;
	f[13] = ETH_P_PVNC & 0xff;
	pv_put_u64(f + 14, seq);
	for (uint32_t i = 22; i < size; i++)
		f[i] = (uint8_t)(seq * 31 + i);
}

static void wl_rx(void *ctx, unsigned chan, const uint8_t *f, uint32_t len)
{
	struct wl *s = ctx;
	uint64_t seq;

	(void)chan;
	if (len < 22 || f[12] != (ETH_P_PVNC >> 8) || f[13] != (ETH_P_PVNC & 0xff))
		return;
	seq = pv_get_u64(f + 14);
	for (uint32_t i = 22; i < len; i++)
		if (f[i] != (uint8_t)(seq * 31 + i)) {
			s->w->corrupt++;
			return;
		}
	if (len != s->w->size)
		s->w->corrupt++;
	s->w->received++;
	s->next = seq + 1;
}

int pvnc_workload_run(struct pvnc *nc, struct pvnc_workload *w)
{
	struct wl s = {.w = w, .mac = nc->mac};
	void (*orx)(void *, unsigned, const uint8_t *, uint32_t) = nc->o.rx;
	void *octx = nc->o.rx_ctx;
	uint8_t frame[NET_FRAME_MAX_CLIENT];
	uint64_t deadline;
	int rc = 0;

	if (w->size < 22 || w->size > sizeof(frame))
		return -EINVAL;
	w->sent = w->received = w->lost = w->corrupt = 0;
	nc->o.rx = wl_rx;
	nc->o.rx_ctx = &s;
	while (w->sent < w->count) {
		fill_frame(frame, w->size, nc->mac, w->sent);
		rc = w->gpa_direct ? pvnc_send_frame_gpa(nc, 0, frame, w->size)
				   : pvnc_send_frame(nc, 0, frame, w->size);
		if (rc)
			break;
		w->sent++;
		if (!nc->nfree_sec || (w->sent & 63) == 0)
			pvnc_poll(nc, 0);
	}
	deadline = now_ns() + (uint64_t)(w->drain_ms ? w->drain_ms : 2000) * 1000000ull;
	while ((w->received + w->corrupt < w->sent || nc->outstanding) && now_ns() < deadline)
		if (pvnc_poll(nc, 10) < 0)
			break;
	w->lost = w->sent - rt_min(w->sent, w->received);
	nc->o.rx = orx;
	nc->o.rx_ctx = octx;
	return rc;
}

/* ---- traffic beside another workload ---- */

static void tr_rx(void *ctx, unsigned chan, const uint8_t *f, uint32_t len)
{
	struct pvnc_traffic *t = ctx;
	uint64_t seq;

	(void)chan;
	if (len < 22 || f[12] != (ETH_P_PVNC >> 8) || f[13] != (ETH_P_PVNC & 0xff))
		return;
	seq = pv_get_u64(f + 14);
	if (seq >= t->sent || len != t->size) {
		t->corrupt++;
		return;
	}
	for (uint32_t i = 22; i < len; i++)
		if (f[i] != (uint8_t)(seq * 31 + i)) {
			t->corrupt++;
			return;
		}
	if (t->seen[seq / 8] & (1u << (seq % 8))) {
		t->duplicated++;
		return;
	}
	t->seen[seq / 8] |= (uint8_t)(1u << (seq % 8));
	t->received++;
}

int pvnc_traffic_tick(struct pvnc *nc, struct pvnc_traffic *t)
{
	uint8_t frame[NET_FRAME_MAX_CLIENT];
	int rc;

	if (t->size < 22 || t->size > sizeof(frame))
		return -EINVAL;
	nc->o.rx = tr_rx;
	nc->o.rx_ctx = t;
	for (uint32_t i = 0; i < (t->burst ? t->burst : 16) && nc->nfree_sec > 1; i++) {
		if (t->sent / 8 >= t->seen_cap) {
			uint64_t cap = t->seen_cap ? t->seen_cap * 2 : 4096;
			uint8_t *n = realloc(t->seen, cap);
			if (!n)
				return -ENOMEM;
			memset(n + t->seen_cap, 0, cap - t->seen_cap);
			t->seen = n;
			t->seen_cap = cap;
		}
		fill_frame(frame, t->size, nc->mac, t->sent);
		rc = pvnc_send_frame(nc, 0, frame, t->size);
		if (rc)
			return rc;
		t->sent++;
	}
	rc = pvnc_poll(nc, 0);
	return rc < 0 ? rc : 0;
}

int pvnc_traffic_finish(struct pvnc *nc, struct pvnc_traffic *t, int drain_ms)
{
	uint64_t deadline = now_ns() + (uint64_t)drain_ms * 1000000ull;
	int rc = 0;

	nc->o.rx = tr_rx;
	nc->o.rx_ctx = t;
	while ((t->received < t->sent || nc->outstanding) && now_ns() < deadline)
		if ((rc = pvnc_poll(nc, 10)) < 0)
			break;
	t->lost = t->sent - t->received;
	nc->o.rx = NULL;
	nc->o.rx_ctx = NULL;
	free(t->seen);
	t->seen = NULL;
	t->seen_cap = 0;
	return rc < 0 ? rc : 0;
}

/* ---- ARP + ICMP echo ---- */

struct ping {
	uint32_t src, dst;
	uint8_t peer[6];
	bool have_peer;
	uint16_t id, seq;
	bool got;
};

static uint16_t csum16(const uint8_t *p, uint32_t len)
{
	uint32_t s = 0;

	for (uint32_t i = 0; i + 1 < len; i += 2)
		s += (uint32_t)p[i] << 8 | p[i + 1];
	if (len & 1)
		s += (uint32_t)p[len - 1] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

static void put_be16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void put_be32(uint8_t *p, uint32_t v)
{
	put_be16(p, (uint16_t)(v >> 16));
	put_be16(p + 2, (uint16_t)v);
}

static uint32_t get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void ping_rx(void *ctx, unsigned chan, const uint8_t *f, uint32_t len)
{
	struct ping *p = ctx;

	(void)chan;
	if (len >= 42 && f[12] == 0x08 && f[13] == 0x06 && f[20] == 0 && f[21] == 2 &&
	    get_be32(f + 28) == p->dst) {
		memcpy(p->peer, f + 22, 6);
		p->have_peer = true;
	}
	if (len >= 42 && f[12] == 0x08 && f[13] == 0x00 && (f[14] >> 4) == 4 && f[23] == 1) {
		uint32_t ihl = (f[14] & 15) * 4u;
		const uint8_t *ic = f + 14 + ihl;
		if (14 + ihl + 8 <= len && ic[0] == 0 && get_be32(f + 26) == p->dst &&
		    ((uint16_t)(ic[4] << 8 | ic[5])) == p->id &&
		    ((uint16_t)(ic[6] << 8 | ic[7])) == p->seq)
			p->got = true;
	}
}

static int ping_wait(struct pvnc *nc, bool *flag, int timeout_ms)
{
	uint64_t deadline = now_ns() + (uint64_t)timeout_ms * 1000000ull;

	while (!*flag && now_ns() < deadline)
		if (pvnc_poll(nc, 10) < 0)
			return -EIO;
	return *flag ? 0 : -ETIMEDOUT;
}

int pvnc_ping(struct pvnc *nc, uint32_t src, uint32_t dst, unsigned count, int timeout_ms)
{
	struct ping p = {.src = src, .dst = dst, .id = (uint16_t)getpid()};
	void (*orx)(void *, unsigned, const uint8_t *, uint32_t) = nc->o.rx;
	void *octx = nc->o.rx_ctx;
	uint8_t f[128] = {0};
	int replies = 0, rc;

	nc->o.rx = ping_rx;
	nc->o.rx_ctx = &p;
	memset(f, 0xff, 6);
	memcpy(f + 6, nc->mac, 6);
	put_be16(f + 12, 0x0806);
	put_be16(f + 14, 1);
	put_be16(f + 16, 0x0800);
	f[18] = 6;
	f[19] = 4;
	put_be16(f + 20, 1);
	memcpy(f + 22, nc->mac, 6);
	put_be32(f + 28, src);
	put_be32(f + 38, dst);
	for (int tries = 0; tries < 3 && !p.have_peer; tries++) {
		rc = pvnc_send_frame(nc, 0, f, 60);
		if (rc)
			goto out;
		ping_wait(nc, &p.have_peer, timeout_ms / 3 + 1);
	}
	rc = -EHOSTUNREACH;
	if (!p.have_peer)
		goto out;
	for (unsigned i = 0; i < count; i++) {
		uint8_t *ip = f + 14, *ic = f + 34;

		memset(f, 0, sizeof(f));
		memcpy(f, p.peer, 6);
		memcpy(f + 6, nc->mac, 6);
		put_be16(f + 12, 0x0800);
		ip[0] = 0x45;
		put_be16(ip + 2, 20 + 8 + 32);
		put_be16(ip + 4, (uint16_t)i);
		ip[8] = 64;
		ip[9] = 1;
		put_be32(ip + 12, src);
		put_be32(ip + 16, dst);
		put_be16(ip + 10, csum16(ip, 20));
		ic[0] = 8;
		p.seq = (uint16_t)(i + 1);
		put_be16(ic + 4, p.id);
		put_be16(ic + 6, p.seq);
		for (int k = 0; k < 32; k++)
			ic[8 + k] = (uint8_t)k;
		put_be16(ic + 2, csum16(ic, 40));
		p.got = false;
		rc = pvnc_send_frame(nc, 0, f, 14 + 60);
		if (rc)
			goto out;
		if (!ping_wait(nc, &p.got, timeout_ms))
			replies++;
	}
	rc = replies;
out:
	nc->o.rx = orx;
	nc->o.rx_ctx = octx;
	return rc;
}
