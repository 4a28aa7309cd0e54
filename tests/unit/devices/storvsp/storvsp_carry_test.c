/*
 * Requests carried across a live update (storvsp_save.c, STORVSP_IO; NVMe
 * keep-alive underneath), in one process: a detached storvsp with a LUN on
 * disk_nvme over the NVMe emulator (bounce buffers or guest pages), the
 * guest's reads held in flight by the emulator (its DELAY fault), the
 * controller saved, then storvsp, disk_nvme and the driver dropped as an
 * exec drops them (disk_nvme_abandon, storvsp_abandon: nothing completed,
 * sent or written to the device) while the emulator runs on, and new ones
 * restored from the state. Each guest request must complete exactly once,
 * on the new channel, with its transaction id and the data it asked for;
 * nothing on the old one. Damaged STORVSP_IO records are refused by the
 * check with a reason, and the old controller then runs on (its held reads
 * complete once).
 */
#include <check.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "devices/nvme/nvme_emu.h"
#include "devices/storvsp/storvsp_priv.h"
#include "devices/storvsp/storvsp_save.h"
#include "drivers/nvme/disk_nvme.h"
#include "runtime/config.h"
#include "runtime/savestate.h"
#include "sv_fake.h"
#include "tests/unit/pv_check.h"

#define NIO 6         /* reads of 4 KiB held in flight */
#define BIG_BLOCKS 32 /* and one of 16 KiB: 2 NVMe commands at mdts 1 */
#define SRC_PFN 16    /* written from here (NIO + 4 pages) */
#define DST_PFN 64    /* read into here */
#define BIG_LBA 1000

static struct pci_dev *KEPT; /* the function an "exec" left open */
static struct pcidev *EMU;   /* its emulator, running on */
static struct storvsp_lun_cfg LUN;
static struct rt_cfg *CFG;
static void *NCFG;
static bool OWN_IO; /* the controller's own I/O thread (else this thread's loop L) */

/* disk_nvme as the paravisor registers it, opened on the kept function after an "exec". */
static int t_open(const void *cfg, const struct disk_backend_env *env, uint32_t flags,
		  struct disk **out)
{
	if (env->restore)
		return disk_nvme_open_kept(cfg, env, flags, KEPT, out);
	return disk_nvme_backend.open(cfg, env, flags, out);
}

static const struct disk_backend t_backend = {.name = "nvme", .key = "nvme", .open = t_open};

static void drop_disk(struct disk *d, void *ctx)
{
	(void)ctx;
	KEPT = disk_nvme_abandon(d);
}

static void wake(struct ev_loop *loop, ev_timer *w, int revents)
{
	(void)loop;
	(void)w;
	(void)revents;
}

/* Runs the loop (or waits for the I/O thread) until f has `want` packets (bounded: 20 s). */
static void run_until_sent(struct fake *f, unsigned want)
{
	ev_timer guard;
	double t0;

	if (OWN_IO) {
		for (int i = 0; __atomic_load_n(&f->nsent, __ATOMIC_ACQUIRE) < want; i++) {
			ck_assert_msg(i < 20000, "%u of %u replies after 20 s", f->nsent, want);
			usleep(1000);
		}
		return;
	}
	ev_timer_init(&guard, wake, 0.01, 0.01);
	ev_timer_start(L, &guard);
	ev_now_update(L);
	t0 = ev_now(L);
	while (f->nsent < want) {
		ev_run(L, EVRUN_ONCE);
		ev_now_update(L);
		ck_assert_msg(ev_now(L) - t0 < 20, "%u of %u replies after 20 s", f->nsent, want);
	}
	ev_timer_stop(L, &guard);
}

static void fill(uint8_t *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)((i * 31 + seed * 7) ^ (i >> 9));
}

static uint8_t *page(uint64_t pfn)
{
	return (uint8_t *)rt_gmem_host_base(GM) + pfn * 4096;
}

