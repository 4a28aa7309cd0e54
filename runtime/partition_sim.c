/*
 * The sim partition (host side): listens on a Unix SOCK_SEQPACKET socket,
 * shares guest RAM and the SIEF pages with one guest process as memfds,
 * relays HvPostMessage both ways and routes signals through eventfds.
 * Wire format: runtime/sim_wire.h and docs/sim-partition.md.
 *
 * Threading: everything runs on p->loop except signal_guest, which channel
 * workers call from their own threads; irq_lock guards the interrupt socket
 * against a concurrent disconnect.
 *
 * The guest process can clear O_NONBLOCK on any descriptor it shares with us
 * (F_SETFL acts on the open file description, not the fd). Host->guest
 * interrupts therefore go out on our end of a socketpair, a description the
 * guest never holds, with MSG_DONTWAIT: a guest that stops draining cannot
 * block a channel worker (which signals under irq_lock). The eventfds of
 * BIND are shared; their readers use rt_eventfd_take(), which never blocks.
 */
#include "runtime/partition_sim.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/savestate.h"
#include "runtime/sim_wire.h"
#include "runtime/util.h"

#define SIM_VP_MAX 64
#define SIM_OUTQ_MAX 65536 /* queued datagrams before post_message fails */

struct outmsg {
	struct outmsg *next;
	size_t len;
	int fd; /* sent with the datagram, then closed; -1 for none */
	uint8_t buf[SIM_DGRAM_MAX];
};

struct bind_ent {
	uint32_t connection_id;
	int efd; /* our dup of the server's eventfd */
};

struct sim_part {
	struct rt_partition p;
	struct rt_log own_log;
	struct rt_log_obj log;
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];

	int lfd;
	ev_io lw;

	/* The connected guest (loop thread). */
	int cfd;
	ev_io rw, ww;
	bool hello;
	struct outmsg *oq_head, *oq_tail;
	size_t oq_len;

	int sief_fd;
	uint8_t *sief;
	size_t sief_size;

	pthread_mutex_t irq_lock;
	int irq_sock;    /* our end of the interrupt socketpair after HELLO, -1; under irq_lock */
	int irq_pending; /* the same between WELCOME and HELLO (loop thread) */

	struct bind_ent *binds;
	size_t nbinds, capbinds;

	bool started, paused; /* loop thread */
};

static struct sim_part *to_sim(struct rt_partition *p)
{
	return rt_container_of(p, struct sim_part, p);
}

/* ------------------------------------------------------------------ */
/* Output queue: datagrams go out in order; a full socket queues them. */

static void outq_free(struct sim_part *s)
{
	while (s->oq_head) {
		struct outmsg *m = s->oq_head;

		s->oq_head = m->next;
		if (m->fd >= 0)
			close(m->fd);
		free(m);
	}
	s->oq_tail = NULL;
	s->oq_len = 0;
}

static int outq_flush(struct sim_part *s)
{
	while (s->oq_head) {
		struct outmsg *m = s->oq_head;
		int rc = sim_send(s->cfd, m->buf, m->len, &m->fd, m->fd >= 0 ? 1 : 0, MSG_DONTWAIT);

		if (rc == -EAGAIN)
			return 0;
		if (rc < 0)
			return rc;
		s->oq_head = m->next;
		if (!s->oq_head)
			s->oq_tail = NULL;
		s->oq_len--;
		if (m->fd >= 0)
			close(m->fd);
		free(m);
	}
	ev_io_stop(s->p.loop, &s->ww);
	return 0;
}

/* Sends a datagram (taking ownership of fd) or queues it behind earlier ones. */
static int sim_out(struct sim_part *s, const void *buf, size_t len, int fd)
{
	struct outmsg *m;
	int rc;

	if (s->cfd < 0) {
		rc = -ENOTCONN;
		goto fail;
	}
	if (!s->oq_head) {
		rc = sim_send(s->cfd, buf, len, &fd, fd >= 0 ? 1 : 0, MSG_DONTWAIT);
		if (rc != -EAGAIN) {
			if (fd >= 0)
				close(fd);
			/* A dead socket is noticed (and reset) by the read side. */
			return rc < 0 ? -ENOTCONN : 0;
		}
	}
	if (s->oq_len >= SIM_OUTQ_MAX) {
		rc = -ENOBUFS;
		goto fail;
	}
	m = malloc(sizeof(*m));
	if (!m) {
		rc = -ENOMEM;
		goto fail;
	}
	m->next = NULL;
	m->len = len;
	m->fd = fd;
	memcpy(m->buf, buf, len);
	if (s->oq_tail)
		s->oq_tail->next = m;
	else
		s->oq_head = m;
	s->oq_tail = m;
	s->oq_len++;
	ev_io_start(s->p.loop, &s->ww);
	return 0;

fail:
	if (fd >= 0)
		close(fd);
	return rc;
}

