#!/usr/bin/env bash
# paravisor (kind: scsi) + pvguest storvsc end to end on the sim partition: a
# verified random workload on a file LUN and a memory LUN over subchannels,
# the file checked for the workload's writes, clean SIGTERM; scsi config
# errors name file:line.
. "$(dirname "$0")/../programs_lib.sh" "$@"

truncate -s 32M "$dir/disk.img"
config vm "log: {level: info}
vmbus: {workers: 2}
devices:
  - kind: scsi
    subchannels: 2
    max_io: 16
    luns:
      - {lun: 0, backend: file, path: $dir/disk.img}
      - {lun: 1, backend: memory, size: 16M}
      - {lun: 2, backend: null, size: 1G}"
start "$dir/vm.yaml"
out=$("$guest" --socket "$sock" storvsc --subchannels 2 --workload --qd 32 --ios 20000 --verify \
	--zeroed --flush --lun 0) || fail "file LUN workload: $out"
echo "$out"
echo "$out" | grep -q "3 channel(s)" || fail "subchannels not opened"
echo "$out" | grep -Eq "storvsc workload: 20000 I/Os, 0 errors, [0-9]+ IOPS, verified [1-9][0-9]* bytes" ||
	fail "summary line"
out=$("$guest" --socket "$sock" storvsc --workload --qd 8 --ios 5000 --verify --lun 1 --bs 8192) ||
	fail "memory LUN workload: $out"
echo "$out" | grep -q "storvsc workload: 5000 I/Os, 0 errors" || fail "memory LUN summary"
out=$("$guest" --socket "$sock" storvsc --lun 5 2>&1) && fail "absent LUN probed as present"
echo "$out" | grep -q "qualifier 3" || fail "absent LUN not qualifier 3: $out"
# The file holds written data (not all zeros) after the flushed workload.
[ "$(od -An -v -tx1 -N 16777216 "$dir/disk.img" | tr -d ' \n0' | head -c 1)" != "" ] ||
	fail "nothing reached the file"
stop

check_bad "partition: {kind: sim}
devices:
  - kind: scsi
    luns:
      - {backend: floppy, size: 1M}" "not one of"
check_bad "partition: {kind: sim}
devices:
  - kind: scsi
    max_io: 0" "max_io"
check_bad "partition: {kind: sim}
devices:
  - kind: scsi
    luns:
      - {lun: 1, backend: null, size: 1M}
      - {lun: 1, backend: null, size: 1M}" "appears twice"
# A LUN whose file does not exist fails at start with the path in the message.
printf 'partition: {kind: sim, socket: %s}\ndevices:\n  - kind: scsi\n    luns:\n      - {backend: file, path: %s/nope.img}\n' \
	"$sock" "$dir" >"$dir/missing.yaml"
msg=$(timeout 10 "$pv" --config "$dir/missing.yaml" 2>&1) && fail "started without its disk"
echo "$msg" | grep -q "nope.img" || fail "missing-file message: $msg"
pass
