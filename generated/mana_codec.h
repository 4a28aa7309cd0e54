/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_MANA_CODEC_H
#define PV_GENERATED_MANA_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "mana_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct mana_msg_hdr {
	uint32_t hdr_type;
	uint32_t msg_type;
	uint16_t msg_version;
	uint16_t hwc_msg_id;
	uint32_t msg_size;
};
enum pv_codec_err mana_msg_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_msg_hdr *out);
int mana_msg_hdr_encode(const struct mana_msg_hdr *in, void *buf, size_t cap);
int mana_msg_hdr_format(const struct mana_msg_hdr *s, char *buf, size_t cap);

struct mana_dev_id {
	uint16_t type;
	uint16_t instance;
};
enum pv_codec_err mana_dev_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_dev_id *out);
int mana_dev_id_encode(const struct mana_dev_id *in, void *buf, size_t cap);
int mana_dev_id_format(const struct mana_dev_id *s, char *buf, size_t cap);

struct mana_req_hdr {
	struct mana_msg_hdr req;
	struct mana_msg_hdr resp;
	struct mana_dev_id dev_id;
	uint32_t activity_id;
};
enum pv_codec_err mana_req_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_req_hdr *out);
int mana_req_hdr_encode(const struct mana_req_hdr *in, void *buf, size_t cap);
int mana_req_hdr_format(const struct mana_req_hdr *s, char *buf, size_t cap);

struct mana_resp_hdr {
	struct mana_msg_hdr response;
	struct mana_dev_id dev_id;
	uint32_t activity_id;
	uint32_t status;
	uint32_t reserved;
};
enum pv_codec_err mana_resp_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_resp_hdr *out);
int mana_resp_hdr_encode(const struct mana_resp_hdr *in, void *buf, size_t cap);
int mana_resp_hdr_format(const struct mana_resp_hdr *s, char *buf, size_t cap);

struct mana_general_req {
	struct mana_req_hdr hdr;
};
enum pv_codec_err mana_general_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_general_req *out);
int mana_general_req_encode(const struct mana_general_req *in, void *buf, size_t cap);
int mana_general_req_format(const struct mana_general_req *s, char *buf, size_t cap);

struct mana_general_resp {
	struct mana_resp_hdr hdr;
};
enum pv_codec_err mana_general_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_general_resp *out);
int mana_general_resp_encode(const struct mana_general_resp *in, void *buf, size_t cap);
int mana_general_resp_format(const struct mana_general_resp *s, char *buf, size_t cap);

struct mana_verify_ver_req {
	struct mana_req_hdr hdr;
	uint64_t protocol_ver_min;
	uint64_t protocol_ver_max;
	uint64_t drv_cap_flags1;
	uint64_t drv_cap_flags2;
	uint64_t drv_cap_flags3;
	uint64_t drv_cap_flags4;
	uint64_t drv_ver;
	uint32_t os_type;
	uint32_t reserved;
	uint32_t os_ver_major;
	uint32_t os_ver_minor;
	uint32_t os_ver_build;
	uint32_t os_ver_platform;
	uint64_t reserved_2;
	uint8_t os_ver_str1[128];
	uint8_t os_ver_str2[128];
	uint8_t os_ver_str3[128];
	uint8_t os_ver_str4[128];
};
enum pv_codec_err mana_verify_ver_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_verify_ver_req *out);
int mana_verify_ver_req_encode(const struct mana_verify_ver_req *in, void *buf, size_t cap);
int mana_verify_ver_req_format(const struct mana_verify_ver_req *s, char *buf, size_t cap);

struct mana_verify_ver_resp {
	struct mana_resp_hdr hdr;
	uint64_t gdma_protocol_ver;
	uint64_t pf_cap_flags1;
	uint64_t pf_cap_flags2;
	uint64_t pf_cap_flags3;
	uint64_t pf_cap_flags4;
};
enum pv_codec_err mana_verify_ver_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_verify_ver_resp *out);
int mana_verify_ver_resp_encode(const struct mana_verify_ver_resp *in, void *buf, size_t cap);
int mana_verify_ver_resp_format(const struct mana_verify_ver_resp *s, char *buf, size_t cap);

struct mana_query_max_resources_resp {
	struct mana_resp_hdr hdr;
	uint32_t status;
	uint32_t max_sq;
	uint32_t max_rq;
	uint32_t max_cq;
	uint32_t max_eq;
	uint32_t max_db;
	uint32_t max_mst;
	uint32_t max_cq_mod_ctx;
	uint32_t max_mod_cq;
	uint32_t max_msix;
};
enum pv_codec_err mana_query_max_resources_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_max_resources_resp *out);
int mana_query_max_resources_resp_encode(const struct mana_query_max_resources_resp *in, void *buf, size_t cap);
int mana_query_max_resources_resp_format(const struct mana_query_max_resources_resp *s, char *buf, size_t cap);

struct mana_list_devices_resp {
	struct mana_resp_hdr hdr;
	uint32_t num_of_devs;
	uint32_t reserved;
	struct mana_dev_id devs[64];
};
enum pv_codec_err mana_list_devices_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_list_devices_resp *out);
int mana_list_devices_resp_encode(const struct mana_list_devices_resp *in, void *buf, size_t cap);
int mana_list_devices_resp_format(const struct mana_list_devices_resp *s, char *buf, size_t cap);

