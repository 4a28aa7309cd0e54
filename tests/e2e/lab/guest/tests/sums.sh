# sums: what the last storage check (test `storage`, or `lifecycle`, which
# runs it again) left on the disk, as one line a checker outside the guest
# can compare with: the sha256 of the `sha256sum` list of its files (paths
# relative to the file system's root, sorted bytewise) and their count. The
# e2e-vfio tier reads QEMU's NVMe backing file after the lab VM is gone and
# computes the same line from the ext4 image (tests/e2e/lab/ref/vfio-check).
e2e_main() {
	if [ ! -s /tmp/sums ]; then
		e2e_fail sums "no checksum list: run storage (or lifecycle) before sums"
		return
	fi
	e2e_log "files $(wc -l < /tmp/sums) list-sha256 $(sha256sum < /tmp/sums | cut -d' ' -f1)"
	e2e_pass sums
}
