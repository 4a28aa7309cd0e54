/*
 * pvdev's server: requests of spec/pcisock.yaml onto the emu PCI backend
 * (see pvdev.h). One thread (the caller of pvdev_serve) takes requests in
 * order; the emulator runs its queues on its own thread and does its DMA
 * through the emu backend's map table, which this file fills.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/nvme/nvme_emu.h"
#include "drivers/pci.h"
#include "pcisock_codec.h"
#include "runtime/fdsock.h"
#include "runtime/log.h"
#include "runtime/pcidev.h"
#include "runtime/util.h"
#include "tools/pvdev/pvdev.h"

#define PVDEV_MAX_MAPS 32 /* not protocol: as the emu backend's table */

struct pvdev_map {
	uint64_t iova, len;
	void *va;
};

struct pvdev {
	struct pci_dev *pci; /* the emu backend, owning the emulator */
	struct pcidev *emu;
	struct rt_log_obj lo;
	struct pvdev_map maps[PVDEV_MAX_MAPS];
	unsigned nmaps;
	int *vec_fd; /* [nvec]: the descriptor each vector is written to, -1 none */
	unsigned nvec;
	uint64_t requests, bad_requests;

	/* the request being handled */
	const struct pcisock_msg *m;
	int *fds;
	int nfds;
	struct pcisock_msg rep;
};

/* Takes the request's one descriptor (NULL-safe: -1 when it has none or more). */
static int take_fd(struct pvdev *s)
{
	int fd;

	if (s->nfds != 1)
		return -1;
	fd = s->fds[0];
	s->nfds = 0;
	return fd;
}

static int refuse(struct pvdev *s, const char *what)
{
	s->bad_requests++;
	rt_log_rl(&s->lo, RT_LOG_WARN, "refused %s: %s", pcisock_msg_type_name(s->m->type), what);
	return -EINVAL;
}

static bool bar_ok(const struct pvdev *s, unsigned bar, uint64_t off, unsigned width)
{
	uint64_t size = s->pci->bar_size[bar];

	return size && width <= size && off <= size - width;
}

static int status(struct pvdev *s, int rc)
{
	s->rep.type = PCISOCK_MSG_TYPE_STATUS;
	s->rep.u.status.status = rc;
	return 0;
}

static int on_hello(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;
	struct pcisock_hello_reply *h = &s->rep.u.hello_reply;

	(void)m;
	s->rep.type = PCISOCK_MSG_TYPE_HELLO_REPLY;
	h->version = PCISOCK_VERSION_V1;
	h->pid = (uint32_t)getpid();
	h->vendor = s->pci->vendor;
	h->device = s->pci->device;
	h->class_code = s->pci->class_code;
	h->msix_vectors = s->pci->msix_vectors;
	for (unsigned i = 0; i < PCISOCK_BARS; i++)
		h->bar_size[i] = s->pci->bar_size[i];
	strncpy((char *)h->name, s->pci->name, sizeof(h->name));
	return 0;
}

static int on_bar_read(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;
	const struct pcisock_bar_read *r = &m->u.bar_read;

	s->rep.type = PCISOCK_MSG_TYPE_READ_REPLY;
	if (!bar_ok(s, r->bar, r->offset, r->width)) {
		s->rep.u.read_reply.status = refuse(s, "outside the BAR");
		return 0;
	}
	s->rep.u.read_reply.value = r->width == PCISOCK_WIDTH_W32
					    ? pci_read32(s->pci, r->bar, r->offset)
					    : pci_read64(s->pci, r->bar, r->offset);
	return 0;
}

static int on_bar_write(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;
	const struct pcisock_bar_write *w = &m->u.bar_write;

	if (!bar_ok(s, w->bar, w->offset, w->width)) {
		refuse(s, "outside the BAR");
		return 0;
	}
	if (w->width == PCISOCK_WIDTH_W32)
		pci_write32(s->pci, w->bar, w->offset, (uint32_t)w->value);
	else
		pci_write64(s->pci, w->bar, w->offset, w->value);
	return 0;
}

static int on_dma_map(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;
	const struct pcisock_dma_map *d = &m->u.dma_map;
	int fd = take_fd(s), rc;
	struct stat st;
	void *va;

	if (fd < 0)
		return status(s, refuse(s, "not exactly one descriptor"));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size < d->fd_offset ||
	    (uint64_t)st.st_size - d->fd_offset < d->len) {
		close(fd);
		return status(s, refuse(s, "the descriptor is no memfd that large"));
	}
	if (s->nmaps == PVDEV_MAX_MAPS) {
		close(fd);
		return status(s, -ENOSPC);
	}
	va = mmap(NULL, d->len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (off_t)d->fd_offset);
	rc = va == MAP_FAILED ? -errno : 0;
	close(fd);
	if (rc)
		return status(s, rc);
	/* The emu backend's table refuses overlaps and alignment errors. */
	rc = pci_dma_map(s->pci, va, d->iova, d->len);
	if (rc) {
		munmap(va, d->len);
		return status(s, rc);
	}
	s->maps[s->nmaps++] = (struct pvdev_map){.iova = d->iova, .len = d->len, .va = va};
	return status(s, 0);
}

