# nvme: Linux's nvme driver on the VMM's NVMe controller emulator (PCI bus,
# `pv-run --nvme MIB`): the driver binds, nvme0n1 appears with the size the
# VMM configured (`pvnvme.sectors=N`), ext4 end to end on it (the storage
# test's mkfs, files with checksums, fsck, remount, verify), 32 direct
# writers and then 32 direct readers at once (up to 32 commands in the
# controller's queues) with every region's sha256 checked, a controller reset
# through sysfs, and the driver unloaded and loaded again with the data
# still there.

. /tests/storage.sh

nvme_wait() {
	e2e_wait test -b /dev/nvme0n1
}

# nvme_parallel BASE: 32 x 256 KiB written at once (64 KiB O_DIRECT writes,
# each writer its own region, regions numbered from BASE), then read back at
# once; every region must hash as written.
nvme_parallel() {
	base=$1
	dd if=/dev/urandom of=/tmp/nvme.pat bs=65536 count=4 2>/dev/null
	want=$(e2e_sum < /tmp/nvme.pat)
	i=0
	while [ $i -lt 32 ]; do
		dd if=/tmp/nvme.pat of=/dev/nvme0n1 bs=65536 count=4 seek=$(((base + i) * 4)) \
			oflag=direct conv=notrunc 2>/tmp/nvme.w$i &
		i=$((i + 1))
	done
	wait
	i=0
	while [ $i -lt 32 ]; do
		(dd if=/dev/nvme0n1 bs=65536 count=4 skip=$(((base + i) * 4)) iflag=direct \
			2>/dev/null | e2e_sum > /tmp/nvme.r$i) &
		i=$((i + 1))
	done
	wait
	i=0
	while [ $i -lt 32 ]; do
		got=$(cat /tmp/nvme.r$i)
		if [ "$got" != "$want" ]; then
			E2E_REASON="region $((base + i)): sha256 $got, want $want ($(cat /tmp/nvme.w$i))"
			return 1
		fi
		i=$((i + 1))
	done
	return 0
}

nvme_check() {
	if ! e2e_modprobe nvme; then
		return 1
	fi
	if ! nvme_wait; then
		E2E_REASON="no /dev/nvme0n1 ${PVWAIT}s after loading nvme"
		return 1
	fi
	c=/sys/class/nvme/nvme0
	sectors=$(cat /sys/block/nvme0n1/size)
	want=$(tr ' ' '\n' < /proc/cmdline | sed -n 's/^pvnvme\.sectors=//p')
	e2e_log "nvme0: $(cat $c/model 2>/dev/null | tr -s ' ') serial $(tr -d ' ' < $c/serial 2>/dev/null) fw $(tr -d ' ' < $c/firmware_rev 2>/dev/null), $(ls -d /sys/block/nvme0n1/mq/* | wc -l) I/O queues; nvme0n1 $sectors sectors of $(cat /sys/block/nvme0n1/queue/logical_block_size) bytes, driver $(basename "$(readlink -f $c/device/driver)")"
	if [ -n "$want" ] && [ "$sectors" != "$want" ]; then
		E2E_REASON="nvme0n1 has $sectors sectors, the VMM configured $want"
		return 1
	fi
	PVDISK=nvme0n1
	export PVDISK
	e2e_storage_check || return 1
	nvme_parallel 0 || return 1
	e2e_log "32 writers then 32 readers at once, 64 KiB direct I/O: 8 MiB verified"
	echo 1 > $c/reset_controller
	i=0
	while [ "$(cat $c/state 2>/dev/null)" != live ] && [ $i -lt 100 ]; do
		usleep 100000
		i=$((i + 1))
	done
	if [ "$(cat $c/state 2>/dev/null)" != live ]; then
		E2E_REASON="controller state '$(cat $c/state)' after reset_controller"
		return 1
	fi
	nvme_parallel 32 || return 1
	e2e_log "controller reset: live again, 8 MiB more verified"
	rmmod nvme || { E2E_REASON="rmmod nvme failed"; return 1; }
	e2e_modprobe nvme || return 1
	nvme_wait || { E2E_REASON="no /dev/nvme0n1 after reloading nvme"; return 1; }
	got=$(dd if=/dev/nvme0n1 bs=65536 count=4 skip=$((40 * 4)) iflag=direct 2>/dev/null | e2e_sum)
	if [ "$got" != "$(e2e_sum < /tmp/nvme.pat)" ]; then
		E2E_REASON="data written before the reload reads back as $got"
		return 1
	fi
	e2e_log "rmmod nvme + insmod: nvme0n1 back, data intact"
	return 0
}

e2e_main() {
	if nvme_check; then
		e2e_pass nvme
	else
		e2e_fail nvme "$E2E_REASON"
	fi
}
