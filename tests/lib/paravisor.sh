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
