/*
 * netvsp on a TAP endpoint across live updates (label servicing): frames
 * the guest has no room for when the update comes are parked in netvsp and
 * left in the TAP's kernel queue, and none is lost or duplicated.
 *
 * The real paravisor (sim partition) serves a `nic` on a TAP it creates in
 * a network namespace this test makes (pvsvc-<pid>); a child in that
 * namespace reflects every workload frame the guest sends (AF_PACKET on the
 * TAP, ethertype 0x88b5) back into the TAP. This process is the guest
 * (pv_guest + the netvsc client) and sends sequence-numbered frames to its
 * own MAC; every one must come back exactly once and in order (one channel,
 * one queue: the path keeps order), intact.
 *
 *   1. Warm-up: 200 frames there and back.
 *   2. The guest stops completing receives (pvnc_hold_rx): its small
 *      receive buffer fills, netvsp stops taking frames from the TAP and
 *      holds the one it read, the kernel queues the rest. Update 1 then
 *      finds receive packets in the guest's hands and a frame to park: its
 *      log lines must say so. After it the guest completes what it held,
 *      and the parked frame and the kernel's queue come through in order.
 *   3. Frames that reach the TAP while no process reads it: the reflector
 *      keeps the next 200 frames instead of answering them, and the "new
 *      binary" of the updates (a script around the real paravisor,
 *      --update-binary) has it put them into the TAP just before it execs
 *      the real restore, after the old process is gone: they wait in the
 *      kernel's queue, on the descriptors kept across the exec, and update
 *      2's new binary must read them from there.
 *   4. Update 3 while frames flow both ways (at most 64 out at a time).
 *
 * SKIP (77) without root, /dev/net/tun or ip(8). The namespace is deleted
 * at the end (the TAP goes with the paravisor's descriptors).
 *
 *   netvsp_tap_servicing_test PARAVISOR
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pv_child.h"
#include "nv_guest.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

#define IP NV_IP
#define ETH_P_WL 0x88b5
#define FRAME 200
#define WINDOW 64 /* frames out at a time in step 4 */

static volatile sig_atomic_t keep_req, flush_req;
static char ns[32], tap[16];
static pid_t refl_pid = -1;

#define SEQ_MAX 65536

struct seqs {
	uint64_t next; /* the sequence number due */
	uint64_t bad;  /* out of order, duplicated, corrupt or a wrong size */
	uint64_t first_bad;
	uint64_t dup, late; /* of the bad ones: seen before; came after a later one */
	uint8_t seen[SEQ_MAX / 8];
};

static void cleanup(void);
static struct seqs g_q;
static uint64_t g_sent;

/* The sequence numbers sent and never seen, as ranges (for a failure's line). */
static const char *missing(void)
{
	static char out[512];
	size_t n = 0;

	out[0] = 0;
	for (uint64_t i = 0; i < g_sent && i < SEQ_MAX && n < sizeof(out) - 40; i++) {
		uint64_t j = i;
		if (g_q.seen[i / 8] >> (i % 8) & 1)
			continue;
		while (j + 1 < g_sent && j + 1 < SEQ_MAX &&
		       !(g_q.seen[(j + 1) / 8] >> ((j + 1) % 8) & 1))
			j++;
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%llu-%llu", n ? "," : "",
				      (unsigned long long)i, (unsigned long long)j);
		i = j;
	}
	return n ? out : "none";
}

