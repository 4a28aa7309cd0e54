# servicing: runs while the paravisor under this guest is replaced by a new
# binary (pv-run --updates N, docs/servicing.md). Heartbeats tell the host
# when to update next; the guest checks that its clock never went back and
# that the blackouts did not make the kernel complain (clocksource watchdog,
# soft lockups, RCU stalls, hv_vmbus errors). With pvserv.io=1 it writes and
# verifies blocks on the storvsc disk all along (direct I/O, every block read
# back and compared); with pvserv.net=1 it keeps moving data to and from the
# peer (lab-net-peer): downloads and uploads in turn over TCP on netvsc,
# every transfer's SHA-256 checked. Neither may see an error; the kernel log
# must show no SCSI or netvsc reset and no I/O error, the disk's SCSI error
# count must not move and the NIC's carrier must never change.
#
# Each heartbeat line, `E2E-BEAT: I UPTIME [io=N] [net=N]`, carries how many
# blocks and transfers were verified so far: the host (ref/pv-updates) waits
# for both to grow after each update before the next one, so every update
# is crossed by the workload and the workload runs on every new binary.
#
# With pvserv.ioread=1 (and pvserv.io=1) it also reads 4 MiB..8 MiB of the
# disk (never written) over and over with 1 MiB direct reads and compares
# each pass with the first: a read is in flight most of the time, so an
# update's pause often finds one on the device (carried across the update
# on a kept-alive NVMe LUN), and its data is checked.
#
# Kernel command line: pvserv.beats=N heartbeats (default 60), pvserv.io=1,
# pvserv.ioread=1, pvserv.net=1, pvserv.done=disk: beat until the host writes the marker
# PVSERV-DONE at byte 8 MiB of the storvsc disk (pv-updates does after its
# last update; the I/O loop stays below 4 MiB), at most pvserv.beats beats
# (running out of beats first is a failure: the host never finished).

# The network test's helpers (e2e_network_check); e2e_main is ours, below.
. /tests/network.sh

SERV_DONE_OFFSET=$((8 << 20))

serv_opt() {
	for a in $(cat /proc/cmdline); do
		case "$a" in "$1"=*) echo "${a#"$1"=}"; return ;; esac
	done
	echo "$2"
}

# Writes 64 KiB blocks (data from the pass and block numbers) at 64 places,
# reads each back directly and compares, until /tmp/serv.stop exists. The
# count of verified blocks is in /tmp/serv.io.n all along.
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
				echo "$ok" > /tmp/serv.io.n
			fi
			[ -f /tmp/serv.stop ] && break
		done
		pass=$((pass + 1))
	done
	echo "$ok" > /tmp/serv.io.ok
}

# serv_nc PORT: one TCP connection to the peer's PORT, stdin sent, what the
# peer sends on stdout. The peer serves one connection at a time and listens
# again after each, so a connection refused (nothing received) is tried again,
# 0.2 s apart, at most 100 times. A blackout pauses this guest while its
# clock runs on (KVM's clock is restored with the real time), so nc's idle
# limit is well above the longest blackout seen in the lab (11 s).
serv_nc() {
	t=0
	while :; do
		timeout 300 nc -w 60 "$PVNET_PEER" "$1" 2> /tmp/serv.nc.err
		rc=$?
		if [ $rc != 0 ] && grep -q 'refused' /tmp/serv.nc.err && [ $t -lt 100 ]; then
			t=$((t + 1))
			usleep 200000
			continue
		fi
		return $rc
	done
}

# Reads 4 MiB..8 MiB of the disk (the write loop stays below, the done marker
# is at 8 MiB) in 1 MiB direct reads until /tmp/serv.stop, each pass
# compared with the first; passes verified in /tmp/serv.rd.n.
serv_read_loop() {
	dev=$1
	ok=0
	ref=$(dd if="$dev" bs=1048576 count=4 skip=4 iflag=direct 2>/dev/null | e2e_sum)
	while [ ! -f /tmp/serv.stop ]; do
		got=$(dd if="$dev" bs=1048576 count=4 skip=4 iflag=direct 2>/dev/null | e2e_sum)
		if [ "$got" != "$ref" ]; then
			echo "read pass $ok: sha256 $got, first pass $ref" >> /tmp/serv.rd.err
		else
			ok=$((ok + 1))
			echo "$ok" > /tmp/serv.rd.n
		fi
	done
}

