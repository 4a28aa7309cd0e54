/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_RNDIS_CODEC_H
#define PV_GENERATED_RNDIS_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "rndis_wire.h"

/* Decoded (host-endian) forms of the wire structs; see docs/generated-api.md. */

struct rndis_init {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t major_ver;
	uint32_t minor_ver;
	uint32_t max_xfer_size;
};

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

struct rndis_halt {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
};

struct rndis_query {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t oid;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
	uint32_t dev_vc_handle;
};

struct rndis_query_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
};

struct rndis_set {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t oid;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
	uint32_t dev_vc_handle;
};

struct rndis_set_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
};

struct rndis_reset {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t reserved;
};

struct rndis_reset_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t status;
	uint32_t addressing_reset;
};

struct rndis_indicate {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t status;
	uint32_t status_buflen;
	uint32_t status_buf_offset;
};

struct rndis_keepalive {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
};

struct rndis_keepalive_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
};

struct rndis_set_ex {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t oid;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
	uint32_t dev_vc_handle;
};

struct rndis_set_ex_complete {
	uint32_t msg_type;
	uint32_t msg_len;
	uint32_t req_id;
	uint32_t status;
	uint32_t info_buflen;
	uint32_t info_buf_offset;
};

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

struct rndis_ppi {
	uint32_t size;
	uint32_t type;
	uint32_t ppi_type;
	uint8_t internal;
	uint32_t ppi_offset;
};

struct rndis_csum_tx_info {
	uint32_t value;
	uint8_t is_ipv4;
	uint8_t is_ipv6;
	uint8_t tcp_checksum;
	uint8_t udp_checksum;
	uint8_t ip_header_checksum;
	uint16_t tcp_header_offset;
};

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

struct rndis_lso_info {
	uint32_t value;
	uint32_t mss;
	uint16_t tcp_header_offset;
	uint8_t type;
	uint8_t ip_version;
};

struct rndis_vlan_info {
	uint32_t value;
	uint8_t pri;
	uint8_t cfi;
	uint16_t vlanid;
};

struct rndis_hash_value {
	uint32_t hash;
};

struct rndis_pktinfo_id {
	uint8_t ver;
	uint8_t flag;
	uint16_t pkt_id;
};

struct rndis_ndis_object_header {
	uint8_t type;
	uint8_t revision;
	uint16_t size;
};

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

struct rndis_lsov1_offload {
	uint32_t encap;
	uint32_t maxsize;
	uint32_t minsegs;
	uint32_t opts;
};

struct rndis_ipsecv1_offload {
	uint32_t encap;
	uint32_t ah_esp;
	uint32_t xport_tun;
	uint32_t ip4_opts;
	uint32_t flags;
	uint32_t ip4_ah;
	uint32_t ip4_esp;
};

struct rndis_lsov2_offload {
	uint32_t ip4_encap;
	uint32_t ip4_maxsz;
	uint32_t ip4_minsg;
	uint32_t ip6_encap;
	uint32_t ip6_maxsz;
	uint32_t ip6_minsg;
	uint32_t ip6_opts;
};

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

struct rndis_rss_caps {
	struct rndis_ndis_object_header header;
	uint32_t cap_flag;
	uint32_t num_int_msg;
	uint32_t num_recv_que;
	uint16_t num_indirect_tabent;
};

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

struct rndis_offload_encapsulation {
	struct rndis_ndis_object_header header;
	uint32_t ipv4_enabled;
	uint32_t ipv4_encapsulation_type;
	uint32_t ipv4_header_size;
	uint32_t ipv6_enabled;
	uint32_t ipv6_encapsulation_type;
	uint32_t ipv6_header_size;
};

struct rndis_config_parameter {
	uint32_t name_offset;
	uint32_t name_length;
	uint32_t parameter_type;
	uint32_t value_offset;
	uint32_t value_length;
};

