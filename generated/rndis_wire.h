/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_RNDIS_WIRE_H
#define PV_GENERATED_RNDIS_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* Remote NDIS over VMBus (RNDIS) */

/* Protocol versions, oldest first. */
#define RNDIS_VERSION_V1_0 0x10000	/* 1.0 */
#define RNDIS_VERSION_COUNT 1

#define RNDIS_MAJOR_VERSION 1
#define RNDIS_MINOR_VERSION 0
#define RNDIS_MSG_COMPLETION 0x80000000U	/* ORed into a request's type for its completion */
#define RNDIS_MSG_BUS 0xff000001U	/* reserved for the lower-layer bus driver */
#define RNDIS_HEADER_SIZE 8
#define RNDIS_PACKET_HEADER_SIZE 44	/* RNDIS header + rndis_packet */
#define RNDIS_QUERY_INFO_OFFSET 20	/* where Linux puts the information buffer (after the request body) */
#define RNDIS_MAX_XFER_SIZE_LINUX 0x4000	/* INIT max_xfer_size from Linux */
#define RNDIS_MAX_PKT_PER_MSG 8	/* INIT_C max_pkt_per_msg Hyper-V hosts give (Linux RNDIS_MAX_PKT_DEFAULT) */
#define RNDIS_PKT_ALIGNMENT_FACTOR 3	/* INIT_C: messages aligned to 1 << 3 = 8 bytes */
#define RNDIS_DF_CONNECTIONLESS 1	/* INIT_C dev_flags */
#define RNDIS_MEDIUM_802_3 0
#define RNDIS_MEDIA_STATE_CONNECTED 0	/* OID_GEN_MEDIA_CONNECT_STATUS value */
#define RNDIS_MEDIA_STATE_DISCONNECTED 1
#define RNDIS_NDIS_OFFLOAD_SIZE_6_0 112	/* NDIS_OFFLOAD revision 1 (Linux NDIS_OFFLOAD_SIZE_6_0) */
#define RNDIS_NDIS_OFFLOAD_SIZE_6_1 144	/* revision 2 (adds IPsec v2) */
#define RNDIS_NDIS_OFFLOAD_SIZE_6_30 156	/* revision 3 (adds RSC and GRE); the most a Linux guest accepts */
#define RNDIS_PKTINFO_ID_V1 1	/* pktinfo_id.ver */
#define RNDIS_RSC_MAX_FRAGMENTS 0x232	/* fragments of one coalesced receive Linux accepts (NVSP_RSC_MAX) */
#define RNDIS_NDIS_OFFLOAD_REVISION_1 1
#define RNDIS_NDIS_OFFLOAD_REVISION_2 2
#define RNDIS_NDIS_OFFLOAD_REVISION_3 3
#define RNDIS_OFFLOAD_PARAMS_SIZE_V4 22	/* OID_TCP_OFFLOAD_PARAMETERS length from Linux at NVSP <= 4 */
#define RNDIS_OFFLOAD_PARAMS_REVISION_3 3	/* what Linux sends whatever the size */
#define RNDIS_RSS_CAPS_REVISION_2 2
#define RNDIS_RSS_PARAMS_REVISION_2 2
#define RNDIS_RSS_TABLE_MAX 128	/* indirection table entries (u32 each from Linux) */
#define RNDIS_RSS_KEY_MAX 40	/* Toeplitz key bytes */
#define RNDIS_NDIS_ENCAP_IEEE_802_3 2	/* encapsulation value Linux requires for LSOv2 and checksums */
#define RNDIS_LSO_MAX_OFFLOAD_SIZE 0xf53c	/* LSOv2 max size OpenVMM and vmswitch advertise; Linux further caps GSO at 62768 */
#define RNDIS_LSO_MIN_SEGMENT_COUNT 2	/* LSOv2 min segments OpenVMM advertises */
#define RNDIS_PPI_HEADER_SIZE 12

enum rndis_msg_type {
	RNDIS_MSG_TYPE_PACKET = 1,
	RNDIS_MSG_TYPE_INIT = 2,
	RNDIS_MSG_TYPE_HALT = 3,
	RNDIS_MSG_TYPE_QUERY = 4,
	RNDIS_MSG_TYPE_SET = 5,
	RNDIS_MSG_TYPE_RESET = 6,
	RNDIS_MSG_TYPE_INDICATE = 7,
	RNDIS_MSG_TYPE_KEEPALIVE = 8,
	RNDIS_MSG_TYPE_SET_EX = 9,
	RNDIS_MSG_TYPE_INIT_C = (int)0x80000002U,
	RNDIS_MSG_TYPE_QUERY_C = (int)0x80000004U,
	RNDIS_MSG_TYPE_SET_C = (int)0x80000005U,
	RNDIS_MSG_TYPE_RESET_C = (int)0x80000006U,
	RNDIS_MSG_TYPE_KEEPALIVE_C = (int)0x80000008U,
	RNDIS_MSG_TYPE_SET_EX_C = (int)0x80000009U,
};

/* NDIS_STATUS values used in completions and indications */
enum rndis_status {
	RNDIS_STATUS_SUCCESS = 0,
	RNDIS_STATUS_PENDING = 0x103,
	RNDIS_STATUS_MEDIA_CONNECT = 0x4001000b,
	RNDIS_STATUS_MEDIA_DISCONNECT = 0x4001000c,
	RNDIS_STATUS_MEDIA_SPECIFIC_INDICATION = 0x40010012,
	RNDIS_STATUS_LINK_SPEED_CHANGE = 0x40010013,
	RNDIS_STATUS_NETWORK_CHANGE = 0x40010018,
	RNDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG = 0x40020006,
	RNDIS_STATUS_BUFFER_OVERFLOW = (int)0x80000005U,
	RNDIS_STATUS_FAILURE = (int)0xc0000001U,
	RNDIS_STATUS_INVALID_PARAMETER = (int)0xc000000dU,
	RNDIS_STATUS_RESOURCES = (int)0xc000009aU,
	RNDIS_STATUS_NOT_SUPPORTED = (int)0xc00000bbU,
	RNDIS_STATUS_INVALID_LENGTH = (int)0xc0010014U,
	RNDIS_STATUS_INVALID_DATA = (int)0xc0010015U,
	RNDIS_STATUS_BUFFER_TOO_SHORT = (int)0xc0010016U,
	RNDIS_STATUS_INVALID_OID = (int)0xc0010017U,
};

/* The OIDs Linux 6.1 (rndis_filter.c) and Windows netvsc guests query or set, with the value each carries.  Unknown OIDs get NOT_SUPPORTED.
 */
