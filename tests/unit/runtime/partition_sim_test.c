/*
 * The sim partition end to end: the host runs a loop in the test process;
 * the guest runs in a forked child (a real second process mapping the same
 * memfd), driven by the sim_guest API.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/loop.h"
#include "runtime/partition_sim.h"
#include "runtime/sim_guest.h"
#include "runtime/sim_wire.h"
#include "runtime/util.h"
#include "tests/unit/test_wait.h"
#include "tests/unit/pv_check.h"

#define MEM (1u << 20)
#define PATTERN_GPA 0x3000

struct host {
	struct ev_loop *loop;
	struct rt_partition *p;
	char path[108];
	int efd; /* bound to connection 7 */
	ev_io efd_w;
	struct rt_timer guard;
	int messages;
	int resets;
	int signals;
	int resets_to_stop;
	bool mem_ok;
	char last[64];
};

static enum rt_hv_status on_message(void *ctx, uint32_t conn, uint32_t type, const void *payload,
				    size_t len)
{
	struct host *h = ctx;
	char reply[64];
	uint8_t pat[16], want[16];
	int n;

	h->messages++;
	snprintf(h->last, sizeof(h->last), "%.*s", (int)len, (const char *)payload);
	if (conn != 4)
		return RT_HV_STATUS_INVALID_CONNECTION_ID;
	if (strcmp(h->last, "hello") == 0) {
		/* The guest wrote the pattern before posting: same memory. */
		for (int i = 0; i < 16; i++)
			want[i] = (uint8_t)(0xa0 + i);
		ck_assert_int_eq(rt_gmem_read(h->p->gmem, PATTERN_GPA, pat, 16), 0);
		h->mem_ok = memcmp(pat, want, 16) == 0;
		n = snprintf(reply, sizeof(reply), "reply:%s", h->last);
		ck_assert_int_eq(rt_partition_post_message(h->p, 1, 2, 1, reply, (size_t)n), 0);
		ck_assert_int_eq(rt_partition_bind_guest_signal(h->p, 7, h->efd), 0);
		ck_assert_int_eq(rt_partition_signal_guest(h->p, 1, 2, 5), 0);
		ck_assert_int_eq(rt_partition_signal_guest(h->p, 1, 2, 2047), 0);
	}
	return RT_HV_STATUS_SUCCESS;
}

static void drain_efd(struct host *h)
{
	uint64_t v;

	if (read(h->efd, &v, sizeof(v)) == sizeof(v))
		h->signals += (int)v;
}

static void on_reset(void *ctx)
{
	struct host *h = ctx;

	/* The guest signalled before leaving; libev may not have told us yet. */
	drain_efd(h);
	if (++h->resets == h->resets_to_stop)
		ev_break(h->loop, EVBREAK_ALL);
}

static void efd_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	drain_efd(rt_container_of(w, struct host, efd_w));
}

/* Not a timing assertion: keeps a broken peer from hanging the suite. */
static void guard_fn(struct rt_timer *t)
{
	ck_abort_msg("sim partition test hung");
}

static void host_init(struct host *h, int resets_to_stop)
{
	memset(h, 0, sizeof(*h));
	h->loop = rt_loop_new();
	snprintf(h->path, sizeof(h->path), "/tmp/pv-simtest-%d.sock", (int)getpid());
	ck_assert_int_eq(rt_partition_sim_create(h->loop, h->path, MEM, 2, &h->p), 0);
	h->p->cb.on_message = on_message;
	h->p->cb.on_reset = on_reset;
	h->p->cb_ctx = h;
	h->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	ev_io_init(&h->efd_w, efd_cb, h->efd, EV_READ);
	ev_io_start(h->loop, &h->efd_w);
	rt_timer_init(&h->guard, h->loop, guard_fn);
	rt_timer_start(&h->guard, 30, 0);
	h->resets_to_stop = resets_to_stop;
	ck_assert_int_eq(h->p->ops->start(h->p), 0);
}

static void host_fini(struct host *h)
{
	rt_timer_stop(&h->guard);
	ev_io_stop(h->loop, &h->efd_w);
	h->p->ops->destroy(h->p);
	close(h->efd);
	rt_loop_destroy(h->loop);
}

