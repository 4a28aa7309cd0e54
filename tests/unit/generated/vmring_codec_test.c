/* Generated ring-packet codec: Linux layouts, the three packet shapes the
 * guests use (inband, transfer pages, GPA direct) and malformed packets. */
#include <check.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vmring_codec.h"
#include "tests/unit/pv_check.h"

START_TEST(linux_layouts)
{
	ck_assert_int_eq(VMRING_CONTROL_SIZE, 4096);
	ck_assert_int_eq(offsetof(struct vmring_wire_control, write_index), 0);
	ck_assert_int_eq(offsetof(struct vmring_wire_control, read_index), 4);
	ck_assert_int_eq(offsetof(struct vmring_wire_control, interrupt_mask), 8);
	ck_assert_int_eq(offsetof(struct vmring_wire_control, pending_send_sz), 12);
	ck_assert_int_eq(offsetof(struct vmring_wire_control, feature_bits), 64);
	ck_assert_int_eq(sizeof(struct vmring_wire_desc), 16);
	ck_assert_int_eq(offsetof(struct vmring_wire_desc, offset8), 2);
	ck_assert_int_eq(offsetof(struct vmring_wire_desc, len8), 4);
	ck_assert_int_eq(offsetof(struct vmring_wire_desc, flags), 6);
	ck_assert_int_eq(offsetof(struct vmring_wire_desc, trans_id), 8);
	ck_assert_int_eq(VMRING_XFER_PAGES_SIZE, 24);
	ck_assert_int_eq(offsetof(struct vmring_wire_xfer_pages, xfer_pageset_id), 16);
	ck_assert_int_eq(offsetof(struct vmring_wire_xfer_pages, sender_owns_set), 18);
	ck_assert_int_eq(offsetof(struct vmring_wire_xfer_pages, range_cnt), 20);
	ck_assert_int_eq(VMRING_GPA_DIRECT_SIZE, 24);
	ck_assert_int_eq(offsetof(struct vmring_wire_gpa_direct, range_cnt), 20);
	ck_assert_int_eq(VMRING_GPA_RANGE_SIZE, 8);
	ck_assert_int_eq(VMRING_PKT_DATA_INBAND, 6);
	ck_assert_int_eq(VMRING_PKT_DATA_USING_XFER_PAGES, 7);
	ck_assert_int_eq(VMRING_PKT_DATA_USING_GPA_DIRECT, 9);
	ck_assert_int_eq(VMRING_PKT_COMP, 11);
	ck_assert_int_eq(VMRING_PKT_ADDITIONAL_DATA, 13);
	ck_assert_int_eq(VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 1);
}
END_TEST

static void desc(uint8_t *b, uint16_t type, uint16_t off8, uint16_t len8, uint16_t flags,
		 uint64_t tid)
{
	pv_put_u16(b, type);
	pv_put_u16(b + 2, off8);
	pv_put_u16(b + 4, len8);
	pv_put_u16(b + 6, flags);
	pv_put_u64(b + 8, tid);
}

START_TEST(inband)
{
	uint8_t b[64] = {0}, o[64];
	struct vmring_msg m;

	desc(b, VMRING_PKT_DATA_INBAND, 2, 5, 1, 42);
	ck_assert_int_eq(vmring_msg_decode(b, 40, NULL, &m), PV_OK);
	ck_assert_uint_eq(m.u.data_inband.hdr.trans_id, 42);
	ck_assert_uint_eq(m.u.data_inband.hdr.flags, 1);
	ck_assert_int_eq(vmring_msg_encode(&m, NULL, o, sizeof(o)), 16);
	ck_assert_mem_eq(o, b, 16);
	/* length disagrees with len8 */
	ck_assert_int_eq(vmring_msg_decode(b, 32, NULL, &m), PV_ERR_SHORT);
	ck_assert_int_eq(vmring_msg_decode(b, 48, NULL, &m), PV_ERR_LONG);
	/* offset8 below the descriptor or past the end */
	desc(b, VMRING_PKT_DATA_INBAND, 1, 5, 0, 42);
	ck_assert_int_eq(vmring_msg_decode(b, 40, NULL, &m), PV_ERR_RANGE);
	desc(b, VMRING_PKT_DATA_INBAND, 6, 5, 0, 42);
	ck_assert_int_eq(vmring_msg_decode(b, 40, NULL, &m), PV_ERR_RANGE);
	/* only COMPLETION_REQUESTED is a legal flag */
	desc(b, VMRING_PKT_COMP, 2, 5, 2, 42);
	ck_assert_int_eq(vmring_msg_decode(b, 40, NULL, &m), PV_ERR_FLAGS);
	desc(b, VMRING_PKT_COMP, 2, 5, 0, 42);
	ck_assert_int_eq(vmring_msg_decode(b, 40, NULL, &m), PV_OK);
	ck_assert_uint_eq(m.type, VMRING_PKT_COMP);
	/* types the host does not take */
	desc(b, VMRING_PKT_DATA_USING_GPADL, 2, 5, 0, 42);
	ck_assert_int_eq(vmring_msg_decode(b, 40, NULL, &m), PV_ERR_UNKNOWN_TYPE);
	desc(b, 0x77, 2, 5, 0, 42);
	ck_assert_int_eq(vmring_msg_decode(b, 40, NULL, &m), PV_ERR_UNKNOWN_TYPE);
}
END_TEST

