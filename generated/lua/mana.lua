-- DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py.
-- Wireshark dissector for MANA hardware-channel messages.

local proto = Proto("pv_mana", "MANA hardware-channel messages")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.msg_hdr_hdr_type = ProtoField.uint32("pv_mana.msg_hdr.hdr_type", "hdr_type", base.DEC, nil)
F.msg_hdr_msg_type = ProtoField.uint32("pv_mana.msg_hdr.msg_type", "msg_type", base.DEC, nil)
F.msg_hdr_msg_version = ProtoField.uint16("pv_mana.msg_hdr.msg_version", "msg_version", base.DEC, nil)
F.msg_hdr_hwc_msg_id = ProtoField.uint16("pv_mana.msg_hdr.hwc_msg_id", "hwc_msg_id", base.HEX, nil)
F.msg_hdr_msg_size = ProtoField.uint32("pv_mana.msg_hdr.msg_size", "msg_size", base.DEC, nil)
F.dev_id_type = ProtoField.uint16("pv_mana.dev_id.type", "type", base.DEC, nil)
F.dev_id_instance = ProtoField.uint16("pv_mana.dev_id.instance", "instance", base.DEC, nil)
F.req_hdr_req = ProtoField.none("pv_mana.req_hdr.req", "req")
F.req_hdr_resp = ProtoField.none("pv_mana.req_hdr.resp", "resp")
F.req_hdr_dev_id = ProtoField.none("pv_mana.req_hdr.dev_id", "dev_id")
F.req_hdr_activity_id = ProtoField.uint32("pv_mana.req_hdr.activity_id", "activity_id", base.HEX, nil)
F.resp_hdr_response = ProtoField.none("pv_mana.resp_hdr.response", "response")
F.resp_hdr_dev_id = ProtoField.none("pv_mana.resp_hdr.dev_id", "dev_id")
F.resp_hdr_activity_id = ProtoField.uint32("pv_mana.resp_hdr.activity_id", "activity_id", base.HEX, nil)
F.resp_hdr_status = ProtoField.uint32("pv_mana.resp_hdr.status", "status", base.DEC, nil)
F.resp_hdr_reserved = ProtoField.uint32("pv_mana.resp_hdr.reserved", "reserved", base.DEC, nil)
F.general_req_hdr = ProtoField.none("pv_mana.general_req.hdr", "hdr")
F.general_resp_hdr = ProtoField.none("pv_mana.general_resp.hdr", "hdr")
F.verify_ver_req_hdr = ProtoField.none("pv_mana.verify_ver_req.hdr", "hdr")
F.verify_ver_req_protocol_ver_min = ProtoField.uint64("pv_mana.verify_ver_req.protocol_ver_min", "protocol_ver_min", base.HEX, nil)
F.verify_ver_req_protocol_ver_max = ProtoField.uint64("pv_mana.verify_ver_req.protocol_ver_max", "protocol_ver_max", base.HEX, nil)
F.verify_ver_req_drv_cap_flags1 = ProtoField.uint64("pv_mana.verify_ver_req.drv_cap_flags1", "drv_cap_flags1", base.HEX, nil)
F.verify_ver_req_drv_cap_flags2 = ProtoField.uint64("pv_mana.verify_ver_req.drv_cap_flags2", "drv_cap_flags2", base.HEX, nil)
F.verify_ver_req_drv_cap_flags3 = ProtoField.uint64("pv_mana.verify_ver_req.drv_cap_flags3", "drv_cap_flags3", base.HEX, nil)
F.verify_ver_req_drv_cap_flags4 = ProtoField.uint64("pv_mana.verify_ver_req.drv_cap_flags4", "drv_cap_flags4", base.HEX, nil)
F.verify_ver_req_drv_ver = ProtoField.uint64("pv_mana.verify_ver_req.drv_ver", "drv_ver", base.HEX, nil)
F.verify_ver_req_os_type = ProtoField.uint32("pv_mana.verify_ver_req.os_type", "os_type", base.DEC, nil)
F.verify_ver_req_reserved = ProtoField.uint32("pv_mana.verify_ver_req.reserved", "reserved", base.DEC, nil)
F.verify_ver_req_os_ver_major = ProtoField.uint32("pv_mana.verify_ver_req.os_ver_major", "os_ver_major", base.DEC, nil)
F.verify_ver_req_os_ver_minor = ProtoField.uint32("pv_mana.verify_ver_req.os_ver_minor", "os_ver_minor", base.DEC, nil)
F.verify_ver_req_os_ver_build = ProtoField.uint32("pv_mana.verify_ver_req.os_ver_build", "os_ver_build", base.DEC, nil)
F.verify_ver_req_os_ver_platform = ProtoField.uint32("pv_mana.verify_ver_req.os_ver_platform", "os_ver_platform", base.DEC, nil)
F.verify_ver_req_reserved_2 = ProtoField.uint64("pv_mana.verify_ver_req.reserved_2", "reserved_2", base.HEX, nil)
F.verify_ver_req_os_ver_str1 = ProtoField.bytes("pv_mana.verify_ver_req.os_ver_str1", "os_ver_str1")
F.verify_ver_req_os_ver_str2 = ProtoField.bytes("pv_mana.verify_ver_req.os_ver_str2", "os_ver_str2")
F.verify_ver_req_os_ver_str3 = ProtoField.bytes("pv_mana.verify_ver_req.os_ver_str3", "os_ver_str3")
F.verify_ver_req_os_ver_str4 = ProtoField.bytes("pv_mana.verify_ver_req.os_ver_str4", "os_ver_str4")
F.verify_ver_resp_hdr = ProtoField.none("pv_mana.verify_ver_resp.hdr", "hdr")
F.verify_ver_resp_gdma_protocol_ver = ProtoField.uint64("pv_mana.verify_ver_resp.gdma_protocol_ver", "gdma_protocol_ver", base.HEX, nil)
F.verify_ver_resp_pf_cap_flags1 = ProtoField.uint64("pv_mana.verify_ver_resp.pf_cap_flags1", "pf_cap_flags1", base.HEX, nil)
F.verify_ver_resp_pf_cap_flags2 = ProtoField.uint64("pv_mana.verify_ver_resp.pf_cap_flags2", "pf_cap_flags2", base.HEX, nil)
F.verify_ver_resp_pf_cap_flags3 = ProtoField.uint64("pv_mana.verify_ver_resp.pf_cap_flags3", "pf_cap_flags3", base.HEX, nil)
F.verify_ver_resp_pf_cap_flags4 = ProtoField.uint64("pv_mana.verify_ver_resp.pf_cap_flags4", "pf_cap_flags4", base.HEX, nil)
F.query_max_resources_resp_hdr = ProtoField.none("pv_mana.query_max_resources_resp.hdr", "hdr")
F.query_max_resources_resp_status = ProtoField.uint32("pv_mana.query_max_resources_resp.status", "status", base.DEC, nil)
F.query_max_resources_resp_max_sq = ProtoField.uint32("pv_mana.query_max_resources_resp.max_sq", "max_sq", base.DEC, nil)
F.query_max_resources_resp_max_rq = ProtoField.uint32("pv_mana.query_max_resources_resp.max_rq", "max_rq", base.DEC, nil)
F.query_max_resources_resp_max_cq = ProtoField.uint32("pv_mana.query_max_resources_resp.max_cq", "max_cq", base.DEC, nil)
F.query_max_resources_resp_max_eq = ProtoField.uint32("pv_mana.query_max_resources_resp.max_eq", "max_eq", base.DEC, nil)
F.query_max_resources_resp_max_db = ProtoField.uint32("pv_mana.query_max_resources_resp.max_db", "max_db", base.DEC, nil)
F.query_max_resources_resp_max_mst = ProtoField.uint32("pv_mana.query_max_resources_resp.max_mst", "max_mst", base.DEC, nil)
F.query_max_resources_resp_max_cq_mod_ctx = ProtoField.uint32("pv_mana.query_max_resources_resp.max_cq_mod_ctx", "max_cq_mod_ctx", base.DEC, nil)
F.query_max_resources_resp_max_mod_cq = ProtoField.uint32("pv_mana.query_max_resources_resp.max_mod_cq", "max_mod_cq", base.DEC, nil)
F.query_max_resources_resp_max_msix = ProtoField.uint32("pv_mana.query_max_resources_resp.max_msix", "max_msix", base.DEC, nil)
F.list_devices_resp_hdr = ProtoField.none("pv_mana.list_devices_resp.hdr", "hdr")
F.list_devices_resp_num_of_devs = ProtoField.uint32("pv_mana.list_devices_resp.num_of_devs", "num_of_devs", base.DEC, nil)
F.list_devices_resp_reserved = ProtoField.uint32("pv_mana.list_devices_resp.reserved", "reserved", base.DEC, nil)
F.list_devices_resp_devs = ProtoField.none("pv_mana.list_devices_resp.devs", "devs")
F.register_device_resp_hdr = ProtoField.none("pv_mana.register_device_resp.hdr", "hdr")
F.register_device_resp_pdid = ProtoField.uint32("pv_mana.register_device_resp.pdid", "pdid", base.DEC, nil)
F.register_device_resp_gpa_mkey = ProtoField.uint32("pv_mana.register_device_resp.gpa_mkey", "gpa_mkey", base.DEC, nil)
F.register_device_resp_db_id = ProtoField.uint32("pv_mana.register_device_resp.db_id", "db_id", base.HEX, nil)
F.generate_test_eqe_req_hdr = ProtoField.none("pv_mana.generate_test_eqe_req.hdr", "hdr")
F.generate_test_eqe_req_queue_index = ProtoField.uint32("pv_mana.generate_test_eqe_req.queue_index", "queue_index", base.DEC, nil)
F.generate_reset_eqe_req_hdr = ProtoField.none("pv_mana.generate_reset_eqe_req.hdr", "hdr")
F.generate_reset_eqe_req_queue_index = ProtoField.uint32("pv_mana.generate_reset_eqe_req.queue_index", "queue_index", base.DEC, nil)
F.generate_reset_eqe_req_reset_data = ProtoField.uint32("pv_mana.generate_reset_eqe_req.reset_data", "reset_data", base.DEC, nil)
F.create_queue_req_hdr = ProtoField.none("pv_mana.create_queue_req.hdr", "hdr")
F.create_queue_req_type = ProtoField.uint32("pv_mana.create_queue_req.type", "type", base.DEC, nil)
F.create_queue_req_reserved1 = ProtoField.uint32("pv_mana.create_queue_req.reserved1", "reserved1", base.DEC, nil)
F.create_queue_req_pdid = ProtoField.uint32("pv_mana.create_queue_req.pdid", "pdid", base.DEC, nil)
F.create_queue_req_doorbell_id = ProtoField.uint32("pv_mana.create_queue_req.doorbell_id", "doorbell_id", base.HEX, nil)
F.create_queue_req_gdma_region = ProtoField.uint64("pv_mana.create_queue_req.gdma_region", "gdma_region", base.HEX, nil)
F.create_queue_req_reserved2 = ProtoField.uint32("pv_mana.create_queue_req.reserved2", "reserved2", base.DEC, nil)
F.create_queue_req_queue_size = ProtoField.uint32("pv_mana.create_queue_req.queue_size", "queue_size", base.DEC, nil)
F.create_queue_req_log2_throttle_limit = ProtoField.uint32("pv_mana.create_queue_req.log2_throttle_limit", "log2_throttle_limit", base.DEC, nil)
F.create_queue_req_eq_pci_msix_index = ProtoField.uint32("pv_mana.create_queue_req.eq_pci_msix_index", "eq_pci_msix_index", base.DEC, nil)
F.create_queue_req_cq_mod_ctx_id = ProtoField.uint32("pv_mana.create_queue_req.cq_mod_ctx_id", "cq_mod_ctx_id", base.HEX, nil)
F.create_queue_req_cq_parent_eq_id = ProtoField.uint32("pv_mana.create_queue_req.cq_parent_eq_id", "cq_parent_eq_id", base.HEX, nil)
F.create_queue_req_rq_drop_on_overrun = ProtoField.uint8("pv_mana.create_queue_req.rq_drop_on_overrun", "rq_drop_on_overrun", base.DEC, nil)
F.create_queue_req_rq_err_on_wqe_overflow = ProtoField.uint8("pv_mana.create_queue_req.rq_err_on_wqe_overflow", "rq_err_on_wqe_overflow", base.DEC, nil)
F.create_queue_req_rq_chain_rec_wqes = ProtoField.uint8("pv_mana.create_queue_req.rq_chain_rec_wqes", "rq_chain_rec_wqes", base.DEC, nil)
F.create_queue_req_sq_hw_db = ProtoField.uint8("pv_mana.create_queue_req.sq_hw_db", "sq_hw_db", base.DEC, nil)
F.create_queue_req_reserved3 = ProtoField.uint32("pv_mana.create_queue_req.reserved3", "reserved3", base.DEC, nil)
F.create_queue_resp_hdr = ProtoField.none("pv_mana.create_queue_resp.hdr", "hdr")
F.create_queue_resp_queue_index = ProtoField.uint32("pv_mana.create_queue_resp.queue_index", "queue_index", base.DEC, nil)
F.disable_queue_req_hdr = ProtoField.none("pv_mana.disable_queue_req.hdr", "hdr")
F.disable_queue_req_type = ProtoField.uint32("pv_mana.disable_queue_req.type", "type", base.DEC, nil)
F.disable_queue_req_queue_index = ProtoField.uint32("pv_mana.disable_queue_req.queue_index", "queue_index", base.DEC, nil)
F.disable_queue_req_alloc_res_id_on_creation = ProtoField.uint32("pv_mana.disable_queue_req.alloc_res_id_on_creation", "alloc_res_id_on_creation", base.DEC, nil)
F.resource_range_req_hdr = ProtoField.none("pv_mana.resource_range_req.hdr", "hdr")
F.resource_range_req_resource_type = ProtoField.uint32("pv_mana.resource_range_req.resource_type", "resource_type", base.DEC, nil)
F.resource_range_req_num_resources = ProtoField.uint32("pv_mana.resource_range_req.num_resources", "num_resources", base.DEC, nil)
F.resource_range_req_alignment = ProtoField.uint32("pv_mana.resource_range_req.alignment", "alignment", base.DEC, nil)
F.resource_range_req_allocated_resources = ProtoField.uint32("pv_mana.resource_range_req.allocated_resources", "allocated_resources", base.DEC, nil)
F.resource_range_resp_hdr = ProtoField.none("pv_mana.resource_range_resp.hdr", "hdr")
F.resource_range_resp_allocated_resources = ProtoField.uint32("pv_mana.resource_range_resp.allocated_resources", "allocated_resources", base.DEC, nil)
F.destroy_resource_range_req_hdr = ProtoField.none("pv_mana.destroy_resource_range_req.hdr", "hdr")
F.destroy_resource_range_req_resource_type = ProtoField.uint32("pv_mana.destroy_resource_range_req.resource_type", "resource_type", base.DEC, nil)
F.destroy_resource_range_req_num_resources = ProtoField.uint32("pv_mana.destroy_resource_range_req.num_resources", "num_resources", base.DEC, nil)
F.destroy_resource_range_req_allocated_resources = ProtoField.uint32("pv_mana.destroy_resource_range_req.allocated_resources", "allocated_resources", base.DEC, nil)
F.create_dma_region_req_hdr = ProtoField.none("pv_mana.create_dma_region_req.hdr", "hdr")
F.create_dma_region_req_length = ProtoField.uint64("pv_mana.create_dma_region_req.length", "length", base.HEX, nil)
F.create_dma_region_req_offset_in_page = ProtoField.uint32("pv_mana.create_dma_region_req.offset_in_page", "offset_in_page", base.DEC, nil)
F.create_dma_region_req_gdma_page_type = ProtoField.uint32("pv_mana.create_dma_region_req.gdma_page_type", "gdma_page_type", base.DEC, nil)
F.create_dma_region_req_page_count = ProtoField.uint32("pv_mana.create_dma_region_req.page_count", "page_count", base.DEC, nil)
F.create_dma_region_req_page_addr_list_len = ProtoField.uint32("pv_mana.create_dma_region_req.page_addr_list_len", "page_addr_list_len", base.DEC, nil)
F.create_dma_region_req_page_addr_list = ProtoField.uint64("pv_mana.create_dma_region_req.page_addr_list", "page_addr_list", base.HEX)
F.create_dma_region_resp_hdr = ProtoField.none("pv_mana.create_dma_region_resp.hdr", "hdr")
F.create_dma_region_resp_dma_region_handle = ProtoField.uint64("pv_mana.create_dma_region_resp.dma_region_handle", "dma_region_handle", base.HEX, nil)
F.dma_region_add_pages_req_hdr = ProtoField.none("pv_mana.dma_region_add_pages_req.hdr", "hdr")
F.dma_region_add_pages_req_dma_region_handle = ProtoField.uint64("pv_mana.dma_region_add_pages_req.dma_region_handle", "dma_region_handle", base.HEX, nil)
F.dma_region_add_pages_req_page_addr_list_len = ProtoField.uint32("pv_mana.dma_region_add_pages_req.page_addr_list_len", "page_addr_list_len", base.DEC, nil)
F.dma_region_add_pages_req_reserved3 = ProtoField.uint32("pv_mana.dma_region_add_pages_req.reserved3", "reserved3", base.DEC, nil)
F.dma_region_add_pages_req_page_addr_list = ProtoField.uint64("pv_mana.dma_region_add_pages_req.page_addr_list", "page_addr_list", base.HEX)
F.destroy_dma_region_req_hdr = ProtoField.none("pv_mana.destroy_dma_region_req.hdr", "hdr")
F.destroy_dma_region_req_dma_region_handle = ProtoField.uint64("pv_mana.destroy_dma_region_req.dma_region_handle", "dma_region_handle", base.HEX, nil)
F.create_pd_req_hdr = ProtoField.none("pv_mana.create_pd_req.hdr", "hdr")
F.create_pd_req_flags = ProtoField.uint32("pv_mana.create_pd_req.flags", "flags", base.DEC, nil)
F.create_pd_req_reserved = ProtoField.uint32("pv_mana.create_pd_req.reserved", "reserved", base.DEC, nil)
F.create_pd_resp_hdr = ProtoField.none("pv_mana.create_pd_resp.hdr", "hdr")
F.create_pd_resp_pd_handle = ProtoField.uint64("pv_mana.create_pd_resp.pd_handle", "pd_handle", base.HEX, nil)
F.create_pd_resp_pd_id = ProtoField.uint32("pv_mana.create_pd_resp.pd_id", "pd_id", base.HEX, nil)
F.create_pd_resp_reserved = ProtoField.uint32("pv_mana.create_pd_resp.reserved", "reserved", base.DEC, nil)
F.destroy_pd_req_hdr = ProtoField.none("pv_mana.destroy_pd_req.hdr", "hdr")
F.destroy_pd_req_pd_handle = ProtoField.uint64("pv_mana.destroy_pd_req.pd_handle", "pd_handle", base.HEX, nil)
F.create_mr_req_hdr = ProtoField.none("pv_mana.create_mr_req.hdr", "hdr")
F.create_mr_req_pd_handle = ProtoField.uint64("pv_mana.create_mr_req.pd_handle", "pd_handle", base.HEX, nil)
F.create_mr_req_mr_type = ProtoField.uint32("pv_mana.create_mr_req.mr_type", "mr_type", base.DEC, nil)
F.create_mr_req_reserved_1 = ProtoField.uint32("pv_mana.create_mr_req.reserved_1", "reserved_1", base.DEC, nil)
F.create_mr_req_dma_region_handle = ProtoField.uint64("pv_mana.create_mr_req.dma_region_handle", "dma_region_handle", base.HEX, nil)
F.create_mr_req_virtual_address = ProtoField.uint64("pv_mana.create_mr_req.virtual_address", "virtual_address", base.HEX, nil)
F.create_mr_req_access_flags = ProtoField.uint32("pv_mana.create_mr_req.access_flags", "access_flags", base.DEC, nil)
F.create_mr_req_pad_union = ProtoField.uint32("pv_mana.create_mr_req.pad_union", "pad_union", base.DEC, nil)
F.create_mr_req_reserved_2 = ProtoField.uint32("pv_mana.create_mr_req.reserved_2", "reserved_2", base.DEC, nil)
F.create_mr_req_pad_end = ProtoField.uint32("pv_mana.create_mr_req.pad_end", "pad_end", base.DEC, nil)
F.create_mr_resp_hdr = ProtoField.none("pv_mana.create_mr_resp.hdr", "hdr")
F.create_mr_resp_mr_handle = ProtoField.uint64("pv_mana.create_mr_resp.mr_handle", "mr_handle", base.HEX, nil)
F.create_mr_resp_lkey = ProtoField.uint32("pv_mana.create_mr_resp.lkey", "lkey", base.DEC, nil)
F.create_mr_resp_rkey = ProtoField.uint32("pv_mana.create_mr_resp.rkey", "rkey", base.DEC, nil)
F.destroy_mr_req_hdr = ProtoField.none("pv_mana.destroy_mr_req.hdr", "hdr")
F.destroy_mr_req_mr_handle = ProtoField.uint64("pv_mana.destroy_mr_req.mr_handle", "mr_handle", base.HEX, nil)
F.change_msix_req_hdr = ProtoField.none("pv_mana.change_msix_req.hdr", "hdr")
F.change_msix_req_queue_index = ProtoField.uint32("pv_mana.change_msix_req.queue_index", "queue_index", base.DEC, nil)
F.change_msix_req_msix = ProtoField.uint32("pv_mana.change_msix_req.msix", "msix", base.DEC, nil)
F.change_msix_req_reserved1 = ProtoField.uint32("pv_mana.change_msix_req.reserved1", "reserved1", base.DEC, nil)
F.change_msix_req_reserved2 = ProtoField.uint32("pv_mana.change_msix_req.reserved2", "reserved2", base.DEC, nil)
F.query_hwc_timeout_req_hdr = ProtoField.none("pv_mana.query_hwc_timeout_req.hdr", "hdr")
F.query_hwc_timeout_req_timeout_ms = ProtoField.uint32("pv_mana.query_hwc_timeout_req.timeout_ms", "timeout_ms", base.DEC, nil)
F.query_hwc_timeout_req_reserved = ProtoField.uint32("pv_mana.query_hwc_timeout_req.reserved", "reserved", base.DEC, nil)
F.query_hwc_timeout_resp_hdr = ProtoField.none("pv_mana.query_hwc_timeout_resp.hdr", "hdr")
F.query_hwc_timeout_resp_timeout_ms = ProtoField.uint32("pv_mana.query_hwc_timeout_resp.timeout_ms", "timeout_ms", base.DEC, nil)
F.query_hwc_timeout_resp_reserved = ProtoField.uint32("pv_mana.query_hwc_timeout_resp.reserved", "reserved", base.DEC, nil)
F.query_dev_config_req_hdr = ProtoField.none("pv_mana.query_dev_config_req.hdr", "hdr")
F.query_dev_config_req_mn_drv_cap_flags1 = ProtoField.uint64("pv_mana.query_dev_config_req.mn_drv_cap_flags1", "mn_drv_cap_flags1", base.HEX, nil)
F.query_dev_config_req_mn_drv_cap_flags2 = ProtoField.uint64("pv_mana.query_dev_config_req.mn_drv_cap_flags2", "mn_drv_cap_flags2", base.HEX, nil)
F.query_dev_config_req_mn_drv_cap_flags3 = ProtoField.uint64("pv_mana.query_dev_config_req.mn_drv_cap_flags3", "mn_drv_cap_flags3", base.HEX, nil)
F.query_dev_config_req_mn_drv_cap_flags4 = ProtoField.uint64("pv_mana.query_dev_config_req.mn_drv_cap_flags4", "mn_drv_cap_flags4", base.HEX, nil)
F.query_dev_config_req_proto_major_ver = ProtoField.uint32("pv_mana.query_dev_config_req.proto_major_ver", "proto_major_ver", base.DEC, nil)
F.query_dev_config_req_proto_minor_ver = ProtoField.uint32("pv_mana.query_dev_config_req.proto_minor_ver", "proto_minor_ver", base.DEC, nil)
F.query_dev_config_req_proto_micro_ver = ProtoField.uint32("pv_mana.query_dev_config_req.proto_micro_ver", "proto_micro_ver", base.DEC, nil)
F.query_dev_config_req_reserved = ProtoField.uint32("pv_mana.query_dev_config_req.reserved", "reserved", base.DEC, nil)
F.query_dev_config_resp_hdr = ProtoField.none("pv_mana.query_dev_config_resp.hdr", "hdr")
F.query_dev_config_resp_pf_cap_flags1 = ProtoField.uint64("pv_mana.query_dev_config_resp.pf_cap_flags1", "pf_cap_flags1", base.HEX, nil)
F.query_dev_config_resp_pf_cap_flags2 = ProtoField.uint64("pv_mana.query_dev_config_resp.pf_cap_flags2", "pf_cap_flags2", base.HEX, nil)
F.query_dev_config_resp_pf_cap_flags3 = ProtoField.uint64("pv_mana.query_dev_config_resp.pf_cap_flags3", "pf_cap_flags3", base.HEX, nil)
F.query_dev_config_resp_pf_cap_flags4 = ProtoField.uint64("pv_mana.query_dev_config_resp.pf_cap_flags4", "pf_cap_flags4", base.HEX, nil)
F.query_dev_config_resp_max_num_vports = ProtoField.uint16("pv_mana.query_dev_config_resp.max_num_vports", "max_num_vports", base.DEC, nil)
F.query_dev_config_resp_bm_hostmode = ProtoField.uint8("pv_mana.query_dev_config_resp.bm_hostmode", "bm_hostmode", base.DEC, nil)
F.query_dev_config_resp_reserved = ProtoField.uint8("pv_mana.query_dev_config_resp.reserved", "reserved", base.DEC, nil)
F.query_dev_config_resp_max_num_eqs = ProtoField.uint32("pv_mana.query_dev_config_resp.max_num_eqs", "max_num_eqs", base.DEC, nil)
F.query_dev_config_resp_adapter_mtu = ProtoField.uint16("pv_mana.query_dev_config_resp.adapter_mtu", "adapter_mtu", base.DEC, nil)
F.query_dev_config_resp_reserved2 = ProtoField.uint16("pv_mana.query_dev_config_resp.reserved2", "reserved2", base.DEC, nil)
F.query_dev_config_resp_reserved3 = ProtoField.uint32("pv_mana.query_dev_config_resp.reserved3", "reserved3", base.DEC, nil)
F.query_gf_stat_req_hdr = ProtoField.none("pv_mana.query_gf_stat_req.hdr", "hdr")
F.query_gf_stat_req_requested_statistics = ProtoField.uint64("pv_mana.query_gf_stat_req.requested_statistics", "requested_statistics", base.HEX, nil)
F.query_gf_stat_resp_hdr = ProtoField.none("pv_mana.query_gf_stat_resp.hdr", "hdr")
F.query_gf_stat_resp_reported_statistics = ProtoField.uint64("pv_mana.query_gf_stat_resp.reported_statistics", "reported_statistics", base.HEX, nil)
F.query_gf_stat_resp_in_discards_no_wqe = ProtoField.uint64("pv_mana.query_gf_stat_resp.in_discards_no_wqe", "in_discards_no_wqe", base.HEX, nil)
F.query_gf_stat_resp_in_errors_rx_vport_disabled = ProtoField.uint64("pv_mana.query_gf_stat_resp.in_errors_rx_vport_disabled", "in_errors_rx_vport_disabled", base.HEX, nil)
F.query_gf_stat_resp_hc_in_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_in_octets", "hc_in_octets", base.HEX, nil)
F.query_gf_stat_resp_hc_in_ucast_pkts = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_in_ucast_pkts", "hc_in_ucast_pkts", base.HEX, nil)
F.query_gf_stat_resp_hc_in_ucast_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_in_ucast_octets", "hc_in_ucast_octets", base.HEX, nil)
F.query_gf_stat_resp_hc_in_multicast_pkts = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_in_multicast_pkts", "hc_in_multicast_pkts", base.HEX, nil)
F.query_gf_stat_resp_hc_in_multicast_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_in_multicast_octets", "hc_in_multicast_octets", base.HEX, nil)
F.query_gf_stat_resp_hc_in_broadcast_pkts = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_in_broadcast_pkts", "hc_in_broadcast_pkts", base.HEX, nil)
F.query_gf_stat_resp_hc_in_broadcast_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_in_broadcast_octets", "hc_in_broadcast_octets", base.HEX, nil)
F.query_gf_stat_resp_out_errors_gf_disabled = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_gf_disabled", "out_errors_gf_disabled", base.HEX, nil)
F.query_gf_stat_resp_out_errors_vport_disabled = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_vport_disabled", "out_errors_vport_disabled", base.HEX, nil)
F.query_gf_stat_resp_out_errors_invalid_vport_offset = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_invalid_vport_offset", "out_errors_invalid_vport_offset", base.HEX, nil)
F.query_gf_stat_resp_out_errors_vlan_enforcement = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_vlan_enforcement", "out_errors_vlan_enforcement", base.HEX, nil)
F.query_gf_stat_resp_out_errors_eth_type_enforcement = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_eth_type_enforcement", "out_errors_eth_type_enforcement", base.HEX, nil)
F.query_gf_stat_resp_out_errors_sa_enforcement = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_sa_enforcement", "out_errors_sa_enforcement", base.HEX, nil)
F.query_gf_stat_resp_out_errors_sqpdid_enforcement = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_sqpdid_enforcement", "out_errors_sqpdid_enforcement", base.HEX, nil)
F.query_gf_stat_resp_out_errors_cqpdid_enforcement = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_cqpdid_enforcement", "out_errors_cqpdid_enforcement", base.HEX, nil)
F.query_gf_stat_resp_out_errors_mtu_violation = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_mtu_violation", "out_errors_mtu_violation", base.HEX, nil)
F.query_gf_stat_resp_out_errors_invalid_oob = ProtoField.uint64("pv_mana.query_gf_stat_resp.out_errors_invalid_oob", "out_errors_invalid_oob", base.HEX, nil)
F.query_gf_stat_resp_hc_out_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_out_octets", "hc_out_octets", base.HEX, nil)
F.query_gf_stat_resp_hc_out_ucast_pkts = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_out_ucast_pkts", "hc_out_ucast_pkts", base.HEX, nil)
F.query_gf_stat_resp_hc_out_ucast_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_out_ucast_octets", "hc_out_ucast_octets", base.HEX, nil)
F.query_gf_stat_resp_hc_out_multicast_pkts = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_out_multicast_pkts", "hc_out_multicast_pkts", base.HEX, nil)
F.query_gf_stat_resp_hc_out_multicast_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_out_multicast_octets", "hc_out_multicast_octets", base.HEX, nil)
F.query_gf_stat_resp_hc_out_broadcast_pkts = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_out_broadcast_pkts", "hc_out_broadcast_pkts", base.HEX, nil)
F.query_gf_stat_resp_hc_out_broadcast_octets = ProtoField.uint64("pv_mana.query_gf_stat_resp.hc_out_broadcast_octets", "hc_out_broadcast_octets", base.HEX, nil)
F.query_vport_config_req_hdr = ProtoField.none("pv_mana.query_vport_config_req.hdr", "hdr")
F.query_vport_config_req_vport_index = ProtoField.uint32("pv_mana.query_vport_config_req.vport_index", "vport_index", base.DEC, nil)
F.query_vport_config_resp_hdr = ProtoField.none("pv_mana.query_vport_config_resp.hdr", "hdr")
F.query_vport_config_resp_max_num_sq = ProtoField.uint32("pv_mana.query_vport_config_resp.max_num_sq", "max_num_sq", base.DEC, nil)
F.query_vport_config_resp_max_num_rq = ProtoField.uint32("pv_mana.query_vport_config_resp.max_num_rq", "max_num_rq", base.DEC, nil)
F.query_vport_config_resp_num_indirection_ent = ProtoField.uint32("pv_mana.query_vport_config_resp.num_indirection_ent", "num_indirection_ent", base.DEC, nil)
F.query_vport_config_resp_reserved1 = ProtoField.uint32("pv_mana.query_vport_config_resp.reserved1", "reserved1", base.DEC, nil)
F.query_vport_config_resp_mac_addr = ProtoField.bytes("pv_mana.query_vport_config_resp.mac_addr", "mac_addr")
F.query_vport_config_resp_reserved2 = ProtoField.uint16("pv_mana.query_vport_config_resp.reserved2", "reserved2", base.DEC, nil)
F.query_vport_config_resp_vport = ProtoField.uint64("pv_mana.query_vport_config_resp.vport", "vport", base.HEX, nil)
F.config_vport_tx_req_hdr = ProtoField.none("pv_mana.config_vport_tx_req.hdr", "hdr")
F.config_vport_tx_req_vport = ProtoField.uint64("pv_mana.config_vport_tx_req.vport", "vport", base.HEX, nil)
F.config_vport_tx_req_pdid = ProtoField.uint32("pv_mana.config_vport_tx_req.pdid", "pdid", base.DEC, nil)
F.config_vport_tx_req_doorbell_pageid = ProtoField.uint32("pv_mana.config_vport_tx_req.doorbell_pageid", "doorbell_pageid", base.DEC, nil)
F.config_vport_tx_resp_hdr = ProtoField.none("pv_mana.config_vport_tx_resp.hdr", "hdr")
F.config_vport_tx_resp_tx_vport_offset = ProtoField.uint16("pv_mana.config_vport_tx_resp.tx_vport_offset", "tx_vport_offset", base.DEC, nil)
F.config_vport_tx_resp_short_form_allowed = ProtoField.uint8("pv_mana.config_vport_tx_resp.short_form_allowed", "short_form_allowed", base.DEC, nil)
F.config_vport_tx_resp_reserved = ProtoField.uint8("pv_mana.config_vport_tx_resp.reserved", "reserved", base.DEC, nil)
F.create_wq_obj_req_hdr = ProtoField.none("pv_mana.create_wq_obj_req.hdr", "hdr")
F.create_wq_obj_req_vport = ProtoField.uint64("pv_mana.create_wq_obj_req.vport", "vport", base.HEX, nil)
F.create_wq_obj_req_wq_type = ProtoField.uint32("pv_mana.create_wq_obj_req.wq_type", "wq_type", base.DEC, {[1] = "SQ", [2] = "RQ"})
F.create_wq_obj_req_reserved = ProtoField.uint32("pv_mana.create_wq_obj_req.reserved", "reserved", base.DEC, nil)
F.create_wq_obj_req_wq_gdma_region = ProtoField.uint64("pv_mana.create_wq_obj_req.wq_gdma_region", "wq_gdma_region", base.HEX, nil)
F.create_wq_obj_req_cq_gdma_region = ProtoField.uint64("pv_mana.create_wq_obj_req.cq_gdma_region", "cq_gdma_region", base.HEX, nil)
F.create_wq_obj_req_wq_size = ProtoField.uint32("pv_mana.create_wq_obj_req.wq_size", "wq_size", base.DEC, nil)
F.create_wq_obj_req_cq_size = ProtoField.uint32("pv_mana.create_wq_obj_req.cq_size", "cq_size", base.DEC, nil)
F.create_wq_obj_req_cq_moderation_ctx_id = ProtoField.uint32("pv_mana.create_wq_obj_req.cq_moderation_ctx_id", "cq_moderation_ctx_id", base.HEX, nil)
F.create_wq_obj_req_cq_parent_qid = ProtoField.uint32("pv_mana.create_wq_obj_req.cq_parent_qid", "cq_parent_qid", base.DEC, nil)
F.create_wq_obj_resp_hdr = ProtoField.none("pv_mana.create_wq_obj_resp.hdr", "hdr")
F.create_wq_obj_resp_wq_id = ProtoField.uint32("pv_mana.create_wq_obj_resp.wq_id", "wq_id", base.HEX, nil)
F.create_wq_obj_resp_cq_id = ProtoField.uint32("pv_mana.create_wq_obj_resp.cq_id", "cq_id", base.HEX, nil)
F.create_wq_obj_resp_wq_obj = ProtoField.uint64("pv_mana.create_wq_obj_resp.wq_obj", "wq_obj", base.HEX, nil)
F.destroy_wq_obj_req_hdr = ProtoField.none("pv_mana.destroy_wq_obj_req.hdr", "hdr")
F.destroy_wq_obj_req_wq_type = ProtoField.uint32("pv_mana.destroy_wq_obj_req.wq_type", "wq_type", base.DEC, {[1] = "SQ", [2] = "RQ"})
F.destroy_wq_obj_req_reserved = ProtoField.uint32("pv_mana.destroy_wq_obj_req.reserved", "reserved", base.DEC, nil)
F.destroy_wq_obj_req_wq_obj_handle = ProtoField.uint64("pv_mana.destroy_wq_obj_req.wq_obj_handle", "wq_obj_handle", base.HEX, nil)
F.fence_rq_req_hdr = ProtoField.none("pv_mana.fence_rq_req.hdr", "hdr")
F.fence_rq_req_wq_obj_handle = ProtoField.uint64("pv_mana.fence_rq_req.wq_obj_handle", "wq_obj_handle", base.HEX, nil)
F.config_vport_rx_req_hdr = ProtoField.none("pv_mana.config_vport_rx_req.hdr", "hdr")
F.config_vport_rx_req_vport = ProtoField.uint64("pv_mana.config_vport_rx_req.vport", "vport", base.HEX, nil)
F.config_vport_rx_req_num_indir_entries = ProtoField.uint16("pv_mana.config_vport_rx_req.num_indir_entries", "num_indir_entries", base.DEC, nil)
F.config_vport_rx_req_indir_tab_offset = ProtoField.uint16("pv_mana.config_vport_rx_req.indir_tab_offset", "indir_tab_offset", base.DEC, nil)
F.config_vport_rx_req_rx_enable = ProtoField.uint32("pv_mana.config_vport_rx_req.rx_enable", "rx_enable", base.DEC, nil)
F.config_vport_rx_req_rss_enable = ProtoField.uint32("pv_mana.config_vport_rx_req.rss_enable", "rss_enable", base.DEC, nil)
F.config_vport_rx_req_update_default_rxobj = ProtoField.uint8("pv_mana.config_vport_rx_req.update_default_rxobj", "update_default_rxobj", base.DEC, nil)
F.config_vport_rx_req_update_hashkey = ProtoField.uint8("pv_mana.config_vport_rx_req.update_hashkey", "update_hashkey", base.DEC, nil)
F.config_vport_rx_req_update_indir_tab = ProtoField.uint8("pv_mana.config_vport_rx_req.update_indir_tab", "update_indir_tab", base.DEC, nil)
F.config_vport_rx_req_reserved = ProtoField.uint8("pv_mana.config_vport_rx_req.reserved", "reserved", base.DEC, nil)
F.config_vport_rx_req_default_rxobj = ProtoField.uint64("pv_mana.config_vport_rx_req.default_rxobj", "default_rxobj", base.HEX, nil)
F.config_vport_rx_req_hashkey = ProtoField.bytes("pv_mana.config_vport_rx_req.hashkey", "hashkey")
F.rx_indir_entry_rxobj = ProtoField.uint64("pv_mana.rx_indir_entry.rxobj", "rxobj", base.HEX, nil)
F.register_hw_port_req_hdr = ProtoField.none("pv_mana.register_hw_port_req.hdr", "hdr")
F.register_hw_port_req_attached_gfid = ProtoField.uint16("pv_mana.register_hw_port_req.attached_gfid", "attached_gfid", base.DEC, nil)
F.register_hw_port_req_is_pf_default_vport = ProtoField.uint8("pv_mana.register_hw_port_req.is_pf_default_vport", "is_pf_default_vport", base.DEC, nil)
F.register_hw_port_req_reserved1 = ProtoField.uint8("pv_mana.register_hw_port_req.reserved1", "reserved1", base.DEC, nil)
F.register_hw_port_req_allow_all_ether_types = ProtoField.uint8("pv_mana.register_hw_port_req.allow_all_ether_types", "allow_all_ether_types", base.DEC, nil)
F.register_hw_port_req_reserved2 = ProtoField.uint8("pv_mana.register_hw_port_req.reserved2", "reserved2", base.DEC, nil)
F.handle_resp_hdr = ProtoField.none("pv_mana.handle_resp.hdr", "hdr")
F.handle_resp_handle = ProtoField.uint64("pv_mana.handle_resp.handle", "handle", base.HEX, nil)
F.handle_req_hdr = ProtoField.none("pv_mana.handle_req.hdr", "hdr")
F.handle_req_handle = ProtoField.uint64("pv_mana.handle_req.handle", "handle", base.HEX, nil)
F.register_filter_req_hdr = ProtoField.none("pv_mana.register_filter_req.hdr", "hdr")
F.register_filter_req_vport = ProtoField.uint64("pv_mana.register_filter_req.vport", "vport", base.HEX, nil)
F.register_filter_req_mac_addr = ProtoField.bytes("pv_mana.register_filter_req.mac_addr", "mac_addr")
F.register_filter_req_reserved1 = ProtoField.uint8("pv_mana.register_filter_req.reserved1", "reserved1", base.DEC, nil)
F.register_filter_req_reserved5 = ProtoField.uint16("pv_mana.register_filter_req.reserved5", "reserved5", base.DEC, nil)
F.register_filter_req_reserved6 = ProtoField.uint32("pv_mana.register_filter_req.reserved6", "reserved6", base.DEC, nil)
F.tx_oob_s0 = ProtoField.uint32("pv_mana.tx_oob.s0", "s0", base.DEC, nil)
F.tx_oob_s0_pkt_fmt = ProtoField.uint32("pv_mana.tx_oob.pkt_fmt", "pkt_fmt", base.DEC, {[0] = "SHORT", [1] = "LONG"})
F.tx_oob_s0_is_outer_ipv4 = ProtoField.uint32("pv_mana.tx_oob.is_outer_ipv4", "is_outer_ipv4", base.DEC, nil)
F.tx_oob_s0_is_outer_ipv6 = ProtoField.uint32("pv_mana.tx_oob.is_outer_ipv6", "is_outer_ipv6", base.DEC, nil)
F.tx_oob_s0_comp_iphdr_csum = ProtoField.uint32("pv_mana.tx_oob.comp_iphdr_csum", "comp_iphdr_csum", base.DEC, nil)
F.tx_oob_s0_comp_tcp_csum = ProtoField.uint32("pv_mana.tx_oob.comp_tcp_csum", "comp_tcp_csum", base.DEC, nil)
F.tx_oob_s0_comp_udp_csum = ProtoField.uint32("pv_mana.tx_oob.comp_udp_csum", "comp_udp_csum", base.DEC, nil)
F.tx_oob_s0_suppress_txcqe_gen = ProtoField.uint32("pv_mana.tx_oob.suppress_txcqe_gen", "suppress_txcqe_gen", base.DEC, nil)
F.tx_oob_s0_vcq_num = ProtoField.uint32("pv_mana.tx_oob.vcq_num", "vcq_num", base.DEC, nil)
F.tx_oob_s1 = ProtoField.uint32("pv_mana.tx_oob.s1", "s1", base.DEC, nil)
F.tx_oob_s1_trans_off = ProtoField.uint32("pv_mana.tx_oob.trans_off", "trans_off", base.DEC, nil)
F.tx_oob_s1_vsq_frame = ProtoField.uint32("pv_mana.tx_oob.vsq_frame", "vsq_frame", base.DEC, nil)
F.tx_oob_s1_short_vp_offset = ProtoField.uint32("pv_mana.tx_oob.short_vp_offset", "short_vp_offset", base.DEC, nil)
F.tx_oob_l0 = ProtoField.uint32("pv_mana.tx_oob.l0", "l0", base.DEC, nil)
F.tx_oob_l0_is_encap = ProtoField.uint32("pv_mana.tx_oob.is_encap", "is_encap", base.DEC, nil)
F.tx_oob_l0_inner_is_ipv6 = ProtoField.uint32("pv_mana.tx_oob.inner_is_ipv6", "inner_is_ipv6", base.DEC, nil)
F.tx_oob_l0_inner_tcp_opt = ProtoField.uint32("pv_mana.tx_oob.inner_tcp_opt", "inner_tcp_opt", base.DEC, nil)
F.tx_oob_l0_inject_vlan_pri_tag = ProtoField.uint32("pv_mana.tx_oob.inject_vlan_pri_tag", "inject_vlan_pri_tag", base.DEC, nil)
F.tx_oob_l0_pcp = ProtoField.uint32("pv_mana.tx_oob.pcp", "pcp", base.DEC, nil)
F.tx_oob_l0_dei = ProtoField.uint32("pv_mana.tx_oob.dei", "dei", base.DEC, nil)
F.tx_oob_l0_vlan_id = ProtoField.uint32("pv_mana.tx_oob.vlan_id", "vlan_id", base.DEC, nil)
F.tx_oob_l1 = ProtoField.uint32("pv_mana.tx_oob.l1", "l1", base.DEC, nil)
F.tx_oob_l1_inner_frame_offset = ProtoField.uint32("pv_mana.tx_oob.inner_frame_offset", "inner_frame_offset", base.DEC, nil)
F.tx_oob_l1_inner_ip_rel_offset = ProtoField.uint32("pv_mana.tx_oob.inner_ip_rel_offset", "inner_ip_rel_offset", base.DEC, nil)
F.tx_oob_l1_long_vp_offset = ProtoField.uint32("pv_mana.tx_oob.long_vp_offset", "long_vp_offset", base.DEC, nil)
F.tx_oob_reserved3 = ProtoField.uint32("pv_mana.tx_oob.reserved3", "reserved3", base.DEC, nil)
F.tx_oob_reserved4 = ProtoField.uint32("pv_mana.tx_oob.reserved4", "reserved4", base.DEC, nil)
F.rx_comp_oob_cqe_hdr = ProtoField.uint32("pv_mana.rx_comp_oob.cqe_hdr", "cqe_hdr", base.DEC, nil)
F.rx_comp_oob_cqe_hdr_cqe_type = ProtoField.uint32("pv_mana.rx_comp_oob.cqe_type", "cqe_type", base.DEC, nil)
F.rx_comp_oob_cqe_hdr_client_type = ProtoField.uint32("pv_mana.rx_comp_oob.client_type", "client_type", base.DEC, nil)
F.rx_comp_oob_cqe_hdr_vendor_err = ProtoField.uint32("pv_mana.rx_comp_oob.vendor_err", "vendor_err", base.DEC, nil)
F.rx_comp_oob_flags = ProtoField.uint32("pv_mana.rx_comp_oob.flags", "flags", base.DEC, nil)
F.rx_comp_oob_flags_rx_vlan_id = ProtoField.uint32("pv_mana.rx_comp_oob.rx_vlan_id", "rx_vlan_id", base.DEC, nil)
F.rx_comp_oob_flags_rx_vlantag_present = ProtoField.uint32("pv_mana.rx_comp_oob.rx_vlantag_present", "rx_vlantag_present", base.DEC, nil)
F.rx_comp_oob_flags_rx_outer_iphdr_csum_succeed = ProtoField.uint32("pv_mana.rx_comp_oob.rx_outer_iphdr_csum_succeed", "rx_outer_iphdr_csum_succeed", base.DEC, nil)
F.rx_comp_oob_flags_rx_outer_iphdr_csum_fail = ProtoField.uint32("pv_mana.rx_comp_oob.rx_outer_iphdr_csum_fail", "rx_outer_iphdr_csum_fail", base.DEC, nil)
F.rx_comp_oob_flags_rx_hashtype = ProtoField.uint32("pv_mana.rx_comp_oob.rx_hashtype", "rx_hashtype", base.DEC, nil)
F.rx_comp_oob_flags_rx_iphdr_csum_succeed = ProtoField.uint32("pv_mana.rx_comp_oob.rx_iphdr_csum_succeed", "rx_iphdr_csum_succeed", base.DEC, nil)
F.rx_comp_oob_flags_rx_iphdr_csum_fail = ProtoField.uint32("pv_mana.rx_comp_oob.rx_iphdr_csum_fail", "rx_iphdr_csum_fail", base.DEC, nil)
F.rx_comp_oob_flags_rx_tcp_csum_succeed = ProtoField.uint32("pv_mana.rx_comp_oob.rx_tcp_csum_succeed", "rx_tcp_csum_succeed", base.DEC, nil)
F.rx_comp_oob_flags_rx_tcp_csum_fail = ProtoField.uint32("pv_mana.rx_comp_oob.rx_tcp_csum_fail", "rx_tcp_csum_fail", base.DEC, nil)
F.rx_comp_oob_flags_rx_udp_csum_succeed = ProtoField.uint32("pv_mana.rx_comp_oob.rx_udp_csum_succeed", "rx_udp_csum_succeed", base.DEC, nil)
F.rx_comp_oob_flags_rx_udp_csum_fail = ProtoField.uint32("pv_mana.rx_comp_oob.rx_udp_csum_fail", "rx_udp_csum_fail", base.DEC, nil)
F.rx_comp_oob_pkt_len = ProtoField.uint16("pv_mana.rx_comp_oob.pkt_len", "pkt_len", base.DEC, nil)
F.rx_comp_oob_ppi0_reserved1 = ProtoField.uint16("pv_mana.rx_comp_oob.ppi0_reserved1", "ppi0_reserved1", base.DEC, nil)
F.rx_comp_oob_ppi0_reserved2 = ProtoField.uint32("pv_mana.rx_comp_oob.ppi0_reserved2", "ppi0_reserved2", base.DEC, nil)
F.rx_comp_oob_pkt_hash = ProtoField.uint32("pv_mana.rx_comp_oob.pkt_hash", "pkt_hash", base.DEC, nil)
F.rx_comp_oob_ppi_more = ProtoField.uint32("pv_mana.rx_comp_oob.ppi_more", "ppi_more", base.DEC, nil)
F.rx_comp_oob_rx_wqe_offset = ProtoField.uint32("pv_mana.rx_comp_oob.rx_wqe_offset", "rx_wqe_offset", base.DEC, nil)
F.tx_comp_oob_cqe_hdr = ProtoField.uint32("pv_mana.tx_comp_oob.cqe_hdr", "cqe_hdr", base.DEC, nil)
F.tx_comp_oob_cqe_hdr_tx_cqe_type = ProtoField.uint32("pv_mana.tx_comp_oob.tx_cqe_type", "tx_cqe_type", base.DEC, nil)
F.tx_comp_oob_cqe_hdr_tx_client_type = ProtoField.uint32("pv_mana.tx_comp_oob.tx_client_type", "tx_client_type", base.DEC, nil)
F.tx_comp_oob_cqe_hdr_tx_vendor_err = ProtoField.uint32("pv_mana.tx_comp_oob.tx_vendor_err", "tx_vendor_err", base.DEC, nil)
F.tx_comp_oob_tx_data_offset = ProtoField.uint32("pv_mana.tx_comp_oob.tx_data_offset", "tx_data_offset", base.DEC, nil)
F.tx_comp_oob_offsets = ProtoField.uint32("pv_mana.tx_comp_oob.offsets", "offsets", base.DEC, nil)
F.tx_comp_oob_offsets_tx_sgl_offset = ProtoField.uint32("pv_mana.tx_comp_oob.tx_sgl_offset", "tx_sgl_offset", base.DEC, nil)
F.tx_comp_oob_offsets_tx_wqe_offset = ProtoField.uint32("pv_mana.tx_comp_oob.tx_wqe_offset", "tx_wqe_offset", base.DEC, nil)
F.tx_comp_oob_reserved = ProtoField.uint32("pv_mana.tx_comp_oob.reserved", "reserved", base.DEC, nil)
proto.fields = {
	F.msg_hdr_hdr_type,
	F.msg_hdr_msg_type,
	F.msg_hdr_msg_version,
	F.msg_hdr_hwc_msg_id,
	F.msg_hdr_msg_size,
	F.dev_id_type,
	F.dev_id_instance,
	F.req_hdr_req,
	F.req_hdr_resp,
	F.req_hdr_dev_id,
	F.req_hdr_activity_id,
	F.resp_hdr_response,
	F.resp_hdr_dev_id,
	F.resp_hdr_activity_id,
	F.resp_hdr_status,
	F.resp_hdr_reserved,
	F.general_req_hdr,
	F.general_resp_hdr,
	F.verify_ver_req_hdr,
	F.verify_ver_req_protocol_ver_min,
	F.verify_ver_req_protocol_ver_max,
	F.verify_ver_req_drv_cap_flags1,
	F.verify_ver_req_drv_cap_flags2,
	F.verify_ver_req_drv_cap_flags3,
	F.verify_ver_req_drv_cap_flags4,
	F.verify_ver_req_drv_ver,
	F.verify_ver_req_os_type,
	F.verify_ver_req_reserved,
	F.verify_ver_req_os_ver_major,
	F.verify_ver_req_os_ver_minor,
	F.verify_ver_req_os_ver_build,
	F.verify_ver_req_os_ver_platform,
	F.verify_ver_req_reserved_2,
	F.verify_ver_req_os_ver_str1,
	F.verify_ver_req_os_ver_str2,
	F.verify_ver_req_os_ver_str3,
	F.verify_ver_req_os_ver_str4,
	F.verify_ver_resp_hdr,
	F.verify_ver_resp_gdma_protocol_ver,
	F.verify_ver_resp_pf_cap_flags1,
	F.verify_ver_resp_pf_cap_flags2,
	F.verify_ver_resp_pf_cap_flags3,
	F.verify_ver_resp_pf_cap_flags4,
	F.query_max_resources_resp_hdr,
	F.query_max_resources_resp_status,
	F.query_max_resources_resp_max_sq,
	F.query_max_resources_resp_max_rq,
	F.query_max_resources_resp_max_cq,
	F.query_max_resources_resp_max_eq,
	F.query_max_resources_resp_max_db,
	F.query_max_resources_resp_max_mst,
	F.query_max_resources_resp_max_cq_mod_ctx,
	F.query_max_resources_resp_max_mod_cq,
	F.query_max_resources_resp_max_msix,
	F.list_devices_resp_hdr,
	F.list_devices_resp_num_of_devs,
	F.list_devices_resp_reserved,
	F.list_devices_resp_devs,
	F.register_device_resp_hdr,
	F.register_device_resp_pdid,
	F.register_device_resp_gpa_mkey,
	F.register_device_resp_db_id,
	F.generate_test_eqe_req_hdr,
	F.generate_test_eqe_req_queue_index,
	F.generate_reset_eqe_req_hdr,
	F.generate_reset_eqe_req_queue_index,
	F.generate_reset_eqe_req_reset_data,
	F.create_queue_req_hdr,
	F.create_queue_req_type,
	F.create_queue_req_reserved1,
	F.create_queue_req_pdid,
	F.create_queue_req_doorbell_id,
	F.create_queue_req_gdma_region,
	F.create_queue_req_reserved2,
	F.create_queue_req_queue_size,
	F.create_queue_req_log2_throttle_limit,
	F.create_queue_req_eq_pci_msix_index,
	F.create_queue_req_cq_mod_ctx_id,
	F.create_queue_req_cq_parent_eq_id,
	F.create_queue_req_rq_drop_on_overrun,
	F.create_queue_req_rq_err_on_wqe_overflow,
	F.create_queue_req_rq_chain_rec_wqes,
	F.create_queue_req_sq_hw_db,
	F.create_queue_req_reserved3,
	F.create_queue_resp_hdr,
	F.create_queue_resp_queue_index,
	F.disable_queue_req_hdr,
	F.disable_queue_req_type,
	F.disable_queue_req_queue_index,
	F.disable_queue_req_alloc_res_id_on_creation,
	F.resource_range_req_hdr,
	F.resource_range_req_resource_type,
	F.resource_range_req_num_resources,
	F.resource_range_req_alignment,
	F.resource_range_req_allocated_resources,
	F.resource_range_resp_hdr,
	F.resource_range_resp_allocated_resources,
	F.destroy_resource_range_req_hdr,
	F.destroy_resource_range_req_resource_type,
	F.destroy_resource_range_req_num_resources,
	F.destroy_resource_range_req_allocated_resources,
	F.create_dma_region_req_hdr,
	F.create_dma_region_req_length,
	F.create_dma_region_req_offset_in_page,
	F.create_dma_region_req_gdma_page_type,
	F.create_dma_region_req_page_count,
	F.create_dma_region_req_page_addr_list_len,
	F.create_dma_region_req_page_addr_list,
	F.create_dma_region_resp_hdr,
	F.create_dma_region_resp_dma_region_handle,
	F.dma_region_add_pages_req_hdr,
	F.dma_region_add_pages_req_dma_region_handle,
	F.dma_region_add_pages_req_page_addr_list_len,
	F.dma_region_add_pages_req_reserved3,
	F.dma_region_add_pages_req_page_addr_list,
	F.destroy_dma_region_req_hdr,
	F.destroy_dma_region_req_dma_region_handle,
	F.create_pd_req_hdr,
	F.create_pd_req_flags,
	F.create_pd_req_reserved,
	F.create_pd_resp_hdr,
	F.create_pd_resp_pd_handle,
	F.create_pd_resp_pd_id,
	F.create_pd_resp_reserved,
	F.destroy_pd_req_hdr,
	F.destroy_pd_req_pd_handle,
	F.create_mr_req_hdr,
	F.create_mr_req_pd_handle,
	F.create_mr_req_mr_type,
	F.create_mr_req_reserved_1,
	F.create_mr_req_dma_region_handle,
	F.create_mr_req_virtual_address,
	F.create_mr_req_access_flags,
	F.create_mr_req_pad_union,
	F.create_mr_req_reserved_2,
	F.create_mr_req_pad_end,
	F.create_mr_resp_hdr,
	F.create_mr_resp_mr_handle,
	F.create_mr_resp_lkey,
	F.create_mr_resp_rkey,
	F.destroy_mr_req_hdr,
	F.destroy_mr_req_mr_handle,
	F.change_msix_req_hdr,
	F.change_msix_req_queue_index,
	F.change_msix_req_msix,
	F.change_msix_req_reserved1,
	F.change_msix_req_reserved2,
	F.query_hwc_timeout_req_hdr,
	F.query_hwc_timeout_req_timeout_ms,
	F.query_hwc_timeout_req_reserved,
	F.query_hwc_timeout_resp_hdr,
	F.query_hwc_timeout_resp_timeout_ms,
	F.query_hwc_timeout_resp_reserved,
	F.query_dev_config_req_hdr,
	F.query_dev_config_req_mn_drv_cap_flags1,
	F.query_dev_config_req_mn_drv_cap_flags2,
	F.query_dev_config_req_mn_drv_cap_flags3,
	F.query_dev_config_req_mn_drv_cap_flags4,
	F.query_dev_config_req_proto_major_ver,
	F.query_dev_config_req_proto_minor_ver,
	F.query_dev_config_req_proto_micro_ver,
	F.query_dev_config_req_reserved,
	F.query_dev_config_resp_hdr,
	F.query_dev_config_resp_pf_cap_flags1,
	F.query_dev_config_resp_pf_cap_flags2,
	F.query_dev_config_resp_pf_cap_flags3,
	F.query_dev_config_resp_pf_cap_flags4,
	F.query_dev_config_resp_max_num_vports,
	F.query_dev_config_resp_bm_hostmode,
	F.query_dev_config_resp_reserved,
	F.query_dev_config_resp_max_num_eqs,
	F.query_dev_config_resp_adapter_mtu,
	F.query_dev_config_resp_reserved2,
	F.query_dev_config_resp_reserved3,
	F.query_gf_stat_req_hdr,
	F.query_gf_stat_req_requested_statistics,
	F.query_gf_stat_resp_hdr,
	F.query_gf_stat_resp_reported_statistics,
	F.query_gf_stat_resp_in_discards_no_wqe,
	F.query_gf_stat_resp_in_errors_rx_vport_disabled,
	F.query_gf_stat_resp_hc_in_octets,
	F.query_gf_stat_resp_hc_in_ucast_pkts,
	F.query_gf_stat_resp_hc_in_ucast_octets,
	F.query_gf_stat_resp_hc_in_multicast_pkts,
	F.query_gf_stat_resp_hc_in_multicast_octets,
	F.query_gf_stat_resp_hc_in_broadcast_pkts,
	F.query_gf_stat_resp_hc_in_broadcast_octets,
	F.query_gf_stat_resp_out_errors_gf_disabled,
	F.query_gf_stat_resp_out_errors_vport_disabled,
	F.query_gf_stat_resp_out_errors_invalid_vport_offset,
	F.query_gf_stat_resp_out_errors_vlan_enforcement,
	F.query_gf_stat_resp_out_errors_eth_type_enforcement,
	F.query_gf_stat_resp_out_errors_sa_enforcement,
	F.query_gf_stat_resp_out_errors_sqpdid_enforcement,
	F.query_gf_stat_resp_out_errors_cqpdid_enforcement,
	F.query_gf_stat_resp_out_errors_mtu_violation,
	F.query_gf_stat_resp_out_errors_invalid_oob,
	F.query_gf_stat_resp_hc_out_octets,
	F.query_gf_stat_resp_hc_out_ucast_pkts,
	F.query_gf_stat_resp_hc_out_ucast_octets,
	F.query_gf_stat_resp_hc_out_multicast_pkts,
	F.query_gf_stat_resp_hc_out_multicast_octets,
	F.query_gf_stat_resp_hc_out_broadcast_pkts,
	F.query_gf_stat_resp_hc_out_broadcast_octets,
	F.query_vport_config_req_hdr,
	F.query_vport_config_req_vport_index,
	F.query_vport_config_resp_hdr,
	F.query_vport_config_resp_max_num_sq,
	F.query_vport_config_resp_max_num_rq,
	F.query_vport_config_resp_num_indirection_ent,
	F.query_vport_config_resp_reserved1,
	F.query_vport_config_resp_mac_addr,
	F.query_vport_config_resp_reserved2,
	F.query_vport_config_resp_vport,
	F.config_vport_tx_req_hdr,
	F.config_vport_tx_req_vport,
	F.config_vport_tx_req_pdid,
	F.config_vport_tx_req_doorbell_pageid,
	F.config_vport_tx_resp_hdr,
	F.config_vport_tx_resp_tx_vport_offset,
	F.config_vport_tx_resp_short_form_allowed,
	F.config_vport_tx_resp_reserved,
	F.create_wq_obj_req_hdr,
	F.create_wq_obj_req_vport,
	F.create_wq_obj_req_wq_type,
	F.create_wq_obj_req_reserved,
	F.create_wq_obj_req_wq_gdma_region,
	F.create_wq_obj_req_cq_gdma_region,
	F.create_wq_obj_req_wq_size,
	F.create_wq_obj_req_cq_size,
	F.create_wq_obj_req_cq_moderation_ctx_id,
	F.create_wq_obj_req_cq_parent_qid,
	F.create_wq_obj_resp_hdr,
	F.create_wq_obj_resp_wq_id,
	F.create_wq_obj_resp_cq_id,
	F.create_wq_obj_resp_wq_obj,
	F.destroy_wq_obj_req_hdr,
	F.destroy_wq_obj_req_wq_type,
	F.destroy_wq_obj_req_reserved,
	F.destroy_wq_obj_req_wq_obj_handle,
	F.fence_rq_req_hdr,
	F.fence_rq_req_wq_obj_handle,
	F.config_vport_rx_req_hdr,
	F.config_vport_rx_req_vport,
	F.config_vport_rx_req_num_indir_entries,
	F.config_vport_rx_req_indir_tab_offset,
	F.config_vport_rx_req_rx_enable,
	F.config_vport_rx_req_rss_enable,
	F.config_vport_rx_req_update_default_rxobj,
	F.config_vport_rx_req_update_hashkey,
	F.config_vport_rx_req_update_indir_tab,
	F.config_vport_rx_req_reserved,
	F.config_vport_rx_req_default_rxobj,
	F.config_vport_rx_req_hashkey,
	F.rx_indir_entry_rxobj,
	F.register_hw_port_req_hdr,
	F.register_hw_port_req_attached_gfid,
	F.register_hw_port_req_is_pf_default_vport,
	F.register_hw_port_req_reserved1,
	F.register_hw_port_req_allow_all_ether_types,
	F.register_hw_port_req_reserved2,
	F.handle_resp_hdr,
	F.handle_resp_handle,
	F.handle_req_hdr,
	F.handle_req_handle,
	F.register_filter_req_hdr,
	F.register_filter_req_vport,
	F.register_filter_req_mac_addr,
	F.register_filter_req_reserved1,
	F.register_filter_req_reserved5,
	F.register_filter_req_reserved6,
	F.tx_oob_s0,
	F.tx_oob_s0_pkt_fmt,
	F.tx_oob_s0_is_outer_ipv4,
	F.tx_oob_s0_is_outer_ipv6,
	F.tx_oob_s0_comp_iphdr_csum,
	F.tx_oob_s0_comp_tcp_csum,
	F.tx_oob_s0_comp_udp_csum,
	F.tx_oob_s0_suppress_txcqe_gen,
	F.tx_oob_s0_vcq_num,
	F.tx_oob_s1,
	F.tx_oob_s1_trans_off,
	F.tx_oob_s1_vsq_frame,
	F.tx_oob_s1_short_vp_offset,
	F.tx_oob_l0,
	F.tx_oob_l0_is_encap,
	F.tx_oob_l0_inner_is_ipv6,
	F.tx_oob_l0_inner_tcp_opt,
	F.tx_oob_l0_inject_vlan_pri_tag,
	F.tx_oob_l0_pcp,
	F.tx_oob_l0_dei,
	F.tx_oob_l0_vlan_id,
	F.tx_oob_l1,
	F.tx_oob_l1_inner_frame_offset,
	F.tx_oob_l1_inner_ip_rel_offset,
	F.tx_oob_l1_long_vp_offset,
	F.tx_oob_reserved3,
	F.tx_oob_reserved4,
	F.rx_comp_oob_cqe_hdr,
	F.rx_comp_oob_cqe_hdr_cqe_type,
	F.rx_comp_oob_cqe_hdr_client_type,
	F.rx_comp_oob_cqe_hdr_vendor_err,
	F.rx_comp_oob_flags,
	F.rx_comp_oob_flags_rx_vlan_id,
	F.rx_comp_oob_flags_rx_vlantag_present,
	F.rx_comp_oob_flags_rx_outer_iphdr_csum_succeed,
	F.rx_comp_oob_flags_rx_outer_iphdr_csum_fail,
	F.rx_comp_oob_flags_rx_hashtype,
	F.rx_comp_oob_flags_rx_iphdr_csum_succeed,
	F.rx_comp_oob_flags_rx_iphdr_csum_fail,
	F.rx_comp_oob_flags_rx_tcp_csum_succeed,
	F.rx_comp_oob_flags_rx_tcp_csum_fail,
	F.rx_comp_oob_flags_rx_udp_csum_succeed,
	F.rx_comp_oob_flags_rx_udp_csum_fail,
	F.rx_comp_oob_pkt_len,
	F.rx_comp_oob_ppi0_reserved1,
	F.rx_comp_oob_ppi0_reserved2,
	F.rx_comp_oob_pkt_hash,
	F.rx_comp_oob_ppi_more,
	F.rx_comp_oob_rx_wqe_offset,
	F.tx_comp_oob_cqe_hdr,
	F.tx_comp_oob_cqe_hdr_tx_cqe_type,
	F.tx_comp_oob_cqe_hdr_tx_client_type,
	F.tx_comp_oob_cqe_hdr_tx_vendor_err,
	F.tx_comp_oob_tx_data_offset,
	F.tx_comp_oob_offsets,
	F.tx_comp_oob_offsets_tx_sgl_offset,
	F.tx_comp_oob_offsets_tx_wqe_offset,
	F.tx_comp_oob_reserved,
}

