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
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/common/pv_cli.h"
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

static int parse_rx_frames(const char *arg, void *dest)
{
	bool *skip = dest;

	if (strcmp(arg, "skip") && strcmp(arg, "compare"))
		return -EINVAL;
	*skip = !strcmp(arg, "skip");
	return 0;
}

int main(int argc, char **argv)
{
	struct pvt_replay_opts ro = {0};
	bool hex = false;
	const struct pv_cli_opt opts[] = {
		PV_OPT_FLAG("hex", 'x', &hex),
		PV_OPT_STR("socket", 's', &ro.socket),
		PV_OPT_STR("paravisor", 'p', &ro.paravisor),
		PV_OPT_STR("config", 'c', &ro.config),
		PV_OPT_STR("vm", 'm', &ro.vm),
		PV_OPT_SIGNED("timeout", 't', &ro.timeout_ms, 0, INT_MAX),
		PV_OPT_FLAG("verbose", 'v', &ro.verbose),
		PV_OPT_CALL("rx-frames", 'r', parse_rx_frames, &ro.skip_rx_frames,
			    "compare or skip"),
		PV_OPT_HELP('h'),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "pvtrace", .usage = usage, .opts = opts};
	const char *cmd;
	int rc;

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
	/* The command's options and operands: argv[1] is the command, as argv[0] is for the program. */
	argc--;
	argv++;
	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
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
