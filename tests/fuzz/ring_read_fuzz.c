/*
 * Fuzzes the host's reading of a guest->host ring: the input becomes the
 * ring's control words and data area as a hostile guest would leave them;
 * the host maps the ring pair (as on OPENCHANNEL) and reads packets until
 * the ring is empty or declared broken. Every packet returned must be
 * self-consistent (8-aligned length within the buffer, 2 <= offset8 <=
 * len8); a broken ring must stay broken.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gmem.h"
#include "runtime/ring.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NPAGES 6 /* 3 pages per ring: control + 8 KiB of data */
#define DATA_BYTES (2 * 4096)

static struct rt_gmem *G;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint64_t pfns[NPAGES] = {1, 2, 3, 4, 5, 6};
	static uint8_t zero[NPAGES * 4096];
	static uint8_t buf[DATA_BYTES];
	struct rt_ring_pair rp;
	uint32_t ctl[4] = {0};
	size_t len;

	if (!G && rt_gmem_create_memfd(16 * 4096, &G))
		abort();
	rt_gmem_write(G, 4096, zero, sizeof(zero));
	memcpy(ctl, data, size < sizeof(ctl) ? size : sizeof(ctl));
	if (size > sizeof(ctl)) {
		size_t n = size - sizeof(ctl);
		rt_gmem_write(G, 2 * 4096, data + sizeof(ctl), n < DATA_BYTES ? n : DATA_BYTES);
	}
	rt_gmem_write(G, 4096, ctl, sizeof(ctl));
	if (rt_ring_pair_init_pages(&rp, G, pfns, NPAGES, 3, RT_RING_HOST))
		return 0; /* bad indices found at open: refused, fine */
	for (int i = 0; i < 1024; i++) {
		int rc = rt_ring_read(&rp.in, buf, sizeof(buf), &len);
		if (rc == -EAGAIN)
			break;
		if (rc) {
			if (rc != -EPROTO && rc != -EMSGSIZE)
				abort();
			if (rc == -EPROTO &&
			    rt_ring_read(&rp.in, buf, sizeof(buf), &len) != -EPROTO)
				abort();
			break;
		}
		uint16_t off8, len8;
		memcpy(&off8, buf + 2, 2);
		memcpy(&len8, buf + 4, 2);
		if (len % 8 || len > sizeof(buf) || len != (size_t)len8 * 8 || off8 < 2 ||
		    off8 > len8)
			abort();
	}
	rt_ring_read_done(&rp.in);
	rt_ring_pair_fini(&rp);
	return 0;
}
