/*
 * Trace reader: walks a pcapng file of pvtrace records held in memory.
 * Every length comes from the file, so each is checked against what is
 * left before it is used; the first error stops the reader.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pv_codec.h"
#include "runtime/trace.h"

#define PCAPNG_SHB 0x0A0D0D0Au
#define PCAPNG_IDB 1u
#define PCAPNG_SPB 3u
#define PCAPNG_EPB 6u
#define PCAPNG_BOM 0x1A2B3C4Du
#define READER_MAX_IFS 4096
#define READER_MAX_FILE (1ull << 30)

struct reader_if {
	uint64_t ts_div, ts_mul; /* ticks -> ns: ticks * mul / div */
	char name[48];
};

struct rt_trace_reader {
	const uint8_t *buf;
	size_t len;
	uint8_t *owned;
	size_t pos;
	uint64_t nrec;
	bool seen_shb;
	bool failed;
	struct reader_if *ifs;
	uint32_t nifs, capifs;
	char err[160];
};

__attribute__((format(printf, 3, 4))) static int fail(struct rt_trace_reader *r, size_t off,
						      const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(r->err, sizeof(r->err), "offset %zu: ", off);
	va_start(ap, fmt);
	if (n > 0 && (size_t)n < sizeof(r->err))
		vsnprintf(r->err + n, sizeof(r->err) - (size_t)n, fmt, ap);
	va_end(ap);
	r->failed = true;
	return -EBADMSG;
}

int rt_trace_reader_open_mem(const void *buf, size_t len, struct rt_trace_reader **out)
{
	struct rt_trace_reader *r = calloc(1, sizeof(*r));
	if (!r)
		return -ENOMEM;
	r->buf = buf;
	r->len = len;
	*out = r;
	return 0;
}

int rt_trace_reader_open(const char *path, struct rt_trace_reader **out, char *err, size_t errlen)
{
	struct stat st;
	uint8_t *buf = NULL;
	size_t got = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0) {
		rc = -errno;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return rc;
	}
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || (uint64_t)st.st_size > READER_MAX_FILE) {
		snprintf(err, errlen, "%s: not a regular file of at most 1 GiB", path);
		close(fd);
		return -EINVAL;
	}
	buf = malloc(st.st_size ? (size_t)st.st_size : 1);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
		if (n <= 0) {
			rc = n < 0 ? -errno : -EIO;
			snprintf(err, errlen, "%s: read failed", path);
			free(buf);
			close(fd);
			return rc;
		}
		got += (size_t)n;
	}
	close(fd);
	rc = rt_trace_reader_open_mem(buf, got, out);
	if (rc) {
		free(buf);
		return rc;
	}
	(*out)->owned = buf;
	return 0;
}

void rt_trace_reader_close(struct rt_trace_reader *r)
{
	if (!r)
		return;
	free(r->owned);
	free(r->ifs);
	free(r);
}

void rt_trace_reader_rewind(struct rt_trace_reader *r)
{
	r->pos = 0;
	r->nrec = 0;
	r->seen_shb = false;
	r->failed = false;
	r->nifs = 0;
	r->err[0] = 0;
}

const char *rt_trace_reader_error(const struct rt_trace_reader *r)
{
	return r->err;
}

const char *rt_trace_reader_if_name(const struct rt_trace_reader *r, uint32_t ifid)
{
	if (ifid >= r->nifs || !r->ifs[ifid].name[0])
		return NULL;
	return r->ifs[ifid].name;
}

static int parse_idb(struct rt_trace_reader *r, size_t off, const uint8_t *b, size_t len)
{
	struct reader_if *in;
	size_t p = 8;

	if (len < 8)
		return fail(r, off, "interface block body of %zu bytes (needs 8)", len);
	if (pv_get_u16(b) != PVTRACE_LINKTYPE)
		return fail(r, off, "interface %u has link type %u, not %u (LINKTYPE_USER0)",
			    r->nifs, pv_get_u16(b), PVTRACE_LINKTYPE);
	if (r->nifs == READER_MAX_IFS)
		return fail(r, off, "more than %u interfaces", READER_MAX_IFS);
	if (r->nifs == r->capifs) {
		uint32_t cap = r->capifs ? r->capifs * 2 : 8;
		struct reader_if *n = realloc(r->ifs, cap * sizeof(*n));
		if (!n)
			return fail(r, off, "out of memory");
		r->ifs = n;
		r->capifs = cap;
	}
	in = &r->ifs[r->nifs];
	memset(in, 0, sizeof(*in));
	in->ts_mul = 1000; /* default resolution: microseconds */
	in->ts_div = 1;
	while (p + 4 <= len) {
		uint16_t code = pv_get_u16(b + p), olen = pv_get_u16(b + p + 2);
		size_t plen = ((size_t)olen + 3) & ~(size_t)3;
		if (code == 0)
			break;
		if (p + 4 + plen > len)
			return fail(r, off, "interface option %u overruns its block", code);
		const uint8_t *v = b + p + 4;
		if (code == 2) {
			size_t c = olen < sizeof(in->name) - 1 ? olen : sizeof(in->name) - 1;
			memcpy(in->name, v, c);
			in->name[c] = 0;
		} else if (code == 9 && olen >= 1) {
			uint8_t res = v[0];
			uint64_t pw = 1;
			if (res & 0x80)
				return fail(r, off, "if_tsresol power of two is not supported");
			if (res > 18)
				return fail(r, off, "if_tsresol 10^-%u out of range", res);
			for (unsigned i = 0; i < res; i++)
				pw *= 10;
			if (res <= 9) {
				in->ts_mul = 1000000000ull / pw;
				in->ts_div = 1;
			} else {
				in->ts_mul = 1;
				in->ts_div = pw / 1000000000ull;
			}
		}
		p += 4 + plen;
	}
	r->nifs++;
	return 0;
}

