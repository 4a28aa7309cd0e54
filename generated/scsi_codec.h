/* DO NOT EDIT: generated from spec/scsi.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_SCSI_CODEC_H
#define PV_GENERATED_SCSI_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "scsi_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct scsi_cdb_test_unit_ready {
	uint8_t opcode;
	uint8_t reserved[4];
	uint8_t control;
};
enum pv_codec_err scsi_cdb_test_unit_ready_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_test_unit_ready *out);
int scsi_cdb_test_unit_ready_encode(const struct scsi_cdb_test_unit_ready *in, void *buf, size_t cap);
int scsi_cdb_test_unit_ready_format(const struct scsi_cdb_test_unit_ready *s, char *buf, size_t cap);

struct scsi_cdb_request_sense {
	uint8_t opcode;
	uint8_t desc;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t reserved[2];
	uint8_t alloc_len;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_request_sense_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_request_sense *out);
int scsi_cdb_request_sense_encode(const struct scsi_cdb_request_sense *in, void *buf, size_t cap);
int scsi_cdb_request_sense_format(const struct scsi_cdb_request_sense *s, char *buf, size_t cap);

struct scsi_cdb_inquiry {
	uint8_t opcode;
	uint8_t evpd;
	uint8_t cmddt;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t page_code;
	uint16_t alloc_len;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_inquiry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_inquiry *out);
int scsi_cdb_inquiry_encode(const struct scsi_cdb_inquiry *in, void *buf, size_t cap);
int scsi_cdb_inquiry_format(const struct scsi_cdb_inquiry *s, char *buf, size_t cap);

struct scsi_cdb_rw6 {
	uint8_t opcode;
	uint32_t lba;
	uint32_t lba_rsvd;	/* bits outside the subfields */
	uint8_t length;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_rw6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw6 *out);
int scsi_cdb_rw6_encode(const struct scsi_cdb_rw6 *in, void *buf, size_t cap);
int scsi_cdb_rw6_format(const struct scsi_cdb_rw6 *s, char *buf, size_t cap);

struct scsi_cdb_rw10 {
	uint8_t opcode;
	uint8_t fua_nv;
	uint8_t fua;
	uint8_t dpo;
	uint8_t protect;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint32_t lba;
	uint8_t group;
	uint16_t length;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_rw10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw10 *out);
int scsi_cdb_rw10_encode(const struct scsi_cdb_rw10 *in, void *buf, size_t cap);
int scsi_cdb_rw10_format(const struct scsi_cdb_rw10 *s, char *buf, size_t cap);

struct scsi_cdb_rw12 {
	uint8_t opcode;
	uint8_t fua_nv;
	uint8_t fua;
	uint8_t dpo;
	uint8_t protect;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint32_t lba;
	uint32_t length;
	uint8_t group;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_rw12_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw12 *out);
int scsi_cdb_rw12_encode(const struct scsi_cdb_rw12 *in, void *buf, size_t cap);
int scsi_cdb_rw12_format(const struct scsi_cdb_rw12 *s, char *buf, size_t cap);

struct scsi_cdb_rw16 {
	uint8_t opcode;
	uint8_t fua_nv;
	uint8_t fua;
	uint8_t dpo;
	uint8_t protect;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint64_t lba;
	uint32_t length;
	uint8_t group;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_rw16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_rw16 *out);
int scsi_cdb_rw16_encode(const struct scsi_cdb_rw16 *in, void *buf, size_t cap);
int scsi_cdb_rw16_format(const struct scsi_cdb_rw16 *s, char *buf, size_t cap);

struct scsi_cdb_verify10 {
	uint8_t opcode;
	uint8_t bytchk;
	uint8_t dpo;
	uint8_t vrprotect;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint32_t lba;
	uint8_t group;
	uint16_t length;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_verify10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_verify10 *out);
int scsi_cdb_verify10_encode(const struct scsi_cdb_verify10 *in, void *buf, size_t cap);
int scsi_cdb_verify10_format(const struct scsi_cdb_verify10 *s, char *buf, size_t cap);

