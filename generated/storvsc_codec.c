/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "storvsc_codec.h"
#include "storvsc_init_fsm.h"

static bool storvsc_operation_valid(int64_t v)
{
	return v >= 1 && v <= 14;
}

static bool storvsc_data_in_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static enum pv_codec_err storvsc_offer_properties_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_offer_properties *o = p;
	size_t i;

	o->reserved = pv_get_u16(b + 0);
	o->path_id = pv_get_u8(b + 2);
	o->target_id = pv_get_u8(b + 3);
	o->reserved2 = pv_get_u32(b + 4);
	o->flags = pv_get_u32(b + 8);
	for (i = 0; i < 3; i++)
		o->reserved3[i] = pv_get_u32(b + 12 + 4 * i);
	return PV_OK;
}

static void storvsc_offer_properties_wr(const void *p, uint8_t *b)
{
	const struct storvsc_offer_properties *in = p;
	size_t i;

	pv_put_u16(b + 0, (uint16_t)(in->reserved));
	pv_put_u8(b + 2, (uint8_t)(in->path_id));
	pv_put_u8(b + 3, (uint8_t)(in->target_id));
	pv_put_u32(b + 4, (uint32_t)(in->reserved2));
	pv_put_u32(b + 8, (uint32_t)(in->flags));
	for (i = 0; i < 3; i++)
		pv_put_u32(b + 12 + 4 * i, (uint32_t)(in->reserved3[i]));
}

static const struct pv_struct_desc storvsc_offer_properties_desc = {24, 24, false, false, storvsc_offer_properties_rd, NULL, storvsc_offer_properties_wr, NULL};

enum pv_codec_err storvsc_offer_properties_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_offer_properties *out)
{
	return pv_decode(&storvsc_offer_properties_desc, buf, len, ctx, out);
}

int storvsc_offer_properties_encode(const struct storvsc_offer_properties *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_offer_properties_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_scsi_request_v1_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_scsi_request_v1 *o = p;
	uint64_t v;

	o->length = pv_get_u16(b + 0);
	v = pv_get_u8(b + 2);
	o->srb_status = v;
	o->status = (uint8_t)((v >> 0) & 63);
	o->queue_frozen = (uint8_t)((v >> 6) & 1);
	o->autosense_valid = (uint8_t)((v >> 7) & 1);
	o->scsi_status = pv_get_u8(b + 3);
	o->port_number = pv_get_u8(b + 4);
	o->path_id = pv_get_u8(b + 5);
	o->target_id = pv_get_u8(b + 6);
	o->lun = pv_get_u8(b + 7);
	o->cdb_length = pv_get_u8(b + 8);
	o->sense_info_length = pv_get_u8(b + 9);
	o->data_in = pv_get_u8(b + 10);
	o->properties = pv_get_u8(b + 11);
	o->data_transfer_length = pv_get_u32(b + 12);
	memcpy(o->cdb, b + 16, 20);
	return PV_OK;
}

static enum pv_codec_err storvsc_scsi_request_v1_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct storvsc_scsi_request_v1 *o = p;

	if (o->status > 63)
		return PV_ERR_RANGE;
	if (o->queue_frozen > 1)
		return PV_ERR_RANGE;
	if (o->autosense_valid > 1)
		return PV_ERR_RANGE;
	if (o->cdb_length > 16)
		return PV_ERR_RANGE;
	if (!storvsc_data_in_valid((int64_t)o->data_in))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void storvsc_scsi_request_v1_wr(const void *p, uint8_t *b)
{
	const struct storvsc_scsi_request_v1 *in = p;
	uint64_t v;

	pv_put_u16(b + 0, (uint16_t)(in->length));
	v = (uint64_t)in->srb_status
	    | ((uint64_t)(in->status & 63) << 0)
	    | ((uint64_t)(in->queue_frozen & 1) << 6)
	    | ((uint64_t)(in->autosense_valid & 1) << 7);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_u8(b + 3, (uint8_t)(in->scsi_status));
	pv_put_u8(b + 4, (uint8_t)(in->port_number));
	pv_put_u8(b + 5, (uint8_t)(in->path_id));
	pv_put_u8(b + 6, (uint8_t)(in->target_id));
	pv_put_u8(b + 7, (uint8_t)(in->lun));
	pv_put_u8(b + 8, (uint8_t)(in->cdb_length));
	pv_put_u8(b + 9, (uint8_t)(in->sense_info_length));
	pv_put_u8(b + 10, (uint8_t)(in->data_in));
	pv_put_u8(b + 11, (uint8_t)(in->properties));
	pv_put_u32(b + 12, (uint32_t)(in->data_transfer_length));
	memcpy(b + 16, in->cdb, 20);
}

