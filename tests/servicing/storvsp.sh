#!/usr/bin/env bash
# servicing_storvsp (label servicing): pvguest's storvsc workload with
# --verify runs on a file LUN over the primary and two subchannels while the
# paravisor is live-updated 20 times (pvctl update, each waiting for the new
# binary). max_io 8 under a queue depth of 32 (11 per channel) keeps the channels at their
# limit, so packets are held back in the rings across updates and requests
# are in flight at each pause (drained by storvsp's quiesce). The workload
# must end with every I/O completed once and every byte read back as
# written; each update must restore the controller's 3 channels.
# Usage: storvsp.sh PARAVISOR PVGUEST PVCTL
set -u
PV=$1
PVGUEST=$2
PVCTL=$3
UPDATES=${PV_SERVICING_UPDATES:-20}
TMP=$(mktemp -d /tmp/pv-serv-storvsp.XXXXXX)
pid=
gpid=

cleanup() {
	[ -n "$gpid" ] && kill "$gpid" 2>/dev/null
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
	echo "FAIL: $*"
	[ -f "$TMP/guest" ] && sed 's/^/    guest: /' "$TMP/guest"
	[ -f "$TMP/log" ] && grep -Ev ' D ' "$TMP/log" | tail -n 40 | sed 's/^/    log: /'
	exit 1
}

wait_log() { # REGEX SECONDS
	local i
	for ((i = 0; i < $2 * 20; i++)); do
		grep -Eq -- "$1" "$TMP/log" && return 0
		kill -0 "$pid" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

truncate -s 64M "$TMP/disk.img"
cat > "$TMP/pv.yaml" <<YAML
partition: {kind: sim, socket: $TMP/pv.sock, memory: 64M, vcpus: 2}
devices:
  - kind: scsi
    subchannels: 2
    max_io: 8
    luns:
      - {lun: 0, backend: file, path: $TMP/disk.img}
YAML
"$PV" --config "$TMP/pv.yaml" --control "$TMP/pv.ctl" > "$TMP/log" 2>&1 &
pid=$!
wait_log 'paravisor: running' 30 || fail "paravisor did not start"
first=$pid

# I/O until the updates are done (--until-signal: SIGINT stops issuing).
stdbuf -oL "$PVGUEST" --socket "$TMP/pv.sock" storvsc --workload --subchannels 2 --qd 32 \
	--until-signal --span 16777216 --verify --seed 7 > "$TMP/guest" 2>&1 &
gpid=$!
for ((i = 0; i < 600; i++)); do
	grep -q 'LUN 0: .* blocks' "$TMP/guest" && break
	kill -0 "$gpid" 2>/dev/null || fail "pvguest ended before the updates"
	sleep 0.05
done
for ((k = 1; k <= UPDATES; k++)); do
	kill -0 "$gpid" 2>/dev/null || fail "pvguest ended during update $((k - 1))"
	out=$(timeout 60 "$PVCTL" --socket "$TMP/pv.ctl" update) || fail "update $k: $out"
	case "$out" in "update $k: guest running again"*) ;; *) fail "update $k: $out" ;; esac
	[ "$k" = 1 ] || [ "$k" = "$UPDATES" ] && echo "   $out"
done
n=$(grep -c 'storvsp\[scsi0\]: restored: 1 LUNs, 3 channels' "$TMP/log")
[ "$n" = "$UPDATES" ] || fail "$n of $UPDATES updates restored the controller's 3 channels"
held=$(grep -Ec 'channels \(3 open, [1-9] holding a packet\)' "$TMP/log")
echo "   $held of $UPDATES updates carried packets held back at max_io"
[ "$held" -gt 0 ] || fail "no update found a channel at its limit (the test lost its point)"
# SIGINT: pvguest stops issuing, waits for what is outstanding and reports.
kill -INT "$gpid"
for ((i = 0; i < 600; i++)); do
	kill -0 "$gpid" 2>/dev/null || break
	sleep 0.05
done
kill -0 "$gpid" 2>/dev/null && fail "pvguest did not finish its outstanding I/O"
wait "$gpid"
grc=$?
gpid=
summary=$(grep 'storvsc workload:' "$TMP/guest")
echo "   $summary"
[ "$grc" = 0 ] || fail "pvguest exited $grc"
case "$summary" in *" 0 errors"*) ;; *) fail "errors: $summary" ;; esac
[ "$pid" = "$first" ] && kill -0 "$pid" || fail "the paravisor's pid changed"
kill "$pid"
wait "$pid" || fail "paravisor exited $?"
pid=
echo "PASS"
