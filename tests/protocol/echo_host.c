/* The echo-device host of the VMBus protocol tests (see echo_host.h). */
#include "echo_host.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static long long echos_cmd(void *dev, const char *line)
{
	struct echos *e = dev;
	char what[32] = "", sub[32] = "";
	unsigned n = 0, k = 0;
	struct vmbus_server_info i;

	vmbus_server_get_info(e->srv, &i);
	if (sscanf(line, "info %31s", what) == 1) {
		if (!strcmp(what, "open"))
			return i.open_channels;
		if (!strcmp(what, "gpadls"))
			return i.gpadls;
		if (!strcmp(what, "dropped"))
			return (long long)i.dropped_messages;
		if (!strcmp(what, "offers"))
			return i.offers;
		if (!strcmp(what, "version"))
			return i.version;
		return -EINVAL;
	}
	if (sscanf(line, "rescind %u", &n) == 1) {
		if (n >= e->n || !e->echo[n])
			return -ENOENT;
		vmbus_echo_destroy(e->echo[n]);
		e->echo[n] = NULL;
		return 0;
	}
	if (sscanf(line, "sub %u %u", &n, &k) == 2) {
		if (n >= e->n || !e->echo[n])
			return -ENOENT;
		return vmbus_chan_offer_subchannels(vmbus_echo_chan(e->echo[n]), (uint16_t)k);
	}
	if (sscanf(line, "stat %u %31s", &n, sub) == 2) {
		struct vmbus_chan_stats st;
		if (n >= e->n || !e->echo[n])
			return -ENOENT;
		struct vmbus_chan *ch = vmbus_echo_chan(e->echo[n]);
		vmbus_chan_get_stats(ch, &st);
		if (!strcmp(sub, "rx"))
			return (long long)st.rx_packets;
		if (!strcmp(sub, "tx"))
			return (long long)st.tx_packets;
		if (!strcmp(sub, "sigout"))
			return (long long)st.signals_out;
		if (!strcmp(sub, "broken"))
			return vmbus_chan_is_broken(ch);
		return -EINVAL;
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
