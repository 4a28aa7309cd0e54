/*
 * runtime/trace.c and trace_read.c: records written are read back exactly
 * (headers, payloads, interfaces, nanosecond time), filters keep what they
 * say, concurrent writers produce a well-formed file, and the reader fails
 * cleanly on every truncation and on corrupted lengths.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trace_file.h"
#include "runtime/trace.h"
#include "pv_codec.h"
#include "vmbus_wire.h"
#include "tests/unit/pv_check.h"

static uint8_t *slurp(size_t *len)
{
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	*len = (size_t)ftell(f);
	fseek(f, 0, SEEK_SET);
	uint8_t *b = malloc(*len ? *len : 1);
	ck_assert_uint_eq(fread(b, 1, *len, f), *len);
	fclose(f);
	return b;
}

/* An OFFERCHANNEL for relid with class guid byte g. */
static void offer(uint8_t *m, uint32_t relid, const uint8_t *cls)
{
	uint32_t t = VMBUS_MSG_TYPE_OFFERCHANNEL;
	memset(m, 0, VMBUS_OFFERCHANNEL_SIZE);
	memcpy(m, &t, 4);
	memcpy(m + 8, cls, 16);
	memcpy(m + 184, &relid, 4);
}

static const uint8_t *const storvsc = storvsc_class_scsi.guid;
static const uint8_t other[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

/* A VMBus control message of `type` whose words 2 and 3 (relid, GPADL id) are given. */
static void gpadl_msg(struct rt_trace *t, uint32_t type, uint32_t w2, uint32_t w3)
{
	uint32_t m[4] = {type, 0, w2, w3};

	rt_trace_vmbus(t, PVTRACE_DIR_TO_HOST, m, sizeof(m));
}

/*
 * The GPADL id -> relid map the recorder keeps is guest-fed: ever new ids
 * must not grow it without end (the newest are kept), and TORNDOWN ends an
 * id's entry.
 */
START_TEST(gpadl_map_bounded)
{
	struct rt_trace *t;
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	uint32_t ch[3];
	char err[128];
	int n = 0;

	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	for (uint32_t i = 0; i < 10000; i++)
		gpadl_msg(t, VMBUS_MSG_TYPE_GPADL_HEADER, 7, 1000 + i);
	gpadl_msg(t, VMBUS_MSG_TYPE_GPADL_HEADER, 3, 5);
	gpadl_msg(t, VMBUS_MSG_TYPE_GPADL_BODY, 0, 5);     /* body: id in word 3 */
	gpadl_msg(t, VMBUS_MSG_TYPE_GPADL_TORNDOWN, 5, 0); /* torndown: id in word 2 */
	gpadl_msg(t, VMBUS_MSG_TYPE_GPADL_BODY, 0, 5);
	rt_trace_close(t);
	ck_assert_int_eq(rt_trace_reader_open(path, &r, err, sizeof(err)), 0);
	while (rt_trace_reader_next(r, &rec) == 1)
		if (++n > 10001)
			ch[n - 10002] = rec.hdr.channel;
	ck_assert_int_eq(n, 10004);
	ck_assert_uint_eq(ch[0], 3);
	ck_assert_uint_eq(ch[1], 3);
	ck_assert_uint_eq(ch[2], 0);
	rt_trace_reader_close(r);
}
END_TEST

START_TEST(round_trip)
{
	struct rt_trace *t;
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	uint8_t off[VMBUS_OFFERCHANNEL_SIZE], pkt[40], data[13];
	uint8_t contact[16] = {14, 0, 0, 0, 0, 0, 0, 0, 3, 0, 5, 0};
	char err[128];

	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	offer(off, 5, storvsc);
	rt_trace_vmbus(t, PVTRACE_DIR_TO_HOST, contact, sizeof(contact));
	rt_trace_vmbus(t, PVTRACE_DIR_TO_GUEST, off, sizeof(off));
	memset(pkt, 0xab, sizeof(pkt));
	uint64_t tid = 0x1122334455667788ull;
	memcpy(pkt + 8, &tid, 8);
	rt_trace_ring_rx(t, 5, pkt, sizeof(pkt));
	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)i;
	struct iovec iov = {data, sizeof(data)};
	rt_trace_ring_tx(t, 5, 0xB, 0, 77, 0, &iov, 1);
	rt_trace_close(t);

	ck_assert_int_eq(rt_trace_reader_open(path, &r, err, sizeof(err)), 0);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.index, 1);
	ck_assert_uint_eq(rec.hdr.proto, PVTRACE_PROTO_VMBUS);
	ck_assert_uint_eq(rec.hdr.dir, PVTRACE_DIR_TO_HOST);
	ck_assert_uint_eq(rec.hdr.channel, 0);
	ck_assert_uint_eq(rec.payload_len, sizeof(contact));
	ck_assert_mem_eq(rec.payload, contact, sizeof(contact));
	ck_assert_uint_eq(rec.ifid, 0);
	ck_assert_str_eq(rt_trace_reader_if_name(r, 0), "vmbus control");
	uint64_t t1 = rec.ts_ns;
	ck_assert_uint_gt(t1, 1600000000ull * 1000000000ull); /* ns since the epoch */

	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.hdr.channel, 5); /* an offer is its channel's record */
	ck_assert_uint_eq(rec.ifid, 1);
	ck_assert_str_eq(rt_trace_reader_if_name(r, 1), "relid 5");
	ck_assert_uint_ge(rec.ts_ns, t1);

	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.hdr.proto, PVTRACE_PROTO_VMRING);
	ck_assert_uint_eq(rec.hdr.trans_id, tid);
	ck_assert_uint_eq(rec.ifid, 1);
	ck_assert_mem_eq(rec.payload, pkt, sizeof(pkt));

	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.hdr.dir, PVTRACE_DIR_TO_GUEST);
	ck_assert_uint_eq(rec.hdr.trans_id, 77);
	/* Descriptor built as the ring builds it, payload padded to 8. */
	ck_assert_uint_eq(rec.payload_len, 32);
	ck_assert_uint_eq(rec.payload[0], 0xB);
	ck_assert_uint_eq(rec.payload[2], 2); /* offset8 */
	ck_assert_uint_eq(rec.payload[4], 4); /* len8 */
	ck_assert_mem_eq(rec.payload + 16, data, sizeof(data));
	ck_assert_uint_eq(rec.payload[29], 0);

	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 0);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 0);
	rt_trace_reader_rewind(r);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.index, 1);
	rt_trace_reader_close(r);
}
END_TEST

