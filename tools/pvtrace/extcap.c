/*
 * pvtrace extcap: Wireshark's external-capture interface to running
 * paravisors. Installed into Wireshark's extcap folder as `pvtrace-extcap`
 * (a two-line wrapper), it lists each paravisor's control socket
 * (runtime/control.h) as an interface `pv-<pid>` and captures from one by
 * asking it for `trace stream [FILTER]` and copying the pcapng to the FIFO
 * Wireshark gives it. The trace filter is the interface's one option.
 *
 * The calls Wireshark makes (doc/extcap.adoc in Wireshark's sources):
 *   --extcap-interfaces
 *   --extcap-interface IF --extcap-dlts
 *   --extcap-interface IF --extcap-config
 *   --extcap-interface IF --capture --fifo PATH [--filter SPEC]
 * plus --extcap-version=X and options it passes that we ignore.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pvtrace_wire.h"
#include "runtime/control.h"
#include "tools/pvtrace/pvtrace.h"

/* The interface name of a socket path: pv-<file name without .ctl>. */
static void iface_of(const char *path, char *out, size_t len)
{
	const char *b = strrchr(path, '/');
	size_t n;

	b = b ? b + 1 : path;
	n = strlen(b);
	if (n > 4 && !strcmp(b + n - 4, ".ctl"))
		n -= 4;
	snprintf(out, len, "pv-%.*s", (int)n, b);
}

static int list_ifaces(void)
{
	char **v, name[64];
	int n = rt_control_list(&v);

	printf("extcap {version=%s}{help=paravisor: pvctl, docs/traces.md}\n", PV_VERSION);
	if (n < 0)
		return 0; /* no control directory: no interfaces, not an error */
	for (int i = 0; i < n; i++) {
		iface_of(v[i], name, sizeof(name));
		printf("interface {value=%s}{display=paravisor %s VMBus trace}\n", name, name + 3);
	}
	rt_control_list_free(v, n);
	return 0;
}

/* The socket of interface `iface`, or -ENOENT. */
static int find_iface(const char *iface, char *out, size_t len)
{
	char **v, name[64];
	int n = rt_control_list(&v), rc = -ENOENT;

	for (int i = 0; i < n; i++) {
		iface_of(v[i], name, sizeof(name));
		if (!strcmp(name, iface)) {
			snprintf(out, len, "%s", v[i]);
			rc = 0;
		}
	}
	if (n > 0)
		rt_control_list_free(v, n);
	return rc;
}

static int capture(const char *iface, const char *fifo, const char *filter)
{
	char path[256], line[512], status[256], buf[65536];
	FILE *out;
	int fd;

	if (find_iface(iface, path, sizeof(path))) {
		fprintf(stderr, "pvtrace extcap: no running paravisor for interface %s\n", iface);
		return 1;
	}
	snprintf(line, sizeof(line), "trace stream%s%s", filter && *filter ? " " : "",
		 filter && *filter ? filter : "");
	fd = rt_control_request(path, line, status, sizeof(status));
	if (fd < 0) {
		fprintf(stderr, "pvtrace extcap: %s: %s\n", path, strerror(-fd));
		return 1;
	}
	if (strcmp(status, "ok")) {
		fprintf(stderr, "pvtrace extcap: %s: %s\n", path, status);
		close(fd);
		return 1;
	}
	out = fopen(fifo, "wb");
	if (!out) {
		fprintf(stderr, "pvtrace extcap: %s: %s\n", fifo, strerror(errno));
		close(fd);
		return 1;
	}
	/* Until the paravisor ends the stream or Wireshark closes the FIFO
	 * (EPIPE; SIGPIPE is ignored) or stops us with a signal. */
	signal(SIGPIPE, SIG_IGN);
	for (;;) {
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if (fwrite(buf, 1, (size_t)n, out) != (size_t)n || fflush(out))
			break;
	}
	fclose(out);
	close(fd);
	return 0;
}

int pvt_extcap(int argc, char **argv)
{
	enum { O_IFACES = 1, O_IFACE, O_DLTS, O_CONFIG, O_CAPTURE, O_FIFO, O_FILTER, O_IGNORE };
	static const struct option opts[] = {
		{"extcap-interfaces", no_argument, NULL, O_IFACES},
		{"extcap-interface", required_argument, NULL, O_IFACE},
		{"extcap-dlts", no_argument, NULL, O_DLTS},
		{"extcap-config", no_argument, NULL, O_CONFIG},
		{"capture", no_argument, NULL, O_CAPTURE},
		{"fifo", required_argument, NULL, O_FIFO},
		{"filter", required_argument, NULL, O_FILTER},
		{"extcap-version", optional_argument, NULL, O_IGNORE},
		{"extcap-capture-filter", required_argument, NULL, O_IGNORE},
		{"extcap-control-in", required_argument, NULL, O_IGNORE},
		{"extcap-control-out", required_argument, NULL, O_IGNORE},
		{"extcap-reload-option", required_argument, NULL, O_IGNORE},
		{"debug", no_argument, NULL, O_IGNORE},
		{"debug-file", required_argument, NULL, O_IGNORE},
		{NULL, 0, NULL, 0},
	};
	const char *iface = NULL, *fifo = NULL, *filter = NULL;
	bool ifaces = false, dlts = false, config = false, cap = false;
	int c;

	optind = 1;
	opterr = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case O_IFACES:
			ifaces = true;
			break;
		case O_IFACE:
			iface = optarg;
			break;
		case O_DLTS:
			dlts = true;
			break;
		case O_CONFIG:
			config = true;
			break;
		case O_CAPTURE:
			cap = true;
			break;
		case O_FIFO:
			fifo = optarg;
			break;
		case O_FILTER:
			filter = optarg;
			break;
		case O_IGNORE:
			break;
		default:
			fprintf(stderr, "usage: pvtrace extcap --extcap-interfaces | "
					"--extcap-interface IF (--extcap-dlts | --extcap-config | "
					"--capture --fifo PATH [--filter SPEC])\n");
			return 2;
		}
	}
	if (ifaces)
		return list_ifaces();
	if (!iface) {
		fprintf(stderr, "pvtrace extcap: --extcap-interface missing\n");
		return 2;
	}
	if (dlts) {
		printf("dlt {number=%d}{name=USER0}{display=paravisor trace records "
		       "(spec/pvtrace.yaml)}\n",
		       PVTRACE_LINKTYPE);
		return 0;
	}
	if (config) {
		printf("arg {number=0}{call=--filter}{display=Trace filter}{type=string}"
		       "{tooltip=relid=N,class=storvsc|netvsc|GUID,proto=vmbus|vmring|storvsc|nvsp|"
		       "rndis,"
		       "snap=BYTES (comma-separated)}\n");
		return 0;
	}
	if (cap) {
		if (!fifo) {
			fprintf(stderr, "pvtrace extcap: --capture needs --fifo\n");
			return 2;
		}
		return capture(iface, fifo, filter);
	}
	fprintf(stderr, "pvtrace extcap: nothing to do\n");
	return 2;
}
