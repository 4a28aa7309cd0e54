/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "storvsc_codec.h"

const struct pv_name storvsc_operation_names[14] = {
	{1, "COMPLETE_IO"},
	{2, "REMOVE_DEVICE"},
	{3, "EXECUTE_SRB"},
	{4, "RESET_LUN"},
	{5, "RESET_ADAPTER"},
	{6, "RESET_BUS"},
	{7, "BEGIN_INITIALIZATION"},
	{8, "END_INITIALIZATION"},
	{9, "QUERY_PROTOCOL_VERSION"},
	{10, "QUERY_PROPERTIES"},
	{11, "ENUMERATE_BUS"},
	{12, "FCHBA_DATA"},
	{13, "CREATE_SUB_CHANNELS"},
	{14, "EVENT_NOTIFICATION"},
};

const char *storvsc_operation_name(uint32_t v)
{
	const char *n = pv_name_find(storvsc_operation_names, 14, v);

	return n ? n : "?";
}

const struct pv_name storvsc_ntstatus_names[13] = {
	{0, "SUCCESS"},
	{0x80000005U, "BUFFER_OVERFLOW"},
	{0x80000011U, "DEVICE_BUSY"},
	{0xc0000001U, "UNSUCCESSFUL"},
	{0xc000000dU, "INVALID_PARAMETER"},
	{0xc0000010U, "INVALID_DEVICE_REQUEST"},
	{0xc0000059U, "REVISION_MISMATCH"},
	{0xc000009dU, "DEVICE_NOT_CONNECTED"},
	{0xc00000b5U, "IO_TIMEOUT"},
	{0xc00000c0U, "DEVICE_DOES_NOT_EXIST"},
	{0xc0000120U, "CANCELLED"},
	{0xc0000184U, "INVALID_DEVICE_STATE"},
	{0xc0000185U, "IO_DEVICE_ERROR"},
};

const char *storvsc_ntstatus_name(uint32_t v)
{
	const char *n = pv_name_find(storvsc_ntstatus_names, 13, v);

	return n ? n : "?";
}

const struct pv_name storvsc_srb_status_names[8] = {
	{0, "PENDING"},
	{1, "SUCCESS"},
	{2, "ABORTED"},
	{4, "ERROR"},
	{6, "INVALID_REQUEST"},
	{18, "DATA_OVERRUN"},
	{32, "INVALID_LUN"},
	{48, "INTERNAL_ERROR"},
};

const char *storvsc_srb_status_name(uint32_t v)
{
	const char *n = pv_name_find(storvsc_srb_status_names, 8, v);

	return n ? n : "?";
}

const struct pv_name storvsc_data_in_names[3] = {
	{0, "WRITE"},
	{1, "READ"},
	{2, "UNKNOWN"},
};

const char *storvsc_data_in_name(uint32_t v)
{
	const char *n = pv_name_find(storvsc_data_in_names, 3, v);

	return n ? n : "?";
}

const uint32_t storvsc_versions[STORVSC_VERSION_COUNT] = {
	STORVSC_VERSION_WIN6,
	STORVSC_VERSION_WIN7,
	STORVSC_VERSION_WIN8,
	STORVSC_VERSION_WIN8_1,
	STORVSC_VERSION_WIN10,
};

const char *storvsc_version_name(uint32_t v)
{
	switch (v) {
	case STORVSC_VERSION_WIN6:
		return "2.0";
	case STORVSC_VERSION_WIN7:
		return "4.2";
	case STORVSC_VERSION_WIN8:
		return "5.1";
	case STORVSC_VERSION_WIN8_1:
		return "6.0";
	case STORVSC_VERSION_WIN10:
		return "6.2";
	default:
		return NULL;
	}
}

static void storvsc_offer_properties_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_offer_properties *s = p;
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
	return pv_fmt_run(buf, cap, "offer_properties", storvsc_offer_properties_fmt, s);
}

static void storvsc_scsi_request_v1_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_scsi_request_v1 *s = p;

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
	return pv_fmt_run(buf, cap, "scsi_request_v1", storvsc_scsi_request_v1_fmt, s);
}

static void storvsc_scsi_request_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_scsi_request *s = p;

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
	return pv_fmt_run(buf, cap, "scsi_request", storvsc_scsi_request_fmt, s);
}

static void storvsc_channel_properties_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_channel_properties *s = p;

	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " max_channel_cnt=%llu", (unsigned long long)s->max_channel_cnt);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " max_transfer_bytes=%llu", (unsigned long long)s->max_transfer_bytes);
	pv_fmt_add(fm, " reserved2=0x%llx", (unsigned long long)s->reserved2);
}

int storvsc_channel_properties_format(const struct storvsc_channel_properties *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "channel_properties", storvsc_channel_properties_fmt, s);
}

static void storvsc_protocol_version_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_protocol_version *s = p;

	pv_fmt_add(fm, " major_minor=%llu", (unsigned long long)s->major_minor);
	pv_fmt_add(fm, " revision=%llu", (unsigned long long)s->revision);
}

int storvsc_protocol_version_format(const struct storvsc_protocol_version *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "protocol_version", storvsc_protocol_version_fmt, s);
}

