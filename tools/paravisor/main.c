/*
 * paravisor: reads the configuration, builds the partition, the VMBus server
 * and the devices, runs until SIGINT/SIGTERM (or the kvm guest stops), then
 * closes channels, unmaps and exits 0. SIGUSR2 asks for a live update: the
 * binary at --update-binary (default: the path this one was started from)
 * replaces this one under the running guest (pv_update.h, docs/servicing.md).
 *
 *   paravisor [--config vm.yaml] [--check] [--log-level L]
 *             [--trace FILE.pcapng|- [--trace-filter SPEC]] [--control PATH|none]
 *             [--update-binary PATH]
 *             [--state-copy DIR]
 *   paravisor --restore FD ...        (run by the old binary in an update)
 *   paravisor --restore-check FD      (the same, only checking the state)
 *   paravisor --restore-check-sock FD (the same, the state handed over on a socket)
 *
 * Without --config an embedded default runs: the sim partition on
 * /tmp/paravisor.sock with one echo device. The control socket (pvctl,
 * runtime/control.h) is on by default at <control dir>/<pid>.ctl; it serves
 * the inspect tree this file builds: paravisor, log, partition, vmbus,
 * trace and devices.<name> (each device kind's own inspect hook).
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "runtime/config.h"
#include "runtime/control.h"
#include "runtime/fdsock.h"
#include "runtime/inspect.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition.h"
#include "runtime/partition_sim.h"
#include "runtime/savestate.h"
#include "runtime/trace.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_save.h"
#include "runtime/vmbus/vmbus_server.h"
#include "tools/common/pv_cli.h"
#include "tools/paravisor/pv_devices.h"
#include "tools/paravisor/pv_signal.h"
#include "tools/paravisor/pv_update.h"
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

struct paravisor {
	struct rt_log log;
	struct rt_log_obj lo;
	struct ev_loop *loop;
	struct rt_cfg *cfg;
	struct rt_partition *part;
	struct vmbus_server *vmbus;
	struct rt_trace *trace;
	bool trace_stdout; /* --trace -: standard output carries the pcapng stream */
	struct pv_dev *devs;
	unsigned ndevs;
	ev_signal sigusr2;
	struct pv_signal *signals; /* SIGINT/SIGTERM: their own thread, with a deadline */
	double stop_grace;         /* --stop-timeout: seconds from SIGTERM to a forced exit */
	ev_idle update_idle; /* servicing.update knob: the update runs once the reply is out */
	int exit_code;

	/* Servicing (pv_update.h). */
	char *config_text; /* what cfg was parsed from, saved in an update */
	size_t config_len;
	char binary[PATH_MAX];  /* the binary an update execs */
	char *pass_args[12];    /* options the new binary gets again */
	const char *state_copy; /* --state-copy DIR */
	uint32_t vp_count;
	uint32_t part_kind; /* enum pvss_part_kind */
	uint32_t update_count;
	uint64_t t_start;
	char update_last[320];        /* the last update's blackout line or refusal (inspect) */
	struct rt_ss_reader *restore; /* the state this binary is rebuilt from */
	bool restore_check;           /* --restore-check: only check it */
	/* The operator's view (control socket). */
	struct rt_inspect *inspect;
	struct rt_inspect_node *devices_node;
	struct rt_control *control;
	const char *config_path;
	const char *part_kind_name;
	uint64_t part_mem, part_vcpus;
	ev_tstamp started;
};

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: paravisor [--config FILE] [--check] [--log-level error|warn|info|debug]\n"
		"                 [--trace FILE|- [--trace-filter SPEC]] [--control PATH|none]\n"
		"\n"
		"Runs the paravisor: a partition (sim or kvm), the VMBus server and the devices\n"
		"of the configuration, until SIGINT/SIGTERM or the guest stops.\n"
		"\n"
		"Options:\n"
		"  --config FILE  YAML configuration (default: embedded sim + echo device;\n"
		"                 every key: vm.example.yaml)\n"
		"  --check        parse and validate the configuration, then exit\n"
		"  --log-level L  error, warn, info (default) or debug; also $PV_LOG\n"
		"  --trace FILE   record every VMBus message and ring packet (pcapng, "
		"docs/traces.md);\n"
		"                 - streams it to standard output: paravisor --trace - | "
		"wireshark -k -i -\n"
		"  --trace-filter relid=N,class=GUID|storvsc|netvsc,proto=NAME,snap=BYTES\n"
		"  --update-binary PATH  the binary SIGUSR2 updates to (default: this one's path)\n"
		"  --state-copy DIR      keep a copy of each saved state as DIR/state-N.pvss\n"
		"  --stop-timeout S  after SIGINT/SIGTERM, exit within S seconds even if the\n"
		"                 teardown has not finished (exit status 1 then; default 1.5)\n"
		"  --control PATH the control socket for pvctl (inspect, knobs, trace);\n"
		"                 default <dir>/<pid>.ctl in $PV_CONTROL_DIR, /run/paravisor,\n"
		"                 $XDG_RUNTIME_DIR/paravisor or /tmp/paravisor-UID; none: off\n"
		"  --version      print the version\n"
		"\n"
		"Device kinds:\n");
	for (const struct vmbus_dev_kind *const *k = pv_device_kinds(); *k; k++)
		fprintf(f, "  %-8s %s\n", (*k)->kind, (*k)->doc);
}

