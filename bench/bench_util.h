/*
 * Clocks for the benchmarks: every figure is a ratio of two measurements of
 * the same run, each taken between two marks.
 */
#ifndef BENCH_UTIL_H
#define BENCH_UTIL_H

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* Monotonic wall clock in seconds. */
static inline double bench_now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* This process's CPU time (user + system, every thread) in microseconds. */
static inline double bench_self_cpu_us(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec +
	       (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec;
}

/* Wall clock, this process's CPU and a host process's CPU (its own count, in
 * microseconds) at one moment, or the differences between two moments. */
struct bench_mark {
	double wall_s, self_us, host_us;
};

static inline struct bench_mark bench_mark(long long host_cpu_us)
{
	return (struct bench_mark){bench_now_s(), bench_self_cpu_us(), (double)host_cpu_us};
}

/* What passed since m0, host_cpu_us being the host's CPU count now. */
static inline struct bench_mark bench_since(struct bench_mark m0, long long host_cpu_us)
{
	struct bench_mark m = bench_mark(host_cpu_us);

	return (struct bench_mark){m.wall_s - m0.wall_s, m.self_us - m0.self_us,
				   m.host_us - m0.host_us};
}

/* The arguments of a bench that runs for a time: [SECONDS] [--json FILE].
 * *secs is def unless a positive number of seconds is given. */
static inline void bench_args(int argc, char **argv, double def, double *secs, const char **json)
{
	*secs = def;
	*json = NULL;
	for (int a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--json") && a + 1 < argc)
			*json = argv[++a];
		else
			*secs = atof(argv[a]);
	}
	if (*secs <= 0)
		*secs = def;
}

#endif
