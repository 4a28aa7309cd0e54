/*
 * disk_nvme (the disk interface on the NVMe driver) over the emulator, as
 * storvsp opens it: its config parsed from YAML, guest memory from a memfd
 * mapped into the device at IOVA = GPA. Reads and writes (split at MDTS),
 * FUA, flush, unmap, bounce buffers, NVMe status translated to SCSI sense,
 * a namespace resize reaching the disk's user as a capacity change, and the
 * emulator in its device process (process: true).
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/nvme/nvme_emu.h"
#include "drivers/nvme/disk_nvme.h"
#include "runtime/config.h"
#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "tests/unit/test_wait.h"
#include "tests/unit/pv_check.h"

#define RAM (32u << 20)

struct env {
	struct rt_log log;
	struct rt_gmem *gmem;
	uint8_t *ram;
	struct ev_loop *loop;
	struct disk *d;
	int changed;
};

static void changed(void *ctx)
{
	((struct env *)ctx)->changed++;
}

static int open_yaml(struct env *e, const char *yaml)
{
	struct rt_cfg *cfg;
	char err[256];
	void *c;
	struct disk_backend_env be;
	int rc;

	ck_assert_int_eq(rt_cfg_parse("t.yaml", yaml, strlen(yaml), &cfg, err, sizeof(err)), 0);
	rc = disk_nvme_backend.parse(cfg, cfg->root, &c);
	ck_assert_msg(rc == 0, "parse: %s", cfg->err);
	be = (struct disk_backend_env){
		.loop = e->loop, .gmem = e->gmem, .log = &e->log, .name = "t/0"};
	rc = disk_nvme_backend.open(c, &be, 0, &e->d);
	disk_nvme_backend.free_cfg(c);
	rt_cfg_free(cfg);
	if (!rc) {
		e->d->capacity_changed = changed;
		e->d->capacity_ctx = e;
	}
	return rc;
}

static void env_open(struct env *e, const char *yaml)
{
	memset(e, 0, sizeof(*e));
	test_log_init(&e->log);
	ck_assert_int_eq(rt_gmem_create_memfd(RAM, &e->gmem), 0);
	e->ram = rt_gmem_host_base(e->gmem);
	e->loop = rt_loop_new();
	ck_assert_int_eq(open_yaml(e, yaml), 0);
}

static void env_close(struct env *e)
{
	disk_close(e->d);
	rt_loop_destroy(e->loop);
	rt_gmem_destroy(e->gmem);
	rt_log_fini(&e->log);
}

struct done {
	int calls, status;
};

static void cb(void *ctx, int status)
{
	struct done *d = ctx;

	d->calls++;
	d->status = status;
}

/* Runs the loop until *flag reaches want (or TEST_WAIT_S pass: a failure). */
static void run_until(struct env *e, const int *flag, int want)
{
	WAIT_UNTIL(e->loop, *flag >= want);
}

/* One request on guest pages at gpa (len bytes as 4 KiB segments). */
static int io(struct env *e, uint8_t op, uint32_t flags, uint64_t lba, uint64_t gpa, uint32_t len,
	      uint64_t nblocks, struct disk_req *out)
{
	struct disk_seg segs[1024];
	struct done d = {0};
	struct disk_req r = {
		.op = op, .flags = flags, .lba = lba, .nblocks = nblocks, .cb = cb, .ctx = &d};
	uint32_t n = 0;
	int rc;

	for (uint32_t off = 0; off < len; off += 4096, n++)
		segs[n] = (struct disk_seg){.gpa = gpa + off,
					    .va = e->ram + gpa + off,
					    .len = len - off < 4096 ? len - off : 4096};
	r.segs = n ? segs : NULL;
	r.nsegs = n;
	rc = disk_submit(e->d, &r);
	if (rc)
		return rc;
	ck_assert_int_eq(d.calls, 0);
	run_until(e, &d.calls, 1);
	ck_assert_int_eq(d.calls, 1);
	if (out)
		*out = r;
	return d.status;
}

static void fill(uint8_t *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)((i * 31 + seed * 7) ^ (i >> 9));
}

