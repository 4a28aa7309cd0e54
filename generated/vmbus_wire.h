/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_VMBUS_WIRE_H
#define PV_GENERATED_VMBUS_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* VMBus channel management */

/* Protocol versions, oldest first. */
#define VMBUS_VERSION_WS2008 13	/* 0.13 */
#define VMBUS_VERSION_WIN7 0x10001	/* 1.1 */
#define VMBUS_VERSION_WIN8 0x20004	/* 2.4 */
#define VMBUS_VERSION_WIN8_1 0x30000	/* 3.0 */
#define VMBUS_VERSION_WIN10 0x40000	/* 4.0 */
#define VMBUS_VERSION_WIN10_V4_1 0x40001	/* 4.1 */
#define VMBUS_VERSION_WIN10_V5 0x50000	/* 5.0 */
#define VMBUS_VERSION_WIN10_V5_1 0x50001	/* 5.1 */
#define VMBUS_VERSION_WIN10_V5_2 0x50002	/* 5.2 */
#define VMBUS_VERSION_WIN10_V5_3 0x50003	/* 5.3 */
#define VMBUS_VERSION_COPPER 0x60000	/* 6.0 */
#define VMBUS_VERSION_COUNT 11

/* Feature bits (struct pv_codec_ctx.features). */
#define VMBUS_FEATURE_GUEST_SPECIFIED_SIGNAL_PARAMETERS (UINT64_C(1) << 0)
#define VMBUS_FEATURE_CHANNEL_INTERRUPT_REDIRECTION (UINT64_C(1) << 1)
#define VMBUS_FEATURE_MODIFY_CONNECTION (UINT64_C(1) << 2)
#define VMBUS_FEATURE_CLIENT_ID (UINT64_C(1) << 3)
#define VMBUS_FEATURE_CONFIDENTIAL_CHANNELS (UINT64_C(1) << 4)
#define VMBUS_FEATURE_PAUSE_RESUME (UINT64_C(1) << 5)

#define VMBUS_MESSAGE_CONNECTION_ID 1	/* INITIATE_CONTACT connection id below 5.0 */
#define VMBUS_EVENT_CONNECTION_ID 2
#define VMBUS_MONITOR_CONNECTION_ID 3
#define VMBUS_MESSAGE_CONNECTION_ID_4 4	/* INITIATE_CONTACT connection id from 5.0 */
#define VMBUS_MESSAGE_SINT 2	/* SINT the guest takes VMBus messages and events on */
#define VMBUS_MESSAGE_REDIRECT_CONNECTION_ID 0x800074	/* OpenVMM's msg_conn_id for 5.x */
#define VMBUS_MAX_MESSAGE_SIZE 240	/* SynIC message payload */
#define VMBUS_GPADL_HEADER_MAX_PFNS 26	/* PFNs after the one range header in GPADL_HEADER */
#define VMBUS_GPADL_BODY_MAX_PFNS 28
#define VMBUS_VP_INDEX_DISABLE_INTERRUPT 0xffffffffU	/* target_vp meaning no interrupt */
#define VMBUS_SYNIC_MSG_TYPE 1	/* SynIC message type of VMBus channel messages (Linux: HVMSG_NORMAL... uses 1) */
#define VMBUS_STATUS_UNSUCCESSFUL 0xc0000001U	/* NTSTATUS failure in OPENCHANNEL_RESULT and GPADL_CREATED; Linux only compares with 0 */
#define VMBUS_EVENT_FLAGS 0x800	/* event flags in a SIEF slot (one per relid) */
#define VMBUS_MAX_RELID 0x7ff	/* highest relid: one event flag each; relid 0 is not used */

