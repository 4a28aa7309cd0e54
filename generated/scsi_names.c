/* DO NOT EDIT: generated from spec/scsi.yaml by codegen/pvgen.py. */

#include <stdio.h>

#include "scsi_codec.h"

const char *scsi_opcode_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "TEST_UNIT_READY";
	case 3:
		return "REQUEST_SENSE";
	case 8:
		return "READ_6";
	case 10:
		return "WRITE_6";
	case 18:
		return "INQUIRY";
	case 26:
		return "MODE_SENSE_6";
	case 27:
		return "START_STOP_UNIT";
	case 37:
		return "READ_CAPACITY_10";
	case 40:
		return "READ_10";
	case 42:
		return "WRITE_10";
	case 47:
		return "VERIFY_10";
	case 53:
		return "SYNCHRONIZE_CACHE_10";
	case 65:
		return "WRITE_SAME_10";
	case 66:
		return "UNMAP";
	case 90:
		return "MODE_SENSE_10";
	case 94:
		return "PERSISTENT_RESERVE_IN";
	case 136:
		return "READ_16";
	case 138:
		return "WRITE_16";
	case 143:
		return "VERIFY_16";
	case 145:
		return "SYNCHRONIZE_CACHE_16";
	case 147:
		return "WRITE_SAME_16";
	case 158:
		return "SERVICE_ACTION_IN_16";
	case 160:
		return "REPORT_LUNS";
	case 163:
		return "MAINTENANCE_IN";
	case 168:
		return "READ_12";
	case 170:
		return "WRITE_12";
	default:
		return "?";
	}
}

const char *scsi_service_action_in_name(uint32_t v)
{
	switch (v) {
	case 16:
		return "READ_CAPACITY_16";
	default:
		return "?";
	}
}

const char *scsi_sam_status_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "GOOD";
	case 2:
		return "CHECK_CONDITION";
	case 4:
		return "CONDITION_MET";
	case 8:
		return "BUSY";
	case 24:
		return "RESERVATION_CONFLICT";
	case 40:
		return "TASK_SET_FULL";
	case 48:
		return "ACA_ACTIVE";
	case 64:
		return "TASK_ABORTED";
	default:
		return "?";
	}
}

const char *scsi_sense_key_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "NO_SENSE";
	case 1:
		return "RECOVERED_ERROR";
	case 2:
		return "NOT_READY";
	case 3:
		return "MEDIUM_ERROR";
	case 4:
		return "HARDWARE_ERROR";
	case 5:
		return "ILLEGAL_REQUEST";
	case 6:
		return "UNIT_ATTENTION";
	case 7:
		return "DATA_PROTECT";
	case 8:
		return "BLANK_CHECK";
	case 9:
		return "VENDOR_SPECIFIC";
	case 10:
		return "COPY_ABORTED";
	case 11:
		return "ABORTED_COMMAND";
	case 13:
		return "VOLUME_OVERFLOW";
	case 14:
		return "MISCOMPARE";
	case 15:
		return "COMPLETED";
	default:
		return "?";
	}
}

const char *scsi_asc_ascq_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "NO_ADDITIONAL_SENSE";
	case 0xc00:
		return "WRITE_ERROR";
	case 0x1100:
		return "UNRECOVERED_READ_ERROR";
	case 0x1a00:
		return "PARAMETER_LIST_LENGTH_ERROR";
	case 0x2000:
		return "INVALID_COMMAND_OPERATION_CODE";
	case 0x2100:
		return "LBA_OUT_OF_RANGE";
	case 0x2400:
		return "INVALID_FIELD_IN_CDB";
	case 0x2500:
		return "LOGICAL_UNIT_NOT_SUPPORTED";
	case 0x2600:
		return "INVALID_FIELD_IN_PARAMETER_LIST";
	case 0x2700:
		return "WRITE_PROTECTED";
	case 0x2707:
		return "SPACE_ALLOCATION_FAILED_WRITE_PROTECT";
	case 0x2900:
		return "POWER_ON_RESET";
	case 0x2a09:
		return "CAPACITY_DATA_HAS_CHANGED";
	case 0x3900:
		return "SAVING_PARAMETERS_NOT_SUPPORTED";
	case 0x3f0e:
		return "REPORTED_LUNS_DATA_HAS_CHANGED";
	case 0x4400:
		return "INTERNAL_TARGET_FAILURE";
	default:
		return "?";
	}
}

const char *scsi_sense_format_name(uint32_t v)
{
	switch (v) {
	case 112:
		return "FIXED_CURRENT";
	case 113:
		return "FIXED_DEFERRED";
	case 114:
		return "DESC_CURRENT";
	case 115:
		return "DESC_DEFERRED";
	default:
		return "?";
	}
}

const char *scsi_vpd_page_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "SUPPORTED_PAGES";
	case 128:
		return "UNIT_SERIAL_NUMBER";
	case 131:
		return "DEVICE_IDENTIFICATION";
	case 176:
		return "BLOCK_LIMITS";
	case 177:
		return "BLOCK_DEVICE_CHARACTERISTICS";
	case 178:
		return "LOGICAL_BLOCK_PROVISIONING";
	default:
		return "?";
	}
}

