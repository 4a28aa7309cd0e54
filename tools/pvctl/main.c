/*
 * pvctl: talks to a running paravisor through its control socket
 * (runtime/control.h): the inspect tree, knobs, and tracing.
 *
 *   pvctl [--socket PATH] inspect [PATH.IN.TREE] [--json]
 *   pvctl [--socket PATH] knobs
 *   pvctl [--socket PATH] set KEY VALUE
 *   pvctl [--socket PATH] trace start FILE [FILTER] | stop | status | stream [FILTER]
 *   pvctl [--socket PATH] update
 *   pvctl list
 *
 * Without --socket (or $PV_CONTROL) it uses the one paravisor running in the
 * control directory, and says which ones there are if there are several.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/control.h"
#include "tools/common/pv_cli.h"

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: pvctl [--socket PATH] COMMAND\n"
		"\n"
		"Looks inside a running paravisor and changes its knobs, through its control\n"
		"socket (paravisor --control; default <dir>/<pid>.ctl).\n"
		"\n"
		"Commands:\n"
		"  inspect [PATH] [--json]    the live tree, or the part at PATH (e.g.\n"
		"                             vmbus.channels, devices.scsi0, log.level)\n"
		"  knobs                      what can be set, with the current values\n"
		"  set KEY VALUE              e.g. set log.level debug,\n"
		"                             set devices.scsi0.max_outstanding 8\n"
		"  trace start FILE [FILTER]  record to FILE (FILTER: relid=N,class=storvsc,...)\n"
		"  trace stop                 stop recording (or streaming)\n"
		"  trace status               active, records written and dropped\n"
		"  trace stream [FILTER]      live pcapng on standard output\n"
		"                             (pvctl trace stream | wireshark -k -i -)\n"
		"  update                     live update: the paravisor replaces itself with\n"
		"                             servicing.binary under the running guest; waits\n"
		"                             and prints the blackout (or why it was refused)\n"
		"  list                       the control sockets of running paravisors\n"
		"\n"
		"Options:\n"
		"  --socket PATH              which paravisor (default: $PV_CONTROL, else the\n"
		"                             only one running)\n"
		"  --help                     this text\n"
		"  --version                  the version\n");
}

/* The socket to use: --socket, $PV_CONTROL, or the only live one. */
static int pick_socket(const char *given, char *out, size_t len)
{
	const char *env = getenv("PV_CONTROL");
	char **v;
	int n;

	if (given || (env && *env)) {
		snprintf(out, len, "%s", given ? given : env);
		return 0;
	}
	n = rt_control_list(&v);
	if (n < 0) {
		fprintf(stderr, "pvctl: control directory: %s\n", strerror(-n));
		return -1;
	}
	if (n == 1)
		snprintf(out, len, "%s", v[0]);
	else if (n == 0)
		fprintf(stderr,
			"pvctl: no running paravisor found (start one, or give --socket)\n");
	else {
		fprintf(stderr, "pvctl: %d paravisors are running; pick one with --socket:\n", n);
		for (int i = 0; i < n; i++)
			fprintf(stderr, "  %s\n", v[i]);
	}
	rt_control_list_free(v, n);
	return n == 1 ? 0 : -1;
}

/* Copies the answer's body to standard output. */
static int copy_body(int fd)
{
	char buf[65536];

	for (;;) {
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -1 : 0;
		if (fwrite(buf, 1, (size_t)n, stdout) != (size_t)n)
			return -1;
		if (fflush(stdout))
			return -1; /* a reader that went away ends a stream */
	}
}

