/*
 * nvmetool bench: the driver's own cost per I/O. I/Os of --bs bytes at
 * --qd on namespace 1 (use the emulator's null namespace with --emu-poll,
 * so the device costs the driver's thread nothing); reports the thread's CPU
 * time per I/O (CLOCK_THREAD_CPUTIME_ID: submit, completion processing,
 * doorbells, the loop) and doorbells and interrupts per I/O.
 *
 * A second pass polls instead of sleeping (nvme_qpair_poll in a loop, as
 * SPDK's perf does) and times each submit call and each poll that reaped
 * completions (per completion): their medians are the driver's submit +
 * complete cost per I/O, the figure SPDK quotes (~70-100 ns for its
 * user-mode driver).
 */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "runtime/loop.h"
#include "tools/nvmetool/nvmetool.h"

struct bio {
	struct nvme_io io;
	struct nvme_sge sg;
	unsigned *done;
	unsigned *errors;
	bool busy;
};

static void bio_cb(void *ctx, int status)
{
	struct bio *b = ctx;

	b->busy = false;
	if (status)
		(*b->errors)++;
	(*b->done)++;
}

static inline uint64_t cycles(void)
{
#if defined(__x86_64__)
	return __builtin_ia32_rdtsc();
#else
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
#endif
}

static double secs(clockid_t clk)
{
	struct timespec ts;

	clock_gettime(clk, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void fill(struct nt *t, struct bio *b, uint64_t *rng, uint64_t nchunks, unsigned *done,
		 unsigned *errors)
{
	*rng = *rng * 6364136223846793005ull + 1442695040888963407ull;
	b->done = done;
	b->errors = errors;
	b->busy = true;
	b->io = (struct nvme_io){.op = (*rng >> 33) % 100 < t->write_pct ? NVME_IO_WRITE
									 : NVME_IO_READ,
				 .nsid = 1,
				 .lba = ((*rng >> 20) % nchunks) * (t->bs / t->ns.block_size),
				 .sg = &b->sg,
				 .nsg = 1,
				 .cb = bio_cb,
				 .ctx = b};
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The median of n samples (sorts them). */
static uint64_t median(uint64_t *v, size_t n)
{
	if (!n)
		return 0;
	qsort(v, n, sizeof(*v), cmp_u64);
	return v[n / 2];
}

/*
 * Polled pass: the cycles of each submit call and of each poll that reaped
 * completions (per completion), nothing spent waiting for the device. The
 * medians, so that a preemption inside a timed call (2 shared cores) does
 * not count. Returns ns per I/O (submit + complete), or < 0.
 */
static double polled(struct nt *t, struct bio *b, uint64_t nchunks, double *sub_ns, double *cpl_ns)
{
	unsigned done = 0, errors = 0;
	uint64_t issued = 0, rng = t->seed ^ 0x5555, c0, c1, *sub, *cpl;
	size_t nsub = 0, ncpl = 0;
	double s0, s1, ns_per_cycle;
	cpu_set_t one, old;

	sub = calloc(t->ios, sizeof(*sub));
	cpl = calloc(t->ios, sizeof(*cpl));
	if (!sub || !cpl) {
		free(sub);
		free(cpl);
		return -1;
	}
	/* One CPU for the whole pass: TSCs of different vCPUs may be offset. */
	sched_getaffinity(0, sizeof(old), &old);
	CPU_ZERO(&one);
	CPU_SET(sched_getcpu(), &one);
	sched_setaffinity(0, sizeof(one), &one);
	s0 = secs(CLOCK_MONOTONIC);
	c0 = cycles();
	while (done < t->ios) {
		unsigned n;
		uint64_t a, e;

		for (uint32_t i = 0; i < t->qd && issued < t->ios; i++) {
			if (b[i].busy)
				continue;
			fill(t, &b[i], &rng, nchunks, &done, &errors);
			a = cycles();
			if (nvme_io_submit(t->q, &b[i].io)) {
				errors++;
				done = (unsigned)t->ios;
				break;
			}
			e = cycles();
			if (e > a && nsub < t->ios)
				sub[nsub++] = e - a;
			issued++;
		}
		a = cycles();
		n = nvme_qpair_poll(t->q);
		e = cycles();
		if (n && e > a && ncpl < t->ios)
			cpl[ncpl++] = (e - a) / n;
	}
	c1 = cycles();
	s1 = secs(CLOCK_MONOTONIC);
	sched_setaffinity(0, sizeof(old), &old);
	ns_per_cycle = c1 > c0 ? (s1 - s0) * 1e9 / (double)(c1 - c0) : 0;
	*sub_ns = (double)median(sub, nsub) * ns_per_cycle;
	*cpl_ns = (double)median(cpl, ncpl) * ns_per_cycle;
	free(sub);
	free(cpl);
	if (errors || !ns_per_cycle)
		return -1;
	return *sub_ns + *cpl_ns;
}

int nt_bench(struct nt *t)
{
	struct bio *b = calloc(t->qd, sizeof(*b));
	struct nvme_qpair_stats s0, s1;
	unsigned done = 0, errors = 0;
	uint64_t issued = 0, rng = t->seed, nchunks = t->span / t->bs;
	double c0, w0, cpu, wall;

	if (!b || !nchunks || (uint64_t)t->qd * t->bs > NT_MEM) {
		free(b);
		return 1;
	}
	nvme_qpair_get_stats(t->q, &s0);
	c0 = secs(CLOCK_THREAD_CPUTIME_ID);
	w0 = secs(CLOCK_MONOTONIC);
	while (done < t->ios) {
		for (uint32_t i = 0; i < t->qd && issued < t->ios; i++) {
			if (b[i].busy)
				continue;
			rng = rng * 6364136223846793005ull + 1442695040888963407ull;
			b[i].sg = (struct nvme_sge){.iova = (uint64_t)i * t->bs,
						    .va = t->mem + (size_t)i * t->bs,
						    .len = t->bs};
			b[i].done = &done;
			b[i].errors = &errors;
			b[i].busy = true;
			b[i].io = (struct nvme_io){
				.op = (rng >> 33) % 100 < t->write_pct ? NVME_IO_WRITE
								       : NVME_IO_READ,
				.nsid = 1,
				.lba = ((rng >> 20) % nchunks) * (t->bs / t->ns.block_size),
				.sg = &b[i].sg,
				.nsg = 1,
				.cb = bio_cb,
				.ctx = &b[i]};
			if (nvme_io_submit(t->q, &b[i].io)) {
				free(b);
				return 1;
			}
			issued++;
		}
		ev_run(t->loop, EVRUN_ONCE);
	}
	cpu = secs(CLOCK_THREAD_CPUTIME_ID) - c0;
	wall = secs(CLOCK_MONOTONIC) - w0;
	nvme_qpair_get_stats(t->q, &s1);
	for (uint32_t i = 0; i < t->qd; i++)
		b[i].sg = (struct nvme_sge){.iova = (uint64_t)i * t->bs,
					    .va = t->mem + (size_t)i * t->bs,
					    .len = t->bs};
	{
		double sub = 0, cpl = 0, ns = errors ? -1 : polled(t, b, nchunks, &sub, &cpl);

		if (ns >= 0)
			printf("nvmetool: bench: polled, QD %u: driver submit + complete %.0f "
			       "ns/IO "
			       "(median submit %.0f ns, median completion %.0f ns)\n",
			       t->qd, ns, sub, cpl);
		else
			errors++;
	}
	printf("nvmetool: bench: %llu I/Os of %u bytes at QD %u: %.0f IOPS, driver CPU %.0f ns/IO, "
	       "%.3f SQ doorbells/IO, %.3f CQ doorbells/IO, %.3f interrupts/IO, %u errors\n",
	       (unsigned long long)t->ios, t->bs, t->qd, (double)t->ios / wall,
	       cpu * 1e9 / (double)t->ios,
	       (double)(s1.sq_doorbells - s0.sq_doorbells) / (double)t->ios,
	       (double)(s1.cq_doorbells - s0.cq_doorbells) / (double)t->ios,
	       (double)(s1.interrupts - s0.interrupts) / (double)t->ios, errors);
	free(b);
	return errors ? 1 : 0;
}
