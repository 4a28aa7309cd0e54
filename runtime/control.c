/*
 * The control socket (control.h): a listening Unix socket on a libev loop,
 * one request line per connection, answers written without blocking.
 */
#include "runtime/control.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "runtime/inspect.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/trace.h"
#include "runtime/util.h"

struct ctl_conn {
	struct rt_control *c;
	LIST_ENTRY(ctl_conn) link;
	int fd;
	ev_io io;
	struct rt_timer timer;
	char in[RT_CONTROL_LINE_MAX + 1];
	size_t inlen;
	char *out;
	size_t outlen, outoff;
	bool stream_after; /* once `ok` is out, the connection becomes the trace stream */
	struct rt_trace_filter filt;
	bool has_filt;
};

struct rt_control {
	struct ev_loop *loop;
	struct rt_control_cfg cfg;
	char path[108];
	int fd;
	ev_io accept_io;
	struct rt_log_obj log;
	LIST_HEAD(, ctl_conn) conns;
	/* The live trace stream (trace stream): its fd is ours; the trace writes it. */
	int stream_fd;
	ev_io stream_io;
};

static void conn_free(struct ctl_conn *k)
{
	ev_io_stop(k->c->loop, &k->io);
	rt_timer_stop(&k->timer);
	LIST_REMOVE(k, link);
	if (k->fd >= 0)
		close(k->fd);
	free(k->out);
	free(k);
}

static void stream_end(struct rt_control *c, const char *why)
{
	if (c->stream_fd < 0)
		return;
	rt_trace_stop(c->cfg.trace);
	ev_io_stop(c->loop, &c->stream_io);
	close(c->stream_fd);
	c->stream_fd = -1;
	rt_log_info(&c->log, "trace stream ended (%s)", why);
}

/* The stream's reader sends nothing; readable means it went away. */
static void stream_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct rt_control *c = rt_container_of(w, struct rt_control, stream_io);
	char b[64];
	ssize_t n = read(c->stream_fd, b, sizeof(b));

	(void)loop;
	(void)revents;
	if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
		stream_end(c, "the reader closed it");
}

static void reply(struct ctl_conn *k, const char *head, const char *body, size_t blen)
{
	size_t hl = strlen(head);
	char *o = malloc(hl + 1 + blen);

	free(k->out);
	k->out = o;
	k->outoff = 0;
	k->outlen = 0;
	if (!o)
		return;
	/*
	 * The status line is one printable line whatever it quotes back (an
	 * error naming a value with tabs, CRs or other control bytes in it):
	 * those become '?' so a client reading lines is not misled.
	 */
	for (size_t i = 0; i < hl; i++)
		o[i] = (unsigned char)head[i] < 0x20 || head[i] == 0x7f ? '?' : head[i];
	o[hl] = '\n';
	if (blen)
		memcpy(o + hl + 1, body, blen);
	k->outlen = hl + 1 + blen;
}

