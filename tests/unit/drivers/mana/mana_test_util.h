/*
 * Shared by the MANA driver tests: the emulator behind the emu PCI backend,
 * the driver on a loop of the test's own, and bounded waits.
 */
#ifndef TESTS_MANA_TEST_UTIL_H
#define TESTS_MANA_TEST_UTIL_H

#include <check.h>
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/uio.h>

#include "devices/mana/mana_emu.h"
#include "drivers/mana/mana.h"
#include "drivers/pci.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/pcidev.h"
#include "tests/unit/test_wait.h"

struct mt {
	struct rt_log log;
	struct ev_loop *loop;
	struct pcidev *emu;
	struct pci_dev *pci;
	struct mana_dev *dev;
	struct mana_vport *vp;
	uint32_t dev_ready, dev_failed; /* state callbacks seen */
	uint32_t vp_up, vp_failed, vp_closed;
	/* received frames */
	uint32_t rx_count, rx_bytes;
	uint8_t last_rx[9100];
	uint32_t last_len;
	struct mana_rx_info last_info;
	uint32_t rx_q_mask;
	int rx_refuse; /* return -ENOSPC this many times */
	uint32_t tx_done, tx_errors;
	uint64_t tx_done_mask; /* cookies 0..63 seen */
	uint32_t links_up, links_down;
	uint8_t done_count[4096]; /* per cookie: completions seen */
	uint32_t done_twice;
};

static inline void mt_dev_state(void *ctx, struct mana_dev *d, enum mana_dev_state st)
{
	struct mt *t = ctx;

	if (st == MANA_DEV_READY)
		t->dev_ready++;
	else if (st == MANA_DEV_FAILED)
		t->dev_failed++;
}

static inline int mt_rx(void *ctx, uint32_t q, const void *f, uint32_t len,
			const struct mana_rx_info *i)
{
	struct mt *t = ctx;

	if (t->rx_refuse > 0) {
		t->rx_refuse--;
		return -ENOSPC;
	}
	t->rx_count++;
	t->rx_bytes += len;
	t->rx_q_mask |= 1u << q;
	t->last_len = len < sizeof(t->last_rx) ? len : sizeof(t->last_rx);
	memcpy(t->last_rx, f, t->last_len);
	t->last_info = *i;
	return 0;
}

static inline void mt_tx_done(void *ctx, uint32_t q, void *cookie, int status)
{
	struct mt *t = ctx;
	uintptr_t c = (uintptr_t)cookie;

	t->tx_done++;
	if (status)
		t->tx_errors++;
	if (c < 64)
		t->tx_done_mask |= UINT64_C(1) << c;
	if (c < sizeof(t->done_count) && t->done_count[c]++)
		t->done_twice++;
}

static inline void mt_vp_state(void *ctx, enum mana_vport_state st)
{
	struct mt *t = ctx;

	if (st == MANA_VPORT_UP)
		t->vp_up++;
	else if (st == MANA_VPORT_FAILED)
		t->vp_failed++;
	else if (st == MANA_VPORT_CLOSED)
		t->vp_closed++;
}

static inline void mt_link(void *ctx, bool up)
{
	struct mt *t = ctx;

	if (up)
		t->links_up++;
	else
		t->links_down++;
}

static const struct mana_vport_cb mt_vp_cb = {
	.rx = mt_rx, .tx_done = mt_tx_done, .state = mt_vp_state, .link = mt_link};

/* Runs the loop until the counter *v reaches `want` (or passes it), at most `secs`. */
static inline bool mt_wait(struct mt *t, const uint32_t *v, uint32_t want, double secs)
{
	return RUN_UNTIL(t->loop, secs, *v >= want);
}

/* Runs the loop for `secs` (lets things settle; never an assertion on time). */
static inline void mt_spin(struct mt *t, double secs)
{
	uint32_t never = 0;

	(void)mt_wait(t, &never, 1, secs);
}

