/*
 * The guest end of the sim partition. The host is trusted less than a real
 * hypervisor would be but more than a guest: sizes are still checked so a
 * broken paravisor fails a test instead of corrupting it.
 */
#include "runtime/sim_guest.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/un.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/sim_wire.h"
#include "runtime/util.h"

struct msg_node {
	struct msg_node *next;
	struct rt_sim_msg m;
};

struct guest_bind {
	uint32_t connection_id;
	int efd;
};

struct rt_sim_guest {
	int sock;
	int irq_sock;
	bool dead;
	struct rt_gmem *gmem;
	uint32_t vp_count;
	int sief_fd;
	uint8_t *sief;
	size_t sief_size;
	uint32_t seq;
	struct msg_node *q_head, *q_tail;
	struct guest_bind *binds;
	size_t nbinds, capbinds;
	/* The status of the POST we wait for, set by the receive path. */
	bool status_ready;
	uint32_t status_seq, status;
};

static int bind_set(struct rt_sim_guest *g, uint32_t conn, int efd)
{
	size_t i;

	for (i = 0; i < g->nbinds; i++)
		if (g->binds[i].connection_id == conn)
			break;
	if (i < g->nbinds) {
		close(g->binds[i].efd);
		if (efd < 0) {
			g->binds[i] = g->binds[--g->nbinds];
			return 0;
		}
		g->binds[i].efd = efd;
		return 0;
	}
	if (efd < 0)
		return 0;
	if (g->nbinds == g->capbinds) {
		size_t cap = g->capbinds ? 2 * g->capbinds : 16;
		struct guest_bind *nb = realloc(g->binds, cap * sizeof(*nb));

		if (!nb) {
			close(efd);
			return -ENOMEM;
		}
		g->binds = nb;
		g->capbinds = cap;
	}
	g->binds[g->nbinds].connection_id = conn;
	g->binds[g->nbinds].efd = efd;
	g->nbinds++;
	return 0;
}

/* Handles one datagram from the host. Returns 0 or -ENOTCONN/-EPROTO. */
static int handle(struct rt_sim_guest *g, const uint8_t *buf, ssize_t n, int *fds, int nfds)
{
	struct sim_hdr h;
	int k, rc = 0;

	memcpy(&h, buf, sizeof(h));
	if (h.len != (uint32_t)n) {
		rc = -EPROTO;
	} else if (h.type == SIM_MSG_MESSAGE && n == sizeof(struct sim_message)) {
		struct sim_message sm;
		struct msg_node *node;

		memcpy(&sm, buf, sizeof(sm));
		if (sm.payload_len > SIM_PAYLOAD_MAX)
			return -EPROTO;
		node = calloc(1, sizeof(*node));
		if (!node)
			return -ENOMEM;
		node->m.vp = sm.vp;
		node->m.sint = sm.sint;
		node->m.message_type = sm.message_type;
		node->m.len = sm.payload_len;
		memcpy(node->m.payload, sm.payload, sm.payload_len);
		if (g->q_tail)
			g->q_tail->next = node;
		else
			g->q_head = node;
		g->q_tail = node;
	} else if (h.type == SIM_MSG_POST_STATUS && n == sizeof(struct sim_post_status)) {
		struct sim_post_status st;

		memcpy(&st, buf, sizeof(st));
		g->status_ready = true;
		g->status_seq = st.seq;
		g->status = st.status;
	} else if (h.type == SIM_MSG_BIND && n == sizeof(struct sim_bind)) {
		struct sim_bind b;

		memcpy(&b, buf, sizeof(b));
		if (b.bound && nfds == 1) {
			rc = bind_set(g, b.connection_id, fds[0]);
			fds[0] = -1;
		} else if (!b.bound && nfds == 0) {
			rc = bind_set(g, b.connection_id, -1);
		} else {
			rc = -EPROTO;
		}
	} else {
		rc = -EPROTO;
	}
	for (k = 0; k < nfds; k++)
		if (fds[k] >= 0)
			close(fds[k]);
	return rc;
}

