/*
 * Ring buffers: a guest pair and a host pair over the same GPADL in one
 * process, plus a hostile "guest" poking the control pages directly.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <poll.h>
#include <pthread.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/gpadl.h"
#include "runtime/ring.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

#define MEM_PAGES 256u
#define RING_PAGES 3u /* control + 2 data pages: 8 KiB of data per ring */
#define DATA (2 * 4096u)

static struct rt_gmem *g;
static struct rt_gpadl_table *t;
static struct rt_gpadl *gp;
static struct rt_ring_pair guest, host;
static uint64_t pfns[2 * RING_PAGES];

/* Builds the channel's GPADL from scattered pages, as a guest would. */
static struct rt_gpadl *make_gpadl(uint32_t id, uint32_t npages, const uint64_t *p)
{
	uint8_t buf[8 + 8 * 16];
	uint32_t len = npages * 4096, off = 0;
	struct rt_gpadl *done = NULL, *ref;

	memcpy(buf, &len, 4);
	memcpy(buf + 4, &off, 4);
	memcpy(buf + 8, p, 8 * npages);
	ck_assert_int_eq(rt_gpadl_header(t, 1, id, (uint16_t)(8 + 8 * npages), 1, buf,
					 8 + 8 * npages, &done),
			 1);
	ck_assert_int_eq(rt_gpadl_acquire(t, 1, id, &ref), 0);
	return ref;
}

static void setup(void)
{
	uint32_t i;

	ck_assert_int_eq(rt_gmem_create_memfd(MEM_PAGES * 4096ull, &g), 0);
	ck_assert_int_eq(rt_gpadl_table_create(g, NULL, &t), 0);
	for (i = 0; i < 2 * RING_PAGES; i++)
		pfns[i] = 200 - 17 * i; /* descending, non-contiguous */
	gp = make_gpadl(1, 2 * RING_PAGES, pfns);
	ck_assert_int_eq(rt_ring_pair_init(&guest, g, gp, RING_PAGES, RT_RING_GUEST), 0);
	ck_assert_int_eq(rt_ring_pair_init(&host, g, gp, RING_PAGES, RT_RING_HOST), 0);
	ck_assert_uint_eq(host.in.size, DATA);
}

static void teardown(void)
{
	rt_ring_pair_fini(&host);
	rt_ring_pair_fini(&guest);
	rt_gpadl_release(t, gp);
	rt_gpadl_table_destroy(t);
	rt_gmem_destroy(g);
}

static int send_inband(struct rt_ring *w, uint64_t id, const void *p, size_t len, bool *sig)
{
	struct iovec v = {.iov_base = (void *)p, .iov_len = len};

	return rt_ring_write_pkt(w, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
				 id, 0, &v, 1, sig);
}

/* Control-page field of a ring, for the tests that play a hostile peer. */
static uint32_t *field(struct rt_ring *r, size_t off)
{
	return (uint32_t *)(void *)(r->ctl + off);
}

#define WRITE_IDX offsetof(struct vmring_wire_control, write_index)
#define READ_IDX offsetof(struct vmring_wire_control, read_index)
#define MASK offsetof(struct vmring_wire_control, interrupt_mask)
#define PENDING offsetof(struct vmring_wire_control, pending_send_sz)

