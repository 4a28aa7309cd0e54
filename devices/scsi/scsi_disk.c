/* SPDX-License-Identifier: MIT */
/*
 * The SCSI disk: executes decoded CDBs against a struct disk.
 *
 * Commands answered from the unit's identity complete through a deferred
 * queue (an ev_async on the disk's loop) so the async contract holds for
 * every CDB; data commands complete from the disk's callback. Multi-step
 * commands (FUA emulated by a flush, WRITE SAME in chunks, UNMAP with several
 * descriptors) run as a small chain keyed by cmd->stage.
 *
 * All fields belong to the disk's loop thread.
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <ev.h>
#include <stdlib.h>
#include <string.h>

#include "devices/scsi/scsi_cdb.h"
#include "devices/scsi/scsi_disk.h"
#include "devices/scsi/scsi_pages.h"
#include "runtime/loop.h"
#include "runtime/util.h"
#include "scsi_codec.h"
#include "scsi_wire.h"

#define SCSI_DISK_CDB_MAX 32             /* not protocol: our CDB buffer */
#define SCSI_DISK_WS_BOUNCE (128u << 10) /* WRITE SAME writes this much per request */

enum scsi_stage {
	SCSI_ST_NONE = 0,
	SCSI_ST_IO,        /* READ / WRITE */
	SCSI_ST_FUA_FLUSH, /* flush after a FUA write on a disk without native FUA */
	SCSI_ST_SYNC,      /* SYNCHRONIZE CACHE */
	SCSI_ST_WS,        /* WRITE SAME, one chunk per request */
	SCSI_ST_WS_UNMAP,  /* WRITE SAME with UNMAP of zeros */
	SCSI_ST_UNMAP,     /* UNMAP, one descriptor per request */
	SCSI_ST_VERIFY,    /* VERIFY: read the range back in chunks, data discarded */
};

struct scsi_disk {
	struct disk *disk;
	struct scsi_unit unit;
	bool ua_capacity; /* CAPACITY DATA HAS CHANGED is owed to the initiator */
	ev_async async;   /* active while done_head is not empty */
	struct scsi_cmd *done_head, **done_tail;
	uint64_t inflight;
};

#define scsi_container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

/* ---- completion ---------------------------------------------------------- */

static void scsi_cmd_release(struct scsi_cmd *cmd)
{
	free(cmd->trim);
	cmd->trim = NULL;
	free(cmd->bounce);
	cmd->bounce = NULL;
	free(cmd->unmap);
	cmd->unmap = NULL;
}

static void scsi_cmd_complete_now(struct scsi_cmd *cmd)
{
	struct scsi_disk *sd = cmd->sd;

	scsi_cmd_release(cmd);
	sd->inflight--;
	cmd->cb(cmd->ctx, cmd);
}

static void scsi_disk_run_deferred(struct ev_loop *loop, ev_async *w, int revents)
{
	struct scsi_disk *sd = scsi_container_of(w, struct scsi_disk, async);
	struct scsi_cmd *cmd = sd->done_head;

	sd->done_head = NULL;
	sd->done_tail = &sd->done_head;
	while (cmd) {
		struct scsi_cmd *next = cmd->next;

		cmd->next = NULL;
		scsi_cmd_complete_now(cmd);
		cmd = next;
	}
	if (!sd->done_head)
		ev_async_stop(loop, &sd->async);
}

static void scsi_cmd_defer(struct scsi_cmd *cmd)
{
	struct scsi_disk *sd = cmd->sd;

	cmd->next = NULL;
	*sd->done_tail = cmd;
	sd->done_tail = &cmd->next;
	ev_async_start(sd->disk->loop, &sd->async);
	ev_async_send(sd->disk->loop, &sd->async);
}

static void scsi_cmd_good(struct scsi_cmd *cmd, uint32_t transferred)
{
	cmd->result.status = SCSI_STATUS_GOOD;
	cmd->result.sense_len = 0;
	cmd->result.transferred = transferred;
	cmd->result.residual = cmd->xfer_len - transferred;
}

static void scsi_cmd_check(struct scsi_cmd *cmd, const struct scsi_sense_info *si)
{
	int n = scsi_sense_build(si, 0, cmd->result.sense, sizeof(cmd->result.sense));

	cmd->result.status = SCSI_STATUS_CHECK_CONDITION;
	cmd->result.sense_len = n > 0 ? (uint8_t)n : 0;
	cmd->result.transferred = 0;
	cmd->result.residual = cmd->xfer_len;
}

static void scsi_cmd_sense(struct scsi_cmd *cmd, uint8_t key, uint16_t asc)
{
	struct scsi_sense_info si = {.key = key, .asc = asc};

	scsi_cmd_check(cmd, &si);
}

