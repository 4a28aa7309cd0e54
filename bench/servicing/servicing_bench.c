/*
 * bench_servicing: the blackout of a live update (SIGUSR2, docs/servicing.md)
 * beside the baseline it replaces: stopping the paravisor and starting it
 * again, after which the guest must reconnect, renegotiate VMBus, request the
 * offers and open its channels before it is served again. Both run in the
 * same invocation on the sim partition with the real paravisor binary; this
 * process is the guest (the pv_guest library) with one open echo channel per
 * device.
 *
 * Per round and mode, "stall" is what the guest sees. Update: the guest
 * keeps echoing on every channel from the request (SIGUSR2) until the new
 * binary logged its blackout, and the stall is the longest single round
 * trip in that window (one of them waits across the exec). Restart: from
 * SIGTERM to the first echo answered after reconnecting. The paravisor's own
 * blackout line (request to the guest running again, by the monotonic clock
 * both binaries share) is reported too. Prints medians and maxima over the
 * rounds and the ratio of the medians.
 *
 * --disk adds a `scsi` controller with a 64 MiB file LUN, which the guest
 * initializes like Linux (pvsc_open) and reads 4 KiB from, timed like an
 * echo, in every probe: the update then carries a storvsp session (drained,
 * saved, its LUN reopened by identity), the restart a new one. --nic adds a
 * `nic` on the loopback endpoint, which the guest brings up like Linux
 * (pvnc_open: NVSP, buffers, RNDIS) and sends one 64-byte frame through in
 * every probe, waiting for it to come back: the update carries a netvsp
 * session (buffers by GPADL, RNDIS state), the restart a new one. With
 * --echo 0 the probes are the disk's and the NIC's only (1 disk + 1 NIC).
 *
 * --nvme-vfio BDF puts the disk's LUN on that NVMe function through our
 * driver and VFIO (`backend: nvme`) instead of a file, with NVMe keep-alive
 * (--keep-alive 1, the default: the controller runs on across the exec) or
 * without (--keep-alive 0: the new binary resets and initialises it);
 * bench/servicing/lab-nvme runs both in the lab VM on QEMU's NVMe.
 *
 * --nvme-emu thread|process puts the disk's LUN on our NVMe emulator on the
 * file instead: in the paravisor (thread: each new binary starts a new
 * controller) or in a device process of its own (process: `process: true`,
 * pvdev beside the paravisor; the controller is kept alive across the exec).
 *
 * --json FILE writes the figures for bench/run: {"bench": "servicing",
 * "rows": [...]}, one row per mode with the guest's stall (median, max)
 * and, for the live update, the paravisor's blackout line and the median of
 * each of its parts.
 *
 *   bench_servicing PARAVISOR [--rounds N] [--echo N] [--disk] [--nic] [--json FILE]
 *                   [--nvme-vfio BDF [--keep-alive 0|1]] [--nvme-emu thread|process]
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/vmbus/vmbus_chan.h"
#include "tools/common/pv_cli.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/storvsc_client.h"

#define MAX_CHANS 8
#define ETH_P_BENCH 0x88b6 /* IEEE local experimental 2: the NIC probe's frames */
#define NPARTS 6

/* The parts of the paravisor's blackout line, in its order. */
static const char *const part_names[NPARTS] = {"pause", "quiesce", "save",
					       "check", "exec",    "restore"};

