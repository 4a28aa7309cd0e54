/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_NVSP_WIRE_H
#define PV_GENERATED_NVSP_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* Network VSP (NVSP) */

/* Protocol versions, oldest first. */
#define NVSP_VERSION_V1 2	/* 1 (0.2) */
#define NVSP_VERSION_V2 0x30002	/* 2 (3.2) */
#define NVSP_VERSION_V4 0x40000	/* 4 (4.0) */
#define NVSP_VERSION_V5 0x50000	/* 5 (5.0) */
#define NVSP_VERSION_V6 0x60000	/* 6 (6.0) */
#define NVSP_VERSION_V61 0x60001	/* 6.1 */
#define NVSP_VERSION_COUNT 6

#define NVSP_MSG_SIZE_V1 28	/* message area up to NVSP 6 (OpenVMM PACKET_SIZE_V1) */
#define NVSP_MSG_SIZE_V61 40	/* message area at NVSP 6.1 (OpenVMM PACKET_SIZE_V61) */
#define NVSP_MSG_SIZE 40	/* what a host sends: Linux expects sizeof(struct nvsp_message) */
#define NVSP_INVALID_PROTOCOL_VERSION 0xffffffffU
#define NVSP_RECV_BUF_ID 0xcafe	/* SEND_RECV_BUF id from Linux; also the xfer_pageset_id of receive packets */
#define NVSP_SEND_BUF_ID 0	/* SEND_SEND_BUF id from Linux (DPDK uses 0xFACE) */
#define NVSP_INVALID_SECTION_INDEX 0xffffffffU	/* SEND_RNDIS_PKT: data not in the send buffer */
#define NVSP_MIN_SECTION_SIZE 68	/* Linux refuses receive/send sections below ETH_MIN_MTU */
#define NVSP_RECV_SECTION_SIZE 0x6c0	/* Linux NETVSC_RECV_SECTION_SIZE */
#define NVSP_SEND_SECTION_SIZE 0x1800	/* Linux NETVSC_SEND_SECTION_SIZE */
#define NVSP_RECV_BUFFER_DEFAULT 0x1000000	/* 16 MiB: Linux default receive buffer */
#define NVSP_SEND_BUFFER_DEFAULT 0x100000	/* 1 MiB: Linux default send buffer */
#define NVSP_NDIS_VERSION_6_1 0x60001	/* SEND_NDIS_VER from Linux at NVSP <= 4 */
#define NVSP_NDIS_VERSION_6_30 0x6001e	/* SEND_NDIS_VER from Linux at NVSP >= 5 */
#define NVSP_SEND_TABLE_ENTRIES 16	/* SEND_INDIRECTION_TABLE entries (VRSS_SEND_TAB_SIZE) */
#define NVSP_SEND_TABLE_OFFSET 40	/* where our host puts the send table; Linux reads 40 at NVSP <= 6 */
#define NVSP_MAX_PACKETS_PER_RECEIVE 0x177	/* transfer-page ranges per receive packet (NDIS >= 6.0) */
#define NVSP_RSC_MAX 0x232	/* ranges per receive packet with RSC (NVSP_RSC_MAX) */
#define NVSP_VRSS_CHANNEL_MAX 64	/* most channels (primary + subchannels) Linux uses */
#define NVSP_RSS_TABLE_ENTRIES 128	/* receive indirection table entries (ITAB_NUM) */

