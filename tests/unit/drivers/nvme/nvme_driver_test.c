/*
 * The NVMe driver against the NVMe emulator (emu PCI backend, memory
 * namespace): initialisation, every NVM command, PRP and SGL shapes,
 * bounce buffers, and every injected fault. Each test counts callbacks per
 * I/O: nothing lost, nothing completed twice, no failure reported as
 * success; data is verified by reading it back.
 */
#include <check.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "nvme_test_env.h"
#include "nvme_wire.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

#define BS 512u

/* Writes len bytes of pattern `seed` from 0x10000 to lba, reads them back to 0x20000, compares. */
static void write_read_back(struct env *e, uint64_t lba, uint32_t len, uint32_t seed)
{
	fill(e->mem + 0x10000, len, seed);
	ck_assert_int_eq(rw1(e, NVME_IO_WRITE, lba, 0x10000, len), 0);
	ck_assert_int_eq(rw1(e, NVME_IO_READ, lba, 0x20000, len), 0);
	ck_assert(!memcmp(e->mem + 0x10000, e->mem + 0x20000, len));
}

/* Runs until the n I/Os in s (submitted after done_count was `before`) complete: each once, OK. */
static void wait_all_ok(struct env *e, const struct io_slot *s, unsigned n, int before)
{
	run_until_done(e, before + (int)n);
	for (unsigned i = 0; i < n; i++) {
		ck_assert_int_eq(s[i].calls, 1);
		ck_assert_int_eq(s[i].status, 0);
	}
}

/* Writes n 4 KiB blocks of pattern `seed` from guest offset off to LBA stride*i. */
static void write_4k_blocks(struct env *e, unsigned n, uint64_t stride, uint64_t off, uint32_t seed)
{
	fill(e->mem + off, n * 4096, seed);
	for (unsigned i = 0; i < n; i++)
		ck_assert_int_eq(rw1(e, NVME_IO_WRITE, stride * i, off + 4096 * i, 4096), 0);
}

START_TEST(test_init_identify)
{
	struct env e;
	const struct nvme_ctrlr_info *in;
	struct nvme_ns_info ns;

	env_open(&e, NULL, NULL, false);
	in = nvme_ctrlr_info(e.c);
	ck_assert_str_eq(in->mn, "Paravisor NVMe emulator");
	ck_assert_uint_eq(in->max_xfer, 512u << 10); /* MDTS 7 */
	ck_assert_uint_eq(in->io_queues, 2);
	ck_assert(in->sgl);
	ck_assert(in->vwc);
	ck_assert_uint_eq(in->version, NVME_VERSION_V1_4);
	ck_assert_int_eq(nvme_ctrlr_ns(e.c, 1, &ns), 0);
	ck_assert_uint_eq(ns.block_size, BS);
	ck_assert_uint_eq(ns.nblocks, (64u << 20) / BS);
	ck_assert(ns.can_dealloc && ns.can_zeroes && ns.dealloc_zeroes);
	ck_assert_int_eq(nvme_ctrlr_ns(e.c, 2, &ns), -ENOENT);
	env_close(&e);
}
END_TEST

