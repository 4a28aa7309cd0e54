/* DO NOT EDIT: generated from spec/gdma.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_GDMA_CODEC_H
#define PV_GENERATED_GDMA_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "gdma_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct gdma_regmap {
	uint16_t micro_version;
	uint8_t minor_version;
	uint8_t major_version;
	uint32_t reserved0;
	uint64_t db_page_offset;
	uint16_t db_page_size;
	uint16_t reserved1;
	uint32_t reserved2;
	uint64_t shm_offset;
	uint16_t shm_size;
	uint16_t reserved3;
	uint32_t reserved4;
};
enum pv_codec_err gdma_regmap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_regmap *out);
int gdma_regmap_encode(const struct gdma_regmap *in, void *buf, size_t cap);
int gdma_regmap_format(const struct gdma_regmap *s, char *buf, size_t cap);

struct gdma_smc_hdr {
	uint32_t hdr;
	uint8_t msg_type;
	uint8_t msg_version;
	uint8_t direction;
	uint8_t status;
	uint8_t reset_vf;
	uint8_t owner_is_pf;
};
enum pv_codec_err gdma_smc_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_smc_hdr *out);
int gdma_smc_hdr_encode(const struct gdma_smc_hdr *in, void *buf, size_t cap);
int gdma_smc_hdr_format(const struct gdma_smc_hdr *s, char *buf, size_t cap);

struct gdma_smc_establish_hwc {
	uint16_t eq_pfn[3];
	uint16_t cq_pfn[3];
	uint16_t rq_pfn[3];
	uint16_t sq_pfn[3];
	uint8_t eq_high;
	uint8_t cq_high;
	uint8_t rq_high;
	uint8_t sq_high;
	uint16_t pfn_high_rsvd;	/* bits outside the subfields */
	uint16_t msix;
	struct gdma_smc_hdr hdr;
};
enum pv_codec_err gdma_smc_establish_hwc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_smc_establish_hwc *out);
int gdma_smc_establish_hwc_encode(const struct gdma_smc_establish_hwc *in, void *buf, size_t cap);
int gdma_smc_establish_hwc_format(const struct gdma_smc_establish_hwc *s, char *buf, size_t cap);

struct gdma_smc_aperture {
	uint32_t data[7];
	struct gdma_smc_hdr hdr;
};
enum pv_codec_err gdma_smc_aperture_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_smc_aperture *out);
int gdma_smc_aperture_encode(const struct gdma_smc_aperture *in, void *buf, size_t cap);
int gdma_smc_aperture_format(const struct gdma_smc_aperture *s, char *buf, size_t cap);

struct gdma_doorbell_wq {
	uint32_t wq_id;
	uint8_t wqe_cnt;
	uint32_t wq_tail;
	uint64_t value_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_doorbell_wq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_doorbell_wq *out);
int gdma_doorbell_wq_encode(const struct gdma_doorbell_wq *in, void *buf, size_t cap);
int gdma_doorbell_wq_format(const struct gdma_doorbell_wq *s, char *buf, size_t cap);

struct gdma_doorbell_cq {
	uint32_t cq_id;
	uint32_t cq_tail;
	uint8_t cq_arm;
	uint64_t value_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_doorbell_cq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_doorbell_cq *out);
int gdma_doorbell_cq_encode(const struct gdma_doorbell_cq *in, void *buf, size_t cap);
int gdma_doorbell_cq_format(const struct gdma_doorbell_cq *s, char *buf, size_t cap);

struct gdma_doorbell_eq {
	uint16_t eq_id;
	uint32_t eq_tail;
	uint8_t eq_arm;
	uint64_t value_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_doorbell_eq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_doorbell_eq *out);
int gdma_doorbell_eq_encode(const struct gdma_doorbell_eq *in, void *buf, size_t cap);
int gdma_doorbell_eq_format(const struct gdma_doorbell_eq *s, char *buf, size_t cap);

struct gdma_wqe_header {
	uint8_t last_vbytes;
	uint32_t w0_rsvd;	/* bits outside the subfields */
	uint8_t num_sge;
	uint8_t inline_oob_size_div4;
	uint8_t client_oob_in_sgl;
	uint16_t client_data_unit;
	uint8_t sgl_direct;
	uint32_t params_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_wqe_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_wqe_header *out);
