-- DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py.
-- Wireshark dissector for Remote NDIS over VMBus (RNDIS).

local proto = Proto("pv_rndis", "Remote NDIS over VMBus (RNDIS)")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.init_msg_type = ProtoField.uint32("pv_rndis.init.msg_type", "msg_type", base.DEC, nil)
F.init_msg_len = ProtoField.uint32("pv_rndis.init.msg_len", "msg_len", base.DEC, nil)
F.init_req_id = ProtoField.uint32("pv_rndis.init.req_id", "req_id", base.HEX, nil)
F.init_major_ver = ProtoField.uint32("pv_rndis.init.major_ver", "major_ver", base.DEC, nil)
F.init_minor_ver = ProtoField.uint32("pv_rndis.init.minor_ver", "minor_ver", base.DEC, nil)
F.init_max_xfer_size = ProtoField.uint32("pv_rndis.init.max_xfer_size", "max_xfer_size", base.DEC, nil)
F.init_complete_msg_type = ProtoField.uint32("pv_rndis.init_complete.msg_type", "msg_type", base.DEC, nil)
F.init_complete_msg_len = ProtoField.uint32("pv_rndis.init_complete.msg_len", "msg_len", base.DEC, nil)
F.init_complete_req_id = ProtoField.uint32("pv_rndis.init_complete.req_id", "req_id", base.HEX, nil)
F.init_complete_status = ProtoField.uint32("pv_rndis.init_complete.status", "status", base.DEC, {[0] = "SUCCESS", [259] = "PENDING", [1073807371] = "MEDIA_CONNECT", [1073807372] = "MEDIA_DISCONNECT", [1073807378] = "MEDIA_SPECIFIC_INDICATION", [1073807379] = "LINK_SPEED_CHANGE", [1073807384] = "NETWORK_CHANGE", [1073872902] = "TASK_OFFLOAD_CURRENT_CONFIG", [2147483653] = "BUFFER_OVERFLOW", [3221225473] = "FAILURE", [3221225485] = "INVALID_PARAMETER", [3221225626] = "RESOURCES", [3221225659] = "NOT_SUPPORTED", [3221291028] = "INVALID_LENGTH", [3221291029] = "INVALID_DATA", [3221291030] = "BUFFER_TOO_SHORT", [3221291031] = "INVALID_OID"})
F.init_complete_major_ver = ProtoField.uint32("pv_rndis.init_complete.major_ver", "major_ver", base.DEC, nil)
F.init_complete_minor_ver = ProtoField.uint32("pv_rndis.init_complete.minor_ver", "minor_ver", base.DEC, nil)
F.init_complete_dev_flags = ProtoField.uint32("pv_rndis.init_complete.dev_flags", "dev_flags", base.DEC, nil)
F.init_complete_medium = ProtoField.uint32("pv_rndis.init_complete.medium", "medium", base.DEC, nil)
F.init_complete_max_pkt_per_msg = ProtoField.uint32("pv_rndis.init_complete.max_pkt_per_msg", "max_pkt_per_msg", base.DEC, nil)
F.init_complete_max_xfer_size = ProtoField.uint32("pv_rndis.init_complete.max_xfer_size", "max_xfer_size", base.DEC, nil)
F.init_complete_pkt_alignment_factor = ProtoField.uint32("pv_rndis.init_complete.pkt_alignment_factor", "pkt_alignment_factor", base.DEC, nil)
F.init_complete_af_list_offset = ProtoField.uint32("pv_rndis.init_complete.af_list_offset", "af_list_offset", base.DEC, nil)
F.init_complete_af_list_size = ProtoField.uint32("pv_rndis.init_complete.af_list_size", "af_list_size", base.DEC, nil)
F.halt_msg_type = ProtoField.uint32("pv_rndis.halt.msg_type", "msg_type", base.DEC, nil)
F.halt_msg_len = ProtoField.uint32("pv_rndis.halt.msg_len", "msg_len", base.DEC, nil)
F.halt_req_id = ProtoField.uint32("pv_rndis.halt.req_id", "req_id", base.HEX, nil)
F.query_msg_type = ProtoField.uint32("pv_rndis.query.msg_type", "msg_type", base.DEC, nil)
F.query_msg_len = ProtoField.uint32("pv_rndis.query.msg_len", "msg_len", base.DEC, nil)
F.query_req_id = ProtoField.uint32("pv_rndis.query.req_id", "req_id", base.HEX, nil)
F.query_oid = ProtoField.uint32("pv_rndis.query.oid", "oid", base.DEC, nil)
F.query_info_buflen = ProtoField.uint32("pv_rndis.query.info_buflen", "info_buflen", base.DEC, nil)
F.query_info_buf_offset = ProtoField.uint32("pv_rndis.query.info_buf_offset", "info_buf_offset", base.DEC, nil)
F.query_dev_vc_handle = ProtoField.uint32("pv_rndis.query.dev_vc_handle", "dev_vc_handle", base.DEC, nil)
F.query_complete_msg_type = ProtoField.uint32("pv_rndis.query_complete.msg_type", "msg_type", base.DEC, nil)
F.query_complete_msg_len = ProtoField.uint32("pv_rndis.query_complete.msg_len", "msg_len", base.DEC, nil)
F.query_complete_req_id = ProtoField.uint32("pv_rndis.query_complete.req_id", "req_id", base.HEX, nil)
F.query_complete_status = ProtoField.uint32("pv_rndis.query_complete.status", "status", base.DEC, {[0] = "SUCCESS", [259] = "PENDING", [1073807371] = "MEDIA_CONNECT", [1073807372] = "MEDIA_DISCONNECT", [1073807378] = "MEDIA_SPECIFIC_INDICATION", [1073807379] = "LINK_SPEED_CHANGE", [1073807384] = "NETWORK_CHANGE", [1073872902] = "TASK_OFFLOAD_CURRENT_CONFIG", [2147483653] = "BUFFER_OVERFLOW", [3221225473] = "FAILURE", [3221225485] = "INVALID_PARAMETER", [3221225626] = "RESOURCES", [3221225659] = "NOT_SUPPORTED", [3221291028] = "INVALID_LENGTH", [3221291029] = "INVALID_DATA", [3221291030] = "BUFFER_TOO_SHORT", [3221291031] = "INVALID_OID"})
F.query_complete_info_buflen = ProtoField.uint32("pv_rndis.query_complete.info_buflen", "info_buflen", base.DEC, nil)
F.query_complete_info_buf_offset = ProtoField.uint32("pv_rndis.query_complete.info_buf_offset", "info_buf_offset", base.DEC, nil)
F.set_msg_type = ProtoField.uint32("pv_rndis.set.msg_type", "msg_type", base.DEC, nil)
F.set_msg_len = ProtoField.uint32("pv_rndis.set.msg_len", "msg_len", base.DEC, nil)
F.set_req_id = ProtoField.uint32("pv_rndis.set.req_id", "req_id", base.HEX, nil)
F.set_oid = ProtoField.uint32("pv_rndis.set.oid", "oid", base.DEC, nil)
F.set_info_buflen = ProtoField.uint32("pv_rndis.set.info_buflen", "info_buflen", base.DEC, nil)
F.set_info_buf_offset = ProtoField.uint32("pv_rndis.set.info_buf_offset", "info_buf_offset", base.DEC, nil)
F.set_dev_vc_handle = ProtoField.uint32("pv_rndis.set.dev_vc_handle", "dev_vc_handle", base.DEC, nil)
F.set_complete_msg_type = ProtoField.uint32("pv_rndis.set_complete.msg_type", "msg_type", base.DEC, nil)
F.set_complete_msg_len = ProtoField.uint32("pv_rndis.set_complete.msg_len", "msg_len", base.DEC, nil)
F.set_complete_req_id = ProtoField.uint32("pv_rndis.set_complete.req_id", "req_id", base.HEX, nil)
F.set_complete_status = ProtoField.uint32("pv_rndis.set_complete.status", "status", base.DEC, {[0] = "SUCCESS", [259] = "PENDING", [1073807371] = "MEDIA_CONNECT", [1073807372] = "MEDIA_DISCONNECT", [1073807378] = "MEDIA_SPECIFIC_INDICATION", [1073807379] = "LINK_SPEED_CHANGE", [1073807384] = "NETWORK_CHANGE", [1073872902] = "TASK_OFFLOAD_CURRENT_CONFIG", [2147483653] = "BUFFER_OVERFLOW", [3221225473] = "FAILURE", [3221225485] = "INVALID_PARAMETER", [3221225626] = "RESOURCES", [3221225659] = "NOT_SUPPORTED", [3221291028] = "INVALID_LENGTH", [3221291029] = "INVALID_DATA", [3221291030] = "BUFFER_TOO_SHORT", [3221291031] = "INVALID_OID"})
F.reset_msg_type = ProtoField.uint32("pv_rndis.reset.msg_type", "msg_type", base.DEC, nil)
F.reset_msg_len = ProtoField.uint32("pv_rndis.reset.msg_len", "msg_len", base.DEC, nil)
F.reset_reserved = ProtoField.uint32("pv_rndis.reset.reserved", "reserved", base.DEC, nil)
F.reset_complete_msg_type = ProtoField.uint32("pv_rndis.reset_complete.msg_type", "msg_type", base.DEC, nil)
F.reset_complete_msg_len = ProtoField.uint32("pv_rndis.reset_complete.msg_len", "msg_len", base.DEC, nil)
F.reset_complete_status = ProtoField.uint32("pv_rndis.reset_complete.status", "status", base.DEC, {[0] = "SUCCESS", [259] = "PENDING", [1073807371] = "MEDIA_CONNECT", [1073807372] = "MEDIA_DISCONNECT", [1073807378] = "MEDIA_SPECIFIC_INDICATION", [1073807379] = "LINK_SPEED_CHANGE", [1073807384] = "NETWORK_CHANGE", [1073872902] = "TASK_OFFLOAD_CURRENT_CONFIG", [2147483653] = "BUFFER_OVERFLOW", [3221225473] = "FAILURE", [3221225485] = "INVALID_PARAMETER", [3221225626] = "RESOURCES", [3221225659] = "NOT_SUPPORTED", [3221291028] = "INVALID_LENGTH", [3221291029] = "INVALID_DATA", [3221291030] = "BUFFER_TOO_SHORT", [3221291031] = "INVALID_OID"})
F.reset_complete_addressing_reset = ProtoField.uint32("pv_rndis.reset_complete.addressing_reset", "addressing_reset", base.DEC, nil)
F.indicate_msg_type = ProtoField.uint32("pv_rndis.indicate.msg_type", "msg_type", base.DEC, nil)
F.indicate_msg_len = ProtoField.uint32("pv_rndis.indicate.msg_len", "msg_len", base.DEC, nil)
F.indicate_status = ProtoField.uint32("pv_rndis.indicate.status", "status", base.DEC, {[0] = "SUCCESS", [259] = "PENDING", [1073807371] = "MEDIA_CONNECT", [1073807372] = "MEDIA_DISCONNECT", [1073807378] = "MEDIA_SPECIFIC_INDICATION", [1073807379] = "LINK_SPEED_CHANGE", [1073807384] = "NETWORK_CHANGE", [1073872902] = "TASK_OFFLOAD_CURRENT_CONFIG", [2147483653] = "BUFFER_OVERFLOW", [3221225473] = "FAILURE", [3221225485] = "INVALID_PARAMETER", [3221225626] = "RESOURCES", [3221225659] = "NOT_SUPPORTED", [3221291028] = "INVALID_LENGTH", [3221291029] = "INVALID_DATA", [3221291030] = "BUFFER_TOO_SHORT", [3221291031] = "INVALID_OID"})
F.indicate_status_buflen = ProtoField.uint32("pv_rndis.indicate.status_buflen", "status_buflen", base.DEC, nil)
F.indicate_status_buf_offset = ProtoField.uint32("pv_rndis.indicate.status_buf_offset", "status_buf_offset", base.DEC, nil)
F.keepalive_msg_type = ProtoField.uint32("pv_rndis.keepalive.msg_type", "msg_type", base.DEC, nil)
F.keepalive_msg_len = ProtoField.uint32("pv_rndis.keepalive.msg_len", "msg_len", base.DEC, nil)
F.keepalive_req_id = ProtoField.uint32("pv_rndis.keepalive.req_id", "req_id", base.HEX, nil)
F.keepalive_complete_msg_type = ProtoField.uint32("pv_rndis.keepalive_complete.msg_type", "msg_type", base.DEC, nil)
F.keepalive_complete_msg_len = ProtoField.uint32("pv_rndis.keepalive_complete.msg_len", "msg_len", base.DEC, nil)
F.keepalive_complete_req_id = ProtoField.uint32("pv_rndis.keepalive_complete.req_id", "req_id", base.HEX, nil)
F.keepalive_complete_status = ProtoField.uint32("pv_rndis.keepalive_complete.status", "status", base.DEC, {[0] = "SUCCESS", [259] = "PENDING", [1073807371] = "MEDIA_CONNECT", [1073807372] = "MEDIA_DISCONNECT", [1073807378] = "MEDIA_SPECIFIC_INDICATION", [1073807379] = "LINK_SPEED_CHANGE", [1073807384] = "NETWORK_CHANGE", [1073872902] = "TASK_OFFLOAD_CURRENT_CONFIG", [2147483653] = "BUFFER_OVERFLOW", [3221225473] = "FAILURE", [3221225485] = "INVALID_PARAMETER", [3221225626] = "RESOURCES", [3221225659] = "NOT_SUPPORTED", [3221291028] = "INVALID_LENGTH", [3221291029] = "INVALID_DATA", [3221291030] = "BUFFER_TOO_SHORT", [3221291031] = "INVALID_OID"})
F.set_ex_msg_type = ProtoField.uint32("pv_rndis.set_ex.msg_type", "msg_type", base.DEC, nil)
F.set_ex_msg_len = ProtoField.uint32("pv_rndis.set_ex.msg_len", "msg_len", base.DEC, nil)
F.set_ex_req_id = ProtoField.uint32("pv_rndis.set_ex.req_id", "req_id", base.HEX, nil)
F.set_ex_oid = ProtoField.uint32("pv_rndis.set_ex.oid", "oid", base.DEC, nil)
F.set_ex_info_buflen = ProtoField.uint32("pv_rndis.set_ex.info_buflen", "info_buflen", base.DEC, nil)
F.set_ex_info_buf_offset = ProtoField.uint32("pv_rndis.set_ex.info_buf_offset", "info_buf_offset", base.DEC, nil)
F.set_ex_dev_vc_handle = ProtoField.uint32("pv_rndis.set_ex.dev_vc_handle", "dev_vc_handle", base.DEC, nil)
F.set_ex_complete_msg_type = ProtoField.uint32("pv_rndis.set_ex_complete.msg_type", "msg_type", base.DEC, nil)
F.set_ex_complete_msg_len = ProtoField.uint32("pv_rndis.set_ex_complete.msg_len", "msg_len", base.DEC, nil)
F.set_ex_complete_req_id = ProtoField.uint32("pv_rndis.set_ex_complete.req_id", "req_id", base.HEX, nil)
F.set_ex_complete_status = ProtoField.uint32("pv_rndis.set_ex_complete.status", "status", base.DEC, {[0] = "SUCCESS", [259] = "PENDING", [1073807371] = "MEDIA_CONNECT", [1073807372] = "MEDIA_DISCONNECT", [1073807378] = "MEDIA_SPECIFIC_INDICATION", [1073807379] = "LINK_SPEED_CHANGE", [1073807384] = "NETWORK_CHANGE", [1073872902] = "TASK_OFFLOAD_CURRENT_CONFIG", [2147483653] = "BUFFER_OVERFLOW", [3221225473] = "FAILURE", [3221225485] = "INVALID_PARAMETER", [3221225626] = "RESOURCES", [3221225659] = "NOT_SUPPORTED", [3221291028] = "INVALID_LENGTH", [3221291029] = "INVALID_DATA", [3221291030] = "BUFFER_TOO_SHORT", [3221291031] = "INVALID_OID"})
F.set_ex_complete_info_buflen = ProtoField.uint32("pv_rndis.set_ex_complete.info_buflen", "info_buflen", base.DEC, nil)
F.set_ex_complete_info_buf_offset = ProtoField.uint32("pv_rndis.set_ex_complete.info_buf_offset", "info_buf_offset", base.DEC, nil)
F.packet_msg_type = ProtoField.uint32("pv_rndis.packet.msg_type", "msg_type", base.DEC, nil)
F.packet_msg_len = ProtoField.uint32("pv_rndis.packet.msg_len", "msg_len", base.DEC, nil)
F.packet_data_offset = ProtoField.uint32("pv_rndis.packet.data_offset", "data_offset", base.DEC, nil)
F.packet_data_len = ProtoField.uint32("pv_rndis.packet.data_len", "data_len", base.DEC, nil)
F.packet_oob_data_offset = ProtoField.uint32("pv_rndis.packet.oob_data_offset", "oob_data_offset", base.DEC, nil)
F.packet_oob_data_len = ProtoField.uint32("pv_rndis.packet.oob_data_len", "oob_data_len", base.DEC, nil)
F.packet_num_oob_data_elements = ProtoField.uint32("pv_rndis.packet.num_oob_data_elements", "num_oob_data_elements", base.DEC, nil)
F.packet_per_pkt_info_offset = ProtoField.uint32("pv_rndis.packet.per_pkt_info_offset", "per_pkt_info_offset", base.DEC, nil)
F.packet_per_pkt_info_len = ProtoField.uint32("pv_rndis.packet.per_pkt_info_len", "per_pkt_info_len", base.DEC, nil)
F.packet_vc_handle = ProtoField.uint32("pv_rndis.packet.vc_handle", "vc_handle", base.DEC, nil)
F.packet_reserved = ProtoField.uint32("pv_rndis.packet.reserved", "reserved", base.DEC, nil)
F.ppi_size = ProtoField.uint32("pv_rndis.ppi.size", "size", base.DEC, nil)
F.ppi_type = ProtoField.uint32("pv_rndis.ppi.type", "type", base.DEC, nil)
F.ppi_type_ppi_type = ProtoField.uint32("pv_rndis.ppi.ppi_type", "ppi_type", base.DEC, nil)
F.ppi_type_internal = ProtoField.uint32("pv_rndis.ppi.internal", "internal", base.DEC, nil)
F.ppi_ppi_offset = ProtoField.uint32("pv_rndis.ppi.ppi_offset", "ppi_offset", base.DEC, nil)
F.csum_tx_info_value = ProtoField.uint32("pv_rndis.csum_tx_info.value", "value", base.DEC, nil)
F.csum_tx_info_value_is_ipv4 = ProtoField.uint32("pv_rndis.csum_tx_info.is_ipv4", "is_ipv4", base.DEC, nil)
F.csum_tx_info_value_is_ipv6 = ProtoField.uint32("pv_rndis.csum_tx_info.is_ipv6", "is_ipv6", base.DEC, nil)
F.csum_tx_info_value_tcp_checksum = ProtoField.uint32("pv_rndis.csum_tx_info.tcp_checksum", "tcp_checksum", base.DEC, nil)
F.csum_tx_info_value_udp_checksum = ProtoField.uint32("pv_rndis.csum_tx_info.udp_checksum", "udp_checksum", base.DEC, nil)
F.csum_tx_info_value_ip_header_checksum = ProtoField.uint32("pv_rndis.csum_tx_info.ip_header_checksum", "ip_header_checksum", base.DEC, nil)
F.csum_tx_info_value_tcp_header_offset = ProtoField.uint32("pv_rndis.csum_tx_info.tcp_header_offset", "tcp_header_offset", base.DEC, nil)
F.csum_rx_info_value = ProtoField.uint32("pv_rndis.csum_rx_info.value", "value", base.DEC, nil)
F.csum_rx_info_value_tcp_checksum_failed = ProtoField.uint32("pv_rndis.csum_rx_info.tcp_checksum_failed", "tcp_checksum_failed", base.DEC, nil)
F.csum_rx_info_value_udp_checksum_failed = ProtoField.uint32("pv_rndis.csum_rx_info.udp_checksum_failed", "udp_checksum_failed", base.DEC, nil)
F.csum_rx_info_value_ip_checksum_failed = ProtoField.uint32("pv_rndis.csum_rx_info.ip_checksum_failed", "ip_checksum_failed", base.DEC, nil)
F.csum_rx_info_value_tcp_checksum_succeeded = ProtoField.uint32("pv_rndis.csum_rx_info.tcp_checksum_succeeded", "tcp_checksum_succeeded", base.DEC, nil)
F.csum_rx_info_value_udp_checksum_succeeded = ProtoField.uint32("pv_rndis.csum_rx_info.udp_checksum_succeeded", "udp_checksum_succeeded", base.DEC, nil)
F.csum_rx_info_value_ip_checksum_succeeded = ProtoField.uint32("pv_rndis.csum_rx_info.ip_checksum_succeeded", "ip_checksum_succeeded", base.DEC, nil)
F.csum_rx_info_value_loopback = ProtoField.uint32("pv_rndis.csum_rx_info.loopback", "loopback", base.DEC, nil)
F.csum_rx_info_value_tcp_checksum_value_invalid = ProtoField.uint32("pv_rndis.csum_rx_info.tcp_checksum_value_invalid", "tcp_checksum_value_invalid", base.DEC, nil)
F.csum_rx_info_value_ip_checksum_value_invalid = ProtoField.uint32("pv_rndis.csum_rx_info.ip_checksum_value_invalid", "ip_checksum_value_invalid", base.DEC, nil)
F.lso_info_value = ProtoField.uint32("pv_rndis.lso_info.value", "value", base.DEC, nil)
F.lso_info_value_mss = ProtoField.uint32("pv_rndis.lso_info.mss", "mss", base.DEC, nil)
F.lso_info_value_tcp_header_offset = ProtoField.uint32("pv_rndis.lso_info.tcp_header_offset", "tcp_header_offset", base.DEC, nil)
F.lso_info_value_type = ProtoField.uint32("pv_rndis.lso_info.type", "type", base.DEC, nil)
F.lso_info_value_ip_version = ProtoField.uint32("pv_rndis.lso_info.ip_version", "ip_version", base.DEC, nil)
F.vlan_info_value = ProtoField.uint32("pv_rndis.vlan_info.value", "value", base.DEC, nil)
F.vlan_info_value_pri = ProtoField.uint32("pv_rndis.vlan_info.pri", "pri", base.DEC, nil)
F.vlan_info_value_cfi = ProtoField.uint32("pv_rndis.vlan_info.cfi", "cfi", base.DEC, nil)
F.vlan_info_value_vlanid = ProtoField.uint32("pv_rndis.vlan_info.vlanid", "vlanid", base.DEC, nil)
F.hash_value_hash = ProtoField.uint32("pv_rndis.hash_value.hash", "hash", base.DEC, nil)
F.pktinfo_id_ver = ProtoField.uint8("pv_rndis.pktinfo_id.ver", "ver", base.DEC, nil)
F.pktinfo_id_flag = ProtoField.uint8("pv_rndis.pktinfo_id.flag", "flag", base.DEC, nil)
F.pktinfo_id_flag_suballoc = ProtoField.uint32("pv_rndis.pktinfo_id.suballoc", "suballoc", base.DEC, nil)
F.pktinfo_id_flag_first_frag = ProtoField.uint32("pv_rndis.pktinfo_id.first_frag", "first_frag", base.DEC, nil)
F.pktinfo_id_flag_last_frag = ProtoField.uint32("pv_rndis.pktinfo_id.last_frag", "last_frag", base.DEC, nil)
F.pktinfo_id_pkt_id = ProtoField.uint16("pv_rndis.pktinfo_id.pkt_id", "pkt_id", base.HEX, nil)
F.ndis_object_header_type = ProtoField.uint8("pv_rndis.ndis_object_header.type", "type", base.DEC, nil)
F.ndis_object_header_revision = ProtoField.uint8("pv_rndis.ndis_object_header.revision", "revision", base.DEC, nil)
F.ndis_object_header_size = ProtoField.uint16("pv_rndis.ndis_object_header.size", "size", base.DEC, nil)
F.csum_offload_ip4_txenc = ProtoField.uint32("pv_rndis.csum_offload.ip4_txenc", "ip4_txenc", base.DEC, nil)
F.csum_offload_ip4_txcsum = ProtoField.uint32("pv_rndis.csum_offload.ip4_txcsum", "ip4_txcsum", base.DEC, nil)
F.csum_offload_ip4_rxenc = ProtoField.uint32("pv_rndis.csum_offload.ip4_rxenc", "ip4_rxenc", base.DEC, nil)
F.csum_offload_ip4_rxcsum = ProtoField.uint32("pv_rndis.csum_offload.ip4_rxcsum", "ip4_rxcsum", base.DEC, nil)
F.csum_offload_ip6_txenc = ProtoField.uint32("pv_rndis.csum_offload.ip6_txenc", "ip6_txenc", base.DEC, nil)
F.csum_offload_ip6_txcsum = ProtoField.uint32("pv_rndis.csum_offload.ip6_txcsum", "ip6_txcsum", base.DEC, nil)
F.csum_offload_ip6_rxenc = ProtoField.uint32("pv_rndis.csum_offload.ip6_rxenc", "ip6_rxenc", base.DEC, nil)
F.csum_offload_ip6_rxcsum = ProtoField.uint32("pv_rndis.csum_offload.ip6_rxcsum", "ip6_rxcsum", base.DEC, nil)
F.lsov1_offload_encap = ProtoField.uint32("pv_rndis.lsov1_offload.encap", "encap", base.DEC, nil)
F.lsov1_offload_maxsize = ProtoField.uint32("pv_rndis.lsov1_offload.maxsize", "maxsize", base.DEC, nil)
F.lsov1_offload_minsegs = ProtoField.uint32("pv_rndis.lsov1_offload.minsegs", "minsegs", base.DEC, nil)
F.lsov1_offload_opts = ProtoField.uint32("pv_rndis.lsov1_offload.opts", "opts", base.DEC, nil)
F.ipsecv1_offload_encap = ProtoField.uint32("pv_rndis.ipsecv1_offload.encap", "encap", base.DEC, nil)
F.ipsecv1_offload_ah_esp = ProtoField.uint32("pv_rndis.ipsecv1_offload.ah_esp", "ah_esp", base.DEC, nil)
F.ipsecv1_offload_xport_tun = ProtoField.uint32("pv_rndis.ipsecv1_offload.xport_tun", "xport_tun", base.DEC, nil)
F.ipsecv1_offload_ip4_opts = ProtoField.uint32("pv_rndis.ipsecv1_offload.ip4_opts", "ip4_opts", base.DEC, nil)
F.ipsecv1_offload_flags = ProtoField.uint32("pv_rndis.ipsecv1_offload.flags", "flags", base.DEC, nil)
F.ipsecv1_offload_ip4_ah = ProtoField.uint32("pv_rndis.ipsecv1_offload.ip4_ah", "ip4_ah", base.DEC, nil)
F.ipsecv1_offload_ip4_esp = ProtoField.uint32("pv_rndis.ipsecv1_offload.ip4_esp", "ip4_esp", base.DEC, nil)
F.lsov2_offload_ip4_encap = ProtoField.uint32("pv_rndis.lsov2_offload.ip4_encap", "ip4_encap", base.DEC, nil)
F.lsov2_offload_ip4_maxsz = ProtoField.uint32("pv_rndis.lsov2_offload.ip4_maxsz", "ip4_maxsz", base.DEC, nil)
F.lsov2_offload_ip4_minsg = ProtoField.uint32("pv_rndis.lsov2_offload.ip4_minsg", "ip4_minsg", base.DEC, nil)
F.lsov2_offload_ip6_encap = ProtoField.uint32("pv_rndis.lsov2_offload.ip6_encap", "ip6_encap", base.DEC, nil)
F.lsov2_offload_ip6_maxsz = ProtoField.uint32("pv_rndis.lsov2_offload.ip6_maxsz", "ip6_maxsz", base.DEC, nil)
F.lsov2_offload_ip6_minsg = ProtoField.uint32("pv_rndis.lsov2_offload.ip6_minsg", "ip6_minsg", base.DEC, nil)
F.lsov2_offload_ip6_opts = ProtoField.uint32("pv_rndis.lsov2_offload.ip6_opts", "ip6_opts", base.DEC, nil)
F.ipsecv2_offload_encap = ProtoField.uint32("pv_rndis.ipsecv2_offload.encap", "encap", base.DEC, nil)
F.ipsecv2_offload_ip6 = ProtoField.uint8("pv_rndis.ipsecv2_offload.ip6", "ip6", base.DEC, nil)
F.ipsecv2_offload_ip4opt = ProtoField.uint8("pv_rndis.ipsecv2_offload.ip4opt", "ip4opt", base.DEC, nil)
F.ipsecv2_offload_ip6ext = ProtoField.uint8("pv_rndis.ipsecv2_offload.ip6ext", "ip6ext", base.DEC, nil)
F.ipsecv2_offload_ah = ProtoField.uint8("pv_rndis.ipsecv2_offload.ah", "ah", base.DEC, nil)
F.ipsecv2_offload_esp = ProtoField.uint8("pv_rndis.ipsecv2_offload.esp", "esp", base.DEC, nil)
F.ipsecv2_offload_ah_esp = ProtoField.uint8("pv_rndis.ipsecv2_offload.ah_esp", "ah_esp", base.DEC, nil)
F.ipsecv2_offload_xport = ProtoField.uint8("pv_rndis.ipsecv2_offload.xport", "xport", base.DEC, nil)
F.ipsecv2_offload_tun = ProtoField.uint8("pv_rndis.ipsecv2_offload.tun", "tun", base.DEC, nil)
F.ipsecv2_offload_xport_tun = ProtoField.uint8("pv_rndis.ipsecv2_offload.xport_tun", "xport_tun", base.DEC, nil)
F.ipsecv2_offload_lso = ProtoField.uint8("pv_rndis.ipsecv2_offload.lso", "lso", base.DEC, nil)
F.ipsecv2_offload_extseq = ProtoField.uint8("pv_rndis.ipsecv2_offload.extseq", "extseq", base.DEC, nil)
F.ipsecv2_offload_pad15 = ProtoField.uint8("pv_rndis.ipsecv2_offload.pad15", "pad15", base.DEC, nil)
F.ipsecv2_offload_udp_esp = ProtoField.uint32("pv_rndis.ipsecv2_offload.udp_esp", "udp_esp", base.DEC, nil)
F.ipsecv2_offload_auth = ProtoField.uint32("pv_rndis.ipsecv2_offload.auth", "auth", base.DEC, nil)
F.ipsecv2_offload_crypto = ProtoField.uint32("pv_rndis.ipsecv2_offload.crypto", "crypto", base.DEC, nil)
F.ipsecv2_offload_sa_caps = ProtoField.uint32("pv_rndis.ipsecv2_offload.sa_caps", "sa_caps", base.DEC, nil)
F.ndis_offload_header = ProtoField.none("pv_rndis.ndis_offload.header", "header")
F.ndis_offload_csum = ProtoField.none("pv_rndis.ndis_offload.csum", "csum")
F.ndis_offload_lsov1 = ProtoField.none("pv_rndis.ndis_offload.lsov1", "lsov1")
F.ndis_offload_ipsecv1 = ProtoField.none("pv_rndis.ndis_offload.ipsecv1", "ipsecv1")
F.ndis_offload_lsov2 = ProtoField.none("pv_rndis.ndis_offload.lsov2", "lsov2")
F.ndis_offload_flags = ProtoField.uint32("pv_rndis.ndis_offload.flags", "flags", base.DEC, nil)
F.ndis_offload_ipsecv2 = ProtoField.none("pv_rndis.ndis_offload.ipsecv2", "ipsecv2")
F.ndis_offload_rsc_ip4 = ProtoField.uint8("pv_rndis.ndis_offload.rsc_ip4", "rsc_ip4", base.DEC, nil)
F.ndis_offload_rsc_ip6 = ProtoField.uint8("pv_rndis.ndis_offload.rsc_ip6", "rsc_ip6", base.DEC, nil)
F.ndis_offload_pad146 = ProtoField.uint16("pv_rndis.ndis_offload.pad146", "pad146", base.DEC, nil)
F.ndis_offload_encap_gre_flags = ProtoField.uint32("pv_rndis.ndis_offload.encap_gre_flags", "encap_gre_flags", base.DEC, nil)
F.ndis_offload_encap_gre_maxhdr = ProtoField.uint32("pv_rndis.ndis_offload.encap_gre_maxhdr", "encap_gre_maxhdr", base.DEC, nil)
F.offload_params_header = ProtoField.none("pv_rndis.offload_params.header", "header")
F.offload_params_ip_v4_csum = ProtoField.uint8("pv_rndis.offload_params.ip_v4_csum", "ip_v4_csum", base.DEC, {[0] = "NO_CHANGE", [1] = "TX_RX_DISABLED", [2] = "TX_ENABLED_RX_DISABLED", [3] = "RX_ENABLED_TX_DISABLED", [4] = "TX_RX_ENABLED"})
F.offload_params_tcp_ip_v4_csum = ProtoField.uint8("pv_rndis.offload_params.tcp_ip_v4_csum", "tcp_ip_v4_csum", base.DEC, {[0] = "NO_CHANGE", [1] = "TX_RX_DISABLED", [2] = "TX_ENABLED_RX_DISABLED", [3] = "RX_ENABLED_TX_DISABLED", [4] = "TX_RX_ENABLED"})
F.offload_params_udp_ip_v4_csum = ProtoField.uint8("pv_rndis.offload_params.udp_ip_v4_csum", "udp_ip_v4_csum", base.DEC, {[0] = "NO_CHANGE", [1] = "TX_RX_DISABLED", [2] = "TX_ENABLED_RX_DISABLED", [3] = "RX_ENABLED_TX_DISABLED", [4] = "TX_RX_ENABLED"})
F.offload_params_tcp_ip_v6_csum = ProtoField.uint8("pv_rndis.offload_params.tcp_ip_v6_csum", "tcp_ip_v6_csum", base.DEC, {[0] = "NO_CHANGE", [1] = "TX_RX_DISABLED", [2] = "TX_ENABLED_RX_DISABLED", [3] = "RX_ENABLED_TX_DISABLED", [4] = "TX_RX_ENABLED"})
F.offload_params_udp_ip_v6_csum = ProtoField.uint8("pv_rndis.offload_params.udp_ip_v6_csum", "udp_ip_v6_csum", base.DEC, {[0] = "NO_CHANGE", [1] = "TX_RX_DISABLED", [2] = "TX_ENABLED_RX_DISABLED", [3] = "RX_ENABLED_TX_DISABLED", [4] = "TX_RX_ENABLED"})
F.offload_params_lso_v1 = ProtoField.uint8("pv_rndis.offload_params.lso_v1", "lso_v1", base.DEC, {[0] = "NO_CHANGE", [1] = "DISABLED", [2] = "ENABLED"})
F.offload_params_ip_sec_v1 = ProtoField.uint8("pv_rndis.offload_params.ip_sec_v1", "ip_sec_v1", base.DEC, nil)
F.offload_params_lso_v2_ipv4 = ProtoField.uint8("pv_rndis.offload_params.lso_v2_ipv4", "lso_v2_ipv4", base.DEC, {[0] = "NO_CHANGE", [1] = "DISABLED", [2] = "ENABLED"})
F.offload_params_lso_v2_ipv6 = ProtoField.uint8("pv_rndis.offload_params.lso_v2_ipv6", "lso_v2_ipv6", base.DEC, {[0] = "NO_CHANGE", [1] = "DISABLED", [2] = "ENABLED"})
F.offload_params_tcp_connection_ipv4 = ProtoField.uint8("pv_rndis.offload_params.tcp_connection_ipv4", "tcp_connection_ipv4", base.DEC, nil)
F.offload_params_tcp_connection_ipv6 = ProtoField.uint8("pv_rndis.offload_params.tcp_connection_ipv6", "tcp_connection_ipv6", base.DEC, nil)
F.offload_params_reserved15 = ProtoField.uint8("pv_rndis.offload_params.reserved15", "reserved15", base.DEC, nil)
F.offload_params_flags = ProtoField.uint32("pv_rndis.offload_params.flags", "flags", base.DEC, nil)
F.offload_params_ip_sec_v2 = ProtoField.uint8("pv_rndis.offload_params.ip_sec_v2", "ip_sec_v2", base.DEC, nil)
F.offload_params_ip_sec_v2_ipv4 = ProtoField.uint8("pv_rndis.offload_params.ip_sec_v2_ipv4", "ip_sec_v2_ipv4", base.DEC, nil)
F.offload_params_rsc_ipv4 = ProtoField.uint8("pv_rndis.offload_params.rsc_ipv4", "rsc_ipv4", base.DEC, {[0] = "NO_CHANGE", [1] = "DISABLED", [2] = "ENABLED"})
F.offload_params_rsc_ipv6 = ProtoField.uint8("pv_rndis.offload_params.rsc_ipv6", "rsc_ipv6", base.DEC, {[0] = "NO_CHANGE", [1] = "DISABLED", [2] = "ENABLED"})
F.offload_params_encapsulated_packet_task_offload = ProtoField.uint8("pv_rndis.offload_params.encapsulated_packet_task_offload", "encapsulated_packet_task_offload", base.DEC, nil)
F.offload_params_encapsulation_types = ProtoField.uint8("pv_rndis.offload_params.encapsulation_types", "encapsulation_types", base.DEC, nil)
F.offload_params_pad26 = ProtoField.uint16("pv_rndis.offload_params.pad26", "pad26", base.DEC, nil)
F.rss_caps_header = ProtoField.none("pv_rndis.rss_caps.header", "header")
F.rss_caps_cap_flag = ProtoField.uint32("pv_rndis.rss_caps.cap_flag", "cap_flag", base.HEX, nil)
F.rss_caps_num_int_msg = ProtoField.uint32("pv_rndis.rss_caps.num_int_msg", "num_int_msg", base.DEC, nil)
F.rss_caps_num_recv_que = ProtoField.uint32("pv_rndis.rss_caps.num_recv_que", "num_recv_que", base.DEC, nil)
F.rss_caps_num_indirect_tabent = ProtoField.uint16("pv_rndis.rss_caps.num_indirect_tabent", "num_indirect_tabent", base.DEC, nil)
F.rss_params_header = ProtoField.none("pv_rndis.rss_params.header", "header")
F.rss_params_flag = ProtoField.uint16("pv_rndis.rss_params.flag", "flag", base.HEX, nil)
F.rss_params_base_cpu_number = ProtoField.uint16("pv_rndis.rss_params.base_cpu_number", "base_cpu_number", base.DEC, nil)
F.rss_params_hashinfo = ProtoField.uint32("pv_rndis.rss_params.hashinfo", "hashinfo", base.HEX, nil)
F.rss_params_indirect_tabsize = ProtoField.uint16("pv_rndis.rss_params.indirect_tabsize", "indirect_tabsize", base.DEC, nil)
F.rss_params_pad14 = ProtoField.uint16("pv_rndis.rss_params.pad14", "pad14", base.DEC, nil)
F.rss_params_indirect_taboffset = ProtoField.uint32("pv_rndis.rss_params.indirect_taboffset", "indirect_taboffset", base.DEC, nil)
F.rss_params_hashkey_size = ProtoField.uint16("pv_rndis.rss_params.hashkey_size", "hashkey_size", base.DEC, nil)
F.rss_params_pad22 = ProtoField.uint16("pv_rndis.rss_params.pad22", "pad22", base.DEC, nil)
F.rss_params_hashkey_offset = ProtoField.uint32("pv_rndis.rss_params.hashkey_offset", "hashkey_offset", base.DEC, nil)
F.rss_params_processor_masks_offset = ProtoField.uint32("pv_rndis.rss_params.processor_masks_offset", "processor_masks_offset", base.DEC, nil)
F.rss_params_num_processor_masks = ProtoField.uint32("pv_rndis.rss_params.num_processor_masks", "num_processor_masks", base.DEC, nil)
F.rss_params_processor_masks_entry_size = ProtoField.uint32("pv_rndis.rss_params.processor_masks_entry_size", "processor_masks_entry_size", base.DEC, nil)
F.offload_encapsulation_header = ProtoField.none("pv_rndis.offload_encapsulation.header", "header")
F.offload_encapsulation_ipv4_enabled = ProtoField.uint32("pv_rndis.offload_encapsulation.ipv4_enabled", "ipv4_enabled", base.DEC, nil)
F.offload_encapsulation_ipv4_encapsulation_type = ProtoField.uint32("pv_rndis.offload_encapsulation.ipv4_encapsulation_type", "ipv4_encapsulation_type", base.DEC, nil)
F.offload_encapsulation_ipv4_header_size = ProtoField.uint32("pv_rndis.offload_encapsulation.ipv4_header_size", "ipv4_header_size", base.DEC, nil)
F.offload_encapsulation_ipv6_enabled = ProtoField.uint32("pv_rndis.offload_encapsulation.ipv6_enabled", "ipv6_enabled", base.DEC, nil)
F.offload_encapsulation_ipv6_encapsulation_type = ProtoField.uint32("pv_rndis.offload_encapsulation.ipv6_encapsulation_type", "ipv6_encapsulation_type", base.DEC, nil)
F.offload_encapsulation_ipv6_header_size = ProtoField.uint32("pv_rndis.offload_encapsulation.ipv6_header_size", "ipv6_header_size", base.DEC, nil)
F.config_parameter_name_offset = ProtoField.uint32("pv_rndis.config_parameter.name_offset", "name_offset", base.DEC, nil)
F.config_parameter_name_length = ProtoField.uint32("pv_rndis.config_parameter.name_length", "name_length", base.DEC, nil)
F.config_parameter_parameter_type = ProtoField.uint32("pv_rndis.config_parameter.parameter_type", "parameter_type", base.DEC, {[0] = "INTEGER", [1] = "HEX_INTEGER", [2] = "STRING", [3] = "MULTI_STRING", [4] = "BINARY"})
F.config_parameter_value_offset = ProtoField.uint32("pv_rndis.config_parameter.value_offset", "value_offset", base.DEC, nil)
F.config_parameter_value_length = ProtoField.uint32("pv_rndis.config_parameter.value_length", "value_length", base.DEC, nil)
F._pl_packet_per_packet_info = ProtoField.none("pv_rndis.packet.per_packet_info", "per_packet_info")
F._pl_packet_per_packet_info_type = ProtoField.uint32("pv_rndis.packet.per_packet_info.type", "ppi_type", base.DEC, {[0] = "TCPIP_CHKSUM", [1] = "IPSEC", [2] = "TCP_LARGESEND", [3] = "CLASSIFICATION_HANDLE", [4] = "NDIS_RESERVED", [5] = "SG_LIST", [6] = "IEEE_8021Q", [7] = "ORIGINAL", [8] = "NBL_HASH_VALUE", [9] = "ORIGINAL_NET_BUFLIST", [10] = "CACHED_NET_BUFLIST", [11] = "SHORT_PKT_PADINFO"})
F._pl_packet_frame = ProtoField.none("pv_rndis.packet.frame", "frame")
proto.fields = {
	F.init_msg_type,
	F.init_msg_len,
	F.init_req_id,
	F.init_major_ver,
	F.init_minor_ver,
	F.init_max_xfer_size,
	F.init_complete_msg_type,
	F.init_complete_msg_len,
	F.init_complete_req_id,
	F.init_complete_status,
	F.init_complete_major_ver,
	F.init_complete_minor_ver,
	F.init_complete_dev_flags,
	F.init_complete_medium,
	F.init_complete_max_pkt_per_msg,
	F.init_complete_max_xfer_size,
	F.init_complete_pkt_alignment_factor,
	F.init_complete_af_list_offset,
	F.init_complete_af_list_size,
	F.halt_msg_type,
	F.halt_msg_len,
	F.halt_req_id,
	F.query_msg_type,
	F.query_msg_len,
	F.query_req_id,
	F.query_oid,
	F.query_info_buflen,
	F.query_info_buf_offset,
	F.query_dev_vc_handle,
	F.query_complete_msg_type,
	F.query_complete_msg_len,
	F.query_complete_req_id,
	F.query_complete_status,
	F.query_complete_info_buflen,
	F.query_complete_info_buf_offset,
	F.set_msg_type,
	F.set_msg_len,
	F.set_req_id,
	F.set_oid,
	F.set_info_buflen,
	F.set_info_buf_offset,
	F.set_dev_vc_handle,
	F.set_complete_msg_type,
	F.set_complete_msg_len,
	F.set_complete_req_id,
	F.set_complete_status,
	F.reset_msg_type,
	F.reset_msg_len,
	F.reset_reserved,
	F.reset_complete_msg_type,
	F.reset_complete_msg_len,
	F.reset_complete_status,
	F.reset_complete_addressing_reset,
	F.indicate_msg_type,
	F.indicate_msg_len,
	F.indicate_status,
	F.indicate_status_buflen,
	F.indicate_status_buf_offset,
	F.keepalive_msg_type,
	F.keepalive_msg_len,
	F.keepalive_req_id,
	F.keepalive_complete_msg_type,
	F.keepalive_complete_msg_len,
	F.keepalive_complete_req_id,
	F.keepalive_complete_status,
	F.set_ex_msg_type,
	F.set_ex_msg_len,
	F.set_ex_req_id,
	F.set_ex_oid,
	F.set_ex_info_buflen,
	F.set_ex_info_buf_offset,
	F.set_ex_dev_vc_handle,
	F.set_ex_complete_msg_type,
	F.set_ex_complete_msg_len,
	F.set_ex_complete_req_id,
	F.set_ex_complete_status,
	F.set_ex_complete_info_buflen,
	F.set_ex_complete_info_buf_offset,
	F.packet_msg_type,
	F.packet_msg_len,
	F.packet_data_offset,
	F.packet_data_len,
	F.packet_oob_data_offset,
	F.packet_oob_data_len,
	F.packet_num_oob_data_elements,
	F.packet_per_pkt_info_offset,
	F.packet_per_pkt_info_len,
	F.packet_vc_handle,
	F.packet_reserved,
	F.ppi_size,
	F.ppi_type,
	F.ppi_type_ppi_type,
	F.ppi_type_internal,
	F.ppi_ppi_offset,
	F.csum_tx_info_value,
	F.csum_tx_info_value_is_ipv4,
	F.csum_tx_info_value_is_ipv6,
	F.csum_tx_info_value_tcp_checksum,
	F.csum_tx_info_value_udp_checksum,
	F.csum_tx_info_value_ip_header_checksum,
	F.csum_tx_info_value_tcp_header_offset,
	F.csum_rx_info_value,
	F.csum_rx_info_value_tcp_checksum_failed,
	F.csum_rx_info_value_udp_checksum_failed,
	F.csum_rx_info_value_ip_checksum_failed,
	F.csum_rx_info_value_tcp_checksum_succeeded,
	F.csum_rx_info_value_udp_checksum_succeeded,
	F.csum_rx_info_value_ip_checksum_succeeded,
	F.csum_rx_info_value_loopback,
	F.csum_rx_info_value_tcp_checksum_value_invalid,
	F.csum_rx_info_value_ip_checksum_value_invalid,
	F.lso_info_value,
	F.lso_info_value_mss,
	F.lso_info_value_tcp_header_offset,
	F.lso_info_value_type,
	F.lso_info_value_ip_version,
	F.vlan_info_value,
	F.vlan_info_value_pri,
	F.vlan_info_value_cfi,
	F.vlan_info_value_vlanid,
	F.hash_value_hash,
	F.pktinfo_id_ver,
	F.pktinfo_id_flag,
	F.pktinfo_id_flag_suballoc,
	F.pktinfo_id_flag_first_frag,
	F.pktinfo_id_flag_last_frag,
	F.pktinfo_id_pkt_id,
	F.ndis_object_header_type,
	F.ndis_object_header_revision,
	F.ndis_object_header_size,
	F.csum_offload_ip4_txenc,
	F.csum_offload_ip4_txcsum,
	F.csum_offload_ip4_rxenc,
	F.csum_offload_ip4_rxcsum,
	F.csum_offload_ip6_txenc,
	F.csum_offload_ip6_txcsum,
	F.csum_offload_ip6_rxenc,
	F.csum_offload_ip6_rxcsum,
	F.lsov1_offload_encap,
	F.lsov1_offload_maxsize,
	F.lsov1_offload_minsegs,
	F.lsov1_offload_opts,
	F.ipsecv1_offload_encap,
	F.ipsecv1_offload_ah_esp,
	F.ipsecv1_offload_xport_tun,
	F.ipsecv1_offload_ip4_opts,
	F.ipsecv1_offload_flags,
	F.ipsecv1_offload_ip4_ah,
	F.ipsecv1_offload_ip4_esp,
	F.lsov2_offload_ip4_encap,
	F.lsov2_offload_ip4_maxsz,
	F.lsov2_offload_ip4_minsg,
	F.lsov2_offload_ip6_encap,
	F.lsov2_offload_ip6_maxsz,
	F.lsov2_offload_ip6_minsg,
	F.lsov2_offload_ip6_opts,
	F.ipsecv2_offload_encap,
	F.ipsecv2_offload_ip6,
	F.ipsecv2_offload_ip4opt,
	F.ipsecv2_offload_ip6ext,
	F.ipsecv2_offload_ah,
	F.ipsecv2_offload_esp,
	F.ipsecv2_offload_ah_esp,
	F.ipsecv2_offload_xport,
	F.ipsecv2_offload_tun,
	F.ipsecv2_offload_xport_tun,
	F.ipsecv2_offload_lso,
	F.ipsecv2_offload_extseq,
	F.ipsecv2_offload_pad15,
	F.ipsecv2_offload_udp_esp,
	F.ipsecv2_offload_auth,
	F.ipsecv2_offload_crypto,
	F.ipsecv2_offload_sa_caps,
	F.ndis_offload_header,
	F.ndis_offload_csum,
	F.ndis_offload_lsov1,
	F.ndis_offload_ipsecv1,
	F.ndis_offload_lsov2,
	F.ndis_offload_flags,
	F.ndis_offload_ipsecv2,
	F.ndis_offload_rsc_ip4,
	F.ndis_offload_rsc_ip6,
	F.ndis_offload_pad146,
	F.ndis_offload_encap_gre_flags,
	F.ndis_offload_encap_gre_maxhdr,
	F.offload_params_header,
	F.offload_params_ip_v4_csum,
	F.offload_params_tcp_ip_v4_csum,
	F.offload_params_udp_ip_v4_csum,
	F.offload_params_tcp_ip_v6_csum,
	F.offload_params_udp_ip_v6_csum,
	F.offload_params_lso_v1,
	F.offload_params_ip_sec_v1,
	F.offload_params_lso_v2_ipv4,
	F.offload_params_lso_v2_ipv6,
	F.offload_params_tcp_connection_ipv4,
	F.offload_params_tcp_connection_ipv6,
	F.offload_params_reserved15,
	F.offload_params_flags,
	F.offload_params_ip_sec_v2,
	F.offload_params_ip_sec_v2_ipv4,
	F.offload_params_rsc_ipv4,
	F.offload_params_rsc_ipv6,
	F.offload_params_encapsulated_packet_task_offload,
	F.offload_params_encapsulation_types,
	F.offload_params_pad26,
	F.rss_caps_header,
	F.rss_caps_cap_flag,
	F.rss_caps_num_int_msg,
	F.rss_caps_num_recv_que,
	F.rss_caps_num_indirect_tabent,
	F.rss_params_header,
	F.rss_params_flag,
	F.rss_params_base_cpu_number,
	F.rss_params_hashinfo,
	F.rss_params_indirect_tabsize,
	F.rss_params_pad14,
	F.rss_params_indirect_taboffset,
	F.rss_params_hashkey_size,
	F.rss_params_pad22,
	F.rss_params_hashkey_offset,
	F.rss_params_processor_masks_offset,
	F.rss_params_num_processor_masks,
	F.rss_params_processor_masks_entry_size,
	F.offload_encapsulation_header,
	F.offload_encapsulation_ipv4_enabled,
	F.offload_encapsulation_ipv4_encapsulation_type,
	F.offload_encapsulation_ipv4_header_size,
	F.offload_encapsulation_ipv6_enabled,
	F.offload_encapsulation_ipv6_encapsulation_type,
	F.offload_encapsulation_ipv6_header_size,
	F.config_parameter_name_offset,
	F.config_parameter_name_length,
	F.config_parameter_parameter_type,
	F.config_parameter_value_offset,
	F.config_parameter_value_length,
	F._pl_packet_per_packet_info,
	F._pl_packet_per_packet_info_type,
	F._pl_packet_frame,
}

