/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: CDB decoding and execution by the SCSI disk, against a
 * small memory disk, with whatever data-out buffer, direction and transfer
 * length a hostile initiator would send.
 *
 * Input: [0] CDB length (mod 33), [1] direction (mod 3), [2..3] xfer_len
 * (LE, capped), [4] knobs (bit 0: read-only disk, bit 1: failing blocks,
 * bit 2: 4 KiB blocks), [5] segment split, then the CDB, then data-out bytes.
 *
 * Checked on every input: the callback runs exactly once, later than
 * execute returns; the result is GOOD (no sense, transferred + residual ==
 * xfer_len), CHECK CONDITION (18 bytes of fixed-format sense, nothing
 * transferred) or TASK SET FULL; nothing stays in flight.
 */
#include <errno.h>
#include <ev.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "devices/scsi/scsi_cdb.h"
#include "devices/scsi/scsi_disk.h"
#include "runtime/loop.h"

#define FUZZ_DISK_BYTES (256u << 10)
#define FUZZ_XFER_MAX (128u << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fuzz_done {
	int count;
	struct scsi_result r;
};

static void fuzz_cb(void *ctx, struct scsi_cmd *cmd)
{
	struct fuzz_done *d = ctx;

	d->count++;
	d->r = cmd->result;
}

static void fuzz_check(const struct scsi_result *r, uint32_t xfer)
{
	switch (r->status) {
	case SCSI_STATUS_GOOD:
		if (r->sense_len || r->transferred > xfer || r->transferred + r->residual != xfer)
			__builtin_trap();
		break;
	case SCSI_STATUS_CHECK_CONDITION:
		if (r->sense_len != SCSI_SENSE_FIXED_LEN || r->sense[0] != 0x70 || r->transferred ||
		    r->residual != xfer)
			__builtin_trap();
		break;
	case SCSI_STATUS_TASK_SET_FULL:
		break;
	default:
		__builtin_trap();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ev_loop *loop;
	struct disk *dk;
	struct scsi_disk *sd;
	struct scsi_cdb decoded;
	struct fuzz_done done = {0};
	struct disk_seg segs[3];
	struct scsi_cmd cmd;
	uint8_t cdb[32] = {0};
	uint8_t *buf;
	uint32_t xfer, split, cdb_len, knobs, nsegs = 0;
	size_t off = 6;

	if (size < off)
		return 0;
	cdb_len = data[0] % 33;
	xfer = (uint32_t)(data[2] | data[3] << 8) * 4u;
	if (xfer > FUZZ_XFER_MAX)
		xfer = FUZZ_XFER_MAX;
	knobs = data[4];
	split = data[5];
	if (size - off < cdb_len)
		return 0;
	memcpy(cdb, data + off, cdb_len);
	off += cdb_len;

	/* The decoder alone first: it must not read past cdb_len. */
	(void)scsi_cdb_decode(cdb, cdb_len, &decoded);

	buf = calloc(1, xfer ? xfer : 1);
	if (!buf)
		return 0;
	memcpy(buf, data + off, size - off < xfer ? size - off : xfer);
	if (xfer) {
		/* Up to three segments with odd boundaries, like a guest's page list. */
		uint32_t a = xfer * (split & 0x0F) / 16, b = a + (xfer - a) * (split >> 4) / 16;
		uint32_t cut[4] = {0, a, b, xfer};

		for (int i = 0; i < 3; i++) {
			if (cut[i + 1] > cut[i])
				segs[nsegs++] = (struct disk_seg){.gpa = 0x10000 + cut[i],
								  .va = buf + cut[i],
								  .len = cut[i + 1] - cut[i]};
		}
	}

	loop = rt_loop_new();
	if (!loop)
		goto out_buf;
	if (disk_mem_open(FUZZ_DISK_BYTES,
			  ((knobs & 1) ? DISK_OPEN_READONLY : 0) | ((knobs & 4) ? DISK_OPEN_4K : 0),
			  loop, &dk))
		goto out_loop;
	if (knobs & 2)
		disk_mem_set_fault(dk, 3, 5, (knobs & 8) ? -ENOSPC : -EIO);
	if (scsi_disk_create(dk, NULL, &sd))
		goto out_disk;

	memset(&cmd, 0, sizeof(cmd));
	cmd.cdb = cdb;
	cmd.cdb_len = (uint8_t)cdb_len;
	cmd.dir = data[1] % 3;
	cmd.xfer_len = xfer;
	cmd.segs = nsegs ? segs : NULL;
	cmd.nsegs = nsegs;
	cmd.cb = fuzz_cb;
	cmd.ctx = &done;
	if (scsi_disk_execute(sd, &cmd) == 0) {
		if (done.count)
			__builtin_trap(); /* async contract */
		/* WRITE SAME of the whole disk is the longest chain: a few hundred passes. */
		for (int spins = 0; !done.count && spins < 100000; spins++)
			ev_run(loop, EVRUN_ONCE);
		if (done.count != 1 || scsi_disk_inflight(sd))
			__builtin_trap();
		fuzz_check(&done.r, xfer);
	} else if (cdb_len != 0 && cdb_len <= 32) {
		/* Only malformed calls are refused, and cdb_len is the only way to make one here. */
		__builtin_trap();
	}
	scsi_disk_destroy(sd);
out_disk:
	disk_close(dk);
out_loop:
	rt_loop_destroy(loop);
out_buf:
	free(buf);
	return 0;
}
