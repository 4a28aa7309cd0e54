# storage: the storvsc disk carries an ext4 file system end to end.
# mkfs.ext4 (which also issues UNMAP for the whole disk, if the device
# advertises it), mount, write files of several sizes with checksums, sync,
# umount, a forced read-only e2fsck that must be clean, remount, verify.
#
# e2e_storage_check is reused by the lifecycle test.

e2e_storage_check() {
	disk=$(e2e_wait_disk) || { E2E_REASON="no hv_storvsc disk after ${PVWAIT}s"; return 1; }
	dev=/dev/$disk
	sectors=$(cat "/sys/block/$disk/size")
	e2e_log "disk $disk, $sectors sectors, $(cat /sys/block/$disk/queue/logical_block_size)-byte blocks"
	if [ "$sectors" -lt 65536 ]; then
		E2E_REASON="disk $disk too small ($sectors sectors, need 32 MiB)"
		return 1
	fi
	out=$(mkfs.ext4 -F -q "$dev" 2>&1) || { E2E_REASON="mkfs.ext4: $out"; return 1; }
	mount -t ext4 "$dev" /mnt/e2e || { E2E_REASON="mount after mkfs failed"; return 1; }

	# Sizes cover a sub-page write, single pages, multi-megabyte extents and
	# many small files (metadata-heavy I/O).
	: > /tmp/sums
	cd /mnt/e2e || return 1
	echo "hello from the inner guest" > small.txt
	dd if=/dev/urandom of=page.bin bs=4096 count=1 2>/dev/null
	dd if=/dev/urandom of=one.bin bs=1024 count=1024 2>/dev/null
	dd if=/dev/urandom of=eight.bin bs=1048576 count=8 2>/dev/null
	mkdir many
	i=0
	while [ $i -lt 100 ]; do
		echo "file $i $(date +%s%N)" > many/f$i
		i=$((i + 1))
	done
	find . -type f | sort | xargs sha256sum > /tmp/sums
	cd /
	sync
	umount /mnt/e2e || { E2E_REASON="umount failed"; return 1; }
	# Drop anything still cached so the verification below reads the disk.
	echo 3 > /proc/sys/vm/drop_caches

	out=$(e2fsck -f -n "$dev" 2>&1)
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "$out"
		E2E_REASON="e2fsck -f -n exited $rc"
		return 1
	fi
	mount -t ext4 "$dev" /mnt/e2e || { E2E_REASON="remount failed"; return 1; }
	cd /mnt/e2e || return 1
	if ! out=$(sha256sum -c /tmp/sums 2>&1); then
		echo "$out" | grep -v ': OK$'
		cd /
		umount /mnt/e2e
		E2E_REASON="checksum mismatch after remount"
		return 1
	fi
	n=$(wc -l < /tmp/sums)
	cd /
	umount /mnt/e2e || { E2E_REASON="final umount failed"; return 1; }
	e2e_log "$n files verified on $disk"
	return 0
}

e2e_main() {
	if e2e_storage_check; then
		e2e_pass storage
	else
		e2e_fail storage "$E2E_REASON"
	fi
}
