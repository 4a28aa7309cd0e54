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

#define DECODED_LINE_LEN 8192

/* One pass over a trace: its reader, the session and a line to decode into. */
struct pass {
	struct rt_trace_reader *r;
	struct pvt_session s;
	char *line;
};

/* Opens the trace at path for a pass; 0, or -1 with the reason printed to out. */
static int pass_open(struct pass *p, const char *path, FILE *out)
{
	char err[256];

	p->line = malloc(DECODED_LINE_LEN);
	if (!p->line)
		return -1;
	if (rt_trace_reader_open(path, &p->r, err, sizeof(err))) {
		fprintf(out, "pvtrace: %s\n", err);
		free(p->line);
		return -1;
	}
	pvt_session_init(&p->s);
	return 0;
}

static void pass_close(struct pass *p)
{
	pvt_session_fini(&p->s);
	rt_trace_reader_close(p->r);
	free(p->line);
}

int pvt_cmd_decode(const char *path, bool hex, FILE *out)
{
	struct rt_trace_rec rec;
	struct pass p;
	uint64_t t0 = 0;
	int rc, code = 0;

	if (pass_open(&p, path, out))
		return 2;
	while ((rc = rt_trace_reader_next(p.r, &rec)) == 1) {
		if (rec.index == 1)
			t0 = rec.ts_ns;
		pvt_session_step(&p.s, &rec, false, p.line, DECODED_LINE_LEN, NULL, 0);
		fprintf(out, "%5" PRIu64 " %12.6f %-5s %s relid %u%s: %s\n", rec.index,
			(double)(rec.ts_ns - t0) / 1e9, pvtrace_proto_name(rec.hdr.proto),
			dir_arrow(rec.hdr.dir), rec.hdr.channel,
			rec.hdr.flags & PVTRACE_REC_FLAGS_REPLAYED ? " (replayed)" : "", p.line);
		if (hex)
			pvt_hexdump(out, "      ", rec.payload, rec.payload_len);
	}
	if (rc < 0) {
		fprintf(out, "pvtrace: %s: %s\n", path, rt_trace_reader_error(p.r));
		code = 1;
	}
	pass_close(&p);
	return code;
}

int pvt_cmd_validate(const char *path, FILE *out)
{
	struct rt_trace_rec rec;
	struct pass p;
	char why[512];
	uint64_t n = 0;
	int rc, code = 0;

	if (pass_open(&p, path, out))
		return 2;
	while ((rc = rt_trace_reader_next(p.r, &rec)) == 1) {
		n++;
		if (pvt_session_step(&p.s, &rec, true, p.line, DECODED_LINE_LEN, why,
				     sizeof(why))) {
			fprintf(out,
				"%s: record %" PRIu64 " (offset %" PRIu64 ", %s %s relid %u): %s\n"
				"  decoded: %s\n  bytes:\n",
				path, rec.index, rec.offset, pvtrace_proto_name(rec.hdr.proto),
				dir_arrow(rec.hdr.dir), rec.hdr.channel, why, p.line);
			pvt_hexdump(out, "    ", rec.raw, rec.raw_len);
			code = 1;
			break;
		}
	}
	if (rc < 0) {
		fprintf(out, "%s: corrupt trace after %" PRIu64 " records: %s\n", path, n,
			rt_trace_reader_error(p.r));
		code = 1;
	}
	if (!code)
		fprintf(out, "%s: %" PRIu64 " records valid\n", path, n);
	pass_close(&p);
	return code;
}
