/* Records of the real-guest traces (linux_trace.h). */
#include "linux_trace.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "runtime/trace.h"
#include "runtime/vmbus/vmbus_chan.h"

size_t linux_trace_record(const char *name, uint64_t idx, void *buf, size_t cap)
{
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	char path[512], err[256];
	size_t n = 0;
	int rc;

	snprintf(path, sizeof(path), "%s/%s", PV_LINUX_TRACES, name);
	ck_assert_msg(rt_trace_reader_open(path, &r, err, sizeof(err)) == 0, "%s: %s", path, err);
	while ((rc = rt_trace_reader_next(r, &rec)) == 1) {
		if (rec.index != idx)
			continue;
		ck_assert_uint_le(rec.payload_len, cap);
		memcpy(buf, rec.payload, rec.payload_len);
		n = rec.payload_len;
		break;
	}
	ck_assert_msg(rc == 1, "%s: no record %llu (%s)", path, (unsigned long long)idx,
		      rt_trace_reader_error(r));
	rt_trace_reader_close(r);
	return n;
}

size_t linux_trace_ring_body(const char *name, uint64_t idx, void *buf, size_t cap,
			     uint32_t *range_len, uint32_t *range_off)
{
	static struct vmbus_pkt_gpa gpa;
	uint8_t raw[4096];
	struct vmbus_pkt pkt;
	size_t n = linux_trace_record(name, idx, raw, sizeof(raw));

	ck_assert_int_eq(vmbus_pkt_decode(raw, n, &gpa, &pkt), PV_OK);
	ck_assert_int_eq(pkt.ranges_err, PV_OK);
	ck_assert_uint_le(pkt.len, cap);
	memcpy(buf, pkt.data, pkt.len);
	if (range_len)
		*range_len = pkt.range_count ? pkt.ranges[0].len : 0;
	if (range_off)
		*range_off = pkt.range_count ? pkt.ranges[0].offset : 0;
	return pkt.len;
}
