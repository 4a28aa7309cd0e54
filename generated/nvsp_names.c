/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "nvsp_codec.h"

const struct pv_name nvsp_msg_type_names[40] = {
	{0, "NONE"},
	{1, "INIT"},
	{2, "INIT_COMPLETE"},
	{100, "SEND_NDIS_VER"},
	{101, "SEND_RECV_BUF"},
	{102, "SEND_RECV_BUF_COMPLETE"},
	{103, "REVOKE_RECV_BUF"},
	{104, "SEND_SEND_BUF"},
	{105, "SEND_SEND_BUF_COMPLETE"},
	{106, "REVOKE_SEND_BUF"},
	{107, "SEND_RNDIS_PKT"},
	{108, "SEND_RNDIS_PKT_COMPLETE"},
	{109, "SEND_CHIMNEY_DELEGATED_BUF"},
	{110, "SEND_CHIMNEY_DELEGATED_BUF_COMP"},
	{111, "REVOKE_CHIMNEY_DELEGATED_BUF"},
	{112, "RESUME_CHIMNEY_RX_INDICATION"},
	{113, "TERMINATE_CHIMNEY"},
	{114, "TERMINATE_CHIMNEY_COMP"},
	{115, "INDICATE_CHIMNEY_EVENT"},
	{116, "SEND_CHIMNEY_PKT"},
	{117, "SEND_CHIMNEY_PKT_COMP"},
	{118, "POST_CHIMNEY_RECV_REQ"},
	{119, "POST_CHIMNEY_RECV_REQ_COMP"},
	{120, "ALLOC_RXBUF"},
	{121, "ALLOC_RXBUF_COMP"},
	{122, "FREE_RXBUF"},
	{123, "SEND_VMQ_RNDIS_PKT"},
	{124, "SEND_VMQ_RNDIS_PKT_COMP"},
	{125, "SEND_NDIS_CONFIG"},
	{126, "ALLOC_CHIMNEY_HANDLE"},
	{127, "ALLOC_CHIMNEY_HANDLE_COMP"},
	{128, "SEND_VF_ASSOCIATION"},
	{129, "SWITCH_DATA_PATH"},
	{130, "UPLINK_CONNECT_STATE"},
	{131, "OID_QUERY_EX"},
	{132, "OID_QUERY_EX_COMP"},
	{133, "SUBCHANNEL"},
	{134, "SEND_INDIRECTION_TABLE"},
	{135, "PD_API"},
	{136, "PD_POST_BATCH"},
};

const char *nvsp_msg_type_name(uint32_t v)
{
	const char *n = pv_name_find(nvsp_msg_type_names, 40, v);

	return n ? n : "?";
}

const struct pv_name nvsp_status_names[8] = {
	{0, "NONE"},
	{1, "SUCCESS"},
	{2, "FAIL"},
	{3, "PROTOCOL_TOO_NEW"},
	{4, "PROTOCOL_TOO_OLD"},
	{5, "INVALID_RNDIS_PKT"},
	{6, "BUSY"},
	{7, "PROTOCOL_UNSUPPORTED"},
};

const char *nvsp_status_name(uint32_t v)
{
	const char *n = pv_name_find(nvsp_status_names, 8, v);

	return n ? n : "?";
}

const struct pv_name nvsp_channel_type_names[2] = {
	{0, "DATA"},
	{1, "CONTROL"},
};

const char *nvsp_channel_type_name(uint32_t v)
{
	const char *n = pv_name_find(nvsp_channel_type_names, 2, v);

	return n ? n : "?";
}

const struct pv_name nvsp_datapath_names[2] = {
	{0, "SYNTHETIC"},
	{1, "VF"},
};

const char *nvsp_datapath_name(uint32_t v)
{
	const char *n = pv_name_find(nvsp_datapath_names, 2, v);

	return n ? n : "?";
}

const struct pv_name nvsp_subchannel_op_names[2] = {
	{0, "NONE"},
	{1, "ALLOCATE"},
};

