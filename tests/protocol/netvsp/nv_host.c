/* Forked netvsp host for protocol tests and benchmarks (see nv_host.h). */
#include "nv_host.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "devices/net/net.h"
#include "devices/netvsp/netvsp.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition_sim.h"
#include "runtime/vmbus/vmbus_server.h"

extern int __lsan_do_recoverable_leak_check(void) __attribute__((weak));

struct child {
	struct ev_loop *loop;
	struct rt_log log;
	struct rt_partition *part;
	struct vmbus_server *srv;
	struct netvsp *nic;
	long long (*ep_query)(struct net_endpoint *ep, const char *what);
	int cmd_fd, resp_fd;
	ev_io cmd_io;
	char line[256];
	size_t linelen;
};

static long long stat_field(struct child *c, const char *name)
{
	struct netvsp_stats s;

	netvsp_get_stats(c->nic, &s);
#define F(x)                   \
	if (!strcmp(name, #x)) \
		return (long long)s.x;
	F(tx_frames)
	F(tx_done)
	F(tx_errors)
	F(tx_sends)
	F(rx_frames)
	F(rx_filtered)
	F(rx_too_big)
	F(rx_backpressure)
	F(rx_completions)
	F(rx_packets)
	F(rx_segmented)
	F(rx_coalesced)
	F(rx_malformed)
	F(rx_dropped_blocked)
	F(bad_messages)
	F(unknown_completions)
	F(slots_total)
	F(slots_used)
	F(slots_used_max)
	F(nvsp_version)
	F(ndis_version)
	F(packet_filter)
	F(subchannels)
	F(link_up)
	F(rndis_initialized)
	F(budget_limit)
	F(budget_used)
	F(budget_high)
	F(budget_refused)
#undef F
	return -EINVAL;
}

static long long ep_field(struct child *c, unsigned q, const char *name)
{
	struct net_stats s;
	int rc = netvsp_endpoint_stats(c->nic, q, &s);

	if (rc)
		return rc;
#define F(x)                   \
	if (!strcmp(name, #x)) \
		return (long long)s.x;
	F(tx_packets)
	F(tx_bytes)
	F(tx_dropped)
	F(tx_errors)
	F(rx_packets)
	F(rx_bytes)
	F(rx_dropped)
#undef F
	return -EINVAL;
}

struct ep_query {
	struct child *c;
	const char *what;
	long long v;
};

static void ep_query_fn(struct net_endpoint *ep, void *ctx)
{
	struct ep_query *q = ctx;

	q->v = q->c->ep_query(ep, q->what);
}

static long long run_cmd(struct child *c, char *line)
{
	char what[32] = "";
	unsigned q = 0, v = 0;

	if (sscanf(line, "stat %31s", what) == 1)
		return stat_field(c, what);
	if (sscanf(line, "ep %u %31s", &q, what) == 2)
		return ep_field(c, q, what);
	if (sscanf(line, "link %u", &v) == 1) {
		netvsp_set_link(c->nic, v != 0);
		return 0;
	}
	if (sscanf(line, "x %31s", what) == 1 && c->ep_query) {
		struct ep_query eq = {.c = c, .what = what, .v = -EINVAL};
		int rc = netvsp_endpoint_call(c->nic, ep_query_fn, &eq);

		return rc ? rc : eq.v;
	}
	if (!strcmp(line, "cpu")) {
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		return (long long)ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
		       (long long)ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec;
	}
	if (!strcmp(line, "quit")) {
		ev_break(c->loop, EVBREAK_ALL);
		return 0;
	}
	return -EINVAL;
}

static void cmd_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct child *c = w->data;
	char ch, out[32];
	int len;

	(void)revents;
	if (read(c->cmd_fd, &ch, 1) <= 0) {
		ev_break(loop, EVBREAK_ALL);
		return;
	}
	if (ch != '\n') {
		if (c->linelen < sizeof(c->line) - 1)
			c->line[c->linelen++] = ch;
		return;
	}
	c->line[c->linelen] = 0;
	c->linelen = 0;
	len = snprintf(out, sizeof(out), "%lld\n", run_cmd(c, c->line));
	if (write(c->resp_fd, out, (size_t)len) != len)
		ev_break(loop, EVBREAK_ALL);
}

static int child_main(const struct nv_host_opts *o, const char *sock, int cmd_fd, int resp_fd)
{
	struct child c = {.cmd_fd = cmd_fd, .resp_fd = resp_fd, .ep_query = o->ep_query};
	struct vmbus_server_opts so = {.workers = o->workers ? o->workers : 2};
	struct netvsp_opts no = {
		.endpoint = o->endpoint ? o->endpoint : "loopback",
		.endpoint_arg = o->endpoint_arg,
		.ep_kind = o->ep_kind,
		.ep_cfg = o->ep_cfg,
		.max_nvsp_version = o->max_nvsp,
		.budget = o->budget,
		.channel_budget = o->channel_budget,
		.instance = {0x4e, 0x45, 0x54, 1},
		.name = "nic0",
	};

	signal(SIGPIPE, SIG_IGN);
	rt_log_init(&c.log);
	c.loop = rt_loop_new();
	if (!c.loop)
		return 10;
	if (rt_partition_sim_create(c.loop, sock, o->mem ? o->mem : 128u << 20, 2, &c.part))
		return 11;
	rt_partition_sim_set_log(c.part, &c.log);
	so.log = &c.log;
	if (vmbus_server_new(c.part, &so, &c.srv))
		return 12;
	no.log = &c.log;
	if (netvsp_create(c.srv, &no, &c.nic))
		return 13;
	if (c.part->ops->start(c.part))
		return 14;
	ev_io_init(&c.cmd_io, cmd_cb, cmd_fd, EV_READ);
	c.cmd_io.data = &c;
	ev_io_start(c.loop, &c.cmd_io);
	if (write(resp_fd, "R\n", 2) != 2)
		return 15;
	ev_run(c.loop, 0);
	ev_io_stop(c.loop, &c.cmd_io);
	c.part->ops->stop(c.part);
	netvsp_destroy(c.nic);
	vmbus_server_destroy(c.srv);
	c.part->ops->destroy(c.part);
	rt_loop_destroy(c.loop);
	rt_log_fini(&c.log);
	return 0;
}

static int read_line(int fd, char *buf, size_t cap)
{
	size_t n = 0;

	while (n + 1 < cap) {
		if (read(fd, buf + n, 1) <= 0)
			return -EPIPE;
		if (buf[n] == '\n')
			break;
		n++;
	}
	buf[n] = 0;
	return 0;
}

int nv_host_start(struct nv_host *h, const struct nv_host_opts *o)
{
	static const struct nv_host_opts def = {0};
	int cmd[2], resp[2];
	char line[16];

	if (!o)
		o = &def;
	snprintf(h->sock, sizeof(h->sock), "/tmp/pv-netvsp-%d-%ld.sock", (int)getpid(),
		 (long)random());
	if (pipe(cmd) || pipe(resp))
		return -errno;
	h->pid = fork();
	if (h->pid < 0)
		return -errno;
	if (h->pid == 0) {
		close(cmd[1]);
		close(resp[0]);
		int rc = child_main(o, h->sock, cmd[0], resp[1]);
		if (!rc && __lsan_do_recoverable_leak_check && __lsan_do_recoverable_leak_check())
			rc = 20;
		_exit(rc);
	}
	close(cmd[0]);
	close(resp[1]);
	h->cmd_fd = cmd[1];
	h->resp_fd = resp[0];
	if (read_line(h->resp_fd, line, sizeof(line)) || strcmp(line, "R")) {
		nv_host_stop(h);
		return -EIO;
	}
	return 0;
}

long long nv_host_cmd(struct nv_host *h, const char *fmt, ...)
{
	char buf[256], line[64];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n < 0 || n >= (int)sizeof(buf) - 1)
		return -EINVAL;
	buf[n++] = '\n';
	if (write(h->cmd_fd, buf, (size_t)n) != n)
		return -EPIPE;
	if (read_line(h->resp_fd, line, sizeof(line)))
		return -EPIPE;
	return strtoll(line, NULL, 10);
}

int nv_host_stop(struct nv_host *h)
{
	int st = 0;

	if (h->pid <= 0)
		return -ECHILD;
	if (write(h->cmd_fd, "quit\n", 5) != 5)
		kill(h->pid, SIGKILL);
	close(h->cmd_fd);
	close(h->resp_fd);
	if (waitpid(h->pid, &st, 0) < 0)
		return -errno;
	h->pid = 0;
	unlink(h->sock);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
