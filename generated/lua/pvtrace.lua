-- DO NOT EDIT: generated from spec/pvtrace.yaml by codegen/pvgen.py.
-- Wireshark dissector for paravisor trace record.
-- Load only this file (tshark -X lua_script:pvtrace.lua): it loads the
-- other protocol dissectors that sit beside it.

local proto = Proto("pv_pvtrace", "paravisor trace record")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.record_version = ProtoField.uint8("pv_pvtrace.record.version", "version", base.DEC, nil)
F.record_proto = ProtoField.uint8("pv_pvtrace.record.proto", "proto", base.DEC, {[1] = "VMBUS", [2] = "VMRING", [3] = "STORVSC", [4] = "NVSP", [5] = "RNDIS", [6] = "NVME", [7] = "MANA", [8] = "NVM", [9] = "GDMA"})
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

-- VMBus class (OFFERCHANNEL if_type) -> protocol of the channel's ring packets (vmbus_class in spec/*.yaml)
local classes = {["f8615163-df3e-46c5-913f-f2d2f965ed0e"] = "nvsp", ["ba6163d9-04a1-4d29-b605-72e2ffb1dc7f"] = "storvsc", ["32412632-86cb-44a2-9b5c-50d1417354f5"] = "storvsc"}
-- relid -> protocol, learned from the offers seen so far: an offer precedes its
-- channel's packets, so one pass is enough
local chan_proto = {}
-- each class protocol's message type field {offset, size}, to remember requests
local typefield = {nvsp = {0, 4}, storvsc = {0, 4}}
-- "relid:trans_id" -> type of the guest request waiting for its answer;
-- frame number -> the request type a host packet answers (kept for re-dissection)
local pending, answers = {}, {}

function proto.init()
	chan_proto = {}
	pending, answers = {}, {}
end

local function guid_str(r)
	return string.format("%08x-%04x-%04x-%s-%s", r:range(0, 4):le_uint(), r:range(4, 2):le_uint(),
		r:range(6, 2):le_uint(), r:range(8, 2):bytes():tohex():lower(),
		r:range(10, 6):bytes():tohex():lower())
end

local function learn_offer(buf, hl, len)
	if len < hl + 196 then return end
	if buf(hl + 0, 4):le_uint() ~= 1 then return end
	local p = classes[guid_str(buf(hl + 8, 16))]
	local relid = buf(hl + 184, 4):le_uint()
	chan_proto[relid] = p or false
end

-- a trace whose offers were filtered out still names the class in its interface description
local ok_ifdesc, f_ifdesc = pcall(Field.new, "frame.interface_description")
local function class_from_interface()
	if not ok_ifdesc then return nil end
	local fi = f_ifdesc()
	if not fi then return nil end
	local g = tostring(fi.value):match("class (%x+%-%x+%-%x+%-%x+%-%x+)")
	return g and classes[g:lower()]
end

-- the payload after the descriptor (and after a type-7 transfer-page header or
-- type-9 GPA ranges: desc.offset8 counts 8-byte units from the packet's start)
local function ring_payload(buf, pinfo, tree, t, hl, len)
	if len < hl + 4 then return end
	local chan = buf(4, 4):le_uint()
	-- false: offered with a class no spec claims (echo): the payload stays bytes
	local name = chan_proto[chan]
	if name == nil then name = class_from_interface() end
	if name == nil then
		t:add_expert_info(PI_UNDECODED, PI_NOTE, "ring payload not decoded: channel " .. chan .. " has no known class")
	end
	if not name then return end
	local d = dissectors[name]
	if not d then return end
	local o8 = buf(hl + 2, 2):le_uint()
	if o8 < 2 then return end
	local po = hl + o8 * 8
	if po >= len then return end
	-- a host packet with the transaction id of a pending guest request answers it
	local key = chan .. ":" .. tostring(buf(8, 8):le_uint64())
	if not pinfo.visited then
		local tf = typefield[name]
		if pinfo.private.pv_dir == "to_host" then
			if tf and po + tf[1] + tf[2] <= len then pending[key] = buf(po + tf[1], tf[2]):le_uint() end
		else
			answers[pinfo.number] = pending[key]
		end
	end
	local rq = answers[pinfo.number]
	if rq then pinfo.private.pv_request = tostring(rq) end
	d:call(buf(po):tvb(), pinfo, tree)
end

-- record direction -> pinfo.private.pv_dir, which picks a message's dir variant
local dirnames = {[1] = "to_host", [2] = "to_guest", [3] = "to_device", [4] = "from_device"}

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("PVTRACE")
	local t = tree:add(proto, buf())
	local hl = dissect_record(buf, t, 0, len)
	if len <= hl then return end
	local which = buf(1, 1):le_uint()
	local name = dispatch[which]
	local d = name and dissectors[name]
	pinfo.private.pv_dir = dirnames[buf(2, 1):le_uint()]
	if which == 1 then learn_offer(buf, hl, len) end
	if d then
		d:call(buf(hl):tvb(), pinfo, tree)
	else
		t:add_expert_info(PI_UNDECODED, PI_NOTE, "no dissector for payload " .. tostring(which))
	end
	if which == 2 then ring_payload(buf, pinfo, tree, t, hl, len) end
end

-- payload protocol id -> dissector name (the enum value's name, lower case)
dispatch = {[1] = "vmbus", [2] = "vmring", [3] = "storvsc", [4] = "nvsp", [5] = "rndis", [6] = "nvme", [7] = "mana", [8] = "nvm", [9] = "gdma"}
dissectors = {}
local here = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or ""
local function load(name)
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
for _, name in pairs(dispatch) do
	load(name)
end
-- protocols reached only through a channel class or another protocol's bytes
for _, name in ipairs({"scsi"}) do
	load(name)
end

DissectorTable.get("wtap_encap"):add(wtap.USER0, proto)
