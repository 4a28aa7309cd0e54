-- DO NOT EDIT: generated from spec/pcisock.yaml by codegen/pvgen.py.
-- Wireshark dissector for socket PCI backend.

local proto = Proto("pv_pcisock", "socket PCI backend")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.hdr_type = ProtoField.uint32("pv_pcisock.hdr.type", "type", base.DEC, {[1] = "HELLO", [2] = "BAR_READ", [3] = "BAR_WRITE", [4] = "DMA_MAP", [5] = "DMA_UNMAP", [6] = "IRQ_SET", [7] = "BUS_MASTER", [8] = "RESET", [9] = "STATS", [129] = "HELLO_REPLY", [130] = "READ_REPLY", [131] = "STATUS", [137] = "STATS_REPLY"})
F.hdr_seq = ProtoField.uint32("pv_pcisock.hdr.seq", "seq", base.DEC, nil)
F.hello_hdr = ProtoField.none("pv_pcisock.hello.hdr", "hdr")
F.hello_version = ProtoField.uint32("pv_pcisock.hello.version", "version", base.DEC, nil)
F.hello_reserved = ProtoField.uint32("pv_pcisock.hello.reserved", "reserved", base.DEC, nil)
F.hello_reply_hdr = ProtoField.none("pv_pcisock.hello_reply.hdr", "hdr")
F.hello_reply_version = ProtoField.uint32("pv_pcisock.hello_reply.version", "version", base.DEC, nil)
F.hello_reply_pid = ProtoField.uint32("pv_pcisock.hello_reply.pid", "pid", base.DEC, nil)
F.hello_reply_vendor = ProtoField.uint16("pv_pcisock.hello_reply.vendor", "vendor", base.DEC, nil)
F.hello_reply_device = ProtoField.uint16("pv_pcisock.hello_reply.device", "device", base.DEC, nil)
F.hello_reply_class_code = ProtoField.uint32("pv_pcisock.hello_reply.class_code", "class_code", base.DEC, nil)
F.hello_reply_msix_vectors = ProtoField.uint32("pv_pcisock.hello_reply.msix_vectors", "msix_vectors", base.DEC, nil)
F.hello_reply_reserved = ProtoField.uint32("pv_pcisock.hello_reply.reserved", "reserved", base.DEC, nil)
F.hello_reply_bar_size = ProtoField.uint64("pv_pcisock.hello_reply.bar_size", "bar_size", base.HEX, nil)
F.hello_reply_name = ProtoField.bytes("pv_pcisock.hello_reply.name", "name")
F.bar_read_hdr = ProtoField.none("pv_pcisock.bar_read.hdr", "hdr")
F.bar_read_bar = ProtoField.uint8("pv_pcisock.bar_read.bar", "bar", base.DEC, nil)
F.bar_read_width = ProtoField.uint8("pv_pcisock.bar_read.width", "width", base.DEC, {[4] = "W32", [8] = "W64"})
F.bar_read_reserved = ProtoField.uint16("pv_pcisock.bar_read.reserved", "reserved", base.DEC, nil)
F.bar_read_reserved2 = ProtoField.uint32("pv_pcisock.bar_read.reserved2", "reserved2", base.DEC, nil)
F.bar_read_offset = ProtoField.uint64("pv_pcisock.bar_read.offset", "offset", base.HEX, nil)
F.read_reply_hdr = ProtoField.none("pv_pcisock.read_reply.hdr", "hdr")
F.read_reply_status = ProtoField.int32("pv_pcisock.read_reply.status", "status", base.DEC, nil)
F.read_reply_reserved = ProtoField.uint32("pv_pcisock.read_reply.reserved", "reserved", base.DEC, nil)
F.read_reply_value = ProtoField.uint64("pv_pcisock.read_reply.value", "value", base.HEX, nil)
F.bar_write_hdr = ProtoField.none("pv_pcisock.bar_write.hdr", "hdr")
F.bar_write_bar = ProtoField.uint8("pv_pcisock.bar_write.bar", "bar", base.DEC, nil)
F.bar_write_width = ProtoField.uint8("pv_pcisock.bar_write.width", "width", base.DEC, {[4] = "W32", [8] = "W64"})
F.bar_write_reserved = ProtoField.uint16("pv_pcisock.bar_write.reserved", "reserved", base.DEC, nil)
F.bar_write_reserved2 = ProtoField.uint32("pv_pcisock.bar_write.reserved2", "reserved2", base.DEC, nil)
F.bar_write_offset = ProtoField.uint64("pv_pcisock.bar_write.offset", "offset", base.HEX, nil)
F.bar_write_value = ProtoField.uint64("pv_pcisock.bar_write.value", "value", base.HEX, nil)
F.dma_map_hdr = ProtoField.none("pv_pcisock.dma_map.hdr", "hdr")
F.dma_map_iova = ProtoField.uint64("pv_pcisock.dma_map.iova", "iova", base.HEX, nil)
F.dma_map_len = ProtoField.uint64("pv_pcisock.dma_map.len", "len", base.HEX, nil)
F.dma_map_fd_offset = ProtoField.uint64("pv_pcisock.dma_map.fd_offset", "fd_offset", base.HEX, nil)
F.dma_unmap_hdr = ProtoField.none("pv_pcisock.dma_unmap.hdr", "hdr")
F.dma_unmap_iova = ProtoField.uint64("pv_pcisock.dma_unmap.iova", "iova", base.HEX, nil)
F.dma_unmap_len = ProtoField.uint64("pv_pcisock.dma_unmap.len", "len", base.HEX, nil)
F.irq_set_hdr = ProtoField.none("pv_pcisock.irq_set.hdr", "hdr")
F.irq_set_vector = ProtoField.uint32("pv_pcisock.irq_set.vector", "vector", base.DEC, nil)
F.irq_set_flags = ProtoField.uint32("pv_pcisock.irq_set.flags", "flags", base.HEX, nil)
F.bus_master_hdr = ProtoField.none("pv_pcisock.bus_master.hdr", "hdr")
F.bus_master_enable = ProtoField.uint32("pv_pcisock.bus_master.enable", "enable", base.DEC, nil)
F.bus_master_reserved = ProtoField.uint32("pv_pcisock.bus_master.reserved", "reserved", base.DEC, nil)
F.bare_hdr = ProtoField.none("pv_pcisock.bare.hdr", "hdr")
F.status_hdr = ProtoField.none("pv_pcisock.status.hdr", "hdr")
F.status_status = ProtoField.int32("pv_pcisock.status.status", "status", base.DEC, nil)
F.status_reserved = ProtoField.uint32("pv_pcisock.status.reserved", "reserved", base.DEC, nil)
F.stats_reply_hdr = ProtoField.none("pv_pcisock.stats_reply.hdr", "hdr")
F.stats_reply_status = ProtoField.int32("pv_pcisock.stats_reply.status", "status", base.DEC, nil)
F.stats_reply_maps = ProtoField.uint32("pv_pcisock.stats_reply.maps", "maps", base.DEC, nil)
F.stats_reply_enables = ProtoField.uint64("pv_pcisock.stats_reply.enables", "enables", base.HEX, nil)
F.stats_reply_resets = ProtoField.uint64("pv_pcisock.stats_reply.resets", "resets", base.HEX, nil)
F.stats_reply_admin_commands = ProtoField.uint64("pv_pcisock.stats_reply.admin_commands", "admin_commands", base.HEX, nil)
F.stats_reply_io_commands = ProtoField.uint64("pv_pcisock.stats_reply.io_commands", "io_commands", base.HEX, nil)
F.stats_reply_completions = ProtoField.uint64("pv_pcisock.stats_reply.completions", "completions", base.HEX, nil)
F.stats_reply_dma_faults = ProtoField.uint64("pv_pcisock.stats_reply.dma_faults", "dma_faults", base.HEX, nil)
F.stats_reply_irqs = ProtoField.uint64("pv_pcisock.stats_reply.irqs", "irqs", base.HEX, nil)
F.stats_reply_irqs_dropped = ProtoField.uint64("pv_pcisock.stats_reply.irqs_dropped", "irqs_dropped", base.HEX, nil)
F.stats_reply_requests = ProtoField.uint64("pv_pcisock.stats_reply.requests", "requests", base.HEX, nil)
F.stats_reply_bad_requests = ProtoField.uint64("pv_pcisock.stats_reply.bad_requests", "bad_requests", base.HEX, nil)
proto.fields = {
	F.hdr_type,
	F.hdr_seq,
	F.hello_hdr,
	F.hello_version,
	F.hello_reserved,
	F.hello_reply_hdr,
	F.hello_reply_version,
	F.hello_reply_pid,
	F.hello_reply_vendor,
	F.hello_reply_device,
	F.hello_reply_class_code,
	F.hello_reply_msix_vectors,
	F.hello_reply_reserved,
	F.hello_reply_bar_size,
	F.hello_reply_name,
	F.bar_read_hdr,
	F.bar_read_bar,
	F.bar_read_width,
	F.bar_read_reserved,
	F.bar_read_reserved2,
	F.bar_read_offset,
	F.read_reply_hdr,
	F.read_reply_status,
	F.read_reply_reserved,
	F.read_reply_value,
	F.bar_write_hdr,
	F.bar_write_bar,
	F.bar_write_width,
	F.bar_write_reserved,
	F.bar_write_reserved2,
	F.bar_write_offset,
	F.bar_write_value,
	F.dma_map_hdr,
	F.dma_map_iova,
	F.dma_map_len,
	F.dma_map_fd_offset,
	F.dma_unmap_hdr,
	F.dma_unmap_iova,
	F.dma_unmap_len,
	F.irq_set_hdr,
	F.irq_set_vector,
	F.irq_set_flags,
	F.bus_master_hdr,
	F.bus_master_enable,
	F.bus_master_reserved,
	F.bare_hdr,
	F.status_hdr,
	F.status_status,
	F.status_reserved,
	F.stats_reply_hdr,
	F.stats_reply_status,
	F.stats_reply_maps,
	F.stats_reply_enables,
	F.stats_reply_resets,
	F.stats_reply_admin_commands,
	F.stats_reply_io_commands,
	F.stats_reply_completions,
	F.stats_reply_dma_faults,
	F.stats_reply_irqs,
	F.stats_reply_irqs_dropped,
	F.stats_reply_requests,
	F.stats_reply_bad_requests,
}

