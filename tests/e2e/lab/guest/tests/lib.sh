# Helpers shared by the inner guest's /init and its tests (busybox sh).
# A test file defines e2e_main, which ends with e2e_pass or e2e_fail.

PVNET_IP=${PVNET_IP:-192.168.77.2/24}
PVNET_PEER=${PVNET_PEER:-192.168.77.1}
PVWAIT=${PVWAIT:-60}
MODDIR=/lib/guest-modules

e2e_pass() {
	echo "PASS" > "/tmp/e2e-result.$1"
	echo "E2E-RESULT: PASS $1"
}

# e2e_fail NAME REASON...
e2e_fail() {
	n=$1
	shift
	echo "FAIL $*" > "/tmp/e2e-result.$n"
	echo "E2E-RESULT: FAIL $n $*"
}

e2e_log() {
	echo "E2E-LOG: $E2E_NAME: $*"
}

# e2e_dmesg TITLE: prints the kernel log between markers; filtered (levels
# 0-4 and the lines of the drivers under test) unless pvdmesg=full.
#
# Known noise from the lab VM's CPU is one line instead of its stack trace:
# QEMU's TCG `-cpu max` (the lab VM, whose KVM passes its CPUID on to this
# guest) reports an XSAVE area in CPUID leaf 0xD larger than the features
# the kernel enables need ("XSAVE consistency problem: size 2696 !=
# kernel_size 576"); Linux warns once at boot (arch/x86/kernel/fpu/xstate.c)
# and then works. pvdmesg=full shows it whole.
e2e_dmesg() {
	echo "E2E-DMESG-BEGIN: $1"
	if grep -q 'pvdmesg=full' /proc/cmdline; then
		dmesg
	else
		dmesg -r | grep -E '^<[0-4]>|hv_|vmbus|storvsc|netvsc|scsi|sd[a-z]|EXT4|eth[0-9]' |
			sed 's/^<[0-9]*>//' | e2e_dmesg_fold_known "$(grep -c 'pci=off' /proc/cmdline)"
	fi
	echo "E2E-DMESG-END"
}

# Folds each "cut here" .. "end trace" block that is the lab CPU's XSAVE
# warning (and the CPUID[0d, ..] dump after it) into one E2E-LOG line, and
# with pci=off (argument 1 non-zero: the guest boots without its PCI bus,
# tests/e2e/lab/ref/pv-run) the errors Linux logs for the missing bus
# ("PCI: Fatal: No config space access function found") into another.
e2e_dmesg_fold_known() {
	awk -v pcioff="${1:-0}" '
	pcioff + 0 && /PCI: Fatal: No config space access function found|PCI: System does not support PCI|MMCONFIG is disabled, can.t access extended PCI/ {
		npci++; next
	}
	/------------\[ cut here \]------------/ { inblk = 1; n = 0; xs = 0 }
	inblk { buf[++n] = $0; if ($0 ~ /XSAVE consistency problem/) { xs = 1; why = $0 } }
	inblk && /---\[ end trace/ {
		inblk = 0
		if (xs) {
			sub(/^\[[ 0-9.]*\] /, "", why)
			print "E2E-LOG: dmesg: known lab-CPU noise, not a paravisor problem: " why \
				" (TCG -cpu max reports a larger XSAVE area in CPUID 0xD than the kernel uses; " \
				"Linux warns once at boot; stack trace folded, pvdmesg=full shows it)"
			folded = 1
		} else {
			for (i = 1; i <= n; i++) print buf[i]
		}
		next
	}
	inblk { next }
	folded && /CPUID\[0d, [0-9a-f]+\]:/ { next }
	{ print }
	END {
		if (inblk) for (i = 1; i <= n; i++) print buf[i]
		if (npci) print "E2E-LOG: dmesg: " npci " PCI errors folded: expected, this run boots the guest with pci=off (no PCI bus)"
	}'
}

# insmod NAME: loads /lib/guest-modules/NAME.ko; sets E2E_REASON on failure.
e2e_insmod() {
	if grep -q "^$1 " /proc/modules; then
		return 0
	fi
	if ! out=$(insmod "$MODDIR/$1.ko" 2>&1); then
		E2E_REASON="insmod $1: ${out##*: }"
		return 1
	fi
	return 0
}

# e2e_modprobe NAME: loads a driver /init leaves out (mkguest's
# ONDEMAND_MODULES) and what it needs, in order; optional ones (`:opt`, CPU
# variants) may fail. Sets E2E_REASON on failure.
e2e_modprobe() {
	line=$(grep "^$1 " "$MODDIR/ondemand")
	if [ -z "$line" ]; then
		E2E_REASON="$1 is not among the guest's on-demand modules"
		return 1
	fi
	for m in ${line#* }; do
		case "$m" in
		*:opt) e2e_insmod "${m%:opt}" || true ;;
		*) e2e_insmod "$m" || return 1 ;;
		esac
	done
}