/* Child-process checks: exit status names the failed step. */
#define G_CHECK(cond, code)                                                         \
	do {                                                                        \
		if (!(cond)) {                                                      \
			fprintf(stderr, "guest step %d failed: %s\n", code, #cond); \
			_exit(code);                                                \
		}                                                                   \
	} while (0)

static int guest_connect(const char *path, struct rt_sim_guest **g)
{
	char err[256];
	int rc;

	/* The host may not be listening yet when the child starts: retry. */
	POLL_UNTIL(TEST_WAIT_S, (rc = rt_sim_guest_connect(path, g, err, sizeof(err))) != -ENOENT &&
					rc != -ECONNREFUSED);
	return rc;
}

/* A guest that skips sim_guest: a raw socket to the host, retried while it is not listening yet. */
static int raw_connect(const char *path)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int s;

	strcpy(sa.sun_path, path);
	s = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	G_CHECK(POLL_UNTIL(TEST_WAIT_S, connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0), 1);
	return s;
}

static void guest_main(const char *path)
{
	struct rt_sim_guest *g, *g2;
	enum rt_hv_status st;
	struct rt_sim_msg m;
	uint8_t pat[16];
	uint32_t flags[4];
	char err[256];
	struct pollfd pfd;
	int n;

	G_CHECK(guest_connect(path, &g) == 0, 1);
	G_CHECK(rt_sim_guest_vp_count(g) == 2, 2);
	G_CHECK(rt_gmem_size(rt_sim_guest_gmem(g)) == MEM, 3);
	for (int i = 0; i < 16; i++)
		pat[i] = (uint8_t)(0xa0 + i);
	G_CHECK(rt_gmem_write(rt_sim_guest_gmem(g), PATTERN_GPA, pat, 16) == 0, 4);
	G_CHECK(rt_sim_guest_signal(g, 7) == -ENOENT, 5); /* not bound yet */
	G_CHECK(rt_sim_guest_post(g, 4, 1, "hello", 5, &st) == 0, 6);
	G_CHECK(st == RT_HV_STATUS_SUCCESS, 7);
	G_CHECK(rt_sim_guest_post(g, 9, 1, "x", 1, &st) == 0, 8);
	G_CHECK(st == RT_HV_STATUS_INVALID_CONNECTION_ID, 9);
	G_CHECK(rt_sim_guest_post(g, 4, 1, pat, 241, &st) == -EINVAL, 10);
	G_CHECK(rt_sim_guest_recv(g, &m, -1) == 0, 11);
	G_CHECK(m.vp == 1 && m.sint == 2 && m.message_type == 1, 12);
	G_CHECK(m.len == 11 && memcmp(m.payload, "reply:hello", 11) == 0, 13);
	G_CHECK(rt_sim_guest_recv(g, &m, 0) == -EAGAIN, 14);
	/* Host -> guest interrupt: eventfd readable, flags 5 and 2047 on (vp 1, sint 2). */
	pfd.fd = rt_sim_guest_irq_fd(g);
	pfd.events = POLLIN;
	G_CHECK(poll(&pfd, 1, -1) == 1, 15);
	G_CHECK(rt_sim_guest_take_events(g, 1, 1, flags, 4) == 0, 16);
	n = rt_sim_guest_take_events(g, 1, 2, flags, 4);
	G_CHECK(n == 2 && flags[0] == 5 && flags[1] == 2047, 17);
	G_CHECK(rt_sim_guest_take_events(g, 1, 2, flags, 4) == 0, 18);
	/* Guest -> host signal through the bound eventfd. */
	G_CHECK(rt_sim_guest_signal(g, 7) == 0, 19);
	/* One guest at a time. */
	G_CHECK(rt_sim_guest_connect(path, &g2, err, sizeof(err)) == -EBUSY, 20);
	G_CHECK(strstr(err, "already connected") != NULL, 21);
	/* Round trip so the host surely handled the signal before we leave. */
	G_CHECK(rt_sim_guest_post(g, 4, 1, "bye", 3, &st) == 0, 22);
	rt_sim_guest_close(g);
	_exit(0);
}

/* Runs guest(path) in a forked child, serves it until the loop stops, reaps the child. */
static void run_guest(struct host *h, void (*guest)(const char *path))
{
	int status;
	pid_t pid;

	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0)
		guest(h->path);
	ev_run(h->loop, 0);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "guest failed: status %d",
		      status);
}

