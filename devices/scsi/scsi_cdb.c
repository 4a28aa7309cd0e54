/* SPDX-License-Identifier: MIT */
/*
 * CDB decoding: the layouts, byte order and bit positions come from the
 * decoders generated from spec/scsi.yaml (generated/scsi_codec.h); this file
 * only picks the layout by opcode and folds the per-layout structs into the
 * one struct scsi_cdb that scsi_disk consumes.
 *
 * One table, indexed by opcode, gives each opcode its kind and the decoder
 * of its layout. Layouts that differ only in field widths (READ/WRITE 10, 12
 * and 16; VERIFY, SYNCHRONIZE CACHE, WRITE SAME and MODE SENSE in their two
 * sizes) share one fold, written once as a macro over the generated struct.
 */
#include <errno.h>
#include <string.h>

#include "devices/scsi/scsi_cdb.h"
#include "scsi_codec.h"

/* CDB length by group code (opcode bits 7-5); 0 = group we do not decode. */
static const uint8_t scsi_cdb_group_len[8] = {6, 10, 10, 0, 16, 12, 0, 0};

/*
 * A generated decoder fails only on what the spec checks for a CDB: the
 * opcode constant (we dispatch on it, so never) and the service action enum
 * (a SERVICE ACTION IN(16) we do not implement).
 */
static int scsi_cdb_err(enum pv_codec_err e)
{
	if (e == PV_OK)
		return 0;
	return e == PV_ERR_ENUM ? -ENOTSUP : -EINVAL;
}

static uint32_t scsi_cdb_bit(unsigned int set, uint32_t flag)
{
	return set ? flag : 0;
}

/*
 * Defines scsi_cdb_dec_<layout>(c, o): the generated decoder of <layout>,
 * then, when it accepts the CDB, fold(o, &d) on what it decoded.
 */
#define SCSI_CDB_LAYOUT(layout, fold)                                                  \
	static int scsi_cdb_dec_##layout(const uint8_t *c, struct scsi_cdb *o)         \
	{                                                                              \
		struct scsi_cdb_##layout d;                                            \
		enum pv_codec_err e = scsi_cdb_##layout##_decode(c, o->len, NULL, &d); \
                                                                                       \
		if (e == PV_OK)                                                        \
			fold(o, &d);                                                   \
		return scsi_cdb_err(e);                                                \
	}

/* The folds of the layout families: the same field names in each size. */
#define SCSI_CDB_FOLD_RW(o, d)                                       \
	do {                                                         \
		(o)->flags |= scsi_cdb_bit((d)->fua, SCSI_CDB_FUA) | \
			      scsi_cdb_bit((d)->dpo, SCSI_CDB_DPO);  \
		(o)->protect = (d)->protect;                         \
		(o)->lba = (d)->lba;                                 \
		(o)->nblocks = (d)->length;                          \
	} while (0)

#define SCSI_CDB_FOLD_VERIFY(o, d)                                  \
	do {                                                        \
		(o)->flags |= scsi_cdb_bit((d)->dpo, SCSI_CDB_DPO); \
		(o)->protect = (d)->vrprotect;                      \
		(o)->bytchk = (d)->bytchk;                          \
		(o)->lba = (d)->lba;                                \
		(o)->nblocks = (d)->length;                         \
	} while (0)

#define SCSI_CDB_FOLD_SYNC(o, d)                                        \
	do {                                                            \
		(o)->flags |= scsi_cdb_bit((d)->immed, SCSI_CDB_IMMED); \
		(o)->lba = (d)->lba;                                    \
		(o)->nblocks = (d)->nblocks;                            \
	} while (0)

#define SCSI_CDB_FOLD_WRITE_SAME(o, d)                                    \
	do {                                                              \
		(o)->flags |= scsi_cdb_bit((d)->unmap, SCSI_CDB_UNMAP) |  \
			      scsi_cdb_bit((d)->anchor, SCSI_CDB_ANCHOR); \
		(o)->protect = (d)->wrprotect;                            \
		(o)->lba = (d)->lba;                                      \
		(o)->nblocks = (d)->nblocks;                              \
	} while (0)

#define SCSI_CDB_FOLD_MODE_SENSE(o, d)                              \
	do {                                                        \
		(o)->flags |= scsi_cdb_bit((d)->dbd, SCSI_CDB_DBD); \
		(o)->pc = (d)->pc;                                  \
		(o)->page = (d)->page_code;                         \
		(o)->subpage = (d)->subpage;                        \
		(o)->alloc_len = (d)->alloc_len;                    \
	} while (0)

static void scsi_cdb_fold_rw6(struct scsi_cdb *o, const struct scsi_cdb_rw6 *d)
{
	o->lba = d->lba;
	/* SBC: a zero transfer length in the 6-byte CDBs means 256 blocks. */
	o->nblocks = d->length ? d->length : 256;
}

