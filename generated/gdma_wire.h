/* DO NOT EDIT: generated from spec/gdma.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_GDMA_WIRE_H
#define PV_GENERATED_GDMA_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* GDMA (MANA hardware interface) */

#define GDMA_VENDOR_MICROSOFT 0x1414
#define GDMA_DEVICE_PF 185	/* MANA_PF_DEVICE_ID */
#define GDMA_DEVICE_VF 186	/* MANA_VF_DEVICE_ID */
#define GDMA_CLASS_ETHERNET 0x20000	/* PCI class: network controller, Ethernet */
#define GDMA_PAGE_SIZE 0x1000	/* queues and DMA regions are made of 4 KiB pages */
#define GDMA_REG_DB_PAGE_OFFSET 8	/* VF BAR0: u64 offset of the doorbell pages */
#define GDMA_REG_DB_PAGE_SIZE 16	/* VF BAR0: u32, low 16 bits = bytes per doorbell page */
#define GDMA_REG_SHM_OFFSET 24	/* VF BAR0: u64 offset of the SMC aperture */
#define GDMA_DB_SQ 0	/* doorbell offsets inside a doorbell page */
#define GDMA_DB_RQ 0x400
#define GDMA_DB_RQ_CLIENT_DATA 0x408	/* OpenVMM accepts and ignores it */
#define GDMA_DB_CQ 0x800
#define GDMA_DB_EQ 0xff8
#define GDMA_SMC_SIZE 32	/* SMC aperture: 8 dwords, the last one the protocol header */
#define GDMA_SMC_HDR_OFFSET 28
#define GDMA_SMC_RESET_STATE 0xffffffffU	/* the aperture reads all ones while the VF resets */
#define GDMA_SMC_ESTABLISH_HWC_VERSION 0
#define GDMA_SMC_DESTROY_HWC_VERSION 0
#define GDMA_SMC_POLL_MS 0x4e20	/* Linux polls the owner bit up to 20,000 times 1-2 ms */
#define GDMA_HWC_MAX_REQUEST 0x1000	/* HW_CHANNEL_MAX_REQUEST_SIZE */
#define GDMA_HWC_MAX_RESPONSE 0x1000	/* HW_CHANNEL_MAX_RESPONSE_SIZE */
#define GDMA_HWC_QUEUE_DEPTH 1	/* HW_CHANNEL_VF_BOOTSTRAP_QUEUE_DEPTH: one request in flight */
#define GDMA_HWC_INIT_TIMEOUT_MS 0xea60	/* Linux waits 60 s for INIT_DONE */
#define GDMA_HWC_LOG2_THROTTLE 4	/* DEFAULT_LOG2_THROTTLING_FOR_ERROR_EQ */
#define GDMA_WQE_BU_SIZE 32	/* WQEs are whole 32-byte basic units */
#define GDMA_MAX_SQE_SIZE 0x200
#define GDMA_MAX_RQE_SIZE 0x100
#define GDMA_INLINE_OOB_SMALL 8	/* RQ WQEs always; short TX OOB */
#define GDMA_INLINE_OOB_LARGE 24	/* long TX OOB, HWC TX OOB */
#define GDMA_COMP_DATA_SIZE 60
#define GDMA_EVENT_DATA_SIZE 12
#define GDMA_OWNER_BITS 3
#define GDMA_OWNER_MASK 7
#define GDMA_INVALID_DMA_REGION 0
#define GDMA_INVALID_QUEUE_ID 0xffffffffU
#define GDMA_CQ_NO_EQ 0xffff	/* a CQ attached to no EQ (later Linux) */
#define GDMA_EMU_BAR0_SIZE 0x2000	/* our emulator (OpenVMM's layout): registers 0..40, SMC 40..72, one doorbell page at 4096 */
#define GDMA_EMU_SHM_OFFSET 40
#define GDMA_EMU_DB_OFFSET 0x1000
#define GDMA_EMU_DB_PAGE_SIZE 0x1000
#define GDMA_EMU_MSIX_BAR 4	/* our emulator: MSI-X table and PBA in BAR4 */
#define GDMA_EMU_MSIX_VECTORS 64

/* enum gdma_queue_type */
enum gdma_queue_type {
	GDMA_QUEUE_TYPE_INVALID = 0,
	GDMA_QUEUE_TYPE_SQ = 1,
	GDMA_QUEUE_TYPE_RQ = 2,
	GDMA_QUEUE_TYPE_CQ = 3,
	GDMA_QUEUE_TYPE_EQ = 4,
};