static void write_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct sim_part *s = rt_container_of(w, struct sim_part, ww);

	if (outq_flush(s) < 0)
		ev_io_stop(loop, w); /* the read side sees the hangup */
}

static int send_bind(struct sim_part *s, uint32_t connection_id, int efd)
{
	struct sim_bind b = {
		.hdr = {.type = SIM_MSG_BIND, .len = sizeof(b)},
		.connection_id = connection_id,
		.bound = efd >= 0,
	};
	int fd = -1;

	if (efd >= 0) {
		fd = fcntl(efd, F_DUPFD_CLOEXEC, 0);
		if (fd < 0)
			return -errno;
	}
	return sim_out(s, &b, sizeof(b), fd);
}

/* ------------------------------------------------------------------ */
/* Connection life cycle.                                              */

static void disconnect(struct sim_part *s, bool notify)
{
	if (s->cfd < 0)
		return;
	ev_io_stop(s->p.loop, &s->rw);
	ev_io_stop(s->p.loop, &s->ww);
	outq_free(s);
	close(s->cfd);
	s->cfd = -1;
	s->hello = false;
	pthread_mutex_lock(&s->irq_lock);
	if (s->irq_sock >= 0)
		close(s->irq_sock);
	s->irq_sock = -1;
	pthread_mutex_unlock(&s->irq_lock);
	if (s->irq_pending >= 0)
		close(s->irq_pending);
	s->irq_pending = -1;
	if (notify && s->p.cb.on_reset)
		s->p.cb.on_reset(s->p.cb_ctx);
}

static void handle_hello(struct sim_part *s, const uint8_t *buf, ssize_t n, int nfds)
{
	struct sim_hello h;
	size_t i;

	if (n != (ssize_t)sizeof(h) || nfds != 0) {
		rt_log_rl(&s->log, RT_LOG_WARN, "bad HELLO (%zd bytes, %d fds): dropping guest", n,
			  nfds);
		disconnect(s, true);
		return;
	}
	memcpy(&h, buf, sizeof(h));
	if (h.magic != SIM_MAGIC || h.version != SIM_VERSION) {
		rt_log_rl(&s->log, RT_LOG_WARN, "HELLO magic %#x version %u unsupported", h.magic,
			  h.version);
		disconnect(s, true);
		return;
	}
	pthread_mutex_lock(&s->irq_lock);
	s->irq_sock = s->irq_pending;
	pthread_mutex_unlock(&s->irq_lock);
	s->irq_pending = -1;
	s->hello = true;
	rt_log_info(&s->log, "guest connected");
	for (i = 0; i < s->nbinds; i++)
		send_bind(s, s->binds[i].connection_id, s->binds[i].efd);
}

static void handle_post(struct sim_part *s, const uint8_t *buf, ssize_t n)
{
	struct sim_post m;
	struct sim_post_status st = {.hdr = {.type = SIM_MSG_POST_STATUS, .len = sizeof(st)}};
	enum rt_hv_status status = RT_HV_STATUS_INVALID_PARAMETER;

	if (n != (ssize_t)sizeof(m)) {
		rt_log_rl(&s->log, RT_LOG_WARN, "POST of %zd bytes: dropping guest", n);
		disconnect(s, true);
		return;
	}
	memcpy(&m, buf, sizeof(m));
	/* As on Hyper-V, a bad size fails the hypercall, not the partition. */
	if (m.payload_len <= SIM_PAYLOAD_MAX && s->p.cb.on_message)
		status = s->p.cb.on_message(s->p.cb_ctx, m.connection_id, m.message_type, m.payload,
					    m.payload_len);
	st.seq = m.seq;
	st.status = status;
	if (s->cfd >= 0) /* on_message may have stopped the partition */
		sim_out(s, &st, sizeof(st), -1);
}

