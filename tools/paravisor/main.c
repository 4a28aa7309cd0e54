/*
 * paravisor: reads the configuration, builds the partition, the VMBus server
 * and the devices, runs until SIGINT/SIGTERM (or the kvm guest stops), then
 * closes channels, unmaps and exits 0.
 *
 *   paravisor [--config vm.yaml] [--check] [--log-level L]
 *             [--trace FILE.pcapng [--trace-filter SPEC]]
 *
 * Without --config an embedded default runs: the sim partition on
 * /tmp/paravisor.sock with one echo device.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/config.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition.h"
#include "runtime/partition_sim.h"
#include "runtime/trace.h"
#include "runtime/vmbus/vmbus_server.h"
#include "tools/paravisor/pv_devices.h"
#ifdef PV_HAVE_KVM
#include "runtime/kvm/kvm_partition.h"
#endif

static const char default_config[] = "# embedded default\n"
				     "partition:\n"
				     "  kind: sim\n"
				     "  socket: /tmp/paravisor.sock\n"
				     "  memory: 256M\n"
				     "  vcpus: 2\n"
				     "devices:\n"
				     "  - kind: echo\n";

struct pv_dev {
	const struct vmbus_dev_kind *kind;
	void *obj;
};

struct paravisor {
	struct rt_log log;
	struct rt_log_obj lo;
	struct ev_loop *loop;
	struct rt_cfg *cfg;
	struct rt_partition *part;
	struct vmbus_server *vmbus;
	struct rt_trace *trace;
	struct pv_dev *devs;
	unsigned ndevs;
	ev_signal sigint, sigterm;
	int exit_code;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: paravisor [--config FILE] [--check] [--log-level error|warn|info|debug]\n"
		"  --config FILE  YAML configuration (default: embedded sim + echo device)\n"
		"  --check        parse and validate the configuration, then exit\n"
		"  --trace FILE   record every VMBus message and ring packet (pcapng, "
		"docs/traces.md)\n"
		"  --trace-filter relid=N,class=GUID|storvsc|netvsc,proto=NAME,snap=BYTES\n"
		"device kinds:\n");
	for (const struct vmbus_dev_kind *const *k = pv_device_kinds(); *k; k++)
		fprintf(f, "  %-8s %s\n", (*k)->kind, (*k)->doc);
}

static void on_signal(struct ev_loop *loop, ev_signal *w, int revents)
{
	struct paravisor *pv = w->data;

	rt_log_info(&pv->lo, "signal %d: stopping", w->signum);
	ev_break(loop, EVBREAK_ALL);
}

#ifdef PV_HAVE_KVM
static void on_kvm_exit(void *ctx, enum rt_kvm_exit_reason reason)
{
	struct paravisor *pv = ctx;

	rt_log_info(&pv->lo, "guest stopped: %s", rt_kvm_exit_reason_name(reason));
	if (reason == RT_KVM_EXIT_ERROR || reason == RT_KVM_EXIT_TRIPLE_FAULT)
		pv->exit_code = 1;
	ev_break(pv->loop, EVBREAK_ALL);
}
#endif

/* Checks the top level keys and the log section. */
static int cfg_top(struct paravisor *pv)
{
	static const char *const top[] = {"partition", "vmbus", "devices", "log", NULL};
	static const char *const logkeys[] = {"level", NULL};
	static const char *const levels[] = {"error", "warn", "info", "debug", NULL};
	const struct rt_cfg_node *logn;
	int rc, lvl;

	if ((rc = rt_cfg_check_keys(pv->cfg, pv->cfg->root, top)))
		return rc;
	logn = rt_cfg_get(pv->cfg->root, "log");
	if (logn) {
		if ((rc = rt_cfg_check_keys(pv->cfg, logn, logkeys)))
			return rc;
		if ((rc = rt_cfg_choice(pv->cfg, logn, "level", false, levels, -1, &lvl)))
			return rc;
		if (lvl >= 0)
			rt_log_set_level(&pv->log, (enum rt_log_level)lvl);
	}
	return 0;
}

