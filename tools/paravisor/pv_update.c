/*
 * Live update, old binary's side (pv_update.h; docs/servicing.md).
 *
 * Order (each step's time goes into the blackout figures):
 *   1. refuse what cannot be saved (tracing, a backend or device kind
 *      without save, a VMBus state between messages) before stopping
 *      anything;
 *   2. pause the partition (kvm: vCPUs out of KVM_RUN, their last exits
 *      completed and hypercalls answered; sim: the guest socket unread);
 *   3. quiesce: the VMBus server stops its channel workers, then each
 *      device settles what it has in flight;
 *   4. save into a memfd: PARAVISOR, CONFIG, the partition, the VMBus
 *      server, the devices in configuration order, FD records, END;
 *   5. the new binary checks the state in a child process (started before
 *      the pause, handed the state after the save): a state it cannot read
 *      (newer format, corrupt, an object it does not know) is refused here,
 *      while the old binary can still resume;
 *   6. exec the new binary with the state and the kept descriptors.
 */
#include "tools/paravisor/pv_update.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/fdsock.h"
#include "runtime/log.h"
#include "runtime/partition.h"
#include "runtime/savestate.h"
#include "runtime/vmbus/vmbus_save.h"
#include "runtime/vmbus/vmbus_server.h"
#include "tools/paravisor/pv_signal.h"

extern char **environ;

#define PV_UPDATE_ARGS_MAX 32

uint64_t pv_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static double ms(uint64_t a, uint64_t b)
{
	return (double)(b - a) / 1e6;
}

/* Step 1: everything that can refuse without stopping anything. */
static int update_feasible(const struct pv_update_env *e, char *why, size_t why_len)
{
	if (e->tracing) {
		snprintf(why, why_len,
			 "a trace is being written (--trace or pvctl trace start): it cannot "
			 "cross an update yet (pvctl trace stop first)");
		return -EOPNOTSUPP;
	}
	if (!e->part->ops->pause || !e->part->ops->save) {
		snprintf(why, why_len, "the %s partition cannot be saved", e->part->ops->name);
		return -EOPNOTSUPP;
	}
	for (unsigned i = 0; i < e->ndevs; i++) {
		const struct vmbus_dev_kind *k = e->devs[i].kind;
		if (!k->save || !k->restore || !k->quiesce) {
			snprintf(why, why_len, "device %u (kind '%s') cannot be saved", i, k->kind);
			return -EOPNOTSUPP;
		}
	}
	if (access(e->binary, X_OK) < 0) {
		snprintf(why, why_len, "new binary %s: %s", e->binary, strerror(errno));
		return -ENOENT;
	}
	return vmbus_server_can_save(e->vmbus, why, why_len);
}

/* Step 3, undone in reverse by unquiesce_all. */
static int quiesce_all(const struct pv_update_env *e, unsigned *done, char *why, size_t why_len)
{
	int rc = vmbus_server_pause(e->vmbus);

	*done = 0;
	if (rc) {
		snprintf(why, why_len, "VMBus server: %s", strerror(-rc));
		return rc;
	}
	for (; *done < e->ndevs; (*done)++) {
		const struct pv_dev *d = &e->devs[*done];
		rc = d->kind->quiesce(d->obj);
		if (rc) {
			snprintf(why, why_len, "device %u (%s) cannot quiesce: %s", *done,
				 d->kind->kind, strerror(-rc));
			return rc;
		}
	}
	return 0;
}

static void unquiesce_all(const struct pv_update_env *e, unsigned done)
{
	while (done) {
		const struct pv_dev *d = &e->devs[--done];
		d->kind->unquiesce(d->obj);
	}
	vmbus_server_resume(e->vmbus);
}

/* Step 4. */
static int save_all(const struct pv_update_env *e, struct rt_ss_writer *w)
{
	struct pvss_msg *m = rt_ss_msg_new(PVSS_REC_TYPE_PARAVISOR);
	int rc;

	if (!m)
		return -ENOMEM;
	m->u.paravisor.log_level = (uint32_t)e->log_level;
	m->u.paravisor.t_start = e->t_start;
	rt_ss_put(w, m);
	free(m);
	rt_ss_put_config(w, e->config_text, e->config_len);
	rc = e->part->ops->save(e->part, w);
	if (rc == 0)
		rc = vmbus_server_save(e->vmbus, w);
	for (unsigned i = 0; rc == 0 && i < e->ndevs; i++) {
		m = rt_ss_msg_new(PVSS_REC_TYPE_DEVICE);
		if (!m)
			return -ENOMEM;
		m->u.device.index = i;
		memcpy(m->u.device.kind, e->devs[i].kind->kind,
		       strnlen(e->devs[i].kind->kind, sizeof(m->u.device.kind)));
		rt_ss_put(w, m);
		free(m);
		rc = e->devs[i].kind->save(e->devs[i].obj, w);
	}
	return rc ? rc : w->err;
}

