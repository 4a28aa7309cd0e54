/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "mana_codec.h"
#include "mana_bringup_fsm.h"

static bool mana_wq_type_valid(int64_t v)
{
	return v >= 1 && v <= 2;
}

static bool mana_pkt_fmt_valid(int64_t v)
{
	return v >= 0 && v <= 1;
}

static enum pv_codec_err mana_msg_hdr_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct mana_msg_hdr *o = p;

	o->hdr_type = pv_get_u32(b + 0);
	o->msg_type = pv_get_u32(b + 4);
	o->msg_version = pv_get_u16(b + 8);
	o->hwc_msg_id = pv_get_u16(b + 10);
	o->msg_size = pv_get_u32(b + 12);
	return PV_OK;
}

static enum pv_codec_err mana_msg_hdr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how)
{
	const struct mana_msg_hdr *o = p;

	if ((how & PV_CHK_DECODE) && o->hdr_type != 0)
		return PV_ERR_CONST;
	return PV_OK;
}

static void mana_msg_hdr_wr(const void *p, uint8_t *b)
{
	const struct mana_msg_hdr *in = p;

	pv_put_u32(b + 0, (uint32_t)(0));
	pv_put_u32(b + 4, (uint32_t)(in->msg_type));
	pv_put_u16(b + 8, (uint16_t)(in->msg_version));
	pv_put_u16(b + 10, (uint16_t)(in->hwc_msg_id));
	pv_put_u32(b + 12, (uint32_t)(in->msg_size));
}

static const struct pv_struct_desc mana_msg_hdr_desc = {16, 16, false, false, mana_msg_hdr_rd, mana_msg_hdr_chk, mana_msg_hdr_wr, NULL};

enum pv_codec_err mana_msg_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_msg_hdr *out)
{
	return pv_decode(&mana_msg_hdr_desc, buf, len, ctx, out);
}

int mana_msg_hdr_encode(const struct mana_msg_hdr *in, void *buf, size_t cap)
{
	return pv_encode(&mana_msg_hdr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_dev_id_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct mana_dev_id *o = p;

	o->type = pv_get_u16(b + 0);
	o->instance = pv_get_u16(b + 2);
	return PV_OK;
}

static void mana_dev_id_wr(const void *p, uint8_t *b)
{
	const struct mana_dev_id *in = p;

	pv_put_u16(b + 0, (uint16_t)(in->type));
	pv_put_u16(b + 2, (uint16_t)(in->instance));
}

static const struct pv_struct_desc mana_dev_id_desc = {4, 4, false, false, mana_dev_id_rd, NULL, mana_dev_id_wr, NULL};

enum pv_codec_err mana_dev_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_dev_id *out)
{
	return pv_decode(&mana_dev_id_desc, buf, len, ctx, out);
}

int mana_dev_id_encode(const struct mana_dev_id *in, void *buf, size_t cap)
{
	return pv_encode(&mana_dev_id_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_req_hdr_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_req_hdr *o = p;

	mana_msg_hdr_rd(b + 0, len, &o->req, end);
	mana_msg_hdr_rd(b + 16, len, &o->resp, end);
	mana_dev_id_rd(b + 32, len, &o->dev_id, end);
	o->activity_id = pv_get_u32(b + 36);
	return PV_OK;
}

static enum pv_codec_err mana_req_hdr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_req_hdr *o = p;
	enum pv_codec_err err;

	err = mana_msg_hdr_chk(&o->req, 16, 16, ctx, how);
	if (err != PV_OK)
		return err;
	err = mana_msg_hdr_chk(&o->resp, 16, 16, ctx, (how & ~PV_CHK_STAMPED));
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_req_hdr_wr(const void *p, uint8_t *b)
{
	const struct mana_req_hdr *in = p;

	mana_msg_hdr_wr(&in->req, b + 0);
	mana_msg_hdr_wr(&in->resp, b + 16);
	mana_dev_id_wr(&in->dev_id, b + 32);
	pv_put_u32(b + 36, (uint32_t)(in->activity_id));
}

static const struct pv_struct_desc mana_req_hdr_desc = {40, 40, false, false, mana_req_hdr_rd, mana_req_hdr_chk, mana_req_hdr_wr, NULL};

enum pv_codec_err mana_req_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_req_hdr *out)
{
	return pv_decode(&mana_req_hdr_desc, buf, len, ctx, out);
}

int mana_req_hdr_encode(const struct mana_req_hdr *in, void *buf, size_t cap)
{
	return pv_encode(&mana_req_hdr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_resp_hdr_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_resp_hdr *o = p;

	mana_msg_hdr_rd(b + 0, len, &o->response, end);
	mana_dev_id_rd(b + 16, len, &o->dev_id, end);
	o->activity_id = pv_get_u32(b + 20);
	o->status = pv_get_u32(b + 24);
	o->reserved = pv_get_u32(b + 28);
	return PV_OK;
}

static enum pv_codec_err mana_resp_hdr_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_resp_hdr *o = p;
	enum pv_codec_err err;

	err = mana_msg_hdr_chk(&o->response, 16, 16, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_resp_hdr_wr(const void *p, uint8_t *b)
{
	const struct mana_resp_hdr *in = p;

	mana_msg_hdr_wr(&in->response, b + 0);
	mana_dev_id_wr(&in->dev_id, b + 16);
	pv_put_u32(b + 20, (uint32_t)(in->activity_id));
	pv_put_u32(b + 24, (uint32_t)(in->status));
	pv_put_u32(b + 28, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc mana_resp_hdr_desc = {32, 32, false, false, mana_resp_hdr_rd, mana_resp_hdr_chk, mana_resp_hdr_wr, NULL};

enum pv_codec_err mana_resp_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_resp_hdr *out)
{
	return pv_decode(&mana_resp_hdr_desc, buf, len, ctx, out);
}

int mana_resp_hdr_encode(const struct mana_resp_hdr *in, void *buf, size_t cap)
{
	return pv_encode(&mana_resp_hdr_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_general_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_general_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	return PV_OK;
}

static enum pv_codec_err mana_general_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_general_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_general_req_wr(const void *p, uint8_t *b)
{
	const struct mana_general_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
}

static const struct pv_struct_desc mana_general_req_desc = {40, 40, false, false, mana_general_req_rd, mana_general_req_chk, mana_general_req_wr, NULL};

enum pv_codec_err mana_general_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_general_req *out)
{
	return pv_decode(&mana_general_req_desc, buf, len, ctx, out);
}

int mana_general_req_encode(const struct mana_general_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_general_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_general_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_general_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	return PV_OK;
}

static enum pv_codec_err mana_general_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_general_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_general_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_general_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
}

static const struct pv_struct_desc mana_general_resp_desc = {32, 32, false, false, mana_general_resp_rd, mana_general_resp_chk, mana_general_resp_wr, NULL};

enum pv_codec_err mana_general_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_general_resp *out)
{
	return pv_decode(&mana_general_resp_desc, buf, len, ctx, out);
}

int mana_general_resp_encode(const struct mana_general_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_general_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_verify_ver_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_verify_ver_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->protocol_ver_min = pv_get_u64(b + 40);
	o->protocol_ver_max = pv_get_u64(b + 48);
	o->drv_cap_flags1 = pv_get_u64(b + 56);
	o->drv_cap_flags2 = pv_get_u64(b + 64);
	o->drv_cap_flags3 = pv_get_u64(b + 72);
	o->drv_cap_flags4 = pv_get_u64(b + 80);
	o->drv_ver = pv_get_u64(b + 88);
	o->os_type = pv_get_u32(b + 96);
	o->reserved = pv_get_u32(b + 100);
	o->os_ver_major = pv_get_u32(b + 104);
	o->os_ver_minor = pv_get_u32(b + 108);
	o->os_ver_build = pv_get_u32(b + 112);
	o->os_ver_platform = pv_get_u32(b + 116);
	o->reserved_2 = pv_get_u64(b + 120);
	memcpy(o->os_ver_str1, b + 128, 128);
	memcpy(o->os_ver_str2, b + 256, 128);
	memcpy(o->os_ver_str3, b + 384, 128);
	memcpy(o->os_ver_str4, b + 512, 128);
	return PV_OK;
}

static enum pv_codec_err mana_verify_ver_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_verify_ver_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (!((uint64_t)o->protocol_ver_min <= (uint64_t)o->protocol_ver_max))	/* protocol_ver_min <= protocol_ver_max */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void mana_verify_ver_req_wr(const void *p, uint8_t *b)
{
	const struct mana_verify_ver_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->protocol_ver_min));
	pv_put_u64(b + 48, (uint64_t)(in->protocol_ver_max));
	pv_put_u64(b + 56, (uint64_t)(in->drv_cap_flags1));
	pv_put_u64(b + 64, (uint64_t)(in->drv_cap_flags2));
	pv_put_u64(b + 72, (uint64_t)(in->drv_cap_flags3));
	pv_put_u64(b + 80, (uint64_t)(in->drv_cap_flags4));
	pv_put_u64(b + 88, (uint64_t)(in->drv_ver));
	pv_put_u32(b + 96, (uint32_t)(in->os_type));
	pv_put_u32(b + 100, (uint32_t)(in->reserved));
	pv_put_u32(b + 104, (uint32_t)(in->os_ver_major));
	pv_put_u32(b + 108, (uint32_t)(in->os_ver_minor));
	pv_put_u32(b + 112, (uint32_t)(in->os_ver_build));
	pv_put_u32(b + 116, (uint32_t)(in->os_ver_platform));
	pv_put_u64(b + 120, (uint64_t)(in->reserved_2));
	memcpy(b + 128, in->os_ver_str1, 128);
	memcpy(b + 256, in->os_ver_str2, 128);
	memcpy(b + 384, in->os_ver_str3, 128);
	memcpy(b + 512, in->os_ver_str4, 128);
}

static const struct pv_struct_desc mana_verify_ver_req_desc = {640, 640, false, false, mana_verify_ver_req_rd, mana_verify_ver_req_chk, mana_verify_ver_req_wr, NULL};

enum pv_codec_err mana_verify_ver_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_verify_ver_req *out)
{
	return pv_decode(&mana_verify_ver_req_desc, buf, len, ctx, out);
}

int mana_verify_ver_req_encode(const struct mana_verify_ver_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_verify_ver_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_verify_ver_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_verify_ver_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->gdma_protocol_ver = pv_get_u64(b + 32);
	o->pf_cap_flags1 = pv_get_u64(b + 40);
	o->pf_cap_flags2 = pv_get_u64(b + 48);
	o->pf_cap_flags3 = pv_get_u64(b + 56);
	o->pf_cap_flags4 = pv_get_u64(b + 64);
	return PV_OK;
}

static enum pv_codec_err mana_verify_ver_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_verify_ver_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_verify_ver_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_verify_ver_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 32, (uint64_t)(in->gdma_protocol_ver));
	pv_put_u64(b + 40, (uint64_t)(in->pf_cap_flags1));
	pv_put_u64(b + 48, (uint64_t)(in->pf_cap_flags2));
	pv_put_u64(b + 56, (uint64_t)(in->pf_cap_flags3));
	pv_put_u64(b + 64, (uint64_t)(in->pf_cap_flags4));
}

static const struct pv_struct_desc mana_verify_ver_resp_desc = {72, 72, false, false, mana_verify_ver_resp_rd, mana_verify_ver_resp_chk, mana_verify_ver_resp_wr, NULL};

enum pv_codec_err mana_verify_ver_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_verify_ver_resp *out)
{
	return pv_decode(&mana_verify_ver_resp_desc, buf, len, ctx, out);
}

int mana_verify_ver_resp_encode(const struct mana_verify_ver_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_verify_ver_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_max_resources_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_max_resources_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->status = pv_get_u32(b + 32);
	o->max_sq = pv_get_u32(b + 36);
	o->max_rq = pv_get_u32(b + 40);
	o->max_cq = pv_get_u32(b + 44);
	o->max_eq = pv_get_u32(b + 48);
	o->max_db = pv_get_u32(b + 52);
	o->max_mst = pv_get_u32(b + 56);
	o->max_cq_mod_ctx = pv_get_u32(b + 60);
	o->max_mod_cq = pv_get_u32(b + 64);
	o->max_msix = pv_get_u32(b + 68);
	return PV_OK;
}

