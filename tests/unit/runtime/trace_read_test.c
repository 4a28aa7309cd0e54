/* SPDX-License-Identifier: MIT */
/*
 * Tests for runtime/trace_read.c, driven directly with pcapng files built
 * here block by block (docs/TRACE-FORMAT.md): what a well-formed file reads
 * as (records, interfaces and their names, time at each if_tsresol, blocks
 * skipped, sections), and one malformed file per error the reader reports,
 * each with its byte offset; a failed reader stays failed until rewound.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pv_codec.h"
#include "pvtrace_codec.h"
#include "runtime/trace.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

/* pcapng block types and the byte-order magic (the pcapng specification). */
enum { SHB = 0x0A0D0D0A, IDB = 1, SPB = 3, NRB = 4, EPB = 6, BOM = 0x1A2B3C4D };

/* A file under construction. */
struct pf {
	uint8_t b[1u << 17];
	size_t n;
};

static void put32(struct pf *f, uint32_t v)
{
	ck_assert_uint_le(f->n + 4, sizeof(f->b));
	pv_put_u32(f->b + f->n, v);
	f->n += 4;
}

/* One block: type, total length, body padded to 4, total length again. */
static void block(struct pf *f, uint32_t type, const void *body, size_t len)
{
	uint32_t total = (uint32_t)(12 + ((len + 3) & ~(size_t)3));

	put32(f, type);
	put32(f, total);
	ck_assert_uint_le(f->n + total, sizeof(f->b));
	memset(f->b + f->n, 0, total - 12);
	memcpy(f->b + f->n, body, len);
	f->n += total - 12;
	put32(f, total);
}

static void shb(struct pf *f)
{
	uint8_t body[16] = {0};

	pv_put_u32(body, BOM);
	pv_put_u16(body + 4, 1);          /* major */
	pv_put_u64(body + 8, UINT64_MAX); /* section length: unknown */
	block(f, SHB, body, sizeof(body));
}

/* An IDB with link type `lt`, an if_name `name` (NULL: none) and an if_tsresol `res` (<0: none). */
static void idb(struct pf *f, uint16_t lt, const char *name, int res)
{
	uint8_t body[128] = {0};
	size_t p = 8;

	pv_put_u16(body, lt);
	if (name) {
		size_t l = strlen(name);

		pv_put_u16(body + p, 2);
		pv_put_u16(body + p + 2, (uint16_t)l);
		memcpy(body + p + 4, name, l);
		p += 4 + ((l + 3) & ~(size_t)3);
	}
	if (res >= 0) {
		pv_put_u16(body + p, 9);
		pv_put_u16(body + p + 2, 1);
		body[p + 4] = (uint8_t)res;
		p += 8;
	}
	block(f, IDB, body, p + 4); /* opt_endofopt */
}

/* An EPB on `ifid` at `ticks` holding a pvtrace record of `plen` payload bytes. */
static void epb(struct pf *f, uint32_t ifid, uint64_t ticks, uint32_t plen)
{
	uint8_t body[20 + PVTRACE_RECORD_SIZE + 64] = {0};
	struct pvtrace_record h = {.proto = PVTRACE_PROTO_VMRING,
				   .dir = PVTRACE_DIR_TO_HOST,
				   .channel = ifid,
				   .trans_id = ticks,
				   .payload_len = plen};
	uint32_t cap = PVTRACE_RECORD_SIZE + plen;

	ck_assert_uint_le(cap, sizeof(body) - 20);
	pv_put_u32(body, ifid);
	pv_put_u32(body + 4, (uint32_t)(ticks >> 32));
	pv_put_u32(body + 8, (uint32_t)ticks);
	pv_put_u32(body + 12, cap);
	pv_put_u32(body + 16, cap);
	ck_assert_int_eq(pvtrace_record_encode(&h, body + 20, PVTRACE_RECORD_SIZE),
			 PVTRACE_RECORD_SIZE);
	for (uint32_t i = 0; i < plen; i++)
		body[20 + PVTRACE_RECORD_SIZE + i] = (uint8_t)(0xa0 + i);
	block(f, EPB, body, 20 + cap);
}

