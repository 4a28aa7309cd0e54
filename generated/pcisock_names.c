/* DO NOT EDIT: generated from spec/pcisock.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "pcisock_codec.h"

const struct pv_name pcisock_msg_type_names[13] = {
	{1, "HELLO"},
	{2, "BAR_READ"},
	{3, "BAR_WRITE"},
	{4, "DMA_MAP"},
	{5, "DMA_UNMAP"},
	{6, "IRQ_SET"},
	{7, "BUS_MASTER"},
	{8, "RESET"},
	{9, "STATS"},
	{129, "HELLO_REPLY"},
	{130, "READ_REPLY"},
	{131, "STATUS"},
	{137, "STATS_REPLY"},
};

const char *pcisock_msg_type_name(uint32_t v)
{
	const char *n = pv_name_find(pcisock_msg_type_names, 13, v);

	return n ? n : "?";
}

const struct pv_name pcisock_width_names[2] = {
	{4, "W32"},
	{8, "W64"},
};

const char *pcisock_width_name(uint32_t v)
{
	const char *n = pv_name_find(pcisock_width_names, 2, v);

	return n ? n : "?";
}

const uint32_t pcisock_versions[PCISOCK_VERSION_COUNT] = {
	PCISOCK_VERSION_V1,
};

const char *pcisock_version_name(uint32_t v)
{
	switch (v) {
	case PCISOCK_VERSION_V1:
		return "1";
	default:
		return NULL;
	}
}

static void pcisock_hdr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_hdr *s = p;

	pv_fmt_add(fm, " type=%s(%lld)", pcisock_msg_type_name((uint32_t)s->type), (long long)s->type);
	pv_fmt_add(fm, " seq=%llu", (unsigned long long)s->seq);
}

int pcisock_hdr_format(const struct pcisock_hdr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "hdr", pcisock_hdr_fmt, s);
}

static void pcisock_hello_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_hello *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pcisock_hello_format(const struct pcisock_hello *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "hello", pcisock_hello_fmt, s);
}

static void pcisock_hello_reply_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_hello_reply *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " pid=%llu", (unsigned long long)s->pid);
	pv_fmt_add(fm, " vendor=%llu", (unsigned long long)s->vendor);
	pv_fmt_add(fm, " device=%llu", (unsigned long long)s->device);
	pv_fmt_add(fm, " class_code=%llu", (unsigned long long)s->class_code);
	pv_fmt_add(fm, " msix_vectors=%llu", (unsigned long long)s->msix_vectors);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " bar_size={");
	for (i = 0; i < 6; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->bar_size[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " name=");
	pv_fmt_bytes(fm, s->name, 32);
}

int pcisock_hello_reply_format(const struct pcisock_hello_reply *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "hello_reply", pcisock_hello_reply_fmt, s);
}

static void pcisock_bar_read_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_bar_read *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " bar=%llu", (unsigned long long)s->bar);
	pv_fmt_add(fm, " width=%s(%lld)", pcisock_width_name((uint32_t)s->width), (long long)s->width);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " offset=0x%llx", (unsigned long long)s->offset);
}

int pcisock_bar_read_format(const struct pcisock_bar_read *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "bar_read", pcisock_bar_read_fmt, s);
}

static void pcisock_read_reply_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_read_reply *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " status=%lld", (long long)s->status);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
}

int pcisock_read_reply_format(const struct pcisock_read_reply *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "read_reply", pcisock_read_reply_fmt, s);
}

static void pcisock_bar_write_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_bar_write *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " bar=%llu", (unsigned long long)s->bar);
	pv_fmt_add(fm, " width=%s(%lld)", pcisock_width_name((uint32_t)s->width), (long long)s->width);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " offset=0x%llx", (unsigned long long)s->offset);
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
}

int pcisock_bar_write_format(const struct pcisock_bar_write *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "bar_write", pcisock_bar_write_fmt, s);
}

static void pcisock_dma_map_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_dma_map *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " iova=0x%llx", (unsigned long long)s->iova);
	pv_fmt_add(fm, " len=0x%llx", (unsigned long long)s->len);
	pv_fmt_add(fm, " fd_offset=0x%llx", (unsigned long long)s->fd_offset);
}

int pcisock_dma_map_format(const struct pcisock_dma_map *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "dma_map", pcisock_dma_map_fmt, s);
}

static void pcisock_dma_unmap_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_dma_unmap *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " iova=0x%llx", (unsigned long long)s->iova);
	pv_fmt_add(fm, " len=0x%llx", (unsigned long long)s->len);
}

int pcisock_dma_unmap_format(const struct pcisock_dma_unmap *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "dma_unmap", pcisock_dma_unmap_fmt, s);
}

static void pcisock_irq_set_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_irq_set *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " vector=%llu", (unsigned long long)s->vector);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
}

int pcisock_irq_set_format(const struct pcisock_irq_set *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "irq_set", pcisock_irq_set_fmt, s);
}

static void pcisock_bus_master_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_bus_master *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " enable=%llu", (unsigned long long)s->enable);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pcisock_bus_master_format(const struct pcisock_bus_master *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "bus_master", pcisock_bus_master_fmt, s);
}

static void pcisock_bare_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_bare *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
}

int pcisock_bare_format(const struct pcisock_bare *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "bare", pcisock_bare_fmt, s);
}

static void pcisock_status_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_status *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " status=%lld", (long long)s->status);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pcisock_status_format(const struct pcisock_status *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "status", pcisock_status_fmt, s);
}

static void pcisock_stats_reply_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pcisock_stats_reply *s = p;

	pv_fmt_sub(fm, " hdr={", pcisock_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " status=%lld", (long long)s->status);
	pv_fmt_add(fm, " maps=%llu", (unsigned long long)s->maps);
	pv_fmt_add(fm, " enables=0x%llx", (unsigned long long)s->enables);
	pv_fmt_add(fm, " resets=0x%llx", (unsigned long long)s->resets);
	pv_fmt_add(fm, " admin_commands=0x%llx", (unsigned long long)s->admin_commands);
	pv_fmt_add(fm, " io_commands=0x%llx", (unsigned long long)s->io_commands);
	pv_fmt_add(fm, " completions=0x%llx", (unsigned long long)s->completions);
	pv_fmt_add(fm, " dma_faults=0x%llx", (unsigned long long)s->dma_faults);
	pv_fmt_add(fm, " irqs=0x%llx", (unsigned long long)s->irqs);
	pv_fmt_add(fm, " irqs_dropped=0x%llx", (unsigned long long)s->irqs_dropped);
	pv_fmt_add(fm, " requests=0x%llx", (unsigned long long)s->requests);
	pv_fmt_add(fm, " bad_requests=0x%llx", (unsigned long long)s->bad_requests);
}

int pcisock_stats_reply_format(const struct pcisock_stats_reply *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "stats_reply", pcisock_stats_reply_fmt, s);
}

/* Printers by table row and variant. */
static void (*const pcisock_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{pcisock_hello_fmt},	/* HELLO */
	{pcisock_bar_read_fmt},	/* BAR_READ */
	{pcisock_bar_write_fmt},	/* BAR_WRITE */
	{pcisock_dma_map_fmt},	/* DMA_MAP */
	{pcisock_dma_unmap_fmt},	/* DMA_UNMAP */
	{pcisock_irq_set_fmt},	/* IRQ_SET */
	{pcisock_bus_master_fmt},	/* BUS_MASTER */
	{pcisock_bare_fmt},	/* RESET */
	{pcisock_bare_fmt},	/* STATS */
	{pcisock_hello_reply_fmt},	/* HELLO_REPLY */
	{pcisock_read_reply_fmt},	/* READ_REPLY */
	{pcisock_status_fmt},	/* STATUS */
	{pcisock_stats_reply_fmt},	/* STATS_REPLY */
};

int pcisock_msg_format(const struct pcisock_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = pcisock_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !pcisock_msg_fmts[d - pcisock_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		pcisock_msg_fmts[d - pcisock_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
