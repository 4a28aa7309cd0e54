# dmesg: keeps the inner kernel's log in the console output and fails on
# signs of a kernel bug (a driver hitting a WARN_ON or BUG while talking to
# our VSPs counts as a failure even if the I/O itself succeeded).

e2e_main() {
	e2e_dmesg "end of run"
	bad=$(dmesg | grep -E 'BUG:|WARNING:|Oops|Call Trace|general protection|kernel panic' | head -n 3)
	if [ -n "$bad" ]; then
		e2e_fail dmesg "kernel log shows: $(echo "$bad" | head -n 1)"
	else
		e2e_pass dmesg
	fi
}
