/* DO NOT EDIT: generated from spec/savestate.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "pvss_codec.h"

static bool pvss_rec_type_valid(int64_t v)
{
	switch (v) {
	case 1: case 2: case 3: case 4: case 5: case 16:
	case 17: case 18: case 32: case 33: case 34: case 35:
	case 48: case 49: case 50: case 64: case 80: case 81:
	case 82: case 83: case 84: case 96: case 97: case 98:
	case 99: case 100: case 101: case 112: case 113: case 114:
		return true;
	default:
		return false;
	}
}

static bool pvss_fd_kind_valid(int64_t v)
{
	return v >= 1 && v <= 14;
}

static bool pvss_nvme_pci_kind_valid(int64_t v)
{
	return v >= 1 && v <= 3;
}

static bool pvss_nvme_cmd_kind_valid(int64_t v)
{
	return v >= 1 && v <= 2;
}

static bool pvss_part_kind_valid(int64_t v)
{
	return v >= 1 && v <= 2;
}

static bool pvss_vmbus_conn_state_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static bool pvss_vmbus_gpadl_state_valid(int64_t v)
{
	return v >= 0 && v <= 2;
}

static bool pvss_vmbus_chan_state_valid(int64_t v)
{
	return v >= 0 && v <= 3;
}

static bool pvss_storvsp_init_state_valid(int64_t v)
{
	return v >= 0 && v <= 4;
}

static bool pvss_nvsp_init_state_valid(int64_t v)
{
	return v >= 0 && v <= 6;
}

static bool pvss_rndis_device_state_valid(int64_t v)
{
	return v >= 0 && v <= 3;
}

static enum pv_codec_err pvss_rec_header_rd(const uint8_t *b, size_t len, void *p, size_t *end PV_UNUSED)
{
	struct pvss_rec_header *o = p;

	o->type = pv_get_u32(b + 0);
	o->len = pv_get_u32(b + 4);
	return PV_OK;
}

static enum pv_codec_err pvss_rec_header_chk(const void *p, size_t len, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct pvss_rec_header *o = p;

	if (!(how & PV_CHK_STAMPED) && !pvss_rec_type_valid((int64_t)o->type))
		return PV_ERR_ENUM;
	if (o->len < 8 || o->len > 0x100000)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_rec_header_wr(const void *p, uint8_t *b)
{
	const struct pvss_rec_header *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->type));
	pv_put_u32(b + 4, (uint32_t)(in->len));
}

static const struct pv_struct_desc pvss_rec_header_desc = {8, 8, false, false, pvss_rec_header_rd, pvss_rec_header_chk, pvss_rec_header_wr, NULL};

enum pv_codec_err pvss_rec_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_rec_header *out)
{
	return pv_decode(&pvss_rec_header_desc, buf, len, ctx, out);
}

int pvss_rec_header_encode(const struct pvss_rec_header *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_rec_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_file_header_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_file_header *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->magic = pv_get_u32(b + 8);
	o->format_version = pv_get_u32(b + 12);
	o->record_count = pv_get_u32(b + 16);
	o->update_count = pv_get_u32(b + 20);
	o->part_kind = pv_get_u32(b + 24);
	o->reserved = pv_get_u32(b + 28);
	o->t_request = pv_get_u64(b + 32);
	o->t_paused = pv_get_u64(b + 40);
	o->t_quiesced = pv_get_u64(b + 48);
	o->t_saved = pv_get_u64(b + 56);
	return PV_OK;
}

static enum pv_codec_err pvss_file_header_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_file_header *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if ((how & PV_CHK_DECODE) && o->magic != 0x53535650)
		return PV_ERR_CONST;
	if (o->format_version < 1 || o->format_version > 0xffff)
		return PV_ERR_RANGE;
	if (!pvss_part_kind_valid((int64_t)o->part_kind))
		return PV_ERR_ENUM;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->t_request <= (uint64_t)o->t_paused && (uint64_t)o->t_paused <= (uint64_t)o->t_quiesced && (uint64_t)o->t_quiesced <= (uint64_t)o->t_saved))	/* t_request <= t_paused && t_paused <= t_quiesced && t_quiesced <= t_saved */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_file_header_wr(const void *p, uint8_t *b)
{
	const struct pvss_file_header *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(0x53535650));
	pv_put_u32(b + 12, (uint32_t)(in->format_version));
	pv_put_u32(b + 16, (uint32_t)(in->record_count));
	pv_put_u32(b + 20, (uint32_t)(in->update_count));
	pv_put_u32(b + 24, (uint32_t)(in->part_kind));
	pv_put_u32(b + 28, (uint32_t)(in->reserved));
	pv_put_u64(b + 32, (uint64_t)(in->t_request));
	pv_put_u64(b + 40, (uint64_t)(in->t_paused));
	pv_put_u64(b + 48, (uint64_t)(in->t_quiesced));
	pv_put_u64(b + 56, (uint64_t)(in->t_saved));
}

static const struct pv_struct_desc pvss_file_header_desc = {64, 64, false, false, pvss_file_header_rd, pvss_file_header_chk, pvss_file_header_wr, NULL};

enum pv_codec_err pvss_file_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_file_header *out)
{
	return pv_decode(&pvss_file_header_desc, buf, len, ctx, out);
}

int pvss_file_header_encode(const struct pvss_file_header *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_file_header_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_end_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_end *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->record_count = pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	o->checksum = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err pvss_end_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_end *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_end_wr(const void *p, uint8_t *b)
{
	const struct pvss_end *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->record_count));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
	pv_put_u64(b + 16, (uint64_t)(in->checksum));
}

static const struct pv_struct_desc pvss_end_desc = {24, 24, false, false, pvss_end_rd, pvss_end_chk, pvss_end_wr, NULL};

enum pv_codec_err pvss_end_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_end *out)
{
	return pv_decode(&pvss_end_desc, buf, len, ctx, out);
}

int pvss_end_encode(const struct pvss_end *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_end_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_config_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_config *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->total_len = pv_get_u32(b + 8);
	o->offset = pv_get_u32(b + 12);
	o->chunk_len = pv_get_u32(b + 16);
	n = o->chunk_len;
	if (n > PVSS_CONFIG_TEXT_MAX || n > (len - 20) / 1)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->text[i] = pv_get_u8(b + 20 + 1 * i);
	o->text_count = (uint32_t)n;
	*end = 20 + n * 1;
	return PV_OK;
}

static enum pv_codec_err pvss_config_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_config *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->total_len < 1 || o->total_len > 0x100000)
		return PV_ERR_RANGE;
	if (o->text_count < 1 || o->text_count > 0x1000)
		return PV_ERR_RANGE;
	if (!((uint64_t)o->offset + (uint64_t)o->text_count <= (uint64_t)o->total_len))	/* offset + chunk_len <= total_len */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_config_wr(const void *p, uint8_t *b)
{
	const struct pvss_config *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->total_len));
	pv_put_u32(b + 12, (uint32_t)(in->offset));
	pv_put_u32(b + 16, (uint32_t)(in->text_count));
	for (i = 0; i < in->text_count; i++)
		pv_put_u8(b + 20 + 1 * i, (uint8_t)(in->text[i]));
}

static enum pv_codec_err pvss_config_need(const void *p, size_t *need)
{
	const struct pvss_config *in = p;

	if (in->text_count > PVSS_CONFIG_TEXT_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->text_count * 1;
	return PV_OK;
}

static const struct pv_struct_desc pvss_config_desc = {20, 20, true, true, pvss_config_rd, pvss_config_chk, pvss_config_wr, pvss_config_need};

enum pv_codec_err pvss_config_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_config *out)
{
	return pv_decode(&pvss_config_desc, buf, len, ctx, out);
}

int pvss_config_encode(const struct pvss_config *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_config_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_paravisor_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_paravisor *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->log_level = pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	o->t_start = pv_get_u64(b + 16);
	return PV_OK;
}

static enum pv_codec_err pvss_paravisor_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_paravisor *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->log_level > 3)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_paravisor_wr(const void *p, uint8_t *b)
{
	const struct pvss_paravisor *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->log_level));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
	pv_put_u64(b + 16, (uint64_t)(in->t_start));
}

static const struct pv_struct_desc pvss_paravisor_desc = {24, 24, false, false, pvss_paravisor_rd, pvss_paravisor_chk, pvss_paravisor_wr, NULL};

enum pv_codec_err pvss_paravisor_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_paravisor *out)
{
	return pv_decode(&pvss_paravisor_desc, buf, len, ctx, out);
}

int pvss_paravisor_encode(const struct pvss_paravisor *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_paravisor_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_fd_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_fd *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->fd = pv_get_u32(b + 8);
	o->kind = pv_get_u16(b + 12);
	o->reserved = pv_get_u16(b + 14);
	o->key = pv_get_u32(b + 16);
	o->reserved2 = pv_get_u32(b + 20);
	o->size = pv_get_u64(b + 24);
	return PV_OK;
}

static enum pv_codec_err pvss_fd_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_fd *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->fd < 3 || o->fd > 0xfffff)
		return PV_ERR_RANGE;
	if (!pvss_fd_kind_valid((int64_t)o->kind))
		return PV_ERR_ENUM;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (o->reserved2 != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_fd_wr(const void *p, uint8_t *b)
{
	const struct pvss_fd *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->fd));
	pv_put_u16(b + 12, (uint16_t)(in->kind));
	pv_put_u16(b + 14, (uint16_t)(in->reserved));
	pv_put_u32(b + 16, (uint32_t)(in->key));
	pv_put_u32(b + 20, (uint32_t)(in->reserved2));
	pv_put_u64(b + 24, (uint64_t)(in->size));
}

static const struct pv_struct_desc pvss_fd_desc = {32, 32, false, false, pvss_fd_rd, pvss_fd_chk, pvss_fd_wr, NULL};

enum pv_codec_err pvss_fd_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_fd *out)
{
	return pv_decode(&pvss_fd_desc, buf, len, ctx, out);
}

int pvss_fd_encode(const struct pvss_fd *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_fd_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_sim_part_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_sim_part *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->vp_count = pv_get_u32(b + 8);
	o->guest_state = pv_get_u32(b + 12);
	o->mem_size = pv_get_u64(b + 16);
	o->sief_size = pv_get_u64(b + 24);
	o->ram_fd = pv_get_u32(b + 32);
	o->sief_fd = pv_get_u32(b + 36);
	o->listen_fd = pv_get_u32(b + 40);
	o->guest_fd = pv_get_u32(b + 44);
	o->irq_fd = pv_get_u32(b + 48);
	o->reserved = pv_get_u32(b + 52);
	return PV_OK;
}

