# fiobench: fio's IOPS on the guest's writable disk, for bench/nvme/lab-fio
# (the storvsc disk our paravisor serves from QEMU's NVMe through VFIO, or
# the same NVMe given to the guest by QEMU as virtio-blk). 4 KiB random
# reads, then random writes, at QD1 and QD32 (libaio, O_DIRECT), each
# for 8 seconds (after 1 s of ramp) over the first 32 MiB.
# Prints one line per job: E2E-LOG: fiobench: <rw> qd<N> iops <X> ...
# fio comes from the tools disk (run --tools-disk --guest-tool /usr/bin/fio).

fiobench_run() {
	# Without Hyper-V (QEMU's reference guest) the disk is virtio-blk.
	if [ -n "${PVNOHV:-}" ]; then
		e2e_modprobe virtio_pci || return 1
		e2e_modprobe virtio_blk || return 1
	fi
	d=$(e2e_wait e2e_rw_disk) || { E2E_REASON="no writable disk"; return 1; }
	secs=8
	v=$(e2e_tool /usr/bin/fio --version 2>&1) || { E2E_REASON="fio --version: $v"; return 1; }
	e2e_log "$v on $d ($(cat "/sys/block/${d#/dev/}/device/model" 2>/dev/null || echo virtio) $(($(cat "/sys/block/${d#/dev/}/size") / 2048)) MiB), $secs s per job"
	for job in "randread 1" "randread 32" "randwrite 1" "randwrite 32"; do
		set -- $job
		e2e_tool /usr/bin/fio --name=fiobench --filename="$d" --ioengine=libaio --direct=1 \
			--rw="$1" --bs=4k --iodepth="$2" --size=32M --time_based --runtime="$secs" \
			--ramp_time=1 --randrepeat=0 > /tmp/fio.out 2>&1
		rc=$?
		iops=$(grep -m1 -oE 'IOPS=[0-9.]+k?' /tmp/fio.out | sed 's/IOPS=//')
		lat=$(grep -m1 -E '^ *clat \((usec|msec|nsec)\)' /tmp/fio.out | sed 's/^ *//')
		if [ "$rc" != 0 ] || [ -z "$iops" ]; then
			sed 's/^/E2E-LOG: fiobench: /' /tmp/fio.out | head -n 20
			E2E_REASON="fio $1 qd$2 exit $rc"
			return 1
		fi
		e2e_log "$1 qd$2 iops $iops ($lat)"
	done
	return 0
}

e2e_main() {
	if fiobench_run; then
		e2e_pass fiobench
	else
		e2e_fail fiobench "$E2E_REASON"
	fi
}
