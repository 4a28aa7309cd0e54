/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_MANA_WIRE_H
#define PV_GENERATED_MANA_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* MANA hardware-channel messages */

#define MANA_HDR_TYPE_STANDARD 0	/* GDMA_STANDARD_HEADER_TYPE */
#define MANA_MESSAGE_V1 1
#define MANA_MESSAGE_V2 2
#define MANA_MESSAGE_V3 3
#define MANA_PROTOCOL_V1 1	/* GDMA_PROTOCOL_V1, the only GDMA protocol version */
#define MANA_OS_TYPE_LINUX 16
#define MANA_OS_TYPE_WINDOWS 32
#define MANA_OS_TYPE_OTHER 48
#define MANA_OS_TYPE_OHCL 96	/* OpenVMM's OpenHCL driver */
#define MANA_STATUS_OK 0
#define MANA_STATUS_MORE_ENTRIES 0x105	/* GDMA_STATUS_MORE_ENTRIES: not an error */
#define MANA_STATUS_CMD_UNSUPPORTED 0xffffffffU	/* later Linux maps it to -EOPNOTSUPP */
#define MANA_DEV_LIST_SIZE 64
#define MANA_MAJOR_VERSION 0	/* MANA protocol version the driver offers (QUERY_DEV_CONFIG) */
#define MANA_MINOR_VERSION 1
#define MANA_MICRO_VERSION 1
#define MANA_INDIRECT_TABLE_SIZE 64	/* MANA_INDIRECT_TABLE_SIZE (6.1); later a vport reports it */
#define MANA_HASH_KEY_SIZE 40
#define MANA_MAX_NUM_QUEUES 64
#define MANA_INVALID_HANDLE UINT64_C(0xffffffffffffffff)
#define MANA_TRISTATE_UNKNOWN 0xffffffffU	/* enum TRI_STATE -1 */
#define MANA_SHORT_VPORT_OFFSET_MAX 255
#define MANA_MAX_TX_SGES 30	/* (MAX_SQE_SIZE - SGE - short OOB) / SGE */
#define MANA_MAX_RX_SGES 15
#define MANA_RX_BUFFERS_PER_QUEUE 0x200	/* Linux 6.1 RX_BUFFERS_PER_QUEUE */
#define MANA_MAX_SEND_BUFFERS_PER_QUEUE 0x100

/* enum gdma_request_type and enum mana_command_code */
enum mana_code {
	MANA_CODE_VERIFY_VF_DRIVER_VERSION = 1,
	MANA_CODE_QUERY_MAX_RESOURCES = 2,
	MANA_CODE_LIST_DEVICES = 3,
	MANA_CODE_REGISTER_DEVICE = 4,
	MANA_CODE_DEREGISTER_DEVICE = 5,
	MANA_CODE_GENERATE_TEST_EQE = 10,
	MANA_CODE_GENERATE_RESET_REQUEST_EQE = 11,
	MANA_CODE_CREATE_QUEUE = 12,
	MANA_CODE_DISABLE_QUEUE = 13,
	MANA_CODE_ALLOCATE_RESOURCE_RANGE = 22,
	MANA_CODE_DESTROY_RESOURCE_RANGE = 24,
	MANA_CODE_CREATE_DMA_REGION = 25,
	MANA_CODE_DMA_REGION_ADD_PAGES = 26,
	MANA_CODE_DESTROY_DMA_REGION = 27,
	MANA_CODE_CREATE_PD = 29,
	MANA_CODE_DESTROY_PD = 30,
	MANA_CODE_CREATE_MR = 31,
	MANA_CODE_DESTROY_MR = 32,
	MANA_CODE_CHANGE_MSIX_FOR_EQ = 81,
	MANA_CODE_QUERY_HWC_TIMEOUT = 84,
	MANA_CODE_QUERY_DEV_CONFIG = 0x20001,
	MANA_CODE_QUERY_GF_STAT = 0x20002,
	MANA_CODE_CONFIG_VPORT_TX = 0x20003,
	MANA_CODE_CREATE_WQ_OBJ = 0x20004,
	MANA_CODE_DESTROY_WQ_OBJ = 0x20005,
	MANA_CODE_FENCE_RQ = 0x20006,
	MANA_CODE_CONFIG_VPORT_RX = 0x20007,
	MANA_CODE_QUERY_VPORT_CONFIG = 0x20008,
	MANA_CODE_REGISTER_FILTER = 0x28000,
	MANA_CODE_DEREGISTER_FILTER = 0x28001,
	MANA_CODE_REGISTER_HW_PORT = 0x28003,
	MANA_CODE_DEREGISTER_HW_PORT = 0x28004,
};

enum mana_dev_type {
	MANA_DEV_TYPE_NONE = 0,
	MANA_DEV_TYPE_HWC = 1,
	MANA_DEV_TYPE_MANA = 2,
	MANA_DEV_TYPE_MANA_IB = 3,
};

/* the queue types CREATE_WQ_OBJ/DESTROY_WQ_OBJ take (gdma_queue_type SQ/RQ) */
enum mana_wq_type {
	MANA_WQ_TYPE_SQ = 1,
	MANA_WQ_TYPE_RQ = 2,
};

/* enum mana_cqe_type (6 bits of the completion OOB) */
enum mana_cqe_type {
	MANA_CQE_TYPE_INVALID = 0,
	MANA_CQE_TYPE_RX_OKAY = 1,
	MANA_CQE_TYPE_RX_COALESCED_4 = 2,
	MANA_CQE_TYPE_RX_OBJECT_FENCE = 3,
	MANA_CQE_TYPE_RX_TRUNCATED = 4,
	MANA_CQE_TYPE_TX_OKAY = 32,
	MANA_CQE_TYPE_TX_SA_DROP = 33,
	MANA_CQE_TYPE_TX_MTU_DROP = 34,
	MANA_CQE_TYPE_TX_INVALID_OOB = 35,
	MANA_CQE_TYPE_TX_INVALID_ETH_TYPE = 36,
	MANA_CQE_TYPE_TX_HDR_PROCESSING_ERROR = 37,
	MANA_CQE_TYPE_TX_VF_DISABLED = 38,
	MANA_CQE_TYPE_TX_VPORT_IDX_OUT_OF_RANGE = 39,
	MANA_CQE_TYPE_TX_VPORT_DISABLED = 40,
	MANA_CQE_TYPE_TX_VLAN_TAGGING_VIOLATION = 41,
	MANA_CQE_TYPE_TX_GDMA_ERR = 42,
};

enum mana_pkt_fmt {
	MANA_PKT_FMT_SHORT = 0,
	MANA_PKT_FMT_LONG = 1,
};

/* NDIS hash types of an RX completion (rx_hashtype, 9 bits) */
#define MANA_HASH_TYPE_IPV4 1
#define MANA_HASH_TYPE_TCP_IPV4 2
#define MANA_HASH_TYPE_UDP_IPV4 4
#define MANA_HASH_TYPE_IPV6 8
#define MANA_HASH_TYPE_TCP_IPV6 16
#define MANA_HASH_TYPE_UDP_IPV6 32
#define MANA_HASH_TYPE_IPV6_EX 64
#define MANA_HASH_TYPE_TCP_IPV6_EX 128
#define MANA_HASH_TYPE_UDP_IPV6_EX 0x100
#define MANA_HASH_TYPE_MASK 0x1ff

/* struct gdma_msg_hdr */
struct mana_wire_msg_hdr {
	uint32_t hdr_type;	/* @0 */
	uint32_t msg_type;	/* @4 */
	uint16_t msg_version;	/* @8 */
	uint16_t hwc_msg_id;	/* @10 echoed by the device; Linux picks 0..depth-1 */
	uint32_t msg_size;	/* @12 */
} __attribute__((packed));
#define MANA_MSG_HDR_SIZE 16
_Static_assert(sizeof(struct mana_wire_msg_hdr) == 16, "msg_hdr size");
_Static_assert(offsetof(struct mana_wire_msg_hdr, hdr_type) == 0, "msg_hdr.hdr_type");
_Static_assert(offsetof(struct mana_wire_msg_hdr, msg_type) == 4, "msg_hdr.msg_type");
_Static_assert(offsetof(struct mana_wire_msg_hdr, msg_version) == 8, "msg_hdr.msg_version");
_Static_assert(offsetof(struct mana_wire_msg_hdr, hwc_msg_id) == 10, "msg_hdr.hwc_msg_id");
_Static_assert(offsetof(struct mana_wire_msg_hdr, msg_size) == 12, "msg_hdr.msg_size");

/* struct gdma_dev_id; all zeros marks an empty LIST_DEVICES slot */
struct mana_wire_dev_id {
	uint16_t type;	/* @0 */
	uint16_t instance;	/* @2 */
} __attribute__((packed));
#define MANA_DEV_ID_SIZE 4
_Static_assert(sizeof(struct mana_wire_dev_id) == 4, "dev_id size");
_Static_assert(offsetof(struct mana_wire_dev_id, type) == 0, "dev_id.type");
_Static_assert(offsetof(struct mana_wire_dev_id, instance) == 2, "dev_id.instance");

/* struct gdma_req_hdr */
struct mana_wire_req_hdr {
	struct mana_wire_msg_hdr req;	/* @0 */
	struct mana_wire_msg_hdr resp;	/* @16 the response the driver expects (type, version, size) */
	struct mana_wire_dev_id dev_id;	/* @32 */
	uint32_t activity_id;	/* @36 */
} __attribute__((packed));
#define MANA_REQ_HDR_SIZE 40
_Static_assert(sizeof(struct mana_wire_req_hdr) == 40, "req_hdr size");
_Static_assert(offsetof(struct mana_wire_req_hdr, req) == 0, "req_hdr.req");
_Static_assert(offsetof(struct mana_wire_req_hdr, resp) == 16, "req_hdr.resp");
_Static_assert(offsetof(struct mana_wire_req_hdr, dev_id) == 32, "req_hdr.dev_id");
_Static_assert(offsetof(struct mana_wire_req_hdr, activity_id) == 36, "req_hdr.activity_id");