/* A failure's context (PVC.on_fail): the frames, then the reflector, paravisor and namespace gone. */
static void fail_context(void)
{
	fprintf(stderr,
		"  frames: %llu sent, next due %llu, %llu out of order/duplicated/corrupt, first "
		"%llu; "
		"%llu duplicated, %llu late, missing: %s\n",
		(unsigned long long)g_sent, (unsigned long long)g_q.next,
		(unsigned long long)g_q.bad, (unsigned long long)g_q.first_bad,
		(unsigned long long)g_q.dup, (unsigned long long)g_q.late, missing());
	cleanup();
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static void cleanup(void)
{
	int st;

	if (refl_pid > 0) {
		kill(refl_pid, SIGKILL);
		waitpid(refl_pid, &st, 0);
		refl_pid = -1;
	}
	if (PVC.pid > 0) {
		kill(PVC.pid, SIGKILL);
		waitpid(PVC.pid, &st, 0);
		PVC.pid = -1;
	}
	if (ns[0])
		nv_run(IP " netns del %s 2>/dev/null", ns);
	ns[0] = 0;
}

static void on_keep(int sig)
{
	(void)sig;
	keep_req = 1;
}

static void on_flush(int sig)
{
	(void)sig;
	flush_req = 1;
}

/* Writes n into dir/name (the reflector's answers to the test and the script). */
static void note(const char *name, unsigned n)
{
	char path[128], tmp[136];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", PVC.dir, name);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	f = fopen(tmp, "w");
	if (!f)
		_exit(2);
	fprintf(f, "%u\n", n);
	fclose(f);
	if (rename(tmp, path))
		_exit(2);
}

static unsigned noted(const char *name)
{
	char path[128];
	unsigned n = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", PVC.dir, name);
	f = fopen(path, "r");
	if (f && fscanf(f, "%u", &n) != 1)
		n = 0;
	if (f)
		fclose(f);
	return n;
}

#define KEEP_MAX 400

static void send_back(int s, struct sockaddr_ll *a, const uint8_t *buf, size_t n)
{
	while (sendto(s, buf, n, 0, (struct sockaddr *)a, sizeof(*a)) < 0) {
		if (errno != ENOBUFS && errno != EINTR) {
			perror("reflector: sendto");
			_exit(2);
		}
		nanosleep(&(struct timespec){0, 1000000}, NULL);
	}
}

/*
 * The reflector: in the namespace, every workload frame from the TAP goes
 * back into it. SIGUSR2: keep the frames instead (answer "keeping" at once,
 * "kept" with the count as they come); SIGUSR1: put the kept ones into the
 * TAP and answer "flushed" with their count.
 */
static void reflect(void)
{
	char path[96];
	struct sockaddr_ll a = {.sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_WL)};
	struct sigaction sa = {0};
	static uint8_t kept[KEEP_MAX][FRAME];
	uint8_t buf[2048];
	unsigned nkept = 0;
	bool keeping = false;
	int nsfd, s;

	/* No SA_RESTART: a signal wakes the blocked recvfrom. */
	sa.sa_handler = on_keep;
	sigaction(SIGUSR2, &sa, NULL);
	sa.sa_handler = on_flush;
	sigaction(SIGUSR1, &sa, NULL);

	snprintf(path, sizeof(path), "/run/netns/%s", ns);
	nsfd = open(path, O_RDONLY | O_CLOEXEC);
	if (nsfd < 0 || setns(nsfd, CLONE_NEWNET)) {
		perror("reflector: setns");
		_exit(2);
	}
	s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_WL));
	a.sll_ifindex = (int)if_nametoindex(tap);
	if (s < 0 || !a.sll_ifindex || bind(s, (struct sockaddr *)&a, sizeof(a))) {
		perror("reflector: packet socket");
		_exit(2);
	}
	for (;;) {
		struct sockaddr_ll from;
		socklen_t fl = sizeof(from);
		ssize_t n;

		if (keep_req) {
			keep_req = 0;
			keeping = true;
			note("keeping", 1);
		}
		if (flush_req) {
			flush_req = 0;
			for (unsigned i = 0; i < nkept; i++)
				send_back(s, &a, kept[i], FRAME);
			note("flushed", nkept);
			nkept = 0;
			keeping = false;
		}
		n = recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from, &fl);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == ENETDOWN || errno == ENXIO))
			_exit(0); /* the TAP went with the paravisor */
		if (n < 0) {
			perror("reflector: recvfrom");
			_exit(2);
		}
		/* Our own sends come back to a packet socket as OUTGOING. */
		if (from.sll_pkttype == PACKET_OUTGOING)
			continue;
		if (keeping && n == FRAME && nkept < KEEP_MAX) {
			memcpy(kept[nkept++], buf, FRAME);
			note("kept", nkept);
			continue;
		}
		send_back(s, &a, buf, (size_t)n);
	}
}

