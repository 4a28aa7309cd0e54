/* DO NOT EDIT: generated from spec/nvm.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_NVM_WIRE_H
#define PV_GENERATED_NVM_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* NVM Express NVM command set (I/O commands) */

#define NVM_NLB_MAX 0x10000	/* blocks one Read/Write/Write Zeroes can name (NLB 0's based 16-bit) */
#define NVM_DSM_RANGES_MAX 0x100

/* NVM command set opcodes (Linux enum nvme_opcode) */
enum nvm_opcode {
	NVM_OPCODE_FLUSH = 0,
	NVM_OPCODE_WRITE = 1,
	NVM_OPCODE_READ = 2,
	NVM_OPCODE_WRITE_UNCORRECTABLE = 4,
	NVM_OPCODE_COMPARE = 5,
	NVM_OPCODE_WRITE_ZEROES = 8,
	NVM_OPCODE_DATASET_MANAGEMENT = 9,
	NVM_OPCODE_VERIFY = 12,
	NVM_OPCODE_RESERVATION_REGISTER = 13,
	NVM_OPCODE_RESERVATION_REPORT = 14,
	NVM_OPCODE_RESERVATION_ACQUIRE = 17,
	NVM_OPCODE_RESERVATION_RELEASE = 21,
	NVM_OPCODE_COPY = 25,
};

/* CDW0..CDW9, as spec/nvme.yaml sqe_hdr */
struct nvm_wire_sqe_hdr {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint16_t cid;	/* @2 */
	uint32_t nsid;	/* @4 */
	uint32_t cdw2;	/* @8 */
	uint32_t cdw3;	/* @12 */
	uint64_t mptr;	/* @16 */
	uint64_t prp1;	/* @24 */
	uint64_t prp2;	/* @32 */
} __attribute__((packed));
#define NVM_SQE_HDR_SIZE 40
#define NVM_SQE_HDR_FUSE_SHIFT 0
#define NVM_SQE_HDR_FUSE_MASK 3
#define NVM_SQE_HDR_PSDT_SHIFT 6
#define NVM_SQE_HDR_PSDT_MASK 192
_Static_assert(sizeof(struct nvm_wire_sqe_hdr) == 40, "sqe_hdr size");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, opcode) == 0, "sqe_hdr.opcode");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, flags) == 1, "sqe_hdr.flags");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, cid) == 2, "sqe_hdr.cid");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, nsid) == 4, "sqe_hdr.nsid");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, cdw2) == 8, "sqe_hdr.cdw2");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, cdw3) == 12, "sqe_hdr.cdw3");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, mptr) == 16, "sqe_hdr.mptr");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, prp1) == 24, "sqe_hdr.prp1");
_Static_assert(offsetof(struct nvm_wire_sqe_hdr, prp2) == 32, "sqe_hdr.prp2");

/* Read (02h), Write (01h), Compare (05h), Verify (0Ch) */
struct nvm_wire_rw {
	struct nvm_wire_sqe_hdr hdr;	/* @0 */
	uint64_t slba;	/* @40 starting LBA (CDW10 low, CDW11 high) */
	uint32_t cdw12;	/* @48 */
	uint32_t cdw13;	/* @52 */
	uint32_t eilbrt;	/* @56 expected initial logical block reference tag */
	uint32_t cdw15;	/* @60 */
} __attribute__((packed));
#define NVM_RW_SIZE 64
#define NVM_RW_NLB_SHIFT 0
#define NVM_RW_NLB_MASK 0xffff
#define NVM_RW_DTYPE_SHIFT 20
#define NVM_RW_DTYPE_MASK 0xf00000
#define NVM_RW_STC_SHIFT 24
#define NVM_RW_STC_MASK 0x1000000
#define NVM_RW_PRINFO_SHIFT 26
#define NVM_RW_PRINFO_MASK 0x3c000000
#define NVM_RW_FUA_SHIFT 30
#define NVM_RW_FUA_MASK 0x40000000
#define NVM_RW_LR_SHIFT 31
#define NVM_RW_LR_MASK 0x80000000U
#define NVM_RW_DSM_SHIFT 0
#define NVM_RW_DSM_MASK 255
#define NVM_RW_DSPEC_SHIFT 16
#define NVM_RW_DSPEC_MASK 0xffff0000U
#define NVM_RW_ELBAT_SHIFT 0
#define NVM_RW_ELBAT_MASK 0xffff
#define NVM_RW_ELBATM_SHIFT 16
#define NVM_RW_ELBATM_MASK 0xffff0000U
_Static_assert(sizeof(struct nvm_wire_rw) == 64, "rw size");
_Static_assert(offsetof(struct nvm_wire_rw, hdr) == 0, "rw.hdr");
_Static_assert(offsetof(struct nvm_wire_rw, slba) == 40, "rw.slba");
_Static_assert(offsetof(struct nvm_wire_rw, cdw12) == 48, "rw.cdw12");
_Static_assert(offsetof(struct nvm_wire_rw, cdw13) == 52, "rw.cdw13");
_Static_assert(offsetof(struct nvm_wire_rw, eilbrt) == 56, "rw.eilbrt");
_Static_assert(offsetof(struct nvm_wire_rw, cdw15) == 60, "rw.cdw15");