struct scsi_cdb_verify16 {
	uint8_t opcode;
	uint8_t bytchk;
	uint8_t dpo;
	uint8_t vrprotect;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint64_t lba;
	uint32_t length;
	uint8_t group;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_verify16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_verify16 *out);
int scsi_cdb_verify16_encode(const struct scsi_cdb_verify16 *in, void *buf, size_t cap);
int scsi_cdb_verify16_format(const struct scsi_cdb_verify16 *s, char *buf, size_t cap);

struct scsi_cdb_read_capacity10 {
	uint8_t opcode;
	uint8_t reserved1;
	uint32_t lba;
	uint8_t reserved6[2];
	uint8_t pmi;
	uint8_t pmi_rsvd;	/* bits outside the subfields */
	uint8_t control;
};
enum pv_codec_err scsi_cdb_read_capacity10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_read_capacity10 *out);
int scsi_cdb_read_capacity10_encode(const struct scsi_cdb_read_capacity10 *in, void *buf, size_t cap);
int scsi_cdb_read_capacity10_format(const struct scsi_cdb_read_capacity10 *s, char *buf, size_t cap);

struct scsi_cdb_service_action_in16 {
	uint8_t opcode;
	uint8_t service_action;
	uint8_t action_rsvd;	/* bits outside the subfields */
	uint64_t lba;
	uint32_t alloc_len;
	uint8_t pmi;
	uint8_t pmi_rsvd;	/* bits outside the subfields */
	uint8_t control;
};
enum pv_codec_err scsi_cdb_service_action_in16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_service_action_in16 *out);
int scsi_cdb_service_action_in16_encode(const struct scsi_cdb_service_action_in16 *in, void *buf, size_t cap);
int scsi_cdb_service_action_in16_format(const struct scsi_cdb_service_action_in16 *s, char *buf, size_t cap);

struct scsi_cdb_mode_sense6 {
	uint8_t opcode;
	uint8_t dbd;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t page_code;
	uint8_t pc;
	uint8_t page_rsvd;	/* bits outside the subfields */
	uint8_t subpage;
	uint8_t alloc_len;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_mode_sense6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_mode_sense6 *out);
int scsi_cdb_mode_sense6_encode(const struct scsi_cdb_mode_sense6 *in, void *buf, size_t cap);
int scsi_cdb_mode_sense6_format(const struct scsi_cdb_mode_sense6 *s, char *buf, size_t cap);

struct scsi_cdb_mode_sense10 {
	uint8_t opcode;
	uint8_t dbd;
	uint8_t llbaa;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t page_code;
	uint8_t pc;
	uint8_t page_rsvd;	/* bits outside the subfields */
	uint8_t subpage;
	uint8_t reserved4[3];
	uint16_t alloc_len;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_mode_sense10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_mode_sense10 *out);
int scsi_cdb_mode_sense10_encode(const struct scsi_cdb_mode_sense10 *in, void *buf, size_t cap);
int scsi_cdb_mode_sense10_format(const struct scsi_cdb_mode_sense10 *s, char *buf, size_t cap);

struct scsi_cdb_sync_cache10 {
	uint8_t opcode;
	uint8_t immed;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint32_t lba;
	uint8_t group;
	uint16_t nblocks;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_sync_cache10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_sync_cache10 *out);
int scsi_cdb_sync_cache10_encode(const struct scsi_cdb_sync_cache10 *in, void *buf, size_t cap);
int scsi_cdb_sync_cache10_format(const struct scsi_cdb_sync_cache10 *s, char *buf, size_t cap);

struct scsi_cdb_sync_cache16 {
	uint8_t opcode;
	uint8_t immed;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint64_t lba;
	uint32_t nblocks;
	uint8_t group;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_sync_cache16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_sync_cache16 *out);
int scsi_cdb_sync_cache16_encode(const struct scsi_cdb_sync_cache16 *in, void *buf, size_t cap);
int scsi_cdb_sync_cache16_format(const struct scsi_cdb_sync_cache16 *s, char *buf, size_t cap);

