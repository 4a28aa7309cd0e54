/*
 * A paravisor host with one storvsp controller in a child process, for the
 * storvsp protocol tests and the benchmark: the sim partition on a private
 * socket, the VMBus server, the controller and its LUNs, and a command pipe
 * to act on the host side and read its counters.
 */
#ifndef SV_HOST_H
#define SV_HOST_H

#include <stdint.h>
#include <sys/types.h>

#include "devices/storvsp/storvsp.h"

#define SV_HOST_MAX_LUNS 8

struct sv_host_opts {
	struct storvsp_lun_cfg luns[SV_HOST_MAX_LUNS];
	unsigned nluns;
	uint16_t subchannels;
	uint32_t max_io;
	uint32_t max_version;
	unsigned workers; /* VMBus channel workers (0 = 2) */
	uint64_t mem;     /* guest memory (0 = 128 MiB) */
};

struct sv_host {
	pid_t pid;
	int cmd_fd, resp_fd;
	char sock[108];
};

/* Forks the host and waits until it listens. Returns 0 or -errno. */
int sv_host_start(struct sv_host *h, const struct sv_host_opts *o);

/*
 * One command, answered with an integer (negative errno on failure):
 *   lunadd N BACKEND ARG   storvsp_lun_add
 *   lunrm N                storvsp_lun_remove
 *   stat requests|completions|srb_errors|bad|throttled|notifications|maxout|
 *                          resets|reset_waited
 *   chan sigin|sigout      primary channel's signal counters
 */
long long sv_host_cmd(struct sv_host *h, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Clean stop; returns the child's exit status (0 = clean). */
int sv_host_stop(struct sv_host *h);

/* SIGKILL and reap (crash tests). */
void sv_host_kill(struct sv_host *h);

#endif
