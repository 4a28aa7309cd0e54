/* SPDX-License-Identifier: MIT */
/*
 * Tests for runtime/vmbus/vmbus_chan.c, driven directly: a device written
 * here is offered on a fake partition (vmbus_fake.h), the test plays the
 * guest (vmbus_guest.h: contact, GPADL, OPENCHANNEL) and works the channel's
 * rings from the guest side with the same ring code (runtime/ring.h). What
 * the header promises: packets delivered in order, decoded once; a held
 * packet (-EAGAIN) delivered again after a kick; more packets than one
 * wake-up's budget all delivered from one signal; the signalling rules both
 * ways; send errors (-EINVAL, -EMSGSIZE, -EAGAIN then on_send_space, -EPIPE
 * when not open); a guest that breaks the ring protocol resets its channel
 * (close() once, sends refused) and the guest's CLOSECHANNEL still works.
 */
#include <errno.h>
#include <stddef.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ring.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "tests/unit/pv_check.h"
#include "vmbus_guest.h"

#define MEM (16u << 20)
#define RING_PFN 0x100 /* the GPADL's first page */
#define RING_PAGES 16  /* 8 pages each way: a control page and 28 KiB of data */
#define DOWN 8
#define GPADL_ID 7
#define NPKT 600 /* more than one wake-up's budget (RX_BUDGET in vmbus_chan.c) */

/* The device: what its callbacks saw (they run on the channel's worker). */
struct dev {
	pthread_mutex_t lock;
	int opens, closes, space;
	int hold;   /* on_packet answers -EAGAIN this many more times */
	unsigned n; /* packets taken */
	struct {
		uint16_t type, flags;
		uint64_t trans_id;
		uint32_t len, ext_len;
		uint8_t data[16];
	} pkt[NPKT];
	struct vmbus_chan *ch;
};

static int d_open(void *ctx, struct vmbus_chan *ch, const uint8_t user_data[120])
{
	struct dev *d = ctx;

	(void)user_data;
	pthread_mutex_lock(&d->lock);
	d->opens++;
	d->ch = ch;
	pthread_mutex_unlock(&d->lock);
	return 0;
}

static void d_close(void *ctx, struct vmbus_chan *ch)
{
	struct dev *d = ctx;

	(void)ch;
	pthread_mutex_lock(&d->lock);
	d->closes++;
	pthread_mutex_unlock(&d->lock);
}

static int d_packet(void *ctx, struct vmbus_chan *ch, const struct vmbus_pkt *p)
{
	struct dev *d = ctx;
	int rc = 0;

	(void)ch;
	pthread_mutex_lock(&d->lock);
	if (d->hold > 0) {
		d->hold--;
		rc = -EAGAIN;
	} else if (d->n < NPKT) {
		d->pkt[d->n].type = p->type;
		d->pkt[d->n].flags = p->flags;
		d->pkt[d->n].trans_id = p->trans_id;
		d->pkt[d->n].len = p->len;
		d->pkt[d->n].ext_len = p->ext_len;
		memcpy(d->pkt[d->n].data, p->data, p->len < 16 ? p->len : 16);
		d->n++;
	}
	pthread_mutex_unlock(&d->lock);
	return rc;
}

static void d_space(void *ctx, struct vmbus_chan *ch)
{
	struct dev *d = ctx;

	(void)ch;
	pthread_mutex_lock(&d->lock);
	d->space++;
	pthread_mutex_unlock(&d->lock);
}

static const struct vmbus_chan_ops d_ops = {
	.open = d_open, .close = d_close, .on_packet = d_packet, .on_send_space = d_space};

/* Reads a counter of the device under its lock. */
static int seen(struct dev *d, const int *field)
{
	int v;

	pthread_mutex_lock(&d->lock);
	v = *field;
	pthread_mutex_unlock(&d->lock);
	return v;
}

static unsigned taken(struct dev *d)
{
	unsigned v;

	pthread_mutex_lock(&d->lock);
	v = d->n;
	pthread_mutex_unlock(&d->lock);
	return v;
}

