/*
 * libFuzzer target: what the NVMe driver reads from a device, from an
 * adversary: the CAP register, Identify Controller and Identify Namespace
 * data, and completion queue entries written over an I/O queue pair that
 * has commands outstanding.
 *
 * Input: [0] I/O commands to submit (mod 48), [1..8] CAP, then up to 4096
 * bytes of Identify data (both structures are parsed from it), then the
 * completion queue's bytes (64 entries of 16).
 *
 * Checked on every input: no callback runs inside submit; processing the
 * queue calls each I/O back at most once; after the queue pair gives up on
 * what is left, every I/O has been called back exactly once and none of
 * them reported success unless a completion entry really said so.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/nvme/nvme_priv.h"
#include "pci_null.h"
#include "runtime/log.h"
#include "runtime/loop.h"

#define DEPTH 64u
#define NIO 48u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct {
	struct rt_log log;
	struct pci_dev pci;
	struct nvme_ctrlr *c;
	struct nvme_qpair *q;
	struct ev_loop *loop;
	uint8_t *buf;
} g;

struct slot {
	struct nvme_io io;
	struct nvme_sge sg;
	int calls;
	int status;
};

static void cb(void *ctx, int status)
{
	struct slot *s = ctx;

	s->calls++;
	s->status = status;
}

static void setup(void)
{
	rt_log_init(&g.log);
	rt_log_set_level(&g.log, RT_LOG_ERROR);
	g.pci = (struct pci_dev){.ops = &pci_null_ops, .backend = "fuzz", .msix_vectors = 4};
	g.pci.bar_size[0] = 0x4000;
	g.c = calloc(1, sizeof(*g.c));
	g.c->o.log = &g.log;
	g.c->o.io_timeout_ms = 30000;
	g.c->o.admin_timeout_ms = 30000;
	g.c->pci = &g.pci;
	snprintf(g.c->name, sizeof(g.c->name), "fuzz");
	rt_log_obj_init(&g.c->lo, &g.log, "fuzz");
	pthread_mutex_init(&g.c->lock, NULL);
	pthread_cond_init(&g.c->cond, NULL);
	g.c->dstrd = 4;
	g.c->info.max_xfer = 128u << 10;
	g.c->info.sgl = true;
	g.c->ns[0] = (struct nvme_ns_info){.nsid = 1, .nblocks = 1u << 20, .block_size = 512};
	g.c->nns = 1;
	if (pci_dma_pool_create(&g.pci, 16u << 20, 1ull << 32, &g.c->pool))
		abort();
	g.loop = rt_loop_new();
	if (nvme_qpair_alloc(g.c, g.loop, 1, DEPTH, false, false, &g.q))
		abort();
	g.buf = malloc(NIO * 4096);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct slot s[NIO];
	uint8_t id[NVME_IDENTIFY_DATA_SIZE];
	struct nvme_ns_info ns;
	uint32_t dstrd, to, ent;
	const char *why;
	unsigned n;
	size_t take;

	if (!g.c)
		setup();
	if (size < 9)
		return 0;
	n = data[0] % NIO;
	/* Registers and Identify data: accepted or refused, never trusted past their checks. */
	nvme_cap_parse(pv_get_u64(data + 1), 0x4000, 4, &dstrd, &to, &ent, &why);
	data += 9;
	size -= 9;
	take = size < sizeof(id) ? size : sizeof(id);
	memset(id, 0, sizeof(id));
	memcpy(id, data, take);
	data += take;
	size -= take;
	if (nvme_parse_id_ctrl(g.c, id) == 0 &&
	    (g.c->info.max_xfer < 4096 || g.c->info.max_xfer > NVME_MAX_XFER))
		abort();
	if (nvme_parse_id_ns(g.c, 1, id, &ns) == 0 &&
	    (ns.block_size < 512 || ns.block_size > 4096 || !ns.nblocks))
		abort();
	/* The queue pair keeps the settings it was built with. */
	g.c->info.max_xfer = 128u << 10;
	g.c->info.sgl = true;

	memset(s, 0, sizeof(s));
	for (unsigned i = 0; i < n; i++) {
		s[i].sg = (struct nvme_sge){
			.iova = 0x100000 + 4096ull * i, .va = g.buf + 4096 * i, .len = 4096};
		s[i].io = (struct nvme_io){.op = i % 3 ? NVME_IO_READ : NVME_IO_WRITE,
					   .nsid = 1,
					   .lba = i * 8,
					   .sg = &s[i].sg,
					   .nsg = 1,
					   .cb = cb,
					   .ctx = &s[i]};
		if (nvme_io_submit(g.q, &s[i].io) || s[i].calls)
			abort();
	}
	/* The device's answer: whatever the input says, in the completion ring. */
	memset(g.q->cq_mem.va, 0, g.q->cq_mem.len);
	memcpy(g.q->cq_mem.va, data, size < g.q->cq_mem.len ? size : g.q->cq_mem.len);
	nvme_qpair_process(g.q);
	for (unsigned i = 0; i < n; i++)
		if (s[i].calls > 1)
			abort();
	/* Give up on the rest (as a failed controller does) and start clean. */
	nvme_qpair_fail_all(g.q, -ECANCELED);
	for (unsigned i = 0; i < n; i++) {
		if (s[i].calls != 1)
			abort();
		if (s[i].status == 0 && s[i].io.result.err)
			abort();
	}
	nvme_qpair_ring_reset(g.q);
	return 0;
}