START_TEST(test_layout_and_basic)
{
	uint8_t buf[256];
	struct vmring_wire_desc d;
	size_t len;
	bool sig;
	uint64_t trailer;

	/* The guest's outbound control page is the GPADL's first page. */
	uint32_t feat;
	ck_assert_int_eq(rt_gmem_read(g, pfns[0] * 4096 + 64, &feat, 4), 0);
	ck_assert_uint_eq(feat, 1);

	ck_assert_int_eq(send_inband(&guest.out, 7, "hello", 5, &sig), 0);
	ck_assert(sig); /* empty before, not masked */
	ck_assert_int_eq(send_inband(&guest.out, 8, "again", 5, &sig), 0);
	ck_assert(!sig); /* not empty before */
	/* write_index after two 16 + 8 (padded) + 8 packets, in guest memory. */
	uint32_t wi;
	ck_assert_int_eq(rt_gmem_read(g, pfns[0] * 4096, &wi, 4), 0);
	ck_assert_uint_eq(wi, 64);
	/* Trailer of the second packet holds the old write index in its high half. */
	ck_assert_int_eq(rt_gmem_read(g, pfns[1] * 4096 + 32 + 24, &trailer, 8), 0);
	ck_assert_uint_eq(trailer, (uint64_t)32 << 32);

	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
	ck_assert_uint_eq(len, 24);
	memcpy(&d, buf, sizeof(d));
	ck_assert_uint_eq(d.type, VMRING_PKT_DATA_INBAND);
	ck_assert_uint_eq(d.offset8, 2);
	ck_assert_uint_eq(d.len8, 3);
	ck_assert_uint_eq(d.flags, 1);
	ck_assert_uint_eq(d.trans_id, 7);
	ck_assert_mem_eq(buf + 16, "hello", 5);
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
	ck_assert_uint_eq(((struct vmring_wire_desc *)buf)->trans_id, 8);
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EAGAIN);
	ck_assert(!rt_ring_read_done(&host.in)); /* nobody waits for space */

	/* And the other direction: host writes a completion, guest reads it. */
	ck_assert_int_eq(rt_ring_write_pkt(&host.out, VMRING_PKT_COMP, 0, 7, 0, NULL, 0, &sig), 0);
	ck_assert(sig);
	ck_assert_int_eq(rt_ring_read(&guest.in, buf, sizeof(buf), &len), 0);
	ck_assert_uint_eq(len, 16);
	ck_assert_uint_eq(((struct vmring_wire_desc *)buf)->type, VMRING_PKT_COMP);
}
END_TEST

START_TEST(test_wraparound)
{
	uint8_t src[1200], buf[1300];
	size_t len;
	bool sig;
	int i, j;

	/* Odd sizes walk the indices through every alignment of the wrap point. */
	for (i = 0; i < 500; i++) {
		size_t n = 1 + (size_t)(i * 37) % 1100;

		for (j = 0; j < (int)n; j++)
			src[j] = (uint8_t)(i + j);
		ck_assert_int_eq(send_inband(&guest.out, (uint64_t)i, src, n, &sig), 0);
		ck_assert(sig);
		ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
		ck_assert_uint_eq(len, rt_align_up(16 + n, 8u));
		ck_assert_uint_eq(((struct vmring_wire_desc *)buf)->trans_id, (uint64_t)i);
		ck_assert_mem_eq(buf + 16, src, n);
	}
	ck_assert(!rt_ring_broken(&host.in));
}
END_TEST

START_TEST(test_full_then_pending_send)
{
	uint8_t pkt[1000] = {0}, buf[1100];
	size_t len;
	bool sig;
	int written = 0, rc, signals = 0;

	/* 16 + 1000 -> 1016 + 8 = 1024 bytes per packet; 8 KiB ring holds 7, never 8. */
	while ((rc = send_inband(&guest.out, 1, pkt, 1000, &sig)) == 0)
		written++;
	ck_assert_int_eq(rc, -EAGAIN);
	ck_assert_int_eq(written, 7);
	/* A quarter of the ring, not just the packet: fewer wake-ups. */
	ck_assert_uint_eq(*field(&guest.out, PENDING), DATA / 4);
	/* Free space is 1024, which does not exceed the need: still no room. */
	ck_assert_int_eq(send_inband(&guest.out, 1, pkt, 1000, &sig), -EAGAIN);
	/* Free 2048 after one read: not above the threshold yet. */
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
	if (rt_ring_read_done(&host.in))
		signals++;
	ck_assert_int_eq(signals, 0);
	/* Free 3072 after the second: crossed, exactly one signal. */
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
	if (rt_ring_read_done(&host.in))
		signals++;
	ck_assert_int_eq(signals, 1);
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
	ck_assert(!rt_ring_read_done(&host.in)); /* already above the threshold */
	ck_assert_int_eq(send_inband(&guest.out, 1, pkt, 1000, &sig), 0);
	ck_assert_uint_eq(*field(&guest.out, PENDING), 0);
	/* Without the feature bit the reader never signals for space. */
	while (send_inband(&guest.out, 1, pkt, 1000, &sig) == 0)
		;
	*field(&host.in, offsetof(struct vmring_wire_control, feature_bits)) = 0;
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
	ck_assert(!rt_ring_read_done(&host.in));
	/* A packet bigger than the ring can ever hold. */
	uint8_t *big = calloc(1, DATA);
	ck_assert_int_eq(send_inband(&guest.out, 1, big, DATA - 16, &sig), -EMSGSIZE);
	free(big);
}
END_TEST

