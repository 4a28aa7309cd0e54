# disklabel: an inner-guest test brought in with `run --guest-file` (not
# part of mkguest's image), using a Debian program brought in with `run
# --guest-tool /usr/sbin/blkid` (util-linux's, with its libraries; busybox's
# own blkid applet is at /sbin/blkid). The example of the lab README's
# "run your own tool in the real guest" recipe, and the check that a
# `run --keep-disk` image keeps what one lab run wrote for the next:
#   pvlabel=make:NAME  puts an ext4 file system labelled NAME on the disk
#   pvlabel=want:NAME  passes only if the disk's label (util-linux blkid) is NAME

e2e_main() {
	spec=$(tr ' ' '\n' < /proc/cmdline | sed -n 's/^pvlabel=//p')
	disk=$(e2e_wait_disk) || { e2e_fail disklabel "no hv_storvsc disk after ${PVWAIT}s"; return; }
	if ! ver=$(/usr/sbin/blkid --version 2>&1) || ! echo "$ver" | grep -q util-linux; then
		e2e_fail disklabel "no util-linux blkid in /usr/sbin (run --guest-tool /usr/sbin/blkid): $ver"
		return
	fi
	e2e_log "$ver"
	case "$spec" in
	make:*)
		mkfs.ext4 -q -F -L "${spec#make:}" "/dev/$disk" || { e2e_fail disklabel "mkfs.ext4 failed"; return; }
		sync
		e2e_log "made label ${spec#make:} on $disk" ;;
	esac
	label=$(/usr/sbin/blkid -o value -s LABEL "/dev/$disk")
	e2e_log "$disk label '$label'"
	case "$spec" in
	want:*)
		if [ "$label" != "${spec#want:}" ]; then
			e2e_fail disklabel "label '$label', want '${spec#want:}'"
			return
		fi ;;
	esac
	e2e_pass disklabel
}
