/* DO NOT EDIT: generated from spec/pci.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "pci_codec.h"

static bool pci_bar_mem_type_valid(int64_t v)
{
	return v == 0 ||
	       v == 2;
}

static bool pci_header_layout_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static enum pv_codec_err pci_conf1_address_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pci_conf1_address *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->value_rsvd = (uint32_t)(v & ~(uint64_t)0x8ffffffcU);
	o->reg = (uint8_t)((v >> 2) & 63);
	o->function = (uint8_t)((v >> 8) & 7);
	o->device = (uint8_t)((v >> 11) & 31);
	o->bus = (uint8_t)((v >> 16) & 255);
	o->ext_reg = (uint8_t)((v >> 24) & 15);
	o->enable = (uint8_t)((v >> 31) & 1);
	return PV_OK;
}

static enum pv_codec_err pci_conf1_address_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct pci_conf1_address *o = p;

	if (o->reg > 63)
		return PV_ERR_RANGE;
	if (o->function > 7)
		return PV_ERR_RANGE;
	if (o->device > 31)
		return PV_ERR_RANGE;
	if (o->ext_reg > 15)
		return PV_ERR_RANGE;
	if (o->enable > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pci_conf1_address_wr(const void *p, uint8_t *b)
{
	const struct pci_conf1_address *in = p;
	uint64_t v;

	v = ((uint64_t)in->value_rsvd & ~(uint64_t)0x8ffffffcU)
	    | ((uint64_t)(in->reg & 63) << 2)
	    | ((uint64_t)(in->function & 7) << 8)
	    | ((uint64_t)(in->device & 31) << 11)
	    | ((uint64_t)(in->bus & 255) << 16)
	    | ((uint64_t)(in->ext_reg & 15) << 24)
	    | ((uint64_t)(in->enable & 1) << 31);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc pci_conf1_address_desc = {4, 4, false, false, pci_conf1_address_rd, pci_conf1_address_chk, pci_conf1_address_wr, NULL};

enum pv_codec_err pci_conf1_address_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_conf1_address *out)
{
	return pv_decode(&pci_conf1_address_desc, buf, len, ctx, out);
}

int pci_conf1_address_encode(const struct pci_conf1_address *in, void *buf, size_t cap)
{
	return pv_encode(&pci_conf1_address_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pci_type0_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pci_type0_header *o = p;
	size_t i;
	uint64_t v;

	o->vendor_id = pv_get_u16(b + 0);
	o->device_id = pv_get_u16(b + 2);
	o->command = pv_get_u16(b + 4);
	o->status = pv_get_u16(b + 6);
	o->revision = pv_get_u8(b + 8);
	o->prog_if = pv_get_u8(b + 9);
	o->subclass = pv_get_u8(b + 10);
	o->base_class = pv_get_u8(b + 11);
	o->cache_line_size = pv_get_u8(b + 12);
	o->latency_timer = pv_get_u8(b + 13);
	v = pv_get_u8(b + 14);
	o->header_type_rsvd = (uint8_t)(v & ~(uint64_t)255);
	o->layout = (uint8_t)((v >> 0) & 127);
	o->multi_function = (uint8_t)((v >> 7) & 1);
	o->bist = pv_get_u8(b + 15);
	for (i = 0; i < 6; i++)
		o->bar[i] = pv_get_u32(b + 16 + 4 * i);
	o->cardbus_cis = pv_get_u32(b + 40);
	o->subsys_vendor_id = pv_get_u16(b + 44);
	o->subsys_id = pv_get_u16(b + 46);
	o->rom_address = pv_get_u32(b + 48);
	o->cap_ptr = pv_get_u8(b + 52);
	memcpy(o->reserved0, b + 53, 3);
	o->reserved1 = pv_get_u32(b + 56);
	o->interrupt_line = pv_get_u8(b + 60);
	o->interrupt_pin = pv_get_u8(b + 61);
	o->min_gnt = pv_get_u8(b + 62);
	o->max_lat = pv_get_u8(b + 63);
	return PV_OK;
}

static enum pv_codec_err pci_type0_header_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct pci_type0_header *o = p;
	size_t i;
	uint64_t acc;

	if (o->command & ~(uint64_t)0x7ff)
		return PV_ERR_FLAGS;
	if (o->status & ~(uint64_t)0xffb9)
		return PV_ERR_FLAGS;
	if (o->layout > 127)
		return PV_ERR_RANGE;
	if (!pci_header_layout_valid((int64_t)o->layout))
		return PV_ERR_ENUM;
	if (o->multi_function > 1)
		return PV_ERR_RANGE;
	for (i = 0, acc = 0; i < 3; i++)
		acc |= (uint64_t)o->reserved0[i];
	if (acc != 0)
		return PV_ERR_RESERVED;
	if (o->reserved1 != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pci_type0_header_wr(const void *p, uint8_t *b)
{
	const struct pci_type0_header *in = p;
	size_t i;
	uint64_t v;

	pv_put_u16(b + 0, (uint16_t)(in->vendor_id));
	pv_put_u16(b + 2, (uint16_t)(in->device_id));
	pv_put_u16(b + 4, (uint16_t)(in->command));
	pv_put_u16(b + 6, (uint16_t)(in->status));
	pv_put_u8(b + 8, (uint8_t)(in->revision));
	pv_put_u8(b + 9, (uint8_t)(in->prog_if));
	pv_put_u8(b + 10, (uint8_t)(in->subclass));
	pv_put_u8(b + 11, (uint8_t)(in->base_class));
	pv_put_u8(b + 12, (uint8_t)(in->cache_line_size));
	pv_put_u8(b + 13, (uint8_t)(in->latency_timer));
	v = ((uint64_t)in->header_type_rsvd & ~(uint64_t)255)
	    | ((uint64_t)(in->layout & 127) << 0)
	    | ((uint64_t)(in->multi_function & 1) << 7);
	pv_put_u8(b + 14, (uint8_t)(v));
	pv_put_u8(b + 15, (uint8_t)(in->bist));
	for (i = 0; i < 6; i++)
		pv_put_u32(b + 16 + 4 * i, (uint32_t)(in->bar[i]));
	pv_put_u32(b + 40, (uint32_t)(in->cardbus_cis));
	pv_put_u16(b + 44, (uint16_t)(in->subsys_vendor_id));
	pv_put_u16(b + 46, (uint16_t)(in->subsys_id));
	pv_put_u32(b + 48, (uint32_t)(in->rom_address));
	pv_put_u8(b + 52, (uint8_t)(in->cap_ptr));
	memcpy(b + 53, in->reserved0, 3);
	pv_put_u32(b + 56, (uint32_t)(in->reserved1));
	pv_put_u8(b + 60, (uint8_t)(in->interrupt_line));
	pv_put_u8(b + 61, (uint8_t)(in->interrupt_pin));
	pv_put_u8(b + 62, (uint8_t)(in->min_gnt));
	pv_put_u8(b + 63, (uint8_t)(in->max_lat));
}

static const struct pv_struct_desc pci_type0_header_desc = {64, 64, false, false, pci_type0_header_rd, pci_type0_header_chk, pci_type0_header_wr, NULL};

enum pv_codec_err pci_type0_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_type0_header *out)
{
	return pv_decode(&pci_type0_header_desc, buf, len, ctx, out);
}

int pci_type0_header_encode(const struct pci_type0_header *in, void *buf, size_t cap)
{
	return pv_encode(&pci_type0_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pci_bar_mem_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pci_bar_mem *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->value_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->io_space = (uint8_t)((v >> 0) & 1);
	o->mem_type = (uint8_t)((v >> 1) & 3);
	o->prefetch = (uint8_t)((v >> 3) & 1);
	o->address = (uint32_t)((v >> 4) & 0xfffffff);
	return PV_OK;
}

static enum pv_codec_err pci_bar_mem_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct pci_bar_mem *o = p;

	if (o->io_space > 1)
		return PV_ERR_RANGE;
	if (o->mem_type > 3)
		return PV_ERR_RANGE;
	if (!pci_bar_mem_type_valid((int64_t)o->mem_type))
		return PV_ERR_ENUM;
	if (o->prefetch > 1)
		return PV_ERR_RANGE;
	if (o->address > 0xfffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pci_bar_mem_wr(const void *p, uint8_t *b)
{
	const struct pci_bar_mem *in = p;
	uint64_t v;

	v = ((uint64_t)in->value_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->io_space & 1) << 0)
	    | ((uint64_t)(in->mem_type & 3) << 1)
	    | ((uint64_t)(in->prefetch & 1) << 3)
	    | ((uint64_t)(in->address & 0xfffffff) << 4);
	pv_put_u32(b + 0, (uint32_t)(v));
}

static const struct pv_struct_desc pci_bar_mem_desc = {4, 4, false, false, pci_bar_mem_rd, pci_bar_mem_chk, pci_bar_mem_wr, NULL};

enum pv_codec_err pci_bar_mem_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_bar_mem *out)
{
	return pv_decode(&pci_bar_mem_desc, buf, len, ctx, out);
}

int pci_bar_mem_encode(const struct pci_bar_mem *in, void *buf, size_t cap)
{
	return pv_encode(&pci_bar_mem_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pci_cap_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pci_cap_header *o = p;

	o->cap_id = pv_get_u8(b + 0);
	o->next = pv_get_u8(b + 1);
	return PV_OK;
}

static void pci_cap_header_wr(const void *p, uint8_t *b)
{
	const struct pci_cap_header *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->cap_id));
	pv_put_u8(b + 1, (uint8_t)(in->next));
}

static const struct pv_struct_desc pci_cap_header_desc = {2, 2, false, false, pci_cap_header_rd, NULL, pci_cap_header_wr, NULL};

enum pv_codec_err pci_cap_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_cap_header *out)
{
	return pv_decode(&pci_cap_header_desc, buf, len, ctx, out);
}

int pci_cap_header_encode(const struct pci_cap_header *in, void *buf, size_t cap)
{
	return pv_encode(&pci_cap_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pci_msix_cap_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pci_msix_cap *o = p;
	uint64_t v;

	o->cap_id = pv_get_u8(b + 0);
	o->next = pv_get_u8(b + 1);
	v = pv_get_u16(b + 2);
	o->control_rsvd = (uint16_t)(v & ~(uint64_t)0xc7ff);
	o->table_size = (uint16_t)((v >> 0) & 0x7ff);
	o->function_mask = (uint8_t)((v >> 14) & 1);
	o->enable = (uint8_t)((v >> 15) & 1);
	v = pv_get_u32(b + 4);
	o->table_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->table_bir = (uint8_t)((v >> 0) & 7);
	o->table_offset = (uint32_t)((v >> 3) & 0x1fffffff);
	v = pv_get_u32(b + 8);
	o->pba_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->pba_bir = (uint8_t)((v >> 0) & 7);
	o->pba_offset = (uint32_t)((v >> 3) & 0x1fffffff);
	return PV_OK;
}

static enum pv_codec_err pci_msix_cap_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct pci_msix_cap *o = p;

	if ((how & PV_CHK_DECODE) && o->cap_id != 17)
		return PV_ERR_CONST;
	if (o->table_size > 0x7ff)
		return PV_ERR_RANGE;
	if (o->function_mask > 1)
		return PV_ERR_RANGE;
	if (o->enable > 1)
		return PV_ERR_RANGE;
	if (o->table_bir > 7)
		return PV_ERR_RANGE;
	if (o->table_offset > 0x1fffffff)
		return PV_ERR_RANGE;
	if (o->pba_bir > 7)
		return PV_ERR_RANGE;
	if (o->pba_offset > 0x1fffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pci_msix_cap_wr(const void *p, uint8_t *b)
{
	const struct pci_msix_cap *in = p;
	uint64_t v;

	pv_put_u8(b + 0, (uint8_t)(17));
	pv_put_u8(b + 1, (uint8_t)(in->next));
	v = ((uint64_t)in->control_rsvd & ~(uint64_t)0xc7ff)
	    | ((uint64_t)(in->table_size & 0x7ff) << 0)
	    | ((uint64_t)(in->function_mask & 1) << 14)
	    | ((uint64_t)(in->enable & 1) << 15);
	pv_put_u16(b + 2, (uint16_t)(v));
	v = ((uint64_t)in->table_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->table_bir & 7) << 0)
	    | ((uint64_t)(in->table_offset & 0x1fffffff) << 3);
	pv_put_u32(b + 4, (uint32_t)(v));
	v = ((uint64_t)in->pba_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->pba_bir & 7) << 0)
	    | ((uint64_t)(in->pba_offset & 0x1fffffff) << 3);
	pv_put_u32(b + 8, (uint32_t)(v));
}

static const struct pv_struct_desc pci_msix_cap_desc = {12, 12, false, false, pci_msix_cap_rd, pci_msix_cap_chk, pci_msix_cap_wr, NULL};

enum pv_codec_err pci_msix_cap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_msix_cap *out)
{
	return pv_decode(&pci_msix_cap_desc, buf, len, ctx, out);
}

int pci_msix_cap_encode(const struct pci_msix_cap *in, void *buf, size_t cap)
{
	return pv_encode(&pci_msix_cap_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pci_msix_entry_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pci_msix_entry *o = p;
	uint64_t v;

	o->addr_lo = pv_get_u32(b + 0);
	o->addr_hi = pv_get_u32(b + 4);
	o->data = pv_get_u32(b + 8);
	v = pv_get_u32(b + 12);
	o->vector_ctrl_rsvd = (uint32_t)(v & ~(uint64_t)1);
	o->mask = (uint8_t)((v >> 0) & 1);
	return PV_OK;
}

static enum pv_codec_err pci_msix_entry_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct pci_msix_entry *o = p;

	if (o->mask > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pci_msix_entry_wr(const void *p, uint8_t *b)
{
	const struct pci_msix_entry *in = p;
	uint64_t v;

	pv_put_u32(b + 0, (uint32_t)(in->addr_lo));
	pv_put_u32(b + 4, (uint32_t)(in->addr_hi));
	pv_put_u32(b + 8, (uint32_t)(in->data));
	v = ((uint64_t)in->vector_ctrl_rsvd & ~(uint64_t)1)
	    | ((uint64_t)(in->mask & 1) << 0);
	pv_put_u32(b + 12, (uint32_t)(v));
}

static const struct pv_struct_desc pci_msix_entry_desc = {16, 16, false, false, pci_msix_entry_rd, pci_msix_entry_chk, pci_msix_entry_wr, NULL};

enum pv_codec_err pci_msix_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pci_msix_entry *out)
{
	return pv_decode(&pci_msix_entry_desc, buf, len, ctx, out);
}

int pci_msix_entry_encode(const struct pci_msix_entry *in, void *buf, size_t cap)
{
	return pv_encode(&pci_msix_entry_desc, in, NULL, 0, buf, cap);
}

