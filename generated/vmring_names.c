/* DO NOT EDIT: generated from spec/vmring.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "vmring_codec.h"

const struct pv_name vmring_pkt_names[14] = {
	{0, "INVALID"},
	{1, "SYNCH"},
	{2, "ADD_XFER_PAGESET"},
	{3, "RM_XFER_PAGESET"},
	{4, "ESTABLISH_GPADL"},
	{5, "TEARDOWN_GPADL"},
	{6, "DATA_INBAND"},
	{7, "DATA_USING_XFER_PAGES"},
	{8, "DATA_USING_GPADL"},
	{9, "DATA_USING_GPA_DIRECT"},
	{10, "CANCEL_REQUEST"},
	{11, "COMP"},
	{12, "DATA_USING_ADDITIONAL_PKT"},
	{13, "ADDITIONAL_DATA"},
};

const char *vmring_pkt_name(uint32_t v)
{
	const char *n = pv_name_find(vmring_pkt_names, 14, v);

	return n ? n : "?";
}

static void vmring_control_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmring_control *s = p;
	size_t i;

	pv_fmt_add(fm, " write_index=%llu", (unsigned long long)s->write_index);
	pv_fmt_add(fm, " read_index=%llu", (unsigned long long)s->read_index);
	pv_fmt_add(fm, " interrupt_mask=%llu", (unsigned long long)s->interrupt_mask);
	pv_fmt_add(fm, " pending_send_sz=%llu", (unsigned long long)s->pending_send_sz);
	pv_fmt_add(fm, " reserved1={");
	for (i = 0; i < 12; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved1[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " feature_bits=0x%llx", (unsigned long long)s->feature_bits);
	pv_fmt_add(fm, " reserved2=");
	pv_fmt_bytes(fm, s->reserved2, 4028);
}

int vmring_control_format(const struct vmring_control *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "control", vmring_control_fmt, s);
}

static void vmring_desc_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmring_desc *s = p;

	pv_fmt_add(fm, " type=%s(%lld)", vmring_pkt_name((uint32_t)s->type), (long long)s->type);
	pv_fmt_add(fm, " offset8=%llu", (unsigned long long)s->offset8);
	pv_fmt_add(fm, " len8=%llu", (unsigned long long)s->len8);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " trans_id=0x%llx", (unsigned long long)s->trans_id);
}

int vmring_desc_format(const struct vmring_desc *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "desc", vmring_desc_fmt, s);
}

static void vmring_inband_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmring_inband *s = p;

	pv_fmt_sub(fm, " hdr={", vmring_desc_fmt, &s->hdr);
}

int vmring_inband_format(const struct vmring_inband *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "inband", vmring_inband_fmt, s);
}

static void vmring_xfer_range_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmring_xfer_range *s = p;

	pv_fmt_add(fm, " byte_count=%llu", (unsigned long long)s->byte_count);
	pv_fmt_add(fm, " byte_offset=%llu", (unsigned long long)s->byte_offset);
}

int vmring_xfer_range_format(const struct vmring_xfer_range *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "xfer_range", vmring_xfer_range_fmt, s);
}

static void vmring_xfer_pages_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmring_xfer_pages *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", vmring_desc_fmt, &s->hdr);
	pv_fmt_add(fm, " xfer_pageset_id=%llu", (unsigned long long)s->xfer_pageset_id);
	pv_fmt_add(fm, " sender_owns_set=%llu", (unsigned long long)s->sender_owns_set);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " range_cnt=%llu", (unsigned long long)s->range_cnt);
	pv_fmt_add(fm, " ranges[%u]={", (unsigned)s->ranges_count);
	for (i = 0; i < s->ranges_count && i < 1024; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",{" : "{");
		vmring_xfer_range_fmt(fm, &s->ranges[i]);
		pv_fmt_add(fm, " }");
	}
	pv_fmt_add(fm, "}");
}

int vmring_xfer_pages_format(const struct vmring_xfer_pages *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "xfer_pages", vmring_xfer_pages_fmt, s);
}

static void vmring_gpa_range_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmring_gpa_range *s = p;
	size_t i;

	pv_fmt_add(fm, " byte_count=%llu", (unsigned long long)s->byte_count);
	pv_fmt_add(fm, " byte_offset=%llu", (unsigned long long)s->byte_offset);
	pv_fmt_add(fm, " pfn[%u]={", (unsigned)s->pfn_count);
	for (i = 0; i < s->pfn_count && i < 1024; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->pfn[i]);
	}
	pv_fmt_add(fm, "}");
}

int vmring_gpa_range_format(const struct vmring_gpa_range *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "gpa_range", vmring_gpa_range_fmt, s);
}

static void vmring_gpa_direct_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmring_gpa_direct *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", vmring_desc_fmt, &s->hdr);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " range_cnt=%llu", (unsigned long long)s->range_cnt);
	pv_fmt_add(fm, " ranges[%u]={", (unsigned)s->ranges_count);
	for (i = 0; i < s->ranges_count && i < 64; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, "%s{len=%u off=%u pfns=%u first_pfn=0x%llx}", i ? "," : "",
			   s->ranges[i].byte_count, s->ranges[i].byte_offset, s->ranges[i].pfn_count,
			   s->ranges[i].pfn_count && s->ranges[i].pfn_first < 1024 ? (unsigned long long)s->ranges_pfns[s->ranges[i].pfn_first] : 0ULL);
	}
	pv_fmt_add(fm, "}");
}

int vmring_gpa_direct_format(const struct vmring_gpa_direct *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "gpa_direct", vmring_gpa_direct_fmt, s);
}

/* Printers by table row and variant. */
static void (*const vmring_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{vmring_inband_fmt},	/* DATA_INBAND */
	{vmring_xfer_pages_fmt},	/* DATA_USING_XFER_PAGES */
	{vmring_gpa_direct_fmt},	/* DATA_USING_GPA_DIRECT */
	{vmring_inband_fmt},	/* COMP */
};

int vmring_msg_format(const struct vmring_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = vmring_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !vmring_msg_fmts[d - vmring_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		vmring_msg_fmts[d - vmring_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
