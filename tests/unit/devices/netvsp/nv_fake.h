/*
 * Unit-test harness for devices/netvsp: the device over link-time stand-ins
 * for the VMBus channel layer (vmbus_server_offer, vmbus_chan_send_ext,
 * vmbus_chan_gpadl_acquire, ...) that record every packet the device sends.
 * Guest memory is 8 MiB; GPADL 1 is a 1 MiB receive buffer at 0, GPADL 2 a
 * 1 MiB send buffer at 1 MiB. Packets go straight into on_packet() on the
 * test thread; the endpoint runs on the device's worker as usual.
 */
#ifndef NV_FAKE_H
#define NV_FAKE_H

#include <check.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nv_chan.h"
#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "tests/unit/test_wait.h"

#define NVF_MAXPKT 4096

/*
 * One recorded packet. A transfer-page packet is recorded once per range (a
 * frame, a fragment or a control message), all with the packet's trans_id;
 * ext then holds a one-range header for that range, `slot` its
 * sub-allocation and `nranges` the packet's count.
 */
struct nvf_pkt {
	uint16_t ch, type, flags;
	uint64_t tid;
	uint32_t slot, nranges;
	uint32_t ext_len, len;
	uint8_t ext[16];
	uint8_t data[128];
	uint32_t msg_len; /* transfer-page packets: the message as it was when sent */
	uint8_t msg[2048];
};

/* What the device sent (the channel layer itself is NVC, nv_chan.h). */
static struct {
	pthread_mutex_t lock;
	struct nvf_pkt pk[NVF_MAXPKT];
	unsigned npk;
	bool vf; /* nvf_up gives the device a VF of serial vf_serial */
	uint32_t vf_serial;
} NVF = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void nvc_check(bool ok, const char *what)
{
	ck_assert_msg(ok, "%s", what);
}

/* Records every packet the device sends; never refuses one. */
static int nvc_sent(struct vmbus_chan *ch, uint16_t type, uint16_t flags, uint64_t trans_id,
		    const void *ext, size_t ext_len, const void *data, size_t len)
{
	const uint8_t *x = ext;
	uint32_t nr = 1;
	struct nvf_pkt *p;

	if (type == VMRING_PKT_DATA_USING_XFER_PAGES && ext_len >= 16)
		nr = pv_get_u32(x + 4);
	pthread_mutex_lock(&NVF.lock);
	for (uint32_t r = 0; r < nr && (r == 0 || 8 + 8 * (size_t)r + 8 <= ext_len); r++) {
		if (NVF.npk == NVF_MAXPKT)
			NVF.npk = 0;
		p = &NVF.pk[NVF.npk++];
		memset(p, 0, sizeof(*p));
		p->ch = ch->idx;
		p->type = type;
		p->flags = flags;
		p->tid = trans_id;
		p->ext_len = (uint32_t)ext_len;
		p->len = (uint32_t)len;
		if (ext_len)
			memcpy(p->ext, ext, ext_len < 16 ? ext_len : 16);
		if (len) /* a completion may carry nothing (SWITCH_DATA_PATH) */
			memcpy(p->data, data, len < 128 ? len : 128);
		if (type == VMRING_PKT_DATA_USING_XFER_PAGES && ext_len >= 16) {
			uint32_t off = pv_get_u32(x + 8 + 8 * r + 4);
			/* This range as a one-range header. */
			pv_put_u32(p->ext + 4, 1);
			memcpy(p->ext + 8, x + 8 + 8 * r, 8);
			p->nranges = nr;
			p->slot = off / 1728;
			/* The slot may be reused once completed: keep what the guest saw now. */
			p->msg_len = pv_get_u32(x + 8 + 8 * r);
			if (p->msg_len > sizeof(p->msg))
				p->msg_len = sizeof(p->msg);
			rt_gmem_read(NVC.g, off, p->msg, p->msg_len);
		}
	}
	pthread_mutex_unlock(&NVF.lock);
	return 0;
}

/* ---- helpers ---- */

static __attribute__((unused)) void nvf_up(const char *endpoint, const char *arg, uint32_t max_nvsp)
{
	struct netvsp_opts o = {.endpoint = endpoint,
				.endpoint_arg = arg,
				.name = "unit",
				.max_nvsp_version = max_nvsp,
				.vf = NVF.vf,
				.vf_serial = NVF.vf_serial};

	ck_assert_int_eq(nvc_init(), 0);
	o.log = &NVC.log;
	ck_assert_int_eq(netvsp_create(NULL, &o, &NVC.dev), 0);
	ck_assert_int_eq(nvc_open(0), 0);
}

static __attribute__((unused)) void nvf_down(void)
{
	netvsp_destroy(NVC.dev);
	rt_gmem_destroy(NVC.g);
	rt_log_fini(&NVC.log);
}

