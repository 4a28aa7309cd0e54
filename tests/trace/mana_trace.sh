#!/bin/sh
# MANA and GDMA trace records (labels trace, mana): a paravisor on the sim
# partition whose nic is served from MANA (net_mana -> the MANA driver -> our
# GDMA/MANA emulator on a loopback wire) records its HWC messages (proto MANA)
# and queue entries and doorbells (proto GDMA) with --trace while pvguest
# sends 20 frames. `pvtrace decode` must name the messages and their fields,
# `pvtrace validate` must accept the trace, and tshark with the generated
# dissectors must show the same; then a run whose emulator answers
# QUERY_VPORT_CONFIG with a wrong hwc_msg_id (fault hwc_msg_id) must fail
# validation on that response.
#   mana_trace.sh BIN_DIR SOURCE_DIR
set -eu
bin=$1
src=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
. "$(dirname "$0")/../lib/paravisor.sh"
pv_scratch pvtrace-mana

run() { # run TRACE FAULTS: paravisor + pvguest netvsc --workload 20; pvguest's status in $grc
	cat > "$tmp/vm.yaml" <<CFG
partition:
  kind: sim
  socket: $tmp/pv.sock
  memory: 64M
devices:
  - kind: nic
    endpoint: mana
    mana:
      emulated: {wire: loopback, faults: [$2]}
CFG
	pv_start "$tmp/pv.sock" "$bin/paravisor" --config "$tmp/vm.yaml" --trace "$1" --log-level error \
		2> "$tmp/pv.log" || fail "paravisor did not start: $(cat "$tmp/pv.log")"
	grc=0
	"$bin/pvguest" --socket "$tmp/pv.sock" netvsc --workload 20 > "$tmp/guest.log" 2>&1 || grc=$?
	pv_stop || fail "paravisor exited with $?: $(cat "$tmp/pv.log")"
}

run "$tmp/mana.pcapng" ""
[ $grc = 0 ] || fail "pvguest: $(cat "$tmp/guest.log")"
grep -q "received 20, lost 0" "$tmp/guest.log" || fail "workload: $(cat "$tmp/guest.log")"
"$bin/pvtrace" decode "$tmp/mana.pcapng" > "$tmp/decode.txt" || fail "decode"
# The bring-up and the vport's queues, request and response, with fields.
for want in "MANA  guest->host relid 0: VERIFY_VF_DRIVER_VERSION" "os_ver_str1=" \
	"MANA  host->guest relid 0: VERIFY_VF_DRIVER_VERSION" "gdma_protocol_ver=0x1" \
	"QUERY_MAX_RESOURCES" "max_sq=" "LIST_DEVICES" "num_of_devs=2" "REGISTER_DEVICE" \
	"QUERY_DEV_CONFIG" "CREATE_DMA_REGION" "dma_region_handle=" "CREATE_QUEUE" \
	"QUERY_VPORT_CONFIG" "mac_addr=" "CONFIG_VPORT_TX" "tx_vport_offset=" \
	"CREATE_WQ_OBJ" "wq_type=SQ(1)" "wq_type=RQ(2)" "wq_obj=" "CONFIG_VPORT_RX" \
	"DESTROY_WQ_OBJ" "DISABLE_QUEUE" "DEREGISTER_DEVICE" \
	"GDMA  guest->host relid [0-9]*: WQE kind=2 queue_type=1" "num_sge=" \
	"GDMA  guest->host relid [0-9]*: DOORBELL kind=5 queue_type=3" \
	"GDMA  host->guest relid [0-9]*: CQE kind=3" "is_sq=1" \
	"GDMA  host->guest relid [0-9]*: EQE kind=4" "eqe_type=3 "; do
	grep -q "$want" "$tmp/decode.txt" || fail "decode lacks '$want'"
done
if grep -q "undecodable" "$tmp/decode.txt"; then
	grep "undecodable" "$tmp/decode.txt" | head -3 >&2
	fail "undecodable MANA/GDMA records"
fi
"$bin/pvtrace" validate "$tmp/mana.pcapng" > "$tmp/validate.txt" ||
	fail "validate: $(head -5 "$tmp/validate.txt")"

# A response that answers no request in flight (what the driver refuses).
run "$tmp/msgid.pcapng" "hwc_msg_id:QUERY_VPORT_CONFIG:0:1"
if "$bin/pvtrace" validate "$tmp/msgid.pcapng" > "$tmp/validate.txt"; then
	fail "validated a response with a wrong hwc_msg_id"
fi
grep -q "MANA host->guest relid 0): mana: response with hwc_msg_id [0-9]* answers no pending request" \
	"$tmp/validate.txt" || fail "validate's reason: $(head -3 "$tmp/validate.txt")"

# tshark with the generated dissectors (pvtrace.lua dispatches to mana.lua and gdma.lua).
command -v tshark > /dev/null || { echo "SKIP: tshark is not installed (pvtrace checks passed)"; exit 77; }
HOME=$tmp tshark -X lua_script:"$src/generated/lua/pvtrace.lua" -r "$tmp/mana.pcapng" -V \
	> "$tmp/tshark.txt" 2> "$tmp/tshark.err" || { cat "$tmp/tshark.err" >&2; fail "tshark"; }
if grep -qi "malformed\|lua error\|dissector bug" "$tmp/tshark.txt" "$tmp/tshark.err"; then
	grep -i "malformed\|lua error\|dissector bug" "$tmp/tshark.txt" "$tmp/tshark.err" | head >&2
	fail "the MANA trace does not dissect cleanly"
fi
for want in "proto: MANA (7)" "proto: GDMA (9)" \
	"MANA hardware-channel messages, VERIFY_VF_DRIVER_VERSION" \
	"MANA hardware-channel messages, CREATE_WQ_OBJ" "MANA hardware-channel messages, CONFIG_VPORT_RX" \
	"hwc_msg_id:" "msg_type:" "num_of_devs: 2" "wq_id:" "wq_obj:" "cq_parent_qid:" \
	"GDMA (MANA hardware interface), EQE" "GDMA (MANA hardware interface), CQE" \
	"GDMA (MANA hardware interface), WQE" "GDMA (MANA hardware interface), DOORBELL" \
	"eqe_type:" "cqe_owner:" "wqe_len:" "page_offset:"; do
	grep -q "$want" "$tmp/tshark.txt" || fail "tshark lacks '$want'"
done
echo "MANA/GDMA records: decoded, validated, a wrong message id caught, dissected by tshark"
