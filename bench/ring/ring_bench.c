/*
 * Ring buffer throughput and latency: one producer thread writing the
 * guest's outbound ring, one consumer thread reading it as the host, over a
 * real GPADL in memfd guest memory. Both spin (no signals) so the numbers
 * are the ring's cost, not the wake-up path's. Each figure is printed next
 * to memcpy of the same bytes, measured in the same run, as a ratio.
 *
 * usage: bench_ring [seconds-per-case] [--json FILE]   (default 0.5)
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/bench_util.h"
#include "runtime/gmem.h"
#include "runtime/gpadl.h"
#include "runtime/ring.h"
#include "runtime/util.h"

#define RING_PAGES 65u /* control page + 256 KiB of data, per ring */
#define MEM_PAGES 1024u
#define STOP_ID UINT64_MAX

/* What each case measured, for --json. */
struct result {
	const char *mode;
	size_t payload;
	double mpkts, gbs, memcpy_gbs, ns, memcpy_ns;
};
static struct result results[8];
static int nresults;

static void result_add(struct result r)
{
	if (nresults < (int)RT_ARRAY_SIZE(results))
		results[nresults++] = r;
}

struct bench {
	struct rt_gmem *g;
	struct rt_gpadl_table *t;
	struct rt_gpadl *gp;
	struct rt_ring_pair guest, host;
	size_t payload;
	uint64_t consumed; /* packets the consumer took before the stop packet */
};

/*
 * CPU time of the calling thread: single-thread figures (memcpy, the
 * one-thread ring case) use it, so other jobs on a shared machine do not
 * count. The two-thread cases need wall time.
 */
static double cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int bench_setup(struct bench *b)
{
	uint8_t hdr[8 + 8 * 2 * RING_PAGES];
	uint32_t len = 2 * RING_PAGES * RT_PAGE_SIZE, off = 0, i;
	struct rt_gpadl *done;
	int rc;

	memset(b, 0, sizeof(*b));
	rc = rt_gmem_create_memfd((uint64_t)MEM_PAGES * RT_PAGE_SIZE, &b->g);
	if (rc < 0)
		return rc;
	rc = rt_gpadl_table_create(b->g, NULL, &b->t);
	if (rc < 0)
		return rc;
	memcpy(hdr, &len, 4);
	memcpy(hdr + 4, &off, 4);
	for (i = 0; i < 2 * RING_PAGES; i++) {
		uint64_t pfn = 100 + i;

		memcpy(hdr + 8 + 8 * i, &pfn, 8);
	}
	rc = rt_gpadl_header(b->t, 1, 1, sizeof(hdr), 1, hdr, sizeof(hdr), &done);
	if (rc != 1)
		return rc < 0 ? rc : -EIO;
	rc = rt_gpadl_acquire(b->t, 1, 1, &b->gp);
	if (rc < 0)
		return rc;
	rc = rt_ring_pair_init(&b->guest, b->g, b->gp, RING_PAGES, RT_RING_GUEST);
	if (rc < 0)
		return rc;
	return rt_ring_pair_init(&b->host, b->g, b->gp, RING_PAGES, RT_RING_HOST);
}

static void bench_teardown(struct bench *b)
{
	rt_ring_pair_fini(&b->host);
	rt_ring_pair_fini(&b->guest);
	rt_gpadl_release(b->t, b->gp);
	rt_gpadl_table_destroy(b->t);
	rt_gmem_destroy(b->g);
}

static void spin_write(struct rt_ring *w, const void *p, size_t len, uint64_t id)
{
	struct iovec v = {.iov_base = (void *)p, .iov_len = len};
	bool sig;
	int rc;

	/* Yield while waiting: the two threads may share a core with others. */
	while ((rc = rt_ring_write_pkt(w, VMRING_PKT_DATA_INBAND, 0, id, 0, &v, 1, &sig)) ==
	       -EAGAIN)
		sched_yield();
	if (rc < 0) {
		fprintf(stderr, "ring write: %s\n", strerror(-rc));
		exit(1);
	}
}