static __attribute__((unused)) int nvf_deliver(unsigned ch, uint16_t type, uint16_t flags,
					       uint64_t tid, const void *ext, uint32_t ext_len,
					       const void *data, uint32_t len)
{
	return nvc_deliver(ch, type, flags, tid, ext, ext_len, data, len);
}

/*
 * nvf_deliver as a guest's ring does it: a packet the device leaves in the
 * ring (-EAGAIN: too many sends still with the endpoint) is read again once
 * the device kicks the channel (it does when completions free room); the wait
 * for that kick is bounded (2 s).
 */
static __attribute__((unused)) int nvf_deliver_held(unsigned ch, uint16_t type, uint16_t flags,
						    uint64_t tid, const void *data, uint32_t len)
{
	for (int i = 0;; i++) {
		unsigned kicks = __atomic_load_n(&NVC.kicks, __ATOMIC_SEQ_CST);
		int rc = nvf_deliver(ch, type, flags, tid, NULL, 0, data, len);

		if (rc != -EAGAIN)
			return rc;
		ck_assert_msg(POLL_UNTIL(TEST_WAIT_S,
					 __atomic_load_n(&NVC.kicks, __ATOMIC_SEQ_CST) != kicks),
			      "packet %llu left in the ring, no kick in %g s",
			      (unsigned long long)tid, TEST_WAIT_S);
	}
}

static __attribute__((unused)) void nvf_nvsp(uint32_t type, uint32_t a, uint32_t b, uint32_t c,
					     uint64_t tid)
{
	uint8_t m[40];

	nvc_nvsp_msg(m, type, a, b, c);
	ck_assert_int_eq(nvf_deliver_held(0, VMRING_PKT_DATA_INBAND,
					  VMRING_PKT_FLAGS_COMPLETION_REQUESTED, tid, m, sizeof(m)),
			 0);
}

/* The last recorded packet of `type` (and trans_id `tid` unless UINT64_MAX), or NULL. */
static __attribute__((unused)) const struct nvf_pkt *nvf_find(uint16_t type, uint64_t tid)
{
	const struct nvf_pkt *r = NULL;

	pthread_mutex_lock(&NVF.lock);
	for (unsigned i = 0; i < NVF.npk; i++)
		if (NVF.pk[i].type == type && (tid == UINT64_MAX || NVF.pk[i].tid == tid))
			r = &NVF.pk[i];
	pthread_mutex_unlock(&NVF.lock);
	return r;
}

/* Packets of `type` recorded so far. */
static __attribute__((unused)) unsigned nvf_count(uint16_t type)
{
	unsigned n = 0;

	pthread_mutex_lock(&NVF.lock);
	for (unsigned i = 0; i < NVF.npk; i++)
		n += NVF.pk[i].type == type;
	pthread_mutex_unlock(&NVF.lock);
	return n;
}

static __attribute__((unused)) long long nvf_stat_bad(void)
{
	struct netvsp_stats s;

	netvsp_get_stats(NVC.dev, &s);
	return (long long)s.bad_messages;
}

/* INIT at `ver`, NDIS config/version, both buffers. */
static __attribute__((unused)) void nvf_nvsp_up(uint32_t ver)
{
	nvf_nvsp(NVSP_MSG_TYPE_INIT, ver, ver, 0, 100);
	if (ver >= NVSP_VERSION_V2)
		nvf_nvsp(NVSP_MSG_TYPE_SEND_NDIS_CONFIG, 1514, 0, 8, 0);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_NDIS_VER, 6, ver <= NVSP_VERSION_V4 ? 1 : 30, 0, 0);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 1, NVSP_RECV_BUF_ID, 0, 101);
	nvf_nvsp(NVSP_MSG_TYPE_SEND_SEND_BUF, 2, 0, 0, 102);
}

/*
 * Sends one RNDIS message in send section 0 and returns the NVSP status of
 * its completion; the device's reply (if any) is copied to reply (cap
 * bytes) with its length in *rlen, and its receive slot is completed.
 */
