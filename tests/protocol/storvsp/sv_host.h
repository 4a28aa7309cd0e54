/*
 * The host of the storvsp protocol tests and the benchmark (host.h): the
 * VMBus server and one storvsp controller with its LUNs, with commands to act
 * on the host side and read its counters.
 */
#ifndef SV_HOST_H
#define SV_HOST_H

#include <stdint.h>

#include "devices/storvsp/storvsp.h"
#include "host.h"

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

/*
 * Forks the host. Its commands, besides host.h's:
 *   lunadd N BACKEND ARG   storvsp_lun_add
 *   lunrm N                storvsp_lun_remove
 *   stat requests|completions|srb_errors|bad|throttled|notifications|maxout|
 *                          resets|reset_waited
 *   chan sigin|sigout      primary channel's signal counters
 */
int sv_host_start(struct host *h, const struct sv_host_opts *o);

#endif
