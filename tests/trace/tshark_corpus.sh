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
echo "tshark decodes the corpus"
