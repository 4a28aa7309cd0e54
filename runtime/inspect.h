/*
 * The inspect tree: the operator's live view of a running paravisor, and the
 * knobs that change it without a restart (served by the control socket,
 * runtime/control.h, and printed by `pvctl inspect`). The guest never sees it.
 *
 * Objects hang themselves on it. A node has a name (no '.', no blanks), an
 * optional show callback that writes the node's values when someone looks,
 * and children registered under it:
 *
 *     struct rt_inspect_node *n = rt_inspect_add(in, parent, "storvsp0", show, s);
 *     ...
 *     static void show(void *ctx, struct rt_inspect_out *o)
 *     {
 *             const struct storvsp *s = ctx;
 *             rt_inspect_u64(o, "requests", storvsp_requests(s));
 *             rt_inspect_dir(o, "lun0");          // values that come and go
 *             rt_inspect_u64(o, "reads", ...);    // live in dirs opened
 *             rt_inspect_end(o);                  // by the callback itself
 *     }
 *     ...
 *     rt_inspect_remove(in, n);    // before the object goes
 *
 * A knob is a node with a value that can be set (`pvctl set PATH VALUE`):
 *
 *     rt_inspect_knob(in, parent, "level", "error|warn|info|debug", get, set, ctx);
 *
 * get() prints the current value into a buffer; set() parses and applies
 * it, or returns -EINVAL with a reason in err. Paths name nodes and the
 * values under them from the root, with dots: "vmbus.channels.1.rx_packets",
 * "log.level".
 *
 * Threads: the tree may be changed from any thread; rendering and setting
 * run on the control socket's loop thread and hold the tree's lock while the
 * callbacks run, so once rt_inspect_remove() returns no callback of that
 * subtree runs again. Callbacks must therefore not add or remove nodes, and
 * must not block: they read what they show through the owners' accessor
 * functions (relaxed atomics or values the owning thread publishes); a
 * reading may be a few microseconds stale, never torn. A knob's set() runs
 * on the control loop too and hands the change to the owner the same way.
 *
 * Other engineers' objects (NVMe queues, MANA vports, memory budgets,
 * servicing state) hang under the root or under their device's node the
 * same way; nothing here knows their types.
 */
#ifndef RT_INSPECT_H
#define RT_INSPECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct rt_inspect;
struct rt_inspect_node;
struct rt_inspect_out;

/* Writes the node's values (and value dirs) when someone looks. */
typedef void (*rt_inspect_show_fn)(void *ctx, struct rt_inspect_out *o);
/* A knob's current value as text into buf (always NUL-terminated). */
typedef void (*rt_inspect_get_fn)(void *ctx, char *buf, size_t len);
/* Applies a knob's new value; 0 or a negative errno with err filled in. */
typedef int (*rt_inspect_set_fn)(void *ctx, const char *value, char *err, size_t errlen);

/* An empty tree (a root with no values). Returns 0 or -ENOMEM. */
int rt_inspect_new(struct rt_inspect **out);
/* Frees the tree and every node still on it (no callback runs). NULL: no-op. */
void rt_inspect_free(struct rt_inspect *in);

/* The root, to hang top-level nodes on (also what a NULL parent means). */
struct rt_inspect_node *rt_inspect_root(struct rt_inspect *in);

/*
 * Adds node `name` under `parent` (NULL: the root); `show` may be NULL (a
 * plain directory). Returns the node, or NULL with errno set: EINVAL (bad
 * name), EEXIST (a sibling has the name), ENOMEM. Any thread. A NULL `in`
 * returns NULL with errno 0, so objects built without a tree (tests) need
 * no special case.
 */
struct rt_inspect_node *rt_inspect_add(struct rt_inspect *in, struct rt_inspect_node *parent,
				       const char *name, rt_inspect_show_fn show, void *ctx);

/* A knob under `parent`; `doc` says what values it takes. See rt_inspect_add(). */
struct rt_inspect_node *rt_inspect_knob(struct rt_inspect *in, struct rt_inspect_node *parent,
					const char *name, const char *doc, rt_inspect_get_fn get,
					rt_inspect_set_fn set, void *ctx);

/*
 * Removes `node` and everything under it; no callback of theirs runs after
 * this returns. NULL node or tree: no-op. Any thread, never from a callback.
 */
void rt_inspect_remove(struct rt_inspect *in, struct rt_inspect_node *node);

/* ---- for show callbacks: values of the node being shown ---- */
void rt_inspect_u64(struct rt_inspect_out *o, const char *name, uint64_t v);
void rt_inspect_i64(struct rt_inspect_out *o, const char *name, int64_t v);
void rt_inspect_bool(struct rt_inspect_out *o, const char *name, bool v);
void rt_inspect_str(struct rt_inspect_out *o, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Opens a directory of values (one per LUN, per queue); close with _end(). */
void rt_inspect_dir(struct rt_inspect_out *o, const char *name);
/* rt_inspect_dir() with a formatted name ("%u" of a LUN, "queue%u"); at most 63 characters. */
void rt_inspect_dirf(struct rt_inspect_out *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void rt_inspect_end(struct rt_inspect_out *o);

/* ---- for the control socket ---- */

/*
 * Renders the subtree at `path` ("" or NULL: everything) as indented text
 * ("name: value" lines) or JSON. Returns 0 with *buf (malloc'd, NUL-terminated)
 * and *len, -ENOENT if nothing is at path, or -ENOMEM.
 */
int rt_inspect_render(struct rt_inspect *in, const char *path, bool json, char **buf, size_t *len);

/* Sets the knob at `path`. Returns 0, -ENOENT (no knob there), or set()'s error. */
int rt_inspect_set(struct rt_inspect *in, const char *path, const char *value, char *err,
		   size_t errlen);

/* Every knob as "path = value    # doc" lines (malloc'd). 0 or -ENOMEM. */
int rt_inspect_knobs(struct rt_inspect *in, char **buf, size_t *len);

#endif
