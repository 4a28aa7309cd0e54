/* Generated VMBus codec: layouts as the Linux guest lays them out, round trips,
 * variants and one test per malformed class. */
#include <check.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_codec.h"
#include "tests/unit/pv_check.h"

static const struct pv_codec_ctx any_ctx = {0, 0, 0};

/* Sizes and offsets of the Linux guest's structs (include/linux/hyperv.h), with
 * the 8-byte header included. */
START_TEST(linux_layouts)
{
	ck_assert_int_eq(sizeof(struct vmbus_wire_msg_header), 8);
	ck_assert_int_eq(VMBUS_OFFERCHANNEL_SIZE, 196);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, if_type), 8);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, if_instance), 24);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, chn_flags), 56);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, mmio_megabytes), 58);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, user_def), 60);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, sub_channel_index), 180);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, child_relid), 184);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, monitorid), 188);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, monitor_allocated_byte), 189);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, dedicated_interrupt_word), 190);
	ck_assert_int_eq(offsetof(struct vmbus_wire_offerchannel, connection_id), 192);
	ck_assert_int_eq(VMBUS_RESCIND_CHANNELOFFER_SIZE, 12);
	ck_assert_int_eq(VMBUS_HEADER_ONLY_SIZE, 8);
	ck_assert_int_eq(VMBUS_OPENCHANNEL_SIZE, 148);
	ck_assert_int_eq(offsetof(struct vmbus_wire_openchannel, openid), 12);
	ck_assert_int_eq(offsetof(struct vmbus_wire_openchannel, ringbuffer_gpadlhandle), 16);
	ck_assert_int_eq(offsetof(struct vmbus_wire_openchannel, target_vp), 20);
	ck_assert_int_eq(offsetof(struct vmbus_wire_openchannel, downstream_ringbuffer_pageoffset),
			 24);
	ck_assert_int_eq(offsetof(struct vmbus_wire_openchannel, userdata), 28);
	ck_assert_int_eq(VMBUS_OPENCHANNEL2_SIZE, 156);
	ck_assert_int_eq(VMBUS_OPENCHANNEL_RESULT_SIZE, 20);
	ck_assert_int_eq(offsetof(struct vmbus_wire_openchannel_result, status), 16);
	ck_assert_int_eq(VMBUS_CLOSECHANNEL_SIZE, 12);
	ck_assert_int_eq(VMBUS_GPADL_HEADER_SIZE, 20);
	ck_assert_int_eq(offsetof(struct vmbus_wire_gpadl_header, range_buflen), 16);
	ck_assert_int_eq(offsetof(struct vmbus_wire_gpadl_header, rangecount), 18);
	ck_assert_int_eq(VMBUS_GPADL_HEADER_DATA_OFFSET, 20);
	ck_assert_int_eq(VMBUS_GPADL_BODY_SIZE, 16);
	ck_assert_int_eq(VMBUS_GPADL_BODY_PFN_OFFSET, 16);
	ck_assert_int_eq(VMBUS_GPADL_BODY_PFN_MAX, VMBUS_GPADL_BODY_MAX_PFNS);
	ck_assert_int_eq(VMBUS_GPADL_HEADER_DATA_MAX, VMBUS_GPADL_HEADER_MAX_PFNS + 1);
	ck_assert_int_eq(VMBUS_GPADL_CREATED_SIZE, 20);
	ck_assert_int_eq(offsetof(struct vmbus_wire_gpadl_created, creation_status), 16);
	ck_assert_int_eq(VMBUS_GPADL_TEARDOWN_SIZE, 16);
	ck_assert_int_eq(VMBUS_GPADL_TORNDOWN_SIZE, 12);
	ck_assert_int_eq(VMBUS_RELID_RELEASED_SIZE, 12);
	ck_assert_int_eq(VMBUS_INITIATE_CONTACT_SIZE, 40);
	ck_assert_int_eq(offsetof(struct vmbus_wire_initiate_contact, vmbus_version_requested), 8);
	ck_assert_int_eq(offsetof(struct vmbus_wire_initiate_contact, target_vcpu), 12);
	ck_assert_int_eq(offsetof(struct vmbus_wire_initiate_contact, interrupt_page), 16);
	ck_assert_int_eq(offsetof(struct vmbus_wire_initiate_contact, monitor_page1), 24);
	ck_assert_int_eq(offsetof(struct vmbus_wire_initiate_contact, monitor_page2), 32);
	ck_assert_int_eq(VMBUS_INITIATE_CONTACT2_SIZE, 56);
	ck_assert_int_eq(VMBUS_VERSION_RESPONSE_SIZE, 16);
	ck_assert_int_eq(offsetof(struct vmbus_wire_version_response, connection_state), 9);
	ck_assert_int_eq(offsetof(struct vmbus_wire_version_response, msg_conn_id), 12);
	ck_assert_int_eq(VMBUS_VERSION_RESPONSE2_SIZE, 20);
	ck_assert_int_eq(VMBUS_MODIFYCHANNEL_SIZE, 16);
	ck_assert_int_eq(VMBUS_MODIFYCHANNEL_RESPONSE_SIZE, 16);
	ck_assert_int_eq(VMBUS_TL_CONNECT_REQUEST_SIZE, 40);
	ck_assert_int_eq(VMBUS_TL_CONNECT_REQUEST2_SIZE, 56);
	ck_assert_int_eq(VMBUS_TL_CONNECT_RESULT_SIZE, 44);
	ck_assert_int_eq(VMBUS_OPEN_RESERVED_CHANNEL_SIZE, 28);
	ck_assert_int_eq(VMBUS_CLOSE_RESERVED_CHANNEL_SIZE, 20);
	ck_assert_int_eq(VMBUS_MODIFY_CONNECTION_SIZE, 24);
	ck_assert_int_eq(VMBUS_MODIFY_CONNECTION_RESPONSE_SIZE, 9);
	ck_assert_uint_eq(VMBUS_VERSION_WIN10_V5_3, 0x50003);
	ck_assert_uint_eq(VMBUS_VERSION_WIN8_1, 0x30000);
	ck_assert_uint_eq(VMBUS_VERSION_WS2008, 0xd);
	ck_assert_uint_eq(VMBUS_VERSION_COPPER, 0x60000);
}
END_TEST

