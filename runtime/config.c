/*
 * YAML configuration tree (see config.h). libyaml's event parser builds the
 * tree; anchors and aliases are refused because a config has no use for them
 * and they make error lines ambiguous.
 */
#include "runtime/config.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static void node_free(struct rt_cfg_node *n)
{
	while (n) {
		struct rt_cfg_node *next = n->next;
		node_free(n->child);
		free(n->key);
		free(n->value);
		free(n);
		n = next;
	}
}

void rt_cfg_free(struct rt_cfg *cfg)
{
	if (!cfg)
		return;
	node_free(cfg->root);
	free(cfg->file);
	free(cfg);
}

int rt_cfg_error(struct rt_cfg *cfg, const struct rt_cfg_node *at, const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(cfg->err, sizeof(cfg->err), "%s:%u: ", cfg->file, at ? at->line : 1);

	if (n < 0 || (size_t)n >= sizeof(cfg->err))
		return -EINVAL;
	va_start(ap, fmt);
	vsnprintf(cfg->err + n, sizeof(cfg->err) - (size_t)n, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

struct builder {
	struct rt_cfg *cfg;
	yaml_parser_t parser;
	char err[RT_CFG_ERR_MAX];
};

static struct rt_cfg_node *node_new(enum rt_cfg_type type, unsigned line)
{
	struct rt_cfg_node *n = calloc(1, sizeof(*n));

	if (n) {
		n->type = type;
		n->line = line;
	}
	return n;
}

/* Reads the next event; 0 or -EINVAL with b->err set. */
static int next_event(struct builder *b, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&b->parser, ev)) {
		snprintf(b->err, sizeof(b->err), "%s:%zu: %s", b->cfg->file,
			 b->parser.problem_mark.line + 1,
			 b->parser.problem ? b->parser.problem : "YAML syntax error");
		return -EINVAL;
	}
	return 0;
}

static int parse_node(struct builder *b, yaml_event_t *ev, struct rt_cfg_node **out, int depth);

static int parse_children(struct builder *b, struct rt_cfg_node *parent, bool is_map, int depth)
{
	struct rt_cfg_node **tail = &parent->child;
	yaml_event_t ev;
	int rc;

	for (;;) {
		char *key = NULL;
		struct rt_cfg_node *child = NULL;

		if ((rc = next_event(b, &ev)))
			return rc;
		if (ev.type == YAML_MAPPING_END_EVENT || ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return 0;
		}
		if (is_map) {
			if (ev.type != YAML_SCALAR_EVENT) {
				snprintf(b->err, sizeof(b->err),
					 "%s:%zu: a key must be a plain word", b->cfg->file,
					 ev.start_mark.line + 1);
				yaml_event_delete(&ev);
				return -EINVAL;
			}
			for (struct rt_cfg_node *c = parent->child; c; c = c->next) {
				if (c->key && !strcmp(c->key, (char *)ev.data.scalar.value)) {
					snprintf(b->err, sizeof(b->err),
						 "%s:%zu: duplicate key '%s'", b->cfg->file,
						 ev.start_mark.line + 1,
						 (char *)ev.data.scalar.value);
					yaml_event_delete(&ev);
					return -EINVAL;
				}
			}
			key = strdup((char *)ev.data.scalar.value);
			yaml_event_delete(&ev);
			if (!key)
				return -ENOMEM;
			if ((rc = next_event(b, &ev))) {
				free(key);
				return rc;
			}
		}
		rc = parse_node(b, &ev, &child, depth + 1);
		if (rc) {
			free(key);
			return rc;
		}
		child->key = key;
		*tail = child;
		tail = &child->next;
	}
}

/* Builds a node from `ev` (consumed). */
static int parse_node(struct builder *b, yaml_event_t *ev, struct rt_cfg_node **out, int depth)
{
	unsigned line = (unsigned)ev->start_mark.line + 1;
	struct rt_cfg_node *n;
	int rc = 0;

	if (depth > 32) {
		snprintf(b->err, sizeof(b->err), "%s:%u: nested too deeply", b->cfg->file, line);
		yaml_event_delete(ev);
		return -EINVAL;
	}
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		n = node_new(RT_CFG_SCALAR, line);
		if (n)
			n->value = strdup((char *)ev->data.scalar.value);
		yaml_event_delete(ev);
		if (!n || !n->value) {
			node_free(n);
			return -ENOMEM;
		}
		*out = n;
		return 0;
	case YAML_MAPPING_START_EVENT:
	case YAML_SEQUENCE_START_EVENT: {
		bool is_map = ev->type == YAML_MAPPING_START_EVENT;
		yaml_event_delete(ev);
		n = node_new(is_map ? RT_CFG_MAP : RT_CFG_SEQ, line);
		if (!n)
			return -ENOMEM;
		rc = parse_children(b, n, is_map, depth);
		if (rc) {
			node_free(n);
			return rc;
		}
		*out = n;
		return 0;
	}
	case YAML_ALIAS_EVENT:
		snprintf(b->err, sizeof(b->err), "%s:%u: aliases are not supported", b->cfg->file,
			 line);
		break;
	default:
		snprintf(b->err, sizeof(b->err), "%s:%u: unexpected YAML element", b->cfg->file,
			 line);
		break;
	}
	yaml_event_delete(ev);
	return -EINVAL;
}

