/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_RNDIS_CODEC_H
#define PV_GENERATED_RNDIS_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "rndis_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct rndis_init {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t major_ver;
	uint32_t minor_ver;
	uint32_t max_xfer_size;
};
enum pv_codec_err rndis_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_init *out);
int rndis_init_encode(const struct rndis_init *in, void *buf, size_t cap);
int rndis_init_format(const struct rndis_init *s, char *buf, size_t cap);

struct rndis_init_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
	uint32_t major_ver;
	uint32_t minor_ver;
	uint32_t dev_flags;
	uint32_t medium;
	uint32_t max_pkt_per_msg;
	uint32_t max_xfer_size;
	uint32_t pkt_alignment_factor;
	uint32_t af_list_offset;
	uint32_t af_list_size;
};
enum pv_codec_err rndis_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_init_complete *out);
int rndis_init_complete_encode(const struct rndis_init_complete *in, void *buf, size_t cap);
int rndis_init_complete_format(const struct rndis_init_complete *s, char *buf, size_t cap);

struct rndis_halt {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
};
enum pv_codec_err rndis_halt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_halt *out);
int rndis_halt_encode(const struct rndis_halt *in, void *buf, size_t cap);
int rndis_halt_format(const struct rndis_halt *s, char *buf, size_t cap);

struct rndis_query {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t oid;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
	uint32_t dev_vc_handle;
};
enum pv_codec_err rndis_query_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_query *out);
int rndis_query_encode(const struct rndis_query *in, void *buf, size_t cap);
int rndis_query_format(const struct rndis_query *s, char *buf, size_t cap);

struct rndis_query_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
};
enum pv_codec_err rndis_query_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_query_complete *out);
int rndis_query_complete_encode(const struct rndis_query_complete *in, void *buf, size_t cap);
int rndis_query_complete_format(const struct rndis_query_complete *s, char *buf, size_t cap);

struct rndis_set {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t oid;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
	uint32_t dev_vc_handle;
};
enum pv_codec_err rndis_set_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set *out);
int rndis_set_encode(const struct rndis_set *in, void *buf, size_t cap);
int rndis_set_format(const struct rndis_set *s, char *buf, size_t cap);

struct rndis_set_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
};
enum pv_codec_err rndis_set_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set_complete *out);
int rndis_set_complete_encode(const struct rndis_set_complete *in, void *buf, size_t cap);
int rndis_set_complete_format(const struct rndis_set_complete *s, char *buf, size_t cap);

struct rndis_reset {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t reserved;
};
enum pv_codec_err rndis_reset_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_reset *out);
int rndis_reset_encode(const struct rndis_reset *in, void *buf, size_t cap);
int rndis_reset_format(const struct rndis_reset *s, char *buf, size_t cap);

struct rndis_reset_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t status;
	uint32_t addressing_reset;
};
enum pv_codec_err rndis_reset_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_reset_complete *out);
int rndis_reset_complete_encode(const struct rndis_reset_complete *in, void *buf, size_t cap);
int rndis_reset_complete_format(const struct rndis_reset_complete *s, char *buf, size_t cap);

struct rndis_indicate {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t status;
	uint32_t status_buflen;
	uint32_t status_buf_offset;
};
enum pv_codec_err rndis_indicate_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_indicate *out);
int rndis_indicate_encode(const struct rndis_indicate *in, void *buf, size_t cap);
int rndis_indicate_format(const struct rndis_indicate *s, char *buf, size_t cap);

struct rndis_keepalive {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
};
enum pv_codec_err rndis_keepalive_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_keepalive *out);
int rndis_keepalive_encode(const struct rndis_keepalive *in, void *buf, size_t cap);
int rndis_keepalive_format(const struct rndis_keepalive *s, char *buf, size_t cap);

struct rndis_keepalive_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
};
enum pv_codec_err rndis_keepalive_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_keepalive_complete *out);
int rndis_keepalive_complete_encode(const struct rndis_keepalive_complete *in, void *buf, size_t cap);
int rndis_keepalive_complete_format(const struct rndis_keepalive_complete *s, char *buf, size_t cap);

