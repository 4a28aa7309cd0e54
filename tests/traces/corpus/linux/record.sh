#!/bin/sh
# Records the real-guest traces in this directory: Debian's Linux 6.1
# (hv_storvsc, hv_netvsc) on our paravisor's kvm partition, in the lab VM
# (tests/e2e/lab/run), with `paravisor --trace`. Each trace is filtered to
# one device class so it stays tens of KiB; connection-wide messages
# (negotiation, offers) are kept by the filter.
#
#   tests/traces/corpus/linux/record.sh [BUILD_DIR]     (default build)
#
# Needs BUILD_DIR/bin/paravisor and BUILD_DIR/bin/pvtrace; validates each
# trace before copying it here. Takes ~2-3 minutes (three lab boots).
#
#   storvsc-probe-io    hv_storvsc probes the controller and the disk (init,
#                       INQUIRY/VPD, READ CAPACITY, MODE SENSE, partition scan),
#                       then 2 x 64 KiB O_DIRECT writes, fsync and read-back
#                       (guest test rawio)
#   netvsc-init-traffic hv_netvsc init (NVSP, receive/send buffers, RNDIS),
#                       link up, ping and two 10 KB TCP transfers against the
#                       lab peer on a TAP (guest test network, 2000 lines)
#   reload              both drivers unloaded and loaded again: channels
#                       closed and reopened, GPADLs torn down and re-created
#                       (guest test reload), storvsc channel only
#   storvsc-sense       sg3-utils' sg_raw in the guest (run --guest-tool; needs
#                       the sg3-utils package here) sends a READ(10) past the
#                       end and opcode 0xc0: CHECK CONDITION with sense data
#                       (tests/e2e/lab/examples/sense.sh)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
lab=$top/tests/e2e/lab
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

record() { # name pv-run-args...   ($RUN_ARGS: more options for run)
	name=$1
	shift
	echo "== $name"
	# shellcheck disable=SC2086
	/usr/bin/python3 "$lab/run" --out "$build/lab" --timeout 600 --quiet --log "$tmp/$name.log" \
		--bin "$build/bin/paravisor" --bin "$lab/ref/pv-run" ${RUN_ARGS:-} \
		-- pv-run --trace "/tmp/$name.pcapng" --export "$@"
	"$lab/ref/lab-files" "$tmp/$name.log" "$tmp" >/dev/null
	"$build/bin/pvtrace" validate "$tmp/$name.pcapng"
	cp "$tmp/$name.pcapng" "$here/$name.pcapng"
	echo "$name.pcapng: $(wc -c < "$here/$name.pcapng") bytes"
}

record storvsc-probe-io --disk 64 --tests rawio --trace-filter class=storvsc
record netvsc-init-traffic --nic --net-lines 2000 --tests network --trace-filter class=netvsc
record reload --disk 64 --tests reload --trace-filter class=storvsc
RUN_ARGS="--guest-tool /usr/bin/sg_raw --guest-file $lab/examples/sense.sh:/tests/sense.sh" \
	record storvsc-sense --disk 64 --tests sense --trace-filter class=storvsc
