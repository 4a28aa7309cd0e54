/* Fuzzes the trace record header decoder. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pvtrace_codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pvtrace_record r;
	uint8_t out[PVTRACE_RECORD_SIZE];
	char line[256];

	if (pvtrace_record_decode(data, size, NULL, &r) != PV_OK)
		return 0;
	if (r.payload_len != size - PVTRACE_RECORD_SIZE)
		abort();
	if (pvtrace_record_encode(&r, out, sizeof(out)) != PVTRACE_RECORD_SIZE ||
	    memcmp(out, data, sizeof(out)) != 0)
		abort();
	pvtrace_record_format(&r, line, sizeof(line));
	return 0;
}