static enum pv_codec_err pvss_sim_part_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_sim_part *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->vp_count < 1 || o->vp_count > 64)
		return PV_ERR_RANGE;
	if (o->guest_state > 2)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->sief_size == (uint64_t)o->vp_count * UINT64_C(4096)))	/* sief_size == vp_count * 4096 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->mem_size > UINT64_C(0) && (uint64_t)o->mem_size % UINT64_C(4096) == UINT64_C(0)))	/* mem_size > 0 && mem_size % 4096 == 0 */
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->guest_state != UINT64_C(0) ) == ( (uint64_t)o->guest_fd != UINT64_C(4294967295) )))	/* (guest_state != 0) == (guest_fd != 4294967295) */
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->guest_state != UINT64_C(0) ) == ( (uint64_t)o->irq_fd != UINT64_C(4294967295) )))	/* (guest_state != 0) == (irq_fd != 4294967295) */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_sim_part_wr(const void *p, uint8_t *b)
{
	const struct pvss_sim_part *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->vp_count));
	pv_put_u32(b + 12, (uint32_t)(in->guest_state));
	pv_put_u64(b + 16, (uint64_t)(in->mem_size));
	pv_put_u64(b + 24, (uint64_t)(in->sief_size));
	pv_put_u32(b + 32, (uint32_t)(in->ram_fd));
	pv_put_u32(b + 36, (uint32_t)(in->sief_fd));
	pv_put_u32(b + 40, (uint32_t)(in->listen_fd));
	pv_put_u32(b + 44, (uint32_t)(in->guest_fd));
	pv_put_u32(b + 48, (uint32_t)(in->irq_fd));
	pv_put_u32(b + 52, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pvss_sim_part_desc = {56, 56, false, false, pvss_sim_part_rd, pvss_sim_part_chk, pvss_sim_part_wr, NULL};

enum pv_codec_err pvss_sim_part_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_sim_part *out)
{
	return pv_decode(&pvss_sim_part_desc, buf, len, ctx, out);
}

int pvss_sim_part_encode(const struct pvss_sim_part *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_sim_part_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_sim_bind_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_sim_bind *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->connection_id = pv_get_u32(b + 8);
	o->efd = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err pvss_sim_bind_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_sim_bind *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void pvss_sim_bind_wr(const void *p, uint8_t *b)
{
	const struct pvss_sim_bind *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->connection_id));
	pv_put_u32(b + 12, (uint32_t)(in->efd));
}

static const struct pv_struct_desc pvss_sim_bind_desc = {16, 16, false, false, pvss_sim_bind_rd, pvss_sim_bind_chk, pvss_sim_bind_wr, NULL};

enum pv_codec_err pvss_sim_bind_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_sim_bind *out)
{
	return pv_decode(&pvss_sim_bind_desc, buf, len, ctx, out);
}

int pvss_sim_bind_encode(const struct pvss_sim_bind *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_sim_bind_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_sim_outmsg_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_sim_outmsg *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->dgram_len = pv_get_u32(b + 8);
	n = o->dgram_len;
	if (n > PVSS_SIM_OUTMSG_DGRAM_MAX || n > (len - 12) / 1)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->dgram[i] = pv_get_u8(b + 12 + 1 * i);
	o->dgram_count = (uint32_t)n;
	*end = 12 + n * 1;
	return PV_OK;
}

static enum pv_codec_err pvss_sim_outmsg_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_sim_outmsg *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->dgram_count < 8 || o->dgram_count > 0x108)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_sim_outmsg_wr(const void *p, uint8_t *b)
{
	const struct pvss_sim_outmsg *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->dgram_count));
	for (i = 0; i < in->dgram_count; i++)
		pv_put_u8(b + 12 + 1 * i, (uint8_t)(in->dgram[i]));
}

static enum pv_codec_err pvss_sim_outmsg_need(const void *p, size_t *need)
{
	const struct pvss_sim_outmsg *in = p;

	if (in->dgram_count > PVSS_SIM_OUTMSG_DGRAM_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->dgram_count * 1;
	return PV_OK;
}

static const struct pv_struct_desc pvss_sim_outmsg_desc = {12, 12, true, true, pvss_sim_outmsg_rd, pvss_sim_outmsg_chk, pvss_sim_outmsg_wr, pvss_sim_outmsg_need};

enum pv_codec_err pvss_sim_outmsg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_sim_outmsg *out)
{
	return pv_decode(&pvss_sim_outmsg_desc, buf, len, ctx, out);
}

int pvss_sim_outmsg_encode(const struct pvss_sim_outmsg *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_sim_outmsg_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_kvm_vm_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_kvm_vm *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->vcpus = pv_get_u32(b + 8);
	o->reboots = pv_get_u32(b + 12);
	o->mem_size = pv_get_u64(b + 16);
	o->ram_fd = pv_get_u32(b + 24);
	o->serial_fd = pv_get_u32(b + 28);
	o->uart_ier = pv_get_u8(b + 32);
	o->uart_lcr = pv_get_u8(b + 33);
	o->uart_mcr = pv_get_u8(b + 34);
	o->uart_scr = pv_get_u8(b + 35);
	o->uart_dll = pv_get_u8(b + 36);
	o->uart_dlm = pv_get_u8(b + 37);
	o->uart_fcr = pv_get_u8(b + 38);
	o->uart_flags = pv_get_u8(b + 39);
	o->pm1_en = pv_get_u16(b + 40);
	o->pm1_sts = pv_get_u16(b + 42);
	o->pci_addr = pv_get_u32(b + 44);
	o->cmos_index = pv_get_u8(b + 48);
	memcpy(o->reserved, b + 49, 7);
	memcpy(o->cmos_ram, b + 56, 128);
	memcpy(o->clock, b + 184, 48);
	memcpy(o->pit, b + 232, 112);
	memcpy(o->pic_master, b + 344, 512);
	memcpy(o->pic_slave, b + 856, 512);
	memcpy(o->ioapic, b + 1368, 512);
	o->t_clock = pv_get_u64(b + 1880);
	memcpy(o->reserved2, b + 1888, 128);
	return PV_OK;
}

static enum pv_codec_err pvss_kvm_vm_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_kvm_vm *o = p;
	size_t i;
	uint64_t acc;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->vcpus < 1 || o->vcpus > 64)
		return PV_ERR_RANGE;
	if (o->uart_flags > 3)
		return PV_ERR_RANGE;
	for (i = 0, acc = 0; i < 7; i++)
		acc |= (uint64_t)o->reserved[i];
	if (acc != 0)
		return PV_ERR_RESERVED;
	for (i = 0, acc = 0; i < 128; i++)
		acc |= (uint64_t)o->reserved2[i];
	if (acc != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->mem_size > UINT64_C(0) && (uint64_t)o->mem_size % UINT64_C(1048576) == UINT64_C(0)))	/* mem_size > 0 && mem_size % 1048576 == 0 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_kvm_vm_wr(const void *p, uint8_t *b)
{
	const struct pvss_kvm_vm *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->vcpus));
	pv_put_u32(b + 12, (uint32_t)(in->reboots));
	pv_put_u64(b + 16, (uint64_t)(in->mem_size));
	pv_put_u32(b + 24, (uint32_t)(in->ram_fd));
	pv_put_u32(b + 28, (uint32_t)(in->serial_fd));
	pv_put_u8(b + 32, (uint8_t)(in->uart_ier));
	pv_put_u8(b + 33, (uint8_t)(in->uart_lcr));
	pv_put_u8(b + 34, (uint8_t)(in->uart_mcr));
	pv_put_u8(b + 35, (uint8_t)(in->uart_scr));
	pv_put_u8(b + 36, (uint8_t)(in->uart_dll));
	pv_put_u8(b + 37, (uint8_t)(in->uart_dlm));
	pv_put_u8(b + 38, (uint8_t)(in->uart_fcr));
	pv_put_u8(b + 39, (uint8_t)(in->uart_flags));
	pv_put_u16(b + 40, (uint16_t)(in->pm1_en));
	pv_put_u16(b + 42, (uint16_t)(in->pm1_sts));
	pv_put_u32(b + 44, (uint32_t)(in->pci_addr));
	pv_put_u8(b + 48, (uint8_t)(in->cmos_index));
	memcpy(b + 49, in->reserved, 7);
	memcpy(b + 56, in->cmos_ram, 128);
	memcpy(b + 184, in->clock, 48);
	memcpy(b + 232, in->pit, 112);
	memcpy(b + 344, in->pic_master, 512);
	memcpy(b + 856, in->pic_slave, 512);
	memcpy(b + 1368, in->ioapic, 512);
	pv_put_u64(b + 1880, (uint64_t)(in->t_clock));
	memcpy(b + 1888, in->reserved2, 128);
}

static const struct pv_struct_desc pvss_kvm_vm_desc = {2016, 2016, false, false, pvss_kvm_vm_rd, pvss_kvm_vm_chk, pvss_kvm_vm_wr, NULL};

enum pv_codec_err pvss_kvm_vm_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_vm *out)
{
	return pv_decode(&pvss_kvm_vm_desc, buf, len, ctx, out);
}

int pvss_kvm_vm_encode(const struct pvss_kvm_vm *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_kvm_vm_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_msr_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct pvss_msr *o = p;

	o->index = pv_get_u32(b + 0);
	o->reserved = pv_get_u32(b + 4);
	o->value = pv_get_u64(b + 8);
	return PV_OK;
}

static enum pv_codec_err pvss_msr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct pvss_msr *o = p;

	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_msr_wr(const void *p, uint8_t *b)
{
	const struct pvss_msr *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->index));
	pv_put_u32(b + 4, (uint32_t)(in->reserved));
	pv_put_u64(b + 8, (uint64_t)(in->value));
}

static const struct pv_struct_desc pvss_msr_desc = {16, 16, false, false, pvss_msr_rd, pvss_msr_chk, pvss_msr_wr, NULL};

enum pv_codec_err pvss_msr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_msr *out)
{
	return pv_decode(&pvss_msr_desc, buf, len, ctx, out);
}

int pvss_msr_encode(const struct pvss_msr *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_msr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_kvm_vcpu_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_kvm_vcpu *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->index = pv_get_u32(b + 8);
	o->mp_state = pv_get_u32(b + 12);
	o->flags = pv_get_u32(b + 16);
	o->msr_count = pv_get_u32(b + 20);
	o->tsc_offset = pv_get_u64(b + 24);
	o->tsc_deadline = pv_get_u64(b + 32);
	o->synic_control = pv_get_u64(b + 40);
	o->synic_simp = pv_get_u64(b + 48);
	o->synic_siefp = pv_get_u64(b + 56);
	memcpy(o->regs, b + 64, 144);
	memcpy(o->sregs, b + 208, 312);
	memcpy(o->lapic, b + 520, 1024);
	memcpy(o->xcrs, b + 1544, 392);
	memcpy(o->events, b + 1936, 64);
	memcpy(o->debugregs, b + 2000, 128);
	n = o->msr_count;
	if (n > PVSS_KVM_VCPU_MSRS_MAX || n > (len - 2128) / 16)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	pvss_msr_rd(b + 2128 + 16 * i, len, &o->msrs[i], end);
	o->msrs_count = (uint32_t)n;
	*end = 2128 + n * 16;
	return PV_OK;
}

static enum pv_codec_err pvss_kvm_vcpu_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_kvm_vcpu *o = p;
	size_t i;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->index > 63)
		return PV_ERR_RANGE;
	if (o->mp_state > 8)
		return PV_ERR_RANGE;
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	if (o->msrs_count > 0x200)
		return PV_ERR_RANGE;
	for (i = 0; i < o->msrs_count; i++) {
		err = pvss_msr_chk(&o->msrs[i], 16, 16, ctx, 0);
		if (err != PV_OK)
			return err;
	}
	return PV_OK;
}

static void pvss_kvm_vcpu_wr(const void *p, uint8_t *b)
{
	const struct pvss_kvm_vcpu *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->index));
	pv_put_u32(b + 12, (uint32_t)(in->mp_state));
	pv_put_u32(b + 16, (uint32_t)(in->flags));
	pv_put_u32(b + 20, (uint32_t)(in->msrs_count));
	pv_put_u64(b + 24, (uint64_t)(in->tsc_offset));
	pv_put_u64(b + 32, (uint64_t)(in->tsc_deadline));
	pv_put_u64(b + 40, (uint64_t)(in->synic_control));
	pv_put_u64(b + 48, (uint64_t)(in->synic_simp));
	pv_put_u64(b + 56, (uint64_t)(in->synic_siefp));
	memcpy(b + 64, in->regs, 144);
	memcpy(b + 208, in->sregs, 312);
	memcpy(b + 520, in->lapic, 1024);
	memcpy(b + 1544, in->xcrs, 392);
	memcpy(b + 1936, in->events, 64);
	memcpy(b + 2000, in->debugregs, 128);
	for (i = 0; i < in->msrs_count; i++)
		pvss_msr_wr(&in->msrs[i], b + 2128 + 16 * i);
}

static enum pv_codec_err pvss_kvm_vcpu_need(const void *p, size_t *need)
{
	const struct pvss_kvm_vcpu *in = p;

	if (in->msrs_count > PVSS_KVM_VCPU_MSRS_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->msrs_count * 16;
	return PV_OK;
}

static const struct pv_struct_desc pvss_kvm_vcpu_desc = {2128, 2128, true, true, pvss_kvm_vcpu_rd, pvss_kvm_vcpu_chk, pvss_kvm_vcpu_wr, pvss_kvm_vcpu_need};

enum pv_codec_err pvss_kvm_vcpu_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_vcpu *out)
{
	return pv_decode(&pvss_kvm_vcpu_desc, buf, len, ctx, out);
}

int pvss_kvm_vcpu_encode(const struct pvss_kvm_vcpu *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_kvm_vcpu_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_kvm_xsave_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_kvm_xsave *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->index = pv_get_u32(b + 8);
	o->xsave_len = pv_get_u32(b + 12);
	n = o->xsave_len;
	if (n > PVSS_KVM_XSAVE_AREA_MAX || n > (len - 16) / 1)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->area[i] = pv_get_u8(b + 16 + 1 * i);
	o->area_count = (uint32_t)n;
	*end = 16 + n * 1;
	return PV_OK;
}

static enum pv_codec_err pvss_kvm_xsave_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_kvm_xsave *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->index > 63)
		return PV_ERR_RANGE;
	if (o->area_count < 0x1000 || o->area_count > 0x4000)
		return PV_ERR_RANGE;
	if (!((uint64_t)o->area_count % UINT64_C(4) == UINT64_C(0)))	/* xsave_len % 4 == 0 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_kvm_xsave_wr(const void *p, uint8_t *b)
{
	const struct pvss_kvm_xsave *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->index));
	pv_put_u32(b + 12, (uint32_t)(in->area_count));
	for (i = 0; i < in->area_count; i++)
		pv_put_u8(b + 16 + 1 * i, (uint8_t)(in->area[i]));
}

static enum pv_codec_err pvss_kvm_xsave_need(const void *p, size_t *need)
{
	const struct pvss_kvm_xsave *in = p;

	if (in->area_count > PVSS_KVM_XSAVE_AREA_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->area_count * 1;
	return PV_OK;
}

static const struct pv_struct_desc pvss_kvm_xsave_desc = {16, 16, true, true, pvss_kvm_xsave_rd, pvss_kvm_xsave_chk, pvss_kvm_xsave_wr, pvss_kvm_xsave_need};

enum pv_codec_err pvss_kvm_xsave_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_xsave *out)
{
	return pv_decode(&pvss_kvm_xsave_desc, buf, len, ctx, out);
}

int pvss_kvm_xsave_encode(const struct pvss_kvm_xsave *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_kvm_xsave_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_kvm_synic_msg_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_kvm_synic_msg *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->vp = pv_get_u32(b + 8);
	o->sint = pv_get_u32(b + 12);
	o->message_type = pv_get_u32(b + 16);
	o->payload_len = pv_get_u32(b + 20);
	memcpy(o->payload, b + 24, 240);
	return PV_OK;
}

static enum pv_codec_err pvss_kvm_synic_msg_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_kvm_synic_msg *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->vp > 63)
		return PV_ERR_RANGE;
	if (o->sint > 15)
		return PV_ERR_RANGE;
	if (o->message_type < 1 || o->message_type > 0x7fffffff)
		return PV_ERR_RANGE;
	if (o->payload_len > 240)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_kvm_synic_msg_wr(const void *p, uint8_t *b)
{
	const struct pvss_kvm_synic_msg *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->vp));
	pv_put_u32(b + 12, (uint32_t)(in->sint));
	pv_put_u32(b + 16, (uint32_t)(in->message_type));
	pv_put_u32(b + 20, (uint32_t)(in->payload_len));
	memcpy(b + 24, in->payload, 240);
}

static const struct pv_struct_desc pvss_kvm_synic_msg_desc = {264, 264, false, false, pvss_kvm_synic_msg_rd, pvss_kvm_synic_msg_chk, pvss_kvm_synic_msg_wr, NULL};

enum pv_codec_err pvss_kvm_synic_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_synic_msg *out)
{
	return pv_decode(&pvss_kvm_synic_msg_desc, buf, len, ctx, out);
}

int pvss_kvm_synic_msg_encode(const struct pvss_kvm_synic_msg *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_kvm_synic_msg_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_vmbus_server_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_vmbus_server *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->state = pv_get_u32(b + 8);
	o->version = pv_get_u32(b + 12);
	o->features = pv_get_u64(b + 16);
	o->target_vp = pv_get_u32(b + 24);
	o->target_sint = pv_get_u32(b + 28);
	o->msg_conn_id = pv_get_u32(b + 32);
	o->unload_version = pv_get_u32(b + 36);
	o->dropped = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err pvss_vmbus_server_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_vmbus_server *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (!pvss_vmbus_conn_state_valid((int64_t)o->state))
		return PV_ERR_ENUM;
	if (o->target_vp > 63)
		return PV_ERR_RANGE;
	if (o->target_sint > 15)
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->state == UINT64_C(0) ) == ( (uint64_t)o->version == UINT64_C(0) )))	/* (state == 0) == (version == 0) */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_vmbus_server_wr(const void *p, uint8_t *b)
{
	const struct pvss_vmbus_server *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->state));
	pv_put_u32(b + 12, (uint32_t)(in->version));
	pv_put_u64(b + 16, (uint64_t)(in->features));
	pv_put_u32(b + 24, (uint32_t)(in->target_vp));
	pv_put_u32(b + 28, (uint32_t)(in->target_sint));
	pv_put_u32(b + 32, (uint32_t)(in->msg_conn_id));
	pv_put_u32(b + 36, (uint32_t)(in->unload_version));
	pv_put_u64(b + 40, (uint64_t)(in->dropped));
}