struct scsi_cdb_write_same10 {
	uint8_t opcode;
	uint8_t unmap;
	uint8_t anchor;
	uint8_t wrprotect;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint32_t lba;
	uint8_t group;
	uint16_t nblocks;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_write_same10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_write_same10 *out);
int scsi_cdb_write_same10_encode(const struct scsi_cdb_write_same10 *in, void *buf, size_t cap);
int scsi_cdb_write_same10_format(const struct scsi_cdb_write_same10 *s, char *buf, size_t cap);

struct scsi_cdb_write_same16 {
	uint8_t opcode;
	uint8_t ndob;
	uint8_t unmap;
	uint8_t anchor;
	uint8_t wrprotect;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint64_t lba;
	uint32_t nblocks;
	uint8_t group;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_write_same16_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_write_same16 *out);
int scsi_cdb_write_same16_encode(const struct scsi_cdb_write_same16 *in, void *buf, size_t cap);
int scsi_cdb_write_same16_format(const struct scsi_cdb_write_same16 *s, char *buf, size_t cap);

struct scsi_cdb_unmap {
	uint8_t opcode;
	uint8_t anchor;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t reserved2[4];
	uint8_t group;
	uint16_t param_len;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_unmap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_unmap *out);
int scsi_cdb_unmap_encode(const struct scsi_cdb_unmap *in, void *buf, size_t cap);
int scsi_cdb_unmap_format(const struct scsi_cdb_unmap *s, char *buf, size_t cap);

struct scsi_unmap_desc {
	uint64_t lba;
	uint32_t nblocks;
	uint8_t reserved[4];
};
enum pv_codec_err scsi_unmap_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_unmap_desc *out);
int scsi_unmap_desc_encode(const struct scsi_unmap_desc *in, void *buf, size_t cap);
int scsi_unmap_desc_format(const struct scsi_unmap_desc *s, char *buf, size_t cap);

struct scsi_unmap_param_list {
	uint16_t data_len;
	uint16_t desc_len;
	uint8_t reserved[4];
	struct scsi_unmap_desc descs[64];
	uint32_t descs_count;
};
enum pv_codec_err scsi_unmap_param_list_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_unmap_param_list *out);
int scsi_unmap_param_list_encode(const struct scsi_unmap_param_list *in, void *buf, size_t cap);
int scsi_unmap_param_list_format(const struct scsi_unmap_param_list *s, char *buf, size_t cap);

struct scsi_cdb_start_stop_unit {
	uint8_t opcode;
	uint8_t immed;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t reserved2;
	uint8_t power_cond_mod;
	uint8_t start;
	uint8_t loej;
	uint8_t no_flush;
	uint8_t power_cond;
	uint8_t start_rsvd;	/* bits outside the subfields */
	uint8_t control;
};
enum pv_codec_err scsi_cdb_start_stop_unit_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_start_stop_unit *out);
int scsi_cdb_start_stop_unit_encode(const struct scsi_cdb_start_stop_unit *in, void *buf, size_t cap);
int scsi_cdb_start_stop_unit_format(const struct scsi_cdb_start_stop_unit *s, char *buf, size_t cap);

struct scsi_cdb_pr_in {
	uint8_t opcode;
	uint8_t service_action;
	uint8_t action_rsvd;	/* bits outside the subfields */
	uint8_t reserved2[5];
	uint16_t alloc_len;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_pr_in_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_pr_in *out);
int scsi_cdb_pr_in_encode(const struct scsi_cdb_pr_in *in, void *buf, size_t cap);
int scsi_cdb_pr_in_format(const struct scsi_cdb_pr_in *s, char *buf, size_t cap);

struct scsi_cdb_report_luns {
	uint8_t opcode;
	uint8_t reserved1;
	uint8_t select_report;
	uint8_t reserved3[3];
	uint32_t alloc_len;
	uint8_t reserved10;
	uint8_t control;
};
enum pv_codec_err scsi_cdb_report_luns_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_cdb_report_luns *out);
int scsi_cdb_report_luns_encode(const struct scsi_cdb_report_luns *in, void *buf, size_t cap);
int scsi_cdb_report_luns_format(const struct scsi_cdb_report_luns *s, char *buf, size_t cap);

