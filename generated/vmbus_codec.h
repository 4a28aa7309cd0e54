/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_VMBUS_CODEC_H
#define PV_GENERATED_VMBUS_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "vmbus_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct vmbus_msg_header {
	uint32_t msgtype;
	uint32_t padding;
};
enum pv_codec_err vmbus_msg_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_msg_header *out);
int vmbus_msg_header_encode(const struct vmbus_msg_header *in, void *buf, size_t cap);
int vmbus_msg_header_format(const struct vmbus_msg_header *s, char *buf, size_t cap);

struct vmbus_offerchannel {
	struct vmbus_msg_header hdr;
	uint8_t if_type[16];
	uint8_t if_instance[16];
	uint64_t reserved1;
	uint64_t reserved2;
	uint16_t chn_flags;
	uint16_t mmio_megabytes;
	uint8_t user_def[120];
	uint16_t sub_channel_index;
	uint16_t mmio_megabytes_optional;
	uint32_t child_relid;
	uint8_t monitorid;
	uint8_t monitor_allocated;
	uint8_t monitor_allocated_byte_rsvd;	/* bits outside the subfields */
	uint8_t is_dedicated_interrupt;
	uint16_t dedicated_interrupt_word_rsvd;	/* bits outside the subfields */
	uint32_t connection_id;
};
enum pv_codec_err vmbus_offerchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_offerchannel *out);
int vmbus_offerchannel_encode(const struct vmbus_offerchannel *in, void *buf, size_t cap);
int vmbus_offerchannel_format(const struct vmbus_offerchannel *s, char *buf, size_t cap);

struct vmbus_rescind_channeloffer {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};
enum pv_codec_err vmbus_rescind_channeloffer_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_rescind_channeloffer *out);
int vmbus_rescind_channeloffer_encode(const struct vmbus_rescind_channeloffer *in, void *buf, size_t cap);
int vmbus_rescind_channeloffer_format(const struct vmbus_rescind_channeloffer *s, char *buf, size_t cap);

struct vmbus_header_only {
	struct vmbus_msg_header hdr;
};
enum pv_codec_err vmbus_header_only_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_header_only *out);
int vmbus_header_only_encode(const struct vmbus_header_only *in, void *buf, size_t cap);
int vmbus_header_only_format(const struct vmbus_header_only *s, char *buf, size_t cap);

struct vmbus_openchannel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t openid;
	uint32_t ringbuffer_gpadlhandle;
	uint32_t target_vp;
	uint32_t downstream_ringbuffer_pageoffset;
	uint8_t userdata[120];
};
enum pv_codec_err vmbus_openchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_openchannel *out);
int vmbus_openchannel_encode(const struct vmbus_openchannel *in, void *buf, size_t cap);
int vmbus_openchannel_format(const struct vmbus_openchannel *s, char *buf, size_t cap);

struct vmbus_openchannel2 {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t openid;
	uint32_t ringbuffer_gpadlhandle;
	uint32_t target_vp;
	uint32_t downstream_ringbuffer_pageoffset;
	uint8_t userdata[120];
	uint32_t connection_id;
	uint16_t event_flag;
	uint16_t open_flags;
};
enum pv_codec_err vmbus_openchannel2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_openchannel2 *out);
int vmbus_openchannel2_encode(const struct vmbus_openchannel2 *in, void *buf, size_t cap);
int vmbus_openchannel2_format(const struct vmbus_openchannel2 *s, char *buf, size_t cap);

struct vmbus_openchannel_result {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t openid;
	uint32_t status;
};
enum pv_codec_err vmbus_openchannel_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_openchannel_result *out);
int vmbus_openchannel_result_encode(const struct vmbus_openchannel_result *in, void *buf, size_t cap);
int vmbus_openchannel_result_format(const struct vmbus_openchannel_result *s, char *buf, size_t cap);

