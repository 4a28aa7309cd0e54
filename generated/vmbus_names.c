/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "vmbus_codec.h"

const struct pv_name vmbus_msg_type_names[30] = {
	{0, "INVALID"},
	{1, "OFFERCHANNEL"},
	{2, "RESCIND_CHANNELOFFER"},
	{3, "REQUESTOFFERS"},
	{4, "ALLOFFERS_DELIVERED"},
	{5, "OPENCHANNEL"},
	{6, "OPENCHANNEL_RESULT"},
	{7, "CLOSECHANNEL"},
	{8, "GPADL_HEADER"},
	{9, "GPADL_BODY"},
	{10, "GPADL_CREATED"},
	{11, "GPADL_TEARDOWN"},
	{12, "GPADL_TORNDOWN"},
	{13, "RELID_RELEASED"},
	{14, "INITIATE_CONTACT"},
	{15, "VERSION_RESPONSE"},
	{16, "UNLOAD"},
	{17, "UNLOAD_RESPONSE"},
	{18, "OPEN_RESERVED_CHANNEL"},
	{19, "CLOSE_RESERVED_CHANNEL"},
	{20, "CLOSE_RESERVED_RESPONSE"},
	{21, "TL_CONNECT_REQUEST"},
	{22, "MODIFYCHANNEL"},
	{23, "TL_CONNECT_RESULT"},
	{24, "MODIFYCHANNEL_RESPONSE"},
	{25, "MODIFY_CONNECTION"},
	{26, "MODIFY_CONNECTION_RESPONSE"},
	{27, "PAUSE"},
	{28, "PAUSE_RESPONSE"},
	{29, "RESUME"},
};

const char *vmbus_msg_type_name(uint32_t v)
{
	const char *n = pv_name_find(vmbus_msg_type_names, 30, v);

	return n ? n : "?";
}

const struct pv_name vmbus_connection_state_names[3] = {
	{0, "SUCCESSFUL"},
	{1, "FAILED_LOW_RESOURCES"},
	{2, "FAILED_UNKNOWN_FAILURE"},
};

const char *vmbus_connection_state_name(uint32_t v)
{
	const char *n = pv_name_find(vmbus_connection_state_names, 3, v);

	return n ? n : "?";
}

const uint32_t vmbus_versions[VMBUS_VERSION_COUNT] = {
	VMBUS_VERSION_WS2008,
	VMBUS_VERSION_WIN7,
	VMBUS_VERSION_WIN8,
	VMBUS_VERSION_WIN8_1,
	VMBUS_VERSION_WIN10,
	VMBUS_VERSION_WIN10_V4_1,
	VMBUS_VERSION_WIN10_V5,
	VMBUS_VERSION_WIN10_V5_1,
	VMBUS_VERSION_WIN10_V5_2,
	VMBUS_VERSION_WIN10_V5_3,
	VMBUS_VERSION_COPPER,
};

const char *vmbus_version_name(uint32_t v)
{
	switch (v) {
	case VMBUS_VERSION_WS2008:
		return "0.13";
	case VMBUS_VERSION_WIN7:
		return "1.1";
	case VMBUS_VERSION_WIN8:
		return "2.4";
	case VMBUS_VERSION_WIN8_1:
		return "3.0";
	case VMBUS_VERSION_WIN10:
		return "4.0";
	case VMBUS_VERSION_WIN10_V4_1:
		return "4.1";
	case VMBUS_VERSION_WIN10_V5:
		return "5.0";
	case VMBUS_VERSION_WIN10_V5_1:
		return "5.1";
	case VMBUS_VERSION_WIN10_V5_2:
		return "5.2";
	case VMBUS_VERSION_WIN10_V5_3:
		return "5.3";
	case VMBUS_VERSION_COPPER:
		return "6.0";
	default:
		return NULL;
	}
}

static void vmbus_msg_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_msg_header *s = p;

	pv_fmt_add(fm, " msgtype=%s(%lld)", vmbus_msg_type_name((uint32_t)s->msgtype), (long long)s->msgtype);
	pv_fmt_add(fm, " padding=%llu", (unsigned long long)s->padding);
}

int vmbus_msg_header_format(const struct vmbus_msg_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "msg_header", vmbus_msg_header_fmt, s);
}

