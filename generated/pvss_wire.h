/* DO NOT EDIT: generated from spec/savestate.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PVSS_WIRE_H
#define PV_GENERATED_PVSS_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* paravisor saved state */

/* Protocol versions, oldest first. */
#define PVSS_VERSION_V1 1	/* 1 */
#define PVSS_VERSION_V2 2	/* 2 */
#define PVSS_VERSION_V3 3	/* 3 */
#define PVSS_VERSION_V4 4	/* 4 */
#define PVSS_VERSION_V5 5	/* 5 */
#define PVSS_VERSION_V6 6	/* 6 */
#define PVSS_VERSION_V7 7	/* 7 */
#define PVSS_VERSION_COUNT 7

#define PVSS_MAGIC 0x53535650	/* "PVSS" as little-endian bytes */
#define PVSS_ALIGN 8	/* records start at multiples of 8 bytes */
#define PVSS_MAX_RECORD 0x100000	/* largest record (format 1: 65536) */
#define PVSS_MAX_STATE 0x10000000	/* largest saved state (256 MiB) */
#define PVSS_CONFIG_CHUNK 0x1000	/* configuration text bytes per CONFIG record */
#define PVSS_CONFIG_MAX 0x100000	/* largest configuration text */
#define PVSS_FD_NONE 0xffffffffU	/* no descriptor */
#define PVSS_MAX_VCPUS 64
#define PVSS_MAX_MSRS 0x200	/* MSRs per vCPU record */
#define PVSS_XSAVE_MAX 0x4000	/* largest XSAVE area (KVM_GET_XSAVE2) */
#define PVSS_KVM_REGS_SIZE 144	/* struct kvm_regs */
#define PVSS_KVM_SREGS_SIZE 0x138	/* struct kvm_sregs */
#define PVSS_KVM_LAPIC_SIZE 0x400	/* struct kvm_lapic_state */
#define PVSS_KVM_XCRS_SIZE 0x188	/* struct kvm_xcrs */
#define PVSS_KVM_EVENTS_SIZE 64	/* struct kvm_vcpu_events */
#define PVSS_KVM_DEBUGREGS_SIZE 128	/* struct kvm_debugregs */
#define PVSS_KVM_IRQCHIP_SIZE 0x200	/* the chip union of struct kvm_irqchip (PIC or IOAPIC state) */
#define PVSS_KVM_PIT_SIZE 112	/* struct kvm_pit_state2 */
#define PVSS_KVM_CLOCK_SIZE 48	/* struct kvm_clock_data */
#define PVSS_SIM_DGRAM_MAX 0x108	/* largest sim partition datagram (docs/sim-partition.md) */
#define PVSS_SYNIC_PAYLOAD_MAX 240	/* HV_MESSAGE_PAYLOAD_BYTE_COUNT */
#define PVSS_FNV_OFFSET UINT64_C(0xcbf29ce484222325)	/* FNV-1a 64 offset basis (END checksum) */
#define PVSS_FNV_PRIME UINT64_C(0x100000001b3)	/* FNV-1a 64 prime */

/* record types; the numbers never change meaning */
enum pvss_rec_type {
	PVSS_REC_TYPE_FILE_HEADER = 1,
	PVSS_REC_TYPE_END = 2,
	PVSS_REC_TYPE_CONFIG = 3,
	PVSS_REC_TYPE_PARAVISOR = 4,
	PVSS_REC_TYPE_FD = 5,
	PVSS_REC_TYPE_SIM_PART = 16,
	PVSS_REC_TYPE_SIM_BIND = 17,
	PVSS_REC_TYPE_SIM_OUTMSG = 18,
	PVSS_REC_TYPE_KVM_VM = 32,
	PVSS_REC_TYPE_KVM_VCPU = 33,
	PVSS_REC_TYPE_KVM_XSAVE = 34,
	PVSS_REC_TYPE_KVM_SYNIC_MSG = 35,
	PVSS_REC_TYPE_VMBUS_SERVER = 48,
	PVSS_REC_TYPE_VMBUS_GPADL = 49,
	PVSS_REC_TYPE_VMBUS_CHANNEL = 50,
	PVSS_REC_TYPE_DEVICE = 64,
	PVSS_REC_TYPE_STORVSP = 80,
	PVSS_REC_TYPE_STORVSP_LUN = 81,
	PVSS_REC_TYPE_STORVSP_CHANNEL = 82,
	PVSS_REC_TYPE_STORVSP_REPLY = 83,
	PVSS_REC_TYPE_STORVSP_IO = 84,
	PVSS_REC_TYPE_NETVSP = 96,
	PVSS_REC_TYPE_NETVSP_RSS = 97,
	PVSS_REC_TYPE_NETVSP_CHANNEL = 98,
	PVSS_REC_TYPE_NETVSP_BACKLOG = 99,
	PVSS_REC_TYPE_NETVSP_RXPKT = 100,
	PVSS_REC_TYPE_NETVSP_FRAME = 101,
	PVSS_REC_TYPE_NVME_CTRLR = 112,
	PVSS_REC_TYPE_NVME_QPAIR = 113,
	PVSS_REC_TYPE_NVME_CMD = 114,
};

/* what a kept descriptor is; the new binary checks it (fstat) before use */
enum pvss_fd_kind {
	PVSS_FD_KIND_GUEST_RAM = 1,
	PVSS_FD_KIND_SIM_LISTEN = 2,
	PVSS_FD_KIND_SIM_GUEST = 3,
	PVSS_FD_KIND_SIM_IRQ = 4,
	PVSS_FD_KIND_SIM_SIEF = 5,
	PVSS_FD_KIND_EVENTFD = 6,
	PVSS_FD_KIND_SERIAL_LOG = 7,
	PVSS_FD_KIND_TAP = 8,
	PVSS_FD_KIND_FILE = 9,
	PVSS_FD_KIND_DMA_POOL = 10,
	PVSS_FD_KIND_VFIO_CONTAINER = 11,
	PVSS_FD_KIND_VFIO_GROUP = 12,
	PVSS_FD_KIND_VFIO_DEVICE = 13,
	PVSS_FD_KIND_PCI_SOCK = 14,
};

/* how the driver reached the controller */
enum pvss_nvme_pci_kind {
	PVSS_NVME_PCI_KIND_EMU = 1,
	PVSS_NVME_PCI_KIND_VFIO = 2,
	PVSS_NVME_PCI_KIND_SOCK = 3,
};

enum pvss_nvme_cmd_kind {
	PVSS_NVME_CMD_KIND_IO = 1,
	PVSS_NVME_CMD_KIND_AER = 2,
};

enum pvss_part_kind {
	PVSS_PART_KIND_SIM = 1,
	PVSS_PART_KIND_KVM = 2,
};

/* the VMBus connection machine's state (spec/vmbus.yaml session conn), by name */
enum pvss_vmbus_conn_state {
	PVSS_VMBUS_CONN_STATE_DISCONNECTED = 0,
	PVSS_VMBUS_CONN_STATE_CONNECTED = 1,
	PVSS_VMBUS_CONN_STATE_READY = 2,
};

/* a GPADL's state (spec/vmbus.yaml session gpadl), by name */
enum pvss_vmbus_gpadl_state {
	PVSS_VMBUS_GPADL_STATE_RECEIVING = 0,
	PVSS_VMBUS_GPADL_STATE_CREATED = 1,
	PVSS_VMBUS_GPADL_STATE_TEARING_DOWN = 2,
};

/* a channel's state (spec/vmbus.yaml session chan), by name */
enum pvss_vmbus_chan_state {
	PVSS_VMBUS_CHAN_STATE_OFFERED = 0,
	PVSS_VMBUS_CHAN_STATE_OPENED = 1,
	PVSS_VMBUS_CHAN_STATE_RESCINDED = 2,
	PVSS_VMBUS_CHAN_STATE_RESCINDED_OPEN = 3,
};

/* the storvsc init machine's state (spec/storvsc.yaml session init), by name */
enum pvss_storvsp_init_state {
	PVSS_STORVSP_INIT_STATE_START = 0,
	PVSS_STORVSP_INIT_STATE_NEGOTIATING = 1,
	PVSS_STORVSP_INIT_STATE_VERSIONED = 2,
	PVSS_STORVSP_INIT_STATE_CONFIGURED = 3,
	PVSS_STORVSP_INIT_STATE_READY = 4,
};

