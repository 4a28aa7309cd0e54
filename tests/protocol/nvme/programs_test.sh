#!/usr/bin/env bash
# The storage path on NVMe, end to end on the sim partition (label nvme):
# pvguest storvsc -> paravisor storvsp -> scsi disk -> disk_nvme -> our NVMe
# driver -> the emu PCI backend -> the NVMe emulator -> a file.
#   1. a verified random workload over two channels, flushed, its write
#      generations saved; the paravisor is killed with SIGKILL; a new one on
#      the same file serves every acknowledged write back (nothing lost);
#   2. injected read errors reach the guest as failed SCSI commands with the
#      NVMe status translated to sense (MEDIUM ERROR / UNRECOVERED READ ERROR);
#   3. lost completions: the driver's timeout, Abort and retry; no error seen;
#   4. bad nvme configurations are refused with file:line.
. "$(dirname "$0")/../programs_lib.sh" "$@"

truncate -s 64M "$dir/nvme.img"
config vm "log: {level: info}
vmbus: {workers: 2}
devices:
  - kind: scsi
    subchannels: 1
    luns:
      - lun: 0
        backend: nvme
        nvme: {emulated: {path: $dir/nvme.img}, queues: 2}"

# emu_faults [DRIVER_OPTION...] -- FAULT...: a scsi controller whose LUN 0 is
# our driver (DRIVER_OPTIONs: "key: value" under nvme:) on the emulator with
# 32M of memory and these fault rules (flow mappings).
emu_faults() {
	printf 'devices:\n  - kind: scsi\n    luns:\n      - lun: 0\n        backend: nvme\n'
	printf '        nvme:\n'
	while [ "$1" != -- ]; do
		printf '          %s\n' "$1"
		shift
	done
	shift
	printf '          emulated:\n            memory: 32M\n            faults:\n'
	printf '              - %s\n' "$@"
}

# 1. workload, SIGKILL, a new paravisor reads every acknowledged write back.
start "$dir/vm.yaml"
out=$("$guest" --socket "$sock" storvsc --subchannels 1 --workload --qd 32 --ios 20000 --verify \
	--zeroed --flush --span 16777216 --gens-out "$dir/gens") || fail "workload: $out"
echo "$out"
echo "$out" | grep -q "2 channel(s)" || fail "subchannel not opened"
echo "$out" | grep -Eq "storvsc workload: 20000 I/Os, 0 errors, [0-9]+ IOPS, verified [1-9]" ||
	fail "workload summary"
kill -KILL "$pid"
wait "$pid" 2>/dev/null
pid=
start "$dir/vm.yaml"
out=$("$guest" --socket "$sock" storvsc --check-gens "$dir/gens") || fail "after SIGKILL: $out"
echo "$out" | grep "storvsc check"
echo "$out" | grep -Eq "storvsc check: 4096 chunks, 0 mismatches" || fail "check summary: $out"
stop
grep -q "nvme-scsi0-0: shut down" "$dir/log" || fail "no controller shutdown on SIGTERM"

# 2. three injected Unrecovered Read Errors: three failed reads, sense 3/11h.
config fault "$(emu_faults -- \
	"{queue: io, opcode: read, action: status, status: 0x281, skip: 10, count: 3}")"
start "$dir/fault.yaml"
out=$("$guest" --socket "$sock" storvsc --workload --qd 4 --ios 2000 --write-pct 0 2>&1) &&
	fail "injected read errors were reported as success"
echo "$out" | grep -q "storvsc workload: 2000 I/Os, 3 errors" || fail "error count: $out"
stop
[ "$(grep -c 'failed: Input/output error (sense 3/1100, NVMe sct 2 sc 0x81)' "$dir/log")" = 3 ] ||
	fail "sense translation not logged three times"

# 3. two lost completions: Abort, retry, no error for the guest.
config lost "$(emu_faults "io_timeout_ms: 300" -- \
	"{queue: io, opcode: any, action: drop, skip: 50, count: 2}")"
start "$dir/lost.yaml"
out=$("$guest" --socket "$sock" storvsc --workload --qd 8 --ios 2000 --verify --zeroed) ||
	fail "lost completions: $out"
echo "$out" | grep -q "storvsc workload: 2000 I/Os, 0 errors" || fail "lost summary: $out"
stop
grep -q "timed out: Abort" "$dir/log" || fail "no Abort logged"

# 4. every completion fault the emulator can inject, once each, under a
# verified random workload (every byte read checked against what was
# written, blocks never written read as zeros): delayed and lost write
# completions (timeout, Abort, retry), a CQE with the previous pass's phase
# (invisible: Abort finds nothing, controller reset), a CQE with a CID
# nobody submitted, one posted twice, one naming the admin SQ on the I/O CQ
# (refused), and CSTS.CFS mid-I/O (reset, queues re-created, in-flight I/O
# retried once). The guest sees no error and no wrong byte.
config faults "log: {level: info}
$(emu_faults "io_timeout_ms: 300" "abort_timeout_ms: 300" -- \
	"{queue: io, opcode: write, action: delay, delay_ms: 1000, skip: 100, count: 1}" \
	"{queue: io, opcode: write, action: drop, skip: 200, count: 1}" \
	"{queue: io, opcode: any, action: wrong_phase, skip: 500, count: 1}" \
	"{queue: io, opcode: any, action: bad_cid, skip: 700, count: 1}" \
	"{queue: io, opcode: any, action: dup_cid, skip: 900, count: 1}" \
	"{queue: io, opcode: any, action: cross_queue, skip: 1100, count: 1}" \
	"{queue: io, opcode: write, action: fatal, skip: 600, count: 1}")"
start "$dir/faults.yaml"
out=$("$guest" --socket "$sock" storvsc --workload --qd 8 --ios 3000 --verify --zeroed \
	--span 8388608 --flush) || fail "faults: $out"
echo "$out"
echo "$out" | grep -Eq "storvsc workload: 3000 I/Os, 0 errors, [0-9]+ IOPS, verified [1-9]" ||
	fail "faults summary: $out"
stop
for a in delay drop wrong_phase bad_cid dup_cid cross_queue fatal; do
	grep -q "fault $a on I/O" "$dir/log" || fail "fault $a never fired"
done
grep "nvme-scsi0-0.*\(resetting\|reset done\|timed out\|refused\|bad\)" "$dir/log" | head -n 12
grep -q "reset done" "$dir/log" || fail "no controller reset logged"

check_bad "partition: {kind: sim}
devices:
  - kind: scsi
    luns:
      - {backend: nvme}" "needs an 'nvme:' mapping"
check_bad "partition: {kind: sim}
devices:
  - kind: scsi
    luns:
      - {backend: nvme, nvme: {vfio: 0000:00:04.0, emulated: {memory: 1M}}}" "exactly one of"
check_bad "partition: {kind: sim}
devices:
  - kind: scsi
    luns:
      - {backend: nvme, nvme: {emulated: {memory: 1M, faults: [{action: status, opcode: frobnicate, status: 2}]}}}" "not an NVMe opcode"
check_bad "partition: {kind: sim}
devices:
  - kind: scsi
    luns:
      - {backend: file, path: x.img, nvme: {emulated: {memory: 1M}}}" "is for nvme LUNs"
pass