/* READ(10) / WRITE(10) of `blocks` at lba through pages pfn.. on channel c. */
static void rw(struct storvsp_channel *c, bool write, uint64_t id, uint32_t lba, uint64_t pfn,
	       uint32_t blocks)
{
	uint8_t cdb[10] = {write ? 0x2A : 0x28,
			   0,
			   (uint8_t)(lba >> 24),
			   (uint8_t)(lba >> 16),
			   (uint8_t)(lba >> 8),
			   (uint8_t)lba,
			   0,
			   0,
			   (uint8_t)blocks,
			   0};
	uint32_t len = blocks * 512, npages = rt_gpa_range_pages(0, len);
	uint64_t pfns[16];
	struct storvsc_msg m = srb_msg(0, cdb, sizeof(cdb), len,
				       write ? STORVSC_DATA_IN_WRITE : STORVSC_DATA_IN_READ);

	for (uint32_t i = 0; i < npages; i++)
		pfns[i] = pfn + i;
	ck_assert_int_eq(
		deliver_on(c, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id, &m, len, 0, pfns, npages),
		0);
}

/* The controller with its LUN on the emulator, a session on channel 0, data written. */
static void start(const char *yaml)
{
	struct storvsp_opts o = {.log = &LOG, .max_io = 16};
	char err[256];
	unsigned base;

	memset(&F, 0, sizeof(F));
	KEPT = NULL;
	rt_log_init(&LOG);
	if (!getenv("PV_LOG"))
		rt_log_set_level(&LOG, RT_LOG_ERROR);
	L = rt_loop_new();
	o.io_loop = OWN_IO ? NULL : L;
	ck_assert_int_eq(rt_gmem_create_memfd(4u << 20, &GM), 0);
	ck_assert_int_eq(rt_cfg_parse("t.yaml", yaml, strlen(yaml), &CFG, err, sizeof(err)), 0);
	ck_assert_int_eq(disk_nvme_backend.parse(CFG, CFG->root, &NCFG), 0);
	LUN = (struct storvsp_lun_cfg){
		.lun = 0, .backend = "nvme", .ext = &t_backend, .ext_cfg = NCFG};
	ck_assert_int_eq(storvsp_create_detached(GM, &o, &S), 0);
	ck_assert_int_eq(storvsp_lun_add(S, &LUN), 0);
	EMU = disk_nvme_emulator(S->luns[0]->disk);
	ck_assert_ptr_nonnull(EMU);
	disk_nvme_keep_emulated(S->luns[0]->disk);
	ck_assert_int_eq(storvsp_channel_open(S, &fops, &F, 0, &P), 0);
	init_session(STORVSC_VERSION_WIN10);
	base = F.nsent;
	fill(page(SRC_PFN), (NIO + 4) * 4096, 5);
	for (unsigned i = 0; i < NIO; i++)
		rw(P, true, 100 + i, 8 * i, SRC_PFN + i, 8);
	rw(P, true, 99, BIG_LBA, SRC_PFN + NIO, BIG_BLOCKS);
	run_until_sent(&F, base + NIO + 1);
	for (unsigned i = base; i < F.nsent; i++)
		ck_assert_uint_eq(reply_srb_of(&F, i).status, STORVSC_SRB_STATUS_SUCCESS);
}

/* Waits until the emulator's counter `field` grew by n since the last mark (bounded: 20 s). */
static struct nvme_emu_stats MARK;
#define wait_emu(field, n)                                                               \
	do {                                                                             \
		struct nvme_emu_stats now_;                                              \
		for (int i_ = 0;; i_++) {                                                \
			ck_assert_int_eq(nvme_emu_get_stats(EMU, &now_), 0);             \
			if (now_.field >= MARK.field + (n))                              \
				break;                                                   \
			ck_assert_msg(i_ < 20000, "emulator " #field " %llu, want %llu", \
				      (unsigned long long)now_.field,                    \
				      (unsigned long long)(MARK.field + (n)));           \
			usleep(1000);                                                    \
		}                                                                        \
	} while (0)

