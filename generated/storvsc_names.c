/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */

#include <stdio.h>

#include "storvsc_codec.h"

const char *storvsc_operation_name(uint32_t v)
{
	switch (v) {
	case 1:
		return "COMPLETE_IO";
	case 2:
		return "REMOVE_DEVICE";
	case 3:
		return "EXECUTE_SRB";
	case 4:
		return "RESET_LUN";
	case 5:
		return "RESET_ADAPTER";
	case 6:
		return "RESET_BUS";
	case 7:
		return "BEGIN_INITIALIZATION";
	case 8:
		return "END_INITIALIZATION";
	case 9:
		return "QUERY_PROTOCOL_VERSION";
	case 10:
		return "QUERY_PROPERTIES";
	case 11:
		return "ENUMERATE_BUS";
	case 12:
		return "FCHBA_DATA";
	case 13:
		return "CREATE_SUB_CHANNELS";
	case 14:
		return "EVENT_NOTIFICATION";
	default:
		return "?";
	}
}

const char *storvsc_ntstatus_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "SUCCESS";
	case 0x80000005U:
		return "BUFFER_OVERFLOW";
	case 0x80000011U:
		return "DEVICE_BUSY";
	case 0xc0000001U:
		return "UNSUCCESSFUL";
	case 0xc000000dU:
		return "INVALID_PARAMETER";
	case 0xc0000010U:
		return "INVALID_DEVICE_REQUEST";
	case 0xc0000059U:
		return "REVISION_MISMATCH";
	case 0xc000009dU:
		return "DEVICE_NOT_CONNECTED";
	case 0xc00000b5U:
		return "IO_TIMEOUT";
	case 0xc00000c0U:
		return "DEVICE_DOES_NOT_EXIST";
	case 0xc0000120U:
		return "CANCELLED";
	case 0xc0000184U:
		return "INVALID_DEVICE_STATE";
	case 0xc0000185U:
		return "IO_DEVICE_ERROR";
	default:
		return "?";
	}
}

const char *storvsc_srb_status_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "PENDING";
	case 1:
		return "SUCCESS";
	case 2:
		return "ABORTED";
	case 4:
		return "ERROR";
	case 6:
		return "INVALID_REQUEST";
	case 18:
		return "DATA_OVERRUN";
	case 32:
		return "INVALID_LUN";
	case 48:
		return "INTERNAL_ERROR";
	default:
		return "?";
	}
}

const char *storvsc_data_in_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "WRITE";
	case 1:
		return "READ";
	case 2:
		return "UNKNOWN";
	default:
		return "?";
	}
}

static void storvsc_offer_properties_fmt(struct pv_fmt *fm, const struct storvsc_offer_properties *s)
{
	size_t i;

	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " path_id=%llu", (unsigned long long)s->path_id);
	pv_fmt_add(fm, " target_id=%llu", (unsigned long long)s->target_id);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
	pv_fmt_add(fm, " reserved3={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved3[i]);
	pv_fmt_add(fm, "}");
}

int storvsc_offer_properties_format(const struct storvsc_offer_properties *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "offer_properties");
	storvsc_offer_properties_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_scsi_request_v1_fmt(struct pv_fmt *fm, const struct storvsc_scsi_request_v1 *s)
{
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " srb_status=0x%llx", (unsigned long long)s->srb_status);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " queue_frozen=%llu", (unsigned long long)s->queue_frozen);
	pv_fmt_add(fm, " autosense_valid=%llu", (unsigned long long)s->autosense_valid);
	pv_fmt_add(fm, " scsi_status=%llu", (unsigned long long)s->scsi_status);
	pv_fmt_add(fm, " port_number=%llu", (unsigned long long)s->port_number);
	pv_fmt_add(fm, " path_id=%llu", (unsigned long long)s->path_id);
	pv_fmt_add(fm, " target_id=%llu", (unsigned long long)s->target_id);
	pv_fmt_add(fm, " lun=%llu", (unsigned long long)s->lun);
	pv_fmt_add(fm, " cdb_length=%llu", (unsigned long long)s->cdb_length);
	pv_fmt_add(fm, " sense_info_length=%llu", (unsigned long long)s->sense_info_length);
	pv_fmt_add(fm, " data_in=%s(%lld)", storvsc_data_in_name((uint32_t)s->data_in), (long long)s->data_in);
	pv_fmt_add(fm, " properties=%llu", (unsigned long long)s->properties);
	pv_fmt_add(fm, " data_transfer_length=%llu", (unsigned long long)s->data_transfer_length);
	pv_fmt_add(fm, " cdb=");
	pv_fmt_bytes(fm, s->cdb, 20);
}