static const struct pv_struct_desc storvsc_scsi_request_v1_desc = {36, 36, false, false, storvsc_scsi_request_v1_rd, storvsc_scsi_request_v1_chk, storvsc_scsi_request_v1_wr, NULL};

enum pv_codec_err storvsc_scsi_request_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_scsi_request_v1 *out)
{
	return pv_decode(&storvsc_scsi_request_v1_desc, buf, len, ctx, out);
}

int storvsc_scsi_request_v1_encode(const struct storvsc_scsi_request_v1 *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_scsi_request_v1_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_scsi_request_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_scsi_request *o = p;
	uint64_t v;

	o->length = pv_get_u16(b + 0);
	v = pv_get_u8(b + 2);
	o->srb_status = v;
	o->status = (uint8_t)((v >> 0) & 63);
	o->queue_frozen = (uint8_t)((v >> 6) & 1);
	o->autosense_valid = (uint8_t)((v >> 7) & 1);
	o->scsi_status = pv_get_u8(b + 3);
	o->port_number = pv_get_u8(b + 4);
	o->path_id = pv_get_u8(b + 5);
	o->target_id = pv_get_u8(b + 6);
	o->lun = pv_get_u8(b + 7);
	o->cdb_length = pv_get_u8(b + 8);
	o->sense_info_length = pv_get_u8(b + 9);
	o->data_in = pv_get_u8(b + 10);
	o->properties = pv_get_u8(b + 11);
	o->data_transfer_length = pv_get_u32(b + 12);
	memcpy(o->cdb, b + 16, 20);
	o->reserve = pv_get_u16(b + 36);
	o->queue_tag = pv_get_u8(b + 38);
	o->queue_action = pv_get_u8(b + 39);
	o->srb_flags = pv_get_u32(b + 40);
	o->time_out_value = pv_get_u32(b + 44);
	o->queue_sort_key = pv_get_u32(b + 48);
	return PV_OK;
}

static enum pv_codec_err storvsc_scsi_request_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct storvsc_scsi_request *o = p;

	if (o->status > 63)
		return PV_ERR_RANGE;
	if (o->queue_frozen > 1)
		return PV_ERR_RANGE;
	if (o->autosense_valid > 1)
		return PV_ERR_RANGE;
	if (o->cdb_length > 16)
		return PV_ERR_RANGE;
	if (!storvsc_data_in_valid((int64_t)o->data_in))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void storvsc_scsi_request_wr(const void *p, uint8_t *b)
{
	const struct storvsc_scsi_request *in = p;
	uint64_t v;

	pv_put_u16(b + 0, (uint16_t)(in->length));
	v = (uint64_t)in->srb_status
	    | ((uint64_t)(in->status & 63) << 0)
	    | ((uint64_t)(in->queue_frozen & 1) << 6)
	    | ((uint64_t)(in->autosense_valid & 1) << 7);
	pv_put_u8(b + 2, (uint8_t)(v));
	pv_put_u8(b + 3, (uint8_t)(in->scsi_status));
	pv_put_u8(b + 4, (uint8_t)(in->port_number));
	pv_put_u8(b + 5, (uint8_t)(in->path_id));
	pv_put_u8(b + 6, (uint8_t)(in->target_id));
	pv_put_u8(b + 7, (uint8_t)(in->lun));
	pv_put_u8(b + 8, (uint8_t)(in->cdb_length));
	pv_put_u8(b + 9, (uint8_t)(in->sense_info_length));
	pv_put_u8(b + 10, (uint8_t)(in->data_in));
	pv_put_u8(b + 11, (uint8_t)(in->properties));
	pv_put_u32(b + 12, (uint32_t)(in->data_transfer_length));
	memcpy(b + 16, in->cdb, 20);
	pv_put_u16(b + 36, (uint16_t)(in->reserve));
	pv_put_u8(b + 38, (uint8_t)(in->queue_tag));
	pv_put_u8(b + 39, (uint8_t)(in->queue_action));
	pv_put_u32(b + 40, (uint32_t)(in->srb_flags));
	pv_put_u32(b + 44, (uint32_t)(in->time_out_value));
	pv_put_u32(b + 48, (uint32_t)(in->queue_sort_key));
}