const char *nvsp_subchannel_op_name(uint32_t v)
{
	const char *n = pv_name_find(nvsp_subchannel_op_names, 2, v);

	return n ? n : "?";
}

const uint32_t nvsp_versions[NVSP_VERSION_COUNT] = {
	NVSP_VERSION_V1,
	NVSP_VERSION_V2,
	NVSP_VERSION_V4,
	NVSP_VERSION_V5,
	NVSP_VERSION_V6,
	NVSP_VERSION_V61,
};

const char *nvsp_version_name(uint32_t v)
{
	switch (v) {
	case NVSP_VERSION_V1:
		return "1 (0.2)";
	case NVSP_VERSION_V2:
		return "2 (3.2)";
	case NVSP_VERSION_V4:
		return "4 (4.0)";
	case NVSP_VERSION_V5:
		return "5 (5.0)";
	case NVSP_VERSION_V6:
		return "6 (6.0)";
	case NVSP_VERSION_V61:
		return "6.1";
	default:
		return NULL;
	}
}

static void nvsp_init_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_init *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " min_protocol_ver=%llu", (unsigned long long)s->min_protocol_ver);
	pv_fmt_add(fm, " max_protocol_ver=%llu", (unsigned long long)s->max_protocol_ver);
}

int nvsp_init_format(const struct nvsp_init *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "init", nvsp_init_fmt, s);
}

static void nvsp_init_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_init_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " negotiated_protocol_ver=%llu", (unsigned long long)s->negotiated_protocol_ver);
	pv_fmt_add(fm, " max_mdl_chain_len=%llu", (unsigned long long)s->max_mdl_chain_len);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
}

int nvsp_init_complete_format(const struct nvsp_init_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "init_complete", nvsp_init_complete_fmt, s);
}

static void nvsp_send_ndis_ver_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_ndis_ver *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " ndis_major_ver=%llu", (unsigned long long)s->ndis_major_ver);
	pv_fmt_add(fm, " ndis_minor_ver=%llu", (unsigned long long)s->ndis_minor_ver);
}

int nvsp_send_ndis_ver_format(const struct nvsp_send_ndis_ver *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_ndis_ver", nvsp_send_ndis_ver_fmt, s);
}

static void nvsp_send_recv_buf_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_recv_buf *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " gpadl_handle=%llu", (unsigned long long)s->gpadl_handle);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int nvsp_send_recv_buf_format(const struct nvsp_send_recv_buf *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_recv_buf", nvsp_send_recv_buf_fmt, s);
}

static void nvsp_recv_buf_section_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_recv_buf_section *s = p;

	pv_fmt_add(fm, " offset=%llu", (unsigned long long)s->offset);
	pv_fmt_add(fm, " sub_alloc_size=%llu", (unsigned long long)s->sub_alloc_size);
	pv_fmt_add(fm, " num_sub_allocs=%llu", (unsigned long long)s->num_sub_allocs);
	pv_fmt_add(fm, " end_offset=%llu", (unsigned long long)s->end_offset);
}

int nvsp_recv_buf_section_format(const struct nvsp_recv_buf_section *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "recv_buf_section", nvsp_recv_buf_section_fmt, s);
}

static void nvsp_send_recv_buf_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_recv_buf_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " num_sections=%llu", (unsigned long long)s->num_sections);
	pv_fmt_sub(fm, " section={", nvsp_recv_buf_section_fmt, &s->section);
}

int nvsp_send_recv_buf_complete_format(const struct nvsp_send_recv_buf_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_recv_buf_complete", nvsp_send_recv_buf_complete_fmt, s);
}

static void nvsp_revoke_recv_buf_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_revoke_recv_buf *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
}

int nvsp_revoke_recv_buf_format(const struct nvsp_revoke_recv_buf *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "revoke_recv_buf", nvsp_revoke_recv_buf_fmt, s);
}

