/* DO NOT EDIT: generated from spec/pcitest.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "pcitest_codec.h"

const struct pv_name pcitest_command_names[2] = {
	{1, "FILL"},
	{2, "SUM"},
};

const char *pcitest_command_name(uint32_t v)
{
	const char *n = pv_name_find(pcitest_command_names, 2, v);

	return n ? n : "?";
}

const struct pv_name pcitest_result_names[5] = {
	{0, "OK"},
	{1, "DMA_FAULT"},
	{2, "BAD_LENGTH"},
	{3, "BAD_COMMAND"},
	{0xffffffffU, "NONE"},
};

const char *pcitest_result_name(uint32_t v)
{
	const char *n = pv_name_find(pcitest_result_names, 5, v);

	return n ? n : "?";
}

static void pcitest_regs_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcitest_regs *s = p;

	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " scratch=%llu", (unsigned long long)s->scratch);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " dma_addr=0x%llx", (unsigned long long)s->dma_addr);
	pv_fmt_add(fm, " dma_len=%llu", (unsigned long long)s->dma_len);
	pv_fmt_add(fm, " pattern=%llu", (unsigned long long)s->pattern);
	pv_fmt_add(fm, " command=%s(%lld)", pcitest_command_name((uint32_t)s->command), (long long)s->command);
	pv_fmt_add(fm, " result=%s(%lld)", pcitest_result_name((uint32_t)s->result), (long long)s->result);
	pv_fmt_add(fm, " checksum=%llu", (unsigned long long)s->checksum);
	pv_fmt_add(fm, " irq=%llu", (unsigned long long)s->irq);
	pv_fmt_add(fm, " irq_count=%llu", (unsigned long long)s->irq_count);
}

int pcitest_regs_format(const struct pcitest_regs *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "regs", pcitest_regs_fmt, s);
}