# Loads every module in /lib/guest-modules/order (dependencies first).
# A failing optional module (a CPU-specific crc variant) is only logged; any
# other failure fails, and E2E_REASON names the first one: later failures
# are usually its consequences (hv_storvsc cannot load without hv_vmbus).
e2e_load_modules() {
	ok=0
	reason=""
	while read -r name opt; do
		[ -n "$name" ] || continue
		if ! e2e_insmod "$name"; then
			# pvnohv: a machine without Hyper-V (check-guest on QEMU's
			# virtio devices) where the hv_* drivers cannot load.
			case "$name" in hv_*) [ "${PVNOHV:-0}" = 1 ] && opt=optional ;; esac
			if [ "$opt" = optional ]; then
				echo "E2E-LOG: modules: $E2E_REASON (optional)"
			else
				echo "E2E-LOG: modules: $E2E_REASON"
				[ -n "$reason" ] || reason=$E2E_REASON
				ok=1
			fi
		fi
	done < "$MODDIR/order"
	case "$reason" in
	*hv_vmbus*"No such device"*)
		reason="hv_vmbus: No such device (the VMM presents no Hyper-V: CPUID 0x40000000 leaves, or KVM's signature is visible)" ;;
	esac
	E2E_REASON=$reason
	return $ok
}

# Prints the name (sdX) of the first SCSI disk driven by hv_storvsc, or
# $PVDISK if set. A disk belongs to storvsc if an ancestor of its device in
# sysfs is bound to the hv_storvsc driver; other disks are never touched.
e2e_storvsc_disk() {
	if [ -n "${PVDISK:-}" ]; then
		[ -e "/sys/block/$PVDISK" ] && echo "$PVDISK"
		return
	fi
	for b in /sys/block/sd*; do
		[ -e "$b/device" ] || continue
		# A read-only LUN is run --tools-disk's, never a test disk.
		[ "$(cat "$b/ro" 2>/dev/null)" = 1 ] && continue
		p=$(readlink -f "$b/device")
		while [ -n "$p" ] && [ "$p" != /sys ]; do
			if [ -e "$p/driver" ] && [ "$(basename "$(readlink -f "$p/driver")")" = hv_storvsc ]; then
				basename "$b"
				return
			fi
			p=${p%/*}
		done
	done
}

# e2e_wait CMD...: CMD again every 200 ms until it succeeds, for PVWAIT
# seconds at most; then once more, with its output and its status.
e2e_wait() {
	_w=0
	while ! "$@" > /dev/null && [ "$_w" -lt "$((PVWAIT * 5))" ]; do
		usleep 200000
		_w=$((_w + 1))
	done
	"$@"
}

# The storvsc disk once its device node exists.
e2e_storvsc_node() {
	d=$(e2e_storvsc_disk)
	[ -n "$d" ] && [ -b "/dev/$d" ] && echo "$d"
}

# Waits up to PVWAIT seconds for the storvsc disk (SCSI scanning is
# asynchronous after insmod) and for its device node.
e2e_wait_disk() {
	e2e_wait e2e_storvsc_node
}

# The writable disk that is not the tools disk (/dev/sdX on storvsc, /dev/vdX
# on virtio).
e2e_rw_disk() {
	tools=$(findfs LABEL=pvtools 2>/dev/null)
	for b in /sys/block/sd* /sys/block/vd*; do
		[ -e "$b" ] || continue
		[ "$(cat "$b/ro")" = 0 ] || continue
		[ "/dev/${b##*/}" = "$tools" ] && continue
		echo "/dev/${b##*/}"
		return 0
	done
	return 1
}