/* enum vmbus_channel_message_type */
enum vmbus_msg_type {
	VMBUS_MSG_TYPE_INVALID = 0,
	VMBUS_MSG_TYPE_OFFERCHANNEL = 1,
	VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER = 2,
	VMBUS_MSG_TYPE_REQUESTOFFERS = 3,
	VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED = 4,
	VMBUS_MSG_TYPE_OPENCHANNEL = 5,
	VMBUS_MSG_TYPE_OPENCHANNEL_RESULT = 6,
	VMBUS_MSG_TYPE_CLOSECHANNEL = 7,
	VMBUS_MSG_TYPE_GPADL_HEADER = 8,
	VMBUS_MSG_TYPE_GPADL_BODY = 9,
	VMBUS_MSG_TYPE_GPADL_CREATED = 10,
	VMBUS_MSG_TYPE_GPADL_TEARDOWN = 11,
	VMBUS_MSG_TYPE_GPADL_TORNDOWN = 12,
	VMBUS_MSG_TYPE_RELID_RELEASED = 13,
	VMBUS_MSG_TYPE_INITIATE_CONTACT = 14,
	VMBUS_MSG_TYPE_VERSION_RESPONSE = 15,
	VMBUS_MSG_TYPE_UNLOAD = 16,
	VMBUS_MSG_TYPE_UNLOAD_RESPONSE = 17,
	VMBUS_MSG_TYPE_OPEN_RESERVED_CHANNEL = 18,
	VMBUS_MSG_TYPE_CLOSE_RESERVED_CHANNEL = 19,
	VMBUS_MSG_TYPE_CLOSE_RESERVED_RESPONSE = 20,
	VMBUS_MSG_TYPE_TL_CONNECT_REQUEST = 21,
	VMBUS_MSG_TYPE_MODIFYCHANNEL = 22,
	VMBUS_MSG_TYPE_TL_CONNECT_RESULT = 23,
	VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE = 24,
	VMBUS_MSG_TYPE_MODIFY_CONNECTION = 25,
	VMBUS_MSG_TYPE_MODIFY_CONNECTION_RESPONSE = 26,
	VMBUS_MSG_TYPE_PAUSE = 27,
	VMBUS_MSG_TYPE_PAUSE_RESPONSE = 28,
	VMBUS_MSG_TYPE_RESUME = 29,
};

enum vmbus_connection_state {
	VMBUS_CONNECTION_STATE_SUCCESSFUL = 0,
	VMBUS_CONNECTION_STATE_FAILED_LOW_RESOURCES = 1,
	VMBUS_CONNECTION_STATE_FAILED_UNKNOWN_FAILURE = 2,
};

/* OFFERCHANNEL chn_flags (VMBUS_CHANNEL_* in Linux) */
#define VMBUS_OFFER_FLAGS_ENUMERATE_DEVICE_INTERFACE 1
#define VMBUS_OFFER_FLAGS_SUPPORTS_TRANSFER_PAGES 2
#define VMBUS_OFFER_FLAGS_SUPPORTS_GPADLS 4
#define VMBUS_OFFER_FLAGS_NAMED_PIPE_MODE 16
#define VMBUS_OFFER_FLAGS_LOOPBACK_OFFER 0x100
#define VMBUS_OFFER_FLAGS_PARENT_OFFER 0x200
#define VMBUS_OFFER_FLAGS_REQUEST_MONITORED_NOTIFICATION 0x400
#define VMBUS_OFFER_FLAGS_TLNPI_PROVIDER_OFFER 0x2000
#define VMBUS_OFFER_FLAGS_MASK 0x2717

/* Copper feature bits as carried in messages (same bits as the features) */
#define VMBUS_FEATURE_FLAGS_GUEST_SPECIFIED_SIGNAL_PARAMETERS 1
#define VMBUS_FEATURE_FLAGS_CHANNEL_INTERRUPT_REDIRECTION 2
#define VMBUS_FEATURE_FLAGS_MODIFY_CONNECTION 4
#define VMBUS_FEATURE_FLAGS_CLIENT_ID 8
#define VMBUS_FEATURE_FLAGS_CONFIDENTIAL_CHANNELS 16
#define VMBUS_FEATURE_FLAGS_PAUSE_RESUME 32
#define VMBUS_FEATURE_FLAGS_MASK 63

#define VMBUS_OPEN_FLAGS_REDIRECT_INTERRUPT 1
#define VMBUS_OPEN_FLAGS_MASK 1

struct vmbus_wire_msg_header {
	uint32_t msgtype;	/* @0 */
	uint32_t padding;	/* @4 */
} __attribute__((packed));
#define VMBUS_MSG_HEADER_SIZE 8
_Static_assert(sizeof(struct vmbus_wire_msg_header) == 8, "msg_header size");
_Static_assert(offsetof(struct vmbus_wire_msg_header, msgtype) == 0, "msg_header.msgtype");
_Static_assert(offsetof(struct vmbus_wire_msg_header, padding) == 4, "msg_header.padding");

