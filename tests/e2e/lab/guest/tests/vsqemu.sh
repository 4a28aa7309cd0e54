# vsqemu: the guest side of bench/lab/vs-qemu. The same jobs on whatever
# disk and NIC this guest has: storvsc + netvsc on our paravisor, or
# virtio-blk + virtio-net on QEMU (pvnohv). Not a test of correctness: it
# passes when every job ran and printed its figures.
#
# Jobs (pvvsq.secs=S seconds each, default 6): fio 4 KiB randread and
# randwrite at QD1 and QD32, 128 KiB sequential read at QD8 (libaio,
# O_DIRECT, the whole disk); iperf3 TCP guest -> peer and peer -> guest (-R);
# ping RTT (-A, 100 echoes); first `idle` and `busy` (no I/O: the counters'
# background). Before and after each job the guest asks the lab
# side's sampler (bench/lab/vsq-snap, TCP port 5100 on the peer) to snapshot
# KVM's statistics for this VM; it answers `ok` once it has, so the counters
# bracket the job. fio and iperf3 come from the tools disk (run --tools-disk
# --guest-tool /usr/bin/fio --guest-tool /usr/bin/iperf3).
#
# Prints, after each job's closing snapshot (console bytes cost exits):
#   E2E-LOG: vsqemu: fio JOB error;rkb;riops;rms;rclat_us;wkb;wiops;wms;wclat_us
#   E2E-LOG: vsqemu: iperf JOB <iperf3's sender / receiver line>
#   E2E-LOG: vsqemu: ping JOB <busybox ping's summary lines>

VSQ_PORT=5100

vsq_mark() {
	r=$(echo "$1" | timeout 30 nc -w 10 "$PVNET_PEER" "$VSQ_PORT" 2>/dev/null)
	[ "$r" = ok ] && return 0
	E2E_REASON="the sampler on $PVNET_PEER:$VSQ_PORT did not answer mark $1"
	return 1
}

# The first interface with a device behind it (hv_netvsc or virtio_net).
vsq_nic() {
	for n in /sys/class/net/*; do
		[ -e "$n/device" ] || continue
		echo "${n##*/}"
		return 0
	done
	return 1
}

vsq_run() {
	secs=6
	for arg in $(cat /proc/cmdline); do
		case "$arg" in pvvsq.secs=*) secs=${arg#pvvsq.secs=} ;; esac
	done
	if [ -n "${PVNOHV:-}" ]; then
		for m in virtio_pci virtio_blk virtio_net; do
			e2e_modprobe $m || return 1
		done
	fi
	d=$(e2e_wait e2e_rw_disk) || { E2E_REASON="no writable disk"; return 1; }
	ifc=$(e2e_wait vsq_nic) || { E2E_REASON="no network interface"; return 1; }
	ip link set lo up
	ip link set "$ifc" up || { E2E_REASON="ip link set $ifc up failed"; return 1; }
	ip addr flush dev "$ifc"
	ip addr add "$PVNET_IP" dev "$ifc" || { E2E_REASON="ip addr add $PVNET_IP failed"; return 1; }
	i=0
	while [ "$(cat "/sys/class/net/$ifc/carrier" 2>/dev/null)" != 1 ]; do
		i=$((i + 1))
		[ $i -gt $((PVWAIT * 5)) ] && { E2E_REASON="$ifc has no carrier"; return 1; }
		usleep 200000
	done
	ping -c 3 -W 5 "$PVNET_PEER" > /dev/null 2>&1 || { E2E_REASON="ping $PVNET_PEER failed"; return 1; }
	v=$(e2e_tool /usr/bin/fio --version 2>&1) || { E2E_REASON="fio --version: $v"; return 1; }
	w=$(e2e_tool /usr/bin/iperf3 --version 2>&1 | head -n 1) || { E2E_REASON="iperf3: $w"; return 1; }
	drv=$(basename "$(readlink -f "/sys/class/net/$ifc/device/driver")")
	e2e_log "setup $v, $w, disk $d ($(($(cat "/sys/block/${d#/dev/}/size") / 2048)) MiB), nic $ifc ($drv, mtu $(cat "/sys/class/net/$ifc/mtu")), $secs s per job"

	# Background: KVM's counters over a job include what happens without I/O
	# (the guest's timer ticks, the VMM's own timers). `idle` sleeps, `busy`
	# spins the vCPU (fio under TCG is CPU-bound), each $secs seconds; the
	# lab side subtracts busy's rate from each job's counts.
	vsq_mark "idle-begin" || return 1
	sleep "$secs"
	vsq_mark "idle-end" || return 1
	vsq_mark "busy-begin" || return 1
	timeout "$secs" sh -c 'while :; do :; done'
	vsq_mark "busy-end" || return 1

	for job in "randread_qd1 randread 4k 1" "randread_qd32 randread 4k 32" \
		"randwrite_qd1 randwrite 4k 1" "randwrite_qd32 randwrite 4k 32" \
		"seqread_128k read 128k 8"; do
		set -- $job
		vsq_mark "$1-begin" || return 1
		e2e_tool /usr/bin/fio --name=vsq --filename="$d" --ioengine=libaio --direct=1 \
			--rw="$2" --bs="$3" --iodepth="$4" --time_based --runtime="$secs" \
			--randrepeat=0 --norandommap --output-format=terse > /tmp/fio.out 2>&1
		rc=$?
		vsq_mark "$1-end" || return 1
		line=$(grep '^3;' /tmp/fio.out | head -n 1)
		if [ "$rc" != 0 ] || [ -z "$line" ]; then
			sed 's/^/E2E-LOG: vsqemu: /' /tmp/fio.out | head -n 20
			E2E_REASON="fio $1 exit $rc"
			return 1
		fi
		e2e_log "fio $1 $(echo "$line" | cut -d';' -f5,6,8,9,16,47,49,50,57)"
	done

	for job in "iperf_tx" "iperf_rx -R"; do
		set -- $job
		vsq_mark "$1-begin" || return 1
		e2e_tool /usr/bin/iperf3 -c "$PVNET_PEER" -t "$secs" -f m --connect-timeout 10000 $2 > /tmp/iperf.out 2>&1
		rc=$?
		vsq_mark "$1-end" || return 1
		if [ "$rc" != 0 ] || ! grep -q 'receiver$' /tmp/iperf.out; then
			sed 's/^/E2E-LOG: vsqemu: /' /tmp/iperf.out | tail -n 20
			E2E_REASON="iperf3 $1 exit $rc"
			return 1
		fi
		grep -E '(sender|receiver)$' /tmp/iperf.out | tr -s ' ' | sed "s/^/E2E-LOG: vsqemu: iperf $1 /"
	done

	vsq_mark "ping-begin" || return 1
	ping -A -c 100 -W 5 "$PVNET_PEER" > /tmp/ping.out 2>&1
	rc=$?
	vsq_mark "ping-end" || return 1
	if [ "$rc" != 0 ]; then
		E2E_REASON="ping -A -c 100 $PVNET_PEER exit $rc"
		return 1
	fi
	tail -n 2 /tmp/ping.out | sed 's/^/E2E-LOG: vsqemu: ping ping /'
	return 0
}

e2e_main() {
	if vsq_run; then
		e2e_pass vsqemu
	else
		e2e_fail vsqemu "$E2E_REASON"
	fi
}