static const struct pv_struct_desc pvss_vmbus_server_desc = {48, 48, false, false, pvss_vmbus_server_rd, pvss_vmbus_server_chk, pvss_vmbus_server_wr, NULL};

enum pv_codec_err pvss_vmbus_server_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_vmbus_server *out)
{
	return pv_decode(&pvss_vmbus_server_desc, buf, len, ctx, out);
}

int pvss_vmbus_server_encode(const struct pvss_vmbus_server *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_vmbus_server_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_vmbus_gpadl_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_vmbus_gpadl *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->id = pv_get_u32(b + 8);
	o->child_relid = pv_get_u32(b + 12);
	o->state = pv_get_u32(b + 16);
	o->range_buflen = pv_get_u32(b + 20);
	o->rangecount = pv_get_u32(b + 24);
	o->filled = pv_get_u32(b + 28);
	n = (len - 32) / 8;
	if ((len - 32) % 8 != 0 || n > PVSS_VMBUS_GPADL_DATA_MAX)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->data[i] = pv_get_u64(b + 32 + 8 * i);
	o->data_count = (uint32_t)n;
	*end = 32 + n * 8;
	return PV_OK;
}

static enum pv_codec_err pvss_vmbus_gpadl_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_vmbus_gpadl *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->child_relid < 1 || o->child_relid > 0x7ff)
		return PV_ERR_RANGE;
	if (!pvss_vmbus_gpadl_state_valid((int64_t)o->state))
		return PV_ERR_ENUM;
	if (o->range_buflen < 16 || o->range_buflen > 0xfff8)
		return PV_ERR_RANGE;
	if (o->rangecount < 1 || o->rangecount > 0xffe)
		return PV_ERR_RANGE;
	if (!((uint64_t)o->range_buflen % UINT64_C(8) == UINT64_C(0)))	/* range_buflen % 8 == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->data_count * UINT64_C(8) == (uint64_t)o->filled))	/* data_count * 8 == filled */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->filled <= (uint64_t)o->range_buflen))	/* filled <= range_buflen */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->state == UINT64_C(0) || (uint64_t)o->filled == (uint64_t)o->range_buflen))	/* state == 0 || filled == range_buflen */
		return PV_ERR_COUNT;
	return PV_OK;
}

static void pvss_vmbus_gpadl_wr(const void *p, uint8_t *b)
{
	const struct pvss_vmbus_gpadl *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->id));
	pv_put_u32(b + 12, (uint32_t)(in->child_relid));
	pv_put_u32(b + 16, (uint32_t)(in->state));
	pv_put_u32(b + 20, (uint32_t)(in->range_buflen));
	pv_put_u32(b + 24, (uint32_t)(in->rangecount));
	pv_put_u32(b + 28, (uint32_t)(in->filled));
	for (i = 0; i < in->data_count; i++)
		pv_put_u64(b + 32 + 8 * i, (uint64_t)(in->data[i]));
}

static enum pv_codec_err pvss_vmbus_gpadl_need(const void *p, size_t *need)
{
	const struct pvss_vmbus_gpadl *in = p;