static void on_stop(void *ctx, int signo)
{
	struct paravisor *pv = ctx;

	(void)signo; /* pv_signal logged it */
	ev_break(pv->loop, EVBREAK_ALL);
}

/* Live update (SIGUSR2 or the servicing.update knob). Returns only if it did not happen. */
static void run_update(struct ev_loop *loop, struct paravisor *pv)
{
	char why[256] = "";
	struct pv_update_env e = {
		.loop = loop,
		.lo = &pv->lo,
		.part = pv->part,
		.part_kind = pv->part_kind,
		.vmbus = pv->vmbus,
		.devs = pv->devs,
		.ndevs = pv->ndevs,
		.config_text = pv->config_text,
		.config_len = pv->config_len,
		.binary = pv->binary,
		.pass_args = pv->pass_args,
		.update_count = pv->update_count,
		.t_start = pv->t_start,
		.log_level = pv->log.level,
		.tracing = rt_trace_active(pv->trace),
		.state_copy = pv->state_copy,
		.signals = pv->signals,
	};

	if (pv_update_run(&e, why, sizeof(why)))
		snprintf(pv->update_last, sizeof(pv->update_last), "update %u refused: %s",
			 pv->update_count + 1, why);
}

static void on_update(struct ev_loop *loop, ev_signal *w, int revents)
{
	run_update(loop, w->data);
}

static void on_update_idle(struct ev_loop *loop, ev_idle *w, int revents)
{
	struct paravisor *pv = w->data;

	ev_idle_stop(loop, w);
	run_update(loop, pv);
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
		pv->part_kind_name = "sim";
		pv->part_mem = mem;
		pv->part_vcpus = vcpus;
		if (mem % 4096)
			return rt_cfg_error(cfg, rt_cfg_get(n, "memory"),
					    "'memory' must be a multiple of 4 KiB");
		pv->vp_count = (uint32_t)vcpus;
		pv->part_kind = PVSS_PART_KIND_SIM;
		if (check_only)
			return 0;
		if (pv->restore)
			rc = rt_partition_sim_restore(pv->loop, sock, mem, (uint32_t)vcpus,
						      pv->restore, pv->restore_check, &pv->part);
		else
			rc = rt_partition_sim_create(pv->loop, sock, mem, (uint32_t)vcpus,
						     &pv->part);
		if (pv->restore_check || (rc && pv->restore))
			return rc;
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
	if (echo && pv->trace_stdout)
		return rt_cfg_error(cfg, rt_cfg_get(n, "console"),
				    "'console: true' echoes the guest console on standard output, "
				    "which --trace - uses for the trace: set console: false");
	pv->part_kind_name = "kvm";
	pv->part_mem = kc.mem_bytes;
	pv->part_vcpus = v;
	kc.on_exit = on_kvm_exit;
	kc.exit_ctx = pv;
	kc.log = &pv->log;
	pv->vp_count = kc.vcpus;
	pv->part_kind = PVSS_PART_KIND_KVM;
	if (check_only)
		return 0;
	if (pv->restore) {
		rc = rt_partition_kvm_restore(pv->loop, &kc, pv->restore, pv->restore_check,
					      &pv->part);
		return rc;
	}
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
	static const char *const keys[] = {"max_version", "workers", "msg_conn_id", "budget", NULL};
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
		    (rc = rt_cfg_u64(cfg, n, "msg_conn_id", false, 0, 0, UINT32_MAX, &conn)) ||
		    (rc = rt_cfg_size(cfg, n, "budget", false, VMBUS_SERVER_DEFAULT_BUDGET,
				      VMBUS_SERVER_MIN_BUDGET, UINT32_MAX, &o.budget)))
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
	if (pv->restore_check)
		return vmbus_server_restore_check(pv->restore, &o, pv->vp_count);
	rc = vmbus_server_new(pv->part, &o, &pv->vmbus);
	if (rc)
		rt_log_err(&pv->lo, "VMBus server: %s", strerror(-rc));
	else if (pv->restore)
		rc = vmbus_server_restore(pv->vmbus, pv->restore);
	return rc;
}