/* struct vmbus_channel_offer_channel (the offer proper is @8..@183) */
struct vmbus_wire_offerchannel {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint8_t if_type[16];	/* @8 device class */
	uint8_t if_instance[16];	/* @24 */
	uint64_t reserved1;	/* @40 */
	uint64_t reserved2;	/* @48 */
	uint16_t chn_flags;	/* @56 */
	uint16_t mmio_megabytes;	/* @58 */
	uint8_t user_def[120];	/* @60 device-specific (pipe mode: u32 pipe_mode first) */
	uint16_t sub_channel_index;	/* @180 */
	uint16_t mmio_megabytes_optional;	/* @182 */
	uint32_t child_relid;	/* @184 */
	uint8_t monitorid;	/* @188 */
	uint8_t monitor_allocated_byte;	/* @189 */
	uint16_t dedicated_interrupt_word;	/* @190 */
	uint32_t connection_id;	/* @192 the guest signals this with HvSignalEvent */
} __attribute__((packed));
#define VMBUS_OFFERCHANNEL_SIZE 196
#define VMBUS_OFFERCHANNEL_MONITOR_ALLOCATED_SHIFT 0
#define VMBUS_OFFERCHANNEL_MONITOR_ALLOCATED_MASK 1
#define VMBUS_OFFERCHANNEL_IS_DEDICATED_INTERRUPT_SHIFT 0
#define VMBUS_OFFERCHANNEL_IS_DEDICATED_INTERRUPT_MASK 1
_Static_assert(sizeof(struct vmbus_wire_offerchannel) == 196, "offerchannel size");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, hdr) == 0, "offerchannel.hdr");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, if_type) == 8, "offerchannel.if_type");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, if_instance) == 24, "offerchannel.if_instance");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, reserved1) == 40, "offerchannel.reserved1");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, reserved2) == 48, "offerchannel.reserved2");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, chn_flags) == 56, "offerchannel.chn_flags");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, mmio_megabytes) == 58, "offerchannel.mmio_megabytes");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, user_def) == 60, "offerchannel.user_def");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, sub_channel_index) == 180, "offerchannel.sub_channel_index");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, mmio_megabytes_optional) == 182, "offerchannel.mmio_megabytes_optional");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, child_relid) == 184, "offerchannel.child_relid");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, monitorid) == 188, "offerchannel.monitorid");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, monitor_allocated_byte) == 189, "offerchannel.monitor_allocated_byte");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, dedicated_interrupt_word) == 190, "offerchannel.dedicated_interrupt_word");
_Static_assert(offsetof(struct vmbus_wire_offerchannel, connection_id) == 192, "offerchannel.connection_id");

struct vmbus_wire_rescind_channeloffer {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
} __attribute__((packed));
#define VMBUS_RESCIND_CHANNELOFFER_SIZE 12
_Static_assert(sizeof(struct vmbus_wire_rescind_channeloffer) == 12, "rescind_channeloffer size");
_Static_assert(offsetof(struct vmbus_wire_rescind_channeloffer, hdr) == 0, "rescind_channeloffer.hdr");
_Static_assert(offsetof(struct vmbus_wire_rescind_channeloffer, child_relid) == 8, "rescind_channeloffer.child_relid");

/* REQUESTOFFERS, ALLOFFERS_DELIVERED, UNLOAD, UNLOAD_RESPONSE, PAUSE, PAUSE_RESPONSE, RESUME */
struct vmbus_wire_header_only {
	struct vmbus_wire_msg_header hdr;	/* @0 */
} __attribute__((packed));
#define VMBUS_HEADER_ONLY_SIZE 8
_Static_assert(sizeof(struct vmbus_wire_header_only) == 8, "header_only size");
_Static_assert(offsetof(struct vmbus_wire_header_only, hdr) == 0, "header_only.hdr");

struct vmbus_wire_openchannel {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t openid;	/* @12 echoed in OPENCHANNEL_RESULT; Linux sends the relid */
	uint32_t ringbuffer_gpadlhandle;	/* @16 */
	uint32_t target_vp;	/* @20 */
	uint32_t downstream_ringbuffer_pageoffset;	/* @24 host->guest ring start, in pages */
	uint8_t userdata[120];	/* @28 */
} __attribute__((packed));
#define VMBUS_OPENCHANNEL_SIZE 148
_Static_assert(sizeof(struct vmbus_wire_openchannel) == 148, "openchannel size");
_Static_assert(offsetof(struct vmbus_wire_openchannel, hdr) == 0, "openchannel.hdr");
_Static_assert(offsetof(struct vmbus_wire_openchannel, child_relid) == 8, "openchannel.child_relid");
_Static_assert(offsetof(struct vmbus_wire_openchannel, openid) == 12, "openchannel.openid");
_Static_assert(offsetof(struct vmbus_wire_openchannel, ringbuffer_gpadlhandle) == 16, "openchannel.ringbuffer_gpadlhandle");
_Static_assert(offsetof(struct vmbus_wire_openchannel, target_vp) == 20, "openchannel.target_vp");
_Static_assert(offsetof(struct vmbus_wire_openchannel, downstream_ringbuffer_pageoffset) == 24, "openchannel.downstream_ringbuffer_pageoffset");
_Static_assert(offsetof(struct vmbus_wire_openchannel, userdata) == 28, "openchannel.userdata");

