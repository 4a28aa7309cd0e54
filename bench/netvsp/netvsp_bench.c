/*
 * bench_netvsp: the netvsc data path end to end on the sim partition.
 *
 *   tx -> null      frames from the pvguest netvsc client through netvsp to
 *                   the null endpoint (send-buffer sections), 64 and 1500 B
 *   loopback        the same through the loopback endpoint and back into
 *                   the receive buffer (every frame checked by the client)
 *   ping-pong       one 64 B frame at a time through loopback: round trip
 *
 * CPU per packet is user + system time of the host process (paravisor side:
 * netvsp, VMBus workers, endpoint) and of the guest process, over the
 * frames. The baseline line is memcpy of the same bytes in this process.
 * Usage: bench_netvsp [frames] (default 300000).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "nv_host.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double self_cpu_us(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec +
	       (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec;
}

struct env {
	struct nv_host h;
	struct pvg *g;
	struct pvnc *nc;
};

static int env_up(struct env *e, const char *endpoint)
{
	struct nv_host_opts ho = {.endpoint = endpoint};
	struct pvg_opts go = {0};
	struct pvnc_opts no = {0};
	char err[256];
	int rc;

	if ((rc = nv_host_start(&e->h, &ho)))
		return rc;
	go.socket = e->h.sock;
	if ((rc = pvg_connect(&go, &e->g, err, sizeof(err))) || (rc = pvg_negotiate(e->g)) ||
	    (rc = pvg_request_offers(e->g)) || (rc = pvnc_open(e->g, &no, &e->nc)))
		return rc;
	return 0;
}

static void env_down(struct env *e)
{
	pvnc_close(e->nc);
	pvg_close(e->g);
	nv_host_stop(&e->h);
}

static void row(const char *what, uint32_t size, uint64_t n, double secs, double host_us,
		double guest_us, uint64_t lost)
{
	printf("%-22s %6u %9llu %12.0f %10.1f %10.1f %10.1f %6llu\n", what, size,
	       (unsigned long long)n, (double)n / secs, host_us * 1000.0 / (double)n,
	       guest_us * 1000.0 / (double)n, (host_us + guest_us) * 1000.0 / (double)n,
	       (unsigned long long)lost);
}

static int tx_null(uint32_t size, uint64_t frames)
{
	struct env e = {0};
	uint8_t f[1514] = {0};
	double t0, c0, h0;
	int rc;

	if ((rc = env_up(&e, "null")))
		return rc;
	memcpy(f, pvnc_mac(e.nc), 6);
	memcpy(f + 6, pvnc_mac(e.nc), 6);
	f[12] = 0x88;
	f[13] = 0xb5;
	h0 = (double)nv_host_cmd(&e.h, "cpu");
	c0 = self_cpu_us();
	t0 = now_s();
	for (uint64_t i = 0; i < frames && !rc; i++)
		rc = pvnc_send_frame(e.nc, 0, f, size);
	while (!rc && pvnc_sends_outstanding(e.nc))
		if (pvnc_poll(e.nc, 10) < 0)
			break;
	row("tx -> null", size, frames, now_s() - t0, (double)nv_host_cmd(&e.h, "cpu") - h0,
	    self_cpu_us() - c0, frames - (uint64_t)nv_host_cmd(&e.h, "ep 0 tx_packets"));
	env_down(&e);
	return rc;
}

static int loopback(uint32_t size, uint64_t frames)
{
	struct env e = {0};
	struct pvnc_workload w = {.count = frames, .size = size, .drain_ms = 10000};
	double t0, c0, h0;
	int rc;

	if ((rc = env_up(&e, "loopback")))
		return rc;
	h0 = (double)nv_host_cmd(&e.h, "cpu");
	c0 = self_cpu_us();
	t0 = now_s();
	rc = pvnc_workload_run(e.nc, &w);
	row("loopback (tx+rx)", size, w.received, now_s() - t0,
	    (double)nv_host_cmd(&e.h, "cpu") - h0, self_cpu_us() - c0, w.lost);
	env_down(&e);
	return rc;
}

static int pingpong(uint64_t rounds)
{
	struct env e = {0};
	struct pvnc_workload w = {.count = 1, .size = 64, .drain_ms = 1000};
	double t0, c0, h0, secs;
	uint64_t done = 0;
	int rc;

	if ((rc = env_up(&e, "loopback")))
		return rc;
	h0 = (double)nv_host_cmd(&e.h, "cpu");
	c0 = self_cpu_us();
	t0 = now_s();
	for (uint64_t i = 0; i < rounds && !rc; i++) {
		rc = pvnc_workload_run(e.nc, &w);
		done += w.received;
	}
	secs = now_s() - t0;
	row("ping-pong (1 in flight)", 64, done, secs, (double)nv_host_cmd(&e.h, "cpu") - h0,
	    self_cpu_us() - c0, rounds - done);
	printf("%-22s round trip %.1f us\n", "", secs * 1e6 / (double)(done ? done : 1));
	env_down(&e);
	return rc;
}

static void baseline(uint32_t size, uint64_t frames)
{
	static uint8_t a[1514], b[1514];
	double t0 = now_s(), c0 = self_cpu_us();

	for (uint64_t i = 0; i < frames; i++) {
		a[i % size] = (uint8_t)i;
		memcpy(b, a, size);
		__asm__ volatile("" ::"r"(b) : "memory");
	}
	row("baseline: memcpy", size, frames, now_s() - t0, 0, self_cpu_us() - c0, 0);
}

int main(int argc, char **argv)
{
	uint64_t n = argc > 1 ? strtoull(argv[1], NULL, 0) : 300000;
	int rc = 0;

	setenv("PV_LOG", "error", 0);
	printf("%-22s %6s %9s %12s %10s %10s %10s %6s\n", "path", "bytes", "frames", "frames/s",
	       "host ns/p", "guest ns/p", "total ns/p", "lost");
	for (uint32_t s = 64; s <= 1500 && !rc; s = s == 64 ? 1500 : 9999) {
		baseline(s, n);
		rc = tx_null(s, n);
		if (!rc)
			rc = loopback(s, n);
	}
	if (!rc)
		rc = pingpong(n / 30 ? n / 30 : 1);
	if (rc)
		fprintf(stderr, "bench_netvsp: %s\n", strerror(-rc));
	return rc ? 1 : 0;
}
