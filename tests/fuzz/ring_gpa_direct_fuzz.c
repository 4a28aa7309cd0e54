/*
 * Fuzzes rt_ring_gpa_direct, which decodes a DATA_USING_GPA_DIRECT packet's
 * range list with the generated vmring codec for every VSP (storvsc I/O,
 * netvsc sends): the input is the packet as rt_ring_read() would have copied
 * it (descriptor first). Every range it returns must be shaped right (offset
 * < page, len > 0, pfn_count = pages spanned), its pfns inside the decoded
 * list, and the list inside the packet's header (offset8 * 8).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/ring.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint64_t pkt[(64 * 1024) / 8];
	static struct vmring_gpa_direct gd;
	struct rt_gpa_range ranges[VMRING_GPA_DIRECT_RANGES_MAX];
	size_t len = size < sizeof(pkt) ? size : sizeof(pkt);
	uint32_t count = 0, pfns = 0;
	uint16_t off8;

	memcpy(pkt, data, len);
	if (rt_ring_gpa_direct(pkt, len, &gd, ranges, &count) != PV_OK) {
		if (count)
			abort();
		return 0;
	}
	memcpy(&off8, (const uint8_t *)pkt + 2, 2);
	if (count > VMRING_GPA_DIRECT_RANGES_MAX || len < VMRING_GPA_DIRECT_SIZE)
		abort();
	for (size_t i = 0; i < count; i++) {
		const struct rt_gpa_range *r = &ranges[i];

		if (r->offset >= RT_PAGE_SIZE || r->len == 0 ||
		    r->pfn_count != rt_gpa_range_pages(r->offset, r->len))
			abort();
		if (r->pfns < gd.ranges_pfns ||
		    r->pfns + r->pfn_count > gd.ranges_pfns + gd.ranges_pfn_count)
			abort();
		pfns += r->pfn_count;
	}
	/* 8 bytes per range header and per PFN, all inside offset8 * 8. */
	if (VMRING_GPA_DIRECT_SIZE + 8 * ((size_t)count + pfns) > (size_t)off8 * 8 ||
	    (size_t)off8 * 8 > len)
		abort();
	return 0;
}