# Moves data to and from the peer until /tmp/serv.stop: a download (the
# peer's port BASE+1; busybox nc ends a connection when its stdin ends, so
# stdin stays open through a fifo), then an upload (port BASE) whose SHA-256
# the peer serves back on BASE+2, and so on; every transfer is checked. The
# count of verified transfers is in /tmp/serv.net.n all along.
serv_net_loop() {
	want=$(e2e_data "$E2E_NET_LINES" | e2e_sum)
	ok=0
	dl=0
	ul=0
	rm -f /tmp/serv.hold
	mkfifo /tmp/serv.hold
	exec 3<>/tmp/serv.hold
	while [ ! -f /tmp/serv.stop ]; do
		got=$(serv_nc $((PVNET_PORT + 1)) < /tmp/serv.hold | e2e_sum)
		if [ "$got" != "$want" ]; then
			echo "download $dl: sha256 $got, want $want ($(cat /tmp/serv.nc.err))" >> /tmp/serv.net.err
		else
			ok=$((ok + 1))
			echo "$ok" > /tmp/serv.net.n
		fi
		dl=$((dl + 1))
		[ -f /tmp/serv.stop ] && break
		if ! e2e_data "$E2E_NET_LINES" | serv_nc "$PVNET_PORT" > /dev/null; then
			echo "upload $ul failed: $(cat /tmp/serv.nc.err)" >> /tmp/serv.net.err
		else
			got=$(serv_nc $((PVNET_PORT + 2)) < /tmp/serv.hold | cut -d' ' -f1)
			if [ "$got" != "$want" ]; then
				echo "upload $ul: the peer received sha256 '$got', want $want" >> /tmp/serv.net.err
			else
				ok=$((ok + 1))
				echo "$ok" > /tmp/serv.net.n
			fi
		fi
		ul=$((ul + 1))
	done
	exec 3>&-
	echo "$ok $dl $ul" > /tmp/serv.net.ok
}

# serv_count FILE: the number in FILE (0 if none yet).
serv_count() {
	n=""
	[ -f "$1" ] && read -r n < "$1"
	echo "${n:-0}"
}

# True once the host wrote the done marker on DEV (direct read, no cache).
serv_done() {
	[ "$(dd if="$1" bs=4096 count=1 skip=$((SERV_DONE_OFFSET / 4096)) iflag=direct 2>/dev/null |
		head -c 11)" = PVSERV-DONE ]
}