/* enum gdma_eqe_type (Linux) and OpenVMM's GDMA_EQE_* (133 reconfig data, 135 reset request) */
enum gdma_eqe_type {
	GDMA_EQE_TYPE_COMPLETION = 3,
	GDMA_EQE_TYPE_TEST_EVENT = 64,
	GDMA_EQE_TYPE_HWC_INIT_EQ_ID_DB = 129,
	GDMA_EQE_TYPE_HWC_INIT_DATA = 130,
	GDMA_EQE_TYPE_HWC_INIT_DONE = 131,
	GDMA_EQE_TYPE_HWC_SOC_RECONFIG = 132,
	GDMA_EQE_TYPE_HWC_SOC_RECONFIG_DATA = 133,
	GDMA_EQE_TYPE_HWC_SOC_SERVICE = 134,
	GDMA_EQE_TYPE_HWC_RESET_REQUEST = 135,
	GDMA_EQE_TYPE_RNIC_QP_FATAL = 176,
};

/* HWC_INIT_DATA_* (hw_channel.h): what an INIT_DATA event carries */
enum gdma_hwc_init_data {
	GDMA_HWC_INIT_DATA_CQID = 1,
	GDMA_HWC_INIT_DATA_RQID = 2,
	GDMA_HWC_INIT_DATA_SQID = 3,
	GDMA_HWC_INIT_DATA_QUEUE_DEPTH = 4,
	GDMA_HWC_INIT_DATA_MAX_REQUEST = 5,
	GDMA_HWC_INIT_DATA_MAX_RESPONSE = 6,
	GDMA_HWC_INIT_DATA_MAX_NUM_CQS = 7,
	GDMA_HWC_INIT_DATA_PDID = 8,
	GDMA_HWC_INIT_DATA_GPA_MKEY = 9,
	GDMA_HWC_INIT_DATA_PF_DEST_RQ_ID = 10,
	GDMA_HWC_INIT_DATA_PF_DEST_CQ_ID = 11,
};

/* HWC_DATA_* of a SOC_RECONFIG_DATA event (later Linux; OpenVMM HWC_DATA_*) */
enum gdma_hwc_reconfig {
	GDMA_HWC_RECONFIG_CFG_HWC_TIMEOUT = 1,
	GDMA_HWC_RECONFIG_LINK_CONNECT = 2,
	GDMA_HWC_RECONFIG_LINK_DISCONNECT = 3,
};

enum gdma_smc_msg {
	GDMA_SMC_MSG_ESTABLISH_HWC = 1,
	GDMA_SMC_MSG_DESTROY_HWC = 2,
	GDMA_SMC_MSG_REPORT_HWC_TIMEOUT = 4,
};

/* what a GDMA trace record holds (our own, for pvtrace) */
enum gdma_trace_kind {
	GDMA_TRACE_KIND_SMC = 1,
	GDMA_TRACE_KIND_WQE = 2,
	GDMA_TRACE_KIND_CQE = 3,
	GDMA_TRACE_KIND_EQE = 4,
	GDMA_TRACE_KIND_DOORBELL = 5,
};

/* VF BAR0 from offset 0 (OpenVMM RegMap). Linux reads 0x08, 0x10 (& 0xFFFF) and 0x18. */
struct gdma_wire_regmap {
	uint16_t micro_version;	/* @0 */
	uint8_t minor_version;	/* @2 */
	uint8_t major_version;	/* @3 */
	uint32_t reserved0;	/* @4 */
	uint64_t db_page_offset;	/* @8 */
	uint16_t db_page_size;	/* @16 */
	uint16_t reserved1;	/* @18 */
	uint32_t reserved2;	/* @20 */
	uint64_t shm_offset;	/* @24 */
	uint16_t shm_size;	/* @32 */
	uint16_t reserved3;	/* @34 */
	uint32_t reserved4;	/* @36 */
} __attribute__((packed));
#define GDMA_REGMAP_SIZE 40
_Static_assert(sizeof(struct gdma_wire_regmap) == 40, "regmap size");
_Static_assert(offsetof(struct gdma_wire_regmap, micro_version) == 0, "regmap.micro_version");
_Static_assert(offsetof(struct gdma_wire_regmap, minor_version) == 2, "regmap.minor_version");
_Static_assert(offsetof(struct gdma_wire_regmap, major_version) == 3, "regmap.major_version");
_Static_assert(offsetof(struct gdma_wire_regmap, reserved0) == 4, "regmap.reserved0");
_Static_assert(offsetof(struct gdma_wire_regmap, db_page_offset) == 8, "regmap.db_page_offset");
_Static_assert(offsetof(struct gdma_wire_regmap, db_page_size) == 16, "regmap.db_page_size");
_Static_assert(offsetof(struct gdma_wire_regmap, reserved1) == 18, "regmap.reserved1");
_Static_assert(offsetof(struct gdma_wire_regmap, reserved2) == 20, "regmap.reserved2");
_Static_assert(offsetof(struct gdma_wire_regmap, shm_offset) == 24, "regmap.shm_offset");
_Static_assert(offsetof(struct gdma_wire_regmap, shm_size) == 32, "regmap.shm_size");
_Static_assert(offsetof(struct gdma_wire_regmap, reserved3) == 34, "regmap.reserved3");
_Static_assert(offsetof(struct gdma_wire_regmap, reserved4) == 36, "regmap.reserved4");