/* The value of `name: ...` in `inspect servicing`, or "" (connection lost, no such line). */
static void servicing_value(const char *path, const char *name, char *out, size_t len)
{
	char status[512], buf[4096];
	size_t n = 0, l = strlen(name);
	int fd = rt_control_request(path, "inspect servicing", status, sizeof(status));

	out[0] = 0;
	if (fd < 0)
		return;
	for (;;) {
		ssize_t r = read(fd, buf + n, sizeof(buf) - 1 - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	buf[n] = 0;
	if (strcmp(status, "ok"))
		return;
	for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		while (*line == ' ')
			line++;
		if (!strncmp(line, name, l) && line[l] == ':') {
			snprintf(out, len, "%s", line + l + 1 + (line[l + 1] == ' '));
			return;
		}
	}
}

/*
 * pvctl update: asks for the update, then waits (bounded, 120 s) until the
 * paravisor's servicing.last changes: the new binary answers on the same
 * socket path once it runs (the old one's socket goes away at the exec).
 */
static int do_update(const char *path)
{
	char before[512], now[512], status[512];
	int fd;

	servicing_value(path, "last", before, sizeof(before));
	fd = rt_control_request(path, "set servicing.update now", status, sizeof(status));
	if (fd < 0) {
		fprintf(stderr, "pvctl: %s: %s\n", path, strerror(-fd));
		return 1;
	}
	close(fd);
	if (strcmp(status, "ok")) {
		fprintf(stderr, "pvctl: %s\n", status);
		return 1;
	}
	for (int i = 0; i < 2400; i++) {
		nanosleep(&(struct timespec){0, 50000000}, NULL);
		servicing_value(path, "last", now, sizeof(now));
		if (now[0] && strcmp(now, before)) {
			printf("%s\n", now);
			return strstr(now, "running again") ? 0 : 1;
		}
	}
	fprintf(stderr, "pvctl: no answer from %s within 120 s of the update request\n", path);
	return 1;
}

int main(int argc, char **argv)
{
	const char *given = NULL;
	const struct pv_cli_opt opts[] = {
		PV_OPT_STR("socket", 's', &given),
		PV_OPT_HELP('h'),
		PV_OPT_VERSION('V'),
		PV_OPT_END,
	};
	const struct pv_cli cli = {.prog = "pvctl", .usage = usage, .opts = opts, .in_order = true};
	char path[256], line[RT_CONTROL_LINE_MAX], status[512];
	size_t n = 0;
	int fd, rc;

	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
	if (optind >= argc) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[optind], "list")) {
		char **v;
		int k = rt_control_list(&v);
		if (k < 0) {
			fprintf(stderr, "pvctl: control directory: %s\n", strerror(-k));
			return 1;
		}
		for (int i = 0; i < k; i++)
			printf("%s\n", v[i]);
		rt_control_list_free(v, k);
		return 0;
	}
	/* trace start FILE: the paravisor's working directory is not ours. */
	if (argc - optind >= 3 && !strcmp(argv[optind], "trace") &&
	    !strcmp(argv[optind + 1], "start") && argv[optind + 2][0] != '/') {
		char dir[PATH_MAX], *dup = strdup(argv[optind + 2]), *base;
		if (!dup || !realpath(dirname(dup), dir)) {
			fprintf(stderr, "pvctl: %s: no such directory\n", argv[optind + 2]);
			return 1;
		}
		free(dup);
		dup = strdup(argv[optind + 2]);
		base = basename(dup);
		static char abs[PATH_MAX + 256];
		snprintf(abs, sizeof(abs), "%s/%s", dir, base);
		argv[optind + 2] = abs;
	}
	for (int i = optind; i < argc; i++) {
		size_t l = strlen(argv[i]);
		if (n + l + 2 > sizeof(line)) {
			fprintf(stderr, "pvctl: request too long\n");
			return 2;
		}
		if (n)
			line[n++] = ' ';
		memcpy(line + n, argv[i], l);
		n += l;
	}
	line[n] = 0;
	if (pick_socket(given, path, sizeof(path)))
		return 1;
	if (!strcmp(line, "update"))
		return do_update(path);
	fd = rt_control_request(path, line, status, sizeof(status));
	if (fd < 0) {
		fprintf(stderr, "pvctl: %s: %s\n", path, strerror(-fd));
		return 1;
	}
	if (strcmp(status, "ok")) {
		close(fd);
		fprintf(stderr, "pvctl: %s\n", status);
		return 1;
	}
	rc = copy_body(fd);
	close(fd);
	return rc ? 1 : 0;
}