struct mana_register_device_resp {
	struct mana_resp_hdr hdr;
	uint32_t pdid;
	uint32_t gpa_mkey;
	uint32_t db_id;
};
enum pv_codec_err mana_register_device_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_register_device_resp *out);
int mana_register_device_resp_encode(const struct mana_register_device_resp *in, void *buf, size_t cap);
int mana_register_device_resp_format(const struct mana_register_device_resp *s, char *buf, size_t cap);

struct mana_generate_test_eqe_req {
	struct mana_req_hdr hdr;
	uint32_t queue_index;
};
enum pv_codec_err mana_generate_test_eqe_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_generate_test_eqe_req *out);
int mana_generate_test_eqe_req_encode(const struct mana_generate_test_eqe_req *in, void *buf, size_t cap);
int mana_generate_test_eqe_req_format(const struct mana_generate_test_eqe_req *s, char *buf, size_t cap);

struct mana_generate_reset_eqe_req {
	struct mana_req_hdr hdr;
	uint32_t queue_index;
	uint32_t reset_data;
};
enum pv_codec_err mana_generate_reset_eqe_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_generate_reset_eqe_req *out);
int mana_generate_reset_eqe_req_encode(const struct mana_generate_reset_eqe_req *in, void *buf, size_t cap);
int mana_generate_reset_eqe_req_format(const struct mana_generate_reset_eqe_req *s, char *buf, size_t cap);

struct mana_create_queue_req {
	struct mana_req_hdr hdr;
	uint32_t type;
	uint32_t reserved1;
	uint32_t pdid;
	uint32_t doorbell_id;
	uint64_t gdma_region;
	uint32_t reserved2;
	uint32_t queue_size;
	uint32_t log2_throttle_limit;
	uint32_t eq_pci_msix_index;
	uint32_t cq_mod_ctx_id;
	uint32_t cq_parent_eq_id;
	uint8_t rq_drop_on_overrun;
	uint8_t rq_err_on_wqe_overflow;
	uint8_t rq_chain_rec_wqes;
	uint8_t sq_hw_db;
	uint32_t reserved3;
};
enum pv_codec_err mana_create_queue_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_queue_req *out);
int mana_create_queue_req_encode(const struct mana_create_queue_req *in, void *buf, size_t cap);
int mana_create_queue_req_format(const struct mana_create_queue_req *s, char *buf, size_t cap);

struct mana_create_queue_resp {
	struct mana_resp_hdr hdr;
	uint32_t queue_index;
};
enum pv_codec_err mana_create_queue_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_queue_resp *out);
int mana_create_queue_resp_encode(const struct mana_create_queue_resp *in, void *buf, size_t cap);
int mana_create_queue_resp_format(const struct mana_create_queue_resp *s, char *buf, size_t cap);

struct mana_disable_queue_req {
	struct mana_req_hdr hdr;
	uint32_t type;
	uint32_t queue_index;
	uint32_t alloc_res_id_on_creation;
};
enum pv_codec_err mana_disable_queue_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_disable_queue_req *out);
int mana_disable_queue_req_encode(const struct mana_disable_queue_req *in, void *buf, size_t cap);
int mana_disable_queue_req_format(const struct mana_disable_queue_req *s, char *buf, size_t cap);

struct mana_resource_range_req {
	struct mana_req_hdr hdr;
	uint32_t resource_type;
	uint32_t num_resources;
	uint32_t alignment;
	uint32_t allocated_resources;
};
enum pv_codec_err mana_resource_range_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_resource_range_req *out);
int mana_resource_range_req_encode(const struct mana_resource_range_req *in, void *buf, size_t cap);
int mana_resource_range_req_format(const struct mana_resource_range_req *s, char *buf, size_t cap);

struct mana_resource_range_resp {
	struct mana_resp_hdr hdr;
	uint32_t allocated_resources;
};
enum pv_codec_err mana_resource_range_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_resource_range_resp *out);
int mana_resource_range_resp_encode(const struct mana_resource_range_resp *in, void *buf, size_t cap);
int mana_resource_range_resp_format(const struct mana_resource_range_resp *s, char *buf, size_t cap);

struct mana_destroy_resource_range_req {
	struct mana_req_hdr hdr;
	uint32_t resource_type;
	uint32_t num_resources;
	uint32_t allocated_resources;
};
enum pv_codec_err mana_destroy_resource_range_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_resource_range_req *out);
int mana_destroy_resource_range_req_encode(const struct mana_destroy_resource_range_req *in, void *buf, size_t cap);
int mana_destroy_resource_range_req_format(const struct mana_destroy_resource_range_req *s, char *buf, size_t cap);

struct mana_create_dma_region_req {
	struct mana_req_hdr hdr;
	uint64_t length;
	uint32_t offset_in_page;
	uint32_t gdma_page_type;
	uint32_t page_count;
	uint32_t page_addr_list_len;
	uint64_t page_addr_list[504];
	uint32_t page_addr_list_count;
};
enum pv_codec_err mana_create_dma_region_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_dma_region_req *out);
int mana_create_dma_region_req_encode(const struct mana_create_dma_region_req *in, void *buf, size_t cap);
int mana_create_dma_region_req_format(const struct mana_create_dma_region_req *s, char *buf, size_t cap);

struct mana_create_dma_region_resp {
	struct mana_resp_hdr hdr;
	uint64_t dma_region_handle;
};
enum pv_codec_err mana_create_dma_region_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_dma_region_resp *out);
int mana_create_dma_region_resp_encode(const struct mana_create_dma_region_resp *in, void *buf, size_t cap);
int mana_create_dma_region_resp_format(const struct mana_create_dma_region_resp *s, char *buf, size_t cap);

