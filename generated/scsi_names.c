/* DO NOT EDIT: generated from spec/scsi.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "scsi_codec.h"

const struct pv_name scsi_opcode_names[26] = {
	{0, "TEST_UNIT_READY"},
	{3, "REQUEST_SENSE"},
	{8, "READ_6"},
	{10, "WRITE_6"},
	{18, "INQUIRY"},
	{26, "MODE_SENSE_6"},
	{27, "START_STOP_UNIT"},
	{37, "READ_CAPACITY_10"},
	{40, "READ_10"},
	{42, "WRITE_10"},
	{47, "VERIFY_10"},
	{53, "SYNCHRONIZE_CACHE_10"},
	{65, "WRITE_SAME_10"},
	{66, "UNMAP"},
	{90, "MODE_SENSE_10"},
	{94, "PERSISTENT_RESERVE_IN"},
	{136, "READ_16"},
	{138, "WRITE_16"},
	{143, "VERIFY_16"},
	{145, "SYNCHRONIZE_CACHE_16"},
	{147, "WRITE_SAME_16"},
	{158, "SERVICE_ACTION_IN_16"},
	{160, "REPORT_LUNS"},
	{163, "MAINTENANCE_IN"},
	{168, "READ_12"},
	{170, "WRITE_12"},
};

const char *scsi_opcode_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_opcode_names, 26, v);

	return n ? n : "?";
}

const struct pv_name scsi_service_action_in_names[1] = {
	{16, "READ_CAPACITY_16"},
};

const char *scsi_service_action_in_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_service_action_in_names, 1, v);

	return n ? n : "?";
}

const struct pv_name scsi_sam_status_names[8] = {
	{0, "GOOD"},
	{2, "CHECK_CONDITION"},
	{4, "CONDITION_MET"},
	{8, "BUSY"},
	{24, "RESERVATION_CONFLICT"},
	{40, "TASK_SET_FULL"},
	{48, "ACA_ACTIVE"},
	{64, "TASK_ABORTED"},
};

const char *scsi_sam_status_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_sam_status_names, 8, v);

	return n ? n : "?";
}

const struct pv_name scsi_sense_key_names[15] = {
	{0, "NO_SENSE"},
	{1, "RECOVERED_ERROR"},
	{2, "NOT_READY"},
	{3, "MEDIUM_ERROR"},
	{4, "HARDWARE_ERROR"},
	{5, "ILLEGAL_REQUEST"},
	{6, "UNIT_ATTENTION"},
	{7, "DATA_PROTECT"},
	{8, "BLANK_CHECK"},
	{9, "VENDOR_SPECIFIC"},
	{10, "COPY_ABORTED"},
	{11, "ABORTED_COMMAND"},
	{13, "VOLUME_OVERFLOW"},
	{14, "MISCOMPARE"},
	{15, "COMPLETED"},
};

const char *scsi_sense_key_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_sense_key_names, 15, v);

	return n ? n : "?";
}

const struct pv_name scsi_asc_ascq_names[26] = {
	{0, "NO_ADDITIONAL_SENSE"},
	{0x300, "PERIPHERAL_DEVICE_WRITE_FAULT"},
	{0x400, "LOGICAL_UNIT_NOT_READY"},
	{0xb08, "WARNING_POWER_LOSS_EXPECTED"},
	{0xc00, "WRITE_ERROR"},
	{0x1001, "LOGICAL_BLOCK_GUARD_CHECK_FAILED"},
	{0x1002, "LOGICAL_BLOCK_APPLICATION_TAG_CHECK_FAILED"},
	{0x1003, "LOGICAL_BLOCK_REFERENCE_TAG_CHECK_FAILED"},
	{0x1100, "UNRECOVERED_READ_ERROR"},
	{0x1a00, "PARAMETER_LIST_LENGTH_ERROR"},
	{0x1d00, "MISCOMPARE_DURING_VERIFY"},
	{0x2000, "INVALID_COMMAND_OPERATION_CODE"},
	{0x2002, "ACCESS_DENIED_NO_ACCESS_RIGHTS"},
	{0x2009, "ACCESS_DENIED_INVALID_LU_IDENTIFIER"},
	{0x2100, "LBA_OUT_OF_RANGE"},
	{0x2400, "INVALID_FIELD_IN_CDB"},
	{0x2500, "LOGICAL_UNIT_NOT_SUPPORTED"},
	{0x2600, "INVALID_FIELD_IN_PARAMETER_LIST"},
	{0x2700, "WRITE_PROTECTED"},
	{0x2707, "SPACE_ALLOCATION_FAILED_WRITE_PROTECT"},
	{0x2900, "POWER_ON_RESET"},
	{0x2a09, "CAPACITY_DATA_HAS_CHANGED"},
	{0x2c00, "COMMAND_SEQUENCE_ERROR"},
	{0x3900, "SAVING_PARAMETERS_NOT_SUPPORTED"},
	{0x3f0e, "REPORTED_LUNS_DATA_HAS_CHANGED"},
	{0x4400, "INTERNAL_TARGET_FAILURE"},
};

const char *scsi_asc_ascq_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_asc_ascq_names, 26, v);

	return n ? n : "?";
}

const struct pv_name scsi_sense_format_names[4] = {
	{112, "FIXED_CURRENT"},
	{113, "FIXED_DEFERRED"},
	{114, "DESC_CURRENT"},
	{115, "DESC_DEFERRED"},
};

const char *scsi_sense_format_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_sense_format_names, 4, v);

	return n ? n : "?";
}

const struct pv_name scsi_vpd_page_names[6] = {
	{0, "SUPPORTED_PAGES"},
	{128, "UNIT_SERIAL_NUMBER"},
	{131, "DEVICE_IDENTIFICATION"},
	{176, "BLOCK_LIMITS"},
	{177, "BLOCK_DEVICE_CHARACTERISTICS"},
	{178, "LOGICAL_BLOCK_PROVISIONING"},
};

const char *scsi_vpd_page_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_vpd_page_names, 6, v);

	return n ? n : "?";
}

const struct pv_name scsi_mode_page_names[3] = {
	{8, "CACHING"},
	{10, "CONTROL"},
	{63, "ALL"},
};

const char *scsi_mode_page_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_mode_page_names, 3, v);

	return n ? n : "?";
}

const struct pv_name scsi_page_control_names[4] = {
	{0, "CURRENT"},
	{1, "CHANGEABLE"},
	{2, "DEFAULT"},
	{3, "SAVED"},
};

const char *scsi_page_control_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_page_control_names, 4, v);

	return n ? n : "?";
}

const struct pv_name scsi_pr_in_action_names[4] = {
	{0, "READ_KEYS"},
	{1, "READ_RESERVATION"},
	{2, "REPORT_CAPABILITIES"},
	{3, "READ_FULL_STATUS"},
};

const char *scsi_pr_in_action_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_pr_in_action_names, 4, v);

	return n ? n : "?";
}

const struct pv_name scsi_designator_type_names[4] = {
	{0, "VENDOR_SPECIFIC"},
	{1, "T10_VENDOR_ID"},
	{2, "EUI64"},
	{3, "NAA"},
};

const char *scsi_designator_type_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_designator_type_names, 4, v);

	return n ? n : "?";
}

const struct pv_name scsi_code_set_names[3] = {
	{1, "BINARY"},
	{2, "ASCII"},
	{3, "UTF8"},
};

const char *scsi_code_set_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_code_set_names, 3, v);

	return n ? n : "?";
}

const struct pv_name scsi_report_luns_select_names[3] = {
	{0, "ALL_BUT_WELL_KNOWN"},
	{1, "WELL_KNOWN"},
	{2, "ALL"},
};

const char *scsi_report_luns_select_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_report_luns_select_names, 3, v);

	return n ? n : "?";
}

const struct pv_name scsi_device_type_names[2] = {
	{0, "DIRECT_ACCESS"},
	{31, "UNKNOWN"},
};

const char *scsi_device_type_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_device_type_names, 2, v);

	return n ? n : "?";
}

const struct pv_name scsi_peripheral_qualifier_names[2] = {
	{0, "CONNECTED"},
	{3, "NOT_CONNECTABLE"},
};

const char *scsi_peripheral_qualifier_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_peripheral_qualifier_names, 2, v);

	return n ? n : "?";
}

const struct pv_name scsi_spc_version_names[1] = {
	{6, "SPC4"},
};

const char *scsi_spc_version_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_spc_version_names, 1, v);

	return n ? n : "?";
}

const struct pv_name scsi_inquiry_data_format_names[1] = {
	{2, "CURRENT"},
};

const char *scsi_inquiry_data_format_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_inquiry_data_format_names, 1, v);

	return n ? n : "?";
}

const struct pv_name scsi_provisioning_type_names[3] = {
	{0, "FULL"},
	{1, "RESOURCE"},
	{2, "THIN"},
};

const char *scsi_provisioning_type_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_provisioning_type_names, 3, v);

	return n ? n : "?";
}

const struct pv_name scsi_rotation_rate_names[2] = {
	{0, "NOT_REPORTED"},
	{1, "NON_ROTATING"},
};

const char *scsi_rotation_rate_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_rotation_rate_names, 2, v);

	return n ? n : "?";
}

const struct pv_name scsi_sense_desc_type_names[3] = {
	{0, "INFORMATION"},
	{1, "COMMAND_SPECIFIC"},
	{2, "SENSE_KEY_SPECIFIC"},
};

const char *scsi_sense_desc_type_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_sense_desc_type_names, 3, v);

	return n ? n : "?";
}

const struct pv_name scsi_lun_address_method_names[2] = {
	{0, "PERIPHERAL"},
	{1, "FLAT"},
};

const char *scsi_lun_address_method_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_lun_address_method_names, 2, v);

	return n ? n : "?";
}

const struct pv_name scsi_naa_names[3] = {
	{2, "IEEE_EXTENDED"},
	{3, "LOCALLY_ASSIGNED"},
	{5, "IEEE_REGISTERED"},
};

const char *scsi_naa_name(uint32_t v)
{
	const char *n = pv_name_find(scsi_naa_names, 3, v);

	return n ? n : "?";
}

static void scsi_cdb_test_unit_ready_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_test_unit_ready *s = p;

	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_test_unit_ready_format(const struct scsi_cdb_test_unit_ready *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "cdb_test_unit_ready", scsi_cdb_test_unit_ready_fmt, s);
}

static void scsi_cdb_request_sense_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_request_sense *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_request_sense", scsi_cdb_request_sense_fmt, s);
}

static void scsi_cdb_inquiry_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_inquiry *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_inquiry", scsi_cdb_inquiry_fmt, s);
}

static void scsi_cdb_rw6_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_rw6 *s = p;

	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	if (s->lba_rsvd)
		pv_fmt_add(fm, " lba_rsvd=0x%llx", (unsigned long long)s->lba_rsvd);
	pv_fmt_add(fm, " lba=%llu", (unsigned long long)s->lba);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " control=%llu", (unsigned long long)s->control);
}

int scsi_cdb_rw6_format(const struct scsi_cdb_rw6 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "cdb_rw6", scsi_cdb_rw6_fmt, s);
}

static void scsi_cdb_rw10_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_rw10 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_rw10", scsi_cdb_rw10_fmt, s);
}

static void scsi_cdb_rw12_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_rw12 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_rw12", scsi_cdb_rw12_fmt, s);
}

static void scsi_cdb_rw16_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_rw16 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_rw16", scsi_cdb_rw16_fmt, s);
}

static void scsi_cdb_verify10_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_verify10 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_verify10", scsi_cdb_verify10_fmt, s);
}

static void scsi_cdb_verify16_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_verify16 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_verify16", scsi_cdb_verify16_fmt, s);
}

static void scsi_cdb_read_capacity10_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_read_capacity10 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_read_capacity10", scsi_cdb_read_capacity10_fmt, s);
}

static void scsi_cdb_service_action_in16_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_service_action_in16 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_service_action_in16", scsi_cdb_service_action_in16_fmt, s);
}

static void scsi_cdb_mode_sense6_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_mode_sense6 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_mode_sense6", scsi_cdb_mode_sense6_fmt, s);
}

static void scsi_cdb_mode_sense10_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_mode_sense10 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_mode_sense10", scsi_cdb_mode_sense10_fmt, s);
}

static void scsi_cdb_sync_cache10_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_sync_cache10 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_sync_cache10", scsi_cdb_sync_cache10_fmt, s);
}

static void scsi_cdb_sync_cache16_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_sync_cache16 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_sync_cache16", scsi_cdb_sync_cache16_fmt, s);
}

static void scsi_cdb_write_same10_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_write_same10 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_write_same10", scsi_cdb_write_same10_fmt, s);
}

static void scsi_cdb_write_same16_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_write_same16 *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_write_same16", scsi_cdb_write_same16_fmt, s);
}

static void scsi_cdb_unmap_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_unmap *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_unmap", scsi_cdb_unmap_fmt, s);
}

static void scsi_unmap_desc_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_unmap_desc *s = p;

	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
}

int scsi_unmap_desc_format(const struct scsi_unmap_desc *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "unmap_desc", scsi_unmap_desc_fmt, s);
}

static void scsi_unmap_param_list_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_unmap_param_list *s = p;
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
	return pv_fmt_run(buf, cap, "unmap_param_list", scsi_unmap_param_list_fmt, s);
}

static void scsi_cdb_start_stop_unit_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_start_stop_unit *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_start_stop_unit", scsi_cdb_start_stop_unit_fmt, s);
}

static void scsi_cdb_pr_in_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_pr_in *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_pr_in", scsi_cdb_pr_in_fmt, s);
}

static void scsi_cdb_report_luns_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_cdb_report_luns *s = p;

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
	return pv_fmt_run(buf, cap, "cdb_report_luns", scsi_cdb_report_luns_fmt, s);
}

static void scsi_sense_fixed_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_sense_fixed *s = p;

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
	return pv_fmt_run(buf, cap, "sense_fixed", scsi_sense_fixed_fmt, s);
}

static void scsi_sense_desc_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_sense_desc *s = p;

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
	return pv_fmt_run(buf, cap, "sense_desc", scsi_sense_desc_fmt, s);
}

static void scsi_sense_desc_sks_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_sense_desc_sks *s = p;

	pv_fmt_add(fm, " desc_type=%llu", (unsigned long long)s->desc_type);
	pv_fmt_add(fm, " additional_len=%llu", (unsigned long long)s->additional_len);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 2);
	if (s->sks_rsvd)
		pv_fmt_add(fm, " sks_rsvd=0x%llx", (unsigned long long)s->sks_rsvd);
	pv_fmt_add(fm, " field_pointer=%llu", (unsigned long long)s->field_pointer);
	pv_fmt_add(fm, " bit_pointer=%llu", (unsigned long long)s->bit_pointer);
	pv_fmt_add(fm, " bpv=%llu", (unsigned long long)s->bpv);
	pv_fmt_add(fm, " cd=%llu", (unsigned long long)s->cd);
	pv_fmt_add(fm, " sksv=%llu", (unsigned long long)s->sksv);
	pv_fmt_add(fm, " reserved7=%llu", (unsigned long long)s->reserved7);
}

int scsi_sense_desc_sks_format(const struct scsi_sense_desc_sks *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sense_desc_sks", scsi_sense_desc_sks_fmt, s);
}

static void scsi_naa_designator_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_naa_designator *s = p;

	if (s->id_rsvd)
		pv_fmt_add(fm, " id_rsvd=0x%llx", (unsigned long long)s->id_rsvd);
	pv_fmt_add(fm, " value=%llu", (unsigned long long)s->value);
	pv_fmt_add(fm, " naa=%s(%llu)", scsi_naa_name((uint32_t)s->naa), (unsigned long long)s->naa);
}

int scsi_naa_designator_format(const struct scsi_naa_designator *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "naa_designator", scsi_naa_designator_fmt, s);
}

static void scsi_inquiry_std_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_inquiry_std *s = p;

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
	return pv_fmt_run(buf, cap, "inquiry_std", scsi_inquiry_std_fmt, s);
}

static void scsi_vpd_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_vpd_header *s = p;

	pv_fmt_add(fm, " peripheral=%llu", (unsigned long long)s->peripheral);
	pv_fmt_add(fm, " page_code=%s(%lld)", scsi_vpd_page_name((uint32_t)s->page_code), (long long)s->page_code);
	pv_fmt_add(fm, " page_len=%llu", (unsigned long long)s->page_len);
}

int scsi_vpd_header_format(const struct scsi_vpd_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "vpd_header", scsi_vpd_header_fmt, s);
}

static void scsi_designator_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_designator *s = p;

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
	return pv_fmt_run(buf, cap, "designator", scsi_designator_fmt, s);
}

static void scsi_vpd_block_limits_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_vpd_block_limits *s = p;

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
	return pv_fmt_run(buf, cap, "vpd_block_limits", scsi_vpd_block_limits_fmt, s);
}

static void scsi_vpd_block_characteristics_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_vpd_block_characteristics *s = p;

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
	return pv_fmt_run(buf, cap, "vpd_block_characteristics", scsi_vpd_block_characteristics_fmt, s);
}

static void scsi_vpd_lb_provisioning_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_vpd_lb_provisioning *s = p;

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
	return pv_fmt_run(buf, cap, "vpd_lb_provisioning", scsi_vpd_lb_provisioning_fmt, s);
}

static void scsi_mode_header6_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_mode_header6 *s = p;

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
	return pv_fmt_run(buf, cap, "mode_header6", scsi_mode_header6_fmt, s);
}

static void scsi_mode_header10_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_mode_header10 *s = p;

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
	return pv_fmt_run(buf, cap, "mode_header10", scsi_mode_header10_fmt, s);
}

static void scsi_block_desc_short_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_block_desc_short *s = p;

	pv_fmt_add(fm, " nblocks=%llu", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " block_len=%llu", (unsigned long long)s->block_len);
}

int scsi_block_desc_short_format(const struct scsi_block_desc_short *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "block_desc_short", scsi_block_desc_short_fmt, s);
}

static void scsi_block_desc_long_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_block_desc_long *s = p;

	pv_fmt_add(fm, " nblocks=0x%llx", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 4);
	pv_fmt_add(fm, " block_len=%llu", (unsigned long long)s->block_len);
}

int scsi_block_desc_long_format(const struct scsi_block_desc_long *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "block_desc_long", scsi_block_desc_long_fmt, s);
}

static void scsi_mode_page_caching_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_mode_page_caching *s = p;

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
	return pv_fmt_run(buf, cap, "mode_page_caching", scsi_mode_page_caching_fmt, s);
}

static void scsi_read_capacity10_data_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_read_capacity10_data *s = p;

	pv_fmt_add(fm, " last_lba=%llu", (unsigned long long)s->last_lba);
	pv_fmt_add(fm, " block_len=%llu", (unsigned long long)s->block_len);
}

int scsi_read_capacity10_data_format(const struct scsi_read_capacity10_data *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "read_capacity10_data", scsi_read_capacity10_data_fmt, s);
}

static void scsi_read_capacity16_data_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_read_capacity16_data *s = p;

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
	return pv_fmt_run(buf, cap, "read_capacity16_data", scsi_read_capacity16_data_fmt, s);
}

static void scsi_lun_entry_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_lun_entry *s = p;

	if (s->addr_rsvd)
		pv_fmt_add(fm, " addr_rsvd=0x%llx", (unsigned long long)s->addr_rsvd);
	pv_fmt_add(fm, " lun=%llu", (unsigned long long)s->lun);
	pv_fmt_add(fm, " address_method=%s(%llu)", scsi_lun_address_method_name((uint32_t)s->address_method), (unsigned long long)s->address_method);
	pv_fmt_add(fm, " second_level=");
	pv_fmt_bytes(fm, s->second_level, 6);
}

int scsi_lun_entry_format(const struct scsi_lun_entry *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "lun_entry", scsi_lun_entry_fmt, s);
}

static void scsi_report_luns_data_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_report_luns_data *s = p;
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
	return pv_fmt_run(buf, cap, "report_luns_data", scsi_report_luns_data_fmt, s);
}

static void scsi_pr_in_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_pr_in_header *s = p;

	pv_fmt_add(fm, " generation=%llu", (unsigned long long)s->generation);
	pv_fmt_add(fm, " additional_len=%llu", (unsigned long long)s->additional_len);
}

int scsi_pr_in_header_format(const struct scsi_pr_in_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "pr_in_header", scsi_pr_in_header_fmt, s);
}

static void scsi_pr_in_capabilities_fmt(struct pv_fmt *fm, const void *p)
{
	const struct scsi_pr_in_capabilities *s = p;

	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	if (s->flags2_rsvd)
		pv_fmt_add(fm, " flags2_rsvd=0x%llx", (unsigned long long)s->flags2_rsvd);
	pv_fmt_add(fm, " ptpl_c=%llu", (unsigned long long)s->ptpl_c);
	pv_fmt_add(fm, " atp_c=%llu", (unsigned long long)s->atp_c);
	pv_fmt_add(fm, " sip_c=%llu", (unsigned long long)s->sip_c);
	pv_fmt_add(fm, " crh=%llu", (unsigned long long)s->crh);
	pv_fmt_add(fm, " rlr_c=%llu", (unsigned long long)s->rlr_c);
	if (s->flags3_rsvd)
		pv_fmt_add(fm, " flags3_rsvd=0x%llx", (unsigned long long)s->flags3_rsvd);
	pv_fmt_add(fm, " ptpl_a=%llu", (unsigned long long)s->ptpl_a);
	pv_fmt_add(fm, " allow_commands=%llu", (unsigned long long)s->allow_commands);
	pv_fmt_add(fm, " tmv=%llu", (unsigned long long)s->tmv);
	pv_fmt_add(fm, " type_mask=%llu", (unsigned long long)s->type_mask);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 2);
}

int scsi_pr_in_capabilities_format(const struct scsi_pr_in_capabilities *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "pr_in_capabilities", scsi_pr_in_capabilities_fmt, s);
}

