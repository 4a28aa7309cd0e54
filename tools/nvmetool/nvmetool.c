/*
 * nvmetool: drives an NVMe controller with our user-mode driver alone.
 *
 *   nvmetool (--vfio BDF | --emulated FILE | --memory SIZE | --null SIZE)
 *            [--trace FILE] [--queues N] [--depth N] [--io-timeout-ms N]
 *            [--poll-us N] [--no-sgl] [--emu-poll] [--log-level L]
 *            [--ios N] [--qd N] [--bs BYTES] [--seed N] [--write-pct P]
 *            [--span BYTES] COMMAND
 *
 * Commands:
 *   identify     the controller and namespace 1, as the driver read them
 *   exercise     Write Zeroes over the span, random verified I/O, Flush, Dataset Management, Write
 *                Zeroes, a controller reset with I/O in flight, a final
 *                verification; prints "nvmetool: exercise PASS"
 *   conformance  a fixed sequence of admin and NVM commands, several of them
 *                malformed, for comparing controllers by their completions
 *                (record it with --trace, compare with `pvtrace diff`)
 *   bench        driver CPU per I/O, doorbells and interrupts per I/O
 *
 * Host memory for data is NT_MEM bytes mapped into the device at IOVA 0
 * (as the paravisor maps guest RAM). Exit status 0 only if the command
 * passed.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "devices/disk/disk.h"
#include "devices/nvme/nvme_emu.h"
#include "drivers/pci.h"
#include "runtime/loop.h"
#include "runtime/pcidev.h"
#include "runtime/trace.h"
#include "tools/common/pv_cli.h"
#include "tools/nvmetool/nvmetool.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: nvmetool (--vfio BDF | --emulated FILE | --memory SIZE | --null SIZE)\n"
		   "                [--trace FILE] [--queues N] [--depth N] [--io-timeout-ms N]\n"
		   "                [--poll-us N] [--no-sgl] [--emu-poll] [--log-level L]\n"
		   "                [--ios N] [--qd N] [--bs BYTES] [--seed N] [--write-pct P]\n"
		   "                [--span BYTES] identify|exercise|conformance|bench\n");
}

static void wake(struct ev_loop *loop, ev_timer *w, int revents)
{
}

bool nt_run_until(struct nt *t, const unsigned *count, unsigned want, double seconds)
{
	ev_timer guard;
	double t0;
	bool ok = true;

	ev_timer_init(&guard, wake, 0.05, 0.05);
	ev_timer_start(t->loop, &guard);
	ev_now_update(t->loop);
	t0 = ev_now(t->loop);
	while (*count < want) {
		ev_run(t->loop, EVRUN_ONCE);
		ev_now_update(t->loop);
		if (ev_now(t->loop) - t0 > seconds) {
			ok = false;
			break;
		}
	}
	ev_timer_stop(t->loop, &guard);
	return ok;
}

struct one {
	unsigned done;
	int status;
};

static void one_cb(void *ctx, int status)
{
	struct one *o = ctx;

	o->status = status;
	o->done++;
}

/*
 * Submits io on the buffer at off (len bytes, none if 0) and waits for its
 * completion (120 s at most): 0 with the completion's status in *status and
 * its result in *res (if res), or the submission's error, or -ETIMEDOUT.
 */
static int run_io(struct nt *t, struct nvme_io *io, uint64_t off, uint32_t len,
		  struct nvme_io_result *res, int *status)
{
	struct one o = {0};
	struct nvme_sge sg = {.iova = off, .va = t->mem + off, .len = len};
	int rc;

	io->sg = len ? &sg : NULL;
	io->nsg = len ? 1 : 0;
	io->cb = one_cb;
	io->ctx = &o;
	rc = nvme_io_submit(t->q, io);
	if (rc)
		return rc;
	if (!nt_run_until(t, &o.done, 1, 120))
		return -ETIMEDOUT;
	if (res)
		*res = io->result;
	*status = o.status;
	return 0;
}