static void vmbus_offerchannel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_offerchannel *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " if_type=");
	pv_fmt_guid(fm, s->if_type);
	pv_fmt_add(fm, " if_instance=");
	pv_fmt_guid(fm, s->if_instance);
	pv_fmt_add(fm, " reserved1=0x%llx", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " reserved2=0x%llx", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " chn_flags=0x%llx", (unsigned long long)s->chn_flags);
	pv_fmt_add(fm, " mmio_megabytes=%llu", (unsigned long long)s->mmio_megabytes);
	pv_fmt_add(fm, " user_def=");
	pv_fmt_bytes(fm, s->user_def, 120);
	pv_fmt_add(fm, " sub_channel_index=%llu", (unsigned long long)s->sub_channel_index);
	pv_fmt_add(fm, " mmio_megabytes_optional=%llu", (unsigned long long)s->mmio_megabytes_optional);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " monitorid=%llu", (unsigned long long)s->monitorid);
	if (s->monitor_allocated_byte_rsvd)
		pv_fmt_add(fm, " monitor_allocated_byte_rsvd=0x%llx", (unsigned long long)s->monitor_allocated_byte_rsvd);
	pv_fmt_add(fm, " monitor_allocated=%llu", (unsigned long long)s->monitor_allocated);
	if (s->dedicated_interrupt_word_rsvd)
		pv_fmt_add(fm, " dedicated_interrupt_word_rsvd=0x%llx", (unsigned long long)s->dedicated_interrupt_word_rsvd);
	pv_fmt_add(fm, " is_dedicated_interrupt=%llu", (unsigned long long)s->is_dedicated_interrupt);
	pv_fmt_add(fm, " connection_id=%llu", (unsigned long long)s->connection_id);
}

int vmbus_offerchannel_format(const struct vmbus_offerchannel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "offerchannel", vmbus_offerchannel_fmt, s);
}

static void vmbus_rescind_channeloffer_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_rescind_channeloffer *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_rescind_channeloffer_format(const struct vmbus_rescind_channeloffer *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "rescind_channeloffer", vmbus_rescind_channeloffer_fmt, s);
}

static void vmbus_header_only_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_header_only *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
}

int vmbus_header_only_format(const struct vmbus_header_only *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "header_only", vmbus_header_only_fmt, s);
}

static void vmbus_openchannel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_openchannel *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " openid=%llu", (unsigned long long)s->openid);
	pv_fmt_add(fm, " ringbuffer_gpadlhandle=%llu", (unsigned long long)s->ringbuffer_gpadlhandle);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " downstream_ringbuffer_pageoffset=%llu", (unsigned long long)s->downstream_ringbuffer_pageoffset);
	pv_fmt_add(fm, " userdata=");
	pv_fmt_bytes(fm, s->userdata, 120);
}

int vmbus_openchannel_format(const struct vmbus_openchannel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "openchannel", vmbus_openchannel_fmt, s);
}

static void vmbus_openchannel2_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_openchannel2 *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " openid=%llu", (unsigned long long)s->openid);
	pv_fmt_add(fm, " ringbuffer_gpadlhandle=%llu", (unsigned long long)s->ringbuffer_gpadlhandle);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " downstream_ringbuffer_pageoffset=%llu", (unsigned long long)s->downstream_ringbuffer_pageoffset);
	pv_fmt_add(fm, " userdata=");
	pv_fmt_bytes(fm, s->userdata, 120);
	pv_fmt_add(fm, " connection_id=%llu", (unsigned long long)s->connection_id);
	pv_fmt_add(fm, " event_flag=%llu", (unsigned long long)s->event_flag);
	pv_fmt_add(fm, " open_flags=0x%llx", (unsigned long long)s->open_flags);
}

int vmbus_openchannel2_format(const struct vmbus_openchannel2 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "openchannel2", vmbus_openchannel2_fmt, s);
}

static void vmbus_openchannel_result_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_openchannel_result *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " openid=%llu", (unsigned long long)s->openid);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
}

int vmbus_openchannel_result_format(const struct vmbus_openchannel_result *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "openchannel_result", vmbus_openchannel_result_fmt, s);
}

static void vmbus_closechannel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_closechannel *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_closechannel_format(const struct vmbus_closechannel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "closechannel", vmbus_closechannel_fmt, s);
}