/* Every message in the table is in the type enum, named, and sorted. */
START_TEST(table_complete)
{
	size_t i;

	ck_assert_uint_eq(vmbus_msg_table_count, 29);
	for (i = 0; i < vmbus_msg_table_count; i++) {
		const struct pv_msg_desc *d = &vmbus_msg_table[i];

		ck_assert_uint_eq(d->type, i + 1);
		ck_assert_str_eq(d->name, vmbus_msg_type_name(d->type));
		ck_assert_ptr_eq(vmbus_msg_lookup(d->type), d);
		ck_assert_uint_le(d->min_len, d->max_len);
		ck_assert_uint_le(d->max_len, VMBUS_MAX_MESSAGE_SIZE);
	}
	ck_assert_ptr_null(vmbus_msg_lookup(0));
	ck_assert_ptr_null(vmbus_msg_lookup(30));
	ck_assert_uint_eq(vmbus_msg_lookup(VMBUS_MSG_TYPE_MODIFYCHANNEL)->since_version,
			  VMBUS_VERSION_WIN10_V4_1);
	ck_assert_uint_eq(vmbus_msg_lookup(VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE)->since_version,
			  VMBUS_VERSION_WIN10_V5_3);
	ck_assert_uint_eq(vmbus_msg_lookup(VMBUS_MSG_TYPE_PAUSE)->features,
			  VMBUS_FEATURE_PAUSE_RESUME);
	ck_assert_uint_eq(vmbus_msg_lookup(VMBUS_MSG_TYPE_OFFERCHANNEL)->dir, PV_DIR_TO_GUEST);
	ck_assert_uint_eq(vmbus_msg_lookup(VMBUS_MSG_TYPE_OPENCHANNEL)->dir, PV_DIR_TO_HOST);
}
END_TEST

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint8_t rnd8(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint8_t)rng_state;
}

