/* DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py. */

#include <stdio.h>

#include "nvsp_codec.h"

const char *nvsp_msg_type_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "NONE";
	case 1:
		return "INIT";
	case 2:
		return "INIT_COMPLETE";
	case 100:
		return "SEND_NDIS_VER";
	case 101:
		return "SEND_RECV_BUF";
	case 102:
		return "SEND_RECV_BUF_COMPLETE";
	case 103:
		return "REVOKE_RECV_BUF";
	case 104:
		return "SEND_SEND_BUF";
	case 105:
		return "SEND_SEND_BUF_COMPLETE";
	case 106:
		return "REVOKE_SEND_BUF";
	case 107:
		return "SEND_RNDIS_PKT";
	case 108:
		return "SEND_RNDIS_PKT_COMPLETE";
	case 109:
		return "SEND_CHIMNEY_DELEGATED_BUF";
	case 110:
		return "SEND_CHIMNEY_DELEGATED_BUF_COMP";
	case 111:
		return "REVOKE_CHIMNEY_DELEGATED_BUF";
	case 112:
		return "RESUME_CHIMNEY_RX_INDICATION";
	case 113:
		return "TERMINATE_CHIMNEY";
	case 114:
		return "TERMINATE_CHIMNEY_COMP";
	case 115:
		return "INDICATE_CHIMNEY_EVENT";
	case 116:
		return "SEND_CHIMNEY_PKT";
	case 117:
		return "SEND_CHIMNEY_PKT_COMP";
	case 118:
		return "POST_CHIMNEY_RECV_REQ";
	case 119:
		return "POST_CHIMNEY_RECV_REQ_COMP";
	case 120:
		return "ALLOC_RXBUF";
	case 121:
		return "ALLOC_RXBUF_COMP";
	case 122:
		return "FREE_RXBUF";
	case 123:
		return "SEND_VMQ_RNDIS_PKT";
	case 124:
		return "SEND_VMQ_RNDIS_PKT_COMP";
	case 125:
		return "SEND_NDIS_CONFIG";
	case 126:
		return "ALLOC_CHIMNEY_HANDLE";
	case 127:
		return "ALLOC_CHIMNEY_HANDLE_COMP";
	case 128:
		return "SEND_VF_ASSOCIATION";
	case 129:
		return "SWITCH_DATA_PATH";
	case 130:
		return "UPLINK_CONNECT_STATE";
	case 131:
		return "OID_QUERY_EX";
	case 132:
		return "OID_QUERY_EX_COMP";
	case 133:
		return "SUBCHANNEL";
	case 134:
		return "SEND_INDIRECTION_TABLE";
	case 135:
		return "PD_API";
	case 136:
		return "PD_POST_BATCH";
	default:
		return "?";
	}
}

const char *nvsp_status_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "NONE";
	case 1:
		return "SUCCESS";
	case 2:
		return "FAIL";
	case 3:
		return "PROTOCOL_TOO_NEW";
	case 4:
		return "PROTOCOL_TOO_OLD";
	case 5:
		return "INVALID_RNDIS_PKT";
	case 6:
		return "BUSY";
	case 7:
		return "PROTOCOL_UNSUPPORTED";
	default:
		return "?";
	}
}

const char *nvsp_channel_type_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "DATA";
	case 1:
		return "CONTROL";
	default:
		return "?";
	}
}

const char *nvsp_datapath_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "SYNTHETIC";
	case 1:
		return "VF";
	default:
		return "?";
	}
}

const char *nvsp_subchannel_op_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "NONE";
	case 1:
		return "ALLOCATE";
	default:
		return "?";
	}
}

static void nvsp_init_fmt(struct pv_fmt *fm, const struct nvsp_init *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " min_protocol_ver=%llu", (unsigned long long)s->min_protocol_ver);
	pv_fmt_add(fm, " max_protocol_ver=%llu", (unsigned long long)s->max_protocol_ver);
}

int nvsp_init_format(const struct nvsp_init *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "init");
	nvsp_init_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_init_complete_fmt(struct pv_fmt *fm, const struct nvsp_init_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " negotiated_protocol_ver=%llu", (unsigned long long)s->negotiated_protocol_ver);
	pv_fmt_add(fm, " max_mdl_chain_len=%llu", (unsigned long long)s->max_mdl_chain_len);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
}

int nvsp_init_complete_format(const struct nvsp_init_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "init_complete");
	nvsp_init_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_ndis_ver_fmt(struct pv_fmt *fm, const struct nvsp_send_ndis_ver *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " ndis_major_ver=%llu", (unsigned long long)s->ndis_major_ver);
	pv_fmt_add(fm, " ndis_minor_ver=%llu", (unsigned long long)s->ndis_minor_ver);
}