local function dissect_msg_hdr(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "msg_hdr: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.msg_hdr_hdr_type, buf(off + 0, 4))
	tree:add_le(F.msg_hdr_msg_type, buf(off + 4, 4))
	tree:add_le(F.msg_hdr_msg_version, buf(off + 8, 2))
	tree:add_le(F.msg_hdr_hwc_msg_id, buf(off + 10, 2))
	tree:add_le(F.msg_hdr_msg_size, buf(off + 12, 4))
	return 16
end

local function dissect_dev_id(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "dev_id: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.dev_id_type, buf(off + 0, 2))
	tree:add_le(F.dev_id_instance, buf(off + 2, 2))
	return 4
end

local function dissect_req_hdr(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "req_hdr: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.req_hdr_req, buf(off + 0, 16))
		dissect_msg_hdr(buf, sub, off + 0, 16)
	end
	do
		local sub = tree:add(F.req_hdr_resp, buf(off + 16, 16))
		dissect_msg_hdr(buf, sub, off + 16, 16)
	end
	do
		local sub = tree:add(F.req_hdr_dev_id, buf(off + 32, 4))
		dissect_dev_id(buf, sub, off + 32, 4)
	end
	tree:add_le(F.req_hdr_activity_id, buf(off + 36, 4))
	return 40
end

local function dissect_resp_hdr(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "resp_hdr: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.resp_hdr_response, buf(off + 0, 16))
		dissect_msg_hdr(buf, sub, off + 0, 16)
	end
	do
		local sub = tree:add(F.resp_hdr_dev_id, buf(off + 16, 4))
		dissect_dev_id(buf, sub, off + 16, 4)
	end
	tree:add_le(F.resp_hdr_activity_id, buf(off + 20, 4))
	tree:add_le(F.resp_hdr_status, buf(off + 24, 4))
	tree:add_le(F.resp_hdr_reserved, buf(off + 28, 4))
	return 32
end

local function dissect_general_req(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "general_req: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.general_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	return 40
end

local function dissect_general_resp(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "general_resp: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.general_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	return 32
end

local function dissect_verify_ver_req(buf, tree, off, len)
	if len < 640 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "verify_ver_req: short (" .. len .. " < 640)")
		return len
	end
	do
		local sub = tree:add(F.verify_ver_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.verify_ver_req_protocol_ver_min, buf(off + 40, 8))
	tree:add_le(F.verify_ver_req_protocol_ver_max, buf(off + 48, 8))
	tree:add_le(F.verify_ver_req_drv_cap_flags1, buf(off + 56, 8))
	tree:add_le(F.verify_ver_req_drv_cap_flags2, buf(off + 64, 8))
	tree:add_le(F.verify_ver_req_drv_cap_flags3, buf(off + 72, 8))
	tree:add_le(F.verify_ver_req_drv_cap_flags4, buf(off + 80, 8))
	tree:add_le(F.verify_ver_req_drv_ver, buf(off + 88, 8))
	tree:add_le(F.verify_ver_req_os_type, buf(off + 96, 4))
	tree:add_le(F.verify_ver_req_reserved, buf(off + 100, 4))
	tree:add_le(F.verify_ver_req_os_ver_major, buf(off + 104, 4))
	tree:add_le(F.verify_ver_req_os_ver_minor, buf(off + 108, 4))
	tree:add_le(F.verify_ver_req_os_ver_build, buf(off + 112, 4))
	tree:add_le(F.verify_ver_req_os_ver_platform, buf(off + 116, 4))
	tree:add_le(F.verify_ver_req_reserved_2, buf(off + 120, 8))
	tree:add_le(F.verify_ver_req_os_ver_str1, buf(off + 128, 128))
	tree:add_le(F.verify_ver_req_os_ver_str2, buf(off + 256, 128))
	tree:add_le(F.verify_ver_req_os_ver_str3, buf(off + 384, 128))
	return 640
end

local function dissect_verify_ver_resp(buf, tree, off, len)
	if len < 72 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "verify_ver_resp: short (" .. len .. " < 72)")
		return len
	end
	do
		local sub = tree:add(F.verify_ver_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.verify_ver_resp_gdma_protocol_ver, buf(off + 32, 8))
	tree:add_le(F.verify_ver_resp_pf_cap_flags1, buf(off + 40, 8))
	tree:add_le(F.verify_ver_resp_pf_cap_flags2, buf(off + 48, 8))
	tree:add_le(F.verify_ver_resp_pf_cap_flags3, buf(off + 56, 8))
	tree:add_le(F.verify_ver_resp_pf_cap_flags4, buf(off + 64, 8))
	return 72
end

local function dissect_query_max_resources_resp(buf, tree, off, len)
	if len < 72 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_max_resources_resp: short (" .. len .. " < 72)")
		return len
	end
	do
		local sub = tree:add(F.query_max_resources_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.query_max_resources_resp_status, buf(off + 32, 4))
	tree:add_le(F.query_max_resources_resp_max_sq, buf(off + 36, 4))
	tree:add_le(F.query_max_resources_resp_max_rq, buf(off + 40, 4))
	tree:add_le(F.query_max_resources_resp_max_cq, buf(off + 44, 4))
	tree:add_le(F.query_max_resources_resp_max_eq, buf(off + 48, 4))
	tree:add_le(F.query_max_resources_resp_max_db, buf(off + 52, 4))
	tree:add_le(F.query_max_resources_resp_max_mst, buf(off + 56, 4))
	tree:add_le(F.query_max_resources_resp_max_cq_mod_ctx, buf(off + 60, 4))
	tree:add_le(F.query_max_resources_resp_max_mod_cq, buf(off + 64, 4))
	tree:add_le(F.query_max_resources_resp_max_msix, buf(off + 68, 4))
	return 72
end

local function dissect_list_devices_resp(buf, tree, off, len)
	if len < 296 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "list_devices_resp: short (" .. len .. " < 296)")
		return len
	end
	do
		local sub = tree:add(F.list_devices_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.list_devices_resp_num_of_devs, buf(off + 32, 4))
	tree:add_le(F.list_devices_resp_reserved, buf(off + 36, 4))
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 40, 4))
		dissect_dev_id(buf, sub, off + 40, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 44, 4))
		dissect_dev_id(buf, sub, off + 44, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 48, 4))
		dissect_dev_id(buf, sub, off + 48, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 52, 4))
		dissect_dev_id(buf, sub, off + 52, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 56, 4))
		dissect_dev_id(buf, sub, off + 56, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 60, 4))
		dissect_dev_id(buf, sub, off + 60, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 64, 4))
		dissect_dev_id(buf, sub, off + 64, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 68, 4))
		dissect_dev_id(buf, sub, off + 68, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 72, 4))
		dissect_dev_id(buf, sub, off + 72, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 76, 4))
		dissect_dev_id(buf, sub, off + 76, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 80, 4))
		dissect_dev_id(buf, sub, off + 80, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 84, 4))
		dissect_dev_id(buf, sub, off + 84, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 88, 4))
		dissect_dev_id(buf, sub, off + 88, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 92, 4))
		dissect_dev_id(buf, sub, off + 92, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 96, 4))
		dissect_dev_id(buf, sub, off + 96, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 100, 4))
		dissect_dev_id(buf, sub, off + 100, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 104, 4))
		dissect_dev_id(buf, sub, off + 104, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 108, 4))
		dissect_dev_id(buf, sub, off + 108, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 112, 4))
		dissect_dev_id(buf, sub, off + 112, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 116, 4))
		dissect_dev_id(buf, sub, off + 116, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 120, 4))
		dissect_dev_id(buf, sub, off + 120, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 124, 4))
		dissect_dev_id(buf, sub, off + 124, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 128, 4))
		dissect_dev_id(buf, sub, off + 128, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 132, 4))
		dissect_dev_id(buf, sub, off + 132, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 136, 4))
		dissect_dev_id(buf, sub, off + 136, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 140, 4))
		dissect_dev_id(buf, sub, off + 140, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 144, 4))
		dissect_dev_id(buf, sub, off + 144, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 148, 4))
		dissect_dev_id(buf, sub, off + 148, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 152, 4))
		dissect_dev_id(buf, sub, off + 152, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 156, 4))
		dissect_dev_id(buf, sub, off + 156, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 160, 4))
		dissect_dev_id(buf, sub, off + 160, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 164, 4))
		dissect_dev_id(buf, sub, off + 164, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 168, 4))
		dissect_dev_id(buf, sub, off + 168, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 172, 4))
		dissect_dev_id(buf, sub, off + 172, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 176, 4))
		dissect_dev_id(buf, sub, off + 176, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 180, 4))
		dissect_dev_id(buf, sub, off + 180, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 184, 4))
		dissect_dev_id(buf, sub, off + 184, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 188, 4))
		dissect_dev_id(buf, sub, off + 188, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 192, 4))
		dissect_dev_id(buf, sub, off + 192, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 196, 4))
		dissect_dev_id(buf, sub, off + 196, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 200, 4))
		dissect_dev_id(buf, sub, off + 200, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 204, 4))
		dissect_dev_id(buf, sub, off + 204, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 208, 4))
		dissect_dev_id(buf, sub, off + 208, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 212, 4))
		dissect_dev_id(buf, sub, off + 212, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 216, 4))
		dissect_dev_id(buf, sub, off + 216, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 220, 4))
		dissect_dev_id(buf, sub, off + 220, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 224, 4))
		dissect_dev_id(buf, sub, off + 224, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 228, 4))
		dissect_dev_id(buf, sub, off + 228, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 232, 4))
		dissect_dev_id(buf, sub, off + 232, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 236, 4))
		dissect_dev_id(buf, sub, off + 236, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 240, 4))
		dissect_dev_id(buf, sub, off + 240, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 244, 4))
		dissect_dev_id(buf, sub, off + 244, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 248, 4))
		dissect_dev_id(buf, sub, off + 248, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 252, 4))
		dissect_dev_id(buf, sub, off + 252, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 256, 4))
		dissect_dev_id(buf, sub, off + 256, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 260, 4))
		dissect_dev_id(buf, sub, off + 260, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 264, 4))
		dissect_dev_id(buf, sub, off + 264, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 268, 4))
		dissect_dev_id(buf, sub, off + 268, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 272, 4))
		dissect_dev_id(buf, sub, off + 272, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 276, 4))
		dissect_dev_id(buf, sub, off + 276, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 280, 4))
		dissect_dev_id(buf, sub, off + 280, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 284, 4))
		dissect_dev_id(buf, sub, off + 284, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 288, 4))
		dissect_dev_id(buf, sub, off + 288, 4)
	end
	do
		local sub = tree:add(F.list_devices_resp_devs, buf(off + 292, 4))
		dissect_dev_id(buf, sub, off + 292, 4)
	end
	return 296
