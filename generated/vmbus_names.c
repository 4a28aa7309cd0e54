/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <stdio.h>

#include "vmbus_codec.h"

const char *vmbus_msg_type_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "INVALID";
	case 1:
		return "OFFERCHANNEL";
	case 2:
		return "RESCIND_CHANNELOFFER";
	case 3:
		return "REQUESTOFFERS";
	case 4:
		return "ALLOFFERS_DELIVERED";
	case 5:
		return "OPENCHANNEL";
	case 6:
		return "OPENCHANNEL_RESULT";
	case 7:
		return "CLOSECHANNEL";
	case 8:
		return "GPADL_HEADER";
	case 9:
		return "GPADL_BODY";
	case 10:
		return "GPADL_CREATED";
	case 11:
		return "GPADL_TEARDOWN";
	case 12:
		return "GPADL_TORNDOWN";
	case 13:
		return "RELID_RELEASED";
	case 14:
		return "INITIATE_CONTACT";
	case 15:
		return "VERSION_RESPONSE";
	case 16:
		return "UNLOAD";
	case 17:
		return "UNLOAD_RESPONSE";
	case 18:
		return "OPEN_RESERVED_CHANNEL";
	case 19:
		return "CLOSE_RESERVED_CHANNEL";
	case 20:
		return "CLOSE_RESERVED_RESPONSE";
	case 21:
		return "TL_CONNECT_REQUEST";
	case 22:
		return "MODIFYCHANNEL";
	case 23:
		return "TL_CONNECT_RESULT";
	case 24:
		return "MODIFYCHANNEL_RESPONSE";
	case 25:
		return "MODIFY_CONNECTION";
	case 26:
		return "MODIFY_CONNECTION_RESPONSE";
	case 27:
		return "PAUSE";
	case 28:
		return "PAUSE_RESPONSE";
	case 29:
		return "RESUME";
	default:
		return "?";
	}
}

const char *vmbus_connection_state_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "SUCCESSFUL";
	case 1:
		return "FAILED_LOW_RESOURCES";
	case 2:
		return "FAILED_UNKNOWN_FAILURE";
	default:
		return "?";
	}
}

static void vmbus_msg_header_fmt(struct pv_fmt *fm, const struct vmbus_msg_header *s)
{
	pv_fmt_add(fm, " msgtype=%s(%lld)", vmbus_msg_type_name((uint32_t)s->msgtype), (long long)s->msgtype);
	pv_fmt_add(fm, " padding=%llu", (unsigned long long)s->padding);
}

int vmbus_msg_header_format(const struct vmbus_msg_header *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "msg_header");
	vmbus_msg_header_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_offerchannel_fmt(struct pv_fmt *fm, const struct vmbus_offerchannel *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "offerchannel");
	vmbus_offerchannel_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_rescind_channeloffer_fmt(struct pv_fmt *fm, const struct vmbus_rescind_channeloffer *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_rescind_channeloffer_format(const struct vmbus_rescind_channeloffer *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "rescind_channeloffer");
	vmbus_rescind_channeloffer_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_header_only_fmt(struct pv_fmt *fm, const struct vmbus_header_only *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
}

int vmbus_header_only_format(const struct vmbus_header_only *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "header_only");
	vmbus_header_only_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_openchannel_fmt(struct pv_fmt *fm, const struct vmbus_openchannel *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "openchannel");
	vmbus_openchannel_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_openchannel2_fmt(struct pv_fmt *fm, const struct vmbus_openchannel2 *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "openchannel2");
	vmbus_openchannel2_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_openchannel_result_fmt(struct pv_fmt *fm, const struct vmbus_openchannel_result *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " openid=%llu", (unsigned long long)s->openid);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
}

