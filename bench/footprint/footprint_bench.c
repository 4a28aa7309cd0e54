/*
 * bench_footprint: the paravisor process's memory and start-up time, on the
 * sim partition with the pvguest library as the guest.
 *
 *   full       1 disk + 1 NIC: a `scsi` device with one file LUN (64 MiB,
 *              sparse, in /var/tmp) and a `nic` on the null endpoint
 *   baseline   the same paravisor with only the `echo` test device, same run
 *
 * Start-up: from fork+exec of `paravisor --config` to the guest holding the
 * offers (connect as soon as the socket exists, negotiate, REQUESTOFFERS
 * until ALLOFFERS_DELIVERED). Also printed: fork+exec+exit of /bin/true, the
 * floor of starting any process here.
 * Memory: VmRSS once the guest opened every device (idle), then VmHWM (peak)
 * and VmRSS after a storage workload (QD32, 20000 4 KiB I/Os, 50% writes) and
 * 20000 frames through the NIC. Each figure is the median of --reps runs.
 *
 *   bench_footprint [--paravisor PATH] [--reps N] [--json FILE]
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/storvsc_client.h"

#define MAX_REPS 15

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* A /proc/<pid>/status field in KiB, or -1. */
static long status_kib(pid_t pid, const char *field)
{
	char path[64], line[128];
	size_t fl = strlen(field);
	long v = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, field, fl) && line[fl] == ':')
			v = strtol(line + fl + 1, NULL, 10);
	fclose(f);
	return v;
}

struct sample {
	double start_ms;
	double idle_kib, peak_kib, after_kib;
};

static pid_t spawn(const char *prog, const char *cfg)
{
	pid_t pid = fork();

	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null >= 0) {
			dup2(null, 1);
			dup2(null, 2);
		}
		execl(prog, prog, "--config", cfg, (char *)NULL);
		_exit(127);
	}
	return pid;
}

static int reap(pid_t pid)
{
	int st = 0;

	kill(pid, SIGTERM);
	if (waitpid(pid, &st, 0) < 0)
		return -errno;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -ECHILD;
}

/* Connects as soon as the socket accepts, up to 10 s. */
static int connect_when_up(const char *sock, struct pvg **g)
{
	struct pvg_opts o = {.socket = sock};
	char err[256];
	double end = now_ms() + 10000;

	for (;;) {
		int rc = pvg_connect(&o, g, err, sizeof(err));
		if (!rc)
			return 0;
		if (now_ms() > end)
			return rc;
		usleep(200);
	}
}

static int one(const char *pv, const char *cfg, const char *sock, bool devices, struct sample *s)
{
	struct pvg *g = NULL;
	struct pvsc *sc = NULL;
	struct pvnc *nc = NULL;
	double t0;
	pid_t pid;
	int rc;

	unlink(sock);
	t0 = now_ms();
	pid = spawn(pv, cfg);
	if (pid < 0)
		return -errno;
	rc = connect_when_up(sock, &g);
	if (!rc)
		rc = pvg_negotiate(g);
	if (!rc)
		rc = pvg_request_offers(g);
	s->start_ms = now_ms() - t0;
	if (!rc && !pvg_offer_count(g))
		rc = -ENODEV;
	if (!rc && devices) {
		struct pvsc_opts so = {.slots = 32};
		struct pvnc_opts no = {0};
		rc = pvsc_open(g, &so, &sc);
		if (!rc)
			rc = pvnc_open(g, &no, &nc);
	}
	if (!rc) {
		usleep(100000); /* let the workers settle after the opens */
		s->idle_kib = (double)status_kib(pid, "VmRSS");
	}
	if (!rc && devices) {
		struct pvsc_workload w = {.qd = 32,
					  .ios = 20000,
					  .write_pct = 50,
					  .mix_set = true,
					  .span = 64u << 20};
		struct pvsc_workload_result res;
		uint8_t f[1514] = {0};
		rc = pvsc_run_workload(sc, &w, &res);
		if (!rc && res.errors)
			rc = -EIO;
		memcpy(f, pvnc_mac(nc), 6);
		memcpy(f + 6, pvnc_mac(nc), 6);
		f[12] = 0x88;
		f[13] = 0xb5;
		for (int i = 0; i < 20000 && !rc; i++)
			rc = pvnc_send_frame(nc, 0, f, i & 1 ? 1500 : 64);
		while (!rc && pvnc_sends_outstanding(nc))
			if (pvnc_poll(nc, 10) < 0)
				break;
	}
	if (!rc) {
		s->peak_kib = (double)status_kib(pid, "VmHWM");
		s->after_kib = (double)status_kib(pid, "VmRSS");
	}
	if (nc)
		pvnc_close(nc);
	if (sc)
		pvsc_close(sc);
	if (g)
		pvg_close(g);
	if (reap(pid) && !rc)
		rc = -ECHILD;
	return rc;
}

static double true_ms(void)
{
	double t0 = now_ms();
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	return now_ms() - t0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(double), cmp_double);
	return v[n / 2];
}

