# pci: the guest enumerates the VMM's PCI bus and drives the PCI test
# function (devices/pcitest, `pvpci.test=VVVV:DDDD` names its ids) by hand,
# with no driver bound to it:
#   - lspci's view from sysfs: each function's ids, class, driver and BARs
#     (what Linux assigned), and the MSI-X capability in its config space;
#   - BAR0 registers through /dev/mem (busybox devmem) once the function is
#     enabled (sysfs `enable`): the ID register, a scratch register;
#   - DMA: bus mastering on (config space write through sysfs), the device
#     fills 1 KiB at 0x9fc00 (reserved low memory, which /dev/mem may read)
#     with a pattern that devmem then reads back; a DMA outside RAM and one
#     with bus mastering off are refused (RESULT says DMA_FAULT);
#   - MSI-X: enabled with the function masked, entry 0 programmed through
#     BAR2 to vector 0xdf (unused by Linux here), the device raises it: the
#     PBA shows it pending and nothing arrives; unmasking delivers it, and
#     Linux's __common_interrupt logs "No irq handler for vector" once.
# Register offsets and numbers come from /tests/wire.env (generated from
# spec/pci.yaml and spec/pcitest.yaml by mkguest).

. /tests/wire.env

PCI_TEST_VECTOR=223 # 0xdf: above the vectors Linux hands out first, below its system vectors

pci_hex() {
	printf '0x%x' "$1"
}

# cfg_rd DEV OFF BYTES: a little-endian config space read through sysfs.
cfg_rd() {
	od -A n -t "u$3" -j "$2" -N "$3" "$1/config" | tr -d ' '
}

# cfg_wr8 DEV OFF VALUE: one byte written to config space through sysfs.
cfg_wr8() {
	# shellcheck disable=SC2059
	printf "\\$(printf '%03o' "$(($3 & 0xff))")" |
		dd of="$1/config" bs=1 seek="$2" count=1 conv=notrunc 2>/dev/null
}

mem_rd() {
	printf '%d' "$(devmem "$(pci_hex "$1")" 32)"
}

mem_wr() {
	devmem "$(pci_hex "$1")" 32 "$(pci_hex "$2")"
}

# pcitest_cmd BAR0 CMD: runs the test function's command CMD, prints its result register.
pcitest_cmd() {
	mem_wr $(($1 + OFF_PCITEST_REGS_COMMAND)) "$2"
	mem_rd $(($1 + OFF_PCITEST_REGS_RESULT))
}

# bar_line DEV N: "mem 0xSTART-0xEND [64bit] [pref]" from the resource file, or "-".
bar_line() {
	sed -n "$(($2 + 1))p" "$1/resource" | {
		read -r start end flags
		if [ $((start)) = 0 ] && [ $((end)) = 0 ]; then
			echo -
			return
		fi
		kind=mem
		[ $((flags & 0x100000)) != 0 ] && kind="mem 64bit"
		[ $((flags & 0x2000)) != 0 ] && kind="$kind pref"
		echo "$kind $(pci_hex "$start")-$(pci_hex "$end")"
	}
}

bar_start() {
	sed -n "$(($2 + 1))p" "$1/resource" | { read -r start _; echo $((start)); }
}

# Walks the capability list; prints "id@offset" for each.
cap_list() {
	p=$(cfg_rd "$1" "$OFF_PCI_TYPE0_HEADER_CAP_PTR" 1)
	n=0
	while [ "$p" -ge "$PCI_CAP_FIRST" ] && [ $n -lt 48 ]; do
		echo "$(cfg_rd "$1" "$p" 1)@$p"
		p=$(cfg_rd "$1" $((p + 1)) 1)
		n=$((n + 1))
	done
}