/* struct gdma_resp_hdr */
struct mana_wire_resp_hdr {
	struct mana_wire_msg_hdr response;	/* @0 */
	struct mana_wire_dev_id dev_id;	/* @16 */
	uint32_t activity_id;	/* @20 */
	uint32_t status;	/* @24 */
	uint32_t reserved;	/* @28 */
} __attribute__((packed));
#define MANA_RESP_HDR_SIZE 32
_Static_assert(sizeof(struct mana_wire_resp_hdr) == 32, "resp_hdr size");
_Static_assert(offsetof(struct mana_wire_resp_hdr, response) == 0, "resp_hdr.response");
_Static_assert(offsetof(struct mana_wire_resp_hdr, dev_id) == 16, "resp_hdr.dev_id");
_Static_assert(offsetof(struct mana_wire_resp_hdr, activity_id) == 20, "resp_hdr.activity_id");
_Static_assert(offsetof(struct mana_wire_resp_hdr, status) == 24, "resp_hdr.status");
_Static_assert(offsetof(struct mana_wire_resp_hdr, reserved) == 28, "resp_hdr.reserved");

/* a request with no body (QUERY_MAX_RESOURCES, LIST_DEVICES, REGISTER/DEREGISTER_DEVICE) */
struct mana_wire_general_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
} __attribute__((packed));
#define MANA_GENERAL_REQ_SIZE 40
_Static_assert(sizeof(struct mana_wire_general_req) == 40, "general_req size");
_Static_assert(offsetof(struct mana_wire_general_req, hdr) == 0, "general_req.hdr");

/* a response with no body */
struct mana_wire_general_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
} __attribute__((packed));
#define MANA_GENERAL_RESP_SIZE 32
_Static_assert(sizeof(struct mana_wire_general_resp) == 32, "general_resp size");
_Static_assert(offsetof(struct mana_wire_general_resp, hdr) == 0, "general_resp.hdr");

/* GDMA_VERIFY_VF_DRIVER_VERSION */
struct mana_wire_verify_ver_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t protocol_ver_min;	/* @40 */
	uint64_t protocol_ver_max;	/* @48 */
	uint64_t drv_cap_flags1;	/* @56 Linux: EQ_SHARING_MULTI_VPORT 0x1, NAPI_WKDONE_FIX 0x4, HWC_TIMEOUT_RECONFIG 0x8 */
	uint64_t drv_cap_flags2;	/* @64 */
	uint64_t drv_cap_flags3;	/* @72 */
	uint64_t drv_cap_flags4;	/* @80 */
	uint64_t drv_ver;	/* @88 */
	uint32_t os_type;	/* @96 */
	uint32_t reserved;	/* @100 */
	uint32_t os_ver_major;	/* @104 */
	uint32_t os_ver_minor;	/* @108 */
	uint32_t os_ver_build;	/* @112 */
	uint32_t os_ver_platform;	/* @116 */
	uint64_t reserved_2;	/* @120 */
	uint8_t os_ver_str1[128];	/* @128 Linux: uname sysname */
	uint8_t os_ver_str2[128];	/* @256 release */
	uint8_t os_ver_str3[128];	/* @384 version */
	uint8_t os_ver_str4[128];	/* @512 */
} __attribute__((packed));
#define MANA_VERIFY_VER_REQ_SIZE 640
_Static_assert(sizeof(struct mana_wire_verify_ver_req) == 640, "verify_ver_req size");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, hdr) == 0, "verify_ver_req.hdr");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, protocol_ver_min) == 40, "verify_ver_req.protocol_ver_min");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, protocol_ver_max) == 48, "verify_ver_req.protocol_ver_max");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, drv_cap_flags1) == 56, "verify_ver_req.drv_cap_flags1");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, drv_cap_flags2) == 64, "verify_ver_req.drv_cap_flags2");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, drv_cap_flags3) == 72, "verify_ver_req.drv_cap_flags3");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, drv_cap_flags4) == 80, "verify_ver_req.drv_cap_flags4");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, drv_ver) == 88, "verify_ver_req.drv_ver");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_type) == 96, "verify_ver_req.os_type");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, reserved) == 100, "verify_ver_req.reserved");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_major) == 104, "verify_ver_req.os_ver_major");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_minor) == 108, "verify_ver_req.os_ver_minor");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_build) == 112, "verify_ver_req.os_ver_build");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_platform) == 116, "verify_ver_req.os_ver_platform");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, reserved_2) == 120, "verify_ver_req.reserved_2");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_str1) == 128, "verify_ver_req.os_ver_str1");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_str2) == 256, "verify_ver_req.os_ver_str2");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_str3) == 384, "verify_ver_req.os_ver_str3");
_Static_assert(offsetof(struct mana_wire_verify_ver_req, os_ver_str4) == 512, "verify_ver_req.os_ver_str4");

struct mana_wire_verify_ver_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint64_t gdma_protocol_ver;	/* @32 must lie in the request's [min, max] */
	uint64_t pf_cap_flags1;	/* @40 HWC_TIMEOUT_RECONFIG 0x8: the driver may ask QUERY_HWC_TIMEOUT */
	uint64_t pf_cap_flags2;	/* @48 */
	uint64_t pf_cap_flags3;	/* @56 */
	uint64_t pf_cap_flags4;	/* @64 */
} __attribute__((packed));
#define MANA_VERIFY_VER_RESP_SIZE 72
_Static_assert(sizeof(struct mana_wire_verify_ver_resp) == 72, "verify_ver_resp size");
_Static_assert(offsetof(struct mana_wire_verify_ver_resp, hdr) == 0, "verify_ver_resp.hdr");
_Static_assert(offsetof(struct mana_wire_verify_ver_resp, gdma_protocol_ver) == 32, "verify_ver_resp.gdma_protocol_ver");
_Static_assert(offsetof(struct mana_wire_verify_ver_resp, pf_cap_flags1) == 40, "verify_ver_resp.pf_cap_flags1");
_Static_assert(offsetof(struct mana_wire_verify_ver_resp, pf_cap_flags2) == 48, "verify_ver_resp.pf_cap_flags2");
_Static_assert(offsetof(struct mana_wire_verify_ver_resp, pf_cap_flags3) == 56, "verify_ver_resp.pf_cap_flags3");
_Static_assert(offsetof(struct mana_wire_verify_ver_resp, pf_cap_flags4) == 64, "verify_ver_resp.pf_cap_flags4");

/* GDMA_QUERY_MAX_RESOURCES: Linux needs max_msix > 1; queues per vport = min(cpus, max_eq/cq/sq/rq, msix - 1) */
struct mana_wire_query_max_resources_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t status;	/* @32 */
	uint32_t max_sq;	/* @36 */
	uint32_t max_rq;	/* @40 */
	uint32_t max_cq;	/* @44 */
	uint32_t max_eq;	/* @48 */
	uint32_t max_db;	/* @52 */
	uint32_t max_mst;	/* @56 */
	uint32_t max_cq_mod_ctx;	/* @60 */
	uint32_t max_mod_cq;	/* @64 */
	uint32_t max_msix;	/* @68 */
} __attribute__((packed));
#define MANA_QUERY_MAX_RESOURCES_RESP_SIZE 72
_Static_assert(sizeof(struct mana_wire_query_max_resources_resp) == 72, "query_max_resources_resp size");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, hdr) == 0, "query_max_resources_resp.hdr");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, status) == 32, "query_max_resources_resp.status");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_sq) == 36, "query_max_resources_resp.max_sq");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_rq) == 40, "query_max_resources_resp.max_rq");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_cq) == 44, "query_max_resources_resp.max_cq");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_eq) == 48, "query_max_resources_resp.max_eq");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_db) == 52, "query_max_resources_resp.max_db");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_mst) == 56, "query_max_resources_resp.max_mst");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_cq_mod_ctx) == 60, "query_max_resources_resp.max_cq_mod_ctx");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_mod_cq) == 64, "query_max_resources_resp.max_mod_cq");
_Static_assert(offsetof(struct mana_wire_query_max_resources_resp, max_msix) == 68, "query_max_resources_resp.max_msix");

/* GDMA_LIST_DEVICES: the HWC and the MANA device (Linux skips empty slots) */
struct mana_wire_list_devices_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t num_of_devs;	/* @32 */
	uint32_t reserved;	/* @36 */
	struct mana_wire_dev_id devs[64];	/* @40 */
} __attribute__((packed));
#define MANA_LIST_DEVICES_RESP_SIZE 296
_Static_assert(sizeof(struct mana_wire_list_devices_resp) == 296, "list_devices_resp size");
_Static_assert(offsetof(struct mana_wire_list_devices_resp, hdr) == 0, "list_devices_resp.hdr");
_Static_assert(offsetof(struct mana_wire_list_devices_resp, num_of_devs) == 32, "list_devices_resp.num_of_devs");
_Static_assert(offsetof(struct mana_wire_list_devices_resp, reserved) == 36, "list_devices_resp.reserved");
_Static_assert(offsetof(struct mana_wire_list_devices_resp, devs) == 40, "list_devices_resp.devs");

