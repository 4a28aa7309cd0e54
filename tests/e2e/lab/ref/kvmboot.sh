#!/bin/sh
# Runs INSIDE the lab VM (or on a host with a Hyper-V-capable KVM): boots the
# inner guest on OUR kvm partition with tools/kvmboot, whose `-r` responder
# answers VMBus version negotiation with no channels. hv_vmbus must connect
# (boot) and the kernel log must be clean (dmesg). No VSP is involved; with
# the paravisor's VMBus server and VSPs the same image runs storage,
# network and lifecycle.
#
# Environment: E2E_TESTS (default boot,dmesg).
tests=${E2E_TESTS:-boot,dmesg}
kernel=${LAB_GUEST_VMLINUX:-$LAB_GUEST_KERNEL}
log=$LAB_TMP/inner.log

start=$(cut -d' ' -f1 /proc/uptime)
kvmboot -r -k "$kernel" -i "$LAB_GUEST_INITRD" -m 512 -t 500 -l "$log" \
	-a "console=ttyS0 quiet panic=-1 pvtest=$tests"
rc=$?
end=$(cut -d' ' -f1 /proc/uptime)
echo "kvmboot: exit $rc; inner guest run took $(echo "$start $end" | awk '{printf "%.1f", $2 - $1}') s"
[ $rc = 0 ] || exit $rc
e2e-check "$log" "$tests"
