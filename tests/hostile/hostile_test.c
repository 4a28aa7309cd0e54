/*
 * The hostile-guest suite (ctest label `hostile`): every case of
 * tools/pvguest/pv_hostile.h against a paravisor of its own on the sim
 * partition. For each case:
 *   - the case leaves its state in place (rings never read, floods, a stuck
 *     reset, a close/rescind/unload/disconnect/reconnect at that moment);
 *   - the paravisor still serves: a second channel on the same session, or a
 *     new session with the device brought up again (pvh_responsive), within
 *     RESP_MS; and `pvctl inspect` answers within RESP_MS;
 *   - the guest pages it never granted (the canary) are untouched;
 *   - its peak resident memory (VmHWM, /proc) stays under HWM_MIB;
 *   - every memory budget `pvctl inspect` shows (runtime/budget.h: the
 *     VMBus connection's, storvsp's, netvsp's and each netvsp channel's)
 *     has a high-water mark at most its limit; the budget nearest its limit
 *     is printed per case, and the worst of the run at the end;
 *   - SIGTERM ends it within 2 s, with exit status 0 (a clean teardown, not
 *     the signal thread's forced exit);
 *   - its log stays within what the rate limits allow over the paravisor's
 *     life: log_bound() messages (LOG_BASE that are not rate limited, the
 *     all-objects bucket's burst and its refill over that time), not
 *     counting the "suppressed N messages" notes (at most two per message).
 *
 *   hostile_test PARAVISOR PVCTL FAMILY|all [CASE...]
 *
 * PV_HOSTILE_KEEP=1 keeps each case's log, config and `pvctl inspect`
 * output (<dir>/<case>.log.pvctl) even when every case passed.
 *
 * Every wait is for a condition with a bound, never a fixed sleep.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tools/pvguest/pv_hostile.h"

extern char **environ;

#if defined(__SANITIZE_ADDRESS__)
#define PV_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PV_ASAN 1
#endif
#endif

#define RESP_MS 5000.0 /* a second channel / new session / pvctl answers within this */
#define SIGTERM_S 2.0  /* the paravisor ends within this after SIGTERM */
#define SLOW_MS 6000   /* the slow device's read delay: outlives every check */
#define LOG_BASE 100   /* lines not rate limited (start, stop, connections) */
/* runtime/log.h's defaults for the bucket of every object together. */
#define LOG_ALL_BURST 200
#define LOG_ALL_PER_SEC 20

/* The messages a log may hold after `secs` of the paravisor's life. */
static unsigned log_bound(double secs)
{
	return LOG_BASE + LOG_ALL_BURST + (unsigned)(LOG_ALL_PER_SEC * (secs + 1));
}
/* About twice the worst case measured (29 MiB; 63 MiB under ASan, its shadow and quarantine). */
#ifdef PV_ASAN
#define HWM_MIB 160
#else
#define HWM_MIB 64
#endif

/* A budget from `pvctl inspect`: its path in the tree, limit and high-water mark (bytes). */
struct budget {
	char name[96];
	unsigned long long limit, high;
};

struct result {
	double resp_ms, pvctl_ms, term_s;
	struct budget worst; /* the budget nearest its limit (high / limit) */
	unsigned budgets;    /* how many inspect showed */
	unsigned long hwm_kib, rss_kib;
	unsigned log_lines, log_bound;
	int status;
	char why[300];
};

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One step of a bounded wait for a condition polled (a process, a file). */
static void step(void)
{
	nanosleep(&(struct timespec){0, 2000000}, NULL);
}

