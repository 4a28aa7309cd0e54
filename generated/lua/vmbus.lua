-- DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py.
-- Wireshark dissector for VMBus channel management.

local proto = Proto("pv_vmbus", "VMBus channel management")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.msg_header_msgtype = ProtoField.uint32("pv_vmbus.msg_header.msgtype", "msgtype", base.DEC, {[0] = "INVALID", [1] = "OFFERCHANNEL", [2] = "RESCIND_CHANNELOFFER", [3] = "REQUESTOFFERS", [4] = "ALLOFFERS_DELIVERED", [5] = "OPENCHANNEL", [6] = "OPENCHANNEL_RESULT", [7] = "CLOSECHANNEL", [8] = "GPADL_HEADER", [9] = "GPADL_BODY", [10] = "GPADL_CREATED", [11] = "GPADL_TEARDOWN", [12] = "GPADL_TORNDOWN", [13] = "RELID_RELEASED", [14] = "INITIATE_CONTACT", [15] = "VERSION_RESPONSE", [16] = "UNLOAD", [17] = "UNLOAD_RESPONSE", [18] = "OPEN_RESERVED_CHANNEL", [19] = "CLOSE_RESERVED_CHANNEL", [20] = "CLOSE_RESERVED_RESPONSE", [21] = "TL_CONNECT_REQUEST", [22] = "MODIFYCHANNEL", [23] = "TL_CONNECT_RESULT", [24] = "MODIFYCHANNEL_RESPONSE", [25] = "MODIFY_CONNECTION", [26] = "MODIFY_CONNECTION_RESPONSE", [27] = "PAUSE", [28] = "PAUSE_RESPONSE", [29] = "RESUME"})
F.msg_header_padding = ProtoField.uint32("pv_vmbus.msg_header.padding", "padding", base.DEC, nil)
F.offerchannel_hdr = ProtoField.none("pv_vmbus.offerchannel.hdr", "hdr")
F.offerchannel_if_type = ProtoField.guid("pv_vmbus.offerchannel.if_type", "if_type")
F.offerchannel_if_instance = ProtoField.guid("pv_vmbus.offerchannel.if_instance", "if_instance")
F.offerchannel_reserved1 = ProtoField.uint64("pv_vmbus.offerchannel.reserved1", "reserved1", base.HEX, nil)
F.offerchannel_reserved2 = ProtoField.uint64("pv_vmbus.offerchannel.reserved2", "reserved2", base.HEX, nil)
F.offerchannel_chn_flags = ProtoField.uint16("pv_vmbus.offerchannel.chn_flags", "chn_flags", base.HEX, nil)
F.offerchannel_mmio_megabytes = ProtoField.uint16("pv_vmbus.offerchannel.mmio_megabytes", "mmio_megabytes", base.DEC, nil)
F.offerchannel_user_def = ProtoField.bytes("pv_vmbus.offerchannel.user_def", "user_def")
F.offerchannel_sub_channel_index = ProtoField.uint16("pv_vmbus.offerchannel.sub_channel_index", "sub_channel_index", base.DEC, nil)
F.offerchannel_mmio_megabytes_optional = ProtoField.uint16("pv_vmbus.offerchannel.mmio_megabytes_optional", "mmio_megabytes_optional", base.DEC, nil)
F.offerchannel_child_relid = ProtoField.uint32("pv_vmbus.offerchannel.child_relid", "child_relid", base.DEC, nil)
F.offerchannel_monitorid = ProtoField.uint8("pv_vmbus.offerchannel.monitorid", "monitorid", base.DEC, nil)
F.offerchannel_monitor_allocated_byte = ProtoField.uint8("pv_vmbus.offerchannel.monitor_allocated_byte", "monitor_allocated_byte", base.DEC, nil)
F.offerchannel_monitor_allocated_byte_monitor_allocated = ProtoField.uint32("pv_vmbus.offerchannel.monitor_allocated", "monitor_allocated", base.DEC, nil)
F.offerchannel_dedicated_interrupt_word = ProtoField.uint16("pv_vmbus.offerchannel.dedicated_interrupt_word", "dedicated_interrupt_word", base.DEC, nil)
F.offerchannel_dedicated_interrupt_word_is_dedicated_interrupt = ProtoField.uint32("pv_vmbus.offerchannel.is_dedicated_interrupt", "is_dedicated_interrupt", base.DEC, nil)
F.offerchannel_connection_id = ProtoField.uint32("pv_vmbus.offerchannel.connection_id", "connection_id", base.HEX, nil)
F.rescind_channeloffer_hdr = ProtoField.none("pv_vmbus.rescind_channeloffer.hdr", "hdr")
F.rescind_channeloffer_child_relid = ProtoField.uint32("pv_vmbus.rescind_channeloffer.child_relid", "child_relid", base.DEC, nil)
F.header_only_hdr = ProtoField.none("pv_vmbus.header_only.hdr", "hdr")
F.openchannel_hdr = ProtoField.none("pv_vmbus.openchannel.hdr", "hdr")
F.openchannel_child_relid = ProtoField.uint32("pv_vmbus.openchannel.child_relid", "child_relid", base.DEC, nil)
F.openchannel_openid = ProtoField.uint32("pv_vmbus.openchannel.openid", "openid", base.DEC, nil)
F.openchannel_ringbuffer_gpadlhandle = ProtoField.uint32("pv_vmbus.openchannel.ringbuffer_gpadlhandle", "ringbuffer_gpadlhandle", base.DEC, nil)
F.openchannel_target_vp = ProtoField.uint32("pv_vmbus.openchannel.target_vp", "target_vp", base.DEC, nil)
F.openchannel_downstream_ringbuffer_pageoffset = ProtoField.uint32("pv_vmbus.openchannel.downstream_ringbuffer_pageoffset", "downstream_ringbuffer_pageoffset", base.DEC, nil)
F.openchannel_userdata = ProtoField.bytes("pv_vmbus.openchannel.userdata", "userdata")
F.openchannel2_hdr = ProtoField.none("pv_vmbus.openchannel2.hdr", "hdr")
F.openchannel2_child_relid = ProtoField.uint32("pv_vmbus.openchannel2.child_relid", "child_relid", base.DEC, nil)
F.openchannel2_openid = ProtoField.uint32("pv_vmbus.openchannel2.openid", "openid", base.DEC, nil)
F.openchannel2_ringbuffer_gpadlhandle = ProtoField.uint32("pv_vmbus.openchannel2.ringbuffer_gpadlhandle", "ringbuffer_gpadlhandle", base.DEC, nil)
F.openchannel2_target_vp = ProtoField.uint32("pv_vmbus.openchannel2.target_vp", "target_vp", base.DEC, nil)
F.openchannel2_downstream_ringbuffer_pageoffset = ProtoField.uint32("pv_vmbus.openchannel2.downstream_ringbuffer_pageoffset", "downstream_ringbuffer_pageoffset", base.DEC, nil)
F.openchannel2_userdata = ProtoField.bytes("pv_vmbus.openchannel2.userdata", "userdata")
F.openchannel2_connection_id = ProtoField.uint32("pv_vmbus.openchannel2.connection_id", "connection_id", base.HEX, nil)
F.openchannel2_event_flag = ProtoField.uint16("pv_vmbus.openchannel2.event_flag", "event_flag", base.DEC, nil)
F.openchannel2_open_flags = ProtoField.uint16("pv_vmbus.openchannel2.open_flags", "open_flags", base.HEX, nil)
F.openchannel_result_hdr = ProtoField.none("pv_vmbus.openchannel_result.hdr", "hdr")
F.openchannel_result_child_relid = ProtoField.uint32("pv_vmbus.openchannel_result.child_relid", "child_relid", base.DEC, nil)
F.openchannel_result_openid = ProtoField.uint32("pv_vmbus.openchannel_result.openid", "openid", base.DEC, nil)
F.openchannel_result_status = ProtoField.uint32("pv_vmbus.openchannel_result.status", "status", base.DEC, nil)
F.closechannel_hdr = ProtoField.none("pv_vmbus.closechannel.hdr", "hdr")
F.closechannel_child_relid = ProtoField.uint32("pv_vmbus.closechannel.child_relid", "child_relid", base.DEC, nil)
F.gpadl_header_hdr = ProtoField.none("pv_vmbus.gpadl_header.hdr", "hdr")
F.gpadl_header_child_relid = ProtoField.uint32("pv_vmbus.gpadl_header.child_relid", "child_relid", base.DEC, nil)
F.gpadl_header_gpadl = ProtoField.uint32("pv_vmbus.gpadl_header.gpadl", "gpadl", base.DEC, nil)
F.gpadl_header_range_buflen = ProtoField.uint16("pv_vmbus.gpadl_header.range_buflen", "range_buflen", base.DEC, nil)
F.gpadl_header_rangecount = ProtoField.uint16("pv_vmbus.gpadl_header.rangecount", "rangecount", base.DEC, nil)
F.gpadl_header_data = ProtoField.uint64("pv_vmbus.gpadl_header.data", "data", base.HEX)
F.gpadl_body_hdr = ProtoField.none("pv_vmbus.gpadl_body.hdr", "hdr")
F.gpadl_body_msgnumber = ProtoField.uint32("pv_vmbus.gpadl_body.msgnumber", "msgnumber", base.DEC, nil)
F.gpadl_body_gpadl = ProtoField.uint32("pv_vmbus.gpadl_body.gpadl", "gpadl", base.DEC, nil)
F.gpadl_body_pfn = ProtoField.uint64("pv_vmbus.gpadl_body.pfn", "pfn", base.HEX)
F.gpadl_created_hdr = ProtoField.none("pv_vmbus.gpadl_created.hdr", "hdr")
F.gpadl_created_child_relid = ProtoField.uint32("pv_vmbus.gpadl_created.child_relid", "child_relid", base.DEC, nil)
F.gpadl_created_gpadl = ProtoField.uint32("pv_vmbus.gpadl_created.gpadl", "gpadl", base.DEC, nil)
F.gpadl_created_creation_status = ProtoField.uint32("pv_vmbus.gpadl_created.creation_status", "creation_status", base.DEC, nil)
F.gpadl_teardown_hdr = ProtoField.none("pv_vmbus.gpadl_teardown.hdr", "hdr")
F.gpadl_teardown_child_relid = ProtoField.uint32("pv_vmbus.gpadl_teardown.child_relid", "child_relid", base.DEC, nil)
F.gpadl_teardown_gpadl = ProtoField.uint32("pv_vmbus.gpadl_teardown.gpadl", "gpadl", base.DEC, nil)
F.gpadl_torndown_hdr = ProtoField.none("pv_vmbus.gpadl_torndown.hdr", "hdr")
F.gpadl_torndown_gpadl = ProtoField.uint32("pv_vmbus.gpadl_torndown.gpadl", "gpadl", base.DEC, nil)
F.relid_released_hdr = ProtoField.none("pv_vmbus.relid_released.hdr", "hdr")
F.relid_released_child_relid = ProtoField.uint32("pv_vmbus.relid_released.child_relid", "child_relid", base.DEC, nil)
F.initiate_contact_hdr = ProtoField.none("pv_vmbus.initiate_contact.hdr", "hdr")
F.initiate_contact_vmbus_version_requested = ProtoField.uint32("pv_vmbus.initiate_contact.vmbus_version_requested", "vmbus_version_requested", base.DEC, nil)
F.initiate_contact_target_vcpu = ProtoField.uint32("pv_vmbus.initiate_contact.target_vcpu", "target_vcpu", base.DEC, nil)
F.initiate_contact_interrupt_page = ProtoField.uint64("pv_vmbus.initiate_contact.interrupt_page", "interrupt_page", base.HEX, nil)
F.initiate_contact_interrupt_page_msg_sint = ProtoField.uint32("pv_vmbus.initiate_contact.msg_sint", "msg_sint", base.DEC, nil)
F.initiate_contact_interrupt_page_msg_vtl = ProtoField.uint32("pv_vmbus.initiate_contact.msg_vtl", "msg_vtl", base.DEC, nil)
F.initiate_contact_interrupt_page_feature_flags = ProtoField.uint32("pv_vmbus.initiate_contact.feature_flags", "feature_flags", base.DEC, nil)
F.initiate_contact_monitor_page1 = ProtoField.uint64("pv_vmbus.initiate_contact.monitor_page1", "monitor_page1", base.HEX, nil)
F.initiate_contact_monitor_page2 = ProtoField.uint64("pv_vmbus.initiate_contact.monitor_page2", "monitor_page2", base.HEX, nil)
F.initiate_contact2_hdr = ProtoField.none("pv_vmbus.initiate_contact2.hdr", "hdr")
F.initiate_contact2_vmbus_version_requested = ProtoField.uint32("pv_vmbus.initiate_contact2.vmbus_version_requested", "vmbus_version_requested", base.DEC, nil)
F.initiate_contact2_target_vcpu = ProtoField.uint32("pv_vmbus.initiate_contact2.target_vcpu", "target_vcpu", base.DEC, nil)
F.initiate_contact2_interrupt_page = ProtoField.uint64("pv_vmbus.initiate_contact2.interrupt_page", "interrupt_page", base.HEX, nil)
F.initiate_contact2_interrupt_page_msg_sint = ProtoField.uint32("pv_vmbus.initiate_contact2.msg_sint", "msg_sint", base.DEC, nil)
F.initiate_contact2_interrupt_page_msg_vtl = ProtoField.uint32("pv_vmbus.initiate_contact2.msg_vtl", "msg_vtl", base.DEC, nil)
F.initiate_contact2_interrupt_page_feature_flags = ProtoField.uint32("pv_vmbus.initiate_contact2.feature_flags", "feature_flags", base.DEC, nil)
F.initiate_contact2_monitor_page1 = ProtoField.uint64("pv_vmbus.initiate_contact2.monitor_page1", "monitor_page1", base.HEX, nil)
F.initiate_contact2_monitor_page2 = ProtoField.uint64("pv_vmbus.initiate_contact2.monitor_page2", "monitor_page2", base.HEX, nil)
F.initiate_contact2_client_id = ProtoField.guid("pv_vmbus.initiate_contact2.client_id", "client_id")
F.version_response_hdr = ProtoField.none("pv_vmbus.version_response.hdr", "hdr")
F.version_response_version_supported = ProtoField.uint8("pv_vmbus.version_response.version_supported", "version_supported", base.DEC, nil)
F.version_response_connection_state = ProtoField.uint8("pv_vmbus.version_response.connection_state", "connection_state", base.DEC, {[0] = "SUCCESSFUL", [1] = "FAILED_LOW_RESOURCES", [2] = "FAILED_UNKNOWN_FAILURE"})
F.version_response_padding = ProtoField.uint16("pv_vmbus.version_response.padding", "padding", base.DEC, nil)
F.version_response_msg_conn_id = ProtoField.uint32("pv_vmbus.version_response.msg_conn_id", "msg_conn_id", base.HEX, nil)
F.version_response2_hdr = ProtoField.none("pv_vmbus.version_response2.hdr", "hdr")
F.version_response2_version_supported = ProtoField.uint8("pv_vmbus.version_response2.version_supported", "version_supported", base.DEC, nil)
F.version_response2_connection_state = ProtoField.uint8("pv_vmbus.version_response2.connection_state", "connection_state", base.DEC, {[0] = "SUCCESSFUL", [1] = "FAILED_LOW_RESOURCES", [2] = "FAILED_UNKNOWN_FAILURE"})
F.version_response2_padding = ProtoField.uint16("pv_vmbus.version_response2.padding", "padding", base.DEC, nil)
F.version_response2_msg_conn_id = ProtoField.uint32("pv_vmbus.version_response2.msg_conn_id", "msg_conn_id", base.HEX, nil)
F.version_response2_supported_features = ProtoField.uint32("pv_vmbus.version_response2.supported_features", "supported_features", base.HEX, nil)
F.open_reserved_channel_hdr = ProtoField.none("pv_vmbus.open_reserved_channel.hdr", "hdr")
F.open_reserved_channel_child_relid = ProtoField.uint32("pv_vmbus.open_reserved_channel.child_relid", "child_relid", base.DEC, nil)
F.open_reserved_channel_target_vp = ProtoField.uint32("pv_vmbus.open_reserved_channel.target_vp", "target_vp", base.DEC, nil)
F.open_reserved_channel_target_sint = ProtoField.uint32("pv_vmbus.open_reserved_channel.target_sint", "target_sint", base.DEC, nil)
F.open_reserved_channel_ringbuffer_gpadl = ProtoField.uint32("pv_vmbus.open_reserved_channel.ringbuffer_gpadl", "ringbuffer_gpadl", base.DEC, nil)
F.open_reserved_channel_downstream_page_offset = ProtoField.uint32("pv_vmbus.open_reserved_channel.downstream_page_offset", "downstream_page_offset", base.DEC, nil)
F.close_reserved_channel_hdr = ProtoField.none("pv_vmbus.close_reserved_channel.hdr", "hdr")
F.close_reserved_channel_child_relid = ProtoField.uint32("pv_vmbus.close_reserved_channel.child_relid", "child_relid", base.DEC, nil)
F.close_reserved_channel_target_vp = ProtoField.uint32("pv_vmbus.close_reserved_channel.target_vp", "target_vp", base.DEC, nil)
F.close_reserved_channel_target_sint = ProtoField.uint32("pv_vmbus.close_reserved_channel.target_sint", "target_sint", base.DEC, nil)
F.close_reserved_response_hdr = ProtoField.none("pv_vmbus.close_reserved_response.hdr", "hdr")
F.close_reserved_response_child_relid = ProtoField.uint32("pv_vmbus.close_reserved_response.child_relid", "child_relid", base.DEC, nil)
F.tl_connect_request_hdr = ProtoField.none("pv_vmbus.tl_connect_request.hdr", "hdr")
F.tl_connect_request_guest_endpoint_id = ProtoField.guid("pv_vmbus.tl_connect_request.guest_endpoint_id", "guest_endpoint_id")
F.tl_connect_request_host_service_id = ProtoField.guid("pv_vmbus.tl_connect_request.host_service_id", "host_service_id")
F.tl_connect_request2_hdr = ProtoField.none("pv_vmbus.tl_connect_request2.hdr", "hdr")
F.tl_connect_request2_guest_endpoint_id = ProtoField.guid("pv_vmbus.tl_connect_request2.guest_endpoint_id", "guest_endpoint_id")
F.tl_connect_request2_host_service_id = ProtoField.guid("pv_vmbus.tl_connect_request2.host_service_id", "host_service_id")
F.tl_connect_request2_silo_id = ProtoField.guid("pv_vmbus.tl_connect_request2.silo_id", "silo_id")
F.modifychannel_hdr = ProtoField.none("pv_vmbus.modifychannel.hdr", "hdr")
F.modifychannel_child_relid = ProtoField.uint32("pv_vmbus.modifychannel.child_relid", "child_relid", base.DEC, nil)
F.modifychannel_target_vp = ProtoField.uint32("pv_vmbus.modifychannel.target_vp", "target_vp", base.DEC, nil)
F.tl_connect_result_hdr = ProtoField.none("pv_vmbus.tl_connect_result.hdr", "hdr")
F.tl_connect_result_guest_endpoint_id = ProtoField.guid("pv_vmbus.tl_connect_result.guest_endpoint_id", "guest_endpoint_id")
F.tl_connect_result_host_service_id = ProtoField.guid("pv_vmbus.tl_connect_result.host_service_id", "host_service_id")
F.tl_connect_result_status = ProtoField.int32("pv_vmbus.tl_connect_result.status", "status", base.DEC, nil)
F.modifychannel_response_hdr = ProtoField.none("pv_vmbus.modifychannel_response.hdr", "hdr")
F.modifychannel_response_child_relid = ProtoField.uint32("pv_vmbus.modifychannel_response.child_relid", "child_relid", base.DEC, nil)
F.modifychannel_response_status = ProtoField.int32("pv_vmbus.modifychannel_response.status", "status", base.DEC, nil)
F.modify_connection_hdr = ProtoField.none("pv_vmbus.modify_connection.hdr", "hdr")
F.modify_connection_parent_to_child_monitor_page_gpa = ProtoField.uint64("pv_vmbus.modify_connection.parent_to_child_monitor_page_gpa", "parent_to_child_monitor_page_gpa", base.HEX, nil)
F.modify_connection_child_to_parent_monitor_page_gpa = ProtoField.uint64("pv_vmbus.modify_connection.child_to_parent_monitor_page_gpa", "child_to_parent_monitor_page_gpa", base.HEX, nil)
F.modify_connection_response_hdr = ProtoField.none("pv_vmbus.modify_connection_response.hdr", "hdr")
F.modify_connection_response_connection_state = ProtoField.uint8("pv_vmbus.modify_connection_response.connection_state", "connection_state", base.DEC, {[0] = "SUCCESSFUL", [1] = "FAILED_LOW_RESOURCES", [2] = "FAILED_UNKNOWN_FAILURE"})
proto.fields = {
	F.msg_header_msgtype,
	F.msg_header_padding,
	F.offerchannel_hdr,
	F.offerchannel_if_type,
	F.offerchannel_if_instance,
	F.offerchannel_reserved1,
	F.offerchannel_reserved2,
	F.offerchannel_chn_flags,
	F.offerchannel_mmio_megabytes,
	F.offerchannel_user_def,
	F.offerchannel_sub_channel_index,
	F.offerchannel_mmio_megabytes_optional,
	F.offerchannel_child_relid,
	F.offerchannel_monitorid,
	F.offerchannel_monitor_allocated_byte,
	F.offerchannel_monitor_allocated_byte_monitor_allocated,
	F.offerchannel_dedicated_interrupt_word,
	F.offerchannel_dedicated_interrupt_word_is_dedicated_interrupt,
	F.offerchannel_connection_id,
	F.rescind_channeloffer_hdr,
	F.rescind_channeloffer_child_relid,
	F.header_only_hdr,
	F.openchannel_hdr,
	F.openchannel_child_relid,
	F.openchannel_openid,
	F.openchannel_ringbuffer_gpadlhandle,
	F.openchannel_target_vp,
	F.openchannel_downstream_ringbuffer_pageoffset,
	F.openchannel_userdata,
	F.openchannel2_hdr,
	F.openchannel2_child_relid,
	F.openchannel2_openid,
	F.openchannel2_ringbuffer_gpadlhandle,
	F.openchannel2_target_vp,
	F.openchannel2_downstream_ringbuffer_pageoffset,
	F.openchannel2_userdata,
	F.openchannel2_connection_id,
	F.openchannel2_event_flag,
	F.openchannel2_open_flags,
	F.openchannel_result_hdr,
	F.openchannel_result_child_relid,
	F.openchannel_result_openid,
	F.openchannel_result_status,
	F.closechannel_hdr,
	F.closechannel_child_relid,
	F.gpadl_header_hdr,
	F.gpadl_header_child_relid,
	F.gpadl_header_gpadl,
	F.gpadl_header_range_buflen,
	F.gpadl_header_rangecount,
	F.gpadl_header_data,
	F.gpadl_body_hdr,
	F.gpadl_body_msgnumber,
	F.gpadl_body_gpadl,
	F.gpadl_body_pfn,
	F.gpadl_created_hdr,
	F.gpadl_created_child_relid,
	F.gpadl_created_gpadl,
	F.gpadl_created_creation_status,
	F.gpadl_teardown_hdr,
	F.gpadl_teardown_child_relid,
	F.gpadl_teardown_gpadl,
	F.gpadl_torndown_hdr,
	F.gpadl_torndown_gpadl,
	F.relid_released_hdr,
	F.relid_released_child_relid,
	F.initiate_contact_hdr,
	F.initiate_contact_vmbus_version_requested,
	F.initiate_contact_target_vcpu,
	F.initiate_contact_interrupt_page,
	F.initiate_contact_interrupt_page_msg_sint,
	F.initiate_contact_interrupt_page_msg_vtl,
	F.initiate_contact_interrupt_page_feature_flags,
	F.initiate_contact_monitor_page1,
	F.initiate_contact_monitor_page2,
	F.initiate_contact2_hdr,
	F.initiate_contact2_vmbus_version_requested,
	F.initiate_contact2_target_vcpu,
	F.initiate_contact2_interrupt_page,
	F.initiate_contact2_interrupt_page_msg_sint,
	F.initiate_contact2_interrupt_page_msg_vtl,
	F.initiate_contact2_interrupt_page_feature_flags,
	F.initiate_contact2_monitor_page1,
	F.initiate_contact2_monitor_page2,
	F.initiate_contact2_client_id,
	F.version_response_hdr,
	F.version_response_version_supported,
	F.version_response_connection_state,
	F.version_response_padding,
	F.version_response_msg_conn_id,
	F.version_response2_hdr,
	F.version_response2_version_supported,
	F.version_response2_connection_state,
	F.version_response2_padding,
	F.version_response2_msg_conn_id,
	F.version_response2_supported_features,
	F.open_reserved_channel_hdr,
	F.open_reserved_channel_child_relid,
	F.open_reserved_channel_target_vp,
	F.open_reserved_channel_target_sint,
	F.open_reserved_channel_ringbuffer_gpadl,
	F.open_reserved_channel_downstream_page_offset,
	F.close_reserved_channel_hdr,
	F.close_reserved_channel_child_relid,
	F.close_reserved_channel_target_vp,
	F.close_reserved_channel_target_sint,
	F.close_reserved_response_hdr,
	F.close_reserved_response_child_relid,
	F.tl_connect_request_hdr,
	F.tl_connect_request_guest_endpoint_id,
	F.tl_connect_request_host_service_id,
	F.tl_connect_request2_hdr,
	F.tl_connect_request2_guest_endpoint_id,
	F.tl_connect_request2_host_service_id,
	F.tl_connect_request2_silo_id,
	F.modifychannel_hdr,
	F.modifychannel_child_relid,
	F.modifychannel_target_vp,
	F.tl_connect_result_hdr,
	F.tl_connect_result_guest_endpoint_id,
	F.tl_connect_result_host_service_id,
	F.tl_connect_result_status,
	F.modifychannel_response_hdr,
	F.modifychannel_response_child_relid,
	F.modifychannel_response_status,
	F.modify_connection_hdr,
	F.modify_connection_parent_to_child_monitor_page_gpa,
	F.modify_connection_child_to_parent_monitor_page_gpa,
	F.modify_connection_response_hdr,
	F.modify_connection_response_connection_state,
}

