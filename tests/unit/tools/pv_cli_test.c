#include <check.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "tools/common/pv_cli.h"
#include "tests/unit/pv_check.h"

/* Which stream the parser last handed the usage to, and how often. */
static FILE *usage_to;
static int usage_calls;

static void usage(FILE *f)
{
	usage_to = f;
	usage_calls++;
}

START_TEST(test_unsigned)
{
	uint64_t v = 7;

	ck_assert_int_eq(pv_cli_unsigned("10", 0, 100, &v), 0);
	ck_assert_uint_eq(v, 10);
	/* Base 0, as strtoull reads it: hex and octal too. */
	ck_assert_int_eq(pv_cli_unsigned("0x10", 0, 100, &v), 0);
	ck_assert_uint_eq(v, 16);
	ck_assert_int_eq(pv_cli_unsigned("010", 0, 100, &v), 0);
	ck_assert_uint_eq(v, 8);
	ck_assert_int_eq(pv_cli_unsigned("18446744073709551615", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, UINT64_MAX);
	/* The range's ends are in it; one past is not. */
	ck_assert_int_eq(pv_cli_unsigned("1", 1, 2, &v), 0);
	ck_assert_int_eq(pv_cli_unsigned("2", 1, 2, &v), 0);
	v = 7;
	ck_assert_int_eq(pv_cli_unsigned("0", 1, 2, &v), -ERANGE);
	ck_assert_int_eq(pv_cli_unsigned("3", 1, 2, &v), -ERANGE);
	ck_assert_int_eq(pv_cli_unsigned("18446744073709551616", 0, UINT64_MAX, &v), -ERANGE);
	/* Not a number, or not only one: nothing stored. */
	ck_assert_int_eq(pv_cli_unsigned("", 0, 100, &v), -EINVAL);
	ck_assert_int_eq(pv_cli_unsigned("12abc", 0, 100, &v), -EINVAL);
	ck_assert_int_eq(pv_cli_unsigned("-1", 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(pv_cli_unsigned(" 5", 0, 100, &v), -EINVAL);
	ck_assert_int_eq(pv_cli_unsigned("0x", 0, 100, &v), -EINVAL);
	ck_assert_uint_eq(v, 7);
}
END_TEST

START_TEST(test_signed_double)
{
	int64_t s = 7;
	double d = 7;

	ck_assert_int_eq(pv_cli_signed("-5", -10, 10, &s), 0);
	ck_assert_int_eq(s, -5);
	ck_assert_int_eq(pv_cli_signed("-11", -10, 10, &s), -ERANGE);
	ck_assert_int_eq(pv_cli_signed("11", -10, 10, &s), -ERANGE);
	ck_assert_int_eq(pv_cli_signed("-0x10", -16, 10, &s), 0);
	ck_assert_int_eq(s, -16);
	ck_assert_int_eq(pv_cli_signed("-9223372036854775808", INT64_MIN, INT64_MAX, &s), 0);
	ck_assert(s == INT64_MIN);
	ck_assert_int_eq(pv_cli_signed("9223372036854775807", INT64_MIN, INT64_MAX, &s), 0);
	ck_assert(s == INT64_MAX);
	ck_assert_int_eq(pv_cli_signed("9223372036854775808", INT64_MIN, INT64_MAX, &s), -ERANGE);
	ck_assert_int_eq(pv_cli_signed("-9223372036854775809", INT64_MIN, INT64_MAX, &s), -ERANGE);
	ck_assert_int_eq(pv_cli_signed("-5", -10, 10, &s), 0);
	ck_assert_int_eq(pv_cli_signed("-", -10, 10, &s), -EINVAL);
	ck_assert_int_eq(pv_cli_signed("--5", -10, 10, &s), -EINVAL);
	ck_assert_int_eq(pv_cli_signed("+5", -10, 10, &s), -EINVAL);
	ck_assert_int_eq(pv_cli_signed("5s", -10, 10, &s), -EINVAL);
	ck_assert_int_eq(s, -5);

	ck_assert_int_eq(pv_cli_double("1.5", 0, 60, &d), 0);
	ck_assert(d == 1.5);
	ck_assert_int_eq(pv_cli_double("60", 0, 60, &d), 0);
	ck_assert_int_eq(pv_cli_double("60.5", 0, 60, &d), -ERANGE);
	ck_assert_int_eq(pv_cli_double("-1", 0, 60, &d), -ERANGE);
	ck_assert_int_eq(pv_cli_double("nan", 0, 60, &d), -EINVAL);
	ck_assert_int_eq(pv_cli_double("inf", 0, 1e300, &d), -EINVAL);
	ck_assert_int_eq(pv_cli_double("", 0, 60, &d), -EINVAL);
	ck_assert_int_eq(pv_cli_double("1.5s", 0, 60, &d), -EINVAL);
	ck_assert(d == 60);
}
END_TEST

/* Everything a table can hold, and the program state it fills. */
struct prog {
	bool flag;
	const char *str;
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;
	int i;
	long l;
	double d;
	unsigned called;
};

static int parse_even(const char *arg, void *dest)
{
	struct prog *p = dest;
	uint64_t v;

	if (pv_cli_unsigned(arg, 0, 100, &v) || v % 2)
		return -EINVAL;
	p->called = (unsigned)v;
	return 0;
}

static int parse(struct prog *p, bool in_order, int argc, char **argv)
{
	const struct pv_cli_opt opts[] = {
		PV_OPT_FLAG("flag", 'f', &p->flag),
		PV_OPT_STR("str", 's', &p->str),
		PV_OPT_UNSIGNED("u8", 0, &p->u8, 1, UINT8_MAX),
		PV_OPT_UNSIGNED("u16", 0, &p->u16, 0, UINT16_MAX),
		PV_OPT_UNSIGNED("u32", 0, &p->u32, 0, UINT32_MAX),
		PV_OPT_UNSIGNED("u64", 'n', &p->u64, 0, UINT64_MAX),
		PV_OPT_SIGNED("int", 0, &p->i, INT_MIN, INT_MAX),
		PV_OPT_SIGNED("long", 0, &p->l, -1, LONG_MAX),
		PV_OPT_DOUBLE("double", 0, &p->d, 0, 60),
		PV_OPT_CALL("even", 0, parse_even, p, "an even number up to 100"),
		PV_OPT_HELP('h'),
		PV_OPT_VERSION(0),
		PV_OPT_END,
	};
	const struct pv_cli cli = {
		.prog = "test", .usage = usage, .opts = opts, .in_order = in_order};

	usage_to = NULL;
	usage_calls = 0;
	return pv_cli_parse(&cli, argc, argv);
}

START_TEST(test_parse_every_kind)
{
	char *argv[] = {"prog",     "-f",  "--str",  "abc", "--u8",  "255", "--u16",  "0xffff",
			"--u32",    "7",   "-n",     "9",   "--int", "-3",  "--long", "-1",
			"--double", "2.5", "--even", "42",  "op",    NULL};
	struct prog p = {0};

	ck_assert_int_eq(parse(&p, false, 21, argv), PV_CLI_OK);
	ck_assert(p.flag);
	ck_assert_str_eq(p.str, "abc");
	ck_assert_uint_eq(p.u8, 255);
	ck_assert_uint_eq(p.u16, 0xffff);
	ck_assert_uint_eq(p.u32, 7);
	ck_assert_uint_eq(p.u64, 9);
	ck_assert_int_eq(p.i, -3);
	ck_assert_int_eq(p.l, -1);
	ck_assert(p.d == 2.5);
	ck_assert_uint_eq(p.called, 42);
	ck_assert_int_eq(optind, 20);
	ck_assert_str_eq(argv[optind], "op");
	ck_assert_int_eq(usage_calls, 0);
}
END_TEST

START_TEST(test_parse_operands)
{
	char *permute[] = {"prog", "op", "--u32", "5", NULL};
	char *in_order[] = {"prog", "--u32", "5", "sub", "--u32", "6", NULL};
	struct prog p = {0};

	/* Options after an operand still count, the operand moves last... */
	ck_assert_int_eq(parse(&p, false, 4, permute), PV_CLI_OK);
	ck_assert_uint_eq(p.u32, 5);
	ck_assert_int_eq(optind, 3);
	ck_assert_str_eq(permute[optind], "op");
	/* ...unless the parse stops at the first operand (a subcommand), which
	 * then parses its own options: getopt starts over. */
	ck_assert_int_eq(parse(&p, true, 6, in_order), PV_CLI_OK);
	ck_assert_uint_eq(p.u32, 5);
	ck_assert_int_eq(optind, 3);
	ck_assert_int_eq(parse(&p, true, 3, in_order + 3), PV_CLI_OK);
	ck_assert_uint_eq(p.u32, 6);
	ck_assert_int_eq(optind, 3);
}
END_TEST

START_TEST(test_parse_errors)
{
	struct {
		char *argv[4];
		int argc;
		int usage; /* usage printed on stderr */
	} bad[] = {
		{{"prog", "--u8", "0"}, 3, 0},   /* below the range */
		{{"prog", "--u8", "256"}, 3, 0}, /* above it */
		{{"prog", "--u16", "65536"}, 3, 0},
		{{"prog", "--u32", "4294967296"}, 3, 0},
		{{"prog", "--int", "2147483648"}, 3, 0},
		{{"prog", "--long", "-2"}, 3, 0},
		{{"prog", "-n", "12abc"}, 3, 0}, /* not only a number */
		{{"prog", "-n", "-1"}, 3, 0},    /* a sign on an unsigned number */
		{{"prog", "--double", "61"}, 3, 0},
		{{"prog", "--even", "3"}, 3, 0}, /* the call refuses it */
		{{"prog", "--bogus"}, 2, 1},     /* unknown */
		{{"prog", "-x"}, 2, 1},
		{{"prog", "--str"}, 2, 1},    /* no argument */
		{{"prog", "--flag=1"}, 2, 1}, /* an argument where none goes */
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct prog p = {.u8 = 1};

		ck_assert_msg(parse(&p, false, bad[i].argc, bad[i].argv) == 2, "case %zu", i);
		ck_assert_int_eq(usage_calls, bad[i].usage);
		if (bad[i].usage)
			ck_assert_ptr_eq(usage_to, stderr);
		/* A refused value is not stored. */
		ck_assert_uint_eq(p.u8, 1);
		ck_assert_uint_eq(p.u64, 0);
		ck_assert_uint_eq(p.called, 0);
	}
}
END_TEST

START_TEST(test_help_version)
{
	char *help[] = {"prog", "-f", "-h", "--u8", "0", NULL};
	char *version[] = {"prog", "--version", "--bogus", NULL};
	struct prog p = {0};

	/* Exit 0 at --help, with the usage on stdout; what follows is not read. */
	ck_assert_int_eq(parse(&p, false, 5, help), 0);
	ck_assert_int_eq(usage_calls, 1);
	ck_assert_ptr_eq(usage_to, stdout);
	ck_assert(p.flag);
	ck_assert_int_eq(parse(&p, false, 3, version), 0);
	ck_assert_int_eq(usage_calls, 0);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_unsigned),
					      PV_CASE(test_signed_double),
					      PV_CASE(test_parse_every_kind),
					      PV_CASE(test_parse_operands),
					      PV_CASE(test_parse_errors),
					      PV_CASE(test_help_version),
					      {0}};

	return pv_check_run("pv_cli", cases);
}
