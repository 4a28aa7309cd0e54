-- DO NOT EDIT: generated from spec/scsi.yaml by codegen/pvgen.py.
-- Wireshark dissector for SCSI (SPC-4 / SBC-3 subset).

local proto = Proto("pv_scsi", "SCSI (SPC-4 / SBC-3 subset)")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.cdb_test_unit_ready_opcode = ProtoField.uint8("pv_scsi.cdb_test_unit_ready.opcode", "opcode", base.DEC, nil)
F.cdb_test_unit_ready_reserved = ProtoField.bytes("pv_scsi.cdb_test_unit_ready.reserved", "reserved")
F.cdb_test_unit_ready_control = ProtoField.uint8("pv_scsi.cdb_test_unit_ready.control", "control", base.DEC, nil)
F.cdb_request_sense_opcode = ProtoField.uint8("pv_scsi.cdb_request_sense.opcode", "opcode", base.DEC, nil)
F.cdb_request_sense_flags = ProtoField.uint8("pv_scsi.cdb_request_sense.flags", "flags", base.DEC, nil)
F.cdb_request_sense_flags_desc = ProtoField.uint32("pv_scsi.cdb_request_sense.desc", "desc", base.DEC, nil)
F.cdb_request_sense_reserved = ProtoField.bytes("pv_scsi.cdb_request_sense.reserved", "reserved")
F.cdb_request_sense_alloc_len = ProtoField.uint8("pv_scsi.cdb_request_sense.alloc_len", "alloc_len", base.DEC, nil)
F.cdb_request_sense_control = ProtoField.uint8("pv_scsi.cdb_request_sense.control", "control", base.DEC, nil)
F.cdb_inquiry_opcode = ProtoField.uint8("pv_scsi.cdb_inquiry.opcode", "opcode", base.DEC, nil)
F.cdb_inquiry_flags = ProtoField.uint8("pv_scsi.cdb_inquiry.flags", "flags", base.DEC, nil)
F.cdb_inquiry_flags_evpd = ProtoField.uint32("pv_scsi.cdb_inquiry.evpd", "evpd", base.DEC, nil)
F.cdb_inquiry_flags_cmddt = ProtoField.uint32("pv_scsi.cdb_inquiry.cmddt", "cmddt", base.DEC, nil)
F.cdb_inquiry_page_code = ProtoField.uint8("pv_scsi.cdb_inquiry.page_code", "page_code", base.DEC, nil)
F.cdb_inquiry_alloc_len = ProtoField.uint16("pv_scsi.cdb_inquiry.alloc_len", "alloc_len", base.DEC, nil)
F.cdb_inquiry_control = ProtoField.uint8("pv_scsi.cdb_inquiry.control", "control", base.DEC, nil)
F.cdb_rw6_opcode = ProtoField.uint8("pv_scsi.cdb_rw6.opcode", "opcode", base.DEC, nil)
F.cdb_rw6_lba = ProtoField.uint24("pv_scsi.cdb_rw6.lba", "lba", base.DEC, nil)
F.cdb_rw6_lba_lba = ProtoField.uint32("pv_scsi.cdb_rw6.lba_bits", "lba", base.DEC, nil)
F.cdb_rw6_length = ProtoField.uint8("pv_scsi.cdb_rw6.length", "length", base.DEC, nil)
F.cdb_rw6_control = ProtoField.uint8("pv_scsi.cdb_rw6.control", "control", base.DEC, nil)
F.cdb_rw10_opcode = ProtoField.uint8("pv_scsi.cdb_rw10.opcode", "opcode", base.DEC, nil)
F.cdb_rw10_flags = ProtoField.uint8("pv_scsi.cdb_rw10.flags", "flags", base.DEC, nil)
F.cdb_rw10_flags_fua_nv = ProtoField.uint32("pv_scsi.cdb_rw10.fua_nv", "fua_nv", base.DEC, nil)
F.cdb_rw10_flags_fua = ProtoField.uint32("pv_scsi.cdb_rw10.fua", "fua", base.DEC, nil)
F.cdb_rw10_flags_dpo = ProtoField.uint32("pv_scsi.cdb_rw10.dpo", "dpo", base.DEC, nil)
F.cdb_rw10_flags_protect = ProtoField.uint32("pv_scsi.cdb_rw10.protect", "protect", base.DEC, nil)
F.cdb_rw10_lba = ProtoField.uint32("pv_scsi.cdb_rw10.lba", "lba", base.DEC, nil)
F.cdb_rw10_group = ProtoField.uint8("pv_scsi.cdb_rw10.group", "group", base.DEC, nil)
F.cdb_rw10_length = ProtoField.uint16("pv_scsi.cdb_rw10.length", "length", base.DEC, nil)
F.cdb_rw10_control = ProtoField.uint8("pv_scsi.cdb_rw10.control", "control", base.DEC, nil)
F.cdb_rw12_opcode = ProtoField.uint8("pv_scsi.cdb_rw12.opcode", "opcode", base.DEC, nil)
F.cdb_rw12_flags = ProtoField.uint8("pv_scsi.cdb_rw12.flags", "flags", base.DEC, nil)
F.cdb_rw12_flags_fua_nv = ProtoField.uint32("pv_scsi.cdb_rw12.fua_nv", "fua_nv", base.DEC, nil)
F.cdb_rw12_flags_fua = ProtoField.uint32("pv_scsi.cdb_rw12.fua", "fua", base.DEC, nil)
F.cdb_rw12_flags_dpo = ProtoField.uint32("pv_scsi.cdb_rw12.dpo", "dpo", base.DEC, nil)
F.cdb_rw12_flags_protect = ProtoField.uint32("pv_scsi.cdb_rw12.protect", "protect", base.DEC, nil)
F.cdb_rw12_lba = ProtoField.uint32("pv_scsi.cdb_rw12.lba", "lba", base.DEC, nil)
F.cdb_rw12_length = ProtoField.uint32("pv_scsi.cdb_rw12.length", "length", base.DEC, nil)
F.cdb_rw12_group = ProtoField.uint8("pv_scsi.cdb_rw12.group", "group", base.DEC, nil)
F.cdb_rw12_control = ProtoField.uint8("pv_scsi.cdb_rw12.control", "control", base.DEC, nil)
F.cdb_rw16_opcode = ProtoField.uint8("pv_scsi.cdb_rw16.opcode", "opcode", base.DEC, nil)
F.cdb_rw16_flags = ProtoField.uint8("pv_scsi.cdb_rw16.flags", "flags", base.DEC, nil)
F.cdb_rw16_flags_fua_nv = ProtoField.uint32("pv_scsi.cdb_rw16.fua_nv", "fua_nv", base.DEC, nil)
F.cdb_rw16_flags_fua = ProtoField.uint32("pv_scsi.cdb_rw16.fua", "fua", base.DEC, nil)
F.cdb_rw16_flags_dpo = ProtoField.uint32("pv_scsi.cdb_rw16.dpo", "dpo", base.DEC, nil)
F.cdb_rw16_flags_protect = ProtoField.uint32("pv_scsi.cdb_rw16.protect", "protect", base.DEC, nil)
F.cdb_rw16_lba = ProtoField.uint64("pv_scsi.cdb_rw16.lba", "lba", base.HEX, nil)
F.cdb_rw16_length = ProtoField.uint32("pv_scsi.cdb_rw16.length", "length", base.DEC, nil)
F.cdb_rw16_group = ProtoField.uint8("pv_scsi.cdb_rw16.group", "group", base.DEC, nil)
F.cdb_rw16_control = ProtoField.uint8("pv_scsi.cdb_rw16.control", "control", base.DEC, nil)
F.cdb_verify10_opcode = ProtoField.uint8("pv_scsi.cdb_verify10.opcode", "opcode", base.DEC, nil)
F.cdb_verify10_flags = ProtoField.uint8("pv_scsi.cdb_verify10.flags", "flags", base.DEC, nil)
F.cdb_verify10_flags_bytchk = ProtoField.uint32("pv_scsi.cdb_verify10.bytchk", "bytchk", base.DEC, nil)
F.cdb_verify10_flags_dpo = ProtoField.uint32("pv_scsi.cdb_verify10.dpo", "dpo", base.DEC, nil)
F.cdb_verify10_flags_vrprotect = ProtoField.uint32("pv_scsi.cdb_verify10.vrprotect", "vrprotect", base.DEC, nil)
F.cdb_verify10_lba = ProtoField.uint32("pv_scsi.cdb_verify10.lba", "lba", base.DEC, nil)
F.cdb_verify10_group = ProtoField.uint8("pv_scsi.cdb_verify10.group", "group", base.DEC, nil)
F.cdb_verify10_length = ProtoField.uint16("pv_scsi.cdb_verify10.length", "length", base.DEC, nil)
F.cdb_verify10_control = ProtoField.uint8("pv_scsi.cdb_verify10.control", "control", base.DEC, nil)
F.cdb_verify16_opcode = ProtoField.uint8("pv_scsi.cdb_verify16.opcode", "opcode", base.DEC, nil)
F.cdb_verify16_flags = ProtoField.uint8("pv_scsi.cdb_verify16.flags", "flags", base.DEC, nil)
F.cdb_verify16_flags_bytchk = ProtoField.uint32("pv_scsi.cdb_verify16.bytchk", "bytchk", base.DEC, nil)
F.cdb_verify16_flags_dpo = ProtoField.uint32("pv_scsi.cdb_verify16.dpo", "dpo", base.DEC, nil)
F.cdb_verify16_flags_vrprotect = ProtoField.uint32("pv_scsi.cdb_verify16.vrprotect", "vrprotect", base.DEC, nil)
F.cdb_verify16_lba = ProtoField.uint64("pv_scsi.cdb_verify16.lba", "lba", base.HEX, nil)
F.cdb_verify16_length = ProtoField.uint32("pv_scsi.cdb_verify16.length", "length", base.DEC, nil)
F.cdb_verify16_group = ProtoField.uint8("pv_scsi.cdb_verify16.group", "group", base.DEC, nil)
F.cdb_verify16_control = ProtoField.uint8("pv_scsi.cdb_verify16.control", "control", base.DEC, nil)
F.cdb_read_capacity10_opcode = ProtoField.uint8("pv_scsi.cdb_read_capacity10.opcode", "opcode", base.DEC, nil)
F.cdb_read_capacity10_reserved1 = ProtoField.uint8("pv_scsi.cdb_read_capacity10.reserved1", "reserved1", base.DEC, nil)
F.cdb_read_capacity10_lba = ProtoField.uint32("pv_scsi.cdb_read_capacity10.lba", "lba", base.DEC, nil)
F.cdb_read_capacity10_reserved6 = ProtoField.bytes("pv_scsi.cdb_read_capacity10.reserved6", "reserved6")
F.cdb_read_capacity10_pmi = ProtoField.uint8("pv_scsi.cdb_read_capacity10.pmi", "pmi", base.DEC, nil)
F.cdb_read_capacity10_pmi_pmi = ProtoField.uint32("pv_scsi.cdb_read_capacity10.pmi_bits", "pmi", base.DEC, nil)
F.cdb_read_capacity10_control = ProtoField.uint8("pv_scsi.cdb_read_capacity10.control", "control", base.DEC, nil)
F.cdb_service_action_in16_opcode = ProtoField.uint8("pv_scsi.cdb_service_action_in16.opcode", "opcode", base.DEC, nil)
F.cdb_service_action_in16_action = ProtoField.uint8("pv_scsi.cdb_service_action_in16.action", "action", base.DEC, nil)
F.cdb_service_action_in16_action_service_action = ProtoField.uint32("pv_scsi.cdb_service_action_in16.service_action", "service_action", base.DEC, {[16] = "READ_CAPACITY_16"})
F.cdb_service_action_in16_lba = ProtoField.uint64("pv_scsi.cdb_service_action_in16.lba", "lba", base.HEX, nil)
F.cdb_service_action_in16_alloc_len = ProtoField.uint32("pv_scsi.cdb_service_action_in16.alloc_len", "alloc_len", base.DEC, nil)
F.cdb_service_action_in16_pmi = ProtoField.uint8("pv_scsi.cdb_service_action_in16.pmi", "pmi", base.DEC, nil)
F.cdb_service_action_in16_pmi_pmi = ProtoField.uint32("pv_scsi.cdb_service_action_in16.pmi_bits", "pmi", base.DEC, nil)
F.cdb_service_action_in16_control = ProtoField.uint8("pv_scsi.cdb_service_action_in16.control", "control", base.DEC, nil)
F.cdb_mode_sense6_opcode = ProtoField.uint8("pv_scsi.cdb_mode_sense6.opcode", "opcode", base.DEC, nil)
F.cdb_mode_sense6_flags = ProtoField.uint8("pv_scsi.cdb_mode_sense6.flags", "flags", base.DEC, nil)
F.cdb_mode_sense6_flags_dbd = ProtoField.uint32("pv_scsi.cdb_mode_sense6.dbd", "dbd", base.DEC, nil)
F.cdb_mode_sense6_page = ProtoField.uint8("pv_scsi.cdb_mode_sense6.page", "page", base.DEC, nil)
F.cdb_mode_sense6_page_page_code = ProtoField.uint32("pv_scsi.cdb_mode_sense6.page_code", "page_code", base.DEC, nil)
F.cdb_mode_sense6_page_pc = ProtoField.uint32("pv_scsi.cdb_mode_sense6.pc", "pc", base.DEC, {[0] = "CURRENT", [1] = "CHANGEABLE", [2] = "DEFAULT", [3] = "SAVED"})
F.cdb_mode_sense6_subpage = ProtoField.uint8("pv_scsi.cdb_mode_sense6.subpage", "subpage", base.DEC, nil)
F.cdb_mode_sense6_alloc_len = ProtoField.uint8("pv_scsi.cdb_mode_sense6.alloc_len", "alloc_len", base.DEC, nil)
F.cdb_mode_sense6_control = ProtoField.uint8("pv_scsi.cdb_mode_sense6.control", "control", base.DEC, nil)
F.cdb_mode_sense10_opcode = ProtoField.uint8("pv_scsi.cdb_mode_sense10.opcode", "opcode", base.DEC, nil)
F.cdb_mode_sense10_flags = ProtoField.uint8("pv_scsi.cdb_mode_sense10.flags", "flags", base.DEC, nil)
F.cdb_mode_sense10_flags_dbd = ProtoField.uint32("pv_scsi.cdb_mode_sense10.dbd", "dbd", base.DEC, nil)
F.cdb_mode_sense10_flags_llbaa = ProtoField.uint32("pv_scsi.cdb_mode_sense10.llbaa", "llbaa", base.DEC, nil)
F.cdb_mode_sense10_page = ProtoField.uint8("pv_scsi.cdb_mode_sense10.page", "page", base.DEC, nil)
F.cdb_mode_sense10_page_page_code = ProtoField.uint32("pv_scsi.cdb_mode_sense10.page_code", "page_code", base.DEC, nil)
F.cdb_mode_sense10_page_pc = ProtoField.uint32("pv_scsi.cdb_mode_sense10.pc", "pc", base.DEC, {[0] = "CURRENT", [1] = "CHANGEABLE", [2] = "DEFAULT", [3] = "SAVED"})
F.cdb_mode_sense10_subpage = ProtoField.uint8("pv_scsi.cdb_mode_sense10.subpage", "subpage", base.DEC, nil)
F.cdb_mode_sense10_reserved4 = ProtoField.bytes("pv_scsi.cdb_mode_sense10.reserved4", "reserved4")
F.cdb_mode_sense10_alloc_len = ProtoField.uint16("pv_scsi.cdb_mode_sense10.alloc_len", "alloc_len", base.DEC, nil)
F.cdb_mode_sense10_control = ProtoField.uint8("pv_scsi.cdb_mode_sense10.control", "control", base.DEC, nil)
F.cdb_sync_cache10_opcode = ProtoField.uint8("pv_scsi.cdb_sync_cache10.opcode", "opcode", base.DEC, nil)
F.cdb_sync_cache10_flags = ProtoField.uint8("pv_scsi.cdb_sync_cache10.flags", "flags", base.DEC, nil)
F.cdb_sync_cache10_flags_immed = ProtoField.uint32("pv_scsi.cdb_sync_cache10.immed", "immed", base.DEC, nil)
F.cdb_sync_cache10_lba = ProtoField.uint32("pv_scsi.cdb_sync_cache10.lba", "lba", base.DEC, nil)
F.cdb_sync_cache10_group = ProtoField.uint8("pv_scsi.cdb_sync_cache10.group", "group", base.DEC, nil)
F.cdb_sync_cache10_nblocks = ProtoField.uint16("pv_scsi.cdb_sync_cache10.nblocks", "nblocks", base.DEC, nil)
F.cdb_sync_cache10_control = ProtoField.uint8("pv_scsi.cdb_sync_cache10.control", "control", base.DEC, nil)
F.cdb_sync_cache16_opcode = ProtoField.uint8("pv_scsi.cdb_sync_cache16.opcode", "opcode", base.DEC, nil)
F.cdb_sync_cache16_flags = ProtoField.uint8("pv_scsi.cdb_sync_cache16.flags", "flags", base.DEC, nil)
F.cdb_sync_cache16_flags_immed = ProtoField.uint32("pv_scsi.cdb_sync_cache16.immed", "immed", base.DEC, nil)
F.cdb_sync_cache16_lba = ProtoField.uint64("pv_scsi.cdb_sync_cache16.lba", "lba", base.HEX, nil)
F.cdb_sync_cache16_nblocks = ProtoField.uint32("pv_scsi.cdb_sync_cache16.nblocks", "nblocks", base.DEC, nil)
F.cdb_sync_cache16_group = ProtoField.uint8("pv_scsi.cdb_sync_cache16.group", "group", base.DEC, nil)
F.cdb_sync_cache16_control = ProtoField.uint8("pv_scsi.cdb_sync_cache16.control", "control", base.DEC, nil)
F.cdb_write_same10_opcode = ProtoField.uint8("pv_scsi.cdb_write_same10.opcode", "opcode", base.DEC, nil)
F.cdb_write_same10_flags = ProtoField.uint8("pv_scsi.cdb_write_same10.flags", "flags", base.DEC, nil)
F.cdb_write_same10_flags_unmap = ProtoField.uint32("pv_scsi.cdb_write_same10.unmap", "unmap", base.DEC, nil)
F.cdb_write_same10_flags_anchor = ProtoField.uint32("pv_scsi.cdb_write_same10.anchor", "anchor", base.DEC, nil)
F.cdb_write_same10_flags_wrprotect = ProtoField.uint32("pv_scsi.cdb_write_same10.wrprotect", "wrprotect", base.DEC, nil)
F.cdb_write_same10_lba = ProtoField.uint32("pv_scsi.cdb_write_same10.lba", "lba", base.DEC, nil)
F.cdb_write_same10_group = ProtoField.uint8("pv_scsi.cdb_write_same10.group", "group", base.DEC, nil)
F.cdb_write_same10_nblocks = ProtoField.uint16("pv_scsi.cdb_write_same10.nblocks", "nblocks", base.DEC, nil)
F.cdb_write_same10_control = ProtoField.uint8("pv_scsi.cdb_write_same10.control", "control", base.DEC, nil)
F.cdb_write_same16_opcode = ProtoField.uint8("pv_scsi.cdb_write_same16.opcode", "opcode", base.DEC, nil)
F.cdb_write_same16_flags = ProtoField.uint8("pv_scsi.cdb_write_same16.flags", "flags", base.DEC, nil)
F.cdb_write_same16_flags_ndob = ProtoField.uint32("pv_scsi.cdb_write_same16.ndob", "ndob", base.DEC, nil)
F.cdb_write_same16_flags_unmap = ProtoField.uint32("pv_scsi.cdb_write_same16.unmap", "unmap", base.DEC, nil)
F.cdb_write_same16_flags_anchor = ProtoField.uint32("pv_scsi.cdb_write_same16.anchor", "anchor", base.DEC, nil)
F.cdb_write_same16_flags_wrprotect = ProtoField.uint32("pv_scsi.cdb_write_same16.wrprotect", "wrprotect", base.DEC, nil)
F.cdb_write_same16_lba = ProtoField.uint64("pv_scsi.cdb_write_same16.lba", "lba", base.HEX, nil)
F.cdb_write_same16_nblocks = ProtoField.uint32("pv_scsi.cdb_write_same16.nblocks", "nblocks", base.DEC, nil)
F.cdb_write_same16_group = ProtoField.uint8("pv_scsi.cdb_write_same16.group", "group", base.DEC, nil)
F.cdb_write_same16_control = ProtoField.uint8("pv_scsi.cdb_write_same16.control", "control", base.DEC, nil)
F.cdb_unmap_opcode = ProtoField.uint8("pv_scsi.cdb_unmap.opcode", "opcode", base.DEC, nil)
F.cdb_unmap_flags = ProtoField.uint8("pv_scsi.cdb_unmap.flags", "flags", base.DEC, nil)
F.cdb_unmap_flags_anchor = ProtoField.uint32("pv_scsi.cdb_unmap.anchor", "anchor", base.DEC, nil)
F.cdb_unmap_reserved2 = ProtoField.bytes("pv_scsi.cdb_unmap.reserved2", "reserved2")
F.cdb_unmap_group = ProtoField.uint8("pv_scsi.cdb_unmap.group", "group", base.DEC, nil)
F.cdb_unmap_param_len = ProtoField.uint16("pv_scsi.cdb_unmap.param_len", "param_len", base.DEC, nil)
F.cdb_unmap_control = ProtoField.uint8("pv_scsi.cdb_unmap.control", "control", base.DEC, nil)
F.unmap_desc_lba = ProtoField.uint64("pv_scsi.unmap_desc.lba", "lba", base.HEX, nil)
F.unmap_desc_nblocks = ProtoField.uint32("pv_scsi.unmap_desc.nblocks", "nblocks", base.DEC, nil)
F.unmap_desc_reserved = ProtoField.bytes("pv_scsi.unmap_desc.reserved", "reserved")
F.unmap_param_list_data_len = ProtoField.uint16("pv_scsi.unmap_param_list.data_len", "data_len", base.DEC, nil)
F.unmap_param_list_desc_len = ProtoField.uint16("pv_scsi.unmap_param_list.desc_len", "desc_len", base.DEC, nil)
F.unmap_param_list_reserved = ProtoField.bytes("pv_scsi.unmap_param_list.reserved", "reserved")
F.unmap_param_list_descs = ProtoField.none("pv_scsi.unmap_param_list.descs", "descs")
F.cdb_start_stop_unit_opcode = ProtoField.uint8("pv_scsi.cdb_start_stop_unit.opcode", "opcode", base.DEC, nil)
F.cdb_start_stop_unit_flags = ProtoField.uint8("pv_scsi.cdb_start_stop_unit.flags", "flags", base.DEC, nil)
F.cdb_start_stop_unit_flags_immed = ProtoField.uint32("pv_scsi.cdb_start_stop_unit.immed", "immed", base.DEC, nil)
F.cdb_start_stop_unit_reserved2 = ProtoField.uint8("pv_scsi.cdb_start_stop_unit.reserved2", "reserved2", base.DEC, nil)
F.cdb_start_stop_unit_power_cond_mod = ProtoField.uint8("pv_scsi.cdb_start_stop_unit.power_cond_mod", "power_cond_mod", base.DEC, nil)
F.cdb_start_stop_unit_start = ProtoField.uint8("pv_scsi.cdb_start_stop_unit.start", "start", base.DEC, nil)
F.cdb_start_stop_unit_start_start = ProtoField.uint32("pv_scsi.cdb_start_stop_unit.start_bits", "start", base.DEC, nil)
F.cdb_start_stop_unit_start_loej = ProtoField.uint32("pv_scsi.cdb_start_stop_unit.loej", "loej", base.DEC, nil)
F.cdb_start_stop_unit_start_no_flush = ProtoField.uint32("pv_scsi.cdb_start_stop_unit.no_flush", "no_flush", base.DEC, nil)
F.cdb_start_stop_unit_start_power_cond = ProtoField.uint32("pv_scsi.cdb_start_stop_unit.power_cond", "power_cond", base.DEC, nil)
F.cdb_start_stop_unit_control = ProtoField.uint8("pv_scsi.cdb_start_stop_unit.control", "control", base.DEC, nil)
F.cdb_pr_in_opcode = ProtoField.uint8("pv_scsi.cdb_pr_in.opcode", "opcode", base.DEC, nil)
F.cdb_pr_in_action = ProtoField.uint8("pv_scsi.cdb_pr_in.action", "action", base.DEC, nil)
F.cdb_pr_in_action_service_action = ProtoField.uint32("pv_scsi.cdb_pr_in.service_action", "service_action", base.DEC, nil)
F.cdb_pr_in_reserved2 = ProtoField.bytes("pv_scsi.cdb_pr_in.reserved2", "reserved2")
F.cdb_pr_in_alloc_len = ProtoField.uint16("pv_scsi.cdb_pr_in.alloc_len", "alloc_len", base.DEC, nil)
F.cdb_pr_in_control = ProtoField.uint8("pv_scsi.cdb_pr_in.control", "control", base.DEC, nil)
F.cdb_report_luns_opcode = ProtoField.uint8("pv_scsi.cdb_report_luns.opcode", "opcode", base.DEC, nil)
F.cdb_report_luns_reserved1 = ProtoField.uint8("pv_scsi.cdb_report_luns.reserved1", "reserved1", base.DEC, nil)
F.cdb_report_luns_select_report = ProtoField.uint8("pv_scsi.cdb_report_luns.select_report", "select_report", base.DEC, nil)
F.cdb_report_luns_reserved3 = ProtoField.bytes("pv_scsi.cdb_report_luns.reserved3", "reserved3")
F.cdb_report_luns_alloc_len = ProtoField.uint32("pv_scsi.cdb_report_luns.alloc_len", "alloc_len", base.DEC, nil)
F.cdb_report_luns_reserved10 = ProtoField.uint8("pv_scsi.cdb_report_luns.reserved10", "reserved10", base.DEC, nil)
F.cdb_report_luns_control = ProtoField.uint8("pv_scsi.cdb_report_luns.control", "control", base.DEC, nil)
F.sense_fixed_response = ProtoField.uint8("pv_scsi.sense_fixed.response", "response", base.DEC, nil)
F.sense_fixed_response_response_code = ProtoField.uint32("pv_scsi.sense_fixed.response_code", "response_code", base.DEC, {[112] = "FIXED_CURRENT", [113] = "FIXED_DEFERRED", [114] = "DESC_CURRENT", [115] = "DESC_DEFERRED"})
F.sense_fixed_response_valid = ProtoField.uint32("pv_scsi.sense_fixed.valid", "valid", base.DEC, nil)
F.sense_fixed_obsolete = ProtoField.uint8("pv_scsi.sense_fixed.obsolete", "obsolete", base.DEC, nil)
F.sense_fixed_key = ProtoField.uint8("pv_scsi.sense_fixed.key", "key", base.DEC, nil)
F.sense_fixed_key_sense_key = ProtoField.uint32("pv_scsi.sense_fixed.sense_key", "sense_key", base.DEC, {[0] = "NO_SENSE", [1] = "RECOVERED_ERROR", [2] = "NOT_READY", [3] = "MEDIUM_ERROR", [4] = "HARDWARE_ERROR", [5] = "ILLEGAL_REQUEST", [6] = "UNIT_ATTENTION", [7] = "DATA_PROTECT", [8] = "BLANK_CHECK", [9] = "VENDOR_SPECIFIC", [10] = "COPY_ABORTED", [11] = "ABORTED_COMMAND", [13] = "VOLUME_OVERFLOW", [14] = "MISCOMPARE", [15] = "COMPLETED"})
F.sense_fixed_key_ili = ProtoField.uint32("pv_scsi.sense_fixed.ili", "ili", base.DEC, nil)
F.sense_fixed_key_eom = ProtoField.uint32("pv_scsi.sense_fixed.eom", "eom", base.DEC, nil)
F.sense_fixed_key_filemark = ProtoField.uint32("pv_scsi.sense_fixed.filemark", "filemark", base.DEC, nil)
F.sense_fixed_information = ProtoField.uint32("pv_scsi.sense_fixed.information", "information", base.DEC, nil)
F.sense_fixed_additional_len = ProtoField.uint8("pv_scsi.sense_fixed.additional_len", "additional_len", base.DEC, nil)
F.sense_fixed_cmd_specific = ProtoField.uint32("pv_scsi.sense_fixed.cmd_specific", "cmd_specific", base.DEC, nil)
F.sense_fixed_asc = ProtoField.uint8("pv_scsi.sense_fixed.asc", "asc", base.DEC, nil)
F.sense_fixed_ascq = ProtoField.uint8("pv_scsi.sense_fixed.ascq", "ascq", base.DEC, nil)
F.sense_fixed_fru = ProtoField.uint8("pv_scsi.sense_fixed.fru", "fru", base.DEC, nil)
F.sense_fixed_sks = ProtoField.uint24("pv_scsi.sense_fixed.sks", "sks", base.DEC, nil)
F.sense_fixed_sks_field_pointer = ProtoField.uint32("pv_scsi.sense_fixed.field_pointer", "field_pointer", base.DEC, nil)
F.sense_fixed_sks_bit_pointer = ProtoField.uint32("pv_scsi.sense_fixed.bit_pointer", "bit_pointer", base.DEC, nil)
F.sense_fixed_sks_bpv = ProtoField.uint32("pv_scsi.sense_fixed.bpv", "bpv", base.DEC, nil)
F.sense_fixed_sks_cd = ProtoField.uint32("pv_scsi.sense_fixed.cd", "cd", base.DEC, nil)
F.sense_fixed_sks_sksv = ProtoField.uint32("pv_scsi.sense_fixed.sksv", "sksv", base.DEC, nil)
F.sense_desc_response = ProtoField.uint8("pv_scsi.sense_desc.response", "response", base.DEC, nil)
F.sense_desc_response_response_code = ProtoField.uint32("pv_scsi.sense_desc.response_code", "response_code", base.DEC, {[112] = "FIXED_CURRENT", [113] = "FIXED_DEFERRED", [114] = "DESC_CURRENT", [115] = "DESC_DEFERRED"})
F.sense_desc_key = ProtoField.uint8("pv_scsi.sense_desc.key", "key", base.DEC, nil)
F.sense_desc_key_sense_key = ProtoField.uint32("pv_scsi.sense_desc.sense_key", "sense_key", base.DEC, {[0] = "NO_SENSE", [1] = "RECOVERED_ERROR", [2] = "NOT_READY", [3] = "MEDIUM_ERROR", [4] = "HARDWARE_ERROR", [5] = "ILLEGAL_REQUEST", [6] = "UNIT_ATTENTION", [7] = "DATA_PROTECT", [8] = "BLANK_CHECK", [9] = "VENDOR_SPECIFIC", [10] = "COPY_ABORTED", [11] = "ABORTED_COMMAND", [13] = "VOLUME_OVERFLOW", [14] = "MISCOMPARE", [15] = "COMPLETED"})
F.sense_desc_asc = ProtoField.uint8("pv_scsi.sense_desc.asc", "asc", base.DEC, nil)
F.sense_desc_ascq = ProtoField.uint8("pv_scsi.sense_desc.ascq", "ascq", base.DEC, nil)
F.sense_desc_reserved = ProtoField.bytes("pv_scsi.sense_desc.reserved", "reserved")
F.sense_desc_additional_len = ProtoField.uint8("pv_scsi.sense_desc.additional_len", "additional_len", base.DEC, nil)
F.sense_desc_sks_desc_type = ProtoField.uint8("pv_scsi.sense_desc_sks.desc_type", "desc_type", base.DEC, nil)
F.sense_desc_sks_additional_len = ProtoField.uint8("pv_scsi.sense_desc_sks.additional_len", "additional_len", base.DEC, nil)
F.sense_desc_sks_reserved = ProtoField.bytes("pv_scsi.sense_desc_sks.reserved", "reserved")
F.sense_desc_sks_sks = ProtoField.uint24("pv_scsi.sense_desc_sks.sks", "sks", base.DEC, nil)
F.sense_desc_sks_sks_field_pointer = ProtoField.uint32("pv_scsi.sense_desc_sks.field_pointer", "field_pointer", base.DEC, nil)
F.sense_desc_sks_sks_bit_pointer = ProtoField.uint32("pv_scsi.sense_desc_sks.bit_pointer", "bit_pointer", base.DEC, nil)
F.sense_desc_sks_sks_bpv = ProtoField.uint32("pv_scsi.sense_desc_sks.bpv", "bpv", base.DEC, nil)
F.sense_desc_sks_sks_cd = ProtoField.uint32("pv_scsi.sense_desc_sks.cd", "cd", base.DEC, nil)
F.sense_desc_sks_sks_sksv = ProtoField.uint32("pv_scsi.sense_desc_sks.sksv", "sksv", base.DEC, nil)
F.sense_desc_sks_reserved7 = ProtoField.uint8("pv_scsi.sense_desc_sks.reserved7", "reserved7", base.DEC, nil)
F.naa_designator_id = ProtoField.uint64("pv_scsi.naa_designator.id", "id", base.HEX, nil)
F.naa_designator_id_value = ProtoField.uint32("pv_scsi.naa_designator.value", "value", base.DEC, nil)
F.naa_designator_id_naa = ProtoField.uint32("pv_scsi.naa_designator.naa", "naa", base.DEC, {[2] = "IEEE_EXTENDED", [3] = "LOCALLY_ASSIGNED", [5] = "IEEE_REGISTERED"})
F.inquiry_std_peripheral = ProtoField.uint8("pv_scsi.inquiry_std.peripheral", "peripheral", base.DEC, nil)
F.inquiry_std_peripheral_device_type = ProtoField.uint32("pv_scsi.inquiry_std.device_type", "device_type", base.DEC, nil)
F.inquiry_std_peripheral_qualifier = ProtoField.uint32("pv_scsi.inquiry_std.qualifier", "qualifier", base.DEC, nil)
F.inquiry_std_rmb = ProtoField.uint8("pv_scsi.inquiry_std.rmb", "rmb", base.DEC, nil)
F.inquiry_std_version = ProtoField.uint8("pv_scsi.inquiry_std.version", "version", base.DEC, nil)
F.inquiry_std_format = ProtoField.uint8("pv_scsi.inquiry_std.format", "format", base.DEC, nil)
F.inquiry_std_format_response_data_format = ProtoField.uint32("pv_scsi.inquiry_std.response_data_format", "response_data_format", base.DEC, nil)
F.inquiry_std_format_hisup = ProtoField.uint32("pv_scsi.inquiry_std.hisup", "hisup", base.DEC, nil)
F.inquiry_std_format_normaca = ProtoField.uint32("pv_scsi.inquiry_std.normaca", "normaca", base.DEC, nil)
F.inquiry_std_additional_len = ProtoField.uint8("pv_scsi.inquiry_std.additional_len", "additional_len", base.DEC, nil)
F.inquiry_std_flags5 = ProtoField.uint8("pv_scsi.inquiry_std.flags5", "flags5", base.DEC, nil)
F.inquiry_std_flags6 = ProtoField.uint8("pv_scsi.inquiry_std.flags6", "flags6", base.DEC, nil)
F.inquiry_std_flags7 = ProtoField.uint8("pv_scsi.inquiry_std.flags7", "flags7", base.DEC, nil)
F.inquiry_std_flags7_cmdque = ProtoField.uint32("pv_scsi.inquiry_std.cmdque", "cmdque", base.DEC, nil)
F.inquiry_std_vendor = ProtoField.bytes("pv_scsi.inquiry_std.vendor", "vendor")
F.inquiry_std_product = ProtoField.bytes("pv_scsi.inquiry_std.product", "product")
F.inquiry_std_revision = ProtoField.bytes("pv_scsi.inquiry_std.revision", "revision")
F.vpd_header_peripheral = ProtoField.uint8("pv_scsi.vpd_header.peripheral", "peripheral", base.DEC, nil)
F.vpd_header_page_code = ProtoField.uint8("pv_scsi.vpd_header.page_code", "page_code", base.DEC, {[0] = "SUPPORTED_PAGES", [128] = "UNIT_SERIAL_NUMBER", [131] = "DEVICE_IDENTIFICATION", [176] = "BLOCK_LIMITS", [177] = "BLOCK_DEVICE_CHARACTERISTICS", [178] = "LOGICAL_BLOCK_PROVISIONING"})
F.vpd_header_page_len = ProtoField.uint16("pv_scsi.vpd_header.page_len", "page_len", base.DEC, nil)
F.designator_code = ProtoField.uint8("pv_scsi.designator.code", "code", base.DEC, nil)
F.designator_code_code_set = ProtoField.uint32("pv_scsi.designator.code_set", "code_set", base.DEC, {[1] = "BINARY", [2] = "ASCII", [3] = "UTF8"})
F.designator_code_protocol_id = ProtoField.uint32("pv_scsi.designator.protocol_id", "protocol_id", base.DEC, nil)
F.designator_type = ProtoField.uint8("pv_scsi.designator.type", "type", base.DEC, nil)
F.designator_type_designator_type = ProtoField.uint32("pv_scsi.designator.designator_type", "designator_type", base.DEC, {[0] = "VENDOR_SPECIFIC", [1] = "T10_VENDOR_ID", [2] = "EUI64", [3] = "NAA"})
F.designator_type_association = ProtoField.uint32("pv_scsi.designator.association", "association", base.DEC, nil)
F.designator_type_piv = ProtoField.uint32("pv_scsi.designator.piv", "piv", base.DEC, nil)
F.designator_reserved = ProtoField.uint8("pv_scsi.designator.reserved", "reserved", base.DEC, nil)
F.designator_length = ProtoField.uint8("pv_scsi.designator.length", "length", base.DEC, nil)
F.vpd_block_limits_peripheral = ProtoField.uint8("pv_scsi.vpd_block_limits.peripheral", "peripheral", base.DEC, nil)
F.vpd_block_limits_page_code = ProtoField.uint8("pv_scsi.vpd_block_limits.page_code", "page_code", base.DEC, nil)
F.vpd_block_limits_page_len = ProtoField.uint16("pv_scsi.vpd_block_limits.page_len", "page_len", base.DEC, nil)
F.vpd_block_limits_flags = ProtoField.uint8("pv_scsi.vpd_block_limits.flags", "flags", base.DEC, nil)
F.vpd_block_limits_flags_wsnz = ProtoField.uint32("pv_scsi.vpd_block_limits.wsnz", "wsnz", base.DEC, nil)
F.vpd_block_limits_max_compare_write = ProtoField.uint8("pv_scsi.vpd_block_limits.max_compare_write", "max_compare_write", base.DEC, nil)
F.vpd_block_limits_opt_xfer_granularity = ProtoField.uint16("pv_scsi.vpd_block_limits.opt_xfer_granularity", "opt_xfer_granularity", base.DEC, nil)
F.vpd_block_limits_max_xfer_len = ProtoField.uint32("pv_scsi.vpd_block_limits.max_xfer_len", "max_xfer_len", base.DEC, nil)
F.vpd_block_limits_opt_xfer_len = ProtoField.uint32("pv_scsi.vpd_block_limits.opt_xfer_len", "opt_xfer_len", base.DEC, nil)
F.vpd_block_limits_max_prefetch_len = ProtoField.uint32("pv_scsi.vpd_block_limits.max_prefetch_len", "max_prefetch_len", base.DEC, nil)
F.vpd_block_limits_max_unmap_lba_count = ProtoField.uint32("pv_scsi.vpd_block_limits.max_unmap_lba_count", "max_unmap_lba_count", base.DEC, nil)
F.vpd_block_limits_max_unmap_desc_count = ProtoField.uint32("pv_scsi.vpd_block_limits.max_unmap_desc_count", "max_unmap_desc_count", base.DEC, nil)
F.vpd_block_limits_opt_unmap_granularity = ProtoField.uint32("pv_scsi.vpd_block_limits.opt_unmap_granularity", "opt_unmap_granularity", base.DEC, nil)
F.vpd_block_limits_unmap_granularity_alignment = ProtoField.uint32("pv_scsi.vpd_block_limits.unmap_granularity_alignment", "unmap_granularity_alignment", base.DEC, nil)
F.vpd_block_limits_max_write_same_len = ProtoField.uint64("pv_scsi.vpd_block_limits.max_write_same_len", "max_write_same_len", base.HEX, nil)
F.vpd_block_limits_reserved = ProtoField.bytes("pv_scsi.vpd_block_limits.reserved", "reserved")
F.vpd_block_characteristics_peripheral = ProtoField.uint8("pv_scsi.vpd_block_characteristics.peripheral", "peripheral", base.DEC, nil)
F.vpd_block_characteristics_page_code = ProtoField.uint8("pv_scsi.vpd_block_characteristics.page_code", "page_code", base.DEC, nil)
F.vpd_block_characteristics_page_len = ProtoField.uint16("pv_scsi.vpd_block_characteristics.page_len", "page_len", base.DEC, nil)
F.vpd_block_characteristics_rotation_rate = ProtoField.uint16("pv_scsi.vpd_block_characteristics.rotation_rate", "rotation_rate", base.DEC, nil)
F.vpd_block_characteristics_product_type = ProtoField.uint8("pv_scsi.vpd_block_characteristics.product_type", "product_type", base.DEC, nil)
F.vpd_block_characteristics_form_factor = ProtoField.uint8("pv_scsi.vpd_block_characteristics.form_factor", "form_factor", base.DEC, nil)
F.vpd_block_characteristics_reserved = ProtoField.bytes("pv_scsi.vpd_block_characteristics.reserved", "reserved")
F.vpd_lb_provisioning_peripheral = ProtoField.uint8("pv_scsi.vpd_lb_provisioning.peripheral", "peripheral", base.DEC, nil)
F.vpd_lb_provisioning_page_code = ProtoField.uint8("pv_scsi.vpd_lb_provisioning.page_code", "page_code", base.DEC, nil)
F.vpd_lb_provisioning_page_len = ProtoField.uint16("pv_scsi.vpd_lb_provisioning.page_len", "page_len", base.DEC, nil)
F.vpd_lb_provisioning_threshold_exponent = ProtoField.uint8("pv_scsi.vpd_lb_provisioning.threshold_exponent", "threshold_exponent", base.DEC, nil)
F.vpd_lb_provisioning_flags = ProtoField.uint8("pv_scsi.vpd_lb_provisioning.flags", "flags", base.DEC, nil)
F.vpd_lb_provisioning_flags_dp = ProtoField.uint32("pv_scsi.vpd_lb_provisioning.dp", "dp", base.DEC, nil)
F.vpd_lb_provisioning_flags_anc_sup = ProtoField.uint32("pv_scsi.vpd_lb_provisioning.anc_sup", "anc_sup", base.DEC, nil)
F.vpd_lb_provisioning_flags_lbprz = ProtoField.uint32("pv_scsi.vpd_lb_provisioning.lbprz", "lbprz", base.DEC, nil)
F.vpd_lb_provisioning_flags_lbpws10 = ProtoField.uint32("pv_scsi.vpd_lb_provisioning.lbpws10", "lbpws10", base.DEC, nil)
F.vpd_lb_provisioning_flags_lbpws = ProtoField.uint32("pv_scsi.vpd_lb_provisioning.lbpws", "lbpws", base.DEC, nil)
F.vpd_lb_provisioning_flags_lbpu = ProtoField.uint32("pv_scsi.vpd_lb_provisioning.lbpu", "lbpu", base.DEC, nil)
F.vpd_lb_provisioning_provisioning = ProtoField.uint8("pv_scsi.vpd_lb_provisioning.provisioning", "provisioning", base.DEC, nil)
F.vpd_lb_provisioning_provisioning_provisioning_type = ProtoField.uint32("pv_scsi.vpd_lb_provisioning.provisioning_type", "provisioning_type", base.DEC, nil)
F.vpd_lb_provisioning_threshold_percentage = ProtoField.uint8("pv_scsi.vpd_lb_provisioning.threshold_percentage", "threshold_percentage", base.DEC, nil)
F.mode_header6_mode_data_len = ProtoField.uint8("pv_scsi.mode_header6.mode_data_len", "mode_data_len", base.DEC, nil)
F.mode_header6_medium_type = ProtoField.uint8("pv_scsi.mode_header6.medium_type", "medium_type", base.DEC, nil)
F.mode_header6_device_specific = ProtoField.uint8("pv_scsi.mode_header6.device_specific", "device_specific", base.DEC, nil)
F.mode_header6_device_specific_dpofua = ProtoField.uint32("pv_scsi.mode_header6.dpofua", "dpofua", base.DEC, nil)
F.mode_header6_device_specific_wp = ProtoField.uint32("pv_scsi.mode_header6.wp", "wp", base.DEC, nil)
F.mode_header6_bd_len = ProtoField.uint8("pv_scsi.mode_header6.bd_len", "bd_len", base.DEC, nil)
F.mode_header10_mode_data_len = ProtoField.uint16("pv_scsi.mode_header10.mode_data_len", "mode_data_len", base.DEC, nil)
F.mode_header10_medium_type = ProtoField.uint8("pv_scsi.mode_header10.medium_type", "medium_type", base.DEC, nil)
F.mode_header10_device_specific = ProtoField.uint8("pv_scsi.mode_header10.device_specific", "device_specific", base.DEC, nil)
F.mode_header10_device_specific_dpofua = ProtoField.uint32("pv_scsi.mode_header10.dpofua", "dpofua", base.DEC, nil)
F.mode_header10_device_specific_wp = ProtoField.uint32("pv_scsi.mode_header10.wp", "wp", base.DEC, nil)
F.mode_header10_longlba = ProtoField.uint8("pv_scsi.mode_header10.longlba", "longlba", base.DEC, nil)
F.mode_header10_longlba_longlba = ProtoField.uint32("pv_scsi.mode_header10.longlba_bits", "longlba", base.DEC, nil)
F.mode_header10_reserved = ProtoField.uint8("pv_scsi.mode_header10.reserved", "reserved", base.DEC, nil)
F.mode_header10_bd_len = ProtoField.uint16("pv_scsi.mode_header10.bd_len", "bd_len", base.DEC, nil)
F.block_desc_short_nblocks = ProtoField.uint32("pv_scsi.block_desc_short.nblocks", "nblocks", base.DEC, nil)
F.block_desc_short_reserved = ProtoField.uint8("pv_scsi.block_desc_short.reserved", "reserved", base.DEC, nil)
F.block_desc_short_block_len = ProtoField.uint24("pv_scsi.block_desc_short.block_len", "block_len", base.DEC, nil)
F.block_desc_long_nblocks = ProtoField.uint64("pv_scsi.block_desc_long.nblocks", "nblocks", base.HEX, nil)
F.block_desc_long_reserved = ProtoField.bytes("pv_scsi.block_desc_long.reserved", "reserved")
F.block_desc_long_block_len = ProtoField.uint32("pv_scsi.block_desc_long.block_len", "block_len", base.DEC, nil)
F.mode_page_caching_page = ProtoField.uint8("pv_scsi.mode_page_caching.page", "page", base.DEC, nil)
F.mode_page_caching_page_page_code = ProtoField.uint32("pv_scsi.mode_page_caching.page_code", "page_code", base.DEC, nil)
F.mode_page_caching_page_spf = ProtoField.uint32("pv_scsi.mode_page_caching.spf", "spf", base.DEC, nil)
F.mode_page_caching_page_ps = ProtoField.uint32("pv_scsi.mode_page_caching.ps", "ps", base.DEC, nil)
F.mode_page_caching_page_len = ProtoField.uint8("pv_scsi.mode_page_caching.page_len", "page_len", base.DEC, nil)
F.mode_page_caching_flags = ProtoField.uint8("pv_scsi.mode_page_caching.flags", "flags", base.DEC, nil)
F.mode_page_caching_flags_rcd = ProtoField.uint32("pv_scsi.mode_page_caching.rcd", "rcd", base.DEC, nil)
F.mode_page_caching_flags_mf = ProtoField.uint32("pv_scsi.mode_page_caching.mf", "mf", base.DEC, nil)
F.mode_page_caching_flags_wce = ProtoField.uint32("pv_scsi.mode_page_caching.wce", "wce", base.DEC, nil)
F.mode_page_caching_flags_size = ProtoField.uint32("pv_scsi.mode_page_caching.size", "size", base.DEC, nil)
F.mode_page_caching_flags_disc = ProtoField.uint32("pv_scsi.mode_page_caching.disc", "disc", base.DEC, nil)
F.mode_page_caching_flags_cap = ProtoField.uint32("pv_scsi.mode_page_caching.cap", "cap", base.DEC, nil)
F.mode_page_caching_flags_abpf = ProtoField.uint32("pv_scsi.mode_page_caching.abpf", "abpf", base.DEC, nil)
F.mode_page_caching_flags_ic = ProtoField.uint32("pv_scsi.mode_page_caching.ic", "ic", base.DEC, nil)
F.mode_page_caching_retention = ProtoField.uint8("pv_scsi.mode_page_caching.retention", "retention", base.DEC, nil)
F.mode_page_caching_disable_prefetch_len = ProtoField.uint16("pv_scsi.mode_page_caching.disable_prefetch_len", "disable_prefetch_len", base.DEC, nil)
F.mode_page_caching_min_prefetch = ProtoField.uint16("pv_scsi.mode_page_caching.min_prefetch", "min_prefetch", base.DEC, nil)
F.mode_page_caching_max_prefetch = ProtoField.uint16("pv_scsi.mode_page_caching.max_prefetch", "max_prefetch", base.DEC, nil)
F.mode_page_caching_max_prefetch_ceiling = ProtoField.uint16("pv_scsi.mode_page_caching.max_prefetch_ceiling", "max_prefetch_ceiling", base.DEC, nil)
F.mode_page_caching_flags12 = ProtoField.uint8("pv_scsi.mode_page_caching.flags12", "flags12", base.DEC, nil)
F.mode_page_caching_cache_segments = ProtoField.uint8("pv_scsi.mode_page_caching.cache_segments", "cache_segments", base.DEC, nil)
F.mode_page_caching_cache_segment_size = ProtoField.uint16("pv_scsi.mode_page_caching.cache_segment_size", "cache_segment_size", base.DEC, nil)
F.mode_page_caching_reserved = ProtoField.uint8("pv_scsi.mode_page_caching.reserved", "reserved", base.DEC, nil)
F.mode_page_caching_obsolete = ProtoField.bytes("pv_scsi.mode_page_caching.obsolete", "obsolete")
F.read_capacity10_data_last_lba = ProtoField.uint32("pv_scsi.read_capacity10_data.last_lba", "last_lba", base.DEC, nil)
F.read_capacity10_data_block_len = ProtoField.uint32("pv_scsi.read_capacity10_data.block_len", "block_len", base.DEC, nil)
F.read_capacity16_data_last_lba = ProtoField.uint64("pv_scsi.read_capacity16_data.last_lba", "last_lba", base.HEX, nil)
F.read_capacity16_data_block_len = ProtoField.uint32("pv_scsi.read_capacity16_data.block_len", "block_len", base.DEC, nil)
F.read_capacity16_data_prot = ProtoField.uint8("pv_scsi.read_capacity16_data.prot", "prot", base.DEC, nil)
F.read_capacity16_data_prot_prot_en = ProtoField.uint32("pv_scsi.read_capacity16_data.prot_en", "prot_en", base.DEC, nil)
F.read_capacity16_data_prot_p_type = ProtoField.uint32("pv_scsi.read_capacity16_data.p_type", "p_type", base.DEC, nil)
F.read_capacity16_data_exponents = ProtoField.uint8("pv_scsi.read_capacity16_data.exponents", "exponents", base.DEC, nil)
F.read_capacity16_data_exponents_lbppbe = ProtoField.uint32("pv_scsi.read_capacity16_data.lbppbe", "lbppbe", base.DEC, nil)
F.read_capacity16_data_exponents_p_i_exponent = ProtoField.uint32("pv_scsi.read_capacity16_data.p_i_exponent", "p_i_exponent", base.DEC, nil)
F.read_capacity16_data_lbp = ProtoField.uint16("pv_scsi.read_capacity16_data.lbp", "lbp", base.DEC, nil)
F.read_capacity16_data_lbp_lowest_aligned_lba = ProtoField.uint32("pv_scsi.read_capacity16_data.lowest_aligned_lba", "lowest_aligned_lba", base.DEC, nil)
F.read_capacity16_data_lbp_lbprz = ProtoField.uint32("pv_scsi.read_capacity16_data.lbprz", "lbprz", base.DEC, nil)
F.read_capacity16_data_lbp_lbpme = ProtoField.uint32("pv_scsi.read_capacity16_data.lbpme", "lbpme", base.DEC, nil)
F.read_capacity16_data_reserved = ProtoField.bytes("pv_scsi.read_capacity16_data.reserved", "reserved")
F.lun_entry_addr = ProtoField.uint16("pv_scsi.lun_entry.addr", "addr", base.DEC, nil)
F.lun_entry_addr_lun = ProtoField.uint32("pv_scsi.lun_entry.lun", "lun", base.DEC, nil)
F.lun_entry_addr_address_method = ProtoField.uint32("pv_scsi.lun_entry.address_method", "address_method", base.DEC, {[0] = "PERIPHERAL", [1] = "FLAT"})
F.lun_entry_second_level = ProtoField.bytes("pv_scsi.lun_entry.second_level", "second_level")
F.report_luns_data_list_len = ProtoField.uint32("pv_scsi.report_luns_data.list_len", "list_len", base.DEC, nil)
F.report_luns_data_reserved = ProtoField.bytes("pv_scsi.report_luns_data.reserved", "reserved")
F.report_luns_data_luns = ProtoField.none("pv_scsi.report_luns_data.luns", "luns")
F.pr_in_header_generation = ProtoField.uint32("pv_scsi.pr_in_header.generation", "generation", base.DEC, nil)
F.pr_in_header_additional_len = ProtoField.uint32("pv_scsi.pr_in_header.additional_len", "additional_len", base.DEC, nil)
F.pr_in_capabilities_length = ProtoField.uint16("pv_scsi.pr_in_capabilities.length", "length", base.DEC, nil)
F.pr_in_capabilities_flags2 = ProtoField.uint8("pv_scsi.pr_in_capabilities.flags2", "flags2", base.DEC, nil)
F.pr_in_capabilities_flags2_ptpl_c = ProtoField.uint32("pv_scsi.pr_in_capabilities.ptpl_c", "ptpl_c", base.DEC, nil)
F.pr_in_capabilities_flags2_atp_c = ProtoField.uint32("pv_scsi.pr_in_capabilities.atp_c", "atp_c", base.DEC, nil)
F.pr_in_capabilities_flags2_sip_c = ProtoField.uint32("pv_scsi.pr_in_capabilities.sip_c", "sip_c", base.DEC, nil)
F.pr_in_capabilities_flags2_crh = ProtoField.uint32("pv_scsi.pr_in_capabilities.crh", "crh", base.DEC, nil)
F.pr_in_capabilities_flags2_rlr_c = ProtoField.uint32("pv_scsi.pr_in_capabilities.rlr_c", "rlr_c", base.DEC, nil)
F.pr_in_capabilities_flags3 = ProtoField.uint8("pv_scsi.pr_in_capabilities.flags3", "flags3", base.DEC, nil)
F.pr_in_capabilities_flags3_ptpl_a = ProtoField.uint32("pv_scsi.pr_in_capabilities.ptpl_a", "ptpl_a", base.DEC, nil)
F.pr_in_capabilities_flags3_allow_commands = ProtoField.uint32("pv_scsi.pr_in_capabilities.allow_commands", "allow_commands", base.DEC, nil)
F.pr_in_capabilities_flags3_tmv = ProtoField.uint32("pv_scsi.pr_in_capabilities.tmv", "tmv", base.DEC, nil)
F.pr_in_capabilities_type_mask = ProtoField.uint16("pv_scsi.pr_in_capabilities.type_mask", "type_mask", base.DEC, nil)
F.pr_in_capabilities_reserved = ProtoField.bytes("pv_scsi.pr_in_capabilities.reserved", "reserved")
F._to_guest_code = ProtoField.uint16("pv_scsi.asc_ascq", "asc_ascq", base.HEX, {[0] = "NO_ADDITIONAL_SENSE", [768] = "PERIPHERAL_DEVICE_WRITE_FAULT", [1024] = "LOGICAL_UNIT_NOT_READY", [2824] = "WARNING_POWER_LOSS_EXPECTED", [3072] = "WRITE_ERROR", [4097] = "LOGICAL_BLOCK_GUARD_CHECK_FAILED", [4098] = "LOGICAL_BLOCK_APPLICATION_TAG_CHECK_FAILED", [4099] = "LOGICAL_BLOCK_REFERENCE_TAG_CHECK_FAILED", [4352] = "UNRECOVERED_READ_ERROR", [7424] = "MISCOMPARE_DURING_VERIFY", [8194] = "ACCESS_DENIED_NO_ACCESS_RIGHTS", [8201] = "ACCESS_DENIED_INVALID_LU_IDENTIFIER", [6656] = "PARAMETER_LIST_LENGTH_ERROR", [8192] = "INVALID_COMMAND_OPERATION_CODE", [8448] = "LBA_OUT_OF_RANGE", [9216] = "INVALID_FIELD_IN_CDB", [9472] = "LOGICAL_UNIT_NOT_SUPPORTED", [9728] = "INVALID_FIELD_IN_PARAMETER_LIST", [9984] = "WRITE_PROTECTED", [9991] = "SPACE_ALLOCATION_FAILED_WRITE_PROTECT", [10496] = "POWER_ON_RESET", [10761] = "CAPACITY_DATA_HAS_CHANGED", [11264] = "COMMAND_SEQUENCE_ERROR", [14592] = "SAVING_PARAMETERS_NOT_SUPPORTED", [16142] = "REPORTED_LUNS_DATA_HAS_CHANGED", [17408] = "INTERNAL_TARGET_FAILURE"})
proto.fields = {
	F.cdb_test_unit_ready_opcode,
	F.cdb_test_unit_ready_reserved,
	F.cdb_test_unit_ready_control,
	F.cdb_request_sense_opcode,
	F.cdb_request_sense_flags,
	F.cdb_request_sense_flags_desc,
	F.cdb_request_sense_reserved,
	F.cdb_request_sense_alloc_len,
	F.cdb_request_sense_control,
	F.cdb_inquiry_opcode,
	F.cdb_inquiry_flags,
	F.cdb_inquiry_flags_evpd,
	F.cdb_inquiry_flags_cmddt,
	F.cdb_inquiry_page_code,
	F.cdb_inquiry_alloc_len,
	F.cdb_inquiry_control,
	F.cdb_rw6_opcode,
	F.cdb_rw6_lba,
	F.cdb_rw6_lba_lba,
	F.cdb_rw6_length,
	F.cdb_rw6_control,
	F.cdb_rw10_opcode,
	F.cdb_rw10_flags,
	F.cdb_rw10_flags_fua_nv,
	F.cdb_rw10_flags_fua,
	F.cdb_rw10_flags_dpo,
	F.cdb_rw10_flags_protect,
	F.cdb_rw10_lba,
	F.cdb_rw10_group,
	F.cdb_rw10_length,
	F.cdb_rw10_control,
	F.cdb_rw12_opcode,
	F.cdb_rw12_flags,
	F.cdb_rw12_flags_fua_nv,
	F.cdb_rw12_flags_fua,
	F.cdb_rw12_flags_dpo,
	F.cdb_rw12_flags_protect,
	F.cdb_rw12_lba,
	F.cdb_rw12_length,
	F.cdb_rw12_group,
	F.cdb_rw12_control,
	F.cdb_rw16_opcode,
	F.cdb_rw16_flags,
	F.cdb_rw16_flags_fua_nv,
	F.cdb_rw16_flags_fua,
	F.cdb_rw16_flags_dpo,
	F.cdb_rw16_flags_protect,
	F.cdb_rw16_lba,
	F.cdb_rw16_length,
	F.cdb_rw16_group,
	F.cdb_rw16_control,
	F.cdb_verify10_opcode,
	F.cdb_verify10_flags,
	F.cdb_verify10_flags_bytchk,
	F.cdb_verify10_flags_dpo,
	F.cdb_verify10_flags_vrprotect,
	F.cdb_verify10_lba,
	F.cdb_verify10_group,
	F.cdb_verify10_length,
	F.cdb_verify10_control,
	F.cdb_verify16_opcode,
	F.cdb_verify16_flags,
	F.cdb_verify16_flags_bytchk,
	F.cdb_verify16_flags_dpo,
	F.cdb_verify16_flags_vrprotect,
	F.cdb_verify16_lba,
	F.cdb_verify16_length,
	F.cdb_verify16_group,
	F.cdb_verify16_control,
	F.cdb_read_capacity10_opcode,
	F.cdb_read_capacity10_reserved1,
	F.cdb_read_capacity10_lba,
	F.cdb_read_capacity10_reserved6,
	F.cdb_read_capacity10_pmi,
	F.cdb_read_capacity10_pmi_pmi,
	F.cdb_read_capacity10_control,
	F.cdb_service_action_in16_opcode,
	F.cdb_service_action_in16_action,
	F.cdb_service_action_in16_action_service_action,
	F.cdb_service_action_in16_lba,
	F.cdb_service_action_in16_alloc_len,
	F.cdb_service_action_in16_pmi,
	F.cdb_service_action_in16_pmi_pmi,
	F.cdb_service_action_in16_control,
	F.cdb_mode_sense6_opcode,
	F.cdb_mode_sense6_flags,
	F.cdb_mode_sense6_flags_dbd,
	F.cdb_mode_sense6_page,
	F.cdb_mode_sense6_page_page_code,
	F.cdb_mode_sense6_page_pc,
	F.cdb_mode_sense6_subpage,
	F.cdb_mode_sense6_alloc_len,
	F.cdb_mode_sense6_control,
	F.cdb_mode_sense10_opcode,
	F.cdb_mode_sense10_flags,
	F.cdb_mode_sense10_flags_dbd,
	F.cdb_mode_sense10_flags_llbaa,
	F.cdb_mode_sense10_page,
	F.cdb_mode_sense10_page_page_code,
	F.cdb_mode_sense10_page_pc,
	F.cdb_mode_sense10_subpage,
	F.cdb_mode_sense10_reserved4,
	F.cdb_mode_sense10_alloc_len,
	F.cdb_mode_sense10_control,
	F.cdb_sync_cache10_opcode,
	F.cdb_sync_cache10_flags,
	F.cdb_sync_cache10_flags_immed,
	F.cdb_sync_cache10_lba,
	F.cdb_sync_cache10_group,
	F.cdb_sync_cache10_nblocks,
	F.cdb_sync_cache10_control,
	F.cdb_sync_cache16_opcode,
	F.cdb_sync_cache16_flags,
	F.cdb_sync_cache16_flags_immed,
	F.cdb_sync_cache16_lba,
	F.cdb_sync_cache16_nblocks,
	F.cdb_sync_cache16_group,
	F.cdb_sync_cache16_control,
	F.cdb_write_same10_opcode,
	F.cdb_write_same10_flags,
	F.cdb_write_same10_flags_unmap,
	F.cdb_write_same10_flags_anchor,
	F.cdb_write_same10_flags_wrprotect,
	F.cdb_write_same10_lba,
	F.cdb_write_same10_group,
	F.cdb_write_same10_nblocks,
	F.cdb_write_same10_control,
	F.cdb_write_same16_opcode,
	F.cdb_write_same16_flags,
	F.cdb_write_same16_flags_ndob,
	F.cdb_write_same16_flags_unmap,
	F.cdb_write_same16_flags_anchor,
	F.cdb_write_same16_flags_wrprotect,
	F.cdb_write_same16_lba,
	F.cdb_write_same16_nblocks,
	F.cdb_write_same16_group,
	F.cdb_write_same16_control,
	F.cdb_unmap_opcode,
	F.cdb_unmap_flags,
	F.cdb_unmap_flags_anchor,
	F.cdb_unmap_reserved2,
	F.cdb_unmap_group,
	F.cdb_unmap_param_len,
	F.cdb_unmap_control,
	F.unmap_desc_lba,
	F.unmap_desc_nblocks,
	F.unmap_desc_reserved,
	F.unmap_param_list_data_len,
	F.unmap_param_list_desc_len,
	F.unmap_param_list_reserved,
	F.unmap_param_list_descs,
	F.cdb_start_stop_unit_opcode,
	F.cdb_start_stop_unit_flags,
	F.cdb_start_stop_unit_flags_immed,
	F.cdb_start_stop_unit_reserved2,
	F.cdb_start_stop_unit_power_cond_mod,
	F.cdb_start_stop_unit_start,
	F.cdb_start_stop_unit_start_start,
	F.cdb_start_stop_unit_start_loej,
	F.cdb_start_stop_unit_start_no_flush,
	F.cdb_start_stop_unit_start_power_cond,
	F.cdb_start_stop_unit_control,
	F.cdb_pr_in_opcode,
	F.cdb_pr_in_action,
	F.cdb_pr_in_action_service_action,
	F.cdb_pr_in_reserved2,
	F.cdb_pr_in_alloc_len,
	F.cdb_pr_in_control,
	F.cdb_report_luns_opcode,
	F.cdb_report_luns_reserved1,
	F.cdb_report_luns_select_report,
	F.cdb_report_luns_reserved3,
	F.cdb_report_luns_alloc_len,
	F.cdb_report_luns_reserved10,
	F.cdb_report_luns_control,
	F.sense_fixed_response,
	F.sense_fixed_response_response_code,
	F.sense_fixed_response_valid,
	F.sense_fixed_obsolete,
	F.sense_fixed_key,
	F.sense_fixed_key_sense_key,
	F.sense_fixed_key_ili,
	F.sense_fixed_key_eom,
	F.sense_fixed_key_filemark,
	F.sense_fixed_information,
	F.sense_fixed_additional_len,
	F.sense_fixed_cmd_specific,
	F.sense_fixed_asc,
	F.sense_fixed_ascq,
	F.sense_fixed_fru,
	F.sense_fixed_sks,
	F.sense_fixed_sks_field_pointer,
	F.sense_fixed_sks_bit_pointer,
	F.sense_fixed_sks_bpv,
	F.sense_fixed_sks_cd,
	F.sense_fixed_sks_sksv,
	F.sense_desc_response,
	F.sense_desc_response_response_code,
	F.sense_desc_key,
	F.sense_desc_key_sense_key,
	F.sense_desc_asc,
	F.sense_desc_ascq,
	F.sense_desc_reserved,
	F.sense_desc_additional_len,
	F.sense_desc_sks_desc_type,
	F.sense_desc_sks_additional_len,
	F.sense_desc_sks_reserved,
	F.sense_desc_sks_sks,
	F.sense_desc_sks_sks_field_pointer,
	F.sense_desc_sks_sks_bit_pointer,
	F.sense_desc_sks_sks_bpv,
	F.sense_desc_sks_sks_cd,
	F.sense_desc_sks_sks_sksv,
	F.sense_desc_sks_reserved7,
	F.naa_designator_id,
	F.naa_designator_id_value,
	F.naa_designator_id_naa,
	F.inquiry_std_peripheral,
	F.inquiry_std_peripheral_device_type,
	F.inquiry_std_peripheral_qualifier,
	F.inquiry_std_rmb,
	F.inquiry_std_version,
	F.inquiry_std_format,
	F.inquiry_std_format_response_data_format,
	F.inquiry_std_format_hisup,
	F.inquiry_std_format_normaca,
	F.inquiry_std_additional_len,
	F.inquiry_std_flags5,
	F.inquiry_std_flags6,
	F.inquiry_std_flags7,
	F.inquiry_std_flags7_cmdque,
	F.inquiry_std_vendor,
	F.inquiry_std_product,
	F.inquiry_std_revision,
	F.vpd_header_peripheral,
	F.vpd_header_page_code,
	F.vpd_header_page_len,
	F.designator_code,
	F.designator_code_code_set,
	F.designator_code_protocol_id,
	F.designator_type,
	F.designator_type_designator_type,
	F.designator_type_association,
	F.designator_type_piv,
	F.designator_reserved,
	F.designator_length,
	F.vpd_block_limits_peripheral,
	F.vpd_block_limits_page_code,
	F.vpd_block_limits_page_len,
	F.vpd_block_limits_flags,
	F.vpd_block_limits_flags_wsnz,
	F.vpd_block_limits_max_compare_write,
	F.vpd_block_limits_opt_xfer_granularity,
	F.vpd_block_limits_max_xfer_len,
	F.vpd_block_limits_opt_xfer_len,
	F.vpd_block_limits_max_prefetch_len,
	F.vpd_block_limits_max_unmap_lba_count,
	F.vpd_block_limits_max_unmap_desc_count,
	F.vpd_block_limits_opt_unmap_granularity,
	F.vpd_block_limits_unmap_granularity_alignment,
	F.vpd_block_limits_max_write_same_len,
	F.vpd_block_limits_reserved,
	F.vpd_block_characteristics_peripheral,
	F.vpd_block_characteristics_page_code,
	F.vpd_block_characteristics_page_len,
	F.vpd_block_characteristics_rotation_rate,
	F.vpd_block_characteristics_product_type,
	F.vpd_block_characteristics_form_factor,
	F.vpd_block_characteristics_reserved,
	F.vpd_lb_provisioning_peripheral,
	F.vpd_lb_provisioning_page_code,
	F.vpd_lb_provisioning_page_len,
	F.vpd_lb_provisioning_threshold_exponent,
	F.vpd_lb_provisioning_flags,
	F.vpd_lb_provisioning_flags_dp,
	F.vpd_lb_provisioning_flags_anc_sup,
	F.vpd_lb_provisioning_flags_lbprz,
	F.vpd_lb_provisioning_flags_lbpws10,
	F.vpd_lb_provisioning_flags_lbpws,
	F.vpd_lb_provisioning_flags_lbpu,
	F.vpd_lb_provisioning_provisioning,
	F.vpd_lb_provisioning_provisioning_provisioning_type,
	F.vpd_lb_provisioning_threshold_percentage,
	F.mode_header6_mode_data_len,
	F.mode_header6_medium_type,
	F.mode_header6_device_specific,
	F.mode_header6_device_specific_dpofua,
	F.mode_header6_device_specific_wp,
	F.mode_header6_bd_len,
	F.mode_header10_mode_data_len,
	F.mode_header10_medium_type,
	F.mode_header10_device_specific,
	F.mode_header10_device_specific_dpofua,
	F.mode_header10_device_specific_wp,
	F.mode_header10_longlba,
	F.mode_header10_longlba_longlba,
	F.mode_header10_reserved,
	F.mode_header10_bd_len,
	F.block_desc_short_nblocks,
	F.block_desc_short_reserved,
	F.block_desc_short_block_len,
	F.block_desc_long_nblocks,
	F.block_desc_long_reserved,
	F.block_desc_long_block_len,
	F.mode_page_caching_page,
	F.mode_page_caching_page_page_code,
	F.mode_page_caching_page_spf,
	F.mode_page_caching_page_ps,
	F.mode_page_caching_page_len,
	F.mode_page_caching_flags,
	F.mode_page_caching_flags_rcd,
	F.mode_page_caching_flags_mf,
	F.mode_page_caching_flags_wce,
	F.mode_page_caching_flags_size,
	F.mode_page_caching_flags_disc,
	F.mode_page_caching_flags_cap,
	F.mode_page_caching_flags_abpf,
	F.mode_page_caching_flags_ic,
	F.mode_page_caching_retention,
	F.mode_page_caching_disable_prefetch_len,
	F.mode_page_caching_min_prefetch,
	F.mode_page_caching_max_prefetch,
	F.mode_page_caching_max_prefetch_ceiling,
	F.mode_page_caching_flags12,
	F.mode_page_caching_cache_segments,
	F.mode_page_caching_cache_segment_size,
	F.mode_page_caching_reserved,
	F.mode_page_caching_obsolete,
	F.read_capacity10_data_last_lba,
	F.read_capacity10_data_block_len,
	F.read_capacity16_data_last_lba,
	F.read_capacity16_data_block_len,
	F.read_capacity16_data_prot,
	F.read_capacity16_data_prot_prot_en,
	F.read_capacity16_data_prot_p_type,
	F.read_capacity16_data_exponents,
	F.read_capacity16_data_exponents_lbppbe,
	F.read_capacity16_data_exponents_p_i_exponent,
	F.read_capacity16_data_lbp,
	F.read_capacity16_data_lbp_lowest_aligned_lba,
	F.read_capacity16_data_lbp_lbprz,
	F.read_capacity16_data_lbp_lbpme,
	F.read_capacity16_data_reserved,
	F.lun_entry_addr,
	F.lun_entry_addr_lun,
	F.lun_entry_addr_address_method,
	F.lun_entry_second_level,
	F.report_luns_data_list_len,
	F.report_luns_data_reserved,
	F.report_luns_data_luns,
	F.pr_in_header_generation,
	F.pr_in_header_additional_len,
	F.pr_in_capabilities_length,
	F.pr_in_capabilities_flags2,
	F.pr_in_capabilities_flags2_ptpl_c,
	F.pr_in_capabilities_flags2_atp_c,
	F.pr_in_capabilities_flags2_sip_c,
	F.pr_in_capabilities_flags2_crh,
	F.pr_in_capabilities_flags2_rlr_c,
	F.pr_in_capabilities_flags3,
	F.pr_in_capabilities_flags3_ptpl_a,
	F.pr_in_capabilities_flags3_allow_commands,
	F.pr_in_capabilities_flags3_tmv,
	F.pr_in_capabilities_type_mask,
	F.pr_in_capabilities_reserved,
	F._to_guest_code,
}

