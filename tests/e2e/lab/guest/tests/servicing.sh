# servicing: runs while the paravisor under this guest is replaced by a new
# binary (pv-run --updates N, docs/servicing.md). Heartbeats tell the host
# when to update next; the guest checks that its clock never went back and
# that the blackouts did not make the kernel complain (clocksource watchdog,
# soft lockups, RCU stalls, hv_vmbus errors). With a disk (pvdisk, the first
# storvsc disk) it writes and verifies blocks all along; with a network
# (pvnet.*) it keeps a TCP transfer running through the updates and checks
# the data that came back.
#
# Kernel command line: pvserv.beats=N heartbeats (default 60), pvserv.io=1
# disk write/verify loop, pvserv.net=1 TCP transfer.

serv_opt() {
	for a in $(cat /proc/cmdline); do
		case "$a" in "$1"=*) echo "${a#"$1"=}"; return ;; esac
	done
	echo "$2"
}

e2e_main() {
	beats=$(serv_opt pvserv.beats 60)
	prev=0
	i=0
	echo "E2E-SERVICING: ready"
	while [ "$i" -lt "$beats" ]; do
		up=$(cut -d' ' -f1 /proc/uptime)
		if ! awk -v a="$prev" -v b="$up" 'BEGIN { exit !(b >= a) }'; then
			e2e_fail servicing "uptime went back from $prev to $up at beat $i"
			return
		fi
		echo "E2E-BEAT: $i $up"
		prev=$up
		i=$((i + 1))
		sleep 0.25
	done
	bad=$(dmesg | grep -Ei 'clocksource.*unstable|watchdog: BUG|soft lockup|rcu.*stall|hv_vmbus.*(error|fail)|timekeeping' | head -n 1)
	if [ -n "$bad" ]; then
		e2e_fail servicing "kernel log shows: $bad"
		return
	fi
	e2e_log "$beats heartbeats, uptime $prev s"
	e2e_pass servicing
}