struct rndis_set_ex {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t oid;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
	uint32_t dev_vc_handle;
};
enum pv_codec_err rndis_set_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set_ex *out);
int rndis_set_ex_encode(const struct rndis_set_ex *in, void *buf, size_t cap);
int rndis_set_ex_format(const struct rndis_set_ex *s, char *buf, size_t cap);

struct rndis_set_ex_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
};
enum pv_codec_err rndis_set_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_set_ex_complete *out);
int rndis_set_ex_complete_encode(const struct rndis_set_ex_complete *in, void *buf, size_t cap);
int rndis_set_ex_complete_format(const struct rndis_set_ex_complete *s, char *buf, size_t cap);

struct rndis_packet {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t data_offset;
	uint32_t data_len;
	uint32_t oob_data_offset;
	uint32_t oob_data_len;
	uint32_t num_oob_data_elements;
	uint32_t per_pkt_info_offset;
	uint32_t per_pkt_info_len;
	uint32_t vc_handle;
	uint32_t reserved;
};
enum pv_codec_err rndis_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_packet *out);
int rndis_packet_encode(const struct rndis_packet *in, void *buf, size_t cap);
int rndis_packet_format(const struct rndis_packet *s, char *buf, size_t cap);

struct rndis_ppi {
	uint32_t size;
	uint32_t type;
	uint32_t ppi_type;
	uint8_t internal;
	uint32_t ppi_offset;
};
enum pv_codec_err rndis_ppi_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ppi *out);
int rndis_ppi_encode(const struct rndis_ppi *in, void *buf, size_t cap);
int rndis_ppi_format(const struct rndis_ppi *s, char *buf, size_t cap);

struct rndis_csum_tx_info {
	uint32_t value;
	uint8_t is_ipv4;
	uint8_t is_ipv6;
	uint8_t tcp_checksum;
	uint8_t udp_checksum;
	uint8_t ip_header_checksum;
	uint16_t tcp_header_offset;
};
enum pv_codec_err rndis_csum_tx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_csum_tx_info *out);
int rndis_csum_tx_info_encode(const struct rndis_csum_tx_info *in, void *buf, size_t cap);
int rndis_csum_tx_info_format(const struct rndis_csum_tx_info *s, char *buf, size_t cap);

struct rndis_csum_rx_info {
	uint32_t value;
	uint8_t tcp_checksum_failed;
	uint8_t udp_checksum_failed;
	uint8_t ip_checksum_failed;
	uint8_t tcp_checksum_succeeded;
	uint8_t udp_checksum_succeeded;
	uint8_t ip_checksum_succeeded;
	uint8_t loopback;
	uint8_t tcp_checksum_value_invalid;
	uint8_t ip_checksum_value_invalid;
};
enum pv_codec_err rndis_csum_rx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_csum_rx_info *out);
int rndis_csum_rx_info_encode(const struct rndis_csum_rx_info *in, void *buf, size_t cap);
int rndis_csum_rx_info_format(const struct rndis_csum_rx_info *s, char *buf, size_t cap);

struct rndis_lso_info {
	uint32_t value;
	uint32_t mss;
	uint16_t tcp_header_offset;
	uint8_t type;
	uint8_t ip_version;
};
enum pv_codec_err rndis_lso_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_lso_info *out);
int rndis_lso_info_encode(const struct rndis_lso_info *in, void *buf, size_t cap);
int rndis_lso_info_format(const struct rndis_lso_info *s, char *buf, size_t cap);

struct rndis_vlan_info {
	uint32_t value;
	uint8_t pri;
	uint8_t cfi;
	uint16_t vlanid;
};
enum pv_codec_err rndis_vlan_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_vlan_info *out);
int rndis_vlan_info_encode(const struct rndis_vlan_info *in, void *buf, size_t cap);
int rndis_vlan_info_format(const struct rndis_vlan_info *s, char *buf, size_t cap);

