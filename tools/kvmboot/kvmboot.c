/*
 * kvmboot: boots a kernel on the kvm partition with a stub VMBus endpoint
 * that logs every HvPostMessage (connection id, message type, VMBus msgtype,
 * first bytes) and answers success, then exits when the guest stops.
 *
 *   kvmboot -k vmlinux|bzImage [-i initrd] [-a cmdline] [-m MiB] [-n vcpus]
 *           [-l serial.log] [-q] [-R] [-t timeout-seconds]
 *
 * With -r it also answers like a VMBus host that has no channels:
 * INITIATE_CONTACT -> VERSION_RESPONSE (accepted), REQUESTOFFERS ->
 * ALLOFFERS_DELIVERED, UNLOAD -> UNLOAD_RESPONSE, so hv_vmbus finishes
 * loading; this exercises post_message and the SynIC message slot. It is a
 * test responder, not the VMBus server (runtime/vmbus/).
 *
 * With -R a guest reboot resets the VM and boots the same kernel again (the
 * partition's on_reboot = restart; the paravisor's default); without it a
 * reboot ends the run, as kvmboot always did.
 *
 * Exit status: 0 on guest power-off, 2 on reboot/triple fault/error/timeout,
 * 77 when /dev/kvm lacks what the backend needs (so tests can skip).
 */
#include <errno.h>
#include <ev.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/kvm/kvm_partition.h"
#include "tools/common/pv_cli.h"
#include "vmbus_wire.h"

