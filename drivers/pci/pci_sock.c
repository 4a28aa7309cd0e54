/*
 * The sock backend of the PCI interface (drivers/pci.h): a function
 * emulated in another process, reached over an AF_UNIX SOCK_SEQPACKET
 * socket with the messages of spec/pcisock.yaml (generated codec both
 * ways).
 *
 * One request at a time (a mutex over send and reply): every request but
 * BAR_WRITE waits for its reply, bounded by the timeout; BAR_WRITE is posted
 * like a PCI memory write (the socket keeps order, so a later reply means
 * it was done). The process is hostile like any device: a reply that does
 * not decode, has another type or seq than the request's, comes with
 * descriptors, or does not come within the bound, makes the function gone
 * (-ENODEV from then on, reads all ones) with one error line; the driver
 * above sees a device that went away (CSTS all ones for NVMe).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "drivers/pci.h"
#include "pcisock_codec.h"
#include "runtime/fdsock.h"
#include "runtime/log.h"
#include "runtime/util.h"

#define PCI_SOCK_REAP_MS 2000 /* not protocol: how long close waits for its child */

struct pci_sock {
	struct pci_dev pub;
	struct rt_log_obj lo;
	int fd;
	pid_t child;      /* the device process when we started it, else 0 */
	uint32_t dev_pid; /* the process's own word (HELLO_REPLY): for logs and stats only */
	unsigned timeout_ms;

	pthread_mutex_t lock; /* one request at a time; protects what follows */
	uint32_t seq;
	const char *gone; /* why the function is gone, NULL while it answers */
	uint64_t bad_replies, timeouts;
};

static struct pci_sock *to_sock(struct pci_dev *d)
{
	return rt_container_of(d, struct pci_sock, pub);
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Caller holds lock. From now on every request fails; said once. */
static int mark_gone(struct pci_sock *ps, const char *why, int rc)
{
	if (!ps->gone) {
		ps->gone = why;
		rt_log_err(&ps->lo, "device process %s: the function is gone", why);
	}
	return rc;
}

/*
 * Sends *req (its type set; seq filled in here) with descriptor sendfd
 * (-1: none) and, unless want is 0 (posted), waits for the reply of type
 * want with the same seq into *rep. Returns 0 or a negative errno.
 */
static int xfer(struct pci_sock *ps, struct pcisock_msg *req, int sendfd, uint32_t want,
		struct pcisock_msg *rep)
{
	uint8_t buf[PCISOCK_MAX_MSG];
	const struct pv_codec_ctx tx = {.dir = PV_DIR_TO_HOST}, rx = {.dir = PV_DIR_TO_GUEST};
	int n, rc = 0;