struct rndis_hash_value {
	uint32_t hash;
};
enum pv_codec_err rndis_hash_value_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_hash_value *out);
int rndis_hash_value_encode(const struct rndis_hash_value *in, void *buf, size_t cap);
int rndis_hash_value_format(const struct rndis_hash_value *s, char *buf, size_t cap);

struct rndis_pktinfo_id {
	uint8_t ver;
	uint8_t flag;
	uint8_t suballoc;
	uint8_t first_frag;
	uint8_t last_frag;
	uint16_t pkt_id;
};
enum pv_codec_err rndis_pktinfo_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_pktinfo_id *out);
int rndis_pktinfo_id_encode(const struct rndis_pktinfo_id *in, void *buf, size_t cap);
int rndis_pktinfo_id_format(const struct rndis_pktinfo_id *s, char *buf, size_t cap);

struct rndis_ndis_object_header {
	uint8_t type;
	uint8_t revision;
	uint16_t size;
};
enum pv_codec_err rndis_ndis_object_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ndis_object_header *out);
int rndis_ndis_object_header_encode(const struct rndis_ndis_object_header *in, void *buf, size_t cap);
int rndis_ndis_object_header_format(const struct rndis_ndis_object_header *s, char *buf, size_t cap);

struct rndis_csum_offload {
	uint32_t ip4_txenc;
	uint32_t ip4_txcsum;
	uint32_t ip4_rxenc;
	uint32_t ip4_rxcsum;
	uint32_t ip6_txenc;
	uint32_t ip6_txcsum;
	uint32_t ip6_rxenc;
	uint32_t ip6_rxcsum;
};
enum pv_codec_err rndis_csum_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_csum_offload *out);
int rndis_csum_offload_encode(const struct rndis_csum_offload *in, void *buf, size_t cap);
int rndis_csum_offload_format(const struct rndis_csum_offload *s, char *buf, size_t cap);

struct rndis_lsov1_offload {
	uint32_t encap;
	uint32_t maxsize;
	uint32_t minsegs;
	uint32_t opts;
};
enum pv_codec_err rndis_lsov1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_lsov1_offload *out);
int rndis_lsov1_offload_encode(const struct rndis_lsov1_offload *in, void *buf, size_t cap);
int rndis_lsov1_offload_format(const struct rndis_lsov1_offload *s, char *buf, size_t cap);

struct rndis_ipsecv1_offload {
	uint32_t encap;
	uint32_t ah_esp;
	uint32_t xport_tun;
	uint32_t ip4_opts;
	uint32_t flags;
	uint32_t ip4_ah;
	uint32_t ip4_esp;
};
enum pv_codec_err rndis_ipsecv1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ipsecv1_offload *out);
int rndis_ipsecv1_offload_encode(const struct rndis_ipsecv1_offload *in, void *buf, size_t cap);
int rndis_ipsecv1_offload_format(const struct rndis_ipsecv1_offload *s, char *buf, size_t cap);

struct rndis_lsov2_offload {
	uint32_t ip4_encap;
	uint32_t ip4_maxsz;
	uint32_t ip4_minsg;
	uint32_t ip6_encap;
	uint32_t ip6_maxsz;
	uint32_t ip6_minsg;
	uint32_t ip6_opts;
};
enum pv_codec_err rndis_lsov2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_lsov2_offload *out);
int rndis_lsov2_offload_encode(const struct rndis_lsov2_offload *in, void *buf, size_t cap);
int rndis_lsov2_offload_format(const struct rndis_lsov2_offload *s, char *buf, size_t cap);

struct rndis_ipsecv2_offload {
	uint32_t encap;
	uint8_t ip6;
	uint8_t ip4opt;
	uint8_t ip6ext;
	uint8_t ah;
	uint8_t esp;
	uint8_t ah_esp;
	uint8_t xport;
	uint8_t tun;
	uint8_t xport_tun;
	uint8_t lso;
	uint8_t extseq;
	uint8_t pad15;
	uint32_t udp_esp;
	uint32_t auth;
	uint32_t crypto;
	uint32_t sa_caps;
};
enum pv_codec_err rndis_ipsecv2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ipsecv2_offload *out);
int rndis_ipsecv2_offload_encode(const struct rndis_ipsecv2_offload *in, void *buf, size_t cap);
int rndis_ipsecv2_offload_format(const struct rndis_ipsecv2_offload *s, char *buf, size_t cap);

