/*
 * netvsp served from MANA, end to end on the sim partition: the pvguest
 * netvsc client -> netvsp -> net_mana -> the MANA driver -> the GDMA/MANA
 * emulator (emu PCI backend) -> the emulator's wire.
 *
 *   mana_proto_test loopback   wire loopback: 100,000 frames out and back,
 *                              nothing lost, nothing corrupted
 *   mana_proto_test tap        wire TAP in a namespace made here: ARP and
 *                              ICMP echo to the kernel; then the TAP joins a
 *                              bridge in hairpin mode, which sends every
 *                              frame back to the guest: 100,000 frames
 *                              through the kernel and back, nothing lost.
 *
 * The options go through net_mana's own config parser (YAML text). SKIP (77)
 * where namespaces or TAP devices cannot be made.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "devices/net/net.h"
#include "drivers/mana/net_mana.h"
#include "nv_guest.h"
#include "nv_host.h"
#include "runtime/config.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

#define FRAMES 100000

/* Frames per workload: FRAMES, or PV_MANA_FRAMES (the ASan tree runs fewer: CI time). */
static uint64_t frames(void)
{
	const char *v = getenv("PV_MANA_FRAMES");
	uint64_t n = v ? strtoull(v, NULL, 10) : 0;

	return n ? n : FRAMES;
}

/* net_mana's options from YAML, through its own parser. */
static void *mana_cfg(const char *yaml)
{
	struct rt_cfg *cfg;
	char err[256];
	void *parsed = NULL;

	if (rt_cfg_parse("test", yaml, strlen(yaml), &cfg, err, sizeof(err))) {
		fprintf(stderr, "FAIL: config: %s\n", err);
		exit(1);
	}
	if (net_mana_kind.parse(cfg, rt_cfg_get(cfg->root, "mana"), &parsed)) {
		fprintf(stderr, "FAIL: mana config: %s\n", cfg->err);
		exit(1);
	}
	rt_cfg_free(cfg);
	return parsed;
}

/* nv_guest_up, then the link comes up once the MANA vport is (bounded wait). */
static int guest_up(struct host *h, struct pvg **g, struct pvnc **nc)
{
	if (nv_guest_up(h, g, nc))
		return -1;
	for (int i = 0; i < 1000 && host_cmd(h, "stat link_up") != 1; i++)
		usleep(10000);
	if (host_cmd(h, "stat link_up") != 1) {
		fprintf(stderr, "FAIL: the MANA link never came up\n");
		return -1;
	}
	return 0;
}

static int workload(struct host *h, struct pvnc *nc, const char *what)
{
	uint64_t n = frames();
	struct pvnc_workload w = {.count = n, .size = 256, .drain_ms = 20000};
	int rc = pvnc_workload_run(nc, &w);

	printf("%s: sent %llu, received %llu, lost %llu, corrupt %llu (rc %d)\n", what,
	       (unsigned long long)w.sent, (unsigned long long)w.received,
	       (unsigned long long)w.lost, (unsigned long long)w.corrupt, rc);
	printf("host: endpoint tx %lld rx %lld rx_dropped %lld; netvsp rx_backpressure %lld\n",
	       host_cmd(h, "ep 0 tx_packets"), host_cmd(h, "ep 0 rx_packets"),
	       host_cmd(h, "ep 0 rx_dropped"), host_cmd(h, "stat rx_backpressure"));
	return !rc && w.sent == n && w.received == n && !w.lost && !w.corrupt ? 0 : 1;
}

static int test_loopback(void)
{
	struct nv_host_opts ho = {.ep_kind = &net_mana_kind,
				  .endpoint = "mana",
				  .endpoint_arg = "queues=2",
				  .ep_cfg = mana_cfg("mana: {emulated: {wire: loopback}}")};
	struct host h;
	struct pvg *g = NULL;
	struct pvnc *nc = NULL;
	int rc = 1;

	if (nv_host_start(&h, &ho)) {
		fprintf(stderr, "FAIL: host with a MANA endpoint did not start\n");
		return 1;
	}
	if (!guest_up(&h, &g, &nc))
		rc = workload(&h, nc, "MANA loopback wire");
	if (nv_guest_down(&h, g, nc))
		rc = 1;
	net_mana_kind.free_cfg((void *)ho.ep_cfg);
	return rc;
}

static int test_tap(void)
{
	char ns[32], tap[16], yaml[160];
	unsigned x = 20 + (unsigned)getpid() % 200;
	struct nv_host_opts ho = {.ep_kind = &net_mana_kind, .endpoint = "mana"};
	struct host h;
	struct pvg *g = NULL;
	struct pvnc *nc = NULL;
	int rc = 1, replies;

	snprintf(ns, sizeof(ns), "pvmana-%d", (int)getpid());
	snprintf(tap, sizeof(tap), "pvm%d", (int)getpid() % 1000000);
	if (nv_netns_add(ns))
		return 77;
	snprintf(yaml, sizeof(yaml), "mana: {emulated: {wire: tap, tap: %s, netns: %s}}", tap, ns);
	ho.ep_cfg = mana_cfg(yaml);
	if (nv_host_start(&h, &ho)) {
		printf("SKIP: the emulator's TAP could not be opened in %s\n", ns);
		nv_netns_del(ns);
		return 77;
	}
	if (nv_netns_tap_up(ns, tap, 98, x) || guest_up(&h, &g, &nc))
		goto out;
	replies = pvnc_ping(nc, 10u << 24 | 98u << 16 | x << 8 | 2,
			    10u << 24 | 98u << 16 | x << 8 | 1, 3, 2000);
	printf("ping 10.98.%u.1 through netvsp, MANA and %s: %d/3 replies\n", x, tap, replies);
	if (replies != 3)
		goto out;
	/*
	 * A bridge in hairpin mode sends the frames back out of the port they
	 * came in (addressed to the guest's own MAC), through the kernel. The
	 * queue is long enough for what can be in flight.
	 */
	if (nv_run(NV_IP " -n %s addr flush dev %s", ns, tap) ||
	    nv_run(NV_IP " -n %s link add pvbr0 type bridge", ns) ||
	    nv_run(NV_IP " -n %s link set %s master pvbr0", ns, tap) ||
	    nv_run(NV_IP " -n %s link set dev %s type bridge_slave hairpin on", ns, tap) ||
	    nv_run(NV_IP " -n %s link set %s txqueuelen 20000", ns, tap) ||
	    nv_run(NV_IP " -n %s link set pvbr0 up", ns)) {
		fprintf(stderr, "FAIL: hairpin bridge in %s\n", ns);
		goto out;
	}
	rc = workload(&h, nc, "MANA TAP wire, hairpin bridge");
out:
	if (nv_guest_down(&h, g, nc))
		rc = 1;
	nv_netns_del(ns);
	net_mana_kind.free_cfg((void *)ho.ep_cfg);
	return rc;
}

int main(int argc, char **argv)
{
	int rc;

	if (argc != 2 || (strcmp(argv[1], "loopback") && strcmp(argv[1], "tap"))) {
		fprintf(stderr, "usage: mana_proto_test loopback|tap\n");
		return 2;
	}
	rc = !strcmp(argv[1], "loopback") ? test_loopback() : test_tap();
	if (rc == 0)
		printf("1 passed, 0 failed\n");
	return rc;
}
