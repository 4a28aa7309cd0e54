/*
 * What the servicing test programs share: the paravisor run as a child
 * process with its output in a log file, and bounded waits on that log.
 */
#ifndef PV_CHILD_H
#define PV_CHILD_H

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

/* The last line of the log containing needle, copied into out; false if none. */
static inline bool pvc_log_line(const char *log, const char *needle, char *out, size_t n)
{
	char line[512];
	FILE *f = fopen(log, "r");
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

static inline bool pvc_log_has(const char *log, const char *needle)
{
	char l[512];

	return pvc_log_line(log, needle, l, sizeof(l));
}

/* Waits (bounded: 30 s) for a line of the log containing needle. */
static inline bool pvc_wait_log(const char *log, const char *needle)
{
	for (int i = 0; i < 30000; i++) {
		if (pvc_log_has(log, needle))
			return true;
		nanosleep(&(struct timespec){0, 1000000}, NULL);
	}
	return false;
}

/* The log on stderr, debug lines left out (a failing test's context). */
static inline void pvc_dump_log(const char *log)
{
	char line[512];
	FILE *f = fopen(log, "r");

	while (f && fgets(line, sizeof(line), f))
		if (!strstr(line, " D "))
			fprintf(stderr, "    log: %s", line);
	if (f)
		fclose(f);
}

/*
 * Writes config_text to DIR/pv.yaml and starts `paravisor --config it
 * [args...]` (args NULL-terminated, may be NULL) with stdout and stderr on
 * log: its pid, or -1.
 */
static inline pid_t pvc_start(const char *paravisor, const char *dir, const char *log,
			      const char *config_text, const char *const *args)
{
	const char *argv[16] = {paravisor, "--config", NULL};
	char cfg[256];
	size_t n = 3;
	FILE *f;
	pid_t pid;

	snprintf(cfg, sizeof(cfg), "%s/pv.yaml", dir);
	argv[2] = cfg;
	for (; args && *args && n < 15; args++)
		argv[n++] = *args;
	f = fopen(cfg, "w");
	if (!f)
		return -1;
	fputs(config_text, f);
	if (fclose(f))
		return -1;
	pid = fork();
	if (pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		dup2(fd, 1);
		dup2(fd, 2);
		execv(paravisor, (char *const *)argv);
		_exit(127);
	}
	return pid;
}

#endif