struct vmbus_closechannel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};
enum pv_codec_err vmbus_closechannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_closechannel *out);
int vmbus_closechannel_encode(const struct vmbus_closechannel *in, void *buf, size_t cap);
int vmbus_closechannel_format(const struct vmbus_closechannel *s, char *buf, size_t cap);

struct vmbus_gpadl_header {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t gpadl;
	uint16_t range_buflen;
	uint16_t rangecount;
	uint64_t data[27];
	uint32_t data_count;
};
enum pv_codec_err vmbus_gpadl_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_header *out);
int vmbus_gpadl_header_encode(const struct vmbus_gpadl_header *in, void *buf, size_t cap);
int vmbus_gpadl_header_format(const struct vmbus_gpadl_header *s, char *buf, size_t cap);

struct vmbus_gpadl_body {
	struct vmbus_msg_header hdr;
	uint32_t msgnumber;
	uint32_t gpadl;
	uint64_t pfn[28];
	uint32_t pfn_count;
};
enum pv_codec_err vmbus_gpadl_body_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_body *out);
int vmbus_gpadl_body_encode(const struct vmbus_gpadl_body *in, void *buf, size_t cap);
int vmbus_gpadl_body_format(const struct vmbus_gpadl_body *s, char *buf, size_t cap);

struct vmbus_gpadl_created {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t gpadl;
	uint32_t creation_status;
};
enum pv_codec_err vmbus_gpadl_created_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_created *out);
int vmbus_gpadl_created_encode(const struct vmbus_gpadl_created *in, void *buf, size_t cap);
int vmbus_gpadl_created_format(const struct vmbus_gpadl_created *s, char *buf, size_t cap);

struct vmbus_gpadl_teardown {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t gpadl;
};
enum pv_codec_err vmbus_gpadl_teardown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_teardown *out);
int vmbus_gpadl_teardown_encode(const struct vmbus_gpadl_teardown *in, void *buf, size_t cap);
int vmbus_gpadl_teardown_format(const struct vmbus_gpadl_teardown *s, char *buf, size_t cap);

struct vmbus_gpadl_torndown {
	struct vmbus_msg_header hdr;
	uint32_t gpadl;
};
enum pv_codec_err vmbus_gpadl_torndown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_gpadl_torndown *out);
int vmbus_gpadl_torndown_encode(const struct vmbus_gpadl_torndown *in, void *buf, size_t cap);
int vmbus_gpadl_torndown_format(const struct vmbus_gpadl_torndown *s, char *buf, size_t cap);

struct vmbus_relid_released {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};
enum pv_codec_err vmbus_relid_released_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_relid_released *out);
int vmbus_relid_released_encode(const struct vmbus_relid_released *in, void *buf, size_t cap);
int vmbus_relid_released_format(const struct vmbus_relid_released *s, char *buf, size_t cap);

struct vmbus_initiate_contact {
	struct vmbus_msg_header hdr;
	uint32_t vmbus_version_requested;
	uint32_t target_vcpu;
	uint64_t interrupt_page;
	uint8_t msg_sint;
	uint8_t msg_vtl;
	uint32_t feature_flags;
	uint64_t monitor_page1;
	uint64_t monitor_page2;
};
enum pv_codec_err vmbus_initiate_contact_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_initiate_contact *out);
int vmbus_initiate_contact_encode(const struct vmbus_initiate_contact *in, void *buf, size_t cap);
int vmbus_initiate_contact_format(const struct vmbus_initiate_contact *s, char *buf, size_t cap);

struct vmbus_initiate_contact2 {
	struct vmbus_msg_header hdr;
	uint32_t vmbus_version_requested;
	uint32_t target_vcpu;
	uint64_t interrupt_page;
	uint8_t msg_sint;
	uint8_t msg_vtl;
	uint32_t feature_flags;
	uint64_t monitor_page1;
	uint64_t monitor_page2;
	uint8_t client_id[16];
};
enum pv_codec_err vmbus_initiate_contact2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_initiate_contact2 *out);
int vmbus_initiate_contact2_encode(const struct vmbus_initiate_contact2 *in, void *buf, size_t cap);
int vmbus_initiate_contact2_format(const struct vmbus_initiate_contact2 *s, char *buf, size_t cap);