START_TEST(test_interrupt_mask)
{
	uint8_t buf[64];
	size_t len;
	bool sig;

	rt_ring_mask_interrupts(&host.in);
	ck_assert_uint_eq(*field(&guest.out, MASK), 1);
	ck_assert_int_eq(send_inband(&guest.out, 1, "x", 1, &sig), 0);
	ck_assert(!sig); /* masked: the reader is draining anyway */
	/* Unmasking with data present tells the reader to keep going. */
	ck_assert(rt_ring_unmask_interrupts(&host.in));
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), 0);
	ck_assert(!rt_ring_unmask_interrupts(&host.in));
	ck_assert_int_eq(send_inband(&guest.out, 1, "x", 1, &sig), 0);
	ck_assert(sig);
}
END_TEST

START_TEST(test_emsgsize)
{
	uint8_t buf[32];
	size_t len = 0;
	bool sig;

	ck_assert_int_eq(send_inband(&guest.out, 1, "0123456789abcdef0123", 20, &sig), 0);
	ck_assert_int_eq(rt_ring_read(&host.in, buf, 16, &len), -EMSGSIZE);
	ck_assert_uint_eq(len, 40);
	ck_assert(!rt_ring_broken(&host.in));
}
END_TEST

START_TEST(test_hostile_indices)
{
	uint8_t buf[256];
	size_t len;

	/* Out-of-range write index. */
	*field(&guest.out, WRITE_IDX) = DATA;
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
	ck_assert(rt_ring_broken(&host.in));
	/* Broken is sticky, even once the value looks fine again. */
	*field(&guest.out, WRITE_IDX) = 0;
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
	ck_assert_uint_eq(rt_ring_bytes_avail(&host.in), 0);
	ck_assert(!rt_ring_read_done(&host.in));
}
END_TEST

START_TEST(test_hostile_unaligned)
{
	uint8_t buf[256];
	size_t len;

	*field(&guest.out, WRITE_IDX) = 12;
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
}
END_TEST

START_TEST(test_hostile_own_index_moved)
{
	uint8_t buf[256];
	size_t len;
	bool sig;

	ck_assert_int_eq(send_inband(&guest.out, 1, "abc", 3, &sig), 0);
	/* The guest moves the host's read index (still in range and aligned). */
	*field(&guest.out, READ_IDX) = 8;
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
	/* Host as writer: the guest moves write_index of the host's ring. */
	*field(&guest.in, WRITE_IDX) = 16;
	ck_assert_int_eq(rt_ring_write_pkt(&host.out, VMRING_PKT_COMP, 0, 1, 0, NULL, 0, &sig),
			 -EPROTO);
}
END_TEST

START_TEST(test_hostile_read_index_for_writer)
{
	bool sig;

	*field(&guest.in, READ_IDX) = DATA + 8;
	ck_assert_int_eq(rt_ring_write_pkt(&host.out, VMRING_PKT_COMP, 0, 1, 0, NULL, 0, &sig),
			 -EPROTO);
	ck_assert(rt_ring_broken(&host.out));
}
END_TEST