static enum pv_codec_err mana_query_max_resources_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_max_resources_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_max_resources_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_query_max_resources_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->status));
	pv_put_u32(b + 36, (uint32_t)(in->max_sq));
	pv_put_u32(b + 40, (uint32_t)(in->max_rq));
	pv_put_u32(b + 44, (uint32_t)(in->max_cq));
	pv_put_u32(b + 48, (uint32_t)(in->max_eq));
	pv_put_u32(b + 52, (uint32_t)(in->max_db));
	pv_put_u32(b + 56, (uint32_t)(in->max_mst));
	pv_put_u32(b + 60, (uint32_t)(in->max_cq_mod_ctx));
	pv_put_u32(b + 64, (uint32_t)(in->max_mod_cq));
	pv_put_u32(b + 68, (uint32_t)(in->max_msix));
}

static const struct pv_struct_desc mana_query_max_resources_resp_desc = {72, 72, false, false, mana_query_max_resources_resp_rd, mana_query_max_resources_resp_chk, mana_query_max_resources_resp_wr, NULL};

enum pv_codec_err mana_query_max_resources_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_max_resources_resp *out)
{
	return pv_decode(&mana_query_max_resources_resp_desc, buf, len, ctx, out);
}

int mana_query_max_resources_resp_encode(const struct mana_query_max_resources_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_max_resources_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_list_devices_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_list_devices_resp *o = p;
	size_t i;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->num_of_devs = pv_get_u32(b + 32);
	o->reserved = pv_get_u32(b + 36);
	for (i = 0; i < 64; i++)
		mana_dev_id_rd(b + 40 + 4 * i, len, &o->devs[i], end);
	return PV_OK;
}

static enum pv_codec_err mana_list_devices_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_list_devices_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	if (o->num_of_devs > 64)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void mana_list_devices_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_list_devices_resp *in = p;
	size_t i;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->num_of_devs));
	pv_put_u32(b + 36, (uint32_t)(in->reserved));
	for (i = 0; i < 64; i++)
		mana_dev_id_wr(&in->devs[i], b + 40 + 4 * i);
}

static const struct pv_struct_desc mana_list_devices_resp_desc = {296, 296, false, false, mana_list_devices_resp_rd, mana_list_devices_resp_chk, mana_list_devices_resp_wr, NULL};

enum pv_codec_err mana_list_devices_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_list_devices_resp *out)
{
	return pv_decode(&mana_list_devices_resp_desc, buf, len, ctx, out);
}

int mana_list_devices_resp_encode(const struct mana_list_devices_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_list_devices_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_register_device_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_register_device_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->pdid = pv_get_u32(b + 32);
	o->gpa_mkey = pv_get_u32(b + 36);
	o->db_id = pv_get_u32(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_register_device_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_register_device_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_register_device_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_register_device_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->pdid));
	pv_put_u32(b + 36, (uint32_t)(in->gpa_mkey));
	pv_put_u32(b + 40, (uint32_t)(in->db_id));
}

static const struct pv_struct_desc mana_register_device_resp_desc = {44, 44, false, false, mana_register_device_resp_rd, mana_register_device_resp_chk, mana_register_device_resp_wr, NULL};

enum pv_codec_err mana_register_device_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_register_device_resp *out)
{
	return pv_decode(&mana_register_device_resp_desc, buf, len, ctx, out);
}

int mana_register_device_resp_encode(const struct mana_register_device_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_register_device_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_generate_test_eqe_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_generate_test_eqe_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->queue_index = pv_get_u32(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_generate_test_eqe_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_generate_test_eqe_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_generate_test_eqe_req_wr(const void *p, uint8_t *b)
{
	const struct mana_generate_test_eqe_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->queue_index));
}

static const struct pv_struct_desc mana_generate_test_eqe_req_desc = {44, 44, false, false, mana_generate_test_eqe_req_rd, mana_generate_test_eqe_req_chk, mana_generate_test_eqe_req_wr, NULL};

enum pv_codec_err mana_generate_test_eqe_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_generate_test_eqe_req *out)
{
	return pv_decode(&mana_generate_test_eqe_req_desc, buf, len, ctx, out);
}

int mana_generate_test_eqe_req_encode(const struct mana_generate_test_eqe_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_generate_test_eqe_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_generate_reset_eqe_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_generate_reset_eqe_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->queue_index = pv_get_u32(b + 40);
	o->reset_data = pv_get_u32(b + 44);
	return PV_OK;
}

static enum pv_codec_err mana_generate_reset_eqe_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_generate_reset_eqe_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_generate_reset_eqe_req_wr(const void *p, uint8_t *b)
{
	const struct mana_generate_reset_eqe_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->queue_index));
	pv_put_u32(b + 44, (uint32_t)(in->reset_data));
}

static const struct pv_struct_desc mana_generate_reset_eqe_req_desc = {48, 48, false, false, mana_generate_reset_eqe_req_rd, mana_generate_reset_eqe_req_chk, mana_generate_reset_eqe_req_wr, NULL};

enum pv_codec_err mana_generate_reset_eqe_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_generate_reset_eqe_req *out)
{
	return pv_decode(&mana_generate_reset_eqe_req_desc, buf, len, ctx, out);
}

int mana_generate_reset_eqe_req_encode(const struct mana_generate_reset_eqe_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_generate_reset_eqe_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_queue_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_queue_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->type = pv_get_u32(b + 40);
	o->reserved1 = pv_get_u32(b + 44);
	o->pdid = pv_get_u32(b + 48);
	o->doorbell_id = pv_get_u32(b + 52);
	o->gdma_region = pv_get_u64(b + 56);
	o->reserved2 = pv_get_u32(b + 64);
	o->queue_size = pv_get_u32(b + 68);
	o->log2_throttle_limit = pv_get_u32(b + 72);
	o->eq_pci_msix_index = pv_get_u32(b + 76);
	o->cq_mod_ctx_id = pv_get_u32(b + 80);
	o->cq_parent_eq_id = pv_get_u32(b + 84);
	o->rq_drop_on_overrun = pv_get_u8(b + 88);
	o->rq_err_on_wqe_overflow = pv_get_u8(b + 89);
	o->rq_chain_rec_wqes = pv_get_u8(b + 90);
	o->sq_hw_db = pv_get_u8(b + 91);
	o->reserved3 = pv_get_u32(b + 92);
	return PV_OK;
}

static enum pv_codec_err mana_create_queue_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_queue_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_queue_req_wr(const void *p, uint8_t *b)
{
	const struct mana_create_queue_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->type));
	pv_put_u32(b + 44, (uint32_t)(in->reserved1));
	pv_put_u32(b + 48, (uint32_t)(in->pdid));
	pv_put_u32(b + 52, (uint32_t)(in->doorbell_id));
	pv_put_u64(b + 56, (uint64_t)(in->gdma_region));
	pv_put_u32(b + 64, (uint32_t)(in->reserved2));
	pv_put_u32(b + 68, (uint32_t)(in->queue_size));
	pv_put_u32(b + 72, (uint32_t)(in->log2_throttle_limit));
	pv_put_u32(b + 76, (uint32_t)(in->eq_pci_msix_index));
	pv_put_u32(b + 80, (uint32_t)(in->cq_mod_ctx_id));
	pv_put_u32(b + 84, (uint32_t)(in->cq_parent_eq_id));
	pv_put_u8(b + 88, (uint8_t)(in->rq_drop_on_overrun));
	pv_put_u8(b + 89, (uint8_t)(in->rq_err_on_wqe_overflow));
	pv_put_u8(b + 90, (uint8_t)(in->rq_chain_rec_wqes));
	pv_put_u8(b + 91, (uint8_t)(in->sq_hw_db));
	pv_put_u32(b + 92, (uint32_t)(in->reserved3));
}

static const struct pv_struct_desc mana_create_queue_req_desc = {96, 96, false, false, mana_create_queue_req_rd, mana_create_queue_req_chk, mana_create_queue_req_wr, NULL};

enum pv_codec_err mana_create_queue_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_queue_req *out)
{
	return pv_decode(&mana_create_queue_req_desc, buf, len, ctx, out);
}

int mana_create_queue_req_encode(const struct mana_create_queue_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_queue_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_queue_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_queue_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->queue_index = pv_get_u32(b + 32);
	return PV_OK;
}

static enum pv_codec_err mana_create_queue_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_queue_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_queue_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_create_queue_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->queue_index));
}

static const struct pv_struct_desc mana_create_queue_resp_desc = {36, 36, false, false, mana_create_queue_resp_rd, mana_create_queue_resp_chk, mana_create_queue_resp_wr, NULL};

enum pv_codec_err mana_create_queue_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_queue_resp *out)
{
	return pv_decode(&mana_create_queue_resp_desc, buf, len, ctx, out);
}

int mana_create_queue_resp_encode(const struct mana_create_queue_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_queue_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_disable_queue_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_disable_queue_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->type = pv_get_u32(b + 40);
	o->queue_index = pv_get_u32(b + 44);
	o->alloc_res_id_on_creation = pv_get_u32(b + 48);
	return PV_OK;
}

static enum pv_codec_err mana_disable_queue_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_disable_queue_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_disable_queue_req_wr(const void *p, uint8_t *b)
{
	const struct mana_disable_queue_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->type));
	pv_put_u32(b + 44, (uint32_t)(in->queue_index));
	pv_put_u32(b + 48, (uint32_t)(in->alloc_res_id_on_creation));
}

static const struct pv_struct_desc mana_disable_queue_req_desc = {52, 52, false, false, mana_disable_queue_req_rd, mana_disable_queue_req_chk, mana_disable_queue_req_wr, NULL};

enum pv_codec_err mana_disable_queue_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_disable_queue_req *out)
{
	return pv_decode(&mana_disable_queue_req_desc, buf, len, ctx, out);
}

int mana_disable_queue_req_encode(const struct mana_disable_queue_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_disable_queue_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_resource_range_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_resource_range_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->resource_type = pv_get_u32(b + 40);
	o->num_resources = pv_get_u32(b + 44);
	o->alignment = pv_get_u32(b + 48);
	o->allocated_resources = pv_get_u32(b + 52);
	return PV_OK;
}

static enum pv_codec_err mana_resource_range_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_resource_range_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_resource_range_req_wr(const void *p, uint8_t *b)
{
	const struct mana_resource_range_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->resource_type));
	pv_put_u32(b + 44, (uint32_t)(in->num_resources));
	pv_put_u32(b + 48, (uint32_t)(in->alignment));
	pv_put_u32(b + 52, (uint32_t)(in->allocated_resources));
}

static const struct pv_struct_desc mana_resource_range_req_desc = {56, 56, false, false, mana_resource_range_req_rd, mana_resource_range_req_chk, mana_resource_range_req_wr, NULL};

enum pv_codec_err mana_resource_range_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_resource_range_req *out)
{
	return pv_decode(&mana_resource_range_req_desc, buf, len, ctx, out);
}

int mana_resource_range_req_encode(const struct mana_resource_range_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_resource_range_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_resource_range_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_resource_range_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->allocated_resources = pv_get_u32(b + 32);
	return PV_OK;
}

static enum pv_codec_err mana_resource_range_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_resource_range_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_resource_range_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_resource_range_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->allocated_resources));
}

static const struct pv_struct_desc mana_resource_range_resp_desc = {36, 36, false, false, mana_resource_range_resp_rd, mana_resource_range_resp_chk, mana_resource_range_resp_wr, NULL};

enum pv_codec_err mana_resource_range_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_resource_range_resp *out)
{
	return pv_decode(&mana_resource_range_resp_desc, buf, len, ctx, out);
}

int mana_resource_range_resp_encode(const struct mana_resource_range_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_resource_range_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_destroy_resource_range_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_destroy_resource_range_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->resource_type = pv_get_u32(b + 40);
	o->num_resources = pv_get_u32(b + 44);
	o->allocated_resources = pv_get_u32(b + 48);
	return PV_OK;
}

static enum pv_codec_err mana_destroy_resource_range_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_destroy_resource_range_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_destroy_resource_range_req_wr(const void *p, uint8_t *b)
{
	const struct mana_destroy_resource_range_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->resource_type));
	pv_put_u32(b + 44, (uint32_t)(in->num_resources));
	pv_put_u32(b + 48, (uint32_t)(in->allocated_resources));
}

static const struct pv_struct_desc mana_destroy_resource_range_req_desc = {52, 52, false, false, mana_destroy_resource_range_req_rd, mana_destroy_resource_range_req_chk, mana_destroy_resource_range_req_wr, NULL};

enum pv_codec_err mana_destroy_resource_range_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_resource_range_req *out)
{
	return pv_decode(&mana_destroy_resource_range_req_desc, buf, len, ctx, out);
}

