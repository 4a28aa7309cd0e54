/* DO NOT EDIT: generated from spec/pcisock.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PCISOCK_CODEC_H
#define PV_GENERATED_PCISOCK_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "pcisock_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct pcisock_hdr {
	uint32_t type;
	uint32_t seq;
};
enum pv_codec_err pcisock_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_hdr *out);
int pcisock_hdr_encode(const struct pcisock_hdr *in, void *buf, size_t cap);
int pcisock_hdr_format(const struct pcisock_hdr *s, char *buf, size_t cap);

struct pcisock_hello {
	struct pcisock_hdr hdr;
	uint32_t version;
	uint32_t reserved;
};
enum pv_codec_err pcisock_hello_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_hello *out);
int pcisock_hello_encode(const struct pcisock_hello *in, void *buf, size_t cap);
int pcisock_hello_format(const struct pcisock_hello *s, char *buf, size_t cap);

struct pcisock_hello_reply {
	struct pcisock_hdr hdr;
	uint32_t version;
	uint32_t pid;
	uint16_t vendor;
	uint16_t device;
	uint32_t class_code;
	uint32_t msix_vectors;
	uint32_t reserved;
	uint64_t bar_size[6];
	uint8_t name[32];
};
enum pv_codec_err pcisock_hello_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_hello_reply *out);
int pcisock_hello_reply_encode(const struct pcisock_hello_reply *in, void *buf, size_t cap);
int pcisock_hello_reply_format(const struct pcisock_hello_reply *s, char *buf, size_t cap);

struct pcisock_bar_read {
	struct pcisock_hdr hdr;
	uint8_t bar;
	uint8_t width;
	uint16_t reserved;
	uint32_t reserved2;
	uint64_t offset;
};
enum pv_codec_err pcisock_bar_read_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bar_read *out);
int pcisock_bar_read_encode(const struct pcisock_bar_read *in, void *buf, size_t cap);
int pcisock_bar_read_format(const struct pcisock_bar_read *s, char *buf, size_t cap);

struct pcisock_read_reply {
	struct pcisock_hdr hdr;
	int32_t status;
	uint32_t reserved;
	uint64_t value;
};
enum pv_codec_err pcisock_read_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_read_reply *out);
int pcisock_read_reply_encode(const struct pcisock_read_reply *in, void *buf, size_t cap);
int pcisock_read_reply_format(const struct pcisock_read_reply *s, char *buf, size_t cap);

struct pcisock_bar_write {
	struct pcisock_hdr hdr;
	uint8_t bar;
	uint8_t width;
	uint16_t reserved;
	uint32_t reserved2;
	uint64_t offset;
	uint64_t value;
};
enum pv_codec_err pcisock_bar_write_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bar_write *out);
int pcisock_bar_write_encode(const struct pcisock_bar_write *in, void *buf, size_t cap);
int pcisock_bar_write_format(const struct pcisock_bar_write *s, char *buf, size_t cap);

struct pcisock_dma_map {
	struct pcisock_hdr hdr;
	uint64_t iova;
	uint64_t len;
	uint64_t fd_offset;
};
enum pv_codec_err pcisock_dma_map_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_dma_map *out);
int pcisock_dma_map_encode(const struct pcisock_dma_map *in, void *buf, size_t cap);
int pcisock_dma_map_format(const struct pcisock_dma_map *s, char *buf, size_t cap);

struct pcisock_dma_unmap {
	struct pcisock_hdr hdr;
	uint64_t iova;
	uint64_t len;
};
enum pv_codec_err pcisock_dma_unmap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_dma_unmap *out);
int pcisock_dma_unmap_encode(const struct pcisock_dma_unmap *in, void *buf, size_t cap);
int pcisock_dma_unmap_format(const struct pcisock_dma_unmap *s, char *buf, size_t cap);

struct pcisock_irq_set {
	struct pcisock_hdr hdr;
	uint32_t vector;
	uint32_t flags;
};
enum pv_codec_err pcisock_irq_set_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_irq_set *out);
int pcisock_irq_set_encode(const struct pcisock_irq_set *in, void *buf, size_t cap);
int pcisock_irq_set_format(const struct pcisock_irq_set *s, char *buf, size_t cap);

struct pcisock_bus_master {
	struct pcisock_hdr hdr;
	uint32_t enable;
	uint32_t reserved;
};
enum pv_codec_err pcisock_bus_master_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bus_master *out);
int pcisock_bus_master_encode(const struct pcisock_bus_master *in, void *buf, size_t cap);
int pcisock_bus_master_format(const struct pcisock_bus_master *s, char *buf, size_t cap);

struct pcisock_bare {
	struct pcisock_hdr hdr;
};
enum pv_codec_err pcisock_bare_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bare *out);
int pcisock_bare_encode(const struct pcisock_bare *in, void *buf, size_t cap);
int pcisock_bare_format(const struct pcisock_bare *s, char *buf, size_t cap);

struct pcisock_status {
	struct pcisock_hdr hdr;
	int32_t status;
	uint32_t reserved;
};
enum pv_codec_err pcisock_status_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_status *out);
int pcisock_status_encode(const struct pcisock_status *in, void *buf, size_t cap);
int pcisock_status_format(const struct pcisock_status *s, char *buf, size_t cap);

struct pcisock_stats_reply {
	struct pcisock_hdr hdr;
	int32_t status;
	uint32_t maps;
	uint64_t enables;
	uint64_t resets;
	uint64_t admin_commands;
	uint64_t io_commands;
	uint64_t completions;
	uint64_t dma_faults;
	uint64_t irqs;
	uint64_t irqs_dropped;
	uint64_t requests;
	uint64_t bad_requests;
};
enum pv_codec_err pcisock_stats_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_stats_reply *out);
int pcisock_stats_reply_encode(const struct pcisock_stats_reply *in, void *buf, size_t cap);
int pcisock_stats_reply_format(const struct pcisock_stats_reply *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *pcisock_msg_type_name(uint32_t v);
extern const struct pv_name pcisock_msg_type_names[13];
const char *pcisock_width_name(uint32_t v);
extern const struct pv_name pcisock_width_names[2];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t pcisock_versions[PCISOCK_VERSION_COUNT];
const char *pcisock_version_name(uint32_t v);

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct pcisock_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct pcisock_hello hello;
		struct pcisock_bar_read bar_read;
		struct pcisock_bar_write bar_write;
		struct pcisock_dma_map dma_map;
		struct pcisock_dma_unmap dma_unmap;
		struct pcisock_irq_set irq_set;
		struct pcisock_bus_master bus_master;
		struct pcisock_bare reset;
		struct pcisock_bare stats;
		struct pcisock_hello_reply hello_reply;
		struct pcisock_read_reply read_reply;
		struct pcisock_status status;
		struct pcisock_stats_reply stats_reply;
	} u;
};

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc pcisock_msg_table[];
extern const size_t pcisock_msg_table_count;
const struct pv_msg_desc *pcisock_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err pcisock_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int pcisock_msg_encode(const struct pcisock_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int pcisock_msg_format(const struct pcisock_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*pcisock_msg_handler)(void *ctx, const struct pcisock_msg *m);
struct pcisock_msg_handlers {
	pcisock_msg_handler hello;
	pcisock_msg_handler bar_read;
	pcisock_msg_handler bar_write;
	pcisock_msg_handler dma_map;
	pcisock_msg_handler dma_unmap;
	pcisock_msg_handler irq_set;
	pcisock_msg_handler bus_master;
	pcisock_msg_handler reset;
	pcisock_msg_handler stats;
	pcisock_msg_handler hello_reply;
	pcisock_msg_handler read_reply;
	pcisock_msg_handler status;
	pcisock_msg_handler stats_reply;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int pcisock_msg_dispatch(const struct pcisock_msg_handlers *h, void *ctx, const struct pcisock_msg *m);

#endif /* PV_GENERATED_PCISOCK_CODEC_H */