static void replyf(struct ctl_conn *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void replyf(struct ctl_conn *k, const char *fmt, ...)
{
	char line[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	reply(k, line, NULL, 0);
}

static void do_inspect(struct ctl_conn *k, char **w, int n)
{
	const char *path = "";
	bool json = false;
	char *buf;
	size_t len;
	int rc;

	for (int i = 1; i < n; i++) {
		if (!strcmp(w[i], "--json"))
			json = true;
		else
			path = w[i];
	}
	rc = rt_inspect_render(k->c->cfg.inspect, path, json, &buf, &len);
	if (rc == -ENOENT) {
		replyf(k, "error: nothing at '%s'", path);
		return;
	}
	if (rc) {
		replyf(k, "error: %s", strerror(-rc));
		return;
	}
	reply(k, "ok", buf, len);
	free(buf);
}

static void do_trace(struct ctl_conn *k, char **w, int n)
{
	struct rt_control *c = k->c;
	struct rt_trace *t = c->cfg.trace;
	struct rt_trace_filter f;
	char err[160];
	int rc;

	if (!t) {
		reply(k, "error: this paravisor has no trace object", NULL, 0);
		return;
	}
	if (n >= 2 && !strcmp(w[1], "status")) {
		uint64_t wr, filt;
		char body[160];
		int l;
		rt_trace_counts(t, &wr, &filt);
		l = snprintf(body, sizeof(body),
			     "active: %s\nstream: %s\nwritten: %" PRIu64
			     "\nfiltered_or_dropped: %" PRIu64 "\n",
			     rt_trace_active(t) ? "true" : "false",
			     c->stream_fd >= 0 ? "true" : "false", wr, filt);
		reply(k, "ok", body, (size_t)l);
		return;
	}
	if (n >= 2 && !strcmp(w[1], "stop")) {
		if (c->stream_fd >= 0)
			stream_end(c, "trace stop");
		else
			rt_trace_stop(t);
		rt_log_info(&c->log, "trace stopped");
		reply(k, "ok", NULL, 0);
		return;
	}
	bool start = n >= 3 && !strcmp(w[1], "start");
	bool stream = n >= 2 && !strcmp(w[1], "stream");
	const char *fspec = start ? (n >= 4 ? w[3] : NULL) : (n >= 3 ? w[2] : NULL);
	if (!start && !stream) {
		reply(k, "error: trace status | start FILE [FILTER] | stop | stream [FILTER]", NULL,
		      0);
		return;
	}
	if (fspec && rt_trace_filter_parse(fspec, &f, err, sizeof(err))) {
		replyf(k, "error: %s", err);
		return;
	}
	if (rt_trace_active(t)) {
		reply(k, "error: a trace is already being written (trace stop first)", NULL, 0);
		return;
	}
	if (start) {
		rc = rt_trace_start(t, w[2], fspec ? &f : NULL);
		if (rc) {
			replyf(k, "error: %s: %s", w[2], strerror(-rc));
			return;
		}
		rt_log_info(&c->log, "trace started: %s%s%s", w[2], fspec ? " filter " : "",
			    fspec ? fspec : "");
		reply(k, "ok", NULL, 0);
		return;
	}
	k->stream_after = true;
	k->has_filt = fspec != NULL;
	if (fspec)
		k->filt = f;
	reply(k, "ok", NULL, 0);
}

static void do_request(struct ctl_conn *k)
{
	char *w[8], *save = NULL, *value = NULL;
	int n = 0;

	for (char *tok = strtok_r(k->in, " \t", &save); tok && n < 8;
	     tok = strtok_r(NULL, " \t", &save)) {
		w[n++] = tok;
		/* set PATH VALUE: the value is the rest of the line, blanks and all */
		if (n == 2 && !strcmp(w[0], "set")) {
			value = save;
			while (value && (*value == ' ' || *value == '\t'))
				value++;
			break;
		}
	}
	if (n == 0) {
		reply(k, "error: empty request", NULL, 0);
	} else if (!strcmp(w[0], "inspect")) {
		do_inspect(k, w, n);
	} else if (!strcmp(w[0], "knobs")) {
		char *buf;
		size_t len;
		if (rt_inspect_knobs(k->c->cfg.inspect, &buf, &len)) {
			reply(k, "error: out of memory", NULL, 0);
			return;
		}
		reply(k, "ok", buf, len);
		free(buf);
	} else if (!strcmp(w[0], "set")) {
		char err[256];
		int rc;
		if (n < 2 || !value || !*value) {
			reply(k, "error: set PATH VALUE", NULL, 0);
			return;
		}
		rc = rt_inspect_set(k->c->cfg.inspect, w[1], value, err, sizeof(err));
		if (rc) {
			replyf(k, "error: %s", err);
			return;
		}
		rt_log_info(&k->c->log, "set %s = %s", w[1], value);
		reply(k, "ok", NULL, 0);
	} else if (!strcmp(w[0], "trace")) {
		do_trace(k, w, n);
	} else {
		replyf(k, "error: unknown request '%.40s' (inspect, knobs, set, trace)", w[0]);
	}
}

/* The answer is out: either close, or hand the socket to the trace. */
static void conn_done(struct ctl_conn *k)
{
	struct rt_control *c = k->c;
	int rc;

	if (!k->stream_after) {
		conn_free(k);
		return;
	}
	rc = rt_trace_start_fd(c->cfg.trace, k->fd, false, k->has_filt ? &k->filt : NULL);
	if (rc) {
		rt_log_warn(&c->log, "trace stream: %s", strerror(-rc));
		conn_free(k);
		return;
	}
	c->stream_fd = k->fd;
	k->fd = -1;
	ev_io_init(&c->stream_io, stream_cb, c->stream_fd, EV_READ);
	ev_io_start(c->loop, &c->stream_io);
	rt_log_info(&c->log, "trace stream started");
	conn_free(k);
}

static void conn_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct ctl_conn *k = rt_container_of(w, struct ctl_conn, io);
	ssize_t n;

	(void)loop;
	if (k->out) {
		if (!(revents & EV_WRITE))
			return;
		while (k->outoff < k->outlen) {
			n = write(k->fd, k->out + k->outoff, k->outlen - k->outoff);
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
				return;
			if (n <= 0) {
				conn_free(k);
				return;
			}
			k->outoff += (size_t)n;
		}
		conn_done(k);
		return;
	}
	n = read(k->fd, k->in + k->inlen, RT_CONTROL_LINE_MAX - k->inlen);
	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (n <= 0) {
		conn_free(k);
		return;
	}
	k->inlen += (size_t)n;
	k->in[k->inlen] = 0;
	char *nl = memchr(k->in, '\n', k->inlen);
	if (!nl && k->inlen < RT_CONTROL_LINE_MAX)
		return;
	if (!nl) {
		reply(k, "error: request longer than 4096 bytes", NULL, 0);
	} else {
		bool text = true;
		*nl = 0;
		if (nl > k->in && nl[-1] == '\r')
			nl[-1] = 0;
		for (const char *p = k->in; p < nl && *p; p++)
			text &= (unsigned char)*p >= 0x20 || *p == '\t';
		if (!text || memchr(k->in, 0, (size_t)(nl - k->in)))
			reply(k, "error: the request is not a line of text", NULL, 0);
		else
			do_request(k);
	}
	if (!k->out) {
		conn_free(k);
		return;
	}
	ev_io_stop(k->c->loop, &k->io);
	ev_io_set(&k->io, k->fd, EV_WRITE);
	ev_io_start(k->c->loop, &k->io);
	rt_timer_stop(&k->timer);
	rt_timer_start(&k->timer, RT_CONTROL_TIMEOUT, 0);
}

static void conn_timeout(struct rt_timer *t)
{
	conn_free(rt_container_of(t, struct ctl_conn, timer));
}

static void accept_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct rt_control *c = rt_container_of(w, struct rt_control, accept_io);
	struct ctl_conn *k;
	int fd;

	(void)revents;
	fd = accept4(c->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd < 0)
		return;
	k = calloc(1, sizeof(*k));
	if (!k) {
		close(fd);
		return;
	}
	k->c = c;
	k->fd = fd;
	LIST_INSERT_HEAD(&c->conns, k, link);
	ev_io_init(&k->io, conn_cb, fd, EV_READ);
	ev_io_start(loop, &k->io);
	/* A client that never finishes its line (or never reads) is dropped. */
	rt_timer_init(&k->timer, loop, conn_timeout);
	rt_timer_start(&k->timer, RT_CONTROL_TIMEOUT, 0);
}