START_TEST(test_rw_shapes)
{
	struct env e;
	struct nvme_qpair_stats st;
	/* (offsets, lengths) in guest memory: one page, several pages, a page
	 * with an offset, a PRP list, 512-byte pieces (only an SGL or a bounce
	 * expresses those), the largest transfer (a chained PRP list). */
	static const struct {
		unsigned n;
		uint64_t off[4];
		uint32_t len[4];
	} shapes[] = {
		{1, {0x10000}, {4096}},
		{1, {0x20000}, {8192}},
		{1, {0x30200}, {4096}},
		{1, {0x40000}, {64 << 10}},
		{3, {0x80200, 0x90000, 0xA0000}, {0xE00, 4096, 512}},
		{2, {0x100000, 0x110200}, {512, 1024}},
		{1, {0x200000}, {512 << 10}},
		{1, {0x300800}, {(512 << 10) - 2048}},
	};

	env_open(&e, NULL, NULL, false);
	for (unsigned k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
		uint32_t total = 0;
		uint64_t roff[4];
		uint8_t *want;

		for (unsigned i = 0; i < shapes[k].n; i++) {
			fill(e.mem + shapes[k].off[i], shapes[k].len[i], k * 7 + i);
			total += shapes[k].len[i];
			roff[i] = shapes[k].off[i] + (8u << 20);
			memset(e.mem + roff[i], 0xEE, shapes[k].len[i]);
		}
		ck_assert_int_eq(do_io(&e, NVME_IO_WRITE, 0, 1000 * k, shapes[k].off, shapes[k].len,
				       shapes[k].n, 0),
				 0);
		ck_assert_int_eq(
			do_io(&e, NVME_IO_READ, 0, 1000 * k, roff, shapes[k].len, shapes[k].n, 0),
			0);
		want = malloc(total);
		for (unsigned i = 0; i < shapes[k].n; i++)
			ck_assert_msg(!memcmp(e.mem + shapes[k].off[i], e.mem + roff[i],
					      shapes[k].len[i]),
				      "shape %u piece %u differs", k, i);
		free(want);
	}
	nvme_qpair_get_stats(e.q, &st);
	ck_assert_uint_gt(st.sgl, 0);
	ck_assert_uint_gt(st.prp, 0);
	ck_assert_uint_eq(st.bounced, 0);
	env_close(&e);
}
END_TEST

START_TEST(test_rw_bounce_and_prp_only)
{
	struct env e;
	struct nvme_qpair_stats st;
	struct nvme_ctrlr_opts co = {.io_queues = 1, .io_depth = 32, .no_sgl = true};
	uint64_t off[2] = {0x100000, 0x110200}, roff[2] = {0x500000, 0x510200};
	uint32_t len[2] = {512, 1024};

	/* PRPs only: the odd shape is bounced. */
	env_open(&e, NULL, &co, false);
	fill(e.mem + off[0], 512, 1);
	fill(e.mem + off[1], 1024, 2);
	ck_assert_int_eq(do_io(&e, NVME_IO_WRITE, NVME_IO_FUA, 77, off, len, 2, 0), 0);
	ck_assert_int_eq(do_io(&e, NVME_IO_READ, 0, 77, roff, len, 2, 0), 0);
	ck_assert(!memcmp(e.mem + off[0], e.mem + roff[0], 512));
	ck_assert(!memcmp(e.mem + off[1], e.mem + roff[1], 1024));
	nvme_qpair_get_stats(e.q, &st);
	ck_assert_uint_eq(st.bounced, 2);
	ck_assert_uint_eq(st.sgl, 0);
	env_close(&e);

	/* A bounce-only queue pair (guest memory not visible): everything is copied. */
	env_open(&e, NULL, NULL, true);
	write_read_back(&e, 5, 8192, 9);
	nvme_qpair_get_stats(e.q, &st);
	ck_assert_uint_eq(st.bounced, 2);
	env_close(&e);
}
END_TEST