const char *scsi_mode_page_name(uint32_t v)
{
	switch (v) {
	case 8:
		return "CACHING";
	case 10:
		return "CONTROL";
	case 63:
		return "ALL";
	default:
		return "?";
	}
}

const char *scsi_page_control_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "CURRENT";
	case 1:
		return "CHANGEABLE";
	case 2:
		return "DEFAULT";
	case 3:
		return "SAVED";
	default:
		return "?";
	}
}

const char *scsi_pr_in_action_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "READ_KEYS";
	case 1:
		return "READ_RESERVATION";
	case 2:
		return "REPORT_CAPABILITIES";
	case 3:
		return "READ_FULL_STATUS";
	default:
		return "?";
	}
}

const char *scsi_designator_type_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "VENDOR_SPECIFIC";
	case 1:
		return "T10_VENDOR_ID";
	case 2:
		return "EUI64";
	case 3:
		return "NAA";
	default:
		return "?";
	}
}

const char *scsi_code_set_name(uint32_t v)
{
	switch (v) {
	case 1:
		return "BINARY";
	case 2:
		return "ASCII";
	case 3:
		return "UTF8";
	default:
		return "?";
	}
}

static void scsi_cdb_test_unit_ready_fmt(struct pv_fmt *fm, const struct scsi_cdb_test_unit_ready *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_test_unit_ready_format(const struct scsi_cdb_test_unit_ready *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_test_unit_ready");
	scsi_cdb_test_unit_ready_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_request_sense_fmt(struct pv_fmt *fm, const struct scsi_cdb_request_sense *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " desc=%llu", (unsigned long long)s->desc);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 2);
	pv_fmt_add(fm, " alloc_len=%llu", (unsigned long long)s->alloc_len);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_request_sense_format(const struct scsi_cdb_request_sense *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_request_sense");
	scsi_cdb_request_sense_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_inquiry_fmt(struct pv_fmt *fm, const struct scsi_cdb_inquiry *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " evpd=%llu", (unsigned long long)s->evpd);
	pv_fmt_add(fm, " cmddt=%llu", (unsigned long long)s->cmddt);
	pv_fmt_add(fm, " page_code=%llu", (unsigned long long)s->page_code);
	pv_fmt_add(fm, " alloc_len=%llu", (unsigned long long)s->alloc_len);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_inquiry_format(const struct scsi_cdb_inquiry *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_inquiry");
	scsi_cdb_inquiry_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_rw6_fmt(struct pv_fmt *fm, const struct scsi_cdb_rw6 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->lba_rsvd)
		pv_fmt_add(fm, " lba_rsvd=0x%llx", (unsigned long long)s->lba_rsvd);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_rw6_format(const struct scsi_cdb_rw6 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_rw6");
	scsi_cdb_rw6_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_rw10_fmt(struct pv_fmt *fm, const struct scsi_cdb_rw10 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " fua_nv=%llu", (unsigned long long)s->fua_nv);
	pv_fmt_add(fm, " fua=%llu", (unsigned long long)s->fua);
	pv_fmt_add(fm, " dpo=%llu", (unsigned long long)s->dpo);
	pv_fmt_add(fm, " protect=%llu", (unsigned long long)s->protect);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_rw10_format(const struct scsi_cdb_rw10 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_rw10");
	scsi_cdb_rw10_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_rw12_fmt(struct pv_fmt *fm, const struct scsi_cdb_rw12 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " fua_nv=%llu", (unsigned long long)s->fua_nv);
	pv_fmt_add(fm, " fua=%llu", (unsigned long long)s->fua);
	pv_fmt_add(fm, " dpo=%llu", (unsigned long long)s->dpo);
	pv_fmt_add(fm, " protect=%llu", (unsigned long long)s->protect);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_rw12_format(const struct scsi_cdb_rw12 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_rw12");
	scsi_cdb_rw12_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_rw16_fmt(struct pv_fmt *fm, const struct scsi_cdb_rw16 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " fua_nv=%llu", (unsigned long long)s->fua_nv);
	pv_fmt_add(fm, " fua=%llu", (unsigned long long)s->fua);
	pv_fmt_add(fm, " dpo=%llu", (unsigned long long)s->dpo);
	pv_fmt_add(fm, " protect=%llu", (unsigned long long)s->protect);
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_rw16_format(const struct scsi_cdb_rw16 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_rw16");
	scsi_cdb_rw16_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_verify10_fmt(struct pv_fmt *fm, const struct scsi_cdb_verify10 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " bytchk=%llu", (unsigned long long)s->bytchk);
	pv_fmt_add(fm, " dpo=%llu", (unsigned long long)s->dpo);
	pv_fmt_add(fm, " vrprotect=%llu", (unsigned long long)s->vrprotect);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_verify10_format(const struct scsi_cdb_verify10 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_verify10");
	scsi_cdb_verify10_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_verify16_fmt(struct pv_fmt *fm, const struct scsi_cdb_verify16 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " bytchk=%llu", (unsigned long long)s->bytchk);
	pv_fmt_add(fm, " dpo=%llu", (unsigned long long)s->dpo);
	pv_fmt_add(fm, " vrprotect=%llu", (unsigned long long)s->vrprotect);
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_verify16_format(const struct scsi_cdb_verify16 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_verify16");
	scsi_cdb_verify16_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_read_capacity10_fmt(struct pv_fmt *fm, const struct scsi_cdb_read_capacity10 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " reserved6=");
	pv_fmt_bytes(fm, s->reserved6, 2);
	if (s->pmi_rsvd)
		pv_fmt_add(fm, " pmi_rsvd=0x%llx", (unsigned long long)s->pmi_rsvd);
	pv_fmt_add(fm, " pmi=%llu", (unsigned long long)s->pmi);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_read_capacity10_format(const struct scsi_cdb_read_capacity10 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_read_capacity10");
	scsi_cdb_read_capacity10_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_service_action_in16_fmt(struct pv_fmt *fm, const struct scsi_cdb_service_action_in16 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->action_rsvd)
		pv_fmt_add(fm, " action_rsvd=0x%llx", (unsigned long long)s->action_rsvd);
	pv_fmt_add(fm, " service_action=%s(%llu)", scsi_service_action_in_name((uint32_t)s->service_action), (unsigned long long)s->service_action);
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " alloc_len=%llu", (unsigned long long)s->alloc_len);
	if (s->pmi_rsvd)
		pv_fmt_add(fm, " pmi_rsvd=0x%llx", (unsigned long long)s->pmi_rsvd);
	pv_fmt_add(fm, " pmi=%llu", (unsigned long long)s->pmi);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_service_action_in16_format(const struct scsi_cdb_service_action_in16 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_service_action_in16");
	scsi_cdb_service_action_in16_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_mode_sense6_fmt(struct pv_fmt *fm, const struct scsi_cdb_mode_sense6 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " dbd=%llu", (unsigned long long)s->dbd);
	if (s->page_rsvd)
		pv_fmt_add(fm, " page_rsvd=0x%llx", (unsigned long long)s->page_rsvd);
	pv_fmt_add(fm, " page_code=%llu", (unsigned long long)s->page_code);
	pv_fmt_add(fm, " pc=%s(%llu)", scsi_page_control_name((uint32_t)s->pc), (unsigned long long)s->pc);
	pv_fmt_add(fm, " subpage=%llu", (unsigned long long)s->subpage);
	pv_fmt_add(fm, " alloc_len=%llu", (unsigned long long)s->alloc_len);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_mode_sense6_format(const struct scsi_cdb_mode_sense6 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_mode_sense6");
	scsi_cdb_mode_sense6_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_mode_sense10_fmt(struct pv_fmt *fm, const struct scsi_cdb_mode_sense10 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " dbd=%llu", (unsigned long long)s->dbd);
	pv_fmt_add(fm, " llbaa=%llu", (unsigned long long)s->llbaa);
	if (s->page_rsvd)
		pv_fmt_add(fm, " page_rsvd=0x%llx", (unsigned long long)s->page_rsvd);
	pv_fmt_add(fm, " page_code=%llu", (unsigned long long)s->page_code);
	pv_fmt_add(fm, " pc=%s(%llu)", scsi_page_control_name((uint32_t)s->pc), (unsigned long long)s->pc);
	pv_fmt_add(fm, " subpage=%llu", (unsigned long long)s->subpage);
	pv_fmt_add(fm, " reserved4=");
	pv_fmt_bytes(fm, s->reserved4, 3);
	pv_fmt_add(fm, " alloc_len=%llu", (unsigned long long)s->alloc_len);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_mode_sense10_format(const struct scsi_cdb_mode_sense10 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_mode_sense10");
	scsi_cdb_mode_sense10_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_sync_cache10_fmt(struct pv_fmt *fm, const struct scsi_cdb_sync_cache10 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " immed=%llu", (unsigned long long)s->immed);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_sync_cache10_format(const struct scsi_cdb_sync_cache10 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_sync_cache10");
	scsi_cdb_sync_cache10_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_sync_cache16_fmt(struct pv_fmt *fm, const struct scsi_cdb_sync_cache16 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " immed=%llu", (unsigned long long)s->immed);
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_sync_cache16_format(const struct scsi_cdb_sync_cache16 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_sync_cache16");
	scsi_cdb_sync_cache16_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_write_same10_fmt(struct pv_fmt *fm, const struct scsi_cdb_write_same10 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " unmap=%llu", (unsigned long long)s->unmap);
	pv_fmt_add(fm, " anchor=%llu", (unsigned long long)s->anchor);
	pv_fmt_add(fm, " wrprotect=%llu", (unsigned long long)s->wrprotect);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_write_same10_format(const struct scsi_cdb_write_same10 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_write_same10");
	scsi_cdb_write_same10_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_write_same16_fmt(struct pv_fmt *fm, const struct scsi_cdb_write_same16 *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " ndob=%llu", (unsigned long long)s->ndob);
	pv_fmt_add(fm, " unmap=%llu", (unsigned long long)s->unmap);
	pv_fmt_add(fm, " anchor=%llu", (unsigned long long)s->anchor);
	pv_fmt_add(fm, " wrprotect=%llu", (unsigned long long)s->wrprotect);
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_write_same16_format(const struct scsi_cdb_write_same16 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_write_same16");
	scsi_cdb_write_same16_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_unmap_fmt(struct pv_fmt *fm, const struct scsi_cdb_unmap *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " anchor=%llu", (unsigned long long)s->anchor);
	pv_fmt_add(fm, " reserved2=");
	pv_fmt_bytes(fm, s->reserved2, 4);
	pv_fmt_add(fm, " group=%llu", (unsigned long long)s->group);
	pv_fmt_add(fm, " param_len=%llu", (unsigned long long)s->param_len);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_unmap_format(const struct scsi_cdb_unmap *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_unmap");
	scsi_cdb_unmap_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_unmap_desc_fmt(struct pv_fmt *fm, const struct scsi_unmap_desc *s)
{
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
}

int scsi_unmap_desc_format(const struct scsi_unmap_desc *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "unmap_desc");
	scsi_unmap_desc_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_unmap_param_list_fmt(struct pv_fmt *fm, const struct scsi_unmap_param_list *s)
{
	size_t i;

	pv_fmt_add(fm, " data_len=%llu", (unsigned long long)s->data_len);
	pv_fmt_add(fm, " desc_len=%llu", (unsigned long long)s->desc_len);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
	pv_fmt_add(fm, " descs[%u]={", (unsigned)s->descs_count);
	for (i = 0; i < s->descs_count && i < 64; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",{" : "{");
		scsi_unmap_desc_fmt(fm, &s->descs[i]);
		pv_fmt_add(fm, " }");
	}
	pv_fmt_add(fm, "}");
}

int scsi_unmap_param_list_format(const struct scsi_unmap_param_list *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "unmap_param_list");
	scsi_unmap_param_list_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_start_stop_unit_fmt(struct pv_fmt *fm, const struct scsi_cdb_start_stop_unit *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " immed=%llu", (unsigned long long)s->immed);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " power_cond_mod=%llu", (unsigned long long)s->power_cond_mod);
	if (s->start_rsvd)
		pv_fmt_add(fm, " start_rsvd=0x%llx", (unsigned long long)s->start_rsvd);
	pv_fmt_add(fm, " start=%llu", (unsigned long long)s->start);
	pv_fmt_add(fm, " loej=%llu", (unsigned long long)s->loej);
	pv_fmt_add(fm, " no_flush=%llu", (unsigned long long)s->no_flush);
	pv_fmt_add(fm, " power_cond=%llu", (unsigned long long)s->power_cond);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_start_stop_unit_format(const struct scsi_cdb_start_stop_unit *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_start_stop_unit");
	scsi_cdb_start_stop_unit_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_pr_in_fmt(struct pv_fmt *fm, const struct scsi_cdb_pr_in *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->action_rsvd)
		pv_fmt_add(fm, " action_rsvd=0x%llx", (unsigned long long)s->action_rsvd);
	pv_fmt_add(fm, " service_action=%llu", (unsigned long long)s->service_action);
	pv_fmt_add(fm, " reserved2=");
	pv_fmt_bytes(fm, s->reserved2, 5);
	pv_fmt_add(fm, " alloc_len=%llu", (unsigned long long)s->alloc_len);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_pr_in_format(const struct scsi_cdb_pr_in *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_pr_in");
	scsi_cdb_pr_in_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_cdb_report_luns_fmt(struct pv_fmt *fm, const struct scsi_cdb_report_luns *s)
{
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " select_report=%llu", (unsigned long long)s->select_report);
	pv_fmt_add(fm, " reserved3=");
	pv_fmt_bytes(fm, s->reserved3, 3);
	pv_fmt_add(fm, " alloc_len=%llu", (unsigned long long)s->alloc_len);
	pv_fmt_add(fm, " reserved10=%llu", (unsigned long long)s->reserved10);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_report_luns_format(const struct scsi_cdb_report_luns *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "cdb_report_luns");
	scsi_cdb_report_luns_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_sense_fixed_fmt(struct pv_fmt *fm, const struct scsi_sense_fixed *s)
{
	if (s->response_rsvd)
		pv_fmt_add(fm, " response_rsvd=0x%llx", (unsigned long long)s->response_rsvd);
	pv_fmt_add(fm, " response_code=%s(%llu)", scsi_sense_format_name((uint32_t)s->response_code), (unsigned long long)s->response_code);
	pv_fmt_add(fm, " valid=%llu", (unsigned long long)s->valid);
	pv_fmt_add(fm, " obsolete=%llu", (unsigned long long)s->obsolete);
	if (s->key_rsvd)
		pv_fmt_add(fm, " key_rsvd=0x%llx", (unsigned long long)s->key_rsvd);
	pv_fmt_add(fm, " sense_key=%s(%llu)", scsi_sense_key_name((uint32_t)s->sense_key), (unsigned long long)s->sense_key);
	pv_fmt_add(fm, " ili=%llu", (unsigned long long)s->ili);
	pv_fmt_add(fm, " eom=%llu", (unsigned long long)s->eom);
	pv_fmt_add(fm, " filemark=%llu", (unsigned long long)s->filemark);
	pv_fmt_add(fm, " information=%llu", (unsigned long long)s->information);
	pv_fmt_add(fm, " additional_len=%llu", (unsigned long long)s->additional_len);
	pv_fmt_add(fm, " cmd_specific=%llu", (unsigned long long)s->cmd_specific);
	pv_fmt_add(fm, " asc=%llu", (unsigned long long)s->asc);
	pv_fmt_add(fm, " ascq=%llu", (unsigned long long)s->ascq);
	pv_fmt_add(fm, " fru=%llu", (unsigned long long)s->fru);
	if (s->sks_rsvd)
		pv_fmt_add(fm, " sks_rsvd=0x%llx", (unsigned long long)s->sks_rsvd);
	pv_fmt_add(fm, " field_pointer=%llu", (unsigned long long)s->field_pointer);
	pv_fmt_add(fm, " bit_pointer=%llu", (unsigned long long)s->bit_pointer);
	pv_fmt_add(fm, " bpv=%llu", (unsigned long long)s->bpv);
	pv_fmt_add(fm, " cd=%llu", (unsigned long long)s->cd);
	pv_fmt_add(fm, " sksv=%llu", (unsigned long long)s->sksv);
}

int scsi_sense_fixed_format(const struct scsi_sense_fixed *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "sense_fixed");
	scsi_sense_fixed_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_sense_desc_fmt(struct pv_fmt *fm, const struct scsi_sense_desc *s)
{
	if (s->response_rsvd)
		pv_fmt_add(fm, " response_rsvd=0x%llx", (unsigned long long)s->response_rsvd);
	pv_fmt_add(fm, " response_code=%s(%llu)", scsi_sense_format_name((uint32_t)s->response_code), (unsigned long long)s->response_code);
	if (s->key_rsvd)
		pv_fmt_add(fm, " key_rsvd=0x%llx", (unsigned long long)s->key_rsvd);
	pv_fmt_add(fm, " sense_key=%s(%llu)", scsi_sense_key_name((uint32_t)s->sense_key), (unsigned long long)s->sense_key);
	pv_fmt_add(fm, " asc=%llu", (unsigned long long)s->asc);
	pv_fmt_add(fm, " ascq=%llu", (unsigned long long)s->ascq);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 3);
	pv_fmt_add(fm, " additional_len=%llu", (unsigned long long)s->additional_len);
}

int scsi_sense_desc_format(const struct scsi_sense_desc *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "sense_desc");
	scsi_sense_desc_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_inquiry_std_fmt(struct pv_fmt *fm, const struct scsi_inquiry_std *s)
{
	if (s->peripheral_rsvd)
		pv_fmt_add(fm, " peripheral_rsvd=0x%llx", (unsigned long long)s->peripheral_rsvd);
	pv_fmt_add(fm, " device_type=%llu", (unsigned long long)s->device_type);
	pv_fmt_add(fm, " qualifier=%llu", (unsigned long long)s->qualifier);
	pv_fmt_add(fm, " rmb=%llu", (unsigned long long)s->rmb);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	if (s->format_rsvd)
		pv_fmt_add(fm, " format_rsvd=0x%llx", (unsigned long long)s->format_rsvd);
	pv_fmt_add(fm, " response_data_format=%llu", (unsigned long long)s->response_data_format);
	pv_fmt_add(fm, " hisup=%llu", (unsigned long long)s->hisup);
	pv_fmt_add(fm, " normaca=%llu", (unsigned long long)s->normaca);
	pv_fmt_add(fm, " additional_len=%llu", (unsigned long long)s->additional_len);
	pv_fmt_add(fm, " flags5=%llu", (unsigned long long)s->flags5);
	pv_fmt_add(fm, " flags6=%llu", (unsigned long long)s->flags6);
	if (s->flags7_rsvd)
		pv_fmt_add(fm, " flags7_rsvd=0x%llx", (unsigned long long)s->flags7_rsvd);
	pv_fmt_add(fm, " cmdque=%llu", (unsigned long long)s->cmdque);
	pv_fmt_add(fm, " vendor=");
	pv_fmt_bytes(fm, s->vendor, 8);
	pv_fmt_add(fm, " product=");
	pv_fmt_bytes(fm, s->product, 16);
	pv_fmt_add(fm, " revision=");
	pv_fmt_bytes(fm, s->revision, 4);
}

int scsi_inquiry_std_format(const struct scsi_inquiry_std *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "inquiry_std");
	scsi_inquiry_std_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_vpd_header_fmt(struct pv_fmt *fm, const struct scsi_vpd_header *s)
{
	pv_fmt_add(fm, " peripheral=%llu", (unsigned long long)s->peripheral);
	pv_fmt_add(fm, " page_code=%s(%lld)", scsi_vpd_page_name((uint32_t)s->page_code), (long long)s->page_code);
	pv_fmt_add(fm, " page_len=%llu", (unsigned long long)s->page_len);
}

int scsi_vpd_header_format(const struct scsi_vpd_header *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "vpd_header");
	scsi_vpd_header_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_designator_fmt(struct pv_fmt *fm, const struct scsi_designator *s)
{
	if (s->code_rsvd)
		pv_fmt_add(fm, " code_rsvd=0x%llx", (unsigned long long)s->code_rsvd);
	pv_fmt_add(fm, " code_set=%s(%llu)", scsi_code_set_name((uint32_t)s->code_set), (unsigned long long)s->code_set);
	pv_fmt_add(fm, " protocol_id=%llu", (unsigned long long)s->protocol_id);
	if (s->type_rsvd)
		pv_fmt_add(fm, " type_rsvd=0x%llx", (unsigned long long)s->type_rsvd);
	pv_fmt_add(fm, " designator_type=%s(%llu)", scsi_designator_type_name((uint32_t)s->designator_type), (unsigned long long)s->designator_type);
	pv_fmt_add(fm, " association=%llu", (unsigned long long)s->association);
	pv_fmt_add(fm, " piv=%llu", (unsigned long long)s->piv);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
}

int scsi_designator_format(const struct scsi_designator *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "designator");
	scsi_designator_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_vpd_block_limits_fmt(struct pv_fmt *fm, const struct scsi_vpd_block_limits *s)
{
	pv_fmt_add(fm, " peripheral=%llu", (unsigned long long)s->peripheral);
	pv_fmt_add(fm, " page_code=%llu", (unsigned long long)s->page_code);
	pv_fmt_add(fm, " page_len=%llu", (unsigned long long)s->page_len);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " wsnz=%llu", (unsigned long long)s->wsnz);
	pv_fmt_add(fm, " max_compare_write=%llu", (unsigned long long)s->max_compare_write);
	pv_fmt_add(fm, " opt_xfer_granularity=%llu", (unsigned long long)s->opt_xfer_granularity);
	pv_fmt_add(fm, " max_xfer_len=%llu", (unsigned long long)s->max_xfer_len);
	pv_fmt_add(fm, " opt_xfer_len=%llu", (unsigned long long)s->opt_xfer_len);
	pv_fmt_add(fm, " max_prefetch_len=%llu", (unsigned long long)s->max_prefetch_len);
	pv_fmt_add(fm, " max_unmap_lba_count=%llu", (unsigned long long)s->max_unmap_lba_count);
	pv_fmt_add(fm, " max_unmap_desc_count=%llu", (unsigned long long)s->max_unmap_desc_count);
	pv_fmt_add(fm, " opt_unmap_granularity=%llu", (unsigned long long)s->opt_unmap_granularity);
	pv_fmt_add(fm, " unmap_granularity_alignment=%llu", (unsigned long long)s->unmap_granularity_alignment);
	pv_fmt_add(fm, " max_write_same_len=0x%llx", (unsigned long long)s->max_write_same_len);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 20);
}

int scsi_vpd_block_limits_format(const struct scsi_vpd_block_limits *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "vpd_block_limits");
	scsi_vpd_block_limits_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_vpd_block_characteristics_fmt(struct pv_fmt *fm, const struct scsi_vpd_block_characteristics *s)
{
	pv_fmt_add(fm, " peripheral=%llu", (unsigned long long)s->peripheral);
	pv_fmt_add(fm, " page_code=%llu", (unsigned long long)s->page_code);
	pv_fmt_add(fm, " page_len=%llu", (unsigned long long)s->page_len);
	pv_fmt_add(fm, " rotation_rate=%llu", (unsigned long long)s->rotation_rate);
	pv_fmt_add(fm, " product_type=%llu", (unsigned long long)s->product_type);
	pv_fmt_add(fm, " form_factor=%llu", (unsigned long long)s->form_factor);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 56);
}

int scsi_vpd_block_characteristics_format(const struct scsi_vpd_block_characteristics *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "vpd_block_characteristics");
	scsi_vpd_block_characteristics_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_vpd_lb_provisioning_fmt(struct pv_fmt *fm, const struct scsi_vpd_lb_provisioning *s)
{
	pv_fmt_add(fm, " peripheral=%llu", (unsigned long long)s->peripheral);
	pv_fmt_add(fm, " page_code=%llu", (unsigned long long)s->page_code);
	pv_fmt_add(fm, " page_len=%llu", (unsigned long long)s->page_len);
	pv_fmt_add(fm, " threshold_exponent=%llu", (unsigned long long)s->threshold_exponent);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " dp=%llu", (unsigned long long)s->dp);
	pv_fmt_add(fm, " anc_sup=%llu", (unsigned long long)s->anc_sup);
	pv_fmt_add(fm, " lbprz=%llu", (unsigned long long)s->lbprz);
	pv_fmt_add(fm, " lbpws10=%llu", (unsigned long long)s->lbpws10);
	pv_fmt_add(fm, " lbpws=%llu", (unsigned long long)s->lbpws);
	pv_fmt_add(fm, " lbpu=%llu", (unsigned long long)s->lbpu);
	if (s->provisioning_rsvd)
		pv_fmt_add(fm, " provisioning_rsvd=0x%llx", (unsigned long long)s->provisioning_rsvd);
	pv_fmt_add(fm, " provisioning_type=%llu", (unsigned long long)s->provisioning_type);
	pv_fmt_add(fm, " threshold_percentage=%llu", (unsigned long long)s->threshold_percentage);
}

int scsi_vpd_lb_provisioning_format(const struct scsi_vpd_lb_provisioning *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "vpd_lb_provisioning");
	scsi_vpd_lb_provisioning_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_mode_header6_fmt(struct pv_fmt *fm, const struct scsi_mode_header6 *s)
{
	pv_fmt_add(fm, " mode_data_len=%llu", (unsigned long long)s->mode_data_len);
	pv_fmt_add(fm, " medium_type=%llu", (unsigned long long)s->medium_type);
	if (s->device_specific_rsvd)
		pv_fmt_add(fm, " device_specific_rsvd=0x%llx", (unsigned long long)s->device_specific_rsvd);
	pv_fmt_add(fm, " dpofua=%llu", (unsigned long long)s->dpofua);
	pv_fmt_add(fm, " wp=%llu", (unsigned long long)s->wp);
	pv_fmt_add(fm, " bd_len=%llu", (unsigned long long)s->bd_len);
}

int scsi_mode_header6_format(const struct scsi_mode_header6 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "mode_header6");
	scsi_mode_header6_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_mode_header10_fmt(struct pv_fmt *fm, const struct scsi_mode_header10 *s)
{
	pv_fmt_add(fm, " mode_data_len=%llu", (unsigned long long)s->mode_data_len);
	pv_fmt_add(fm, " medium_type=%llu", (unsigned long long)s->medium_type);
	if (s->device_specific_rsvd)
		pv_fmt_add(fm, " device_specific_rsvd=0x%llx", (unsigned long long)s->device_specific_rsvd);
	pv_fmt_add(fm, " dpofua=%llu", (unsigned long long)s->dpofua);
	pv_fmt_add(fm, " wp=%llu", (unsigned long long)s->wp);
	if (s->longlba_rsvd)
		pv_fmt_add(fm, " longlba_rsvd=0x%llx", (unsigned long long)s->longlba_rsvd);
	pv_fmt_add(fm, " longlba=%llu", (unsigned long long)s->longlba);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " bd_len=%llu", (unsigned long long)s->bd_len);
}

int scsi_mode_header10_format(const struct scsi_mode_header10 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "mode_header10");
	scsi_mode_header10_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_block_desc_short_fmt(struct pv_fmt *fm, const struct scsi_block_desc_short *s)
{
	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " block_len=%llu", (unsigned long long)s->block_len);
}

int scsi_block_desc_short_format(const struct scsi_block_desc_short *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "block_desc_short");
	scsi_block_desc_short_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_block_desc_long_fmt(struct pv_fmt *fm, const struct scsi_block_desc_long *s)
{
	pv_fmt_add(fm, " nblocks=0x%llx", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
	pv_fmt_add(fm, " block_len=%llu", (unsigned long long)s->block_len);
}

int scsi_block_desc_long_format(const struct scsi_block_desc_long *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "block_desc_long");
	scsi_block_desc_long_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_mode_page_caching_fmt(struct pv_fmt *fm, const struct scsi_mode_page_caching *s)
{
	if (s->page_rsvd)
		pv_fmt_add(fm, " page_rsvd=0x%llx", (unsigned long long)s->page_rsvd);
	pv_fmt_add(fm, " page_code=%llu", (unsigned long long)s->page_code);
	pv_fmt_add(fm, " spf=%llu", (unsigned long long)s->spf);
	pv_fmt_add(fm, " ps=%llu", (unsigned long long)s->ps);
	pv_fmt_add(fm, " page_len=%llu", (unsigned long long)s->page_len);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " rcd=%llu", (unsigned long long)s->rcd);
	pv_fmt_add(fm, " mf=%llu", (unsigned long long)s->mf);
	pv_fmt_add(fm, " wce=%llu", (unsigned long long)s->wce);
	pv_fmt_add(fm, " size=%llu", (unsigned long long)s->size);
	pv_fmt_add(fm, " disc=%llu", (unsigned long long)s->disc);
	pv_fmt_add(fm, " cap=%llu", (unsigned long long)s->cap);
	pv_fmt_add(fm, " abpf=%llu", (unsigned long long)s->abpf);
	pv_fmt_add(fm, " ic=%llu", (unsigned long long)s->ic);
	pv_fmt_add(fm, " retention=%llu", (unsigned long long)s->retention);
	pv_fmt_add(fm, " disable_prefetch_len=%llu", (unsigned long long)s->disable_prefetch_len);
	pv_fmt_add(fm, " min_prefetch=%llu", (unsigned long long)s->min_prefetch);
	pv_fmt_add(fm, " max_prefetch=%llu", (unsigned long long)s->max_prefetch);
	pv_fmt_add(fm, " max_prefetch_ceiling=%llu", (unsigned long long)s->max_prefetch_ceiling);
	pv_fmt_add(fm, " flags12=%llu", (unsigned long long)s->flags12);
	pv_fmt_add(fm, " cache_segments=%llu", (unsigned long long)s->cache_segments);
	pv_fmt_add(fm, " cache_segment_size=%llu", (unsigned long long)s->cache_segment_size);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " obsolete=");
	pv_fmt_bytes(fm, s->obsolete, 3);
}

int scsi_mode_page_caching_format(const struct scsi_mode_page_caching *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "mode_page_caching");
	scsi_mode_page_caching_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_read_capacity10_data_fmt(struct pv_fmt *fm, const struct scsi_read_capacity10_data *s)
{
	pv_fmt_add(fm, " last_lba=%llu", (unsigned long long)s->last_lba);
	pv_fmt_add(fm, " block_len=%llu", (unsigned long long)s->block_len);
}

int scsi_read_capacity10_data_format(const struct scsi_read_capacity10_data *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "read_capacity10_data");
	scsi_read_capacity10_data_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_read_capacity16_data_fmt(struct pv_fmt *fm, const struct scsi_read_capacity16_data *s)
{
	pv_fmt_add(fm, " last_lba=0x%llx", (unsigned long long)s->last_lba);
	pv_fmt_add(fm, " block_len=%llu", (unsigned long long)s->block_len);
	if (s->prot_rsvd)
		pv_fmt_add(fm, " prot_rsvd=0x%llx", (unsigned long long)s->prot_rsvd);
	pv_fmt_add(fm, " prot_en=%llu", (unsigned long long)s->prot_en);
	pv_fmt_add(fm, " p_type=%llu", (unsigned long long)s->p_type);
	if (s->exponents_rsvd)
		pv_fmt_add(fm, " exponents_rsvd=0x%llx", (unsigned long long)s->exponents_rsvd);
	pv_fmt_add(fm, " lbppbe=%llu", (unsigned long long)s->lbppbe);
	pv_fmt_add(fm, " p_i_exponent=%llu", (unsigned long long)s->p_i_exponent);
	if (s->lbp_rsvd)
		pv_fmt_add(fm, " lbp_rsvd=0x%llx", (unsigned long long)s->lbp_rsvd);
	pv_fmt_add(fm, " lowest_aligned_lba=%llu", (unsigned long long)s->lowest_aligned_lba);
	pv_fmt_add(fm, " lbprz=%llu", (unsigned long long)s->lbprz);
	pv_fmt_add(fm, " lbpme=%llu", (unsigned long long)s->lbpme);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 16);
}

int scsi_read_capacity16_data_format(const struct scsi_read_capacity16_data *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "read_capacity16_data");
	scsi_read_capacity16_data_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_lun_entry_fmt(struct pv_fmt *fm, const struct scsi_lun_entry *s)
{
	pv_fmt_add(fm, " lun=");
	pv_fmt_bytes(fm, s->lun, 8);
}

int scsi_lun_entry_format(const struct scsi_lun_entry *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "lun_entry");
	scsi_lun_entry_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_report_luns_data_fmt(struct pv_fmt *fm, const struct scsi_report_luns_data *s)
{
	size_t i;

	pv_fmt_add(fm, " list_len=%llu", (unsigned long long)s->list_len);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
	pv_fmt_add(fm, " luns[%u]={", (unsigned)s->luns_count);
	for (i = 0; i < s->luns_count && i < 256; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",{" : "{");
		scsi_lun_entry_fmt(fm, &s->luns[i]);
		pv_fmt_add(fm, " }");
	}
	pv_fmt_add(fm, "}");
}

int scsi_report_luns_data_format(const struct scsi_report_luns_data *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "report_luns_data");
	scsi_report_luns_data_fmt(&fm, s);
	return (int)fm.len;
}

static void scsi_pr_in_header_fmt(struct pv_fmt *fm, const struct scsi_pr_in_header *s)
{
	pv_fmt_add(fm, " generation=%llu", (unsigned long long)s->generation);
	pv_fmt_add(fm, " additional_len=%llu", (unsigned long long)s->additional_len);
}

int scsi_pr_in_header_format(const struct scsi_pr_in_header *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "pr_in_header");
	scsi_pr_in_header_fmt(&fm, s);
	return (int)fm.len;
}