int mana_destroy_resource_range_req_encode(const struct mana_destroy_resource_range_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_destroy_resource_range_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_dma_region_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_dma_region_req *o = p;
	size_t n;
	size_t i;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->length = pv_get_u64(b + 40);
	o->offset_in_page = pv_get_u32(b + 48);
	o->gdma_page_type = pv_get_u32(b + 52);
	o->page_count = pv_get_u32(b + 56);
	o->page_addr_list_len = pv_get_u32(b + 60);
	n = o->page_addr_list_len;
	if (n > MANA_CREATE_DMA_REGION_REQ_PAGE_ADDR_LIST_MAX || n > (len - 64) / 8)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->page_addr_list[i] = pv_get_u64(b + 64 + 8 * i);
	o->page_addr_list_count = (uint32_t)n;
	*end = 64 + n * 8;
	return PV_OK;
}

static enum pv_codec_err mana_create_dma_region_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_dma_region_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if ((how & PV_CHK_DECODE) && o->gdma_page_type != 0)
		return PV_ERR_CONST;
	if (!((uint64_t)o->page_addr_list_count <= (uint64_t)o->page_count))	/* page_addr_list_len <= page_count */
		return PV_ERR_COUNT;
	if (!((uint64_t)o->offset_in_page < UINT64_C(4096)))	/* offset_in_page < 4096 */
		return PV_ERR_RANGE;
	return PV_OK;
}

static void mana_create_dma_region_req_wr(const void *p, uint8_t *b)
{
	const struct mana_create_dma_region_req *in = p;
	size_t i;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->length));
	pv_put_u32(b + 48, (uint32_t)(in->offset_in_page));
	pv_put_u32(b + 52, (uint32_t)(0));
	pv_put_u32(b + 56, (uint32_t)(in->page_count));
	pv_put_u32(b + 60, (uint32_t)(in->page_addr_list_count));
	for (i = 0; i < in->page_addr_list_count; i++)
		pv_put_u64(b + 64 + 8 * i, (uint64_t)(in->page_addr_list[i]));
}

static enum pv_codec_err mana_create_dma_region_req_need(const void *p, size_t *need)
{
	const struct mana_create_dma_region_req *in = p;

	if (in->page_addr_list_count > MANA_CREATE_DMA_REGION_REQ_PAGE_ADDR_LIST_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->page_addr_list_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc mana_create_dma_region_req_desc = {64, 64, true, true, mana_create_dma_region_req_rd, mana_create_dma_region_req_chk, mana_create_dma_region_req_wr, mana_create_dma_region_req_need};

enum pv_codec_err mana_create_dma_region_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_dma_region_req *out)
{
	return pv_decode(&mana_create_dma_region_req_desc, buf, len, ctx, out);
}

int mana_create_dma_region_req_encode(const struct mana_create_dma_region_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_dma_region_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_dma_region_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_dma_region_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->dma_region_handle = pv_get_u64(b + 32);
	return PV_OK;
}

static enum pv_codec_err mana_create_dma_region_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_dma_region_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_dma_region_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_create_dma_region_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 32, (uint64_t)(in->dma_region_handle));
}

static const struct pv_struct_desc mana_create_dma_region_resp_desc = {40, 40, false, false, mana_create_dma_region_resp_rd, mana_create_dma_region_resp_chk, mana_create_dma_region_resp_wr, NULL};

enum pv_codec_err mana_create_dma_region_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_dma_region_resp *out)
{
	return pv_decode(&mana_create_dma_region_resp_desc, buf, len, ctx, out);
}

int mana_create_dma_region_resp_encode(const struct mana_create_dma_region_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_dma_region_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_dma_region_add_pages_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_dma_region_add_pages_req *o = p;
	size_t n;
	size_t i;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->dma_region_handle = pv_get_u64(b + 40);
	o->page_addr_list_len = pv_get_u32(b + 48);
	o->reserved3 = pv_get_u32(b + 52);
	n = o->page_addr_list_len;
	if (n > MANA_DMA_REGION_ADD_PAGES_REQ_PAGE_ADDR_LIST_MAX || n > (len - 56) / 8)
		return PV_ERR_COUNT;
	for (i = 0; i < n; i++)
	o->page_addr_list[i] = pv_get_u64(b + 56 + 8 * i);
	o->page_addr_list_count = (uint32_t)n;
	*end = 56 + n * 8;
	return PV_OK;
}

static enum pv_codec_err mana_dma_region_add_pages_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_dma_region_add_pages_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_dma_region_add_pages_req_wr(const void *p, uint8_t *b)
{
	const struct mana_dma_region_add_pages_req *in = p;
	size_t i;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->dma_region_handle));
	pv_put_u32(b + 48, (uint32_t)(in->page_addr_list_count));
	pv_put_u32(b + 52, (uint32_t)(in->reserved3));
	for (i = 0; i < in->page_addr_list_count; i++)
		pv_put_u64(b + 56 + 8 * i, (uint64_t)(in->page_addr_list[i]));
}

static enum pv_codec_err mana_dma_region_add_pages_req_need(const void *p, size_t *need)
{
	const struct mana_dma_region_add_pages_req *in = p;

	if (in->page_addr_list_count > MANA_DMA_REGION_ADD_PAGES_REQ_PAGE_ADDR_LIST_MAX)
		return PV_ERR_COUNT;
	*need += (size_t)in->page_addr_list_count * 8;
	return PV_OK;
}

static const struct pv_struct_desc mana_dma_region_add_pages_req_desc = {56, 56, true, true, mana_dma_region_add_pages_req_rd, mana_dma_region_add_pages_req_chk, mana_dma_region_add_pages_req_wr, mana_dma_region_add_pages_req_need};

enum pv_codec_err mana_dma_region_add_pages_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_dma_region_add_pages_req *out)
{
	return pv_decode(&mana_dma_region_add_pages_req_desc, buf, len, ctx, out);
}

int mana_dma_region_add_pages_req_encode(const struct mana_dma_region_add_pages_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_dma_region_add_pages_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_destroy_dma_region_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_destroy_dma_region_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->dma_region_handle = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_destroy_dma_region_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_destroy_dma_region_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_destroy_dma_region_req_wr(const void *p, uint8_t *b)
{
	const struct mana_destroy_dma_region_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->dma_region_handle));
}

static const struct pv_struct_desc mana_destroy_dma_region_req_desc = {48, 48, false, false, mana_destroy_dma_region_req_rd, mana_destroy_dma_region_req_chk, mana_destroy_dma_region_req_wr, NULL};

enum pv_codec_err mana_destroy_dma_region_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_dma_region_req *out)
{
	return pv_decode(&mana_destroy_dma_region_req_desc, buf, len, ctx, out);
}

int mana_destroy_dma_region_req_encode(const struct mana_destroy_dma_region_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_destroy_dma_region_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_pd_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_pd_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->flags = pv_get_u32(b + 40);
	o->reserved = pv_get_u32(b + 44);
	return PV_OK;
}

static enum pv_codec_err mana_create_pd_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_pd_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_pd_req_wr(const void *p, uint8_t *b)
{
	const struct mana_create_pd_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->flags));
	pv_put_u32(b + 44, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc mana_create_pd_req_desc = {48, 48, false, false, mana_create_pd_req_rd, mana_create_pd_req_chk, mana_create_pd_req_wr, NULL};

enum pv_codec_err mana_create_pd_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_pd_req *out)
{
	return pv_decode(&mana_create_pd_req_desc, buf, len, ctx, out);
}

int mana_create_pd_req_encode(const struct mana_create_pd_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_pd_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_pd_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_pd_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->pd_handle = pv_get_u64(b + 32);
	o->pd_id = pv_get_u32(b + 40);
	o->reserved = pv_get_u32(b + 44);
	return PV_OK;
}

static enum pv_codec_err mana_create_pd_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_pd_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_pd_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_create_pd_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 32, (uint64_t)(in->pd_handle));
	pv_put_u32(b + 40, (uint32_t)(in->pd_id));
	pv_put_u32(b + 44, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc mana_create_pd_resp_desc = {48, 48, false, false, mana_create_pd_resp_rd, mana_create_pd_resp_chk, mana_create_pd_resp_wr, NULL};

enum pv_codec_err mana_create_pd_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_pd_resp *out)
{
	return pv_decode(&mana_create_pd_resp_desc, buf, len, ctx, out);
}

int mana_create_pd_resp_encode(const struct mana_create_pd_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_pd_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_destroy_pd_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_destroy_pd_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->pd_handle = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_destroy_pd_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_destroy_pd_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_destroy_pd_req_wr(const void *p, uint8_t *b)
{
	const struct mana_destroy_pd_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->pd_handle));
}

static const struct pv_struct_desc mana_destroy_pd_req_desc = {48, 48, false, false, mana_destroy_pd_req_rd, mana_destroy_pd_req_chk, mana_destroy_pd_req_wr, NULL};

enum pv_codec_err mana_destroy_pd_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_pd_req *out)
{
	return pv_decode(&mana_destroy_pd_req_desc, buf, len, ctx, out);
}

int mana_destroy_pd_req_encode(const struct mana_destroy_pd_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_destroy_pd_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_mr_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_mr_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->pd_handle = pv_get_u64(b + 40);
	o->mr_type = pv_get_u32(b + 48);
	o->reserved_1 = pv_get_u32(b + 52);
	o->dma_region_handle = pv_get_u64(b + 56);
	o->virtual_address = pv_get_u64(b + 64);
	o->access_flags = pv_get_u32(b + 72);
	o->pad_union = pv_get_u32(b + 76);
	o->reserved_2 = pv_get_u32(b + 80);
	o->pad_end = pv_get_u32(b + 84);
	return PV_OK;
}

static enum pv_codec_err mana_create_mr_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_mr_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_mr_req_wr(const void *p, uint8_t *b)
{
	const struct mana_create_mr_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->pd_handle));
	pv_put_u32(b + 48, (uint32_t)(in->mr_type));
	pv_put_u32(b + 52, (uint32_t)(in->reserved_1));
	pv_put_u64(b + 56, (uint64_t)(in->dma_region_handle));
	pv_put_u64(b + 64, (uint64_t)(in->virtual_address));
	pv_put_u32(b + 72, (uint32_t)(in->access_flags));
	pv_put_u32(b + 76, (uint32_t)(in->pad_union));
	pv_put_u32(b + 80, (uint32_t)(in->reserved_2));
	pv_put_u32(b + 84, (uint32_t)(in->pad_end));
}

static const struct pv_struct_desc mana_create_mr_req_desc = {88, 88, false, false, mana_create_mr_req_rd, mana_create_mr_req_chk, mana_create_mr_req_wr, NULL};

enum pv_codec_err mana_create_mr_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_mr_req *out)
{
	return pv_decode(&mana_create_mr_req_desc, buf, len, ctx, out);
}

int mana_create_mr_req_encode(const struct mana_create_mr_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_mr_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_mr_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_mr_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->mr_handle = pv_get_u64(b + 32);
	o->lkey = pv_get_u32(b + 40);
	o->rkey = pv_get_u32(b + 44);
	return PV_OK;
}

static enum pv_codec_err mana_create_mr_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_mr_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_mr_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_create_mr_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 32, (uint64_t)(in->mr_handle));
	pv_put_u32(b + 40, (uint32_t)(in->lkey));
	pv_put_u32(b + 44, (uint32_t)(in->rkey));
}

static const struct pv_struct_desc mana_create_mr_resp_desc = {48, 48, false, false, mana_create_mr_resp_rd, mana_create_mr_resp_chk, mana_create_mr_resp_wr, NULL};

enum pv_codec_err mana_create_mr_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_mr_resp *out)
{
	return pv_decode(&mana_create_mr_resp_desc, buf, len, ctx, out);
}

int mana_create_mr_resp_encode(const struct mana_create_mr_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_mr_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_destroy_mr_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_destroy_mr_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->mr_handle = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_destroy_mr_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_destroy_mr_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_destroy_mr_req_wr(const void *p, uint8_t *b)
{
	const struct mana_destroy_mr_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->mr_handle));
}

static const struct pv_struct_desc mana_destroy_mr_req_desc = {48, 48, false, false, mana_destroy_mr_req_rd, mana_destroy_mr_req_chk, mana_destroy_mr_req_wr, NULL};

enum pv_codec_err mana_destroy_mr_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_mr_req *out)
{
	return pv_decode(&mana_destroy_mr_req_desc, buf, len, ctx, out);
}

int mana_destroy_mr_req_encode(const struct mana_destroy_mr_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_destroy_mr_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_change_msix_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_change_msix_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->queue_index = pv_get_u32(b + 40);
	o->msix = pv_get_u32(b + 44);
	o->reserved1 = pv_get_u32(b + 48);
	o->reserved2 = pv_get_u32(b + 52);
	return PV_OK;
}

