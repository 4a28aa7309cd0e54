-- DO NOT EDIT: generated from spec/vmring.yaml by codegen/pvgen.py.
-- Wireshark dissector for VMBus ring buffer packets.

local proto = Proto("pv_vmring", "VMBus ring buffer packets")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.control_write_index = ProtoField.uint32("pv_vmring.control.write_index", "write_index", base.DEC, nil)
F.control_read_index = ProtoField.uint32("pv_vmring.control.read_index", "read_index", base.DEC, nil)
F.control_interrupt_mask = ProtoField.uint32("pv_vmring.control.interrupt_mask", "interrupt_mask", base.DEC, nil)
F.control_pending_send_sz = ProtoField.uint32("pv_vmring.control.pending_send_sz", "pending_send_sz", base.DEC, nil)
F.control_reserved1 = ProtoField.uint32("pv_vmring.control.reserved1", "reserved1", base.DEC, nil)
F.control_feature_bits = ProtoField.uint32("pv_vmring.control.feature_bits", "feature_bits", base.HEX, nil)
F.control_reserved2 = ProtoField.bytes("pv_vmring.control.reserved2", "reserved2")
F.desc_type = ProtoField.uint16("pv_vmring.desc.type", "type", base.DEC, {[0] = "INVALID", [1] = "SYNCH", [2] = "ADD_XFER_PAGESET", [3] = "RM_XFER_PAGESET", [4] = "ESTABLISH_GPADL", [5] = "TEARDOWN_GPADL", [6] = "DATA_INBAND", [7] = "DATA_USING_XFER_PAGES", [8] = "DATA_USING_GPADL", [9] = "DATA_USING_GPA_DIRECT", [10] = "CANCEL_REQUEST", [11] = "COMP", [12] = "DATA_USING_ADDITIONAL_PKT", [13] = "ADDITIONAL_DATA"})
F.desc_offset8 = ProtoField.uint16("pv_vmring.desc.offset8", "offset8", base.DEC, nil)
F.desc_len8 = ProtoField.uint16("pv_vmring.desc.len8", "len8", base.DEC, nil)
F.desc_flags = ProtoField.uint16("pv_vmring.desc.flags", "flags", base.HEX, nil)
F.desc_trans_id = ProtoField.uint64("pv_vmring.desc.trans_id", "trans_id", base.HEX, nil)
F.inband_hdr = ProtoField.none("pv_vmring.inband.hdr", "hdr")
F.xfer_range_byte_count = ProtoField.uint32("pv_vmring.xfer_range.byte_count", "byte_count", base.DEC, nil)
F.xfer_range_byte_offset = ProtoField.uint32("pv_vmring.xfer_range.byte_offset", "byte_offset", base.DEC, nil)
F.xfer_pages_hdr = ProtoField.none("pv_vmring.xfer_pages.hdr", "hdr")
F.xfer_pages_xfer_pageset_id = ProtoField.uint16("pv_vmring.xfer_pages.xfer_pageset_id", "xfer_pageset_id", base.HEX, nil)
F.xfer_pages_sender_owns_set = ProtoField.uint8("pv_vmring.xfer_pages.sender_owns_set", "sender_owns_set", base.DEC, nil)
F.xfer_pages_reserved = ProtoField.uint8("pv_vmring.xfer_pages.reserved", "reserved", base.DEC, nil)
F.xfer_pages_range_cnt = ProtoField.uint32("pv_vmring.xfer_pages.range_cnt", "range_cnt", base.DEC, nil)
F.xfer_pages_ranges = ProtoField.none("pv_vmring.xfer_pages.ranges", "ranges")
F.gpa_range_byte_count = ProtoField.uint32("pv_vmring.gpa_range.byte_count", "byte_count", base.DEC, nil)
F.gpa_range_byte_offset = ProtoField.uint32("pv_vmring.gpa_range.byte_offset", "byte_offset", base.DEC, nil)
F.gpa_range_pfn = ProtoField.uint64("pv_vmring.gpa_range.pfn", "pfn", base.HEX)
F.gpa_direct_hdr = ProtoField.none("pv_vmring.gpa_direct.hdr", "hdr")
F.gpa_direct_reserved = ProtoField.uint32("pv_vmring.gpa_direct.reserved", "reserved", base.DEC, nil)
F.gpa_direct_range_cnt = ProtoField.uint32("pv_vmring.gpa_direct.range_cnt", "range_cnt", base.DEC, nil)
F.gpa_direct_ranges = ProtoField.none("pv_vmring.gpa_direct.ranges", "ranges")
F.gpa_direct_ranges_len = ProtoField.uint32("pv_vmring.gpa_direct.ranges.byte_count", "byte_count", base.DEC)
F.gpa_direct_ranges_off = ProtoField.uint32("pv_vmring.gpa_direct.ranges.byte_offset", "byte_offset", base.DEC)
F.gpa_direct_ranges_pfn = ProtoField.uint64("pv_vmring.gpa_direct.ranges.pfn", "pfn", base.HEX)
proto.fields = {
	F.control_write_index,
	F.control_read_index,
	F.control_interrupt_mask,
	F.control_pending_send_sz,
	F.control_reserved1,
	F.control_feature_bits,
	F.control_reserved2,
	F.desc_type,
	F.desc_offset8,
	F.desc_len8,
	F.desc_flags,
	F.desc_trans_id,
	F.inband_hdr,
	F.xfer_range_byte_count,
	F.xfer_range_byte_offset,
	F.xfer_pages_hdr,
	F.xfer_pages_xfer_pageset_id,
	F.xfer_pages_sender_owns_set,
	F.xfer_pages_reserved,
	F.xfer_pages_range_cnt,
	F.xfer_pages_ranges,
	F.gpa_range_byte_count,
	F.gpa_range_byte_offset,
	F.gpa_range_pfn,
	F.gpa_direct_hdr,
	F.gpa_direct_reserved,
	F.gpa_direct_range_cnt,
	F.gpa_direct_ranges,
	F.gpa_direct_ranges_len,
	F.gpa_direct_ranges_off,
	F.gpa_direct_ranges_pfn,
}

