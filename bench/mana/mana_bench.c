/*
 * bench_mana: netvsp served from MANA against netvsp on the null endpoint,
 * side by side in the same run, on the sim partition.
 *
 *   tx -> null          baseline: frames from the pvguest netvsc client
 *                       through netvsp to the null endpoint
 *   tx -> mana (null)   the same frames through net_mana -> the MANA driver
 *                       -> our GDMA/MANA emulator, whose wire is null
 *   loopback            baseline: through the loopback endpoint and back
 *   mana loopback       through MANA and the emulator's loopback wire and
 *                       back (every frame checked by the client)
 *
 * For 64 and 1,500-byte frames: frames/s, CPU ns per frame (host process:
 * netvsp, VMBus workers, endpoint, driver and emulator threads; guest
 * process) and the MANA rows' ratio to their baseline; for MANA, doorbells
 * per frame at that load (the driver's doorbells over the frames: SQ
 * doorbells batched per netvsp drain, plus RQ and CQ/EQ re-arms) and SQ
 * doorbells per TX frame.
 * Usage: bench_mana [frames] (default 200000).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench/bench_util.h"
#include "devices/net/net.h"
#include "drivers/mana/net_mana.h"
#include "nv_guest.h"
#include "nv_host.h"
#include "runtime/config.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

/* The MANA endpoint's counters, read on its thread (nv_host "x WHAT"). */
static long long mana_query(struct net_endpoint *ep, const char *what)
{
	struct net_mana_stats s;

	if (net_mana_get_stats(ep, &s))
		return -EINVAL;
	if (!strcmp(what, "doorbells"))
		return (long long)s.dev.doorbells;
	if (!strcmp(what, "tx_doorbells"))
		return (long long)s.vport.tx_doorbells;
	if (!strcmp(what, "up"))
		return s.vport_state == MANA_VPORT_UP;
	return -EINVAL;
}

static void *mana_cfg(const char *yaml)
{
	struct rt_cfg *cfg;
	char err[256];
	void *parsed = NULL;

	if (rt_cfg_parse("bench", yaml, strlen(yaml), &cfg, err, sizeof(err)))
		return NULL;
	if (net_mana_kind.parse(cfg, rt_cfg_get(cfg->root, "mana"), &parsed))
		parsed = NULL;
	rt_cfg_free(cfg);
	return parsed;
}

struct env {
	struct host h;
	struct pvg *g;
	struct pvnc *nc;
	void *cfg;
	bool mana;
};

/* endpoint "null"/"loopback", or MANA with the emulator's wire `wire`. */
static int env_up(struct env *e, const char *endpoint, const char *wire)
{
	struct nv_host_opts ho = {.endpoint = endpoint};
	char yaml[96];
	int rc;

	memset(e, 0, sizeof(*e));
	if (wire) {
		snprintf(yaml, sizeof(yaml), "mana: {emulated: {wire: %s}}", wire);
		e->cfg = mana_cfg(yaml);
		if (!e->cfg)
			return -EINVAL;
		e->mana = true;
		ho.endpoint = "mana";
		ho.ep_kind = &net_mana_kind;
		ho.ep_cfg = e->cfg;
		ho.ep_query = mana_query;
	}
	if ((rc = nv_host_start(&e->h, &ho)))
		return rc;
	if (nv_guest_up(&e->h, &e->g, &e->nc))
		return -EIO;
	/* MANA: the vport comes up after the NIC opens (bounded wait). */
	for (int i = 0; e->mana && i < 1000 && host_cmd(&e->h, "x up") != 1; i++)
		usleep(10000);
	if (e->mana && host_cmd(&e->h, "x up") != 1)
		return -ETIMEDOUT;
	return 0;
}

static void env_down(struct env *e)
{
	nv_guest_down(&e->h, e->g, e->nc);
	if (e->cfg)
		net_mana_kind.free_cfg(e->cfg);
}

struct result {
	double fps, ns;   /* frames/s, CPU ns per frame (host + guest) */
	double db, sq_db; /* MANA: doorbells per frame, SQ doorbells per TX frame */
};

/* --json FILE: every row, in bench/run's format, written at the end. */
static FILE *json;
static unsigned json_rows;

static void row(const char *what, uint32_t size, uint64_t n, uint64_t lost, const struct result *r,
		const struct result *base)
{
	if (json) {
		fprintf(json,
			"%s\n  {\"path\": \"%s\", \"bytes\": %u, \"frames\": %llu, "
			"\"frames_per_s\": %.1f, \"cpu_ns\": %.1f, \"base_fps_ratio\": %.3f, "
			"\"base_ns_ratio\": %.3f, \"doorbells\": %.3f, \"sq_doorbells\": %.3f, "
			"\"lost\": %llu}",
			json_rows++ ? "," : "", what, size, (unsigned long long)n, r->fps, r->ns,
			base ? r->fps / base->fps : 1.0, base ? r->ns / base->ns : 1.0, r->db,
			r->sq_db, (unsigned long long)lost);
	}
	printf("%-20s %6u %9llu %12.0f %10.1f", what, size, (unsigned long long)n, r->fps, r->ns);
	if (base)
		printf(" %7.2fx %7.2fx", r->fps / base->fps, r->ns / base->ns);
	else
		printf(" %8s %8s", "1.00x", "1.00x");
	if (r->db >= 0)
		printf(" %8.3f %8.3f", r->db, r->sq_db);
	printf(" %6llu\n", (unsigned long long)lost);
}

