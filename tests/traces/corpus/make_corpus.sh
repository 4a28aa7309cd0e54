#!/bin/sh
# Records the conformance corpus: each trace is one pvguest session against a
# paravisor (sim partition, one echo device) started with --trace.
#
#   tests/traces/corpus/make_corpus.sh BUILD_DIR [OUT_DIR]
#
# OUT_DIR defaults to this folder. A session recorded with other devices
# than one echo device gets NAME.vm.yaml beside it: its paravisor config
# without the partition section, for `pvtrace replay --vm`. Timestamps differ from run to run; the
# messages do not (validate, replay and diff ignore time).
set -eu
build=${1:?usage: make_corpus.sh BUILD_DIR [OUT_DIR]}
out=${2:-$(dirname "$0")}
pv=$build/bin/paravisor
guest=$build/bin/pvguest
[ -x "$pv" ] && [ -x "$guest" ] || { echo "make_corpus: build paravisor and pvguest first" >&2; exit 2; }
tmp=$(mktemp -d /tmp/pvtrace-corpus.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/../../lib/paravisor.sh"

# record NAME [paravisor config lines] -- pvguest args...
# (the config gets one echo device unless the lines hold a devices: section)
record() {
	name=$1; shift
	extra=""
	while [ "$1" != "--" ]; do extra="$extra$1
"; shift; done
	shift
	case $extra in
	*devices:*) devices="" ;;
	*) devices="devices:
  - kind: echo
" ;;
	esac
	cat > "$tmp/vm.yaml" <<CFG
partition:
  kind: sim
  socket: $tmp/pv.sock
  memory: 64M
  vcpus: 2
${extra}${devices}
CFG
	# What replay needs to rebuild this paravisor (pvtrace replay --vm).
	rm -f "$out/$name.vm.yaml"
	[ -n "$extra" ] && printf '%s%s' "$extra" "$devices" > "$out/$name.vm.yaml"
	pv_start "$tmp/pv.sock" "$pv" --config "$tmp/vm.yaml" --trace "$out/$name.pcapng" \
		--log-level error || { echo "make_corpus: $name: the paravisor did not start" >&2; exit 1; }
	if ! "$guest" --socket "$tmp/pv.sock" "$@" > "$tmp/guest.log" 2>&1; then
		cat "$tmp/guest.log" >&2
		kill "$pid"; wait "$pid" || true
		echo "make_corpus: $name: pvguest failed" >&2
		exit 1
	fi
	kill "$pid"
	wait "$pid" || true
	echo "$name.pcapng: pvguest $*"
}

# Newest version Linux asks for, an echo channel opened, packets both ways
# (half of them with completions requested), closed, unloaded.
record echo-5.3 -- --echo-test 6 --size 64
# Before 5.0: messages on connection id 1, no msg_conn_id.
record echo-4.0 -- --vmbus-version 4.0 --echo-test 4 --size 16
# Copper (6.0) with its feature flags in VERSION_RESPONSE.
record echo-6.0 -- --vmbus-version 6.0 --echo-test 2 --size 8
# An unsupported version first: VERSION_RESPONSE refuses, the guest falls back.
record fallback-list -- --first-version 9.9 --list
# 2.4 (Windows 8), offers only.
record list-2.4 -- --vmbus-version 2.4 --list
# A paravisor answering a non-default message connection id.
record msgconn-5.0 "vmbus:" "  msg_conn_id: 7" -- --vmbus-version 5.0 --list
# Small rings (4 pages each way) and larger packets: indices wrap many times.
record echo-wrap -- --echo-test 40 --size 1500 --ring-pages 4
# storvsc: Linux's init sequence (BEGIN, versions, QUERY_PROPERTIES, END),
# INQUIRY and READ CAPACITY, on a memory disk.
record storvsc-init "devices:" "  - kind: scsi" "    luns:" \
	"      - {lun: 0, backend: memory, size: 16M}" -- storvsc
# storvsc: 16 random 4 KiB reads and writes, two outstanding, verified.
record storvsc-io "devices:" "  - kind: scsi" "    luns:" \
	"      - {lun: 0, backend: memory, size: 16M}" -- storvsc --workload --ios 16 --qd 2 --verify --seed 7
# storvsc with two subchannels offered at run time.
record storvsc-subch "devices:" "  - kind: scsi" "    subchannels: 2" "    luns:" \
	"      - {lun: 0, backend: memory, size: 16M}" -- storvsc --subchannels 2 --workload --ios 8 --qd 2 --seed 3
# netvsc: NVSP/RNDIS negotiation and 4 frames through the loopback endpoint.
# The RNDIS messages (send-buffer sections, receive-buffer slots) are RNDIS
# records beside their ring packets; replay places and compares them.
record netvsc-loopback "devices:" "  - kind: nic" "    endpoint: loopback" -- netvsc --workload 4 --size 64