static enum pv_codec_err mana_change_msix_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_change_msix_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_change_msix_req_wr(const void *p, uint8_t *b)
{
	const struct mana_change_msix_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->queue_index));
	pv_put_u32(b + 44, (uint32_t)(in->msix));
	pv_put_u32(b + 48, (uint32_t)(in->reserved1));
	pv_put_u32(b + 52, (uint32_t)(in->reserved2));
}

static const struct pv_struct_desc mana_change_msix_req_desc = {56, 56, false, false, mana_change_msix_req_rd, mana_change_msix_req_chk, mana_change_msix_req_wr, NULL};

enum pv_codec_err mana_change_msix_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_change_msix_req *out)
{
	return pv_decode(&mana_change_msix_req_desc, buf, len, ctx, out);
}

int mana_change_msix_req_encode(const struct mana_change_msix_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_change_msix_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_hwc_timeout_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_hwc_timeout_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->timeout_ms = pv_get_u32(b + 40);
	o->reserved = pv_get_u32(b + 44);
	return PV_OK;
}

static enum pv_codec_err mana_query_hwc_timeout_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_hwc_timeout_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_hwc_timeout_req_wr(const void *p, uint8_t *b)
{
	const struct mana_query_hwc_timeout_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->timeout_ms));
	pv_put_u32(b + 44, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc mana_query_hwc_timeout_req_desc = {48, 48, false, false, mana_query_hwc_timeout_req_rd, mana_query_hwc_timeout_req_chk, mana_query_hwc_timeout_req_wr, NULL};

enum pv_codec_err mana_query_hwc_timeout_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_hwc_timeout_req *out)
{
	return pv_decode(&mana_query_hwc_timeout_req_desc, buf, len, ctx, out);
}

int mana_query_hwc_timeout_req_encode(const struct mana_query_hwc_timeout_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_hwc_timeout_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_hwc_timeout_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_hwc_timeout_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->timeout_ms = pv_get_u32(b + 32);
	o->reserved = pv_get_u32(b + 36);
	return PV_OK;
}

static enum pv_codec_err mana_query_hwc_timeout_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_hwc_timeout_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_hwc_timeout_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_query_hwc_timeout_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->timeout_ms));
	pv_put_u32(b + 36, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc mana_query_hwc_timeout_resp_desc = {40, 40, false, false, mana_query_hwc_timeout_resp_rd, mana_query_hwc_timeout_resp_chk, mana_query_hwc_timeout_resp_wr, NULL};

enum pv_codec_err mana_query_hwc_timeout_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_hwc_timeout_resp *out)
{
	return pv_decode(&mana_query_hwc_timeout_resp_desc, buf, len, ctx, out);
}

int mana_query_hwc_timeout_resp_encode(const struct mana_query_hwc_timeout_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_hwc_timeout_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_dev_config_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_dev_config_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->mn_drv_cap_flags1 = pv_get_u64(b + 40);
	o->mn_drv_cap_flags2 = pv_get_u64(b + 48);
	o->mn_drv_cap_flags3 = pv_get_u64(b + 56);
	o->mn_drv_cap_flags4 = pv_get_u64(b + 64);
	o->proto_major_ver = pv_get_u32(b + 72);
	o->proto_minor_ver = pv_get_u32(b + 76);
	o->proto_micro_ver = pv_get_u32(b + 80);
	o->reserved = pv_get_u32(b + 84);
	return PV_OK;
}

static enum pv_codec_err mana_query_dev_config_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_dev_config_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_dev_config_req_wr(const void *p, uint8_t *b)
{
	const struct mana_query_dev_config_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->mn_drv_cap_flags1));
	pv_put_u64(b + 48, (uint64_t)(in->mn_drv_cap_flags2));
	pv_put_u64(b + 56, (uint64_t)(in->mn_drv_cap_flags3));
	pv_put_u64(b + 64, (uint64_t)(in->mn_drv_cap_flags4));
	pv_put_u32(b + 72, (uint32_t)(in->proto_major_ver));
	pv_put_u32(b + 76, (uint32_t)(in->proto_minor_ver));
	pv_put_u32(b + 80, (uint32_t)(in->proto_micro_ver));
	pv_put_u32(b + 84, (uint32_t)(in->reserved));
}

static const struct pv_struct_desc mana_query_dev_config_req_desc = {88, 88, false, false, mana_query_dev_config_req_rd, mana_query_dev_config_req_chk, mana_query_dev_config_req_wr, NULL};

enum pv_codec_err mana_query_dev_config_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_dev_config_req *out)
{
	return pv_decode(&mana_query_dev_config_req_desc, buf, len, ctx, out);
}

int mana_query_dev_config_req_encode(const struct mana_query_dev_config_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_dev_config_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_dev_config_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_dev_config_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->pf_cap_flags1 = pv_get_u64(b + 32);
	o->pf_cap_flags2 = pv_get_u64(b + 40);
	o->pf_cap_flags3 = pv_get_u64(b + 48);
	o->pf_cap_flags4 = pv_get_u64(b + 56);
	o->max_num_vports = pv_get_u16(b + 64);
	o->bm_hostmode = pv_get_u8(b + 66);
	o->reserved = pv_get_u8(b + 67);
	o->max_num_eqs = pv_get_u32(b + 68);
	o->adapter_mtu = pv_get_u16(b + 72);
	o->reserved2 = pv_get_u16(b + 74);
	o->reserved3 = pv_get_u32(b + 76);
	return PV_OK;
}

static enum pv_codec_err mana_query_dev_config_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_dev_config_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_dev_config_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_query_dev_config_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 32, (uint64_t)(in->pf_cap_flags1));
	pv_put_u64(b + 40, (uint64_t)(in->pf_cap_flags2));
	pv_put_u64(b + 48, (uint64_t)(in->pf_cap_flags3));
	pv_put_u64(b + 56, (uint64_t)(in->pf_cap_flags4));
	pv_put_u16(b + 64, (uint16_t)(in->max_num_vports));
	pv_put_u8(b + 66, (uint8_t)(in->bm_hostmode));
	pv_put_u8(b + 67, (uint8_t)(in->reserved));
	pv_put_u32(b + 68, (uint32_t)(in->max_num_eqs));
	pv_put_u16(b + 72, (uint16_t)(in->adapter_mtu));
	pv_put_u16(b + 74, (uint16_t)(in->reserved2));
	pv_put_u32(b + 76, (uint32_t)(in->reserved3));
}

static const struct pv_struct_desc mana_query_dev_config_resp_desc = {80, 72, false, false, mana_query_dev_config_resp_rd, mana_query_dev_config_resp_chk, mana_query_dev_config_resp_wr, NULL};

enum pv_codec_err mana_query_dev_config_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_dev_config_resp *out)
{
	return pv_decode(&mana_query_dev_config_resp_desc, buf, len, ctx, out);
}

int mana_query_dev_config_resp_encode(const struct mana_query_dev_config_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_dev_config_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_gf_stat_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_gf_stat_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->requested_statistics = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_query_gf_stat_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_gf_stat_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_gf_stat_req_wr(const void *p, uint8_t *b)
{
	const struct mana_query_gf_stat_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->requested_statistics));
}

static const struct pv_struct_desc mana_query_gf_stat_req_desc = {48, 48, false, false, mana_query_gf_stat_req_rd, mana_query_gf_stat_req_chk, mana_query_gf_stat_req_wr, NULL};

enum pv_codec_err mana_query_gf_stat_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_gf_stat_req *out)
{
	return pv_decode(&mana_query_gf_stat_req_desc, buf, len, ctx, out);
}

int mana_query_gf_stat_req_encode(const struct mana_query_gf_stat_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_gf_stat_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_gf_stat_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_gf_stat_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->reported_statistics = pv_get_u64(b + 32);
	o->in_discards_no_wqe = pv_get_u64(b + 40);
	o->in_errors_rx_vport_disabled = pv_get_u64(b + 48);
	o->hc_in_octets = pv_get_u64(b + 56);
	o->hc_in_ucast_pkts = pv_get_u64(b + 64);
	o->hc_in_ucast_octets = pv_get_u64(b + 72);
	o->hc_in_multicast_pkts = pv_get_u64(b + 80);
	o->hc_in_multicast_octets = pv_get_u64(b + 88);
	o->hc_in_broadcast_pkts = pv_get_u64(b + 96);
	o->hc_in_broadcast_octets = pv_get_u64(b + 104);
	o->out_errors_gf_disabled = pv_get_u64(b + 112);
	o->out_errors_vport_disabled = pv_get_u64(b + 120);
	o->out_errors_invalid_vport_offset = pv_get_u64(b + 128);
	o->out_errors_vlan_enforcement = pv_get_u64(b + 136);
	o->out_errors_eth_type_enforcement = pv_get_u64(b + 144);
	o->out_errors_sa_enforcement = pv_get_u64(b + 152);
	o->out_errors_sqpdid_enforcement = pv_get_u64(b + 160);
	o->out_errors_cqpdid_enforcement = pv_get_u64(b + 168);
	o->out_errors_mtu_violation = pv_get_u64(b + 176);
	o->out_errors_invalid_oob = pv_get_u64(b + 184);
	o->hc_out_octets = pv_get_u64(b + 192);
	o->hc_out_ucast_pkts = pv_get_u64(b + 200);
	o->hc_out_ucast_octets = pv_get_u64(b + 208);
	o->hc_out_multicast_pkts = pv_get_u64(b + 216);
	o->hc_out_multicast_octets = pv_get_u64(b + 224);
	o->hc_out_broadcast_pkts = pv_get_u64(b + 232);
	o->hc_out_broadcast_octets = pv_get_u64(b + 240);
	return PV_OK;
}

static enum pv_codec_err mana_query_gf_stat_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_gf_stat_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_gf_stat_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_query_gf_stat_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 32, (uint64_t)(in->reported_statistics));
	pv_put_u64(b + 40, (uint64_t)(in->in_discards_no_wqe));
	pv_put_u64(b + 48, (uint64_t)(in->in_errors_rx_vport_disabled));
	pv_put_u64(b + 56, (uint64_t)(in->hc_in_octets));
	pv_put_u64(b + 64, (uint64_t)(in->hc_in_ucast_pkts));
	pv_put_u64(b + 72, (uint64_t)(in->hc_in_ucast_octets));
	pv_put_u64(b + 80, (uint64_t)(in->hc_in_multicast_pkts));
	pv_put_u64(b + 88, (uint64_t)(in->hc_in_multicast_octets));
	pv_put_u64(b + 96, (uint64_t)(in->hc_in_broadcast_pkts));
	pv_put_u64(b + 104, (uint64_t)(in->hc_in_broadcast_octets));
	pv_put_u64(b + 112, (uint64_t)(in->out_errors_gf_disabled));
	pv_put_u64(b + 120, (uint64_t)(in->out_errors_vport_disabled));
	pv_put_u64(b + 128, (uint64_t)(in->out_errors_invalid_vport_offset));
	pv_put_u64(b + 136, (uint64_t)(in->out_errors_vlan_enforcement));
	pv_put_u64(b + 144, (uint64_t)(in->out_errors_eth_type_enforcement));
	pv_put_u64(b + 152, (uint64_t)(in->out_errors_sa_enforcement));
	pv_put_u64(b + 160, (uint64_t)(in->out_errors_sqpdid_enforcement));
	pv_put_u64(b + 168, (uint64_t)(in->out_errors_cqpdid_enforcement));
	pv_put_u64(b + 176, (uint64_t)(in->out_errors_mtu_violation));
	pv_put_u64(b + 184, (uint64_t)(in->out_errors_invalid_oob));
	pv_put_u64(b + 192, (uint64_t)(in->hc_out_octets));
	pv_put_u64(b + 200, (uint64_t)(in->hc_out_ucast_pkts));
	pv_put_u64(b + 208, (uint64_t)(in->hc_out_ucast_octets));
	pv_put_u64(b + 216, (uint64_t)(in->hc_out_multicast_pkts));
	pv_put_u64(b + 224, (uint64_t)(in->hc_out_multicast_octets));
	pv_put_u64(b + 232, (uint64_t)(in->hc_out_broadcast_pkts));
	pv_put_u64(b + 240, (uint64_t)(in->hc_out_broadcast_octets));
}

static const struct pv_struct_desc mana_query_gf_stat_resp_desc = {248, 248, false, false, mana_query_gf_stat_resp_rd, mana_query_gf_stat_resp_chk, mana_query_gf_stat_resp_wr, NULL};