static void measure(struct env *e, struct bench_mark m0, long long db0, long long sq0, uint64_t n,
		    struct result *r)
{
	struct bench_mark d = bench_since(m0, host_cmd(&e->h, "cpu"));

	r->fps = (double)n / d.wall_s;
	r->ns = (d.host_us + d.self_us) * 1000.0 / (double)n;
	r->db = r->sq_db = -1;
	if (e->mana) {
		r->db = (double)(host_cmd(&e->h, "x doorbells") - db0) / (double)n;
		r->sq_db = (double)(host_cmd(&e->h, "x tx_doorbells") - sq0) / (double)n;
	}
}

/* Frames to our own MAC, sent only (the wire is null): rc, and r. */
static int tx_only(const char *what, const char *wire, uint32_t size, uint64_t frames,
		   struct result *r, const struct result *base)
{
	struct env e;
	uint8_t f[1514] = {0};
	struct bench_mark m0;
	long long db0 = 0, sq0 = 0, tx;
	int rc = env_up(&e, wire ? NULL : "null", wire);

	if (rc)
		goto out;
	nv_frame_to_self(f, pvnc_mac(e.nc));
	if (e.mana) {
		db0 = host_cmd(&e.h, "x doorbells");
		sq0 = host_cmd(&e.h, "x tx_doorbells");
	}
	m0 = bench_mark(host_cmd(&e.h, "cpu"));
	rc = nv_send_frames(e.nc, f, size, frames);
	/* The endpoint may still be sending what netvsp took: wait (bounded) for all of it. */
	for (int i = 0; i < 1000 && (tx = host_cmd(&e.h, "ep 0 tx_packets")) < (long long)frames;
	     i++)
		usleep(1000);
	measure(&e, m0, db0, sq0, frames, r);
	tx = host_cmd(&e.h, "ep 0 tx_packets");
	row(what, size, frames, frames - (uint64_t)(tx > 0 ? tx : 0), r, base);
out:
	env_down(&e);
	return rc;
}

static int round_trip(const char *what, const char *wire, uint32_t size, uint64_t frames,
		      struct result *r, const struct result *base)
{
	struct env e;
	struct pvnc_workload w = {.count = frames, .size = size, .drain_ms = 10000};
	struct bench_mark m0;
	long long db0 = 0, sq0 = 0;
	int rc = env_up(&e, wire ? NULL : "loopback", wire);

	if (rc)
		goto out;
	if (e.mana) {
		db0 = host_cmd(&e.h, "x doorbells");
		sq0 = host_cmd(&e.h, "x tx_doorbells");
	}
	m0 = bench_mark(host_cmd(&e.h, "cpu"));
	rc = pvnc_workload_run(e.nc, &w);
	measure(&e, m0, db0, sq0, w.received ? w.received : 1, r);
	row(what, size, w.received, w.lost, r, base);
out:
	env_down(&e);
	return rc;
}

int main(int argc, char **argv)
{
	uint64_t n = 200000;
	int rc = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--json") && i + 1 < argc) {
			if (!(json = fopen(argv[++i], "w"))) {
				perror(argv[i]);
				return 1;
			}
		} else {
			n = strtoull(argv[i], NULL, 0);
		}
	}
	if (json)
		fprintf(json, "{\"bench\": \"mana\", \"frames\": %llu, \"rows\": [",
			(unsigned long long)n);
	setenv("PV_LOG", "error", 0);
	printf("%-20s %6s %9s %12s %10s %8s %8s %8s %8s %6s\n", "path", "bytes", "frames",
	       "frames/s", "CPU ns/f", "f/s", "ns/f", "db/f", "sqdb/f", "lost");
	printf("%-20s %6s %9s %12s %10s %17s %17s\n", "", "", "", "", "", "(vs baseline)",
	       "(MANA doorbells)");
	for (uint32_t s = 64; s <= 1500 && !rc; s = s == 64 ? 1500 : 9999) {
		struct result bn, bm, bl, ml;

		rc = tx_only("tx -> null", NULL, s, n, &bn, NULL);
		if (!rc)
			rc = tx_only("tx -> mana (null)", "null", s, n, &bm, &bn);
		if (!rc)
			rc = round_trip("loopback", NULL, s, n, &bl, NULL);
		if (!rc)
			rc = round_trip("mana loopback", "loopback", s, n, &ml, &bl);
	}
	if (json) {
		fprintf(json, "\n]}\n");
		if (fclose(json))
			rc = rc ? rc : -EIO;
	}
	if (rc)
		fprintf(stderr, "bench_mana: %s\n", strerror(rc < 0 ? -rc : rc));
	return rc ? 1 : 0;
}
