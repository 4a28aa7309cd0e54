/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_STORVSC_WIRE_H
#define PV_GENERATED_STORVSC_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* Hyper-V synthetic storage (storvsc) */

/* Protocol versions, oldest first. */
#define STORVSC_VERSION_WIN6 0x200	/* 2.0 */
#define STORVSC_VERSION_WIN7 0x402	/* 4.2 */
#define STORVSC_VERSION_WIN8 0x501	/* 5.1 */
#define STORVSC_VERSION_WIN8_1 0x600	/* 6.0 */
#define STORVSC_VERSION_WIN10 0x602	/* 6.2 */
#define STORVSC_VERSION_COUNT 5

#define STORVSC_CDB_MAX 16	/* STORVSC_MAX_CMD_LEN: CDBs up to 16 bytes */
#define STORVSC_SENSE_SIZE 20	/* sense bytes the host may return from WIN8 on */
#define STORVSC_SENSE_SIZE_V1 18	/* sense bytes before WIN8 */
#define STORVSC_MAX_TARGETS 2	/* STORVSC_MAX_TARGETS (SCSI controller) */
#define STORVSC_MAX_CHANNELS 8	/* STORVSC_MAX_CHANNELS (SCSI paths) */
#define STORVSC_MAX_LUNS_PER_TARGET 255	/* STORVSC_MAX_LUNS_PER_TARGET */
#define STORVSC_OFFER_FLAG_IDE_DEVICE 2	/* offer_properties.flags: the channel is an IDE accelerator */

/* enum vstor_packet_operation */
enum storvsc_operation {
	STORVSC_OPERATION_COMPLETE_IO = 1,
	STORVSC_OPERATION_REMOVE_DEVICE = 2,
	STORVSC_OPERATION_EXECUTE_SRB = 3,
	STORVSC_OPERATION_RESET_LUN = 4,
	STORVSC_OPERATION_RESET_ADAPTER = 5,
	STORVSC_OPERATION_RESET_BUS = 6,
	STORVSC_OPERATION_BEGIN_INITIALIZATION = 7,
	STORVSC_OPERATION_END_INITIALIZATION = 8,
	STORVSC_OPERATION_QUERY_PROTOCOL_VERSION = 9,
	STORVSC_OPERATION_QUERY_PROPERTIES = 10,
	STORVSC_OPERATION_ENUMERATE_BUS = 11,
	STORVSC_OPERATION_FCHBA_DATA = 12,
	STORVSC_OPERATION_CREATE_SUB_CHANNELS = 13,
	STORVSC_OPERATION_EVENT_NOTIFICATION = 14,
};

/* vstor_packet.status (the host's NTSTATUS; the guest sends 0) */
enum storvsc_ntstatus {
	STORVSC_NTSTATUS_SUCCESS = 0,
	STORVSC_NTSTATUS_BUFFER_OVERFLOW = (int)0x80000005U,
	STORVSC_NTSTATUS_DEVICE_BUSY = (int)0x80000011U,
	STORVSC_NTSTATUS_UNSUCCESSFUL = (int)0xc0000001U,
	STORVSC_NTSTATUS_INVALID_PARAMETER = (int)0xc000000dU,
	STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST = (int)0xc0000010U,
	STORVSC_NTSTATUS_REVISION_MISMATCH = (int)0xc0000059U,
	STORVSC_NTSTATUS_DEVICE_NOT_CONNECTED = (int)0xc000009dU,
	STORVSC_NTSTATUS_IO_TIMEOUT = (int)0xc00000b5U,
	STORVSC_NTSTATUS_DEVICE_DOES_NOT_EXIST = (int)0xc00000c0U,
	STORVSC_NTSTATUS_CANCELLED = (int)0xc0000120U,
	STORVSC_NTSTATUS_INVALID_DEVICE_STATE = (int)0xc0000184U,
	STORVSC_NTSTATUS_IO_DEVICE_ERROR = (int)0xc0000185U,
};