	pthread_mutex_lock(&ps->lock);
	if (ps->gone) {
		rc = -ENODEV;
		goto out;
	}
	req->u.hello.hdr = (struct pcisock_hdr){.type = req->type, .seq = ++ps->seq};
	n = pcisock_msg_encode(req, &tx, buf, sizeof(buf));
	if (n < 0) {
		/* Our own request does not pass the spec's checks: our bug, not the device's. */
		rt_log_rl(&ps->lo, RT_LOG_ERROR, "refused to send %s: %s",
			  pcisock_msg_type_name(req->type),
			  pv_codec_err_name((enum pv_codec_err) - n));
		rc = -EINVAL;
		goto out;
	}
	rc = rt_fdsock_send(ps->fd, buf, (size_t)n, &sendfd, sendfd >= 0 ? 1 : 0, 0);
	if (rc) {
		rc = mark_gone(ps, rc == -EAGAIN ? "took no request within the bound" : "is gone",
			       -ENODEV);
		goto out;
	}
	if (!want)
		goto out;
	for (uint64_t end = now_ms() + ps->timeout_ms;;) {
		struct pollfd p = {.fd = ps->fd, .events = POLLIN};
		uint64_t t = now_ms();
		int fds[RT_FDSOCK_MAX_FDS], nfds = 0;
		enum pv_codec_err e;
		ssize_t got;

		if (t >= end || (rc = poll(&p, 1, (int)(end - t))) == 0) {
			ps->timeouts++;
			rt_log_err(&ps->lo, "no reply to %s within %u ms",
				   pcisock_msg_type_name(req->type), ps->timeout_ms);
			rc = mark_gone(ps, "is silent", -ETIMEDOUT);
			goto out;
		}
		if (rc < 0 && errno == EINTR)
			continue;
		got = rt_fdsock_recv(ps->fd, buf, sizeof(buf), fds, &nfds, MSG_DONTWAIT);
		for (int i = 0; i < nfds; i++)
			close(fds[i]);
		if (got == -EAGAIN || got == -EINTR)
			continue;
		if (got <= 0 && got != -EMSGSIZE) {
			rc = mark_gone(ps, "closed the socket (exited?)", -ENODEV);
			goto out;
		}
		e = got < 0 ? PV_ERR_LONG : pcisock_msg_decode(buf, (size_t)got, &rx, rep);
		if (e != PV_OK || nfds || rep->type != want || rep->u.hello.hdr.seq != ps->seq) {
			ps->bad_replies++;
			rt_log_err(&ps->lo,
				   "bad reply to %s (seq %u): %s%s, type %u seq %u, %zd bytes",
				   pcisock_msg_type_name(req->type), ps->seq, pv_codec_err_name(e),
				   nfds ? ", with descriptors" : "", e == PV_OK ? rep->type : 0,
				   e == PV_OK ? rep->u.hello.hdr.seq : 0, got);
			rc = mark_gone(ps, "answered out of turn", -EPROTO);
			goto out;
		}
		rc = 0;
		break;
	}
out:
	pthread_mutex_unlock(&ps->lock);
	return rc;
}

/* A request answered by STATUS: its status (0 or -errno). */
static int xfer_status(struct pci_sock *ps, struct pcisock_msg *req, int sendfd)
{
	struct pcisock_msg rep;
	int rc = xfer(ps, req, sendfd, PCISOCK_MSG_TYPE_STATUS, &rep);

	return rc ? rc : rep.u.status.status;
}

/* ------------------------------------------------------------------ */
/* Register access                                                     */

/* Our own driver's access: a bad one is our bug, refused and logged (as pci_emu). */
static bool access_ok(struct pci_sock *ps, unsigned bar, uint64_t off, unsigned len)
{
	if (bar < PCISOCK_BARS && ps->pub.bar_size[bar] && rt_is_aligned(off, (uint64_t)len) &&
	    off <= ps->pub.bar_size[bar] - len)
		return true;
	rt_log_rl(&ps->lo, RT_LOG_ERROR, "refused %u-byte access to BAR%u+0x%llx", len, bar,
		  (unsigned long long)off);
	return false;
}

static uint64_t sock_read(struct pci_dev *d, unsigned bar, uint64_t off, uint8_t width)
{
	struct pci_sock *ps = to_sock(d);
	uint64_t ones = width == PCISOCK_WIDTH_W32 ? UINT32_MAX : UINT64_MAX;
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_BAR_READ}, rep;

	if (!access_ok(ps, bar, off, width))
		return ones;
	req.u.bar_read.bar = (uint8_t)bar;
	req.u.bar_read.width = width;
	req.u.bar_read.offset = off;
	if (xfer(ps, &req, -1, PCISOCK_MSG_TYPE_READ_REPLY, &rep) || rep.u.read_reply.status)
		return ones;
	if (rep.u.read_reply.value > ones) {
		pthread_mutex_lock(&ps->lock);
		ps->bad_replies++;
		mark_gone(ps, "answered a 4-byte read with 8 bytes", 0);
		pthread_mutex_unlock(&ps->lock);
		return ones;
	}
	return rep.u.read_reply.value;
}

static void sock_write(struct pci_dev *d, unsigned bar, uint64_t off, uint64_t v, uint8_t width)
{
	struct pci_sock *ps = to_sock(d);
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_BAR_WRITE};

	if (!access_ok(ps, bar, off, width))
		return;
	req.u.bar_write.bar = (uint8_t)bar;
	req.u.bar_write.width = width;
	req.u.bar_write.offset = off;
	req.u.bar_write.value = v;
	xfer(ps, &req, -1, 0, NULL);
}

static uint32_t sock_read32(struct pci_dev *d, unsigned bar, uint64_t off)
{
	return (uint32_t)sock_read(d, bar, off, PCISOCK_WIDTH_W32);
}

static void sock_write32(struct pci_dev *d, unsigned bar, uint64_t off, uint32_t v)
{
	sock_write(d, bar, off, v, PCISOCK_WIDTH_W32);
}

static uint64_t sock_read64(struct pci_dev *d, unsigned bar, uint64_t off)
{
	return sock_read(d, bar, off, PCISOCK_WIDTH_W64);
}

static void sock_write64(struct pci_dev *d, unsigned bar, uint64_t off, uint64_t v)
{
	sock_write(d, bar, off, v, PCISOCK_WIDTH_W64);
}

/* ------------------------------------------------------------------ */

static int sock_irq_set(struct pci_dev *d, uint32_t vector, int efd)
{
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_IRQ_SET};

	if (vector >= d->msix_vectors)
		return -EINVAL;
	req.u.irq_set.vector = vector;
	req.u.irq_set.flags = efd >= 0 ? PCISOCK_IRQ_FLAGS_CONNECT : 0;
	return xfer_status(to_sock(d), &req, efd >= 0 ? efd : -1);
}