static void nvsp_send_send_buf_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_send_buf *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " gpadl_handle=%llu", (unsigned long long)s->gpadl_handle);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int nvsp_send_send_buf_format(const struct nvsp_send_send_buf *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_send_buf", nvsp_send_send_buf_fmt, s);
}

static void nvsp_send_send_buf_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_send_buf_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " section_size=%llu", (unsigned long long)s->section_size);
}

int nvsp_send_send_buf_complete_format(const struct nvsp_send_send_buf_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_send_buf_complete", nvsp_send_send_buf_complete_fmt, s);
}

static void nvsp_revoke_send_buf_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_revoke_send_buf *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
}

int nvsp_revoke_send_buf_format(const struct nvsp_revoke_send_buf *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "revoke_send_buf", nvsp_revoke_send_buf_fmt, s);
}

static void nvsp_send_rndis_pkt_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_rndis_pkt *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " channel_type=%s(%lld)", nvsp_channel_type_name((uint32_t)s->channel_type), (long long)s->channel_type);
	pv_fmt_add(fm, " send_buf_section_index=%llu", (unsigned long long)s->send_buf_section_index);
	pv_fmt_add(fm, " send_buf_section_size=%llu", (unsigned long long)s->send_buf_section_size);
}

int nvsp_send_rndis_pkt_format(const struct nvsp_send_rndis_pkt *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_rndis_pkt", nvsp_send_rndis_pkt_fmt, s);
}

static void nvsp_send_rndis_pkt_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_rndis_pkt_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
}

int nvsp_send_rndis_pkt_complete_format(const struct nvsp_send_rndis_pkt_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_rndis_pkt_complete", nvsp_send_rndis_pkt_complete_fmt, s);
}

static void nvsp_send_ndis_config_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_ndis_config *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " mtu=%llu", (unsigned long long)s->mtu);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " capability=0x%llx", (unsigned long long)s->capability);
	pv_fmt_add(fm, " vmq=%llu", (unsigned long long)s->vmq);
	pv_fmt_add(fm, " chimney=%llu", (unsigned long long)s->chimney);
	pv_fmt_add(fm, " sriov=%llu", (unsigned long long)s->sriov);
	pv_fmt_add(fm, " ieee8021q=%llu", (unsigned long long)s->ieee8021q);
	pv_fmt_add(fm, " correlation_id=%llu", (unsigned long long)s->correlation_id);
	pv_fmt_add(fm, " teaming=%llu", (unsigned long long)s->teaming);
	pv_fmt_add(fm, " virtual_subnet_id=%llu", (unsigned long long)s->virtual_subnet_id);
	pv_fmt_add(fm, " rsc=%llu", (unsigned long long)s->rsc);
}

int nvsp_send_ndis_config_format(const struct nvsp_send_ndis_config *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_ndis_config", nvsp_send_ndis_config_fmt, s);
}

static void nvsp_send_vf_association_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_vf_association *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " allocated=%llu", (unsigned long long)s->allocated);
	pv_fmt_add(fm, " serial=%llu", (unsigned long long)s->serial);
}

int nvsp_send_vf_association_format(const struct nvsp_send_vf_association *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_vf_association", nvsp_send_vf_association_fmt, s);
}

static void nvsp_switch_data_path_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_switch_data_path *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " active_datapath=%s(%lld)", nvsp_datapath_name((uint32_t)s->active_datapath), (long long)s->active_datapath);
}

int nvsp_switch_data_path_format(const struct nvsp_switch_data_path *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "switch_data_path", nvsp_switch_data_path_fmt, s);
}

static void nvsp_uplink_connect_state_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_uplink_connect_state *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
}

int nvsp_uplink_connect_state_format(const struct nvsp_uplink_connect_state *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "uplink_connect_state", nvsp_uplink_connect_state_fmt, s);
}

static void nvsp_oid_query_ex_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_oid_query_ex *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " hdr_type=%llu", (unsigned long long)s->hdr_type);
	pv_fmt_add(fm, " hdr_revision=%llu", (unsigned long long)s->hdr_revision);
	pv_fmt_add(fm, " hdr_size=%llu", (unsigned long long)s->hdr_size);
	pv_fmt_add(fm, " oid=%llu", (unsigned long long)s->oid);
}