static pid_t spawn(char *const argv[], const char *out, bool no_leaks)
{
	posix_spawn_file_actions_t fa;
	char asan[512], *env[256];
	size_t n = 0;
	pid_t pid;
	int rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_APPEND, 0600);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	/*
	 * ASan's quarantine holds freed memory (256 MiB by default), which
	 * would count against the bound: keep it small. A controller abandoned
	 * because its device never completed (the slow cases) is leaked on
	 * purpose: a late completion must find it.
	 */
	snprintf(asan, sizeof(asan), "ASAN_OPTIONS=%s%squarantine_size_mb=16%s",
		 getenv("ASAN_OPTIONS") ? getenv("ASAN_OPTIONS") : "",
		 getenv("ASAN_OPTIONS") ? ":" : "", no_leaks ? ":detect_leaks=0" : "");
	for (char **e = environ; *e && n < 250; e++)
		if (strncmp(*e, "ASAN_OPTIONS=", 13))
			env[n++] = *e;
	env[n++] = asan;
	env[n] = NULL;
	rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, env);
	posix_spawn_file_actions_destroy(&fa);
	return rc ? -1 : pid;
}

/* waitpid with a bound; -1 when it did not end in time. */
static int wait_bounded(pid_t pid, double secs, int *status)
{
	for (double end = now() + secs;;) {
		pid_t r = waitpid(pid, status, WNOHANG);
		if (r == pid)
			return 0;
		if (r < 0 || now() > end)
			return -1;
		step();
	}
}

static void proc_mem(pid_t pid, unsigned long *hwm, unsigned long *rss)
{
	char path[64], line[256];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		sscanf(line, "VmHWM: %lu kB", hwm);
		sscanf(line, "VmRSS: %lu kB", rss);
	}
	fclose(f);
}

static unsigned count_lines(const char *path, bool *forced)
{
	char line[1024];
	unsigned n = 0;
	FILE *f = fopen(path, "r");

	*forced = false;
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		/* a rate limit's note comes with a message, which is counted */
		if (!strstr(line, ": suppressed "))
			n++;
		if (strstr(line, "exiting without it"))
			*forced = true;
	}
	fclose(f);
	return n;
}

static int fail(struct result *r, const char *why)
{
	if (!r->why[0])
		snprintf(r->why, sizeof(r->why), "%s", why);
	return -1;
}

/* high/limit of a, compared with b's: whether a is nearer its limit. */
static bool nearer(const struct budget *a, const struct budget *b)
{
	if (!b->limit)
		return true;
	/* a->high / a->limit > b->high / b->limit, without floating point rounding */
	unsigned __int128 x = (unsigned __int128)a->high * b->limit;
	unsigned __int128 y = (unsigned __int128)b->high * a->limit;
	return x > y || (x == y && a->high > b->high);
}

/*
 * Reads the budgets from `pvctl inspect`'s text (indented `name: value`
 * lines, two spaces a level): a directory with a `limit:` and a
 * `high_water:` is a budget. Sets r->worst and r->budgets; a high-water mark
 * above its limit is a failure (r->why names it).
 */
static int check_budgets(const char *path, struct result *r)
{
	char line[512], dirs[16][64] = {{0}}, over[200] = "";
	struct budget cur = {0};
	bool have_limit = false;
	int cur_depth = -1;
	FILE *f = fopen(path, "r");

	if (!f)
		return fail(r, "cannot read pvctl inspect's output");
	while (fgets(line, sizeof(line), f)) {
		int ind = 0;
		char name[64], *colon, *val;
		while (line[ind] == ' ')
			ind++;
		int depth = ind / 2;
		colon = strchr(line + ind, ':');
		if (depth >= 16 || !colon || colon - (line + ind) >= (long)sizeof(name))
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)(colon - (line + ind)), line + ind);
		val = colon + 1;
		if (*val == '\n' || !*val) { /* a directory */
			snprintf(dirs[depth], sizeof(dirs[depth]), "%s", name);
			continue;
		}
		if (!strcmp(name, "limit")) {
			cur = (struct budget){0};
			cur.name[0] = 0;
			for (int d = 0; d < depth; d++) {
				size_t l = strlen(cur.name);
				snprintf(cur.name + l, sizeof(cur.name) - l, "%s%s", d ? "." : "",
					 dirs[d]);
			}
			cur.limit = strtoull(val, NULL, 0);
			cur_depth = depth;
			have_limit = true;
		} else if (!strcmp(name, "high_water") && have_limit && depth == cur_depth) {
			cur.high = strtoull(val, NULL, 0);
			have_limit = false;
			r->budgets++;
			if (cur.high > cur.limit && !over[0])
				snprintf(over, sizeof(over),
					 "budget %s peaked at %llu bytes, over its limit %llu",
					 cur.name, cur.high, cur.limit);
			if (r->budgets == 1 || nearer(&cur, &r->worst))
				r->worst = cur;
		}
	}
	fclose(f);
	if (over[0])
		return fail(r, over);
	return 0;
}

