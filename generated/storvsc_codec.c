/* DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py. */

#include <stdbool.h>
#include <string.h>

#include "storvsc_codec.h"

static bool storvsc_operation_valid(int64_t v)
{
	switch (v) {
	case 1:
	case 2:
	case 3:
	case 4:
	case 5:
	case 6:
	case 7:
	case 8:
	case 9:
	case 10:
	case 11:
	case 12:
	case 13:
	case 14:
		return true;
	default:
		return false;
	}
}

static bool storvsc_data_in_valid(int64_t v)
{
	switch (v) {
	case 0:
	case 1:
	case 2:
		return true;
	default:
		return false;
	}
}

static enum pv_codec_err storvsc_offer_properties_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_offer_properties *o)
{
	size_t i;
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	o->reserved = pv_get_u16(b + 0);
	o->path_id = pv_get_u8(b + 2);
	o->target_id = pv_get_u8(b + 3);
	o->reserved2 = pv_get_u32(b + 4);
	o->flags = pv_get_u32(b + 8);
	for (i = 0; i < 3; i++)
		o->reserved3[i] = pv_get_u32(b + 12 + 4 * i);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_offer_properties_wr(const struct storvsc_offer_properties *in, uint8_t *b)
{
	size_t i;

	pv_put_u16(b + 0, (uint16_t)(in->reserved));
	pv_put_u8(b + 2, (uint8_t)(in->path_id));
	pv_put_u8(b + 3, (uint8_t)(in->target_id));
	pv_put_u32(b + 4, (uint32_t)(in->reserved2));
	pv_put_u32(b + 8, (uint32_t)(in->flags));
	for (i = 0; i < 3; i++)
		pv_put_u32(b + 12 + 4 * i, (uint32_t)(in->reserved3[i]));
}

static enum pv_codec_err storvsc_offer_properties_chk(const struct storvsc_offer_properties *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err storvsc_offer_properties_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_offer_properties *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	if (len > 24)
		return PV_ERR_LONG;
	return storvsc_offer_properties_rd(buf, len, ctx, out);
}

static int storvsc_offer_properties_enc(const struct storvsc_offer_properties *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;

	err = storvsc_offer_properties_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_offer_properties_wr(in, b);
	return (int)need;
}

int storvsc_offer_properties_encode(const struct storvsc_offer_properties *in, void *buf, size_t cap)
{
	return storvsc_offer_properties_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_scsi_request_v1_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_scsi_request_v1 *o)
{
	uint64_t v;
	size_t tail_end = 36;

	(void)len;
	(void)ctx;
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
	if (o->cdb_length > 16)
		return PV_ERR_RANGE;
	o->sense_info_length = pv_get_u8(b + 9);
	o->data_in = pv_get_u8(b + 10);
	if (!storvsc_data_in_valid((int64_t)o->data_in))
		return PV_ERR_ENUM;
	o->properties = pv_get_u8(b + 11);
	o->data_transfer_length = pv_get_u32(b + 12);
	memcpy(o->cdb, b + 16, 20);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_scsi_request_v1_wr(const struct storvsc_scsi_request_v1 *in, uint8_t *b)
{
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

static enum pv_codec_err storvsc_scsi_request_v1_chk(const struct storvsc_scsi_request_v1 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err storvsc_scsi_request_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_scsi_request_v1 *out)
{
	if (len < 36)
		return PV_ERR_SHORT;
	if (len > 36)
		return PV_ERR_LONG;
	return storvsc_scsi_request_v1_rd(buf, len, ctx, out);
}

static int storvsc_scsi_request_v1_enc(const struct storvsc_scsi_request_v1 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 36;

	err = storvsc_scsi_request_v1_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_scsi_request_v1_wr(in, b);
	return (int)need;
}

int storvsc_scsi_request_v1_encode(const struct storvsc_scsi_request_v1 *in, void *buf, size_t cap)
{
	return storvsc_scsi_request_v1_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_scsi_request_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_scsi_request *o)
{
	uint64_t v;
	size_t tail_end = 52;

	(void)len;
	(void)ctx;
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
	if (o->cdb_length > 16)
		return PV_ERR_RANGE;
	o->sense_info_length = pv_get_u8(b + 9);
	o->data_in = pv_get_u8(b + 10);
	if (!storvsc_data_in_valid((int64_t)o->data_in))
		return PV_ERR_ENUM;
	o->properties = pv_get_u8(b + 11);
	o->data_transfer_length = pv_get_u32(b + 12);
	memcpy(o->cdb, b + 16, 20);
	o->reserve = pv_get_u16(b + 36);
	o->queue_tag = pv_get_u8(b + 38);
	o->queue_action = pv_get_u8(b + 39);
	o->srb_flags = pv_get_u32(b + 40);
	o->time_out_value = pv_get_u32(b + 44);
	o->queue_sort_key = pv_get_u32(b + 48);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_scsi_request_wr(const struct storvsc_scsi_request *in, uint8_t *b)
{
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

static enum pv_codec_err storvsc_scsi_request_chk(const struct storvsc_scsi_request *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
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

enum pv_codec_err storvsc_scsi_request_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_scsi_request *out)
{
	if (len < 52)
		return PV_ERR_SHORT;
	if (len > 52)
		return PV_ERR_LONG;
	return storvsc_scsi_request_rd(buf, len, ctx, out);
}

static int storvsc_scsi_request_enc(const struct storvsc_scsi_request *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 52;

	err = storvsc_scsi_request_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_scsi_request_wr(in, b);
	return (int)need;
}

int storvsc_scsi_request_encode(const struct storvsc_scsi_request *in, void *buf, size_t cap)
{
	return storvsc_scsi_request_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_channel_properties_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_channel_properties *o)
{
	size_t tail_end = 24;

	(void)len;
	(void)ctx;
	o->reserved = pv_get_u32(b + 0);
	o->max_channel_cnt = pv_get_u16(b + 4);
	o->reserved1 = pv_get_u16(b + 6);
	o->flags = pv_get_u32(b + 8);
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	o->max_transfer_bytes = pv_get_u32(b + 12);
	o->reserved2 = pv_get_u64(b + 16);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_channel_properties_wr(const struct storvsc_channel_properties *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->reserved));
	pv_put_u16(b + 4, (uint16_t)(in->max_channel_cnt));
	pv_put_u16(b + 6, (uint16_t)(in->reserved1));
	pv_put_u32(b + 8, (uint32_t)(in->flags));
	pv_put_u32(b + 12, (uint32_t)(in->max_transfer_bytes));
	pv_put_u64(b + 16, (uint64_t)(in->reserved2));
}

static enum pv_codec_err storvsc_channel_properties_chk(const struct storvsc_channel_properties *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

enum pv_codec_err storvsc_channel_properties_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_channel_properties *out)
{
	if (len < 24)
		return PV_ERR_SHORT;
	if (len > 24)
		return PV_ERR_LONG;
	return storvsc_channel_properties_rd(buf, len, ctx, out);
}

static int storvsc_channel_properties_enc(const struct storvsc_channel_properties *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 24;

	err = storvsc_channel_properties_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_channel_properties_wr(in, b);
	return (int)need;
}

int storvsc_channel_properties_encode(const struct storvsc_channel_properties *in, void *buf, size_t cap)
{
	return storvsc_channel_properties_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_protocol_version_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_protocol_version *o)
{
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->major_minor = pv_get_u16(b + 0);
	o->revision = pv_get_u16(b + 2);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_protocol_version_wr(const struct storvsc_protocol_version *in, uint8_t *b)
{
	pv_put_u16(b + 0, (uint16_t)(in->major_minor));
	pv_put_u16(b + 2, (uint16_t)(in->revision));
}

static enum pv_codec_err storvsc_protocol_version_chk(const struct storvsc_protocol_version *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err storvsc_protocol_version_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_protocol_version *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return storvsc_protocol_version_rd(buf, len, ctx, out);
}

static int storvsc_protocol_version_enc(const struct storvsc_protocol_version *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = storvsc_protocol_version_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_protocol_version_wr(in, b);
	return (int)need;
}

int storvsc_protocol_version_encode(const struct storvsc_protocol_version *in, void *buf, size_t cap)
{
	return storvsc_protocol_version_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_fc_wwn_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_fc_wwn *o)
{
	size_t tail_end = 35;

	(void)len;
	(void)ctx;
	o->primary_active = pv_get_u8(b + 0);
	o->reserved1 = pv_get_u8(b + 1);
	o->reserved2 = pv_get_u8(b + 2);
	memcpy(o->primary_port_wwn, b + 3, 8);
	memcpy(o->primary_node_wwn, b + 11, 8);
	memcpy(o->secondary_port_wwn, b + 19, 8);
	memcpy(o->secondary_node_wwn, b + 27, 8);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_fc_wwn_wr(const struct storvsc_fc_wwn *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(in->primary_active));
	pv_put_u8(b + 1, (uint8_t)(in->reserved1));
	pv_put_u8(b + 2, (uint8_t)(in->reserved2));
	memcpy(b + 3, in->primary_port_wwn, 8);
	memcpy(b + 11, in->primary_node_wwn, 8);
	memcpy(b + 19, in->secondary_port_wwn, 8);
	memcpy(b + 27, in->secondary_node_wwn, 8);
}

static enum pv_codec_err storvsc_fc_wwn_chk(const struct storvsc_fc_wwn *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err storvsc_fc_wwn_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_fc_wwn *out)
{
	if (len < 35)
		return PV_ERR_SHORT;
	if (len > 35)
		return PV_ERR_LONG;
	return storvsc_fc_wwn_rd(buf, len, ctx, out);
}

static int storvsc_fc_wwn_enc(const struct storvsc_fc_wwn *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 35;

	err = storvsc_fc_wwn_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_fc_wwn_wr(in, b);
	return (int)need;
}

int storvsc_fc_wwn_encode(const struct storvsc_fc_wwn *in, void *buf, size_t cap)
{
	return storvsc_fc_wwn_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_notification_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_notification *o)
{
	size_t tail_end = 4;

	(void)len;
	(void)ctx;
	o->lun = pv_get_u8(b + 0);
	o->target = pv_get_u8(b + 1);
	o->path = pv_get_u8(b + 2);
	o->flags = pv_get_u8(b + 3);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_notification_wr(const struct storvsc_notification *in, uint8_t *b)
{
	pv_put_u8(b + 0, (uint8_t)(in->lun));
	pv_put_u8(b + 1, (uint8_t)(in->target));
	pv_put_u8(b + 2, (uint8_t)(in->path));
	pv_put_u8(b + 3, (uint8_t)(in->flags));
}

static enum pv_codec_err storvsc_notification_chk(const struct storvsc_notification *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	return PV_OK;
}

enum pv_codec_err storvsc_notification_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_notification *out)
{
	if (len < 4)
		return PV_ERR_SHORT;
	if (len > 4)
		return PV_ERR_LONG;
	return storvsc_notification_rd(buf, len, ctx, out);
}

static int storvsc_notification_enc(const struct storvsc_notification *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 4;

	err = storvsc_notification_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_notification_wr(in, b);
	return (int)need;
}

int storvsc_notification_encode(const struct storvsc_notification *in, void *buf, size_t cap)
{
	return storvsc_notification_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_header_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_header *o)
{
	size_t tail_end = 12;

	(void)len;
	(void)ctx;
	o->operation = pv_get_u32(b + 0);
	if (!storvsc_operation_valid((int64_t)o->operation))
		return PV_ERR_ENUM;
	o->flags = pv_get_u32(b + 4);
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	o->status = pv_get_u32(b + 8);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_header_wr(const struct storvsc_header *in, uint8_t *b)
{
	pv_put_u32(b + 0, (uint32_t)(in->operation));
	pv_put_u32(b + 4, (uint32_t)(in->flags));
	pv_put_u32(b + 8, (uint32_t)(in->status));
}

static enum pv_codec_err storvsc_header_chk(const struct storvsc_header *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	if (!stamped) {
		if (!storvsc_operation_valid((int64_t)o->operation))
			return PV_ERR_ENUM;
	}
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	return PV_OK;
}

enum pv_codec_err storvsc_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_header *out)
{
	if (len < 12)
		return PV_ERR_SHORT;
	if (len > 12)
		return PV_ERR_LONG;
	return storvsc_header_rd(buf, len, ctx, out);
}

static int storvsc_header_enc(const struct storvsc_header *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 12;

	err = storvsc_header_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_header_wr(in, b);
	return (int)need;
}

int storvsc_header_encode(const struct storvsc_header *in, void *buf, size_t cap)
{
	return storvsc_header_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_packet_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_packet *o)
{
	enum pv_codec_err err;
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	memcpy(o->payload, b + 12, 52);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_packet_wr(const struct storvsc_packet *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	memcpy(b + 12, in->payload, 52);
}

static enum pv_codec_err storvsc_packet_chk(const struct storvsc_packet *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err storvsc_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_packet *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return storvsc_packet_rd(buf, len, ctx, out);
}

static int storvsc_packet_enc(const struct storvsc_packet *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = storvsc_packet_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_packet_wr(in, b);
	return (int)need;
}

int storvsc_packet_encode(const struct storvsc_packet *in, void *buf, size_t cap)
{
	return storvsc_packet_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_packet_v1_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_packet_v1 *o)
{
	enum pv_codec_err err;
	size_t tail_end = 48;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	memcpy(o->payload, b + 12, 36);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_packet_v1_wr(const struct storvsc_packet_v1 *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	memcpy(b + 12, in->payload, 36);
}

static enum pv_codec_err storvsc_packet_v1_chk(const struct storvsc_packet_v1 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err storvsc_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_packet_v1 *out)
{
	if (len < 48)
		return PV_ERR_SHORT;
	if (len > 48)
		return PV_ERR_LONG;
	return storvsc_packet_v1_rd(buf, len, ctx, out);
}

static int storvsc_packet_v1_enc(const struct storvsc_packet_v1 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 48;

	err = storvsc_packet_v1_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_packet_v1_wr(in, b);
	return (int)need;
}

int storvsc_packet_v1_encode(const struct storvsc_packet_v1 *in, void *buf, size_t cap)
{
	return storvsc_packet_v1_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_srb_packet_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_srb_packet *o)
{
	enum pv_codec_err err;
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	err = storvsc_scsi_request_rd(b + 12, 52, ctx, &o->srb);
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->srb.length == UINT64_C(52) || (uint64_t)o->srb.length == UINT64_C(36)))	/* srb.length == 52 || srb.length == 36 */
		return PV_ERR_RANGE;
	(void)tail_end;
	return PV_OK;
}

static void storvsc_srb_packet_wr(const struct storvsc_srb_packet *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_scsi_request_wr(&in->srb, b + 12);
}

static enum pv_codec_err storvsc_srb_packet_chk(const struct storvsc_srb_packet *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	err = storvsc_scsi_request_chk(&o->srb, 52, ctx, false);
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->srb.length == UINT64_C(52) || (uint64_t)o->srb.length == UINT64_C(36)))	/* srb.length == 52 || srb.length == 36 */
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err storvsc_srb_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_srb_packet *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return storvsc_srb_packet_rd(buf, len, ctx, out);
}

static int storvsc_srb_packet_enc(const struct storvsc_srb_packet *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = storvsc_srb_packet_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_srb_packet_wr(in, b);
	return (int)need;
}

int storvsc_srb_packet_encode(const struct storvsc_srb_packet *in, void *buf, size_t cap)
{
	return storvsc_srb_packet_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_srb_packet_v1_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_srb_packet_v1 *o)
{
	enum pv_codec_err err;
	size_t tail_end = 48;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	err = storvsc_scsi_request_v1_rd(b + 12, 36, ctx, &o->srb);
	if (err != PV_OK)
		return err;
	(void)tail_end;
	return PV_OK;
}

static void storvsc_srb_packet_v1_wr(const struct storvsc_srb_packet_v1 *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_scsi_request_v1_wr(&in->srb, b + 12);
}

static enum pv_codec_err storvsc_srb_packet_v1_chk(const struct storvsc_srb_packet_v1 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	err = storvsc_scsi_request_v1_chk(&o->srb, 36, ctx, false);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err storvsc_srb_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_srb_packet_v1 *out)
{
	if (len < 48)
		return PV_ERR_SHORT;
	if (len > 48)
		return PV_ERR_LONG;
	return storvsc_srb_packet_v1_rd(buf, len, ctx, out);
}

static int storvsc_srb_packet_v1_enc(const struct storvsc_srb_packet_v1 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 48;

	err = storvsc_srb_packet_v1_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_srb_packet_v1_wr(in, b);
	return (int)need;
}

int storvsc_srb_packet_v1_encode(const struct storvsc_srb_packet_v1 *in, void *buf, size_t cap)
{
	return storvsc_srb_packet_v1_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_version_packet_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_version_packet *o)
{
	enum pv_codec_err err;
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	err = storvsc_protocol_version_rd(b + 12, 4, ctx, &o->version);
	if (err != PV_OK)
		return err;
	memcpy(o->pad, b + 16, 48);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_version_packet_wr(const struct storvsc_version_packet *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_protocol_version_wr(&in->version, b + 12);
	memcpy(b + 16, in->pad, 48);
}

static enum pv_codec_err storvsc_version_packet_chk(const struct storvsc_version_packet *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	err = storvsc_protocol_version_chk(&o->version, 4, ctx, false);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err storvsc_version_packet_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_version_packet *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return storvsc_version_packet_rd(buf, len, ctx, out);
}

static int storvsc_version_packet_enc(const struct storvsc_version_packet *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = storvsc_version_packet_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_version_packet_wr(in, b);
	return (int)need;
}

int storvsc_version_packet_encode(const struct storvsc_version_packet *in, void *buf, size_t cap)
{
	return storvsc_version_packet_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_version_packet_v1_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_version_packet_v1 *o)
{
	enum pv_codec_err err;
	size_t tail_end = 48;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	err = storvsc_protocol_version_rd(b + 12, 4, ctx, &o->version);
	if (err != PV_OK)
		return err;
	memcpy(o->pad, b + 16, 32);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_version_packet_v1_wr(const struct storvsc_version_packet_v1 *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_protocol_version_wr(&in->version, b + 12);
	memcpy(b + 16, in->pad, 32);
}

static enum pv_codec_err storvsc_version_packet_v1_chk(const struct storvsc_version_packet_v1 *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	err = storvsc_protocol_version_chk(&o->version, 4, ctx, false);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err storvsc_version_packet_v1_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_version_packet_v1 *out)
{
	if (len < 48)
		return PV_ERR_SHORT;
	if (len > 48)
		return PV_ERR_LONG;
	return storvsc_version_packet_v1_rd(buf, len, ctx, out);
}

static int storvsc_version_packet_v1_enc(const struct storvsc_version_packet_v1 *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 48;

	err = storvsc_version_packet_v1_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_version_packet_v1_wr(in, b);
	return (int)need;
}

int storvsc_version_packet_v1_encode(const struct storvsc_version_packet_v1 *in, void *buf, size_t cap)
{
	return storvsc_version_packet_v1_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_properties_reply_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_properties_reply *o)
{
	enum pv_codec_err err;
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	err = storvsc_channel_properties_rd(b + 12, 24, ctx, &o->props);
	if (err != PV_OK)
		return err;
	memcpy(o->pad, b + 36, 28);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_properties_reply_wr(const struct storvsc_properties_reply *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_channel_properties_wr(&in->props, b + 12);
	memcpy(b + 36, in->pad, 28);
}

static enum pv_codec_err storvsc_properties_reply_chk(const struct storvsc_properties_reply *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, false);
	if (err != PV_OK)
		return err;
	err = storvsc_channel_properties_chk(&o->props, 24, ctx, false);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err storvsc_properties_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_properties_reply *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return storvsc_properties_reply_rd(buf, len, ctx, out);
}

static int storvsc_properties_reply_enc(const struct storvsc_properties_reply *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = storvsc_properties_reply_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_properties_reply_wr(in, b);
	return (int)need;
}

int storvsc_properties_reply_encode(const struct storvsc_properties_reply *in, void *buf, size_t cap)
{
	return storvsc_properties_reply_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_create_sub_channels_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_create_sub_channels *o)
{
	enum pv_codec_err err;
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	o->sub_channel_count = pv_get_u16(b + 12);
	if (o->sub_channel_count < 1)
		return PV_ERR_RANGE;
	memcpy(o->pad, b + 14, 50);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_create_sub_channels_wr(const struct storvsc_create_sub_channels *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	pv_put_u16(b + 12, (uint16_t)(in->sub_channel_count));
	memcpy(b + 14, in->pad, 50);
}

static enum pv_codec_err storvsc_create_sub_channels_chk(const struct storvsc_create_sub_channels *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	if (o->sub_channel_count < 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

enum pv_codec_err storvsc_create_sub_channels_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_create_sub_channels *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return storvsc_create_sub_channels_rd(buf, len, ctx, out);
}

static int storvsc_create_sub_channels_enc(const struct storvsc_create_sub_channels *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = storvsc_create_sub_channels_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_create_sub_channels_wr(in, b);
	return (int)need;
}

int storvsc_create_sub_channels_encode(const struct storvsc_create_sub_channels *in, void *buf, size_t cap)
{
	return storvsc_create_sub_channels_enc(in, NULL, false, buf, cap);
}

static enum pv_codec_err storvsc_event_notification_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,
					struct storvsc_event_notification *o)
{
	enum pv_codec_err err;
	size_t tail_end = 64;

	(void)len;
	(void)ctx;
	err = storvsc_header_rd(b + 0, 12, ctx, &o->hdr);
	if (err != PV_OK)
		return err;
	err = storvsc_notification_rd(b + 12, 4, ctx, &o->event);
	if (err != PV_OK)
		return err;
	memcpy(o->pad, b + 16, 48);
	(void)tail_end;
	return PV_OK;
}

static void storvsc_event_notification_wr(const struct storvsc_event_notification *in, uint8_t *b)
{
	storvsc_header_wr(&in->hdr, b + 0);
	storvsc_notification_wr(&in->event, b + 12);
	memcpy(b + 16, in->pad, 48);
}

static enum pv_codec_err storvsc_event_notification_chk(const struct storvsc_event_notification *o, size_t len,
					const struct pv_codec_ctx *ctx, bool stamped)
{
	enum pv_codec_err err;

	(void)o;
	(void)len;
	(void)ctx;
	(void)stamped;
	err = storvsc_header_chk(&o->hdr, 12, ctx, stamped);
	if (err != PV_OK)
		return err;
	err = storvsc_notification_chk(&o->event, 4, ctx, false);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

enum pv_codec_err storvsc_event_notification_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_event_notification *out)
{
	if (len < 64)
		return PV_ERR_SHORT;
	if (len > 64)
		return PV_ERR_LONG;
	return storvsc_event_notification_rd(buf, len, ctx, out);
}

static int storvsc_event_notification_enc(const struct storvsc_event_notification *in, const struct pv_codec_ctx *ctx, bool stamped,
			void *buf, size_t cap)
{
	uint8_t *b = buf;
	enum pv_codec_err err;
	size_t need = 64;

	err = storvsc_event_notification_chk(in, need, ctx, stamped);
	if (err != PV_OK)
		return -(int)err;
	if (cap < need)
		return -PV_ERR_NOSPACE;
	storvsc_event_notification_wr(in, b);
	return (int)need;
}

int storvsc_event_notification_encode(const struct storvsc_event_notification *in, void *buf, size_t cap)
{
	return storvsc_event_notification_enc(in, NULL, false, buf, cap);
}

const struct pv_msg_desc storvsc_msg_table[] = {
	{1, "COMPLETE_IO", 48, 64, 0, 0, 0, PV_DIR_TO_GUEST},
	{2, "REMOVE_DEVICE", 48, 64, 0, 0, 0, PV_DIR_TO_GUEST},
	{3, "EXECUTE_SRB", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{4, "RESET_LUN", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{5, "RESET_ADAPTER", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{6, "RESET_BUS", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{7, "BEGIN_INITIALIZATION", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{8, "END_INITIALIZATION", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{9, "QUERY_PROTOCOL_VERSION", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{10, "QUERY_PROPERTIES", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{11, "ENUMERATE_BUS", 48, 64, 0, 0, 0, PV_DIR_TO_GUEST},
	{12, "FCHBA_DATA", 48, 64, 0, 0, 0, PV_DIR_TO_HOST},
	{13, "CREATE_SUB_CHANNELS", 64, 64, 0x501, 0, 0, PV_DIR_TO_HOST},
	{14, "EVENT_NOTIFICATION", 64, 64, 0x602, 0, 0, PV_DIR_TO_GUEST},
};

const size_t storvsc_msg_table_count = sizeof(storvsc_msg_table) / sizeof(storvsc_msg_table[0]);

const struct pv_msg_desc *storvsc_msg_lookup(uint32_t type)
{
	size_t lo = 0, hi = sizeof(storvsc_msg_table) / sizeof(storvsc_msg_table[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (storvsc_msg_table[mid].type == type)
			return &storvsc_msg_table[mid];
		if (storvsc_msg_table[mid].type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

enum pv_codec_err storvsc_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
				struct storvsc_msg *out)
{
	const uint8_t *b = buf;
	const struct pv_msg_desc *d;
	enum pv_codec_err err;
	uint32_t type;

	if (len < 4)
		return PV_ERR_SHORT;
	type = pv_get_u32(b + 0);
	d = storvsc_msg_lookup(type);
	if (!d)
		return PV_ERR_UNKNOWN_TYPE;
	err = pv_msg_check(d, len, ctx);
	if (err != PV_OK)
		return err;
	out->type = type;
	out->len = len;
	out->variant = 0;
	switch (type) {
	case 1:	/* COMPLETE_IO */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.complete_io);
	case 2:	/* REMOVE_DEVICE */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.remove_device);
	case 3:	/* EXECUTE_SRB */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_srb_packet_decode(buf, len, ctx, &out->u.srb_packet);
		}
		out->variant = 1;
		return storvsc_srb_packet_v1_decode(buf, len, ctx, &out->u.execute_srb);
	case 4:	/* RESET_LUN */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.reset_lun);
	case 5:	/* RESET_ADAPTER */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.reset_adapter);
	case 6:	/* RESET_BUS */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.reset_bus);
	case 7:	/* BEGIN_INITIALIZATION */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.begin_initialization);
	case 8:	/* END_INITIALIZATION */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.end_initialization);
	case 9:	/* QUERY_PROTOCOL_VERSION */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_version_packet_decode(buf, len, ctx, &out->u.version_packet);
		}
		out->variant = 1;
		return storvsc_version_packet_v1_decode(buf, len, ctx, &out->u.query_protocol_version);
	case 10:	/* QUERY_PROPERTIES */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.query_properties);
	case 11:	/* ENUMERATE_BUS */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.enumerate_bus);
	case 12:	/* FCHBA_DATA */
		if (len >= 64) {
			out->variant = 0;
			return storvsc_packet_decode(buf, len, ctx, &out->u.packet);
		}
		out->variant = 1;
		return storvsc_packet_v1_decode(buf, len, ctx, &out->u.fchba_data);
	case 13:	/* CREATE_SUB_CHANNELS */
		return storvsc_create_sub_channels_decode(buf, len, ctx, &out->u.create_sub_channels);
	case 14:	/* EVENT_NOTIFICATION */
		return storvsc_event_notification_decode(buf, len, ctx, &out->u.event_notification);
	default:
		return PV_ERR_UNKNOWN_TYPE;
	}
}

int storvsc_msg_encode(const struct storvsc_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	const struct pv_msg_desc *d = storvsc_msg_lookup(m->type);
	enum pv_codec_err err;
	int n;

	if (!d)
		return -PV_ERR_UNKNOWN_TYPE;
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x1) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x1) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.complete_io, ctx, true, buf, cap);
		break;
	case UINT64_C(0x2) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x2) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.remove_device, ctx, true, buf, cap);
		break;
	case UINT64_C(0x3) << 32 | 0:
		n = storvsc_srb_packet_enc(&m->u.srb_packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x3) << 32 | 1:
		n = storvsc_srb_packet_v1_enc(&m->u.execute_srb, ctx, true, buf, cap);
		break;
	case UINT64_C(0x4) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x4) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.reset_lun, ctx, true, buf, cap);
		break;
	case UINT64_C(0x5) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x5) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.reset_adapter, ctx, true, buf, cap);
		break;
	case UINT64_C(0x6) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x6) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.reset_bus, ctx, true, buf, cap);
		break;
	case UINT64_C(0x7) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x7) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.begin_initialization, ctx, true, buf, cap);
		break;
	case UINT64_C(0x8) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x8) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.end_initialization, ctx, true, buf, cap);
		break;
	case UINT64_C(0x9) << 32 | 0:
		n = storvsc_version_packet_enc(&m->u.version_packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0x9) << 32 | 1:
		n = storvsc_version_packet_v1_enc(&m->u.query_protocol_version, ctx, true, buf, cap);
		break;
	case UINT64_C(0xa) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0xa) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.query_properties, ctx, true, buf, cap);
		break;
	case UINT64_C(0xb) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0xb) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.enumerate_bus, ctx, true, buf, cap);
		break;
	case UINT64_C(0xc) << 32 | 0:
		n = storvsc_packet_enc(&m->u.packet, ctx, true, buf, cap);
		break;
	case UINT64_C(0xc) << 32 | 1:
		n = storvsc_packet_v1_enc(&m->u.fchba_data, ctx, true, buf, cap);
		break;
	case UINT64_C(0xd) << 32 | 0:
		n = storvsc_create_sub_channels_enc(&m->u.create_sub_channels, ctx, true, buf, cap);
		break;
	case UINT64_C(0xe) << 32 | 0:
		n = storvsc_event_notification_enc(&m->u.event_notification, ctx, true, buf, cap);
		break;
	default:
		return -PV_ERR_UNKNOWN_TYPE;
	}
	if (n < 0)
		return n;
	err = pv_msg_check(d, (size_t)n, ctx);
	if (err != PV_OK)
		return -(int)err;
	pv_put_u32((uint8_t *)buf + 0, (uint32_t)(m->type));
	return n;
}