/* The usual start: a section and one interface in nanoseconds. */
static struct pf *file_new(void)
{
	static struct pf f;

	memset(&f, 0, sizeof(f));
	shb(&f);
	idb(&f, PVTRACE_LINKTYPE, "vmbus control", 9);
	return &f;
}

static struct rt_trace_reader *reader(const struct pf *f)
{
	struct rt_trace_reader *r;

	ck_assert_int_eq(rt_trace_reader_open_mem(f->b, f->n, &r), 0);
	return r;
}

START_TEST(records_interfaces_and_time)
{
	struct pf *f = file_new();
	size_t second;
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;

	idb(f, PVTRACE_LINKTYPE, NULL, -1);      /* default: microseconds */
	idb(f, PVTRACE_LINKTYPE, "relid 7", 12); /* picoseconds */
	block(f, NRB, "\0\0\0\0", 4);            /* skipped */
	epb(f, 0, 5000000000ull, 3);
	second = f->n;
	epb(f, 1, 7, 0);
	epb(f, 2, 9000, 1);
	r = reader(f);
	for (int pass = 0; pass < 2; pass++) {
		ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
		ck_assert_uint_eq(rec.index, 1);
		ck_assert_uint_eq(rec.ifid, 0);
		ck_assert_uint_eq(rec.ts_ns, 5000000000ull);
		ck_assert_uint_eq(rec.hdr.proto, PVTRACE_PROTO_VMRING);
		ck_assert_uint_eq(rec.payload_len, 3);
		ck_assert_uint_eq(rec.raw_len, PVTRACE_RECORD_SIZE + 3);
		ck_assert_uint_eq(rec.payload[2], 0xa2);
		ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
		ck_assert_uint_eq(rec.offset, second);
		ck_assert_uint_eq(rec.ts_ns, 7000);
		ck_assert_uint_eq(rec.payload_len, 0);
		ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
		ck_assert_uint_eq(rec.index, 3);
		ck_assert_uint_eq(rec.ts_ns, 9); /* 9000 ps */
		ck_assert_int_eq(rt_trace_reader_next(r, &rec), 0);
		ck_assert_int_eq(rt_trace_reader_next(r, &rec), 0); /* the end stays the end */
		ck_assert_str_eq(rt_trace_reader_error(r), "");
		ck_assert_str_eq(rt_trace_reader_if_name(r, 0), "vmbus control");
		ck_assert_ptr_null(rt_trace_reader_if_name(r, 1));
		ck_assert_str_eq(rt_trace_reader_if_name(r, 2), "relid 7");
		ck_assert_ptr_null(rt_trace_reader_if_name(r, 3));
		rt_trace_reader_rewind(r);
	}
	rt_trace_reader_close(r);
}
END_TEST

/* Interfaces belong to their section: a second section starts from none. */
START_TEST(sections_restart_interfaces)
{
	struct pf *f = file_new();
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;

	epb(f, 0, 1, 0);
	shb(f);
	idb(f, PVTRACE_LINKTYPE, "second", 9);
	epb(f, 0, 2, 0);
	r = reader(f);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.index, 2);
	ck_assert_str_eq(rt_trace_reader_if_name(r, 0), "second");
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 0);
	rt_trace_reader_close(r);
	/* The same with no interface in the second section: its packet names none. */
	f = file_new();
	epb(f, 0, 1, 0);
	shb(f);
	epb(f, 0, 2, 0);
	r = reader(f);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), -EBADMSG);
	ck_assert_ptr_nonnull(strstr(rt_trace_reader_error(r), "interface 0 but only 0 declared"));
	rt_trace_reader_close(r);
}
END_TEST

/*
 * The malformed files: each a well-formed start (a section, an interface and
 * one record) and then one defect, made by one of the makers below from its
 * table row; a maker returns the offset of the block the error must name.
 */
