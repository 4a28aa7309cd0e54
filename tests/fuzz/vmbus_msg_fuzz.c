/* Fuzzes vmbus_msg_decode under every version/direction/feature context the
 * first input byte selects; what decodes must re-encode to the same bytes and
 * print without overflow. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const uint32_t versions[] = {
	0,
	VMBUS_VERSION_WS2008,
	VMBUS_VERSION_WIN8_1,
	VMBUS_VERSION_WIN10_V4_1,
	VMBUS_VERSION_WIN10_V5_2,
	VMBUS_VERSION_WIN10_V5_3,
	VMBUS_VERSION_COPPER,
	0x7fffffff,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pv_codec_ctx ctx;
	struct vmbus_msg m;
	uint8_t out[512];
	char line[256];
	uint8_t sel;
	int n;

	if (size < 1)
		return 0;
	sel = data[0];
	ctx.version = versions[sel & 7];
	ctx.dir = (sel >> 3) & 3;
	ctx.features = (sel >> 5) ? (uint64_t)(sel >> 5) * 0x15 : 0;
	data++;
	size--;
	if (vmbus_msg_decode(data, size, &ctx, &m) != PV_OK)
		return 0;
	n = vmbus_msg_encode(&m, &ctx, out, sizeof(out));
	if (n != (int)size || memcmp(out, data, size) != 0)
		abort();
	vmbus_msg_format(&m, line, sizeof(line));
	if (strlen(line) >= sizeof(line))
		abort();
	return 0;
}
