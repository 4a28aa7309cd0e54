/*
 * nvmetool exercise: random verified I/O at depth, Flush, Dataset
 * Management, Write Zeroes, a controller reset with I/O in flight and the
 * recovery, then every chunk read back and checked.
 *
 * The span (--span, default 16 MiB from LBA 0) is first zeroed with Write
 * Zeroes, so whatever the medium held before, every read is checked. It is
 * cut into chunks of --bs bytes; each write stores a pattern derived from
 * (chunk, generation) and a read must return the pattern of the chunk's
 * last completed write, or zeros (never written since, or deallocated on a
 * namespace whose deallocated blocks read as zeros, or zeroed).
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/util.h"
#include "runtime/loop.h"
#include "tools/nvmetool/nvmetool.h"

#define UNKNOWN UINT32_MAX /* contents not defined (deallocated without DLFEAT zeros) */

struct wl;

struct wio {
	struct wl *w;
	struct nvme_io io;
	struct nvme_sge sg;
	uint64_t chunk;
	uint32_t gen;
	bool write, busy;
};

struct wl {
	struct nt *t;
	uint32_t *gens;
	uint8_t *busy;
	uint64_t nchunks;
	struct wio *ios;
	unsigned done;
	uint8_t *
		dealloc; /* deallocated since the last write: zeros or the old data may read back */
	uint64_t writes, reads, errors, mismatches, verified, dealloc_zeros, dealloc_old;
	uint64_t rng;
	uint8_t *expect, *zeros;
};

/* The reset phase's writes: each covers `n` chunks, large, so some are still in the device. */
struct rio {
	struct wl *w;
	struct nvme_io io;
	struct nvme_sge sg;
	uint64_t chunk0;
	uint32_t n, gen;
	bool busy;
};