/* SRB_STATUS_* in the low 6 bits of vmscsi_request.srb_status */
enum storvsc_srb_status {
	STORVSC_SRB_STATUS_PENDING = 0,
	STORVSC_SRB_STATUS_SUCCESS = 1,
	STORVSC_SRB_STATUS_ABORTED = 2,
	STORVSC_SRB_STATUS_ERROR = 4,
	STORVSC_SRB_STATUS_INVALID_REQUEST = 6,
	STORVSC_SRB_STATUS_DATA_OVERRUN = 18,
	STORVSC_SRB_STATUS_INVALID_LUN = 32,
	STORVSC_SRB_STATUS_INTERNAL_ERROR = 48,
};

/* vmscsi_request.data_in (enum storvsc_request_type) */
enum storvsc_data_in {
	STORVSC_DATA_IN_WRITE = 0,
	STORVSC_DATA_IN_READ = 1,
	STORVSC_DATA_IN_UNKNOWN = 2,
};

#define STORVSC_PACKET_FLAGS_REQUEST_COMPLETION 1
#define STORVSC_PACKET_FLAGS_MASK 1

/* SRB_FLAGS_* the guest sets; the host does not rely on them */
#define STORVSC_SRB_FLAGS_QUEUE_ACTION_ENABLE 2
#define STORVSC_SRB_FLAGS_DISABLE_DISCONNECT 4
#define STORVSC_SRB_FLAGS_DISABLE_SYNCH_TRANSFER 8
#define STORVSC_SRB_FLAGS_BYPASS_FROZEN_QUEUE 16
#define STORVSC_SRB_FLAGS_DISABLE_AUTOSENSE 32
#define STORVSC_SRB_FLAGS_DATA_IN 64
#define STORVSC_SRB_FLAGS_DATA_OUT 128
#define STORVSC_SRB_FLAGS_NO_QUEUE_FREEZE 0x100
#define STORVSC_SRB_FLAGS_ADAPTER_CACHE_ENABLE 0x200
#define STORVSC_SRB_FLAGS_FREE_SENSE_BUFFER 0x400
#define STORVSC_SRB_FLAGS_D3_PROCESSING 0x800
#define STORVSC_SRB_FLAGS_IS_ACTIVE 0x10000
#define STORVSC_SRB_FLAGS_ALLOCATED_FROM_ZONE 0x20000
#define STORVSC_SRB_FLAGS_SGLIST_FROM_POOL 0x40000
#define STORVSC_SRB_FLAGS_BYPASS_LOCKED_QUEUE 0x80000
#define STORVSC_SRB_FLAGS_NO_KEEP_AWAKE 0x100000
#define STORVSC_SRB_FLAGS_PORT_DRIVER_ALLOCSENSE 0x200000
#define STORVSC_SRB_FLAGS_PORT_DRIVER_SENSEHASPORT 0x400000
#define STORVSC_SRB_FLAGS_DONT_START_NEXT_PACKET 0x800000
#define STORVSC_SRB_FLAGS_PORT_DRIVER_RESERVED 0xf000000
#define STORVSC_SRB_FLAGS_CLASS_DRIVER_RESERVED 0xf0000000U
#define STORVSC_SRB_FLAGS_MASK 0xffff0ffeU

#define STORVSC_CHANNEL_FLAGS_SUPPORTS_MULTI_CHANNEL 1
#define STORVSC_CHANNEL_FLAGS_MASK 1