static int on_dma_unmap(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;
	const struct pcisock_dma_unmap *d = &m->u.dma_unmap;
	int rc = pci_dma_unmap(s->pci, d->iova, d->len);

	if (rc)
		return status(s, rc);
	/* Out of the table first: no DMA walks it after this; then the pages go. */
	for (unsigned i = 0; i < s->nmaps; i++) {
		if (s->maps[i].iova == d->iova && s->maps[i].len == d->len) {
			munmap(s->maps[i].va, s->maps[i].len);
			s->maps[i] = s->maps[--s->nmaps];
			break;
		}
	}
	return status(s, 0);
}

/* /proc/self/fd names an eventfd "anon_inode:[eventfd]". */
static bool is_eventfd(int fd)
{
	char path[64], link[64];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		return false;
	link[n] = 0;
	return !strcmp(link, "anon_inode:[eventfd]");
}

static int on_irq_set(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;
	const struct pcisock_irq_set *q = &m->u.irq_set;
	bool connect = q->flags & PCISOCK_IRQ_FLAGS_CONNECT;
	int fd = connect ? take_fd(s) : -1;

	if (q->vector >= s->pci->msix_vectors || (connect && fd < 0) || (!connect && s->nfds) ||
	    (fd >= 0 && !is_eventfd(fd))) {
		if (fd >= 0)
			close(fd);
		return status(s, refuse(s, "vector out of range or no eventfd"));
	}
	if (!connect)
		return status(s, pci_irq_set(s->pci, q->vector, -1));
	if (s->vec_fd[q->vector] < 0) {
		s->vec_fd[q->vector] = fd;
	} else {
		/*
		 * The vector keeps its descriptor number and dup3 swaps what it
		 * names in one step: the emulator's thread may be writing to it
		 * right now, and must reach the old eventfd or the new one, never a
		 * closed or reused number.
		 */
		int rc = dup3(fd, s->vec_fd[q->vector], O_CLOEXEC) < 0 ? -errno : 0;

		close(fd);
		if (rc)
			return status(s, rc);
	}
	return status(s, pci_irq_set(s->pci, q->vector, s->vec_fd[q->vector]));
}

static int on_bus_master(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;

	return status(s, pci_bus_master(s->pci, m->u.bus_master.enable != 0));
}

static int on_reset(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;

	(void)m;
	return status(s, pci_reset(s->pci));
}

static int on_stats(void *ctx, const struct pcisock_msg *m)
{
	struct pvdev *s = ctx;
	struct pcisock_stats_reply *r = &s->rep.u.stats_reply;
	struct pci_emu_stats bus;
	struct nvme_emu_stats es;

	(void)m;
	s->rep.type = PCISOCK_MSG_TYPE_STATS_REPLY;
	pci_emu_stats(s->pci, &bus);
	if (nvme_emu_get_stats(s->emu, &es) == 0) {
		r->enables = es.enables;
		r->resets = es.resets;
		r->admin_commands = es.admin_commands;
		r->io_commands = es.commands - es.admin_commands;
		r->completions = es.completions;
	}
	r->dma_faults = bus.dma_faults;
	r->irqs = bus.irqs;
	r->irqs_dropped = bus.irqs_dropped;
	r->maps = s->nmaps;
	r->requests = s->requests;
	r->bad_requests = s->bad_requests;
	return 0;
}

static const struct pcisock_msg_handlers handlers = {
	.hello = on_hello,
	.bar_read = on_bar_read,
	.bar_write = on_bar_write,
	.dma_map = on_dma_map,
	.dma_unmap = on_dma_unmap,
	.irq_set = on_irq_set,
	.bus_master = on_bus_master,
	.reset = on_reset,
	.stats = on_stats,
};

