/* Fuzzes vmring_msg_decode (ring packets as a guest writes them); an accepted
 * packet's headers re-encode to the same bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vmring_codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct vmring_msg m;
	static uint8_t out[65536];
	char line[256];
	int n;

	if (vmring_msg_decode(data, size, NULL, &m) != PV_OK)
		return 0;
	n = vmring_msg_encode(&m, NULL, out, sizeof(out));
	if (n < 16 || (size_t)n > size || memcmp(out, data, (size_t)n) != 0)
		abort();
	vmring_msg_format(&m, line, sizeof(line));
	return 0;
}