local function dissect_msg_header(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "msg_header: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.msg_header_msgtype, buf(off + 0, 4))
	tree:add_le(F.msg_header_padding, buf(off + 4, 4))
	return 8
end

local function dissect_offerchannel(buf, tree, off, len)
	if len < 196 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "offerchannel: short (" .. len .. " < 196)")
		return len
	end
	do
		local sub = tree:add(F.offerchannel_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.offerchannel_if_type, buf(off + 8, 16))
	tree:add_le(F.offerchannel_if_instance, buf(off + 24, 16))
	tree:add_le(F.offerchannel_reserved1, buf(off + 40, 8))
	tree:add_le(F.offerchannel_reserved2, buf(off + 48, 8))
	tree:add_le(F.offerchannel_chn_flags, buf(off + 56, 2))
	tree:add_le(F.offerchannel_mmio_megabytes, buf(off + 58, 2))
	tree:add_le(F.offerchannel_user_def, buf(off + 60, 120))
	tree:add_le(F.offerchannel_sub_channel_index, buf(off + 180, 2))
	tree:add_le(F.offerchannel_mmio_megabytes_optional, buf(off + 182, 2))
	tree:add_le(F.offerchannel_child_relid, buf(off + 184, 4))
	tree:add_le(F.offerchannel_monitorid, buf(off + 188, 1))
	tree:add_le(F.offerchannel_monitor_allocated_byte, buf(off + 189, 1))
	do
		local v = buf(off + 189, 1):le_uint()
		tree:add(F.offerchannel_monitor_allocated_byte_monitor_allocated, buf(off + 189, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.offerchannel_dedicated_interrupt_word, buf(off + 190, 2))
	do
		local v = buf(off + 190, 2):le_uint()
		tree:add(F.offerchannel_dedicated_interrupt_word_is_dedicated_interrupt, buf(off + 190, 2), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.offerchannel_connection_id, buf(off + 192, 4))
	return 196
end

local function dissect_rescind_channeloffer(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "rescind_channeloffer: short (" .. len .. " < 12)")
		return len
	end
	do
		local sub = tree:add(F.rescind_channeloffer_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.rescind_channeloffer_child_relid, buf(off + 8, 4))
	return 12
end

local function dissect_header_only(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "header_only: short (" .. len .. " < 8)")
		return len
	end
	do
		local sub = tree:add(F.header_only_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	return 8
end

local function dissect_openchannel(buf, tree, off, len)
	if len < 148 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "openchannel: short (" .. len .. " < 148)")
		return len
	end
	do
		local sub = tree:add(F.openchannel_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.openchannel_child_relid, buf(off + 8, 4))
	tree:add_le(F.openchannel_openid, buf(off + 12, 4))
	tree:add_le(F.openchannel_ringbuffer_gpadlhandle, buf(off + 16, 4))
	tree:add_le(F.openchannel_target_vp, buf(off + 20, 4))
	tree:add_le(F.openchannel_downstream_ringbuffer_pageoffset, buf(off + 24, 4))
	tree:add_le(F.openchannel_userdata, buf(off + 28, 120))
	return 148
end

local function dissect_openchannel2(buf, tree, off, len)
	if len < 156 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "openchannel2: short (" .. len .. " < 156)")
		return len
	end
	do
		local sub = tree:add(F.openchannel2_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.openchannel2_child_relid, buf(off + 8, 4))
	tree:add_le(F.openchannel2_openid, buf(off + 12, 4))
	tree:add_le(F.openchannel2_ringbuffer_gpadlhandle, buf(off + 16, 4))
	tree:add_le(F.openchannel2_target_vp, buf(off + 20, 4))
	tree:add_le(F.openchannel2_downstream_ringbuffer_pageoffset, buf(off + 24, 4))
	tree:add_le(F.openchannel2_userdata, buf(off + 28, 120))
	tree:add_le(F.openchannel2_connection_id, buf(off + 148, 4))
	tree:add_le(F.openchannel2_event_flag, buf(off + 152, 2))
	tree:add_le(F.openchannel2_open_flags, buf(off + 154, 2))
	return 156
