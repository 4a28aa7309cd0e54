/* SPDX-License-Identifier: MIT */
/*
 * Response data of the commands a SCSI disk answers without I/O: INQUIRY and
 * VPD pages, MODE SENSE, READ CAPACITY, REPORT LUNS, PERSISTENT RESERVE IN,
 * REQUEST SENSE. Pure functions of the unit's identity and geometry, so the
 * byte layouts are tested directly.
 */
#ifndef PV_DEVICES_SCSI_PAGES_H
#define PV_DEVICES_SCSI_PAGES_H

#include <stddef.h>
#include <stdint.h>

#include "devices/scsi/scsi_cdb.h"
#include "devices/scsi/scsi_sense.h"

/* Largest response any builder produces. */
#define SCSI_PAGES_MAX 256 /* not protocol: the builders' buffer */

/* What the builders need to know about the unit. */
struct scsi_unit {
	uint64_t nblocks;
	uint32_t block_size;
	uint32_t disk_flags; /* DISK_F_* */
	uint16_t lun;
	char vendor[8];   /* space padded */
	char product[16]; /* space padded */
	char revision[4]; /* space padded */
	char serial[33];  /* NUL terminated */
	uint8_t naa[8];   /* NAA 3 (locally assigned) designator */
	uint32_t max_transfer_blocks;
	uint32_t max_unmap_blocks;
	uint32_t max_unmap_descs;
	uint32_t max_write_same_blocks;
};

/*
 * Each builder writes the full response into buf (cap >= SCSI_PAGES_MAX) and
 * returns its length; the caller truncates it to the allocation length. On a
 * bad field it returns -EINVAL and fills *si (ILLEGAL REQUEST with a pointer
 * at the offending CDB byte).
 */
int scsi_pages_inquiry(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
		       size_t cap, struct scsi_sense_info *si);

/*
 * Standard INQUIRY data of unit u, or with u NULL of a LUN with no unit
 * (peripheral qualifier NOT CONNECTABLE, device type UNKNOWN), which is how
 * Linux learns a LUN is absent. Returns the length (SCSI_INQUIRY_STD_SIZE)
 * or -ENOSPC.
 */
int scsi_pages_std_inquiry(const struct scsi_unit *u, uint8_t *buf, size_t cap);
int scsi_pages_mode_sense(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			  size_t cap, struct scsi_sense_info *si);
int scsi_pages_read_capacity(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			     size_t cap, struct scsi_sense_info *si);
int scsi_pages_report_luns(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			   size_t cap, struct scsi_sense_info *si);
int scsi_pages_pr_in(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf, size_t cap,
		     struct scsi_sense_info *si);
int scsi_pages_request_sense(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			     size_t cap, struct scsi_sense_info *si);

/* ILLEGAL REQUEST / INVALID FIELD IN CDB pointing at byte (and bit, if bit >= 0). */
void scsi_sense_bad_cdb(struct scsi_sense_info *si, uint16_t byte, int bit);

#endif