int nvsp_send_ndis_ver_format(const struct nvsp_send_ndis_ver *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_ndis_ver");
	nvsp_send_ndis_ver_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_recv_buf_fmt(struct pv_fmt *fm, const struct nvsp_send_recv_buf *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " gpadl_handle=%llu", (unsigned long long)s->gpadl_handle);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int nvsp_send_recv_buf_format(const struct nvsp_send_recv_buf *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_recv_buf");
	nvsp_send_recv_buf_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_recv_buf_section_fmt(struct pv_fmt *fm, const struct nvsp_recv_buf_section *s)
{
	pv_fmt_add(fm, " offset=%llu", (unsigned long long)s->offset);
	pv_fmt_add(fm, " sub_alloc_size=%llu", (unsigned long long)s->sub_alloc_size);
	pv_fmt_add(fm, " num_sub_allocs=%llu", (unsigned long long)s->num_sub_allocs);
	pv_fmt_add(fm, " end_offset=%llu", (unsigned long long)s->end_offset);
}

int nvsp_recv_buf_section_format(const struct nvsp_recv_buf_section *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "recv_buf_section");
	nvsp_recv_buf_section_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_recv_buf_complete_fmt(struct pv_fmt *fm, const struct nvsp_send_recv_buf_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " num_sections=%llu", (unsigned long long)s->num_sections);
	pv_fmt_add(fm, " section={");
	nvsp_recv_buf_section_fmt(fm, &s->section);
	pv_fmt_add(fm, " }");
}

int nvsp_send_recv_buf_complete_format(const struct nvsp_send_recv_buf_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_recv_buf_complete");
	nvsp_send_recv_buf_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_revoke_recv_buf_fmt(struct pv_fmt *fm, const struct nvsp_revoke_recv_buf *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
}

int nvsp_revoke_recv_buf_format(const struct nvsp_revoke_recv_buf *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "revoke_recv_buf");
	nvsp_revoke_recv_buf_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_send_buf_fmt(struct pv_fmt *fm, const struct nvsp_send_send_buf *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " gpadl_handle=%llu", (unsigned long long)s->gpadl_handle);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int nvsp_send_send_buf_format(const struct nvsp_send_send_buf *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_send_buf");
	nvsp_send_send_buf_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_send_buf_complete_fmt(struct pv_fmt *fm, const struct nvsp_send_send_buf_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " section_size=%llu", (unsigned long long)s->section_size);
}

int nvsp_send_send_buf_complete_format(const struct nvsp_send_send_buf_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_send_buf_complete");
	nvsp_send_send_buf_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_revoke_send_buf_fmt(struct pv_fmt *fm, const struct nvsp_revoke_send_buf *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
}

int nvsp_revoke_send_buf_format(const struct nvsp_revoke_send_buf *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "revoke_send_buf");
	nvsp_revoke_send_buf_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_rndis_pkt_fmt(struct pv_fmt *fm, const struct nvsp_send_rndis_pkt *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " channel_type=%s(%lld)", nvsp_channel_type_name((uint32_t)s->channel_type), (long long)s->channel_type);
	pv_fmt_add(fm, " send_buf_section_index=%llu", (unsigned long long)s->send_buf_section_index);
	pv_fmt_add(fm, " send_buf_section_size=%llu", (unsigned long long)s->send_buf_section_size);
}

int nvsp_send_rndis_pkt_format(const struct nvsp_send_rndis_pkt *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_rndis_pkt");
	nvsp_send_rndis_pkt_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_rndis_pkt_complete_fmt(struct pv_fmt *fm, const struct nvsp_send_rndis_pkt_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
}

int nvsp_send_rndis_pkt_complete_format(const struct nvsp_send_rndis_pkt_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_rndis_pkt_complete");
	nvsp_send_rndis_pkt_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_ndis_config_fmt(struct pv_fmt *fm, const struct nvsp_send_ndis_config *s)
{
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_ndis_config");
	nvsp_send_ndis_config_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_vf_association_fmt(struct pv_fmt *fm, const struct nvsp_send_vf_association *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " allocated=%llu", (unsigned long long)s->allocated);
	pv_fmt_add(fm, " serial=%llu", (unsigned long long)s->serial);
}

int nvsp_send_vf_association_format(const struct nvsp_send_vf_association *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_vf_association");
	nvsp_send_vf_association_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_switch_data_path_fmt(struct pv_fmt *fm, const struct nvsp_switch_data_path *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " active_datapath=%s(%lld)", nvsp_datapath_name((uint32_t)s->active_datapath), (long long)s->active_datapath);
}

int nvsp_switch_data_path_format(const struct nvsp_switch_data_path *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "switch_data_path");
	nvsp_switch_data_path_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_uplink_connect_state_fmt(struct pv_fmt *fm, const struct nvsp_uplink_connect_state *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
}

int nvsp_uplink_connect_state_format(const struct nvsp_uplink_connect_state *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "uplink_connect_state");
	nvsp_uplink_connect_state_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_oid_query_ex_fmt(struct pv_fmt *fm, const struct nvsp_oid_query_ex *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " hdr_type=%llu", (unsigned long long)s->hdr_type);
	pv_fmt_add(fm, " hdr_revision=%llu", (unsigned long long)s->hdr_revision);
	pv_fmt_add(fm, " hdr_size=%llu", (unsigned long long)s->hdr_size);
	pv_fmt_add(fm, " oid=%llu", (unsigned long long)s->oid);
}

int nvsp_oid_query_ex_format(const struct nvsp_oid_query_ex *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "oid_query_ex");
	nvsp_oid_query_ex_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_oid_query_ex_complete_fmt(struct pv_fmt *fm, const struct nvsp_oid_query_ex_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " bytes=%llu", (unsigned long long)s->bytes);
}

int nvsp_oid_query_ex_complete_format(const struct nvsp_oid_query_ex_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "oid_query_ex_complete");
	nvsp_oid_query_ex_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_subchannel_request_fmt(struct pv_fmt *fm, const struct nvsp_subchannel_request *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " op=%s(%lld)", nvsp_subchannel_op_name((uint32_t)s->op), (long long)s->op);
	pv_fmt_add(fm, " num_subchannels=%llu", (unsigned long long)s->num_subchannels);
}

int nvsp_subchannel_request_format(const struct nvsp_subchannel_request *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "subchannel_request");
	nvsp_subchannel_request_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_subchannel_complete_fmt(struct pv_fmt *fm, const struct nvsp_subchannel_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " status=%s(%lld)", nvsp_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " num_subchannels=%llu", (unsigned long long)s->num_subchannels);
}

