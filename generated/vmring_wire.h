/* DO NOT EDIT: generated from spec/vmring.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_VMRING_WIRE_H
#define PV_GENERATED_VMRING_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* VMBus ring buffer packets */

#define VMRING_PAGE_SIZE 0x1000
#define VMRING_TRAILER_SIZE 8
#define VMRING_RQST_ID_INIT UINT64_C(0xfffffffffffffffd)	/* U64_MAX - 2: VMBUS_RQST_INIT / netvsc no-response id */
#define VMRING_RQST_ID_RESET UINT64_C(0xfffffffffffffffc)	/* U64_MAX - 3: VMBUS_RQST_RESET */

/* enum vmbus_packet_type */
enum vmring_pkt {
	VMRING_PKT_INVALID = 0,
	VMRING_PKT_SYNCH = 1,
	VMRING_PKT_ADD_XFER_PAGESET = 2,
	VMRING_PKT_RM_XFER_PAGESET = 3,
	VMRING_PKT_ESTABLISH_GPADL = 4,
	VMRING_PKT_TEARDOWN_GPADL = 5,
	VMRING_PKT_DATA_INBAND = 6,
	VMRING_PKT_DATA_USING_XFER_PAGES = 7,
	VMRING_PKT_DATA_USING_GPADL = 8,
	VMRING_PKT_DATA_USING_GPA_DIRECT = 9,
	VMRING_PKT_CANCEL_REQUEST = 10,
	VMRING_PKT_COMP = 11,
	VMRING_PKT_DATA_USING_ADDITIONAL_PKT = 12,
	VMRING_PKT_ADDITIONAL_DATA = 13,
};

#define VMRING_PKT_FLAGS_COMPLETION_REQUESTED 1
#define VMRING_PKT_FLAGS_MASK 1

#define VMRING_RING_FEATURES_PENDING_SEND_SZ 1
#define VMRING_RING_FEATURES_MASK 1

/* struct hv_ring_buffer up to the data area (one page) */
struct vmring_wire_control {
	uint32_t write_index;	/* @0 */
	uint32_t read_index;	/* @4 */
	uint32_t interrupt_mask;	/* @8 */
	uint32_t pending_send_sz;	/* @12 */
	uint32_t reserved1[12];	/* @16 */
	uint32_t feature_bits;	/* @64 */
	uint8_t reserved2[4028];	/* @68 */
} __attribute__((packed));
#define VMRING_CONTROL_SIZE 4096
_Static_assert(sizeof(struct vmring_wire_control) == 4096, "control size");
_Static_assert(offsetof(struct vmring_wire_control, write_index) == 0, "control.write_index");
_Static_assert(offsetof(struct vmring_wire_control, read_index) == 4, "control.read_index");
_Static_assert(offsetof(struct vmring_wire_control, interrupt_mask) == 8, "control.interrupt_mask");
_Static_assert(offsetof(struct vmring_wire_control, pending_send_sz) == 12, "control.pending_send_sz");
_Static_assert(offsetof(struct vmring_wire_control, reserved1) == 16, "control.reserved1");
_Static_assert(offsetof(struct vmring_wire_control, feature_bits) == 64, "control.feature_bits");
_Static_assert(offsetof(struct vmring_wire_control, reserved2) == 68, "control.reserved2");

/* struct vmpacket_descriptor */
struct vmring_wire_desc {
	uint16_t type;	/* @0 */
	uint16_t offset8;	/* @2 payload offset in 8-byte units */
	uint16_t len8;	/* @4 packet length in 8-byte units, trailer excluded */
	uint16_t flags;	/* @6 */
	uint64_t trans_id;	/* @8 */
} __attribute__((packed));
#define VMRING_DESC_SIZE 16
_Static_assert(sizeof(struct vmring_wire_desc) == 16, "desc size");
_Static_assert(offsetof(struct vmring_wire_desc, type) == 0, "desc.type");
_Static_assert(offsetof(struct vmring_wire_desc, offset8) == 2, "desc.offset8");
_Static_assert(offsetof(struct vmring_wire_desc, len8) == 4, "desc.len8");
_Static_assert(offsetof(struct vmring_wire_desc, flags) == 6, "desc.flags");
_Static_assert(offsetof(struct vmring_wire_desc, trans_id) == 8, "desc.trans_id");

