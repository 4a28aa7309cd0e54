/*
 * The cost of recording: ns per ring-packet record (64 B and 4 KiB) with
 * one thread and with two threads sharing the trace's lock, next to a
 * memcpy of the same bytes and to the off path (the predicted-false pointer
 * test every hook does), all measured in this run. Records go to a file in
 * /tmp (page cache), as the paravisor's --trace does.
 *
 * usage: bench_trace [seconds-per-case]   (default 0.5)
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench/bench_util.h"
#include "runtime/trace.h"

struct job {
	struct rt_trace *t; /* NULL: the off path */
	size_t len;
	double secs;
	uint32_t relid;
	uint64_t n;
	uint8_t *pkt;
};

static void *run(void *p)
{
	struct job *j = p;
	struct rt_trace *volatile tv = j->t; /* the compiler may not fold the test */
	double end = bench_now_s() + j->secs;
	uint64_t n = 0;

	while (bench_now_s() < end) {
		for (int i = 0; i < 256; i++) {
			struct rt_trace *t = tv;
			if (rt_trace_on(t))
				rt_trace_ring_rx(t, j->relid, j->pkt, j->len);
			j->pkt[8] = (uint8_t)n;
			n++;
		}
	}
	j->n = n;
	return NULL;
}

static double memcpy_ns(size_t len, double secs)
{
	uint8_t *a = calloc(1, len), *b = calloc(1, len);
	volatile uint8_t sink = 0;
	double end = bench_now_s() + secs, t0 = bench_now_s();
	uint64_t n = 0;
	while (bench_now_s() < end) {
		for (int i = 0; i < 256; i++, n++) {
			a[0] = (uint8_t)n;
			memcpy(b, a, len);
			sink = sink + b[len - 1];
		}
	}
	double ns = (bench_now_s() - t0) * 1e9 / (double)n;
	free(a);
	free(b);
	return ns;
}

static double record_ns(const char *path, size_t len, int threads, double secs, bool on)
{
	struct rt_trace *t = NULL;
	pthread_t th[2];
	struct job j[2];
	uint64_t total = 0;

	if (on && rt_trace_open(path, NULL, &t)) {
		fprintf(stderr, "bench_trace: cannot create %s\n", path);
		exit(1);
	}
	for (int i = 0; i < threads; i++) {
		j[i] = (struct job){.t = t, .len = len, .secs = secs, .relid = (uint32_t)i + 1};
		j[i].pkt = calloc(1, len);
		pthread_create(&th[i], NULL, run, &j[i]);
	}
	for (int i = 0; i < threads; i++) {
		pthread_join(th[i], NULL);
		total += j[i].n;
		free(j[i].pkt);
	}
	rt_trace_close(t);
	unlink(path);
	/* Per record, in wall time per thread. */
	return secs * 1e9 / ((double)total / threads);
}

int main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 0.5;
	char path[64];
	static const size_t sizes[] = {64, 4096};

	snprintf(path, sizeof(path), "/tmp/bench_trace.%d.pcapng", (int)getpid());
	printf("%-34s %10s %10s %12s\n", "case", "ns/record", "memcpy ns", "ratio");
	for (size_t k = 0; k < 2; k++) {
		size_t len = sizes[k];
		double mc = memcpy_ns(len, secs);
		double off = record_ns(path, len, 1, secs, false);
		double on1 = record_ns(path, len, 1, secs, true);
		double on2 = record_ns(path, len, 2, secs, true);
		printf("off (pointer test), %4zu B        %10.2f %10.2f %11.2fx\n", len, off, mc,
		       off / mc);
		printf("on, 1 thread, %4zu B              %10.2f %10.2f %11.2fx\n", len, on1, mc,
		       on1 / mc);
		printf("on, 2 threads (one lock), %4zu B  %10.2f %10.2f %11.2fx\n", len, on2, mc,
		       on2 / mc);
	}
	return 0;
}
