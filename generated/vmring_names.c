/* DO NOT EDIT: generated from spec/vmring.yaml by codegen/pvgen.py. */

#include <stdio.h>

#include "vmring_codec.h"

const char *vmring_pkt_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "INVALID";
	case 1:
		return "SYNCH";
	case 2:
		return "ADD_XFER_PAGESET";
	case 3:
		return "RM_XFER_PAGESET";
	case 4:
		return "ESTABLISH_GPADL";
	case 5:
		return "TEARDOWN_GPADL";
	case 6:
		return "DATA_INBAND";
	case 7:
		return "DATA_USING_XFER_PAGES";
	case 8:
		return "DATA_USING_GPADL";
	case 9:
		return "DATA_USING_GPA_DIRECT";
	case 10:
		return "CANCEL_REQUEST";
	case 11:
		return "COMP";
	case 12:
		return "DATA_USING_ADDITIONAL_PKT";
	case 13:
		return "ADDITIONAL_DATA";
	default:
		return "?";
	}
}

static void vmring_control_fmt(struct pv_fmt *fm, const struct vmring_control *s)
{
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "control");
	vmring_control_fmt(&fm, s);
	return (int)fm.len;
}

static void vmring_desc_fmt(struct pv_fmt *fm, const struct vmring_desc *s)
{
	pv_fmt_add(fm, " type=%s(%lld)", vmring_pkt_name((uint32_t)s->type), (long long)s->type);
	pv_fmt_add(fm, " offset8=%llu", (unsigned long long)s->offset8);
	pv_fmt_add(fm, " len8=%llu", (unsigned long long)s->len8);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " trans_id=0x%llx", (unsigned long long)s->trans_id);
}

int vmring_desc_format(const struct vmring_desc *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "desc");
	vmring_desc_fmt(&fm, s);
	return (int)fm.len;
}

static void vmring_inband_fmt(struct pv_fmt *fm, const struct vmring_inband *s)
{
	pv_fmt_add(fm, " hdr={");
	vmring_desc_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
}

int vmring_inband_format(const struct vmring_inband *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "inband");
	vmring_inband_fmt(&fm, s);
	return (int)fm.len;
}

static void vmring_xfer_range_fmt(struct pv_fmt *fm, const struct vmring_xfer_range *s)
{
	pv_fmt_add(fm, " byte_count=%llu", (unsigned long long)s->byte_count);
	pv_fmt_add(fm, " byte_offset=%llu", (unsigned long long)s->byte_offset);
}

int vmring_xfer_range_format(const struct vmring_xfer_range *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "xfer_range");
	vmring_xfer_range_fmt(&fm, s);
	return (int)fm.len;
}

static void vmring_xfer_pages_fmt(struct pv_fmt *fm, const struct vmring_xfer_pages *s)
{
	size_t i;

	pv_fmt_add(fm, " hdr={");
	vmring_desc_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "xfer_pages");
	vmring_xfer_pages_fmt(&fm, s);
	return (int)fm.len;
}

static void vmring_gpa_range_fmt(struct pv_fmt *fm, const struct vmring_gpa_range *s)
{
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "gpa_range");
	vmring_gpa_range_fmt(&fm, s);
	return (int)fm.len;
}

static void vmring_gpa_direct_fmt(struct pv_fmt *fm, const struct vmring_gpa_direct *s)
{
	size_t i;

	pv_fmt_add(fm, " hdr={");
	vmring_desc_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "gpa_direct");
	vmring_gpa_direct_fmt(&fm, s);
	return (int)fm.len;
}

int vmring_msg_format(const struct vmring_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = vmring_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
		return (int)fm.len;
	}
	pv_fmt_add(&fm, "%s", d->name);
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x6) << 32 | 0:
		vmring_inband_fmt(&fm, &m->u.data_inband);
		break;
	case UINT64_C(0x7) << 32 | 0:
		vmring_xfer_pages_fmt(&fm, &m->u.data_using_xfer_pages);
		break;
	case UINT64_C(0x9) << 32 | 0:
		vmring_gpa_direct_fmt(&fm, &m->u.data_using_gpa_direct);
		break;
	case UINT64_C(0xb) << 32 | 0:
		vmring_inband_fmt(&fm, &m->u.comp);
		break;
	default:
		pv_fmt_add(&fm, " variant=%u", m->variant);
		break;
	}
	return (int)fm.len;
}