	if (in->data_count > PVSS_VMBUS_GPADL_DATA_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->data_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc pvss_vmbus_gpadl_desc = {32, 32, true, true, pvss_vmbus_gpadl_rd, pvss_vmbus_gpadl_chk, pvss_vmbus_gpadl_wr, pvss_vmbus_gpadl_need};

enum pv_codec_err pvss_vmbus_gpadl_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_vmbus_gpadl *out)
{
	return pv_decode(&pvss_vmbus_gpadl_desc, buf, len, ctx, out);
}

int pvss_vmbus_gpadl_encode(const struct pvss_vmbus_gpadl *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_vmbus_gpadl_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_vmbus_channel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_vmbus_channel *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->relid = pv_get_u32(b + 8);
	o->primary_relid = pv_get_u32(b + 12);
	o->sub_index = pv_get_u16(b + 16);
	o->subchannels_offered = pv_get_u16(b + 18);
	o->state = pv_get_u32(b + 20);
	o->flags = pv_get_u32(b + 24);
	o->conn_id = pv_get_u32(b + 28);
	o->sig_conn_id = pv_get_u32(b + 32);
	o->event_flag = pv_get_u32(b + 36);
	o->open_id = pv_get_u32(b + 40);
	o->target_vp = pv_get_u32(b + 44);
	o->ring_gpadl = pv_get_u32(b + 48);
	o->downstream = pv_get_u32(b + 52);
	o->max_pkt_size = pv_get_u32(b + 56);
	o->efd = pv_get_u32(b + 60);
	o->chn_flags = pv_get_u16(b + 64);
	o->mmio_megabytes = pv_get_u16(b + 66);
	memcpy(o->if_type, b + 68, 16);
	memcpy(o->if_instance, b + 84, 16);
	memcpy(o->user_def, b + 100, 120);
	o->batch_read = pv_get_u64(b + 220);
	o->held_len = pv_get_u32(b + 228);
	n = o->held_len;
	if (n > PVSS_VMBUS_CHANNEL_HELD_MAX || n > (len - 232) / 1)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->held[i] = pv_get_u8(b + 232 + 1 * i);
	o->held_count = (uint32_t)n;
	*end = 232 + n * 1;
	return PV_OK;
}

static enum pv_codec_err pvss_vmbus_channel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_vmbus_channel *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->relid < 1 || o->relid > 0x7ff)
		return PV_ERR_RANGE;
	if (o->primary_relid > 0x7ff)
		return PV_ERR_RANGE;
	if (o->sub_index > 64)
		return PV_ERR_RANGE;
	if (o->subchannels_offered > 64)
		return PV_ERR_RANGE;
	if (!pvss_vmbus_chan_state_valid((int64_t)o->state))
		return PV_ERR_ENUM;
	if (o->flags & ~(uint64_t)63)
		return PV_ERR_FLAGS;
	if (o->event_flag > 0x7ff)
		return PV_ERR_RANGE;
	if (o->target_vp > 63)
		return PV_ERR_RANGE;
	if (o->max_pkt_size > 0x40000)
		return PV_ERR_RANGE;
	if (o->held_count > 0x40010)
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->sub_index == UINT64_C(0) ) == ( (uint64_t)o->primary_relid == UINT64_C(0) )))	/* (sub_index == 0) == (primary_relid == 0) */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->primary_relid < (uint64_t)o->relid))	/* primary_relid < relid */
		return PV_ERR_RANGE;
	if (!(( ( (uint64_t)o->flags & UINT64_C(2) ) == UINT64_C(0) ) == ( (uint64_t)o->efd == UINT64_C(4294967295) )))	/* ((flags & 2) == 0) == (efd == 4294967295) */
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->flags & UINT64_C(4) ) == UINT64_C(0) || ( (uint64_t)o->flags & UINT64_C(2) ) != UINT64_C(0)))	/* (flags & 4) == 0 || (flags & 2) != 0 */
		return PV_ERR_FLAGS;
	if (!(( ( (uint64_t)o->flags & UINT64_C(32) ) == UINT64_C(0) ) == ( (uint64_t)o->held_count == UINT64_C(0) )))	/* ((flags & 32) == 0) == (held_len == 0) */
		return PV_ERR_COUNT;
	if (!(( (uint64_t)o->flags & UINT64_C(2) ) == UINT64_C(0) || (uint64_t)o->downstream >= UINT64_C(2)))	/* (flags & 2) == 0 || downstream >= 2 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_vmbus_channel_wr(const void *p, uint8_t *b)
{
	const struct pvss_vmbus_channel *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->relid));
	pv_put_u32(b + 12, (uint32_t)(in->primary_relid));
	pv_put_u16(b + 16, (uint16_t)(in->sub_index));
	pv_put_u16(b + 18, (uint16_t)(in->subchannels_offered));
	pv_put_u32(b + 20, (uint32_t)(in->state));
	pv_put_u32(b + 24, (uint32_t)(in->flags));
	pv_put_u32(b + 28, (uint32_t)(in->conn_id));
	pv_put_u32(b + 32, (uint32_t)(in->sig_conn_id));
	pv_put_u32(b + 36, (uint32_t)(in->event_flag));
	pv_put_u32(b + 40, (uint32_t)(in->open_id));
	pv_put_u32(b + 44, (uint32_t)(in->target_vp));
	pv_put_u32(b + 48, (uint32_t)(in->ring_gpadl));
	pv_put_u32(b + 52, (uint32_t)(in->downstream));
	pv_put_u32(b + 56, (uint32_t)(in->max_pkt_size));
	pv_put_u32(b + 60, (uint32_t)(in->efd));
	pv_put_u16(b + 64, (uint16_t)(in->chn_flags));
	pv_put_u16(b + 66, (uint16_t)(in->mmio_megabytes));
	memcpy(b + 68, in->if_type, 16);
	memcpy(b + 84, in->if_instance, 16);
	memcpy(b + 100, in->user_def, 120);
	pv_put_u64(b + 220, (uint64_t)(in->batch_read));
	pv_put_u32(b + 228, (uint32_t)(in->held_count));
	for (i = 0; i < in->held_count; i++)
		pv_put_u8(b + 232 + 1 * i, (uint8_t)(in->held[i]));
}

static enum pv_codec_err pvss_vmbus_channel_need(const void *p, size_t *need)
{
	const struct pvss_vmbus_channel *in = p;

	if (in->held_count > PVSS_VMBUS_CHANNEL_HELD_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->held_count * 1;
	return PV_OK;
}

static const struct pv_struct_desc pvss_vmbus_channel_desc = {232, 232, true, true, pvss_vmbus_channel_rd, pvss_vmbus_channel_chk, pvss_vmbus_channel_wr, pvss_vmbus_channel_need};

enum pv_codec_err pvss_vmbus_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_vmbus_channel *out)
{
	return pv_decode(&pvss_vmbus_channel_desc, buf, len, ctx, out);
}

int pvss_vmbus_channel_encode(const struct pvss_vmbus_channel *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_vmbus_channel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_device_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_device *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->index = pv_get_u32(b + 8);
	o->reserved = pv_get_u32(b + 12);
	memcpy(o->kind, b + 16, 16);
	return PV_OK;
}

static enum pv_codec_err pvss_device_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_device *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_device_wr(const void *p, uint8_t *b)
{
	const struct pvss_device *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->index));
	pv_put_u32(b + 12, (uint32_t)(in->reserved));
	memcpy(b + 16, in->kind, 16);
}

static const struct pv_struct_desc pvss_device_desc = {32, 32, false, false, pvss_device_rd, pvss_device_chk, pvss_device_wr, NULL};

enum pv_codec_err pvss_device_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_device *out)
{
	return pv_decode(&pvss_device_desc, buf, len, ctx, out);
}

int pvss_device_encode(const struct pvss_device *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_device_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_storvsp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_storvsp *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->nluns = pv_get_u32(b + 8);
	o->nchannels = pv_get_u32(b + 12);
	o->io_limit = pv_get_u32(b + 16);
	o->reserved = pv_get_u32(b + 20);
	return PV_OK;
}

static enum pv_codec_err pvss_storvsp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_storvsp *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->nluns > 64)
		return PV_ERR_RANGE;
	if (o->nchannels > 65)
		return PV_ERR_RANGE;
	if (o->io_limit < 1 || o->io_limit > 0x1000)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_storvsp_wr(const void *p, uint8_t *b)
{
	const struct pvss_storvsp *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->nluns));
	pv_put_u32(b + 12, (uint32_t)(in->nchannels));
	pv_put_u32(b + 16, (uint32_t)(in->io_limit));
	pv_put_u32(b + 20, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pvss_storvsp_desc = {24, 24, false, false, pvss_storvsp_rd, pvss_storvsp_chk, pvss_storvsp_wr, NULL};

enum pv_codec_err pvss_storvsp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp *out)
{
	return pv_decode(&pvss_storvsp_desc, buf, len, ctx, out);
}

int pvss_storvsp_encode(const struct pvss_storvsp *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_storvsp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_storvsp_lun_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_storvsp_lun *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->lun = pv_get_u32(b + 8);
	o->block_size = pv_get_u32(b + 12);
	o->nblocks = pv_get_u64(b + 16);
	o->dev = pv_get_u64(b + 24);
	o->ino = pv_get_u64(b + 32);
	memcpy(o->kind, b + 40, 8);
	o->backend_state = pv_get_u32(b + 48);
	o->reserved = pv_get_u32(b + 52);
	return PV_OK;
}

static enum pv_codec_err pvss_storvsp_lun_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_storvsp_lun *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->lun > 63)
		return PV_ERR_RANGE;
	if (o->block_size < 0x200 || o->block_size > 0x1000)
		return PV_ERR_RANGE;
	if (o->nblocks < 1)
		return PV_ERR_RANGE;
	if (o->backend_state > 1)
		return PV_ERR_RANGE;
	if (ctx && ctx->version && (ctx->version < 5) && o->backend_state != 0)
		return PV_ERR_VERSION;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->block_size == UINT64_C(512) || (uint64_t)o->block_size == UINT64_C(4096)))	/* block_size == 512 || block_size == 4096 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_storvsp_lun_wr(const void *p, uint8_t *b)
{
	const struct pvss_storvsp_lun *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->lun));
	pv_put_u32(b + 12, (uint32_t)(in->block_size));
	pv_put_u64(b + 16, (uint64_t)(in->nblocks));
	pv_put_u64(b + 24, (uint64_t)(in->dev));
	pv_put_u64(b + 32, (uint64_t)(in->ino));
	memcpy(b + 40, in->kind, 8);
	pv_put_u32(b + 48, (uint32_t)(in->backend_state));
	pv_put_u32(b + 52, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pvss_storvsp_lun_desc = {56, 48, false, false, pvss_storvsp_lun_rd, pvss_storvsp_lun_chk, pvss_storvsp_lun_wr, NULL};

enum pv_codec_err pvss_storvsp_lun_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_lun *out)
{
	return pv_decode(&pvss_storvsp_lun_desc, buf, len, ctx, out);
}

int pvss_storvsp_lun_encode(const struct pvss_storvsp_lun *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_storvsp_lun_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_storvsp_channel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_storvsp_channel *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->sub = pv_get_u32(b + 8);
	o->relid = pv_get_u32(b + 12);
	o->state = pv_get_u32(b + 16);
	o->version = pv_get_u32(b + 20);
	o->flags = pv_get_u32(b + 24);
	o->replies = pv_get_u32(b + 28);
	o->ios = pv_get_u32(b + 32);
	o->reserved = pv_get_u32(b + 36);
	return PV_OK;
}

static enum pv_codec_err pvss_storvsp_channel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_storvsp_channel *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->sub > 64)
		return PV_ERR_RANGE;
	if (o->relid < 1 || o->relid > 0x7ff)
		return PV_ERR_RANGE;
	if (!pvss_storvsp_init_state_valid((int64_t)o->state))
		return PV_ERR_ENUM;
	if (o->version > 0xffff)
		return PV_ERR_RANGE;
	if (o->flags & ~(uint64_t)7)
		return PV_ERR_FLAGS;
	if (o->replies > 0x1000)
		return PV_ERR_RANGE;
	if (o->ios > 0x1000)
		return PV_ERR_RANGE;
	if (ctx && ctx->version && (ctx->version < 7) && o->ios != 0)
		return PV_ERR_VERSION;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->sub == UINT64_C(0) || (uint64_t)o->state == UINT64_C(0)))	/* sub == 0 || state == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->state != UINT64_C(4) || (uint64_t)o->version != UINT64_C(0)))	/* state != 4 || version != 0 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_storvsp_channel_wr(const void *p, uint8_t *b)
{
	const struct pvss_storvsp_channel *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->sub));
	pv_put_u32(b + 12, (uint32_t)(in->relid));
	pv_put_u32(b + 16, (uint32_t)(in->state));
	pv_put_u32(b + 20, (uint32_t)(in->version));
	pv_put_u32(b + 24, (uint32_t)(in->flags));
	pv_put_u32(b + 28, (uint32_t)(in->replies));
	pv_put_u32(b + 32, (uint32_t)(in->ios));
	pv_put_u32(b + 36, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pvss_storvsp_channel_desc = {40, 32, false, false, pvss_storvsp_channel_rd, pvss_storvsp_channel_chk, pvss_storvsp_channel_wr, NULL};

enum pv_codec_err pvss_storvsp_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_channel *out)
{
	return pv_decode(&pvss_storvsp_channel_desc, buf, len, ctx, out);
}

int pvss_storvsp_channel_encode(const struct pvss_storvsp_channel *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_storvsp_channel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_storvsp_reply_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_storvsp_reply *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->trans_id = pv_get_u64(b + 8);
	o->reply_len = pv_get_u32(b + 16);
	o->reserved = pv_get_u32(b + 20);
	n = o->reply_len;
	if (n > PVSS_STORVSP_REPLY_REPLY_MAX || n > (len - 24) / 1)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->reply[i] = pv_get_u8(b + 24 + 1 * i);
	o->reply_count = (uint32_t)n;
	*end = 24 + n * 1;
	return PV_OK;
}

static enum pv_codec_err pvss_storvsp_reply_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_storvsp_reply *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->reply_count < 4 || o->reply_count > 64)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_storvsp_reply_wr(const void *p, uint8_t *b)
{
	const struct pvss_storvsp_reply *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u64(b + 8, (uint64_t)(in->trans_id));
	pv_put_u32(b + 16, (uint32_t)(in->reply_count));
	pv_put_u32(b + 20, (uint32_t)(in->reserved));
	for (i = 0; i < in->reply_count; i++)
		pv_put_u8(b + 24 + 1 * i, (uint8_t)(in->reply[i]));
}

static enum pv_codec_err pvss_storvsp_reply_need(const void *p, size_t *need)
{
	const struct pvss_storvsp_reply *in = p;

	if (in->reply_count > PVSS_STORVSP_REPLY_REPLY_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->reply_count * 1;
	return PV_OK;
}

static const struct pv_struct_desc pvss_storvsp_reply_desc = {24, 24, true, true, pvss_storvsp_reply_rd, pvss_storvsp_reply_chk, pvss_storvsp_reply_wr, pvss_storvsp_reply_need};

enum pv_codec_err pvss_storvsp_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_reply *out)
{
	return pv_decode(&pvss_storvsp_reply_desc, buf, len, ctx, out);
}

int pvss_storvsp_reply_encode(const struct pvss_storvsp_reply *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_storvsp_reply_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_storvsp_io_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_storvsp_io *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->sub = pv_get_u32(b + 8);
	o->flags = pv_get_u32(b + 12);
	o->trans_id = pv_get_u64(b + 16);
	o->packet_len = pv_get_u32(b + 24);
	o->nkids = pv_get_u32(b + 28);
	o->piece_errno = pv_get_u32(b + 32);
	o->sense = pv_get_u32(b + 36);
	memcpy(o->packet, b + 40, 64);
	for (i = 0; i < 16; i++)
		o->kids[i] = pv_get_u32(b + 104 + 4 * i);
	o->nranges = pv_get_u32(b + 168);
	o->nwords = pv_get_u32(b + 172);
	n = o->nwords;
	if (n > PVSS_STORVSP_IO_WORDS_MAX || n > (len - 176) / 8)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->words[i] = pv_get_u64(b + 176 + 8 * i);
	o->words_count = (uint32_t)n;
	*end = 176 + n * 8;
	return PV_OK;
}

static enum pv_codec_err pvss_storvsp_io_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_storvsp_io *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->sub > 64)
		return PV_ERR_RANGE;
	if (o->flags & ~(uint64_t)1)
		return PV_ERR_FLAGS;
	if (o->packet_len < 48 || o->packet_len > 64)
		return PV_ERR_RANGE;
	if (o->nkids < 1 || o->nkids > 16)
		return PV_ERR_RANGE;
	if (o->piece_errno > 0xfff)
		return PV_ERR_RANGE;
	if (o->nranges > 16)
		return PV_ERR_RANGE;
	if (o->words_count > 0x410)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_storvsp_io_wr(const void *p, uint8_t *b)
{
	const struct pvss_storvsp_io *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->sub));
	pv_put_u32(b + 12, (uint32_t)(in->flags));
	pv_put_u64(b + 16, (uint64_t)(in->trans_id));
	pv_put_u32(b + 24, (uint32_t)(in->packet_len));
	pv_put_u32(b + 28, (uint32_t)(in->nkids));
	pv_put_u32(b + 32, (uint32_t)(in->piece_errno));
	pv_put_u32(b + 36, (uint32_t)(in->sense));
	memcpy(b + 40, in->packet, 64);
	for (i = 0; i < 16; i++)
		pv_put_u32(b + 104 + 4 * i, (uint32_t)(in->kids[i]));
	pv_put_u32(b + 168, (uint32_t)(in->nranges));
	pv_put_u32(b + 172, (uint32_t)(in->words_count));
	for (i = 0; i < in->words_count; i++)
		pv_put_u64(b + 176 + 8 * i, (uint64_t)(in->words[i]));
}

static enum pv_codec_err pvss_storvsp_io_need(const void *p, size_t *need)
{
	const struct pvss_storvsp_io *in = p;

	if (in->words_count > PVSS_STORVSP_IO_WORDS_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->words_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc pvss_storvsp_io_desc = {176, 176, true, true, pvss_storvsp_io_rd, pvss_storvsp_io_chk, pvss_storvsp_io_wr, pvss_storvsp_io_need};

enum pv_codec_err pvss_storvsp_io_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_io *out)
{
	return pv_decode(&pvss_storvsp_io_desc, buf, len, ctx, out);
}

int pvss_storvsp_io_encode(const struct pvss_storvsp_io *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_storvsp_io_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_netvsp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_netvsp *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->nvsp_state = pv_get_u32(b + 8);
	o->rndis_state = pv_get_u32(b + 12);
	o->nvsp_version = pv_get_u32(b + 16);
	o->ndis_version = pv_get_u32(b + 20);
	o->guest_mtu = pv_get_u32(b + 24);
	o->flags = pv_get_u32(b + 28);
	o->ndis_caps = pv_get_u64(b + 32);
	o->packet_filter = pv_get_u32(b + 40);
	o->subchannels = pv_get_u32(b + 44);
	o->nqueues = pv_get_u32(b + 48);
	o->nchannels = pv_get_u32(b + 52);
	o->recv_gpadl = pv_get_u32(b + 56);
	o->recv_owner = pv_get_u32(b + 60);
	o->nslots = pv_get_u32(b + 64);
	o->sub_alloc = pv_get_u32(b + 68);
	o->send_gpadl = pv_get_u32(b + 72);
	o->send_owner = pv_get_u32(b + 76);
	o->send_sections = pv_get_u32(b + 80);
	o->rxpkts = pv_get_u32(b + 84);
	o->frames = pv_get_u32(b + 88);
	memcpy(o->mac, b + 92, 6);
	o->reserved = pv_get_u16(b + 98);
	memcpy(o->endpoint, b + 100, 8);
	o->tap_nfds = pv_get_u32(b + 108);
	n = o->tap_nfds;
	if (n > PVSS_NETVSP_TAP_FDS_MAX || n > (len - 112) / 4)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->tap_fds[i] = pv_get_u32(b + 112 + 4 * i);
	o->tap_fds_count = (uint32_t)n;
	*end = 112 + n * 4;
	return PV_OK;
}

static enum pv_codec_err pvss_netvsp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_netvsp *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (!pvss_nvsp_init_state_valid((int64_t)o->nvsp_state))
		return PV_ERR_ENUM;
	if (!pvss_rndis_device_state_valid((int64_t)o->rndis_state))
		return PV_ERR_ENUM;
	if (o->guest_mtu > 0x2328)
		return PV_ERR_RANGE;
	if (o->flags & ~(uint64_t)127)
		return PV_ERR_FLAGS;
	if (o->subchannels > 15)
		return PV_ERR_RANGE;
	if (o->nqueues < 1 || o->nqueues > 16)
		return PV_ERR_RANGE;
	if (o->nchannels > 16)
		return PV_ERR_RANGE;
	if (o->recv_owner > 15)
		return PV_ERR_RANGE;
	if (o->nslots > 0x10000)
		return PV_ERR_RANGE;
	if (o->sub_alloc > 0x10000)
		return PV_ERR_RANGE;
	if (o->send_owner > 15)
		return PV_ERR_RANGE;
	if (o->rxpkts > 0x10000)
		return PV_ERR_RANGE;
	if (o->frames > 0x10000)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (o->tap_fds_count > 16)
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->flags & UINT64_C(4) ) != UINT64_C(0) || ( (uint64_t)o->nslots == UINT64_C(0) && (uint64_t)o->rxpkts == UINT64_C(0) && ( (uint64_t)o->flags & UINT64_C(2) ) == UINT64_C(0) )))	/* (flags & 4) != 0 || (nslots == 0 && rxpkts == 0 && (flags & 2) == 0) */
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->flags & UINT64_C(8) ) != UINT64_C(0) || (uint64_t)o->send_sections == UINT64_C(0)))	/* (flags & 8) != 0 || send_sections == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->subchannels < (uint64_t)o->nqueues))	/* subchannels < nqueues */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_netvsp_wr(const void *p, uint8_t *b)
{
	const struct pvss_netvsp *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->nvsp_state));
	pv_put_u32(b + 12, (uint32_t)(in->rndis_state));
	pv_put_u32(b + 16, (uint32_t)(in->nvsp_version));
	pv_put_u32(b + 20, (uint32_t)(in->ndis_version));
	pv_put_u32(b + 24, (uint32_t)(in->guest_mtu));
	pv_put_u32(b + 28, (uint32_t)(in->flags));
	pv_put_u64(b + 32, (uint64_t)(in->ndis_caps));
	pv_put_u32(b + 40, (uint32_t)(in->packet_filter));
	pv_put_u32(b + 44, (uint32_t)(in->subchannels));
	pv_put_u32(b + 48, (uint32_t)(in->nqueues));
	pv_put_u32(b + 52, (uint32_t)(in->nchannels));
	pv_put_u32(b + 56, (uint32_t)(in->recv_gpadl));
	pv_put_u32(b + 60, (uint32_t)(in->recv_owner));
	pv_put_u32(b + 64, (uint32_t)(in->nslots));
	pv_put_u32(b + 68, (uint32_t)(in->sub_alloc));
	pv_put_u32(b + 72, (uint32_t)(in->send_gpadl));
	pv_put_u32(b + 76, (uint32_t)(in->send_owner));
	pv_put_u32(b + 80, (uint32_t)(in->send_sections));
	pv_put_u32(b + 84, (uint32_t)(in->rxpkts));
	pv_put_u32(b + 88, (uint32_t)(in->frames));
	memcpy(b + 92, in->mac, 6);
	pv_put_u16(b + 98, (uint16_t)(in->reserved));
	memcpy(b + 100, in->endpoint, 8);
	pv_put_u32(b + 108, (uint32_t)(in->tap_fds_count));
	for (i = 0; i < in->tap_fds_count; i++)
		pv_put_u32(b + 112 + 4 * i, (uint32_t)(in->tap_fds[i]));
}

