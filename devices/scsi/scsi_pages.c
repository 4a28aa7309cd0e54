/* SPDX-License-Identifier: MIT */
/* Response data of the informational commands (SPC-4, SBC-3 layouts). */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "devices/disk/disk.h"
#include "devices/scsi/scsi_disk.h"
#include "devices/scsi/scsi_pages.h"
#include "scsi_codec.h"
#include "scsi_wire.h"

#define SCSI_VPD_SUPPORTED SCSI_VPD_PAGE_SUPPORTED_PAGES
#define SCSI_VPD_SERIAL SCSI_VPD_PAGE_UNIT_SERIAL_NUMBER
#define SCSI_VPD_DEVICE_ID SCSI_VPD_PAGE_DEVICE_IDENTIFICATION
#define SCSI_VPD_BLOCK_LIMITS SCSI_VPD_PAGE_BLOCK_LIMITS
#define SCSI_VPD_BLOCK_CHARACTERISTICS SCSI_VPD_PAGE_BLOCK_DEVICE_CHARACTERISTICS
#define SCSI_VPD_LB_PROVISIONING SCSI_VPD_PAGE_LOGICAL_BLOCK_PROVISIONING

void scsi_sense_bad_cdb(struct scsi_sense_info *si, uint16_t byte, int bit)
{
	memset(si, 0, sizeof(*si));
	si->key = SCSI_SK_ILLEGAL_REQUEST;
	si->asc = SCSI_ASC_INVALID_FIELD_IN_CDB;
	si->field_valid = 1;
	si->cdb_field = 1;
	si->field_ptr = byte;
	if (bit >= 0) {
		si->bit_valid = 1;
		si->bit_ptr = (uint8_t)bit;
	}
}

/* Byte 0 of INQUIRY and VPD data: a direct-access unit, connected. */
static const uint8_t scsi_peripheral =
	SCSI_PERIPHERAL_QUALIFIER_CONNECTED << SCSI_INQUIRY_STD_QUALIFIER_SHIFT |
	SCSI_DEVICE_TYPE_DIRECT_ACCESS << SCSI_INQUIRY_STD_DEVICE_TYPE_SHIFT;

/* Most significant bit of a subfield: where a sense bit pointer points. */
static int scsi_top_bit(uint32_t mask)
{
	return 31 - __builtin_clz(mask);
}

/* A length field that counts the bytes after itself, in data `total` bytes long. */
#define SCSI_LEN_AFTER(wire, field, total) \
	((total)-offsetof(struct wire, field) - sizeof(((struct wire *)0)->field))

static void scsi_std_inquiry_fill(struct scsi_inquiry_std *d, const struct scsi_unit *u)
{
	memset(d, 0, sizeof(*d));
	d->version = SCSI_SPC_VERSION_SPC4;
	d->response_data_format = SCSI_INQUIRY_DATA_FORMAT_CURRENT;
	d->hisup = 1;
	d->additional_len =
		SCSI_LEN_AFTER(scsi_wire_inquiry_std, additional_len, SCSI_INQUIRY_STD_SIZE);
	if (u) {
		d->device_type = SCSI_DEVICE_TYPE_DIRECT_ACCESS;
		d->qualifier = SCSI_PERIPHERAL_QUALIFIER_CONNECTED;
		d->cmdque = 1; /* Linux queues more than one command */
		memcpy(d->vendor, u->vendor, sizeof(d->vendor));
		memcpy(d->product, u->product, sizeof(d->product));
		memcpy(d->revision, u->revision, sizeof(d->revision));
	} else {
		d->device_type = SCSI_DEVICE_TYPE_UNKNOWN;
		d->qualifier = SCSI_PERIPHERAL_QUALIFIER_NOT_CONNECTABLE;
	}
}

int scsi_pages_std_inquiry(const struct scsi_unit *u, uint8_t *buf, size_t cap)
{
	struct scsi_inquiry_std d;

	scsi_std_inquiry_fill(&d, u);
	return scsi_inquiry_std_encode(&d, buf, cap);
}