/* GDMA_REGISTER_DEVICE: the protection domain, the memory key SGEs carry, the doorbell page */
struct mana_wire_register_device_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t pdid;	/* @32 */
	uint32_t gpa_mkey;	/* @36 */
	uint32_t db_id;	/* @40 */
} __attribute__((packed));
#define MANA_REGISTER_DEVICE_RESP_SIZE 44
_Static_assert(sizeof(struct mana_wire_register_device_resp) == 44, "register_device_resp size");
_Static_assert(offsetof(struct mana_wire_register_device_resp, hdr) == 0, "register_device_resp.hdr");
_Static_assert(offsetof(struct mana_wire_register_device_resp, pdid) == 32, "register_device_resp.pdid");
_Static_assert(offsetof(struct mana_wire_register_device_resp, gpa_mkey) == 36, "register_device_resp.gpa_mkey");
_Static_assert(offsetof(struct mana_wire_register_device_resp, db_id) == 40, "register_device_resp.db_id");

/* GDMA_GENERATE_TEST_EQE: the device posts a TEST_EVENT EQE on queue_index */
struct mana_wire_generate_test_eqe_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t queue_index;	/* @40 */
} __attribute__((packed));
#define MANA_GENERATE_TEST_EQE_REQ_SIZE 44
_Static_assert(sizeof(struct mana_wire_generate_test_eqe_req) == 44, "generate_test_eqe_req size");
_Static_assert(offsetof(struct mana_wire_generate_test_eqe_req, hdr) == 0, "generate_test_eqe_req.hdr");
_Static_assert(offsetof(struct mana_wire_generate_test_eqe_req, queue_index) == 40, "generate_test_eqe_req.queue_index");

/* OpenVMM GDMA_GENERATE_RESET_REQUEST_EQE: a HWC_RESET_REQUEST EQE on queue_index */
struct mana_wire_generate_reset_eqe_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t queue_index;	/* @40 */
	uint32_t reset_data;	/* @44 */
} __attribute__((packed));
#define MANA_GENERATE_RESET_EQE_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_generate_reset_eqe_req) == 48, "generate_reset_eqe_req size");
_Static_assert(offsetof(struct mana_wire_generate_reset_eqe_req, hdr) == 0, "generate_reset_eqe_req.hdr");
_Static_assert(offsetof(struct mana_wire_generate_reset_eqe_req, queue_index) == 40, "generate_reset_eqe_req.queue_index");
_Static_assert(offsetof(struct mana_wire_generate_reset_eqe_req, reset_data) == 44, "generate_reset_eqe_req.reset_data");

/* GDMA_CREATE_QUEUE (Linux creates only EQs this way; WQs and CQs through CREATE_WQ_OBJ) */
struct mana_wire_create_queue_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t type;	/* @40 a gdma queue_type */
	uint32_t reserved1;	/* @44 */
	uint32_t pdid;	/* @48 */
	uint32_t doorbell_id;	/* @52 Linux spells it doolbell_id */
	uint64_t gdma_region;	/* @56 */
	uint32_t reserved2;	/* @64 */
	uint32_t queue_size;	/* @68 bytes; the region's length */
	uint32_t log2_throttle_limit;	/* @72 */
	uint32_t eq_pci_msix_index;	/* @76 */
	uint32_t cq_mod_ctx_id;	/* @80 */
	uint32_t cq_parent_eq_id;	/* @84 */
	uint8_t rq_drop_on_overrun;	/* @88 */
	uint8_t rq_err_on_wqe_overflow;	/* @89 */
	uint8_t rq_chain_rec_wqes;	/* @90 */
	uint8_t sq_hw_db;	/* @91 */
	uint32_t reserved3;	/* @92 */
} __attribute__((packed));
#define MANA_CREATE_QUEUE_REQ_SIZE 96
_Static_assert(sizeof(struct mana_wire_create_queue_req) == 96, "create_queue_req size");
_Static_assert(offsetof(struct mana_wire_create_queue_req, hdr) == 0, "create_queue_req.hdr");
_Static_assert(offsetof(struct mana_wire_create_queue_req, type) == 40, "create_queue_req.type");
_Static_assert(offsetof(struct mana_wire_create_queue_req, reserved1) == 44, "create_queue_req.reserved1");
_Static_assert(offsetof(struct mana_wire_create_queue_req, pdid) == 48, "create_queue_req.pdid");
_Static_assert(offsetof(struct mana_wire_create_queue_req, doorbell_id) == 52, "create_queue_req.doorbell_id");
_Static_assert(offsetof(struct mana_wire_create_queue_req, gdma_region) == 56, "create_queue_req.gdma_region");
_Static_assert(offsetof(struct mana_wire_create_queue_req, reserved2) == 64, "create_queue_req.reserved2");
_Static_assert(offsetof(struct mana_wire_create_queue_req, queue_size) == 68, "create_queue_req.queue_size");
_Static_assert(offsetof(struct mana_wire_create_queue_req, log2_throttle_limit) == 72, "create_queue_req.log2_throttle_limit");
_Static_assert(offsetof(struct mana_wire_create_queue_req, eq_pci_msix_index) == 76, "create_queue_req.eq_pci_msix_index");
_Static_assert(offsetof(struct mana_wire_create_queue_req, cq_mod_ctx_id) == 80, "create_queue_req.cq_mod_ctx_id");
_Static_assert(offsetof(struct mana_wire_create_queue_req, cq_parent_eq_id) == 84, "create_queue_req.cq_parent_eq_id");
_Static_assert(offsetof(struct mana_wire_create_queue_req, rq_drop_on_overrun) == 88, "create_queue_req.rq_drop_on_overrun");
_Static_assert(offsetof(struct mana_wire_create_queue_req, rq_err_on_wqe_overflow) == 89, "create_queue_req.rq_err_on_wqe_overflow");
_Static_assert(offsetof(struct mana_wire_create_queue_req, rq_chain_rec_wqes) == 90, "create_queue_req.rq_chain_rec_wqes");
_Static_assert(offsetof(struct mana_wire_create_queue_req, sq_hw_db) == 91, "create_queue_req.sq_hw_db");
_Static_assert(offsetof(struct mana_wire_create_queue_req, reserved3) == 92, "create_queue_req.reserved3");

struct mana_wire_create_queue_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t queue_index;	/* @32 */
} __attribute__((packed));
#define MANA_CREATE_QUEUE_RESP_SIZE 36
_Static_assert(sizeof(struct mana_wire_create_queue_resp) == 36, "create_queue_resp size");
_Static_assert(offsetof(struct mana_wire_create_queue_resp, hdr) == 0, "create_queue_resp.hdr");
_Static_assert(offsetof(struct mana_wire_create_queue_resp, queue_index) == 32, "create_queue_resp.queue_index");

struct mana_wire_disable_queue_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t type;	/* @40 */
	uint32_t queue_index;	/* @44 */
	uint32_t alloc_res_id_on_creation;	/* @48 Linux: 1 */
} __attribute__((packed));
#define MANA_DISABLE_QUEUE_REQ_SIZE 52
_Static_assert(sizeof(struct mana_wire_disable_queue_req) == 52, "disable_queue_req size");
_Static_assert(offsetof(struct mana_wire_disable_queue_req, hdr) == 0, "disable_queue_req.hdr");
_Static_assert(offsetof(struct mana_wire_disable_queue_req, type) == 40, "disable_queue_req.type");
_Static_assert(offsetof(struct mana_wire_disable_queue_req, queue_index) == 44, "disable_queue_req.queue_index");
_Static_assert(offsetof(struct mana_wire_disable_queue_req, alloc_res_id_on_creation) == 48, "disable_queue_req.alloc_res_id_on_creation");

/* GDMA_ALLOCATE_RESOURCE_RANGE (mana_ib, later Linux) */
struct mana_wire_resource_range_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t resource_type;	/* @40 27: doorbell pages */
	uint32_t num_resources;	/* @44 */
	uint32_t alignment;	/* @48 */
	uint32_t allocated_resources;	/* @52 */
} __attribute__((packed));
#define MANA_RESOURCE_RANGE_REQ_SIZE 56
_Static_assert(sizeof(struct mana_wire_resource_range_req) == 56, "resource_range_req size");
_Static_assert(offsetof(struct mana_wire_resource_range_req, hdr) == 0, "resource_range_req.hdr");
_Static_assert(offsetof(struct mana_wire_resource_range_req, resource_type) == 40, "resource_range_req.resource_type");
_Static_assert(offsetof(struct mana_wire_resource_range_req, num_resources) == 44, "resource_range_req.num_resources");
_Static_assert(offsetof(struct mana_wire_resource_range_req, alignment) == 48, "resource_range_req.alignment");
_Static_assert(offsetof(struct mana_wire_resource_range_req, allocated_resources) == 52, "resource_range_req.allocated_resources");

struct mana_wire_resource_range_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t allocated_resources;	/* @32 */
} __attribute__((packed));
#define MANA_RESOURCE_RANGE_RESP_SIZE 36
_Static_assert(sizeof(struct mana_wire_resource_range_resp) == 36, "resource_range_resp size");
_Static_assert(offsetof(struct mana_wire_resource_range_resp, hdr) == 0, "resource_range_resp.hdr");
_Static_assert(offsetof(struct mana_wire_resource_range_resp, allocated_resources) == 32, "resource_range_resp.allocated_resources");