/* Copper OPENCHANNEL with guest-chosen signal parameters */
struct vmbus_wire_openchannel2 {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t openid;	/* @12 */
	uint32_t ringbuffer_gpadlhandle;	/* @16 */
	uint32_t target_vp;	/* @20 */
	uint32_t downstream_ringbuffer_pageoffset;	/* @24 */
	uint8_t userdata[120];	/* @28 */
	uint32_t connection_id;	/* @148 */
	uint16_t event_flag;	/* @152 */
	uint16_t open_flags;	/* @154 */
} __attribute__((packed));
#define VMBUS_OPENCHANNEL2_SIZE 156
_Static_assert(sizeof(struct vmbus_wire_openchannel2) == 156, "openchannel2 size");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, hdr) == 0, "openchannel2.hdr");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, child_relid) == 8, "openchannel2.child_relid");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, openid) == 12, "openchannel2.openid");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, ringbuffer_gpadlhandle) == 16, "openchannel2.ringbuffer_gpadlhandle");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, target_vp) == 20, "openchannel2.target_vp");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, downstream_ringbuffer_pageoffset) == 24, "openchannel2.downstream_ringbuffer_pageoffset");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, userdata) == 28, "openchannel2.userdata");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, connection_id) == 148, "openchannel2.connection_id");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, event_flag) == 152, "openchannel2.event_flag");
_Static_assert(offsetof(struct vmbus_wire_openchannel2, open_flags) == 154, "openchannel2.open_flags");

struct vmbus_wire_openchannel_result {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t openid;	/* @12 */
	uint32_t status;	/* @16 0 = success (NTSTATUS) */
} __attribute__((packed));
#define VMBUS_OPENCHANNEL_RESULT_SIZE 20
_Static_assert(sizeof(struct vmbus_wire_openchannel_result) == 20, "openchannel_result size");
_Static_assert(offsetof(struct vmbus_wire_openchannel_result, hdr) == 0, "openchannel_result.hdr");
_Static_assert(offsetof(struct vmbus_wire_openchannel_result, child_relid) == 8, "openchannel_result.child_relid");
_Static_assert(offsetof(struct vmbus_wire_openchannel_result, openid) == 12, "openchannel_result.openid");
_Static_assert(offsetof(struct vmbus_wire_openchannel_result, status) == 16, "openchannel_result.status");

struct vmbus_wire_closechannel {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
} __attribute__((packed));
#define VMBUS_CLOSECHANNEL_SIZE 12
_Static_assert(sizeof(struct vmbus_wire_closechannel) == 12, "closechannel size");
_Static_assert(offsetof(struct vmbus_wire_closechannel, hdr) == 0, "closechannel.hdr");
_Static_assert(offsetof(struct vmbus_wire_closechannel, child_relid) == 8, "closechannel.child_relid");

/* Starts a GPADL. The tail holds the ranges as u64 words: each range is {u32 byte_count, u32 byte_offset} then ceil((offset+count)/4096) PFNs, continued in GPADL_BODY messages until range_buflen bytes have arrived. */
struct vmbus_wire_gpadl_header {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t gpadl;	/* @12 handle chosen by the guest */
	uint16_t range_buflen;	/* @16 bytes of ranges in all messages */
	uint16_t rangecount;	/* @18 */
	uint64_t data[];
} __attribute__((packed));
#define VMBUS_GPADL_HEADER_SIZE 20
#define VMBUS_GPADL_HEADER_DATA_OFFSET 20
#define VMBUS_GPADL_HEADER_DATA_MAX 27
_Static_assert(sizeof(struct vmbus_wire_gpadl_header) == 20, "gpadl_header size");
_Static_assert(offsetof(struct vmbus_wire_gpadl_header, hdr) == 0, "gpadl_header.hdr");
_Static_assert(offsetof(struct vmbus_wire_gpadl_header, child_relid) == 8, "gpadl_header.child_relid");
_Static_assert(offsetof(struct vmbus_wire_gpadl_header, gpadl) == 12, "gpadl_header.gpadl");
_Static_assert(offsetof(struct vmbus_wire_gpadl_header, range_buflen) == 16, "gpadl_header.range_buflen");
_Static_assert(offsetof(struct vmbus_wire_gpadl_header, rangecount) == 18, "gpadl_header.rangecount");

