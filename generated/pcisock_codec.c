/* DO NOT EDIT: generated from spec/pcisock.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "pcisock_codec.h"

static bool pcisock_msg_type_valid(int64_t v)
{
	switch (v) {
	case 1: case 2: case 3: case 4: case 5: case 6:
	case 7: case 8: case 9: case 129: case 130: case 131:
	case 137:
		return true;
	default:
		return false;
	}
}

static bool pcisock_width_valid(int64_t v)
{
	return v == 4 ||
	       v == 8;
}

static enum pv_codec_err pcisock_hdr_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pcisock_hdr *o = p;

	o->type = pv_get_u32(b + 0);
	o->seq = pv_get_u32(b + 4);
	return PV_OK;
}

static enum pv_codec_err pcisock_hdr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct pcisock_hdr *o = p;

	if (!(how & PV_CHK_STAMPED) && !pcisock_msg_type_valid((int64_t)o->type))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void pcisock_hdr_wr(const void *p, uint8_t *b)
{
	const struct pcisock_hdr *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->type));
	pv_put_u32(b + 4, (uint32_t)(in->seq));
}

static const struct pv_struct_desc pcisock_hdr_desc = {8, 8, false, false, pcisock_hdr_rd, pcisock_hdr_chk, pcisock_hdr_wr, NULL};

enum pv_codec_err pcisock_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_hdr *out)
{
	return pv_decode(&pcisock_hdr_desc, buf, len, ctx, out);
}

int pcisock_hdr_encode(const struct pcisock_hdr *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_hdr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_hello_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_hello *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->version = pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err pcisock_hello_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_hello *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->version < 1 || o->version > 1)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pcisock_hello_wr(const void *p, uint8_t *b)
{
	const struct pcisock_hello *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->version));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pcisock_hello_desc = {16, 16, false, false, pcisock_hello_rd, pcisock_hello_chk, pcisock_hello_wr, NULL};

enum pv_codec_err pcisock_hello_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_hello *out)
{
	return pv_decode(&pcisock_hello_desc, buf, len, ctx, out);
}

int pcisock_hello_encode(const struct pcisock_hello *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_hello_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_hello_reply_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_hello_reply *o = p;
	size_t i;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->version = pv_get_u32(b + 8);
	o->pid = pv_get_u32(b + 12);
	o->vendor = pv_get_u16(b + 16);
	o->device = pv_get_u16(b + 18);
	o->class_code = pv_get_u32(b + 20);
	o->msix_vectors = pv_get_u32(b + 24);
	o->reserved = pv_get_u32(b + 28);
	for (i = 0; i < 6; i++)
		o->bar_size[i] = pv_get_u64(b + 32 + 8 * i);
	memcpy(o->name, b + 80, 32);
	return PV_OK;
}

static enum pv_codec_err pcisock_hello_reply_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_hello_reply *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->version < 1 || o->version > 1)
		return PV_ERR_RANGE;
	if (o->pid < 1 || o->pid > 0x7fffffff)
		return PV_ERR_RANGE;
	if (o->class_code > 0xffffff)
		return PV_ERR_RANGE;
	if (o->msix_vectors > 0x800)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pcisock_hello_reply_wr(const void *p, uint8_t *b)
{
	const struct pcisock_hello_reply *in = p;
	size_t i;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->version));
	pv_put_u32(b + 12, (uint32_t)(in->pid));
	pv_put_u16(b + 16, (uint16_t)(in->vendor));
	pv_put_u16(b + 18, (uint16_t)(in->device));
	pv_put_u32(b + 20, (uint32_t)(in->class_code));
	pv_put_u32(b + 24, (uint32_t)(in->msix_vectors));
	pv_put_u32(b + 28, (uint32_t)(in->reserved));
	for (i = 0; i < 6; i++)
		pv_put_u64(b + 32 + 8 * i, (uint64_t)(in->bar_size[i]));
	memcpy(b + 80, in->name, 32);
}

static const struct pv_struct_desc pcisock_hello_reply_desc = {112, 112, false, false, pcisock_hello_reply_rd, pcisock_hello_reply_chk, pcisock_hello_reply_wr, NULL};

enum pv_codec_err pcisock_hello_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_hello_reply *out)
{
	return pv_decode(&pcisock_hello_reply_desc, buf, len, ctx, out);
}

int pcisock_hello_reply_encode(const struct pcisock_hello_reply *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_hello_reply_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_bar_read_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_bar_read *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->bar = pv_get_u8(b + 8);
	o->width = pv_get_u8(b + 9);
	o->reserved = pv_get_u16(b + 10);
	o->reserved2 = pv_get_u32(b + 12);
	o->offset = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err pcisock_bar_read_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_bar_read *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->bar > 5)
		return PV_ERR_RANGE;
	if (!pcisock_width_valid((int64_t)o->width))
		return PV_ERR_ENUM;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (o->reserved2 != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->offset % (uint64_t)o->width == UINT64_C(0)))	/* offset % width == 0 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pcisock_bar_read_wr(const void *p, uint8_t *b)
{
	const struct pcisock_bar_read *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->bar));
	pv_put_u8(b + 9, (uint8_t)(in->width));
	pv_put_u16(b + 10, (uint16_t)(in->reserved));
	pv_put_u32(b + 12, (uint32_t)(in->reserved2));
	pv_put_u64(b + 16, (uint64_t)(in->offset));
}

static const struct pv_struct_desc pcisock_bar_read_desc = {24, 24, false, false, pcisock_bar_read_rd, pcisock_bar_read_chk, pcisock_bar_read_wr, NULL};

enum pv_codec_err pcisock_bar_read_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bar_read *out)
{
	return pv_decode(&pcisock_bar_read_desc, buf, len, ctx, out);
}

int pcisock_bar_read_encode(const struct pcisock_bar_read *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_bar_read_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_read_reply_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_read_reply *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->status = (int32_t)pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	o->value = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err pcisock_read_reply_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_read_reply *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->status < (-4095) || o->status > 0)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pcisock_read_reply_wr(const void *p, uint8_t *b)
{
	const struct pcisock_read_reply *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->status));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
	pv_put_u64(b + 16, (uint64_t)(in->value));
}

static const struct pv_struct_desc pcisock_read_reply_desc = {24, 24, false, false, pcisock_read_reply_rd, pcisock_read_reply_chk, pcisock_read_reply_wr, NULL};

enum pv_codec_err pcisock_read_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_read_reply *out)
{
	return pv_decode(&pcisock_read_reply_desc, buf, len, ctx, out);
}

int pcisock_read_reply_encode(const struct pcisock_read_reply *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_read_reply_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_bar_write_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_bar_write *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->bar = pv_get_u8(b + 8);
	o->width = pv_get_u8(b + 9);
	o->reserved = pv_get_u16(b + 10);
	o->reserved2 = pv_get_u32(b + 12);
	o->offset = pv_get_u64(b + 16);
	o->value = pv_get_u64(b + 24);
	return PV_OK;
}

static enum pv_codec_err pcisock_bar_write_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_bar_write *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->bar > 5)
		return PV_ERR_RANGE;
	if (!pcisock_width_valid((int64_t)o->width))
		return PV_ERR_ENUM;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (o->reserved2 != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->offset % (uint64_t)o->width == UINT64_C(0)))	/* offset % width == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->width == UINT64_C(8) || (uint64_t)o->value <= UINT64_C(4294967295)))	/* width == 8 || value <= 4294967295 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pcisock_bar_write_wr(const void *p, uint8_t *b)
{
	const struct pcisock_bar_write *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u8(b + 8, (uint8_t)(in->bar));
	pv_put_u8(b + 9, (uint8_t)(in->width));
	pv_put_u16(b + 10, (uint16_t)(in->reserved));
	pv_put_u32(b + 12, (uint32_t)(in->reserved2));
	pv_put_u64(b + 16, (uint64_t)(in->offset));
	pv_put_u64(b + 24, (uint64_t)(in->value));
}

static const struct pv_struct_desc pcisock_bar_write_desc = {32, 32, false, false, pcisock_bar_write_rd, pcisock_bar_write_chk, pcisock_bar_write_wr, NULL};

enum pv_codec_err pcisock_bar_write_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bar_write *out)
{
	return pv_decode(&pcisock_bar_write_desc, buf, len, ctx, out);
}

int pcisock_bar_write_encode(const struct pcisock_bar_write *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_bar_write_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_dma_map_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_dma_map *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->iova = pv_get_u64(b + 8);
	o->len = pv_get_u64(b + 16);
	o->fd_offset = pv_get_u64(b + 24);
	return PV_OK;
}

static enum pv_codec_err pcisock_dma_map_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_dma_map *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->len < 0x1000 || o->len > UINT64_C(0x10000000000))
		return PV_ERR_RANGE;
	if (!((uint64_t)o->iova % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->len % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->fd_offset % UINT64_C(4096) == UINT64_C(0)))	/* iova % 4096 == 0 && len % 4096 == 0 && fd_offset % 4096 == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->iova + (uint64_t)o->len > (uint64_t)o->iova && (uint64_t)o->fd_offset + (uint64_t)o->len > (uint64_t)o->fd_offset))	/* iova + len > iova && fd_offset + len > fd_offset */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pcisock_dma_map_wr(const void *p, uint8_t *b)
{
	const struct pcisock_dma_map *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 8, (uint64_t)(in->iova));
	pv_put_u64(b + 16, (uint64_t)(in->len));
	pv_put_u64(b + 24, (uint64_t)(in->fd_offset));
}