enum rndis_oid {
	RNDIS_OID_GEN_SUPPORTED_LIST = 0x10101,
	RNDIS_OID_GEN_HARDWARE_STATUS = 0x10102,
	RNDIS_OID_GEN_MEDIA_SUPPORTED = 0x10103,
	RNDIS_OID_GEN_MEDIA_IN_USE = 0x10104,
	RNDIS_OID_GEN_MAXIMUM_LOOKAHEAD = 0x10105,
	RNDIS_OID_GEN_MAXIMUM_FRAME_SIZE = 0x10106,
	RNDIS_OID_GEN_LINK_SPEED = 0x10107,
	RNDIS_OID_GEN_TRANSMIT_BUFFER_SPACE = 0x10108,
	RNDIS_OID_GEN_RECEIVE_BUFFER_SPACE = 0x10109,
	RNDIS_OID_GEN_TRANSMIT_BLOCK_SIZE = 0x1010a,
	RNDIS_OID_GEN_RECEIVE_BLOCK_SIZE = 0x1010b,
	RNDIS_OID_GEN_VENDOR_ID = 0x1010c,
	RNDIS_OID_GEN_VENDOR_DESCRIPTION = 0x1010d,
	RNDIS_OID_GEN_CURRENT_PACKET_FILTER = 0x1010e,
	RNDIS_OID_GEN_CURRENT_LOOKAHEAD = 0x1010f,
	RNDIS_OID_GEN_DRIVER_VERSION = 0x10110,
	RNDIS_OID_GEN_MAXIMUM_TOTAL_SIZE = 0x10111,
	RNDIS_OID_GEN_PROTOCOL_OPTIONS = 0x10112,
	RNDIS_OID_GEN_MAC_OPTIONS = 0x10113,
	RNDIS_OID_GEN_MEDIA_CONNECT_STATUS = 0x10114,
	RNDIS_OID_GEN_MAXIMUM_SEND_PACKETS = 0x10115,
	RNDIS_OID_GEN_VENDOR_DRIVER_VERSION = 0x10116,
	RNDIS_OID_GEN_NETWORK_LAYER_ADDRESSES = 0x10118,
	RNDIS_OID_GEN_TRANSPORT_HEADER_OFFSET = 0x10119,
	RNDIS_OID_GEN_RECEIVE_SCALE_CAPABILITIES = 0x10203,
	RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS = 0x10204,
	RNDIS_OID_GEN_MAX_LINK_SPEED = 0x10206,
	RNDIS_OID_GEN_LINK_STATE = 0x10207,
	RNDIS_OID_GEN_LINK_PARAMETERS = 0x10208,
	RNDIS_OID_GEN_INTERRUPT_MODERATION = 0x10209,
	RNDIS_OID_GEN_MACHINE_NAME = 0x1021a,
	RNDIS_OID_GEN_RNDIS_CONFIG_PARAMETER = 0x1021b,
	RNDIS_OID_GEN_XMIT_OK = 0x20101,
	RNDIS_OID_GEN_RCV_OK = 0x20102,
	RNDIS_OID_GEN_XMIT_ERROR = 0x20103,
	RNDIS_OID_GEN_RCV_ERROR = 0x20104,
	RNDIS_OID_GEN_RCV_NO_BUFFER = 0x20105,
	RNDIS_OID_GEN_FRIENDLY_NAME = 0x20216,
	RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS = 0x1010101,
	RNDIS_OID_IEEE_802_3_CURRENT_ADDRESS = 0x1010102,
	RNDIS_OID_IEEE_802_3_MULTICAST_LIST = 0x1010103,
	RNDIS_OID_IEEE_802_3_MAXIMUM_LIST_SIZE = 0x1010104,
	RNDIS_OID_IEEE_802_3_MAC_OPTIONS = 0x1010105,
	RNDIS_OID_OFFLOAD_ENCAPSULATION = 0x101010a,
	RNDIS_OID_IEEE_802_3_RCV_ERROR_ALIGNMENT = 0x1020101,
	RNDIS_OID_IEEE_802_3_XMIT_ONE_COLLISION = 0x1020102,
	RNDIS_OID_IEEE_802_3_XMIT_MORE_COLLISIONS = 0x1020103,
	RNDIS_OID_TCP_OFFLOAD_CURRENT_CONFIG = (int)0xfc01020bU,
	RNDIS_OID_TCP_OFFLOAD_PARAMETERS = (int)0xfc01020cU,
	RNDIS_OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES = (int)0xfc01020dU,
	RNDIS_OID_TCP_CONNECTION_OFFLOAD_CURRENT_CONFIG = (int)0xfc01020eU,
	RNDIS_OID_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES = (int)0xfc01020fU,
};

/* enum ndis_per_pkt_info_type (the 31-bit type of a PPI) */
enum rndis_ppi_type {
	RNDIS_PPI_TYPE_TCPIP_CHKSUM = 0,
	RNDIS_PPI_TYPE_IPSEC = 1,
	RNDIS_PPI_TYPE_TCP_LARGESEND = 2,
	RNDIS_PPI_TYPE_CLASSIFICATION_HANDLE = 3,
	RNDIS_PPI_TYPE_NDIS_RESERVED = 4,
	RNDIS_PPI_TYPE_SG_LIST = 5,
	RNDIS_PPI_TYPE_IEEE_8021Q = 6,
	RNDIS_PPI_TYPE_ORIGINAL = 7,
	RNDIS_PPI_TYPE_NBL_HASH_VALUE = 8,
	RNDIS_PPI_TYPE_ORIGINAL_NET_BUFLIST = 9,
	RNDIS_PPI_TYPE_CACHED_NET_BUFLIST = 10,
	RNDIS_PPI_TYPE_SHORT_PKT_PADINFO = 11,
};

/* types of PPIs with the internal bit set */
enum rndis_ppi_internal_type {
	RNDIS_PPI_INTERNAL_TYPE_PKTINFO_ID = 1,
};

enum rndis_ndis_object_type {
	RNDIS_NDIS_OBJECT_TYPE_DEFAULT = 128,
	RNDIS_NDIS_OBJECT_TYPE_RSS_CAPABILITIES = 136,
	RNDIS_NDIS_OBJECT_TYPE_RSS_PARAMETERS = 137,
	RNDIS_NDIS_OBJECT_TYPE_OID_REQUEST = 150,
	RNDIS_NDIS_OBJECT_TYPE_OFFLOAD = 167,
	RNDIS_NDIS_OBJECT_TYPE_OFFLOAD_ENCAPSULATION = 168,
};

/* offload_params checksum fields */
enum rndis_offload_param_csum {
	RNDIS_OFFLOAD_PARAM_CSUM_NO_CHANGE = 0,
	RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_DISABLED = 1,
	RNDIS_OFFLOAD_PARAM_CSUM_TX_ENABLED_RX_DISABLED = 2,
	RNDIS_OFFLOAD_PARAM_CSUM_RX_ENABLED_TX_DISABLED = 3,
	RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED = 4,
};

/* offload_params LSO, RSC and other on/off fields */
enum rndis_offload_param_simple {
	RNDIS_OFFLOAD_PARAM_SIMPLE_NO_CHANGE = 0,
	RNDIS_OFFLOAD_PARAM_SIMPLE_DISABLED = 1,
	RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED = 2,
};

enum rndis_config_param_type {
	RNDIS_CONFIG_PARAM_TYPE_INTEGER = 0,
	RNDIS_CONFIG_PARAM_TYPE_HEX_INTEGER = 1,
	RNDIS_CONFIG_PARAM_TYPE_STRING = 2,
	RNDIS_CONFIG_PARAM_TYPE_MULTI_STRING = 3,
	RNDIS_CONFIG_PARAM_TYPE_BINARY = 4,
};

/* OID_GEN_CURRENT_PACKET_FILTER (NDIS_PACKET_TYPE_*) */
#define RNDIS_PACKET_FILTER_DIRECTED 1
#define RNDIS_PACKET_FILTER_MULTICAST 2
#define RNDIS_PACKET_FILTER_ALL_MULTICAST 4
#define RNDIS_PACKET_FILTER_BROADCAST 8
#define RNDIS_PACKET_FILTER_SOURCE_ROUTING 16
#define RNDIS_PACKET_FILTER_PROMISCUOUS 32
#define RNDIS_PACKET_FILTER_SMT 64
#define RNDIS_PACKET_FILTER_ALL_LOCAL 128
#define RNDIS_PACKET_FILTER_GROUP 0x100
#define RNDIS_PACKET_FILTER_ALL_FUNCTIONAL 0x200
#define RNDIS_PACKET_FILTER_FUNCTIONAL 0x400
#define RNDIS_PACKET_FILTER_MAC_FRAME 0x800
#define RNDIS_PACKET_FILTER_MASK 0xfff

/* OID_GEN_MAC_OPTIONS */
#define RNDIS_MAC_OPTIONS_COPY_LOOKAHEAD_DATA 1
#define RNDIS_MAC_OPTIONS_RECEIVE_SERIALIZED 2
#define RNDIS_MAC_OPTIONS_TRANSFERS_NOT_PEND 4
#define RNDIS_MAC_OPTIONS_NO_LOOPBACK 8
#define RNDIS_MAC_OPTIONS_FULL_DUPLEX 16
#define RNDIS_MAC_OPTIONS_EOTX_INDICATION 32
#define RNDIS_MAC_OPTIONS_PRIORITY_8021P 64
#define RNDIS_MAC_OPTIONS_SUPPORTS_MAC_ADDRESS_OVERWRITE 128
#define RNDIS_MAC_OPTIONS_RECEIVE_AT_DPC 0x100
#define RNDIS_MAC_OPTIONS_VLAN_8021Q 0x200
#define RNDIS_MAC_OPTIONS_MASK 0x3ff

/* rss_params hashinfo: hash function (low byte) and NDIS_HASH_* types */
#define RNDIS_HASH_INFO_FUNC_TOEPLITZ 1
#define RNDIS_HASH_INFO_IPV4 0x100
#define RNDIS_HASH_INFO_TCP_IPV4 0x200
#define RNDIS_HASH_INFO_IPV6 0x400
#define RNDIS_HASH_INFO_IPV6_EX 0x800
#define RNDIS_HASH_INFO_TCP_IPV6 0x1000
#define RNDIS_HASH_INFO_TCP_IPV6_EX 0x2000
#define RNDIS_HASH_INFO_UDP_IPV4 0x4000
#define RNDIS_HASH_INFO_UDP_IPV6 0x8000
#define RNDIS_HASH_INFO_UDP_IPV6_EX 0x10000
#define RNDIS_HASH_INFO_MASK 0x1ff01