enum pv_codec_err mana_query_gf_stat_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_gf_stat_resp *out)
{
	return pv_decode(&mana_query_gf_stat_resp_desc, buf, len, ctx, out);
}

int mana_query_gf_stat_resp_encode(const struct mana_query_gf_stat_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_gf_stat_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_vport_config_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_vport_config_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->vport_index = pv_get_u32(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_query_vport_config_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_vport_config_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_vport_config_req_wr(const void *p, uint8_t *b)
{
	const struct mana_query_vport_config_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->vport_index));
}

static const struct pv_struct_desc mana_query_vport_config_req_desc = {44, 44, false, false, mana_query_vport_config_req_rd, mana_query_vport_config_req_chk, mana_query_vport_config_req_wr, NULL};

enum pv_codec_err mana_query_vport_config_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_vport_config_req *out)
{
	return pv_decode(&mana_query_vport_config_req_desc, buf, len, ctx, out);
}

int mana_query_vport_config_req_encode(const struct mana_query_vport_config_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_vport_config_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_query_vport_config_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_query_vport_config_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->max_num_sq = pv_get_u32(b + 32);
	o->max_num_rq = pv_get_u32(b + 36);
	o->num_indirection_ent = pv_get_u32(b + 40);
	o->reserved1 = pv_get_u32(b + 44);
	memcpy(o->mac_addr, b + 48, 6);
	o->reserved2 = pv_get_u16(b + 54);
	o->vport = pv_get_u64(b + 56);
	return PV_OK;
}

static enum pv_codec_err mana_query_vport_config_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_query_vport_config_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_query_vport_config_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_query_vport_config_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->max_num_sq));
	pv_put_u32(b + 36, (uint32_t)(in->max_num_rq));
	pv_put_u32(b + 40, (uint32_t)(in->num_indirection_ent));
	pv_put_u32(b + 44, (uint32_t)(in->reserved1));
	memcpy(b + 48, in->mac_addr, 6);
	pv_put_u16(b + 54, (uint16_t)(in->reserved2));
	pv_put_u64(b + 56, (uint64_t)(in->vport));
}

static const struct pv_struct_desc mana_query_vport_config_resp_desc = {64, 64, false, false, mana_query_vport_config_resp_rd, mana_query_vport_config_resp_chk, mana_query_vport_config_resp_wr, NULL};

enum pv_codec_err mana_query_vport_config_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_query_vport_config_resp *out)
{
	return pv_decode(&mana_query_vport_config_resp_desc, buf, len, ctx, out);
}

int mana_query_vport_config_resp_encode(const struct mana_query_vport_config_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_query_vport_config_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_config_vport_tx_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_config_vport_tx_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->vport = pv_get_u64(b + 40);
	o->pdid = pv_get_u32(b + 48);
	o->doorbell_pageid = pv_get_u32(b + 52);
	return PV_OK;
}

static enum pv_codec_err mana_config_vport_tx_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_config_vport_tx_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_config_vport_tx_req_wr(const void *p, uint8_t *b)
{
	const struct mana_config_vport_tx_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->vport));
	pv_put_u32(b + 48, (uint32_t)(in->pdid));
	pv_put_u32(b + 52, (uint32_t)(in->doorbell_pageid));
}

static const struct pv_struct_desc mana_config_vport_tx_req_desc = {56, 56, false, false, mana_config_vport_tx_req_rd, mana_config_vport_tx_req_chk, mana_config_vport_tx_req_wr, NULL};

enum pv_codec_err mana_config_vport_tx_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_config_vport_tx_req *out)
{
	return pv_decode(&mana_config_vport_tx_req_desc, buf, len, ctx, out);
}

int mana_config_vport_tx_req_encode(const struct mana_config_vport_tx_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_config_vport_tx_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_config_vport_tx_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_config_vport_tx_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->tx_vport_offset = pv_get_u16(b + 32);
	o->short_form_allowed = pv_get_u8(b + 34);
	o->reserved = pv_get_u8(b + 35);
	return PV_OK;
}

static enum pv_codec_err mana_config_vport_tx_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_config_vport_tx_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_config_vport_tx_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_config_vport_tx_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u16(b + 32, (uint16_t)(in->tx_vport_offset));
	pv_put_u8(b + 34, (uint8_t)(in->short_form_allowed));
	pv_put_u8(b + 35, (uint8_t)(in->reserved));
}

static const struct pv_struct_desc mana_config_vport_tx_resp_desc = {36, 36, false, false, mana_config_vport_tx_resp_rd, mana_config_vport_tx_resp_chk, mana_config_vport_tx_resp_wr, NULL};

enum pv_codec_err mana_config_vport_tx_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_config_vport_tx_resp *out)
{
	return pv_decode(&mana_config_vport_tx_resp_desc, buf, len, ctx, out);
}

int mana_config_vport_tx_resp_encode(const struct mana_config_vport_tx_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_config_vport_tx_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_wq_obj_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_wq_obj_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->vport = pv_get_u64(b + 40);
	o->wq_type = pv_get_u32(b + 48);
	o->reserved = pv_get_u32(b + 52);
	o->wq_gdma_region = pv_get_u64(b + 56);
	o->cq_gdma_region = pv_get_u64(b + 64);
	o->wq_size = pv_get_u32(b + 72);
	o->cq_size = pv_get_u32(b + 76);
	o->cq_moderation_ctx_id = pv_get_u32(b + 80);
	o->cq_parent_qid = pv_get_u32(b + 84);
	return PV_OK;
}

static enum pv_codec_err mana_create_wq_obj_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_wq_obj_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (!mana_wq_type_valid((int64_t)o->wq_type))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void mana_create_wq_obj_req_wr(const void *p, uint8_t *b)
{
	const struct mana_create_wq_obj_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->vport));
	pv_put_u32(b + 48, (uint32_t)(in->wq_type));
	pv_put_u32(b + 52, (uint32_t)(in->reserved));
	pv_put_u64(b + 56, (uint64_t)(in->wq_gdma_region));
	pv_put_u64(b + 64, (uint64_t)(in->cq_gdma_region));
	pv_put_u32(b + 72, (uint32_t)(in->wq_size));
	pv_put_u32(b + 76, (uint32_t)(in->cq_size));
	pv_put_u32(b + 80, (uint32_t)(in->cq_moderation_ctx_id));
	pv_put_u32(b + 84, (uint32_t)(in->cq_parent_qid));
}

static const struct pv_struct_desc mana_create_wq_obj_req_desc = {88, 88, false, false, mana_create_wq_obj_req_rd, mana_create_wq_obj_req_chk, mana_create_wq_obj_req_wr, NULL};

enum pv_codec_err mana_create_wq_obj_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_wq_obj_req *out)
{
	return pv_decode(&mana_create_wq_obj_req_desc, buf, len, ctx, out);
}

int mana_create_wq_obj_req_encode(const struct mana_create_wq_obj_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_wq_obj_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_create_wq_obj_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_create_wq_obj_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->wq_id = pv_get_u32(b + 32);
	o->cq_id = pv_get_u32(b + 36);
	o->wq_obj = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_create_wq_obj_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_create_wq_obj_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_create_wq_obj_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_create_wq_obj_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 32, (uint32_t)(in->wq_id));
	pv_put_u32(b + 36, (uint32_t)(in->cq_id));
	pv_put_u64(b + 40, (uint64_t)(in->wq_obj));
}

static const struct pv_struct_desc mana_create_wq_obj_resp_desc = {48, 48, false, false, mana_create_wq_obj_resp_rd, mana_create_wq_obj_resp_chk, mana_create_wq_obj_resp_wr, NULL};

enum pv_codec_err mana_create_wq_obj_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_create_wq_obj_resp *out)
{
	return pv_decode(&mana_create_wq_obj_resp_desc, buf, len, ctx, out);
}

int mana_create_wq_obj_resp_encode(const struct mana_create_wq_obj_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_create_wq_obj_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_destroy_wq_obj_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_destroy_wq_obj_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->wq_type = pv_get_u32(b + 40);
	o->reserved = pv_get_u32(b + 44);
	o->wq_obj_handle = pv_get_u64(b + 48);
	return PV_OK;
}

static enum pv_codec_err mana_destroy_wq_obj_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_destroy_wq_obj_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	if (!mana_wq_type_valid((int64_t)o->wq_type))
		return PV_ERR_ENUM;
	return PV_OK;
}

static void mana_destroy_wq_obj_req_wr(const void *p, uint8_t *b)
{
	const struct mana_destroy_wq_obj_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u32(b + 40, (uint32_t)(in->wq_type));
	pv_put_u32(b + 44, (uint32_t)(in->reserved));
	pv_put_u64(b + 48, (uint64_t)(in->wq_obj_handle));
}

static const struct pv_struct_desc mana_destroy_wq_obj_req_desc = {56, 56, false, false, mana_destroy_wq_obj_req_rd, mana_destroy_wq_obj_req_chk, mana_destroy_wq_obj_req_wr, NULL};

enum pv_codec_err mana_destroy_wq_obj_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_destroy_wq_obj_req *out)
{
	return pv_decode(&mana_destroy_wq_obj_req_desc, buf, len, ctx, out);
}

int mana_destroy_wq_obj_req_encode(const struct mana_destroy_wq_obj_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_destroy_wq_obj_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_fence_rq_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_fence_rq_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->wq_obj_handle = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_fence_rq_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_fence_rq_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_fence_rq_req_wr(const void *p, uint8_t *b)
{
	const struct mana_fence_rq_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->wq_obj_handle));
}

static const struct pv_struct_desc mana_fence_rq_req_desc = {48, 48, false, false, mana_fence_rq_req_rd, mana_fence_rq_req_chk, mana_fence_rq_req_wr, NULL};

enum pv_codec_err mana_fence_rq_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_fence_rq_req *out)
{
	return pv_decode(&mana_fence_rq_req_desc, buf, len, ctx, out);
}

int mana_fence_rq_req_encode(const struct mana_fence_rq_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_fence_rq_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_config_vport_rx_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_config_vport_rx_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->vport = pv_get_u64(b + 40);
	o->num_indir_entries = pv_get_u16(b + 48);
	o->indir_tab_offset = pv_get_u16(b + 50);
	o->rx_enable = pv_get_u32(b + 52);
	o->rss_enable = pv_get_u32(b + 56);
	o->update_default_rxobj = pv_get_u8(b + 60);
	o->update_hashkey = pv_get_u8(b + 61);
	o->update_indir_tab = pv_get_u8(b + 62);
	o->reserved = pv_get_u8(b + 63);
	o->default_rxobj = pv_get_u64(b + 64);
	memcpy(o->hashkey, b + 72, 40);
	return PV_OK;
}

static enum pv_codec_err mana_config_vport_rx_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_config_vport_rx_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_config_vport_rx_req_wr(const void *p, uint8_t *b)
{
	const struct mana_config_vport_rx_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->vport));
	pv_put_u16(b + 48, (uint16_t)(in->num_indir_entries));
	pv_put_u16(b + 50, (uint16_t)(in->indir_tab_offset));
	pv_put_u32(b + 52, (uint32_t)(in->rx_enable));
	pv_put_u32(b + 56, (uint32_t)(in->rss_enable));
	pv_put_u8(b + 60, (uint8_t)(in->update_default_rxobj));
	pv_put_u8(b + 61, (uint8_t)(in->update_hashkey));
	pv_put_u8(b + 62, (uint8_t)(in->update_indir_tab));
	pv_put_u8(b + 63, (uint8_t)(in->reserved));
	pv_put_u64(b + 64, (uint64_t)(in->default_rxobj));
	memcpy(b + 72, in->hashkey, 40);
}

static const struct pv_struct_desc mana_config_vport_rx_req_desc = {112, 112, true, false, mana_config_vport_rx_req_rd, mana_config_vport_rx_req_chk, mana_config_vport_rx_req_wr, NULL};

enum pv_codec_err mana_config_vport_rx_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_config_vport_rx_req *out)
{
	return pv_decode(&mana_config_vport_rx_req_desc, buf, len, ctx, out);
}

int mana_config_vport_rx_req_encode(const struct mana_config_vport_rx_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_config_vport_rx_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_rx_indir_entry_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct mana_rx_indir_entry *o = p;

	o->rxobj = pv_get_u64(b + 0);
	return PV_OK;
}

static void mana_rx_indir_entry_wr(const void *p, uint8_t *b)
{
	const struct mana_rx_indir_entry *in = p;

	pv_put_u64(b + 0, (uint64_t)(in->rxobj));
}