struct mana_dma_region_add_pages_req {
	struct mana_req_hdr hdr;
	uint64_t dma_region_handle;
	uint32_t page_addr_list_len;
	uint32_t reserved3;
	uint64_t page_addr_list[505];
	uint32_t page_addr_list_count;
};
enum pv_codec_err mana_dma_region_add_pages_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_dma_region_add_pages_req *out);
int mana_dma_region_add_pages_req_encode(const struct mana_dma_region_add_pages_req *in, void *buf, size_t cap);
int mana_dma_region_add_pages_req_format(const struct mana_dma_region_add_pages_req *s, char *buf, size_t cap);

struct mana_destroy_dma_region_req {
	struct mana_req_hdr hdr;
	uint64_t dma_region_handle;
};
enum pv_codec_err mana_destroy_dma_region_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_dma_region_req *out);
int mana_destroy_dma_region_req_encode(const struct mana_destroy_dma_region_req *in, void *buf, size_t cap);
int mana_destroy_dma_region_req_format(const struct mana_destroy_dma_region_req *s, char *buf, size_t cap);

struct mana_create_pd_req {
	struct mana_req_hdr hdr;
	uint32_t flags;
	uint32_t reserved;
};
enum pv_codec_err mana_create_pd_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_pd_req *out);
int mana_create_pd_req_encode(const struct mana_create_pd_req *in, void *buf, size_t cap);
int mana_create_pd_req_format(const struct mana_create_pd_req *s, char *buf, size_t cap);

struct mana_create_pd_resp {
	struct mana_resp_hdr hdr;
	uint64_t pd_handle;
	uint32_t pd_id;
	uint32_t reserved;
};
enum pv_codec_err mana_create_pd_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_pd_resp *out);
int mana_create_pd_resp_encode(const struct mana_create_pd_resp *in, void *buf, size_t cap);
int mana_create_pd_resp_format(const struct mana_create_pd_resp *s, char *buf, size_t cap);

struct mana_destroy_pd_req {
	struct mana_req_hdr hdr;
	uint64_t pd_handle;
};
enum pv_codec_err mana_destroy_pd_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_pd_req *out);
int mana_destroy_pd_req_encode(const struct mana_destroy_pd_req *in, void *buf, size_t cap);
int mana_destroy_pd_req_format(const struct mana_destroy_pd_req *s, char *buf, size_t cap);

struct mana_create_mr_req {
	struct mana_req_hdr hdr;
	uint64_t pd_handle;
	uint32_t mr_type;
	uint32_t reserved_1;
	uint64_t dma_region_handle;
	uint64_t virtual_address;
	uint32_t access_flags;
	uint32_t pad_union;
	uint32_t reserved_2;
	uint32_t pad_end;
};
enum pv_codec_err mana_create_mr_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_mr_req *out);
int mana_create_mr_req_encode(const struct mana_create_mr_req *in, void *buf, size_t cap);
int mana_create_mr_req_format(const struct mana_create_mr_req *s, char *buf, size_t cap);

struct mana_create_mr_resp {
	struct mana_resp_hdr hdr;
	uint64_t mr_handle;
	uint32_t lkey;
	uint32_t rkey;
};
enum pv_codec_err mana_create_mr_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_mr_resp *out);
int mana_create_mr_resp_encode(const struct mana_create_mr_resp *in, void *buf, size_t cap);
int mana_create_mr_resp_format(const struct mana_create_mr_resp *s, char *buf, size_t cap);

struct mana_destroy_mr_req {
	struct mana_req_hdr hdr;
	uint64_t mr_handle;
};
enum pv_codec_err mana_destroy_mr_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_mr_req *out);
int mana_destroy_mr_req_encode(const struct mana_destroy_mr_req *in, void *buf, size_t cap);
int mana_destroy_mr_req_format(const struct mana_destroy_mr_req *s, char *buf, size_t cap);

struct mana_change_msix_req {
	struct mana_req_hdr hdr;
	uint32_t queue_index;
	uint32_t msix;
	uint32_t reserved1;
	uint32_t reserved2;
};
enum pv_codec_err mana_change_msix_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_change_msix_req *out);
int mana_change_msix_req_encode(const struct mana_change_msix_req *in, void *buf, size_t cap);
int mana_change_msix_req_format(const struct mana_change_msix_req *s, char *buf, size_t cap);

struct mana_query_hwc_timeout_req {
	struct mana_req_hdr hdr;
	uint32_t timeout_ms;
	uint32_t reserved;
};
enum pv_codec_err mana_query_hwc_timeout_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_hwc_timeout_req *out);
int mana_query_hwc_timeout_req_encode(const struct mana_query_hwc_timeout_req *in, void *buf, size_t cap);
int mana_query_hwc_timeout_req_format(const struct mana_query_hwc_timeout_req *s, char *buf, size_t cap);

struct mana_query_hwc_timeout_resp {
	struct mana_resp_hdr hdr;
	uint32_t timeout_ms;
	uint32_t reserved;
};
enum pv_codec_err mana_query_hwc_timeout_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_hwc_timeout_resp *out);
int mana_query_hwc_timeout_resp_encode(const struct mana_query_hwc_timeout_resp *in, void *buf, size_t cap);
int mana_query_hwc_timeout_resp_format(const struct mana_query_hwc_timeout_resp *s, char *buf, size_t cap);

