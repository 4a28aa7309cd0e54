/* DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PVTRACE_CODEC_H
#define PV_GENERATED_PVTRACE_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "pvtrace_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

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
enum pv_codec_err pvtrace_record_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvtrace_record *out);
int pvtrace_record_encode(const struct pvtrace_record *in, void *buf, size_t cap);
int pvtrace_record_format(const struct pvtrace_record *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *pvtrace_proto_name(uint32_t v);
extern const struct pv_name pvtrace_proto_names[9];
const char *pvtrace_dir_name(uint32_t v);
extern const struct pv_name pvtrace_dir_names[4];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t pvtrace_versions[PVTRACE_VERSION_COUNT];
const char *pvtrace_version_name(uint32_t v);

#endif /* PV_GENERATED_PVTRACE_CODEC_H */
