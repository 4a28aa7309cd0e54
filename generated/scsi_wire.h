/* DO NOT EDIT: generated from spec/scsi.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_SCSI_WIRE_H
#define PV_GENERATED_SCSI_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* SCSI (SPC-4 / SBC-3 subset) */

#define SCSI_CDB_GROUP_SHIFT 5	/* opcode >> 5 is the group code, which fixes the CDB length */
#define SCSI_INQUIRY_STD_LEN 36	/* standard INQUIRY data Linux asks for first */
#define SCSI_REPORT_LUNS_MIN_ALLOC 16	/* SPC-4: a smaller allocation length is an error */
#define SCSI_MODE_SUBPAGE_ALL 255	/* MODE SENSE subpage code: every subpage (with page ALL) */

enum scsi_opcode {
	SCSI_OPCODE_TEST_UNIT_READY = 0,
	SCSI_OPCODE_REQUEST_SENSE = 3,
	SCSI_OPCODE_READ_6 = 8,
	SCSI_OPCODE_WRITE_6 = 10,
	SCSI_OPCODE_INQUIRY = 18,
	SCSI_OPCODE_MODE_SENSE_6 = 26,
	SCSI_OPCODE_START_STOP_UNIT = 27,
	SCSI_OPCODE_READ_CAPACITY_10 = 37,
	SCSI_OPCODE_READ_10 = 40,
	SCSI_OPCODE_WRITE_10 = 42,
	SCSI_OPCODE_VERIFY_10 = 47,
	SCSI_OPCODE_SYNCHRONIZE_CACHE_10 = 53,
	SCSI_OPCODE_WRITE_SAME_10 = 65,
	SCSI_OPCODE_UNMAP = 66,
	SCSI_OPCODE_MODE_SENSE_10 = 90,
	SCSI_OPCODE_PERSISTENT_RESERVE_IN = 94,
	SCSI_OPCODE_READ_16 = 136,
	SCSI_OPCODE_WRITE_16 = 138,
	SCSI_OPCODE_VERIFY_16 = 143,
	SCSI_OPCODE_SYNCHRONIZE_CACHE_16 = 145,
	SCSI_OPCODE_WRITE_SAME_16 = 147,
	SCSI_OPCODE_SERVICE_ACTION_IN_16 = 158,
	SCSI_OPCODE_REPORT_LUNS = 160,
	SCSI_OPCODE_MAINTENANCE_IN = 163,
	SCSI_OPCODE_READ_12 = 168,
	SCSI_OPCODE_WRITE_12 = 170,
};

enum scsi_service_action_in {
	SCSI_SERVICE_ACTION_IN_READ_CAPACITY_16 = 16,
};

/* SAM-5 status byte */
enum scsi_sam_status {
	SCSI_SAM_STATUS_GOOD = 0,
	SCSI_SAM_STATUS_CHECK_CONDITION = 2,
	SCSI_SAM_STATUS_CONDITION_MET = 4,
	SCSI_SAM_STATUS_BUSY = 8,
	SCSI_SAM_STATUS_RESERVATION_CONFLICT = 24,
	SCSI_SAM_STATUS_TASK_SET_FULL = 40,
	SCSI_SAM_STATUS_ACA_ACTIVE = 48,
	SCSI_SAM_STATUS_TASK_ABORTED = 64,
};

enum scsi_sense_key {
	SCSI_SENSE_KEY_NO_SENSE = 0,
	SCSI_SENSE_KEY_RECOVERED_ERROR = 1,
	SCSI_SENSE_KEY_NOT_READY = 2,
	SCSI_SENSE_KEY_MEDIUM_ERROR = 3,
	SCSI_SENSE_KEY_HARDWARE_ERROR = 4,
	SCSI_SENSE_KEY_ILLEGAL_REQUEST = 5,
	SCSI_SENSE_KEY_UNIT_ATTENTION = 6,
	SCSI_SENSE_KEY_DATA_PROTECT = 7,
	SCSI_SENSE_KEY_BLANK_CHECK = 8,
	SCSI_SENSE_KEY_VENDOR_SPECIFIC = 9,
	SCSI_SENSE_KEY_COPY_ABORTED = 10,
	SCSI_SENSE_KEY_ABORTED_COMMAND = 11,
	SCSI_SENSE_KEY_VOLUME_OVERFLOW = 13,
	SCSI_SENSE_KEY_MISCOMPARE = 14,
	SCSI_SENSE_KEY_COMPLETED = 15,
};

/* additional sense code << 8 | qualifier */
enum scsi_asc_ascq {
	SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE = 0,
	SCSI_ASC_ASCQ_PERIPHERAL_DEVICE_WRITE_FAULT = 0x300,
	SCSI_ASC_ASCQ_LOGICAL_UNIT_NOT_READY = 0x400,
	SCSI_ASC_ASCQ_WARNING_POWER_LOSS_EXPECTED = 0xb08,
	SCSI_ASC_ASCQ_WRITE_ERROR = 0xc00,
	SCSI_ASC_ASCQ_LOGICAL_BLOCK_GUARD_CHECK_FAILED = 0x1001,
	SCSI_ASC_ASCQ_LOGICAL_BLOCK_APPLICATION_TAG_CHECK_FAILED = 0x1002,
	SCSI_ASC_ASCQ_LOGICAL_BLOCK_REFERENCE_TAG_CHECK_FAILED = 0x1003,
	SCSI_ASC_ASCQ_UNRECOVERED_READ_ERROR = 0x1100,
	SCSI_ASC_ASCQ_MISCOMPARE_DURING_VERIFY = 0x1d00,
	SCSI_ASC_ASCQ_ACCESS_DENIED_NO_ACCESS_RIGHTS = 0x2002,
	SCSI_ASC_ASCQ_ACCESS_DENIED_INVALID_LU_IDENTIFIER = 0x2009,
	SCSI_ASC_ASCQ_PARAMETER_LIST_LENGTH_ERROR = 0x1a00,
	SCSI_ASC_ASCQ_INVALID_COMMAND_OPERATION_CODE = 0x2000,
	SCSI_ASC_ASCQ_LBA_OUT_OF_RANGE = 0x2100,
	SCSI_ASC_ASCQ_INVALID_FIELD_IN_CDB = 0x2400,
	SCSI_ASC_ASCQ_LOGICAL_UNIT_NOT_SUPPORTED = 0x2500,
	SCSI_ASC_ASCQ_INVALID_FIELD_IN_PARAMETER_LIST = 0x2600,
	SCSI_ASC_ASCQ_WRITE_PROTECTED = 0x2700,
	SCSI_ASC_ASCQ_SPACE_ALLOCATION_FAILED_WRITE_PROTECT = 0x2707,
	SCSI_ASC_ASCQ_POWER_ON_RESET = 0x2900,
	SCSI_ASC_ASCQ_CAPACITY_DATA_HAS_CHANGED = 0x2a09,
	SCSI_ASC_ASCQ_COMMAND_SEQUENCE_ERROR = 0x2c00,
	SCSI_ASC_ASCQ_SAVING_PARAMETERS_NOT_SUPPORTED = 0x3900,
	SCSI_ASC_ASCQ_REPORTED_LUNS_DATA_HAS_CHANGED = 0x3f0e,
	SCSI_ASC_ASCQ_INTERNAL_TARGET_FAILURE = 0x4400,
};

/* response code, byte 0 of sense data (bits 6-0) */
enum scsi_sense_format {
	SCSI_SENSE_FORMAT_FIXED_CURRENT = 112,
	SCSI_SENSE_FORMAT_FIXED_DEFERRED = 113,
	SCSI_SENSE_FORMAT_DESC_CURRENT = 114,
	SCSI_SENSE_FORMAT_DESC_DEFERRED = 115,
};

enum scsi_vpd_page {
	SCSI_VPD_PAGE_SUPPORTED_PAGES = 0,
	SCSI_VPD_PAGE_UNIT_SERIAL_NUMBER = 128,
	SCSI_VPD_PAGE_DEVICE_IDENTIFICATION = 131,
	SCSI_VPD_PAGE_BLOCK_LIMITS = 176,
	SCSI_VPD_PAGE_BLOCK_DEVICE_CHARACTERISTICS = 177,
	SCSI_VPD_PAGE_LOGICAL_BLOCK_PROVISIONING = 178,
};

enum scsi_mode_page {
	SCSI_MODE_PAGE_CACHING = 8,
	SCSI_MODE_PAGE_CONTROL = 10,
	SCSI_MODE_PAGE_ALL = 63,
};

enum scsi_page_control {
	SCSI_PAGE_CONTROL_CURRENT = 0,
	SCSI_PAGE_CONTROL_CHANGEABLE = 1,
	SCSI_PAGE_CONTROL_DEFAULT = 2,
	SCSI_PAGE_CONTROL_SAVED = 3,
};

enum scsi_pr_in_action {
	SCSI_PR_IN_ACTION_READ_KEYS = 0,
	SCSI_PR_IN_ACTION_READ_RESERVATION = 1,
	SCSI_PR_IN_ACTION_REPORT_CAPABILITIES = 2,
	SCSI_PR_IN_ACTION_READ_FULL_STATUS = 3,
};

enum scsi_designator_type {
	SCSI_DESIGNATOR_TYPE_VENDOR_SPECIFIC = 0,
	SCSI_DESIGNATOR_TYPE_T10_VENDOR_ID = 1,
	SCSI_DESIGNATOR_TYPE_EUI64 = 2,
	SCSI_DESIGNATOR_TYPE_NAA = 3,
};

enum scsi_code_set {
	SCSI_CODE_SET_BINARY = 1,
	SCSI_CODE_SET_ASCII = 2,
	SCSI_CODE_SET_UTF8 = 3,
};

/* REPORT LUNS select report */
enum scsi_report_luns_select {
	SCSI_REPORT_LUNS_SELECT_ALL_BUT_WELL_KNOWN = 0,
	SCSI_REPORT_LUNS_SELECT_WELL_KNOWN = 1,
	SCSI_REPORT_LUNS_SELECT_ALL = 2,
};

