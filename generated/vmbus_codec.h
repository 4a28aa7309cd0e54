/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_VMBUS_CODEC_H
#define PV_GENERATED_VMBUS_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "vmbus_wire.h"

/* Decoded (host-endian) forms of the wire structs; see docs/generated-api.md. */

struct vmbus_msg_header {
	uint32_t msgtype;
	uint32_t padding;
};

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
	uint8_t monitor_allocated_byte_rsvd;	/* bits outside the subfields, kept for re-encoding */
	uint8_t is_dedicated_interrupt;
	uint16_t dedicated_interrupt_word_rsvd;	/* bits outside the subfields, kept for re-encoding */
	uint32_t connection_id;
};

struct vmbus_rescind_channeloffer {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};

struct vmbus_header_only {
	struct vmbus_msg_header hdr;
};

struct vmbus_openchannel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t openid;
	uint32_t ringbuffer_gpadlhandle;
	uint32_t target_vp;
	uint32_t downstream_ringbuffer_pageoffset;
	uint8_t userdata[120];
};

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

struct vmbus_openchannel_result {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t openid;
	uint32_t status;
};

struct vmbus_closechannel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};

struct vmbus_gpadl_header {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t gpadl;
	uint16_t range_buflen;
	uint16_t rangecount;
	uint64_t data[27];
	uint32_t data_count;
};

struct vmbus_gpadl_body {
	struct vmbus_msg_header hdr;
	uint32_t msgnumber;
	uint32_t gpadl;
	uint64_t pfn[28];
	uint32_t pfn_count;
};

struct vmbus_gpadl_created {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t gpadl;
	uint32_t creation_status;
};

struct vmbus_gpadl_teardown {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t gpadl;
};

struct vmbus_gpadl_torndown {
	struct vmbus_msg_header hdr;
	uint32_t gpadl;
};

struct vmbus_relid_released {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};

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

struct vmbus_version_response {
	struct vmbus_msg_header hdr;
	uint8_t version_supported;
	uint8_t connection_state;
	uint16_t padding;
	uint32_t msg_conn_id;
};

struct vmbus_version_response2 {
	struct vmbus_msg_header hdr;
	uint8_t version_supported;
	uint8_t connection_state;
	uint16_t padding;
	uint32_t msg_conn_id;
	uint32_t supported_features;
};

struct vmbus_open_reserved_channel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t target_vp;
	uint32_t target_sint;
	uint32_t ringbuffer_gpadl;
	uint32_t downstream_page_offset;
};

struct vmbus_close_reserved_channel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t target_vp;
	uint32_t target_sint;
};

struct vmbus_close_reserved_response {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
};

struct vmbus_tl_connect_request {
	struct vmbus_msg_header hdr;
	uint8_t guest_endpoint_id[16];
	uint8_t host_service_id[16];
};

struct vmbus_tl_connect_request2 {
	struct vmbus_msg_header hdr;
	uint8_t guest_endpoint_id[16];
	uint8_t host_service_id[16];
	uint8_t silo_id[16];
};

struct vmbus_modifychannel {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	uint32_t target_vp;
};

struct vmbus_tl_connect_result {
	struct vmbus_msg_header hdr;
	uint8_t guest_endpoint_id[16];
	uint8_t host_service_id[16];
	int32_t status;
};

struct vmbus_modifychannel_response {
	struct vmbus_msg_header hdr;
	uint32_t child_relid;
	int32_t status;
};

struct vmbus_modify_connection {
	struct vmbus_msg_header hdr;
	uint64_t parent_to_child_monitor_page_gpa;
	uint64_t child_to_parent_monitor_page_gpa;
};

struct vmbus_modify_connection_response {
	struct vmbus_msg_header hdr;
	uint8_t connection_state;
};

