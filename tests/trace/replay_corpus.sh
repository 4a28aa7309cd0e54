#!/bin/sh
# Replays every corpus trace against a fresh paravisor; every answer must
# match what was recorded (under the masks of docs/traces.md).
#   replay_corpus.sh BIN_DIR CORPUS_DIR
set -eu
bin=$1
dir=$2
n=0
for t in "$dir"/*.pcapng; do
	"$bin/pvtrace" replay "$t" --paravisor "$bin/paravisor" || { echo "FAIL: replay $t" >&2; exit 1; }
	n=$((n + 1))
done
[ $n -gt 0 ] || { echo "FAIL: no traces in $dir" >&2; exit 1; }
echo "$n corpus traces replayed"
