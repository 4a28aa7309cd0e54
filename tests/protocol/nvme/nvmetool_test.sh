#!/bin/sh
# nvmetool against our NVMe emulator (ctest nvme_nvmetool, label nvme): the
# same `exercise` (span zeroed, 10,000 random verified I/Os, Flush, Dataset
# Management, Write Zeroes, a controller reset with writes in flight, all
# read back) and `conformance` sequence (admin and NVM passthrough, malformed
# commands among them) that tier e2e-vfio runs against QEMU's NVMe through
# VFIO. Usage: nvmetool_test.sh NVMETOOL
set -u
tool=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
truncate -s 32M "$dir/nvme.img" || exit 1
"$tool" --emulated "$dir/nvme.img" exercise > "$dir/exercise.out" 2>&1
rc=$?
grep '^nvmetool: ' "$dir/exercise.out"
if [ $rc != 0 ] || ! grep -q '^nvmetool: exercise PASS$' "$dir/exercise.out"; then
	cat "$dir/exercise.out"
	echo "nvmetool_test: FAIL: exercise exited $rc"
	exit 1
fi
"$tool" --memory 64M conformance > "$dir/conformance.out" 2>&1
rc=$?
grep '^nvmetool: ' "$dir/conformance.out"
if [ $rc != 0 ] || ! grep -q '^nvmetool: conformance done (0 commands without an answer)$' \
	"$dir/conformance.out"; then
	cat "$dir/conformance.out"
	echo "nvmetool_test: FAIL: conformance exited $rc"
	exit 1
fi
echo "nvmetool_test: PASS"