/*
 * Step 5, in two parts. The checker (`binary --restore-check-sock FD`) is
 * started before the guest is paused, so its process start-up (dynamic
 * linking, which is slow under emulation) is not part of the blackout; it
 * says 'R' on a socketpair when it is ready. After the save it gets the
 * state memfd (SCM_RIGHTS) and answers '0' (it can restore this state) or
 * '1' (its one-line reason is on its stderr, which is ours). Every wait is
 * bounded.
 */
struct checker {
	pid_t pid;
	int sock;
};

static int wait_byte(int fd, double timeout_s, char *out)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	int n = poll(&pfd, 1, (int)(timeout_s * 1000));

	if (n == 0)
		return -ETIMEDOUT;
	if (n < 0)
		return -errno;
	n = (int)recv(fd, out, 1, 0);
	return n == 1 ? 0 : n == 0 ? -EPIPE : -errno;
}

static void checker_end(struct checker *ck)
{
	int status;

	if (ck->sock >= 0)
		close(ck->sock);
	ck->sock = -1;
	if (ck->pid > 0) {
		/* It exits on EOF; a stuck one is killed rather than waited for. */
		for (int i = 0; i < 2000 && waitpid(ck->pid, &status, WNOHANG) == 0; i++)
			nanosleep(&(struct timespec){0, 1000000}, NULL);
		if (waitpid(ck->pid, &status, WNOHANG) == 0) {
			kill(ck->pid, SIGKILL);
			waitpid(ck->pid, &status, 0);
		}
	}
	ck->pid = -1;
}

static int checker_start(const struct pv_update_env *e, struct checker *ck, char *why,
			 size_t why_len)
{
	double limit = e->check_timeout > 0 ? e->check_timeout : 10.0;
	char fdarg[16], c = 0;
	char *argv[] = {(char *)e->binary, "--restore-check-sock", fdarg, NULL};
	int sv[2], rc;

	ck->pid = -1;
	ck->sock = -1;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
		snprintf(why, why_len, "checker socket: %s", strerror(errno));
		return -errno;
	}
	fcntl(sv[1], F_SETFD, 0);
	snprintf(fdarg, sizeof(fdarg), "%d", sv[1]);
	/* Our SIGINT/SIGTERM are blocked for the signal thread; the checker's are not. */
	posix_spawnattr_t at;
	sigset_t none;
	sigemptyset(&none);
	posix_spawnattr_init(&at);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK);
	rc = posix_spawn(&ck->pid, e->binary, NULL, &at, argv, environ);
	posix_spawnattr_destroy(&at);
	close(sv[1]);
	ck->sock = sv[0];
	if (rc) {
		ck->pid = -1;
		snprintf(why, why_len, "cannot run %s: %s", e->binary, strerror(rc));
		checker_end(ck);
		return -rc;
	}
	rc = wait_byte(ck->sock, limit, &c);
	if (rc || c != 'R') {
		snprintf(why, why_len, "%s did not start its state check: %s", e->binary,
			 rc ? strerror(-rc) : "bad answer");
		checker_end(ck);
		return rc ? rc : -EPROTO;
	}
	return 0;
}

/* Hands the checker the state; 0 if it accepted it. */
static int checker_verdict(const struct pv_update_env *e, struct checker *ck, int memfd, char *why,
			   size_t why_len)
{
	double limit = e->check_timeout > 0 ? e->check_timeout : 10.0;
	char c = 'S', verdict = 0;
	int rc = rt_fdsock_send(ck->sock, &c, 1, &memfd, 1, 0);

	if (rc) {
		snprintf(why, why_len, "handing the state to the checker: %s", strerror(-rc));
		return rc;
	}
	rc = wait_byte(ck->sock, limit, &verdict);
	if (rc == -EPIPE) {
		snprintf(why, why_len, "%s refused the saved state (exited; its reason is above)",
			 e->binary);
		return -EINVAL;
	}
	if (rc) {
		snprintf(why, why_len, "%s did not check the state within %.0f s: %s", e->binary,
			 limit, strerror(-rc));
		return rc;
	}
	if (verdict != '0') {
		snprintf(why, why_len, "%s refused the saved state (its reason is above)",
			 e->binary);
		return -EINVAL;
	}
	return 0;
}

/* --state-copy DIR: DIR/state-N.pvss, for inspection and test samples. Best effort. */
static void copy_state(const struct pv_update_env *e, const struct rt_ss_writer *w, uint32_t n)
{
	char path[PATH_MAX];
	FILE *f;

	snprintf(path, sizeof(path), "%s/state-%u.pvss", e->state_copy, n);
	f = fopen(path, "wb");
	if (!f || fwrite(w->buf, 1, w->len, f) != w->len)
		rt_log_warn(e->lo, "--state-copy %s: %s", path, strerror(errno));
	if (f)
		fclose(f);
}

