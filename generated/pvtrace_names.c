/* DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py. */

#include <stdio.h>

#include "pvtrace_codec.h"

const char *pvtrace_proto_name(uint32_t v)
{
	switch (v) {
	case 1:
		return "VMBUS";
	case 2:
		return "VMRING";
	case 3:
		return "STORVSC";
	case 4:
		return "NVSP";
	case 5:
		return "RNDIS";
	case 6:
		return "NVME";
	case 7:
		return "MANA";
	default:
		return "?";
	}
}

const char *pvtrace_dir_name(uint32_t v)
{
	switch (v) {
	case 1:
		return "TO_HOST";
	case 2:
		return "TO_GUEST";
	case 3:
		return "TO_DEVICE";
	case 4:
		return "FROM_DEVICE";
	default:
		return "?";
	}
}

static void pvtrace_record_fmt(struct pv_fmt *fm, const struct pvtrace_record *s)
{
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " proto=%s(%lld)", pvtrace_proto_name((uint32_t)s->proto), (long long)s->proto);
	pv_fmt_add(fm, " dir=%s(%lld)", pvtrace_dir_name((uint32_t)s->dir), (long long)s->dir);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " channel=%llu", (unsigned long long)s->channel);
	pv_fmt_add(fm, " trans_id=0x%llx", (unsigned long long)s->trans_id);
	pv_fmt_add(fm, " payload_len=%llu", (unsigned long long)s->payload_len);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pvtrace_record_format(const struct pvtrace_record *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "record");
	pvtrace_record_fmt(&fm, s);
	return (int)fm.len;
}
