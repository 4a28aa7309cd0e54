/* SPDX-License-Identifier: MIT */
/*
 * SCSI CDB decoding into one native struct (SPC-4, SBC-3).
 *
 * The per-command layouts are decoded by the code generated from
 * spec/scsi.yaml (generated/scsi_codec.h); scsi_cdb.c folds them into the
 * struct below, which is what scsi_disk consumes.
 */
#ifndef PV_DEVICES_SCSI_CDB_H
#define PV_DEVICES_SCSI_CDB_H

#include <stddef.h>
#include <stdint.h>

#include "scsi_wire.h"

/* Operation codes we decode (spec/scsi.yaml's, under the names scsi_disk uses). */
#define SCSI_OP_TEST_UNIT_READY SCSI_OPCODE_TEST_UNIT_READY
#define SCSI_OP_REQUEST_SENSE SCSI_OPCODE_REQUEST_SENSE
#define SCSI_OP_READ_6 SCSI_OPCODE_READ_6
#define SCSI_OP_WRITE_6 SCSI_OPCODE_WRITE_6
#define SCSI_OP_INQUIRY SCSI_OPCODE_INQUIRY
#define SCSI_OP_MODE_SENSE_6 SCSI_OPCODE_MODE_SENSE_6
#define SCSI_OP_START_STOP_UNIT SCSI_OPCODE_START_STOP_UNIT
#define SCSI_OP_READ_CAPACITY_10 SCSI_OPCODE_READ_CAPACITY_10
#define SCSI_OP_READ_10 SCSI_OPCODE_READ_10
#define SCSI_OP_WRITE_10 SCSI_OPCODE_WRITE_10
#define SCSI_OP_VERIFY_10 SCSI_OPCODE_VERIFY_10
#define SCSI_OP_SYNCHRONIZE_CACHE_10 SCSI_OPCODE_SYNCHRONIZE_CACHE_10
#define SCSI_OP_WRITE_SAME_10 SCSI_OPCODE_WRITE_SAME_10
#define SCSI_OP_UNMAP SCSI_OPCODE_UNMAP
#define SCSI_OP_MODE_SENSE_10 SCSI_OPCODE_MODE_SENSE_10
#define SCSI_OP_PERSISTENT_RESERVE_IN SCSI_OPCODE_PERSISTENT_RESERVE_IN
#define SCSI_OP_READ_16 SCSI_OPCODE_READ_16
#define SCSI_OP_WRITE_16 SCSI_OPCODE_WRITE_16
#define SCSI_OP_VERIFY_16 SCSI_OPCODE_VERIFY_16
#define SCSI_OP_SYNCHRONIZE_CACHE_16 SCSI_OPCODE_SYNCHRONIZE_CACHE_16
#define SCSI_OP_WRITE_SAME_16 SCSI_OPCODE_WRITE_SAME_16
#define SCSI_OP_SERVICE_ACTION_IN_16 SCSI_OPCODE_SERVICE_ACTION_IN_16
#define SCSI_OP_REPORT_LUNS SCSI_OPCODE_REPORT_LUNS
#define SCSI_OP_READ_12 SCSI_OPCODE_READ_12
#define SCSI_OP_WRITE_12 SCSI_OPCODE_WRITE_12

#define SCSI_SAI_READ_CAPACITY_16 SCSI_SERVICE_ACTION_IN_READ_CAPACITY_16

/* Decoded flag bits (scsi_cdb.flags): ours, gathered from the CDBs' own bits. */
enum scsi_cdb_flag {
	SCSI_CDB_FUA = 0x0001,
	SCSI_CDB_DPO = 0x0002,
	SCSI_CDB_UNMAP = 0x0004,  /* WRITE SAME */
	SCSI_CDB_ANCHOR = 0x0008, /* WRITE SAME, UNMAP */
	SCSI_CDB_NDOB = 0x0010,   /* WRITE SAME(16) */
	SCSI_CDB_EVPD = 0x0020,   /* INQUIRY */
	SCSI_CDB_DBD = 0x0040,    /* MODE SENSE */
	SCSI_CDB_LLBAA = 0x0080,  /* MODE SENSE(10) */
	SCSI_CDB_PMI = 0x0100,    /* READ CAPACITY */
	SCSI_CDB_IMMED = 0x0200,  /* SYNCHRONIZE CACHE, START STOP UNIT */
	SCSI_CDB_DESC = 0x0400,   /* REQUEST SENSE */
	SCSI_CDB_START = 0x0800,  /* START STOP UNIT */
	SCSI_CDB_LOEJ = 0x1000,   /* START STOP UNIT */
	SCSI_CDB_CMDDT = 0x2000,  /* INQUIRY (obsolete; refused) */
};

/* What kind of command, after decoding (drives scsi_disk's dispatch). */
enum scsi_cdb_kind {
	SCSI_KIND_OTHER = 0, /* not decoded (scsi_cdb_decode failed) */
	SCSI_KIND_READ,
	SCSI_KIND_WRITE,
	SCSI_KIND_VERIFY,
	SCSI_KIND_SYNC,
	SCSI_KIND_WRITE_SAME,
	SCSI_KIND_UNMAP,
	SCSI_KIND_INQUIRY,
	SCSI_KIND_MODE_SENSE,
	SCSI_KIND_READ_CAPACITY,
	SCSI_KIND_REPORT_LUNS,
	SCSI_KIND_REQUEST_SENSE,
	SCSI_KIND_PR_IN,
	SCSI_KIND_START_STOP,
	SCSI_KIND_TEST_UNIT_READY,
};

struct scsi_cdb {
	uint8_t opcode;
	uint8_t kind;           /* enum scsi_cdb_kind */
	uint8_t service_action; /* SERVICE ACTION IN(16), PERSISTENT RESERVE IN */
	uint8_t len;            /* CDB length implied by the opcode's group */
	uint32_t flags;         /* SCSI_CDB_* */
	uint64_t lba;
	uint32_t nblocks;   /* transfer or range length in blocks */
	uint32_t alloc_len; /* data-in commands */
	uint32_t param_len; /* UNMAP parameter list length */
	uint8_t page;       /* INQUIRY VPD page, MODE SENSE page code */
	uint8_t subpage;    /* MODE SENSE */
	uint8_t pc;         /* MODE SENSE page control */
	uint8_t bytchk;     /* VERIFY */
	uint8_t protect;    /* RDPROTECT / WRPROTECT / VRPROTECT (must be 0) */
	uint8_t select;     /* REPORT LUNS select report */
	uint8_t power_cond; /* START STOP UNIT */
};

/*
 * Decodes cdb[0..len). Returns 0; -ENOTSUP for an opcode (or SERVICE ACTION
 * IN(16) service action) we do not decode (the caller answers INVALID
 * COMMAND OPERATION CODE); -EINVAL if len is shorter than the opcode's CDB.
 * On an error, out holds at most the opcode and the group's length (kind
 * SCSI_KIND_OTHER).
 * Only length and layout are checked here: field values (reserved bits,
 * page codes, LBA ranges) are judged by the command's executor, which knows
 * which byte to point the sense data at.
 */
int scsi_cdb_decode(const uint8_t *cdb, size_t len, struct scsi_cdb *out);

#endif
