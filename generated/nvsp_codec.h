/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_NVSP_CODEC_H
#define PV_GENERATED_NVSP_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "nvsp_wire.h"

/* Decoded (host-endian) forms of the wire structs; see docs/generated-api.md. */

struct nvsp_init {
	uint32_t msg_type;
	uint32_t min_protocol_ver;
	uint32_t max_protocol_ver;
};

struct nvsp_init_complete {
	uint32_t msg_type;
	uint32_t negotiated_protocol_ver;
	uint32_t max_mdl_chain_len;
	uint32_t status;
};

struct nvsp_send_ndis_ver {
	uint32_t msg_type;
	uint32_t ndis_major_ver;
	uint32_t ndis_minor_ver;
};

struct nvsp_send_recv_buf {
	uint32_t msg_type;
	uint32_t gpadl_handle;
	uint16_t id;
	uint16_t reserved;
};

struct nvsp_recv_buf_section {
	uint32_t offset;
	uint32_t sub_alloc_size;
	uint32_t num_sub_allocs;
	uint32_t end_offset;
};

struct nvsp_send_recv_buf_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t num_sections;
	struct nvsp_recv_buf_section section;
};

struct nvsp_revoke_recv_buf {
	uint32_t msg_type;
	uint16_t id;
};

struct nvsp_send_send_buf {
	uint32_t msg_type;
	uint32_t gpadl_handle;
	uint16_t id;
	uint16_t reserved;
};

struct nvsp_send_send_buf_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t section_size;
};

struct nvsp_revoke_send_buf {
	uint32_t msg_type;
	uint16_t id;
};

struct nvsp_send_rndis_pkt {
	uint32_t msg_type;
	uint32_t channel_type;
	uint32_t send_buf_section_index;
	uint32_t send_buf_section_size;
};

struct nvsp_send_rndis_pkt_complete {
	uint32_t msg_type;
	uint32_t status;
};

struct nvsp_send_ndis_config {
	uint32_t msg_type;
	uint32_t mtu;
	uint32_t reserved;
	uint64_t capability;
	uint8_t vmq;
	uint8_t chimney;
	uint8_t sriov;
	uint8_t ieee8021q;
	uint8_t correlation_id;
	uint8_t teaming;
	uint8_t virtual_subnet_id;
	uint8_t rsc;
};

struct nvsp_send_vf_association {
	uint32_t msg_type;
	uint32_t allocated;
	uint32_t serial;
};

struct nvsp_switch_data_path {
	uint32_t msg_type;
	uint32_t active_datapath;
};

struct nvsp_uplink_connect_state {
	uint32_t msg_type;
};

struct nvsp_oid_query_ex {
	uint32_t msg_type;
	uint8_t hdr_type;
	uint8_t hdr_revision;
	uint16_t hdr_size;
	uint32_t oid;
};

struct nvsp_oid_query_ex_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t bytes;
};

struct nvsp_subchannel_request {
	uint32_t msg_type;
	uint32_t op;
	uint32_t num_subchannels;
};

struct nvsp_subchannel_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t num_subchannels;
};

struct nvsp_send_indirection_table {
	uint32_t msg_type;
	uint32_t count;
	uint32_t table_offset;
	uint8_t pad[28];
	uint32_t table[16];
};

