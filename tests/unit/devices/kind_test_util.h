/*
 * The device kinds' config checks (what `paravisor --check` reports), shared
 * by the storvsp and netvsp kind tests: parse a YAML document, run a kind's
 * check on one device mapping, and judge the error text.
 */
#ifndef PV_TESTS_UNIT_DEVICES_KIND_TEST_UTIL_H
#define PV_TESTS_UNIT_DEVICES_KIND_TEST_UTIL_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "runtime/config.h"
#include "runtime/vmbus/vmbus_device.h"

/* A device entry the check must refuse, and text its error must contain. */
struct kind_bad {
	const char *yaml, *msg;
};

/*
 * Parses yaml (file name t.yaml; it must be valid YAML) and runs kind's check
 * on the mapping under `key` (NULL: the document's root); returns the check's
 * result, with its error text in err.
 */
static inline int kind_check(const struct vmbus_dev_kind *kind, const char *key, const char *yaml,
			     char *err, size_t errlen)
{
	struct rt_cfg *cfg = NULL;
	int rc = rt_cfg_parse("t.yaml", yaml, strlen(yaml), &cfg, err, errlen);

	ck_assert_msg(rc == 0, "'%s' is not valid YAML: %s", yaml, err);
	rc = kind->check(NULL, cfg, key ? rt_cfg_get(cfg->root, key) : cfg->root);
	if (rc)
		snprintf(err, errlen, "%s", cfg->err);
	rt_cfg_free(cfg);
	return rc;
}

/* Each of the n entries is refused, with its text and a file:line in the error. */
static inline void kind_check_bad(const struct vmbus_dev_kind *kind, const char *key,
				  const struct kind_bad *bad, size_t n)
{
	char err[256];

	for (size_t i = 0; i < n; i++) {
		err[0] = 0;
		ck_assert_int_ne(kind_check(kind, key, bad[i].yaml, err, sizeof(err)), 0);
		ck_assert_msg(strstr(err, bad[i].msg), "case %zu: '%s' lacks '%s'", i, err,
			      bad[i].msg);
		ck_assert_msg(strstr(err, "t.yaml:"), "case %zu: no file:line in '%s'", i, err);
	}
}

#endif
