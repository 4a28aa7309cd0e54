/*
 * pvguest: a user-mode VMBus guest for the sim partition.
 *
 *   pvguest --socket PATH [--vmbus-version X.Y] [--first-version X.Y] [--list]
 *           [--echo-test N] [--size BYTES] [--verbose] [--trace FILE]
 *
 * Connects, negotiates (Linux's order, or the forced version), requests
 * offers; --list prints them; --echo-test N opens the first echo channel and
 * exchanges N packets (half with completions requested), checking every
 * payload; then closes, unloads and exits 0 on success.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/config.h"
#include "runtime/trace.h"
#include "runtime/vmbus/vmbus_echo.h"
#include "runtime/vmbus/vmbus_server.h"
#include "tools/common/pv_cli.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/pv_hostile.h"
#include "tools/pvguest/storvsc_client.h"
#ifdef PV_HAVE_NETVSC
#include "tools/pvguest/netvsc_client.h"
#endif

static void usage(FILE *f)
{
	fprintf(f,
		"usage: pvguest --socket PATH [--vmbus-version X.Y] [--first-version X.Y] "
		"[--list]\n"
		"               [--echo-test N] [--size BYTES] [--ring-pages N] [--hostile N]\n"
		"               [--verbose] [--trace FILE] [--hostile-case NAME|list]\n"
		"               [storvsc [storvsc options] | netvsc [netvsc options]]\n"
		"A user-mode VMBus guest for the paravisor's sim partition: negotiates VMBus,\n"
		"lists offers, and drives the echo, storvsc and netvsc devices.\n"
		"  --vmbus-version X.Y  the only VMBus version to ask for (--version X.Y too)\n"
		"  --first-version X.Y  ask for X.Y first, then fall back\n"
		"  --net-traffic SIZE   with storvsc: netvsc loopback frames of SIZE bytes beside\n"
		"                       its workload; each must come back once, intact\n"
		"  --hostile N          N random control messages first\n"
		"  --hostile-case NAME  leave the paravisor in a hostile case's state\n"
		"                       (rings never read, floods, closes at the worst\n"
		"                       moment...; `list` names them), then check that it\n"
		"                       still serves; exit 0 if it does\n"
		"  --help, --version    this text; the program's version\n");
	pvsc_cli_usage(f);
#ifdef PV_HAVE_NETVSC
	pvnc_cli_usage(f);
#endif
}

#ifdef PV_HAVE_NETVSC
static int traffic_tick(void *ctx)
{
	void **p = ctx;

	return pvnc_traffic_tick(p[0], p[1]);
}
#endif

/*
 * `--net-traffic SIZE storvsc ...`: netvsc loopback traffic of SIZE-byte
 * frames beside the storvsc workload, on the same guest; every frame must
 * come back once, intact.
 */
static int storvsc_with_net(struct pvg *g, uint32_t size, int argc, char **argv)
{
#ifdef PV_HAVE_NETVSC
	struct pvnc_opts o = {.subchannels = 1};
	struct pvnc_traffic t = {.size = size, .burst = 8};
	void *ctx[2] = {NULL, &t};
	struct pvnc *nc;
	int rc = pvnc_open(g, &o, &nc);

	if (rc) {
		fprintf(stderr, "netvsc: bring-up failed: %s\n", strerror(-rc));
		return 1;
	}
	ctx[0] = nc;
	pvsc_cli_set_tick(traffic_tick, ctx);
	rc = pvsc_cli(g, argc, argv);
	pvsc_cli_set_tick(NULL, NULL);
	if (pvnc_traffic_finish(nc, &t, 5000))
		rc = 1;
	printf("netvsc traffic: sent %llu, received %llu, duplicated %llu, corrupt %llu, lost "
	       "%llu\n",
	       (unsigned long long)t.sent, (unsigned long long)t.received,
	       (unsigned long long)t.duplicated, (unsigned long long)t.corrupt,
	       (unsigned long long)t.lost);
	if (!t.sent || t.duplicated || t.corrupt || t.lost)
		rc = 1;
	pvnc_close(nc);
	return rc;
#else
	(void)g;
	(void)size;
	(void)argc;
	(void)argv;
	fprintf(stderr, "pvguest: built without the netvsc client\n");
	return 1;
#endif
}

