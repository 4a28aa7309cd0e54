# reboot: the guest reboots once (`reboot -f`) and must come back.
#
# First boot: leaves a mark in CMOS RAM (byte 0x7e; CMOS RAM survives a
# reset, as on a PC, and the kvm partition keeps it) and reboots. The VMM
# must reset the VM and boot the same kernel and initramfs: /init runs again,
# so do the tests listed before this one (put `boot` first: hv_vmbus then
# negotiates with the VMBus server a second time), and this test finds the
# mark, clears it and passes. Use it last in pvtest=; the VMM must restart on
# reboot (paravisor `partition: on_reboot: restart`, the default).
#
# CMOS goes through /dev/port (CONFIG_DEVPORT): index to port 0x70 (offset
# 112), data at port 0x71 (offset 113), one byte per access.

REBOOT_MARK_INDEX=126
REBOOT_MARK=183

cmos_byte_out() {
	printf "\\$(printf %o "$2")" | dd of=/dev/port bs=1 seek="$1" count=1 conv=notrunc 2>/dev/null
}

cmos_read() {
	cmos_byte_out 112 "$1"
	dd if=/dev/port bs=1 skip=113 count=1 2>/dev/null | od -An -tu1 | tr -d ' \n'
}

cmos_write() {
	cmos_byte_out 112 "$1"
	cmos_byte_out 113 "$2"
}

e2e_main() {
	if [ ! -c /dev/port ]; then
		e2e_fail reboot "no /dev/port to reach the CMOS"
		return
	fi
	mark=$(cmos_read $REBOOT_MARK_INDEX)
	if [ "$mark" = "$REBOOT_MARK" ]; then
		cmos_write $REBOOT_MARK_INDEX 0
		if [ "$(cmos_read $REBOOT_MARK_INDEX)" != 0 ]; then
			e2e_fail reboot "cannot clear the reboot mark in CMOS"
			return
		fi
		e2e_log "second boot: /init ran again after the reboot (uptime $(cut -d' ' -f1 /proc/uptime) s)"
		e2e_pass reboot
		return
	fi
	cmos_write $REBOOT_MARK_INDEX $REBOOT_MARK
	mark=$(cmos_read $REBOOT_MARK_INDEX)
	if [ "$mark" != "$REBOOT_MARK" ]; then
		e2e_fail reboot "CMOS RAM does not keep a byte (read '$mark'): cannot tell the boots apart"
		return
	fi
	e2e_log "first boot: rebooting (reboot -f) at uptime $(cut -d' ' -f1 /proc/uptime) s"
	sync
	reboot -f
	sleep 30
	e2e_fail reboot "reboot -f returned"
}
