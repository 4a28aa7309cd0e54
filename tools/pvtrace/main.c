/*
 * pvtrace: decode, validate, replay and diff paravisor traces (pcapng of
 * pvtrace records; docs/traces.md). Recording is the paravisor's --trace.
 *
 *   pvtrace decode [--hex] TRACE
 *   pvtrace validate TRACE
 *   pvtrace replay TRACE (--socket PATH | --paravisor BIN [--vm FILE | --config FILE
 *                  --socket PATH]) [--timeout MS] [--verbose]
 *   pvtrace diff A B
 *   pvtrace extcap --extcap-interfaces | --extcap-interface pv-PID ... (Wireshark)
 *
 * Exit codes: 0 fine, 1 violation / mismatch / difference / corrupt trace,
 * 2 usage or environment error.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/pvtrace/pvtrace.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: pvtrace decode [--hex] TRACE\n"
		"       pvtrace validate TRACE\n"
		"       pvtrace replay TRACE (--socket PATH | --paravisor BIN [--vm FILE | "
		"--config FILE --socket PATH])\n"
		"                      [--timeout MS] [--verbose] [--rx-frames compare|skip]\n"
		"         --vm FILE: the paravisor config without its partition section\n"
		"         (default: one echo device)\n"
		"         --rx-frames skip: netvsc frames the guest received are not compared\n"
		"         (recorded against a peer the replay lacks)\n"
		"       pvtrace diff A B\n"
		"       pvtrace extcap --extcap-interfaces | --extcap-interface pv-PID\n"
		"                      (--extcap-dlts | --extcap-config | --capture --fifo PATH\n"
		"                      [--filter SPEC]): Wireshark's external capture of running\n"
		"                      paravisors (installed as pvtrace-extcap)\n"
		"       pvtrace --version\n"
		"Traces come from `paravisor --trace FILE` (live: --trace -, pvctl trace stream);\n"
		"see docs/traces.md.\n");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"hex", no_argument, NULL, 'x'},
		{"socket", required_argument, NULL, 's'},
		{"paravisor", required_argument, NULL, 'p'},
		{"config", required_argument, NULL, 'c'},
		{"vm", required_argument, NULL, 'm'},
		{"timeout", required_argument, NULL, 't'},
		{"verbose", no_argument, NULL, 'v'},
		{"rx-frames", required_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct pvt_replay_opts ro = {0};
	const char *cmd;
	bool hex = false;
	int c;

	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	cmd = argv[1];
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(cmd, "--version")) {
		printf("pvtrace %s\n", PV_VERSION);
		return 0;
	}
	if (!strcmp(cmd, "extcap"))
		return pvt_extcap(argc - 1, argv + 1);
	optind = 2;
	while ((c = getopt_long(argc, argv, "xs:p:c:m:t:vr:h", opts, NULL)) != -1) {
		switch (c) {
		case 'x':
			hex = true;
			break;
		case 's':
			ro.socket = optarg;
			break;
		case 'p':
			ro.paravisor = optarg;
			break;
		case 'c':
			ro.config = optarg;
			break;
		case 'm':
			ro.vm = optarg;
			break;
		case 't':
			ro.timeout_ms = atoi(optarg);
			break;
		case 'v':
			ro.verbose = true;
			break;
		case 'r':
			if (strcmp(optarg, "skip") && strcmp(optarg, "compare")) {
				fprintf(stderr, "pvtrace: --rx-frames takes compare or skip\n");
				return 2;
			}
			ro.skip_rx_frames = !strcmp(optarg, "skip");
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!strcmp(cmd, "decode") && optind + 1 == argc)
		return pvt_cmd_decode(argv[optind], hex, stdout);
	if (!strcmp(cmd, "validate") && optind + 1 == argc)
		return pvt_cmd_validate(argv[optind], stdout);
	if (!strcmp(cmd, "diff") && optind + 2 == argc)
		return pvt_cmd_diff(argv[optind], argv[optind + 1], stdout);
	if (!strcmp(cmd, "replay") && optind + 1 == argc) {
		ro.trace = argv[optind];
		if (ro.config && !ro.socket) {
			fprintf(stderr, "pvtrace: --config needs --socket (the path it names)\n");
			return 2;
		}
		return pvt_cmd_replay(&ro, stdout);
	}
	usage(stderr);
	return 2;
}