struct rndis_ndis_offload {
	struct rndis_ndis_object_header header;
	struct rndis_csum_offload csum;
	struct rndis_lsov1_offload lsov1;
	struct rndis_ipsecv1_offload ipsecv1;
	struct rndis_lsov2_offload lsov2;
	uint32_t flags;
	struct rndis_ipsecv2_offload ipsecv2;
	uint8_t rsc_ip4;
	uint8_t rsc_ip6;
	uint16_t pad146;
	uint32_t encap_gre_flags;
	uint32_t encap_gre_maxhdr;
};
enum pv_codec_err rndis_ndis_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_ndis_offload *out);
int rndis_ndis_offload_encode(const struct rndis_ndis_offload *in, void *buf, size_t cap);
int rndis_ndis_offload_format(const struct rndis_ndis_offload *s, char *buf, size_t cap);

struct rndis_offload_params {
	struct rndis_ndis_object_header header;
	uint8_t ip_v4_csum;
	uint8_t tcp_ip_v4_csum;
	uint8_t udp_ip_v4_csum;
	uint8_t tcp_ip_v6_csum;
	uint8_t udp_ip_v6_csum;
	uint8_t lso_v1;
	uint8_t ip_sec_v1;
	uint8_t lso_v2_ipv4;
	uint8_t lso_v2_ipv6;
	uint8_t tcp_connection_ipv4;
	uint8_t tcp_connection_ipv6;
	uint8_t reserved15;
	uint32_t flags;
	uint8_t ip_sec_v2;
	uint8_t ip_sec_v2_ipv4;
	uint8_t rsc_ipv4;
	uint8_t rsc_ipv6;
	uint8_t encapsulated_packet_task_offload;
	uint8_t encapsulation_types;
	uint16_t pad26;
};
enum pv_codec_err rndis_offload_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_offload_params *out);
int rndis_offload_params_encode(const struct rndis_offload_params *in, void *buf, size_t cap);
int rndis_offload_params_format(const struct rndis_offload_params *s, char *buf, size_t cap);

struct rndis_rss_caps {
	struct rndis_ndis_object_header header;
	uint32_t cap_flag;
	uint32_t num_int_msg;
	uint32_t num_recv_que;
	uint16_t num_indirect_tabent;
};
enum pv_codec_err rndis_rss_caps_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_rss_caps *out);
int rndis_rss_caps_encode(const struct rndis_rss_caps *in, void *buf, size_t cap);
int rndis_rss_caps_format(const struct rndis_rss_caps *s, char *buf, size_t cap);

struct rndis_rss_params {
	struct rndis_ndis_object_header header;
	uint16_t flag;
	uint16_t base_cpu_number;
	uint32_t hashinfo;
	uint16_t indirect_tabsize;
	uint16_t pad14;
	uint32_t indirect_taboffset;
	uint16_t hashkey_size;
	uint16_t pad22;
	uint32_t hashkey_offset;
	uint32_t processor_masks_offset;
	uint32_t num_processor_masks;
	uint32_t processor_masks_entry_size;
};
enum pv_codec_err rndis_rss_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_rss_params *out);
int rndis_rss_params_encode(const struct rndis_rss_params *in, void *buf, size_t cap);
int rndis_rss_params_format(const struct rndis_rss_params *s, char *buf, size_t cap);

