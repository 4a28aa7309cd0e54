/*
 * The fake VMBus channel layer netvsp is tested over, shared by the Check
 * tests (nv_fake.h) and the libFuzzer targets (tests/fuzz/netvsp_fuzz.h):
 * link-time stand-ins for vmbus_server_offer, vmbus_chan_send_ext,
 * vmbus_chan_gpadl_acquire, ... Guest memory is 8 MiB; GPADL 1 is a 1 MiB
 * receive buffer at 0, GPADL 2 a 1 MiB send buffer at 1 MiB. Packets go
 * straight into the device's on_packet() on the caller's thread.
 *
 * The includer defines, before its first use:
 *   nvc_sent(ch, type, flags, tid, ext, ext_len, data, len): every packet the
 *     device sends (record it, check it, or refuse it with -EAGAIN);
 *   nvc_check(ok, what): how a broken device rule fails (a Check assert, a trap).
 */
#ifndef NV_CHAN_H
#define NV_CHAN_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "devices/netvsp/netvsp.h"
#include "runtime/gmem.h"
#include "runtime/gpadl.h"
#include "runtime/log.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan_gpadl.h"
#include "runtime/vmbus/vmbus_server.h"

#define NVC_MEM (8u << 20)
#define NVC_BUF (1u << 20)
#define NVC_SEND_BASE NVC_BUF
#define NVC_CHANS 4

struct vmbus_chan {
	uint16_t idx;
	bool open;
};

static struct {
	struct rt_gmem *g;
	struct rt_gpadl recv, send;
	struct rt_gpa_range rr, sr;
	uint64_t pfns[2][NVC_BUF / 4096];
	const struct vmbus_chan_ops *ops;
	void *ctx;
	struct vmbus_chan ch[NVC_CHANS];
	struct rt_log log;
	struct netvsp *dev;
	unsigned subs_offered; /* the count of the last vmbus_chan_offer_subchannels */
	unsigned kicks;        /* vmbus_chan_kick calls (from the device's threads) */
} NVC;

static int nvc_sent(struct vmbus_chan *ch, uint16_t type, uint16_t flags, uint64_t trans_id,
		    const void *ext, size_t ext_len, const void *data, size_t len);
static void nvc_check(bool ok, const char *what);

/* Closes channel c if it is open. */
static void nvc_close(unsigned c)
{
	if (NVC.ch[c].open) {
		NVC.ops->close(NVC.ctx, &NVC.ch[c]);
		NVC.ch[c].open = false;
	}
}

/* Closes every open channel (the device then resets its state). */
static void nvc_close_all(void)
{
	for (unsigned i = 0; i < NVC_CHANS; i++)
		nvc_close(i);
}

/* Opens channel c (empty user data) unless it is; the device's answer. */
static __attribute__((unused)) int nvc_open(unsigned c)
{
	uint8_t ud[120] = {0};
	int rc;

	if (NVC.ch[c].open)
		return 0;
	rc = NVC.ops->open(NVC.ctx, &NVC.ch[c], ud);
	NVC.ch[c].open = rc == 0;
	return rc;
}

int vmbus_server_offer(struct vmbus_server *s, const struct vmbus_offer_params *p,
		       struct vmbus_chan **out)
{
	(void)s;
	NVC.ops = p->ops;
	NVC.ctx = p->ctx;
	*out = &NVC.ch[0];
	return 0;
}

void vmbus_server_rescind(struct vmbus_server *s, struct vmbus_chan *ch)
{
	(void)s;
	(void)ch;
	nvc_close_all();
}

int vmbus_chan_send_ext(struct vmbus_chan *ch, uint16_t type, uint16_t flags, uint64_t trans_id,
			const void *ext, size_t ext_len, const void *data, size_t len)
{
	return nvc_sent(ch, type, flags, trans_id, ext, ext_len, data, len);
}

/* Tracing is off here (vmbus_server_trace may not be declared by every tree yet). */
struct rt_trace;
struct rt_trace *vmbus_server_trace(const struct vmbus_server *s);
struct rt_trace *vmbus_server_trace(const struct vmbus_server *s)
{
	(void)s;
	return NULL;
}

uint32_t vmbus_chan_relid(const struct vmbus_chan *ch)
{
	return 1u + ch->idx;
}