/* rss_caps cap_flag (NDIS_RSS_CAPS_*) */
#define RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_TCP_IPV4 0x100
#define RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_TCP_IPV6 0x200
#define RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_TCP_IPV6_EX 0x400
#define RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_UDP_IPV4 0x800
#define RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_UDP_IPV6 0x1000
#define RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_UDP_IPV6_EX 0x2000
#define RNDIS_RSS_CAPS_FLAGS_MESSAGE_SIGNALED_INTERRUPTS 0x1000000
#define RNDIS_RSS_CAPS_FLAGS_CLASSIFICATION_AT_ISR 0x2000000
#define RNDIS_RSS_CAPS_FLAGS_CLASSIFICATION_AT_DPC 0x4000000
#define RNDIS_RSS_CAPS_FLAGS_USING_MSI_X 0x8000000
#define RNDIS_RSS_CAPS_FLAGS_RSS_AVAILABLE_ON_PORTS 0x10000000
#define RNDIS_RSS_CAPS_FLAGS_SUPPORTS_MSI_X 0x20000000
#define RNDIS_RSS_CAPS_FLAGS_SUPPORTS_INDEPENDENT_ENTRY_MOVE 0x40000000
#define RNDIS_RSS_CAPS_FLAGS_MASK 0x7f003f00

/* rss_params flag (NDIS_RSS_PARAM_FLAG_*) */
#define RNDIS_RSS_PARAM_FLAGS_BASE_CPU_UNCHANGED 1
#define RNDIS_RSS_PARAM_FLAGS_HASH_INFO_UNCHANGED 2
#define RNDIS_RSS_PARAM_FLAGS_ITABLE_UNCHANGED 4
#define RNDIS_RSS_PARAM_FLAGS_HASH_KEY_UNCHANGED 8
#define RNDIS_RSS_PARAM_FLAGS_DISABLE_RSS 16
#define RNDIS_RSS_PARAM_FLAGS_DEFAULT_PROCESSOR_UNCHANGED 32
#define RNDIS_RSS_PARAM_FLAGS_MASK 63

/* NDIS_OFFLOAD_ENCAP_* in ndis_offload */
#define RNDIS_ENCAP_NULL_ENCAP 1
#define RNDIS_ENCAP_IEEE_802_3 2
#define RNDIS_ENCAP_IEEE_802_3_PQ 4
#define RNDIS_ENCAP_IEEE_802_3_PQ_OOB 8
#define RNDIS_ENCAP_RFC1483 16
#define RNDIS_ENCAP_MASK 31

/* guest -> host; Linux: major 1, minor 0, max_xfer_size 0x4000 */
struct rndis_wire_init {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t major_ver;	/* @12 */
	uint32_t minor_ver;	/* @16 */
	uint32_t max_xfer_size;	/* @20 */
} __attribute__((packed));
#define RNDIS_INIT_SIZE 24
_Static_assert(sizeof(struct rndis_wire_init) == 24, "init size");
_Static_assert(offsetof(struct rndis_wire_init, msg_type) == 0, "init.msg_type");
_Static_assert(offsetof(struct rndis_wire_init, msg_len) == 4, "init.msg_len");
_Static_assert(offsetof(struct rndis_wire_init, req_id) == 8, "init.req_id");
_Static_assert(offsetof(struct rndis_wire_init, major_ver) == 12, "init.major_ver");
_Static_assert(offsetof(struct rndis_wire_init, minor_ver) == 16, "init.minor_ver");
_Static_assert(offsetof(struct rndis_wire_init, max_xfer_size) == 20, "init.max_xfer_size");

/* host -> guest */
struct rndis_wire_init_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t status;	/* @12 */
	uint32_t major_ver;	/* @16 */
	uint32_t minor_ver;	/* @20 */
	uint32_t dev_flags;	/* @24 DF_CONNECTIONLESS */
	uint32_t medium;	/* @28 MEDIUM_802_3 */
	uint32_t max_pkt_per_msg;	/* @32 */
	uint32_t max_xfer_size;	/* @36 */
	uint32_t pkt_alignment_factor;	/* @40 alignment is 1 << factor */
	uint32_t af_list_offset;	/* @44 */
	uint32_t af_list_size;	/* @48 */
} __attribute__((packed));
#define RNDIS_INIT_COMPLETE_SIZE 52
_Static_assert(sizeof(struct rndis_wire_init_complete) == 52, "init_complete size");
_Static_assert(offsetof(struct rndis_wire_init_complete, msg_type) == 0, "init_complete.msg_type");
_Static_assert(offsetof(struct rndis_wire_init_complete, msg_len) == 4, "init_complete.msg_len");
_Static_assert(offsetof(struct rndis_wire_init_complete, req_id) == 8, "init_complete.req_id");
_Static_assert(offsetof(struct rndis_wire_init_complete, status) == 12, "init_complete.status");
_Static_assert(offsetof(struct rndis_wire_init_complete, major_ver) == 16, "init_complete.major_ver");
_Static_assert(offsetof(struct rndis_wire_init_complete, minor_ver) == 20, "init_complete.minor_ver");
_Static_assert(offsetof(struct rndis_wire_init_complete, dev_flags) == 24, "init_complete.dev_flags");
_Static_assert(offsetof(struct rndis_wire_init_complete, medium) == 28, "init_complete.medium");
_Static_assert(offsetof(struct rndis_wire_init_complete, max_pkt_per_msg) == 32, "init_complete.max_pkt_per_msg");
_Static_assert(offsetof(struct rndis_wire_init_complete, max_xfer_size) == 36, "init_complete.max_xfer_size");
_Static_assert(offsetof(struct rndis_wire_init_complete, pkt_alignment_factor) == 40, "init_complete.pkt_alignment_factor");
_Static_assert(offsetof(struct rndis_wire_init_complete, af_list_offset) == 44, "init_complete.af_list_offset");
_Static_assert(offsetof(struct rndis_wire_init_complete, af_list_size) == 48, "init_complete.af_list_size");

/* guest -> host; no reply (Linux does not wait) */
struct rndis_wire_halt {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
} __attribute__((packed));
#define RNDIS_HALT_SIZE 12
_Static_assert(sizeof(struct rndis_wire_halt) == 12, "halt size");
_Static_assert(offsetof(struct rndis_wire_halt, msg_type) == 0, "halt.msg_type");
_Static_assert(offsetof(struct rndis_wire_halt, msg_len) == 4, "halt.msg_len");
_Static_assert(offsetof(struct rndis_wire_halt, req_id) == 8, "halt.req_id");

/* guest -> host; the information buffer (the query's input) is at 8 + info_buf_offset */
struct rndis_wire_query {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t oid;	/* @12 */
	uint32_t info_buflen;	/* @16 */
	uint32_t info_buf_offset;	/* @20 */
	uint32_t dev_vc_handle;	/* @24 */
} __attribute__((packed));
#define RNDIS_QUERY_SIZE 28
_Static_assert(sizeof(struct rndis_wire_query) == 28, "query size");
_Static_assert(offsetof(struct rndis_wire_query, msg_type) == 0, "query.msg_type");
_Static_assert(offsetof(struct rndis_wire_query, msg_len) == 4, "query.msg_len");
_Static_assert(offsetof(struct rndis_wire_query, req_id) == 8, "query.req_id");
_Static_assert(offsetof(struct rndis_wire_query, oid) == 12, "query.oid");
_Static_assert(offsetof(struct rndis_wire_query, info_buflen) == 16, "query.info_buflen");
_Static_assert(offsetof(struct rndis_wire_query, info_buf_offset) == 20, "query.info_buf_offset");
_Static_assert(offsetof(struct rndis_wire_query, dev_vc_handle) == 24, "query.dev_vc_handle");

/* host -> guest; the value at 8 + info_buf_offset (16 when present, 0 when info_buflen is 0). Linux copies it only if info_buflen is at most what it asked for (18 for RSS capabilities, 156 for offload capabilities). */
struct rndis_wire_query_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t status;	/* @12 */
	uint32_t info_buflen;	/* @16 */
	uint32_t info_buf_offset;	/* @20 */
} __attribute__((packed));
#define RNDIS_QUERY_COMPLETE_SIZE 24
_Static_assert(sizeof(struct rndis_wire_query_complete) == 24, "query_complete size");
_Static_assert(offsetof(struct rndis_wire_query_complete, msg_type) == 0, "query_complete.msg_type");
_Static_assert(offsetof(struct rndis_wire_query_complete, msg_len) == 4, "query_complete.msg_len");
_Static_assert(offsetof(struct rndis_wire_query_complete, req_id) == 8, "query_complete.req_id");
_Static_assert(offsetof(struct rndis_wire_query_complete, status) == 12, "query_complete.status");
_Static_assert(offsetof(struct rndis_wire_query_complete, info_buflen) == 16, "query_complete.info_buflen");
_Static_assert(offsetof(struct rndis_wire_query_complete, info_buf_offset) == 20, "query_complete.info_buf_offset");

