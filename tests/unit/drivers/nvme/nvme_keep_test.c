/*
 * NVMe keep-alive (drivers/nvme/nvme_keep.c) against the NVMe emulator in
 * one process: the driver saves a running controller with I/O in flight,
 * its objects are dropped as an exec would drop them (the emulator, its
 * DMA mappings and the pool memfd stay), and a new driver adopts the
 * controller from the saved records. The emulator's counters must show no
 * reset and no enable; every command in flight completes exactly once
 * after the adoption, its data where it belongs; the carried Asynchronous
 * Event Requests still report a namespace change; damaged records are
 * refused with a reason before anything is touched.
 */
#include <check.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "nvme_test_env.h"
#include "runtime/savestate.h"
#include "tests/unit/pv_check.h"

#define NIO 6

static struct nvme_ctrlr_opts ctrlr_opts(struct env *e)
{
	return (struct nvme_ctrlr_opts){.log = &e->log,
					.pci = e->pci,
					.name = "nvme-k",
					.io_queues = 2,
					.io_depth = 64,
					.io_timeout_ms = 5000,
					.abort_timeout_ms = 2000,
					.admin_timeout_ms = 2000,
					.ns_changed = ns_changed,
					.ctx = e};
}

/* The fixture with this test's controller options (timeouts long enough for the held reads). */
static void keep_env_open(struct env *e)
{
	struct nvme_ctrlr_opts co = ctrlr_opts(e);

	env_open(e, NULL, &co, false);
}

static bool carried_reaches(struct env *e, void *arg)
{
	struct nvme_ctrlr_stats st;

	nvme_ctrlr_get_stats(e->c, &st);
	return st.carried_done >= *(uint64_t *)arg;
}

/* The saved state of e's controller in a memfd; the controller is frozen. */
static int save(struct env *e)
{
	struct rt_ss_writer w;
	struct pvss_file_header h = {.update_count = 1, .part_kind = PVSS_PART_KIND_SIM};
	int memfd;

	ck_assert_int_eq(rt_ss_writer_init(&w), 0);
	ck_assert_int_eq(nvme_ctrlr_keep_save(e->c, &w, true), 0);
	ck_assert_int_eq(rt_ss_writer_finish(&w, &h, &memfd), 0);
	rt_ss_writer_fini(&w);
	/* PV_KEEP_SEED=FILE: the state for fuzz_savestate's corpus (v5-nvme-keep). */
	if (getenv("PV_KEEP_SEED")) {
		FILE *f = fopen(getenv("PV_KEEP_SEED"), "w");
		char buf[65536];
		ssize_t n = pread(memfd, buf, sizeof(buf), 0);

		ck_assert_ptr_nonnull(f);
		ck_assert_int_gt(n, 0);
		ck_assert_uint_eq(fwrite(buf, 1, (size_t)n, f), (size_t)n);
		fclose(f);
	}
	return memfd;
}

