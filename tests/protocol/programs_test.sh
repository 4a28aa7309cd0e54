#!/usr/bin/env bash
# paravisor + pvguest end to end on the sim partition: negotiate, list, echo
# packets, clean stop on SIGTERM (exit 0); config errors name file:line.
. "$(dirname "$0")/programs_lib.sh" "$@"

cat >"$dir/vm.yaml" <<YAML
log: {level: info}
partition:
  kind: sim
  socket: $sock
  memory: 64M
  vcpus: 2
vmbus:
  workers: 2
devices:
  - kind: echo
  - kind: echo
    instance: 11111111-2222-3333-4444-555555555555
YAML
start "$dir/vm.yaml"
out=$("$guest" --socket "$sock" --list --echo-test 500 --size 200 --ring-pages 2) || fail "pvguest: $out"
echo "$out"
echo "$out" | grep -q "negotiated VMBus 5.3" || fail "not 5.3"
[ "$(echo "$out" | grep -c '^relid')" = 2 ] || fail "expected two offers"
echo "$out" | grep -q "echo: 500 packets of 200 bytes OK" || fail "echo"
"$guest" --socket "$sock" --vmbus-version 2.4 --echo-test 50 | grep -q "negotiated VMBus 2.4" || fail "forced 2.4"
"$guest" --socket "$sock" --first-version 9.9 --echo-test 5 | grep -q "negotiated VMBus 5.3" ||
	fail "fallback after an unsupported version"
PVGUEST_SEED=7 "$guest" --socket "$sock" --hostile 3000 --echo-test 100 >"$dir/hostile" 2>&1 ||
	fail "echo after random control messages: $(tail -3 "$dir/hostile")"
grep -q "echo: 100 packets" "$dir/hostile" || fail "hostile run did not echo"

# SIGTERM while a guest has a channel open and is sending: clean exit 0.
"$guest" --socket "$sock" --echo-test 100000000 >/dev/null 2>&1 &
gpid=$!
sleep 0.3
stop
[ -e "$sock" ] && fail "socket left behind"
wait "$gpid" && fail "pvguest did not notice the paravisor going away"

# Bad configs: a clear file:line message and exit 1.
check_bad "partition: {kind: xen}" "not one of"
check_bad "partition: {kind: sim, memory: lots}" "not a size"
check_bad "partition: {kind: sim}
devices:
  - kind: toaster" "unknown device kind"
check_bad "partition: {kind: sim}
colour: blue" "unknown key 'colour'"
check_bad "partition: [1, 2" "YAML\\|flow\\|expected"
check_bad "partition: {kind: sim}
devices:
  - kind: echo
    instance: not-a-guid" "not a GUID"
check_bad "vmbus: {max_version: '7.7'}
partition: {kind: sim}" "not a VMBus version"
pass
