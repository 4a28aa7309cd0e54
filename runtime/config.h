/*
 * The paravisor's YAML configuration as a tree of nodes (libyaml).
 *
 * The parser knows YAML, not devices: a device section is handed to the
 * device's own create function as a node, which reads its keys with the
 * getters below. Every error is reported as "file:line: what is wrong" in
 * cfg->err, so the user sees where to look. Values are strings; the getters
 * convert (integers with K/M/G suffixes for sizes, booleans, one-of choices).
 *
 * Not thread-safe; parse once at start-up and read from one thread.
 */
#ifndef RT_CONFIG_H
#define RT_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum rt_cfg_type {
	RT_CFG_SCALAR,
	RT_CFG_MAP,
	RT_CFG_SEQ,
};

struct rt_cfg_node {
	enum rt_cfg_type type;
	unsigned line;
	char *key;   /* key when the node is a map value, else NULL */
	char *value; /* scalar text, else NULL */
	struct rt_cfg_node *child, *next;
};

#define RT_CFG_ERR_MAX 256

struct rt_cfg {
	char *file; /* name used in messages */
	struct rt_cfg_node *root;
	char err[RT_CFG_ERR_MAX];
};

/*
 * Parses YAML text; `name` is used in error messages. Returns 0 with *out
 * set, or -EINVAL with the message in err (errlen bytes, may be NULL), or
 * -ENOMEM.
 */
int rt_cfg_parse(const char *name, const char *text, size_t len, struct rt_cfg **out, char *err,
		 size_t errlen);

/* Reads and parses a file; as rt_cfg_parse(), plus -errno when unreadable. */
int rt_cfg_load(const char *path, struct rt_cfg **out, char *err, size_t errlen);

void rt_cfg_free(struct rt_cfg *cfg);

/* Formats "file:line: msg" into cfg->err. Returns -EINVAL for chaining. */
int rt_cfg_error(struct rt_cfg *cfg, const struct rt_cfg_node *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The value for `key` in map node `map`, or NULL (also when map is not a map). */
const struct rt_cfg_node *rt_cfg_get(const struct rt_cfg_node *map, const char *key);

/*
 * Fails with "unknown key" for any key of `map` not in the NULL-terminated
 * `allowed` list, and with "expected a mapping" if map is not one.
 */
int rt_cfg_check_keys(struct rt_cfg *cfg, const struct rt_cfg_node *map,
		      const char *const *allowed);

/*
 * Getters: look up `key` in `map`. When absent, store `def` and return 0 if
 * required is false, else fail with "missing key". When present but of the
 * wrong kind or out of range, fail with the node's line. Return 0 or -EINVAL.
 */
int rt_cfg_str(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
	       const char *def, const char **out);
int rt_cfg_u64(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
	       uint64_t def, uint64_t min, uint64_t max, uint64_t *out);
/* Like rt_cfg_u64 but accepts K, M, G, T suffixes (powers of 1024). */
int rt_cfg_size(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
		uint64_t def, uint64_t min, uint64_t max, uint64_t *out);
int rt_cfg_bool(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool def,
		bool *out);
/* Stores the index of the value in the NULL-terminated `choices`. */
int rt_cfg_choice(struct rt_cfg *cfg, const struct rt_cfg_node *map, const char *key, bool required,
		  const char *const *choices, int def, int *out);
/*
 * Parses a GUID "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" into Windows wire
 * (mixed-endian) byte order. Returns 0 or -EINVAL.
 */
int rt_guid_parse(const char *s, uint8_t out[16]);
/* Formats wire-order bytes as text (37 bytes with the NUL). */
void rt_guid_format(const uint8_t g[16], char out[37]);

#endif