/* the offer's user-defined bytes (OpenVMM OfferProperties); Linux reads the IDE target from the instance GUID instead */
struct storvsc_wire_offer_properties {
	uint16_t reserved;	/* @0 */
	uint8_t path_id;	/* @2 */
	uint8_t target_id;	/* @3 */
	uint32_t reserved2;	/* @4 */
	uint32_t flags;	/* @8 OFFER_FLAG_IDE_DEVICE */
	uint32_t reserved3[3];	/* @12 */
} __attribute__((packed));
#define STORVSC_OFFER_PROPERTIES_SIZE 24
_Static_assert(sizeof(struct storvsc_wire_offer_properties) == 24, "offer_properties size");
_Static_assert(offsetof(struct storvsc_wire_offer_properties, reserved) == 0, "offer_properties.reserved");
_Static_assert(offsetof(struct storvsc_wire_offer_properties, path_id) == 2, "offer_properties.path_id");
_Static_assert(offsetof(struct storvsc_wire_offer_properties, target_id) == 3, "offer_properties.target_id");
_Static_assert(offsetof(struct storvsc_wire_offer_properties, reserved2) == 4, "offer_properties.reserved2");
_Static_assert(offsetof(struct storvsc_wire_offer_properties, flags) == 8, "offer_properties.flags");
_Static_assert(offsetof(struct storvsc_wire_offer_properties, reserved3) == 12, "offer_properties.reserved3");

/* struct vmscsi_request before WIN8 (vmscsi_size_delta = 16 bytes shorter) */
struct storvsc_wire_scsi_request_v1 {
	uint16_t length;	/* @0 0x24 here, 0x34 from WIN8 */
	uint8_t srb_status;	/* @2 host -> guest */
	uint8_t scsi_status;	/* @3 host -> guest: SAM status (0 GOOD, 2 CHECK CONDITION ...) */
	uint8_t port_number;	/* @4 */
	uint8_t path_id;	/* @5 the SCSI channel */
	uint8_t target_id;	/* @6 */
	uint8_t lun;	/* @7 */
	uint8_t cdb_length;	/* @8 */
	uint8_t sense_info_length;	/* @9 guest: room for sense; host: sense bytes returned */
	uint8_t data_in;	/* @10 */
	uint8_t properties;	/* @11 Linux: reserved */
	uint32_t data_transfer_length;	/* @12 guest: buffer size; host: bytes moved */
	uint8_t cdb[20];	/* @16 CDB (guest -> host) or sense data (host -> guest), 0x14 bytes of room */
} __attribute__((packed));
#define STORVSC_SCSI_REQUEST_V1_SIZE 36
#define STORVSC_SCSI_REQUEST_V1_STATUS_SHIFT 0
#define STORVSC_SCSI_REQUEST_V1_STATUS_MASK 63
#define STORVSC_SCSI_REQUEST_V1_QUEUE_FROZEN_SHIFT 6
#define STORVSC_SCSI_REQUEST_V1_QUEUE_FROZEN_MASK 64
#define STORVSC_SCSI_REQUEST_V1_AUTOSENSE_VALID_SHIFT 7
#define STORVSC_SCSI_REQUEST_V1_AUTOSENSE_VALID_MASK 128
_Static_assert(sizeof(struct storvsc_wire_scsi_request_v1) == 36, "scsi_request_v1 size");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, length) == 0, "scsi_request_v1.length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, srb_status) == 2, "scsi_request_v1.srb_status");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, scsi_status) == 3, "scsi_request_v1.scsi_status");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, port_number) == 4, "scsi_request_v1.port_number");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, path_id) == 5, "scsi_request_v1.path_id");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, target_id) == 6, "scsi_request_v1.target_id");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, lun) == 7, "scsi_request_v1.lun");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, cdb_length) == 8, "scsi_request_v1.cdb_length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, sense_info_length) == 9, "scsi_request_v1.sense_info_length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, data_in) == 10, "scsi_request_v1.data_in");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, properties) == 11, "scsi_request_v1.properties");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, data_transfer_length) == 12, "scsi_request_v1.data_transfer_length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request_v1, cdb) == 16, "scsi_request_v1.cdb");

