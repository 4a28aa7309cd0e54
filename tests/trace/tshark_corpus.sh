#!/bin/sh
# tshark with the generated dissectors decodes every corpus trace: message
# names and named fields appear, and no frame is malformed.
#   tshark_corpus.sh SOURCE_DIR
set -eu
src=$1
command -v tshark > /dev/null || { echo "SKIP: tshark is not installed"; exit 77; }
lua=$src/generated/lua/pvtrace.lua
home=$(mktemp -d /tmp/pvtrace-tshark.XXXXXX)
trap 'rm -rf "$home"' EXIT
for t in "$src"/tests/traces/corpus/*.pcapng "$src"/tests/traces/corpus/linux/*.pcapng; do
	HOME=$home tshark -X lua_script:"$lua" -r "$t" -V > "$home/out.txt" 2> "$home/err.txt" ||
		{ cat "$home/err.txt" >&2; echo "FAIL: tshark on $t" >&2; exit 1; }
	if grep -qi "malformed\|lua error\|dissector bug" "$home/out.txt" "$home/err.txt"; then
		grep -i "malformed\|lua error\|dissector bug" "$home/out.txt" "$home/err.txt" | head >&2
		echo "FAIL: $t does not dissect cleanly" >&2
		exit 1
	fi
	for want in "paravisor trace record" INITIATE_CONTACT VERSION_RESPONSE \
		"vmbus_version_requested:" "msgtype:" "payload_len:"; do
		grep -q "$want" "$home/out.txt" || { echo "FAIL: $t: no '$want'" >&2; exit 1; }
	done
	case $t in
	*echo-*)
		for want in OFFERCHANNEL "child_relid:" OPENCHANNEL_RESULT DATA_INBAND "trans_id:"; do
			grep -q "$want" "$home/out.txt" || { echo "FAIL: $t: no '$want'" >&2; exit 1; }
		done
		;;
	*netvsc-*)
		# The RNDIS records (proto 5) by message name and field.
		for want in "Remote NDIS" "RNDIS), INIT_C" "RNDIS), QUERY_C" "RNDIS), PACKET" \
			"req_id:" "data_len:"; do
			grep -q "$want" "$home/out.txt" || { echo "FAIL: $t: no '$want'" >&2; exit 1; }
		done
		;;
	esac
done
# NVMe driver records (protos NVME and NVM, no VMBus): SQEs by command with
# their fields, CQEs (records from the device) with the status named by its
# type, one of them the fault the recording injected (corpus/nvme/record.sh).
for t in "$src"/tests/traces/corpus/nvme/*.pcapng; do
	HOME=$home tshark -X lua_script:"$lua" -r "$t" -V > "$home/out.txt" 2> "$home/err.txt" &&
		HOME=$home tshark -X lua_script:"$lua" -r "$t" > "$home/sum.txt" 2>> "$home/err.txt" ||
		{ cat "$home/err.txt" >&2; echo "FAIL: tshark on $t" >&2; exit 1; }
	if grep -qi "malformed\|lua error\|dissector bug" "$home/out.txt" "$home/err.txt"; then
		grep -i "malformed\|lua error\|dissector bug" "$home/out.txt" "$home/err.txt" | head >&2
		echo "FAIL: $t does not dissect cleanly" >&2
		exit 1
	fi
	for want in "NVM Express (PCIe transport, admin command set), IDENTIFY" "CREATE_IO_SQ" \
		"NVM Express NVM command set (I/O commands), WRITE" "slba: 0x" "nlb: " "prp1: 0x" \
		"(PCIe transport, admin command set), cqe" "sqhd: " \
		"status: UNRECOVERED_READ_ERROR (MEDIA, 0x281)"; do
		grep -qF "$want" "$home/out.txt" || { echo "FAIL: $t: no '$want' in the tree" >&2; exit 1; }
	done
	for want in "NVM 88 READ" "CQE sqid 1 cid " "status SUCCESS (GENERIC, 0x000)" \
		"status UNRECOVERED_READ_ERROR (MEDIA, 0x281)"; do
		grep -qF "$want" "$home/sum.txt" || { echo "FAIL: $t: no '$want' in the Info column" >&2; exit 1; }
	done
done
echo "tshark decodes the corpus"