/* Reads held by the device for `ms`, submitted (doorbells rung), none answered. */
static unsigned hold_reads(unsigned ms)
{
	struct nvme_emu_fault f = {.queue = NVME_EMU_FQ_IO,
				   .opcode = 0x02, /* Read */
				   .action = NVME_EMU_FAULT_DELAY,
				   .delay_ms = ms,
				   .count = NIO + 2};
	unsigned before = F.nsent;

	memset(page(DST_PFN), 0, (NIO + 4) * 4096);
	ck_assert_int_eq(nvme_emu_get_stats(EMU, &MARK), 0);
	ck_assert_int_eq(nvme_emu_fault_add(EMU, &f), 0);
	for (unsigned i = 0; i < NIO; i++)
		rw(P, false, 200 + i, 8 * i, DST_PFN + i, 8);
	rw(P, false, 299, BIG_LBA, DST_PFN + NIO, BIG_BLOCKS);
	if (!OWN_IO)
		ev_run(L, EVRUN_NOWAIT); /* the doorbell goes in the loop's prepare */
	wait_emu(commands, NIO + 2);
	ck_assert_uint_eq(F.nsent, before);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), NIO + 1);
	return before;
}

/* The state of S (one memfd), as the paravisor's save writes it. */
static int save_state(void)
{
	struct rt_ss_writer w;
	struct pvss_file_header h = {.update_count = 1, .part_kind = PVSS_PART_KIND_SIM};
	int memfd;

	ck_assert_int_eq(rt_ss_writer_init(&w), 0);
	ck_assert_int_eq(storvsp_save(S, &w), 0);
	ck_assert_int_eq(rt_ss_writer_finish(&w, &h, &memfd), 0);
	rt_ss_writer_fini(&w);
	return memfd;
}

static void finish(void)
{
	storvsp_channel_close(P);
	storvsp_destroy(S);
	disk_nvme_backend.free_cfg(NCFG);
	rt_cfg_free(CFG);
	rt_gmem_destroy(GM);
	rt_loop_destroy(L);
	rt_log_fini(&LOG);
}

/*
 * early: the device completes the held reads before the new controller
 * claims them (they wait in the CQ and the adopted queue pair reaps them on
 * its I/O thread as soon as it is open): each must still reach the guest,
 * a bounced read's data copied out of its kept bounce buffer at the claim.
 */
