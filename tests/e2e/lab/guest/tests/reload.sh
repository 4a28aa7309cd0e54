# reload: the lightest channel close and reopen, for traces: rmmod
# hv_storvsc and hv_netvsc (each closes its channels and tears down its
# GPADLs: storvsc's ring, netvsc's ring plus receive and send buffers), then
# insmod both and wait for the disk and the interface to come back. No file
# system I/O (lifecycle does the full check).

e2e_reload_check() {
	had_disk=0
	had_net=0
	PVWAIT=1 e2e_wait_disk > /dev/null && had_disk=1
	PVWAIT=1 e2e_wait_netvsc > /dev/null && had_net=1
	if [ $had_disk = 0 ] && [ $had_net = 0 ]; then
		E2E_REASON="neither a storvsc disk nor a netvsc interface to reload"
		return 1
	fi
	for m in hv_storvsc hv_netvsc; do
		out=$(rmmod "$m" 2>&1) || { E2E_REASON="rmmod $m: $out"; return 1; }
	done
	for m in hv_storvsc hv_netvsc; do
		e2e_insmod "$m" || return 1
	done
	if [ $had_disk = 1 ]; then
		d=$(e2e_wait_disk) || { E2E_REASON="disk did not come back"; return 1; }
		e2e_log "disk $d back"
	fi
	if [ $had_net = 1 ]; then
		n=$(e2e_wait_netvsc) || { E2E_REASON="interface did not come back"; return 1; }
		e2e_log "interface $n back"
	fi
	return 0
}

e2e_main() {
	if e2e_reload_check; then
		e2e_pass reload
	else
		e2e_fail reload "$E2E_REASON"
	fi
}
