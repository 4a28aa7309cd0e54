/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_STORVSC_CODEC_H
#define PV_GENERATED_STORVSC_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "storvsc_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct storvsc_offer_properties {
	uint16_t reserved;
	uint8_t path_id;
	uint8_t target_id;
	uint32_t reserved2;
	uint32_t flags;
	uint32_t reserved3[3];
};
enum pv_codec_err storvsc_offer_properties_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_offer_properties *out);
int storvsc_offer_properties_encode(const struct storvsc_offer_properties *in, void *buf, size_t cap);
int storvsc_offer_properties_format(const struct storvsc_offer_properties *s, char *buf, size_t cap);

struct storvsc_scsi_request_v1 {
	uint16_t length;
	uint8_t srb_status;
	uint8_t status;
	uint8_t queue_frozen;
	uint8_t autosense_valid;
	uint8_t scsi_status;
	uint8_t port_number;
	uint8_t path_id;
	uint8_t target_id;
	uint8_t lun;
	uint8_t cdb_length;
	uint8_t sense_info_length;
	uint8_t data_in;
	uint8_t properties;
	uint32_t data_transfer_length;
	uint8_t cdb[20];
};
enum pv_codec_err storvsc_scsi_request_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_scsi_request_v1 *out);
int storvsc_scsi_request_v1_encode(const struct storvsc_scsi_request_v1 *in, void *buf, size_t cap);
int storvsc_scsi_request_v1_format(const struct storvsc_scsi_request_v1 *s, char *buf, size_t cap);

struct storvsc_scsi_request {
	uint16_t length;
	uint8_t srb_status;
	uint8_t status;
	uint8_t queue_frozen;
	uint8_t autosense_valid;
	uint8_t scsi_status;
	uint8_t port_number;
	uint8_t path_id;
	uint8_t target_id;
	uint8_t lun;
	uint8_t cdb_length;
	uint8_t sense_info_length;
	uint8_t data_in;
	uint8_t properties;
	uint32_t data_transfer_length;
	uint8_t cdb[20];
	uint16_t reserve;
	uint8_t queue_tag;
	uint8_t queue_action;
	uint32_t srb_flags;
	uint32_t time_out_value;
	uint32_t queue_sort_key;
};
enum pv_codec_err storvsc_scsi_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_scsi_request *out);
int storvsc_scsi_request_encode(const struct storvsc_scsi_request *in, void *buf, size_t cap);
int storvsc_scsi_request_format(const struct storvsc_scsi_request *s, char *buf, size_t cap);

struct storvsc_channel_properties {
	uint32_t reserved;
	uint16_t max_channel_cnt;
	uint16_t reserved1;
	uint32_t flags;
	uint32_t max_transfer_bytes;
	uint64_t reserved2;
};
enum pv_codec_err storvsc_channel_properties_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_channel_properties *out);
int storvsc_channel_properties_encode(const struct storvsc_channel_properties *in, void *buf, size_t cap);
int storvsc_channel_properties_format(const struct storvsc_channel_properties *s, char *buf, size_t cap);

struct storvsc_protocol_version {
	uint16_t major_minor;
	uint16_t revision;
};
enum pv_codec_err storvsc_protocol_version_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_protocol_version *out);
int storvsc_protocol_version_encode(const struct storvsc_protocol_version *in, void *buf, size_t cap);
int storvsc_protocol_version_format(const struct storvsc_protocol_version *s, char *buf, size_t cap);

struct storvsc_fc_wwn {
	uint8_t primary_active;
	uint8_t reserved1;
	uint8_t reserved2;
	uint8_t primary_port_wwn[8];
	uint8_t primary_node_wwn[8];
	uint8_t secondary_port_wwn[8];
	uint8_t secondary_node_wwn[8];
};
enum pv_codec_err storvsc_fc_wwn_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_fc_wwn *out);
int storvsc_fc_wwn_encode(const struct storvsc_fc_wwn *in, void *buf, size_t cap);
int storvsc_fc_wwn_format(const struct storvsc_fc_wwn *s, char *buf, size_t cap);

struct storvsc_notification {
	uint8_t lun;
	uint8_t target;
	uint8_t path;
	uint8_t flags;
};
enum pv_codec_err storvsc_notification_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_notification *out);
int storvsc_notification_encode(const struct storvsc_notification *in, void *buf, size_t cap);
int storvsc_notification_format(const struct storvsc_notification *s, char *buf, size_t cap);

