/* Command-line options by table (see pv_cli.h). */
#include "tools/common/pv_cli.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int pv_cli_unsigned(const char *s, uint64_t lo, uint64_t hi, uint64_t *v)
{
	unsigned long long x;
	char *end;

	/* strtoull would take " 5" and turn "-1" into 2^64-1. */
	if (!isdigit((unsigned char)s[0]))
		return -EINVAL;
	errno = 0;
	x = strtoull(s, &end, 0);
	if (*end)
		return -EINVAL;
	if (errno == ERANGE || x < lo || x > hi)
		return -ERANGE;
	*v = x;
	return 0;
}

int pv_cli_signed(const char *s, int64_t lo, int64_t hi, int64_t *v)
{
	bool neg = s[0] == '-';
	uint64_t m;
	int64_t x;
	int rc;

	/* The magnitude as an unsigned number; -2^63 is the one without a positive twin. */
	rc = pv_cli_unsigned(s + neg, 0, neg ? (uint64_t)INT64_MAX + 1 : INT64_MAX, &m);
	if (rc)
		return rc;
	x = neg ? (int64_t)(0 - m) : (int64_t)m;
	if (x < lo || x > hi)
		return -ERANGE;
	*v = x;
	return 0;
}

int pv_cli_double(const char *s, double lo, double hi, double *v)
{
	double x;
	char *end;

	if (!s[0] || isspace((unsigned char)s[0]))
		return -EINVAL;
	x = strtod(s, &end);
	if (*end || !isfinite(x))
		return -EINVAL;
	if (x < lo || x > hi)
		return -ERANGE;
	*v = x;
	return 0;
}

static bool takes_arg(const struct pv_cli_opt *o)
{
	return o->kind != PV_CLI_FLAG && o->kind != PV_CLI_HELP && o->kind != PV_CLI_VERSION;
}

static void store_unsigned(const struct pv_cli_opt *o, uint64_t v)
{
	switch (o->dest_size) {
	case 1:
		*(uint8_t *)o->dest = (uint8_t)v;
		break;
	case 2:
		*(uint16_t *)o->dest = (uint16_t)v;
		break;
	case 4:
		*(uint32_t *)o->dest = (uint32_t)v;
		break;
	default:
		*(uint64_t *)o->dest = v;
		break;
	}
}

/* One option and its argument: PV_CLI_OK or the exit status. */
static int take(const struct pv_cli *cli, const struct pv_cli_opt *o, const char *arg)
{
	uint64_t u;
	int64_t s;
	double d;

	switch (o->kind) {
	case PV_CLI_FLAG:
		*(bool *)o->dest = true;
		return PV_CLI_OK;
	case PV_CLI_STR:
		*(const char **)o->dest = arg;
		return PV_CLI_OK;
	case PV_CLI_UNSIGNED:
		/* The table's range must fit the destination (our own mistake if not). */
		assert(o->dest_size == 8 || o->umax >> (8 * o->dest_size) == 0);
		if (pv_cli_unsigned(arg, o->umin, o->umax, &u)) {
			fprintf(stderr, "%s: --%s '%s': want a number in [%llu, %llu]\n", cli->prog,
				o->name, arg, (unsigned long long)o->umin,
				(unsigned long long)o->umax);
			return 2;
		}
		store_unsigned(o, u);
		return PV_CLI_OK;
	case PV_CLI_SIGNED:
		assert(o->dest_size == 8 || (o->smin >= INT32_MIN && o->smax <= INT32_MAX));
		if (pv_cli_signed(arg, o->smin, o->smax, &s)) {
			fprintf(stderr, "%s: --%s '%s': want a number in [%lld, %lld]\n", cli->prog,
				o->name, arg, (long long)o->smin, (long long)o->smax);
			return 2;
		}
		if (o->dest_size == 8)
			*(int64_t *)o->dest = s;
		else
			*(int32_t *)o->dest = (int32_t)s;
		return PV_CLI_OK;
	case PV_CLI_DOUBLE:
		if (pv_cli_double(arg, o->dmin, o->dmax, &d)) {
			fprintf(stderr, "%s: --%s '%s': want a number in [%g, %g]\n", cli->prog,
				o->name, arg, o->dmin, o->dmax);
			return 2;
		}
		*(double *)o->dest = d;
		return PV_CLI_OK;
	case PV_CLI_CALL:
		if (o->fn(arg, o->dest)) {
			fprintf(stderr, "%s: --%s '%s': want %s\n", cli->prog, o->name, arg,
				o->what);
			return 2;
		}
		return PV_CLI_OK;
	case PV_CLI_HELP:
		cli->usage(stdout);
		return 0;
	case PV_CLI_VERSION:
		printf("%s %s\n", cli->prog, PV_VERSION);
		return 0;
	case PV_CLI_END:
		break;
	}
	assert(0);
	return 2;
}

int pv_cli_parse(const struct pv_cli *cli, int argc, char **argv)
{
	const struct pv_cli_opt *opts = cli->opts;
	struct option *lo;
	char *shorts, *sp;
	size_t n = 0;
	int c, rc = PV_CLI_OK;

	while (opts[n].kind != PV_CLI_END)
		n++;
	lo = calloc(n + 1, sizeof(*lo));
	sp = shorts = malloc(2 * n + 2);
	if (!lo || !shorts) {
		fprintf(stderr, "%s: out of memory\n", cli->prog);
		free(lo);
		free(shorts);
		return 1;
	}
	if (cli->in_order)
		*sp++ = '+';
	for (size_t i = 0; i < n; i++) {
		lo[i].name = opts[i].name;
		lo[i].has_arg = takes_arg(&opts[i]) ? required_argument : no_argument;
		/* Long-only options get a value no character has. */
		lo[i].val = opts[i].short_name ? opts[i].short_name : 256 + (int)i;
		if (opts[i].short_name) {
			*sp++ = (char)opts[i].short_name;
			if (takes_arg(&opts[i]))
				*sp++ = ':';
		}
	}
	*sp = 0;
	/* 0, not 1: glibc starts over (a subcommand parses after its program). */
	optind = 0;
	while (rc == PV_CLI_OK && (c = getopt_long(argc, argv, shorts, lo, NULL)) != -1) {
		const struct pv_cli_opt *o = NULL;

		if (c >= 256) {
			o = &opts[c - 256];
		} else {
			for (size_t i = 0; i < n && !o; i++)
				if (opts[i].short_name == c)
					o = &opts[i];
		}
		if (!o) {
			/* getopt said what was wrong ('?': unknown, or no argument). */
			cli->usage(stderr);
			rc = 2;
			break;
		}
		rc = take(cli, o, optarg);
	}
	free(lo);
	free(shorts);
	return rc;
}