local function dissect_control(buf, tree, off, len)
	if len < 4096 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "control: short (" .. len .. " < 4096)")
		return len
	end
	tree:add_le(F.control_write_index, buf(off + 0, 4))
	tree:add_le(F.control_read_index, buf(off + 4, 4))
	tree:add_le(F.control_interrupt_mask, buf(off + 8, 4))
	tree:add_le(F.control_pending_send_sz, buf(off + 12, 4))
	tree:add_le(F.control_reserved1, buf(off + 16, 4))
	tree:add_le(F.control_reserved1, buf(off + 20, 4))
	tree:add_le(F.control_reserved1, buf(off + 24, 4))
	tree:add_le(F.control_reserved1, buf(off + 28, 4))
	tree:add_le(F.control_reserved1, buf(off + 32, 4))
	tree:add_le(F.control_reserved1, buf(off + 36, 4))
	tree:add_le(F.control_reserved1, buf(off + 40, 4))
	tree:add_le(F.control_reserved1, buf(off + 44, 4))
	tree:add_le(F.control_reserved1, buf(off + 48, 4))
	tree:add_le(F.control_reserved1, buf(off + 52, 4))
	tree:add_le(F.control_reserved1, buf(off + 56, 4))
	tree:add_le(F.control_reserved1, buf(off + 60, 4))
	tree:add_le(F.control_feature_bits, buf(off + 64, 4))
	return 4096
end