/* A disk error (synchronous or from a completion) as SCSI status. */
static void scsi_cmd_errno(struct scsi_cmd *cmd, int err)
{
	struct scsi_sense_info si;

	if (scsi_errno_is_busy(err)) {
		cmd->result.status = SCSI_STATUS_TASK_SET_FULL;
		cmd->result.sense_len = 0;
		cmd->result.transferred = 0;
		cmd->result.residual = cmd->xfer_len;
		return;
	}
	if (cmd->req.sense_key) {
		/* The backend knew better than an errno (NVMe status -> sense, disk_nvme.c). */
		si = (struct scsi_sense_info){.key = cmd->req.sense_key, .asc = cmd->req.sense_asc};
	} else {
		scsi_sense_from_errno(err, cmd->is_write, &si);
	}
	scsi_cmd_check(cmd, &si);
}

/* ---- data movement ------------------------------------------------------- */

static uint64_t scsi_cmd_seg_bytes(const struct scsi_cmd *cmd)
{
	uint64_t total = 0;

	for (uint32_t i = 0; i < cmd->nsegs; i++)
		total += cmd->segs[i].len;
	return total;
}

/* The most bytes the command may move: the initiator's length, capped by its buffer. */
static uint32_t scsi_cmd_avail(const struct scsi_cmd *cmd)
{
	uint64_t segs = scsi_cmd_seg_bytes(cmd);

	return segs < cmd->xfer_len ? (uint32_t)segs : cmd->xfer_len;
}

/* Copies response data to the initiator; returns the bytes copied. */
static uint32_t scsi_cmd_copy_in(struct scsi_cmd *cmd, const uint8_t *data, uint32_t len)
{
	uint32_t n = scsi_cmd_avail(cmd), done = 0;

	if (n > len)
		n = len;
	for (uint32_t i = 0; i < cmd->nsegs && done < n; i++) {
		uint32_t k = cmd->segs[i].len < n - done ? cmd->segs[i].len : n - done;

		memcpy(cmd->segs[i].va, data + done, k);
		done += k;
	}
	return done;
}

/* Copies data-out from the initiator, once; returns the bytes copied. */
static uint32_t scsi_cmd_copy_out(struct scsi_cmd *cmd, uint8_t *data, uint32_t len)
{
	uint32_t n = scsi_cmd_avail(cmd), done = 0;

	if (n > len)
		n = len;
	for (uint32_t i = 0; i < cmd->nsegs && done < n; i++) {
		uint32_t k = cmd->segs[i].len < n - done ? cmd->segs[i].len : n - done;

		memcpy(data + done, cmd->segs[i].va, k);
		done += k;
	}
	return done;
}

/*
 * The segments for a transfer of exactly `bytes`: the caller's own when they
 * add up to it, else a trimmed copy. Returns NULL on allocation failure.
 */
static const struct disk_seg *scsi_cmd_segs_for(struct scsi_cmd *cmd, uint64_t bytes,
						uint32_t *nsegs)
{
	uint64_t acc = 0;
	uint32_t i;

	if (scsi_cmd_seg_bytes(cmd) == bytes) {
		*nsegs = cmd->nsegs;
		return cmd->segs;
	}
	for (i = 0; i < cmd->nsegs && acc < bytes; i++)
		acc += cmd->segs[i].len;
	cmd->trim = malloc((size_t)i * sizeof(*cmd->trim));
	if (!cmd->trim)
		return NULL;
	memcpy(cmd->trim, cmd->segs, (size_t)i * sizeof(*cmd->trim));
	cmd->trim[i - 1].len -= (uint32_t)(acc - bytes);
	*nsegs = i;
	return cmd->trim;
}

/* ---- disk requests ------------------------------------------------------- */

static void scsi_disk_io_done(void *ctx, int status);

/* Starts cmd->req; on a synchronous failure records the error and returns it. */
static int scsi_cmd_submit(struct scsi_cmd *cmd, uint8_t op, uint32_t flags, uint64_t lba,
			   uint64_t nblocks, const struct disk_seg *segs, uint32_t nsegs)
{
	int rc;

	memset(&cmd->req, 0, sizeof(cmd->req));
	cmd->req.op = op;
	cmd->req.flags = flags;
	cmd->req.lba = lba;
	cmd->req.nblocks = nblocks;
	cmd->req.segs = segs;
	cmd->req.nsegs = nsegs;
	cmd->req.cb = scsi_disk_io_done;
	cmd->req.ctx = cmd;
	if (cmd->adopting)
		return 0; /* scsi_disk_adopt: the request is on the medium already */
	rc = disk_submit(cmd->sd->disk, &cmd->req);
	if (rc)
		scsi_cmd_errno(cmd, rc);
	return rc;
}

/*
 * Submits the next UNMAP descriptor with a non-zero count at or after
 * cmd->cur (decoded and checked by scsi_exec_unmap). Returns 0 when a disk
 * request is under way, 1 when none is left, a negative errno (the error
 * set) when the submission failed.
 */
