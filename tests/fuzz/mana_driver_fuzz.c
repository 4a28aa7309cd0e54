/*
 * libFuzzer target: the MANA driver's processing of what a device writes
 * into its memory, from an adversary: EQEs on the HWC EQ and a data EQ,
 * CQEs on the HWC CQ and a vport's TX and RX CQs, and HWC responses, with
 * TX frames and one HWC request outstanding.
 *
 * Each input starts from a driver brought up on our emulator (emu PCI
 * backend) with vport 0 up; then the function's BAR is swapped for one
 * that answers nothing, so only the fuzzer writes the device's side.
 *
 * Input: [0] bits 0..4 TX frames to post (cookies 0..n-1), bit 5 ring their
 * doorbell, bit 6 put an HWC request in flight (type = the message table's
 * row [1] mod rows, to the MANA device when [1] bit 7); then records:
 *   [0] target: 0 HWC EQ, 1 data EQ, 2 HWC CQ, 3 TX CQ, 4 RX CQ (entry at
 *       the driver's next slot + [1] bits 1..2, owner count made current
 *       when [1] bit 0; 16 or 64 bytes follow), 5 the HWC response buffer
 *       ([1] length, that many bytes; bit 0 of [2] stamps a response header
 *       that answers the request in flight, status from [3]), 6 interrupt
 *       ([1] bit 0: data EQ, else the HWC EQ; the loop runs once), 7 the
 *       loop runs once.
 *
 * Checked on every input: the driver survives (ASan/UBSan); no TX frame and
 * no HWC request is completed twice; after the teardown every frame and the
 * request were completed exactly once.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/uio.h>

#include "devices/mana/mana_emu.h"
#include "drivers/mana/mana_priv.h"
#include "pci_null.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/pcidev.h"

#define NTX 32u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct {
	struct rt_log log;
	bool init;
	struct ev_loop *loop;
	int ready, failed, up;
	uint8_t tx_done[NTX];
	int req_done;
} g;

static void die(const char *what)
{
	fprintf(stderr, "mana_driver_fuzz: %s\n", what);
	abort();
}

static void dev_state(void *ctx, struct mana_dev *d, enum mana_dev_state st)
{
	if (st == MANA_DEV_READY)
		g.ready++;
	else if (st == MANA_DEV_FAILED)
		g.failed++;
}

static int vp_rx(void *ctx, uint32_t q, const void *f, uint32_t len, const struct mana_rx_info *i)
{
	/* The frame is the fuzzer's bytes or stale buffer contents: read all of it. */
	volatile uint8_t x = 0;

	for (uint32_t k = 0; k < len; k++)
		x ^= ((const uint8_t *)f)[k];
	(void)x;
	return 0;
}

static void vp_tx_done(void *ctx, uint32_t q, void *cookie, int status)
{
	uintptr_t c = (uintptr_t)cookie;

	if (c >= NTX)
		die("a TX completion for a frame never sent");
	if (g.tx_done[c]++)
		die("a TX frame completed twice");
}

static void vp_state(void *ctx, enum mana_vport_state st)
{
	if (st == MANA_VPORT_UP)
		g.up++;
}

static const struct mana_vport_cb vp_cb = {.rx = vp_rx, .tx_done = vp_tx_done, .state = vp_state};

static void req_done(struct mana_req *r, int err, const struct mana_msg *m)
{
	if (g.req_done++)
		die("an HWC request completed twice");
	if (!err && !m)
		die("success without a response");
}

static void expire(struct ev_loop *loop, ev_timer *w, int revents)
{
	*(bool *)w->data = true;
}

/* Runs the loop until *flag is set or `secs` pass. */
static bool wait_for(const int *flag, double secs)
{
	ev_timer to;
	bool expired = false;

	ev_timer_init(&to, expire, secs, 0);
	to.data = &expired;
	ev_timer_start(g.loop, &to);
	while (!*flag && !expired)
		ev_run(g.loop, EVRUN_ONCE);
	ev_timer_stop(g.loop, &to);
	return *flag;
}

/* Writes one entry at the driver's next slot + k of q, owner made current if asked. */
static void put_entry(struct mana_q *q, uint32_t esize, uint32_t k, bool fix_owner,
		      const uint8_t *src)
{
	uint32_t slot = q->head + k;
	uint8_t *e = (uint8_t *)q->mem.va + (size_t)(slot & (q->entries - 1)) * esize;

	memcpy(e, src, esize);
	if (fix_owner) {
		uint32_t last = pv_get_u32(e + esize - 4) & ~GDMA_CQE_CQE_OWNER_MASK;
		uint32_t owner = (slot / q->entries) & ((1u << GDMA_OWNER_BITS) - 1);

		pv_put_u32(e + esize - 4, last | owner << GDMA_CQE_CQE_OWNER_SHIFT);
	}
}

/* A response header that answers the request in flight (the fuzzer chose the rest). */
static void stamp_response(struct mana_dev *d, uint8_t *buf, uint32_t len, uint8_t status)
{
	struct mana_resp_hdr rh = {0};

	if (!d->hwc.inflight || len < MANA_RESP_HDR_SIZE)
		return;
	rh.response.msg_type = d->hwc.inflight->code;
	rh.response.msg_version = MANA_MESSAGE_V1;
	rh.response.hwc_msg_id = d->hwc.msg_id;
	rh.response.msg_size = len;
	rh.dev_id.type = d->hwc.dev_type;
	rh.dev_id.instance = d->hwc.dev_instance;
	rh.activity_id = d->hwc.activity;
	rh.status = status;
	(void)mana_resp_hdr_encode(&rh, buf, MANA_RESP_HDR_SIZE);
}

