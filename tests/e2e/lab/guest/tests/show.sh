# show: prints what the guest sees of its synthetic devices, for people
# watching (scripts/demo): the VMBus devices and their drivers, the disks,
# the network interfaces. Passes if it found at least one VMBus device.

e2e_show_class() {
	case "$1" in
	*ba6163d9-04a1-4d29-b605-72e2ffb1dc7f*) echo "SCSI controller (storvsc)" ;;
	*f8615163-df3e-46c5-913f-f2d2f965ed0e*) echo "network adapter (netvsc)" ;;
	*) echo "class $1" ;;
	esac
}

e2e_main() {
	n=0
	for d in /sys/bus/vmbus/devices/*; do
		[ -e "$d/class_id" ] || continue
		n=$((n + 1))
		drv=none
		[ -e "$d/driver" ] && drv=$(basename "$(readlink -f "$d/driver")")
		e2e_log "vmbus $(basename "$d"): $(e2e_show_class "$(cat "$d/class_id")"), driver $drv"
	done
	for b in /sys/block/sd*; do
		[ -e "$b" ] || continue
		e2e_log "disk $(basename "$b"): $(($(cat "$b/size") / 2048)) MiB, model '$(tr -s ' ' < "$b/device/model" 2>/dev/null)'"
	done
	for i in /sys/class/net/*; do
		[ "$(basename "$i")" = lo ] && continue
		a=$(ip -o -4 addr show dev "$(basename "$i")" | awk '{print $4}')
		e2e_log "net $(basename "$i"): mac $(cat "$i/address"), mtu $(cat "$i/mtu"), ${a:-no address yet}"
	done
	if [ $n -gt 0 ]; then
		e2e_pass show
	else
		e2e_fail show "no VMBus devices"
	fi
}
