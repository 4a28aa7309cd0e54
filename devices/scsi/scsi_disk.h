/* SPDX-License-Identifier: MIT */
/*
 * A SCSI direct-access logical unit (SBC-3) on a struct disk.
 *
 * The VSP hands in a CDB and a scatter list of guest pages; the SCSI disk
 * decodes the CDB, answers the informational commands itself (INQUIRY and its
 * VPD pages, READ CAPACITY, MODE SENSE, REPORT LUNS, ...), turns the data
 * commands into disk requests, and reports SCSI status, autosense data and
 * the residual. It knows nothing of VMBus.
 *
 * Threading: a scsi_disk lives on its disk's loop; every function here must
 * be called on that loop's thread, and completions run there.
 *
 * Async contract: scsi_disk_execute() returns 0 and the command's callback
 * runs later, exactly once, from the loop, for every CDB, including the ones
 * answered without I/O and the ones that fail; or it returns a negative errno
 * for a malformed call (not for a malformed CDB) and the callback never runs.
 */
#ifndef PV_DEVICES_SCSI_DISK_H
#define PV_DEVICES_SCSI_DISK_H

#include <stddef.h>
#include <stdint.h>

#include "devices/disk/disk.h"
#include "devices/scsi/scsi_sense.h"

struct scsi_cdb;

struct scsi_disk;
struct scsi_unmap_param_list;
struct scsi_cmd;

/* Identity and limits of the logical unit. Strings are space-padded on the wire. */
struct scsi_disk_params {
	uint16_t lun;                /* our LUN, for REPORT LUNS */
	const char *vendor;          /* up to 8 chars, default "Msft" (see scsi_disk.c) */
	const char *product;         /* up to 16, default "Virtual Disk" */
	const char *revision;        /* up to 4, default "1.0" */
	const char *serial;          /* up to 32 ASCII chars, VPD 0x80; default "0" */
	uint32_t max_transfer_bytes; /* VPD 0xB0 limit; 0 = 2 MiB */
};

enum scsi_dir {
	SCSI_DIR_NONE = 0,
	SCSI_DIR_IN,  /* data to the initiator (reads) */
	SCSI_DIR_OUT, /* data from the initiator (writes) */
};

/* The outcome of one command. */
struct scsi_result {
	uint8_t status;    /* SCSI_STATUS_* */
	uint8_t sense_len; /* 0 unless CHECK CONDITION */
	uint8_t sense[SCSI_SENSE_MAX];
	uint32_t transferred; /* bytes moved through the segments (0 on CHECK CONDITION) */
	uint32_t residual;    /* xfer_len - transferred */
};

typedef void (*scsi_done_fn)(void *ctx, struct scsi_cmd *cmd);

/*
 * One command. The caller owns it (and its segment array) until the
 * callback; fields below "private" belong to the SCSI disk.
 */
struct scsi_cmd {
	const uint8_t *cdb; /* read once, during scsi_disk_execute() */
	/*
	 * Optional: what scsi_cdb_decode() returned 0 for on these same CDB
	 * bytes (a caller that already decoded them), so they are not decoded
	 * twice per command; read during scsi_disk_execute() only. NULL: the
	 * disk decodes the CDB itself.
	 */
	const struct scsi_cdb *parsed;
	uint8_t cdb_len;
	uint8_t dir;       /* enum scsi_dir, as the initiator declared it */
	uint32_t xfer_len; /* the initiator's expected transfer length */
	/*
	 * The data buffer: already checked against guest memory, at least
	 * xfer_len bytes in total. Guest memory may change under us: data-out
	 * parameters (UNMAP lists, WRITE SAME patterns) are copied once.
	 */
	const struct disk_seg *segs;
	uint32_t nsegs;
	scsi_done_fn cb;
	void *ctx;
	struct scsi_result result; /* valid in the callback */

	/* private: */
	struct scsi_disk *sd;
	struct scsi_cmd *next;
	struct disk_req req;
	struct disk_seg *trim; /* segments cut to the transfer length, or NULL */
	struct disk_seg bounce_seg;
	uint8_t *bounce;
	struct scsi_unmap_param_list *unmap; /* UNMAP: the decoded parameter list */
	uint64_t lba, left, chunk;
	uint32_t cur;
	uint8_t stage, is_write, fua_flush, adopting;
};

/*
 * Creates the logical unit on `disk` (not owned: close the disk after the
 * SCSI disk). params may be NULL for defaults; strings are copied.
 * Returns 0 or -EINVAL (bad strings), -ENOMEM.
 */
int scsi_disk_create(struct disk *disk, const struct scsi_disk_params *params,
		     struct scsi_disk **out);

/* Frees the logical unit. No command may be outstanding. */
void scsi_disk_destroy(struct scsi_disk *sd);

/* Runs one command (see the async contract above). -EINVAL if cmd is malformed
 * (no callback, no CDB, segments shorter than xfer_len is NOT checked here). */
int scsi_disk_execute(struct scsi_disk *sd, struct scsi_cmd *cmd);

/* Commands accepted and not yet completed. */
uint64_t scsi_disk_inflight(const struct scsi_disk *sd);

/*
 * Servicing (requests carried across a live update on a kept-alive
 * backend). carried_req: the disk request an executing cmd waits on, when
 * its completion is the command's last step (READ or WRITE, SYNCHRONIZE
 * CACHE), else NULL (a command with more steps, or data of its own, is
 * drained instead). adopt, in the binary after: cmd as scsi_disk_execute
 * takes it (the same CDB and segments as before) is set up as execution
 * left it, up to its disk request, which is not submitted: *req, for the
 * backend to adopt (disk_adopt); the callback then runs once, when it
 * completes. -EINVAL for another command or one that would not reach the
 * medium now (nothing held).
 */
struct disk_req *scsi_disk_carried_req(struct scsi_cmd *cmd);
int scsi_disk_adopt(struct scsi_disk *sd, struct scsi_cmd *cmd, struct disk_req **req);
/* An adopted cmd whose disk request the backend did not take: forgotten, no callback. */
void scsi_disk_adopt_cancel(struct scsi_disk *sd, struct scsi_cmd *cmd);

/*
 * INQUIRY data for a LUN that does not exist (peripheral qualifier 3,
 * device type 0x1F), which is how Linux learns a LUN is absent. Honours the
 * CDB's allocation length. Returns the bytes written to buf (at most cap).
 */
size_t scsi_inquiry_absent(const uint8_t *cdb, size_t cdb_len, uint8_t *buf, size_t cap);

/*
 * REPORT LUNS parameter data for `n` LUNs (single-level LUN structure:
 * peripheral addressing below 256, flat space above). Writes at most cap
 * bytes and returns the full length (8 + 8 * n), which may exceed cap.
 */
size_t scsi_report_luns_build(const uint16_t *luns, size_t n, uint8_t *buf, size_t cap);

#endif
