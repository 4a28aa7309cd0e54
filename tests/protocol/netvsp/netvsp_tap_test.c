/*
 * netvsp over a TAP endpoint: the pvguest netvsc client pings the Linux
 * kernel in a network namespace this test creates (pvtest-<pid>, TAP
 * pvt<pid> inside with 10.99.X.1/24; the client is 10.99.X.2). ARP first,
 * then ICMP echo; the kernel answers both. Only the namespace and the
 * addresses made here are touched, and the namespace is deleted at the end.
 * SKIP (77) when namespaces or TAP devices cannot be created.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nv_host.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

#define IP "/usr/sbin/ip"

static int run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int run(const char *fmt, ...)
{
	char cmd[512];
	va_list ap;
	int st;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	st = system(cmd);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int main(void)
{
	char ns[32], tap[16], arg[96], err[256];
	unsigned x = 20 + (unsigned)getpid() % 200;
	struct nv_host_opts ho = {.endpoint = "tap", .endpoint_arg = arg};
	struct pvg_opts go = {0};
	struct host h;
	struct pvg *g = NULL;
	struct pvnc *nc = NULL;
	int rc = 1, replies = -1;

	snprintf(ns, sizeof(ns), "pvtest-%d", (int)getpid());
	snprintf(tap, sizeof(tap), "pvt%d", (int)getpid() % 1000000);
	snprintf(arg, sizeof(arg), "name=%s,netns=%s", tap, ns);
	if (access(IP, X_OK) || access("/dev/net/tun", R_OK | W_OK)) {
		printf("SKIP: no %s or /dev/net/tun\n", IP);
		return 77;
	}
	if (run(IP " netns add %s 2>/dev/null", ns)) {
		printf("SKIP: cannot create network namespace %s (not root?)\n", ns);
		return 77;
	}
	if (nv_host_start(&h, &ho)) {
		printf("SKIP: the TAP endpoint could not be opened in %s\n", ns);
		run(IP " netns del %s", ns);
		return 77;
	}
	if (run(IP " -n %s link set lo up", ns) ||
	    run(IP " -n %s addr add 10.99.%u.1/24 dev %s", ns, x, tap) ||
	    run(IP " -n %s link set %s up", ns, tap)) {
		fprintf(stderr, "FAIL: configuring %s in %s\n", tap, ns);
		goto out;
	}
	go.socket = h.sock;
	if (pvg_connect(&go, &g, err, sizeof(err)) || pvg_negotiate(g) || pvg_request_offers(g)) {
		fprintf(stderr, "FAIL: VMBus connection: %s\n", err);
		goto out;
	}
	{
		struct pvnc_opts o = {0};
		int e = pvnc_open(g, &o, &nc);
		if (e) {
			fprintf(stderr, "FAIL: netvsc bring-up: %s\n", strerror(-e));
			goto out;
		}
	}
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
	if (nc)
		pvnc_close(nc);
	if (g)
		pvg_close(g);
	if (host_stop(&h)) {
		fprintf(stderr, "FAIL: host did not exit cleanly\n");
		rc = 1;
	}
	run(IP " netns del %s", ns);
	if (rc == 0)
		printf("1 passed, 0 failed\n");
	return rc;
}
