/*
 * Shared harness of the netvsp libFuzzer targets: the device over the fake
 * VMBus channel layer the unit tests use (tests/unit/devices/netvsp/nv_chan.h:
 * 8 MiB of guest memory, GPADL 1 = 1 MiB receive buffer, GPADL 2 = 1 MiB
 * send buffer, packets fed straight into on_packet() on this thread) with
 * the null endpoint. Checked on every send: the packet type is one
 * a host may send, NVSP completions are the full 40 bytes or (SWITCH_DATA_PATH,
 * as Linux takes it) empty, in-band messages are 40 bytes or the indirection
 * table, transfer-page packets name set 0xCAFE and a range inside the
 * receive buffer. The device has a VF (serial 5), so the VF association and
 * the data path switch are fuzzed too.
 */
#ifndef NETVSP_FUZZ_H
#define NETVSP_FUZZ_H

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nv_chan.h"
#include "nvsp_codec.h"
#include "rndis_codec.h"

/* The fuzz side of the fake (the channel layer itself is NVC, nv_chan.h). */
static struct {
	atomic_uint sends, refuse_every;
	bool ready;
	uint64_t budget; /* the device's and each channel's memory budget (0: defaults) */
} NF;

static void nvc_check(bool ok, const char *what)
{
	(void)what;
	if (!ok)
		__builtin_trap();
}

/* Checks every packet the device sends; refuses every refuse_every-th one. */
static int nvc_sent(struct vmbus_chan *ch, uint16_t type, uint16_t flags, uint64_t trans_id,
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
		    (uint64_t)pv_get_u32(e + 8) + pv_get_u32(e + 12) > NVC_BUF ||
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

/* ---- harness ---- */

static void nf_setup(void)
{
	struct netvsp_opts o = {.endpoint = "null",
				.endpoint_arg = "queues=4",
				.name = "fuzz",
				.vf = true,
				.vf_serial = 5};

	if (nvc_init())
		abort();
	o.log = &NVC.log;
	o.budget = o.channel_budget = NF.budget;
	if (netvsp_create(NULL, &o, &NVC.dev))
		abort();
	NF.ready = true;
}

/*
 * One packet to the device. A packet it leaves in the ring (-EAGAIN: backlog
 * full) is dropped, not offered again after a kick as the unit fake does: the
 * fuzzer goes on with its next step, as if the guest had never sent it.
 */
static void nf_deliver(unsigned ch, uint16_t type, uint16_t flags, uint64_t tid, const void *ext,
		       uint32_t ext_len, const void *data, uint32_t len)
{
	(void)nvc_deliver(ch, type, flags, tid, ext, ext_len, data, len);
}

static void nf_nvsp(uint32_t type, uint32_t a, uint32_t b, uint32_t c)
{
	uint8_t m[40];

	nvc_nvsp_msg(m, type, a, b, c);
	nf_deliver(0, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 7, NULL, 0, m,
		   sizeof(m));
}

/* Writes `len` bytes into send section `sec` and sends SEND_RNDIS_PKT naming it. */
static void nf_rndis(unsigned ch, uint32_t chan_type, uint32_t sec, const void *msg, uint32_t len)
{
	uint8_t m[40] = {0};

	if (len > 6144)
		len = 6144;
	rt_gmem_write(NVC.g, NVC_SEND_BASE + (uint64_t)sec * 6144, msg, len);
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
	nvc_close_all();
	if (nvc_open(0))
		abort();
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