struct rndis_offload_encapsulation {
	struct rndis_ndis_object_header header;
	uint32_t ipv4_enabled;
	uint32_t ipv4_encapsulation_type;
	uint32_t ipv4_header_size;
	uint32_t ipv6_enabled;
	uint32_t ipv6_encapsulation_type;
	uint32_t ipv6_header_size;
};
enum pv_codec_err rndis_offload_encapsulation_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_offload_encapsulation *out);
int rndis_offload_encapsulation_encode(const struct rndis_offload_encapsulation *in, void *buf, size_t cap);
int rndis_offload_encapsulation_format(const struct rndis_offload_encapsulation *s, char *buf, size_t cap);

struct rndis_config_parameter {
	uint32_t name_offset;
	uint32_t name_length;
	uint32_t parameter_type;
	uint32_t value_offset;
	uint32_t value_length;
};
enum pv_codec_err rndis_config_parameter_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_config_parameter *out);
int rndis_config_parameter_encode(const struct rndis_config_parameter *in, void *buf, size_t cap);
int rndis_config_parameter_format(const struct rndis_config_parameter *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *rndis_msg_type_name(uint32_t v);
extern const struct pv_name rndis_msg_type_names[15];
const char *rndis_status_name(uint32_t v);
extern const struct pv_name rndis_status_names[17];
const char *rndis_oid_name(uint32_t v);
extern const struct pv_name rndis_oid_names[52];
const char *rndis_ppi_type_name(uint32_t v);
extern const struct pv_name rndis_ppi_type_names[12];
const char *rndis_ppi_internal_type_name(uint32_t v);
extern const struct pv_name rndis_ppi_internal_type_names[1];
const char *rndis_ndis_object_type_name(uint32_t v);
extern const struct pv_name rndis_ndis_object_type_names[6];
const char *rndis_offload_param_csum_name(uint32_t v);
extern const struct pv_name rndis_offload_param_csum_names[5];
const char *rndis_offload_param_simple_name(uint32_t v);
extern const struct pv_name rndis_offload_param_simple_names[3];
const char *rndis_config_param_type_name(uint32_t v);
extern const struct pv_name rndis_config_param_type_names[5];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t rndis_versions[RNDIS_VERSION_COUNT];
const char *rndis_version_name(uint32_t v);

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct rndis_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct rndis_packet packet;
		struct rndis_init init;
		struct rndis_halt halt;
		struct rndis_query query;
		struct rndis_set set;
		struct rndis_reset reset;
		struct rndis_indicate indicate;
		struct rndis_keepalive keepalive;
		struct rndis_set_ex set_ex;
		struct rndis_init_complete init_c;
		struct rndis_query_complete query_c;
		struct rndis_set_complete set_c;
		struct rndis_reset_complete reset_c;
		struct rndis_keepalive_complete keepalive_c;
		struct rndis_set_ex_complete set_ex_c;
	} u;
};

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc rndis_msg_table[];
extern const size_t rndis_msg_table_count;
const struct pv_msg_desc *rndis_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err rndis_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct rndis_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int rndis_msg_encode(const struct rndis_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int rndis_msg_format(const struct rndis_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*rndis_msg_handler)(void *ctx, const struct rndis_msg *m);
struct rndis_msg_handlers {
	rndis_msg_handler packet;
	rndis_msg_handler init;
	rndis_msg_handler halt;
	rndis_msg_handler query;
	rndis_msg_handler set;
	rndis_msg_handler reset;
	rndis_msg_handler indicate;
	rndis_msg_handler keepalive;
	rndis_msg_handler set_ex;
	rndis_msg_handler init_c;
	rndis_msg_handler query_c;
	rndis_msg_handler set_c;
	rndis_msg_handler reset_c;
	rndis_msg_handler keepalive_c;
	rndis_msg_handler set_ex_c;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int rndis_msg_dispatch(const struct rndis_msg_handlers *h, void *ctx, const struct rndis_msg *m);
/* The rndis_device session event m feeds (the messages' `event:`) when it travels
 * in direction dir (PV_DIR_TO_HOST, PV_DIR_TO_GUEST), 0 for none. */
int rndis_msg_event(const struct rndis_msg *m, uint8_t dir);

#endif /* PV_GENERATED_RNDIS_CODEC_H */
