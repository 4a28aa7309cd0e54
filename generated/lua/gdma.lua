-- DO NOT EDIT: generated from spec/gdma.yaml by codegen/pvgen.py.
-- Wireshark dissector for GDMA (MANA hardware interface).

local proto = Proto("pv_gdma", "GDMA (MANA hardware interface)")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.regmap_micro_version = ProtoField.uint16("pv_gdma.regmap.micro_version", "micro_version", base.DEC, nil)
F.regmap_minor_version = ProtoField.uint8("pv_gdma.regmap.minor_version", "minor_version", base.DEC, nil)
F.regmap_major_version = ProtoField.uint8("pv_gdma.regmap.major_version", "major_version", base.DEC, nil)
F.regmap_reserved0 = ProtoField.uint32("pv_gdma.regmap.reserved0", "reserved0", base.DEC, nil)
F.regmap_db_page_offset = ProtoField.uint64("pv_gdma.regmap.db_page_offset", "db_page_offset", base.HEX, nil)
F.regmap_db_page_size = ProtoField.uint16("pv_gdma.regmap.db_page_size", "db_page_size", base.DEC, nil)
F.regmap_reserved1 = ProtoField.uint16("pv_gdma.regmap.reserved1", "reserved1", base.DEC, nil)
F.regmap_reserved2 = ProtoField.uint32("pv_gdma.regmap.reserved2", "reserved2", base.DEC, nil)
F.regmap_shm_offset = ProtoField.uint64("pv_gdma.regmap.shm_offset", "shm_offset", base.HEX, nil)
F.regmap_shm_size = ProtoField.uint16("pv_gdma.regmap.shm_size", "shm_size", base.DEC, nil)
F.regmap_reserved3 = ProtoField.uint16("pv_gdma.regmap.reserved3", "reserved3", base.DEC, nil)
F.regmap_reserved4 = ProtoField.uint32("pv_gdma.regmap.reserved4", "reserved4", base.DEC, nil)
F.smc_hdr_hdr = ProtoField.uint32("pv_gdma.smc_hdr.hdr", "hdr", base.DEC, nil)
F.smc_hdr_hdr_msg_type = ProtoField.uint32("pv_gdma.smc_hdr.msg_type", "msg_type", base.DEC, nil)
F.smc_hdr_hdr_msg_version = ProtoField.uint32("pv_gdma.smc_hdr.msg_version", "msg_version", base.DEC, nil)
F.smc_hdr_hdr_direction = ProtoField.uint32("pv_gdma.smc_hdr.direction", "direction", base.DEC, nil)
F.smc_hdr_hdr_status = ProtoField.uint32("pv_gdma.smc_hdr.status", "status", base.DEC, nil)
F.smc_hdr_hdr_reset_vf = ProtoField.uint32("pv_gdma.smc_hdr.reset_vf", "reset_vf", base.DEC, nil)
F.smc_hdr_hdr_owner_is_pf = ProtoField.uint32("pv_gdma.smc_hdr.owner_is_pf", "owner_is_pf", base.DEC, nil)
F.smc_establish_hwc_eq_pfn = ProtoField.uint16("pv_gdma.smc_establish_hwc.eq_pfn", "eq_pfn", base.DEC, nil)
F.smc_establish_hwc_cq_pfn = ProtoField.uint16("pv_gdma.smc_establish_hwc.cq_pfn", "cq_pfn", base.DEC, nil)
F.smc_establish_hwc_rq_pfn = ProtoField.uint16("pv_gdma.smc_establish_hwc.rq_pfn", "rq_pfn", base.DEC, nil)
F.smc_establish_hwc_sq_pfn = ProtoField.uint16("pv_gdma.smc_establish_hwc.sq_pfn", "sq_pfn", base.DEC, nil)
F.smc_establish_hwc_pfn_high = ProtoField.uint16("pv_gdma.smc_establish_hwc.pfn_high", "pfn_high", base.DEC, nil)
F.smc_establish_hwc_pfn_high_eq_high = ProtoField.uint32("pv_gdma.smc_establish_hwc.eq_high", "eq_high", base.DEC, nil)
F.smc_establish_hwc_pfn_high_cq_high = ProtoField.uint32("pv_gdma.smc_establish_hwc.cq_high", "cq_high", base.DEC, nil)
F.smc_establish_hwc_pfn_high_rq_high = ProtoField.uint32("pv_gdma.smc_establish_hwc.rq_high", "rq_high", base.DEC, nil)
F.smc_establish_hwc_pfn_high_sq_high = ProtoField.uint32("pv_gdma.smc_establish_hwc.sq_high", "sq_high", base.DEC, nil)
F.smc_establish_hwc_msix = ProtoField.uint16("pv_gdma.smc_establish_hwc.msix", "msix", base.DEC, nil)
F.smc_establish_hwc_hdr = ProtoField.none("pv_gdma.smc_establish_hwc.hdr", "hdr")
F.smc_aperture_data = ProtoField.uint32("pv_gdma.smc_aperture.data", "data", base.DEC, nil)
F.smc_aperture_hdr = ProtoField.none("pv_gdma.smc_aperture.hdr", "hdr")
F.doorbell_wq_value = ProtoField.uint64("pv_gdma.doorbell_wq.value", "value", base.HEX, nil)
F.doorbell_wq_value_wq_id = ProtoField.uint32("pv_gdma.doorbell_wq.wq_id", "wq_id", base.DEC, nil)
F.doorbell_wq_value_wqe_cnt = ProtoField.uint32("pv_gdma.doorbell_wq.wqe_cnt", "wqe_cnt", base.DEC, nil)
F.doorbell_wq_value_wq_tail = ProtoField.uint32("pv_gdma.doorbell_wq.wq_tail", "wq_tail", base.DEC, nil)
F.doorbell_cq_value = ProtoField.uint64("pv_gdma.doorbell_cq.value", "value", base.HEX, nil)
F.doorbell_cq_value_cq_id = ProtoField.uint32("pv_gdma.doorbell_cq.cq_id", "cq_id", base.DEC, nil)
F.doorbell_cq_value_cq_tail = ProtoField.uint32("pv_gdma.doorbell_cq.cq_tail", "cq_tail", base.DEC, nil)
F.doorbell_cq_value_cq_arm = ProtoField.uint32("pv_gdma.doorbell_cq.cq_arm", "cq_arm", base.DEC, nil)
F.doorbell_eq_value = ProtoField.uint64("pv_gdma.doorbell_eq.value", "value", base.HEX, nil)
F.doorbell_eq_value_eq_id = ProtoField.uint32("pv_gdma.doorbell_eq.eq_id", "eq_id", base.DEC, nil)
F.doorbell_eq_value_eq_tail = ProtoField.uint32("pv_gdma.doorbell_eq.eq_tail", "eq_tail", base.DEC, nil)
F.doorbell_eq_value_eq_arm = ProtoField.uint32("pv_gdma.doorbell_eq.eq_arm", "eq_arm", base.DEC, nil)
F.wqe_header_w0 = ProtoField.uint32("pv_gdma.wqe_header.w0", "w0", base.DEC, nil)
F.wqe_header_w0_last_vbytes = ProtoField.uint32("pv_gdma.wqe_header.last_vbytes", "last_vbytes", base.DEC, nil)
F.wqe_header_params = ProtoField.uint32("pv_gdma.wqe_header.params", "params", base.DEC, nil)
F.wqe_header_params_num_sge = ProtoField.uint32("pv_gdma.wqe_header.num_sge", "num_sge", base.DEC, nil)
F.wqe_header_params_inline_oob_size_div4 = ProtoField.uint32("pv_gdma.wqe_header.inline_oob_size_div4", "inline_oob_size_div4", base.DEC, nil)
F.wqe_header_params_client_oob_in_sgl = ProtoField.uint32("pv_gdma.wqe_header.client_oob_in_sgl", "client_oob_in_sgl", base.DEC, nil)
F.wqe_header_params_client_data_unit = ProtoField.uint32("pv_gdma.wqe_header.client_data_unit", "client_data_unit", base.DEC, nil)
F.wqe_header_params_sgl_direct = ProtoField.uint32("pv_gdma.wqe_header.sgl_direct", "sgl_direct", base.DEC, nil)
F.sge_address = ProtoField.uint64("pv_gdma.sge.address", "address", base.HEX, nil)
F.sge_mem_key = ProtoField.uint32("pv_gdma.sge.mem_key", "mem_key", base.DEC, nil)
F.sge_size = ProtoField.uint32("pv_gdma.sge.size", "size", base.DEC, nil)
F.cqe_data = ProtoField.bytes("pv_gdma.cqe.data", "data")
F.cqe_info = ProtoField.uint32("pv_gdma.cqe.info", "info", base.DEC, nil)
F.cqe_info_wq_num = ProtoField.uint32("pv_gdma.cqe.wq_num", "wq_num", base.DEC, nil)
F.cqe_info_is_sq = ProtoField.uint32("pv_gdma.cqe.is_sq", "is_sq", base.DEC, nil)
F.cqe_info_cqe_owner = ProtoField.uint32("pv_gdma.cqe.cqe_owner", "cqe_owner", base.DEC, nil)
F.eqe_details = ProtoField.uint32("pv_gdma.eqe.details", "details", base.DEC, nil)
F.eqe_info = ProtoField.uint32("pv_gdma.eqe.info", "info", base.DEC, nil)
F.eqe_info_eqe_type = ProtoField.uint32("pv_gdma.eqe.eqe_type", "eqe_type", base.DEC, nil)
F.eqe_info_client_id = ProtoField.uint32("pv_gdma.eqe.client_id", "client_id", base.DEC, nil)
F.eqe_info_eqe_owner = ProtoField.uint32("pv_gdma.eqe.eqe_owner", "eqe_owner", base.DEC, nil)
F.event_eq_id_db_eq_id = ProtoField.uint16("pv_gdma.event_eq_id_db.eq_id", "eq_id", base.HEX, nil)
F.event_eq_id_db_doorbell = ProtoField.uint16("pv_gdma.event_eq_id_db.doorbell", "doorbell", base.DEC, nil)
F.event_eq_id_db_reserved = ProtoField.uint32("pv_gdma.event_eq_id_db.reserved", "reserved", base.DEC, nil)
F.event_type_data_w0 = ProtoField.uint32("pv_gdma.event_type_data.w0", "w0", base.DEC, nil)
F.event_type_data_w0_data_value = ProtoField.uint32("pv_gdma.event_type_data.data_value", "data_value", base.DEC, nil)
F.event_type_data_w0_data_type = ProtoField.uint32("pv_gdma.event_type_data.data_type", "data_type", base.DEC, nil)
F.event_type_data_reserved = ProtoField.uint32("pv_gdma.event_type_data.reserved", "reserved", base.DEC, nil)
F.event_completion_w0 = ProtoField.uint32("pv_gdma.event_completion.w0", "w0", base.DEC, nil)
F.event_completion_w0_event_cq_id = ProtoField.uint32("pv_gdma.event_completion.event_cq_id", "event_cq_id", base.DEC, nil)
F.event_completion_reserved = ProtoField.uint32("pv_gdma.event_completion.reserved", "reserved", base.DEC, nil)
F.hwc_tx_oob_reserved1 = ProtoField.uint32("pv_gdma.hwc_tx_oob.reserved1", "reserved1", base.DEC, nil)
F.hwc_tx_oob_reserved2 = ProtoField.uint32("pv_gdma.hwc_tx_oob.reserved2", "reserved2", base.DEC, nil)
F.hwc_tx_oob_w2 = ProtoField.uint32("pv_gdma.hwc_tx_oob.w2", "w2", base.DEC, nil)
F.hwc_tx_oob_w2_vrq_id = ProtoField.uint32("pv_gdma.hwc_tx_oob.vrq_id", "vrq_id", base.DEC, nil)
F.hwc_tx_oob_w2_dest_vfid = ProtoField.uint32("pv_gdma.hwc_tx_oob.dest_vfid", "dest_vfid", base.DEC, nil)
F.hwc_tx_oob_w3 = ProtoField.uint32("pv_gdma.hwc_tx_oob.w3", "w3", base.DEC, nil)
F.hwc_tx_oob_w3_vrcq_id = ProtoField.uint32("pv_gdma.hwc_tx_oob.vrcq_id", "vrcq_id", base.DEC, nil)
F.hwc_tx_oob_w4 = ProtoField.uint32("pv_gdma.hwc_tx_oob.w4", "w4", base.DEC, nil)
F.hwc_tx_oob_w4_vscq_id = ProtoField.uint32("pv_gdma.hwc_tx_oob.vscq_id", "vscq_id", base.DEC, nil)
F.hwc_tx_oob_w4_loopback = ProtoField.uint32("pv_gdma.hwc_tx_oob.loopback", "loopback", base.DEC, nil)
F.hwc_tx_oob_w4_lso_override = ProtoField.uint32("pv_gdma.hwc_tx_oob.lso_override", "lso_override", base.DEC, nil)
F.hwc_tx_oob_w4_dest_pf = ProtoField.uint32("pv_gdma.hwc_tx_oob.dest_pf", "dest_pf", base.DEC, nil)
F.hwc_tx_oob_w5 = ProtoField.uint32("pv_gdma.hwc_tx_oob.w5", "w5", base.DEC, nil)
F.hwc_tx_oob_w5_vsq_id = ProtoField.uint32("pv_gdma.hwc_tx_oob.vsq_id", "vsq_id", base.DEC, nil)
F.hwc_rx_oob_w0 = ProtoField.uint32("pv_gdma.hwc_rx_oob.w0", "w0", base.DEC, nil)
F.hwc_rx_oob_w0_oob_type = ProtoField.uint32("pv_gdma.hwc_rx_oob.oob_type", "oob_type", base.DEC, nil)
F.hwc_rx_oob_w0_eom = ProtoField.uint32("pv_gdma.hwc_rx_oob.eom", "eom", base.DEC, nil)
F.hwc_rx_oob_w0_som = ProtoField.uint32("pv_gdma.hwc_rx_oob.som", "som", base.DEC, nil)
F.hwc_rx_oob_w0_vendor_err = ProtoField.uint32("pv_gdma.hwc_rx_oob.vendor_err", "vendor_err", base.DEC, nil)
F.hwc_rx_oob_w1 = ProtoField.uint32("pv_gdma.hwc_rx_oob.w1", "w1", base.DEC, nil)
F.hwc_rx_oob_w1_src_virt_wq = ProtoField.uint32("pv_gdma.hwc_rx_oob.src_virt_wq", "src_virt_wq", base.DEC, nil)
F.hwc_rx_oob_w1_src_vfid = ProtoField.uint32("pv_gdma.hwc_rx_oob.src_vfid", "src_vfid", base.DEC, nil)
F.hwc_rx_oob_reserved2 = ProtoField.uint32("pv_gdma.hwc_rx_oob.reserved2", "reserved2", base.DEC, nil)
F.hwc_rx_oob_wqe_offset = ProtoField.uint32("pv_gdma.hwc_rx_oob.wqe_offset", "wqe_offset", base.DEC, nil)
F.hwc_rx_oob_wqe_addr_high = ProtoField.uint32("pv_gdma.hwc_rx_oob.wqe_addr_high", "wqe_addr_high", base.DEC, nil)
F.hwc_rx_oob_w5 = ProtoField.uint32("pv_gdma.hwc_rx_oob.w5", "w5", base.DEC, nil)
F.hwc_rx_oob_w5_client_data_unit = ProtoField.uint32("pv_gdma.hwc_rx_oob.client_data_unit", "client_data_unit", base.DEC, nil)
F.hwc_rx_oob_tx_oob_data_size = ProtoField.uint32("pv_gdma.hwc_rx_oob.tx_oob_data_size", "tx_oob_data_size", base.DEC, nil)
F.hwc_rx_oob_w7 = ProtoField.uint32("pv_gdma.hwc_rx_oob.w7", "w7", base.DEC, nil)
F.hwc_rx_oob_w7_chunk_offset = ProtoField.uint32("pv_gdma.hwc_rx_oob.chunk_offset", "chunk_offset", base.DEC, nil)
F.trace_smc_kind = ProtoField.uint8("pv_gdma.trace_smc.kind", "kind", base.DEC, nil)
F.trace_smc_pad0 = ProtoField.uint8("pv_gdma.trace_smc.pad0", "pad0", base.DEC, nil)
F.trace_smc_bar_offset = ProtoField.uint32("pv_gdma.trace_smc.bar_offset", "bar_offset", base.DEC, nil)
F.trace_smc_smc = ProtoField.none("pv_gdma.trace_smc.smc", "smc")
F.trace_wqe_kind = ProtoField.uint8("pv_gdma.trace_wqe.kind", "kind", base.DEC, nil)
F.trace_wqe_queue_type = ProtoField.uint8("pv_gdma.trace_wqe.queue_type", "queue_type", base.DEC, nil)
F.trace_wqe_pad1 = ProtoField.uint16("pv_gdma.trace_wqe.pad1", "pad1", base.DEC, nil)
F.trace_wqe_queue_id = ProtoField.uint32("pv_gdma.trace_wqe.queue_id", "queue_id", base.HEX, nil)
F.trace_wqe_wqe_offset = ProtoField.uint32("pv_gdma.trace_wqe.wqe_offset", "wqe_offset", base.DEC, nil)
F.trace_wqe_wqe_len = ProtoField.uint32("pv_gdma.trace_wqe.wqe_len", "wqe_len", base.DEC, nil)
F.trace_wqe_header = ProtoField.none("pv_gdma.trace_wqe.header", "header")
F.trace_cqe_kind = ProtoField.uint8("pv_gdma.trace_cqe.kind", "kind", base.DEC, nil)
F.trace_cqe_pad2 = ProtoField.uint8("pv_gdma.trace_cqe.pad2", "pad2", base.DEC, nil)
F.trace_cqe_queue_id = ProtoField.uint32("pv_gdma.trace_cqe.queue_id", "queue_id", base.HEX, nil)
F.trace_cqe_index = ProtoField.uint32("pv_gdma.trace_cqe.index", "index", base.DEC, nil)
F.trace_cqe_pad3 = ProtoField.uint32("pv_gdma.trace_cqe.pad3", "pad3", base.DEC, nil)
F.trace_cqe_entry = ProtoField.none("pv_gdma.trace_cqe.entry", "entry")
F.trace_eqe_kind = ProtoField.uint8("pv_gdma.trace_eqe.kind", "kind", base.DEC, nil)
F.trace_eqe_pad4 = ProtoField.uint8("pv_gdma.trace_eqe.pad4", "pad4", base.DEC, nil)
F.trace_eqe_queue_id = ProtoField.uint32("pv_gdma.trace_eqe.queue_id", "queue_id", base.HEX, nil)
F.trace_eqe_index = ProtoField.uint32("pv_gdma.trace_eqe.index", "index", base.DEC, nil)
F.trace_eqe_pad5 = ProtoField.uint32("pv_gdma.trace_eqe.pad5", "pad5", base.DEC, nil)
F.trace_eqe_entry = ProtoField.none("pv_gdma.trace_eqe.entry", "entry")
F.trace_doorbell_kind = ProtoField.uint8("pv_gdma.trace_doorbell.kind", "kind", base.DEC, nil)
F.trace_doorbell_queue_type = ProtoField.uint8("pv_gdma.trace_doorbell.queue_type", "queue_type", base.DEC, nil)
F.trace_doorbell_pad6 = ProtoField.uint16("pv_gdma.trace_doorbell.pad6", "pad6", base.DEC, nil)
F.trace_doorbell_page = ProtoField.uint32("pv_gdma.trace_doorbell.page", "page", base.DEC, nil)
F.trace_doorbell_page_offset = ProtoField.uint32("pv_gdma.trace_doorbell.page_offset", "page_offset", base.DEC, nil)
F.trace_doorbell_pad7 = ProtoField.uint32("pv_gdma.trace_doorbell.pad7", "pad7", base.DEC, nil)
F.trace_doorbell_value = ProtoField.uint64("pv_gdma.trace_doorbell.value", "value", base.HEX, nil)
proto.fields = {
	F.regmap_micro_version,
	F.regmap_minor_version,
	F.regmap_major_version,
	F.regmap_reserved0,
	F.regmap_db_page_offset,
	F.regmap_db_page_size,
	F.regmap_reserved1,
	F.regmap_reserved2,
	F.regmap_shm_offset,
	F.regmap_shm_size,
	F.regmap_reserved3,
	F.regmap_reserved4,
	F.smc_hdr_hdr,
	F.smc_hdr_hdr_msg_type,
	F.smc_hdr_hdr_msg_version,
	F.smc_hdr_hdr_direction,
	F.smc_hdr_hdr_status,
	F.smc_hdr_hdr_reset_vf,
	F.smc_hdr_hdr_owner_is_pf,
	F.smc_establish_hwc_eq_pfn,
	F.smc_establish_hwc_cq_pfn,
	F.smc_establish_hwc_rq_pfn,
	F.smc_establish_hwc_sq_pfn,
	F.smc_establish_hwc_pfn_high,
	F.smc_establish_hwc_pfn_high_eq_high,
	F.smc_establish_hwc_pfn_high_cq_high,
	F.smc_establish_hwc_pfn_high_rq_high,
	F.smc_establish_hwc_pfn_high_sq_high,
	F.smc_establish_hwc_msix,
	F.smc_establish_hwc_hdr,
	F.smc_aperture_data,
	F.smc_aperture_hdr,
	F.doorbell_wq_value,
	F.doorbell_wq_value_wq_id,
	F.doorbell_wq_value_wqe_cnt,
	F.doorbell_wq_value_wq_tail,
	F.doorbell_cq_value,
	F.doorbell_cq_value_cq_id,
	F.doorbell_cq_value_cq_tail,
	F.doorbell_cq_value_cq_arm,
	F.doorbell_eq_value,
	F.doorbell_eq_value_eq_id,
	F.doorbell_eq_value_eq_tail,
	F.doorbell_eq_value_eq_arm,
	F.wqe_header_w0,
	F.wqe_header_w0_last_vbytes,
	F.wqe_header_params,
	F.wqe_header_params_num_sge,
	F.wqe_header_params_inline_oob_size_div4,
	F.wqe_header_params_client_oob_in_sgl,
	F.wqe_header_params_client_data_unit,
	F.wqe_header_params_sgl_direct,
	F.sge_address,
	F.sge_mem_key,
	F.sge_size,
	F.cqe_data,
	F.cqe_info,
	F.cqe_info_wq_num,
	F.cqe_info_is_sq,
	F.cqe_info_cqe_owner,
	F.eqe_details,
	F.eqe_info,
	F.eqe_info_eqe_type,
	F.eqe_info_client_id,
	F.eqe_info_eqe_owner,
	F.event_eq_id_db_eq_id,
	F.event_eq_id_db_doorbell,
	F.event_eq_id_db_reserved,
	F.event_type_data_w0,
	F.event_type_data_w0_data_value,
	F.event_type_data_w0_data_type,
	F.event_type_data_reserved,
	F.event_completion_w0,
	F.event_completion_w0_event_cq_id,
	F.event_completion_reserved,
	F.hwc_tx_oob_reserved1,
	F.hwc_tx_oob_reserved2,
	F.hwc_tx_oob_w2,
	F.hwc_tx_oob_w2_vrq_id,
	F.hwc_tx_oob_w2_dest_vfid,
	F.hwc_tx_oob_w3,
	F.hwc_tx_oob_w3_vrcq_id,
	F.hwc_tx_oob_w4,
	F.hwc_tx_oob_w4_vscq_id,
	F.hwc_tx_oob_w4_loopback,
	F.hwc_tx_oob_w4_lso_override,
	F.hwc_tx_oob_w4_dest_pf,
	F.hwc_tx_oob_w5,
	F.hwc_tx_oob_w5_vsq_id,
	F.hwc_rx_oob_w0,
	F.hwc_rx_oob_w0_oob_type,
	F.hwc_rx_oob_w0_eom,
	F.hwc_rx_oob_w0_som,
	F.hwc_rx_oob_w0_vendor_err,
	F.hwc_rx_oob_w1,
	F.hwc_rx_oob_w1_src_virt_wq,
	F.hwc_rx_oob_w1_src_vfid,
	F.hwc_rx_oob_reserved2,
	F.hwc_rx_oob_wqe_offset,
	F.hwc_rx_oob_wqe_addr_high,
	F.hwc_rx_oob_w5,
	F.hwc_rx_oob_w5_client_data_unit,
	F.hwc_rx_oob_tx_oob_data_size,
	F.hwc_rx_oob_w7,
	F.hwc_rx_oob_w7_chunk_offset,
	F.trace_smc_kind,
	F.trace_smc_pad0,
	F.trace_smc_bar_offset,
	F.trace_smc_smc,
	F.trace_wqe_kind,
	F.trace_wqe_queue_type,
	F.trace_wqe_pad1,
	F.trace_wqe_queue_id,
	F.trace_wqe_wqe_offset,
	F.trace_wqe_wqe_len,
	F.trace_wqe_header,
	F.trace_cqe_kind,
	F.trace_cqe_pad2,
	F.trace_cqe_queue_id,
	F.trace_cqe_index,
	F.trace_cqe_pad3,
	F.trace_cqe_entry,
	F.trace_eqe_kind,
	F.trace_eqe_pad4,
	F.trace_eqe_queue_id,
	F.trace_eqe_index,
	F.trace_eqe_pad5,
	F.trace_eqe_entry,
	F.trace_doorbell_kind,
	F.trace_doorbell_queue_type,
	F.trace_doorbell_pad6,
	F.trace_doorbell_page,
	F.trace_doorbell_page_offset,
	F.trace_doorbell_pad7,
	F.trace_doorbell_value,
}