static const struct pv_struct_desc storvsc_scsi_request_desc = {52, 52, false, false, storvsc_scsi_request_rd, storvsc_scsi_request_chk, storvsc_scsi_request_wr, NULL};

enum pv_codec_err storvsc_scsi_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_scsi_request *out)
{
	return pv_decode(&storvsc_scsi_request_desc, buf, len, ctx, out);
}

int storvsc_scsi_request_encode(const struct storvsc_scsi_request *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_scsi_request_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_channel_properties_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_channel_properties *o = p;

	o->reserved = pv_get_u32(b + 0);
	o->max_channel_cnt = pv_get_u16(b + 4);
	o->reserved1 = pv_get_u16(b + 6);
	o->flags = pv_get_u32(b + 8);
	o->max_transfer_bytes = pv_get_u32(b + 12);
	o->reserved2 = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err storvsc_channel_properties_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct storvsc_channel_properties *o = p;

	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

static void storvsc_channel_properties_wr(const void *p, uint8_t *b)
{
	const struct storvsc_channel_properties *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->reserved));
	pv_put_u16(b + 4, (uint16_t)(in->max_channel_cnt));
	pv_put_u16(b + 6, (uint16_t)(in->reserved1));
	pv_put_u32(b + 8, (uint32_t)(in->flags));
	pv_put_u32(b + 12, (uint32_t)(in->max_transfer_bytes));
	pv_put_u64(b + 16, (uint64_t)(in->reserved2));
}

static const struct pv_struct_desc storvsc_channel_properties_desc = {24, 24, false, false, storvsc_channel_properties_rd, storvsc_channel_properties_chk, storvsc_channel_properties_wr, NULL};

enum pv_codec_err storvsc_channel_properties_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_channel_properties *out)
{
	return pv_decode(&storvsc_channel_properties_desc, buf, len, ctx, out);
}

int storvsc_channel_properties_encode(const struct storvsc_channel_properties *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_channel_properties_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_protocol_version_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_protocol_version *o = p;

	o->major_minor = pv_get_u16(b + 0);
	o->revision = pv_get_u16(b + 2);
	return PV_OK;
}

static void storvsc_protocol_version_wr(const void *p, uint8_t *b)
{
	const struct storvsc_protocol_version *in = p;

	pv_put_u16(b + 0, (uint16_t)(in->major_minor));
	pv_put_u16(b + 2, (uint16_t)(in->revision));
}

static const struct pv_struct_desc storvsc_protocol_version_desc = {4, 4, false, false, storvsc_protocol_version_rd, NULL, storvsc_protocol_version_wr, NULL};

enum pv_codec_err storvsc_protocol_version_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_protocol_version *out)
{
	return pv_decode(&storvsc_protocol_version_desc, buf, len, ctx, out);
}

int storvsc_protocol_version_encode(const struct storvsc_protocol_version *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_protocol_version_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_fc_wwn_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_fc_wwn *o = p;

	o->primary_active = pv_get_u8(b + 0);
	o->reserved1 = pv_get_u8(b + 1);
	o->reserved2 = pv_get_u8(b + 2);
	memcpy(o->primary_port_wwn, b + 3, 8);
	memcpy(o->primary_node_wwn, b + 11, 8);
	memcpy(o->secondary_port_wwn, b + 19, 8);
	memcpy(o->secondary_node_wwn, b + 27, 8);
	return PV_OK;
}

static void storvsc_fc_wwn_wr(const void *p, uint8_t *b)
{
	const struct storvsc_fc_wwn *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->primary_active));
	pv_put_u8(b + 1, (uint8_t)(in->reserved1));
	pv_put_u8(b + 2, (uint8_t)(in->reserved2));
	memcpy(b + 3, in->primary_port_wwn, 8);
	memcpy(b + 11, in->primary_node_wwn, 8);
	memcpy(b + 19, in->secondary_port_wwn, 8);
	memcpy(b + 27, in->secondary_node_wwn, 8);
}

static const struct pv_struct_desc storvsc_fc_wwn_desc = {35, 35, false, false, storvsc_fc_wwn_rd, NULL, storvsc_fc_wwn_wr, NULL};

enum pv_codec_err storvsc_fc_wwn_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_fc_wwn *out)
{
	return pv_decode(&storvsc_fc_wwn_desc, buf, len, ctx, out);
}