/* The header of VPD page `page` whose body, n bytes, is already in place after it. */
static int scsi_vpd_done(uint8_t page, size_t n, uint8_t *buf, size_t cap)
{
	struct scsi_vpd_header h = {
		.peripheral = scsi_peripheral, .page_code = page, .page_len = (uint16_t)n};
	int hl = scsi_vpd_header_encode(&h, buf, cap);

	return hl < 0 ? hl : (int)(hl + n);
}

/* VPD 0x83: the unit's NAA designator, then a T10 vendor ID (vendor, serial). */
static int scsi_vpd_device_id(const struct scsi_unit *u, uint8_t *buf, size_t cap)
{
	struct scsi_designator naa = {.code_set = SCSI_CODE_SET_BINARY,
				      .designator_type = SCSI_DESIGNATOR_TYPE_NAA,
				      .length = sizeof(u->naa)};
	struct scsi_designator t10 = {.code_set = SCSI_CODE_SET_ASCII,
				      .designator_type = SCSI_DESIGNATOR_TYPE_T10_VENDOR_ID};
	size_t serial = strlen(u->serial), off = SCSI_VPD_HEADER_SIZE;
	int n;

	t10.length = (uint8_t)(sizeof(u->vendor) + serial);
	if (off + 2 * SCSI_DESIGNATOR_SIZE + naa.length + t10.length > cap)
		return -ENOSPC;
	n = scsi_designator_encode(&naa, buf + off, cap - off);
	off += n;
	memcpy(buf + off, u->naa, sizeof(u->naa));
	off += sizeof(u->naa);
	n = scsi_designator_encode(&t10, buf + off, cap - off);
	off += n;
	memcpy(buf + off, u->vendor, sizeof(u->vendor));
	memcpy(buf + off + sizeof(u->vendor), u->serial, serial);
	off += t10.length;
	return scsi_vpd_done(SCSI_VPD_DEVICE_ID, off - SCSI_VPD_HEADER_SIZE, buf, cap);
}

static int scsi_vpd_block_limits(const struct scsi_unit *u, uint8_t *buf, size_t cap)
{
	struct scsi_vpd_block_limits d = {
		.peripheral = scsi_peripheral,
		.page_len = SCSI_LEN_AFTER(scsi_wire_vpd_block_limits, page_len,
					   SCSI_VPD_BLOCK_LIMITS_SIZE),
		.wsnz = 1, /* WRITE SAME with zero blocks is refused */
		.opt_xfer_granularity = 1,
		.max_xfer_len = u->max_transfer_blocks,
		.opt_xfer_len = u->max_transfer_blocks,
		.max_write_same_len = u->max_write_same_blocks,
	};

	if (u->disk_flags & DISK_F_UNMAP) {
		d.max_unmap_lba_count = u->max_unmap_blocks;
		d.max_unmap_desc_count = u->max_unmap_descs;
		/* 4 KiB granularity: what a file system can punch without partial pages. */
		d.opt_unmap_granularity = u->block_size < 4096 ? 4096 / u->block_size : 1;
	}
	return scsi_vpd_block_limits_encode(&d, buf, cap);
}

static int scsi_vpd_block_characteristics(uint8_t *buf, size_t cap)
{
	struct scsi_vpd_block_characteristics d = {
		.peripheral = scsi_peripheral,
		.page_len = SCSI_LEN_AFTER(scsi_wire_vpd_block_characteristics, page_len,
					   SCSI_VPD_BLOCK_CHARACTERISTICS_SIZE),
		.rotation_rate = SCSI_ROTATION_RATE_NON_ROTATING,
	};

	return scsi_vpd_block_characteristics_encode(&d, buf, cap);
}