e2e_main() {
	beats=$(serv_opt pvserv.beats 60)
	io=$(serv_opt pvserv.io 0)
	ioread=$(serv_opt pvserv.ioread 0)
	net=$(serv_opt pvserv.net 0)
	done_by=$(serv_opt pvserv.done beats)
	prev=0
	i=0
	rm -f /tmp/serv.stop /tmp/serv.*.err /tmp/serv.*.ok /tmp/serv.*.n
	disk=""
	if [ "$io" = 1 ] || [ "$done_by" = disk ]; then
		disk=$(e2e_wait_disk) || { e2e_fail servicing "no hv_storvsc disk"; return; }
		sdev=/sys/block/$disk/device
		ioerr0=$(($(cat "$sdev/ioerr_cnt")))
		iodone0=$(($(cat "$sdev/iodone_cnt")))
	fi
	if [ "$io" = 1 ]; then
		serv_io_loop "/dev/$disk" &
		iopid=$!
		if [ "$ioread" = 1 ]; then
			serv_read_loop "/dev/$disk" &
			rdpid=$!
		fi
	fi
	if [ "$net" = 1 ]; then
		if ! e2e_network_check; then
			e2e_fail servicing "network before the updates: $E2E_REASON"
			return
		fi
		ifc=$(e2e_wait_netvsc)
		carrier0=$(cat "/sys/class/net/$ifc/carrier_changes")
		serv_net_loop &
		netpid=$!
	fi
	echo "E2E-SERVICING: ready"
	finished=0
	while [ "$i" -lt "$beats" ]; do
		up=$(cut -d' ' -f1 /proc/uptime)
		if ! awk -v a="$prev" -v b="$up" 'BEGIN { exit !(b >= a) }'; then
			e2e_fail servicing "uptime went back from $prev to $up at beat $i"
			touch /tmp/serv.stop
			return
		fi
		line="E2E-BEAT: $i $up"
		[ "$io" = 1 ] && line="$line io=$(serv_count /tmp/serv.io.n)"
		[ -n "${rdpid:-}" ] && line="$line rd=$(serv_count /tmp/serv.rd.n)"
		[ "$net" = 1 ] && line="$line net=$(serv_count /tmp/serv.net.n)"
		echo "$line"
		prev=$up
		i=$((i + 1))
		if [ "$done_by" = disk ] && serv_done "/dev/$disk"; then
			finished=1
			break
		fi
		sleep 0.25
	done
	touch /tmp/serv.stop
	[ -n "${iopid:-}" ] && wait "$iopid"
	[ -n "${rdpid:-}" ] && wait "$rdpid"
	[ -n "${netpid:-}" ] && wait "$netpid"
	if [ "$done_by" = disk ] && [ $finished = 0 ]; then
		e2e_fail servicing "the host did not write its done marker in $beats heartbeats"
		return
	fi
	for f in /tmp/serv.io.err /tmp/serv.rd.err /tmp/serv.net.err; do
		if [ -s "$f" ]; then
			e2e_fail servicing "$(head -n 1 "$f") ($(wc -l < "$f") errors)"
			return
		fi
	done
	if [ "$io" = 1 ] && [ "$(serv_count /tmp/serv.io.ok)" = 0 ]; then
		e2e_fail servicing "no block was written and verified"
		return
	fi
	if [ "$net" = 1 ] && [ "$(serv_count /tmp/serv.net.ok)" = 0 ]; then
		e2e_fail servicing "no transfer was verified"
		return
	fi
	bad=$(dmesg | grep -Ei 'clocksource.*unstable|watchdog: BUG|soft lockup|rcu.*stall|hv_vmbus.*(error|fail)|timekeeping|(scsi|sd [0-9]).*(reset|abort|timing out)|storvsc.*(reset|error|abort)|netvsc.*(reset|error|fail)|I/O error' | head -n 1)
	if [ -n "$bad" ]; then
		e2e_fail servicing "kernel log shows: $bad"
		return
	fi
	msg="$i heartbeats, uptime $prev s"
	if [ -n "$disk" ]; then
		ioerr=$(($(cat "$sdev/ioerr_cnt") - ioerr0))
		iodone=$(($(cat "$sdev/iodone_cnt") - iodone0))
		if [ "$ioerr" != 0 ]; then
			e2e_fail servicing "the disk's SCSI error count rose by $ioerr"
			return
		fi
		msg="$msg, $iodone SCSI commands done, 0 errors"
	fi
	[ "$io" = 1 ] && msg="$msg, $(serv_count /tmp/serv.io.ok) blocks written and verified"
	if [ "$net" = 1 ]; then
		carrier=$(($(cat "/sys/class/net/$ifc/carrier_changes") - carrier0))
		if [ "$carrier" != 0 ]; then
			e2e_fail servicing "$ifc's carrier changed $carrier times"
			return
		fi
		set -- $(cat /tmp/serv.net.ok)
		msg="$msg, $1 transfers verified ($2 downloads, $3 uploads, $(e2e_data "$E2E_NET_LINES" | wc -c) bytes each), carrier unchanged"
	fi
	e2e_log "$msg"
	e2e_pass servicing
}
