#!/bin/sh
# Validates every corpus trace, then replays each against a fresh paravisor
# built as the trace was recorded (NAME.vm.yaml when present, else one echo
# device); every answer must match what was recorded (under the masks of docs/traces.md).
# Traces listed in NO_REPLAY are skipped, with their reason printed; a
# trace listed in REPLAY_ARGS ("NAME: ARGS") gets those pvtrace arguments.
#   replay_corpus.sh BIN_DIR CORPUS_DIR
set -eu
bin=$1
dir=$2
n=0
for t in "$dir"/*.pcapng; do
	name=$(basename "$t")
	"$bin/pvtrace" validate "$t" || { echo "FAIL: validate $t" >&2; exit 1; }
	if grep -q "^$name:" "$dir/NO_REPLAY" 2>/dev/null; then
		echo "not replayed: $(grep "^$name:" "$dir/NO_REPLAY")"
		continue
	fi
	vm=${t%.pcapng}.vm.yaml
	args=$(sed -n "s/^$name: //p" "$dir/REPLAY_ARGS" 2>/dev/null || true)
	if [ -f "$vm" ]; then
		# shellcheck disable=SC2086 # ARGS are words
		"$bin/pvtrace" replay "$t" --paravisor "$bin/paravisor" --vm "$vm" $args ||
			{ echo "FAIL: replay $t" >&2; exit 1; }
	else
		# shellcheck disable=SC2086
		"$bin/pvtrace" replay "$t" --paravisor "$bin/paravisor" $args ||
			{ echo "FAIL: replay $t" >&2; exit 1; }
	fi
	n=$((n + 1))
done
[ $n -gt 0 ] || { echo "FAIL: no traces in $dir" >&2; exit 1; }
echo "$n corpus traces replayed"