static void pattern(uint64_t chunk, uint32_t gen, uint8_t *buf, size_t len)
{
	uint64_t v = rt_mix64(chunk * 0x9e3779b97f4a7c15ull + gen);

	for (size_t i = 0; i + 8 <= len; i += 8) {
		v = rt_mix64(v + i);
		memcpy(buf + i, &v, 8);
	}
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void check_read(struct wl *w, struct wio *io)
{
	uint32_t bs = w->t->bs;

	if (io->gen == UNKNOWN)
		return;
	if (io->gen)
		pattern(io->chunk, io->gen, w->expect, bs);
	else
		memset(w->expect, 0, bs);
	if (w->dealloc[io->chunk]) {
		/*
		 * Deallocation is advisory: "the controller may deallocate" (NVM
		 * Command Set 3.2.3, Dataset Management), so the old data may
		 * still read back; if it does not, DLFEAT says what does (here:
		 * zeros, or the chunk is UNKNOWN).
		 */
		if (!memcmp(w->zeros, io->sg.va, bs)) {
			w->dealloc_zeros++;
			w->verified += bs;
			return;
		}
		if (!memcmp(w->expect, io->sg.va, bs)) {
			w->dealloc_old++;
			w->verified += bs;
			return;
		}
	}
	if (memcmp(w->expect, io->sg.va, bs)) {
		if (w->mismatches++ < 5)
			fprintf(stderr, "nvmetool: chunk %llu (generation %u) read back wrong\n",
				(unsigned long long)io->chunk, io->gen);
	} else {
		w->verified += bs;
	}
}

static void io_done(void *ctx, int status)
{
	struct wio *io = ctx;
	struct wl *w = io->w;

	if (!io->busy) {
		w->errors++;
		fprintf(stderr, "nvmetool: chunk %llu: a second completion of one I/O\n",
			(unsigned long long)io->chunk);
		return;
	}
	io->busy = false;
	w->busy[io->chunk] = 0;
	w->done++;
	if (status) {
		w->errors++;
		fprintf(stderr, "nvmetool: %s of chunk %llu failed: %s (sct %u sc 0x%02x)\n",
			io->write ? "write" : "read", (unsigned long long)io->chunk,
			strerror(-status), io->io.result.sct, io->io.result.sc);
		return;
	}
	if (io->write) {
		w->writes++;
		w->gens[io->chunk] = io->gen;
		w->dealloc[io->chunk] = 0;
	} else {
		w->reads++;
		check_read(w, io);
	}
}

static int issue(struct wl *w, struct wio *io, uint64_t chunk, bool write, uint32_t gen)
{
	struct nt *t = w->t;

	io->chunk = chunk;
	io->write = write;
	io->gen = write ? gen : w->gens[chunk];
	if (write)
		pattern(chunk, gen, io->sg.va, t->bs);
	io->io = (struct nvme_io){.op = write ? NVME_IO_WRITE : NVME_IO_READ,
				  .nsid = 1,
				  .lba = chunk * (t->bs / t->ns.block_size),
				  .sg = &io->sg,
				  .nsg = 1,
				  .cb = io_done,
				  .ctx = io};
	io->busy = true;
	w->busy[chunk] = 1;
	return nvme_io_submit(t->q, &io->io);
}

/* n random I/Os at t->qd; returns the seconds taken, or a negative value on a failure. */
static double random_io(struct wl *w, uint64_t n, unsigned write_pct)
{
	struct nt *t = w->t;
	uint64_t issued = 0;
	unsigned target = 0;
	double t0 = now_s();

	w->done = 0;
	while (issued < n || w->done < target) {
		for (uint32_t i = 0; i < t->qd && issued < n; i++) {
			struct wio *io = &w->ios[i];
			uint64_t chunk;

			if (io->busy)
				continue;
			do {
				w->rng = rt_mix64(w->rng + 0x9e3779b97f4a7c15ull);
				chunk = w->rng % w->nchunks;
			} while (w->busy[chunk]);
			if (issue(w, io, chunk, (w->rng >> 40) % 100 < write_pct,
				  w->gens[chunk] == UNKNOWN ? 1 : w->gens[chunk] + 1))
				return -1;
			issued++;
			target++;
		}
		if (!nt_run_until(t, &w->done, w->done + 1, 60))
			return -1;
	}
	return now_s() - t0;
}

static void rio_done(void *ctx, int status)
{
	struct rio *r = ctx;
	struct wl *w = r->w;

	if (!r->busy) {
		w->errors++;
		fprintf(stderr, "nvmetool: chunks %llu..: a second completion of one write\n",
			(unsigned long long)r->chunk0);
		return;
	}
	r->busy = false;
	w->done++;
	if (status) {
		w->errors++;
		fprintf(stderr, "nvmetool: write of chunks %llu..%llu over the reset failed: %s\n",
			(unsigned long long)r->chunk0, (unsigned long long)(r->chunk0 + r->n - 1),
			strerror(-status));
		return;
	}
	w->writes++;
	for (uint32_t i = 0; i < r->n; i++) {
		w->gens[r->chunk0 + i] = r->gen;
		w->dealloc[r->chunk0 + i] = 0;
	}
}

struct reset_arg {
	struct nvme_ctrlr *c;
	int rc;
	atomic_bool finished;
};

static void *reset_thread(void *p)
{
	struct reset_arg *a = p;

	a->rc = nvme_ctrlr_reset(a->c);
	atomic_store(&a->finished, true);
	return NULL;
}

static void guard_cb(struct ev_loop *loop, ev_timer *w, int revents)
{
}

/*
 * Runs the loop until the writes over the reset completed and the reset
 * returned: the reset waits for the queue pair to stop, which needs this
 * loop running (nvme_ctrlr_reset), so the loop may not block in a join.
 */
static bool reset_wait(struct wl *w, struct reset_arg *ra, unsigned want, double seconds)
{
	double t0 = now_s();
	ev_timer guard; /* the reset's end is no loop event: look every 20 ms */
	bool ok = true;

	ev_timer_init(&guard, guard_cb, 0.02, 0.02);
	ev_timer_start(w->t->loop, &guard);
	while (w->done < want || !atomic_load(&ra->finished)) {
		if (now_s() - t0 > seconds) {
			ok = false;
			break;
		}
		ev_run(w->t->loop, EVRUN_ONCE);
	}
	ev_timer_stop(w->t->loop, &guard);
	return ok;
}

/*
 * One reset round: qd writes of up to 128 chunks each from chunk `first`
 * (large, so the device is still moving data when the reset disables it),
 * then nvme_ctrlr_reset from another thread while the loop runs; each write
 * must complete exactly once and successfully (retried after the reset if
 * the device dropped it). *k: chunks per write. 0, or -1 (reported).
 */
static int reset_round(struct wl *w, uint64_t first, uint32_t *k)
{
	struct nt *t = w->t;
	uint32_t per = t->bs / t->ns.block_size, n;
	struct reset_arg ra = {.c = t->c};
	struct rio *rs;
	pthread_t th;

	n = (uint32_t)((NT_MEM / 2) / ((uint64_t)t->qd * t->bs));
	if (n > 128)
		n = 128;
	if ((uint64_t)n * t->bs > nvme_ctrlr_info(t->c)->max_xfer)
		n = nvme_ctrlr_info(t->c)->max_xfer / t->bs;
	if (first + (uint64_t)t->qd * n > w->nchunks)
		n = (uint32_t)((w->nchunks - first) / t->qd);
	*k = n;
	rs = calloc(t->qd, sizeof(*rs));
	if (!rs || !n) {
		free(rs);
		return -1;
	}
	w->done = 0;
	for (uint32_t i = 0; i < t->qd; i++) {
		struct rio *r = &rs[i];
		uint64_t off = NT_MEM / 2 + (uint64_t)i * n * t->bs;

		*r = (struct rio){.w = w,
				  .sg = {.iova = off, .va = t->mem + off, .len = n * t->bs},
				  .chunk0 = first + (uint64_t)i * n,
				  .n = n,
				  .gen = w->gens[first + (uint64_t)i * n] + 1,
				  .busy = true};
		for (uint32_t j = 0; j < n; j++)
			pattern(r->chunk0 + j, r->gen, t->mem + off + (size_t)j * t->bs, t->bs);
		r->io = (struct nvme_io){.op = NVME_IO_WRITE,
					 .nsid = 1,
					 .lba = r->chunk0 * per,
					 .sg = &r->sg,
					 .nsg = 1,
					 .cb = rio_done,
					 .ctx = r};
		if (nvme_io_submit(t->q, &r->io)) {
			free(rs);
			return -1;
		}
	}
	nvme_qpair_flush(t->q);
	if (pthread_create(&th, NULL, reset_thread, &ra)) {
		free(rs);
		return -1;
	}
	if (!reset_wait(w, &ra, t->qd, 120)) {
		fprintf(stderr, "nvmetool: the reset or the writes over it did not finish\n");
		return -1; /* rs and the thread are left: the process exits after this */
	}
	pthread_join(th, NULL);
	free(rs);
	if (ra.rc || w->errors) {
		fprintf(stderr, "nvmetool: reset: %s, %llu I/O errors\n", strerror(-ra.rc),
			(unsigned long long)w->errors);
		return -1;
	}
	return 0;
}

int nt_exercise(struct nt *t)
{
	struct wl w = {.t = t, .rng = t->seed};
	uint32_t per = t->bs / t->ns.block_size;
	struct nvme_ctrlr_stats cs0, cs;
	double secs;
	uint64_t zchunks = 16;
	int rc = 1;

	if (t->bs % t->ns.block_size || (uint64_t)t->qd * t->bs > NT_MEM / 2) {
		fprintf(stderr,
			"nvmetool: --bs must be a multiple of the block size, qd * bs small\n");
		return 1;
	}
	w.nchunks = t->span / t->bs;
	w.gens = calloc(w.nchunks, sizeof(*w.gens));
	w.busy = calloc(w.nchunks, 1);
	w.ios = calloc(t->qd, sizeof(*w.ios));
	w.expect = malloc(t->bs);
	w.dealloc = calloc(w.nchunks, 1);
	w.zeros = calloc(1, t->bs);
	if (!w.gens || !w.busy || !w.ios || !w.expect || !w.dealloc || !w.zeros || w.nchunks < 64)
		goto out;
	for (uint32_t i = 0; i < t->qd; i++) {
		w.ios[i].w = &w;
		w.ios[i].sg = (struct nvme_sge){.iova = (uint64_t)i * t->bs,
						.va = t->mem + (size_t)i * t->bs,
						.len = t->bs};
	}
	nvme_ctrlr_get_stats(t->c, &cs0);

	/* 0. A known medium: the span zeroed, at most 65536 blocks per command. */
	{
		uint64_t blocks = w.nchunks * per, n = 0;

		for (uint64_t lba = 0; lba < blocks; lba += 65536, n++) {
			uint32_t nb = (uint32_t)(blocks - lba < 65536 ? blocks - lba : 65536);

			if ((rc = nt_io(t, NVME_IO_WRITE_ZEROES, 0, lba, 0, 0, nb, NULL))) {
				fprintf(stderr, "nvmetool: write zeroes of the span: %s\n",
					strerror(-rc));
				rc = 1;
				goto out;
			}
		}
		printf("nvmetool: write zeroes: the %llu MiB span in %llu command(s)\n",
		       (unsigned long long)(t->span >> 20), (unsigned long long)n);
		rc = 1;
	}

	/* 1. Random verified I/O. */
	secs = random_io(&w, t->ios, t->write_pct);
	if (secs < 0 || w.errors || w.mismatches)
		goto out;
	printf("nvmetool: random I/O: %llu I/Os (%llu writes, %llu reads) at QD %u, %.0f IOPS, "
	       "verified %llu bytes, 0 errors\n",
	       (unsigned long long)(w.writes + w.reads), (unsigned long long)w.writes,
	       (unsigned long long)w.reads, t->qd, secs > 0 ? (double)t->ios / secs : 0,
	       (unsigned long long)w.verified);

	/* 2. Flush. */
	if ((rc = nt_io(t, NVME_IO_FLUSH, 0, 0, 0, 0, 0, NULL))) {
		fprintf(stderr, "nvmetool: flush: %s\n", strerror(-rc));
		rc = 1;
		goto out;
	}
	printf("nvmetool: flush: ok\n");
	rc = 1;

	/* 3. Dataset Management: deallocate the first 16 chunks. */
	if (nt_io(t, NVME_IO_DEALLOCATE, 0, 0, 0, 0, (uint32_t)(zchunks * per), NULL)) {
		fprintf(stderr, "nvmetool: dataset management failed\n");
		goto out;
	}
	for (uint64_t c = 0; c < zchunks; c++) {
		if (t->ns.dealloc_zeroes)
			w.dealloc[c] = 1;
		else
			w.gens[c] = UNKNOWN;
	}
	printf("nvmetool: dataset management: %llu blocks deallocated%s\n",
	       (unsigned long long)(zchunks * per),
	       t->ns.dealloc_zeroes ? " (to read back as zeros or their old data)" : "");

	/* 4. Write Zeroes on the next 16. */
	if (nt_io(t, NVME_IO_WRITE_ZEROES, 0, zchunks * per, 0, 0, (uint32_t)(zchunks * per),
		  NULL)) {
		fprintf(stderr, "nvmetool: write zeroes failed\n");
		goto out;
	}
	for (uint64_t c = zchunks; c < 2 * zchunks; c++)
		w.gens[c] = 0;
	printf("nvmetool: write zeroes: %llu blocks\n", (unsigned long long)(zchunks * per));

	/*
	 * 5. A controller reset with writes in flight (reset_round); again, at
	 * most 6 rounds, until the device had not finished some of them when
	 * the reset disabled it, so the retry path ran (a race: QEMU's NVMe in
	 * the lab VM finished all 16 before the disable in some rounds).
	 */
	{
		uint64_t retried = 0;
		uint32_t round = 0, k = 0;

		while (round < 6 && !retried) {
			round++;
			if (reset_round(&w, 2 * zchunks, &k))
				goto out;
			nvme_ctrlr_get_stats(t->c, &cs);
			retried = cs.retries - cs0.retries;
		}
		printf("nvmetool: reset with %u writes of %u KiB in flight: controller ready "
		       "again, every write completed once and read back below; %llu retried "
		       "after the reset (%u reset round%s)\n",
		       t->qd, k * t->bs >> 10, (unsigned long long)retried, round,
		       round == 1 ? "" : "s");
	}

	/* 6. Every chunk read back. */
	w.verified = 0;
	w.done = 0;
	for (uint64_t c = 0; c < w.nchunks;) {
		unsigned n = 0, target = w.done;

		for (uint32_t i = 0; i < t->qd && c < w.nchunks; i++, c++, n++)
			if (issue(&w, &w.ios[i], c, false, 0))
				goto out;
		target += n;
		if (!nt_run_until(t, &w.done, target, 60))
			goto out;
	}
	if (w.errors || w.mismatches)
		goto out;
	printf("nvmetool: final check: %llu chunks read, %llu bytes verified (deallocated "
	       "chunks: %llu read as zeros, %llu kept their data)\n",
	       (unsigned long long)w.nchunks, (unsigned long long)w.verified,
	       (unsigned long long)w.dealloc_zeros, (unsigned long long)w.dealloc_old);
	printf("nvmetool: exercise PASS\n");
	rc = 0;
out:
	if (rc)
		printf("nvmetool: exercise FAIL (%llu errors, %llu mismatches)\n",
		       (unsigned long long)w.errors, (unsigned long long)w.mismatches);
	free(w.gens);
	free(w.busy);
	free(w.ios);
	free(w.expect);
	free(w.dealloc);
	free(w.zeros);
	return rc;
}
