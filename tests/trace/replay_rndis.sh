#!/bin/sh
# Replay of a netvsc trace compares the RNDIS messages in the buffers: the
# corpus trace replays clean; a copy with one byte of a host->guest RNDIS
# record changed (INIT_C's medium) must be reported as a difference on that
# RNDIS record, and a copy whose guest->host QUERY asks another OID must
# change the paravisor's answer (so the replayer really placed the bytes).
#   replay_rndis.sh BIN_DIR CORPUS_DIR
set -eu
bin=$1
dir=$2
t=$dir/netvsc-loopback.pcapng
vm=$dir/netvsc-loopback.vm.yaml
# The looped-back frames' grouping depends on timing (corpus/REPLAY_ARGS).
skip="--rx-frames skip"
tmp=$(mktemp -d /tmp/pvtrace-rndis.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# Byte offset of the first occurrence of a hex string (no spaces) in a file.
find_hex() {
	od -An -v -tx1 "$1" | tr -d ' \n' | grep -ob "$2" | head -1 | cut -d: -f1 |
		awk '{ if ($1 % 2) exit 1; print $1 / 2 }'
}
# Sets one byte of a file.
poke() {
	printf '%b' "\\0$(printf '%03o' "$3")" | dd of="$1" bs=1 seek="$2" conv=notrunc 2> /dev/null
}

"$bin/pvtrace" replay "$t" --paravisor "$bin/paravisor" --vm "$vm" $skip > "$tmp/ok.txt" ||
	{ cat "$tmp/ok.txt" >&2; echo "FAIL: $t does not replay clean" >&2; exit 1; }

# must_differ NAME HEX AT BYTE WHAT EXPECTED: a copy of the trace with byte
# AT of the record whose bytes start with HEX set to BYTE must not replay as
# equal, and the report must match EXPECTED.
must_differ() {
	cp "$t" "$tmp/$1.pcapng"
	at=$(find_hex "$t" "$2")
	[ -n "$at" ] || { echo "FAIL: no $5 in $t" >&2; exit 1; }
	poke "$tmp/$1.pcapng" $((at + $3)) "$4"
	if "$bin/pvtrace" replay "$tmp/$1.pcapng" --paravisor "$bin/paravisor" --vm "$vm" $skip \
		--timeout 1000 > "$tmp/$1.txt"; then
		cat "$tmp/$1.txt" >&2
		echo "FAIL: a changed $5 replayed as equal" >&2
		exit 1
	fi
	grep -q "$6" "$tmp/$1.txt" ||
		{ cat "$tmp/$1.txt" >&2; echo "FAIL: the $5 difference is not reported" >&2; exit 1; }
}

# INIT_C: type 0x80000002, msg_len 52; medium is at byte 28.
must_differ initc 0200008034000000 28 7 INIT_C \
	"RNDIS host->guest.*byte 28: recorded 0x07, now 0x00"
# The first QUERY (type 4, msg_len 28, req_id 2) asks OID 0x10106
# (MAXIMUM_FRAME_SIZE); asking 0x10107 (LINK_SPEED) changes the answer.
must_differ query 040000001c0000000200000006010100 12 7 "QUERY req_id 2" \
	"RNDIS host->guest.*QUERY_C"
echo "replay compares RNDIS in the buffers"