static int scsi_vpd_lb_provisioning(const struct scsi_unit *u, uint8_t *buf, size_t cap)
{
	struct scsi_vpd_lb_provisioning d = {
		.peripheral = scsi_peripheral,
		.page_len = SCSI_LEN_AFTER(scsi_wire_vpd_lb_provisioning, page_len,
					   SCSI_VPD_LB_PROVISIONING_SIZE),
	};

	if (u->disk_flags & DISK_F_UNMAP) {
		/* UNMAP and WRITE SAME unmap; every backend reads unmapped blocks as 0. */
		d.lbpu = d.lbpws = d.lbpws10 = 1;
		d.lbprz = 1;
		d.provisioning_type = SCSI_PROVISIONING_TYPE_THIN;
	}
	return scsi_vpd_lb_provisioning_encode(&d, buf, cap);
}

static int scsi_pages_vpd(const struct scsi_unit *u, uint8_t page, uint8_t *buf, size_t cap,
			  struct scsi_sense_info *si)
{
	static const uint8_t pages[] = {SCSI_VPD_SUPPORTED,
					SCSI_VPD_SERIAL,
					SCSI_VPD_DEVICE_ID,
					SCSI_VPD_BLOCK_LIMITS,
					SCSI_VPD_BLOCK_CHARACTERISTICS,
					SCSI_VPD_LB_PROVISIONING};
	uint8_t *body = buf + SCSI_VPD_HEADER_SIZE;
	size_t n;

	switch (page) {
	case SCSI_VPD_SUPPORTED:
		memcpy(body, pages, sizeof(pages));
		return scsi_vpd_done(page, sizeof(pages), buf, cap);
	case SCSI_VPD_SERIAL:
		n = strlen(u->serial);
		memcpy(body, u->serial, n);
		return scsi_vpd_done(page, n, buf, cap);
	case SCSI_VPD_DEVICE_ID:
		return scsi_vpd_device_id(u, buf, cap);
	case SCSI_VPD_BLOCK_LIMITS:
		return scsi_vpd_block_limits(u, buf, cap);
	case SCSI_VPD_BLOCK_CHARACTERISTICS:
		return scsi_vpd_block_characteristics(buf, cap);
	case SCSI_VPD_LB_PROVISIONING:
		return scsi_vpd_lb_provisioning(u, buf, cap);
	default:
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_inquiry, page_code), -1);
		return -EINVAL;
	}
}

int scsi_pages_inquiry(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
		       size_t cap, struct scsi_sense_info *si)
{
	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	if (c->flags & SCSI_CDB_CMDDT) { /* obsolete: not supported */
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_inquiry, flags),
				   SCSI_CDB_INQUIRY_CMDDT_SHIFT);
		return -EINVAL;
	}
	if (!(c->flags & SCSI_CDB_EVPD)) {
		if (c->page) {
			scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_inquiry, page_code),
					   -1);
			return -EINVAL;
		}
		return scsi_pages_std_inquiry(u, buf, cap);
	}
	return scsi_pages_vpd(u, c->page, buf, cap, si);
}

static int scsi_pages_caching(const struct scsi_unit *u, uint8_t pc, uint8_t *p, size_t cap)
{
	struct scsi_mode_page_caching d = {
		.page_code = SCSI_MODE_PAGE_CACHING,
		.page_len = SCSI_LEN_AFTER(scsi_wire_mode_page_caching, page_len,
					   SCSI_MODE_PAGE_CACHING_SIZE),
	};

	/* Changeable values are all zero: MODE SELECT is not supported. */
	if (pc != SCSI_PAGE_CONTROL_CHANGEABLE && (u->disk_flags & DISK_F_WRITE_CACHE))
		d.wce = 1; /* Linux then sends SYNCHRONIZE CACHE */
	return scsi_mode_page_caching_encode(&d, p, cap);
}

/* The block descriptor MODE SENSE puts after its header: long (16 bytes) or short. */
static int scsi_pages_block_desc(const struct scsi_unit *u, int longlba, uint8_t *b, size_t cap)
{
	if (longlba) {
		struct scsi_block_desc_long d = {.nblocks = u->nblocks, .block_len = u->block_size};

		return scsi_block_desc_long_encode(&d, b, cap);
	}
	struct scsi_block_desc_short d = {.nblocks = u->nblocks > UINT32_MAX ? UINT32_MAX
									     : (uint32_t)u->nblocks,
					  .block_len = u->block_size};

	return scsi_block_desc_short_encode(&d, b, cap);
}

