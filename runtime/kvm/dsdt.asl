/*
 * DSDT of the kvm partition (compiled by iasl at build time into
 * kvm_dsdt.hex in the build directory; see CMakeLists.txt).
 *
 * _S5 lets Linux power off through PM1a_CNT (SLP_TYP 5, SLP_EN).
 * VMBS is the device hv_vmbus (Linux 6.1 vmbus_drv.c) binds to by HID
 * "VMBus"; it needs a _CRS to walk, and on x86 ignores the IRQ in it (the
 * VMBus interrupt is the SynIC vector 0xF3). _HID is a method because iasl
 * rejects a 5-character HID string in a Name().
 *
 * PCI0 is the root bridge of the partition's PCI bus (kvm_pci.c): a
 * conventional PCI host bridge (PNP0A03, no _OSC: nothing PCIe to hand
 * over) whose configuration space is reached through mechanism #1 at
 * 0xCF8..0xCFF. _CRS gives Linux (drivers/acpi/pci_root.c) bus 0 only, the
 * I/O ports around 0xCF8, and the memory windows of kvm_layout.h, where the
 * partition places BARs and from which Linux may reassign them. No _PRT:
 * functions have no INTx pin, they signal with MSI-X.
 *
 * S01..S1F describe the bus's device slots 1..31 (_ADR slot << 16), each
 * with a slot number _SUN equal to its slot. Linux's ACPI PCI slot driver
 * (drivers/acpi/pci_slot.c, built into Debian's kernel) registers a PCI
 * slot named by _SUN for each, so a function there gets pdev->slot. Linux
 * 6.1's hv_netvsc matches a VF netdev to its synthetic NIC by that name
 * only (netvsc_drv.c get_netvsc_byslot: "no PCI slot information"
 * otherwise): the VF association serial netvsp sends is the _SUN of the
 * VF's slot. QEMU's i440fx DSDT declares its slots the same way.
 */
#include "kvm_layout.h"

DefinitionBlock ("", "DSDT", 2, "PVISOR", "PVDSDT", 1)
{
	Name (_S5, Package (0x04) { 0x05, 0x05, Zero, Zero })

	Scope (\_SB)
	{
		Device (VMBS)
		{
			Method (_HID, 0, NotSerialized)
			{
				Return ("VMBus")
			}
			Name (_UID, Zero)
			Name (_DDN, "VMBUS")
			Method (_STA, 0, NotSerialized)
			{
				Return (0x0F)
			}
			Name (_CRS, ResourceTemplate ()
			{
				IRQNoFlags () {5}
			})
		}

		Device (PCI0)
		{
			Name (_HID, EisaId ("PNP0A03"))
			Name (_UID, Zero)
			Name (_BBN, Zero)
			Name (_CRS, ResourceTemplate ()
			{
				WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
					0x0000, 0x0000, 0x0000, 0x0000, 0x0001)
				IO (Decode16, 0x0CF8, 0x0CF8, 0x01, 0x08)
				WordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, EntireRange,
					0x0000, 0x0000, 0x0CF7, 0x0000, 0x0CF8)
				WordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, EntireRange,
					0x0000, 0x0D00, 0xFFFF, 0x0000, 0xF300)
				DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable,
					ReadWrite, 0x00000000, KVM_PCI_MMIO32_BASE, KVM_PCI_MMIO32_LIMIT,
					0x00000000, KVM_PCI_MMIO32_LEN)
				QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable,
					ReadWrite, 0x0000000000000000, KVM_PCI_MMIO64_BASE,
					KVM_PCI_MMIO64_LIMIT, 0x0000000000000000, KVM_PCI_MMIO64_LEN)
			})

			Device (S01) { Name (_ADR, 0x00010000) Name (_SUN, 1) }
			Device (S02) { Name (_ADR, 0x00020000) Name (_SUN, 2) }
			Device (S03) { Name (_ADR, 0x00030000) Name (_SUN, 3) }
			Device (S04) { Name (_ADR, 0x00040000) Name (_SUN, 4) }
			Device (S05) { Name (_ADR, 0x00050000) Name (_SUN, 5) }
			Device (S06) { Name (_ADR, 0x00060000) Name (_SUN, 6) }
			Device (S07) { Name (_ADR, 0x00070000) Name (_SUN, 7) }
			Device (S08) { Name (_ADR, 0x00080000) Name (_SUN, 8) }
			Device (S09) { Name (_ADR, 0x00090000) Name (_SUN, 9) }
			Device (S0A) { Name (_ADR, 0x000A0000) Name (_SUN, 10) }
			Device (S0B) { Name (_ADR, 0x000B0000) Name (_SUN, 11) }
			Device (S0C) { Name (_ADR, 0x000C0000) Name (_SUN, 12) }
			Device (S0D) { Name (_ADR, 0x000D0000) Name (_SUN, 13) }
			Device (S0E) { Name (_ADR, 0x000E0000) Name (_SUN, 14) }
			Device (S0F) { Name (_ADR, 0x000F0000) Name (_SUN, 15) }
			Device (S10) { Name (_ADR, 0x00100000) Name (_SUN, 16) }
			Device (S11) { Name (_ADR, 0x00110000) Name (_SUN, 17) }
			Device (S12) { Name (_ADR, 0x00120000) Name (_SUN, 18) }
			Device (S13) { Name (_ADR, 0x00130000) Name (_SUN, 19) }
			Device (S14) { Name (_ADR, 0x00140000) Name (_SUN, 20) }
			Device (S15) { Name (_ADR, 0x00150000) Name (_SUN, 21) }
			Device (S16) { Name (_ADR, 0x00160000) Name (_SUN, 22) }
			Device (S17) { Name (_ADR, 0x00170000) Name (_SUN, 23) }
			Device (S18) { Name (_ADR, 0x00180000) Name (_SUN, 24) }
			Device (S19) { Name (_ADR, 0x00190000) Name (_SUN, 25) }
			Device (S1A) { Name (_ADR, 0x001A0000) Name (_SUN, 26) }
			Device (S1B) { Name (_ADR, 0x001B0000) Name (_SUN, 27) }
			Device (S1C) { Name (_ADR, 0x001C0000) Name (_SUN, 28) }
			Device (S1D) { Name (_ADR, 0x001D0000) Name (_SUN, 29) }
			Device (S1E) { Name (_ADR, 0x001E0000) Name (_SUN, 30) }
			Device (S1F) { Name (_ADR, 0x001F0000) Name (_SUN, 31) }
		}
	}
}
