# accel: accelerated networking, first step (`pv-run --mana --accel`): the
# guest has netvsp's synthetic NIC (hv_netvsc) and, in PCI slot 5, our
# MANA function with the same MAC. netvsp tells the guest the VF's serial
# (NVSP SEND_VF_ASSOCIATION, serial 5 = the slot's _SUN in our DSDT);
# Linux 6.1's hv_netvsc pairs the mana netdev with the synthetic one by the
# PCI slot's name and MAC, makes it its lower device and switches its data
# path to it (NVSP SWITCH_DATA_PATH, completed by netvsp). The synthetic
# NIC sits on the null endpoint: what it is given goes nowhere, so traffic
# through the synthetic interface reaches the peer only through the VF.
# Then `rmmod mana`: the data path switches back and traffic stops. Last,
# hv_netvsc goes (rmmod) so that guest test `mana` finds the function alone.

. /tests/mana.sh

# accel_dmesg_wait PATTERN: waits up to PVWAIT s of guest uptime for a
# kernel line matching PATTERN (grep -E) and prints it without its time
# stamp. Bounded by time, not tries: each dmesg | grep is slow in the
# nested guest.
accel_dmesg_wait() {
	end=$(($(cut -d. -f1 /proc/uptime) + PVWAIT))
	while :; do
		line=$(dmesg | grep -E -- "$1" | tail -n 1)
		[ -n "$line" ] && break
		[ "$(cut -d. -f1 /proc/uptime)" -ge "$end" ] && return 1
		usleep 500000
	done
	echo "$line" | sed 's/^\[[^]]*\] //'
}

accel_check() {
	syn=$(e2e_wait_netvsc) || { E2E_REASON="no hv_netvsc interface after ${PVWAIT}s"; return 1; }
	e2e_log "synthetic $syn, mac $(cat "/sys/class/net/$syn/address")"
	# Logged while hv_netvsc probes, before the netdev has its name.
	line=$(accel_dmesg_wait "hv_netvsc .*: VF slot [0-9]+ added") ||
		{ E2E_REASON="hv_netvsc never logged the VF association"; return 1; }
	e2e_log "kernel: $line"
	ip link set lo up
	ip link set "$syn" up || { E2E_REASON="ip link set $syn up failed"; return 1; }
	ip addr flush dev "$syn"
	ip addr add "$PVNET_IP" dev "$syn" || { E2E_REASON="ip addr add on $syn failed"; return 1; }
	if ping -c 1 -W 2 "$PVNET_PEER" > /dev/null 2>&1; then
		E2E_REASON="ping answered through $syn before the VF came: the synthetic path is not the null endpoint"
		return 1
	fi
	e2e_log "no VF yet: ping through $syn gets no answer (the synthetic path ends at the null endpoint)"

	e2e_modprobe mana || return 1
	vf=$(e2e_wait e2e_if_of mana) || { E2E_REASON="no interface bound to mana ${PVWAIT}s after loading it"; return 1; }
	bdf=$(basename "$(readlink -f "/sys/class/net/$vf/device")")
	slot=none
	for s in /sys/bus/pci/slots/*; do
		[ "$(cat "$s/address" 2>/dev/null)" = "${bdf%.*}" ] && slot=$(basename "$s")
	done
	e2e_log "VF $vf: PCI $bdf in slot $slot, mac $(cat "/sys/class/net/$vf/address")"
	for pat in "$syn: VF registering: $vf" "$syn: Data path switched to VF: $vf"; do
		line=$(accel_dmesg_wait "$pat") || { E2E_REASON="no kernel line '$pat' within ${PVWAIT}s"; return 1; }
		e2e_log "kernel: $line"
	done
	master=$(basename "$(readlink -f "/sys/class/net/$vf/master")")
	[ "$master" = "$syn" ] || { E2E_REASON="$vf's master is '$master', not $syn"; return 1; }
	e2e_log "$vf is $syn's lower device"
	PVNET_IF=$syn
	e2e_network_check || return 1

	rmmod mana || { E2E_REASON="rmmod mana failed"; return 1; }
	line=$(accel_dmesg_wait "$syn: Data path switched from VF: $vf") ||
		{ E2E_REASON="no 'Data path switched from VF' after rmmod mana"; return 1; }
	e2e_log "kernel: $line"
	if ping -c 2 -W 2 "$PVNET_PEER" > /dev/null 2>&1; then
		E2E_REASON="ping still answered through $syn with the VF gone"
		return 1
	fi
	e2e_log "VF gone: ping through $syn gets no answer again"
	ip addr flush dev "$syn"
	ip link set "$syn" down
	rmmod hv_netvsc || { E2E_REASON="rmmod hv_netvsc failed"; return 1; }
	[ -e "/sys/class/net/$syn" ] && { E2E_REASON="$syn still there after rmmod hv_netvsc"; return 1; }
	e2e_log "hv_netvsc unloaded: the function is left to guest test mana"
	return 0
}

e2e_main() {
	if accel_check; then
		e2e_pass accel
	else
		dmesg | grep -E 'hv_netvsc|mana|VF' | tail -n 20 | sed 's/^/E2E-LOG: accel: kernel: /'
		e2e_fail accel "$E2E_REASON"
	fi
}