struct bad_file {
	const char *name;
	size_t (*make)(struct pf *f, const struct bad_file *c);
	bool reset;        /* the defect replaces the good start */
	uint32_t words[5]; /* words(): raw 32-bit words */
	unsigned nwords;   /* words() */
	uint32_t type;     /* raw_block(): a block of `len` zero bytes */
	size_t len;        /* raw_block() */
	uint16_t linktype; /* interface(): an IDB of this link type */
	int res;           /* interface(): its if_tsresol, <0 none */
	uint32_t plen;     /* epb_word(): an EPB of this payload length... */
	size_t word;       /* epb_word(): ...whose 32-bit word at this byte... */
	uint32_t value;    /* epb_word(): ...is then this; shb_word() likewise */
	const char *error;
};

static size_t start(struct pf *f, const struct bad_file *c)
{
	if (c->reset)
		f->n = 0;
	return f->n;
}

static size_t words(struct pf *f, const struct bad_file *c)
{
	size_t at = start(f, c);

	for (unsigned i = 0; i < c->nwords; i++)
		put32(f, c->words[i]);
	return at;
}

static size_t raw_block(struct pf *f, const struct bad_file *c)
{
	static const uint8_t zeros[16];
	size_t at = start(f, c);

	ck_assert_uint_le(c->len, sizeof(zeros));
	block(f, c->type, zeros, c->len);
	return at;
}

static size_t interface(struct pf *f, const struct bad_file *c)
{
	size_t at = start(f, c);

	idb(f, c->linktype, NULL, c->res);
	return at;
}

static size_t shb_word(struct pf *f, const struct bad_file *c)
{
	f->n = 0;
	shb(f);
	pv_put_u32(f->b + c->word, c->value);
	return 0;
}

static size_t epb_word(struct pf *f, const struct bad_file *c)
{
	size_t at = start(f, c);

	epb(f, 0, 1, c->plen);
	pv_put_u32(f->b + at + c->word, c->value);
	return at;
}

static size_t option_overrun(struct pf *f, const struct bad_file *c)
{
	uint8_t body[16] = {0};
	size_t at = start(f, c);

	pv_put_u16(body, PVTRACE_LINKTYPE);
	pv_put_u16(body + 8, 2);
	pv_put_u16(body + 10, 200); /* if_name of 200 bytes in a 16-byte body */
	block(f, IDB, body, sizeof(body));
	return at;
}

static size_t too_many_interfaces(struct pf *f, const struct bad_file *c)
{
	size_t at = start(f, c);

	for (int i = 1; i <= 4096; i++) { /* the file already declares one */
		at = f->n;
		idb(f, PVTRACE_LINKTYPE, NULL, -1);
	}
	return at;
}

/* Byte offsets in an EPB: the body after type and length; the record after 20 bytes of it. */
#define EPB_BODY 8
#define EPB_REC (EPB_BODY + 20)

static const struct bad_file bad_files[] = {
	{"empty", words, .reset = true, .error = "empty file (no pcapng section header)"},
	{"short block header", words, .words = {EPB, 32}, .nwords = 2,
	 .error = "truncated block header (8 bytes left)"},
	{"first block not a section", interface, .reset = true, .linktype = PVTRACE_LINKTYPE,
	 .res = -1, .error = "not a pcapng file (first block type 0x00000001)"},
	{"short section header", words, .reset = true, .words = {SHB, 24, BOM, 1, 24}, .nwords = 5,
	 .error = "truncated section header"},
	{"big-endian", shb_word, .word = 8, .value = 0x4D3C2B1A,
	 .error = "only little-endian pcapng is read"},
	{"major version 2", shb_word, .word = 12, .value = 2, .error = "pcapng major version 2"},
	{"length not a multiple of 4", epb_word, .word = 4, .value = 50,
	 .error = "block length 50 is not"},
	{"length below 12", words, .words = {NRB, 8, 8}, .nwords = 3,
	 .error = "block length 8 is not"},
	{"length past the end", epb_word, .word = 4, .value = 4096,
	 .error = "truncated: block of 4096 bytes"},
	{"trailing length", epb_word, .word = EPB_REC + PVTRACE_RECORD_SIZE, .value = 12,
	 .error = "trailing block length 12 differs"},
	{"IDB of 4 bytes", raw_block, .type = IDB, .len = 4,
	 .error = "interface block body of 4 bytes (needs 8)"},
	{"link type", interface, .linktype = 1, .res = -1,
	 .error = "interface 1 has link type 1, not 147"},
	{"option overruns", option_overrun, .error = "interface option 2 overruns its block"},
	{"if_tsresol power of two", interface, .linktype = PVTRACE_LINKTYPE, .res = 0x80 | 10,
	 .error = "power of two is not supported"},
	{"if_tsresol 10^-19", interface, .linktype = PVTRACE_LINKTYPE, .res = 19,
	 .error = "if_tsresol 10^-19 out of range"},
	{"4097 interfaces", too_many_interfaces, .error = "more than 4096 interfaces"},
	{"simple packet block", raw_block, .type = SPB, .len = 4,
	 .error = "simple packet blocks carry no interface"},
	{"EPB of 8 bytes", raw_block, .type = EPB, .len = 8,
	 .error = "packet block body of 8 bytes (needs 20)"},
	{"EPB on an undeclared interface", epb_word, .word = EPB_BODY, .value = 1,
	 .error = "interface 1 but only 1"},
	{"captured length", epb_word, .plen = 4, .word = EPB_BODY + 12, .value = 1000,
	 .error = "captured length 1000 overruns its block"},
	{"record payload length", epb_word, .plen = 4, .word = EPB_REC + 16, .value = 5,
	 .error = "(PV_ERR_SHORT; 28 bytes captured)"},
	{"record shorter than its header", epb_word, .word = EPB_BODY + 12,
	 .value = PVTRACE_RECORD_SIZE - 1, .error = "PV_ERR_SHORT; 23 bytes"},
};

