/*
 * DSDT of the kvm partition (compiled by iasl at build time into
 * kvm_dsdt.hex in the build directory; see CMakeLists.txt).
 *
 * _S5 lets Linux power off through PM1a_CNT (SLP_TYP 5, SLP_EN).
 * VMBS is the device hv_vmbus (Linux 6.1 vmbus_drv.c) binds to by HID
 * "VMBus"; it needs a _CRS to walk, and on x86 ignores the IRQ in it (the
 * VMBus interrupt is the SynIC vector 0xF3). _HID is a method because iasl
 * rejects a 5-character HID string in a Name().
 */
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
	}
}
