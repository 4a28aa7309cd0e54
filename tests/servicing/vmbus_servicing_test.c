/*
 * The VMBus server across live updates (label servicing): a guest (the
 * pv_guest library) talks to the real paravisor on the sim partition with
 * two echo devices while the paravisor replaces itself (SIGUSR2), and every
 * piece of its VMBus session must come through:
 *   - a GPADL half received (GPADL_HEADER before the update, its GPADL_BODY
 *     after) completes; a GPADL torn down after an update is answered;
 *   - open channels keep echoing; a channel opened after an update works;
 *   - a burst the guest sends without reading fills the host->guest ring so
 *     the echo device holds a packet back across the update: every packet
 *     comes back exactly once, in order;
 *   - close, teardown and unload work on a restored session, and the
 *     paravisor stops cleanly (exit 0) with no error in its log.
 *
 *   vmbus_servicing_test PARAVISOR [STATE_DIR]
 *
 * With STATE_DIR the paravisor keeps each saved state there (--state-copy):
 * how tests/servicing/samples and the fuzz seeds of format 2 were made.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pv_child.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "tools/pvguest/pv_guest.h"

/* Sends n echo packets (sequence numbers from seq), reads them back. */
static void echo_round(struct pvg_chan *c, uint64_t seq, int n)
{
	struct pvg_pkt pkt;
	uint8_t buf[256];

	for (int i = 0; i < n; i++) {
		uint64_t v = seq + (uint64_t)i;
		CHECK(pvg_chan_send(c, VMRING_PKT_DATA_INBAND, 0, v, &v, sizeof(v)) == 0);
		CHECK(pvg_chan_recv(c, &pkt, buf, sizeof(buf), 10000) == 0);
		CHECK(pkt.trans_id == v && pkt.len >= sizeof(v) && memcmp(buf, &v, 8) == 0);
	}
}

/* HvPostMessage of one control message; 0 when the hypercall succeeded. */
static int post(struct pvg *g, const struct vmbus_msg *m)
{
	enum rt_hv_status st;
	int rc = pvg_post_msg(g, m, &st);

	return rc ? rc : st == RT_HV_STATUS_SUCCESS ? 0 : -EIO;
}

static struct pvg_chan *open_echo(struct pvg *g, size_t index, uint32_t ring_pages)
{
	struct pvg_open_opts o = {.ring_pages = ring_pages};
	const struct pvg_offer *off = pvg_offer_at(g, index);
	struct pvg_chan *c;
	uint32_t status = 1;

	CHECK(off);
	CHECK(pvg_chan_open(g, off->relid, &o, &c, &status) == 0 && status == 0);
	return c;
}

int main(int argc, char **argv)
{
	struct pvg *g;
	struct pvg_chan *a, *b;
	struct vmbus_msg m, r;
	struct pvg_pkt pkt;
	uint8_t buf[256];
	uint64_t pfn, first_pfn;
	uint32_t x_id, relid_a;
	int sent, got;
	const uint32_t y_id = 0x7777, y_pages = 40;
	const char *const copy[] = {"--state-copy", argc == 3 ? argv[2] : NULL, NULL};

	if (argc != 2 && argc != 3) {
		fprintf(stderr, "usage: vmbus_servicing_test PARAVISOR [STATE_DIR]\n");
		return 2;
	}
	pvc_init(argv[1], "vmbus-serv");
	pvc_run("devices:\n  - kind: echo\n  - kind: echo\n", argc == 3 ? copy : NULL);
	CHECK(pvc_wait_log("paravisor: running"));
	g = pvc_connect();
	CHECK(pvg_negotiate(g) == 0);
	CHECK(pvg_request_offers(g) == 0);
	CHECK(pvg_offer_count(g) == 2);
	a = open_echo(g, 0, 0);
	relid_a = pvg_chan_relid(a);
	echo_round(a, 0, 20);
	CHECK(pvg_pages_alloc(g, 4, &pfn) == 0);
	CHECK(pvg_gpadl_create(g, relid_a, pfn, 4, &x_id) == 0);

	/* GPADL Y: the header now, its body after the update. */
	CHECK(pvg_pages_alloc(g, y_pages, &first_pfn) == 0);
	memset(&m, 0, sizeof(m));
	m.type = VMBUS_MSG_TYPE_GPADL_HEADER;
	m.u.gpadl_header.child_relid = relid_a;
	m.u.gpadl_header.gpadl = y_id;
	m.u.gpadl_header.range_buflen = (uint16_t)((y_pages + 1) * 8);
	m.u.gpadl_header.rangecount = 1;
	m.u.gpadl_header.data[0] = (uint64_t)y_pages * 4096;
	for (uint32_t i = 0; i < 20; i++)
		m.u.gpadl_header.data[1 + i] = first_pfn + i;
	m.u.gpadl_header.data_count = 21;
	CHECK(post(g, &m) == 0);

	pvc_update(1);

	memset(&m, 0, sizeof(m));
	m.type = VMBUS_MSG_TYPE_GPADL_BODY;
	m.u.gpadl_body.gpadl = y_id;
	for (uint32_t i = 0; i < y_pages - 20; i++)
		m.u.gpadl_body.pfn[i] = first_pfn + 20 + i;
	m.u.gpadl_body.pfn_count = y_pages - 20;
	CHECK(post(g, &m) == 0);
	CHECK(pvg_wait_msg(g, VMBUS_MSG_TYPE_GPADL_CREATED, &r, 10000) == 0);
	CHECK(r.u.gpadl_created.gpadl == y_id && r.u.gpadl_created.creation_status == 0);
	echo_round(a, 100, 20);
	b = open_echo(g, 1, 4);
	echo_round(b, 1000, 20);
	CHECK(pvg_gpadl_teardown(g, relid_a, x_id) == 0);

	/*
	 * A burst without reading: once the host->guest ring is full the echo
	 * device holds the packet it cannot answer, and the guest->host ring
	 * stays full. Sending until it has stayed full for a while (bounded)
	 * makes sure the update finds a packet held.
	 */
	for (sent = 0, got = 0; sent < 20000 && got < 20;) {
		uint64_t v = 5000 + (uint64_t)sent;
		if (pvg_chan_send(b, VMRING_PKT_DATA_INBAND, 0, v, &v, sizeof(v)) == 0) {
			sent++;
			got = 0;
		} else {
			got++;
			nanosleep(&(struct timespec){0, 10000000}, NULL);
		}
	}
	CHECK(sent > 50 && got == 20);
	pvc_update(2);
	for (got = 0; got < sent; got++) {
		uint64_t v = 5000 + (uint64_t)got;
		CHECK(pvg_chan_recv(b, &pkt, buf, sizeof(buf), 10000) == 0);
		CHECK(pkt.trans_id == v && pkt.len >= sizeof(v) && memcmp(buf, &v, 8) == 0);
	}
	CHECK(pvg_chan_recv(b, &pkt, buf, sizeof(buf), 50) == -EAGAIN);
	echo_round(a, 200, 20);

	pvc_update(3);
	echo_round(b, 3000, 20);
	CHECK(pvg_chan_close(b) == 0);
	CHECK(pvg_gpadl_teardown(g, relid_a, y_id) == 0);
	echo_round(a, 300, 20);
	CHECK(pvg_chan_close(a) == 0);
	CHECK(pvg_unload(g) == 0);
	pvg_close(g);

	pvc_stop();
	CHECK(pvc_log_has("holding a packet") || !"a held packet was not saved");
	printf("VMBus session across 3 updates: %d burst packets back in order\n", sent);
	pvc_remove();
	return 0;
}