int storvsc_scsi_request_v1_format(const struct storvsc_scsi_request_v1 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "scsi_request_v1");
	storvsc_scsi_request_v1_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_scsi_request_fmt(struct pv_fmt *fm, const struct storvsc_scsi_request *s)
{
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " srb_status=0x%llx", (unsigned long long)s->srb_status);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " queue_frozen=%llu", (unsigned long long)s->queue_frozen);
	pv_fmt_add(fm, " autosense_valid=%llu", (unsigned long long)s->autosense_valid);
	pv_fmt_add(fm, " scsi_status=%llu", (unsigned long long)s->scsi_status);
	pv_fmt_add(fm, " port_number=%llu", (unsigned long long)s->port_number);
	pv_fmt_add(fm, " path_id=%llu", (unsigned long long)s->path_id);
	pv_fmt_add(fm, " target_id=%llu", (unsigned long long)s->target_id);
	pv_fmt_add(fm, " lun=%llu", (unsigned long long)s->lun);
	pv_fmt_add(fm, " cdb_length=%llu", (unsigned long long)s->cdb_length);
	pv_fmt_add(fm, " sense_info_length=%llu", (unsigned long long)s->sense_info_length);
	pv_fmt_add(fm, " data_in=%s(%lld)", storvsc_data_in_name((uint32_t)s->data_in), (long long)s->data_in);
	pv_fmt_add(fm, " properties=%llu", (unsigned long long)s->properties);
	pv_fmt_add(fm, " data_transfer_length=%llu", (unsigned long long)s->data_transfer_length);
	pv_fmt_add(fm, " cdb=");
	pv_fmt_bytes(fm, s->cdb, 20);
	pv_fmt_add(fm, " reserve=%llu", (unsigned long long)s->reserve);
	pv_fmt_add(fm, " queue_tag=%llu", (unsigned long long)s->queue_tag);
	pv_fmt_add(fm, " queue_action=%llu", (unsigned long long)s->queue_action);
	pv_fmt_add(fm, " srb_flags=%llu", (unsigned long long)s->srb_flags);
	pv_fmt_add(fm, " time_out_value=%llu", (unsigned long long)s->time_out_value);
	pv_fmt_add(fm, " queue_sort_key=%llu", (unsigned long long)s->queue_sort_key);
}

int storvsc_scsi_request_format(const struct storvsc_scsi_request *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "scsi_request");
	storvsc_scsi_request_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_channel_properties_fmt(struct pv_fmt *fm, const struct storvsc_channel_properties *s)
{
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " max_channel_cnt=%llu", (unsigned long long)s->max_channel_cnt);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " max_transfer_bytes=%llu", (unsigned long long)s->max_transfer_bytes);
	pv_fmt_add(fm, " reserved2=0x%llx", (unsigned long long)s->reserved2);
}

int storvsc_channel_properties_format(const struct storvsc_channel_properties *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "channel_properties");
	storvsc_channel_properties_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_protocol_version_fmt(struct pv_fmt *fm, const struct storvsc_protocol_version *s)
{
	pv_fmt_add(fm, " major_minor=%llu", (unsigned long long)s->major_minor);
	pv_fmt_add(fm, " revision=%llu", (unsigned long long)s->revision);
}

int storvsc_protocol_version_format(const struct storvsc_protocol_version *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "protocol_version");
	storvsc_protocol_version_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_fc_wwn_fmt(struct pv_fmt *fm, const struct storvsc_fc_wwn *s)
{
	pv_fmt_add(fm, " primary_active=%llu", (unsigned long long)s->primary_active);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " primary_port_wwn=");
	pv_fmt_bytes(fm, s->primary_port_wwn, 8);
	pv_fmt_add(fm, " primary_node_wwn=");
	pv_fmt_bytes(fm, s->primary_node_wwn, 8);
	pv_fmt_add(fm, " secondary_port_wwn=");
	pv_fmt_bytes(fm, s->secondary_port_wwn, 8);
	pv_fmt_add(fm, " secondary_node_wwn=");
	pv_fmt_bytes(fm, s->secondary_node_wwn, 8);
}

int storvsc_fc_wwn_format(const struct storvsc_fc_wwn *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "fc_wwn");
	storvsc_fc_wwn_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_notification_fmt(struct pv_fmt *fm, const struct storvsc_notification *s)
{
	pv_fmt_add(fm, " lun=%llu", (unsigned long long)s->lun);
	pv_fmt_add(fm, " target=%llu", (unsigned long long)s->target);
	pv_fmt_add(fm, " path=%llu", (unsigned long long)s->path);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
}

int storvsc_notification_format(const struct storvsc_notification *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "notification");
	storvsc_notification_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_header_fmt(struct pv_fmt *fm, const struct storvsc_header *s)
{
	pv_fmt_add(fm, " operation=%s(%lld)", storvsc_operation_name((uint32_t)s->operation), (long long)s->operation);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
}

int storvsc_header_format(const struct storvsc_header *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "header");
	storvsc_header_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_packet_fmt(struct pv_fmt *fm, const struct storvsc_packet *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " payload=");
	pv_fmt_bytes(fm, s->payload, 52);
}