struct storvsc_header {
	uint32_t operation;
	uint32_t flags;
	uint32_t status;
};
enum pv_codec_err storvsc_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_header *out);
int storvsc_header_encode(const struct storvsc_header *in, void *buf, size_t cap);
int storvsc_header_format(const struct storvsc_header *s, char *buf, size_t cap);

struct storvsc_packet {
	struct storvsc_header hdr;
	uint8_t payload[52];
};
enum pv_codec_err storvsc_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_packet *out);
int storvsc_packet_encode(const struct storvsc_packet *in, void *buf, size_t cap);
int storvsc_packet_format(const struct storvsc_packet *s, char *buf, size_t cap);

struct storvsc_packet_v1 {
	struct storvsc_header hdr;
	uint8_t payload[36];
};
enum pv_codec_err storvsc_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_packet_v1 *out);
int storvsc_packet_v1_encode(const struct storvsc_packet_v1 *in, void *buf, size_t cap);
int storvsc_packet_v1_format(const struct storvsc_packet_v1 *s, char *buf, size_t cap);

struct storvsc_srb_packet {
	struct storvsc_header hdr;
	struct storvsc_scsi_request srb;
};
enum pv_codec_err storvsc_srb_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_srb_packet *out);
int storvsc_srb_packet_encode(const struct storvsc_srb_packet *in, void *buf, size_t cap);
int storvsc_srb_packet_format(const struct storvsc_srb_packet *s, char *buf, size_t cap);

struct storvsc_srb_packet_v1 {
	struct storvsc_header hdr;
	struct storvsc_scsi_request_v1 srb;
};
enum pv_codec_err storvsc_srb_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_srb_packet_v1 *out);
int storvsc_srb_packet_v1_encode(const struct storvsc_srb_packet_v1 *in, void *buf, size_t cap);
int storvsc_srb_packet_v1_format(const struct storvsc_srb_packet_v1 *s, char *buf, size_t cap);

struct storvsc_version_packet {
	struct storvsc_header hdr;
	struct storvsc_protocol_version version;
	uint8_t pad[48];
};
enum pv_codec_err storvsc_version_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_version_packet *out);
int storvsc_version_packet_encode(const struct storvsc_version_packet *in, void *buf, size_t cap);
int storvsc_version_packet_format(const struct storvsc_version_packet *s, char *buf, size_t cap);

struct storvsc_version_packet_v1 {
	struct storvsc_header hdr;
	struct storvsc_protocol_version version;
	uint8_t pad[32];
};
enum pv_codec_err storvsc_version_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_version_packet_v1 *out);
int storvsc_version_packet_v1_encode(const struct storvsc_version_packet_v1 *in, void *buf, size_t cap);
int storvsc_version_packet_v1_format(const struct storvsc_version_packet_v1 *s, char *buf, size_t cap);

struct storvsc_properties_reply {
	struct storvsc_header hdr;
	struct storvsc_channel_properties props;
	uint8_t pad[28];
};
enum pv_codec_err storvsc_properties_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_properties_reply *out);
int storvsc_properties_reply_encode(const struct storvsc_properties_reply *in, void *buf, size_t cap);
int storvsc_properties_reply_format(const struct storvsc_properties_reply *s, char *buf, size_t cap);

struct storvsc_create_sub_channels {
	struct storvsc_header hdr;
	uint16_t sub_channel_count;
	uint8_t pad[50];
};
enum pv_codec_err storvsc_create_sub_channels_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_create_sub_channels *out);
int storvsc_create_sub_channels_encode(const struct storvsc_create_sub_channels *in, void *buf, size_t cap);
int storvsc_create_sub_channels_format(const struct storvsc_create_sub_channels *s, char *buf, size_t cap);

struct storvsc_event_notification {
	struct storvsc_header hdr;
	struct storvsc_notification event;
	uint8_t pad[48];
};
enum pv_codec_err storvsc_event_notification_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_event_notification *out);
int storvsc_event_notification_encode(const struct storvsc_event_notification *in, void *buf, size_t cap);
int storvsc_event_notification_format(const struct storvsc_event_notification *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *storvsc_operation_name(uint32_t v);
extern const struct pv_name storvsc_operation_names[14];
const char *storvsc_ntstatus_name(uint32_t v);
extern const struct pv_name storvsc_ntstatus_names[13];
const char *storvsc_srb_status_name(uint32_t v);
extern const struct pv_name storvsc_srb_status_names[8];
const char *storvsc_data_in_name(uint32_t v);
extern const struct pv_name storvsc_data_in_names[3];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t storvsc_versions[STORVSC_VERSION_COUNT];
const char *storvsc_version_name(uint32_t v);

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct storvsc_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct storvsc_packet packet;
		struct storvsc_packet_v1 complete_io;
		struct storvsc_packet_v1 remove_device;
		struct storvsc_srb_packet srb_packet;
		struct storvsc_srb_packet_v1 execute_srb;
		struct storvsc_packet_v1 reset_lun;
		struct storvsc_packet_v1 reset_adapter;
		struct storvsc_packet_v1 reset_bus;
		struct storvsc_packet_v1 begin_initialization;
		struct storvsc_packet_v1 end_initialization;
		struct storvsc_version_packet version_packet;
		struct storvsc_version_packet_v1 query_protocol_version;
		struct storvsc_packet_v1 query_properties;
		struct storvsc_packet_v1 enumerate_bus;
		struct storvsc_packet_v1 fchba_data;
		struct storvsc_create_sub_channels create_sub_channels;
		struct storvsc_event_notification event_notification;
	} u;
};

