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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/log.h"
#include "storvsp_fuzz.h"

#define MAX_IO 4
#define GMEM (1u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One packet on the one channel. */
static void deliver(struct storvsp_channel *p, struct fake *f, struct ev_loop *l, uint16_t type,
		    uint64_t id, const uint8_t *ext, uint32_t ext_len, const uint8_t *d,
		    uint32_t len)
{
	sf_deliver(f, &p, 1, 0, l, type, id, ext, ext_len, d, len);
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
	struct fake f = {.max_sub = 4};
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
		/* A valid init, at one of the spec's versions. */
		sf_init_steps(&f, &p, 1, l,
			      storvsc_versions[((data[0] >> 1) & 3) % STORVSC_VERSION_COUNT]);
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