static void read_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct sim_part *s = rt_container_of(w, struct sim_part, rw);
	uint8_t buf[SIM_DGRAM_MAX];
	int fds[SIM_MAX_FDS], nfds, k;
	struct sim_hdr h;
	ssize_t n;

	/* Bounded batch so one guest cannot starve the loop; a pause stops it at once. */
	for (int iter = 0; iter < 64 && s->cfd >= 0 && !s->paused; iter++) {
		n = sim_recv(s->cfd, buf, sizeof(buf), fds, &nfds, MSG_DONTWAIT);
		if (n == -EAGAIN)
			return;
		if (n <= 0 || n < (ssize_t)sizeof(h)) {
			if (n != 0)
				rt_log_rl(&s->log, RT_LOG_WARN, "guest socket: %s",
					  n < 0 ? strerror((int)-n) : "short datagram");
			for (k = 0; k < nfds; k++)
				close(fds[k]);
			rt_log_info(&s->log, "guest disconnected");
			disconnect(s, true);
			return;
		}
		memcpy(&h, buf, sizeof(h));
		if (h.len != (uint32_t)n) {
			rt_log_rl(&s->log, RT_LOG_WARN, "datagram length %u != %zd: dropping guest",
				  h.len, n);
			h.type = 0;
		}
		if (!s->hello && h.type == SIM_MSG_HELLO) {
			handle_hello(s, buf, n, nfds);
		} else if (s->hello && h.type == SIM_MSG_POST && nfds == 0) {
			handle_post(s, buf, n);
		} else {
			rt_log_rl(&s->log, RT_LOG_WARN,
				  "unexpected message type %u: dropping guest", h.type);
			disconnect(s, true);
		}
		for (k = 0; k < nfds; k++)
			if (fds[k] >= 0)
				close(fds[k]);
	}
}

static void refuse(struct sim_part *s, int fd)
{
	struct sim_refused r = {.hdr = {.type = SIM_MSG_REFUSED, .len = sizeof(r)}};

	snprintf(r.reason, sizeof(r.reason),
		 "refused: another guest is already connected to %s (one guest at a time)",
		 s->path);
	sim_send(fd, &r, sizeof(r), NULL, 0, MSG_DONTWAIT);
	close(fd);
	rt_log_rl(&s->log, RT_LOG_WARN, "refused a second guest connection");
}

static void listen_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct sim_part *s = rt_container_of(w, struct sim_part, lw);
	struct sim_welcome wm = {
		.hdr = {.type = SIM_MSG_WELCOME, .len = sizeof(wm)},
		.magic = SIM_MAGIC,
		.version = SIM_VERSION,
		.mem_size = rt_gmem_size(s->p.gmem),
		.vp_count = s->p.vp_count,
		.sint_count = SIM_SINT_COUNT,
		.sief_size = s->sief_size,
	};
	int fd, fds[3], sv[2], rc;

	fd = accept4(s->lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd < 0)
		return;
	if (s->cfd >= 0) {
		refuse(s, fd);
		return;
	}
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv) < 0) {
		rt_log_warn(&s->log, "interrupt socketpair: %s", strerror(errno));
		close(fd);
		return;
	}
	s->cfd = fd;
	s->hello = false;
	/* A new guest starts with no pending events (its RAM is kept, like a reboot). */
	memset(s->sief, 0, s->sief_size);
	fds[0] = rt_gmem_fd(s->p.gmem);
	fds[1] = s->sief_fd;
	fds[2] = sv[1];
	rc = sim_send(fd, &wm, sizeof(wm), fds, 3, MSG_DONTWAIT);
	close(sv[1]); /* the guest holds its end now; ours is sv[0] */
	if (rc < 0) {
		rt_log_warn(&s->log, "WELCOME failed: %s", strerror(-rc));
		close(sv[0]);
		close(fd);
		s->cfd = -1;
		return;
	}
	s->irq_pending = sv[0];
	ev_io_init(&s->rw, read_cb, fd, EV_READ);
	ev_io_init(&s->ww, write_cb, fd, EV_WRITE);
	ev_io_start(loop, &s->rw);
}

/* ------------------------------------------------------------------ */
/* Partition ops.                                                      */

/* Starts the watchers the partition's state calls for (after create, restore or a pause). */
static void sim_watch(struct sim_part *s)
{
	ev_io_start(s->p.loop, &s->lw);
	if (s->cfd >= 0)
		ev_io_start(s->p.loop, &s->rw);
	if (s->cfd >= 0 && s->oq_head)
		ev_io_start(s->p.loop, &s->ww);
}

