/* netvsc client: `pvguest ... netvsc [options]` (see pvnc_cli_usage). */
#include "tools/pvguest/netvsc_client_priv.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nvsp_codec.h"
#include "runtime/util.h"

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

static int parse_nvsp(const char *s, uint32_t *v)
{
	static const char *const n[] = {"1", "2", "4", "5", "6", "6.1"};
	static const uint32_t val[] = {NVSP_VERSION_V1, NVSP_VERSION_V2, NVSP_VERSION_V4,
				       NVSP_VERSION_V5, NVSP_VERSION_V6, NVSP_VERSION_V61};

	for (size_t i = 0; i < RT_ARRAY_SIZE(n); i++)
		if (!strcmp(s, n[i])) {
			*v = val[i];
			return 0;
		}
	return -EINVAL;
}

int pvnc_cli(struct pvg *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{"nvsp", 1, NULL, 'n'},  {"workload", 1, NULL, 'w'},    {"size", 1, NULL, 's'},
		{"gpa", 0, NULL, 'g'},   {"ping", 1, NULL, 'p'},        {"ip", 1, NULL, 'i'},
		{"count", 1, NULL, 'c'}, {"subchannels", 1, NULL, 'S'}, {NULL, 0, NULL, 0}};
	struct pvnc_opts o = {0};
	struct pvnc_workload w = {.size = 64};
	struct in_addr pa = {0}, ia = {0};
	unsigned count = 3;
	struct pvnc *nc;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			if (parse_nvsp(optarg, &o.nvsp_version))
				goto usage;
			break;
		case 'w':
			w.count = strtoull(optarg, NULL, 0);
			break;
		case 's':
			w.size = (uint32_t)strtoul(optarg, NULL, 0);
			break;
		case 'g':
			w.gpa_direct = true;
			break;
		case 'p':
			if (!inet_aton(optarg, &pa))
				goto usage;
			break;
		case 'i':
			if (!inet_aton(optarg, &ia))
				goto usage;
			break;
		case 'c':
			count = (unsigned)strtoul(optarg, NULL, 0);
			break;
		case 'S':
			o.subchannels = (uint16_t)strtoul(optarg, NULL, 0);
			break;
		default:
			goto usage;
		}
	}
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
usage:
	pvnc_cli_usage(stderr);
	return 2;
}