local function dissect_desc(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "desc: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.desc_type, buf(off + 0, 2))
	tree:add_le(F.desc_offset8, buf(off + 2, 2))
	tree:add_le(F.desc_len8, buf(off + 4, 2))
	tree:add_le(F.desc_flags, buf(off + 6, 2))
	tree:add_le(F.desc_trans_id, buf(off + 8, 8))
	return 16
end

local function dissect_inband(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "inband: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.inband_hdr, buf(off + 0, 16))
		dissect_desc(buf, sub, off + 0, 16)
	end
	return 16
end

local function dissect_xfer_range(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "xfer_range: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.xfer_range_byte_count, buf(off + 0, 4))
	tree:add_le(F.xfer_range_byte_offset, buf(off + 4, 4))
	return 8
end

local function dissect_xfer_pages(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "xfer_pages: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.xfer_pages_hdr, buf(off + 0, 16))
		dissect_desc(buf, sub, off + 0, 16)
	end
	tree:add_le(F.xfer_pages_xfer_pageset_id, buf(off + 16, 2))
	tree:add_le(F.xfer_pages_sender_owns_set, buf(off + 18, 1))
	tree:add_le(F.xfer_pages_reserved, buf(off + 19, 1))
	tree:add_le(F.xfer_pages_range_cnt, buf(off + 20, 4))
	local n = buf(off + 20, 4):le_uint()
	if n > 1024 then n = 1024 end
	local pos = 24
	for i = 1, n do
		if pos + 8 > len then break end
		local sub = tree:add(F.xfer_pages_ranges, buf(off + pos, 8))
		sub:append_text(" [" .. (i - 1) .. "]")
		dissect_xfer_range(buf, sub, off + pos, 8)
		pos = pos + 8
	end
	return pos
end

local function dissect_gpa_range(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "gpa_range: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.gpa_range_byte_count, buf(off + 0, 4))
	tree:add_le(F.gpa_range_byte_offset, buf(off + 4, 4))
	local n = math.floor((len - 8) / 8)
	if n > 1024 then n = 1024 end
	local pos = 8
	for i = 1, n do
		if pos + 8 > len then break end
		tree:add_le(F.gpa_range_pfn, buf(off + pos, 8))
		pos = pos + 8
	end
	return pos
end

local function dissect_gpa_direct(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "gpa_direct: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.gpa_direct_hdr, buf(off + 0, 16))
		dissect_desc(buf, sub, off + 0, 16)
	end
	tree:add_le(F.gpa_direct_reserved, buf(off + 16, 4))
	tree:add_le(F.gpa_direct_range_cnt, buf(off + 20, 4))
	local n = buf(off + 20, 4):le_uint()
	if n > 64 then n = 64 end
	local pos = 24
	for i = 1, n do
		if pos + 8 > len then break end
		local bc = buf(off + pos, 4):le_uint()
		local bo = buf(off + pos + 4, 4):le_uint()
		local pages = math.floor((bo + bc + 4095) / 4096)
		local size = 8 + 8 * pages
		if pos + size > len then size = len - pos end
		local r = tree:add(F.gpa_direct_ranges, buf(off + pos, size))
		r:append_text(" [" .. (i - 1) .. "] " .. pages .. " pages")
		r:add_le(F.gpa_direct_ranges_len, buf(off + pos, 4))
		r:add_le(F.gpa_direct_ranges_off, buf(off + pos + 4, 4))
		pos = pos + 8
		for k = 1, pages do
			if pos + 8 > len then break end
			r:add_le(F.gpa_direct_ranges_pfn, buf(off + pos, 8))
			pos = pos + 8
		end
	end
	return pos
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("VMRING")
	local t = tree:add(proto, buf())
	if len < 2 then return end
	local ty = buf(0, 2):le_uint()
	if ty == 6 then
		pinfo.cols.info:append("DATA_INBAND ")
		t:append_text(", DATA_INBAND")
		dissect_inband(buf, t, 0, len)
	elseif ty == 7 then
		pinfo.cols.info:append("DATA_USING_XFER_PAGES ")
		t:append_text(", DATA_USING_XFER_PAGES")
		dissect_xfer_pages(buf, t, 0, len)
	elseif ty == 9 then
		pinfo.cols.info:append("DATA_USING_GPA_DIRECT ")
		t:append_text(", DATA_USING_GPA_DIRECT")
		dissect_gpa_direct(buf, t, 0, len)
	elseif ty == 11 then
		pinfo.cols.info:append("COMP ")
		t:append_text(", COMP")
		dissect_inband(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