/* guest -> host; the value is at 8 + info_buf_offset (Linux: offset 20) */
struct rndis_wire_set {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t oid;	/* @12 */
	uint32_t info_buflen;	/* @16 */
	uint32_t info_buf_offset;	/* @20 */
	uint32_t dev_vc_handle;	/* @24 */
} __attribute__((packed));
#define RNDIS_SET_SIZE 28
_Static_assert(sizeof(struct rndis_wire_set) == 28, "set size");
_Static_assert(offsetof(struct rndis_wire_set, msg_type) == 0, "set.msg_type");
_Static_assert(offsetof(struct rndis_wire_set, msg_len) == 4, "set.msg_len");
_Static_assert(offsetof(struct rndis_wire_set, req_id) == 8, "set.req_id");
_Static_assert(offsetof(struct rndis_wire_set, oid) == 12, "set.oid");
_Static_assert(offsetof(struct rndis_wire_set, info_buflen) == 16, "set.info_buflen");
_Static_assert(offsetof(struct rndis_wire_set, info_buf_offset) == 20, "set.info_buf_offset");
_Static_assert(offsetof(struct rndis_wire_set, dev_vc_handle) == 24, "set.dev_vc_handle");

/* host -> guest */
struct rndis_wire_set_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t status;	/* @12 */
} __attribute__((packed));
#define RNDIS_SET_COMPLETE_SIZE 16
_Static_assert(sizeof(struct rndis_wire_set_complete) == 16, "set_complete size");
_Static_assert(offsetof(struct rndis_wire_set_complete, msg_type) == 0, "set_complete.msg_type");
_Static_assert(offsetof(struct rndis_wire_set_complete, msg_len) == 4, "set_complete.msg_len");
_Static_assert(offsetof(struct rndis_wire_set_complete, req_id) == 8, "set_complete.req_id");
_Static_assert(offsetof(struct rndis_wire_set_complete, status) == 12, "set_complete.status");

/* guest -> host */
struct rndis_wire_reset {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t reserved;	/* @8 */
} __attribute__((packed));
#define RNDIS_RESET_SIZE 12
_Static_assert(sizeof(struct rndis_wire_reset) == 12, "reset size");
_Static_assert(offsetof(struct rndis_wire_reset, msg_type) == 0, "reset.msg_type");
_Static_assert(offsetof(struct rndis_wire_reset, msg_len) == 4, "reset.msg_len");
_Static_assert(offsetof(struct rndis_wire_reset, reserved) == 8, "reset.reserved");

/* host -> guest (no request id) */
struct rndis_wire_reset_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t status;	/* @8 */
	uint32_t addressing_reset;	/* @12 */
} __attribute__((packed));
#define RNDIS_RESET_COMPLETE_SIZE 16
_Static_assert(sizeof(struct rndis_wire_reset_complete) == 16, "reset_complete size");
_Static_assert(offsetof(struct rndis_wire_reset_complete, msg_type) == 0, "reset_complete.msg_type");
_Static_assert(offsetof(struct rndis_wire_reset_complete, msg_len) == 4, "reset_complete.msg_len");
_Static_assert(offsetof(struct rndis_wire_reset_complete, status) == 8, "reset_complete.status");
_Static_assert(offsetof(struct rndis_wire_reset_complete, addressing_reset) == 12, "reset_complete.addressing_reset");

/* host -> guest status indication (link up/down, speed, network change); the status buffer is at 8 + status_buf_offset. */
struct rndis_wire_indicate {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t status;	/* @8 */
	uint32_t status_buflen;	/* @12 */
	uint32_t status_buf_offset;	/* @16 */
} __attribute__((packed));
#define RNDIS_INDICATE_SIZE 20
_Static_assert(sizeof(struct rndis_wire_indicate) == 20, "indicate size");
_Static_assert(offsetof(struct rndis_wire_indicate, msg_type) == 0, "indicate.msg_type");
_Static_assert(offsetof(struct rndis_wire_indicate, msg_len) == 4, "indicate.msg_len");
_Static_assert(offsetof(struct rndis_wire_indicate, status) == 8, "indicate.status");
_Static_assert(offsetof(struct rndis_wire_indicate, status_buflen) == 12, "indicate.status_buflen");
_Static_assert(offsetof(struct rndis_wire_indicate, status_buf_offset) == 16, "indicate.status_buf_offset");

struct rndis_wire_keepalive {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
} __attribute__((packed));
#define RNDIS_KEEPALIVE_SIZE 12
_Static_assert(sizeof(struct rndis_wire_keepalive) == 12, "keepalive size");
_Static_assert(offsetof(struct rndis_wire_keepalive, msg_type) == 0, "keepalive.msg_type");
_Static_assert(offsetof(struct rndis_wire_keepalive, msg_len) == 4, "keepalive.msg_len");
_Static_assert(offsetof(struct rndis_wire_keepalive, req_id) == 8, "keepalive.req_id");

struct rndis_wire_keepalive_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t status;	/* @12 */
} __attribute__((packed));
#define RNDIS_KEEPALIVE_COMPLETE_SIZE 16
_Static_assert(sizeof(struct rndis_wire_keepalive_complete) == 16, "keepalive_complete size");
_Static_assert(offsetof(struct rndis_wire_keepalive_complete, msg_type) == 0, "keepalive_complete.msg_type");
_Static_assert(offsetof(struct rndis_wire_keepalive_complete, msg_len) == 4, "keepalive_complete.msg_len");
_Static_assert(offsetof(struct rndis_wire_keepalive_complete, req_id) == 8, "keepalive_complete.req_id");
_Static_assert(offsetof(struct rndis_wire_keepalive_complete, status) == 12, "keepalive_complete.status");

/* guest -> host (OpenVMM SET_EX); same layout as SET */
struct rndis_wire_set_ex {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t oid;	/* @12 */
	uint32_t info_buflen;	/* @16 */
	uint32_t info_buf_offset;	/* @20 */
	uint32_t dev_vc_handle;	/* @24 */
} __attribute__((packed));
#define RNDIS_SET_EX_SIZE 28
_Static_assert(sizeof(struct rndis_wire_set_ex) == 28, "set_ex size");
_Static_assert(offsetof(struct rndis_wire_set_ex, msg_type) == 0, "set_ex.msg_type");
_Static_assert(offsetof(struct rndis_wire_set_ex, msg_len) == 4, "set_ex.msg_len");
_Static_assert(offsetof(struct rndis_wire_set_ex, req_id) == 8, "set_ex.req_id");
_Static_assert(offsetof(struct rndis_wire_set_ex, oid) == 12, "set_ex.oid");
_Static_assert(offsetof(struct rndis_wire_set_ex, info_buflen) == 16, "set_ex.info_buflen");
_Static_assert(offsetof(struct rndis_wire_set_ex, info_buf_offset) == 20, "set_ex.info_buf_offset");
_Static_assert(offsetof(struct rndis_wire_set_ex, dev_vc_handle) == 24, "set_ex.dev_vc_handle");

struct rndis_wire_set_ex_complete {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t req_id;	/* @8 */
	uint32_t status;	/* @12 */
	uint32_t info_buflen;	/* @16 */
	uint32_t info_buf_offset;	/* @20 */
} __attribute__((packed));
#define RNDIS_SET_EX_COMPLETE_SIZE 24
_Static_assert(sizeof(struct rndis_wire_set_ex_complete) == 24, "set_ex_complete size");
_Static_assert(offsetof(struct rndis_wire_set_ex_complete, msg_type) == 0, "set_ex_complete.msg_type");
_Static_assert(offsetof(struct rndis_wire_set_ex_complete, msg_len) == 4, "set_ex_complete.msg_len");
_Static_assert(offsetof(struct rndis_wire_set_ex_complete, req_id) == 8, "set_ex_complete.req_id");
_Static_assert(offsetof(struct rndis_wire_set_ex_complete, status) == 12, "set_ex_complete.status");
_Static_assert(offsetof(struct rndis_wire_set_ex_complete, info_buflen) == 16, "set_ex_complete.info_buflen");
_Static_assert(offsetof(struct rndis_wire_set_ex_complete, info_buf_offset) == 20, "set_ex_complete.info_buf_offset");