static const struct pv_struct_desc mana_rx_indir_entry_desc = {8, 8, false, false, mana_rx_indir_entry_rd, NULL, mana_rx_indir_entry_wr, NULL};

enum pv_codec_err mana_rx_indir_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_rx_indir_entry *out)
{
	return pv_decode(&mana_rx_indir_entry_desc, buf, len, ctx, out);
}

int mana_rx_indir_entry_encode(const struct mana_rx_indir_entry *in, void *buf, size_t cap)
{
	return pv_encode(&mana_rx_indir_entry_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_register_hw_port_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_register_hw_port_req *o = p;
	size_t i;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->attached_gfid = pv_get_u16(b + 40);
	o->is_pf_default_vport = pv_get_u8(b + 42);
	o->reserved1 = pv_get_u8(b + 43);
	o->allow_all_ether_types = pv_get_u8(b + 44);
	for (i = 0; i < 3; i++)
		o->reserved2[i] = pv_get_u8(b + 45 + 1 * i);
	return PV_OK;
}

static enum pv_codec_err mana_register_hw_port_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_register_hw_port_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_register_hw_port_req_wr(const void *p, uint8_t *b)
{
	const struct mana_register_hw_port_req *in = p;
	size_t i;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u16(b + 40, (uint16_t)(in->attached_gfid));
	pv_put_u8(b + 42, (uint8_t)(in->is_pf_default_vport));
	pv_put_u8(b + 43, (uint8_t)(in->reserved1));
	pv_put_u8(b + 44, (uint8_t)(in->allow_all_ether_types));
	for (i = 0; i < 3; i++)
		pv_put_u8(b + 45 + 1 * i, (uint8_t)(in->reserved2[i]));
}

static const struct pv_struct_desc mana_register_hw_port_req_desc = {48, 48, false, false, mana_register_hw_port_req_rd, mana_register_hw_port_req_chk, mana_register_hw_port_req_wr, NULL};

enum pv_codec_err mana_register_hw_port_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_register_hw_port_req *out)
{
	return pv_decode(&mana_register_hw_port_req_desc, buf, len, ctx, out);
}

int mana_register_hw_port_req_encode(const struct mana_register_hw_port_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_register_hw_port_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_handle_resp_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_handle_resp *o = p;

	mana_resp_hdr_rd(b + 0, len, &o->hdr, end);
	o->handle = pv_get_u64(b + 32);
	return PV_OK;
}

static enum pv_codec_err mana_handle_resp_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_handle_resp *o = p;
	enum pv_codec_err err;

	err = mana_resp_hdr_chk(&o->hdr, 32, 32, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_handle_resp_wr(const void *p, uint8_t *b)
{
	const struct mana_handle_resp *in = p;

	mana_resp_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 32, (uint64_t)(in->handle));
}

static const struct pv_struct_desc mana_handle_resp_desc = {40, 40, false, false, mana_handle_resp_rd, mana_handle_resp_chk, mana_handle_resp_wr, NULL};

enum pv_codec_err mana_handle_resp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_handle_resp *out)
{
	return pv_decode(&mana_handle_resp_desc, buf, len, ctx, out);
}

int mana_handle_resp_encode(const struct mana_handle_resp *in, void *buf, size_t cap)
{
	return pv_encode(&mana_handle_resp_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_handle_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_handle_req *o = p;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->handle = pv_get_u64(b + 40);
	return PV_OK;
}

static enum pv_codec_err mana_handle_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_handle_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_handle_req_wr(const void *p, uint8_t *b)
{
	const struct mana_handle_req *in = p;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->handle));
}

static const struct pv_struct_desc mana_handle_req_desc = {48, 48, false, false, mana_handle_req_rd, mana_handle_req_chk, mana_handle_req_wr, NULL};

enum pv_codec_err mana_handle_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_handle_req *out)
{
	return pv_decode(&mana_handle_req_desc, buf, len, ctx, out);
}

int mana_handle_req_encode(const struct mana_handle_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_handle_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_register_filter_req_rd(const uint8_t *b, size_t len, void *p, size_t *end)
{
	struct mana_register_filter_req *o = p;
	size_t i;

	mana_req_hdr_rd(b + 0, len, &o->hdr, end);
	o->vport = pv_get_u64(b + 40);
	memcpy(o->mac_addr, b + 48, 6);
	for (i = 0; i < 4; i++)
		o->reserved1[i] = pv_get_u8(b + 54 + 1 * i);
	o->reserved5 = pv_get_u16(b + 58);
	for (i = 0; i < 3; i++)
		o->reserved6[i] = pv_get_u32(b + 60 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err mana_register_filter_req_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx, unsigned how)
{
	const struct mana_register_filter_req *o = p;
	enum pv_codec_err err;

	err = mana_req_hdr_chk(&o->hdr, 40, 40, ctx, how);
	if (err != PV_OK)
		return err;
	return PV_OK;
}

static void mana_register_filter_req_wr(const void *p, uint8_t *b)
{
	const struct mana_register_filter_req *in = p;
	size_t i;

	mana_req_hdr_wr(&in->hdr, b + 0);
	pv_put_u64(b + 40, (uint64_t)(in->vport));
	memcpy(b + 48, in->mac_addr, 6);
	for (i = 0; i < 4; i++)
		pv_put_u8(b + 54 + 1 * i, (uint8_t)(in->reserved1[i]));
	pv_put_u16(b + 58, (uint16_t)(in->reserved5));
	for (i = 0; i < 3; i++)
		pv_put_u32(b + 60 + 4 * i, (uint32_t)(in->reserved6[i]));
}

static const struct pv_struct_desc mana_register_filter_req_desc = {72, 72, false, false, mana_register_filter_req_rd, mana_register_filter_req_chk, mana_register_filter_req_wr, NULL};

enum pv_codec_err mana_register_filter_req_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_register_filter_req *out)
{
	return pv_decode(&mana_register_filter_req_desc, buf, len, ctx, out);
}

int mana_register_filter_req_encode(const struct mana_register_filter_req *in, void *buf, size_t cap)
{
	return pv_encode(&mana_register_filter_req_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_tx_oob_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct mana_tx_oob *o = p;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->s0_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->pkt_fmt = (uint8_t)((v >> 0) & 3);
	o->is_outer_ipv4 = (uint8_t)((v >> 2) & 1);
	o->is_outer_ipv6 = (uint8_t)((v >> 3) & 1);
	o->comp_iphdr_csum = (uint8_t)((v >> 4) & 1);
	o->comp_tcp_csum = (uint8_t)((v >> 5) & 1);
	o->comp_udp_csum = (uint8_t)((v >> 6) & 1);
	o->suppress_txcqe_gen = (uint8_t)((v >> 7) & 1);
	o->vcq_num = (uint32_t)((v >> 8) & 0xffffff);
	v = pv_get_u32(b + 4);
	o->s1_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->trans_off = (uint16_t)((v >> 0) & 0x3ff);
	o->vsq_frame = (uint16_t)((v >> 10) & 0x3fff);
	o->short_vp_offset = (uint8_t)((v >> 24) & 255);
	v = pv_get_u32(b + 8);
	o->l0_rsvd = (uint32_t)(v & ~(uint64_t)0xffff000fU);
	o->is_encap = (uint8_t)((v >> 0) & 1);
	o->inner_is_ipv6 = (uint8_t)((v >> 1) & 1);
	o->inner_tcp_opt = (uint8_t)((v >> 2) & 1);
	o->inject_vlan_pri_tag = (uint8_t)((v >> 3) & 1);
	o->pcp = (uint8_t)((v >> 16) & 7);
	o->dei = (uint8_t)((v >> 19) & 1);
	o->vlan_id = (uint16_t)((v >> 20) & 0xfff);
	v = pv_get_u32(b + 12);
	o->l1_rsvd = (uint32_t)(v & ~(uint64_t)0xfffffff);
	o->inner_frame_offset = (uint16_t)((v >> 0) & 0x3ff);
	o->inner_ip_rel_offset = (uint8_t)((v >> 10) & 63);
	o->long_vp_offset = (uint16_t)((v >> 16) & 0xfff);
	o->reserved3 = pv_get_u32(b + 16);
	o->reserved4 = pv_get_u32(b + 20);
	return PV_OK;
}

static enum pv_codec_err mana_tx_oob_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct mana_tx_oob *o = p;

	if (o->pkt_fmt > 3)
		return PV_ERR_RANGE;
	if (!mana_pkt_fmt_valid((int64_t)o->pkt_fmt))
		return PV_ERR_ENUM;
	if (o->is_outer_ipv4 > 1)
		return PV_ERR_RANGE;
	if (o->is_outer_ipv6 > 1)
		return PV_ERR_RANGE;
	if (o->comp_iphdr_csum > 1)
		return PV_ERR_RANGE;
	if (o->comp_tcp_csum > 1)
		return PV_ERR_RANGE;
	if (o->comp_udp_csum > 1)
		return PV_ERR_RANGE;
	if (o->suppress_txcqe_gen > 1)
		return PV_ERR_RANGE;
	if (o->vcq_num > 0xffffff)
		return PV_ERR_RANGE;
	if (o->trans_off > 0x3ff)
		return PV_ERR_RANGE;
	if (o->vsq_frame > 0x3fff)
		return PV_ERR_RANGE;
	if (o->is_encap > 1)
		return PV_ERR_RANGE;
	if (o->inner_is_ipv6 > 1)
		return PV_ERR_RANGE;
	if (o->inner_tcp_opt > 1)
		return PV_ERR_RANGE;
	if (o->inject_vlan_pri_tag > 1)
		return PV_ERR_RANGE;
	if (o->pcp > 7)
		return PV_ERR_RANGE;
	if (o->dei > 1)
		return PV_ERR_RANGE;
	if (o->vlan_id > 0xfff)
		return PV_ERR_RANGE;
	if (o->inner_frame_offset > 0x3ff)
		return PV_ERR_RANGE;
	if (o->inner_ip_rel_offset > 63)
		return PV_ERR_RANGE;
	if (o->long_vp_offset > 0xfff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void mana_tx_oob_wr(const void *p, uint8_t *b)
{
	const struct mana_tx_oob *in = p;
	uint64_t v;

	v = ((uint64_t)in->s0_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->pkt_fmt & 3) << 0)
	    | ((uint64_t)(in->is_outer_ipv4 & 1) << 2)
	    | ((uint64_t)(in->is_outer_ipv6 & 1) << 3)
	    | ((uint64_t)(in->comp_iphdr_csum & 1) << 4)
	    | ((uint64_t)(in->comp_tcp_csum & 1) << 5)
	    | ((uint64_t)(in->comp_udp_csum & 1) << 6)
	    | ((uint64_t)(in->suppress_txcqe_gen & 1) << 7)
	    | ((uint64_t)(in->vcq_num & 0xffffff) << 8);
	pv_put_u32(b + 0, (uint32_t)(v));
	v = ((uint64_t)in->s1_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->trans_off & 0x3ff) << 0)
	    | ((uint64_t)(in->vsq_frame & 0x3fff) << 10)
	    | ((uint64_t)(in->short_vp_offset & 255) << 24);
	pv_put_u32(b + 4, (uint32_t)(v));
	v = ((uint64_t)in->l0_rsvd & ~(uint64_t)0xffff000fU)
	    | ((uint64_t)(in->is_encap & 1) << 0)
	    | ((uint64_t)(in->inner_is_ipv6 & 1) << 1)
	    | ((uint64_t)(in->inner_tcp_opt & 1) << 2)
	    | ((uint64_t)(in->inject_vlan_pri_tag & 1) << 3)
	    | ((uint64_t)(in->pcp & 7) << 16)
	    | ((uint64_t)(in->dei & 1) << 19)
	    | ((uint64_t)(in->vlan_id & 0xfff) << 20);
	pv_put_u32(b + 8, (uint32_t)(v));
	v = ((uint64_t)in->l1_rsvd & ~(uint64_t)0xfffffff)
	    | ((uint64_t)(in->inner_frame_offset & 0x3ff) << 0)
	    | ((uint64_t)(in->inner_ip_rel_offset & 63) << 10)
	    | ((uint64_t)(in->long_vp_offset & 0xfff) << 16);
	pv_put_u32(b + 12, (uint32_t)(v));
	pv_put_u32(b + 16, (uint32_t)(in->reserved3));
	pv_put_u32(b + 20, (uint32_t)(in->reserved4));
}

static const struct pv_struct_desc mana_tx_oob_desc = {24, 8, false, false, mana_tx_oob_rd, mana_tx_oob_chk, mana_tx_oob_wr, NULL};

enum pv_codec_err mana_tx_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_tx_oob *out)
{
	return pv_decode(&mana_tx_oob_desc, buf, len, ctx, out);
}