/* Returns the packet's trans_id; STOP_ID ends a run. */
static uint64_t spin_read(struct rt_ring *r, void *buf, size_t cap)
{
	size_t len;
	int rc;

	while ((rc = rt_ring_read(r, buf, cap, &len)) == -EAGAIN)
		sched_yield();
	if (rc < 0) {
		fprintf(stderr, "ring read: %s\n", strerror(-rc));
		exit(1);
	}
	return ((struct vmring_wire_desc *)buf)->trans_id;
}

static void *consumer(void *arg)
{
	struct bench *b = arg;
	size_t cap = b->payload + 64;
	uint8_t *buf = malloc(cap);
	uint64_t n = 0;

	while (spin_read(&b->host.in, buf, cap) != STOP_ID) {
		rt_ring_read_done(&b->host.in);
		n++;
	}
	b->consumed = n;
	free(buf);
	return NULL;
}

/* Echoes every packet back on the other ring (latency). */
static void *echo(void *arg)
{
	struct bench *b = arg;
	size_t cap = b->payload + 64;
	uint8_t *buf = malloc(cap);
	uint64_t id;

	while ((id = spin_read(&b->host.in, buf, cap)) != STOP_ID)
		spin_write(&b->host.out, buf + 16, b->payload, id);
	free(buf);
	return NULL;
}

/* memcpy of `count` chunks of `payload` bytes through a ring-sized buffer. */
static double memcpy_gbs(size_t payload, uint64_t count)
{
	size_t area = (RING_PAGES - 1) * RT_PAGE_SIZE;
	uint8_t *src = NULL, *dst = NULL;
	size_t pos = 0;
	double t0, t1;
	uint64_t i;

	/* Both page-aligned, as the ring's data area and a guest buffer are. */
	if (posix_memalign((void **)&src, 4096, payload) ||
	    posix_memalign((void **)&dst, 4096, area))
		abort();
	memset(src, 0x5a, payload);
	memset(dst, 0, area);
	t0 = cpu_s();
	for (i = 0; i < count; i++) {
		if (pos + payload > area)
			pos = 0;
		memcpy(dst + pos, src, payload);
		/* Keep the compiler from dropping the copies. */
		__asm__ __volatile__("" : : "r"(dst) : "memory");
		pos += rt_align_up(payload, (size_t)8);
	}
	t1 = cpu_s();
	free(src);
	free(dst);
	return (double)payload * (double)count / (t1 - t0) / 1e9;
}

/* A run's ring pair and buffers (buf only if wanted); 0, or 1 after saying why. */
static int run_begin(struct bench *b, size_t payload, uint8_t **src, uint8_t **buf)
{
	int rc = bench_setup(b);

	if (rc < 0) {
		fprintf(stderr, "setup: %s\n", strerror(-rc));
		return 1;
	}
	b->payload = payload;
	*src = calloc(1, payload);
	if (buf)
		*buf = malloc(payload + 64);
	return 0;
}

static void run_end(struct bench *b, uint8_t *src, uint8_t *buf)
{
	free(src);
	free(buf);
	bench_teardown(b);
}

static int run_throughput(size_t payload, double secs)
{
	struct bench b;
	pthread_t th;
	uint8_t *src;
	double t0, t1, ring_gbs, mc_gbs;
	uint64_t i;

	if (run_begin(&b, payload, &src, NULL))
		return 1;
	t0 = bench_now_s();
	pthread_create(&th, NULL, consumer, &b);
	/* Check the clock every 1024 packets; the run lasts about `secs`. */
	for (i = 0;; i++) {
		if ((i & 1023) == 0 && bench_now_s() - t0 >= secs)
			break;
		spin_write(&b.guest.out, src, payload, i);
	}
	spin_write(&b.guest.out, src, payload, STOP_ID);
	pthread_join(th, NULL);
	t1 = bench_now_s();
	ring_gbs = (double)payload * (double)b.consumed / (t1 - t0) / 1e9;
	mc_gbs = memcpy_gbs(payload, b.consumed);
	printf("ring %zuB: %.2f Mpkt/s, %.2f GB/s; memcpy: %.2f GB/s; ratio %.2f\n", payload,
	       (double)b.consumed / (t1 - t0) / 1e6, ring_gbs, mc_gbs, ring_gbs / mc_gbs);
	result_add((struct result){"two threads", payload, (double)b.consumed / (t1 - t0) / 1e6,
				   ring_gbs, mc_gbs, 0, 0});
	run_end(&b, src, NULL);
	return 0;
}