end

local function dissect_openchannel_result(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "openchannel_result: short (" .. len .. " < 20)")
		return len
	end
	do
		local sub = tree:add(F.openchannel_result_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.openchannel_result_child_relid, buf(off + 8, 4))
	tree:add_le(F.openchannel_result_openid, buf(off + 12, 4))
	tree:add_le(F.openchannel_result_status, buf(off + 16, 4))
	return 20
end

local function dissect_closechannel(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "closechannel: short (" .. len .. " < 12)")
		return len
	end
	do
		local sub = tree:add(F.closechannel_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.closechannel_child_relid, buf(off + 8, 4))
	return 12
end

local function dissect_gpadl_header(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "gpadl_header: short (" .. len .. " < 20)")
		return len
	end
	do
		local sub = tree:add(F.gpadl_header_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.gpadl_header_child_relid, buf(off + 8, 4))
	tree:add_le(F.gpadl_header_gpadl, buf(off + 12, 4))
	tree:add_le(F.gpadl_header_range_buflen, buf(off + 16, 2))
	tree:add_le(F.gpadl_header_rangecount, buf(off + 18, 2))
	local n = math.floor((len - 20) / 8)
	if n > 27 then n = 27 end
	local pos = 20
	for i = 1, n do
		if pos + 8 > len then break end
		tree:add_le(F.gpadl_header_data, buf(off + pos, 8))
		pos = pos + 8
	end
	return pos
