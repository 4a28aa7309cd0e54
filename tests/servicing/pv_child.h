/*
 * What the servicing test programs share: the paravisor run as a child
 * process on the sim partition with its output in a log file, a guest
 * connected to it, bounded waits on the log, live updates, a clean stop,
 * and CHECK(), which fails the program with the log's context.
 *
 * One paravisor per program: its state is PVC. The program sets
 * PVC.on_fail for what a failure must say or undo besides (called before
 * the log is shown and the paravisor killed).
 */
#ifndef PV_CHILD_H
#define PV_CHILD_H

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tools/pvguest/pv_guest.h"

static struct pvc {
	const char *paravisor;
	char dir[64], sock[128], log[128];
	pid_t pid;
	void (*on_fail)(void);
} PVC = {.pid = -1};

/* The last line of the log containing needle, copied into out; false if none. */
static inline bool pvc_log_line(const char *needle, char *out, size_t n)
{
	char line[512];
	FILE *f = fopen(PVC.log, "r");
	bool found = false;

	while (f && fgets(line, sizeof(line), f))
		if (strstr(line, needle)) {
			snprintf(out, n, "%s", line);
			found = true;
		}
	if (f)
		fclose(f);
	return found;
}

static inline bool pvc_log_has(const char *needle)
{
	char l[512];

	return pvc_log_line(needle, l, sizeof(l));
}

/* Waits (bounded: 30 s) for a line of the log containing needle. */
static inline bool pvc_wait_log(const char *needle)
{
	for (int i = 0; i < 30000; i++) {
		if (pvc_log_has(needle))
			return true;
		nanosleep(&(struct timespec){0, 1000000}, NULL);
	}
	return false;
}

/* The log on stderr, debug lines left out (a failing test's context). */
static inline void pvc_dump_log(void)
{
	char line[512];
	FILE *f = fopen(PVC.log, "r");

	while (f && fgets(line, sizeof(line), f))
		if (!strstr(line, " D "))
			fprintf(stderr, "    log: %s", line);
	if (f)
		fclose(f);
}

static inline __attribute__((noreturn)) void pvc_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "FAIL %s:%d: %s\n", file, line, what);
	if (PVC.on_fail)
		PVC.on_fail();
	pvc_dump_log();
	if (PVC.pid > 0)
		kill(PVC.pid, SIGKILL);
	exit(1);
}

#define CHECK(cond)                                          \
	do {                                                 \
		if (!(cond))                                 \
			pvc_fail(__FILE__, __LINE__, #cond); \
	} while (0)

/* A new folder /tmp/pv-<name>.XXXXXX for the socket, the log and the config. */
static inline void pvc_init(const char *paravisor, const char *name)
{
	PVC.paravisor = paravisor;
	snprintf(PVC.dir, sizeof(PVC.dir), "/tmp/pv-%s.XXXXXX", name);
	CHECK(mkdtemp(PVC.dir));
	snprintf(PVC.sock, sizeof(PVC.sock), "%s/pv.sock", PVC.dir);
	snprintf(PVC.log, sizeof(PVC.log), "%s/pv.log", PVC.dir);
}

/*
 * Writes the config (the sim partition on PVC.sock, 64M, 2 vCPUs, then
 * devices_yaml: "devices:\n  - kind: ...") to PVC.dir/pv.yaml and starts
 * `paravisor --config it [args...]` (args NULL-terminated, may be NULL) with
 * stdout and stderr on the log.
 */
static inline void pvc_run(const char *devices_yaml, const char *const *args)
{
	const char *argv[16] = {PVC.paravisor, "--config", NULL};
	char cfg[256];
	size_t n = 3;
	FILE *f;

	snprintf(cfg, sizeof(cfg), "%s/pv.yaml", PVC.dir);
	argv[2] = cfg;
	for (; args && *args && n < 15; args++)
		argv[n++] = *args;
	f = fopen(cfg, "w");
	CHECK(f);
	fprintf(f, "partition: {kind: sim, socket: %s, memory: 64M, vcpus: 2}\n%s", PVC.sock,
		devices_yaml);
	CHECK(fclose(f) == 0);
	PVC.pid = fork();
	if (PVC.pid == 0) {
		int fd = open(PVC.log, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		dup2(fd, 1);
		dup2(fd, 2);
		execv(PVC.paravisor, (char *const *)argv);
		_exit(127);
	}
	CHECK(PVC.pid > 0);
}

/* A guest connected to the paravisor (bounded: 30 s; fails at once if it exits). */
static inline struct pvg *pvc_connect(void)
{
	struct pvg_opts o = {.socket = PVC.sock};
	struct pvg *g = NULL;
	char err[256];
	int rc = 1, st;

	for (int i = 0; i < 30000 && rc; i++) {
		rc = pvg_connect(&o, &g, err, sizeof(err));
		if (rc) {
			CHECK(waitpid(PVC.pid, &st, WNOHANG) == 0);
			nanosleep(&(struct timespec){0, 1000000}, NULL);
		}
	}
	CHECK(rc == 0);
	return g;
}

/* Live update n (SIGUSR2); waits for its new binary to run the guest again. */
static inline void pvc_update(int n)
{
	char want[64];

	snprintf(want, sizeof(want), "update %d: guest running again", n);
	CHECK(kill(PVC.pid, SIGUSR2) == 0);
	CHECK(pvc_wait_log(want));
}

/* Stops the paravisor (SIGTERM): it must exit 0 with no error line in its log. */
static inline void pvc_stop(void)
{
	int st;

	CHECK(kill(PVC.pid, SIGTERM) == 0);
	CHECK(waitpid(PVC.pid, &st, 0) == PVC.pid);
	PVC.pid = -1;
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	CHECK(!pvc_log_has(" E "));
}

/* Removes PVC.dir and what the run left in it (log, socket, config, the program's files). */
static inline void pvc_remove(void)
{
	char path[sizeof(PVC.dir) + 256];
	DIR *d = opendir(PVC.dir);
	struct dirent *e;

	while (d && (e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			snprintf(path, sizeof(path), "%s/%s", PVC.dir, e->d_name);
			unlink(path);
		}
	if (d)
		closedir(d);
	rmdir(PVC.dir);
}

#endif