/* struct vmscsi_request from WIN8: the v1 layout plus vmscsi_win8_extension */
struct storvsc_wire_scsi_request {
	uint16_t length;	/* @0 0x34 */
	uint8_t srb_status;	/* @2 host -> guest */
	uint8_t scsi_status;	/* @3 host -> guest: SAM status (0 GOOD, 2 CHECK CONDITION ...) */
	uint8_t port_number;	/* @4 */
	uint8_t path_id;	/* @5 the SCSI channel */
	uint8_t target_id;	/* @6 */
	uint8_t lun;	/* @7 */
	uint8_t cdb_length;	/* @8 */
	uint8_t sense_info_length;	/* @9 guest: room for sense (0x14); host: sense bytes returned */
	uint8_t data_in;	/* @10 */
	uint8_t properties;	/* @11 Linux: reserved */
	uint32_t data_transfer_length;	/* @12 guest: buffer size; host: bytes moved */
	uint8_t cdb[20];	/* @16 CDB (guest -> host) or sense data (host -> guest) */
	uint16_t reserve;	/* @36 */
	uint8_t queue_tag;	/* @38 Linux: 0xFF */
	uint8_t queue_action;	/* @39 Linux: 0x20 (simple queue tag) */
	uint32_t srb_flags;	/* @40 SRB_FLAGS_*; not checked: the guest may set any */
	uint32_t time_out_value;	/* @44 seconds; Linux: 60 */
	uint32_t queue_sort_key;	/* @48 */
} __attribute__((packed));
#define STORVSC_SCSI_REQUEST_SIZE 52
#define STORVSC_SCSI_REQUEST_STATUS_SHIFT 0
#define STORVSC_SCSI_REQUEST_STATUS_MASK 63
#define STORVSC_SCSI_REQUEST_QUEUE_FROZEN_SHIFT 6
#define STORVSC_SCSI_REQUEST_QUEUE_FROZEN_MASK 64
#define STORVSC_SCSI_REQUEST_AUTOSENSE_VALID_SHIFT 7
#define STORVSC_SCSI_REQUEST_AUTOSENSE_VALID_MASK 128
_Static_assert(sizeof(struct storvsc_wire_scsi_request) == 52, "scsi_request size");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, length) == 0, "scsi_request.length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, srb_status) == 2, "scsi_request.srb_status");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, scsi_status) == 3, "scsi_request.scsi_status");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, port_number) == 4, "scsi_request.port_number");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, path_id) == 5, "scsi_request.path_id");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, target_id) == 6, "scsi_request.target_id");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, lun) == 7, "scsi_request.lun");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, cdb_length) == 8, "scsi_request.cdb_length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, sense_info_length) == 9, "scsi_request.sense_info_length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, data_in) == 10, "scsi_request.data_in");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, properties) == 11, "scsi_request.properties");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, data_transfer_length) == 12, "scsi_request.data_transfer_length");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, cdb) == 16, "scsi_request.cdb");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, reserve) == 36, "scsi_request.reserve");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, queue_tag) == 38, "scsi_request.queue_tag");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, queue_action) == 39, "scsi_request.queue_action");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, srb_flags) == 40, "scsi_request.srb_flags");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, time_out_value) == 44, "scsi_request.time_out_value");
_Static_assert(offsetof(struct storvsc_wire_scsi_request, queue_sort_key) == 48, "scsi_request.queue_sort_key");

