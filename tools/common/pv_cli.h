/*
 * Command lines of the project's programs (paravisor, pvguest, pvtrace,
 * pvctl, nvmetool, kvmboot, the benches): one table per program names each
 * option, what its argument is and where it goes; pv_cli_parse() runs
 * getopt_long over the table, so every program answers --help, --version, a
 * number out of range and an unknown option the same way.
 *
 * Numbers are read whole (base 0: 10, 0x10 and 010 as strtoull reads them)
 * and checked against the table's range; "12abc", "" or "-1" for an unsigned
 * option is a usage error, never a silent 12, 0 or 2^64-1.
 */
#ifndef PV_TOOLS_CLI_H
#define PV_TOOLS_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum pv_cli_kind {
	PV_CLI_END,      /* the table's last entry */
	PV_CLI_FLAG,     /* no argument: *(bool *)dest = true */
	PV_CLI_STR,      /* *(const char **)dest = the argument */
	PV_CLI_UNSIGNED, /* an unsigned integer of dest_size bytes in [umin, umax] */
	PV_CLI_SIGNED,   /* a signed integer of dest_size bytes in [smin, smax] */
	PV_CLI_DOUBLE,   /* *(double *)dest, a number in [dmin, dmax] */
	PV_CLI_CALL,     /* fn(arg, dest) reads it; 0 or a negative errno */
	PV_CLI_HELP,     /* usage on stdout, exit status 0 */
	PV_CLI_VERSION,  /* "<prog> <PV_VERSION>" on stdout, exit status 0 */
};

struct pv_cli_opt {
	const char *name; /* the long name, without "--" */
	int short_name;   /* the one-letter form, 0 for none */
	enum pv_cli_kind kind;
	void *dest;
	size_t dest_size;
	uint64_t umin, umax;
	int64_t smin, smax;
	double dmin, dmax;
	int (*fn)(const char *arg, void *dest);
	const char *what; /* PV_CLI_CALL: what the argument should be, for the error */
};

/*
 * Table entries: N the long name, SH the one-letter form (0: none), P where
 * the value goes (its type is checked at compile time), [LO, HI] the range.
 */
/* A braced initializer in a macro is beyond clang-format. */
/* clang-format off */
#define PV_OPT_(n, sh, k) .name = (n), .short_name = (sh), .kind = (k)
#define PV_OPT_FLAG(n, sh, p) {PV_OPT_(n, sh, PV_CLI_FLAG), .dest = _Generic((p), bool *: (p))}
#define PV_OPT_STR(n, sh, p)                                                                       \
	{PV_OPT_(n, sh, PV_CLI_STR), .dest = _Generic((p), const char **: (p))}
#define PV_OPT_UNSIGNED(n, sh, p, lo, hi)                                                          \
	{PV_OPT_(n, sh, PV_CLI_UNSIGNED),                                                          \
	 .dest = _Generic((p),                                                                     \
		 unsigned char *: (p),                                                             \
		 unsigned short *: (p),                                                            \
		 unsigned int *: (p),                                                              \
		 unsigned long *: (p),                                                             \
		 unsigned long long *: (p)),                                                       \
	 .dest_size = sizeof(*(p)), .umin = (lo), .umax = (hi)}
#define PV_OPT_SIGNED(n, sh, p, lo, hi)                                                            \
	{PV_OPT_(n, sh, PV_CLI_SIGNED), .dest = _Generic((p), int *: (p), long *: (p)),            \
	 .dest_size = sizeof(*(p)), .smin = (lo), .smax = (hi)}
#define PV_OPT_DOUBLE(n, sh, p, lo, hi)                                                            \
	{PV_OPT_(n, sh, PV_CLI_DOUBLE), .dest = _Generic((p), double *: (p)), .dmin = (lo),        \
	 .dmax = (hi)}
/* F(arg, P) reads the argument into P; on failure the error names WHAT. */
#define PV_OPT_CALL(n, sh, f, p, what_)                                                            \
	{PV_OPT_(n, sh, PV_CLI_CALL), .dest = (p), .fn = (f), .what = (what_)}
#define PV_OPT_HELP(sh) {PV_OPT_("help", sh, PV_CLI_HELP)}
#define PV_OPT_VERSION(sh) {PV_OPT_("version", sh, PV_CLI_VERSION)}
#define PV_OPT_END {PV_OPT_(NULL, 0, PV_CLI_END)}
/* clang-format on */

struct pv_cli {
	const char *prog;              /* error prefix and --version's answer */
	void (*usage)(FILE *f);        /* --help (stdout), unknown options (stderr) */
	const struct pv_cli_opt *opts; /* ends with PV_OPT_END */
	/* Stop at the first operand (a subcommand's options follow it) instead
	 * of taking options from anywhere on the line. */
	bool in_order;
};

/* pv_cli_parse(): the program goes on; its operands start at argv[optind]. */
#define PV_CLI_OK (-1)

/*
 * Parses argv[1..argc-1] (argv[0] is the program's or subcommand's name)
 * by cli's table; starts getopt afresh, so a subcommand may parse again.
 * Returns PV_CLI_OK, or the status the program exits with: 0 after --help
 * or --version, 2 after a usage error (its message already on stderr; the
 * usage too for an unknown option or a missing argument).
 */
int pv_cli_parse(const struct pv_cli *cli, int argc, char **argv);

/*
 * One number, whole and in [lo, hi]: 0, or -EINVAL (not a number, trailing
 * characters, a sign on an unsigned number) or -ERANGE (outside [lo, hi]).
 */
int pv_cli_unsigned(const char *s, uint64_t lo, uint64_t hi, uint64_t *v);
int pv_cli_signed(const char *s, int64_t lo, int64_t hi, int64_t *v);
int pv_cli_double(const char *s, double lo, double hi, double *v);

#endif
