/*
 * bench_storvsp: CPU cost of one 4 KiB I/O through pvguest -> sim partition
 * -> VMBus server -> storvsp -> scsi_disk -> disk backend, at QD1 and QD32,
 * for the null backend (protocol cost only) and the file backend.
 *
 * The host runs in a child process (tests/protocol/storvsp/sv_host.c). CPU
 * time: the guest's CLOCK_PROCESS_CPUTIME_ID and the sum of the host
 * threads' run time from /proc/<pid>/task/<tid>/schedstat, both measured
 * around the timed loop. Signals: guest->host from pv_guest's counter,
 * host->guest from the channel's counter. Syscalls: the raw_syscalls:sys_enter
 * tracepoint counted with perf_event_open on every thread of both processes
 * (needs root or perf_event_paranoid <= -1, and tracefs; "n/a" otherwise).
 * Context switches: voluntary + involuntary of the host's threads
 * (/proc/<pid>/task/<tid>/status).
 *
 * Baseline, measured in the same run: the same I/O pattern (4 KiB, random
 * over the same span, same write share, same QD) submitted straight to the
 * same disk backend by this process on its own loop (disk_open + disk_submit:
 * no VMBus, no storvsp, no SCSI), as CPU ns per I/O of this process. The
 * ratio paravisor/direct is what the paravisor costs on top of the backend.
 *
 *   bench_storvsp [--ios N] [--qd1-ios N] [--file PATH] [--rw-pct WRITE%] [--reps N]
 *                 [--json FILE]
 */
#include <dirent.h>
#include <stddef.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <linux/perf_event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "devices/disk/disk.h"
#include "runtime/loop.h"
#include "runtime/util.h"
#include "sv_host.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/storvsc_client.h"

#define MAX_FDS 64

struct counters {
	int fds[MAX_FDS];
	int n;
};

static int tracepoint_id(void)
{
	FILE *f = fopen("/sys/kernel/tracing/events/raw_syscalls/sys_enter/id", "r");
	int id = -1;

	if (!f)
		f = fopen("/sys/kernel/debug/tracing/events/raw_syscalls/sys_enter/id", "r");
	if (!f)
		return -1;
	if (fscanf(f, "%d", &id) != 1)
		id = -1;
	fclose(f);
	return id;
}

static int count_open(struct counters *c, int tp, pid_t tid)
{
	struct perf_event_attr a = {.type = PERF_TYPE_TRACEPOINT,
				    .size = sizeof(a),
				    .config = (uint64_t)tp,
				    .disabled = 0,
				    .inherit = 1};
	int fd;

	if (c->n >= MAX_FDS)
		return -ENOSPC;
	fd = (int)syscall(SYS_perf_event_open, &a, tid, -1, -1, 0);
	if (fd < 0)
		return -errno;
	c->fds[c->n++] = fd;
	return 0;
}

/* Every thread of pid (the host's workers and I/O thread exist by now). */
static int count_open_all(struct counters *c, int tp, pid_t pid)
{
	char path[64];
	struct dirent *e;
	DIR *d;
	int rc = 0;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	d = opendir(path);
	if (!d)
		return -errno;
	while ((e = readdir(d)) && !rc)
		if (e->d_name[0] != '.')
			rc = count_open(c, tp, atoi(e->d_name));
	closedir(d);
	return rc;
}

static uint64_t count_read(struct counters *c)
{
	uint64_t sum = 0, v;

	for (int i = 0; i < c->n; i++)
		if (read(c->fds[i], &v, sizeof(v)) == sizeof(v))
			sum += v;
	return sum;
}

static void count_close(struct counters *c)
{
	for (int i = 0; i < c->n; i++)
		close(c->fds[i]);
	c->n = 0;
}

/* Run time of one thread in ns (its schedstat's first field). */
static uint64_t read_run_ns(FILE *f)
{
	unsigned long long ns;

	return fscanf(f, "%llu", &ns) == 1 ? ns : 0;
}

/* Voluntary + involuntary context switches of one thread (its status). */
static uint64_t read_ctxsw(FILE *f)
{
	char line[128];
	unsigned long long v;
	uint64_t sum = 0;

	while (fgets(line, sizeof(line), f))
		if ((sscanf(line, "voluntary_ctxt_switches: %llu", &v) == 1 ||
		     sscanf(line, "nonvoluntary_ctxt_switches: %llu", &v) == 1))
			sum += v;
	return sum;
}