/* True if something answers on path (a live paravisor). */
static bool socket_live(const struct sockaddr_un *sa)
{
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	bool live;

	if (fd < 0)
		return false;
	live = connect(fd, (const struct sockaddr *)sa, sizeof(*sa)) == 0;
	close(fd);
	return live;
}

int rt_control_open(struct ev_loop *loop, const struct rt_control_cfg *cfg, struct rt_control **out)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	struct rt_control *c;
	mode_t old;
	int rc;

	if (!cfg->path || strlen(cfg->path) >= sizeof(sa.sun_path) || !cfg->inspect)
		return -EINVAL;
	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	c->loop = loop;
	c->cfg = *cfg;
	c->stream_fd = -1;
	snprintf(c->path, sizeof(c->path), "%s", cfg->path);
	rt_log_obj_init(&c->log, cfg->log, "control");
	LIST_INIT(&c->conns);
	memcpy(sa.sun_path, c->path, strlen(c->path));
	c->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (c->fd < 0) {
		rc = -errno;
		goto fail;
	}
	if (socket_live(&sa)) {
		rc = -EADDRINUSE;
		goto fail;
	}
	unlink(c->path);
	old = umask(0077); /* owner only from the start, not after a chmod */
	rc = bind(c->fd, (struct sockaddr *)&sa, sizeof(sa));
	umask(old);
	if (rc || chmod(c->path, 0600) || listen(c->fd, 16)) {
		rc = -errno;
		goto fail;
	}
	ev_io_init(&c->accept_io, accept_cb, c->fd, EV_READ);
	ev_io_start(loop, &c->accept_io);
	*out = c;
	return 0;
