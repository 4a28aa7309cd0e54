/* The storvsp host for protocol tests and benchmarks (see sv_host.h). */
#include "sv_host.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"

static int sv_setup(const struct host_env *env, const void *opts, void **dev)
{
	const struct sv_host_opts *o = opts;
	struct storvsp *sv;
	struct storvsp_opts vo = {.subchannels = o->subchannels,
				  .max_io = o->max_io,
				  .max_version = o->max_version,
				  .name = "scsi0",
				  .instance = {0x5C, 0x51, 0x00, 0x01},
				  .log = env->log};

	if (storvsp_create(env->srv, &vo, &sv))
		return 13;
	*dev = sv;
	for (unsigned i = 0; i < o->nluns; i++)
		if (storvsp_lun_add(sv, &o->luns[i]))
			return 14;
	return 0;
}

#define SV(name, field) HOST_COUNTER(name, struct storvsp_stats, field)
static const struct host_counter sv_counters[] = {
	SV("requests", requests),         SV("completions", completions),
	SV("srb_errors", srb_errors),     SV("bad", bad_packets),
	SV("throttled", throttled),       SV("notifications", notifications),
	SV("maxout", max_outstanding),    SV("resets", resets),
	SV("reset_waited", reset_waited),
};
#undef SV

static const struct host_counter chan_counters[] = {
	HOST_COUNTER("sigin", struct vmbus_chan_stats, signals_in),
	HOST_COUNTER("sigout", struct vmbus_chan_stats, signals_out),
};

static long long sv_cmd(void *dev, const char *line)
{
	struct storvsp *sv = dev;
	char what[32] = "", be[32] = "", arg[200] = "";
	unsigned n = 0;
	struct storvsp_stats st;
	struct vmbus_chan_stats cs;

	if (sscanf(line, "lunadd %u %31s %199s", &n, be, arg) == 3) {
		struct storvsp_lun_cfg l = {.lun = (uint16_t)n, .backend = be, .arg = arg};
		return storvsp_lun_add(sv, &l);
	}
	if (sscanf(line, "lunrm %u", &n) == 1)
		return storvsp_lun_remove(sv, (uint16_t)n);
	if (sscanf(line, "stat %31s", what) == 1) {
		storvsp_get_stats(sv, &st);
		return host_counter(sv_counters, RT_ARRAY_SIZE(sv_counters), &st, what);
	}
	if (sscanf(line, "chan %31s", what) == 1) {
		vmbus_chan_get_stats(storvsp_vmbus_chan(sv), &cs);
		return host_counter(chan_counters, RT_ARRAY_SIZE(chan_counters), &cs, what);
	}
	return -EINVAL;
}

static void sv_teardown(void *dev, const struct host_env *env)
{
	(void)env;
	storvsp_destroy(dev);
}

static const struct host_device sv_device = {
	.name = "sv",
	.setup = sv_setup,
	.cmd = sv_cmd,
	.teardown = sv_teardown,
};

int sv_host_start(struct host *h, const struct sv_host_opts *o)
{
	struct host_params p = {.mem = o->mem ? o->mem : 128u << 20,
				.workers = o->workers ? o->workers : 2};

	return host_start(h, &sv_device, &p, o);
}
