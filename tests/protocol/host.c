/* Forked paravisor host for protocol tests (see host.h). */
#include "host.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition_sim.h"
#include "runtime/vmbus/vmbus_echo.h"
#include "runtime/vmbus/vmbus_server.h"

#define MAX_ECHOS 8

/* Present under ASan/LSan: lets the child report leaks through its exit code. */
extern int __lsan_do_recoverable_leak_check(void) __attribute__((weak));

struct child {
	struct ev_loop *loop;
	struct rt_log log;
	struct rt_partition *part;
	struct vmbus_server *srv;
	struct vmbus_echo *echo[MAX_ECHOS];
	unsigned necho;
	int cmd_fd, resp_fd;
	ev_io cmd_io;
	char line[256];
	size_t linelen;
};

static long long run_cmd(struct child *c, char *line)
{
	char what[32] = "", sub[32] = "";
	unsigned n = 0, k = 0;
	struct vmbus_server_info i;

	vmbus_server_get_info(c->srv, &i);
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
		if (n >= c->necho || !c->echo[n])
			return -ENOENT;
		vmbus_echo_destroy(c->echo[n]);
		c->echo[n] = NULL;
		return 0;
	}
	if (sscanf(line, "sub %u %u", &n, &k) == 2) {
		if (n >= c->necho || !c->echo[n])
			return -ENOENT;
		return vmbus_chan_offer_subchannels(vmbus_echo_chan(c->echo[n]), (uint16_t)k);
	}
	if (sscanf(line, "stat %u %31s", &n, sub) == 2) {
		struct vmbus_chan_stats st;
		if (n >= c->necho || !c->echo[n])
			return -ENOENT;
		struct vmbus_chan *ch = vmbus_echo_chan(c->echo[n]);
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
	if (!strcmp(line, "quit")) {
		ev_break(c->loop, EVBREAK_ALL);
		return 0;
	}
	return -EINVAL;
}

static void cmd_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct child *c = w->data;
	char ch;
	ssize_t n = read(c->cmd_fd, &ch, 1);

	if (n <= 0) {
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
	char out[32];
	int len = snprintf(out, sizeof(out), "%lld\n", run_cmd(c, c->line));
	if (write(c->resp_fd, out, (size_t)len) != len)
		ev_break(loop, EVBREAK_ALL);
}

static int child_main(const struct host_opts *o, const char *sock, int cmd_fd, int resp_fd)
{
	struct child c = {.cmd_fd = cmd_fd, .resp_fd = resp_fd};

	/* The test may close its pipe ends before reading our last answer. */
	signal(SIGPIPE, SIG_IGN);
	int rc;

	struct vmbus_server_opts so = {.max_version = o->max_version,
				       .msg_conn_id = o->msg_conn_id,
				       .workers = o->workers};

	rt_log_init(&c.log);
	c.loop = rt_loop_new();
	if (!c.loop)
		return 10;
	rc = rt_partition_sim_create(c.loop, sock, o->mem ? o->mem : 64u << 20, 2, &c.part);
	if (rc)
		return 11;
	rt_partition_sim_set_log(c.part, &c.log);
	so.log = &c.log;
	if (vmbus_server_new(c.part, &so, &c.srv))
		return 12;
	c.necho = o->echos ? o->echos : 1;
	if (c.necho > MAX_ECHOS)
		c.necho = MAX_ECHOS;
	for (unsigned i = 0; i < c.necho; i++) {
		uint8_t inst[16] = {0xEC, 0x40, (uint8_t)i};
		if (vmbus_echo_create(c.srv, &c.log, inst, &c.echo[i]))
			return 13;
	}
	if (c.part->ops->start(c.part))
		return 14;
	ev_io_init(&c.cmd_io, cmd_cb, cmd_fd, EV_READ);
	c.cmd_io.data = &c;
	ev_io_start(c.loop, &c.cmd_io);
	/* Tell the parent we are listening. */
	if (write(resp_fd, "R\n", 2) != 2)
		return 15;
	ev_run(c.loop, 0);
	ev_io_stop(c.loop, &c.cmd_io);
	c.part->ops->stop(c.part);
	vmbus_server_disconnect(c.srv);
	for (unsigned i = 0; i < c.necho; i++)
		vmbus_echo_destroy(c.echo[i]);
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
		ssize_t r = read(fd, buf + n, 1);
		if (r <= 0)
			return -EPIPE;
		if (buf[n] == '\n')
			break;
		n++;
	}
	buf[n] = 0;
	return 0;
}

int host_start(struct host *h, const struct host_opts *o)
{
	int cmd[2], resp[2];
	char line[16];
	static const struct host_opts def = {0};

	if (!o)
		o = &def;
	snprintf(h->sock, sizeof(h->sock), "/tmp/pv-proto-%d-%ld.sock", (int)getpid(),
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
		/* _exit skips LeakSanitizer's exit hook: run it here. */
		if (!rc && __lsan_do_recoverable_leak_check && __lsan_do_recoverable_leak_check())
			rc = 20;
		_exit(rc);
	}
	close(cmd[0]);
	close(resp[1]);
	h->cmd_fd = cmd[1];
	h->resp_fd = resp[0];
	if (read_line(h->resp_fd, line, sizeof(line)) || strcmp(line, "R")) {
		host_stop(h);
		return -EIO;
	}
	return 0;
}

long long host_cmd(struct host *h, const char *fmt, ...)
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

int host_stop(struct host *h)
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