size_t pvdev_handle(struct pvdev *s, const void *buf, size_t len, int *fds, int nfds, void *out)
{
	const struct pv_codec_ctx rx = {.dir = PV_DIR_TO_HOST}, tx = {.dir = PV_DIR_TO_GUEST};
	struct pcisock_msg m;
	struct pcisock_hdr h = {0};
	enum pv_codec_err e;
	int n = 0;

	s->requests++;
	memset(&s->rep, 0, sizeof(s->rep));
	e = pcisock_msg_decode(buf, len, &rx, &m);
	s->m = &m;
	s->fds = fds;
	s->nfds = nfds;
	if (e != PV_OK) {
		/* The header alone, if it is whole: the seq to answer to. */
		bool hdr_ok = len >= PCISOCK_HDR_SIZE &&
			      pcisock_hdr_decode(buf, PCISOCK_HDR_SIZE, NULL, &h) == PV_OK;

		m.type = hdr_ok ? h.type : 0;
		s->bad_requests++;
		rt_log_rl(&s->lo, RT_LOG_WARN, "refused a request (type %u, %zu bytes): %s",
			  hdr_ok ? h.type : 0, len, pv_codec_err_name(e));
		if (!hdr_ok || h.type == PCISOCK_MSG_TYPE_BAR_WRITE)
			goto out; /* nothing to answer (a posted write) or no seq to answer to */
		status(s, -EINVAL);
	} else {
		h = m.u.hello.hdr;
		/* The decoder's direction check keeps replies out; a slot never filled refuses. */
		if (pcisock_msg_dispatch(&handlers, s, &m))
			status(s, refuse(s, "not a request"));
		else if (s->nfds)
			refuse(s,
			       "descriptors it does not take"); /* done anyway; they are closed */
	}
	if (s->rep.type) {
		s->rep.u.hello.hdr = (struct pcisock_hdr){.type = s->rep.type, .seq = h.seq};
		n = pcisock_msg_encode(&s->rep, &tx, out, PCISOCK_MAX_MSG);
		if (n < 0) {
			rt_log_err(&s->lo, "cannot encode the reply to %s: %s",
				   pcisock_msg_type_name(m.type),
				   pv_codec_err_name((enum pv_codec_err) - n));
			n = 0;
		}
	}
out:
	while (s->nfds > 0)
		close(s->fds[--s->nfds]);
	s->m = NULL;
	return (size_t)n;
}

int pvdev_serve(struct pvdev *s, int sock)
{
	uint8_t buf[PCISOCK_MAX_MSG + 1], out[PCISOCK_MAX_MSG];

	for (;;) {
		int fds[RT_FDSOCK_MAX_FDS], nfds = 0, rc;
		ssize_t n = rt_fdsock_recv(sock, buf, sizeof(buf), fds, &nfds, 0);
		size_t r;

		if (n == 0)
			return 0; /* the driver's every copy of the socket is closed */
		if (n == -EMSGSIZE) {
			s->bad_requests++;
			rt_log_rl(&s->lo, RT_LOG_WARN, "refused a datagram longer than %d bytes",
				  PCISOCK_MAX_MSG);
			continue;
		}
		if (n == -ECONNRESET)
			return 0; /* closed with requests unread: the same end */
		if (n < 0)
			return (int)n;
		r = pvdev_handle(s, buf, (size_t)n, fds, nfds, out);
		if (r && (rc = rt_fdsock_send(sock, out, r, NULL, 0, 0)))
			return rc == -EPIPE || rc == -ECONNRESET ? 0 : rc;
	}
}

int pvdev_create(struct pcidev *emu, struct rt_log *log, struct pvdev **out)
{
	struct pvdev *s = calloc(1, sizeof(*s));
	int rc;

	if (!s) {
		emu->ops->destroy(emu);
		return -ENOMEM;
	}
	rc = pci_emu_open(emu, log, &s->pci);
	if (rc) {
		emu->ops->destroy(emu);
		free(s);
		return rc;
	}
	s->emu = emu;
	s->vec_fd = malloc(sizeof(*s->vec_fd) * (s->pci->msix_vectors ? s->pci->msix_vectors : 1));
	if (!s->vec_fd) {
		pci_close(s->pci);
		free(s);
		return -ENOMEM;
	}
	s->nvec = s->pci->msix_vectors;
	for (unsigned i = 0; i < s->nvec; i++)
		s->vec_fd[i] = -1;
	rt_log_obj_init(&s->lo, log, "pvdev[%s]", s->pci->name);
	*out = s;
	return 0;
}

void pvdev_destroy(struct pvdev *s)
{
	if (!s)
		return;
	/* The emulator's thread stops first: nothing walks the table or writes a vector after. */
	pci_close(s->pci);
	for (unsigned i = 0; i < s->nmaps; i++)
		munmap(s->maps[i].va, s->maps[i].len);
	for (unsigned i = 0; i < s->nvec; i++)
		if (s->vec_fd[i] >= 0)
			close(s->vec_fd[i]);
	free(s->vec_fd);
	free(s);
}

struct pci_dev *pvdev_pci(struct pvdev *s)
{
	return s->pci;
}