/*
 * The updates' new binary: before the real restore (--restore, not the
 * checker's --restore-check-sock) and when the test asked (dir/inject), the
 * reflector puts its kept frames into the TAP; the script waits for its
 * answer (bounded: 30 s) and execs the real paravisor with its arguments,
 * the kept descriptors included.
 */
static void write_script(const char *path)
{
	FILE *f = fopen(path, "w");

	CHECK(f);
	fprintf(f,
		"#!/bin/sh\n"
		"case \" $* \" in\n"
		"*\" --restore \"*)\n"
		"\tif [ -f %s/inject ]; then\n"
		"\t\trm -f %s/inject\n"
		"\t\tkill -USR1 %d\n"
		"\t\ti=0\n"
		"\t\twhile [ ! -f %s/flushed ] && [ $i -lt 3000 ]; do sleep 0.01; i=$((i + 1)); "
		"done\n"
		"\tfi ;;\n"
		"esac\n"
		"exec %s \"$@\"\n",
		PVC.dir, PVC.dir, (int)refl_pid, PVC.dir, PVC.paravisor);
	fclose(f);
	CHECK(chmod(path, 0755) == 0);
}

static void fill(uint8_t *f, const uint8_t *mac, uint64_t seq)
{
	memcpy(f, mac, 6);
	memcpy(f + 6, mac, 6);
	f[12] = ETH_P_WL >> 8;
	f[13] = ETH_P_WL & 0xff;
	memcpy(f + 14, &seq, 8);
	for (unsigned i = 22; i < FRAME; i++)
		f[i] = (uint8_t)(seq * 7 + i);
}

static void on_rx(void *ctx, unsigned chan, const uint8_t *f, uint32_t len)
{
	struct seqs *q = ctx;
	uint64_t seq;
	bool ok;

	(void)chan;
	if (len < 22 || f[12] != (ETH_P_WL >> 8) || f[13] != (ETH_P_WL & 0xff))
		return; /* the kernel's own frames (IPv6 solicitations) */
	memcpy(&seq, f + 14, 8);
	ok = len == FRAME && seq < SEQ_MAX;
	for (unsigned i = 22; ok && i < FRAME; i++)
		ok = f[i] == (uint8_t)(seq * 7 + i);
	if (ok && (q->seen[seq / 8] >> (seq % 8) & 1)) {
		q->dup++;
		ok = false;
	} else if (ok) {
		q->seen[seq / 8] |= (uint8_t)(1u << (seq % 8));
		if (seq < q->next)
			q->late++;
	}
	ok = ok && seq == q->next;
	if (!ok) {
		if (!q->bad)
			q->first_bad = seq;
		q->bad++;
		/* Keep going after a gap, so what follows is judged on its own. */
		if (seq > q->next)
			q->next = seq + 1;
		return;
	}
	q->next++;
}

/* Polls the client until cond holds or ms pass; true if it held. */
#define POLL_UNTIL(nc, cond, ms)                         \
	({                                               \
		uint64_t _end = now_ms() + (ms);         \
		while (!(cond) && now_ms() < _end)       \
			CHECK(pvnc_poll((nc), 10) >= 0); \
		(cond);                                  \
	})

/* Sends frames from *sent up to `upto` (waiting for send sections as it goes). */
static void send_upto(struct pvnc *nc, uint64_t *sent, uint64_t upto)
{
	uint8_t f[FRAME];

	for (; *sent < upto; (*sent)++) {
		fill(f, pvnc_mac(nc), *sent);
		CHECK(pvnc_send_frame(nc, 0, f, FRAME) == 0);
	}
}

