-- DO NOT EDIT: generated from spec/pcitest.yaml by codegen/pvgen.py.
-- Wireshark dissector for PCI test function registers.

local proto = Proto("pv_pcitest", "PCI test function registers")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.regs_id = ProtoField.uint32("pv_pcitest.regs.id", "id", base.DEC, nil)
F.regs_version = ProtoField.uint32("pv_pcitest.regs.version", "version", base.DEC, nil)
F.regs_scratch = ProtoField.uint32("pv_pcitest.regs.scratch", "scratch", base.DEC, nil)
F.regs_reserved = ProtoField.uint32("pv_pcitest.regs.reserved", "reserved", base.DEC, nil)
F.regs_dma_addr = ProtoField.uint64("pv_pcitest.regs.dma_addr", "dma_addr", base.HEX, nil)
F.regs_dma_len = ProtoField.uint32("pv_pcitest.regs.dma_len", "dma_len", base.DEC, nil)
F.regs_pattern = ProtoField.uint32("pv_pcitest.regs.pattern", "pattern", base.DEC, nil)
F.regs_command = ProtoField.uint32("pv_pcitest.regs.command", "command", base.DEC, {[1] = "FILL", [2] = "SUM"})
F.regs_result = ProtoField.uint32("pv_pcitest.regs.result", "result", base.DEC, {[0] = "OK", [1] = "DMA_FAULT", [2] = "BAD_LENGTH", [3] = "BAD_COMMAND", [4294967295] = "NONE"})
F.regs_checksum = ProtoField.uint32("pv_pcitest.regs.checksum", "checksum", base.DEC, nil)
F.regs_irq = ProtoField.uint32("pv_pcitest.regs.irq", "irq", base.DEC, nil)
F.regs_irq_count = ProtoField.uint32("pv_pcitest.regs.irq_count", "irq_count", base.DEC, nil)
proto.fields = {
	F.regs_id,
	F.regs_version,
	F.regs_scratch,
	F.regs_reserved,
	F.regs_dma_addr,
	F.regs_dma_len,
	F.regs_pattern,
	F.regs_command,
	F.regs_result,
	F.regs_checksum,
	F.regs_irq,
	F.regs_irq_count,
}

local function dissect_regs(buf, tree, off, len)
	if len < 52 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "regs: short (" .. len .. " < 52)")
		return len
	end
	tree:add_le(F.regs_id, buf(off + 0, 4))
	tree:add_le(F.regs_version, buf(off + 4, 4))
	tree:add_le(F.regs_scratch, buf(off + 8, 4))
	tree:add_le(F.regs_reserved, buf(off + 12, 4))
	tree:add_le(F.regs_dma_addr, buf(off + 16, 8))
	tree:add_le(F.regs_dma_len, buf(off + 24, 4))
	tree:add_le(F.regs_pattern, buf(off + 28, 4))
	tree:add_le(F.regs_command, buf(off + 32, 4))
	tree:add_le(F.regs_result, buf(off + 36, 4))
	tree:add_le(F.regs_checksum, buf(off + 40, 4))
	tree:add_le(F.regs_irq, buf(off + 44, 4))
	tree:add_le(F.regs_irq_count, buf(off + 48, 4))
	return 52
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("PCITEST")
	local t = tree:add(proto, buf())
	dissect_regs(buf, t, 0, len)
end
