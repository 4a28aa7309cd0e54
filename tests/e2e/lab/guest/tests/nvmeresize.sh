# nvmeresize: the VMM resizes the NVMe emulator's namespace while the guest
# runs (`pv-run --nvme-resize N`: when this test says it is ready, pv-run
# sets the emulator's `ns_blocks` knob through the paravisor's control
# socket, as a namespace management action would). The emulator raises an
# Asynchronous Event (notice: namespace attribute changed, Changed Namespace
# List log); Linux's nvme rescans and nvme0n1 takes the new size
# (`pvnvme.resize=N` sectors on the command line). Then the new blocks are
# written and read back.

nvmeresize_check() {
	want=$(tr ' ' '\n' < /proc/cmdline | sed -n 's/^pvnvme\.resize=//p')
	[ -n "$want" ] || { E2E_REASON="no pvnvme.resize= on the command line"; return 1; }
	e2e_nvme_ready || return 1
	before=$(cat /sys/block/nvme0n1/size)
	e2e_log "ready: nvme0n1 has $before sectors"
	i=0
	while [ "$(cat /sys/block/nvme0n1/size)" = "$before" ] && [ "$i" -lt "$((PVWAIT * 5))" ]; do
		usleep 200000
		i=$((i + 1))
	done
	after=$(cat /sys/block/nvme0n1/size)
	if [ "$after" != "$want" ]; then
		E2E_REASON="nvme0n1 has $after sectors ${PVWAIT}s after the resize, want $want"
		return 1
	fi
	e2e_log "nvme0n1 $before -> $after sectors; kernel: $(dmesg | grep -E 'nvme0n1: detected capacity change' | tail -n 1 | sed 's/^\[[^]]*\] //')"
	last=$((after / 8 - 1))
	dd if=/dev/urandom of=/tmp/resize.blk bs=4096 count=1 2>/dev/null
	dd if=/tmp/resize.blk of=/dev/nvme0n1 bs=4096 count=1 seek=$last oflag=direct conv=notrunc \
		2>/dev/null || { E2E_REASON="write to the new last block failed"; return 1; }
	got=$(dd if=/dev/nvme0n1 bs=4096 count=1 skip=$last iflag=direct 2>/dev/null | e2e_sum)
	[ "$got" = "$(e2e_sum < /tmp/resize.blk)" ] || { E2E_REASON="new last block reads back $got"; return 1; }
	e2e_log "the new last 4 KiB block written and read back"
	return 0
}

e2e_main() {
	if nvmeresize_check; then
		e2e_pass nvmeresize
	else
		e2e_fail nvmeresize "$E2E_REASON"
	fi
}
