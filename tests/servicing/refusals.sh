#!/usr/bin/env bash
# servicing_refusals (label servicing): live updates of a paravisor on the
# sim partition that must NOT happen, and one that must:
#   1. the new binary is handed a corrupted state (corrupt_binary flips one
#      byte): it refuses, the old paravisor logs why and serves on;
#   2. a trace being written (it cannot cross an exec yet): refused before
#      anything stops; a scsi controller with a memory LUN
#      (its data cannot cross an exec): refused at quiesce, the guest runs on;
#   3. three updates that work: same pid, the guest connects before and after.
#   Updates are asked for by signal (SIGUSR2) and through the control socket
#   (pvctl update, which waits and prints the blackout or the refusal).
# Usage: refusals.sh PARAVISOR PVGUEST CORRUPT_BINARY PVCTL
. "$(dirname "$0")/lib.sh"
CORRUPT=$3
PVCTL=$4

echo "1. a corrupted state is refused by the new binary"
PV_CORRUPT_REAL=$PV start_pv "devices: []" --update-binary "$CORRUPT"
"$PVGUEST" --socket "$TMP/pv.sock" --list > /dev/null || fail "pvguest before the update"
kill -USR2 "$pid"
wait_log 'update 1 refused: .*refused the saved state' 30 || fail "corrupted state not refused"
grep -q 'restore check: saved state' "$TMP/log" || fail "no reason given"
grep 'restore check:' "$TMP/log" | sed 's/^/   /'
"$PVGUEST" --socket "$TMP/pv.sock" --list > /dev/null || fail "pvguest after the refusal"
stop_pv

echo "2. a trace being written, a LUN that cannot cross (memory): refused"
start_pv "devices:
  - kind: nic
    endpoint: loopback" --trace "$TMP/t.pvtrace"
out=$("$PVCTL" --socket "$TMP/pv.ctl" update) && fail "pvctl update did not fail: $out"
echo "   pvctl: $out"
case "$out" in *"a trace is being written"*) ;; *) fail "pvctl: $out" ;; esac
wait_log "update refused: a trace is being written" 30 || fail "tracing not refused"
"$PVGUEST" --socket "$TMP/pv.sock" --list > /dev/null || fail "pvguest after the refusal"
stop_pv
start_pv "devices:
  - kind: scsi
    luns:
      - {lun: 0, backend: memory, size: 16M}"
"$PVGUEST" --socket "$TMP/pv.sock" storvsc > /dev/null || fail "storvsc before"
out=$("$PVCTL" --socket "$TMP/pv.ctl" update) && fail "pvctl update did not fail: $out"
echo "   pvctl: $out"
case "$out" in *"device 0 (scsi) cannot quiesce"*) ;; *) fail "pvctl: $out" ;; esac
wait_log "LUN 0 is a memory disk" 30 || fail "memory LUN: no reason logged"
"$PVGUEST" --socket "$TMP/pv.sock" storvsc > /dev/null || fail "storvsc after the refusal"
stop_pv

echo "3. three updates that happen"
start_pv "devices: []"
for k in 1 2; do
	"$PVGUEST" --socket "$TMP/pv.sock" --list > /dev/null || fail "pvguest before update $k"
	kill -USR2 "$pid"
	wait_log "update $k: guest running again" 30 || fail "update $k did not complete"
	grep -E "update $k: guest running again" "$TMP/log" | sed 's/.*again, /   /'
done
"$PVGUEST" --socket "$TMP/pv.sock" --list > /dev/null || fail "pvguest before update 3"
out=$("$PVCTL" --socket "$TMP/pv.ctl" update) || fail "pvctl update: $out"
echo "   pvctl: $out"
case "$out" in "update 3: guest running again"*) ;; *) fail "pvctl: $out" ;; esac
"$PVGUEST" --socket "$TMP/pv.sock" --list > /dev/null || fail "pvguest after the updates"
stop_pv
echo "PASS"
