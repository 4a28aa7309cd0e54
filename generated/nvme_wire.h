/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_NVME_WIRE_H
#define PV_GENERATED_NVME_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* NVM Express (PCIe transport, admin command set) */

/* Protocol versions, oldest first. */
#define NVME_VERSION_V1_0 0x10000	/* 1.0 */
#define NVME_VERSION_V1_1 0x10100	/* 1.1 */
#define NVME_VERSION_V1_2 0x10200	/* 1.2 */
#define NVME_VERSION_V1_3 0x10300	/* 1.3 */
#define NVME_VERSION_V1_4 0x10400	/* 1.4 */
#define NVME_VERSION_V2_0 0x20000	/* 2.0 */
#define NVME_VERSION_COUNT 6

#define NVME_DOORBELL_BASE 0x1000	/* first doorbell register in BAR0 */
#define NVME_SQES_LOG2 6
#define NVME_CQES_LOG2 4
#define NVME_PAGE_SHIFT_MIN 12	/* memory page size = 2 ^ (12 + CC.MPS) */
#define NVME_ADMIN_QID 0
#define NVME_OPCODE_XFER_MASK 3	/* opcode bits that give enum data_xfer */
#define NVME_AQ_MAX_ENTRIES 0x1000	/* AQA.ASQS/ACQS are 12-bit 0's based values */
#define NVME_QUEUE_MIN_ENTRIES 2	/* a queue of one entry cannot hold anything (full = tail + 1 == head) */
#define NVME_IDENTIFY_DATA_SIZE 0x1000	/* every Identify data structure is one 4 KiB page */
#define NVME_NSID_BROADCAST 0xffffffffU	/* all namespaces (Get Log Page, Get Features) */
#define NVME_NUM_QUEUES_MAX 0xfffe	/* Number of Queues: NSQR/NCQR 0xFFFF is invalid */
#define NVME_TO_UNIT_MS 0x1f4	/* CAP.TO counts 500 ms units */
#define NVME_DSM_RANGE_MAX 0x100	/* Dataset Management: NR is a 0's based 8-bit count */

/* opcode bits 1:0: the command's data transfer direction (Base 2.0 figure 28) */
enum nvme_data_xfer {
	NVME_DATA_XFER_NONE = 0,
	NVME_DATA_XFER_HOST_TO_CTRL = 1,
	NVME_DATA_XFER_CTRL_TO_HOST = 2,
	NVME_DATA_XFER_BIDIRECTIONAL = 3,
};

/* Admin command set opcodes (Base 2.0 figure 28; Linux enum nvme_admin_opcode) */
enum nvme_admin_opcode {
	NVME_ADMIN_OPCODE_DELETE_IO_SQ = 0,
	NVME_ADMIN_OPCODE_CREATE_IO_SQ = 1,
	NVME_ADMIN_OPCODE_GET_LOG_PAGE = 2,
	NVME_ADMIN_OPCODE_DELETE_IO_CQ = 4,
	NVME_ADMIN_OPCODE_CREATE_IO_CQ = 5,
	NVME_ADMIN_OPCODE_IDENTIFY = 6,
	NVME_ADMIN_OPCODE_ABORT = 8,
	NVME_ADMIN_OPCODE_SET_FEATURES = 9,
	NVME_ADMIN_OPCODE_GET_FEATURES = 10,
	NVME_ADMIN_OPCODE_ASYNC_EVENT_REQUEST = 12,
	NVME_ADMIN_OPCODE_NS_MANAGEMENT = 13,
	NVME_ADMIN_OPCODE_FW_COMMIT = 16,
	NVME_ADMIN_OPCODE_FW_IMAGE_DOWNLOAD = 17,
	NVME_ADMIN_OPCODE_DEVICE_SELF_TEST = 20,
	NVME_ADMIN_OPCODE_NS_ATTACHMENT = 21,
	NVME_ADMIN_OPCODE_KEEP_ALIVE = 24,
	NVME_ADMIN_OPCODE_DIRECTIVE_SEND = 25,
	NVME_ADMIN_OPCODE_DIRECTIVE_RECEIVE = 26,
	NVME_ADMIN_OPCODE_VIRTUALIZATION_MANAGEMENT = 28,
	NVME_ADMIN_OPCODE_DOORBELL_BUFFER_CONFIG = 124,
	NVME_ADMIN_OPCODE_FORMAT_NVM = 128,
	NVME_ADMIN_OPCODE_SECURITY_SEND = 129,
	NVME_ADMIN_OPCODE_SECURITY_RECEIVE = 130,
	NVME_ADMIN_OPCODE_SANITIZE = 132,
	NVME_ADMIN_OPCODE_GET_LBA_STATUS = 134,
};

/* Status Code Type (CQE status bits 11:9) */
enum nvme_sct {
	NVME_SCT_GENERIC = 0,
	NVME_SCT_COMMAND_SPECIFIC = 1,
	NVME_SCT_MEDIA = 2,
	NVME_SCT_PATH = 3,
	NVME_SCT_VENDOR = 7,
};

/* Status codes of SCT 0 (Base 2.0 figure 102; 0x80.. are the NVM command set's) */
enum nvme_generic_status {
	NVME_GENERIC_STATUS_SUCCESS = 0,
	NVME_GENERIC_STATUS_INVALID_OPCODE = 1,
	NVME_GENERIC_STATUS_INVALID_FIELD = 2,
	NVME_GENERIC_STATUS_CID_CONFLICT = 3,
	NVME_GENERIC_STATUS_DATA_TRANSFER_ERROR = 4,
	NVME_GENERIC_STATUS_POWER_LOSS_ABORT = 5,
	NVME_GENERIC_STATUS_INTERNAL_ERROR = 6,
	NVME_GENERIC_STATUS_ABORT_REQUESTED = 7,
	NVME_GENERIC_STATUS_SQ_DELETED = 8,
	NVME_GENERIC_STATUS_FUSED_FAILED = 9,
	NVME_GENERIC_STATUS_FUSED_MISSING = 10,
	NVME_GENERIC_STATUS_INVALID_NAMESPACE = 11,
	NVME_GENERIC_STATUS_COMMAND_SEQUENCE_ERROR = 12,
	NVME_GENERIC_STATUS_INVALID_SGL_SEGMENT = 13,
	NVME_GENERIC_STATUS_INVALID_SGL_COUNT = 14,
	NVME_GENERIC_STATUS_SGL_DATA_LENGTH_INVALID = 15,
	NVME_GENERIC_STATUS_SGL_METADATA_LENGTH_INVALID = 16,
	NVME_GENERIC_STATUS_SGL_TYPE_INVALID = 17,
	NVME_GENERIC_STATUS_INVALID_CMB_USE = 18,
	NVME_GENERIC_STATUS_PRP_OFFSET_INVALID = 19,
	NVME_GENERIC_STATUS_ATOMIC_WRITE_UNIT_EXCEEDED = 20,
	NVME_GENERIC_STATUS_OPERATION_DENIED = 21,
	NVME_GENERIC_STATUS_SGL_OFFSET_INVALID = 22,
	NVME_GENERIC_STATUS_HOST_ID_INCONSISTENT = 24,
	NVME_GENERIC_STATUS_KEEP_ALIVE_EXPIRED = 25,
	NVME_GENERIC_STATUS_KEEP_ALIVE_INVALID = 26,
	NVME_GENERIC_STATUS_PREEMPT_ABORT = 27,
	NVME_GENERIC_STATUS_SANITIZE_FAILED = 28,
	NVME_GENERIC_STATUS_SANITIZE_IN_PROGRESS = 29,
	NVME_GENERIC_STATUS_SGL_GRANULARITY_INVALID = 30,
	NVME_GENERIC_STATUS_NOT_SUPPORTED_FOR_CMB_QUEUE = 31,
	NVME_GENERIC_STATUS_NS_WRITE_PROTECTED = 32,
	NVME_GENERIC_STATUS_COMMAND_INTERRUPTED = 33,
	NVME_GENERIC_STATUS_TRANSIENT_TRANSPORT_ERROR = 34,
	NVME_GENERIC_STATUS_LBA_OUT_OF_RANGE = 128,
	NVME_GENERIC_STATUS_CAPACITY_EXCEEDED = 129,
	NVME_GENERIC_STATUS_NS_NOT_READY = 130,
	NVME_GENERIC_STATUS_RESERVATION_CONFLICT = 131,
	NVME_GENERIC_STATUS_FORMAT_IN_PROGRESS = 132,
};