START_TEST(xfer_pages)
{
	uint8_t b[128] = {0}, o[128];
	struct vmring_msg m;

	/* netvsc receive: two RNDIS messages in the receive buffer */
	desc(b, VMRING_PKT_DATA_USING_XFER_PAGES, 5, 7, 1, 9);
	pv_put_u16(b + 16, 0xcafe);
	pv_put_u32(b + 20, 2);
	pv_put_u32(b + 24, 100);
	pv_put_u32(b + 28, 0);
	pv_put_u32(b + 32, 200);
	pv_put_u32(b + 36, 4096);
	ck_assert_int_eq(vmring_msg_decode(b, 56, NULL, &m), PV_OK);
	ck_assert_uint_eq(m.u.data_using_xfer_pages.ranges_count, 2);
	ck_assert_uint_eq(m.u.data_using_xfer_pages.ranges[1].byte_offset, 4096);
	ck_assert_uint_eq(m.u.data_using_xfer_pages.xfer_pageset_id, 0xcafe);
	ck_assert_int_eq(vmring_msg_encode(&m, NULL, o, sizeof(o)), 40);
	ck_assert_mem_eq(o, b, 40);
	/* ranges reaching past the payload offset, or the buffer */
	pv_put_u32(b + 20, 3);
	ck_assert_int_eq(vmring_msg_decode(b, 56, NULL, &m), PV_ERR_COUNT);
	pv_put_u32(b + 20, 0xffffffff);
	ck_assert_int_eq(vmring_msg_decode(b, 56, NULL, &m), PV_ERR_COUNT);
	pv_put_u32(b + 20, 2);
	b[18] = 2;
	ck_assert_int_eq(vmring_msg_decode(b, 56, NULL, &m), PV_ERR_RANGE);
}
END_TEST

START_TEST(gpa_direct)
{
	uint8_t b[128] = {0}, o[128];
	struct vmring_msg m;
	const struct vmring_gpa_direct *g = &m.u.data_using_gpa_direct;

	/* storvsc: one range of 8 KiB at offset 512: three PFNs */
	desc(b, VMRING_PKT_DATA_USING_GPA_DIRECT, 8, 12, 1, 77);
	pv_put_u32(b + 20, 1);
	pv_put_u32(b + 24, 8192);
	pv_put_u32(b + 28, 512);
	pv_put_u64(b + 32, 0x10);
	pv_put_u64(b + 40, 0x11);
	pv_put_u64(b + 48, 0x99);
	ck_assert_int_eq(vmring_msg_decode(b, 96, NULL, &m), PV_OK);
	ck_assert_uint_eq(g->ranges_count, 1);
	ck_assert_uint_eq(g->ranges[0].pfn_count, 3);
	ck_assert_uint_eq(g->ranges_pfn_count, 3);
	ck_assert_uint_eq(g->ranges_pfns[2], 0x99);
	ck_assert_int_eq(vmring_msg_encode(&m, NULL, o, sizeof(o)), 56);
	ck_assert_mem_eq(o, b, 56);
	/* the computed PFN count runs past the header area */
	pv_put_u32(b + 24, 8192 + 2 * 4096);
	ck_assert_int_eq(vmring_msg_decode(b, 96, NULL, &m), PV_ERR_COUNT);
	/* offset inside a page only; empty ranges are refused */
	pv_put_u32(b + 24, 100);
	pv_put_u32(b + 28, 4096);
	ck_assert_int_eq(vmring_msg_decode(b, 96, NULL, &m), PV_ERR_RANGE);
	pv_put_u32(b + 24, 0);
	pv_put_u32(b + 28, 0);
	ck_assert_int_eq(vmring_msg_decode(b, 96, NULL, &m), PV_ERR_RANGE);
	/* a huge range count */
	pv_put_u32(b + 20, 65);
	ck_assert_int_eq(vmring_msg_decode(b, 96, NULL, &m), PV_ERR_COUNT);
	/* a byte count that would overflow 32 bits when added to the offset */
	pv_put_u32(b + 20, 1);
	pv_put_u32(b + 24, 0xffffffff);
	pv_put_u32(b + 28, 4095);
	ck_assert_int_eq(vmring_msg_decode(b, 96, NULL, &m), PV_ERR_COUNT);
}
END_TEST

START_TEST(control)
{
	static uint8_t page[4096];
	static struct vmring_control c;

	pv_put_u32(page, 128);
	pv_put_u32(page + 64, 1);
	ck_assert_int_eq(vmring_control_decode(page, sizeof(page), NULL, &c), PV_OK);
	ck_assert_uint_eq(c.write_index, 128);
	ck_assert_uint_eq(c.feature_bits, VMRING_RING_FEATURES_PENDING_SEND_SZ);
	pv_put_u32(page + 64, 3);
	ck_assert_int_eq(vmring_control_decode(page, sizeof(page), NULL, &c), PV_ERR_FLAGS);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(linux_layouts), PV_CASE(inband),
					      PV_CASE(xfer_pages),    PV_CASE(gpa_direct),
					      PV_CASE(control),       {0}};

	return pv_check_run("vmring_codec", cases);
}
