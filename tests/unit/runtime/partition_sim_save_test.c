/*
 * The sim partition across a real exec (servicing): a guest process talks
 * to the host; the host pauses, saves the partition, and execs this test
 * binary again, which restores it from the state memfd and serves on. The
 * guest never reconnects: its POSTs, messages, interrupts and signal route
 * keep working. A plain program (no Check: a forked Check test cannot exec);
 * its exit status names the failed step.
 *
 *   partition_sim_save_test                 first host + the guest
 *   partition_sim_save_test --restore ...   the exec'd host
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/loop.h"
#include "runtime/partition_sim.h"
#include "runtime/savestate.h"
#include "runtime/sim_guest.h"
#include "runtime/util.h"
#include "tests/unit/test_wait.h"

#define MEM (1u << 20)
#define ROUNDS 20
#define SWITCH_AT 10 /* the first host serves pings 0..9, the restored one 10..19 */
#define SIGNAL_CONN 7

#define CHECK(cond, code)                                                              \
	do {                                                                           \
		if (!(cond)) {                                                         \
			fprintf(stderr, "%s step %d failed: %s\n", role, code, #cond); \
			exit(code);                                                    \
		}                                                                      \
	} while (0)

static const char *role = "host";

struct host {
	struct ev_loop *loop;
	struct rt_partition *p;
	char path[108];
	int efd;
	int pings;      /* pings answered by this host */
	int first_ping; /* number of the first ping this host saw */
	int signals;
	pid_t guest;
	bool save_now;
	struct rt_timer tick;
};

static enum rt_hv_status on_message(void *ctx, uint32_t conn, uint32_t type, const void *payload,
				    size_t len)
{
	struct host *h = ctx;
	char text[64], reply[64];
	int n, i;

	snprintf(text, sizeof(text), "%.*s", (int)len, (const char *)payload);
	CHECK(sscanf(text, "ping %d", &i) == 1, 10);
	if (h->pings == 0)
		h->first_ping = i;
	CHECK(i == h->first_ping + h->pings, 11);
	h->pings++;
	n = snprintf(reply, sizeof(reply), "pong %d", i);
	CHECK(rt_partition_post_message(h->p, 0, 2, 1, reply, (size_t)n) == 0, 12);
	CHECK(rt_partition_signal_guest(h->p, 0, 2, (uint32_t)i) == 0, 13);
	if (i == SWITCH_AT - 1 && !h->save_now) {
		/* The update starts here: nothing more is read from the guest. */
		h->save_now = true;
		CHECK(h->p->ops->pause(h->p) == 0, 14);
		ev_break(h->loop, EVBREAK_ALL);
	}
	return RT_HV_STATUS_SUCCESS;
}

static void on_reset(void *ctx)
{
	struct host *h = ctx;

	ev_break(h->loop, EVBREAK_ALL);
}

static void tick_fn(struct rt_timer *t)
{
	struct host *h = rt_container_of(t, struct host, tick);
	uint64_t v;

	if (rt_eventfd_take(h->efd, &v) == 0)
		h->signals += (int)v;
	if (h->save_now)
		ev_break(h->loop, EVBREAK_ALL);
}

static void guest_main(const char *path)
{
	struct rt_sim_guest *g = NULL;
	enum rt_hv_status st;
	struct rt_sim_msg m;
	uint32_t flags[4];
	struct pollfd pfd;
	char want[32];
	int rc = -1, n;

	role = "guest";
	/* The host may not be listening yet: retry. */
	POLL_UNTIL(TEST_WAIT_S, (rc = rt_sim_guest_connect(path, &g, NULL, 0)) == 0);
	CHECK(rc == 0, 1);
	for (int i = 0; i < ROUNDS; i++) {
		char ping[32];
		n = snprintf(ping, sizeof(ping), "ping %d", i);
		/* A POST sent while the host execs waits in the socket for the new one. */
		CHECK(rt_sim_guest_post(g, 4, 1, ping, (size_t)n, &st) == 0, 2);
		CHECK(st == RT_HV_STATUS_SUCCESS, 3);
		CHECK(rt_sim_guest_recv(g, &m, 30000) == 0, 4);
		n = snprintf(want, sizeof(want), "pong %d", i);
		CHECK(m.len == (uint32_t)n && memcmp(m.payload, want, (size_t)n) == 0, 5);
		pfd.fd = rt_sim_guest_irq_fd(g);
		pfd.events = POLLIN;
		CHECK(poll(&pfd, 1, 30000) == 1, 6);
		CHECK(rt_sim_guest_take_events(g, 0, 2, flags, 4) == 1 && flags[0] == (uint32_t)i,
		      7);
		/* The route the first host bound still reaches whichever host runs. */
		rc = rt_sim_guest_signal(g, SIGNAL_CONN);
		if (rc)
			fprintf(stderr, "signal rc %d round %d\n", rc, i);
		CHECK(rc == 0, 8);
	}
	rt_sim_guest_close(g);
	exit(0);
}

static void host_setup(struct host *h)
{
	h->p->cb.on_message = on_message;
	h->p->cb.on_reset = on_reset;
	h->p->cb_ctx = h;
	rt_timer_init(&h->tick, h->loop, tick_fn);
	rt_timer_start(&h->tick, 0.001, 0.001);
	CHECK(h->p->ops->start(h->p) == 0, 20);
}

static int first_host(char *self)
{
	struct host h = {0};
	struct rt_ss_writer w;
	struct pvss_file_header fh = {.part_kind = PVSS_PART_KIND_SIM, .update_count = 1};
	char a_fd[16], a_pid[16], a_efd[16];
	int memfd;

	h.loop = ev_default_loop(0);
	CHECK(rt_loop_adopt(h.loop) == 0, 21);
	snprintf(h.path, sizeof(h.path), "/tmp/pv-simsave-%d.sock", (int)getpid());
	CHECK(rt_partition_sim_create(h.loop, h.path, MEM, 2, &h.p) == 0, 22);
	h.efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	CHECK(rt_partition_bind_guest_signal(h.p, SIGNAL_CONN, h.efd) == 0, 23);
	h.guest = fork();
	CHECK(h.guest >= 0, 24);
	if (h.guest == 0)
		guest_main(h.path);
	host_setup(&h);
	ev_run(h.loop, 0);
	CHECK(h.save_now && h.pings == SWITCH_AT, 25);

	/* The update (paused in on_message): save, exec ourselves with the state. */
	CHECK(rt_ss_writer_init(&w) == 0, 27);
	CHECK(h.p->ops->save(h.p, &w) == 0, 28);
	CHECK(rt_ss_writer_finish(&w, &fh, &memfd) == 0, 29);
	CHECK(rt_ss_keep_fds(&w, memfd, true) == 0, 30);
	fcntl(h.efd, F_SETFD, 0);
	snprintf(a_fd, sizeof(a_fd), "%d", memfd);
	snprintf(a_pid, sizeof(a_pid), "%d", (int)h.guest);
	snprintf(a_efd, sizeof(a_efd), "%d", h.efd);
	execl("/proc/self/exe", self, "--restore", a_fd, a_pid, a_efd, h.path, (char *)NULL);
	CHECK(!"exec", 31);
	return 1;
}

static int restored_host(int memfd, pid_t guest, int efd, const char *path)
{
	struct host h = {0};
	struct rt_ss_reader r;
	struct rt_partition *wrong;
	int status;

	role = "restored host";
	h.loop = ev_default_loop(0);
	CHECK(rt_loop_adopt(h.loop) == 0, 40);
	snprintf(h.path, sizeof(h.path), "%s", path);
	h.efd = efd;
	h.guest = guest;
	CHECK(rt_ss_reader_open_fd(&r, memfd) == 0, 41);
	/* A configuration that differs from the saved partition is refused, with a reason. */
	CHECK(rt_partition_sim_restore(h.loop, path, MEM * 2, 2, &r, true, &wrong) == -EINVAL, 42);
	CHECK(strstr(r.err, "configured") != NULL, 43);
	rt_ss_reader_fini(&r);
	CHECK(rt_ss_reader_open_fd(&r, memfd) == 0, 44);
	CHECK(rt_partition_sim_restore(h.loop, path, MEM, 2, &r, true, &wrong) == 0, 45);
	CHECK(wrong == NULL, 46);
	rt_ss_reader_fini(&r);
	CHECK(rt_ss_reader_open_fd(&r, memfd) == 0, 47);
	CHECK(rt_partition_sim_restore(h.loop, path, MEM, 2, &r, false, &h.p) == 0, 48);
	CHECK(rt_ss_reader_finish(&r) == 0, 49);
	rt_ss_reader_fini(&r);
	close(memfd);
	CHECK(rt_partition_sim_connected(h.p), 50);
	host_setup(&h);
	ev_run(h.loop, 0); /* until the guest disconnects */
	CHECK(waitpid(guest, &status, 0) == guest, 51);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, 52);
	CHECK(h.first_ping == SWITCH_AT && h.pings == ROUNDS - SWITCH_AT, 53);
	rt_timer_stop(&h.tick);
	tick_fn(&h.tick);
	/* Signals from before and after the exec all reached the kept eventfd. */
	CHECK(h.signals >= ROUNDS - SWITCH_AT, 54);
	h.p->ops->destroy(h.p);
	printf("sim partition restored after exec: %d pings before, %d after, %d signals\n",
	       SWITCH_AT, h.pings, h.signals);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 6 && strcmp(argv[1], "--restore") == 0)
		return restored_host(atoi(argv[2]), (pid_t)atoi(argv[3]), atoi(argv[4]), argv[5]);
	return first_host(argv[0]);
}
