/* SPDX-License-Identifier: MIT */
/*
 * Tests for runtime/sim_guest.c, driven directly: the test plays the host
 * end of the sim partition's socket (runtime/sim_wire.h) datagram by
 * datagram, so it can send what partition_sim.c never would. Connecting
 * (WELCOME and HELLO, a refusal with its reason, each malformed WELCOME
 * refused with no descriptor kept), posting (the status matched by
 * sequence, host messages arriving meanwhile kept in order), receiving,
 * signal bindings, event flags, and every malformed datagram ending the
 * session (-ENOTCONN from then on).
 */
#include <errno.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/un.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/sim_guest.h"
#include "runtime/sim_wire.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

#define MEM (1u << 20)
#define VPS 2

/* The host end: a listening socket, then the accepted connection. */
struct host {
	char path[64];
	int listen_fd, sock;
	int ram, sief, irq[2]; /* the descriptors a WELCOME hands over; irq[1] stays ours */
	uint8_t *sief_map;
	struct sim_welcome w;
	int nfds;       /* descriptors sent with the WELCOME */
	bool refuse;    /* send REFUSED instead */
	bool truncated; /* the WELCOME one byte short */
};

static struct host host; /* one per test process (Check forks) */

static int open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

static struct host *host_new(void)
{
	struct host *h = &host;
	struct sockaddr_un sa = {.sun_family = AF_UNIX};

	memset(h, 0, sizeof(*h));
	snprintf(h->path, sizeof(h->path), "/tmp/pv-simguest-%d.sock", (int)getpid());
	unlink(h->path);
	memcpy(sa.sun_path, h->path, strlen(h->path) + 1);
	h->listen_fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	ck_assert_int_ge(h->listen_fd, 0);
	ck_assert_int_eq(bind(h->listen_fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	ck_assert_int_eq(listen(h->listen_fd, 1), 0);
	h->sock = -1;
	h->ram = memfd_create("ram", MFD_CLOEXEC);
	h->sief = memfd_create("sief", MFD_CLOEXEC);
	ck_assert_int_eq(ftruncate(h->ram, MEM), 0);
	ck_assert_int_eq(ftruncate(h->sief, VPS * RT_PAGE_SIZE), 0);
	h->sief_map =
		mmap(NULL, VPS * RT_PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, h->sief, 0);
	ck_assert_ptr_ne(h->sief_map, MAP_FAILED);
	ck_assert_int_eq(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, h->irq), 0);
	h->w = (struct sim_welcome){.hdr = {SIM_MSG_WELCOME, sizeof(h->w)},
				    .magic = SIM_MAGIC,
				    .version = SIM_VERSION,
				    .mem_size = MEM,
				    .vp_count = VPS,
				    .sint_count = SIM_SINT_COUNT,
				    .sief_size = VPS * RT_PAGE_SIZE};
	h->nfds = 3;
	return h;
}

static void host_free(struct host *h)
{
	close(h->listen_fd);
	if (h->sock >= 0)
		close(h->sock);
	close(h->ram);
	close(h->sief);
	close(h->irq[0]);
	close(h->irq[1]);
	munmap(h->sief_map, VPS * RT_PAGE_SIZE);
	unlink(h->path);
}

/* Accepts the guest and greets it as scripted (runs beside the guest's blocking connect). */
static void *host_accept(void *arg)
{
	struct host *h = arg;
	const int fds[3] = {h->ram, h->sief, h->irq[0]};

	h->sock = accept4(h->listen_fd, NULL, NULL, SOCK_CLOEXEC);
	if (h->sock < 0)
		return NULL;
	if (h->refuse) {
		struct sim_refused r = {.hdr = {SIM_MSG_REFUSED, sizeof(r)}};

		memset(r.reason, 'x', sizeof(r.reason)); /* not terminated: the guest must cut it */
		memcpy(r.reason, "busy: ", 6);
		sim_send(h->sock, &r, sizeof(r), NULL, 0, 0);
	} else {
		sim_send(h->sock, &h->w, sizeof(h->w) - h->truncated, fds, h->nfds, 0);
	}
	return NULL;
}

/* The guest connects to h; returns connect's result. */
static int guest_connect(struct host *h, struct rt_sim_guest **g, char *err, size_t errlen)
{
	pthread_t t;
	int rc;

	ck_assert_int_eq(pthread_create(&t, NULL, host_accept, h), 0);
	rc = rt_sim_guest_connect(h->path, g, err, errlen);
	pthread_join(t, NULL);
	ck_assert_int_ge(h->sock, 0);
	return rc;
}

/* A connected guest, its HELLO checked. */
static struct rt_sim_guest *guest_new(struct host *h)
{
	struct rt_sim_guest *g;
	struct sim_hello hello;
	int fds[SIM_MAX_FDS], nfds;