/* union smc_proto_hdr, the SMC's last dword. Writing it hands the channel to the device (owner_is_pf set while it works); the device answers in place with direction 1, the same type, a version not above the request's and status 0 for success. */
struct gdma_wire_smc_hdr {
	uint32_t hdr;	/* @0 */
} __attribute__((packed));
#define GDMA_SMC_HDR_SIZE 4
#define GDMA_SMC_HDR_MSG_TYPE_SHIFT 0
#define GDMA_SMC_HDR_MSG_TYPE_MASK 7
#define GDMA_SMC_HDR_MSG_VERSION_SHIFT 3
#define GDMA_SMC_HDR_MSG_VERSION_MASK 56
#define GDMA_SMC_HDR_DIRECTION_SHIFT 7
#define GDMA_SMC_HDR_DIRECTION_MASK 128
#define GDMA_SMC_HDR_STATUS_SHIFT 8
#define GDMA_SMC_HDR_STATUS_MASK 0xff00
#define GDMA_SMC_HDR_RESET_VF_SHIFT 24
#define GDMA_SMC_HDR_RESET_VF_MASK 0x1000000
#define GDMA_SMC_HDR_OWNER_IS_PF_SHIFT 31
#define GDMA_SMC_HDR_OWNER_IS_PF_MASK 0x80000000U
_Static_assert(sizeof(struct gdma_wire_smc_hdr) == 4, "smc_hdr size");
_Static_assert(offsetof(struct gdma_wire_smc_hdr, hdr) == 0, "smc_hdr.hdr");

/* The ESTABLISH_HWC aperture (shm_channel.c mana_smc_setup_hwc): four 52-bit page frame numbers, each as its low 48 bits (three little-endian u16 words) and a high nibble packed in pfn_high, then the EQ's MSI-X vector. */
struct gdma_wire_smc_establish_hwc {
	uint16_t eq_pfn[3];	/* @0 low 48 bits, least significant word first */
	uint16_t cq_pfn[3];	/* @6 */
	uint16_t rq_pfn[3];	/* @12 */
	uint16_t sq_pfn[3];	/* @18 */
	uint16_t pfn_high;	/* @24 */
	uint16_t msix;	/* @26 the HWC EQ's vector (Linux: 0) */
	struct gdma_wire_smc_hdr hdr;	/* @28 */
} __attribute__((packed));
#define GDMA_SMC_ESTABLISH_HWC_SIZE 32
#define GDMA_SMC_ESTABLISH_HWC_EQ_HIGH_SHIFT 0
#define GDMA_SMC_ESTABLISH_HWC_EQ_HIGH_MASK 15
#define GDMA_SMC_ESTABLISH_HWC_CQ_HIGH_SHIFT 4
#define GDMA_SMC_ESTABLISH_HWC_CQ_HIGH_MASK 240
#define GDMA_SMC_ESTABLISH_HWC_RQ_HIGH_SHIFT 8
#define GDMA_SMC_ESTABLISH_HWC_RQ_HIGH_MASK 0xf00
#define GDMA_SMC_ESTABLISH_HWC_SQ_HIGH_SHIFT 12
#define GDMA_SMC_ESTABLISH_HWC_SQ_HIGH_MASK 0xf000
_Static_assert(sizeof(struct gdma_wire_smc_establish_hwc) == 32, "smc_establish_hwc size");
_Static_assert(offsetof(struct gdma_wire_smc_establish_hwc, eq_pfn) == 0, "smc_establish_hwc.eq_pfn");
_Static_assert(offsetof(struct gdma_wire_smc_establish_hwc, cq_pfn) == 6, "smc_establish_hwc.cq_pfn");
_Static_assert(offsetof(struct gdma_wire_smc_establish_hwc, rq_pfn) == 12, "smc_establish_hwc.rq_pfn");
_Static_assert(offsetof(struct gdma_wire_smc_establish_hwc, sq_pfn) == 18, "smc_establish_hwc.sq_pfn");
_Static_assert(offsetof(struct gdma_wire_smc_establish_hwc, pfn_high) == 24, "smc_establish_hwc.pfn_high");
_Static_assert(offsetof(struct gdma_wire_smc_establish_hwc, msix) == 26, "smc_establish_hwc.msix");
_Static_assert(offsetof(struct gdma_wire_smc_establish_hwc, hdr) == 28, "smc_establish_hwc.hdr");

