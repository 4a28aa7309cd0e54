/*
 * libFuzzer target: RNDIS message chains in send-buffer sections after the
 * Linux bring-up (see netvsp_fuzz.h for the fake VMBus layer).
 *
 * Input: [0] knobs (bit 0: control channel type, bit 1: RNDIS not yet
 * initialized, bit 2: send on subchannel 1 too, bits 4-5: section index
 * 0 / 1 / last / out of range), then the bytes of the section (batched
 * RNDIS messages walked by msg_len). Each input is sent twice: once as
 * written and once after the guest completed every receive slot.
 */
#include "netvsp_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t secs[] = {0, 1, 169, 100000};
	uint32_t sec;

	if (!NF.ready)
		nf_setup();
	if (size < 1)
		return 0;
	nf_reopen();
	nf_init(data[0] & 2 ? 1 : 2);
	sec = secs[(data[0] >> 4) & 3];
	if (data[0] & 4)
		(void)nvc_open(1);
	nf_rndis(0, data[0] & 1, sec, data + 1, (uint32_t)(size - 1));
	if (data[0] & 4)
		nf_rndis(1, 0, sec, data + 1, (uint32_t)(size - 1));
	nf_complete_all(700);
	nf_rndis(0, data[0] & 1, sec, data + 1, (uint32_t)(size - 1));
	return 0;
}