/* NVSP_MSG*_TYPE_* (Linux) / MESSAGE*_TYPE_* (OpenVMM) */
enum nvsp_msg_type {
	NVSP_MSG_TYPE_NONE = 0,
	NVSP_MSG_TYPE_INIT = 1,
	NVSP_MSG_TYPE_INIT_COMPLETE = 2,
	NVSP_MSG_TYPE_SEND_NDIS_VER = 100,
	NVSP_MSG_TYPE_SEND_RECV_BUF = 101,
	NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE = 102,
	NVSP_MSG_TYPE_REVOKE_RECV_BUF = 103,
	NVSP_MSG_TYPE_SEND_SEND_BUF = 104,
	NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE = 105,
	NVSP_MSG_TYPE_REVOKE_SEND_BUF = 106,
	NVSP_MSG_TYPE_SEND_RNDIS_PKT = 107,
	NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE = 108,
	NVSP_MSG_TYPE_SEND_CHIMNEY_DELEGATED_BUF = 109,
	NVSP_MSG_TYPE_SEND_CHIMNEY_DELEGATED_BUF_COMP = 110,
	NVSP_MSG_TYPE_REVOKE_CHIMNEY_DELEGATED_BUF = 111,
	NVSP_MSG_TYPE_RESUME_CHIMNEY_RX_INDICATION = 112,
	NVSP_MSG_TYPE_TERMINATE_CHIMNEY = 113,
	NVSP_MSG_TYPE_TERMINATE_CHIMNEY_COMP = 114,
	NVSP_MSG_TYPE_INDICATE_CHIMNEY_EVENT = 115,
	NVSP_MSG_TYPE_SEND_CHIMNEY_PKT = 116,
	NVSP_MSG_TYPE_SEND_CHIMNEY_PKT_COMP = 117,
	NVSP_MSG_TYPE_POST_CHIMNEY_RECV_REQ = 118,
	NVSP_MSG_TYPE_POST_CHIMNEY_RECV_REQ_COMP = 119,
	NVSP_MSG_TYPE_ALLOC_RXBUF = 120,
	NVSP_MSG_TYPE_ALLOC_RXBUF_COMP = 121,
	NVSP_MSG_TYPE_FREE_RXBUF = 122,
	NVSP_MSG_TYPE_SEND_VMQ_RNDIS_PKT = 123,
	NVSP_MSG_TYPE_SEND_VMQ_RNDIS_PKT_COMP = 124,
	NVSP_MSG_TYPE_SEND_NDIS_CONFIG = 125,
	NVSP_MSG_TYPE_ALLOC_CHIMNEY_HANDLE = 126,
	NVSP_MSG_TYPE_ALLOC_CHIMNEY_HANDLE_COMP = 127,
	NVSP_MSG_TYPE_SEND_VF_ASSOCIATION = 128,
	NVSP_MSG_TYPE_SWITCH_DATA_PATH = 129,
	NVSP_MSG_TYPE_UPLINK_CONNECT_STATE = 130,
	NVSP_MSG_TYPE_OID_QUERY_EX = 131,
	NVSP_MSG_TYPE_OID_QUERY_EX_COMP = 132,
	NVSP_MSG_TYPE_SUBCHANNEL = 133,
	NVSP_MSG_TYPE_SEND_INDIRECTION_TABLE = 134,
	NVSP_MSG_TYPE_PD_API = 135,
	NVSP_MSG_TYPE_PD_POST_BATCH = 136,
};

/* NVSP_STAT_* (Linux); OpenVMM uses 0, 1, 2, 5, 6, 7 */
enum nvsp_status {
	NVSP_STATUS_NONE = 0,
	NVSP_STATUS_SUCCESS = 1,
	NVSP_STATUS_FAIL = 2,
	NVSP_STATUS_PROTOCOL_TOO_NEW = 3,
	NVSP_STATUS_PROTOCOL_TOO_OLD = 4,
	NVSP_STATUS_INVALID_RNDIS_PKT = 5,
	NVSP_STATUS_BUSY = 6,
	NVSP_STATUS_PROTOCOL_UNSUPPORTED = 7,
};

/* SEND_RNDIS_PKT channel_type: which RNDIS 'channel' the message belongs to */
enum nvsp_channel_type {
	NVSP_CHANNEL_TYPE_DATA = 0,
	NVSP_CHANNEL_TYPE_CONTROL = 1,
};

enum nvsp_datapath {
	NVSP_DATAPATH_SYNTHETIC = 0,
	NVSP_DATAPATH_VF = 1,
};

