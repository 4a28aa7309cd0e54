#!/bin/sh
# The NVMe driver's cost per 4 KiB I/O, and the storvsc path it sits under,
# measured in the same run (not a test: run it and read the table).
#   bench/nvme/nvme_bench.sh BUILD_DIR [IOS] [--json FILE]
# (--json: the rows also in bench/run's format)
# Rows:
#   nvme driver, interrupts: nvmetool bench on the emulator's null namespace
#     (--emu-poll: the device thread polls, so it costs the driver's thread
#     nothing): the driver thread's CPU per I/O (submit, completion
#     processing, doorbells, the event loop, the interrupt eventfd), SQ and
#     CQ doorbells and interrupts per I/O;
#   nvme driver, polled: the same driver polled (nvme_qpair_poll in a loop,
#     as SPDK's perf does): the medians of the submit call and of a reaping
#     poll per completion: submit + complete, the figure SPDK quotes
#     (~70-100 ns for its user-mode driver);
#   baseline: bench_storvsp's null backend: pvguest -> storvsp -> null disk,
#     the paravisor's host CPU per I/O for the storvsc path alone; the ratio
#     column is the driver's interrupt-mode CPU against it (what putting the
#     LUN on NVMe adds to the host side, device excluded).
set -eu
build=$1
ios=50000
json=
shift
while [ $# -gt 0 ]; do
	case $1 in
	--json) json=$2; shift 2 ;;
	*) ios=$1; shift ;;
	esac
done
tmp=$(mktemp -d /tmp/bench-nvme.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for qd in 1 32; do
	"$build/bin/nvmetool" --null 1G --emu-poll --log-level error --ios "$ios" --qd "$qd" \
		bench > "$tmp/nvme$qd" 2>&1 || { cat "$tmp/nvme$qd"; exit 1; }
done
"$build/bin/bench_storvsp" --ios "$ios" > "$tmp/storvsp" 2>&1 || { cat "$tmp/storvsp"; exit 1; }
echo "NVMe driver per 4 KiB I/O (emulator null namespace, 50% writes, $ios I/Os per row)"
printf '%-4s %10s %12s %12s %10s %10s %10s %14s %8s\n' QD IOPS "cpu ns/IO" "polled ns" \
	"SQ db/IO" "CQ db/IO" "irq/IO" "storvsp ns/IO" ratio
for qd in 1 32; do
	line=$(grep 'I/Os of' "$tmp/nvme$qd")
	pol=$(sed -n 's/.*driver submit + complete \([0-9]*\) ns\/IO.*/\1/p' "$tmp/nvme$qd")
	iops=$(echo "$line" | sed -n 's/.*: \([0-9]*\) IOPS.*/\1/p')
	cpu=$(echo "$line" | sed -n 's/.*driver CPU \([0-9]*\) ns\/IO.*/\1/p')
	sq=$(echo "$line" | sed -n 's/.*, \([0-9.]*\) SQ doorbells.*/\1/p')
	cq=$(echo "$line" | sed -n 's/.*, \([0-9.]*\) CQ doorbells.*/\1/p')
	irq=$(echo "$line" | sed -n 's/.*, \([0-9.]*\) interrupts.*/\1/p')
	host=$(awk -v qd="$qd" '$1 == "null" && $2 == qd {print $5}' "$tmp/storvsp")
	ratio=$(awk -v a="$cpu" -v b="$host" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
	printf '%-4s %10s %12s %12s %10s %10s %10s %14s %8s\n' "$qd" "$iops" "$cpu" "$pol" "$sq" "$cq" \
		"$irq" "$host" "$ratio"
	rows="${rows:+$rows,}
  {\"qd\": $qd, \"iops\": ${iops:-null}, \"cpu_ns\": ${cpu:-null}, \"polled_ns\": ${pol:-null}, \"sq_doorbells\": ${sq:-null}, \"cq_doorbells\": ${cq:-null}, \"interrupts\": ${irq:-null}, \"storvsp_ns\": ${host:-null}}"
done
if [ -n "$json" ]; then
	printf '{"bench": "nvme", "ios": %s, "rows": [%s\n]}\n' "$ios" "$rows" > "$json"
fi
echo "cpu ns/IO: the driver thread, interrupt-driven; polled ns: median submit + median"
echo "completion per I/O when polling; storvsp ns/IO: bench_storvsp null backend, host"
echo "(paravisor) CPU per I/O in this run; ratio = cpu ns/IO / storvsp ns/IO."