/* The sum of each() over /proc/PID/task/<every thread>/file. */
static uint64_t proc_tasks_sum(pid_t pid, const char *file, uint64_t (*each)(FILE *f))
{
	char path[320];
	struct dirent *e;
	uint64_t sum = 0;
	DIR *d;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	d = opendir(path);
	if (!d)
		return 0;
	while ((e = readdir(d))) {
		FILE *f;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%s/%s", (int)pid, e->d_name, file);
		f = fopen(path, "r");
		if (f) {
			sum += each(f);
			fclose(f);
		}
	}
	closedir(d);
	return sum;
}

static uint64_t self_cpu_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

struct row {
	const char *backend;
	uint32_t qd;
	uint64_t ios;
	double iops, guest_ns, host_ns;
	double gsig, hsig_in, hsig_out, gsys, hsys, hcsw;
	bool have_sys;
	double direct_ns; /* baseline: the backend driven directly, CPU ns per I/O */
};

static int run(const char *backend, const char *arg, uint32_t qd, uint64_t ios, unsigned wpct,
	       struct row *r)
{
	struct sv_host_opts ho = {.nluns = 1};
	struct host h;
	struct pvg_opts go = {0};
	struct pvsc_opts so = {.slots = qd};
	struct pvsc_workload w = {
		.qd = qd, .ios = ios, .write_pct = wpct, .mix_set = true, .span = 256u << 20};
	struct pvsc_workload_result res;
	struct counters gc = {0}, hc = {0};
	struct pvg *g;
	struct pvsc *sc;
	char err[256];
	int rc, tp = tracepoint_id();

	ho.luns[0] = (struct storvsp_lun_cfg){.lun = 0, .backend = backend, .arg = arg};
	rc = sv_host_start(&h, &ho);
	if (rc)
		return rc;
	go.socket = h.sock;
	rc = pvg_connect(&go, &g, err, sizeof(err));
	if (!rc)
		rc = pvg_negotiate(g);
	if (!rc)
		rc = pvg_request_offers(g);
	if (!rc)
		rc = pvsc_open(g, &so, &sc);
	if (rc) {
		host_kill(&h);
		return rc;
	}
	/* Warm-up: page faults, first-touch of the disk and rings. */
	w.ios = ios / 10 + 100;
	rc = pvsc_run_workload(sc, &w, &res);
	w.ios = ios;
	r->have_sys = tp >= 0 && !count_open(&gc, tp, 0) && !count_open_all(&hc, tp, h.pid);
	uint64_t gs0 = pvg_chan_signals_sent(pvsc_chan(sc, 0));
	long long hin0 = host_cmd(&h, "chan sigin"), hout0 = host_cmd(&h, "chan sigout");
	uint64_t gsys0 = count_read(&gc), hsys0 = count_read(&hc);
	uint64_t cs0 = proc_tasks_sum(h.pid, "status", read_ctxsw);
	uint64_t g0 = self_cpu_ns(), h0 = proc_tasks_sum(h.pid, "schedstat", read_run_ns);
	if (!rc)
		rc = pvsc_run_workload(sc, &w, &res);
	uint64_t g1 = self_cpu_ns(), h1 = proc_tasks_sum(h.pid, "schedstat", read_run_ns);
	uint64_t cs1 = proc_tasks_sum(h.pid, "status", read_ctxsw);
	uint64_t gsys1 = count_read(&gc), hsys1 = count_read(&hc);
	uint64_t gs1 = pvg_chan_signals_sent(pvsc_chan(sc, 0));
	long long hin1 = host_cmd(&h, "chan sigin"), hout1 = host_cmd(&h, "chan sigout");
	count_close(&gc);
	count_close(&hc);
	if (!rc && res.errors)
		rc = -EIO;
	if (!rc) {
		double n = (double)res.ios;
		r->backend = backend;
		r->qd = qd;
		r->ios = res.ios;
		r->iops = n / res.seconds;
		r->guest_ns = (double)(g1 - g0) / n;
		r->host_ns = (double)(h1 - h0) / n;
		r->gsig = (double)(gs1 - gs0) / n;
		/* The host reads "chan" over the command pipe: those calls are not I/O. */
		r->hsig_in = (double)(hin1 - hin0) / n;
		r->hsig_out = (double)(hout1 - hout0) / n;
		r->gsys = (double)(gsys1 - gsys0) / n;
		r->hsys = (double)(hsys1 - hsys0) / n;
		r->hcsw = (double)(cs1 - cs0) / n;
	}
	pvsc_close(sc);
	pvg_close(g);
	if (host_stop(&h) && !rc)
		rc = -EIO;
	return rc;
}