struct rt_gmem *vmbus_chan_gmem(struct vmbus_chan *ch)
{
	(void)ch;
	return NVC.g;
}

uint16_t vmbus_chan_subchannel_index(const struct vmbus_chan *ch)
{
	return ch->idx;
}

int vmbus_chan_offer_subchannels(struct vmbus_chan *ch, uint16_t count)
{
	nvc_check(ch == &NVC.ch[0] && count && count <= VMBUS_MAX_SUBCHANNELS,
		  "subchannels offered on the primary, 1..VMBUS_MAX_SUBCHANNELS of them");
	NVC.subs_offered = count;
	return 0;
}

int vmbus_chan_kick(struct vmbus_chan *ch)
{
	(void)ch;
	__atomic_add_fetch(&NVC.kicks, 1, __ATOMIC_SEQ_CST);
	return 0;
}

int vmbus_chan_gpadl_acquire(struct vmbus_chan *ch, uint32_t id, const struct rt_gpadl **out)
{
	(void)ch;
	if (id == 1)
		*out = &NVC.recv;
	else if (id == 2)
		*out = &NVC.send;
	else
		return -ENOENT;
	return 0;
}

void vmbus_chan_gpadl_release(struct vmbus_chan *ch, const struct rt_gpadl *gp)
{
	(void)ch;
	(void)gp;
}

/* Guest memory, both GPADLs, the channels and the log (errors only); 0 or an error. */
static int nvc_init(void)
{
	int rc = rt_gmem_create_memfd(NVC_MEM, &NVC.g);

	if (rc)
		return rc;
	for (uint32_t i = 0; i < NVC_BUF / 4096; i++) {
		NVC.pfns[0][i] = i;
		NVC.pfns[1][i] = NVC_SEND_BASE / 4096 + i;
	}
	NVC.rr = (struct rt_gpa_range){
		.len = NVC_BUF, .pfn_count = NVC_BUF / 4096, .pfns = NVC.pfns[0]};
	NVC.sr = (struct rt_gpa_range){
		.len = NVC_BUF, .pfn_count = NVC_BUF / 4096, .pfns = NVC.pfns[1]};
	NVC.recv = (struct rt_gpadl){
		.id = 1, .range_count = 1, .ranges = &NVC.rr, .total_len = NVC_BUF};
	NVC.send = (struct rt_gpadl){
		.id = 2, .range_count = 1, .ranges = &NVC.sr, .total_len = NVC_BUF};
	for (uint16_t i = 0; i < NVC_CHANS; i++)
		NVC.ch[i] = (struct vmbus_chan){.idx = i};
	rt_log_init(&NVC.log);
	rt_log_set_level(&NVC.log, RT_LOG_ERROR);
	return 0;
}

#define NVC_PKT_MAX (64 * 1024)

/*
 * One packet to the device on channel ch as the channel hands it over: laid
 * out as in the ring, then decoded (-EINVAL if that fails: the channel would
 * have reset and nothing reaches the device). The device's answer otherwise;
 * -EAGAIN means it left the packet in the ring.
 */
static int nvc_deliver(unsigned ch, uint16_t type, uint16_t flags, uint64_t tid, const void *ext,
		       uint32_t ext_len, const void *data, uint32_t len)
{
	static uint64_t buf[(NVC_PKT_MAX + 7) / 8];
	static struct vmbus_pkt_gpa gpa;
	struct vmbus_pkt p;
	int n = vmbus_pkt_build(buf, sizeof(buf), type, flags, tid, ext, ext_len, data, len);

	if (n < 0 || vmbus_pkt_decode(buf, (size_t)n, &gpa, &p) != PV_OK)
		return -EINVAL;
	return NVC.ops->on_packet(NVC.ctx, &NVC.ch[ch], &p);
}

/* A 40-byte NVSP message: type and its first three 32-bit fields. */
static __attribute__((unused)) void nvc_nvsp_msg(uint8_t m[40], uint32_t type, uint32_t a,
						 uint32_t b, uint32_t c)
{
	memset(m, 0, 40);
	pv_put_u32(m, type);
	pv_put_u32(m + 4, a);
	pv_put_u32(m + 8, b);
	pv_put_u32(m + 12, c);
}

#endif