end

local function dissect_register_device_resp(buf, tree, off, len)
	if len < 44 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "register_device_resp: short (" .. len .. " < 44)")
		return len
	end
	do
		local sub = tree:add(F.register_device_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.register_device_resp_pdid, buf(off + 32, 4))
	tree:add_le(F.register_device_resp_gpa_mkey, buf(off + 36, 4))
	tree:add_le(F.register_device_resp_db_id, buf(off + 40, 4))
	return 44
end

local function dissect_generate_test_eqe_req(buf, tree, off, len)
	if len < 44 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "generate_test_eqe_req: short (" .. len .. " < 44)")
		return len
	end
	do
		local sub = tree:add(F.generate_test_eqe_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.generate_test_eqe_req_queue_index, buf(off + 40, 4))
	return 44
end

local function dissect_generate_reset_eqe_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "generate_reset_eqe_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.generate_reset_eqe_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.generate_reset_eqe_req_queue_index, buf(off + 40, 4))
	tree:add_le(F.generate_reset_eqe_req_reset_data, buf(off + 44, 4))
	return 48
end

local function dissect_create_queue_req(buf, tree, off, len)
	if len < 96 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_queue_req: short (" .. len .. " < 96)")
		return len
	end
	do
		local sub = tree:add(F.create_queue_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.create_queue_req_type, buf(off + 40, 4))
	tree:add_le(F.create_queue_req_reserved1, buf(off + 44, 4))
	tree:add_le(F.create_queue_req_pdid, buf(off + 48, 4))
	tree:add_le(F.create_queue_req_doorbell_id, buf(off + 52, 4))
	tree:add_le(F.create_queue_req_gdma_region, buf(off + 56, 8))
	tree:add_le(F.create_queue_req_reserved2, buf(off + 64, 4))
	tree:add_le(F.create_queue_req_queue_size, buf(off + 68, 4))
	tree:add_le(F.create_queue_req_log2_throttle_limit, buf(off + 72, 4))
	tree:add_le(F.create_queue_req_eq_pci_msix_index, buf(off + 76, 4))
	tree:add_le(F.create_queue_req_cq_mod_ctx_id, buf(off + 80, 4))
	tree:add_le(F.create_queue_req_cq_parent_eq_id, buf(off + 84, 4))
	tree:add_le(F.create_queue_req_rq_drop_on_overrun, buf(off + 88, 1))
	tree:add_le(F.create_queue_req_rq_err_on_wqe_overflow, buf(off + 89, 1))
	tree:add_le(F.create_queue_req_rq_chain_rec_wqes, buf(off + 90, 1))
	tree:add_le(F.create_queue_req_sq_hw_db, buf(off + 91, 1))
	tree:add_le(F.create_queue_req_reserved3, buf(off + 92, 4))
	return 96
