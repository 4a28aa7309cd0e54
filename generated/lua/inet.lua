-- DO NOT EDIT: generated from spec/inet.yaml by codegen/pvgen.py.
-- Wireshark dissector for Ethernet, IP, TCP and UDP headers.

local proto = Proto("pv_inet", "Ethernet, IP, TCP and UDP headers")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.eth_dst = ProtoField.bytes("pv_inet.eth.dst", "dst")
F.eth_src = ProtoField.bytes("pv_inet.eth.src", "src")
F.eth_ethertype = ProtoField.uint16("pv_inet.eth.ethertype", "ethertype", base.DEC, nil)
F.eth_vlan_dst = ProtoField.bytes("pv_inet.eth_vlan.dst", "dst")
F.eth_vlan_src = ProtoField.bytes("pv_inet.eth_vlan.src", "src")
F.eth_vlan_tpid = ProtoField.uint16("pv_inet.eth_vlan.tpid", "tpid", base.DEC, nil)
F.eth_vlan_tci = ProtoField.uint16("pv_inet.eth_vlan.tci", "tci", base.DEC, nil)
F.eth_vlan_tci_vid = ProtoField.uint32("pv_inet.eth_vlan.vid", "vid", base.DEC, nil)
F.eth_vlan_tci_dei = ProtoField.uint32("pv_inet.eth_vlan.dei", "dei", base.DEC, nil)
F.eth_vlan_tci_pcp = ProtoField.uint32("pv_inet.eth_vlan.pcp", "pcp", base.DEC, nil)
F.eth_vlan_ethertype = ProtoField.uint16("pv_inet.eth_vlan.ethertype", "ethertype", base.DEC, nil)
F.ipv4_ver_ihl = ProtoField.uint8("pv_inet.ipv4.ver_ihl", "ver_ihl", base.DEC, nil)
F.ipv4_ver_ihl_ihl = ProtoField.uint32("pv_inet.ipv4.ihl", "ihl", base.DEC, nil)
F.ipv4_ver_ihl_version = ProtoField.uint32("pv_inet.ipv4.version", "version", base.DEC, nil)
F.ipv4_tos = ProtoField.uint8("pv_inet.ipv4.tos", "tos", base.DEC, nil)
F.ipv4_total_len = ProtoField.uint16("pv_inet.ipv4.total_len", "total_len", base.DEC, nil)
F.ipv4_id = ProtoField.uint16("pv_inet.ipv4.id", "id", base.DEC, nil)
F.ipv4_frag = ProtoField.uint16("pv_inet.ipv4.frag", "frag", base.DEC, nil)
F.ipv4_frag_frag_off = ProtoField.uint32("pv_inet.ipv4.frag_off", "frag_off", base.DEC, nil)
F.ipv4_frag_mf = ProtoField.uint32("pv_inet.ipv4.mf", "mf", base.DEC, nil)
F.ipv4_frag_df = ProtoField.uint32("pv_inet.ipv4.df", "df", base.DEC, nil)
F.ipv4_ttl = ProtoField.uint8("pv_inet.ipv4.ttl", "ttl", base.DEC, nil)
F.ipv4_protocol = ProtoField.uint8("pv_inet.ipv4.protocol", "protocol", base.DEC, nil)
F.ipv4_checksum = ProtoField.uint16("pv_inet.ipv4.checksum", "checksum", base.DEC, nil)
F.ipv4_src = ProtoField.bytes("pv_inet.ipv4.src", "src")
F.ipv4_dst = ProtoField.bytes("pv_inet.ipv4.dst", "dst")
F.ipv6_ver_tc_flow = ProtoField.uint32("pv_inet.ipv6.ver_tc_flow", "ver_tc_flow", base.DEC, nil)
F.ipv6_ver_tc_flow_flow_label = ProtoField.uint32("pv_inet.ipv6.flow_label", "flow_label", base.DEC, nil)
F.ipv6_ver_tc_flow_traffic_class = ProtoField.uint32("pv_inet.ipv6.traffic_class", "traffic_class", base.DEC, nil)
F.ipv6_ver_tc_flow_version = ProtoField.uint32("pv_inet.ipv6.version", "version", base.DEC, nil)
F.ipv6_payload_len = ProtoField.uint16("pv_inet.ipv6.payload_len", "payload_len", base.DEC, nil)
F.ipv6_next_header = ProtoField.uint8("pv_inet.ipv6.next_header", "next_header", base.DEC, nil)
F.ipv6_hop_limit = ProtoField.uint8("pv_inet.ipv6.hop_limit", "hop_limit", base.DEC, nil)
F.ipv6_src = ProtoField.bytes("pv_inet.ipv6.src", "src")
F.ipv6_dst = ProtoField.bytes("pv_inet.ipv6.dst", "dst")
F.ipv6_opt_next_header = ProtoField.uint8("pv_inet.ipv6_opt.next_header", "next_header", base.DEC, nil)
F.ipv6_opt_hdr_ext_len = ProtoField.uint8("pv_inet.ipv6_opt.hdr_ext_len", "hdr_ext_len", base.DEC, nil)
F.ipv6_opt_data = ProtoField.bytes("pv_inet.ipv6_opt.data", "data")
F.ipv6_frag_next_header = ProtoField.uint8("pv_inet.ipv6_frag.next_header", "next_header", base.DEC, nil)
F.ipv6_frag_reserved = ProtoField.uint8("pv_inet.ipv6_frag.reserved", "reserved", base.DEC, nil)
F.ipv6_frag_frag = ProtoField.uint16("pv_inet.ipv6_frag.frag", "frag", base.DEC, nil)
F.ipv6_frag_frag_m = ProtoField.uint32("pv_inet.ipv6_frag.m", "m", base.DEC, nil)
F.ipv6_frag_frag_res = ProtoField.uint32("pv_inet.ipv6_frag.res", "res", base.DEC, nil)
F.ipv6_frag_frag_frag_off = ProtoField.uint32("pv_inet.ipv6_frag.frag_off", "frag_off", base.DEC, nil)
F.ipv6_frag_id = ProtoField.uint32("pv_inet.ipv6_frag.id", "id", base.DEC, nil)
F.tcp_sport = ProtoField.uint16("pv_inet.tcp.sport", "sport", base.DEC, nil)
F.tcp_dport = ProtoField.uint16("pv_inet.tcp.dport", "dport", base.DEC, nil)
F.tcp_seq = ProtoField.uint32("pv_inet.tcp.seq", "seq", base.DEC, nil)
F.tcp_ack = ProtoField.uint32("pv_inet.tcp.ack", "ack", base.DEC, nil)
F.tcp_doff_res = ProtoField.uint8("pv_inet.tcp.doff_res", "doff_res", base.DEC, nil)
F.tcp_doff_res_doff = ProtoField.uint32("pv_inet.tcp.doff", "doff", base.DEC, nil)
F.tcp_flags = ProtoField.uint8("pv_inet.tcp.flags", "flags", base.DEC, nil)
F.tcp_window = ProtoField.uint16("pv_inet.tcp.window", "window", base.DEC, nil)
F.tcp_checksum = ProtoField.uint16("pv_inet.tcp.checksum", "checksum", base.DEC, nil)
F.tcp_urgent = ProtoField.uint16("pv_inet.tcp.urgent", "urgent", base.DEC, nil)
F.udp_sport = ProtoField.uint16("pv_inet.udp.sport", "sport", base.DEC, nil)
F.udp_dport = ProtoField.uint16("pv_inet.udp.dport", "dport", base.DEC, nil)
F.udp_len = ProtoField.uint16("pv_inet.udp.len", "len", base.DEC, nil)
F.udp_checksum = ProtoField.uint16("pv_inet.udp.checksum", "checksum", base.DEC, nil)
proto.fields = {
	F.eth_dst,
	F.eth_src,
	F.eth_ethertype,
	F.eth_vlan_dst,
	F.eth_vlan_src,
	F.eth_vlan_tpid,
	F.eth_vlan_tci,
	F.eth_vlan_tci_vid,
	F.eth_vlan_tci_dei,
	F.eth_vlan_tci_pcp,
	F.eth_vlan_ethertype,
	F.ipv4_ver_ihl,
	F.ipv4_ver_ihl_ihl,
	F.ipv4_ver_ihl_version,
	F.ipv4_tos,
	F.ipv4_total_len,
	F.ipv4_id,
	F.ipv4_frag,
	F.ipv4_frag_frag_off,
	F.ipv4_frag_mf,
	F.ipv4_frag_df,
	F.ipv4_ttl,
	F.ipv4_protocol,
	F.ipv4_checksum,
	F.ipv4_src,
	F.ipv4_dst,
	F.ipv6_ver_tc_flow,
	F.ipv6_ver_tc_flow_flow_label,
	F.ipv6_ver_tc_flow_traffic_class,
	F.ipv6_ver_tc_flow_version,
	F.ipv6_payload_len,
	F.ipv6_next_header,
	F.ipv6_hop_limit,
	F.ipv6_src,
	F.ipv6_dst,
	F.ipv6_opt_next_header,
	F.ipv6_opt_hdr_ext_len,
	F.ipv6_opt_data,
	F.ipv6_frag_next_header,
	F.ipv6_frag_reserved,
	F.ipv6_frag_frag,
	F.ipv6_frag_frag_m,
	F.ipv6_frag_frag_res,
	F.ipv6_frag_frag_frag_off,
	F.ipv6_frag_id,
	F.tcp_sport,
	F.tcp_dport,
	F.tcp_seq,
	F.tcp_ack,
	F.tcp_doff_res,
	F.tcp_doff_res_doff,
	F.tcp_flags,
	F.tcp_window,
	F.tcp_checksum,
	F.tcp_urgent,
	F.udp_sport,
	F.udp_dport,
	F.udp_len,
	F.udp_checksum,
}