/* Decodes struct init from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_init_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_init *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_init_encode(const struct rndis_init *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_init_format(const struct rndis_init *s, char *buf, size_t cap);

/* Decodes struct init_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_init_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_init_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_init_complete_encode(const struct rndis_init_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_init_complete_format(const struct rndis_init_complete *s, char *buf, size_t cap);

/* Decodes struct halt from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_halt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_halt *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_halt_encode(const struct rndis_halt *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_halt_format(const struct rndis_halt *s, char *buf, size_t cap);

/* Decodes struct query from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_query_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_query *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_query_encode(const struct rndis_query *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_query_format(const struct rndis_query *s, char *buf, size_t cap);

/* Decodes struct query_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_query_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_query_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_query_complete_encode(const struct rndis_query_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_query_complete_format(const struct rndis_query_complete *s, char *buf, size_t cap);

/* Decodes struct set from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_set_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_set_encode(const struct rndis_set *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_set_format(const struct rndis_set *s, char *buf, size_t cap);

/* Decodes struct set_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_set_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_set_complete_encode(const struct rndis_set_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_set_complete_format(const struct rndis_set_complete *s, char *buf, size_t cap);

/* Decodes struct reset from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_reset_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_reset *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_reset_encode(const struct rndis_reset *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_reset_format(const struct rndis_reset *s, char *buf, size_t cap);

/* Decodes struct reset_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_reset_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_reset_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_reset_complete_encode(const struct rndis_reset_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_reset_complete_format(const struct rndis_reset_complete *s, char *buf, size_t cap);

/* Decodes struct indicate from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_indicate_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_indicate *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_indicate_encode(const struct rndis_indicate *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_indicate_format(const struct rndis_indicate *s, char *buf, size_t cap);

/* Decodes struct keepalive from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_keepalive_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_keepalive *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_keepalive_encode(const struct rndis_keepalive *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_keepalive_format(const struct rndis_keepalive *s, char *buf, size_t cap);

/* Decodes struct keepalive_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_keepalive_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_keepalive_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_keepalive_complete_encode(const struct rndis_keepalive_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_keepalive_complete_format(const struct rndis_keepalive_complete *s, char *buf, size_t cap);

/* Decodes struct set_ex from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_set_ex_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set_ex *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_set_ex_encode(const struct rndis_set_ex *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_set_ex_format(const struct rndis_set_ex *s, char *buf, size_t cap);

/* Decodes struct set_ex_complete from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_set_ex_complete_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_set_ex_complete *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_set_ex_complete_encode(const struct rndis_set_ex_complete *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_set_ex_complete_format(const struct rndis_set_ex_complete *s, char *buf, size_t cap);

/* Decodes struct packet from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_packet *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_packet_encode(const struct rndis_packet *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_packet_format(const struct rndis_packet *s, char *buf, size_t cap);

/* Decodes struct ppi from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_ppi_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ppi *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_ppi_encode(const struct rndis_ppi *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_ppi_format(const struct rndis_ppi *s, char *buf, size_t cap);

/* Decodes struct csum_tx_info from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_csum_tx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_csum_tx_info *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_csum_tx_info_encode(const struct rndis_csum_tx_info *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_csum_tx_info_format(const struct rndis_csum_tx_info *s, char *buf, size_t cap);

/* Decodes struct csum_rx_info from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_csum_rx_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_csum_rx_info *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_csum_rx_info_encode(const struct rndis_csum_rx_info *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_csum_rx_info_format(const struct rndis_csum_rx_info *s, char *buf, size_t cap);

/* Decodes struct lso_info from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_lso_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_lso_info *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_lso_info_encode(const struct rndis_lso_info *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_lso_info_format(const struct rndis_lso_info *s, char *buf, size_t cap);

/* Decodes struct vlan_info from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_vlan_info_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_vlan_info *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_vlan_info_encode(const struct rndis_vlan_info *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_vlan_info_format(const struct rndis_vlan_info *s, char *buf, size_t cap);

/* Decodes struct hash_value from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_hash_value_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_hash_value *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_hash_value_encode(const struct rndis_hash_value *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_hash_value_format(const struct rndis_hash_value *s, char *buf, size_t cap);

/* Decodes struct pktinfo_id from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_pktinfo_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_pktinfo_id *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_pktinfo_id_encode(const struct rndis_pktinfo_id *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_pktinfo_id_format(const struct rndis_pktinfo_id *s, char *buf, size_t cap);

/* Decodes struct ndis_object_header from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_ndis_object_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ndis_object_header *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_ndis_object_header_encode(const struct rndis_ndis_object_header *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_ndis_object_header_format(const struct rndis_ndis_object_header *s, char *buf, size_t cap);

/* Decodes struct csum_offload from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_csum_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_csum_offload *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_csum_offload_encode(const struct rndis_csum_offload *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_csum_offload_format(const struct rndis_csum_offload *s, char *buf, size_t cap);

/* Decodes struct lsov1_offload from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_lsov1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_lsov1_offload *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_lsov1_offload_encode(const struct rndis_lsov1_offload *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_lsov1_offload_format(const struct rndis_lsov1_offload *s, char *buf, size_t cap);

/* Decodes struct ipsecv1_offload from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_ipsecv1_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ipsecv1_offload *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_ipsecv1_offload_encode(const struct rndis_ipsecv1_offload *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_ipsecv1_offload_format(const struct rndis_ipsecv1_offload *s, char *buf, size_t cap);

/* Decodes struct lsov2_offload from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_lsov2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_lsov2_offload *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_lsov2_offload_encode(const struct rndis_lsov2_offload *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_lsov2_offload_format(const struct rndis_lsov2_offload *s, char *buf, size_t cap);

/* Decodes struct ipsecv2_offload from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_ipsecv2_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ipsecv2_offload *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_ipsecv2_offload_encode(const struct rndis_ipsecv2_offload *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_ipsecv2_offload_format(const struct rndis_ipsecv2_offload *s, char *buf, size_t cap);

/* Decodes struct ndis_offload from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_ndis_offload_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_ndis_offload *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_ndis_offload_encode(const struct rndis_ndis_offload *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_ndis_offload_format(const struct rndis_ndis_offload *s, char *buf, size_t cap);

/* Decodes struct offload_params from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_offload_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_offload_params *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_offload_params_encode(const struct rndis_offload_params *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_offload_params_format(const struct rndis_offload_params *s, char *buf, size_t cap);

/* Decodes struct rss_caps from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_rss_caps_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_rss_caps *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_rss_caps_encode(const struct rndis_rss_caps *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_rss_caps_format(const struct rndis_rss_caps *s, char *buf, size_t cap);

/* Decodes struct rss_params from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_rss_params_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_rss_params *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_rss_params_encode(const struct rndis_rss_params *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_rss_params_format(const struct rndis_rss_params *s, char *buf, size_t cap);

/* Decodes struct offload_encapsulation from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_offload_encapsulation_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_offload_encapsulation *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_offload_encapsulation_encode(const struct rndis_offload_encapsulation *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_offload_encapsulation_format(const struct rndis_offload_encapsulation *s, char *buf, size_t cap);

/* Decodes struct config_parameter from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err rndis_config_parameter_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_config_parameter *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int rndis_config_parameter_encode(const struct rndis_config_parameter *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int rndis_config_parameter_format(const struct rndis_config_parameter *s, char *buf, size_t cap);

/* Name of a msg_type value, "?" when unknown. */
const char *rndis_msg_type_name(uint32_t v);
/* Name of a status value, "?" when unknown. */
const char *rndis_status_name(uint32_t v);
/* Name of a oid value, "?" when unknown. */
const char *rndis_oid_name(uint32_t v);
/* Name of a ppi_type value, "?" when unknown. */
const char *rndis_ppi_type_name(uint32_t v);
/* Name of a ppi_internal_type value, "?" when unknown. */
const char *rndis_ppi_internal_type_name(uint32_t v);
/* Name of a ndis_object_type value, "?" when unknown. */
const char *rndis_ndis_object_type_name(uint32_t v);
/* Name of a offload_param_csum value, "?" when unknown. */
const char *rndis_offload_param_csum_name(uint32_t v);
/* Name of a offload_param_simple value, "?" when unknown. */
const char *rndis_offload_param_simple_name(uint32_t v);
/* Name of a config_param_type value, "?" when unknown. */
const char *rndis_config_param_type_name(uint32_t v);

/* A decoded message.  variant is the index into the message's variants as listed
 * in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading
 * fields. */
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

/* Dispatch table, sorted by type. */
extern const struct pv_msg_desc rndis_msg_table[];
extern const size_t rndis_msg_table_count;
/* The table entry for type, or NULL. */
const struct pv_msg_desc *rndis_msg_lookup(uint32_t type);
/* Decodes one message: type, length, direction, version and feature gates, then
 * the body (choosing the variant). */
enum pv_codec_err rndis_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct rndis_msg *out);
/* Encodes m (m->type, m->variant and the matching member) and stamps the type field;
 * returns bytes written or a negative enum pv_codec_err (gates are checked against
 * ctx, which may be NULL). */
int rndis_msg_encode(const struct rndis_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int rndis_msg_format(const struct rndis_msg *m, char *buf, size_t cap);

#endif /* PV_GENERATED_RNDIS_CODEC_H */
