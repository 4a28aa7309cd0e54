/* DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PVTRACE_WIRE_H
#define PV_GENERATED_PVTRACE_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* paravisor trace record */

/* Protocol versions, oldest first. */
#define PVTRACE_VERSION_V1 1	/* 1 */
#define PVTRACE_VERSION_COUNT 1

#define PVTRACE_LINKTYPE 147	/* LINKTYPE_USER0 / DLT_USER0 */
#define PVTRACE_RECORD_VERSION 1

enum pvtrace_proto {
	PVTRACE_PROTO_VMBUS = 1,
	PVTRACE_PROTO_VMRING = 2,
	PVTRACE_PROTO_STORVSC = 3,
	PVTRACE_PROTO_NVSP = 4,
	PVTRACE_PROTO_RNDIS = 5,
	PVTRACE_PROTO_NVME = 6,
	PVTRACE_PROTO_MANA = 7,
	PVTRACE_PROTO_NVM = 8,
	PVTRACE_PROTO_GDMA = 9,
};

enum pvtrace_dir {
	PVTRACE_DIR_TO_HOST = 1,
	PVTRACE_DIR_TO_GUEST = 2,
	PVTRACE_DIR_TO_DEVICE = 3,
	PVTRACE_DIR_FROM_DEVICE = 4,
};

#define PVTRACE_REC_FLAGS_TRUNCATED 1
#define PVTRACE_REC_FLAGS_DECODE_ERROR 2
#define PVTRACE_REC_FLAGS_REPLAYED 4
#define PVTRACE_REC_FLAGS_MASK 7

struct pvtrace_wire_record {
	uint8_t version;	/* @0 */
	uint8_t proto;	/* @1 */
	uint8_t dir;	/* @2 */
	uint8_t flags;	/* @3 */
	uint32_t channel;	/* @4 relid for vmbus/vmring, queue id for devices */
	uint64_t trans_id;	/* @8 */
	uint32_t payload_len;	/* @16 */
	uint32_t reserved;	/* @20 */
} __attribute__((packed));
#define PVTRACE_RECORD_SIZE 24
_Static_assert(sizeof(struct pvtrace_wire_record) == 24, "record size");
_Static_assert(offsetof(struct pvtrace_wire_record, version) == 0, "record.version");
_Static_assert(offsetof(struct pvtrace_wire_record, proto) == 1, "record.proto");
_Static_assert(offsetof(struct pvtrace_wire_record, dir) == 2, "record.dir");
_Static_assert(offsetof(struct pvtrace_wire_record, flags) == 3, "record.flags");
_Static_assert(offsetof(struct pvtrace_wire_record, channel) == 4, "record.channel");
_Static_assert(offsetof(struct pvtrace_wire_record, trans_id) == 8, "record.trans_id");
_Static_assert(offsetof(struct pvtrace_wire_record, payload_len) == 16, "record.payload_len");
_Static_assert(offsetof(struct pvtrace_wire_record, reserved) == 20, "record.reserved");

#endif /* PV_GENERATED_PVTRACE_WIRE_H */
