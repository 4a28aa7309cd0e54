/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_NVSP_CODEC_H
#define PV_GENERATED_NVSP_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "nvsp_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct nvsp_init {
	uint32_t msg_type;
	uint32_t min_protocol_ver;
	uint32_t max_protocol_ver;
};
enum pv_codec_err nvsp_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_init *out);
int nvsp_init_encode(const struct nvsp_init *in, void *buf, size_t cap);
int nvsp_init_format(const struct nvsp_init *s, char *buf, size_t cap);

struct nvsp_init_complete {
	uint32_t msg_type;
	uint32_t negotiated_protocol_ver;
	uint32_t max_mdl_chain_len;
	uint32_t status;
};
enum pv_codec_err nvsp_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_init_complete *out);
int nvsp_init_complete_encode(const struct nvsp_init_complete *in, void *buf, size_t cap);
int nvsp_init_complete_format(const struct nvsp_init_complete *s, char *buf, size_t cap);

struct nvsp_send_ndis_ver {
	uint32_t msg_type;
	uint32_t ndis_major_ver;
	uint32_t ndis_minor_ver;
};
enum pv_codec_err nvsp_send_ndis_ver_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_ndis_ver *out);
int nvsp_send_ndis_ver_encode(const struct nvsp_send_ndis_ver *in, void *buf, size_t cap);
int nvsp_send_ndis_ver_format(const struct nvsp_send_ndis_ver *s, char *buf, size_t cap);

struct nvsp_send_recv_buf {
	uint32_t msg_type;
	uint32_t gpadl_handle;
	uint16_t id;
	uint16_t reserved;
};
enum pv_codec_err nvsp_send_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_recv_buf *out);
int nvsp_send_recv_buf_encode(const struct nvsp_send_recv_buf *in, void *buf, size_t cap);
int nvsp_send_recv_buf_format(const struct nvsp_send_recv_buf *s, char *buf, size_t cap);

struct nvsp_recv_buf_section {
	uint32_t offset;
	uint32_t sub_alloc_size;
	uint32_t num_sub_allocs;
	uint32_t end_offset;
};
enum pv_codec_err nvsp_recv_buf_section_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_recv_buf_section *out);
int nvsp_recv_buf_section_encode(const struct nvsp_recv_buf_section *in, void *buf, size_t cap);
int nvsp_recv_buf_section_format(const struct nvsp_recv_buf_section *s, char *buf, size_t cap);

struct nvsp_send_recv_buf_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t num_sections;
	struct nvsp_recv_buf_section section;
};
enum pv_codec_err nvsp_send_recv_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_recv_buf_complete *out);
int nvsp_send_recv_buf_complete_encode(const struct nvsp_send_recv_buf_complete *in, void *buf, size_t cap);
int nvsp_send_recv_buf_complete_format(const struct nvsp_send_recv_buf_complete *s, char *buf, size_t cap);

struct nvsp_revoke_recv_buf {
	uint32_t msg_type;
	uint16_t id;
};
enum pv_codec_err nvsp_revoke_recv_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_revoke_recv_buf *out);
int nvsp_revoke_recv_buf_encode(const struct nvsp_revoke_recv_buf *in, void *buf, size_t cap);
int nvsp_revoke_recv_buf_format(const struct nvsp_revoke_recv_buf *s, char *buf, size_t cap);

struct nvsp_send_send_buf {
	uint32_t msg_type;
	uint32_t gpadl_handle;
	uint16_t id;
	uint16_t reserved;
};
enum pv_codec_err nvsp_send_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_send_buf *out);
int nvsp_send_send_buf_encode(const struct nvsp_send_send_buf *in, void *buf, size_t cap);
int nvsp_send_send_buf_format(const struct nvsp_send_send_buf *s, char *buf, size_t cap);

struct nvsp_send_send_buf_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t section_size;
};
enum pv_codec_err nvsp_send_send_buf_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_send_buf_complete *out);
int nvsp_send_send_buf_complete_encode(const struct nvsp_send_send_buf_complete *in, void *buf, size_t cap);
int nvsp_send_send_buf_complete_format(const struct nvsp_send_send_buf_complete *s, char *buf, size_t cap);