static int sim_start(struct rt_partition *p)
{
	struct sim_part *s = to_sim(p);

	rt_loop_assert_thread(p->loop);
	s->started = true;
	if (!s->paused)
		sim_watch(s);
	return 0;
}

static void sim_stop(struct rt_partition *p)
{
	struct sim_part *s = to_sim(p);

	rt_loop_assert_thread(p->loop);
	ev_io_stop(p->loop, &s->lw);
	disconnect(s, false);
	s->started = false;
}

static void sim_destroy(struct rt_partition *p)
{
	struct sim_part *s = to_sim(p);
	size_t i;

	sim_stop(p);
	close(s->lfd);
	unlink(s->path);
	for (i = 0; i < s->nbinds; i++)
		close(s->binds[i].efd);
	free(s->binds);
	munmap(s->sief, s->sief_size);
	close(s->sief_fd);
	rt_gmem_destroy(p->gmem);
	pthread_mutex_destroy(&s->irq_lock);
	rt_log_fini(&s->own_log);
	free(s);
}

static int sim_post_message(struct rt_partition *p, uint32_t vp, uint32_t sint,
			    uint32_t message_type, const void *payload, size_t len)
{
	struct sim_part *s = to_sim(p);
	struct sim_message m = {.hdr = {.type = SIM_MSG_MESSAGE, .len = sizeof(m)}};

	rt_loop_assert_thread(p->loop);
	if (len > RT_HV_MESSAGE_PAYLOAD_MAX || vp >= p->vp_count || sint >= SIM_SINT_COUNT)
		return -EINVAL;
	if (!s->hello)
		return -ENOTCONN;
	m.vp = vp;
	m.sint = sint;
	m.message_type = message_type;
	m.payload_len = (uint32_t)len;
	memcpy(m.payload, payload, len);
	return sim_out(s, &m, sizeof(m), -1);
}

static int sim_signal_guest(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t flag)
{
	struct sim_part *s = to_sim(p);
	const uint8_t one = 1;
	int rc = 0;

	if (vp >= p->vp_count || sint >= SIM_SINT_COUNT || flag >= SIM_SIEF_SLOT * 8)
		return -EINVAL;
	pthread_mutex_lock(&s->irq_lock);
	if (s->irq_sock < 0) {
		rc = -ENOTCONN;
	} else {
		uint8_t *byte =
			s->sief + (size_t)vp * RT_PAGE_SIZE + sint * SIM_SIEF_SLOT + flag / 8;

		/* Flag before interrupt: the guest scans after it reads the eventfd. */
		__atomic_fetch_or(byte, (uint8_t)(1u << (flag % 8)), __ATOMIC_SEQ_CST);
		/* A full socket means an interrupt is pending already. */
		if (send(s->irq_sock, &one, 1, MSG_DONTWAIT | MSG_NOSIGNAL) < 0 &&
		    errno != EAGAIN && errno != EPIPE && errno != ECONNRESET)
			rc = -errno;
	}
	pthread_mutex_unlock(&s->irq_lock);
	return rc;
}

static int sim_bind_guest_signal(struct rt_partition *p, uint32_t connection_id, int efd)
{
	struct sim_part *s = to_sim(p);
	size_t i;
	int dupfd;

	rt_loop_assert_thread(p->loop);
	for (i = 0; i < s->nbinds; i++)
		if (s->binds[i].connection_id == connection_id)
			break;
	if (efd < 0) {
		if (i == s->nbinds)
			return 0;
		close(s->binds[i].efd);
		s->binds[i] = s->binds[--s->nbinds];
	} else {
		dupfd = fcntl(efd, F_DUPFD_CLOEXEC, 0);
		if (dupfd < 0)
			return -errno;
		if (i == s->nbinds) {
			if (s->nbinds == s->capbinds) {
				size_t cap = s->capbinds ? s->capbinds * 2 : 16;
				struct bind_ent *nb = realloc(s->binds, cap * sizeof(*nb));

				if (!nb) {
					close(dupfd);
					return -ENOMEM;
				}
				s->binds = nb;
				s->capbinds = cap;
			}
			s->nbinds++;
		} else {
			close(s->binds[i].efd);
		}
		s->binds[i].connection_id = connection_id;
		s->binds[i].efd = dupfd;
	}
	if (!s->hello)
		return 0; /* sent with the others when a guest says HELLO */
	return send_bind(s, connection_id, efd);
}

