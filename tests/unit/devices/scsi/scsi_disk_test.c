/* SPDX-License-Identifier: MIT */
/* Tests for devices/scsi/scsi_disk.c: every command's exact response and sense bytes. */
#include <check.h>
#include <errno.h>
#include <ev.h>
#include <stdlib.h>
#include <string.h>

#include "devices/scsi/scsi_disk.h"
#include "runtime/loop.h"
#include "tests/unit/test_wait.h"
#include "tests/unit/pv_check.h"

#define NBLOCKS 2048 /* 1 MiB memory disk */

/* Failures name the calling line. */
#define assert_check(...) assert_check_at(__LINE__, __VA_ARGS__)
#define assert_good(...) assert_good_at(__LINE__, __VA_ARGS__)
#define expect_in(...) expect_in_at(__LINE__, __VA_ARGS__)
#define expect_good(...) expect_good_at(__LINE__, __VA_ARGS__)
#define expect_check(...) expect_check_at(__LINE__, __VA_ARGS__)

static struct ev_loop *loop;
static struct disk *dk;
static struct scsi_disk *sd;

struct tres {
	int done;
	struct scsi_result r;
};

static void tcb(void *ctx, struct scsi_cmd *cmd)
{
	struct tres *t = ctx;

	t->done++;
	t->r = cmd->result;
}

/* How many of the n commands have completed. */
static int tres_done(const struct tres *t, int n)
{
	int done = 0;

	for (int i = 0; i < n; i++)
		done += t[i].done;
	return done;
}

static void setup_flags(uint32_t oflags)
{
	struct scsi_disk_params p = {.lun = 3, .serial = "PV-0001"};

	loop = rt_loop_new();
	ck_assert_ptr_nonnull(loop);
	ck_assert_int_eq(disk_mem_open(NBLOCKS * 512, oflags, loop, &dk), 0);
	ck_assert_int_eq(scsi_disk_create(dk, &p, &sd), 0);
}

static void setup(void)
{
	setup_flags(0);
}

static void teardown(void)
{
	ck_assert_uint_eq(scsi_disk_inflight(sd), 0);
	scsi_disk_destroy(sd);
	disk_close(dk);
	rt_loop_destroy(loop);
}

/* Runs one CDB with a single-segment buffer and returns its result. */
static struct scsi_result run(const uint8_t *cdb, uint8_t cdb_len, uint8_t dir, void *buf,
			      uint32_t xfer)
{
	struct tres t = {0};
	struct disk_seg seg = {.gpa = 0x1000, .va = buf, .len = xfer};
	struct scsi_cmd cmd = {.cdb = cdb,
			       .cdb_len = cdb_len,
			       .dir = dir,
			       .xfer_len = xfer,
			       .segs = xfer ? &seg : NULL,
			       .nsegs = xfer ? 1 : 0,
			       .cb = tcb,
			       .ctx = &t};

	ck_assert_int_eq(scsi_disk_execute(sd, &cmd), 0);
	/* Async contract: never from inside execute. */
	ck_assert_int_eq(t.done, 0);
	WAIT_UNTIL(loop, t.done);
	ck_assert_int_eq(t.done, 1);
	return t.r;
}

static void assert_good_at(int line, const struct scsi_result *r, uint32_t transferred,
			   uint32_t residual)
{
	ck_assert_msg(r->status == SCSI_STATUS_GOOD, "line %d: status %u", line, r->status);
	ck_assert_uint_eq(r->status, SCSI_STATUS_GOOD);
	ck_assert_uint_eq(r->sense_len, 0);
	ck_assert_uint_eq(r->transferred, transferred);
	ck_assert_uint_eq(r->residual, residual);
}

/* CHECK CONDITION with fixed-format sense: key/asc/ascq and sense-key specific bytes. */
static void assert_check_at(int line, const struct scsi_result *r, uint8_t key, uint8_t asc,
			    uint8_t ascq, const uint8_t sks[3], uint32_t xfer)
{
	uint8_t want[18] = {0x70, 0, key, 0, 0, 0, 0, 10, 0, 0, 0, 0, asc, ascq, 0, 0, 0, 0};

	if (sks)
		memcpy(&want[15], sks, 3);
	ck_assert_msg(r->status == SCSI_STATUS_CHECK_CONDITION, "line %d: status %u", line,
		      r->status);
	ck_assert_uint_eq(r->sense_len, 18);
	ck_assert_mem_eq(r->sense, want, 18);
	ck_assert_uint_eq(r->transferred, 0);
	ck_assert_uint_eq(r->residual, xfer);
}