static unsigned count_records(void)
{
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	char err[128];
	unsigned n = 0;
	int rc;

	ck_assert_int_eq(rt_trace_reader_open(path, &r, err, sizeof(err)), 0);
	while ((rc = rt_trace_reader_next(r, &rec)) == 1)
		n++;
	ck_assert_msg(rc == 0, "%s", rt_trace_reader_error(r));
	rt_trace_reader_close(r);
	return n;
}

START_TEST(filters)
{
	struct rt_trace_filter f;
	struct rt_trace *t;
	uint8_t o1[VMBUS_OFFERCHANNEL_SIZE], o2[VMBUS_OFFERCHANNEL_SIZE], pkt[64] = {6};
	char err[128];
	uint64_t w, d;

	ck_assert_int_eq(rt_trace_filter_parse("relid=1,bogus", &f, err, sizeof(err)), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err, "bogus"));
	ck_assert_int_eq(rt_trace_filter_parse("proto=nvme,proto=what", &f, err, sizeof(err)),
			 -EINVAL);
	ck_assert_int_eq(rt_trace_filter_parse("snap=0", &f, err, sizeof(err)), -EINVAL);

	/* Class filter: the storvsc channel (relid 2) only, plus the connection. */
	ck_assert_int_eq(rt_trace_filter_parse("class=storvsc", &f, err, sizeof(err)), 0);
	ck_assert_int_eq(rt_trace_open(path, &f, &t), 0);
	offer(o1, 1, other);
	offer(o2, 2, storvsc);
	rt_trace_vmbus(t, PVTRACE_DIR_TO_GUEST, o1, sizeof(o1));
	rt_trace_vmbus(t, PVTRACE_DIR_TO_GUEST, o2, sizeof(o2));
	rt_trace_ring_rx(t, 1, pkt, sizeof(pkt));
	rt_trace_ring_rx(t, 2, pkt, sizeof(pkt));
	uint8_t unload[8] = {16};
	rt_trace_vmbus(t, PVTRACE_DIR_TO_HOST, unload, sizeof(unload));
	rt_trace_counts(t, &w, &d);
	rt_trace_close(t);
	ck_assert_uint_eq(w, 3);
	ck_assert_uint_eq(d, 2);
	ck_assert_uint_eq(count_records(), 3);

	/* The same guid in text form, relid filter, proto filter, snap length. */
	char cls[64];
	snprintf(cls, sizeof(cls), "class=%s", storvsc_class_scsi.text);
	ck_assert_int_eq(rt_trace_filter_parse(cls, &f, err, sizeof(err)), 0);
	ck_assert_mem_eq(f.classes[0], storvsc, 16);
	ck_assert_int_eq(
		rt_trace_filter_parse("relid=1,proto=vmring,snap=20", &f, err, sizeof(err)), 0);
	ck_assert_int_eq(rt_trace_open(path, &f, &t), 0);
	rt_trace_vmbus(t, PVTRACE_DIR_TO_GUEST, o1, sizeof(o1)); /* not vmring */
	rt_trace_ring_rx(t, 1, pkt, sizeof(pkt));
	rt_trace_ring_rx(t, 2, pkt, sizeof(pkt)); /* other relid */
	rt_trace_close(t);

	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	ck_assert_int_eq(rt_trace_reader_open(path, &r, err, sizeof(err)), 0);
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 1);
	ck_assert_uint_eq(rec.hdr.channel, 1);
	ck_assert_uint_eq(rec.payload_len, 20);
	ck_assert_uint_eq(rec.hdr.flags, PVTRACE_REC_FLAGS_TRUNCATED);
	ck_assert_uint_eq(rec.orig_len, PVTRACE_RECORD_SIZE + sizeof(pkt));
	ck_assert_int_eq(rt_trace_reader_next(r, &rec), 0);
	rt_trace_reader_close(r);
}
END_TEST

