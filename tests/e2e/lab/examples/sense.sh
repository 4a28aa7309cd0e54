# sense: commands the device must refuse, sent from the real guest with
# sg3-utils' sg_raw (`run --guest-tool /usr/bin/sg_raw`): a READ(10) past the
# end of the disk (ILLEGAL REQUEST, LOGICAL BLOCK ADDRESS OUT OF RANGE) and
# an opcode no disk implements (ILLEGAL REQUEST, INVALID COMMAND OPERATION
# CODE). Passes when both come back as CHECK CONDITION with that sense. Used
# to record tests/traces/corpus/linux/storvsc-sense.pcapng (record.sh).

e2e_main() {
	disk=$(e2e_wait_disk) || { e2e_fail sense "no hv_storvsc disk after ${PVWAIT}s"; return; }
	/usr/bin/sg_raw -r 512 "/dev/$disk" 28 00 7f ff ff f0 00 00 01 00 > /tmp/sense.1 2>&1
	/usr/bin/sg_raw "/dev/$disk" c0 00 00 00 00 00 > /tmp/sense.2 2>&1
	sed 's/^/E2E-LOG: sense: read past the end: /' /tmp/sense.1
	sed 's/^/E2E-LOG: sense: opcode 0xc0: /' /tmp/sense.2
	if grep -qi "out of range" /tmp/sense.1 && grep -qi "invalid command operation code" /tmp/sense.2; then
		e2e_pass sense
	else
		e2e_fail sense "sg_raw did not report the expected sense"
	fi
}