struct rig {
	struct fake_part f;
	struct dev d;
	struct vmbus_chan *ch;
	uint32_t conn;          /* where the guest posts */
	uint32_t sconn;         /* the channel's signal connection */
	struct rt_ring_pair rp; /* the guest's end */
};

static struct rig rig; /* one per test process (Check forks) */

/* A 5.3 guest connected, the device offered and opened with its rings mapped. */
static struct rig *rig_open(uint32_t max_pkt_size)
{
	struct rig *r = &rig;
	struct vmbus_offer_params p = {.if_type = {0x55, 1},
				       .if_instance = {0x55, 2},
				       .name = "chan-test",
				       .ops = &d_ops,
				       .ctx = &r->d,
				       .max_pkt_size = max_pkt_size};
	struct vmbus_msg m;
	uint64_t pfns[RING_PAGES];

	memset(r, 0, sizeof(*r));
	pthread_mutex_init(&r->d.lock, NULL);
	ck_assert_int_eq(fake_part_init(&r->f, MEM, 2), 0);
	ck_assert_int_eq(fake_server_init(&r->f, NULL), 0);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &r->ch), 0);
	r->conn = guest_hello(&r->f);
	m = guest_expect(&r->f, VMBUS_MSG_TYPE_OFFERCHANNEL);
	ck_assert_uint_eq(m.u.offerchannel.child_relid, vmbus_chan_relid(r->ch));
	r->sconn = m.u.offerchannel.connection_id;
	guest_expect(&r->f, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED);
	guest_gpadl_ok(&r->f, r->conn, 1, GPADL_ID, RING_PFN, RING_PAGES);
	for (uint32_t i = 0; i < RING_PAGES; i++)
		pfns[i] = RING_PFN + i;
	/* The guest sets its control pages up before it opens, as Linux does. */
	ck_assert_int_eq(
		rt_ring_pair_init_pages(&r->rp, r->f.p.gmem, pfns, RING_PAGES, DOWN, RT_RING_GUEST),
		0);
	ck_assert_uint_eq(guest_open(&r->f, r->conn, 1, GPADL_ID, 0, DOWN), 0);
	ck_assert_int_eq(seen(&r->d, &r->d.opens), 1);
	return r;
}

static void rig_close(struct rig *r)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_CLOSECHANNEL};

	m.u.closechannel.child_relid = 1;
	ck_assert_int_eq(fake_post_msg(&r->f, r->conn, &m), RT_HV_STATUS_SUCCESS);
	WAIT_UNTIL(r->f.p.loop, seen(&r->d, &r->d.closes) == 1);
	/* Not open any more: the device's sends are refused. */
	ck_assert_int_eq(vmbus_chan_send(r->ch, 1, false, "x", 1), -EPIPE);
	rt_ring_pair_fini(&r->rp);
	fake_part_fini(&r->f);
	pthread_mutex_destroy(&r->d.lock);
}

/* The guest writes an in-band packet of `len` bytes of `fill` (no signal). */
static bool guest_send(struct rig *r, uint64_t trans_id, uint8_t fill, size_t len)
{
	uint8_t data[256];
	struct iovec iov = {data, len};
	bool sig = false;

	ck_assert_uint_le(len, sizeof(data));
	memset(data, fill, len);
	ck_assert_int_eq(rt_ring_write_pkt(&r->rp.out, VMRING_PKT_DATA_INBAND,
					   VMRING_PKT_FLAGS_COMPLETION_REQUESTED, trans_id, 0, &iov,
					   1, &sig),
			 0);
	return sig;
}

/* The guest reads the next packet the host wrote; its payload length, or -1 when none. */
static int guest_recv(struct rig *r, uint8_t *buf, size_t cap, struct vmring_desc *desc)
{
	size_t len;

	if (rt_ring_read(&r->rp.in, buf, cap, &len) != 0)
		return -1;
	ck_assert_int_eq(vmring_desc_decode(buf, VMRING_DESC_SIZE, NULL, desc), PV_OK);
	return (int)(len - desc->offset8 * 8u);
}

