-- DO NOT EDIT: generated from spec/storvsc.yaml by codegen/pvgen.py.
-- Wireshark dissector for Hyper-V synthetic storage (storvsc).

local proto = Proto("pv_storvsc", "Hyper-V synthetic storage (storvsc)")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.offer_properties_reserved = ProtoField.uint16("pv_storvsc.offer_properties.reserved", "reserved", base.DEC, nil)
F.offer_properties_path_id = ProtoField.uint8("pv_storvsc.offer_properties.path_id", "path_id", base.HEX, nil)
F.offer_properties_target_id = ProtoField.uint8("pv_storvsc.offer_properties.target_id", "target_id", base.HEX, nil)
F.offer_properties_reserved2 = ProtoField.uint32("pv_storvsc.offer_properties.reserved2", "reserved2", base.DEC, nil)
F.offer_properties_flags = ProtoField.uint32("pv_storvsc.offer_properties.flags", "flags", base.DEC, nil)
F.offer_properties_reserved3 = ProtoField.uint32("pv_storvsc.offer_properties.reserved3", "reserved3", base.DEC, nil)
F.scsi_request_v1_length = ProtoField.uint16("pv_storvsc.scsi_request_v1.length", "length", base.DEC, nil)
F.scsi_request_v1_srb_status = ProtoField.uint8("pv_storvsc.scsi_request_v1.srb_status", "srb_status", base.DEC, nil)
F.scsi_request_v1_srb_status_status = ProtoField.uint32("pv_storvsc.scsi_request_v1.status", "status", base.DEC, nil)
F.scsi_request_v1_srb_status_queue_frozen = ProtoField.uint32("pv_storvsc.scsi_request_v1.queue_frozen", "queue_frozen", base.DEC, nil)
F.scsi_request_v1_srb_status_autosense_valid = ProtoField.uint32("pv_storvsc.scsi_request_v1.autosense_valid", "autosense_valid", base.DEC, nil)
F.scsi_request_v1_scsi_status = ProtoField.uint8("pv_storvsc.scsi_request_v1.scsi_status", "scsi_status", base.DEC, nil)
F.scsi_request_v1_port_number = ProtoField.uint8("pv_storvsc.scsi_request_v1.port_number", "port_number", base.DEC, nil)
F.scsi_request_v1_path_id = ProtoField.uint8("pv_storvsc.scsi_request_v1.path_id", "path_id", base.HEX, nil)
F.scsi_request_v1_target_id = ProtoField.uint8("pv_storvsc.scsi_request_v1.target_id", "target_id", base.HEX, nil)
F.scsi_request_v1_lun = ProtoField.uint8("pv_storvsc.scsi_request_v1.lun", "lun", base.DEC, nil)
F.scsi_request_v1_cdb_length = ProtoField.uint8("pv_storvsc.scsi_request_v1.cdb_length", "cdb_length", base.DEC, nil)
F.scsi_request_v1_sense_info_length = ProtoField.uint8("pv_storvsc.scsi_request_v1.sense_info_length", "sense_info_length", base.DEC, nil)
F.scsi_request_v1_data_in = ProtoField.uint8("pv_storvsc.scsi_request_v1.data_in", "data_in", base.DEC, {[0] = "WRITE", [1] = "READ", [2] = "UNKNOWN"})
F.scsi_request_v1_properties = ProtoField.uint8("pv_storvsc.scsi_request_v1.properties", "properties", base.DEC, nil)
F.scsi_request_v1_data_transfer_length = ProtoField.uint32("pv_storvsc.scsi_request_v1.data_transfer_length", "data_transfer_length", base.DEC, nil)
F.scsi_request_v1_cdb = ProtoField.bytes("pv_storvsc.scsi_request_v1.cdb", "cdb")
F.scsi_request_length = ProtoField.uint16("pv_storvsc.scsi_request.length", "length", base.DEC, nil)
F.scsi_request_srb_status = ProtoField.uint8("pv_storvsc.scsi_request.srb_status", "srb_status", base.DEC, nil)
F.scsi_request_srb_status_status = ProtoField.uint32("pv_storvsc.scsi_request.status", "status", base.DEC, nil)
F.scsi_request_srb_status_queue_frozen = ProtoField.uint32("pv_storvsc.scsi_request.queue_frozen", "queue_frozen", base.DEC, nil)
F.scsi_request_srb_status_autosense_valid = ProtoField.uint32("pv_storvsc.scsi_request.autosense_valid", "autosense_valid", base.DEC, nil)
F.scsi_request_scsi_status = ProtoField.uint8("pv_storvsc.scsi_request.scsi_status", "scsi_status", base.DEC, nil)
F.scsi_request_port_number = ProtoField.uint8("pv_storvsc.scsi_request.port_number", "port_number", base.DEC, nil)
F.scsi_request_path_id = ProtoField.uint8("pv_storvsc.scsi_request.path_id", "path_id", base.HEX, nil)
F.scsi_request_target_id = ProtoField.uint8("pv_storvsc.scsi_request.target_id", "target_id", base.HEX, nil)
F.scsi_request_lun = ProtoField.uint8("pv_storvsc.scsi_request.lun", "lun", base.DEC, nil)
F.scsi_request_cdb_length = ProtoField.uint8("pv_storvsc.scsi_request.cdb_length", "cdb_length", base.DEC, nil)
F.scsi_request_sense_info_length = ProtoField.uint8("pv_storvsc.scsi_request.sense_info_length", "sense_info_length", base.DEC, nil)
F.scsi_request_data_in = ProtoField.uint8("pv_storvsc.scsi_request.data_in", "data_in", base.DEC, {[0] = "WRITE", [1] = "READ", [2] = "UNKNOWN"})
F.scsi_request_properties = ProtoField.uint8("pv_storvsc.scsi_request.properties", "properties", base.DEC, nil)
F.scsi_request_data_transfer_length = ProtoField.uint32("pv_storvsc.scsi_request.data_transfer_length", "data_transfer_length", base.DEC, nil)
F.scsi_request_cdb = ProtoField.bytes("pv_storvsc.scsi_request.cdb", "cdb")
F.scsi_request_reserve = ProtoField.uint16("pv_storvsc.scsi_request.reserve", "reserve", base.DEC, nil)
F.scsi_request_queue_tag = ProtoField.uint8("pv_storvsc.scsi_request.queue_tag", "queue_tag", base.DEC, nil)
F.scsi_request_queue_action = ProtoField.uint8("pv_storvsc.scsi_request.queue_action", "queue_action", base.DEC, nil)
F.scsi_request_srb_flags = ProtoField.uint32("pv_storvsc.scsi_request.srb_flags", "srb_flags", base.DEC, nil)
F.scsi_request_time_out_value = ProtoField.uint32("pv_storvsc.scsi_request.time_out_value", "time_out_value", base.DEC, nil)
F.scsi_request_queue_sort_key = ProtoField.uint32("pv_storvsc.scsi_request.queue_sort_key", "queue_sort_key", base.DEC, nil)
F.channel_properties_reserved = ProtoField.uint32("pv_storvsc.channel_properties.reserved", "reserved", base.DEC, nil)
F.channel_properties_max_channel_cnt = ProtoField.uint16("pv_storvsc.channel_properties.max_channel_cnt", "max_channel_cnt", base.DEC, nil)
F.channel_properties_reserved1 = ProtoField.uint16("pv_storvsc.channel_properties.reserved1", "reserved1", base.DEC, nil)
F.channel_properties_flags = ProtoField.uint32("pv_storvsc.channel_properties.flags", "flags", base.HEX, nil)
F.channel_properties_max_transfer_bytes = ProtoField.uint32("pv_storvsc.channel_properties.max_transfer_bytes", "max_transfer_bytes", base.DEC, nil)
F.channel_properties_reserved2 = ProtoField.uint64("pv_storvsc.channel_properties.reserved2", "reserved2", base.HEX, nil)
F.protocol_version_major_minor = ProtoField.uint16("pv_storvsc.protocol_version.major_minor", "major_minor", base.DEC, nil)
F.protocol_version_revision = ProtoField.uint16("pv_storvsc.protocol_version.revision", "revision", base.DEC, nil)
F.fc_wwn_primary_active = ProtoField.uint8("pv_storvsc.fc_wwn.primary_active", "primary_active", base.DEC, nil)
F.fc_wwn_reserved1 = ProtoField.uint8("pv_storvsc.fc_wwn.reserved1", "reserved1", base.DEC, nil)
F.fc_wwn_reserved2 = ProtoField.uint8("pv_storvsc.fc_wwn.reserved2", "reserved2", base.DEC, nil)
F.fc_wwn_primary_port_wwn = ProtoField.bytes("pv_storvsc.fc_wwn.primary_port_wwn", "primary_port_wwn")
F.fc_wwn_primary_node_wwn = ProtoField.bytes("pv_storvsc.fc_wwn.primary_node_wwn", "primary_node_wwn")
F.fc_wwn_secondary_port_wwn = ProtoField.bytes("pv_storvsc.fc_wwn.secondary_port_wwn", "secondary_port_wwn")
F.fc_wwn_secondary_node_wwn = ProtoField.bytes("pv_storvsc.fc_wwn.secondary_node_wwn", "secondary_node_wwn")
F.notification_lun = ProtoField.uint8("pv_storvsc.notification.lun", "lun", base.DEC, nil)
F.notification_target = ProtoField.uint8("pv_storvsc.notification.target", "target", base.DEC, nil)
F.notification_path = ProtoField.uint8("pv_storvsc.notification.path", "path", base.DEC, nil)
F.notification_flags = ProtoField.uint8("pv_storvsc.notification.flags", "flags", base.DEC, nil)
F.header_operation = ProtoField.uint32("pv_storvsc.header.operation", "operation", base.DEC, {[1] = "COMPLETE_IO", [2] = "REMOVE_DEVICE", [3] = "EXECUTE_SRB", [4] = "RESET_LUN", [5] = "RESET_ADAPTER", [6] = "RESET_BUS", [7] = "BEGIN_INITIALIZATION", [8] = "END_INITIALIZATION", [9] = "QUERY_PROTOCOL_VERSION", [10] = "QUERY_PROPERTIES", [11] = "ENUMERATE_BUS", [12] = "FCHBA_DATA", [13] = "CREATE_SUB_CHANNELS", [14] = "EVENT_NOTIFICATION"})
F.header_flags = ProtoField.uint32("pv_storvsc.header.flags", "flags", base.HEX, nil)
F.header_status = ProtoField.uint32("pv_storvsc.header.status", "status", base.DEC, nil)
F.packet_hdr = ProtoField.none("pv_storvsc.packet.hdr", "hdr")
F.packet_payload = ProtoField.bytes("pv_storvsc.packet.payload", "payload")
F.packet_v1_hdr = ProtoField.none("pv_storvsc.packet_v1.hdr", "hdr")
F.packet_v1_payload = ProtoField.bytes("pv_storvsc.packet_v1.payload", "payload")
F.srb_packet_hdr = ProtoField.none("pv_storvsc.srb_packet.hdr", "hdr")
F.srb_packet_srb = ProtoField.none("pv_storvsc.srb_packet.srb", "srb")
F.srb_packet_v1_hdr = ProtoField.none("pv_storvsc.srb_packet_v1.hdr", "hdr")
F.srb_packet_v1_srb = ProtoField.none("pv_storvsc.srb_packet_v1.srb", "srb")
F.version_packet_hdr = ProtoField.none("pv_storvsc.version_packet.hdr", "hdr")
F.version_packet_version = ProtoField.none("pv_storvsc.version_packet.version", "version")
F.version_packet_pad = ProtoField.bytes("pv_storvsc.version_packet.pad", "pad")
F.version_packet_v1_hdr = ProtoField.none("pv_storvsc.version_packet_v1.hdr", "hdr")
F.version_packet_v1_version = ProtoField.none("pv_storvsc.version_packet_v1.version", "version")
F.version_packet_v1_pad = ProtoField.bytes("pv_storvsc.version_packet_v1.pad", "pad")
F.properties_reply_hdr = ProtoField.none("pv_storvsc.properties_reply.hdr", "hdr")
F.properties_reply_props = ProtoField.none("pv_storvsc.properties_reply.props", "props")
F.properties_reply_pad = ProtoField.bytes("pv_storvsc.properties_reply.pad", "pad")
F.create_sub_channels_hdr = ProtoField.none("pv_storvsc.create_sub_channels.hdr", "hdr")
F.create_sub_channels_sub_channel_count = ProtoField.uint16("pv_storvsc.create_sub_channels.sub_channel_count", "sub_channel_count", base.DEC, nil)
F.create_sub_channels_pad = ProtoField.bytes("pv_storvsc.create_sub_channels.pad", "pad")
F.event_notification_hdr = ProtoField.none("pv_storvsc.event_notification.hdr", "hdr")
F.event_notification_event = ProtoField.none("pv_storvsc.event_notification.event", "event")
F.event_notification_pad = ProtoField.bytes("pv_storvsc.event_notification.pad", "pad")
proto.fields = {
	F.offer_properties_reserved,
	F.offer_properties_path_id,
	F.offer_properties_target_id,
	F.offer_properties_reserved2,
	F.offer_properties_flags,
	F.offer_properties_reserved3,
	F.scsi_request_v1_length,
	F.scsi_request_v1_srb_status,
	F.scsi_request_v1_srb_status_status,
	F.scsi_request_v1_srb_status_queue_frozen,
	F.scsi_request_v1_srb_status_autosense_valid,
	F.scsi_request_v1_scsi_status,
	F.scsi_request_v1_port_number,
	F.scsi_request_v1_path_id,
	F.scsi_request_v1_target_id,
	F.scsi_request_v1_lun,
	F.scsi_request_v1_cdb_length,
	F.scsi_request_v1_sense_info_length,
	F.scsi_request_v1_data_in,
	F.scsi_request_v1_properties,
	F.scsi_request_v1_data_transfer_length,
	F.scsi_request_v1_cdb,
	F.scsi_request_length,
	F.scsi_request_srb_status,
	F.scsi_request_srb_status_status,
	F.scsi_request_srb_status_queue_frozen,
	F.scsi_request_srb_status_autosense_valid,
	F.scsi_request_scsi_status,
	F.scsi_request_port_number,
	F.scsi_request_path_id,
	F.scsi_request_target_id,
	F.scsi_request_lun,
	F.scsi_request_cdb_length,
	F.scsi_request_sense_info_length,
	F.scsi_request_data_in,
	F.scsi_request_properties,
	F.scsi_request_data_transfer_length,
	F.scsi_request_cdb,
	F.scsi_request_reserve,
	F.scsi_request_queue_tag,
	F.scsi_request_queue_action,
	F.scsi_request_srb_flags,
	F.scsi_request_time_out_value,
	F.scsi_request_queue_sort_key,
	F.channel_properties_reserved,
	F.channel_properties_max_channel_cnt,
	F.channel_properties_reserved1,
	F.channel_properties_flags,
	F.channel_properties_max_transfer_bytes,
	F.channel_properties_reserved2,
	F.protocol_version_major_minor,
	F.protocol_version_revision,
	F.fc_wwn_primary_active,
	F.fc_wwn_reserved1,
	F.fc_wwn_reserved2,
	F.fc_wwn_primary_port_wwn,
	F.fc_wwn_primary_node_wwn,
	F.fc_wwn_secondary_port_wwn,
	F.fc_wwn_secondary_node_wwn,
	F.notification_lun,
	F.notification_target,
	F.notification_path,
	F.notification_flags,
	F.header_operation,
	F.header_flags,
	F.header_status,
	F.packet_hdr,
	F.packet_payload,
	F.packet_v1_hdr,
	F.packet_v1_payload,
	F.srb_packet_hdr,
	F.srb_packet_srb,
	F.srb_packet_v1_hdr,
	F.srb_packet_v1_srb,
	F.version_packet_hdr,
	F.version_packet_version,
	F.version_packet_pad,
	F.version_packet_v1_hdr,
	F.version_packet_v1_version,
	F.version_packet_v1_pad,
	F.properties_reply_hdr,
	F.properties_reply_props,
	F.properties_reply_pad,
	F.create_sub_channels_hdr,
	F.create_sub_channels_sub_channel_count,
	F.create_sub_channels_pad,
	F.event_notification_hdr,
	F.event_notification_event,
	F.event_notification_pad,
}

