/*
 * The host of the VMBus protocol tests (host.h): the VMBus server and N echo
 * devices, with commands to act on the host side (rescind, subchannels) and
 * read its state (open channels, GPADLs, dropped messages, channel counters).
 */
#ifndef PROTO_ECHO_HOST_H
#define PROTO_ECHO_HOST_H

#include <stdint.h>

#include "host.h"

struct echo_host_opts {
	uint32_t max_version;
	uint32_t msg_conn_id;
	unsigned echos; /* echo devices (default 1, at most 8) */
	unsigned workers;
	uint64_t mem; /* default 64 MiB */
};

/*
 * Forks the host (o may be NULL: the defaults). Its commands, besides host.h's:
 *   info open|gpadls|dropped|offers|version  server state
 *   rescind N          rescind echo device N
 *   sub N COUNT        offer COUNT subchannels of echo N
 *   stat N rx|tx|sigout|broken   echo N's primary channel counters
 */
int echo_host_start(struct host *h, const struct echo_host_opts *o);

#endif