/* Status codes of SCT 1, command specific (Base 2.0 figure 103; 0x80.. NVM command set) */
enum nvme_cmd_status {
	NVME_CMD_STATUS_CQ_INVALID = 0,
	NVME_CMD_STATUS_QID_INVALID = 1,
	NVME_CMD_STATUS_QUEUE_SIZE_INVALID = 2,
	NVME_CMD_STATUS_ABORT_LIMIT_EXCEEDED = 3,
	NVME_CMD_STATUS_ASYNC_EVENT_LIMIT_EXCEEDED = 5,
	NVME_CMD_STATUS_INVALID_FW_SLOT = 6,
	NVME_CMD_STATUS_INVALID_FW_IMAGE = 7,
	NVME_CMD_STATUS_INVALID_INTERRUPT_VECTOR = 8,
	NVME_CMD_STATUS_INVALID_LOG_PAGE = 9,
	NVME_CMD_STATUS_INVALID_FORMAT = 10,
	NVME_CMD_STATUS_FW_NEEDS_CONVENTIONAL_RESET = 11,
	NVME_CMD_STATUS_INVALID_QUEUE_DELETION = 12,
	NVME_CMD_STATUS_FEATURE_NOT_SAVEABLE = 13,
	NVME_CMD_STATUS_FEATURE_NOT_CHANGEABLE = 14,
	NVME_CMD_STATUS_FEATURE_NOT_NS_SPECIFIC = 15,
	NVME_CMD_STATUS_CONFLICTING_ATTRIBUTES = 128,
	NVME_CMD_STATUS_INVALID_PROTECTION_INFO = 129,
	NVME_CMD_STATUS_WRITE_TO_READ_ONLY_RANGE = 130,
};

/* Status codes of SCT 2, media and data integrity errors */
enum nvme_media_status {
	NVME_MEDIA_STATUS_WRITE_FAULT = 128,
	NVME_MEDIA_STATUS_UNRECOVERED_READ_ERROR = 129,
	NVME_MEDIA_STATUS_GUARD_CHECK_ERROR = 130,
	NVME_MEDIA_STATUS_APPTAG_CHECK_ERROR = 131,
	NVME_MEDIA_STATUS_REFTAG_CHECK_ERROR = 132,
	NVME_MEDIA_STATUS_COMPARE_FAILURE = 133,
	NVME_MEDIA_STATUS_ACCESS_DENIED = 134,
	NVME_MEDIA_STATUS_DEALLOCATED_OR_UNWRITTEN = 135,
};

/* Status codes of SCT 3, path related */
enum nvme_path_status {
	NVME_PATH_STATUS_INTERNAL_PATH_ERROR = 0,
	NVME_PATH_STATUS_ASYMMETRIC_ACCESS_PERSISTENT_LOSS = 1,
	NVME_PATH_STATUS_ASYMMETRIC_ACCESS_INACCESSIBLE = 2,
	NVME_PATH_STATUS_ASYMMETRIC_ACCESS_TRANSITION = 3,
	NVME_PATH_STATUS_CONTROLLER_PATH_ERROR = 96,
	NVME_PATH_STATUS_HOST_PATH_ERROR = 112,
	NVME_PATH_STATUS_ABORTED_BY_HOST = 113,
};

/* Identify: Controller or Namespace Structure (CDW10 bits 7:0) */
enum nvme_cns {
	NVME_CNS_NAMESPACE = 0,
	NVME_CNS_CONTROLLER = 1,
	NVME_CNS_ACTIVE_NS_LIST = 2,
	NVME_CNS_NS_ID_DESCRIPTORS = 3,
	NVME_CNS_NVM_SET_LIST = 4,
	NVME_CNS_CSI_NAMESPACE = 5,
	NVME_CNS_CSI_CONTROLLER = 6,
	NVME_CNS_CSI_ACTIVE_NS_LIST = 7,
	NVME_CNS_CSI_INDEPENDENT_NS = 8,
};

/* Set/Get Features: Feature Identifier (CDW10 bits 7:0) */
enum nvme_feature {
	NVME_FEATURE_ARBITRATION = 1,
	NVME_FEATURE_POWER_MANAGEMENT = 2,
	NVME_FEATURE_LBA_RANGE_TYPE = 3,
	NVME_FEATURE_TEMPERATURE_THRESHOLD = 4,
	NVME_FEATURE_ERROR_RECOVERY = 5,
	NVME_FEATURE_VOLATILE_WRITE_CACHE = 6,
	NVME_FEATURE_NUMBER_OF_QUEUES = 7,
	NVME_FEATURE_INTERRUPT_COALESCING = 8,
	NVME_FEATURE_INTERRUPT_VECTOR_CONFIG = 9,
	NVME_FEATURE_WRITE_ATOMICITY = 10,
	NVME_FEATURE_ASYNC_EVENT_CONFIG = 11,
	NVME_FEATURE_AUTONOMOUS_POWER_STATE = 12,
	NVME_FEATURE_HOST_MEMORY_BUFFER = 13,
	NVME_FEATURE_TIMESTAMP = 14,
	NVME_FEATURE_KEEP_ALIVE_TIMER = 15,
};

/* Get Features SEL (CDW10 bits 10:8) */
enum nvme_get_features_select {
	NVME_GET_FEATURES_SELECT_CURRENT = 0,
	NVME_GET_FEATURES_SELECT_DEFAULT = 1,
	NVME_GET_FEATURES_SELECT_SAVED = 2,
	NVME_GET_FEATURES_SELECT_SUPPORTED_CAPABILITIES = 3,
};

/* Get Log Page: Log Page Identifier (CDW10 bits 7:0) */
enum nvme_log_page {
	NVME_LOG_PAGE_ERROR_INFO = 1,
	NVME_LOG_PAGE_SMART_HEALTH = 2,
	NVME_LOG_PAGE_FW_SLOT = 3,
	NVME_LOG_PAGE_CHANGED_NS_LIST = 4,
	NVME_LOG_PAGE_COMMANDS_EFFECTS = 5,
	NVME_LOG_PAGE_DEVICE_SELF_TEST = 6,
};

/* Asynchronous Event Request completion DW0 bits 2:0 */
enum nvme_async_event_type {
	NVME_ASYNC_EVENT_TYPE_ERROR = 0,
	NVME_ASYNC_EVENT_TYPE_SMART_HEALTH = 1,
	NVME_ASYNC_EVENT_TYPE_NOTICE = 2,
	NVME_ASYNC_EVENT_TYPE_IMMEDIATE = 3,
	NVME_ASYNC_EVENT_TYPE_ONE_SHOT = 4,
	NVME_ASYNC_EVENT_TYPE_IO_COMMAND_SET = 6,
	NVME_ASYNC_EVENT_TYPE_VENDOR = 7,
};

/* Asynchronous event information for type NOTICE (DW0 bits 15:8) */
enum nvme_async_notice {
	NVME_ASYNC_NOTICE_NS_ATTRIBUTE_CHANGED = 0,
	NVME_ASYNC_NOTICE_FW_ACTIVATION_STARTING = 1,
	NVME_ASYNC_NOTICE_TELEMETRY_LOG_CHANGED = 2,
	NVME_ASYNC_NOTICE_ANA_CHANGE = 3,
	NVME_ASYNC_NOTICE_PREDICTABLE_LATENCY = 4,
	NVME_ASYNC_NOTICE_LBA_STATUS_ALERT = 5,
	NVME_ASYNC_NOTICE_ENDURANCE_GROUP_EVENT = 6,
};

/* Namespace Identification Descriptor type (Identify CNS 03h) */
enum nvme_nidt {
	NVME_NIDT_EUI64 = 1,
	NVME_NIDT_NGUID = 2,
	NVME_NIDT_UUID = 3,
	NVME_NIDT_CSI = 4,
};

/* CC.SHN: shutdown notification */
enum nvme_shn {
	NVME_SHN_NONE = 0,
	NVME_SHN_NORMAL = 1,
	NVME_SHN_ABRUPT = 2,
};

/* CSTS.SHST: shutdown status */
enum nvme_shst {
	NVME_SHST_NORMAL = 0,
	NVME_SHST_OCCURRING = 1,
	NVME_SHST_COMPLETE = 2,
};

/* SQE flags bits 7:6: how DPTR describes the data */
enum nvme_psdt {
	NVME_PSDT_PRP = 0,
	NVME_PSDT_SGL_MPTR_CONTIG = 1,
	NVME_PSDT_SGL_MPTR_SGL = 2,
};

/* SGL descriptor type (identifier byte bits 7:4) */
enum nvme_sgl_type {
	NVME_SGL_TYPE_DATA_BLOCK = 0,
	NVME_SGL_TYPE_BIT_BUCKET = 1,
	NVME_SGL_TYPE_SEGMENT = 2,
	NVME_SGL_TYPE_LAST_SEGMENT = 3,
	NVME_SGL_TYPE_KEYED_DATA_BLOCK = 4,
	NVME_SGL_TYPE_TRANSPORT_DATA_BLOCK = 5,
};

/* Identify Controller ONCS: optional NVM commands */
#define NVME_ONCS_COMPARE 1
#define NVME_ONCS_WRITE_UNCORRECTABLE 2
#define NVME_ONCS_DSM 4
#define NVME_ONCS_WRITE_ZEROES 8
#define NVME_ONCS_SAVE_FEATURES 16
#define NVME_ONCS_RESERVATIONS 32
#define NVME_ONCS_TIMESTAMP 64
#define NVME_ONCS_VERIFY 128
#define NVME_ONCS_COPY 0x100
#define NVME_ONCS_MASK 0x1ff

