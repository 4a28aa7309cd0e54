/* DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "pvtrace_codec.h"

const struct pv_name pvtrace_proto_names[9] = {
	{1, "VMBUS"},
	{2, "VMRING"},
	{3, "STORVSC"},
	{4, "NVSP"},
	{5, "RNDIS"},
	{6, "NVME"},
	{7, "MANA"},
	{8, "NVM"},
	{9, "GDMA"},
};

const char *pvtrace_proto_name(uint32_t v)
{
	const char *n = pv_name_find(pvtrace_proto_names, 9, v);

	return n ? n : "?";
}

const struct pv_name pvtrace_dir_names[4] = {
	{1, "TO_HOST"},
	{2, "TO_GUEST"},
	{3, "TO_DEVICE"},
	{4, "FROM_DEVICE"},
};

const char *pvtrace_dir_name(uint32_t v)
{
	const char *n = pv_name_find(pvtrace_dir_names, 4, v);

	return n ? n : "?";
}

const uint32_t pvtrace_versions[PVTRACE_VERSION_COUNT] = {
	PVTRACE_VERSION_V1,
};

const char *pvtrace_version_name(uint32_t v)
{
	switch (v) {
	case PVTRACE_VERSION_V1:
		return "1";
	default:
		return NULL;
	}
}

static void pvtrace_record_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvtrace_record *s = p;

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
	return pv_fmt_run(buf, cap, "record", pvtrace_record_fmt, s);
}