static int scsi_unmap_next(struct scsi_cmd *cmd)
{
	const struct scsi_unmap_param_list *l = cmd->unmap;

	for (; cmd->cur < l->descs_count; cmd->cur++) {
		const struct scsi_unmap_desc *d = &l->descs[cmd->cur];

		if (d->nblocks)
			return scsi_cmd_submit(cmd, DISK_OP_UNMAP, 0, d->lba, d->nblocks, NULL, 0);
	}
	return 1;
}

/* Next chunk of a chained WRITE SAME (writes the pattern) or VERIFY (reads into the bounce). */
static int scsi_chunk_next(struct scsi_cmd *cmd)
{
	uint32_t bs = cmd->sd->unit.block_size;
	uint64_t n = cmd->left < cmd->chunk ? cmd->left : cmd->chunk;
	uint8_t op = cmd->stage == SCSI_ST_VERIFY ? DISK_OP_READ : DISK_OP_WRITE;

	cmd->bounce_seg = (struct disk_seg){.gpa = 0, .va = cmd->bounce, .len = (uint32_t)(n * bs)};
	return scsi_cmd_submit(cmd, op, 0, cmd->lba, 0, &cmd->bounce_seg, 1);
}

static void scsi_disk_io_done(void *ctx, int status)
{
	struct scsi_cmd *cmd = ctx;
	uint32_t moved = cmd->result.transferred;
	int rc = -1; /* a stage with no disk request: finish it as it stands */

	if (status) {
		scsi_cmd_errno(cmd, status);
		scsi_cmd_complete_now(cmd);
		return;
	}
	/* rc: 0 another disk request is under way, 1 done, -1 done with the error set. */
	switch (cmd->stage) {
	case SCSI_ST_IO:
		rc = 1;
		if (cmd->fua_flush) {
			cmd->stage = SCSI_ST_FUA_FLUSH;
			rc = scsi_cmd_submit(cmd, DISK_OP_FLUSH, 0, 0, 0, NULL, 0) ? -1 : 0;
		}
		break;
	case SCSI_ST_FUA_FLUSH:
	case SCSI_ST_SYNC:
	case SCSI_ST_WS_UNMAP:
		rc = 1;
		break;
	case SCSI_ST_WS:
	case SCSI_ST_VERIFY: {
		uint64_t n = cmd->left < cmd->chunk ? cmd->left : cmd->chunk;

		cmd->lba += n;
		cmd->left -= n;
		rc = !cmd->left ? 1 : scsi_chunk_next(cmd) ? -1 : 0;
		break;
	}
	case SCSI_ST_UNMAP:
		cmd->cur++;
		rc = scsi_unmap_next(cmd);
		break;
	}
	if (rc == 0) {
		cmd->result.transferred = moved;
		return;
	}
	if (rc > 0)
		scsi_cmd_good(cmd, moved);
	scsi_cmd_complete_now(cmd);
}

/* ---- command executors ----------------------------------------------------
 * Each returns 1 when the command is finished (result set, to be deferred)
 * and 0 when a disk request will finish it.
 */

/* Finishes cmd with CHECK CONDITION, ILLEGAL REQUEST, INVALID FIELD IN CDB
 * pointing at byte (and bit, if not -1) of the CDB; returns 1. */
static int scsi_cmd_bad_cdb(struct scsi_cmd *cmd, uint16_t byte, int bit)
{
	struct scsi_sense_info si;

	scsi_sense_bad_cdb(&si, byte, bit);
	scsi_cmd_check(cmd, &si);
	return 1;
}

/* Finishes cmd with LOGICAL BLOCK ADDRESS OUT OF RANGE; returns 1. */
static int scsi_cmd_lba_range(struct scsi_cmd *cmd)
{
	scsi_cmd_sense(cmd, SCSI_SK_ILLEGAL_REQUEST, SCSI_ASC_LBA_OUT_OF_RANGE);
	return 1;
}

static int scsi_lba_out_of_range(const struct scsi_unit *u, uint64_t lba, uint64_t n)
{
	return lba > u->nblocks || n > u->nblocks - lba;
}

/* Where the transfer or range length sits in each CDB size, for sense pointers. */
static uint16_t scsi_len_byte(const struct scsi_cdb *c)
{
	switch (c->len) {
	case 6:
		return 4;
	case 10:
		return 7;
	case 12:
		return 6;
	default:
		return 10;
	}
}

