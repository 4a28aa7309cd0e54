/*
 * nvmetool bench: the driver's own cost per I/O. I/Os of --bs bytes at
 * --qd on namespace 1 (use the emulator's null namespace with --emu-poll,
 * so the device costs the driver's thread nothing); reports the thread's CPU
 * time per I/O (CLOCK_THREAD_CPUTIME_ID: submit, completion processing,
 * doorbells, the loop) and doorbells and interrupts per I/O.
 *
 * A second pass polls instead of sleeping (nvme_qpair_poll in a loop, as
 * SPDK's perf does) and counts only the cycles spent submitting and in the
 * polls that reaped something: the driver's submit + complete cost per I/O,
 * the figure SPDK quotes (~70-100 ns for its user-mode driver).
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

/* Polled pass: cycles in submit and in fruitful polls only. Returns ns per I/O, or < 0. */
static double polled(struct nt *t, struct bio *b, uint64_t nchunks)
{
	unsigned done = 0, errors = 0;
	uint64_t issued = 0, rng = t->seed ^ 0x5555, busy = 0, c0, c1, w;
	double s0, s1;
	cpu_set_t one, old;

	/* One CPU for the whole pass: TSCs of different vCPUs may be offset. */
	sched_getaffinity(0, sizeof(old), &old);
	CPU_ZERO(&one);
	CPU_SET(sched_getcpu(), &one);
	sched_setaffinity(0, sizeof(one), &one);
	s0 = secs(CLOCK_MONOTONIC);
	c0 = cycles();
	while (done < t->ios) {
		uint64_t a = cycles();
		unsigned n;

		for (uint32_t i = 0; i < t->qd && issued < t->ios; i++) {
			if (b[i].busy)
				continue;
			fill(t, &b[i], &rng, nchunks, &done, &errors);
			if (nvme_io_submit(t->q, &b[i].io))
				return -1;
			issued++;
		}
		w = cycles();
		n = nvme_qpair_poll(t->q);
		/* The submits always count; a poll only when it reaped (else it is waiting). A
		 * negative delta (the thread moved to a CPU whose TSC is offset) is dropped. */
		if (n) {
			uint64_t e = cycles();

			busy += e > a ? e - a : 0;
		} else {
			busy += w > a ? w - a : 0;
		}
	}
	c1 = cycles();
	s1 = secs(CLOCK_MONOTONIC);
	sched_setaffinity(0, sizeof(old), &old);
	if (errors || c1 <= c0)
		return -1;
	return (double)busy / (double)t->ios * ((s1 - s0) * 1e9 / (double)(c1 - c0));
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
		double ns = errors ? -1 : polled(t, b, nchunks);

		if (ns >= 0)
			printf("nvmetool: bench: polled, QD %u: driver submit + complete %.0f "
			       "ns/IO\n",
			       t->qd, ns);
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
