-- DO NOT EDIT: generated from spec/nvsp.yaml by codegen/pvgen.py.
-- Wireshark dissector for Network VSP (NVSP).

local proto = Proto("pv_nvsp", "Network VSP (NVSP)")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.init_msg_type = ProtoField.uint32("pv_nvsp.init.msg_type", "msg_type", base.DEC, nil)
F.init_min_protocol_ver = ProtoField.uint32("pv_nvsp.init.min_protocol_ver", "min_protocol_ver", base.DEC, nil)
F.init_max_protocol_ver = ProtoField.uint32("pv_nvsp.init.max_protocol_ver", "max_protocol_ver", base.DEC, nil)
F.init_complete_msg_type = ProtoField.uint32("pv_nvsp.init_complete.msg_type", "msg_type", base.DEC, nil)
F.init_complete_negotiated_protocol_ver = ProtoField.uint32("pv_nvsp.init_complete.negotiated_protocol_ver", "negotiated_protocol_ver", base.DEC, nil)
F.init_complete_max_mdl_chain_len = ProtoField.uint32("pv_nvsp.init_complete.max_mdl_chain_len", "max_mdl_chain_len", base.DEC, nil)
F.init_complete_status = ProtoField.uint32("pv_nvsp.init_complete.status", "status", base.DEC, {[0] = "NONE", [1] = "SUCCESS", [2] = "FAIL", [3] = "PROTOCOL_TOO_NEW", [4] = "PROTOCOL_TOO_OLD", [5] = "INVALID_RNDIS_PKT", [6] = "BUSY", [7] = "PROTOCOL_UNSUPPORTED"})
F.send_ndis_ver_msg_type = ProtoField.uint32("pv_nvsp.send_ndis_ver.msg_type", "msg_type", base.DEC, nil)
F.send_ndis_ver_ndis_major_ver = ProtoField.uint32("pv_nvsp.send_ndis_ver.ndis_major_ver", "ndis_major_ver", base.DEC, nil)
F.send_ndis_ver_ndis_minor_ver = ProtoField.uint32("pv_nvsp.send_ndis_ver.ndis_minor_ver", "ndis_minor_ver", base.DEC, nil)
F.send_recv_buf_msg_type = ProtoField.uint32("pv_nvsp.send_recv_buf.msg_type", "msg_type", base.DEC, nil)
F.send_recv_buf_gpadl_handle = ProtoField.uint32("pv_nvsp.send_recv_buf.gpadl_handle", "gpadl_handle", base.DEC, nil)
F.send_recv_buf_id = ProtoField.uint16("pv_nvsp.send_recv_buf.id", "id", base.DEC, nil)
F.send_recv_buf_reserved = ProtoField.uint16("pv_nvsp.send_recv_buf.reserved", "reserved", base.DEC, nil)
F.recv_buf_section_offset = ProtoField.uint32("pv_nvsp.recv_buf_section.offset", "offset", base.DEC, nil)
F.recv_buf_section_sub_alloc_size = ProtoField.uint32("pv_nvsp.recv_buf_section.sub_alloc_size", "sub_alloc_size", base.DEC, nil)
F.recv_buf_section_num_sub_allocs = ProtoField.uint32("pv_nvsp.recv_buf_section.num_sub_allocs", "num_sub_allocs", base.DEC, nil)
F.recv_buf_section_end_offset = ProtoField.uint32("pv_nvsp.recv_buf_section.end_offset", "end_offset", base.DEC, nil)
F.send_recv_buf_complete_msg_type = ProtoField.uint32("pv_nvsp.send_recv_buf_complete.msg_type", "msg_type", base.DEC, nil)
F.send_recv_buf_complete_status = ProtoField.uint32("pv_nvsp.send_recv_buf_complete.status", "status", base.DEC, {[0] = "NONE", [1] = "SUCCESS", [2] = "FAIL", [3] = "PROTOCOL_TOO_NEW", [4] = "PROTOCOL_TOO_OLD", [5] = "INVALID_RNDIS_PKT", [6] = "BUSY", [7] = "PROTOCOL_UNSUPPORTED"})
F.send_recv_buf_complete_num_sections = ProtoField.uint32("pv_nvsp.send_recv_buf_complete.num_sections", "num_sections", base.DEC, nil)
F.send_recv_buf_complete_section = ProtoField.none("pv_nvsp.send_recv_buf_complete.section", "section")
F.revoke_recv_buf_msg_type = ProtoField.uint32("pv_nvsp.revoke_recv_buf.msg_type", "msg_type", base.DEC, nil)
F.revoke_recv_buf_id = ProtoField.uint16("pv_nvsp.revoke_recv_buf.id", "id", base.DEC, nil)
F.send_send_buf_msg_type = ProtoField.uint32("pv_nvsp.send_send_buf.msg_type", "msg_type", base.DEC, nil)
F.send_send_buf_gpadl_handle = ProtoField.uint32("pv_nvsp.send_send_buf.gpadl_handle", "gpadl_handle", base.DEC, nil)
F.send_send_buf_id = ProtoField.uint16("pv_nvsp.send_send_buf.id", "id", base.DEC, nil)
F.send_send_buf_reserved = ProtoField.uint16("pv_nvsp.send_send_buf.reserved", "reserved", base.DEC, nil)
F.send_send_buf_complete_msg_type = ProtoField.uint32("pv_nvsp.send_send_buf_complete.msg_type", "msg_type", base.DEC, nil)
F.send_send_buf_complete_status = ProtoField.uint32("pv_nvsp.send_send_buf_complete.status", "status", base.DEC, {[0] = "NONE", [1] = "SUCCESS", [2] = "FAIL", [3] = "PROTOCOL_TOO_NEW", [4] = "PROTOCOL_TOO_OLD", [5] = "INVALID_RNDIS_PKT", [6] = "BUSY", [7] = "PROTOCOL_UNSUPPORTED"})
F.send_send_buf_complete_section_size = ProtoField.uint32("pv_nvsp.send_send_buf_complete.section_size", "section_size", base.DEC, nil)
F.revoke_send_buf_msg_type = ProtoField.uint32("pv_nvsp.revoke_send_buf.msg_type", "msg_type", base.DEC, nil)
F.revoke_send_buf_id = ProtoField.uint16("pv_nvsp.revoke_send_buf.id", "id", base.DEC, nil)
F.send_rndis_pkt_msg_type = ProtoField.uint32("pv_nvsp.send_rndis_pkt.msg_type", "msg_type", base.DEC, nil)
F.send_rndis_pkt_channel_type = ProtoField.uint32("pv_nvsp.send_rndis_pkt.channel_type", "channel_type", base.DEC, {[0] = "DATA", [1] = "CONTROL"})
F.send_rndis_pkt_send_buf_section_index = ProtoField.uint32("pv_nvsp.send_rndis_pkt.send_buf_section_index", "send_buf_section_index", base.DEC, nil)
F.send_rndis_pkt_send_buf_section_size = ProtoField.uint32("pv_nvsp.send_rndis_pkt.send_buf_section_size", "send_buf_section_size", base.DEC, nil)
F.send_rndis_pkt_complete_msg_type = ProtoField.uint32("pv_nvsp.send_rndis_pkt_complete.msg_type", "msg_type", base.DEC, nil)
F.send_rndis_pkt_complete_status = ProtoField.uint32("pv_nvsp.send_rndis_pkt_complete.status", "status", base.DEC, nil)
F.send_ndis_config_msg_type = ProtoField.uint32("pv_nvsp.send_ndis_config.msg_type", "msg_type", base.DEC, nil)
F.send_ndis_config_mtu = ProtoField.uint32("pv_nvsp.send_ndis_config.mtu", "mtu", base.DEC, nil)
F.send_ndis_config_reserved = ProtoField.uint32("pv_nvsp.send_ndis_config.reserved", "reserved", base.DEC, nil)
F.send_ndis_config_capability = ProtoField.uint64("pv_nvsp.send_ndis_config.capability", "capability", base.HEX, nil)
F.send_ndis_config_capability_vmq = ProtoField.uint32("pv_nvsp.send_ndis_config.vmq", "vmq", base.DEC, nil)
F.send_ndis_config_capability_chimney = ProtoField.uint32("pv_nvsp.send_ndis_config.chimney", "chimney", base.DEC, nil)
F.send_ndis_config_capability_sriov = ProtoField.uint32("pv_nvsp.send_ndis_config.sriov", "sriov", base.DEC, nil)
F.send_ndis_config_capability_ieee8021q = ProtoField.uint32("pv_nvsp.send_ndis_config.ieee8021q", "ieee8021q", base.DEC, nil)
F.send_ndis_config_capability_correlation_id = ProtoField.uint32("pv_nvsp.send_ndis_config.correlation_id", "correlation_id", base.DEC, nil)
F.send_ndis_config_capability_teaming = ProtoField.uint32("pv_nvsp.send_ndis_config.teaming", "teaming", base.DEC, nil)
F.send_ndis_config_capability_virtual_subnet_id = ProtoField.uint32("pv_nvsp.send_ndis_config.virtual_subnet_id", "virtual_subnet_id", base.DEC, nil)
F.send_ndis_config_capability_rsc = ProtoField.uint32("pv_nvsp.send_ndis_config.rsc", "rsc", base.DEC, nil)
F.send_vf_association_msg_type = ProtoField.uint32("pv_nvsp.send_vf_association.msg_type", "msg_type", base.DEC, nil)
F.send_vf_association_allocated = ProtoField.uint32("pv_nvsp.send_vf_association.allocated", "allocated", base.DEC, nil)
F.send_vf_association_serial = ProtoField.uint32("pv_nvsp.send_vf_association.serial", "serial", base.DEC, nil)
F.switch_data_path_msg_type = ProtoField.uint32("pv_nvsp.switch_data_path.msg_type", "msg_type", base.DEC, nil)
F.switch_data_path_active_datapath = ProtoField.uint32("pv_nvsp.switch_data_path.active_datapath", "active_datapath", base.DEC, {[0] = "SYNTHETIC", [1] = "VF"})
F.uplink_connect_state_msg_type = ProtoField.uint32("pv_nvsp.uplink_connect_state.msg_type", "msg_type", base.DEC, nil)
F.oid_query_ex_msg_type = ProtoField.uint32("pv_nvsp.oid_query_ex.msg_type", "msg_type", base.DEC, nil)
F.oid_query_ex_hdr_type = ProtoField.uint8("pv_nvsp.oid_query_ex.hdr_type", "hdr_type", base.DEC, nil)
F.oid_query_ex_hdr_revision = ProtoField.uint8("pv_nvsp.oid_query_ex.hdr_revision", "hdr_revision", base.DEC, nil)
F.oid_query_ex_hdr_size = ProtoField.uint16("pv_nvsp.oid_query_ex.hdr_size", "hdr_size", base.DEC, nil)
F.oid_query_ex_oid = ProtoField.uint32("pv_nvsp.oid_query_ex.oid", "oid", base.DEC, nil)
F.oid_query_ex_complete_msg_type = ProtoField.uint32("pv_nvsp.oid_query_ex_complete.msg_type", "msg_type", base.DEC, nil)
F.oid_query_ex_complete_status = ProtoField.uint32("pv_nvsp.oid_query_ex_complete.status", "status", base.DEC, nil)
F.oid_query_ex_complete_bytes = ProtoField.uint32("pv_nvsp.oid_query_ex_complete.bytes", "bytes", base.DEC, nil)
F.subchannel_request_msg_type = ProtoField.uint32("pv_nvsp.subchannel_request.msg_type", "msg_type", base.DEC, nil)
F.subchannel_request_op = ProtoField.uint32("pv_nvsp.subchannel_request.op", "op", base.DEC, {[0] = "NONE", [1] = "ALLOCATE"})
F.subchannel_request_num_subchannels = ProtoField.uint32("pv_nvsp.subchannel_request.num_subchannels", "num_subchannels", base.DEC, nil)
F.subchannel_complete_msg_type = ProtoField.uint32("pv_nvsp.subchannel_complete.msg_type", "msg_type", base.DEC, nil)
F.subchannel_complete_status = ProtoField.uint32("pv_nvsp.subchannel_complete.status", "status", base.DEC, {[0] = "NONE", [1] = "SUCCESS", [2] = "FAIL", [3] = "PROTOCOL_TOO_NEW", [4] = "PROTOCOL_TOO_OLD", [5] = "INVALID_RNDIS_PKT", [6] = "BUSY", [7] = "PROTOCOL_UNSUPPORTED"})
F.subchannel_complete_num_subchannels = ProtoField.uint32("pv_nvsp.subchannel_complete.num_subchannels", "num_subchannels", base.DEC, nil)
F.send_indirection_table_msg_type = ProtoField.uint32("pv_nvsp.send_indirection_table.msg_type", "msg_type", base.DEC, nil)
F.send_indirection_table_count = ProtoField.uint32("pv_nvsp.send_indirection_table.count", "count", base.DEC, nil)
F.send_indirection_table_table_offset = ProtoField.uint32("pv_nvsp.send_indirection_table.table_offset", "table_offset", base.DEC, nil)
F.send_indirection_table_pad = ProtoField.bytes("pv_nvsp.send_indirection_table.pad", "pad")
F.send_indirection_table_table = ProtoField.uint32("pv_nvsp.send_indirection_table.table", "table", base.DEC, nil)
F._note = ProtoField.string("pv_nvsp.note", "note")
proto.fields = {
	F.init_msg_type,
	F.init_min_protocol_ver,
	F.init_max_protocol_ver,
	F.init_complete_msg_type,
	F.init_complete_negotiated_protocol_ver,
	F.init_complete_max_mdl_chain_len,
	F.init_complete_status,
	F.send_ndis_ver_msg_type,
	F.send_ndis_ver_ndis_major_ver,
	F.send_ndis_ver_ndis_minor_ver,
	F.send_recv_buf_msg_type,
	F.send_recv_buf_gpadl_handle,
	F.send_recv_buf_id,
	F.send_recv_buf_reserved,
	F.recv_buf_section_offset,
	F.recv_buf_section_sub_alloc_size,
	F.recv_buf_section_num_sub_allocs,
	F.recv_buf_section_end_offset,
	F.send_recv_buf_complete_msg_type,
	F.send_recv_buf_complete_status,
	F.send_recv_buf_complete_num_sections,
	F.send_recv_buf_complete_section,
	F.revoke_recv_buf_msg_type,
	F.revoke_recv_buf_id,
	F.send_send_buf_msg_type,
	F.send_send_buf_gpadl_handle,
	F.send_send_buf_id,
	F.send_send_buf_reserved,
	F.send_send_buf_complete_msg_type,
	F.send_send_buf_complete_status,
	F.send_send_buf_complete_section_size,
	F.revoke_send_buf_msg_type,
	F.revoke_send_buf_id,
	F.send_rndis_pkt_msg_type,
	F.send_rndis_pkt_channel_type,
	F.send_rndis_pkt_send_buf_section_index,
	F.send_rndis_pkt_send_buf_section_size,
	F.send_rndis_pkt_complete_msg_type,
	F.send_rndis_pkt_complete_status,
	F.send_ndis_config_msg_type,
	F.send_ndis_config_mtu,
	F.send_ndis_config_reserved,
	F.send_ndis_config_capability,
	F.send_ndis_config_capability_vmq,
	F.send_ndis_config_capability_chimney,
	F.send_ndis_config_capability_sriov,
	F.send_ndis_config_capability_ieee8021q,
	F.send_ndis_config_capability_correlation_id,
	F.send_ndis_config_capability_teaming,
	F.send_ndis_config_capability_virtual_subnet_id,
	F.send_ndis_config_capability_rsc,
	F.send_vf_association_msg_type,
	F.send_vf_association_allocated,
	F.send_vf_association_serial,
	F.switch_data_path_msg_type,
	F.switch_data_path_active_datapath,
	F.uplink_connect_state_msg_type,
	F.oid_query_ex_msg_type,
	F.oid_query_ex_hdr_type,
	F.oid_query_ex_hdr_revision,
	F.oid_query_ex_hdr_size,
	F.oid_query_ex_oid,
	F.oid_query_ex_complete_msg_type,
	F.oid_query_ex_complete_status,
	F.oid_query_ex_complete_bytes,
	F.subchannel_request_msg_type,
	F.subchannel_request_op,
	F.subchannel_request_num_subchannels,
	F.subchannel_complete_msg_type,
	F.subchannel_complete_status,
	F.subchannel_complete_num_subchannels,
	F.send_indirection_table_msg_type,
	F.send_indirection_table_count,
	F.send_indirection_table_table_offset,
	F.send_indirection_table_pad,
	F.send_indirection_table_table,
	F._note,
}