/* The DEVICE record before a device's own: the same device, in the same place. */
static int take_device(struct rt_ss_reader *r, unsigned index, const char *kind)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	int rc = 0;

	if (!m)
		return -ENOMEM;
	if (rt_ss_take(r, PVSS_REC_TYPE_DEVICE, m) || m->u.device.index != index ||
	    strncmp((const char *)m->u.device.kind, kind, sizeof(m->u.device.kind)) != 0)
		rc = rt_ss_fail(r, -EINVAL,
				"saved state: device %u (kind '%s') is not the next saved device",
				index, kind);
	rt_ss_msg_release(m);
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
	/* index: the device's place in the list (a check builds none, so not ndevs). */
	unsigned index = 0;
	for (const struct rt_cfg_node *d = list->child; d; d = d->next, index++) {
		const char *kname;
		const struct vmbus_dev_kind *k;
		struct vmbus_dev_env env = {pv->loop, pv->part,           pv->vmbus,     &pv->log,
					    index,    pv_disk_backends(), pv_net_kinds()};

		if (d->type != RT_CFG_MAP)
			return rt_cfg_error(cfg, d, "a device must be a mapping with a 'kind'");
		if ((rc = rt_cfg_str(cfg, d, "kind", true, NULL, &kname)))
			return rc;
		k = pv_device_kind_find(kname);
		if (!k)
			return rt_cfg_error(cfg, rt_cfg_get(d, "kind"), "unknown device kind '%s'",
					    kname);
		if (check_only) {
			if (k->check && (rc = k->check(&env, cfg, d)))
				return rc;
			continue;
		}
		if (pv->restore && !k->restore)
			return rt_ss_fail(pv->restore, -EINVAL,
					  "device kind '%s' cannot be restored by this binary",
					  kname);
		if (pv->restore && (rc = take_device(pv->restore, index, kname)))
			return rc;
		if (pv->restore)
			rc = k->restore(&env, cfg, d, pv->restore, pv->restore_check,
					&pv->devs[pv->ndevs].obj);
		else
			rc = k->create(&env, cfg, d, &pv->devs[pv->ndevs].obj);
		if (pv->restore_check) {
			if (rc)
				return rc;
			continue;
		}
		if (rc) {
			if (rc != -EINVAL || !cfg->err[0])
				rt_cfg_error(cfg, d, "device '%s': %s", kname, strerror(-rc));
			return rc;
		}
		pv->devs[pv->ndevs++].kind = k;
	}
	return 0;
}

/* ---- the inspect tree ---------------------------------------------- */

static void show_paravisor(void *ctx, struct rt_inspect_out *o)
{
	struct paravisor *pv = ctx;

	rt_inspect_str(o, "version", "%s", PV_VERSION);
	rt_inspect_u64(o, "pid", (uint64_t)getpid());
	rt_inspect_str(o, "config", "%s", pv->config_path ? pv->config_path : "<embedded default>");
	rt_inspect_str(o, "uptime_s", "%.1f", ev_now(pv->loop) - pv->started);
	if (pv->control)
		rt_inspect_str(o, "control", "%s", rt_control_path(pv->control));
}