/* Asynchronous Event Configuration feature (CDW11) */
#define NVME_ASYNC_EVENT_CONFIG_SMART_CRITICAL 255
#define NVME_ASYNC_EVENT_CONFIG_NS_ATTRIBUTE 0x100
#define NVME_ASYNC_EVENT_CONFIG_FW_ACTIVATION 0x200
#define NVME_ASYNC_EVENT_CONFIG_TELEMETRY_LOG 0x400
#define NVME_ASYNC_EVENT_CONFIG_ANA_CHANGE 0x800
#define NVME_ASYNC_EVENT_CONFIG_PREDICTABLE_LATENCY 0x1000
#define NVME_ASYNC_EVENT_CONFIG_LBA_STATUS 0x2000
#define NVME_ASYNC_EVENT_CONFIG_ENDURANCE_GROUP 0x4000
#define NVME_ASYNC_EVENT_CONFIG_NORMAL_NVM_SUBSYSTEM_SHUTDOWN 0x8000
#define NVME_ASYNC_EVENT_CONFIG_DISCOVERY_LOG_CHANGE 0x80000000U
#define NVME_ASYNC_EVENT_CONFIG_MASK 0x8000ffffU

/* Controller registers at BAR0 offset 0 (Base 2.0 figure 33), through CMBSZ. Read and written one register at a time (32-bit accesses, CAP, ASQ and ACQ also 64-bit); the offsets and bit positions below are what drivers and the emulator use. */
struct nvme_wire_regs {
	uint64_t cap;	/* @0 Controller Capabilities (read-only) */
	uint32_t vs;	/* @8 Version: MJR 31:16, MNR 15:8, TER 7:0 */
	uint32_t intms;	/* @12 Interrupt Mask Set (pin-based and MSI only; not with MSI-X) */
	uint32_t intmc;	/* @16 Interrupt Mask Clear */
	uint32_t cc;	/* @20 Controller Configuration */
	uint32_t rsvd18;	/* @24 */
	uint32_t csts;	/* @28 Controller Status (read-only) */
	uint32_t nssr;	/* @32 NVM Subsystem Reset: writing 0x4E564D65 ("NVMe") resets */
	uint32_t aqa;	/* @36 Admin Queue Attributes */
	uint64_t asq;	/* @40 Admin SQ base address (page aligned) */
	uint64_t acq;	/* @48 Admin CQ base address (page aligned) */
	uint32_t cmbloc;	/* @56 */
	uint32_t cmbsz;	/* @60 Controller Memory Buffer Size (0: none) */
} __attribute__((packed));
#define NVME_REGS_SIZE 64
#define NVME_REGS_CAP_OFFSET 0
#define NVME_REGS_MQES_SHIFT 0
#define NVME_REGS_MQES_MASK 0xffff
#define NVME_REGS_CQR_SHIFT 16
#define NVME_REGS_CQR_MASK 0x10000
#define NVME_REGS_AMS_SHIFT 17
#define NVME_REGS_AMS_MASK 0x60000
#define NVME_REGS_TO_SHIFT 24
#define NVME_REGS_TO_MASK 0xff000000U
#define NVME_REGS_DSTRD_SHIFT 32
#define NVME_REGS_DSTRD_MASK UINT64_C(0xf00000000)
#define NVME_REGS_NSSRS_SHIFT 36
#define NVME_REGS_NSSRS_MASK UINT64_C(0x1000000000)
#define NVME_REGS_CSS_SHIFT 37
#define NVME_REGS_CSS_MASK UINT64_C(0x1fe000000000)
#define NVME_REGS_BPS_SHIFT 45
#define NVME_REGS_BPS_MASK UINT64_C(0x200000000000)
#define NVME_REGS_CPS_SHIFT 46
#define NVME_REGS_CPS_MASK UINT64_C(0xc00000000000)
#define NVME_REGS_MPSMIN_SHIFT 48
#define NVME_REGS_MPSMIN_MASK UINT64_C(0xf000000000000)
#define NVME_REGS_MPSMAX_SHIFT 52
#define NVME_REGS_MPSMAX_MASK UINT64_C(0xf0000000000000)
#define NVME_REGS_PMRS_SHIFT 56
#define NVME_REGS_PMRS_MASK UINT64_C(0x100000000000000)
#define NVME_REGS_CMBS_SHIFT 57
#define NVME_REGS_CMBS_MASK UINT64_C(0x200000000000000)
#define NVME_REGS_NSSS_SHIFT 58
#define NVME_REGS_NSSS_MASK UINT64_C(0x400000000000000)
#define NVME_REGS_CRMS_SHIFT 59
#define NVME_REGS_CRMS_MASK UINT64_C(0x1800000000000000)
#define NVME_REGS_VS_OFFSET 8
#define NVME_REGS_TER_SHIFT 0
#define NVME_REGS_TER_MASK 255
#define NVME_REGS_MNR_SHIFT 8
#define NVME_REGS_MNR_MASK 0xff00
#define NVME_REGS_MJR_SHIFT 16
#define NVME_REGS_MJR_MASK 0xffff0000U
#define NVME_REGS_INTMS_OFFSET 12
#define NVME_REGS_INTMC_OFFSET 16
#define NVME_REGS_CC_OFFSET 20
#define NVME_REGS_EN_SHIFT 0
#define NVME_REGS_EN_MASK 1
#define NVME_REGS_CSS_SEL_SHIFT 4
#define NVME_REGS_CSS_SEL_MASK 112
#define NVME_REGS_MPS_SHIFT 7
#define NVME_REGS_MPS_MASK 0x780
#define NVME_REGS_AMS_SEL_SHIFT 11
#define NVME_REGS_AMS_SEL_MASK 0x3800
#define NVME_REGS_SHN_SHIFT 14
#define NVME_REGS_SHN_MASK 0xc000
#define NVME_REGS_IOSQES_SHIFT 16
#define NVME_REGS_IOSQES_MASK 0xf0000
#define NVME_REGS_IOCQES_SHIFT 20
#define NVME_REGS_IOCQES_MASK 0xf00000
#define NVME_REGS_CRIME_SHIFT 24
#define NVME_REGS_CRIME_MASK 0x1000000
#define NVME_REGS_RSVD18_OFFSET 24
#define NVME_REGS_CSTS_OFFSET 28
#define NVME_REGS_RDY_SHIFT 0
#define NVME_REGS_RDY_MASK 1
#define NVME_REGS_CFS_SHIFT 1
#define NVME_REGS_CFS_MASK 2
#define NVME_REGS_SHST_SHIFT 2
#define NVME_REGS_SHST_MASK 12
#define NVME_REGS_NSSRO_SHIFT 4
#define NVME_REGS_NSSRO_MASK 16
#define NVME_REGS_PP_SHIFT 5
#define NVME_REGS_PP_MASK 32
#define NVME_REGS_ST_SHIFT 6
#define NVME_REGS_ST_MASK 64
#define NVME_REGS_NSSR_OFFSET 32
#define NVME_REGS_AQA_OFFSET 36
#define NVME_REGS_ASQS_SHIFT 0
#define NVME_REGS_ASQS_MASK 0xfff
#define NVME_REGS_ACQS_SHIFT 16
#define NVME_REGS_ACQS_MASK 0xfff0000
#define NVME_REGS_ASQ_OFFSET 40
#define NVME_REGS_ACQ_OFFSET 48
#define NVME_REGS_CMBLOC_OFFSET 56
#define NVME_REGS_CMBSZ_OFFSET 60
_Static_assert(sizeof(struct nvme_wire_regs) == 64, "regs size");
_Static_assert(offsetof(struct nvme_wire_regs, cap) == 0, "regs.cap");
_Static_assert(offsetof(struct nvme_wire_regs, vs) == 8, "regs.vs");
_Static_assert(offsetof(struct nvme_wire_regs, intms) == 12, "regs.intms");
_Static_assert(offsetof(struct nvme_wire_regs, intmc) == 16, "regs.intmc");
_Static_assert(offsetof(struct nvme_wire_regs, cc) == 20, "regs.cc");
_Static_assert(offsetof(struct nvme_wire_regs, rsvd18) == 24, "regs.rsvd18");
_Static_assert(offsetof(struct nvme_wire_regs, csts) == 28, "regs.csts");
_Static_assert(offsetof(struct nvme_wire_regs, nssr) == 32, "regs.nssr");
_Static_assert(offsetof(struct nvme_wire_regs, aqa) == 36, "regs.aqa");
_Static_assert(offsetof(struct nvme_wire_regs, asq) == 40, "regs.asq");
_Static_assert(offsetof(struct nvme_wire_regs, acq) == 48, "regs.acq");
_Static_assert(offsetof(struct nvme_wire_regs, cmbloc) == 56, "regs.cmbloc");
_Static_assert(offsetof(struct nvme_wire_regs, cmbsz) == 60, "regs.cmbsz");