static int sock_dma_map(struct pci_dev *d, void *va, uint64_t iova, uint64_t len)
{
	(void)va;
	rt_log_rl(&to_sock(d)->lo, RT_LOG_ERROR,
		  "DMA map of %llu bytes at 0x%llx without its descriptor: the device process "
		  "reaches only memfds",
		  (unsigned long long)len, (unsigned long long)iova);
	return -EOPNOTSUPP;
}

static int sock_dma_map_fd(struct pci_dev *d, int fd, uint64_t fd_off, void *va, uint64_t iova,
			   uint64_t len)
{
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_DMA_MAP};

	(void)va;
	if (fd < 0)
		return -EBADF;
	req.u.dma_map.iova = iova;
	req.u.dma_map.len = len;
	req.u.dma_map.fd_offset = fd_off;
	return xfer_status(to_sock(d), &req, fd);
}

static int sock_dma_unmap(struct pci_dev *d, uint64_t iova, uint64_t len)
{
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_DMA_UNMAP};

	req.u.dma_unmap.iova = iova;
	req.u.dma_unmap.len = len;
	return xfer_status(to_sock(d), &req, -1);
}

static int sock_bus_master(struct pci_dev *d, bool on)
{
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_BUS_MASTER};

	req.u.bus_master.enable = on;
	return xfer_status(to_sock(d), &req, -1);
}

static int sock_reset(struct pci_dev *d)
{
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_RESET};

	return xfer_status(to_sock(d), &req, -1);
}

/* Waits (bounded) for our child to exit after its socket closed; then it is killed. */
static void reap(struct pci_sock *ps)
{
	int pfd, status;

	if (ps->child <= 0)
		return;
	pfd = (int)syscall(SYS_pidfd_open, ps->child, 0);
	if (pfd >= 0) {
		struct pollfd p = {.fd = pfd, .events = POLLIN};

		while (poll(&p, 1, PCI_SOCK_REAP_MS) < 0 && errno == EINTR)
			;
		close(pfd);
	}
	if (waitpid(ps->child, &status, WNOHANG) == 0) {
		rt_log_warn(&ps->lo,
			    "device process %d still running %d ms after its socket "
			    "closed: killed",
			    (int)ps->child, PCI_SOCK_REAP_MS);
		kill(ps->child, SIGKILL);
		waitpid(ps->child, &status, 0);
	}
}

static void sock_close(struct pci_dev *d)
{
	struct pci_sock *ps = to_sock(d);

	close(ps->fd);
	reap(ps);
	pthread_mutex_destroy(&ps->lock);
	free(ps);
}

static const struct pci_dev_ops sock_ops = {
	.read32 = sock_read32,
	.write32 = sock_write32,
	.read64 = sock_read64,
	.write64 = sock_write64,
	.irq_set = sock_irq_set,
	.dma_map = sock_dma_map,
	.dma_map_fd = sock_dma_map_fd,
	.dma_unmap = sock_dma_unmap,
	.bus_master = sock_bus_master,
	.reset = sock_reset,
	.close = sock_close,
};

/* HELLO: the function as the process describes it, checked before use. */
static int hello(struct pci_sock *ps)
{
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_HELLO}, rep;
	const struct pcisock_hello_reply *h = &rep.u.hello_reply;
	char name[PCISOCK_NAME_LEN + 1];
	int rc;

	req.u.hello.version = PCISOCK_VERSION_V1;
	rc = xfer(ps, &req, -1, PCISOCK_MSG_TYPE_HELLO_REPLY, &rep);
	if (rc)
		return rc;
	for (unsigned i = 0; i < PCISOCK_BARS; i++) {
		uint64_t sz = h->bar_size[i];

		if (sz && (sz < RT_PAGE_SIZE || (sz & (sz - 1)))) {
			pthread_mutex_lock(&ps->lock);
			ps->bad_replies++;
			rc = mark_gone(ps,
				       "described a BAR that is no power of two of 4 KiB or more",
				       -EPROTO);
			pthread_mutex_unlock(&ps->lock);
			return rc;
		}
		ps->pub.bar_size[i] = sz;
	}
	memcpy(name, h->name, PCISOCK_NAME_LEN);
	name[PCISOCK_NAME_LEN] = 0;
	for (char *p = name; *p; p++)
		if (*p < 0x20 || *p > 0x7e)
			*p = '?';
	snprintf(ps->pub.name, sizeof(ps->pub.name), "%s", name[0] ? name : "sock");
	ps->pub.vendor = h->vendor;
	ps->pub.device = h->device;
	ps->pub.class_code = h->class_code;
	ps->pub.msix_vectors = h->msix_vectors;
	ps->dev_pid = h->pid;
	rt_log_info(&ps->lo, "%s: %04x:%04x, %u MSI-X vectors, device process %u", ps->pub.name,
		    h->vendor, h->device, h->msix_vectors, h->pid);
	return 0;
}

