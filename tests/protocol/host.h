/*
 * A paravisor host in a child process for protocol tests: the sim partition
 * on a private socket, the VMBus server and N echo devices, plus a command
 * pipe so the test can act on the host side (rescind, subchannels) and read
 * its state (open channels, GPADLs, dropped messages, channel counters).
 */
#ifndef PROTO_HOST_H
#define PROTO_HOST_H

#include <stdint.h>
#include <sys/types.h>

struct host_opts {
	uint32_t max_version;
	uint32_t msg_conn_id;
	unsigned echos; /* echo devices (default 1) */
	unsigned workers;
	uint64_t mem; /* default 64 MiB */
};

struct host {
	pid_t pid;
	int cmd_fd, resp_fd;
	char sock[108];
};

/* Forks the host and waits until its socket accepts guests. Returns 0 or -errno. */
int host_start(struct host *h, const struct host_opts *o);

/*
 * Sends one command line and returns the host's integer answer (or a
 * negative errno if the pipe broke). Commands:
 *   info open|gpadls|dropped|offers|version  server state
 *   rescind N          rescind echo device N
 *   sub N COUNT        offer COUNT subchannels of echo N
 *   stat N rx|tx|sigout|broken   echo N's primary channel counters
 */
long long host_cmd(struct host *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Asks the host to stop cleanly; returns its exit status (0 = clean). */
int host_stop(struct host *h);

#endif