int mana_tx_oob_encode(const struct mana_tx_oob *in, void *buf, size_t cap)
{
	return pv_encode(&mana_tx_oob_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_rx_comp_oob_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct mana_rx_comp_oob *o = p;
	size_t i;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->cqe_hdr_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->cqe_type = (uint8_t)((v >> 0) & 63);
	o->client_type = (uint8_t)((v >> 6) & 3);
	o->vendor_err = (uint32_t)((v >> 8) & 0xffffff);
	v = pv_get_u32(b + 4);
	o->flags_rsvd = (uint32_t)(v & ~(uint64_t)0x7fff7fff);
	o->rx_vlan_id = (uint16_t)((v >> 0) & 0xfff);
	o->rx_vlantag_present = (uint8_t)((v >> 12) & 1);
	o->rx_outer_iphdr_csum_succeed = (uint8_t)((v >> 13) & 1);
	o->rx_outer_iphdr_csum_fail = (uint8_t)((v >> 14) & 1);
	o->rx_hashtype = (uint16_t)((v >> 16) & 0x1ff);
	o->rx_iphdr_csum_succeed = (uint8_t)((v >> 25) & 1);
	o->rx_iphdr_csum_fail = (uint8_t)((v >> 26) & 1);
	o->rx_tcp_csum_succeed = (uint8_t)((v >> 27) & 1);
	o->rx_tcp_csum_fail = (uint8_t)((v >> 28) & 1);
	o->rx_udp_csum_succeed = (uint8_t)((v >> 29) & 1);
	o->rx_udp_csum_fail = (uint8_t)((v >> 30) & 1);
	o->pkt_len = pv_get_u16(b + 8);
	o->ppi0_reserved1 = pv_get_u16(b + 10);
	o->ppi0_reserved2 = pv_get_u32(b + 12);
	o->pkt_hash = pv_get_u32(b + 16);
	for (i = 0; i < 9; i++)
		o->ppi_more[i] = pv_get_u32(b + 20 + 4 * i);
	o->rx_wqe_offset = pv_get_u32(b + 56);
	return PV_OK;
}

static enum pv_codec_err mana_rx_comp_oob_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct mana_rx_comp_oob *o = p;

	if (o->cqe_type > 63)
		return PV_ERR_RANGE;
	if (o->client_type > 3)
		return PV_ERR_RANGE;
	if (o->vendor_err > 0xffffff)
		return PV_ERR_RANGE;
	if (o->rx_vlan_id > 0xfff)
		return PV_ERR_RANGE;
	if (o->rx_vlantag_present > 1)
		return PV_ERR_RANGE;
	if (o->rx_outer_iphdr_csum_succeed > 1)
		return PV_ERR_RANGE;
	if (o->rx_outer_iphdr_csum_fail > 1)
		return PV_ERR_RANGE;
	if (o->rx_hashtype > 0x1ff)
		return PV_ERR_RANGE;
	if (o->rx_iphdr_csum_succeed > 1)
		return PV_ERR_RANGE;
	if (o->rx_iphdr_csum_fail > 1)
		return PV_ERR_RANGE;
	if (o->rx_tcp_csum_succeed > 1)
		return PV_ERR_RANGE;
	if (o->rx_tcp_csum_fail > 1)
		return PV_ERR_RANGE;
	if (o->rx_udp_csum_succeed > 1)
		return PV_ERR_RANGE;
	if (o->rx_udp_csum_fail > 1)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void mana_rx_comp_oob_wr(const void *p, uint8_t *b)
{
	const struct mana_rx_comp_oob *in = p;
	size_t i;
	uint64_t v;

	v = ((uint64_t)in->cqe_hdr_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->cqe_type & 63) << 0)
	    | ((uint64_t)(in->client_type & 3) << 6)
	    | ((uint64_t)(in->vendor_err & 0xffffff) << 8);
	pv_put_u32(b + 0, (uint32_t)(v));
	v = ((uint64_t)in->flags_rsvd & ~(uint64_t)0x7fff7fff)
	    | ((uint64_t)(in->rx_vlan_id & 0xfff) << 0)
	    | ((uint64_t)(in->rx_vlantag_present & 1) << 12)
	    | ((uint64_t)(in->rx_outer_iphdr_csum_succeed & 1) << 13)
	    | ((uint64_t)(in->rx_outer_iphdr_csum_fail & 1) << 14)
	    | ((uint64_t)(in->rx_hashtype & 0x1ff) << 16)
	    | ((uint64_t)(in->rx_iphdr_csum_succeed & 1) << 25)
	    | ((uint64_t)(in->rx_iphdr_csum_fail & 1) << 26)
	    | ((uint64_t)(in->rx_tcp_csum_succeed & 1) << 27)
	    | ((uint64_t)(in->rx_tcp_csum_fail & 1) << 28)
	    | ((uint64_t)(in->rx_udp_csum_succeed & 1) << 29)
	    | ((uint64_t)(in->rx_udp_csum_fail & 1) << 30);
	pv_put_u32(b + 4, (uint32_t)(v));
	pv_put_u16(b + 8, (uint16_t)(in->pkt_len));
	pv_put_u16(b + 10, (uint16_t)(in->ppi0_reserved1));
	pv_put_u32(b + 12, (uint32_t)(in->ppi0_reserved2));
	pv_put_u32(b + 16, (uint32_t)(in->pkt_hash));
	for (i = 0; i < 9; i++)
		pv_put_u32(b + 20 + 4 * i, (uint32_t)(in->ppi_more[i]));
	pv_put_u32(b + 56, (uint32_t)(in->rx_wqe_offset));
}

static const struct pv_struct_desc mana_rx_comp_oob_desc = {60, 60, false, false, mana_rx_comp_oob_rd, mana_rx_comp_oob_chk, mana_rx_comp_oob_wr, NULL};

enum pv_codec_err mana_rx_comp_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_rx_comp_oob *out)
{
	return pv_decode(&mana_rx_comp_oob_desc, buf, len, ctx, out);
}

int mana_rx_comp_oob_encode(const struct mana_rx_comp_oob *in, void *buf, size_t cap)
{
	return pv_encode(&mana_rx_comp_oob_desc, in, NULL, 0, buf, cap);
}

static enum pv_codec_err mana_tx_comp_oob_rd(const uint8_t *b, size_t len PV_UNUSED, void *p, size_t *end PV_UNUSED)
{
	struct mana_tx_comp_oob *o = p;
	size_t i;
	uint64_t v;

	v = pv_get_u32(b + 0);
	o->cqe_hdr_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->tx_cqe_type = (uint8_t)((v >> 0) & 63);
	o->tx_client_type = (uint8_t)((v >> 6) & 3);
	o->tx_vendor_err = (uint32_t)((v >> 8) & 0xffffff);
	o->tx_data_offset = pv_get_u32(b + 4);
	v = pv_get_u32(b + 8);
	o->offsets_rsvd = (uint32_t)(v & ~(uint64_t)0xffffffffU);
	o->tx_sgl_offset = (uint8_t)((v >> 0) & 31);
	o->tx_wqe_offset = (uint32_t)((v >> 5) & 0x7ffffff);
	for (i = 0; i < 12; i++)
		o->reserved[i] = pv_get_u32(b + 12 + 4 * i);
	return PV_OK;
}

static enum pv_codec_err mana_tx_comp_oob_chk(const void *p, size_t len PV_UNUSED, size_t end PV_UNUSED,
	const struct pv_codec_ctx *ctx PV_UNUSED, unsigned how PV_UNUSED)
{
	const struct mana_tx_comp_oob *o = p;

	if (o->tx_cqe_type > 63)
		return PV_ERR_RANGE;
	if (o->tx_client_type > 3)
		return PV_ERR_RANGE;
	if (o->tx_vendor_err > 0xffffff)
		return PV_ERR_RANGE;
	if (o->tx_sgl_offset > 31)
		return PV_ERR_RANGE;
	if (o->tx_wqe_offset > 0x7ffffff)
		return PV_ERR_RANGE;
	return PV_OK;
}

static void mana_tx_comp_oob_wr(const void *p, uint8_t *b)
{
	const struct mana_tx_comp_oob *in = p;
	size_t i;
	uint64_t v;

	v = ((uint64_t)in->cqe_hdr_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->tx_cqe_type & 63) << 0)
	    | ((uint64_t)(in->tx_client_type & 3) << 6)
	    | ((uint64_t)(in->tx_vendor_err & 0xffffff) << 8);
	pv_put_u32(b + 0, (uint32_t)(v));
	pv_put_u32(b + 4, (uint32_t)(in->tx_data_offset));
	v = ((uint64_t)in->offsets_rsvd & ~(uint64_t)0xffffffffU)
	    | ((uint64_t)(in->tx_sgl_offset & 31) << 0)
	    | ((uint64_t)(in->tx_wqe_offset & 0x7ffffff) << 5);
	pv_put_u32(b + 8, (uint32_t)(v));
	for (i = 0; i < 12; i++)
		pv_put_u32(b + 12 + 4 * i, (uint32_t)(in->reserved[i]));
}

static const struct pv_struct_desc mana_tx_comp_oob_desc = {60, 60, false, false, mana_tx_comp_oob_rd, mana_tx_comp_oob_chk, mana_tx_comp_oob_wr, NULL};

enum pv_codec_err mana_tx_comp_oob_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_tx_comp_oob *out)
{
	return pv_decode(&mana_tx_comp_oob_desc, buf, len, ctx, out);
}

int mana_tx_comp_oob_encode(const struct mana_tx_comp_oob *in, void *buf, size_t cap)
{
	return pv_encode(&mana_tx_comp_oob_desc, in, NULL, 0, buf, cap);
}