START_TEST(test_two_processes)
{
	struct host h;

	host_init(&h, 1);
	ck_assert_int_eq(rt_partition_post_message(h.p, 0, 2, 1, "x", 1), -ENOTCONN);
	ck_assert_int_eq(rt_partition_signal_guest(h.p, 0, 2, 1), -ENOTCONN);
	ck_assert_int_eq(rt_partition_post_message(h.p, 2, 2, 1, "x", 1), -EINVAL);
	ck_assert_int_eq(rt_partition_signal_guest(h.p, 0, 16, 1), -EINVAL);
	run_guest(&h, guest_main); /* until the guest disconnects */
	ck_assert_int_eq(h.resets, 1);
	ck_assert(h.mem_ok);
	ck_assert_int_eq(h.messages, 3); /* the 241-byte post never left the guest */
	ck_assert_str_eq(h.last, "bye");
	ck_assert_int_eq(h.signals, 1);
	ck_assert(!rt_partition_sim_connected(h.p));
	host_fini(&h);
}
END_TEST

/* A guest that connects, is reset by disconnecting, and a second one works. */
static void guest_reconnect_main(const char *path)
{
	struct rt_sim_guest *g;
	enum rt_hv_status st;
	int rc;

	G_CHECK(guest_connect(path, &g) == 0, 1);
	G_CHECK(rt_sim_guest_post(g, 4, 1, "one", 3, &st) == 0 && st == 0, 2);
	rt_sim_guest_close(g);
	/* The host may still be tearing the first one down: retry while refused. */
	POLL_UNTIL(TEST_WAIT_S, (rc = rt_sim_guest_connect(path, &g, NULL, 0)) != -EBUSY);
	G_CHECK(rc == 0, 3);
	/*
	 * The binding made before this guest existed is sent right after HELLO,
	 * so it is here once the first hypercall returned.
	 */
	G_CHECK(rt_sim_guest_post(g, 4, 1, "two", 3, &st) == 0 && st == 0, 4);
	G_CHECK(rt_sim_guest_signal(g, 7) == 0, 5);
	G_CHECK(rt_sim_guest_post(g, 4, 1, "two", 3, &st) == 0 && st == 0, 6);
	rt_sim_guest_close(g);
	_exit(0);
}

START_TEST(test_reconnect_after_reset)
{
	struct host h;

	host_init(&h, 2);
	ck_assert_int_eq(rt_partition_bind_guest_signal(h.p, 7, h.efd), 0);
	run_guest(&h, guest_reconnect_main);
	ck_assert_int_eq(h.resets, 2);
	ck_assert_str_eq(h.last, "two");
	ck_assert_int_eq(h.signals, 1);
	host_fini(&h);
}
END_TEST

/* A hostile guest: raw datagrams instead of the protocol. */
static void guest_hostile_main(const char *path)
{
	uint32_t junk[4] = {3, 16, 0, 0}; /* a POST before HELLO */
	uint8_t buf[512];
	int s;

	s = raw_connect(path);
	G_CHECK(recv(s, buf, sizeof(buf), 0) > 0, 2); /* WELCOME (its fds are dropped) */
	G_CHECK(send(s, junk, sizeof(junk), 0) == sizeof(junk), 3);
	/* The host hangs up on us. */
	G_CHECK(recv(s, buf, sizeof(buf), 0) == 0, 4);
	close(s);
	_exit(0);
}

/* HELLO carries no descriptor: one attached is a protocol violation. */
static void guest_pipe_hello_main(const char *path)
{
	struct sim_hello h = {.hdr = {.type = SIM_MSG_HELLO, .len = sizeof(h)},
			      .magic = SIM_MAGIC,
			      .version = SIM_VERSION};
	uint8_t buf[512];
	int s, p[2];

	s = raw_connect(path);
	G_CHECK(recv(s, buf, sizeof(buf), 0) > 0, 2);
	G_CHECK(pipe(p) == 0, 3);
	G_CHECK(sim_send(s, &h, sizeof(h), &p[1], 1, 0) == 0, 4); /* any fd, here a pipe */
	G_CHECK(recv(s, buf, sizeof(buf), 0) == 0, 5);
	close(s);
	_exit(0);
}

/*
 * A guest process holds our guest-RAM and SIEF memfds: shrinking them would
 * turn every host access past the new end into SIGBUS. Both must be sealed.
 */
static void guest_truncate_main(const char *path)
{
	uint8_t buf[512];
	int s, fds[SIM_MAX_FDS], nfds;

	s = raw_connect(path);
	G_CHECK(sim_recv(s, buf, sizeof(buf), fds, &nfds, 0) > 0 && nfds == 3, 2);
	G_CHECK(ftruncate(fds[0], 0) < 0 && errno == EPERM, 3);
	G_CHECK(ftruncate(fds[1], 0) < 0 && errno == EPERM, 4);
	G_CHECK(ftruncate(fds[0], (off_t)MEM * 2) < 0 && errno == EPERM, 5);
	close(fds[0]);
	close(fds[1]);
	close(fds[2]);
	close(s);
	_exit(0);
}