static void storvsc_fc_wwn_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_fc_wwn *s = p;

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
	return pv_fmt_run(buf, cap, "fc_wwn", storvsc_fc_wwn_fmt, s);
}

static void storvsc_notification_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_notification *s = p;

	pv_fmt_add(fm, " lun=%llu", (unsigned long long)s->lun);
	pv_fmt_add(fm, " target=%llu", (unsigned long long)s->target);
	pv_fmt_add(fm, " path=%llu", (unsigned long long)s->path);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
}

int storvsc_notification_format(const struct storvsc_notification *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "notification", storvsc_notification_fmt, s);
}

static void storvsc_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_header *s = p;

	pv_fmt_add(fm, " operation=%s(%lld)", storvsc_operation_name((uint32_t)s->operation), (long long)s->operation);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
}

int storvsc_header_format(const struct storvsc_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "header", storvsc_header_fmt, s);
}

static void storvsc_packet_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_packet *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_add(fm, " payload=");
	pv_fmt_bytes(fm, s->payload, 52);
}

int storvsc_packet_format(const struct storvsc_packet *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "packet", storvsc_packet_fmt, s);
}

static void storvsc_packet_v1_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_packet_v1 *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_add(fm, " payload=");
	pv_fmt_bytes(fm, s->payload, 36);
}

int storvsc_packet_v1_format(const struct storvsc_packet_v1 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "packet_v1", storvsc_packet_v1_fmt, s);
}

static void storvsc_srb_packet_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_srb_packet *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_sub(fm, " srb={", storvsc_scsi_request_fmt, &s->srb);
}

int storvsc_srb_packet_format(const struct storvsc_srb_packet *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "srb_packet", storvsc_srb_packet_fmt, s);
}

static void storvsc_srb_packet_v1_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_srb_packet_v1 *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_sub(fm, " srb={", storvsc_scsi_request_v1_fmt, &s->srb);
}

int storvsc_srb_packet_v1_format(const struct storvsc_srb_packet_v1 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "srb_packet_v1", storvsc_srb_packet_v1_fmt, s);
}

static void storvsc_version_packet_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_version_packet *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_sub(fm, " version={", storvsc_protocol_version_fmt, &s->version);
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 48);
}

int storvsc_version_packet_format(const struct storvsc_version_packet *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "version_packet", storvsc_version_packet_fmt, s);
}

static void storvsc_version_packet_v1_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_version_packet_v1 *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_sub(fm, " version={", storvsc_protocol_version_fmt, &s->version);
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 32);
}

int storvsc_version_packet_v1_format(const struct storvsc_version_packet_v1 *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "version_packet_v1", storvsc_version_packet_v1_fmt, s);
}

static void storvsc_properties_reply_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_properties_reply *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_sub(fm, " props={", storvsc_channel_properties_fmt, &s->props);
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 28);
}

int storvsc_properties_reply_format(const struct storvsc_properties_reply *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "properties_reply", storvsc_properties_reply_fmt, s);
}

static void storvsc_create_sub_channels_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_create_sub_channels *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_add(fm, " sub_channel_count=%llu", (unsigned long long)s->sub_channel_count);
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 50);
}

int storvsc_create_sub_channels_format(const struct storvsc_create_sub_channels *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_sub_channels", storvsc_create_sub_channels_fmt, s);
}

static void storvsc_event_notification_fmt(struct pv_fmt *fm, const void *p)
{
	const struct storvsc_event_notification *s = p;

	pv_fmt_sub(fm, " hdr={", storvsc_header_fmt, &s->hdr);
	pv_fmt_sub(fm, " event={", storvsc_notification_fmt, &s->event);
	pv_fmt_add(fm, " pad=");
	pv_fmt_bytes(fm, s->pad, 48);
}

int storvsc_event_notification_format(const struct storvsc_event_notification *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "event_notification", storvsc_event_notification_fmt, s);
}

/* Printers by table row and variant. */
static void (*const storvsc_msg_fmts[][2])(struct pv_fmt *, const void *) = {
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* COMPLETE_IO */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* REMOVE_DEVICE */
	{storvsc_srb_packet_fmt, storvsc_srb_packet_v1_fmt},	/* EXECUTE_SRB */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* RESET_LUN */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* RESET_ADAPTER */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* RESET_BUS */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* BEGIN_INITIALIZATION */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* END_INITIALIZATION */
	{storvsc_version_packet_fmt, storvsc_version_packet_v1_fmt},	/* QUERY_PROTOCOL_VERSION */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* QUERY_PROPERTIES */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* ENUMERATE_BUS */
	{storvsc_packet_fmt, storvsc_packet_v1_fmt},	/* FCHBA_DATA */
	{storvsc_create_sub_channels_fmt},	/* CREATE_SUB_CHANNELS */
	{storvsc_event_notification_fmt},	/* EVENT_NOTIFICATION */
};

int storvsc_msg_format(const struct storvsc_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = storvsc_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 2 || !storvsc_msg_fmts[d - storvsc_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		storvsc_msg_fmts[d - storvsc_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