int nvsp_subchannel_complete_format(const struct nvsp_subchannel_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "subchannel_complete");
	nvsp_subchannel_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void nvsp_send_indirection_table_fmt(struct pv_fmt *fm, const struct nvsp_send_indirection_table *s)
{
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "send_indirection_table");
	nvsp_send_indirection_table_fmt(&fm, s);
	return (int)fm.len;
}

int nvsp_msg_format(const struct nvsp_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = nvsp_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
		return (int)fm.len;
	}
	pv_fmt_add(&fm, "%s", d->name);
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x1) << 32 | 0:
		nvsp_init_fmt(&fm, &m->u.init);
		break;
	case UINT64_C(0x2) << 32 | 0:
		nvsp_init_complete_fmt(&fm, &m->u.init_complete);
		break;
	case UINT64_C(0x64) << 32 | 0:
		nvsp_send_ndis_ver_fmt(&fm, &m->u.send_ndis_ver);
		break;
	case UINT64_C(0x65) << 32 | 0:
		nvsp_send_recv_buf_fmt(&fm, &m->u.send_recv_buf);
		break;
	case UINT64_C(0x66) << 32 | 0:
		nvsp_send_recv_buf_complete_fmt(&fm, &m->u.send_recv_buf_complete);
		break;
	case UINT64_C(0x67) << 32 | 0:
		nvsp_revoke_recv_buf_fmt(&fm, &m->u.revoke_recv_buf);
		break;
	case UINT64_C(0x68) << 32 | 0:
		nvsp_send_send_buf_fmt(&fm, &m->u.send_send_buf);
		break;
	case UINT64_C(0x69) << 32 | 0:
		nvsp_send_send_buf_complete_fmt(&fm, &m->u.send_send_buf_complete);
		break;
	case UINT64_C(0x6a) << 32 | 0:
		nvsp_revoke_send_buf_fmt(&fm, &m->u.revoke_send_buf);
		break;
	case UINT64_C(0x6b) << 32 | 0:
		nvsp_send_rndis_pkt_fmt(&fm, &m->u.send_rndis_pkt);
		break;
	case UINT64_C(0x6c) << 32 | 0:
		nvsp_send_rndis_pkt_complete_fmt(&fm, &m->u.send_rndis_pkt_complete);
		break;
	case UINT64_C(0x7d) << 32 | 0:
		nvsp_send_ndis_config_fmt(&fm, &m->u.send_ndis_config);
		break;
	case UINT64_C(0x80) << 32 | 0:
		nvsp_send_vf_association_fmt(&fm, &m->u.send_vf_association);
		break;
	case UINT64_C(0x81) << 32 | 0:
		nvsp_switch_data_path_fmt(&fm, &m->u.switch_data_path);
		break;
	case UINT64_C(0x82) << 32 | 0:
		nvsp_uplink_connect_state_fmt(&fm, &m->u.uplink_connect_state);
		break;
	case UINT64_C(0x83) << 32 | 0:
		nvsp_oid_query_ex_fmt(&fm, &m->u.oid_query_ex);
		break;
	case UINT64_C(0x84) << 32 | 0:
		nvsp_oid_query_ex_complete_fmt(&fm, &m->u.oid_query_ex_comp);
		break;
	case UINT64_C(0x85) << 32 | 0:
		nvsp_subchannel_request_fmt(&fm, &m->u.subchannel);
		break;
	case UINT64_C(0x86) << 32 | 0:
		nvsp_send_indirection_table_fmt(&fm, &m->u.send_indirection_table);
		break;
	default:
		pv_fmt_add(&fm, " variant=%u", m->variant);
		break;
	}
	return (int)fm.len;
}
