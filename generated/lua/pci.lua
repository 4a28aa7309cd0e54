-- DO NOT EDIT: generated from spec/pci.yaml by codegen/pvgen.py.
-- Wireshark dissector for PCI configuration space and MSI-X.

local proto = Proto("pv_pci", "PCI configuration space and MSI-X")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.conf1_address_value = ProtoField.uint32("pv_pci.conf1_address.value", "value", base.DEC, nil)
F.conf1_address_value_reg = ProtoField.uint32("pv_pci.conf1_address.reg", "reg", base.DEC, nil)
F.conf1_address_value_function = ProtoField.uint32("pv_pci.conf1_address.function", "function", base.DEC, nil)
F.conf1_address_value_device = ProtoField.uint32("pv_pci.conf1_address.device", "device", base.DEC, nil)
F.conf1_address_value_bus = ProtoField.uint32("pv_pci.conf1_address.bus", "bus", base.DEC, nil)
F.conf1_address_value_ext_reg = ProtoField.uint32("pv_pci.conf1_address.ext_reg", "ext_reg", base.DEC, nil)
F.conf1_address_value_enable = ProtoField.uint32("pv_pci.conf1_address.enable", "enable", base.DEC, nil)
F.type0_header_vendor_id = ProtoField.uint16("pv_pci.type0_header.vendor_id", "vendor_id", base.HEX, nil)
F.type0_header_device_id = ProtoField.uint16("pv_pci.type0_header.device_id", "device_id", base.HEX, nil)
F.type0_header_command = ProtoField.uint16("pv_pci.type0_header.command", "command", base.HEX, nil)
F.type0_header_status = ProtoField.uint16("pv_pci.type0_header.status", "status", base.HEX, nil)
F.type0_header_revision = ProtoField.uint8("pv_pci.type0_header.revision", "revision", base.DEC, nil)
F.type0_header_prog_if = ProtoField.uint8("pv_pci.type0_header.prog_if", "prog_if", base.DEC, nil)
F.type0_header_subclass = ProtoField.uint8("pv_pci.type0_header.subclass", "subclass", base.DEC, nil)
F.type0_header_base_class = ProtoField.uint8("pv_pci.type0_header.base_class", "base_class", base.DEC, nil)
F.type0_header_cache_line_size = ProtoField.uint8("pv_pci.type0_header.cache_line_size", "cache_line_size", base.DEC, nil)
F.type0_header_latency_timer = ProtoField.uint8("pv_pci.type0_header.latency_timer", "latency_timer", base.DEC, nil)
F.type0_header_header_type = ProtoField.uint8("pv_pci.type0_header.header_type", "header_type", base.DEC, nil)
F.type0_header_header_type_layout = ProtoField.uint32("pv_pci.type0_header.layout", "layout", base.DEC, {[0] = "NORMAL", [1] = "BRIDGE", [2] = "CARDBUS"})
F.type0_header_header_type_multi_function = ProtoField.uint32("pv_pci.type0_header.multi_function", "multi_function", base.DEC, nil)
F.type0_header_bist = ProtoField.uint8("pv_pci.type0_header.bist", "bist", base.DEC, nil)
F.type0_header_bar = ProtoField.uint32("pv_pci.type0_header.bar", "bar", base.DEC, nil)
F.type0_header_cardbus_cis = ProtoField.uint32("pv_pci.type0_header.cardbus_cis", "cardbus_cis", base.DEC, nil)
F.type0_header_subsys_vendor_id = ProtoField.uint16("pv_pci.type0_header.subsys_vendor_id", "subsys_vendor_id", base.HEX, nil)
F.type0_header_subsys_id = ProtoField.uint16("pv_pci.type0_header.subsys_id", "subsys_id", base.HEX, nil)
F.type0_header_rom_address = ProtoField.uint32("pv_pci.type0_header.rom_address", "rom_address", base.DEC, nil)
F.type0_header_cap_ptr = ProtoField.uint8("pv_pci.type0_header.cap_ptr", "cap_ptr", base.DEC, nil)
F.type0_header_reserved0 = ProtoField.bytes("pv_pci.type0_header.reserved0", "reserved0")
F.type0_header_reserved1 = ProtoField.uint32("pv_pci.type0_header.reserved1", "reserved1", base.DEC, nil)
F.type0_header_interrupt_line = ProtoField.uint8("pv_pci.type0_header.interrupt_line", "interrupt_line", base.DEC, nil)
F.type0_header_interrupt_pin = ProtoField.uint8("pv_pci.type0_header.interrupt_pin", "interrupt_pin", base.DEC, nil)
F.type0_header_min_gnt = ProtoField.uint8("pv_pci.type0_header.min_gnt", "min_gnt", base.DEC, nil)
F.type0_header_max_lat = ProtoField.uint8("pv_pci.type0_header.max_lat", "max_lat", base.DEC, nil)
F.bar_mem_value = ProtoField.uint32("pv_pci.bar_mem.value", "value", base.DEC, nil)
F.bar_mem_value_io_space = ProtoField.uint32("pv_pci.bar_mem.io_space", "io_space", base.DEC, nil)
F.bar_mem_value_mem_type = ProtoField.uint32("pv_pci.bar_mem.mem_type", "mem_type", base.DEC, {[0] = "MEM32", [2] = "MEM64"})
F.bar_mem_value_prefetch = ProtoField.uint32("pv_pci.bar_mem.prefetch", "prefetch", base.DEC, nil)
F.bar_mem_value_address = ProtoField.uint32("pv_pci.bar_mem.address", "address", base.DEC, nil)
F.cap_header_cap_id = ProtoField.uint8("pv_pci.cap_header.cap_id", "cap_id", base.HEX, nil)
F.cap_header_next = ProtoField.uint8("pv_pci.cap_header.next", "next", base.DEC, nil)
F.msix_cap_cap_id = ProtoField.uint8("pv_pci.msix_cap.cap_id", "cap_id", base.HEX, nil)
F.msix_cap_next = ProtoField.uint8("pv_pci.msix_cap.next", "next", base.DEC, nil)
F.msix_cap_control = ProtoField.uint16("pv_pci.msix_cap.control", "control", base.DEC, nil)
F.msix_cap_control_table_size = ProtoField.uint32("pv_pci.msix_cap.table_size", "table_size", base.DEC, nil)
F.msix_cap_control_function_mask = ProtoField.uint32("pv_pci.msix_cap.function_mask", "function_mask", base.DEC, nil)
F.msix_cap_control_enable = ProtoField.uint32("pv_pci.msix_cap.enable", "enable", base.DEC, nil)
F.msix_cap_table = ProtoField.uint32("pv_pci.msix_cap.table", "table", base.DEC, nil)
F.msix_cap_table_table_bir = ProtoField.uint32("pv_pci.msix_cap.table_bir", "table_bir", base.DEC, nil)
F.msix_cap_table_table_offset = ProtoField.uint32("pv_pci.msix_cap.table_offset", "table_offset", base.DEC, nil)
F.msix_cap_pba = ProtoField.uint32("pv_pci.msix_cap.pba", "pba", base.DEC, nil)
F.msix_cap_pba_pba_bir = ProtoField.uint32("pv_pci.msix_cap.pba_bir", "pba_bir", base.DEC, nil)
F.msix_cap_pba_pba_offset = ProtoField.uint32("pv_pci.msix_cap.pba_offset", "pba_offset", base.DEC, nil)
F.msix_entry_addr_lo = ProtoField.uint32("pv_pci.msix_entry.addr_lo", "addr_lo", base.DEC, nil)
F.msix_entry_addr_hi = ProtoField.uint32("pv_pci.msix_entry.addr_hi", "addr_hi", base.DEC, nil)
F.msix_entry_data = ProtoField.uint32("pv_pci.msix_entry.data", "data", base.DEC, nil)
F.msix_entry_vector_ctrl = ProtoField.uint32("pv_pci.msix_entry.vector_ctrl", "vector_ctrl", base.DEC, nil)
F.msix_entry_vector_ctrl_mask = ProtoField.uint32("pv_pci.msix_entry.mask", "mask", base.DEC, nil)
proto.fields = {
	F.conf1_address_value,
	F.conf1_address_value_reg,
	F.conf1_address_value_function,
	F.conf1_address_value_device,
	F.conf1_address_value_bus,
	F.conf1_address_value_ext_reg,
	F.conf1_address_value_enable,
	F.type0_header_vendor_id,
	F.type0_header_device_id,
	F.type0_header_command,
	F.type0_header_status,
	F.type0_header_revision,
	F.type0_header_prog_if,
	F.type0_header_subclass,
	F.type0_header_base_class,
	F.type0_header_cache_line_size,
	F.type0_header_latency_timer,
	F.type0_header_header_type,
	F.type0_header_header_type_layout,
	F.type0_header_header_type_multi_function,
	F.type0_header_bist,
	F.type0_header_bar,
	F.type0_header_cardbus_cis,
	F.type0_header_subsys_vendor_id,
	F.type0_header_subsys_id,
	F.type0_header_rom_address,
	F.type0_header_cap_ptr,
	F.type0_header_reserved0,
	F.type0_header_reserved1,
	F.type0_header_interrupt_line,
	F.type0_header_interrupt_pin,
	F.type0_header_min_gnt,
	F.type0_header_max_lat,
	F.bar_mem_value,
	F.bar_mem_value_io_space,
	F.bar_mem_value_mem_type,
	F.bar_mem_value_prefetch,
	F.bar_mem_value_address,
	F.cap_header_cap_id,
	F.cap_header_next,
	F.msix_cap_cap_id,
	F.msix_cap_next,
	F.msix_cap_control,
	F.msix_cap_control_table_size,
	F.msix_cap_control_function_mask,
	F.msix_cap_control_enable,
	F.msix_cap_table,
	F.msix_cap_table_table_bir,
	F.msix_cap_table_table_offset,
	F.msix_cap_pba,
	F.msix_cap_pba_pba_bir,
	F.msix_cap_pba_pba_offset,
	F.msix_entry_addr_lo,
	F.msix_entry_addr_hi,
	F.msix_entry_data,
	F.msix_entry_vector_ctrl,
	F.msix_entry_vector_ctrl_mask,
}