START_TEST(test_hostile_descriptors)
{
	uint8_t buf[256];
	size_t len;
	bool sig;
	struct vmring_wire_desc *d = (struct vmring_wire_desc *)(void *)guest.out.data;

	ck_assert_int_eq(send_inband(&guest.out, 1, "abcdefgh", 8, &sig), 0); /* len8 3 */
	d->offset8 = 1;
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
	teardown();
	setup();
	d = (struct vmring_wire_desc *)(void *)guest.out.data;
	ck_assert_int_eq(send_inband(&guest.out, 1, "abcdefgh", 8, &sig), 0);
	d->offset8 = 4; /* beyond len8 */
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
	teardown();
	setup();
	d = (struct vmring_wire_desc *)(void *)guest.out.data;
	ck_assert_int_eq(send_inband(&guest.out, 1, "abcdefgh", 8, &sig), 0);
	d->len8 = 4; /* 32 + 8 > the 32 bytes available */
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
	teardown();
	setup();
	/* A write index that leaves less than a descriptor + trailer. */
	*field(&guest.out, WRITE_IDX) = 8;
	ck_assert_int_eq(rt_ring_read(&host.in, buf, sizeof(buf), &len), -EPROTO);
}
END_TEST

START_TEST(test_host_adopts_bad_indices)
{
	struct rt_ring_pair h2;

	*field(&guest.out, READ_IDX) = 5;
	ck_assert_int_eq(rt_ring_pair_init(&h2, g, gp, RING_PAGES, RT_RING_HOST), -EPROTO);
}
END_TEST

START_TEST(test_gpadl_shapes)
{
	struct rt_ring_pair p;
	uint64_t bad[4] = {1, 2, 3, MEM_PAGES};

	/* The page-list form checks pfns itself (no GPADL did). */
	ck_assert_int_eq(rt_ring_pair_init_pages(&p, g, bad, 4, 2, RT_RING_GUEST), -EINVAL);
	bad[3] = 4;
	ck_assert_int_eq(rt_ring_pair_init_pages(&p, g, bad, 4, 2, RT_RING_GUEST), 0);
	rt_ring_pair_fini(&p);

	ck_assert_int_eq(rt_ring_pair_init(&p, g, gp, 1, RT_RING_HOST), -EINVAL);
	ck_assert_int_eq(rt_ring_pair_init(&p, g, gp, 2 * RING_PAGES - 1, RT_RING_HOST), -EINVAL);
	ck_assert_int_eq(rt_ring_pair_init(&p, g, gp, 2 * RING_PAGES, RT_RING_HOST), -EINVAL);
}
END_TEST

START_TEST(test_gpa_direct_parse)
{
	/* storvsc-style: one multi-pfn range, then a 64-byte vstor packet. */
	uint64_t pkt[64] = {0};
	uint8_t *b = (uint8_t *)pkt;
	struct vmring_wire_desc d = {.type = VMRING_PKT_DATA_USING_GPA_DIRECT,
				     .flags = VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
				     .trans_id = 5};
	uint32_t range_cnt = 1, blen = 8192, boff = 512;
	uint64_t p3[3] = {10, 11, 12};
	struct rt_gpa_range r[VMRING_GPA_DIRECT_RANGES_MAX];
	static struct vmring_gpa_direct gd;
	uint8_t out[256];
	uint32_t n = 0;
	size_t len;
	bool sig;

	/* 24 + 8 + 3 * 8 = 56 bytes of header: offset8 7. */
	d.offset8 = 7;
	d.len8 = 7 + 8;
	memcpy(b, &d, sizeof(d));
	memcpy(b + 20, &range_cnt, 4);
	memcpy(b + 24, &blen, 4);
	memcpy(b + 28, &boff, 4);
	memcpy(b + 32, p3, 24);
	/* Through the ring, as a guest sends it. */
	struct iovec v = {.iov_base = b + 16, .iov_len = 40 + 64};
	ck_assert_int_eq(rt_ring_write_pkt(&guest.out, VMRING_PKT_DATA_USING_GPA_DIRECT, 1, 5, 40,
					   &v, 1, &sig),
			 0);
	ck_assert_int_eq(rt_ring_read(&host.in, out, sizeof(out), &len), 0);
	ck_assert_uint_eq(((struct vmring_wire_desc *)out)->offset8, 7);
	ck_assert_int_eq(rt_ring_gpa_direct(out, len, &gd, r, &n), PV_OK);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(r[0].len, 8192);
	ck_assert_uint_eq(r[0].offset, 512);
	ck_assert_uint_eq(r[0].pfn_count, 3);
	ck_assert_uint_eq(r[0].pfns[2], 12);
	ck_assert_int_eq(rt_gpa_ranges_check(g, r, n, NULL), 0);
	/* More ranges than the spec allows, and a range list overrunning offset8. */
	range_cnt = VMRING_GPA_DIRECT_RANGES_MAX + 1;
	memcpy(out + 20, &range_cnt, 4);
	ck_assert_int_eq(rt_ring_gpa_direct(out, len, &gd, r, &n), PV_ERR_COUNT);
	ck_assert_uint_eq(n, 0);
	range_cnt = 1;
	memcpy(out + 20, &range_cnt, 4);
	blen = 3 * RT_PAGE_SIZE;
	memcpy(out + 24, &blen, 4);
	ck_assert_int_eq(rt_ring_gpa_direct(out, len, &gd, r, &n), PV_ERR_COUNT);
	/* An empty range; an offset past the page. */
	blen = 0;
	memcpy(out + 24, &blen, 4);
	ck_assert_int_eq(rt_ring_gpa_direct(out, len, &gd, r, &n), PV_ERR_RANGE);
	blen = 8;
	boff = RT_PAGE_SIZE;
	memcpy(out + 24, &blen, 4);
	memcpy(out + 28, &boff, 4);
	ck_assert_int_eq(rt_ring_gpa_direct(out, len, &gd, r, &n), PV_ERR_RANGE);
}
END_TEST