enum nvsp_subchannel_op {
	NVSP_SUBCHANNEL_OP_NONE = 0,
	NVSP_SUBCHANNEL_OP_ALLOCATE = 1,
};

/* guest -> host. Linux sends min = max = the version it tries (61, 6, 5, 4, 2, 1). */
struct nvsp_wire_init {
	uint32_t msg_type;	/* @0 */
	uint32_t min_protocol_ver;	/* @4 */
	uint32_t max_protocol_ver;	/* @8 */
} __attribute__((packed));
#define NVSP_INIT_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_init) == 12, "init size");
_Static_assert(offsetof(struct nvsp_wire_init, msg_type) == 0, "init.msg_type");
_Static_assert(offsetof(struct nvsp_wire_init, min_protocol_ver) == 4, "init.min_protocol_ver");
_Static_assert(offsetof(struct nvsp_wire_init, max_protocol_ver) == 8, "init.max_protocol_ver");

/* host -> guest, in the completion of INIT */
struct nvsp_wire_init_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t negotiated_protocol_ver;	/* @4 OpenVMM: deprecated (was the version) */
	uint32_t max_mdl_chain_len;	/* @8 */
	uint32_t status;	/* @12 */
} __attribute__((packed));
#define NVSP_INIT_COMPLETE_SIZE 16
_Static_assert(sizeof(struct nvsp_wire_init_complete) == 16, "init_complete size");
_Static_assert(offsetof(struct nvsp_wire_init_complete, msg_type) == 0, "init_complete.msg_type");
_Static_assert(offsetof(struct nvsp_wire_init_complete, negotiated_protocol_ver) == 4, "init_complete.negotiated_protocol_ver");
_Static_assert(offsetof(struct nvsp_wire_init_complete, max_mdl_chain_len) == 8, "init_complete.max_mdl_chain_len");
_Static_assert(offsetof(struct nvsp_wire_init_complete, status) == 12, "init_complete.status");

/* guest -> host, no reply */
struct nvsp_wire_send_ndis_ver {
	uint32_t msg_type;	/* @0 */
	uint32_t ndis_major_ver;	/* @4 */
	uint32_t ndis_minor_ver;	/* @8 */
} __attribute__((packed));
#define NVSP_SEND_NDIS_VER_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_send_ndis_ver) == 12, "send_ndis_ver size");
_Static_assert(offsetof(struct nvsp_wire_send_ndis_ver, msg_type) == 0, "send_ndis_ver.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_ndis_ver, ndis_major_ver) == 4, "send_ndis_ver.ndis_major_ver");
_Static_assert(offsetof(struct nvsp_wire_send_ndis_ver, ndis_minor_ver) == 8, "send_ndis_ver.ndis_minor_ver");

struct nvsp_wire_send_recv_buf {
	uint32_t msg_type;	/* @0 */
	uint32_t gpadl_handle;	/* @4 */
	uint16_t id;	/* @8 Linux: 0xCAFE */
	uint16_t reserved;	/* @10 */
} __attribute__((packed));
#define NVSP_SEND_RECV_BUF_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_send_recv_buf) == 12, "send_recv_buf size");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf, msg_type) == 0, "send_recv_buf.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf, gpadl_handle) == 4, "send_recv_buf.gpadl_handle");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf, id) == 8, "send_recv_buf.id");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf, reserved) == 10, "send_recv_buf.reserved");

struct nvsp_wire_recv_buf_section {
	uint32_t offset;	/* @0 Linux requires 0 */
	uint32_t sub_alloc_size;	/* @4 Linux requires >= 68 */
	uint32_t num_sub_allocs;	/* @8 */
	uint32_t end_offset;	/* @12 */
} __attribute__((packed));
#define NVSP_RECV_BUF_SECTION_SIZE 16
_Static_assert(sizeof(struct nvsp_wire_recv_buf_section) == 16, "recv_buf_section size");
_Static_assert(offsetof(struct nvsp_wire_recv_buf_section, offset) == 0, "recv_buf_section.offset");
_Static_assert(offsetof(struct nvsp_wire_recv_buf_section, sub_alloc_size) == 4, "recv_buf_section.sub_alloc_size");
_Static_assert(offsetof(struct nvsp_wire_recv_buf_section, num_sub_allocs) == 8, "recv_buf_section.num_sub_allocs");
_Static_assert(offsetof(struct nvsp_wire_recv_buf_section, end_offset) == 12, "recv_buf_section.end_offset");

/* host -> guest, in the completion of SEND_RECV_BUF */
struct nvsp_wire_send_recv_buf_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t status;	/* @4 */
	uint32_t num_sections;	/* @8 Linux requires 1 */
	struct nvsp_wire_recv_buf_section section;	/* @12 */
} __attribute__((packed));
#define NVSP_SEND_RECV_BUF_COMPLETE_SIZE 28
_Static_assert(sizeof(struct nvsp_wire_send_recv_buf_complete) == 28, "send_recv_buf_complete size");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf_complete, msg_type) == 0, "send_recv_buf_complete.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf_complete, status) == 4, "send_recv_buf_complete.status");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf_complete, num_sections) == 8, "send_recv_buf_complete.num_sections");
_Static_assert(offsetof(struct nvsp_wire_send_recv_buf_complete, section) == 12, "send_recv_buf_complete.section");