struct bench {
	const char *paravisor;
	char dir[64], sock[128], logpath[128], cfg[128];
	unsigned ndev;
	bool disk, nic;
	const char *nvme_vfio; /* the disk's LUN on this NVMe function, or NULL: a file */
	const char *nvme_emu;  /* "thread", "process": the LUN on the NVMe emulator on the file */
	int keep_alive;
	struct pvsc *sc;
	struct pvnc *nc;
	uint64_t nic_seq, nic_got;
	uint8_t blk[4096];
	pid_t pid;
	struct pvg *g;
	struct pvg_chan *ch[MAX_CHANS];
	uint64_t seq;
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void die(struct bench *b, const char *what)
{
	char line[512];
	FILE *f = fopen(b->logpath, "r");

	fprintf(stderr, "bench_servicing: %s; the paravisor's log:\n", what);
	while (f && fgets(line, sizeof(line), f))
		if (!strstr(line, " D "))
			fprintf(stderr, "    %s", line);
	if (f)
		fclose(f);
	if (b->pid > 0)
		kill(b->pid, SIGKILL);
	exit(1);
}

static void start(struct bench *b)
{
	b->pid = fork();
	if (b->pid < 0)
		die(b, "fork");
	if (b->pid == 0) {
		int fd = open(b->logpath, O_WRONLY | O_CREAT | O_APPEND, 0644);
		dup2(fd, 1);
		dup2(fd, 2);
		execl(b->paravisor, b->paravisor, "--config", b->cfg, (char *)NULL);
		_exit(127);
	}
}

/* A probe frame came back (loopback endpoint): note its sequence number. */
static void nic_rx(void *ctx, unsigned chan, const uint8_t *f, uint32_t len)
{
	struct bench *b = ctx;
	uint64_t seq;

	(void)chan;
	if (len < 22 || f[12] != (ETH_P_BENCH >> 8) || f[13] != (ETH_P_BENCH & 0xff))
		return;
	memcpy(&seq, f + 14, sizeof(seq));
	if (seq == b->nic_seq)
		b->nic_got = seq;
}

/* Connects (retrying while the socket is not there yet), opens every echo channel. */
static void connect_guest(struct bench *b)
{
	struct pvg_opts o = {.socket = b->sock};
	struct pvg_open_opts oo = {0};
	char err[256];
	int rc = -1;

	/* Bounded by time (60 s): under full emulation (the lab VM) start-up takes seconds. */
	for (uint64_t t0 = now_ns(); rc && now_ns() - t0 < 60000000000ull;) {
		int st;
		rc = pvg_connect(&o, &b->g, err, sizeof(err));
		if (rc && waitpid(b->pid, &st, WNOHANG) == b->pid) {
			b->pid = 0;
			die(b, "the paravisor exited at start");
		}
		if (rc)
			nanosleep(&(struct timespec){0, 250000}, NULL);
	}
	if (rc || pvg_negotiate(b->g) || pvg_request_offers(b->g) ||
	    pvg_offer_count(b->g) != b->ndev + b->disk + b->nic)
		die(b, "guest cannot connect");
	for (unsigned i = 0; i < b->ndev; i++) {
		uint32_t status = 1;
		if (pvg_chan_open(b->g, pvg_offer_at(b->g, i)->relid, &oo, &b->ch[i], &status) ||
		    status)
			die(b, "guest cannot open a channel");
	}
	/* The controller comes after the echo devices in the configuration. */
	if (b->disk &&
	    pvsc_open(b->g, &(struct pvsc_opts){.slots = 1, .slot_size = 4096, .timeout_ms = 30000},
		      &b->sc))
		die(b, "guest cannot initialize storvsc");
	if (b->nic && pvnc_open(b->g,
				&(struct pvnc_opts){.recv_buf_size = 1 << 20,
						    .send_buf_size = 256 << 10,
						    .rx = nic_rx,
						    .rx_ctx = b},
				&b->nc))
		die(b, "guest cannot bring up netvsc");
}

/* One 64-byte frame to our own MAC and back through the loopback; ns it took. */
static uint64_t nic_probe(struct bench *b)
{
	uint8_t f[64] = {0};
	uint64_t t0 = now_ns(), seq = ++b->nic_seq;

	memcpy(f, pvnc_mac(b->nc), 6);
	memcpy(f + 6, pvnc_mac(b->nc), 6);
	f[12] = ETH_P_BENCH >> 8;
	f[13] = ETH_P_BENCH & 0xff;
	memcpy(f + 14, &seq, sizeof(seq));
	if (pvnc_send_frame(b->nc, 0, f, sizeof(f)))
		die(b, "netvsc send failed");
	while (b->nic_got != seq && now_ns() - t0 < 30000000000ull)
		if (pvnc_poll(b->nc, 10) < 0)
			die(b, "netvsc poll failed");
	if (b->nic_got != seq)
		die(b, "the NIC's probe frame did not come back in 30 s");
	return now_ns() - t0;
}

/* One 4 KiB READ(10) at LBA 0; ns it took. */
static uint64_t disk_read(struct bench *b)
{
	struct pvsc_cmd c = {.cdb = {0x28, 0, 0, 0, 0, 0, 0, 0, 8, 0},
			     .cdb_len = 10,
			     .data_in = 1,
			     .xfer_len = sizeof(b->blk),
			     .buf = b->blk};
	uint64_t t0 = now_ns();

	if (pvsc_exec(b->sc, 0, &c) || (c.srb_status & 0x3f) != 1)
		die(b, "disk read failed");
	return now_ns() - t0;
}

/* One echo on every channel; waits (bounded, 30 s) for each answer. Returns the longest, ns. */
static uint64_t echo_all(struct bench *b)
{
	struct pvg_pkt pkt;
	uint8_t buf[64];
	uint64_t worst = 0;

	for (unsigned i = 0; i < b->ndev; i++) {
		uint64_t v = b->seq++, t0 = now_ns();
		if (pvg_chan_send(b->ch[i], VMRING_PKT_DATA_INBAND, 0, v, &v, sizeof(v)) ||
		    pvg_chan_recv(b->ch[i], &pkt, buf, sizeof(buf), 30000) || pkt.trans_id != v)
			die(b, "echo lost");
		if (now_ns() - t0 > worst)
			worst = now_ns() - t0;
	}
	if (b->disk) {
		uint64_t d = disk_read(b);
		worst = d > worst ? d : worst;
	}
	if (b->nic) {
		uint64_t d = nic_probe(b);
		worst = d > worst ? d : worst;
	}
	return worst;
}

/*
 * The blackout the paravisor logged for update n in ms, or -1 while it has
 * not; its parts (pause, quiesce, save, check, exec, restore) into parts.
 */
static double logged_blackout(struct bench *b, unsigned n, double parts[NPARTS])
{
	char want[64], line[512];
	double ms = -1;
	FILE *f = fopen(b->logpath, "r");

	snprintf(want, sizeof(want), "update %u: guest running again, blackout ", n);
	while (f && fgets(line, sizeof(line), f)) {
		char *p = strstr(line, want);
		if (!p)
			continue;
		ms = strtod(p + strlen(want), NULL);
		for (unsigned i = 0; i < NPARTS; i++) {
			char key[16];
			char *q;
			snprintf(key, sizeof(key), "%s ", part_names[i]);
			q = strstr(p, key);
			parts[i] = q ? strtod(q + strlen(key), NULL) : -1;
		}
	}
	if (f)
		fclose(f);
	return ms;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Sorts v; its median. */
static double median(double *v, unsigned n)
{
	qsort(v, n, sizeof(*v), cmp);
	return v[n / 2];
}

static void report(const char *what, double *v, unsigned n)
{
	median(v, n);
	printf("  %-44s median %8.2f ms   max %8.2f ms\n", what, v[n / 2], v[n - 1]);
}

static void stop_guest(struct bench *b)
{
	if (b->sc)
		pvsc_close(b->sc);
	b->sc = NULL;
	/* The paravisor is gone: free the netvsc client without a message. */
	if (b->nc)
		pvnc_forget(b->nc);
	b->nc = NULL;
	pvg_close(b->g);
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: bench_servicing PARAVISOR [--rounds N] [--echo N] [--disk] [--nic] "
		"[--json FILE] [--nvme-vfio BDF [--keep-alive 0|1]] [--nvme-emu thread|process]\n");
}

int main(int argc, char **argv)
{
	struct bench b = {.ndev = 2};
	unsigned rounds = 20, keep_alive = 1;
	const char *json = NULL;
	const struct pv_cli_opt opts[] = {
		PV_OPT_UNSIGNED("rounds", 'r', &rounds, 1, UINT_MAX),
		PV_OPT_UNSIGNED("echo", 'e', &b.ndev, 0, MAX_CHANS),
		PV_OPT_FLAG("disk", 'd', &b.disk),
		PV_OPT_FLAG("nic", 'n', &b.nic),
		PV_OPT_STR("json", 'j', &json),
		PV_OPT_STR("nvme-vfio", 'v', &b.nvme_vfio),
		PV_OPT_UNSIGNED("keep-alive", 'k', &keep_alive, 0, 1),
		PV_OPT_STR("nvme-emu", 'm', &b.nvme_emu),
		PV_OPT_HELP(0),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "bench_servicing", .usage = usage, .opts = opts};
	double *upd, *blk, *rst, *parts[NPARTS], pmed[NPARTS];
	char what[160];
	FILE *f;
	int status;

	status = pv_cli_parse(&cli, argc, argv);
	if (status != PV_CLI_OK)
		return status;
	if (optind + 1 != argc || (b.ndev < 1 && !b.disk && !b.nic) ||
	    ((b.nvme_vfio || b.nvme_emu) && !b.disk) || (b.nvme_vfio && b.nvme_emu) ||
	    (b.nvme_emu && strcmp(b.nvme_emu, "thread") && strcmp(b.nvme_emu, "process"))) {
		usage(stderr);
		return 2;
	}
	b.keep_alive = keep_alive;
	b.paravisor = argv[optind];
	snprintf(b.dir, sizeof(b.dir), "/tmp/pv-bench-serv.XXXXXX");
	if (!mkdtemp(b.dir))
		die(&b, "mkdtemp");
	snprintf(b.sock, sizeof(b.sock), "%s/pv.sock", b.dir);
	snprintf(b.logpath, sizeof(b.logpath), "%s/pv.log", b.dir);
	snprintf(b.cfg, sizeof(b.cfg), "%s/pv.yaml", b.dir);
	f = fopen(b.cfg, "w");
	if (!f)
		die(&b, "config");
	fprintf(f, "partition: {kind: sim, socket: %s, memory: 256M, vcpus: 2}\ndevices:\n",
		b.sock);
	for (unsigned i = 0; i < b.ndev; i++)
		fprintf(f, "  - kind: echo\n");
	if (b.disk && b.nvme_vfio) {
		fprintf(f,
			"  - kind: scsi\n    luns:\n      - backend: nvme\n        nvme:\n"
			"          vfio: \"%s\"\n          keep_alive: %s\n",
			b.nvme_vfio, b.keep_alive ? "true" : "false");
	} else if (b.disk) {
		char img[128];
		int fd;
		snprintf(img, sizeof(img), "%s/disk.img", b.dir);
		fd = open(img, O_RDWR | O_CREAT, 0644);
		if (fd < 0 || ftruncate(fd, 64 << 20))
			die(&b, "disk image");
		close(fd);
		if (b.nvme_emu)
			fprintf(f,
				"  - kind: scsi\n    luns:\n      - backend: nvme\n        nvme:\n"
				"          emulated: {path: %s, process: %s}\n",
				img, strcmp(b.nvme_emu, "process") ? "false" : "true");
		else
			fprintf(f,
				"  - kind: scsi\n    luns:\n      - {lun: 0, backend: file, path: "
				"%s}\n",
				img);
	}
	/* The NIC comes after the controller, so the guest finds the offers in that order. */
	if (b.nic)
		fprintf(f, "  - kind: nic\n    endpoint: loopback\n");
	fclose(f);
	upd = calloc(rounds, sizeof(*upd));
	blk = calloc(rounds, sizeof(*blk));
	rst = calloc(rounds, sizeof(*rst));
	for (unsigned i = 0; i < NPARTS; i++)
		parts[i] = calloc(rounds, sizeof(*parts[i]));

	start(&b);
	connect_guest(&b);
	echo_all(&b);
	for (unsigned i = 0; i < rounds; i++) {
		uint64_t t0 = now_ns(), worst = 0;
		kill(b.pid, SIGUSR2);
		/* Echo through the update until the new binary says it runs (bounded, 30 s). */
		do {
			uint64_t w = echo_all(&b);
			double p[NPARTS];
			worst = w > worst ? w : worst;
			blk[i] = logged_blackout(&b, i + 1, p);
			for (unsigned k = 0; k < NPARTS; k++)
				parts[k][i] = p[k];
		} while (blk[i] < 0 && now_ns() - t0 < 30000000000ull);
		if (blk[i] < 0)
			die(&b, "no blackout line");
		upd[i] = (double)worst / 1e6;
	}
	for (unsigned i = 0; i < rounds; i++) {
		uint64_t t0 = now_ns();
		kill(b.pid, SIGTERM);
		waitpid(b.pid, &status, 0);
		stop_guest(&b);
		start(&b);
		connect_guest(&b);
		echo_all(&b);
		rst[i] = (double)(now_ns() - t0) / 1e6;
	}
	kill(b.pid, SIGTERM);
	waitpid(b.pid, &status, 0);
	stop_guest(&b);

	{
		char echo[32] = "";
		if (b.ndev)
			snprintf(echo, sizeof(echo), "%u echo channel%s%s", b.ndev,
				 b.ndev == 1 ? "" : "s", b.disk || b.nic ? ", " : "");
		const char *dk =
			b.nvme_emu && !strcmp(b.nvme_emu, "process")
				? "1 storvsc disk (NVMe emulator in its device process, "
				  "keep-alive)"
			: b.nvme_emu   ? "1 storvsc disk (NVMe emulator in the paravisor, a new "
					 "controller per update)"
			: !b.nvme_vfio ? "1 storvsc disk (file LUN)"
			: b.keep_alive ? "1 storvsc disk (NVMe LUN through VFIO, keep-alive)"
				       : "1 storvsc disk (NVMe LUN through VFIO, no keep-alive)";
		snprintf(what, sizeof(what), "%s%s%s%s", echo, b.disk ? dk : "",
			 b.disk && b.nic ? " + " : "", b.nic ? "1 netvsc NIC (loopback)" : "");
	}
	printf("bench_servicing: sim partition, %s, %u rounds each\n", what, rounds);
	report("live update, guest's longest probe", upd, rounds);
	report("live update, paravisor's blackout line", blk, rounds);
	report("stop + restart, guest reconnects and reopens", rst, rounds);
	printf("  stop+restart / live update (guest's stall, medians): %.1fx\n",
	       rst[rounds / 2] / upd[rounds / 2]);
	printf("  blackout parts (medians, ms):");
	for (unsigned k = 0; k < NPARTS; k++) {
		pmed[k] = median(parts[k], rounds);
		printf(" %s %.2f", part_names[k], pmed[k]);
	}
	printf("\n");
	if (json) {
		f = fopen(json, "w");
		if (!f)
			die(&b, "cannot write the JSON file");
		fprintf(f,
			"{\"bench\": \"servicing\", \"setup\": \"sim partition, %s\", "
			"\"rounds\": %u, \"rows\": [\n"
			"  {\"mode\": \"live update\", \"stall_median_ms\": %.3f, "
			"\"stall_max_ms\": %.3f, \"blackout_median_ms\": %.3f, "
			"\"blackout_max_ms\": %.3f",
			what, rounds, upd[rounds / 2], upd[rounds - 1], blk[rounds / 2],
			blk[rounds - 1]);
		for (unsigned k = 0; k < NPARTS; k++)
			fprintf(f, ", \"%s_median_ms\": %.3f", part_names[k], pmed[k]);
		fprintf(f,
			"},\n  {\"mode\": \"stop + restart\", \"stall_median_ms\": %.3f, "
			"\"stall_max_ms\": %.3f}\n], \"ratio\": %.3f}\n",
			rst[rounds / 2], rst[rounds - 1], rst[rounds / 2] / upd[rounds / 2]);
		fclose(f);
	}
	unlink(b.logpath);
	unlink(b.cfg);
	if (b.disk && !b.nvme_vfio) {
		char img[128];
		snprintf(img, sizeof(img), "%s/disk.img", b.dir);
		unlink(img);
	}
	unlink(b.sock);
	rmdir(b.dir);
	return 0;
}