struct vmbus_version_response {
	struct vmbus_msg_header hdr;
	uint8_t version_supported;
	uint8_t connection_state;
	uint16_t padding;
	uint32_t msg_conn_id;
};
enum pv_codec_err vmbus_version_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_version_response *out);
int vmbus_version_response_encode(const struct vmbus_version_response *in, void *buf, size_t cap);
int vmbus_version_response_format(const struct vmbus_version_response *s, char *buf, size_t cap);

struct vmbus_version_response2 {
	struct vmbus_msg_header hdr;
	uint8_t version_supported;
	uint8_t connection_state;
	uint16_t padding;
	uint32_t msg_conn_id;
	uint32_t supported_features;
};
enum pv_codec_err vmbus_version_response2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_version_response2 *out);
int vmbus_version_response2_encode(const struct vmbus_version_response2 *in, void *buf, size_t cap);
int vmbus_version_response2_format(const struct vmbus_version_response2 *s, char *buf, size_t cap);

struct vmbus_open_reserved_channel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t target_vp;
	uint32_t target_sint;
	uint32_t ringbuffer_gpadl;
	uint32_t downstream_page_offset;
};
enum pv_codec_err vmbus_open_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_open_reserved_channel *out);
int vmbus_open_reserved_channel_encode(const struct vmbus_open_reserved_channel *in, void *buf, size_t cap);
int vmbus_open_reserved_channel_format(const struct vmbus_open_reserved_channel *s, char *buf, size_t cap);

struct vmbus_close_reserved_channel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t target_vp;
	uint32_t target_sint;
};
enum pv_codec_err vmbus_close_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_close_reserved_channel *out);
int vmbus_close_reserved_channel_encode(const struct vmbus_close_reserved_channel *in, void *buf, size_t cap);
int vmbus_close_reserved_channel_format(const struct vmbus_close_reserved_channel *s, char *buf, size_t cap);

struct vmbus_close_reserved_response {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};
enum pv_codec_err vmbus_close_reserved_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_close_reserved_response *out);
int vmbus_close_reserved_response_encode(const struct vmbus_close_reserved_response *in, void *buf, size_t cap);
int vmbus_close_reserved_response_format(const struct vmbus_close_reserved_response *s, char *buf, size_t cap);

struct vmbus_tl_connect_request {
	struct vmbus_msg_header hdr;
	uint8_t guest_endpoint_id[16];
	uint8_t host_service_id[16];
};
enum pv_codec_err vmbus_tl_connect_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_tl_connect_request *out);
int vmbus_tl_connect_request_encode(const struct vmbus_tl_connect_request *in, void *buf, size_t cap);
int vmbus_tl_connect_request_format(const struct vmbus_tl_connect_request *s, char *buf, size_t cap);

struct vmbus_tl_connect_request2 {
	struct vmbus_msg_header hdr;
	uint8_t guest_endpoint_id[16];
	uint8_t host_service_id[16];
	uint8_t silo_id[16];
};
enum pv_codec_err vmbus_tl_connect_request2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_tl_connect_request2 *out);
int vmbus_tl_connect_request2_encode(const struct vmbus_tl_connect_request2 *in, void *buf, size_t cap);
int vmbus_tl_connect_request2_format(const struct vmbus_tl_connect_request2 *s, char *buf, size_t cap);

struct vmbus_modifychannel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t target_vp;
};
enum pv_codec_err vmbus_modifychannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modifychannel *out);
int vmbus_modifychannel_encode(const struct vmbus_modifychannel *in, void *buf, size_t cap);
int vmbus_modifychannel_format(const struct vmbus_modifychannel *s, char *buf, size_t cap);

