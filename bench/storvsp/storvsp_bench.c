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
 * (needs root or perf_event_paranoid <= -1; "n/a" otherwise).
 *
 *   bench_storvsp [--ios N] [--file PATH] [--rw-pct WRITE%]
 */
#include <dirent.h>
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

/* Run time of all threads of pid in ns (schedstat's first field). */
static uint64_t proc_cpu_ns(pid_t pid)
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
		unsigned long long ns;
		FILE *f;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%s/schedstat", (int)pid, e->d_name);
		f = fopen(path, "r");
		if (f && fscanf(f, "%llu", &ns) == 1)
			sum += ns;
		if (f)
			fclose(f);
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
	double gsig, hsig_in, hsig_out, gsys, hsys;
	bool have_sys;
};

static int run(const char *backend, const char *arg, uint32_t qd, uint64_t ios, unsigned wpct,
	       struct row *r)
{
	struct sv_host_opts ho = {.nluns = 1};
	struct sv_host h;
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
		sv_host_kill(&h);
		return rc;
	}
	/* Warm-up: page faults, first-touch of the disk and rings. */
	w.ios = ios / 10 + 100;
	rc = pvsc_run_workload(sc, &w, &res);
	w.ios = ios;
	r->have_sys = tp >= 0 && !count_open(&gc, tp, 0) && !count_open_all(&hc, tp, h.pid);
	uint64_t gs0 = pvg_chan_signals_sent(pvsc_chan(sc, 0));
	long long hin0 = sv_host_cmd(&h, "chan sigin"), hout0 = sv_host_cmd(&h, "chan sigout");
	uint64_t gsys0 = count_read(&gc), hsys0 = count_read(&hc);
	uint64_t g0 = self_cpu_ns(), h0 = proc_cpu_ns(h.pid);
	if (!rc)
		rc = pvsc_run_workload(sc, &w, &res);
	uint64_t g1 = self_cpu_ns(), h1 = proc_cpu_ns(h.pid);
	uint64_t gsys1 = count_read(&gc), hsys1 = count_read(&hc);
	uint64_t gs1 = pvg_chan_signals_sent(pvsc_chan(sc, 0));
	long long hin1 = sv_host_cmd(&h, "chan sigin"), hout1 = sv_host_cmd(&h, "chan sigout");
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
	}
	pvsc_close(sc);
	pvg_close(g);
	if (sv_host_stop(&h) && !rc)
		rc = -EIO;
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"ios", required_argument, NULL, 'n'},
		{"file", required_argument, NULL, 'f'},
		{"rw-pct", required_argument, NULL, 'w'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	uint64_t ios = 200000;
	unsigned wpct = 50;
	char tmpl[] = "/var/tmp/bench-storvsp-XXXXXX";
	const char *file = NULL;
	struct row rows[4];
	int c, nrows = 0, fd = -1;

	setenv("PV_LOG", "warn", 0); /* the host's per-connection info lines would fill the table */
	while ((c = getopt_long(argc, argv, "n:f:w:h", opts, NULL)) != -1) {
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
		default:
			fprintf(c == 'h' ? stdout : stderr, "usage: bench_storvsp [--ios N] "
							    "[--file PATH] [--rw-pct WRITE%%]\n");
			return c == 'h' ? 0 : 2;
		}
	}
	if (!file) {
		fd = mkstemp(tmpl);
		if (fd < 0 || ftruncate(fd, 256 << 20)) {
			perror("bench_storvsp: temporary disk");
			return 1;
		}
		file = tmpl;
	}
	static const struct {
		const char *be;
		uint32_t qd;
	} plan[] = {{"null", 1}, {"null", 32}, {"file", 1}, {"file", 32}};
	for (size_t i = 0; i < 4; i++) {
		const char *arg = strcmp(plan[i].be, "null") ? file : "256M";
		int rc = run(plan[i].be, arg, plan[i].qd, ios, wpct, &rows[nrows]);
		if (rc) {
			fprintf(stderr, "bench_storvsp: %s QD%u: %s\n", plan[i].be, plan[i].qd,
				strerror(-rc));
			continue;
		}
		nrows++;
	}
	if (fd >= 0) {
		close(fd);
		unlink(tmpl);
	}
	printf("storvsp 4 KiB random I/O, %u%% writes, %llu I/Os per row (file: %s)\n", wpct,
	       (unsigned long long)ios, file == tmpl ? "temporary in /var/tmp" : file);
	printf("%-7s %4s %9s %10s %10s %10s %8s %8s %8s %9s %9s\n", "backend", "QD", "IOPS",
	       "guest ns", "host ns", "total ns", "g->h sig", "h rx sig", "h->g sig", "g sys",
	       "h sys");
	for (int i = 0; i < nrows; i++) {
		struct row *r = &rows[i];
		char gs[16] = "n/a", hs[16] = "n/a";
		if (r->have_sys) {
			snprintf(gs, sizeof(gs), "%.2f", r->gsys);
			snprintf(hs, sizeof(hs), "%.2f", r->hsys);
		}
		printf("%-7s %4u %9.0f %10.0f %10.0f %10.0f %8.3f %8.3f %8.3f %9s %9s\n",
		       r->backend, r->qd, r->iops, r->guest_ns, r->host_ns,
		       r->guest_ns + r->host_ns, r->gsig, r->hsig_in, r->hsig_out, gs, hs);
	}
	printf("per I/O: CPU ns of each process; signals: guest->host sent, host wake-ups from "
	       "the\n"
	       "guest's signal, host->guest interrupts; syscalls per I/O of each process.\n");
	return nrows == 4 ? 0 : 1;
}
