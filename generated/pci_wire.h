/* DO NOT EDIT: generated from spec/pci.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PCI_WIRE_H
#define PV_GENERATED_PCI_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* PCI configuration space and MSI-X */

#define PCI_CONF1_ADDR_PORT 0xcf8	/* mechanism #1 CONFIG_ADDRESS (dword accesses only) */
#define PCI_CONF1_DATA_PORT 0xcfc	/* mechanism #1 CONFIG_DATA (0xCFC..0xCFF) */
#define PCI_CFG_SPACE_SIZE 0x100	/* conventional configuration space of a function */
#define PCI_MAX_DEVICES 32	/* device numbers on a bus */
#define PCI_MAX_FUNCTIONS 8	/* functions of a device */
#define PCI_NUM_BARS 6	/* BARs of a type 0 header */
#define PCI_VENDOR_NONE 0xffff	/* vendor id an absent function reads as */
#define PCI_CAP_FIRST 64	/* first byte after the type 0 header: capabilities start here */
#define PCI_BAR_MEM_MIN_SIZE 16	/* smallest memory BAR (bits 3:0 are flags) */
#define PCI_ROM_ENABLE 1	/* expansion ROM BAR enable bit */
#define PCI_MSIX_MAX_VECTORS 0x800	/* table size field is 11 bits, N-1 encoded */
#define PCI_MSIX_TABLE_ALIGN 8	/* table and PBA offsets are qword aligned (BIR in bits 2:0) */
#define PCI_MSIX_PBA_WORD 8	/* PBA is read in 64-bit words, one bit per vector */
#define PCI_MSI_ADDR_BASE 0xfee00000U	/* x86: an MSI is a dword write to 0xFEExxxxx */
#define PCI_MSI_ADDR_BASE_MASK 0xfff00000U	/* x86: bits 31:20 of the address must be 0xFEE */
#define PCI_CLASS_BRIDGE_HOST 0x60000	/* base 06 (bridge) sub 00 (host): what Linux's pci_sanity_check looks for on bus 0 */
#define PCI_CLASS_STORAGE_NVME 0x10802	/* mass storage / NVM / NVMe I/O controller */
#define PCI_CLASS_NETWORK_ETHERNET 0x20000
#define PCI_CLASS_OTHER 0xff0000	/* device does not fit any defined class */

/* capability ids (PCI Code and ID Assignment Specification) */
enum pci_cap_id {
	PCI_CAP_ID_PM = 1,
	PCI_CAP_ID_MSI = 5,
	PCI_CAP_ID_VNDR = 9,
	PCI_CAP_ID_EXP = 16,
	PCI_CAP_ID_MSIX = 17,
};

/* memory BAR bits 2:1 */
enum pci_bar_mem_type {
	PCI_BAR_MEM_TYPE_MEM32 = 0,
	PCI_BAR_MEM_TYPE_MEM64 = 2,
};

/* header type bits 6:0 */
enum pci_header_layout {
	PCI_HEADER_LAYOUT_NORMAL = 0,
	PCI_HEADER_LAYOUT_BRIDGE = 1,
	PCI_HEADER_LAYOUT_CARDBUS = 2,
};

/* command register (offset 0x04) */
#define PCI_COMMAND_IO 1
#define PCI_COMMAND_MEMORY 2
#define PCI_COMMAND_MASTER 4
#define PCI_COMMAND_SPECIAL 8
#define PCI_COMMAND_INVALIDATE 16
#define PCI_COMMAND_VGA_PALETTE 32
#define PCI_COMMAND_PARITY 64
#define PCI_COMMAND_WAIT 128
#define PCI_COMMAND_SERR 0x100
#define PCI_COMMAND_FAST_BACK 0x200
#define PCI_COMMAND_INTX_DISABLE 0x400
#define PCI_COMMAND_MASK 0x7ff