end

local function dissect_gpadl_body(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "gpadl_body: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.gpadl_body_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.gpadl_body_msgnumber, buf(off + 8, 4))
	tree:add_le(F.gpadl_body_gpadl, buf(off + 12, 4))
	local n = math.floor((len - 16) / 8)
	if n > 28 then n = 28 end
	local pos = 16
	for i = 1, n do
		if pos + 8 > len then break end
		tree:add_le(F.gpadl_body_pfn, buf(off + pos, 8))
		pos = pos + 8
	end
	return pos
end

local function dissect_gpadl_created(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "gpadl_created: short (" .. len .. " < 20)")
		return len
	end
	do
		local sub = tree:add(F.gpadl_created_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.gpadl_created_child_relid, buf(off + 8, 4))
	tree:add_le(F.gpadl_created_gpadl, buf(off + 12, 4))
	tree:add_le(F.gpadl_created_creation_status, buf(off + 16, 4))
	return 20
end

local function dissect_gpadl_teardown(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "gpadl_teardown: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.gpadl_teardown_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.gpadl_teardown_child_relid, buf(off + 8, 4))
	tree:add_le(F.gpadl_teardown_gpadl, buf(off + 12, 4))
	return 16
end

local function dissect_gpadl_torndown(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "gpadl_torndown: short (" .. len .. " < 12)")
		return len
	end
	do
		local sub = tree:add(F.gpadl_torndown_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.gpadl_torndown_gpadl, buf(off + 8, 4))
	return 12
end

local function dissect_relid_released(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "relid_released: short (" .. len .. " < 12)")
		return len
	end
	do
		local sub = tree:add(F.relid_released_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.relid_released_child_relid, buf(off + 8, 4))
	return 12
end

local function dissect_initiate_contact(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "initiate_contact: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.initiate_contact_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.initiate_contact_vmbus_version_requested, buf(off + 8, 4))
	tree:add_le(F.initiate_contact_target_vcpu, buf(off + 12, 4))
	tree:add_le(F.initiate_contact_interrupt_page, buf(off + 16, 8))
	do
		local v = buf(off + 16, 8):le_uint64()
		tree:add(F.initiate_contact_interrupt_page_msg_sint, buf(off + 16, 8), v:rshift(0):band(0xff):tonumber())
		tree:add(F.initiate_contact_interrupt_page_msg_vtl, buf(off + 16, 8), v:rshift(8):band(0xff):tonumber())
		tree:add(F.initiate_contact_interrupt_page_feature_flags, buf(off + 16, 8), v:rshift(32):band(0xffffffff):tonumber())
	end
	tree:add_le(F.initiate_contact_monitor_page1, buf(off + 24, 8))
	tree:add_le(F.initiate_contact_monitor_page2, buf(off + 32, 8))
	return 40
end

local function dissect_initiate_contact2(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "initiate_contact2: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.initiate_contact2_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.initiate_contact2_vmbus_version_requested, buf(off + 8, 4))
	tree:add_le(F.initiate_contact2_target_vcpu, buf(off + 12, 4))
	tree:add_le(F.initiate_contact2_interrupt_page, buf(off + 16, 8))
	do
		local v = buf(off + 16, 8):le_uint64()
		tree:add(F.initiate_contact2_interrupt_page_msg_sint, buf(off + 16, 8), v:rshift(0):band(0xff):tonumber())
		tree:add(F.initiate_contact2_interrupt_page_msg_vtl, buf(off + 16, 8), v:rshift(8):band(0xff):tonumber())
		tree:add(F.initiate_contact2_interrupt_page_feature_flags, buf(off + 16, 8), v:rshift(32):band(0xffffffff):tonumber())
	end
	tree:add_le(F.initiate_contact2_monitor_page1, buf(off + 24, 8))
	tree:add_le(F.initiate_contact2_monitor_page2, buf(off + 32, 8))
	tree:add_le(F.initiate_contact2_client_id, buf(off + 40, 16))
	return 56
end

local function dissect_version_response(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "version_response: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.version_response_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.version_response_version_supported, buf(off + 8, 1))
	tree:add_le(F.version_response_connection_state, buf(off + 9, 1))
	tree:add_le(F.version_response_padding, buf(off + 10, 2))
	tree:add_le(F.version_response_msg_conn_id, buf(off + 12, 4))
	return 16
end

local function dissect_version_response2(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "version_response2: short (" .. len .. " < 20)")
		return len
	end
	do
		local sub = tree:add(F.version_response2_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.version_response2_version_supported, buf(off + 8, 1))
	tree:add_le(F.version_response2_connection_state, buf(off + 9, 1))
	tree:add_le(F.version_response2_padding, buf(off + 10, 2))
	tree:add_le(F.version_response2_msg_conn_id, buf(off + 12, 4))
	tree:add_le(F.version_response2_supported_features, buf(off + 16, 4))
	return 20
end

local function dissect_open_reserved_channel(buf, tree, off, len)
	if len < 28 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "open_reserved_channel: short (" .. len .. " < 28)")
		return len
	end
	do
		local sub = tree:add(F.open_reserved_channel_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.open_reserved_channel_child_relid, buf(off + 8, 4))
	tree:add_le(F.open_reserved_channel_target_vp, buf(off + 12, 4))
	tree:add_le(F.open_reserved_channel_target_sint, buf(off + 16, 4))
	tree:add_le(F.open_reserved_channel_ringbuffer_gpadl, buf(off + 20, 4))
	tree:add_le(F.open_reserved_channel_downstream_page_offset, buf(off + 24, 4))
	return 28
end

local function dissect_close_reserved_channel(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "close_reserved_channel: short (" .. len .. " < 20)")
		return len
	end
	do
		local sub = tree:add(F.close_reserved_channel_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.close_reserved_channel_child_relid, buf(off + 8, 4))
	tree:add_le(F.close_reserved_channel_target_vp, buf(off + 12, 4))
	tree:add_le(F.close_reserved_channel_target_sint, buf(off + 16, 4))
	return 20
end

local function dissect_close_reserved_response(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "close_reserved_response: short (" .. len .. " < 12)")
		return len
	end
	do
		local sub = tree:add(F.close_reserved_response_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.close_reserved_response_child_relid, buf(off + 8, 4))
	return 12
end

local function dissect_tl_connect_request(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "tl_connect_request: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.tl_connect_request_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.tl_connect_request_guest_endpoint_id, buf(off + 8, 16))
	tree:add_le(F.tl_connect_request_host_service_id, buf(off + 24, 16))
	return 40
end

local function dissect_tl_connect_request2(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "tl_connect_request2: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.tl_connect_request2_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.tl_connect_request2_guest_endpoint_id, buf(off + 8, 16))
	tree:add_le(F.tl_connect_request2_host_service_id, buf(off + 24, 16))
	tree:add_le(F.tl_connect_request2_silo_id, buf(off + 40, 16))
	return 56
end

local function dissect_modifychannel(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "modifychannel: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.modifychannel_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.modifychannel_child_relid, buf(off + 8, 4))
	tree:add_le(F.modifychannel_target_vp, buf(off + 12, 4))
	return 16
end

local function dissect_tl_connect_result(buf, tree, off, len)
	if len < 44 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "tl_connect_result: short (" .. len .. " < 44)")
		return len
	end
	do
		local sub = tree:add(F.tl_connect_result_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.tl_connect_result_guest_endpoint_id, buf(off + 8, 16))
	tree:add_le(F.tl_connect_result_host_service_id, buf(off + 24, 16))
	tree:add_le(F.tl_connect_result_status, buf(off + 40, 4))
	return 44
end

local function dissect_modifychannel_response(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "modifychannel_response: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.modifychannel_response_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.modifychannel_response_child_relid, buf(off + 8, 4))
	tree:add_le(F.modifychannel_response_status, buf(off + 12, 4))
	return 16
end

local function dissect_modify_connection(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "modify_connection: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.modify_connection_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.modify_connection_parent_to_child_monitor_page_gpa, buf(off + 8, 8))
	tree:add_le(F.modify_connection_child_to_parent_monitor_page_gpa, buf(off + 16, 8))
	return 24
end

local function dissect_modify_connection_response(buf, tree, off, len)
	if len < 9 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "modify_connection_response: short (" .. len .. " < 9)")
		return len
	end
	do
		local sub = tree:add(F.modify_connection_response_hdr, buf(off + 0, 8))
		dissect_msg_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.modify_connection_response_connection_state, buf(off + 8, 1))
	return 9
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("VMBUS")
	local t = tree:add(proto, buf())
	if len < 4 then return end
	local ty = buf(0, 4):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("OFFERCHANNEL ")
		t:append_text(", OFFERCHANNEL")
		dissect_offerchannel(buf, t, 0, len)
	elseif ty == 2 then
		pinfo.cols.info:append("RESCIND_CHANNELOFFER ")
		t:append_text(", RESCIND_CHANNELOFFER")
		dissect_rescind_channeloffer(buf, t, 0, len)
	elseif ty == 3 then
		pinfo.cols.info:append("REQUESTOFFERS ")
		t:append_text(", REQUESTOFFERS")
		dissect_header_only(buf, t, 0, len)
	elseif ty == 4 then
		pinfo.cols.info:append("ALLOFFERS_DELIVERED ")
		t:append_text(", ALLOFFERS_DELIVERED")
		dissect_header_only(buf, t, 0, len)
	elseif ty == 5 then
		pinfo.cols.info:append("OPENCHANNEL ")
		t:append_text(", OPENCHANNEL")
		if len >= 156 then
			dissect_openchannel2(buf, t, 0, len)
		else
			dissect_openchannel(buf, t, 0, len)
		end
	elseif ty == 6 then
		pinfo.cols.info:append("OPENCHANNEL_RESULT ")
		t:append_text(", OPENCHANNEL_RESULT")
		dissect_openchannel_result(buf, t, 0, len)
	elseif ty == 7 then
		pinfo.cols.info:append("CLOSECHANNEL ")
		t:append_text(", CLOSECHANNEL")
		dissect_closechannel(buf, t, 0, len)
	elseif ty == 8 then
		pinfo.cols.info:append("GPADL_HEADER ")
		t:append_text(", GPADL_HEADER")
		dissect_gpadl_header(buf, t, 0, len)
	elseif ty == 9 then
		pinfo.cols.info:append("GPADL_BODY ")
		t:append_text(", GPADL_BODY")
		dissect_gpadl_body(buf, t, 0, len)
	elseif ty == 10 then
		pinfo.cols.info:append("GPADL_CREATED ")
		t:append_text(", GPADL_CREATED")
		dissect_gpadl_created(buf, t, 0, len)
	elseif ty == 11 then
		pinfo.cols.info:append("GPADL_TEARDOWN ")
		t:append_text(", GPADL_TEARDOWN")
		dissect_gpadl_teardown(buf, t, 0, len)
	elseif ty == 12 then
		pinfo.cols.info:append("GPADL_TORNDOWN ")
		t:append_text(", GPADL_TORNDOWN")
		dissect_gpadl_torndown(buf, t, 0, len)
	elseif ty == 13 then
		pinfo.cols.info:append("RELID_RELEASED ")
		t:append_text(", RELID_RELEASED")
		dissect_relid_released(buf, t, 0, len)
	elseif ty == 14 then
		pinfo.cols.info:append("INITIATE_CONTACT ")
		t:append_text(", INITIATE_CONTACT")
		if len >= 56 then
			dissect_initiate_contact2(buf, t, 0, len)
		else
			dissect_initiate_contact(buf, t, 0, len)
		end
	elseif ty == 15 then
		pinfo.cols.info:append("VERSION_RESPONSE ")
		t:append_text(", VERSION_RESPONSE")
		if len >= 20 then
			dissect_version_response2(buf, t, 0, len)
		else
			dissect_version_response(buf, t, 0, len)
		end
	elseif ty == 16 then
		pinfo.cols.info:append("UNLOAD ")
		t:append_text(", UNLOAD")
		dissect_header_only(buf, t, 0, len)
	elseif ty == 17 then
		pinfo.cols.info:append("UNLOAD_RESPONSE ")
		t:append_text(", UNLOAD_RESPONSE")
		dissect_header_only(buf, t, 0, len)
	elseif ty == 18 then
		pinfo.cols.info:append("OPEN_RESERVED_CHANNEL ")
		t:append_text(", OPEN_RESERVED_CHANNEL")
		dissect_open_reserved_channel(buf, t, 0, len)
	elseif ty == 19 then
		pinfo.cols.info:append("CLOSE_RESERVED_CHANNEL ")
		t:append_text(", CLOSE_RESERVED_CHANNEL")
		dissect_close_reserved_channel(buf, t, 0, len)
	elseif ty == 20 then
		pinfo.cols.info:append("CLOSE_RESERVED_RESPONSE ")
		t:append_text(", CLOSE_RESERVED_RESPONSE")
		dissect_close_reserved_response(buf, t, 0, len)
	elseif ty == 21 then
		pinfo.cols.info:append("TL_CONNECT_REQUEST ")
		t:append_text(", TL_CONNECT_REQUEST")
		if len >= 56 then
			dissect_tl_connect_request2(buf, t, 0, len)
		else
			dissect_tl_connect_request(buf, t, 0, len)
		end
	elseif ty == 22 then
		pinfo.cols.info:append("MODIFYCHANNEL ")
		t:append_text(", MODIFYCHANNEL")
		dissect_modifychannel(buf, t, 0, len)
	elseif ty == 23 then
		pinfo.cols.info:append("TL_CONNECT_RESULT ")
		t:append_text(", TL_CONNECT_RESULT")
		dissect_tl_connect_result(buf, t, 0, len)
	elseif ty == 24 then
		pinfo.cols.info:append("MODIFYCHANNEL_RESPONSE ")
		t:append_text(", MODIFYCHANNEL_RESPONSE")
		dissect_modifychannel_response(buf, t, 0, len)
	elseif ty == 25 then
		pinfo.cols.info:append("MODIFY_CONNECTION ")
		t:append_text(", MODIFY_CONNECTION")
		dissect_modify_connection(buf, t, 0, len)
	elseif ty == 26 then
		pinfo.cols.info:append("MODIFY_CONNECTION_RESPONSE ")
		t:append_text(", MODIFY_CONNECTION_RESPONSE")
		dissect_modify_connection_response(buf, t, 0, len)
	elseif ty == 27 then
		pinfo.cols.info:append("PAUSE ")
		t:append_text(", PAUSE")
		dissect_header_only(buf, t, 0, len)
	elseif ty == 28 then
		pinfo.cols.info:append("PAUSE_RESPONSE ")
		t:append_text(", PAUSE_RESPONSE")
		dissect_header_only(buf, t, 0, len)
	elseif ty == 29 then
		pinfo.cols.info:append("RESUME ")
		t:append_text(", RESUME")
		dissect_header_only(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
