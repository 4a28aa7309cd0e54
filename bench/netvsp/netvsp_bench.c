/*
 * bench_netvsp: the netvsc data path end to end on the sim partition.
 *
 *   tx -> null      frames from the pvguest netvsc client through netvsp to
 *                   the null endpoint (send-buffer sections), 64 and 1500 B
 *   loopback        the same through the loopback endpoint and back into
 *                   the receive buffer (every frame checked by the client)
 *   ping-pong       one 64 B frame at a time through loopback: round trip
 *
 * CPU per packet is user + system time of the host process (paravisor side:
 * netvsp, VMBus workers, endpoint) and of the guest process, over the
 * frames. Baseline, measured in the same run before each size: memcpy of
 * the frame's bytes in this process; "ratio" is the paravisor's ns per frame
 * over it, "Mfr/s/core" the frames one core of paravisor CPU would carry
 * (1e3 / host ns). Each row is the median of --reps runs.
 *
 * Usage: bench_netvsp [frames] [--reps N] [--json FILE] (default 300000, 3).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/bench_util.h"
#include "nv_guest.h"
#include "nv_host.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

struct env {
	struct host h;
	struct pvg *g;
	struct pvnc *nc;
};

static int env_up(struct env *e, const char *endpoint)
{
	struct nv_host_opts ho = {.endpoint = endpoint};
	int rc = nv_host_start(&e->h, &ho);

	if (rc)
		return rc;
	return nv_guest_up(&e->h, &e->g, &e->nc) ? -EIO : 0;
}

static void env_down(struct env *e)
{
	nv_guest_down(&e->h, e->g, e->nc);
}

/* One measured row: wall rate and CPU ns per frame of each side. */
struct row {
	const char *what;
	uint32_t size;
	uint64_t n, lost;
	double rate, host_ns, guest_ns;
};

static struct row last; /* what the last run measured */

/* d: what the run took (bench_since). */
static void row(const char *what, uint32_t size, uint64_t n, struct bench_mark d, uint64_t lost)
{
	last = (struct row){.what = what,
			    .size = size,
			    .n = n,
			    .lost = lost,
			    .rate = (double)n / d.wall_s,
			    .host_ns = d.host_us * 1000.0 / (double)(n ? n : 1),
			    .guest_ns = d.self_us * 1000.0 / (double)(n ? n : 1)};
}

static int tx_null(uint32_t size, uint64_t frames)
{
	struct env e = {0};
	uint8_t f[1514] = {0};
	struct bench_mark m0;
	int rc;

	if ((rc = env_up(&e, "null")))
		return rc;
	nv_frame_to_self(f, pvnc_mac(e.nc));
	m0 = bench_mark(host_cmd(&e.h, "cpu"));
	rc = nv_send_frames(e.nc, f, size, frames);
	row("tx -> null", size, frames, bench_since(m0, host_cmd(&e.h, "cpu")),
	    frames - (uint64_t)host_cmd(&e.h, "ep 0 tx_packets"));
	env_down(&e);
	return rc;
}

static int loopback(uint32_t size, uint64_t frames)
{
	struct env e = {0};
	struct pvnc_workload w = {.count = frames, .size = size, .drain_ms = 10000};
	struct bench_mark m0;
	int rc;

	if ((rc = env_up(&e, "loopback")))
		return rc;
	m0 = bench_mark(host_cmd(&e.h, "cpu"));
	rc = pvnc_workload_run(e.nc, &w);
	row("loopback (tx+rx)", size, w.received, bench_since(m0, host_cmd(&e.h, "cpu")), w.lost);
	env_down(&e);
	return rc;
}

static int pingpong(uint64_t rounds)
{
	struct env e = {0};
	struct pvnc_workload w = {.count = 1, .size = 64, .drain_ms = 1000};
	struct bench_mark m0;
	uint64_t done = 0;
	int rc;

	if ((rc = env_up(&e, "loopback")))
		return rc;
	m0 = bench_mark(host_cmd(&e.h, "cpu"));
	for (uint64_t i = 0; i < rounds && !rc; i++) {
		rc = pvnc_workload_run(e.nc, &w);
		done += w.received;
	}
	row("ping-pong (1 in flight)", 64, done, bench_since(m0, host_cmd(&e.h, "cpu")),
	    rounds - done);
	env_down(&e);
	return rc;
}