static int parse_epb(struct rt_trace_reader *r, size_t off, const uint8_t *b, size_t len,
		     struct rt_trace_rec *rec)
{
	uint32_t ifid, caplen;
	uint64_t ticks;
	enum pv_codec_err e;

	if (len < 20)
		return fail(r, off, "packet block body of %zu bytes (needs 20)", len);
	ifid = pv_get_u32(b);
	caplen = pv_get_u32(b + 12);
	if (ifid >= r->nifs)
		return fail(r, off, "packet on interface %u but only %u declared", ifid, r->nifs);
	if (caplen > len - 20)
		return fail(r, off, "captured length %u overruns its block (%zu bytes left)",
			    caplen, len - 20);
	memset(rec, 0, sizeof(*rec));
	rec->index = ++r->nrec;
	rec->offset = off;
	rec->ifid = ifid;
	ticks = ((uint64_t)pv_get_u32(b + 4) << 32) | pv_get_u32(b + 8);
	rec->ts_ns = ticks / r->ifs[ifid].ts_div * r->ifs[ifid].ts_mul;
	rec->orig_len = pv_get_u32(b + 16);
	rec->raw = b + 20;
	rec->raw_len = caplen;
	e = pvtrace_record_decode(rec->raw, caplen, NULL, &rec->hdr);
	if (e != PV_OK)
		return fail(r, off,
			    "record %llu: record header does not decode (%s; %u bytes captured)",
			    (unsigned long long)rec->index, pv_codec_err_name(e), caplen);
	rec->payload = rec->raw + PVTRACE_RECORD_SIZE;
	rec->payload_len = rec->hdr.payload_len;
	return 0;
}

int rt_trace_reader_next(struct rt_trace_reader *r, struct rt_trace_rec *rec)
{
	if (r->failed)
		return -EBADMSG;
	for (;;) {
		size_t off = r->pos, left = r->len - r->pos;
		uint32_t type, total;
		const uint8_t *b;
		int rc;

		if (left == 0) {
			if (!r->seen_shb)
				return fail(r, off, "empty file (no pcapng section header)");
			return 0;
		}
		if (left < 12)
			return fail(r, off, "truncated block header (%zu bytes left)", left);
		b = r->buf + off;
		type = pv_get_u32(b);
		total = pv_get_u32(b + 4);
		if (!r->seen_shb && type != PCAPNG_SHB)
			return fail(r, off, "not a pcapng file (first block type 0x%08x)", type);
		if (type == PCAPNG_SHB) {
			if (left < 28)
				return fail(r, off, "truncated section header");
			if (pv_get_u32(b + 8) != PCAPNG_BOM)
				return fail(r, off,
					    "byte-order magic 0x%08x: only little-endian pcapng is "
					    "read",
					    pv_get_u32(b + 8));
			if (pv_get_u16(b + 12) != 1)
				return fail(r, off, "pcapng major version %u", pv_get_u16(b + 12));
			r->seen_shb = true;
			r->nifs = 0; /* interfaces are per section */
		}
		if (total < 12 || total % 4)
			return fail(r, off, "block length %u is not a multiple of 4 of at least 12",
				    total);
		if (total > left)
			return fail(r, off, "truncated: block of %u bytes but %zu bytes left",
				    total, left);
		if (pv_get_u32(b + total - 4) != total)
			return fail(r, off, "trailing block length %u differs from %u",
				    pv_get_u32(b + total - 4), total);
		r->pos += total;
		if (type == PCAPNG_IDB) {
			if ((rc = parse_idb(r, off, b + 8, total - 12)))
				return rc;
		} else if (type == PCAPNG_EPB) {
			if ((rc = parse_epb(r, off, b + 8, total - 12, rec)))
				return rc;
			return 1;
		} else if (type == PCAPNG_SPB) {
			return fail(r, off,
				    "simple packet blocks carry no interface or time: not a "
				    "paravisor trace");
		}
		/* Other blocks (name resolution, statistics, custom) are skipped. */
	}
}