int storvsc_packet_format(const struct storvsc_packet *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "packet");
	storvsc_packet_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_packet_v1_fmt(struct pv_fmt *fm, const struct storvsc_packet_v1 *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " payload=");
	pv_fmt_bytes(fm, s->payload, 36);
}

int storvsc_packet_v1_format(const struct storvsc_packet_v1 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "packet_v1");
	storvsc_packet_v1_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_srb_packet_fmt(struct pv_fmt *fm, const struct storvsc_srb_packet *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " srb={");
	storvsc_scsi_request_fmt(fm, &s->srb);
	pv_fmt_add(fm, " }");
}

int storvsc_srb_packet_format(const struct storvsc_srb_packet *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "srb_packet");
	storvsc_srb_packet_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_srb_packet_v1_fmt(struct pv_fmt *fm, const struct storvsc_srb_packet_v1 *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " srb={");
	storvsc_scsi_request_v1_fmt(fm, &s->srb);
	pv_fmt_add(fm, " }");
}

int storvsc_srb_packet_v1_format(const struct storvsc_srb_packet_v1 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "srb_packet_v1");
	storvsc_srb_packet_v1_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_version_packet_fmt(struct pv_fmt *fm, const struct storvsc_version_packet *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " version={");
	storvsc_protocol_version_fmt(fm, &s->version);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 48);
}

int storvsc_version_packet_format(const struct storvsc_version_packet *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "version_packet");
	storvsc_version_packet_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_version_packet_v1_fmt(struct pv_fmt *fm, const struct storvsc_version_packet_v1 *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " version={");
	storvsc_protocol_version_fmt(fm, &s->version);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 32);
}

int storvsc_version_packet_v1_format(const struct storvsc_version_packet_v1 *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "version_packet_v1");
	storvsc_version_packet_v1_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_properties_reply_fmt(struct pv_fmt *fm, const struct storvsc_properties_reply *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " props={");
	storvsc_channel_properties_fmt(fm, &s->props);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 28);
}

int storvsc_properties_reply_format(const struct storvsc_properties_reply *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "properties_reply");
	storvsc_properties_reply_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_create_sub_channels_fmt(struct pv_fmt *fm, const struct storvsc_create_sub_channels *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " sub_channel_count=%llu", (unsigned long long)s->sub_channel_count);
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 50);
}

int storvsc_create_sub_channels_format(const struct storvsc_create_sub_channels *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "create_sub_channels");
	storvsc_create_sub_channels_fmt(&fm, s);
	return (int)fm.len;
}

static void storvsc_event_notification_fmt(struct pv_fmt *fm, const struct storvsc_event_notification *s)
{
	pv_fmt_add(fm, " hdr={");
	storvsc_header_fmt(fm, &s->hdr);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " event={");
	storvsc_notification_fmt(fm, &s->event);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 48);
}

int storvsc_event_notification_format(const struct storvsc_event_notification *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "event_notification");
	storvsc_event_notification_fmt(&fm, s);
	return (int)fm.len;
}

int storvsc_msg_format(const struct storvsc_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = storvsc_msg_lookup(m->type);
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
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x1) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.complete_io);
		break;
	case UINT64_C(0x2) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x2) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.remove_device);
		break;
	case UINT64_C(0x3) << 32 | 0:
		storvsc_srb_packet_fmt(&fm, &m->u.srb_packet);
		break;
	case UINT64_C(0x3) << 32 | 1:
		storvsc_srb_packet_v1_fmt(&fm, &m->u.execute_srb);
		break;
	case UINT64_C(0x4) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x4) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.reset_lun);
		break;
	case UINT64_C(0x5) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x5) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.reset_adapter);
		break;
	case UINT64_C(0x6) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x6) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.reset_bus);
		break;
	case UINT64_C(0x7) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x7) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.begin_initialization);
		break;
	case UINT64_C(0x8) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x8) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.end_initialization);
		break;
	case UINT64_C(0x9) << 32 | 0:
		storvsc_version_packet_fmt(&fm, &m->u.version_packet);
		break;
	case UINT64_C(0x9) << 32 | 1:
		storvsc_version_packet_v1_fmt(&fm, &m->u.query_protocol_version);
		break;
	case UINT64_C(0xa) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0xa) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.query_properties);
		break;
	case UINT64_C(0xb) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0xb) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.enumerate_bus);
		break;
	case UINT64_C(0xc) << 32 | 0:
		storvsc_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0xc) << 32 | 1:
		storvsc_packet_v1_fmt(&fm, &m->u.fchba_data);
		break;
	case UINT64_C(0xd) << 32 | 0:
		storvsc_create_sub_channels_fmt(&fm, &m->u.create_sub_channels);
		break;
	case UINT64_C(0xe) << 32 | 0:
		storvsc_event_notification_fmt(&fm, &m->u.event_notification);
		break;
	default:
		pv_fmt_add(&fm, " variant=%u", m->variant);
		break;
	}
	return (int)fm.len;
}