struct mana_query_dev_config_req {
	struct mana_req_hdr hdr;
	uint64_t mn_drv_cap_flags1;
	uint64_t mn_drv_cap_flags2;
	uint64_t mn_drv_cap_flags3;
	uint64_t mn_drv_cap_flags4;
	uint32_t proto_major_ver;
	uint32_t proto_minor_ver;
	uint32_t proto_micro_ver;
	uint32_t reserved;
};
enum pv_codec_err mana_query_dev_config_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_dev_config_req *out);
int mana_query_dev_config_req_encode(const struct mana_query_dev_config_req *in, void *buf, size_t cap);
int mana_query_dev_config_req_format(const struct mana_query_dev_config_req *s, char *buf, size_t cap);

struct mana_query_dev_config_resp {
	struct mana_resp_hdr hdr;
	uint64_t pf_cap_flags1;
	uint64_t pf_cap_flags2;
	uint64_t pf_cap_flags3;
	uint64_t pf_cap_flags4;
	uint16_t max_num_vports;
	uint8_t bm_hostmode;
	uint8_t reserved;
	uint32_t max_num_eqs;
	uint16_t adapter_mtu;
	uint16_t reserved2;
	uint32_t reserved3;
};
enum pv_codec_err mana_query_dev_config_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_dev_config_resp *out);
int mana_query_dev_config_resp_encode(const struct mana_query_dev_config_resp *in, void *buf, size_t cap);
int mana_query_dev_config_resp_format(const struct mana_query_dev_config_resp *s, char *buf, size_t cap);

struct mana_query_gf_stat_req {
	struct mana_req_hdr hdr;
	uint64_t requested_statistics;
};
enum pv_codec_err mana_query_gf_stat_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_gf_stat_req *out);
int mana_query_gf_stat_req_encode(const struct mana_query_gf_stat_req *in, void *buf, size_t cap);
int mana_query_gf_stat_req_format(const struct mana_query_gf_stat_req *s, char *buf, size_t cap);

struct mana_query_gf_stat_resp {
	struct mana_resp_hdr hdr;
	uint64_t reported_statistics;
	uint64_t in_discards_no_wqe;
	uint64_t in_errors_rx_vport_disabled;
	uint64_t hc_in_octets;
	uint64_t hc_in_ucast_pkts;
	uint64_t hc_in_ucast_octets;
	uint64_t hc_in_multicast_pkts;
	uint64_t hc_in_multicast_octets;
	uint64_t hc_in_broadcast_pkts;
	uint64_t hc_in_broadcast_octets;
	uint64_t out_errors_gf_disabled;
	uint64_t out_errors_vport_disabled;
	uint64_t out_errors_invalid_vport_offset;
	uint64_t out_errors_vlan_enforcement;
	uint64_t out_errors_eth_type_enforcement;
	uint64_t out_errors_sa_enforcement;
	uint64_t out_errors_sqpdid_enforcement;
	uint64_t out_errors_cqpdid_enforcement;
	uint64_t out_errors_mtu_violation;
	uint64_t out_errors_invalid_oob;
	uint64_t hc_out_octets;
	uint64_t hc_out_ucast_pkts;
	uint64_t hc_out_ucast_octets;
	uint64_t hc_out_multicast_pkts;
	uint64_t hc_out_multicast_octets;
	uint64_t hc_out_broadcast_pkts;
	uint64_t hc_out_broadcast_octets;
};
enum pv_codec_err mana_query_gf_stat_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_gf_stat_resp *out);
int mana_query_gf_stat_resp_encode(const struct mana_query_gf_stat_resp *in, void *buf, size_t cap);
int mana_query_gf_stat_resp_format(const struct mana_query_gf_stat_resp *s, char *buf, size_t cap);

struct mana_query_vport_config_req {
	struct mana_req_hdr hdr;
	uint32_t vport_index;
};
enum pv_codec_err mana_query_vport_config_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_vport_config_req *out);
int mana_query_vport_config_req_encode(const struct mana_query_vport_config_req *in, void *buf, size_t cap);
int mana_query_vport_config_req_format(const struct mana_query_vport_config_req *s, char *buf, size_t cap);

struct mana_query_vport_config_resp {
	struct mana_resp_hdr hdr;
	uint32_t max_num_sq;
	uint32_t max_num_rq;
	uint32_t num_indirection_ent;
	uint32_t reserved1;
	uint8_t mac_addr[6];
	uint16_t reserved2;
	uint64_t vport;
};
enum pv_codec_err mana_query_vport_config_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_vport_config_resp *out);
int mana_query_vport_config_resp_encode(const struct mana_query_vport_config_resp *in, void *buf, size_t cap);
int mana_query_vport_config_resp_format(const struct mana_query_vport_config_resp *s, char *buf, size_t cap);

struct mana_config_vport_tx_req {
	struct mana_req_hdr hdr;
	uint64_t vport;
	uint32_t pdid;
	uint32_t doorbell_pageid;
};
enum pv_codec_err mana_config_vport_tx_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_config_vport_tx_req *out);
int mana_config_vport_tx_req_encode(const struct mana_config_vport_tx_req *in, void *buf, size_t cap);
int mana_config_vport_tx_req_format(const struct mana_config_vport_tx_req *s, char *buf, size_t cap);

struct mana_config_vport_tx_resp {
	struct mana_resp_hdr hdr;
	uint16_t tx_vport_offset;
	uint8_t short_form_allowed;
	uint8_t reserved;
};
enum pv_codec_err mana_config_vport_tx_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_config_vport_tx_resp *out);
int mana_config_vport_tx_resp_encode(const struct mana_config_vport_tx_resp *in, void *buf, size_t cap);
int mana_config_vport_tx_resp_format(const struct mana_config_vport_tx_resp *s, char *buf, size_t cap);