int storvsc_fc_wwn_encode(const struct storvsc_fc_wwn *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_fc_wwn_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_notification_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_notification *o = p;

	o->lun = pv_get_u8(b + 0);
	o->target = pv_get_u8(b + 1);
	o->path = pv_get_u8(b + 2);
	o->flags = pv_get_u8(b + 3);
	return PV_OK;
}

static void storvsc_notification_wr(const void *p, uint8_t *b)
{
	const struct storvsc_notification *in = p;

	pv_put_u8(b + 0, (uint8_t)(in->lun));
	pv_put_u8(b + 1, (uint8_t)(in->target));
	pv_put_u8(b + 2, (uint8_t)(in->path));
	pv_put_u8(b + 3, (uint8_t)(in->flags));
}

static const struct pv_struct_desc storvsc_notification_desc = {4, 4, false, false, storvsc_notification_rd, NULL, storvsc_notification_wr, NULL};

enum pv_codec_err storvsc_notification_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_notification *out)
{
	return pv_decode(&storvsc_notification_desc, buf, len, ctx, out);
}

int storvsc_notification_encode(const struct storvsc_notification *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_notification_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_header_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct storvsc_header *o = p;

	o->operation = pv_get_u32(b + 0);
	o->flags = pv_get_u32(b + 4);
	o->status = pv_get_u32(b + 8);
	return PV_OK;
}

static enum pv_codec_err storvsc_header_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct storvsc_header *o = p;

	if (!(how & PV_CHK_STAMPED) && !storvsc_operation_valid((int64_t)o->operation))
		return PV_ERR_ENUM;
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

static void storvsc_header_wr(const void *p, uint8_t *b)
{
	const struct storvsc_header *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->operation));
	pv_put_u32(b + 4, (uint32_t)(in->flags));
	pv_put_u32(b + 8, (uint32_t)(in->status));
}

static const struct pv_struct_desc storvsc_header_desc = {12, 12, false, false, storvsc_header_rd, storvsc_header_chk, storvsc_header_wr, NULL};

enum pv_codec_err storvsc_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_header *out)
{
	return pv_decode(&storvsc_header_desc, buf, len, ctx, out);
}

int storvsc_header_encode(const struct storvsc_header *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_packet_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_packet *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	memcpy(o->payload, b + 12, 52);
	return PV_OK;
}

static enum pv_codec_err storvsc_packet_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_packet *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void storvsc_packet_wr(const void *p, uint8_t *b)
{
	const struct storvsc_packet *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	memcpy(b + 12, in->payload, 52);
}

static const struct pv_struct_desc storvsc_packet_desc = {64, 64, false, false, storvsc_packet_rd, storvsc_packet_chk, storvsc_packet_wr, NULL};

enum pv_codec_err storvsc_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_packet *out)
{
	return pv_decode(&storvsc_packet_desc, buf, len, ctx, out);
}

int storvsc_packet_encode(const struct storvsc_packet *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_packet_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_packet_v1_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_packet_v1 *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	memcpy(o->payload, b + 12, 36);
	return PV_OK;
}

static enum pv_codec_err storvsc_packet_v1_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_packet_v1 *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void storvsc_packet_v1_wr(const void *p, uint8_t *b)
{
	const struct storvsc_packet_v1 *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	memcpy(b + 12, in->payload, 36);
}

static const struct pv_struct_desc storvsc_packet_v1_desc = {48, 48, false, false, storvsc_packet_v1_rd, storvsc_packet_v1_chk, storvsc_packet_v1_wr, NULL};

enum pv_codec_err storvsc_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_packet_v1 *out)
{
	return pv_decode(&storvsc_packet_v1_desc, buf, len, ctx, out);
}

int storvsc_packet_v1_encode(const struct storvsc_packet_v1 *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_packet_v1_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_srb_packet_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_srb_packet *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	storvsc_scsi_request_rd(b + 12, len, &o->srb, end);
	return PV_OK;
}

