#!/usr/bin/env bash
# paravisor with a `nic` (loopback endpoint) + `pvguest ... netvsc` end to end
# on the sim partition: the workload line at several NVSP versions and frame
# sizes, GPA-direct sends, subchannels, --check on good and bad nic entries,
# clean stop on SIGTERM.
set -u
pv=$1
guest=$2
dir=$(mktemp -d)
sock=$dir/pv.sock
pid=
fail() { echo "FAIL: $*"; [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; tail -20 "$dir/log" 2>/dev/null; rm -rf "$dir"; exit 1; }

cat >"$dir/vm.yaml" <<YAML
log: {level: warn}
partition: {kind: sim, socket: $sock, memory: 128M, vcpus: 2}
vmbus: {workers: 2}
devices:
  - kind: nic
    endpoint: loopback
    queues: 4
YAML
printf 'partition: {kind: sim, socket: %s}\ndevices:\n  - kind: nic\n    endpoint: tap\n' \
	"$sock" >"$dir/bad.yaml"
"$pv" --config "$dir/vm.yaml" --check >/dev/null || fail "--check rejected a good nic"
err=$("$pv" --config "$dir/bad.yaml" --check 2>&1) && fail "--check accepted tap without ifname"
echo "$err" | grep -q "bad.yaml:[0-9]*:.*ifname" || fail "no file:line for the missing ifname: $err"
"$pv" --config "$dir/vm.yaml" >"$dir/log" 2>&1 &
pid=$!
for _ in $(seq 100); do [ -S "$sock" ] && break; sleep 0.05; done
[ -S "$sock" ] || fail "no socket"
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
kill -TERM "$pid"
wait "$pid"
rc=$?
pid=
[ $rc = 0 ] || fail "paravisor exit $rc after SIGTERM"
grep -E " [EW] " "$dir/log" && fail "warnings or errors in the paravisor log"
rm -rf "$dir"
echo "1 passed, 0 failed"
