/* DO NOT EDIT: generated from spec/pcisock.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PCISOCK_WIRE_H
#define PV_GENERATED_PCISOCK_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* socket PCI backend */

/* Protocol versions, oldest first. */
#define PCISOCK_VERSION_V1 1	/* 1 */
#define PCISOCK_VERSION_COUNT 1

#define PCISOCK_MAX_MSG 128	/* largest datagram either side sends */
#define PCISOCK_NAME_LEN 32	/* bytes of the function's name in HELLO_REPLY */
#define PCISOCK_BARS 6
#define PCISOCK_MAX_VECTORS 0x800	/* MSI-X vectors at most (the PCI limit) */
#define PCISOCK_ERRNO_MAX 0xfff	/* a status is 0 or minus an errno up to this */

enum pcisock_msg_type {
	PCISOCK_MSG_TYPE_HELLO = 1,
	PCISOCK_MSG_TYPE_BAR_READ = 2,
	PCISOCK_MSG_TYPE_BAR_WRITE = 3,
	PCISOCK_MSG_TYPE_DMA_MAP = 4,
	PCISOCK_MSG_TYPE_DMA_UNMAP = 5,
	PCISOCK_MSG_TYPE_IRQ_SET = 6,
	PCISOCK_MSG_TYPE_BUS_MASTER = 7,
	PCISOCK_MSG_TYPE_RESET = 8,
	PCISOCK_MSG_TYPE_STATS = 9,
	PCISOCK_MSG_TYPE_HELLO_REPLY = 129,
	PCISOCK_MSG_TYPE_READ_REPLY = 130,
	PCISOCK_MSG_TYPE_STATUS = 131,
	PCISOCK_MSG_TYPE_STATS_REPLY = 137,
};

enum pcisock_width {
	PCISOCK_WIDTH_W32 = 4,
	PCISOCK_WIDTH_W64 = 8,
};

#define PCISOCK_IRQ_FLAGS_CONNECT 1
#define PCISOCK_IRQ_FLAGS_MASK 1

struct pcisock_wire_hdr {
	uint32_t type;	/* @0 */
	uint32_t seq;	/* @4 the driver's request number; a reply carries its request's */
} __attribute__((packed));
#define PCISOCK_HDR_SIZE 8
_Static_assert(sizeof(struct pcisock_wire_hdr) == 8, "hdr size");
_Static_assert(offsetof(struct pcisock_wire_hdr, type) == 0, "hdr.type");
_Static_assert(offsetof(struct pcisock_wire_hdr, seq) == 4, "hdr.seq");

struct pcisock_wire_hello {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint32_t version;	/* @8 */
	uint32_t reserved;	/* @12 */
} __attribute__((packed));
#define PCISOCK_HELLO_SIZE 16
_Static_assert(sizeof(struct pcisock_wire_hello) == 16, "hello size");
_Static_assert(offsetof(struct pcisock_wire_hello, hdr) == 0, "hello.hdr");
_Static_assert(offsetof(struct pcisock_wire_hello, version) == 8, "hello.version");
_Static_assert(offsetof(struct pcisock_wire_hello, reserved) == 12, "hello.reserved");

/* the function as configuration space shows it */
struct pcisock_wire_hello_reply {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint32_t version;	/* @8 */
	uint32_t pid;	/* @12 the device process (the driver reaps it if it is its child) */
	uint16_t vendor;	/* @16 */
	uint16_t device;	/* @18 */
	uint32_t class_code;	/* @20 */
	uint32_t msix_vectors;	/* @24 */
	uint32_t reserved;	/* @28 */
	uint64_t bar_size[6];	/* @32 0: absent; else a power of two of at least 4 KiB */
	uint8_t name[32];	/* @80 for logs, NUL-padded */
} __attribute__((packed));
#define PCISOCK_HELLO_REPLY_SIZE 112
_Static_assert(sizeof(struct pcisock_wire_hello_reply) == 112, "hello_reply size");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, hdr) == 0, "hello_reply.hdr");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, version) == 8, "hello_reply.version");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, pid) == 12, "hello_reply.pid");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, vendor) == 16, "hello_reply.vendor");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, device) == 18, "hello_reply.device");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, class_code) == 20, "hello_reply.class_code");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, msix_vectors) == 24, "hello_reply.msix_vectors");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, reserved) == 28, "hello_reply.reserved");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, bar_size) == 32, "hello_reply.bar_size");
_Static_assert(offsetof(struct pcisock_wire_hello_reply, name) == 80, "hello_reply.name");

