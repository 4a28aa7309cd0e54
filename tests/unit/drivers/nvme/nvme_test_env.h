/*
 * The NVMe driver tests' fixture (nvme_driver_test, nvme_keep_test): the
 * emulator behind the emu PCI backend with MEM_SIZE of "guest RAM" mapped at
 * IOVA 0, the driver's controller and one queue pair on a loop, and I/O
 * slots whose callbacks are counted.
 */
#ifndef PV_TESTS_UNIT_DRIVERS_NVME_TEST_ENV_H
#define PV_TESTS_UNIT_DRIVERS_NVME_TEST_ENV_H

#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "devices/nvme/nvme_emu.h"
#include "drivers/nvme/nvme.h"
#include "drivers/pci.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/pcidev.h"
#include "tests/unit/test_wait.h"

#define MEM_SIZE (16u << 20) /* "guest RAM" at IOVA 0: stays mapped, as guest RAM does */

struct env {
	struct rt_log log;
	struct pcidev *emu;
	struct pci_dev *pci;
	struct nvme_ctrlr *c;
	struct nvme_qpair *q;
	struct ev_loop *loop;
	uint8_t *mem;
	unsigned ns_changes;
	uint32_t changed_nsid;
};

struct io_slot {
	struct nvme_io io;
	struct nvme_sge sg[8];
	int calls;
	int status;
};

static inline void ns_changed(void *ctx, uint32_t nsid)
{
	struct env *e = ctx;

	__atomic_add_fetch(&e->ns_changes, 1, __ATOMIC_SEQ_CST);
	e->changed_nsid = nsid;
}

static inline void env_open(struct env *e, const struct nvme_emu_opts *eo_in,
			    const struct nvme_ctrlr_opts *co_in, bool bounce)
{
	struct nvme_emu_opts eo = {.backend = "memory", .arg = "64M", .sgl = true};
	struct nvme_ctrlr_opts co = {.io_queues = 2,
				     .io_depth = 64,
				     .io_timeout_ms = 300,
				     .abort_timeout_ms = 300,
				     .admin_timeout_ms = 2000};

	memset(e, 0, sizeof(*e));
	test_log_init(&e->log);
	if (eo_in)
		eo = *eo_in;
	if (co_in)
		co = *co_in;
	eo.log = &e->log;
	eo.name = "emu";
	ck_assert_int_eq(nvme_emu_create(&eo, &e->emu), 0);
	ck_assert_int_eq(pci_emu_open(e->emu, &e->log, &e->pci), 0);
	e->mem = mmap(NULL, MEM_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ck_assert_ptr_ne(e->mem, MAP_FAILED);
	ck_assert_int_eq(pci_dma_map(e->pci, e->mem, 0, MEM_SIZE), 0);
	co.log = &e->log;
	co.pci = e->pci;
	if (!co.name)
		co.name = "nvme-t";
	co.ns_changed = ns_changed;
	co.ctx = e;
	ck_assert_int_eq(nvme_ctrlr_open(&co, &e->c), 0);
	e->loop = rt_loop_new();
	ck_assert_ptr_nonnull(e->loop);
	ck_assert_int_eq(nvme_qpair_create(e->c, e->loop, 0, bounce, &e->q), 0);
}

static inline void env_close(struct env *e)
{
	nvme_qpair_destroy(e->q);
	/* The controller closes the PCI device, which destroys the emulator. */
	nvme_ctrlr_close(e->c);
	rt_loop_destroy(e->loop);
	munmap(e->mem, MEM_SIZE);
	rt_log_fini(&e->log);
}

/* Runs the loop until cond(e, arg) holds (or TEST_WAIT_S pass: a failure). */
static inline void run_until(struct env *e, bool (*cond)(struct env *e, void *arg), void *arg)
{
	WAIT_UNTIL(e->loop, cond(e, arg));
}

/* Completions io_cb has seen. */
static int done_count;

/* run_until condition: done_count reached *(int *)arg. */
static inline bool done_reaches(struct env *e, void *arg)
{
	return __atomic_load_n(&done_count, __ATOMIC_SEQ_CST) >= *(int *)arg;
}

/* Runs the loop until done_count reaches want. */
static inline void run_until_done(struct env *e, int want)
{
	run_until(e, done_reaches, &want);
}

static inline void io_cb(void *ctx, int status)
{
	struct io_slot *s = ctx;

	s->calls++;
	s->status = status;
	done_count++;
}

static inline void fill(uint8_t *p, size_t n, uint32_t seed)
{
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		p[i] = (uint8_t)(seed >> 16);
	}
}

/* One I/O over `n` pieces of guest memory at the given offsets/lengths; returns its status. */
static inline int do_io(struct env *e, uint8_t op, uint32_t flags, uint64_t lba,
			const uint64_t *off, const uint32_t *len, unsigned n, uint32_t nblocks)
{
	struct io_slot s = {0};
	int before = done_count;

	for (unsigned i = 0; i < n; i++)
		s.sg[i] = (struct nvme_sge){.iova = off[i], .va = e->mem + off[i], .len = len[i]};
	s.io = (struct nvme_io){.op = op,
				.flags = flags,
				.nsid = 1,
				.lba = lba,
				.nblocks = nblocks,
				.sg = s.sg,
				.nsg = n,
				.cb = io_cb,
				.ctx = &s};
	ck_assert_int_eq(nvme_io_submit(e->q, &s.io), 0);
	ck_assert_int_eq(s.calls, 0); /* never from inside submit */
	run_until_done(e, before + 1);
	ck_assert_int_eq(s.calls, 1);
	return s.status;
}

static inline int rw1(struct env *e, uint8_t op, uint64_t lba, uint64_t off, uint32_t len)
{
	return do_io(e, op, 0, lba, &off, &len, 1, 0);
}

/* Submits one 4 KiB single-segment I/O at guest offset off in slot s (no wait). */
static inline void submit4k(struct env *e, struct io_slot *s, uint8_t op, uint64_t lba,
			    uint64_t off)
{
	memset(s, 0, sizeof(*s));
	s->sg[0] = (struct nvme_sge){.iova = off, .va = e->mem + off, .len = 4096};
	s->io = (struct nvme_io){
		.op = op, .nsid = 1, .lba = lba, .sg = s->sg, .nsg = 1, .cb = io_cb, .ctx = s};
	ck_assert_int_eq(nvme_io_submit(e->q, &s->io), 0);
}

#endif
