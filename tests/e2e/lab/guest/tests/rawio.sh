# rawio: a few direct (O_DIRECT) reads and writes on the storvsc disk, no
# file system: small enough that a trace of it (probe + I/O) stays tens of
# KiB. Writes 64 KiB of test data at 0 and at 1 MiB, reads both back
# directly and compares checksums, then flushes (SYNCHRONIZE CACHE via
# fsync on the block device).

e2e_rawio_check() {
	disk=$(e2e_wait_disk) || { E2E_REASON="no hv_storvsc disk after ${PVWAIT}s"; return 1; }
	dev=/dev/$disk
	e2e_data 20000 | head -c 65536 > /tmp/rawio.in
	want=$(e2e_sum < /tmp/rawio.in)
	for seek in 0 16; do
		dd if=/tmp/rawio.in of="$dev" bs=65536 count=1 seek=$seek oflag=direct \
			conv=notrunc,fsync 2>/dev/null || { E2E_REASON="write at block $seek failed"; return 1; }
	done
	for skip in 0 16; do
		got=$(dd if="$dev" bs=65536 count=1 skip=$skip iflag=direct 2>/dev/null | e2e_sum)
		if [ "$got" != "$want" ]; then
			E2E_REASON="read back at $skip x 64 KiB: sha256 $got, want $want"
			return 1
		fi
	done
	e2e_log "2 x 64 KiB written and read back directly on $disk"
	return 0
}

e2e_main() {
	if e2e_rawio_check; then
		e2e_pass rawio
	else
		e2e_fail rawio "$E2E_REASON"
	fi
}