local function dissect_eth(buf, tree, off, len)
	if len < 14 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "eth: short (" .. len .. " < 14)")
		return len
	end
	tree:add_le(F.eth_dst, buf(off + 0, 6))
	tree:add_le(F.eth_src, buf(off + 6, 6))
	tree:add(F.eth_ethertype, buf(off + 12, 2))
	return 14
end

local function dissect_eth_vlan(buf, tree, off, len)
	if len < 18 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "eth_vlan: short (" .. len .. " < 18)")
		return len
	end
	tree:add_le(F.eth_vlan_dst, buf(off + 0, 6))
	tree:add_le(F.eth_vlan_src, buf(off + 6, 6))
	tree:add(F.eth_vlan_tpid, buf(off + 12, 2))
	tree:add(F.eth_vlan_tci, buf(off + 14, 2))
	do
		local v = buf(off + 14, 2):uint()
		tree:add(F.eth_vlan_tci_vid, buf(off + 14, 2), bit.band(bit.rshift(v, 0), 0xfff))
		tree:add(F.eth_vlan_tci_dei, buf(off + 14, 2), bit.band(bit.rshift(v, 12), 0x1))
		tree:add(F.eth_vlan_tci_pcp, buf(off + 14, 2), bit.band(bit.rshift(v, 13), 0x7))
	end
	tree:add(F.eth_vlan_ethertype, buf(off + 16, 2))
	return 18