static enum pv_codec_err pvss_netvsp_need(const void *p, size_t *need)
{
	const struct pvss_netvsp *in = p;

	if (in->tap_fds_count > PVSS_NETVSP_TAP_FDS_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->tap_fds_count * 4;
	return PV_OK;
}

static const struct pv_struct_desc pvss_netvsp_desc = {112, 112, true, true, pvss_netvsp_rd, pvss_netvsp_chk, pvss_netvsp_wr, pvss_netvsp_need};

enum pv_codec_err pvss_netvsp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp *out)
{
	return pv_decode(&pvss_netvsp_desc, buf, len, ctx, out);
}

int pvss_netvsp_encode(const struct pvss_netvsp *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_netvsp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_netvsp_rss_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_netvsp_rss *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->hash_types = pv_get_u32(b + 8);
	o->key_len = pv_get_u32(b + 12);
	o->table_len = pv_get_u32(b + 16);
	o->reserved = pv_get_u32(b + 20);
	memcpy(o->key, b + 24, 40);
	n = o->table_len;
	if (n > PVSS_NETVSP_RSS_TABLE_MAX || n > (len - 64) / 4)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->table[i] = pv_get_u32(b + 64 + 4 * i);
	o->table_count = (uint32_t)n;
	*end = 64 + n * 4;
	return PV_OK;
}

