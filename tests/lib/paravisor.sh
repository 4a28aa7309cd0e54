# Sourced by the shell tests and benchmarks that run a paravisor on the sim
# partition (POSIX sh; bash too).

# pv_start SOCKET PARAVISOR [ARGS...]: starts the paravisor in the background
# (its pid in $pid; redirect the call to redirect its output) and waits up to
# 10 s for SOCKET to accept guests. Returns 1 if the socket never appeared.
pv_start() {
	pv_sock=$1
	shift
	rm -f "$pv_sock"
	"$@" &
	pid=$!
	pv_i=0
	while [ ! -S "$pv_sock" ] && [ $pv_i -lt 500 ]; do
		kill -0 "$pid" 2> /dev/null || break
		sleep 0.02
		pv_i=$((pv_i + 1))
	done
	[ -S "$pv_sock" ]
}

# pv_stop: stops (SIGTERM) the paravisor pv_start started and returns its
# exit status (125 if it had exited by itself with 0); $pid is empty afterwards.
pv_stop() {
	pv_rc=0
	kill "$pid" 2> /dev/null || pv_rc=125
	wait "$pid" || pv_rc=$?
	pid=""
	return $pv_rc
}

# pv_scratch NAME: a private directory in $tmp (/tmp/NAME.XXXXXX), removed on
# exit together with the paravisor in $pid if one still runs.
pv_scratch() {
	tmp=$(mktemp -d "/tmp/$1.XXXXXX")
	pid=""
	trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
}

# pv_echo_config FILE SOCKET: a sim partition (64 MiB) with one echo device.
pv_echo_config() {
	cat > "$1" << CFG
partition:
  kind: sim
  socket: $2
  memory: 64M
devices:
  - kind: echo
CFG
}
