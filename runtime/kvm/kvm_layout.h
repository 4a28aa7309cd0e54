/*
 * Guest physical layout of the kvm partition that the DSDT shares with the
 * C code: dsdt.asl includes this file through iasl's preprocessor, so it
 * holds #defines of plain numbers only (iasl does not evaluate expressions
 * inside resource descriptors: each window has its base, limit and length
 * spelled out, and kvm_vm.c checks they agree).
 *
 * Guest RAM ends at 3 GiB at most; the 32-bit MMIO window of the PCI root
 * bridge takes 3 GiB .. 4 GiB - 64 MiB (the IO-APIC at 0xFEC00000 and the
 * LAPIC at 0xFEE00000 stay outside it), and the 64-bit window 4 GiB .. 64
 * GiB, inside a 36-bit physical address space.
 */
#ifndef RT_KVM_LAYOUT_H
#define RT_KVM_LAYOUT_H

#define KVM_PCI_MMIO32_BASE 0xC0000000
#define KVM_PCI_MMIO32_LIMIT 0xFBFFFFFF
#define KVM_PCI_MMIO32_LEN 0x3C000000

#define KVM_PCI_MMIO64_BASE 0x100000000
#define KVM_PCI_MMIO64_LIMIT 0xFFFFFFFFF
#define KVM_PCI_MMIO64_LEN 0xF00000000

#endif