/* The first ten dwords every command shares (CDW0..CDW9): opcode, flags (FUSE, PSDT), command identifier, NSID, metadata pointer and the data pointer (two PRP entries, or one 16-byte SGL descriptor). */
struct nvme_wire_sqe_hdr {
	uint8_t opcode;	/* @0 */
	uint8_t flags;	/* @1 */
	uint16_t cid;	/* @2 command identifier, unique among the SQ's outstanding commands */
	uint32_t nsid;	/* @4 */
	uint32_t cdw2;	/* @8 */
	uint32_t cdw3;	/* @12 */
	uint64_t mptr;	/* @16 metadata pointer */
	uint64_t prp1;	/* @24 PRP entry 1, or the first 8 bytes of the SGL descriptor */
	uint64_t prp2;	/* @32 PRP entry 2 or PRP list pointer, or the SGL descriptor's last 8 bytes */
} __attribute__((packed));
#define NVME_SQE_HDR_SIZE 40
#define NVME_SQE_HDR_FUSE_SHIFT 0
#define NVME_SQE_HDR_FUSE_MASK 3
#define NVME_SQE_HDR_PSDT_SHIFT 6
#define NVME_SQE_HDR_PSDT_MASK 192
_Static_assert(sizeof(struct nvme_wire_sqe_hdr) == 40, "sqe_hdr size");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, opcode) == 0, "sqe_hdr.opcode");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, flags) == 1, "sqe_hdr.flags");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, cid) == 2, "sqe_hdr.cid");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, nsid) == 4, "sqe_hdr.nsid");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, cdw2) == 8, "sqe_hdr.cdw2");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, cdw3) == 12, "sqe_hdr.cdw3");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, mptr) == 16, "sqe_hdr.mptr");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, prp1) == 24, "sqe_hdr.prp1");
_Static_assert(offsetof(struct nvme_wire_sqe_hdr, prp2) == 32, "sqe_hdr.prp2");

/* A submission queue entry of any command (the layout a dispatcher reads first) */
struct nvme_wire_sqe {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11;	/* @44 */
	uint32_t cdw12;	/* @48 */
	uint32_t cdw13;	/* @52 */
	uint32_t cdw14;	/* @56 */
	uint32_t cdw15;	/* @60 */
} __attribute__((packed));
#define NVME_SQE_SIZE 64
_Static_assert(sizeof(struct nvme_wire_sqe) == 64, "sqe size");
_Static_assert(offsetof(struct nvme_wire_sqe, hdr) == 0, "sqe.hdr");
_Static_assert(offsetof(struct nvme_wire_sqe, cdw10) == 40, "sqe.cdw10");
_Static_assert(offsetof(struct nvme_wire_sqe, cdw11) == 44, "sqe.cdw11");
_Static_assert(offsetof(struct nvme_wire_sqe, cdw12) == 48, "sqe.cdw12");
_Static_assert(offsetof(struct nvme_wire_sqe, cdw13) == 52, "sqe.cdw13");
_Static_assert(offsetof(struct nvme_wire_sqe, cdw14) == 56, "sqe.cdw14");
_Static_assert(offsetof(struct nvme_wire_sqe, cdw15) == 60, "sqe.cdw15");

/* A completion queue entry. DW0 (and DW1) carry a command-specific result; SQHD tells the host how far the controller consumed the SQ, SQID and CID name the command; the status field's bit 0 is the phase tag, inverted by the controller on each pass through the queue. */
struct nvme_wire_cqe {
	uint32_t dw0;	/* @0 command specific result */
	uint32_t dw1;	/* @4 */
	uint16_t sqhd;	/* @8 SQ head pointer */
	uint16_t sqid;	/* @10 */
	uint16_t cid;	/* @12 */
	uint16_t status;	/* @14 */
} __attribute__((packed));
#define NVME_CQE_SIZE 16
#define NVME_CQE_P_SHIFT 0
#define NVME_CQE_P_MASK 1
#define NVME_CQE_SC_SHIFT 1
#define NVME_CQE_SC_MASK 0x1fe
#define NVME_CQE_SCT_SHIFT 9
#define NVME_CQE_SCT_MASK 0xe00
#define NVME_CQE_CRD_SHIFT 12
#define NVME_CQE_CRD_MASK 0x3000
#define NVME_CQE_MORE_SHIFT 14
#define NVME_CQE_MORE_MASK 0x4000
#define NVME_CQE_DNR_SHIFT 15
#define NVME_CQE_DNR_MASK 0x8000
_Static_assert(sizeof(struct nvme_wire_cqe) == 16, "cqe size");
_Static_assert(offsetof(struct nvme_wire_cqe, dw0) == 0, "cqe.dw0");
_Static_assert(offsetof(struct nvme_wire_cqe, dw1) == 4, "cqe.dw1");
_Static_assert(offsetof(struct nvme_wire_cqe, sqhd) == 8, "cqe.sqhd");
_Static_assert(offsetof(struct nvme_wire_cqe, sqid) == 10, "cqe.sqid");
_Static_assert(offsetof(struct nvme_wire_cqe, cid) == 12, "cqe.cid");
_Static_assert(offsetof(struct nvme_wire_cqe, status) == 14, "cqe.status");

/* An SGL descriptor (data block, segment or last segment) */
struct nvme_wire_sgl_desc {
	uint64_t addr;	/* @0 */
	uint32_t length;	/* @8 */
	uint8_t rsvd12[3];	/* @12 */
	uint8_t id;	/* @15 */
} __attribute__((packed));
#define NVME_SGL_DESC_SIZE 16
#define NVME_SGL_DESC_SUBTYPE_SHIFT 0
#define NVME_SGL_DESC_SUBTYPE_MASK 15
#define NVME_SGL_DESC_TYPE_SHIFT 4
#define NVME_SGL_DESC_TYPE_MASK 240
_Static_assert(sizeof(struct nvme_wire_sgl_desc) == 16, "sgl_desc size");
_Static_assert(offsetof(struct nvme_wire_sgl_desc, addr) == 0, "sgl_desc.addr");
_Static_assert(offsetof(struct nvme_wire_sgl_desc, length) == 8, "sgl_desc.length");
_Static_assert(offsetof(struct nvme_wire_sgl_desc, rsvd12) == 12, "sgl_desc.rsvd12");
_Static_assert(offsetof(struct nvme_wire_sgl_desc, id) == 15, "sgl_desc.id");

/* Delete I/O Submission Queue (00h) and Delete I/O Completion Queue (04h) */
struct nvme_wire_delete_io_q {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11[5];	/* @44 */
} __attribute__((packed));
#define NVME_DELETE_IO_Q_SIZE 64
#define NVME_DELETE_IO_Q_QID_SHIFT 0
#define NVME_DELETE_IO_Q_QID_MASK 0xffff
_Static_assert(sizeof(struct nvme_wire_delete_io_q) == 64, "delete_io_q size");
_Static_assert(offsetof(struct nvme_wire_delete_io_q, hdr) == 0, "delete_io_q.hdr");
_Static_assert(offsetof(struct nvme_wire_delete_io_q, cdw10) == 40, "delete_io_q.cdw10");
_Static_assert(offsetof(struct nvme_wire_delete_io_q, cdw11) == 44, "delete_io_q.cdw11");

/* Create I/O Submission Queue (01h): PRP1 is the queue (physically contiguous when PC = 1) */
struct nvme_wire_create_io_sq {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11;	/* @44 */
	uint32_t cdw12;	/* @48 */
	uint32_t cdw13[3];	/* @52 */
} __attribute__((packed));
#define NVME_CREATE_IO_SQ_SIZE 64
#define NVME_CREATE_IO_SQ_QID_SHIFT 0
#define NVME_CREATE_IO_SQ_QID_MASK 0xffff
#define NVME_CREATE_IO_SQ_QSIZE_SHIFT 16
#define NVME_CREATE_IO_SQ_QSIZE_MASK 0xffff0000U
#define NVME_CREATE_IO_SQ_PC_SHIFT 0
#define NVME_CREATE_IO_SQ_PC_MASK 1
#define NVME_CREATE_IO_SQ_QPRIO_SHIFT 1
#define NVME_CREATE_IO_SQ_QPRIO_MASK 6
#define NVME_CREATE_IO_SQ_CQID_SHIFT 16
#define NVME_CREATE_IO_SQ_CQID_MASK 0xffff0000U
#define NVME_CREATE_IO_SQ_NVMSETID_SHIFT 0
#define NVME_CREATE_IO_SQ_NVMSETID_MASK 0xffff
_Static_assert(sizeof(struct nvme_wire_create_io_sq) == 64, "create_io_sq size");
_Static_assert(offsetof(struct nvme_wire_create_io_sq, hdr) == 0, "create_io_sq.hdr");
_Static_assert(offsetof(struct nvme_wire_create_io_sq, cdw10) == 40, "create_io_sq.cdw10");
_Static_assert(offsetof(struct nvme_wire_create_io_sq, cdw11) == 44, "create_io_sq.cdw11");
_Static_assert(offsetof(struct nvme_wire_create_io_sq, cdw12) == 48, "create_io_sq.cdw12");
_Static_assert(offsetof(struct nvme_wire_create_io_sq, cdw13) == 52, "create_io_sq.cdw13");

/* Create I/O Completion Queue (05h) */
struct nvme_wire_create_io_cq {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11;	/* @44 */
	uint32_t cdw12[4];	/* @48 */
} __attribute__((packed));
#define NVME_CREATE_IO_CQ_SIZE 64
#define NVME_CREATE_IO_CQ_QID_SHIFT 0
#define NVME_CREATE_IO_CQ_QID_MASK 0xffff
#define NVME_CREATE_IO_CQ_QSIZE_SHIFT 16
#define NVME_CREATE_IO_CQ_QSIZE_MASK 0xffff0000U
#define NVME_CREATE_IO_CQ_PC_SHIFT 0
#define NVME_CREATE_IO_CQ_PC_MASK 1
#define NVME_CREATE_IO_CQ_IEN_SHIFT 1
#define NVME_CREATE_IO_CQ_IEN_MASK 2
#define NVME_CREATE_IO_CQ_IV_SHIFT 16
#define NVME_CREATE_IO_CQ_IV_MASK 0xffff0000U
_Static_assert(sizeof(struct nvme_wire_create_io_cq) == 64, "create_io_cq size");
_Static_assert(offsetof(struct nvme_wire_create_io_cq, hdr) == 0, "create_io_cq.hdr");
_Static_assert(offsetof(struct nvme_wire_create_io_cq, cdw10) == 40, "create_io_cq.cdw10");
_Static_assert(offsetof(struct nvme_wire_create_io_cq, cdw11) == 44, "create_io_cq.cdw11");
_Static_assert(offsetof(struct nvme_wire_create_io_cq, cdw12) == 48, "create_io_cq.cdw12");