	ck_assert_int_eq(guest_connect(h, &g, NULL, 0), 0);
	ck_assert_int_eq(sim_recv(h->sock, &hello, sizeof(hello), fds, &nfds, 0), sizeof(hello));
	ck_assert_int_eq(nfds, 0);
	ck_assert_uint_eq(hello.hdr.type, SIM_MSG_HELLO);
	ck_assert_uint_eq(hello.magic, SIM_MAGIC);
	ck_assert_uint_eq(hello.version, SIM_VERSION);
	return g;
}

static void host_send(struct host *h, const void *buf, size_t len, int fd)
{
	ck_assert_int_eq(sim_send(h->sock, buf, len, &fd, fd >= 0, 0), 0);
}

static void host_message(struct host *h, uint32_t type, const char *text)
{
	struct sim_message m = {.hdr = {SIM_MSG_MESSAGE, sizeof(m)},
				.vp = 1,
				.sint = 2,
				.message_type = type,
				.payload_len = (uint32_t)strlen(text)};

	memcpy(m.payload, text, m.payload_len);
	host_send(h, &m, sizeof(m), -1);
}

static void host_status(struct host *h, uint32_t seq, uint32_t status)
{
	struct sim_post_status st = {.hdr = {SIM_MSG_POST_STATUS, sizeof(st)}, seq, status};

	host_send(h, &st, sizeof(st), -1);
}

static void host_bind(struct host *h, uint32_t conn, int efd)
{
	struct sim_bind b = {.hdr = {SIM_MSG_BIND, sizeof(b)}, conn, efd >= 0};

	host_send(h, &b, sizeof(b), efd);
}

START_TEST(connect_and_hello)
{
	struct host *h = host_new();
	struct rt_sim_guest *g = guest_new(h);
	uint8_t pat[8] = "pattern", back[8];

	ck_assert_uint_eq(rt_sim_guest_vp_count(g), VPS);
	ck_assert_uint_eq(rt_gmem_size(rt_sim_guest_gmem(g)), MEM);
	/* Guest RAM is the host's memfd. */
	ck_assert_int_eq(pwrite(h->ram, pat, sizeof(pat), 4096), (ssize_t)sizeof(pat));
	ck_assert_int_eq(rt_gmem_read(rt_sim_guest_gmem(g), 4096, back, sizeof(back)), 0);
	ck_assert_mem_eq(back, pat, sizeof(pat));
	ck_assert_int_ge(rt_sim_guest_irq_fd(g), 0);
	ck_assert_int_ge(rt_sim_guest_sock_fd(g), 0);
	rt_sim_guest_close(g);
	rt_sim_guest_close(NULL);
	host_free(h);
}
END_TEST

START_TEST(refused_with_reason)
{
	struct host *h = host_new();
	struct rt_sim_guest *g = NULL;
	char err[300];

	h->refuse = true;
	ck_assert_int_eq(guest_connect(h, &g, err, sizeof(err)), -EBUSY);
	ck_assert_ptr_null(g);
	ck_assert_uint_eq(strlen(err), SIM_REASON_MAX - 1);
	ck_assert_int_eq(strncmp(err, "busy: ", 6), 0);
	host_free(h);
}
END_TEST

/* Malformed WELCOMEs: each refused with -EPROTO, the descriptors it carried all closed. */
static const struct bad_welcome {
	const char *what;
	int field; /* 0 magic, 1 version, 2 vp_count, 3 sief_size, 4 type, 5 fds, 6 length */
	uint64_t value;
} bad_welcomes[] = {
	{"magic", 0, 0x12345678},
	{"version", 1, SIM_VERSION + 1},
	{"no VPs", 2, 0},
	{"SIEF of another size", 3, RT_PAGE_SIZE},
	{"not a WELCOME", 4, SIM_MSG_HELLO},
	{"two descriptors", 5, 2},
	{"one byte short", 6, 1},
};

START_TEST(bad_welcome)
{
	const struct bad_welcome *c = &bad_welcomes[_i];
	struct host *h = host_new();
	struct rt_sim_guest *g = NULL;
	int before = open_fds();

	switch (c->field) {
	case 0:
		h->w.magic = (uint32_t)c->value;
		break;
	case 1:
		h->w.version = (uint32_t)c->value;
		break;
	case 2:
		h->w.vp_count = (uint32_t)c->value;
		break;
	case 3:
		h->w.sief_size = c->value;
		break;
	case 4:
		h->w.hdr.type = (uint32_t)c->value;
		break;
	case 5:
		h->nfds = (int)c->value;
		break;
	default:
		h->truncated = true;
		break;
	}
	ck_assert_msg(guest_connect(h, &g, NULL, 0) == -EPROTO, "%s", c->what);
	ck_assert_ptr_null(g);
	/* Only the accepted socket is new: the guest kept none of what it was sent. */
	ck_assert_int_eq(open_fds(), before + 1);
	host_free(h);
}
END_TEST

START_TEST(connect_errors)
{
	struct rt_sim_guest *g = NULL;
	char path[200];

	memset(path, 'a', sizeof(path) - 1);
	path[sizeof(path) - 1] = 0;
	ck_assert_int_eq(rt_sim_guest_connect(path, &g, NULL, 0), -ENAMETOOLONG);
	snprintf(path, sizeof(path), "/tmp/pv-simguest-none-%d.sock", (int)getpid());
	ck_assert_int_eq(rt_sim_guest_connect(path, &g, NULL, 0), -ENOENT);
	ck_assert_ptr_null(g);
}
END_TEST

/*
 * A post waits for its own status; host messages that arrive first are kept,
 * in order. A status for another sequence number is a protocol error.
 */
START_TEST(post_and_messages)
{
	struct host *h = host_new();
	struct rt_sim_guest *g = guest_new(h);
	enum rt_hv_status st;
	struct sim_post p;
	struct rt_sim_msg m;
	uint8_t big[SIM_PAYLOAD_MAX + 1] = {0};
	int fds[SIM_MAX_FDS], nfds;

	ck_assert_int_eq(rt_sim_guest_post(g, 1, 1, big, sizeof(big), &st), -EINVAL);
	ck_assert_int_eq(rt_sim_guest_recv(g, &m, 0), -EAGAIN);
	host_message(h, 10, "first");
	host_message(h, 11, "second");
	host_status(h, 1, 5); /* the guest's first post will be sequence 1 */
	ck_assert_int_eq(rt_sim_guest_post(g, 4, 1, "hello", 5, &st), 0);
	ck_assert_int_eq(st, 5);
	ck_assert_int_eq(sim_recv(h->sock, &p, sizeof(p), fds, &nfds, 0), sizeof(p));
	ck_assert_uint_eq(p.hdr.type, SIM_MSG_POST);
	ck_assert_uint_eq(p.seq, 1);
	ck_assert_uint_eq(p.connection_id, 4);
	ck_assert_uint_eq(p.payload_len, 5);
	ck_assert_mem_eq(p.payload, "hello", 5);
	ck_assert_int_eq(rt_sim_guest_recv(g, &m, 0), 0);
	ck_assert_uint_eq(m.message_type, 10);
	ck_assert_uint_eq(m.vp, 1);
	ck_assert_uint_eq(m.sint, 2);
	ck_assert_uint_eq(m.len, 5);
	ck_assert_mem_eq(m.payload, "first", 5);
	ck_assert_int_eq(rt_sim_guest_recv(g, &m, -1), 0);
	ck_assert_uint_eq(m.message_type, 11);
	host_status(h, 7, 0);
	ck_assert_int_eq(rt_sim_guest_post(g, 4, 1, NULL, 0, &st),
			 -EPROTO); /* an empty post, no buffer */
	rt_sim_guest_close(g);
	host_free(h);
}
END_TEST

START_TEST(bindings_and_signals)
{
	struct host *h = host_new();
	struct rt_sim_guest *g = guest_new(h);
	int efd[20];
	uint64_t v;

	ck_assert_int_eq(rt_sim_guest_signal(g, 3), -ENOENT);
	/* More bindings than the first allocation holds. */
	for (int i = 0; i < 20; i++) {
		efd[i] = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
		host_bind(h, 100 + i, efd[i]);
	}
	for (int i = 0; i < 20; i++)
		ck_assert_int_eq(rt_sim_guest_signal(g, 100 + i), 0);
	for (int i = 0; i < 20; i++) {
		ck_assert_int_eq(read(efd[i], &v, sizeof(v)), sizeof(v));
		ck_assert_uint_eq(v, 1);
	}
	/* Bound again: the new descriptor replaces the old one. */
	int again = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);