static const struct pv_variant mana_msg_variants[] = {
	{&mana_verify_ver_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* VERIFY_VF_DRIVER_VERSION */
	{&mana_verify_ver_resp_desc, 0, 0, 0, 0},	/* VERIFY_VF_DRIVER_VERSION */
	{&mana_general_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* QUERY_MAX_RESOURCES */
	{&mana_query_max_resources_resp_desc, 0, 0, 0, 0},	/* QUERY_MAX_RESOURCES */
	{&mana_general_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* LIST_DEVICES */
	{&mana_list_devices_resp_desc, 0, 0, 0, 0},	/* LIST_DEVICES */
	{&mana_general_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* REGISTER_DEVICE */
	{&mana_register_device_resp_desc, 0, 0, 0, 0},	/* REGISTER_DEVICE */
	{&mana_general_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DEREGISTER_DEVICE */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DEREGISTER_DEVICE */
	{&mana_generate_test_eqe_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* GENERATE_TEST_EQE */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* GENERATE_TEST_EQE */
	{&mana_generate_reset_eqe_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* GENERATE_RESET_REQUEST_EQE */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* GENERATE_RESET_REQUEST_EQE */
	{&mana_create_queue_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CREATE_QUEUE */
	{&mana_create_queue_resp_desc, 0, 0, 0, 0},	/* CREATE_QUEUE */
	{&mana_disable_queue_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DISABLE_QUEUE */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DISABLE_QUEUE */
	{&mana_resource_range_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* ALLOCATE_RESOURCE_RANGE */
	{&mana_resource_range_resp_desc, 0, 0, 0, 0},	/* ALLOCATE_RESOURCE_RANGE */
	{&mana_destroy_resource_range_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DESTROY_RESOURCE_RANGE */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DESTROY_RESOURCE_RANGE */
	{&mana_create_dma_region_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CREATE_DMA_REGION */
	{&mana_create_dma_region_resp_desc, 0, 0, 0, 0},	/* CREATE_DMA_REGION */
	{&mana_dma_region_add_pages_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DMA_REGION_ADD_PAGES */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DMA_REGION_ADD_PAGES */
	{&mana_destroy_dma_region_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DESTROY_DMA_REGION */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DESTROY_DMA_REGION */
	{&mana_create_pd_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CREATE_PD */
	{&mana_create_pd_resp_desc, 0, 0, 0, 0},	/* CREATE_PD */
	{&mana_destroy_pd_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DESTROY_PD */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DESTROY_PD */
	{&mana_create_mr_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CREATE_MR */
	{&mana_create_mr_resp_desc, 0, 0, 0, 0},	/* CREATE_MR */
	{&mana_destroy_mr_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DESTROY_MR */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DESTROY_MR */
	{&mana_change_msix_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CHANGE_MSIX_FOR_EQ */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* CHANGE_MSIX_FOR_EQ */
	{&mana_query_hwc_timeout_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* QUERY_HWC_TIMEOUT */
	{&mana_query_hwc_timeout_resp_desc, 0, 0, 0, 0},	/* QUERY_HWC_TIMEOUT */
	{&mana_query_dev_config_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* QUERY_DEV_CONFIG */
	{&mana_query_dev_config_resp_desc, 0, 0, 0, 0},	/* QUERY_DEV_CONFIG */
	{&mana_query_gf_stat_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* QUERY_GF_STAT */
	{&mana_query_gf_stat_resp_desc, 0, 0, 0, 0},	/* QUERY_GF_STAT */
	{&mana_config_vport_tx_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CONFIG_VPORT_TX */
	{&mana_config_vport_tx_resp_desc, 0, 0, 0, 0},	/* CONFIG_VPORT_TX */
	{&mana_create_wq_obj_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CREATE_WQ_OBJ */
	{&mana_create_wq_obj_resp_desc, 0, 0, 0, 0},	/* CREATE_WQ_OBJ */
	{&mana_destroy_wq_obj_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DESTROY_WQ_OBJ */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DESTROY_WQ_OBJ */
	{&mana_fence_rq_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* FENCE_RQ */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* FENCE_RQ */
	{&mana_config_vport_rx_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* CONFIG_VPORT_RX */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* CONFIG_VPORT_RX */
	{&mana_query_vport_config_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* QUERY_VPORT_CONFIG */
	{&mana_query_vport_config_resp_desc, 0, 0, 0, 0},	/* QUERY_VPORT_CONFIG */
	{&mana_register_filter_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* REGISTER_FILTER */
	{&mana_handle_resp_desc, 0, 0, 0, 0},	/* REGISTER_FILTER */
	{&mana_handle_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DEREGISTER_FILTER */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DEREGISTER_FILTER */
	{&mana_register_hw_port_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* REGISTER_HW_PORT */
	{&mana_handle_resp_desc, 0, 0, 0, 0},	/* REGISTER_HW_PORT */
	{&mana_handle_req_desc, 0, 0, 0, PV_DIR_TO_HOST},	/* DEREGISTER_HW_PORT */
	{&mana_general_resp_desc, 0, 0, 0, 0},	/* DEREGISTER_HW_PORT */
};

const struct pv_msg_desc mana_msg_table[] = {
	{1, "VERIFY_VF_DRIVER_VERSION", 72, 640, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, verify_vf_driver_version), 0, 2},
	{2, "QUERY_MAX_RESOURCES", 40, 72, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, query_max_resources), 2, 2},
	{3, "LIST_DEVICES", 40, 296, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, list_devices), 4, 2},
	{4, "REGISTER_DEVICE", 40, 44, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, register_device), 6, 2},
	{5, "DEREGISTER_DEVICE", 32, 40, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, deregister_device), 8, 2},
	{10, "GENERATE_TEST_EQE", 32, 44, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, generate_test_eqe), 10, 2},
	{11, "GENERATE_RESET_REQUEST_EQE", 32, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, generate_reset_request_eqe), 12, 2},
	{12, "CREATE_QUEUE", 36, 96, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, create_queue), 14, 2},
	{13, "DISABLE_QUEUE", 32, 52, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, disable_queue), 16, 2},
	{22, "ALLOCATE_RESOURCE_RANGE", 36, 56, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, allocate_resource_range), 18, 2},
	{24, "DESTROY_RESOURCE_RANGE", 32, 52, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, destroy_resource_range), 20, 2},
	{25, "CREATE_DMA_REGION", 40, 4096, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, create_dma_region), 22, 2},
	{26, "DMA_REGION_ADD_PAGES", 32, 4096, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, dma_region_add_pages), 24, 2},
	{27, "DESTROY_DMA_REGION", 32, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, destroy_dma_region), 26, 2},
	{29, "CREATE_PD", 48, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, create_pd), 28, 2},
	{30, "DESTROY_PD", 32, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, destroy_pd), 30, 2},
	{31, "CREATE_MR", 48, 88, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, create_mr), 32, 2},
	{32, "DESTROY_MR", 32, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, destroy_mr), 34, 2},
	{81, "CHANGE_MSIX_FOR_EQ", 32, 56, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, change_msix_for_eq), 36, 2},
	{84, "QUERY_HWC_TIMEOUT", 40, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, query_hwc_timeout), 38, 2},
	{0x20001, "QUERY_DEV_CONFIG", 72, 88, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, query_dev_config), 40, 2},
	{0x20002, "QUERY_GF_STAT", 48, 248, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, query_gf_stat), 42, 2},
	{0x20003, "CONFIG_VPORT_TX", 36, 56, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, config_vport_tx), 44, 2},
	{0x20004, "CREATE_WQ_OBJ", 48, 88, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, create_wq_obj), 46, 2},
	{0x20005, "DESTROY_WQ_OBJ", 32, 56, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, destroy_wq_obj), 48, 2},
	{0x20006, "FENCE_RQ", 32, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, fence_rq), 50, 2},
	{0x20007, "CONFIG_VPORT_RX", 32, 4096, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, config_vport_rx), 52, 2},
	{0x20008, "QUERY_VPORT_CONFIG", 44, 64, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, query_vport_config), 54, 2},
	{0x28000, "REGISTER_FILTER", 40, 72, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, register_filter), 56, 2},
	{0x28001, "DEREGISTER_FILTER", 32, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, deregister_filter), 58, 2},
	{0x28003, "REGISTER_HW_PORT", 40, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, register_hw_port), 60, 2},
	{0x28004, "DEREGISTER_HW_PORT", 32, 48, 0, 0, 0, PV_DIR_BOTH,
	 offsetof(struct mana_msg_handlers, deregister_hw_port), 62, 2},
};
const size_t mana_msg_table_count = sizeof(mana_msg_table) / sizeof(mana_msg_table[0]);

const struct pv_msg_desc *mana_msg_lookup(uint32_t type)
{
	switch (type) {
	case 1:
		return &mana_msg_table[0];
	case 2:
		return &mana_msg_table[1];
	case 3:
		return &mana_msg_table[2];
	case 4:
		return &mana_msg_table[3];
	case 5:
		return &mana_msg_table[4];
	case 10:
		return &mana_msg_table[5];
	case 11:
		return &mana_msg_table[6];
	case 12:
		return &mana_msg_table[7];
	case 13:
		return &mana_msg_table[8];
	case 22:
		return &mana_msg_table[9];
	case 24:
		return &mana_msg_table[10];
	case 25:
		return &mana_msg_table[11];
	case 26:
		return &mana_msg_table[12];
	case 27:
		return &mana_msg_table[13];
	case 29:
		return &mana_msg_table[14];
	case 30:
		return &mana_msg_table[15];
	case 31:
		return &mana_msg_table[16];
	case 32:
		return &mana_msg_table[17];
	case 81:
		return &mana_msg_table[18];
	case 84:
		return &mana_msg_table[19];
	case 0x20001:
		return &mana_msg_table[20];
	case 0x20002:
		return &mana_msg_table[21];
	case 0x20003:
		return &mana_msg_table[22];
	case 0x20004:
		return &mana_msg_table[23];
	case 0x20005:
		return &mana_msg_table[24];
	case 0x20006:
		return &mana_msg_table[25];
	case 0x20007:
		return &mana_msg_table[26];
	case 0x20008:
		return &mana_msg_table[27];
	case 0x28000:
		return &mana_msg_table[28];
	case 0x28001:
		return &mana_msg_table[29];
	case 0x28003:
		return &mana_msg_table[30];
	case 0x28004:
		return &mana_msg_table[31];
	default:
		return NULL;
	}
}

static const struct pv_msg_tab mana_msg_tab = {
	mana_msg_table, sizeof(mana_msg_table) / sizeof(mana_msg_table[0]), mana_msg_variants, 4, 4,
	mana_msg_lookup,
};

enum pv_codec_err mana_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct mana_msg *out)
{
	return pv_msg_decode(&mana_msg_tab, buf, len, ctx, &out->type, &out->variant, &out->len, &out->u);
}

int mana_msg_encode(const struct mana_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)
{
	return pv_msg_encode(&mana_msg_tab, m->type, m->variant, &m->u, ctx, buf, cap);
}

int mana_msg_dispatch(const struct mana_msg_handlers *h, void *ctx, const struct mana_msg *m)
{
	const struct pv_msg_desc *d = mana_msg_lookup(m->type);
	mana_msg_handler fn;

	if (!d)
		return -ENOENT;
	memcpy(&fn, (const char *)h + d->slot, sizeof(fn));
	return fn ? fn(ctx, m) : -EOPNOTSUPP;
}

static const uint8_t mana_msg_bringup_events[] = {
	0,	/* VERIFY_VF_DRIVER_VERSION */
	0,	/* QUERY_MAX_RESOURCES */
	0,	/* LIST_DEVICES */
	0,	/* REGISTER_DEVICE */
	0,	/* DEREGISTER_DEVICE */
	0,	/* GENERATE_TEST_EQE */
	0,	/* GENERATE_RESET_REQUEST_EQE */
	0,	/* CREATE_QUEUE */
	0,	/* DISABLE_QUEUE */
	0,	/* ALLOCATE_RESOURCE_RANGE */
	0,	/* DESTROY_RESOURCE_RANGE */
	0,	/* CREATE_DMA_REGION */
	0,	/* DMA_REGION_ADD_PAGES */
	0,	/* DESTROY_DMA_REGION */
	0,	/* CREATE_PD */
	0,	/* DESTROY_PD */
	0,	/* CREATE_MR */
	0,	/* DESTROY_MR */
	0,	/* CHANGE_MSIX_FOR_EQ */
	0,	/* QUERY_HWC_TIMEOUT */
	0,	/* QUERY_DEV_CONFIG */
	0,	/* QUERY_GF_STAT */
	0,	/* CONFIG_VPORT_TX */
	0,	/* CREATE_WQ_OBJ */
	0,	/* DESTROY_WQ_OBJ */
	0,	/* FENCE_RQ */
	0,	/* CONFIG_VPORT_RX */
	0,	/* QUERY_VPORT_CONFIG */
	0,	/* REGISTER_FILTER */
	0,	/* DEREGISTER_FILTER */
	0,	/* REGISTER_HW_PORT */
	0,	/* DEREGISTER_HW_PORT */
};

int mana_msg_event(const struct mana_msg *m, uint8_t dir)
{
	const struct pv_msg_desc *d = mana_msg_lookup(m->type);

	switch (m->type) {
	case 1:	/* VERIFY_VF_DRIVER_VERSION */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_VERIFY;
		return 0;
	case 2:	/* QUERY_MAX_RESOURCES */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 3:	/* LIST_DEVICES */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 4:	/* REGISTER_DEVICE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_REGISTER;
		return 0;
	case 5:	/* DEREGISTER_DEVICE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEREGISTER;
		return 0;
	case 10:	/* GENERATE_TEST_EQE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_TEST_EQE;
		return 0;
	case 11:	/* GENERATE_RESET_REQUEST_EQE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 12:	/* CREATE_QUEUE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 13:	/* DISABLE_QUEUE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 22:	/* ALLOCATE_RESOURCE_RANGE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 24:	/* DESTROY_RESOURCE_RANGE */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 25:	/* CREATE_DMA_REGION */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 26:	/* DMA_REGION_ADD_PAGES */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 27:	/* DESTROY_DMA_REGION */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 29:	/* CREATE_PD */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 30:	/* DESTROY_PD */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 31:	/* CREATE_MR */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 32:	/* DESTROY_MR */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 81:	/* CHANGE_MSIX_FOR_EQ */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 84:	/* QUERY_HWC_TIMEOUT */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_GDMA_REQ;
		return 0;
	case 0x20001:	/* QUERY_DEV_CONFIG */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x20002:	/* QUERY_GF_STAT */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x20003:	/* CONFIG_VPORT_TX */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x20004:	/* CREATE_WQ_OBJ */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x20005:	/* DESTROY_WQ_OBJ */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x20006:	/* FENCE_RQ */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x20007:	/* CONFIG_VPORT_RX */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x20008:	/* QUERY_VPORT_CONFIG */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x28000:	/* REGISTER_FILTER */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x28001:	/* DEREGISTER_FILTER */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x28003:	/* REGISTER_HW_PORT */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	case 0x28004:	/* DEREGISTER_HW_PORT */
		if (dir == PV_DIR_TO_HOST)
			return MANA_BRINGUP_EV_DEVICE_REQ;
		return 0;
	default:
		break;
	}
	return d ? mana_msg_bringup_events[d - mana_msg_table] : 0;
}