/* Any buffer the decoder accepts re-encodes to the same bytes: nothing is
 * lost or invented between wire and decoded form.  Random bodies of every
 * legal length for every message type. */
START_TEST(roundtrip_all)
{
	uint8_t buf[256], out[256];
	size_t i, len, tries, accepted = 0, types_ok = 0;

	for (i = 0; i < vmbus_msg_table_count; i++) {
		const struct pv_msg_desc *d = &vmbus_msg_table[i];
		size_t ok_here = 0;

		for (len = d->min_len; len <= d->max_len; len++) {
			for (tries = 0; tries < 64; tries++) {
				struct vmbus_msg m;
				size_t k;
				int n;

				for (k = 0; k < len; k++)
					buf[k] = tries < 32 ? rnd8() & rnd8() & rnd8() : 0;
				pv_put_u32(buf, d->type);
				if (d->type == VMBUS_MSG_TYPE_GPADL_HEADER) {
					pv_put_u16(buf + 16, 0x200);
					pv_put_u16(buf + 18, 1);
				}
				if (vmbus_msg_decode(buf, len, &any_ctx, &m) != PV_OK)
					continue;
				ck_assert_uint_eq(m.type, d->type);
				ck_assert_uint_eq(m.len, len);
				n = vmbus_msg_encode(&m, &any_ctx, out, sizeof(out));
				ck_assert_int_eq(n, (int)len);
				ck_assert_mem_eq(out, buf, len);
				accepted++;
				ok_here++;
			}
		}
		if (ok_here)
			types_ok++;
		else
			ck_abort_msg("no accepted sample for %s", d->name);
	}
	ck_assert_uint_eq(types_ok, vmbus_msg_table_count);
	ck_assert_uint_gt(accepted, 1000);
}
END_TEST

/* Encode from the decoded form, as the host does for an offer. */
START_TEST(offer_encode)
{
	struct vmbus_msg m, d;
	uint8_t buf[VMBUS_MAX_MESSAGE_SIZE];
	struct pv_codec_ctx to_guest = {VMBUS_VERSION_WIN10_V5_3, 0, PV_DIR_TO_GUEST};
	int n;

	memset(&m, 0, sizeof(m));
	m.type = VMBUS_MSG_TYPE_OFFERCHANNEL;
	m.u.offerchannel.if_type[0] = 0xd9;
	m.u.offerchannel.chn_flags = VMBUS_OFFER_FLAGS_SUPPORTS_GPADLS;
	m.u.offerchannel.child_relid = 7;
	m.u.offerchannel.monitor_allocated = 1;
	m.u.offerchannel.connection_id = 0x2007;
	n = vmbus_msg_encode(&m, &to_guest, buf, sizeof(buf));
	ck_assert_int_eq(n, 196);
	ck_assert_uint_eq(pv_get_u32(buf), 1);
	ck_assert_uint_eq(pv_get_u32(buf + 184), 7);
	ck_assert_uint_eq(buf[189], 1);
	ck_assert_uint_eq(pv_get_u32(buf + 192), 0x2007);
	ck_assert_int_eq(vmbus_msg_decode(buf, (size_t)n, &to_guest, &d), PV_OK);
	ck_assert_uint_eq(d.u.offerchannel.child_relid, 7);
	ck_assert_uint_eq(d.u.offerchannel.monitor_allocated, 1);
	ck_assert_int_eq(vmbus_msg_encode(&m, &to_guest, buf, 195), -PV_ERR_NOSPACE);
	/* the host must not send what the guest's version does not know */
	m.type = VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE;
	to_guest.version = VMBUS_VERSION_WIN10_V5_2;
	ck_assert_int_eq(vmbus_msg_encode(&m, &to_guest, buf, sizeof(buf)), -PV_ERR_VERSION);
}
END_TEST

static size_t mk(uint8_t *buf, uint32_t type, size_t len)
{
	memset(buf, 0, len);
	pv_put_u32(buf, type);
	return len;
}