/* status register (offset 0x06); the error bits are write-one-to-clear */
#define PCI_STATUS_IMM_READY 1
#define PCI_STATUS_INTERRUPT 8
#define PCI_STATUS_CAP_LIST 16
#define PCI_STATUS_MHZ66 32
#define PCI_STATUS_FAST_BACK 128
#define PCI_STATUS_PARITY 0x100
#define PCI_STATUS_DEVSEL 0x600
#define PCI_STATUS_SIG_TARGET_ABORT 0x800
#define PCI_STATUS_REC_TARGET_ABORT 0x1000
#define PCI_STATUS_REC_MASTER_ABORT 0x2000
#define PCI_STATUS_SIG_SYSTEM_ERROR 0x4000
#define PCI_STATUS_DETECTED_PARITY 0x8000
#define PCI_STATUS_MASK 0xffb9

/* CONFIG_ADDRESS at port 0xCF8 (Linux PCI_CONF1_ADDRESS; bits 27:24 are its extended-register bits, not used here) */
struct pci_wire_conf1_address {
	uint32_t value;	/* @0 */
} __attribute__((packed));
#define PCI_CONF1_ADDRESS_SIZE 4
#define PCI_CONF1_ADDRESS_REG_SHIFT 2
#define PCI_CONF1_ADDRESS_REG_MASK 252
#define PCI_CONF1_ADDRESS_FUNCTION_SHIFT 8
#define PCI_CONF1_ADDRESS_FUNCTION_MASK 0x700
#define PCI_CONF1_ADDRESS_DEVICE_SHIFT 11
#define PCI_CONF1_ADDRESS_DEVICE_MASK 0xf800
#define PCI_CONF1_ADDRESS_BUS_SHIFT 16
#define PCI_CONF1_ADDRESS_BUS_MASK 0xff0000
#define PCI_CONF1_ADDRESS_EXT_REG_SHIFT 24
#define PCI_CONF1_ADDRESS_EXT_REG_MASK 0xf000000
#define PCI_CONF1_ADDRESS_ENABLE_SHIFT 31
#define PCI_CONF1_ADDRESS_ENABLE_MASK 0x80000000U
_Static_assert(sizeof(struct pci_wire_conf1_address) == 4, "conf1_address size");
_Static_assert(offsetof(struct pci_wire_conf1_address, value) == 0, "conf1_address.value");