/* struct vmstorage_channel_properties: the host's answer to QUERY_PROPERTIES */
struct storvsc_wire_channel_properties {
	uint32_t reserved;	/* @0 */
	uint16_t max_channel_cnt;	/* @4 subchannels the host can create */
	uint16_t reserved1;	/* @6 */
	uint32_t flags;	/* @8 */
	uint32_t max_transfer_bytes;	/* @12 Linux: max_sectors = round_down(this, 4096) >> 9 */
	uint64_t reserved2;	/* @16 */
} __attribute__((packed));
#define STORVSC_CHANNEL_PROPERTIES_SIZE 24
_Static_assert(sizeof(struct storvsc_wire_channel_properties) == 24, "channel_properties size");
_Static_assert(offsetof(struct storvsc_wire_channel_properties, reserved) == 0, "channel_properties.reserved");
_Static_assert(offsetof(struct storvsc_wire_channel_properties, max_channel_cnt) == 4, "channel_properties.max_channel_cnt");
_Static_assert(offsetof(struct storvsc_wire_channel_properties, reserved1) == 6, "channel_properties.reserved1");
_Static_assert(offsetof(struct storvsc_wire_channel_properties, flags) == 8, "channel_properties.flags");
_Static_assert(offsetof(struct storvsc_wire_channel_properties, max_transfer_bytes) == 12, "channel_properties.max_transfer_bytes");
_Static_assert(offsetof(struct storvsc_wire_channel_properties, reserved2) == 16, "channel_properties.reserved2");

/* struct vmstorage_protocol_version */
struct storvsc_wire_protocol_version {
	uint16_t major_minor;	/* @0 major << 8 | minor */
	uint16_t revision;	/* @2 Windows build revision; Linux sends 0 */
} __attribute__((packed));
#define STORVSC_PROTOCOL_VERSION_SIZE 4
_Static_assert(sizeof(struct storvsc_wire_protocol_version) == 4, "protocol_version size");
_Static_assert(offsetof(struct storvsc_wire_protocol_version, major_minor) == 0, "protocol_version.major_minor");
_Static_assert(offsetof(struct storvsc_wire_protocol_version, revision) == 2, "protocol_version.revision");

/* struct hv_fc_wwn_packet (FCHBA_DATA completion) */
struct storvsc_wire_fc_wwn {
	uint8_t primary_active;	/* @0 */
	uint8_t reserved1;	/* @1 */
	uint8_t reserved2;	/* @2 */
	uint8_t primary_port_wwn[8];	/* @3 */
	uint8_t primary_node_wwn[8];	/* @11 */
	uint8_t secondary_port_wwn[8];	/* @19 */
	uint8_t secondary_node_wwn[8];	/* @27 */
} __attribute__((packed));
#define STORVSC_FC_WWN_SIZE 35
_Static_assert(sizeof(struct storvsc_wire_fc_wwn) == 35, "fc_wwn size");
_Static_assert(offsetof(struct storvsc_wire_fc_wwn, primary_active) == 0, "fc_wwn.primary_active");
_Static_assert(offsetof(struct storvsc_wire_fc_wwn, reserved1) == 1, "fc_wwn.reserved1");
_Static_assert(offsetof(struct storvsc_wire_fc_wwn, reserved2) == 2, "fc_wwn.reserved2");
_Static_assert(offsetof(struct storvsc_wire_fc_wwn, primary_port_wwn) == 3, "fc_wwn.primary_port_wwn");
_Static_assert(offsetof(struct storvsc_wire_fc_wwn, primary_node_wwn) == 11, "fc_wwn.primary_node_wwn");
_Static_assert(offsetof(struct storvsc_wire_fc_wwn, secondary_port_wwn) == 19, "fc_wwn.secondary_port_wwn");
_Static_assert(offsetof(struct storvsc_wire_fc_wwn, secondary_node_wwn) == 27, "fc_wwn.secondary_node_wwn");

/* OpenVMM NotificationPacket (EVENT_NOTIFICATION) */
struct storvsc_wire_notification {
	uint8_t lun;	/* @0 */
	uint8_t target;	/* @1 */
	uint8_t path;	/* @2 */
	uint8_t flags;	/* @3 */
} __attribute__((packed));
#define STORVSC_NOTIFICATION_SIZE 4
_Static_assert(sizeof(struct storvsc_wire_notification) == 4, "notification size");
_Static_assert(offsetof(struct storvsc_wire_notification, lun) == 0, "notification.lun");
_Static_assert(offsetof(struct storvsc_wire_notification, target) == 1, "notification.target");
_Static_assert(offsetof(struct storvsc_wire_notification, path) == 2, "notification.path");
_Static_assert(offsetof(struct storvsc_wire_notification, flags) == 3, "notification.flags");