static void vmbus_gpadl_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_gpadl_header *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
	pv_fmt_add(fm, " range_buflen=%llu", (unsigned long long)s->range_buflen);
	pv_fmt_add(fm, " rangecount=%llu", (unsigned long long)s->rangecount);
	pv_fmt_add(fm, " data[%u]={", (unsigned)s->data_count);
	for (i = 0; i < s->data_count && i < 27; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->data[i]);
	}
	pv_fmt_add(fm, "}");
}

int vmbus_gpadl_header_format(const struct vmbus_gpadl_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "gpadl_header", vmbus_gpadl_header_fmt, s);
}

static void vmbus_gpadl_body_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_gpadl_body *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " msgnumber=%llu", (unsigned long long)s->msgnumber);
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
	pv_fmt_add(fm, " pfn[%u]={", (unsigned)s->pfn_count);
	for (i = 0; i < s->pfn_count && i < 28; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->pfn[i]);
	}
	pv_fmt_add(fm, "}");
}

int vmbus_gpadl_body_format(const struct vmbus_gpadl_body *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "gpadl_body", vmbus_gpadl_body_fmt, s);
}

static void vmbus_gpadl_created_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_gpadl_created *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
	pv_fmt_add(fm, " creation_status=%llu", (unsigned long long)s->creation_status);
}

int vmbus_gpadl_created_format(const struct vmbus_gpadl_created *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "gpadl_created", vmbus_gpadl_created_fmt, s);
}

static void vmbus_gpadl_teardown_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_gpadl_teardown *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
}

int vmbus_gpadl_teardown_format(const struct vmbus_gpadl_teardown *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "gpadl_teardown", vmbus_gpadl_teardown_fmt, s);
}

static void vmbus_gpadl_torndown_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_gpadl_torndown *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
}

int vmbus_gpadl_torndown_format(const struct vmbus_gpadl_torndown *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "gpadl_torndown", vmbus_gpadl_torndown_fmt, s);
}

static void vmbus_relid_released_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_relid_released *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_relid_released_format(const struct vmbus_relid_released *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "relid_released", vmbus_relid_released_fmt, s);
}

static void vmbus_initiate_contact_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_initiate_contact *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " vmbus_version_requested=%llu", (unsigned long long)s->vmbus_version_requested);
	pv_fmt_add(fm, " target_vcpu=%llu", (unsigned long long)s->target_vcpu);
	pv_fmt_add(fm, " interrupt_page=0x%llx", (unsigned long long)s->interrupt_page);
	pv_fmt_add(fm, " msg_sint=%llu", (unsigned long long)s->msg_sint);
	pv_fmt_add(fm, " msg_vtl=%llu", (unsigned long long)s->msg_vtl);
	pv_fmt_add(fm, " feature_flags=%llu", (unsigned long long)s->feature_flags);
	pv_fmt_add(fm, " monitor_page1=0x%llx", (unsigned long long)s->monitor_page1);
	pv_fmt_add(fm, " monitor_page2=0x%llx", (unsigned long long)s->monitor_page2);
}

int vmbus_initiate_contact_format(const struct vmbus_initiate_contact *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "initiate_contact", vmbus_initiate_contact_fmt, s);
}

static void vmbus_initiate_contact2_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_initiate_contact2 *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " vmbus_version_requested=%llu", (unsigned long long)s->vmbus_version_requested);
	pv_fmt_add(fm, " target_vcpu=%llu", (unsigned long long)s->target_vcpu);
	pv_fmt_add(fm, " interrupt_page=0x%llx", (unsigned long long)s->interrupt_page);
	pv_fmt_add(fm, " msg_sint=%llu", (unsigned long long)s->msg_sint);
	pv_fmt_add(fm, " msg_vtl=%llu", (unsigned long long)s->msg_vtl);
	pv_fmt_add(fm, " feature_flags=%llu", (unsigned long long)s->feature_flags);
	pv_fmt_add(fm, " monitor_page1=0x%llx", (unsigned long long)s->monitor_page1);
	pv_fmt_add(fm, " monitor_page2=0x%llx", (unsigned long long)s->monitor_page2);
	pv_fmt_add(fm, " client_id=");
	pv_fmt_guid(fm, s->client_id);
}

