/* Forked paravisor host for protocol tests and benchmarks (see host.h). */
#include "host.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition_sim.h"
#include "runtime/vmbus/vmbus_server.h"

/* Present under ASan/LSan: lets the child report leaks through its exit code. */
extern int __lsan_do_recoverable_leak_check(void) __attribute__((weak));

struct child {
	struct host_env env;
	const struct host_device *dev;
	void *dev_state;
	int cmd_fd, resp_fd;
	ev_io cmd_io;
	char line[256];
	size_t linelen;
};

static long long cpu_us(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (long long)ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
	       (long long)ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec;
}

static long long run_cmd(struct child *c, const char *line)
{
	if (!strcmp(line, "cpu"))
		return cpu_us();
	if (!strcmp(line, "quit")) {
		ev_break(c->env.loop, EVBREAK_ALL);
		return 0;
	}
	return c->dev->cmd(c->dev_state, line);
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

static int child_main(const struct host_device *dev, const struct host_params *p, const void *opts,
		      const char *sock, int cmd_fd, int resp_fd)
{
	struct rt_log log;
	struct child c = {.env.log = &log, .dev = dev, .cmd_fd = cmd_fd, .resp_fd = resp_fd};
	struct host_env *e = &c.env;
	struct vmbus_server_opts so = {.max_version = p->max_version,
				       .msg_conn_id = p->msg_conn_id,
				       .workers = p->workers,
				       .log = &log};
	int rc;

	/* The test may close its pipe ends before reading our last answer. */
	signal(SIGPIPE, SIG_IGN);
	rt_log_init(&log);
	e->loop = rt_loop_new();
	if (!e->loop)
		return 10;
	if (rt_partition_sim_create(e->loop, sock, p->mem, 2, &e->part))
		return 11;
	rt_partition_sim_set_log(e->part, &log);
	if (vmbus_server_new(e->part, &so, &e->srv))
		return 12;
	rc = dev->setup(e, opts, &c.dev_state);
	if (rc)
		return rc;
	if (e->part->ops->start(e->part))
		return 15;
	ev_io_init(&c.cmd_io, cmd_cb, cmd_fd, EV_READ);
	c.cmd_io.data = &c;
	ev_io_start(e->loop, &c.cmd_io);
	/* Tell the parent we are listening. */
	if (write(resp_fd, "R\n", 2) != 2)
		return 16;
	ev_run(e->loop, 0);
	ev_io_stop(e->loop, &c.cmd_io);
	e->part->ops->stop(e->part);
	dev->teardown(c.dev_state, e);
	vmbus_server_destroy(e->srv);
	e->part->ops->destroy(e->part);
	rt_loop_destroy(e->loop);
	rt_log_fini(&log);
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

int host_start(struct host *h, const struct host_device *dev, const struct host_params *p,
	       const void *opts)
{
	int cmd[2], resp[2];
	char line[16];

	snprintf(h->sock, sizeof(h->sock), "/tmp/pv-%s-%d-%ld.sock", dev->name, (int)getpid(),
		 (long)random());
	if (pipe(cmd))
		return -errno;
	if (pipe(resp)) {
		int rc = -errno;
		close(cmd[0]);
		close(cmd[1]);
		return rc;
	}
	h->pid = fork();
	if (h->pid < 0) {
		int rc = -errno;
		close(cmd[0]);
		close(cmd[1]);
		close(resp[0]);
		close(resp[1]);
		return rc;
	}
	if (h->pid == 0) {
		close(cmd[1]);
		close(resp[0]);
		int rc = child_main(dev, p, opts, h->sock, cmd[0], resp[1]);
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
		host_kill(h);
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

static void host_close(struct host *h)
{
	close(h->cmd_fd);
	close(h->resp_fd);
}

int host_stop(struct host *h)
{
	int st = 0;

	if (h->pid <= 0)
		return -ECHILD;
	if (write(h->cmd_fd, "quit\n", 5) != 5)
		kill(h->pid, SIGKILL);
	host_close(h);
	if (waitpid(h->pid, &st, 0) < 0)
		return -errno;
	h->pid = 0;
	unlink(h->sock);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

void host_kill(struct host *h)
{
	if (h->pid <= 0)
		return;
	kill(h->pid, SIGKILL);
	host_close(h);
	waitpid(h->pid, NULL, 0);
	h->pid = 0;
	unlink(h->sock);
}

long long host_counter(const struct host_counter *t, size_t n, const void *stats, const char *name)
{
	const unsigned char *at;

	for (size_t i = 0; i < n; i++) {
		if (strcmp(t[i].name, name))
			continue;
		at = (const unsigned char *)stats + t[i].off;
		switch (t[i].size) {
		case 1:
			return *at;
		case 2: {
			uint16_t v;
			memcpy(&v, at, 2);
			return v;
		}
		case 4: {
			uint32_t v;
			memcpy(&v, at, 4);
			return v;
		}
		case 8: {
			uint64_t v;
			memcpy(&v, at, 8);
			return (long long)v;
		}
		}
		return -EINVAL;
	}
	return -EINVAL;
}