static int make_partition(struct paravisor *pv, bool check_only)
{
	static const char *const kinds[] = {"sim", "kvm", NULL};
	static const char *const simkeys[] = {"kind", "socket", "memory", "vcpus", NULL};
	static const char *const kvmkeys[] = {"kind",      "kernel", "initrd",     "cmdline",
					      "memory",    "vcpus",  "serial_log", "console",
					      "on_reboot", NULL};
	static const char *const on_reboot[] = {"restart", "stop", NULL};
	struct rt_cfg *cfg = pv->cfg;
	const struct rt_cfg_node *n = rt_cfg_get(cfg->root, "partition");
	uint64_t mem, vcpus;
	int kind, rc;

	if (!n)
		return rt_cfg_error(cfg, cfg->root, "missing key 'partition'");
	if ((rc = rt_cfg_choice(cfg, n, "kind", true, kinds, 0, &kind)))
		return rc;
	if (kind == 0) {
		const char *sock;
		if ((rc = rt_cfg_check_keys(cfg, n, simkeys)) ||
		    (rc = rt_cfg_str(cfg, n, "socket", false, "/tmp/paravisor.sock", &sock)) ||
		    (rc = rt_cfg_size(cfg, n, "memory", false, 256ull << 20, 1ull << 20,
				      64ull << 30, &mem)) ||
		    (rc = rt_cfg_u64(cfg, n, "vcpus", false, 2, 1, 64, &vcpus)))
			return rc;
		if (mem % 4096)
			return rt_cfg_error(cfg, rt_cfg_get(n, "memory"),
					    "'memory' must be a multiple of 4 KiB");
		if (check_only)
			return 0;
		rc = rt_partition_sim_create(pv->loop, sock, mem, (uint32_t)vcpus, &pv->part);
		if (rc) {
			rt_log_err(&pv->lo, "sim partition on %s: %s", sock, strerror(-rc));
			return rc;
		}
		rt_partition_sim_set_log(pv->part, &pv->log);
		rt_log_info(&pv->lo, "sim partition: socket %s, %llu MiB, %llu vcpus", sock,
			    (unsigned long long)(mem >> 20), (unsigned long long)vcpus);
		return 0;
	}
	if ((rc = rt_cfg_check_keys(cfg, n, kvmkeys)))
		return rc;
#ifdef PV_HAVE_KVM
	struct rt_kvm_config kc = {0};
	uint64_t v;
	bool echo;
	int reboot;
	if ((rc = rt_cfg_str(cfg, n, "kernel", true, NULL, &kc.kernel_path)) ||
	    (rc = rt_cfg_str(cfg, n, "initrd", false, NULL, &kc.initrd_path)) ||
	    (rc = rt_cfg_str(cfg, n, "cmdline", false, "console=ttyS0", &kc.cmdline)) ||
	    (rc = rt_cfg_str(cfg, n, "serial_log", false, NULL, &kc.serial_log_path)) ||
	    (rc = rt_cfg_size(cfg, n, "memory", false, 512ull << 20, 64ull << 20, 3ull << 30,
			      &kc.mem_bytes)) ||
	    (rc = rt_cfg_u64(cfg, n, "vcpus", false, 1, 1, RT_KVM_MAX_VCPUS, &v)) ||
	    (rc = rt_cfg_bool(cfg, n, "console", true, &echo)) ||
	    (rc = rt_cfg_choice(cfg, n, "on_reboot", false, on_reboot, 0, &reboot)))
		return rc;
	/* restart: a guest reboot resets the VM in place and cb.on_reset clears the session. */
	kc.on_reboot = reboot == 1 ? RT_KVM_REBOOT_STOP : RT_KVM_REBOOT_RESTART;
	kc.vcpus = (uint32_t)v;
	kc.console_echo = echo;
	kc.on_exit = on_kvm_exit;
	kc.exit_ctx = pv;
	if (check_only)
		return 0;
	rc = rt_partition_kvm_create(pv->loop, &kc, &pv->part);
	if (rc)
		rt_log_err(&pv->lo, "kvm partition: %s", strerror(-rc));
	return rc;
#else
	return rt_cfg_error(cfg, rt_cfg_get(n, "kind"),
			    "partition kind 'kvm' is not built into this paravisor");
#endif
}