/* the NVSP init machine's state (spec/nvsp.yaml session init), by name; its other states last only inside one message */
enum pvss_nvsp_init_state {
	PVSS_NVSP_INIT_STATE_START = 0,
	PVSS_NVSP_INIT_STATE_NEGOTIATED = 1,
	PVSS_NVSP_INIT_STATE_CONFIGURED = 2,
	PVSS_NVSP_INIT_STATE_NDIS_KNOWN = 3,
	PVSS_NVSP_INIT_STATE_HAVE_RECV_BUF = 4,
	PVSS_NVSP_INIT_STATE_READY = 5,
	PVSS_NVSP_INIT_STATE_REVOKED = 6,
};

/* the RNDIS device machine's state (spec/rndis.yaml session device), by name */
enum pvss_rndis_device_state {
	PVSS_RNDIS_DEVICE_STATE_START = 0,
	PVSS_RNDIS_DEVICE_STATE_INITIALIZED = 1,
	PVSS_RNDIS_DEVICE_STATE_DATA = 2,
	PVSS_RNDIS_DEVICE_STATE_HALTED = 3,
};

#define PVSS_CHAN_FLAGS_OFFER_SENT 1
#define PVSS_CHAN_FLAGS_OPEN 2
#define PVSS_CHAN_FLAGS_DEV_OPEN 4
#define PVSS_CHAN_FLAGS_WANT_SPACE 8
#define PVSS_CHAN_FLAGS_PENDING_SET 16
#define PVSS_CHAN_FLAGS_HELD 32
#define PVSS_CHAN_FLAGS_MASK 63

#define PVSS_STORVSP_CHAN_FLAGS_READY 1
#define PVSS_STORVSP_CHAN_FLAGS_NOTIFY_ENUMERATE 2
#define PVSS_STORVSP_CHAN_FLAGS_NOTIFY_REMOVE 4
#define PVSS_STORVSP_CHAN_FLAGS_MASK 7

#define PVSS_STORVSP_IO_FLAGS_WANT_REPLY 1
#define PVSS_STORVSP_IO_FLAGS_MASK 1

#define PVSS_NETVSP_FLAGS_LINK_UP 1
#define PVSS_NETVSP_FLAGS_RSC 2
#define PVSS_NETVSP_FLAGS_RECV_BUF 4
#define PVSS_NETVSP_FLAGS_SEND_BUF 8
#define PVSS_NETVSP_FLAGS_RSS 16
#define PVSS_NETVSP_FLAGS_DATAPATH_VF 32
#define PVSS_NETVSP_FLAGS_VF_ASSOC_DUE 64
#define PVSS_NETVSP_FLAGS_MASK 127

#define PVSS_NVME_QPAIR_FLAGS_ADMIN 1
#define PVSS_NVME_QPAIR_FLAGS_BOUNCE 2
#define PVSS_NVME_QPAIR_FLAGS_MASK 3

#define PVSS_VCPU_FLAGS_TSC_OFFSET 1
#define PVSS_VCPU_FLAGS_MASK 1

struct pvss_wire_rec_header {
	uint32_t type;	/* @0 */
	uint32_t len;	/* @4 bytes of the record, header included, padding not */
} __attribute__((packed));
#define PVSS_REC_HEADER_SIZE 8
_Static_assert(sizeof(struct pvss_wire_rec_header) == 8, "rec_header size");
_Static_assert(offsetof(struct pvss_wire_rec_header, type) == 0, "rec_header.type");
_Static_assert(offsetof(struct pvss_wire_rec_header, len) == 4, "rec_header.len");

/* first record */
struct pvss_wire_file_header {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t magic;	/* @8 */
	uint32_t format_version;	/* @12 the writer's format version */
	uint32_t record_count;	/* @16 records after this one, END included */
	uint32_t update_count;	/* @20 live updates so far, this one included */
	uint32_t part_kind;	/* @24 */
	uint32_t reserved;	/* @28 */
	uint64_t t_request;	/* @32 CLOCK_MONOTONIC ns when the update was requested */
	uint64_t t_paused;	/* @40 ... when the vCPUs (or the sim guest) were paused */
	uint64_t t_quiesced;	/* @48 ... when the devices were quiesced */
	uint64_t t_saved;	/* @56 ... when the state was written */
} __attribute__((packed));
#define PVSS_FILE_HEADER_SIZE 64
_Static_assert(sizeof(struct pvss_wire_file_header) == 64, "file_header size");
_Static_assert(offsetof(struct pvss_wire_file_header, hdr) == 0, "file_header.hdr");
_Static_assert(offsetof(struct pvss_wire_file_header, magic) == 8, "file_header.magic");
_Static_assert(offsetof(struct pvss_wire_file_header, format_version) == 12, "file_header.format_version");
_Static_assert(offsetof(struct pvss_wire_file_header, record_count) == 16, "file_header.record_count");
_Static_assert(offsetof(struct pvss_wire_file_header, update_count) == 20, "file_header.update_count");
_Static_assert(offsetof(struct pvss_wire_file_header, part_kind) == 24, "file_header.part_kind");
_Static_assert(offsetof(struct pvss_wire_file_header, reserved) == 28, "file_header.reserved");
_Static_assert(offsetof(struct pvss_wire_file_header, t_request) == 32, "file_header.t_request");
_Static_assert(offsetof(struct pvss_wire_file_header, t_paused) == 40, "file_header.t_paused");
_Static_assert(offsetof(struct pvss_wire_file_header, t_quiesced) == 48, "file_header.t_quiesced");
_Static_assert(offsetof(struct pvss_wire_file_header, t_saved) == 56, "file_header.t_saved");

/* last record */
struct pvss_wire_end {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t record_count;	/* @8 records before this one, FILE_HEADER included */
	uint32_t reserved;	/* @12 */
	uint64_t checksum;	/* @16 FNV-1a 64 of every byte before this record */
} __attribute__((packed));
#define PVSS_END_SIZE 24
_Static_assert(sizeof(struct pvss_wire_end) == 24, "end size");
_Static_assert(offsetof(struct pvss_wire_end, hdr) == 0, "end.hdr");
_Static_assert(offsetof(struct pvss_wire_end, record_count) == 8, "end.record_count");
_Static_assert(offsetof(struct pvss_wire_end, reserved) == 12, "end.reserved");
_Static_assert(offsetof(struct pvss_wire_end, checksum) == 16, "end.checksum");

/* a chunk of the configuration text (YAML); chunks come in order */
struct pvss_wire_config {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t total_len;	/* @8 */
	uint32_t offset;	/* @12 */
	uint32_t chunk_len;	/* @16 */
	uint8_t text[];
} __attribute__((packed));
#define PVSS_CONFIG_SIZE 20
#define PVSS_CONFIG_TEXT_OFFSET 20
#define PVSS_CONFIG_TEXT_MAX 4096
_Static_assert(sizeof(struct pvss_wire_config) == 20, "config size");
_Static_assert(offsetof(struct pvss_wire_config, hdr) == 0, "config.hdr");
_Static_assert(offsetof(struct pvss_wire_config, total_len) == 8, "config.total_len");
_Static_assert(offsetof(struct pvss_wire_config, offset) == 12, "config.offset");
_Static_assert(offsetof(struct pvss_wire_config, chunk_len) == 16, "config.chunk_len");

struct pvss_wire_paravisor {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t log_level;	/* @8 rt_log_level: error, warn, info, debug */
	uint32_t reserved;	/* @12 */
	uint64_t t_start;	/* @16 CLOCK_MONOTONIC ns when the first binary started */
} __attribute__((packed));
#define PVSS_PARAVISOR_SIZE 24
_Static_assert(sizeof(struct pvss_wire_paravisor) == 24, "paravisor size");
_Static_assert(offsetof(struct pvss_wire_paravisor, hdr) == 0, "paravisor.hdr");
_Static_assert(offsetof(struct pvss_wire_paravisor, log_level) == 8, "paravisor.log_level");
_Static_assert(offsetof(struct pvss_wire_paravisor, reserved) == 12, "paravisor.reserved");
_Static_assert(offsetof(struct pvss_wire_paravisor, t_start) == 16, "paravisor.t_start");

