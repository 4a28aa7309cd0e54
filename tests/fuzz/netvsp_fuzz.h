/*
 * Shared harness of the netvsp libFuzzer targets: the device over a fake
 * VMBus channel layer (link-time stand-ins for vmbus_server_offer,
 * vmbus_chan_send_ext, vmbus_chan_gpadl_acquire, ...) with the null
 * endpoint, 8 MiB of guest memory, GPADL 1 = 1 MiB receive buffer and
 * GPADL 2 = 1 MiB send buffer. Packets are fed straight into the device's
 * on_packet() on this thread. Checked on every send: the packet type is one
 * a host may send, NVSP completions are the full 40 bytes or (SWITCH_DATA_PATH,
 * as Linux takes it) empty, in-band messages are 40 bytes or the indirection
 * table, transfer-page packets name set 0xCAFE and a range inside the
 * receive buffer. The device has a VF (serial 5), so the VF association and
 * the data path switch are fuzzed too.
 */
#ifndef NETVSP_FUZZ_H
#define NETVSP_FUZZ_H

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "devices/netvsp/netvsp.h"
#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/gmem.h"
#include "runtime/gpadl.h"
#include "runtime/log.h"
#include "runtime/vmbus/vmbus_chan_gpadl.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_server.h"

#define NF_MEM (8u << 20)
#define NF_BUF (1u << 20)
#define NF_SEND_BASE NF_BUF

struct vmbus_chan {
	uint16_t idx;
	bool open;
};

static struct {
	struct rt_gmem *g;
	struct rt_gpadl recv, send;
	struct rt_gpa_range rr, sr;
	uint64_t pfns[2][NF_BUF / 4096];
	const struct vmbus_chan_ops *ops;
	void *ctx;
	struct vmbus_chan ch[4];
	struct rt_log log;
	struct netvsp *dev;
	atomic_uint sends, refuse_every;
	bool ready;
	uint64_t budget; /* the device's and each channel's memory budget (0: defaults) */
} NF;

/* ---- the fake VMBus layer ---- */

int vmbus_server_offer(struct vmbus_server *s, const struct vmbus_offer_params *p,
		       struct vmbus_chan **out)
{
	(void)s;
	NF.ops = p->ops;
	NF.ctx = p->ctx;
	*out = &NF.ch[0];
	return 0;
}

void vmbus_server_rescind(struct vmbus_server *s, struct vmbus_chan *ch)
{
	(void)s;
	for (unsigned i = 0; i < 4; i++)
		if (NF.ch[i].open) {
			NF.ops->close(NF.ctx, &NF.ch[i]);
			NF.ch[i].open = false;
		}
	(void)ch;
}

int vmbus_chan_send_ext(struct vmbus_chan *ch, uint16_t type, uint16_t flags, uint64_t trans_id,
			const void *ext, size_t ext_len, const void *data, size_t len)
{
	unsigned n = atomic_fetch_add(&NF.sends, 1) + 1, every = atomic_load(&NF.refuse_every);

	(void)ch;
	(void)flags;
	(void)data;
	if (every && n % every == 0)
		return -EAGAIN;
	if (type == VMRING_PKT_DATA_USING_XFER_PAGES) {
		const uint8_t *e = ext;
		if (ext_len != 16 || pv_get_u16(e) != NVSP_RECV_BUF_ID || pv_get_u32(e + 4) != 1 ||
		    (uint64_t)pv_get_u32(e + 8) + pv_get_u32(e + 12) > NF_BUF ||
		    trans_id >= 65536 || len != NVSP_MSG_SIZE)
			__builtin_trap();
	} else if (type == VMRING_PKT_COMP) {
		if (ext_len || (len != NVSP_MSG_SIZE && len != 0))
			__builtin_trap();
	} else if (type == VMRING_PKT_DATA_INBAND) {
		if (ext_len || (len != NVSP_MSG_SIZE && len != NVSP_SEND_INDIRECTION_TABLE_SIZE))
			__builtin_trap();
	} else {
		__builtin_trap();
	}
	return 0;
}

int vmbus_chan_send(struct vmbus_chan *ch, uint64_t trans_id, bool completion_requested,
		    const void *data, size_t len)
{
	return vmbus_chan_send_ext(ch, VMRING_PKT_DATA_INBAND,
				   completion_requested ? VMRING_PKT_FLAGS_COMPLETION_REQUESTED : 0,
				   trans_id, NULL, 0, data, len);
}

int vmbus_chan_complete(struct vmbus_chan *ch, uint64_t trans_id, const void *data, size_t len)
{
	return vmbus_chan_send_ext(ch, VMRING_PKT_COMP, 0, trans_id, NULL, 0, data, len);
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
	return NF.g;
}

uint16_t vmbus_chan_subchannel_index(const struct vmbus_chan *ch)
{
	return ch->idx;
}

int vmbus_chan_offer_subchannels(struct vmbus_chan *ch, uint16_t count)
{
	if (ch != &NF.ch[0] || !count || count > VMBUS_MAX_SUBCHANNELS)
		__builtin_trap();
	return 0;
}

int vmbus_chan_kick(struct vmbus_chan *ch)
{
	(void)ch;
	return 0;
}

int vmbus_chan_gpadl_acquire(struct vmbus_chan *ch, uint32_t id, const struct rt_gpadl **out)
{
	(void)ch;
	if (id == 1)
		*out = &NF.recv;
	else if (id == 2)
		*out = &NF.send;
	else
		return -ENOENT;
	return 0;
}

void vmbus_chan_gpadl_release(struct vmbus_chan *ch, const struct rt_gpadl *gp)
{
	(void)ch;
	(void)gp;
}

/* ---- harness ---- */