end

local function dissect_create_queue_resp(buf, tree, off, len)
	if len < 36 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_queue_resp: short (" .. len .. " < 36)")
		return len
	end
	do
		local sub = tree:add(F.create_queue_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.create_queue_resp_queue_index, buf(off + 32, 4))
	return 36
end

local function dissect_disable_queue_req(buf, tree, off, len)
	if len < 52 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "disable_queue_req: short (" .. len .. " < 52)")
		return len
	end
	do
		local sub = tree:add(F.disable_queue_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.disable_queue_req_type, buf(off + 40, 4))
	tree:add_le(F.disable_queue_req_queue_index, buf(off + 44, 4))
	tree:add_le(F.disable_queue_req_alloc_res_id_on_creation, buf(off + 48, 4))
	return 52
end

local function dissect_resource_range_req(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "resource_range_req: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.resource_range_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.resource_range_req_resource_type, buf(off + 40, 4))
	tree:add_le(F.resource_range_req_num_resources, buf(off + 44, 4))
	tree:add_le(F.resource_range_req_alignment, buf(off + 48, 4))
	tree:add_le(F.resource_range_req_allocated_resources, buf(off + 52, 4))
	return 56
end

local function dissect_resource_range_resp(buf, tree, off, len)
	if len < 36 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "resource_range_resp: short (" .. len .. " < 36)")
		return len
	end
	do
		local sub = tree:add(F.resource_range_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.resource_range_resp_allocated_resources, buf(off + 32, 4))
	return 36
