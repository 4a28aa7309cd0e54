/* The echo-device host of the VMBus protocol tests (see echo_host.h). */
#include "echo_host.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/util.h"
#include "runtime/vmbus/vmbus_echo.h"
#include "runtime/vmbus/vmbus_server.h"

#define MAX_ECHOS 8

struct echos {
	struct vmbus_server *srv;
	struct vmbus_echo *echo[MAX_ECHOS];
	unsigned n;
};

static int echos_setup(const struct host_env *env, const void *opts, void **dev)
{
	const struct echo_host_opts *o = opts;
	struct echos *e = calloc(1, sizeof(*e));

	if (!e)
		return 13;
	*dev = e;
	e->srv = env->srv;
	e->n = o->echos ? o->echos : 1;
	if (e->n > MAX_ECHOS)
		e->n = MAX_ECHOS;
	for (unsigned i = 0; i < e->n; i++) {
		uint8_t inst[16] = {0xEC, 0x40, (uint8_t)i};
		if (vmbus_echo_create(env->srv, env->log, inst, &e->echo[i]))
			return 13;
	}
	return 0;
}

static const struct host_counter info_counters[] = {
	HOST_COUNTER("open", struct vmbus_server_info, open_channels),
	HOST_COUNTER("gpadls", struct vmbus_server_info, gpadls),
	HOST_COUNTER("dropped", struct vmbus_server_info, dropped_messages),
	HOST_COUNTER("offers", struct vmbus_server_info, offers),
	HOST_COUNTER("version", struct vmbus_server_info, version),
};

static const struct host_counter chan_counters[] = {
	HOST_COUNTER("rx", struct vmbus_chan_stats, rx_packets),
	HOST_COUNTER("tx", struct vmbus_chan_stats, tx_packets),
	HOST_COUNTER("sigout", struct vmbus_chan_stats, signals_out),
};

/* Echo device n, or NULL if there is none (or it was rescinded). */
static struct vmbus_echo *echo_at(const struct echos *e, unsigned n)
{
	return n < e->n ? e->echo[n] : NULL;
}

static long long echos_cmd(void *dev, const char *line)
{
	struct echos *e = dev;
	char what[32] = "";
	unsigned n = 0, k = 0;
	struct vmbus_server_info i;
	struct vmbus_chan_stats st;
	struct vmbus_chan *ch;

	if (sscanf(line, "info %31s", what) == 1) {
		vmbus_server_get_info(e->srv, &i);
		return host_counter(info_counters, RT_ARRAY_SIZE(info_counters), &i, what);
	}
	if (sscanf(line, "rescind %u", &n) == 1) {
		if (!echo_at(e, n))
			return -ENOENT;
		vmbus_echo_destroy(e->echo[n]);
		e->echo[n] = NULL;
		return 0;
	}
	if (sscanf(line, "sub %u %u", &n, &k) == 2) {
		if (!echo_at(e, n))
			return -ENOENT;
		return vmbus_chan_offer_subchannels(vmbus_echo_chan(e->echo[n]), (uint16_t)k);
	}
	if (sscanf(line, "stat %u %31s", &n, what) == 2) {
		if (!echo_at(e, n))
			return -ENOENT;
		ch = vmbus_echo_chan(e->echo[n]);
		if (!strcmp(what, "broken"))
			return vmbus_chan_is_broken(ch);
		vmbus_chan_get_stats(ch, &st);
		return host_counter(chan_counters, RT_ARRAY_SIZE(chan_counters), &st, what);
	}
	return -EINVAL;
}

static void echos_teardown(void *dev, const struct host_env *env)
{
	struct echos *e = dev;

	vmbus_server_disconnect(env->srv);
	for (unsigned i = 0; i < e->n; i++)
		vmbus_echo_destroy(e->echo[i]);
	free(e);
}

static const struct host_device echo_device = {
	.name = "proto",
	.setup = echos_setup,
	.cmd = echos_cmd,
	.teardown = echos_teardown,
};

int echo_host_start(struct host *h, const struct echo_host_opts *o)
{
	static const struct echo_host_opts def = {0};

	if (!o)
		o = &def;
	struct host_params p = {.mem = o->mem ? o->mem : 64u << 20,
				.workers = o->workers,
				.max_version = o->max_version,
				.msg_conn_id = o->msg_conn_id};
	return host_start(h, &echo_device, &p, o);
}
