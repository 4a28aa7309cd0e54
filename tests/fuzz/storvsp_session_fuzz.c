/*
 * libFuzzer target: a storvsp session as a sequence, on a detached controller
 * with a memory LUN, the primary channel and a subchannel on fake transports
 * and the I/O loop on this thread: packets on either channel, closes and
 * reopens of either, resets, and a ring that refuses sends, in the order the
 * fuzzer picks.
 *
 * Input: [0] knobs (bits 0-1: version for the init steps; bit 2: a memory
 * budget that holds one channel's request pool only, so a second open is
 * refused), then 2-byte steps {op, arg} with op % 8:
 *   0 the valid init (BEGIN, QUERY_VERSION, QUERY_PROPERTIES, END) on the primary
 *   1 EXECUTE_SRB in-band: the next 64 bytes are the packet, operation forced
 *   2 a raw in-band packet: the next (arg >> 1) % 72 bytes
 *   3 EXECUTE_SRB GPA-direct: one range of (arg >> 1) % 17 pages at page
 *     (arg & 0xf), then 64 packet bytes, operation forced
 *   4 close channel (arg & 1)       5 (re)open channel (arg & 1)
 *   6 RESET_LUN / RESET_ADAPTER / RESET_BUS ((arg >> 1) % 3)
 *   7 the ring refuses every {-, 2nd, 3rd, 5th} send ((arg >> 1) & 3); runs the loop
 * The channel is (arg & 1): 0 the primary, 1 the subchannel.
 *
 * Checked: every reply is a completion of 48 or 64 bytes echoing a trans_id
 * the guest used, or an in-band notification; a held packet makes progress;
 * a budget that holds one pool refuses the second open and allocates nothing;
 * once both channels are closed and their requests ended (zombies reaped) the
 * budget holds 0 bytes, and its high-water mark never passed its limit.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/log.h"
#include "storvsp_fuzz.h"

#define MAX_IO 4
#define MAX_TRANSFER (64u << 10)
#define GMEM (1u << 20)
#define PKT STORVSC_PACKET_SIZE /* the bytes a packet step carries */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct sess {
	struct storvsp *s;
	struct storvsp_channel *ch[2];
	struct fake f;
	struct ev_loop *l;
	uint64_t id;
	uint32_t version;
};

static void deliver(struct sess *x, unsigned c, uint16_t type, uint64_t id, const void *ext,
		    uint32_t ext_len, const void *d, uint32_t len)
{
	sf_deliver(&x->f, x->ch, 2, c, x->l, type, id, ext, ext_len, d, len);
}

static void init_steps(struct sess *x)
{
	sf_init_steps(&x->f, x->ch, 2, x->l, x->version);
}

static void chan_close(struct sess *x, unsigned c)
{
	if (!x->ch[c])
		return;
	x->f.refuse_every = 0; /* close drains its replies */
	storvsp_channel_send_space(x->ch[c]);
	storvsp_channel_close(x->ch[c]);
	x->ch[c] = NULL;
}

static void chan_open(struct sess *x, unsigned c, bool one_pool)
{
	struct storvsp_stats st;
	int rc;

	if (x->ch[c])
		return;
	rc = storvsp_channel_open(x->s, &fops, &x->f, (uint16_t)c, &x->ch[c]);
	storvsp_get_stats(x->s, &st);
	/* A budget of one pool: the second open is refused, and nothing was allocated for it. */
	if (one_pool && x->ch[!c] && (rc != -ENOSPC || st.budget_used > st.budget_limit))
		__builtin_trap();
	if (rc) {
		if (rc != -ENOSPC)
			__builtin_trap();
		x->ch[c] = NULL;
	}
}

/* What a Linux guest sends at the session's version (before init: the old size). */
static uint32_t pkt_size(const struct sess *x)
{
	return x->version >= STORVSC_VERSION_WIN8 ? STORVSC_PACKET_SIZE : STORVSC_PACKET_V1_SIZE;
}