static const struct pv_struct_desc pcisock_dma_map_desc = {32, 32, false, false, pcisock_dma_map_rd, pcisock_dma_map_chk, pcisock_dma_map_wr, NULL};

enum pv_codec_err pcisock_dma_map_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_dma_map *out)
{
	return pv_decode(&pcisock_dma_map_desc, buf, len, ctx, out);
}

int pcisock_dma_map_encode(const struct pcisock_dma_map *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_dma_map_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_dma_unmap_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_dma_unmap *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->iova = pv_get_u64(b + 8);
	o->len = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err pcisock_dma_unmap_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_dma_unmap *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->len < 0x1000 || o->len > UINT64_C(0x10000000000))
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pcisock_dma_unmap_wr(const void *p, uint8_t *b)
{
	const struct pcisock_dma_unmap *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 8, (uint64_t)(in->iova));
	pv_put_u64(b + 16, (uint64_t)(in->len));
}

static const struct pv_struct_desc pcisock_dma_unmap_desc = {24, 24, false, false, pcisock_dma_unmap_rd, pcisock_dma_unmap_chk, pcisock_dma_unmap_wr, NULL};

enum pv_codec_err pcisock_dma_unmap_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_dma_unmap *out)
{
	return pv_decode(&pcisock_dma_unmap_desc, buf, len, ctx, out);
}

