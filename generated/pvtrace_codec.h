/* DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py. */

#ifndef PV_GENERATED_PVTRACE_CODEC_H
#define PV_GENERATED_PVTRACE_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "pvtrace_wire.h"

/* Decoded (host-endian) forms of the wire structs; see docs/generated-api.md. */

struct pvtrace_record {
	uint8_t version;
	uint8_t proto;
	uint8_t dir;
	uint8_t flags;
	uint32_t channel;
	uint64_t trans_id;
	uint32_t payload_len;
	uint32_t reserved;
};

/* Decodes struct record from len untrusted bytes: reads each byte once, then checks. */
enum pv_codec_err pvtrace_record_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct pvtrace_record *out);
/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a
 * tail count exceeds its maximum). */
int pvtrace_record_encode(const struct pvtrace_record *in, void *buf, size_t cap);
/* One line, every field named; returns what snprintf would. */
int pvtrace_record_format(const struct pvtrace_record *s, char *buf, size_t cap);

/* Name of a proto value, "?" when unknown. */
const char *pvtrace_proto_name(uint32_t v);
/* Name of a dir value, "?" when unknown. */
const char *pvtrace_dir_name(uint32_t v);

#endif /* PV_GENERATED_PVTRACE_CODEC_H */