START_TEST(test_rw_split_flush_unmap)
{
	struct env e;
	struct disk_nvme_stats st;
	uint8_t zero[65536] = {0};

	env_open(&e, "nvme: {emulated: {memory: 64M, mdts: 5}}\n");
	ck_assert_str_eq(e.d->kind, "nvme");
	ck_assert_uint_eq(e.d->block_size, 512);
	ck_assert_uint_eq(e.d->nblocks, (64u << 20) / 512);
	ck_assert(e.d->flags & DISK_F_FUA);
	ck_assert(e.d->flags & DISK_F_UNMAP);
	ck_assert(e.d->flags & DISK_F_WRITE_CACHE);
	/* 2 MiB: split into 16 commands of 128 KiB (MDTS 5). */
	fill(e.ram + 0x100000, 2u << 20, 1);
	ck_assert_int_eq(io(&e, DISK_OP_WRITE, DISK_REQ_FUA, 4096, 0x100000, 2u << 20, 0, NULL), 0);
	ck_assert_int_eq(io(&e, DISK_OP_READ, 0, 4096, 0x400000, 2u << 20, 0, NULL), 0);
	ck_assert(!memcmp(e.ram + 0x100000, e.ram + 0x400000, 2u << 20));
	disk_nvme_stats(e.d, &st);
	ck_assert_uint_eq(st.requests, 2);
	ck_assert_uint_eq(st.commands, 32);
	ck_assert_int_eq(io(&e, DISK_OP_FLUSH, 0, 0, 0, 0, 0, NULL), 0);
	/* UNMAP: Dataset Management; the blocks read as zeros after it. */
	ck_assert_int_eq(io(&e, DISK_OP_UNMAP, 0, 4096, 0, 0, 128, NULL), 0);
	ck_assert_int_eq(io(&e, DISK_OP_READ, 0, 4096, 0x400000, 65536, 0, NULL), 0);
	ck_assert(!memcmp(e.ram + 0x400000, zero, 65536));
	env_close(&e);
}
END_TEST

/* The emulator in its device process (pvdev beside this binary), guest RAM passed as its memfd. */
START_TEST(test_device_process)
{
	struct env e;

	env_open(&e, "nvme: {emulated: {memory: 8M, process: true}}\n");
	ck_assert_ptr_null(disk_nvme_emulator(e.d)); /* not in this process */
	ck_assert_uint_eq(e.d->nblocks, (8u << 20) / 512);
	fill(e.ram + 0x10000, 65536, 3);
	ck_assert_int_eq(io(&e, DISK_OP_WRITE, 0, 8, 0x10000, 65536, 0, NULL), 0);
	ck_assert_int_eq(io(&e, DISK_OP_READ, 0, 8, 0x40000, 65536, 0, NULL), 0);
	ck_assert(!memcmp(e.ram + 0x10000, e.ram + 0x40000, 65536));
	env_close(&e);
}
END_TEST

START_TEST(test_bounce)
{
	struct env e;
	struct disk_nvme_stats st;

	env_open(&e, "nvme: {emulated: {memory: 8M}, bounce: true}\n");
	fill(e.ram + 0x10000, 65536, 2);
	ck_assert_int_eq(io(&e, DISK_OP_WRITE, 0, 8, 0x10000, 65536, 0, NULL), 0);
	ck_assert_int_eq(io(&e, DISK_OP_READ, 0, 8, 0x40000, 65536, 0, NULL), 0);
	ck_assert(!memcmp(e.ram + 0x10000, e.ram + 0x40000, 65536));
	disk_nvme_stats(e.d, &st);
	ck_assert_uint_eq(st.bounced, 2);
	env_close(&e);
}
END_TEST