/* Variant indices (struct storvsc_msg.variant) of messages with several layouts. */
#define STORVSC_MSG_VAR_COMPLETE_IO_PACKET 0
#define STORVSC_MSG_VAR_COMPLETE_IO_PACKET_V1 1
#define STORVSC_MSG_VAR_REMOVE_DEVICE_PACKET 0
#define STORVSC_MSG_VAR_REMOVE_DEVICE_PACKET_V1 1
#define STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET 0
#define STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET_V1 1
#define STORVSC_MSG_VAR_RESET_LUN_PACKET 0
#define STORVSC_MSG_VAR_RESET_LUN_PACKET_V1 1
#define STORVSC_MSG_VAR_RESET_ADAPTER_PACKET 0
#define STORVSC_MSG_VAR_RESET_ADAPTER_PACKET_V1 1
#define STORVSC_MSG_VAR_RESET_BUS_PACKET 0
#define STORVSC_MSG_VAR_RESET_BUS_PACKET_V1 1
#define STORVSC_MSG_VAR_BEGIN_INITIALIZATION_PACKET 0
#define STORVSC_MSG_VAR_BEGIN_INITIALIZATION_PACKET_V1 1
#define STORVSC_MSG_VAR_END_INITIALIZATION_PACKET 0
#define STORVSC_MSG_VAR_END_INITIALIZATION_PACKET_V1 1
#define STORVSC_MSG_VAR_QUERY_PROTOCOL_VERSION_VERSION_PACKET 0
#define STORVSC_MSG_VAR_QUERY_PROTOCOL_VERSION_VERSION_PACKET_V1 1
#define STORVSC_MSG_VAR_QUERY_PROPERTIES_PACKET 0
#define STORVSC_MSG_VAR_QUERY_PROPERTIES_PACKET_V1 1
#define STORVSC_MSG_VAR_ENUMERATE_BUS_PACKET 0
#define STORVSC_MSG_VAR_ENUMERATE_BUS_PACKET_V1 1
#define STORVSC_MSG_VAR_FCHBA_DATA_PACKET 0
#define STORVSC_MSG_VAR_FCHBA_DATA_PACKET_V1 1

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc storvsc_msg_table[];
extern const size_t storvsc_msg_table_count;
const struct pv_msg_desc *storvsc_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err storvsc_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int storvsc_msg_encode(const struct storvsc_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int storvsc_msg_format(const struct storvsc_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*storvsc_msg_handler)(void *ctx, const struct storvsc_msg *m);
struct storvsc_msg_handlers {
	storvsc_msg_handler complete_io;
	storvsc_msg_handler remove_device;
	storvsc_msg_handler execute_srb;
	storvsc_msg_handler reset_lun;
	storvsc_msg_handler reset_adapter;
	storvsc_msg_handler reset_bus;
	storvsc_msg_handler begin_initialization;
	storvsc_msg_handler end_initialization;
	storvsc_msg_handler query_protocol_version;
	storvsc_msg_handler query_properties;
	storvsc_msg_handler enumerate_bus;
	storvsc_msg_handler fchba_data;
	storvsc_msg_handler create_sub_channels;
	storvsc_msg_handler event_notification;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int storvsc_msg_dispatch(const struct storvsc_msg_handlers *h, void *ctx, const struct storvsc_msg *m);
/* The storvsc_init session event m feeds (the messages' `event:`) when it travels
 * in direction dir (PV_DIR_TO_HOST, PV_DIR_TO_GUEST), 0 for none. */
int storvsc_msg_event(const struct storvsc_msg *m, uint8_t dir);

#endif /* PV_GENERATED_STORVSC_CODEC_H */