struct vmbus_tl_connect_result {
	struct vmbus_msg_header hdr;
	uint8_t guest_endpoint_id[16];
	uint8_t host_service_id[16];
	int32_t status;
};
enum pv_codec_err vmbus_tl_connect_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_tl_connect_result *out);
int vmbus_tl_connect_result_encode(const struct vmbus_tl_connect_result *in, void *buf, size_t cap);
int vmbus_tl_connect_result_format(const struct vmbus_tl_connect_result *s, char *buf, size_t cap);

struct vmbus_modifychannel_response {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	int32_t status;
};
enum pv_codec_err vmbus_modifychannel_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modifychannel_response *out);
int vmbus_modifychannel_response_encode(const struct vmbus_modifychannel_response *in, void *buf, size_t cap);
int vmbus_modifychannel_response_format(const struct vmbus_modifychannel_response *s, char *buf, size_t cap);

struct vmbus_modify_connection {
	struct vmbus_msg_header hdr;
	uint64_t parent_to_child_monitor_page_gpa;
	uint64_t child_to_parent_monitor_page_gpa;
};
enum pv_codec_err vmbus_modify_connection_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modify_connection *out);
int vmbus_modify_connection_encode(const struct vmbus_modify_connection *in, void *buf, size_t cap);
int vmbus_modify_connection_format(const struct vmbus_modify_connection *s, char *buf, size_t cap);

struct vmbus_modify_connection_response {
	struct vmbus_msg_header hdr;
	uint8_t connection_state;
};
enum pv_codec_err vmbus_modify_connection_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_modify_connection_response *out);
int vmbus_modify_connection_response_encode(const struct vmbus_modify_connection_response *in, void *buf, size_t cap);
int vmbus_modify_connection_response_format(const struct vmbus_modify_connection_response *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *vmbus_msg_type_name(uint32_t v);
extern const struct pv_name vmbus_msg_type_names[30];
const char *vmbus_connection_state_name(uint32_t v);
extern const struct pv_name vmbus_connection_state_names[3];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t vmbus_versions[VMBUS_VERSION_COUNT];
const char *vmbus_version_name(uint32_t v);

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct vmbus_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct vmbus_offerchannel offerchannel;
		struct vmbus_rescind_channeloffer rescind_channeloffer;
		struct vmbus_header_only requestoffers;
		struct vmbus_header_only alloffers_delivered;
		struct vmbus_openchannel2 openchannel2;
		struct vmbus_openchannel openchannel;
		struct vmbus_openchannel_result openchannel_result;
		struct vmbus_closechannel closechannel;
		struct vmbus_gpadl_header gpadl_header;
		struct vmbus_gpadl_body gpadl_body;
		struct vmbus_gpadl_created gpadl_created;
		struct vmbus_gpadl_teardown gpadl_teardown;
		struct vmbus_gpadl_torndown gpadl_torndown;
		struct vmbus_relid_released relid_released;
		struct vmbus_initiate_contact2 initiate_contact2;
		struct vmbus_initiate_contact initiate_contact;
		struct vmbus_version_response2 version_response2;
		struct vmbus_version_response version_response;
		struct vmbus_header_only unload;
		struct vmbus_header_only unload_response;
		struct vmbus_open_reserved_channel open_reserved_channel;
		struct vmbus_close_reserved_channel close_reserved_channel;
		struct vmbus_close_reserved_response close_reserved_response;
		struct vmbus_tl_connect_request2 tl_connect_request2;
		struct vmbus_tl_connect_request tl_connect_request;
		struct vmbus_modifychannel modifychannel;
		struct vmbus_tl_connect_result tl_connect_result;
		struct vmbus_modifychannel_response modifychannel_response;
		struct vmbus_modify_connection modify_connection;
		struct vmbus_modify_connection_response modify_connection_response;
		struct vmbus_header_only pause;
		struct vmbus_header_only pause_response;
		struct vmbus_header_only resume;
	} u;
};