/* Decodes struct init from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_init *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_init_encode(const struct nvsp_init *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_init_format(const struct nvsp_init *s, char *buf, size_t cap);

/* Decodes struct init_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_init_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_init_complete_encode(const struct nvsp_init_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_init_complete_format(const struct nvsp_init_complete *s, char *buf, size_t cap);

/* Decodes struct send_ndis_ver from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_ndis_ver_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_ndis_ver *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_ndis_ver_encode(const struct nvsp_send_ndis_ver *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_ndis_ver_format(const struct nvsp_send_ndis_ver *s, char *buf, size_t cap);

/* Decodes struct send_recv_buf from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_recv_buf *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_recv_buf_encode(const struct nvsp_send_recv_buf *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_recv_buf_format(const struct nvsp_send_recv_buf *s, char *buf, size_t cap);

/* Decodes struct recv_buf_section from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_recv_buf_section_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_recv_buf_section *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_recv_buf_section_encode(const struct nvsp_recv_buf_section *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_recv_buf_section_format(const struct nvsp_recv_buf_section *s, char *buf, size_t cap);

/* Decodes struct send_recv_buf_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_recv_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_recv_buf_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_recv_buf_complete_encode(const struct nvsp_send_recv_buf_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_recv_buf_complete_format(const struct nvsp_send_recv_buf_complete *s, char *buf, size_t cap);

/* Decodes struct revoke_recv_buf from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_revoke_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_revoke_recv_buf *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_revoke_recv_buf_encode(const struct nvsp_revoke_recv_buf *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_revoke_recv_buf_format(const struct nvsp_revoke_recv_buf *s, char *buf, size_t cap);

/* Decodes struct send_send_buf from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_send_buf *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_send_buf_encode(const struct nvsp_send_send_buf *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_send_buf_format(const struct nvsp_send_send_buf *s, char *buf, size_t cap);

/* Decodes struct send_send_buf_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_send_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_send_buf_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_send_buf_complete_encode(const struct nvsp_send_send_buf_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_send_buf_complete_format(const struct nvsp_send_send_buf_complete *s, char *buf, size_t cap);

/* Decodes struct revoke_send_buf from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_revoke_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_revoke_send_buf *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_revoke_send_buf_encode(const struct nvsp_revoke_send_buf *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_revoke_send_buf_format(const struct nvsp_revoke_send_buf *s, char *buf, size_t cap);

/* Decodes struct send_rndis_pkt from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_rndis_pkt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_rndis_pkt *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_rndis_pkt_encode(const struct nvsp_send_rndis_pkt *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_rndis_pkt_format(const struct nvsp_send_rndis_pkt *s, char *buf, size_t cap);

/* Decodes struct send_rndis_pkt_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_rndis_pkt_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_rndis_pkt_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_rndis_pkt_complete_encode(const struct nvsp_send_rndis_pkt_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_rndis_pkt_complete_format(const struct nvsp_send_rndis_pkt_complete *s, char *buf, size_t cap);

/* Decodes struct send_ndis_config from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_ndis_config_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_ndis_config *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_ndis_config_encode(const struct nvsp_send_ndis_config *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_ndis_config_format(const struct nvsp_send_ndis_config *s, char *buf, size_t cap);

/* Decodes struct send_vf_association from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_vf_association_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_vf_association *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_vf_association_encode(const struct nvsp_send_vf_association *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_vf_association_format(const struct nvsp_send_vf_association *s, char *buf, size_t cap);

/* Decodes struct switch_data_path from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_switch_data_path_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_switch_data_path *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_switch_data_path_encode(const struct nvsp_switch_data_path *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_switch_data_path_format(const struct nvsp_switch_data_path *s, char *buf, size_t cap);

/* Decodes struct uplink_connect_state from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_uplink_connect_state_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_uplink_connect_state *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_uplink_connect_state_encode(const struct nvsp_uplink_connect_state *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_uplink_connect_state_format(const struct nvsp_uplink_connect_state *s, char *buf, size_t cap);

/* Decodes struct oid_query_ex from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_oid_query_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_oid_query_ex *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_oid_query_ex_encode(const struct nvsp_oid_query_ex *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_oid_query_ex_format(const struct nvsp_oid_query_ex *s, char *buf, size_t cap);

/* Decodes struct oid_query_ex_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_oid_query_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_oid_query_ex_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_oid_query_ex_complete_encode(const struct nvsp_oid_query_ex_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_oid_query_ex_complete_format(const struct nvsp_oid_query_ex_complete *s, char *buf, size_t cap);

/* Decodes struct subchannel_request from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_subchannel_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_subchannel_request *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_subchannel_request_encode(const struct nvsp_subchannel_request *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_subchannel_request_format(const struct nvsp_subchannel_request *s, char *buf, size_t cap);

/* Decodes struct subchannel_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_subchannel_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_subchannel_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_subchannel_complete_encode(const struct nvsp_subchannel_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_subchannel_complete_format(const struct nvsp_subchannel_complete *s, char *buf, size_t cap);

/* Decodes struct send_indirection_table from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err nvsp_send_indirection_table_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_send_indirection_table *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int nvsp_send_indirection_table_encode(const struct nvsp_send_indirection_table *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int nvsp_send_indirection_table_format(const struct nvsp_send_indirection_table *s, char *buf, size_t cap);

/* Name of a msg_type value, "?" when unknown. */
const char *nvsp_msg_type_name(uint32_t v);
/* Name of a status value, "?" when unknown. */
const char *nvsp_status_name(uint32_t v);
/* Name of a channel_type value, "?" when unknown. */
const char *nvsp_channel_type_name(uint32_t v);
/* Name of a datapath value, "?" when unknown. */
const char *nvsp_datapath_name(uint32_t v);
/* Name of a subchannel_op value, "?" when unknown. */
const char *nvsp_subchannel_op_name(uint32_t v);

/* A decoded message.  variant is the index into the message's variants as listed
 * in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading
 * fields. */
struct nvsp_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct nvsp_init init;
		struct nvsp_init_complete init_complete;
		struct nvsp_send_ndis_ver send_ndis_ver;
		struct nvsp_send_recv_buf send_recv_buf;
		struct nvsp_send_recv_buf_complete send_recv_buf_complete;
		struct nvsp_revoke_recv_buf revoke_recv_buf;
		struct nvsp_send_send_buf send_send_buf;
		struct nvsp_send_send_buf_complete send_send_buf_complete;
		struct nvsp_revoke_send_buf revoke_send_buf;
		struct nvsp_send_rndis_pkt send_rndis_pkt;
		struct nvsp_send_rndis_pkt_complete send_rndis_pkt_complete;
		struct nvsp_send_ndis_config send_ndis_config;
		struct nvsp_send_vf_association send_vf_association;
		struct nvsp_switch_data_path switch_data_path;
		struct nvsp_uplink_connect_state uplink_connect_state;
		struct nvsp_oid_query_ex oid_query_ex;
		struct nvsp_oid_query_ex_complete oid_query_ex_comp;
		struct nvsp_subchannel_request subchannel;
		struct nvsp_send_indirection_table send_indirection_table;
	} u;
};

/* Dispatch table, sorted by type. */
extern const struct pv_msg_desc nvsp_msg_table[];
extern const size_t nvsp_msg_table_count;
/* The table entry for type, or NULL. */
const struct pv_msg_desc *nvsp_msg_lookup(uint32_t type);
/* Decodes one message: type, length, direction, version and feature gates, then
 * the body (choosing the variant). */
enum pv_codec_err nvsp_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct nvsp_msg *out);
/* Encodes m (m->type, m->variant and the matching member) and stamps the type field;
 * returns bytes written or a negative enum pv_codec_err (gates are checked against
 * ctx, which may be NULL). */
int nvsp_msg_encode(const struct nvsp_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int nvsp_msg_format(const struct nvsp_msg *m, char *buf, size_t cap);

#endif /* PV_GENERATED_NVSP_CODEC_H */