/* A descriptor left open (not close-on-exec) for the new binary. Objects name their descriptors by number; every number they name must be in an FD record of the right kind, and the new binary checks each one (fstat: file type, memfd size) before it uses it. */
struct pvss_wire_fd {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t fd;	/* @8 */
	uint16_t kind;	/* @12 */
	uint16_t reserved;	/* @14 */
	uint32_t key;	/* @16 owner's key: connection id of an EVENTFD, else 0 */
	uint32_t reserved2;	/* @20 */
	uint64_t size;	/* @24 memfd size (GUEST_RAM, SIM_SIEF), else 0 */
} __attribute__((packed));
#define PVSS_FD_SIZE 32
_Static_assert(sizeof(struct pvss_wire_fd) == 32, "fd size");
_Static_assert(offsetof(struct pvss_wire_fd, hdr) == 0, "fd.hdr");
_Static_assert(offsetof(struct pvss_wire_fd, fd) == 8, "fd.fd");
_Static_assert(offsetof(struct pvss_wire_fd, kind) == 12, "fd.kind");
_Static_assert(offsetof(struct pvss_wire_fd, reserved) == 14, "fd.reserved");
_Static_assert(offsetof(struct pvss_wire_fd, key) == 16, "fd.key");
_Static_assert(offsetof(struct pvss_wire_fd, reserved2) == 20, "fd.reserved2");
_Static_assert(offsetof(struct pvss_wire_fd, size) == 24, "fd.size");

/* the sim partition: its socket, the connected guest, shared memory */
struct pvss_wire_sim_part {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t vp_count;	/* @8 */
	uint32_t guest_state;	/* @12 0 no guest, 1 WELCOME sent (irq_fd is the end HELLO would adopt), 2 HELLO received */
	uint64_t mem_size;	/* @16 */
	uint64_t sief_size;	/* @24 */
	uint32_t ram_fd;	/* @32 */
	uint32_t sief_fd;	/* @36 */
	uint32_t listen_fd;	/* @40 */
	uint32_t guest_fd;	/* @44 FD_NONE when no guest is connected */
	uint32_t irq_fd;	/* @48 FD_NONE when no guest is connected */
	uint32_t reserved;	/* @52 */
} __attribute__((packed));
#define PVSS_SIM_PART_SIZE 56
_Static_assert(sizeof(struct pvss_wire_sim_part) == 56, "sim_part size");
_Static_assert(offsetof(struct pvss_wire_sim_part, hdr) == 0, "sim_part.hdr");
_Static_assert(offsetof(struct pvss_wire_sim_part, vp_count) == 8, "sim_part.vp_count");
_Static_assert(offsetof(struct pvss_wire_sim_part, guest_state) == 12, "sim_part.guest_state");
_Static_assert(offsetof(struct pvss_wire_sim_part, mem_size) == 16, "sim_part.mem_size");
_Static_assert(offsetof(struct pvss_wire_sim_part, sief_size) == 24, "sim_part.sief_size");
_Static_assert(offsetof(struct pvss_wire_sim_part, ram_fd) == 32, "sim_part.ram_fd");
_Static_assert(offsetof(struct pvss_wire_sim_part, sief_fd) == 36, "sim_part.sief_fd");
_Static_assert(offsetof(struct pvss_wire_sim_part, listen_fd) == 40, "sim_part.listen_fd");
_Static_assert(offsetof(struct pvss_wire_sim_part, guest_fd) == 44, "sim_part.guest_fd");
_Static_assert(offsetof(struct pvss_wire_sim_part, irq_fd) == 48, "sim_part.irq_fd");
_Static_assert(offsetof(struct pvss_wire_sim_part, reserved) == 52, "sim_part.reserved");

/* a guest signal route: the guest holds a duplicate of this eventfd */
struct pvss_wire_sim_bind {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t connection_id;	/* @8 */
	uint32_t efd;	/* @12 */
} __attribute__((packed));
#define PVSS_SIM_BIND_SIZE 16
_Static_assert(sizeof(struct pvss_wire_sim_bind) == 16, "sim_bind size");
_Static_assert(offsetof(struct pvss_wire_sim_bind, hdr) == 0, "sim_bind.hdr");
_Static_assert(offsetof(struct pvss_wire_sim_bind, connection_id) == 8, "sim_bind.connection_id");
_Static_assert(offsetof(struct pvss_wire_sim_bind, efd) == 12, "sim_bind.efd");

/* a datagram queued for the guest (MESSAGE or POST_STATUS), in order */
struct pvss_wire_sim_outmsg {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t dgram_len;	/* @8 */
	uint8_t dgram[];
} __attribute__((packed));
#define PVSS_SIM_OUTMSG_SIZE 12
#define PVSS_SIM_OUTMSG_DGRAM_OFFSET 12
#define PVSS_SIM_OUTMSG_DGRAM_MAX 264
_Static_assert(sizeof(struct pvss_wire_sim_outmsg) == 12, "sim_outmsg size");
_Static_assert(offsetof(struct pvss_wire_sim_outmsg, hdr) == 0, "sim_outmsg.hdr");
_Static_assert(offsetof(struct pvss_wire_sim_outmsg, dgram_len) == 8, "sim_outmsg.dgram_len");

/* the kvm partition: VM-wide state; KVM blocks as in <linux/kvm.h> */
struct pvss_wire_kvm_vm {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t vcpus;	/* @8 */
	uint32_t reboots;	/* @12 */
	uint64_t mem_size;	/* @16 */
	uint32_t ram_fd;	/* @24 */
	uint32_t serial_fd;	/* @28 FD_NONE without a console log */
	uint8_t uart_ier;	/* @32 */
	uint8_t uart_lcr;	/* @33 */
	uint8_t uart_mcr;	/* @34 */
	uint8_t uart_scr;	/* @35 */
	uint8_t uart_dll;	/* @36 */
	uint8_t uart_dlm;	/* @37 */
	uint8_t uart_fcr;	/* @38 */
	uint8_t uart_flags;	/* @39 bit 0 THR-empty interrupt pending, bit 1 IRQ line high */
	uint16_t pm1_en;	/* @40 */
	uint16_t pm1_sts;	/* @42 */
	uint32_t pci_addr;	/* @44 */
	uint8_t cmos_index;	/* @48 */
	uint8_t reserved[7];	/* @49 */
	uint8_t cmos_ram[128];	/* @56 */
	uint8_t clock[48];	/* @184 struct kvm_clock_data (KVM_GET_CLOCK) */
	uint8_t pit[112];	/* @232 struct kvm_pit_state2 */
	uint8_t pic_master[512];	/* @344 struct kvm_pic_state */
	uint8_t pic_slave[512];	/* @856 */
	uint8_t ioapic[512];	/* @1368 struct kvm_ioapic_state */
	uint64_t t_clock;	/* @1880 CLOCK_REALTIME ns when the clock was read */
	uint8_t reserved2[128];	/* @1888 */
} __attribute__((packed));
#define PVSS_KVM_VM_SIZE 2016
_Static_assert(sizeof(struct pvss_wire_kvm_vm) == 2016, "kvm_vm size");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, hdr) == 0, "kvm_vm.hdr");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, vcpus) == 8, "kvm_vm.vcpus");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, reboots) == 12, "kvm_vm.reboots");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, mem_size) == 16, "kvm_vm.mem_size");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, ram_fd) == 24, "kvm_vm.ram_fd");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, serial_fd) == 28, "kvm_vm.serial_fd");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_ier) == 32, "kvm_vm.uart_ier");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_lcr) == 33, "kvm_vm.uart_lcr");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_mcr) == 34, "kvm_vm.uart_mcr");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_scr) == 35, "kvm_vm.uart_scr");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_dll) == 36, "kvm_vm.uart_dll");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_dlm) == 37, "kvm_vm.uart_dlm");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_fcr) == 38, "kvm_vm.uart_fcr");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, uart_flags) == 39, "kvm_vm.uart_flags");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, pm1_en) == 40, "kvm_vm.pm1_en");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, pm1_sts) == 42, "kvm_vm.pm1_sts");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, pci_addr) == 44, "kvm_vm.pci_addr");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, cmos_index) == 48, "kvm_vm.cmos_index");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, reserved) == 49, "kvm_vm.reserved");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, cmos_ram) == 56, "kvm_vm.cmos_ram");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, clock) == 184, "kvm_vm.clock");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, pit) == 232, "kvm_vm.pit");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, pic_master) == 344, "kvm_vm.pic_master");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, pic_slave) == 856, "kvm_vm.pic_slave");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, ioapic) == 1368, "kvm_vm.ioapic");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, t_clock) == 1880, "kvm_vm.t_clock");
_Static_assert(offsetof(struct pvss_wire_kvm_vm, reserved2) == 1888, "kvm_vm.reserved2");

