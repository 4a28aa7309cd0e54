/*
 * The inspect tree (inspect.h). Registered nodes form one tree under a
 * mutex; rendering builds a tree of values from the show callbacks, finds
 * the requested path in it and prints that part as text or JSON.
 */
#include "runtime/inspect.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#define INSPECT_NAME_MAX 64
#define INSPECT_DEPTH_MAX 32

struct rt_inspect_node {
	char name[INSPECT_NAME_MAX];
	struct rt_inspect_node *parent;
	TAILQ_ENTRY(rt_inspect_node) link;
	TAILQ_HEAD(, rt_inspect_node) kids;
	rt_inspect_show_fn show;
	rt_inspect_get_fn get; /* knobs */
	rt_inspect_set_fn set;
	const char *doc;
	void *ctx;
};

struct rt_inspect {
	pthread_mutex_t mu; /* the whole tree, and every callback while it runs */
	struct rt_inspect_node root;
};

/* A rendered value: a directory or a leaf (text, number, bool). */
enum ival_kind { IVAL_DIR, IVAL_STR, IVAL_NUM, IVAL_BOOL };

struct ival {
	char *name;
	enum ival_kind kind;
	char *text; /* IVAL_STR, IVAL_NUM (digits), IVAL_BOOL ("true"/"false") */
	struct ival *kids, **tail;
	struct ival *next;
};

struct rt_inspect_out {
	struct ival *stack[INSPECT_DEPTH_MAX];
	int depth;
	int floor; /* the dir of the node being shown: its callback cannot close it */
	bool nomem;
};

static void node_init(struct rt_inspect_node *n, const char *name)
{
	memset(n, 0, sizeof(*n));
	snprintf(n->name, sizeof(n->name), "%s", name);
	TAILQ_INIT(&n->kids);
}

int rt_inspect_new(struct rt_inspect **out)
{
	struct rt_inspect *in = calloc(1, sizeof(*in));

	if (!in)
		return -ENOMEM;
	pthread_mutex_init(&in->mu, NULL);
	node_init(&in->root, "");
	*out = in;
	return 0;
}

static void node_free(struct rt_inspect_node *n, bool self)
{
	struct rt_inspect_node *k;

	while ((k = TAILQ_FIRST(&n->kids))) {
		TAILQ_REMOVE(&n->kids, k, link);
		node_free(k, true);
	}
	if (self)
		free(n);
}

void rt_inspect_free(struct rt_inspect *in)
{
	if (!in)
		return;
	node_free(&in->root, false);
	pthread_mutex_destroy(&in->mu);
	free(in);
}

struct rt_inspect_node *rt_inspect_root(struct rt_inspect *in)
{
	return in ? &in->root : NULL;
}

static bool name_ok(const char *name)
{
	size_t n = name ? strlen(name) : 0;

	if (n == 0 || n >= INSPECT_NAME_MAX)
		return false;
	for (const char *p = name; *p; p++)
		if (*p == '.' || *p <= ' ' || *p == '"' || *p == '\\' || *p == 0x7f)
			return false;
	return true;
}

static struct rt_inspect_node *kid(const struct rt_inspect_node *n, const char *name, size_t len)
{
	struct rt_inspect_node *k;

	TAILQ_FOREACH(k, &n->kids, link)
		if (strlen(k->name) == len && !memcmp(k->name, name, len))
			return k;
	return NULL;
}

static struct rt_inspect_node *add(struct rt_inspect *in, struct rt_inspect_node *parent,
				   const char *name, struct rt_inspect_node *tmpl)
{
	struct rt_inspect_node *n;

	if (!in) {
		errno = 0;
		return NULL;
	}
	if (!name_ok(name)) {
		errno = EINVAL;
		return NULL;
	}
	n = malloc(sizeof(*n));
	if (!n) {
		errno = ENOMEM;
		return NULL;
	}
	node_init(n, name);
	n->show = tmpl->show;
	n->get = tmpl->get;
	n->set = tmpl->set;
	n->doc = tmpl->doc;
	n->ctx = tmpl->ctx;
	pthread_mutex_lock(&in->mu);
	if (!parent)
		parent = &in->root;
	if (kid(parent, name, strlen(name))) {
		pthread_mutex_unlock(&in->mu);
		free(n);
		errno = EEXIST;
		return NULL;
	}
	n->parent = parent;
	TAILQ_INSERT_TAIL(&parent->kids, n, link);
	pthread_mutex_unlock(&in->mu);
	return n;
}