/* ---- baseline: the backend driven directly ---- */

struct direct;
struct dslot {
	struct disk_req req;
	struct disk_seg seg;
	struct direct *x;
};

struct direct {
	struct disk *d;
	struct ev_loop *loop;
	uint64_t rng, left, inflight, errors, chunks;
	unsigned wpct;
};

static uint64_t mix(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static void direct_done(void *ctx, int status);

static void direct_issue(struct direct *x, struct dslot *s)
{
	uint64_t r = mix(x->rng += 0x9e3779b97f4a7c15ull);

	s->req = (struct disk_req){.op = (r >> 40) % 100 < x->wpct ? DISK_OP_WRITE : DISK_OP_READ,
				   .lba = (r % x->chunks) * (4096 / x->d->block_size),
				   .segs = &s->seg,
				   .nsegs = 1,
				   .cb = direct_done,
				   .ctx = s};
	x->left--;
	x->inflight++;
	if (disk_submit(x->d, &s->req)) {
		x->inflight--;
		x->errors++;
	}
}

static void direct_done(void *ctx, int status)
{
	struct dslot *s = ctx;
	struct direct *x = s->x;

	x->inflight--;
	if (status)
		x->errors++;
	if (x->left && !x->errors)
		direct_issue(x, s);
	else if (!x->inflight)
		ev_break(x->loop, EVBREAK_ONE);
}

static int direct_pass(struct direct *x, struct dslot *slots, uint32_t qd, uint64_t ios)
{
	x->left = ios;
	for (uint32_t i = 0; i < qd && x->left; i++)
		direct_issue(x, &slots[i]);
	if (x->inflight)
		ev_run(x->loop, 0);
	return x->errors ? -EIO : 0;
}

/* CPU ns per I/O of the same pattern straight on the backend, in this process. */
static int run_direct(const char *backend, const char *arg, uint32_t qd, uint64_t ios,
		      unsigned wpct, double *ns)
{
	struct direct x = {.rng = 2, .wpct = wpct};
	struct dslot *slots = calloc(qd, sizeof(*slots));
	uint8_t *bufs = NULL;
	uint64_t t0;
	int rc;

	x.loop = rt_loop_new();
	if (!slots || !x.loop || posix_memalign((void **)&bufs, 4096, (size_t)qd * 4096)) {
		rc = -ENOMEM;
		goto out;
	}
	memset(bufs, 0x5a, (size_t)qd * 4096);
	rc = disk_open(backend, arg, 0, x.loop, &x.d);
	if (rc)
		goto out;
	x.chunks = rt_min(x.d->nblocks * x.d->block_size, (uint64_t)256 << 20) / 4096;
	for (uint32_t i = 0; i < qd; i++) {
		slots[i].x = &x;
		slots[i].seg = (struct disk_seg){.va = bufs + (size_t)i * 4096, .len = 4096};
	}
	rc = direct_pass(&x, slots, qd, ios / 10 + 100); /* warm-up, as the paravisor rows */
	t0 = self_cpu_ns();
	if (!rc)
		rc = direct_pass(&x, slots, qd, ios);
	*ns = (double)(self_cpu_ns() - t0) / (double)ios;
	disk_close(x.d);
out:
	if (x.loop)
		rt_loop_destroy(x.loop);
	free(bufs);
	free(slots);
	return rc;
}

static void json_rows(FILE *f, const struct row *rows, int n, unsigned wpct, uint64_t ios,
		      double memcpy_ns)
{
	fprintf(f,
		"{\"bench\": \"storvsp\", \"write_pct\": %u, \"ios\": %llu, "
		"\"memcpy_4k_ns\": %.1f, \"rows\": [\n",
		wpct, (unsigned long long)ios, memcpy_ns);
	for (int i = 0; i < n; i++) {
		const struct row *r = &rows[i];
		char hs[32] = "null", gs[32] = "null";
		if (r->have_sys) {
			snprintf(hs, sizeof(hs), "%.3f", r->hsys);
			snprintf(gs, sizeof(gs), "%.3f", r->gsys);
		}
		fprintf(f,
			" {\"backend\": \"%s\", \"qd\": %u, \"iops\": %.0f, \"guest_ns\": %.0f, "
			"\"host_ns\": %.0f, \"direct_ns\": %.0f, \"ratio\": %.2f, "
			"\"guest_signals\": %.4f, \"host_wakeups\": %.4f, "
			"\"guest_interrupts\": %.4f, \"host_syscalls\": %s, "
			"\"guest_syscalls\": %s, \"host_ctxsw\": %.3f}%s\n",
			r->backend, r->qd, r->iops, r->guest_ns, r->host_ns, r->direct_ns,
			r->direct_ns > 0 ? r->host_ns / r->direct_ns : 0, r->gsig, r->hsig_in,
			r->hsig_out, hs, gs, r->hcsw, i + 1 < n ? "," : "");
	}
	fprintf(f, "]}\n");
}

/* ns per 4 KiB memcpy in this process: the scale every row is read against. */
static double memcpy_4k_ns(void)
{
	static uint8_t a[4096], b[4096];
	const int n = 200000;
	uint64_t t0 = self_cpu_ns();

	for (int i = 0; i < n; i++) {
		a[i & 4095] = (uint8_t)i;
		memcpy(b, a, sizeof(a));
		__asm__ volatile("" ::"r"(b) : "memory");
	}
	return (double)(self_cpu_ns() - t0) / n;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

#define MAX_REPS 15

/* Field-wise median of reps runs (each figure is noisy on its own on a shared machine). */
static void median_row(struct row *reps, int n, struct row *out)
{
	double v[MAX_REPS];
	size_t offs[] = {offsetof(struct row, iops),    offsetof(struct row, guest_ns),
			 offsetof(struct row, host_ns), offsetof(struct row, gsig),
			 offsetof(struct row, hsig_in), offsetof(struct row, hsig_out),
			 offsetof(struct row, gsys),    offsetof(struct row, hsys),
			 offsetof(struct row, hcsw),    offsetof(struct row, direct_ns)};

	*out = reps[0];
	for (size_t k = 0; k < sizeof(offs) / sizeof(offs[0]); k++) {
		for (int i = 0; i < n; i++)
			v[i] = *(double *)((char *)&reps[i] + offs[k]);
		qsort(v, (size_t)n, sizeof(v[0]), cmp_double);
		*(double *)((char *)out + offs[k]) = v[n / 2];
	}
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"ios", required_argument, NULL, 'n'},     {"file", required_argument, NULL, 'f'},
		{"rw-pct", required_argument, NULL, 'w'},  {"reps", required_argument, NULL, 'r'},
		{"qd1-ios", required_argument, NULL, 'q'}, {"json", required_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0},
	};
	uint64_t ios = 200000, qd1_ios = 0;
	unsigned wpct = 50;
	int nreps = 3;
	char tmpl[] = "/var/tmp/bench-storvsp-XXXXXX";
	const char *file = NULL, *json = NULL;
	struct row rows[4], reps[MAX_REPS];
	int c, nrows = 0, fd = -1;
	double mc;

	setenv("PV_LOG", "warn", 0); /* the host's per-connection info lines would fill the table */
	while ((c = getopt_long(argc, argv, "n:f:w:r:q:j:h", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			ios = strtoull(optarg, NULL, 0);
			break;
		case 'f':
			file = optarg;
			break;
		case 'w':
			wpct = (unsigned)strtoul(optarg, NULL, 0);
			break;
		case 'r':
			nreps = atoi(optarg);
			break;
		case 'q':
			qd1_ios = strtoull(optarg, NULL, 0);
			break;
		case 'j':
			json = optarg;
			break;
		default:
			fprintf(c == 'h' ? stdout : stderr,
				"usage: bench_storvsp [--ios N] [--file PATH] [--rw-pct WRITE%%] "
				"[--reps N] [--qd1-ios N] [--json FILE]\n");
			return c == 'h' ? 0 : 2;
		}
	}
	if (!qd1_ios)
		qd1_ios = ios / 5 ? ios / 5 : 1; /* QD1 is one wake-up per I/O: fewer do */
	if (nreps < 1 || nreps > MAX_REPS || !ios) {
		fprintf(stderr, "bench_storvsp: --reps 1..%d, --ios > 0\n", MAX_REPS);
		return 2;
	}
	if (!file) {
		fd = mkstemp(tmpl);
		if (fd < 0 || ftruncate(fd, 256 << 20)) {
			perror("bench_storvsp: temporary disk");
			return 1;
		}
		file = tmpl;
	}
	mc = memcpy_4k_ns();
	static const struct {
		const char *be;
		uint32_t qd;
	} plan[] = {{"null", 1}, {"null", 32}, {"file", 1}, {"file", 32}};
	for (size_t i = 0; i < 4; i++) {
		const char *arg = strcmp(plan[i].be, "null") ? file : "256M";
		int rc = 0, k;
		/* Paravisor and direct runs alternate, so both see the same machine load. */
		uint64_t n = plan[i].qd == 1 ? qd1_ios : ios;
		for (k = 0; k < nreps && !rc; k++) {
			rc = run(plan[i].be, arg, plan[i].qd, n, wpct, &reps[k]);
			if (!rc)
				rc = run_direct(plan[i].be, arg, plan[i].qd, n, wpct,
						&reps[k].direct_ns);
		}
		if (rc) {
			fprintf(stderr, "bench_storvsp: %s QD%u: %s\n", plan[i].be, plan[i].qd,
				strerror(-rc));
			continue;
		}
		median_row(reps, nreps, &rows[nrows++]);
	}
	if (fd >= 0) {
		close(fd);
		unlink(tmpl);
	}
	printf("storvsp 4 KiB random I/O, %u%% writes, %llu I/Os per row (QD1: %llu), median of "
	       "%d (file: %s)\n",
	       wpct, (unsigned long long)ios, (unsigned long long)qd1_ios, nreps,
	       file == tmpl ? "temporary in /var/tmp" : file);
	printf("%-7s %4s %9s %9s %9s %9s %7s %8s %8s %8s %7s %7s %7s\n", "backend", "QD", "IOPS",
	       "guest ns", "host ns", "direct ns", "ratio", "g->h sig", "h rx sig", "h->g sig",
	       "g sys", "h sys", "h csw");
	for (int i = 0; i < nrows; i++) {
		struct row *r = &rows[i];
		char gs[16] = "n/a", hs[16] = "n/a";
		if (r->have_sys) {
			snprintf(gs, sizeof(gs), "%.2f", r->gsys);
			snprintf(hs, sizeof(hs), "%.2f", r->hsys);
		}
		printf("%-7s %4u %9.0f %9.0f %9.0f %9.0f %6.1fx %8.3f %8.3f %8.3f %7s %7s %7.2f\n",
		       r->backend, r->qd, r->iops, r->guest_ns, r->host_ns, r->direct_ns,
		       r->host_ns / r->direct_ns, r->gsig, r->hsig_in, r->hsig_out, gs, hs,
		       r->hcsw);
	}
	printf("per I/O: CPU ns of each process (host = the paravisor); baseline: direct ns = the\n"
	       "same I/O pattern on the same backend from this process without "
	       "VMBus/storvsp/SCSI,\n"
	       "ratio = host/direct; signals: guest->host sent, host wake-ups from the guest's\n"
	       "signal, host->guest interrupts; syscalls per I/O of each process; h csw = the\n"
	       "host's context switches per I/O. memcpy of 4 KiB here: %.0f ns.\n",
	       mc);
	if (json) {
		FILE *f = fopen(json, "w");
		if (!f) {
			perror(json);
			return 1;
		}
		json_rows(f, rows, nrows, wpct, ios, mc);
		fclose(f);
	}
	return nrows == 4 ? 0 : 1;
}
