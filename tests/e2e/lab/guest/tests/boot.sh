# boot: the inner guest reached /init and hv_vmbus connected to the host's
# VMBus (the kernel logs the negotiated version). Needs no VSP.

e2e_main() {
	if ! grep -q '^hv_vmbus ' /proc/modules; then
		e2e_fail boot "hv_vmbus is not loaded"
		return
	fi
	v=$(dmesg | grep -o 'Vmbus version:[0-9.]*' | tail -n 1)
	if [ -z "$v" ]; then
		e2e_fail boot "hv_vmbus loaded but logged no 'Vmbus version'"
		return
	fi
	e2e_log "$v, devices: $(ls /sys/bus/vmbus/devices 2>/dev/null | wc -l)"
	e2e_pass boot
}