START_TEST(test_flush_zeroes_dealloc)
{
	struct env e;
	struct io_slot s;
	uint8_t zero[8192] = {0};

	env_open(&e, NULL, NULL, false);
	for (unsigned deac = 0; deac < 2; deac++) {
		fill(e.mem + 0x10000, 8192, 3);
		ck_assert_int_eq(rw1(&e, NVME_IO_WRITE, 100, 0x10000, 8192), 0);
		ck_assert_int_eq(do_io(&e, NVME_IO_WRITE_ZEROES, deac ? NVME_IO_DEAC : 0, 100, NULL,
				       NULL, 0, 16),
				 0);
		ck_assert_int_eq(rw1(&e, NVME_IO_READ, 100, 0x20000, 8192), 0);
		ck_assert(!memcmp(e.mem + 0x20000, zero, 8192));
	}
	fill(e.mem + 0x10000, 8192, 4);
	ck_assert_int_eq(rw1(&e, NVME_IO_WRITE, 200, 0x10000, 8192), 0);
	ck_assert_int_eq(do_io(&e, NVME_IO_DEALLOCATE, 0, 200, NULL, NULL, 0, 16), 0);
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, 200, 0x20000, 8192), 0);
	ck_assert(!memcmp(e.mem + 0x20000, zero, 8192));
	ck_assert_int_eq(do_io(&e, NVME_IO_FLUSH, 0, 0, NULL, NULL, 0, 0), 0);
	/* Past the end of the namespace: the device's LBA Out of Range. */
	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, (64u << 20) / BS - 1, 0x20000, 1024), -EIO);
	/* Malformed requests are refused at submit. */
	s.io = (struct nvme_io){.op = NVME_IO_READ, .nsid = 1, .cb = io_cb, .ctx = &s};
	ck_assert_int_eq(nvme_io_submit(e.q, &s.io), -EINVAL);
	s.sg[0] = (struct nvme_sge){.iova = 0, .va = e.mem, .len = 100};
	s.io.sg = s.sg;
	s.io.nsg = 1;
	ck_assert_int_eq(nvme_io_submit(e.q, &s.io), -EINVAL);
	s.sg[0].len = 1024u << 10; /* over MDTS */
	ck_assert_int_eq(nvme_io_submit(e.q, &s.io), -EINVAL);
	ck_assert_int_eq(s.calls, 0);
	env_close(&e);
}
END_TEST

/* A read failing with the injected status reaches the caller as that status. */
START_TEST(test_fault_status)
{
	struct env e;
	struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_IO,
				   .opcode = 0x02,
				   .action = NVME_EMU_FAULT_STATUS,
				   .status = 0x281,
				   .count = 1};
	struct io_slot s = {0};
	int before;

	env_open(&e, NULL, NULL, false);
	ck_assert_int_eq(nvme_emu_fault_add(e.emu, &f), 0);
	s.sg[0] = (struct nvme_sge){.iova = 0x10000, .va = e.mem + 0x10000, .len = 4096};
	s.io = (struct nvme_io){.op = NVME_IO_READ,
				.nsid = 1,
				.lba = 8,
				.sg = s.sg,
				.nsg = 1,
				.cb = io_cb,
				.ctx = &s};
	before = done_count;
	ck_assert_int_eq(nvme_io_submit(e.q, &s.io), 0);
	run_until_done(&e, before + 1);
	ck_assert_int_eq(s.calls, 1);
	ck_assert_int_eq(s.status, -EIO);
	ck_assert_uint_eq(s.io.result.sct, 2);
	ck_assert_uint_eq(s.io.result.sc, 0x81);
	/* The rule fired once: the next read succeeds. */
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, 8, 0x10000, 4096), 0);
	env_close(&e);
}
END_TEST

/*
 * Faults a command outlives: a delayed or lost completion is aborted and
 * retried; a completion the device posts wrongly (wrong phase, bad CID) is
 * invisible, so the Abort finds nothing and the controller is reset; a
 * fatal status resets too. Each I/O completes exactly once, successfully,
 * with its data right.
 */
static void fault_recovers(unsigned action, bool expect_reset)
{
	struct env e;
	struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_IO,
				   .opcode = -1,
				   .action = (uint8_t)action,
				   .count = 1,
				   .delay_ms = 2000};
	struct nvme_ctrlr_stats cs;
	struct io_slot s[8];
	int before;

	env_open(&e, NULL, NULL, false);
	write_4k_blocks(&e, 8, 64, 0x100000, 11);
	ck_assert_int_eq(nvme_emu_fault_add(e.emu, &f), 0);
	before = done_count;
	memset(s, 0, sizeof(s));
	for (unsigned i = 0; i < 8; i++)
		submit4k(&e, &s[i], NVME_IO_READ, 64 * i, 0x200000 + 4096 * i);
	wait_all_ok(&e, s, 8, before);
	ck_assert(!memcmp(e.mem + 0x100000, e.mem + 0x200000, 8 * 4096));
	nvme_ctrlr_get_stats(e.c, &cs);
	ck_assert_uint_ge(cs.retries, 1);
	if (expect_reset)
		ck_assert_uint_ge(cs.resets, 1);
	else
		ck_assert_uint_ge(cs.aborts, 1);
	/* Still usable afterwards. */
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, 0, 0x300000, 4096), 0);
	env_close(&e);
}