	host_bind(h, 105, again);
	ck_assert_int_eq(rt_sim_guest_signal(g, 105), 0);
	ck_assert_int_eq(read(again, &v, sizeof(v)), sizeof(v));
	ck_assert_int_eq(read(efd[5], &v, sizeof(v)), -1);
	/* Unbound: as if never bound; unbinding an unknown one is harmless. */
	host_bind(h, 110, -1);
	host_bind(h, 999, -1);
	ck_assert_int_eq(rt_sim_guest_process(g), 0);
	ck_assert_int_eq(rt_sim_guest_signal(g, 110), -ENOENT);
	ck_assert_int_eq(rt_sim_guest_signal(g, 111), 0);
	rt_sim_guest_close(g);
	for (int i = 0; i < 20; i++)
		close(efd[i]);
	close(again);
	host_free(h);
}
END_TEST

START_TEST(event_flags)
{
	struct host *h = host_new();
	struct rt_sim_guest *g = guest_new(h);
	uint8_t *slot = h->sief_map + RT_PAGE_SIZE + 2 * SIM_SIEF_SLOT; /* vp 1, sint 2 */
	uint32_t flags[4];
	char c = 1;

	slot[0] = 0x05;   /* flags 0 and 2 */
	slot[10] = 0x80;  /* flag 87 */
	slot[255] = 0x80; /* flag 2047, the last */
	ck_assert_int_eq(send(h->irq[1], &c, 1, 0), 1);
	ck_assert_int_eq(rt_sim_guest_take_events(g, 1, 2, flags, 3), 3);
	ck_assert_uint_eq(flags[0], 0);
	ck_assert_uint_eq(flags[1], 2);
	ck_assert_uint_eq(flags[2], 87);
	/* Beyond max they stay set; taken ones are cleared; the interrupt was drained. */
	ck_assert_int_eq(recv(rt_sim_guest_irq_fd(g), &c, 1, MSG_DONTWAIT), -1);
	ck_assert_int_eq(rt_sim_guest_take_events(g, 1, 2, flags, 4), 1);
	ck_assert_uint_eq(flags[0], 2047);
	ck_assert_int_eq(rt_sim_guest_take_events(g, 1, 2, flags, 4), 0);
	ck_assert_int_eq(rt_sim_guest_take_events(g, 0, 2, flags, 4), 0);
	ck_assert_int_eq(rt_sim_guest_take_events(g, VPS, 0, flags, 4), -EINVAL);
	ck_assert_int_eq(rt_sim_guest_take_events(g, 0, SIM_SINT_COUNT, flags, 4), -EINVAL);
	rt_sim_guest_close(g);
	host_free(h);
}
END_TEST

