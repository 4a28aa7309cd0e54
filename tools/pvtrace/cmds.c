/*
 * pvtrace decode and validate: one pass over the records with a session.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tools/pvtrace/pvtrace.h"

static const char *dir_arrow(uint8_t dir)
{
	switch (dir) {
	case PVTRACE_DIR_TO_HOST:
		return "guest->host";
	case PVTRACE_DIR_TO_GUEST:
		return "host->guest";
	case PVTRACE_DIR_TO_DEVICE:
		return "->device";
	case PVTRACE_DIR_FROM_DEVICE:
		return "device->";
	default:
		return "?";
	}
}

static int open_trace(const char *path, struct rt_trace_reader **r, FILE *out)
{
	char err[256];
	int rc = rt_trace_reader_open(path, r, err, sizeof(err));
	if (rc)
		fprintf(out, "pvtrace: %s\n", err);
	return rc;
}

int pvt_cmd_decode(const char *path, bool hex, FILE *out)
{
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	struct pvt_session s;
	uint64_t t0 = 0;
	char *line = malloc(8192);
	int rc, code = 0;

	if (!line)
		return 2;
	if (open_trace(path, &r, out)) {
		free(line);
		return 2;
	}
	pvt_session_init(&s);
	while ((rc = rt_trace_reader_next(r, &rec)) == 1) {
		if (rec.index == 1)
			t0 = rec.ts_ns;
		pvt_session_step(&s, &rec, false, line, 8192, NULL, 0);
		fprintf(out, "%5" PRIu64 " %12.6f %-5s %s relid %u%s: %s\n", rec.index,
			(double)(rec.ts_ns - t0) / 1e9, pvtrace_proto_name(rec.hdr.proto),
			dir_arrow(rec.hdr.dir), rec.hdr.channel,
			rec.hdr.flags & PVTRACE_REC_FLAGS_REPLAYED ? " (replayed)" : "", line);
		if (hex)
			pvt_hexdump(out, "      ", rec.payload, rec.payload_len);
	}
	if (rc < 0) {
		fprintf(out, "pvtrace: %s: %s\n", path, rt_trace_reader_error(r));
		code = 1;
	}
	pvt_session_fini(&s);
	rt_trace_reader_close(r);
	free(line);
	return code;
}

int pvt_cmd_validate(const char *path, FILE *out)
{
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	struct pvt_session s;
	char *line = malloc(8192), why[512];
	uint64_t n = 0;
	int rc, code = 0;

	if (!line)
		return 2;
	if (open_trace(path, &r, out)) {
		free(line);
		return 2;
	}
	pvt_session_init(&s);
	while ((rc = rt_trace_reader_next(r, &rec)) == 1) {
		n++;
		if (pvt_session_step(&s, &rec, true, line, 8192, why, sizeof(why))) {
			fprintf(out,
				"%s: record %" PRIu64 " (offset %" PRIu64 ", %s %s relid %u): %s\n"
				"  decoded: %s\n  bytes:\n",
				path, rec.index, rec.offset, pvtrace_proto_name(rec.hdr.proto),
				dir_arrow(rec.hdr.dir), rec.hdr.channel, why, line);
			pvt_hexdump(out, "    ", rec.raw, rec.raw_len);
			code = 1;
			break;
		}
	}
	if (rc < 0) {
		fprintf(out, "%s: corrupt trace after %" PRIu64 " records: %s\n", path, n,
			rt_trace_reader_error(r));
		code = 1;
	}
	if (!code)
		fprintf(out, "%s: %" PRIu64 " records valid\n", path, n);
	pvt_session_fini(&s);
	rt_trace_reader_close(r);
	free(line);
	return code;
}