static int run_case(const char *pv, const char *pvctl, const struct pvh_case *c, const char *dir,
		    struct result *r)
{
	char cfg[256], sock[256], ctl[256], log[256], text[2048];
	char *pargv[] = {(char *)pv, "--config", cfg, "--control", ctl, NULL};
	char *cargv[] = {(char *)pvctl, "--socket", ctl, "inspect", NULL};
	struct pvh h = {.socket = sock};
	bool forced;
	pid_t pid, cpid;
	FILE *f;
	int n, st;

	snprintf(cfg, sizeof(cfg), "%s/%s.yaml", dir, c->name);
	snprintf(sock, sizeof(sock), "%s/%s.sock", dir, c->name);
	snprintf(ctl, sizeof(ctl), "%s/%s.ctl", dir, c->name);
	snprintf(log, sizeof(log), "%s/%s.log", dir, c->name);
	n = pvh_config(text, sizeof(text), sock, c->slow_device, SLOW_MS);
	f = fopen(cfg, "w");
	if (n < 0 || !f || fputs(text, f) < 0)
		return fail(r, "writing the config");
	fclose(f);
	double born = now();
	pid = spawn(pargv, log, c->slow_device);
	if (pid < 0)
		return fail(r, "cannot start the paravisor");
	for (double end = now() + 10; access(sock, F_OK) && now() < end;)
		step();
	if (pvh_run(&h, c)) {
		snprintf(r->why, sizeof(r->why), "case: %s", h.err);
	} else if (pvh_responsive(&h, c, &r->resp_ms)) {
		snprintf(r->why, sizeof(r->why), "not responsive: %s", h.err);
	} else if (r->resp_ms > RESP_MS) {
		snprintf(r->why, sizeof(r->why), "answered in %.0f ms (bound %.0f)", r->resp_ms,
			 RESP_MS);
	} else if (!pvh_canary_ok(&h)) {
		fail(r, "guest pages never granted were written");
	}
	/* The operator's view. */
	double t0 = now();
	char clog[300];
	snprintf(clog, sizeof(clog), "%s.pvctl", log);
	cpid = spawn(cargv, clog, false);
	if (cpid < 0 || wait_bounded(cpid, RESP_MS / 1000, &st)) {
		if (cpid > 0)
			kill(cpid, SIGKILL), waitpid(cpid, &st, 0);
		fail(r, "pvctl inspect did not answer");
	} else if (!WIFEXITED(st) || WEXITSTATUS(st)) {
		fail(r, "pvctl inspect failed");
	} else if (check_budgets(clog, r) == 0 && r->budgets < 3) {
		/* the VMBus connection's, storvsp's and netvsp's at least */
		fail(r, "pvctl inspect showed fewer than 3 budgets");
	}
	r->pvctl_ms = (now() - t0) * 1000;
	proc_mem(pid, &r->hwm_kib, &r->rss_kib);
	if (r->hwm_kib > (unsigned long)HWM_MIB << 10)
		fail(r, "peak resident memory over the bound");
	/* SIGTERM with the hostile state still in place (the guest holds on). */
	t0 = now();
	kill(pid, SIGTERM);
	if (wait_bounded(pid, SIGTERM_S, &r->status)) {
		kill(pid, SIGKILL);
		waitpid(pid, &r->status, 0);
		fail(r, "still running 2 s after SIGTERM");
	}
	r->term_s = now() - t0;
	pvh_cleanup(&h);
	if (!WIFEXITED(r->status) || WEXITSTATUS(r->status))
		fail(r, "exit status after SIGTERM not 0");
	r->log_lines = count_lines(log, &forced);
	if (forced)
		fail(r, "teardown did not finish: the signal thread forced the exit");
	r->log_bound = log_bound(now() - born);
	if (r->log_lines > r->log_bound) {
		char why[120];
		snprintf(why, sizeof(why), "log has %u messages, its rate limits allow %u",
			 r->log_lines, r->log_bound);
		fail(r, why);
	}
	return r->why[0] ? -1 : 0;
}

