/*
 * A paravisor host in a child process, for the protocol tests and the
 * benchmarks: the sim partition on a private socket, the VMBus server, the
 * devices a struct host_device creates, and a command pipe so the test can act
 * on the host side and read its state. One harness for every device: the echo
 * devices (echo_host.h), storvsp (storvsp/sv_host.h), netvsp (netvsp/nv_host.h).
 */
#ifndef PROTO_HOST_H
#define PROTO_HOST_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct ev_loop;
struct rt_log;
struct rt_partition;
struct vmbus_server;

struct host {
	pid_t pid;
	int cmd_fd, resp_fd;
	char sock[108];
};

/* What the child has built when a device's callbacks run. */
struct host_env {
	struct ev_loop *loop;
	struct rt_log *log;
	struct rt_partition *part;
	struct vmbus_server *srv;
};

/* The devices one kind of host serves; every callback runs in the child. */
struct host_device {
	const char *name; /* in the socket's name: /tmp/pv-<name>-<pid>-<random>.sock */
	/* Creates the devices on env->srv before the partition starts; sets *dev to
	 * the state the other callbacks get. Returns 0, or the child's exit code. */
	int (*setup)(const struct host_env *env, const void *opts, void **dev);
	/* Answers one command line the host does not know itself (-EINVAL if the
	 * device does not know it either). */
	long long (*cmd)(void *dev, const char *line);
	/* Frees the devices once the partition has stopped, before the server is
	 * destroyed. */
	void (*teardown)(void *dev, const struct host_env *env);
};

/* The common part of the host. */
struct host_params {
	uint64_t mem; /* guest memory in bytes */
	unsigned workers;
	uint32_t max_version; /* VMBus */
	uint32_t msg_conn_id;
};

/*
 * Forks a host serving dev (opts is handed to dev->setup in the child) and
 * waits until its socket accepts guests. Returns 0 or -errno. The child exits
 * 0 on a clean stop; 10-12 when the loop, the partition or the server could
 * not be made, 15 when the partition did not start, 16 when the pipe broke,
 * 20 on a leak (under LeakSanitizer), or the code dev->setup returned.
 */
int host_start(struct host *h, const struct host_device *dev, const struct host_params *p,
	       const void *opts);

/*
 * Sends one command line and returns the host's integer answer (or a negative
 * errno if the pipe broke). Every host knows:
 *   cpu      the child's CPU time so far in microseconds
 * and the commands its device answers (see its header).
 */
long long host_cmd(struct host *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Asks the host to stop cleanly; returns its exit status (0 = clean). */
int host_stop(struct host *h);

/* SIGKILL and reap (crash tests). */
void host_kill(struct host *h);

/*
 * A counter a device's commands answer by name ("stat requests"): where it
 * is in the device's stats struct. The field is unsigned (bool included), of
 * 1, 2, 4 or 8 bytes.
 */
struct host_counter {
	const char *name;
	size_t off, size;
};
#define HOST_COUNTER(name, type, field)                                 \
	{                                                               \
		name, offsetof(type, field), sizeof(((type *)0)->field) \
	}

/* The counter called name of table t (n rows), read from *stats; -EINVAL if t has none. */
long long host_counter(const struct host_counter *t, size_t n, const void *stats, const char *name);

#endif