int vmbus_openchannel_result_format(const struct vmbus_openchannel_result *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "openchannel_result");
	vmbus_openchannel_result_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_closechannel_fmt(struct pv_fmt *fm, const struct vmbus_closechannel *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_closechannel_format(const struct vmbus_closechannel *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "closechannel");
	vmbus_closechannel_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_gpadl_header_fmt(struct pv_fmt *fm, const struct vmbus_gpadl_header *s)
{
	size_t i;

	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "gpadl_header");
	vmbus_gpadl_header_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_gpadl_body_fmt(struct pv_fmt *fm, const struct vmbus_gpadl_body *s)
{
	size_t i;

	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "gpadl_body");
	vmbus_gpadl_body_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_gpadl_created_fmt(struct pv_fmt *fm, const struct vmbus_gpadl_created *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
	pv_fmt_add(fm, " creation_status=%llu", (unsigned long long)s->creation_status);
}

int vmbus_gpadl_created_format(const struct vmbus_gpadl_created *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "gpadl_created");
	vmbus_gpadl_created_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_gpadl_teardown_fmt(struct pv_fmt *fm, const struct vmbus_gpadl_teardown *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
}

int vmbus_gpadl_teardown_format(const struct vmbus_gpadl_teardown *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "gpadl_teardown");
	vmbus_gpadl_teardown_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_gpadl_torndown_fmt(struct pv_fmt *fm, const struct vmbus_gpadl_torndown *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " gpadl=%llu", (unsigned long long)s->gpadl);
}

int vmbus_gpadl_torndown_format(const struct vmbus_gpadl_torndown *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "gpadl_torndown");
	vmbus_gpadl_torndown_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_relid_released_fmt(struct pv_fmt *fm, const struct vmbus_relid_released *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_relid_released_format(const struct vmbus_relid_released *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "relid_released");
	vmbus_relid_released_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_initiate_contact_fmt(struct pv_fmt *fm, const struct vmbus_initiate_contact *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "initiate_contact");
	vmbus_initiate_contact_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_initiate_contact2_fmt(struct pv_fmt *fm, const struct vmbus_initiate_contact2 *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
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
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "initiate_contact2");
	vmbus_initiate_contact2_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_version_response_fmt(struct pv_fmt *fm, const struct vmbus_version_response *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " version_supported=%llu", (unsigned long long)s->version_supported);
	pv_fmt_add(fm, " connection_state=%s(%lld)", vmbus_connection_state_name((uint32_t)s->connection_state), (long long)s->connection_state);
	pv_fmt_add(fm, " padding=%llu", (unsigned long long)s->padding);
	pv_fmt_add(fm, " msg_conn_id=%llu", (unsigned long long)s->msg_conn_id);
}

int vmbus_version_response_format(const struct vmbus_version_response *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "version_response");
	vmbus_version_response_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_version_response2_fmt(struct pv_fmt *fm, const struct vmbus_version_response2 *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " version_supported=%llu", (unsigned long long)s->version_supported);
	pv_fmt_add(fm, " connection_state=%s(%lld)", vmbus_connection_state_name((uint32_t)s->connection_state), (long long)s->connection_state);
	pv_fmt_add(fm, " padding=%llu", (unsigned long long)s->padding);
	pv_fmt_add(fm, " msg_conn_id=%llu", (unsigned long long)s->msg_conn_id);
	pv_fmt_add(fm, " supported_features=0x%llx", (unsigned long long)s->supported_features);
}

int vmbus_version_response2_format(const struct vmbus_version_response2 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "version_response2");
	vmbus_version_response2_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_open_reserved_channel_fmt(struct pv_fmt *fm, const struct vmbus_open_reserved_channel *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " target_sint=%llu", (unsigned long long)s->target_sint);
	pv_fmt_add(fm, " ringbuffer_gpadl=%llu", (unsigned long long)s->ringbuffer_gpadl);
	pv_fmt_add(fm, " downstream_page_offset=%llu", (unsigned long long)s->downstream_page_offset);
}

int vmbus_open_reserved_channel_format(const struct vmbus_open_reserved_channel *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "open_reserved_channel");
	vmbus_open_reserved_channel_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_close_reserved_channel_fmt(struct pv_fmt *fm, const struct vmbus_close_reserved_channel *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " target_sint=%llu", (unsigned long long)s->target_sint);
}

int vmbus_close_reserved_channel_format(const struct vmbus_close_reserved_channel *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "close_reserved_channel");
	vmbus_close_reserved_channel_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_close_reserved_response_fmt(struct pv_fmt *fm, const struct vmbus_close_reserved_response *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
}