/* any SMC message: 28 bytes of payload then the header */
struct gdma_wire_smc_aperture {
	uint32_t data[7];	/* @0 */
	struct gdma_wire_smc_hdr hdr;	/* @28 */
} __attribute__((packed));
#define GDMA_SMC_APERTURE_SIZE 32
_Static_assert(sizeof(struct gdma_wire_smc_aperture) == 32, "smc_aperture size");
_Static_assert(offsetof(struct gdma_wire_smc_aperture, data) == 0, "smc_aperture.data");
_Static_assert(offsetof(struct gdma_wire_smc_aperture, hdr) == 28, "smc_aperture.hdr");

/* SQ and RQ doorbell (union gdma_doorbell_entry sq/rq): tail in bytes (head in BUs x 32) */
struct gdma_wire_doorbell_wq {
	uint64_t value;	/* @0 */
} __attribute__((packed));
#define GDMA_DOORBELL_WQ_SIZE 8
#define GDMA_DOORBELL_WQ_WQ_ID_SHIFT 0
#define GDMA_DOORBELL_WQ_WQ_ID_MASK 0xffffff
#define GDMA_DOORBELL_WQ_WQE_CNT_SHIFT 24
#define GDMA_DOORBELL_WQ_WQE_CNT_MASK 0xff000000U
#define GDMA_DOORBELL_WQ_WQ_TAIL_SHIFT 32
#define GDMA_DOORBELL_WQ_WQ_TAIL_MASK UINT64_C(0xffffffff00000000)
_Static_assert(sizeof(struct gdma_wire_doorbell_wq) == 8, "doorbell_wq size");
_Static_assert(offsetof(struct gdma_wire_doorbell_wq, value) == 0, "doorbell_wq.value");

/* CQ doorbell: tail = CQEs consumed mod (entries << 3); arm asks for an EQE on the next CQE */
struct gdma_wire_doorbell_cq {
	uint64_t value;	/* @0 */
} __attribute__((packed));
#define GDMA_DOORBELL_CQ_SIZE 8
#define GDMA_DOORBELL_CQ_CQ_ID_SHIFT 0
#define GDMA_DOORBELL_CQ_CQ_ID_MASK 0xffffff
#define GDMA_DOORBELL_CQ_CQ_TAIL_SHIFT 32
#define GDMA_DOORBELL_CQ_CQ_TAIL_MASK UINT64_C(0x7fffffff00000000)
#define GDMA_DOORBELL_CQ_CQ_ARM_SHIFT 63
#define GDMA_DOORBELL_CQ_CQ_ARM_MASK UINT64_C(0x8000000000000000)
_Static_assert(sizeof(struct gdma_wire_doorbell_cq) == 8, "doorbell_cq size");
_Static_assert(offsetof(struct gdma_wire_doorbell_cq, value) == 0, "doorbell_cq.value");

/* EQ doorbell: tail = EQEs consumed mod (entries << 3); arm asks for an interrupt */
struct gdma_wire_doorbell_eq {
	uint64_t value;	/* @0 */
} __attribute__((packed));
#define GDMA_DOORBELL_EQ_SIZE 8
#define GDMA_DOORBELL_EQ_EQ_ID_SHIFT 0
#define GDMA_DOORBELL_EQ_EQ_ID_MASK 0xffff
#define GDMA_DOORBELL_EQ_EQ_TAIL_SHIFT 32
#define GDMA_DOORBELL_EQ_EQ_TAIL_MASK UINT64_C(0x7fffffff00000000)
#define GDMA_DOORBELL_EQ_EQ_ARM_SHIFT 63
#define GDMA_DOORBELL_EQ_EQ_ARM_MASK UINT64_C(0x8000000000000000)
_Static_assert(sizeof(struct gdma_wire_doorbell_eq) == 8, "doorbell_eq size");
_Static_assert(offsetof(struct gdma_wire_doorbell_eq, value) == 0, "doorbell_eq.value");

