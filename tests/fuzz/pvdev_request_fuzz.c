/*
 * libFuzzer target: the device process's decoding and checking of the
 * requests a driver sends it (tools/pvdev/pvdev_srv.c), each with the
 * descriptors SCM_RIGHTS could bring: a memfd, an eventfd or a pipe. The
 * server hosts a real NVMe emulator (a 1 MiB memory namespace), so BAR
 * writes reach its registers and doorbells, maps reach the emu backend's
 * table, and a controller the input enables does DMA through that table.
 *
 * Input: records [flags][len][len bytes]: the datagram, with bit 0 of
 * flags a memfd (64 KiB), bit 1 an eventfd, bit 2 a pipe's read end
 * attached (in that order; the server owns them).
 *
 * Checked on every input: no crash or leak; every reply the server makes
 * decodes as a reply to the driver (type, length, ranges) and carries the
 * request's seq when the request's header was whole.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <unistd.h>

#include "devices/nvme/nvme_emu.h"
#include "pcisock_codec.h"
#include "runtime/log.h"
#include "tools/pvdev/pvdev.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct rt_log flog;
static struct pvdev *srv;

static void setup(void)
{
	struct nvme_emu_opts eo = {
		.name = "fuzz", .log = &flog, .backend = "memory", .arg = "1M", .sgl = true};
	struct pcidev *emu;

	if (srv)
		return;
	rt_log_init(&flog);
	rt_log_set_level(&flog, RT_LOG_ERROR);
	flog.fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (nvme_emu_create(&eo, &emu) || pvdev_create(emu, &flog, &srv))
		abort();
}

static int memfd64k(void)
{
	int fd = memfd_create("fuzz-req", MFD_CLOEXEC);

	if (fd >= 0 && ftruncate(fd, 65536) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct pv_codec_ctx rx = {.dir = PV_DIR_TO_GUEST};
	size_t at = 0;

	setup();
	while (at + 2 <= size) {
		uint8_t flags = data[at], out[PCISOCK_MAX_MSG];
		size_t n = data[at + 1], r;
		int fds[3], nfds = 0, p[2];
		struct pcisock_msg rep;
		struct pcisock_hdr h;

		if (at + 2 + n > size)
			n = size - at - 2;
		if ((flags & 1) && (fds[nfds] = memfd64k()) >= 0)
			nfds++;
		if ((flags & 2) && (fds[nfds] = eventfd(0, EFD_CLOEXEC)) >= 0)
			nfds++;
		if ((flags & 4) && pipe2(p, O_CLOEXEC) == 0) {
			fds[nfds++] = p[0];
			close(p[1]);
		}
		r = pvdev_handle(srv, data + at + 2, n, fds, nfds, out);
		if (r && pcisock_msg_decode(out, r, &rx, &rep) != PV_OK)
			abort(); /* the server answered something a driver must refuse */
		if (r && n >= PCISOCK_HDR_SIZE &&
		    pcisock_hdr_decode(data + at + 2, PCISOCK_HDR_SIZE, NULL, &h) == PV_OK &&
		    rep.u.status.hdr.seq != h.seq)
			abort(); /* a reply to another request */
		at += 2 + n;
	}
	return 0;
}