int vmbus_close_reserved_response_format(const struct vmbus_close_reserved_response *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "close_reserved_response");
	vmbus_close_reserved_response_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_tl_connect_request_fmt(struct pv_fmt *fm, const struct vmbus_tl_connect_request *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " guest_endpoint_id=");
	pv_fmt_guid(fm, s->guest_endpoint_id);
	pv_fmt_add(fm, " host_service_id=");
	pv_fmt_guid(fm, s->host_service_id);
}

int vmbus_tl_connect_request_format(const struct vmbus_tl_connect_request *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "tl_connect_request");
	vmbus_tl_connect_request_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_tl_connect_request2_fmt(struct pv_fmt *fm, const struct vmbus_tl_connect_request2 *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " guest_endpoint_id=");
	pv_fmt_guid(fm, s->guest_endpoint_id);
	pv_fmt_add(fm, " host_service_id=");
	pv_fmt_guid(fm, s->host_service_id);
	pv_fmt_add(fm, " silo_id=");
	pv_fmt_guid(fm, s->silo_id);
}

int vmbus_tl_connect_request2_format(const struct vmbus_tl_connect_request2 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "tl_connect_request2");
	vmbus_tl_connect_request2_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_modifychannel_fmt(struct pv_fmt *fm, const struct vmbus_modifychannel *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
}

int vmbus_modifychannel_format(const struct vmbus_modifychannel *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "modifychannel");
	vmbus_modifychannel_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_tl_connect_result_fmt(struct pv_fmt *fm, const struct vmbus_tl_connect_result *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " guest_endpoint_id=");
	pv_fmt_guid(fm, s->guest_endpoint_id);
	pv_fmt_add(fm, " host_service_id=");
	pv_fmt_guid(fm, s->host_service_id);
	pv_fmt_add(fm, " status=%lld", (long long)s->status);
}

int vmbus_tl_connect_result_format(const struct vmbus_tl_connect_result *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "tl_connect_result");
	vmbus_tl_connect_result_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_modifychannel_response_fmt(struct pv_fmt *fm, const struct vmbus_modifychannel_response *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " status=%lld", (long long)s->status);
}

int vmbus_modifychannel_response_format(const struct vmbus_modifychannel_response *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "modifychannel_response");
	vmbus_modifychannel_response_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_modify_connection_fmt(struct pv_fmt *fm, const struct vmbus_modify_connection *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " parent_to_child_monitor_page_gpa=0x%llx", (unsigned long long)s->parent_to_child_monitor_page_gpa);
	pv_fmt_add(fm, " child_to_parent_monitor_page_gpa=0x%llx", (unsigned long long)s->child_to_parent_monitor_page_gpa);
}

int vmbus_modify_connection_format(const struct vmbus_modify_connection *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "modify_connection");
	vmbus_modify_connection_fmt(&fm, s);
	return (int)fm.len;
}

static void vmbus_modify_connection_response_fmt(struct pv_fmt *fm, const struct vmbus_modify_connection_response *s)
{
	pv_fmt_add(fm, " hdr={");
	vmbus_msg_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " connection_state=%s(%lld)", vmbus_connection_state_name((uint32_t)s->connection_state), (long long)s->connection_state);
}

int vmbus_modify_connection_response_format(const struct vmbus_modify_connection_response *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "modify_connection_response");
	vmbus_modify_connection_response_fmt(&fm, s);
	return (int)fm.len;
}

