/*
 * Fuzzes rt_ring_pkt_gpa_direct, the parser of a DATA_USING_GPA_DIRECT
 * packet's range list (storvsc I/O, netvsc sends): the input is the packet
 * as rt_ring_read() would have copied it (descriptor first), the first byte
 * the caller's maximum range count. Every range it returns must be shaped
 * right (offset < 4096, len > 0, pfn_count = pages spanned) and its pfns
 * must lie inside the packet's header (offset8 * 8), within the buffer.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/ring.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_RANGES 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint64_t pkt[(64 * 1024) / 8];
	struct rt_gpa_range ranges[MAX_RANGES];
	size_t count = 0, len, max;
	uint16_t off8;
	int rc;

	if (size < 1)
		return 0;
	max = data[0] % (MAX_RANGES + 1);
	len = size - 1 < sizeof(pkt) ? size - 1 : sizeof(pkt);
	memcpy(pkt, data + 1, len);
	rc = rt_ring_pkt_gpa_direct(pkt, len, ranges, max, &count);
	if (rc == -EINVAL || rc == -E2BIG)
		return 0;
	if (rc != 0 || count > max || len < 24)
		abort();
	memcpy(&off8, (const uint8_t *)pkt + 2, 2);
	for (size_t i = 0; i < count; i++) {
		const struct rt_gpa_range *r = &ranges[i];
		const uint8_t *first = (const uint8_t *)r->pfns;
		const uint8_t *base = (const uint8_t *)pkt;

		if (r->offset >= 4096 || r->len == 0 ||
		    r->pfn_count != rt_gpa_range_pages(r->offset, r->len))
			abort();
		if (first < base + 24 ||
		    first + (size_t)r->pfn_count * 8 > base + (size_t)off8 * 8 ||
		    (size_t)off8 * 8 > len)
			abort();
	}
	return 0;
}
