/*
 * The host of the netvsp protocol tests and the benchmarks (host.h): the
 * VMBus server and one netvsp NIC, with commands to read the device's
 * counters and act on it.
 */
#ifndef NV_HOST_H
#define NV_HOST_H

#include <stdint.h>

#include "host.h"

struct net_endpoint;
struct net_endpoint_kind;

struct nv_host_opts {
	const char *endpoint;     /* "loopback" (default), "null", "tap" */
	const char *endpoint_arg; /* net.h option list */
	/* Or an endpoint kind from outside devices/net (net_mana) and its parsed options. */
	const struct net_endpoint_kind *ep_kind;
	const void *ep_cfg;
	/* Optional: answers "x WHAT" commands on the endpoint's thread (an endpoint
	 * kind's own counters). */
	long long (*ep_query)(struct net_endpoint *ep, const char *what);
	uint32_t max_nvsp; /* 0 = 6.1 */
	unsigned workers;  /* VMBus workers (default 2) */
	uint64_t mem;      /* guest RAM (default 128 MiB) */
	/* The NIC's memory budgets (netvsp_opts; 0: the defaults). */
	uint64_t budget, channel_budget;
};

/*
 * Forks the host (o may be NULL: the defaults). Its commands, besides host.h's:
 *   stat NAME        a struct netvsp_stats field (tx_frames, rx_frames, ...)
 *   ep Q NAME        endpoint queue Q counter (tx_packets, rx_packets, rx_dropped, ...)
 *   link 0|1         sets the link state
 *   x WHAT           opts.ep_query(endpoint, WHAT)
 */
int nv_host_start(struct host *h, const struct nv_host_opts *o);

#endif
