/* The guest side of the netvsp host tests (see nv_guest.h). */
#include "nv_guest.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

#define IP NV_IP

int nv_guest_up(struct host *h, struct pvg **g, struct pvnc **nc)
{
	struct pvg_opts go = {.socket = h->sock};
	struct pvnc_opts o = {0};
	char err[256] = "";
	int e;

	if (pvg_connect(&go, g, err, sizeof(err)) || pvg_negotiate(*g) || pvg_request_offers(*g)) {
		fprintf(stderr, "FAIL: VMBus connection: %s\n", err);
		return -1;
	}
	e = pvnc_open(*g, &o, nc);
	if (e) {
		fprintf(stderr, "FAIL: netvsc bring-up: %s\n", strerror(-e));
		return -1;
	}
	return 0;
}

int nv_guest_down(struct host *h, struct pvg *g, struct pvnc *nc)
{
	if (nc)
		pvnc_close(nc);
	if (g)
		pvg_close(g);
	if (host_stop(h)) {
		fprintf(stderr, "FAIL: host did not exit cleanly\n");
		return 1;
	}
	return 0;
}

void nv_frame_to_self(uint8_t *frame, const uint8_t mac[6])
{
	memcpy(frame, mac, 6);
	memcpy(frame + 6, mac, 6);
	frame[12] = 0x88;
	frame[13] = 0xb5;
}

int nv_send_frames(struct pvnc *nc, const uint8_t *frame, uint32_t size, uint64_t n)
{
	int rc = 0;

	for (uint64_t i = 0; i < n && !rc; i++)
		rc = pvnc_send_frame(nc, 0, frame, size);
	while (!rc && pvnc_sends_outstanding(nc))
		if (pvnc_poll(nc, 10) < 0)
			break;
	return rc;
}

int nv_run(const char *fmt, ...)
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

int nv_netns_add(const char *ns)
{
	if (access(IP, X_OK) || access("/dev/net/tun", R_OK | W_OK)) {
		printf("SKIP: no %s or /dev/net/tun\n", IP);
		return 77;
	}
	if (nv_run(IP " netns add %s 2>/dev/null", ns)) {
		printf("SKIP: cannot create network namespace %s (not root?)\n", ns);
		return 77;
	}
	return 0;
}

int nv_netns_tap_up(const char *ns, const char *tap, unsigned net, unsigned x)
{
	int rc = nv_run(IP " -n %s link set lo up", ns);

	if (!rc)
		rc = nv_run(IP " -n %s addr add 10.%u.%u.1/24 dev %s", ns, net, x, tap);
	if (!rc)
		rc = nv_run(IP " -n %s link set %s up", ns, tap);
	return rc;
}

void nv_netns_del(const char *ns)
{
	nv_run(IP " netns del %s", ns);
}