local function dissect_init(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "init: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.init_msg_type, buf(off + 0, 4))
	tree:add_le(F.init_min_protocol_ver, buf(off + 4, 4))
	tree:add_le(F.init_max_protocol_ver, buf(off + 8, 4))
	return 12
end

local function dissect_init_complete(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "init_complete: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.init_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.init_complete_negotiated_protocol_ver, buf(off + 4, 4))
	tree:add_le(F.init_complete_max_mdl_chain_len, buf(off + 8, 4))
	tree:add_le(F.init_complete_status, buf(off + 12, 4))
	return 16
end

local function dissect_send_ndis_ver(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_ndis_ver: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.send_ndis_ver_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_ndis_ver_ndis_major_ver, buf(off + 4, 4))
	tree:add_le(F.send_ndis_ver_ndis_minor_ver, buf(off + 8, 4))
	return 12
end

local function dissect_send_recv_buf(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_recv_buf: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.send_recv_buf_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_recv_buf_gpadl_handle, buf(off + 4, 4))
	tree:add_le(F.send_recv_buf_id, buf(off + 8, 2))
	tree:add_le(F.send_recv_buf_reserved, buf(off + 10, 2))
	return 12
end

local function dissect_recv_buf_section(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "recv_buf_section: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.recv_buf_section_offset, buf(off + 0, 4))
	tree:add_le(F.recv_buf_section_sub_alloc_size, buf(off + 4, 4))
	tree:add_le(F.recv_buf_section_num_sub_allocs, buf(off + 8, 4))
	tree:add_le(F.recv_buf_section_end_offset, buf(off + 12, 4))
	return 16
end

local function dissect_send_recv_buf_complete(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_recv_buf_complete: short (" .. len .. " < 28)")
		return len
	end
	tree:add_le(F.send_recv_buf_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_recv_buf_complete_status, buf(off + 4, 4))
	tree:add_le(F.send_recv_buf_complete_num_sections, buf(off + 8, 4))
	do
		local sub = tree:add(F.send_recv_buf_complete_section, buf(off + 12, 16))
		dissect_recv_buf_section(buf, sub, off + 12, 16)
	end
	return 28
end

local function dissect_revoke_recv_buf(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "revoke_recv_buf: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.revoke_recv_buf_msg_type, buf(off + 0, 4))
	tree:add_le(F.revoke_recv_buf_id, buf(off + 4, 2))
	return 6
end

local function dissect_send_send_buf(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_send_buf: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.send_send_buf_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_send_buf_gpadl_handle, buf(off + 4, 4))
	tree:add_le(F.send_send_buf_id, buf(off + 8, 2))
	tree:add_le(F.send_send_buf_reserved, buf(off + 10, 2))
	return 12
end

local function dissect_send_send_buf_complete(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_send_buf_complete: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.send_send_buf_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_send_buf_complete_status, buf(off + 4, 4))
	tree:add_le(F.send_send_buf_complete_section_size, buf(off + 8, 4))
	return 12
end

local function dissect_revoke_send_buf(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "revoke_send_buf: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.revoke_send_buf_msg_type, buf(off + 0, 4))
	tree:add_le(F.revoke_send_buf_id, buf(off + 4, 2))
	return 6
end

local function dissect_send_rndis_pkt(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_rndis_pkt: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.send_rndis_pkt_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_rndis_pkt_channel_type, buf(off + 4, 4))
	tree:add_le(F.send_rndis_pkt_send_buf_section_index, buf(off + 8, 4))
	tree:add_le(F.send_rndis_pkt_send_buf_section_size, buf(off + 12, 4))
	return 16
end

local function dissect_send_rndis_pkt_complete(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_rndis_pkt_complete: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.send_rndis_pkt_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_rndis_pkt_complete_status, buf(off + 4, 4))
	return 8
end

local function dissect_send_ndis_config(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_ndis_config: short (" .. len .. " < 20)")
		return len
	end
	tree:add_le(F.send_ndis_config_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_ndis_config_mtu, buf(off + 4, 4))
	tree:add_le(F.send_ndis_config_reserved, buf(off + 8, 4))
	tree:add_le(F.send_ndis_config_capability, buf(off + 12, 8))
	do
		local v = buf(off + 12, 8):le_uint64()
		tree:add(F.send_ndis_config_capability_vmq, buf(off + 12, 8), v:rshift(0):band(0x1):tonumber())
		tree:add(F.send_ndis_config_capability_chimney, buf(off + 12, 8), v:rshift(1):band(0x1):tonumber())
		tree:add(F.send_ndis_config_capability_sriov, buf(off + 12, 8), v:rshift(2):band(0x1):tonumber())
		tree:add(F.send_ndis_config_capability_ieee8021q, buf(off + 12, 8), v:rshift(3):band(0x1):tonumber())
		tree:add(F.send_ndis_config_capability_correlation_id, buf(off + 12, 8), v:rshift(4):band(0x1):tonumber())
		tree:add(F.send_ndis_config_capability_teaming, buf(off + 12, 8), v:rshift(5):band(0x1):tonumber())
		tree:add(F.send_ndis_config_capability_virtual_subnet_id, buf(off + 12, 8), v:rshift(6):band(0x1):tonumber())
		tree:add(F.send_ndis_config_capability_rsc, buf(off + 12, 8), v:rshift(7):band(0x1):tonumber())
	end
	return 20
end

local function dissect_send_vf_association(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_vf_association: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.send_vf_association_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_vf_association_allocated, buf(off + 4, 4))
	tree:add_le(F.send_vf_association_serial, buf(off + 8, 4))
	return 12
end

local function dissect_switch_data_path(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "switch_data_path: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.switch_data_path_msg_type, buf(off + 0, 4))
	tree:add_le(F.switch_data_path_active_datapath, buf(off + 4, 4))
	return 8
end

local function dissect_uplink_connect_state(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "uplink_connect_state: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.uplink_connect_state_msg_type, buf(off + 0, 4))
	return 4
end

local function dissect_oid_query_ex(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "oid_query_ex: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.oid_query_ex_msg_type, buf(off + 0, 4))
	tree:add_le(F.oid_query_ex_hdr_type, buf(off + 4, 1))
	tree:add_le(F.oid_query_ex_hdr_revision, buf(off + 5, 1))
	tree:add_le(F.oid_query_ex_hdr_size, buf(off + 6, 2))
	tree:add_le(F.oid_query_ex_oid, buf(off + 8, 4))
	return 12
end

local function dissect_oid_query_ex_complete(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "oid_query_ex_complete: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.oid_query_ex_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.oid_query_ex_complete_status, buf(off + 4, 4))
	tree:add_le(F.oid_query_ex_complete_bytes, buf(off + 8, 4))
	return 12
end

local function dissect_subchannel_request(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "subchannel_request: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.subchannel_request_msg_type, buf(off + 0, 4))
	tree:add_le(F.subchannel_request_op, buf(off + 4, 4))
	tree:add_le(F.subchannel_request_num_subchannels, buf(off + 8, 4))
	return 12
end

local function dissect_subchannel_complete(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "subchannel_complete: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.subchannel_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.subchannel_complete_status, buf(off + 4, 4))
	tree:add_le(F.subchannel_complete_num_subchannels, buf(off + 8, 4))
	return 12
end

local function dissect_send_indirection_table(buf, tree, off, len)
	if len < 104 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "send_indirection_table: short (" .. len .. " < 104)")
		return len
	end
	tree:add_le(F.send_indirection_table_msg_type, buf(off + 0, 4))
	tree:add_le(F.send_indirection_table_count, buf(off + 4, 4))
	tree:add_le(F.send_indirection_table_table_offset, buf(off + 8, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 40, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 44, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 48, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 52, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 56, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 60, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 64, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 68, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 72, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 76, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 80, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 84, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 88, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 92, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 96, 4))
	tree:add_le(F.send_indirection_table_table, buf(off + 100, 4))
	return 104
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("NVSP")
	local t = tree:add(proto, buf())
	if len < 4 then return end
	local ty = buf(0, 4):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("INIT ")
		t:append_text(", INIT")
		dissect_init(buf, t, 0, len)
	elseif ty == 2 then
		pinfo.cols.info:append("INIT_COMPLETE ")
		t:append_text(", INIT_COMPLETE")
		dissect_init_complete(buf, t, 0, len)
	elseif ty == 100 then
		pinfo.cols.info:append("SEND_NDIS_VER ")
		t:append_text(", SEND_NDIS_VER")
		dissect_send_ndis_ver(buf, t, 0, len)
	elseif ty == 101 then
		pinfo.cols.info:append("SEND_RECV_BUF ")
		t:append_text(", SEND_RECV_BUF")
		dissect_send_recv_buf(buf, t, 0, len)
	elseif ty == 102 then
		pinfo.cols.info:append("SEND_RECV_BUF_COMPLETE ")
		t:append_text(", SEND_RECV_BUF_COMPLETE")
		dissect_send_recv_buf_complete(buf, t, 0, len)
	elseif ty == 103 then
		pinfo.cols.info:append("REVOKE_RECV_BUF ")
		t:append_text(", REVOKE_RECV_BUF")
		dissect_revoke_recv_buf(buf, t, 0, len)
	elseif ty == 104 then
		pinfo.cols.info:append("SEND_SEND_BUF ")
		t:append_text(", SEND_SEND_BUF")
		dissect_send_send_buf(buf, t, 0, len)
	elseif ty == 105 then
		pinfo.cols.info:append("SEND_SEND_BUF_COMPLETE ")
		t:append_text(", SEND_SEND_BUF_COMPLETE")
		dissect_send_send_buf_complete(buf, t, 0, len)
	elseif ty == 106 then
		pinfo.cols.info:append("REVOKE_SEND_BUF ")
		t:append_text(", REVOKE_SEND_BUF")
		dissect_revoke_send_buf(buf, t, 0, len)
	elseif ty == 107 then
		pinfo.cols.info:append("SEND_RNDIS_PKT ")
		t:append_text(", SEND_RNDIS_PKT")
		dissect_send_rndis_pkt(buf, t, 0, len)
		do
			local off = 0
			if pinfo.private.pv_dir == "to_host" and len >= 16 and (buf(off + 8, 4):le_uint() ~= 4294967295) then
				t:add(F._note, buf(0, 0), "RNDIS message in send buffer section " .. tostring(buf(off + 8, 4):le_uint()) .. " (" .. tostring(buf(off + 12, 4):le_uint()) .. " bytes): see the RNDIS record after this packet")
			elseif pinfo.private.pv_dir == "to_host" then
				t:add(F._note, buf(0, 0), "RNDIS message in the guest pages of the GPA ranges: see the RNDIS record after this packet")
			elseif pinfo.private.pv_dir == "to_guest" then
				t:add(F._note, buf(0, 0), "RNDIS message in the receive buffer at the transfer-page ranges: see the RNDIS record before this packet")
			end
		end
	elseif ty == 108 then
		pinfo.cols.info:append("SEND_RNDIS_PKT_COMPLETE ")
		t:append_text(", SEND_RNDIS_PKT_COMPLETE")
		dissect_send_rndis_pkt_complete(buf, t, 0, len)
	elseif ty == 125 then
		pinfo.cols.info:append("SEND_NDIS_CONFIG ")
		t:append_text(", SEND_NDIS_CONFIG")
		dissect_send_ndis_config(buf, t, 0, len)
	elseif ty == 128 then
		pinfo.cols.info:append("SEND_VF_ASSOCIATION ")
		t:append_text(", SEND_VF_ASSOCIATION")
		dissect_send_vf_association(buf, t, 0, len)
	elseif ty == 129 then
		pinfo.cols.info:append("SWITCH_DATA_PATH ")
		t:append_text(", SWITCH_DATA_PATH")
		dissect_switch_data_path(buf, t, 0, len)
	elseif ty == 130 then
		pinfo.cols.info:append("UPLINK_CONNECT_STATE ")
		t:append_text(", UPLINK_CONNECT_STATE")
		dissect_uplink_connect_state(buf, t, 0, len)
	elseif ty == 131 then
		pinfo.cols.info:append("OID_QUERY_EX ")
		t:append_text(", OID_QUERY_EX")
		dissect_oid_query_ex(buf, t, 0, len)
	elseif ty == 132 then
		pinfo.cols.info:append("OID_QUERY_EX_COMP ")
		t:append_text(", OID_QUERY_EX_COMP")
		dissect_oid_query_ex_complete(buf, t, 0, len)
	elseif ty == 133 then
		pinfo.cols.info:append("SUBCHANNEL ")
		t:append_text(", SUBCHANNEL")
		if pinfo.private.pv_dir == "to_guest" then
			t:append_text(" (completion)")
			dissect_subchannel_complete(buf, t, 0, len)
		else
			dissect_subchannel_request(buf, t, 0, len)
		end
	elseif ty == 134 then
		pinfo.cols.info:append("SEND_INDIRECTION_TABLE ")
		t:append_text(", SEND_INDIRECTION_TABLE")
		dissect_send_indirection_table(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