/* configuration header of an endpoint (header type 0) */
struct pci_wire_type0_header {
	uint16_t vendor_id;	/* @0 */
	uint16_t device_id;	/* @2 */
	uint16_t command;	/* @4 */
	uint16_t status;	/* @6 */
	uint8_t revision;	/* @8 */
	uint8_t prog_if;	/* @9 class code bits 7:0 */
	uint8_t subclass;	/* @10 class code bits 15:8 */
	uint8_t base_class;	/* @11 class code bits 23:16 */
	uint8_t cache_line_size;	/* @12 in dwords; written by Linux, no effect */
	uint8_t latency_timer;	/* @13 Linux's pcibios_set_master raises it to 64 */
	uint8_t header_type;	/* @14 */
	uint8_t bist;	/* @15 */
	uint32_t bar[6];	/* @16 base address registers */
	uint32_t cardbus_cis;	/* @40 */
	uint16_t subsys_vendor_id;	/* @44 */
	uint16_t subsys_id;	/* @46 */
	uint32_t rom_address;	/* @48 expansion ROM BAR; 0 and read-only: no ROM */
	uint8_t cap_ptr;	/* @52 first capability (bits 1:0 reserved) */
	uint8_t reserved0[3];	/* @53 */
	uint32_t reserved1;	/* @56 */
	uint8_t interrupt_line;	/* @60 scratch for software */
	uint8_t interrupt_pin;	/* @61 0: no INTx pin */
	uint8_t min_gnt;	/* @62 */
	uint8_t max_lat;	/* @63 */
} __attribute__((packed));
#define PCI_TYPE0_HEADER_SIZE 64
#define PCI_TYPE0_HEADER_LAYOUT_SHIFT 0
#define PCI_TYPE0_HEADER_LAYOUT_MASK 127
#define PCI_TYPE0_HEADER_MULTI_FUNCTION_SHIFT 7
#define PCI_TYPE0_HEADER_MULTI_FUNCTION_MASK 128
_Static_assert(sizeof(struct pci_wire_type0_header) == 64, "type0_header size");
_Static_assert(offsetof(struct pci_wire_type0_header, vendor_id) == 0, "type0_header.vendor_id");
_Static_assert(offsetof(struct pci_wire_type0_header, device_id) == 2, "type0_header.device_id");
_Static_assert(offsetof(struct pci_wire_type0_header, command) == 4, "type0_header.command");
_Static_assert(offsetof(struct pci_wire_type0_header, status) == 6, "type0_header.status");
_Static_assert(offsetof(struct pci_wire_type0_header, revision) == 8, "type0_header.revision");
_Static_assert(offsetof(struct pci_wire_type0_header, prog_if) == 9, "type0_header.prog_if");
_Static_assert(offsetof(struct pci_wire_type0_header, subclass) == 10, "type0_header.subclass");
_Static_assert(offsetof(struct pci_wire_type0_header, base_class) == 11, "type0_header.base_class");
_Static_assert(offsetof(struct pci_wire_type0_header, cache_line_size) == 12, "type0_header.cache_line_size");
_Static_assert(offsetof(struct pci_wire_type0_header, latency_timer) == 13, "type0_header.latency_timer");
_Static_assert(offsetof(struct pci_wire_type0_header, header_type) == 14, "type0_header.header_type");
_Static_assert(offsetof(struct pci_wire_type0_header, bist) == 15, "type0_header.bist");
_Static_assert(offsetof(struct pci_wire_type0_header, bar) == 16, "type0_header.bar");
_Static_assert(offsetof(struct pci_wire_type0_header, cardbus_cis) == 40, "type0_header.cardbus_cis");
_Static_assert(offsetof(struct pci_wire_type0_header, subsys_vendor_id) == 44, "type0_header.subsys_vendor_id");
_Static_assert(offsetof(struct pci_wire_type0_header, subsys_id) == 46, "type0_header.subsys_id");
_Static_assert(offsetof(struct pci_wire_type0_header, rom_address) == 48, "type0_header.rom_address");
_Static_assert(offsetof(struct pci_wire_type0_header, cap_ptr) == 52, "type0_header.cap_ptr");
_Static_assert(offsetof(struct pci_wire_type0_header, reserved0) == 53, "type0_header.reserved0");
_Static_assert(offsetof(struct pci_wire_type0_header, reserved1) == 56, "type0_header.reserved1");
_Static_assert(offsetof(struct pci_wire_type0_header, interrupt_line) == 60, "type0_header.interrupt_line");
_Static_assert(offsetof(struct pci_wire_type0_header, interrupt_pin) == 61, "type0_header.interrupt_pin");
_Static_assert(offsetof(struct pci_wire_type0_header, min_gnt) == 62, "type0_header.min_gnt");
_Static_assert(offsetof(struct pci_wire_type0_header, max_lat) == 63, "type0_header.max_lat");

/* a memory BAR's low dword: flags in bits 3:0, the address above (the bits below the BAR's size read 0) */
struct pci_wire_bar_mem {
	uint32_t value;	/* @0 */
} __attribute__((packed));
#define PCI_BAR_MEM_SIZE 4
#define PCI_BAR_MEM_IO_SPACE_SHIFT 0
#define PCI_BAR_MEM_IO_SPACE_MASK 1
#define PCI_BAR_MEM_MEM_TYPE_SHIFT 1
#define PCI_BAR_MEM_MEM_TYPE_MASK 6
#define PCI_BAR_MEM_PREFETCH_SHIFT 3
#define PCI_BAR_MEM_PREFETCH_MASK 8
#define PCI_BAR_MEM_ADDRESS_SHIFT 4
#define PCI_BAR_MEM_ADDRESS_MASK 0xfffffff0U
_Static_assert(sizeof(struct pci_wire_bar_mem) == 4, "bar_mem size");
_Static_assert(offsetof(struct pci_wire_bar_mem, value) == 0, "bar_mem.value");