static const struct {
	unsigned action;
	bool expect_reset;
} recovered_faults[] = {
	{NVME_EMU_FAULT_DELAY, false},      {NVME_EMU_FAULT_DROP, false},
	{NVME_EMU_FAULT_WRONG_PHASE, true}, {NVME_EMU_FAULT_BAD_CID, true},
	{NVME_EMU_FAULT_FATAL, true},
};

START_TEST(test_fault_recovered)
{
	fault_recovers(recovered_faults[_i].action, recovered_faults[_i].expect_reset);
}
END_TEST

/* Duplicate CIDs and a completion naming the admin SQ on an I/O CQ are refused; the I/O completes once. */
static void fault_refused(unsigned action)
{
	struct env e;
	struct nvme_emu_fault f = {
		.queue = NVME_EMU_FQ_IO, .opcode = -1, .action = (uint8_t)action, .count = 1};
	struct nvme_ctrlr_stats cs;

	env_open(&e, NULL, NULL, false);
	ck_assert_int_eq(nvme_emu_fault_add(e.emu, &f), 0);
	write_read_back(&e, 10, 4096, 5);
	nvme_ctrlr_get_stats(e.c, &cs);
	ck_assert_uint_eq(cs.bad_cqes, 1);
	ck_assert_uint_eq(cs.resets, 0);
	env_close(&e);
}

static const unsigned refused_faults[] = {NVME_EMU_FAULT_DUP_CID, NVME_EMU_FAULT_CROSS_QUEUE};

START_TEST(test_fault_refused)
{
	fault_refused(refused_faults[_i]);
}
END_TEST

/* An admin command failing: queue pair creation reports it. */
START_TEST(test_fault_admin_status)
{
	struct env e;
	struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_ADMIN,
				   .opcode = NVME_ADMIN_OPCODE_CREATE_IO_CQ,
				   .action = NVME_EMU_FAULT_STATUS,
				   .status = 0x106,
				   .dnr = true,
				   .count = 1};
	struct nvme_qpair *q2;

	env_open(&e, NULL, NULL, false);
	ck_assert_int_eq(nvme_emu_fault_add(e.emu, &f), 0);
	ck_assert_int_eq(nvme_qpair_create(e.c, e.loop, 16, false, &q2), -EIO);
	ck_assert_int_eq(nvme_qpair_create(e.c, e.loop, 16, false, &q2), 0);
	nvme_qpair_destroy(q2);
	env_close(&e);
}
END_TEST

/* CSTS.RDY late (within CAP.TO): initialisation waits for it. */
START_TEST(test_ready_delay)
{
	struct env e;
	struct nvme_emu_opts eo = {.backend = "memory", .arg = "64M", .ready_delay_ms = 300};

	env_open(&e, &eo, NULL, false);
	ck_assert(!nvme_ctrlr_info(e.c)->sgl);
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, 0, 0x10000, 4096), 0);
	env_close(&e);
}
END_TEST

static void *reset_thread(void *arg)
{
	struct env *e = arg;

	return (void *)(intptr_t)nvme_ctrlr_reset(e->c);
}

/* A reset with 48 I/Os in flight: each completes once, successfully, data intact. */
START_TEST(test_reset_in_flight)
{
	pthread_t th;
	void *rc;
	struct env e;
	struct io_slot *s = calloc(48, sizeof(*s));
	struct nvme_ctrlr_stats cs;
	struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_IO,
				   .opcode = -1,
				   .action = NVME_EMU_FAULT_DELAY,
				   .delay_ms = 100,
				   .count = 40};
	int before;

	env_open(&e, NULL, NULL, false);
	write_4k_blocks(&e, 48, 8, 0, 21);
	ck_assert_int_eq(nvme_emu_fault_add(e.emu, &f), 0);
	before = done_count;
	for (unsigned i = 0; i < 48; i++)
		submit4k(&e, &s[i], NVME_IO_READ, 8 * i, 0x400000 + 4096 * i);
	nvme_qpair_flush(e.q);
	/* From another thread: the queue pair's loop must keep running to quiesce. */
	ck_assert_int_eq(pthread_create(&th, NULL, reset_thread, &e), 0);
	wait_all_ok(&e, s, 48, before);
	pthread_join(th, &rc);
	ck_assert_int_eq((int)(intptr_t)rc, 0);
	ck_assert(!memcmp(e.mem, e.mem + 0x400000, 48 * 4096));
	nvme_ctrlr_get_stats(e.c, &cs);
	ck_assert_uint_eq(cs.resets, 1);
	free(s);
	env_close(&e);
}
END_TEST