START_TEST(packets_in_order)
{
	struct rig *r = rig_open(0);
	struct vmbus_chan_stats st;

	ck_assert(guest_send(r, 10, 0xa0, 5)); /* the ring was empty: Linux signals */
	ck_assert(!guest_send(r, 11, 0xa1, 24));
	ck_assert(!guest_send(r, 12, 0xa2, 0));
	guest_signal(&r->f, r->sconn);
	WAIT_UNTIL(r->f.p.loop, taken(&r->d) == 3);
	for (unsigned i = 0; i < 3; i++) {
		ck_assert_uint_eq(r->d.pkt[i].type, VMRING_PKT_DATA_INBAND);
		ck_assert_uint_eq(r->d.pkt[i].flags, VMRING_PKT_FLAGS_COMPLETION_REQUESTED);
		ck_assert_uint_eq(r->d.pkt[i].trans_id, 10 + i);
		ck_assert_uint_eq(r->d.pkt[i].ext_len, 0);
	}
	/* The payload up to the packet's padded end. */
	ck_assert_uint_eq(r->d.pkt[0].len, 8);
	ck_assert_uint_eq(r->d.pkt[0].data[4], 0xa0);
	ck_assert_uint_eq(r->d.pkt[1].len, 24);
	ck_assert_uint_eq(r->d.pkt[1].data[15], 0xa1);
	ck_assert_uint_eq(r->d.pkt[2].len, 0);
	vmbus_chan_get_stats(r->ch, &st);
	ck_assert_uint_eq(st.rx_packets, 3);
	ck_assert_uint_eq(st.rx_bytes, 32);
	ck_assert_uint_ge(st.signals_in, 1);
	ck_assert(!vmbus_chan_is_broken(r->ch));
	ck_assert_uint_eq(vmbus_chan_subchannel_index(r->ch), 0);
	ck_assert_ptr_eq(vmbus_chan_gmem(r->ch), r->f.p.gmem);
	ck_assert_ptr_nonnull(vmbus_chan_worker(r->ch));
	rig_close(r);
}
END_TEST

/* One signal for more packets than one wake-up takes: the worker comes back for the rest. */
START_TEST(more_than_a_budget)
{
	struct rig *r = rig_open(0);

	for (unsigned i = 0; i < NPKT; i++)
		guest_send(r, i, (uint8_t)i, 8);
	guest_signal(&r->f, r->sconn);
	WAIT_UNTIL(r->f.p.loop, taken(&r->d) == NPKT);
	for (unsigned i = 0; i < NPKT; i++)
		ck_assert_uint_eq(r->d.pkt[i].trans_id, i);
	ck_assert_uint_eq(rt_ring_bytes_avail(&r->rp.out), 0); /* the host read it all */
	rig_close(r);
}
END_TEST

static uint64_t signals_in(struct rig *r)
{
	struct vmbus_chan_stats st;

	vmbus_chan_get_stats(r->ch, &st);
	return st.signals_in;
}

/*
 * A packet the device holds (-EAGAIN) stays in the ring and delivery pauses;
 * after a kick it comes again, first, and once; nothing is lost. (A later
 * guest signal would retry it too: the warm-up packet makes sure the
 * worker's start and every signal were taken before the one that matters.)
 */
START_TEST(held_until_kicked)
{
	struct rig *r = rig_open(0);

	guest_send(r, 0, 0, 8);
	guest_signal(&r->f, r->sconn);
	WAIT_UNTIL(r->f.p.loop, taken(&r->d) == 1 && signals_in(r) == 1);
	pthread_mutex_lock(&r->d.lock);
	r->d.hold = 1;
	pthread_mutex_unlock(&r->d.lock);
	guest_send(r, 1, 1, 8);
	guest_send(r, 2, 2, 8);
	guest_signal(&r->f, r->sconn);
	WAIT_UNTIL(r->f.p.loop, seen(&r->d, &r->d.hold) == 0 && signals_in(r) == 2);
	fake_run(&r->f);
	ck_assert_uint_eq(taken(&r->d), 1); /* held: delivery paused */
	ck_assert_int_eq(vmbus_chan_kick(r->ch), 0);
	WAIT_UNTIL(r->f.p.loop, taken(&r->d) == 3);
	fake_run(&r->f);
	ck_assert_uint_eq(taken(&r->d), 3);
	for (unsigned i = 0; i < 3; i++)
		ck_assert_uint_eq(r->d.pkt[i].trans_id, i);
	rig_close(r);
}
END_TEST