struct mana_wire_destroy_resource_range_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t resource_type;	/* @40 */
	uint32_t num_resources;	/* @44 */
	uint32_t allocated_resources;	/* @48 */
} __attribute__((packed));
#define MANA_DESTROY_RESOURCE_RANGE_REQ_SIZE 52
_Static_assert(sizeof(struct mana_wire_destroy_resource_range_req) == 52, "destroy_resource_range_req size");
_Static_assert(offsetof(struct mana_wire_destroy_resource_range_req, hdr) == 0, "destroy_resource_range_req.hdr");
_Static_assert(offsetof(struct mana_wire_destroy_resource_range_req, resource_type) == 40, "destroy_resource_range_req.resource_type");
_Static_assert(offsetof(struct mana_wire_destroy_resource_range_req, num_resources) == 44, "destroy_resource_range_req.num_resources");
_Static_assert(offsetof(struct mana_wire_destroy_resource_range_req, allocated_resources) == 48, "destroy_resource_range_req.allocated_resources");

/* GDMA_CREATE_DMA_REGION: a queue's (or buffer's) pages. Linux sends every page at once (page_addr_list_len == page_count); a larger region may add the rest with DMA_REGION_ADD_PAGES. 4 KiB pages, page-aligned. */
struct mana_wire_create_dma_region_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t length;	/* @40 */
	uint32_t offset_in_page;	/* @48 */
	uint32_t gdma_page_type;	/* @52 GDMA_PAGE_TYPE_4K */
	uint32_t page_count;	/* @56 */
	uint32_t page_addr_list_len;	/* @60 */
	uint64_t page_addr_list[];
} __attribute__((packed));
#define MANA_CREATE_DMA_REGION_REQ_SIZE 64
#define MANA_CREATE_DMA_REGION_REQ_PAGE_ADDR_LIST_OFFSET 64
#define MANA_CREATE_DMA_REGION_REQ_PAGE_ADDR_LIST_MAX 504
_Static_assert(sizeof(struct mana_wire_create_dma_region_req) == 64, "create_dma_region_req size");
_Static_assert(offsetof(struct mana_wire_create_dma_region_req, hdr) == 0, "create_dma_region_req.hdr");
_Static_assert(offsetof(struct mana_wire_create_dma_region_req, length) == 40, "create_dma_region_req.length");
_Static_assert(offsetof(struct mana_wire_create_dma_region_req, offset_in_page) == 48, "create_dma_region_req.offset_in_page");
_Static_assert(offsetof(struct mana_wire_create_dma_region_req, gdma_page_type) == 52, "create_dma_region_req.gdma_page_type");
_Static_assert(offsetof(struct mana_wire_create_dma_region_req, page_count) == 56, "create_dma_region_req.page_count");
_Static_assert(offsetof(struct mana_wire_create_dma_region_req, page_addr_list_len) == 60, "create_dma_region_req.page_addr_list_len");

struct mana_wire_create_dma_region_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint64_t dma_region_handle;	/* @32 0 = GDMA_INVALID_DMA_REGION */
} __attribute__((packed));
#define MANA_CREATE_DMA_REGION_RESP_SIZE 40
_Static_assert(sizeof(struct mana_wire_create_dma_region_resp) == 40, "create_dma_region_resp size");
_Static_assert(offsetof(struct mana_wire_create_dma_region_resp, hdr) == 0, "create_dma_region_resp.hdr");
_Static_assert(offsetof(struct mana_wire_create_dma_region_resp, dma_region_handle) == 32, "create_dma_region_resp.dma_region_handle");

struct mana_wire_dma_region_add_pages_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t dma_region_handle;	/* @40 */
	uint32_t page_addr_list_len;	/* @48 */
	uint32_t reserved3;	/* @52 */
	uint64_t page_addr_list[];
} __attribute__((packed));
#define MANA_DMA_REGION_ADD_PAGES_REQ_SIZE 56
#define MANA_DMA_REGION_ADD_PAGES_REQ_PAGE_ADDR_LIST_OFFSET 56
#define MANA_DMA_REGION_ADD_PAGES_REQ_PAGE_ADDR_LIST_MAX 505
_Static_assert(sizeof(struct mana_wire_dma_region_add_pages_req) == 56, "dma_region_add_pages_req size");
_Static_assert(offsetof(struct mana_wire_dma_region_add_pages_req, hdr) == 0, "dma_region_add_pages_req.hdr");
_Static_assert(offsetof(struct mana_wire_dma_region_add_pages_req, dma_region_handle) == 40, "dma_region_add_pages_req.dma_region_handle");
_Static_assert(offsetof(struct mana_wire_dma_region_add_pages_req, page_addr_list_len) == 48, "dma_region_add_pages_req.page_addr_list_len");
_Static_assert(offsetof(struct mana_wire_dma_region_add_pages_req, reserved3) == 52, "dma_region_add_pages_req.reserved3");

struct mana_wire_destroy_dma_region_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t dma_region_handle;	/* @40 */
} __attribute__((packed));
#define MANA_DESTROY_DMA_REGION_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_destroy_dma_region_req) == 48, "destroy_dma_region_req size");
_Static_assert(offsetof(struct mana_wire_destroy_dma_region_req, hdr) == 0, "destroy_dma_region_req.hdr");
_Static_assert(offsetof(struct mana_wire_destroy_dma_region_req, dma_region_handle) == 40, "destroy_dma_region_req.dma_region_handle");

/* GDMA_CREATE_PD (mana_ib, Linux 6.2+) */
struct mana_wire_create_pd_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t flags;	/* @40 */
	uint32_t reserved;	/* @44 */
} __attribute__((packed));
#define MANA_CREATE_PD_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_create_pd_req) == 48, "create_pd_req size");
_Static_assert(offsetof(struct mana_wire_create_pd_req, hdr) == 0, "create_pd_req.hdr");
_Static_assert(offsetof(struct mana_wire_create_pd_req, flags) == 40, "create_pd_req.flags");
_Static_assert(offsetof(struct mana_wire_create_pd_req, reserved) == 44, "create_pd_req.reserved");

struct mana_wire_create_pd_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint64_t pd_handle;	/* @32 */
	uint32_t pd_id;	/* @40 */
	uint32_t reserved;	/* @44 */
} __attribute__((packed));
#define MANA_CREATE_PD_RESP_SIZE 48
_Static_assert(sizeof(struct mana_wire_create_pd_resp) == 48, "create_pd_resp size");
_Static_assert(offsetof(struct mana_wire_create_pd_resp, hdr) == 0, "create_pd_resp.hdr");
_Static_assert(offsetof(struct mana_wire_create_pd_resp, pd_handle) == 32, "create_pd_resp.pd_handle");
_Static_assert(offsetof(struct mana_wire_create_pd_resp, pd_id) == 40, "create_pd_resp.pd_id");
_Static_assert(offsetof(struct mana_wire_create_pd_resp, reserved) == 44, "create_pd_resp.reserved");

struct mana_wire_destroy_pd_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t pd_handle;	/* @40 */
} __attribute__((packed));
#define MANA_DESTROY_PD_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_destroy_pd_req) == 48, "destroy_pd_req size");
_Static_assert(offsetof(struct mana_wire_destroy_pd_req, hdr) == 0, "destroy_pd_req.hdr");
_Static_assert(offsetof(struct mana_wire_destroy_pd_req, pd_handle) == 40, "destroy_pd_req.pd_handle");

/* GDMA_CREATE_MR (mana_ib): a GVA memory region over a DMA region */
struct mana_wire_create_mr_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t pd_handle;	/* @40 */
	uint32_t mr_type;	/* @48 GDMA_MR_TYPE_GVA = 2 */
	uint32_t reserved_1;	/* @52 */
	uint64_t dma_region_handle;	/* @56 */
	uint64_t virtual_address;	/* @64 */
	uint32_t access_flags;	/* @72 GDMA_ACCESS_FLAG_* */
	uint32_t pad_union;	/* @76 */
	uint32_t reserved_2;	/* @80 */
	uint32_t pad_end;	/* @84 */
} __attribute__((packed));
#define MANA_CREATE_MR_REQ_SIZE 88
_Static_assert(sizeof(struct mana_wire_create_mr_req) == 88, "create_mr_req size");
_Static_assert(offsetof(struct mana_wire_create_mr_req, hdr) == 0, "create_mr_req.hdr");
_Static_assert(offsetof(struct mana_wire_create_mr_req, pd_handle) == 40, "create_mr_req.pd_handle");
_Static_assert(offsetof(struct mana_wire_create_mr_req, mr_type) == 48, "create_mr_req.mr_type");
_Static_assert(offsetof(struct mana_wire_create_mr_req, reserved_1) == 52, "create_mr_req.reserved_1");
_Static_assert(offsetof(struct mana_wire_create_mr_req, dma_region_handle) == 56, "create_mr_req.dma_region_handle");
_Static_assert(offsetof(struct mana_wire_create_mr_req, virtual_address) == 64, "create_mr_req.virtual_address");
_Static_assert(offsetof(struct mana_wire_create_mr_req, access_flags) == 72, "create_mr_req.access_flags");
_Static_assert(offsetof(struct mana_wire_create_mr_req, pad_union) == 76, "create_mr_req.pad_union");
_Static_assert(offsetof(struct mana_wire_create_mr_req, reserved_2) == 80, "create_mr_req.reserved_2");
_Static_assert(offsetof(struct mana_wire_create_mr_req, pad_end) == 84, "create_mr_req.pad_end");

struct mana_wire_create_mr_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint64_t mr_handle;	/* @32 */
	uint32_t lkey;	/* @40 */
	uint32_t rkey;	/* @44 */
} __attribute__((packed));
#define MANA_CREATE_MR_RESP_SIZE 48
_Static_assert(sizeof(struct mana_wire_create_mr_resp) == 48, "create_mr_resp size");
_Static_assert(offsetof(struct mana_wire_create_mr_resp, hdr) == 0, "create_mr_resp.hdr");
_Static_assert(offsetof(struct mana_wire_create_mr_resp, mr_handle) == 32, "create_mr_resp.mr_handle");
_Static_assert(offsetof(struct mana_wire_create_mr_resp, lkey) == 40, "create_mr_resp.lkey");
_Static_assert(offsetof(struct mana_wire_create_mr_resp, rkey) == 44, "create_mr_resp.rkey");