-- bytes that are another protocol's message go to pv_<name>, found on first use
local cur_pinfo
local subs = {}
local function subcall(name, tvb, tree)
	local d = subs[name]
	if d == nil then
		local ok, r = pcall(Dissector.get, "pv_" .. name)
		d = ok and r or false
		subs[name] = d
	end
	if d and cur_pinfo then d:call(tvb, cur_pinfo, tree) end
end

local function dissect_offer_properties(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "offer_properties: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.offer_properties_reserved, buf(off + 0, 2))
	tree:add_le(F.offer_properties_path_id, buf(off + 2, 1))
	tree:add_le(F.offer_properties_target_id, buf(off + 3, 1))
	tree:add_le(F.offer_properties_reserved2, buf(off + 4, 4))
	tree:add_le(F.offer_properties_flags, buf(off + 8, 4))
	tree:add_le(F.offer_properties_reserved3, buf(off + 12, 4))
	tree:add_le(F.offer_properties_reserved3, buf(off + 16, 4))
	tree:add_le(F.offer_properties_reserved3, buf(off + 20, 4))
	return 24
end

local function dissect_scsi_request_v1(buf, tree, off, len)
	if len < 36 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "scsi_request_v1: short (" .. len .. " < 36)")
		return len
	end
	tree:add_le(F.scsi_request_v1_length, buf(off + 0, 2))
	tree:add_le(F.scsi_request_v1_srb_status, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.scsi_request_v1_srb_status_status, buf(off + 2, 1), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.scsi_request_v1_srb_status_queue_frozen, buf(off + 2, 1), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.scsi_request_v1_srb_status_autosense_valid, buf(off + 2, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.scsi_request_v1_scsi_status, buf(off + 3, 1))
	tree:add_le(F.scsi_request_v1_port_number, buf(off + 4, 1))
	tree:add_le(F.scsi_request_v1_path_id, buf(off + 5, 1))
	tree:add_le(F.scsi_request_v1_target_id, buf(off + 6, 1))
	tree:add_le(F.scsi_request_v1_lun, buf(off + 7, 1))
	tree:add_le(F.scsi_request_v1_cdb_length, buf(off + 8, 1))
	tree:add_le(F.scsi_request_v1_sense_info_length, buf(off + 9, 1))
	tree:add_le(F.scsi_request_v1_data_in, buf(off + 10, 1))
	tree:add_le(F.scsi_request_v1_properties, buf(off + 11, 1))
	tree:add_le(F.scsi_request_v1_data_transfer_length, buf(off + 12, 4))
	tree:add_le(F.scsi_request_v1_cdb, buf(off + 16, 20))
	do
		local n = buf(off + 8, 1):le_uint()
		if n > 20 then n = 20 end
		if n > 0 and cur_pinfo and cur_pinfo.private.pv_dir == "to_host" then subcall("scsi", buf(off + 16, n):tvb(), tree) end
	end
	do
		local n = buf(off + 9, 1):le_uint()
		if n > 20 then n = 20 end
		if n > 0 and cur_pinfo and cur_pinfo.private.pv_dir == "to_guest" then subcall("scsi", buf(off + 16, n):tvb(), tree) end
	end
	return 36
end

local function dissect_scsi_request(buf, tree, off, len)
	if len < 52 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "scsi_request: short (" .. len .. " < 52)")
		return len
	end
	tree:add_le(F.scsi_request_length, buf(off + 0, 2))
	tree:add_le(F.scsi_request_srb_status, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.scsi_request_srb_status_status, buf(off + 2, 1), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.scsi_request_srb_status_queue_frozen, buf(off + 2, 1), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.scsi_request_srb_status_autosense_valid, buf(off + 2, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.scsi_request_scsi_status, buf(off + 3, 1))
	tree:add_le(F.scsi_request_port_number, buf(off + 4, 1))
	tree:add_le(F.scsi_request_path_id, buf(off + 5, 1))
	tree:add_le(F.scsi_request_target_id, buf(off + 6, 1))
	tree:add_le(F.scsi_request_lun, buf(off + 7, 1))
	tree:add_le(F.scsi_request_cdb_length, buf(off + 8, 1))
	tree:add_le(F.scsi_request_sense_info_length, buf(off + 9, 1))
	tree:add_le(F.scsi_request_data_in, buf(off + 10, 1))
	tree:add_le(F.scsi_request_properties, buf(off + 11, 1))
	tree:add_le(F.scsi_request_data_transfer_length, buf(off + 12, 4))
	tree:add_le(F.scsi_request_cdb, buf(off + 16, 20))
	do
		local n = buf(off + 8, 1):le_uint()
		if n > 20 then n = 20 end
		if n > 0 and cur_pinfo and cur_pinfo.private.pv_dir == "to_host" then subcall("scsi", buf(off + 16, n):tvb(), tree) end
	end
	do
		local n = buf(off + 9, 1):le_uint()
		if n > 20 then n = 20 end
		if n > 0 and cur_pinfo and cur_pinfo.private.pv_dir == "to_guest" then subcall("scsi", buf(off + 16, n):tvb(), tree) end
	end
	tree:add_le(F.scsi_request_reserve, buf(off + 36, 2))
	tree:add_le(F.scsi_request_queue_tag, buf(off + 38, 1))
	tree:add_le(F.scsi_request_queue_action, buf(off + 39, 1))
	tree:add_le(F.scsi_request_srb_flags, buf(off + 40, 4))
	tree:add_le(F.scsi_request_time_out_value, buf(off + 44, 4))
	tree:add_le(F.scsi_request_queue_sort_key, buf(off + 48, 4))
	return 52
end

local function dissect_channel_properties(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "channel_properties: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.channel_properties_reserved, buf(off + 0, 4))
	tree:add_le(F.channel_properties_max_channel_cnt, buf(off + 4, 2))
	tree:add_le(F.channel_properties_reserved1, buf(off + 6, 2))
	tree:add_le(F.channel_properties_flags, buf(off + 8, 4))
	tree:add_le(F.channel_properties_max_transfer_bytes, buf(off + 12, 4))
	tree:add_le(F.channel_properties_reserved2, buf(off + 16, 8))
	return 24
end

local function dissect_protocol_version(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "protocol_version: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.protocol_version_major_minor, buf(off + 0, 2))
	tree:add_le(F.protocol_version_revision, buf(off + 2, 2))
	return 4
end

local function dissect_fc_wwn(buf, tree, off, len)
	if len < 35 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "fc_wwn: short (" .. len .. " < 35)")
		return len
	end
	tree:add_le(F.fc_wwn_primary_active, buf(off + 0, 1))
	tree:add_le(F.fc_wwn_reserved1, buf(off + 1, 1))
	tree:add_le(F.fc_wwn_reserved2, buf(off + 2, 1))
	tree:add_le(F.fc_wwn_primary_port_wwn, buf(off + 3, 8))
	tree:add_le(F.fc_wwn_primary_node_wwn, buf(off + 11, 8))
	tree:add_le(F.fc_wwn_secondary_port_wwn, buf(off + 19, 8))
	tree:add_le(F.fc_wwn_secondary_node_wwn, buf(off + 27, 8))
	return 35
end

local function dissect_notification(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "notification: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.notification_lun, buf(off + 0, 1))
	tree:add_le(F.notification_target, buf(off + 1, 1))
	tree:add_le(F.notification_path, buf(off + 2, 1))
	tree:add_le(F.notification_flags, buf(off + 3, 1))
	return 4
end

local function dissect_header(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "header: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.header_operation, buf(off + 0, 4))
	tree:add_le(F.header_flags, buf(off + 4, 4))
	tree:add_le(F.header_status, buf(off + 8, 4))
	return 12
end

local function dissect_packet(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "packet: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.packet_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	return 64
end

local function dissect_packet_v1(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "packet_v1: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.packet_v1_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	return 48
end

local function dissect_srb_packet(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "srb_packet: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.srb_packet_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	do
		local sub = tree:add(F.srb_packet_srb, buf(off + 12, 52))
		dissect_scsi_request(buf, sub, off + 12, 52)
	end
	return 64
end

local function dissect_srb_packet_v1(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "srb_packet_v1: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.srb_packet_v1_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	do
		local sub = tree:add(F.srb_packet_v1_srb, buf(off + 12, 36))
		dissect_scsi_request_v1(buf, sub, off + 12, 36)
	end
	return 48
end

local function dissect_version_packet(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "version_packet: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.version_packet_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	do
		local sub = tree:add(F.version_packet_version, buf(off + 12, 4))
		dissect_protocol_version(buf, sub, off + 12, 4)
	end
	return 64
end

local function dissect_version_packet_v1(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "version_packet_v1: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.version_packet_v1_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	do
		local sub = tree:add(F.version_packet_v1_version, buf(off + 12, 4))
		dissect_protocol_version(buf, sub, off + 12, 4)
	end
	return 48
end

local function dissect_properties_reply(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "properties_reply: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.properties_reply_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	do
		local sub = tree:add(F.properties_reply_props, buf(off + 12, 24))
		dissect_channel_properties(buf, sub, off + 12, 24)
	end
	return 64
end

local function dissect_create_sub_channels(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_sub_channels: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.create_sub_channels_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	tree:add_le(F.create_sub_channels_sub_channel_count, buf(off + 12, 2))
	return 64
end

local function dissect_event_notification(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "event_notification: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.event_notification_hdr, buf(off + 0, 12))
		dissect_header(buf, sub, off + 0, 12)
	end
	do
		local sub = tree:add(F.event_notification_event, buf(off + 12, 4))
		dissect_notification(buf, sub, off + 12, 4)
	end
	return 64
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	cur_pinfo = pinfo
	pinfo.cols.protocol:set("STORVSC")
	local t = tree:add(proto, buf())
	if len < 4 then return end
	local ty = buf(0, 4):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("COMPLETE_IO ")
		t:append_text(", COMPLETE_IO")
		local rq = tonumber(pinfo.private.pv_request or "")
		if rq == 3 and len >= 64 then
			t:append_text(" (reply to EXECUTE_SRB)")
			dissect_srb_packet(buf, t, 0, len)
		elseif rq == 3 then
			t:append_text(" (reply to EXECUTE_SRB)")
			dissect_srb_packet_v1(buf, t, 0, len)
		elseif rq == 10 then
			t:append_text(" (reply to QUERY_PROPERTIES)")
			dissect_properties_reply(buf, t, 0, len)
		else
			if len >= 64 then
				dissect_packet(buf, t, 0, len)
			else
				dissect_packet_v1(buf, t, 0, len)
			end
		end
	elseif ty == 2 then
		pinfo.cols.info:append("REMOVE_DEVICE ")
		t:append_text(", REMOVE_DEVICE")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 3 then
		pinfo.cols.info:append("EXECUTE_SRB ")
		t:append_text(", EXECUTE_SRB")
		if len >= 64 then
			dissect_srb_packet(buf, t, 0, len)
		else
			dissect_srb_packet_v1(buf, t, 0, len)
		end
	elseif ty == 4 then
		pinfo.cols.info:append("RESET_LUN ")
		t:append_text(", RESET_LUN")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 5 then
		pinfo.cols.info:append("RESET_ADAPTER ")
		t:append_text(", RESET_ADAPTER")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 6 then
		pinfo.cols.info:append("RESET_BUS ")
		t:append_text(", RESET_BUS")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 7 then
		pinfo.cols.info:append("BEGIN_INITIALIZATION ")
		t:append_text(", BEGIN_INITIALIZATION")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 8 then
		pinfo.cols.info:append("END_INITIALIZATION ")
		t:append_text(", END_INITIALIZATION")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 9 then
		pinfo.cols.info:append("QUERY_PROTOCOL_VERSION ")
		t:append_text(", QUERY_PROTOCOL_VERSION")
		if len >= 64 then
			dissect_version_packet(buf, t, 0, len)
		else
			dissect_version_packet_v1(buf, t, 0, len)
		end
	elseif ty == 10 then
		pinfo.cols.info:append("QUERY_PROPERTIES ")
		t:append_text(", QUERY_PROPERTIES")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 11 then
		pinfo.cols.info:append("ENUMERATE_BUS ")
		t:append_text(", ENUMERATE_BUS")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 12 then
		pinfo.cols.info:append("FCHBA_DATA ")
		t:append_text(", FCHBA_DATA")
		if len >= 64 then
			dissect_packet(buf, t, 0, len)
		else
			dissect_packet_v1(buf, t, 0, len)
		end
	elseif ty == 13 then
		pinfo.cols.info:append("CREATE_SUB_CHANNELS ")
		t:append_text(", CREATE_SUB_CHANNELS")
		dissect_create_sub_channels(buf, t, 0, len)
	elseif ty == 14 then
		pinfo.cols.info:append("EVENT_NOTIFICATION ")
		t:append_text(", EVENT_NOTIFICATION")
		dissect_event_notification(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