/* I/O in flight across the save and the adoption; no reset, no enable; AERs carried. */
START_TEST(test_keep_alive_in_flight)
{
	struct env e;
	struct io_slot s[NIO];
	struct nvme_emu_stats before, after;
	struct nvme_ctrlr_stats cs;
	struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_IO,
				   .opcode = -1,
				   .action = NVME_EMU_FAULT_DELAY,
				   .delay_ms = 300,
				   .count = NIO};
	struct nvme_ctrlr_opts co;
	struct rt_ss_reader r, rc;
	struct nvme_ctrlr *none = (struct nvme_ctrlr *)&r;
	uint64_t want = NIO;
	int memfd;

	keep_env_open(&e);
	fill(e.mem, NIO * 4096, 7);
	for (unsigned i = 0; i < NIO; i++)
		ck_assert_int_eq(rw1(&e, NVME_IO_WRITE, 8 * i, 4096 * i, 4096), 0);
	ck_assert_int_eq(nvme_emu_get_stats(e.emu, &before), 0);
	ck_assert_uint_eq(before.enables, 1);
	/* Reads held back by the device for 300 ms: in flight at the save. */
	ck_assert_int_eq(nvme_emu_fault_add(e.emu, &f), 0);
	for (unsigned i = 0; i < NIO; i++)
		submit4k(&e, &s[i], NVME_IO_READ, 8 * i, 0x400000 + 4096 * i);
	nvme_qpair_flush(e.q);
	ck_assert_uint_eq(nvme_qpair_outstanding(e.q), NIO);
	memfd = save(&e);
	/* The old driver goes as an exec takes it: no callback, no register write. */
	e.pci = nvme_ctrlr_keep_abandon(e.c);
	e.c = NULL;
	e.q = NULL;
	for (unsigned i = 0; i < NIO; i++)
		ck_assert_int_eq(s[i].calls, 0);

	/* The new binary's checker reads it first: nothing built. */
	ck_assert_int_eq(rt_ss_reader_open_fd(&rc, memfd), 0);
	co = ctrlr_opts(&e); /* co.pci: nothing of it is touched in a check */
	ck_assert_int_eq(nvme_ctrlr_adopt(&co, &rc, true, &none), 0);
	ck_assert_ptr_null(none);
	ck_assert_int_eq(rt_ss_reader_finish(&rc), 0);
	rt_ss_reader_fini(&rc);

	ck_assert_int_eq(rt_ss_reader_open_fd(&r, memfd), 0);
	ck_assert_msg(nvme_ctrlr_adopt(&co, &r, false, &e.c) == 0, "adopt: %s", r.err);
	ck_assert_int_eq(rt_ss_reader_finish(&r), 0);
	rt_ss_reader_fini(&r);
	ck_assert_int_eq(nvme_qpair_create(e.c, e.loop, 0, false, &e.q), 0);
	nvme_ctrlr_get_stats(e.c, &cs);
	ck_assert_uint_eq(cs.carried, NIO);
	run_until(&e, carried_reaches, &want);
	/* Each once: a second completion would be refused (bad_cqes) or counted twice. */
	nvme_ctrlr_get_stats(e.c, &cs);
	ck_assert_uint_eq(cs.carried_done, NIO);
	ck_assert_uint_eq(cs.bad_cqes, 0);
	ck_assert_uint_eq(cs.resets, 0);
	ck_assert_uint_eq(nvme_qpair_outstanding(e.q), 0);
	ck_assert(!memcmp(e.mem, e.mem + 0x400000, NIO * 4096));
	for (unsigned i = 0; i < NIO; i++)
		ck_assert_int_eq(s[i].calls, 0); /* the old binary's callbacks are gone with it */
	ck_assert_int_eq(nvme_emu_get_stats(e.emu, &after), 0);
	ck_assert_uint_eq(after.resets, before.resets);
	ck_assert_uint_eq(after.enables, before.enables);
	ck_assert_uint_eq(after.errors, before.errors);

	/* New I/O on the taken-over queue pair, and the carried AERs still answer. */
	fill(e.mem + 0x800000, 4096, 99);
	ck_assert_int_eq(rw1(&e, NVME_IO_WRITE, 1000, 0x800000, 4096), 0);
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, 1000, 0x900000, 4096), 0);
	ck_assert(!memcmp(e.mem + 0x800000, e.mem + 0x900000, 4096));
	ck_assert_int_eq(nvme_emu_ns_resize(e.emu, 100000), 0);
	POLL_UNTIL(TEST_WAIT_S, __atomic_load_n(&e.ns_changes, __ATOMIC_SEQ_CST) != 0);
	ck_assert_uint_eq(e.ns_changes, 1);
	ck_assert_int_eq(nvme_emu_get_stats(e.emu, &after), 0);
	ck_assert_uint_eq(after.resets, before.resets);
	ck_assert_uint_eq(after.enables, before.enables);
	ck_assert_uint_eq(after.errors, before.errors); /* no AER beyond the limit */
	close(memfd);
	env_close(&e);
}
END_TEST

/* A save refused as busy leaves the driver running; resume after a refused update runs on. */
START_TEST(test_keep_alive_resume)
{
	struct env e;
	struct rt_ss_writer w;

	keep_env_open(&e);
	ck_assert_int_eq(rt_ss_writer_init(&w), 0);
	ck_assert_int_eq(nvme_ctrlr_keep_save(e.c, &w, false), -EOPNOTSUPP);
	ck_assert_int_eq(nvme_ctrlr_keep_save(e.c, &w, true), 0);
	rt_ss_writer_fini(&w);
	/* The update was refused after the save: the same binary goes on. */
	nvme_ctrlr_keep_resume(e.c);
	fill(e.mem, 4096, 3);
	ck_assert_int_eq(rw1(&e, NVME_IO_WRITE, 16, 0, 4096), 0);
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, 16, 0x10000, 4096), 0);
	ck_assert(!memcmp(e.mem, e.mem + 0x10000, 4096));
	env_close(&e);
}
END_TEST

/* Finds the first record of `type` in a state buffer: its offset, or 0. */
static size_t find_rec(const uint8_t *b, size_t len, uint32_t type)
{
	for (size_t off = 0; off + 8 <= len;) {
		uint32_t t, l;

		memcpy(&t, b + off, 4);
		memcpy(&l, b + off + 4, 4);
		if (t == type)
			return off;
		off += (l + 7) & ~7u;
	}
	return 0;
}