struct mana_wire_destroy_mr_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t mr_handle;	/* @40 */
} __attribute__((packed));
#define MANA_DESTROY_MR_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_destroy_mr_req) == 48, "destroy_mr_req size");
_Static_assert(offsetof(struct mana_wire_destroy_mr_req, hdr) == 0, "destroy_mr_req.hdr");
_Static_assert(offsetof(struct mana_wire_destroy_mr_req, mr_handle) == 40, "destroy_mr_req.mr_handle");

/* OpenVMM GDMA_CHANGE_MSIX_FOR_EQ */
struct mana_wire_change_msix_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t queue_index;	/* @40 */
	uint32_t msix;	/* @44 */
	uint32_t reserved1;	/* @48 */
	uint32_t reserved2;	/* @52 */
} __attribute__((packed));
#define MANA_CHANGE_MSIX_REQ_SIZE 56
_Static_assert(sizeof(struct mana_wire_change_msix_req) == 56, "change_msix_req size");
_Static_assert(offsetof(struct mana_wire_change_msix_req, hdr) == 0, "change_msix_req.hdr");
_Static_assert(offsetof(struct mana_wire_change_msix_req, queue_index) == 40, "change_msix_req.queue_index");
_Static_assert(offsetof(struct mana_wire_change_msix_req, msix) == 44, "change_msix_req.msix");
_Static_assert(offsetof(struct mana_wire_change_msix_req, reserved1) == 48, "change_msix_req.reserved1");
_Static_assert(offsetof(struct mana_wire_change_msix_req, reserved2) == 52, "change_msix_req.reserved2");

/* GDMA_QUERY_HWC_TIMEOUT (later Linux, after pf_cap_flags1 HWC_TIMEOUT_RECONFIG) */
struct mana_wire_query_hwc_timeout_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t timeout_ms;	/* @40 */
	uint32_t reserved;	/* @44 */
} __attribute__((packed));
#define MANA_QUERY_HWC_TIMEOUT_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_query_hwc_timeout_req) == 48, "query_hwc_timeout_req size");
_Static_assert(offsetof(struct mana_wire_query_hwc_timeout_req, hdr) == 0, "query_hwc_timeout_req.hdr");
_Static_assert(offsetof(struct mana_wire_query_hwc_timeout_req, timeout_ms) == 40, "query_hwc_timeout_req.timeout_ms");
_Static_assert(offsetof(struct mana_wire_query_hwc_timeout_req, reserved) == 44, "query_hwc_timeout_req.reserved");

struct mana_wire_query_hwc_timeout_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t timeout_ms;	/* @32 */
	uint32_t reserved;	/* @36 */
} __attribute__((packed));
#define MANA_QUERY_HWC_TIMEOUT_RESP_SIZE 40
_Static_assert(sizeof(struct mana_wire_query_hwc_timeout_resp) == 40, "query_hwc_timeout_resp size");
_Static_assert(offsetof(struct mana_wire_query_hwc_timeout_resp, hdr) == 0, "query_hwc_timeout_resp.hdr");
_Static_assert(offsetof(struct mana_wire_query_hwc_timeout_resp, timeout_ms) == 32, "query_hwc_timeout_resp.timeout_ms");
_Static_assert(offsetof(struct mana_wire_query_hwc_timeout_resp, reserved) == 36, "query_hwc_timeout_resp.reserved");

/* MANA_QUERY_DEV_CONFIG: Linux offers protocol 0.1.1; later kernels ask for response version 2 or 3 */
struct mana_wire_query_dev_config_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t mn_drv_cap_flags1;	/* @40 */
	uint64_t mn_drv_cap_flags2;	/* @48 */
	uint64_t mn_drv_cap_flags3;	/* @56 */
	uint64_t mn_drv_cap_flags4;	/* @64 */
	uint32_t proto_major_ver;	/* @72 */
	uint32_t proto_minor_ver;	/* @76 */
	uint32_t proto_micro_ver;	/* @80 */
	uint32_t reserved;	/* @84 */
} __attribute__((packed));
#define MANA_QUERY_DEV_CONFIG_REQ_SIZE 88
_Static_assert(sizeof(struct mana_wire_query_dev_config_req) == 88, "query_dev_config_req size");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, hdr) == 0, "query_dev_config_req.hdr");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, mn_drv_cap_flags1) == 40, "query_dev_config_req.mn_drv_cap_flags1");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, mn_drv_cap_flags2) == 48, "query_dev_config_req.mn_drv_cap_flags2");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, mn_drv_cap_flags3) == 56, "query_dev_config_req.mn_drv_cap_flags3");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, mn_drv_cap_flags4) == 64, "query_dev_config_req.mn_drv_cap_flags4");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, proto_major_ver) == 72, "query_dev_config_req.proto_major_ver");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, proto_minor_ver) == 76, "query_dev_config_req.proto_minor_ver");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, proto_micro_ver) == 80, "query_dev_config_req.proto_micro_ver");
_Static_assert(offsetof(struct mana_wire_query_dev_config_req, reserved) == 84, "query_dev_config_req.reserved");

/* 72 bytes at response version 1 (Linux 6.1); version 2 adds adapter_mtu, version 3 bm_hostmode */
struct mana_wire_query_dev_config_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint64_t pf_cap_flags1;	/* @32 */
	uint64_t pf_cap_flags2;	/* @40 */
	uint64_t pf_cap_flags3;	/* @48 */
	uint64_t pf_cap_flags4;	/* @56 */
	uint16_t max_num_vports;	/* @64 */
	uint8_t bm_hostmode;	/* @66 response v3 */
	uint8_t reserved;	/* @67 */
	uint32_t max_num_eqs;	/* @68 */
	uint16_t adapter_mtu;	/* @72 response v2: L2 MTU (0 reads as 1514) */
	uint16_t reserved2;	/* @74 */
	uint32_t reserved3;	/* @76 */
} __attribute__((packed));
#define MANA_QUERY_DEV_CONFIG_RESP_SIZE 80
_Static_assert(sizeof(struct mana_wire_query_dev_config_resp) == 80, "query_dev_config_resp size");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, hdr) == 0, "query_dev_config_resp.hdr");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, pf_cap_flags1) == 32, "query_dev_config_resp.pf_cap_flags1");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, pf_cap_flags2) == 40, "query_dev_config_resp.pf_cap_flags2");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, pf_cap_flags3) == 48, "query_dev_config_resp.pf_cap_flags3");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, pf_cap_flags4) == 56, "query_dev_config_resp.pf_cap_flags4");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, max_num_vports) == 64, "query_dev_config_resp.max_num_vports");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, bm_hostmode) == 66, "query_dev_config_resp.bm_hostmode");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, reserved) == 67, "query_dev_config_resp.reserved");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, max_num_eqs) == 68, "query_dev_config_resp.max_num_eqs");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, adapter_mtu) == 72, "query_dev_config_resp.adapter_mtu");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, reserved2) == 74, "query_dev_config_resp.reserved2");
_Static_assert(offsetof(struct mana_wire_query_dev_config_resp, reserved3) == 76, "query_dev_config_resp.reserved3");

/* MANA_QUERY_GF_STAT (OpenVMM ManaQueryStatisticsRequest) */
struct mana_wire_query_gf_stat_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t requested_statistics;	/* @40 */
} __attribute__((packed));
#define MANA_QUERY_GF_STAT_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_query_gf_stat_req) == 48, "query_gf_stat_req size");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_req, hdr) == 0, "query_gf_stat_req.hdr");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_req, requested_statistics) == 40, "query_gf_stat_req.requested_statistics");