# e2e_nvme_ready: loads nvme and waits up to PVWAIT seconds for
# /dev/nvme0n1 (E2E_REASON says what failed).
e2e_nvme_ready() {
	e2e_modprobe nvme || return 1
	e2e_wait test -b /dev/nvme0n1 || { E2E_REASON="no /dev/nvme0n1"; return 1; }
}

# e2e_if_of DRIVER: the first network interface bound to DRIVER.
e2e_if_of() {
	for n in /sys/class/net/*; do
		[ -e "$n/device/driver" ] || continue
		if [ "$(basename "$(readlink -f "$n/device/driver")")" = "$1" ]; then
			basename "$n"
			return 0
		fi
	done
	return 1
}

# $PVNET_IF if set and present, else the interface bound to hv_netvsc.
e2e_netvsc_if() {
	if [ -n "${PVNET_IF:-}" ] && [ -e "/sys/class/net/$PVNET_IF" ]; then
		echo "$PVNET_IF"
		return 0
	fi
	e2e_if_of hv_netvsc
}

# Waits up to PVWAIT seconds for a network interface driven by hv_netvsc
# (or for $PVNET_IF if set).
e2e_wait_netvsc() {
	e2e_wait e2e_netvsc_if
}

# e2e_tool PATH ARG...: runs the program PATH (e.g. /usr/bin/fio) from the
# tools disk (`run --tools-disk --guest-tool PATH`: an ext4 image labelled
# pvtools, served by pv-run as a read-only storvsc LUN) with its own
# libraries, through the image's ELF interpreter; the disk is mounted
# read-only at /tools the first time. Returns the program's status, or 127
# with E2E_REASON set (and said on stderr) when there is no such disk or
# program.
e2e_tool() {
	t=/tools
	if [ ! -f $t/pvtools.env ]; then
		i=0
		dev=$(findfs LABEL=pvtools 2>/dev/null)
		while [ -z "$dev" ] && [ "$i" -lt "$((PVWAIT * 5))" ]; do
			usleep 200000
			i=$((i + 1))
			dev=$(findfs LABEL=pvtools 2>/dev/null)
		done
		if [ -z "$dev" ]; then
			E2E_REASON="no tools disk (label pvtools) ${PVWAIT}s after boot: run --tools-disk"
			echo "e2e_tool: $E2E_REASON" >&2
			return 127
		fi
		mkdir -p $t
		# A program's first start faults its libraries in page by page; in
		# a nested guest every read is costly, so read around in 4 MiB.
		echo 4096 > "/sys/block/${dev#/dev/}/queue/read_ahead_kb" 2>/dev/null
		if ! out=$(mount -t ext4 -o ro "$dev" $t 2>&1); then
			E2E_REASON="mount $dev (pvtools): $out"
			echo "e2e_tool: $E2E_REASON" >&2
			return 127
		fi
	fi
	if [ ! -f "$t$1" ]; then
		E2E_REASON="$1 is not on the tools disk (run --guest-tool $1)"
		echo "e2e_tool: $E2E_REASON" >&2
		return 127
	fi
	. $t/pvtools.env
	p=$1
	shift
	"$t$PVTOOLS_INTERP" --library-path "$t$(echo "$PVTOOLS_LIBS" | sed "s|:|:$t|g")" "$t$p" "$@"
}

# Deterministic test data both ends can produce without sharing a file:
# `e2e_data N` prints the numbers 1..N, one per line (~7 bytes each).
e2e_data() {
	seq 1 "$1"
}

e2e_sum() {
	sha256sum | cut -d' ' -f1
}