/* Data, both ways. The frame is at 8 + data_offset, the per-packet info entries at 8 + per_pkt_info_offset (walk them by their size field). OOB data is not used by netvsc. */
struct rndis_wire_packet {
	uint32_t msg_type;	/* @0 */
	uint32_t msg_len;	/* @4 */
	uint32_t data_offset;	/* @8 */
	uint32_t data_len;	/* @12 */
	uint32_t oob_data_offset;	/* @16 */
	uint32_t oob_data_len;	/* @20 */
	uint32_t num_oob_data_elements;	/* @24 */
	uint32_t per_pkt_info_offset;	/* @28 */
	uint32_t per_pkt_info_len;	/* @32 */
	uint32_t vc_handle;	/* @36 */
	uint32_t reserved;	/* @40 */
} __attribute__((packed));
#define RNDIS_PACKET_SIZE 44
_Static_assert(sizeof(struct rndis_wire_packet) == 44, "packet size");
_Static_assert(offsetof(struct rndis_wire_packet, msg_type) == 0, "packet.msg_type");
_Static_assert(offsetof(struct rndis_wire_packet, msg_len) == 4, "packet.msg_len");
_Static_assert(offsetof(struct rndis_wire_packet, data_offset) == 8, "packet.data_offset");
_Static_assert(offsetof(struct rndis_wire_packet, data_len) == 12, "packet.data_len");
_Static_assert(offsetof(struct rndis_wire_packet, oob_data_offset) == 16, "packet.oob_data_offset");
_Static_assert(offsetof(struct rndis_wire_packet, oob_data_len) == 20, "packet.oob_data_len");
_Static_assert(offsetof(struct rndis_wire_packet, num_oob_data_elements) == 24, "packet.num_oob_data_elements");
_Static_assert(offsetof(struct rndis_wire_packet, per_pkt_info_offset) == 28, "packet.per_pkt_info_offset");
_Static_assert(offsetof(struct rndis_wire_packet, per_pkt_info_len) == 32, "packet.per_pkt_info_len");
_Static_assert(offsetof(struct rndis_wire_packet, vc_handle) == 36, "packet.vc_handle");
_Static_assert(offsetof(struct rndis_wire_packet, reserved) == 40, "packet.reserved");

/* one per-packet info entry; its value is at ppi_offset (from the entry start), the next entry at size */
struct rndis_wire_ppi {
	uint32_t size;	/* @0 */
	uint32_t type;	/* @4 */
	uint32_t ppi_offset;	/* @8 */
} __attribute__((packed));
#define RNDIS_PPI_SIZE 12
#define RNDIS_PPI_PPI_TYPE_SHIFT 0
#define RNDIS_PPI_PPI_TYPE_MASK 0x7fffffff
#define RNDIS_PPI_INTERNAL_SHIFT 31
#define RNDIS_PPI_INTERNAL_MASK 0x80000000U
_Static_assert(sizeof(struct rndis_wire_ppi) == 12, "ppi size");
_Static_assert(offsetof(struct rndis_wire_ppi, size) == 0, "ppi.size");
_Static_assert(offsetof(struct rndis_wire_ppi, type) == 4, "ppi.type");
_Static_assert(offsetof(struct rndis_wire_ppi, ppi_offset) == 8, "ppi.ppi_offset");

/* TCPIP_CHKSUM PPI value on transmit (guest -> host) */
struct rndis_wire_csum_tx_info {
	uint32_t value;	/* @0 */
} __attribute__((packed));
#define RNDIS_CSUM_TX_INFO_SIZE 4
#define RNDIS_CSUM_TX_INFO_IS_IPV4_SHIFT 0
#define RNDIS_CSUM_TX_INFO_IS_IPV4_MASK 1
#define RNDIS_CSUM_TX_INFO_IS_IPV6_SHIFT 1
#define RNDIS_CSUM_TX_INFO_IS_IPV6_MASK 2
#define RNDIS_CSUM_TX_INFO_TCP_CHECKSUM_SHIFT 2
#define RNDIS_CSUM_TX_INFO_TCP_CHECKSUM_MASK 4
#define RNDIS_CSUM_TX_INFO_UDP_CHECKSUM_SHIFT 3
#define RNDIS_CSUM_TX_INFO_UDP_CHECKSUM_MASK 8
#define RNDIS_CSUM_TX_INFO_IP_HEADER_CHECKSUM_SHIFT 4
#define RNDIS_CSUM_TX_INFO_IP_HEADER_CHECKSUM_MASK 16
#define RNDIS_CSUM_TX_INFO_TCP_HEADER_OFFSET_SHIFT 16
#define RNDIS_CSUM_TX_INFO_TCP_HEADER_OFFSET_MASK 0x3ff0000
_Static_assert(sizeof(struct rndis_wire_csum_tx_info) == 4, "csum_tx_info size");
_Static_assert(offsetof(struct rndis_wire_csum_tx_info, value) == 0, "csum_tx_info.value");

/* TCPIP_CHKSUM PPI value on receive (host -> guest) */
struct rndis_wire_csum_rx_info {
	uint32_t value;	/* @0 */
} __attribute__((packed));
#define RNDIS_CSUM_RX_INFO_SIZE 4
#define RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_FAILED_SHIFT 0
#define RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_FAILED_MASK 1
#define RNDIS_CSUM_RX_INFO_UDP_CHECKSUM_FAILED_SHIFT 1
#define RNDIS_CSUM_RX_INFO_UDP_CHECKSUM_FAILED_MASK 2
#define RNDIS_CSUM_RX_INFO_IP_CHECKSUM_FAILED_SHIFT 2
#define RNDIS_CSUM_RX_INFO_IP_CHECKSUM_FAILED_MASK 4
#define RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_SUCCEEDED_SHIFT 3
#define RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_SUCCEEDED_MASK 8
#define RNDIS_CSUM_RX_INFO_UDP_CHECKSUM_SUCCEEDED_SHIFT 4
#define RNDIS_CSUM_RX_INFO_UDP_CHECKSUM_SUCCEEDED_MASK 16
#define RNDIS_CSUM_RX_INFO_IP_CHECKSUM_SUCCEEDED_SHIFT 5
#define RNDIS_CSUM_RX_INFO_IP_CHECKSUM_SUCCEEDED_MASK 32
#define RNDIS_CSUM_RX_INFO_LOOPBACK_SHIFT 6
#define RNDIS_CSUM_RX_INFO_LOOPBACK_MASK 64
#define RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_VALUE_INVALID_SHIFT 7
#define RNDIS_CSUM_RX_INFO_TCP_CHECKSUM_VALUE_INVALID_MASK 128
#define RNDIS_CSUM_RX_INFO_IP_CHECKSUM_VALUE_INVALID_SHIFT 8
#define RNDIS_CSUM_RX_INFO_IP_CHECKSUM_VALUE_INVALID_MASK 0x100
_Static_assert(sizeof(struct rndis_wire_csum_rx_info) == 4, "csum_rx_info size");
_Static_assert(offsetof(struct rndis_wire_csum_rx_info, value) == 0, "csum_rx_info.value");

/* TCP_LARGESEND PPI value, LSOv2 transmit (type 1) */
struct rndis_wire_lso_info {
	uint32_t value;	/* @0 */
} __attribute__((packed));
#define RNDIS_LSO_INFO_SIZE 4
#define RNDIS_LSO_INFO_MSS_SHIFT 0
#define RNDIS_LSO_INFO_MSS_MASK 0xfffff
#define RNDIS_LSO_INFO_TCP_HEADER_OFFSET_SHIFT 20
#define RNDIS_LSO_INFO_TCP_HEADER_OFFSET_MASK 0x3ff00000
#define RNDIS_LSO_INFO_TYPE_SHIFT 30
#define RNDIS_LSO_INFO_TYPE_MASK 0x40000000
#define RNDIS_LSO_INFO_IP_VERSION_SHIFT 31
#define RNDIS_LSO_INFO_IP_VERSION_MASK 0x80000000U
_Static_assert(sizeof(struct rndis_wire_lso_info) == 4, "lso_info size");
_Static_assert(offsetof(struct rndis_wire_lso_info, value) == 0, "lso_info.value");

/* IEEE_8021Q PPI value */
struct rndis_wire_vlan_info {
	uint32_t value;	/* @0 */
} __attribute__((packed));
#define RNDIS_VLAN_INFO_SIZE 4
#define RNDIS_VLAN_INFO_PRI_SHIFT 0
#define RNDIS_VLAN_INFO_PRI_MASK 7
#define RNDIS_VLAN_INFO_CFI_SHIFT 3
#define RNDIS_VLAN_INFO_CFI_MASK 8
#define RNDIS_VLAN_INFO_VLANID_SHIFT 4
#define RNDIS_VLAN_INFO_VLANID_MASK 0xfff0
_Static_assert(sizeof(struct rndis_wire_vlan_info) == 4, "vlan_info size");
_Static_assert(offsetof(struct rndis_wire_vlan_info, value) == 0, "vlan_info.value");