/* Datagrams a host must never send: each ends the session. */
static void dg_message_len(struct host *h)
{
	struct sim_message m = {.hdr = {SIM_MSG_MESSAGE, sizeof(m)},
				.payload_len = SIM_PAYLOAD_MAX + 1};

	host_send(h, &m, sizeof(m), -1);
}

static void dg_header_len(struct host *h)
{
	struct sim_post_status st = {.hdr = {SIM_MSG_POST_STATUS, sizeof(st) + 8}};

	host_send(h, &st, sizeof(st), -1);
}

static void dg_short_message(struct host *h)
{
	struct sim_message m = {.hdr = {SIM_MSG_MESSAGE, 100}};

	host_send(h, &m, 100, -1);
}

static void dg_unknown_type(struct host *h)
{
	struct sim_bind b = {.hdr = {SIM_MSG_HELLO, sizeof(b)}};

	host_send(h, &b, sizeof(b), -1);
}

static void dg_bind_without_fd(struct host *h)
{
	struct sim_bind b = {.hdr = {SIM_MSG_BIND, sizeof(b)}, 5, 1};

	host_send(h, &b, sizeof(b), -1);
}

static void dg_unbind_with_fd(struct host *h)
{
	struct sim_bind b = {.hdr = {SIM_MSG_BIND, sizeof(b)}, 5, 0};

	host_send(h, &b, sizeof(b), h->ram);
}