/* OpenVMM ManaQueryStatisticsResponse: the statistics reported, then 26 counters */
struct mana_wire_query_gf_stat_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint64_t reported_statistics;	/* @32 */
	uint64_t in_discards_no_wqe;	/* @40 */
	uint64_t in_errors_rx_vport_disabled;	/* @48 */
	uint64_t hc_in_octets;	/* @56 */
	uint64_t hc_in_ucast_pkts;	/* @64 */
	uint64_t hc_in_ucast_octets;	/* @72 */
	uint64_t hc_in_multicast_pkts;	/* @80 */
	uint64_t hc_in_multicast_octets;	/* @88 */
	uint64_t hc_in_broadcast_pkts;	/* @96 */
	uint64_t hc_in_broadcast_octets;	/* @104 */
	uint64_t out_errors_gf_disabled;	/* @112 */
	uint64_t out_errors_vport_disabled;	/* @120 */
	uint64_t out_errors_invalid_vport_offset;	/* @128 */
	uint64_t out_errors_vlan_enforcement;	/* @136 */
	uint64_t out_errors_eth_type_enforcement;	/* @144 */
	uint64_t out_errors_sa_enforcement;	/* @152 */
	uint64_t out_errors_sqpdid_enforcement;	/* @160 */
	uint64_t out_errors_cqpdid_enforcement;	/* @168 */
	uint64_t out_errors_mtu_violation;	/* @176 */
	uint64_t out_errors_invalid_oob;	/* @184 */
	uint64_t hc_out_octets;	/* @192 */
	uint64_t hc_out_ucast_pkts;	/* @200 */
	uint64_t hc_out_ucast_octets;	/* @208 */
	uint64_t hc_out_multicast_pkts;	/* @216 */
	uint64_t hc_out_multicast_octets;	/* @224 */
	uint64_t hc_out_broadcast_pkts;	/* @232 */
	uint64_t hc_out_broadcast_octets;	/* @240 */
} __attribute__((packed));
#define MANA_QUERY_GF_STAT_RESP_SIZE 248
_Static_assert(sizeof(struct mana_wire_query_gf_stat_resp) == 248, "query_gf_stat_resp size");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hdr) == 0, "query_gf_stat_resp.hdr");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, reported_statistics) == 32, "query_gf_stat_resp.reported_statistics");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, in_discards_no_wqe) == 40, "query_gf_stat_resp.in_discards_no_wqe");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, in_errors_rx_vport_disabled) == 48, "query_gf_stat_resp.in_errors_rx_vport_disabled");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_in_octets) == 56, "query_gf_stat_resp.hc_in_octets");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_in_ucast_pkts) == 64, "query_gf_stat_resp.hc_in_ucast_pkts");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_in_ucast_octets) == 72, "query_gf_stat_resp.hc_in_ucast_octets");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_in_multicast_pkts) == 80, "query_gf_stat_resp.hc_in_multicast_pkts");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_in_multicast_octets) == 88, "query_gf_stat_resp.hc_in_multicast_octets");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_in_broadcast_pkts) == 96, "query_gf_stat_resp.hc_in_broadcast_pkts");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_in_broadcast_octets) == 104, "query_gf_stat_resp.hc_in_broadcast_octets");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_gf_disabled) == 112, "query_gf_stat_resp.out_errors_gf_disabled");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_vport_disabled) == 120, "query_gf_stat_resp.out_errors_vport_disabled");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_invalid_vport_offset) == 128, "query_gf_stat_resp.out_errors_invalid_vport_offset");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_vlan_enforcement) == 136, "query_gf_stat_resp.out_errors_vlan_enforcement");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_eth_type_enforcement) == 144, "query_gf_stat_resp.out_errors_eth_type_enforcement");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_sa_enforcement) == 152, "query_gf_stat_resp.out_errors_sa_enforcement");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_sqpdid_enforcement) == 160, "query_gf_stat_resp.out_errors_sqpdid_enforcement");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_cqpdid_enforcement) == 168, "query_gf_stat_resp.out_errors_cqpdid_enforcement");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_mtu_violation) == 176, "query_gf_stat_resp.out_errors_mtu_violation");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, out_errors_invalid_oob) == 184, "query_gf_stat_resp.out_errors_invalid_oob");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_out_octets) == 192, "query_gf_stat_resp.hc_out_octets");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_out_ucast_pkts) == 200, "query_gf_stat_resp.hc_out_ucast_pkts");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_out_ucast_octets) == 208, "query_gf_stat_resp.hc_out_ucast_octets");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_out_multicast_pkts) == 216, "query_gf_stat_resp.hc_out_multicast_pkts");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_out_multicast_octets) == 224, "query_gf_stat_resp.hc_out_multicast_octets");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_out_broadcast_pkts) == 232, "query_gf_stat_resp.hc_out_broadcast_pkts");
_Static_assert(offsetof(struct mana_wire_query_gf_stat_resp, hc_out_broadcast_octets) == 240, "query_gf_stat_resp.hc_out_broadcast_octets");

struct mana_wire_query_vport_config_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t vport_index;	/* @40 */
} __attribute__((packed));
#define MANA_QUERY_VPORT_CONFIG_REQ_SIZE 44
_Static_assert(sizeof(struct mana_wire_query_vport_config_req) == 44, "query_vport_config_req size");
_Static_assert(offsetof(struct mana_wire_query_vport_config_req, hdr) == 0, "query_vport_config_req.hdr");
_Static_assert(offsetof(struct mana_wire_query_vport_config_req, vport_index) == 40, "query_vport_config_req.vport_index");

/* MANA_QUERY_VPORT_CONFIG: queue limits, the RSS table size (later Linux honours it), the MAC, the vport handle */
struct mana_wire_query_vport_config_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t max_num_sq;	/* @32 */
	uint32_t max_num_rq;	/* @36 */
	uint32_t num_indirection_ent;	/* @40 */
	uint32_t reserved1;	/* @44 */
	uint8_t mac_addr[6];	/* @48 */
	uint16_t reserved2;	/* @54 */
	uint64_t vport;	/* @56 */
} __attribute__((packed));
#define MANA_QUERY_VPORT_CONFIG_RESP_SIZE 64
_Static_assert(sizeof(struct mana_wire_query_vport_config_resp) == 64, "query_vport_config_resp size");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, hdr) == 0, "query_vport_config_resp.hdr");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, max_num_sq) == 32, "query_vport_config_resp.max_num_sq");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, max_num_rq) == 36, "query_vport_config_resp.max_num_rq");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, num_indirection_ent) == 40, "query_vport_config_resp.num_indirection_ent");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, reserved1) == 44, "query_vport_config_resp.reserved1");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, mac_addr) == 48, "query_vport_config_resp.mac_addr");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, reserved2) == 54, "query_vport_config_resp.reserved2");
_Static_assert(offsetof(struct mana_wire_query_vport_config_resp, vport) == 56, "query_vport_config_resp.vport");

/* MANA_CONFIG_VPORT_TX: enables the vport for this PD and doorbell page */
struct mana_wire_config_vport_tx_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t vport;	/* @40 */
	uint32_t pdid;	/* @48 */
	uint32_t doorbell_pageid;	/* @52 */
} __attribute__((packed));
#define MANA_CONFIG_VPORT_TX_REQ_SIZE 56
_Static_assert(sizeof(struct mana_wire_config_vport_tx_req) == 56, "config_vport_tx_req size");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_req, hdr) == 0, "config_vport_tx_req.hdr");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_req, vport) == 40, "config_vport_tx_req.vport");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_req, pdid) == 48, "config_vport_tx_req.pdid");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_req, doorbell_pageid) == 52, "config_vport_tx_req.doorbell_pageid");

struct mana_wire_config_vport_tx_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint16_t tx_vport_offset;	/* @32 goes in every TX OOB (short_vp_offset when <= 255) */
	uint8_t short_form_allowed;	/* @34 */
	uint8_t reserved;	/* @35 */
} __attribute__((packed));
#define MANA_CONFIG_VPORT_TX_RESP_SIZE 36
_Static_assert(sizeof(struct mana_wire_config_vport_tx_resp) == 36, "config_vport_tx_resp size");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_resp, hdr) == 0, "config_vport_tx_resp.hdr");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_resp, tx_vport_offset) == 32, "config_vport_tx_resp.tx_vport_offset");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_resp, short_form_allowed) == 34, "config_vport_tx_resp.short_form_allowed");
_Static_assert(offsetof(struct mana_wire_config_vport_tx_resp, reserved) == 35, "config_vport_tx_resp.reserved");

/* MANA_CREATE_WQ_OBJ: an SQ or RQ and its CQ, from two DMA regions; the CQ's parent EQ */
struct mana_wire_create_wq_obj_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t vport;	/* @40 */
	uint32_t wq_type;	/* @48 */
	uint32_t reserved;	/* @52 */
	uint64_t wq_gdma_region;	/* @56 */
	uint64_t cq_gdma_region;	/* @64 */
	uint32_t wq_size;	/* @72 */
	uint32_t cq_size;	/* @76 */
	uint32_t cq_moderation_ctx_id;	/* @80 */
	uint32_t cq_parent_qid;	/* @84 the EQ id */
} __attribute__((packed));
#define MANA_CREATE_WQ_OBJ_REQ_SIZE 88
_Static_assert(sizeof(struct mana_wire_create_wq_obj_req) == 88, "create_wq_obj_req size");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, hdr) == 0, "create_wq_obj_req.hdr");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, vport) == 40, "create_wq_obj_req.vport");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, wq_type) == 48, "create_wq_obj_req.wq_type");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, reserved) == 52, "create_wq_obj_req.reserved");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, wq_gdma_region) == 56, "create_wq_obj_req.wq_gdma_region");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, cq_gdma_region) == 64, "create_wq_obj_req.cq_gdma_region");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, wq_size) == 72, "create_wq_obj_req.wq_size");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, cq_size) == 76, "create_wq_obj_req.cq_size");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, cq_moderation_ctx_id) == 80, "create_wq_obj_req.cq_moderation_ctx_id");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_req, cq_parent_qid) == 84, "create_wq_obj_req.cq_parent_qid");

struct mana_wire_create_wq_obj_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint32_t wq_id;	/* @32 */
	uint32_t cq_id;	/* @36 */
	uint64_t wq_obj;	/* @40 INVALID_HANDLE is refused by Linux */
} __attribute__((packed));
#define MANA_CREATE_WQ_OBJ_RESP_SIZE 48
_Static_assert(sizeof(struct mana_wire_create_wq_obj_resp) == 48, "create_wq_obj_resp size");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_resp, hdr) == 0, "create_wq_obj_resp.hdr");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_resp, wq_id) == 32, "create_wq_obj_resp.wq_id");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_resp, cq_id) == 36, "create_wq_obj_resp.cq_id");
_Static_assert(offsetof(struct mana_wire_create_wq_obj_resp, wq_obj) == 40, "create_wq_obj_resp.wq_obj");

