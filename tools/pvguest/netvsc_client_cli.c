/* netvsc client: `pvguest ... netvsc [options]` (see pvnc_cli_usage). */
#include "tools/pvguest/netvsc_client_priv.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nvsp_codec.h"
#include "runtime/util.h"
#include "tools/common/pv_cli.h"

/* ---- command line ---- */

void pvnc_cli_usage(FILE *f)
{
	fprintf(f,
		"netvsc options:\n"
		"  --nvsp V          NVSP version to use (1 2 4 5 6 6.1; default: Linux's walk)\n"
		"  --workload N      send N frames to our own MAC and count what comes back\n"
		"  --size B          frame size for the workload (default 64)\n"
		"  --gpa             workload frames as GPA-direct packets\n"
		"  --ping A.B.C.D    ARP + ICMP echo to this address (needs --ip)\n"
		"  --ip A.B.C.D      our IPv4 address for --ping\n"
		"  --count N         echo requests (default 3)\n"
		"  --subchannels N   ask for N subchannels (NVSP >= 5)\n");
}

static int parse_nvsp(const char *s, void *dest)
{
	static const char *const n[] = {"1", "2", "4", "5", "6", "6.1"};
	static const uint32_t val[] = {NVSP_VERSION_V1, NVSP_VERSION_V2, NVSP_VERSION_V4,
				       NVSP_VERSION_V5, NVSP_VERSION_V6, NVSP_VERSION_V61};
	uint32_t *v = dest;

	for (size_t i = 0; i < RT_ARRAY_SIZE(n); i++)
		if (!strcmp(s, n[i])) {
			*v = val[i];
			return 0;
		}
	return -EINVAL;
}

static int parse_ipv4(const char *s, void *dest)
{
	return inet_aton(s, dest) ? 0 : -EINVAL;
}

int pvnc_cli(struct pvg *g, int argc, char **argv)
{
	struct pvnc_opts o = {0};
	struct pvnc_workload w = {.size = 64};
	struct in_addr pa = {0}, ia = {0};
	unsigned count = 3;
	/* The workload checks the frame size itself (pvnc_workload_run). */
	const struct pv_cli_opt opts[] = {
		PV_OPT_CALL("nvsp", 0, parse_nvsp, &o.nvsp_version, "1, 2, 4, 5, 6 or 6.1"),
		PV_OPT_UNSIGNED("workload", 0, &w.count, 0, UINT64_MAX),
		PV_OPT_UNSIGNED("size", 0, &w.size, 0, UINT32_MAX),
		PV_OPT_FLAG("gpa", 0, &w.gpa_direct),
		PV_OPT_CALL("ping", 0, parse_ipv4, &pa, "an IPv4 address A.B.C.D"),
		PV_OPT_CALL("ip", 0, parse_ipv4, &ia, "an IPv4 address A.B.C.D"),
		PV_OPT_UNSIGNED("count", 0, &count, 0, UINT_MAX),
		PV_OPT_UNSIGNED("subchannels", 0, &o.subchannels, 0, UINT16_MAX),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "netvsc", .usage = pvnc_cli_usage, .opts = opts};
	struct pvnc *nc;
	int rc;

	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
	rc = pvnc_open(g, &o, &nc);
	if (rc) {
		fprintf(stderr, "netvsc: bring-up failed: %s\n", strerror(-rc));
		return 1;
	}
	printf("netvsc: NVSP %#x NDIS %u.%u mac %02x:%02x:%02x:%02x:%02x:%02x mtu %u channels %u\n",
	       pvnc_nvsp_version(nc), pvnc_ndis_version(nc) >> 16, pvnc_ndis_version(nc) & 0xffff,
	       nc->mac[0], nc->mac[1], nc->mac[2], nc->mac[3], nc->mac[4], nc->mac[5], nc->mtu,
	       nc->nchan);
	rc = 0;
	if (w.count) {
		uint64_t t0 = now_ns();
		rc = pvnc_workload_run(nc, &w);
		double s = (double)(now_ns() - t0) / 1e9;
		printf("netvsc workload: sent %llu, received %llu, lost %llu (corrupt %llu, "
		       "%.0f frames/s)\n",
		       (unsigned long long)w.sent, (unsigned long long)w.received,
		       (unsigned long long)w.lost, (unsigned long long)w.corrupt,
		       s > 0 ? (double)w.sent / s : 0.0);
		if (rc || w.lost || w.corrupt)
			rc = 1;
	}
	if (pa.s_addr) {
		int n = pvnc_ping(nc, ntohl(ia.s_addr), ntohl(pa.s_addr), count, 2000);
		printf("netvsc ping %s: %d/%u replies\n", inet_ntoa(pa), n < 0 ? 0 : n, count);
		if (n != (int)count)
			rc = 1;
	}
	pvnc_close(nc);
	return rc;
}
