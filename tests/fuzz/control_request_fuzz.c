/*
 * Fuzzes the control socket (runtime/control.c) through a real listening
 * socket: the line framing (pieces, CR, NUL and other non-text bytes, lines
 * past the limit, connections closed early), word splitting, and what the
 * requests reach: inspect paths and rendering (text and JSON), knob paths
 * and values (rt_inspect_set and the log level's parser), trace filters
 * (rt_trace_filter_parse), trace start/stop/status and the live stream.
 *
 * Input: [0] the write size (0: everything at once, else 1..255 bytes per
 * write, the loop running between writes); then up to 8 connections, the
 * bytes each client sends separated by 0xff.
 *
 * Checks: each answer is `ok` or `error: ...` and printable; nothing is
 * left behind (every connection, the stream and every descriptor gone once
 * the control socket is closed); nothing waits (a bound on loop turns).
 * `trace start FILE` opens go to /dev/null (open is wrapped at link time),
 * so no input writes a file.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <ev.h>

#include "runtime/control.h"
#include "runtime/inspect.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/trace.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_CONNS 8
#define MAX_TURNS 2000 /* loop turns one connection may take */

/* Every open(2) that could create or write a file goes to /dev/null. */
int __real_open(const char *path, int flags, ...);
int __wrap_open(const char *path, int flags, ...);
int __wrap_open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;

	va_start(ap, flags);
	if (flags & O_CREAT)
		mode = (mode_t)va_arg(ap, int);
	va_end(ap);
	if (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC))
		return __real_open("/dev/null", O_WRONLY | O_CLOEXEC);
	return __real_open(path, flags, mode);
}

static struct ev_loop *loop;
static struct rt_log log_;
static struct rt_inspect *tree;
static struct rt_trace *trace;
static char sock_path[108];
static int fd_floor;       /* the lowest free descriptor with nothing of ours open */
static bool fd_before[64]; /* fd_floor + i was open before this input (libFuzzer's) */
static uint64_t counter = 7;

/* The kind of tree the paravisor hangs: values, dirs in dirs, knobs. */
static void show_obj(void *ctx, struct rt_inspect_out *o)
{
	(void)ctx;
	rt_inspect_u64(o, "requests", counter);
	rt_inspect_i64(o, "delta", -3);
	rt_inspect_bool(o, "ready", true);
	rt_inspect_str(o, "name", "a \"quoted\"\\ name\t%s", "x");
	rt_inspect_dir(o, "channels");
	for (int i = 0; i < 3; i++) {
		char n[8];
		snprintf(n, sizeof(n), "%d", i);
		rt_inspect_dir(o, n);
		rt_inspect_u64(o, "outstanding", (uint64_t)i);
		rt_inspect_dir(o, "luns");
		rt_inspect_u64(o, "0", 1);
		rt_inspect_end(o);
		rt_inspect_end(o);
	}
	rt_inspect_end(o);
}

static void get_level(void *ctx, char *buf, size_t len)
{
	(void)ctx;
	snprintf(buf, len, "%d", log_.level);
}

static int set_level(void *ctx, const char *value, char *err, size_t errlen)
{
	enum rt_log_level l;

	(void)ctx;
	if (rt_log_level_parse(value, &l)) {
		snprintf(err, errlen, "log.level: want error, warn, info or debug, got '%s'",
			 value);
		return -EINVAL;
	}
	rt_log_set_level(&log_, l);
	return 0;
}

static void get_counter(void *ctx, char *buf, size_t len)
{
	(void)ctx;
	snprintf(buf, len, "%llu", (unsigned long long)counter);
}

static int set_counter(void *ctx, const char *value, char *err, size_t errlen)
{
	char *end;
	unsigned long long v;

	(void)ctx;
	errno = 0;
	v = strtoull(value, &end, 0);
	if (errno || end == value || *end) {
		snprintf(err, errlen, "want a number, got '%s'", value);
		return -EINVAL;
	}
	counter = v;
	return 0;
}

static ev_async wake;

static void wake_cb(struct ev_loop *l, ev_async *w, int revents)
{
	(void)l;
	(void)w;
	(void)revents;
}

static void setup(void)
{
	struct rt_inspect_node *n, *dev;
	char dir[64];

	snprintf(dir, sizeof(dir), "/tmp/pvfuzz-control-%d", (int)getpid());
	setenv("PV_CONTROL_DIR", dir, 1);
	if (rt_control_dir(dir, sizeof(dir)))
		abort();
	snprintf(sock_path, sizeof(sock_path), "%s/fuzz.ctl", dir);
	loop = rt_loop_new();
	rt_log_init(&log_);
	log_.level = RT_LOG_ERROR;
	log_.fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	/* `trace start -` writes the paravisor's standard output. */
	if (log_.fd < 0 || dup2(log_.fd, STDOUT_FILENO) < 0)
		abort();
	if (!loop || rt_inspect_new(&tree) || rt_trace_new(&trace))
		abort();
	n = rt_inspect_add(tree, NULL, "log", NULL, NULL);
	rt_inspect_knob(tree, n, "level", "error|warn|info|debug", get_level, set_level, NULL);
	dev = rt_inspect_add(tree, NULL, "devices", NULL, NULL);
	n = rt_inspect_add(tree, dev, "scsi0", show_obj, NULL);
	rt_inspect_knob(tree, n, "max_outstanding", "a number", get_counter, set_counter, NULL);
	rt_inspect_knob(tree, n, "serial", "read only", get_counter, NULL, NULL);
	rt_inspect_add(tree, NULL, "empty", NULL, NULL);
	/* libev opens its wakeup pipe on the first async watcher (the live
	 * trace's): once, up front, so it does not count as a leak. */
	ev_async_init(&wake, wake_cb);
	ev_async_start(loop, &wake);
	ev_async_stop(loop, &wake);
	fd_floor = dup(0);
	close(fd_floor);
}