/* NBL_HASH_VALUE PPI value: the RSS hash of a received frame */
struct rndis_wire_hash_value {
	uint32_t hash;	/* @0 */
} __attribute__((packed));
#define RNDIS_HASH_VALUE_SIZE 4
_Static_assert(sizeof(struct rndis_wire_hash_value) == 4, "hash_value size");
_Static_assert(offsetof(struct rndis_wire_hash_value, hash) == 0, "hash_value.hash");

/* internal PPI PKTINFO_ID: marks the fragments of one coalesced (RSC) receive, each in its own receive-buffer sub-allocation and range of the same transfer-page packet (Linux rndis_filter_receive_data) */
struct rndis_wire_pktinfo_id {
	uint8_t ver;	/* @0 PKTINFO_ID_V1 */
	uint8_t flag;	/* @1 */
	uint16_t pkt_id;	/* @2 */
} __attribute__((packed));
#define RNDIS_PKTINFO_ID_SIZE 4
#define RNDIS_PKTINFO_ID_SUBALLOC_SHIFT 0
#define RNDIS_PKTINFO_ID_SUBALLOC_MASK 1
#define RNDIS_PKTINFO_ID_FIRST_FRAG_SHIFT 1
#define RNDIS_PKTINFO_ID_FIRST_FRAG_MASK 2
#define RNDIS_PKTINFO_ID_LAST_FRAG_SHIFT 2
#define RNDIS_PKTINFO_ID_LAST_FRAG_MASK 4
_Static_assert(sizeof(struct rndis_wire_pktinfo_id) == 4, "pktinfo_id size");
_Static_assert(offsetof(struct rndis_wire_pktinfo_id, ver) == 0, "pktinfo_id.ver");
_Static_assert(offsetof(struct rndis_wire_pktinfo_id, flag) == 1, "pktinfo_id.flag");
_Static_assert(offsetof(struct rndis_wire_pktinfo_id, pkt_id) == 2, "pktinfo_id.pkt_id");

struct rndis_wire_ndis_object_header {
	uint8_t type;	/* @0 */
	uint8_t revision;	/* @1 */
	uint16_t size;	/* @2 */
} __attribute__((packed));
#define RNDIS_NDIS_OBJECT_HEADER_SIZE 4
_Static_assert(sizeof(struct rndis_wire_ndis_object_header) == 4, "ndis_object_header size");
_Static_assert(offsetof(struct rndis_wire_ndis_object_header, type) == 0, "ndis_object_header.type");
_Static_assert(offsetof(struct rndis_wire_ndis_object_header, revision) == 1, "ndis_object_header.revision");
_Static_assert(offsetof(struct rndis_wire_ndis_object_header, size) == 2, "ndis_object_header.size");

/* NDIS_TCP_IP_CHECKSUM_OFFLOAD. Each capability is a 2-bit field whose low bit Linux tests: IPv4 tx IP4OPT 0x1, TCP4OPT 0x4, TCP4 0x10, UDP4 0x40, IP4 0x100; IPv6 tx IP6EXT 0x1, TCP6OPT 0x4, TCP6 0x10, UDP6 0x40. */
struct rndis_wire_csum_offload {
	uint32_t ip4_txenc;	/* @0 encap bits; Linux needs 802.3 */
	uint32_t ip4_txcsum;	/* @4 */
	uint32_t ip4_rxenc;	/* @8 */
	uint32_t ip4_rxcsum;	/* @12 */
	uint32_t ip6_txenc;	/* @16 */
	uint32_t ip6_txcsum;	/* @20 */
	uint32_t ip6_rxenc;	/* @24 */
	uint32_t ip6_rxcsum;	/* @28 */
} __attribute__((packed));
#define RNDIS_CSUM_OFFLOAD_SIZE 32
_Static_assert(sizeof(struct rndis_wire_csum_offload) == 32, "csum_offload size");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip4_txenc) == 0, "csum_offload.ip4_txenc");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip4_txcsum) == 4, "csum_offload.ip4_txcsum");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip4_rxenc) == 8, "csum_offload.ip4_rxenc");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip4_rxcsum) == 12, "csum_offload.ip4_rxcsum");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip6_txenc) == 16, "csum_offload.ip6_txenc");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip6_txcsum) == 20, "csum_offload.ip6_txcsum");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip6_rxenc) == 24, "csum_offload.ip6_rxenc");
_Static_assert(offsetof(struct rndis_wire_csum_offload, ip6_rxcsum) == 28, "csum_offload.ip6_rxcsum");

struct rndis_wire_lsov1_offload {
	uint32_t encap;	/* @0 */
	uint32_t maxsize;	/* @4 */
	uint32_t minsegs;	/* @8 */
	uint32_t opts;	/* @12 */
} __attribute__((packed));
#define RNDIS_LSOV1_OFFLOAD_SIZE 16
_Static_assert(sizeof(struct rndis_wire_lsov1_offload) == 16, "lsov1_offload size");
_Static_assert(offsetof(struct rndis_wire_lsov1_offload, encap) == 0, "lsov1_offload.encap");
_Static_assert(offsetof(struct rndis_wire_lsov1_offload, maxsize) == 4, "lsov1_offload.maxsize");
_Static_assert(offsetof(struct rndis_wire_lsov1_offload, minsegs) == 8, "lsov1_offload.minsegs");
_Static_assert(offsetof(struct rndis_wire_lsov1_offload, opts) == 12, "lsov1_offload.opts");

struct rndis_wire_ipsecv1_offload {
	uint32_t encap;	/* @0 */
	uint32_t ah_esp;	/* @4 */
	uint32_t xport_tun;	/* @8 */
	uint32_t ip4_opts;	/* @12 */
	uint32_t flags;	/* @16 */
	uint32_t ip4_ah;	/* @20 */
	uint32_t ip4_esp;	/* @24 */
} __attribute__((packed));
#define RNDIS_IPSECV1_OFFLOAD_SIZE 28
_Static_assert(sizeof(struct rndis_wire_ipsecv1_offload) == 28, "ipsecv1_offload size");
_Static_assert(offsetof(struct rndis_wire_ipsecv1_offload, encap) == 0, "ipsecv1_offload.encap");
_Static_assert(offsetof(struct rndis_wire_ipsecv1_offload, ah_esp) == 4, "ipsecv1_offload.ah_esp");
_Static_assert(offsetof(struct rndis_wire_ipsecv1_offload, xport_tun) == 8, "ipsecv1_offload.xport_tun");
_Static_assert(offsetof(struct rndis_wire_ipsecv1_offload, ip4_opts) == 12, "ipsecv1_offload.ip4_opts");
_Static_assert(offsetof(struct rndis_wire_ipsecv1_offload, flags) == 16, "ipsecv1_offload.flags");
_Static_assert(offsetof(struct rndis_wire_ipsecv1_offload, ip4_ah) == 20, "ipsecv1_offload.ip4_ah");
_Static_assert(offsetof(struct rndis_wire_ipsecv1_offload, ip4_esp) == 24, "ipsecv1_offload.ip4_esp");

/* Linux uses LSOv2 only with encap 802.3 (0x2); ip6_opts needs IP6EXT|TCP6OPT (0x5) */
struct rndis_wire_lsov2_offload {
	uint32_t ip4_encap;	/* @0 */
	uint32_t ip4_maxsz;	/* @4 */
	uint32_t ip4_minsg;	/* @8 */
	uint32_t ip6_encap;	/* @12 */
	uint32_t ip6_maxsz;	/* @16 */
	uint32_t ip6_minsg;	/* @20 */
	uint32_t ip6_opts;	/* @24 */
} __attribute__((packed));
#define RNDIS_LSOV2_OFFLOAD_SIZE 28
_Static_assert(sizeof(struct rndis_wire_lsov2_offload) == 28, "lsov2_offload size");
_Static_assert(offsetof(struct rndis_wire_lsov2_offload, ip4_encap) == 0, "lsov2_offload.ip4_encap");
_Static_assert(offsetof(struct rndis_wire_lsov2_offload, ip4_maxsz) == 4, "lsov2_offload.ip4_maxsz");
_Static_assert(offsetof(struct rndis_wire_lsov2_offload, ip4_minsg) == 8, "lsov2_offload.ip4_minsg");
_Static_assert(offsetof(struct rndis_wire_lsov2_offload, ip6_encap) == 12, "lsov2_offload.ip6_encap");
_Static_assert(offsetof(struct rndis_wire_lsov2_offload, ip6_maxsz) == 16, "lsov2_offload.ip6_maxsz");
_Static_assert(offsetof(struct rndis_wire_lsov2_offload, ip6_minsg) == 20, "lsov2_offload.ip6_minsg");
_Static_assert(offsetof(struct rndis_wire_lsov2_offload, ip6_opts) == 24, "lsov2_offload.ip6_opts");

