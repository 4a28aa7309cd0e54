#!/bin/sh
# Recording on the real ring path: pvguest echo round trips through a
# paravisor without and with --trace, same build, same run, as a ratio.
#   bench/trace/echo_bench.sh BUILD_DIR [PACKETS] [SIZE]
set -eu
build=$1
n=${2:-20000}
size=${3:-64}
tmp=$(mktemp -d /tmp/bench-trace.XXXXXX)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
. "$(dirname "$0")/../../tests/lib/paravisor.sh"
pv_echo_config "$tmp/vm.yaml" "$tmp/pv.sock"

rate() { # rate [paravisor args...] -> round trips/s
	pv_start "$tmp/pv.sock" "$build/bin/paravisor" --config "$tmp/vm.yaml" --log-level error "$@" ||
		{ echo "echo_bench: the paravisor did not start" >&2; exit 1; }
	"$build/bin/pvguest" --socket "$tmp/pv.sock" --echo-test "$n" --size "$size" |
		sed -n 's/.*(\([0-9]*\) round trips\/s).*/\1/p'
	kill "$pid"; wait "$pid" || true
	pid=""
}

best_off=0; best_on=0
for i in 1 2 3 4 5; do
	r=$(rate); [ "$r" -gt "$best_off" ] && best_off=$r
	r=$(rate --trace "$tmp/t.pcapng"); [ "$r" -gt "$best_on" ] && best_on=$r
done
bytes=$(stat -c %s "$tmp/t.pcapng")
echo "echo $n x $size B: off $best_off round trips/s, on $best_on round trips/s (best of 5; trace $bytes bytes)"
awk -v a="$best_off" -v b="$best_on" 'BEGIN { printf "recording on/off throughput ratio: %.3f\n", b / a }'