/* Decodes struct msg_header from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_msg_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_msg_header *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_msg_header_encode(const struct vmbus_msg_header *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_msg_header_format(const struct vmbus_msg_header *s, char *buf, size_t cap);

/* Decodes struct offerchannel from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_offerchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_offerchannel *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_offerchannel_encode(const struct vmbus_offerchannel *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_offerchannel_format(const struct vmbus_offerchannel *s, char *buf, size_t cap);

/* Decodes struct rescind_channeloffer from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_rescind_channeloffer_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_rescind_channeloffer *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_rescind_channeloffer_encode(const struct vmbus_rescind_channeloffer *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_rescind_channeloffer_format(const struct vmbus_rescind_channeloffer *s, char *buf, size_t cap);

/* Decodes struct header_only from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_header_only_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_header_only *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_header_only_encode(const struct vmbus_header_only *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_header_only_format(const struct vmbus_header_only *s, char *buf, size_t cap);

/* Decodes struct openchannel from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_openchannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_openchannel *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_openchannel_encode(const struct vmbus_openchannel *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_openchannel_format(const struct vmbus_openchannel *s, char *buf, size_t cap);

/* Decodes struct openchannel2 from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_openchannel2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_openchannel2 *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_openchannel2_encode(const struct vmbus_openchannel2 *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_openchannel2_format(const struct vmbus_openchannel2 *s, char *buf, size_t cap);

/* Decodes struct openchannel_result from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_openchannel_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_openchannel_result *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_openchannel_result_encode(const struct vmbus_openchannel_result *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_openchannel_result_format(const struct vmbus_openchannel_result *s, char *buf, size_t cap);

/* Decodes struct closechannel from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_closechannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_closechannel *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_closechannel_encode(const struct vmbus_closechannel *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_closechannel_format(const struct vmbus_closechannel *s, char *buf, size_t cap);

/* Decodes struct gpadl_header from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_gpadl_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_header *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_gpadl_header_encode(const struct vmbus_gpadl_header *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_gpadl_header_format(const struct vmbus_gpadl_header *s, char *buf, size_t cap);

/* Decodes struct gpadl_body from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_gpadl_body_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_body *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_gpadl_body_encode(const struct vmbus_gpadl_body *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_gpadl_body_format(const struct vmbus_gpadl_body *s, char *buf, size_t cap);

/* Decodes struct gpadl_created from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_gpadl_created_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_created *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_gpadl_created_encode(const struct vmbus_gpadl_created *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_gpadl_created_format(const struct vmbus_gpadl_created *s, char *buf, size_t cap);

/* Decodes struct gpadl_teardown from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_gpadl_teardown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_teardown *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_gpadl_teardown_encode(const struct vmbus_gpadl_teardown *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_gpadl_teardown_format(const struct vmbus_gpadl_teardown *s, char *buf, size_t cap);

/* Decodes struct gpadl_torndown from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_gpadl_torndown_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_gpadl_torndown *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_gpadl_torndown_encode(const struct vmbus_gpadl_torndown *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_gpadl_torndown_format(const struct vmbus_gpadl_torndown *s, char *buf, size_t cap);

/* Decodes struct relid_released from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_relid_released_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_relid_released *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_relid_released_encode(const struct vmbus_relid_released *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_relid_released_format(const struct vmbus_relid_released *s, char *buf, size_t cap);

/* Decodes struct initiate_contact from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_initiate_contact_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_initiate_contact *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_initiate_contact_encode(const struct vmbus_initiate_contact *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_initiate_contact_format(const struct vmbus_initiate_contact *s, char *buf, size_t cap);

/* Decodes struct initiate_contact2 from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_initiate_contact2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_initiate_contact2 *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_initiate_contact2_encode(const struct vmbus_initiate_contact2 *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_initiate_contact2_format(const struct vmbus_initiate_contact2 *s, char *buf, size_t cap);

/* Decodes struct version_response from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_version_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_version_response *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_version_response_encode(const struct vmbus_version_response *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_version_response_format(const struct vmbus_version_response *s, char *buf, size_t cap);

/* Decodes struct version_response2 from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_version_response2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_version_response2 *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_version_response2_encode(const struct vmbus_version_response2 *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_version_response2_format(const struct vmbus_version_response2 *s, char *buf, size_t cap);

/* Decodes struct open_reserved_channel from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_open_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_open_reserved_channel *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_open_reserved_channel_encode(const struct vmbus_open_reserved_channel *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_open_reserved_channel_format(const struct vmbus_open_reserved_channel *s, char *buf, size_t cap);

/* Decodes struct close_reserved_channel from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_close_reserved_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_close_reserved_channel *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_close_reserved_channel_encode(const struct vmbus_close_reserved_channel *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_close_reserved_channel_format(const struct vmbus_close_reserved_channel *s, char *buf, size_t cap);

/* Decodes struct close_reserved_response from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_close_reserved_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_close_reserved_response *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_close_reserved_response_encode(const struct vmbus_close_reserved_response *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_close_reserved_response_format(const struct vmbus_close_reserved_response *s, char *buf, size_t cap);

/* Decodes struct tl_connect_request from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_tl_connect_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_tl_connect_request *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_tl_connect_request_encode(const struct vmbus_tl_connect_request *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_tl_connect_request_format(const struct vmbus_tl_connect_request *s, char *buf, size_t cap);

/* Decodes struct tl_connect_request2 from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_tl_connect_request2_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_tl_connect_request2 *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_tl_connect_request2_encode(const struct vmbus_tl_connect_request2 *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_tl_connect_request2_format(const struct vmbus_tl_connect_request2 *s, char *buf, size_t cap);

/* Decodes struct modifychannel from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_modifychannel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modifychannel *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_modifychannel_encode(const struct vmbus_modifychannel *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_modifychannel_format(const struct vmbus_modifychannel *s, char *buf, size_t cap);

/* Decodes struct tl_connect_result from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_tl_connect_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_tl_connect_result *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_tl_connect_result_encode(const struct vmbus_tl_connect_result *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_tl_connect_result_format(const struct vmbus_tl_connect_result *s, char *buf, size_t cap);

/* Decodes struct modifychannel_response from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_modifychannel_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modifychannel_response *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_modifychannel_response_encode(const struct vmbus_modifychannel_response *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_modifychannel_response_format(const struct vmbus_modifychannel_response *s, char *buf, size_t cap);

/* Decodes struct modify_connection from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_modify_connection_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modify_connection *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_modify_connection_encode(const struct vmbus_modify_connection *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_modify_connection_format(const struct vmbus_modify_connection *s, char *buf, size_t cap);

/* Decodes struct modify_connection_response from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err vmbus_modify_connection_response_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_modify_connection_response *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int vmbus_modify_connection_response_encode(const struct vmbus_modify_connection_response *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int vmbus_modify_connection_response_format(const struct vmbus_modify_connection_response *s, char *buf, size_t cap);

/* Name of a msg_type value, "?" when unknown. */
const char *vmbus_msg_type_name(uint32_t v);
/* Name of a connection_state value, "?" when unknown. */
const char *vmbus_connection_state_name(uint32_t v);

/* A decoded message.  variant is the index into the message's variants as listed
 * in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading
 * fields. */
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

/* Dispatch table, sorted by type. */
extern const struct pv_msg_desc vmbus_msg_table[];
extern const size_t vmbus_msg_table_count;
/* The table entry for type, or NULL. */
const struct pv_msg_desc *vmbus_msg_lookup(uint32_t type);
/* Decodes one message: type, length, direction, version and feature gates, then
 * the body (choosing the variant). */
enum pv_codec_err vmbus_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct vmbus_msg *out);
/* Encodes m (m->type, m->variant and the matching member) and stamps the type field;
 * returns bytes written or a negative enum pv_codec_err (gates are checked against
 * ctx, which may be NULL). */
int vmbus_msg_encode(const struct vmbus_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int vmbus_msg_format(const struct vmbus_msg *m, char *buf, size_t cap);

#endif /* PV_GENERATED_VMBUS_CODEC_H */