struct mana_create_wq_obj_req {
	struct mana_req_hdr hdr;
	uint64_t vport;
	uint32_t wq_type;
	uint32_t reserved;
	uint64_t wq_gdma_region;
	uint64_t cq_gdma_region;
	uint32_t wq_size;
	uint32_t cq_size;
	uint32_t cq_moderation_ctx_id;
	uint32_t cq_parent_qid;
};
enum pv_codec_err mana_create_wq_obj_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_wq_obj_req *out);
int mana_create_wq_obj_req_encode(const struct mana_create_wq_obj_req *in, void *buf, size_t cap);
int mana_create_wq_obj_req_format(const struct mana_create_wq_obj_req *s, char *buf, size_t cap);

struct mana_create_wq_obj_resp {
	struct mana_resp_hdr hdr;
	uint32_t wq_id;
	uint32_t cq_id;
	uint64_t wq_obj;
};
enum pv_codec_err mana_create_wq_obj_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_wq_obj_resp *out);
int mana_create_wq_obj_resp_encode(const struct mana_create_wq_obj_resp *in, void *buf, size_t cap);
int mana_create_wq_obj_resp_format(const struct mana_create_wq_obj_resp *s, char *buf, size_t cap);

struct mana_destroy_wq_obj_req {
	struct mana_req_hdr hdr;
	uint32_t wq_type;
	uint32_t reserved;
	uint64_t wq_obj_handle;
};
enum pv_codec_err mana_destroy_wq_obj_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_wq_obj_req *out);
int mana_destroy_wq_obj_req_encode(const struct mana_destroy_wq_obj_req *in, void *buf, size_t cap);
int mana_destroy_wq_obj_req_format(const struct mana_destroy_wq_obj_req *s, char *buf, size_t cap);

struct mana_fence_rq_req {
	struct mana_req_hdr hdr;
	uint64_t wq_obj_handle;
};
enum pv_codec_err mana_fence_rq_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_fence_rq_req *out);
int mana_fence_rq_req_encode(const struct mana_fence_rq_req *in, void *buf, size_t cap);
int mana_fence_rq_req_format(const struct mana_fence_rq_req *s, char *buf, size_t cap);

struct mana_config_vport_rx_req {
	struct mana_req_hdr hdr;
	uint64_t vport;
	uint16_t num_indir_entries;
	uint16_t indir_tab_offset;
	uint32_t rx_enable;
	uint32_t rss_enable;
	uint8_t update_default_rxobj;
	uint8_t update_hashkey;
	uint8_t update_indir_tab;
	uint8_t reserved;
	uint64_t default_rxobj;
	uint8_t hashkey[40];
};
enum pv_codec_err mana_config_vport_rx_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_config_vport_rx_req *out);
int mana_config_vport_rx_req_encode(const struct mana_config_vport_rx_req *in, void *buf, size_t cap);
int mana_config_vport_rx_req_format(const struct mana_config_vport_rx_req *s, char *buf, size_t cap);

struct mana_rx_indir_entry {
	uint64_t rxobj;
};
enum pv_codec_err mana_rx_indir_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_rx_indir_entry *out);
int mana_rx_indir_entry_encode(const struct mana_rx_indir_entry *in, void *buf, size_t cap);
int mana_rx_indir_entry_format(const struct mana_rx_indir_entry *s, char *buf, size_t cap);

struct mana_register_hw_port_req {
	struct mana_req_hdr hdr;
	uint16_t attached_gfid;
	uint8_t is_pf_default_vport;
	uint8_t reserved1;
	uint8_t allow_all_ether_types;
	uint8_t reserved2[3];
};
enum pv_codec_err mana_register_hw_port_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_register_hw_port_req *out);
int mana_register_hw_port_req_encode(const struct mana_register_hw_port_req *in, void *buf, size_t cap);
int mana_register_hw_port_req_format(const struct mana_register_hw_port_req *s, char *buf, size_t cap);

struct mana_handle_resp {
	struct mana_resp_hdr hdr;
	uint64_t handle;
};
enum pv_codec_err mana_handle_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_handle_resp *out);
int mana_handle_resp_encode(const struct mana_handle_resp *in, void *buf, size_t cap);
int mana_handle_resp_format(const struct mana_handle_resp *s, char *buf, size_t cap);

struct mana_handle_req {
	struct mana_req_hdr hdr;
	uint64_t handle;
};
enum pv_codec_err mana_handle_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_handle_req *out);
int mana_handle_req_encode(const struct mana_handle_req *in, void *buf, size_t cap);
int mana_handle_req_format(const struct mana_handle_req *s, char *buf, size_t cap);

struct mana_register_filter_req {
	struct mana_req_hdr hdr;
	uint64_t vport;
	uint8_t mac_addr[6];
	uint8_t reserved1[4];
	uint16_t reserved5;
	uint32_t reserved6[3];
};
enum pv_codec_err mana_register_filter_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_register_filter_req *out);
int mana_register_filter_req_encode(const struct mana_register_filter_req *in, void *buf, size_t cap);
int mana_register_filter_req_format(const struct mana_register_filter_req *s, char *buf, size_t cap);