int main(int argc, char **argv)
{
	char dir[] = "/tmp/pv-hostile-XXXXXX";
	unsigned pass = 0, failed = 0;
	unsigned long worst_hwm = 0;
	double worst_term = 0;
	const char *worst_case = "", *worst_bcase = "";
	struct budget worst_b = {0};
	const struct pvh_case *c;

	if (argc < 4) {
		fprintf(stderr, "usage: hostile_test PARAVISOR PVCTL FAMILY|all [CASE...]\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	printf("%-30s %-4s %8s %8s %8s %8s %8s %5s %6s  %s\n", "case", "", "resp_ms", "pvctl_ms",
	       "hwm_MiB", "rss_MiB", "sigterm", "log", "budget", "what the guest did");
	for (size_t i = 0; (c = pvh_case_at(i)); i++) {
		struct result r = {0};
		bool named = argc == 4;
		for (int k = 4; k < argc; k++)
			named |= !strcmp(argv[k], c->name);
		if (!named || (strcmp(argv[3], "all") && strcmp(argv[3], c->family)))
			continue;
		int rc = run_case(argv[1], argv[2], c, dir, &r);
		printf("%-30s %-4s %8.0f %8.0f %8.1f %8.1f %7.2fs %5u %5.1f%%  %s\n", c->name,
		       rc ? "FAIL" : "ok", r.resp_ms, r.pvctl_ms, r.hwm_kib / 1024.0,
		       r.rss_kib / 1024.0, r.term_s, r.log_lines,
		       r.worst.limit ? 100.0 * (double)r.worst.high / (double)r.worst.limit : 0.0,
		       c->what);
		if (r.budgets)
			printf("    nearest its limit of %u budgets: %s %llu of %llu bytes\n",
			       r.budgets, r.worst.name, r.worst.high, r.worst.limit);
		if (rc)
			printf("    FAIL: %s (log: %s/%s.log)\n", r.why, dir, c->name);
		fflush(stdout);
		rc ? failed++ : pass++;
		if (r.hwm_kib > worst_hwm) {
			worst_hwm = r.hwm_kib;
			worst_case = c->name;
		}
		if (r.term_s > worst_term)
			worst_term = r.term_s;
		if (r.budgets && nearer(&r.worst, &worst_b)) {
			worst_b = r.worst;
			worst_bcase = c->name;
		}
	}
	printf("hostile %s: %u passed, %u failed; worst VmHWM %.1f MiB (%s, bound %u MiB), "
	       "slowest SIGTERM %.2f s\n",
	       argv[3], pass, failed, worst_hwm / 1024.0, worst_case, HWM_MIB, worst_term);
	if (worst_b.limit)
		printf("hostile %s: budget nearest its limit: %s in %s, peak %llu of %llu bytes "
		       "(%.1f%%)\n",
		       argv[3], worst_b.name, worst_bcase, worst_b.high, worst_b.limit,
		       100.0 * (double)worst_b.high / (double)worst_b.limit);
	if (getenv("PV_HOSTILE_KEEP")) /* each case's log, config and `pvctl inspect` output */
		printf("kept %s\n", dir);
	else if (!failed) {
		char cmd[64];
		snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
		if (system(cmd))
			fprintf(stderr, "could not remove %s\n", dir);
	}
	return failed || !pass ? 1 : 0;
}