/* struct gdma_wqe, the first 8 bytes of every WQE. The inline OOB follows (RQ: 8 bytes; SQ: 8 or 24), then num_sge SGEs; the whole WQE is rounded up to 32 bytes and may wrap around the end of the queue. OpenVMM also accepts an OOB of 32 bytes (size code 7) and puts the SGL at the next 16-byte boundary. */
struct gdma_wire_wqe_header {
	uint32_t w0;	/* @0 */
	uint32_t params;	/* @4 */
} __attribute__((packed));
#define GDMA_WQE_HEADER_SIZE 8
#define GDMA_WQE_HEADER_LAST_VBYTES_SHIFT 24
#define GDMA_WQE_HEADER_LAST_VBYTES_MASK 0xff000000U
#define GDMA_WQE_HEADER_NUM_SGE_SHIFT 0
#define GDMA_WQE_HEADER_NUM_SGE_MASK 255
#define GDMA_WQE_HEADER_INLINE_OOB_SIZE_DIV4_SHIFT 8
#define GDMA_WQE_HEADER_INLINE_OOB_SIZE_DIV4_MASK 0x700
#define GDMA_WQE_HEADER_CLIENT_OOB_IN_SGL_SHIFT 11
#define GDMA_WQE_HEADER_CLIENT_OOB_IN_SGL_MASK 0x800
#define GDMA_WQE_HEADER_CLIENT_DATA_UNIT_SHIFT 16
#define GDMA_WQE_HEADER_CLIENT_DATA_UNIT_MASK 0x3fff0000
#define GDMA_WQE_HEADER_SGL_DIRECT_SHIFT 31
#define GDMA_WQE_HEADER_SGL_DIRECT_MASK 0x80000000U
_Static_assert(sizeof(struct gdma_wire_wqe_header) == 8, "wqe_header size");
_Static_assert(offsetof(struct gdma_wire_wqe_header, w0) == 0, "wqe_header.w0");
_Static_assert(offsetof(struct gdma_wire_wqe_header, params) == 4, "wqe_header.params");

/* struct gdma_sge */
struct gdma_wire_sge {
	uint64_t address;	/* @0 */
	uint32_t mem_key;	/* @8 the gpa_mkey REGISTER_DEVICE returned */
	uint32_t size;	/* @12 */
} __attribute__((packed));
#define GDMA_SGE_SIZE 16
_Static_assert(sizeof(struct gdma_wire_sge) == 16, "sge size");
_Static_assert(offsetof(struct gdma_wire_sge, address) == 0, "sge.address");
_Static_assert(offsetof(struct gdma_wire_sge, mem_key) == 8, "sge.mem_key");
_Static_assert(offsetof(struct gdma_wire_sge, size) == 12, "sge.size");

/* struct gdma_cqe: 60 bytes for the client (a hwc_rx_oob, a MANA rx/tx completion OOB), then the info word */
struct gdma_wire_cqe {
	uint8_t data[60];	/* @0 */
	uint32_t info;	/* @60 */
} __attribute__((packed));
#define GDMA_CQE_SIZE 64
#define GDMA_CQE_WQ_NUM_SHIFT 0
#define GDMA_CQE_WQ_NUM_MASK 0xffffff
#define GDMA_CQE_IS_SQ_SHIFT 24
#define GDMA_CQE_IS_SQ_MASK 0x1000000
#define GDMA_CQE_CQE_OWNER_SHIFT 29
#define GDMA_CQE_CQE_OWNER_MASK 0xe0000000U
_Static_assert(sizeof(struct gdma_wire_cqe) == 64, "cqe size");
_Static_assert(offsetof(struct gdma_wire_cqe, data) == 0, "cqe.data");
_Static_assert(offsetof(struct gdma_wire_cqe, info) == 60, "cqe.info");

/* struct gdma_eqe: 12 bytes of details, then the info word */
struct gdma_wire_eqe {
	uint32_t details[3];	/* @0 */
	uint32_t info;	/* @12 */
} __attribute__((packed));
#define GDMA_EQE_SIZE 16
#define GDMA_EQE_EQE_TYPE_SHIFT 0
#define GDMA_EQE_EQE_TYPE_MASK 255
#define GDMA_EQE_CLIENT_ID_SHIFT 16
#define GDMA_EQE_CLIENT_ID_MASK 0x30000
#define GDMA_EQE_EQE_OWNER_SHIFT 29
#define GDMA_EQE_EQE_OWNER_MASK 0xe0000000U
_Static_assert(sizeof(struct gdma_wire_eqe) == 16, "eqe size");
_Static_assert(offsetof(struct gdma_wire_eqe, details) == 0, "eqe.details");
_Static_assert(offsetof(struct gdma_wire_eqe, info) == 12, "eqe.info");

/* details of HWC_INIT_EQ_ID_DB (union hwc_init_eq_id_db) */
struct gdma_wire_event_eq_id_db {
	uint16_t eq_id;	/* @0 */
	uint16_t doorbell;	/* @2 */
	uint32_t reserved[2];	/* @4 */
} __attribute__((packed));
#define GDMA_EVENT_EQ_ID_DB_SIZE 12
_Static_assert(sizeof(struct gdma_wire_event_eq_id_db) == 12, "event_eq_id_db size");
_Static_assert(offsetof(struct gdma_wire_event_eq_id_db, eq_id) == 0, "event_eq_id_db.eq_id");
_Static_assert(offsetof(struct gdma_wire_event_eq_id_db, doorbell) == 2, "event_eq_id_db.doorbell");
_Static_assert(offsetof(struct gdma_wire_event_eq_id_db, reserved) == 4, "event_eq_id_db.reserved");