struct pcisock_wire_bar_read {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint8_t bar;	/* @8 */
	uint8_t width;	/* @9 */
	uint16_t reserved;	/* @10 */
	uint32_t reserved2;	/* @12 */
	uint64_t offset;	/* @16 */
} __attribute__((packed));
#define PCISOCK_BAR_READ_SIZE 24
_Static_assert(sizeof(struct pcisock_wire_bar_read) == 24, "bar_read size");
_Static_assert(offsetof(struct pcisock_wire_bar_read, hdr) == 0, "bar_read.hdr");
_Static_assert(offsetof(struct pcisock_wire_bar_read, bar) == 8, "bar_read.bar");
_Static_assert(offsetof(struct pcisock_wire_bar_read, width) == 9, "bar_read.width");
_Static_assert(offsetof(struct pcisock_wire_bar_read, reserved) == 10, "bar_read.reserved");
_Static_assert(offsetof(struct pcisock_wire_bar_read, reserved2) == 12, "bar_read.reserved2");
_Static_assert(offsetof(struct pcisock_wire_bar_read, offset) == 16, "bar_read.offset");

struct pcisock_wire_read_reply {
	struct pcisock_wire_hdr hdr;	/* @0 */
	int32_t status;	/* @8 */
	uint32_t reserved;	/* @12 */
	uint64_t value;	/* @16 a 4-byte read's value in the low half, the high half zero */
} __attribute__((packed));
#define PCISOCK_READ_REPLY_SIZE 24
_Static_assert(sizeof(struct pcisock_wire_read_reply) == 24, "read_reply size");
_Static_assert(offsetof(struct pcisock_wire_read_reply, hdr) == 0, "read_reply.hdr");
_Static_assert(offsetof(struct pcisock_wire_read_reply, status) == 8, "read_reply.status");
_Static_assert(offsetof(struct pcisock_wire_read_reply, reserved) == 12, "read_reply.reserved");
_Static_assert(offsetof(struct pcisock_wire_read_reply, value) == 16, "read_reply.value");

struct pcisock_wire_bar_write {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint8_t bar;	/* @8 */
	uint8_t width;	/* @9 */
	uint16_t reserved;	/* @10 */
	uint32_t reserved2;	/* @12 */
	uint64_t offset;	/* @16 */
	uint64_t value;	/* @24 */
} __attribute__((packed));
#define PCISOCK_BAR_WRITE_SIZE 32
_Static_assert(sizeof(struct pcisock_wire_bar_write) == 32, "bar_write size");
_Static_assert(offsetof(struct pcisock_wire_bar_write, hdr) == 0, "bar_write.hdr");
_Static_assert(offsetof(struct pcisock_wire_bar_write, bar) == 8, "bar_write.bar");
_Static_assert(offsetof(struct pcisock_wire_bar_write, width) == 9, "bar_write.width");
_Static_assert(offsetof(struct pcisock_wire_bar_write, reserved) == 10, "bar_write.reserved");
_Static_assert(offsetof(struct pcisock_wire_bar_write, reserved2) == 12, "bar_write.reserved2");
_Static_assert(offsetof(struct pcisock_wire_bar_write, offset) == 16, "bar_write.offset");
_Static_assert(offsetof(struct pcisock_wire_bar_write, value) == 24, "bar_write.value");

/* with one descriptor (a memfd): its bytes [fd_offset, fd_offset + len) at [iova, iova + len) */
struct pcisock_wire_dma_map {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint64_t iova;	/* @8 */
	uint64_t len;	/* @16 */
	uint64_t fd_offset;	/* @24 */
} __attribute__((packed));
#define PCISOCK_DMA_MAP_SIZE 32
_Static_assert(sizeof(struct pcisock_wire_dma_map) == 32, "dma_map size");
_Static_assert(offsetof(struct pcisock_wire_dma_map, hdr) == 0, "dma_map.hdr");
_Static_assert(offsetof(struct pcisock_wire_dma_map, iova) == 8, "dma_map.iova");
_Static_assert(offsetof(struct pcisock_wire_dma_map, len) == 16, "dma_map.len");
_Static_assert(offsetof(struct pcisock_wire_dma_map, fd_offset) == 24, "dma_map.fd_offset");

struct pcisock_wire_dma_unmap {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint64_t iova;	/* @8 */
	uint64_t len;	/* @16 */
} __attribute__((packed));
#define PCISOCK_DMA_UNMAP_SIZE 24
_Static_assert(sizeof(struct pcisock_wire_dma_unmap) == 24, "dma_unmap size");
_Static_assert(offsetof(struct pcisock_wire_dma_unmap, hdr) == 0, "dma_unmap.hdr");
_Static_assert(offsetof(struct pcisock_wire_dma_unmap, iova) == 8, "dma_unmap.iova");
_Static_assert(offsetof(struct pcisock_wire_dma_unmap, len) == 16, "dma_unmap.len");

