/*
 * libFuzzer target: the NVMe emulator's command decoding and execution
 * against arbitrary submission queue entries, on the admin queue and on an
 * I/O queue, with data pointers (PRPs, SGLs) anywhere in or outside the
 * host memory the bus maps. Also doorbell writes of any value.
 *
 * Input: a sequence of 65-byte records: [0] bit 0 queue (admin / I/O),
 * bits 1..7 a doorbell write to make first when non-zero (another queue's
 * doorbell with any value, or ours with one past the queue), then the 64-byte
 * SQE (its CID is replaced by a sequence number). Each input starts from a
 * freshly reset controller with I/O queue 1 created.
 *
 * Checked on every input: the emulator survives (ASan/UBSan), every
 * completion it posts names the queue and a CID we submitted, once.
 */
#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "devices/nvme/nvme_emu.h"
#include "drivers/pci.h"
#include "nvme_codec.h"
#include "runtime/log.h"
#include "runtime/pcidev.h"

#define MEM (1u << 20)
#define ASQ 0x1000u /* a zero ASQ is refused at enable */
#define ACQ 0x2000u
#define ISQ 0x3000u
#define ICQ 0x4000u
#define AENT 32u
#define IENT 16u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct {
	struct rt_log log;
	struct pcidev *emu;
	struct pci_dev *pci;
	uint8_t *mem;
	uint32_t atail, ahead, itail, ihead;
	uint8_t aphase, iphase;
	uint16_t seq;
	bool seen[65536];
} g;

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static bool wait_csts(uint32_t mask, uint32_t want, unsigned ms)
{
	uint64_t end = now_ms() + ms;

	while (now_ms() < end) {
		if ((pci_read32(g.pci, 0, NVME_REGS_CSTS_OFFSET) & mask) == want)
			return true;
		sched_yield();
	}
	return false;
}

/* Polls a CQ for one entry; returns true and the entry, or false after ms. */
static bool cq_take(bool io, struct nvme_cqe *e, unsigned ms)
{
	uint32_t *head = io ? &g.ihead : &g.ahead;
	uint8_t *phase = io ? &g.iphase : &g.aphase;
	uint32_t size = io ? IENT : AENT;
	uint8_t *base = g.mem + (io ? ICQ : ACQ);
	uint64_t end = now_ms() + ms;

	for (;;) {
		uint8_t raw[NVME_CQE_SIZE];
		uint16_t st =
			__atomic_load_n((uint16_t *)(base + *head * 16 + 14), __ATOMIC_ACQUIRE);

		if ((st & 1) == *phase) {
			memcpy(raw, base + *head * 16, sizeof(raw));
			nvme_cqe_decode(raw, sizeof(raw), NULL, e);
			if (++*head == size) {
				*head = 0;
				*phase ^= 1;
			}
			pci_write32(g.pci, 0, NVME_DOORBELL_BASE + (io ? 12 : 4), *head);
			return true;
		}
		if (now_ms() >= end)
			return false;
		sched_yield();
	}
}

static void submit(bool io, const uint8_t *sqe, uint16_t cid)
{
	uint32_t *tail = io ? &g.itail : &g.atail;
	uint32_t size = io ? IENT : AENT;
	uint8_t *slot = g.mem + (io ? ISQ : ASQ) + *tail * 64;

	memcpy(slot, sqe, 64);
	pv_put_u16(slot + 2, cid);
	*tail = (*tail + 1) % size;
	pci_write32(g.pci, 0, NVME_DOORBELL_BASE + (io ? 8 : 0), *tail);
}

static bool admin_cmd(struct nvme_msg *m)
{
	uint8_t sqe[64] = {0};
	struct nvme_cqe e;

	nvme_msg_encode(m, NULL, sqe, sizeof(sqe));
	submit(false, sqe, 0xFFFF);
	return cq_take(false, &e, 2000) && e.sc == 0 && e.sct == 0;
}