/* details of HWC_INIT_DATA and HWC_SOC_RECONFIG_DATA (union hwc_init_type_data) */
struct gdma_wire_event_type_data {
	uint32_t w0;	/* @0 */
	uint32_t reserved[2];	/* @4 */
} __attribute__((packed));
#define GDMA_EVENT_TYPE_DATA_SIZE 12
#define GDMA_EVENT_TYPE_DATA_DATA_VALUE_SHIFT 0
#define GDMA_EVENT_TYPE_DATA_DATA_VALUE_MASK 0xffffff
#define GDMA_EVENT_TYPE_DATA_DATA_TYPE_SHIFT 24
#define GDMA_EVENT_TYPE_DATA_DATA_TYPE_MASK 0xff000000U
_Static_assert(sizeof(struct gdma_wire_event_type_data) == 12, "event_type_data size");
_Static_assert(offsetof(struct gdma_wire_event_type_data, w0) == 0, "event_type_data.w0");
_Static_assert(offsetof(struct gdma_wire_event_type_data, reserved) == 4, "event_type_data.reserved");

/* details of COMPLETION: the CQ with new entries */
struct gdma_wire_event_completion {
	uint32_t w0;	/* @0 */
	uint32_t reserved[2];	/* @4 */
} __attribute__((packed));
#define GDMA_EVENT_COMPLETION_SIZE 12
#define GDMA_EVENT_COMPLETION_EVENT_CQ_ID_SHIFT 0
#define GDMA_EVENT_COMPLETION_EVENT_CQ_ID_MASK 0xffffff
_Static_assert(sizeof(struct gdma_wire_event_completion) == 12, "event_completion size");
_Static_assert(offsetof(struct gdma_wire_event_completion, w0) == 0, "event_completion.w0");
_Static_assert(offsetof(struct gdma_wire_event_completion, reserved) == 4, "event_completion.reserved");

/* struct hwc_tx_oob: the inline OOB of an HWC SQ WQE (the request is SGE0) */
struct gdma_wire_hwc_tx_oob {
	uint32_t reserved1;	/* @0 */
	uint32_t reserved2;	/* @4 */
	uint32_t w2;	/* @8 */
	uint32_t w3;	/* @12 */
	uint32_t w4;	/* @16 */
	uint32_t w5;	/* @20 */
} __attribute__((packed));
#define GDMA_HWC_TX_OOB_SIZE 24
#define GDMA_HWC_TX_OOB_VRQ_ID_SHIFT 0
#define GDMA_HWC_TX_OOB_VRQ_ID_MASK 0xffffff
#define GDMA_HWC_TX_OOB_DEST_VFID_SHIFT 24
#define GDMA_HWC_TX_OOB_DEST_VFID_MASK 0xff000000U
#define GDMA_HWC_TX_OOB_VRCQ_ID_SHIFT 0
#define GDMA_HWC_TX_OOB_VRCQ_ID_MASK 0xffffff
#define GDMA_HWC_TX_OOB_VSCQ_ID_SHIFT 0
#define GDMA_HWC_TX_OOB_VSCQ_ID_MASK 0xffffff
#define GDMA_HWC_TX_OOB_LOOPBACK_SHIFT 24
#define GDMA_HWC_TX_OOB_LOOPBACK_MASK 0x1000000
#define GDMA_HWC_TX_OOB_LSO_OVERRIDE_SHIFT 25
#define GDMA_HWC_TX_OOB_LSO_OVERRIDE_MASK 0x2000000
#define GDMA_HWC_TX_OOB_DEST_PF_SHIFT 26
#define GDMA_HWC_TX_OOB_DEST_PF_MASK 0x4000000
#define GDMA_HWC_TX_OOB_VSQ_ID_SHIFT 0
#define GDMA_HWC_TX_OOB_VSQ_ID_MASK 0xffffff
_Static_assert(sizeof(struct gdma_wire_hwc_tx_oob) == 24, "hwc_tx_oob size");
_Static_assert(offsetof(struct gdma_wire_hwc_tx_oob, reserved1) == 0, "hwc_tx_oob.reserved1");
_Static_assert(offsetof(struct gdma_wire_hwc_tx_oob, reserved2) == 4, "hwc_tx_oob.reserved2");
_Static_assert(offsetof(struct gdma_wire_hwc_tx_oob, w2) == 8, "hwc_tx_oob.w2");
_Static_assert(offsetof(struct gdma_wire_hwc_tx_oob, w3) == 12, "hwc_tx_oob.w3");
_Static_assert(offsetof(struct gdma_wire_hwc_tx_oob, w4) == 16, "hwc_tx_oob.w4");
_Static_assert(offsetof(struct gdma_wire_hwc_tx_oob, w5) == 20, "hwc_tx_oob.w5");

