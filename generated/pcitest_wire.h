/* DO NOT EDIT: generated from spec/pcitest.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PCITEST_WIRE_H
#define PV_GENERATED_PCITEST_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* PCI test function registers */

#define PCITEST_MAGIC 0x44545650	/* ID register: 'PVTD' in memory order */
#define PCITEST_VERSION 1
#define PCITEST_MAX_DMA 0x100000	/* largest dma_len a command accepts (1 MiB) */
#define PCITEST_VECTORS 4	/* MSI-X vectors */
#define PCITEST_MSIX_TABLE_OFF 0	/* in BAR2 */
#define PCITEST_MSIX_PBA_OFF 0x1000	/* in BAR2 */
#define PCITEST_BAR0_SIZE 0x1000
#define PCITEST_BAR2_SIZE 0x4000
#define PCITEST_FNV_OFFSET 0x811c9dc5U	/* FNV-1a 32-bit offset basis */
#define PCITEST_FNV_PRIME 0x1000193

enum pcitest_command {
	PCITEST_COMMAND_FILL = 1,
	PCITEST_COMMAND_SUM = 2,
};

enum pcitest_result {
	PCITEST_RESULT_OK = 0,
	PCITEST_RESULT_DMA_FAULT = 1,
	PCITEST_RESULT_BAD_LENGTH = 2,
	PCITEST_RESULT_BAD_COMMAND = 3,
	PCITEST_RESULT_NONE = (int)0xffffffffU,
};

/* BAR0 */
struct pcitest_wire_regs {
	uint32_t id;	/* @0 MAGIC, read-only */
	uint32_t version;	/* @4 read-only */
	uint32_t scratch;	/* @8 read-write, no effect */
	uint32_t reserved;	/* @12 */
	uint64_t dma_addr;	/* @16 guest physical address */
	uint32_t dma_len;	/* @24 */
	uint32_t pattern;	/* @28 */
	uint32_t command;	/* @32 write-only: runs the command */
	uint32_t result;	/* @36 read-only */
	uint32_t checksum;	/* @40 read-only: FNV-1a of the last SUM */
	uint32_t irq;	/* @44 write-only: raises this MSI-X vector */
	uint32_t irq_count;	/* @48 read-only: vectors raised since reset */
} __attribute__((packed));
#define PCITEST_REGS_SIZE 52
_Static_assert(sizeof(struct pcitest_wire_regs) == 52, "regs size");
_Static_assert(offsetof(struct pcitest_wire_regs, id) == 0, "regs.id");
_Static_assert(offsetof(struct pcitest_wire_regs, version) == 4, "regs.version");
_Static_assert(offsetof(struct pcitest_wire_regs, scratch) == 8, "regs.scratch");
_Static_assert(offsetof(struct pcitest_wire_regs, reserved) == 12, "regs.reserved");
_Static_assert(offsetof(struct pcitest_wire_regs, dma_addr) == 16, "regs.dma_addr");
_Static_assert(offsetof(struct pcitest_wire_regs, dma_len) == 24, "regs.dma_len");
_Static_assert(offsetof(struct pcitest_wire_regs, pattern) == 28, "regs.pattern");
_Static_assert(offsetof(struct pcitest_wire_regs, command) == 32, "regs.command");
_Static_assert(offsetof(struct pcitest_wire_regs, result) == 36, "regs.result");
_Static_assert(offsetof(struct pcitest_wire_regs, checksum) == 40, "regs.checksum");
_Static_assert(offsetof(struct pcitest_wire_regs, irq) == 44, "regs.irq");
_Static_assert(offsetof(struct pcitest_wire_regs, irq_count) == 48, "regs.irq_count");

#endif /* PV_GENERATED_PCITEST_WIRE_H */