/* peripheral device type, INQUIRY byte 0 bits 4-0 */
enum scsi_device_type {
	SCSI_DEVICE_TYPE_DIRECT_ACCESS = 0,
	SCSI_DEVICE_TYPE_UNKNOWN = 31,
};

enum scsi_peripheral_qualifier {
	SCSI_PERIPHERAL_QUALIFIER_CONNECTED = 0,
	SCSI_PERIPHERAL_QUALIFIER_NOT_CONNECTABLE = 3,
};

/* INQUIRY byte 2 */
enum scsi_spc_version {
	SCSI_SPC_VERSION_SPC4 = 6,
};

/* INQUIRY response data format */
enum scsi_inquiry_data_format {
	SCSI_INQUIRY_DATA_FORMAT_CURRENT = 2,
};

/* VPD 0xB2 provisioning type */
enum scsi_provisioning_type {
	SCSI_PROVISIONING_TYPE_FULL = 0,
	SCSI_PROVISIONING_TYPE_RESOURCE = 1,
	SCSI_PROVISIONING_TYPE_THIN = 2,
};

/* VPD 0xB1 medium rotation rate (other values: rpm) */
enum scsi_rotation_rate {
	SCSI_ROTATION_RATE_NOT_REPORTED = 0,
	SCSI_ROTATION_RATE_NON_ROTATING = 1,
};

/* descriptor types of descriptor-format sense data */
enum scsi_sense_desc_type {
	SCSI_SENSE_DESC_TYPE_INFORMATION = 0,
	SCSI_SENSE_DESC_TYPE_COMMAND_SPECIFIC = 1,
	SCSI_SENSE_DESC_TYPE_SENSE_KEY_SPECIFIC = 2,
};

/* single-level LUN, byte 0 bits 7-6 */
enum scsi_lun_address_method {
	SCSI_LUN_ADDRESS_METHOD_PERIPHERAL = 0,
	SCSI_LUN_ADDRESS_METHOD_FLAT = 1,
};

/* NAA designator format, top nibble */
enum scsi_naa {
	SCSI_NAA_IEEE_EXTENDED = 2,
	SCSI_NAA_LOCALLY_ASSIGNED = 3,
	SCSI_NAA_IEEE_REGISTERED = 5,
};

struct scsi_wire_cdb_test_unit_ready {
	uint8_t opcode;	/* @0 */
	uint8_t reserved[4];	/* @1 */
	uint8_t control;	/* @5 */
} __attribute__((packed));
#define SCSI_CDB_TEST_UNIT_READY_SIZE 6
_Static_assert(sizeof(struct scsi_wire_cdb_test_unit_ready) == 6, "cdb_test_unit_ready size");
_Static_assert(offsetof(struct scsi_wire_cdb_test_unit_ready, opcode) == 0, "cdb_test_unit_ready.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_test_unit_ready, reserved) == 1, "cdb_test_unit_ready.reserved");
_Static_assert(offsetof(struct scsi_wire_cdb_test_unit_ready, control) == 5, "cdb_test_unit_ready.control");

struct scsi_wire_cdb_request_sense {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t reserved[2];	/* @2 */
	uint8_t alloc_len;	/* @4 */
	uint8_t control;	/* @5 */
} __attribute__((packed));
#define SCSI_CDB_REQUEST_SENSE_SIZE 6
#define SCSI_CDB_REQUEST_SENSE_DESC_SHIFT 0
#define SCSI_CDB_REQUEST_SENSE_DESC_MASK 1
_Static_assert(sizeof(struct scsi_wire_cdb_request_sense) == 6, "cdb_request_sense size");
_Static_assert(offsetof(struct scsi_wire_cdb_request_sense, opcode) == 0, "cdb_request_sense.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_request_sense, flags) == 1, "cdb_request_sense.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_request_sense, reserved) == 2, "cdb_request_sense.reserved");
_Static_assert(offsetof(struct scsi_wire_cdb_request_sense, alloc_len) == 4, "cdb_request_sense.alloc_len");
_Static_assert(offsetof(struct scsi_wire_cdb_request_sense, control) == 5, "cdb_request_sense.control");

struct scsi_wire_cdb_inquiry {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t page_code;	/* @2 enum vpd_page when evpd, else 0 */
	uint8_t alloc_len[2];	/* @3 be16 (BE) */
	uint8_t control;	/* @5 */
} __attribute__((packed));
#define SCSI_CDB_INQUIRY_SIZE 6
#define SCSI_CDB_INQUIRY_EVPD_SHIFT 0
#define SCSI_CDB_INQUIRY_EVPD_MASK 1
#define SCSI_CDB_INQUIRY_CMDDT_SHIFT 1
#define SCSI_CDB_INQUIRY_CMDDT_MASK 2
_Static_assert(sizeof(struct scsi_wire_cdb_inquiry) == 6, "cdb_inquiry size");
_Static_assert(offsetof(struct scsi_wire_cdb_inquiry, opcode) == 0, "cdb_inquiry.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_inquiry, flags) == 1, "cdb_inquiry.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_inquiry, page_code) == 2, "cdb_inquiry.page_code");
_Static_assert(offsetof(struct scsi_wire_cdb_inquiry, alloc_len) == 3, "cdb_inquiry.alloc_len");
_Static_assert(offsetof(struct scsi_wire_cdb_inquiry, control) == 5, "cdb_inquiry.control");

/* READ(6) / WRITE(6): 21-bit LBA, 8-bit length where 0 means 256 */
struct scsi_wire_cdb_rw6 {
	uint8_t opcode;	/* @0 */
	uint8_t lba[3];	/* @1 be24 (BE) bits 23-21 are reserved (not checked: the executor judges field values) */
	uint8_t length;	/* @4 */
	uint8_t control;	/* @5 */
} __attribute__((packed));
#define SCSI_CDB_RW6_SIZE 6
#define SCSI_CDB_RW6_LBA_SHIFT 0
#define SCSI_CDB_RW6_LBA_MASK 0x1fffff
_Static_assert(sizeof(struct scsi_wire_cdb_rw6) == 6, "cdb_rw6 size");
_Static_assert(offsetof(struct scsi_wire_cdb_rw6, opcode) == 0, "cdb_rw6.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_rw6, lba) == 1, "cdb_rw6.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_rw6, length) == 4, "cdb_rw6.length");
_Static_assert(offsetof(struct scsi_wire_cdb_rw6, control) == 5, "cdb_rw6.control");

/* READ(10) / WRITE(10) */
struct scsi_wire_cdb_rw10 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[4];	/* @2 be32 (BE) */
	uint8_t group;	/* @6 */
	uint8_t length[2];	/* @7 be16 (BE) blocks */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_RW10_SIZE 10
#define SCSI_CDB_RW10_FUA_NV_SHIFT 1
#define SCSI_CDB_RW10_FUA_NV_MASK 2
#define SCSI_CDB_RW10_FUA_SHIFT 3
#define SCSI_CDB_RW10_FUA_MASK 8
#define SCSI_CDB_RW10_DPO_SHIFT 4
#define SCSI_CDB_RW10_DPO_MASK 16
#define SCSI_CDB_RW10_PROTECT_SHIFT 5
#define SCSI_CDB_RW10_PROTECT_MASK 224
_Static_assert(sizeof(struct scsi_wire_cdb_rw10) == 10, "cdb_rw10 size");
_Static_assert(offsetof(struct scsi_wire_cdb_rw10, opcode) == 0, "cdb_rw10.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_rw10, flags) == 1, "cdb_rw10.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_rw10, lba) == 2, "cdb_rw10.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_rw10, group) == 6, "cdb_rw10.group");
_Static_assert(offsetof(struct scsi_wire_cdb_rw10, length) == 7, "cdb_rw10.length");
_Static_assert(offsetof(struct scsi_wire_cdb_rw10, control) == 9, "cdb_rw10.control");

struct scsi_wire_cdb_rw12 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[4];	/* @2 be32 (BE) */
	uint8_t length[4];	/* @6 be32 (BE) blocks */
	uint8_t group;	/* @10 */
	uint8_t control;	/* @11 */
} __attribute__((packed));
#define SCSI_CDB_RW12_SIZE 12
#define SCSI_CDB_RW12_FUA_NV_SHIFT 1
#define SCSI_CDB_RW12_FUA_NV_MASK 2
#define SCSI_CDB_RW12_FUA_SHIFT 3
#define SCSI_CDB_RW12_FUA_MASK 8
#define SCSI_CDB_RW12_DPO_SHIFT 4
#define SCSI_CDB_RW12_DPO_MASK 16
#define SCSI_CDB_RW12_PROTECT_SHIFT 5
#define SCSI_CDB_RW12_PROTECT_MASK 224
_Static_assert(sizeof(struct scsi_wire_cdb_rw12) == 12, "cdb_rw12 size");
_Static_assert(offsetof(struct scsi_wire_cdb_rw12, opcode) == 0, "cdb_rw12.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_rw12, flags) == 1, "cdb_rw12.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_rw12, lba) == 2, "cdb_rw12.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_rw12, length) == 6, "cdb_rw12.length");
_Static_assert(offsetof(struct scsi_wire_cdb_rw12, group) == 10, "cdb_rw12.group");
_Static_assert(offsetof(struct scsi_wire_cdb_rw12, control) == 11, "cdb_rw12.control");