end

local function dissect_destroy_resource_range_req(buf, tree, off, len)
	if len < 52 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "destroy_resource_range_req: short (" .. len .. " < 52)")
		return len
	end
	do
		local sub = tree:add(F.destroy_resource_range_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.destroy_resource_range_req_resource_type, buf(off + 40, 4))
	tree:add_le(F.destroy_resource_range_req_num_resources, buf(off + 44, 4))
	tree:add_le(F.destroy_resource_range_req_allocated_resources, buf(off + 48, 4))
	return 52
end

local function dissect_create_dma_region_req(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_dma_region_req: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.create_dma_region_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.create_dma_region_req_length, buf(off + 40, 8))
	tree:add_le(F.create_dma_region_req_offset_in_page, buf(off + 48, 4))
	tree:add_le(F.create_dma_region_req_gdma_page_type, buf(off + 52, 4))
	tree:add_le(F.create_dma_region_req_page_count, buf(off + 56, 4))
	tree:add_le(F.create_dma_region_req_page_addr_list_len, buf(off + 60, 4))
	local n = buf(off + 60, 4):le_uint()
	if n > 504 then n = 504 end
	local pos = 64
	for i = 1, n do
		if pos + 8 > len then break end
		tree:add_le(F.create_dma_region_req_page_addr_list, buf(off + pos, 8))
		pos = pos + 8
	end
	return pos