int vmbus_msg_format(const struct vmbus_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = vmbus_msg_lookup(m->type);
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
		vmbus_offerchannel_fmt(&fm, &m->u.offerchannel);
		break;
	case UINT64_C(0x2) << 32 | 0:
		vmbus_rescind_channeloffer_fmt(&fm, &m->u.rescind_channeloffer);
		break;
	case UINT64_C(0x3) << 32 | 0:
		vmbus_header_only_fmt(&fm, &m->u.requestoffers);
		break;
	case UINT64_C(0x4) << 32 | 0:
		vmbus_header_only_fmt(&fm, &m->u.alloffers_delivered);
		break;
	case UINT64_C(0x5) << 32 | 0:
		vmbus_openchannel2_fmt(&fm, &m->u.openchannel2);
		break;
	case UINT64_C(0x5) << 32 | 1:
		vmbus_openchannel_fmt(&fm, &m->u.openchannel);
		break;
	case UINT64_C(0x6) << 32 | 0:
		vmbus_openchannel_result_fmt(&fm, &m->u.openchannel_result);
		break;
	case UINT64_C(0x7) << 32 | 0:
		vmbus_closechannel_fmt(&fm, &m->u.closechannel);
		break;
	case UINT64_C(0x8) << 32 | 0:
		vmbus_gpadl_header_fmt(&fm, &m->u.gpadl_header);
		break;
	case UINT64_C(0x9) << 32 | 0:
		vmbus_gpadl_body_fmt(&fm, &m->u.gpadl_body);
		break;
	case UINT64_C(0xa) << 32 | 0:
		vmbus_gpadl_created_fmt(&fm, &m->u.gpadl_created);
		break;
	case UINT64_C(0xb) << 32 | 0:
		vmbus_gpadl_teardown_fmt(&fm, &m->u.gpadl_teardown);
		break;
	case UINT64_C(0xc) << 32 | 0:
		vmbus_gpadl_torndown_fmt(&fm, &m->u.gpadl_torndown);
		break;
	case UINT64_C(0xd) << 32 | 0:
		vmbus_relid_released_fmt(&fm, &m->u.relid_released);
		break;
	case UINT64_C(0xe) << 32 | 0:
		vmbus_initiate_contact2_fmt(&fm, &m->u.initiate_contact2);
		break;
	case UINT64_C(0xe) << 32 | 1:
		vmbus_initiate_contact_fmt(&fm, &m->u.initiate_contact);
		break;
	case UINT64_C(0xf) << 32 | 0:
		vmbus_version_response2_fmt(&fm, &m->u.version_response2);
		break;
	case UINT64_C(0xf) << 32 | 1:
		vmbus_version_response_fmt(&fm, &m->u.version_response);
		break;
	case UINT64_C(0x10) << 32 | 0:
		vmbus_header_only_fmt(&fm, &m->u.unload);
		break;
	case UINT64_C(0x11) << 32 | 0:
		vmbus_header_only_fmt(&fm, &m->u.unload_response);
		break;
	case UINT64_C(0x12) << 32 | 0:
		vmbus_open_reserved_channel_fmt(&fm, &m->u.open_reserved_channel);
		break;
	case UINT64_C(0x13) << 32 | 0:
		vmbus_close_reserved_channel_fmt(&fm, &m->u.close_reserved_channel);
		break;
	case UINT64_C(0x14) << 32 | 0:
		vmbus_close_reserved_response_fmt(&fm, &m->u.close_reserved_response);
		break;
	case UINT64_C(0x15) << 32 | 0:
		vmbus_tl_connect_request2_fmt(&fm, &m->u.tl_connect_request2);
		break;
	case UINT64_C(0x15) << 32 | 1:
		vmbus_tl_connect_request_fmt(&fm, &m->u.tl_connect_request);
		break;
	case UINT64_C(0x16) << 32 | 0:
		vmbus_modifychannel_fmt(&fm, &m->u.modifychannel);
		break;
	case UINT64_C(0x17) << 32 | 0:
		vmbus_tl_connect_result_fmt(&fm, &m->u.tl_connect_result);
		break;
	case UINT64_C(0x18) << 32 | 0:
		vmbus_modifychannel_response_fmt(&fm, &m->u.modifychannel_response);
		break;
	case UINT64_C(0x19) << 32 | 0:
		vmbus_modify_connection_fmt(&fm, &m->u.modify_connection);
		break;
	case UINT64_C(0x1a) << 32 | 0:
		vmbus_modify_connection_response_fmt(&fm, &m->u.modify_connection_response);
		break;
	case UINT64_C(0x1b) << 32 | 0:
		vmbus_header_only_fmt(&fm, &m->u.pause);
		break;
	case UINT64_C(0x1c) << 32 | 0:
		vmbus_header_only_fmt(&fm, &m->u.pause_response);
		break;
	case UINT64_C(0x1d) << 32 | 0:
		vmbus_header_only_fmt(&fm, &m->u.resume);
		break;
	default:
		pv_fmt_add(&fm, " variant=%u", m->variant);
		break;
	}
	return (int)fm.len;
}