int vmbus_initiate_contact2_format(const struct vmbus_initiate_contact2 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "initiate_contact2", vmbus_initiate_contact2_fmt, s);
}

static void vmbus_version_response_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_version_response *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " version_supported=%llu", (unsigned long long)s->version_supported);
	pv_fmt_add(fm, " connection_state=%s(%lld)", vmbus_connection_state_name((uint32_t)s->connection_state), (long long)s->connection_state);
	pv_fmt_add(fm, " padding=%llu", (unsigned long long)s->padding);
	pv_fmt_add(fm, " msg_conn_id=%llu", (unsigned long long)s->msg_conn_id);
}

int vmbus_version_response_format(const struct vmbus_version_response *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "version_response", vmbus_version_response_fmt, s);
}

static void vmbus_version_response2_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_version_response2 *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " version_supported=%llu", (unsigned long long)s->version_supported);
	pv_fmt_add(fm, " connection_state=%s(%lld)", vmbus_connection_state_name((uint32_t)s->connection_state), (long long)s->connection_state);
	pv_fmt_add(fm, " padding=%llu", (unsigned long long)s->padding);
	pv_fmt_add(fm, " msg_conn_id=%llu", (unsigned long long)s->msg_conn_id);
	pv_fmt_add(fm, " supported_features=0x%llx", (unsigned long long)s->supported_features);
}

int vmbus_version_response2_format(const struct vmbus_version_response2 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "version_response2", vmbus_version_response2_fmt, s);
}

static void vmbus_open_reserved_channel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_open_reserved_channel *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " target_sint=%llu", (unsigned long long)s->target_sint);
	pv_fmt_add(fm, " ringbuffer_gpadl=%llu", (unsigned long long)s->ringbuffer_gpadl);
	pv_fmt_add(fm, " downstream_page_offset=%llu", (unsigned long long)s->downstream_page_offset);
}

int vmbus_open_reserved_channel_format(const struct vmbus_open_reserved_channel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "open_reserved_channel", vmbus_open_reserved_channel_fmt, s);
}

static void vmbus_close_reserved_channel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_close_reserved_channel *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " target_sint=%llu", (unsigned long long)s->target_sint);
}

int vmbus_close_reserved_channel_format(const struct vmbus_close_reserved_channel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "close_reserved_channel", vmbus_close_reserved_channel_fmt, s);
}

static void vmbus_close_reserved_response_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_close_reserved_response *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_close_reserved_response_format(const struct vmbus_close_reserved_response *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "close_reserved_response", vmbus_close_reserved_response_fmt, s);
}

static void vmbus_tl_connect_request_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_tl_connect_request *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " guest_endpoint_id=");
	pv_fmt_guid(fm, s->guest_endpoint_id);
	pv_fmt_add(fm, " host_service_id=");
	pv_fmt_guid(fm, s->host_service_id);
}

int vmbus_tl_connect_request_format(const struct vmbus_tl_connect_request *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "tl_connect_request", vmbus_tl_connect_request_fmt, s);
}

static void vmbus_tl_connect_request2_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_tl_connect_request2 *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " guest_endpoint_id=");
	pv_fmt_guid(fm, s->guest_endpoint_id);
	pv_fmt_add(fm, " host_service_id=");
	pv_fmt_guid(fm, s->host_service_id);
	pv_fmt_add(fm, " silo_id=");
	pv_fmt_guid(fm, s->silo_id);
}

int vmbus_tl_connect_request2_format(const struct vmbus_tl_connect_request2 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "tl_connect_request2", vmbus_tl_connect_request2_fmt, s);
}

static void vmbus_modifychannel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_modifychannel *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
}

int vmbus_modifychannel_format(const struct vmbus_modifychannel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "modifychannel", vmbus_modifychannel_fmt, s);
}

static void vmbus_tl_connect_result_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_tl_connect_result *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " guest_endpoint_id=");
	pv_fmt_guid(fm, s->guest_endpoint_id);
	pv_fmt_add(fm, " host_service_id=");
	pv_fmt_guid(fm, s->host_service_id);
	pv_fmt_add(fm, " status=%lld", (long long)s->status);
}

int vmbus_tl_connect_result_format(const struct vmbus_tl_connect_result *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "tl_connect_result", vmbus_tl_connect_result_fmt, s);
}

static void vmbus_modifychannel_response_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_modifychannel_response *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " status=%lld", (long long)s->status);
}

