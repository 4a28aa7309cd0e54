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
# PV_SERVICING_NVME=process runs that emulator in a device process of its
# own (`process: true`: tools/pvdev over the sock PCI backend), which
# outlives each exec: every new binary must adopt the controller left
# running (keep-alive), and the process's counters, read through the socket
# at the start and after every adoption, must show the same process, one
# enable and the start's resets all along, and I/O commands growing; some
# adoption must take over commands in flight and some update must carry
# guest requests (storvsp carries them on a kept device instead of draining
# them; --verify checks each completed once with its data). The process
# must end with the paravisor.
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
if [ "$NVME" != 0 ]; then
	lun="      - lun: 0
        backend: nvme
        nvme:
          queues: 1
          emulated:
            path: $TMP/disk.img"
	# In the device process every read waits 5 ms before it completes, so
	# each pause finds reads the device holds, on a busy machine or an idle
	# one (without it, an idle machine's emulator answers before most pauses
	# and the carried-request checks below depend on luck).
	[ "$NVME" = process ] && lun="$lun
            process: true
            faults: [{queue: io, opcode: read, action: delay, delay_ms: 5}]"
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
if [ "$NVME" = process ]; then
	log_count 'nvme-scsi0.*: adopted without a reset \(keep-alive\)' "$UPDATES" \
		"adopted the running controller"
	log_count 'nvme-scsi0.*: ready: ' 1 "initialised a controller (only the first binary may)"
	# "device process PID WHEN: enables E, resets R, admin commands A, I/O commands I, ..."
	counters() { # WHEN-REGEX: "PID E R I" of each such line
		sed -nE "s/.*device process ([0-9]+) ($1): enables ([0-9]+), resets ([0-9]+), admin commands [0-9]+, I\/O commands ([0-9]+).*/\1 \3 \4 \5/p" "$TMP/log"
	}
	read -r dpid en0 rs0 io0 <<< "$(counters 'at the start' | head -n 1)"
	[ -n "${io0:-}" ] || fail "no counters from the device process at the start"
	[ "$en0" = 1 ] || fail "the controller was enabled $en0 times at the start"
	echo "   device process $dpid at the start: enables $en0, resets $rs0, I/O commands $io0"
	n=0
	while read -r p en rs io; do
		n=$((n + 1))
		[ "$p" = "$dpid" ] || fail "adoption $n: device process $p, not $dpid"
		[ "$en" = "$en0" ] || fail "adoption $n: enables $en (was $en0): the controller was enabled again"
		[ "$rs" = "$rs0" ] || fail "adoption $n: resets $rs (was $rs0): the controller was reset"
		last_io=$io
	done <<< "$(counters 'after the adoption')"
	[ "$n" = "$UPDATES" ] || fail "$n of $UPDATES adoptions read the counters"
	[ "$last_io" -gt "$io0" ] || fail "I/O commands $last_io after the last update, $io0 at the start"
	echo "   after update $UPDATES: same process, enables $en0, resets $rs0, I/O commands $last_io"
	# storvsp carries the guest's requests on a kept device: commands the process
	# still held at the save complete after the adoption (the workload verifies them).
	inflight=$(grep -Ec 'nvme-scsi0.* taken over: .* [1-9][0-9]* commands in flight' "$TMP/log")
	echo "   $inflight of $UPDATES adoptions took over commands in flight"
	[ "$inflight" -gt 0 ] || fail "no update had a command in flight (the test lost its point)"
	# ... and the guest requests waiting on them (STORVSP_IO): carried, not drained.
	carried=$(grep -Ec 'storvsp\[scsi0\]: restored: .* [1-9][0-9]* requests carried in flight' \
		"$TMP/log")
	total=$(sed -nE 's/.*storvsp\[scsi0\]: restored: .* ([0-9]+) requests carried in flight.*/\1/p' \
		"$TMP/log" | awk '{n += $1} END {print n + 0}')
	echo "   $carried of $UPDATES updates carried guest requests in flight ($total in all)"
	[ "$carried" -gt 0 ] || fail "no update carried a guest request in flight (the test lost its point)"
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
if [ "$NVME" = process ]; then
	# Its socket closed with the paravisor: the device process ends (the paravisor reaps it).
	wait_gone "$dpid" 5 || fail "device process $dpid outlived the paravisor"
fi
echo "PASS"