struct vmbus_wire_gpadl_body {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t msgnumber;	/* @8 */
	uint32_t gpadl;	/* @12 */
	uint64_t pfn[];
} __attribute__((packed));
#define VMBUS_GPADL_BODY_SIZE 16
#define VMBUS_GPADL_BODY_PFN_OFFSET 16
#define VMBUS_GPADL_BODY_PFN_MAX 28
_Static_assert(sizeof(struct vmbus_wire_gpadl_body) == 16, "gpadl_body size");
_Static_assert(offsetof(struct vmbus_wire_gpadl_body, hdr) == 0, "gpadl_body.hdr");
_Static_assert(offsetof(struct vmbus_wire_gpadl_body, msgnumber) == 8, "gpadl_body.msgnumber");
_Static_assert(offsetof(struct vmbus_wire_gpadl_body, gpadl) == 12, "gpadl_body.gpadl");

struct vmbus_wire_gpadl_created {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t gpadl;	/* @12 */
	uint32_t creation_status;	/* @16 0 = success */
} __attribute__((packed));
#define VMBUS_GPADL_CREATED_SIZE 20
_Static_assert(sizeof(struct vmbus_wire_gpadl_created) == 20, "gpadl_created size");
_Static_assert(offsetof(struct vmbus_wire_gpadl_created, hdr) == 0, "gpadl_created.hdr");
_Static_assert(offsetof(struct vmbus_wire_gpadl_created, child_relid) == 8, "gpadl_created.child_relid");
_Static_assert(offsetof(struct vmbus_wire_gpadl_created, gpadl) == 12, "gpadl_created.gpadl");
_Static_assert(offsetof(struct vmbus_wire_gpadl_created, creation_status) == 16, "gpadl_created.creation_status");

struct vmbus_wire_gpadl_teardown {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t gpadl;	/* @12 */
} __attribute__((packed));
#define VMBUS_GPADL_TEARDOWN_SIZE 16
_Static_assert(sizeof(struct vmbus_wire_gpadl_teardown) == 16, "gpadl_teardown size");
_Static_assert(offsetof(struct vmbus_wire_gpadl_teardown, hdr) == 0, "gpadl_teardown.hdr");
_Static_assert(offsetof(struct vmbus_wire_gpadl_teardown, child_relid) == 8, "gpadl_teardown.child_relid");
_Static_assert(offsetof(struct vmbus_wire_gpadl_teardown, gpadl) == 12, "gpadl_teardown.gpadl");

struct vmbus_wire_gpadl_torndown {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t gpadl;	/* @8 */
} __attribute__((packed));
#define VMBUS_GPADL_TORNDOWN_SIZE 12
_Static_assert(sizeof(struct vmbus_wire_gpadl_torndown) == 12, "gpadl_torndown size");
_Static_assert(offsetof(struct vmbus_wire_gpadl_torndown, hdr) == 0, "gpadl_torndown.hdr");
_Static_assert(offsetof(struct vmbus_wire_gpadl_torndown, gpadl) == 8, "gpadl_torndown.gpadl");

struct vmbus_wire_relid_released {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
} __attribute__((packed));
#define VMBUS_RELID_RELEASED_SIZE 12
_Static_assert(sizeof(struct vmbus_wire_relid_released) == 12, "relid_released size");
_Static_assert(offsetof(struct vmbus_wire_relid_released, hdr) == 0, "relid_released.hdr");
_Static_assert(offsetof(struct vmbus_wire_relid_released, child_relid) == 8, "relid_released.child_relid");