struct scsi_wire_cdb_rw16 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[8];	/* @2 be64 (BE) */
	uint8_t length[4];	/* @10 be32 (BE) blocks */
	uint8_t group;	/* @14 */
	uint8_t control;	/* @15 */
} __attribute__((packed));
#define SCSI_CDB_RW16_SIZE 16
#define SCSI_CDB_RW16_FUA_NV_SHIFT 1
#define SCSI_CDB_RW16_FUA_NV_MASK 2
#define SCSI_CDB_RW16_FUA_SHIFT 3
#define SCSI_CDB_RW16_FUA_MASK 8
#define SCSI_CDB_RW16_DPO_SHIFT 4
#define SCSI_CDB_RW16_DPO_MASK 16
#define SCSI_CDB_RW16_PROTECT_SHIFT 5
#define SCSI_CDB_RW16_PROTECT_MASK 224
_Static_assert(sizeof(struct scsi_wire_cdb_rw16) == 16, "cdb_rw16 size");
_Static_assert(offsetof(struct scsi_wire_cdb_rw16, opcode) == 0, "cdb_rw16.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_rw16, flags) == 1, "cdb_rw16.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_rw16, lba) == 2, "cdb_rw16.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_rw16, length) == 10, "cdb_rw16.length");
_Static_assert(offsetof(struct scsi_wire_cdb_rw16, group) == 14, "cdb_rw16.group");
_Static_assert(offsetof(struct scsi_wire_cdb_rw16, control) == 15, "cdb_rw16.control");

struct scsi_wire_cdb_verify10 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[4];	/* @2 be32 (BE) */
	uint8_t group;	/* @6 */
	uint8_t length[2];	/* @7 be16 (BE) blocks */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_VERIFY10_SIZE 10
#define SCSI_CDB_VERIFY10_BYTCHK_SHIFT 1
#define SCSI_CDB_VERIFY10_BYTCHK_MASK 6
#define SCSI_CDB_VERIFY10_DPO_SHIFT 4
#define SCSI_CDB_VERIFY10_DPO_MASK 16
#define SCSI_CDB_VERIFY10_VRPROTECT_SHIFT 5
#define SCSI_CDB_VERIFY10_VRPROTECT_MASK 224
_Static_assert(sizeof(struct scsi_wire_cdb_verify10) == 10, "cdb_verify10 size");
_Static_assert(offsetof(struct scsi_wire_cdb_verify10, opcode) == 0, "cdb_verify10.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_verify10, flags) == 1, "cdb_verify10.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_verify10, lba) == 2, "cdb_verify10.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_verify10, group) == 6, "cdb_verify10.group");
_Static_assert(offsetof(struct scsi_wire_cdb_verify10, length) == 7, "cdb_verify10.length");
_Static_assert(offsetof(struct scsi_wire_cdb_verify10, control) == 9, "cdb_verify10.control");

struct scsi_wire_cdb_verify16 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[8];	/* @2 be64 (BE) */
	uint8_t length[4];	/* @10 be32 (BE) blocks */
	uint8_t group;	/* @14 */
	uint8_t control;	/* @15 */
} __attribute__((packed));
#define SCSI_CDB_VERIFY16_SIZE 16
#define SCSI_CDB_VERIFY16_BYTCHK_SHIFT 1
#define SCSI_CDB_VERIFY16_BYTCHK_MASK 6
#define SCSI_CDB_VERIFY16_DPO_SHIFT 4
#define SCSI_CDB_VERIFY16_DPO_MASK 16
#define SCSI_CDB_VERIFY16_VRPROTECT_SHIFT 5
#define SCSI_CDB_VERIFY16_VRPROTECT_MASK 224
_Static_assert(sizeof(struct scsi_wire_cdb_verify16) == 16, "cdb_verify16 size");
_Static_assert(offsetof(struct scsi_wire_cdb_verify16, opcode) == 0, "cdb_verify16.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_verify16, flags) == 1, "cdb_verify16.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_verify16, lba) == 2, "cdb_verify16.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_verify16, length) == 10, "cdb_verify16.length");
_Static_assert(offsetof(struct scsi_wire_cdb_verify16, group) == 14, "cdb_verify16.group");
_Static_assert(offsetof(struct scsi_wire_cdb_verify16, control) == 15, "cdb_verify16.control");

struct scsi_wire_cdb_read_capacity10 {
	uint8_t opcode;	/* @0 */
	uint8_t reserved1;	/* @1 */
	uint8_t lba[4];	/* @2 be32 (BE) must be 0 unless pmi */
	uint8_t reserved6[2];	/* @6 */
	uint8_t pmi;	/* @8 */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_READ_CAPACITY10_SIZE 10
#define SCSI_CDB_READ_CAPACITY10_PMI_SHIFT 0
#define SCSI_CDB_READ_CAPACITY10_PMI_MASK 1
_Static_assert(sizeof(struct scsi_wire_cdb_read_capacity10) == 10, "cdb_read_capacity10 size");
_Static_assert(offsetof(struct scsi_wire_cdb_read_capacity10, opcode) == 0, "cdb_read_capacity10.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_read_capacity10, reserved1) == 1, "cdb_read_capacity10.reserved1");
_Static_assert(offsetof(struct scsi_wire_cdb_read_capacity10, lba) == 2, "cdb_read_capacity10.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_read_capacity10, reserved6) == 6, "cdb_read_capacity10.reserved6");
_Static_assert(offsetof(struct scsi_wire_cdb_read_capacity10, pmi) == 8, "cdb_read_capacity10.pmi");
_Static_assert(offsetof(struct scsi_wire_cdb_read_capacity10, control) == 9, "cdb_read_capacity10.control");

/* SERVICE ACTION IN(16); service action 0x10 is READ CAPACITY(16) */
struct scsi_wire_cdb_service_action_in16 {
	uint8_t opcode;	/* @0 */
	uint8_t action;	/* @1 */
	uint8_t lba[8];	/* @2 be64 (BE) */
	uint8_t alloc_len[4];	/* @10 be32 (BE) */
	uint8_t pmi;	/* @14 */
	uint8_t control;	/* @15 */
} __attribute__((packed));
#define SCSI_CDB_SERVICE_ACTION_IN16_SIZE 16
#define SCSI_CDB_SERVICE_ACTION_IN16_SERVICE_ACTION_SHIFT 0
#define SCSI_CDB_SERVICE_ACTION_IN16_SERVICE_ACTION_MASK 31
#define SCSI_CDB_SERVICE_ACTION_IN16_PMI_SHIFT 0
#define SCSI_CDB_SERVICE_ACTION_IN16_PMI_MASK 1
_Static_assert(sizeof(struct scsi_wire_cdb_service_action_in16) == 16, "cdb_service_action_in16 size");
_Static_assert(offsetof(struct scsi_wire_cdb_service_action_in16, opcode) == 0, "cdb_service_action_in16.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_service_action_in16, action) == 1, "cdb_service_action_in16.action");
_Static_assert(offsetof(struct scsi_wire_cdb_service_action_in16, lba) == 2, "cdb_service_action_in16.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_service_action_in16, alloc_len) == 10, "cdb_service_action_in16.alloc_len");
_Static_assert(offsetof(struct scsi_wire_cdb_service_action_in16, pmi) == 14, "cdb_service_action_in16.pmi");
_Static_assert(offsetof(struct scsi_wire_cdb_service_action_in16, control) == 15, "cdb_service_action_in16.control");

struct scsi_wire_cdb_mode_sense6 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t page;	/* @2 */
	uint8_t subpage;	/* @3 */
	uint8_t alloc_len;	/* @4 */
	uint8_t control;	/* @5 */
} __attribute__((packed));
#define SCSI_CDB_MODE_SENSE6_SIZE 6
#define SCSI_CDB_MODE_SENSE6_DBD_SHIFT 3
#define SCSI_CDB_MODE_SENSE6_DBD_MASK 8
#define SCSI_CDB_MODE_SENSE6_PAGE_CODE_SHIFT 0
#define SCSI_CDB_MODE_SENSE6_PAGE_CODE_MASK 63
#define SCSI_CDB_MODE_SENSE6_PC_SHIFT 6
#define SCSI_CDB_MODE_SENSE6_PC_MASK 192
_Static_assert(sizeof(struct scsi_wire_cdb_mode_sense6) == 6, "cdb_mode_sense6 size");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense6, opcode) == 0, "cdb_mode_sense6.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense6, flags) == 1, "cdb_mode_sense6.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense6, page) == 2, "cdb_mode_sense6.page");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense6, subpage) == 3, "cdb_mode_sense6.subpage");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense6, alloc_len) == 4, "cdb_mode_sense6.alloc_len");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense6, control) == 5, "cdb_mode_sense6.control");

struct scsi_wire_cdb_mode_sense10 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t page;	/* @2 */
	uint8_t subpage;	/* @3 */
	uint8_t reserved4[3];	/* @4 */
	uint8_t alloc_len[2];	/* @7 be16 (BE) */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_MODE_SENSE10_SIZE 10
#define SCSI_CDB_MODE_SENSE10_DBD_SHIFT 3
#define SCSI_CDB_MODE_SENSE10_DBD_MASK 8
#define SCSI_CDB_MODE_SENSE10_LLBAA_SHIFT 4
#define SCSI_CDB_MODE_SENSE10_LLBAA_MASK 16
#define SCSI_CDB_MODE_SENSE10_PAGE_CODE_SHIFT 0
#define SCSI_CDB_MODE_SENSE10_PAGE_CODE_MASK 63
#define SCSI_CDB_MODE_SENSE10_PC_SHIFT 6
#define SCSI_CDB_MODE_SENSE10_PC_MASK 192
_Static_assert(sizeof(struct scsi_wire_cdb_mode_sense10) == 10, "cdb_mode_sense10 size");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense10, opcode) == 0, "cdb_mode_sense10.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense10, flags) == 1, "cdb_mode_sense10.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense10, page) == 2, "cdb_mode_sense10.page");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense10, subpage) == 3, "cdb_mode_sense10.subpage");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense10, reserved4) == 4, "cdb_mode_sense10.reserved4");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense10, alloc_len) == 7, "cdb_mode_sense10.alloc_len");
_Static_assert(offsetof(struct scsi_wire_cdb_mode_sense10, control) == 9, "cdb_mode_sense10.control");

struct scsi_wire_cdb_sync_cache10 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[4];	/* @2 be32 (BE) */
	uint8_t group;	/* @6 */
	uint8_t nblocks[2];	/* @7 be16 (BE) 0 = to the end */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_SYNC_CACHE10_SIZE 10