/*
 * Each malformed file: the good records before the defect, then -EBADMSG with
 * the offset of the bad block and what is wrong; the reader stays failed, and
 * a rewind reads it the same way again.
 */
START_TEST(malformed)
{
	const struct bad_file *c = &bad_files[_i];
	struct pf *f = file_new();
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	char where[32];
	size_t at;

	epb(f, 0, 1, 2);
	at = c->make(f, c);
	snprintf(where, sizeof(where), "offset %zu: ", at);
	r = reader(f);
	for (int pass = 0; pass < 2; pass++) {
		int n = 0, rc;

		while ((rc = rt_trace_reader_next(r, &rec)) == 1)
			n++;
		ck_assert_msg(rc == -EBADMSG, "%s: %d", c->name, rc);
		ck_assert_int_eq(n, at ? 1 : 0); /* the good record, if the start is kept */
		ck_assert_msg(strstr(rt_trace_reader_error(r), c->error) &&
				      !strncmp(rt_trace_reader_error(r), where, strlen(where)),
			      "%s: '%s', wanted '%s%s'", c->name, rt_trace_reader_error(r), where,
			      c->error);
		ck_assert_int_eq(rt_trace_reader_next(r, &rec), -EBADMSG);
		rt_trace_reader_rewind(r);
		ck_assert_str_eq(rt_trace_reader_error(r), "");
	}
	rt_trace_reader_close(r);
}
END_TEST

/* rt_trace_reader_open: a file's contents read whole; what is not a regular file is refused. */
START_TEST(open_file)
{
	struct pf *f = file_new();
	char path[] = "/tmp/trace_read_test.XXXXXX", err[160];
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	epb(f, 0, 1, 5);
	ck_assert_int_eq(write(fd, f->b, f->n), (ssize_t)f->n);
	close(fd);
	ck_assert_int_eq(rt_trace_reader_open(path, &r, err, sizeof(err)), 0);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.payload_len, 5);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 0);
	rt_trace_reader_close(r);
	unlink(path);
	ck_assert_int_eq(rt_trace_reader_open(path, &r, err, sizeof(err)), -ENOENT);
	ck_assert_ptr_nonnull(strstr(err, path));
	ck_assert_int_eq(rt_trace_reader_open("/tmp", &r, err, sizeof(err)), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err, "not a regular file"));
	rt_trace_reader_close(NULL);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(records_interfaces_and_time),
					      PV_CASE(sections_restart_interfaces),
					      PV_LOOP(malformed, RT_ARRAY_SIZE(bad_files)),
					      PV_CASE(open_file),
					      {0}};

	return pv_check_run("trace_read", cases);
}