/* Linux's layout (u8 fields; FreeBSD uses u16) */
struct rndis_wire_ipsecv2_offload {
	uint32_t encap;	/* @0 */
	uint8_t ip6;	/* @4 */
	uint8_t ip4opt;	/* @5 */
	uint8_t ip6ext;	/* @6 */
	uint8_t ah;	/* @7 */
	uint8_t esp;	/* @8 */
	uint8_t ah_esp;	/* @9 */
	uint8_t xport;	/* @10 */
	uint8_t tun;	/* @11 */
	uint8_t xport_tun;	/* @12 */
	uint8_t lso;	/* @13 */
	uint8_t extseq;	/* @14 */
	uint8_t pad15;	/* @15 */
	uint32_t udp_esp;	/* @16 */
	uint32_t auth;	/* @20 */
	uint32_t crypto;	/* @24 */
	uint32_t sa_caps;	/* @28 */
} __attribute__((packed));
#define RNDIS_IPSECV2_OFFLOAD_SIZE 32
_Static_assert(sizeof(struct rndis_wire_ipsecv2_offload) == 32, "ipsecv2_offload size");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, encap) == 0, "ipsecv2_offload.encap");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, ip6) == 4, "ipsecv2_offload.ip6");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, ip4opt) == 5, "ipsecv2_offload.ip4opt");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, ip6ext) == 6, "ipsecv2_offload.ip6ext");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, ah) == 7, "ipsecv2_offload.ah");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, esp) == 8, "ipsecv2_offload.esp");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, ah_esp) == 9, "ipsecv2_offload.ah_esp");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, xport) == 10, "ipsecv2_offload.xport");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, tun) == 11, "ipsecv2_offload.tun");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, xport_tun) == 12, "ipsecv2_offload.xport_tun");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, lso) == 13, "ipsecv2_offload.lso");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, extseq) == 14, "ipsecv2_offload.extseq");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, pad15) == 15, "ipsecv2_offload.pad15");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, udp_esp) == 16, "ipsecv2_offload.udp_esp");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, auth) == 20, "ipsecv2_offload.auth");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, crypto) == 24, "ipsecv2_offload.crypto");
_Static_assert(offsetof(struct rndis_wire_ipsecv2_offload, sa_caps) == 28, "ipsecv2_offload.sa_caps");

/* NDIS_OFFLOAD, the reply to OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES (and _CURRENT_CONFIG): header type OFFLOAD (0xA7). Revision 1 is 112 bytes, 2 is 144, 3 is 156; reply with the revision the guest's header asked for, truncated to its size. Linux requires type 0xA7, revision >= 1 and 112 <= size <= reply length. */
struct rndis_wire_ndis_offload {
	struct rndis_wire_ndis_object_header header;	/* @0 */
	struct rndis_wire_csum_offload csum;	/* @4 */
	struct rndis_wire_lsov1_offload lsov1;	/* @36 */
	struct rndis_wire_ipsecv1_offload ipsecv1;	/* @52 */
	struct rndis_wire_lsov2_offload lsov2;	/* @80 */
	uint32_t flags;	/* @108 */
	struct rndis_wire_ipsecv2_offload ipsecv2;	/* @112 */
	uint8_t rsc_ip4;	/* @144 */
	uint8_t rsc_ip6;	/* @145 */
	uint16_t pad146;	/* @146 */
	uint32_t encap_gre_flags;	/* @148 */
	uint32_t encap_gre_maxhdr;	/* @152 */
} __attribute__((packed));
#define RNDIS_NDIS_OFFLOAD_SIZE 156
_Static_assert(sizeof(struct rndis_wire_ndis_offload) == 156, "ndis_offload size");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, header) == 0, "ndis_offload.header");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, csum) == 4, "ndis_offload.csum");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, lsov1) == 36, "ndis_offload.lsov1");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, ipsecv1) == 52, "ndis_offload.ipsecv1");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, lsov2) == 80, "ndis_offload.lsov2");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, flags) == 108, "ndis_offload.flags");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, ipsecv2) == 112, "ndis_offload.ipsecv2");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, rsc_ip4) == 144, "ndis_offload.rsc_ip4");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, rsc_ip6) == 145, "ndis_offload.rsc_ip6");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, pad146) == 146, "ndis_offload.pad146");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, encap_gre_flags) == 148, "ndis_offload.encap_gre_flags");
_Static_assert(offsetof(struct rndis_wire_ndis_offload, encap_gre_maxhdr) == 152, "ndis_offload.encap_gre_maxhdr");

/* NDIS_OFFLOAD_PARAMETERS, the value of SET OID_TCP_OFFLOAD_PARAMETERS: header type DEFAULT (0x80). Guests send shorter revisions (Windows 20, Linux 22 at NVSP <= 4, 28 at NVSP >= 5): copy what came into a zeroed 28-byte buffer and decode that (zero means NO_CHANGE). Linux does not set UDP checksums at NVSP <= 4. */
struct rndis_wire_offload_params {
	struct rndis_wire_ndis_object_header header;	/* @0 */
	uint8_t ip_v4_csum;	/* @4 */
	uint8_t tcp_ip_v4_csum;	/* @5 */
	uint8_t udp_ip_v4_csum;	/* @6 */
	uint8_t tcp_ip_v6_csum;	/* @7 */
	uint8_t udp_ip_v6_csum;	/* @8 */
	uint8_t lso_v1;	/* @9 */
	uint8_t ip_sec_v1;	/* @10 */
	uint8_t lso_v2_ipv4;	/* @11 */
	uint8_t lso_v2_ipv6;	/* @12 */
	uint8_t tcp_connection_ipv4;	/* @13 */
	uint8_t tcp_connection_ipv6;	/* @14 */
	uint8_t reserved15;	/* @15 */
	uint32_t flags;	/* @16 */
	uint8_t ip_sec_v2;	/* @20 */
	uint8_t ip_sec_v2_ipv4;	/* @21 */
	uint8_t rsc_ipv4;	/* @22 */
	uint8_t rsc_ipv6;	/* @23 */
	uint8_t encapsulated_packet_task_offload;	/* @24 */
	uint8_t encapsulation_types;	/* @25 */
	uint16_t pad26;	/* @26 */
} __attribute__((packed));
#define RNDIS_OFFLOAD_PARAMS_SIZE 28
_Static_assert(sizeof(struct rndis_wire_offload_params) == 28, "offload_params size");
_Static_assert(offsetof(struct rndis_wire_offload_params, header) == 0, "offload_params.header");
_Static_assert(offsetof(struct rndis_wire_offload_params, ip_v4_csum) == 4, "offload_params.ip_v4_csum");
_Static_assert(offsetof(struct rndis_wire_offload_params, tcp_ip_v4_csum) == 5, "offload_params.tcp_ip_v4_csum");
_Static_assert(offsetof(struct rndis_wire_offload_params, udp_ip_v4_csum) == 6, "offload_params.udp_ip_v4_csum");
_Static_assert(offsetof(struct rndis_wire_offload_params, tcp_ip_v6_csum) == 7, "offload_params.tcp_ip_v6_csum");
_Static_assert(offsetof(struct rndis_wire_offload_params, udp_ip_v6_csum) == 8, "offload_params.udp_ip_v6_csum");
_Static_assert(offsetof(struct rndis_wire_offload_params, lso_v1) == 9, "offload_params.lso_v1");
_Static_assert(offsetof(struct rndis_wire_offload_params, ip_sec_v1) == 10, "offload_params.ip_sec_v1");
_Static_assert(offsetof(struct rndis_wire_offload_params, lso_v2_ipv4) == 11, "offload_params.lso_v2_ipv4");
_Static_assert(offsetof(struct rndis_wire_offload_params, lso_v2_ipv6) == 12, "offload_params.lso_v2_ipv6");
_Static_assert(offsetof(struct rndis_wire_offload_params, tcp_connection_ipv4) == 13, "offload_params.tcp_connection_ipv4");
_Static_assert(offsetof(struct rndis_wire_offload_params, tcp_connection_ipv6) == 14, "offload_params.tcp_connection_ipv6");
_Static_assert(offsetof(struct rndis_wire_offload_params, reserved15) == 15, "offload_params.reserved15");
_Static_assert(offsetof(struct rndis_wire_offload_params, flags) == 16, "offload_params.flags");
_Static_assert(offsetof(struct rndis_wire_offload_params, ip_sec_v2) == 20, "offload_params.ip_sec_v2");
_Static_assert(offsetof(struct rndis_wire_offload_params, ip_sec_v2_ipv4) == 21, "offload_params.ip_sec_v2_ipv4");
_Static_assert(offsetof(struct rndis_wire_offload_params, rsc_ipv4) == 22, "offload_params.rsc_ipv4");
_Static_assert(offsetof(struct rndis_wire_offload_params, rsc_ipv6) == 23, "offload_params.rsc_ipv6");
_Static_assert(offsetof(struct rndis_wire_offload_params, encapsulated_packet_task_offload) == 24, "offload_params.encapsulated_packet_task_offload");
_Static_assert(offsetof(struct rndis_wire_offload_params, encapsulation_types) == 25, "offload_params.encapsulation_types");
_Static_assert(offsetof(struct rndis_wire_offload_params, pad26) == 26, "offload_params.pad26");

