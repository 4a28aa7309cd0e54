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

/* Operation codes we decode. */
#define SCSI_OP_TEST_UNIT_READY 0x00
#define SCSI_OP_REQUEST_SENSE 0x03
#define SCSI_OP_READ_6 0x08
#define SCSI_OP_WRITE_6 0x0A
#define SCSI_OP_INQUIRY 0x12
#define SCSI_OP_MODE_SENSE_6 0x1A
#define SCSI_OP_START_STOP_UNIT 0x1B
#define SCSI_OP_READ_CAPACITY_10 0x25
#define SCSI_OP_READ_10 0x28
#define SCSI_OP_WRITE_10 0x2A
#define SCSI_OP_VERIFY_10 0x2F
#define SCSI_OP_SYNCHRONIZE_CACHE_10 0x35
#define SCSI_OP_WRITE_SAME_10 0x41
#define SCSI_OP_UNMAP 0x42
#define SCSI_OP_MODE_SENSE_10 0x5A
#define SCSI_OP_PERSISTENT_RESERVE_IN 0x5E
#define SCSI_OP_READ_16 0x88
#define SCSI_OP_WRITE_16 0x8A
#define SCSI_OP_VERIFY_16 0x8F
#define SCSI_OP_SYNCHRONIZE_CACHE_16 0x91
#define SCSI_OP_WRITE_SAME_16 0x93
#define SCSI_OP_SERVICE_ACTION_IN_16 0x9E
#define SCSI_OP_REPORT_LUNS 0xA0
#define SCSI_OP_READ_12 0xA8
#define SCSI_OP_WRITE_12 0xAA

#define SCSI_SAI_READ_CAPACITY_16 0x10

/* Decoded flag bits (scsi_cdb.flags). */
#define SCSI_CDB_FUA 0x0001
#define SCSI_CDB_DPO 0x0002
#define SCSI_CDB_UNMAP 0x0004  /* WRITE SAME */
#define SCSI_CDB_ANCHOR 0x0008 /* WRITE SAME, UNMAP */
#define SCSI_CDB_NDOB 0x0010   /* WRITE SAME(16) */
#define SCSI_CDB_EVPD 0x0020   /* INQUIRY */
#define SCSI_CDB_DBD 0x0040    /* MODE SENSE */
#define SCSI_CDB_LLBAA 0x0080  /* MODE SENSE(10) */
#define SCSI_CDB_PMI 0x0100    /* READ CAPACITY */
#define SCSI_CDB_IMMED 0x0200  /* SYNCHRONIZE CACHE, START STOP UNIT */
#define SCSI_CDB_DESC 0x0400   /* REQUEST SENSE */
#define SCSI_CDB_START 0x0800  /* START STOP UNIT */
#define SCSI_CDB_LOEJ 0x1000   /* START STOP UNIT */

/* What kind of command, after decoding (drives scsi_disk's dispatch). */
enum scsi_cdb_kind {
	SCSI_KIND_OTHER = 0, /* no fields beyond the opcode */
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
 * Decodes cdb[0..len). Returns 0; -ENOTSUP for an opcode we do not decode
 * (the caller answers INVALID COMMAND OPERATION CODE); -EINVAL if len is
 * shorter than the opcode's CDB, with *bad_byte = 0.
 * Only length and layout are checked here: field values (reserved bits,
 * page codes, LBA ranges) are judged by the command's executor, which knows
 * which byte to point the sense data at.
 */
int scsi_cdb_decode(const uint8_t *cdb, size_t len, struct scsi_cdb *out);

/* Big-endian helpers for building response data. */
static inline void scsi_put_be16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static inline void scsi_put_be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

static inline void scsi_put_be64(uint8_t *p, uint64_t v)
{
	scsi_put_be32(p, (uint32_t)(v >> 32));
	scsi_put_be32(p + 4, (uint32_t)v);
}

static inline uint16_t scsi_get_be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline uint32_t scsi_get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static inline uint64_t scsi_get_be64(const uint8_t *p)
{
	return (uint64_t)scsi_get_be32(p) << 32 | scsi_get_be32(p + 4);
}

#endif