struct nvsp_revoke_send_buf {
	uint32_t msg_type;
	uint16_t id;
};
enum pv_codec_err nvsp_revoke_send_buf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_revoke_send_buf *out);
int nvsp_revoke_send_buf_encode(const struct nvsp_revoke_send_buf *in, void *buf, size_t cap);
int nvsp_revoke_send_buf_format(const struct nvsp_revoke_send_buf *s, char *buf, size_t cap);

struct nvsp_send_rndis_pkt {
	uint32_t msg_type;
	uint32_t channel_type;
	uint32_t send_buf_section_index;
	uint32_t send_buf_section_size;
};
enum pv_codec_err nvsp_send_rndis_pkt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_rndis_pkt *out);
int nvsp_send_rndis_pkt_encode(const struct nvsp_send_rndis_pkt *in, void *buf, size_t cap);
int nvsp_send_rndis_pkt_format(const struct nvsp_send_rndis_pkt *s, char *buf, size_t cap);

struct nvsp_send_rndis_pkt_complete {
	uint32_t msg_type;
	uint32_t status;
};
enum pv_codec_err nvsp_send_rndis_pkt_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_rndis_pkt_complete *out);
int nvsp_send_rndis_pkt_complete_encode(const struct nvsp_send_rndis_pkt_complete *in, void *buf, size_t cap);
int nvsp_send_rndis_pkt_complete_format(const struct nvsp_send_rndis_pkt_complete *s, char *buf, size_t cap);

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
enum pv_codec_err nvsp_send_ndis_config_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_ndis_config *out);
int nvsp_send_ndis_config_encode(const struct nvsp_send_ndis_config *in, void *buf, size_t cap);
int nvsp_send_ndis_config_format(const struct nvsp_send_ndis_config *s, char *buf, size_t cap);

struct nvsp_send_vf_association {
	uint32_t msg_type;
	uint32_t allocated;
	uint32_t serial;
};
enum pv_codec_err nvsp_send_vf_association_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_vf_association *out);
int nvsp_send_vf_association_encode(const struct nvsp_send_vf_association *in, void *buf, size_t cap);
int nvsp_send_vf_association_format(const struct nvsp_send_vf_association *s, char *buf, size_t cap);

struct nvsp_switch_data_path {
	uint32_t msg_type;
	uint32_t active_datapath;
};
enum pv_codec_err nvsp_switch_data_path_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_switch_data_path *out);
int nvsp_switch_data_path_encode(const struct nvsp_switch_data_path *in, void *buf, size_t cap);
int nvsp_switch_data_path_format(const struct nvsp_switch_data_path *s, char *buf, size_t cap);

struct nvsp_uplink_connect_state {
	uint32_t msg_type;
};
enum pv_codec_err nvsp_uplink_connect_state_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_uplink_connect_state *out);
int nvsp_uplink_connect_state_encode(const struct nvsp_uplink_connect_state *in, void *buf, size_t cap);
int nvsp_uplink_connect_state_format(const struct nvsp_uplink_connect_state *s, char *buf, size_t cap);

struct nvsp_oid_query_ex {
	uint32_t msg_type;
	uint8_t hdr_type;
	uint8_t hdr_revision;
	uint16_t hdr_size;
	uint32_t oid;
};
enum pv_codec_err nvsp_oid_query_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_oid_query_ex *out);
int nvsp_oid_query_ex_encode(const struct nvsp_oid_query_ex *in, void *buf, size_t cap);
int nvsp_oid_query_ex_format(const struct nvsp_oid_query_ex *s, char *buf, size_t cap);

struct nvsp_oid_query_ex_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t bytes;
};
enum pv_codec_err nvsp_oid_query_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_oid_query_ex_complete *out);
int nvsp_oid_query_ex_complete_encode(const struct nvsp_oid_query_ex_complete *in, void *buf, size_t cap);
int nvsp_oid_query_ex_complete_format(const struct nvsp_oid_query_ex_complete *s, char *buf, size_t cap);

