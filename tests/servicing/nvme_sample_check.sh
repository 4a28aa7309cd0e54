#!/bin/sh
# servicing_sample_v5_* / v6_*: the new binary's restore check on a saved
# state that nvme_sample puts together (tests/servicing/nvme_sample.c).
#
#   nvme_sample_check.sh PARAVISOR NVME_SAMPLE V3_STATE NVME_RECORDS OUT [FLAG] [-- REFUSAL]
#
# nvme_sample writes OUT from V3_STATE and NVME_RECORDS (FLAG: --bad-cid,
# --sock, ...). Without REFUSAL the check must accept OUT; with it, it must
# refuse OUT and say REFUSAL (a grep pattern) on stderr.
set -u
pv=$1 sample=$2 v3=$3 recs=$4 out=$5
shift 5
flag=
if [ $# -gt 0 ] && [ "$1" != -- ]; then
	flag=$1
	shift
fi
"$sample" "$v3" "$recs" "$out" ${flag:+"$flag"} || exit 1
if [ $# -eq 0 ]; then
	exec "$pv" --restore-check 3 3<"$out"
fi
if "$pv" --restore-check 3 3<"$out" 2>"$out.err"; then
	echo accepted
	exit 1
fi
cat "$out.err"
grep -q -- "$2" "$out.err"