/* A command that ends in CHECK CONDITION with this sense (see assert_check_at). */
static void expect_check_at(int line, const uint8_t *cdb, uint8_t cdb_len, uint8_t dir, void *buf,
			    uint32_t xfer, uint8_t key, uint8_t asc, uint8_t ascq,
			    const uint8_t sks[3])
{
	struct scsi_result r = run(cdb, cdb_len, dir, buf, xfer);

	assert_check_at(line, &r, key, asc, ascq, sks, xfer);
}

/* A command without data that completes GOOD. */
static void expect_good_at(int line, const uint8_t *cdb, uint8_t cdb_len)
{
	struct scsi_result r = run(cdb, cdb_len, SCSI_DIR_NONE, NULL, 0);

	assert_good_at(line, &r, 0, 0);
}

/* An IN command whose answer, in buf (xfer bytes), is exactly the len bytes of want. */
static void expect_in_at(int line, const uint8_t *cdb, uint8_t cdb_len, uint8_t *buf, uint32_t xfer,
			 const uint8_t *want, uint32_t len)
{
	struct scsi_result r = run(cdb, cdb_len, SCSI_DIR_IN, buf, xfer);

	assert_good_at(line, &r, len, xfer - len);
	for (uint32_t i = 0; i < len; i++)
		ck_assert_msg(buf[i] == want[i], "line %d: byte %u is 0x%02x, not 0x%02x", line, i,
			      buf[i], want[i]);
}

static const uint8_t sks_byte2[3] = {0xC0, 0x00, 0x02};

START_TEST(inquiry_standard)
{
	const uint8_t cdb[6] = {0x12, 0, 0, 0, 36, 0};
	const uint8_t cdb5[6] = {0x12, 0, 0, 0, 5, 0};
	static const uint8_t want[36] = {0x00, 0x00, 0x06, 0x12, 31,  0x00, 0x00, 0x02, 'M',
					 's',  'f',  't',  ' ',  ' ', ' ',  ' ',  'V',  'i',
					 'r',  't',  'u',  'a',  'l', ' ',  'D',  'i',  's',
					 'k',  ' ',  ' ',  ' ',  ' ', '1',  '.',  '0',  ' '};
	uint8_t buf[96];

	memset(buf, 0xEE, sizeof(buf));
	expect_in(cdb, 6, buf, 96, want, 36);
	ck_assert_uint_eq(buf[36], 0xEE);
	/* No buffer at all: nothing moves, and INQUIRY still succeeds (the guest forces it to). */
	expect_good(cdb, 6);
	/* A buffer declared data-out: refused rather than written. */
	expect_check(cdb, 6, SCSI_DIR_OUT, buf, 36, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC0, 0, 0}));
	/* Allocation length honoured. */
	memset(buf, 0xEE, sizeof(buf));
	expect_in(cdb5, 6, buf, 36, want, 5);
	ck_assert_uint_eq(buf[5], 0xEE);
}
END_TEST

START_TEST(inquiry_vpd)
{
	uint8_t cdb[6] = {0x12, 0x01, 0x00, 0x00, 0xFF, 0};
	static const uint8_t p00[10] = {0, 0x00, 0, 6, 0x00, 0x80, 0x83, 0xB0, 0xB1, 0xB2};
	static const uint8_t p80[11] = {0, 0x80, 0, 7, 'P', 'V', '-', '0', '0', '0', '1'};
	static const uint8_t p83_t10[19] = {0x02, 0x01, 0,   15,  'M', 's', 'f', 't', ' ', ' ',
					    ' ',  ' ',  'P', 'V', '-', '0', '0', '0', '1'};
	uint8_t b0[64] = {0,         0xB0,     0,        0x3C, 0x01, 0, 0,        1,    0, 0,
			  0x10,      0,        0,        0,    0x10, 0, [20] = 0, 0x40, 0, 0,
			  [27] = 64, [31] = 8, [36] = 0, 0,    0,    0, 0,        0x40, 0, 0};
	uint8_t b1[64] = {0, 0xB1, 0, 0x3C, 0, 1};
	static const uint8_t b2[8] = {0, 0xB2, 0, 4, 0, 0xE4, 0x02, 0};
	uint8_t buf[255];
	struct scsi_result r;

	expect_in(cdb, 6, buf, 255, p00, 10);
	cdb[2] = 0x80;
	expect_in(cdb, 6, buf, 255, p80, 11);
	cdb[2] = 0x83;
	r = run(cdb, 6, SCSI_DIR_IN, buf, 255);
	assert_good(&r, 4 + 12 + 19, 255 - 35);
	ck_assert_mem_eq(buf, ((const uint8_t[]){0, 0x83, 0, 31, 0x01, 0x03, 0, 8}), 8);
	ck_assert_uint_eq(buf[8] >> 4, 3); /* NAA 3: locally assigned */
	ck_assert_mem_eq(buf + 16, p83_t10, 19);
	cdb[2] = 0xB0;
	r = run(cdb, 6, SCSI_DIR_IN, buf, 255);
	assert_good(&r, 64, 191);
	/* max transfer 2 MiB = 4096 blocks; unmap 0x400000 blocks, 64 descriptors,
	 * granularity 8 blocks (4 KiB); max write same 0x400000. */
	ck_assert_mem_eq(buf, b0, 64);
	cdb[2] = 0xB1;
	expect_in(cdb, 6, buf, 255, b1, 64);
	cdb[2] = 0xB2;
	expect_in(cdb, 6, buf, 255, b2, 8);
	/* Unsupported page: INVALID FIELD IN CDB pointing at byte 2. */
	cdb[2] = 0x81;
	expect_check(cdb, 6, SCSI_DIR_IN, buf, 255, 0x05, 0x24, 0x00, sks_byte2);
	/* Page code without EVPD. */
	cdb[1] = 0;
	cdb[2] = 0x80;
	expect_check(cdb, 6, SCSI_DIR_IN, buf, 255, 0x05, 0x24, 0x00, sks_byte2);
	/* CMDDT. */
	cdb[1] = 0x02;
	cdb[2] = 0;
	expect_check(cdb, 6, SCSI_DIR_IN, buf, 255, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC9, 0, 1}));
}
END_TEST