#define SCSI_CDB_SYNC_CACHE10_IMMED_SHIFT 1
#define SCSI_CDB_SYNC_CACHE10_IMMED_MASK 2
_Static_assert(sizeof(struct scsi_wire_cdb_sync_cache10) == 10, "cdb_sync_cache10 size");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache10, opcode) == 0, "cdb_sync_cache10.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache10, flags) == 1, "cdb_sync_cache10.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache10, lba) == 2, "cdb_sync_cache10.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache10, group) == 6, "cdb_sync_cache10.group");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache10, nblocks) == 7, "cdb_sync_cache10.nblocks");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache10, control) == 9, "cdb_sync_cache10.control");

struct scsi_wire_cdb_sync_cache16 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[8];	/* @2 be64 (BE) */
	uint8_t nblocks[4];	/* @10 be32 (BE) */
	uint8_t group;	/* @14 */
	uint8_t control;	/* @15 */
} __attribute__((packed));
#define SCSI_CDB_SYNC_CACHE16_SIZE 16
#define SCSI_CDB_SYNC_CACHE16_IMMED_SHIFT 1
#define SCSI_CDB_SYNC_CACHE16_IMMED_MASK 2
_Static_assert(sizeof(struct scsi_wire_cdb_sync_cache16) == 16, "cdb_sync_cache16 size");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache16, opcode) == 0, "cdb_sync_cache16.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache16, flags) == 1, "cdb_sync_cache16.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache16, lba) == 2, "cdb_sync_cache16.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache16, nblocks) == 10, "cdb_sync_cache16.nblocks");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache16, group) == 14, "cdb_sync_cache16.group");
_Static_assert(offsetof(struct scsi_wire_cdb_sync_cache16, control) == 15, "cdb_sync_cache16.control");

struct scsi_wire_cdb_write_same10 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[4];	/* @2 be32 (BE) */
	uint8_t group;	/* @6 */
	uint8_t nblocks[2];	/* @7 be16 (BE) 0 refused (WSNZ) */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_WRITE_SAME10_SIZE 10
#define SCSI_CDB_WRITE_SAME10_UNMAP_SHIFT 3
#define SCSI_CDB_WRITE_SAME10_UNMAP_MASK 8
#define SCSI_CDB_WRITE_SAME10_ANCHOR_SHIFT 4
#define SCSI_CDB_WRITE_SAME10_ANCHOR_MASK 16
#define SCSI_CDB_WRITE_SAME10_WRPROTECT_SHIFT 5
#define SCSI_CDB_WRITE_SAME10_WRPROTECT_MASK 224
_Static_assert(sizeof(struct scsi_wire_cdb_write_same10) == 10, "cdb_write_same10 size");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same10, opcode) == 0, "cdb_write_same10.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same10, flags) == 1, "cdb_write_same10.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same10, lba) == 2, "cdb_write_same10.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same10, group) == 6, "cdb_write_same10.group");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same10, nblocks) == 7, "cdb_write_same10.nblocks");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same10, control) == 9, "cdb_write_same10.control");

struct scsi_wire_cdb_write_same16 {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t lba[8];	/* @2 be64 (BE) */
	uint8_t nblocks[4];	/* @10 be32 (BE) */
	uint8_t group;	/* @14 */
	uint8_t control;	/* @15 */
} __attribute__((packed));
#define SCSI_CDB_WRITE_SAME16_SIZE 16
#define SCSI_CDB_WRITE_SAME16_NDOB_SHIFT 0
#define SCSI_CDB_WRITE_SAME16_NDOB_MASK 1
#define SCSI_CDB_WRITE_SAME16_UNMAP_SHIFT 3
#define SCSI_CDB_WRITE_SAME16_UNMAP_MASK 8
#define SCSI_CDB_WRITE_SAME16_ANCHOR_SHIFT 4
#define SCSI_CDB_WRITE_SAME16_ANCHOR_MASK 16
#define SCSI_CDB_WRITE_SAME16_WRPROTECT_SHIFT 5
#define SCSI_CDB_WRITE_SAME16_WRPROTECT_MASK 224
_Static_assert(sizeof(struct scsi_wire_cdb_write_same16) == 16, "cdb_write_same16 size");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same16, opcode) == 0, "cdb_write_same16.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same16, flags) == 1, "cdb_write_same16.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same16, lba) == 2, "cdb_write_same16.lba");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same16, nblocks) == 10, "cdb_write_same16.nblocks");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same16, group) == 14, "cdb_write_same16.group");
_Static_assert(offsetof(struct scsi_wire_cdb_write_same16, control) == 15, "cdb_write_same16.control");

struct scsi_wire_cdb_unmap {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t reserved2[4];	/* @2 */
	uint8_t group;	/* @6 */
	uint8_t param_len[2];	/* @7 be16 (BE) bytes of parameter list (data-out) */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_UNMAP_SIZE 10
#define SCSI_CDB_UNMAP_ANCHOR_SHIFT 0
#define SCSI_CDB_UNMAP_ANCHOR_MASK 1
_Static_assert(sizeof(struct scsi_wire_cdb_unmap) == 10, "cdb_unmap size");
_Static_assert(offsetof(struct scsi_wire_cdb_unmap, opcode) == 0, "cdb_unmap.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_unmap, flags) == 1, "cdb_unmap.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_unmap, reserved2) == 2, "cdb_unmap.reserved2");
_Static_assert(offsetof(struct scsi_wire_cdb_unmap, group) == 6, "cdb_unmap.group");
_Static_assert(offsetof(struct scsi_wire_cdb_unmap, param_len) == 7, "cdb_unmap.param_len");
_Static_assert(offsetof(struct scsi_wire_cdb_unmap, control) == 9, "cdb_unmap.control");

struct scsi_wire_unmap_desc {
	uint8_t lba[8];	/* @0 be64 (BE) */
	uint8_t nblocks[4];	/* @8 be32 (BE) */
	uint8_t reserved[4];	/* @12 */
} __attribute__((packed));
#define SCSI_UNMAP_DESC_SIZE 16
_Static_assert(sizeof(struct scsi_wire_unmap_desc) == 16, "unmap_desc size");
_Static_assert(offsetof(struct scsi_wire_unmap_desc, lba) == 0, "unmap_desc.lba");
_Static_assert(offsetof(struct scsi_wire_unmap_desc, nblocks) == 8, "unmap_desc.nblocks");
_Static_assert(offsetof(struct scsi_wire_unmap_desc, reserved) == 12, "unmap_desc.reserved");

/* UNMAP parameter list: header then block descriptors */
struct scsi_wire_unmap_param_list {
	uint8_t data_len[2];	/* @0 be16 (BE) bytes after this field */
	uint8_t desc_len[2];	/* @2 be16 (BE) bytes of descriptors (multiple of 16) */
	uint8_t reserved[4];	/* @4 */
	struct scsi_wire_unmap_desc descs[];
} __attribute__((packed));
#define SCSI_UNMAP_PARAM_LIST_SIZE 8
#define SCSI_UNMAP_PARAM_LIST_DESCS_OFFSET 8
#define SCSI_UNMAP_PARAM_LIST_DESCS_MAX 64
_Static_assert(sizeof(struct scsi_wire_unmap_param_list) == 8, "unmap_param_list size");
_Static_assert(offsetof(struct scsi_wire_unmap_param_list, data_len) == 0, "unmap_param_list.data_len");
_Static_assert(offsetof(struct scsi_wire_unmap_param_list, desc_len) == 2, "unmap_param_list.desc_len");
_Static_assert(offsetof(struct scsi_wire_unmap_param_list, reserved) == 4, "unmap_param_list.reserved");