struct mana_wire_destroy_wq_obj_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint32_t wq_type;	/* @40 */
	uint32_t reserved;	/* @44 */
	uint64_t wq_obj_handle;	/* @48 */
} __attribute__((packed));
#define MANA_DESTROY_WQ_OBJ_REQ_SIZE 56
_Static_assert(sizeof(struct mana_wire_destroy_wq_obj_req) == 56, "destroy_wq_obj_req size");
_Static_assert(offsetof(struct mana_wire_destroy_wq_obj_req, hdr) == 0, "destroy_wq_obj_req.hdr");
_Static_assert(offsetof(struct mana_wire_destroy_wq_obj_req, wq_type) == 40, "destroy_wq_obj_req.wq_type");
_Static_assert(offsetof(struct mana_wire_destroy_wq_obj_req, reserved) == 44, "destroy_wq_obj_req.reserved");
_Static_assert(offsetof(struct mana_wire_destroy_wq_obj_req, wq_obj_handle) == 48, "destroy_wq_obj_req.wq_obj_handle");

/* MANA_FENCE_RQ: the device answers, then posts an RX_OBJECT_FENCE CQE on the RQ's CQ (Linux waits 10 s) */
struct mana_wire_fence_rq_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t wq_obj_handle;	/* @40 */
} __attribute__((packed));
#define MANA_FENCE_RQ_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_fence_rq_req) == 48, "fence_rq_req size");
_Static_assert(offsetof(struct mana_wire_fence_rq_req, hdr) == 0, "fence_rq_req.hdr");
_Static_assert(offsetof(struct mana_wire_fence_rq_req, wq_obj_handle) == 40, "fence_rq_req.wq_obj_handle");

/* MANA_CONFIG_VPORT_RX (mana_cfg_rx_steer_req): rx on/off, RSS on/off, the default RX object, the Toeplitz key and the indirection table of RX object handles, num_indir_entries u64s at indir_tab_offset bytes from the message start (Linux 6.1: 64 at 112; later kernels send request version 2, 120 bytes of fixed part with cqe_coalescing_enable at 112). Decode its entries with rx_indir_entry. */
struct mana_wire_config_vport_rx_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t vport;	/* @40 */
	uint16_t num_indir_entries;	/* @48 */
	uint16_t indir_tab_offset;	/* @50 */
	uint32_t rx_enable;	/* @52 TRI_STATE: 0, 1, or 0xFFFFFFFF (unchanged) */
	uint32_t rss_enable;	/* @56 */
	uint8_t update_default_rxobj;	/* @60 */
	uint8_t update_hashkey;	/* @61 */
	uint8_t update_indir_tab;	/* @62 */
	uint8_t reserved;	/* @63 */
	uint64_t default_rxobj;	/* @64 */
	uint8_t hashkey[40];	/* @72 */
} __attribute__((packed));
#define MANA_CONFIG_VPORT_RX_REQ_SIZE 112
_Static_assert(sizeof(struct mana_wire_config_vport_rx_req) == 112, "config_vport_rx_req size");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, hdr) == 0, "config_vport_rx_req.hdr");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, vport) == 40, "config_vport_rx_req.vport");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, num_indir_entries) == 48, "config_vport_rx_req.num_indir_entries");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, indir_tab_offset) == 50, "config_vport_rx_req.indir_tab_offset");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, rx_enable) == 52, "config_vport_rx_req.rx_enable");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, rss_enable) == 56, "config_vport_rx_req.rss_enable");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, update_default_rxobj) == 60, "config_vport_rx_req.update_default_rxobj");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, update_hashkey) == 61, "config_vport_rx_req.update_hashkey");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, update_indir_tab) == 62, "config_vport_rx_req.update_indir_tab");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, reserved) == 63, "config_vport_rx_req.reserved");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, default_rxobj) == 64, "config_vport_rx_req.default_rxobj");
_Static_assert(offsetof(struct mana_wire_config_vport_rx_req, hashkey) == 72, "config_vport_rx_req.hashkey");

/* one entry of CONFIG_VPORT_RX's indirection table: an RX object handle */
struct mana_wire_rx_indir_entry {
	uint64_t rxobj;	/* @0 */
} __attribute__((packed));
#define MANA_RX_INDIR_ENTRY_SIZE 8
_Static_assert(sizeof(struct mana_wire_rx_indir_entry) == 8, "rx_indir_entry size");
_Static_assert(offsetof(struct mana_wire_rx_indir_entry, rxobj) == 0, "rx_indir_entry.rxobj");

struct mana_wire_register_hw_port_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint16_t attached_gfid;	/* @40 */
	uint8_t is_pf_default_vport;	/* @42 */
	uint8_t reserved1;	/* @43 */
	uint8_t allow_all_ether_types;	/* @44 */
	uint8_t reserved2[3];	/* @45 */
} __attribute__((packed));
#define MANA_REGISTER_HW_PORT_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_register_hw_port_req) == 48, "register_hw_port_req size");
_Static_assert(offsetof(struct mana_wire_register_hw_port_req, hdr) == 0, "register_hw_port_req.hdr");
_Static_assert(offsetof(struct mana_wire_register_hw_port_req, attached_gfid) == 40, "register_hw_port_req.attached_gfid");
_Static_assert(offsetof(struct mana_wire_register_hw_port_req, is_pf_default_vport) == 42, "register_hw_port_req.is_pf_default_vport");
_Static_assert(offsetof(struct mana_wire_register_hw_port_req, reserved1) == 43, "register_hw_port_req.reserved1");
_Static_assert(offsetof(struct mana_wire_register_hw_port_req, allow_all_ether_types) == 44, "register_hw_port_req.allow_all_ether_types");
_Static_assert(offsetof(struct mana_wire_register_hw_port_req, reserved2) == 45, "register_hw_port_req.reserved2");

/* a response carrying one handle (REGISTER_HW_PORT, REGISTER_FILTER) */
struct mana_wire_handle_resp {
	struct mana_wire_resp_hdr hdr;	/* @0 */
	uint64_t handle;	/* @32 */
} __attribute__((packed));
#define MANA_HANDLE_RESP_SIZE 40
_Static_assert(sizeof(struct mana_wire_handle_resp) == 40, "handle_resp size");
_Static_assert(offsetof(struct mana_wire_handle_resp, hdr) == 0, "handle_resp.hdr");
_Static_assert(offsetof(struct mana_wire_handle_resp, handle) == 32, "handle_resp.handle");

/* a request naming one handle (DEREGISTER_HW_PORT, DEREGISTER_FILTER) */
struct mana_wire_handle_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t handle;	/* @40 */
} __attribute__((packed));
#define MANA_HANDLE_REQ_SIZE 48
_Static_assert(sizeof(struct mana_wire_handle_req) == 48, "handle_req size");
_Static_assert(offsetof(struct mana_wire_handle_req, hdr) == 0, "handle_req.hdr");
_Static_assert(offsetof(struct mana_wire_handle_req, handle) == 40, "handle_req.handle");

struct mana_wire_register_filter_req {
	struct mana_wire_req_hdr hdr;	/* @0 */
	uint64_t vport;	/* @40 */
	uint8_t mac_addr[6];	/* @48 */
	uint8_t reserved1[4];	/* @54 */
	uint16_t reserved5;	/* @58 */
	uint32_t reserved6[3];	/* @60 */
} __attribute__((packed));
#define MANA_REGISTER_FILTER_REQ_SIZE 72
_Static_assert(sizeof(struct mana_wire_register_filter_req) == 72, "register_filter_req size");
_Static_assert(offsetof(struct mana_wire_register_filter_req, hdr) == 0, "register_filter_req.hdr");
_Static_assert(offsetof(struct mana_wire_register_filter_req, vport) == 40, "register_filter_req.vport");
_Static_assert(offsetof(struct mana_wire_register_filter_req, mac_addr) == 48, "register_filter_req.mac_addr");
_Static_assert(offsetof(struct mana_wire_register_filter_req, reserved1) == 54, "register_filter_req.reserved1");
_Static_assert(offsetof(struct mana_wire_register_filter_req, reserved5) == 58, "register_filter_req.reserved5");
_Static_assert(offsetof(struct mana_wire_register_filter_req, reserved6) == 60, "register_filter_req.reserved6");