/* type 6 (DATA_INBAND) and 11 (COMP): descriptor then payload at offset8 * 8 */
struct vmring_wire_inband {
	struct vmring_wire_desc hdr;	/* @0 */
} __attribute__((packed));
#define VMRING_INBAND_SIZE 16
_Static_assert(sizeof(struct vmring_wire_inband) == 16, "inband size");
_Static_assert(offsetof(struct vmring_wire_inband, hdr) == 0, "inband.hdr");

struct vmring_wire_xfer_range {
	uint32_t byte_count;	/* @0 */
	uint32_t byte_offset;	/* @4 */
} __attribute__((packed));
#define VMRING_XFER_RANGE_SIZE 8
_Static_assert(sizeof(struct vmring_wire_xfer_range) == 8, "xfer_range size");
_Static_assert(offsetof(struct vmring_wire_xfer_range, byte_count) == 0, "xfer_range.byte_count");
_Static_assert(offsetof(struct vmring_wire_xfer_range, byte_offset) == 4, "xfer_range.byte_offset");

/* type 7 (DATA_USING_XFER_PAGES): struct vmtransfer_page_packet_header */
struct vmring_wire_xfer_pages {
	struct vmring_wire_desc hdr;	/* @0 */
	uint16_t xfer_pageset_id;	/* @16 */
	uint8_t sender_owns_set;	/* @18 */
	uint8_t reserved;	/* @19 */
	uint32_t range_cnt;	/* @20 */
	struct vmring_wire_xfer_range ranges[];
} __attribute__((packed));
#define VMRING_XFER_PAGES_SIZE 24
#define VMRING_XFER_PAGES_RANGES_OFFSET 24
#define VMRING_XFER_PAGES_RANGES_MAX 1024
_Static_assert(sizeof(struct vmring_wire_xfer_pages) == 24, "xfer_pages size");
_Static_assert(offsetof(struct vmring_wire_xfer_pages, hdr) == 0, "xfer_pages.hdr");
_Static_assert(offsetof(struct vmring_wire_xfer_pages, xfer_pageset_id) == 16, "xfer_pages.xfer_pageset_id");
_Static_assert(offsetof(struct vmring_wire_xfer_pages, sender_owns_set) == 18, "xfer_pages.sender_owns_set");
_Static_assert(offsetof(struct vmring_wire_xfer_pages, reserved) == 19, "xfer_pages.reserved");
_Static_assert(offsetof(struct vmring_wire_xfer_pages, range_cnt) == 20, "xfer_pages.range_cnt");

/* struct gpa_range: pfn count = ceil((byte_offset + byte_count) / 4096) */
struct vmring_wire_gpa_range {
	uint32_t byte_count;	/* @0 */
	uint32_t byte_offset;	/* @4 */
	uint64_t pfn[];
} __attribute__((packed));
#define VMRING_GPA_RANGE_SIZE 8
#define VMRING_GPA_RANGE_PFN_OFFSET 8
#define VMRING_GPA_RANGE_PFN_MAX 1024
_Static_assert(sizeof(struct vmring_wire_gpa_range) == 8, "gpa_range size");
_Static_assert(offsetof(struct vmring_wire_gpa_range, byte_count) == 0, "gpa_range.byte_count");
_Static_assert(offsetof(struct vmring_wire_gpa_range, byte_offset) == 4, "gpa_range.byte_offset");

/* type 9 (DATA_USING_GPA_DIRECT): struct vmdata_gpa_direct, then range_cnt gpa_ranges */
struct vmring_wire_gpa_direct {
	struct vmring_wire_desc hdr;	/* @0 */
	uint32_t reserved;	/* @16 */
	uint32_t range_cnt;	/* @20 */
} __attribute__((packed));
#define VMRING_GPA_DIRECT_SIZE 24
#define VMRING_GPA_DIRECT_RANGES_OFFSET 24
#define VMRING_GPA_DIRECT_RANGES_MAX 64
#define VMRING_GPA_DIRECT_RANGES_MAX_PFNS 1024
_Static_assert(sizeof(struct vmring_wire_gpa_direct) == 24, "gpa_direct size");
_Static_assert(offsetof(struct vmring_wire_gpa_direct, hdr) == 0, "gpa_direct.hdr");
_Static_assert(offsetof(struct vmring_wire_gpa_direct, reserved) == 16, "gpa_direct.reserved");
_Static_assert(offsetof(struct vmring_wire_gpa_direct, range_cnt) == 20, "gpa_direct.range_cnt");

#endif /* PV_GENERATED_VMRING_WIRE_H */
