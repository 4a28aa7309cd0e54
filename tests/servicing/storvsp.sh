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
# PV_SERVICING_NIC=1 (servicing_netvsp) adds netvsc loopback traffic on a
# NIC with one subchannel, on the same guest: every netvsc frame sent must
# come back exactly once and intact (sequence numbers: none lost, none
# duplicated, none corrupt); each update must restore the NIC's 2 channels
# and find receive packets the guest owned in some update; the guest must
# see no NVSP or RNDIS reset (the client would fail its sends).
# Usage: storvsp.sh PARAVISOR PVGUEST PVCTL
. "$(dirname "$0")/lib.sh"
PVCTL=$3
UPDATES=${PV_SERVICING_UPDATES:-20}
NVME=${PV_SERVICING_NVME:-0}
NIC=${PV_SERVICING_NIC:-0}

truncate -s 64M "$TMP/disk.img"
lun="      - {lun: 0, backend: file, path: $TMP/disk.img}"
if [ "$NVME" = 1 ]; then
	lun="      - lun: 0
        backend: nvme
        nvme:
          queues: 1
          emulated:
            path: $TMP/disk.img"
fi
nic=
net=()
if [ "$NIC" = 1 ]; then
	nic="
  - kind: nic
    endpoint: loopback
    queues: 2"
	net=(--net-traffic 300)
fi
start_pv "devices:
  - kind: scsi
    subchannels: 2
    max_io: 8
    luns:
$lun$nic"

# I/O until the updates are done (--until-signal: SIGINT stops issuing).
guest_start "${net[@]}" storvsc --workload --subchannels 2 --qd 32 --until-signal \
	--span 16777216 --verify --seed 7
updates "$UPDATES"
log_count 'storvsp\[scsi0\]: restored: 1 LUNs, 3 channels' "$UPDATES" \
	"restored the controller's 3 channels"
if [ "$NVME" = 1 ]; then
	log_count 'no keep-alive for the emulated controller' "$UPDATES" \
		"said the emulated controller starts anew"
	log_count 'nvme-scsi0.*: ready: ' "$((UPDATES + 1))" "(+1) started a controller"
fi
if [ "$NIC" = 1 ]; then
	log_count 'netvsp\[nic1 .*\]: restored: NVSP ready, RNDIS data, 2 channels' "$UPDATES" \
		"restored the NIC's session on 2 channels"
	owned=$(grep -Ec 'netvsp\[nic1 .*\]: saved: .* [1-9][0-9]* receive packets owned' "$TMP/log")
	echo "   $owned of $UPDATES updates carried receive packets the guest owned"
	[ "$owned" -gt 0 ] || fail "no update found receives in the guest's hands (the test lost its point)"
else
	held=$(grep -Ec 'channels \(3 open, [1-9] holding a packet\)' "$TMP/log")
	echo "   $held of $UPDATES updates carried packets held back at max_io"
	[ "$held" -gt 0 ] || fail "no update found a channel at its limit (the test lost its point)"
fi
guest_finish
if [ "$NIC" = 1 ]; then
	traffic=$(grep 'netvsc traffic:' "$TMP/guest")
	echo "   $traffic"
	case "$traffic" in *"duplicated 0, corrupt 0, lost 0") ;; *) fail "netvsc: $traffic" ;; esac
fi
stop_pv
echo "PASS"