/* Guests that break the protocol: each is reset, and nothing they sent reaches the server. */
static void (*const hostile_guests[])(const char *path) = {
	guest_hostile_main,
	guest_pipe_hello_main,
	guest_truncate_main,
};

START_TEST(test_hostile_guest_reset)
{
	uint8_t b[16] = {0};
	struct host h;

	host_init(&h, 1);
	run_guest(&h, hostile_guests[_i]);
	ck_assert_int_eq(h.resets, 1);
	ck_assert_int_eq(h.messages, 0);
	ck_assert(!rt_partition_sim_connected(h.p));
	/* Would fault on a truncated file. */
	ck_assert_int_eq(rt_gmem_read(h.p->gmem, MEM - sizeof(b), b, sizeof(b)), 0);
	host_fini(&h);
}
END_TEST

/*
 * A guest process that clears O_NONBLOCK on its interrupt descriptor (F_SETFL
 * acts on the open file description) and never drains it: signalling the
 * guest, which channel workers do under the partition's irq_lock, must not
 * block, and the guest's own HvSignalEvent still reaches the server.
 */
static void guest_blocking_main(const char *path)
{
	struct sim_hello h = {.hdr = {.type = SIM_MSG_HELLO, .len = sizeof(h)},
			      .magic = SIM_MAGIC,
			      .version = SIM_VERSION};
	struct sim_post m = {.hdr = {.type = SIM_MSG_POST, .len = sizeof(m)}, .connection_id = 4};
	uint8_t buf[SIM_DGRAM_MAX];
	int s, fds[SIM_MAX_FDS], nfds, bindfd = -1;
	ssize_t n;

	s = raw_connect(path);
	G_CHECK(sim_recv(s, buf, sizeof(buf), fds, &nfds, 0) == sizeof(struct sim_welcome) &&
			nfds == 3,
		2);
	G_CHECK(fcntl(fds[2], F_SETFL, 0) == 0, 3); /* the interrupt socket: blocking */
	G_CHECK(sim_send(s, &h, sizeof(h), NULL, 0, 0) == 0, 4);
	n = sim_recv(s, buf, sizeof(buf), &bindfd, &nfds, 0); /* the BIND of connection 7 */
	G_CHECK(n == sizeof(struct sim_bind) && nfds == 1, 5);
	m.message_type = 1;
	m.payload_len = 5;
	memcpy(m.payload, "flood", 5);
	G_CHECK(sim_send(s, &m, sizeof(m), NULL, 0, 0) == 0, 7);
	G_CHECK(sim_recv(s, buf, sizeof(buf), fds, &nfds, 0) == sizeof(struct sim_post_status), 8);
	G_CHECK(write(bindfd, &(uint64_t){1}, 8) == 8, 9);
	memcpy(m.payload, "check", 5);
	G_CHECK(sim_send(s, &m, sizeof(m), NULL, 0, 0) == 0, 10);
	G_CHECK(sim_recv(s, buf, sizeof(buf), fds, &nfds, 0) == sizeof(struct sim_post_status), 11);
	close(bindfd);
	close(s);
	_exit(0);
}

static enum rt_hv_status blocking_on_message(void *ctx, uint32_t conn, uint32_t type,
					     const void *payload, size_t len)
{
	struct host *h = ctx;

	h->messages++;
	if (len == 5 && !memcmp(payload, "flood", 5)) {
		/* Far more than the socket buffer holds: the sends must not block. */
		for (int i = 0; i < 300000; i++)
			ck_assert_int_eq(rt_partition_signal_guest(h->p, 0, 2, 9), 0);
	}
	return RT_HV_STATUS_SUCCESS;
}

START_TEST(test_guest_stops_draining_interrupts)
{
	struct host h;

	host_init(&h, 1);
	h.p->cb.on_message = blocking_on_message;
	ck_assert_int_eq(rt_partition_bind_guest_signal(h.p, 7, h.efd), 0);
	run_guest(&h, guest_blocking_main);
	ck_assert_int_eq(h.messages, 2);
	ck_assert_int_eq(h.signals, 1);
	host_fini(&h);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(test_two_processes),
		PV_CASE(test_reconnect_after_reset),
		PV_LOOP(test_hostile_guest_reset, RT_ARRAY_SIZE(hostile_guests)),
		PV_CASE(test_guest_stops_draining_interrupts),
		{0}};

	return pv_check_run_timeout("partition_sim", cases, 60);
}