/* struct hwc_rx_oob: the first 32 bytes of an HWC CQE's data. For the RQ: where the response went (wqe_offset: byte offset of the RQ WQE whose buffer holds it; Linux masks it by the queue size) and its length. */
struct gdma_wire_hwc_rx_oob {
	uint32_t w0;	/* @0 */
	uint32_t w1;	/* @4 */
	uint32_t reserved2;	/* @8 */
	uint32_t wqe_offset;	/* @12 */
	uint32_t wqe_addr_high;	/* @16 */
	uint32_t w5;	/* @20 */
	uint32_t tx_oob_data_size;	/* @24 the response length */
	uint32_t w7;	/* @28 */
} __attribute__((packed));
#define GDMA_HWC_RX_OOB_SIZE 32
#define GDMA_HWC_RX_OOB_OOB_TYPE_SHIFT 0
#define GDMA_HWC_RX_OOB_OOB_TYPE_MASK 63
#define GDMA_HWC_RX_OOB_EOM_SHIFT 6
#define GDMA_HWC_RX_OOB_EOM_MASK 64
#define GDMA_HWC_RX_OOB_SOM_SHIFT 7
#define GDMA_HWC_RX_OOB_SOM_MASK 128
#define GDMA_HWC_RX_OOB_VENDOR_ERR_SHIFT 8
#define GDMA_HWC_RX_OOB_VENDOR_ERR_MASK 0xff00
#define GDMA_HWC_RX_OOB_SRC_VIRT_WQ_SHIFT 0
#define GDMA_HWC_RX_OOB_SRC_VIRT_WQ_MASK 0xffffff
#define GDMA_HWC_RX_OOB_SRC_VFID_SHIFT 24
#define GDMA_HWC_RX_OOB_SRC_VFID_MASK 0xff000000U
#define GDMA_HWC_RX_OOB_CLIENT_DATA_UNIT_SHIFT 0
#define GDMA_HWC_RX_OOB_CLIENT_DATA_UNIT_MASK 0x3fff
#define GDMA_HWC_RX_OOB_CHUNK_OFFSET_SHIFT 0
#define GDMA_HWC_RX_OOB_CHUNK_OFFSET_MASK 0x1fffff
_Static_assert(sizeof(struct gdma_wire_hwc_rx_oob) == 32, "hwc_rx_oob size");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, w0) == 0, "hwc_rx_oob.w0");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, w1) == 4, "hwc_rx_oob.w1");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, reserved2) == 8, "hwc_rx_oob.reserved2");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, wqe_offset) == 12, "hwc_rx_oob.wqe_offset");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, wqe_addr_high) == 16, "hwc_rx_oob.wqe_addr_high");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, w5) == 20, "hwc_rx_oob.w5");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, tx_oob_data_size) == 24, "hwc_rx_oob.tx_oob_data_size");
_Static_assert(offsetof(struct gdma_wire_hwc_rx_oob, w7) == 28, "hwc_rx_oob.w7");

/* an SMC exchange: the aperture as written (to_host) or as answered (to_guest) */
struct gdma_wire_trace_smc {
	uint8_t kind;	/* @0 */
	uint8_t pad0[3];	/* @1 */
	uint32_t bar_offset;	/* @4 where the aperture sits in BAR0 */
	struct gdma_wire_smc_aperture smc;	/* @8 */
} __attribute__((packed));
#define GDMA_TRACE_SMC_SIZE 40
_Static_assert(sizeof(struct gdma_wire_trace_smc) == 40, "trace_smc size");
_Static_assert(offsetof(struct gdma_wire_trace_smc, kind) == 0, "trace_smc.kind");
_Static_assert(offsetof(struct gdma_wire_trace_smc, pad0) == 1, "trace_smc.pad0");
_Static_assert(offsetof(struct gdma_wire_trace_smc, bar_offset) == 4, "trace_smc.bar_offset");
_Static_assert(offsetof(struct gdma_wire_trace_smc, smc) == 8, "trace_smc.smc");

/* a WQE as the device read it: header, then its inline OOB and SGEs */
struct gdma_wire_trace_wqe {
	uint8_t kind;	/* @0 */
	uint8_t queue_type;	/* @1 a queue_type */
	uint16_t pad1;	/* @2 */
	uint32_t queue_id;	/* @4 */
	uint32_t wqe_offset;	/* @8 byte offset in the queue */
	uint32_t wqe_len;	/* @12 bytes, a multiple of 32 */
	struct gdma_wire_wqe_header header;	/* @16 */
} __attribute__((packed));
#define GDMA_TRACE_WQE_SIZE 24
_Static_assert(sizeof(struct gdma_wire_trace_wqe) == 24, "trace_wqe size");
_Static_assert(offsetof(struct gdma_wire_trace_wqe, kind) == 0, "trace_wqe.kind");
_Static_assert(offsetof(struct gdma_wire_trace_wqe, queue_type) == 1, "trace_wqe.queue_type");
_Static_assert(offsetof(struct gdma_wire_trace_wqe, pad1) == 2, "trace_wqe.pad1");
_Static_assert(offsetof(struct gdma_wire_trace_wqe, queue_id) == 4, "trace_wqe.queue_id");
_Static_assert(offsetof(struct gdma_wire_trace_wqe, wqe_offset) == 8, "trace_wqe.wqe_offset");
_Static_assert(offsetof(struct gdma_wire_trace_wqe, wqe_len) == 12, "trace_wqe.wqe_len");
_Static_assert(offsetof(struct gdma_wire_trace_wqe, header) == 16, "trace_wqe.header");