int pcisock_dma_unmap_encode(const struct pcisock_dma_unmap *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_dma_unmap_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_irq_set_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_irq_set *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->vector = pv_get_u32(b + 8);
	o->flags = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err pcisock_irq_set_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_irq_set *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->vector > 0x7ff)
		return PV_ERR_RANGE;
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

static void pcisock_irq_set_wr(const void *p, uint8_t *b)
{
	const struct pcisock_irq_set *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->vector));
	pv_put_u32(b + 12, (uint32_t)(in->flags));
}

static const struct pv_struct_desc pcisock_irq_set_desc = {16, 16, false, false, pcisock_irq_set_rd, pcisock_irq_set_chk, pcisock_irq_set_wr, NULL};

enum pv_codec_err pcisock_irq_set_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_irq_set *out)
{
	return pv_decode(&pcisock_irq_set_desc, buf, len, ctx, out);
}

int pcisock_irq_set_encode(const struct pcisock_irq_set *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_irq_set_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_bus_master_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_bus_master *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->enable = pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err pcisock_bus_master_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_bus_master *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->enable > 1)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pcisock_bus_master_wr(const void *p, uint8_t *b)
{
	const struct pcisock_bus_master *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->enable));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pcisock_bus_master_desc = {16, 16, false, false, pcisock_bus_master_rd, pcisock_bus_master_chk, pcisock_bus_master_wr, NULL};

