/*
 * Fuzzes the sim partition's host side as a hostile guest process sees it:
 * datagrams of any type, length and content, with or without fds (an eventfd,
 * a pipe end), on the partition's real socket. The host answers POSTs through
 * an on_message that posts a message back (so the output queue runs too).
 * After each input the guest hangs up; the partition must be ready for the
 * next guest (not connected, listening), and no fd may leak (checked by the
 * number the next open gets).
 *
 * Input: byte 0 bit 0: send a valid HELLO first; then
 * records of u8 flags (bit 0: attach an eventfd, bit 1: attach a pipe end,
 * bit 2: a valid POST header is written over the record's first 24 bytes),
 * u16 length, that many bytes.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/un.h>
#include <unistd.h>

#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition_sim.h"
#include "runtime/sim_wire.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fz {
	struct ev_loop *loop;
	struct rt_partition *p;
	struct rt_log log;
	struct sockaddr_un sa;
	unsigned runs;
	int baseline_fds;
	unsigned messages;
};

static enum rt_hv_status on_message(void *ctx, uint32_t conn, uint32_t type, const void *payload,
				    size_t len)
{
	struct fz *f = ctx;

	if (len > SIM_PAYLOAD_MAX)
		abort(); /* the partition must have refused it */
	f->messages++;
	rt_partition_post_message(f->p, conn % 3, type % 17, type ? type : 1, payload, len);
	if (conn & 1)
		rt_partition_signal_guest(f->p, 0, conn % 16, type % 2048);
	return conn == 4 ? RT_HV_STATUS_SUCCESS : RT_HV_STATUS_INVALID_CONNECTION_ID;
}

static void on_reset(void *ctx)
{
	(void)ctx;
}

static struct fz *fz_get(void)
{
	static struct fz F;

	if (F.p)
		return &F;
	F.loop = rt_loop_new();
	F.sa.sun_family = AF_UNIX;
	snprintf(F.sa.sun_path, sizeof(F.sa.sun_path), "/tmp/pv-fuzz-sim-%d.sock", (int)getpid());
	if (rt_partition_sim_create(F.loop, F.sa.sun_path, 1u << 20, 2, &F.p))
		abort();
	rt_log_init(&F.log);
	rt_log_set_level(&F.log, RT_LOG_ERROR); /* the refusals are expected, by the million */
	rt_partition_sim_set_log(F.p, &F.log);
	F.p->cb.on_message = on_message;
	F.p->cb.on_reset = on_reset;
	F.p->cb_ctx = &F;
	if (F.p->ops->start(F.p))
		abort();
	return &F;
}

/* Open sockets, eventfds and pipes: what a leak of the guest's fds would add. */
static int count_fds(void)
{
	char path[300], tgt[64];
	struct dirent *e;
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	if (!d)
		abort();
	while ((e = readdir(d))) {
		ssize_t k;

		snprintf(path, sizeof(path), "/proc/self/fd/%s", e->d_name);
		k = readlink(path, tgt, sizeof(tgt) - 1);
		if (k <= 0)
			continue;
		tgt[k] = 0;
		if (!strncmp(tgt, "socket:", 7) || !strncmp(tgt, "pipe:", 5) ||
		    !strcmp(tgt, "anon_inode:[eventfd]"))
			n++;
	}
	closedir(d);
	return n;
}

static void pump(struct fz *f, int s)
{
	uint8_t buf[SIM_DGRAM_MAX];
	int fds[SIM_MAX_FDS], nfds;

	for (int i = 0; i < 4; i++)
		ev_run(f->loop, EVRUN_NOWAIT);
	/* Drain what the host sent so its queue does not only grow. */
	while (sim_recv(s, buf, sizeof(buf), fds, &nfds, MSG_DONTWAIT) > 0)
		while (nfds > 0)
			close(fds[--nfds]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz *f = fz_get();
	size_t pos = 1;
	int s, probe;

	if (size < 1)
		return 0;
	s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (s < 0 || connect(s, (struct sockaddr *)&f->sa, sizeof(f->sa)) < 0)
		abort();
	pump(f, s); /* accept, WELCOME */
	if (data[0] & 1) {
		struct sim_hello h = {.hdr = {.type = SIM_MSG_HELLO, .len = sizeof(h)},
				      .magic = SIM_MAGIC,
				      .version = SIM_VERSION};

		sim_send(s, &h, sizeof(h), NULL, 0, MSG_DONTWAIT);
		pump(f, s);
	}
	while (pos + 3 <= size) {
		uint8_t fl = data[pos], buf[SIM_DGRAM_MAX + 64];
		size_t len = (size_t)(data[pos + 1] | data[pos + 2] << 8) % sizeof(buf);
		int fds[2], nfds = 0, p[2] = {-1, -1};

		pos += 3;
		memset(buf, 0, sizeof(buf));
		memcpy(buf, data + pos, len < size - pos ? len : size - pos);
		pos += len < size - pos ? len : size - pos;
		if (fl & 4 && len >= 24) {
			struct sim_hdr hd = {.type = SIM_MSG_POST, .len = (uint32_t)len};

			memcpy(buf, &hd, sizeof(hd));
		}
		if (fl & 1)
			fds[nfds++] = eventfd(0, EFD_CLOEXEC);
		if (fl & 2 && pipe2(p, O_CLOEXEC) == 0)
			fds[nfds++] = p[1];
		sim_send(s, buf, len, fds, nfds, MSG_DONTWAIT);
		for (int i = 0; i < nfds; i++)
			close(fds[i]);
		if (p[0] >= 0)
			close(p[0]);
		pump(f, s);
	}
	close(s);
	pump(f, -1);
	if (rt_partition_sim_connected(f->p))
		abort(); /* the next guest would be refused forever */
	/*
	 * Sockets, eventfds and pipes must not pile up. Some are created lazily
	 * once (libev's wake-up pipe): a leak per input exceeds the slack soon.
	 */
	probe = count_fds();
	if (++f->runs == 64)
		f->baseline_fds = probe;
	/* The host may not have seen our hangup yet: give it a few turns. */
	for (int i = 0; f->runs > 64 && probe > f->baseline_fds + 16; i++) {
		if (i == 100)
			abort(); /* fds leak */
		usleep(1000);
		pump(f, -1);
		probe = count_fds();
	}
	return 0;
}