struct scsi_wire_cdb_start_stop_unit {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint8_t reserved2;	/* @2 */
	uint8_t power_cond_mod;	/* @3 */
	uint8_t start;	/* @4 */
	uint8_t control;	/* @5 */
} __attribute__((packed));
#define SCSI_CDB_START_STOP_UNIT_SIZE 6
#define SCSI_CDB_START_STOP_UNIT_IMMED_SHIFT 0
#define SCSI_CDB_START_STOP_UNIT_IMMED_MASK 1
#define SCSI_CDB_START_STOP_UNIT_START_SHIFT 0
#define SCSI_CDB_START_STOP_UNIT_START_MASK 1
#define SCSI_CDB_START_STOP_UNIT_LOEJ_SHIFT 1
#define SCSI_CDB_START_STOP_UNIT_LOEJ_MASK 2
#define SCSI_CDB_START_STOP_UNIT_NO_FLUSH_SHIFT 2
#define SCSI_CDB_START_STOP_UNIT_NO_FLUSH_MASK 4
#define SCSI_CDB_START_STOP_UNIT_POWER_COND_SHIFT 4
#define SCSI_CDB_START_STOP_UNIT_POWER_COND_MASK 240
_Static_assert(sizeof(struct scsi_wire_cdb_start_stop_unit) == 6, "cdb_start_stop_unit size");
_Static_assert(offsetof(struct scsi_wire_cdb_start_stop_unit, opcode) == 0, "cdb_start_stop_unit.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_start_stop_unit, flags) == 1, "cdb_start_stop_unit.flags");
_Static_assert(offsetof(struct scsi_wire_cdb_start_stop_unit, reserved2) == 2, "cdb_start_stop_unit.reserved2");
_Static_assert(offsetof(struct scsi_wire_cdb_start_stop_unit, power_cond_mod) == 3, "cdb_start_stop_unit.power_cond_mod");
_Static_assert(offsetof(struct scsi_wire_cdb_start_stop_unit, start) == 4, "cdb_start_stop_unit.start");
_Static_assert(offsetof(struct scsi_wire_cdb_start_stop_unit, control) == 5, "cdb_start_stop_unit.control");

struct scsi_wire_cdb_pr_in {
	uint8_t opcode;	/* @0 */
	uint8_t action;	/* @1 */
	uint8_t reserved2[5];	/* @2 */
	uint8_t alloc_len[2];	/* @7 be16 (BE) */
	uint8_t control;	/* @9 */
} __attribute__((packed));
#define SCSI_CDB_PR_IN_SIZE 10
#define SCSI_CDB_PR_IN_SERVICE_ACTION_SHIFT 0
#define SCSI_CDB_PR_IN_SERVICE_ACTION_MASK 31
_Static_assert(sizeof(struct scsi_wire_cdb_pr_in) == 10, "cdb_pr_in size");
_Static_assert(offsetof(struct scsi_wire_cdb_pr_in, opcode) == 0, "cdb_pr_in.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_pr_in, action) == 1, "cdb_pr_in.action");
_Static_assert(offsetof(struct scsi_wire_cdb_pr_in, reserved2) == 2, "cdb_pr_in.reserved2");
_Static_assert(offsetof(struct scsi_wire_cdb_pr_in, alloc_len) == 7, "cdb_pr_in.alloc_len");
_Static_assert(offsetof(struct scsi_wire_cdb_pr_in, control) == 9, "cdb_pr_in.control");

struct scsi_wire_cdb_report_luns {
	uint8_t opcode;	/* @0 */
	uint8_t reserved1;	/* @1 */
	uint8_t select_report;	/* @2 0 all but well-known, 1 well-known only, 2 all */
	uint8_t reserved3[3];	/* @3 */
	uint8_t alloc_len[4];	/* @6 be32 (BE) at least 16 */
	uint8_t reserved10;	/* @10 */
	uint8_t control;	/* @11 */
} __attribute__((packed));
#define SCSI_CDB_REPORT_LUNS_SIZE 12
_Static_assert(sizeof(struct scsi_wire_cdb_report_luns) == 12, "cdb_report_luns size");
_Static_assert(offsetof(struct scsi_wire_cdb_report_luns, opcode) == 0, "cdb_report_luns.opcode");
_Static_assert(offsetof(struct scsi_wire_cdb_report_luns, reserved1) == 1, "cdb_report_luns.reserved1");
_Static_assert(offsetof(struct scsi_wire_cdb_report_luns, select_report) == 2, "cdb_report_luns.select_report");
_Static_assert(offsetof(struct scsi_wire_cdb_report_luns, reserved3) == 3, "cdb_report_luns.reserved3");
_Static_assert(offsetof(struct scsi_wire_cdb_report_luns, alloc_len) == 6, "cdb_report_luns.alloc_len");
_Static_assert(offsetof(struct scsi_wire_cdb_report_luns, reserved10) == 10, "cdb_report_luns.reserved10");
_Static_assert(offsetof(struct scsi_wire_cdb_report_luns, control) == 11, "cdb_report_luns.control");

/* fixed format sense data (response code 0x70/0x71) */
struct scsi_wire_sense_fixed {
	uint8_t response;	/* @0 */
	uint8_t obsolete;	/* @1 */
	uint8_t key;	/* @2 */
	uint8_t information[4];	/* @3 be32 (BE) */
	uint8_t additional_len;	/* @7 10 for 18 bytes */
	uint8_t cmd_specific[4];	/* @8 be32 (BE) */
	uint8_t asc;	/* @12 */
	uint8_t ascq;	/* @13 */
	uint8_t fru;	/* @14 */
	uint8_t sks[3];	/* @15 be24 (BE) sense-key specific (ILLEGAL REQUEST: which CDB or parameter byte/bit is wrong) */
} __attribute__((packed));
#define SCSI_SENSE_FIXED_SIZE 18
#define SCSI_SENSE_FIXED_RESPONSE_CODE_SHIFT 0
#define SCSI_SENSE_FIXED_RESPONSE_CODE_MASK 127
#define SCSI_SENSE_FIXED_VALID_SHIFT 7
#define SCSI_SENSE_FIXED_VALID_MASK 128
#define SCSI_SENSE_FIXED_SENSE_KEY_SHIFT 0
#define SCSI_SENSE_FIXED_SENSE_KEY_MASK 15
#define SCSI_SENSE_FIXED_ILI_SHIFT 5
#define SCSI_SENSE_FIXED_ILI_MASK 32
#define SCSI_SENSE_FIXED_EOM_SHIFT 6
#define SCSI_SENSE_FIXED_EOM_MASK 64
#define SCSI_SENSE_FIXED_FILEMARK_SHIFT 7
#define SCSI_SENSE_FIXED_FILEMARK_MASK 128
#define SCSI_SENSE_FIXED_FIELD_POINTER_SHIFT 0
#define SCSI_SENSE_FIXED_FIELD_POINTER_MASK 0xffff
#define SCSI_SENSE_FIXED_BIT_POINTER_SHIFT 16
#define SCSI_SENSE_FIXED_BIT_POINTER_MASK 0x70000
#define SCSI_SENSE_FIXED_BPV_SHIFT 19
#define SCSI_SENSE_FIXED_BPV_MASK 0x80000
#define SCSI_SENSE_FIXED_CD_SHIFT 22
#define SCSI_SENSE_FIXED_CD_MASK 0x400000
#define SCSI_SENSE_FIXED_SKSV_SHIFT 23
#define SCSI_SENSE_FIXED_SKSV_MASK 0x800000
_Static_assert(sizeof(struct scsi_wire_sense_fixed) == 18, "sense_fixed size");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, response) == 0, "sense_fixed.response");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, obsolete) == 1, "sense_fixed.obsolete");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, key) == 2, "sense_fixed.key");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, information) == 3, "sense_fixed.information");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, additional_len) == 7, "sense_fixed.additional_len");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, cmd_specific) == 8, "sense_fixed.cmd_specific");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, asc) == 12, "sense_fixed.asc");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, ascq) == 13, "sense_fixed.ascq");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, fru) == 14, "sense_fixed.fru");
_Static_assert(offsetof(struct scsi_wire_sense_fixed, sks) == 15, "sense_fixed.sks");

/* descriptor format sense data (0x72/0x73); descriptors follow */
struct scsi_wire_sense_desc {
	uint8_t response;	/* @0 */
	uint8_t key;	/* @1 */
	uint8_t asc;	/* @2 */
	uint8_t ascq;	/* @3 */
	uint8_t reserved[3];	/* @4 */
	uint8_t additional_len;	/* @7 */
} __attribute__((packed));
#define SCSI_SENSE_DESC_SIZE 8
#define SCSI_SENSE_DESC_RESPONSE_CODE_SHIFT 0
#define SCSI_SENSE_DESC_RESPONSE_CODE_MASK 127
#define SCSI_SENSE_DESC_SENSE_KEY_SHIFT 0
#define SCSI_SENSE_DESC_SENSE_KEY_MASK 15
_Static_assert(sizeof(struct scsi_wire_sense_desc) == 8, "sense_desc size");
_Static_assert(offsetof(struct scsi_wire_sense_desc, response) == 0, "sense_desc.response");
_Static_assert(offsetof(struct scsi_wire_sense_desc, key) == 1, "sense_desc.key");
_Static_assert(offsetof(struct scsi_wire_sense_desc, asc) == 2, "sense_desc.asc");
_Static_assert(offsetof(struct scsi_wire_sense_desc, ascq) == 3, "sense_desc.ascq");
_Static_assert(offsetof(struct scsi_wire_sense_desc, reserved) == 4, "sense_desc.reserved");
_Static_assert(offsetof(struct scsi_wire_sense_desc, additional_len) == 7, "sense_desc.additional_len");

/* sense-key specific descriptor of descriptor-format sense data (SPC-4 4.5.2.4) */
struct scsi_wire_sense_desc_sks {
	uint8_t desc_type;	/* @0 */
	uint8_t additional_len;	/* @1 */
	uint8_t reserved[2];	/* @2 */
	uint8_t sks[3];	/* @4 be24 (BE) */
	uint8_t reserved7;	/* @7 */
} __attribute__((packed));
#define SCSI_SENSE_DESC_SKS_SIZE 8
#define SCSI_SENSE_DESC_SKS_FIELD_POINTER_SHIFT 0
#define SCSI_SENSE_DESC_SKS_FIELD_POINTER_MASK 0xffff
#define SCSI_SENSE_DESC_SKS_BIT_POINTER_SHIFT 16
#define SCSI_SENSE_DESC_SKS_BIT_POINTER_MASK 0x70000
#define SCSI_SENSE_DESC_SKS_BPV_SHIFT 19
#define SCSI_SENSE_DESC_SKS_BPV_MASK 0x80000
#define SCSI_SENSE_DESC_SKS_CD_SHIFT 22
#define SCSI_SENSE_DESC_SKS_CD_MASK 0x400000
#define SCSI_SENSE_DESC_SKS_SKSV_SHIFT 23
#define SCSI_SENSE_DESC_SKS_SKSV_MASK 0x800000
_Static_assert(sizeof(struct scsi_wire_sense_desc_sks) == 8, "sense_desc_sks size");
_Static_assert(offsetof(struct scsi_wire_sense_desc_sks, desc_type) == 0, "sense_desc_sks.desc_type");
_Static_assert(offsetof(struct scsi_wire_sense_desc_sks, additional_len) == 1, "sense_desc_sks.additional_len");
_Static_assert(offsetof(struct scsi_wire_sense_desc_sks, reserved) == 2, "sense_desc_sks.reserved");
_Static_assert(offsetof(struct scsi_wire_sense_desc_sks, sks) == 4, "sense_desc_sks.sks");
_Static_assert(offsetof(struct scsi_wire_sense_desc_sks, reserved7) == 7, "sense_desc_sks.reserved7");

/* NAA identifier of a VPD 0x83 designator (8-byte formats 2, 3, 5) */
struct scsi_wire_naa_designator {
	uint8_t id[8];	/* @0 be64 (BE) */
} __attribute__((packed));
#define SCSI_NAA_DESIGNATOR_SIZE 8
#define SCSI_NAA_DESIGNATOR_VALUE_SHIFT 0
#define SCSI_NAA_DESIGNATOR_VALUE_MASK UINT64_C(0xfffffffffffffff)
#define SCSI_NAA_DESIGNATOR_NAA_SHIFT 60
#define SCSI_NAA_DESIGNATOR_NAA_MASK UINT64_C(0xf000000000000000)
_Static_assert(sizeof(struct scsi_wire_naa_designator) == 8, "naa_designator size");
_Static_assert(offsetof(struct scsi_wire_naa_designator, id) == 0, "naa_designator.id");

