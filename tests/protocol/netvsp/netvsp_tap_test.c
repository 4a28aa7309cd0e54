/*
 * netvsp over a TAP endpoint: the pvguest netvsc client pings the Linux
 * kernel in a network namespace this test creates (pvtest-<pid>, TAP
 * pvt<pid> inside with 10.99.X.1/24; the client is 10.99.X.2). ARP first,
 * then ICMP echo; the kernel answers both. Only the namespace and the
 * addresses made here are touched, and the namespace is deleted at the end.
 * SKIP (77) when namespaces or TAP devices cannot be created.
 */
#include <stdio.h>
#include <unistd.h>

#include "nv_guest.h"
#include "nv_host.h"
#include "tools/pvguest/netvsc_client.h"

int main(void)
{
	char ns[32], tap[16], arg[96];
	unsigned x = 20 + (unsigned)getpid() % 200;
	struct nv_host_opts ho = {.endpoint = "tap", .endpoint_arg = arg};
	struct host h;
	struct pvg *g = NULL;
	struct pvnc *nc = NULL;
	int rc = 1, replies = -1;

	snprintf(ns, sizeof(ns), "pvtest-%d", (int)getpid());
	snprintf(tap, sizeof(tap), "pvt%d", (int)getpid() % 1000000);
	snprintf(arg, sizeof(arg), "name=%s,netns=%s", tap, ns);
	if (nv_netns_add(ns))
		return 77;
	if (nv_host_start(&h, &ho)) {
		printf("SKIP: the TAP endpoint could not be opened in %s\n", ns);
		nv_netns_del(ns);
		return 77;
	}
	if (nv_netns_tap_up(ns, tap, 99, x)) {
		fprintf(stderr, "FAIL: configuring %s in %s\n", tap, ns);
		goto out;
	}
	if (nv_guest_up(&h, &g, &nc))
		goto out;
	replies = pvnc_ping(nc, 10u << 24 | 99u << 16 | x << 8 | 2,
			    10u << 24 | 99u << 16 | x << 8 | 1, 3, 2000);
	printf("ping 10.99.%u.1 through netvsp and %s: %d/3 replies\n", x, tap, replies);
	if (replies == 3) {
		long long rx = host_cmd(&h, "stat rx_frames"), tx = host_cmd(&h, "stat tx_done");
		printf("host: %lld frames to the guest (%lld filtered), %lld from it\n", rx,
		       host_cmd(&h, "stat rx_filtered"), tx);
		/* ARP request + 3 echo requests out; at least the 3 echo replies back. */
		rc = rx >= 3 && tx >= 4 ? 0 : 1;
	}
out:
	if (nv_guest_down(&h, g, nc))
		rc = 1;
	nv_netns_del(ns);
	if (rc == 0)
		printf("1 passed, 0 failed\n");
	return rc;
}