struct pvss_wire_msr {
	uint32_t index;	/* @0 */
	uint32_t reserved;	/* @4 */
	uint64_t value;	/* @8 */
} __attribute__((packed));
#define PVSS_MSR_SIZE 16
_Static_assert(sizeof(struct pvss_wire_msr) == 16, "msr size");
_Static_assert(offsetof(struct pvss_wire_msr, index) == 0, "msr.index");
_Static_assert(offsetof(struct pvss_wire_msr, reserved) == 4, "msr.reserved");
_Static_assert(offsetof(struct pvss_wire_msr, value) == 8, "msr.value");

/* One vCPU, read after KVM_RUN completed its last exit (immediate_exit), loaded in the order QEMU's kvm_arch_put_registers uses (sregs with the APIC base, LAPIC, regs, XSAVE, XCRs, MSRs, events, MP state, TSC deadline, debug registers). */
struct pvss_wire_kvm_vcpu {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t index;	/* @8 */
	uint32_t mp_state;	/* @12 KVM_MP_STATE_* */
	uint32_t flags;	/* @16 */
	uint32_t msr_count;	/* @20 */
	uint64_t tsc_offset;	/* @24 */
	uint64_t tsc_deadline;	/* @32 MSR_IA32_TSC_DEADLINE, loaded after the LAPIC */
	uint64_t synic_control;	/* @40 our copy of SCONTROL (from KVM_EXIT_HYPERV_SYNIC) */
	uint64_t synic_simp;	/* @48 */
	uint64_t synic_siefp;	/* @56 */
	uint8_t regs[144];	/* @64 struct kvm_regs */
	uint8_t sregs[312];	/* @208 struct kvm_sregs */
	uint8_t lapic[1024];	/* @520 struct kvm_lapic_state */
	uint8_t xcrs[392];	/* @1544 struct kvm_xcrs */
	uint8_t events[64];	/* @1936 struct kvm_vcpu_events */
	uint8_t debugregs[128];	/* @2000 struct kvm_debugregs */
	struct pvss_wire_msr msrs[];
} __attribute__((packed));
#define PVSS_KVM_VCPU_SIZE 2128
#define PVSS_KVM_VCPU_MSRS_OFFSET 2128
#define PVSS_KVM_VCPU_MSRS_MAX 512
_Static_assert(sizeof(struct pvss_wire_kvm_vcpu) == 2128, "kvm_vcpu size");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, hdr) == 0, "kvm_vcpu.hdr");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, index) == 8, "kvm_vcpu.index");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, mp_state) == 12, "kvm_vcpu.mp_state");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, flags) == 16, "kvm_vcpu.flags");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, msr_count) == 20, "kvm_vcpu.msr_count");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, tsc_offset) == 24, "kvm_vcpu.tsc_offset");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, tsc_deadline) == 32, "kvm_vcpu.tsc_deadline");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, synic_control) == 40, "kvm_vcpu.synic_control");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, synic_simp) == 48, "kvm_vcpu.synic_simp");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, synic_siefp) == 56, "kvm_vcpu.synic_siefp");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, regs) == 64, "kvm_vcpu.regs");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, sregs) == 208, "kvm_vcpu.sregs");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, lapic) == 520, "kvm_vcpu.lapic");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, xcrs) == 1544, "kvm_vcpu.xcrs");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, events) == 1936, "kvm_vcpu.events");
_Static_assert(offsetof(struct pvss_wire_kvm_vcpu, debugregs) == 2000, "kvm_vcpu.debugregs");

struct pvss_wire_kvm_xsave {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t index;	/* @8 */
	uint32_t xsave_len;	/* @12 multiple of 4 */
	uint8_t area[];
} __attribute__((packed));
#define PVSS_KVM_XSAVE_SIZE 16
#define PVSS_KVM_XSAVE_AREA_OFFSET 16
#define PVSS_KVM_XSAVE_AREA_MAX 16384
_Static_assert(sizeof(struct pvss_wire_kvm_xsave) == 16, "kvm_xsave size");
_Static_assert(offsetof(struct pvss_wire_kvm_xsave, hdr) == 0, "kvm_xsave.hdr");
_Static_assert(offsetof(struct pvss_wire_kvm_xsave, index) == 8, "kvm_xsave.index");
_Static_assert(offsetof(struct pvss_wire_kvm_xsave, xsave_len) == 12, "kvm_xsave.xsave_len");

/* a host->guest SynIC message queued behind a busy slot, in order */
struct pvss_wire_kvm_synic_msg {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t vp;	/* @8 */
	uint32_t sint;	/* @12 */
	uint32_t message_type;	/* @16 */
	uint32_t payload_len;	/* @20 */
	uint8_t payload[240];	/* @24 */
} __attribute__((packed));
#define PVSS_KVM_SYNIC_MSG_SIZE 264
_Static_assert(sizeof(struct pvss_wire_kvm_synic_msg) == 264, "kvm_synic_msg size");
_Static_assert(offsetof(struct pvss_wire_kvm_synic_msg, hdr) == 0, "kvm_synic_msg.hdr");
_Static_assert(offsetof(struct pvss_wire_kvm_synic_msg, vp) == 8, "kvm_synic_msg.vp");
_Static_assert(offsetof(struct pvss_wire_kvm_synic_msg, sint) == 12, "kvm_synic_msg.sint");
_Static_assert(offsetof(struct pvss_wire_kvm_synic_msg, message_type) == 16, "kvm_synic_msg.message_type");
_Static_assert(offsetof(struct pvss_wire_kvm_synic_msg, payload_len) == 20, "kvm_synic_msg.payload_len");
_Static_assert(offsetof(struct pvss_wire_kvm_synic_msg, payload) == 24, "kvm_synic_msg.payload");

/* the VMBus connection: negotiated version, features, where messages go */
struct pvss_wire_vmbus_server {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t state;	/* @8 */
	uint32_t version;	/* @12 0 when disconnected */
	uint64_t features;	/* @16 */
	uint32_t target_vp;	/* @24 */
	uint32_t target_sint;	/* @28 */
	uint32_t msg_conn_id;	/* @32 */
	uint32_t unload_version;	/* @36 */
	uint64_t dropped;	/* @40 malformed messages counted so far */
} __attribute__((packed));
#define PVSS_VMBUS_SERVER_SIZE 48
_Static_assert(sizeof(struct pvss_wire_vmbus_server) == 48, "vmbus_server size");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, hdr) == 0, "vmbus_server.hdr");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, state) == 8, "vmbus_server.state");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, version) == 12, "vmbus_server.version");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, features) == 16, "vmbus_server.features");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, target_vp) == 24, "vmbus_server.target_vp");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, target_sint) == 28, "vmbus_server.target_sint");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, msg_conn_id) == 32, "vmbus_server.msg_conn_id");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, unload_version) == 36, "vmbus_server.unload_version");
_Static_assert(offsetof(struct pvss_wire_vmbus_server, dropped) == 40, "vmbus_server.dropped");

/* One GPADL the guest created or is creating: its range buffer as the guest sent it (gpa_range {u32 byte_count, u32 byte_offset, u64 pfn[]} repeated), whole or the part received. The new binary feeds it to the GPADL table again, which checks every range and PFN as it did for the guest's messages. */
struct pvss_wire_vmbus_gpadl {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t id;	/* @8 */
	uint32_t child_relid;	/* @12 */
	uint32_t state;	/* @16 */
	uint32_t range_buflen;	/* @20 */
	uint32_t rangecount;	/* @24 */
	uint32_t filled;	/* @28 bytes of the range buffer received */
	uint64_t data[];
} __attribute__((packed));
#define PVSS_VMBUS_GPADL_SIZE 32
#define PVSS_VMBUS_GPADL_DATA_OFFSET 32
#define PVSS_VMBUS_GPADL_DATA_MAX 8191
_Static_assert(sizeof(struct pvss_wire_vmbus_gpadl) == 32, "vmbus_gpadl size");
_Static_assert(offsetof(struct pvss_wire_vmbus_gpadl, hdr) == 0, "vmbus_gpadl.hdr");
_Static_assert(offsetof(struct pvss_wire_vmbus_gpadl, id) == 8, "vmbus_gpadl.id");
_Static_assert(offsetof(struct pvss_wire_vmbus_gpadl, child_relid) == 12, "vmbus_gpadl.child_relid");
_Static_assert(offsetof(struct pvss_wire_vmbus_gpadl, state) == 16, "vmbus_gpadl.state");
_Static_assert(offsetof(struct pvss_wire_vmbus_gpadl, range_buflen) == 20, "vmbus_gpadl.range_buflen");
_Static_assert(offsetof(struct pvss_wire_vmbus_gpadl, rangecount) == 24, "vmbus_gpadl.rangecount");
_Static_assert(offsetof(struct pvss_wire_vmbus_gpadl, filled) == 28, "vmbus_gpadl.filled");