START_TEST(inquiry_absent_lun)
{
	const uint8_t cdb[6] = {0x12, 0, 0, 0, 36, 0};
	const uint8_t cdb4[6] = {0x12, 0, 0, 0, 4, 0};
	uint8_t buf[64];

	memset(buf, 0xEE, sizeof(buf));
	ck_assert_uint_eq(scsi_inquiry_absent(cdb, 6, buf, sizeof(buf)), 36);
	ck_assert_uint_eq(buf[0], 0x7F);
	ck_assert_uint_eq(buf[4], 31);
	ck_assert_uint_eq(scsi_inquiry_absent(cdb4, 6, buf, sizeof(buf)), 4);
	ck_assert_uint_eq(scsi_inquiry_absent(cdb, 6, buf, 2), 2);
}
END_TEST

START_TEST(report_luns)
{
	uint8_t cdb[12] = {0xA0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0x00, 0, 0};
	static const uint8_t want[16] = {0, 0, 0, 8, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0};
	uint8_t buf[256];

	expect_in(cdb, 12, buf, 256, want, 16);
	cdb[9] = 8; /* allocation length 8 < 16 */
	cdb[8] = 0;
	expect_check(cdb, 12, SCSI_DIR_IN, buf, 256, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC0, 0, 6}));
}
END_TEST

START_TEST(read_capacity)
{
	const uint8_t rc10[10] = {0x25};
	const uint8_t rc16[16] = {0x9E, 0x10, [13] = 32};
	const uint8_t rc16_12[16] = {0x9E, 0x10, [13] = 12};
	static const uint8_t want10[8] = {0, 0, 0x07, 0xFF, 0, 0, 0x02, 0};
	static const uint8_t want16[32] = {0, 0, 0, 0, 0, 0, 0x07, 0xFF, 0, 0, 0x02, 0, 0, 0, 0xC0};
	uint8_t buf[32];
	struct scsi_result r;

	expect_in(rc10, 10, buf, 8, want10, 8);
	expect_in(rc16, 16, buf, 32, want16, 32);
	r = run(rc16_12, 16, SCSI_DIR_IN, buf, 32);
	assert_good(&r, 12, 20);
}
END_TEST

/*
 * The disk grew under the SCSI disk (an NVMe namespace resized): the next
 * command other than INQUIRY / REPORT LUNS gets one UNIT ATTENTION, CAPACITY
 * DATA HAS CHANGED; READ CAPACITY then reports the new size.
 */
START_TEST(capacity_changed)
{
	const uint8_t rc10[10] = {0x25};
	const uint8_t inq[6] = {0x12, 0, 0, 0, 36};
	const uint8_t tur[6] = {0};
	static const uint8_t want10[8] = {0, 0, 0x0F, 0xFF, 0, 0, 0x02, 0};
	uint8_t buf[36];
	struct scsi_result r;

	ck_assert_ptr_nonnull(dk->capacity_changed);
	dk->nblocks = 4096; /* the medium is only 2048 blocks: no I/O past that here */
	dk->capacity_changed(dk->capacity_ctx);
	r = run(inq, 6, SCSI_DIR_IN, buf, 36);
	assert_good(&r, 36, 0);
	expect_check(tur, 6, SCSI_DIR_NONE, NULL, 0, 0x6, 0x2A, 0x09, NULL);
	expect_good(tur, 6);
	expect_in(rc10, 10, buf, 8, want10, 8);
	dk->nblocks = NBLOCKS;
	dk->capacity_changed(dk->capacity_ctx);
	expect_check(rc10, 10, SCSI_DIR_IN, buf, 8, 0x6, 0x2A, 0x09, NULL);
}
END_TEST