struct scsi_sense_fixed {
	uint8_t response_code;
	uint8_t valid;
	uint8_t response_rsvd;	/* bits outside the subfields */
	uint8_t obsolete;
	uint8_t sense_key;
	uint8_t ili;
	uint8_t eom;
	uint8_t filemark;
	uint8_t key_rsvd;	/* bits outside the subfields */
	uint32_t information;
	uint8_t additional_len;
	uint32_t cmd_specific;
	uint8_t asc;
	uint8_t ascq;
	uint8_t fru;
	uint16_t field_pointer;
	uint8_t bit_pointer;
	uint8_t bpv;
	uint8_t cd;
	uint8_t sksv;
	uint32_t sks_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err scsi_sense_fixed_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_sense_fixed *out);
int scsi_sense_fixed_encode(const struct scsi_sense_fixed *in, void *buf, size_t cap);
int scsi_sense_fixed_format(const struct scsi_sense_fixed *s, char *buf, size_t cap);

struct scsi_sense_desc {
	uint8_t response_code;
	uint8_t response_rsvd;	/* bits outside the subfields */
	uint8_t sense_key;
	uint8_t key_rsvd;	/* bits outside the subfields */
	uint8_t asc;
	uint8_t ascq;
	uint8_t reserved[3];
	uint8_t additional_len;
};
enum pv_codec_err scsi_sense_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_sense_desc *out);
int scsi_sense_desc_encode(const struct scsi_sense_desc *in, void *buf, size_t cap);
int scsi_sense_desc_format(const struct scsi_sense_desc *s, char *buf, size_t cap);

struct scsi_sense_desc_sks {
	uint8_t desc_type;
	uint8_t additional_len;
	uint8_t reserved[2];
	uint16_t field_pointer;
	uint8_t bit_pointer;
	uint8_t bpv;
	uint8_t cd;
	uint8_t sksv;
	uint32_t sks_rsvd;	/* bits outside the subfields */
	uint8_t reserved7;
};
enum pv_codec_err scsi_sense_desc_sks_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_sense_desc_sks *out);
int scsi_sense_desc_sks_encode(const struct scsi_sense_desc_sks *in, void *buf, size_t cap);
int scsi_sense_desc_sks_format(const struct scsi_sense_desc_sks *s, char *buf, size_t cap);

struct scsi_naa_designator {
	uint64_t value;
	uint8_t naa;
	uint64_t id_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err scsi_naa_designator_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_naa_designator *out);
int scsi_naa_designator_encode(const struct scsi_naa_designator *in, void *buf, size_t cap);
int scsi_naa_designator_format(const struct scsi_naa_designator *s, char *buf, size_t cap);

struct scsi_inquiry_std {
	uint8_t device_type;
	uint8_t qualifier;
	uint8_t peripheral_rsvd;	/* bits outside the subfields */
	uint8_t rmb;
	uint8_t version;
	uint8_t response_data_format;
	uint8_t hisup;
	uint8_t normaca;
	uint8_t format_rsvd;	/* bits outside the subfields */
	uint8_t additional_len;
	uint8_t flags5;
	uint8_t flags6;
	uint8_t cmdque;
	uint8_t flags7_rsvd;	/* bits outside the subfields */
	uint8_t vendor[8];
	uint8_t product[16];
	uint8_t revision[4];
};
enum pv_codec_err scsi_inquiry_std_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_inquiry_std *out);
int scsi_inquiry_std_encode(const struct scsi_inquiry_std *in, void *buf, size_t cap);
int scsi_inquiry_std_format(const struct scsi_inquiry_std *s, char *buf, size_t cap);

struct scsi_vpd_header {
	uint8_t peripheral;
	uint8_t page_code;
	uint16_t page_len;
};
enum pv_codec_err scsi_vpd_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_header *out);
int scsi_vpd_header_encode(const struct scsi_vpd_header *in, void *buf, size_t cap);
int scsi_vpd_header_format(const struct scsi_vpd_header *s, char *buf, size_t cap);