end

local function dissect_create_dma_region_resp(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_dma_region_resp: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.create_dma_region_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.create_dma_region_resp_dma_region_handle, buf(off + 32, 8))
	return 40
end

local function dissect_dma_region_add_pages_req(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "dma_region_add_pages_req: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.dma_region_add_pages_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.dma_region_add_pages_req_dma_region_handle, buf(off + 40, 8))
	tree:add_le(F.dma_region_add_pages_req_page_addr_list_len, buf(off + 48, 4))
	tree:add_le(F.dma_region_add_pages_req_reserved3, buf(off + 52, 4))
	local n = buf(off + 48, 4):le_uint()
	if n > 505 then n = 505 end
	local pos = 56
	for i = 1, n do
		if pos + 8 > len then break end
		tree:add_le(F.dma_region_add_pages_req_page_addr_list, buf(off + pos, 8))
		pos = pos + 8
	end
	return pos
end

local function dissect_destroy_dma_region_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "destroy_dma_region_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.destroy_dma_region_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.destroy_dma_region_req_dma_region_handle, buf(off + 40, 8))
	return 48
end

local function dissect_create_pd_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_pd_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.create_pd_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.create_pd_req_flags, buf(off + 40, 4))
	tree:add_le(F.create_pd_req_reserved, buf(off + 44, 4))
	return 48
end

local function dissect_create_pd_resp(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_pd_resp: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.create_pd_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.create_pd_resp_pd_handle, buf(off + 32, 8))
	tree:add_le(F.create_pd_resp_pd_id, buf(off + 40, 4))
	tree:add_le(F.create_pd_resp_reserved, buf(off + 44, 4))
	return 48
end

local function dissect_destroy_pd_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "destroy_pd_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.destroy_pd_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.destroy_pd_req_pd_handle, buf(off + 40, 8))
	return 48
end

local function dissect_create_mr_req(buf, tree, off, len)
	if len < 88 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_mr_req: short (" .. len .. " < 88)")
		return len
	end
	do
		local sub = tree:add(F.create_mr_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.create_mr_req_pd_handle, buf(off + 40, 8))
	tree:add_le(F.create_mr_req_mr_type, buf(off + 48, 4))
	tree:add_le(F.create_mr_req_reserved_1, buf(off + 52, 4))
	tree:add_le(F.create_mr_req_dma_region_handle, buf(off + 56, 8))
	tree:add_le(F.create_mr_req_virtual_address, buf(off + 64, 8))
	tree:add_le(F.create_mr_req_access_flags, buf(off + 72, 4))
	tree:add_le(F.create_mr_req_pad_union, buf(off + 76, 4))
	tree:add_le(F.create_mr_req_reserved_2, buf(off + 80, 4))
	tree:add_le(F.create_mr_req_pad_end, buf(off + 84, 4))
	return 88
end

local function dissect_create_mr_resp(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_mr_resp: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.create_mr_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.create_mr_resp_mr_handle, buf(off + 32, 8))
	tree:add_le(F.create_mr_resp_lkey, buf(off + 40, 4))
	tree:add_le(F.create_mr_resp_rkey, buf(off + 44, 4))
	return 48
end

local function dissect_destroy_mr_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "destroy_mr_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.destroy_mr_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.destroy_mr_req_mr_handle, buf(off + 40, 8))
	return 48
end

local function dissect_change_msix_req(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "change_msix_req: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.change_msix_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.change_msix_req_queue_index, buf(off + 40, 4))
	tree:add_le(F.change_msix_req_msix, buf(off + 44, 4))
	tree:add_le(F.change_msix_req_reserved1, buf(off + 48, 4))
	tree:add_le(F.change_msix_req_reserved2, buf(off + 52, 4))
	return 56
end

local function dissect_query_hwc_timeout_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_hwc_timeout_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.query_hwc_timeout_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.query_hwc_timeout_req_timeout_ms, buf(off + 40, 4))
	tree:add_le(F.query_hwc_timeout_req_reserved, buf(off + 44, 4))
	return 48