static int scsi_exec_rw(struct scsi_cmd *cmd, const struct scsi_cdb *c)
{
	const struct scsi_unit *u = &cmd->sd->unit;
	int write = c->kind == SCSI_KIND_WRITE;
	const struct disk_seg *segs;
	uint32_t nsegs, flags = 0;
	uint64_t bytes;

	cmd->is_write = (uint8_t)write;
	if (c->protect)
		return scsi_cmd_bad_cdb(cmd, 1, 7);
	if (scsi_lba_out_of_range(u, c->lba, c->nblocks))
		return scsi_cmd_lba_range(cmd);
	if (c->nblocks == 0) {
		scsi_cmd_good(cmd, 0);
		return 1;
	}
	bytes = (uint64_t)c->nblocks * u->block_size;
	if (c->nblocks > u->max_transfer_blocks || bytes > scsi_cmd_avail(cmd) ||
	    cmd->dir != (write ? SCSI_DIR_OUT : SCSI_DIR_IN)) {
		/* Longer than our limit or than the initiator's buffer, or data flowing the
		 * wrong way: the initiator and the CDB disagree about the transfer. */
		return scsi_cmd_bad_cdb(cmd, scsi_len_byte(c), -1);
	}
	if (write && (u->disk_flags & DISK_F_READONLY)) {
		scsi_cmd_sense(cmd, SCSI_SK_DATA_PROTECT, SCSI_ASC_WRITE_PROTECTED);
		return 1;
	}
	segs = scsi_cmd_segs_for(cmd, bytes, &nsegs);
	if (!segs) {
		scsi_cmd_errno(cmd, -ENOMEM);
		return 1;
	}
	if (write && (c->flags & SCSI_CDB_FUA)) {
		if (u->disk_flags & DISK_F_FUA)
			flags = DISK_REQ_FUA;
		else
			cmd->fua_flush = 1;
	}
	cmd->stage = SCSI_ST_IO;
	cmd->result.transferred = (uint32_t)bytes;
	return scsi_cmd_submit(cmd, write ? DISK_OP_WRITE : DISK_OP_READ, flags, c->lba, 0, segs,
			       nsegs)
		       ? 1
		       : 0;
}

static int scsi_exec_verify(struct scsi_cmd *cmd, const struct scsi_cdb *c)
{
	const struct scsi_unit *u = &cmd->sd->unit;

	if (c->protect)
		return scsi_cmd_bad_cdb(cmd, 1, 7);
	if (c->bytchk) {
		/* Comparing against data-out is not supported. */
		return scsi_cmd_bad_cdb(cmd, 1, 2);
	}
	if (scsi_lba_out_of_range(u, c->lba, c->nblocks))
		return scsi_cmd_lba_range(cmd);
	if (c->nblocks == 0) {
		scsi_cmd_good(cmd, 0);
		return 1;
	}
	/* BYTCHK 0: the medium must be readable; read it and drop the data. */
	cmd->chunk = SCSI_DISK_WS_BOUNCE / u->block_size;
	cmd->bounce = malloc(SCSI_DISK_WS_BOUNCE);
	if (!cmd->bounce) {
		scsi_cmd_errno(cmd, -ENOMEM);
		return 1;
	}
	cmd->stage = SCSI_ST_VERIFY;
	cmd->lba = c->lba;
	cmd->left = c->nblocks;
	return scsi_chunk_next(cmd) ? 1 : 0;
}

static int scsi_exec_sync(struct scsi_cmd *cmd, const struct scsi_cdb *c)
{
	cmd->is_write = 1;
	if (scsi_lba_out_of_range(&cmd->sd->unit, c->lba, c->nblocks))
		return scsi_cmd_lba_range(cmd);
	/* IMMED is honoured by completing later than allowed, never earlier. */
	cmd->stage = SCSI_ST_SYNC;
	return scsi_cmd_submit(cmd, DISK_OP_FLUSH, 0, 0, 0, NULL, 0) ? 1 : 0;
}

static int scsi_is_zero(const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (p[i])
			return 0;
	}
	return 1;
}