/* NDIS_RECEIVE_SCALE_CAPABILITIES revision 2, the reply to OID_GEN_RECEIVE_SCALE_CAPABILITIES: header 0x88 / 2 / 18. Linux takes num_recv_que < 2 as "no RSS" and sizes its channels from it. */
struct rndis_wire_rss_caps {
	struct rndis_wire_ndis_object_header header;	/* @0 */
	uint32_t cap_flag;	/* @4 */
	uint32_t num_int_msg;	/* @8 */
	uint32_t num_recv_que;	/* @12 */
	uint16_t num_indirect_tabent;	/* @16 */
} __attribute__((packed));
#define RNDIS_RSS_CAPS_SIZE 18
_Static_assert(sizeof(struct rndis_wire_rss_caps) == 18, "rss_caps size");
_Static_assert(offsetof(struct rndis_wire_rss_caps, header) == 0, "rss_caps.header");
_Static_assert(offsetof(struct rndis_wire_rss_caps, cap_flag) == 4, "rss_caps.cap_flag");
_Static_assert(offsetof(struct rndis_wire_rss_caps, num_int_msg) == 8, "rss_caps.num_int_msg");
_Static_assert(offsetof(struct rndis_wire_rss_caps, num_recv_que) == 12, "rss_caps.num_recv_que");
_Static_assert(offsetof(struct rndis_wire_rss_caps, num_indirect_tabent) == 16, "rss_caps.num_indirect_tabent");

/* NDIS_RECEIVE_SCALE_PARAMETERS revision 2, the value of SET OID_GEN_RECEIVE_SCALE_PARAMETERS: header 0x89 / 2 / 40, then (Linux) a 128 x u32 indirection table at offset 40 and the 40-byte Toeplitz key at 552. Decode over the whole information buffer; the table and key are read at their offsets after these checks. */
struct rndis_wire_rss_params {
	struct rndis_wire_ndis_object_header header;	/* @0 */
	uint16_t flag;	/* @4 */
	uint16_t base_cpu_number;	/* @6 */
	uint32_t hashinfo;	/* @8 */
	uint16_t indirect_tabsize;	/* @12 bytes */
	uint16_t pad14;	/* @14 */
	uint32_t indirect_taboffset;	/* @16 */
	uint16_t hashkey_size;	/* @20 bytes */
	uint16_t pad22;	/* @22 */
	uint32_t hashkey_offset;	/* @24 */
	uint32_t processor_masks_offset;	/* @28 */
	uint32_t num_processor_masks;	/* @32 */
	uint32_t processor_masks_entry_size;	/* @36 */
} __attribute__((packed));
#define RNDIS_RSS_PARAMS_SIZE 40
_Static_assert(sizeof(struct rndis_wire_rss_params) == 40, "rss_params size");
_Static_assert(offsetof(struct rndis_wire_rss_params, header) == 0, "rss_params.header");
_Static_assert(offsetof(struct rndis_wire_rss_params, flag) == 4, "rss_params.flag");
_Static_assert(offsetof(struct rndis_wire_rss_params, base_cpu_number) == 6, "rss_params.base_cpu_number");
_Static_assert(offsetof(struct rndis_wire_rss_params, hashinfo) == 8, "rss_params.hashinfo");
_Static_assert(offsetof(struct rndis_wire_rss_params, indirect_tabsize) == 12, "rss_params.indirect_tabsize");
_Static_assert(offsetof(struct rndis_wire_rss_params, pad14) == 14, "rss_params.pad14");
_Static_assert(offsetof(struct rndis_wire_rss_params, indirect_taboffset) == 16, "rss_params.indirect_taboffset");
_Static_assert(offsetof(struct rndis_wire_rss_params, hashkey_size) == 20, "rss_params.hashkey_size");
_Static_assert(offsetof(struct rndis_wire_rss_params, pad22) == 22, "rss_params.pad22");
_Static_assert(offsetof(struct rndis_wire_rss_params, hashkey_offset) == 24, "rss_params.hashkey_offset");
_Static_assert(offsetof(struct rndis_wire_rss_params, processor_masks_offset) == 28, "rss_params.processor_masks_offset");
_Static_assert(offsetof(struct rndis_wire_rss_params, num_processor_masks) == 32, "rss_params.num_processor_masks");
_Static_assert(offsetof(struct rndis_wire_rss_params, processor_masks_entry_size) == 36, "rss_params.processor_masks_entry_size");

/* NDIS_OFFLOAD_ENCAPSULATION (OID_OFFLOAD_ENCAPSULATION, Windows): header 0xA8 / 1 / 28 */
struct rndis_wire_offload_encapsulation {
	struct rndis_wire_ndis_object_header header;	/* @0 */
	uint32_t ipv4_enabled;	/* @4 */
	uint32_t ipv4_encapsulation_type;	/* @8 */
	uint32_t ipv4_header_size;	/* @12 */
	uint32_t ipv6_enabled;	/* @16 */
	uint32_t ipv6_encapsulation_type;	/* @20 */
	uint32_t ipv6_header_size;	/* @24 */
} __attribute__((packed));
#define RNDIS_OFFLOAD_ENCAPSULATION_SIZE 28
_Static_assert(sizeof(struct rndis_wire_offload_encapsulation) == 28, "offload_encapsulation size");
_Static_assert(offsetof(struct rndis_wire_offload_encapsulation, header) == 0, "offload_encapsulation.header");
_Static_assert(offsetof(struct rndis_wire_offload_encapsulation, ipv4_enabled) == 4, "offload_encapsulation.ipv4_enabled");
_Static_assert(offsetof(struct rndis_wire_offload_encapsulation, ipv4_encapsulation_type) == 8, "offload_encapsulation.ipv4_encapsulation_type");
_Static_assert(offsetof(struct rndis_wire_offload_encapsulation, ipv4_header_size) == 12, "offload_encapsulation.ipv4_header_size");
_Static_assert(offsetof(struct rndis_wire_offload_encapsulation, ipv6_enabled) == 16, "offload_encapsulation.ipv6_enabled");
_Static_assert(offsetof(struct rndis_wire_offload_encapsulation, ipv6_encapsulation_type) == 20, "offload_encapsulation.ipv6_encapsulation_type");
_Static_assert(offsetof(struct rndis_wire_offload_encapsulation, ipv6_header_size) == 24, "offload_encapsulation.ipv6_header_size");

/* The value of SET OID_GEN_RNDIS_CONFIG_PARAMETER: name and value are UTF-16 at offsets from this struct's start. Linux sets "NetworkAddress" to the MAC as 12 hex digits (a STRING). */
struct rndis_wire_config_parameter {
	uint32_t name_offset;	/* @0 */
	uint32_t name_length;	/* @4 */
	uint32_t parameter_type;	/* @8 */
	uint32_t value_offset;	/* @12 */
	uint32_t value_length;	/* @16 */
} __attribute__((packed));
#define RNDIS_CONFIG_PARAMETER_SIZE 20
_Static_assert(sizeof(struct rndis_wire_config_parameter) == 20, "config_parameter size");
_Static_assert(offsetof(struct rndis_wire_config_parameter, name_offset) == 0, "config_parameter.name_offset");
_Static_assert(offsetof(struct rndis_wire_config_parameter, name_length) == 4, "config_parameter.name_length");
_Static_assert(offsetof(struct rndis_wire_config_parameter, parameter_type) == 8, "config_parameter.parameter_type");
_Static_assert(offsetof(struct rndis_wire_config_parameter, value_offset) == 12, "config_parameter.value_offset");
_Static_assert(offsetof(struct rndis_wire_config_parameter, value_length) == 16, "config_parameter.value_length");

#endif /* PV_GENERATED_RNDIS_WIRE_H */