static void carried_across(const char *yaml, bool early)
{
	struct storvsp_opts o = {.log = &LOG, .max_io = 16};
	struct nvme_emu_stats before, after;
	struct disk_nvme_stats ds;
	struct fake old;
	struct rt_ss_reader r;
	bool seen[NIO + 1] = {false};
	unsigned base;
	int memfd;

	start(yaml);
	o.io_loop = OWN_IO ? NULL : L;
	ck_assert_int_eq(nvme_emu_get_stats(EMU, &before), 0);
	base = hold_reads(early ? 200 : 1500);
	memfd = save_state();
	/* The exec: the old controller, its LUN's disk and driver go; the device runs on. */
	storvsp_abandon(S, drop_disk, NULL);
	S = NULL;
	P = NULL;
	ck_assert_ptr_nonnull(KEPT);
	old = F;
	if (early)
		wait_emu(completions, NIO + 2);

	/* The new binary's check first: nothing built, every record taken. */
	ck_assert_int_eq(rt_ss_reader_open_fd(&r, memfd), 0);
	ck_assert_msg(storvsp_restore(NULL, &r, &o, &LUN, 1, true) == 0, "check: %s", r.err);
	ck_assert_int_eq(rt_ss_reader_finish(&r), 0);
	rt_ss_reader_fini(&r);

	/* The new controller: its channel opened again, the state restored onto it. */
	memset(&F, 0, sizeof(F));
	ck_assert_int_eq(storvsp_create_detached(GM, &o, &S), 0);
	ck_assert_int_eq(storvsp_channel_open(S, &fops, &F, 0, &P), 0);
	ck_assert_int_eq(rt_ss_reader_open_fd(&r, memfd), 0);
	ck_assert_msg(storvsp_restore(S, &r, &o, &LUN, 1, false) == 0, "restore: %s", r.err);
	ck_assert_int_eq(rt_ss_reader_finish(&r), 0);
	rt_ss_reader_fini(&r);
	close(memfd);
	if (!OWN_IO) /* else the I/O thread may be completing them already */
		ck_assert_uint_eq(storvsp_channel_outstanding(P), NIO + 1);

	/* Each completes once, here, with its id and its data; nothing went to the old channel. */
	run_until_sent(&F, NIO + 1);
	/* Nothing left anywhere that could answer a second time. */
	for (int i = 0; storvsp_channel_outstanding(P); i++) {
		ck_assert_msg(i < 20000, "requests still outstanding");
		usleep(1000);
	}
	for (unsigned i = 0; i < F.nsent; i++) {
		struct storvsc_scsi_request_v1 q = reply_srb_of(&F, i);
		uint64_t id = F.sent[i].id;
		unsigned k = id == 299 ? NIO : (unsigned)(id - 200);

		ck_assert_uint_eq(F.sent[i].type, VMRING_PKT_COMP);
		ck_assert_msg(k <= NIO && !seen[k], "reply %u: id %llu unknown or twice", i,
			      (unsigned long long)id);
		seen[k] = true;
		ck_assert_uint_eq(q.status, STORVSC_SRB_STATUS_SUCCESS);
		ck_assert_uint_eq(q.data_transfer_length, k == NIO ? BIG_BLOCKS * 512 : 4096);
	}
	ck_assert(!memcmp(page(DST_PFN), page(SRC_PFN), NIO * 4096 + BIG_BLOCKS * 512));
	ck_assert_uint_eq(old.nsent, base);
	ck_assert_uint_eq(F.nsent, NIO + 1);
	ck_assert_int_eq(disk_nvme_stats(S->luns[0]->disk, &ds), 0);
	ck_assert_uint_eq(ds.carried, NIO + 1);
	/* Early: all 8 commands were reaped before their claims (the LUN opened first). */
	ck_assert_uint_eq(ds.carried_early, early ? NIO + 2 : 0);
	ck_assert_int_eq(nvme_emu_get_stats(EMU, &after), 0);
	ck_assert_uint_eq(after.resets, before.resets);
	ck_assert_uint_eq(after.enables, before.enables);
	ck_assert_uint_eq(after.errors, before.errors);

	/* New I/O on the restored controller. */
	base = F.nsent;
	fill(page(SRC_PFN), 4096, 9);
	rw(P, true, 400, 3000, SRC_PFN, 8);
	run_until_sent(&F, base + 1);
	rw(P, false, 401, 3000, DST_PFN, 8);
	run_until_sent(&F, base + 2);
	ck_assert(!memcmp(page(DST_PFN), page(SRC_PFN), 4096));
	finish();
}

#define YAML "nvme:\n  emulated: {memory: 8M, mdts: 1}\n  depth: 32\n"

START_TEST(carried_guest_pages)
{
	OWN_IO = false;
	carried_across(YAML, false);
}
END_TEST

START_TEST(carried_bounced)
{
	/* The device writes the bounce buffers (DMA pool, kept); the new binary copies out. */
	OWN_IO = false;
	carried_across(YAML "  bounce: true\n", false);
}
END_TEST

START_TEST(carried_completed_before_claim)
{
	OWN_IO = true;
	carried_across(YAML "  bounce: true\n", true);
	OWN_IO = false;
}
END_TEST