/* standard INQUIRY data */
struct scsi_wire_inquiry_std {
	uint8_t peripheral;	/* @0 */
	uint8_t rmb;	/* @1 */
	uint8_t version;	/* @2 6 = SPC-4 */
	uint8_t format;	/* @3 */
	uint8_t additional_len;	/* @4 n - 5 */
	uint8_t flags5;	/* @5 */
	uint8_t flags6;	/* @6 */
	uint8_t flags7;	/* @7 */
	uint8_t vendor[8];	/* @8 ASCII, space padded; storvsc treats "Msft" specially */
	uint8_t product[16];	/* @16 */
	uint8_t revision[4];	/* @32 */
} __attribute__((packed));
#define SCSI_INQUIRY_STD_SIZE 36
#define SCSI_INQUIRY_STD_DEVICE_TYPE_SHIFT 0
#define SCSI_INQUIRY_STD_DEVICE_TYPE_MASK 31
#define SCSI_INQUIRY_STD_QUALIFIER_SHIFT 5
#define SCSI_INQUIRY_STD_QUALIFIER_MASK 224
#define SCSI_INQUIRY_STD_RESPONSE_DATA_FORMAT_SHIFT 0
#define SCSI_INQUIRY_STD_RESPONSE_DATA_FORMAT_MASK 15
#define SCSI_INQUIRY_STD_HISUP_SHIFT 4
#define SCSI_INQUIRY_STD_HISUP_MASK 16
#define SCSI_INQUIRY_STD_NORMACA_SHIFT 5
#define SCSI_INQUIRY_STD_NORMACA_MASK 32
#define SCSI_INQUIRY_STD_CMDQUE_SHIFT 1
#define SCSI_INQUIRY_STD_CMDQUE_MASK 2
_Static_assert(sizeof(struct scsi_wire_inquiry_std) == 36, "inquiry_std size");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, peripheral) == 0, "inquiry_std.peripheral");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, rmb) == 1, "inquiry_std.rmb");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, version) == 2, "inquiry_std.version");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, format) == 3, "inquiry_std.format");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, additional_len) == 4, "inquiry_std.additional_len");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, flags5) == 5, "inquiry_std.flags5");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, flags6) == 6, "inquiry_std.flags6");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, flags7) == 7, "inquiry_std.flags7");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, vendor) == 8, "inquiry_std.vendor");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, product) == 16, "inquiry_std.product");
_Static_assert(offsetof(struct scsi_wire_inquiry_std, revision) == 32, "inquiry_std.revision");

/* every VPD page starts so; pages 0x00 (list of page codes), 0x80 (ASCII serial) and 0x83 (designators) are this plus page_len bytes */
struct scsi_wire_vpd_header {
	uint8_t peripheral;	/* @0 */
	uint8_t page_code;	/* @1 */
	uint8_t page_len[2];	/* @2 be16 (BE) bytes after the header */
} __attribute__((packed));
#define SCSI_VPD_HEADER_SIZE 4
_Static_assert(sizeof(struct scsi_wire_vpd_header) == 4, "vpd_header size");
_Static_assert(offsetof(struct scsi_wire_vpd_header, peripheral) == 0, "vpd_header.peripheral");
_Static_assert(offsetof(struct scsi_wire_vpd_header, page_code) == 1, "vpd_header.page_code");
_Static_assert(offsetof(struct scsi_wire_vpd_header, page_len) == 2, "vpd_header.page_len");

/* one identification descriptor of VPD 0x83; `length` bytes of identifier follow */
struct scsi_wire_designator {
	uint8_t code;	/* @0 */
	uint8_t type;	/* @1 */
	uint8_t reserved;	/* @2 */
	uint8_t length;	/* @3 */
} __attribute__((packed));
#define SCSI_DESIGNATOR_SIZE 4
#define SCSI_DESIGNATOR_CODE_SET_SHIFT 0
#define SCSI_DESIGNATOR_CODE_SET_MASK 15
#define SCSI_DESIGNATOR_PROTOCOL_ID_SHIFT 4
#define SCSI_DESIGNATOR_PROTOCOL_ID_MASK 240
#define SCSI_DESIGNATOR_DESIGNATOR_TYPE_SHIFT 0
#define SCSI_DESIGNATOR_DESIGNATOR_TYPE_MASK 15
#define SCSI_DESIGNATOR_ASSOCIATION_SHIFT 4
#define SCSI_DESIGNATOR_ASSOCIATION_MASK 48
#define SCSI_DESIGNATOR_PIV_SHIFT 7
#define SCSI_DESIGNATOR_PIV_MASK 128
_Static_assert(sizeof(struct scsi_wire_designator) == 4, "designator size");
_Static_assert(offsetof(struct scsi_wire_designator, code) == 0, "designator.code");
_Static_assert(offsetof(struct scsi_wire_designator, type) == 1, "designator.type");
_Static_assert(offsetof(struct scsi_wire_designator, reserved) == 2, "designator.reserved");
_Static_assert(offsetof(struct scsi_wire_designator, length) == 3, "designator.length");

/* VPD 0xB0 */
struct scsi_wire_vpd_block_limits {
	uint8_t peripheral;	/* @0 */
	uint8_t page_code;	/* @1 */
	uint8_t page_len[2];	/* @2 be16 (BE) 0x003C */
	uint8_t flags;	/* @4 */
	uint8_t max_compare_write;	/* @5 */
	uint8_t opt_xfer_granularity[2];	/* @6 be16 (BE) blocks */
	uint8_t max_xfer_len[4];	/* @8 be32 (BE) blocks */
	uint8_t opt_xfer_len[4];	/* @12 be32 (BE) blocks */
	uint8_t max_prefetch_len[4];	/* @16 be32 (BE) */
	uint8_t max_unmap_lba_count[4];	/* @20 be32 (BE) */
	uint8_t max_unmap_desc_count[4];	/* @24 be32 (BE) */
	uint8_t opt_unmap_granularity[4];	/* @28 be32 (BE) blocks */
	uint8_t unmap_granularity_alignment[4];	/* @32 be32 (BE) top bit UGAVALID */
	uint8_t max_write_same_len[8];	/* @36 be64 (BE) blocks */
	uint8_t reserved[20];	/* @44 */
} __attribute__((packed));
#define SCSI_VPD_BLOCK_LIMITS_SIZE 64
#define SCSI_VPD_BLOCK_LIMITS_WSNZ_SHIFT 0
#define SCSI_VPD_BLOCK_LIMITS_WSNZ_MASK 1
_Static_assert(sizeof(struct scsi_wire_vpd_block_limits) == 64, "vpd_block_limits size");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, peripheral) == 0, "vpd_block_limits.peripheral");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, page_code) == 1, "vpd_block_limits.page_code");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, page_len) == 2, "vpd_block_limits.page_len");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, flags) == 4, "vpd_block_limits.flags");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, max_compare_write) == 5, "vpd_block_limits.max_compare_write");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, opt_xfer_granularity) == 6, "vpd_block_limits.opt_xfer_granularity");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, max_xfer_len) == 8, "vpd_block_limits.max_xfer_len");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, opt_xfer_len) == 12, "vpd_block_limits.opt_xfer_len");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, max_prefetch_len) == 16, "vpd_block_limits.max_prefetch_len");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, max_unmap_lba_count) == 20, "vpd_block_limits.max_unmap_lba_count");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, max_unmap_desc_count) == 24, "vpd_block_limits.max_unmap_desc_count");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, opt_unmap_granularity) == 28, "vpd_block_limits.opt_unmap_granularity");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, unmap_granularity_alignment) == 32, "vpd_block_limits.unmap_granularity_alignment");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, max_write_same_len) == 36, "vpd_block_limits.max_write_same_len");
_Static_assert(offsetof(struct scsi_wire_vpd_block_limits, reserved) == 44, "vpd_block_limits.reserved");

/* VPD 0xB1 */
struct scsi_wire_vpd_block_characteristics {
	uint8_t peripheral;	/* @0 */
	uint8_t page_code;	/* @1 */
	uint8_t page_len[2];	/* @2 be16 (BE) */
	uint8_t rotation_rate[2];	/* @4 be16 (BE) 1 = non-rotating (Linux: no add_random, rotational 0) */
	uint8_t product_type;	/* @6 */
	uint8_t form_factor;	/* @7 */
	uint8_t reserved[56];	/* @8 */
} __attribute__((packed));
#define SCSI_VPD_BLOCK_CHARACTERISTICS_SIZE 64
_Static_assert(sizeof(struct scsi_wire_vpd_block_characteristics) == 64, "vpd_block_characteristics size");
_Static_assert(offsetof(struct scsi_wire_vpd_block_characteristics, peripheral) == 0, "vpd_block_characteristics.peripheral");
_Static_assert(offsetof(struct scsi_wire_vpd_block_characteristics, page_code) == 1, "vpd_block_characteristics.page_code");
_Static_assert(offsetof(struct scsi_wire_vpd_block_characteristics, page_len) == 2, "vpd_block_characteristics.page_len");
_Static_assert(offsetof(struct scsi_wire_vpd_block_characteristics, rotation_rate) == 4, "vpd_block_characteristics.rotation_rate");
_Static_assert(offsetof(struct scsi_wire_vpd_block_characteristics, product_type) == 6, "vpd_block_characteristics.product_type");
_Static_assert(offsetof(struct scsi_wire_vpd_block_characteristics, form_factor) == 7, "vpd_block_characteristics.form_factor");
_Static_assert(offsetof(struct scsi_wire_vpd_block_characteristics, reserved) == 8, "vpd_block_characteristics.reserved");