/* A namespace resize reaches the user through an Asynchronous Event. */
START_TEST(test_async_event_ns_change)
{
	struct env e;
	struct nvme_emu_opts eo = {.backend = "memory", .arg = "64M", .ns_blocks = 65536};
	struct nvme_ns_info ns;

	env_open(&e, &eo, NULL, false);
	ck_assert_int_eq(nvme_ctrlr_ns(e.c, 1, &ns), 0);
	struct nvme_emu_stats st;
	ck_assert_uint_eq(ns.nblocks, 65536);
	ck_assert_int_eq(nvme_emu_get_stats(e.emu, &st), 0);
	ck_assert_uint_eq(st.ns_blocks, 65536);
	ck_assert_int_eq(nvme_emu_ns_resize(e.emu, 100000), 0);
	ck_assert_int_eq(nvme_emu_get_stats(e.emu, &st), 0);
	ck_assert_uint_eq(st.ns_blocks, 100000);
	POLL_UNTIL(TEST_WAIT_S, __atomic_load_n(&e.ns_changes, __ATOMIC_SEQ_CST) != 0);
	ck_assert_uint_eq(e.ns_changes, 1);
	ck_assert_uint_eq(e.changed_nsid, 1);
	ck_assert_int_eq(nvme_ctrlr_ns(e.c, 1, &ns), 0);
	ck_assert_uint_eq(ns.nblocks, 100000);
	/* The new blocks are usable. */
	ck_assert_int_eq(rw1(&e, NVME_IO_READ, 90000, 0x10000, 4096), 0);
	env_close(&e);
}
END_TEST

/* Many I/Os at depth: one doorbell per batch, every I/O once. */
START_TEST(test_queue_depth)
{
	struct env e;
	struct io_slot *s = calloc(200, sizeof(*s));
	struct nvme_qpair_stats st;
	int before;

	env_open(&e, NULL, NULL, false);
	before = done_count;
	for (unsigned i = 0; i < 200; i++)
		submit4k(&e, &s[i], (i & 1) ? NVME_IO_READ : NVME_IO_WRITE, 8 * i,
			 4096 * (i % 1024));
	wait_all_ok(&e, s, 200, before);
	nvme_qpair_get_stats(e.q, &st);
	ck_assert_uint_eq(st.completed, 200);
	ck_assert_uint_lt(st.sq_doorbells, 200);
	free(s);
	env_close(&e);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("nvme_driver");
	TCase *t = tcase_create("core");

	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_init_identify);
	tcase_add_test(t, test_rw_shapes);
	tcase_add_test(t, test_rw_bounce_and_prp_only);
	tcase_add_test(t, test_flush_zeroes_dealloc);
	tcase_add_test(t, test_queue_depth);
	tcase_add_test(t, test_ready_delay);
	tcase_add_test(t, test_async_event_ns_change);
	suite_add_tcase(s, t);
	t = tcase_create("faults");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_fault_status);
	tcase_add_loop_test(t, test_fault_recovered, 0, RT_ARRAY_SIZE(recovered_faults));
	tcase_add_loop_test(t, test_fault_refused, 0, RT_ARRAY_SIZE(refused_faults));
	tcase_add_test(t, test_fault_admin_status);
	tcase_add_test(t, test_reset_in_flight);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return pv_check_run_suite(suite());
}