/* A UDP/IPv4 frame of `len` bytes with `seq` in the payload. */
static inline uint32_t mt_frame(uint8_t *f, uint32_t len, uint32_t seq)
{
	static const uint8_t hdr[] = {
		0x00, 0x15, 0x5d, 0x00, 0x00, 0x01, 0x00, 0x15, 0x5d, 0x00, 0x00, 0x02, 0x08, 0x00,
		0x45, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, 10,   0,
		0,    1,    10,   0,    0,    2,    0x30, 0x39, 0x00, 0x35, 0x00, 0x00, 0x00, 0x00};

	memset(f, 0, len);
	memcpy(f, hdr, sizeof(hdr));
	f[16] = (uint8_t)((len - 14) >> 8);
	f[17] = (uint8_t)(len - 14);
	f[38] = (uint8_t)((len - 34) >> 8);
	f[39] = (uint8_t)(len - 34);
	{
		uint32_t sum = 0;

		for (int i = 14; i < 34; i += 2)
			sum += (uint32_t)f[i] << 8 | f[i + 1];
		while (sum >> 16)
			sum = (sum & 0xffff) + (sum >> 16);
		f[24] = (uint8_t)(~sum >> 8);
		f[25] = (uint8_t)~sum;
	}
	for (uint32_t i = sizeof(hdr); i < len; i++)
		f[i] = (uint8_t)(seq + i);
	memcpy(f + sizeof(hdr), &seq, sizeof(seq) <= len - sizeof(hdr) ? sizeof(seq) : 0);
	return len;
}

/* The emulator alone (faults can be armed before the driver starts). */
static inline void mt_emu(struct mt *t, const char *wire, uint32_t queues)
{
	struct mana_emu_opts eo = {0};

	memset(t, 0, sizeof(*t));
	rt_log_init(&t->log);
	t->loop = rt_loop_new();
	ck_assert_ptr_nonnull(t->loop);
	eo.name = "mana-test";
	eo.log = &t->log;
	eo.nvports = 1;
	eo.vport[0].wire = wire;
	eo.max_queues = queues;
	ck_assert_int_eq(mana_emu_create(&eo, &t->emu), 0);
	ck_assert_int_eq(pci_emu_open(t->emu, &t->log, &t->pci), 0);
}

/* The driver on the emulator; not yet waited for. */
static inline void mt_driver(struct mt *t, uint32_t queues)
{
	struct mana_dev_opts dopts = {0};

	dopts.loop = t->loop;
	dopts.log = &t->log;
	dopts.queues = queues;
	dopts.timeout = 2;
	dopts.state_cb = mt_dev_state;
	dopts.ctx = t;
	ck_assert_int_eq(mana_dev_open(t->pci, &dopts, &t->dev), 0);
}

/* Emulator (wire `wire`), PCI backend, driver opened; not yet waited for. */
static inline void mt_setup(struct mt *t, const char *wire, uint32_t queues)
{
	mt_emu(t, wire, queues);
	mt_driver(t, queues);
}

/* mt_setup, then the device brought up (READY reported once). */
static inline void mt_ready(struct mt *t, const char *wire, uint32_t queues)
{
	mt_setup(t, wire, queues);
	ck_assert(mt_wait(t, &t->dev_ready, 1, 10));
}

/*
 * Sends n frames (cookies first..first+n-1) on queue 0, flushing every 16;
 * stops early (returning how many went) when the vport is no longer up.
 */
static inline uint32_t mt_send(struct mt *t, uint32_t first, uint32_t n, uint32_t len)
{
	uint8_t f[1514];

	for (uint32_t i = 0; i < n; i++) {
		struct iovec iov = {f, mt_frame(f, len, first + i)};
		int rc;

		while ((rc = mana_vport_tx(t->vp, 0, &iov, 1, NULL,
					   (void *)(uintptr_t)(first + i))) == -EAGAIN) {
			mana_vport_tx_flush(t->vp);
			if (!mt_wait(t, &t->tx_done, t->tx_done + 1, 10))
				return i;
		}
		if (rc)
			return i;
		if (i % 16 == 15)
			mana_vport_tx_flush(t->vp);
	}
	mana_vport_tx_flush(t->vp);
	return n;
}

static inline void mt_vport(struct mt *t, uint32_t queues)
{
	struct mana_vport_opts vo = {
		.index = 0, .queues = queues, .mtu = 1500, .cb = &mt_vp_cb, .ctx = t};
	uint32_t up = t->vp_up;

	ck_assert_int_eq(mana_vport_open(t->dev, &vo, &t->vp), 0);
	ck_assert(mt_wait(t, &t->vp_up, up + 1, 10));
}

static inline void mt_teardown(struct mt *t)
{
	mana_dev_close(t->dev); /* closes the PCI device, which destroys the emulator */
	rt_loop_destroy(t->loop);
	rt_log_fini(&t->log);
}

#endif
