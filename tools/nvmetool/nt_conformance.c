/*
 * nvmetool conformance: one fixed sequence of admin and NVM commands, the
 * well-formed ones and a few malformed ones, sent through the driver's
 * passthrough so the controller's answer (status, DW0) is what is recorded.
 * Run against two controllers with --trace and compared with `pvtrace diff`
 * (tests/e2e/CMakeLists.txt: e2e_vfio_conformance holds our emulator to
 * QEMU's NVMe this way). Prints one line per command.
 *
 * The sequence depends only on the driver and this file, so two runs put
 * the same SQEs in the same slots with the same command ids; the
 * completions are what may differ.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "nvm_codec.h"
#include "nvme_codec.h"
#include "tools/nvmetool/nvmetool.h"

#define DATA 0x100000u /* data buffers inside NT_MEM */

static int failures;

static void show(const char *what, int rc, uint8_t sct, uint8_t sc, bool dnr, uint32_t dw0)
{
	if (rc) {
		printf("nvmetool: conformance %-46s error %s\n", what, strerror(-rc));
		failures++;
		return;
	}
	printf("nvmetool: conformance %-46s sct %u sc 0x%02x dnr %u dw0 0x%08x\n", what, sct, sc,
	       dnr, dw0);
}

static void admin(struct nt *t, const char *what, struct nvme_msg *m, uint32_t len)
{
	uint8_t sqe[NVME_SQE_SIZE] = {0}, data[NVME_IDENTIFY_DATA_SIZE];
	struct nvme_cpl c = {0};
	int rc;

	nvme_msg_encode(m, NULL, sqe, sizeof(sqe));
	rc = nvme_ctrlr_admin_passthru(t->c, sqe, data, len, false, &c);
	show(what, rc, c.sct, c.sc, c.dnr, c.dw0);
}

/* An admin command whose opcode no specification defines. */
static void admin_reserved(struct nt *t, const char *what, uint8_t opcode)
{
	uint8_t sqe[NVME_SQE_SIZE] = {0};
	struct nvme_sqe_hdr h = {.opcode = opcode};
	struct nvme_cpl c = {0};
	int rc;

	nvme_sqe_hdr_encode(&h, sqe, sizeof(sqe));
	rc = nvme_ctrlr_admin_passthru(t->c, sqe, NULL, 0, false, &c);
	show(what, rc, c.sct, c.sc, c.dnr, c.dw0);
}

static void io(struct nt *t, const char *what, struct nvm_msg *m, uint32_t len)
{
	uint8_t sqe[NVME_SQE_SIZE] = {0};
	struct nvme_io_result r = {0};
	int rc;

	nvm_msg_encode(m, NULL, sqe, sizeof(sqe));
	rc = nt_passthru(t, sqe, DATA, len, &r);
	show(what, rc, r.sct, r.sc, r.dnr, r.dw0);
}

