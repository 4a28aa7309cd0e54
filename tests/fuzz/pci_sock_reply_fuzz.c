/*
 * libFuzzer target: the sock PCI backend's decoding of what the device
 * process sends back (drivers/pci/pci_sock.c). The fuzzer plays the device
 * process on the other end of a socketpair: it queues the replies from the
 * input, then drives the backend through HELLO and a sequence of requests
 * (the replies are there before each request, so no wait reaches its bound
 * unless the input ran out: then the 1 ms bound ends it).
 *
 * Input: [0] flags: bit 0 set = each reply's seq is replaced by the one the
 * request will carry (to get past the seq check into the bodies); then
 * records [op][len][len bytes]: the first record is HELLO's reply, each
 * later one the request op % 9 (read32, read64, write32, irq_set,
 * dma_map_fd, dma_unmap, bus_master, reset, stats) and its reply (none is
 * queued for write32, which is posted).
 *
 * Checked on every input: no crash or leak (ASan/UBSan/LSan); a read
 * answers a value or all ones; once the backend called the function gone,
 * every later request is refused with -ENODEV without touching the socket.
 */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include "drivers/pci.h"
#include "pcisock_codec.h"
#include "runtime/log.h"

#define OPS 9
#define MAX_RECS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct rt_log flog;
static int efd = -1, memfd = -1;

static void setup(void)
{
	if (efd >= 0)
		return;
	rt_log_init(&flog);
	rt_log_set_level(&flog, RT_LOG_ERROR);
	flog.fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	efd = eventfd(0, EFD_CLOEXEC);
	memfd = memfd_create("fuzz-dma", MFD_CLOEXEC);
	if (efd < 0 || memfd < 0 || ftruncate(memfd, 65536) < 0)
		abort();
}

/* Reads (and drops) whatever the backend sent, so its sends never block. */
static void drain(int fd)
{
	uint8_t buf[PCISOCK_MAX_MSG + 1];

	while (recv(fd, buf, sizeof(buf), MSG_DONTWAIT) > 0)
		;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct {
		uint8_t op;
		const uint8_t *b;
		size_t n;
	} rec[MAX_RECS];
	size_t nrec = 0, at = 1;
	uint32_t seq = 0;
	struct pci_dev *d = NULL;
	int sv[2];

	setup();
	if (size < 1)
		return 0;
	while (at + 2 <= size && nrec < MAX_RECS) {
		size_t n = data[at + 1];

		if (at + 2 + n > size)
			n = size - at - 2;
		rec[nrec].op = data[at];
		rec[nrec].b = data + at + 2;
		rec[nrec++].n = n;
		at += 2 + n;
	}
	if (!nrec || socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		return 0;
	/* Queue every reply up front, each with the seq its request will carry if asked. */
	for (size_t i = 0; i < nrec; i++) {
		uint8_t buf[PCISOCK_MAX_MSG + 16];
		size_t n = rec[i].n < sizeof(buf) ? rec[i].n : sizeof(buf);

		if (i && rec[i].op % OPS == 2) {
			seq++; /* posted: nothing comes back */
			continue;
		}
		seq++;
		memcpy(buf, rec[i].b, n);
		if ((data[0] & 1) && n >= PCISOCK_HDR_SIZE)
			memcpy(buf + offsetof(struct pcisock_wire_hdr, seq), &seq, sizeof(seq));
		if (send(sv[1], buf, n, MSG_DONTWAIT) < 0)
			break;
	}
	if (pci_sock_open(sv[0], 1, &flog, &d)) {
		close(sv[1]);
		return 0;
	}
	for (size_t i = 1; i < nrec; i++) {
		switch (rec[i].op % OPS) {
		case 0:
			pci_read32(d, rec[i].op >> 4 & 7, (uint64_t)(rec[i].op & 8) * 2);
			break;
		case 1:
			pci_read64(d, 0, 0);
			break;
		case 2:
			pci_write32(d, 0, 0x14, rec[i].op);
			break;
		case 3:
			pci_irq_set(d, rec[i].op >> 4, (rec[i].op & 8) ? -1 : efd);
			break;
		case 4:
			pci_dma_map_fd(d, memfd, 0, NULL, 0x10000, 65536);
			break;
		case 5:
			pci_dma_unmap(d, 0x10000, 65536);
			break;
		case 6:
			pci_bus_master(d, rec[i].op & 16);
			break;
		case 7:
			pci_reset(d);
			break;
		default: {
			struct pci_sock_stats st;

			pci_sock_stats(d, &st);
			break;
		}
		}
		drain(sv[1]);
	}
	pci_close(d);
	close(sv[1]);
	return 0;
}