local function dissect_init(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "init: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.init_msg_type, buf(off + 0, 4))
	tree:add_le(F.init_msg_len, buf(off + 4, 4))
	tree:add_le(F.init_req_id, buf(off + 8, 4))
	tree:add_le(F.init_major_ver, buf(off + 12, 4))
	tree:add_le(F.init_minor_ver, buf(off + 16, 4))
	tree:add_le(F.init_max_xfer_size, buf(off + 20, 4))
	return 24
end

local function dissect_init_complete(buf, tree, off, len)
	if len < 52 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "init_complete: short (" .. len .. " < 52)")
		return len
	end
	tree:add_le(F.init_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.init_complete_msg_len, buf(off + 4, 4))
	tree:add_le(F.init_complete_req_id, buf(off + 8, 4))
	tree:add_le(F.init_complete_status, buf(off + 12, 4))
	tree:add_le(F.init_complete_major_ver, buf(off + 16, 4))
	tree:add_le(F.init_complete_minor_ver, buf(off + 20, 4))
	tree:add_le(F.init_complete_dev_flags, buf(off + 24, 4))
	tree:add_le(F.init_complete_medium, buf(off + 28, 4))
	tree:add_le(F.init_complete_max_pkt_per_msg, buf(off + 32, 4))
	tree:add_le(F.init_complete_max_xfer_size, buf(off + 36, 4))
	tree:add_le(F.init_complete_pkt_alignment_factor, buf(off + 40, 4))
	tree:add_le(F.init_complete_af_list_offset, buf(off + 44, 4))
	tree:add_le(F.init_complete_af_list_size, buf(off + 48, 4))
	return 52