START_TEST(mode_sense)
{
	uint8_t cdb[6] = {0x1A, 0, 0x3F, 0, 0xFF, 0};
	/* Header (len 31, medium 0, DPOFUA, bd 8), short block descriptor, caching page. */
	static const uint8_t want[32] = {31,   0, 0x10, 8,    0, 0,    0x08,
					 0x00, 0, 0,    0x02, 0, 0x08, 0x12};
	uint8_t buf[255];
	struct scsi_result r;

	expect_in(cdb, 6, buf, 255, want, 32);
	cdb[2] = 0x08;
	cdb[1] = 0x08; /* DBD */
	r = run(cdb, 6, SCSI_DIR_IN, buf, 255);
	assert_good(&r, 24, 231);
	ck_assert_mem_eq(buf, ((const uint8_t[]){23, 0, 0x10, 0, 0x08, 0x12, 0}), 7);
	/* Linux's first probe: 4 bytes of header. */
	cdb[4] = 4;
	r = run(cdb, 6, SCSI_DIR_IN, buf, 255);
	assert_good(&r, 4, 251);
	cdb[2] = 0x1C;
	expect_check(cdb, 6, SCSI_DIR_IN, buf, 255, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xCD, 0, 2}));
	cdb[2] = 0xC8; /* saved values of page 8 */
	expect_check(cdb, 6, SCSI_DIR_IN, buf, 255, 0x05, 0x39, 0x00, NULL);
}
END_TEST

START_TEST(misc_commands)
{
	const uint8_t tur[6] = {0x00};
	const uint8_t ssu[6] = {0x1B, 0, 0, 0, 0x01, 0};
	const uint8_t rs[6] = {0x03, 0, 0, 0, 18, 0};
	const uint8_t rs_desc[6] = {0x03, 0x01, 0, 0, 18, 0};
	const uint8_t sync10[10] = {0x35};
	const uint8_t sync16_oor[16] = {0x91, 0, 0, 0, 0, 0, 0, 0, 0x07, 0xFF, 0, 0, 0, 2};
	const uint8_t verify[10] = {0x2F, 0, 0, 0, 0, 0, 0, 0, 8, 0};
	const uint8_t verify16_all[16] = {0x8F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00};
	const uint8_t verify_bytchk[10] = {0x2F, 0x02, 0, 0, 0, 0, 0, 0, 8, 0};
	const uint8_t pr_keys[10] = {0x5E, 0x00, 0, 0, 0, 0, 0, 0, 64, 0};
	const uint8_t pr_caps[10] = {0x5E, 0x02, 0, 0, 0, 0, 0, 0, 64, 0};
	const uint8_t pr_bad[10] = {0x5E, 0x07, 0, 0, 0, 0, 0, 0, 64, 0};
	static const uint8_t no_sense[18] = {0x70, 0, 0, 0, 0, 0, 0, 10};
	static const uint8_t no_sense_desc[8] = {0x72, 0, 0, 0, 0, 0, 0, 0};
	uint8_t buf[64];

	expect_good(tur, 6);
	expect_good(ssu, 6);
	expect_in(rs, 6, buf, 64, no_sense, 18);
	expect_in(rs_desc, 6, buf, 64, no_sense_desc, 8);
	expect_good(sync10, 10);
	expect_check(sync16_oor, 16, SCSI_DIR_NONE, NULL, 0, 0x05, 0x21, 0x00, NULL);
	expect_good(verify, 10);
	/* VERIFY reads the medium: a failing block is a MEDIUM ERROR (read). */
	ck_assert_int_eq(disk_mem_set_fault(dk, 7, 1, -EIO), 0);
	expect_check(verify, 10, SCSI_DIR_NONE, NULL, 0, 0x03, 0x11, 0x00, NULL);
	ck_assert_int_eq(disk_mem_set_fault(dk, 0, 0, 0), 0);
	expect_good(verify16_all, 16);
	expect_check(verify_bytchk, 10, SCSI_DIR_NONE, NULL, 0, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xCA, 0, 1}));
	expect_in(pr_keys, 10, buf, 64, ((const uint8_t[8]){0}), 8);
	expect_in(pr_caps, 10, buf, 64, ((const uint8_t[8]){0, 8}), 8);
	expect_check(pr_bad, 10, SCSI_DIR_IN, buf, 64, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xCC, 0, 1}));
}
END_TEST