/* ------------------------------------------------------------------ */
/* Servicing: pause, save, restore (spec/savestate.yaml SIM_*).         */

/*
 * Stops reading the guest (its POSTs wait in the socket for whichever
 * binary reads next) and accepting; what we send queues in outq.
 */
static int sim_pause(struct rt_partition *p)
{
	struct sim_part *s = to_sim(p);

	rt_loop_assert_thread(p->loop);
	s->paused = true;
	ev_io_stop(p->loop, &s->lw);
	ev_io_stop(p->loop, &s->rw);
	ev_io_stop(p->loop, &s->ww);
	return 0;
}

static void sim_resume(struct rt_partition *p)
{
	struct sim_part *s = to_sim(p);

	rt_loop_assert_thread(p->loop);
	s->paused = false;
	if (s->started)
		sim_watch(s);
}

static int sim_save(struct rt_partition *p, struct rt_ss_writer *w)
{
	struct sim_part *s = to_sim(p);
	struct pvss_msg *m = rt_ss_msg_new(PVSS_REC_TYPE_SIM_PART);
	int irq = s->hello ? s->irq_sock : s->irq_pending;
	int rc;

	if (!m)
		return -ENOMEM;
	m->u.sim_part.vp_count = p->vp_count;
	m->u.sim_part.guest_state = s->cfd < 0 ? 0 : s->hello ? 2 : 1;
	m->u.sim_part.mem_size = rt_gmem_size(p->gmem);
	m->u.sim_part.sief_size = s->sief_size;
	m->u.sim_part.ram_fd = (uint32_t)rt_gmem_fd(p->gmem);
	m->u.sim_part.sief_fd = (uint32_t)s->sief_fd;
	m->u.sim_part.listen_fd = (uint32_t)s->lfd;
	m->u.sim_part.guest_fd = s->cfd < 0 ? PVSS_FD_NONE : (uint32_t)s->cfd;
	m->u.sim_part.irq_fd = s->cfd < 0 ? PVSS_FD_NONE : (uint32_t)irq;
	rt_ss_put(w, m);
	rt_ss_put_fd(w, rt_gmem_fd(p->gmem), PVSS_FD_KIND_GUEST_RAM, 0, rt_gmem_size(p->gmem));
	rt_ss_put_fd(w, s->sief_fd, PVSS_FD_KIND_SIM_SIEF, 0, s->sief_size);
	rt_ss_put_fd(w, s->lfd, PVSS_FD_KIND_SIM_LISTEN, 0, 0);
	if (s->cfd >= 0) {
		rt_ss_put_fd(w, s->cfd, PVSS_FD_KIND_SIM_GUEST, 0, 0);
		rt_ss_put_fd(w, irq, PVSS_FD_KIND_SIM_IRQ, 0, 0);
	}
	for (size_t i = 0; i < s->nbinds; i++) {
		memset(m, 0, sizeof(*m));
		m->type = PVSS_REC_TYPE_SIM_BIND;
		m->u.sim_bind.connection_id = s->binds[i].connection_id;
		m->u.sim_bind.efd = (uint32_t)s->binds[i].efd;
		rt_ss_put(w, m);
		rt_ss_put_fd(w, s->binds[i].efd, PVSS_FD_KIND_EVENTFD, s->binds[i].connection_id,
			     0);
	}
	/*
	 * Queued datagrams in order, but not BINDs (their descriptors cannot be
	 * written down): the new binary sends a BIND for every route first.
	 */
	for (struct outmsg *o = s->oq_head; o; o = o->next) {
		struct sim_hdr h;
		memcpy(&h, o->buf, sizeof(h));
		if (h.type == SIM_MSG_BIND)
			continue;
		memset(m, 0, sizeof(*m));
		m->type = PVSS_REC_TYPE_SIM_OUTMSG;
		m->u.sim_outmsg.dgram_len = (uint32_t)o->len;
		m->u.sim_outmsg.dgram_count = (uint32_t)o->len;
		memcpy(m->u.sim_outmsg.dgram, o->buf, o->len);
		rt_ss_put(w, m);
	}
	rc = w->err;
	free(m);
	return rc;
}