local function dissect_regmap(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "regmap: short (" .. len .. " < 40)")
		return len
	end
	tree:add_le(F.regmap_micro_version, buf(off + 0, 2))
	tree:add_le(F.regmap_minor_version, buf(off + 2, 1))
	tree:add_le(F.regmap_major_version, buf(off + 3, 1))
	tree:add_le(F.regmap_reserved0, buf(off + 4, 4))
	tree:add_le(F.regmap_db_page_offset, buf(off + 8, 8))
	tree:add_le(F.regmap_db_page_size, buf(off + 16, 2))
	tree:add_le(F.regmap_reserved1, buf(off + 18, 2))
	tree:add_le(F.regmap_reserved2, buf(off + 20, 4))
	tree:add_le(F.regmap_shm_offset, buf(off + 24, 8))
	tree:add_le(F.regmap_shm_size, buf(off + 32, 2))
	tree:add_le(F.regmap_reserved3, buf(off + 34, 2))
	tree:add_le(F.regmap_reserved4, buf(off + 36, 4))
	return 40
end

local function dissect_smc_hdr(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "smc_hdr: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.smc_hdr_hdr, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.smc_hdr_hdr_msg_type, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x7))
		tree:add(F.smc_hdr_hdr_msg_version, buf(off + 0, 4), bit.band(bit.rshift(v, 3), 0x7))
		tree:add(F.smc_hdr_hdr_direction, buf(off + 0, 4), bit.band(bit.rshift(v, 7), 0x1))
		tree:add(F.smc_hdr_hdr_status, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0xff))
		tree:add(F.smc_hdr_hdr_reset_vf, buf(off + 0, 4), bit.band(bit.rshift(v, 24), 0x1))
		tree:add(F.smc_hdr_hdr_owner_is_pf, buf(off + 0, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	return 4
end

local function dissect_smc_establish_hwc(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "smc_establish_hwc: short (" .. len .. " < 32)")
		return len
	end
	tree:add_le(F.smc_establish_hwc_eq_pfn, buf(off + 0, 2))
	tree:add_le(F.smc_establish_hwc_eq_pfn, buf(off + 2, 2))
	tree:add_le(F.smc_establish_hwc_eq_pfn, buf(off + 4, 2))
	tree:add_le(F.smc_establish_hwc_cq_pfn, buf(off + 6, 2))
	tree:add_le(F.smc_establish_hwc_cq_pfn, buf(off + 8, 2))
	tree:add_le(F.smc_establish_hwc_cq_pfn, buf(off + 10, 2))
	tree:add_le(F.smc_establish_hwc_rq_pfn, buf(off + 12, 2))
	tree:add_le(F.smc_establish_hwc_rq_pfn, buf(off + 14, 2))
	tree:add_le(F.smc_establish_hwc_rq_pfn, buf(off + 16, 2))
	tree:add_le(F.smc_establish_hwc_sq_pfn, buf(off + 18, 2))
	tree:add_le(F.smc_establish_hwc_sq_pfn, buf(off + 20, 2))
	tree:add_le(F.smc_establish_hwc_sq_pfn, buf(off + 22, 2))
	tree:add_le(F.smc_establish_hwc_pfn_high, buf(off + 24, 2))
	do
		local v = buf(off + 24, 2):le_uint()
		tree:add(F.smc_establish_hwc_pfn_high_eq_high, buf(off + 24, 2), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.smc_establish_hwc_pfn_high_cq_high, buf(off + 24, 2), bit.band(bit.rshift(v, 4), 0xf))
		tree:add(F.smc_establish_hwc_pfn_high_rq_high, buf(off + 24, 2), bit.band(bit.rshift(v, 8), 0xf))
		tree:add(F.smc_establish_hwc_pfn_high_sq_high, buf(off + 24, 2), bit.band(bit.rshift(v, 12), 0xf))
	end
	tree:add_le(F.smc_establish_hwc_msix, buf(off + 26, 2))
	do
		local sub = tree:add(F.smc_establish_hwc_hdr, buf(off + 28, 4))
		dissect_smc_hdr(buf, sub, off + 28, 4)
	end
	return 32
end

local function dissect_smc_aperture(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "smc_aperture: short (" .. len .. " < 32)")
		return len
	end
	tree:add_le(F.smc_aperture_data, buf(off + 0, 4))
	tree:add_le(F.smc_aperture_data, buf(off + 4, 4))
	tree:add_le(F.smc_aperture_data, buf(off + 8, 4))
	tree:add_le(F.smc_aperture_data, buf(off + 12, 4))
	tree:add_le(F.smc_aperture_data, buf(off + 16, 4))
	tree:add_le(F.smc_aperture_data, buf(off + 20, 4))
	tree:add_le(F.smc_aperture_data, buf(off + 24, 4))
	do
		local sub = tree:add(F.smc_aperture_hdr, buf(off + 28, 4))
		dissect_smc_hdr(buf, sub, off + 28, 4)
	end
	return 32
end

local function dissect_doorbell_wq(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "doorbell_wq: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.doorbell_wq_value, buf(off + 0, 8))
	do
		local v = buf(off + 0, 8):le_uint64()
		tree:add(F.doorbell_wq_value_wq_id, buf(off + 0, 8), v:rshift(0):band(0xffffff):tonumber())
		tree:add(F.doorbell_wq_value_wqe_cnt, buf(off + 0, 8), v:rshift(24):band(0xff):tonumber())
		tree:add(F.doorbell_wq_value_wq_tail, buf(off + 0, 8), v:rshift(32):band(0xffffffff):tonumber())
	end
	return 8
end

local function dissect_doorbell_cq(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "doorbell_cq: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.doorbell_cq_value, buf(off + 0, 8))
	do
		local v = buf(off + 0, 8):le_uint64()
		tree:add(F.doorbell_cq_value_cq_id, buf(off + 0, 8), v:rshift(0):band(0xffffff):tonumber())
		tree:add(F.doorbell_cq_value_cq_tail, buf(off + 0, 8), v:rshift(32):band(0x7fffffff):tonumber())
		tree:add(F.doorbell_cq_value_cq_arm, buf(off + 0, 8), v:rshift(63):band(0x1):tonumber())
	end
	return 8
end

local function dissect_doorbell_eq(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "doorbell_eq: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.doorbell_eq_value, buf(off + 0, 8))
	do
		local v = buf(off + 0, 8):le_uint64()
		tree:add(F.doorbell_eq_value_eq_id, buf(off + 0, 8), v:rshift(0):band(0xffff):tonumber())
		tree:add(F.doorbell_eq_value_eq_tail, buf(off + 0, 8), v:rshift(32):band(0x7fffffff):tonumber())
		tree:add(F.doorbell_eq_value_eq_arm, buf(off + 0, 8), v:rshift(63):band(0x1):tonumber())
	end
	return 8
end

local function dissect_wqe_header(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "wqe_header: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.wqe_header_w0, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.wqe_header_w0_last_vbytes, buf(off + 0, 4), bit.band(bit.rshift(v, 24), 0xff))
	end
	tree:add_le(F.wqe_header_params, buf(off + 4, 4))
	do
		local v = buf(off + 4, 4):le_uint()
		tree:add(F.wqe_header_params_num_sge, buf(off + 4, 4), bit.band(bit.rshift(v, 0), 0xff))
		tree:add(F.wqe_header_params_inline_oob_size_div4, buf(off + 4, 4), bit.band(bit.rshift(v, 8), 0x7))
		tree:add(F.wqe_header_params_client_oob_in_sgl, buf(off + 4, 4), bit.band(bit.rshift(v, 11), 0x1))
		tree:add(F.wqe_header_params_client_data_unit, buf(off + 4, 4), bit.band(bit.rshift(v, 16), 0x3fff))
		tree:add(F.wqe_header_params_sgl_direct, buf(off + 4, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	return 8
end

local function dissect_sge(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sge: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.sge_address, buf(off + 0, 8))
	tree:add_le(F.sge_mem_key, buf(off + 8, 4))
	tree:add_le(F.sge_size, buf(off + 12, 4))
	return 16
end

local function dissect_cqe(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cqe: short (" .. len .. " < 64)")
		return len
	end
	tree:add_le(F.cqe_data, buf(off + 0, 60))
	tree:add_le(F.cqe_info, buf(off + 60, 4))
	do
		local v = buf(off + 60, 4):le_uint()
		tree:add(F.cqe_info_wq_num, buf(off + 60, 4), bit.band(bit.rshift(v, 0), 0xffffff))
		tree:add(F.cqe_info_is_sq, buf(off + 60, 4), bit.band(bit.rshift(v, 24), 0x1))
		tree:add(F.cqe_info_cqe_owner, buf(off + 60, 4), bit.band(bit.rshift(v, 29), 0x7))
	end
	return 64
end

local function dissect_eqe(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "eqe: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.eqe_details, buf(off + 0, 4))
	tree:add_le(F.eqe_details, buf(off + 4, 4))
	tree:add_le(F.eqe_details, buf(off + 8, 4))
	tree:add_le(F.eqe_info, buf(off + 12, 4))
	do
		local v = buf(off + 12, 4):le_uint()
		tree:add(F.eqe_info_eqe_type, buf(off + 12, 4), bit.band(bit.rshift(v, 0), 0xff))
		tree:add(F.eqe_info_client_id, buf(off + 12, 4), bit.band(bit.rshift(v, 16), 0x3))
		tree:add(F.eqe_info_eqe_owner, buf(off + 12, 4), bit.band(bit.rshift(v, 29), 0x7))
	end
	return 16
end

local function dissect_event_eq_id_db(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "event_eq_id_db: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.event_eq_id_db_eq_id, buf(off + 0, 2))
	tree:add_le(F.event_eq_id_db_doorbell, buf(off + 2, 2))
	tree:add_le(F.event_eq_id_db_reserved, buf(off + 4, 4))
	tree:add_le(F.event_eq_id_db_reserved, buf(off + 8, 4))
	return 12
end

local function dissect_event_type_data(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "event_type_data: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.event_type_data_w0, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.event_type_data_w0_data_value, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0xffffff))
		tree:add(F.event_type_data_w0_data_type, buf(off + 0, 4), bit.band(bit.rshift(v, 24), 0xff))
	end
	tree:add_le(F.event_type_data_reserved, buf(off + 4, 4))
	tree:add_le(F.event_type_data_reserved, buf(off + 8, 4))
	return 12
end

local function dissect_event_completion(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "event_completion: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.event_completion_w0, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.event_completion_w0_event_cq_id, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0xffffff))
	end
	tree:add_le(F.event_completion_reserved, buf(off + 4, 4))
	tree:add_le(F.event_completion_reserved, buf(off + 8, 4))
	return 12
end

local function dissect_hwc_tx_oob(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "hwc_tx_oob: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.hwc_tx_oob_reserved1, buf(off + 0, 4))
	tree:add_le(F.hwc_tx_oob_reserved2, buf(off + 4, 4))
	tree:add_le(F.hwc_tx_oob_w2, buf(off + 8, 4))
	do
		local v = buf(off + 8, 4):le_uint()
		tree:add(F.hwc_tx_oob_w2_vrq_id, buf(off + 8, 4), bit.band(bit.rshift(v, 0), 0xffffff))
		tree:add(F.hwc_tx_oob_w2_dest_vfid, buf(off + 8, 4), bit.band(bit.rshift(v, 24), 0xff))
	end
	tree:add_le(F.hwc_tx_oob_w3, buf(off + 12, 4))
	do
		local v = buf(off + 12, 4):le_uint()
		tree:add(F.hwc_tx_oob_w3_vrcq_id, buf(off + 12, 4), bit.band(bit.rshift(v, 0), 0xffffff))
	end
	tree:add_le(F.hwc_tx_oob_w4, buf(off + 16, 4))
	do
		local v = buf(off + 16, 4):le_uint()
		tree:add(F.hwc_tx_oob_w4_vscq_id, buf(off + 16, 4), bit.band(bit.rshift(v, 0), 0xffffff))
		tree:add(F.hwc_tx_oob_w4_loopback, buf(off + 16, 4), bit.band(bit.rshift(v, 24), 0x1))
		tree:add(F.hwc_tx_oob_w4_lso_override, buf(off + 16, 4), bit.band(bit.rshift(v, 25), 0x1))
		tree:add(F.hwc_tx_oob_w4_dest_pf, buf(off + 16, 4), bit.band(bit.rshift(v, 26), 0x1))
	end
	tree:add_le(F.hwc_tx_oob_w5, buf(off + 20, 4))
	do
		local v = buf(off + 20, 4):le_uint()
		tree:add(F.hwc_tx_oob_w5_vsq_id, buf(off + 20, 4), bit.band(bit.rshift(v, 0), 0xffffff))
	end
	return 24
end

local function dissect_hwc_rx_oob(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "hwc_rx_oob: short (" .. len .. " < 32)")
		return len
	end
	tree:add_le(F.hwc_rx_oob_w0, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.hwc_rx_oob_w0_oob_type, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.hwc_rx_oob_w0_eom, buf(off + 0, 4), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.hwc_rx_oob_w0_som, buf(off + 0, 4), bit.band(bit.rshift(v, 7), 0x1))
		tree:add(F.hwc_rx_oob_w0_vendor_err, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0xff))
	end
	tree:add_le(F.hwc_rx_oob_w1, buf(off + 4, 4))
	do
		local v = buf(off + 4, 4):le_uint()
		tree:add(F.hwc_rx_oob_w1_src_virt_wq, buf(off + 4, 4), bit.band(bit.rshift(v, 0), 0xffffff))
		tree:add(F.hwc_rx_oob_w1_src_vfid, buf(off + 4, 4), bit.band(bit.rshift(v, 24), 0xff))
	end
	tree:add_le(F.hwc_rx_oob_reserved2, buf(off + 8, 4))
	tree:add_le(F.hwc_rx_oob_wqe_offset, buf(off + 12, 4))
	tree:add_le(F.hwc_rx_oob_wqe_addr_high, buf(off + 16, 4))
	tree:add_le(F.hwc_rx_oob_w5, buf(off + 20, 4))
	do
		local v = buf(off + 20, 4):le_uint()
		tree:add(F.hwc_rx_oob_w5_client_data_unit, buf(off + 20, 4), bit.band(bit.rshift(v, 0), 0x3fff))
	end
	tree:add_le(F.hwc_rx_oob_tx_oob_data_size, buf(off + 24, 4))
	tree:add_le(F.hwc_rx_oob_w7, buf(off + 28, 4))
	do
		local v = buf(off + 28, 4):le_uint()
		tree:add(F.hwc_rx_oob_w7_chunk_offset, buf(off + 28, 4), bit.band(bit.rshift(v, 0), 0x1fffff))
	end
	return 32
end

local function dissect_trace_smc(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "trace_smc: short (" .. len .. " < 40)")
		return len
	end
	tree:add_le(F.trace_smc_kind, buf(off + 0, 1))
	tree:add_le(F.trace_smc_pad0, buf(off + 1, 1))
	tree:add_le(F.trace_smc_pad0, buf(off + 2, 1))
	tree:add_le(F.trace_smc_pad0, buf(off + 3, 1))
	tree:add_le(F.trace_smc_bar_offset, buf(off + 4, 4))
	do
		local sub = tree:add(F.trace_smc_smc, buf(off + 8, 32))
		dissect_smc_aperture(buf, sub, off + 8, 32)
	end
	return 40
end

local function dissect_trace_wqe(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "trace_wqe: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.trace_wqe_kind, buf(off + 0, 1))
	tree:add_le(F.trace_wqe_queue_type, buf(off + 1, 1))
	tree:add_le(F.trace_wqe_pad1, buf(off + 2, 2))
	tree:add_le(F.trace_wqe_queue_id, buf(off + 4, 4))
	tree:add_le(F.trace_wqe_wqe_offset, buf(off + 8, 4))
	tree:add_le(F.trace_wqe_wqe_len, buf(off + 12, 4))
	do
		local sub = tree:add(F.trace_wqe_header, buf(off + 16, 8))
		dissect_wqe_header(buf, sub, off + 16, 8)
	end
	return 24
end

local function dissect_trace_cqe(buf, tree, off, len)
	if len < 80 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "trace_cqe: short (" .. len .. " < 80)")
		return len
	end
	tree:add_le(F.trace_cqe_kind, buf(off + 0, 1))
	tree:add_le(F.trace_cqe_pad2, buf(off + 1, 1))
	tree:add_le(F.trace_cqe_pad2, buf(off + 2, 1))
	tree:add_le(F.trace_cqe_pad2, buf(off + 3, 1))
	tree:add_le(F.trace_cqe_queue_id, buf(off + 4, 4))
	tree:add_le(F.trace_cqe_index, buf(off + 8, 4))
	tree:add_le(F.trace_cqe_pad3, buf(off + 12, 4))
	do
		local sub = tree:add(F.trace_cqe_entry, buf(off + 16, 64))
		dissect_cqe(buf, sub, off + 16, 64)
	end
	return 80
end

local function dissect_trace_eqe(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "trace_eqe: short (" .. len .. " < 32)")
		return len
	end
	tree:add_le(F.trace_eqe_kind, buf(off + 0, 1))
	tree:add_le(F.trace_eqe_pad4, buf(off + 1, 1))
	tree:add_le(F.trace_eqe_pad4, buf(off + 2, 1))
	tree:add_le(F.trace_eqe_pad4, buf(off + 3, 1))
	tree:add_le(F.trace_eqe_queue_id, buf(off + 4, 4))
	tree:add_le(F.trace_eqe_index, buf(off + 8, 4))
	tree:add_le(F.trace_eqe_pad5, buf(off + 12, 4))
	do
		local sub = tree:add(F.trace_eqe_entry, buf(off + 16, 16))
		dissect_eqe(buf, sub, off + 16, 16)
	end
	return 32
end

local function dissect_trace_doorbell(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "trace_doorbell: short (" .. len .. " < 24)")
		return len
	end
	tree:add_le(F.trace_doorbell_kind, buf(off + 0, 1))
	tree:add_le(F.trace_doorbell_queue_type, buf(off + 1, 1))
	tree:add_le(F.trace_doorbell_pad6, buf(off + 2, 2))
	tree:add_le(F.trace_doorbell_page, buf(off + 4, 4))
	tree:add_le(F.trace_doorbell_page_offset, buf(off + 8, 4))
	tree:add_le(F.trace_doorbell_pad7, buf(off + 12, 4))
	tree:add_le(F.trace_doorbell_value, buf(off + 16, 8))
	return 24
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("GDMA")
	local t = tree:add(proto, buf())
	if len < 1 then return end
	local ty = buf(0, 1):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("SMC ")
		t:append_text(", SMC")
		dissect_trace_smc(buf, t, 0, len)
	elseif ty == 2 then
		pinfo.cols.info:append("WQE ")
		t:append_text(", WQE")
		dissect_trace_wqe(buf, t, 0, len)
	elseif ty == 3 then
		pinfo.cols.info:append("CQE ")
		t:append_text(", CQE")
		dissect_trace_cqe(buf, t, 0, len)
	elseif ty == 4 then
		pinfo.cols.info:append("EQE ")
		t:append_text(", EQE")
		dissect_trace_eqe(buf, t, 0, len)
	elseif ty == 5 then
		pinfo.cols.info:append("DOORBELL ")
		t:append_text(", DOORBELL")
		dissect_trace_doorbell(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