struct scsi_designator {
	uint8_t code_set;
	uint8_t protocol_id;
	uint8_t code_rsvd;	/* bits outside the subfields */
	uint8_t designator_type;
	uint8_t association;
	uint8_t piv;
	uint8_t type_rsvd;	/* bits outside the subfields */
	uint8_t reserved;
	uint8_t length;
};
enum pv_codec_err scsi_designator_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_designator *out);
int scsi_designator_encode(const struct scsi_designator *in, void *buf, size_t cap);
int scsi_designator_format(const struct scsi_designator *s, char *buf, size_t cap);

struct scsi_vpd_block_limits {
	uint8_t peripheral;
	uint8_t page_code;
	uint16_t page_len;
	uint8_t wsnz;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t max_compare_write;
	uint16_t opt_xfer_granularity;
	uint32_t max_xfer_len;
	uint32_t opt_xfer_len;
	uint32_t max_prefetch_len;
	uint32_t max_unmap_lba_count;
	uint32_t max_unmap_desc_count;
	uint32_t opt_unmap_granularity;
	uint32_t unmap_granularity_alignment;
	uint64_t max_write_same_len;
	uint8_t reserved[20];
};
enum pv_codec_err scsi_vpd_block_limits_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_block_limits *out);
int scsi_vpd_block_limits_encode(const struct scsi_vpd_block_limits *in, void *buf, size_t cap);
int scsi_vpd_block_limits_format(const struct scsi_vpd_block_limits *s, char *buf, size_t cap);

struct scsi_vpd_block_characteristics {
	uint8_t peripheral;
	uint8_t page_code;
	uint16_t page_len;
	uint16_t rotation_rate;
	uint8_t product_type;
	uint8_t form_factor;
	uint8_t reserved[56];
};
enum pv_codec_err scsi_vpd_block_characteristics_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_block_characteristics *out);
int scsi_vpd_block_characteristics_encode(const struct scsi_vpd_block_characteristics *in, void *buf, size_t cap);
int scsi_vpd_block_characteristics_format(const struct scsi_vpd_block_characteristics *s, char *buf, size_t cap);

struct scsi_vpd_lb_provisioning {
	uint8_t peripheral;
	uint8_t page_code;
	uint16_t page_len;
	uint8_t threshold_exponent;
	uint8_t dp;
	uint8_t anc_sup;
	uint8_t lbprz;
	uint8_t lbpws10;
	uint8_t lbpws;
	uint8_t lbpu;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t provisioning_type;
	uint8_t provisioning_rsvd;	/* bits outside the subfields */
	uint8_t threshold_percentage;
};
enum pv_codec_err scsi_vpd_lb_provisioning_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_vpd_lb_provisioning *out);
int scsi_vpd_lb_provisioning_encode(const struct scsi_vpd_lb_provisioning *in, void *buf, size_t cap);
int scsi_vpd_lb_provisioning_format(const struct scsi_vpd_lb_provisioning *s, char *buf, size_t cap);

struct scsi_mode_header6 {
	uint8_t mode_data_len;
	uint8_t medium_type;
	uint8_t dpofua;
	uint8_t wp;
	uint8_t device_specific_rsvd;	/* bits outside the subfields */
	uint8_t bd_len;
};
enum pv_codec_err scsi_mode_header6_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_mode_header6 *out);
int scsi_mode_header6_encode(const struct scsi_mode_header6 *in, void *buf, size_t cap);
int scsi_mode_header6_format(const struct scsi_mode_header6 *s, char *buf, size_t cap);

struct scsi_mode_header10 {
	uint16_t mode_data_len;
	uint8_t medium_type;
	uint8_t dpofua;
	uint8_t wp;
	uint8_t device_specific_rsvd;	/* bits outside the subfields */
	uint8_t longlba;
	uint8_t longlba_rsvd;	/* bits outside the subfields */
	uint8_t reserved;
	uint16_t bd_len;
};
enum pv_codec_err scsi_mode_header10_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_mode_header10 *out);
int scsi_mode_header10_encode(const struct scsi_mode_header10 *in, void *buf, size_t cap);
int scsi_mode_header10_format(const struct scsi_mode_header10 *s, char *buf, size_t cap);

