/* runtime/inspect.c: the tree, rendering by path (text and JSON), knobs. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/inspect.h"
#include "tests/unit/pv_check.h"

struct obj {
	unsigned shows;
	unsigned value;
	unsigned nluns;
};

static void show_obj(void *ctx, struct rt_inspect_out *o)
{
	struct obj *b = ctx;

	b->shows++;
	rt_inspect_u64(o, "value", b->value);
	rt_inspect_str(o, "name", "say \"hi\"\n");
	rt_inspect_bool(o, "ok", true);
	rt_inspect_i64(o, "delta", -3);
	for (unsigned i = 0; i < b->nluns; i++) {
		char n[16];
		snprintf(n, sizeof(n), "lun%u", i);
		rt_inspect_dir(o, n);
		rt_inspect_u64(o, "reads", 10 * i);
		rt_inspect_end(o);
	}
	rt_inspect_end(o); /* one too many: must not close the node's own dir */
	rt_inspect_u64(o, "after", 1);
}

static void get_val(void *ctx, char *buf, size_t len)
{
	snprintf(buf, len, "%u", ((struct obj *)ctx)->value);
}

static int set_val(void *ctx, const char *v, char *err, size_t errlen)
{
	char *end;
	unsigned long n = strtoul(v, &end, 10);

	if (!*v || *end || n > 100) {
		snprintf(err, errlen, "want 0..100");
		return -EINVAL;
	}
	((struct obj *)ctx)->value = (unsigned)n;
	return 0;
}

static char *render(struct rt_inspect *in, const char *path, bool json, int *rc)
{
	char *buf = NULL;
	size_t len = 0;

	*rc = rt_inspect_render(in, path, json, &buf, &len);
	if (!*rc)
		ck_assert_uint_eq(strlen(buf), len);
	return buf;
}

START_TEST(tree_text_and_paths)
{
	struct rt_inspect *in;
	struct obj b = {.value = 7, .nluns = 2};
	struct rt_inspect_node *dev, *n;
	char *s;
	int rc;

	ck_assert_int_eq(rt_inspect_new(&in), 0);
	dev = rt_inspect_add(in, NULL, "devices", NULL, NULL);
	ck_assert_ptr_nonnull(dev);
	n = rt_inspect_add(in, dev, "scsi0", show_obj, &b);
	ck_assert_ptr_nonnull(n);
	ck_assert_ptr_null(rt_inspect_add(in, dev, "scsi0", show_obj, &b));
	ck_assert_int_eq(errno, EEXIST);
	ck_assert_ptr_null(rt_inspect_add(in, dev, "a.b", NULL, NULL));
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_ptr_null(rt_inspect_add(in, dev, "", NULL, NULL));
	ck_assert_ptr_null(rt_inspect_add(NULL, NULL, "x", NULL, NULL));

	s = render(in, "", false, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_str_eq(s, "devices:\n"
			    "  scsi0:\n"
			    "    value: 7\n"
			    "    name: say \"hi\"\n\n"
			    "    ok: true\n"
			    "    delta: -3\n"
			    "    lun0:\n"
			    "      reads: 0\n"
			    "    lun1:\n"
			    "      reads: 10\n"
			    "    after: 1\n");
	free(s);
	/* A path into the values a callback wrote, and a single value. */
	s = render(in, "devices.scsi0.lun1", false, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_str_eq(s, "reads: 10\n");
	free(s);
	s = render(in, "devices.scsi0.value", false, &rc);
	ck_assert_str_eq(s, "7\n");
	free(s);
	render(in, "devices.nope", false, &rc);
	ck_assert_int_eq(rc, -ENOENT);
	render(in, "devices.scsi0.lun1.reads.x", false, &rc);
	ck_assert_int_eq(rc, -ENOENT);

	/* Removed: its callback never runs again. */
	unsigned shows = b.shows;
	rt_inspect_remove(in, n);
	s = render(in, NULL, false, &rc);
	ck_assert_str_eq(s, "devices:\n");
	free(s);
	ck_assert_uint_eq(b.shows, shows);
	rt_inspect_free(in);
}
END_TEST

START_TEST(json_escapes)
{
	struct rt_inspect *in;
	struct obj b = {.value = 1, .nluns = 1};
	char *s;
	int rc;

	ck_assert_int_eq(rt_inspect_new(&in), 0);
	rt_inspect_add(in, NULL, "o", show_obj, &b);
	s = render(in, "", true, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_str_eq(s, "{\"o\": {\"value\": 1, \"name\": \"say \\\"hi\\\"\\u000a\", \"ok\": "
			    "true, \"delta\": -3, \"lun0\": {\"reads\": 0}, \"after\": 1}}\n");
	free(s);
	rt_inspect_free(in);
}
END_TEST

START_TEST(knobs)
{
	struct rt_inspect *in;
	struct obj b = {.value = 5};
	struct rt_inspect_node *log;
	char err[128], *s;
	size_t len;
	int rc;

	ck_assert_int_eq(rt_inspect_new(&in), 0);
	log = rt_inspect_add(in, NULL, "log", NULL, NULL);
	ck_assert_ptr_nonnull(rt_inspect_knob(in, log, "level", "0..100", get_val, set_val, &b));
	ck_assert_ptr_nonnull(rt_inspect_knob(in, log, "ro", "shown only", get_val, NULL, &b));
	ck_assert_int_eq(rt_inspect_set(in, "log.level", "42", err, sizeof(err)), 0);
	ck_assert_uint_eq(b.value, 42);
	ck_assert_int_eq(rt_inspect_set(in, "log.level", "420", err, sizeof(err)), -EINVAL);
	ck_assert_str_eq(err, "want 0..100");
	ck_assert_int_eq(rt_inspect_set(in, "log.ro", "1", err, sizeof(err)), -ENOENT);
	ck_assert_int_eq(rt_inspect_set(in, "log", "1", err, sizeof(err)), -ENOENT);
	ck_assert_int_eq(rt_inspect_set(in, "nope.x", "1", err, sizeof(err)), -ENOENT);
	ck_assert_ptr_nonnull(strstr(err, "no knob 'nope.x'"));
	s = render(in, "log", false, &rc);
	ck_assert_str_eq(s, "level: 42\nro: 42\n");
	free(s);
	s = render(in, "log.level", false, &rc);
	ck_assert_str_eq(s, "42\n");
	free(s);
	ck_assert_int_eq(rt_inspect_knobs(in, &s, &len), 0);
	ck_assert_str_eq(s,
			 "log.level = 42    # 0..100\nlog.ro = 42    # shown only (read-only)\n");
	free(s);
	rt_inspect_free(in);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(tree_text_and_paths), PV_CASE(json_escapes), PV_CASE(knobs), {0}};

	return pv_check_run("inspect", cases);
}
