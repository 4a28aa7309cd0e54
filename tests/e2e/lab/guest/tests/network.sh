# network: the netvsc NIC moves packets both ways.
# Link up, address, ping the peer, then two TCP transfers with busybox nc,
# each checked by SHA-256: a download the peer serves on port BASE+1 and an
# upload to port BASE whose checksum the peer serves back on port BASE+2
# (BASE from pvnet.port=, default 5001). The peer side is `lab-net-peer` in
# the lab VM (tests/e2e/lab/lab/). Both ends generate the data with
# `seq 1 $E2E_NET_LINES`.

E2E_NET_LINES=${E2E_NET_LINES:-150000}
PVNET_PORT=${PVNET_PORT:-5001}

# Runs nc as a client whose stdin stays open (busybox nc closes the
# connection as soon as its stdin ends, which would cut a download short).
e2e_nc_get() {
	rm -f /tmp/hold
	mkfifo /tmp/hold
	sh -c "exec 3<>/tmp/hold; timeout 60 nc -w 10 $1 $2 < /tmp/hold"
}

e2e_network_check() {
	ifc=$(e2e_wait_netvsc) || { E2E_REASON="no hv_netvsc interface after ${PVWAIT}s"; return 1; }
	e2e_log "interface $ifc, mac $(cat /sys/class/net/$ifc/address), mtu $(cat /sys/class/net/$ifc/mtu)"
	ip link set lo up
	ip link set "$ifc" up || { E2E_REASON="ip link set $ifc up failed"; return 1; }
	ip addr flush dev "$ifc"
	ip addr add "$PVNET_IP" dev "$ifc" || { E2E_REASON="ip addr add $PVNET_IP failed"; return 1; }
	# Carrier comes from the host's link status message; wait for it.
	i=0
	while [ "$(cat /sys/class/net/$ifc/carrier 2>/dev/null)" != 1 ]; do
		i=$((i + 1))
		if [ $i -gt $((PVWAIT * 5)) ]; then
			E2E_REASON="$ifc has no carrier after ${PVWAIT}s"
			return 1
		fi
		usleep 200000
	done
	if ! out=$(ping -c 3 -W 5 "$PVNET_PEER" 2>&1); then
		echo "$out"
		E2E_REASON="ping $PVNET_PEER failed"
		return 1
	fi
	e2e_log "$(echo "$out" | tail -n 1)"

	want=$(e2e_data "$E2E_NET_LINES" | e2e_sum)
	got=$(e2e_nc_get "$PVNET_PEER" $((PVNET_PORT + 1)) | e2e_sum)
	if [ "$got" != "$want" ]; then
		E2E_REASON="download from $PVNET_PEER:$((PVNET_PORT + 1)): sha256 $got, want $want"
		return 1
	fi
	if ! e2e_data "$E2E_NET_LINES" | timeout 60 nc -w 10 "$PVNET_PEER" "$PVNET_PORT"; then
		E2E_REASON="upload to $PVNET_PEER:$PVNET_PORT failed"
		return 1
	fi
	# The peer hashes what it received, then serves the hash once.
	i=0
	peer=""
	while [ $i -lt 20 ] && [ -z "$peer" ]; do
		peer=$(e2e_nc_get "$PVNET_PEER" $((PVNET_PORT + 2)) 2>/dev/null | cut -d' ' -f1)
		[ -n "$peer" ] || sleep 1
		i=$((i + 1))
	done
	if [ "$peer" != "$want" ]; then
		E2E_REASON="upload: peer received sha256 '${peer}', want $want"
		return 1
	fi
	e2e_log "transfers verified ($(e2e_data "$E2E_NET_LINES" | wc -c) bytes each way)"
	return 0
}

e2e_main() {
	if e2e_network_check; then
		e2e_pass network
	else
		e2e_fail network "$E2E_REASON"
	fi
}