/* the first three fields of struct vstor_packet */
struct storvsc_wire_header {
	uint32_t operation;	/* @0 */
	uint32_t flags;	/* @4 */
	uint32_t status;	/* @8 enum ntstatus (host -> guest); 0 from the guest */
} __attribute__((packed));
#define STORVSC_HEADER_SIZE 12
_Static_assert(sizeof(struct storvsc_wire_header) == 12, "header size");
_Static_assert(offsetof(struct storvsc_wire_header, operation) == 0, "header.operation");
_Static_assert(offsetof(struct storvsc_wire_header, flags) == 4, "header.flags");
_Static_assert(offsetof(struct storvsc_wire_header, status) == 8, "header.status");

/* a vstor_packet whose union the receiver interprets by context (completions, resets, init steps) */
struct storvsc_wire_packet {
	struct storvsc_wire_header hdr;	/* @0 */
	uint8_t payload[52];	/* @12 */
} __attribute__((packed));
#define STORVSC_PACKET_SIZE 64
_Static_assert(sizeof(struct storvsc_wire_packet) == 64, "packet size");
_Static_assert(offsetof(struct storvsc_wire_packet, hdr) == 0, "packet.hdr");
_Static_assert(offsetof(struct storvsc_wire_packet, payload) == 12, "packet.payload");

/* the same, as a pre-WIN8 guest sends it (16 bytes shorter) */
struct storvsc_wire_packet_v1 {
	struct storvsc_wire_header hdr;	/* @0 */
	uint8_t payload[36];	/* @12 */
} __attribute__((packed));
#define STORVSC_PACKET_V1_SIZE 48
_Static_assert(sizeof(struct storvsc_wire_packet_v1) == 48, "packet_v1 size");
_Static_assert(offsetof(struct storvsc_wire_packet_v1, hdr) == 0, "packet_v1.hdr");
_Static_assert(offsetof(struct storvsc_wire_packet_v1, payload) == 12, "packet_v1.payload");

/* EXECUTE_SRB (and COMPLETE_IO of I/O) from WIN8 on */
struct storvsc_wire_srb_packet {
	struct storvsc_wire_header hdr;	/* @0 */
	struct storvsc_wire_scsi_request srb;	/* @12 */
} __attribute__((packed));
#define STORVSC_SRB_PACKET_SIZE 64
_Static_assert(sizeof(struct storvsc_wire_srb_packet) == 64, "srb_packet size");
_Static_assert(offsetof(struct storvsc_wire_srb_packet, hdr) == 0, "srb_packet.hdr");
_Static_assert(offsetof(struct storvsc_wire_srb_packet, srb) == 12, "srb_packet.srb");

/* the same before WIN8 */
struct storvsc_wire_srb_packet_v1 {
	struct storvsc_wire_header hdr;	/* @0 */
	struct storvsc_wire_scsi_request_v1 srb;	/* @12 */
} __attribute__((packed));
#define STORVSC_SRB_PACKET_V1_SIZE 48
_Static_assert(sizeof(struct storvsc_wire_srb_packet_v1) == 48, "srb_packet_v1 size");
_Static_assert(offsetof(struct storvsc_wire_srb_packet_v1, hdr) == 0, "srb_packet_v1.hdr");
_Static_assert(offsetof(struct storvsc_wire_srb_packet_v1, srb) == 12, "srb_packet_v1.srb");

