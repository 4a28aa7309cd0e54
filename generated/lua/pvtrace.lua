-- DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py.
-- Wireshark dissector for paravisor trace record.
-- Load only this file (tshark -X lua_script:pvtrace.lua): it loads the
-- other protocol dissectors that sit beside it.

local proto = Proto("pv_pvtrace", "paravisor trace record")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.record_version = ProtoField.uint8("pv_pvtrace.record.version", "version", base.DEC, nil)
F.record_proto = ProtoField.uint8("pv_pvtrace.record.proto", "proto", base.DEC, {[1] = "VMBUS", [2] = "VMRING", [3] = "STORVSC", [4] = "NVSP", [5] = "RNDIS", [6] = "NVME", [7] = "MANA"})
F.record_dir = ProtoField.uint8("pv_pvtrace.record.dir", "dir", base.DEC, {[1] = "TO_HOST", [2] = "TO_GUEST", [3] = "TO_DEVICE", [4] = "FROM_DEVICE"})
F.record_flags = ProtoField.uint8("pv_pvtrace.record.flags", "flags", base.HEX, nil)
F.record_channel = ProtoField.uint32("pv_pvtrace.record.channel", "channel", base.DEC, nil)
F.record_trans_id = ProtoField.uint64("pv_pvtrace.record.trans_id", "trans_id", base.HEX, nil)
F.record_payload_len = ProtoField.uint32("pv_pvtrace.record.payload_len", "payload_len", base.DEC, nil)
F.record_reserved = ProtoField.uint32("pv_pvtrace.record.reserved", "reserved", base.DEC, nil)
proto.fields = {
	F.record_version,
	F.record_proto,
	F.record_dir,
	F.record_flags,
	F.record_channel,
	F.record_trans_id,
	F.record_payload_len,
	F.record_reserved,
}

local function dissect_record(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "record: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.record_version, buf(off + 0, 1))
	tree:add_le(F.record_proto, buf(off + 1, 1))
	tree:add_le(F.record_dir, buf(off + 2, 1))
	tree:add_le(F.record_flags, buf(off + 3, 1))
	tree:add_le(F.record_channel, buf(off + 4, 4))
	tree:add_le(F.record_trans_id, buf(off + 8, 8))
	tree:add_le(F.record_payload_len, buf(off + 16, 4))
	tree:add_le(F.record_reserved, buf(off + 20, 4))
	return 24
end

local dispatch, dissectors

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("PVTRACE")
	local t = tree:add(proto, buf())
	local hl = dissect_record(buf, t, 0, len)
	if len <= hl then return end
	local which = buf(1, 1):le_uint()
	local name = dispatch[which]
	local d = name and dissectors[name]
	if d then
		d:call(buf(hl):tvb(), pinfo, tree)
	else
		t:add_expert_info(PI_UNDECODED, PI_NOTE, "no dissector for payload " .. tostring(which))
	end
end

-- payload protocol id -> dissector name (the enum value's name, lower case)
dispatch = {[1] = "vmbus", [2] = "vmring", [3] = "storvsc", [4] = "nvsp", [5] = "rndis", [6] = "nvme", [7] = "mana"}
dissectors = {}
local here = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or ""
for _, name in pairs(dispatch) do
	local path = here .. name .. ".lua"
	local f = io.open(path, "r")
	if f then
		f:close()
		local ok, err = pcall(dofile, path)
		if not ok then
			print("pvtrace: " .. path .. ": " .. tostring(err))
		end
	end
	local ok, d = pcall(Dissector.get, "pv_" .. name)
	if ok and d then
		dissectors[name] = d
	end
end

DissectorTable.get("wtap_encap"):add(wtap.USER0, proto)
