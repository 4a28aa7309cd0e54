/* Forked storvsp host for protocol tests and benchmarks (see sv_host.h). */
#include "sv_host.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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
	struct storvsp *sv;
	int cmd_fd, resp_fd;
	ev_io cmd_io;
	char line[256];
	size_t linelen;
};

static long long run_cmd(struct child *c, char *line)
{
	char what[32] = "", be[32] = "", arg[200] = "";
	unsigned n = 0;
	struct storvsp_stats st;

	if (sscanf(line, "lunadd %u %31s %199s", &n, be, arg) == 3) {
		struct storvsp_lun_cfg l = {.lun = (uint16_t)n, .backend = be, .arg = arg};
		return storvsp_lun_add(c->sv, &l);
	}
	if (sscanf(line, "lunrm %u", &n) == 1)
		return storvsp_lun_remove(c->sv, (uint16_t)n);
	if (sscanf(line, "stat %31s", what) == 1) {
		storvsp_get_stats(c->sv, &st);
		if (!strcmp(what, "requests"))
			return (long long)st.requests;
		if (!strcmp(what, "completions"))
			return (long long)st.completions;
		if (!strcmp(what, "srb_errors"))
			return (long long)st.srb_errors;
		if (!strcmp(what, "bad"))
			return (long long)st.bad_packets;
		if (!strcmp(what, "throttled"))
			return (long long)st.throttled;
		if (!strcmp(what, "notifications"))
			return (long long)st.notifications;
		if (!strcmp(what, "maxout"))
			return (long long)st.max_outstanding;
		if (!strcmp(what, "resets"))
			return (long long)st.resets;
		if (!strcmp(what, "reset_waited"))
			return (long long)st.reset_waited;
		return -EINVAL;
	}
	if (sscanf(line, "chan %31s", what) == 1) {
		struct vmbus_chan_stats cs;
		vmbus_chan_get_stats(storvsp_vmbus_chan(c->sv), &cs);
		if (!strcmp(what, "sigin"))
			return (long long)cs.signals_in;
		if (!strcmp(what, "sigout"))
			return (long long)cs.signals_out;
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

static int child_main(const struct sv_host_opts *o, const char *sock, int cmd_fd, int resp_fd)
{
	struct child c = {.cmd_fd = cmd_fd, .resp_fd = resp_fd};
	struct vmbus_server_opts so = {.workers = o->workers ? o->workers : 2};
	struct storvsp_opts vo = {.subchannels = o->subchannels,
				  .max_io = o->max_io,
				  .max_version = o->max_version,
				  .name = "scsi0",
				  .instance = {0x5C, 0x51, 0x00, 0x01}};

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
	vo.log = &c.log;
	if (storvsp_create(c.srv, &vo, &c.sv))
		return 13;
	for (unsigned i = 0; i < o->nluns; i++)
		if (storvsp_lun_add(c.sv, &o->luns[i]))
			return 14;
	if (c.part->ops->start(c.part))
		return 15;
	ev_io_init(&c.cmd_io, cmd_cb, cmd_fd, EV_READ);
	c.cmd_io.data = &c;
	ev_io_start(c.loop, &c.cmd_io);
	if (write(resp_fd, "R\n", 2) != 2)
		return 16;
	ev_run(c.loop, 0);
	ev_io_stop(c.loop, &c.cmd_io);
	c.part->ops->stop(c.part);
	storvsp_destroy(c.sv);
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

int sv_host_start(struct sv_host *h, const struct sv_host_opts *o)
{
	int cmd[2], resp[2];
	char line[16];

	snprintf(h->sock, sizeof(h->sock), "/tmp/pv-sv-%d-%ld.sock", (int)getpid(), (long)random());
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
		sv_host_kill(h);
		return -EIO;
	}
	return 0;
}

long long sv_host_cmd(struct sv_host *h, const char *fmt, ...)
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

int sv_host_stop(struct sv_host *h)
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

void sv_host_kill(struct sv_host *h)
{
	if (h->pid <= 0)
		return;
	kill(h->pid, SIGKILL);
	close(h->cmd_fd);
	close(h->resp_fd);
	waitpid(h->pid, NULL, 0);
	h->pid = 0;
	unlink(h->sock);
}