struct vmbus_wire_initiate_contact {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t vmbus_version_requested;	/* @8 */
	uint32_t target_vcpu;	/* @12 VP index for host->guest messages */
	uint64_t interrupt_page;	/* @16 below 5.0 Linux puts the GPA of its interrupt page here (OpenVMM uses it only below 2.4); from 5.0 {u8 msg_sint, u8 msg_vtl (read from 5.1), u16, u32 feature_flags (read from 6.0)}. Not gated: the meaning depends on the version being requested, which the handler checks. */
	uint64_t monitor_page1;	/* @24 */
	uint64_t monitor_page2;	/* @32 */
} __attribute__((packed));
#define VMBUS_INITIATE_CONTACT_SIZE 40
#define VMBUS_INITIATE_CONTACT_MSG_SINT_SHIFT 0
#define VMBUS_INITIATE_CONTACT_MSG_SINT_MASK 255
#define VMBUS_INITIATE_CONTACT_MSG_VTL_SHIFT 8
#define VMBUS_INITIATE_CONTACT_MSG_VTL_MASK 0xff00
#define VMBUS_INITIATE_CONTACT_FEATURE_FLAGS_SHIFT 32
#define VMBUS_INITIATE_CONTACT_FEATURE_FLAGS_MASK UINT64_C(0xffffffff00000000)
_Static_assert(sizeof(struct vmbus_wire_initiate_contact) == 40, "initiate_contact size");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact, hdr) == 0, "initiate_contact.hdr");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact, vmbus_version_requested) == 8, "initiate_contact.vmbus_version_requested");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact, target_vcpu) == 12, "initiate_contact.target_vcpu");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact, interrupt_page) == 16, "initiate_contact.interrupt_page");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact, monitor_page1) == 24, "initiate_contact.monitor_page1");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact, monitor_page2) == 32, "initiate_contact.monitor_page2");

/* Copper INITIATE_CONTACT with a client id (told apart by size) */
struct vmbus_wire_initiate_contact2 {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t vmbus_version_requested;	/* @8 */
	uint32_t target_vcpu;	/* @12 */
	uint64_t interrupt_page;	/* @16 */
	uint64_t monitor_page1;	/* @24 */
	uint64_t monitor_page2;	/* @32 */
	uint8_t client_id[16];	/* @40 */
} __attribute__((packed));
#define VMBUS_INITIATE_CONTACT2_SIZE 56
#define VMBUS_INITIATE_CONTACT2_MSG_SINT_SHIFT 0
#define VMBUS_INITIATE_CONTACT2_MSG_SINT_MASK 255
#define VMBUS_INITIATE_CONTACT2_MSG_VTL_SHIFT 8
#define VMBUS_INITIATE_CONTACT2_MSG_VTL_MASK 0xff00
#define VMBUS_INITIATE_CONTACT2_FEATURE_FLAGS_SHIFT 32
#define VMBUS_INITIATE_CONTACT2_FEATURE_FLAGS_MASK UINT64_C(0xffffffff00000000)
_Static_assert(sizeof(struct vmbus_wire_initiate_contact2) == 56, "initiate_contact2 size");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact2, hdr) == 0, "initiate_contact2.hdr");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact2, vmbus_version_requested) == 8, "initiate_contact2.vmbus_version_requested");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact2, target_vcpu) == 12, "initiate_contact2.target_vcpu");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact2, interrupt_page) == 16, "initiate_contact2.interrupt_page");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact2, monitor_page1) == 24, "initiate_contact2.monitor_page1");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact2, monitor_page2) == 32, "initiate_contact2.monitor_page2");
_Static_assert(offsetof(struct vmbus_wire_initiate_contact2, client_id) == 40, "initiate_contact2.client_id");

struct vmbus_wire_version_response {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint8_t version_supported;	/* @8 */
	uint8_t connection_state;	/* @9 */
	uint16_t padding;	/* @10 */
	uint32_t msg_conn_id;	/* @12 from 5.0 the connection id for later guest messages; below 5.0 OpenVMM puts the version here */
} __attribute__((packed));
#define VMBUS_VERSION_RESPONSE_SIZE 16
_Static_assert(sizeof(struct vmbus_wire_version_response) == 16, "version_response size");
_Static_assert(offsetof(struct vmbus_wire_version_response, hdr) == 0, "version_response.hdr");
_Static_assert(offsetof(struct vmbus_wire_version_response, version_supported) == 8, "version_response.version_supported");
_Static_assert(offsetof(struct vmbus_wire_version_response, connection_state) == 9, "version_response.connection_state");
_Static_assert(offsetof(struct vmbus_wire_version_response, padding) == 10, "version_response.padding");
_Static_assert(offsetof(struct vmbus_wire_version_response, msg_conn_id) == 12, "version_response.msg_conn_id");