static void scsi_cdb_fold_write_same16(struct scsi_cdb *o, const struct scsi_cdb_write_same16 *d)
{
	SCSI_CDB_FOLD_WRITE_SAME(o, d);
	o->flags |= scsi_cdb_bit(d->ndob, SCSI_CDB_NDOB);
}

static void scsi_cdb_fold_mode_sense10(struct scsi_cdb *o, const struct scsi_cdb_mode_sense10 *d)
{
	SCSI_CDB_FOLD_MODE_SENSE(o, d);
	o->flags |= scsi_cdb_bit(d->llbaa, SCSI_CDB_LLBAA);
}

static void scsi_cdb_fold_read_capacity10(struct scsi_cdb *o,
					  const struct scsi_cdb_read_capacity10 *d)
{
	o->lba = d->lba;
	o->flags |= scsi_cdb_bit(d->pmi, SCSI_CDB_PMI);
	o->alloc_len = SCSI_READ_CAPACITY10_DATA_SIZE;
}

/* The generated enum of service actions lists only what we implement. */
static void scsi_cdb_fold_service_action_in16(struct scsi_cdb *o,
					      const struct scsi_cdb_service_action_in16 *d)
{
	o->service_action = d->service_action;
	o->lba = d->lba;
	o->alloc_len = d->alloc_len;
	o->flags |= scsi_cdb_bit(d->pmi, SCSI_CDB_PMI);
}

static void scsi_cdb_fold_request_sense(struct scsi_cdb *o, const struct scsi_cdb_request_sense *d)
{
	o->flags |= scsi_cdb_bit(d->desc, SCSI_CDB_DESC);
	o->alloc_len = d->alloc_len;
}

static void scsi_cdb_fold_inquiry(struct scsi_cdb *o, const struct scsi_cdb_inquiry *d)
{
	o->flags |= scsi_cdb_bit(d->evpd, SCSI_CDB_EVPD) | scsi_cdb_bit(d->cmddt, SCSI_CDB_CMDDT);
	o->page = d->page_code;
	o->alloc_len = d->alloc_len;
}

static void scsi_cdb_fold_start_stop_unit(struct scsi_cdb *o,
					  const struct scsi_cdb_start_stop_unit *d)
{
	o->flags |= scsi_cdb_bit(d->immed, SCSI_CDB_IMMED) |
		    scsi_cdb_bit(d->start, SCSI_CDB_START) | scsi_cdb_bit(d->loej, SCSI_CDB_LOEJ);
	o->power_cond = d->power_cond;
}

static void scsi_cdb_fold_unmap(struct scsi_cdb *o, const struct scsi_cdb_unmap *d)
{
	o->flags |= scsi_cdb_bit(d->anchor, SCSI_CDB_ANCHOR);
	o->param_len = d->param_len;
}

static void scsi_cdb_fold_pr_in(struct scsi_cdb *o, const struct scsi_cdb_pr_in *d)
{
	o->service_action = d->service_action;
	o->alloc_len = d->alloc_len;
}

static void scsi_cdb_fold_report_luns(struct scsi_cdb *o, const struct scsi_cdb_report_luns *d)
{
	o->select = d->select_report;
	o->alloc_len = d->alloc_len;
}

SCSI_CDB_LAYOUT(rw6, scsi_cdb_fold_rw6)
SCSI_CDB_LAYOUT(rw10, SCSI_CDB_FOLD_RW)
SCSI_CDB_LAYOUT(rw12, SCSI_CDB_FOLD_RW)
SCSI_CDB_LAYOUT(rw16, SCSI_CDB_FOLD_RW)
SCSI_CDB_LAYOUT(verify10, SCSI_CDB_FOLD_VERIFY)
SCSI_CDB_LAYOUT(verify16, SCSI_CDB_FOLD_VERIFY)
SCSI_CDB_LAYOUT(sync_cache10, SCSI_CDB_FOLD_SYNC)
SCSI_CDB_LAYOUT(sync_cache16, SCSI_CDB_FOLD_SYNC)
SCSI_CDB_LAYOUT(write_same10, SCSI_CDB_FOLD_WRITE_SAME)
SCSI_CDB_LAYOUT(write_same16, scsi_cdb_fold_write_same16)
SCSI_CDB_LAYOUT(mode_sense6, SCSI_CDB_FOLD_MODE_SENSE)
SCSI_CDB_LAYOUT(mode_sense10, scsi_cdb_fold_mode_sense10)
SCSI_CDB_LAYOUT(read_capacity10, scsi_cdb_fold_read_capacity10)
SCSI_CDB_LAYOUT(service_action_in16, scsi_cdb_fold_service_action_in16)
SCSI_CDB_LAYOUT(request_sense, scsi_cdb_fold_request_sense)
SCSI_CDB_LAYOUT(inquiry, scsi_cdb_fold_inquiry)
SCSI_CDB_LAYOUT(start_stop_unit, scsi_cdb_fold_start_stop_unit)
SCSI_CDB_LAYOUT(unmap, scsi_cdb_fold_unmap)
SCSI_CDB_LAYOUT(pr_in, scsi_cdb_fold_pr_in)
SCSI_CDB_LAYOUT(report_luns, scsi_cdb_fold_report_luns)