/* Get Log Page (02h): NUMD = NUMDU:NUMDL + 1 dwords from offset LPOU:LPOL */
struct nvme_wire_get_log_page {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11;	/* @44 */
	uint32_t lpol;	/* @48 offset, low dword (dword aligned) */
	uint32_t lpou;	/* @52 */
	uint32_t cdw14;	/* @56 */
	uint32_t cdw15;	/* @60 */
} __attribute__((packed));
#define NVME_GET_LOG_PAGE_SIZE 64
#define NVME_GET_LOG_PAGE_LID_SHIFT 0
#define NVME_GET_LOG_PAGE_LID_MASK 255
#define NVME_GET_LOG_PAGE_LSP_SHIFT 8
#define NVME_GET_LOG_PAGE_LSP_MASK 0x7f00
#define NVME_GET_LOG_PAGE_RAE_SHIFT 15
#define NVME_GET_LOG_PAGE_RAE_MASK 0x8000
#define NVME_GET_LOG_PAGE_NUMDL_SHIFT 16
#define NVME_GET_LOG_PAGE_NUMDL_MASK 0xffff0000U
#define NVME_GET_LOG_PAGE_NUMDU_SHIFT 0
#define NVME_GET_LOG_PAGE_NUMDU_MASK 0xffff
#define NVME_GET_LOG_PAGE_LSI_SHIFT 16
#define NVME_GET_LOG_PAGE_LSI_MASK 0xffff0000U
#define NVME_GET_LOG_PAGE_UUID_IDX_SHIFT 0
#define NVME_GET_LOG_PAGE_UUID_IDX_MASK 127
#define NVME_GET_LOG_PAGE_OT_SHIFT 23
#define NVME_GET_LOG_PAGE_OT_MASK 0x800000
#define NVME_GET_LOG_PAGE_CSI_SHIFT 24
#define NVME_GET_LOG_PAGE_CSI_MASK 0xff000000U
_Static_assert(sizeof(struct nvme_wire_get_log_page) == 64, "get_log_page size");
_Static_assert(offsetof(struct nvme_wire_get_log_page, hdr) == 0, "get_log_page.hdr");
_Static_assert(offsetof(struct nvme_wire_get_log_page, cdw10) == 40, "get_log_page.cdw10");
_Static_assert(offsetof(struct nvme_wire_get_log_page, cdw11) == 44, "get_log_page.cdw11");
_Static_assert(offsetof(struct nvme_wire_get_log_page, lpol) == 48, "get_log_page.lpol");
_Static_assert(offsetof(struct nvme_wire_get_log_page, lpou) == 52, "get_log_page.lpou");
_Static_assert(offsetof(struct nvme_wire_get_log_page, cdw14) == 56, "get_log_page.cdw14");
_Static_assert(offsetof(struct nvme_wire_get_log_page, cdw15) == 60, "get_log_page.cdw15");

/* Identify (06h): one 4 KiB data structure to PRP1/PRP2 */
struct nvme_wire_identify {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11;	/* @44 */
	uint32_t cdw12[4];	/* @48 */
} __attribute__((packed));
#define NVME_IDENTIFY_SIZE 64
#define NVME_IDENTIFY_CNS_SHIFT 0
#define NVME_IDENTIFY_CNS_MASK 255
#define NVME_IDENTIFY_CNTID_SHIFT 16
#define NVME_IDENTIFY_CNTID_MASK 0xffff0000U
#define NVME_IDENTIFY_CNSSID_SHIFT 0
#define NVME_IDENTIFY_CNSSID_MASK 0xffff
#define NVME_IDENTIFY_CSI_SHIFT 24
#define NVME_IDENTIFY_CSI_MASK 0xff000000U
_Static_assert(sizeof(struct nvme_wire_identify) == 64, "identify size");
_Static_assert(offsetof(struct nvme_wire_identify, hdr) == 0, "identify.hdr");
_Static_assert(offsetof(struct nvme_wire_identify, cdw10) == 40, "identify.cdw10");
_Static_assert(offsetof(struct nvme_wire_identify, cdw11) == 44, "identify.cdw11");
_Static_assert(offsetof(struct nvme_wire_identify, cdw12) == 48, "identify.cdw12");

/* Abort (08h): result DW0 bit 0 is 1 when the command was NOT aborted */
struct nvme_wire_abort {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11[5];	/* @44 */
} __attribute__((packed));
#define NVME_ABORT_SIZE 64
#define NVME_ABORT_SQID_SHIFT 0
#define NVME_ABORT_SQID_MASK 0xffff
#define NVME_ABORT_ACID_SHIFT 16
#define NVME_ABORT_ACID_MASK 0xffff0000U
_Static_assert(sizeof(struct nvme_wire_abort) == 64, "abort size");
_Static_assert(offsetof(struct nvme_wire_abort, hdr) == 0, "abort.hdr");
_Static_assert(offsetof(struct nvme_wire_abort, cdw10) == 40, "abort.cdw10");
_Static_assert(offsetof(struct nvme_wire_abort, cdw11) == 44, "abort.cdw11");

/* Set Features (09h) and Get Features (0Ah) */
struct nvme_wire_features {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10;	/* @40 */
	uint32_t cdw11;	/* @44 the feature's value (Number of Queues: NSQR 15:0, NCQR 31:16) */
	uint32_t cdw12;	/* @48 */
	uint32_t cdw13;	/* @52 */
	uint32_t cdw14;	/* @56 */
	uint32_t cdw15;	/* @60 */
} __attribute__((packed));
#define NVME_FEATURES_SIZE 64
#define NVME_FEATURES_FID_SHIFT 0
#define NVME_FEATURES_FID_MASK 255
#define NVME_FEATURES_SEL_SHIFT 8
#define NVME_FEATURES_SEL_MASK 0x700
#define NVME_FEATURES_SV_SHIFT 31
#define NVME_FEATURES_SV_MASK 0x80000000U
_Static_assert(sizeof(struct nvme_wire_features) == 64, "features size");
_Static_assert(offsetof(struct nvme_wire_features, hdr) == 0, "features.hdr");
_Static_assert(offsetof(struct nvme_wire_features, cdw10) == 40, "features.cdw10");
_Static_assert(offsetof(struct nvme_wire_features, cdw11) == 44, "features.cdw11");
_Static_assert(offsetof(struct nvme_wire_features, cdw12) == 48, "features.cdw12");
_Static_assert(offsetof(struct nvme_wire_features, cdw13) == 52, "features.cdw13");
_Static_assert(offsetof(struct nvme_wire_features, cdw14) == 56, "features.cdw14");
_Static_assert(offsetof(struct nvme_wire_features, cdw15) == 60, "features.cdw15");

/* Asynchronous Event Request (0Ch): completes when an event occurs */
struct nvme_wire_async_event {
	struct nvme_wire_sqe_hdr hdr;	/* @0 */
	uint32_t cdw10[6];	/* @40 */
} __attribute__((packed));
#define NVME_ASYNC_EVENT_SIZE 64
_Static_assert(sizeof(struct nvme_wire_async_event) == 64, "async_event size");
_Static_assert(offsetof(struct nvme_wire_async_event, hdr) == 0, "async_event.hdr");
_Static_assert(offsetof(struct nvme_wire_async_event, cdw10) == 40, "async_event.cdw10");

/* Asynchronous Event Request completion DW0 */
struct nvme_wire_async_event_result {
	uint32_t dw0;	/* @0 */
} __attribute__((packed));
#define NVME_ASYNC_EVENT_RESULT_SIZE 4
#define NVME_ASYNC_EVENT_RESULT_TYPE_SHIFT 0
#define NVME_ASYNC_EVENT_RESULT_TYPE_MASK 7
#define NVME_ASYNC_EVENT_RESULT_INFO_SHIFT 8
#define NVME_ASYNC_EVENT_RESULT_INFO_MASK 0xff00
#define NVME_ASYNC_EVENT_RESULT_LOG_PAGE_SHIFT 16
#define NVME_ASYNC_EVENT_RESULT_LOG_PAGE_MASK 0xff0000
_Static_assert(sizeof(struct nvme_wire_async_event_result) == 4, "async_event_result size");
_Static_assert(offsetof(struct nvme_wire_async_event_result, dw0) == 0, "async_event_result.dw0");

