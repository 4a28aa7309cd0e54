#!/usr/bin/env bash
# servicing_netvsp (label servicing): pvguest's storvsc workload with
# --verify on a file LUN (primary + 2 subchannels, max_io 8 under queue depth
# 32) and netvsc loopback traffic on a NIC with one subchannel, on the same
# guest, while the paravisor is live-updated 20 times (pvctl update). The
# storvsc workload must end with every I/O completed once and every byte
# read back as written; every netvsc frame sent must come back exactly once
# and intact (sequence numbers: none lost, none duplicated, none corrupt);
# each update must restore the controller's 3 channels and the NIC's 2; the
# guest must see no NVSP or RNDIS reset (the client would fail its sends).
# Usage: netvsp.sh PARAVISOR PVGUEST PVCTL
set -u
PV=$1
PVGUEST=$2
PVCTL=$3
UPDATES=${PV_SERVICING_UPDATES:-20}
TMP=$(mktemp -d /tmp/pv-serv-netvsp.XXXXXX)
pid=
gpid=

cleanup() {
	[ -n "$gpid" ] && kill "$gpid" 2>/dev/null
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
	echo "FAIL: $*"
	[ -f "$TMP/guest" ] && sed 's/^/    guest: /' "$TMP/guest"
	[ -f "$TMP/log" ] && grep -Ev ' D ' "$TMP/log" | tail -n 40 | sed 's/^/    log: /'
	exit 1
}

wait_log() { # REGEX SECONDS
	local i
	for ((i = 0; i < $2 * 20; i++)); do
		grep -Eq -- "$1" "$TMP/log" && return 0
		kill -0 "$pid" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

truncate -s 64M "$TMP/disk.img"
cat > "$TMP/pv.yaml" <<YAML
partition: {kind: sim, socket: $TMP/pv.sock, memory: 64M, vcpus: 2}
devices:
  - kind: scsi
    subchannels: 2
    max_io: 8
    luns:
      - {lun: 0, backend: file, path: $TMP/disk.img}
  - kind: nic
    endpoint: loopback
    queues: 2
YAML
"$PV" --config "$TMP/pv.yaml" --control "$TMP/pv.ctl" > "$TMP/log" 2>&1 &
pid=$!
wait_log 'paravisor: running' 30 || fail "paravisor did not start"
first=$pid

stdbuf -oL "$PVGUEST" --socket "$TMP/pv.sock" --net-traffic 300 storvsc --workload \
	--subchannels 2 --qd 32 --until-signal --span 16777216 --verify --seed 7 \
	> "$TMP/guest" 2>&1 &
gpid=$!
for ((i = 0; i < 600; i++)); do
	grep -q 'LUN 0: .* blocks' "$TMP/guest" && break
	kill -0 "$gpid" 2>/dev/null || fail "pvguest ended before the updates"
	sleep 0.05
done
for ((k = 1; k <= UPDATES; k++)); do
	kill -0 "$gpid" 2>/dev/null || fail "pvguest ended during update $((k - 1))"
	out=$(timeout 60 "$PVCTL" --socket "$TMP/pv.ctl" update) || fail "update $k: $out"
	case "$out" in "update $k: guest running again"*) ;; *) fail "update $k: $out" ;; esac
	[ "$k" = 1 ] || [ "$k" = "$UPDATES" ] && echo "   $out"
done
n=$(grep -c 'storvsp\[scsi0\]: restored: 1 LUNs, 3 channels' "$TMP/log")
[ "$n" = "$UPDATES" ] || fail "$n of $UPDATES updates restored the controller's 3 channels"
n=$(grep -c 'netvsp\[nic1 .*\]: restored: NVSP ready, RNDIS data, 2 channels' "$TMP/log")
[ "$n" = "$UPDATES" ] || fail "$n of $UPDATES updates restored the NIC's session on 2 channels"
owned=$(grep -Ec 'netvsp\[nic1 .*\]: saved: .* [1-9][0-9]* receive packets owned' "$TMP/log")
echo "   $owned of $UPDATES updates carried receive packets the guest owned"
[ "$owned" -gt 0 ] || fail "no update found receives in the guest's hands (the test lost its point)"
kill -INT "$gpid"
for ((i = 0; i < 600; i++)); do
	kill -0 "$gpid" 2>/dev/null || break
	sleep 0.05
done
kill -0 "$gpid" 2>/dev/null && fail "pvguest did not finish its outstanding I/O"
wait "$gpid"
grc=$?
gpid=
summary=$(grep 'storvsc workload:' "$TMP/guest")
net=$(grep 'netvsc traffic:' "$TMP/guest")
echo "   $summary"
echo "   $net"
[ "$grc" = 0 ] || fail "pvguest exited $grc"
case "$summary" in *" 0 errors"*) ;; *) fail "errors: $summary" ;; esac
case "$net" in *"duplicated 0, corrupt 0, lost 0") ;; *) fail "netvsc: $net" ;; esac
[ "$pid" = "$first" ] && kill -0 "$pid" || fail "the paravisor's pid changed"
kill "$pid"
wait "$pid" || fail "paravisor exited $?"
pid=
echo "PASS"