static struct sample med(struct sample *s, int n)
{
	double v[MAX_REPS];
	struct sample m;

#define MED(f)                              \
	do {                                \
		for (int i = 0; i < n; i++) \
			v[i] = s[i].f;      \
		m.f = median(v, n);         \
	} while (0)
	MED(start_ms);
	MED(idle_kib);
	MED(peak_kib);
	MED(after_kib);
#undef MED
	return m;
}

int main(int argc, char **argv)
{
	char pv[PATH_MAX], dir[] = "/var/tmp/bench-fp-XXXXXX", cfg_full[PATH_MAX + 16],
			   cfg_base[PATH_MAX + 16], sock[PATH_MAX + 16], img[PATH_MAX + 16];
	struct sample full[MAX_REPS], base[MAX_REPS], mf, mb;
	double tr[MAX_REPS], mt;
	const char *json = NULL, *prog = NULL;
	int reps = 3, rc = 0;
	FILE *f;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--paravisor") && i + 1 < argc)
			prog = argv[++i];
		else if (!strcmp(argv[i], "--reps") && i + 1 < argc)
			reps = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--json") && i + 1 < argc)
			json = argv[++i];
		else {
			fprintf(stderr, "usage: bench_footprint [--paravisor PATH] [--reps N] "
					"[--json FILE]\n");
			return 2;
		}
	}
	if (reps < 1 || reps > MAX_REPS)
		return 2;
	if (!prog) {
		/* Beside this program in build/bin. */
		ssize_t n = readlink("/proc/self/exe", pv, sizeof(pv) - 16);
		if (n <= 0)
			return 1;
		pv[n] = 0;
		strcpy(strrchr(pv, '/') + 1, "paravisor");
	} else {
		snprintf(pv, sizeof(pv), "%s", prog);
	}
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(sock, sizeof(sock), "%s/pv.sock", dir);
	snprintf(img, sizeof(img), "%s/disk.img", dir);
	snprintf(cfg_full, sizeof(cfg_full), "%s/full.yaml", dir);
	snprintf(cfg_base, sizeof(cfg_base), "%s/base.yaml", dir);
	if (truncate(img, 0) && (f = fopen(img, "w")))
		fclose(f);
	if (truncate(img, 64 << 20)) {
		perror(img);
		return 1;
	}
	f = fopen(cfg_full, "w");
	if (!f)
		return 1;
	fprintf(f,
		"log: {level: error}\npartition: {kind: sim, socket: %s, memory: 128M, vcpus: 2}\n"
		"vmbus: {workers: 2}\ndevices:\n  - kind: scsi\n    luns:\n"
		"      - {lun: 0, backend: file, path: %s}\n  - {kind: nic, endpoint: null}\n",
		sock, img);
	fclose(f);
	f = fopen(cfg_base, "w");
	if (!f)
		return 1;
	fprintf(f,
		"log: {level: error}\npartition: {kind: sim, socket: %s, memory: 128M, vcpus: 2}\n"
		"vmbus: {workers: 2}\ndevices:\n  - kind: echo\n",
		sock);
	fclose(f);
	/* Alternate, so both configurations see the same machine. */
	for (int i = 0; i < reps && !rc; i++) {
		tr[i] = true_ms();
		rc = one(pv, cfg_base, sock, false, &base[i]);
		if (!rc)
			rc = one(pv, cfg_full, sock, true, &full[i]);
	}
	unlink(sock);
	unlink(img);
	unlink(cfg_full);
	unlink(cfg_base);
	rmdir(dir);
	if (rc) {
		fprintf(stderr, "bench_footprint: %s\n", strerror(-rc));
		return 1;
	}
	mf = med(full, reps);
	mb = med(base, reps);
	mt = median(tr, reps);
	printf("paravisor footprint, sim partition, median of %d\n", reps);
	printf("%-30s %10s %10s %10s %10s\n", "configuration", "start ms", "idle KiB", "peak KiB",
	       "after KiB");
	printf("%-30s %10.1f %10.0f %10.0f %10.0f\n", "1 disk (file) + 1 NIC (null)", mf.start_ms,
	       mf.idle_kib, mf.peak_kib, mf.after_kib);
	printf("%-30s %10.1f %10.0f %10.0f %10s\n", "baseline: echo device only", mb.start_ms,
	       mb.idle_kib, mb.peak_kib, "-");
	printf("%-30s %10.1f\n", "baseline: /bin/true", mt);
	printf("start: exec to the guest holding the offers; idle: VmRSS with every device open;\n"
	       "peak: VmHWM after 20000 storage I/Os (QD32) and 20000 frames; after: VmRSS "
	       "then.\n");
	if (json) {
		f = fopen(json, "w");
		if (!f) {
			perror(json);
			return 1;
		}
		fprintf(f,
			"{\"bench\": \"footprint\", \"reps\": %d, \"full\": {\"start_ms\": %.2f, "
			"\"idle_kib\": %.0f, \"peak_kib\": %.0f, \"after_kib\": %.0f}, "
			"\"echo\": {\"start_ms\": %.2f, \"idle_kib\": %.0f, \"peak_kib\": %.0f}, "
			"\"true_ms\": %.2f}\n",
			reps, mf.start_ms, mf.idle_kib, mf.peak_kib, mf.after_kib, mb.start_ms,
			mb.idle_kib, mb.peak_kib, mt);
		fclose(f);
	}
	return 0;
}