/* One offered channel, in relid order (a subchannel after its primary). Its rings' indices live in guest memory; what is ours is here: the machine state, the signal route (efd, an EVENTFD FD record), the ring GPADL and downstream offset, flags, and a packet the device held back. The device claims the channel by its GUIDs when it is rebuilt. */
struct pvss_wire_vmbus_channel {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t relid;	/* @8 */
	uint32_t primary_relid;	/* @12 0 for a primary channel */
	uint16_t sub_index;	/* @16 */
	uint16_t subchannels_offered;	/* @18 */
	uint32_t state;	/* @20 */
	uint32_t flags;	/* @24 */
	uint32_t conn_id;	/* @28 the guest->host signal connection id offered */
	uint32_t sig_conn_id;	/* @32 the one bound while open */
	uint32_t event_flag;	/* @36 */
	uint32_t open_id;	/* @40 */
	uint32_t target_vp;	/* @44 */
	uint32_t ring_gpadl;	/* @48 */
	uint32_t downstream;	/* @52 pages of the guest->host ring */
	uint32_t max_pkt_size;	/* @56 */
	uint32_t efd;	/* @60 FD_NONE while closed */
	uint16_t chn_flags;	/* @64 */
	uint16_t mmio_megabytes;	/* @66 */
	uint8_t if_type[16];	/* @68 */
	uint8_t if_instance[16];	/* @84 */
	uint8_t user_def[120];	/* @100 */
	uint64_t batch_read;	/* @220 bytes read since the last read_done */
	uint32_t held_len;	/* @228 */
	uint8_t held[];
} __attribute__((packed));
#define PVSS_VMBUS_CHANNEL_SIZE 232
#define PVSS_VMBUS_CHANNEL_HELD_OFFSET 232
#define PVSS_VMBUS_CHANNEL_HELD_MAX 262160
_Static_assert(sizeof(struct pvss_wire_vmbus_channel) == 232, "vmbus_channel size");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, hdr) == 0, "vmbus_channel.hdr");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, relid) == 8, "vmbus_channel.relid");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, primary_relid) == 12, "vmbus_channel.primary_relid");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, sub_index) == 16, "vmbus_channel.sub_index");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, subchannels_offered) == 18, "vmbus_channel.subchannels_offered");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, state) == 20, "vmbus_channel.state");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, flags) == 24, "vmbus_channel.flags");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, conn_id) == 28, "vmbus_channel.conn_id");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, sig_conn_id) == 32, "vmbus_channel.sig_conn_id");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, event_flag) == 36, "vmbus_channel.event_flag");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, open_id) == 40, "vmbus_channel.open_id");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, target_vp) == 44, "vmbus_channel.target_vp");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, ring_gpadl) == 48, "vmbus_channel.ring_gpadl");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, downstream) == 52, "vmbus_channel.downstream");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, max_pkt_size) == 56, "vmbus_channel.max_pkt_size");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, efd) == 60, "vmbus_channel.efd");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, chn_flags) == 64, "vmbus_channel.chn_flags");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, mmio_megabytes) == 66, "vmbus_channel.mmio_megabytes");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, if_type) == 68, "vmbus_channel.if_type");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, if_instance) == 84, "vmbus_channel.if_instance");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, user_def) == 100, "vmbus_channel.user_def");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, batch_read) == 220, "vmbus_channel.batch_read");
_Static_assert(offsetof(struct pvss_wire_vmbus_channel, held_len) == 228, "vmbus_channel.held_len");

/* Precedes each device's own records, in configuration order: the new binary checks that the device it builds from the saved configuration is this one. */
struct pvss_wire_device {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t index;	/* @8 position in the configuration's devices list */
	uint32_t reserved;	/* @12 */
	uint8_t kind[16];	/* @16 the kind, NUL-padded (echo, scsi, nic) */
} __attribute__((packed));
#define PVSS_DEVICE_SIZE 32
_Static_assert(sizeof(struct pvss_wire_device) == 32, "device size");
_Static_assert(offsetof(struct pvss_wire_device, hdr) == 0, "device.hdr");
_Static_assert(offsetof(struct pvss_wire_device, index) == 8, "device.index");
_Static_assert(offsetof(struct pvss_wire_device, reserved) == 12, "device.reserved");
_Static_assert(offsetof(struct pvss_wire_device, kind) == 16, "device.kind");

/* A storvsp controller (after its DEVICE record). Outstanding I/O is drained before the save (devices/storvsp/README.md): what is left is the LUNs' identities, each open channel's session and the completions the guest's full ring could not take yet. */
struct pvss_wire_storvsp {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t nluns;	/* @8 STORVSP_LUN records that follow */
	uint32_t nchannels;	/* @12 STORVSP_CHANNEL records after the LUNs */
	uint32_t io_limit;	/* @16 outstanding requests per channel (the knob) */
	uint32_t reserved;	/* @20 */
} __attribute__((packed));
#define PVSS_STORVSP_SIZE 24
_Static_assert(sizeof(struct pvss_wire_storvsp) == 24, "storvsp size");
_Static_assert(offsetof(struct pvss_wire_storvsp, hdr) == 0, "storvsp.hdr");
_Static_assert(offsetof(struct pvss_wire_storvsp, nluns) == 8, "storvsp.nluns");
_Static_assert(offsetof(struct pvss_wire_storvsp, nchannels) == 12, "storvsp.nchannels");
_Static_assert(offsetof(struct pvss_wire_storvsp, io_limit) == 16, "storvsp.io_limit");
_Static_assert(offsetof(struct pvss_wire_storvsp, reserved) == 20, "storvsp.reserved");

/* What the guest's LUN was: the new binary reopens the backend its configuration names and refuses the state unless it is the same medium (kind, block size, capacity; for a file the same device and inode). */
struct pvss_wire_storvsp_lun {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t lun;	/* @8 */
	uint32_t block_size;	/* @12 */
	uint64_t nblocks;	/* @16 */
	uint64_t dev;	/* @24 st_dev of a file backend, else 0 */
	uint64_t ino;	/* @32 st_ino of a file backend, else 0 */
	uint8_t kind[8];	/* @40 backend kind, NUL-padded (file, memory, null, nvme) */
	uint32_t backend_state;	/* @48 1: the backend's own records follow (an nvme LUN kept alive: NVME_CTRLR ...) */
	uint32_t reserved;	/* @52 */
} __attribute__((packed));
#define PVSS_STORVSP_LUN_SIZE 56
_Static_assert(sizeof(struct pvss_wire_storvsp_lun) == 56, "storvsp_lun size");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, hdr) == 0, "storvsp_lun.hdr");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, lun) == 8, "storvsp_lun.lun");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, block_size) == 12, "storvsp_lun.block_size");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, nblocks) == 16, "storvsp_lun.nblocks");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, dev) == 24, "storvsp_lun.dev");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, ino) == 32, "storvsp_lun.ino");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, kind) == 40, "storvsp_lun.kind");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, backend_state) == 48, "storvsp_lun.backend_state");
_Static_assert(offsetof(struct pvss_wire_storvsp_lun, reserved) == 52, "storvsp_lun.reserved");

/* One channel the guest has open on the controller, in subchannel order: its session (init machine state by name, negotiated version), owed notifications, and how many STORVSP_REPLY records follow it, then how many STORVSP_IO records. */
struct pvss_wire_storvsp_channel {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t sub;	/* @8 sub_channel_index (0: the primary) */
	uint32_t relid;	/* @12 its VMBus channel */
	uint32_t state;	/* @16 */
	uint32_t version;	/* @20 negotiated storvsc version, 0 before */
	uint32_t flags;	/* @24 */
	uint32_t replies;	/* @28 */
	uint32_t ios;	/* @32 STORVSP_IO records after the replies: requests carried on a kept-alive backend */
	uint32_t reserved;	/* @36 */
} __attribute__((packed));
#define PVSS_STORVSP_CHANNEL_SIZE 40
_Static_assert(sizeof(struct pvss_wire_storvsp_channel) == 40, "storvsp_channel size");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, hdr) == 0, "storvsp_channel.hdr");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, sub) == 8, "storvsp_channel.sub");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, relid) == 12, "storvsp_channel.relid");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, state) == 16, "storvsp_channel.state");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, version) == 20, "storvsp_channel.version");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, flags) == 24, "storvsp_channel.flags");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, replies) == 28, "storvsp_channel.replies");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, ios) == 32, "storvsp_channel.ios");
_Static_assert(offsetof(struct pvss_wire_storvsp_channel, reserved) == 36, "storvsp_channel.reserved");