static int make_vmbus(struct paravisor *pv, bool check_only)
{
	static const char *const keys[] = {"max_version", "workers", "msg_conn_id", NULL};
	struct rt_cfg *cfg = pv->cfg;
	const struct rt_cfg_node *n = rt_cfg_get(cfg->root, "vmbus");
	struct vmbus_server_opts o = {.log = &pv->log};
	uint64_t workers = 1, conn = 0;
	const char *maxv = NULL;
	int rc;

	if (n) {
		if ((rc = rt_cfg_check_keys(cfg, n, keys)) ||
		    (rc = rt_cfg_str(cfg, n, "max_version", false, NULL, &maxv)) ||
		    (rc = rt_cfg_u64(cfg, n, "workers", false, 1, 1, 64, &workers)) ||
		    (rc = rt_cfg_u64(cfg, n, "msg_conn_id", false, 0, 0, UINT32_MAX, &conn)))
			return rc;
		if (maxv && (vmbus_version_parse(maxv, &o.max_version) ||
			     !vmbus_version_known(o.max_version)))
			return rt_cfg_error(cfg, rt_cfg_get(n, "max_version"),
					    "'max_version': '%s' is not a VMBus version", maxv);
	}
	o.workers = (unsigned)workers;
	o.msg_conn_id = (uint32_t)conn;
	o.trace = pv->trace;
	if (check_only)
		return 0;
	rc = vmbus_server_new(pv->part, &o, &pv->vmbus);
	if (rc)
		rt_log_err(&pv->lo, "VMBus server: %s", strerror(-rc));
	return rc;
}

static int make_devices(struct paravisor *pv, bool check_only)
{
	struct rt_cfg *cfg = pv->cfg;
	const struct rt_cfg_node *list = rt_cfg_get(cfg->root, "devices");
	unsigned count = 0;
	int rc;

	if (!list)
		return 0;
	if (list->type != RT_CFG_SEQ)
		return rt_cfg_error(cfg, list, "'devices' must be a list");
	for (const struct rt_cfg_node *d = list->child; d; d = d->next)
		count++;
	pv->devs = calloc(count ? count : 1, sizeof(*pv->devs));
	if (!pv->devs)
		return -ENOMEM;
	for (const struct rt_cfg_node *d = list->child; d; d = d->next) {
		const char *kname;
		const struct vmbus_dev_kind *k;
		struct vmbus_dev_env env = {pv->loop, pv->part, pv->vmbus, &pv->log, pv->ndevs};

		if (d->type != RT_CFG_MAP)
			return rt_cfg_error(cfg, d, "a device must be a mapping with a 'kind'");
		if ((rc = rt_cfg_str(cfg, d, "kind", true, NULL, &kname)))
			return rc;
		k = pv_device_kind_find(kname);
		if (!k)
			return rt_cfg_error(cfg, rt_cfg_get(d, "kind"), "unknown device kind '%s'",
					    kname);
		if (check_only) {
			if (k->check && (rc = k->check(cfg, d)))
				return rc;
			continue;
		}
		rc = k->create(&env, cfg, d, &pv->devs[pv->ndevs].obj);
		if (rc) {
			if (rc != -EINVAL || !cfg->err[0])
				rt_cfg_error(cfg, d, "device '%s': %s", kname, strerror(-rc));
			return rc;
		}
		pv->devs[pv->ndevs++].kind = k;
	}
	return 0;
}

