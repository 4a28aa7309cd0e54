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
		}
	}
}