/* VPD 0xB2 */
struct scsi_wire_vpd_lb_provisioning {
	uint8_t peripheral;	/* @0 */
	uint8_t page_code;	/* @1 */
	uint8_t page_len[2];	/* @2 be16 (BE) 4 bytes follow */
	uint8_t threshold_exponent;	/* @4 */
	uint8_t flags;	/* @5 */
	uint8_t provisioning;	/* @6 */
	uint8_t threshold_percentage;	/* @7 */
} __attribute__((packed));
#define SCSI_VPD_LB_PROVISIONING_SIZE 8
#define SCSI_VPD_LB_PROVISIONING_DP_SHIFT 0
#define SCSI_VPD_LB_PROVISIONING_DP_MASK 1
#define SCSI_VPD_LB_PROVISIONING_ANC_SUP_SHIFT 1
#define SCSI_VPD_LB_PROVISIONING_ANC_SUP_MASK 2
#define SCSI_VPD_LB_PROVISIONING_LBPRZ_SHIFT 2
#define SCSI_VPD_LB_PROVISIONING_LBPRZ_MASK 28
#define SCSI_VPD_LB_PROVISIONING_LBPWS10_SHIFT 5
#define SCSI_VPD_LB_PROVISIONING_LBPWS10_MASK 32
#define SCSI_VPD_LB_PROVISIONING_LBPWS_SHIFT 6
#define SCSI_VPD_LB_PROVISIONING_LBPWS_MASK 64
#define SCSI_VPD_LB_PROVISIONING_LBPU_SHIFT 7
#define SCSI_VPD_LB_PROVISIONING_LBPU_MASK 128
#define SCSI_VPD_LB_PROVISIONING_PROVISIONING_TYPE_SHIFT 0
#define SCSI_VPD_LB_PROVISIONING_PROVISIONING_TYPE_MASK 7
_Static_assert(sizeof(struct scsi_wire_vpd_lb_provisioning) == 8, "vpd_lb_provisioning size");
_Static_assert(offsetof(struct scsi_wire_vpd_lb_provisioning, peripheral) == 0, "vpd_lb_provisioning.peripheral");
_Static_assert(offsetof(struct scsi_wire_vpd_lb_provisioning, page_code) == 1, "vpd_lb_provisioning.page_code");
_Static_assert(offsetof(struct scsi_wire_vpd_lb_provisioning, page_len) == 2, "vpd_lb_provisioning.page_len");
_Static_assert(offsetof(struct scsi_wire_vpd_lb_provisioning, threshold_exponent) == 4, "vpd_lb_provisioning.threshold_exponent");
_Static_assert(offsetof(struct scsi_wire_vpd_lb_provisioning, flags) == 5, "vpd_lb_provisioning.flags");
_Static_assert(offsetof(struct scsi_wire_vpd_lb_provisioning, provisioning) == 6, "vpd_lb_provisioning.provisioning");
_Static_assert(offsetof(struct scsi_wire_vpd_lb_provisioning, threshold_percentage) == 7, "vpd_lb_provisioning.threshold_percentage");

struct scsi_wire_mode_header6 {
	uint8_t mode_data_len;	/* @0 bytes after this field */
	uint8_t medium_type;	/* @1 */
	uint8_t device_specific;	/* @2 */
	uint8_t bd_len;	/* @3 */
} __attribute__((packed));
#define SCSI_MODE_HEADER6_SIZE 4
#define SCSI_MODE_HEADER6_DPOFUA_SHIFT 4
#define SCSI_MODE_HEADER6_DPOFUA_MASK 16
#define SCSI_MODE_HEADER6_WP_SHIFT 7
#define SCSI_MODE_HEADER6_WP_MASK 128
_Static_assert(sizeof(struct scsi_wire_mode_header6) == 4, "mode_header6 size");
_Static_assert(offsetof(struct scsi_wire_mode_header6, mode_data_len) == 0, "mode_header6.mode_data_len");
_Static_assert(offsetof(struct scsi_wire_mode_header6, medium_type) == 1, "mode_header6.medium_type");
_Static_assert(offsetof(struct scsi_wire_mode_header6, device_specific) == 2, "mode_header6.device_specific");
_Static_assert(offsetof(struct scsi_wire_mode_header6, bd_len) == 3, "mode_header6.bd_len");

struct scsi_wire_mode_header10 {
	uint8_t mode_data_len[2];	/* @0 be16 (BE) bytes after this field */
	uint8_t medium_type;	/* @2 */
	uint8_t device_specific;	/* @3 */
	uint8_t longlba;	/* @4 */
	uint8_t reserved;	/* @5 */
	uint8_t bd_len[2];	/* @6 be16 (BE) */
} __attribute__((packed));
#define SCSI_MODE_HEADER10_SIZE 8
#define SCSI_MODE_HEADER10_DPOFUA_SHIFT 4
#define SCSI_MODE_HEADER10_DPOFUA_MASK 16
#define SCSI_MODE_HEADER10_WP_SHIFT 7
#define SCSI_MODE_HEADER10_WP_MASK 128
#define SCSI_MODE_HEADER10_LONGLBA_SHIFT 0
#define SCSI_MODE_HEADER10_LONGLBA_MASK 1
_Static_assert(sizeof(struct scsi_wire_mode_header10) == 8, "mode_header10 size");
_Static_assert(offsetof(struct scsi_wire_mode_header10, mode_data_len) == 0, "mode_header10.mode_data_len");
_Static_assert(offsetof(struct scsi_wire_mode_header10, medium_type) == 2, "mode_header10.medium_type");
_Static_assert(offsetof(struct scsi_wire_mode_header10, device_specific) == 3, "mode_header10.device_specific");
_Static_assert(offsetof(struct scsi_wire_mode_header10, longlba) == 4, "mode_header10.longlba");
_Static_assert(offsetof(struct scsi_wire_mode_header10, reserved) == 5, "mode_header10.reserved");
_Static_assert(offsetof(struct scsi_wire_mode_header10, bd_len) == 6, "mode_header10.bd_len");

/* direct-access short block descriptor */
struct scsi_wire_block_desc_short {
	uint8_t nblocks[4];	/* @0 be32 (BE) 0xFFFFFFFF when larger */
	uint8_t reserved;	/* @4 */
	uint8_t block_len[3];	/* @5 be24 (BE) */
} __attribute__((packed));
#define SCSI_BLOCK_DESC_SHORT_SIZE 8
_Static_assert(sizeof(struct scsi_wire_block_desc_short) == 8, "block_desc_short size");
_Static_assert(offsetof(struct scsi_wire_block_desc_short, nblocks) == 0, "block_desc_short.nblocks");
_Static_assert(offsetof(struct scsi_wire_block_desc_short, reserved) == 4, "block_desc_short.reserved");
_Static_assert(offsetof(struct scsi_wire_block_desc_short, block_len) == 5, "block_desc_short.block_len");

struct scsi_wire_block_desc_long {
	uint8_t nblocks[8];	/* @0 be64 (BE) */
	uint8_t reserved[4];	/* @8 */
	uint8_t block_len[4];	/* @12 be32 (BE) */
} __attribute__((packed));
#define SCSI_BLOCK_DESC_LONG_SIZE 16
_Static_assert(sizeof(struct scsi_wire_block_desc_long) == 16, "block_desc_long size");
_Static_assert(offsetof(struct scsi_wire_block_desc_long, nblocks) == 0, "block_desc_long.nblocks");
_Static_assert(offsetof(struct scsi_wire_block_desc_long, reserved) == 8, "block_desc_long.reserved");
_Static_assert(offsetof(struct scsi_wire_block_desc_long, block_len) == 12, "block_desc_long.block_len");

/* mode page 0x08 */
struct scsi_wire_mode_page_caching {
	uint8_t page;	/* @0 */
	uint8_t page_len;	/* @1 0x12 */
	uint8_t flags;	/* @2 */
	uint8_t retention;	/* @3 */
	uint8_t disable_prefetch_len[2];	/* @4 be16 (BE) */
	uint8_t min_prefetch[2];	/* @6 be16 (BE) */
	uint8_t max_prefetch[2];	/* @8 be16 (BE) */
	uint8_t max_prefetch_ceiling[2];	/* @10 be16 (BE) */
	uint8_t flags12;	/* @12 FSW, LBCSS, DRA, NV_DIS */
	uint8_t cache_segments;	/* @13 */
	uint8_t cache_segment_size[2];	/* @14 be16 (BE) */
	uint8_t reserved;	/* @16 */
	uint8_t obsolete[3];	/* @17 */
} __attribute__((packed));
#define SCSI_MODE_PAGE_CACHING_SIZE 20
#define SCSI_MODE_PAGE_CACHING_PAGE_CODE_SHIFT 0
#define SCSI_MODE_PAGE_CACHING_PAGE_CODE_MASK 63
#define SCSI_MODE_PAGE_CACHING_SPF_SHIFT 6
#define SCSI_MODE_PAGE_CACHING_SPF_MASK 64
#define SCSI_MODE_PAGE_CACHING_PS_SHIFT 7
#define SCSI_MODE_PAGE_CACHING_PS_MASK 128
#define SCSI_MODE_PAGE_CACHING_RCD_SHIFT 0
#define SCSI_MODE_PAGE_CACHING_RCD_MASK 1
#define SCSI_MODE_PAGE_CACHING_MF_SHIFT 1
#define SCSI_MODE_PAGE_CACHING_MF_MASK 2
#define SCSI_MODE_PAGE_CACHING_WCE_SHIFT 2
#define SCSI_MODE_PAGE_CACHING_WCE_MASK 4
#define SCSI_MODE_PAGE_CACHING_SIZE_SHIFT 3
#define SCSI_MODE_PAGE_CACHING_SIZE_MASK 8
#define SCSI_MODE_PAGE_CACHING_DISC_SHIFT 4
#define SCSI_MODE_PAGE_CACHING_DISC_MASK 16
#define SCSI_MODE_PAGE_CACHING_CAP_SHIFT 5
#define SCSI_MODE_PAGE_CACHING_CAP_MASK 32
#define SCSI_MODE_PAGE_CACHING_ABPF_SHIFT 6
#define SCSI_MODE_PAGE_CACHING_ABPF_MASK 64
#define SCSI_MODE_PAGE_CACHING_IC_SHIFT 7
#define SCSI_MODE_PAGE_CACHING_IC_MASK 128
_Static_assert(sizeof(struct scsi_wire_mode_page_caching) == 20, "mode_page_caching size");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, page) == 0, "mode_page_caching.page");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, page_len) == 1, "mode_page_caching.page_len");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, flags) == 2, "mode_page_caching.flags");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, retention) == 3, "mode_page_caching.retention");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, disable_prefetch_len) == 4, "mode_page_caching.disable_prefetch_len");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, min_prefetch) == 6, "mode_page_caching.min_prefetch");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, max_prefetch) == 8, "mode_page_caching.max_prefetch");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, max_prefetch_ceiling) == 10, "mode_page_caching.max_prefetch_ceiling");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, flags12) == 12, "mode_page_caching.flags12");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, cache_segments) == 13, "mode_page_caching.cache_segments");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, cache_segment_size) == 14, "mode_page_caching.cache_segment_size");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, reserved) == 16, "mode_page_caching.reserved");
_Static_assert(offsetof(struct scsi_wire_mode_page_caching, obsolete) == 17, "mode_page_caching.obsolete");