struct scsi_block_desc_short {
	uint32_t nblocks;
	uint8_t reserved;
	uint32_t block_len;
};
enum pv_codec_err scsi_block_desc_short_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_block_desc_short *out);
int scsi_block_desc_short_encode(const struct scsi_block_desc_short *in, void *buf, size_t cap);
int scsi_block_desc_short_format(const struct scsi_block_desc_short *s, char *buf, size_t cap);

struct scsi_block_desc_long {
	uint64_t nblocks;
	uint8_t reserved[4];
	uint32_t block_len;
};
enum pv_codec_err scsi_block_desc_long_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_block_desc_long *out);
int scsi_block_desc_long_encode(const struct scsi_block_desc_long *in, void *buf, size_t cap);
int scsi_block_desc_long_format(const struct scsi_block_desc_long *s, char *buf, size_t cap);

struct scsi_mode_page_caching {
	uint8_t page_code;
	uint8_t spf;
	uint8_t ps;
	uint8_t page_rsvd;	/* bits outside the subfields */
	uint8_t page_len;
	uint8_t rcd;
	uint8_t mf;
	uint8_t wce;
	uint8_t size;
	uint8_t disc;
	uint8_t cap;
	uint8_t abpf;
	uint8_t ic;
	uint8_t flags_rsvd;	/* bits outside the subfields */
	uint8_t retention;
	uint16_t disable_prefetch_len;
	uint16_t min_prefetch;
	uint16_t max_prefetch;
	uint16_t max_prefetch_ceiling;
	uint8_t flags12;
	uint8_t cache_segments;
	uint16_t cache_segment_size;
	uint8_t reserved;
	uint8_t obsolete[3];
};
enum pv_codec_err scsi_mode_page_caching_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_mode_page_caching *out);
int scsi_mode_page_caching_encode(const struct scsi_mode_page_caching *in, void *buf, size_t cap);
int scsi_mode_page_caching_format(const struct scsi_mode_page_caching *s, char *buf, size_t cap);

struct scsi_read_capacity10_data {
	uint32_t last_lba;
	uint32_t block_len;
};
enum pv_codec_err scsi_read_capacity10_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_read_capacity10_data *out);
int scsi_read_capacity10_data_encode(const struct scsi_read_capacity10_data *in, void *buf, size_t cap);
int scsi_read_capacity10_data_format(const struct scsi_read_capacity10_data *s, char *buf, size_t cap);

struct scsi_read_capacity16_data {
	uint64_t last_lba;
	uint32_t block_len;
	uint8_t prot_en;
	uint8_t p_type;
	uint8_t prot_rsvd;	/* bits outside the subfields */
	uint8_t lbppbe;
	uint8_t p_i_exponent;
	uint8_t exponents_rsvd;	/* bits outside the subfields */
	uint16_t lowest_aligned_lba;
	uint8_t lbprz;
	uint8_t lbpme;
	uint16_t lbp_rsvd;	/* bits outside the subfields */
	uint8_t reserved[16];
};
enum pv_codec_err scsi_read_capacity16_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_read_capacity16_data *out);
int scsi_read_capacity16_data_encode(const struct scsi_read_capacity16_data *in, void *buf, size_t cap);
int scsi_read_capacity16_data_format(const struct scsi_read_capacity16_data *s, char *buf, size_t cap);

struct scsi_lun_entry {
	uint16_t lun;
	uint8_t address_method;
	uint16_t addr_rsvd;	/* bits outside the subfields */
	uint8_t second_level[6];
};
enum pv_codec_err scsi_lun_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_lun_entry *out);
int scsi_lun_entry_encode(const struct scsi_lun_entry *in, void *buf, size_t cap);
int scsi_lun_entry_format(const struct scsi_lun_entry *s, char *buf, size_t cap);

struct scsi_report_luns_data {
	uint32_t list_len;
	uint8_t reserved[4];
	struct scsi_lun_entry luns[256];
	uint32_t luns_count;
};
enum pv_codec_err scsi_report_luns_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_report_luns_data *out);
int scsi_report_luns_data_encode(const struct scsi_report_luns_data *in, void *buf, size_t cap);
int scsi_report_luns_data_format(const struct scsi_report_luns_data *s, char *buf, size_t cap);

