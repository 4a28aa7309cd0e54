# Sourced by the programs tests (tests/protocol/*programs_test.sh, bash):
# `TEST PARAVISOR PVGUEST`, a private directory with the paravisor's socket
# and log, and the steps every one of them takes.
#   pv, guest    the two programs
#   dir, sock    the directory (removed at the end) and the socket in it
#   pid          the running paravisor, or empty
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../lib/paravisor.sh"
pv=$1
guest=$2
dir=$(mktemp -d)
sock=$dir/pv.sock
pid=

# fail MESSAGE: kills the paravisor, shows the end of its log, exits 1.
fail() {
	echo "FAIL: $*"
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
	tail -30 "$dir/log" 2>/dev/null
	rm -rf "$dir"
	exit 1
}

# config NAME YAML: writes $dir/NAME.yaml, the sim partition on $sock (128M,
# 2 vCPUs) followed by YAML (log:, vmbus:, devices: ...).
config() {
	printf 'partition: {kind: sim, socket: %s, memory: 128M, vcpus: 2}\n%s\n' "$sock" "$2" \
		>"$dir/$1.yaml"
}

# start CONFIG: --check accepts it, then the paravisor runs in the background
# (log appended to $dir/log) and its socket accepts guests within 10 s.
start() {
	"$pv" --config "$1" --check >/dev/null || fail "--check rejected $1"
	pv_start "$sock" "$pv" --config "$1" >>"$dir/log" 2>&1 || fail "no socket"
}

# stop: SIGTERM; the paravisor must exit 0.
stop() {
	kill -TERM "$pid"
	wait "$pid"
	rc=$?
	pid=
	[ $rc = 0 ] || fail "paravisor exit status $rc after SIGTERM"
}

# check_bad YAML EXPECTED: --check refuses YAML with a file:line message that
# contains EXPECTED.
check_bad() {
	printf '%s\n' "$1" >"$dir/bad.yaml"
	msg=$("$pv" --config "$dir/bad.yaml" --check 2>&1) && fail "accepted: $1"
	echo "$msg" | grep -q "$dir/bad.yaml:[0-9]*: .*$2" || fail "message '$msg' lacks '$2'"
}

# pass: the test's last line.
pass() {
	rm -rf "$dir"
	echo PASS
}