local function dissect_conf1_address(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "conf1_address: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.conf1_address_value, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.conf1_address_value_reg, buf(off + 0, 4), bit.band(bit.rshift(v, 2), 0x3f))
		tree:add(F.conf1_address_value_function, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0x7))
		tree:add(F.conf1_address_value_device, buf(off + 0, 4), bit.band(bit.rshift(v, 11), 0x1f))
		tree:add(F.conf1_address_value_bus, buf(off + 0, 4), bit.band(bit.rshift(v, 16), 0xff))
		tree:add(F.conf1_address_value_ext_reg, buf(off + 0, 4), bit.band(bit.rshift(v, 24), 0xf))
		tree:add(F.conf1_address_value_enable, buf(off + 0, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	return 4
end

local function dissect_type0_header(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "type0_header: short (" .. len .. " < 64)")
		return len
	end
	tree:add_le(F.type0_header_vendor_id, buf(off + 0, 2))
	tree:add_le(F.type0_header_device_id, buf(off + 2, 2))
	tree:add_le(F.type0_header_command, buf(off + 4, 2))
	tree:add_le(F.type0_header_status, buf(off + 6, 2))
	tree:add_le(F.type0_header_revision, buf(off + 8, 1))
	tree:add_le(F.type0_header_prog_if, buf(off + 9, 1))
	tree:add_le(F.type0_header_subclass, buf(off + 10, 1))
	tree:add_le(F.type0_header_base_class, buf(off + 11, 1))
	tree:add_le(F.type0_header_cache_line_size, buf(off + 12, 1))
	tree:add_le(F.type0_header_latency_timer, buf(off + 13, 1))
	tree:add_le(F.type0_header_header_type, buf(off + 14, 1))
	do
		local v = buf(off + 14, 1):le_uint()
		tree:add(F.type0_header_header_type_layout, buf(off + 14, 1), bit.band(bit.rshift(v, 0), 0x7f))
		tree:add(F.type0_header_header_type_multi_function, buf(off + 14, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.type0_header_bist, buf(off + 15, 1))
	tree:add_le(F.type0_header_bar, buf(off + 16, 4))
	tree:add_le(F.type0_header_bar, buf(off + 20, 4))
	tree:add_le(F.type0_header_bar, buf(off + 24, 4))
	tree:add_le(F.type0_header_bar, buf(off + 28, 4))
	tree:add_le(F.type0_header_bar, buf(off + 32, 4))
	tree:add_le(F.type0_header_bar, buf(off + 36, 4))
	tree:add_le(F.type0_header_cardbus_cis, buf(off + 40, 4))
	tree:add_le(F.type0_header_subsys_vendor_id, buf(off + 44, 2))
	tree:add_le(F.type0_header_subsys_id, buf(off + 46, 2))
	tree:add_le(F.type0_header_rom_address, buf(off + 48, 4))
	tree:add_le(F.type0_header_cap_ptr, buf(off + 52, 1))
	tree:add_le(F.type0_header_reserved0, buf(off + 53, 3))
	tree:add_le(F.type0_header_reserved1, buf(off + 56, 4))
	tree:add_le(F.type0_header_interrupt_line, buf(off + 60, 1))
	tree:add_le(F.type0_header_interrupt_pin, buf(off + 61, 1))
	tree:add_le(F.type0_header_min_gnt, buf(off + 62, 1))
	tree:add_le(F.type0_header_max_lat, buf(off + 63, 1))
	return 64
end

local function dissect_bar_mem(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "bar_mem: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.bar_mem_value, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.bar_mem_value_io_space, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.bar_mem_value_mem_type, buf(off + 0, 4), bit.band(bit.rshift(v, 1), 0x3))
		tree:add(F.bar_mem_value_prefetch, buf(off + 0, 4), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.bar_mem_value_address, buf(off + 0, 4), bit.band(bit.rshift(v, 4), 0xfffffff))
	end
	return 4
end

local function dissect_cap_header(buf, tree, off, len)
	if len < 2 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cap_header: short (" .. len .. " < 2)")
		return len
	end
	tree:add_le(F.cap_header_cap_id, buf(off + 0, 1))
	tree:add_le(F.cap_header_next, buf(off + 1, 1))
	return 2
end

local function dissect_msix_cap(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "msix_cap: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.msix_cap_cap_id, buf(off + 0, 1))
	tree:add_le(F.msix_cap_next, buf(off + 1, 1))
	tree:add_le(F.msix_cap_control, buf(off + 2, 2))
	do
		local v = buf(off + 2, 2):le_uint()
		tree:add(F.msix_cap_control_table_size, buf(off + 2, 2), bit.band(bit.rshift(v, 0), 0x7ff))
		tree:add(F.msix_cap_control_function_mask, buf(off + 2, 2), bit.band(bit.rshift(v, 14), 0x1))
		tree:add(F.msix_cap_control_enable, buf(off + 2, 2), bit.band(bit.rshift(v, 15), 0x1))
	end
	tree:add_le(F.msix_cap_table, buf(off + 4, 4))
	do
		local v = buf(off + 4, 4):le_uint()
		tree:add(F.msix_cap_table_table_bir, buf(off + 4, 4), bit.band(bit.rshift(v, 0), 0x7))
		tree:add(F.msix_cap_table_table_offset, buf(off + 4, 4), bit.band(bit.rshift(v, 3), 0x1fffffff))
	end
	tree:add_le(F.msix_cap_pba, buf(off + 8, 4))
	do
		local v = buf(off + 8, 4):le_uint()
		tree:add(F.msix_cap_pba_pba_bir, buf(off + 8, 4), bit.band(bit.rshift(v, 0), 0x7))
		tree:add(F.msix_cap_pba_pba_offset, buf(off + 8, 4), bit.band(bit.rshift(v, 3), 0x1fffffff))
	end
	return 12
end

local function dissect_msix_entry(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "msix_entry: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.msix_entry_addr_lo, buf(off + 0, 4))
	tree:add_le(F.msix_entry_addr_hi, buf(off + 4, 4))
	tree:add_le(F.msix_entry_data, buf(off + 8, 4))
	tree:add_le(F.msix_entry_vector_ctrl, buf(off + 12, 4))
	do
		local v = buf(off + 12, 4):le_uint()
		tree:add(F.msix_entry_vector_ctrl_mask, buf(off + 12, 4), bit.band(bit.rshift(v, 0), 0x1))
	end
	return 16
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("PCI")
	local t = tree:add(proto, buf())
	dissect_msix_entry(buf, t, 0, len)
end