static int scsi_exec_write_same(struct scsi_cmd *cmd, const struct scsi_cdb *c)
{
	const struct scsi_unit *u = &cmd->sd->unit;
	uint32_t bs = u->block_size, moved = 0;

	cmd->is_write = 1;
	if (c->protect || (c->flags & SCSI_CDB_ANCHOR))
		return scsi_cmd_bad_cdb(cmd, 1, c->protect ? 7 : 4);
	if ((c->flags & SCSI_CDB_UNMAP) && !(u->disk_flags & DISK_F_UNMAP))
		return scsi_cmd_bad_cdb(cmd, 1, 3);
	/* WSNZ is set in VPD 0xB0: zero blocks is refused, not "to the end". */
	if (c->nblocks == 0 || c->nblocks > u->max_write_same_blocks)
		return scsi_cmd_bad_cdb(cmd, scsi_len_byte(c), -1);
	if (scsi_lba_out_of_range(u, c->lba, c->nblocks))
		return scsi_cmd_lba_range(cmd);
	if (u->disk_flags & DISK_F_READONLY) {
		scsi_cmd_sense(cmd, SCSI_SK_DATA_PROTECT, SCSI_ASC_WRITE_PROTECTED);
		return 1;
	}
	cmd->chunk = SCSI_DISK_WS_BOUNCE / bs;
	cmd->bounce = calloc(1, SCSI_DISK_WS_BOUNCE);
	if (!cmd->bounce) {
		scsi_cmd_errno(cmd, -ENOMEM);
		return 1;
	}
	if (!(c->flags & SCSI_CDB_NDOB)) {
		if (cmd->dir != SCSI_DIR_OUT || scsi_cmd_avail(cmd) < bs)
			return scsi_cmd_bad_cdb(cmd, scsi_len_byte(c), -1);
		moved = scsi_cmd_copy_out(cmd, cmd->bounce, bs);
	}
	if ((c->flags & SCSI_CDB_UNMAP) && scsi_is_zero(cmd->bounce, bs)) {
		/* Unmapped blocks read as zeros (LBPRZ), so this is the same write. */
		cmd->stage = SCSI_ST_WS_UNMAP;
		cmd->result.transferred = moved;
		return scsi_cmd_submit(cmd, DISK_OP_UNMAP, 0, c->lba, c->nblocks, NULL, 0) ? 1 : 0;
	}
	for (uint64_t off = bs; off < SCSI_DISK_WS_BOUNCE; off += bs)
		memcpy(cmd->bounce + off, cmd->bounce, bs);
	cmd->stage = SCSI_ST_WS;
	cmd->lba = c->lba;
	cmd->left = c->nblocks;
	cmd->result.transferred = moved;
	return scsi_chunk_next(cmd) ? 1 : 0;
}

static void scsi_bad_param(struct scsi_cmd *cmd, uint16_t asc, uint16_t byte)
{
	struct scsi_sense_info si = {.key = SCSI_SK_ILLEGAL_REQUEST, .asc = asc};

	if (asc == SCSI_ASC_INVALID_FIELD_IN_PARAMETER_LIST) {
		si.field_valid = 1;
		si.field_ptr = byte;
	}
	scsi_cmd_check(cmd, &si);
}

static int scsi_exec_unmap(struct scsi_cmd *cmd, const struct scsi_cdb *c)
{
	const struct scsi_unit *u = &cmd->sd->unit;
	uint8_t raw[SCSI_UNMAP_PARAM_LIST_SIZE +
		    SCSI_UNMAP_DESC_SIZE * SCSI_UNMAP_PARAM_LIST_DESCS_MAX];
	size_t cap = SCSI_UNMAP_PARAM_LIST_SIZE + SCSI_UNMAP_DESC_SIZE * (size_t)u->max_unmap_descs;
	struct scsi_unmap_param_list *l;
	uint32_t len, bdlen;
	uint64_t total = 0;

	cmd->is_write = 1;
	if (!(u->disk_flags & DISK_F_UNMAP)) {
		scsi_cmd_sense(cmd, SCSI_SK_ILLEGAL_REQUEST,
			       SCSI_ASC_INVALID_COMMAND_OPERATION_CODE);
		return 1;
	}
	if (c->flags & SCSI_CDB_ANCHOR)
		return scsi_cmd_bad_cdb(cmd, offsetof(struct scsi_wire_cdb_unmap, flags),
					SCSI_CDB_UNMAP_ANCHOR_SHIFT);
	if (c->param_len == 0) {
		scsi_cmd_good(cmd, 0); /* SBC-3: not an error, nothing to do */
		return 1;
	}
	if (u->disk_flags & DISK_F_READONLY) {
		scsi_cmd_sense(cmd, SCSI_SK_DATA_PROTECT, SCSI_ASC_WRITE_PROTECTED);
		return 1;
	}
	if (c->param_len < SCSI_UNMAP_PARAM_LIST_SIZE || cmd->dir != SCSI_DIR_OUT ||
	    scsi_cmd_avail(cmd) < c->param_len) {
		scsi_bad_param(cmd, SCSI_ASC_PARAMETER_LIST_LENGTH_ERROR, 0);
		return 1;
	}
	if (cap > sizeof(raw))
		cap = sizeof(raw);
	cmd->unmap = l = malloc(sizeof(*l));
	if (!l) {
		scsi_cmd_errno(cmd, -ENOMEM);
		return 1;
	}
	/* The header first: it says how many descriptors follow. */
	len = scsi_cmd_copy_out(cmd, raw, c->param_len < cap ? c->param_len : cap);
	if (scsi_unmap_param_list_decode(raw, SCSI_UNMAP_PARAM_LIST_SIZE, NULL, l) != PV_OK) {
		scsi_bad_param(cmd, SCSI_ASC_PARAMETER_LIST_LENGTH_ERROR, 0);
		return 1;
	}
	bdlen = l->desc_len;
	if (bdlen % SCSI_UNMAP_DESC_SIZE || bdlen > c->param_len - SCSI_UNMAP_PARAM_LIST_SIZE) {
		scsi_bad_param(cmd, SCSI_ASC_PARAMETER_LIST_LENGTH_ERROR, 0);
		return 1;
	}
	if (bdlen / SCSI_UNMAP_DESC_SIZE > u->max_unmap_descs ||
	    scsi_unmap_param_list_decode(raw, SCSI_UNMAP_PARAM_LIST_SIZE + bdlen, NULL, l) !=
		    PV_OK) {
		scsi_bad_param(cmd, SCSI_ASC_INVALID_FIELD_IN_PARAMETER_LIST,
			       offsetof(struct scsi_wire_unmap_param_list, desc_len));
		return 1;
	}
	/* Check every descriptor before unmapping anything. */
	for (uint32_t i = 0; i < l->descs_count; i++) {
		if (scsi_lba_out_of_range(u, l->descs[i].lba, l->descs[i].nblocks)) {
			scsi_cmd_sense(cmd, SCSI_SK_ILLEGAL_REQUEST, SCSI_ASC_LBA_OUT_OF_RANGE);
			return 1;
		}
		total += l->descs[i].nblocks;
	}
	if (total > u->max_unmap_blocks) {
		scsi_bad_param(cmd, SCSI_ASC_INVALID_FIELD_IN_PARAMETER_LIST,
			       SCSI_UNMAP_PARAM_LIST_DESCS_OFFSET);
		return 1;
	}
	cmd->stage = SCSI_ST_UNMAP;
	cmd->cur = 0;
	cmd->result.transferred = len;
	switch (scsi_unmap_next(cmd)) {
	case 0:
		return 0;
	case 1:
		scsi_cmd_good(cmd, len); /* every descriptor had a zero count */
		return 1;
	default:
		return 1;
	}
}