struct scsi_pr_in_header {
	uint32_t generation;
	uint32_t additional_len;
};
enum pv_codec_err scsi_pr_in_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_pr_in_header *out);
int scsi_pr_in_header_encode(const struct scsi_pr_in_header *in, void *buf, size_t cap);
int scsi_pr_in_header_format(const struct scsi_pr_in_header *s, char *buf, size_t cap);

struct scsi_pr_in_capabilities {
	uint16_t length;
	uint8_t ptpl_c;
	uint8_t atp_c;
	uint8_t sip_c;
	uint8_t crh;
	uint8_t rlr_c;
	uint8_t flags2_rsvd;	/* bits outside the subfields */
	uint8_t ptpl_a;
	uint8_t allow_commands;
	uint8_t tmv;
	uint8_t flags3_rsvd;	/* bits outside the subfields */
	uint16_t type_mask;
	uint8_t reserved[2];
};
enum pv_codec_err scsi_pr_in_capabilities_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct scsi_pr_in_capabilities *out);
int scsi_pr_in_capabilities_encode(const struct scsi_pr_in_capabilities *in, void *buf, size_t cap);
int scsi_pr_in_capabilities_format(const struct scsi_pr_in_capabilities *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *scsi_opcode_name(uint32_t v);
extern const struct pv_name scsi_opcode_names[26];
const char *scsi_service_action_in_name(uint32_t v);
extern const struct pv_name scsi_service_action_in_names[1];
const char *scsi_sam_status_name(uint32_t v);
extern const struct pv_name scsi_sam_status_names[8];
const char *scsi_sense_key_name(uint32_t v);
extern const struct pv_name scsi_sense_key_names[15];
const char *scsi_asc_ascq_name(uint32_t v);
extern const struct pv_name scsi_asc_ascq_names[26];
const char *scsi_sense_format_name(uint32_t v);
extern const struct pv_name scsi_sense_format_names[4];
const char *scsi_vpd_page_name(uint32_t v);
extern const struct pv_name scsi_vpd_page_names[6];
const char *scsi_mode_page_name(uint32_t v);
extern const struct pv_name scsi_mode_page_names[3];
const char *scsi_page_control_name(uint32_t v);
extern const struct pv_name scsi_page_control_names[4];
const char *scsi_pr_in_action_name(uint32_t v);
extern const struct pv_name scsi_pr_in_action_names[4];
const char *scsi_designator_type_name(uint32_t v);
extern const struct pv_name scsi_designator_type_names[4];
const char *scsi_code_set_name(uint32_t v);
extern const struct pv_name scsi_code_set_names[3];
const char *scsi_report_luns_select_name(uint32_t v);
extern const struct pv_name scsi_report_luns_select_names[3];
const char *scsi_device_type_name(uint32_t v);
extern const struct pv_name scsi_device_type_names[2];
const char *scsi_peripheral_qualifier_name(uint32_t v);
extern const struct pv_name scsi_peripheral_qualifier_names[2];
const char *scsi_spc_version_name(uint32_t v);
extern const struct pv_name scsi_spc_version_names[1];
const char *scsi_inquiry_data_format_name(uint32_t v);
extern const struct pv_name scsi_inquiry_data_format_names[1];
const char *scsi_provisioning_type_name(uint32_t v);
extern const struct pv_name scsi_provisioning_type_names[3];
const char *scsi_rotation_rate_name(uint32_t v);
extern const struct pv_name scsi_rotation_rate_names[2];
const char *scsi_sense_desc_type_name(uint32_t v);
extern const struct pv_name scsi_sense_desc_type_names[3];
const char *scsi_lun_address_method_name(uint32_t v);
extern const struct pv_name scsi_lun_address_method_names[2];
const char *scsi_naa_name(uint32_t v);
extern const struct pv_name scsi_naa_names[3];

#endif /* PV_GENERATED_SCSI_CODEC_H */