struct rt_inspect_node *rt_inspect_add(struct rt_inspect *in, struct rt_inspect_node *parent,
				       const char *name, rt_inspect_show_fn show, void *ctx)
{
	struct rt_inspect_node t = {.show = show, .ctx = ctx};

	return add(in, parent, name, &t);
}

struct rt_inspect_node *rt_inspect_knob(struct rt_inspect *in, struct rt_inspect_node *parent,
					const char *name, const char *doc, rt_inspect_get_fn get,
					rt_inspect_set_fn set, void *ctx)
{
	struct rt_inspect_node t = {.get = get, .set = set, .doc = doc, .ctx = ctx};

	if (!get) {
		errno = EINVAL;
		return NULL;
	}
	return add(in, parent, name, &t);
}

void rt_inspect_remove(struct rt_inspect *in, struct rt_inspect_node *node)
{
	if (!in || !node || node == &in->root)
		return;
	pthread_mutex_lock(&in->mu);
	TAILQ_REMOVE(&node->parent->kids, node, link);
	pthread_mutex_unlock(&in->mu);
	node_free(node, true);
}

/* ------------------------------------------------------------------ */
/* values                                                               */

static struct ival *ival_new(struct rt_inspect_out *o, const char *name, enum ival_kind kind,
			     char *text)
{
	struct ival *v, *parent;

	if (o->nomem || o->depth == 0)
		goto fail;
	v = calloc(1, sizeof(*v));
	if (!v)
		goto fail;
	v->name = strdup(name ? name : "?");
	if (!v->name) {
		free(v);
		goto fail;
	}
	v->kind = kind;
	v->text = text;
	v->tail = &v->kids;
	parent = o->stack[o->depth - 1];
	*parent->tail = v;
	parent->tail = &v->next;
	return v;
fail:
	o->nomem = true;
	free(text);
	return NULL;
}

static void ival_free(struct ival *v)
{
	while (v) {
		struct ival *next = v->next;
		ival_free(v->kids);
		free(v->name);
		free(v->text);
		free(v);
		v = next;
	}
}

void rt_inspect_u64(struct rt_inspect_out *o, const char *name, uint64_t v)
{
	char b[24];

	snprintf(b, sizeof(b), "%" PRIu64, v);
	ival_new(o, name, IVAL_NUM, strdup(b));
}

void rt_inspect_i64(struct rt_inspect_out *o, const char *name, int64_t v)
{
	char b[24];

	snprintf(b, sizeof(b), "%" PRId64, v);
	ival_new(o, name, IVAL_NUM, strdup(b));
}

void rt_inspect_bool(struct rt_inspect_out *o, const char *name, bool v)
{
	ival_new(o, name, IVAL_BOOL, strdup(v ? "true" : "false"));
}

void rt_inspect_str(struct rt_inspect_out *o, const char *name, const char *f, ...)
{
	va_list ap;
	char *s = NULL;

	va_start(ap, f);
	if (vasprintf(&s, f, ap) < 0)
		s = NULL;
	va_end(ap);
	if (!s)
		o->nomem = true;
	else
		ival_new(o, name, IVAL_STR, s);
}

void rt_inspect_dir(struct rt_inspect_out *o, const char *name)
{
	struct ival *v = ival_new(o, name, IVAL_DIR, NULL);

	if (!v)
		return;
	if (o->depth == INSPECT_DEPTH_MAX) {
		o->nomem = true;
		return;
	}
	o->stack[o->depth++] = v;
}

void rt_inspect_dirf(struct rt_inspect_out *o, const char *f, ...)
{
	char name[64];
	va_list ap;

	va_start(ap, f);
	vsnprintf(name, sizeof(name), f, ap);
	va_end(ap);
	rt_inspect_dir(o, name);
}