/*
 * Host -> guest: the guest is signalled only when its ring was empty and
 * its interrupts unmasked; the packet arrives as sent.
 */
START_TEST(send_and_signal_rules)
{
	struct rig *r = rig_open(0);
	uint8_t buf[256];
	struct vmring_desc desc;
	struct vmbus_chan_stats st;
	unsigned sig0 = atomic_load(&r->f.signals);

	ck_assert_int_eq(vmbus_chan_send(r->ch, 77, true, "reply", 5), 0);
	ck_assert_uint_eq(atomic_load(&r->f.signals), sig0 + 1);
	ck_assert_int_eq(vmbus_chan_complete(r->ch, 78, "done", 4), 0);
	ck_assert_uint_eq(atomic_load(&r->f.signals), sig0 + 1); /* not empty before */
	ck_assert_int_eq(guest_recv(r, buf, sizeof(buf), &desc), 8);
	ck_assert_uint_eq(desc.type, VMRING_PKT_DATA_INBAND);
	ck_assert_uint_eq(desc.flags, VMRING_PKT_FLAGS_COMPLETION_REQUESTED);
	ck_assert_uint_eq(desc.trans_id, 77);
	ck_assert_mem_eq(buf + desc.offset8 * 8, "reply", 5);
	ck_assert_int_eq(guest_recv(r, buf, sizeof(buf), &desc), 8);
	ck_assert_uint_eq(desc.type, VMRING_PKT_COMP);
	ck_assert_uint_eq(desc.trans_id, 78);
	ck_assert_int_eq(guest_recv(r, buf, sizeof(buf), &desc), -1);
	/* Empty again but masked: no signal. */
	rt_ring_mask_interrupts(&r->rp.in);
	ck_assert_int_eq(vmbus_chan_send(r->ch, 79, false, "x", 1), 0);
	ck_assert_uint_eq(atomic_load(&r->f.signals), sig0 + 1);
	/* A header of 8 bytes before the payload; one not a multiple of 8 is refused. */
	ck_assert_int_eq(
		vmbus_chan_send_ext(r->ch, VMRING_PKT_DATA_INBAND, 0, 80, "12345678", 8, "y", 1),
		0);
	ck_assert_int_eq(
		vmbus_chan_send_ext(r->ch, VMRING_PKT_DATA_INBAND, 0, 81, "1234", 4, "y", 1),
		-EINVAL);
	ck_assert_int_eq(guest_recv(r, buf, sizeof(buf), &desc), 8);
	ck_assert_int_eq(guest_recv(r, buf, sizeof(buf), &desc), 8);
	ck_assert_uint_eq(desc.offset8, 3);
	vmbus_chan_get_stats(r->ch, &st);
	ck_assert_uint_eq(st.tx_packets, 4);
	ck_assert_uint_eq(st.signals_out, 1);
	rig_close(r);
}
END_TEST

/*
 * A full host->guest ring: -EAGAIN, and once the guest read enough (and,
 * as Linux does, signalled because free space crossed pending_send_sz)
 * on_send_space runs once. A packet larger than the ring: -EMSGSIZE.
 */