/* Write Zeroes (08h): DEAC lets the controller deallocate instead of writing */
struct nvm_wire_write_zeroes {
	struct nvm_wire_sqe_hdr hdr;	/* @0 */
	uint64_t slba;	/* @40 */
	uint32_t cdw12;	/* @48 */
	uint32_t cdw13;	/* @52 */
	uint32_t eilbrt;	/* @56 */
	uint32_t cdw15;	/* @60 */
} __attribute__((packed));
#define NVM_WRITE_ZEROES_SIZE 64
#define NVM_WRITE_ZEROES_NLB_SHIFT 0
#define NVM_WRITE_ZEROES_NLB_MASK 0xffff
#define NVM_WRITE_ZEROES_DTYPE_SHIFT 20
#define NVM_WRITE_ZEROES_DTYPE_MASK 0xf00000
#define NVM_WRITE_ZEROES_STC_SHIFT 24
#define NVM_WRITE_ZEROES_STC_MASK 0x1000000
#define NVM_WRITE_ZEROES_DEAC_SHIFT 25
#define NVM_WRITE_ZEROES_DEAC_MASK 0x2000000
#define NVM_WRITE_ZEROES_PRINFO_SHIFT 26
#define NVM_WRITE_ZEROES_PRINFO_MASK 0x3c000000
#define NVM_WRITE_ZEROES_FUA_SHIFT 30
#define NVM_WRITE_ZEROES_FUA_MASK 0x40000000
#define NVM_WRITE_ZEROES_LR_SHIFT 31
#define NVM_WRITE_ZEROES_LR_MASK 0x80000000U
_Static_assert(sizeof(struct nvm_wire_write_zeroes) == 64, "write_zeroes size");
_Static_assert(offsetof(struct nvm_wire_write_zeroes, hdr) == 0, "write_zeroes.hdr");
_Static_assert(offsetof(struct nvm_wire_write_zeroes, slba) == 40, "write_zeroes.slba");
_Static_assert(offsetof(struct nvm_wire_write_zeroes, cdw12) == 48, "write_zeroes.cdw12");
_Static_assert(offsetof(struct nvm_wire_write_zeroes, cdw13) == 52, "write_zeroes.cdw13");
_Static_assert(offsetof(struct nvm_wire_write_zeroes, eilbrt) == 56, "write_zeroes.eilbrt");
_Static_assert(offsetof(struct nvm_wire_write_zeroes, cdw15) == 60, "write_zeroes.cdw15");

/* Dataset Management (09h): NR + 1 ranges of 16 bytes at DPTR */
struct nvm_wire_dsm {
	struct nvm_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11;	/* @44 */
	uint32_t cdw12[4];	/* @48 */
} __attribute__((packed));
#define NVM_DSM_SIZE 64
#define NVM_DSM_NR_SHIFT 0
#define NVM_DSM_NR_MASK 255
#define NVM_DSM_IDR_SHIFT 0
#define NVM_DSM_IDR_MASK 1
#define NVM_DSM_IDW_SHIFT 1
#define NVM_DSM_IDW_MASK 2
#define NVM_DSM_AD_SHIFT 2
#define NVM_DSM_AD_MASK 4
_Static_assert(sizeof(struct nvm_wire_dsm) == 64, "dsm size");
_Static_assert(offsetof(struct nvm_wire_dsm, hdr) == 0, "dsm.hdr");
_Static_assert(offsetof(struct nvm_wire_dsm, cdw10) == 40, "dsm.cdw10");
_Static_assert(offsetof(struct nvm_wire_dsm, cdw11) == 44, "dsm.cdw11");
_Static_assert(offsetof(struct nvm_wire_dsm, cdw12) == 48, "dsm.cdw12");

/* Flush (00h): everything written before it is on non-volatile media when it completes */
struct nvm_wire_flush {
	struct nvm_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10[6];	/* @40 */
} __attribute__((packed));
#define NVM_FLUSH_SIZE 64
_Static_assert(sizeof(struct nvm_wire_flush) == 64, "flush size");
_Static_assert(offsetof(struct nvm_wire_flush, hdr) == 0, "flush.hdr");
_Static_assert(offsetof(struct nvm_wire_flush, cdw10) == 40, "flush.cdw10");

/* A Dataset Management range */
struct nvm_wire_dsm_range {
	uint32_t cattr;	/* @0 context attributes */
	uint32_t nlb;	/* @4 blocks (NOT 0's based) */
	uint64_t slba;	/* @8 */
} __attribute__((packed));
#define NVM_DSM_RANGE_SIZE 16
_Static_assert(sizeof(struct nvm_wire_dsm_range) == 16, "dsm_range size");
_Static_assert(offsetof(struct nvm_wire_dsm_range, cattr) == 0, "dsm_range.cattr");
_Static_assert(offsetof(struct nvm_wire_dsm_range, nlb) == 4, "dsm_range.nlb");
_Static_assert(offsetof(struct nvm_wire_dsm_range, slba) == 8, "dsm_range.slba");

#endif /* PV_GENERATED_NVM_WIRE_H */
