#!/usr/bin/env bash
# paravisor with a `nic` (loopback endpoint) + `pvguest ... netvsc` end to end
# on the sim partition: the workload line at several NVSP versions and frame
# sizes, GPA-direct sends, subchannels, --check on good and bad nic entries,
# clean stop on SIGTERM.
. "$(dirname "$0")/../programs_lib.sh" "$@"

config vm "log: {level: warn}
vmbus: {workers: 2}
devices:
  - kind: nic
    endpoint: loopback
    queues: 4"
check_bad "partition: {kind: sim}
devices:
  - kind: nic
    endpoint: tap" "ifname"
start "$dir/vm.yaml"
run() { # expected-count args...
	local n=$1 out
	shift
	out=$("$guest" --socket "$sock" netvsc "$@" 2>&1) || fail "pvguest netvsc $*: $out"
	echo "$out" | tail -1
	echo "$out" | grep -q "netvsc workload: sent $n, received $n, lost 0 " ||
		fail "netvsc $*: $out"
}
run 100000 --workload 100000
run 20000 --workload 20000 --size 1514
run 20000 --workload 20000 --gpa
for v in 1 2 4 5 6; do run 2000 --nvsp $v --workload 2000; done
out=$("$guest" --socket "$sock" netvsc --subchannels 3 --workload 1000) || fail "subchannels: $out"
echo "$out" | grep -q "channels 4" || fail "expected 4 channels: $out"
stop
grep -E " [EW] " "$dir/log" && fail "warnings or errors in the paravisor log"
pass