local function dissect_hdr(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "hdr: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.hdr_type, buf(off + 0, 4))
	tree:add_le(F.hdr_seq, buf(off + 4, 4))
	return 8
end

local function dissect_hello(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "hello: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.hello_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.hello_version, buf(off + 8, 4))
	tree:add_le(F.hello_reserved, buf(off + 12, 4))
	return 16
end

local function dissect_hello_reply(buf, tree, off, len)
	if len < 112 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "hello_reply: short (" .. len .. " < 112)")
		return len
	end
	do
		local sub = tree:add(F.hello_reply_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.hello_reply_version, buf(off + 8, 4))
	tree:add_le(F.hello_reply_pid, buf(off + 12, 4))
	tree:add_le(F.hello_reply_vendor, buf(off + 16, 2))
	tree:add_le(F.hello_reply_device, buf(off + 18, 2))
	tree:add_le(F.hello_reply_class_code, buf(off + 20, 4))
	tree:add_le(F.hello_reply_msix_vectors, buf(off + 24, 4))
	tree:add_le(F.hello_reply_reserved, buf(off + 28, 4))
	tree:add_le(F.hello_reply_bar_size, buf(off + 32, 8))
	tree:add_le(F.hello_reply_bar_size, buf(off + 40, 8))
	tree:add_le(F.hello_reply_bar_size, buf(off + 48, 8))
	tree:add_le(F.hello_reply_bar_size, buf(off + 56, 8))
	tree:add_le(F.hello_reply_bar_size, buf(off + 64, 8))
	tree:add_le(F.hello_reply_bar_size, buf(off + 72, 8))
	tree:add_le(F.hello_reply_name, buf(off + 80, 32))
	return 112
end

local function dissect_bar_read(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "bar_read: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.bar_read_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.bar_read_bar, buf(off + 8, 1))
	tree:add_le(F.bar_read_width, buf(off + 9, 1))
	tree:add_le(F.bar_read_reserved, buf(off + 10, 2))
	tree:add_le(F.bar_read_reserved2, buf(off + 12, 4))
	tree:add_le(F.bar_read_offset, buf(off + 16, 8))
	return 24
end

local function dissect_read_reply(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "read_reply: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.read_reply_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.read_reply_status, buf(off + 8, 4))
	tree:add_le(F.read_reply_reserved, buf(off + 12, 4))
	tree:add_le(F.read_reply_value, buf(off + 16, 8))
	return 24
end

local function dissect_bar_write(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "bar_write: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.bar_write_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.bar_write_bar, buf(off + 8, 1))
	tree:add_le(F.bar_write_width, buf(off + 9, 1))
	tree:add_le(F.bar_write_reserved, buf(off + 10, 2))
	tree:add_le(F.bar_write_reserved2, buf(off + 12, 4))
	tree:add_le(F.bar_write_offset, buf(off + 16, 8))
	tree:add_le(F.bar_write_value, buf(off + 24, 8))
	return 32
end

local function dissect_dma_map(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "dma_map: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.dma_map_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.dma_map_iova, buf(off + 8, 8))
	tree:add_le(F.dma_map_len, buf(off + 16, 8))
	tree:add_le(F.dma_map_fd_offset, buf(off + 24, 8))
	return 32
end

local function dissect_dma_unmap(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "dma_unmap: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.dma_unmap_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.dma_unmap_iova, buf(off + 8, 8))
	tree:add_le(F.dma_unmap_len, buf(off + 16, 8))
	return 24
end

local function dissect_irq_set(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "irq_set: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.irq_set_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.irq_set_vector, buf(off + 8, 4))
	tree:add_le(F.irq_set_flags, buf(off + 12, 4))
	return 16
end

local function dissect_bus_master(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "bus_master: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.bus_master_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.bus_master_enable, buf(off + 8, 4))
	tree:add_le(F.bus_master_reserved, buf(off + 12, 4))
	return 16
end

local function dissect_bare(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "bare: short (" .. len .. " < 8)")
		return len
	end
	do
		local sub = tree:add(F.bare_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	return 8
end

local function dissect_status(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "status: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.status_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.status_status, buf(off + 8, 4))
	tree:add_le(F.status_reserved, buf(off + 12, 4))
	return 16
end

local function dissect_stats_reply(buf, tree, off, len)
	if len < 96 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "stats_reply: short (" .. len .. " < 96)")
		return len
	end
	do
		local sub = tree:add(F.stats_reply_hdr, buf(off + 0, 8))
		dissect_hdr(buf, sub, off + 0, 8)
	end
	tree:add_le(F.stats_reply_status, buf(off + 8, 4))
	tree:add_le(F.stats_reply_maps, buf(off + 12, 4))
	tree:add_le(F.stats_reply_enables, buf(off + 16, 8))
	tree:add_le(F.stats_reply_resets, buf(off + 24, 8))
	tree:add_le(F.stats_reply_admin_commands, buf(off + 32, 8))
	tree:add_le(F.stats_reply_io_commands, buf(off + 40, 8))
	tree:add_le(F.stats_reply_completions, buf(off + 48, 8))
	tree:add_le(F.stats_reply_dma_faults, buf(off + 56, 8))
	tree:add_le(F.stats_reply_irqs, buf(off + 64, 8))
	tree:add_le(F.stats_reply_irqs_dropped, buf(off + 72, 8))
	tree:add_le(F.stats_reply_requests, buf(off + 80, 8))
	tree:add_le(F.stats_reply_bad_requests, buf(off + 88, 8))
	return 96
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("PCISOCK")
	local t = tree:add(proto, buf())
	if len < 4 then return end
	local ty = buf(0, 4):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("HELLO ")
		t:append_text(", HELLO")
		dissect_hello(buf, t, 0, len)
	elseif ty == 2 then
		pinfo.cols.info:append("BAR_READ ")
		t:append_text(", BAR_READ")
		dissect_bar_read(buf, t, 0, len)
	elseif ty == 3 then
		pinfo.cols.info:append("BAR_WRITE ")
		t:append_text(", BAR_WRITE")
		dissect_bar_write(buf, t, 0, len)
	elseif ty == 4 then
		pinfo.cols.info:append("DMA_MAP ")
		t:append_text(", DMA_MAP")
		dissect_dma_map(buf, t, 0, len)
	elseif ty == 5 then
		pinfo.cols.info:append("DMA_UNMAP ")
		t:append_text(", DMA_UNMAP")
		dissect_dma_unmap(buf, t, 0, len)
	elseif ty == 6 then
		pinfo.cols.info:append("IRQ_SET ")
		t:append_text(", IRQ_SET")
		dissect_irq_set(buf, t, 0, len)
	elseif ty == 7 then
		pinfo.cols.info:append("BUS_MASTER ")
		t:append_text(", BUS_MASTER")
		dissect_bus_master(buf, t, 0, len)
	elseif ty == 8 then
		pinfo.cols.info:append("RESET ")
		t:append_text(", RESET")
		dissect_bare(buf, t, 0, len)
	elseif ty == 9 then
		pinfo.cols.info:append("STATS ")
		t:append_text(", STATS")
		dissect_bare(buf, t, 0, len)
	elseif ty == 129 then
		pinfo.cols.info:append("HELLO_REPLY ")
		t:append_text(", HELLO_REPLY")
		dissect_hello_reply(buf, t, 0, len)
	elseif ty == 130 then
		pinfo.cols.info:append("READ_REPLY ")
		t:append_text(", READ_REPLY")
		dissect_read_reply(buf, t, 0, len)
	elseif ty == 131 then
		pinfo.cols.info:append("STATUS ")
		t:append_text(", STATUS")
		dissect_status(buf, t, 0, len)
	elseif ty == 137 then
		pinfo.cols.info:append("STATS_REPLY ")
		t:append_text(", STATS_REPLY")
		dissect_stats_reply(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