/* every capability starts with its id and the offset of the next (0 ends the list) */
struct pci_wire_cap_header {
	uint8_t cap_id;	/* @0 */
	uint8_t next;	/* @1 */
} __attribute__((packed));
#define PCI_CAP_HEADER_SIZE 2
_Static_assert(sizeof(struct pci_wire_cap_header) == 2, "cap_header size");
_Static_assert(offsetof(struct pci_wire_cap_header, cap_id) == 0, "cap_header.cap_id");
_Static_assert(offsetof(struct pci_wire_cap_header, next) == 1, "cap_header.next");

/* MSI-X capability structure */
struct pci_wire_msix_cap {
	uint8_t cap_id;	/* @0 */
	uint8_t next;	/* @1 */
	uint16_t control;	/* @2 message control */
	uint32_t table;	/* @4 */
	uint32_t pba;	/* @8 */
} __attribute__((packed));
#define PCI_MSIX_CAP_SIZE 12
#define PCI_MSIX_CAP_TABLE_SIZE_SHIFT 0
#define PCI_MSIX_CAP_TABLE_SIZE_MASK 0x7ff
#define PCI_MSIX_CAP_FUNCTION_MASK_SHIFT 14
#define PCI_MSIX_CAP_FUNCTION_MASK_MASK 0x4000
#define PCI_MSIX_CAP_ENABLE_SHIFT 15
#define PCI_MSIX_CAP_ENABLE_MASK 0x8000
#define PCI_MSIX_CAP_TABLE_BIR_SHIFT 0
#define PCI_MSIX_CAP_TABLE_BIR_MASK 7
#define PCI_MSIX_CAP_TABLE_OFFSET_SHIFT 3
#define PCI_MSIX_CAP_TABLE_OFFSET_MASK 0xfffffff8U
#define PCI_MSIX_CAP_PBA_BIR_SHIFT 0
#define PCI_MSIX_CAP_PBA_BIR_MASK 7
#define PCI_MSIX_CAP_PBA_OFFSET_SHIFT 3
#define PCI_MSIX_CAP_PBA_OFFSET_MASK 0xfffffff8U
_Static_assert(sizeof(struct pci_wire_msix_cap) == 12, "msix_cap size");
_Static_assert(offsetof(struct pci_wire_msix_cap, cap_id) == 0, "msix_cap.cap_id");
_Static_assert(offsetof(struct pci_wire_msix_cap, next) == 1, "msix_cap.next");
_Static_assert(offsetof(struct pci_wire_msix_cap, control) == 2, "msix_cap.control");
_Static_assert(offsetof(struct pci_wire_msix_cap, table) == 4, "msix_cap.table");
_Static_assert(offsetof(struct pci_wire_msix_cap, pba) == 8, "msix_cap.pba");

/* one MSI-X table entry; software writes it while the vector is masked */
struct pci_wire_msix_entry {
	uint32_t addr_lo;	/* @0 message address bits 31:2 (bits 1:0 read 0) */
	uint32_t addr_hi;	/* @4 */
	uint32_t data;	/* @8 message data; x86: vector in bits 7:0 */
	uint32_t vector_ctrl;	/* @12 */
} __attribute__((packed));
#define PCI_MSIX_ENTRY_SIZE 16
#define PCI_MSIX_ENTRY_MASK_SHIFT 0
#define PCI_MSIX_ENTRY_MASK_MASK 1
_Static_assert(sizeof(struct pci_wire_msix_entry) == 16, "msix_entry size");
_Static_assert(offsetof(struct pci_wire_msix_entry, addr_lo) == 0, "msix_entry.addr_lo");
_Static_assert(offsetof(struct pci_wire_msix_entry, addr_hi) == 4, "msix_entry.addr_hi");
_Static_assert(offsetof(struct pci_wire_msix_entry, data) == 8, "msix_entry.data");
_Static_assert(offsetof(struct pci_wire_msix_entry, vector_ctrl) == 12, "msix_entry.vector_ctrl");

#endif /* PV_GENERATED_PCI_WIRE_H */