fail:
	if (c->fd >= 0)
		close(c->fd);
	free(c);
	return rc;
}

void rt_control_close(struct rt_control *c)
{
	if (!c)
		return;
	while (!LIST_EMPTY(&c->conns))
		conn_free(LIST_FIRST(&c->conns));
	stream_end(c, "paravisor stopping");
	ev_io_stop(c->loop, &c->accept_io);
	close(c->fd);
	unlink(c->path);
	free(c);
}

const char *rt_control_path(const struct rt_control *c)
{
	return c->path;
}

int rt_control_dir(char *buf, size_t len)
{
	const char *env = getenv("PV_CONTROL_DIR"), *xdg = getenv("XDG_RUNTIME_DIR");
	struct stat st;

	if (env && *env)
		snprintf(buf, len, "%s", env);
	else if (geteuid() == 0)
		snprintf(buf, len, "/run/paravisor");
	else if (xdg && *xdg)
		snprintf(buf, len, "%s/paravisor", xdg);
	else
		snprintf(buf, len, "/tmp/paravisor-%u", (unsigned)geteuid());
	if (mkdir(buf, 0700) && errno != EEXIST)
		return -errno;
	if (lstat(buf, &st))
		return -errno;
	/* Someone else's directory, or one others can write into, could hand
	 * our clients their socket: refuse it. */
	if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 0022))
		return -EPERM;
	return 0;
}

int rt_control_connect(const char *path)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd;

	if (strlen(path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	memcpy(sa.sun_path, path, strlen(path));
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		int e = errno;
		close(fd);
		return -e;
	}
	return fd;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int rt_control_list(char ***paths)
{
	char dir[96];
	DIR *d;
	struct dirent *e;
	char **v = NULL;
	int n = 0, rc = rt_control_dir(dir, sizeof(dir));

	*paths = NULL;
	if (rc)
		return rc;
	d = opendir(dir);
	if (!d)
		return -errno;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		char *p, **nv;
		int fd;
		if (l < 5 || strcmp(e->d_name + l - 4, ".ctl"))
			continue;
		if (asprintf(&p, "%s/%s", dir, e->d_name) < 0)
			break;
		fd = rt_control_connect(p);
		if (fd < 0) {
			free(p);
			continue;
		}
		close(fd);
		nv = realloc(v, (size_t)(n + 1) * sizeof(*v));
		if (!nv) {
			free(p);
			break;
		}
		v = nv;
		v[n++] = p;
	}
	closedir(d);
	if (n)
		qsort(v, (size_t)n, sizeof(*v), cmp_str);
	*paths = v;
	return n;
}

void rt_control_list_free(char **paths, int n)
{
	for (int i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
}

int rt_control_request(const char *path, const char *line, char *status, size_t len)
{
	char req[RT_CONTROL_LINE_MAX + 1];
	size_t l = strlen(line), off = 0;
	int fd;
	char c;

	if (l >= RT_CONTROL_LINE_MAX || strchr(line, '\n'))
		return -EINVAL;
	memcpy(req, line, l);
	req[l++] = '\n';
	fd = rt_control_connect(path);
	if (fd < 0)
		return fd;
	while (off < l) {
		ssize_t n = write(fd, req + off, l - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int e = n < 0 ? errno : EPIPE;
			close(fd);
			return -e;
		}
		off += (size_t)n;
	}
	/* The status line, one byte at a time: the body after it is the caller's. */
	for (l = 0;;) {
		ssize_t n = read(fd, &c, 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -ECONNRESET;
		}
		if (c == '\n')
			break;
		if (l + 1 < len)
			status[l++] = c;
	}
	status[l] = 0;
	return fd;
}

int rt_control_default_path(char *buf, size_t len)
{
	char dir[96];
	int rc = rt_control_dir(dir, sizeof(dir));

	if (rc)
		return rc;
	if ((size_t)snprintf(buf, len, "%s/%d.ctl", dir, (int)getpid()) >= len)
		return -ENAMETOOLONG;
	return 0;
}
