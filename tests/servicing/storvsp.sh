#!/usr/bin/env bash
# servicing_storvsp (label servicing): pvguest's storvsc workload with
# --verify runs on a file LUN over the primary and two subchannels while the
# paravisor is live-updated 20 times (pvctl update, each waiting for the new
# binary). max_io 8 under a queue depth of 32 (11 per channel) keeps the channels at their
# limit, so packets are held back in the rings across updates and requests
# are in flight at each pause (drained by storvsp's quiesce). The workload
# must end with every I/O completed once and every byte read back as
# written; each update must restore the controller's 3 channels.
# PV_SERVICING_NVME=1 serves the LUN from an emulated NVMe controller on
# the same file (drivers/nvme): it cannot be kept alive (it lives in the
# paravisor), so each update's new binary starts a new one; each update
# must say so and restore the LUN.
# Usage: storvsp.sh PARAVISOR PVGUEST PVCTL
. "$(dirname "$0")/lib.sh"
PVCTL=$3
UPDATES=${PV_SERVICING_UPDATES:-20}

truncate -s 64M "$TMP/disk.img"
lun="      - {lun: 0, backend: file, path: $TMP/disk.img}"
if [ "${PV_SERVICING_NVME:-0}" = 1 ]; then
	lun="      - lun: 0
        backend: nvme
        nvme:
          queues: 1
          emulated:
            path: $TMP/disk.img"
fi
start_pv "partition: {kind: sim, socket: $TMP/pv.sock, memory: 64M, vcpus: 2}
devices:
  - kind: scsi
    subchannels: 2
    max_io: 8
    luns:
$lun"

# I/O until the updates are done (--until-signal: SIGINT stops issuing).
guest_start storvsc --workload --subchannels 2 --qd 32 --until-signal --span 16777216 \
	--verify --seed 7
updates "$UPDATES"
log_count 'storvsp\[scsi0\]: restored: 1 LUNs, 3 channels' "$UPDATES" \
	"restored the controller's 3 channels"
if [ "${PV_SERVICING_NVME:-0}" = 1 ]; then
	log_count 'no keep-alive for the emulated controller' "$UPDATES" \
		"said the emulated controller starts anew"
	log_count 'nvme-scsi0.*: ready: ' "$((UPDATES + 1))" "(+1) started a controller"
fi
held=$(grep -Ec 'channels \(3 open, [1-9] holding a packet\)' "$TMP/log")
echo "   $held of $UPDATES updates carried packets held back at max_io"
[ "$held" -gt 0 ] || fail "no update found a channel at its limit (the test lost its point)"
guest_finish
stop_pv
echo "PASS"
