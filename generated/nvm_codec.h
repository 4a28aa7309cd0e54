/* DO NOT EDIT: generated from spec/nvm.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_NVM_CODEC_H
#define PV_GENERATED_NVM_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "nvm_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct nvm_sqe_hdr {
	uint8_t opcode;
	uint8_t flags;
	uint8_t fuse;
	uint8_t psdt;
	uint16_t cid;
	uint32_t nsid;
	uint32_t cdw2;
	uint32_t cdw3;
	uint64_t mptr;
	uint64_t prp1;
	uint64_t prp2;
};
enum pv_codec_err nvm_sqe_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_sqe_hdr *out);
int nvm_sqe_hdr_encode(const struct nvm_sqe_hdr *in, void *buf, size_t cap);
int nvm_sqe_hdr_format(const struct nvm_sqe_hdr *s, char *buf, size_t cap);

struct nvm_rw {
	struct nvm_sqe_hdr hdr;
	uint64_t slba;
	uint16_t nlb;
	uint8_t dtype;
	uint8_t stc;
	uint8_t prinfo;
	uint8_t fua;
	uint8_t lr;
	uint32_t cdw12_rsvd;	/* bits outside the subfields */
	uint8_t dsm;
	uint16_t dspec;
	uint32_t cdw13_rsvd;	/* bits outside the subfields */
	uint32_t eilbrt;
	uint16_t elbat;
	uint16_t elbatm;
	uint32_t cdw15_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err nvm_rw_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_rw *out);
int nvm_rw_encode(const struct nvm_rw *in, void *buf, size_t cap);
int nvm_rw_format(const struct nvm_rw *s, char *buf, size_t cap);

struct nvm_write_zeroes {
	struct nvm_sqe_hdr hdr;
	uint64_t slba;
	uint16_t nlb;
	uint8_t dtype;
	uint8_t stc;
	uint8_t deac;
	uint8_t prinfo;
	uint8_t fua;
	uint8_t lr;
	uint32_t cdw12_rsvd;	/* bits outside the subfields */
	uint32_t cdw13;
	uint32_t eilbrt;
	uint32_t cdw15;
};
enum pv_codec_err nvm_write_zeroes_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_write_zeroes *out);
int nvm_write_zeroes_encode(const struct nvm_write_zeroes *in, void *buf, size_t cap);
int nvm_write_zeroes_format(const struct nvm_write_zeroes *s, char *buf, size_t cap);

struct nvm_dsm {
	struct nvm_sqe_hdr hdr;
	uint8_t nr;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint8_t idr;
	uint8_t idw;
	uint8_t ad;
	uint32_t cdw11_rsvd;	/* bits outside the subfields */
	uint32_t cdw12[4];
};
enum pv_codec_err nvm_dsm_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_dsm *out);
int nvm_dsm_encode(const struct nvm_dsm *in, void *buf, size_t cap);
int nvm_dsm_format(const struct nvm_dsm *s, char *buf, size_t cap);

struct nvm_flush {
	struct nvm_sqe_hdr hdr;
	uint32_t cdw10[6];
};
enum pv_codec_err nvm_flush_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_flush *out);
int nvm_flush_encode(const struct nvm_flush *in, void *buf, size_t cap);
int nvm_flush_format(const struct nvm_flush *s, char *buf, size_t cap);

struct nvm_dsm_range {
	uint32_t cattr;
	uint32_t nlb;
	uint64_t slba;
};
enum pv_codec_err nvm_dsm_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_dsm_range *out);
int nvm_dsm_range_encode(const struct nvm_dsm_range *in, void *buf, size_t cap);
int nvm_dsm_range_format(const struct nvm_dsm_range *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *nvm_opcode_name(uint32_t v);
extern const struct pv_name nvm_opcode_names[13];

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct nvm_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct nvm_flush flush;
		struct nvm_rw write;
		struct nvm_rw read;
		struct nvm_rw compare;
		struct nvm_write_zeroes write_zeroes;
		struct nvm_dsm dataset_management;
		struct nvm_rw verify;
	} u;
};

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc nvm_msg_table[];
extern const size_t nvm_msg_table_count;
const struct pv_msg_desc *nvm_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err nvm_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvm_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int nvm_msg_encode(const struct nvm_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int nvm_msg_format(const struct nvm_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*nvm_msg_handler)(void *ctx, const struct nvm_msg *m);
struct nvm_msg_handlers {
	nvm_msg_handler flush;
	nvm_msg_handler write;
	nvm_msg_handler read;
	nvm_msg_handler compare;
	nvm_msg_handler write_zeroes;
	nvm_msg_handler dataset_management;
	nvm_msg_handler verify;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int nvm_msg_dispatch(const struct nvm_msg_handlers *h, void *ctx, const struct nvm_msg *m);

#endif /* PV_GENERATED_NVM_CODEC_H */