START_TEST(variants)
{
	uint8_t buf[VMBUS_MAX_MESSAGE_SIZE];
	struct vmbus_msg m;
	struct pv_codec_ctx c = {0, 0, PV_DIR_TO_HOST};

	mk(buf, VMBUS_MSG_TYPE_INITIATE_CONTACT, 56);
	pv_put_u32(buf + 8, VMBUS_VERSION_COPPER);
	buf[40] = 0xaa;
	ck_assert_int_eq(vmbus_msg_decode(buf, 56, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 0);
	ck_assert_uint_eq(m.u.initiate_contact2.client_id[0], 0xaa);
	ck_assert_uint_eq(m.u.initiate_contact.vmbus_version_requested, VMBUS_VERSION_COPPER);
	ck_assert_int_eq(vmbus_msg_decode(buf, 40, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 1);
	ck_assert_int_eq(vmbus_msg_decode(buf, 48, &c, &m), PV_ERR_LONG);

	/* 5.0+: INITIATE_CONTACT @16 is {u8 sint, u8 vtl, u16, u32 features} */
	mk(buf, VMBUS_MSG_TYPE_INITIATE_CONTACT, 40);
	buf[16] = VMBUS_MESSAGE_SINT;
	pv_put_u32(buf + 20, VMBUS_FEATURE_FLAGS_CLIENT_ID);
	ck_assert_int_eq(vmbus_msg_decode(buf, 40, &c, &m), PV_OK);
	ck_assert_uint_eq(m.u.initiate_contact.msg_sint, 2);
	ck_assert_uint_eq(m.u.initiate_contact.feature_flags, VMBUS_FEATURE_FLAGS_CLIENT_ID);
	ck_assert_uint_eq(m.u.initiate_contact.interrupt_page, 0x800000002ULL);

	c.dir = PV_DIR_TO_GUEST;
	mk(buf, VMBUS_MSG_TYPE_VERSION_RESPONSE, 20);
	buf[8] = 1;
	pv_put_u32(buf + 16, VMBUS_FEATURE_FLAGS_PAUSE_RESUME);
	ck_assert_int_eq(vmbus_msg_decode(buf, 20, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 0);
	ck_assert_uint_eq(m.u.version_response2.supported_features, 0x20);
	ck_assert_int_eq(vmbus_msg_decode(buf, 16, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 1);
	ck_assert_uint_eq(m.u.version_response.version_supported, 1);

	/* TL_CONNECT_REQUEST2 only from 5.2; before, 56 bytes are too long */
	c.dir = PV_DIR_TO_HOST;
	c.version = VMBUS_VERSION_WIN10_V5_2;
	mk(buf, VMBUS_MSG_TYPE_TL_CONNECT_REQUEST, 56);
	ck_assert_int_eq(vmbus_msg_decode(buf, 56, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 0);
	c.version = VMBUS_VERSION_WIN10;
	ck_assert_int_eq(vmbus_msg_decode(buf, 56, &c, &m), PV_ERR_LONG);
	ck_assert_int_eq(vmbus_msg_decode(buf, 40, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 1);

	/* OPENCHANNEL2 needs Copper and one of its features */
	mk(buf, VMBUS_MSG_TYPE_OPENCHANNEL, 156);
	c.version = VMBUS_VERSION_COPPER;
	c.features = VMBUS_FEATURE_GUEST_SPECIFIED_SIGNAL_PARAMETERS;
	pv_put_u32(buf + 148, 0x1234);
	ck_assert_int_eq(vmbus_msg_decode(buf, 156, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 0);
	ck_assert_uint_eq(m.u.openchannel2.connection_id, 0x1234);
	c.features = 0;
	ck_assert_int_eq(vmbus_msg_decode(buf, 156, &c, &m), PV_ERR_LONG);
	ck_assert_int_eq(vmbus_msg_decode(buf, 148, &c, &m), PV_OK);
	ck_assert_uint_eq(m.variant, 1);
}
END_TEST

START_TEST(gpadl_tail)
{
	uint8_t buf[VMBUS_MAX_MESSAGE_SIZE];
	struct vmbus_msg m;
	int i;

	/* one range of 3 pages as Linux sends it: rangecount 1, offset 0 */
	mk(buf, VMBUS_MSG_TYPE_GPADL_HEADER, 20 + 8 + 3 * 8);
	pv_put_u32(buf + 8, 5);
	pv_put_u32(buf + 12, 0xe1e10);
	pv_put_u16(buf + 16, 8 + 3 * 8);
	pv_put_u16(buf + 18, 1);
	pv_put_u32(buf + 20, 3 * 4096);
	for (i = 0; i < 3; i++)
		pv_put_u64(buf + 28 + 8 * i, 0x100 + i);
	ck_assert_int_eq(vmbus_msg_decode(buf, 52, &any_ctx, &m), PV_OK);
	ck_assert_uint_eq(m.u.gpadl_header.data_count, 4);
	ck_assert_uint_eq(m.u.gpadl_header.data[3], 0x102);
	ck_assert_uint_eq(m.u.gpadl_header.gpadl, 0xe1e10);

	/* GPADL_BODY: up to 28 PFNs */
	mk(buf, VMBUS_MSG_TYPE_GPADL_BODY, 16 + 28 * 8);
	ck_assert_int_eq(vmbus_msg_decode(buf, 240, &any_ctx, &m), PV_OK);
	ck_assert_uint_eq(m.u.gpadl_body.pfn_count, 28);
}
END_TEST

/* One test per malformed class, each with its own error. */
START_TEST(malformed)
{
	uint8_t buf[VMBUS_MAX_MESSAGE_SIZE + 8];
	struct vmbus_msg m;
	struct pv_codec_ctx c = {VMBUS_VERSION_WIN10_V5_3, 0, PV_DIR_TO_HOST};

	/* too short / too long */
	mk(buf, VMBUS_MSG_TYPE_OPENCHANNEL, 149);
	ck_assert_int_eq(vmbus_msg_decode(buf, 147, &c, &m), PV_ERR_SHORT);
	ck_assert_int_eq(vmbus_msg_decode(buf, 149, &c, &m), PV_ERR_LONG);
	ck_assert_int_eq(vmbus_msg_decode(buf, 3, &c, &m), PV_ERR_SHORT);
	ck_assert_int_eq(vmbus_msg_decode(buf, 148, &c, &m), PV_OK);
	/* unknown type */
	mk(buf, 30, 16);
	ck_assert_int_eq(vmbus_msg_decode(buf, 16, &c, &m), PV_ERR_UNKNOWN_TYPE);
	mk(buf, 0, 16);
	ck_assert_int_eq(vmbus_msg_decode(buf, 16, &c, &m), PV_ERR_UNKNOWN_TYPE);
	/* wrong direction: a guest cannot send an offer */
	mk(buf, VMBUS_MSG_TYPE_OFFERCHANNEL, 196);
	ck_assert_int_eq(vmbus_msg_decode(buf, 196, &c, &m), PV_ERR_DIRECTION);
	/* flags outside the set */
	c.dir = PV_DIR_TO_GUEST;
	pv_put_u16(buf + 56, 0x0008);
	ck_assert_int_eq(vmbus_msg_decode(buf, 196, &c, &m), PV_ERR_FLAGS);
	pv_put_u16(buf + 56, VMBUS_OFFER_FLAGS_NAMED_PIPE_MODE);
	ck_assert_int_eq(vmbus_msg_decode(buf, 196, &c, &m), PV_OK);
	/* bad enum / out of range */
	mk(buf, VMBUS_MSG_TYPE_VERSION_RESPONSE, 16);
	buf[9] = 3;
	ck_assert_int_eq(vmbus_msg_decode(buf, 16, &c, &m), PV_ERR_ENUM);
	buf[9] = 0;
	buf[8] = 2;
	ck_assert_int_eq(vmbus_msg_decode(buf, 16, &c, &m), PV_ERR_RANGE);
	/* not allowed at the negotiated version */
	c.dir = PV_DIR_TO_HOST;
	c.version = VMBUS_VERSION_WIN10;
	mk(buf, VMBUS_MSG_TYPE_MODIFYCHANNEL, 16);
	ck_assert_int_eq(vmbus_msg_decode(buf, 16, &c, &m), PV_ERR_VERSION);
	c.version = VMBUS_VERSION_WIN10_V4_1;
	ck_assert_int_eq(vmbus_msg_decode(buf, 16, &c, &m), PV_OK);
	/* feature not negotiated (message, then field) */
	c.version = VMBUS_VERSION_COPPER;
	mk(buf, VMBUS_MSG_TYPE_PAUSE, 8);
	ck_assert_int_eq(vmbus_msg_decode(buf, 8, &c, &m), PV_ERR_FEATURE);
	c.features = VMBUS_FEATURE_PAUSE_RESUME;
	ck_assert_int_eq(vmbus_msg_decode(buf, 8, &c, &m), PV_OK);
	c.features = VMBUS_FEATURE_CHANNEL_INTERRUPT_REDIRECTION;
	mk(buf, VMBUS_MSG_TYPE_OPENCHANNEL, 156);
	pv_put_u32(buf + 148, 0x55);
	ck_assert_int_eq(vmbus_msg_decode(buf, 156, &c, &m), PV_ERR_FEATURE);
	/* count overflowing the length: a tail that is not whole PFNs, too many */
	mk(buf, VMBUS_MSG_TYPE_GPADL_HEADER, 36);
	pv_put_u16(buf + 16, 16);
	pv_put_u16(buf + 18, 1);
	ck_assert_int_eq(vmbus_msg_decode(buf, 36, &c, &m), PV_OK);
	ck_assert_int_eq(vmbus_msg_decode(buf, 34, &c, &m), PV_ERR_COUNT);
	pv_put_u16(buf + 16, 8);
	ck_assert_int_eq(vmbus_msg_decode(buf, 36, &c, &m), PV_ERR_RANGE);
	pv_put_u16(buf + 16, 16);
	pv_put_u16(buf + 18, 0);
	ck_assert_int_eq(vmbus_msg_decode(buf, 36, &c, &m), PV_ERR_RANGE);
	mk(buf, VMBUS_MSG_TYPE_GPADL_BODY, 248);
	ck_assert_int_eq(vmbus_msg_decode(buf, 248, &c, &m), PV_ERR_LONG);
	/* the struct decoder on its own, past the table's cap */
	ck_assert_int_eq(vmbus_gpadl_body_decode(buf, 248, &c, &m.u.gpadl_body), PV_ERR_COUNT);
}
END_TEST

START_TEST(format)
{
	uint8_t buf[64];
	char line[512];
	struct vmbus_msg m;

	mk(buf, VMBUS_MSG_TYPE_OPENCHANNEL_RESULT, 20);
	pv_put_u32(buf + 8, 3);
	pv_put_u32(buf + 12, 3);
	ck_assert_int_eq(vmbus_msg_decode(buf, 20, NULL, &m), PV_OK);
	ck_assert_int_gt(vmbus_msg_format(&m, line, sizeof(line)), 0);
	ck_assert_str_eq(line, "OPENCHANNEL_RESULT hdr={ msgtype=OPENCHANNEL_RESULT(6) padding=0 } "
			       "child_relid=3 openid=3 status=0");
	/* truncation is safe and reports the full length */
	ck_assert_int_eq(vmbus_msg_format(&m, line, 8),
			 (int)strlen("OPENCHANNEL_RESULT hdr={ "
				     "msgtype=OPENCHANNEL_RESULT(6) padding=0 } child_relid=3 "
				     "openid=3 status=0"));
	ck_assert_str_eq(line, "OPENCHA");
	ck_assert_str_eq(pv_codec_err_name(PV_ERR_COUNT), "PV_ERR_COUNT");
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(linux_layouts), PV_CASE(table_complete), PV_CASE(roundtrip_all),
		PV_CASE(offer_encode),  PV_CASE(variants),       PV_CASE(gpadl_tail),
		PV_CASE(malformed),     PV_CASE(format),         {0}};

	return pv_check_run("vmbus_codec", cases);
}