int nt_io(struct nt *t, uint8_t op, uint32_t flags, uint64_t lba, uint64_t off, uint32_t len,
	  uint32_t nblocks, struct nvme_io_result *res)
{
	struct nvme_io io = {.op = op, .flags = flags, .nsid = 1, .lba = lba, .nblocks = nblocks};
	int status, rc = run_io(t, &io, off, len, res, &status);

	return rc ? rc : status;
}

int nt_passthru(struct nt *t, const uint8_t *sqe, uint64_t off, uint32_t len,
		struct nvme_io_result *res)
{
	struct nvme_io io = {.op = NVME_IO_PASSTHRU, .raw = sqe};
	int status, rc = run_io(t, &io, off, len, res, &status);

	/* A command the controller failed still has its status in *res. */
	return rc ? rc : status == -EIO ? 0 : status;
}

static int identify(struct nt *t)
{
	const struct nvme_ctrlr_info *in = nvme_ctrlr_info(t->c);

	printf("nvmetool: controller '%s' serial '%s' firmware '%s', vendor 0x%04x, NVMe %u.%u\n",
	       in->mn, in->sn, in->fr, in->vid, in->version >> 16, (in->version >> 8) & 0xFF);
	printf("nvmetool: %u I/O queue pairs of up to %u entries, max transfer %u KiB, %s, "
	       "volatile write cache %s, ONCS 0x%04x\n",
	       in->io_queues, in->max_entries, in->max_xfer >> 10, in->sgl ? "SGLs" : "PRPs only",
	       in->vwc ? "yes" : "no", in->oncs);
	printf("nvmetool: namespace 1: %llu blocks of %u bytes (%llu MiB)%s\n",
	       (unsigned long long)t->ns.nblocks, t->ns.block_size,
	       (unsigned long long)(t->ns.nblocks * t->ns.block_size >> 20),
	       t->ns.dealloc_zeroes ? ", deallocated blocks read as zeros" : "");
	return 0;
}

struct opts {
	const char *bdf, *file, *memory, *null, *trace, *level;
	uint16_t queues;
	uint32_t depth, io_timeout_ms, poll_us;
	bool no_sgl, emu_poll;
};

static int open_pci(struct nt *t, const struct opts *o, struct pci_dev **pci)
{
	struct nvme_emu_opts eo = {
		.name = "nvme-emu", .log = &t->log, .sgl = true, .poll = o->emu_poll};
	int rc;

	if (o->bdf)
		return pci_vfio_open(o->bdf, &t->log, pci);
	eo.backend = o->file ? "file" : o->memory ? "memory" : "null";
	eo.arg = o->file ? o->file : o->memory ? o->memory : o->null;
	rc = nvme_emu_create(&eo, &t->emu);
	if (rc)
		return rc;
	rc = pci_emu_open(t->emu, &t->log, pci);
	if (rc)
		t->emu->ops->destroy(t->emu);
	return rc;
}

