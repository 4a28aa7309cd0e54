#!/bin/sh
# Replays every corpus trace against a fresh paravisor built as the trace
# was recorded (NAME.vm.yaml when present, else one echo device); every
# answer must match what was recorded (under the masks of docs/traces.md).
# Traces listed in NO_REPLAY are skipped, with their reason printed.
#   replay_corpus.sh BIN_DIR CORPUS_DIR
set -eu
bin=$1
dir=$2
n=0
for t in "$dir"/*.pcapng; do
	name=$(basename "$t")
	if grep -q "^$name:" "$dir/NO_REPLAY" 2>/dev/null; then
		echo "not replayed: $(grep "^$name:" "$dir/NO_REPLAY")"
		continue
	fi
	vm=${t%.pcapng}.vm.yaml
	if [ -f "$vm" ]; then
		"$bin/pvtrace" replay "$t" --paravisor "$bin/paravisor" --vm "$vm" ||
			{ echo "FAIL: replay $t" >&2; exit 1; }
	else
		"$bin/pvtrace" replay "$t" --paravisor "$bin/paravisor" ||
			{ echo "FAIL: replay $t" >&2; exit 1; }
	fi
	n=$((n + 1))
done
[ $n -gt 0 ] || { echo "FAIL: no traces in $dir" >&2; exit 1; }
echo "$n corpus traces replayed"