static bool start(void)
{
	struct nvme_msg m = {.type = NVME_ADMIN_OPCODE_CREATE_IO_CQ};

	pci_write32(g.pci, 0, NVME_REGS_CC_OFFSET, 0);
	if (!wait_csts(NVME_REGS_RDY_MASK, 0, 5000))
		return false;
	memset(g.mem, 0, 0x5000);
	g.atail = g.ahead = g.itail = g.ihead = 0;
	g.aphase = g.iphase = 1;
	pci_write32(g.pci, 0, NVME_REGS_AQA_OFFSET, (AENT - 1) | (AENT - 1) << 16);
	pci_write64(g.pci, 0, NVME_REGS_ASQ_OFFSET, ASQ);
	pci_write64(g.pci, 0, NVME_REGS_ACQ_OFFSET, ACQ);
	pci_write32(g.pci, 0, NVME_REGS_CC_OFFSET,
		    NVME_REGS_EN_MASK | 6u << NVME_REGS_IOSQES_SHIFT |
			    4u << NVME_REGS_IOCQES_SHIFT);
	if (!wait_csts(NVME_REGS_RDY_MASK, NVME_REGS_RDY_MASK, 5000))
		return false;
	m.u.create_io_cq = (struct nvme_create_io_cq){
		.hdr.prp1 = ICQ, .qid = 1, .qsize = IENT - 1, .pc = 1, .ien = 1, .iv = 1};
	if (!admin_cmd(&m))
		return false;
	m.type = NVME_ADMIN_OPCODE_CREATE_IO_SQ;
	m.u.create_io_sq = (struct nvme_create_io_sq){
		.hdr.prp1 = ISQ, .qid = 1, .qsize = IENT - 1, .pc = 1, .cqid = 1};
	return admin_cmd(&m);
}

static void setup(void)
{
	struct nvme_emu_opts o = {.name = "fuzz",
				  .backend = "null",
				  .arg = "64M",
				  .max_ioqpairs = 4,
				  .mqes = 64,
				  .mdts = 5,
				  .sgl = true};

	rt_log_init(&g.log);
	rt_log_set_level(&g.log, RT_LOG_ERROR);
	o.log = &g.log;
	if (nvme_emu_create(&o, &g.emu) || pci_emu_open(g.emu, &g.log, &g.pci))
		abort();
	g.mem = mmap(NULL, MEM, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (g.mem == MAP_FAILED || pci_dma_map(g.pci, g.mem, 0, MEM) || pci_bus_master(g.pci, true))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bool io_ok = true;

	if (!g.emu)
		setup();
	if (!start())
		return 0; /* a previous input left it fatal beyond a reset: not ours to judge */
	memset(g.seen, 0, sizeof(g.seen));
	for (; size >= 65; data += 65, size -= 65) {
		bool io = data[0] & 1;
		uint8_t db = data[0] >> 1;
		struct nvme_cqe e;
		uint16_t cid = g.seq++;

		if (pci_read32(g.pci, 0, NVME_REGS_CSTS_OFFSET) & NVME_REGS_CFS_MASK)
			break;
		/* Doorbells of queues 2..5 (absent, or created by the input) take any value; ours
		 * get only values past their size, which must be refused. */
		if (db & 1)
			pci_write32(g.pci, 0, NVME_DOORBELL_BASE + 4u * (4 + (db >> 1) % 8), db);
		else if (db)
			pci_write32(g.pci, 0, NVME_DOORBELL_BASE + 4u * ((db >> 1) % 4), 64u + db);
		if (io && !io_ok)
			continue;
		submit(io, data + 1, cid);
		/* Asynchronous events complete only on an event; others promptly. */
		if (!io && data[1] == NVME_ADMIN_OPCODE_ASYNC_EVENT_REQUEST)
			continue;
		if (!cq_take(io, &e, 50)) {
			if (io)
				io_ok = false; /* the queue was deleted or the doorbell refused */
			continue;
		}
		if (e.sqid != (io ? 1 : 0) || g.seen[e.cid])
			abort();
		g.seen[e.cid] = true;
	}
	return 0;
}
