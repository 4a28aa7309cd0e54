#!/bin/sh
# Record -> decode -> validate -> replay -> diff: a pvguest echo session
# recorded by `paravisor --trace`, with and without a headers-only filter.
#   record_roundtrip.sh BIN_DIR
set -eu
bin=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
. "$(dirname "$0")/../lib/paravisor.sh"
pv_scratch pvtrace-rt

run() { # run TRACE [--trace-filter SPEC]
	pv_echo_config "$tmp/vm.yaml" "$tmp/pv.sock"
	trace=$1; shift
	pv_start "$tmp/pv.sock" "$bin/paravisor" --config "$tmp/vm.yaml" --trace "$trace" "$@" \
		--log-level error || fail "paravisor did not start"
	"$bin/pvguest" --socket "$tmp/pv.sock" --trace "$trace.guest" --echo-test 8 --size 100 \
		> "$tmp/guest.log" 2>&1 ||
		fail "pvguest: $(cat "$tmp/guest.log")"
	pv_stop || fail "paravisor exited with $?"
}

run "$tmp/full.pcapng"
"$bin/pvtrace" decode "$tmp/full.pcapng" > "$tmp/decode.txt" || fail "decode"
for want in INITIATE_CONTACT VERSION_RESPONSE OFFERCHANNEL ALLOFFERS_DELIVERED GPADL_HEADER \
	GPADL_CREATED OPENCHANNEL_RESULT DATA_INBAND COMP CLOSECHANNEL GPADL_TORNDOWN \
	UNLOAD_RESPONSE "trans_id=0x3e8" "child_relid=1" "data 104 bytes"; do
	grep -q "$want" "$tmp/decode.txt" || fail "decode lacks $want"
done
# 8 echo packets: 8 guest->host, 8 host->guest ring records.
[ "$(grep -c 'VMRING guest->host' "$tmp/decode.txt")" = 8 ] || fail "guest->host ring records"
[ "$(grep -c 'VMRING host->guest' "$tmp/decode.txt")" = 8 ] || fail "host->guest ring records"
"$bin/pvtrace" validate "$tmp/full.pcapng" || fail "validate"
"$bin/pvtrace" replay "$tmp/full.pcapng" --paravisor "$bin/paravisor" || fail "replay"
"$bin/pvtrace" diff "$tmp/full.pcapng" "$tmp/full.pcapng" > /dev/null || fail "diff with itself"
# pvguest --trace records the same session from the guest's side: it must
# validate and match the paravisor's trace record for record.
"$bin/pvtrace" validate "$tmp/full.pcapng.guest" || fail "validate the guest's trace"
"$bin/pvtrace" diff "$tmp/full.pcapng" "$tmp/full.pcapng.guest" || fail "guest and host traces differ"

# Headers only: ring payloads cut to 16 bytes (the descriptor), control
# messages limited to vmbus protocol records plus rings.
run "$tmp/hdr.pcapng" --trace-filter snap=16,proto=vmring
"$bin/pvtrace" decode "$tmp/hdr.pcapng" > "$tmp/hdr.txt" || fail "decode hdr"
grep -q "VMBUS" "$tmp/hdr.txt" && fail "proto filter kept vmbus records"
grep -q "truncated to 16 bytes" "$tmp/hdr.txt" || fail "snap not applied"
"$bin/pvtrace" validate "$tmp/hdr.pcapng" > /dev/null && fail "a trace without its control plane validated"
# Replay of a truncated trace is refused with a reason, not a crash.
"$bin/pvtrace" replay "$tmp/hdr.pcapng" --paravisor "$bin/paravisor" --timeout 200 > "$tmp/r.txt" && fail "replayed a headers-only trace"
grep -q "truncated ring packet cannot be replayed\|did not open" "$tmp/r.txt" || fail "replay reason: $(cat "$tmp/r.txt")"

# A diff that must find the difference: flip one payload byte of the last ring record.
cp "$tmp/full.pcapng" "$tmp/mod.pcapng"
size=$(stat -c %s "$tmp/mod.pcapng")
printf '\377' | dd of="$tmp/mod.pcapng" bs=1 seek=$((size - 200)) conv=notrunc 2>/dev/null
if "$bin/pvtrace" diff "$tmp/full.pcapng" "$tmp/mod.pcapng" > "$tmp/diff.txt"; then
	fail "diff missed a changed byte"
fi
grep -q "differ" "$tmp/diff.txt" || fail "diff output"
echo "record/decode/validate/replay/diff round trip OK"
