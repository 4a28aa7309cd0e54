#!/bin/sh
# The whole storvsc path on NVMe against the same path on a file, measured in
# the same run (not a test: run it and read the table):
#   bench/nvme/storvsp_nvme.sh BUILD_DIR [IOS] [REPS]
# Rows, each 4 KiB random I/O, 50% writes, over 64 MiB, at QD1 and QD32:
#   file: pvguest -> sim partition -> VMBus -> storvsp -> scsi disk -> file
#     backend (io_uring, O_DIRECT) on a 256 MiB image: the baseline;
#   nvme: the same, the LUN `backend: nvme` on our NVMe driver -> emu PCI
#     backend -> the NVMe emulator (devices/nvme) -> its namespace on a 256
#     MiB image through io_uring (the same medium and engine as the baseline).
# Each (QD, backend) runs REPS times (default 3), file and nvme alternating
# so both see the same machine load; a fresh paravisor per run. IOPS is the
# median of pvguest's figure; ratio = nvme IOPS / file IOPS. For nvme, the
# driver's counters as disk_nvme logs them when the LUN closes (SIGTERM):
# NVMe commands, SQ and CQ doorbells and interrupts per storvsc request
# (median run).
set -eu
build=$1
ios=${2:-20000}
reps=${3:-3}
pv=$build/bin/paravisor
guest=$build/bin/pvguest
tmp=$(mktemp -d /var/tmp/bench-svnvme.XXXXXX)
pid=
cleanup() {
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
sock=$tmp/pv.sock
. "$(dirname "$0")/../../tests/lib/paravisor.sh"
truncate -s 256M "$tmp/file.img" "$tmp/nvme.img"
for be in file nvme; do
	if [ $be = file ]; then
		lun="backend: file
        path: $tmp/file.img"
	else
		lun="backend: nvme
        nvme: {emulated: {path: $tmp/nvme.img}, queues: 1}"
	fi
	cat > "$tmp/$be.yaml" <<YAML
log: {level: info}
partition: {kind: sim, socket: $sock, memory: 128M, vcpus: 1}
devices:
  - kind: scsi
    luns:
      - lun: 0
        $lun
YAML
done

one() { # backend qd rep -> appends "qd be iops cmds sqdb cqdb irq" to $tmp/rows
	pv_start "$sock" "$pv" --config "$tmp/$1.yaml" > "$tmp/log" 2>&1 ||
		{ cat "$tmp/log"; echo "storvsp_nvme: no socket"; exit 1; }
	out=$("$guest" --socket "$sock" storvsc --workload --qd "$2" --ios "$ios" --span 67108864 \
		--write-pct 50 --seed "$3") || { echo "$out"; cat "$tmp/log"; exit 1; }
	kill -TERM "$pid"
	wait "$pid" || { cat "$tmp/log"; echo "storvsp_nvme: paravisor exit $?"; exit 1; }
	pid=
	iops=$(echo "$out" | sed -n 's/.*storvsc workload: [0-9]* I\/Os, 0 errors, \([0-9]*\) IOPS.*/\1/p')
	[ -n "$iops" ] || { echo "$out"; echo "storvsp_nvme: no IOPS figure"; exit 1; }
	if [ "$1" = nvme ]; then
		c=$(sed -n 's/.*disk-nvme\[.*\]: closed: \([0-9]*\) requests as \([0-9]*\) commands, [0-9]* failed; \([0-9]*\) SQ and \([0-9]*\) CQ doorbells, \([0-9]*\) interrupts.*/\1 \2 \3 \4 \5/p' "$tmp/log")
		[ -n "$c" ] || { cat "$tmp/log"; echo "storvsp_nvme: no disk-nvme closed line"; exit 1; }
	else
		c="0 0 0 0 0"
	fi
	echo "$2 $1 $iops $c" >> "$tmp/rows"
}

: > "$tmp/rows"
for qd in 1 32; do
	r=1
	while [ $r -le "$reps" ]; do
		one file $qd $r
		one nvme $qd $r
		r=$((r + 1))
	done
done
echo "storvsc 4 KiB random I/O, 50% writes over 64 MiB, $ios I/Os per run, median of $reps runs"
printf '%-4s %10s %10s %7s %9s %9s %9s %9s\n' QD "file IOPS" "nvme IOPS" ratio "cmd/req" \
	"SQdb/req" "CQdb/req" "irq/req"
for qd in 1 32; do
	f=$(awk -v q=$qd '$1 == q && $2 == "file" {print $3}' "$tmp/rows" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
	# The nvme run with the median IOPS, and its counters.
	m=$(awk -v q=$qd '$1 == q && $2 == "nvme"' "$tmp/rows" | sort -k3,3n | awk '{l[NR] = $0} END {print l[int((NR + 1) / 2)]}')
	echo "$m" | awk -v f="$f" '{
		req = $4 > 0 ? $4 : 1
		printf "%-4s %10s %10s %6.2fx %9.2f %9.3f %9.3f %9.3f\n", $1, f, $3, $3 / f, $5 / req,
			$6 / req, $7 / req, $8 / req }'
done
echo "ratio = nvme IOPS / file IOPS (same run, alternating); per storvsc request (disk"
echo "request, flushes included) for nvme: NVMe commands, SQ tail and CQ head doorbells,"
echo "interrupts, as the driver counted them (disk-nvme 'closed:' line). $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)."