int gdma_wqe_header_encode(const struct gdma_wqe_header *in, void *buf, size_t cap);
int gdma_wqe_header_format(const struct gdma_wqe_header *s, char *buf, size_t cap);

struct gdma_sge {
	uint64_t address;
	uint32_t mem_key;
	uint32_t size;
};
enum pv_codec_err gdma_sge_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_sge *out);
int gdma_sge_encode(const struct gdma_sge *in, void *buf, size_t cap);
int gdma_sge_format(const struct gdma_sge *s, char *buf, size_t cap);

struct gdma_cqe {
	uint8_t data[60];
	uint32_t wq_num;
	uint8_t is_sq;
	uint8_t cqe_owner;
	uint32_t info_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_cqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_cqe *out);
int gdma_cqe_encode(const struct gdma_cqe *in, void *buf, size_t cap);
int gdma_cqe_format(const struct gdma_cqe *s, char *buf, size_t cap);

struct gdma_eqe {
	uint32_t details[3];
	uint8_t eqe_type;
	uint8_t client_id;
	uint8_t eqe_owner;
	uint32_t info_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_eqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_eqe *out);
int gdma_eqe_encode(const struct gdma_eqe *in, void *buf, size_t cap);
int gdma_eqe_format(const struct gdma_eqe *s, char *buf, size_t cap);

struct gdma_event_eq_id_db {
	uint16_t eq_id;
	uint16_t doorbell;
	uint32_t reserved[2];
};
enum pv_codec_err gdma_event_eq_id_db_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_event_eq_id_db *out);
int gdma_event_eq_id_db_encode(const struct gdma_event_eq_id_db *in, void *buf, size_t cap);
int gdma_event_eq_id_db_format(const struct gdma_event_eq_id_db *s, char *buf, size_t cap);

struct gdma_event_type_data {
	uint32_t data_value;
	uint8_t data_type;
	uint32_t w0_rsvd;	/* bits outside the subfields */
	uint32_t reserved[2];
};
enum pv_codec_err gdma_event_type_data_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_event_type_data *out);
int gdma_event_type_data_encode(const struct gdma_event_type_data *in, void *buf, size_t cap);
int gdma_event_type_data_format(const struct gdma_event_type_data *s, char *buf, size_t cap);

struct gdma_event_completion {
	uint32_t event_cq_id;
	uint32_t w0_rsvd;	/* bits outside the subfields */
	uint32_t reserved[2];
};
enum pv_codec_err gdma_event_completion_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_event_completion *out);
int gdma_event_completion_encode(const struct gdma_event_completion *in, void *buf, size_t cap);
int gdma_event_completion_format(const struct gdma_event_completion *s, char *buf, size_t cap);

struct gdma_hwc_tx_oob {
	uint32_t reserved1;
	uint32_t reserved2;
	uint32_t vrq_id;
	uint8_t dest_vfid;
	uint32_t w2_rsvd;	/* bits outside the subfields */
	uint32_t vrcq_id;
	uint32_t w3_rsvd;	/* bits outside the subfields */
	uint32_t vscq_id;
	uint8_t loopback;
	uint8_t lso_override;
	uint8_t dest_pf;
	uint32_t w4_rsvd;	/* bits outside the subfields */
	uint32_t vsq_id;
	uint32_t w5_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_hwc_tx_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_hwc_tx_oob *out);
int gdma_hwc_tx_oob_encode(const struct gdma_hwc_tx_oob *in, void *buf, size_t cap);
int gdma_hwc_tx_oob_format(const struct gdma_hwc_tx_oob *s, char *buf, size_t cap);

struct gdma_hwc_rx_oob {
	uint8_t oob_type;
	uint8_t eom;
	uint8_t som;
	uint8_t vendor_err;
	uint32_t w0_rsvd;	/* bits outside the subfields */
	uint32_t src_virt_wq;
	uint8_t src_vfid;
	uint32_t w1_rsvd;	/* bits outside the subfields */
	uint32_t reserved2;
	uint32_t wqe_offset;
	uint32_t wqe_addr_high;
	uint16_t client_data_unit;
	uint32_t w5_rsvd;	/* bits outside the subfields */
	uint32_t tx_oob_data_size;
	uint32_t chunk_offset;
	uint32_t w7_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err gdma_hwc_rx_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_hwc_rx_oob *out);