/* with one descriptor (an eventfd) when flags has CONNECT */
struct pcisock_wire_irq_set {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint32_t vector;	/* @8 */
	uint32_t flags;	/* @12 */
} __attribute__((packed));
#define PCISOCK_IRQ_SET_SIZE 16
_Static_assert(sizeof(struct pcisock_wire_irq_set) == 16, "irq_set size");
_Static_assert(offsetof(struct pcisock_wire_irq_set, hdr) == 0, "irq_set.hdr");
_Static_assert(offsetof(struct pcisock_wire_irq_set, vector) == 8, "irq_set.vector");
_Static_assert(offsetof(struct pcisock_wire_irq_set, flags) == 12, "irq_set.flags");

struct pcisock_wire_bus_master {
	struct pcisock_wire_hdr hdr;	/* @0 */
	uint32_t enable;	/* @8 */
	uint32_t reserved;	/* @12 */
} __attribute__((packed));
#define PCISOCK_BUS_MASTER_SIZE 16
_Static_assert(sizeof(struct pcisock_wire_bus_master) == 16, "bus_master size");
_Static_assert(offsetof(struct pcisock_wire_bus_master, hdr) == 0, "bus_master.hdr");
_Static_assert(offsetof(struct pcisock_wire_bus_master, enable) == 8, "bus_master.enable");
_Static_assert(offsetof(struct pcisock_wire_bus_master, reserved) == 12, "bus_master.reserved");

/* RESET and STATS: the header only */
struct pcisock_wire_bare {
	struct pcisock_wire_hdr hdr;	/* @0 */
} __attribute__((packed));
#define PCISOCK_BARE_SIZE 8
_Static_assert(sizeof(struct pcisock_wire_bare) == 8, "bare size");
_Static_assert(offsetof(struct pcisock_wire_bare, hdr) == 0, "bare.hdr");

struct pcisock_wire_status {
	struct pcisock_wire_hdr hdr;	/* @0 */
	int32_t status;	/* @8 */
	uint32_t reserved;	/* @12 */
} __attribute__((packed));
#define PCISOCK_STATUS_SIZE 16
_Static_assert(sizeof(struct pcisock_wire_status) == 16, "status size");
_Static_assert(offsetof(struct pcisock_wire_status, hdr) == 0, "status.hdr");
_Static_assert(offsetof(struct pcisock_wire_status, status) == 8, "status.status");
_Static_assert(offsetof(struct pcisock_wire_status, reserved) == 12, "status.reserved");

/* The device process's counters since it started: the emulator's (controller enables and resets, admin and I/O commands fetched, completions posted) and the bus's (DMA refused by the map table, vectors written to an eventfd, vectors raised with none routed), and the mappings and requests it holds. */
struct pcisock_wire_stats_reply {
	struct pcisock_wire_hdr hdr;	/* @0 */
	int32_t status;	/* @8 */
	uint32_t maps;	/* @12 DMA mappings held */
	uint64_t enables;	/* @16 CC.EN 0 -> 1 accepted */
	uint64_t resets;	/* @24 controller resets (CC.EN 1 -> 0, function level reset) */
	uint64_t admin_commands;	/* @32 */
	uint64_t io_commands;	/* @40 */
	uint64_t completions;	/* @48 */
	uint64_t dma_faults;	/* @56 */
	uint64_t irqs;	/* @64 */
	uint64_t irqs_dropped;	/* @72 */
	uint64_t requests;	/* @80 requests the device process took, this one included */
	uint64_t bad_requests;	/* @88 requests it refused as malformed */
} __attribute__((packed));
#define PCISOCK_STATS_REPLY_SIZE 96
_Static_assert(sizeof(struct pcisock_wire_stats_reply) == 96, "stats_reply size");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, hdr) == 0, "stats_reply.hdr");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, status) == 8, "stats_reply.status");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, maps) == 12, "stats_reply.maps");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, enables) == 16, "stats_reply.enables");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, resets) == 24, "stats_reply.resets");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, admin_commands) == 32, "stats_reply.admin_commands");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, io_commands) == 40, "stats_reply.io_commands");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, completions) == 48, "stats_reply.completions");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, dma_faults) == 56, "stats_reply.dma_faults");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, irqs) == 64, "stats_reply.irqs");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, irqs_dropped) == 72, "stats_reply.irqs_dropped");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, requests) == 80, "stats_reply.requests");
_Static_assert(offsetof(struct pcisock_wire_stats_reply, bad_requests) == 88, "stats_reply.bad_requests");

#endif /* PV_GENERATED_PCISOCK_WIRE_H */