/* Step 6: returns only if execv failed. */
static int exec_new(const struct pv_update_env *e, int memfd, uint64_t t_check, uint64_t t_exec)
{
	char fdarg[16], times[64];
	char *argv[PV_UPDATE_ARGS_MAX + 6];
	unsigned n = 0;
	sigset_t block, old;

	snprintf(fdarg, sizeof(fdarg), "%d", memfd);
	snprintf(times, sizeof(times), "%llu,%llu", (unsigned long long)t_check,
		 (unsigned long long)t_exec);
	argv[n++] = (char *)e->binary;
	argv[n++] = "--restore";
	argv[n++] = fdarg;
	argv[n++] = "--restore-times";
	argv[n++] = times;
	for (unsigned i = 0; e->pass_args && e->pass_args[i] && i < PV_UPDATE_ARGS_MAX; i++)
		argv[n++] = e->pass_args[i];
	argv[n] = NULL;
	/*
	 * Signals that would stop the paravisor stay pending (not lost, not
	 * fatal) until the new binary has its handlers: the mask survives exec.
	 */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGUSR2);
	/* A stop already asked for wins over the update. */
	if (e->signals && pv_signal_hold(e->signals))
		return -ECANCELED;
	pthread_sigmask(SIG_BLOCK, &block, &old);
	execv(e->binary, argv);
	int err = errno;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e->signals)
		pv_signal_release(e->signals);
	return -err;
}

int pv_update_run(const struct pv_update_env *e, char *why_out, size_t why_len)
{
	struct pvss_file_header h = {0};
	struct checker ck = {.pid = -1, .sock = -1};
	struct rt_ss_writer w;
	unsigned quiesced = 0;
	uint64_t t_check;
	char why[256] = "";
	int memfd = -1, rc;

	h.t_request = pv_now_ns();
	h.update_count = e->update_count + 1;
	h.part_kind = e->part_kind;
	rt_log_info(e->lo, "update %u requested: new binary %s", h.update_count, e->binary);
	rc = update_feasible(e, why, sizeof(why));
	if (rc) {
		rt_log_err(e->lo, "update refused: %s; the paravisor runs on", why);
		snprintf(why_out, why_len, "%s", why);
		return rc;
	}
	/* The guest still runs while the new binary starts up to check the state. */
	rc = checker_start(e, &ck, why, sizeof(why));
	if (rc) {
		rt_log_err(e->lo, "update refused: %s; the paravisor runs on", why);
		snprintf(why_out, why_len, "%s", why);
		return rc;
	}
	rc = rt_ss_writer_init(&w);
	if (rc) {
		checker_end(&ck);
		return rc;
	}
	h.t_request = pv_now_ns();
	rc = e->part->ops->pause(e->part);
	if (rc) {
		snprintf(why, sizeof(why), "cannot pause the partition: %s", strerror(-rc));
		goto fail_writer;
	}
	h.t_paused = pv_now_ns();
	rc = quiesce_all(e, &quiesced, why, sizeof(why));
	if (rc)
		goto fail_quiesce;
	h.t_quiesced = pv_now_ns();
	rc = save_all(e, &w);
	if (rc) {
		snprintf(why, sizeof(why), "saving: %s", strerror(-rc));
		goto fail_quiesce;
	}
	h.t_saved = pv_now_ns();
	rc = rt_ss_writer_finish(&w, &h, &memfd);
	if (rc) {
		snprintf(why, sizeof(why), "writing the state: %s", strerror(-rc));
		goto fail_quiesce;
	}
	if (e->state_copy)
		copy_state(e, &w, h.update_count);
	rc = checker_verdict(e, &ck, memfd, why, sizeof(why));
	checker_end(&ck);
	if (rc)
		goto fail_memfd;
	t_check = pv_now_ns();
	rc = rt_ss_keep_fds(&w, memfd, true);
	if (rc) {
		snprintf(why, sizeof(why), "keeping descriptors open: %s", strerror(-rc));
		goto fail_keep;
	}
	rt_log_info(e->lo,
		    "update %u: paused %.1f ms, quiesced %.1f ms, saved %zu bytes in %.1f ms, "
		    "checked by the new binary in %.1f ms; exec",
		    h.update_count, ms(h.t_request, h.t_paused), ms(h.t_paused, h.t_quiesced),
		    w.len, ms(h.t_quiesced, h.t_saved), ms(h.t_saved, t_check));
	rc = exec_new(e, memfd, t_check, pv_now_ns());
	snprintf(why, sizeof(why), "exec %s: %s", e->binary, strerror(-rc));

fail_keep:
	rt_ss_keep_fds(&w, memfd, false);
fail_memfd:
	close(memfd);
fail_quiesce:
	unquiesce_all(e, quiesced);
	e->part->ops->resume(e->part);
fail_writer:
	checker_end(&ck);
	rt_ss_writer_fini(&w);
	rt_log_err(e->lo, "update %u refused: %s; the paravisor runs on (guest paused %.1f ms)",
		   h.update_count, why, ms(h.t_request, pv_now_ns()));
	snprintf(why_out, why_len, "%s", why);
	return rc;
}