local function dissect_cdb_test_unit_ready(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_test_unit_ready: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.cdb_test_unit_ready_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_test_unit_ready_reserved, buf(off + 1, 4))
	tree:add_le(F.cdb_test_unit_ready_control, buf(off + 5, 1))
	return 6
end

local function dissect_cdb_request_sense(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_request_sense: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.cdb_request_sense_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_request_sense_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_request_sense_flags_desc, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.cdb_request_sense_reserved, buf(off + 2, 2))
	tree:add_le(F.cdb_request_sense_alloc_len, buf(off + 4, 1))
	tree:add_le(F.cdb_request_sense_control, buf(off + 5, 1))
	return 6
end

local function dissect_cdb_inquiry(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_inquiry: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.cdb_inquiry_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_inquiry_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_inquiry_flags_evpd, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.cdb_inquiry_flags_cmddt, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x1))
	end
	tree:add_le(F.cdb_inquiry_page_code, buf(off + 2, 1))
	tree:add(F.cdb_inquiry_alloc_len, buf(off + 3, 2))
	tree:add_le(F.cdb_inquiry_control, buf(off + 5, 1))
	return 6
end

local function dissect_cdb_rw6(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_rw6: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.cdb_rw6_opcode, buf(off + 0, 1))
	tree:add(F.cdb_rw6_lba, buf(off + 1, 3))
	do
		local v = buf(off + 1, 3):uint()
		tree:add(F.cdb_rw6_lba_lba, buf(off + 1, 3), bit.band(bit.rshift(v, 0), 0x1fffff))
	end
	tree:add_le(F.cdb_rw6_length, buf(off + 4, 1))
	tree:add_le(F.cdb_rw6_control, buf(off + 5, 1))
	return 6
