-- DO NOT EDIT: generated from spec/nvm.yaml by codegen/pvgen.py.
-- Wireshark dissector for NVM Express NVM command set (I/O commands).

local proto = Proto("pv_nvm", "NVM Express NVM command set (I/O commands)")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.sqe_hdr_opcode = ProtoField.uint8("pv_nvm.sqe_hdr.opcode", "opcode", base.DEC, nil)
F.sqe_hdr_flags = ProtoField.uint8("pv_nvm.sqe_hdr.flags", "flags", base.DEC, nil)
F.sqe_hdr_flags_fuse = ProtoField.uint32("pv_nvm.sqe_hdr.fuse", "fuse", base.DEC, nil)
F.sqe_hdr_flags_psdt = ProtoField.uint32("pv_nvm.sqe_hdr.psdt", "psdt", base.DEC, nil)
F.sqe_hdr_cid = ProtoField.uint16("pv_nvm.sqe_hdr.cid", "cid", base.DEC, nil)
F.sqe_hdr_nsid = ProtoField.uint32("pv_nvm.sqe_hdr.nsid", "nsid", base.DEC, nil)
F.sqe_hdr_cdw2 = ProtoField.uint32("pv_nvm.sqe_hdr.cdw2", "cdw2", base.DEC, nil)
F.sqe_hdr_cdw3 = ProtoField.uint32("pv_nvm.sqe_hdr.cdw3", "cdw3", base.DEC, nil)
F.sqe_hdr_mptr = ProtoField.uint64("pv_nvm.sqe_hdr.mptr", "mptr", base.HEX, nil)
F.sqe_hdr_prp1 = ProtoField.uint64("pv_nvm.sqe_hdr.prp1", "prp1", base.HEX, nil)
F.sqe_hdr_prp2 = ProtoField.uint64("pv_nvm.sqe_hdr.prp2", "prp2", base.HEX, nil)
F.rw_hdr = ProtoField.none("pv_nvm.rw.hdr", "hdr")
F.rw_slba = ProtoField.uint64("pv_nvm.rw.slba", "slba", base.HEX, nil)
F.rw_cdw12 = ProtoField.uint32("pv_nvm.rw.cdw12", "cdw12", base.DEC, nil)
F.rw_cdw12_nlb = ProtoField.uint32("pv_nvm.rw.nlb", "nlb", base.DEC, nil)
F.rw_cdw12_dtype = ProtoField.uint32("pv_nvm.rw.dtype", "dtype", base.DEC, nil)
F.rw_cdw12_stc = ProtoField.uint32("pv_nvm.rw.stc", "stc", base.DEC, nil)
F.rw_cdw12_prinfo = ProtoField.uint32("pv_nvm.rw.prinfo", "prinfo", base.DEC, nil)
F.rw_cdw12_fua = ProtoField.uint32("pv_nvm.rw.fua", "fua", base.DEC, nil)
F.rw_cdw12_lr = ProtoField.uint32("pv_nvm.rw.lr", "lr", base.DEC, nil)
F.rw_cdw13 = ProtoField.uint32("pv_nvm.rw.cdw13", "cdw13", base.DEC, nil)
F.rw_cdw13_dsm = ProtoField.uint32("pv_nvm.rw.dsm", "dsm", base.DEC, nil)
F.rw_cdw13_dspec = ProtoField.uint32("pv_nvm.rw.dspec", "dspec", base.DEC, nil)
F.rw_eilbrt = ProtoField.uint32("pv_nvm.rw.eilbrt", "eilbrt", base.DEC, nil)
F.rw_cdw15 = ProtoField.uint32("pv_nvm.rw.cdw15", "cdw15", base.DEC, nil)
F.rw_cdw15_elbat = ProtoField.uint32("pv_nvm.rw.elbat", "elbat", base.DEC, nil)
F.rw_cdw15_elbatm = ProtoField.uint32("pv_nvm.rw.elbatm", "elbatm", base.DEC, nil)
F.write_zeroes_hdr = ProtoField.none("pv_nvm.write_zeroes.hdr", "hdr")
F.write_zeroes_slba = ProtoField.uint64("pv_nvm.write_zeroes.slba", "slba", base.HEX, nil)
F.write_zeroes_cdw12 = ProtoField.uint32("pv_nvm.write_zeroes.cdw12", "cdw12", base.DEC, nil)
F.write_zeroes_cdw12_nlb = ProtoField.uint32("pv_nvm.write_zeroes.nlb", "nlb", base.DEC, nil)
F.write_zeroes_cdw12_dtype = ProtoField.uint32("pv_nvm.write_zeroes.dtype", "dtype", base.DEC, nil)
F.write_zeroes_cdw12_stc = ProtoField.uint32("pv_nvm.write_zeroes.stc", "stc", base.DEC, nil)
F.write_zeroes_cdw12_deac = ProtoField.uint32("pv_nvm.write_zeroes.deac", "deac", base.DEC, nil)
F.write_zeroes_cdw12_prinfo = ProtoField.uint32("pv_nvm.write_zeroes.prinfo", "prinfo", base.DEC, nil)
F.write_zeroes_cdw12_fua = ProtoField.uint32("pv_nvm.write_zeroes.fua", "fua", base.DEC, nil)
F.write_zeroes_cdw12_lr = ProtoField.uint32("pv_nvm.write_zeroes.lr", "lr", base.DEC, nil)
F.write_zeroes_cdw13 = ProtoField.uint32("pv_nvm.write_zeroes.cdw13", "cdw13", base.DEC, nil)
F.write_zeroes_eilbrt = ProtoField.uint32("pv_nvm.write_zeroes.eilbrt", "eilbrt", base.DEC, nil)
F.write_zeroes_cdw15 = ProtoField.uint32("pv_nvm.write_zeroes.cdw15", "cdw15", base.DEC, nil)
F.dsm_hdr = ProtoField.none("pv_nvm.dsm.hdr", "hdr")
F.dsm_cdw10 = ProtoField.uint32("pv_nvm.dsm.cdw10", "cdw10", base.DEC, nil)
F.dsm_cdw10_nr = ProtoField.uint32("pv_nvm.dsm.nr", "nr", base.DEC, nil)
F.dsm_cdw11 = ProtoField.uint32("pv_nvm.dsm.cdw11", "cdw11", base.DEC, nil)
F.dsm_cdw11_idr = ProtoField.uint32("pv_nvm.dsm.idr", "idr", base.DEC, nil)
F.dsm_cdw11_idw = ProtoField.uint32("pv_nvm.dsm.idw", "idw", base.DEC, nil)
F.dsm_cdw11_ad = ProtoField.uint32("pv_nvm.dsm.ad", "ad", base.DEC, nil)
F.dsm_cdw12 = ProtoField.uint32("pv_nvm.dsm.cdw12", "cdw12", base.DEC, nil)
F.flush_hdr = ProtoField.none("pv_nvm.flush.hdr", "hdr")
F.flush_cdw10 = ProtoField.uint32("pv_nvm.flush.cdw10", "cdw10", base.DEC, nil)
F.dsm_range_cattr = ProtoField.uint32("pv_nvm.dsm_range.cattr", "cattr", base.DEC, nil)
F.dsm_range_nlb = ProtoField.uint32("pv_nvm.dsm_range.nlb", "nlb", base.DEC, nil)
F.dsm_range_slba = ProtoField.uint64("pv_nvm.dsm_range.slba", "slba", base.HEX, nil)
proto.fields = {
	F.sqe_hdr_opcode,
	F.sqe_hdr_flags,
	F.sqe_hdr_flags_fuse,
	F.sqe_hdr_flags_psdt,
	F.sqe_hdr_cid,
	F.sqe_hdr_nsid,
	F.sqe_hdr_cdw2,
	F.sqe_hdr_cdw3,
	F.sqe_hdr_mptr,
	F.sqe_hdr_prp1,
	F.sqe_hdr_prp2,
	F.rw_hdr,
	F.rw_slba,
	F.rw_cdw12,
	F.rw_cdw12_nlb,
	F.rw_cdw12_dtype,
	F.rw_cdw12_stc,
	F.rw_cdw12_prinfo,
	F.rw_cdw12_fua,
	F.rw_cdw12_lr,
	F.rw_cdw13,
	F.rw_cdw13_dsm,
	F.rw_cdw13_dspec,
	F.rw_eilbrt,
	F.rw_cdw15,
	F.rw_cdw15_elbat,
	F.rw_cdw15_elbatm,
	F.write_zeroes_hdr,
	F.write_zeroes_slba,
	F.write_zeroes_cdw12,
	F.write_zeroes_cdw12_nlb,
	F.write_zeroes_cdw12_dtype,
	F.write_zeroes_cdw12_stc,
	F.write_zeroes_cdw12_deac,
	F.write_zeroes_cdw12_prinfo,
	F.write_zeroes_cdw12_fua,
	F.write_zeroes_cdw12_lr,
	F.write_zeroes_cdw13,
	F.write_zeroes_eilbrt,
	F.write_zeroes_cdw15,
	F.dsm_hdr,
	F.dsm_cdw10,
	F.dsm_cdw10_nr,
	F.dsm_cdw11,
	F.dsm_cdw11_idr,
	F.dsm_cdw11_idw,
	F.dsm_cdw11_ad,
	F.dsm_cdw12,
	F.flush_hdr,
	F.flush_cdw10,
	F.dsm_range_cattr,
	F.dsm_range_nlb,
	F.dsm_range_slba,
}