/* a completion packet (COMP, trans_id) the device wrote but the full ring did not take yet */
struct pvss_wire_storvsp_reply {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint64_t trans_id;	/* @8 */
	uint32_t reply_len;	/* @16 */
	uint32_t reserved;	/* @20 */
	uint8_t reply[];
} __attribute__((packed));
#define PVSS_STORVSP_REPLY_SIZE 24
#define PVSS_STORVSP_REPLY_REPLY_OFFSET 24
#define PVSS_STORVSP_REPLY_REPLY_MAX 64
_Static_assert(sizeof(struct pvss_wire_storvsp_reply) == 24, "storvsp_reply size");
_Static_assert(offsetof(struct pvss_wire_storvsp_reply, hdr) == 0, "storvsp_reply.hdr");
_Static_assert(offsetof(struct pvss_wire_storvsp_reply, trans_id) == 8, "storvsp_reply.trans_id");
_Static_assert(offsetof(struct pvss_wire_storvsp_reply, reply_len) == 16, "storvsp_reply.reply_len");
_Static_assert(offsetof(struct pvss_wire_storvsp_reply, reserved) == 20, "storvsp_reply.reserved");

/* A request the guest sent that was still on a kept-alive backend (an NVMe LUN with keep-alive) when the old binary stopped: instead of being drained it is carried, and the new binary completes it once, when the device does. The request as the guest sent it (the EXECUTE_SRB packet as decoded, encoded again in the channel's version; the GPA ranges of its data buffer) is decoded and checked again as if the guest had just sent it; kids names, per piece of the backend request (an NVMe command each), the command it waits on (qid << 16 | cid) or 0xFFFFFFFF for a piece that completed before the save; piece_errno and sense the failure of a completed piece, if any. words: the ranges as {u64 byte_count | byte_offset << 32, then its pfns}. */
struct pvss_wire_storvsp_io {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t sub;	/* @8 its channel's sub_channel_index */
	uint32_t flags;	/* @12 */
	uint64_t trans_id;	/* @16 the guest's transaction id: its completion's */
	uint32_t packet_len;	/* @24 */
	uint32_t nkids;	/* @28 */
	uint32_t piece_errno;	/* @32 errno of a piece that failed before the save, 0: none */
	uint32_t sense;	/* @36 its SCSI sense: key << 16 | asc << 8 | ascq, 0: from piece_errno */
	uint8_t packet[64];	/* @40 */
	uint32_t kids[16];	/* @104 */
	uint32_t nranges;	/* @168 */
	uint32_t nwords;	/* @172 */
	uint64_t words[];
} __attribute__((packed));
#define PVSS_STORVSP_IO_SIZE 176
#define PVSS_STORVSP_IO_WORDS_OFFSET 176
#define PVSS_STORVSP_IO_WORDS_MAX 1040
_Static_assert(sizeof(struct pvss_wire_storvsp_io) == 176, "storvsp_io size");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, hdr) == 0, "storvsp_io.hdr");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, sub) == 8, "storvsp_io.sub");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, flags) == 12, "storvsp_io.flags");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, trans_id) == 16, "storvsp_io.trans_id");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, packet_len) == 24, "storvsp_io.packet_len");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, nkids) == 28, "storvsp_io.nkids");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, piece_errno) == 32, "storvsp_io.piece_errno");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, sense) == 36, "storvsp_io.sense");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, packet) == 40, "storvsp_io.packet");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, kids) == 104, "storvsp_io.kids");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, nranges) == 168, "storvsp_io.nranges");
_Static_assert(offsetof(struct pvss_wire_storvsp_io, nwords) == 172, "storvsp_io.nwords");

/* A netvsp NIC (after its DEVICE record). Sends the guest made are drained before the save (devices/netvsp/README.md); what is left is the session (the NVSP and RNDIS machines' states by name, versions, the guest's settings), the buffers by GPADL (the new binary maps them again and must find the same layout), and the counts of the records that follow: NETVSP_RSS, then per open channel NETVSP_CHANNEL with its NETVSP_BACKLOGs, then the NETVSP_RXPKTs, then the NETVSP_FRAMEs. A tap endpoint's queue descriptors are kept open (FD records of kind TAP, key the queue) and listed in tap_fds. */
struct pvss_wire_netvsp {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t nvsp_state;	/* @8 */
	uint32_t rndis_state;	/* @12 */
	uint32_t nvsp_version;	/* @16 0 before INIT */
	uint32_t ndis_version;	/* @20 */
	uint32_t guest_mtu;	/* @24 */
	uint32_t flags;	/* @28 */
	uint64_t ndis_caps;	/* @32 */
	uint32_t packet_filter;	/* @40 */
	uint32_t subchannels;	/* @44 */
	uint32_t nqueues;	/* @48 endpoint queues: the configuration must give as many */
	uint32_t nchannels;	/* @52 NETVSP_CHANNEL records */
	uint32_t recv_gpadl;	/* @56 */
	uint32_t recv_owner;	/* @60 sub index of the channel the GPADL is on */
	uint32_t nslots;	/* @64 receive sub-allocations */
	uint32_t sub_alloc;	/* @68 their size */
	uint32_t send_gpadl;	/* @72 */
	uint32_t send_owner;	/* @76 */
	uint32_t send_sections;	/* @80 */
	uint32_t rxpkts;	/* @84 NETVSP_RXPKT records */
	uint32_t frames;	/* @88 NETVSP_FRAME records */
	uint8_t mac[6];	/* @92 the address the guest set (or the endpoint's) */
	uint16_t reserved;	/* @98 */
	uint8_t endpoint[8];	/* @100 endpoint kind, NUL-padded (tap, loopback, null) */
	uint32_t tap_nfds;	/* @108 */
	uint32_t tap_fds[];
} __attribute__((packed));
#define PVSS_NETVSP_SIZE 112
#define PVSS_NETVSP_TAP_FDS_OFFSET 112
#define PVSS_NETVSP_TAP_FDS_MAX 16
_Static_assert(sizeof(struct pvss_wire_netvsp) == 112, "netvsp size");
_Static_assert(offsetof(struct pvss_wire_netvsp, hdr) == 0, "netvsp.hdr");
_Static_assert(offsetof(struct pvss_wire_netvsp, nvsp_state) == 8, "netvsp.nvsp_state");
_Static_assert(offsetof(struct pvss_wire_netvsp, rndis_state) == 12, "netvsp.rndis_state");
_Static_assert(offsetof(struct pvss_wire_netvsp, nvsp_version) == 16, "netvsp.nvsp_version");
_Static_assert(offsetof(struct pvss_wire_netvsp, ndis_version) == 20, "netvsp.ndis_version");
_Static_assert(offsetof(struct pvss_wire_netvsp, guest_mtu) == 24, "netvsp.guest_mtu");
_Static_assert(offsetof(struct pvss_wire_netvsp, flags) == 28, "netvsp.flags");
_Static_assert(offsetof(struct pvss_wire_netvsp, ndis_caps) == 32, "netvsp.ndis_caps");
_Static_assert(offsetof(struct pvss_wire_netvsp, packet_filter) == 40, "netvsp.packet_filter");
_Static_assert(offsetof(struct pvss_wire_netvsp, subchannels) == 44, "netvsp.subchannels");
_Static_assert(offsetof(struct pvss_wire_netvsp, nqueues) == 48, "netvsp.nqueues");
_Static_assert(offsetof(struct pvss_wire_netvsp, nchannels) == 52, "netvsp.nchannels");
_Static_assert(offsetof(struct pvss_wire_netvsp, recv_gpadl) == 56, "netvsp.recv_gpadl");
_Static_assert(offsetof(struct pvss_wire_netvsp, recv_owner) == 60, "netvsp.recv_owner");
_Static_assert(offsetof(struct pvss_wire_netvsp, nslots) == 64, "netvsp.nslots");
_Static_assert(offsetof(struct pvss_wire_netvsp, sub_alloc) == 68, "netvsp.sub_alloc");
_Static_assert(offsetof(struct pvss_wire_netvsp, send_gpadl) == 72, "netvsp.send_gpadl");
_Static_assert(offsetof(struct pvss_wire_netvsp, send_owner) == 76, "netvsp.send_owner");
_Static_assert(offsetof(struct pvss_wire_netvsp, send_sections) == 80, "netvsp.send_sections");
_Static_assert(offsetof(struct pvss_wire_netvsp, rxpkts) == 84, "netvsp.rxpkts");
_Static_assert(offsetof(struct pvss_wire_netvsp, frames) == 88, "netvsp.frames");
_Static_assert(offsetof(struct pvss_wire_netvsp, mac) == 92, "netvsp.mac");
_Static_assert(offsetof(struct pvss_wire_netvsp, reserved) == 98, "netvsp.reserved");
_Static_assert(offsetof(struct pvss_wire_netvsp, endpoint) == 100, "netvsp.endpoint");
_Static_assert(offsetof(struct pvss_wire_netvsp, tap_nfds) == 108, "netvsp.tap_nfds");