/* Number of Queues feature value (CDW11 of Set Features, DW0 of its completion) */
struct nvme_wire_num_queues {
	uint32_t dw;	/* @0 */
} __attribute__((packed));
#define NVME_NUM_QUEUES_SIZE 4
#define NVME_NUM_QUEUES_NSQ_SHIFT 0
#define NVME_NUM_QUEUES_NSQ_MASK 0xffff
#define NVME_NUM_QUEUES_NCQ_SHIFT 16
#define NVME_NUM_QUEUES_NCQ_MASK 0xffff0000U
_Static_assert(sizeof(struct nvme_wire_num_queues) == 4, "num_queues size");
_Static_assert(offsetof(struct nvme_wire_num_queues, dw) == 0, "num_queues.dw");

/* Identify Controller data structure (CNS 01h), Base 2.0 figure 275 */
struct nvme_wire_id_ctrl {
	uint16_t vid;	/* @0 PCI vendor ID */
	uint16_t ssvid;	/* @2 */
	uint8_t sn[20];	/* @4 serial number, ASCII, space padded */
	uint8_t mn[40];	/* @24 model number */
	uint8_t fr[8];	/* @64 firmware revision */
	uint8_t rab;	/* @72 */
	uint8_t ieee[3];	/* @73 */
	uint8_t cmic;	/* @76 */
	uint8_t mdts;	/* @77 max data transfer: 2 ^ MDTS pages of CAP.MPSMIN, 0 = no limit */
	uint16_t cntlid;	/* @78 */
	uint32_t ver;	/* @80 */
	uint32_t rtd3r;	/* @84 */
	uint32_t rtd3e;	/* @88 */
	uint32_t oaes;	/* @92 optional asynchronous events supported (bit 8 namespace attribute notices) */
	uint32_t ctratt;	/* @96 */
	uint16_t rrls;	/* @100 */
	uint8_t rsvd102[9];	/* @102 */
	uint8_t cntrltype;	/* @111 1 I/O controller */
	uint8_t fguid[16];	/* @112 */
	uint16_t crdt[3];	/* @128 */
	uint8_t rsvd134[122];	/* @134 */
	uint16_t oacs;	/* @256 optional admin commands */
	uint8_t acl;	/* @258 abort command limit, 0's based */
	uint8_t aerl;	/* @259 asynchronous event request limit, 0's based */
	uint8_t frmw;	/* @260 */
	uint8_t lpa;	/* @261 */
	uint8_t elpe;	/* @262 error log page entries, 0's based */
	uint8_t npss;	/* @263 */
	uint8_t avscc;	/* @264 */
	uint8_t apsta;	/* @265 */
	uint16_t wctemp;	/* @266 warning composite temperature threshold, kelvin */
	uint16_t cctemp;	/* @268 */
	uint16_t mtfa;	/* @270 */
	uint32_t hmpre;	/* @272 */
	uint32_t hmmin;	/* @276 */
	uint8_t tnvmcap[16];	/* @280 */
	uint8_t unvmcap[16];	/* @296 */
	uint32_t rpmbs;	/* @312 */
	uint16_t edstt;	/* @316 */
	uint8_t dsto;	/* @318 */
	uint8_t fwug;	/* @319 */
	uint16_t kas;	/* @320 */
	uint16_t hctma;	/* @322 */
	uint16_t mntmt;	/* @324 */
	uint16_t mxtmt;	/* @326 */
	uint32_t sanicap;	/* @328 */
	uint32_t hmminds;	/* @332 */
	uint16_t hmmaxd;	/* @336 */
	uint16_t nsetidmax;	/* @338 */
	uint16_t endgidmax;	/* @340 */
	uint8_t anatt;	/* @342 */
	uint8_t anacap;	/* @343 */
	uint32_t anagrpmax;	/* @344 */
	uint32_t nanagrpid;	/* @348 */
	uint32_t pels;	/* @352 */
	uint8_t rsvd356[156];	/* @356 */
	uint8_t sqes;	/* @512 SQ entry size: required (3:0) and maximum (7:4), log2 */
	uint8_t cqes;	/* @513 */
	uint16_t maxcmd;	/* @514 */
	uint32_t nn;	/* @516 number of namespaces (highest valid NSID) */
	uint16_t oncs;	/* @520 */
	uint16_t fuses;	/* @522 */
	uint8_t fna;	/* @524 */
	uint8_t vwc;	/* @525 bit 0: a volatile write cache is present (Flush needed) */
	uint16_t awun;	/* @526 */
	uint16_t awupf;	/* @528 */
	uint8_t icsvscc;	/* @530 */
	uint8_t nwpc;	/* @531 */
	uint16_t acwu;	/* @532 */
	uint16_t ocfs;	/* @534 */
	uint32_t sgls;	/* @536 SGL support: bits 1:0 = 0 none, 1 any alignment, 2 dword aligned */
	uint32_t mnan;	/* @540 */
	uint8_t rsvd544[224];	/* @544 */
	uint8_t subnqn[256];	/* @768 */
	uint8_t rsvd1024[1024];	/* @1024 reserved and NVMe over Fabrics */
	uint8_t psd[1024];	/* @2048 power state descriptors */
	uint8_t vs[1024];	/* @3072 */
} __attribute__((packed));
#define NVME_ID_CTRL_SIZE 4096
#define NVME_ID_CTRL_SQES_MIN_SHIFT 0
#define NVME_ID_CTRL_SQES_MIN_MASK 15
#define NVME_ID_CTRL_SQES_MAX_SHIFT 4
#define NVME_ID_CTRL_SQES_MAX_MASK 240
#define NVME_ID_CTRL_CQES_MIN_SHIFT 0
#define NVME_ID_CTRL_CQES_MIN_MASK 15
#define NVME_ID_CTRL_CQES_MAX_SHIFT 4
#define NVME_ID_CTRL_CQES_MAX_MASK 240
_Static_assert(sizeof(struct nvme_wire_id_ctrl) == 4096, "id_ctrl size");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, vid) == 0, "id_ctrl.vid");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, ssvid) == 2, "id_ctrl.ssvid");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, sn) == 4, "id_ctrl.sn");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, mn) == 24, "id_ctrl.mn");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, fr) == 64, "id_ctrl.fr");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rab) == 72, "id_ctrl.rab");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, ieee) == 73, "id_ctrl.ieee");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, cmic) == 76, "id_ctrl.cmic");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, mdts) == 77, "id_ctrl.mdts");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, cntlid) == 78, "id_ctrl.cntlid");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, ver) == 80, "id_ctrl.ver");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rtd3r) == 84, "id_ctrl.rtd3r");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rtd3e) == 88, "id_ctrl.rtd3e");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, oaes) == 92, "id_ctrl.oaes");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, ctratt) == 96, "id_ctrl.ctratt");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rrls) == 100, "id_ctrl.rrls");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rsvd102) == 102, "id_ctrl.rsvd102");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, cntrltype) == 111, "id_ctrl.cntrltype");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, fguid) == 112, "id_ctrl.fguid");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, crdt) == 128, "id_ctrl.crdt");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rsvd134) == 134, "id_ctrl.rsvd134");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, oacs) == 256, "id_ctrl.oacs");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, acl) == 258, "id_ctrl.acl");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, aerl) == 259, "id_ctrl.aerl");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, frmw) == 260, "id_ctrl.frmw");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, lpa) == 261, "id_ctrl.lpa");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, elpe) == 262, "id_ctrl.elpe");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, npss) == 263, "id_ctrl.npss");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, avscc) == 264, "id_ctrl.avscc");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, apsta) == 265, "id_ctrl.apsta");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, wctemp) == 266, "id_ctrl.wctemp");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, cctemp) == 268, "id_ctrl.cctemp");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, mtfa) == 270, "id_ctrl.mtfa");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, hmpre) == 272, "id_ctrl.hmpre");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, hmmin) == 276, "id_ctrl.hmmin");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, tnvmcap) == 280, "id_ctrl.tnvmcap");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, unvmcap) == 296, "id_ctrl.unvmcap");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rpmbs) == 312, "id_ctrl.rpmbs");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, edstt) == 316, "id_ctrl.edstt");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, dsto) == 318, "id_ctrl.dsto");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, fwug) == 319, "id_ctrl.fwug");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, kas) == 320, "id_ctrl.kas");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, hctma) == 322, "id_ctrl.hctma");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, mntmt) == 324, "id_ctrl.mntmt");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, mxtmt) == 326, "id_ctrl.mxtmt");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, sanicap) == 328, "id_ctrl.sanicap");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, hmminds) == 332, "id_ctrl.hmminds");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, hmmaxd) == 336, "id_ctrl.hmmaxd");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, nsetidmax) == 338, "id_ctrl.nsetidmax");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, endgidmax) == 340, "id_ctrl.endgidmax");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, anatt) == 342, "id_ctrl.anatt");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, anacap) == 343, "id_ctrl.anacap");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, anagrpmax) == 344, "id_ctrl.anagrpmax");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, nanagrpid) == 348, "id_ctrl.nanagrpid");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, pels) == 352, "id_ctrl.pels");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rsvd356) == 356, "id_ctrl.rsvd356");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, sqes) == 512, "id_ctrl.sqes");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, cqes) == 513, "id_ctrl.cqes");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, maxcmd) == 514, "id_ctrl.maxcmd");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, nn) == 516, "id_ctrl.nn");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, oncs) == 520, "id_ctrl.oncs");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, fuses) == 522, "id_ctrl.fuses");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, fna) == 524, "id_ctrl.fna");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, vwc) == 525, "id_ctrl.vwc");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, awun) == 526, "id_ctrl.awun");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, awupf) == 528, "id_ctrl.awupf");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, icsvscc) == 530, "id_ctrl.icsvscc");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, nwpc) == 531, "id_ctrl.nwpc");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, acwu) == 532, "id_ctrl.acwu");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, ocfs) == 534, "id_ctrl.ocfs");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, sgls) == 536, "id_ctrl.sgls");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, mnan) == 540, "id_ctrl.mnan");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rsvd544) == 544, "id_ctrl.rsvd544");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, subnqn) == 768, "id_ctrl.subnqn");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, rsvd1024) == 1024, "id_ctrl.rsvd1024");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, psd) == 2048, "id_ctrl.psd");
_Static_assert(offsetof(struct nvme_wire_id_ctrl, vs) == 3072, "id_ctrl.vs");