end

local function dissect_query_hwc_timeout_resp(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_hwc_timeout_resp: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.query_hwc_timeout_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.query_hwc_timeout_resp_timeout_ms, buf(off + 32, 4))
	tree:add_le(F.query_hwc_timeout_resp_reserved, buf(off + 36, 4))
	return 40
end

local function dissect_query_dev_config_req(buf, tree, off, len)
	if len < 88 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_dev_config_req: short (" .. len .. " < 88)")
		return len
	end
	do
		local sub = tree:add(F.query_dev_config_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.query_dev_config_req_mn_drv_cap_flags1, buf(off + 40, 8))
	tree:add_le(F.query_dev_config_req_mn_drv_cap_flags2, buf(off + 48, 8))
	tree:add_le(F.query_dev_config_req_mn_drv_cap_flags3, buf(off + 56, 8))
	tree:add_le(F.query_dev_config_req_mn_drv_cap_flags4, buf(off + 64, 8))
	tree:add_le(F.query_dev_config_req_proto_major_ver, buf(off + 72, 4))
	tree:add_le(F.query_dev_config_req_proto_minor_ver, buf(off + 76, 4))
	tree:add_le(F.query_dev_config_req_proto_micro_ver, buf(off + 80, 4))
	tree:add_le(F.query_dev_config_req_reserved, buf(off + 84, 4))
	return 88
end

local function dissect_query_dev_config_resp(buf, tree, off, len)
	if len < 72 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_dev_config_resp: short (" .. len .. " < 72)")
		return len
	end
	do
		local sub = tree:add(F.query_dev_config_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.query_dev_config_resp_pf_cap_flags1, buf(off + 32, 8))
	tree:add_le(F.query_dev_config_resp_pf_cap_flags2, buf(off + 40, 8))
	tree:add_le(F.query_dev_config_resp_pf_cap_flags3, buf(off + 48, 8))
	tree:add_le(F.query_dev_config_resp_pf_cap_flags4, buf(off + 56, 8))
	tree:add_le(F.query_dev_config_resp_max_num_vports, buf(off + 64, 2))
	tree:add_le(F.query_dev_config_resp_bm_hostmode, buf(off + 66, 1))
	tree:add_le(F.query_dev_config_resp_reserved, buf(off + 67, 1))
	tree:add_le(F.query_dev_config_resp_max_num_eqs, buf(off + 68, 4))
	if len >= 74 then
	tree:add_le(F.query_dev_config_resp_adapter_mtu, buf(off + 72, 2))
	end
	if len >= 76 then
	tree:add_le(F.query_dev_config_resp_reserved2, buf(off + 74, 2))
	end
	if len >= 80 then
	tree:add_le(F.query_dev_config_resp_reserved3, buf(off + 76, 4))
	end
	return 80
end

local function dissect_query_gf_stat_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_gf_stat_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.query_gf_stat_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.query_gf_stat_req_requested_statistics, buf(off + 40, 8))
	return 48
end