enum pv_codec_err pcisock_bus_master_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bus_master *out)
{
	return pv_decode(&pcisock_bus_master_desc, buf, len, ctx, out);
}

int pcisock_bus_master_encode(const struct pcisock_bus_master *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_bus_master_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_bare_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_bare *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	return PV_OK;
}

static enum pv_codec_err pcisock_bare_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_bare *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void pcisock_bare_wr(const void *p, uint8_t *b)
{
	const struct pcisock_bare *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
}

static const struct pv_struct_desc pcisock_bare_desc = {8, 8, false, false, pcisock_bare_rd, pcisock_bare_chk, pcisock_bare_wr, NULL};

enum pv_codec_err pcisock_bare_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_bare *out)
{
	return pv_decode(&pcisock_bare_desc, buf, len, ctx, out);
}

int pcisock_bare_encode(const struct pcisock_bare *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_bare_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_status_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_status *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->status = (int32_t)pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err pcisock_status_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_status *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->status < (-4095) || o->status > 0)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pcisock_status_wr(const void *p, uint8_t *b)
{
	const struct pcisock_status *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->status));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pcisock_status_desc = {16, 16, false, false, pcisock_status_rd, pcisock_status_chk, pcisock_status_wr, NULL};

enum pv_codec_err pcisock_status_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_status *out)
{
	return pv_decode(&pcisock_status_desc, buf, len, ctx, out);
}

int pcisock_status_encode(const struct pcisock_status *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_status_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pcisock_stats_reply_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pcisock_stats_reply *o = p;

	pcisock_hdr_rd(b + 0, len, &o->hdr, end);
	o->status = (int32_t)pv_get_u32(b + 8);
	o->maps = pv_get_u32(b + 12);
	o->enables = pv_get_u64(b + 16);
	o->resets = pv_get_u64(b + 24);
	o->admin_commands = pv_get_u64(b + 32);
	o->io_commands = pv_get_u64(b + 40);
	o->completions = pv_get_u64(b + 48);
	o->dma_faults = pv_get_u64(b + 56);
	o->irqs = pv_get_u64(b + 64);
	o->irqs_dropped = pv_get_u64(b + 72);
	o->requests = pv_get_u64(b + 80);
	o->bad_requests = pv_get_u64(b + 88);
	return PV_OK;
}

static enum pv_codec_err pcisock_stats_reply_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pcisock_stats_reply *o = p;
	enum pv_codec_err err;

	err = pcisock_hdr_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->status < (-4095) || o->status > 0)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pcisock_stats_reply_wr(const void *p, uint8_t *b)
{
	const struct pcisock_stats_reply *in = p;

	pcisock_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->status));
	pv_put_u32(b + 12, (uint32_t)(in->maps));
	pv_put_u64(b + 16, (uint64_t)(in->enables));
	pv_put_u64(b + 24, (uint64_t)(in->resets));
	pv_put_u64(b + 32, (uint64_t)(in->admin_commands));
	pv_put_u64(b + 40, (uint64_t)(in->io_commands));
	pv_put_u64(b + 48, (uint64_t)(in->completions));
	pv_put_u64(b + 56, (uint64_t)(in->dma_faults));
	pv_put_u64(b + 64, (uint64_t)(in->irqs));
	pv_put_u64(b + 72, (uint64_t)(in->irqs_dropped));
	pv_put_u64(b + 80, (uint64_t)(in->requests));
	pv_put_u64(b + 88, (uint64_t)(in->bad_requests));
}

static const struct pv_struct_desc pcisock_stats_reply_desc = {96, 96, false, false, pcisock_stats_reply_rd, pcisock_stats_reply_chk, pcisock_stats_reply_wr, NULL};

enum pv_codec_err pcisock_stats_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_stats_reply *out)
{
	return pv_decode(&pcisock_stats_reply_desc, buf, len, ctx, out);
}