# show_fn DEV: one lspci-like line per function.
show_fn() {
	d=$1
	drv=none
	[ -e "$d/driver" ] && drv=$(basename "$(readlink -f "$d/driver")")
	line="$(basename "$d") $(cut -c3- "$d/vendor"):$(cut -c3- "$d/device") class $(cut -c3- "$d/class") driver $drv"
	for i in 0 1 2 3 4 5; do
		b=$(bar_line "$d" $i)
		[ "$b" = - ] || line="$line BAR$i [$b]"
	done
	for c in $(cap_list "$d"); do
		if [ "${c%@*}" = "$PCI_CAP_ID_MSIX" ]; then
			ctl=$(cfg_rd "$d" $((${c#*@} + OFF_PCI_MSIX_CAP_CONTROL)) 2)
			line="$line MSI-X $(((ctl & PCI_MSIX_CAP_TABLE_SIZE_MASK) + 1)) vectors"
		else
			line="$line cap ${c%@*}"
		fi
	done
	e2e_log "$line"
}

no_handler_count() {
	dmesg | grep -c "\.$PCI_TEST_VECTOR No irq handler for vector"
}

pci_test_fn() {
	ids=$(tr ' ' '\n' < /proc/cmdline | sed -n 's/^pvpci\.test=//p')
	[ -n "$ids" ] || return 0
	for d in /sys/bus/pci/devices/*; do
		if [ "$(cut -c3- "$d/vendor"):$(cut -c3- "$d/device")" = "$ids" ]; then
			echo "$d"
			return 0
		fi
	done
	return 1
}

e2e_main() {
	n=0
	for d in /sys/bus/pci/devices/*; do
		[ -e "$d/vendor" ] || continue
		show_fn "$d"
		n=$((n + 1))
	done
	if [ $n = 0 ]; then
		e2e_fail pci "no PCI functions in /sys/bus/pci/devices (pci=off?)"
		return
	fi
	if ! d=$(pci_test_fn); then
		e2e_fail pci "no function with ids $(tr ' ' '\n' < /proc/cmdline | sed -n 's/^pvpci\.test=//p')"
		return
	fi
	if [ -z "$d" ]; then
		e2e_pass pci
		return
	fi
	if [ "$(bar_line "$d" 0)" = - ] || [ "$(bar_line "$d" 2)" = - ]; then
		e2e_fail pci "BAR0 or BAR2 has no address"
		return
	fi
	msix=""
	for c in $(cap_list "$d"); do
		[ "${c%@*}" = "$PCI_CAP_ID_MSIX" ] && msix=${c#*@}
	done
	if [ -z "$msix" ]; then
		e2e_fail pci "no MSI-X capability in $(basename "$d")'s list"
		return
	fi
	bar0=$(bar_start "$d" 0)
	bar2=$(bar_start "$d" 2)

	# Registers: memory decode on (what a driver's pci_enable_device does).
	echo 1 > "$d/enable"
	id=$(mem_rd $((bar0 + OFF_PCITEST_REGS_ID)))
	if [ "$id" != $((PCITEST_MAGIC)) ]; then
		e2e_fail pci "ID register reads $(pci_hex "$id"), not $PCITEST_MAGIC"
		return
	fi
	mem_wr $((bar0 + OFF_PCITEST_REGS_SCRATCH)) 0x5a5aa5a5
	if [ "$(mem_rd $((bar0 + OFF_PCITEST_REGS_SCRATCH)))" != $((0x5a5aa5a5)) ]; then
		e2e_fail pci "scratch register does not keep what was written"
		return
	fi
	e2e_log "$(basename "$d"): ID $(pci_hex "$id") at BAR0 $(pci_hex "$bar0"), scratch register OK"

	# DMA: refused without bus mastering, then done with it.
	dst=0x9fc00
	mem_wr $((bar0 + OFF_PCITEST_REGS_DMA_ADDR)) $dst
	mem_wr $((bar0 + OFF_PCITEST_REGS_DMA_ADDR + 4)) 0
	mem_wr $((bar0 + OFF_PCITEST_REGS_DMA_LEN)) 1024
	mem_wr $((bar0 + OFF_PCITEST_REGS_PATTERN)) 0x600dcafe
	r=$(pcitest_cmd "$bar0" "$PCITEST_COMMAND_FILL")
	if [ "$r" != "$PCITEST_RESULT_DMA_FAULT" ]; then
		e2e_fail pci "DMA with bus mastering off: result $r, not DMA_FAULT"
		return
	fi
	cmd=$(cfg_rd "$d" "$OFF_PCI_TYPE0_HEADER_COMMAND" 1)
	cfg_wr8 "$d" "$OFF_PCI_TYPE0_HEADER_COMMAND" $((cmd | PCI_COMMAND_MASTER))
	r=$(pcitest_cmd "$bar0" "$PCITEST_COMMAND_FILL")
	first=$(mem_rd $dst)
	last=$(mem_rd $((dst + 1020)))
	if [ "$r" != "$PCITEST_RESULT_OK" ] || [ "$first" != $((0x600dcafe)) ] ||
		[ "$last" != $((0x600dcafe)) ]; then
		e2e_fail pci "DMA fill: result $r, memory reads $(pci_hex "$first") .. $(pci_hex "$last")"
		return
	fi
	mem_wr $((bar0 + OFF_PCITEST_REGS_DMA_ADDR)) 0xf0000000
	r=$(pcitest_cmd "$bar0" "$PCITEST_COMMAND_SUM")
	if [ "$r" != "$PCITEST_RESULT_DMA_FAULT" ]; then
		e2e_fail pci "DMA outside RAM: result $r, not DMA_FAULT"
		return
	fi
	e2e_log "DMA: 1024 bytes of 0x600dcafe at $dst read back; refused without bus mastering and outside RAM"

	# MSI-X: enable with the function masked, program entry 0, raise it.
	ctl=$((msix + OFF_PCI_MSIX_CAP_CONTROL + 1)) # the byte with enable and function mask
	cfg_wr8 "$d" $ctl $(((PCI_MSIX_CAP_ENABLE_MASK | PCI_MSIX_CAP_FUNCTION_MASK_MASK) >> 8))
	tbl=$((bar2 + PCITEST_MSIX_TABLE_OFF))
	pba=$((bar2 + PCITEST_MSIX_PBA_OFF))
	mem_wr $((tbl + OFF_PCI_MSIX_ENTRY_ADDR_LO)) "$PCI_MSI_ADDR_BASE"
	mem_wr $((tbl + OFF_PCI_MSIX_ENTRY_ADDR_HI)) 0
	mem_wr $((tbl + OFF_PCI_MSIX_ENTRY_DATA)) $PCI_TEST_VECTOR
	mem_wr $((tbl + OFF_PCI_MSIX_ENTRY_VECTOR_CTRL)) 0
	before=$(no_handler_count)
	mem_wr $((bar0 + OFF_PCITEST_REGS_IRQ)) 0
	p=$(mem_rd "$pba")
	if [ "$p" != 1 ] || [ "$(no_handler_count)" != "$before" ]; then
		e2e_fail pci "masked vector: PBA $(pci_hex "$p"), delivered anyway?"
		return
	fi
	cfg_wr8 "$d" $ctl $((PCI_MSIX_CAP_ENABLE_MASK >> 8))
	i=0
	while [ "$(no_handler_count)" = "$before" ] && [ $i -lt 50 ]; do
		usleep 100000
		i=$((i + 1))
	done
	p=$(mem_rd "$pba")
	if [ "$(no_handler_count)" = "$before" ] || [ "$p" != 0 ]; then
		e2e_fail pci "unmasked vector not delivered (PBA $(pci_hex "$p"))"
		return
	fi
	e2e_log "MSI-X: vector 0 pending while masked (PBA 0x1), delivered on unmask: $(dmesg | grep "No irq handler for vector" | tail -n 1 | sed 's/^\[[^]]*\] //')"
	cfg_wr8 "$d" $ctl 0
	e2e_pass pci
}