int rt_cfg_parse(const char *name, const char *text, size_t len, struct rt_cfg **out, char *err,
		 size_t errlen)
{
	struct builder b = {0};
	yaml_event_t ev;
	int rc = -ENOMEM;

	b.cfg = calloc(1, sizeof(*b.cfg));
	if (!b.cfg)
		goto fail;
	b.cfg->file = strdup(name);
	if (!b.cfg->file)
		goto fail_cfg;
	if (!yaml_parser_initialize(&b.parser))
		goto fail_cfg;
	yaml_parser_set_input_string(&b.parser, (const unsigned char *)text, len);

	/* STREAM_START, then DOCUMENT_START or STREAM_END for an empty file. */
	if ((rc = next_event(&b, &ev)))
		goto fail_parser;
	yaml_event_delete(&ev);
	if ((rc = next_event(&b, &ev)))
		goto fail_parser;
	if (ev.type == YAML_STREAM_END_EVENT) {
		yaml_event_delete(&ev);
		b.cfg->root = node_new(RT_CFG_MAP, 1);
		rc = b.cfg->root ? 0 : -ENOMEM;
		goto done;
	}
	yaml_event_delete(&ev);
	if ((rc = next_event(&b, &ev)))
		goto fail_parser;
	if ((rc = parse_node(&b, &ev, &b.cfg->root, 0)))
		goto fail_parser;
	if (b.cfg->root->type == RT_CFG_SCALAR && b.cfg->root->value[0] == '\0') {
		b.cfg->root->type = RT_CFG_MAP; /* an empty document */
	}
	if (b.cfg->root->type != RT_CFG_MAP) {
		snprintf(b.err, sizeof(b.err), "%s:%u: the top level must be a mapping", name,
			 b.cfg->root->line);
		rc = -EINVAL;
		goto fail_parser;
	}
	/* DOCUMENT_END; a second document is refused. */
	if ((rc = next_event(&b, &ev)))
		goto fail_parser;
	yaml_event_delete(&ev);
	if ((rc = next_event(&b, &ev)))
		goto fail_parser;
	if (ev.type != YAML_STREAM_END_EVENT) {
		snprintf(b.err, sizeof(b.err), "%s:%zu: only one YAML document is allowed", name,
			 ev.start_mark.line + 1);
		yaml_event_delete(&ev);
		rc = -EINVAL;
		goto fail_parser;
	}
	yaml_event_delete(&ev);
done:
	yaml_parser_delete(&b.parser);
	if (rc)
		goto fail_cfg;
	*out = b.cfg;
	return 0;
fail_parser:
	yaml_parser_delete(&b.parser);
fail_cfg:
	rt_cfg_free(b.cfg);
fail:
	if (err && errlen)
		snprintf(err, errlen, "%s", b.err[0] ? b.err : strerror(-rc));
	return rc;
}

int rt_cfg_load(const char *path, struct rt_cfg **out, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t len = 0, cap = 0;
	int rc;

	if (!f) {
		rc = -errno;
		if (err)
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return rc;
	}
	for (;;) {
		if (len + 4096 > cap) {
			char *t;
			cap = cap ? cap * 2 : 8192;
			if (cap > (16u << 20) || !(t = realloc(text, cap))) {
				free(text);
				fclose(f);
				if (err)
					snprintf(err, errlen, "%s: file too large", path);
				return -EFBIG;
			}
			text = t;
		}
		size_t n = fread(text + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		rc = -EIO;
		if (err)
			snprintf(err, errlen, "%s: read error", path);
		free(text);
		fclose(f);
		return rc;
	}
	fclose(f);
	rc = rt_cfg_parse(path, text ? text : "", len, out, err, errlen);
	free(text);
	return rc;
}

const struct rt_cfg_node *rt_cfg_get(const struct rt_cfg_node *map, const char *key)
{
	if (!map || map->type != RT_CFG_MAP)
		return NULL;
	for (const struct rt_cfg_node *c = map->child; c; c = c->next)
		if (c->key && !strcmp(c->key, key))
			return c;
	return NULL;
}

int rt_cfg_check_keys(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *const *allowed)
{
	if (!map || map->type != RT_CFG_MAP)
		return rt_cfg_error(cfg, map, "expected a mapping");
	for (const struct rt_cfg_node *c = map->child; c; c = c->next) {
		bool ok = false;
		for (const char *const *a = allowed; *a; a++)
			ok = ok || !strcmp(*a, c->key);
		if (!ok)
			return rt_cfg_error(cfg, c, "unknown key '%s'", c->key);
	}
	return 0;
}

/* The scalar for key, or NULL with an error set in *rc when present but not a scalar. */
static const struct rt_cfg_node *get_scalar(struct rt_cfg *cfg, const struct rt_cfg_node *map,
					    const char *key, bool required, int *rc)
{
	const struct rt_cfg_node *n = rt_cfg_get(map, key);

	*rc = 0;
	if (!n) {
		if (required)
			*rc = rt_cfg_error(cfg, map, "missing key '%s'", key);
		return NULL;
	}
	if (n->type != RT_CFG_SCALAR) {
		*rc = rt_cfg_error(cfg, n, "'%s' must be a single value", key);
		return NULL;
	}
	return n;
}

int rt_cfg_str(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
	       const char *def, const char **out)
{
	int rc;
	const struct rt_cfg_node *n = get_scalar(cfg, map, key, required, &rc);

	if (rc)
		return rc;
	*out = n ? n->value : def;
	return 0;
}

static int parse_num(const char *s, bool sizes, uint64_t *out)
{
	char *end;
	unsigned long long v;

	if (!s[0] || s[0] == '-' || isspace((unsigned char)s[0]))
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || end == s)
		return -EINVAL;
	if (sizes && *end) {
		unsigned shift;
		switch (toupper((unsigned char)*end)) {
		case 'K':
			shift = 10;
			break;
		case 'M':
			shift = 20;
			break;
		case 'G':
			shift = 30;
			break;
		case 'T':
			shift = 40;
			break;
		default:
			return -EINVAL;
		}
		end++;
		if (toupper((unsigned char)*end) == 'I')
			end++;
		if (toupper((unsigned char)*end) == 'B')
			end++;
		if (v > (UINT64_MAX >> shift))
			return -ERANGE;
		v <<= shift;
	}
	if (*end)
		return -EINVAL;
	*out = v;
	return 0;
}