int gdma_hwc_rx_oob_encode(const struct gdma_hwc_rx_oob *in, void *buf, size_t cap);
int gdma_hwc_rx_oob_format(const struct gdma_hwc_rx_oob *s, char *buf, size_t cap);

struct gdma_trace_smc {
	uint8_t kind;
	uint8_t pad0[3];
	uint32_t bar_offset;
	struct gdma_smc_aperture smc;
};
enum pv_codec_err gdma_trace_smc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_smc *out);
int gdma_trace_smc_encode(const struct gdma_trace_smc *in, void *buf, size_t cap);
int gdma_trace_smc_format(const struct gdma_trace_smc *s, char *buf, size_t cap);

struct gdma_trace_wqe {
	uint8_t kind;
	uint8_t queue_type;
	uint16_t pad1;
	uint32_t queue_id;
	uint32_t wqe_offset;
	uint32_t wqe_len;
	struct gdma_wqe_header header;
};
enum pv_codec_err gdma_trace_wqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_wqe *out);
int gdma_trace_wqe_encode(const struct gdma_trace_wqe *in, void *buf, size_t cap);
int gdma_trace_wqe_format(const struct gdma_trace_wqe *s, char *buf, size_t cap);

struct gdma_trace_cqe {
	uint8_t kind;
	uint8_t pad2[3];
	uint32_t queue_id;
	uint32_t index;
	uint32_t pad3;
	struct gdma_cqe entry;
};
enum pv_codec_err gdma_trace_cqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_cqe *out);
int gdma_trace_cqe_encode(const struct gdma_trace_cqe *in, void *buf, size_t cap);
int gdma_trace_cqe_format(const struct gdma_trace_cqe *s, char *buf, size_t cap);

struct gdma_trace_eqe {
	uint8_t kind;
	uint8_t pad4[3];
	uint32_t queue_id;
	uint32_t index;
	uint32_t pad5;
	struct gdma_eqe entry;
};
enum pv_codec_err gdma_trace_eqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_eqe *out);
int gdma_trace_eqe_encode(const struct gdma_trace_eqe *in, void *buf, size_t cap);
int gdma_trace_eqe_format(const struct gdma_trace_eqe *s, char *buf, size_t cap);

struct gdma_trace_doorbell {
	uint8_t kind;
	uint8_t queue_type;
	uint16_t pad6;
	uint32_t page;
	uint32_t page_offset;
	uint32_t pad7;
	uint64_t value;
};
enum pv_codec_err gdma_trace_doorbell_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_trace_doorbell *out);
int gdma_trace_doorbell_encode(const struct gdma_trace_doorbell *in, void *buf, size_t cap);
int gdma_trace_doorbell_format(const struct gdma_trace_doorbell *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *gdma_queue_type_name(uint32_t v);
extern const struct pv_name gdma_queue_type_names[5];
const char *gdma_eqe_type_name(uint32_t v);
extern const struct pv_name gdma_eqe_type_names[10];
const char *gdma_hwc_init_data_name(uint32_t v);
extern const struct pv_name gdma_hwc_init_data_names[11];
const char *gdma_hwc_reconfig_name(uint32_t v);
extern const struct pv_name gdma_hwc_reconfig_names[3];
const char *gdma_smc_msg_name(uint32_t v);
extern const struct pv_name gdma_smc_msg_names[3];
const char *gdma_trace_kind_name(uint32_t v);
extern const struct pv_name gdma_trace_kind_names[5];

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct gdma_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct gdma_trace_smc smc;
		struct gdma_trace_wqe wqe;
		struct gdma_trace_cqe cqe;
		struct gdma_trace_eqe eqe;
		struct gdma_trace_doorbell doorbell;
	} u;
};

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc gdma_msg_table[];
extern const size_t gdma_msg_table_count;
const struct pv_msg_desc *gdma_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err gdma_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct gdma_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int gdma_msg_encode(const struct gdma_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int gdma_msg_format(const struct gdma_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*gdma_msg_handler)(void *ctx, const struct gdma_msg *m);
struct gdma_msg_handlers {
	gdma_msg_handler smc;
	gdma_msg_handler wqe;
	gdma_msg_handler cqe;
	gdma_msg_handler eqe;
	gdma_msg_handler doorbell;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int gdma_msg_dispatch(const struct gdma_msg_handlers *h, void *ctx, const struct gdma_msg *m);

#endif /* PV_GENERATED_GDMA_CODEC_H */
