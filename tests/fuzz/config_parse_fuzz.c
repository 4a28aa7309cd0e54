/*
 * Fuzzes the paravisor's YAML configuration reader: rt_cfg_parse on any
 * text, then the getters a device's config code uses walked over whatever
 * tree came out (every map, every key, each getter). Not guest-facing, but
 * a config file with a typo must fail with a message, never crash.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void walk(struct rt_cfg *cfg, const struct rt_cfg_node *n, unsigned depth)
{
	static const char *const allowed[] = {"name", "size", "path", NULL};
	static const char *const choices[] = {"a", "b", "restart", "stop", NULL};

	if (depth > 64)
		return;
	for (; n; n = n->next) {
		if (n->type == RT_CFG_SCALAR && !n->value)
			abort();
		if (n->type == RT_CFG_MAP) {
			for (const struct rt_cfg_node *k = n->child; k; k = k->next) {
				const char *s;
				uint64_t u;
				bool b;
				int ch;
				uint8_t guid[16];

				if (!k->key)
					abort();
				if (rt_cfg_get(n, k->key) == NULL)
					abort();
				rt_cfg_str(cfg, n, k->key, true, NULL, &s);
				rt_cfg_u64(cfg, n, k->key, true, 0, 1, 1000, &u);
				rt_cfg_size(cfg, n, k->key, false, 0, 0, UINT64_MAX, &u);
				rt_cfg_bool(cfg, n, k->key, false, &b);
				rt_cfg_choice(cfg, n, k->key, false, choices, 0, &ch);
				if (k->value)
					rt_guid_parse(k->value, guid);
			}
			rt_cfg_check_keys(cfg, n, allowed);
		}
		walk(cfg, n->child, depth + 1);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_cfg *cfg = NULL;
	char err[RT_CFG_ERR_MAX];
	int rc;

	rc = rt_cfg_parse("fuzz.yaml", (const char *)data, size, &cfg, err, sizeof(err));
	if (rc) {
		if (rc != -EINVAL && rc != -ENOMEM)
			abort();
		if (!memchr(err, 0, sizeof(err)))
			abort();
		return 0;
	}
	walk(cfg, cfg->root, 0);
	rt_cfg_free(cfg);
	return 0;
}