static void show_partition(void *ctx, struct rt_inspect_out *o)
{
	struct paravisor *pv = ctx;

	rt_inspect_str(o, "kind", "%s", pv->part_kind_name ? pv->part_kind_name : "?");
	rt_inspect_u64(o, "memory_mib", pv->part_mem >> 20);
	rt_inspect_u64(o, "vcpus", pv->part_vcpus);
#ifdef PV_HAVE_KVM
	struct rt_kvm_vcpu_stats vs;
	char name[16];
	if (!pv->part || pv->part_kind != PVSS_PART_KIND_KVM)
		return;
	rt_inspect_u64(o, "reboots", rt_kvm_reboot_count(pv->part));
	rt_inspect_dir(o, "vcpu");
	for (uint32_t i = 0; rt_kvm_vcpu_stats(pv->part, i, &vs) == 0; i++) {
		snprintf(name, sizeof(name), "%u", i);
		rt_inspect_dir(o, name);
		rt_inspect_str(o, "state", "%s", rt_kvm_vcpu_state_name(vs.state));
		rt_inspect_dir(o, "exits");
		for (int k = 0; k < RT_KVM_VCPU_EXIT_KINDS; k++)
			rt_inspect_u64(o, rt_kvm_vcpu_exit_kind_name((enum rt_kvm_vcpu_exit_kind)k),
				       vs.exits[k]);
		rt_inspect_end(o);
		rt_inspect_end(o);
	}
	rt_inspect_end(o);
#endif
}

static void show_trace(void *ctx, struct rt_inspect_out *o)
{
	struct paravisor *pv = ctx;
	uint64_t written = 0, filtered = 0;

	rt_inspect_bool(o, "active", rt_trace_active(pv->trace));
	if (pv->trace)
		rt_trace_counts(pv->trace, &written, &filtered);
	rt_inspect_u64(o, "written", written);
	rt_inspect_u64(o, "filtered_or_dropped", filtered);
}

static void get_level(void *ctx, char *buf, size_t len)
{
	static const char *const names[] = {"error", "warn", "info", "debug"};
	struct paravisor *pv = ctx;
	int l = pv->log.level;

	snprintf(buf, len, "%s", l >= 0 && l <= 3 ? names[l] : "?");
}

static int set_level(void *ctx, const char *value, char *err, size_t errlen)
{
	struct paravisor *pv = ctx;
	enum rt_log_level l;

	if (rt_log_level_parse(value, &l)) {
		snprintf(err, errlen, "log.level: want error, warn, info or debug, got '%s'",
			 value);
		return -EINVAL;
	}
	rt_log_set_level(&pv->log, l);
	return 0;
}

static void show_servicing(void *ctx, struct rt_inspect_out *o)
{
	struct paravisor *pv = ctx;

	rt_inspect_u64(o, "updates", pv->update_count);
	rt_inspect_str(o, "binary", "%s", pv->binary);
	rt_inspect_str(o, "last", "%s", pv->update_last[0] ? pv->update_last : "none");
}

static void get_update(void *ctx, char *buf, size_t len)
{
	struct paravisor *pv = ctx;

	snprintf(buf, len, "%s", ev_is_active(&pv->update_idle) ? "requested" : "idle");
}

/*
 * `pvctl set servicing.update now` (what `pvctl update` sends): the update
 * starts once the loop is idle, after this request's answer went out.
 */
static int set_update(void *ctx, const char *value, char *err, size_t errlen)
{
	struct paravisor *pv = ctx;

	if (strcmp(value, "now")) {
		snprintf(err, errlen, "servicing.update: the only value is 'now'");
		return -EINVAL;
	}
	ev_idle_start(pv->loop, &pv->update_idle);
	return 0;
}

/* Builds the tree; a failure leaves a partial tree and is only logged. */
static void inspect_build(struct paravisor *pv)
{
	struct rt_inspect *in = pv->inspect;
	struct rt_inspect_node *log, *svc;

	rt_inspect_add(in, NULL, "paravisor", show_paravisor, pv);
	log = rt_inspect_add(in, NULL, "log", NULL, NULL);
	rt_inspect_knob(in, log, "level", "error|warn|info|debug", get_level, set_level, pv);
	rt_inspect_add(in, NULL, "partition", show_partition, pv);
	rt_inspect_add(in, NULL, "vmbus", vmbus_server_inspect, pv->vmbus);
	rt_inspect_add(in, NULL, "trace", show_trace, pv);
	svc = rt_inspect_add(in, NULL, "servicing", show_servicing, pv);
	rt_inspect_knob(in, svc, "update", "now (a live update to servicing.binary)", get_update,
			set_update, pv);
	pv->devices_node = rt_inspect_add(in, NULL, "devices", NULL, NULL);
	for (unsigned i = 0; i < pv->ndevs; i++) {
		struct pv_dev *d = &pv->devs[i];
		char name[32];
		if (!d->kind->inspect)
			continue;
		snprintf(name, sizeof(name), "%s%u", d->kind->kind, i);
		d->node = d->kind->inspect(d->obj, in, pv->devices_node, name);
		if (!d->node)
			rt_log_warn(&pv->lo, "inspect: device %s not added", name);
	}
}