int nt_conformance(struct nt *t)
{
	uint32_t bs = t->ns.block_size;
	uint64_t last = t->ns.nblocks - 1;
	struct nvme_msg a;
	struct nvm_msg m;

	failures = 0;
	/* Admin: Identify, features, logs, and the malformed ones. */
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_IDENTIFY};
	a.u.identify.cns = NVME_CNS_CONTROLLER;
	admin(t, "Identify controller", &a, 4096);
	a.u.identify.cns = NVME_CNS_NAMESPACE;
	a.u.identify.hdr.nsid = 1;
	admin(t, "Identify namespace 1", &a, 4096);
	a.u.identify.cns = NVME_CNS_ACTIVE_NS_LIST;
	a.u.identify.hdr.nsid = 0;
	admin(t, "Identify active namespace list", &a, 4096);
	a.u.identify.cns = 0x42;
	admin(t, "Identify CNS 0x42 (reserved)", &a, 4096);
	a.u.identify.cns = NVME_CNS_NAMESPACE;
	a.u.identify.hdr.nsid = 0;
	admin(t, "Identify namespace 0 (invalid)", &a, 4096);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_GET_FEATURES};
	a.u.get_features.fid = NVME_FEATURE_NUMBER_OF_QUEUES;
	admin(t, "Get Features Number of Queues", &a, 0);
	a.u.get_features.fid = NVME_FEATURE_VOLATILE_WRITE_CACHE;
	admin(t, "Get Features Volatile Write Cache", &a, 0);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_SET_FEATURES};
	a.u.set_features.fid = NVME_FEATURE_NUMBER_OF_QUEUES;
	admin(t, "Set Features Number of Queues (queues exist)", &a, 0);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_GET_LOG_PAGE};
	a.u.get_log_page.hdr.nsid = NVME_NSID_BROADCAST;
	a.u.get_log_page.lid = NVME_LOG_PAGE_SMART_HEALTH;
	a.u.get_log_page.numdl = 512 / 4 - 1;
	admin(t, "Get Log Page SMART / health", &a, 512);
	a.u.get_log_page.lid = NVME_LOG_PAGE_ERROR_INFO;
	a.u.get_log_page.numdl = 64 / 4 - 1;
	admin(t, "Get Log Page error information", &a, 64);
	a.u.get_log_page.lid = 0x7E;
	admin(t, "Get Log Page 0x7E (unsupported)", &a, 64);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_CREATE_IO_CQ};
	a.u.create_io_cq = (struct nvme_create_io_cq){.qid = 0, .qsize = 15, .pc = 1, .ien = 1};
	a.u.create_io_cq.hdr.prp1 = DATA;
	admin(t, "Create I/O CQ 0 (invalid id)", &a, 0);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_CREATE_IO_SQ};
	a.u.create_io_sq = (struct nvme_create_io_sq){.qid = 9, .qsize = 15, .pc = 1, .cqid = 9};
	a.u.create_io_sq.hdr.prp1 = DATA;
	admin(t, "Create I/O SQ on CQ 9 (no such CQ)", &a, 0);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_CREATE_IO_CQ};
	a.u.create_io_cq = (struct nvme_create_io_cq){.qid = 2, .qsize = 4095, .pc = 1, .ien = 1};
	a.u.create_io_cq.hdr.prp1 = DATA;
	admin(t, "Create I/O CQ 2, 4096 entries (beyond MQES)", &a, 0);
	a.u.create_io_cq.qsize = 15;
	a.u.create_io_cq.iv = 2047;
	admin(t, "Create I/O CQ 2, vector 2047 (no such vector)", &a, 0);
	a.u.create_io_cq.iv = 0;
	a.u.create_io_cq.hdr.prp1 = DATA + 0x10;
	admin(t, "Create I/O CQ 2, PRP1 not page aligned", &a, 0);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_DELETE_IO_CQ};
	a.u.delete_io_cq.qid = 9;
	admin(t, "Delete I/O CQ 9 (no such queue)", &a, 0);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_DELETE_IO_SQ};
	a.u.delete_io_sq.qid = 0;
	admin(t, "Delete I/O SQ 0 (the admin queue)", &a, 0);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_GET_FEATURES};
	a.u.get_features.fid = 0x7F;
	admin(t, "Get Features 0x7F (reserved)", &a, 0);
	admin_reserved(t, "Admin opcode 0x7F (reserved)", 0x7F);
	a = (struct nvme_msg){.type = NVME_ADMIN_OPCODE_ABORT};
	a.u.abort.sqid = 1;
	a.u.abort.acid = 0x7777;
	admin(t, "Abort of a command not outstanding", &a, 0);

	/* NVM: data, flush, deallocation, zeroes, and the malformed ones. */
	for (uint32_t i = 0; i < 65536; i++)
		t->mem[DATA + i] = (uint8_t)(i * 7 + 1);
	m = (struct nvm_msg){.type = NVM_OPCODE_WRITE};
	m.u.write.hdr.nsid = 1;
	m.u.write.nlb = (uint16_t)(4096 / bs - 1);
	io(t, "Write 4 KiB at LBA 0", &m, 4096);
	m.u.write.slba = 64;
	m.u.write.nlb = (uint16_t)(65536 / bs - 1);
	io(t, "Write 64 KiB at LBA 64 (PRP list)", &m, 65536);
	m.u.write.fua = 1;
	io(t, "Write 64 KiB at LBA 64, FUA", &m, 65536);
	m = (struct nvm_msg){.type = NVM_OPCODE_READ};
	m.u.read.hdr.nsid = 1;
	m.u.read.slba = 64;
	m.u.read.nlb = (uint16_t)(65536 / bs - 1);
	io(t, "Read 64 KiB at LBA 64", &m, 65536);
	m.u.read.slba = last;
	m.u.read.nlb = 1;
	io(t, "Read 2 blocks at the last LBA (out of range)", &m, 2 * bs);
	m.u.read.slba = 0;
	m.u.read.hdr.nsid = 0;
	m.u.read.nlb = 0;
	io(t, "Read from namespace 0 (invalid)", &m, bs);
	m.u.read.hdr.nsid = 1;
	m.u.read.nlb = (uint16_t)((1u << 20) / bs - 1);
	m.u.read.hdr.prp1 = DATA;
	io(t, "Read 1 MiB (beyond MDTS)", &m, 0);
	m.u.read.nlb = (uint16_t)(8192 / bs - 1);
	m.u.read.hdr.prp1 = DATA;
	m.u.read.hdr.prp2 = DATA + 0x1008;
	io(t, "Read 8 KiB, PRP2 not page aligned", &m, 0);
	m = (struct nvm_msg){.type = NVM_OPCODE_FLUSH};
	m.u.flush.hdr.nsid = 1;
	io(t, "Flush", &m, 0);
	m = (struct nvm_msg){.type = NVM_OPCODE_DATASET_MANAGEMENT};
	m.u.dataset_management.hdr.nsid = 1;
	m.u.dataset_management.ad = 1;
	{
		struct nvm_dsm_range r = {.nlb = 8, .slba = 0};

		nvm_dsm_range_encode(&r, t->mem + DATA, NVM_DSM_RANGE_SIZE);
	}
	io(t, "Dataset Management deallocate LBA 0..7", &m, NVM_DSM_RANGE_SIZE);
	{
		struct nvm_dsm_range r = {.nlb = 8, .slba = last + 100};

		nvm_dsm_range_encode(&r, t->mem + DATA, NVM_DSM_RANGE_SIZE);
	}
	io(t, "Dataset Management, range past the end", &m, NVM_DSM_RANGE_SIZE);
	m = (struct nvm_msg){.type = NVM_OPCODE_WRITE_ZEROES};
	m.u.write_zeroes.hdr.nsid = 1;
	m.u.write_zeroes.slba = 128;
	m.u.write_zeroes.nlb = 15;
	io(t, "Write Zeroes 16 blocks", &m, 0);
	m.u.write_zeroes.slba = last;
	io(t, "Write Zeroes 16 blocks at the last LBA", &m, 0);
	m = (struct nvm_msg){.type = NVM_OPCODE_VERIFY};
	m.u.verify.hdr.nsid = 1;
	m.u.verify.nlb = 7;
	io(t, "Verify 8 blocks", &m, 0);
	{
		uint8_t sqe[NVME_SQE_SIZE] = {0x7F};
		struct nvme_io_result r = {0};
		int rc;

		pv_put_u32(sqe + 4, 1);
		rc = nt_passthru(t, sqe, 0, 0, &r);
		show("I/O opcode 0x7F (reserved)", rc, r.sct, r.sc, r.dnr, r.dw0);
	}
	printf("nvmetool: conformance done (%d commands without an answer)\n", failures);
	return failures ? 1 : 0;
}