static void teardown(struct paravisor *pv)
{
	if (pv->part)
		pv->part->ops->stop(pv->part);
	/* Channels close before their devices go; the stopped guest hears nothing. */
	if (pv->vmbus)
		vmbus_server_disconnect(pv->vmbus);
	while (pv->ndevs) {
		struct pv_dev *d = &pv->devs[--pv->ndevs];
		d->kind->destroy(d->obj);
	}
	free(pv->devs);
	vmbus_server_destroy(pv->vmbus);
	rt_trace_close(pv->trace);
	if (pv->part)
		pv->part->ops->destroy(pv->part);
	rt_cfg_free(pv->cfg);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"config", required_argument, NULL, 'c'},
		{"check", no_argument, NULL, 'k'},
		{"log-level", required_argument, NULL, 'l'},
		{"trace", required_argument, NULL, 't'},
		{"trace-filter", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct paravisor pv = {0};
	const char *config = NULL, *level = NULL, *trace = NULL, *tfilter = NULL;
	bool check = false;
	char err[RT_CFG_ERR_MAX];
	int c, rc;

	while ((c = getopt_long(argc, argv, "c:kl:t:f:h", opts, NULL)) != -1) {
		switch (c) {
		case 't':
			trace = optarg;
			break;
		case 'f':
			tfilter = optarg;
			break;
		case 'c':
			config = optarg;
			break;
		case 'k':
			check = true;
			break;
		case 'l':
			level = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind != argc) {
		usage(stderr);
		return 2;
	}
	rt_log_init(&pv.log);
	rt_log_obj_init(&pv.lo, &pv.log, "paravisor");
	rc = config ? rt_cfg_load(config, &pv.cfg, err, sizeof(err))
		    : rt_cfg_parse("<embedded default>", default_config, strlen(default_config),
				   &pv.cfg, err, sizeof(err));
	if (rc) {
		fprintf(stderr, "paravisor: %s\n", err);
		return 1;
	}
	if ((rc = cfg_top(&pv)))
		goto fail_cfg;
	if (level) {
		enum rt_log_level l;
		if (rt_log_level_parse(level, &l)) {
			fprintf(stderr, "paravisor: bad --log-level '%s'\n", level);
			rt_cfg_free(pv.cfg);
			return 2;
		}
		rt_log_set_level(&pv.log, l);
	}
	if (check) {
		if ((rc = make_partition(&pv, true)) || (rc = make_vmbus(&pv, true)) ||
		    (rc = make_devices(&pv, true)))
			goto fail_cfg;
		printf("%s: configuration OK\n", config ? config : "<embedded default>");
		free(pv.devs);
		rt_cfg_free(pv.cfg);
		return 0;
	}

	pv.loop = ev_default_loop(0);
	if (!pv.loop || rt_loop_adopt(pv.loop)) {
		fprintf(stderr, "paravisor: cannot create the event loop\n");
		rt_cfg_free(pv.cfg);
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	if (trace) {
		struct rt_trace_filter tf;
		if (tfilter && rt_trace_filter_parse(tfilter, &tf, err, sizeof(err))) {
			fprintf(stderr, "paravisor: --trace-filter: %s\n", err);
			goto fail_run;
		}
		rc = rt_trace_open(trace, tfilter ? &tf : NULL, &pv.trace);
		if (rc) {
			fprintf(stderr, "paravisor: --trace %s: %s\n", trace, strerror(-rc));
			goto fail_run;
		}
	}
	if ((rc = make_partition(&pv, false)) || (rc = make_vmbus(&pv, false)) ||
	    (rc = make_devices(&pv, false)))
		goto fail_run;
	ev_signal_init(&pv.sigint, on_signal, SIGINT);
	ev_signal_init(&pv.sigterm, on_signal, SIGTERM);
	pv.sigint.data = pv.sigterm.data = &pv;
	ev_signal_start(pv.loop, &pv.sigint);
	ev_signal_start(pv.loop, &pv.sigterm);
	rc = pv.part->ops->start(pv.part);
	if (rc) {
		rt_log_err(&pv.lo, "starting the %s partition: %s", pv.part->ops->name,
			   strerror(-rc));
		goto fail_run;
	}
	rt_log_info(&pv.lo, "running (pid %d, %u devices)", (int)getpid(), pv.ndevs);
	ev_run(pv.loop, 0);
	ev_signal_stop(pv.loop, &pv.sigint);
	ev_signal_stop(pv.loop, &pv.sigterm);
	teardown(&pv);
	rt_log_info(&pv.lo, "stopped");
	rt_loop_unadopt(pv.loop);
	rt_log_fini(&pv.log);
	return pv.exit_code;

fail_run:
	if (pv.cfg->err[0])
		fprintf(stderr, "paravisor: %s\n", pv.cfg->err);
	teardown(&pv);
	rt_loop_unadopt(pv.loop);
	rt_log_fini(&pv.log);
	return 1;
fail_cfg:
	fprintf(stderr, "paravisor: %s\n", pv.cfg->err);
	free(pv.devs);
	rt_cfg_free(pv.cfg);
	return 1;
}
