# channels: the VMBus channels the guest's storvsc and netvsc use, from
# /sys/bus/vmbus/devices/*/channels/<relid>/ (the primary and each
# subchannel). A channel is open when its ring can be read (`read_avail`;
# Linux answers EINVAL once the ring is gone). One line per channel: relid,
# the vCPU it interrupts, open or closed, and the signal counts each way
# (`interrupts`: host -> guest, `events`: guest -> host). For netvsc also the
# interface's receive queues (one per channel in use).
#
# pvchan=N on the kernel command line: every storvsc and netvsc device must
# have N open channels, and no closed one left over (default 1).

e2e_channels_dev() {
	d=$1
	open=0
	closed=0
	for c in "$d"/channels/*; do
		[ -d "$c" ] || continue
		if avail=$(cat "$c/read_avail" 2>/dev/null); then
			state=open
			open=$((open + 1))
		else
			state=closed
			closed=$((closed + 1))
		fi
		e2e_log "$2 channel $(basename "$c"): cpu $(cat "$c/cpu" 2>/dev/null), $state," \
			"interrupts $(cat "$c/interrupts" 2>/dev/null), events $(cat "$c/events" 2>/dev/null)"
	done
	e2e_log "$2: $open open, $closed closed"
	if [ "$open" != "$PVCHAN" ] || [ "$closed" != 0 ]; then
		E2E_REASON="$2 has $open open and $closed closed channels, want $PVCHAN open"
		return 1
	fi
}

e2e_channels_check() {
	n=0
	for d in /sys/bus/vmbus/devices/*; do
		[ -e "$d/driver" ] || continue
		drv=$(basename "$(readlink -f "$d/driver")")
		case "$drv" in
		hv_storvsc | hv_netvsc) ;;
		*) continue ;;
		esac
		n=$((n + 1))
		e2e_channels_dev "$d" "$drv" || return 1
		if [ "$drv" = hv_netvsc ]; then
			for i in "$d"/net/*; do
				[ -d "$i/queues" ] || continue
				rx=$(ls -d "$i"/queues/rx-* | wc -l)
				tx=$(ls -d "$i"/queues/tx-* | wc -l)
				e2e_log "$(basename "$i"): $rx receive, $tx transmit queues"
				if [ "$rx" != "$PVCHAN" ]; then
					E2E_REASON="$(basename "$i") has $rx receive queues, want $PVCHAN"
					return 1
				fi
			done
		fi
	done
	if [ $n = 0 ]; then
		E2E_REASON="no storvsc or netvsc device bound"
		return 1
	fi
}

e2e_main() {
	PVCHAN=1
	for arg in $(cat /proc/cmdline); do
		case "$arg" in
		pvchan=*) PVCHAN=${arg#pvchan=} ;;
		esac
	done
	if e2e_channels_check; then
		e2e_pass channels
	else
		e2e_fail channels "$E2E_REASON"
	fi
}