/* Each injected NVMe status reaches the caller as the sense the translation table gives. */
START_TEST(test_status_to_sense)
{
	static const struct {
		uint16_t nvme;
		bool write;
		int err;
		uint8_t key;
		uint16_t asc;
	} cases[] = {
		{0x281, false, -EIO, 0x3, 0x1100},  /* unrecovered read error */
		{0x280, true, -EIO, 0x3, 0x0300},   /* write fault */
		{0x020, true, -EROFS, 0x7, 0x2700}, /* namespace write protected */
		{0x080, false, -EIO, 0x5, 0x2100},  /* LBA out of range */
		{0x006, false, -EIO, 0x4, 0x4400},  /* internal error */
		{0x285, false, -EIO, 0xE, 0x1D00},  /* compare failure */
		{0x2fe, false, -EIO, 0x3, 0x1100},  /* unknown media status: medium error */
	};
	struct env e;

	env_open(&e, "nvme: {emulated: {memory: 8M}}\n");
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_IO,
					   .opcode = cases[i].write ? 0x01 : 0x02,
					   .action = NVME_EMU_FAULT_STATUS,
					   .status = cases[i].nvme,
					   .count = 1};
		struct disk_req r;

		nvme_emu_fault_clear(disk_nvme_emulator(e.d));
		ck_assert_int_eq(nvme_emu_fault_add(disk_nvme_emulator(e.d), &f), 0);
		ck_assert_int_eq(io(&e, cases[i].write ? DISK_OP_WRITE : DISK_OP_READ, 0, 16,
				    0x10000, 4096, 0, &r),
				 cases[i].err);
		ck_assert_msg(r.sense_key == cases[i].key && r.sense_asc == cases[i].asc,
			      "case %u: sense %x/%04x", i, r.sense_key, r.sense_asc);
	}
	env_close(&e);
}
END_TEST

/* The namespace grows and shrinks: the disk follows and tells its user once each time. */
START_TEST(test_capacity_change)
{
	struct env e;

	env_open(&e, "nvme: {emulated: {memory: 16M}}\n");
	ck_assert_uint_eq(e.d->nblocks, 32768);
	ck_assert_int_eq(nvme_emu_ns_resize(disk_nvme_emulator(e.d), 16384), 0);
	run_until(&e, &e.changed, 1);
	ck_assert_uint_eq(e.d->nblocks, 16384);
	ck_assert_int_eq(nvme_emu_ns_resize(disk_nvme_emulator(e.d), 30000), 0);
	run_until(&e, &e.changed, 2);
	ck_assert_uint_eq(e.d->nblocks, 30000);
	ck_assert_int_eq(io(&e, DISK_OP_READ, 0, 29990, 0x10000, 4096, 0, NULL), 0);
	env_close(&e);
}
END_TEST

START_TEST(test_bad_config)
{
	static const char *const bad[] = {
		"x: 1\n",
		"nvme: {emulated: {memory: 1M, path: a}}\n",
		"nvme: {vfio: 0000:00:04.0, emulated: {memory: 1M}}\n",
		"nvme: {emulated: {memory: 1M}, depth: 1}\n",
		"nvme: {emulated: {memory: lots}}\n",
		"nvme: {emulated: {memory: 1M, faults: [{action: explode}]}}\n",
		"nvme: {emulated: {memory: 1M}, colour: red}\n",
		"nvme: {emulated: {memory: 1M, process: true, faults: [{action: explode}]}}\n",
		"nvme: {emulated: {memory: 1M, process: yes please}}\n",
	};

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct rt_cfg *cfg;
		char err[256];
		void *c = NULL;

		ck_assert_int_eq(
			rt_cfg_parse("t.yaml", bad[i], strlen(bad[i]), &cfg, err, sizeof(err)), 0);
		ck_assert_msg(disk_nvme_backend.parse(cfg, cfg->root, &c) == -EINVAL,
			      "accepted: %s", bad[i]);
		ck_assert_msg(!strncmp(cfg->err, "t.yaml:", 7), "message: %s", cfg->err);
		rt_cfg_free(cfg);
	}
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_rw_split_flush_unmap),
					      PV_CASE(test_bounce),
					      PV_CASE(test_device_process),
					      PV_CASE(test_status_to_sense),
					      PV_CASE(test_capacity_change),
					      PV_CASE(test_bad_config),
					      {0}};

	return pv_check_run_timeout("disk_nvme", cases, 60);
}
