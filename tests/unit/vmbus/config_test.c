/* runtime/config.c: YAML tree, getters, file:line errors, GUIDs. */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pv_codec.h"
#include "runtime/config.h"
#include "tests/unit/pv_check.h"

static struct rt_cfg *parse(const char *text)
{
	struct rt_cfg *c = NULL;
	char err[RT_CFG_ERR_MAX];

	ck_assert_msg(rt_cfg_parse("t.yaml", text, strlen(text), &c, err, sizeof(err)) == 0, "%s",
		      err);
	return c;
}

static void parse_fails(const char *text, const char *want)
{
	struct rt_cfg *c = NULL;
	char err[RT_CFG_ERR_MAX] = "";

	ck_assert_int_eq(rt_cfg_parse("t.yaml", text, strlen(text), &c, err, sizeof(err)), -EINVAL);
	ck_assert_ptr_null(c);
	ck_assert_msg(strstr(err, want), "'%s' lacks '%s'", err, want);
}

START_TEST(tree_and_getters)
{
	struct rt_cfg *c = parse("a: hello\n"
				 "n: 0x10\n"
				 "size: 64M\n"
				 "flag: yes\n"
				 "kind: sim\n"
				 "list:\n"
				 "  - {x: 1}\n"
				 "  - {x: 2}\n");
	const char *s;
	uint64_t v;
	bool b;
	int k;
	static const char *const kinds[] = {"sim", "kvm", NULL};

	ck_assert_int_eq(rt_cfg_str(c, c->root, "a", true, NULL, &s), 0);
	ck_assert_str_eq(s, "hello");
	ck_assert_int_eq(rt_cfg_str(c, c->root, "missing", false, "def", &s), 0);
	ck_assert_str_eq(s, "def");
	ck_assert_int_eq(rt_cfg_u64(c, c->root, "n", true, 0, 0, 100, &v), 0);
	ck_assert_uint_eq(v, 16);
	ck_assert_int_eq(rt_cfg_size(c, c->root, "size", true, 0, 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 64ull << 20);
	ck_assert_int_eq(rt_cfg_bool(c, c->root, "flag", false, &b), 0);
	ck_assert(b);
	ck_assert_int_eq(rt_cfg_choice(c, c->root, "kind", true, kinds, -1, &k), 0);
	ck_assert_int_eq(k, 0);
	const struct rt_cfg_node *l = rt_cfg_get(c->root, "list");
	ck_assert_int_eq(l->type, RT_CFG_SEQ);
	ck_assert_int_eq(rt_cfg_u64(c, l->child->next, "x", true, 0, 0, 9, &v), 0);
	ck_assert_uint_eq(v, 2);
	rt_cfg_free(c);
}
END_TEST

START_TEST(errors_name_the_line)
{
	struct rt_cfg *c = parse("a: 1\nb: lots\nc: [1]\nd: maybe\n");
	uint64_t v;
	bool b;
	const char *s;
	static const char *const allowed[] = {"a", "b", "c", NULL};

	ck_assert_int_eq(rt_cfg_u64(c, c->root, "b", true, 0, 0, 9, &v), -EINVAL);
	ck_assert_str_eq(c->err, "t.yaml:2: 'b': 'lots' is not an unsigned number");
	ck_assert_int_eq(rt_cfg_u64(c, c->root, "a", true, 0, 2, 9, &v), -EINVAL);
	ck_assert_ptr_nonnull(strstr(c->err, "t.yaml:1: 'a': 1 is outside 2..9"));
	ck_assert_int_eq(rt_cfg_str(c, c->root, "c", true, NULL, &s), -EINVAL);
	ck_assert_ptr_nonnull(strstr(c->err, "t.yaml:3:"));
	ck_assert_int_eq(rt_cfg_bool(c, c->root, "d", false, &b), -EINVAL);
	ck_assert_ptr_nonnull(strstr(c->err, "t.yaml:4:"));
	ck_assert_int_eq(rt_cfg_check_keys(c, c->root, allowed), -EINVAL);
	ck_assert_str_eq(c->err, "t.yaml:4: unknown key 'd'");
	ck_assert_int_eq(rt_cfg_u64(c, c->root, "zz", true, 0, 0, 9, &v), -EINVAL);
	ck_assert_ptr_nonnull(strstr(c->err, "missing key 'zz'"));
	rt_cfg_free(c);
}
END_TEST

START_TEST(bad_yaml)
{
	parse_fails("a: [1, 2\n", "t.yaml:");
	parse_fails("a: 1\na: 2\n", "t.yaml:2: duplicate key 'a'");
	parse_fails("- 1\n- 2\n", "top level must be a mapping");
	parse_fails("a: &x 1\nb: *x\n", "aliases are not supported");
	parse_fails("a: 1\n---\nb: 2\n", "only one YAML document");
	struct rt_cfg *c = parse("");
	ck_assert_int_eq(c->root->type, RT_CFG_MAP);
	rt_cfg_free(c);
	char err[256];
	ck_assert_int_eq(rt_cfg_load("/nonexistent/x.yaml", &c, err, sizeof(err)), -ENOENT);
}
END_TEST

START_TEST(sizes)
{
	struct rt_cfg *c = parse("a: 4K\nb: 2GiB\nc: 1T\nd: 3X\ne: -1\nf: 99999999999999999999\n");
	uint64_t v;

	ck_assert_int_eq(rt_cfg_size(c, c->root, "a", true, 0, 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 4096);
	ck_assert_int_eq(rt_cfg_size(c, c->root, "b", true, 0, 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 2ull << 30);
	ck_assert_int_eq(rt_cfg_size(c, c->root, "c", true, 0, 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 1ull << 40);
	ck_assert_int_eq(rt_cfg_size(c, c->root, "d", true, 0, 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(rt_cfg_size(c, c->root, "e", true, 0, 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(rt_cfg_u64(c, c->root, "f", true, 0, 0, UINT64_MAX, &v), -EINVAL);
	rt_cfg_free(c);
}
END_TEST

START_TEST(guids)
{
	/* netvsc's class GUID: its text and wire bytes as the generator computed them
	 * from spec/nvsp.yaml (guest-protocols.md section 1). */
	const struct pv_class *c = &nvsp_class_netvsc;
	uint8_t g[16];
	char s[37];

	ck_assert_int_eq(rt_guid_parse(c->text, g), 0);
	ck_assert_mem_eq(g, c->guid, 16);
	rt_guid_format(g, s);
	ck_assert_str_eq(s, c->text);
	ck_assert_int_eq(rt_guid_parse("f8615163-df3e-46c5-913f-f2d2f965ed0", g), -EINVAL);
	ck_assert_int_eq(rt_guid_parse("f8615163xdf3e-46c5-913f-f2d2f965ed0e", g), -EINVAL);
	ck_assert_int_eq(rt_guid_parse("g8615163-df3e-46c5-913f-f2d2f965ed0e", g), -EINVAL);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(tree_and_getters),
					      PV_CASE(errors_name_the_line),
					      PV_CASE(bad_yaml),
					      PV_CASE(sizes),
					      PV_CASE(guids),
					      {0}};

	return pv_check_run("config", cases);
}