static __attribute__((unused)) uint32_t nvf_rndis(const void *msg, uint32_t len, uint32_t chan_type,
						  void *reply, uint32_t cap, uint32_t *rlen)
{
	static uint64_t tid = 1000;
	unsigned before;
	uint8_t m[40] = {0};
	const struct nvf_pkt *c, *x = NULL;

	ck_assert_int_eq(rt_gmem_write(NVC.g, NVC_SEND_BASE, msg, len), 0);
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, chan_type);
	pv_put_u32(m + 8, 0);
	pv_put_u32(m + 12, len);
	pthread_mutex_lock(&NVF.lock);
	before = NVF.npk;
	pthread_mutex_unlock(&NVF.lock);
	tid++;
	ck_assert_int_eq(nvf_deliver(0, VMRING_PKT_DATA_INBAND,
				     VMRING_PKT_FLAGS_COMPLETION_REQUESTED, tid, NULL, 0, m,
				     sizeof(m)),
			 0);
	POLL_UNTIL(TEST_WAIT_S, (c = nvf_find(VMRING_PKT_COMP, tid)) != NULL);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(c->len, 40);
	ck_assert_uint_eq(pv_get_u32(c->data), NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	if (rlen)
		*rlen = 0;
	pthread_mutex_lock(&NVF.lock);
	for (unsigned i = before; i < NVF.npk; i++)
		if (NVF.pk[i].type == VMRING_PKT_DATA_USING_XFER_PAGES)
			x = &NVF.pk[i];
	pthread_mutex_unlock(&NVF.lock);
	if (x && reply) {
		uint32_t off = pv_get_u32(x->ext + 12), l = pv_get_u32(x->ext + 8);
		ck_assert_uint_eq(pv_get_u16(x->ext), NVSP_RECV_BUF_ID);
		ck_assert_uint_le(l, cap);
		ck_assert_int_eq(rt_gmem_read(NVC.g, off, reply, l), 0);
		*rlen = l;
	}
	if (x) {
		uint8_t cm[40] = {0};
		pv_put_u32(cm, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
		pv_put_u32(cm + 4, 1);
		nvf_deliver(0, VMRING_PKT_COMP, 0, x->tid, NULL, 0, cm, sizeof(cm));
	}
	return pv_get_u32(c->data + 4);
}

/* QUERY or SET `oid` with an information buffer; returns the RNDIS status. */
static __attribute__((unused)) uint32_t nvf_oid(uint32_t type, uint32_t oid, const void *in,
						uint32_t inlen, void *out, uint32_t *outlen)
{
	uint8_t m[2048] = {0}, r[2048];
	uint32_t rl = 0, st;

	pv_put_u32(m + 0, type);
	pv_put_u32(m + 4, 28 + inlen);
	pv_put_u32(m + 8, 42);
	pv_put_u32(m + 12, oid);
	pv_put_u32(m + 16, inlen);
	pv_put_u32(m + 20, inlen ? 20 : 0);
	if (inlen)
		memcpy(m + 28, in, inlen);
	st = nvf_rndis(m, 28 + inlen, 1, r, sizeof(r), &rl);
	ck_assert_uint_eq(st, NVSP_STATUS_SUCCESS);
	ck_assert_uint_ge(rl, 16);
	ck_assert_uint_eq(pv_get_u32(r), type | RNDIS_MSG_COMPLETION);
	ck_assert_uint_eq(pv_get_u32(r + 4), rl);
	ck_assert_uint_eq(pv_get_u32(r + 8), 42);
	if (type == RNDIS_MSG_TYPE_QUERY && out) {
		uint32_t n = pv_get_u32(r + 16), off = pv_get_u32(r + 20);
		ck_assert_uint_le(8 + off + n, rl);
		memcpy(out, r + 8 + off, n);
		*outlen = n;
	}
	return pv_get_u32(r + 12);
}

/* A QUERY of `oid` that must succeed; its answer in out, its length returned. */
static __attribute__((unused)) uint32_t nvf_query(uint32_t oid, const void *in, uint32_t inlen,
						  void *out)
{
	uint32_t olen = 0;

	ck_assert_uint_eq(nvf_oid(RNDIS_MSG_TYPE_QUERY, oid, in, inlen, out, &olen),
			  RNDIS_STATUS_SUCCESS);
	return olen;
}

/* RNDIS INITIALIZE; returns the INIT_C status. */
static __attribute__((unused)) uint32_t nvf_rndis_init(void)
{
	uint8_t m[24] = {0}, r[64];
	uint32_t rl = 0;

	pv_put_u32(m + 0, RNDIS_MSG_TYPE_INIT);
	pv_put_u32(m + 4, 24);
	pv_put_u32(m + 8, 7);
	pv_put_u32(m + 12, 1);
	pv_put_u32(m + 20, 0x4000);
	ck_assert_uint_eq(nvf_rndis(m, 24, 1, r, sizeof(r), &rl), NVSP_STATUS_SUCCESS);
	ck_assert_uint_eq(rl, RNDIS_INIT_COMPLETE_SIZE);
	ck_assert_uint_eq(pv_get_u32(r), (uint32_t)RNDIS_MSG_TYPE_INIT_C);
	ck_assert_uint_eq(pv_get_u32(r + 8), 7);
	ck_assert_uint_eq(pv_get_u32(r + 32), RNDIS_MAX_PKT_PER_MSG);
	ck_assert_uint_eq(pv_get_u32(r + 40), RNDIS_PKT_ALIGNMENT_FACTOR);
	return pv_get_u32(r + 12);
}

#endif