/* The builder of each data-in command (scsi_pages.c); any other kind is REQUEST SENSE. */
typedef int (*scsi_page_fn)(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			    size_t cap, struct scsi_sense_info *si);
static const scsi_page_fn scsi_data_in[] = {
	[SCSI_KIND_INQUIRY] = scsi_pages_inquiry,
	[SCSI_KIND_MODE_SENSE] = scsi_pages_mode_sense,
	[SCSI_KIND_READ_CAPACITY] = scsi_pages_read_capacity,
	[SCSI_KIND_REPORT_LUNS] = scsi_pages_report_luns,
	[SCSI_KIND_PR_IN] = scsi_pages_pr_in,
};

/* Commands answered from scsi_pages.c: data-in, truncated to the allocation length. */
static int scsi_exec_data_in(struct scsi_cmd *cmd, const struct scsi_cdb *c, const uint8_t *raw)
{
	const struct scsi_unit *u = &cmd->sd->unit;
	uint8_t buf[SCSI_PAGES_MAX];
	struct scsi_sense_info si;
	scsi_page_fn build = scsi_pages_request_sense;
	uint32_t want;
	int n;

	if (c->kind < RT_ARRAY_SIZE(scsi_data_in) && scsi_data_in[c->kind])
		build = scsi_data_in[c->kind];
	n = build(u, c, buf, sizeof(buf), &si);
	if (n < 0) {
		scsi_cmd_check(cmd, &si);
		return 1;
	}
	want = (uint32_t)n < c->alloc_len ? (uint32_t)n : c->alloc_len;
	if (want && cmd->xfer_len && cmd->dir != SCSI_DIR_IN)
		return scsi_cmd_bad_cdb(cmd, 0, -1);
	scsi_cmd_good(cmd, scsi_cmd_copy_in(cmd, buf, want));
	return 1;
}

