# nvmefio: fio on Linux's nvme driver over the VMM's NVMe emulator: random
# 4 KiB reads and writes mixed half and half, 32 in flight (libaio,
# O_DIRECT), over 2 MiB of nvme0n1 (each I/O is several exits of a nested
# guest in the lab: ~800 I/Os keep it to seconds); every block written
# carries a crc32c header that fio checks while the job runs
# (verify_backlog: read back after every 64 writes) and once more at its end. Any mismatch, short or failed
# I/O fails the job (verify_fatal) and this test.
# fio is not in the guest image: it comes on the tools disk
# (`run --tools-disk --guest-tool /usr/bin/fio`, e2e_tool), as its libraries
# are 84 MB.

nvmefio_check() {
	e2e_nvme_ready || return 1
	# fio's first start reads it and its libraries from the tools disk.
	t0=$(cut -d' ' -f1 /proc/uptime)
	v=$(e2e_tool /usr/bin/fio --version 2>&1) || { E2E_REASON="fio --version: $v"; return 1; }
	t1=$(cut -d' ' -f1 /proc/uptime)
	e2e_log "$v from the tools disk, loaded in $(echo "$t0 $t1" | awk '{printf "%.1f", $2 - $1}') s"
	e2e_tool /usr/bin/fio --name=nvmefio --filename=/dev/nvme0n1 --ioengine=libaio \
		--direct=1 --iodepth=32 --rw=randrw --rwmixread=50 --bs=4k --size=2M \
		--randrepeat=0 --verify=crc32c --verify_backlog=64 --verify_fatal=1 --do_verify=1 \
		> /tmp/fio.out 2>&1
	rc=$?
	took=$(echo "$t1 $(cut -d' ' -f1 /proc/uptime)" | awk '{printf "%.1f", $2 - $1}')
	job=$(grep -m1 'err=' /tmp/fio.out | sed 's/^ *//')
	e2e_log "fio exit $rc after $took s: $job"
	e2e_log "$(grep -m1 'IO depths' /tmp/fio.out | sed 's/^ *//')"
	e2e_log "$(grep -m1 'issued rwts' /tmp/fio.out | sed 's/^ *//')"
	grep -E '^ *(READ|WRITE):' /tmp/fio.out | sed 's/^ */E2E-LOG: nvmefio: /'
	if [ "$rc" != 0 ] || ! echo "$job" | grep -q 'err= 0:'; then
		grep -iE 'verify|error|fail' /tmp/fio.out | head -n 10 | sed 's/^/E2E-LOG: nvmefio: /'
		E2E_REASON="fio exit $rc: $job"
		return 1
	fi
	if grep -qiE 'verify.*(fail|bad)|crc32c: ' /tmp/fio.out; then
		E2E_REASON="fio reported a verify problem: $(grep -m1 -iE 'verify|crc32c' /tmp/fio.out)"
		return 1
	fi
	# fio's own count of how many I/Os it had in flight when it submitted.
	if ! grep -q 'IO depths.* 32=[1-9]' /tmp/fio.out; then
		E2E_REASON="fio never had 32 I/Os in flight: $(grep -m1 'IO depths' /tmp/fio.out)"
		return 1
	fi
	e2e_log "2 MiB random 4 KiB read/write at QD32, every written block crc32c-verified: 0 errors"
	return 0
}

e2e_main() {
	if nvmefio_check; then
		e2e_pass nvmefio
	else
		e2e_fail nvmefio "$E2E_REASON"
	fi
}