/* SIGUSR2, polling the guest all along, until the new binary runs (bounded: 30 s). */
static void update(struct pvnc *nc, int n)
{
	char want[64];

	snprintf(want, sizeof(want), "update %d: guest running again", n);
	CHECK(kill(PVC.pid, SIGUSR2) == 0);
	CHECK(POLL_UNTIL(nc, pvc_log_has(want), 30000));
}

/* The number after `what` in the log line containing needle (-1 if none). */
static long logged(const char *needle, const char *what)
{
	char l[512], *p;

	/* "..., 37 receive packets owned ...": the word before `what`. */
	if (!pvc_log_line(needle, l, sizeof(l)) || !(p = strstr(l, what)) || p - l < 2)
		return -1;
	p--;
	while (p > l && p[-1] != ' ')
		p--;
	return strtol(p, NULL, 10);
}

int main(int argc, char **argv)
{
	struct pvg *g;
	struct pvnc *nc = NULL;
	uint64_t held;
	uint32_t slots, sub;
	long owned, parked;
	char cfg[512], script[128];
	unsigned nkept;

	if (argc != 2) {
		fprintf(stderr, "usage: netvsp_tap_servicing_test PARAVISOR\n");
		return 2;
	}
	PVC.on_fail = fail_context;
	if (geteuid() != 0 || access(IP, X_OK) || access("/dev/net/tun", R_OK | W_OK)) {
		printf("SKIP: needs root, %s and /dev/net/tun\n", IP);
		return 77;
	}
	snprintf(ns, sizeof(ns), "pvsvc-%d", (int)getpid());
	snprintf(tap, sizeof(tap), "pvs%d", (int)getpid() % 1000000);
	if (nv_run(IP " netns add %s 2>/dev/null", ns)) {
		printf("SKIP: cannot create network namespace %s\n", ns);
		ns[0] = 0;
		return 77;
	}
	pvc_init(argv[1], "serv-tap");
	/* The script names the reflector, which needs the TAP: the script first, its pid later. */
	snprintf(script, sizeof(script), "%s/new-paravisor.sh", PVC.dir);
	snprintf(cfg, sizeof(cfg),
		 "devices:\n  - kind: nic\n    endpoint: tap\n    ifname: %s\n    netns: %s\n", tap,
		 ns);
	pvc_run(cfg, (const char *const[]){"--update-binary", script, NULL});
	g = pvc_connect();
	/* The paravisor made the TAP: up, and the reflector on it. */
	CHECK(nv_run(IP " -n %s link set %s up", ns, tap) == 0);
	refl_pid = fork();
	CHECK(refl_pid >= 0);
	if (refl_pid == 0)
		reflect();
	write_script(script);
	CHECK(pvg_negotiate(g) == 0 && pvg_request_offers(g) == 0);
	/* A small receive buffer, so holding receives fills it with few frames. */
	CHECK(pvnc_open(g,
			&(struct pvnc_opts){.recv_buf_size = 64 << 10,
					    .send_buf_size = 256 << 10,
					    .rx = on_rx,
					    .rx_ctx = &g_q},
			&nc) == 0);
	slots = pvnc_recv_slots(nc, &sub);
	CHECK(slots > 0);

	/* 1. Warm-up (the reflector needs a moment to bind: resend until one comes back). */
	{
		uint8_t f[FRAME];
		uint64_t end = now_ms() + 10000;
		fill(f, pvnc_mac(nc), 0);
		while (g_q.next == 0 && now_ms() < end) {
			CHECK(pvnc_send_frame(nc, 0, f, FRAME) == 0);
			POLL_UNTIL(nc, g_q.next > 0, 100);
		}
		CHECK(g_q.next == 1);
		/* Copies of frame 0 sent before the reflector was up are gone; later ones count. */
		POLL_UNTIL(nc, false, 200);
		g_q.bad = 0;
		g_sent = 1;
	}
	send_upto(nc, &g_sent, 200);
	CHECK(POLL_UNTIL(nc, g_q.next == g_sent, 10000));

	/* 2. Receives held: the buffer fills, netvsp holds one, the kernel queues the rest. */
	pvnc_hold_rx(nc, true);
	held = g_q.next;
	send_upto(nc, &g_sent, g_sent + slots + 150);
	for (uint64_t last = ~0ull; last != g_q.next;) {
		last = g_q.next;
		POLL_UNTIL(nc, false, 300);
	}
	CHECK(g_q.next - held <= slots && g_q.next < g_sent);
	update(nc, 1);
	owned = logged("saved: NVSP ready", "receive packets owned");
	parked = logged("saved: NVSP ready", "frames parked");
	CHECK(owned > 0 && parked > 0);
	CHECK(logged("restored: NVSP ready", "frames parked") == parked);
	CHECK(pvnc_release_rx(nc) == 0);
	pvnc_hold_rx(nc, false);
	CHECK(POLL_UNTIL(nc, g_q.next == g_sent, 10000));
	printf("update 1: %ld receive packets in the guest's hands, %ld frame(s) parked, "
	       "%llu frames held back came through in order\n",
	       owned, parked, (unsigned long long)(g_sent - held));

	/* 3. Frames put into the TAP between the old process and the new one. */
	CHECK(kill(refl_pid, SIGUSR2) == 0);
	CHECK(POLL_UNTIL(nc, noted("keeping") == 1, 10000));
	held = g_sent;
	send_upto(nc, &g_sent, g_sent + 200);
	CHECK(POLL_UNTIL(nc, noted("kept") == 200, 10000));
	CHECK(g_q.next == held);
	{
		char p[128];
		FILE *f;
		snprintf(p, sizeof(p), "%s/inject", PVC.dir);
		f = fopen(p, "w");
		CHECK(f);
		fclose(f);
	}
	update(nc, 2);
	nkept = noted("flushed");
	CHECK(nkept == 200);
	CHECK(logged("update 2: paused", "frames parked") <= 0);
	CHECK(POLL_UNTIL(nc, g_q.next == g_sent, 10000));
	printf("update 2: %u frames put into the TAP while no process read it came through "
	       "in order\n",
	       nkept);

	/*
	 * 4. Update 3 with frames flowing, at most WINDOW of them out at a time:
	 * far below what the TAP's queue (500) and the reflector's socket hold,
	 * so a frame missing is lost by us, not dropped by an overrun kernel
	 * queue (a TAP drops past its queue length, as a wire would).
	 */
	send_upto(nc, &g_sent, g_sent + 64);
	CHECK(kill(PVC.pid, SIGUSR2) == 0);
	{
		uint64_t end = now_ms() + 30000;
		while (!pvc_log_has("update 3: guest running again") && now_ms() < end) {
			if (g_sent - g_q.next < WINDOW)
				send_upto(nc, &g_sent, g_sent + 4);
			CHECK(pvnc_poll(nc, 1) >= 0);
		}
		CHECK(pvc_log_has("update 3: guest running again"));
	}
	send_upto(nc, &g_sent, g_sent + 100);
	CHECK(POLL_UNTIL(nc, g_q.next == g_sent, 10000));
	CHECK(g_q.bad == 0 || !"a frame came back out of order, twice or corrupt");
	printf("3 updates: %llu frames sent, %llu back in order, 0 lost, 0 duplicated\n",
	       (unsigned long long)g_sent, (unsigned long long)g_q.next);

	pvnc_close(nc);
	pvg_close(g);
	pvc_stop();
	cleanup();
	pvc_remove();
	printf("PASS\n");
	return 0;
}