/* Rewrites the END checksum so that only the edited field is wrong. */
static void reseal(uint8_t *b, size_t len)
{
	uint64_t sum = rt_ss_checksum(b, len - PVSS_END_SIZE);

	memcpy(b + len - PVSS_END_SIZE + 16, &sum, 8);
}

/* Damaged records are refused by the checker with a reason; the controller is untouched. */
START_TEST(test_keep_alive_refused)
{
	static const struct {
		uint32_t type;
		size_t off, n;
		uint64_t val;
		const char *why;
	} cases[] = {
		{PVSS_REC_TYPE_NVME_CMD, 10, 2, 0x7777, "not slot"},       /* CID of another slot */
		{PVSS_REC_TYPE_NVME_CMD, 8, 2, 4000, "not slot"},          /* slot out of range */
		{PVSS_REC_TYPE_NVME_QPAIR, 24, 8, 0x1000, "out of range"}, /* SQ outside the pool */
		{PVSS_REC_TYPE_NVME_QPAIR, 53, 1, 2, "CID bits"},          /* CID index bits */
		{PVSS_REC_TYPE_NVME_CTRLR, 24, 4, 0, "PV_ERR"},            /* saved disabled */
		{PVSS_REC_TYPE_NVME_CTRLR, 72, 8, 0x1000, "PV_ERR"}, /* Identify page outside */
	};
	struct env e;
	struct io_slot s;
	struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_IO,
				   .opcode = -1,
				   .action = NVME_EMU_FAULT_DELAY,
				   .delay_ms = 200,
				   .count = 1};
	uint8_t *buf;
	off_t len;
	int memfd, want;

	keep_env_open(&e);
	ck_assert_int_eq(nvme_emu_fault_add(e.emu, &f), 0);
	submit4k(&e, &s, NVME_IO_READ, 0, 0x1000);
	nvme_qpair_flush(e.q);
	memfd = save(&e);
	len = lseek(memfd, 0, SEEK_END);
	buf = malloc((size_t)len);
	ck_assert_int_eq(pread(memfd, buf, (size_t)len, 0), len);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint8_t *b = malloc((size_t)len);
		size_t at = find_rec(buf, (size_t)len, cases[i].type);
		struct nvme_ctrlr_opts co = ctrlr_opts(&e);
		struct nvme_ctrlr *c = NULL;
		struct rt_ss_reader r;
		int rc;

		ck_assert_uint_gt(at, 0);
		memcpy(b, buf, (size_t)len);
		memcpy(b + at + cases[i].off, &cases[i].val, cases[i].n);
		reseal(b, (size_t)len);
		rc = rt_ss_reader_open_buf(&r, b, (size_t)len);
		if (rc == 0)
			rc = nvme_ctrlr_adopt(&co, &r, true, &c);
		ck_assert_msg(rc < 0, "case %zu accepted", i);
		ck_assert_msg(strstr(r.err, cases[i].why), "case %zu: '%s'", i, r.err);
		ck_assert_ptr_null(c);
		rt_ss_reader_fini(&r);
		free(b);
	}
	/* The changed-namespace page on the admin SQ: each in range, together overlapping. */
	{
		uint8_t *b = malloc((size_t)len);
		size_t at = find_rec(buf, (size_t)len, PVSS_REC_TYPE_NVME_CTRLR);
		struct nvme_ctrlr_opts co = ctrlr_opts(&e);
		struct nvme_ctrlr *c = NULL;
		struct rt_ss_reader r;

		memcpy(b, buf, (size_t)len);
		memcpy(b + at + 80, b + at + 32, 8); /* nsck_iova = asq */
		reseal(b, (size_t)len);
		ck_assert_int_eq(rt_ss_reader_open_buf(&r, b, (size_t)len), 0);
		ck_assert_int_lt(nvme_ctrlr_adopt(&co, &r, true, &c), 0);
		ck_assert_msg(strstr(r.err, "overlap"), "'%s'", r.err);
		rt_ss_reader_fini(&r);
		free(b);
	}
	free(buf);
	close(memfd);
	/* Nothing was touched: the old driver resumes and its read completes, once. */
	nvme_ctrlr_keep_resume(e.c);
	want = done_count + 1;
	run_until(&e, done_reaches, &want);
	ck_assert_int_eq(s.calls, 1);
	ck_assert_int_eq(s.status, 0);
	env_close(&e);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_keep_alive_in_flight),
					      PV_CASE(test_keep_alive_resume),
					      PV_CASE(test_keep_alive_refused),
					      {0}};

	return pv_check_run_timeout("nvme_keep", cases, 60);
}