/* Variant indices (struct vmbus_msg.variant) of messages with several layouts. */
#define VMBUS_MSG_VAR_OPENCHANNEL_OPENCHANNEL2 0
#define VMBUS_MSG_VAR_OPENCHANNEL_OPENCHANNEL 1
#define VMBUS_MSG_VAR_INITIATE_CONTACT_INITIATE_CONTACT2 0
#define VMBUS_MSG_VAR_INITIATE_CONTACT_INITIATE_CONTACT 1
#define VMBUS_MSG_VAR_VERSION_RESPONSE_VERSION_RESPONSE2 0
#define VMBUS_MSG_VAR_VERSION_RESPONSE_VERSION_RESPONSE 1
#define VMBUS_MSG_VAR_TL_CONNECT_REQUEST_TL_CONNECT_REQUEST2 0
#define VMBUS_MSG_VAR_TL_CONNECT_REQUEST_TL_CONNECT_REQUEST 1

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc vmbus_msg_table[];
extern const size_t vmbus_msg_table_count;
const struct pv_msg_desc *vmbus_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err vmbus_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmbus_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int vmbus_msg_encode(const struct vmbus_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int vmbus_msg_format(const struct vmbus_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*vmbus_msg_handler)(void *ctx, const struct vmbus_msg *m);
struct vmbus_msg_handlers {
	vmbus_msg_handler offerchannel;
	vmbus_msg_handler rescind_channeloffer;
	vmbus_msg_handler requestoffers;
	vmbus_msg_handler alloffers_delivered;
	vmbus_msg_handler openchannel;
	vmbus_msg_handler openchannel_result;
	vmbus_msg_handler closechannel;
	vmbus_msg_handler gpadl_header;
	vmbus_msg_handler gpadl_body;
	vmbus_msg_handler gpadl_created;
	vmbus_msg_handler gpadl_teardown;
	vmbus_msg_handler gpadl_torndown;
	vmbus_msg_handler relid_released;
	vmbus_msg_handler initiate_contact;
	vmbus_msg_handler version_response;
	vmbus_msg_handler unload;
	vmbus_msg_handler unload_response;
	vmbus_msg_handler open_reserved_channel;
	vmbus_msg_handler close_reserved_channel;
	vmbus_msg_handler close_reserved_response;
	vmbus_msg_handler tl_connect_request;
	vmbus_msg_handler modifychannel;
	vmbus_msg_handler tl_connect_result;
	vmbus_msg_handler modifychannel_response;
	vmbus_msg_handler modify_connection;
	vmbus_msg_handler modify_connection_response;
	vmbus_msg_handler pause;
	vmbus_msg_handler pause_response;
	vmbus_msg_handler resume;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int vmbus_msg_dispatch(const struct vmbus_msg_handlers *h, void *ctx, const struct vmbus_msg *m);
/* The vmbus_conn session event m feeds (the messages' `event:`) when it travels
 * in direction dir (PV_DIR_TO_HOST, PV_DIR_TO_GUEST), 0 for none. */
int vmbus_msg_event(const struct vmbus_msg *m, uint8_t dir);
/* The vmbus_chan session event m feeds (the messages' `event:`) when it travels
 * in direction dir (PV_DIR_TO_HOST, PV_DIR_TO_GUEST), 0 for none. */
int vmbus_msg_chan_event(const struct vmbus_msg *m, uint8_t dir);
/* The vmbus_gpadl session event m feeds (the messages' `event:`) when it travels
 * in direction dir (PV_DIR_TO_HOST, PV_DIR_TO_GUEST), 0 for none. */
int vmbus_msg_gpadl_event(const struct vmbus_msg *m, uint8_t dir);

#endif /* PV_GENERATED_VMBUS_CODEC_H */