end

local function dissect_halt(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "halt: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.halt_msg_type, buf(off + 0, 4))
	tree:add_le(F.halt_msg_len, buf(off + 4, 4))
	tree:add_le(F.halt_req_id, buf(off + 8, 4))
	return 12
end

local function dissect_query(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query: short (" .. len .. " < 28)")
		return len
	end
	tree:add_le(F.query_msg_type, buf(off + 0, 4))
	tree:add_le(F.query_msg_len, buf(off + 4, 4))
	tree:add_le(F.query_req_id, buf(off + 8, 4))
	tree:add_le(F.query_oid, buf(off + 12, 4))
	tree:add_le(F.query_info_buflen, buf(off + 16, 4))
	tree:add_le(F.query_info_buf_offset, buf(off + 20, 4))
	tree:add_le(F.query_dev_vc_handle, buf(off + 24, 4))
	return 28
end

local function dissect_query_complete(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_complete: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.query_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.query_complete_msg_len, buf(off + 4, 4))
	tree:add_le(F.query_complete_req_id, buf(off + 8, 4))
	tree:add_le(F.query_complete_status, buf(off + 12, 4))
	tree:add_le(F.query_complete_info_buflen, buf(off + 16, 4))
	tree:add_le(F.query_complete_info_buf_offset, buf(off + 20, 4))
	return 24
end

local function dissect_set(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "set: short (" .. len .. " < 28)")
		return len
	end
	tree:add_le(F.set_msg_type, buf(off + 0, 4))
	tree:add_le(F.set_msg_len, buf(off + 4, 4))
	tree:add_le(F.set_req_id, buf(off + 8, 4))
	tree:add_le(F.set_oid, buf(off + 12, 4))
	tree:add_le(F.set_info_buflen, buf(off + 16, 4))
	tree:add_le(F.set_info_buf_offset, buf(off + 20, 4))
	tree:add_le(F.set_dev_vc_handle, buf(off + 24, 4))
	return 28
end

local function dissect_set_complete(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "set_complete: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.set_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.set_complete_msg_len, buf(off + 4, 4))
	tree:add_le(F.set_complete_req_id, buf(off + 8, 4))
	tree:add_le(F.set_complete_status, buf(off + 12, 4))
	return 16
end

local function dissect_reset(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "reset: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.reset_msg_type, buf(off + 0, 4))
	tree:add_le(F.reset_msg_len, buf(off + 4, 4))
	tree:add_le(F.reset_reserved, buf(off + 8, 4))
	return 12
end

local function dissect_reset_complete(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "reset_complete: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.reset_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.reset_complete_msg_len, buf(off + 4, 4))
	tree:add_le(F.reset_complete_status, buf(off + 8, 4))
	tree:add_le(F.reset_complete_addressing_reset, buf(off + 12, 4))
	return 16
end

local function dissect_indicate(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "indicate: short (" .. len .. " < 20)")
		return len
	end
	tree:add_le(F.indicate_msg_type, buf(off + 0, 4))
	tree:add_le(F.indicate_msg_len, buf(off + 4, 4))
	tree:add_le(F.indicate_status, buf(off + 8, 4))
	tree:add_le(F.indicate_status_buflen, buf(off + 12, 4))
	tree:add_le(F.indicate_status_buf_offset, buf(off + 16, 4))
	return 20
end

local function dissect_keepalive(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "keepalive: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.keepalive_msg_type, buf(off + 0, 4))
	tree:add_le(F.keepalive_msg_len, buf(off + 4, 4))
	tree:add_le(F.keepalive_req_id, buf(off + 8, 4))
	return 12
end

local function dissect_keepalive_complete(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "keepalive_complete: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.keepalive_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.keepalive_complete_msg_len, buf(off + 4, 4))
	tree:add_le(F.keepalive_complete_req_id, buf(off + 8, 4))
	tree:add_le(F.keepalive_complete_status, buf(off + 12, 4))
	return 16
end

local function dissect_set_ex(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "set_ex: short (" .. len .. " < 28)")
		return len
	end
	tree:add_le(F.set_ex_msg_type, buf(off + 0, 4))
	tree:add_le(F.set_ex_msg_len, buf(off + 4, 4))
	tree:add_le(F.set_ex_req_id, buf(off + 8, 4))
	tree:add_le(F.set_ex_oid, buf(off + 12, 4))
	tree:add_le(F.set_ex_info_buflen, buf(off + 16, 4))
	tree:add_le(F.set_ex_info_buf_offset, buf(off + 20, 4))
	tree:add_le(F.set_ex_dev_vc_handle, buf(off + 24, 4))
	return 28
end

local function dissect_set_ex_complete(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "set_ex_complete: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.set_ex_complete_msg_type, buf(off + 0, 4))
	tree:add_le(F.set_ex_complete_msg_len, buf(off + 4, 4))
	tree:add_le(F.set_ex_complete_req_id, buf(off + 8, 4))
	tree:add_le(F.set_ex_complete_status, buf(off + 12, 4))
	tree:add_le(F.set_ex_complete_info_buflen, buf(off + 16, 4))
	tree:add_le(F.set_ex_complete_info_buf_offset, buf(off + 20, 4))
	return 24
end

local function dissect_packet(buf, tree, off, len)
	if len < 44 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "packet: short (" .. len .. " < 44)")
		return len
	end
	tree:add_le(F.packet_msg_type, buf(off + 0, 4))
	tree:add_le(F.packet_msg_len, buf(off + 4, 4))
	tree:add_le(F.packet_data_offset, buf(off + 8, 4))
	tree:add_le(F.packet_data_len, buf(off + 12, 4))
	tree:add_le(F.packet_oob_data_offset, buf(off + 16, 4))
	tree:add_le(F.packet_oob_data_len, buf(off + 20, 4))
	tree:add_le(F.packet_num_oob_data_elements, buf(off + 24, 4))
	tree:add_le(F.packet_per_pkt_info_offset, buf(off + 28, 4))
	tree:add_le(F.packet_per_pkt_info_len, buf(off + 32, 4))
	tree:add_le(F.packet_vc_handle, buf(off + 36, 4))
	tree:add_le(F.packet_reserved, buf(off + 40, 4))
	return 44
end

local function dissect_ppi(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ppi: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.ppi_size, buf(off + 0, 4))
	tree:add_le(F.ppi_type, buf(off + 4, 4))
	do
		local v = buf(off + 4, 4):le_uint()
		tree:add(F.ppi_type_ppi_type, buf(off + 4, 4), bit.band(bit.rshift(v, 0), 0x7fffffff))
		tree:add(F.ppi_type_internal, buf(off + 4, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	tree:add_le(F.ppi_ppi_offset, buf(off + 8, 4))
	return 12
end

local function dissect_csum_tx_info(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "csum_tx_info: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.csum_tx_info_value, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.csum_tx_info_value_is_ipv4, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.csum_tx_info_value_is_ipv6, buf(off + 0, 4), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.csum_tx_info_value_tcp_checksum, buf(off + 0, 4), bit.band(bit.rshift(v, 2), 0x1))
		tree:add(F.csum_tx_info_value_udp_checksum, buf(off + 0, 4), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.csum_tx_info_value_ip_header_checksum, buf(off + 0, 4), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.csum_tx_info_value_tcp_header_offset, buf(off + 0, 4), bit.band(bit.rshift(v, 16), 0x3ff))
	end
	return 4
end

local function dissect_csum_rx_info(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "csum_rx_info: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.csum_rx_info_value, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.csum_rx_info_value_tcp_checksum_failed, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.csum_rx_info_value_udp_checksum_failed, buf(off + 0, 4), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.csum_rx_info_value_ip_checksum_failed, buf(off + 0, 4), bit.band(bit.rshift(v, 2), 0x1))
		tree:add(F.csum_rx_info_value_tcp_checksum_succeeded, buf(off + 0, 4), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.csum_rx_info_value_udp_checksum_succeeded, buf(off + 0, 4), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.csum_rx_info_value_ip_checksum_succeeded, buf(off + 0, 4), bit.band(bit.rshift(v, 5), 0x1))
		tree:add(F.csum_rx_info_value_loopback, buf(off + 0, 4), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.csum_rx_info_value_tcp_checksum_value_invalid, buf(off + 0, 4), bit.band(bit.rshift(v, 7), 0x1))
		tree:add(F.csum_rx_info_value_ip_checksum_value_invalid, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0x1))
	end
	return 4
end

local function dissect_lso_info(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "lso_info: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.lso_info_value, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.lso_info_value_mss, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0xfffff))
		tree:add(F.lso_info_value_tcp_header_offset, buf(off + 0, 4), bit.band(bit.rshift(v, 20), 0x3ff))
		tree:add(F.lso_info_value_type, buf(off + 0, 4), bit.band(bit.rshift(v, 30), 0x1))
		tree:add(F.lso_info_value_ip_version, buf(off + 0, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	return 4
end

local function dissect_vlan_info(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vlan_info: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.vlan_info_value, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.vlan_info_value_pri, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x7))
		tree:add(F.vlan_info_value_cfi, buf(off + 0, 4), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.vlan_info_value_vlanid, buf(off + 0, 4), bit.band(bit.rshift(v, 4), 0xfff))
	end
	return 4
end

local function dissect_hash_value(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "hash_value: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.hash_value_hash, buf(off + 0, 4))
	return 4
end

local function dissect_pktinfo_id(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "pktinfo_id: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.pktinfo_id_ver, buf(off + 0, 1))
	tree:add_le(F.pktinfo_id_flag, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.pktinfo_id_flag_suballoc, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.pktinfo_id_flag_first_frag, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.pktinfo_id_flag_last_frag, buf(off + 1, 1), bit.band(bit.rshift(v, 2), 0x1))
	end
	tree:add_le(F.pktinfo_id_pkt_id, buf(off + 2, 2))
	return 4
end

local function dissect_ndis_object_header(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ndis_object_header: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.ndis_object_header_type, buf(off + 0, 1))
	tree:add_le(F.ndis_object_header_revision, buf(off + 1, 1))
	tree:add_le(F.ndis_object_header_size, buf(off + 2, 2))
	return 4
end

local function dissect_csum_offload(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "csum_offload: short (" .. len .. " < 32)")
		return len
	end
	tree:add_le(F.csum_offload_ip4_txenc, buf(off + 0, 4))
	tree:add_le(F.csum_offload_ip4_txcsum, buf(off + 4, 4))
	tree:add_le(F.csum_offload_ip4_rxenc, buf(off + 8, 4))
	tree:add_le(F.csum_offload_ip4_rxcsum, buf(off + 12, 4))
	tree:add_le(F.csum_offload_ip6_txenc, buf(off + 16, 4))
	tree:add_le(F.csum_offload_ip6_txcsum, buf(off + 20, 4))
	tree:add_le(F.csum_offload_ip6_rxenc, buf(off + 24, 4))
	tree:add_le(F.csum_offload_ip6_rxcsum, buf(off + 28, 4))
	return 32
end

local function dissect_lsov1_offload(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "lsov1_offload: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.lsov1_offload_encap, buf(off + 0, 4))
	tree:add_le(F.lsov1_offload_maxsize, buf(off + 4, 4))
	tree:add_le(F.lsov1_offload_minsegs, buf(off + 8, 4))
	tree:add_le(F.lsov1_offload_opts, buf(off + 12, 4))
	return 16
end

local function dissect_ipsecv1_offload(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ipsecv1_offload: short (" .. len .. " < 28)")
		return len
	end
	tree:add_le(F.ipsecv1_offload_encap, buf(off + 0, 4))
	tree:add_le(F.ipsecv1_offload_ah_esp, buf(off + 4, 4))
	tree:add_le(F.ipsecv1_offload_xport_tun, buf(off + 8, 4))
	tree:add_le(F.ipsecv1_offload_ip4_opts, buf(off + 12, 4))
	tree:add_le(F.ipsecv1_offload_flags, buf(off + 16, 4))
	tree:add_le(F.ipsecv1_offload_ip4_ah, buf(off + 20, 4))
	tree:add_le(F.ipsecv1_offload_ip4_esp, buf(off + 24, 4))
	return 28
end

local function dissect_lsov2_offload(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "lsov2_offload: short (" .. len .. " < 28)")
		return len
	end
	tree:add_le(F.lsov2_offload_ip4_encap, buf(off + 0, 4))
	tree:add_le(F.lsov2_offload_ip4_maxsz, buf(off + 4, 4))
	tree:add_le(F.lsov2_offload_ip4_minsg, buf(off + 8, 4))
	tree:add_le(F.lsov2_offload_ip6_encap, buf(off + 12, 4))
	tree:add_le(F.lsov2_offload_ip6_maxsz, buf(off + 16, 4))
	tree:add_le(F.lsov2_offload_ip6_minsg, buf(off + 20, 4))
	tree:add_le(F.lsov2_offload_ip6_opts, buf(off + 24, 4))
	return 28
end

local function dissect_ipsecv2_offload(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ipsecv2_offload: short (" .. len .. " < 32)")
		return len
	end
	tree:add_le(F.ipsecv2_offload_encap, buf(off + 0, 4))
	tree:add_le(F.ipsecv2_offload_ip6, buf(off + 4, 1))
	tree:add_le(F.ipsecv2_offload_ip4opt, buf(off + 5, 1))
	tree:add_le(F.ipsecv2_offload_ip6ext, buf(off + 6, 1))
	tree:add_le(F.ipsecv2_offload_ah, buf(off + 7, 1))
	tree:add_le(F.ipsecv2_offload_esp, buf(off + 8, 1))
	tree:add_le(F.ipsecv2_offload_ah_esp, buf(off + 9, 1))
	tree:add_le(F.ipsecv2_offload_xport, buf(off + 10, 1))
	tree:add_le(F.ipsecv2_offload_tun, buf(off + 11, 1))
	tree:add_le(F.ipsecv2_offload_xport_tun, buf(off + 12, 1))
	tree:add_le(F.ipsecv2_offload_lso, buf(off + 13, 1))
	tree:add_le(F.ipsecv2_offload_extseq, buf(off + 14, 1))
	tree:add_le(F.ipsecv2_offload_pad15, buf(off + 15, 1))
	tree:add_le(F.ipsecv2_offload_udp_esp, buf(off + 16, 4))
	tree:add_le(F.ipsecv2_offload_auth, buf(off + 20, 4))
	tree:add_le(F.ipsecv2_offload_crypto, buf(off + 24, 4))
	tree:add_le(F.ipsecv2_offload_sa_caps, buf(off + 28, 4))
	return 32
end

local function dissect_ndis_offload(buf, tree, off, len)
	if len < 156 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ndis_offload: short (" .. len .. " < 156)")
		return len
	end
	do
		local sub = tree:add(F.ndis_offload_header, buf(off + 0, 4))
		dissect_ndis_object_header(buf, sub, off + 0, 4)
	end
	do
		local sub = tree:add(F.ndis_offload_csum, buf(off + 4, 32))
		dissect_csum_offload(buf, sub, off + 4, 32)
	end
	do
		local sub = tree:add(F.ndis_offload_lsov1, buf(off + 36, 16))
		dissect_lsov1_offload(buf, sub, off + 36, 16)
	end
	do
		local sub = tree:add(F.ndis_offload_ipsecv1, buf(off + 52, 28))
		dissect_ipsecv1_offload(buf, sub, off + 52, 28)
	end
	do
		local sub = tree:add(F.ndis_offload_lsov2, buf(off + 80, 28))
		dissect_lsov2_offload(buf, sub, off + 80, 28)
	end
	tree:add_le(F.ndis_offload_flags, buf(off + 108, 4))
	do
		local sub = tree:add(F.ndis_offload_ipsecv2, buf(off + 112, 32))
		dissect_ipsecv2_offload(buf, sub, off + 112, 32)
	end
	tree:add_le(F.ndis_offload_rsc_ip4, buf(off + 144, 1))
	tree:add_le(F.ndis_offload_rsc_ip6, buf(off + 145, 1))
	tree:add_le(F.ndis_offload_pad146, buf(off + 146, 2))
	tree:add_le(F.ndis_offload_encap_gre_flags, buf(off + 148, 4))
	tree:add_le(F.ndis_offload_encap_gre_maxhdr, buf(off + 152, 4))
	return 156
end

local function dissect_offload_params(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "offload_params: short (" .. len .. " < 28)")
		return len
	end
	do
		local sub = tree:add(F.offload_params_header, buf(off + 0, 4))
		dissect_ndis_object_header(buf, sub, off + 0, 4)
	end
	tree:add_le(F.offload_params_ip_v4_csum, buf(off + 4, 1))
	tree:add_le(F.offload_params_tcp_ip_v4_csum, buf(off + 5, 1))
	tree:add_le(F.offload_params_udp_ip_v4_csum, buf(off + 6, 1))
	tree:add_le(F.offload_params_tcp_ip_v6_csum, buf(off + 7, 1))
	tree:add_le(F.offload_params_udp_ip_v6_csum, buf(off + 8, 1))
	tree:add_le(F.offload_params_lso_v1, buf(off + 9, 1))
	tree:add_le(F.offload_params_ip_sec_v1, buf(off + 10, 1))
	tree:add_le(F.offload_params_lso_v2_ipv4, buf(off + 11, 1))
	tree:add_le(F.offload_params_lso_v2_ipv6, buf(off + 12, 1))
	tree:add_le(F.offload_params_tcp_connection_ipv4, buf(off + 13, 1))
	tree:add_le(F.offload_params_tcp_connection_ipv6, buf(off + 14, 1))
	tree:add_le(F.offload_params_reserved15, buf(off + 15, 1))
	tree:add_le(F.offload_params_flags, buf(off + 16, 4))
	tree:add_le(F.offload_params_ip_sec_v2, buf(off + 20, 1))
	tree:add_le(F.offload_params_ip_sec_v2_ipv4, buf(off + 21, 1))
	tree:add_le(F.offload_params_rsc_ipv4, buf(off + 22, 1))
	tree:add_le(F.offload_params_rsc_ipv6, buf(off + 23, 1))
	tree:add_le(F.offload_params_encapsulated_packet_task_offload, buf(off + 24, 1))
	tree:add_le(F.offload_params_encapsulation_types, buf(off + 25, 1))
	tree:add_le(F.offload_params_pad26, buf(off + 26, 2))
	return 28
end

local function dissect_rss_caps(buf, tree, off, len)
	if len < 18 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "rss_caps: short (" .. len .. " < 18)")
		return len
	end
	do
		local sub = tree:add(F.rss_caps_header, buf(off + 0, 4))
		dissect_ndis_object_header(buf, sub, off + 0, 4)
	end
	tree:add_le(F.rss_caps_cap_flag, buf(off + 4, 4))
	tree:add_le(F.rss_caps_num_int_msg, buf(off + 8, 4))
	tree:add_le(F.rss_caps_num_recv_que, buf(off + 12, 4))
	tree:add_le(F.rss_caps_num_indirect_tabent, buf(off + 16, 2))
	return 18
end

local function dissect_rss_params(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "rss_params: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.rss_params_header, buf(off + 0, 4))
		dissect_ndis_object_header(buf, sub, off + 0, 4)
	end
	tree:add_le(F.rss_params_flag, buf(off + 4, 2))
	tree:add_le(F.rss_params_base_cpu_number, buf(off + 6, 2))
	tree:add_le(F.rss_params_hashinfo, buf(off + 8, 4))
	tree:add_le(F.rss_params_indirect_tabsize, buf(off + 12, 2))
	tree:add_le(F.rss_params_pad14, buf(off + 14, 2))
	tree:add_le(F.rss_params_indirect_taboffset, buf(off + 16, 4))
	tree:add_le(F.rss_params_hashkey_size, buf(off + 20, 2))
	tree:add_le(F.rss_params_pad22, buf(off + 22, 2))
	tree:add_le(F.rss_params_hashkey_offset, buf(off + 24, 4))
	tree:add_le(F.rss_params_processor_masks_offset, buf(off + 28, 4))
	tree:add_le(F.rss_params_num_processor_masks, buf(off + 32, 4))
	tree:add_le(F.rss_params_processor_masks_entry_size, buf(off + 36, 4))
	return 40
end

local function dissect_offload_encapsulation(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "offload_encapsulation: short (" .. len .. " < 28)")
		return len
	end
	do
		local sub = tree:add(F.offload_encapsulation_header, buf(off + 0, 4))
		dissect_ndis_object_header(buf, sub, off + 0, 4)
	end
	tree:add_le(F.offload_encapsulation_ipv4_enabled, buf(off + 4, 4))
	tree:add_le(F.offload_encapsulation_ipv4_encapsulation_type, buf(off + 8, 4))
	tree:add_le(F.offload_encapsulation_ipv4_header_size, buf(off + 12, 4))
	tree:add_le(F.offload_encapsulation_ipv6_enabled, buf(off + 16, 4))
	tree:add_le(F.offload_encapsulation_ipv6_encapsulation_type, buf(off + 20, 4))
	tree:add_le(F.offload_encapsulation_ipv6_header_size, buf(off + 24, 4))
	return 28
end

local function dissect_config_parameter(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "config_parameter: short (" .. len .. " < 20)")
		return len
	end
	tree:add_le(F.config_parameter_name_offset, buf(off + 0, 4))
	tree:add_le(F.config_parameter_name_length, buf(off + 4, 4))
	tree:add_le(F.config_parameter_parameter_type, buf(off + 8, 4))
	tree:add_le(F.config_parameter_value_offset, buf(off + 12, 4))
	tree:add_le(F.config_parameter_value_length, buf(off + 16, 4))
	return 20
end

-- what a packet carries past its header (lua.payloads in spec/rndis.yaml)
local payload_dis = {}
local function payload_packet(buf, pinfo, root, t, len)
	if len < 36 then return end
	do
		local at = 8 + buf(28, 4):le_uint()
		local n = buf(32, 4):le_uint()
		if at + n > len then n = len - at end  -- cut by the trace's snap length
		if n > 0 and at < len then
			local lt = t:add(F._pl_packet_per_packet_info, buf(at, n))
			local pos, stop = at, at + n
			while pos + 12 <= stop do
				local size = buf(pos + 0, 4):le_uint()
				local esz = size
				if esz < 12 or pos + esz > stop then esz = stop - pos end
				local et = lt:add(F._pl_packet_per_packet_info_type, buf(pos + 4, 4), bit.band(bit.rshift(buf(pos + 4, 4):le_uint(), 0), 0x7fffffff))
				et:set_len(esz)
				dissect_ppi(buf, et, pos, esz)
				local raw = buf(pos + 4, 4):le_uint()
				local ty = bit.band(bit.rshift(raw, 0), 0x7fffffff)
				local vo = buf(pos + 8, 4):le_uint()
				if not (bit.band(bit.rshift(buf(pos + 4, 4):le_uint(), 31), 0x1) ~= 0) and vo < esz then
					if ty == 0 and pinfo.private.pv_dir == "to_host" and vo + 4 <= esz then
						dissect_csum_tx_info(buf, et, pos + vo, esz - vo)
					elseif ty == 0 and pinfo.private.pv_dir == "to_guest" and vo + 4 <= esz then
						dissect_csum_rx_info(buf, et, pos + vo, esz - vo)
					elseif ty == 2 and vo + 4 <= esz then
						dissect_lso_info(buf, et, pos + vo, esz - vo)
					elseif ty == 6 and vo + 4 <= esz then
						dissect_vlan_info(buf, et, pos + vo, esz - vo)
					elseif ty == 8 and vo + 4 <= esz then
						dissect_hash_value(buf, et, pos + vo, esz - vo)
					end
				end
				if size < 12 then break end
				pos = pos + size
			end
		end
	end
	do
		local at = 8 + buf(8, 4):le_uint()
		local n = buf(12, 4):le_uint()
		if at + n > len then n = len - at end  -- cut by the trace's snap length
		if n > 0 and at < len then
			local d = payload_dis["eth_withoutfcs"]
			if d == nil then
				local ok, r = pcall(Dissector.get, "eth_withoutfcs")
				d = ok and r or false
				payload_dis["eth_withoutfcs"] = d
			end
			t:add(F._pl_packet_frame, buf(at, n)):append_text(" (" .. n .. " bytes, eth_withoutfcs)")
			if d then d:call(buf(at, n):tvb(), pinfo, root) end
		end
	end
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("RNDIS")
	local t = tree:add(proto, buf())
	if len < 4 then return end
	local ty = buf(0, 4):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("PACKET ")
		t:append_text(", PACKET")
		dissect_packet(buf, t, 0, len)
		payload_packet(buf, pinfo, tree, t, len)
	elseif ty == 2 then
		pinfo.cols.info:append("INIT ")
		t:append_text(", INIT")
		dissect_init(buf, t, 0, len)
	elseif ty == 3 then
		pinfo.cols.info:append("HALT ")
		t:append_text(", HALT")
		dissect_halt(buf, t, 0, len)
	elseif ty == 4 then
		pinfo.cols.info:append("QUERY ")
		t:append_text(", QUERY")
		dissect_query(buf, t, 0, len)
	elseif ty == 5 then
		pinfo.cols.info:append("SET ")
		t:append_text(", SET")
		dissect_set(buf, t, 0, len)
	elseif ty == 6 then
		pinfo.cols.info:append("RESET ")
		t:append_text(", RESET")
		dissect_reset(buf, t, 0, len)
	elseif ty == 7 then
		pinfo.cols.info:append("INDICATE ")
		t:append_text(", INDICATE")
		dissect_indicate(buf, t, 0, len)
	elseif ty == 8 then
		pinfo.cols.info:append("KEEPALIVE ")
		t:append_text(", KEEPALIVE")
		dissect_keepalive(buf, t, 0, len)
	elseif ty == 9 then
		pinfo.cols.info:append("SET_EX ")
		t:append_text(", SET_EX")
		dissect_set_ex(buf, t, 0, len)
	elseif ty == 2147483650 then
		pinfo.cols.info:append("INIT_C ")
		t:append_text(", INIT_C")
		dissect_init_complete(buf, t, 0, len)
	elseif ty == 2147483652 then
		pinfo.cols.info:append("QUERY_C ")
		t:append_text(", QUERY_C")
		dissect_query_complete(buf, t, 0, len)
	elseif ty == 2147483653 then
		pinfo.cols.info:append("SET_C ")
		t:append_text(", SET_C")
		dissect_set_complete(buf, t, 0, len)
	elseif ty == 2147483654 then
		pinfo.cols.info:append("RESET_C ")
		t:append_text(", RESET_C")
		dissect_reset_complete(buf, t, 0, len)
	elseif ty == 2147483656 then
		pinfo.cols.info:append("KEEPALIVE_C ")
		t:append_text(", KEEPALIVE_C")
		dissect_keepalive_complete(buf, t, 0, len)
	elseif ty == 2147483657 then
		pinfo.cols.info:append("SET_EX_C ")
		t:append_text(", SET_EX_C")
		dissect_set_ex_complete(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