struct gdma_wire_trace_cqe {
	uint8_t kind;	/* @0 */
	uint8_t pad2[3];	/* @1 */
	uint32_t queue_id;	/* @4 */
	uint32_t index;	/* @8 slot in the queue */
	uint32_t pad3;	/* @12 */
	struct gdma_wire_cqe entry;	/* @16 */
} __attribute__((packed));
#define GDMA_TRACE_CQE_SIZE 80
_Static_assert(sizeof(struct gdma_wire_trace_cqe) == 80, "trace_cqe size");
_Static_assert(offsetof(struct gdma_wire_trace_cqe, kind) == 0, "trace_cqe.kind");
_Static_assert(offsetof(struct gdma_wire_trace_cqe, pad2) == 1, "trace_cqe.pad2");
_Static_assert(offsetof(struct gdma_wire_trace_cqe, queue_id) == 4, "trace_cqe.queue_id");
_Static_assert(offsetof(struct gdma_wire_trace_cqe, index) == 8, "trace_cqe.index");
_Static_assert(offsetof(struct gdma_wire_trace_cqe, pad3) == 12, "trace_cqe.pad3");
_Static_assert(offsetof(struct gdma_wire_trace_cqe, entry) == 16, "trace_cqe.entry");

struct gdma_wire_trace_eqe {
	uint8_t kind;	/* @0 */
	uint8_t pad4[3];	/* @1 */
	uint32_t queue_id;	/* @4 */
	uint32_t index;	/* @8 */
	uint32_t pad5;	/* @12 */
	struct gdma_wire_eqe entry;	/* @16 */
} __attribute__((packed));
#define GDMA_TRACE_EQE_SIZE 32
_Static_assert(sizeof(struct gdma_wire_trace_eqe) == 32, "trace_eqe size");
_Static_assert(offsetof(struct gdma_wire_trace_eqe, kind) == 0, "trace_eqe.kind");
_Static_assert(offsetof(struct gdma_wire_trace_eqe, pad4) == 1, "trace_eqe.pad4");
_Static_assert(offsetof(struct gdma_wire_trace_eqe, queue_id) == 4, "trace_eqe.queue_id");
_Static_assert(offsetof(struct gdma_wire_trace_eqe, index) == 8, "trace_eqe.index");
_Static_assert(offsetof(struct gdma_wire_trace_eqe, pad5) == 12, "trace_eqe.pad5");
_Static_assert(offsetof(struct gdma_wire_trace_eqe, entry) == 16, "trace_eqe.entry");

struct gdma_wire_trace_doorbell {
	uint8_t kind;	/* @0 */
	uint8_t queue_type;	/* @1 from the offset: SQ, RQ, CQ or EQ (0: unknown offset) */
	uint16_t pad6;	/* @2 */
	uint32_t page;	/* @4 doorbell page index */
	uint32_t page_offset;	/* @8 */
	uint32_t pad7;	/* @12 */
	uint64_t value;	/* @16 decode with doorbell_wq/_cq/_eq by queue_type */
} __attribute__((packed));
#define GDMA_TRACE_DOORBELL_SIZE 24
_Static_assert(sizeof(struct gdma_wire_trace_doorbell) == 24, "trace_doorbell size");
_Static_assert(offsetof(struct gdma_wire_trace_doorbell, kind) == 0, "trace_doorbell.kind");
_Static_assert(offsetof(struct gdma_wire_trace_doorbell, queue_type) == 1, "trace_doorbell.queue_type");
_Static_assert(offsetof(struct gdma_wire_trace_doorbell, pad6) == 2, "trace_doorbell.pad6");
_Static_assert(offsetof(struct gdma_wire_trace_doorbell, page) == 4, "trace_doorbell.page");
_Static_assert(offsetof(struct gdma_wire_trace_doorbell, page_offset) == 8, "trace_doorbell.page_offset");
_Static_assert(offsetof(struct gdma_wire_trace_doorbell, pad7) == 12, "trace_doorbell.pad7");
_Static_assert(offsetof(struct gdma_wire_trace_doorbell, value) == 16, "trace_doorbell.value");

#endif /* PV_GENERATED_GDMA_WIRE_H */
