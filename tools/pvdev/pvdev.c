/*
 * pvdev: a device process (see pvdev.h). The paravisor starts it for an
 * NVMe LUN configured `emulated: {..., process: true}` (drivers/nvme/
 * disk_nvme.c through pci_sock_spawn), with one end of a socketpair as
 * descriptor 3:
 *
 *   pvdev --nvme file|memory|null --arg PATH_OR_SIZE [--block-size 512|4096]
 *         [--mdts N] [--queues N] [--no-sgl] [--name NAME] [--log-level L]
 *         --sock FD
 *
 * It hosts devices/nvme on that medium and serves it on the socket until
 * the other end closes (the paravisor's every copy of it: a live update
 * keeps the socket open across its exec, so the controller, its queues and
 * the commands it holds live on). Its log goes to stderr, which it shares
 * with the paravisor. Exit 0 when the socket closed, 1 on an error, 2 on
 * bad arguments.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "devices/disk/disk.h"
#include "devices/nvme/nvme_emu.h"
#include "runtime/log.h"
#include "tools/common/pv_cli.h"
#include "tools/pvdev/pvdev.h"

static const char usage_text[] =
	"usage: pvdev --nvme file|memory|null --arg PATH_OR_SIZE [--block-size 512|4096]\n"
	"             [--mdts N] [--queues N] [--no-sgl] [--name NAME] [--log-level L]\n"
	"             --sock FD\n"
	"\n"
	"A device process: hosts the NVMe emulator on the medium and serves it on the\n"
	"socket FD (AF_UNIX SOCK_SEQPACKET, spec/pcisock.yaml) until the other end\n"
	"closes. The paravisor starts it for a LUN `emulated: {..., process: true}`.\n"
	"\n"
	"  --nvme KIND     the namespace's medium: file, memory or null\n"
	"  --arg X         its path (file) or size (memory, null: 64M, 1G)\n"
	"  --block-size N  512 (default) or 4096\n"
	"  --mdts N        max transfer 2^N pages (1-9, default 7)\n"
	"  --queues N      I/O queue pairs offered (1-64, default 64)\n"
	"  --no-sgl        do not offer SGLs\n"
	"  --name NAME     for its log lines (default nvme-emu)\n"
	"  --log-level L   error, warn, info (default; or PV_LOG), debug\n"
	"  --fault Q:OP:ACTION:STATUS:DNR:SKIP:COUNT:DELAY_MS\n"
	"                  an injected fault rule (struct nvme_emu_fault's fields as\n"
	"                  numbers; OP -1: any opcode; devices/nvme/README.md), repeatable\n"
	"  --sock FD       the socket to serve\n"
	"  --help, --version\n";

static void usage(FILE *f)
{
	fputs(usage_text, f);
}

static int parse_block_size(const char *arg, void *dest)
{
	uint32_t *flags = dest;

	if (strcmp(arg, "512") && strcmp(arg, "4096"))
		return -EINVAL;
	*flags = !strcmp(arg, "4096") ? DISK_OPEN_4K : 0;
	return 0;
}

/* --fault: the rules go into `faults`, which eo->faults points to. */
struct fault_list {
	struct nvme_emu_opts *eo;
	struct nvme_emu_fault faults[NVME_EMU_MAX_FAULTS];
};

static int parse_fault(const char *arg, void *dest)
{
	struct fault_list *fl = dest;
	long q, op, act, sts, dnr, skip, cnt, dly;

	if (fl->eo->nfaults == NVME_EMU_MAX_FAULTS ||
	    sscanf(arg, "%ld:%ld:%ld:%ld:%ld:%ld:%ld:%ld", &q, &op, &act, &sts, &dnr, &skip, &cnt,
		   &dly) != 8 ||
	    q < 0 || q > NVME_EMU_FQ_IO || op < -1 || op > 255 || act < 0 ||
	    act >= NVME_EMU_FAULT_COUNT || sts < 0 || sts > 0xFFFF || skip < 0 || cnt < 0 ||
	    dly < 0 || dly > 600000)
		return -EINVAL;
	fl->faults[fl->eo->nfaults++] = (struct nvme_emu_fault){.queue = (uint8_t)q,
								.opcode = (int16_t)op,
								.action = (uint8_t)act,
								.status = (uint16_t)sts,
								.dnr = dnr != 0,
								.skip = (uint32_t)skip,
								.count = (uint32_t)cnt,
								.delay_ms = (uint32_t)dly};
	fl->eo->faults = fl->faults;
	return 0;
}

int main(int argc, char **argv)
{
	struct nvme_emu_opts eo = {.name = "nvme-emu", .mdts = 7, .max_ioqpairs = 64};
	struct fault_list fl = {.eo = &eo};
	unsigned long sock = 0;
	const char *level = NULL;
	bool no_sgl = false;
	const struct pv_cli_opt opts[] = {
		PV_OPT_STR("nvme", 0, &eo.backend),
		PV_OPT_STR("arg", 0, &eo.arg),
		PV_OPT_CALL("block-size", 0, parse_block_size, &eo.disk_flags, "512 or 4096"),
		PV_OPT_UNSIGNED("mdts", 0, &eo.mdts, 1, 9),
		PV_OPT_UNSIGNED("queues", 0, &eo.max_ioqpairs, 1, 64),
		PV_OPT_FLAG("no-sgl", 0, &no_sgl),
		PV_OPT_STR("name", 0, &eo.name),
		PV_OPT_STR("log-level", 0, &level),
		PV_OPT_UNSIGNED("sock", 0, &sock, 3, 1048575),
		PV_OPT_CALL("fault", 0, parse_fault, &fl,
			    "Q:OP:ACTION:STATUS:DNR:SKIP:COUNT:DELAY_MS"),
		PV_OPT_HELP(0),
		PV_OPT_VERSION(0),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "pvdev", .usage = usage, .opts = opts};
	enum rt_log_level lvl;
	struct rt_log log;
	struct pcidev *emu;
	struct pvdev *s;
	struct stat st;
	int rc;

	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
	if (optind != argc || !eo.backend || !eo.arg || !sock ||
	    (level && rt_log_level_parse(level, &lvl))) {
		usage(stderr);
		return 2;
	}
	eo.sgl = !no_sgl;
	rt_log_init(&log);
	if (level)
		rt_log_set_level(&log, lvl);
	if (fstat((int)sock, &st) < 0 || !S_ISSOCK(st.st_mode)) {
		fprintf(stderr, "pvdev: descriptor %lu is not a socket\n", sock);
		return 2;
	}
	/* A driver gone mid-reply is an ordinary end, not a signal. */
	signal(SIGPIPE, SIG_IGN);
	eo.log = &log;
	rc = nvme_emu_create(&eo, &emu);
	if (rc) {
		fprintf(stderr, "pvdev: NVMe controller on %s %s: %s\n", eo.backend, eo.arg,
			strerror(-rc));
		return 1;
	}
	rc = pvdev_create(emu, &log, &s);
	if (rc) {
		fprintf(stderr, "pvdev: %s\n", strerror(-rc));
		return 1;
	}
	rc = pvdev_serve(s, (int)sock);
	pvdev_destroy(s);
	rt_log_fini(&log);
	if (rc) {
		fprintf(stderr, "pvdev: socket: %s\n", strerror(-rc));
		return 1;
	}
	return 0;
}