struct mana_tx_oob {
	uint8_t pkt_fmt;
	uint8_t is_outer_ipv4;
	uint8_t is_outer_ipv6;
	uint8_t comp_iphdr_csum;
	uint8_t comp_tcp_csum;
	uint8_t comp_udp_csum;
	uint8_t suppress_txcqe_gen;
	uint32_t vcq_num;
	uint32_t s0_rsvd;	/* bits outside the subfields */
	uint16_t trans_off;
	uint16_t vsq_frame;
	uint8_t short_vp_offset;
	uint32_t s1_rsvd;	/* bits outside the subfields */
	uint8_t is_encap;
	uint8_t inner_is_ipv6;
	uint8_t inner_tcp_opt;
	uint8_t inject_vlan_pri_tag;
	uint8_t pcp;
	uint8_t dei;
	uint16_t vlan_id;
	uint32_t l0_rsvd;	/* bits outside the subfields */
	uint16_t inner_frame_offset;
	uint8_t inner_ip_rel_offset;
	uint16_t long_vp_offset;
	uint32_t l1_rsvd;	/* bits outside the subfields */
	uint32_t reserved3;
	uint32_t reserved4;
};
enum pv_codec_err mana_tx_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_tx_oob *out);
int mana_tx_oob_encode(const struct mana_tx_oob *in, void *buf, size_t cap);
int mana_tx_oob_format(const struct mana_tx_oob *s, char *buf, size_t cap);

struct mana_rx_comp_oob {
	uint8_t cqe_type;
	uint8_t client_type;
	uint32_t vendor_err;
	uint32_t cqe_hdr_rsvd;	/* bits outside the subfields */
	uint16_t rx_vlan_id;
	uint8_t rx_vlantag_present;
	uint8_t rx_outer_iphdr_csum_succeed;
	uint8_t rx_outer_iphdr_csum_fail;
	uint16_t rx_hashtype;
	uint8_t rx_iphdr_csum_succeed;
	uint8_t rx_iphdr_csum_fail;
	uint8_t rx_tcp_csum_succeed;
	uint8_t rx_tcp_csum_fail;
	uint8_t rx_udp_csum_succeed;
	uint8_t rx_udp_csum_fail;
	uint32_t flags_rsvd;	/* bits outside the subfields */
	uint16_t pkt_len;
	uint16_t ppi0_reserved1;
	uint32_t ppi0_reserved2;
	uint32_t pkt_hash;
	uint32_t ppi_more[9];
	uint32_t rx_wqe_offset;
};
enum pv_codec_err mana_rx_comp_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_rx_comp_oob *out);
int mana_rx_comp_oob_encode(const struct mana_rx_comp_oob *in, void *buf, size_t cap);
int mana_rx_comp_oob_format(const struct mana_rx_comp_oob *s, char *buf, size_t cap);

struct mana_tx_comp_oob {
	uint8_t tx_cqe_type;
	uint8_t tx_client_type;
	uint32_t tx_vendor_err;
	uint32_t cqe_hdr_rsvd;	/* bits outside the subfields */
	uint32_t tx_data_offset;
	uint8_t tx_sgl_offset;
	uint32_t tx_wqe_offset;
	uint32_t offsets_rsvd;	/* bits outside the subfields */
	uint32_t reserved[12];
};
enum pv_codec_err mana_tx_comp_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_tx_comp_oob *out);
int mana_tx_comp_oob_encode(const struct mana_tx_comp_oob *in, void *buf, size_t cap);
int mana_tx_comp_oob_format(const struct mana_tx_comp_oob *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *mana_code_name(uint32_t v);
extern const struct pv_name mana_code_names[32];
const char *mana_dev_type_name(uint32_t v);
extern const struct pv_name mana_dev_type_names[4];
const char *mana_wq_type_name(uint32_t v);
extern const struct pv_name mana_wq_type_names[2];
const char *mana_cqe_type_name(uint32_t v);
extern const struct pv_name mana_cqe_type_names[16];
const char *mana_pkt_fmt_name(uint32_t v);
extern const struct pv_name mana_pkt_fmt_names[2];

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct mana_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct mana_verify_ver_req verify_ver_req;
		struct mana_verify_ver_resp verify_vf_driver_version;
		struct mana_general_req general_req;
		struct mana_query_max_resources_resp query_max_resources;
		struct mana_list_devices_resp list_devices;
		struct mana_register_device_resp register_device;
		struct mana_general_resp deregister_device;
		struct mana_generate_test_eqe_req generate_test_eqe_req;
		struct mana_general_resp generate_test_eqe;
		struct mana_generate_reset_eqe_req generate_reset_eqe_req;
		struct mana_general_resp generate_reset_request_eqe;
		struct mana_create_queue_req create_queue_req;
		struct mana_create_queue_resp create_queue;
		struct mana_disable_queue_req disable_queue_req;
		struct mana_general_resp disable_queue;
		struct mana_resource_range_req resource_range_req;
		struct mana_resource_range_resp allocate_resource_range;
		struct mana_destroy_resource_range_req destroy_resource_range_req;
		struct mana_general_resp destroy_resource_range;
		struct mana_create_dma_region_req create_dma_region_req;
		struct mana_create_dma_region_resp create_dma_region;
		struct mana_dma_region_add_pages_req dma_region_add_pages_req;
		struct mana_general_resp dma_region_add_pages;
		struct mana_destroy_dma_region_req destroy_dma_region_req;
		struct mana_general_resp destroy_dma_region;
		struct mana_create_pd_req create_pd_req;
		struct mana_create_pd_resp create_pd;
		struct mana_destroy_pd_req destroy_pd_req;
		struct mana_general_resp destroy_pd;
		struct mana_create_mr_req create_mr_req;
		struct mana_create_mr_resp create_mr;
		struct mana_destroy_mr_req destroy_mr_req;
		struct mana_general_resp destroy_mr;
		struct mana_change_msix_req change_msix_req;
		struct mana_general_resp change_msix_for_eq;
		struct mana_query_hwc_timeout_req query_hwc_timeout_req;
		struct mana_query_hwc_timeout_resp query_hwc_timeout;
		struct mana_query_dev_config_req query_dev_config_req;
		struct mana_query_dev_config_resp query_dev_config;
		struct mana_query_gf_stat_req query_gf_stat_req;
		struct mana_query_gf_stat_resp query_gf_stat;
		struct mana_config_vport_tx_req config_vport_tx_req;
		struct mana_config_vport_tx_resp config_vport_tx;
		struct mana_create_wq_obj_req create_wq_obj_req;
		struct mana_create_wq_obj_resp create_wq_obj;
		struct mana_destroy_wq_obj_req destroy_wq_obj_req;
		struct mana_general_resp destroy_wq_obj;
		struct mana_fence_rq_req fence_rq_req;
		struct mana_general_resp fence_rq;
		struct mana_config_vport_rx_req config_vport_rx_req;
		struct mana_general_resp config_vport_rx;
		struct mana_query_vport_config_req query_vport_config_req;
		struct mana_query_vport_config_resp query_vport_config;
		struct mana_register_filter_req register_filter_req;
		struct mana_handle_resp register_filter;
		struct mana_handle_req handle_req;
		struct mana_general_resp deregister_filter;
		struct mana_register_hw_port_req register_hw_port_req;
		struct mana_handle_resp register_hw_port;
		struct mana_general_resp deregister_hw_port;
	} u;
};

