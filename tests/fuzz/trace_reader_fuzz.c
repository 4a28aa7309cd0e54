/*
 * Fuzzes the trace reader (runtime/trace_read.c) and, on every record it
 * hands out, pvtrace's session (decoders and session machines with
 * validation on): no input may crash either, a record never points outside
 * the input, and an error always says where.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/trace.h"
#include "tools/pvtrace/pvtrace.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	struct pvt_session s;
	char line[4096], why[512];
	int rc;

	if (rt_trace_reader_open_mem(data, size, &r))
		return 0;
	pvt_session_init(&s);
	while ((rc = rt_trace_reader_next(r, &rec)) == 1) {
		if (rec.raw < data || rec.raw + rec.raw_len > data + size ||
		    rec.payload + rec.payload_len > rec.raw + rec.raw_len)
			abort();
		pvt_session_step(&s, &rec, true, line, sizeof(line), why, sizeof(why));
	}
	if (rc < 0 && (rc != -EBADMSG || strncmp(rt_trace_reader_error(r), "offset ", 7)))
		abort();
	pvt_session_fini(&s);
	rt_trace_reader_close(r);
	return 0;
}
