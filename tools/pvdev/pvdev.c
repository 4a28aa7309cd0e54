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

static int usage(void)
{
	fputs(usage_text, stderr);
	return 2;
}

static int num(const char *s, unsigned long lo, unsigned long hi, unsigned long *out)
{
	char *end;

	errno = 0;
	*out = strtoul(s, &end, 0);
	return (errno || !*s || *end || *out < lo || *out > hi) ? -1 : 0;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"nvme", required_argument, NULL, 'n'},
		{"arg", required_argument, NULL, 'a'},
		{"block-size", required_argument, NULL, 'b'},
		{"mdts", required_argument, NULL, 'm'},
		{"queues", required_argument, NULL, 'q'},
		{"no-sgl", no_argument, NULL, 'S'},
		{"name", required_argument, NULL, 'N'},
		{"log-level", required_argument, NULL, 'l'},
		{"sock", required_argument, NULL, 's'},
		{"fault", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	struct nvme_emu_opts eo = {.name = "nvme-emu", .mdts = 7, .max_ioqpairs = 64, .sgl = true};
	struct nvme_emu_fault faults[NVME_EMU_MAX_FAULTS];
	unsigned long v, sock = 0;
	struct rt_log log;
	struct pcidev *emu;
	struct pvdev *s;
	struct stat st;
	int c, rc;

	rt_log_init(&log);
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			eo.backend = optarg;
			break;
		case 'a':
			eo.arg = optarg;
			break;
		case 'b':
			if (num(optarg, 512, 4096, &v) || (v != 512 && v != 4096))
				return usage();
			eo.disk_flags = v == 4096 ? DISK_OPEN_4K : 0;
			break;
		case 'm':
			if (num(optarg, 1, 9, &v))
				return usage();
			eo.mdts = (uint8_t)v;
			break;
		case 'q':
			if (num(optarg, 1, 64, &v))
				return usage();
			eo.max_ioqpairs = (uint16_t)v;
			break;
		case 'S':
			eo.sgl = false;
			break;
		case 'N':
			eo.name = optarg;
			break;
		case 'l': {
			enum rt_log_level lvl;

			if (rt_log_level_parse(optarg, &lvl))
				return usage();
			rt_log_set_level(&log, lvl);
			break;
		}
		case 's':
			if (num(optarg, 3, 1048575, &sock))
				return usage();
			break;
		case 'f': {
			struct nvme_emu_fault *f = &faults[eo.nfaults];
			long q, op, act, sts, dnr, skip, cnt, dly;

			if (eo.nfaults == NVME_EMU_MAX_FAULTS ||
			    sscanf(optarg, "%ld:%ld:%ld:%ld:%ld:%ld:%ld:%ld", &q, &op, &act, &sts,
				   &dnr, &skip, &cnt, &dly) != 8 ||
			    q < 0 || q > NVME_EMU_FQ_IO || op < -1 || op > 255 || act < 0 ||
			    act >= NVME_EMU_FAULT_COUNT || sts < 0 || sts > 0xFFFF || skip < 0 ||
			    cnt < 0 || dly < 0 || dly > 600000)
				return usage();
			*f = (struct nvme_emu_fault){.queue = (uint8_t)q,
						     .opcode = (int16_t)op,
						     .action = (uint8_t)act,
						     .status = (uint16_t)sts,
						     .dnr = dnr != 0,
						     .skip = (uint32_t)skip,
						     .count = (uint32_t)cnt,
						     .delay_ms = (uint32_t)dly};
			eo.nfaults++;
			eo.faults = faults;
			break;
		}
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'V':
			printf("pvdev %s\n", PV_VERSION);
			return 0;
		default:
			return usage();
		}
	}
	if (optind != argc || !eo.backend || !eo.arg || !sock)
		return usage();
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
