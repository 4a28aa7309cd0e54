#!/bin/sh
# pvtrace on NVMe records (ctest trace_nvme_decode): the corpus trace of our
# driver on the emulator (tests/traces/corpus/nvme/nvme-io-fault.pcapng) is
# decoded by the generated codecs (SQEs by command with their fields and
# the queue, slot, command id and doorbell of the record; CQEs with the
# status named by its type), validates, and diffs clean against itself.
# Usage: nvme_decode.sh PVTRACE_DIR TRACE
set -u
pvtrace=$1/pvtrace
t=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$pvtrace" decode "$t" > "$out" || { echo "FAIL: pvtrace decode exited $?"; exit 1; }
fail=0
for re in \
	'NVME  ->device relid 0: SQE sq0 slot 0 cid 32 \(tail doorbell 1\) admin IDENTIFY hdr=\{ opcode=6 .* cns=1 ' \
	'NVME  device-> relid 0: CQE cq0 slot 0 \(head doorbell 1\) sqid 0 sqhd 1 cid 32 phase 1 status SUCCESS \(sct 0 GENERIC, sc 0x00\)' \
	'admin CREATE_IO_SQ hdr=' \
	'NVM   ->device relid 1: SQE sq1 slot 0 cid 16 \(tail doorbell 1\) NVM WRITE hdr=.* nlb=7 ' \
	'CQE cq1 slot 0 \(head doorbell 1\) sqid 1 sqhd 1 cid 16 phase 1 status UNRECOVERED_READ_ERROR \(sct 2 MEDIA, sc 0x81\)'; do
	if grep -Eq -- "$re" "$out"; then
		echo "decode shows /$re/"
	else
		echo "FAIL: decode never shows /$re/"
		fail=1
	fi
done
if grep -q 'payload, [0-9]* bytes' "$out"; then
	echo "FAIL: records left undecoded:"
	grep 'payload, [0-9]* bytes' "$out" | head -3
	fail=1
fi
"$pvtrace" validate "$t" || fail=1
"$pvtrace" diff "$t" "$t" || fail=1
[ $fail = 0 ] && echo "nvme_decode: PASS"
exit $fail