struct storvsc_wire_version_packet {
	struct storvsc_wire_header hdr;	/* @0 */
	struct storvsc_wire_protocol_version version;	/* @12 */
	uint8_t pad[48];	/* @16 */
} __attribute__((packed));
#define STORVSC_VERSION_PACKET_SIZE 64
_Static_assert(sizeof(struct storvsc_wire_version_packet) == 64, "version_packet size");
_Static_assert(offsetof(struct storvsc_wire_version_packet, hdr) == 0, "version_packet.hdr");
_Static_assert(offsetof(struct storvsc_wire_version_packet, version) == 12, "version_packet.version");
_Static_assert(offsetof(struct storvsc_wire_version_packet, pad) == 16, "version_packet.pad");

struct storvsc_wire_version_packet_v1 {
	struct storvsc_wire_header hdr;	/* @0 */
	struct storvsc_wire_protocol_version version;	/* @12 */
	uint8_t pad[32];	/* @16 */
} __attribute__((packed));
#define STORVSC_VERSION_PACKET_V1_SIZE 48
_Static_assert(sizeof(struct storvsc_wire_version_packet_v1) == 48, "version_packet_v1 size");
_Static_assert(offsetof(struct storvsc_wire_version_packet_v1, hdr) == 0, "version_packet_v1.hdr");
_Static_assert(offsetof(struct storvsc_wire_version_packet_v1, version) == 12, "version_packet_v1.version");
_Static_assert(offsetof(struct storvsc_wire_version_packet_v1, pad) == 16, "version_packet_v1.pad");

/* COMPLETE_IO answering QUERY_PROPERTIES (decode a COMPLETE_IO with this when that is what was asked) */
struct storvsc_wire_properties_reply {
	struct storvsc_wire_header hdr;	/* @0 */
	struct storvsc_wire_channel_properties props;	/* @12 */
	uint8_t pad[28];	/* @36 */
} __attribute__((packed));
#define STORVSC_PROPERTIES_REPLY_SIZE 64
_Static_assert(sizeof(struct storvsc_wire_properties_reply) == 64, "properties_reply size");
_Static_assert(offsetof(struct storvsc_wire_properties_reply, hdr) == 0, "properties_reply.hdr");
_Static_assert(offsetof(struct storvsc_wire_properties_reply, props) == 12, "properties_reply.props");
_Static_assert(offsetof(struct storvsc_wire_properties_reply, pad) == 36, "properties_reply.pad");

struct storvsc_wire_create_sub_channels {
	struct storvsc_wire_header hdr;	/* @0 */
	uint16_t sub_channel_count;	/* @12 */
	uint8_t pad[50];	/* @14 */
} __attribute__((packed));
#define STORVSC_CREATE_SUB_CHANNELS_SIZE 64
_Static_assert(sizeof(struct storvsc_wire_create_sub_channels) == 64, "create_sub_channels size");
_Static_assert(offsetof(struct storvsc_wire_create_sub_channels, hdr) == 0, "create_sub_channels.hdr");
_Static_assert(offsetof(struct storvsc_wire_create_sub_channels, sub_channel_count) == 12, "create_sub_channels.sub_channel_count");
_Static_assert(offsetof(struct storvsc_wire_create_sub_channels, pad) == 14, "create_sub_channels.pad");

struct storvsc_wire_event_notification {
	struct storvsc_wire_header hdr;	/* @0 */
	struct storvsc_wire_notification event;	/* @12 */
	uint8_t pad[48];	/* @16 */
} __attribute__((packed));
#define STORVSC_EVENT_NOTIFICATION_SIZE 64
_Static_assert(sizeof(struct storvsc_wire_event_notification) == 64, "event_notification size");
_Static_assert(offsetof(struct storvsc_wire_event_notification, hdr) == 0, "event_notification.hdr");
_Static_assert(offsetof(struct storvsc_wire_event_notification, event) == 12, "event_notification.event");
_Static_assert(offsetof(struct storvsc_wire_event_notification, pad) == 16, "event_notification.pad");

#endif /* PV_GENERATED_STORVSC_WIRE_H */