/* Receives and handles one datagram; waits up to timeout_ms. */
static int pump(struct rt_sim_guest *g, int timeout_ms)
{
	uint8_t buf[SIM_DGRAM_MAX];
	struct pollfd pfd = {.fd = g->sock, .events = POLLIN};
	int fds[SIM_MAX_FDS], nfds, rc;
	ssize_t n;

	if (g->dead)
		return -ENOTCONN;
	rc = poll(&pfd, 1, timeout_ms);
	if (rc < 0)
		return errno == EINTR ? -EAGAIN : -errno;
	if (rc == 0)
		return -EAGAIN;
	n = sim_recv(g->sock, buf, sizeof(buf), fds, &nfds, MSG_DONTWAIT);
	if (n == -EAGAIN)
		return -EAGAIN;
	if (n < (ssize_t)sizeof(struct sim_hdr)) {
		while (nfds > 0)
			close(fds[--nfds]);
		g->dead = true;
		return -ENOTCONN;
	}
	rc = handle(g, buf, n, fds, nfds);
	if (rc == -EPROTO) {
		fprintf(stderr, "sim guest: malformed datagram from host, disconnecting\n");
		g->dead = true;
		return -ENOTCONN;
	}
	return rc;
}

int rt_sim_guest_process(struct rt_sim_guest *g)
{
	int rc;

	while ((rc = pump(g, 0)) == 0)
		;
	return rc == -EAGAIN ? 0 : rc;
}