/* Variant indices (struct mana_msg.variant) of messages with several layouts. */
#define MANA_MSG_VAR_VERIFY_VF_DRIVER_VERSION_VERIFY_VER_REQ 0
#define MANA_MSG_VAR_VERIFY_VF_DRIVER_VERSION_VERIFY_VER_RESP 1
#define MANA_MSG_VAR_QUERY_MAX_RESOURCES_GENERAL_REQ 0
#define MANA_MSG_VAR_QUERY_MAX_RESOURCES_QUERY_MAX_RESOURCES_RESP 1
#define MANA_MSG_VAR_LIST_DEVICES_GENERAL_REQ 0
#define MANA_MSG_VAR_LIST_DEVICES_LIST_DEVICES_RESP 1
#define MANA_MSG_VAR_REGISTER_DEVICE_GENERAL_REQ 0
#define MANA_MSG_VAR_REGISTER_DEVICE_REGISTER_DEVICE_RESP 1
#define MANA_MSG_VAR_DEREGISTER_DEVICE_GENERAL_REQ 0
#define MANA_MSG_VAR_DEREGISTER_DEVICE_GENERAL_RESP 1
#define MANA_MSG_VAR_GENERATE_TEST_EQE_GENERATE_TEST_EQE_REQ 0
#define MANA_MSG_VAR_GENERATE_TEST_EQE_GENERAL_RESP 1
#define MANA_MSG_VAR_GENERATE_RESET_REQUEST_EQE_GENERATE_RESET_EQE_REQ 0
#define MANA_MSG_VAR_GENERATE_RESET_REQUEST_EQE_GENERAL_RESP 1
#define MANA_MSG_VAR_CREATE_QUEUE_CREATE_QUEUE_REQ 0
#define MANA_MSG_VAR_CREATE_QUEUE_CREATE_QUEUE_RESP 1
#define MANA_MSG_VAR_DISABLE_QUEUE_DISABLE_QUEUE_REQ 0
#define MANA_MSG_VAR_DISABLE_QUEUE_GENERAL_RESP 1
#define MANA_MSG_VAR_ALLOCATE_RESOURCE_RANGE_RESOURCE_RANGE_REQ 0
#define MANA_MSG_VAR_ALLOCATE_RESOURCE_RANGE_RESOURCE_RANGE_RESP 1
#define MANA_MSG_VAR_DESTROY_RESOURCE_RANGE_DESTROY_RESOURCE_RANGE_REQ 0
#define MANA_MSG_VAR_DESTROY_RESOURCE_RANGE_GENERAL_RESP 1
#define MANA_MSG_VAR_CREATE_DMA_REGION_CREATE_DMA_REGION_REQ 0
#define MANA_MSG_VAR_CREATE_DMA_REGION_CREATE_DMA_REGION_RESP 1
#define MANA_MSG_VAR_DMA_REGION_ADD_PAGES_DMA_REGION_ADD_PAGES_REQ 0
#define MANA_MSG_VAR_DMA_REGION_ADD_PAGES_GENERAL_RESP 1
#define MANA_MSG_VAR_DESTROY_DMA_REGION_DESTROY_DMA_REGION_REQ 0
#define MANA_MSG_VAR_DESTROY_DMA_REGION_GENERAL_RESP 1
#define MANA_MSG_VAR_CREATE_PD_CREATE_PD_REQ 0
#define MANA_MSG_VAR_CREATE_PD_CREATE_PD_RESP 1
#define MANA_MSG_VAR_DESTROY_PD_DESTROY_PD_REQ 0
#define MANA_MSG_VAR_DESTROY_PD_GENERAL_RESP 1
#define MANA_MSG_VAR_CREATE_MR_CREATE_MR_REQ 0
#define MANA_MSG_VAR_CREATE_MR_CREATE_MR_RESP 1
#define MANA_MSG_VAR_DESTROY_MR_DESTROY_MR_REQ 0
#define MANA_MSG_VAR_DESTROY_MR_GENERAL_RESP 1
#define MANA_MSG_VAR_CHANGE_MSIX_FOR_EQ_CHANGE_MSIX_REQ 0
#define MANA_MSG_VAR_CHANGE_MSIX_FOR_EQ_GENERAL_RESP 1
#define MANA_MSG_VAR_QUERY_HWC_TIMEOUT_QUERY_HWC_TIMEOUT_REQ 0
#define MANA_MSG_VAR_QUERY_HWC_TIMEOUT_QUERY_HWC_TIMEOUT_RESP 1
#define MANA_MSG_VAR_QUERY_DEV_CONFIG_QUERY_DEV_CONFIG_REQ 0
#define MANA_MSG_VAR_QUERY_DEV_CONFIG_QUERY_DEV_CONFIG_RESP 1
#define MANA_MSG_VAR_QUERY_GF_STAT_QUERY_GF_STAT_REQ 0
#define MANA_MSG_VAR_QUERY_GF_STAT_QUERY_GF_STAT_RESP 1
#define MANA_MSG_VAR_CONFIG_VPORT_TX_CONFIG_VPORT_TX_REQ 0
#define MANA_MSG_VAR_CONFIG_VPORT_TX_CONFIG_VPORT_TX_RESP 1
#define MANA_MSG_VAR_CREATE_WQ_OBJ_CREATE_WQ_OBJ_REQ 0
#define MANA_MSG_VAR_CREATE_WQ_OBJ_CREATE_WQ_OBJ_RESP 1
#define MANA_MSG_VAR_DESTROY_WQ_OBJ_DESTROY_WQ_OBJ_REQ 0
#define MANA_MSG_VAR_DESTROY_WQ_OBJ_GENERAL_RESP 1
#define MANA_MSG_VAR_FENCE_RQ_FENCE_RQ_REQ 0
#define MANA_MSG_VAR_FENCE_RQ_GENERAL_RESP 1
#define MANA_MSG_VAR_CONFIG_VPORT_RX_CONFIG_VPORT_RX_REQ 0
#define MANA_MSG_VAR_CONFIG_VPORT_RX_GENERAL_RESP 1
#define MANA_MSG_VAR_QUERY_VPORT_CONFIG_QUERY_VPORT_CONFIG_REQ 0
#define MANA_MSG_VAR_QUERY_VPORT_CONFIG_QUERY_VPORT_CONFIG_RESP 1
#define MANA_MSG_VAR_REGISTER_FILTER_REGISTER_FILTER_REQ 0
#define MANA_MSG_VAR_REGISTER_FILTER_HANDLE_RESP 1
#define MANA_MSG_VAR_DEREGISTER_FILTER_HANDLE_REQ 0
#define MANA_MSG_VAR_DEREGISTER_FILTER_GENERAL_RESP 1
#define MANA_MSG_VAR_REGISTER_HW_PORT_REGISTER_HW_PORT_REQ 0
#define MANA_MSG_VAR_REGISTER_HW_PORT_HANDLE_RESP 1
#define MANA_MSG_VAR_DEREGISTER_HW_PORT_HANDLE_REQ 0
#define MANA_MSG_VAR_DEREGISTER_HW_PORT_GENERAL_RESP 1

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc mana_msg_table[];
extern const size_t mana_msg_table_count;
const struct pv_msg_desc *mana_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err mana_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int mana_msg_encode(const struct mana_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int mana_msg_format(const struct mana_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*mana_msg_handler)(void *ctx, const struct mana_msg *m);
struct mana_msg_handlers {
	mana_msg_handler verify_vf_driver_version;
	mana_msg_handler query_max_resources;
	mana_msg_handler list_devices;
	mana_msg_handler register_device;
	mana_msg_handler deregister_device;
	mana_msg_handler generate_test_eqe;
	mana_msg_handler generate_reset_request_eqe;
	mana_msg_handler create_queue;
	mana_msg_handler disable_queue;
	mana_msg_handler allocate_resource_range;
	mana_msg_handler destroy_resource_range;
	mana_msg_handler create_dma_region;
	mana_msg_handler dma_region_add_pages;
	mana_msg_handler destroy_dma_region;
	mana_msg_handler create_pd;
	mana_msg_handler destroy_pd;
	mana_msg_handler create_mr;
	mana_msg_handler destroy_mr;
	mana_msg_handler change_msix_for_eq;
	mana_msg_handler query_hwc_timeout;
	mana_msg_handler query_dev_config;
	mana_msg_handler query_gf_stat;
	mana_msg_handler config_vport_tx;
	mana_msg_handler create_wq_obj;
	mana_msg_handler destroy_wq_obj;
	mana_msg_handler fence_rq;
	mana_msg_handler config_vport_rx;
	mana_msg_handler query_vport_config;
	mana_msg_handler register_filter;
	mana_msg_handler deregister_filter;
	mana_msg_handler register_hw_port;
	mana_msg_handler deregister_hw_port;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int mana_msg_dispatch(const struct mana_msg_handlers *h, void *ctx, const struct mana_msg *m);
/* The mana_bringup session event m feeds (the messages' `event:`) when it travels
 * in direction dir (PV_DIR_TO_HOST, PV_DIR_TO_GUEST), 0 for none. */
int mana_msg_event(const struct mana_msg *m, uint8_t dir);

#endif /* PV_GENERATED_MANA_CODEC_H */