struct kvmboot {
	struct ev_loop *loop;
	struct rt_partition *part;
	double t0;
	unsigned messages;
	bool respond;
	int exit_code;
	ev_timer timeout;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define KVMBOOT_MSG_CONN_ID VMBUS_MESSAGE_CONNECTION_ID_4
#define HVMSG_NORMAL VMBUS_SYNIC_MSG_TYPE

static void reply(struct kvmboot *kb, uint32_t vp, uint32_t sint, const void *msg, size_t len)
{
	int r = rt_partition_post_message(kb->part, vp, sint, HVMSG_NORMAL, msg, len);
	uint32_t t;
	memcpy(&t, msg, 4);
	printf("kvmboot:   replied msgtype %u on vp %u sint %u: %s\n", t, vp, sint,
	       r < 0 ? strerror(-r) : "ok");
}

static void respond(struct kvmboot *kb, uint32_t msgtype, const uint8_t *p, size_t len)
{
	uint8_t out[16] = {0};

	switch (msgtype) {
	case VMBUS_MSG_TYPE_INITIATE_CONTACT: {
		uint32_t vcpu = 0, conn = KVMBOOT_MSG_CONN_ID;
		if (len < 17)
			return;
		memcpy(&vcpu, p + 12, 4);
		out[0] = VMBUS_MSG_TYPE_VERSION_RESPONSE;
		out[8] = 1; /* version_supported */
		memcpy(out + 12, &conn, 4);
		reply(kb, vcpu < kb->part->vp_count ? vcpu : 0,
		      p[16] < 16 ? p[16] : VMBUS_MESSAGE_SINT, out, 16);
		break;
	}
	case VMBUS_MSG_TYPE_REQUESTOFFERS:
		out[0] = VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED;
		reply(kb, 0, VMBUS_MESSAGE_SINT, out, 8);
		break;
	case VMBUS_MSG_TYPE_UNLOAD:
		out[0] = VMBUS_MSG_TYPE_UNLOAD_RESPONSE;
		reply(kb, 0, VMBUS_MESSAGE_SINT, out, 8);
		break;
	default:
		break;
	}
}

static enum rt_hv_status on_message(void *ctx, uint32_t connection_id, uint32_t message_type,
				    const void *payload, size_t len)
{
	struct kvmboot *kb = ctx;
	const uint8_t *p = payload;
	uint32_t msgtype = 0;
	char hex[3 * 24 + 1] = "";

	if (len >= 4)
		memcpy(&msgtype, p, 4);
	for (size_t i = 0; i < len && i < 24; i++)
		snprintf(hex + 3 * i, sizeof(hex) - 3 * i, "%02x ", p[i]);
	kb->messages++;
	printf("kvmboot: [%7.3f s] message #%u: connection %u type %u len %zu vmbus msgtype %u: "
	       "%s\n",
	       now() - kb->t0, kb->messages, connection_id, message_type, len, msgtype, hex);
	if (msgtype == 14 && len >= 16) { /* INITIATE_CONTACT */
		uint32_t ver, vcpu;
		memcpy(&ver, p + 8, 4);
		memcpy(&vcpu, p + 12, 4);
		printf("kvmboot:   INITIATE_CONTACT version %u.%u target_vcpu %u msg_sint %u\n",
		       ver >> 16, ver & 0xffff, vcpu, len > 16 ? p[16] : 0);
	}
	if (kb->respond)
		respond(kb, msgtype, p, len);
	fflush(stdout);
	return RT_HV_STATUS_SUCCESS;
}

static void on_reset_cb(void *ctx)
{
	struct kvmboot *kb = ctx;
	printf("kvmboot: [%7.3f s] guest reset (reboot %u), %u messages so far\n", now() - kb->t0,
	       rt_kvm_reboot_count(kb->part) + 1, kb->messages);
	fflush(stdout);
}

static void on_exit_cb(void *ctx, enum rt_kvm_exit_reason reason)
{
	struct kvmboot *kb = ctx;
	printf("kvmboot: guest %s after %.3f s, %u messages, %u reboots\n",
	       rt_kvm_exit_reason_name(reason), now() - kb->t0, kb->messages,
	       rt_kvm_reboot_count(kb->part));
	fflush(stdout);
	kb->exit_code = reason == RT_KVM_EXIT_POWEROFF ? 0 : 2;
	ev_break(kb->loop, EVBREAK_ALL);
}

static void on_timeout(struct ev_loop *loop, ev_timer *w, int revents)
{
	(void)w;
	(void)revents;
	fprintf(stderr, "kvmboot: timeout\n");
	ev_break(loop, EVBREAK_ALL);
}

static void usage(FILE *f)
{
	fprintf(f, "usage: kvmboot -k kernel [-i initrd] [-a cmdline] [-m MiB] [-n vcpus] "
		   "[-l serial.log] [-q] [-r] [-R] [-t seconds]\n");
}

static void help(FILE *f)
{
	usage(f);
	fprintf(f, "kvmboot boots a Linux kernel on the paravisor's kvm partition alone (no\n"
		   "VMBus devices): the e2e tier's first step (tests/e2e/lab/ref/kvmboot.sh).\n"
		   "  -k kernel  -i initrd  -a cmdline  -m MiB  -n vcpus  -l serial.log\n"
		   "  -q quiet console  -r answer VMBus negotiation  -R restart on reboot\n"
		   "  -t seconds timeout\n");
}

int main(int argc, char **argv)
{
	struct rt_kvm_config cfg = {
		.cmdline = "console=ttyS0 panic=-1",
		.vcpus = 1,
		.console_echo = true,
		.on_reboot = RT_KVM_REBOOT_STOP,
	};
	struct kvmboot kb = {.exit_code = 2};
	uint64_t mib = 512;
	double timeout = 0;
	bool quiet = false, restart = false;
	/* The partition checks the memory size against its own limits. */
	const struct pv_cli_opt opts[] = {
		PV_OPT_STR("kernel", 'k', &cfg.kernel_path),
		PV_OPT_STR("initrd", 'i', &cfg.initrd_path),
		PV_OPT_STR("append", 'a', &cfg.cmdline),
		PV_OPT_UNSIGNED("memory", 'm', &mib, 1, UINT64_MAX >> 20),
		PV_OPT_UNSIGNED("vcpus", 'n', &cfg.vcpus, 1, RT_KVM_MAX_VCPUS),
		PV_OPT_STR("serial-log", 'l', &cfg.serial_log_path),
		PV_OPT_FLAG("quiet", 'q', &quiet),
		PV_OPT_FLAG("respond", 'r', &kb.respond),
		PV_OPT_FLAG("restart", 'R', &restart),
		PV_OPT_DOUBLE("timeout", 't', &timeout, 0, 1e9),
		PV_OPT_HELP('h'),
		PV_OPT_VERSION(0),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "kvmboot", .usage = help, .opts = opts};
	char why[256];
	int r;

	r = pv_cli_parse(&cli, argc, argv);
	if (r != PV_CLI_OK)
		return r;
	if (!cfg.kernel_path || optind != argc) {
		usage(stderr);
		return 2;
	}
	cfg.mem_bytes = mib << 20;
	cfg.console_echo = !quiet;
	if (restart)
		cfg.on_reboot = RT_KVM_REBOOT_RESTART;
	if (rt_kvm_probe(why, sizeof(why)) < 0) {
		printf("SKIP: %s\n", why);
		return 77;
	}
	kb.loop = ev_default_loop(0);
	cfg.on_exit = on_exit_cb;
	cfg.exit_ctx = &kb;
	kb.t0 = now();
	r = rt_partition_kvm_create(kb.loop, &cfg, &kb.part);
	if (r < 0) {
		fprintf(stderr, "kvmboot: cannot create the kvm partition: %s\n", strerror(-r));
		return r == -ENODEV ? 77 : 2;
	}
	kb.part->cb.on_message = on_message;
	kb.part->cb.on_reset = on_reset_cb;
	kb.part->cb_ctx = &kb;
	printf("kvmboot: VM created in %.3f s (%u vCPU, %llu MiB), starting\n", now() - kb.t0,
	       cfg.vcpus, (unsigned long long)(cfg.mem_bytes >> 20));
	fflush(stdout);
	if (timeout > 0) {
		ev_timer_init(&kb.timeout, on_timeout, timeout, 0);
		ev_timer_start(kb.loop, &kb.timeout);
	}
	r = kb.part->ops->start(kb.part);
	if (r == 0)
		ev_run(kb.loop, 0);
	kb.part->ops->destroy(kb.part);
	return kb.exit_code;
}