int rt_sim_guest_connect(const char *socket_path, struct rt_sim_guest **out, char *err,
			 size_t errlen)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	struct rt_sim_guest *g;
	struct sim_welcome w;
	struct sim_hello h = {.hdr = {.type = SIM_MSG_HELLO, .len = sizeof(h)},
			      .magic = SIM_MAGIC,
			      .version = SIM_VERSION};
	uint8_t buf[SIM_DGRAM_MAX];
	int fds[SIM_MAX_FDS], nfds = 0, rc;
	ssize_t n;

	if (err && errlen)
		err[0] = 0;
	if (strlen(socket_path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	memcpy(sa.sun_path, socket_path, strlen(socket_path) + 1);
	g = calloc(1, sizeof(*g));
	if (!g)
		return -ENOMEM;
	g->irq_sock = g->sief_fd = -1;
	g->sock = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (g->sock < 0) {
		rc = -errno;
		goto fail;
	}
	if (connect(g->sock, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		rc = -errno;
		goto fail;
	}
	n = sim_recv(g->sock, buf, sizeof(buf), fds, &nfds, 0);
	if (n >= (ssize_t)sizeof(struct sim_refused) &&
	    ((struct sim_hdr *)buf)->type == SIM_MSG_REFUSED) {
		struct sim_refused r;

		memcpy(&r, buf, sizeof(r));
		r.reason[sizeof(r.reason) - 1] = 0;
		if (err && errlen)
			snprintf(err, errlen, "%s", r.reason);
		rc = -EBUSY;
		goto fail_fds;
	}
	if (n != (ssize_t)sizeof(w) || nfds != 3) {
		rc = n < 0 ? (int)n : -EPROTO;
		goto fail_fds;
	}
	memcpy(&w, buf, sizeof(w));
	if (w.hdr.type != SIM_MSG_WELCOME || w.magic != SIM_MAGIC || w.version != SIM_VERSION ||
	    w.vp_count == 0 || w.sief_size != (uint64_t)w.vp_count * RT_PAGE_SIZE) {
		rc = -EPROTO;
		goto fail_fds;
	}
	rc = rt_gmem_from_fd(fds[0], w.mem_size, &g->gmem);
	if (rc < 0)
		goto fail_fds;
	fds[0] = -1;
	g->sief_fd = fds[1];
	fds[1] = -1;
	g->irq_sock = fds[2];
	fds[2] = -1;
	g->sief_size = w.sief_size;
	g->vp_count = w.vp_count;
	g->sief = mmap(NULL, g->sief_size, PROT_READ | PROT_WRITE, MAP_SHARED, g->sief_fd, 0);
	if (g->sief == MAP_FAILED) {
		g->sief = NULL;
		rc = -errno;
		goto fail;
	}
	rc = sim_send(g->sock, &h, sizeof(h), NULL, 0, 0);
	if (rc < 0)
		goto fail;
	*out = g;
	return 0;

fail_fds:
	while (nfds > 0)
		if (fds[--nfds] >= 0)
			close(fds[nfds]);
fail:
	rt_sim_guest_close(g);
	return rc;
}

void rt_sim_guest_close(struct rt_sim_guest *g)
{
	size_t i;

	if (!g)
		return;
	if (g->sock >= 0)
		close(g->sock);
	if (g->irq_sock >= 0)
		close(g->irq_sock);
	if (g->sief)
		munmap(g->sief, g->sief_size);
	if (g->sief_fd >= 0)
		close(g->sief_fd);
	rt_gmem_destroy(g->gmem);
	for (i = 0; i < g->nbinds; i++)
		close(g->binds[i].efd);
	free(g->binds);
	while (g->q_head) {
		struct msg_node *n = g->q_head;

		g->q_head = n->next;
		free(n);
	}
	free(g);
}

struct rt_gmem *rt_sim_guest_gmem(struct rt_sim_guest *g)
{
	return g->gmem;
}

uint32_t rt_sim_guest_vp_count(const struct rt_sim_guest *g)
{
	return g->vp_count;
}

int rt_sim_guest_post(struct rt_sim_guest *g, uint32_t connection_id, uint32_t message_type,
		      const void *payload, size_t len, enum rt_hv_status *status)
{
	struct sim_post m = {.hdr = {.type = SIM_MSG_POST, .len = sizeof(m)}};
	int rc;

	if (len > SIM_PAYLOAD_MAX)
		return -EINVAL;
	if (g->dead)
		return -ENOTCONN;
	m.seq = ++g->seq;
	m.connection_id = connection_id;
	m.message_type = message_type;
	m.payload_len = (uint32_t)len;
	if (len) /* an empty post may come with no buffer: memcpy's NULL is undefined */
		memcpy(m.payload, payload, len);
	g->status_ready = false;
	rc = sim_send(g->sock, &m, sizeof(m), NULL, 0, 0);
	if (rc < 0) {
		g->dead = true;
		return -ENOTCONN;
	}
	/* A hypercall does not return before the host answers it. */
	while (!g->status_ready) {
		rc = pump(g, -1);
		if (rc < 0 && rc != -EAGAIN)
			return rc;
	}
	if (g->status_seq != m.seq)
		return -EPROTO;
	*status = (enum rt_hv_status)g->status;
	return 0;
}

int rt_sim_guest_recv(struct rt_sim_guest *g, struct rt_sim_msg *m, int timeout_ms)
{
	int rc;

	while (!g->q_head) {
		rc = pump(g, timeout_ms);
		if (rc == -EAGAIN && timeout_ms < 0)
			continue;
		if (rc < 0)
			return rc;
	}
	struct msg_node *n = g->q_head;

	g->q_head = n->next;
	if (!g->q_head)
		g->q_tail = NULL;
	*m = n->m;
	free(n);
	return 0;
}

int rt_sim_guest_signal(struct rt_sim_guest *g, uint32_t connection_id)
{
	uint64_t one = 1;
	size_t i;
	int rc;

	/* Bindings travel on the socket: take the ones already sent. */
	rc = rt_sim_guest_process(g);
	if (rc < 0)
		return rc;
	for (i = 0; i < g->nbinds; i++) {
		if (g->binds[i].connection_id == connection_id) {
			if (write(g->binds[i].efd, &one, sizeof(one)) < 0 && errno != EAGAIN)
				return -errno;
			return 0;
		}
	}
	return -ENOENT;
}

int rt_sim_guest_irq_fd(const struct rt_sim_guest *g)
{
	return g->irq_sock;
}

int rt_sim_guest_sock_fd(const struct rt_sim_guest *g)
{
	return g->sock;
}

int rt_sim_guest_take_events(struct rt_sim_guest *g, uint32_t vp, uint32_t sint, uint32_t *flags,
			     size_t max)
{
	uint8_t *slot, drain[64];
	size_t n = 0;
	uint32_t byte;

	if (vp >= g->vp_count || sint >= SIM_SINT_COUNT)
		return -EINVAL;
	/* Clear the interrupt first so a flag set after the scan re-arms it. */
	while (recv(g->irq_sock, drain, sizeof(drain), MSG_DONTWAIT) > 0)
		;
	slot = g->sief + (size_t)vp * RT_PAGE_SIZE + sint * SIM_SIEF_SLOT;
	for (byte = 0; byte < SIM_SIEF_SLOT && n < max; byte++) {
		uint8_t bits;

		if (!__atomic_load_n(&slot[byte], __ATOMIC_RELAXED))
			continue;
		for (int b = 0; b < 8 && n < max; b++) {
			uint8_t mask = (uint8_t)(1u << b);

			bits = __atomic_fetch_and(&slot[byte], (uint8_t)~mask, __ATOMIC_SEQ_CST);
			if (bits & mask)
				flags[n++] = byte * 8 + (uint32_t)b;
		}
	}
	return (int)n;
}