void rt_inspect_end(struct rt_inspect_out *o)
{
	/* The callback's own dirs only: the node's dir stays. */
	if (o->depth > o->floor)
		o->depth--;
}

/* Under in->mu: the values of n's subtree into o's current dir. */
static void build(struct rt_inspect_out *o, struct rt_inspect_node *n)
{
	struct rt_inspect_node *k;
	int depth = o->depth;

	if (n->get) {
		char buf[256];
		buf[0] = 0;
		n->get(n->ctx, buf, sizeof(buf));
		buf[sizeof(buf) - 1] = 0;
		ival_new(o, n->name, IVAL_STR, strdup(buf));
		return;
	}
	if (n->show) {
		int base = o->depth, floor = o->floor;
		o->floor = base;
		n->show(n->ctx, o);
		o->depth = base; /* a callback that forgot an _end() harms nothing */
		o->floor = floor;
	}
	TAILQ_FOREACH(k, &n->kids, link) {
		if (k->get) {
			build(o, k);
			continue;
		}
		rt_inspect_dir(o, k->name);
		if (o->depth == depth + 1 && !o->nomem)
			build(o, k);
		o->depth = depth;
	}
}

/* ------------------------------------------------------------------ */
/* printing                                                             */

struct sbuf {
	char *p;
	size_t len, cap;
	bool nomem;
};

static void put(struct sbuf *b, const char *s, size_t n)
{
	if (b->nomem)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			b->nomem = true;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

static void puts_(struct sbuf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void put_json_str(struct sbuf *b, const char *s)
{
	char esc[8];

	put(b, "\"", 1);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\') {
			esc[0] = '\\';
			esc[1] = (char)c;
			put(b, esc, 2);
		} else if (c < 0x20) {
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			puts_(b, esc);
		} else {
			put(b, (const char *)&c, 1);
		}
	}
	put(b, "\"", 1);
}

static void print_text(struct sbuf *b, const struct ival *v, int indent)
{
	for (; v; v = v->next) {
		for (int i = 0; i < indent; i++)
			puts_(b, "  ");
		puts_(b, v->name);
		puts_(b, ":");
		if (v->kind == IVAL_DIR) {
			puts_(b, "\n");
			print_text(b, v->kids, indent + 1);
		} else {
			puts_(b, " ");
			puts_(b, v->text ? v->text : "");
			puts_(b, "\n");
		}
	}
}

static void print_json_value(struct sbuf *b, const struct ival *v);

static void print_json_dir(struct sbuf *b, const struct ival *kids)
{
	puts_(b, "{");
	for (const struct ival *k = kids; k; k = k->next) {
		put_json_str(b, k->name);
		puts_(b, ": ");
		print_json_value(b, k);
		if (k->next)
			puts_(b, ", ");
	}
	puts_(b, "}");
}

static void print_json_value(struct sbuf *b, const struct ival *v)
{
	if (v->kind == IVAL_DIR)
		print_json_dir(b, v->kids);
	else if (v->kind == IVAL_STR)
		put_json_str(b, v->text ? v->text : "");
	else
		puts_(b, v->text ? v->text : "null");
}

/* The value at the remaining path components (dot-separated), or NULL. */
static const struct ival *find(const struct ival *dir, const char *path)
{
	while (path && *path) {
		const char *dot = strchr(path, '.');
		size_t n = dot ? (size_t)(dot - path) : strlen(path);
		const struct ival *k;

		if (!dir || dir->kind != IVAL_DIR)
			return NULL;
		for (k = dir->kids; k; k = k->next)
			if (strlen(k->name) == n && !memcmp(k->name, path, n))
				break;
		if (!k)
			return NULL;
		dir = k;
		path = dot ? dot + 1 : NULL;
	}
	return dir;
}

