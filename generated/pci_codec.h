/* DO NOT EDIT: generated from spec/pci.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PCI_CODEC_H
#define PV_GENERATED_PCI_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "pci_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct pci_conf1_address {
	uint8_t reg;
	uint8_t function;
	uint8_t device;
	uint8_t bus;
	uint8_t ext_reg;
	uint8_t enable;
	uint32_t value_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err pci_conf1_address_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_conf1_address *out);
int pci_conf1_address_encode(const struct pci_conf1_address *in, void *buf, size_t cap);
int pci_conf1_address_format(const struct pci_conf1_address *s, char *buf, size_t cap);

struct pci_type0_header {
	uint16_t vendor_id;
	uint16_t device_id;
	uint16_t command;
	uint16_t status;
	uint8_t revision;
	uint8_t prog_if;
	uint8_t subclass;
	uint8_t base_class;
	uint8_t cache_line_size;
	uint8_t latency_timer;
	uint8_t layout;
	uint8_t multi_function;
	uint8_t header_type_rsvd;	/* bits outside the subfields */
	uint8_t bist;
	uint32_t bar[6];
	uint32_t cardbus_cis;
	uint16_t subsys_vendor_id;
	uint16_t subsys_id;
	uint32_t rom_address;
	uint8_t cap_ptr;
	uint8_t reserved0[3];
	uint32_t reserved1;
	uint8_t interrupt_line;
	uint8_t interrupt_pin;
	uint8_t min_gnt;
	uint8_t max_lat;
};
enum pv_codec_err pci_type0_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_type0_header *out);
int pci_type0_header_encode(const struct pci_type0_header *in, void *buf, size_t cap);
int pci_type0_header_format(const struct pci_type0_header *s, char *buf, size_t cap);

struct pci_bar_mem {
	uint8_t io_space;
	uint8_t mem_type;
	uint8_t prefetch;
	uint32_t address;
	uint32_t value_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err pci_bar_mem_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_bar_mem *out);
int pci_bar_mem_encode(const struct pci_bar_mem *in, void *buf, size_t cap);
int pci_bar_mem_format(const struct pci_bar_mem *s, char *buf, size_t cap);

struct pci_cap_header {
	uint8_t cap_id;
	uint8_t next;
};
enum pv_codec_err pci_cap_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_cap_header *out);
int pci_cap_header_encode(const struct pci_cap_header *in, void *buf, size_t cap);
int pci_cap_header_format(const struct pci_cap_header *s, char *buf, size_t cap);

struct pci_msix_cap {
	uint8_t cap_id;
	uint8_t next;
	uint16_t table_size;
	uint8_t function_mask;
	uint8_t enable;
	uint16_t control_rsvd;	/* bits outside the subfields */
	uint8_t table_bir;
	uint32_t table_offset;
	uint32_t table_rsvd;	/* bits outside the subfields */
	uint8_t pba_bir;
	uint32_t pba_offset;
	uint32_t pba_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err pci_msix_cap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_msix_cap *out);
int pci_msix_cap_encode(const struct pci_msix_cap *in, void *buf, size_t cap);
int pci_msix_cap_format(const struct pci_msix_cap *s, char *buf, size_t cap);

struct pci_msix_entry {
	uint32_t addr_lo;
	uint32_t addr_hi;
	uint32_t data;
	uint8_t mask;
	uint32_t vector_ctrl_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err pci_msix_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_msix_entry *out);
int pci_msix_entry_encode(const struct pci_msix_entry *in, void *buf, size_t cap);
int pci_msix_entry_format(const struct pci_msix_entry *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *pci_cap_id_name(uint32_t v);
extern const struct pv_name pci_cap_id_names[5];
const char *pci_bar_mem_type_name(uint32_t v);
extern const struct pv_name pci_bar_mem_type_names[2];
const char *pci_header_layout_name(uint32_t v);
extern const struct pv_name pci_header_layout_names[3];

#endif /* PV_GENERATED_PCI_CODEC_H */