/* xorshift: deterministic garbage, so a failure reproduces. */
static uint64_t rnd(uint64_t *st)
{
	*st ^= *st << 13;
	*st ^= *st >> 7;
	*st ^= *st << 17;
	return *st;
}

START_TEST(test_random_garbage)
{
	uint64_t st = 0x9e3779b97f4a7c15ull;
	uint8_t buf[2048];
	size_t len;
	int i, rc, ok = 0, proto = 0;

	for (i = 0; i < 5000; i++) {
		struct rt_ring_pair h;
		struct vmring_wire_desc d = {0};
		uint32_t rd = (uint32_t)(rnd(&st) % DATA) & ~7u, k;

		/* A plausible packet at a random place, then perturbations. */
		d.type = (uint16_t)(rnd(&st) % 14);
		d.len8 = (uint16_t)(rnd(&st) % 40);
		d.offset8 = (uint16_t)(rnd(&st) % (d.len8 + 2u));
		memcpy(guest.out.data + rd, &d, sizeof(d));
		*field(&guest.out, READ_IDX) = rd;
		*field(&guest.out, WRITE_IDX) = (rd + d.len8 * 8u + 8u) % DATA;
		switch (rnd(&st) % 4) {
		case 0: /* any value at all */
			*field(&guest.out, WRITE_IDX) = (uint32_t)rnd(&st);
			break;
		case 1: /* a few more (aligned) bytes than the packet */
			*field(&guest.out, WRITE_IDX) =
				(rd + d.len8 * 8u + 8u + ((uint32_t)rnd(&st) % 256 & ~7u)) % DATA;
			break;
		default:
			break;
		}
		for (k = 0; k < 16; k++)
			guest.out.data[rnd(&st) % DATA] = (uint8_t)rnd(&st);
		if (rt_ring_pair_init(&h, g, gp, RING_PAGES, RT_RING_HOST) < 0)
			continue;
		while ((rc = rt_ring_read(&h.in, buf, sizeof(buf), &len)) == 0) {
			ck_assert_uint_le(len, sizeof(buf));
			ck_assert_uint_eq(len % 8, 0);
			ok++;
		}
		ck_assert(rc == -EAGAIN || rc == -EMSGSIZE || rc == -EPROTO);
		if (rc == -EPROTO)
			proto++;
		rt_ring_pair_fini(&h);
	}
	/* The garbage exercised both outcomes. */
	ck_assert_int_gt(ok, 0);
	ck_assert_int_gt(proto, 0);
}
END_TEST