/* LBA format descriptor */
struct nvme_wire_lbaf {
	uint32_t dw;	/* @0 */
} __attribute__((packed));
#define NVME_LBAF_SIZE 4
#define NVME_LBAF_MS_SHIFT 0
#define NVME_LBAF_MS_MASK 0xffff
#define NVME_LBAF_LBADS_SHIFT 16
#define NVME_LBAF_LBADS_MASK 0xff0000
#define NVME_LBAF_RP_SHIFT 24
#define NVME_LBAF_RP_MASK 0x3000000
_Static_assert(sizeof(struct nvme_wire_lbaf) == 4, "lbaf size");
_Static_assert(offsetof(struct nvme_wire_lbaf, dw) == 0, "lbaf.dw");

/* Identify Namespace data structure (CNS 00h) of the NVM command set */
struct nvme_wire_id_ns {
	uint64_t nsze;	/* @0 size in blocks */
	uint64_t ncap;	/* @8 */
	uint64_t nuse;	/* @16 */
	uint8_t nsfeat;	/* @24 bit 0 thin provisioning, bit 2 DEALLOC/UNWRITTEN error */
	uint8_t nlbaf;	/* @25 LBA formats, 0's based */
	uint8_t flbas;	/* @26 */
	uint8_t mc;	/* @27 */
	uint8_t dpc;	/* @28 */
	uint8_t dps;	/* @29 */
	uint8_t nmic;	/* @30 */
	uint8_t rescap;	/* @31 */
	uint8_t fpi;	/* @32 */
	uint8_t dlfeat;	/* @33 bits 2:0 = 1: deallocated blocks read as zeros */
	uint16_t nawun;	/* @34 */
	uint16_t nawupf;	/* @36 */
	uint16_t nacwu;	/* @38 */
	uint16_t nabsn;	/* @40 */
	uint16_t nabo;	/* @42 */
	uint16_t nabspf;	/* @44 */
	uint16_t noiob;	/* @46 */
	uint8_t nvmcap[16];	/* @48 */
	uint16_t npwg;	/* @64 */
	uint16_t npwa;	/* @66 */
	uint16_t npdg;	/* @68 */
	uint16_t npda;	/* @70 */
	uint16_t nows;	/* @72 */
	uint8_t rsvd74[18];	/* @74 */
	uint32_t anagrpid;	/* @92 */
	uint8_t rsvd96[3];	/* @96 */
	uint8_t nsattr;	/* @99 */
	uint16_t nvmsetid;	/* @100 */
	uint16_t endgid;	/* @102 */
	uint8_t nguid[16];	/* @104 */
	uint8_t eui64[8];	/* @120 */
	struct nvme_wire_lbaf lbaf[16];	/* @128 */
	uint8_t rsvd192[192];	/* @192 */
	uint8_t vs[3712];	/* @384 */
} __attribute__((packed));
#define NVME_ID_NS_SIZE 4096
#define NVME_ID_NS_LBAF_IDX_SHIFT 0
#define NVME_ID_NS_LBAF_IDX_MASK 15
#define NVME_ID_NS_MDEXT_SHIFT 4
#define NVME_ID_NS_MDEXT_MASK 16
_Static_assert(sizeof(struct nvme_wire_id_ns) == 4096, "id_ns size");
_Static_assert(offsetof(struct nvme_wire_id_ns, nsze) == 0, "id_ns.nsze");
_Static_assert(offsetof(struct nvme_wire_id_ns, ncap) == 8, "id_ns.ncap");
_Static_assert(offsetof(struct nvme_wire_id_ns, nuse) == 16, "id_ns.nuse");
_Static_assert(offsetof(struct nvme_wire_id_ns, nsfeat) == 24, "id_ns.nsfeat");
_Static_assert(offsetof(struct nvme_wire_id_ns, nlbaf) == 25, "id_ns.nlbaf");
_Static_assert(offsetof(struct nvme_wire_id_ns, flbas) == 26, "id_ns.flbas");
_Static_assert(offsetof(struct nvme_wire_id_ns, mc) == 27, "id_ns.mc");
_Static_assert(offsetof(struct nvme_wire_id_ns, dpc) == 28, "id_ns.dpc");
_Static_assert(offsetof(struct nvme_wire_id_ns, dps) == 29, "id_ns.dps");
_Static_assert(offsetof(struct nvme_wire_id_ns, nmic) == 30, "id_ns.nmic");
_Static_assert(offsetof(struct nvme_wire_id_ns, rescap) == 31, "id_ns.rescap");
_Static_assert(offsetof(struct nvme_wire_id_ns, fpi) == 32, "id_ns.fpi");
_Static_assert(offsetof(struct nvme_wire_id_ns, dlfeat) == 33, "id_ns.dlfeat");
_Static_assert(offsetof(struct nvme_wire_id_ns, nawun) == 34, "id_ns.nawun");
_Static_assert(offsetof(struct nvme_wire_id_ns, nawupf) == 36, "id_ns.nawupf");
_Static_assert(offsetof(struct nvme_wire_id_ns, nacwu) == 38, "id_ns.nacwu");
_Static_assert(offsetof(struct nvme_wire_id_ns, nabsn) == 40, "id_ns.nabsn");
_Static_assert(offsetof(struct nvme_wire_id_ns, nabo) == 42, "id_ns.nabo");
_Static_assert(offsetof(struct nvme_wire_id_ns, nabspf) == 44, "id_ns.nabspf");
_Static_assert(offsetof(struct nvme_wire_id_ns, noiob) == 46, "id_ns.noiob");
_Static_assert(offsetof(struct nvme_wire_id_ns, nvmcap) == 48, "id_ns.nvmcap");
_Static_assert(offsetof(struct nvme_wire_id_ns, npwg) == 64, "id_ns.npwg");
_Static_assert(offsetof(struct nvme_wire_id_ns, npwa) == 66, "id_ns.npwa");
_Static_assert(offsetof(struct nvme_wire_id_ns, npdg) == 68, "id_ns.npdg");
_Static_assert(offsetof(struct nvme_wire_id_ns, npda) == 70, "id_ns.npda");
_Static_assert(offsetof(struct nvme_wire_id_ns, nows) == 72, "id_ns.nows");
_Static_assert(offsetof(struct nvme_wire_id_ns, rsvd74) == 74, "id_ns.rsvd74");
_Static_assert(offsetof(struct nvme_wire_id_ns, anagrpid) == 92, "id_ns.anagrpid");
_Static_assert(offsetof(struct nvme_wire_id_ns, rsvd96) == 96, "id_ns.rsvd96");
_Static_assert(offsetof(struct nvme_wire_id_ns, nsattr) == 99, "id_ns.nsattr");
_Static_assert(offsetof(struct nvme_wire_id_ns, nvmsetid) == 100, "id_ns.nvmsetid");
_Static_assert(offsetof(struct nvme_wire_id_ns, endgid) == 102, "id_ns.endgid");
_Static_assert(offsetof(struct nvme_wire_id_ns, nguid) == 104, "id_ns.nguid");
_Static_assert(offsetof(struct nvme_wire_id_ns, eui64) == 120, "id_ns.eui64");
_Static_assert(offsetof(struct nvme_wire_id_ns, lbaf) == 128, "id_ns.lbaf");
_Static_assert(offsetof(struct nvme_wire_id_ns, rsvd192) == 192, "id_ns.rsvd192");
_Static_assert(offsetof(struct nvme_wire_id_ns, vs) == 384, "id_ns.vs");

/* Namespace Identification Descriptor header; NIDL bytes of identifier follow */
struct nvme_wire_ns_id_desc {
	uint8_t nidt;	/* @0 */
	uint8_t nidl;	/* @1 */
	uint16_t rsvd2;	/* @2 */
} __attribute__((packed));
#define NVME_NS_ID_DESC_SIZE 4
_Static_assert(sizeof(struct nvme_wire_ns_id_desc) == 4, "ns_id_desc size");
_Static_assert(offsetof(struct nvme_wire_ns_id_desc, nidt) == 0, "ns_id_desc.nidt");
_Static_assert(offsetof(struct nvme_wire_ns_id_desc, nidl) == 1, "ns_id_desc.nidl");
_Static_assert(offsetof(struct nvme_wire_ns_id_desc, rsvd2) == 2, "ns_id_desc.rsvd2");