static int get_num(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key,
		   bool required, uint64_t def, uint64_t min, uint64_t max, bool sizes,
		   uint64_t *out)
{
	int rc;
	uint64_t v;
	const struct rt_cfg_node *n = get_scalar(cfg, map, key, required, &rc);

	if (rc)
		return rc;
	if (!n) {
		*out = def;
		return 0;
	}
	if (parse_num(n->value, sizes, &v))
		return rt_cfg_error(cfg, n, "'%s': '%s' is not a%s number", key, n->value,
				    sizes ? " size or" : "n unsigned");
	if (v < min || v > max)
		return rt_cfg_error(cfg, n, "'%s': %s is outside %llu..%llu", key, n->value,
				    (unsigned long long)min, (unsigned long long)max);
	*out = v;
	return 0;
}

int rt_cfg_u64(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
	       uint64_t def, uint64_t min, uint64_t max, uint64_t *out)
{
	return get_num(cfg, map, key, required, def, min, max, false, out);
}

int rt_cfg_size(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
		uint64_t def, uint64_t min, uint64_t max, uint64_t *out)
{
	return get_num(cfg, map, key, required, def, min, max, true, out);
}

int rt_cfg_bool(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool def,
		bool *out)
{
	static const char *const yes[] = {"true", "yes", "on", "1", NULL};
	static const char *const no[] = {"false", "no", "off", "0", NULL};
	int rc;
	const struct rt_cfg_node *n = get_scalar(cfg, map, key, false, &rc);

	if (rc)
		return rc;
	if (!n) {
		*out = def;
		return 0;
	}
	for (int i = 0; yes[i]; i++) {
		if (!strcasecmp(n->value, yes[i])) {
			*out = true;
			return 0;
		}
		if (!strcasecmp(n->value, no[i])) {
			*out = false;
			return 0;
		}
	}
	return rt_cfg_error(cfg, n, "'%s': '%s' is not true or false", key, n->value);
}

int rt_cfg_choice(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
		  const char *const *choices, int def, int *out)
{
	int rc;
	char list[160] = "";
	size_t used = 0;
	const struct rt_cfg_node *n = get_scalar(cfg, map, key, required, &rc);

	if (rc)
		return rc;
	if (!n) {
		*out = def;
		return 0;
	}
	for (int i = 0; choices[i]; i++) {
		if (!strcmp(n->value, choices[i])) {
			*out = i;
			return 0;
		}
		if (used < sizeof(list))
			used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%s",
						 i ? ", " : "", choices[i]);
	}
	return rt_cfg_error(cfg, n, "'%s': '%s' is not one of: %s", key, n->value, list);
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int rt_guid_parse(const char *s, uint8_t out[16])
{
	/* Text order of the 16 bytes: data1 (4, LE on the wire), data2 (2, LE),
	 * data3 (2, LE), then 8 bytes as written. */
	static const uint8_t wire_pos[16] = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
	int bi = 0;

	if (strlen(s) != 36)
		return -EINVAL;
	for (int i = 0; i < 36;) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return -EINVAL;
			i++;
			continue;
		}
		int hi = hexval((unsigned char)s[i]), lo = hexval((unsigned char)s[i + 1]);
		if (hi < 0 || lo < 0)
			return -EINVAL;
		out[wire_pos[bi++]] = (uint8_t)(hi << 4 | lo);
		i += 2;
	}
	return 0;
}

void rt_guid_format(const uint8_t g[16], char out[37])
{
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 g[3], g[2], g[1], g[0], g[5], g[4], g[7], g[6], g[8], g[9], g[10], g[11], g[12],
		 g[13], g[14], g[15]);
}