int vmbus_modifychannel_response_format(const struct vmbus_modifychannel_response *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "modifychannel_response", vmbus_modifychannel_response_fmt, s);
}

static void vmbus_modify_connection_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_modify_connection *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " parent_to_child_monitor_page_gpa=0x%llx", (unsigned long long)s->parent_to_child_monitor_page_gpa);
	pv_fmt_add(fm, " child_to_parent_monitor_page_gpa=0x%llx", (unsigned long long)s->child_to_parent_monitor_page_gpa);
}

int vmbus_modify_connection_format(const struct vmbus_modify_connection *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "modify_connection", vmbus_modify_connection_fmt, s);
}

static void vmbus_modify_connection_response_fmt(struct pv_fmt *fm, const void *p)
{
	const struct vmbus_modify_connection_response *s = p;

	pv_fmt_sub(fm, " hdr={", vmbus_msg_header_fmt, &s->hdr);
	pv_fmt_add(fm, " connection_state=%s(%lld)", vmbus_connection_state_name((uint32_t)s->connection_state), (long long)s->connection_state);
}

int vmbus_modify_connection_response_format(const struct vmbus_modify_connection_response *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "modify_connection_response", vmbus_modify_connection_response_fmt, s);
}

/* Printers by table row and variant. */
static void (*const vmbus_msg_fmts[][2])(struct pv_fmt *, const void *) = {
	{vmbus_offerchannel_fmt},	/* OFFERCHANNEL */
	{vmbus_rescind_channeloffer_fmt},	/* RESCIND_CHANNELOFFER */
	{vmbus_header_only_fmt},	/* REQUESTOFFERS */
	{vmbus_header_only_fmt},	/* ALLOFFERS_DELIVERED */
	{vmbus_openchannel2_fmt, vmbus_openchannel_fmt},	/* OPENCHANNEL */
	{vmbus_openchannel_result_fmt},	/* OPENCHANNEL_RESULT */
	{vmbus_closechannel_fmt},	/* CLOSECHANNEL */
	{vmbus_gpadl_header_fmt},	/* GPADL_HEADER */
	{vmbus_gpadl_body_fmt},	/* GPADL_BODY */
	{vmbus_gpadl_created_fmt},	/* GPADL_CREATED */
	{vmbus_gpadl_teardown_fmt},	/* GPADL_TEARDOWN */
	{vmbus_gpadl_torndown_fmt},	/* GPADL_TORNDOWN */
	{vmbus_relid_released_fmt},	/* RELID_RELEASED */
	{vmbus_initiate_contact2_fmt, vmbus_initiate_contact_fmt},	/* INITIATE_CONTACT */
	{vmbus_version_response2_fmt, vmbus_version_response_fmt},	/* VERSION_RESPONSE */
	{vmbus_header_only_fmt},	/* UNLOAD */
	{vmbus_header_only_fmt},	/* UNLOAD_RESPONSE */
	{vmbus_open_reserved_channel_fmt},	/* OPEN_RESERVED_CHANNEL */
	{vmbus_close_reserved_channel_fmt},	/* CLOSE_RESERVED_CHANNEL */
	{vmbus_close_reserved_response_fmt},	/* CLOSE_RESERVED_RESPONSE */
	{vmbus_tl_connect_request2_fmt, vmbus_tl_connect_request_fmt},	/* TL_CONNECT_REQUEST */
	{vmbus_modifychannel_fmt},	/* MODIFYCHANNEL */
	{vmbus_tl_connect_result_fmt},	/* TL_CONNECT_RESULT */
	{vmbus_modifychannel_response_fmt},	/* MODIFYCHANNEL_RESPONSE */
	{vmbus_modify_connection_fmt},	/* MODIFY_CONNECTION */
	{vmbus_modify_connection_response_fmt},	/* MODIFY_CONNECTION_RESPONSE */
	{vmbus_header_only_fmt},	/* PAUSE */
	{vmbus_header_only_fmt},	/* PAUSE_RESPONSE */
	{vmbus_header_only_fmt},	/* RESUME */
};

int vmbus_msg_format(const struct vmbus_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = vmbus_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 2 || !vmbus_msg_fmts[d - vmbus_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		vmbus_msg_fmts[d - vmbus_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
