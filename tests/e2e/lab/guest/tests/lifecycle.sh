# lifecycle: the VSPs survive the guest closing and reopening their channels.
# Write a marker file, rmmod hv_storvsc and hv_netvsc (closing every channel
# and, for netvsc, tearing down the RNDIS device), insmod them again, check
# the marker survived, then run the full storage check again. If the NIC was
# present before, it must come back.

. /tests/storage.sh

e2e_lifecycle_check() {
	disk=$(e2e_wait_disk) || { E2E_REASON="no hv_storvsc disk after ${PVWAIT}s"; return 1; }
	out=$(mkfs.ext4 -F -q "/dev/$disk" 2>&1) || { E2E_REASON="mkfs.ext4: $out"; return 1; }
	mount -t ext4 "/dev/$disk" /mnt/e2e || { E2E_REASON="mount failed"; return 1; }
	dd if=/dev/urandom of=/mnt/e2e/marker bs=4096 count=16 2>/dev/null
	want=$(e2e_sum < /mnt/e2e/marker)
	umount /mnt/e2e || { E2E_REASON="umount failed"; return 1; }

	had_net=0
	if ifc=$(PVWAIT=1 e2e_wait_netvsc); then
		had_net=1
		ip link set "$ifc" down
	fi
	for m in hv_storvsc hv_netvsc; do
		if grep -q "^$m " /proc/modules; then
			out=$(rmmod "$m" 2>&1) || { E2E_REASON="rmmod $m: $out"; return 1; }
			e2e_log "removed $m"
		fi
	done
	if [ -n "$(e2e_storvsc_disk)" ]; then
		E2E_REASON="disk $disk still present after rmmod hv_storvsc"
		return 1
	fi
	for m in hv_storvsc hv_netvsc; do
		e2e_insmod "$m" || return 1
		e2e_log "reloaded $m"
	done
	disk=$(e2e_wait_disk) || { E2E_REASON="disk did not come back after insmod hv_storvsc"; return 1; }
	mount -t ext4 "/dev/$disk" /mnt/e2e || { E2E_REASON="mount after reload failed"; return 1; }
	got=$(e2e_sum < /mnt/e2e/marker)
	umount /mnt/e2e
	if [ "$got" != "$want" ]; then
		E2E_REASON="marker changed across reload: $got, want $want"
		return 1
	fi
	if [ $had_net = 1 ] && ! ifc=$(e2e_wait_netvsc); then
		E2E_REASON="netvsc interface did not come back after insmod hv_netvsc"
		return 1
	fi
	e2e_storage_check
}

e2e_main() {
	if e2e_lifecycle_check; then
		e2e_pass lifecycle
	else
		e2e_fail lifecycle "$E2E_REASON"
	fi
}