/* Copper VERSION_RESPONSE with the host's feature flags (told apart by size) */
struct vmbus_wire_version_response2 {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint8_t version_supported;	/* @8 */
	uint8_t connection_state;	/* @9 */
	uint16_t padding;	/* @10 */
	uint32_t msg_conn_id;	/* @12 */
	uint32_t supported_features;	/* @16 */
} __attribute__((packed));
#define VMBUS_VERSION_RESPONSE2_SIZE 20
_Static_assert(sizeof(struct vmbus_wire_version_response2) == 20, "version_response2 size");
_Static_assert(offsetof(struct vmbus_wire_version_response2, hdr) == 0, "version_response2.hdr");
_Static_assert(offsetof(struct vmbus_wire_version_response2, version_supported) == 8, "version_response2.version_supported");
_Static_assert(offsetof(struct vmbus_wire_version_response2, connection_state) == 9, "version_response2.connection_state");
_Static_assert(offsetof(struct vmbus_wire_version_response2, padding) == 10, "version_response2.padding");
_Static_assert(offsetof(struct vmbus_wire_version_response2, msg_conn_id) == 12, "version_response2.msg_conn_id");
_Static_assert(offsetof(struct vmbus_wire_version_response2, supported_features) == 16, "version_response2.supported_features");

struct vmbus_wire_open_reserved_channel {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t target_vp;	/* @12 */
	uint32_t target_sint;	/* @16 */
	uint32_t ringbuffer_gpadl;	/* @20 */
	uint32_t downstream_page_offset;	/* @24 */
} __attribute__((packed));
#define VMBUS_OPEN_RESERVED_CHANNEL_SIZE 28
_Static_assert(sizeof(struct vmbus_wire_open_reserved_channel) == 28, "open_reserved_channel size");
_Static_assert(offsetof(struct vmbus_wire_open_reserved_channel, hdr) == 0, "open_reserved_channel.hdr");
_Static_assert(offsetof(struct vmbus_wire_open_reserved_channel, child_relid) == 8, "open_reserved_channel.child_relid");
_Static_assert(offsetof(struct vmbus_wire_open_reserved_channel, target_vp) == 12, "open_reserved_channel.target_vp");
_Static_assert(offsetof(struct vmbus_wire_open_reserved_channel, target_sint) == 16, "open_reserved_channel.target_sint");
_Static_assert(offsetof(struct vmbus_wire_open_reserved_channel, ringbuffer_gpadl) == 20, "open_reserved_channel.ringbuffer_gpadl");
_Static_assert(offsetof(struct vmbus_wire_open_reserved_channel, downstream_page_offset) == 24, "open_reserved_channel.downstream_page_offset");

struct vmbus_wire_close_reserved_channel {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t target_vp;	/* @12 */
	uint32_t target_sint;	/* @16 */
} __attribute__((packed));
#define VMBUS_CLOSE_RESERVED_CHANNEL_SIZE 20
_Static_assert(sizeof(struct vmbus_wire_close_reserved_channel) == 20, "close_reserved_channel size");
_Static_assert(offsetof(struct vmbus_wire_close_reserved_channel, hdr) == 0, "close_reserved_channel.hdr");
_Static_assert(offsetof(struct vmbus_wire_close_reserved_channel, child_relid) == 8, "close_reserved_channel.child_relid");
_Static_assert(offsetof(struct vmbus_wire_close_reserved_channel, target_vp) == 12, "close_reserved_channel.target_vp");
_Static_assert(offsetof(struct vmbus_wire_close_reserved_channel, target_sint) == 16, "close_reserved_channel.target_sint");

struct vmbus_wire_close_reserved_response {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
} __attribute__((packed));
#define VMBUS_CLOSE_RESERVED_RESPONSE_SIZE 12
_Static_assert(sizeof(struct vmbus_wire_close_reserved_response) == 12, "close_reserved_response size");
_Static_assert(offsetof(struct vmbus_wire_close_reserved_response, hdr) == 0, "close_reserved_response.hdr");
_Static_assert(offsetof(struct vmbus_wire_close_reserved_response, child_relid) == 8, "close_reserved_response.child_relid");

struct vmbus_wire_tl_connect_request {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint8_t guest_endpoint_id[16];	/* @8 */
	uint8_t host_service_id[16];	/* @24 */
} __attribute__((packed));
#define VMBUS_TL_CONNECT_REQUEST_SIZE 40
_Static_assert(sizeof(struct vmbus_wire_tl_connect_request) == 40, "tl_connect_request size");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_request, hdr) == 0, "tl_connect_request.hdr");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_request, guest_endpoint_id) == 8, "tl_connect_request.guest_endpoint_id");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_request, host_service_id) == 24, "tl_connect_request.host_service_id");