/* The first STORVSP_IO of one NVMe command in a state buffer: its offset, or 0. */
static size_t find_io(const uint8_t *b, size_t len)
{
	for (size_t off = 0; off + 8 <= len;) {
		uint32_t t, l, kids;

		memcpy(&t, b + off, 4);
		memcpy(&l, b + off + 4, 4);
		memcpy(&kids, b + off + offsetof(struct pvss_wire_storvsp_io, nkids), 4);
		if (t == PVSS_REC_TYPE_STORVSP_IO && kids == 1)
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

/* Damaged STORVSP_IO records: refused by the check with a reason; the old binary runs on. */
START_TEST(carried_refused)
{
	static const struct {
		size_t off, n;
		uint32_t val;
		const char *why;
	} cases[] = {
		{offsetof(struct pvss_wire_storvsp_io, kids), 4, 0x0001007F, "none LUN 0's device"},
		{offsetof(struct pvss_wire_storvsp_io, kids) + 4, 4, 0x00010001,
		 "command 1 of 1 named"},
		{offsetof(struct pvss_wire_storvsp_io, sub), 4, 3, "names channel 3"},
		{offsetof(struct pvss_wire_storvsp_io, packet), 4, 0x09, "no EXECUTE_SRB"},
		{offsetof(struct pvss_wire_storvsp_io, packet) +
			 offsetof(struct storvsc_wire_srb_packet, srb) +
			 offsetof(struct storvsc_wire_scsi_request, lun),
		 1, 1, "LUN 1 is not one"},
		{offsetof(struct pvss_wire_storvsp_io, words), 4, 8192, "out of shape"},
	};
	struct storvsp_opts o = {.log = &LOG, .max_io = 16};
	uint8_t *buf;
	off_t len;
	unsigned base;
	int memfd;

	OWN_IO = false;
	start(YAML);
	o.io_loop = L;
	base = hold_reads(300);
	memfd = save_state();
	KEPT = disk_nvme_pci(S->luns[0]->disk); /* the check touches nothing of it */
	len = lseek(memfd, 0, SEEK_END);
	buf = malloc((size_t)len);
	ck_assert_int_eq(pread(memfd, buf, (size_t)len, 0), len);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint8_t *b = malloc((size_t)len);
		size_t at = find_io(buf, (size_t)len);
		struct rt_ss_reader r;
		int rc;

		ck_assert_uint_gt(at, 0);
		memcpy(b, buf, (size_t)len);
		memcpy(b + at + cases[i].off, &cases[i].val, cases[i].n);
		reseal(b, (size_t)len);
		rc = rt_ss_reader_open_buf(&r, b, (size_t)len);
		if (rc == 0)
			rc = storvsp_restore(NULL, &r, &o, &LUN, 1, true);
		ck_assert_msg(rc < 0, "case %zu accepted", i);
		ck_assert_msg(strstr(r.err, cases[i].why), "case %zu: '%s'", i, r.err);
		rt_ss_reader_fini(&r);
		free(b);
	}
	/* Two requests naming the same command. */
	{
		uint8_t *b = malloc((size_t)len);
		size_t a = find_io(buf, (size_t)len), k;
		uint32_t l;
		struct rt_ss_reader r;

		memcpy(b, buf, (size_t)len);
		memcpy(&l, b + a + 4, 4);
		k = a + ((l + 7) & ~7u);
		memcpy(b + k + offsetof(struct pvss_wire_storvsp_io, kids),
		       b + a + offsetof(struct pvss_wire_storvsp_io, kids), 4);
		reseal(b, (size_t)len);
		ck_assert_int_eq(rt_ss_reader_open_buf(&r, b, (size_t)len), 0);
		ck_assert_int_lt(storvsp_restore(NULL, &r, &o, &LUN, 1, true), 0);
		ck_assert_msg(strstr(r.err, "named twice"), "'%s'", r.err);
		rt_ss_reader_fini(&r);
		free(b);
	}
	free(buf);
	close(memfd);
	/* Refused: the old controller runs on, and its held reads complete once each. */
	storvsp_unquiesce(S);
	run_until_sent(&F, base + NIO + 1);
	ck_assert(!memcmp(page(DST_PFN), page(SRC_PFN), NIO * 4096 + BIG_BLOCKS * 512));
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 0);
	ck_assert_uint_eq(F.nsent, base + NIO + 1);
	finish();
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(carried_guest_pages),
					      PV_CASE(carried_bounced),
					      PV_CASE(carried_completed_before_claim),
					      PV_CASE(carried_refused),
					      {0}};

	return pv_check_run_timeout("storvsp_carry", cases, 60);
}