end

local function dissect_cdb_rw10(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_rw10: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_rw10_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_rw10_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_rw10_flags_fua_nv, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.cdb_rw10_flags_fua, buf(off + 1, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.cdb_rw10_flags_dpo, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.cdb_rw10_flags_protect, buf(off + 1, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add(F.cdb_rw10_lba, buf(off + 2, 4))
	tree:add_le(F.cdb_rw10_group, buf(off + 6, 1))
	tree:add(F.cdb_rw10_length, buf(off + 7, 2))
	tree:add_le(F.cdb_rw10_control, buf(off + 9, 1))
	return 10
end

local function dissect_cdb_rw12(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_rw12: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.cdb_rw12_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_rw12_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_rw12_flags_fua_nv, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.cdb_rw12_flags_fua, buf(off + 1, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.cdb_rw12_flags_dpo, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.cdb_rw12_flags_protect, buf(off + 1, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add(F.cdb_rw12_lba, buf(off + 2, 4))
	tree:add(F.cdb_rw12_length, buf(off + 6, 4))
	tree:add_le(F.cdb_rw12_group, buf(off + 10, 1))
	tree:add_le(F.cdb_rw12_control, buf(off + 11, 1))
	return 12
end

local function dissect_cdb_rw16(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_rw16: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.cdb_rw16_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_rw16_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_rw16_flags_fua_nv, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.cdb_rw16_flags_fua, buf(off + 1, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.cdb_rw16_flags_dpo, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.cdb_rw16_flags_protect, buf(off + 1, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add(F.cdb_rw16_lba, buf(off + 2, 8))
	tree:add(F.cdb_rw16_length, buf(off + 10, 4))
	tree:add_le(F.cdb_rw16_group, buf(off + 14, 1))
	tree:add_le(F.cdb_rw16_control, buf(off + 15, 1))
	return 16
end

local function dissect_cdb_verify10(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_verify10: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_verify10_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_verify10_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_verify10_flags_bytchk, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x3))
		tree:add(F.cdb_verify10_flags_dpo, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.cdb_verify10_flags_vrprotect, buf(off + 1, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add(F.cdb_verify10_lba, buf(off + 2, 4))
	tree:add_le(F.cdb_verify10_group, buf(off + 6, 1))
	tree:add(F.cdb_verify10_length, buf(off + 7, 2))
	tree:add_le(F.cdb_verify10_control, buf(off + 9, 1))
	return 10
end

local function dissect_cdb_verify16(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_verify16: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.cdb_verify16_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_verify16_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_verify16_flags_bytchk, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x3))
		tree:add(F.cdb_verify16_flags_dpo, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.cdb_verify16_flags_vrprotect, buf(off + 1, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add(F.cdb_verify16_lba, buf(off + 2, 8))
	tree:add(F.cdb_verify16_length, buf(off + 10, 4))
	tree:add_le(F.cdb_verify16_group, buf(off + 14, 1))
	tree:add_le(F.cdb_verify16_control, buf(off + 15, 1))
	return 16
end

local function dissect_cdb_read_capacity10(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_read_capacity10: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_read_capacity10_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_read_capacity10_reserved1, buf(off + 1, 1))
	tree:add(F.cdb_read_capacity10_lba, buf(off + 2, 4))
	tree:add_le(F.cdb_read_capacity10_reserved6, buf(off + 6, 2))
	tree:add_le(F.cdb_read_capacity10_pmi, buf(off + 8, 1))
	do
		local v = buf(off + 8, 1):le_uint()
		tree:add(F.cdb_read_capacity10_pmi_pmi, buf(off + 8, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.cdb_read_capacity10_control, buf(off + 9, 1))
	return 10
end

local function dissect_cdb_service_action_in16(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_service_action_in16: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.cdb_service_action_in16_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_service_action_in16_action, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_service_action_in16_action_service_action, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1f))
	end
	tree:add(F.cdb_service_action_in16_lba, buf(off + 2, 8))
	tree:add(F.cdb_service_action_in16_alloc_len, buf(off + 10, 4))
	tree:add_le(F.cdb_service_action_in16_pmi, buf(off + 14, 1))
	do
		local v = buf(off + 14, 1):le_uint()
		tree:add(F.cdb_service_action_in16_pmi_pmi, buf(off + 14, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.cdb_service_action_in16_control, buf(off + 15, 1))
	return 16
end

local function dissect_cdb_mode_sense6(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_mode_sense6: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.cdb_mode_sense6_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_mode_sense6_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_mode_sense6_flags_dbd, buf(off + 1, 1), bit.band(bit.rshift(v, 3), 0x1))
	end
	tree:add_le(F.cdb_mode_sense6_page, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.cdb_mode_sense6_page_page_code, buf(off + 2, 1), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.cdb_mode_sense6_page_pc, buf(off + 2, 1), bit.band(bit.rshift(v, 6), 0x3))
	end
	tree:add_le(F.cdb_mode_sense6_subpage, buf(off + 3, 1))
	tree:add_le(F.cdb_mode_sense6_alloc_len, buf(off + 4, 1))
	tree:add_le(F.cdb_mode_sense6_control, buf(off + 5, 1))
	return 6
end

local function dissect_cdb_mode_sense10(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_mode_sense10: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_mode_sense10_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_mode_sense10_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_mode_sense10_flags_dbd, buf(off + 1, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.cdb_mode_sense10_flags_llbaa, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
	end
	tree:add_le(F.cdb_mode_sense10_page, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.cdb_mode_sense10_page_page_code, buf(off + 2, 1), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.cdb_mode_sense10_page_pc, buf(off + 2, 1), bit.band(bit.rshift(v, 6), 0x3))
	end
	tree:add_le(F.cdb_mode_sense10_subpage, buf(off + 3, 1))
	tree:add_le(F.cdb_mode_sense10_reserved4, buf(off + 4, 3))
	tree:add(F.cdb_mode_sense10_alloc_len, buf(off + 7, 2))
	tree:add_le(F.cdb_mode_sense10_control, buf(off + 9, 1))
	return 10
end

local function dissect_cdb_sync_cache10(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_sync_cache10: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_sync_cache10_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_sync_cache10_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_sync_cache10_flags_immed, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x1))
	end
	tree:add(F.cdb_sync_cache10_lba, buf(off + 2, 4))
	tree:add_le(F.cdb_sync_cache10_group, buf(off + 6, 1))
	tree:add(F.cdb_sync_cache10_nblocks, buf(off + 7, 2))
	tree:add_le(F.cdb_sync_cache10_control, buf(off + 9, 1))
	return 10
end

local function dissect_cdb_sync_cache16(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_sync_cache16: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.cdb_sync_cache16_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_sync_cache16_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_sync_cache16_flags_immed, buf(off + 1, 1), bit.band(bit.rshift(v, 1), 0x1))
	end
	tree:add(F.cdb_sync_cache16_lba, buf(off + 2, 8))
	tree:add(F.cdb_sync_cache16_nblocks, buf(off + 10, 4))
	tree:add_le(F.cdb_sync_cache16_group, buf(off + 14, 1))
	tree:add_le(F.cdb_sync_cache16_control, buf(off + 15, 1))
	return 16
end

local function dissect_cdb_write_same10(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_write_same10: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_write_same10_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_write_same10_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_write_same10_flags_unmap, buf(off + 1, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.cdb_write_same10_flags_anchor, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.cdb_write_same10_flags_wrprotect, buf(off + 1, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add(F.cdb_write_same10_lba, buf(off + 2, 4))
	tree:add_le(F.cdb_write_same10_group, buf(off + 6, 1))
	tree:add(F.cdb_write_same10_nblocks, buf(off + 7, 2))
	tree:add_le(F.cdb_write_same10_control, buf(off + 9, 1))
	return 10
end

local function dissect_cdb_write_same16(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_write_same16: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.cdb_write_same16_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_write_same16_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_write_same16_flags_ndob, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.cdb_write_same16_flags_unmap, buf(off + 1, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.cdb_write_same16_flags_anchor, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.cdb_write_same16_flags_wrprotect, buf(off + 1, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add(F.cdb_write_same16_lba, buf(off + 2, 8))
	tree:add(F.cdb_write_same16_nblocks, buf(off + 10, 4))
	tree:add_le(F.cdb_write_same16_group, buf(off + 14, 1))
	tree:add_le(F.cdb_write_same16_control, buf(off + 15, 1))
	return 16
end

local function dissect_cdb_unmap(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_unmap: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_unmap_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_unmap_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_unmap_flags_anchor, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.cdb_unmap_reserved2, buf(off + 2, 4))
	tree:add_le(F.cdb_unmap_group, buf(off + 6, 1))
	tree:add(F.cdb_unmap_param_len, buf(off + 7, 2))
	tree:add_le(F.cdb_unmap_control, buf(off + 9, 1))
	return 10
end

local function dissect_unmap_desc(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "unmap_desc: short (" .. len .. " < 16)")
		return len
	end
	tree:add(F.unmap_desc_lba, buf(off + 0, 8))
	tree:add(F.unmap_desc_nblocks, buf(off + 8, 4))
	tree:add_le(F.unmap_desc_reserved, buf(off + 12, 4))
	return 16
end

local function dissect_unmap_param_list(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "unmap_param_list: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.unmap_param_list_data_len, buf(off + 0, 2))
	tree:add(F.unmap_param_list_desc_len, buf(off + 2, 2))
	tree:add_le(F.unmap_param_list_reserved, buf(off + 4, 4))
	local n = math.floor((len - 8) / 16)
	if n > 64 then n = 64 end
	local pos = 8
	for i = 1, n do
		if pos + 16 > len then break end
		local sub = tree:add(F.unmap_param_list_descs, buf(off + pos, 16))
		sub:append_text(" [" .. (i - 1) .. "]")
		dissect_unmap_desc(buf, sub, off + pos, 16)
		pos = pos + 16
	end
	return pos
end

local function dissect_cdb_start_stop_unit(buf, tree, off, len)
	if len < 6 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_start_stop_unit: short (" .. len .. " < 6)")
		return len
	end
	tree:add_le(F.cdb_start_stop_unit_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_start_stop_unit_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_start_stop_unit_flags_immed, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.cdb_start_stop_unit_reserved2, buf(off + 2, 1))
	tree:add_le(F.cdb_start_stop_unit_power_cond_mod, buf(off + 3, 1))
	tree:add_le(F.cdb_start_stop_unit_start, buf(off + 4, 1))
	do
		local v = buf(off + 4, 1):le_uint()
		tree:add(F.cdb_start_stop_unit_start_start, buf(off + 4, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.cdb_start_stop_unit_start_loej, buf(off + 4, 1), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.cdb_start_stop_unit_start_no_flush, buf(off + 4, 1), bit.band(bit.rshift(v, 2), 0x1))
		tree:add(F.cdb_start_stop_unit_start_power_cond, buf(off + 4, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	tree:add_le(F.cdb_start_stop_unit_control, buf(off + 5, 1))
	return 6
end

local function dissect_cdb_pr_in(buf, tree, off, len)
	if len < 10 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_pr_in: short (" .. len .. " < 10)")
		return len
	end
	tree:add_le(F.cdb_pr_in_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_pr_in_action, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.cdb_pr_in_action_service_action, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x1f))
	end
	tree:add_le(F.cdb_pr_in_reserved2, buf(off + 2, 5))
	tree:add(F.cdb_pr_in_alloc_len, buf(off + 7, 2))
	tree:add_le(F.cdb_pr_in_control, buf(off + 9, 1))
	return 10
end

local function dissect_cdb_report_luns(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cdb_report_luns: short (" .. len .. " < 12)")
		return len
	end
	tree:add_le(F.cdb_report_luns_opcode, buf(off + 0, 1))
	tree:add_le(F.cdb_report_luns_reserved1, buf(off + 1, 1))
	tree:add_le(F.cdb_report_luns_select_report, buf(off + 2, 1))
	tree:add_le(F.cdb_report_luns_reserved3, buf(off + 3, 3))
	tree:add(F.cdb_report_luns_alloc_len, buf(off + 6, 4))
	tree:add_le(F.cdb_report_luns_reserved10, buf(off + 10, 1))
	tree:add_le(F.cdb_report_luns_control, buf(off + 11, 1))
	return 12
end

local function dissect_sense_fixed(buf, tree, off, len)
	if len < 18 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sense_fixed: short (" .. len .. " < 18)")
		return len
	end
	tree:add_le(F.sense_fixed_response, buf(off + 0, 1))
	do
		local v = buf(off + 0, 1):le_uint()
		tree:add(F.sense_fixed_response_response_code, buf(off + 0, 1), bit.band(bit.rshift(v, 0), 0x7f))
		tree:add(F.sense_fixed_response_valid, buf(off + 0, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.sense_fixed_obsolete, buf(off + 1, 1))
	tree:add_le(F.sense_fixed_key, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.sense_fixed_key_sense_key, buf(off + 2, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.sense_fixed_key_ili, buf(off + 2, 1), bit.band(bit.rshift(v, 5), 0x1))
		tree:add(F.sense_fixed_key_eom, buf(off + 2, 1), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.sense_fixed_key_filemark, buf(off + 2, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add(F.sense_fixed_information, buf(off + 3, 4))
	tree:add_le(F.sense_fixed_additional_len, buf(off + 7, 1))
	tree:add(F.sense_fixed_cmd_specific, buf(off + 8, 4))
	tree:add_le(F.sense_fixed_asc, buf(off + 12, 1))
	tree:add_le(F.sense_fixed_ascq, buf(off + 13, 1))
	tree:add_le(F.sense_fixed_fru, buf(off + 14, 1))
	tree:add(F.sense_fixed_sks, buf(off + 15, 3))
	do
		local v = buf(off + 15, 3):uint()
		tree:add(F.sense_fixed_sks_field_pointer, buf(off + 15, 3), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.sense_fixed_sks_bit_pointer, buf(off + 15, 3), bit.band(bit.rshift(v, 16), 0x7))
		tree:add(F.sense_fixed_sks_bpv, buf(off + 15, 3), bit.band(bit.rshift(v, 19), 0x1))
		tree:add(F.sense_fixed_sks_cd, buf(off + 15, 3), bit.band(bit.rshift(v, 22), 0x1))
		tree:add(F.sense_fixed_sks_sksv, buf(off + 15, 3), bit.band(bit.rshift(v, 23), 0x1))
	end
	return 18
end

local function dissect_sense_desc(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sense_desc: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.sense_desc_response, buf(off + 0, 1))
	do
		local v = buf(off + 0, 1):le_uint()
		tree:add(F.sense_desc_response_response_code, buf(off + 0, 1), bit.band(bit.rshift(v, 0), 0x7f))
	end
	tree:add_le(F.sense_desc_key, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.sense_desc_key_sense_key, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0xf))
	end
	tree:add_le(F.sense_desc_asc, buf(off + 2, 1))
	tree:add_le(F.sense_desc_ascq, buf(off + 3, 1))
	tree:add_le(F.sense_desc_reserved, buf(off + 4, 3))
	tree:add_le(F.sense_desc_additional_len, buf(off + 7, 1))
	return 8
end

local function dissect_sense_desc_sks(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sense_desc_sks: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.sense_desc_sks_desc_type, buf(off + 0, 1))
	tree:add_le(F.sense_desc_sks_additional_len, buf(off + 1, 1))
	tree:add_le(F.sense_desc_sks_reserved, buf(off + 2, 2))
	tree:add(F.sense_desc_sks_sks, buf(off + 4, 3))
	do
		local v = buf(off + 4, 3):uint()
		tree:add(F.sense_desc_sks_sks_field_pointer, buf(off + 4, 3), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.sense_desc_sks_sks_bit_pointer, buf(off + 4, 3), bit.band(bit.rshift(v, 16), 0x7))
		tree:add(F.sense_desc_sks_sks_bpv, buf(off + 4, 3), bit.band(bit.rshift(v, 19), 0x1))
		tree:add(F.sense_desc_sks_sks_cd, buf(off + 4, 3), bit.band(bit.rshift(v, 22), 0x1))
		tree:add(F.sense_desc_sks_sks_sksv, buf(off + 4, 3), bit.band(bit.rshift(v, 23), 0x1))
	end
	tree:add_le(F.sense_desc_sks_reserved7, buf(off + 7, 1))
	return 8
end

local function dissect_naa_designator(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "naa_designator: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.naa_designator_id, buf(off + 0, 8))
	do
		local v = buf(off + 0, 8):uint64()
		tree:add(F.naa_designator_id_value, buf(off + 0, 8), v:rshift(0):band(0xfffffffffffffff):tonumber())
		tree:add(F.naa_designator_id_naa, buf(off + 0, 8), v:rshift(60):band(0xf):tonumber())
	end
	return 8
end

local function dissect_inquiry_std(buf, tree, off, len)
	if len < 36 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "inquiry_std: short (" .. len .. " < 36)")
		return len
	end
	tree:add_le(F.inquiry_std_peripheral, buf(off + 0, 1))
	do
		local v = buf(off + 0, 1):le_uint()
		tree:add(F.inquiry_std_peripheral_device_type, buf(off + 0, 1), bit.band(bit.rshift(v, 0), 0x1f))
		tree:add(F.inquiry_std_peripheral_qualifier, buf(off + 0, 1), bit.band(bit.rshift(v, 5), 0x7))
	end
	tree:add_le(F.inquiry_std_rmb, buf(off + 1, 1))
	tree:add_le(F.inquiry_std_version, buf(off + 2, 1))
	tree:add_le(F.inquiry_std_format, buf(off + 3, 1))
	do
		local v = buf(off + 3, 1):le_uint()
		tree:add(F.inquiry_std_format_response_data_format, buf(off + 3, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.inquiry_std_format_hisup, buf(off + 3, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.inquiry_std_format_normaca, buf(off + 3, 1), bit.band(bit.rshift(v, 5), 0x1))
	end
	tree:add_le(F.inquiry_std_additional_len, buf(off + 4, 1))
	tree:add_le(F.inquiry_std_flags5, buf(off + 5, 1))
	tree:add_le(F.inquiry_std_flags6, buf(off + 6, 1))
	tree:add_le(F.inquiry_std_flags7, buf(off + 7, 1))
	do
		local v = buf(off + 7, 1):le_uint()
		tree:add(F.inquiry_std_flags7_cmdque, buf(off + 7, 1), bit.band(bit.rshift(v, 1), 0x1))
	end
	tree:add_le(F.inquiry_std_vendor, buf(off + 8, 8))
	tree:add_le(F.inquiry_std_product, buf(off + 16, 16))
	tree:add_le(F.inquiry_std_revision, buf(off + 32, 4))
	return 36
end

local function dissect_vpd_header(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vpd_header: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.vpd_header_peripheral, buf(off + 0, 1))
	tree:add_le(F.vpd_header_page_code, buf(off + 1, 1))
	tree:add(F.vpd_header_page_len, buf(off + 2, 2))
	return 4
end

local function dissect_designator(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "designator: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.designator_code, buf(off + 0, 1))
	do
		local v = buf(off + 0, 1):le_uint()
		tree:add(F.designator_code_code_set, buf(off + 0, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.designator_code_protocol_id, buf(off + 0, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	tree:add_le(F.designator_type, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.designator_type_designator_type, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.designator_type_association, buf(off + 1, 1), bit.band(bit.rshift(v, 4), 0x3))
		tree:add(F.designator_type_piv, buf(off + 1, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.designator_reserved, buf(off + 2, 1))
	tree:add_le(F.designator_length, buf(off + 3, 1))
	return 4
end

local function dissect_vpd_block_limits(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vpd_block_limits: short (" .. len .. " < 64)")
		return len
	end
	tree:add_le(F.vpd_block_limits_peripheral, buf(off + 0, 1))
	tree:add_le(F.vpd_block_limits_page_code, buf(off + 1, 1))
	tree:add(F.vpd_block_limits_page_len, buf(off + 2, 2))
	tree:add_le(F.vpd_block_limits_flags, buf(off + 4, 1))
	do
		local v = buf(off + 4, 1):le_uint()
		tree:add(F.vpd_block_limits_flags_wsnz, buf(off + 4, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.vpd_block_limits_max_compare_write, buf(off + 5, 1))
	tree:add(F.vpd_block_limits_opt_xfer_granularity, buf(off + 6, 2))
	tree:add(F.vpd_block_limits_max_xfer_len, buf(off + 8, 4))
	tree:add(F.vpd_block_limits_opt_xfer_len, buf(off + 12, 4))
	tree:add(F.vpd_block_limits_max_prefetch_len, buf(off + 16, 4))
	tree:add(F.vpd_block_limits_max_unmap_lba_count, buf(off + 20, 4))
	tree:add(F.vpd_block_limits_max_unmap_desc_count, buf(off + 24, 4))
	tree:add(F.vpd_block_limits_opt_unmap_granularity, buf(off + 28, 4))
	tree:add(F.vpd_block_limits_unmap_granularity_alignment, buf(off + 32, 4))
	tree:add(F.vpd_block_limits_max_write_same_len, buf(off + 36, 8))
	return 64
end

local function dissect_vpd_block_characteristics(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vpd_block_characteristics: short (" .. len .. " < 64)")
		return len
	end
	tree:add_le(F.vpd_block_characteristics_peripheral, buf(off + 0, 1))
	tree:add_le(F.vpd_block_characteristics_page_code, buf(off + 1, 1))
	tree:add(F.vpd_block_characteristics_page_len, buf(off + 2, 2))
	tree:add(F.vpd_block_characteristics_rotation_rate, buf(off + 4, 2))
	tree:add_le(F.vpd_block_characteristics_product_type, buf(off + 6, 1))
	tree:add_le(F.vpd_block_characteristics_form_factor, buf(off + 7, 1))
	return 64
end

local function dissect_vpd_lb_provisioning(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vpd_lb_provisioning: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.vpd_lb_provisioning_peripheral, buf(off + 0, 1))
	tree:add_le(F.vpd_lb_provisioning_page_code, buf(off + 1, 1))
	tree:add(F.vpd_lb_provisioning_page_len, buf(off + 2, 2))
	tree:add_le(F.vpd_lb_provisioning_threshold_exponent, buf(off + 4, 1))
	tree:add_le(F.vpd_lb_provisioning_flags, buf(off + 5, 1))
	do
		local v = buf(off + 5, 1):le_uint()
		tree:add(F.vpd_lb_provisioning_flags_dp, buf(off + 5, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.vpd_lb_provisioning_flags_anc_sup, buf(off + 5, 1), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.vpd_lb_provisioning_flags_lbprz, buf(off + 5, 1), bit.band(bit.rshift(v, 2), 0x7))
		tree:add(F.vpd_lb_provisioning_flags_lbpws10, buf(off + 5, 1), bit.band(bit.rshift(v, 5), 0x1))
		tree:add(F.vpd_lb_provisioning_flags_lbpws, buf(off + 5, 1), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.vpd_lb_provisioning_flags_lbpu, buf(off + 5, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.vpd_lb_provisioning_provisioning, buf(off + 6, 1))
	do
		local v = buf(off + 6, 1):le_uint()
		tree:add(F.vpd_lb_provisioning_provisioning_provisioning_type, buf(off + 6, 1), bit.band(bit.rshift(v, 0), 0x7))
	end
	tree:add_le(F.vpd_lb_provisioning_threshold_percentage, buf(off + 7, 1))
	return 8
end

local function dissect_mode_header6(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "mode_header6: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.mode_header6_mode_data_len, buf(off + 0, 1))
	tree:add_le(F.mode_header6_medium_type, buf(off + 1, 1))
	tree:add_le(F.mode_header6_device_specific, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.mode_header6_device_specific_dpofua, buf(off + 2, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.mode_header6_device_specific_wp, buf(off + 2, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.mode_header6_bd_len, buf(off + 3, 1))
	return 4
end

local function dissect_mode_header10(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "mode_header10: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.mode_header10_mode_data_len, buf(off + 0, 2))
	tree:add_le(F.mode_header10_medium_type, buf(off + 2, 1))
	tree:add_le(F.mode_header10_device_specific, buf(off + 3, 1))
	do
		local v = buf(off + 3, 1):le_uint()
		tree:add(F.mode_header10_device_specific_dpofua, buf(off + 3, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.mode_header10_device_specific_wp, buf(off + 3, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.mode_header10_longlba, buf(off + 4, 1))
	do
		local v = buf(off + 4, 1):le_uint()
		tree:add(F.mode_header10_longlba_longlba, buf(off + 4, 1), bit.band(bit.rshift(v, 0), 0x1))
	end
	tree:add_le(F.mode_header10_reserved, buf(off + 5, 1))
	tree:add(F.mode_header10_bd_len, buf(off + 6, 2))
	return 8
end

local function dissect_block_desc_short(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "block_desc_short: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.block_desc_short_nblocks, buf(off + 0, 4))
	tree:add_le(F.block_desc_short_reserved, buf(off + 4, 1))
	tree:add(F.block_desc_short_block_len, buf(off + 5, 3))
	return 8
end

local function dissect_block_desc_long(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "block_desc_long: short (" .. len .. " < 16)")
		return len
	end
	tree:add(F.block_desc_long_nblocks, buf(off + 0, 8))
	tree:add_le(F.block_desc_long_reserved, buf(off + 8, 4))
	tree:add(F.block_desc_long_block_len, buf(off + 12, 4))
	return 16
end

local function dissect_mode_page_caching(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "mode_page_caching: short (" .. len .. " < 20)")
		return len
	end
	tree:add_le(F.mode_page_caching_page, buf(off + 0, 1))
	do
		local v = buf(off + 0, 1):le_uint()
		tree:add(F.mode_page_caching_page_page_code, buf(off + 0, 1), bit.band(bit.rshift(v, 0), 0x3f))
		tree:add(F.mode_page_caching_page_spf, buf(off + 0, 1), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.mode_page_caching_page_ps, buf(off + 0, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.mode_page_caching_page_len, buf(off + 1, 1))
	tree:add_le(F.mode_page_caching_flags, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.mode_page_caching_flags_rcd, buf(off + 2, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.mode_page_caching_flags_mf, buf(off + 2, 1), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.mode_page_caching_flags_wce, buf(off + 2, 1), bit.band(bit.rshift(v, 2), 0x1))
		tree:add(F.mode_page_caching_flags_size, buf(off + 2, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.mode_page_caching_flags_disc, buf(off + 2, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.mode_page_caching_flags_cap, buf(off + 2, 1), bit.band(bit.rshift(v, 5), 0x1))
		tree:add(F.mode_page_caching_flags_abpf, buf(off + 2, 1), bit.band(bit.rshift(v, 6), 0x1))
		tree:add(F.mode_page_caching_flags_ic, buf(off + 2, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.mode_page_caching_retention, buf(off + 3, 1))
	tree:add(F.mode_page_caching_disable_prefetch_len, buf(off + 4, 2))
	tree:add(F.mode_page_caching_min_prefetch, buf(off + 6, 2))
	tree:add(F.mode_page_caching_max_prefetch, buf(off + 8, 2))
	tree:add(F.mode_page_caching_max_prefetch_ceiling, buf(off + 10, 2))
	tree:add_le(F.mode_page_caching_flags12, buf(off + 12, 1))
	tree:add_le(F.mode_page_caching_cache_segments, buf(off + 13, 1))
	tree:add(F.mode_page_caching_cache_segment_size, buf(off + 14, 2))
	tree:add_le(F.mode_page_caching_reserved, buf(off + 16, 1))
	tree:add_le(F.mode_page_caching_obsolete, buf(off + 17, 3))
	return 20
end

local function dissect_read_capacity10_data(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "read_capacity10_data: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.read_capacity10_data_last_lba, buf(off + 0, 4))
	tree:add(F.read_capacity10_data_block_len, buf(off + 4, 4))
	return 8
end

local function dissect_read_capacity16_data(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "read_capacity16_data: short (" .. len .. " < 32)")
		return len
	end
	tree:add(F.read_capacity16_data_last_lba, buf(off + 0, 8))
	tree:add(F.read_capacity16_data_block_len, buf(off + 8, 4))
	tree:add_le(F.read_capacity16_data_prot, buf(off + 12, 1))
	do
		local v = buf(off + 12, 1):le_uint()
		tree:add(F.read_capacity16_data_prot_prot_en, buf(off + 12, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.read_capacity16_data_prot_p_type, buf(off + 12, 1), bit.band(bit.rshift(v, 1), 0x7))
	end
	tree:add_le(F.read_capacity16_data_exponents, buf(off + 13, 1))
	do
		local v = buf(off + 13, 1):le_uint()
		tree:add(F.read_capacity16_data_exponents_lbppbe, buf(off + 13, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.read_capacity16_data_exponents_p_i_exponent, buf(off + 13, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	tree:add(F.read_capacity16_data_lbp, buf(off + 14, 2))
	do
		local v = buf(off + 14, 2):uint()
		tree:add(F.read_capacity16_data_lbp_lowest_aligned_lba, buf(off + 14, 2), bit.band(bit.rshift(v, 0), 0x3fff))
		tree:add(F.read_capacity16_data_lbp_lbprz, buf(off + 14, 2), bit.band(bit.rshift(v, 14), 0x1))
		tree:add(F.read_capacity16_data_lbp_lbpme, buf(off + 14, 2), bit.band(bit.rshift(v, 15), 0x1))
	end
	return 32
end

local function dissect_lun_entry(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "lun_entry: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.lun_entry_addr, buf(off + 0, 2))
	do
		local v = buf(off + 0, 2):uint()
		tree:add(F.lun_entry_addr_lun, buf(off + 0, 2), bit.band(bit.rshift(v, 0), 0x3fff))
		tree:add(F.lun_entry_addr_address_method, buf(off + 0, 2), bit.band(bit.rshift(v, 14), 0x3))
	end
	tree:add_le(F.lun_entry_second_level, buf(off + 2, 6))
	return 8
end

local function dissect_report_luns_data(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "report_luns_data: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.report_luns_data_list_len, buf(off + 0, 4))
	tree:add_le(F.report_luns_data_reserved, buf(off + 4, 4))
	local n = math.floor((len - 8) / 8)
	if n > 256 then n = 256 end
	local pos = 8
	for i = 1, n do
		if pos + 8 > len then break end
		local sub = tree:add(F.report_luns_data_luns, buf(off + pos, 8))
		sub:append_text(" [" .. (i - 1) .. "]")
		dissect_lun_entry(buf, sub, off + pos, 8)
		pos = pos + 8
	end
	return pos
end

local function dissect_pr_in_header(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "pr_in_header: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.pr_in_header_generation, buf(off + 0, 4))
	tree:add(F.pr_in_header_additional_len, buf(off + 4, 4))
	return 8
end

local function dissect_pr_in_capabilities(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "pr_in_capabilities: short (" .. len .. " < 8)")
		return len
	end
	tree:add(F.pr_in_capabilities_length, buf(off + 0, 2))
	tree:add_le(F.pr_in_capabilities_flags2, buf(off + 2, 1))
	do
		local v = buf(off + 2, 1):le_uint()
		tree:add(F.pr_in_capabilities_flags2_ptpl_c, buf(off + 2, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.pr_in_capabilities_flags2_atp_c, buf(off + 2, 1), bit.band(bit.rshift(v, 2), 0x1))
		tree:add(F.pr_in_capabilities_flags2_sip_c, buf(off + 2, 1), bit.band(bit.rshift(v, 3), 0x1))
		tree:add(F.pr_in_capabilities_flags2_crh, buf(off + 2, 1), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.pr_in_capabilities_flags2_rlr_c, buf(off + 2, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add_le(F.pr_in_capabilities_flags3, buf(off + 3, 1))
	do
		local v = buf(off + 3, 1):le_uint()
		tree:add(F.pr_in_capabilities_flags3_ptpl_a, buf(off + 3, 1), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.pr_in_capabilities_flags3_allow_commands, buf(off + 3, 1), bit.band(bit.rshift(v, 4), 0x7))
		tree:add(F.pr_in_capabilities_flags3_tmv, buf(off + 3, 1), bit.band(bit.rshift(v, 7), 0x1))
	end
	tree:add(F.pr_in_capabilities_type_mask, buf(off + 4, 2))
	tree:add_le(F.pr_in_capabilities_reserved, buf(off + 6, 2))
	return 8
end

-- what the bytes of a record going to guest are (lua.to_guest in spec/scsi.yaml)
local to_guest_code_names = {[0] = "NO_ADDITIONAL_SENSE", [768] = "PERIPHERAL_DEVICE_WRITE_FAULT", [1024] = "LOGICAL_UNIT_NOT_READY", [2824] = "WARNING_POWER_LOSS_EXPECTED", [3072] = "WRITE_ERROR", [4097] = "LOGICAL_BLOCK_GUARD_CHECK_FAILED", [4098] = "LOGICAL_BLOCK_APPLICATION_TAG_CHECK_FAILED", [4099] = "LOGICAL_BLOCK_REFERENCE_TAG_CHECK_FAILED", [4352] = "UNRECOVERED_READ_ERROR", [7424] = "MISCOMPARE_DURING_VERIFY", [8194] = "ACCESS_DENIED_NO_ACCESS_RIGHTS", [8201] = "ACCESS_DENIED_INVALID_LU_IDENTIFIER", [6656] = "PARAMETER_LIST_LENGTH_ERROR", [8192] = "INVALID_COMMAND_OPERATION_CODE", [8448] = "LBA_OUT_OF_RANGE", [9216] = "INVALID_FIELD_IN_CDB", [9472] = "LOGICAL_UNIT_NOT_SUPPORTED", [9728] = "INVALID_FIELD_IN_PARAMETER_LIST", [9984] = "WRITE_PROTECTED", [9991] = "SPACE_ALLOCATION_FAILED_WRITE_PROTECT", [10496] = "POWER_ON_RESET", [10761] = "CAPACITY_DATA_HAS_CHANGED", [11264] = "COMMAND_SEQUENCE_ERROR", [14592] = "SAVING_PARAMETERS_NOT_SUPPORTED", [16142] = "REPORTED_LUNS_DATA_HAS_CHANGED", [17408] = "INTERNAL_TARGET_FAILURE"}
local function dissect_to_guest(buf, pinfo, t, len)
	if len < 1 then return end
	local ty = bit.band(buf(0, 1):uint(), 0x7f)
	if ty == 112 then
		t:append_text(", sense_fixed")
		dissect_sense_fixed(buf, t, 0, len)
		if len >= 14 then
			do
				local v = bit.band(bit.rshift(buf(2, 1):le_uint(), 0), 0xf)
				local nm = ({[0] = "NO_SENSE", [1] = "RECOVERED_ERROR", [2] = "NOT_READY", [3] = "MEDIUM_ERROR", [4] = "HARDWARE_ERROR", [5] = "ILLEGAL_REQUEST", [6] = "UNIT_ATTENTION", [7] = "DATA_PROTECT", [8] = "BLANK_CHECK", [9] = "VENDOR_SPECIFIC", [10] = "COPY_ABORTED", [11] = "ABORTED_COMMAND", [13] = "VOLUME_OVERFLOW", [14] = "MISCOMPARE", [15] = "COMPLETED"})[v] or tostring(v)
				pinfo.cols.info:append("sense_key " .. nm .. " ")
			end
			local c = buf(12, 1):uint() * 256 + buf(13, 1):uint()
			t:add(F._to_guest_code, buf(12, 2), c)
			pinfo.cols.info:append("asc_ascq " .. (to_guest_code_names[c] or string.format("0x%04x", c)) .. " ")
		end
	elseif ty == 113 then
		t:append_text(", sense_fixed")
		dissect_sense_fixed(buf, t, 0, len)
		if len >= 14 then
			do
				local v = bit.band(bit.rshift(buf(2, 1):le_uint(), 0), 0xf)
				local nm = ({[0] = "NO_SENSE", [1] = "RECOVERED_ERROR", [2] = "NOT_READY", [3] = "MEDIUM_ERROR", [4] = "HARDWARE_ERROR", [5] = "ILLEGAL_REQUEST", [6] = "UNIT_ATTENTION", [7] = "DATA_PROTECT", [8] = "BLANK_CHECK", [9] = "VENDOR_SPECIFIC", [10] = "COPY_ABORTED", [11] = "ABORTED_COMMAND", [13] = "VOLUME_OVERFLOW", [14] = "MISCOMPARE", [15] = "COMPLETED"})[v] or tostring(v)
				pinfo.cols.info:append("sense_key " .. nm .. " ")
			end
			local c = buf(12, 1):uint() * 256 + buf(13, 1):uint()
			t:add(F._to_guest_code, buf(12, 2), c)
			pinfo.cols.info:append("asc_ascq " .. (to_guest_code_names[c] or string.format("0x%04x", c)) .. " ")
		end
	elseif ty == 114 then
		t:append_text(", sense_desc")
		dissect_sense_desc(buf, t, 0, len)
		if len >= 4 then
			do
				local v = bit.band(bit.rshift(buf(1, 1):le_uint(), 0), 0xf)
				local nm = ({[0] = "NO_SENSE", [1] = "RECOVERED_ERROR", [2] = "NOT_READY", [3] = "MEDIUM_ERROR", [4] = "HARDWARE_ERROR", [5] = "ILLEGAL_REQUEST", [6] = "UNIT_ATTENTION", [7] = "DATA_PROTECT", [8] = "BLANK_CHECK", [9] = "VENDOR_SPECIFIC", [10] = "COPY_ABORTED", [11] = "ABORTED_COMMAND", [13] = "VOLUME_OVERFLOW", [14] = "MISCOMPARE", [15] = "COMPLETED"})[v] or tostring(v)
				pinfo.cols.info:append("sense_key " .. nm .. " ")
			end
			local c = buf(2, 1):uint() * 256 + buf(3, 1):uint()
			t:add(F._to_guest_code, buf(2, 2), c)
			pinfo.cols.info:append("asc_ascq " .. (to_guest_code_names[c] or string.format("0x%04x", c)) .. " ")
		end
	elseif ty == 115 then
		t:append_text(", sense_desc")
		dissect_sense_desc(buf, t, 0, len)
		if len >= 4 then
			do
				local v = bit.band(bit.rshift(buf(1, 1):le_uint(), 0), 0xf)
				local nm = ({[0] = "NO_SENSE", [1] = "RECOVERED_ERROR", [2] = "NOT_READY", [3] = "MEDIUM_ERROR", [4] = "HARDWARE_ERROR", [5] = "ILLEGAL_REQUEST", [6] = "UNIT_ATTENTION", [7] = "DATA_PROTECT", [8] = "BLANK_CHECK", [9] = "VENDOR_SPECIFIC", [10] = "COPY_ABORTED", [11] = "ABORTED_COMMAND", [13] = "VOLUME_OVERFLOW", [14] = "MISCOMPARE", [15] = "COMPLETED"})[v] or tostring(v)
				pinfo.cols.info:append("sense_key " .. nm .. " ")
			end
			local c = buf(2, 1):uint() * 256 + buf(3, 1):uint()
			t:add(F._to_guest_code, buf(2, 2), c)
			pinfo.cols.info:append("asc_ascq " .. (to_guest_code_names[c] or string.format("0x%04x", c)) .. " ")
		end
	else
		t:add_expert_info(PI_MALFORMED, PI_WARN, "response code " .. ty)
	end
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("SCSI")
	local t = tree:add(proto, buf())
	if pinfo.private.pv_dir == "to_guest" then
		dissect_to_guest(buf, pinfo, t, len)
		return
	end
	if len < 1 then return end
	local ty = buf(0, 1):le_uint()
	if ty == 0 then
		pinfo.cols.info:append("TEST_UNIT_READY ")
		t:append_text(", TEST_UNIT_READY")
		dissect_cdb_test_unit_ready(buf, t, 0, len)
	elseif ty == 3 then
		pinfo.cols.info:append("REQUEST_SENSE ")
		t:append_text(", REQUEST_SENSE")
		dissect_cdb_request_sense(buf, t, 0, len)
	elseif ty == 8 then
		pinfo.cols.info:append("READ_6 ")
		t:append_text(", READ_6")
		dissect_cdb_rw6(buf, t, 0, len)
	elseif ty == 10 then
		pinfo.cols.info:append("WRITE_6 ")
		t:append_text(", WRITE_6")
		dissect_cdb_rw6(buf, t, 0, len)
	elseif ty == 18 then
		pinfo.cols.info:append("INQUIRY ")
		t:append_text(", INQUIRY")
		dissect_cdb_inquiry(buf, t, 0, len)
	elseif ty == 26 then
		pinfo.cols.info:append("MODE_SENSE_6 ")
		t:append_text(", MODE_SENSE_6")
		dissect_cdb_mode_sense6(buf, t, 0, len)
	elseif ty == 27 then
		pinfo.cols.info:append("START_STOP_UNIT ")
		t:append_text(", START_STOP_UNIT")
		dissect_cdb_start_stop_unit(buf, t, 0, len)
	elseif ty == 37 then
		pinfo.cols.info:append("READ_CAPACITY_10 ")
		t:append_text(", READ_CAPACITY_10")
		dissect_cdb_read_capacity10(buf, t, 0, len)
	elseif ty == 40 then
		pinfo.cols.info:append("READ_10 ")
		t:append_text(", READ_10")
		dissect_cdb_rw10(buf, t, 0, len)
	elseif ty == 42 then
		pinfo.cols.info:append("WRITE_10 ")
		t:append_text(", WRITE_10")
		dissect_cdb_rw10(buf, t, 0, len)
	elseif ty == 47 then
		pinfo.cols.info:append("VERIFY_10 ")
		t:append_text(", VERIFY_10")
		dissect_cdb_verify10(buf, t, 0, len)
	elseif ty == 53 then
		pinfo.cols.info:append("SYNCHRONIZE_CACHE_10 ")
		t:append_text(", SYNCHRONIZE_CACHE_10")
		dissect_cdb_sync_cache10(buf, t, 0, len)
	elseif ty == 65 then
		pinfo.cols.info:append("WRITE_SAME_10 ")
		t:append_text(", WRITE_SAME_10")
		dissect_cdb_write_same10(buf, t, 0, len)
	elseif ty == 66 then
		pinfo.cols.info:append("UNMAP ")
		t:append_text(", UNMAP")
		dissect_cdb_unmap(buf, t, 0, len)
	elseif ty == 90 then
		pinfo.cols.info:append("MODE_SENSE_10 ")
		t:append_text(", MODE_SENSE_10")
		dissect_cdb_mode_sense10(buf, t, 0, len)
	elseif ty == 94 then
		pinfo.cols.info:append("PERSISTENT_RESERVE_IN ")
		t:append_text(", PERSISTENT_RESERVE_IN")
		dissect_cdb_pr_in(buf, t, 0, len)
	elseif ty == 136 then
		pinfo.cols.info:append("READ_16 ")
		t:append_text(", READ_16")
		dissect_cdb_rw16(buf, t, 0, len)
	elseif ty == 138 then
		pinfo.cols.info:append("WRITE_16 ")
		t:append_text(", WRITE_16")
		dissect_cdb_rw16(buf, t, 0, len)
	elseif ty == 143 then
		pinfo.cols.info:append("VERIFY_16 ")
		t:append_text(", VERIFY_16")
		dissect_cdb_verify16(buf, t, 0, len)
	elseif ty == 145 then
		pinfo.cols.info:append("SYNCHRONIZE_CACHE_16 ")
		t:append_text(", SYNCHRONIZE_CACHE_16")
		dissect_cdb_sync_cache16(buf, t, 0, len)
	elseif ty == 147 then
		pinfo.cols.info:append("WRITE_SAME_16 ")
		t:append_text(", WRITE_SAME_16")
		dissect_cdb_write_same16(buf, t, 0, len)
	elseif ty == 158 then
		pinfo.cols.info:append("SERVICE_ACTION_IN_16 ")
		t:append_text(", SERVICE_ACTION_IN_16")
		dissect_cdb_service_action_in16(buf, t, 0, len)
	elseif ty == 160 then
		pinfo.cols.info:append("REPORT_LUNS ")
		t:append_text(", REPORT_LUNS")
		dissect_cdb_report_luns(buf, t, 0, len)
	elseif ty == 168 then
		pinfo.cols.info:append("READ_12 ")
		t:append_text(", READ_12")
		dissect_cdb_rw12(buf, t, 0, len)
	elseif ty == 170 then
		pinfo.cols.info:append("WRITE_12 ")
		t:append_text(", WRITE_12")
		dissect_cdb_rw12(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_UNDECODED, PI_NOTE, "no layout for opcode " .. ty)
	end
end
