#!/bin/sh
# fio in the real guest on storvsc -> our paravisor -> NVMe, beside the same
# QEMU NVMe given to the same guest as virtio-blk, in one lab VM run (not a
# test: run it and read the table). Holds the lab VM: run it as
#   flock /work/wt/lab.lock bench/nvme/lab_fio.sh BUILD_DIR
# The lab VM (tests/e2e/lab/run --nvme: QEMU's NVMe behind an emulated
# IOMMU on a 256 MiB image of this machine, bound to vfio-pci) runs
# bench/nvme/lab-fio: the guest's fio jobs (guest test fiobench: 4 KiB
# random read and write at QD1 and QD32, 8 s each) first on storvsc served by
# storvsp -> disk_nvme -> our driver -> VFIO, then on virtio-blk served by
# QEMU's user-mode NVMe driver (nvme://) -> VFIO, same controller, same file.
# Everything runs under TCG (the lab VM) with nested KVM: absolute figures
# are far below real hardware; the ratio is what this measures.
set -u
build=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
log=$build/bench-lab-fio.log
img=/var/tmp/bench-lab-fio-$$.img
trap 'rm -f "$img"' EXIT
files=""
for f in /usr/share/seabios/bios-256k.bin /usr/share/qemu/pvh.bin \
	/usr/share/qemu/linuxboot_dma.bin /usr/share/qemu/kvmvapic.bin \
	/usr/share/seabios/vgabios-stdvga.bin /usr/share/qemu/efi-virtio.rom; do
	[ -f "$f" ] && files="$files --file $f:$f"
done
# shellcheck disable=SC2086
/usr/bin/python3 "$top/tests/e2e/lab/run" --out "$build/lab" --timeout 1500 --log "$log" --quiet \
	--nvme "$img:256" --tools-disk --guest-tool /usr/bin/fio \
	--bin "$build/bin/paravisor" --bin "$build/bin/pvctl" --bin "$top/tests/e2e/lab/ref/pv-run" \
	--bin "$top/bench/nvme/lab-fio" --bin /usr/bin/qemu-system-x86_64 $files -- lab-fio
rc=$?
clean=$(tr -d '\r' < "$log")
echo "fio in the guest (1 vCPU, 512 MiB), 4 KiB random, 8 s per job, lab VM under TCG + nested KVM"
printf '%-10s %4s %14s %14s %8s\n' job QD "storvsc->NVMe" "virtio-blk" ratio
for job in "randread 1" "randread 32" "randwrite 1" "randwrite 32"; do
	set -- $job
	a=$(echo "$clean" | sed -n "s/^E2E-LOG: fiobench: $1 qd$2 iops \([0-9.k]*\) .*/\1/p" | head -n 1)
	b=$(echo "$clean" | sed -n "s/^E2E-LOG: fiobench-virtio: $1 qd$2 iops \([0-9.k]*\) .*/\1/p" | head -n 1)
	echo "$1 $2 ${a:-n/a} ${b:-n/a}" | awk '
		function n(v) { if (v ~ /k$/) { sub(/k$/, "", v); return v * 1000 } return v + 0 }
		{ r = ($3 != "n/a" && $4 != "n/a" && n($4) > 0) ? sprintf("%.2fx", n($3) / n($4)) : "n/a"
		  printf "%-10s %4s %14s %14s %8s\n", $1, $2, $3, $4, r }'
done
echo "ratio = storvsc->NVMe IOPS / virtio-blk IOPS; guest lines and the whole console: $log"
echo "$clean" | grep -E '^E2E-LOG: fiobench(-virtio)?: fio-' | head -n 2
exit $rc