START_TEST(bad_cdbs)
{
	const uint8_t unknown[10] = {0x3B}; /* WRITE BUFFER */
	const uint8_t maint_in[12] = {0xA3, 0x0C};
	const uint8_t short10[5] = {0x28};
	uint8_t buf[16];
	struct tres t = {0};
	struct scsi_cmd cmd = {.cdb = unknown, .cdb_len = 10, .cb = tcb, .ctx = &t};

	expect_check(unknown, 10, SCSI_DIR_NONE, NULL, 0, 0x05, 0x20, 0x00, NULL);
	expect_check(maint_in, 12, SCSI_DIR_IN, buf, 16, 0x05, 0x20, 0x00, NULL);
	expect_check(short10, 5, SCSI_DIR_IN, buf, 16, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC0, 0, 0}));
	/* Malformed calls are refused synchronously and never call back. */
	cmd.cdb_len = 0;
	ck_assert_int_eq(scsi_disk_execute(sd, &cmd), -EINVAL);
	cmd.cdb_len = 33;
	ck_assert_int_eq(scsi_disk_execute(sd, &cmd), -EINVAL);
	cmd.cdb_len = 10;
	cmd.xfer_len = 512;
	ck_assert_int_eq(scsi_disk_execute(sd, &cmd), -EINVAL);
	cmd.xfer_len = 0;
	cmd.dir = 3;
	ck_assert_int_eq(scsi_disk_execute(sd, &cmd), -EINVAL);
	ck_assert_int_eq(t.done, 0);
}
END_TEST

/*
 * Writes len bytes from src with wcdb, reads them back with rcdb into a
 * buffer of rbuf bytes (a longer one leaves the rest as residual), compares.
 */
static void write_read_back(const uint8_t *wcdb, const uint8_t *rcdb, uint8_t cdb_len, uint8_t *src,
			    uint32_t len, uint32_t rbuf)
{
	static uint8_t rd[16384];
	struct scsi_result r;

	ck_assert_uint_le(rbuf, sizeof(rd));
	r = run(wcdb, cdb_len, SCSI_DIR_OUT, src, len);
	assert_good(&r, len, 0);
	r = run(rcdb, cdb_len, SCSI_DIR_IN, rd, rbuf);
	assert_good(&r, len, rbuf - len);
	ck_assert_mem_eq(rd, src, len);
}

START_TEST(read_write_all_sizes)
{
	static uint8_t w[8192 + 8];
	const uint8_t w6[6] = {0x0A, 0, 0, 10, 2, 0};
	const uint8_t r6[6] = {0x08, 0, 0, 10, 2, 0};
	const uint8_t w10[10] = {0x2A, 0x08, 0, 0, 0, 20, 0, 0, 4, 0};
	const uint8_t r10[10] = {0x28, 0, 0, 0, 0, 20, 0, 0, 4, 0};
	const uint8_t w12[12] = {0xAA, 0, 0, 0, 0, 30, 0, 0, 0, 16, 0, 0};
	const uint8_t r12[12] = {0xA8, 0, 0, 0, 0, 30, 0, 0, 0, 16, 0, 0};
	const uint8_t w16[16] = {0x8A, 0, 0, 0, 0, 0, 0, 0, 0x07, 0xF0, 0, 0, 0, 16, 0, 0};
	const uint8_t r16[16] = {0x88, 0, 0, 0, 0, 0, 0, 0, 0x07, 0xF0, 0, 0, 0, 16, 0, 0};

	for (size_t i = 0; i < sizeof(w); i++)
		w[i] = (uint8_t)(i * 13 + 5);
	write_read_back(w6, r6, 6, w, 1024, 1024);
	/* The initiator's buffer may be longer than the transfer: the rest is residual. */
	write_read_back(w10, r10, 10, w + 100, 2048, 4096);
	write_read_back(w12, r12, 12, w, 8192, 8192);
	/* The last 16 blocks of the disk. */
	write_read_back(w16, r16, 16, w + 1, 8192, 8192);
}
END_TEST

START_TEST(read_write_scattered)
{
	static uint8_t a[4096], b[4096], c2[4096];
	const uint8_t w10[10] = {0x2A, 0, 0, 0, 0, 40, 0, 0, 3, 0};
	const uint8_t r10[10] = {0x28, 0, 0, 0, 0, 40, 0, 0, 3, 0};
	struct disk_seg segs[3] = {
		{.va = a, .len = 100}, {.va = b, .len = 1000}, {.va = c2, .len = 4000}};
	struct tres t = {0};
	struct scsi_cmd cmd = {.cdb = w10,
			       .cdb_len = 10,
			       .dir = SCSI_DIR_OUT,
			       .xfer_len = 1536,
			       .segs = segs,
			       .nsegs = 3,
			       .cb = tcb,
			       .ctx = &t};
	uint8_t back[1536];

	memset(a, 1, sizeof(a));
	memset(b, 2, sizeof(b));
	memset(c2, 3, sizeof(c2));
	/* 5100 bytes of segments, 1536 to move: the list is trimmed, not overrun. */
	ck_assert_int_eq(scsi_disk_execute(sd, &cmd), 0);
	WAIT_UNTIL(loop, t.done);
	assert_good(&t.r, 1536, 0);
	memset(back, 0, sizeof(back));
	t.r = run(r10, 10, SCSI_DIR_IN, back, 1536);
	assert_good(&t.r, 1536, 0);
	for (int i = 0; i < 1536; i++)
		ck_assert_uint_eq(back[i], i < 100 ? 1 : i < 1100 ? 2 : 3);
}
END_TEST