static int scsi_disk_dispatch(struct scsi_cmd *cmd, const uint8_t *raw, size_t len)
{
	struct scsi_cdb c;
	int rc = 0;

	if (cmd->parsed)
		c = *cmd->parsed;
	else
		rc = scsi_cdb_decode(raw, len, &c);

	if (rc == -ENOTSUP) {
		scsi_cmd_sense(cmd, SCSI_SK_ILLEGAL_REQUEST,
			       SCSI_ASC_INVALID_COMMAND_OPERATION_CODE);
		return 1;
	}
	if (rc)
		return scsi_cmd_bad_cdb(cmd, 0, -1);
	if (cmd->sd->ua_capacity && c.kind != SCSI_KIND_INQUIRY &&
	    c.kind != SCSI_KIND_REPORT_LUNS && c.kind != SCSI_KIND_REQUEST_SENSE) {
		/* SPC-4 5.14 / SAM-5 5.14: reported once, on the next other command. Linux
		 * storvsc rescans the device on it (storvsc_handle_error, ASC 0x2A/0x09). */
		cmd->sd->ua_capacity = false;
		scsi_cmd_sense(cmd, SCSI_SENSE_KEY_UNIT_ATTENTION,
			       SCSI_ASC_ASCQ_CAPACITY_DATA_HAS_CHANGED);
		return 1;
	}
	switch (c.kind) {
	case SCSI_KIND_READ:
	case SCSI_KIND_WRITE:
		return scsi_exec_rw(cmd, &c);
	case SCSI_KIND_VERIFY:
		return scsi_exec_verify(cmd, &c);
	case SCSI_KIND_SYNC:
		return scsi_exec_sync(cmd, &c);
	case SCSI_KIND_WRITE_SAME:
		return scsi_exec_write_same(cmd, &c);
	case SCSI_KIND_UNMAP:
		return scsi_exec_unmap(cmd, &c);
	case SCSI_KIND_TEST_UNIT_READY:
	case SCSI_KIND_START_STOP:
		/* Always ready; a stop is accepted and changes nothing (no removable medium). */
		scsi_cmd_good(cmd, 0);
		return 1;
	default:
		return scsi_exec_data_in(cmd, &c, raw);
	}
}

int scsi_disk_execute(struct scsi_disk *sd, struct scsi_cmd *cmd)
{
	uint8_t raw[SCSI_DISK_CDB_MAX] = {0};

	rt_loop_assert_thread(sd->disk->loop);
	if (!cmd || !cmd->cb || !cmd->cdb || cmd->cdb_len == 0 ||
	    cmd->cdb_len > SCSI_DISK_CDB_MAX || cmd->dir > SCSI_DIR_OUT ||
	    (cmd->xfer_len && (!cmd->segs || !cmd->nsegs)))
		return -EINVAL;
	/* Copy once: the CDB may sit in memory the guest can still change. */
	memcpy(raw, cmd->cdb, cmd->cdb_len);
	memset(&cmd->result, 0, sizeof(cmd->result));
	cmd->sd = sd;
	cmd->next = NULL;
	cmd->trim = NULL;
	cmd->bounce = NULL;
	cmd->unmap = NULL;
	cmd->stage = SCSI_ST_NONE;
	cmd->is_write = 0;
	cmd->fua_flush = 0;
	sd->inflight++;
	if (scsi_disk_dispatch(cmd, raw, cmd->cdb_len))
		scsi_cmd_defer(cmd);
	return 0;
}

struct disk_req *scsi_disk_carried_req(struct scsi_cmd *cmd)
{
	/* Its one disk request is its last step: READ/WRITE (native FUA), SYNCHRONIZE CACHE. */
	if ((cmd->stage == SCSI_ST_IO && !cmd->fua_flush) || cmd->stage == SCSI_ST_SYNC)
		return &cmd->req;
	return NULL;
}

int scsi_disk_adopt(struct scsi_disk *sd, struct scsi_cmd *cmd, struct disk_req **req)
{
	uint8_t raw[SCSI_DISK_CDB_MAX] = {0};
	struct scsi_cdb c;
	int done;

	rt_loop_assert_thread(sd->disk->loop);
	if (!cmd || !cmd->cb || !cmd->cdb || cmd->cdb_len == 0 ||
	    cmd->cdb_len > SCSI_DISK_CDB_MAX || cmd->dir > SCSI_DIR_OUT ||
	    (cmd->xfer_len && (!cmd->segs || !cmd->nsegs)))
		return -EINVAL;
	memcpy(raw, cmd->cdb, cmd->cdb_len);
	if (scsi_cdb_decode(raw, cmd->cdb_len, &c) ||
	    (c.kind != SCSI_KIND_READ && c.kind != SCSI_KIND_WRITE && c.kind != SCSI_KIND_SYNC))
		return -EINVAL;
	memset(&cmd->result, 0, sizeof(cmd->result));
	cmd->sd = sd;
	cmd->next = NULL;
	cmd->trim = NULL;
	cmd->bounce = NULL;
	cmd->stage = SCSI_ST_NONE;
	cmd->is_write = 0;
	cmd->fua_flush = 0;
	/* Executed again up to its disk request, which is not submitted (it is on the medium). */
	cmd->adopting = 1;
	done = c.kind == SCSI_KIND_SYNC ? scsi_exec_sync(cmd, &c) : scsi_exec_rw(cmd, &c);
	cmd->adopting = 0;
	if (done || !scsi_disk_carried_req(cmd)) {
		/* It would end here and now (checks that failed): not what was carried. */
		scsi_cmd_release(cmd);
		return -EINVAL;
	}
	sd->inflight++;
	*req = &cmd->req;
	return 0;
}

void scsi_disk_adopt_cancel(struct scsi_disk *sd, struct scsi_cmd *cmd)
{
	scsi_cmd_release(cmd);
	sd->inflight--;
}