static void baseline(uint32_t size, uint64_t frames)
{
	static uint8_t a[1514], b[1514];
	struct bench_mark m0 = bench_mark(0);

	for (uint64_t i = 0; i < frames; i++) {
		a[i % size] = (uint8_t)i;
		memcpy(b, a, size);
		__asm__ volatile("" ::"r"(b) : "memory");
	}
	row("baseline: memcpy", size, frames, bench_since(m0, 0), 0);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

#define MAX_REPS 15
#define MAX_ROWS 8

/* Runs fn reps times and keeps the median of each figure. */
static int measure(int (*fn)(uint32_t, uint64_t), uint32_t size, uint64_t n, int reps,
		   struct row *out)
{
	double rate[MAX_REPS], h[MAX_REPS], g[MAX_REPS];
	uint64_t lost = 0;
	int rc = 0;

	for (int i = 0; i < reps && !rc; i++) {
		rc = fn(size, n);
		rate[i] = last.rate;
		h[i] = last.host_ns;
		g[i] = last.guest_ns;
		lost += last.lost;
	}
	if (rc)
		return rc;
	qsort(rate, (size_t)reps, sizeof(double), cmp_double);
	qsort(h, (size_t)reps, sizeof(double), cmp_double);
	qsort(g, (size_t)reps, sizeof(double), cmp_double);
	*out = last;
	out->rate = rate[reps / 2];
	out->host_ns = h[reps / 2];
	out->guest_ns = g[reps / 2];
	out->lost = lost;
	return 0;
}

static int baseline_fn(uint32_t size, uint64_t n)
{
	baseline(size, n);
	return 0;
}

static int pingpong_fn(uint32_t size, uint64_t n)
{
	(void)size;
	return pingpong(n);
}

int main(int argc, char **argv)
{
	uint64_t n = 300000;
	int reps = 3, nrows = 0, rc = 0;
	const char *json = NULL;
	struct row rows[MAX_ROWS];
	double mc[2] = {0, 0};

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--reps") && i + 1 < argc)
			reps = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--json") && i + 1 < argc)
			json = argv[++i];
		else if (argv[i][0] != '-')
			n = strtoull(argv[i], NULL, 0);
		else {
			fprintf(stderr, "usage: bench_netvsp [frames] [--reps N] [--json FILE]\n");
			return 2;
		}
	}
	if (reps < 1 || reps > MAX_REPS || !n) {
		fprintf(stderr, "bench_netvsp: --reps 1..%d, frames > 0\n", MAX_REPS);
		return 2;
	}
	setenv("PV_LOG", "error", 0);
	for (int si = 0; si < 2 && !rc; si++) {
		uint32_t s = si ? 1500 : 64;
		struct row b;
		rc = measure(baseline_fn, s, n, reps, &b);
		mc[si] = b.guest_ns; /* memcpy ran in this process */
		if (!rc)
			rc = measure(tx_null, s, n, reps, &rows[nrows++]);
		if (!rc)
			rc = measure(loopback, s, n, reps, &rows[nrows++]);
	}
	if (!rc)
		rc = measure(pingpong_fn, 64, n / 30 ? n / 30 : 1, reps, &rows[nrows++]);
	if (rc) {
		fprintf(stderr, "bench_netvsp: %s\n", strerror(-rc));
		return 1;
	}
	printf("netvsp, %llu frames per row, median of %d\n", (unsigned long long)n, reps);
	printf("%-24s %6s %11s %9s %9s %10s %7s %10s %6s\n", "path", "bytes", "frames/s", "host ns",
	       "guest ns", "memcpy ns", "ratio", "Mfr/s/core", "lost");
	for (int i = 0; i < nrows; i++) {
		struct row *r = &rows[i];
		double m = mc[r->size == 1500];
		printf("%-24s %6u %11.0f %9.1f %9.1f %10.1f %6.0fx %10.2f %6llu\n", r->what,
		       r->size, r->rate, r->host_ns, r->guest_ns, m, r->host_ns / m,
		       1e3 / r->host_ns, (unsigned long long)r->lost);
	}
	printf("host/guest ns: CPU per frame of the paravisor / the guest process; memcpy ns: the\n"
	       "frame's bytes copied once in this process (baseline, same run); ratio = "
	       "host/memcpy;\n"
	       "Mfr/s/core = frames per second per core of paravisor CPU. ping-pong: one frame\n"
	       "in flight through loopback, %.1f us per round trip.\n",
	       1e6 / rows[nrows - 1].rate);
	if (json) {
		FILE *f = fopen(json, "w");
		if (!f) {
			perror(json);
			return 1;
		}
		fprintf(f, "{\"bench\": \"netvsp\", \"frames\": %llu, \"rows\": [\n",
			(unsigned long long)n);
		for (int i = 0; i < nrows; i++) {
			struct row *r = &rows[i];
			double m = mc[r->size == 1500];
			fprintf(f,
				" {\"path\": \"%s\", \"bytes\": %u, \"frames_per_s\": %.0f, "
				"\"host_ns\": %.1f, \"guest_ns\": %.1f, \"memcpy_ns\": %.1f, "
				"\"ratio\": %.1f, \"mfps_per_core\": %.3f, \"lost\": %llu}%s\n",
				r->what, r->size, r->rate, r->host_ns, r->guest_ns, m,
				r->host_ns / m, 1e3 / r->host_ns, (unsigned long long)r->lost,
				i + 1 < nrows ? "," : "");
		}
		fprintf(f, "]}\n");
		fclose(f);
	}
	return 0;
}
