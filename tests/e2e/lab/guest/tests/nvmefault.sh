# nvmefault: the VMM's NVMe emulator fails the first write it is given
# (`pv-run --nvme-fault`: a fault rule completing it with Write Fault,
# status type 2 code 0x80, Do Not Retry); the guest sees an I/O error on
# that request only. Runs before anything else writes to the namespace:
# the first write is the one below. The same write again succeeds, reads
# back, and a neighbour written after it is untouched by the error.

nvmefault_check() {
	e2e_nvme_ready || return 1
	dd if=/dev/urandom of=/tmp/fault.blk bs=4096 count=1 2>/dev/null
	want=$(e2e_sum < /tmp/fault.blk)
	# 4 KiB at sector 2048: one Write command.
	if out=$(dd if=/tmp/fault.blk of=/dev/nvme0n1 bs=4096 count=1 seek=256 oflag=direct \
		conv=notrunc 2>&1); then
		E2E_REASON="the first write succeeded: no fault injected?"
		return 1
	fi
	e2e_log "first write: dd: ${out##*: }"
	line=$(dmesg | grep -E 'nvme0n1.*(I/O|medium|critical).*(error|Error)|I/O error, dev nvme0n1, sector 2048' | tail -n 2 | tr '\n' ' ')
	if [ -z "$line" ]; then
		E2E_REASON="no I/O error for nvme0n1 in the kernel log"
		return 1
	fi
	e2e_log "kernel: $line"
	dd if=/tmp/fault.blk of=/dev/nvme0n1 bs=4096 count=1 seek=256 oflag=direct conv=notrunc \
		2>/dev/null || { E2E_REASON="the same write failed again"; return 1; }
	dd if=/tmp/fault.blk of=/dev/nvme0n1 bs=4096 count=1 seek=257 oflag=direct conv=notrunc \
		2>/dev/null || { E2E_REASON="the next write failed"; return 1; }
	for s in 256 257; do
		got=$(dd if=/dev/nvme0n1 bs=4096 count=1 skip=$s iflag=direct 2>/dev/null | e2e_sum)
		[ "$got" = "$want" ] || { E2E_REASON="block $s reads back $got"; return 1; }
	done
	n=$(dmesg | grep -cE 'I/O error, dev nvme0n1|critical medium error, dev nvme0n1')
	e2e_log "retry and the next write OK, both read back; $n error line(s) for nvme0n1"
	[ "$n" -le 1 ] || { E2E_REASON="$n I/O errors, expected the one injected"; return 1; }
	return 0
}

e2e_main() {
	if nvmefault_check; then
		e2e_pass nvmefault
	else
		e2e_fail nvmefault "$E2E_REASON"
	fi
}