START_TEST(read_write_errors)
{
	static uint8_t buf[8192];
	uint8_t r10[10] = {0x28, 0, 0, 0, 0x07, 0xFF, 0, 0, 2, 0}; /* straddles the end */
	uint8_t w10[10] = {0x2A, 0, 0, 0, 0, 8, 0, 0, 1, 0};
	const uint8_t r16_huge[16] = {0x88, 0,    0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
				      0xFF, 0xFF, 0xFF, 0,    0,    0,    1};
	const uint8_t r10_prot[10] = {0x28, 0x20, 0, 0, 0, 0, 0, 0, 1, 0};
	const uint8_t r10_zero[10] = {0x28, 0, 0, 0, 0, 0, 0, 0, 0, 0};
	const uint8_t r10_big[10] = {0x28, 0, 0, 0, 0, 0, 0, 0x10, 0x01, 0}; /* 4097 blocks */
	struct scsi_result r;

	expect_check(r10, 10, SCSI_DIR_IN, buf, 1024, 0x05, 0x21, 0x00, NULL);
	expect_check(r16_huge, 16, SCSI_DIR_IN, buf, 512, 0x05, 0x21, 0x00, NULL);
	expect_check(r10_prot, 10, SCSI_DIR_IN, buf, 512, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xCF, 0, 1}));
	r = run(r10_zero, 10, SCSI_DIR_IN, buf, 512);
	assert_good(&r, 0, 512);
	/* Past the end wins over the transfer limit (both are wrong here). */
	expect_check(r10_big, 10, SCSI_DIR_IN, buf, 512, 0x05, 0x21, 0x00, NULL);
	{
		/* A unit limited to 4 KiB per command refuses 9 blocks at the length field. */
		struct scsi_disk_params p = {.max_transfer_bytes = 4096};
		struct scsi_disk *big = sd;
		const uint8_t r10_9[10] = {0x28, 0, 0, 0, 0, 0, 0, 0, 9, 0};

		ck_assert_int_eq(scsi_disk_create(dk, &p, &sd), 0);
		r = run(r10_9, 10, SCSI_DIR_IN, buf, 4608);
		assert_check(&r, 0x05, 0x24, 0x00, ((const uint8_t[]){0xC0, 0, 7}), 4608);
		scsi_disk_destroy(sd);
		sd = big;
	}
	/* Buffer shorter than the transfer, and data flowing the wrong way. */
	r10[5] = 0;
	expect_check(r10, 10, SCSI_DIR_IN, buf, 512, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC0, 0, 7}));
	expect_check(r10, 10, SCSI_DIR_OUT, buf, 1024, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC0, 0, 7}));
	/* Backend failures: MEDIUM ERROR, read vs write ASC; never success. */
	ck_assert_int_eq(disk_mem_set_fault(dk, 8, 1, -EIO), 0);
	r10[4] = 0;
	r10[5] = 8;
	r10[8] = 1;
	expect_check(r10, 10, SCSI_DIR_IN, buf, 512, 0x03, 0x11, 0x00, NULL);
	expect_check(w10, 10, SCSI_DIR_OUT, buf, 512, 0x03, 0x0C, 0x00, NULL);
	ck_assert_int_eq(disk_mem_set_fault(dk, 8, 1, -ENOSPC), 0);
	expect_check(w10, 10, SCSI_DIR_OUT, buf, 512, 0x07, 0x27, 0x07, NULL);
	ck_assert_int_eq(disk_mem_set_fault(dk, 0, 0, 0), 0);
	r = run(w10, 10, SCSI_DIR_OUT, buf, 512);
	assert_good(&r, 512, 0);
	w10[1] = 0x08; /* FUA */
	r = run(w10, 10, SCSI_DIR_OUT, buf, 512);
	assert_good(&r, 512, 0);
}
END_TEST