/* `netvsc [options]`: the netvsc client, when built (it needs the RNDIS codec). */
static int netvsc_mode(struct pvg *g, int argc, char **argv)
{
#ifdef PV_HAVE_NETVSC
	return pvnc_cli(g, argc, argv);
#else
	(void)g;
	(void)argc;
	(void)argv;
	fprintf(stderr, "pvguest: built without the netvsc client\n");
	return 1;
#endif
}

static int parse_version(const char *s, void *dest)
{
	return vmbus_version_parse(s, dest);
}

static int echo_test(struct pvg *g, unsigned n, size_t size, uint32_t ring_pages)
{
	const struct pvg_offer *off = pvg_find_offer(g, vmbus_class_echo.guid, 0);
	struct pvg_open_opts oo = {.ring_pages = ring_pages};
	struct pvg_chan *c;
	uint8_t *tx, *rx;
	uint32_t status = 0;
	struct timespec t0, t1;
	int rc;

	if (!off) {
		fprintf(stderr, "pvguest: no echo device offered\n");
		return -ENODEV;
	}
	rc = pvg_chan_open(g, off->relid, &oo, &c, &status);
	if (rc) {
		fprintf(stderr, "pvguest: open relid %u: %s (status 0x%x)\n", off->relid,
			strerror(-rc), status);
		return rc;
	}
	size = (size + 7) & ~(size_t)7;
	tx = malloc(size ? size : 8);
	rx = malloc(size ? size : 8);
	if (!tx || !rx) {
		rc = -ENOMEM;
		goto out;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (unsigned i = 0; i < n; i++) {
		struct pvg_pkt p;
		bool comp = i & 1;
		for (size_t j = 0; j < size; j++)
			tx[j] = (uint8_t)(i * 31 + j);
		rc = pvg_chan_send(c, 6, comp ? 1 : 0, 1000 + i, tx, size);
		if (rc) {
			fprintf(stderr, "pvguest: send %u: %s\n", i, strerror(-rc));
			goto out;
		}
		rc = pvg_chan_recv(c, &p, rx, size, 5000);
		if (rc) {
			fprintf(stderr, "pvguest: receive %u: %s\n", i, strerror(-rc));
			goto out;
		}
		if (p.trans_id != 1000 + i || p.type != (comp ? 0xB : 6) || p.len != size ||
		    memcmp(rx, tx, size)) {
			fprintf(stderr,
				"pvguest: packet %u came back wrong (type %u id %llu len %u)\n", i,
				p.type, (unsigned long long)p.trans_id, p.len);
			rc = -EBADMSG;
			goto out;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("echo: %u packets of %zu bytes OK (%.0f round trips/s)\n", n, size,
	       s > 0 ? n / s : 0.0);
out:
	free(tx);
	free(rx);
	int crc = pvg_chan_close(c);
	if (!rc && crc) {
		fprintf(stderr, "pvguest: close: %s\n", strerror(-crc));
		rc = crc;
	}
	return rc;
}

/* --hostile-case: one case of pv_hostile.h against the paravisor on `socket`. */
static int hostile_case(const char *socket, const char *name, bool verbose)
{
	const struct pvh_case *c;
	struct pvh h = {.socket = socket, .verbose = verbose};
	double ms = 0;
	int rc;

	if (!strcmp(name, "list")) {
		for (size_t i = 0; (c = pvh_case_at(i)); i++)
			printf("%-30s %-8s %s%s\n", c->name, c->family, c->what,
			       c->slow_device ? " (needs a slow device)" : "");
		return 0;
	}
	c = pvh_case_find(name);
	if (!c) {
		fprintf(stderr, "pvguest: no hostile case '%s' (--hostile-case list)\n", name);
		return 2;
	}
	rc = pvh_run(&h, c);
	if (rc) {
		fprintf(stderr, "pvguest: %s: %s\n", name, h.err);
		pvh_cleanup(&h);
		return 1;
	}
	printf("hostile %s: %s\n", name, h.did);
	rc = pvh_responsive(&h, c, &ms);
	if (rc)
		fprintf(stderr, "pvguest: %s: the paravisor does not serve: %s\n", name, h.err);
	else
		printf("hostile %s: still served (%.0f ms)%s\n", name, ms,
		       pvh_canary_ok(&h) ? "" : "; CANARY PAGES WRITTEN");
	if (!rc && !pvh_canary_ok(&h))
		rc = -EIO;
	pvh_cleanup(&h);
	return rc ? 1 : 0;
}

/*
 * Posts n random control messages (random type and length, random bytes) on
 * the message connection; the host must keep serving (checked by the echo
 * test that usually follows). Seeded from PVGUEST_SEED for reproducibility.
 */
static int hostile_messages(struct pvg *g, unsigned long n)
{
	const char *seed = getenv("PVGUEST_SEED");
	unsigned int st = seed ? (unsigned int)strtoul(seed, NULL, 0) : (unsigned int)time(NULL);
	uint8_t buf[240];

	printf("hostile: %lu random control messages (PVGUEST_SEED=%u)\n", n, st);
	for (unsigned long i = 0; i < n; i++) {
		size_t len = (size_t)rand_r(&st) % (sizeof(buf) + 1);
		enum rt_hv_status hs;
		for (size_t j = 0; j < len; j++)
			buf[j] = (uint8_t)rand_r(&st);
		/* Mostly real message types, so the handlers are reached. */
		if (len >= 4 && rand_r(&st) % 4) {
			uint32_t t = (uint32_t)rand_r(&st) % 30;
			/* Not UNLOAD or INITIATE_CONTACT: they would end this session. */
			if (t == 14 || t == 16)
				t = 3;
			memcpy(buf, &t, 4);
		}
		int rc = pvg_post_raw(g, 0, buf, len, &hs);
		if (rc) {
			fprintf(stderr, "pvguest: hostile post %lu: %s\n", i, strerror(-rc));
			return rc;
		}
		if (hs != RT_HV_STATUS_SUCCESS)
			fprintf(stderr, "pvguest: hostile post %lu: hypercall status %d\n", i, hs);
		pvg_poll(g, 0);
	}
	/* Forget what the host answered to the noise. */
	pvg_poll(g, 50);
	while (pvg_wait_msg(g, 0, NULL, 0) == 0)
		;
	return 0;
}

int main(int argc, char **argv)
{
	struct pvg_opts o = {.socket = "/tmp/paravisor.sock"};
	bool list = false;
	long echo = -1, size = 64, ring_pages = 32, hostile = 0, net_traffic = 0;
	const char *trace = NULL, *hcase = NULL;
	const struct pv_cli_opt opts[] = {
		PV_OPT_STR("socket", 's', &o.socket),
		PV_OPT_CALL("vmbus-version", 'v', parse_version, &o.force_version, "MAJOR.MINOR"),
		PV_OPT_CALL("first-version", 'f', parse_version, &o.first_version, "MAJOR.MINOR"),
		PV_OPT_FLAG("list", 'l', &list),
		PV_OPT_SIGNED("echo-test", 'e', &echo, 0, UINT32_MAX),
		PV_OPT_SIGNED("size", 'z', &size, 0, 16384),
		PV_OPT_SIGNED("ring-pages", 'r', &ring_pages, 2, 4096),
		PV_OPT_FLAG("verbose", 'V', &o.verbose),
		PV_OPT_SIGNED("hostile", 'H', &hostile, 0, LONG_MAX),
		PV_OPT_STR("hostile-case", 0, &hcase),
		PV_OPT_STR("trace", 'T', &trace),
		PV_OPT_SIGNED("net-traffic", 'N', &net_traffic, 22, 1514),
		PV_OPT_HELP('h'),
		PV_OPT_END,
	};
	/* Options up to the subcommand (storvsc, netvsc), which has its own. */
	const struct pv_cli cli = {
		.prog = "pvguest", .usage = usage, .opts = opts, .in_order = true};
	struct pvg *g;
	char err[256] = "";
	int rc;

	/* `--version X.Y` was the VMBus version before `--version` meant the
	 * program's: followed by a version number it still does. */
	for (int i = 1; i < argc; i++) {
		unsigned maj, min;
		char tail;
		if (strcmp(argv[i], "--version"))
			continue;
		if (i + 1 < argc && sscanf(argv[i + 1], "%u.%u%c", &maj, &min, &tail) == 2) {
			argv[i] = (char *)"--vmbus-version";
			continue;
		}
		printf("pvguest %s\n", PV_VERSION);
		return 0;
	}
	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
	if ((optind != argc && strcmp(argv[optind], "storvsc") && strcmp(argv[optind], "netvsc")) ||
	    (net_traffic && (optind == argc || strcmp(argv[optind], "storvsc")))) {
		usage(stderr);
		return 2;
	}
	if (hcase)
		return hostile_case(o.socket, hcase, o.verbose);
	/* The guest's view of the session (docs/traces.md). */
	if (trace && (rc = rt_trace_open(trace, NULL, &o.trace))) {
		fprintf(stderr, "pvguest: --trace %s: %s\n", trace, strerror(-rc));
		return 1;
	}
	rc = pvg_connect(&o, &g, err, sizeof(err));
	if (rc) {
		fprintf(stderr, "pvguest: connect %s: %s %s\n", o.socket, strerror(-rc), err);
		rt_trace_close(o.trace);
		return 1;
	}
	rc = pvg_negotiate(g);
	if (rc) {
		fprintf(stderr, "pvguest: negotiation failed: %s\n", strerror(-rc));
		goto out;
	}
	printf("negotiated VMBus %u.%u (msg_conn_id %u)\n", pvg_version(g) >> 16,
	       pvg_version(g) & 0xFFFF, pvg_msg_conn_id(g));
	rc = pvg_request_offers(g);
	if (rc) {
		fprintf(stderr, "pvguest: offers: %s\n", strerror(-rc));
		goto out;
	}
	if (list) {
		for (size_t i = 0; i < pvg_offer_count(g); i++) {
			const struct pvg_offer *of = pvg_offer_at(g, i);
			char t[37], in[37];
			rt_guid_format(of->if_type, t);
			rt_guid_format(of->if_instance, in);
			printf("relid %u class %s instance %s sub %u conn %u%s\n", of->relid, t, in,
			       of->sub_index, of->conn_id, of->rescinded ? " (rescinded)" : "");
		}
	}
	if (hostile > 0) {
		rc = hostile_messages(g, (unsigned long)hostile);
		if (rc)
			goto out;
	}
	if (echo >= 0) {
		rc = echo_test(g, (unsigned)echo, (size_t)size, (uint32_t)ring_pages);
		if (rc)
			goto out;
	}
	if (optind < argc) {
		if (!strcmp(argv[optind], "netvsc"))
			rc = netvsc_mode(g, argc - optind, argv + optind) ? -EIO : 0;
		else if (net_traffic)
			rc = storvsc_with_net(g, (uint32_t)net_traffic, argc - optind,
					      argv + optind)
				     ? -EIO
				     : 0;
		else
			rc = pvsc_cli(g, argc - optind, argv + optind) ? -EIO : 0;
		if (rc)
			goto out;
	}
	rc = pvg_unload(g);
	if (rc)
		fprintf(stderr, "pvguest: unload: %s\n", strerror(-rc));
out:
	pvg_close(g);
	rt_trace_close(o.trace);
	return rc ? 1 : 0;
}
