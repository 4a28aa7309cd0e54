/* DO NOT EDIT: generated from spec/vmring.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_VMRING_CODEC_H
#define PV_GENERATED_VMRING_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "vmring_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct vmring_control {
	uint32_t write_index;
	uint32_t read_index;
	uint32_t interrupt_mask;
	uint32_t pending_send_sz;
	uint32_t reserved1[12];
	uint32_t feature_bits;
	uint8_t reserved2[4028];
};
enum pv_codec_err vmring_control_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_control *out);
int vmring_control_encode(const struct vmring_control *in, void *buf, size_t cap);
int vmring_control_format(const struct vmring_control *s, char *buf, size_t cap);

struct vmring_desc {
	uint16_t type;
	uint16_t offset8;
	uint16_t len8;
	uint16_t flags;
	uint64_t trans_id;
};
enum pv_codec_err vmring_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_desc *out);
int vmring_desc_encode(const struct vmring_desc *in, void *buf, size_t cap);
int vmring_desc_format(const struct vmring_desc *s, char *buf, size_t cap);

struct vmring_inband {
	struct vmring_desc hdr;
};
enum pv_codec_err vmring_inband_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_inband *out);
int vmring_inband_encode(const struct vmring_inband *in, void *buf, size_t cap);
int vmring_inband_format(const struct vmring_inband *s, char *buf, size_t cap);

struct vmring_xfer_range {
	uint32_t byte_count;
	uint32_t byte_offset;
};
enum pv_codec_err vmring_xfer_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_xfer_range *out);
int vmring_xfer_range_encode(const struct vmring_xfer_range *in, void *buf, size_t cap);
int vmring_xfer_range_format(const struct vmring_xfer_range *s, char *buf, size_t cap);

struct vmring_xfer_pages {
	struct vmring_desc hdr;
	uint16_t xfer_pageset_id;
	uint8_t sender_owns_set;
	uint8_t reserved;
	uint32_t range_cnt;
	struct vmring_xfer_range ranges[1024];
	uint32_t ranges_count;
};
enum pv_codec_err vmring_xfer_pages_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_xfer_pages *out);
int vmring_xfer_pages_encode(const struct vmring_xfer_pages *in, void *buf, size_t cap);
int vmring_xfer_pages_format(const struct vmring_xfer_pages *s, char *buf, size_t cap);

struct vmring_gpa_range {
	uint32_t byte_count;
	uint32_t byte_offset;
	uint64_t pfn[1024];
	uint32_t pfn_count;
};
enum pv_codec_err vmring_gpa_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_gpa_range *out);
int vmring_gpa_range_encode(const struct vmring_gpa_range *in, void *buf, size_t cap);
int vmring_gpa_range_format(const struct vmring_gpa_range *s, char *buf, size_t cap);

struct vmring_gpa_direct {
	struct vmring_desc hdr;
	uint32_t reserved;
	uint32_t range_cnt;
	struct pv_gpa_range ranges[64];
	uint32_t ranges_count;
	uint64_t ranges_pfns[1024];
	uint32_t ranges_pfn_count;
};
enum pv_codec_err vmring_gpa_direct_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_gpa_direct *out);
int vmring_gpa_direct_encode(const struct vmring_gpa_direct *in, void *buf, size_t cap);
int vmring_gpa_direct_format(const struct vmring_gpa_direct *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *vmring_pkt_name(uint32_t v);
extern const struct pv_name vmring_pkt_names[14];

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct vmring_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct vmring_inband data_inband;
		struct vmring_xfer_pages data_using_xfer_pages;
		struct vmring_gpa_direct data_using_gpa_direct;
		struct vmring_inband comp;
	} u;
};

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc vmring_msg_table[];
extern const size_t vmring_msg_table_count;
const struct pv_msg_desc *vmring_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err vmring_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct vmring_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int vmring_msg_encode(const struct vmring_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int vmring_msg_format(const struct vmring_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*vmring_msg_handler)(void *ctx, const struct vmring_msg *m);
struct vmring_msg_handlers {
	vmring_msg_handler data_inband;
	vmring_msg_handler data_using_xfer_pages;
	vmring_msg_handler data_using_gpa_direct;
	vmring_msg_handler comp;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int vmring_msg_dispatch(const struct vmring_msg_handlers *h, void *ctx, const struct vmring_msg *m);

#endif /* PV_GENERATED_VMRING_CODEC_H */