/* from 5.2: adds the silo id (told apart by size; old guests send the short form) */
struct vmbus_wire_tl_connect_request2 {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint8_t guest_endpoint_id[16];	/* @8 */
	uint8_t host_service_id[16];	/* @24 */
	uint8_t silo_id[16];	/* @40 */
} __attribute__((packed));
#define VMBUS_TL_CONNECT_REQUEST2_SIZE 56
_Static_assert(sizeof(struct vmbus_wire_tl_connect_request2) == 56, "tl_connect_request2 size");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_request2, hdr) == 0, "tl_connect_request2.hdr");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_request2, guest_endpoint_id) == 8, "tl_connect_request2.guest_endpoint_id");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_request2, host_service_id) == 24, "tl_connect_request2.host_service_id");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_request2, silo_id) == 40, "tl_connect_request2.silo_id");

struct vmbus_wire_modifychannel {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	uint32_t target_vp;	/* @12 */
} __attribute__((packed));
#define VMBUS_MODIFYCHANNEL_SIZE 16
_Static_assert(sizeof(struct vmbus_wire_modifychannel) == 16, "modifychannel size");
_Static_assert(offsetof(struct vmbus_wire_modifychannel, hdr) == 0, "modifychannel.hdr");
_Static_assert(offsetof(struct vmbus_wire_modifychannel, child_relid) == 8, "modifychannel.child_relid");
_Static_assert(offsetof(struct vmbus_wire_modifychannel, target_vp) == 12, "modifychannel.target_vp");

struct vmbus_wire_tl_connect_result {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint8_t guest_endpoint_id[16];	/* @8 */
	uint8_t host_service_id[16];	/* @24 */
	int32_t status;	/* @40 */
} __attribute__((packed));
#define VMBUS_TL_CONNECT_RESULT_SIZE 44
_Static_assert(sizeof(struct vmbus_wire_tl_connect_result) == 44, "tl_connect_result size");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_result, hdr) == 0, "tl_connect_result.hdr");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_result, guest_endpoint_id) == 8, "tl_connect_result.guest_endpoint_id");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_result, host_service_id) == 24, "tl_connect_result.host_service_id");
_Static_assert(offsetof(struct vmbus_wire_tl_connect_result, status) == 40, "tl_connect_result.status");

struct vmbus_wire_modifychannel_response {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint32_t child_relid;	/* @8 */
	int32_t status;	/* @12 */
} __attribute__((packed));
#define VMBUS_MODIFYCHANNEL_RESPONSE_SIZE 16
_Static_assert(sizeof(struct vmbus_wire_modifychannel_response) == 16, "modifychannel_response size");
_Static_assert(offsetof(struct vmbus_wire_modifychannel_response, hdr) == 0, "modifychannel_response.hdr");
_Static_assert(offsetof(struct vmbus_wire_modifychannel_response, child_relid) == 8, "modifychannel_response.child_relid");
_Static_assert(offsetof(struct vmbus_wire_modifychannel_response, status) == 12, "modifychannel_response.status");

struct vmbus_wire_modify_connection {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint64_t parent_to_child_monitor_page_gpa;	/* @8 */
	uint64_t child_to_parent_monitor_page_gpa;	/* @16 */
} __attribute__((packed));
#define VMBUS_MODIFY_CONNECTION_SIZE 24
_Static_assert(sizeof(struct vmbus_wire_modify_connection) == 24, "modify_connection size");
_Static_assert(offsetof(struct vmbus_wire_modify_connection, hdr) == 0, "modify_connection.hdr");
_Static_assert(offsetof(struct vmbus_wire_modify_connection, parent_to_child_monitor_page_gpa) == 8, "modify_connection.parent_to_child_monitor_page_gpa");
_Static_assert(offsetof(struct vmbus_wire_modify_connection, child_to_parent_monitor_page_gpa) == 16, "modify_connection.child_to_parent_monitor_page_gpa");

struct vmbus_wire_modify_connection_response {
	struct vmbus_wire_msg_header hdr;	/* @0 */
	uint8_t connection_state;	/* @8 */
} __attribute__((packed));
#define VMBUS_MODIFY_CONNECTION_RESPONSE_SIZE 9
_Static_assert(sizeof(struct vmbus_wire_modify_connection_response) == 9, "modify_connection_response size");
_Static_assert(offsetof(struct vmbus_wire_modify_connection_response, hdr) == 0, "modify_connection_response.hdr");
_Static_assert(offsetof(struct vmbus_wire_modify_connection_response, connection_state) == 8, "modify_connection_response.connection_state");

#endif /* PV_GENERATED_VMBUS_WIRE_H */