int scsi_pages_mode_sense(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			  size_t cap, struct scsi_sense_info *si)
{
	int ten = c->opcode == SCSI_OP_MODE_SENSE_10;
	int longlba = ten && (c->flags & SCSI_CDB_LLBAA);
	size_t hdr = ten ? SCSI_MODE_HEADER10_SIZE : SCSI_MODE_HEADER6_SIZE, n;
	int bd = 0, pg;

	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	if (c->pc == SCSI_PAGE_CONTROL_SAVED) {
		memset(si, 0, sizeof(*si));
		si->key = SCSI_SK_ILLEGAL_REQUEST;
		si->asc = SCSI_ASC_SAVING_PARAMETERS_NOT_SUPPORTED;
		return -EINVAL;
	}
	if (c->page != SCSI_MODE_PAGE_CACHING && c->page != SCSI_MODE_PAGE_ALL) {
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_mode_sense6, page),
				   scsi_top_bit(SCSI_CDB_MODE_SENSE6_PAGE_CODE_MASK));
		return -EINVAL;
	}
	if (c->subpage != 0 &&
	    !(c->page == SCSI_MODE_PAGE_ALL && c->subpage == SCSI_MODE_SUBPAGE_ALL)) {
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_mode_sense6, subpage), -1);
		return -EINVAL;
	}
	if (!(c->flags & SCSI_CDB_DBD))
		bd = scsi_pages_block_desc(u, longlba, buf + hdr, cap - hdr);
	pg = scsi_pages_caching(u, c->pc, buf + hdr + bd, cap - hdr - bd);
	if (bd < 0 || pg < 0)
		return -ENOSPC;
	n = hdr + (size_t)bd + (size_t)pg;
	if (ten) {
		struct scsi_mode_header10 h = {
			.mode_data_len = SCSI_LEN_AFTER(scsi_wire_mode_header10, mode_data_len, n),
			.wp = !!(u->disk_flags & DISK_F_READONLY),
			.dpofua = 1, /* FUA is honoured, natively or by a flush */
			.longlba = bd == SCSI_BLOCK_DESC_LONG_SIZE,
			.bd_len = (uint16_t)bd,
		};

		scsi_mode_header10_encode(&h, buf, hdr);
	} else {
		struct scsi_mode_header6 h = {
			.mode_data_len = SCSI_LEN_AFTER(scsi_wire_mode_header6, mode_data_len, n),
			.wp = !!(u->disk_flags & DISK_F_READONLY),
			.dpofua = 1,
			.bd_len = (uint8_t)bd,
		};

		scsi_mode_header6_encode(&h, buf, hdr);
	}
	return (int)n;
}

int scsi_pages_read_capacity(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			     size_t cap, struct scsi_sense_info *si)
{
	uint64_t last = u->nblocks - 1;

	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	if (!(c->flags & SCSI_CDB_PMI) && c->lba != 0) {
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_read_capacity10, lba), -1);
		return -EINVAL;
	}
	if (c->opcode == SCSI_OP_READ_CAPACITY_10) {
		/* All ones tells the initiator to ask READ CAPACITY(16). */
		struct scsi_read_capacity10_data d = {
			.last_lba = last > UINT32_MAX ? UINT32_MAX : (uint32_t)last,
			.block_len = u->block_size};

		return scsi_read_capacity10_data_encode(&d, buf, cap);
	}
	struct scsi_read_capacity16_data d = {.last_lba = last, .block_len = u->block_size};

	if (u->disk_flags & DISK_F_UNMAP)
		d.lbpme = d.lbprz = 1; /* Linux enables discard only with LBPME */
	return scsi_read_capacity16_data_encode(&d, buf, cap);
}