int pci_sock_open(int fd, unsigned timeout_ms, struct rt_log *log, struct pci_dev **out)
{
	struct pci_sock *ps;
	int rc;

	if (fd < 0)
		return -EBADF;
	ps = calloc(1, sizeof(*ps));
	if (!ps) {
		close(fd);
		return -ENOMEM;
	}
	ps->fd = fd;
	ps->timeout_ms = timeout_ms ? timeout_ms : PCI_SOCK_TIMEOUT_MS;
	pthread_mutex_init(&ps->lock, NULL);
	ps->pub.ops = &sock_ops;
	ps->pub.backend = "sock";
	rt_log_obj_init(&ps->lo, log, "pci-sock[%d]", fd);
	{
		/* A full socket (a process that stopped reading) is a silent one too. */
		struct timeval tv = {.tv_sec = ps->timeout_ms / 1000,
				     .tv_usec = (ps->timeout_ms % 1000) * 1000};

		setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	}
	rc = hello(ps);
	if (rc) {
		sock_close(&ps->pub);
		return rc;
	}
	/*
	 * A socket kept across our exec: the process we started before is still
	 * our child (exec keeps the pid), ours to reap at close. The pid is the
	 * process's own word: it is only taken if it names a child of ours.
	 */
	{
		siginfo_t si;

		if (waitid(P_PID, (id_t)ps->dev_pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0)
			ps->child = (pid_t)ps->dev_pid;
	}
	*out = &ps->pub;
	return 0;
}

int pci_sock_spawn(const char *prog, const char *const *args, unsigned timeout_ms,
		   struct rt_log *log, struct pci_dev **out)
{
	const char *argv[32];
	unsigned n = 0;
	int sv[2], rc;
	pid_t pid;

	argv[n++] = prog;
	for (; args && *args && n < RT_ARRAY_SIZE(argv) - 3; args++)
		argv[n++] = *args;
	if (args && *args)
		return -E2BIG;
	argv[n++] = "--sock";
	argv[n++] = "3";
	argv[n] = NULL;
	if (access(prog, X_OK) < 0)
		return -errno;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return -errno;
	pid = fork();
	if (pid < 0) {
		rc = -errno;
		close(sv[0]);
		close(sv[1]);
		return rc;
	}
	if (pid == 0) {
		/* Only async-signal-safe calls from here to exec. */
		if (dup2(sv[1], 3) < 0)
			_exit(127);
		syscall(SYS_close_range, 4u, ~0u, 0u);
		execv(prog, (char *const *)argv);
		_exit(127);
	}
	close(sv[1]);
	{
		struct pci_sock *ps;

		rc = pci_sock_open(sv[0], timeout_ms, log, out);
		if (rc) {
			int status;

			/* It did not become a function: it goes. */
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return rc;
		}
		ps = to_sock(*out);
		ps->child = pid;
	}
	return 0;
}

void pci_sock_forget(struct pci_dev *d)
{
	struct pci_sock *ps;

	if (!d || d->ops != &sock_ops)
		return;
	ps = to_sock(d);
	pthread_mutex_destroy(&ps->lock);
	free(ps);
}

int pci_sock_fd(const struct pci_dev *d)
{
	if (!d || d->ops != &sock_ops)
		return -EINVAL;
	return rt_container_of(d, struct pci_sock, pub)->fd;
}

int pci_sock_stats(struct pci_dev *d, struct pci_sock_stats *out)
{
	struct pcisock_msg req = {.type = PCISOCK_MSG_TYPE_STATS}, rep;
	const struct pcisock_stats_reply *s = &rep.u.stats_reply;
	struct pci_sock *ps;
	int rc;

	if (!d || d->ops != &sock_ops)
		return -EINVAL;
	ps = to_sock(d);
	memset(out, 0, sizeof(*out));
	rc = xfer(ps, &req, -1, PCISOCK_MSG_TYPE_STATS_REPLY, &rep);
	pthread_mutex_lock(&ps->lock);
	out->bad_replies = ps->bad_replies;
	out->timeouts = ps->timeouts;
	pthread_mutex_unlock(&ps->lock);
	if (rc)
		return rc;
	if (s->status)
		return s->status;
	out->enables = s->enables;
	out->resets = s->resets;
	out->admin_commands = s->admin_commands;
	out->io_commands = s->io_commands;
	out->completions = s->completions;
	out->dma_faults = s->dma_faults;
	out->irqs = s->irqs;
	out->irqs_dropped = s->irqs_dropped;
	out->requests = s->requests;
	out->bad_requests = s->bad_requests;
	out->maps = s->maps;
	out->pid = ps->dev_pid;
	return 0;
}