static void srb(struct sess *x, unsigned c, const uint8_t *in, uint16_t type, const void *ext,
		uint32_t ext_len)
{
	uint8_t pkt[PKT];

	memcpy(pkt, in, PKT);
	pv_put_u32(pkt, STORVSC_OPERATION_EXECUTE_SRB);
	deliver(x, c, type, ++x->id, ext, ext_len, pkt, pkt_size(x));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned every[] = {0, 2, 3, 5};
	struct storvsp_opts o = {.subchannels = 1, .max_io = MAX_IO, .max_transfer = MAX_TRANSFER};
	struct storvsp_lun_cfg lc = {.lun = 0, .backend = "memory", .arg = "256K"};
	struct sess x = {.id = 1, .f.max_sub = 1};
	struct storvsp_stats st;
	struct rt_log log;
	struct rt_gmem *g;
	bool one_pool;
	size_t off = 1;

	if (size < 1)
		return 0;
	one_pool = data[0] & 4;
	x.version = storvsc_versions[(data[0] & 3) % STORVSC_VERSION_COUNT];
	rt_log_init(&log);
	rt_log_set_level(&log, RT_LOG_ERROR);
	log.fd = -1;
	x.l = rt_loop_new();
	if (!x.l || rt_gmem_create_memfd(GMEM, &g))
		__builtin_trap();
	o.log = &log;
	o.io_loop = x.l;
	if (one_pool)
		o.budget = storvsp_channel_bytes(MAX_IO, MAX_TRANSFER);
	if (storvsp_create_detached(g, &o, &x.s) || storvsp_lun_add(x.s, &lc))
		__builtin_trap();
	chan_open(&x, 0, one_pool);
	if (!x.ch[0])
		__builtin_trap();
	while (off + 2 <= size) {
		uint8_t op = data[off] % 8, arg = data[off + 1];
		unsigned c = arg & 1;

		off += 2;
		switch (op) {
		case 0:
			init_steps(&x);
			break;
		case 1:
			if (off + PKT > size)
				goto out;
			srb(&x, c, data + off, VMRING_PKT_DATA_INBAND, NULL, 0);
			off += PKT;
			break;
		case 2: {
			uint32_t len = (uint32_t)(arg >> 1) % 72;
			if (off + len > size)
				goto out;
			deliver(&x, c, VMRING_PKT_DATA_INBAND, ++x.id, NULL, 0, data + off, len);
			off += len;
			break;
		}
		case 3: {
			uint32_t pages = (uint32_t)(arg >> 1) % 17, first = arg & 0xf;
			uint64_t ext[2 + 17];
			if (off + PKT > size)
				goto out;
			/* {reserved, range count}, then one range {len, offset, pfns}. */
			ext[0] = (uint64_t)1 << 32;
			ext[1] = (uint64_t)pages * RT_PAGE_SIZE;
			for (uint32_t i = 0; i < pages; i++)
				ext[2 + i] = first + i;
			srb(&x, c, data + off, VMRING_PKT_DATA_USING_GPA_DIRECT, ext,
			    (2 + pages) * 8);
			off += PKT;
			break;
		}
		case 4:
			chan_close(&x, c);
			break;
		case 5:
			chan_open(&x, c, one_pool);
			break;
		case 6: {
			static const uint32_t resets[] = {STORVSC_OPERATION_RESET_LUN,
							  STORVSC_OPERATION_RESET_ADAPTER,
							  STORVSC_OPERATION_RESET_BUS};
			uint8_t pkt[STORVSC_PACKET_SIZE] = {0};
			pv_put_u32(pkt, resets[(arg >> 1) % 3]);
			deliver(&x, c, VMRING_PKT_DATA_INBAND, ++x.id, NULL, 0, pkt, pkt_size(&x));
			break;
		}
		case 7:
			x.f.refuse_every = every[(arg >> 1) & 3];
			for (unsigned i = 0; i < 2; i++)
				if (x.ch[i])
					storvsp_channel_send_space(x.ch[i]);
			ev_run(x.l, EVRUN_NOWAIT);
			break;
		}
	}
out:
	chan_close(&x, 1);
	chan_close(&x, 0);
	/* A channel closed with requests on the backend stays (a zombie) until they end. */
	storvsp_get_stats(x.s, &st);
	for (int i = 0; st.zombies && i < 100000; i++) {
		ev_run(x.l, EVRUN_NOWAIT);
		storvsp_get_stats(x.s, &st);
	}
	/* Every pool given back, and the budget never passed. */
	if (st.budget_used != 0 || st.budget_high > st.budget_limit)
		__builtin_trap();
	storvsp_destroy(x.s);
	rt_gmem_destroy(g);
	rt_loop_destroy(x.l);
	rt_log_fini(&log);
	return 0;
}