static enum pv_codec_err storvsc_srb_packet_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_srb_packet *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	err = storvsc_scsi_request_chk(&o->srb, 52, 52, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->srb.length == UINT64_C(52) || (uint64_t)o->srb.length == UINT64_C(36)))	/* srb.length == 52 || srb.length == 36 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void storvsc_srb_packet_wr(const void *p, uint8_t *b)
{
	const struct storvsc_srb_packet *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_scsi_request_wr(&in->srb, b + 12);
}

static const struct pv_struct_desc storvsc_srb_packet_desc = {64, 64, false, false, storvsc_srb_packet_rd, storvsc_srb_packet_chk, storvsc_srb_packet_wr, NULL};

enum pv_codec_err storvsc_srb_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_srb_packet *out)
{
	return pv_decode(&storvsc_srb_packet_desc, buf, len, ctx, out);
}

int storvsc_srb_packet_encode(const struct storvsc_srb_packet *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_srb_packet_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_srb_packet_v1_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_srb_packet_v1 *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	storvsc_scsi_request_v1_rd(b + 12, len, &o->srb, end);
	return PV_OK;
}

static enum pv_codec_err storvsc_srb_packet_v1_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_srb_packet_v1 *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	err = storvsc_scsi_request_v1_chk(&o->srb, 36, 36, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void storvsc_srb_packet_v1_wr(const void *p, uint8_t *b)
{
	const struct storvsc_srb_packet_v1 *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_scsi_request_v1_wr(&in->srb, b + 12);
}

static const struct pv_struct_desc storvsc_srb_packet_v1_desc = {48, 48, false, false, storvsc_srb_packet_v1_rd, storvsc_srb_packet_v1_chk, storvsc_srb_packet_v1_wr, NULL};

enum pv_codec_err storvsc_srb_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_srb_packet_v1 *out)
{
	return pv_decode(&storvsc_srb_packet_v1_desc, buf, len, ctx, out);
}

int storvsc_srb_packet_v1_encode(const struct storvsc_srb_packet_v1 *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_srb_packet_v1_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_version_packet_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_version_packet *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	storvsc_protocol_version_rd(b + 12, len, &o->version, end);
	memcpy(o->pad, b + 16, 48);
	return PV_OK;
}

static enum pv_codec_err storvsc_version_packet_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_version_packet *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void storvsc_version_packet_wr(const void *p, uint8_t *b)
{
	const struct storvsc_version_packet *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_protocol_version_wr(&in->version, b + 12);
	memcpy(b + 16, in->pad, 48);
}

static const struct pv_struct_desc storvsc_version_packet_desc = {64, 64, false, false, storvsc_version_packet_rd, storvsc_version_packet_chk, storvsc_version_packet_wr, NULL};

enum pv_codec_err storvsc_version_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_version_packet *out)
{
	return pv_decode(&storvsc_version_packet_desc, buf, len, ctx, out);
}

int storvsc_version_packet_encode(const struct storvsc_version_packet *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_version_packet_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_version_packet_v1_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_version_packet_v1 *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	storvsc_protocol_version_rd(b + 12, len, &o->version, end);
	memcpy(o->pad, b + 16, 32);
	return PV_OK;
}

static enum pv_codec_err storvsc_version_packet_v1_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_version_packet_v1 *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void storvsc_version_packet_v1_wr(const void *p, uint8_t *b)
{
	const struct storvsc_version_packet_v1 *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_protocol_version_wr(&in->version, b + 12);
	memcpy(b + 16, in->pad, 32);
}

static const struct pv_struct_desc storvsc_version_packet_v1_desc = {48, 48, false, false, storvsc_version_packet_v1_rd, storvsc_version_packet_v1_chk, storvsc_version_packet_v1_wr, NULL};

enum pv_codec_err storvsc_version_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_version_packet_v1 *out)
{
	return pv_decode(&storvsc_version_packet_v1_desc, buf, len, ctx, out);
}

int storvsc_version_packet_v1_encode(const struct storvsc_version_packet_v1 *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_version_packet_v1_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_properties_reply_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_properties_reply *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	storvsc_channel_properties_rd(b + 12, len, &o->props, end);
	memcpy(o->pad, b + 36, 28);
	return PV_OK;
}

static enum pv_codec_err storvsc_properties_reply_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_properties_reply *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	err = storvsc_channel_properties_chk(&o->props, 24, 24, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void storvsc_properties_reply_wr(const void *p, uint8_t *b)
{
	const struct storvsc_properties_reply *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_channel_properties_wr(&in->props, b + 12);
	memcpy(b + 36, in->pad, 28);
}

static const struct pv_struct_desc storvsc_properties_reply_desc = {64, 64, false, false, storvsc_properties_reply_rd, storvsc_properties_reply_chk, storvsc_properties_reply_wr, NULL};

enum pv_codec_err storvsc_properties_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_properties_reply *out)
{
	return pv_decode(&storvsc_properties_reply_desc, buf, len, ctx, out);
}

int storvsc_properties_reply_encode(const struct storvsc_properties_reply *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_properties_reply_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_create_sub_channels_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_create_sub_channels *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	o->sub_channel_count = pv_get_u16(b + 12);
	memcpy(o->pad, b + 14, 50);
	return PV_OK;
}

static enum pv_codec_err storvsc_create_sub_channels_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_create_sub_channels *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->sub_channel_count < 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void storvsc_create_sub_channels_wr(const void *p, uint8_t *b)
{
	const struct storvsc_create_sub_channels *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	pv_put_u16(b + 12, (uint16_t)(in->sub_channel_count));
	memcpy(b + 14, in->pad, 50);
}

static const struct pv_struct_desc storvsc_create_sub_channels_desc = {64, 64, false, false, storvsc_create_sub_channels_rd, storvsc_create_sub_channels_chk, storvsc_create_sub_channels_wr, NULL};

enum pv_codec_err storvsc_create_sub_channels_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_create_sub_channels *out)
{
	return pv_decode(&storvsc_create_sub_channels_desc, buf, len, ctx, out);
}

int storvsc_create_sub_channels_encode(const struct storvsc_create_sub_channels *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_create_sub_channels_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err storvsc_event_notification_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct storvsc_event_notification *o = p;

	storvsc_header_rd(b + 0, len, &o->hdr, end);
	storvsc_notification_rd(b + 12, len, &o->event, end);
	memcpy(o->pad, b + 16, 48);
	return PV_OK;
}

static enum pv_codec_err storvsc_event_notification_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct storvsc_event_notification *o = p;
	enum pv_codec_err err;

	err = storvsc_header_chk(&o->hdr, 12, 12, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void storvsc_event_notification_wr(const void *p, uint8_t *b)
{
	const struct storvsc_event_notification *in = p;

	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_notification_wr(&in->event, b + 12);
	memcpy(b + 16, in->pad, 48);
}

static const struct pv_struct_desc storvsc_event_notification_desc = {64, 64, false, false, storvsc_event_notification_rd, storvsc_event_notification_chk, storvsc_event_notification_wr, NULL};

enum pv_codec_err storvsc_event_notification_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_event_notification *out)
{
	return pv_decode(&storvsc_event_notification_desc, buf, len, ctx, out);
}

int storvsc_event_notification_encode(const struct storvsc_event_notification *in, void *buf, size_t cap)
{
	return pv_encode(&storvsc_event_notification_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant storvsc_msg_variants[] = {
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* COMPLETE_IO */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* COMPLETE_IO */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* REMOVE_DEVICE */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* REMOVE_DEVICE */
	{&storvsc_srb_packet_desc, 64, 0, 0, 0},	/* EXECUTE_SRB */
	{&storvsc_srb_packet_v1_desc, 0, 0, 0, 0},	/* EXECUTE_SRB */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* RESET_LUN */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* RESET_LUN */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* RESET_ADAPTER */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* RESET_ADAPTER */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* RESET_BUS */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* RESET_BUS */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* BEGIN_INITIALIZATION */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* BEGIN_INITIALIZATION */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* END_INITIALIZATION */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* END_INITIALIZATION */
	{&storvsc_version_packet_desc, 64, 0, 0, 0},	/* QUERY_PROTOCOL_VERSION */
	{&storvsc_version_packet_v1_desc, 0, 0, 0, 0},	/* QUERY_PROTOCOL_VERSION */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* QUERY_PROPERTIES */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* QUERY_PROPERTIES */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* ENUMERATE_BUS */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* ENUMERATE_BUS */
	{&storvsc_packet_desc, 64, 0, 0, 0},	/* FCHBA_DATA */
	{&storvsc_packet_v1_desc, 0, 0, 0, 0},	/* FCHBA_DATA */
	{&storvsc_create_sub_channels_desc, 0, 0, 0, 0},	/* CREATE_SUB_CHANNELS */
	{&storvsc_event_notification_desc, 0, 0, 0, 0},	/* EVENT_NOTIFICATION */
};

