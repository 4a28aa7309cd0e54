# dmesg: keeps the inner kernel's log in the console output and fails on
# signs of a kernel bug (a driver hitting a WARN_ON or BUG while talking to
# our VSPs counts as a failure even if the I/O itself succeeded).
#
# By default only the lines that matter are printed: level warning and worse,
# and everything from the Hyper-V drivers, SCSI, block and ext4. A nested
# serial console costs ~0.2 ms per byte (a full dump is ~18 s in the lab
# VM); `pvdmesg=full` on the kernel command line prints everything.
#
# Known warnings that come from the lab VM's emulated CPU and not from the
# paravisor are reported but do not fail the test (E2E_DMESG_ALLOW, one
# extended regex).

E2E_DMESG_ALLOW=${E2E_DMESG_ALLOW:-'XSAVE consistency problem|fpu/xstate.c'}

e2e_main() {
	e2e_dmesg "end of run"
	# A WARNING line names the file; the line before it says what is wrong.
	bad=$(dmesg | grep -E 'BUG:|WARNING:|Oops|general protection|kernel panic' |
		grep -Ev "$E2E_DMESG_ALLOW" | head -n 3)
	# e2e_dmesg printed the known ones as one line each (lib.sh).
	if [ -n "$bad" ]; then
		e2e_fail dmesg "kernel log shows: $(echo "$bad" | head -n 1)"
	else
		e2e_pass dmesg
	fi
}