static const struct rt_partition_ops sim_ops = {
	.name = "sim",
	.start = sim_start,
	.stop = sim_stop,
	.destroy = sim_destroy,
	.post_message = sim_post_message,
	.signal_guest = sim_signal_guest,
	.bind_guest_signal = sim_bind_guest_signal,
	.pause = sim_pause,
	.resume = sim_resume,
	.save = sim_save,
};

/* A partition object for create and restore: its lock, log, socket path and ops. */
static struct sim_part *sim_alloc(struct ev_loop *loop, const char *socket_path, uint32_t vp_count)
{
	struct sim_part *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	pthread_mutex_init(&s->irq_lock, NULL);
	rt_log_init(&s->own_log);
	rt_log_obj_init(&s->log, &s->own_log, "sim[%s]", socket_path);
	snprintf(s->path, sizeof(s->path), "%s", socket_path);
	s->p.ops = &sim_ops;
	s->p.loop = loop;
	s->p.vp_count = vp_count;
	return s;
}

int rt_partition_sim_create(struct ev_loop *loop, const char *socket_path, size_t mem_size,
			    uint32_t vp_count, struct rt_partition **out)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	struct sim_part *s;
	struct stat st;
	int rc;

	if (vp_count == 0 || vp_count > SIM_VP_MAX)
		return -EINVAL;
	if (strlen(socket_path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	s = sim_alloc(loop, socket_path, vp_count);
	if (!s)
		return -ENOMEM;
	s->cfd = s->lfd = s->sief_fd = s->irq_sock = s->irq_pending = -1;

	rc = rt_gmem_create_memfd(mem_size, &s->p.gmem);
	if (rc < 0)
		goto fail;
	s->sief_size = (size_t)vp_count * RT_PAGE_SIZE;
	s->sief_fd = memfd_create("pv-sim-sief", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	/* Sealed like guest RAM: the guest process must not shrink it under us. */
	if (s->sief_fd < 0 || ftruncate(s->sief_fd, (off_t)s->sief_size) < 0 ||
	    fcntl(s->sief_fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) < 0) {
		rc = -errno;
		goto fail_gmem;
	}
	s->sief = mmap(NULL, s->sief_size, PROT_READ | PROT_WRITE, MAP_SHARED, s->sief_fd, 0);
	if (s->sief == MAP_FAILED) {
		rc = -errno;
		goto fail_gmem;
	}
	s->lfd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (s->lfd < 0) {
		rc = -errno;
		goto fail_sief;
	}
	/* Replace a stale socket from an earlier run, never a regular file. */
	if (lstat(socket_path, &st) == 0 && S_ISSOCK(st.st_mode))
		unlink(socket_path);
	memcpy(sa.sun_path, socket_path, strlen(socket_path) + 1);
	if (bind(s->lfd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(s->lfd, 4) < 0) {
		rc = -errno;
		goto fail_sock;
	}
	ev_io_init(&s->lw, listen_cb, s->lfd, EV_READ);
	*out = &s->p;
	return 0;

fail_sock:
	close(s->lfd);
fail_sief:
	munmap(s->sief, s->sief_size);
fail_gmem:
	if (s->sief_fd >= 0)
		close(s->sief_fd);
	rt_gmem_destroy(s->p.gmem);
fail:
	rt_log_fini(&s->own_log);
	pthread_mutex_destroy(&s->irq_lock);
	free(s);
	return rc;
}

void rt_partition_sim_set_log(struct rt_partition *p, struct rt_log *log)
{
	struct sim_part *s = to_sim(p);

	s->log.log = log;
}

int rt_partition_sim_connected(struct rt_partition *p)
{
	return to_sim(p)->hello;
}

static int set_cloexec(int fd)
{
	int fl = fcntl(fd, F_GETFD);

	return fl < 0 || fcntl(fd, F_SETFD, fl | FD_CLOEXEC) < 0 ? -errno : 0;
}

/* The listening socket is still bound to the configured path (a kept fd, not a new bind). */
static int sim_check_listen(struct rt_ss_reader *r, int lfd, const char *path)
{
	struct sockaddr_un sa;
	socklen_t sl = sizeof(sa);

	memset(&sa, 0, sizeof(sa));
	if (getsockname(lfd, (struct sockaddr *)&sa, &sl) < 0 || sa.sun_family != AF_UNIX)
		return rt_ss_fail(r, -EBADF, "sim partition: descriptor %d is not a Unix socket",
				  lfd);
	if (strncmp(sa.sun_path, path, sizeof(sa.sun_path)) != 0)
		return rt_ss_fail(
			r, -EINVAL,
			"sim partition: the kept socket is bound to %s, the configuration "
			"names %s",
			sa.sun_path, path);
	return 0;
}

/* A queued datagram must be one the host sends after HELLO, whole. */
static int sim_check_outmsg(struct rt_ss_reader *r, const struct pvss_sim_outmsg *o)
{
	struct sim_hdr h;

	memcpy(&h, o->dgram, sizeof(h));
	if (h.len != o->dgram_len ||
	    !((h.type == SIM_MSG_MESSAGE && h.len == sizeof(struct sim_message)) ||
	      (h.type == SIM_MSG_POST_STATUS && h.len == sizeof(struct sim_post_status))))
		return rt_ss_fail(r, -EINVAL,
				  "sim partition: queued datagram type %u of %u bytes is not a "
				  "MESSAGE or POST_STATUS",
				  h.type, o->dgram_len);
	if (h.type == SIM_MSG_MESSAGE) {
		struct sim_message msg;
		memcpy(&msg, o->dgram, sizeof(msg));
		if (msg.payload_len > SIM_PAYLOAD_MAX || msg.sint >= SIM_SINT_COUNT)
			return rt_ss_fail(r, -EINVAL, "sim partition: queued MESSAGE malformed");
	}
	return 0;
}

int rt_partition_sim_restore(struct ev_loop *loop, const char *socket_path, size_t mem_size,
			     uint32_t vp_count, struct rt_ss_reader *r, bool check_only,
			     struct rt_partition **out)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	struct pvss_sim_part sp;
	struct bind_ent *binds = NULL;
	struct outmsg *oq_head = NULL, **oq_tail = &oq_head;
	size_t nbinds = 0, noq = 0;
	struct sim_part *s = NULL;
	int rc;

	if (out)
		*out = NULL;
	if (!m)
		return -ENOMEM;
	if (rt_ss_take(r, PVSS_REC_TYPE_SIM_PART, m)) {
		rc = rt_ss_fail(r, -EINVAL,
				"saved state has no sim partition (SIM_PART) where "
				"one is configured");
		goto fail;
	}
	sp = m->u.sim_part;
	if (sp.vp_count != vp_count || sp.mem_size != mem_size) {
		rc = rt_ss_fail(
			r, -EINVAL,
			"sim partition: saved with %u VPs and %llu bytes, configured %u and "
			"%zu",
			sp.vp_count, (unsigned long long)sp.mem_size, vp_count, mem_size);
		goto fail;
	}
	if ((rc = rt_ss_claim_fd(r, sp.ram_fd, PVSS_FD_KIND_GUEST_RAM, 0, check_only)) ||
	    (rc = rt_ss_claim_fd(r, sp.sief_fd, PVSS_FD_KIND_SIM_SIEF, 0, check_only)) ||
	    (rc = rt_ss_claim_fd(r, sp.listen_fd, PVSS_FD_KIND_SIM_LISTEN, 0, check_only)))
		goto fail;
	if (sp.guest_state &&
	    ((rc = rt_ss_claim_fd(r, sp.guest_fd, PVSS_FD_KIND_SIM_GUEST, 0, check_only)) ||
	     (rc = rt_ss_claim_fd(r, sp.irq_fd, PVSS_FD_KIND_SIM_IRQ, 0, check_only))))
		goto fail;
	if (!check_only && (rc = sim_check_listen(r, (int)sp.listen_fd, socket_path)))
		goto fail;
	while (rt_ss_take(r, PVSS_REC_TYPE_SIM_BIND, m) == 0) {
		const struct pvss_sim_bind *b = &m->u.sim_bind;
		struct bind_ent *nb;

		for (size_t i = 0; i < nbinds; i++) {
			if (binds[i].connection_id == b->connection_id) {
				rc = rt_ss_fail(r, -EINVAL,
						"sim partition: connection %u bound twice",
						b->connection_id);
				goto fail;
			}
		}
		rc = rt_ss_claim_fd(r, b->efd, PVSS_FD_KIND_EVENTFD, b->connection_id, check_only);
		if (rc)
			goto fail;
		nb = realloc(binds, (nbinds + 1) * sizeof(*nb));
		if (!nb) {
			rc = -ENOMEM;
			goto fail;
		}
		binds = nb;
		binds[nbinds++] = (struct bind_ent){b->connection_id, (int)b->efd};
	}
	while (rt_ss_take(r, PVSS_REC_TYPE_SIM_OUTMSG, m) == 0) {
		struct outmsg *o;

		if (!sp.guest_state || ++noq > SIM_OUTQ_MAX) {
			rc = rt_ss_fail(r, -EINVAL,
					"sim partition: queued datagrams without a guest, "
					"or more than %d",
					SIM_OUTQ_MAX);
			goto fail;
		}
		if ((rc = sim_check_outmsg(r, &m->u.sim_outmsg)))
			goto fail;
		o = calloc(1, sizeof(*o));
		if (!o) {
			rc = -ENOMEM;
			goto fail;
		}
		o->len = m->u.sim_outmsg.dgram_len;
		o->fd = -1;
		memcpy(o->buf, m->u.sim_outmsg.dgram, o->len);
		*oq_tail = o;
		oq_tail = &o->next;
	}
	if (check_only) {
		rc = 0;
		goto fail;
	}

	s = sim_alloc(loop, socket_path, vp_count);
	if (!s) {
		rc = -ENOMEM;
		goto fail;
	}
	rc = rt_gmem_from_fd((int)sp.ram_fd, mem_size, &s->p.gmem);
	if (rc) {
		rt_ss_fail(r, rc, "sim partition: guest RAM: %s", strerror(-rc));
		goto fail_s;
	}
	s->sief_fd = (int)sp.sief_fd;
	s->sief_size = sp.sief_size;
	s->sief = mmap(NULL, s->sief_size, PROT_READ | PROT_WRITE, MAP_SHARED, s->sief_fd, 0);
	if (s->sief == MAP_FAILED) {
		rc = rt_ss_fail(r, -errno, "sim partition: SIEF pages: %s", strerror(errno));
		goto fail_gmem;
	}
	s->lfd = (int)sp.listen_fd;
	s->cfd = sp.guest_state ? (int)sp.guest_fd : -1;
	s->hello = sp.guest_state == 2;
	s->irq_sock = s->hello ? (int)sp.irq_fd : -1;
	s->irq_pending = sp.guest_state == 1 ? (int)sp.irq_fd : -1;
	s->binds = binds;
	s->nbinds = s->capbinds = nbinds;
	binds = NULL;
	for (size_t i = 0; i < s->nbinds; i++)
		set_cloexec(s->binds[i].efd);
	set_cloexec(rt_gmem_fd(s->p.gmem));
	set_cloexec(s->sief_fd);
	set_cloexec(s->lfd);
	if (s->cfd >= 0) {
		set_cloexec(s->cfd);
		set_cloexec((int)sp.irq_fd);
	}
	ev_io_init(&s->lw, listen_cb, s->lfd, EV_READ);
	if (s->cfd >= 0) {
		ev_io_init(&s->rw, read_cb, s->cfd, EV_READ);
		ev_io_init(&s->ww, write_cb, s->cfd, EV_WRITE);
	}
	/*
	 * The guest gets every route again before anything queued (BINDs were
	 * left out of the saved queue): a MESSAGE announcing an open channel
	 * never reaches it before the route for that channel.
	 */
	if (s->hello)
		for (size_t i = 0; i < s->nbinds; i++)
			send_bind(s, s->binds[i].connection_id, s->binds[i].efd);
	while (oq_head) {
		struct outmsg *o = oq_head;
		oq_head = o->next;
		o->next = NULL;
		if (s->oq_tail)
			s->oq_tail->next = o;
		else
			s->oq_head = o;
		s->oq_tail = o;
		s->oq_len++;
	}
	/* send_bind above may have written straight to the socket: stop any watcher it started. */
	ev_io_stop(loop, &s->ww);
	rt_ss_msg_release(m);
	*out = &s->p;
	return 0;

fail_gmem:
	rt_gmem_destroy(s->p.gmem);
fail_s:
	pthread_mutex_destroy(&s->irq_lock);
	rt_log_fini(&s->own_log);
	free(s);
fail:
	while (oq_head) {
		struct outmsg *o = oq_head;
		oq_head = o->next;
		free(o);
	}
	free(binds);
	rt_ss_msg_release(m);
	return rc;
}