/* What each opcode we decode is; an empty slot is one we do not (-ENOTSUP). */
static const struct scsi_cdb_op {
	uint8_t kind;                                        /* enum scsi_cdb_kind */
	int (*decode)(const uint8_t *c, struct scsi_cdb *o); /* NULL: no fields */
} scsi_cdb_ops[256] = {
	[SCSI_OP_TEST_UNIT_READY] = {SCSI_KIND_TEST_UNIT_READY, NULL},
	[SCSI_OP_REQUEST_SENSE] = {SCSI_KIND_REQUEST_SENSE, scsi_cdb_dec_request_sense},
	[SCSI_OP_READ_6] = {SCSI_KIND_READ, scsi_cdb_dec_rw6},
	[SCSI_OP_WRITE_6] = {SCSI_KIND_WRITE, scsi_cdb_dec_rw6},
	[SCSI_OP_INQUIRY] = {SCSI_KIND_INQUIRY, scsi_cdb_dec_inquiry},
	[SCSI_OP_MODE_SENSE_6] = {SCSI_KIND_MODE_SENSE, scsi_cdb_dec_mode_sense6},
	[SCSI_OP_START_STOP_UNIT] = {SCSI_KIND_START_STOP, scsi_cdb_dec_start_stop_unit},
	[SCSI_OP_READ_CAPACITY_10] = {SCSI_KIND_READ_CAPACITY, scsi_cdb_dec_read_capacity10},
	[SCSI_OP_READ_10] = {SCSI_KIND_READ, scsi_cdb_dec_rw10},
	[SCSI_OP_WRITE_10] = {SCSI_KIND_WRITE, scsi_cdb_dec_rw10},
	[SCSI_OP_VERIFY_10] = {SCSI_KIND_VERIFY, scsi_cdb_dec_verify10},
	[SCSI_OP_SYNCHRONIZE_CACHE_10] = {SCSI_KIND_SYNC, scsi_cdb_dec_sync_cache10},
	[SCSI_OP_WRITE_SAME_10] = {SCSI_KIND_WRITE_SAME, scsi_cdb_dec_write_same10},
	[SCSI_OP_UNMAP] = {SCSI_KIND_UNMAP, scsi_cdb_dec_unmap},
	[SCSI_OP_MODE_SENSE_10] = {SCSI_KIND_MODE_SENSE, scsi_cdb_dec_mode_sense10},
	[SCSI_OP_PERSISTENT_RESERVE_IN] = {SCSI_KIND_PR_IN, scsi_cdb_dec_pr_in},
	[SCSI_OP_READ_16] = {SCSI_KIND_READ, scsi_cdb_dec_rw16},
	[SCSI_OP_WRITE_16] = {SCSI_KIND_WRITE, scsi_cdb_dec_rw16},
	[SCSI_OP_VERIFY_16] = {SCSI_KIND_VERIFY, scsi_cdb_dec_verify16},
	[SCSI_OP_SYNCHRONIZE_CACHE_16] = {SCSI_KIND_SYNC, scsi_cdb_dec_sync_cache16},
	[SCSI_OP_WRITE_SAME_16] = {SCSI_KIND_WRITE_SAME, scsi_cdb_dec_write_same16},
	[SCSI_OP_SERVICE_ACTION_IN_16] = {SCSI_KIND_READ_CAPACITY,
					  scsi_cdb_dec_service_action_in16},
	[SCSI_OP_REPORT_LUNS] = {SCSI_KIND_REPORT_LUNS, scsi_cdb_dec_report_luns},
	[SCSI_OP_READ_12] = {SCSI_KIND_READ, scsi_cdb_dec_rw12},
	[SCSI_OP_WRITE_12] = {SCSI_KIND_WRITE, scsi_cdb_dec_rw12},
};

int scsi_cdb_decode(const uint8_t *c, size_t len, struct scsi_cdb *o)
{
	const struct scsi_cdb_op *op;
	int rc;

	memset(o, 0, sizeof(*o));
	if (len < 1)
		return -EINVAL;
	o->opcode = c[0];
	o->len = scsi_cdb_group_len[c[0] >> SCSI_CDB_GROUP_SHIFT];
	if (o->len == 0)
		return -ENOTSUP;
	if (len < o->len)
		return -EINVAL;
	op = &scsi_cdb_ops[o->opcode];
	if (op->kind == SCSI_KIND_OTHER)
		return -ENOTSUP;
	rc = op->decode ? op->decode(c, o) : 0;
	if (rc == 0)
		o->kind = op->kind;
	return rc;
}