uint64_t scsi_disk_inflight(const struct scsi_disk *sd)
{
	return sd->inflight;
}

/* ---- identity ---------------------------------------------------------------- */

static int scsi_pad(char *dst, size_t n, const char *src)
{
	size_t len = strlen(src);

	if (len > n)
		return -EINVAL;
	for (size_t i = 0; i < len; i++) {
		if (src[i] < 0x20 || src[i] > 0x7E)
			return -EINVAL;
	}
	memset(dst, ' ', n);
	memcpy(dst, src, len);
	return 0;
}

/* The disk's size changed under us (an NVMe namespace resized): a unit attention is owed. */
static void scsi_disk_capacity_changed(void *ctx)
{
	struct scsi_disk *sd = ctx;

	sd->unit.nblocks = sd->disk->nblocks;
	sd->ua_capacity = true;
}

int scsi_disk_create(struct disk *disk, const struct scsi_disk_params *params,
		     struct scsi_disk **out)
{
	static const struct scsi_disk_params defaults = {0};
	const struct scsi_disk_params *p = params ? params : &defaults;
	/* Hyper-V's identity: Linux storvsc enables WRITE SAME only for vendor "Msft". */
	const char *serial = p->serial ? p->serial : "0";
	uint32_t max_xfer = p->max_transfer_bytes ? p->max_transfer_bytes : 2u << 20;
	struct scsi_disk *sd;
	struct scsi_naa_designator naa = {.naa = SCSI_NAA_LOCALLY_ASSIGNED};
	uint64_t h = 0xcbf29ce484222325ull;

	if (!disk || !out || strlen(serial) == 0 || strlen(serial) > 32)
		return -EINVAL;
	sd = calloc(1, sizeof(*sd));
	if (!sd)
		return -ENOMEM;
	if (scsi_pad(sd->unit.vendor, 8, p->vendor ? p->vendor : "Msft") ||
	    scsi_pad(sd->unit.product, 16, p->product ? p->product : "Virtual Disk") ||
	    scsi_pad(sd->unit.revision, 4, p->revision ? p->revision : "1.0") ||
	    scsi_pad(sd->unit.serial, 32, serial)) {
		free(sd);
		return -EINVAL;
	}
	memset(sd->unit.serial, 0, sizeof(sd->unit.serial));
	memcpy(sd->unit.serial, serial, strlen(serial));
	sd->disk = disk;
	sd->unit.nblocks = disk->nblocks;
	sd->unit.block_size = disk->block_size;
	sd->unit.disk_flags = disk->flags;
	sd->unit.lun = p->lun;
	sd->unit.max_transfer_blocks =
		max_xfer / disk->block_size ? max_xfer / disk->block_size : 1;
	sd->unit.max_unmap_blocks = 0x400000;
	sd->unit.max_unmap_descs = SCSI_UNMAP_PARAM_LIST_DESCS_MAX; /* what the decoder holds */
	sd->unit.max_write_same_blocks = 0x400000;
	/* NAA 3 (locally assigned) from the serial and LUN: stable across restarts. */
	for (const char *s = serial; *s; s++)
		h = (h ^ (uint8_t)*s) * 0x100000001b3ull;
	h = (h ^ p->lun) * 0x100000001b3ull;
	naa.value = h & (SCSI_NAA_DESIGNATOR_VALUE_MASK >> SCSI_NAA_DESIGNATOR_VALUE_SHIFT);
	scsi_naa_designator_encode(&naa, sd->unit.naa, sizeof(sd->unit.naa));
	sd->done_tail = &sd->done_head;
	ev_async_init(&sd->async, scsi_disk_run_deferred);
	disk->capacity_changed = scsi_disk_capacity_changed;
	disk->capacity_ctx = sd;
	*out = sd;
	return 0;
}

void scsi_disk_destroy(struct scsi_disk *sd)
{
	if (!sd)
		return;
	ev_async_stop(sd->disk->loop, &sd->async);
	sd->disk->capacity_changed = NULL;
	sd->disk->capacity_ctx = NULL;
	free(sd);
}

size_t scsi_inquiry_absent(const uint8_t *cdb, size_t cdb_len, uint8_t *buf, size_t cap)
{
	uint8_t data[SCSI_INQUIRY_STD_SIZE];
	struct scsi_cdb_inquiry c;
	size_t n = (size_t)scsi_pages_std_inquiry(NULL, data, sizeof(data));

	/* The allocation length of an INQUIRY; anything else gets the whole answer. */
	if (scsi_cdb_inquiry_decode(cdb, cdb_len, NULL, &c) == PV_OK && c.alloc_len < n)
		n = c.alloc_len;
	if (n > cap)
		n = cap;
	memcpy(buf, data, n);
	return n;
}
