# servicing: runs while the paravisor under this guest is replaced by a new
# binary (pv-run --updates N, docs/servicing.md). Heartbeats tell the host
# when to update next; the guest checks that its clock never went back and
# that the blackouts did not make the kernel complain (clocksource watchdog,
# soft lockups, RCU stalls, hv_vmbus errors). With pvserv.io=1 it writes and
# verifies blocks on the storvsc disk all along (direct I/O, every block read
# back and compared); with pvserv.net=1 it keeps downloading from the peer
# (lab-net-peer) and checks every transfer's SHA-256. Neither may see an
# error, and the kernel log must show no SCSI or netvsc reset and no I/O
# error.
#
# Kernel command line: pvserv.beats=N heartbeats (default 60), pvserv.io=1,
# pvserv.net=1.

# The network test's helpers (e2e_network_check, e2e_nc_get); e2e_main is ours, below.
. /tests/network.sh

serv_opt() {
	for a in $(cat /proc/cmdline); do
		case "$a" in "$1"=*) echo "${a#"$1"=}"; return ;; esac
	done
	echo "$2"
}

# Writes 64 KiB blocks (data from the pass and block numbers) at 64 places,
# reads each back directly and compares, until /tmp/serv.stop exists.
serv_io_loop() {
	dev=$1
	pass=0
	ok=0
	# 64 KiB of test data once; each block gets its own first line.
	e2e_data 20000 | head -c 65536 > /tmp/serv.base
	while [ ! -f /tmp/serv.stop ]; do
		for blk in $(seq 0 63); do
			{
				printf 'servicing pass %08d block %04d\n' "$pass" "$blk"
				cat /tmp/serv.base
			} | head -c 65536 > /tmp/serv.blk
			want=$(e2e_sum < /tmp/serv.blk)
			if ! dd if=/tmp/serv.blk of="$dev" bs=65536 count=1 seek=$blk oflag=direct \
				conv=notrunc,fsync 2>/dev/null; then
				echo "write failed at block $blk pass $pass" >> /tmp/serv.io.err
				continue
			fi
			got=$(dd if="$dev" bs=65536 count=1 skip=$blk iflag=direct 2>/dev/null | e2e_sum)
			if [ "$got" != "$want" ]; then
				echo "block $blk pass $pass: sha256 $got, want $want" >> /tmp/serv.io.err
			else
				ok=$((ok + 1))
			fi
			[ -f /tmp/serv.stop ] && break
		done
		pass=$((pass + 1))
	done
	echo "$ok" > /tmp/serv.io.ok
}

# Downloads from the peer again and again, each checked, until /tmp/serv.stop.
serv_net_loop() {
	want=$(e2e_data "$E2E_NET_LINES" | e2e_sum)
	ok=0
	while [ ! -f /tmp/serv.stop ]; do
		got=$(e2e_nc_get "$PVNET_PEER" $((PVNET_PORT + 1)) | e2e_sum)
		if [ "$got" != "$want" ]; then
			echo "download $ok: sha256 $got, want $want" >> /tmp/serv.net.err
		else
			ok=$((ok + 1))
		fi
	done
	echo "$ok" > /tmp/serv.net.ok
}

e2e_main() {
	beats=$(serv_opt pvserv.beats 60)
	io=$(serv_opt pvserv.io 0)
	net=$(serv_opt pvserv.net 0)
	prev=0
	i=0
	rm -f /tmp/serv.stop /tmp/serv.*.err /tmp/serv.*.ok
	if [ "$io" = 1 ]; then
		disk=$(e2e_wait_disk) || { e2e_fail servicing "no hv_storvsc disk"; return; }
		serv_io_loop "/dev/$disk" &
		iopid=$!
	fi
	if [ "$net" = 1 ]; then
		if ! e2e_network_check; then
			e2e_fail servicing "network before the updates: $E2E_REASON"
			return
		fi
		serv_net_loop &
		netpid=$!
	fi
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
	touch /tmp/serv.stop
	[ -n "${iopid:-}" ] && wait "$iopid"
	[ -n "${netpid:-}" ] && wait "$netpid"
	for f in /tmp/serv.io.err /tmp/serv.net.err; do
		if [ -s "$f" ]; then
			e2e_fail servicing "$(head -n 1 "$f") ($(wc -l < "$f") errors)"
			return
		fi
	done
	if [ "$io" = 1 ] && [ "$(cat /tmp/serv.io.ok 2>/dev/null || echo 0)" = 0 ]; then
		e2e_fail servicing "no block was written and verified"
		return
	fi
	bad=$(dmesg | grep -Ei 'clocksource.*unstable|watchdog: BUG|soft lockup|rcu.*stall|hv_vmbus.*(error|fail)|timekeeping|(scsi|sd [0-9]).*(reset|abort|timing out)|storvsc.*(reset|error|abort)|netvsc.*(reset|error|fail)|I/O error' | head -n 1)
	if [ -n "$bad" ]; then
		e2e_fail servicing "kernel log shows: $bad"
		return
	fi
	msg="$beats heartbeats, uptime $prev s"
	[ "$io" = 1 ] && msg="$msg, $(cat /tmp/serv.io.ok 2>/dev/null || echo 0) blocks written and verified"
	[ "$net" = 1 ] && msg="$msg, $(cat /tmp/serv.net.ok 2>/dev/null || echo 0) downloads verified"
	e2e_log "$msg"
	e2e_pass servicing
}