struct nvsp_subchannel_request {
	uint32_t msg_type;
	uint32_t op;
	uint32_t num_subchannels;
};
enum pv_codec_err nvsp_subchannel_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_subchannel_request *out);
int nvsp_subchannel_request_encode(const struct nvsp_subchannel_request *in, void *buf, size_t cap);
int nvsp_subchannel_request_format(const struct nvsp_subchannel_request *s, char *buf, size_t cap);

struct nvsp_subchannel_complete {
	uint32_t msg_type;
	uint32_t status;
	uint32_t num_subchannels;
};
enum pv_codec_err nvsp_subchannel_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_subchannel_complete *out);
int nvsp_subchannel_complete_encode(const struct nvsp_subchannel_complete *in, void *buf, size_t cap);
int nvsp_subchannel_complete_format(const struct nvsp_subchannel_complete *s, char *buf, size_t cap);

struct nvsp_send_indirection_table {
	uint32_t msg_type;
	uint32_t count;
	uint32_t table_offset;
	uint8_t pad[28];
	uint32_t table[16];
};
enum pv_codec_err nvsp_send_indirection_table_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_send_indirection_table *out);
int nvsp_send_indirection_table_encode(const struct nvsp_send_indirection_table *in, void *buf, size_t cap);
int nvsp_send_indirection_table_format(const struct nvsp_send_indirection_table *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *nvsp_msg_type_name(uint32_t v);
extern const struct pv_name nvsp_msg_type_names[40];
const char *nvsp_status_name(uint32_t v);
extern const struct pv_name nvsp_status_names[8];
const char *nvsp_channel_type_name(uint32_t v);
extern const struct pv_name nvsp_channel_type_names[2];
const char *nvsp_datapath_name(uint32_t v);
extern const struct pv_name nvsp_datapath_names[2];
const char *nvsp_subchannel_op_name(uint32_t v);
extern const struct pv_name nvsp_subchannel_op_names[2];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t nvsp_versions[NVSP_VERSION_COUNT];
const char *nvsp_version_name(uint32_t v);

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
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

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc nvsp_msg_table[];
extern const size_t nvsp_msg_table_count;
const struct pv_msg_desc *nvsp_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err nvsp_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvsp_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int nvsp_msg_encode(const struct nvsp_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int nvsp_msg_format(const struct nvsp_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*nvsp_msg_handler)(void *ctx, const struct nvsp_msg *m);
struct nvsp_msg_handlers {
	nvsp_msg_handler init;
	nvsp_msg_handler init_complete;
	nvsp_msg_handler send_ndis_ver;
	nvsp_msg_handler send_recv_buf;
	nvsp_msg_handler send_recv_buf_complete;
	nvsp_msg_handler revoke_recv_buf;
	nvsp_msg_handler send_send_buf;
	nvsp_msg_handler send_send_buf_complete;
	nvsp_msg_handler revoke_send_buf;
	nvsp_msg_handler send_rndis_pkt;
	nvsp_msg_handler send_rndis_pkt_complete;
	nvsp_msg_handler send_ndis_config;
	nvsp_msg_handler send_vf_association;
	nvsp_msg_handler switch_data_path;
	nvsp_msg_handler uplink_connect_state;
	nvsp_msg_handler oid_query_ex;
	nvsp_msg_handler oid_query_ex_comp;
	nvsp_msg_handler subchannel;
	nvsp_msg_handler send_indirection_table;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int nvsp_msg_dispatch(const struct nvsp_msg_handlers *h, void *ctx, const struct nvsp_msg *m);
/* The nvsp_init session event m feeds (the messages' `event:`) when it travels
 * in direction dir (PV_DIR_TO_HOST, PV_DIR_TO_GUEST), 0 for none. */
int nvsp_msg_event(const struct nvsp_msg *m, uint8_t dir);

#endif /* PV_GENERATED_NVSP_CODEC_H */