end

local function dissect_ipv4(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ipv4: short (" .. len .. " < 20)")
		return len
	end
	tree:add_le(F.ipv4_ver_ihl, buf(off + 0, 1))
	do
		local v = buf(off + 0, 1):le_uint()
		tree:add(F.ipv4_ver_ihl_ihl, buf(off + 0, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.ipv4_ver_ihl_version, buf(off + 0, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	tree:add_le(F.ipv4_tos, buf(off + 1, 1))
	tree:add(F.ipv4_total_len, buf(off + 2, 2))
	tree:add(F.ipv4_id, buf(off + 4, 2))
	tree:add(F.ipv4_frag, buf(off + 6, 2))
	do
		local v = buf(off + 6, 2):uint()
		tree:add(F.ipv4_frag_frag_off, buf(off + 6, 2), bit.band(bit.rshift(v, 0), 0x1fff))
		tree:add(F.ipv4_frag_mf, buf(off + 6, 2), bit.band(bit.rshift(v, 13), 0x1))
		tree:add(F.ipv4_frag_df, buf(off + 6, 2), bit.band(bit.rshift(v, 14), 0x1))
	end
	tree:add_le(F.ipv4_ttl, buf(off + 8, 1))
	tree:add_le(F.ipv4_protocol, buf(off + 9, 1))
	tree:add(F.ipv4_checksum, buf(off + 10, 2))
	tree:add_le(F.ipv4_src, buf(off + 12, 4))
	tree:add_le(F.ipv4_dst, buf(off + 16, 4))
	return 20
end

local function dissect_ipv6(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ipv6: short (" .. len .. " < 40)")
		return len
	end
	tree:add(F.ipv6_ver_tc_flow, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):uint()
		tree:add(F.ipv6_ver_tc_flow_flow_label, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0xfffff))
		tree:add(F.ipv6_ver_tc_flow_traffic_class, buf(off + 0, 4), bit.band(bit.rshift(v, 20), 0xff))
		tree:add(F.ipv6_ver_tc_flow_version, buf(off + 0, 4), bit.band(bit.rshift(v, 28), 0xf))
	end
	tree:add(F.ipv6_payload_len, buf(off + 4, 2))
	tree:add_le(F.ipv6_next_header, buf(off + 6, 1))
	tree:add_le(F.ipv6_hop_limit, buf(off + 7, 1))
	tree:add_le(F.ipv6_src, buf(off + 8, 16))
	tree:add_le(F.ipv6_dst, buf(off + 24, 16))
	return 40
end

local function dissect_ipv6_opt(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ipv6_opt: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.ipv6_opt_next_header, buf(off + 0, 1))
	tree:add_le(F.ipv6_opt_hdr_ext_len, buf(off + 1, 1))
	tree:add_le(F.ipv6_opt_data, buf(off + 2, 6))
	return 8
end

local function dissect_ipv6_frag(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ipv6_frag: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.ipv6_frag_next_header, buf(off + 0, 1))
	tree:add_le(F.ipv6_frag_reserved, buf(off + 1, 1))
	tree:add(F.ipv6_frag_frag, buf(off + 2, 2))
	do
		local v = buf(off + 2, 2):uint()
		tree:add(F.ipv6_frag_frag_m, buf(off + 2, 2), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.ipv6_frag_frag_res, buf(off + 2, 2), bit.band(bit.rshift(v, 1), 0x3))
		tree:add(F.ipv6_frag_frag_frag_off, buf(off + 2, 2), bit.band(bit.rshift(v, 3), 0x1fff))
	end
	tree:add(F.ipv6_frag_id, buf(off + 4, 4))
	return 8
end

local function dissect_tcp(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "tcp: short (" .. len .. " < 20)")
		return len
	end
	tree:add(F.tcp_sport, buf(off + 0, 2))
	tree:add(F.tcp_dport, buf(off + 2, 2))
	tree:add(F.tcp_seq, buf(off + 4, 4))
	tree:add(F.tcp_ack, buf(off + 8, 4))
	tree:add_le(F.tcp_doff_res, buf(off + 12, 1))
	do
		local v = buf(off + 12, 1):le_uint()
		tree:add(F.tcp_doff_res_doff, buf(off + 12, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	tree:add_le(F.tcp_flags, buf(off + 13, 1))
	tree:add(F.tcp_window, buf(off + 14, 2))
	tree:add(F.tcp_checksum, buf(off + 16, 2))
	tree:add(F.tcp_urgent, buf(off + 18, 2))
	return 20
end

local function dissect_udp(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "udp: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.udp_sport, buf(off + 0, 2))
	tree:add(F.udp_dport, buf(off + 2, 2))
	tree:add(F.udp_len, buf(off + 4, 2))
	tree:add(F.udp_checksum, buf(off + 6, 2))
	return 8
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("INET")
	local t = tree:add(proto, buf())
	dissect_udp(buf, t, 0, len)
end