/* Firmware Slot Information log (log page 03h) */
struct nvme_wire_fw_slot_log {
	uint8_t afi;	/* @0 */
	uint8_t rsvd1[7];	/* @1 */
	uint8_t frs[56];	/* @8 revisions of slots 1..7, 8 ASCII bytes each */
	uint8_t rsvd64[448];	/* @64 */
} __attribute__((packed));
#define NVME_FW_SLOT_LOG_SIZE 512
#define NVME_FW_SLOT_LOG_ACTIVE_SLOT_SHIFT 0
#define NVME_FW_SLOT_LOG_ACTIVE_SLOT_MASK 7
#define NVME_FW_SLOT_LOG_NEXT_SLOT_SHIFT 4
#define NVME_FW_SLOT_LOG_NEXT_SLOT_MASK 112
_Static_assert(sizeof(struct nvme_wire_fw_slot_log) == 512, "fw_slot_log size");
_Static_assert(offsetof(struct nvme_wire_fw_slot_log, afi) == 0, "fw_slot_log.afi");
_Static_assert(offsetof(struct nvme_wire_fw_slot_log, rsvd1) == 1, "fw_slot_log.rsvd1");
_Static_assert(offsetof(struct nvme_wire_fw_slot_log, frs) == 8, "fw_slot_log.frs");
_Static_assert(offsetof(struct nvme_wire_fw_slot_log, rsvd64) == 64, "fw_slot_log.rsvd64");

/* Error Information log entry (log page 01h) */
struct nvme_wire_error_log_entry {
	uint64_t error_count;	/* @0 unique, increasing; 0 = empty entry */
	uint16_t sqid;	/* @8 */
	uint16_t cid;	/* @10 */
	uint16_t status;	/* @12 the CQE status field (bits 15:1; bit 0 the phase as posted) */
	uint16_t param_loc;	/* @14 byte 7:0 and bit 10:8 of the field in error */
	uint64_t lba;	/* @16 */
	uint32_t nsid;	/* @24 */
	uint8_t vsia;	/* @28 */
	uint8_t trtype;	/* @29 */
	uint16_t rsvd30;	/* @30 */
	uint64_t csi;	/* @32 command specific information */
	uint16_t ttsi;	/* @40 */
	uint8_t rsvd42[22];	/* @42 */
} __attribute__((packed));
#define NVME_ERROR_LOG_ENTRY_SIZE 64
_Static_assert(sizeof(struct nvme_wire_error_log_entry) == 64, "error_log_entry size");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, error_count) == 0, "error_log_entry.error_count");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, sqid) == 8, "error_log_entry.sqid");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, cid) == 10, "error_log_entry.cid");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, status) == 12, "error_log_entry.status");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, param_loc) == 14, "error_log_entry.param_loc");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, lba) == 16, "error_log_entry.lba");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, nsid) == 24, "error_log_entry.nsid");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, vsia) == 28, "error_log_entry.vsia");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, trtype) == 29, "error_log_entry.trtype");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, rsvd30) == 30, "error_log_entry.rsvd30");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, csi) == 32, "error_log_entry.csi");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, ttsi) == 40, "error_log_entry.ttsi");
_Static_assert(offsetof(struct nvme_wire_error_log_entry, rsvd42) == 42, "error_log_entry.rsvd42");

/* SMART / Health Information log (log page 02h); 128-bit counters as 16 bytes */
struct nvme_wire_smart_log {
	uint8_t critical_warning;	/* @0 */
	uint16_t temperature;	/* @1 composite temperature, kelvin */
	uint8_t avail_spare;	/* @3 */
	uint8_t spare_thresh;	/* @4 */
	uint8_t percent_used;	/* @5 */
	uint8_t endu_grp_crit_warn;	/* @6 */
	uint8_t rsvd7[25];	/* @7 */
	uint8_t data_units_read[16];	/* @32 1000s of 512-byte units */
	uint8_t data_units_written[16];	/* @48 */
	uint8_t host_reads[16];	/* @64 */
	uint8_t host_writes[16];	/* @80 */
	uint8_t ctrl_busy_time[16];	/* @96 */
	uint8_t power_cycles[16];	/* @112 */
	uint8_t power_on_hours[16];	/* @128 */
	uint8_t unsafe_shutdowns[16];	/* @144 */
	uint8_t media_errors[16];	/* @160 */
	uint8_t num_err_log_entries[16];	/* @176 */
	uint32_t warning_temp_time;	/* @192 */
	uint32_t critical_comp_time;	/* @196 */
	uint16_t temp_sensor[8];	/* @200 */
	uint32_t thm_temp1_trans_count;	/* @216 */
	uint32_t thm_temp2_trans_count;	/* @220 */
	uint32_t thm_temp1_total_time;	/* @224 */
	uint32_t thm_temp2_total_time;	/* @228 */
	uint8_t rsvd232[280];	/* @232 */
} __attribute__((packed));
#define NVME_SMART_LOG_SIZE 512
_Static_assert(sizeof(struct nvme_wire_smart_log) == 512, "smart_log size");
_Static_assert(offsetof(struct nvme_wire_smart_log, critical_warning) == 0, "smart_log.critical_warning");
_Static_assert(offsetof(struct nvme_wire_smart_log, temperature) == 1, "smart_log.temperature");
_Static_assert(offsetof(struct nvme_wire_smart_log, avail_spare) == 3, "smart_log.avail_spare");
_Static_assert(offsetof(struct nvme_wire_smart_log, spare_thresh) == 4, "smart_log.spare_thresh");
_Static_assert(offsetof(struct nvme_wire_smart_log, percent_used) == 5, "smart_log.percent_used");
_Static_assert(offsetof(struct nvme_wire_smart_log, endu_grp_crit_warn) == 6, "smart_log.endu_grp_crit_warn");
_Static_assert(offsetof(struct nvme_wire_smart_log, rsvd7) == 7, "smart_log.rsvd7");
_Static_assert(offsetof(struct nvme_wire_smart_log, data_units_read) == 32, "smart_log.data_units_read");
_Static_assert(offsetof(struct nvme_wire_smart_log, data_units_written) == 48, "smart_log.data_units_written");
_Static_assert(offsetof(struct nvme_wire_smart_log, host_reads) == 64, "smart_log.host_reads");
_Static_assert(offsetof(struct nvme_wire_smart_log, host_writes) == 80, "smart_log.host_writes");
_Static_assert(offsetof(struct nvme_wire_smart_log, ctrl_busy_time) == 96, "smart_log.ctrl_busy_time");
_Static_assert(offsetof(struct nvme_wire_smart_log, power_cycles) == 112, "smart_log.power_cycles");
_Static_assert(offsetof(struct nvme_wire_smart_log, power_on_hours) == 128, "smart_log.power_on_hours");
_Static_assert(offsetof(struct nvme_wire_smart_log, unsafe_shutdowns) == 144, "smart_log.unsafe_shutdowns");
_Static_assert(offsetof(struct nvme_wire_smart_log, media_errors) == 160, "smart_log.media_errors");
_Static_assert(offsetof(struct nvme_wire_smart_log, num_err_log_entries) == 176, "smart_log.num_err_log_entries");
_Static_assert(offsetof(struct nvme_wire_smart_log, warning_temp_time) == 192, "smart_log.warning_temp_time");
_Static_assert(offsetof(struct nvme_wire_smart_log, critical_comp_time) == 196, "smart_log.critical_comp_time");
_Static_assert(offsetof(struct nvme_wire_smart_log, temp_sensor) == 200, "smart_log.temp_sensor");
_Static_assert(offsetof(struct nvme_wire_smart_log, thm_temp1_trans_count) == 216, "smart_log.thm_temp1_trans_count");
_Static_assert(offsetof(struct nvme_wire_smart_log, thm_temp2_trans_count) == 220, "smart_log.thm_temp2_trans_count");
_Static_assert(offsetof(struct nvme_wire_smart_log, thm_temp1_total_time) == 224, "smart_log.thm_temp1_total_time");
_Static_assert(offsetof(struct nvme_wire_smart_log, thm_temp2_total_time) == 228, "smart_log.thm_temp2_total_time");
_Static_assert(offsetof(struct nvme_wire_smart_log, rsvd232) == 232, "smart_log.rsvd232");

/* The transaction id of an NVMe trace record (spec/pvtrace.yaml, protos NVME and NVM): which command, where it sat in its queue and the doorbell value that published it (SQE: the SQ tail the driver wrote after it; CQE: the CQ head the driver wrote after consuming it). */
struct nvme_wire_trace_id {
	uint64_t id;	/* @0 */
} __attribute__((packed));
#define NVME_TRACE_ID_SIZE 8
#define NVME_TRACE_ID_CID_SHIFT 0
#define NVME_TRACE_ID_CID_MASK 0xffff
#define NVME_TRACE_ID_SLOT_SHIFT 16
#define NVME_TRACE_ID_SLOT_MASK 0xffff0000U
#define NVME_TRACE_ID_DOORBELL_SHIFT 32
#define NVME_TRACE_ID_DOORBELL_MASK UINT64_C(0xffff00000000)
_Static_assert(sizeof(struct nvme_wire_trace_id) == 8, "trace_id size");
_Static_assert(offsetof(struct nvme_wire_trace_id, id) == 0, "trace_id.id");

#endif /* PV_GENERATED_NVME_WIRE_H */