/* the guest's RSS settings (OID_GEN_RECEIVE_SCALE_PARAMETERS): applied to the endpoint again */
struct pvss_wire_netvsp_rss {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t hash_types;	/* @8 net_hash_type bits */
	uint32_t key_len;	/* @12 */
	uint32_t table_len;	/* @16 */
	uint32_t reserved;	/* @20 */
	uint8_t key[40];	/* @24 */
	uint32_t table[];
} __attribute__((packed));
#define PVSS_NETVSP_RSS_SIZE 64
#define PVSS_NETVSP_RSS_TABLE_OFFSET 64
#define PVSS_NETVSP_RSS_TABLE_MAX 128
_Static_assert(sizeof(struct pvss_wire_netvsp_rss) == 64, "netvsp_rss size");
_Static_assert(offsetof(struct pvss_wire_netvsp_rss, hdr) == 0, "netvsp_rss.hdr");
_Static_assert(offsetof(struct pvss_wire_netvsp_rss, hash_types) == 8, "netvsp_rss.hash_types");
_Static_assert(offsetof(struct pvss_wire_netvsp_rss, key_len) == 12, "netvsp_rss.key_len");
_Static_assert(offsetof(struct pvss_wire_netvsp_rss, table_len) == 16, "netvsp_rss.table_len");
_Static_assert(offsetof(struct pvss_wire_netvsp_rss, reserved) == 20, "netvsp_rss.reserved");
_Static_assert(offsetof(struct pvss_wire_netvsp_rss, key) == 24, "netvsp_rss.key");

struct pvss_wire_netvsp_range {
	uint32_t slot;	/* @0 */
	uint32_t len;	/* @4 bytes written in the slot */
} __attribute__((packed));
#define PVSS_NETVSP_RANGE_SIZE 8
_Static_assert(sizeof(struct pvss_wire_netvsp_range) == 8, "netvsp_range size");
_Static_assert(offsetof(struct pvss_wire_netvsp_range, slot) == 0, "netvsp_range.slot");
_Static_assert(offsetof(struct pvss_wire_netvsp_range, len) == 4, "netvsp_range.len");

/* One open channel of the NIC, in sub index order: its relid, the packets waiting for ring room (NETVSP_BACKLOG records that follow) and the receive batch written into slots but not yet announced (its ranges; sent once the ring has room). */
struct pvss_wire_netvsp_channel {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t sub;	/* @8 */
	uint32_t relid;	/* @12 */
	uint32_t backlog;	/* @16 */
	uint32_t batch_n;	/* @20 */
	struct pvss_wire_netvsp_range batch[];
} __attribute__((packed));
#define PVSS_NETVSP_CHANNEL_SIZE 24
#define PVSS_NETVSP_CHANNEL_BATCH_OFFSET 24
#define PVSS_NETVSP_CHANNEL_BATCH_MAX 128
_Static_assert(sizeof(struct pvss_wire_netvsp_channel) == 24, "netvsp_channel size");
_Static_assert(offsetof(struct pvss_wire_netvsp_channel, hdr) == 0, "netvsp_channel.hdr");
_Static_assert(offsetof(struct pvss_wire_netvsp_channel, sub) == 8, "netvsp_channel.sub");
_Static_assert(offsetof(struct pvss_wire_netvsp_channel, relid) == 12, "netvsp_channel.relid");
_Static_assert(offsetof(struct pvss_wire_netvsp_channel, backlog) == 16, "netvsp_channel.backlog");
_Static_assert(offsetof(struct pvss_wire_netvsp_channel, batch_n) == 20, "netvsp_channel.batch_n");

/* a packet for the guest (an NVSP completion, control message or receive packet) its full ring did not take */
struct pvss_wire_netvsp_backlog {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint64_t trans_id;	/* @8 */
	uint16_t pkt_type;	/* @16 VMRING_PKT_DATA_INBAND, _DATA_USING_XFER_PAGES or _COMP */
	uint16_t pkt_flags;	/* @18 */
	uint32_t ext_len;	/* @20 */
	uint32_t data_len;	/* @24 */
	uint32_t reserved;	/* @28 */
	uint8_t ext[16];	/* @32 */
	uint8_t data[];
} __attribute__((packed));
#define PVSS_NETVSP_BACKLOG_SIZE 48
#define PVSS_NETVSP_BACKLOG_DATA_OFFSET 48
#define PVSS_NETVSP_BACKLOG_DATA_MAX 104
_Static_assert(sizeof(struct pvss_wire_netvsp_backlog) == 48, "netvsp_backlog size");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, hdr) == 0, "netvsp_backlog.hdr");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, trans_id) == 8, "netvsp_backlog.trans_id");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, pkt_type) == 16, "netvsp_backlog.pkt_type");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, pkt_flags) == 18, "netvsp_backlog.pkt_flags");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, ext_len) == 20, "netvsp_backlog.ext_len");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, data_len) == 24, "netvsp_backlog.data_len");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, reserved) == 28, "netvsp_backlog.reserved");
_Static_assert(offsetof(struct pvss_wire_netvsp_backlog, ext) == 32, "netvsp_backlog.ext");

/* a transfer-page packet sent to the guest and not yet completed: its channel and slots (the first is its trans_id) */
struct pvss_wire_netvsp_rxpkt {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t sub;	/* @8 */
	uint32_t nslots;	/* @12 */
	uint32_t slots[];
} __attribute__((packed));
#define PVSS_NETVSP_RXPKT_SIZE 16
#define PVSS_NETVSP_RXPKT_SLOTS_OFFSET 16
#define PVSS_NETVSP_RXPKT_SLOTS_MAX 128
_Static_assert(sizeof(struct pvss_wire_netvsp_rxpkt) == 16, "netvsp_rxpkt size");
_Static_assert(offsetof(struct pvss_wire_netvsp_rxpkt, hdr) == 0, "netvsp_rxpkt.hdr");
_Static_assert(offsetof(struct pvss_wire_netvsp_rxpkt, sub) == 8, "netvsp_rxpkt.sub");
_Static_assert(offsetof(struct pvss_wire_netvsp_rxpkt, nslots) == 12, "netvsp_rxpkt.nslots");

/* A frame the endpoint delivered at quiesce that the guest had no room for: carried across (a loopback's frames live in this process) and given to the guest before any newer frame. */
struct pvss_wire_netvsp_frame {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t queue;	/* @8 */
	uint32_t len;	/* @12 */
	uint32_t meta_flags;	/* @16 net_rx_flags */
	uint16_t vlan_tci;	/* @20 */
	uint16_t gso_size;	/* @22 */
	uint32_t hash;	/* @24 */
	uint32_t hash_type;	/* @28 */
	uint8_t data[];
} __attribute__((packed));
#define PVSS_NETVSP_FRAME_SIZE 32
#define PVSS_NETVSP_FRAME_DATA_OFFSET 32
#define PVSS_NETVSP_FRAME_DATA_MAX 65792
_Static_assert(sizeof(struct pvss_wire_netvsp_frame) == 32, "netvsp_frame size");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, hdr) == 0, "netvsp_frame.hdr");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, queue) == 8, "netvsp_frame.queue");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, len) == 12, "netvsp_frame.len");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, meta_flags) == 16, "netvsp_frame.meta_flags");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, vlan_tci) == 20, "netvsp_frame.vlan_tci");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, gso_size) == 22, "netvsp_frame.gso_size");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, hash) == 24, "netvsp_frame.hash");
_Static_assert(offsetof(struct pvss_wire_netvsp_frame, hash_type) == 28, "netvsp_frame.hash_type");

