#!/bin/sh
# Records nvme-io-fault.pcapng: our NVMe driver's submission and completion
# queue entries (pvtrace protos NVME and NVM) under a storvsc LUN whose
# backend is NVMe on the in-process controller emulator, with one fault rule
# (the first I/O write completes with MEDIA / UNRECOVERED_READ_ERROR, 0x281).
# pvguest runs 6 storvsc I/Os, one outstanding.
#
#   tests/traces/corpus/nvme/record.sh BUILD_DIR [OUT_DIR]
set -eu
build=${1:?usage: record.sh BUILD_DIR [OUT_DIR]}
out=$(cd "${2:-$(dirname "$0")}" && pwd)
tmp=$(mktemp -d /tmp/pvtrace-nvme.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/vm.yaml" <<CFG
partition: {kind: sim, socket: $tmp/pv.sock, memory: 64M}
devices:
  - kind: scsi
    luns:
      - lun: 0
        backend: nvme
        nvme:
          emulated:
            memory: 16M
            faults:
              - {queue: io, opcode: write, action: status, status: 0x281, count: 1}
          queues: 1
          depth: 16
          trace: $out/nvme-io-fault.pcapng
CFG
. "$(dirname "$0")/../../../lib/paravisor.sh"
pv_start "$tmp/pv.sock" "$build/bin/paravisor" --config "$tmp/vm.yaml" --control none \
	--log-level error || { echo "record.sh: the paravisor did not start" >&2; exit 1; }
# One write fails by the rule: pvguest reports it and exits 1.
"$build/bin/pvguest" --socket "$tmp/pv.sock" storvsc --workload --ios 6 --qd 1 --seed 1 || true
kill "$pid"
wait "$pid"
echo "nvme-io-fault.pcapng: $(tshark -r "$out/nvme-io-fault.pcapng" 2>/dev/null | wc -l) records"
