/*
 * A paravisor host with one netvsp NIC in a child process, for netvsp
 * protocol tests and the benchmark: the sim partition on a private socket,
 * the VMBus server and the device, plus a command pipe to read the device's
 * counters and act on it.
 */
#ifndef NV_HOST_H
#define NV_HOST_H

#include <stdint.h>
#include <sys/types.h>

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

struct nv_host {
	pid_t pid;
	int cmd_fd, resp_fd;
	char sock[108];
};

/* Forks the host and waits until its socket accepts guests. Returns 0 or -errno. */
int nv_host_start(struct nv_host *h, const struct nv_host_opts *o);

/*
 * One command, the integer answer (negative errno on failure):
 *   stat NAME        a struct netvsp_stats field (tx_frames, rx_frames, ...)
 *   ep Q NAME        endpoint queue Q counter (tx_packets, rx_packets, rx_dropped, ...)
 *   link 0|1         sets the link state
 *   cpu              the child's CPU time so far in microseconds
 *   x WHAT           opts.ep_query(endpoint, WHAT)
 */
long long nv_host_cmd(struct nv_host *h, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Stops the host; returns its exit status (0 = clean). */
int nv_host_stop(struct nv_host *h);

#endif
