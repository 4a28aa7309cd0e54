/*
 * The control socket: the operator's way into a running paravisor
 * (`paravisor --control PATH`, client `pvctl`). A Unix stream socket, mode
 * 0600 in a directory only its owner can enter: nothing a guest can reach
 * (no VMBus channel or partition interface leads to it).
 *
 * One request per connection: a line of at most RT_CONTROL_LINE_MAX bytes,
 * words separated by blanks. The answer is a first line `ok` or
 * `error: <why>`, then the body until the server closes the connection:
 *
 *   inspect [PATH] [--json]     the inspect tree at PATH (runtime/inspect.h)
 *   knobs                       every knob: "path = value    # values"
 *   set PATH VALUE              sets a knob (log.level, storvsp limits, ...)
 *   trace status                active, records written, filtered/dropped
 *   trace start FILE [FILTER]   records into FILE (rt_trace_filter_parse syntax)
 *   trace stop                  stops whichever sink is attached
 *   trace stream [FILTER]       after `ok`, the connection carries a live
 *                               pcapng stream until either side closes it
 *                               (pvtrace extcap, Wireshark)
 *
 * Everything runs on the loop the socket was opened on; a slow or silent
 * client costs a buffer, never a wait (requests have RT_CONTROL_TIMEOUT
 * seconds to arrive; answers are written without blocking).
 */
#ifndef RT_CONTROL_H
#define RT_CONTROL_H

#include <stddef.h>

struct ev_loop;
struct rt_inspect;
struct rt_log;
struct rt_trace;

#define RT_CONTROL_LINE_MAX 4096
#define RT_CONTROL_TIMEOUT 10.0

struct rt_control_cfg {
	const char *path;           /* the socket to create */
	struct rt_inspect *inspect; /* answered by inspect/knobs/set */
	struct rt_trace
		*trace; /* the paravisor's trace (stopped or not); NULL: no trace commands */
	struct rt_log *log;
};

struct rt_control;

/*
 * Binds and listens on cfg->path (a stale socket nobody answers on is
 * replaced; a live one is -EADDRINUSE). Loop thread. Returns 0 or a
 * negative errno.
 */
int rt_control_open(struct ev_loop *loop, const struct rt_control_cfg *cfg,
		    struct rt_control **out);

/* Closes every connection (a live trace stream is stopped), unlinks the socket. NULL: no-op. */
void rt_control_close(struct rt_control *c);

const char *rt_control_path(const struct rt_control *c);

/*
 * The directory control sockets go in by default, created 0700 if missing:
 * $PV_CONTROL_DIR, else /run/paravisor for root, else
 * $XDG_RUNTIME_DIR/paravisor, else /tmp/paravisor-<uid>. A directory that
 * exists but is not ours or is open to others is refused (-EPERM).
 * pvctl and pvtrace extcap look there for `<pid>.ctl`.
 */
int rt_control_dir(char *buf, size_t len);

/* The default socket of this process: <rt_control_dir()>/<pid>.ctl. */
int rt_control_default_path(char *buf, size_t len);

/* ---- clients (pvctl, pvtrace extcap) ---- */

/* A connected socket to `path` (blocking), or a negative errno. */
int rt_control_connect(const char *path);

/*
 * The live control sockets in rt_control_dir(): *paths gets a malloc'd array
 * of malloc'd paths (free with rt_control_list_free), sorted. Sockets nobody
 * answers on (a paravisor that was killed) are skipped. Returns the count or
 * a negative errno.
 */
int rt_control_list(char ***paths);
void rt_control_list_free(char **paths, int n);

/*
 * Sends one request line and reads the first answer line into status
 * (without its newline). Returns the connected fd, positioned at the body,
 * or a negative errno. The caller reads the body to EOF and closes the fd.
 */
int rt_control_request(const char *path, const char *line, char *status, size_t len);

#endif