static void dg_under_header(struct host *h)
{
	host_send(h, "abc", 3, -1);
}

static void dg_hangup(struct host *h)
{
	close(h->sock);
	h->sock = -1;
}

static void (*const bad_datagrams[])(struct host *h) = {
	dg_message_len,     dg_header_len,     dg_short_message, dg_unknown_type,
	dg_bind_without_fd, dg_unbind_with_fd, dg_under_header,  dg_hangup,
};

START_TEST(malformed_datagram)
{
	struct host *h = host_new();
	struct rt_sim_guest *g = guest_new(h);
	struct rt_sim_msg m;
	enum rt_hv_status st;
	int before = open_fds();

	host_message(h, 1, "kept"); /* queued before the bad one: still delivered */
	bad_datagrams[_i](h);
	ck_assert_int_eq(rt_sim_guest_process(g), -ENOTCONN);
	/* A descriptor that came with the bad datagram is not kept (the hangup closed ours). */
	ck_assert_int_eq(open_fds(), before - (h->sock < 0));
	ck_assert_int_eq(rt_sim_guest_recv(g, &m, 0), 0);
	ck_assert_mem_eq(m.payload, "kept", 4);
	ck_assert_int_eq(rt_sim_guest_recv(g, &m, 0), -ENOTCONN);
	ck_assert_int_eq(rt_sim_guest_recv(g, &m, -1), -ENOTCONN);
	ck_assert_int_eq(rt_sim_guest_post(g, 1, 1, NULL, 0, &st), -ENOTCONN);
	ck_assert_int_eq(rt_sim_guest_signal(g, 1), -ENOTCONN);
	rt_sim_guest_close(g);
	host_free(h);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(connect_and_hello),
		PV_CASE(refused_with_reason),
		PV_LOOP(bad_welcome, RT_ARRAY_SIZE(bad_welcomes)),
		PV_CASE(connect_errors),
		PV_CASE(post_and_messages),
		PV_CASE(bindings_and_signals),
		PV_CASE(event_flags),
		PV_LOOP(malformed_datagram, RT_ARRAY_SIZE(bad_datagrams)),
		{0}};

	return pv_check_run("sim_guest", cases);
}