struct nvsp_wire_revoke_recv_buf {
	uint32_t msg_type;	/* @0 */
	uint16_t id;	/* @4 */
} __attribute__((packed));
#define NVSP_REVOKE_RECV_BUF_SIZE 6
_Static_assert(sizeof(struct nvsp_wire_revoke_recv_buf) == 6, "revoke_recv_buf size");
_Static_assert(offsetof(struct nvsp_wire_revoke_recv_buf, msg_type) == 0, "revoke_recv_buf.msg_type");
_Static_assert(offsetof(struct nvsp_wire_revoke_recv_buf, id) == 4, "revoke_recv_buf.id");

struct nvsp_wire_send_send_buf {
	uint32_t msg_type;	/* @0 */
	uint32_t gpadl_handle;	/* @4 */
	uint16_t id;	/* @8 */
	uint16_t reserved;	/* @10 */
} __attribute__((packed));
#define NVSP_SEND_SEND_BUF_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_send_send_buf) == 12, "send_send_buf size");
_Static_assert(offsetof(struct nvsp_wire_send_send_buf, msg_type) == 0, "send_send_buf.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_send_buf, gpadl_handle) == 4, "send_send_buf.gpadl_handle");
_Static_assert(offsetof(struct nvsp_wire_send_send_buf, id) == 8, "send_send_buf.id");
_Static_assert(offsetof(struct nvsp_wire_send_send_buf, reserved) == 10, "send_send_buf.reserved");

/* host -> guest, in the completion of SEND_SEND_BUF; the host picks the section size */
struct nvsp_wire_send_send_buf_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t status;	/* @4 */
	uint32_t section_size;	/* @8 Linux requires >= 68 */
} __attribute__((packed));
#define NVSP_SEND_SEND_BUF_COMPLETE_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_send_send_buf_complete) == 12, "send_send_buf_complete size");
_Static_assert(offsetof(struct nvsp_wire_send_send_buf_complete, msg_type) == 0, "send_send_buf_complete.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_send_buf_complete, status) == 4, "send_send_buf_complete.status");
_Static_assert(offsetof(struct nvsp_wire_send_send_buf_complete, section_size) == 8, "send_send_buf_complete.section_size");

struct nvsp_wire_revoke_send_buf {
	uint32_t msg_type;	/* @0 */
	uint16_t id;	/* @4 */
} __attribute__((packed));
#define NVSP_REVOKE_SEND_BUF_SIZE 6
_Static_assert(sizeof(struct nvsp_wire_revoke_send_buf) == 6, "revoke_send_buf size");
_Static_assert(offsetof(struct nvsp_wire_revoke_send_buf, msg_type) == 0, "revoke_send_buf.msg_type");
_Static_assert(offsetof(struct nvsp_wire_revoke_send_buf, id) == 4, "revoke_send_buf.id");

/* Both ways. Guest -> host: the RNDIS message(s) are in send-buffer section send_buf_section_index (several, each aligned, walk by msg_len) or in the packet's GPA ranges. Host -> guest: in a transfer-page packet (xfer_pageset_id RECV_BUF_ID), one range per RNDIS message. */
struct nvsp_wire_send_rndis_pkt {
	uint32_t msg_type;	/* @0 */
	uint32_t channel_type;	/* @4 */
	uint32_t send_buf_section_index;	/* @8 0xFFFFFFFF: not in the send buffer */
	uint32_t send_buf_section_size;	/* @12 bytes used in the section */
} __attribute__((packed));
#define NVSP_SEND_RNDIS_PKT_SIZE 16
_Static_assert(sizeof(struct nvsp_wire_send_rndis_pkt) == 16, "send_rndis_pkt size");
_Static_assert(offsetof(struct nvsp_wire_send_rndis_pkt, msg_type) == 0, "send_rndis_pkt.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_rndis_pkt, channel_type) == 4, "send_rndis_pkt.channel_type");
_Static_assert(offsetof(struct nvsp_wire_send_rndis_pkt, send_buf_section_index) == 8, "send_rndis_pkt.send_buf_section_index");
_Static_assert(offsetof(struct nvsp_wire_send_rndis_pkt, send_buf_section_size) == 12, "send_rndis_pkt.send_buf_section_size");

/* both ways, in completion packets echoing the transaction id */
struct nvsp_wire_send_rndis_pkt_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t status;	/* @4 an nvsp_status; not checked (a guest may send anything) */
} __attribute__((packed));
#define NVSP_SEND_RNDIS_PKT_COMPLETE_SIZE 8
_Static_assert(sizeof(struct nvsp_wire_send_rndis_pkt_complete) == 8, "send_rndis_pkt_complete size");
_Static_assert(offsetof(struct nvsp_wire_send_rndis_pkt_complete, msg_type) == 0, "send_rndis_pkt_complete.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_rndis_pkt_complete, status) == 4, "send_rndis_pkt_complete.status");

/* guest -> host (NVSP >= 2), no reply */
struct nvsp_wire_send_ndis_config {
	uint32_t msg_type;	/* @0 */
	uint32_t mtu;	/* @4 Linux: MTU + 14 */
	uint32_t reserved;	/* @8 */
	uint64_t capability;	/* @12 Linux sets ieee8021q; sriov and teaming from NVSP 5; rsc at 6.1. Other bits are ignored. */
} __attribute__((packed));
#define NVSP_SEND_NDIS_CONFIG_SIZE 20
#define NVSP_SEND_NDIS_CONFIG_VMQ_SHIFT 0
#define NVSP_SEND_NDIS_CONFIG_VMQ_MASK 1
#define NVSP_SEND_NDIS_CONFIG_CHIMNEY_SHIFT 1
#define NVSP_SEND_NDIS_CONFIG_CHIMNEY_MASK 2
#define NVSP_SEND_NDIS_CONFIG_SRIOV_SHIFT 2
#define NVSP_SEND_NDIS_CONFIG_SRIOV_MASK 4
#define NVSP_SEND_NDIS_CONFIG_IEEE8021Q_SHIFT 3
#define NVSP_SEND_NDIS_CONFIG_IEEE8021Q_MASK 8
#define NVSP_SEND_NDIS_CONFIG_CORRELATION_ID_SHIFT 4
#define NVSP_SEND_NDIS_CONFIG_CORRELATION_ID_MASK 16
#define NVSP_SEND_NDIS_CONFIG_TEAMING_SHIFT 5
#define NVSP_SEND_NDIS_CONFIG_TEAMING_MASK 32
#define NVSP_SEND_NDIS_CONFIG_VIRTUAL_SUBNET_ID_SHIFT 6
#define NVSP_SEND_NDIS_CONFIG_VIRTUAL_SUBNET_ID_MASK 64
#define NVSP_SEND_NDIS_CONFIG_RSC_SHIFT 7
#define NVSP_SEND_NDIS_CONFIG_RSC_MASK 128
_Static_assert(sizeof(struct nvsp_wire_send_ndis_config) == 20, "send_ndis_config size");
_Static_assert(offsetof(struct nvsp_wire_send_ndis_config, msg_type) == 0, "send_ndis_config.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_ndis_config, mtu) == 4, "send_ndis_config.mtu");
_Static_assert(offsetof(struct nvsp_wire_send_ndis_config, reserved) == 8, "send_ndis_config.reserved");
_Static_assert(offsetof(struct nvsp_wire_send_ndis_config, capability) == 12, "send_ndis_config.capability");

/* host -> guest (NVSP >= 4). Send only when a matching PCI VF exists. */
struct nvsp_wire_send_vf_association {
	uint32_t msg_type;	/* @0 */
	uint32_t allocated;	/* @4 */
	uint32_t serial;	/* @8 */
} __attribute__((packed));
#define NVSP_SEND_VF_ASSOCIATION_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_send_vf_association) == 12, "send_vf_association size");
_Static_assert(offsetof(struct nvsp_wire_send_vf_association, msg_type) == 0, "send_vf_association.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_vf_association, allocated) == 4, "send_vf_association.allocated");
_Static_assert(offsetof(struct nvsp_wire_send_vf_association, serial) == 8, "send_vf_association.serial");

/* guest -> host (NVSP >= 4); Linux 6.1 requests a completion and waits for it without a time limit, and takes only a completion without payload for it (netvsc_send_completion) */
struct nvsp_wire_switch_data_path {
	uint32_t msg_type;	/* @0 */
	uint32_t active_datapath;	/* @4 */
} __attribute__((packed));
#define NVSP_SWITCH_DATA_PATH_SIZE 8
_Static_assert(sizeof(struct nvsp_wire_switch_data_path) == 8, "switch_data_path size");
_Static_assert(offsetof(struct nvsp_wire_switch_data_path, msg_type) == 0, "switch_data_path.msg_type");
_Static_assert(offsetof(struct nvsp_wire_switch_data_path, active_datapath) == 4, "switch_data_path.active_datapath");

/* deprecated; no known layout */
struct nvsp_wire_uplink_connect_state {
	uint32_t msg_type;	/* @0 */
} __attribute__((packed));
#define NVSP_UPLINK_CONNECT_STATE_SIZE 4
_Static_assert(sizeof(struct nvsp_wire_uplink_connect_state) == 4, "uplink_connect_state size");
_Static_assert(offsetof(struct nvsp_wire_uplink_connect_state, msg_type) == 0, "uplink_connect_state.msg_type");

/* guest -> host (NVSP >= 5); unused by Linux */
struct nvsp_wire_oid_query_ex {
	uint32_t msg_type;	/* @0 */
	uint8_t hdr_type;	/* @4 NDIS object header */
	uint8_t hdr_revision;	/* @5 */
	uint16_t hdr_size;	/* @6 */
	uint32_t oid;	/* @8 */
} __attribute__((packed));
#define NVSP_OID_QUERY_EX_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_oid_query_ex) == 12, "oid_query_ex size");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex, msg_type) == 0, "oid_query_ex.msg_type");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex, hdr_type) == 4, "oid_query_ex.hdr_type");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex, hdr_revision) == 5, "oid_query_ex.hdr_revision");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex, hdr_size) == 6, "oid_query_ex.hdr_size");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex, oid) == 8, "oid_query_ex.oid");

struct nvsp_wire_oid_query_ex_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t status;	/* @4 */
	uint32_t bytes;	/* @8 */
} __attribute__((packed));
#define NVSP_OID_QUERY_EX_COMPLETE_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_oid_query_ex_complete) == 12, "oid_query_ex_complete size");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex_complete, msg_type) == 0, "oid_query_ex_complete.msg_type");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex_complete, status) == 4, "oid_query_ex_complete.status");
_Static_assert(offsetof(struct nvsp_wire_oid_query_ex_complete, bytes) == 8, "oid_query_ex_complete.bytes");

/* guest -> host (NVSP >= 5), after OID_GEN_RECEIVE_SCALE_CAPABILITIES said more than one queue. The host must then offer exactly the granted number of subchannels: Linux waits for them without a timeout. */
struct nvsp_wire_subchannel_request {
	uint32_t msg_type;	/* @0 */
	uint32_t op;	/* @4 */
	uint32_t num_subchannels;	/* @8 */
} __attribute__((packed));
#define NVSP_SUBCHANNEL_REQUEST_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_subchannel_request) == 12, "subchannel_request size");
_Static_assert(offsetof(struct nvsp_wire_subchannel_request, msg_type) == 0, "subchannel_request.msg_type");
_Static_assert(offsetof(struct nvsp_wire_subchannel_request, op) == 4, "subchannel_request.op");
_Static_assert(offsetof(struct nvsp_wire_subchannel_request, num_subchannels) == 8, "subchannel_request.num_subchannels");

/* host -> guest, in the completion of SUBCHANNEL. Same type code as the request, so it is not in the message table (told apart only by direction): encode and decode it with nvsp_subchannel_complete_*. */
struct nvsp_wire_subchannel_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t status;	/* @4 */
	uint32_t num_subchannels;	/* @8 */
} __attribute__((packed));
#define NVSP_SUBCHANNEL_COMPLETE_SIZE 12
_Static_assert(sizeof(struct nvsp_wire_subchannel_complete) == 12, "subchannel_complete size");
_Static_assert(offsetof(struct nvsp_wire_subchannel_complete, msg_type) == 0, "subchannel_complete.msg_type");
_Static_assert(offsetof(struct nvsp_wire_subchannel_complete, status) == 4, "subchannel_complete.status");
_Static_assert(offsetof(struct nvsp_wire_subchannel_complete, num_subchannels) == 8, "subchannel_complete.num_subchannels");

/* host -> guest (NVSP >= 5): which channel the guest sends each hash bucket on. The table sits table_offset bytes from the message start; our host always puts it at 40 (Linux reads it there at NVSP <= 6 and at table_offset from 6.1). */
struct nvsp_wire_send_indirection_table {
	uint32_t msg_type;	/* @0 */
	uint32_t count;	/* @4 */
	uint32_t table_offset;	/* @8 */
	uint8_t pad[28];	/* @12 */
	uint32_t table[16];	/* @40 channel index per bucket */
} __attribute__((packed));
#define NVSP_SEND_INDIRECTION_TABLE_SIZE 104
_Static_assert(sizeof(struct nvsp_wire_send_indirection_table) == 104, "send_indirection_table size");
_Static_assert(offsetof(struct nvsp_wire_send_indirection_table, msg_type) == 0, "send_indirection_table.msg_type");
_Static_assert(offsetof(struct nvsp_wire_send_indirection_table, count) == 4, "send_indirection_table.count");
_Static_assert(offsetof(struct nvsp_wire_send_indirection_table, table_offset) == 8, "send_indirection_table.table_offset");
_Static_assert(offsetof(struct nvsp_wire_send_indirection_table, pad) == 12, "send_indirection_table.pad");
_Static_assert(offsetof(struct nvsp_wire_send_indirection_table, table) == 40, "send_indirection_table.table");

#endif /* PV_GENERATED_NVSP_WIRE_H */
