/*
 * libFuzzer target: a netvsp session as a sequence across the primary and
 * three subchannels (see netvsp_fuzz.h for the fake VMBus layer and the
 * checks on every send), with the smallest memory budget the device takes,
 * so sends in flight reach it: NVSP bring-up, RNDIS data and control
 * messages in send sections or GPA-direct, raw NVSP messages, receive
 * completions, closes and opens of any channel, resets, and a ring that
 * refuses sends, in the order the fuzzer picks.
 *
 * Input: 2-byte steps {op, arg} with op % 10, channel (arg & 3):
 *   0 the bring-up (depth 1: buffers, 2: RNDIS and a filter) on the primary
 *   1 an RNDIS PACKET in section (arg >> 2): the next n = 44 + byte bytes,
 *     type and length forced
 *   2 an RNDIS message in section (arg >> 2): the next n = 8 + byte bytes,
 *     length forced (any type)
 *   3 a raw 40-byte NVSP message in-band
 *   4 an RNDIS PACKET GPA-direct (as 1, in a page of its own)
 *   5 a receive completion for slot (arg >> 2) * 3
 *   6 close the channel           7 open the channel
 *   8 reset: every channel closed, the primary opened again
 *   9 the ring refuses every {-, 2nd, 3rd, 5th} send ((arg >> 2) & 3)
 *
 * Checked after each input: every channel closed, the device gives back all
 * it charged (budget used 0 once the null endpoint finished the sends in
 * flight, bounded wait) and its high-water mark never passed the limit.
 */
#include <sched.h>
#include <time.h>

#include "netvsp_fuzz.h"

#define GPA_PAGE 600 /* guest page of GPA-direct sends: past both buffers */
#define SECTION 6144 /* the section size the device grants (NETVSP_SEND_SECTION) */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The RNDIS bytes of a step: type and length forced as asked. */
static uint32_t rndis_msg(uint8_t *m, const uint8_t *in, uint32_t n, bool packet)
{
	memcpy(m, in, n);
	if (packet)
		pv_put_u32(m, RNDIS_MSG_TYPE_PACKET);
	pv_put_u32(m + 4, n);
	return n;
}

static void send_gpa(unsigned c, const uint8_t *msg, uint32_t len)
{
	uint64_t ext[3];
	uint8_t m[40] = {0};

	rt_gmem_write(NVC.g, (uint64_t)GPA_PAGE * 4096, msg, len);
	ext[0] = (uint64_t)1 << 32;
	ext[1] = len;
	ext[2] = GPA_PAGE;
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, 0);
	pv_put_u32(m + 8, NVSP_INVALID_SECTION_INDEX);
	nf_deliver(c, VMRING_PKT_DATA_USING_GPA_DIRECT, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 11,
		   ext, sizeof(ext), m, sizeof(m));
}

/* Every charge given back once the endpoint finished (bounded: 2 s). */
static void check_budget(void)
{
	struct timespec t0, t;
	struct netvsp_stats st;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		netvsp_get_stats(NVC.dev, &st);
		if (st.budget_high > st.budget_limit)
			__builtin_trap();
		if (st.budget_used == 0)
			return;
		clock_gettime(CLOCK_MONOTONIC, &t);
		if (t.tv_sec - t0.tv_sec > 2)
			__builtin_trap(); /* a charge never released */
		sched_yield();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned every[] = {0, 2, 3, 5};
	uint8_t m[SECTION];

	if (!NF.ready) {
		NF.budget = netvsp_min_budget();
		nf_setup();
	}
	atomic_store(&NF.refuse_every, 0);
	nf_reopen();
	while (size >= 2) {
		uint8_t op = data[0] % 10, arg = data[1];
		unsigned c = arg & 3;
		uint32_t n;

		data += 2;
		size -= 2;
		switch (op) {
		case 0:
			nf_init(1 + (arg & 1));
			break;
		case 1:
		case 2:
		case 4:
			if (size < 1)
				goto out;
			n = (op == 2 ? 8u : 44u) + data[0];
			if (size < 1 + n)
				goto out;
			rndis_msg(m, data + 1, n, op != 2);
			data += 1 + n;
			size -= 1 + n;
			if (op == 4)
				send_gpa(c, m, n);
			else
				nf_rndis(c, op == 1 ? 0 : 1, arg >> 2, m, n);
			break;
		case 3:
			if (size < 40)
				goto out;
			nf_deliver(c, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
				   7, NULL, 0, data, 40);
			data += 40;
			size -= 40;
			break;
		case 5: {
			uint8_t cm[40] = {0};
			pv_put_u32(cm, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
			pv_put_u32(cm + 4, 1);
			nf_deliver(c, VMRING_PKT_COMP, 0, (uint64_t)(arg >> 2) * 3, NULL, 0, cm,
				   sizeof(cm));
			break;
		}
		case 6:
			nvc_close(c);
			break;
		case 7:
			(void)nvc_open(c);
			break;
		case 8:
			atomic_store(&NF.refuse_every, 0);
			nf_reopen();
			break;
		case 9:
			atomic_store(&NF.refuse_every, every[(arg >> 2) & 3]);
			break;
		}
	}
out:
	atomic_store(&NF.refuse_every, 0);
	nvc_close_all();
	check_budget();
	return 0;
}