static enum pv_codec_err pvss_netvsp_rss_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_netvsp_rss *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->hash_types > 63)
		return PV_ERR_RANGE;
	if (o->key_len > 40)
		return PV_ERR_RANGE;
	if (o->table_count > 128)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_netvsp_rss_wr(const void *p, uint8_t *b)
{
	const struct pvss_netvsp_rss *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->hash_types));
	pv_put_u32(b + 12, (uint32_t)(in->key_len));
	pv_put_u32(b + 16, (uint32_t)(in->table_count));
	pv_put_u32(b + 20, (uint32_t)(in->reserved));
	memcpy(b + 24, in->key, 40);
	for (i = 0; i < in->table_count; i++)
		pv_put_u32(b + 64 + 4 * i, (uint32_t)(in->table[i]));
}

static enum pv_codec_err pvss_netvsp_rss_need(const void *p, size_t *need)
{
	const struct pvss_netvsp_rss *in = p;

	if (in->table_count > PVSS_NETVSP_RSS_TABLE_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->table_count * 4;
	return PV_OK;
}

static const struct pv_struct_desc pvss_netvsp_rss_desc = {64, 64, true, true, pvss_netvsp_rss_rd, pvss_netvsp_rss_chk, pvss_netvsp_rss_wr, pvss_netvsp_rss_need};

enum pv_codec_err pvss_netvsp_rss_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_rss *out)
{
	return pv_decode(&pvss_netvsp_rss_desc, buf, len, ctx, out);
}

int pvss_netvsp_rss_encode(const struct pvss_netvsp_rss *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_netvsp_rss_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_netvsp_range_rd(const uint8_t *b, size_t len, void *p, size_t *end PV_UNUSED)
{
	struct pvss_netvsp_range *o = p;

	o->slot = pv_get_u32(b + 0);
	o->len = pv_get_u32(b + 4);
	return PV_OK;
}

static void pvss_netvsp_range_wr(const void *p, uint8_t *b)
{
	const struct pvss_netvsp_range *in = p;

	pv_put_u32(b + 0, (uint32_t)(in->slot));
	pv_put_u32(b + 4, (uint32_t)(in->len));
}

static const struct pv_struct_desc pvss_netvsp_range_desc = {8, 8, false, false, pvss_netvsp_range_rd, NULL, pvss_netvsp_range_wr, NULL};

enum pv_codec_err pvss_netvsp_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_range *out)
{
	return pv_decode(&pvss_netvsp_range_desc, buf, len, ctx, out);
}

int pvss_netvsp_range_encode(const struct pvss_netvsp_range *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_netvsp_range_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_netvsp_channel_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_netvsp_channel *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->sub = pv_get_u32(b + 8);
	o->relid = pv_get_u32(b + 12);
	o->backlog = pv_get_u32(b + 16);
	o->batch_n = pv_get_u32(b + 20);
	n = o->batch_n;
	if (n > PVSS_NETVSP_CHANNEL_BATCH_MAX || n > (len - 24) / 8)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	pvss_netvsp_range_rd(b + 24 + 8 * i, len, &o->batch[i], end);
	o->batch_count = (uint32_t)n;
	*end = 24 + n * 8;
	return PV_OK;
}

static enum pv_codec_err pvss_netvsp_channel_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_netvsp_channel *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->sub > 15)
		return PV_ERR_RANGE;
	if (o->relid < 1 || o->relid > 0x7ff)
		return PV_ERR_RANGE;
	if (o->backlog > 0x4000)
		return PV_ERR_RANGE;
	if (o->batch_count > 128)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_netvsp_channel_wr(const void *p, uint8_t *b)
{
	const struct pvss_netvsp_channel *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->sub));
	pv_put_u32(b + 12, (uint32_t)(in->relid));
	pv_put_u32(b + 16, (uint32_t)(in->backlog));
	pv_put_u32(b + 20, (uint32_t)(in->batch_count));
	for (i = 0; i < in->batch_count; i++)
		pvss_netvsp_range_wr(&in->batch[i], b + 24 + 8 * i);
}

static enum pv_codec_err pvss_netvsp_channel_need(const void *p, size_t *need)
{
	const struct pvss_netvsp_channel *in = p;

	if (in->batch_count > PVSS_NETVSP_CHANNEL_BATCH_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->batch_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc pvss_netvsp_channel_desc = {24, 24, true, true, pvss_netvsp_channel_rd, pvss_netvsp_channel_chk, pvss_netvsp_channel_wr, pvss_netvsp_channel_need};

enum pv_codec_err pvss_netvsp_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_channel *out)
{
	return pv_decode(&pvss_netvsp_channel_desc, buf, len, ctx, out);
}

int pvss_netvsp_channel_encode(const struct pvss_netvsp_channel *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_netvsp_channel_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_netvsp_backlog_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_netvsp_backlog *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->trans_id = pv_get_u64(b + 8);
	o->pkt_type = pv_get_u16(b + 16);
	o->pkt_flags = pv_get_u16(b + 18);
	o->ext_len = pv_get_u32(b + 20);
	o->data_len = pv_get_u32(b + 24);
	o->reserved = pv_get_u32(b + 28);
	memcpy(o->ext, b + 32, 16);
	n = o->data_len;
	if (n > PVSS_NETVSP_BACKLOG_DATA_MAX || n > (len - 48) / 1)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->data[i] = pv_get_u8(b + 48 + 1 * i);
	o->data_count = (uint32_t)n;
	*end = 48 + n * 1;
	return PV_OK;
}

static enum pv_codec_err pvss_netvsp_backlog_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_netvsp_backlog *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->pkt_type < 6 || o->pkt_type > 11)
		return PV_ERR_RANGE;
	if (o->pkt_flags > 1)
		return PV_ERR_RANGE;
	if (o->ext_len > 16)
		return PV_ERR_RANGE;
	if (o->data_count < 1 || o->data_count > 104)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	return PV_OK;
}

static void pvss_netvsp_backlog_wr(const void *p, uint8_t *b)
{
	const struct pvss_netvsp_backlog *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u64(b + 8, (uint64_t)(in->trans_id));
	pv_put_u16(b + 16, (uint16_t)(in->pkt_type));
	pv_put_u16(b + 18, (uint16_t)(in->pkt_flags));
	pv_put_u32(b + 20, (uint32_t)(in->ext_len));
	pv_put_u32(b + 24, (uint32_t)(in->data_count));
	pv_put_u32(b + 28, (uint32_t)(in->reserved));
	memcpy(b + 32, in->ext, 16);
	for (i = 0; i < in->data_count; i++)
		pv_put_u8(b + 48 + 1 * i, (uint8_t)(in->data[i]));
}

static enum pv_codec_err pvss_netvsp_backlog_need(const void *p, size_t *need)
{
	const struct pvss_netvsp_backlog *in = p;

	if (in->data_count > PVSS_NETVSP_BACKLOG_DATA_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->data_count * 1;
	return PV_OK;
}

static const struct pv_struct_desc pvss_netvsp_backlog_desc = {48, 48, true, true, pvss_netvsp_backlog_rd, pvss_netvsp_backlog_chk, pvss_netvsp_backlog_wr, pvss_netvsp_backlog_need};

enum pv_codec_err pvss_netvsp_backlog_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_backlog *out)
{
	return pv_decode(&pvss_netvsp_backlog_desc, buf, len, ctx, out);
}

int pvss_netvsp_backlog_encode(const struct pvss_netvsp_backlog *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_netvsp_backlog_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_netvsp_rxpkt_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_netvsp_rxpkt *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->sub = pv_get_u32(b + 8);
	o->nslots = pv_get_u32(b + 12);
	n = o->nslots;
	if (n > PVSS_NETVSP_RXPKT_SLOTS_MAX || n > (len - 16) / 4)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->slots[i] = pv_get_u32(b + 16 + 4 * i);
	o->slots_count = (uint32_t)n;
	*end = 16 + n * 4;
	return PV_OK;
}

static enum pv_codec_err pvss_netvsp_rxpkt_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_netvsp_rxpkt *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->sub > 15)
		return PV_ERR_RANGE;
	if (o->slots_count < 1 || o->slots_count > 128)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_netvsp_rxpkt_wr(const void *p, uint8_t *b)
{
	const struct pvss_netvsp_rxpkt *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->sub));
	pv_put_u32(b + 12, (uint32_t)(in->slots_count));
	for (i = 0; i < in->slots_count; i++)
		pv_put_u32(b + 16 + 4 * i, (uint32_t)(in->slots[i]));
}

static enum pv_codec_err pvss_netvsp_rxpkt_need(const void *p, size_t *need)
{
	const struct pvss_netvsp_rxpkt *in = p;

	if (in->slots_count > PVSS_NETVSP_RXPKT_SLOTS_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->slots_count * 4;
	return PV_OK;
}

static const struct pv_struct_desc pvss_netvsp_rxpkt_desc = {16, 16, true, true, pvss_netvsp_rxpkt_rd, pvss_netvsp_rxpkt_chk, pvss_netvsp_rxpkt_wr, pvss_netvsp_rxpkt_need};

enum pv_codec_err pvss_netvsp_rxpkt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_rxpkt *out)
{
	return pv_decode(&pvss_netvsp_rxpkt_desc, buf, len, ctx, out);
}

int pvss_netvsp_rxpkt_encode(const struct pvss_netvsp_rxpkt *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_netvsp_rxpkt_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_netvsp_frame_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_netvsp_frame *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->queue = pv_get_u32(b + 8);
	o->len = pv_get_u32(b + 12);
	o->meta_flags = pv_get_u32(b + 16);
	o->vlan_tci = pv_get_u16(b + 20);
	o->gso_size = pv_get_u16(b + 22);
	o->hash = pv_get_u32(b + 24);
	o->hash_type = pv_get_u32(b + 28);
	n = o->len;
	if (n > PVSS_NETVSP_FRAME_DATA_MAX || n > (len - 32) / 1)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->data[i] = pv_get_u8(b + 32 + 1 * i);
	o->data_count = (uint32_t)n;
	*end = 32 + n * 1;
	return PV_OK;
}

static enum pv_codec_err pvss_netvsp_frame_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_netvsp_frame *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->queue > 15)
		return PV_ERR_RANGE;
	if (o->data_count < 14 || o->data_count > 0x10100)
		return PV_ERR_RANGE;
	if (o->meta_flags > 0x3ff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_netvsp_frame_wr(const void *p, uint8_t *b)
{
	const struct pvss_netvsp_frame *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->queue));
	pv_put_u32(b + 12, (uint32_t)(in->data_count));
	pv_put_u32(b + 16, (uint32_t)(in->meta_flags));
	pv_put_u16(b + 20, (uint16_t)(in->vlan_tci));
	pv_put_u16(b + 22, (uint16_t)(in->gso_size));
	pv_put_u32(b + 24, (uint32_t)(in->hash));
	pv_put_u32(b + 28, (uint32_t)(in->hash_type));
	for (i = 0; i < in->data_count; i++)
		pv_put_u8(b + 32 + 1 * i, (uint8_t)(in->data[i]));
}

static enum pv_codec_err pvss_netvsp_frame_need(const void *p, size_t *need)
{
	const struct pvss_netvsp_frame *in = p;