int pcisock_stats_reply_encode(const struct pcisock_stats_reply *in, void *buf, size_t cap)
{
	return pv_encode(&pcisock_stats_reply_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant pcisock_msg_variants[] = {
	{&pcisock_hello_desc, 0, 0, 0, 0},	/* HELLO */
	{&pcisock_bar_read_desc, 0, 0, 0, 0},	/* BAR_READ */
	{&pcisock_bar_write_desc, 0, 0, 0, 0},	/* BAR_WRITE */
	{&pcisock_dma_map_desc, 0, 0, 0, 0},	/* DMA_MAP */
	{&pcisock_dma_unmap_desc, 0, 0, 0, 0},	/* DMA_UNMAP */
	{&pcisock_irq_set_desc, 0, 0, 0, 0},	/* IRQ_SET */
	{&pcisock_bus_master_desc, 0, 0, 0, 0},	/* BUS_MASTER */
	{&pcisock_bare_desc, 0, 0, 0, 0},	/* RESET */
	{&pcisock_bare_desc, 0, 0, 0, 0},	/* STATS */
	{&pcisock_hello_reply_desc, 0, 0, 0, 0},	/* HELLO_REPLY */
	{&pcisock_read_reply_desc, 0, 0, 0, 0},	/* READ_REPLY */
	{&pcisock_status_desc, 0, 0, 0, 0},	/* STATUS */
	{&pcisock_stats_reply_desc, 0, 0, 0, 0},	/* STATS_REPLY */
};

const struct pv_msg_desc pcisock_msg_table[] = {
	{1, "HELLO", 16, 16, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, hello), 0, 1},
	{2, "BAR_READ", 24, 24, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, bar_read), 1, 1},
	{3, "BAR_WRITE", 32, 32, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, bar_write), 2, 1},
	{4, "DMA_MAP", 32, 32, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, dma_map), 3, 1},
	{5, "DMA_UNMAP", 24, 24, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, dma_unmap), 4, 1},
	{6, "IRQ_SET", 16, 16, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, irq_set), 5, 1},
	{7, "BUS_MASTER", 16, 16, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, bus_master), 6, 1},
	{8, "RESET", 8, 8, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, reset), 7, 1},
	{9, "STATS", 8, 8, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct pcisock_msg_handlers, stats), 8, 1},
	{129, "HELLO_REPLY", 112, 112, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct pcisock_msg_handlers, hello_reply), 9, 1},
	{130, "READ_REPLY", 24, 24, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct pcisock_msg_handlers, read_reply), 10, 1},
	{131, "STATUS", 16, 16, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct pcisock_msg_handlers, status), 11, 1},
	{137, "STATS_REPLY", 96, 96, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct pcisock_msg_handlers, stats_reply), 12, 1},
};
const size_t pcisock_msg_table_count = sizeof(pcisock_msg_table) / sizeof(pcisock_msg_table[0]);

const struct pv_msg_desc *pcisock_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &pcisock_msg_table[0];
	case 2:
		return &pcisock_msg_table[1];
	case 3:
		return &pcisock_msg_table[2];
	case 4:
		return &pcisock_msg_table[3];
	case 5:
		return &pcisock_msg_table[4];
	case 6:
		return &pcisock_msg_table[5];
	case 7:
		return &pcisock_msg_table[6];
	case 8:
		return &pcisock_msg_table[7];
	case 9:
		return &pcisock_msg_table[8];
	case 129:
		return &pcisock_msg_table[9];
	case 130:
		return &pcisock_msg_table[10];
	case 131:
		return &pcisock_msg_table[11];
	case 137:
		return &pcisock_msg_table[12];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab pcisock_msg_tab = {
	pcisock_msg_table, sizeof(pcisock_msg_table) / sizeof(pcisock_msg_table[0]), pcisock_msg_variants, 0, 4,
	pcisock_msg_lookup,
};

enum pv_codec_err pcisock_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcisock_msg *out)
{
	return pv_msg_decode(&pcisock_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int pcisock_msg_encode(const struct pcisock_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&pcisock_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int pcisock_msg_dispatch(const struct pcisock_msg_handlers *h, void *ctx, const struct pcisock_msg *m)
{
	const struct pv_msg_desc *d = pcisock_msg_lookup(m->type);
	pcisock_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}