int rt_inspect_render(struct rt_inspect *in, const char *path, bool json, char **buf, size_t *len)
{
	struct rt_inspect_node *n = &in->root;
	struct ival top = {.kind = IVAL_DIR};
	struct rt_inspect_out o = {.depth = 1, .floor = 1};
	const struct ival *at;
	const char *rest = path ? path : "";
	struct sbuf b = {0};
	int rc = 0;

	top.tail = &top.kids;
	top.name = (char *)"";
	o.stack[0] = &top;
	pthread_mutex_lock(&in->mu);
	/* Build only below the deepest registered node the path names. */
	while (*rest) {
		const char *dot = strchr(rest, '.');
		size_t k = dot ? (size_t)(dot - rest) : strlen(rest);
		struct rt_inspect_node *c = kid(n, rest, k);
		if (!c || c->get)
			break;
		n = c;
		rest = dot ? dot + 1 : "";
	}
	build(&o, n);
	pthread_mutex_unlock(&in->mu);
	at = find(&top, rest);
	if (o.nomem) {
		rc = -ENOMEM;
	} else if (!at) {
		rc = -ENOENT;
	} else if (json) {
		print_json_value(&b, at);
		puts_(&b, "\n");
	} else if (at->kind == IVAL_DIR) {
		print_text(&b, at->kids, 0);
		if (!b.len)
			puts_(&b, "");
	} else {
		puts_(&b, at->text ? at->text : "");
		puts_(&b, "\n");
	}
	ival_free(top.kids);
	if (!rc && b.nomem)
		rc = -ENOMEM;
	if (rc) {
		free(b.p);
		return rc;
	}
	*buf = b.p ? b.p : strdup("");
	*len = b.len;
	return *buf ? 0 : -ENOMEM;
}

int rt_inspect_set(struct rt_inspect *in, const char *path, const char *value, char *err,
		   size_t errlen)
{
	struct rt_inspect_node *n = &in->root;
	const char *rest = path ? path : "";
	int rc;

	pthread_mutex_lock(&in->mu);
	while (*rest && n) {
		const char *dot = strchr(rest, '.');
		size_t k = dot ? (size_t)(dot - rest) : strlen(rest);
		n = kid(n, rest, k);
		rest = dot ? dot + 1 : "";
	}
	if (!n || !n->get || !n->set || n == &in->root) {
		pthread_mutex_unlock(&in->mu);
		snprintf(err, errlen, "no knob '%s' (pvctl knobs lists them)", path ? path : "");
		return -ENOENT;
	}
	err[0] = 0;
	rc = n->set(n->ctx, value, err, errlen);
	pthread_mutex_unlock(&in->mu);
	if (rc && !err[0])
		snprintf(err, errlen, "%s: %s", path, strerror(-rc));
	return rc;
}

/* Under in->mu. */
static void list_knobs(struct sbuf *b, const struct rt_inspect_node *n, char *path, size_t plen)
{
	const struct rt_inspect_node *k;

	TAILQ_FOREACH(k, &n->kids, link) {
		size_t l = strlen(path);
		if (l + strlen(k->name) + 2 >= plen)
			continue;
		snprintf(path + l, plen - l, "%s%s", l ? "." : "", k->name);
		if (k->get) {
			char val[256] = "";
			k->get(k->ctx, val, sizeof(val));
			val[sizeof(val) - 1] = 0;
			puts_(b, path);
			puts_(b, " = ");
			puts_(b, val);
			if (k->doc) {
				puts_(b, "    # ");
				puts_(b, k->doc);
			}
			if (!k->set)
				puts_(b, " (read-only)");
			puts_(b, "\n");
		} else {
			list_knobs(b, k, path, plen);
		}
		path[l] = 0;
	}
}

int rt_inspect_knobs(struct rt_inspect *in, char **buf, size_t *len)
{
	struct sbuf b = {0};
	char path[INSPECT_NAME_MAX * INSPECT_DEPTH_MAX] = "";

	pthread_mutex_lock(&in->mu);
	list_knobs(&b, &in->root, path, sizeof(path));
	pthread_mutex_unlock(&in->mu);
	if (b.nomem) {
		free(b.p);
		return -ENOMEM;
	}
	*buf = b.p ? b.p : strdup("");
	*len = b.len;
	return *buf ? 0 : -ENOMEM;
}
