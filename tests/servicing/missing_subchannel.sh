#!/usr/bin/env bash
# servicing_missing_subchannel (label servicing): a saved state that lacks
# the record of a subchannel the restored VMBus has open is refused by the
# new binary's restore, for storvsp and for netvsp. The updates' new binary
# is drop_subchannel, which removes the last subchannel's record of the
# device (and lowers its channel count, so the state is well-formed) just
# before it execs the real restore; the checker that ran before saw the
# state whole, so only the restore itself can refuse it, and a refused
# restore loses the guest: the paravisor must say which subchannel has no
# record and exit 1, not serve a channel without its session.
# Usage: missing_subchannel.sh PARAVISOR PVGUEST DROP_SUBCHANNEL
. "$(dirname "$0")/lib.sh"
DROP=$3

# run_case KIND DEVICES OPEN_REGEX PVGUEST_ARGS...: the paravisor with
# DEVICES, the guest's workload on their subchannels (the last one open:
# OPEN_REGEX in the log), one update through drop_subchannel.
run_case() {
	local kind=$1 devices=$2 open=$3 i rc
	shift 3
	truncate -s 64M "$TMP/disk.img"
	printf 'partition: {kind: sim, socket: %s, memory: 64M, vcpus: 2}\ndevices:\n%s\n' \
		"$TMP/pv.sock" "$devices" > "$TMP/pv.yaml"
	rm -f "$TMP/pv.sock"
	PV_DROP_REAL=$PV PV_DROP_KIND=$kind "$PV" --config "$TMP/pv.yaml" \
		--update-binary "$DROP" > "$TMP/log" 2>&1 &
	pid=$!
	wait_log 'paravisor: running' 30 || fail "$kind: paravisor did not start"
	stdbuf -oL "$PVGUEST" --socket "$TMP/pv.sock" "$@" > "$TMP/guest" 2>&1 &
	gpid=$!
	wait_log "$open" 30 || fail "$kind: the last subchannel did not open"
	for ((i = 0; i < 600; i++)); do
		grep -q 'LUN 0: .* blocks' "$TMP/guest" && break
		kill -0 "$gpid" 2>/dev/null || fail "$kind: pvguest ended before the update"
		sleep 0.05
	done
	grep -q 'LUN 0: .* blocks' "$TMP/guest" || fail "$kind: the guest's workload did not start"
	kill -USR2 "$pid"
	for ((i = 0; i < 600; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	kill -0 "$pid" 2>/dev/null && fail "$kind: the paravisor still runs after the update"
	wait "$pid"
	rc=$?
	pid=
	# Its host is gone for good: the guest is not asked to finish.
	kill -KILL "$gpid" 2>/dev/null
	wait "$gpid" 2>/dev/null
	gpid=
	grep -q "drop_subchannel: removed $kind's record of subchannel" "$TMP/log" ||
		fail "$kind: the new binary did not remove a record"
	grep -E "paravisor: restore: $kind: subchannel relid [0-9]+ is open but has no record" \
		"$TMP/log" > /dev/null || fail "$kind: the restore did not refuse the state"
	[ "$rc" = 1 ] || fail "$kind: the paravisor exited $rc, not 1"
	grep -E 'drop_subchannel: removed|paravisor: restore: ' "$TMP/log" | sed 's/^/   /'
}

echo "1. storvsp: the record of the controller's subchannel 2 removed"
run_case storvsp "  - kind: scsi
    subchannels: 2
    luns:
      - {lun: 0, backend: file, path: $TMP/disk.img}" 'vmbus\[[0-9]+ scsi0/2\]: open' \
	storvsc --workload --subchannels 2 --qd 8 --until-signal --span 16777216 --seed 7

echo "2. netvsp: the record of the NIC's subchannel 1 removed"
run_case netvsp "  - kind: scsi
    luns:
      - {lun: 0, backend: file, path: $TMP/disk.img}
  - kind: nic
    endpoint: loopback
    queues: 2" 'vmbus\[[0-9]+ nic1/1\]: open' \
	--net-traffic 300 storvsc --workload --qd 8 --until-signal --span 16777216 --seed 7
echo "PASS"