/*
 * Write then read on one thread: the ring's own cost (two copies, index
 * checks, fences) without cross-core cache traffic or scheduling, which
 * dominate the two-thread numbers on a busy machine.
 */
static int run_single_thread(size_t payload, double secs)
{
	struct bench b;
	uint8_t *src, *buf;
	double t0, t1, ring_gbs, mc_gbs;
	uint64_t i;

	if (run_begin(&b, payload, &src, &buf))
		return 1;
	t0 = cpu_s();
	for (i = 0;; i++) {
		if ((i & 1023) == 0 && cpu_s() - t0 >= secs)
			break;
		spin_write(&b.guest.out, src, payload, i);
		spin_read(&b.host.in, buf, payload + 64);
	}
	t1 = cpu_s();
	ring_gbs = (double)payload * (double)i / (t1 - t0) / 1e9;
	mc_gbs = memcpy_gbs(payload, i);
	printf("ring %zuB one thread (write+read): %.2f Mpkt/s, %.2f GB/s; memcpy: %.2f GB/s; "
	       "ratio %.2f\n",
	       payload, (double)i / (t1 - t0) / 1e6, ring_gbs, mc_gbs, ring_gbs / mc_gbs);
	result_add((struct result){"one thread", payload, (double)i / (t1 - t0) / 1e6, ring_gbs,
				   mc_gbs, 0, 0});
	run_end(&b, src, buf);
	return 0;
}

static int run_latency(size_t payload, double secs)
{
	struct bench b;
	pthread_t th;
	uint8_t *src, *buf;
	double t0, t1, ns, mc_ns;
	uint64_t i, n;

	if (run_begin(&b, payload, &src, &buf))
		return 1;
	pthread_create(&th, NULL, echo, &b);
	t0 = bench_now_s();
	for (i = 0;; i++) {
		if ((i & 255) == 0 && bench_now_s() - t0 >= secs)
			break;
		spin_write(&b.guest.out, src, payload, i);
		spin_read(&b.guest.in, buf, payload + 64);
	}
	t1 = bench_now_s();
	spin_write(&b.guest.out, src, payload, STOP_ID);
	pthread_join(th, NULL);
	ns = (t1 - t0) / (double)i / 2 * 1e9;
	n = i * 2;
	mc_ns = (double)payload / memcpy_gbs(payload, n); /* ns per copy */
	printf("ring %zuB one-way latency (ping-pong/2): %.0f ns; memcpy of %zuB: %.0f ns; "
	       "ratio %.2f\n",
	       payload, ns, payload, mc_ns, mc_ns / ns);
	result_add((struct result){"latency", payload, 0, 0, 0, ns, mc_ns});
	run_end(&b, src, buf);
	return 0;
}

static int write_json(const char *path)
{
	FILE *f = fopen(path, "w");

	if (!f)
		return -errno;
	fprintf(f, "{\"bench\": \"ring\", \"rows\": [\n");
	for (int i = 0; i < nresults; i++) {
		struct result *r = &results[i];
		fprintf(f,
			" {\"mode\": \"%s\", \"bytes\": %zu, \"mpkts\": %.3f, \"gbs\": %.3f, "
			"\"memcpy_gbs\": %.3f, \"ns\": %.1f, \"memcpy_ns\": %.1f}%s\n",
			r->mode, r->payload, r->mpkts, r->gbs, r->memcpy_gbs, r->ns, r->memcpy_ns,
			i + 1 < nresults ? "," : "");
	}
	fprintf(f, "]}\n");
	return fclose(f) ? -errno : 0;
}

int main(int argc, char **argv)
{
	double secs;
	static const size_t sizes[] = {64, 4096};
	const char *json;
	size_t i;
	int rc = 0;

	bench_args(argc, argv, 0.5, &secs, &json);
	for (i = 0; i < RT_ARRAY_SIZE(sizes); i++)
		rc |= run_throughput(sizes[i], secs);
	for (i = 0; i < RT_ARRAY_SIZE(sizes); i++)
		rc |= run_single_thread(sizes[i], secs);
	for (i = 0; i < RT_ARRAY_SIZE(sizes); i++)
		rc |= run_latency(sizes[i], secs);
	if (json && write_json(json)) {
		perror(json);
		rc = 1;
	}
	return rc;
}
