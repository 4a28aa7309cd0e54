/*
 * libFuzzer target: storvsp packet handling (in-band and GPA-direct) on a
 * detached controller with a memory LUN, a fake channel and the I/O loop on
 * this thread.
 *
 * Input: [0] knobs (bit 0: run a valid init first, bits 1-2: version pick,
 * bit 3: the fake ring refuses every 3rd send), then records
 * {u8 type selector, u8 ext_len / 8, u8 data_len / 8 (max 10), ext bytes,
 * data bytes}. ext qwords with bit 63 set become a page inside guest
 * memory so valid ranges are reachable.
 *
 * Checked: every reply is a completion echoing the trans_id of a packet that
 * asked for one, of 48 or 64 bytes; a packet is held (-EAGAIN) only when
 * max_io requests are outstanding; closing drains everything.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "devices/storvsp/storvsp.h"
#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "storvsc_codec.h"

#define MAX_IO 4
#define GMEM (1u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fake {
	unsigned sends, refuse_every;
	uint64_t max_id; /* ids are 2, 3, ... plus VMBUS_RQST_INIT for the init steps */
	unsigned kicks;
};

static int f_send(void *port, uint16_t type, uint16_t flags, uint64_t id, const void *d, size_t len)
{
	struct fake *f = port;

	(void)d;
	if (f->refuse_every && ++f->sends % f->refuse_every == 0)
		return -EAGAIN;
	if (len != STORVSC_PACKET_V1_SIZE && len != STORVSC_PACKET_SIZE)
		__builtin_trap();
	if (type == VMRING_PKT_COMP) {
		if (id != VMRING_RQST_ID_INIT && (id < 2 || id > f->max_id))
			__builtin_trap();
	} else if (type != VMRING_PKT_DATA_INBAND || id != 0 || flags) {
		__builtin_trap();
	}
	return 0;
}

static void f_kick(void *port)
{
	((struct fake *)port)->kicks++;
}

static int f_offer(void *port, uint16_t n)
{
	(void)port;
	if (!n || n > 4)
		__builtin_trap();
	return 0;
}

static const struct storvsp_channel_ops fops = {f_send, f_kick, f_offer};

/* As the channel hands it over: laid out as in the ring, then decoded (vmbus_pkt_decode). */
static void deliver(struct storvsp_channel *p, struct fake *f, struct ev_loop *l, uint16_t type,
		    uint64_t id, const uint8_t *ext, uint32_t ext_len, const uint8_t *d,
		    uint32_t len)
{
	static uint64_t buf[(VMRING_DESC_SIZE + 128 + 128) / 8];
	static struct vmbus_pkt_gpa gpa;
	struct vmbus_pkt pkt;
	int n = vmbus_pkt_build(buf, sizeof(buf), type, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id,
				ext, ext_len, d, len);
	int rc;

	/* A descriptor the spec refuses resets the channel: nothing reaches storvsp. */
	if (n < 0 || vmbus_pkt_decode(buf, (size_t)n, &gpa, &pkt) != PV_OK)
		return;
	if (id != VMRING_RQST_ID_INIT && id > f->max_id)
		f->max_id = id;
	/*
	 * -EAGAIN holds the packet in the ring: at max_io, or behind a reset
	 * that waits for the controller's outstanding requests. Either way
	 * completions must make progress; a packet held forever is a bug.
	 */
	for (int tries = 0; (rc = storvsp_channel_packet(p, &pkt)) == -EAGAIN; tries++) {
		if (tries > 10000)
			__builtin_trap();
		storvsp_channel_send_space(p);
		ev_run(l, EVRUN_NOWAIT);
	}
	if (rc)
		__builtin_trap();
	ev_run(l, EVRUN_NOWAIT);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint16_t types[] = {VMRING_PKT_DATA_INBAND,
					 VMRING_PKT_DATA_USING_GPA_DIRECT,
					 VMRING_PKT_DATA_USING_GPA_DIRECT,
					 VMRING_PKT_DATA_USING_XFER_PAGES,
					 VMRING_PKT_COMP,
					 VMRING_PKT_DATA_INBAND,
					 VMRING_PKT_DATA_USING_GPA_DIRECT,
					 1};
	struct storvsp_opts o = {.subchannels = 4, .max_io = MAX_IO, .max_transfer = 64u << 10};
	struct storvsp_lun_cfg lc = {.lun = 0, .backend = "memory", .arg = "256K"};
	struct fake f = {0};
	struct rt_log log;
	struct rt_gmem *g;
	struct ev_loop *l;
	struct storvsp *s;
	struct storvsp_channel *p;
	uint64_t id = 1;
	size_t off = 1;

	if (size < 1)
		return 0;
	rt_log_init(&log);
	rt_log_set_level(&log, RT_LOG_ERROR);
	log.fd = -1;
	l = rt_loop_new();
	if (!l || rt_gmem_create_memfd(GMEM, &g))
		__builtin_trap();
	o.log = &log;
	o.io_loop = l;
	if (storvsp_create_detached(g, &o, &s) || storvsp_lun_add(s, &lc) ||
	    storvsp_channel_open(s, &fops, &f, 0, &p))
		__builtin_trap();
	f.refuse_every = data[0] & 8 ? 3 : 0;
	if (data[0] & 1) {
		/* A valid init (generated encoders), at one of the spec's versions. */
		static const uint32_t ops[] = {STORVSC_OPERATION_BEGIN_INITIALIZATION,
					       STORVSC_OPERATION_QUERY_PROTOCOL_VERSION,
					       STORVSC_OPERATION_QUERY_PROPERTIES,
					       STORVSC_OPERATION_END_INITIALIZATION};
		for (unsigned i = 0; i < RT_ARRAY_SIZE(ops); i++) {
			struct storvsc_msg m = {.type = ops[i]};
			uint8_t pkt[STORVSC_PACKET_SIZE];
			int n;

			m.u.version_packet.version.major_minor = (uint16_t)
				storvsc_versions[((data[0] >> 1) & 3) % STORVSC_VERSION_COUNT];
			n = storvsc_msg_encode(&m, NULL, pkt, sizeof(pkt));
			if (n < 0)
				__builtin_trap();
			deliver(p, &f, l, VMRING_PKT_DATA_INBAND, VMRING_RQST_ID_INIT, NULL, 0, pkt,
				(uint32_t)n);
		}
	}
	while (off + 3 <= size) {
		uint16_t type = types[data[off] & 7];
		uint32_t ext_len = (uint32_t)(data[off + 1] % 16) * 8;
		uint32_t len = (uint32_t)(data[off + 2] % 11) * 8;
		uint64_t ext[16];
		uint8_t d[88];
		off += 3;
		if (off + ext_len + len > size)
			break;
		memcpy(ext, data + off, ext_len);
		for (uint32_t i = 0; i < ext_len / 8; i++)
			if (ext[i] >> 63)
				ext[i] = (ext[i] & 0xFF) % (GMEM / RT_PAGE_SIZE);
		memcpy(d, data + off + ext_len, len);
		off += ext_len + len;
		deliver(p, &f, l, type, ++id, (const uint8_t *)ext, ext_len, d, len);
	}
	f.refuse_every = 0;
	storvsp_channel_send_space(p);
	storvsp_channel_close(p);
	storvsp_destroy(s);
	rt_gmem_destroy(g);
	rt_loop_destroy(l);
	rt_log_fini(&log);
	return 0;
}