local function dissect_query_gf_stat_resp(buf, tree, off, len)
	if len < 248 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_gf_stat_resp: short (" .. len .. " < 248)")
		return len
	end
	do
		local sub = tree:add(F.query_gf_stat_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.query_gf_stat_resp_reported_statistics, buf(off + 32, 8))
	tree:add_le(F.query_gf_stat_resp_in_discards_no_wqe, buf(off + 40, 8))
	tree:add_le(F.query_gf_stat_resp_in_errors_rx_vport_disabled, buf(off + 48, 8))
	tree:add_le(F.query_gf_stat_resp_hc_in_octets, buf(off + 56, 8))
	tree:add_le(F.query_gf_stat_resp_hc_in_ucast_pkts, buf(off + 64, 8))
	tree:add_le(F.query_gf_stat_resp_hc_in_ucast_octets, buf(off + 72, 8))
	tree:add_le(F.query_gf_stat_resp_hc_in_multicast_pkts, buf(off + 80, 8))
	tree:add_le(F.query_gf_stat_resp_hc_in_multicast_octets, buf(off + 88, 8))
	tree:add_le(F.query_gf_stat_resp_hc_in_broadcast_pkts, buf(off + 96, 8))
	tree:add_le(F.query_gf_stat_resp_hc_in_broadcast_octets, buf(off + 104, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_gf_disabled, buf(off + 112, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_vport_disabled, buf(off + 120, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_invalid_vport_offset, buf(off + 128, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_vlan_enforcement, buf(off + 136, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_eth_type_enforcement, buf(off + 144, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_sa_enforcement, buf(off + 152, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_sqpdid_enforcement, buf(off + 160, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_cqpdid_enforcement, buf(off + 168, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_mtu_violation, buf(off + 176, 8))
	tree:add_le(F.query_gf_stat_resp_out_errors_invalid_oob, buf(off + 184, 8))
	tree:add_le(F.query_gf_stat_resp_hc_out_octets, buf(off + 192, 8))
	tree:add_le(F.query_gf_stat_resp_hc_out_ucast_pkts, buf(off + 200, 8))
	tree:add_le(F.query_gf_stat_resp_hc_out_ucast_octets, buf(off + 208, 8))
	tree:add_le(F.query_gf_stat_resp_hc_out_multicast_pkts, buf(off + 216, 8))
	tree:add_le(F.query_gf_stat_resp_hc_out_multicast_octets, buf(off + 224, 8))
	tree:add_le(F.query_gf_stat_resp_hc_out_broadcast_pkts, buf(off + 232, 8))
	tree:add_le(F.query_gf_stat_resp_hc_out_broadcast_octets, buf(off + 240, 8))
	return 248
end

local function dissect_query_vport_config_req(buf, tree, off, len)
	if len < 44 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_vport_config_req: short (" .. len .. " < 44)")
		return len
	end
	do
		local sub = tree:add(F.query_vport_config_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.query_vport_config_req_vport_index, buf(off + 40, 4))
	return 44
end

local function dissect_query_vport_config_resp(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "query_vport_config_resp: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.query_vport_config_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.query_vport_config_resp_max_num_sq, buf(off + 32, 4))
	tree:add_le(F.query_vport_config_resp_max_num_rq, buf(off + 36, 4))
	tree:add_le(F.query_vport_config_resp_num_indirection_ent, buf(off + 40, 4))
	tree:add_le(F.query_vport_config_resp_reserved1, buf(off + 44, 4))
	tree:add_le(F.query_vport_config_resp_mac_addr, buf(off + 48, 6))
	tree:add_le(F.query_vport_config_resp_reserved2, buf(off + 54, 2))
	tree:add_le(F.query_vport_config_resp_vport, buf(off + 56, 8))
	return 64
end

local function dissect_config_vport_tx_req(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "config_vport_tx_req: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.config_vport_tx_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.config_vport_tx_req_vport, buf(off + 40, 8))
	tree:add_le(F.config_vport_tx_req_pdid, buf(off + 48, 4))
	tree:add_le(F.config_vport_tx_req_doorbell_pageid, buf(off + 52, 4))
	return 56
end

local function dissect_config_vport_tx_resp(buf, tree, off, len)
	if len < 36 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "config_vport_tx_resp: short (" .. len .. " < 36)")
		return len
	end
	do
		local sub = tree:add(F.config_vport_tx_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.config_vport_tx_resp_tx_vport_offset, buf(off + 32, 2))
	tree:add_le(F.config_vport_tx_resp_short_form_allowed, buf(off + 34, 1))
	tree:add_le(F.config_vport_tx_resp_reserved, buf(off + 35, 1))
	return 36
end

local function dissect_create_wq_obj_req(buf, tree, off, len)
	if len < 88 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_wq_obj_req: short (" .. len .. " < 88)")
		return len
	end
	do
		local sub = tree:add(F.create_wq_obj_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.create_wq_obj_req_vport, buf(off + 40, 8))
	tree:add_le(F.create_wq_obj_req_wq_type, buf(off + 48, 4))
	tree:add_le(F.create_wq_obj_req_reserved, buf(off + 52, 4))
	tree:add_le(F.create_wq_obj_req_wq_gdma_region, buf(off + 56, 8))
	tree:add_le(F.create_wq_obj_req_cq_gdma_region, buf(off + 64, 8))
	tree:add_le(F.create_wq_obj_req_wq_size, buf(off + 72, 4))
	tree:add_le(F.create_wq_obj_req_cq_size, buf(off + 76, 4))
	tree:add_le(F.create_wq_obj_req_cq_moderation_ctx_id, buf(off + 80, 4))
	tree:add_le(F.create_wq_obj_req_cq_parent_qid, buf(off + 84, 4))
	return 88
end

local function dissect_create_wq_obj_resp(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_wq_obj_resp: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.create_wq_obj_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.create_wq_obj_resp_wq_id, buf(off + 32, 4))
	tree:add_le(F.create_wq_obj_resp_cq_id, buf(off + 36, 4))
	tree:add_le(F.create_wq_obj_resp_wq_obj, buf(off + 40, 8))
	return 48
end

local function dissect_destroy_wq_obj_req(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "destroy_wq_obj_req: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.destroy_wq_obj_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.destroy_wq_obj_req_wq_type, buf(off + 40, 4))
	tree:add_le(F.destroy_wq_obj_req_reserved, buf(off + 44, 4))
	tree:add_le(F.destroy_wq_obj_req_wq_obj_handle, buf(off + 48, 8))
	return 56
end

local function dissect_fence_rq_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "fence_rq_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.fence_rq_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.fence_rq_req_wq_obj_handle, buf(off + 40, 8))
	return 48
end

local function dissect_config_vport_rx_req(buf, tree, off, len)
	if len < 112 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "config_vport_rx_req: short (" .. len .. " < 112)")
		return len
	end
	do
		local sub = tree:add(F.config_vport_rx_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.config_vport_rx_req_vport, buf(off + 40, 8))
	tree:add_le(F.config_vport_rx_req_num_indir_entries, buf(off + 48, 2))
	tree:add_le(F.config_vport_rx_req_indir_tab_offset, buf(off + 50, 2))
	tree:add_le(F.config_vport_rx_req_rx_enable, buf(off + 52, 4))
	tree:add_le(F.config_vport_rx_req_rss_enable, buf(off + 56, 4))
	tree:add_le(F.config_vport_rx_req_update_default_rxobj, buf(off + 60, 1))
	tree:add_le(F.config_vport_rx_req_update_hashkey, buf(off + 61, 1))
	tree:add_le(F.config_vport_rx_req_update_indir_tab, buf(off + 62, 1))
	tree:add_le(F.config_vport_rx_req_reserved, buf(off + 63, 1))
	tree:add_le(F.config_vport_rx_req_default_rxobj, buf(off + 64, 8))
	tree:add_le(F.config_vport_rx_req_hashkey, buf(off + 72, 40))
	return 112
end

local function dissect_rx_indir_entry(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "rx_indir_entry: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.rx_indir_entry_rxobj, buf(off + 0, 8))
	return 8
end

local function dissect_register_hw_port_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "register_hw_port_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.register_hw_port_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.register_hw_port_req_attached_gfid, buf(off + 40, 2))
	tree:add_le(F.register_hw_port_req_is_pf_default_vport, buf(off + 42, 1))
	tree:add_le(F.register_hw_port_req_reserved1, buf(off + 43, 1))
	tree:add_le(F.register_hw_port_req_allow_all_ether_types, buf(off + 44, 1))
	tree:add_le(F.register_hw_port_req_reserved2, buf(off + 45, 1))
	tree:add_le(F.register_hw_port_req_reserved2, buf(off + 46, 1))
	tree:add_le(F.register_hw_port_req_reserved2, buf(off + 47, 1))
	return 48
end

local function dissect_handle_resp(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "handle_resp: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.handle_resp_hdr, buf(off + 0, 32))
		dissect_resp_hdr(buf, sub, off + 0, 32)
	end
	tree:add_le(F.handle_resp_handle, buf(off + 32, 8))
	return 40
end

local function dissect_handle_req(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "handle_req: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.handle_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.handle_req_handle, buf(off + 40, 8))
	return 48
end

local function dissect_register_filter_req(buf, tree, off, len)
	if len < 72 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "register_filter_req: short (" .. len .. " < 72)")
		return len
	end
	do
		local sub = tree:add(F.register_filter_req_hdr, buf(off + 0, 40))
		dissect_req_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.register_filter_req_vport, buf(off + 40, 8))
	tree:add_le(F.register_filter_req_mac_addr, buf(off + 48, 6))
	tree:add_le(F.register_filter_req_reserved1, buf(off + 54, 1))
	tree:add_le(F.register_filter_req_reserved1, buf(off + 55, 1))
	tree:add_le(F.register_filter_req_reserved1, buf(off + 56, 1))
	tree:add_le(F.register_filter_req_reserved1, buf(off + 57, 1))
	tree:add_le(F.register_filter_req_reserved5, buf(off + 58, 2))
	tree:add_le(F.register_filter_req_reserved6, buf(off + 60, 4))
	tree:add_le(F.register_filter_req_reserved6, buf(off + 64, 4))
	tree:add_le(F.register_filter_req_reserved6, buf(off + 68, 4))
	return 72
end

local function dissect_tx_oob(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "tx_oob: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.tx_oob_s0, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.tx_oob_s0_pkt_fmt, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x3))
		tree:add(F.tx_oob_s0_is_outer_ipv4, buf(off + 0, 4), bit.band(bit.rshift(v, 2), 0x1))
		tree:add(F.tx_oob_s0_is_outer_ipv6, buf(off + 0, 4), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.tx_oob_s0_comp_iphdr_csum, buf(off + 0, 4), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.tx_oob_s0_comp_tcp_csum, buf(off + 0, 4), bit.band(bit.rshift(v, 5), 0x1))
		tree:add(F.tx_oob_s0_comp_udp_csum, buf(off + 0, 4), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.tx_oob_s0_suppress_txcqe_gen, buf(off + 0, 4), bit.band(bit.rshift(v, 7), 0x1))
		tree:add(F.tx_oob_s0_vcq_num, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0xffffff))
	end
	tree:add_le(F.tx_oob_s1, buf(off + 4, 4))
	do
		local v = buf(off + 4, 4):le_uint()
		tree:add(F.tx_oob_s1_trans_off, buf(off + 4, 4), bit.band(bit.rshift(v, 0), 0x3ff))
		tree:add(F.tx_oob_s1_vsq_frame, buf(off + 4, 4), bit.band(bit.rshift(v, 10), 0x3fff))
		tree:add(F.tx_oob_s1_short_vp_offset, buf(off + 4, 4), bit.band(bit.rshift(v, 24), 0xff))
	end
	if len >= 12 then
	tree:add_le(F.tx_oob_l0, buf(off + 8, 4))
	do
		local v = buf(off + 8, 4):le_uint()
		tree:add(F.tx_oob_l0_is_encap, buf(off + 8, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.tx_oob_l0_inner_is_ipv6, buf(off + 8, 4), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.tx_oob_l0_inner_tcp_opt, buf(off + 8, 4), bit.band(bit.rshift(v, 2), 0x1))
		tree:add(F.tx_oob_l0_inject_vlan_pri_tag, buf(off + 8, 4), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.tx_oob_l0_pcp, buf(off + 8, 4), bit.band(bit.rshift(v, 16), 0x7))
		tree:add(F.tx_oob_l0_dei, buf(off + 8, 4), bit.band(bit.rshift(v, 19), 0x1))
		tree:add(F.tx_oob_l0_vlan_id, buf(off + 8, 4), bit.band(bit.rshift(v, 20), 0xfff))
	end
	end
	if len >= 16 then
	tree:add_le(F.tx_oob_l1, buf(off + 12, 4))
	do
		local v = buf(off + 12, 4):le_uint()
		tree:add(F.tx_oob_l1_inner_frame_offset, buf(off + 12, 4), bit.band(bit.rshift(v, 0), 0x3ff))
		tree:add(F.tx_oob_l1_inner_ip_rel_offset, buf(off + 12, 4), bit.band(bit.rshift(v, 10), 0x3f))
		tree:add(F.tx_oob_l1_long_vp_offset, buf(off + 12, 4), bit.band(bit.rshift(v, 16), 0xfff))
	end
	end
	if len >= 20 then
	tree:add_le(F.tx_oob_reserved3, buf(off + 16, 4))
	end
	if len >= 24 then
	tree:add_le(F.tx_oob_reserved4, buf(off + 20, 4))
	end
	return 24
end

local function dissect_rx_comp_oob(buf, tree, off, len)
	if len < 60 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "rx_comp_oob: short (" .. len .. " < 60)")
		return len
	end
	tree:add_le(F.rx_comp_oob_cqe_hdr, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.rx_comp_oob_cqe_hdr_cqe_type, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.rx_comp_oob_cqe_hdr_client_type, buf(off + 0, 4), bit.band(bit.rshift(v, 6), 0x3))
		tree:add(F.rx_comp_oob_cqe_hdr_vendor_err, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0xffffff))
	end
	tree:add_le(F.rx_comp_oob_flags, buf(off + 4, 4))
	do
		local v = buf(off + 4, 4):le_uint()
		tree:add(F.rx_comp_oob_flags_rx_vlan_id, buf(off + 4, 4), bit.band(bit.rshift(v, 0), 0xfff))
		tree:add(F.rx_comp_oob_flags_rx_vlantag_present, buf(off + 4, 4), bit.band(bit.rshift(v, 12), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_outer_iphdr_csum_succeed, buf(off + 4, 4), bit.band(bit.rshift(v, 13), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_outer_iphdr_csum_fail, buf(off + 4, 4), bit.band(bit.rshift(v, 14), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_hashtype, buf(off + 4, 4), bit.band(bit.rshift(v, 16), 0x1ff))
		tree:add(F.rx_comp_oob_flags_rx_iphdr_csum_succeed, buf(off + 4, 4), bit.band(bit.rshift(v, 25), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_iphdr_csum_fail, buf(off + 4, 4), bit.band(bit.rshift(v, 26), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_tcp_csum_succeed, buf(off + 4, 4), bit.band(bit.rshift(v, 27), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_tcp_csum_fail, buf(off + 4, 4), bit.band(bit.rshift(v, 28), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_udp_csum_succeed, buf(off + 4, 4), bit.band(bit.rshift(v, 29), 0x1))
		tree:add(F.rx_comp_oob_flags_rx_udp_csum_fail, buf(off + 4, 4), bit.band(bit.rshift(v, 30), 0x1))
	end
	tree:add_le(F.rx_comp_oob_pkt_len, buf(off + 8, 2))
	tree:add_le(F.rx_comp_oob_ppi0_reserved1, buf(off + 10, 2))
	tree:add_le(F.rx_comp_oob_ppi0_reserved2, buf(off + 12, 4))
	tree:add_le(F.rx_comp_oob_pkt_hash, buf(off + 16, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 20, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 24, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 28, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 32, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 36, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 40, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 44, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 48, 4))
	tree:add_le(F.rx_comp_oob_ppi_more, buf(off + 52, 4))
	tree:add_le(F.rx_comp_oob_rx_wqe_offset, buf(off + 56, 4))
	return 60
end

local function dissect_tx_comp_oob(buf, tree, off, len)
	if len < 60 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "tx_comp_oob: short (" .. len .. " < 60)")
		return len
	end
	tree:add_le(F.tx_comp_oob_cqe_hdr, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.tx_comp_oob_cqe_hdr_tx_cqe_type, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.tx_comp_oob_cqe_hdr_tx_client_type, buf(off + 0, 4), bit.band(bit.rshift(v, 6), 0x3))
		tree:add(F.tx_comp_oob_cqe_hdr_tx_vendor_err, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0xffffff))
	end
	tree:add_le(F.tx_comp_oob_tx_data_offset, buf(off + 4, 4))
	tree:add_le(F.tx_comp_oob_offsets, buf(off + 8, 4))
	do
		local v = buf(off + 8, 4):le_uint()
		tree:add(F.tx_comp_oob_offsets_tx_sgl_offset, buf(off + 8, 4), bit.band(bit.rshift(v, 0), 0x1f))
		tree:add(F.tx_comp_oob_offsets_tx_wqe_offset, buf(off + 8, 4), bit.band(bit.rshift(v, 5), 0x7ffffff))
	end
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 12, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 16, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 20, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 24, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 28, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 32, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 36, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 40, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 44, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 48, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 52, 4))
	tree:add_le(F.tx_comp_oob_reserved, buf(off + 56, 4))
	return 60
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("MANA")
	local t = tree:add(proto, buf())
	if len < 8 then return end
	local ty = buf(4, 4):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("VERIFY_VF_DRIVER_VERSION ")
		t:append_text(", VERIFY_VF_DRIVER_VERSION")
		if pinfo.private.pv_dir == "to_host" then
			dissect_verify_ver_req(buf, t, 0, len)
		else
			dissect_verify_ver_resp(buf, t, 0, len)
		end
	elseif ty == 2 then
		pinfo.cols.info:append("QUERY_MAX_RESOURCES ")
		t:append_text(", QUERY_MAX_RESOURCES")
		if pinfo.private.pv_dir == "to_host" then
			dissect_general_req(buf, t, 0, len)
		else
			dissect_query_max_resources_resp(buf, t, 0, len)
		end
	elseif ty == 3 then
		pinfo.cols.info:append("LIST_DEVICES ")
		t:append_text(", LIST_DEVICES")
		if pinfo.private.pv_dir == "to_host" then
			dissect_general_req(buf, t, 0, len)
		else
			dissect_list_devices_resp(buf, t, 0, len)
		end
	elseif ty == 4 then
		pinfo.cols.info:append("REGISTER_DEVICE ")
		t:append_text(", REGISTER_DEVICE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_general_req(buf, t, 0, len)
		else
			dissect_register_device_resp(buf, t, 0, len)
		end
	elseif ty == 5 then
		pinfo.cols.info:append("DEREGISTER_DEVICE ")
		t:append_text(", DEREGISTER_DEVICE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_general_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 10 then
		pinfo.cols.info:append("GENERATE_TEST_EQE ")
		t:append_text(", GENERATE_TEST_EQE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_generate_test_eqe_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 11 then
		pinfo.cols.info:append("GENERATE_RESET_REQUEST_EQE ")
		t:append_text(", GENERATE_RESET_REQUEST_EQE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_generate_reset_eqe_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 12 then
		pinfo.cols.info:append("CREATE_QUEUE ")
		t:append_text(", CREATE_QUEUE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_create_queue_req(buf, t, 0, len)
		else
			dissect_create_queue_resp(buf, t, 0, len)
		end
	elseif ty == 13 then
		pinfo.cols.info:append("DISABLE_QUEUE ")
		t:append_text(", DISABLE_QUEUE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_disable_queue_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 22 then
		pinfo.cols.info:append("ALLOCATE_RESOURCE_RANGE ")
		t:append_text(", ALLOCATE_RESOURCE_RANGE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_resource_range_req(buf, t, 0, len)
		else
			dissect_resource_range_resp(buf, t, 0, len)
		end
	elseif ty == 24 then
		pinfo.cols.info:append("DESTROY_RESOURCE_RANGE ")
		t:append_text(", DESTROY_RESOURCE_RANGE")
		if pinfo.private.pv_dir == "to_host" then
			dissect_destroy_resource_range_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 25 then
		pinfo.cols.info:append("CREATE_DMA_REGION ")
		t:append_text(", CREATE_DMA_REGION")
		if pinfo.private.pv_dir == "to_host" then
			dissect_create_dma_region_req(buf, t, 0, len)
		else
			dissect_create_dma_region_resp(buf, t, 0, len)
		end
	elseif ty == 26 then
		pinfo.cols.info:append("DMA_REGION_ADD_PAGES ")
		t:append_text(", DMA_REGION_ADD_PAGES")
		if pinfo.private.pv_dir == "to_host" then
			dissect_dma_region_add_pages_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 27 then
		pinfo.cols.info:append("DESTROY_DMA_REGION ")
		t:append_text(", DESTROY_DMA_REGION")
		if pinfo.private.pv_dir == "to_host" then
			dissect_destroy_dma_region_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 29 then
		pinfo.cols.info:append("CREATE_PD ")
		t:append_text(", CREATE_PD")
		if pinfo.private.pv_dir == "to_host" then
			dissect_create_pd_req(buf, t, 0, len)
		else
			dissect_create_pd_resp(buf, t, 0, len)
		end
	elseif ty == 30 then
		pinfo.cols.info:append("DESTROY_PD ")
		t:append_text(", DESTROY_PD")
		if pinfo.private.pv_dir == "to_host" then
			dissect_destroy_pd_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 31 then
		pinfo.cols.info:append("CREATE_MR ")
		t:append_text(", CREATE_MR")
		if pinfo.private.pv_dir == "to_host" then
			dissect_create_mr_req(buf, t, 0, len)
		else
			dissect_create_mr_resp(buf, t, 0, len)
		end
	elseif ty == 32 then
		pinfo.cols.info:append("DESTROY_MR ")
		t:append_text(", DESTROY_MR")
		if pinfo.private.pv_dir == "to_host" then
			dissect_destroy_mr_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 81 then
		pinfo.cols.info:append("CHANGE_MSIX_FOR_EQ ")
		t:append_text(", CHANGE_MSIX_FOR_EQ")
		if pinfo.private.pv_dir == "to_host" then
			dissect_change_msix_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 84 then
		pinfo.cols.info:append("QUERY_HWC_TIMEOUT ")
		t:append_text(", QUERY_HWC_TIMEOUT")
		if pinfo.private.pv_dir == "to_host" then
			dissect_query_hwc_timeout_req(buf, t, 0, len)
		else
			dissect_query_hwc_timeout_resp(buf, t, 0, len)
		end
	elseif ty == 131073 then
		pinfo.cols.info:append("QUERY_DEV_CONFIG ")
		t:append_text(", QUERY_DEV_CONFIG")
		if pinfo.private.pv_dir == "to_host" then
			dissect_query_dev_config_req(buf, t, 0, len)
		else
			dissect_query_dev_config_resp(buf, t, 0, len)
		end
	elseif ty == 131074 then
		pinfo.cols.info:append("QUERY_GF_STAT ")
		t:append_text(", QUERY_GF_STAT")
		if pinfo.private.pv_dir == "to_host" then
			dissect_query_gf_stat_req(buf, t, 0, len)
		else
			dissect_query_gf_stat_resp(buf, t, 0, len)
		end
	elseif ty == 131075 then
		pinfo.cols.info:append("CONFIG_VPORT_TX ")
		t:append_text(", CONFIG_VPORT_TX")
		if pinfo.private.pv_dir == "to_host" then
			dissect_config_vport_tx_req(buf, t, 0, len)
		else
			dissect_config_vport_tx_resp(buf, t, 0, len)
		end
	elseif ty == 131076 then
		pinfo.cols.info:append("CREATE_WQ_OBJ ")
		t:append_text(", CREATE_WQ_OBJ")
		if pinfo.private.pv_dir == "to_host" then
			dissect_create_wq_obj_req(buf, t, 0, len)
		else
			dissect_create_wq_obj_resp(buf, t, 0, len)
		end
	elseif ty == 131077 then
		pinfo.cols.info:append("DESTROY_WQ_OBJ ")
		t:append_text(", DESTROY_WQ_OBJ")
		if pinfo.private.pv_dir == "to_host" then
			dissect_destroy_wq_obj_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 131078 then
		pinfo.cols.info:append("FENCE_RQ ")
		t:append_text(", FENCE_RQ")
		if pinfo.private.pv_dir == "to_host" then
			dissect_fence_rq_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 131079 then
		pinfo.cols.info:append("CONFIG_VPORT_RX ")
		t:append_text(", CONFIG_VPORT_RX")
		if pinfo.private.pv_dir == "to_host" then
			dissect_config_vport_rx_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 131080 then
		pinfo.cols.info:append("QUERY_VPORT_CONFIG ")
		t:append_text(", QUERY_VPORT_CONFIG")
		if pinfo.private.pv_dir == "to_host" then
			dissect_query_vport_config_req(buf, t, 0, len)
		else
			dissect_query_vport_config_resp(buf, t, 0, len)
		end
	elseif ty == 163840 then
		pinfo.cols.info:append("REGISTER_FILTER ")
		t:append_text(", REGISTER_FILTER")
		if pinfo.private.pv_dir == "to_host" then
			dissect_register_filter_req(buf, t, 0, len)
		else
			dissect_handle_resp(buf, t, 0, len)
		end
	elseif ty == 163841 then
		pinfo.cols.info:append("DEREGISTER_FILTER ")
		t:append_text(", DEREGISTER_FILTER")
		if pinfo.private.pv_dir == "to_host" then
			dissect_handle_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	elseif ty == 163843 then
		pinfo.cols.info:append("REGISTER_HW_PORT ")
		t:append_text(", REGISTER_HW_PORT")
		if pinfo.private.pv_dir == "to_host" then
			dissect_register_hw_port_req(buf, t, 0, len)
		else
			dissect_handle_resp(buf, t, 0, len)
		end
	elseif ty == 163844 then
		pinfo.cols.info:append("DEREGISTER_HW_PORT ")
		t:append_text(", DEREGISTER_HW_PORT")
		if pinfo.private.pv_dir == "to_host" then
			dissect_handle_req(buf, t, 0, len)
		else
			dissect_general_resp(buf, t, 0, len)
		end
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
