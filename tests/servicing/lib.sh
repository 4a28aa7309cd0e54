# Sourced by the servicing scripts (bash): `SCRIPT PARAVISOR PVGUEST ...`
# sets PV and PVGUEST; the script names the rest of its arguments. A private
# directory $TMP (removed on exit, with the paravisor $pid and the guest
# $gpid still running killed), and the steps every live-update test takes.
set -u
PV=$1
PVGUEST=$2
TMP=$(mktemp -d "/tmp/pv-$(basename "$0" .sh).XXXXXX")
pid=
gpid=

cleanup() {
	[ -n "$gpid" ] && kill -KILL "$gpid" 2>/dev/null
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT

# fail MESSAGE: the guest's output and the end of the paravisor's log, exit 1.
fail() {
	echo "FAIL: $*"
	[ -f "$TMP/guest" ] && sed 's/^/    guest: /' "$TMP/guest"
	[ -f "$TMP/log" ] && grep -Ev ' D ' "$TMP/log" | tail -n 40 | sed 's/^/    log: /'
	exit 1
}

# wait_log REGEX SECONDS: until the paravisor's log has a matching line
# (1 if it does not within SECONDS or the paravisor died).
wait_log() {
	local i
	for ((i = 0; i < $2 * 20; i++)); do
		grep -Eq -- "$1" "$TMP/log" && return 0
		kill -0 "$pid" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

# write_config DEVICES_YAML: $TMP/pv.yaml, the sim partition on $TMP/pv.sock
# (64M, 2 vCPUs) and DEVICES_YAML ("devices: ...").
write_config() {
	printf 'partition: {kind: sim, socket: %s, memory: 64M, vcpus: 2}\n%s\n' "$TMP/pv.sock" "$1" \
		> "$TMP/pv.yaml"
}

# start_pv DEVICES_YAML [paravisor args...]: the paravisor on write_config's
# $TMP/pv.yaml with its control socket $TMP/pv.ctl, running within 30 s;
# $first is its pid.
start_pv() {
	write_config "$1"
	shift
	# Emptied here, not by the child's redirection: wait_log must not find
	# the last paravisor's "running" before the new one has truncated the log.
	: > "$TMP/log"
	"$PV" --config "$TMP/pv.yaml" --control "$TMP/pv.ctl" "$@" > "$TMP/log" 2>&1 &
	pid=$!
	first=$pid
	wait_log 'paravisor: running' 30 || fail "paravisor did not start"
}

# wait_gone PID SECONDS: until PID has exited (1 if it still runs after SECONDS).
wait_gone() {
	local i
	for ((i = 0; i < $2 * 20; i++)); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.05
	done
	return 1
}

# stop_pv: SIGTERM; it must exit 0, and be the process start_pv started
# (live updates exec in place).
stop_pv() {
	[ "$pid" = "$first" ] && kill -0 "$pid" || fail "the paravisor's pid changed"
	kill "$pid"
	wait "$pid"
	local rc=$?
	pid=
	[ $rc = 0 ] || fail "paravisor exited $rc"
}

# guest_start PVGUEST_ARGS...: pvguest in the background (output in
# $TMP/guest) until its storvsc workload has found LUN 0 (30 s at most).
guest_start() {
	local i
	: > "$TMP/guest" # likewise: not the last guest's "LUN 0"
	stdbuf -oL "$PVGUEST" --socket "$TMP/pv.sock" "$@" > "$TMP/guest" 2>&1 &
	gpid=$!
	for ((i = 0; i < 600; i++)); do
		grep -q 'LUN 0: .* blocks' "$TMP/guest" && return 0
		kill -0 "$gpid" 2>/dev/null || fail "pvguest ended before the updates"
		sleep 0.05
	done
	fail "the guest's workload did not start"
}

# updates N: N live updates through pvctl while the guest runs, each answered
# "update K: guest running again"; the first and the last are shown.
updates() {
	local k out
	for ((k = 1; k <= $1; k++)); do
		kill -0 "$gpid" 2>/dev/null || fail "pvguest ended during update $((k - 1))"
		out=$(timeout 60 "$PVCTL" --socket "$TMP/pv.ctl" update) || fail "update $k: $out"
		case "$out" in "update $k: guest running again"*) ;; *) fail "update $k: $out" ;; esac
		[ "$k" = 1 ] || [ "$k" = "$1" ] && echo "   $out"
	done
}

# log_count REGEX N WHAT: the paravisor's log has REGEX on exactly N lines.
log_count() {
	local n
	n=$(grep -Ec -- "$1" "$TMP/log")
	[ "$n" = "$2" ] || fail "$n of $2 updates $3"
}

# guest_finish: SIGINT (pvguest stops issuing, waits for what is outstanding
# and reports); it must end within 30 s, exit 0, and its storvsc workload
# must report no error.
guest_finish() {
	local grc summary
	kill -INT "$gpid"
	wait_gone "$gpid" 30 || fail "pvguest did not finish its outstanding I/O"
	wait "$gpid"
	grc=$?
	gpid=
	summary=$(grep 'storvsc workload:' "$TMP/guest")
	echo "   $summary"
	[ "$grc" = 0 ] || fail "pvguest exited $grc"
	case "$summary" in *" 0 errors"*) ;; *) fail "errors: $summary" ;; esac
}