	if (in->data_count > PVSS_NETVSP_FRAME_DATA_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->data_count * 1;
	return PV_OK;
}

static const struct pv_struct_desc pvss_netvsp_frame_desc = {32, 32, true, true, pvss_netvsp_frame_rd, pvss_netvsp_frame_chk, pvss_netvsp_frame_wr, pvss_netvsp_frame_need};

enum pv_codec_err pvss_netvsp_frame_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_frame *out)
{
	return pv_decode(&pvss_netvsp_frame_desc, buf, len, ctx, out);
}

int pvss_netvsp_frame_encode(const struct pvss_netvsp_frame *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_netvsp_frame_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_nvme_ctrlr_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_nvme_ctrlr *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->pci_kind = pv_get_u32(b + 8);
	o->io_queues = pv_get_u32(b + 12);
	o->cap = pv_get_u64(b + 16);
	o->cc = pv_get_u32(b + 24);
	o->aqa = pv_get_u32(b + 28);
	o->asq = pv_get_u64(b + 32);
	o->acq = pv_get_u64(b + 40);
	o->pool_fd = pv_get_u32(b + 48);
	o->nqpairs = pv_get_u32(b + 52);
	o->pool_size = pv_get_u64(b + 56);
	o->pool_iova = pv_get_u64(b + 64);
	o->ident_iova = pv_get_u64(b + 72);
	o->nsck_iova = pv_get_u64(b + 80);
	o->container_fd = pv_get_u32(b + 88);
	o->group_fd = pv_get_u32(b + 92);
	o->device_fd = pv_get_u32(b + 96);
	o->msix_vectors = pv_get_u32(b + 100);
	memcpy(o->sn, b + 104, 20);
	memcpy(o->mn, b + 124, 40);
	o->reserved = pv_get_u32(b + 164);
	return PV_OK;
}

static enum pv_codec_err pvss_nvme_ctrlr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_nvme_ctrlr *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (!pvss_nvme_pci_kind_valid((int64_t)o->pci_kind))
		return PV_ERR_ENUM;
	if (o->io_queues < 1 || o->io_queues > 63)
		return PV_ERR_RANGE;
	if (o->nqpairs > 63)
		return PV_ERR_RANGE;
	if (o->pool_size < 0x10000 || o->pool_size > 0x40000000)
		return PV_ERR_RANGE;
	if (o->msix_vectors < 1 || o->msix_vectors > 0x800)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!(( (uint64_t)o->cc & UINT64_C(1) ) == UINT64_C(1)))	/* (cc & 1) == 1 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->pool_size % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->pool_iova % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->asq % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->acq % UINT64_C(4096) == UINT64_C(0)))	/* pool_size % 4096 == 0 && pool_iova % 4096 == 0 && asq % 4096 == 0 && acq % 4096 == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->ident_iova % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->nsck_iova % UINT64_C(4096) == UINT64_C(0)))	/* ident_iova % 4096 == 0 && nsck_iova % 4096 == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->asq >= (uint64_t)o->pool_iova && (uint64_t)o->asq - (uint64_t)o->pool_iova < (uint64_t)o->pool_size && (uint64_t)o->acq >= (uint64_t)o->pool_iova && (uint64_t)o->acq - (uint64_t)o->pool_iova < (uint64_t)o->pool_size))	/* asq >= pool_iova && asq - pool_iova < pool_size && acq >= pool_iova && acq - pool_iova < pool_size */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->ident_iova >= (uint64_t)o->pool_iova && (uint64_t)o->ident_iova - (uint64_t)o->pool_iova < (uint64_t)o->pool_size && (uint64_t)o->nsck_iova >= (uint64_t)o->pool_iova && (uint64_t)o->nsck_iova - (uint64_t)o->pool_iova < (uint64_t)o->pool_size))	/* ident_iova >= pool_iova && ident_iova - pool_iova < pool_size && nsck_iova >= pool_iova && nsck_iova - pool_iova < pool_size */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_nvme_ctrlr_wr(const void *p, uint8_t *b)
{
	const struct pvss_nvme_ctrlr *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u32(b + 8, (uint32_t)(in->pci_kind));
	pv_put_u32(b + 12, (uint32_t)(in->io_queues));
	pv_put_u64(b + 16, (uint64_t)(in->cap));
	pv_put_u32(b + 24, (uint32_t)(in->cc));
	pv_put_u32(b + 28, (uint32_t)(in->aqa));
	pv_put_u64(b + 32, (uint64_t)(in->asq));
	pv_put_u64(b + 40, (uint64_t)(in->acq));
	pv_put_u32(b + 48, (uint32_t)(in->pool_fd));
	pv_put_u32(b + 52, (uint32_t)(in->nqpairs));
	pv_put_u64(b + 56, (uint64_t)(in->pool_size));
	pv_put_u64(b + 64, (uint64_t)(in->pool_iova));
	pv_put_u64(b + 72, (uint64_t)(in->ident_iova));
	pv_put_u64(b + 80, (uint64_t)(in->nsck_iova));
	pv_put_u32(b + 88, (uint32_t)(in->container_fd));
	pv_put_u32(b + 92, (uint32_t)(in->group_fd));
	pv_put_u32(b + 96, (uint32_t)(in->device_fd));
	pv_put_u32(b + 100, (uint32_t)(in->msix_vectors));
	memcpy(b + 104, in->sn, 20);
	memcpy(b + 124, in->mn, 40);
	pv_put_u32(b + 164, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc pvss_nvme_ctrlr_desc = {168, 168, false, false, pvss_nvme_ctrlr_rd, pvss_nvme_ctrlr_chk, pvss_nvme_ctrlr_wr, NULL};

enum pv_codec_err pvss_nvme_ctrlr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_nvme_ctrlr *out)
{
	return pv_decode(&pvss_nvme_ctrlr_desc, buf, len, ctx, out);
}

int pvss_nvme_ctrlr_encode(const struct pvss_nvme_ctrlr *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_nvme_ctrlr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_nvme_qpair_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_nvme_qpair *o = p;
	size_t n;
	size_t i;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->qid = pv_get_u16(b + 8);
	o->vector = pv_get_u16(b + 10);
	o->size = pv_get_u32(b + 12);
	o->flags = pv_get_u32(b + 16);
	o->ncmds = pv_get_u32(b + 20);
	o->sq_iova = pv_get_u64(b + 24);
	o->cq_iova = pv_get_u64(b + 32);
	o->sq_tail = pv_get_u32(b + 40);
	o->sq_head = pv_get_u32(b + 44);
	o->cq_head = pv_get_u32(b + 48);
	o->phase = pv_get_u8(b + 52);
	o->cid_bits = pv_get_u8(b + 53);
	o->reserved = pv_get_u16(b + 54);
	o->bounce_iova = pv_get_u64(b + 56);
	o->bounce_slots = pv_get_u32(b + 64);
	o->bounce_size = pv_get_u32(b + 68);
	o->list_bytes = pv_get_u32(b + 72);
	o->ntrk = pv_get_u32(b + 76);
	n = o->ntrk;
	if (n > PVSS_NVME_QPAIR_CID_GEN_MAX || n > (len - 80) / 2)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->cid_gen[i] = pv_get_u16(b + 80 + 2 * i);
	o->cid_gen_count = (uint32_t)n;
	*end = 80 + n * 2;
	return PV_OK;
}

static enum pv_codec_err pvss_nvme_qpair_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_nvme_qpair *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->qid > 63)
		return PV_ERR_RANGE;
	if (o->vector > 0x7ff)
		return PV_ERR_RANGE;
	if (o->size < 2 || o->size > 0x1000)
		return PV_ERR_RANGE;
	if (o->flags & ~(uint64_t)3)
		return PV_ERR_FLAGS;
	if (o->ncmds > 0xfff)
		return PV_ERR_RANGE;
	if (o->phase > 1)
		return PV_ERR_RANGE;
	if (o->cid_bits > 12)
		return PV_ERR_RANGE;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (o->bounce_slots > 16)
		return PV_ERR_RANGE;
	if (o->bounce_size > 0x200000)
		return PV_ERR_RANGE;
	if (o->list_bytes > 0x10000)
		return PV_ERR_RANGE;
	if (o->cid_gen_count < 1 || o->cid_gen_count > 0xfff)
		return PV_ERR_RANGE;
	if (!((uint64_t)o->cid_gen_count + UINT64_C(1) == (uint64_t)o->size && (uint64_t)o->ncmds <= (uint64_t)o->cid_gen_count))	/* ntrk + 1 == size && ncmds <= ntrk */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->sq_tail < (uint64_t)o->size && (uint64_t)o->sq_head < (uint64_t)o->size && (uint64_t)o->cq_head < (uint64_t)o->size))	/* sq_tail < size && sq_head < size && cq_head < size */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->sq_iova % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->cq_iova % UINT64_C(4096) == UINT64_C(0) && (uint64_t)o->bounce_iova % UINT64_C(4096) == UINT64_C(0)))	/* sq_iova % 4096 == 0 && cq_iova % 4096 == 0 && bounce_iova % 4096 == 0 */
		return PV_ERR_RANGE;
	if (!(( (uint64_t)o->qid == UINT64_C(0) ) == ( ( (uint64_t)o->flags & UINT64_C(1) ) == UINT64_C(1) )))	/* (qid == 0) == ((flags & 1) == 1) */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_nvme_qpair_wr(const void *p, uint8_t *b)
{
	const struct pvss_nvme_qpair *in = p;
	size_t i;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u16(b + 8, (uint16_t)(in->qid));
	pv_put_u16(b + 10, (uint16_t)(in->vector));
	pv_put_u32(b + 12, (uint32_t)(in->size));
	pv_put_u32(b + 16, (uint32_t)(in->flags));
	pv_put_u32(b + 20, (uint32_t)(in->ncmds));
	pv_put_u64(b + 24, (uint64_t)(in->sq_iova));
	pv_put_u64(b + 32, (uint64_t)(in->cq_iova));
	pv_put_u32(b + 40, (uint32_t)(in->sq_tail));
	pv_put_u32(b + 44, (uint32_t)(in->sq_head));
	pv_put_u32(b + 48, (uint32_t)(in->cq_head));
	pv_put_u8(b + 52, (uint8_t)(in->phase));
	pv_put_u8(b + 53, (uint8_t)(in->cid_bits));
	pv_put_u16(b + 54, (uint16_t)(in->reserved));
	pv_put_u64(b + 56, (uint64_t)(in->bounce_iova));
	pv_put_u32(b + 64, (uint32_t)(in->bounce_slots));
	pv_put_u32(b + 68, (uint32_t)(in->bounce_size));
	pv_put_u32(b + 72, (uint32_t)(in->list_bytes));
	pv_put_u32(b + 76, (uint32_t)(in->cid_gen_count));
	for (i = 0; i < in->cid_gen_count; i++)
		pv_put_u16(b + 80 + 2 * i, (uint16_t)(in->cid_gen[i]));
}

static enum pv_codec_err pvss_nvme_qpair_need(const void *p, size_t *need)
{
	const struct pvss_nvme_qpair *in = p;

	if (in->cid_gen_count > PVSS_NVME_QPAIR_CID_GEN_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->cid_gen_count * 2;
	return PV_OK;
}

static const struct pv_struct_desc pvss_nvme_qpair_desc = {80, 80, true, true, pvss_nvme_qpair_rd, pvss_nvme_qpair_chk, pvss_nvme_qpair_wr, pvss_nvme_qpair_need};

enum pv_codec_err pvss_nvme_qpair_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_nvme_qpair *out)
{
	return pv_decode(&pvss_nvme_qpair_desc, buf, len, ctx, out);
}

