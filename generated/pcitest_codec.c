/* DO NOT EDIT: generated from spec/pcitest.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "pcitest_codec.h"

static bool pcitest_command_valid(int64_t v)
{
	return v >= 1 && v <= 2;
}

static bool pcitest_result_valid(int64_t v)
{
	return (v >= 0 && v <= 3) ||
	       v == 0xffffffffU;
}

static enum pv_codec_err pcitest_regs_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pcitest_regs *o = p;

	o->id = pv_get_u32(b + 0);
	o->version = pv_get_u32(b + 4);
	o->scratch = pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	o->dma_addr = pv_get_u64(b + 16);
	o->dma_len = pv_get_u32(b + 24);
	o->pattern = pv_get_u32(b + 28);
	o->command = pv_get_u32(b + 32);
	o->result = pv_get_u32(b + 36);
	o->checksum = pv_get_u32(b + 40);
	o->irq = pv_get_u32(b + 44);
	o->irq_count = pv_get_u32(b + 48);
	return PV_OK;
}

static enum pv_codec_err pcitest_regs_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct pcitest_regs *o = p;

	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!pcitest_command_valid((int64_t)o->command))
		return PV_ERR_ENUM;
	if (!pcitest_result_valid((int64_t)o->result))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void pcitest_regs_wr(const void *p, uint8_t *b)
{
	const struct pcitest_regs *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->id));
	pv_put_u32(b + 4, (uint32_t)(in->version));
	pv_put_u32(b + 8, (uint32_t)(in->scratch));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
	pv_put_u64(b + 16, (uint64_t)(in->dma_addr));
	pv_put_u32(b + 24, (uint32_t)(in->dma_len));
	pv_put_u32(b + 28, (uint32_t)(in->pattern));
	pv_put_u32(b + 32, (uint32_t)(in->command));
	pv_put_u32(b + 36, (uint32_t)(in->result));
	pv_put_u32(b + 40, (uint32_t)(in->checksum));
	pv_put_u32(b + 44, (uint32_t)(in->irq));
	pv_put_u32(b + 48, (uint32_t)(in->irq_count));
}

static const struct pv_struct_desc pcitest_regs_desc = {52, 52, false, false, pcitest_regs_rd, pcitest_regs_chk, pcitest_regs_wr, NULL};

enum pv_codec_err pcitest_regs_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pcitest_regs *out)
{
	return pv_decode(&pcitest_regs_desc, buf, len, ctx, out);
}

int pcitest_regs_encode(const struct pcitest_regs *in, void *buf, size_t cap)
{
	return pv_encode(&pcitest_regs_desc, in, NULL, 0, buf, cap);
}