size_t scsi_report_luns_build(const uint16_t *luns, size_t n, uint8_t *buf, size_t cap)
{
	uint8_t tmp[SCSI_REPORT_LUNS_DATA_SIZE];
	struct scsi_report_luns_data h = {.list_len = (uint32_t)(SCSI_LUN_ENTRY_SIZE * n)};
	size_t total = SCSI_REPORT_LUNS_DATA_SIZE + SCSI_LUN_ENTRY_SIZE * n;

	/* The header alone (luns_count 0), then each entry where it fits. */
	scsi_report_luns_data_encode(&h, tmp, sizeof(tmp));
	memcpy(buf, tmp, cap < sizeof(tmp) ? cap : sizeof(tmp));
	for (size_t i = 0; i < n; i++) {
		size_t off = SCSI_REPORT_LUNS_DATA_SIZE + SCSI_LUN_ENTRY_SIZE * i;
		struct scsi_lun_entry e = {
			.lun = luns[i],
			/* Peripheral device addressing below 256, flat space addressing above. */
			.address_method = luns[i] < 256 ? SCSI_LUN_ADDRESS_METHOD_PERIPHERAL
							: SCSI_LUN_ADDRESS_METHOD_FLAT,
		};
		uint8_t one[SCSI_LUN_ENTRY_SIZE];

		if (off >= cap)
			break;
		scsi_lun_entry_encode(&e, one, sizeof(one));
		memcpy(buf + off, one, cap - off < sizeof(one) ? cap - off : sizeof(one));
	}
	return total;
}

int scsi_pages_report_luns(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			   size_t cap, struct scsi_sense_info *si)
{
	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	if (c->alloc_len < SCSI_REPORT_LUNS_MIN_ALLOC) {
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_report_luns, alloc_len), -1);
		return -EINVAL;
	}
	switch (c->select) {
	case SCSI_REPORT_LUNS_SELECT_ALL_BUT_WELL_KNOWN:
	case SCSI_REPORT_LUNS_SELECT_ALL:
		return (int)scsi_report_luns_build(&u->lun, 1, buf, cap);
	case SCSI_REPORT_LUNS_SELECT_WELL_KNOWN: /* we have none */
		return (int)scsi_report_luns_build(NULL, 0, buf, cap);
	default:
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_report_luns, select_report),
				   -1);
		return -EINVAL;
	}
}

int scsi_pages_pr_in(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf, size_t cap,
		     struct scsi_sense_info *si)
{
	if (cap < SCSI_PAGES_MAX)
		return -ENOSPC;
	switch (c->service_action) {
	case SCSI_PR_IN_ACTION_READ_KEYS:          /* generation 0, no keys */
	case SCSI_PR_IN_ACTION_READ_RESERVATION:   /* no reservation */
	case SCSI_PR_IN_ACTION_READ_FULL_STATUS: { /* no registrations */
		struct scsi_pr_in_header h = {0};

		return scsi_pr_in_header_encode(&h, buf, cap);
	}
	case SCSI_PR_IN_ACTION_REPORT_CAPABILITIES: { /* nothing supported, type mask not valid */
		struct scsi_pr_in_capabilities d = {.length = SCSI_PR_IN_CAPABILITIES_SIZE};

		return scsi_pr_in_capabilities_encode(&d, buf, cap);
	}
	default:
		scsi_sense_bad_cdb(si, offsetof(struct scsi_wire_cdb_pr_in, action),
				   scsi_top_bit(SCSI_CDB_PR_IN_SERVICE_ACTION_MASK));
		return -EINVAL;
	}
}

int scsi_pages_request_sense(const struct scsi_unit *u, const struct scsi_cdb *c, uint8_t *buf,
			     size_t cap, struct scsi_sense_info *si)
{
	struct scsi_sense_info none = {0};

	/* Errors travel as autosense with their command; nothing is ever pending. */
	return scsi_sense_build(&none, !!(c->flags & SCSI_CDB_DESC), buf, cap);
}