const struct pv_msg_desc storvsc_msg_table[] = {
	{1, "COMPLETE_IO", 48, 64, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct storvsc_msg_handlers, complete_io), 0, 2},
	{2, "REMOVE_DEVICE", 48, 64, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct storvsc_msg_handlers, remove_device), 2, 2},
	{3, "EXECUTE_SRB", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, execute_srb), 4, 2},
	{4, "RESET_LUN", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, reset_lun), 6, 2},
	{5, "RESET_ADAPTER", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, reset_adapter), 8, 2},
	{6, "RESET_BUS", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, reset_bus), 10, 2},
	{7, "BEGIN_INITIALIZATION", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, begin_initialization), 12, 2},
	{8, "END_INITIALIZATION", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, end_initialization), 14, 2},
	{9, "QUERY_PROTOCOL_VERSION", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, query_protocol_version), 16, 2},
	{10, "QUERY_PROPERTIES", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, query_properties), 18, 2},
	{11, "ENUMERATE_BUS", 48, 64, 0, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct storvsc_msg_handlers, enumerate_bus), 20, 2},
	{12, "FCHBA_DATA", 48, 64, 0, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, fchba_data), 22, 2},
	{13, "CREATE_SUB_CHANNELS", 64, 64, 0x501, 0, 0, PV_DIR_TO_HOST,
	 offsetof(struct storvsc_msg_handlers, create_sub_channels), 24, 1},
	{14, "EVENT_NOTIFICATION", 64, 64, 0x602, 0, 0, PV_DIR_TO_GUEST,
	 offsetof(struct storvsc_msg_handlers, event_notification), 25, 1},
};
const size_t storvsc_msg_table_count = sizeof(storvsc_msg_table) / sizeof(storvsc_msg_table[0]);