static void nf_setup(void)
{
	struct netvsp_opts o = {.endpoint = "null",
				.endpoint_arg = "queues=4",
				.name = "fuzz",
				.vf = true,
				.vf_serial = 5};

	if (rt_gmem_create_memfd(NF_MEM, &NF.g))
		abort();
	for (uint32_t i = 0; i < NF_BUF / 4096; i++) {
		NF.pfns[0][i] = i;
		NF.pfns[1][i] = NF_SEND_BASE / 4096 + i;
	}
	NF.rr = (struct rt_gpa_range){
		.len = NF_BUF, .pfn_count = NF_BUF / 4096, .pfns = NF.pfns[0]};
	NF.sr = (struct rt_gpa_range){
		.len = NF_BUF, .pfn_count = NF_BUF / 4096, .pfns = NF.pfns[1]};
	NF.recv =
		(struct rt_gpadl){.id = 1, .range_count = 1, .ranges = &NF.rr, .total_len = NF_BUF};
	NF.send =
		(struct rt_gpadl){.id = 2, .range_count = 1, .ranges = &NF.sr, .total_len = NF_BUF};
	for (uint16_t i = 0; i < 4; i++)
		NF.ch[i].idx = i;
	rt_log_init(&NF.log);
	rt_log_set_level(&NF.log, RT_LOG_ERROR);
	o.log = &NF.log;
	o.budget = o.channel_budget = NF.budget;
	if (netvsp_create(NULL, &o, &NF.dev))
		abort();
	NF.ready = true;
}

static void nf_deliver(unsigned ch, uint16_t type, uint16_t flags, uint64_t tid, const void *ext,
		       uint32_t ext_len, const void *data, uint32_t len)
{
	/* As the channel hands it over: laid out as in the ring, then decoded. */
	static uint64_t buf[(64 * 1024) / 8];
	static struct vmbus_pkt_gpa gpa;
	struct vmbus_pkt p;
	int n = vmbus_pkt_build(buf, sizeof(buf), type, flags, tid, ext, ext_len, data, len);

	if (n < 0 || vmbus_pkt_decode(buf, (size_t)n, &gpa, &p) != PV_OK)
		return; /* the channel would have reset: nothing reaches the device */
	/* -EAGAIN (backlog full) means "deliver again later": once is enough here. */
	(void)NF.ops->on_packet(NF.ctx, &NF.ch[ch], &p);
}

static void nf_nvsp(uint32_t type, uint32_t a, uint32_t b, uint32_t c)
{
	uint8_t m[40] = {0};

	pv_put_u32(m, type);
	pv_put_u32(m + 4, a);
	pv_put_u32(m + 8, b);
	pv_put_u32(m + 12, c);
	nf_deliver(0, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 7, NULL, 0, m,
		   sizeof(m));
}

/* Writes `len` bytes into send section `sec` and sends SEND_RNDIS_PKT naming it. */
static void nf_rndis(unsigned ch, uint32_t chan_type, uint32_t sec, const void *msg, uint32_t len)
{
	uint8_t m[40] = {0};

	if (len > 6144)
		len = 6144;
	rt_gmem_write(NF.g, NF_SEND_BASE + (uint64_t)sec * 6144, msg, len);
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, chan_type);
	pv_put_u32(m + 8, sec);
	pv_put_u32(m + 12, len);
	nf_deliver(ch, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 9, NULL, 0, m,
		   sizeof(m));
}

/* Fresh channel: close and reopen the primary (resets the device's state). */
static void nf_reopen(void)
{
	uint8_t ud[120] = {0};

	for (unsigned i = 0; i < 4; i++)
		if (NF.ch[i].open) {
			NF.ops->close(NF.ctx, &NF.ch[i]);
			NF.ch[i].open = false;
		}
	if (NF.ops->open(NF.ctx, &NF.ch[0], ud))
		abort();
	NF.ch[0].open = true;
}

/* The Linux bring-up up to (depth 1) the buffers or (depth 2) RNDIS with a filter. */
static void nf_init(int depth)
{
	uint8_t m[32] = {0};

	nf_nvsp(NVSP_MSG_TYPE_INIT, NVSP_VERSION_V61, NVSP_VERSION_V61, 0);
	nf_nvsp(NVSP_MSG_TYPE_SEND_NDIS_CONFIG, 1514, 0, 8);
	nf_nvsp(NVSP_MSG_TYPE_SEND_NDIS_VER, 6, 30, 0);
	nf_nvsp(NVSP_MSG_TYPE_SEND_RECV_BUF, 1, NVSP_RECV_BUF_ID, 0);
	nf_nvsp(NVSP_MSG_TYPE_SEND_SEND_BUF, 2, 0, 0);
	if (depth < 2)
		return;
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_INIT);
	pv_put_u32(m + 4, 24);
	pv_put_u32(m + 8, 1);
	pv_put_u32(m + 12, 1);
	pv_put_u32(m + 20, 0x4000);
	nf_rndis(0, 1, 0, m, 24);
	memset(m, 0, sizeof(m));
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_SET);
	pv_put_u32(m + 4, 32);
	pv_put_u32(m + 8, 2);
	pv_put_u32(m + 12, RNDIS_OID_GEN_CURRENT_PACKET_FILTER);
	pv_put_u32(m + 16, 4);
	pv_put_u32(m + 20, 20);
	pv_put_u32(m + 28, 0x0d);
	nf_rndis(0, 1, 0, m, 32);
}

/* Completes every receive slot (a guest that keeps up), ids 0..n. */
static __attribute__((unused)) void nf_complete_all(uint32_t n)
{
	uint8_t m[40] = {0};

	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	pv_put_u32(m + 4, 1);
	for (uint32_t i = 0; i < n; i++)
		nf_deliver(0, VMRING_PKT_COMP, 0, i, NULL, 0, m, sizeof(m));
}

#endif