static void interrupt(struct mana_eq *eq)
{
	if (eq->irq_on)
		(void)eventfd_write(eq->irq.fd, 1);
	ev_run(g.loop, EVRUN_NOWAIT);
}

static void records(struct mana_dev *d, struct mana_vport *v, const uint8_t *p, size_t n)
{
	size_t i = 0;

	while (i + 2 <= n) {
		uint8_t target = p[i] & 7, arg = p[i + 1];
		struct mana_q *q = NULL;
		uint32_t esize = GDMA_CQE_SIZE;

		i += 2;
		switch (target) {
		case 0:
			q = &d->eqs[0].q;
			esize = GDMA_EQE_SIZE;
			break;
		case 1:
			q = &d->eqs[1].q;
			esize = GDMA_EQE_SIZE;
			break;
		case 2:
			q = &d->hwc.cq;
			break;
		case 3:
			q = v->tx ? &v->tx[0].cq : NULL;
			break;
		case 4:
			q = v->rx ? &v->rx[0].cq : NULL;
			break;
		case 5: {
			uint32_t len = arg;

			if (n - i < len)
				len = (uint32_t)(n - i);
			if (d->hwc.resp_buf.va && len <= d->hwc.resp_buf.len) {
				memcpy(d->hwc.resp_buf.va, p + i, len);
				if (len >= MANA_RESP_HDR_SIZE + 2 && (p[i] & 1))
					stamp_response(d, d->hwc.resp_buf.va, len, p[i + 1] & 3);
			}
			i += len;
			continue;
		}
		case 6:
			interrupt(&d->eqs[(arg & 1) && d->neqs ? 1 : 0]);
			continue;
		default:
			ev_run(g.loop, EVRUN_NOWAIT);
			continue;
		}
		if (n - i < esize)
			return;
		if (q && q->mem.va && q->entries)
			put_entry(q, esize, (arg >> 1) & 3, arg & 1, p + i);
		i += esize;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mana_emu_opts eo = {.name = "fuzz-emu", .nvports = 1, .max_queues = 1};
	struct mana_dev_opts dopts = {0};
	struct mana_vport_opts vo = {.index = 0, .queues = 1, .mtu = 1500, .cb = &vp_cb};
	const struct pci_dev_ops *real;
	struct pcidev *emu;
	struct pci_dev *pci = NULL;
	struct mana_dev *d;
	struct mana_vport *v;
	uint32_t ntx;
	bool req = false;

	if (!g.init) {
		rt_log_init(&g.log);
		rt_log_set_level(&g.log, RT_LOG_ERROR);
		g.loop = rt_loop_new();
		if (!g.loop)
			die("loop");
		g.init = true;
	}
	if (size < 2)
		return 0;
	g.ready = g.failed = g.up = g.req_done = 0;
	memset(g.tx_done, 0, sizeof(g.tx_done));
	eo.log = &g.log;
	eo.vport[0].wire = "null";
	if (mana_emu_create(&eo, &emu) || pci_emu_open(emu, &g.log, &pci))
		die("emulator");
	dopts.loop = g.loop;
	dopts.log = &g.log;
	dopts.queues = 1;
	dopts.timeout = 5;
	dopts.state_cb = dev_state;
	if (mana_dev_open(pci, &dopts, &d))
		die("mana_dev_open");
	/* A machine too loaded to bring it up in time tests nothing, and fails nothing. */
	if (!wait_for(&g.ready, 30) || mana_vport_open(d, &vo, &v)) {
		mana_dev_close(d);
		return 0;
	}
	if (!wait_for(&g.up, 30)) {
		mana_dev_close(d);
		return 0;
	}
	/* From here on the fuzzer is the device. */
	real = pci->ops;
	pci->ops = &pci_null_ops;
	ntx = data[0] & (NTX - 1);
	for (uint32_t k = 0; k < ntx; k++) {
		uint8_t f[128] = {0};
		struct iovec iov = {f, 60 + k};

		f[12] = 0x08; /* IPv4 ethertype, the rest zero */
		if (mana_vport_tx(v, 0, &iov, 1, NULL, (void *)(uintptr_t)k))
			die("TX refused on an idle queue");
	}
	if (data[0] & 0x20)
		mana_vport_tx_flush(v);
	if (data[0] & 0x40) {
		uint32_t code = mana_msg_table[data[1] % mana_msg_table_count].type;
		struct mana_req *r = mana_req_new(code, data[1] & 0x80, NULL, req_done, NULL);

		if (!r)
			die("mana_req_new");
		if (mana_hwc_submit(d, r))
			die("HWC submit refused on a working channel");
		req = true;
	}
	records(d, v, data + 2, size - 2);
	/* Teardown without a goodbye (the device is ours: nobody would answer). */
	d->hwc.dead = true;
	mana_vport_close(v);
	pci->ops = real;
	mana_dev_close(d); /* completes what is in flight, resets and closes the emulator */
	for (uint32_t k = 0; k < ntx; k++)
		if (g.tx_done[k] != 1)
			die("a TX frame was never completed");
	if (req && g.req_done != 1)
		die("the HWC request was never completed");
	return 0;
}