/* NVMe keep-alive (drivers/nvme/README.md): a controller the old binary left enabled, with its admin queue and Asynchronous Event Requests outstanding. The new binary adopts it without touching CC.EN: it checks CAP, CC, AQA, ASQ, ACQ and CSTS.RDY against this record, maps the DMA pool memfd again at the same device address (the queues, PRP lists and bounce buffers are in it), identifies the controller again (the serial and model must match) and takes the queue pairs back from the NVME_QPAIR records that follow (the admin one first, then nqpairs I/O ones), each followed by its NVME_CMD records. */
struct pvss_wire_nvme_ctrlr {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint32_t pci_kind;	/* @8 */
	uint32_t io_queues;	/* @12 I/O queue pairs the controller allocated (Set Features Number of Queues) */
	uint64_t cap;	/* @16 CAP: the controller must still read the same */
	uint32_t cc;	/* @24 CC as the driver wrote it (EN set) */
	uint32_t aqa;	/* @28 */
	uint64_t asq;	/* @32 */
	uint64_t acq;	/* @40 */
	uint32_t pool_fd;	/* @48 the DMA pool's memfd (FD record DMA_POOL) */
	uint32_t nqpairs;	/* @52 I/O NVME_QPAIR records after the admin one */
	uint64_t pool_size;	/* @56 */
	uint64_t pool_iova;	/* @64 */
	uint64_t ident_iova;	/* @72 the page Identify data lands in */
	uint64_t nsck_iova;	/* @80 the page the Changed Namespace List lands in */
	uint32_t container_fd;	/* @88 VFIO: FD record VFIO_CONTAINER; else FD_NONE */
	uint32_t group_fd;	/* @92 VFIO: FD record VFIO_GROUP; else FD_NONE */
	uint32_t device_fd;	/* @96 VFIO: FD record VFIO_DEVICE; SOCK: FD record PCI_SOCK, the socket to the device process; else FD_NONE */
	uint32_t msix_vectors;	/* @100 */
	uint8_t sn[20];	/* @104 Identify Controller SN */
	uint8_t mn[40];	/* @124 Identify Controller MN */
	uint32_t reserved;	/* @164 */
} __attribute__((packed));
#define PVSS_NVME_CTRLR_SIZE 168
_Static_assert(sizeof(struct pvss_wire_nvme_ctrlr) == 168, "nvme_ctrlr size");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, hdr) == 0, "nvme_ctrlr.hdr");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, pci_kind) == 8, "nvme_ctrlr.pci_kind");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, io_queues) == 12, "nvme_ctrlr.io_queues");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, cap) == 16, "nvme_ctrlr.cap");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, cc) == 24, "nvme_ctrlr.cc");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, aqa) == 28, "nvme_ctrlr.aqa");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, asq) == 32, "nvme_ctrlr.asq");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, acq) == 40, "nvme_ctrlr.acq");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, pool_fd) == 48, "nvme_ctrlr.pool_fd");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, nqpairs) == 52, "nvme_ctrlr.nqpairs");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, pool_size) == 56, "nvme_ctrlr.pool_size");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, pool_iova) == 64, "nvme_ctrlr.pool_iova");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, ident_iova) == 72, "nvme_ctrlr.ident_iova");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, nsck_iova) == 80, "nvme_ctrlr.nsck_iova");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, container_fd) == 88, "nvme_ctrlr.container_fd");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, group_fd) == 92, "nvme_ctrlr.group_fd");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, device_fd) == 96, "nvme_ctrlr.device_fd");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, msix_vectors) == 100, "nvme_ctrlr.msix_vectors");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, sn) == 104, "nvme_ctrlr.sn");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, mn) == 124, "nvme_ctrlr.mn");
_Static_assert(offsetof(struct pvss_wire_nvme_ctrlr, reserved) == 164, "nvme_ctrlr.reserved");

/* One queue pair: where its rings are in the DMA pool, the positions (SQ tail as last rung, SQ head as the device last reported it, CQ head and the phase tag expected next), the command-id generation of every slot (so a completion for a command of the old binary is told from a stale one), its bounce buffers, and how many NVME_CMD records follow. */
struct pvss_wire_nvme_qpair {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint16_t qid;	/* @8 */
	uint16_t vector;	/* @10 */
	uint32_t size;	/* @12 entries of each ring */
	uint32_t flags;	/* @16 */
	uint32_t ncmds;	/* @20 */
	uint64_t sq_iova;	/* @24 */
	uint64_t cq_iova;	/* @32 */
	uint32_t sq_tail;	/* @40 */
	uint32_t sq_head;	/* @44 */
	uint32_t cq_head;	/* @48 */
	uint8_t phase;	/* @52 */
	uint8_t cid_bits;	/* @53 */
	uint16_t reserved;	/* @54 */
	uint64_t bounce_iova;	/* @56 0: none */
	uint32_t bounce_slots;	/* @64 */
	uint32_t bounce_size;	/* @68 */
	uint32_t list_bytes;	/* @72 each slot's PRP list / SGL pages */
	uint32_t ntrk;	/* @76 command slots: size - 1 */
	uint16_t cid_gen[];
} __attribute__((packed));
#define PVSS_NVME_QPAIR_SIZE 80
#define PVSS_NVME_QPAIR_CID_GEN_OFFSET 80
#define PVSS_NVME_QPAIR_CID_GEN_MAX 4095
_Static_assert(sizeof(struct pvss_wire_nvme_qpair) == 80, "nvme_qpair size");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, hdr) == 0, "nvme_qpair.hdr");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, qid) == 8, "nvme_qpair.qid");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, vector) == 10, "nvme_qpair.vector");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, size) == 12, "nvme_qpair.size");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, flags) == 16, "nvme_qpair.flags");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, ncmds) == 20, "nvme_qpair.ncmds");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, sq_iova) == 24, "nvme_qpair.sq_iova");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, cq_iova) == 32, "nvme_qpair.cq_iova");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, sq_tail) == 40, "nvme_qpair.sq_tail");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, sq_head) == 44, "nvme_qpair.sq_head");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, cq_head) == 48, "nvme_qpair.cq_head");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, phase) == 52, "nvme_qpair.phase");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, cid_bits) == 53, "nvme_qpair.cid_bits");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, reserved) == 54, "nvme_qpair.reserved");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, bounce_iova) == 56, "nvme_qpair.bounce_iova");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, bounce_slots) == 64, "nvme_qpair.bounce_slots");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, bounce_size) == 68, "nvme_qpair.bounce_size");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, list_bytes) == 72, "nvme_qpair.list_bytes");
_Static_assert(offsetof(struct pvss_wire_nvme_qpair, ntrk) == 76, "nvme_qpair.ntrk");

/* A command the controller held when the old binary stopped: the slot and command id it went out with (its completion comes to the new binary and is taken exactly once), what it was, and the PRP list page and bounce slot it still uses (kept allocated until it completes). */
struct pvss_wire_nvme_cmd {
	struct pvss_wire_rec_header hdr;	/* @0 */
	uint16_t index;	/* @8 the slot; below the queue pair's ntrk */
	uint16_t cid;	/* @10 */
	uint32_t kind;	/* @12 */
	uint8_t opcode;	/* @16 */
	uint8_t bounce;	/* @17 bounce slot, 255: none */
	uint16_t reserved;	/* @18 */
	uint32_t nsid;	/* @20 */
	uint64_t list_iova;	/* @24 its PRP list / SGL page, 0: none */
	uint64_t lba;	/* @32 */
} __attribute__((packed));
#define PVSS_NVME_CMD_SIZE 40
_Static_assert(sizeof(struct pvss_wire_nvme_cmd) == 40, "nvme_cmd size");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, hdr) == 0, "nvme_cmd.hdr");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, index) == 8, "nvme_cmd.index");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, cid) == 10, "nvme_cmd.cid");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, kind) == 12, "nvme_cmd.kind");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, opcode) == 16, "nvme_cmd.opcode");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, bounce) == 17, "nvme_cmd.bounce");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, reserved) == 18, "nvme_cmd.reserved");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, nsid) == 20, "nvme_cmd.nsid");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, list_iova) == 24, "nvme_cmd.list_iova");
_Static_assert(offsetof(struct pvss_wire_nvme_cmd, lba) == 32, "nvme_cmd.lba");

#endif /* PV_GENERATED_PVSS_WIRE_H */
