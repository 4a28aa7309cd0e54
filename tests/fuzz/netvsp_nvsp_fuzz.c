/*
 * libFuzzer target: netvsp NVSP handling on a fresh channel (see
 * netvsp_fuzz.h for the fake VMBus layer and what is checked).
 *
 * Input: [0] knobs (bits 0-1: bring-up depth before the fuzzed packets,
 * bits 2-3: the fake ring refuses every 2nd/3rd/5th send), then records
 * {u8 kind, u8 len, len bytes}: kind % 4 = 0 in-band packet, 1 in-band
 * without completion request, 2 completion (trans_id from the first 8
 * bytes), 3 GPA-direct packet whose first 8..64 bytes are the range header.
 * Records go to channel 0 or, when kind bit 7 is set, to subchannel 1.
 */
#include "netvsp_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned every[] = {0, 2, 3, 5};

	if (!NF.ready)
		nf_setup();
	if (size < 1)
		return 0;
	atomic_store(&NF.refuse_every, 0);
	nf_reopen();
	nf_init(data[0] & 3);
	atomic_store(&NF.refuse_every, every[(data[0] >> 2) & 3]);
	data++;
	size--;
	while (size >= 2) {
		uint8_t kind = data[0], len = data[1];
		unsigned ch = kind & 0x80 ? 1 : 0;
		uint8_t buf[256] = {0};

		data += 2;
		size -= 2;
		if (len > size)
			len = (uint8_t)size;
		memcpy(buf, data, len);
		if (ch)
			(void)nvc_open(1);
		switch (kind & 3) {
		case 0:
		case 1:
			nf_deliver(ch, VMRING_PKT_DATA_INBAND,
				   (kind & 3) ? 0 : VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 7, NULL,
				   0, buf, len);
			break;
		case 2:
			nf_deliver(ch, VMRING_PKT_COMP, 0, len >= 8 ? pv_get_u64(buf) : len, NULL,
				   0, buf, len);
			break;
		case 3: {
			uint32_t ext = len >= 16 ? (8u * (buf[0] % 8u + 1) < len - 8u
							    ? 8u * (buf[0] % 8u + 1)
							    : len - 8u)
						 : 8;
			ext &= ~7u;
			if (ext < 8 || ext > len)
				break;
			nf_deliver(ch, VMRING_PKT_DATA_USING_GPA_DIRECT,
				   VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 7, buf, ext, buf + ext,
				   len - ext);
			break;
		}
		}
		data += len;
		size -= len;
	}
	atomic_store(&NF.refuse_every, 0);
	return 0;
}
