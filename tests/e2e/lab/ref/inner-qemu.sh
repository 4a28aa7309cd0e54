#!/bin/sh
# Runs INSIDE the lab VM (tests/e2e/lab/run --script): boots the inner guest
# image with QEMU on the lab VM's KVM, with QEMU's own Hyper-V enlightenments
# and VMBus (vmbus-bridge), no paravisor involved. It is the reference the
# kvm partition is compared with: same kernel, same initramfs, same
# `E2E-RESULT` contract. QEMU has no storvsc/netvsc backend, so only the
# tests that need no VSP run (boot, dmesg).
#
# Environment: E2E_TESTS (default boot,dmesg); QEMU and its firmware are
# put in the lab VM by the caller (see tests/e2e/CMakeLists.txt).
tests=${E2E_TESTS:-boot,dmesg}
kernel=${LAB_GUEST_VMLINUX:-$LAB_GUEST_KERNEL}
log=$LAB_TMP/inner.log

# kvm=off hides KVM's CPUID signature: with it visible Linux picks KVM and
# hv_vmbus fails with ENODEV. -L: QEMU looks for firmware next to its binary.
start=$(cut -d' ' -f1 /proc/uptime)
qemu-system-x86_64 -L /usr/share/seabios -L /usr/share/qemu -accel kvm \
	-cpu host,kvm=off,hv-relaxed,hv-vpindex,hv-synic,hv-time,hv-runtime,hv-stimer \
	-m 512 -nodefaults -display none -no-reboot -serial stdio \
	-device vmbus-bridge \
	-kernel "$kernel" -initrd "$LAB_GUEST_INITRD" \
	-append "console=ttyS0 quiet panic=-1 pvtest=$tests" < /dev/null 2>&1 | tee "$log"
end=$(cut -d' ' -f1 /proc/uptime)
echo "ref: inner guest run took $(echo "$start $end" | awk '{printf "%.1f", $2 - $1}') s"
e2e-check "$log" "$tests"
