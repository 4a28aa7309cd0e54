#!/usr/bin/env bash
# servicing_netvsp (label servicing): pvguest's storvsc workload with
# --verify on a file LUN (primary + 2 subchannels, max_io 8 under queue depth
# 32) and netvsc loopback traffic on a NIC with one subchannel, on the same
# guest, while the paravisor is live-updated 20 times (pvctl update). The
# storvsc workload must end with every I/O completed once and every byte
# read back as written; every netvsc frame sent must come back exactly once
# and intact (sequence numbers: none lost, none duplicated, none corrupt);
# each update must restore the controller's 3 channels and the NIC's 2; the
# guest must see no NVSP or RNDIS reset (the client would fail its sends).
# Usage: netvsp.sh PARAVISOR PVGUEST PVCTL
. "$(dirname "$0")/lib.sh"
PVCTL=$3
UPDATES=${PV_SERVICING_UPDATES:-20}

truncate -s 64M "$TMP/disk.img"
start_pv "partition: {kind: sim, socket: $TMP/pv.sock, memory: 64M, vcpus: 2}
devices:
  - kind: scsi
    subchannels: 2
    max_io: 8
    luns:
      - {lun: 0, backend: file, path: $TMP/disk.img}
  - kind: nic
    endpoint: loopback
    queues: 2"

guest_start --net-traffic 300 storvsc --workload --subchannels 2 --qd 32 --until-signal \
	--span 16777216 --verify --seed 7
updates "$UPDATES"
log_count 'storvsp\[scsi0\]: restored: 1 LUNs, 3 channels' "$UPDATES" \
	"restored the controller's 3 channels"
log_count 'netvsp\[nic1 .*\]: restored: NVSP ready, RNDIS data, 2 channels' "$UPDATES" \
	"restored the NIC's session on 2 channels"
owned=$(grep -Ec 'netvsp\[nic1 .*\]: saved: .* [1-9][0-9]* receive packets owned' "$TMP/log")
echo "   $owned of $UPDATES updates carried receive packets the guest owned"
[ "$owned" -gt 0 ] || fail "no update found receives in the guest's hands (the test lost its point)"
guest_finish
net=$(grep 'netvsc traffic:' "$TMP/guest")
echo "   $net"
case "$net" in *"duplicated 0, corrupt 0, lost 0") ;; *) fail "netvsc: $net" ;; esac
stop_pv
echo "PASS"