START_TEST(write_protected)
{
	static uint8_t buf[4096];
	const uint8_t w10[10] = {0x2A, 0, 0, 0, 0, 8, 0, 0, 1, 0};
	const uint8_t ws10[10] = {0x41, 0x08, 0, 0, 0, 8, 0, 0, 1, 0};
	const uint8_t ms6[6] = {0x1A, 0x08, 0x08, 0, 0xFF, 0};
	struct scsi_result r;

	teardown();
	setup_flags(DISK_OPEN_READONLY);
	expect_check(w10, 10, SCSI_DIR_OUT, buf, 512, 0x07, 0x27, 0x00, NULL);
	expect_check(ws10, 10, SCSI_DIR_OUT, buf, 512, 0x07, 0x27, 0x00, NULL);
	r = run(ms6, 6, SCSI_DIR_IN, buf, 255);
	assert_good(&r, 24, 231);
	ck_assert_uint_eq(buf[2], 0x90); /* WP | DPOFUA */
}
END_TEST

START_TEST(write_same)
{
	static uint8_t pat[512], rd[8 * 512], w[8 * 512];
	const uint8_t ws10[10] = {0x41, 0, 0, 0, 0, 100, 0, 0x01, 0x2C, 0}; /* 300 blocks */
	const uint8_t r10[10] = {0x28, 0, 0, 0, 1, 0x50, 0, 0, 8, 0};       /* LBA 336 */
	const uint8_t ws16_unmap[16] = {0x93, 0x08, 0, 0, 0, 0, 0, 0, 0x01, 0x50, 0, 0, 0, 4};
	const uint8_t ws16_ndob[16] = {0x93, 0x09, 0, 0, 0, 0, 0, 0, 0x01, 0x54, 0, 0, 0, 4};
	const uint8_t ws10_zero[10] = {0x41, 0, 0, 0, 0, 0, 0, 0, 0, 0};
	const uint8_t ws10_anchor[10] = {0x41, 0x10, 0, 0, 0, 0, 0, 0, 1, 0};
	const uint8_t ws10_oor[10] = {0x41, 0, 0, 0, 0x07, 0xFF, 0, 0, 2, 0};
	const uint8_t w10[10] = {0x2A, 0, 0, 0, 1, 0x50, 0, 0, 8, 0};
	struct scsi_result r;

	for (int i = 0; i < 512; i++)
		pat[i] = (uint8_t)(i ^ 0x5A);
	r = run(ws10, 10, SCSI_DIR_OUT, pat, 512);
	assert_good(&r, 512, 0);
	/* LBAs 100..399 hold the pattern (more than one 128 KiB bounce chunk). */
	r = run(r10, 10, SCSI_DIR_IN, rd, sizeof(rd));
	assert_good(&r, sizeof(rd), 0);
	for (int b = 0; b < 8; b++)
		ck_assert_mem_eq(rd + b * 512, pat, 512);
	/* UNMAP with a zero block: the blocks read back as zeros. */
	memset(w, 0x77, sizeof(w));
	r = run(w10, 10, SCSI_DIR_OUT, w, sizeof(w));
	assert_good(&r, sizeof(w), 0);
	memset(pat, 0, sizeof(pat));
	r = run(ws16_unmap, 16, SCSI_DIR_OUT, pat, 512);
	assert_good(&r, 512, 0);
	/* NDOB: no data-out buffer at all. */
	expect_good(ws16_ndob, 16);
	r = run(r10, 10, SCSI_DIR_IN, rd, sizeof(rd));
	for (size_t i = 0; i < sizeof(rd); i++)
		ck_assert_uint_eq(rd[i], 0);
	expect_check(ws10_zero, 10, SCSI_DIR_OUT, pat, 512, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC0, 0, 7}));
	expect_check(ws10_anchor, 10, SCSI_DIR_OUT, pat, 512, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xCC, 0, 1}));
	expect_check(ws10_oor, 10, SCSI_DIR_OUT, pat, 512, 0x05, 0x21, 0x00, NULL);
	/* Missing data-out block. */
	expect_check(ws10, 10, SCSI_DIR_NONE, NULL, 0, 0x05, 0x24, 0x00,
		     ((const uint8_t[]){0xC0, 0, 7}));
}
END_TEST