/*
 * Two threads and the real signalling rules: the producer signals only
 * when *signal says so and sleeps on -EAGAIN; the consumer drains with the
 * interrupt mask set and signals the producer only when rt_ring_read_done
 * says so. A lost wake-up hangs the test (ctest's timeout fails it).
 */
#define THREAD_PKTS 20000

struct duo {
	int host_wake, guest_wake;
	int producer_signals, consumer_signals;
	uint32_t bad;
};

static void wait_efd(int fd)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};
	uint64_t v;

	while (poll(&p, 1, -1) != 1)
		;
	if (read(fd, &v, sizeof(v)) != sizeof(v))
		ck_abort_msg("eventfd read");
}

static void kick(int fd)
{
	uint64_t one = 1;

	if (write(fd, &one, sizeof(one)) != sizeof(one))
		ck_abort_msg("eventfd write");
}

static void *producer(void *arg)
{
	struct duo *d = arg;
	uint8_t pkt[1500];
	uint32_t i;
	bool sig;

	for (i = 0; i < THREAD_PKTS; i++) {
		size_t n = 4 + (i * 131) % (sizeof(pkt) - 4);
		struct iovec v = {.iov_base = pkt, .iov_len = n};
		int rc;

		memcpy(pkt, &i, 4);
		while ((rc = rt_ring_write_pkt(&guest.out, VMRING_PKT_DATA_INBAND, 0, i, 0, &v, 1,
					       &sig)) == -EAGAIN)
			wait_efd(d->guest_wake);
		ck_assert_int_eq(rc, 0);
		if (sig) {
			d->producer_signals++;
			kick(d->host_wake);
		}
	}
	return NULL;
}

START_TEST(test_threads_signalling)
{
	struct duo d = {0};
	uint8_t buf[1600];
	uint32_t expect = 0, seq;
	pthread_t th;
	size_t len;
	int rc;

	d.host_wake = eventfd(0, EFD_CLOEXEC);
	d.guest_wake = eventfd(0, EFD_CLOEXEC);
	pthread_create(&th, NULL, producer, &d);
	while (expect < THREAD_PKTS) {
		wait_efd(d.host_wake);
		do {
			rt_ring_mask_interrupts(&host.in);
			while ((rc = rt_ring_read(&host.in, buf, sizeof(buf), &len)) == 0) {
				memcpy(&seq, buf + 16, 4);
				if (seq != expect)
					d.bad++;
				expect++;
			}
			ck_assert_int_eq(rc, -EAGAIN);
			if (rt_ring_read_done(&host.in)) {
				d.consumer_signals++;
				kick(d.guest_wake);
			}
		} while (rt_ring_unmask_interrupts(&host.in));
	}
	pthread_join(th, NULL);
	ck_assert_uint_eq(d.bad, 0);
	ck_assert_uint_eq(expect, THREAD_PKTS);
	/* 20000 packets of ~770 bytes through 8 KiB: the writer must have waited. */
	ck_assert_int_gt(d.consumer_signals, 0);
	ck_assert_int_gt(d.producer_signals, 0);
	close(d.host_wake);
	close(d.guest_wake);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ring");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_layout_and_basic);
	tcase_add_test(tc, test_wraparound);
	tcase_add_test(tc, test_full_then_pending_send);
	tcase_add_test(tc, test_interrupt_mask);
	tcase_add_test(tc, test_emsgsize);
	tcase_add_test(tc, test_hostile_indices);
	tcase_add_test(tc, test_hostile_unaligned);
	tcase_add_test(tc, test_hostile_own_index_moved);
	tcase_add_test(tc, test_hostile_read_index_for_writer);
	tcase_add_test(tc, test_hostile_descriptors);
	tcase_add_test(tc, test_host_adopts_bad_indices);
	tcase_add_test(tc, test_gpadl_shapes);
	tcase_add_test(tc, test_gpa_direct_parse);
	tcase_add_test(tc, test_random_garbage);
	suite_add_tcase(s, tc);
	tc = tcase_create("threads");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_threads_signalling);
	suite_add_tcase(s, tc);
	return pv_check_run_suite(s);
}