int nvsp_oid_query_ex_format(const struct nvsp_oid_query_ex *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "oid_query_ex", nvsp_oid_query_ex_fmt, s);
}

static void nvsp_oid_query_ex_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_oid_query_ex_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " bytes=%llu", (unsigned long long)s->bytes);
}

int nvsp_oid_query_ex_complete_format(const struct nvsp_oid_query_ex_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "oid_query_ex_complete", nvsp_oid_query_ex_complete_fmt, s);
}

static void nvsp_subchannel_request_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_subchannel_request *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " op=%s(%lld)", nvsp_subchannel_op_name((uint32_t)s->op), (long long)s->op);
	pv_fmt_add(fm, " num_subchannels=%llu", (unsigned long long)s->num_subchannels);
}

int nvsp_subchannel_request_format(const struct nvsp_subchannel_request *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "subchannel_request", nvsp_subchannel_request_fmt, s);
}

static void nvsp_subchannel_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_subchannel_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " num_subchannels=%llu", (unsigned long long)s->num_subchannels);
}

int nvsp_subchannel_complete_format(const struct nvsp_subchannel_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "subchannel_complete", nvsp_subchannel_complete_fmt, s);
}

static void nvsp_send_indirection_table_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvsp_send_indirection_table *s = p;
	size_t i;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " count=%llu", (unsigned long long)s->count);
	pv_fmt_add(fm, " table_offset=%llu", (unsigned long long)s->table_offset);
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 28);
	pv_fmt_add(fm, " table={");
	for (i = 0; i < 16; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->table[i]);
	pv_fmt_add(fm, "}");
}

int nvsp_send_indirection_table_format(const struct nvsp_send_indirection_table *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "send_indirection_table", nvsp_send_indirection_table_fmt, s);
}

/* Printers by table row and variant. */
static void (*const nvsp_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{nvsp_init_fmt},	/* INIT */
	{nvsp_init_complete_fmt},	/* INIT_COMPLETE */
	{nvsp_send_ndis_ver_fmt},	/* SEND_NDIS_VER */
	{nvsp_send_recv_buf_fmt},	/* SEND_RECV_BUF */
	{nvsp_send_recv_buf_complete_fmt},	/* SEND_RECV_BUF_COMPLETE */
	{nvsp_revoke_recv_buf_fmt},	/* REVOKE_RECV_BUF */
	{nvsp_send_send_buf_fmt},	/* SEND_SEND_BUF */
	{nvsp_send_send_buf_complete_fmt},	/* SEND_SEND_BUF_COMPLETE */
	{nvsp_revoke_send_buf_fmt},	/* REVOKE_SEND_BUF */
	{nvsp_send_rndis_pkt_fmt},	/* SEND_RNDIS_PKT */
	{nvsp_send_rndis_pkt_complete_fmt},	/* SEND_RNDIS_PKT_COMPLETE */
	{nvsp_send_ndis_config_fmt},	/* SEND_NDIS_CONFIG */
	{nvsp_send_vf_association_fmt},	/* SEND_VF_ASSOCIATION */
	{nvsp_switch_data_path_fmt},	/* SWITCH_DATA_PATH */
	{nvsp_uplink_connect_state_fmt},	/* UPLINK_CONNECT_STATE */
	{nvsp_oid_query_ex_fmt},	/* OID_QUERY_EX */
	{nvsp_oid_query_ex_complete_fmt},	/* OID_QUERY_EX_COMP */
	{nvsp_subchannel_request_fmt},	/* SUBCHANNEL */
	{nvsp_send_indirection_table_fmt},	/* SEND_INDIRECTION_TABLE */
};

int nvsp_msg_format(const struct nvsp_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = nvsp_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !nvsp_msg_fmts[d - nvsp_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		nvsp_msg_fmts[d - nvsp_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