int main(int argc, char **argv)
{
	struct opts o = {.queues = 1, .depth = 256};
	struct nt t = {.ios = 10000, .qd = 16, .bs = 4096, .seed = 1, .write_pct = 50};
	const struct pv_cli_opt opts[] = {
		PV_OPT_STR("vfio", 0, &o.bdf),
		PV_OPT_STR("emulated", 0, &o.file),
		PV_OPT_STR("memory", 0, &o.memory),
		PV_OPT_STR("null", 0, &o.null),
		PV_OPT_STR("trace", 0, &o.trace),
		PV_OPT_UNSIGNED("queues", 0, &o.queues, 0, UINT16_MAX),
		PV_OPT_UNSIGNED("depth", 0, &o.depth, 0, UINT32_MAX),
		PV_OPT_UNSIGNED("io-timeout-ms", 0, &o.io_timeout_ms, 0, UINT32_MAX),
		PV_OPT_UNSIGNED("poll-us", 0, &o.poll_us, 0, UINT32_MAX),
		PV_OPT_FLAG("no-sgl", 0, &o.no_sgl),
		PV_OPT_FLAG("emu-poll", 0, &o.emu_poll),
		PV_OPT_STR("log-level", 0, &o.level),
		PV_OPT_UNSIGNED("ios", 0, &t.ios, 0, UINT64_MAX),
		PV_OPT_UNSIGNED("qd", 0, &t.qd, 1, 1024),
		PV_OPT_UNSIGNED("bs", 0, &t.bs, 512, 1u << 20),
		PV_OPT_UNSIGNED("seed", 0, &t.seed, 0, UINT32_MAX),
		PV_OPT_UNSIGNED("write-pct", 0, &t.write_pct, 0, 100),
		PV_OPT_UNSIGNED("span", 0, &t.span, 0, UINT64_MAX),
		PV_OPT_HELP('h'),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "nvmetool", .usage = usage, .opts = opts};
	struct nvme_ctrlr_opts co = {0};
	struct pci_dev *pci;
	const char *cmd;
	enum rt_log_level lvl;
	int rc, result = 1;

	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
	if (optind + 1 != argc || !!o.bdf + !!o.file + !!o.memory + !!o.null != 1 || t.bs % 512) {
		usage(stderr);
		return 2;
	}
	cmd = argv[optind];
	rt_log_init(&t.log);
	if (o.level) {
		if (rt_log_level_parse(o.level, &lvl)) {
			usage(stderr);
			return 2;
		}
		rt_log_set_level(&t.log, lvl);
	}
	t.mem = mmap(NULL, NT_MEM, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	t.loop = rt_loop_new();
	if (t.mem == MAP_FAILED || !t.loop) {
		fprintf(stderr, "nvmetool: out of memory\n");
		return 1;
	}
	if (o.trace && (rc = rt_trace_open(o.trace, NULL, &t.trace))) {
		fprintf(stderr, "nvmetool: --trace %s: %s\n", o.trace, strerror(-rc));
		return 1;
	}
	rc = open_pci(&t, &o, &pci);
	if (rc) {
		fprintf(stderr, "nvmetool: %s: %s\n", o.bdf ? o.bdf : "emulator", strerror(-rc));
		goto out_trace;
	}
	rc = pci_dma_map(pci, t.mem, 0, NT_MEM);
	if (rc) {
		fprintf(stderr, "nvmetool: mapping memory for the device: %s\n", strerror(-rc));
		pci_close(pci);
		goto out_trace;
	}
	co = (struct nvme_ctrlr_opts){.name = "nvme",
				      .log = &t.log,
				      .pci = pci,
				      .io_queues = o.queues,
				      .io_depth = o.depth,
				      .io_timeout_ms = o.io_timeout_ms,
				      .poll_us = o.poll_us,
				      .no_sgl = o.no_sgl,
				      .trace = t.trace};
	rc = nvme_ctrlr_open(&co, &t.c);
	if (rc) {
		fprintf(stderr, "nvmetool: controller: %s\n", strerror(-rc));
		goto out_trace;
	}
	if ((rc = nvme_ctrlr_ns(t.c, 1, &t.ns)) ||
	    (rc = nvme_qpair_create(t.c, t.loop, o.depth, false, &t.q))) {
		fprintf(stderr, "nvmetool: namespace 1 / I/O queue: %s\n", strerror(-rc));
		goto out_ctrlr;
	}
	if (!t.span && !strcmp(cmd, "exercise"))
		t.span = 16u << 20; /* rewrites and reads of written chunks; a short final check */
	if (!t.span || t.span > t.ns.nblocks * t.ns.block_size)
		t.span = t.ns.nblocks * t.ns.block_size;
	if (t.span > (1ull << 30))
		t.span = 1ull << 30;
	if (!strcmp(cmd, "identify"))
		result = identify(&t);
	else if (!strcmp(cmd, "exercise"))
		result = identify(&t) || nt_exercise(&t);
	else if (!strcmp(cmd, "conformance"))
		result = nt_conformance(&t);
	else if (!strcmp(cmd, "bench"))
		result = nt_bench(&t);
	else
		usage(stderr);
	nvme_qpair_destroy(t.q);
out_ctrlr:
	nvme_ctrlr_close(t.c);
out_trace:
	rt_trace_close(t.trace);
	rt_loop_destroy(t.loop);
	munmap(t.mem, NT_MEM);
	rt_log_fini(&t.log);
	return result ? 1 : 0;
}
