# mana: Linux's mana driver on the VMM's GDMA/MANA emulator (PCI bus,
# `pv-run --mana`: function 1414:00ba whose one vport is bridged to a TAP in
# the lab's network namespace, where lab-net-peer answers): the driver
# probes, ethN comes up with the MAC the VMM configured (`pvmana.mac=`), and
# the network test runs on it (address, ARP and ping to the peer, a TCP
# download and upload checked by SHA-256). Then the emulator takes the link
# down and up again (pv-run --knob-on sets the `link` knob when this test
# says so): traffic must stop and come back (6.1's driver drops the link
# event itself, so its carrier is only logged). Last, `rmmod mana` and
# loading it again, twice: ethN comes back with the same MAC and passes
# traffic each time.

. /tests/network.sh

# mana_up IFC: address, link up, carrier, one ping. Sets E2E_REASON.
mana_up() {
	ip link set "$1" up || { E2E_REASON="ip link set $1 up failed"; return 1; }
	ip addr flush dev "$1"
	ip addr add "$PVNET_IP" dev "$1" || { E2E_REASON="ip addr add on $1 failed"; return 1; }
	i=0
	while [ "$(cat "/sys/class/net/$1/carrier" 2>/dev/null)" != 1 ]; do
		i=$((i + 1))
		[ $i -gt $((PVWAIT * 5)) ] && { E2E_REASON="$1 has no carrier"; return 1; }
		usleep 200000
	done
	out=$(ping -c 2 -W 5 "$PVNET_PEER" 2>&1) || { E2E_REASON="ping on $1: $out"; return 1; }
	echo "$out" | tail -n 1
}

mana_check() {
	want=$(tr ' ' '\n' < /proc/cmdline | sed -n 's/^pvmana\.mac=//p')
	n0=$(dmesg | grep -c .)
	e2e_modprobe mana || return 1
	ifc=$(e2e_wait e2e_if_of mana) || { E2E_REASON="no interface bound to mana ${PVWAIT}s after loading it"; return 1; }
	dev=$(basename "$(readlink -f "/sys/class/net/$ifc/device")")
	mac=$(cat "/sys/class/net/$ifc/address")
	e2e_log "$ifc: PCI $dev $(cut -c3- "/sys/class/net/$ifc/device/vendor"):$(cut -c3- "/sys/class/net/$ifc/device/device"), driver mana, mac $mac, mtu $(cat "/sys/class/net/$ifc/mtu"), $(ls -d "/sys/class/net/$ifc/queues/rx-"* | wc -l) queue(s)"
	# The driver's lines of this load (an earlier test may have loaded it).
	dmesg | sed -n "$((n0 + 1)),\$p" | grep -E 'mana ' | sed 's/^\[[^]]*\] //' | head -n 8 |
		sed 's/^/E2E-LOG: mana: kernel: /'
	if [ -n "$want" ] && [ "$mac" != "$want" ]; then
		E2E_REASON="$ifc has mac $mac, the VMM configured $want"
		return 1
	fi

	PVNET_IF=$ifc
	e2e_network_check || return 1
	neigh=$(ip neigh show "$PVNET_PEER" dev "$ifc")
	case "$neigh" in
	*lladdr*) e2e_log "ARP: $neigh" ;;
	*) E2E_REASON="no ARP entry for $PVNET_PEER on $ifc: '$neigh'"; return 1 ;;
	esac

	# Link down and up, from the device (pv-run --knob-on sets the emulator's
	# `link` knob when this test prints "link down now" / "link up now"; the
	# knob posts SOC_RECONFIG_DATA LINK_DISCONNECT/CONNECT on the HWC EQ and
	# the vport passes no frame while down). Debian's 6.1 mana has no path
	# for that event: mana_gd_process_eqe (gdma_main.c) hands only the HWC
	# init events 129..131 to the HWC EQ's handler and drops type 133
	# (devices/mana/README.md cites the source). What the guest can observe
	# is therefore traffic: ping stops being answered while the link is
	# down and is answered again after it is up. The carrier the driver
	# reports is logged as it is (e2e_pci_session pins 6.1's: it stays 1);
	# a driver that follows the event (Linux >= 6.18) reports 0 while down.
	nk=$(dmesg | grep -c .)
	e2e_log "link down now"
	i=0
	while ping -c 1 -W 1 "$PVNET_PEER" > /dev/null 2>&1; do
		i=$((i + 1))
		[ $i -gt "$PVWAIT" ] && { E2E_REASON="ping still answered ${PVWAIT} tries after the link went down"; return 1; }
	done
	if ping -c 2 -W 2 "$PVNET_PEER" > /dev/null 2>&1; then
		E2E_REASON="ping answered again with the device's link down"
		return 1
	fi
	down_carrier=$(cat "/sys/class/net/$ifc/carrier")
	kmsg=$(dmesg | sed -n "$((nk + 1)),\$p" | grep -c 'mana')
	e2e_log "link down seen: ping gets no answer; $ifc carrier $down_carrier, operstate $(cat "/sys/class/net/$ifc/operstate"); $kmsg mana kernel line(s) since"
	e2e_log "link up now"
	i=0
	until out=$(ping -c 1 -W 2 "$PVNET_PEER" 2>&1); do
		i=$((i + 1))
		[ $i -gt "$PVWAIT" ] && { E2E_REASON="no ping answer ${PVWAIT} tries after link up: $out"; return 1; }
	done
	e2e_log "link up seen: traffic again ($(echo "$out" | tail -n 1)); $ifc carrier $(cat "/sys/class/net/$ifc/carrier")"

	for round in 1 2; do
		rmmod mana || { E2E_REASON="rmmod mana (round $round) failed"; return 1; }
		[ -e "/sys/class/net/$ifc" ] && { E2E_REASON="$ifc still there after rmmod mana"; return 1; }
		e2e_modprobe mana || return 1
		ifc=$(e2e_wait e2e_if_of mana) || { E2E_REASON="no mana interface after reload $round"; return 1; }
		got=$(cat "/sys/class/net/$ifc/address")
		[ "$got" = "$mac" ] || { E2E_REASON="reload $round: mac $got, was $mac"; return 1; }
		line=$(mana_up "$ifc") || return 1
		e2e_log "rmmod mana + load $round: $ifc back, mac $got, $line"
	done
	return 0
}

e2e_main() {
	if mana_check; then
		e2e_pass mana
	else
		e2e_fail mana "$E2E_REASON"
	fi
}