/* Runs the loop once without waiting. */
static void turn(void)
{
	ev_run(loop, EVRUN_NOWAIT);
}

/* An answer's first line must be `ok` or `error: <printable>`. */
static void check_status(const char *a, size_t len)
{
	const char *nl = memchr(a, '\n', len);
	size_t l = nl ? (size_t)(nl - a) : len;

	if (!nl)
		abort(); /* the server always ends the status line */
	if (!(l == 2 && !memcmp(a, "ok", 2)) && !(l > 7 && !memcmp(a, "error: ", 7)))
		abort();
	for (size_t i = 0; i < l; i++)
		if ((unsigned char)a[i] < 0x20)
			abort();
}

/* One client: sends its bytes in pieces, then reads what comes back. */
static void one_conn(const uint8_t *b, size_t n, size_t piece)
{
	char ans[2048];
	size_t alen = 0, off = 0;
	int fd = rt_control_connect(sock_path), turns = 0;
	bool got_eof = false;

	if (fd < 0)
		abort();
	fcntl(fd, F_SETFL, O_NONBLOCK);
	turn(); /* accept */
	while (off < n) {
		size_t w = piece && piece < n - off ? piece : n - off;
		ssize_t k = send(fd, b + off, w, MSG_NOSIGNAL);
		if (k <= 0)
			break; /* the server answered and closed already */
		off += (size_t)k;
		turn();
	}
	shutdown(fd, SHUT_WR); /* a line never finished ends the connection */
	while (!got_eof && turns++ < MAX_TURNS) {
		turn();
		for (;;) {
			char tmp[4096];
			ssize_t k = read(fd, tmp, sizeof(tmp));
			if (k == 0 || (k < 0 && errno != EAGAIN && errno != EINTR)) {
				got_eof = true;
				break;
			}
			if (k < 0)
				break;
			if (alen < sizeof(ans)) {
				size_t c = (size_t)k < sizeof(ans) - alen ? (size_t)k
									  : sizeof(ans) - alen;
				memcpy(ans + alen, tmp, c);
				alen += c;
			}
		}
	}
	/* Only `trace stream` keeps a connection open past its answer. */
	if (!got_eof && !(alen >= 3 && !memcmp(ans, "ok\n", 3) && rt_trace_active(trace)))
		abort(); /* the server neither answered and closed nor streams */
	if (alen)
		check_status(ans, alen);
	close(fd); /* a stream's reader going away ends the stream */
	for (int i = 0; i < 4; i++)
		turn();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool ready;
	struct rt_control_cfg cfg = {0};
	struct rt_control *c;
	size_t piece, start;
	int conns = 0, fd;

	if (!ready) {
		setup();
		ready = true;
	}
	if (size < 1)
		return 0;
	/* Taken per input: between inputs libFuzzer itself opens descriptors
	 * (the symbolizer's pipes when it prints NEW_FUNC), which are not ours. */
	for (int i = 0; i < 64; i++)
		fd_before[i] = fcntl(fd_floor + i, F_GETFD) >= 0;
	piece = data[0];
	cfg.path = sock_path;
	cfg.inspect = tree;
	cfg.trace = trace;
	cfg.log = &log_;
	if (rt_control_open(loop, &cfg, &c))
		abort();
	start = 1;
	for (size_t i = 1; i <= size && conns < MAX_CONNS; i++) {
		if (i < size && data[i] != 0xff)
			continue;
		one_conn(data + start, i - start, piece);
		conns++;
		start = i + 1;
	}
	rt_control_close(c);
	rt_trace_stop(trace);
	log_.level = RT_LOG_ERROR;
	counter = 7;
	/* Every connection, stream and file the requests opened is closed. */
	for (fd = fd_floor; fd < fd_floor + 64; fd++) {
		char p[64], t[128];
		ssize_t l;
		if (fd_before[fd - fd_floor] || fcntl(fd, F_GETFD) < 0)
			continue;
		snprintf(p, sizeof(p), "/proc/self/fd/%d", fd);
		l = readlink(p, t, sizeof(t) - 1);
		fprintf(stderr, "descriptor %d (%.*s) left open by the input\n", fd,
			(int)(l > 0 ? l : 0), t);
		abort();
	}
	return 0;
}
