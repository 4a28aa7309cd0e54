#!/usr/bin/env bash
# servicing_missing_subchannel (label servicing): a saved state that lacks
# the record of a subchannel the VMBus records name open is refused, for
# storvsp and for netvsp. The updates' new binary is drop_subchannel, which
# removes the last subchannel's record of the device (and lowers its channel
# count, so the state is well-formed):
#   - handed to the checker (PV_DROP_AT=check): the checker refuses it and
#     the old binary serves on (the guest keeps its I/O going);
#   - handed to the real restore only (PV_DROP_AT=restore: the checker saw
#     the state whole): the restore refuses it; that loses the guest, so the
#     paravisor must say which subchannel has no record and exit 1, not
#     serve a channel without its session.
# Usage: missing_subchannel.sh PARAVISOR PVGUEST DROP_SUBCHANNEL
. "$(dirname "$0")/lib.sh"
DROP=$3

# run_case KIND AT DEVICES OPEN_REGEX PVGUEST_ARGS...: the paravisor with
# DEVICES, the guest's workload on their subchannels (the last one open:
# OPEN_REGEX in the log), one update through drop_subchannel at AT.
run_case() {
	local kind=$1 at=$2 devices=$3 open=$4 rc
	shift 4
	truncate -s 64M "$TMP/disk.img"
	rm -f "$TMP/pv.sock"
	PV_DROP_REAL=$PV PV_DROP_KIND=$kind PV_DROP_AT=$at start_pv "devices:
$devices" --update-binary "$DROP"
	guest_start "$@"
	wait_log "$open" 30 || fail "$kind: the last subchannel did not open"
	kill -USR2 "$pid"
	if [ "$at" = check ]; then
		wait_log 'update 1 refused: .*refused the saved state' 30 ||
			fail "$kind: the checker did not refuse the state"
		grep -E "paravisor: restore check: $kind: subchannel relid [0-9]+ is open but has no record" \
			"$TMP/log" > /dev/null || fail "$kind: the checker gave another reason"
		kill -0 "$gpid" 2>/dev/null || fail "$kind: the guest stopped after the refusal"
		grep -E 'drop_subchannel: removed|restore check: |update 1 refused' "$TMP/log" |
			sed 's/^/   /'
		kill -KILL "$gpid" 2>/dev/null
		wait "$gpid" 2>/dev/null
		gpid=
		kill "$pid"
		wait "$pid" || fail "$kind: the paravisor exited $? after the refusal"
		pid=
		return
	fi
	wait_gone "$pid" 30 || fail "$kind: the paravisor still runs after the update"
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

storvsp_dev="  - kind: scsi
    subchannels: 2
    luns:
      - {lun: 0, backend: file, path: $TMP/disk.img}"
nic_dev="  - kind: scsi
    luns:
      - {lun: 0, backend: file, path: $TMP/disk.img}
  - kind: nic
    endpoint: loopback
    queues: 2"
for at in check restore; do
	echo "$at: storvsp, the record of the controller's subchannel 2 removed"
	run_case storvsp $at "$storvsp_dev" 'vmbus\[[0-9]+ scsi0/2\]: open' \
		storvsc --workload --subchannels 2 --qd 8 --until-signal --span 16777216 --seed 7
	echo "$at: netvsp, the record of the NIC's subchannel 1 removed"
	run_case netvsp $at "$nic_dev" 'vmbus\[[0-9]+ nic1/1\]: open' \
		--net-traffic 300 storvsc --workload --qd 8 --until-signal --span 16777216 --seed 7
done
echo "PASS"