int pvss_nvme_qpair_encode(const struct pvss_nvme_qpair *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_nvme_qpair_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err pvss_nvme_cmd_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct pvss_nvme_cmd *o = p;

	pvss_rec_header_rd(b + 0, len, &o->hdr, end);
	o->index = pv_get_u16(b + 8);
	o->cid = pv_get_u16(b + 10);
	o->kind = pv_get_u32(b + 12);
	o->opcode = pv_get_u8(b + 16);
	o->bounce = pv_get_u8(b + 17);
	o->reserved = pv_get_u16(b + 18);
	o->nsid = pv_get_u32(b + 20);
	o->list_iova = pv_get_u64(b + 24);
	o->lba = pv_get_u64(b + 32);
	return PV_OK;
}

static enum pv_codec_err pvss_nvme_cmd_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct pvss_nvme_cmd *o = p;
	enum pv_codec_err err;

	err = pvss_rec_header_chk(&o->hdr, 8, 8, ctx, how);
	if (err != PV_OK)
		return err;
	if (!pvss_nvme_cmd_kind_valid((int64_t)o->kind))
		return PV_ERR_ENUM;
	if (o->reserved != 0)
		return PV_ERR_RESERVED;
	if (!((uint64_t)o->list_iova % UINT64_C(4096) == UINT64_C(0)))	/* list_iova % 4096 == 0 */
		return PV_ERR_RANGE;
	if (!((uint64_t)o->bounce < UINT64_C(16) || (uint64_t)o->bounce == UINT64_C(255)))	/* bounce < 16 || bounce == 255 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void pvss_nvme_cmd_wr(const void *p, uint8_t *b)
{
	const struct pvss_nvme_cmd *in = p;

	pvss_rec_header_wr(&in->hdr, b + 0);
	pv_put_u16(b + 8, (uint16_t)(in->index));
	pv_put_u16(b + 10, (uint16_t)(in->cid));
	pv_put_u32(b + 12, (uint32_t)(in->kind));
	pv_put_u8(b + 16, (uint8_t)(in->opcode));
	pv_put_u8(b + 17, (uint8_t)(in->bounce));
	pv_put_u16(b + 18, (uint16_t)(in->reserved));
	pv_put_u32(b + 20, (uint32_t)(in->nsid));
	pv_put_u64(b + 24, (uint64_t)(in->list_iova));
	pv_put_u64(b + 32, (uint64_t)(in->lba));
}

static const struct pv_struct_desc pvss_nvme_cmd_desc = {40, 40, false, false, pvss_nvme_cmd_rd, pvss_nvme_cmd_chk, pvss_nvme_cmd_wr, NULL};

enum pv_codec_err pvss_nvme_cmd_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_nvme_cmd *out)
{
	return pv_decode(&pvss_nvme_cmd_desc, buf, len, ctx, out);
}

int pvss_nvme_cmd_encode(const struct pvss_nvme_cmd *in, void *buf, size_t cap)
{
	return pv_encode(&pvss_nvme_cmd_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant pvss_msg_variants[] = {
	{&pvss_file_header_desc, 0, 0, 0, 0},	/* FILE_HEADER */
	{&pvss_end_desc, 0, 0, 0, 0},	/* END */
	{&pvss_config_desc, 0, 0, 0, 0},	/* CONFIG */
	{&pvss_paravisor_desc, 0, 0, 0, 0},	/* PARAVISOR */
	{&pvss_fd_desc, 0, 0, 0, 0},	/* FD */
	{&pvss_sim_part_desc, 0, 0, 0, 0},	/* SIM_PART */
	{&pvss_sim_bind_desc, 0, 0, 0, 0},	/* SIM_BIND */
	{&pvss_sim_outmsg_desc, 0, 0, 0, 0},	/* SIM_OUTMSG */
	{&pvss_kvm_vm_desc, 0, 0, 0, 0},	/* KVM_VM */
	{&pvss_kvm_vcpu_desc, 0, 0, 0, 0},	/* KVM_VCPU */
	{&pvss_kvm_xsave_desc, 0, 0, 0, 0},	/* KVM_XSAVE */
	{&pvss_kvm_synic_msg_desc, 0, 0, 0, 0},	/* KVM_SYNIC_MSG */
	{&pvss_vmbus_server_desc, 0, 0, 0, 0},	/* VMBUS_SERVER */
	{&pvss_vmbus_gpadl_desc, 0, 0, 0, 0},	/* VMBUS_GPADL */
	{&pvss_vmbus_channel_desc, 0, 0, 0, 0},	/* VMBUS_CHANNEL */
	{&pvss_device_desc, 0, 0, 0, 0},	/* DEVICE */
	{&pvss_storvsp_desc, 0, 0, 0, 0},	/* STORVSP */
	{&pvss_storvsp_lun_desc, 0, 0, 0, 0},	/* STORVSP_LUN */
	{&pvss_storvsp_channel_desc, 0, 0, 0, 0},	/* STORVSP_CHANNEL */
	{&pvss_storvsp_reply_desc, 0, 0, 0, 0},	/* STORVSP_REPLY */
	{&pvss_storvsp_io_desc, 0, 0, 0, 0},	/* STORVSP_IO */
	{&pvss_netvsp_desc, 0, 0, 0, 0},	/* NETVSP */
	{&pvss_netvsp_rss_desc, 0, 0, 0, 0},	/* NETVSP_RSS */
	{&pvss_netvsp_channel_desc, 0, 0, 0, 0},	/* NETVSP_CHANNEL */
	{&pvss_netvsp_backlog_desc, 0, 0, 0, 0},	/* NETVSP_BACKLOG */
	{&pvss_netvsp_rxpkt_desc, 0, 0, 0, 0},	/* NETVSP_RXPKT */
	{&pvss_netvsp_frame_desc, 0, 0, 0, 0},	/* NETVSP_FRAME */
	{&pvss_nvme_ctrlr_desc, 0, 0, 0, 0},	/* NVME_CTRLR */
	{&pvss_nvme_qpair_desc, 0, 0, 0, 0},	/* NVME_QPAIR */
	{&pvss_nvme_cmd_desc, 0, 0, 0, 0},	/* NVME_CMD */
};

const struct pv_msg_desc pvss_msg_table[] = {
	{1, "FILE_HEADER", 64, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, file_header), 0, 1},
	{2, "END", 24, 24, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, end), 1, 1},
	{3, "CONFIG", 20, 4116, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, config), 2, 1},
	{4, "PARAVISOR", 24, 24, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, paravisor), 3, 1},
	{5, "FD", 32, 32, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, fd), 4, 1},
	{16, "SIM_PART", 56, 56, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, sim_part), 5, 1},
	{17, "SIM_BIND", 16, 16, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, sim_bind), 6, 1},
	{18, "SIM_OUTMSG", 12, 276, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, sim_outmsg), 7, 1},
	{32, "KVM_VM", 2016, 2016, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, kvm_vm), 8, 1},
	{33, "KVM_VCPU", 2128, 10320, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, kvm_vcpu), 9, 1},
	{34, "KVM_XSAVE", 16, 16400, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, kvm_xsave), 10, 1},
	{35, "KVM_SYNIC_MSG", 264, 264, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, kvm_synic_msg), 11, 1},
	{48, "VMBUS_SERVER", 48, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, vmbus_server), 12, 1},
	{49, "VMBUS_GPADL", 32, 65560, 2, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, vmbus_gpadl), 13, 1},
	{50, "VMBUS_CHANNEL", 232, 262392, 2, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, vmbus_channel), 14, 1},
	{64, "DEVICE", 32, 32, 2, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, device), 15, 1},
	{80, "STORVSP", 24, 24, 3, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, storvsp), 16, 1},
	{81, "STORVSP_LUN", 48, 56, 3, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, storvsp_lun), 17, 1},
	{82, "STORVSP_CHANNEL", 32, 40, 3, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, storvsp_channel), 18, 1},
	{83, "STORVSP_REPLY", 24, 88, 3, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, storvsp_reply), 19, 1},
	{84, "STORVSP_IO", 176, 8496, 7, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, storvsp_io), 20, 1},
	{96, "NETVSP", 112, 176, 4, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, netvsp), 21, 1},
	{97, "NETVSP_RSS", 64, 576, 4, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, netvsp_rss), 22, 1},
	{98, "NETVSP_CHANNEL", 24, 1048, 4, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, netvsp_channel), 23, 1},
	{99, "NETVSP_BACKLOG", 48, 152, 4, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, netvsp_backlog), 24, 1},
	{100, "NETVSP_RXPKT", 16, 528, 4, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, netvsp_rxpkt), 25, 1},
	{101, "NETVSP_FRAME", 32, 65824, 4, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, netvsp_frame), 26, 1},
	{112, "NVME_CTRLR", 168, 168, 5, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, nvme_ctrlr), 27, 1},
	{113, "NVME_QPAIR", 80, 8270, 5, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, nvme_qpair), 28, 1},
	{114, "NVME_CMD", 40, 40, 5, 0, 0, PV_DIR_BOTH,
	 offsetof(struct pvss_msg_handlers, nvme_cmd), 29, 1},
};
const size_t pvss_msg_table_count = sizeof(pvss_msg_table) / sizeof(pvss_msg_table[0]);

const struct pv_msg_desc *pvss_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &pvss_msg_table[0];
	case 2:
		return &pvss_msg_table[1];
	case 3:
		return &pvss_msg_table[2];
	case 4:
		return &pvss_msg_table[3];
	case 5:
		return &pvss_msg_table[4];
	case 16:
		return &pvss_msg_table[5];
	case 17:
		return &pvss_msg_table[6];
	case 18:
		return &pvss_msg_table[7];
	case 32:
		return &pvss_msg_table[8];
	case 33:
		return &pvss_msg_table[9];
	case 34:
		return &pvss_msg_table[10];
	case 35:
		return &pvss_msg_table[11];
	case 48:
		return &pvss_msg_table[12];
	case 49:
		return &pvss_msg_table[13];
	case 50:
		return &pvss_msg_table[14];
	case 64:
		return &pvss_msg_table[15];
	case 80:
		return &pvss_msg_table[16];
	case 81:
		return &pvss_msg_table[17];
	case 82:
		return &pvss_msg_table[18];
	case 83:
		return &pvss_msg_table[19];
	case 84:
		return &pvss_msg_table[20];
	case 96:
		return &pvss_msg_table[21];
	case 97:
		return &pvss_msg_table[22];
	case 98:
		return &pvss_msg_table[23];
	case 99:
		return &pvss_msg_table[24];
	case 100:
		return &pvss_msg_table[25];
	case 101:
		return &pvss_msg_table[26];
	case 112:
		return &pvss_msg_table[27];
	case 113:
		return &pvss_msg_table[28];
	case 114:
		return &pvss_msg_table[29];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab pvss_msg_tab = {
	pvss_msg_table, sizeof(pvss_msg_table) / sizeof(pvss_msg_table[0]), pvss_msg_variants, 0, 4,
	pvss_msg_lookup,
};

enum pv_codec_err pvss_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_msg *out)
{
	return pv_msg_decode(&pvss_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int pvss_msg_encode(const struct pvss_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&pvss_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int pvss_msg_dispatch(const struct pvss_msg_handlers *h, void *ctx, const struct pvss_msg *m)
{
	const struct pv_msg_desc *d = pvss_msg_lookup(m->type);
	pvss_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}