START_TEST(full_ring_then_space)
{
	struct rig *r = rig_open(0);
	static uint8_t big[40000], buf[4096];
	struct vmring_desc desc;
	struct vmbus_chan_stats st;
	int rc, sent = 0;

	ck_assert_int_eq(vmbus_chan_send(r->ch, 1, false, big, sizeof(big)), -EMSGSIZE);
	while ((rc = vmbus_chan_send(r->ch, 2, false, buf, 1024)) == 0)
		sent++;
	ck_assert_int_eq(rc, -EAGAIN);
	ck_assert_int_gt(sent, 10);
	vmbus_chan_get_stats(r->ch, &st);
	ck_assert_uint_eq(st.tx_full, 1);
	ck_assert_int_eq(seen(&r->d, &r->d.space), 0);
	while (guest_recv(r, buf, sizeof(buf), &desc) >= 0)
		;
	ck_assert(rt_ring_read_done(&r->rp.in)); /* crossed the host's pending_send_sz */
	guest_signal(&r->f, r->sconn);
	WAIT_UNTIL(r->f.p.loop, seen(&r->d, &r->d.space) == 1);
	ck_assert_int_eq(vmbus_chan_send(r->ch, 3, false, buf, 1024), 0);
	rig_close(r);
}
END_TEST

/* Ways a guest breaks its ring: each resets the channel once, and CLOSECHANNEL still works. */
static void break_write_index(struct rig *r)
{
	uint32_t bad = 5; /* not 8-aligned */

	/* The outbound ring's control page is the GPADL's first page. */
	ck_assert_int_eq(rt_gmem_write(r->f.p.gmem,
				       (uint64_t)RING_PFN * RT_PAGE_SIZE +
					       offsetof(struct vmring_wire_control, write_index),
				       &bad, 4),
			 0);
}

static void break_oversized(struct rig *r)
{
	guest_send(r, 1, 1, 200); /* the channel takes 64 bytes at most */
}

static void break_descriptor(struct rig *r)
{
	uint8_t pkt[24] = {0};
	struct iovec iov = {pkt, sizeof(pkt)};
	bool sig;

	pkt[0] = 0x55; /* a packet type spec/vmring.yaml does not have */
	pkt[2] = 2;    /* offset8 */
	ck_assert_int_eq(rt_ring_write(&r->rp.out, &iov, 1, &sig), 0);
}

static void break_host_ring(struct rig *r)
{
	uint32_t bad = 0xfffffff8u; /* the read index of the ring the host writes, out of range */

	ck_assert_int_eq(rt_gmem_write(r->f.p.gmem,
				       (uint64_t)(RING_PFN + DOWN) * RT_PAGE_SIZE +
					       offsetof(struct vmring_wire_control, read_index),
				       &bad, 4),
			 0);
}

static void (*const breaks[])(struct rig *r) = {break_write_index, break_oversized,
						break_descriptor, break_host_ring};

START_TEST(broken_ring_resets)
{
	struct rig *r = rig_open(64);

	breaks[_i](r);
	if (breaks[_i] == break_host_ring) /* found by the next send */
		ck_assert_int_eq(vmbus_chan_send(r->ch, 1, false, "x", 1), -EPIPE);
	else
		guest_signal(&r->f, r->sconn);
	WAIT_UNTIL(r->f.p.loop, seen(&r->d, &r->d.closes) == 1);
	ck_assert(vmbus_chan_is_broken(r->ch));
	ck_assert_uint_eq(taken(&r->d), 0);
	ck_assert_int_eq(vmbus_chan_send(r->ch, 2, false, "x", 1), -EPIPE);
	fake_run(&r->f);
	ck_assert_int_eq(seen(&r->d, &r->d.closes), 1);
	/* The guest's CLOSECHANNEL completes the teardown; close() does not run again. */
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_CLOSECHANNEL};

	m.u.closechannel.child_relid = 1;
	ck_assert_int_eq(fake_post_msg(&r->f, r->conn, &m), RT_HV_STATUS_SUCCESS);
	fake_run(&r->f);
	ck_assert_int_eq(seen(&r->d, &r->d.closes), 1);
	rt_ring_pair_fini(&r->rp);
	fake_part_fini(&r->f);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(packets_in_order),
					      PV_CASE(more_than_a_budget),
					      PV_CASE(held_until_kicked),
					      PV_CASE(send_and_signal_rules),
					      PV_CASE(full_ring_then_space),
					      PV_LOOP(broken_ring_resets, RT_ARRAY_SIZE(breaks)),
					      {0}};

	return pv_check_run("vmbus_chan", cases);
}
