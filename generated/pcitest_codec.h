/* DO NOT EDIT: generated from spec/pcitest.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PCITEST_CODEC_H
#define PV_GENERATED_PCITEST_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "pcitest_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct pcitest_regs {
	uint32_t id;
	uint32_t version;
	uint32_t scratch;
	uint32_t reserved;
	uint64_t dma_addr;
	uint32_t dma_len;
	uint32_t pattern;
	uint32_t command;
	uint32_t result;
	uint32_t checksum;
	uint32_t irq;
	uint32_t irq_count;
};
enum pv_codec_err pcitest_regs_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcitest_regs *out);
int pcitest_regs_encode(const struct pcitest_regs *in, void *buf, size_t cap);
int pcitest_regs_format(const struct pcitest_regs *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *pcitest_command_name(uint32_t v);
extern const struct pv_name pcitest_command_names[2];
const char *pcitest_result_name(uint32_t v);
extern const struct pv_name pcitest_result_names[5];

#endif /* PV_GENERATED_PCITEST_CODEC_H */