local function dissect_sqe_hdr(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sqe_hdr: short (" .. len .. " < 40)")
		return len
	end
	tree:add_le(F.sqe_hdr_opcode, buf(off + 0, 1))
	tree:add_le(F.sqe_hdr_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.sqe_hdr_flags_fuse, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x3))
		tree:add(F.sqe_hdr_flags_psdt, buf(off + 1, 1), bit.band(bit.rshift(v, 6), 0x3))
	end
	tree:add_le(F.sqe_hdr_cid, buf(off + 2, 2))
	tree:add_le(F.sqe_hdr_nsid, buf(off + 4, 4))
	tree:add_le(F.sqe_hdr_cdw2, buf(off + 8, 4))
	tree:add_le(F.sqe_hdr_cdw3, buf(off + 12, 4))
	tree:add_le(F.sqe_hdr_mptr, buf(off + 16, 8))
	tree:add_le(F.sqe_hdr_prp1, buf(off + 24, 8))
	tree:add_le(F.sqe_hdr_prp2, buf(off + 32, 8))
	return 40
end

local function dissect_rw(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "rw: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.rw_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.rw_slba, buf(off + 40, 8))
	tree:add_le(F.rw_cdw12, buf(off + 48, 4))
	do
		local v = buf(off + 48, 4):le_uint()
		tree:add(F.rw_cdw12_nlb, buf(off + 48, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.rw_cdw12_dtype, buf(off + 48, 4), bit.band(bit.rshift(v, 20), 0xf))
		tree:add(F.rw_cdw12_stc, buf(off + 48, 4), bit.band(bit.rshift(v, 24), 0x1))
		tree:add(F.rw_cdw12_prinfo, buf(off + 48, 4), bit.band(bit.rshift(v, 26), 0xf))
		tree:add(F.rw_cdw12_fua, buf(off + 48, 4), bit.band(bit.rshift(v, 30), 0x1))
		tree:add(F.rw_cdw12_lr, buf(off + 48, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	tree:add_le(F.rw_cdw13, buf(off + 52, 4))
	do
		local v = buf(off + 52, 4):le_uint()
		tree:add(F.rw_cdw13_dsm, buf(off + 52, 4), bit.band(bit.rshift(v, 0), 0xff))
		tree:add(F.rw_cdw13_dspec, buf(off + 52, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.rw_eilbrt, buf(off + 56, 4))
	tree:add_le(F.rw_cdw15, buf(off + 60, 4))
	do
		local v = buf(off + 60, 4):le_uint()
		tree:add(F.rw_cdw15_elbat, buf(off + 60, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.rw_cdw15_elbatm, buf(off + 60, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	return 64
end

local function dissect_write_zeroes(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "write_zeroes: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.write_zeroes_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.write_zeroes_slba, buf(off + 40, 8))
	tree:add_le(F.write_zeroes_cdw12, buf(off + 48, 4))
	do
		local v = buf(off + 48, 4):le_uint()
		tree:add(F.write_zeroes_cdw12_nlb, buf(off + 48, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.write_zeroes_cdw12_dtype, buf(off + 48, 4), bit.band(bit.rshift(v, 20), 0xf))
		tree:add(F.write_zeroes_cdw12_stc, buf(off + 48, 4), bit.band(bit.rshift(v, 24), 0x1))
		tree:add(F.write_zeroes_cdw12_deac, buf(off + 48, 4), bit.band(bit.rshift(v, 25), 0x1))
		tree:add(F.write_zeroes_cdw12_prinfo, buf(off + 48, 4), bit.band(bit.rshift(v, 26), 0xf))
		tree:add(F.write_zeroes_cdw12_fua, buf(off + 48, 4), bit.band(bit.rshift(v, 30), 0x1))
		tree:add(F.write_zeroes_cdw12_lr, buf(off + 48, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	tree:add_le(F.write_zeroes_cdw13, buf(off + 52, 4))
	tree:add_le(F.write_zeroes_eilbrt, buf(off + 56, 4))
	tree:add_le(F.write_zeroes_cdw15, buf(off + 60, 4))
	return 64
end

local function dissect_dsm(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "dsm: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.dsm_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.dsm_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.dsm_cdw10_nr, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xff))
	end
	tree:add_le(F.dsm_cdw11, buf(off + 44, 4))
	do
		local v = buf(off + 44, 4):le_uint()
		tree:add(F.dsm_cdw11_idr, buf(off + 44, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.dsm_cdw11_idw, buf(off + 44, 4), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.dsm_cdw11_ad, buf(off + 44, 4), bit.band(bit.rshift(v, 2), 0x1))
	end
	tree:add_le(F.dsm_cdw12, buf(off + 48, 4))
	tree:add_le(F.dsm_cdw12, buf(off + 52, 4))
	tree:add_le(F.dsm_cdw12, buf(off + 56, 4))
	tree:add_le(F.dsm_cdw12, buf(off + 60, 4))
	return 64
end

local function dissect_flush(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "flush: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.flush_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.flush_cdw10, buf(off + 40, 4))
	tree:add_le(F.flush_cdw10, buf(off + 44, 4))
	tree:add_le(F.flush_cdw10, buf(off + 48, 4))
	tree:add_le(F.flush_cdw10, buf(off + 52, 4))
	tree:add_le(F.flush_cdw10, buf(off + 56, 4))
	tree:add_le(F.flush_cdw10, buf(off + 60, 4))
	return 64
end

local function dissect_dsm_range(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "dsm_range: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.dsm_range_cattr, buf(off + 0, 4))
	tree:add_le(F.dsm_range_nlb, buf(off + 4, 4))
	tree:add_le(F.dsm_range_slba, buf(off + 8, 8))
	return 16
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("NVM")
	local t = tree:add(proto, buf())
	if len < 1 then return end
	local ty = buf(0, 1):le_uint()
	if ty == 0 then
		pinfo.cols.info:append("FLUSH ")
		t:append_text(", FLUSH")
		dissect_flush(buf, t, 0, len)
	elseif ty == 1 then
		pinfo.cols.info:append("WRITE ")
		t:append_text(", WRITE")
		dissect_rw(buf, t, 0, len)
	elseif ty == 2 then
		pinfo.cols.info:append("READ ")
		t:append_text(", READ")
		dissect_rw(buf, t, 0, len)
	elseif ty == 5 then
		pinfo.cols.info:append("COMPARE ")
		t:append_text(", COMPARE")
		dissect_rw(buf, t, 0, len)
	elseif ty == 8 then
		pinfo.cols.info:append("WRITE_ZEROES ")
		t:append_text(", WRITE_ZEROES")
		dissect_write_zeroes(buf, t, 0, len)
	elseif ty == 9 then
		pinfo.cols.info:append("DATASET_MANAGEMENT ")
		t:append_text(", DATASET_MANAGEMENT")
		dissect_dsm(buf, t, 0, len)
	elseif ty == 12 then
		pinfo.cols.info:append("VERIFY ")
		t:append_text(", VERIFY")
		dissect_rw(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