/* struct mana_tx_oob, the inline OOB of a TX WQE: the short form (8 bytes) alone, or with the long form (24 bytes: VLAN insertion, a vport offset above 255). With LSO the WQE has client_oob_in_sgl set, SGE0 holds exactly the headers and client_data_unit is the MSS. */
struct mana_wire_tx_oob {
	uint32_t s0;	/* @0 */
	uint32_t s1;	/* @4 */
	uint32_t l0;	/* @8 */
	uint32_t l1;	/* @12 */
	uint32_t reserved3;	/* @16 */
	uint32_t reserved4;	/* @20 */
} __attribute__((packed));
#define MANA_TX_OOB_SIZE 24
#define MANA_TX_OOB_PKT_FMT_SHIFT 0
#define MANA_TX_OOB_PKT_FMT_MASK 3
#define MANA_TX_OOB_IS_OUTER_IPV4_SHIFT 2
#define MANA_TX_OOB_IS_OUTER_IPV4_MASK 4
#define MANA_TX_OOB_IS_OUTER_IPV6_SHIFT 3
#define MANA_TX_OOB_IS_OUTER_IPV6_MASK 8
#define MANA_TX_OOB_COMP_IPHDR_CSUM_SHIFT 4
#define MANA_TX_OOB_COMP_IPHDR_CSUM_MASK 16
#define MANA_TX_OOB_COMP_TCP_CSUM_SHIFT 5
#define MANA_TX_OOB_COMP_TCP_CSUM_MASK 32
#define MANA_TX_OOB_COMP_UDP_CSUM_SHIFT 6
#define MANA_TX_OOB_COMP_UDP_CSUM_MASK 64
#define MANA_TX_OOB_SUPPRESS_TXCQE_GEN_SHIFT 7
#define MANA_TX_OOB_SUPPRESS_TXCQE_GEN_MASK 128
#define MANA_TX_OOB_VCQ_NUM_SHIFT 8
#define MANA_TX_OOB_VCQ_NUM_MASK 0xffffff00U
#define MANA_TX_OOB_TRANS_OFF_SHIFT 0
#define MANA_TX_OOB_TRANS_OFF_MASK 0x3ff
#define MANA_TX_OOB_VSQ_FRAME_SHIFT 10
#define MANA_TX_OOB_VSQ_FRAME_MASK 0xfffc00
#define MANA_TX_OOB_SHORT_VP_OFFSET_SHIFT 24
#define MANA_TX_OOB_SHORT_VP_OFFSET_MASK 0xff000000U
#define MANA_TX_OOB_IS_ENCAP_SHIFT 0
#define MANA_TX_OOB_IS_ENCAP_MASK 1
#define MANA_TX_OOB_INNER_IS_IPV6_SHIFT 1
#define MANA_TX_OOB_INNER_IS_IPV6_MASK 2
#define MANA_TX_OOB_INNER_TCP_OPT_SHIFT 2
#define MANA_TX_OOB_INNER_TCP_OPT_MASK 4
#define MANA_TX_OOB_INJECT_VLAN_PRI_TAG_SHIFT 3
#define MANA_TX_OOB_INJECT_VLAN_PRI_TAG_MASK 8
#define MANA_TX_OOB_PCP_SHIFT 16
#define MANA_TX_OOB_PCP_MASK 0x70000
#define MANA_TX_OOB_DEI_SHIFT 19
#define MANA_TX_OOB_DEI_MASK 0x80000
#define MANA_TX_OOB_VLAN_ID_SHIFT 20
#define MANA_TX_OOB_VLAN_ID_MASK 0xfff00000U
#define MANA_TX_OOB_INNER_FRAME_OFFSET_SHIFT 0
#define MANA_TX_OOB_INNER_FRAME_OFFSET_MASK 0x3ff
#define MANA_TX_OOB_INNER_IP_REL_OFFSET_SHIFT 10
#define MANA_TX_OOB_INNER_IP_REL_OFFSET_MASK 0xfc00
#define MANA_TX_OOB_LONG_VP_OFFSET_SHIFT 16
#define MANA_TX_OOB_LONG_VP_OFFSET_MASK 0xfff0000
_Static_assert(sizeof(struct mana_wire_tx_oob) == 24, "tx_oob size");
_Static_assert(offsetof(struct mana_wire_tx_oob, s0) == 0, "tx_oob.s0");
_Static_assert(offsetof(struct mana_wire_tx_oob, s1) == 4, "tx_oob.s1");
_Static_assert(offsetof(struct mana_wire_tx_oob, l0) == 8, "tx_oob.l0");
_Static_assert(offsetof(struct mana_wire_tx_oob, l1) == 12, "tx_oob.l1");
_Static_assert(offsetof(struct mana_wire_tx_oob, reserved3) == 16, "tx_oob.reserved3");
_Static_assert(offsetof(struct mana_wire_tx_oob, reserved4) == 20, "tx_oob.reserved4");

/* struct mana_rxcomp_oob in an RX CQE's data (60 bytes with padding). Linux consumes RX WQEs in the order it posted them and reads ppi[0] only: pkt_len (0 is refused), the hash, and the checksum bits. */
struct mana_wire_rx_comp_oob {
	uint32_t cqe_hdr;	/* @0 */
	uint32_t flags;	/* @4 */
	uint16_t pkt_len;	/* @8 ppi[0]: the frame's length */
	uint16_t ppi0_reserved1;	/* @10 */
	uint32_t ppi0_reserved2;	/* @12 */
	uint32_t pkt_hash;	/* @16 */
	uint32_t ppi_more[9];	/* @20 ppi[1..3]: coalesced completions (not used) */
	uint32_t rx_wqe_offset;	/* @56 */
} __attribute__((packed));
#define MANA_RX_COMP_OOB_SIZE 60
#define MANA_RX_COMP_OOB_CQE_TYPE_SHIFT 0
#define MANA_RX_COMP_OOB_CQE_TYPE_MASK 63
#define MANA_RX_COMP_OOB_CLIENT_TYPE_SHIFT 6
#define MANA_RX_COMP_OOB_CLIENT_TYPE_MASK 192
#define MANA_RX_COMP_OOB_VENDOR_ERR_SHIFT 8
#define MANA_RX_COMP_OOB_VENDOR_ERR_MASK 0xffffff00U
#define MANA_RX_COMP_OOB_RX_VLAN_ID_SHIFT 0
#define MANA_RX_COMP_OOB_RX_VLAN_ID_MASK 0xfff
#define MANA_RX_COMP_OOB_RX_VLANTAG_PRESENT_SHIFT 12
#define MANA_RX_COMP_OOB_RX_VLANTAG_PRESENT_MASK 0x1000
#define MANA_RX_COMP_OOB_RX_OUTER_IPHDR_CSUM_SUCCEED_SHIFT 13
#define MANA_RX_COMP_OOB_RX_OUTER_IPHDR_CSUM_SUCCEED_MASK 0x2000
#define MANA_RX_COMP_OOB_RX_OUTER_IPHDR_CSUM_FAIL_SHIFT 14
#define MANA_RX_COMP_OOB_RX_OUTER_IPHDR_CSUM_FAIL_MASK 0x4000
#define MANA_RX_COMP_OOB_RX_HASHTYPE_SHIFT 16
#define MANA_RX_COMP_OOB_RX_HASHTYPE_MASK 0x1ff0000
#define MANA_RX_COMP_OOB_RX_IPHDR_CSUM_SUCCEED_SHIFT 25
#define MANA_RX_COMP_OOB_RX_IPHDR_CSUM_SUCCEED_MASK 0x2000000
#define MANA_RX_COMP_OOB_RX_IPHDR_CSUM_FAIL_SHIFT 26
#define MANA_RX_COMP_OOB_RX_IPHDR_CSUM_FAIL_MASK 0x4000000
#define MANA_RX_COMP_OOB_RX_TCP_CSUM_SUCCEED_SHIFT 27
#define MANA_RX_COMP_OOB_RX_TCP_CSUM_SUCCEED_MASK 0x8000000
#define MANA_RX_COMP_OOB_RX_TCP_CSUM_FAIL_SHIFT 28
#define MANA_RX_COMP_OOB_RX_TCP_CSUM_FAIL_MASK 0x10000000
#define MANA_RX_COMP_OOB_RX_UDP_CSUM_SUCCEED_SHIFT 29
#define MANA_RX_COMP_OOB_RX_UDP_CSUM_SUCCEED_MASK 0x20000000
#define MANA_RX_COMP_OOB_RX_UDP_CSUM_FAIL_SHIFT 30
#define MANA_RX_COMP_OOB_RX_UDP_CSUM_FAIL_MASK 0x40000000
_Static_assert(sizeof(struct mana_wire_rx_comp_oob) == 60, "rx_comp_oob size");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, cqe_hdr) == 0, "rx_comp_oob.cqe_hdr");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, flags) == 4, "rx_comp_oob.flags");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, pkt_len) == 8, "rx_comp_oob.pkt_len");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, ppi0_reserved1) == 10, "rx_comp_oob.ppi0_reserved1");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, ppi0_reserved2) == 12, "rx_comp_oob.ppi0_reserved2");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, pkt_hash) == 16, "rx_comp_oob.pkt_hash");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, ppi_more) == 20, "rx_comp_oob.ppi_more");
_Static_assert(offsetof(struct mana_wire_rx_comp_oob, rx_wqe_offset) == 56, "rx_comp_oob.rx_wqe_offset");

/* struct mana_tx_comp_oob in a TX CQE's data: completions come in SQ order */
struct mana_wire_tx_comp_oob {
	uint32_t cqe_hdr;	/* @0 */
	uint32_t tx_data_offset;	/* @4 */
	uint32_t offsets;	/* @8 */
	uint32_t reserved[12];	/* @12 */
} __attribute__((packed));
#define MANA_TX_COMP_OOB_SIZE 60
#define MANA_TX_COMP_OOB_TX_CQE_TYPE_SHIFT 0
#define MANA_TX_COMP_OOB_TX_CQE_TYPE_MASK 63
#define MANA_TX_COMP_OOB_TX_CLIENT_TYPE_SHIFT 6
#define MANA_TX_COMP_OOB_TX_CLIENT_TYPE_MASK 192
#define MANA_TX_COMP_OOB_TX_VENDOR_ERR_SHIFT 8
#define MANA_TX_COMP_OOB_TX_VENDOR_ERR_MASK 0xffffff00U
#define MANA_TX_COMP_OOB_TX_SGL_OFFSET_SHIFT 0
#define MANA_TX_COMP_OOB_TX_SGL_OFFSET_MASK 31
#define MANA_TX_COMP_OOB_TX_WQE_OFFSET_SHIFT 5
#define MANA_TX_COMP_OOB_TX_WQE_OFFSET_MASK 0xffffffe0U
_Static_assert(sizeof(struct mana_wire_tx_comp_oob) == 60, "tx_comp_oob size");
_Static_assert(offsetof(struct mana_wire_tx_comp_oob, cqe_hdr) == 0, "tx_comp_oob.cqe_hdr");
_Static_assert(offsetof(struct mana_wire_tx_comp_oob, tx_data_offset) == 4, "tx_comp_oob.tx_data_offset");
_Static_assert(offsetof(struct mana_wire_tx_comp_oob, offsets) == 8, "tx_comp_oob.offsets");
_Static_assert(offsetof(struct mana_wire_tx_comp_oob, reserved) == 12, "tx_comp_oob.reserved");

#endif /* PV_GENERATED_MANA_WIRE_H */