struct scsi_wire_read_capacity10_data {
	uint8_t last_lba[4];	/* @0 be32 (BE) 0xFFFFFFFF: use READ CAPACITY(16) */
	uint8_t block_len[4];	/* @4 be32 (BE) */
} __attribute__((packed));
#define SCSI_READ_CAPACITY10_DATA_SIZE 8
_Static_assert(sizeof(struct scsi_wire_read_capacity10_data) == 8, "read_capacity10_data size");
_Static_assert(offsetof(struct scsi_wire_read_capacity10_data, last_lba) == 0, "read_capacity10_data.last_lba");
_Static_assert(offsetof(struct scsi_wire_read_capacity10_data, block_len) == 4, "read_capacity10_data.block_len");

struct scsi_wire_read_capacity16_data {
	uint8_t last_lba[8];	/* @0 be64 (BE) */
	uint8_t block_len[4];	/* @8 be32 (BE) */
	uint8_t prot;	/* @12 */
	uint8_t exponents;	/* @13 */
	uint8_t lbp[2];	/* @14 be16 (BE) */
	uint8_t reserved[16];	/* @16 */
} __attribute__((packed));
#define SCSI_READ_CAPACITY16_DATA_SIZE 32
#define SCSI_READ_CAPACITY16_DATA_PROT_EN_SHIFT 0
#define SCSI_READ_CAPACITY16_DATA_PROT_EN_MASK 1
#define SCSI_READ_CAPACITY16_DATA_P_TYPE_SHIFT 1
#define SCSI_READ_CAPACITY16_DATA_P_TYPE_MASK 14
#define SCSI_READ_CAPACITY16_DATA_LBPPBE_SHIFT 0
#define SCSI_READ_CAPACITY16_DATA_LBPPBE_MASK 15
#define SCSI_READ_CAPACITY16_DATA_P_I_EXPONENT_SHIFT 4
#define SCSI_READ_CAPACITY16_DATA_P_I_EXPONENT_MASK 240
#define SCSI_READ_CAPACITY16_DATA_LOWEST_ALIGNED_LBA_SHIFT 0
#define SCSI_READ_CAPACITY16_DATA_LOWEST_ALIGNED_LBA_MASK 0x3fff
#define SCSI_READ_CAPACITY16_DATA_LBPRZ_SHIFT 14
#define SCSI_READ_CAPACITY16_DATA_LBPRZ_MASK 0x4000
#define SCSI_READ_CAPACITY16_DATA_LBPME_SHIFT 15
#define SCSI_READ_CAPACITY16_DATA_LBPME_MASK 0x8000
_Static_assert(sizeof(struct scsi_wire_read_capacity16_data) == 32, "read_capacity16_data size");
_Static_assert(offsetof(struct scsi_wire_read_capacity16_data, last_lba) == 0, "read_capacity16_data.last_lba");
_Static_assert(offsetof(struct scsi_wire_read_capacity16_data, block_len) == 8, "read_capacity16_data.block_len");
_Static_assert(offsetof(struct scsi_wire_read_capacity16_data, prot) == 12, "read_capacity16_data.prot");
_Static_assert(offsetof(struct scsi_wire_read_capacity16_data, exponents) == 13, "read_capacity16_data.exponents");
_Static_assert(offsetof(struct scsi_wire_read_capacity16_data, lbp) == 14, "read_capacity16_data.lbp");
_Static_assert(offsetof(struct scsi_wire_read_capacity16_data, reserved) == 16, "read_capacity16_data.reserved");

/* a single-level LUN (SAM-5 4.7) */
struct scsi_wire_lun_entry {
	uint8_t addr[2];	/* @0 be16 (BE) */
	uint8_t second_level[6];	/* @2 further levels: zero for a single-level LUN */
} __attribute__((packed));
#define SCSI_LUN_ENTRY_SIZE 8
#define SCSI_LUN_ENTRY_LUN_SHIFT 0
#define SCSI_LUN_ENTRY_LUN_MASK 0x3fff
#define SCSI_LUN_ENTRY_ADDRESS_METHOD_SHIFT 14
#define SCSI_LUN_ENTRY_ADDRESS_METHOD_MASK 0xc000
_Static_assert(sizeof(struct scsi_wire_lun_entry) == 8, "lun_entry size");
_Static_assert(offsetof(struct scsi_wire_lun_entry, addr) == 0, "lun_entry.addr");
_Static_assert(offsetof(struct scsi_wire_lun_entry, second_level) == 2, "lun_entry.second_level");

struct scsi_wire_report_luns_data {
	uint8_t list_len[4];	/* @0 be32 (BE) 8 x LUNs */
	uint8_t reserved[4];	/* @4 */
	struct scsi_wire_lun_entry luns[];
} __attribute__((packed));
#define SCSI_REPORT_LUNS_DATA_SIZE 8
#define SCSI_REPORT_LUNS_DATA_LUNS_OFFSET 8
#define SCSI_REPORT_LUNS_DATA_LUNS_MAX 256
_Static_assert(sizeof(struct scsi_wire_report_luns_data) == 8, "report_luns_data size");
_Static_assert(offsetof(struct scsi_wire_report_luns_data, list_len) == 0, "report_luns_data.list_len");
_Static_assert(offsetof(struct scsi_wire_report_luns_data, reserved) == 4, "report_luns_data.reserved");

/* READ KEYS / READ RESERVATION / READ FULL STATUS answer: generation and additional length */
struct scsi_wire_pr_in_header {
	uint8_t generation[4];	/* @0 be32 (BE) */
	uint8_t additional_len[4];	/* @4 be32 (BE) */
} __attribute__((packed));
#define SCSI_PR_IN_HEADER_SIZE 8
_Static_assert(sizeof(struct scsi_wire_pr_in_header) == 8, "pr_in_header size");
_Static_assert(offsetof(struct scsi_wire_pr_in_header, generation) == 0, "pr_in_header.generation");
_Static_assert(offsetof(struct scsi_wire_pr_in_header, additional_len) == 4, "pr_in_header.additional_len");

/* REPORT CAPABILITIES answer (SPC-4 6.15.4) */
struct scsi_wire_pr_in_capabilities {
	uint8_t length[2];	/* @0 be16 (BE) 8 */
	uint8_t flags2;	/* @2 */
	uint8_t flags3;	/* @3 */
	uint8_t type_mask[2];	/* @4 be16 (BE) */
	uint8_t reserved[2];	/* @6 */
} __attribute__((packed));
#define SCSI_PR_IN_CAPABILITIES_SIZE 8
#define SCSI_PR_IN_CAPABILITIES_PTPL_C_SHIFT 0
#define SCSI_PR_IN_CAPABILITIES_PTPL_C_MASK 1
#define SCSI_PR_IN_CAPABILITIES_ATP_C_SHIFT 2
#define SCSI_PR_IN_CAPABILITIES_ATP_C_MASK 4
#define SCSI_PR_IN_CAPABILITIES_SIP_C_SHIFT 3
#define SCSI_PR_IN_CAPABILITIES_SIP_C_MASK 8
#define SCSI_PR_IN_CAPABILITIES_CRH_SHIFT 4
#define SCSI_PR_IN_CAPABILITIES_CRH_MASK 16
#define SCSI_PR_IN_CAPABILITIES_RLR_C_SHIFT 7
#define SCSI_PR_IN_CAPABILITIES_RLR_C_MASK 128
#define SCSI_PR_IN_CAPABILITIES_PTPL_A_SHIFT 0
#define SCSI_PR_IN_CAPABILITIES_PTPL_A_MASK 1
#define SCSI_PR_IN_CAPABILITIES_ALLOW_COMMANDS_SHIFT 4
#define SCSI_PR_IN_CAPABILITIES_ALLOW_COMMANDS_MASK 112
#define SCSI_PR_IN_CAPABILITIES_TMV_SHIFT 7
#define SCSI_PR_IN_CAPABILITIES_TMV_MASK 128
_Static_assert(sizeof(struct scsi_wire_pr_in_capabilities) == 8, "pr_in_capabilities size");
_Static_assert(offsetof(struct scsi_wire_pr_in_capabilities, length) == 0, "pr_in_capabilities.length");
_Static_assert(offsetof(struct scsi_wire_pr_in_capabilities, flags2) == 2, "pr_in_capabilities.flags2");
_Static_assert(offsetof(struct scsi_wire_pr_in_capabilities, flags3) == 3, "pr_in_capabilities.flags3");
_Static_assert(offsetof(struct scsi_wire_pr_in_capabilities, type_mask) == 4, "pr_in_capabilities.type_mask");
_Static_assert(offsetof(struct scsi_wire_pr_in_capabilities, reserved) == 6, "pr_in_capabilities.reserved");

#endif /* PV_GENERATED_SCSI_WIRE_H */