struct writer_arg {
	struct rt_trace *t;
	uint32_t relid;
};

#define WRITES 5000

static void *writer(void *p)
{
	struct writer_arg *a = p;
	uint8_t pkt[48];
	for (uint64_t i = 0; i < WRITES; i++) {
		memset(pkt, (int)a->relid, sizeof(pkt));
		memcpy(pkt + 8, &i, 8);
		rt_trace_ring_rx(a->t, a->relid, pkt, 16 + (i % 4) * 8);
	}
	return NULL;
}

START_TEST(concurrent_writers)
{
	struct rt_trace *t;
	pthread_t th[4];
	struct writer_arg a[4];
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	uint64_t next[5] = {0};
	char err[128];
	int rc;

	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	for (int i = 0; i < 4; i++) {
		a[i] = (struct writer_arg){t, (uint32_t)i + 1};
		pthread_create(&th[i], NULL, writer, &a[i]);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	rt_trace_close(t);

	/* Every record whole, each thread's records in its own order. */
	ck_assert_int_eq(rt_trace_reader_open(path, &r, err, sizeof(err)), 0);
	unsigned n = 0;
	while ((rc = rt_trace_reader_next(r, &rec)) == 1) {
		uint32_t ch = rec.hdr.channel;
		ck_assert_uint_ge(ch, 1);
		ck_assert_uint_le(ch, 4);
		ck_assert_uint_eq(rec.hdr.trans_id, next[ch]);
		ck_assert_uint_eq(rec.payload[0], ch);
		next[ch]++;
		n++;
	}
	ck_assert_msg(rc == 0, "%s", rt_trace_reader_error(r));
	ck_assert_uint_eq(n, 4 * WRITES);
	rt_trace_reader_close(r);
}
END_TEST

/* Reads everything; returns records read, or -1 after a reported error. */
static int read_all(const uint8_t *b, size_t len)
{
	struct rt_trace_reader *r;
	struct rt_trace_rec rec;
	int rc, n = 0;
	ck_assert_int_eq(rt_trace_reader_open_mem(b, len, &r), 0);
	while ((rc = rt_trace_reader_next(r, &rec)) == 1)
		n++;
	if (rc < 0) {
		ck_assert_int_eq(rc, -EBADMSG);
		ck_assert_ptr_nonnull(strstr(rt_trace_reader_error(r), "offset "));
		n = -1;
	}
	rt_trace_reader_close(r);
	return n;
}

START_TEST(truncation_and_corruption)
{
	struct rt_trace *t;
	uint8_t pkt[40] = {6, 0, 2, 0, 5, 0};
	size_t len;

	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	for (int i = 0; i < 3; i++)
		rt_trace_ring_rx(t, 1, pkt, sizeof(pkt));
	rt_trace_close(t);
	uint8_t *b = slurp(&len);
	ck_assert_int_eq(read_all(b, len), 3);

	/* Every prefix: either a clean end at a block boundary or a reported error. */
	for (size_t cut = 0; cut < len; cut++) {
		uint8_t *c = malloc(cut ? cut : 1);
		memcpy(c, b, cut);
		int n = read_all(c, cut);
		ck_assert_msg(n < 3, "prefix %zu read %d records", cut, n);
		free(c);
	}
	/* Every single-byte corruption: never a crash, never more than 3 records. */
	for (size_t i = 0; i < len; i++) {
		uint8_t *c = malloc(len);
		memcpy(c, b, len);
		c[i] ^= 0xff;
		ck_assert_int_le(read_all(c, len), 3);
		free(c);
	}
	/* Specific errors say what is wrong. */
	{
		struct rt_trace_reader *r;
		struct rt_trace_rec rec;
		uint8_t *c = malloc(len);
		memcpy(c, b, len);
		c[0] = 0x77; /* not an SHB */
		ck_assert_int_eq(rt_trace_reader_open_mem(c, len, &r), 0);
		ck_assert_int_eq(rt_trace_reader_next(r, &rec), -EBADMSG);
		ck_assert_ptr_nonnull(strstr(rt_trace_reader_error(r), "not a pcapng file"));
		rt_trace_reader_close(r);
		ck_assert_int_eq(rt_trace_reader_open_mem(b, len - 2, &r), 0);
		while (rt_trace_reader_next(r, &rec) == 1)
			;
		ck_assert_ptr_nonnull(strstr(rt_trace_reader_error(r), "truncated"));
		rt_trace_reader_close(r);
		free(c);
	}
	free(b);
}
END_TEST

START_TEST(open_errors)
{
	struct rt_trace *t;
	struct rt_trace_reader *r;
	char err[128];
	ck_assert_int_eq(rt_trace_open("/nonexistent-dir/x.pcapng", NULL, &t), -ENOENT);
	ck_assert_int_eq(rt_trace_reader_open("/nonexistent-dir/x.pcapng", &r, err, sizeof(err)),
			 -ENOENT);
	ck_assert_ptr_nonnull(strstr(err, "nonexistent"));
	ck_assert_int_eq(read_all((const uint8_t *)"", 0), -1);
}
END_TEST

/* Filter items at and past their limits, and what is not an item. */
static const struct filter_case {
	const char *s;
	int rc;
} filter_cases[] = {
	{NULL, 0},
	{"", 0},
	{"relid=1,relid=2,relid=3,relid=4,relid=5,relid=6,relid=7,relid=8,relid=9,relid=10,"
	 "relid=11,relid=12,relid=13,relid=14,relid=15,relid=0x10",
	 0},
	{"relid=1,relid=2,relid=3,relid=4,relid=5,relid=6,relid=7,relid=8,relid=9,relid=10,"
	 "relid=11,relid=12,relid=13,relid=14,relid=15,relid=16,relid=17",
	 -EINVAL},
	{"class=storvsc,class=netvsc,class=storvsc,class=netvsc,class=storvsc,class=netvsc,"
	 "class=storvsc,class=netvsc",
	 0},
	{"class=storvsc,class=netvsc,class=storvsc,class=netvsc,class=storvsc,class=netvsc,"
	 "class=storvsc,class=netvsc,class=storvsc",
	 -EINVAL},
	{"relid=", -EINVAL},
	{"relid=4294967296", -EINVAL},
	{"relid=-1", -EINVAL},
	{"relid=7x", -EINVAL},
	{"class=nonsense", -EINVAL},
	{"class=ba6163d9-04a1-4d29-b605-72e2ffb1dc7", -EINVAL},
	{"proto=", -EINVAL},
	{"proto=RNDIS,proto=nvsp", 0},
	{"snap=abc", -EINVAL},
	{"snap=4294967296", -EINVAL},
	{"relid", -EINVAL},
};

START_TEST(filter_limits)
{
	const struct filter_case *c = &filter_cases[_i];
	struct rt_trace_filter f;
	char err[128] = "";

	ck_assert_msg(rt_trace_filter_parse(c->s, &f, err, sizeof(err)) == c->rc, "'%s'", c->s);
	if (c->rc)
		ck_assert_ptr_nonnull(strstr(err, "bad trace filter item"));
}
END_TEST

/*
 * A stopped trace writes nothing but learns each channel's class from the
 * offers, so a class filter given when it starts later keeps that channel.
 * One sink at a time (-EBUSY); stop is a no-op when stopped.
 */
START_TEST(stopped_then_started)
{
	struct rt_trace *t;
	struct rt_trace_filter f;
	uint8_t o[VMBUS_OFFERCHANNEL_SIZE], pkt[32] = {6};
	uint64_t w, d;

	ck_assert_int_eq(rt_trace_new(&t), 0);
	ck_assert(!rt_trace_active(t));
	rt_trace_stop(t);
	offer(o, 3, storvsc);
	rt_trace_vmbus(t, PVTRACE_DIR_TO_GUEST, o, sizeof(o));
	rt_trace_ring_rx(t, 3, pkt, sizeof(pkt));
	rt_trace_counts(t, &w, &d);
	ck_assert_uint_eq(w, 0);
	ck_assert_int_eq(rt_trace_filter_parse("class=storvsc", &f, NULL, 0), 0);
	ck_assert_int_eq(rt_trace_start(t, path, &f), 0);
	ck_assert(rt_trace_active(t));
	ck_assert_int_eq(rt_trace_start(t, path, &f), -EBUSY);
	rt_trace_ring_rx(t, 3, pkt, sizeof(pkt)); /* the class was learned while stopped */
	rt_trace_ring_rx(t, 4, pkt, sizeof(pkt)); /* no offer seen: not storvsc */
	rt_trace_stop(t);
	ck_assert(!rt_trace_active(t));
	rt_trace_ring_rx(t, 3, pkt, sizeof(pkt)); /* stopped again: not written */
	rt_trace_close(t);
	ck_assert_uint_eq(count_records(), 1);
	rt_trace_close(NULL);
}
END_TEST

/* Reads what the pipe holds now, appending to buf at *len. */
static void pipe_take(int fd, uint8_t *buf, size_t cap, size_t *len)
{
	ssize_t n;

	while (*len < cap && (n = read(fd, buf + *len, cap - *len)) > 0)
		*len += (size_t)n;
}

/*
 * A live sink (a pipe whose reader is slow): the recorder never blocks,
 * drops what does not fit and counts it, and the reader always gets whole
 * pcapng blocks, also across a stop and a new start on the same pipe.
 */
START_TEST(live_sink)
{
	static uint8_t got[4u << 20];
	size_t len = 0;
	struct rt_trace *t;
	uint8_t pkt[100]; /* blocks of 156 bytes: the pipe's 4 KiB ends inside one */
	uint64_t w, d;
	int p[2], n;

	ck_assert_int_eq(pipe2(p, O_CLOEXEC), 0);
	ck_assert_int_gt(fcntl(p[0], F_SETFL, O_NONBLOCK), -1);
	ck_assert_int_gt(fcntl(p[1], F_SETPIPE_SZ, 4096), 0);
	ck_assert_int_eq(rt_trace_new(&t), 0);
	ck_assert_int_eq(rt_trace_start_fd(t, p[1], false, NULL), 0);
	ck_assert(fcntl(p[1], F_GETFL) & O_NONBLOCK);
	memset(pkt, 0x5a, sizeof(pkt));
	for (int i = 0; i < 8000; i++) /* 1.2 MB into 1 MiB of buffer and 4 KiB of pipe */
		rt_trace_ring_rx(t, 1, pkt, sizeof(pkt));
	rt_trace_counts(t, &w, &d);
	ck_assert_uint_gt(d, 0);
	ck_assert_uint_eq(w + d, 8000);
	pipe_take(p[0], got, sizeof(got), &len);
	rt_trace_stop(t); /* what fits now, not waiting for the reader */
	pipe_take(p[0], got, sizeof(got), &len);
	/* A second section on the same pipe. */
	ck_assert_int_eq(rt_trace_start_fd(t, p[1], false, NULL), 0);
	rt_trace_ring_rx(t, 1, pkt, 8);
	rt_trace_stop(t);
	pipe_take(p[0], got, sizeof(got), &len);
	rt_trace_close(t);
	close(p[1]);
	close(p[0]);
	n = read_all(got, len);
	ck_assert_msg(n > 0, "the stream a slow reader got does not parse");
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(round_trip),
		PV_CASE(gpadl_map_bounded),
		PV_CASE(filters),
		PV_CASE(concurrent_writers),
		PV_CASE(truncation_and_corruption),
		PV_CASE(open_errors),
		PV_LOOP(filter_limits, sizeof(filter_cases) / sizeof(filter_cases[0])),
		PV_CASE(stopped_then_started),
		PV_CASE(live_sink),
		{0}};

	return pv_check_run_opts("trace", cases,
				 &(struct pv_check_opts){.timeout = 60,
							 .setup = trace_file_setup,
							 .teardown = trace_file_teardown});
}