START_TEST(unmap)
{
	static uint8_t w[4 * 512], rd[4 * 512];
	const uint8_t w10[10] = {0x2A, 0, 0, 0, 0, 50, 0, 0, 4, 0};
	const uint8_t r10[10] = {0x28, 0, 0, 0, 0, 50, 0, 0, 4, 0};
	const uint8_t um[10] = {0x42, 0, 0, 0, 0, 0, 0, 0, 40, 0};
	const uint8_t um_short[10] = {0x42, 0, 0, 0, 0, 0, 0, 0, 4, 0};
	const uint8_t um_none[10] = {0x42};
	/* Two descriptors: LBA 51 x1, LBA 53 x1; plus one of zero length. */
	uint8_t list[40] = {0, 38, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0,  0, 0, 0, 51, 0, 0, 0, 1,
			    0, 0,  0, 0,  0, 0, 0, 0, 0, 0, 0, 53, 0, 0, 0, 1,  0, 0, 0, 0};
	struct scsi_result r;

	memset(w, 0x33, sizeof(w));
	r = run(w10, 10, SCSI_DIR_OUT, w, sizeof(w));
	assert_good(&r, sizeof(w), 0);
	r = run(um, 10, SCSI_DIR_OUT, list, 40);
	assert_good(&r, 40, 0);
	r = run(r10, 10, SCSI_DIR_IN, rd, sizeof(rd));
	for (int i = 0; i < 4 * 512; i++)
		ck_assert_uint_eq(rd[i], (i / 512) % 2 ? 0 : 0x33);
	expect_good(um_none, 10);
	expect_check(um_short, 10, SCSI_DIR_OUT, list, 4, 0x05, 0x1A, 0x00, NULL);
	/* A descriptor past the end: nothing is unmapped, LBA OUT OF RANGE. */
	list[15] = 0xFF;
	list[14] = 0x07;
	list[19] = 2;
	expect_check(um, 10, SCSI_DIR_OUT, list, 40, 0x05, 0x21, 0x00, NULL);
	/* Block descriptor length not a multiple of 16. */
	list[3] = 20;
	expect_check(um, 10, SCSI_DIR_OUT, list, 40, 0x05, 0x1A, 0x00, NULL);
}
END_TEST

/* A disk without native FUA: a FUA write is followed by a flush before it completes. */
START_TEST(fua_emulated_by_flush)
{
	static uint8_t buf[512];
	const uint8_t w10_fua[10] = {0x2A, 0x08, 0, 0, 0, 8, 0, 0, 1, 0};
	const uint8_t w10[10] = {0x2A, 0, 0, 0, 0, 8, 0, 0, 1, 0};
	struct disk_null_stats st;
	struct scsi_result r;

	scsi_disk_destroy(sd);
	disk_close(dk);
	ck_assert_int_eq(disk_null_open(1 << 20, 0, loop, &dk), 0);
	dk->flags &= ~DISK_F_FUA;
	ck_assert_int_eq(scsi_disk_create(dk, NULL, &sd), 0);
	r = run(w10, 10, SCSI_DIR_OUT, buf, 512);
	assert_good(&r, 512, 0);
	ck_assert_int_eq(disk_null_stats(dk, &st), 0);
	ck_assert_uint_eq(st.flushes, 0);
	r = run(w10_fua, 10, SCSI_DIR_OUT, buf, 512);
	assert_good(&r, 512, 0);
	ck_assert_int_eq(disk_null_stats(dk, &st), 0);
	ck_assert_uint_eq(st.writes, 2);
	ck_assert_uint_eq(st.flushes, 1);
}
END_TEST

START_TEST(many_outstanding)
{
	enum { N = 500 };
	static struct scsi_cmd cmds[N];
	static struct tres ts[N];
	static struct disk_seg segs[N];
	static uint8_t cdbs[N][10], bufs[N][512];

	for (int i = 0; i < N; i++) {
		memset(bufs[i], i & 0xFF, 512);
		cdbs[i][0] = 0x2A;
		cdbs[i][4] = (uint8_t)(i >> 8);
		cdbs[i][5] = (uint8_t)i;
		cdbs[i][8] = 1;
		segs[i] = (struct disk_seg){.va = bufs[i], .len = 512};
		cmds[i] = (struct scsi_cmd){.cdb = cdbs[i],
					    .cdb_len = 10,
					    .dir = SCSI_DIR_OUT,
					    .xfer_len = 512,
					    .segs = &segs[i],
					    .nsegs = 1,
					    .cb = tcb,
					    .ctx = &ts[i]};
		ck_assert_int_eq(scsi_disk_execute(sd, &cmds[i]), 0);
	}
	ck_assert_uint_eq(scsi_disk_inflight(sd), N);
	WAIT_UNTIL(loop, tres_done(ts, N) == N);
	for (int i = 0; i < N; i++)
		assert_good(&ts[i].r, 512, 0);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(inquiry_standard),
					      PV_CASE(inquiry_vpd),
					      PV_CASE(inquiry_absent_lun),
					      PV_CASE(report_luns),
					      PV_CASE(read_capacity),
					      PV_CASE(mode_sense),
					      PV_CASE(misc_commands),
					      PV_CASE(bad_cdbs),
					      PV_CASE(read_write_all_sizes),
					      PV_CASE(read_write_scattered),
					      PV_CASE(read_write_errors),
					      PV_CASE(write_protected),
					      PV_CASE(write_same),
					      PV_CASE(unmap),
					      PV_CASE(fua_emulated_by_flush),
					      PV_CASE(many_outstanding),
					      PV_CASE(capacity_changed),
					      {0}};

	return pv_check_run_opts("scsi_disk", cases,
				 &(struct pv_check_opts){.setup = setup, .teardown = teardown});
}
