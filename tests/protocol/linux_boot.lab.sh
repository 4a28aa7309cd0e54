# Runs inside the lab VM (tests/e2e/lab/run --script): Debian's Linux 6.1 on
# the paravisor's kvm partition, hv_vmbus against our VMBus server. Passes if
# the guest negotiated VMBus 5.3, saw the offers, passed its boot and dmesg
# checks and the paravisor exited 0 on the guest's power-off.
cat > $LAB_TMP/vm.yaml <<YAML
partition:
  kind: kvm
  kernel: $LAB_GUEST_VMLINUX
  initrd: $LAB_GUEST_INITRD
  cmdline: "console=ttyS0 quiet panic=-1 pvtest=boot,dmesg"
  memory: 256M
  vcpus: 1
  console: true
devices:
  - kind: echo
YAML
paravisor --config $LAB_TMP/vm.yaml > $LAB_TMP/pv.log 2>&1
rc=$?
cat $LAB_TMP/pv.log
ok=1
[ $rc = 0 ] || { echo "FAIL: paravisor exit $rc"; ok=0; }
grep -q "hv_vmbus: Vmbus version:5.3" $LAB_TMP/pv.log || { echo "FAIL: no VMBus 5.3"; ok=0; }
grep -q "hv_vmbus: Unknown GUID: 0a8b4e2c-5d3f-4c61-9e7a-b1c2d3e4f501" $LAB_TMP/pv.log ||
	{ echo "FAIL: the echo offer did not reach the guest"; ok=0; }
grep -q "E2E-RESULT: PASS boot" $LAB_TMP/pv.log || { echo "FAIL: boot"; ok=0; }
grep -q "E2E-RESULT: PASS dmesg" $LAB_TMP/pv.log || { echo "FAIL: dmesg"; ok=0; }
[ $ok = 1 ] && echo "PASS: Linux hv_vmbus on the paravisor"
[ $ok = 1 ]