static void teardown(struct paravisor *pv)
{
	rt_control_close(pv->control);
	pv->control = NULL;
	if (pv->part)
		pv->part->ops->stop(pv->part);
	/* Channels close before their devices go; the stopped guest hears nothing. */
	if (pv->vmbus)
		vmbus_server_disconnect(pv->vmbus);
	while (pv->ndevs) {
		struct pv_dev *d = &pv->devs[--pv->ndevs];
		rt_inspect_remove(pv->inspect, d->node);
		d->kind->destroy(d->obj);
	}
	free(pv->devs);
	vmbus_server_destroy(pv->vmbus);
	rt_trace_close(pv->trace);
	rt_inspect_free(pv->inspect);
	pv->inspect = NULL;
	if (pv->part)
		pv->part->ops->destroy(pv->part);
	rt_cfg_free(pv->cfg);
}

/* Reads a whole (small) file into a NUL-terminated string. Returns 0 or a negative errno. */
static int read_text(const char *path, char **text, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *t = NULL;
	size_t n = 0, cap = 0;

	if (!f)
		return -errno;
	for (;;) {
		if (cap - n < 4096) {
			char *nt = cap >= (16u << 20) ? NULL : realloc(t, cap + 65536);
			if (!nt) {
				free(t);
				fclose(f);
				return -EFBIG;
			}
			t = nt;
			cap += 65536;
		}
		size_t got = fread(t + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	t[n] = 0;
	*text = t;
	*len = n;
	return 0;
}

/*
 * --restore / --restore-check: opens the saved state and takes what the
 * program itself saved (PARAVISOR, CONFIG). Returns 0 or 1 with the reason
 * printed.
 */
static int open_restore(struct paravisor *pv, int fd, bool level_given)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	char err[RT_CFG_ERR_MAX];
	int rc;

	pv->restore = calloc(1, sizeof(*pv->restore));
	if (!m || !pv->restore)
		goto fail;
	rc = rt_ss_reader_open_fd(pv->restore, fd);
	if (rc)
		goto fail_state;
	if (rt_ss_take(pv->restore, PVSS_REC_TYPE_PARAVISOR, m)) {
		rt_ss_fail(pv->restore, -EINVAL, "saved state: no PARAVISOR record first");
		goto fail_state;
	}
	if (!level_given)
		rt_log_set_level(&pv->log, (enum rt_log_level)m->u.paravisor.log_level);
	pv->t_start = m->u.paravisor.t_start;
	pv->update_count = pv->restore->hdr.update_count;
	if (rt_ss_take_config(pv->restore, &pv->config_text, &pv->config_len))
		goto fail_state;
	rc = rt_cfg_parse("<saved configuration>", pv->config_text, pv->config_len, &pv->cfg, err,
			  sizeof(err));
	if (rc) {
		rt_ss_fail(pv->restore, rc, "saved configuration: %s", err);
		goto fail_state;
	}
	rt_ss_msg_release(m);
	return 0;
fail_state:
	fprintf(stderr, "paravisor: %s: %s\n", pv->restore_check ? "restore check" : "restore",
		pv->restore->err);
fail:
	rt_ss_msg_release(m);
	return 1;
}

static void close_restore(struct paravisor *pv)
{
	if (!pv->restore)
		return;
	rt_ss_reader_fini(pv->restore);
	free(pv->restore);
	pv->restore = NULL;
}

/*
 * --restore-check-sock: the old binary starts us before it pauses the
 * guest (pv_update.c): say 'R' once loaded, then take the state memfd it
 * sends after the save. Returns the memfd, or -1. The verdict ('0' or '1')
 * goes back once the state was checked as --restore-check does; the old
 * binary reads our exit (EOF) as a refusal too.
 */
static int check_sock_take(int sock)
{
	/* Bounded: the old binary pauses, quiesces and saves, then sends. */
	int fd = rt_fdsock_ask(sock, 'R', 'S', 60000);

	return fd < 0 ? -1 : fd;
}

/* The partition, the VMBus server and the devices of the config (check_only: checked only). */
static int make_all(struct paravisor *pv, bool check_only)
{
	int rc;

	if ((rc = make_partition(pv, check_only)) || (rc = make_vmbus(pv, check_only)))
		return rc;
	return make_devices(pv, check_only);
}

/* What the config and the make steps hold, where the paravisor ends before it runs. */
static void free_config(struct paravisor *pv)
{
	free(pv->devs);
	rt_cfg_free(pv->cfg);
	free(pv->config_text);
}

/*
 * The configuration: from the saved state (the new binary of an update, or
 * its check), else the file, else the embedded default. Returns 0, or -1
 * with the reason on stderr and nothing held.
 */
static int load_config(struct paravisor *pv, const char *config, int restore_fd, int check_fd,
		       bool level_given)
{
	char err[RT_CFG_ERR_MAX];
	int rc;

	if (restore_fd >= 0 || check_fd >= 0) {
		pv->restore_check = check_fd >= 0;
		if (open_restore(pv, pv->restore_check ? check_fd : restore_fd, level_given)) {
			close_restore(pv);
			rt_cfg_free(pv->cfg);
			free(pv->config_text);
			return -1;
		}
		return 0;
	}
	if (config) {
		rc = read_text(config, &pv->config_text, &pv->config_len);
		if (rc) {
			fprintf(stderr, "paravisor: %s: %s\n", config, strerror(-rc));
			return -1;
		}
	} else {
		pv->config_text = strdup(default_config);
		pv->config_len = strlen(default_config);
	}
	rc = rt_cfg_parse(config ? config : "<embedded default>", pv->config_text, pv->config_len,
			  &pv->cfg, err, sizeof(err));
	if (rc) {
		fprintf(stderr, "paravisor: %s\n", err);
		free(pv->config_text);
		return -1;
	}
	return 0;
}

/* Options handed on to the binary an update execs. */
static void keep_arg(struct paravisor *pv, const char *opt, const char *val)
{
	unsigned n = 0;

	while (pv->pass_args[n])
		n++;
	if (n + 2 < RT_ARRAY_SIZE(pv->pass_args)) {
		pv->pass_args[n] = (char *)opt;
		pv->pass_args[n + 1] = (char *)val;
	}
}

/* --restore-times CHECK,EXEC (pv_update.c): when the old binary checked and exec'd us. */
static int parse_times(const char *arg, void *dest)
{
	uint64_t *t = dest;

	/* Only the blackout report reads them: unreadable is "not known", not an error. */
	if (sscanf(arg, "%" SCNu64 ",%" SCNu64, &t[0], &t[1]) != 2)
		t[0] = t[1] = 0;
	return 0;
}

int main(int argc, char **argv)
{
	uint64_t t_main = pv_now_ns(), times[2] = {0, 0};
	struct paravisor pv = {0};
	const char *config = NULL, *level = NULL, *trace = NULL, *tfilter = NULL, *control = NULL;
	const char *update_binary = NULL, *stop_timeout = NULL;
	int restore_fd = -1, check_fd = -1, check_sock = -1;
	bool check = false;
	const struct pv_cli_opt opts[] = {
		PV_OPT_STR("config", 'c', &config),
		PV_OPT_FLAG("check", 'k', &check),
		PV_OPT_STR("log-level", 'l', &level),
		PV_OPT_STR("trace", 't', &trace),
		PV_OPT_STR("trace-filter", 'f', &tfilter),
		PV_OPT_STR("update-binary", 0, &update_binary),
		PV_OPT_STR("state-copy", 0, &pv.state_copy),
		PV_OPT_SIGNED("restore", 0, &restore_fd, 0, INT_MAX),
		PV_OPT_SIGNED("restore-check", 0, &check_fd, 0, INT_MAX),
		PV_OPT_CALL("restore-times", 0, parse_times, times, "CHECK_NS,EXEC_NS"),
		PV_OPT_SIGNED("restore-check-sock", 0, &check_sock, 0, INT_MAX),
		PV_OPT_STR("control", 0, &control),
		PV_OPT_STR("stop-timeout", 0, &stop_timeout),
		PV_OPT_HELP('h'),
		PV_OPT_VERSION('V'),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "paravisor", .usage = usage, .opts = opts};
	/* What the binary an update execs is given again (pv_update.c). */
	const struct {
		const char *opt;
		const char *const *val;
	} keep[] = {
		{"--control", &control},          {"--stop-timeout", &stop_timeout},
		{"--log-level", &level},          {"--update-binary", &update_binary},
		{"--state-copy", &pv.state_copy},
	};
	uint64_t t_check, t_exec;
	char ctlpath[128];
	char err[RT_CFG_ERR_MAX];
	sigset_t unblock;
	int rc;

	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
	if (optind != argc || ((restore_fd >= 0 || check_fd >= 0) && (config || trace || check))) {
		usage(stderr);
		return 2;
	}
	if (stop_timeout &&
	    (pv_cli_double(stop_timeout, 0, 60, &pv.stop_grace) || !(pv.stop_grace > 0))) {
		fprintf(stderr, "paravisor: --stop-timeout: seconds in (0, 60]\n");
		return 2;
	}
	for (unsigned i = 0; i < RT_ARRAY_SIZE(keep); i++)
		if (*keep[i].val)
			keep_arg(&pv, keep[i].opt, *keep[i].val);
	t_check = times[0];
	t_exec = times[1];
	if (check_sock >= 0) {
		check_fd = check_sock_take(check_sock);
		if (check_fd < 0)
			return 1;
	}
	rt_log_init(&pv.log);
	rt_log_obj_init(&pv.lo, &pv.log, "paravisor");
	pv.config_path = config;
	pv.trace_stdout = trace && !strcmp(trace, "-");
	pv.t_start = t_main;
	if (update_binary) {
		snprintf(pv.binary, sizeof(pv.binary), "%s", update_binary);
	} else {
		ssize_t n = readlink("/proc/self/exe", pv.binary, sizeof(pv.binary) - 1);
		pv.binary[n > 0 ? n : 0] = 0;
	}
	if (load_config(&pv, config, restore_fd, check_fd, level != NULL))
		return 1;
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
		if ((rc = make_all(&pv, true)))
			goto fail_cfg;
		printf("%s: configuration OK\n", config ? config : "<embedded default>");
		free_config(&pv);
		return 0;
	}
	if (pv.restore_check) {
		/* The old binary waits for this verdict before it execs us (pv_update.c). */
		if ((rc = make_all(&pv, false)) || (rc = rt_ss_reader_finish(pv.restore))) {
			fprintf(stderr, "paravisor: restore check: %s\n",
				pv.restore->err[0] ? pv.restore->err : pv.cfg->err);
			rc = 1;
		}
		close_restore(&pv);
		free_config(&pv);
		if (check_sock >= 0)
			send(check_sock, rc ? "1" : "0", 1, MSG_NOSIGNAL);
		return rc ? 1 : 0;
	}

	pv.loop = ev_default_loop(0);
	if (!pv.loop || rt_loop_adopt(pv.loop)) {
		fprintf(stderr, "paravisor: cannot create the event loop\n");
		rt_cfg_free(pv.cfg);
		return 1;
	}
	/* Before any other thread exists: only the signal thread takes SIGINT/SIGTERM. */
	pv_signal_block();
	rc = pv_signal_start(pv.loop, pv.stop_grace > 0 ? pv.stop_grace : 1.5, &pv.lo, on_stop, &pv,
			     &pv.signals);
	if (rc) {
		fprintf(stderr, "paravisor: signal thread: %s\n", strerror(-rc));
		rt_cfg_free(pv.cfg);
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	pv.started = ev_now(pv.loop);
	if (control && !strcmp(control, "none"))
		control = NULL;
	else if (!control && (rc = rt_control_default_path(ctlpath, sizeof(ctlpath)))) {
		fprintf(stderr,
			"paravisor: no control socket directory: %s (--control PATH|none)\n",
			strerror(-rc));
		goto fail_run;
	} else if (!control) {
		control = ctlpath;
	}
	/* With a control socket the trace object always exists (stopped until
	 * --trace or `pvctl trace start`), so it learns every channel's class. */
	if (trace || control) {
		struct rt_trace_filter tf;
		if (tfilter && rt_trace_filter_parse(tfilter, &tf, err, sizeof(err))) {
			fprintf(stderr, "paravisor: --trace-filter: %s\n", err);
			goto fail_run;
		}
		rc = rt_trace_new(&pv.trace);
		if (!rc && trace)
			rc = rt_trace_start(pv.trace, trace, tfilter ? &tf : NULL);
		if (rc) {
			fprintf(stderr, "paravisor: --trace %s: %s\n", trace ? trace : "",
				strerror(-rc));
			goto fail_run;
		}
	}
	if (rt_inspect_new(&pv.inspect)) {
		fprintf(stderr, "paravisor: out of memory\n");
		goto fail_run;
	}
	if ((rc = make_all(&pv, false)))
		goto fail_run;
	if (pv.restore) {
		if ((rc = vmbus_server_restore_finish(pv.vmbus, pv.restore)) ||
		    (rc = rt_ss_reader_finish(pv.restore)))
			goto fail_run;
	}
	ev_signal_init(&pv.sigusr2, on_update, SIGUSR2);
	pv.sigusr2.data = &pv;
	ev_idle_init(&pv.update_idle, on_update_idle);
	pv.update_idle.data = &pv;
	ev_signal_start(pv.loop, &pv.sigusr2);
	/*
	 * An update execs us with SIGINT, SIGTERM and SIGUSR2 blocked
	 * (pv_update.c): SIGUSR2 has its handler now; a pending SIGINT or
	 * SIGTERM is the signal thread's, which took it as soon as it started.
	 */
	sigemptyset(&unblock);
	sigaddset(&unblock, SIGUSR2);
	pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
	inspect_build(&pv);
	if (control) {
		struct rt_control_cfg cc = {
			.path = control, .inspect = pv.inspect, .trace = pv.trace, .log = &pv.log};
		rc = rt_control_open(pv.loop, &cc, &pv.control);
		if (rc) {
			rt_log_err(&pv.lo, "control socket %s: %s", control, strerror(-rc));
			goto fail_run;
		}
		rt_log_info(&pv.lo, "control socket %s (pvctl --socket %s inspect)", control,
			    control);
	}
	rc = pv.part->ops->start(pv.part);
	if (rc) {
		rt_log_err(&pv.lo, "starting the %s partition: %s", pv.part->ops->name,
			   strerror(-rc));
		goto fail_run;
	}
	if (pv.restore) {
		const struct pvss_file_header *h = &pv.restore->hdr;
		uint64_t t_run = pv_now_ns();
		snprintf(pv.update_last, sizeof(pv.update_last),
			 "update %u: guest running again, blackout %.1f ms (pause %.1f, quiesce "
			 "%.1f, save %.1f, check %.1f, exec %.1f, restore %.1f)",
			 pv.update_count, (double)(t_run - h->t_request) / 1e6,
			 (double)(h->t_paused - h->t_request) / 1e6,
			 (double)(h->t_quiesced - h->t_paused) / 1e6,
			 (double)(h->t_saved - h->t_quiesced) / 1e6,
			 t_check ? (double)(t_check - h->t_saved) / 1e6 : 0.0,
			 t_exec ? (double)(t_main - t_check) / 1e6 : 0.0,
			 (double)(t_run - t_main) / 1e6);
		rt_log_info(&pv.lo, "%s", pv.update_last);
		close_restore(&pv);
	}
	rt_log_info(&pv.lo, "running (pid %d, %u devices)", (int)getpid(), pv.ndevs);
	ev_run(pv.loop, 0);
	ev_signal_stop(pv.loop, &pv.sigusr2);
	teardown(&pv);
	pv_signal_stop(pv.signals);
	rt_log_info(&pv.lo, "stopped");
	rt_loop_unadopt(pv.loop);
	rt_log_fini(&pv.log);
	free(pv.config_text);
	return pv.exit_code;

fail_run:
	if (pv.restore && pv.restore->err[0])
		fprintf(stderr, "paravisor: restore: %s (the guest is lost)\n", pv.restore->err);
	else if (pv.cfg->err[0])
		fprintf(stderr, "paravisor: %s\n", pv.cfg->err);
	teardown(&pv);
	pv_signal_stop(pv.signals);
	close_restore(&pv);
	rt_loop_unadopt(pv.loop);
	rt_log_fini(&pv.log);
	free(pv.config_text);
	return 1;
fail_cfg:
	fprintf(stderr, "paravisor: %s\n", pv.cfg->err);
	free_config(&pv);
	close_restore(&pv);
	return 1;
}