const struct pv_msg_desc *storvsc_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &storvsc_msg_table[0];
	case 2:
		return &storvsc_msg_table[1];
	case 3:
		return &storvsc_msg_table[2];
	case 4:
		return &storvsc_msg_table[3];
	case 5:
		return &storvsc_msg_table[4];
	case 6:
		return &storvsc_msg_table[5];
	case 7:
		return &storvsc_msg_table[6];
	case 8:
		return &storvsc_msg_table[7];
	case 9:
		return &storvsc_msg_table[8];
	case 10:
		return &storvsc_msg_table[9];
	case 11:
		return &storvsc_msg_table[10];
	case 12:
		return &storvsc_msg_table[11];
	case 13:
		return &storvsc_msg_table[12];
	case 14:
		return &storvsc_msg_table[13];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab storvsc_msg_tab = {
	storvsc_msg_table, sizeof(storvsc_msg_table) / sizeof(storvsc_msg_table[0]), storvsc_msg_variants, 0, 4,
	storvsc_msg_lookup,
};

enum pv_codec_err storvsc_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct storvsc_msg *out)
{
	return pv_msg_decode(&storvsc_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int storvsc_msg_encode(const struct storvsc_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&storvsc_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int storvsc_msg_dispatch(const struct storvsc_msg_handlers *h, void *ctx, const struct storvsc_msg *m)
{
	const struct pv_msg_desc *d = storvsc_msg_lookup(m->type);
	storvsc_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}

static const uint8_t storvsc_msg_init_events[] = {
	0,	/* COMPLETE_IO */
	0,	/* REMOVE_DEVICE */
	STORVSC_INIT_EV_EXECUTE_SRB,	/* EXECUTE_SRB */
	STORVSC_INIT_EV_RESET,	/* RESET_LUN */
	STORVSC_INIT_EV_RESET,	/* RESET_ADAPTER */
	STORVSC_INIT_EV_RESET,	/* RESET_BUS */
	STORVSC_INIT_EV_BEGIN_INITIALIZATION,	/* BEGIN_INITIALIZATION */
	STORVSC_INIT_EV_END_INITIALIZATION,	/* END_INITIALIZATION */
	0,	/* QUERY_PROTOCOL_VERSION */
	STORVSC_INIT_EV_QUERY_PROPERTIES,	/* QUERY_PROPERTIES */
	0,	/* ENUMERATE_BUS */
	STORVSC_INIT_EV_FCHBA_DATA,	/* FCHBA_DATA */
	STORVSC_INIT_EV_CREATE_SUB_CHANNELS,	/* CREATE_SUB_CHANNELS */
	0,	/* EVENT_NOTIFICATION */
};

int storvsc_msg_event(const struct storvsc_msg *m, uint8_t dir PV_UNUSED)
{
	const struct pv_msg_desc *d = storvsc_msg_lookup(m->type);

	return d ? storvsc_msg_init_events[d - storvsc_msg_table] : 0;
}
