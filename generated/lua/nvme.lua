-- DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py.
-- Wireshark dissector for NVM Express (PCIe transport, admin command set).

local proto = Proto("pv_nvme", "NVM Express (PCIe transport, admin command set)")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.regs_cap = ProtoField.uint64("pv_nvme.regs.cap", "cap", base.HEX, nil)
F.regs_cap_mqes = ProtoField.uint32("pv_nvme.regs.mqes", "mqes", base.DEC, nil)
F.regs_cap_cqr = ProtoField.uint32("pv_nvme.regs.cqr", "cqr", base.DEC, nil)
F.regs_cap_ams = ProtoField.uint32("pv_nvme.regs.ams", "ams", base.DEC, nil)
F.regs_cap_to = ProtoField.uint32("pv_nvme.regs.to", "to", base.DEC, nil)
F.regs_cap_dstrd = ProtoField.uint32("pv_nvme.regs.dstrd", "dstrd", base.DEC, nil)
F.regs_cap_nssrs = ProtoField.uint32("pv_nvme.regs.nssrs", "nssrs", base.DEC, nil)
F.regs_cap_css = ProtoField.uint32("pv_nvme.regs.css", "css", base.DEC, nil)
F.regs_cap_bps = ProtoField.uint32("pv_nvme.regs.bps", "bps", base.DEC, nil)
F.regs_cap_cps = ProtoField.uint32("pv_nvme.regs.cps", "cps", base.DEC, nil)
F.regs_cap_mpsmin = ProtoField.uint32("pv_nvme.regs.mpsmin", "mpsmin", base.DEC, nil)
F.regs_cap_mpsmax = ProtoField.uint32("pv_nvme.regs.mpsmax", "mpsmax", base.DEC, nil)
F.regs_cap_pmrs = ProtoField.uint32("pv_nvme.regs.pmrs", "pmrs", base.DEC, nil)
F.regs_cap_cmbs = ProtoField.uint32("pv_nvme.regs.cmbs", "cmbs", base.DEC, nil)
F.regs_cap_nsss = ProtoField.uint32("pv_nvme.regs.nsss", "nsss", base.DEC, nil)
F.regs_cap_crms = ProtoField.uint32("pv_nvme.regs.crms", "crms", base.DEC, nil)
F.regs_vs = ProtoField.uint32("pv_nvme.regs.vs", "vs", base.DEC, nil)
F.regs_vs_ter = ProtoField.uint32("pv_nvme.regs.ter", "ter", base.DEC, nil)
F.regs_vs_mnr = ProtoField.uint32("pv_nvme.regs.mnr", "mnr", base.DEC, nil)
F.regs_vs_mjr = ProtoField.uint32("pv_nvme.regs.mjr", "mjr", base.DEC, nil)
F.regs_intms = ProtoField.uint32("pv_nvme.regs.intms", "intms", base.DEC, nil)
F.regs_intmc = ProtoField.uint32("pv_nvme.regs.intmc", "intmc", base.DEC, nil)
F.regs_cc = ProtoField.uint32("pv_nvme.regs.cc", "cc", base.DEC, nil)
F.regs_cc_en = ProtoField.uint32("pv_nvme.regs.en", "en", base.DEC, nil)
F.regs_cc_css_sel = ProtoField.uint32("pv_nvme.regs.css_sel", "css_sel", base.DEC, nil)
F.regs_cc_mps = ProtoField.uint32("pv_nvme.regs.mps", "mps", base.DEC, nil)
F.regs_cc_ams_sel = ProtoField.uint32("pv_nvme.regs.ams_sel", "ams_sel", base.DEC, nil)
F.regs_cc_shn = ProtoField.uint32("pv_nvme.regs.shn", "shn", base.DEC, {[0] = "NONE", [1] = "NORMAL", [2] = "ABRUPT"})
F.regs_cc_iosqes = ProtoField.uint32("pv_nvme.regs.iosqes", "iosqes", base.DEC, nil)
F.regs_cc_iocqes = ProtoField.uint32("pv_nvme.regs.iocqes", "iocqes", base.DEC, nil)
F.regs_cc_crime = ProtoField.uint32("pv_nvme.regs.crime", "crime", base.DEC, nil)
F.regs_rsvd18 = ProtoField.uint32("pv_nvme.regs.rsvd18", "rsvd18", base.DEC, nil)
F.regs_csts = ProtoField.uint32("pv_nvme.regs.csts", "csts", base.DEC, nil)
F.regs_csts_rdy = ProtoField.uint32("pv_nvme.regs.rdy", "rdy", base.DEC, nil)
F.regs_csts_cfs = ProtoField.uint32("pv_nvme.regs.cfs", "cfs", base.DEC, nil)
F.regs_csts_shst = ProtoField.uint32("pv_nvme.regs.shst", "shst", base.DEC, {[0] = "NORMAL", [1] = "OCCURRING", [2] = "COMPLETE"})
F.regs_csts_nssro = ProtoField.uint32("pv_nvme.regs.nssro", "nssro", base.DEC, nil)
F.regs_csts_pp = ProtoField.uint32("pv_nvme.regs.pp", "pp", base.DEC, nil)
F.regs_csts_st = ProtoField.uint32("pv_nvme.regs.st", "st", base.DEC, nil)
F.regs_nssr = ProtoField.uint32("pv_nvme.regs.nssr", "nssr", base.DEC, nil)
F.regs_aqa = ProtoField.uint32("pv_nvme.regs.aqa", "aqa", base.DEC, nil)
F.regs_aqa_asqs = ProtoField.uint32("pv_nvme.regs.asqs", "asqs", base.DEC, nil)
F.regs_aqa_acqs = ProtoField.uint32("pv_nvme.regs.acqs", "acqs", base.DEC, nil)
F.regs_asq = ProtoField.uint64("pv_nvme.regs.asq", "asq", base.HEX, nil)
F.regs_acq = ProtoField.uint64("pv_nvme.regs.acq", "acq", base.HEX, nil)
F.regs_cmbloc = ProtoField.uint32("pv_nvme.regs.cmbloc", "cmbloc", base.DEC, nil)
F.regs_cmbsz = ProtoField.uint32("pv_nvme.regs.cmbsz", "cmbsz", base.DEC, nil)
F.sqe_hdr_opcode = ProtoField.uint8("pv_nvme.sqe_hdr.opcode", "opcode", base.DEC, nil)
F.sqe_hdr_flags = ProtoField.uint8("pv_nvme.sqe_hdr.flags", "flags", base.DEC, nil)
F.sqe_hdr_flags_fuse = ProtoField.uint32("pv_nvme.sqe_hdr.fuse", "fuse", base.DEC, nil)
F.sqe_hdr_flags_psdt = ProtoField.uint32("pv_nvme.sqe_hdr.psdt", "psdt", base.DEC, nil)
F.sqe_hdr_cid = ProtoField.uint16("pv_nvme.sqe_hdr.cid", "cid", base.DEC, nil)
F.sqe_hdr_nsid = ProtoField.uint32("pv_nvme.sqe_hdr.nsid", "nsid", base.DEC, nil)
F.sqe_hdr_cdw2 = ProtoField.uint32("pv_nvme.sqe_hdr.cdw2", "cdw2", base.DEC, nil)
F.sqe_hdr_cdw3 = ProtoField.uint32("pv_nvme.sqe_hdr.cdw3", "cdw3", base.DEC, nil)
F.sqe_hdr_mptr = ProtoField.uint64("pv_nvme.sqe_hdr.mptr", "mptr", base.HEX, nil)
F.sqe_hdr_prp1 = ProtoField.uint64("pv_nvme.sqe_hdr.prp1", "prp1", base.HEX, nil)
F.sqe_hdr_prp2 = ProtoField.uint64("pv_nvme.sqe_hdr.prp2", "prp2", base.HEX, nil)
F.sqe_hdr = ProtoField.none("pv_nvme.sqe.hdr", "hdr")
F.sqe_cdw10 = ProtoField.uint32("pv_nvme.sqe.cdw10", "cdw10", base.DEC, nil)
F.sqe_cdw11 = ProtoField.uint32("pv_nvme.sqe.cdw11", "cdw11", base.DEC, nil)
F.sqe_cdw12 = ProtoField.uint32("pv_nvme.sqe.cdw12", "cdw12", base.DEC, nil)
F.sqe_cdw13 = ProtoField.uint32("pv_nvme.sqe.cdw13", "cdw13", base.DEC, nil)
F.sqe_cdw14 = ProtoField.uint32("pv_nvme.sqe.cdw14", "cdw14", base.DEC, nil)
F.sqe_cdw15 = ProtoField.uint32("pv_nvme.sqe.cdw15", "cdw15", base.DEC, nil)
F.cqe_dw0 = ProtoField.uint32("pv_nvme.cqe.dw0", "dw0", base.DEC, nil)
F.cqe_dw1 = ProtoField.uint32("pv_nvme.cqe.dw1", "dw1", base.DEC, nil)
F.cqe_sqhd = ProtoField.uint16("pv_nvme.cqe.sqhd", "sqhd", base.DEC, nil)
F.cqe_sqid = ProtoField.uint16("pv_nvme.cqe.sqid", "sqid", base.DEC, nil)
F.cqe_cid = ProtoField.uint16("pv_nvme.cqe.cid", "cid", base.DEC, nil)
F.cqe_status = ProtoField.uint16("pv_nvme.cqe.status", "status", base.DEC, nil)
F.cqe_status_p = ProtoField.uint32("pv_nvme.cqe.p", "p", base.DEC, nil)
F.cqe_status_sc = ProtoField.uint32("pv_nvme.cqe.sc", "sc", base.DEC, nil)
F.cqe_status_sct = ProtoField.uint32("pv_nvme.cqe.sct", "sct", base.DEC, nil)
F.cqe_status_crd = ProtoField.uint32("pv_nvme.cqe.crd", "crd", base.DEC, nil)
F.cqe_status_more = ProtoField.uint32("pv_nvme.cqe.more", "more", base.DEC, nil)
F.cqe_status_dnr = ProtoField.uint32("pv_nvme.cqe.dnr", "dnr", base.DEC, nil)
F.sgl_desc_addr = ProtoField.uint64("pv_nvme.sgl_desc.addr", "addr", base.HEX, nil)
F.sgl_desc_length = ProtoField.uint32("pv_nvme.sgl_desc.length", "length", base.DEC, nil)
F.sgl_desc_rsvd12 = ProtoField.uint8("pv_nvme.sgl_desc.rsvd12", "rsvd12", base.DEC, nil)
F.sgl_desc_id = ProtoField.uint8("pv_nvme.sgl_desc.id", "id", base.DEC, nil)
F.sgl_desc_id_subtype = ProtoField.uint32("pv_nvme.sgl_desc.subtype", "subtype", base.DEC, nil)
F.sgl_desc_id_type = ProtoField.uint32("pv_nvme.sgl_desc.type", "type", base.DEC, nil)
F.delete_io_q_hdr = ProtoField.none("pv_nvme.delete_io_q.hdr", "hdr")
F.delete_io_q_cdw10 = ProtoField.uint32("pv_nvme.delete_io_q.cdw10", "cdw10", base.DEC, nil)
F.delete_io_q_cdw10_qid = ProtoField.uint32("pv_nvme.delete_io_q.qid", "qid", base.DEC, nil)
F.delete_io_q_cdw11 = ProtoField.uint32("pv_nvme.delete_io_q.cdw11", "cdw11", base.DEC, nil)
F.create_io_sq_hdr = ProtoField.none("pv_nvme.create_io_sq.hdr", "hdr")
F.create_io_sq_cdw10 = ProtoField.uint32("pv_nvme.create_io_sq.cdw10", "cdw10", base.DEC, nil)
F.create_io_sq_cdw10_qid = ProtoField.uint32("pv_nvme.create_io_sq.qid", "qid", base.DEC, nil)
F.create_io_sq_cdw10_qsize = ProtoField.uint32("pv_nvme.create_io_sq.qsize", "qsize", base.DEC, nil)
F.create_io_sq_cdw11 = ProtoField.uint32("pv_nvme.create_io_sq.cdw11", "cdw11", base.DEC, nil)
F.create_io_sq_cdw11_pc = ProtoField.uint32("pv_nvme.create_io_sq.pc", "pc", base.DEC, nil)
F.create_io_sq_cdw11_qprio = ProtoField.uint32("pv_nvme.create_io_sq.qprio", "qprio", base.DEC, nil)
F.create_io_sq_cdw11_cqid = ProtoField.uint32("pv_nvme.create_io_sq.cqid", "cqid", base.DEC, nil)
F.create_io_sq_cdw12 = ProtoField.uint32("pv_nvme.create_io_sq.cdw12", "cdw12", base.DEC, nil)
F.create_io_sq_cdw12_nvmsetid = ProtoField.uint32("pv_nvme.create_io_sq.nvmsetid", "nvmsetid", base.DEC, nil)
F.create_io_sq_cdw13 = ProtoField.uint32("pv_nvme.create_io_sq.cdw13", "cdw13", base.DEC, nil)
F.create_io_cq_hdr = ProtoField.none("pv_nvme.create_io_cq.hdr", "hdr")
F.create_io_cq_cdw10 = ProtoField.uint32("pv_nvme.create_io_cq.cdw10", "cdw10", base.DEC, nil)
F.create_io_cq_cdw10_qid = ProtoField.uint32("pv_nvme.create_io_cq.qid", "qid", base.DEC, nil)
F.create_io_cq_cdw10_qsize = ProtoField.uint32("pv_nvme.create_io_cq.qsize", "qsize", base.DEC, nil)
F.create_io_cq_cdw11 = ProtoField.uint32("pv_nvme.create_io_cq.cdw11", "cdw11", base.DEC, nil)
F.create_io_cq_cdw11_pc = ProtoField.uint32("pv_nvme.create_io_cq.pc", "pc", base.DEC, nil)
F.create_io_cq_cdw11_ien = ProtoField.uint32("pv_nvme.create_io_cq.ien", "ien", base.DEC, nil)
F.create_io_cq_cdw11_iv = ProtoField.uint32("pv_nvme.create_io_cq.iv", "iv", base.DEC, nil)
F.create_io_cq_cdw12 = ProtoField.uint32("pv_nvme.create_io_cq.cdw12", "cdw12", base.DEC, nil)
F.get_log_page_hdr = ProtoField.none("pv_nvme.get_log_page.hdr", "hdr")
F.get_log_page_cdw10 = ProtoField.uint32("pv_nvme.get_log_page.cdw10", "cdw10", base.DEC, nil)
F.get_log_page_cdw10_lid = ProtoField.uint32("pv_nvme.get_log_page.lid", "lid", base.DEC, nil)
F.get_log_page_cdw10_lsp = ProtoField.uint32("pv_nvme.get_log_page.lsp", "lsp", base.DEC, nil)
F.get_log_page_cdw10_rae = ProtoField.uint32("pv_nvme.get_log_page.rae", "rae", base.DEC, nil)
F.get_log_page_cdw10_numdl = ProtoField.uint32("pv_nvme.get_log_page.numdl", "numdl", base.DEC, nil)
F.get_log_page_cdw11 = ProtoField.uint32("pv_nvme.get_log_page.cdw11", "cdw11", base.DEC, nil)
F.get_log_page_cdw11_numdu = ProtoField.uint32("pv_nvme.get_log_page.numdu", "numdu", base.DEC, nil)
F.get_log_page_cdw11_lsi = ProtoField.uint32("pv_nvme.get_log_page.lsi", "lsi", base.DEC, nil)
F.get_log_page_lpol = ProtoField.uint32("pv_nvme.get_log_page.lpol", "lpol", base.DEC, nil)
F.get_log_page_lpou = ProtoField.uint32("pv_nvme.get_log_page.lpou", "lpou", base.DEC, nil)
F.get_log_page_cdw14 = ProtoField.uint32("pv_nvme.get_log_page.cdw14", "cdw14", base.DEC, nil)
F.get_log_page_cdw14_uuid_idx = ProtoField.uint32("pv_nvme.get_log_page.uuid_idx", "uuid_idx", base.DEC, nil)
F.get_log_page_cdw14_ot = ProtoField.uint32("pv_nvme.get_log_page.ot", "ot", base.DEC, nil)
F.get_log_page_cdw14_csi = ProtoField.uint32("pv_nvme.get_log_page.csi", "csi", base.DEC, nil)
F.get_log_page_cdw15 = ProtoField.uint32("pv_nvme.get_log_page.cdw15", "cdw15", base.DEC, nil)
F.identify_hdr = ProtoField.none("pv_nvme.identify.hdr", "hdr")
F.identify_cdw10 = ProtoField.uint32("pv_nvme.identify.cdw10", "cdw10", base.DEC, nil)
F.identify_cdw10_cns = ProtoField.uint32("pv_nvme.identify.cns", "cns", base.DEC, nil)
F.identify_cdw10_cntid = ProtoField.uint32("pv_nvme.identify.cntid", "cntid", base.DEC, nil)
F.identify_cdw11 = ProtoField.uint32("pv_nvme.identify.cdw11", "cdw11", base.DEC, nil)
F.identify_cdw11_cnssid = ProtoField.uint32("pv_nvme.identify.cnssid", "cnssid", base.DEC, nil)
F.identify_cdw11_csi = ProtoField.uint32("pv_nvme.identify.csi", "csi", base.DEC, nil)
F.identify_cdw12 = ProtoField.uint32("pv_nvme.identify.cdw12", "cdw12", base.DEC, nil)
F.abort_hdr = ProtoField.none("pv_nvme.abort.hdr", "hdr")
F.abort_cdw10 = ProtoField.uint32("pv_nvme.abort.cdw10", "cdw10", base.DEC, nil)
F.abort_cdw10_sqid = ProtoField.uint32("pv_nvme.abort.sqid", "sqid", base.DEC, nil)
F.abort_cdw10_acid = ProtoField.uint32("pv_nvme.abort.acid", "acid", base.DEC, nil)
F.abort_cdw11 = ProtoField.uint32("pv_nvme.abort.cdw11", "cdw11", base.DEC, nil)
F.features_hdr = ProtoField.none("pv_nvme.features.hdr", "hdr")
F.features_cdw10 = ProtoField.uint32("pv_nvme.features.cdw10", "cdw10", base.DEC, nil)
F.features_cdw10_fid = ProtoField.uint32("pv_nvme.features.fid", "fid", base.DEC, nil)
F.features_cdw10_sel = ProtoField.uint32("pv_nvme.features.sel", "sel", base.DEC, nil)
F.features_cdw10_sv = ProtoField.uint32("pv_nvme.features.sv", "sv", base.DEC, nil)
F.features_cdw11 = ProtoField.uint32("pv_nvme.features.cdw11", "cdw11", base.DEC, nil)
F.features_cdw12 = ProtoField.uint32("pv_nvme.features.cdw12", "cdw12", base.DEC, nil)
F.features_cdw13 = ProtoField.uint32("pv_nvme.features.cdw13", "cdw13", base.DEC, nil)
F.features_cdw14 = ProtoField.uint32("pv_nvme.features.cdw14", "cdw14", base.DEC, nil)
F.features_cdw15 = ProtoField.uint32("pv_nvme.features.cdw15", "cdw15", base.DEC, nil)
F.async_event_hdr = ProtoField.none("pv_nvme.async_event.hdr", "hdr")
F.async_event_cdw10 = ProtoField.uint32("pv_nvme.async_event.cdw10", "cdw10", base.DEC, nil)
F.async_event_result_dw0 = ProtoField.uint32("pv_nvme.async_event_result.dw0", "dw0", base.DEC, nil)
F.async_event_result_dw0_type = ProtoField.uint32("pv_nvme.async_event_result.type", "type", base.DEC, nil)
F.async_event_result_dw0_info = ProtoField.uint32("pv_nvme.async_event_result.info", "info", base.DEC, nil)
F.async_event_result_dw0_log_page = ProtoField.uint32("pv_nvme.async_event_result.log_page", "log_page", base.DEC, nil)
F.num_queues_dw = ProtoField.uint32("pv_nvme.num_queues.dw", "dw", base.DEC, nil)
F.num_queues_dw_nsq = ProtoField.uint32("pv_nvme.num_queues.nsq", "nsq", base.DEC, nil)
F.num_queues_dw_ncq = ProtoField.uint32("pv_nvme.num_queues.ncq", "ncq", base.DEC, nil)
F.id_ctrl_vid = ProtoField.uint16("pv_nvme.id_ctrl.vid", "vid", base.DEC, nil)
F.id_ctrl_ssvid = ProtoField.uint16("pv_nvme.id_ctrl.ssvid", "ssvid", base.DEC, nil)
F.id_ctrl_sn = ProtoField.bytes("pv_nvme.id_ctrl.sn", "sn")
F.id_ctrl_mn = ProtoField.bytes("pv_nvme.id_ctrl.mn", "mn")
F.id_ctrl_fr = ProtoField.bytes("pv_nvme.id_ctrl.fr", "fr")
F.id_ctrl_rab = ProtoField.uint8("pv_nvme.id_ctrl.rab", "rab", base.DEC, nil)
F.id_ctrl_ieee = ProtoField.bytes("pv_nvme.id_ctrl.ieee", "ieee")
F.id_ctrl_cmic = ProtoField.uint8("pv_nvme.id_ctrl.cmic", "cmic", base.DEC, nil)
F.id_ctrl_mdts = ProtoField.uint8("pv_nvme.id_ctrl.mdts", "mdts", base.DEC, nil)
F.id_ctrl_cntlid = ProtoField.uint16("pv_nvme.id_ctrl.cntlid", "cntlid", base.DEC, nil)
F.id_ctrl_ver = ProtoField.uint32("pv_nvme.id_ctrl.ver", "ver", base.DEC, nil)
F.id_ctrl_rtd3r = ProtoField.uint32("pv_nvme.id_ctrl.rtd3r", "rtd3r", base.DEC, nil)
F.id_ctrl_rtd3e = ProtoField.uint32("pv_nvme.id_ctrl.rtd3e", "rtd3e", base.DEC, nil)
F.id_ctrl_oaes = ProtoField.uint32("pv_nvme.id_ctrl.oaes", "oaes", base.DEC, nil)
F.id_ctrl_ctratt = ProtoField.uint32("pv_nvme.id_ctrl.ctratt", "ctratt", base.DEC, nil)
F.id_ctrl_rrls = ProtoField.uint16("pv_nvme.id_ctrl.rrls", "rrls", base.DEC, nil)
F.id_ctrl_rsvd102 = ProtoField.bytes("pv_nvme.id_ctrl.rsvd102", "rsvd102")
F.id_ctrl_cntrltype = ProtoField.uint8("pv_nvme.id_ctrl.cntrltype", "cntrltype", base.DEC, nil)
F.id_ctrl_fguid = ProtoField.bytes("pv_nvme.id_ctrl.fguid", "fguid")
F.id_ctrl_crdt = ProtoField.uint16("pv_nvme.id_ctrl.crdt", "crdt", base.DEC, nil)
F.id_ctrl_rsvd134 = ProtoField.bytes("pv_nvme.id_ctrl.rsvd134", "rsvd134")
F.id_ctrl_oacs = ProtoField.uint16("pv_nvme.id_ctrl.oacs", "oacs", base.DEC, nil)
F.id_ctrl_acl = ProtoField.uint8("pv_nvme.id_ctrl.acl", "acl", base.DEC, nil)
F.id_ctrl_aerl = ProtoField.uint8("pv_nvme.id_ctrl.aerl", "aerl", base.DEC, nil)
F.id_ctrl_frmw = ProtoField.uint8("pv_nvme.id_ctrl.frmw", "frmw", base.DEC, nil)
F.id_ctrl_lpa = ProtoField.uint8("pv_nvme.id_ctrl.lpa", "lpa", base.DEC, nil)
F.id_ctrl_elpe = ProtoField.uint8("pv_nvme.id_ctrl.elpe", "elpe", base.DEC, nil)
F.id_ctrl_npss = ProtoField.uint8("pv_nvme.id_ctrl.npss", "npss", base.DEC, nil)
F.id_ctrl_avscc = ProtoField.uint8("pv_nvme.id_ctrl.avscc", "avscc", base.DEC, nil)
F.id_ctrl_apsta = ProtoField.uint8("pv_nvme.id_ctrl.apsta", "apsta", base.DEC, nil)
F.id_ctrl_wctemp = ProtoField.uint16("pv_nvme.id_ctrl.wctemp", "wctemp", base.DEC, nil)
F.id_ctrl_cctemp = ProtoField.uint16("pv_nvme.id_ctrl.cctemp", "cctemp", base.DEC, nil)
F.id_ctrl_mtfa = ProtoField.uint16("pv_nvme.id_ctrl.mtfa", "mtfa", base.DEC, nil)
F.id_ctrl_hmpre = ProtoField.uint32("pv_nvme.id_ctrl.hmpre", "hmpre", base.DEC, nil)
F.id_ctrl_hmmin = ProtoField.uint32("pv_nvme.id_ctrl.hmmin", "hmmin", base.DEC, nil)
F.id_ctrl_tnvmcap = ProtoField.bytes("pv_nvme.id_ctrl.tnvmcap", "tnvmcap")
F.id_ctrl_unvmcap = ProtoField.bytes("pv_nvme.id_ctrl.unvmcap", "unvmcap")
F.id_ctrl_rpmbs = ProtoField.uint32("pv_nvme.id_ctrl.rpmbs", "rpmbs", base.DEC, nil)
F.id_ctrl_edstt = ProtoField.uint16("pv_nvme.id_ctrl.edstt", "edstt", base.DEC, nil)
F.id_ctrl_dsto = ProtoField.uint8("pv_nvme.id_ctrl.dsto", "dsto", base.DEC, nil)
F.id_ctrl_fwug = ProtoField.uint8("pv_nvme.id_ctrl.fwug", "fwug", base.DEC, nil)
F.id_ctrl_kas = ProtoField.uint16("pv_nvme.id_ctrl.kas", "kas", base.DEC, nil)
F.id_ctrl_hctma = ProtoField.uint16("pv_nvme.id_ctrl.hctma", "hctma", base.DEC, nil)
F.id_ctrl_mntmt = ProtoField.uint16("pv_nvme.id_ctrl.mntmt", "mntmt", base.DEC, nil)
F.id_ctrl_mxtmt = ProtoField.uint16("pv_nvme.id_ctrl.mxtmt", "mxtmt", base.DEC, nil)
F.id_ctrl_sanicap = ProtoField.uint32("pv_nvme.id_ctrl.sanicap", "sanicap", base.DEC, nil)
F.id_ctrl_hmminds = ProtoField.uint32("pv_nvme.id_ctrl.hmminds", "hmminds", base.DEC, nil)
F.id_ctrl_hmmaxd = ProtoField.uint16("pv_nvme.id_ctrl.hmmaxd", "hmmaxd", base.DEC, nil)
F.id_ctrl_nsetidmax = ProtoField.uint16("pv_nvme.id_ctrl.nsetidmax", "nsetidmax", base.DEC, nil)
F.id_ctrl_endgidmax = ProtoField.uint16("pv_nvme.id_ctrl.endgidmax", "endgidmax", base.DEC, nil)
F.id_ctrl_anatt = ProtoField.uint8("pv_nvme.id_ctrl.anatt", "anatt", base.DEC, nil)
F.id_ctrl_anacap = ProtoField.uint8("pv_nvme.id_ctrl.anacap", "anacap", base.DEC, nil)
F.id_ctrl_anagrpmax = ProtoField.uint32("pv_nvme.id_ctrl.anagrpmax", "anagrpmax", base.DEC, nil)
F.id_ctrl_nanagrpid = ProtoField.uint32("pv_nvme.id_ctrl.nanagrpid", "nanagrpid", base.DEC, nil)
F.id_ctrl_pels = ProtoField.uint32("pv_nvme.id_ctrl.pels", "pels", base.DEC, nil)
F.id_ctrl_rsvd356 = ProtoField.bytes("pv_nvme.id_ctrl.rsvd356", "rsvd356")
F.id_ctrl_sqes = ProtoField.uint8("pv_nvme.id_ctrl.sqes", "sqes", base.DEC, nil)
F.id_ctrl_sqes_sqes_min = ProtoField.uint32("pv_nvme.id_ctrl.sqes_min", "sqes_min", base.DEC, nil)
F.id_ctrl_sqes_sqes_max = ProtoField.uint32("pv_nvme.id_ctrl.sqes_max", "sqes_max", base.DEC, nil)
F.id_ctrl_cqes = ProtoField.uint8("pv_nvme.id_ctrl.cqes", "cqes", base.DEC, nil)
F.id_ctrl_cqes_cqes_min = ProtoField.uint32("pv_nvme.id_ctrl.cqes_min", "cqes_min", base.DEC, nil)
F.id_ctrl_cqes_cqes_max = ProtoField.uint32("pv_nvme.id_ctrl.cqes_max", "cqes_max", base.DEC, nil)
F.id_ctrl_maxcmd = ProtoField.uint16("pv_nvme.id_ctrl.maxcmd", "maxcmd", base.DEC, nil)
F.id_ctrl_nn = ProtoField.uint32("pv_nvme.id_ctrl.nn", "nn", base.DEC, nil)
F.id_ctrl_oncs = ProtoField.uint16("pv_nvme.id_ctrl.oncs", "oncs", base.HEX, nil)
F.id_ctrl_fuses = ProtoField.uint16("pv_nvme.id_ctrl.fuses", "fuses", base.DEC, nil)
F.id_ctrl_fna = ProtoField.uint8("pv_nvme.id_ctrl.fna", "fna", base.DEC, nil)
F.id_ctrl_vwc = ProtoField.uint8("pv_nvme.id_ctrl.vwc", "vwc", base.DEC, nil)
F.id_ctrl_awun = ProtoField.uint16("pv_nvme.id_ctrl.awun", "awun", base.DEC, nil)
F.id_ctrl_awupf = ProtoField.uint16("pv_nvme.id_ctrl.awupf", "awupf", base.DEC, nil)
F.id_ctrl_icsvscc = ProtoField.uint8("pv_nvme.id_ctrl.icsvscc", "icsvscc", base.DEC, nil)
F.id_ctrl_nwpc = ProtoField.uint8("pv_nvme.id_ctrl.nwpc", "nwpc", base.DEC, nil)
F.id_ctrl_acwu = ProtoField.uint16("pv_nvme.id_ctrl.acwu", "acwu", base.DEC, nil)
F.id_ctrl_ocfs = ProtoField.uint16("pv_nvme.id_ctrl.ocfs", "ocfs", base.DEC, nil)
F.id_ctrl_sgls = ProtoField.uint32("pv_nvme.id_ctrl.sgls", "sgls", base.DEC, nil)
F.id_ctrl_mnan = ProtoField.uint32("pv_nvme.id_ctrl.mnan", "mnan", base.DEC, nil)
F.id_ctrl_rsvd544 = ProtoField.bytes("pv_nvme.id_ctrl.rsvd544", "rsvd544")
F.id_ctrl_subnqn = ProtoField.bytes("pv_nvme.id_ctrl.subnqn", "subnqn")
F.id_ctrl_rsvd1024 = ProtoField.bytes("pv_nvme.id_ctrl.rsvd1024", "rsvd1024")
F.id_ctrl_psd = ProtoField.bytes("pv_nvme.id_ctrl.psd", "psd")
F.id_ctrl_vs = ProtoField.bytes("pv_nvme.id_ctrl.vs", "vs")
F.lbaf_dw = ProtoField.uint32("pv_nvme.lbaf.dw", "dw", base.DEC, nil)
F.lbaf_dw_ms = ProtoField.uint32("pv_nvme.lbaf.ms", "ms", base.DEC, nil)
F.lbaf_dw_lbads = ProtoField.uint32("pv_nvme.lbaf.lbads", "lbads", base.DEC, nil)
F.lbaf_dw_rp = ProtoField.uint32("pv_nvme.lbaf.rp", "rp", base.DEC, nil)
F.id_ns_nsze = ProtoField.uint64("pv_nvme.id_ns.nsze", "nsze", base.HEX, nil)
F.id_ns_ncap = ProtoField.uint64("pv_nvme.id_ns.ncap", "ncap", base.HEX, nil)
F.id_ns_nuse = ProtoField.uint64("pv_nvme.id_ns.nuse", "nuse", base.HEX, nil)
F.id_ns_nsfeat = ProtoField.uint8("pv_nvme.id_ns.nsfeat", "nsfeat", base.DEC, nil)
F.id_ns_nlbaf = ProtoField.uint8("pv_nvme.id_ns.nlbaf", "nlbaf", base.DEC, nil)
F.id_ns_flbas = ProtoField.uint8("pv_nvme.id_ns.flbas", "flbas", base.DEC, nil)
F.id_ns_flbas_lbaf_idx = ProtoField.uint32("pv_nvme.id_ns.lbaf_idx", "lbaf_idx", base.DEC, nil)
F.id_ns_flbas_mdext = ProtoField.uint32("pv_nvme.id_ns.mdext", "mdext", base.DEC, nil)
F.id_ns_mc = ProtoField.uint8("pv_nvme.id_ns.mc", "mc", base.DEC, nil)
F.id_ns_dpc = ProtoField.uint8("pv_nvme.id_ns.dpc", "dpc", base.DEC, nil)
F.id_ns_dps = ProtoField.uint8("pv_nvme.id_ns.dps", "dps", base.DEC, nil)
F.id_ns_nmic = ProtoField.uint8("pv_nvme.id_ns.nmic", "nmic", base.DEC, nil)
F.id_ns_rescap = ProtoField.uint8("pv_nvme.id_ns.rescap", "rescap", base.DEC, nil)
F.id_ns_fpi = ProtoField.uint8("pv_nvme.id_ns.fpi", "fpi", base.DEC, nil)
F.id_ns_dlfeat = ProtoField.uint8("pv_nvme.id_ns.dlfeat", "dlfeat", base.DEC, nil)
F.id_ns_nawun = ProtoField.uint16("pv_nvme.id_ns.nawun", "nawun", base.DEC, nil)
F.id_ns_nawupf = ProtoField.uint16("pv_nvme.id_ns.nawupf", "nawupf", base.DEC, nil)
F.id_ns_nacwu = ProtoField.uint16("pv_nvme.id_ns.nacwu", "nacwu", base.DEC, nil)
F.id_ns_nabsn = ProtoField.uint16("pv_nvme.id_ns.nabsn", "nabsn", base.DEC, nil)
F.id_ns_nabo = ProtoField.uint16("pv_nvme.id_ns.nabo", "nabo", base.DEC, nil)
F.id_ns_nabspf = ProtoField.uint16("pv_nvme.id_ns.nabspf", "nabspf", base.DEC, nil)
F.id_ns_noiob = ProtoField.uint16("pv_nvme.id_ns.noiob", "noiob", base.DEC, nil)
F.id_ns_nvmcap = ProtoField.bytes("pv_nvme.id_ns.nvmcap", "nvmcap")
F.id_ns_npwg = ProtoField.uint16("pv_nvme.id_ns.npwg", "npwg", base.DEC, nil)
F.id_ns_npwa = ProtoField.uint16("pv_nvme.id_ns.npwa", "npwa", base.DEC, nil)
F.id_ns_npdg = ProtoField.uint16("pv_nvme.id_ns.npdg", "npdg", base.DEC, nil)
F.id_ns_npda = ProtoField.uint16("pv_nvme.id_ns.npda", "npda", base.DEC, nil)
F.id_ns_nows = ProtoField.uint16("pv_nvme.id_ns.nows", "nows", base.DEC, nil)
F.id_ns_rsvd74 = ProtoField.bytes("pv_nvme.id_ns.rsvd74", "rsvd74")
F.id_ns_anagrpid = ProtoField.uint32("pv_nvme.id_ns.anagrpid", "anagrpid", base.DEC, nil)
F.id_ns_rsvd96 = ProtoField.bytes("pv_nvme.id_ns.rsvd96", "rsvd96")
F.id_ns_nsattr = ProtoField.uint8("pv_nvme.id_ns.nsattr", "nsattr", base.DEC, nil)
F.id_ns_nvmsetid = ProtoField.uint16("pv_nvme.id_ns.nvmsetid", "nvmsetid", base.DEC, nil)
F.id_ns_endgid = ProtoField.uint16("pv_nvme.id_ns.endgid", "endgid", base.DEC, nil)
F.id_ns_nguid = ProtoField.bytes("pv_nvme.id_ns.nguid", "nguid")
F.id_ns_eui64 = ProtoField.bytes("pv_nvme.id_ns.eui64", "eui64")
F.id_ns_lbaf = ProtoField.none("pv_nvme.id_ns.lbaf", "lbaf")
F.id_ns_rsvd192 = ProtoField.bytes("pv_nvme.id_ns.rsvd192", "rsvd192")
F.id_ns_vs = ProtoField.bytes("pv_nvme.id_ns.vs", "vs")
F.ns_id_desc_nidt = ProtoField.uint8("pv_nvme.ns_id_desc.nidt", "nidt", base.DEC, {[1] = "EUI64", [2] = "NGUID", [3] = "UUID", [4] = "CSI"})
F.ns_id_desc_nidl = ProtoField.uint8("pv_nvme.ns_id_desc.nidl", "nidl", base.DEC, nil)
F.ns_id_desc_rsvd2 = ProtoField.uint16("pv_nvme.ns_id_desc.rsvd2", "rsvd2", base.DEC, nil)
F.fw_slot_log_afi = ProtoField.uint8("pv_nvme.fw_slot_log.afi", "afi", base.DEC, nil)
F.fw_slot_log_afi_active_slot = ProtoField.uint32("pv_nvme.fw_slot_log.active_slot", "active_slot", base.DEC, nil)
F.fw_slot_log_afi_next_slot = ProtoField.uint32("pv_nvme.fw_slot_log.next_slot", "next_slot", base.DEC, nil)
F.fw_slot_log_rsvd1 = ProtoField.bytes("pv_nvme.fw_slot_log.rsvd1", "rsvd1")
F.fw_slot_log_frs = ProtoField.bytes("pv_nvme.fw_slot_log.frs", "frs")
F.fw_slot_log_rsvd64 = ProtoField.bytes("pv_nvme.fw_slot_log.rsvd64", "rsvd64")
F.error_log_entry_error_count = ProtoField.uint64("pv_nvme.error_log_entry.error_count", "error_count", base.HEX, nil)
F.error_log_entry_sqid = ProtoField.uint16("pv_nvme.error_log_entry.sqid", "sqid", base.DEC, nil)
F.error_log_entry_cid = ProtoField.uint16("pv_nvme.error_log_entry.cid", "cid", base.DEC, nil)
F.error_log_entry_status = ProtoField.uint16("pv_nvme.error_log_entry.status", "status", base.DEC, nil)
F.error_log_entry_param_loc = ProtoField.uint16("pv_nvme.error_log_entry.param_loc", "param_loc", base.DEC, nil)
F.error_log_entry_lba = ProtoField.uint64("pv_nvme.error_log_entry.lba", "lba", base.HEX, nil)
F.error_log_entry_nsid = ProtoField.uint32("pv_nvme.error_log_entry.nsid", "nsid", base.DEC, nil)
F.error_log_entry_vsia = ProtoField.uint8("pv_nvme.error_log_entry.vsia", "vsia", base.DEC, nil)
F.error_log_entry_trtype = ProtoField.uint8("pv_nvme.error_log_entry.trtype", "trtype", base.DEC, nil)
F.error_log_entry_rsvd30 = ProtoField.uint16("pv_nvme.error_log_entry.rsvd30", "rsvd30", base.DEC, nil)
F.error_log_entry_csi = ProtoField.uint64("pv_nvme.error_log_entry.csi", "csi", base.HEX, nil)
F.error_log_entry_ttsi = ProtoField.uint16("pv_nvme.error_log_entry.ttsi", "ttsi", base.DEC, nil)
F.error_log_entry_rsvd42 = ProtoField.bytes("pv_nvme.error_log_entry.rsvd42", "rsvd42")
F.smart_log_critical_warning = ProtoField.uint8("pv_nvme.smart_log.critical_warning", "critical_warning", base.DEC, nil)
F.smart_log_temperature = ProtoField.uint16("pv_nvme.smart_log.temperature", "temperature", base.DEC, nil)
F.smart_log_avail_spare = ProtoField.uint8("pv_nvme.smart_log.avail_spare", "avail_spare", base.DEC, nil)
F.smart_log_spare_thresh = ProtoField.uint8("pv_nvme.smart_log.spare_thresh", "spare_thresh", base.DEC, nil)
F.smart_log_percent_used = ProtoField.uint8("pv_nvme.smart_log.percent_used", "percent_used", base.DEC, nil)
F.smart_log_endu_grp_crit_warn = ProtoField.uint8("pv_nvme.smart_log.endu_grp_crit_warn", "endu_grp_crit_warn", base.DEC, nil)
F.smart_log_rsvd7 = ProtoField.bytes("pv_nvme.smart_log.rsvd7", "rsvd7")
F.smart_log_data_units_read = ProtoField.bytes("pv_nvme.smart_log.data_units_read", "data_units_read")
F.smart_log_data_units_written = ProtoField.bytes("pv_nvme.smart_log.data_units_written", "data_units_written")
F.smart_log_host_reads = ProtoField.bytes("pv_nvme.smart_log.host_reads", "host_reads")
F.smart_log_host_writes = ProtoField.bytes("pv_nvme.smart_log.host_writes", "host_writes")
F.smart_log_ctrl_busy_time = ProtoField.bytes("pv_nvme.smart_log.ctrl_busy_time", "ctrl_busy_time")
F.smart_log_power_cycles = ProtoField.bytes("pv_nvme.smart_log.power_cycles", "power_cycles")
F.smart_log_power_on_hours = ProtoField.bytes("pv_nvme.smart_log.power_on_hours", "power_on_hours")
F.smart_log_unsafe_shutdowns = ProtoField.bytes("pv_nvme.smart_log.unsafe_shutdowns", "unsafe_shutdowns")
F.smart_log_media_errors = ProtoField.bytes("pv_nvme.smart_log.media_errors", "media_errors")
F.smart_log_num_err_log_entries = ProtoField.bytes("pv_nvme.smart_log.num_err_log_entries", "num_err_log_entries")
F.smart_log_warning_temp_time = ProtoField.uint32("pv_nvme.smart_log.warning_temp_time", "warning_temp_time", base.DEC, nil)
F.smart_log_critical_comp_time = ProtoField.uint32("pv_nvme.smart_log.critical_comp_time", "critical_comp_time", base.DEC, nil)
F.smart_log_temp_sensor = ProtoField.uint16("pv_nvme.smart_log.temp_sensor", "temp_sensor", base.DEC, nil)
F.smart_log_thm_temp1_trans_count = ProtoField.uint32("pv_nvme.smart_log.thm_temp1_trans_count", "thm_temp1_trans_count", base.DEC, nil)
F.smart_log_thm_temp2_trans_count = ProtoField.uint32("pv_nvme.smart_log.thm_temp2_trans_count", "thm_temp2_trans_count", base.DEC, nil)
F.smart_log_thm_temp1_total_time = ProtoField.uint32("pv_nvme.smart_log.thm_temp1_total_time", "thm_temp1_total_time", base.DEC, nil)
F.smart_log_thm_temp2_total_time = ProtoField.uint32("pv_nvme.smart_log.thm_temp2_total_time", "thm_temp2_total_time", base.DEC, nil)
F.smart_log_rsvd232 = ProtoField.bytes("pv_nvme.smart_log.rsvd232", "rsvd232")
F.trace_id_id = ProtoField.uint64("pv_nvme.trace_id.id", "id", base.HEX, nil)
F.trace_id_id_cid = ProtoField.uint32("pv_nvme.trace_id.cid", "cid", base.DEC, nil)
F.trace_id_id_slot = ProtoField.uint32("pv_nvme.trace_id.slot", "slot", base.DEC, nil)
F.trace_id_id_doorbell = ProtoField.uint32("pv_nvme.trace_id.doorbell", "doorbell", base.DEC, nil)
F._from_device_status = ProtoField.string("pv_nvme.status", "status")
proto.fields = {
	F.regs_cap,
	F.regs_cap_mqes,
	F.regs_cap_cqr,
	F.regs_cap_ams,
	F.regs_cap_to,
	F.regs_cap_dstrd,
	F.regs_cap_nssrs,
	F.regs_cap_css,
	F.regs_cap_bps,
	F.regs_cap_cps,
	F.regs_cap_mpsmin,
	F.regs_cap_mpsmax,
	F.regs_cap_pmrs,
	F.regs_cap_cmbs,
	F.regs_cap_nsss,
	F.regs_cap_crms,
	F.regs_vs,
	F.regs_vs_ter,
	F.regs_vs_mnr,
	F.regs_vs_mjr,
	F.regs_intms,
	F.regs_intmc,
	F.regs_cc,
	F.regs_cc_en,
	F.regs_cc_css_sel,
	F.regs_cc_mps,
	F.regs_cc_ams_sel,
	F.regs_cc_shn,
	F.regs_cc_iosqes,
	F.regs_cc_iocqes,
	F.regs_cc_crime,
	F.regs_rsvd18,
	F.regs_csts,
	F.regs_csts_rdy,
	F.regs_csts_cfs,
	F.regs_csts_shst,
	F.regs_csts_nssro,
	F.regs_csts_pp,
	F.regs_csts_st,
	F.regs_nssr,
	F.regs_aqa,
	F.regs_aqa_asqs,
	F.regs_aqa_acqs,
	F.regs_asq,
	F.regs_acq,
	F.regs_cmbloc,
	F.regs_cmbsz,
	F.sqe_hdr_opcode,
	F.sqe_hdr_flags,
	F.sqe_hdr_flags_fuse,
	F.sqe_hdr_flags_psdt,
	F.sqe_hdr_cid,
	F.sqe_hdr_nsid,
	F.sqe_hdr_cdw2,
	F.sqe_hdr_cdw3,
	F.sqe_hdr_mptr,
	F.sqe_hdr_prp1,
	F.sqe_hdr_prp2,
	F.sqe_hdr,
	F.sqe_cdw10,
	F.sqe_cdw11,
	F.sqe_cdw12,
	F.sqe_cdw13,
	F.sqe_cdw14,
	F.sqe_cdw15,
	F.cqe_dw0,
	F.cqe_dw1,
	F.cqe_sqhd,
	F.cqe_sqid,
	F.cqe_cid,
	F.cqe_status,
	F.cqe_status_p,
	F.cqe_status_sc,
	F.cqe_status_sct,
	F.cqe_status_crd,
	F.cqe_status_more,
	F.cqe_status_dnr,
	F.sgl_desc_addr,
	F.sgl_desc_length,
	F.sgl_desc_rsvd12,
	F.sgl_desc_id,
	F.sgl_desc_id_subtype,
	F.sgl_desc_id_type,
	F.delete_io_q_hdr,
	F.delete_io_q_cdw10,
	F.delete_io_q_cdw10_qid,
	F.delete_io_q_cdw11,
	F.create_io_sq_hdr,
	F.create_io_sq_cdw10,
	F.create_io_sq_cdw10_qid,
	F.create_io_sq_cdw10_qsize,
	F.create_io_sq_cdw11,
	F.create_io_sq_cdw11_pc,
	F.create_io_sq_cdw11_qprio,
	F.create_io_sq_cdw11_cqid,
	F.create_io_sq_cdw12,
	F.create_io_sq_cdw12_nvmsetid,
	F.create_io_sq_cdw13,
	F.create_io_cq_hdr,
	F.create_io_cq_cdw10,
	F.create_io_cq_cdw10_qid,
	F.create_io_cq_cdw10_qsize,
	F.create_io_cq_cdw11,
	F.create_io_cq_cdw11_pc,
	F.create_io_cq_cdw11_ien,
	F.create_io_cq_cdw11_iv,
	F.create_io_cq_cdw12,
	F.get_log_page_hdr,
	F.get_log_page_cdw10,
	F.get_log_page_cdw10_lid,
	F.get_log_page_cdw10_lsp,
	F.get_log_page_cdw10_rae,
	F.get_log_page_cdw10_numdl,
	F.get_log_page_cdw11,
	F.get_log_page_cdw11_numdu,
	F.get_log_page_cdw11_lsi,
	F.get_log_page_lpol,
	F.get_log_page_lpou,
	F.get_log_page_cdw14,
	F.get_log_page_cdw14_uuid_idx,
	F.get_log_page_cdw14_ot,
	F.get_log_page_cdw14_csi,
	F.get_log_page_cdw15,
	F.identify_hdr,
	F.identify_cdw10,
	F.identify_cdw10_cns,
	F.identify_cdw10_cntid,
	F.identify_cdw11,
	F.identify_cdw11_cnssid,
	F.identify_cdw11_csi,
	F.identify_cdw12,
	F.abort_hdr,
	F.abort_cdw10,
	F.abort_cdw10_sqid,
	F.abort_cdw10_acid,
	F.abort_cdw11,
	F.features_hdr,
	F.features_cdw10,
	F.features_cdw10_fid,
	F.features_cdw10_sel,
	F.features_cdw10_sv,
	F.features_cdw11,
	F.features_cdw12,
	F.features_cdw13,
	F.features_cdw14,
	F.features_cdw15,
	F.async_event_hdr,
	F.async_event_cdw10,
	F.async_event_result_dw0,
	F.async_event_result_dw0_type,
	F.async_event_result_dw0_info,
	F.async_event_result_dw0_log_page,
	F.num_queues_dw,
	F.num_queues_dw_nsq,
	F.num_queues_dw_ncq,
	F.id_ctrl_vid,
	F.id_ctrl_ssvid,
	F.id_ctrl_sn,
	F.id_ctrl_mn,
	F.id_ctrl_fr,
	F.id_ctrl_rab,
	F.id_ctrl_ieee,
	F.id_ctrl_cmic,
	F.id_ctrl_mdts,
	F.id_ctrl_cntlid,
	F.id_ctrl_ver,
	F.id_ctrl_rtd3r,
	F.id_ctrl_rtd3e,
	F.id_ctrl_oaes,
	F.id_ctrl_ctratt,
	F.id_ctrl_rrls,
	F.id_ctrl_rsvd102,
	F.id_ctrl_cntrltype,
	F.id_ctrl_fguid,
	F.id_ctrl_crdt,
	F.id_ctrl_rsvd134,
	F.id_ctrl_oacs,
	F.id_ctrl_acl,
	F.id_ctrl_aerl,
	F.id_ctrl_frmw,
	F.id_ctrl_lpa,
	F.id_ctrl_elpe,
	F.id_ctrl_npss,
	F.id_ctrl_avscc,
	F.id_ctrl_apsta,
	F.id_ctrl_wctemp,
	F.id_ctrl_cctemp,
	F.id_ctrl_mtfa,
	F.id_ctrl_hmpre,
	F.id_ctrl_hmmin,
	F.id_ctrl_tnvmcap,
	F.id_ctrl_unvmcap,
	F.id_ctrl_rpmbs,
	F.id_ctrl_edstt,
	F.id_ctrl_dsto,
	F.id_ctrl_fwug,
	F.id_ctrl_kas,
	F.id_ctrl_hctma,
	F.id_ctrl_mntmt,
	F.id_ctrl_mxtmt,
	F.id_ctrl_sanicap,
	F.id_ctrl_hmminds,
	F.id_ctrl_hmmaxd,
	F.id_ctrl_nsetidmax,
	F.id_ctrl_endgidmax,
	F.id_ctrl_anatt,
	F.id_ctrl_anacap,
	F.id_ctrl_anagrpmax,
	F.id_ctrl_nanagrpid,
	F.id_ctrl_pels,
	F.id_ctrl_rsvd356,
	F.id_ctrl_sqes,
	F.id_ctrl_sqes_sqes_min,
	F.id_ctrl_sqes_sqes_max,
	F.id_ctrl_cqes,
	F.id_ctrl_cqes_cqes_min,
	F.id_ctrl_cqes_cqes_max,
	F.id_ctrl_maxcmd,
	F.id_ctrl_nn,
	F.id_ctrl_oncs,
	F.id_ctrl_fuses,
	F.id_ctrl_fna,
	F.id_ctrl_vwc,
	F.id_ctrl_awun,
	F.id_ctrl_awupf,
	F.id_ctrl_icsvscc,
	F.id_ctrl_nwpc,
	F.id_ctrl_acwu,
	F.id_ctrl_ocfs,
	F.id_ctrl_sgls,
	F.id_ctrl_mnan,
	F.id_ctrl_rsvd544,
	F.id_ctrl_subnqn,
	F.id_ctrl_rsvd1024,
	F.id_ctrl_psd,
	F.id_ctrl_vs,
	F.lbaf_dw,
	F.lbaf_dw_ms,
	F.lbaf_dw_lbads,
	F.lbaf_dw_rp,
	F.id_ns_nsze,
	F.id_ns_ncap,
	F.id_ns_nuse,
	F.id_ns_nsfeat,
	F.id_ns_nlbaf,
	F.id_ns_flbas,
	F.id_ns_flbas_lbaf_idx,
	F.id_ns_flbas_mdext,
	F.id_ns_mc,
	F.id_ns_dpc,
	F.id_ns_dps,
	F.id_ns_nmic,
	F.id_ns_rescap,
	F.id_ns_fpi,
	F.id_ns_dlfeat,
	F.id_ns_nawun,
	F.id_ns_nawupf,
	F.id_ns_nacwu,
	F.id_ns_nabsn,
	F.id_ns_nabo,
	F.id_ns_nabspf,
	F.id_ns_noiob,
	F.id_ns_nvmcap,
	F.id_ns_npwg,
	F.id_ns_npwa,
	F.id_ns_npdg,
	F.id_ns_npda,
	F.id_ns_nows,
	F.id_ns_rsvd74,
	F.id_ns_anagrpid,
	F.id_ns_rsvd96,
	F.id_ns_nsattr,
	F.id_ns_nvmsetid,
	F.id_ns_endgid,
	F.id_ns_nguid,
	F.id_ns_eui64,
	F.id_ns_lbaf,
	F.id_ns_rsvd192,
	F.id_ns_vs,
	F.ns_id_desc_nidt,
	F.ns_id_desc_nidl,
	F.ns_id_desc_rsvd2,
	F.fw_slot_log_afi,
	F.fw_slot_log_afi_active_slot,
	F.fw_slot_log_afi_next_slot,
	F.fw_slot_log_rsvd1,
	F.fw_slot_log_frs,
	F.fw_slot_log_rsvd64,
	F.error_log_entry_error_count,
	F.error_log_entry_sqid,
	F.error_log_entry_cid,
	F.error_log_entry_status,
	F.error_log_entry_param_loc,
	F.error_log_entry_lba,
	F.error_log_entry_nsid,
	F.error_log_entry_vsia,
	F.error_log_entry_trtype,
	F.error_log_entry_rsvd30,
	F.error_log_entry_csi,
	F.error_log_entry_ttsi,
	F.error_log_entry_rsvd42,
	F.smart_log_critical_warning,
	F.smart_log_temperature,
	F.smart_log_avail_spare,
	F.smart_log_spare_thresh,
	F.smart_log_percent_used,
	F.smart_log_endu_grp_crit_warn,
	F.smart_log_rsvd7,
	F.smart_log_data_units_read,
	F.smart_log_data_units_written,
	F.smart_log_host_reads,
	F.smart_log_host_writes,
	F.smart_log_ctrl_busy_time,
	F.smart_log_power_cycles,
	F.smart_log_power_on_hours,
	F.smart_log_unsafe_shutdowns,
	F.smart_log_media_errors,
	F.smart_log_num_err_log_entries,
	F.smart_log_warning_temp_time,
	F.smart_log_critical_comp_time,
	F.smart_log_temp_sensor,
	F.smart_log_thm_temp1_trans_count,
	F.smart_log_thm_temp2_trans_count,
	F.smart_log_thm_temp1_total_time,
	F.smart_log_thm_temp2_total_time,
	F.smart_log_rsvd232,
	F.trace_id_id,
	F.trace_id_id_cid,
	F.trace_id_id_slot,
	F.trace_id_id_doorbell,
	F._from_device_status,
}

local function dissect_regs(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "regs: short (" .. len .. " < 64)")
		return len
	end
	tree:add_le(F.regs_cap, buf(off + 0, 8))
	do
		local v = buf(off + 0, 8):le_uint64()
		tree:add(F.regs_cap_mqes, buf(off + 0, 8), v:rshift(0):band(0xffff):tonumber())
		tree:add(F.regs_cap_cqr, buf(off + 0, 8), v:rshift(16):band(0x1):tonumber())
		tree:add(F.regs_cap_ams, buf(off + 0, 8), v:rshift(17):band(0x3):tonumber())
		tree:add(F.regs_cap_to, buf(off + 0, 8), v:rshift(24):band(0xff):tonumber())
		tree:add(F.regs_cap_dstrd, buf(off + 0, 8), v:rshift(32):band(0xf):tonumber())
		tree:add(F.regs_cap_nssrs, buf(off + 0, 8), v:rshift(36):band(0x1):tonumber())
		tree:add(F.regs_cap_css, buf(off + 0, 8), v:rshift(37):band(0xff):tonumber())
		tree:add(F.regs_cap_bps, buf(off + 0, 8), v:rshift(45):band(0x1):tonumber())
		tree:add(F.regs_cap_cps, buf(off + 0, 8), v:rshift(46):band(0x3):tonumber())
		tree:add(F.regs_cap_mpsmin, buf(off + 0, 8), v:rshift(48):band(0xf):tonumber())
		tree:add(F.regs_cap_mpsmax, buf(off + 0, 8), v:rshift(52):band(0xf):tonumber())
		tree:add(F.regs_cap_pmrs, buf(off + 0, 8), v:rshift(56):band(0x1):tonumber())
		tree:add(F.regs_cap_cmbs, buf(off + 0, 8), v:rshift(57):band(0x1):tonumber())
		tree:add(F.regs_cap_nsss, buf(off + 0, 8), v:rshift(58):band(0x1):tonumber())
		tree:add(F.regs_cap_crms, buf(off + 0, 8), v:rshift(59):band(0x3):tonumber())
	end
	tree:add_le(F.regs_vs, buf(off + 8, 4))
	do
		local v = buf(off + 8, 4):le_uint()
		tree:add(F.regs_vs_ter, buf(off + 8, 4), bit.band(bit.rshift(v, 0), 0xff))
		tree:add(F.regs_vs_mnr, buf(off + 8, 4), bit.band(bit.rshift(v, 8), 0xff))
		tree:add(F.regs_vs_mjr, buf(off + 8, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.regs_intms, buf(off + 12, 4))
	tree:add_le(F.regs_intmc, buf(off + 16, 4))
	tree:add_le(F.regs_cc, buf(off + 20, 4))
	do
		local v = buf(off + 20, 4):le_uint()
		tree:add(F.regs_cc_en, buf(off + 20, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.regs_cc_css_sel, buf(off + 20, 4), bit.band(bit.rshift(v, 4), 0x7))
		tree:add(F.regs_cc_mps, buf(off + 20, 4), bit.band(bit.rshift(v, 7), 0xf))
		tree:add(F.regs_cc_ams_sel, buf(off + 20, 4), bit.band(bit.rshift(v, 11), 0x7))
		tree:add(F.regs_cc_shn, buf(off + 20, 4), bit.band(bit.rshift(v, 14), 0x3))
		tree:add(F.regs_cc_iosqes, buf(off + 20, 4), bit.band(bit.rshift(v, 16), 0xf))
		tree:add(F.regs_cc_iocqes, buf(off + 20, 4), bit.band(bit.rshift(v, 20), 0xf))
		tree:add(F.regs_cc_crime, buf(off + 20, 4), bit.band(bit.rshift(v, 24), 0x1))
	end
	tree:add_le(F.regs_rsvd18, buf(off + 24, 4))
	tree:add_le(F.regs_csts, buf(off + 28, 4))
	do
		local v = buf(off + 28, 4):le_uint()
		tree:add(F.regs_csts_rdy, buf(off + 28, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.regs_csts_cfs, buf(off + 28, 4), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.regs_csts_shst, buf(off + 28, 4), bit.band(bit.rshift(v, 2), 0x3))
		tree:add(F.regs_csts_nssro, buf(off + 28, 4), bit.band(bit.rshift(v, 4), 0x1))
		tree:add(F.regs_csts_pp, buf(off + 28, 4), bit.band(bit.rshift(v, 5), 0x1))
		tree:add(F.regs_csts_st, buf(off + 28, 4), bit.band(bit.rshift(v, 6), 0x1))
	end
	tree:add_le(F.regs_nssr, buf(off + 32, 4))
	tree:add_le(F.regs_aqa, buf(off + 36, 4))
	do
		local v = buf(off + 36, 4):le_uint()
		tree:add(F.regs_aqa_asqs, buf(off + 36, 4), bit.band(bit.rshift(v, 0), 0xfff))
		tree:add(F.regs_aqa_acqs, buf(off + 36, 4), bit.band(bit.rshift(v, 16), 0xfff))
	end
	tree:add_le(F.regs_asq, buf(off + 40, 8))
	tree:add_le(F.regs_acq, buf(off + 48, 8))
	tree:add_le(F.regs_cmbloc, buf(off + 56, 4))
	tree:add_le(F.regs_cmbsz, buf(off + 60, 4))
	return 64
end

local function dissect_sqe_hdr(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sqe_hdr: short (" .. len .. " < 40)")
		return len
	end
	tree:add_le(F.sqe_hdr_opcode, buf(off + 0, 1))
	tree:add_le(F.sqe_hdr_flags, buf(off + 1, 1))
	do
		local v = buf(off + 1, 1):le_uint()
		tree:add(F.sqe_hdr_flags_fuse, buf(off + 1, 1), bit.band(bit.rshift(v, 0), 0x3))
		tree:add(F.sqe_hdr_flags_psdt, buf(off + 1, 1), bit.band(bit.rshift(v, 6), 0x3))
	end
	tree:add_le(F.sqe_hdr_cid, buf(off + 2, 2))
	tree:add_le(F.sqe_hdr_nsid, buf(off + 4, 4))
	tree:add_le(F.sqe_hdr_cdw2, buf(off + 8, 4))
	tree:add_le(F.sqe_hdr_cdw3, buf(off + 12, 4))
	tree:add_le(F.sqe_hdr_mptr, buf(off + 16, 8))
	tree:add_le(F.sqe_hdr_prp1, buf(off + 24, 8))
	tree:add_le(F.sqe_hdr_prp2, buf(off + 32, 8))
	return 40
end

local function dissect_sqe(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sqe: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.sqe_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.sqe_cdw10, buf(off + 40, 4))
	tree:add_le(F.sqe_cdw11, buf(off + 44, 4))
	tree:add_le(F.sqe_cdw12, buf(off + 48, 4))
	tree:add_le(F.sqe_cdw13, buf(off + 52, 4))
	tree:add_le(F.sqe_cdw14, buf(off + 56, 4))
	tree:add_le(F.sqe_cdw15, buf(off + 60, 4))
	return 64
end

local function dissect_cqe(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "cqe: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.cqe_dw0, buf(off + 0, 4))
	tree:add_le(F.cqe_dw1, buf(off + 4, 4))
	tree:add_le(F.cqe_sqhd, buf(off + 8, 2))
	tree:add_le(F.cqe_sqid, buf(off + 10, 2))
	tree:add_le(F.cqe_cid, buf(off + 12, 2))
	tree:add_le(F.cqe_status, buf(off + 14, 2))
	do
		local v = buf(off + 14, 2):le_uint()
		tree:add(F.cqe_status_p, buf(off + 14, 2), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.cqe_status_sc, buf(off + 14, 2), bit.band(bit.rshift(v, 1), 0xff))
		tree:add(F.cqe_status_sct, buf(off + 14, 2), bit.band(bit.rshift(v, 9), 0x7))
		tree:add(F.cqe_status_crd, buf(off + 14, 2), bit.band(bit.rshift(v, 12), 0x3))
		tree:add(F.cqe_status_more, buf(off + 14, 2), bit.band(bit.rshift(v, 14), 0x1))
		tree:add(F.cqe_status_dnr, buf(off + 14, 2), bit.band(bit.rshift(v, 15), 0x1))
	end
	return 16
end

local function dissect_sgl_desc(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sgl_desc: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.sgl_desc_addr, buf(off + 0, 8))
	tree:add_le(F.sgl_desc_length, buf(off + 8, 4))
	tree:add_le(F.sgl_desc_rsvd12, buf(off + 12, 1))
	tree:add_le(F.sgl_desc_rsvd12, buf(off + 13, 1))
	tree:add_le(F.sgl_desc_rsvd12, buf(off + 14, 1))
	tree:add_le(F.sgl_desc_id, buf(off + 15, 1))
	do
		local v = buf(off + 15, 1):le_uint()
		tree:add(F.sgl_desc_id_subtype, buf(off + 15, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.sgl_desc_id_type, buf(off + 15, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	return 16
end

local function dissect_delete_io_q(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "delete_io_q: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.delete_io_q_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.delete_io_q_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.delete_io_q_cdw10_qid, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xffff))
	end
	tree:add_le(F.delete_io_q_cdw11, buf(off + 44, 4))
	tree:add_le(F.delete_io_q_cdw11, buf(off + 48, 4))
	tree:add_le(F.delete_io_q_cdw11, buf(off + 52, 4))
	tree:add_le(F.delete_io_q_cdw11, buf(off + 56, 4))
	tree:add_le(F.delete_io_q_cdw11, buf(off + 60, 4))
	return 64
end

local function dissect_create_io_sq(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_io_sq: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.create_io_sq_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.create_io_sq_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.create_io_sq_cdw10_qid, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.create_io_sq_cdw10_qsize, buf(off + 40, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.create_io_sq_cdw11, buf(off + 44, 4))
	do
		local v = buf(off + 44, 4):le_uint()
		tree:add(F.create_io_sq_cdw11_pc, buf(off + 44, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.create_io_sq_cdw11_qprio, buf(off + 44, 4), bit.band(bit.rshift(v, 1), 0x3))
		tree:add(F.create_io_sq_cdw11_cqid, buf(off + 44, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.create_io_sq_cdw12, buf(off + 48, 4))
	do
		local v = buf(off + 48, 4):le_uint()
		tree:add(F.create_io_sq_cdw12_nvmsetid, buf(off + 48, 4), bit.band(bit.rshift(v, 0), 0xffff))
	end
	tree:add_le(F.create_io_sq_cdw13, buf(off + 52, 4))
	tree:add_le(F.create_io_sq_cdw13, buf(off + 56, 4))
	tree:add_le(F.create_io_sq_cdw13, buf(off + 60, 4))
	return 64
end

local function dissect_create_io_cq(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "create_io_cq: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.create_io_cq_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.create_io_cq_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.create_io_cq_cdw10_qid, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.create_io_cq_cdw10_qsize, buf(off + 40, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.create_io_cq_cdw11, buf(off + 44, 4))
	do
		local v = buf(off + 44, 4):le_uint()
		tree:add(F.create_io_cq_cdw11_pc, buf(off + 44, 4), bit.band(bit.rshift(v, 0), 0x1))
		tree:add(F.create_io_cq_cdw11_ien, buf(off + 44, 4), bit.band(bit.rshift(v, 1), 0x1))
		tree:add(F.create_io_cq_cdw11_iv, buf(off + 44, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.create_io_cq_cdw12, buf(off + 48, 4))
	tree:add_le(F.create_io_cq_cdw12, buf(off + 52, 4))
	tree:add_le(F.create_io_cq_cdw12, buf(off + 56, 4))
	tree:add_le(F.create_io_cq_cdw12, buf(off + 60, 4))
	return 64
end

local function dissect_get_log_page(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "get_log_page: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.get_log_page_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.get_log_page_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.get_log_page_cdw10_lid, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xff))
		tree:add(F.get_log_page_cdw10_lsp, buf(off + 40, 4), bit.band(bit.rshift(v, 8), 0x7f))
		tree:add(F.get_log_page_cdw10_rae, buf(off + 40, 4), bit.band(bit.rshift(v, 15), 0x1))
		tree:add(F.get_log_page_cdw10_numdl, buf(off + 40, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.get_log_page_cdw11, buf(off + 44, 4))
	do
		local v = buf(off + 44, 4):le_uint()
		tree:add(F.get_log_page_cdw11_numdu, buf(off + 44, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.get_log_page_cdw11_lsi, buf(off + 44, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.get_log_page_lpol, buf(off + 48, 4))
	tree:add_le(F.get_log_page_lpou, buf(off + 52, 4))
	tree:add_le(F.get_log_page_cdw14, buf(off + 56, 4))
	do
		local v = buf(off + 56, 4):le_uint()
		tree:add(F.get_log_page_cdw14_uuid_idx, buf(off + 56, 4), bit.band(bit.rshift(v, 0), 0x7f))
		tree:add(F.get_log_page_cdw14_ot, buf(off + 56, 4), bit.band(bit.rshift(v, 23), 0x1))
		tree:add(F.get_log_page_cdw14_csi, buf(off + 56, 4), bit.band(bit.rshift(v, 24), 0xff))
	end
	tree:add_le(F.get_log_page_cdw15, buf(off + 60, 4))
	return 64
end

local function dissect_identify(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "identify: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.identify_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.identify_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.identify_cdw10_cns, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xff))
		tree:add(F.identify_cdw10_cntid, buf(off + 40, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.identify_cdw11, buf(off + 44, 4))
	do
		local v = buf(off + 44, 4):le_uint()
		tree:add(F.identify_cdw11_cnssid, buf(off + 44, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.identify_cdw11_csi, buf(off + 44, 4), bit.band(bit.rshift(v, 24), 0xff))
	end
	tree:add_le(F.identify_cdw12, buf(off + 48, 4))
	tree:add_le(F.identify_cdw12, buf(off + 52, 4))
	tree:add_le(F.identify_cdw12, buf(off + 56, 4))
	tree:add_le(F.identify_cdw12, buf(off + 60, 4))
	return 64
end

local function dissect_abort(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "abort: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.abort_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.abort_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.abort_cdw10_sqid, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.abort_cdw10_acid, buf(off + 40, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	tree:add_le(F.abort_cdw11, buf(off + 44, 4))
	tree:add_le(F.abort_cdw11, buf(off + 48, 4))
	tree:add_le(F.abort_cdw11, buf(off + 52, 4))
	tree:add_le(F.abort_cdw11, buf(off + 56, 4))
	tree:add_le(F.abort_cdw11, buf(off + 60, 4))
	return 64
end

local function dissect_features(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "features: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.features_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.features_cdw10, buf(off + 40, 4))
	do
		local v = buf(off + 40, 4):le_uint()
		tree:add(F.features_cdw10_fid, buf(off + 40, 4), bit.band(bit.rshift(v, 0), 0xff))
		tree:add(F.features_cdw10_sel, buf(off + 40, 4), bit.band(bit.rshift(v, 8), 0x7))
		tree:add(F.features_cdw10_sv, buf(off + 40, 4), bit.band(bit.rshift(v, 31), 0x1))
	end
	tree:add_le(F.features_cdw11, buf(off + 44, 4))
	tree:add_le(F.features_cdw12, buf(off + 48, 4))
	tree:add_le(F.features_cdw13, buf(off + 52, 4))
	tree:add_le(F.features_cdw14, buf(off + 56, 4))
	tree:add_le(F.features_cdw15, buf(off + 60, 4))
	return 64
end

local function dissect_async_event(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "async_event: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.async_event_hdr, buf(off + 0, 40))
		dissect_sqe_hdr(buf, sub, off + 0, 40)
	end
	tree:add_le(F.async_event_cdw10, buf(off + 40, 4))
	tree:add_le(F.async_event_cdw10, buf(off + 44, 4))
	tree:add_le(F.async_event_cdw10, buf(off + 48, 4))
	tree:add_le(F.async_event_cdw10, buf(off + 52, 4))
	tree:add_le(F.async_event_cdw10, buf(off + 56, 4))
	tree:add_le(F.async_event_cdw10, buf(off + 60, 4))
	return 64
end

local function dissect_async_event_result(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "async_event_result: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.async_event_result_dw0, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.async_event_result_dw0_type, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0x7))
		tree:add(F.async_event_result_dw0_info, buf(off + 0, 4), bit.band(bit.rshift(v, 8), 0xff))
		tree:add(F.async_event_result_dw0_log_page, buf(off + 0, 4), bit.band(bit.rshift(v, 16), 0xff))
	end
	return 4
end

local function dissect_num_queues(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "num_queues: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.num_queues_dw, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.num_queues_dw_nsq, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.num_queues_dw_ncq, buf(off + 0, 4), bit.band(bit.rshift(v, 16), 0xffff))
	end
	return 4
end

local function dissect_id_ctrl(buf, tree, off, len)
	if len < 4096 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "id_ctrl: short (" .. len .. " < 4096)")
		return len
	end
	tree:add_le(F.id_ctrl_vid, buf(off + 0, 2))
	tree:add_le(F.id_ctrl_ssvid, buf(off + 2, 2))
	tree:add_le(F.id_ctrl_sn, buf(off + 4, 20))
	tree:add_le(F.id_ctrl_mn, buf(off + 24, 40))
	tree:add_le(F.id_ctrl_fr, buf(off + 64, 8))
	tree:add_le(F.id_ctrl_rab, buf(off + 72, 1))
	tree:add_le(F.id_ctrl_ieee, buf(off + 73, 3))
	tree:add_le(F.id_ctrl_cmic, buf(off + 76, 1))
	tree:add_le(F.id_ctrl_mdts, buf(off + 77, 1))
	tree:add_le(F.id_ctrl_cntlid, buf(off + 78, 2))
	tree:add_le(F.id_ctrl_ver, buf(off + 80, 4))
	tree:add_le(F.id_ctrl_rtd3r, buf(off + 84, 4))
	tree:add_le(F.id_ctrl_rtd3e, buf(off + 88, 4))
	tree:add_le(F.id_ctrl_oaes, buf(off + 92, 4))
	tree:add_le(F.id_ctrl_ctratt, buf(off + 96, 4))
	tree:add_le(F.id_ctrl_rrls, buf(off + 100, 2))
	tree:add_le(F.id_ctrl_rsvd102, buf(off + 102, 9))
	tree:add_le(F.id_ctrl_cntrltype, buf(off + 111, 1))
	tree:add_le(F.id_ctrl_fguid, buf(off + 112, 16))
	tree:add_le(F.id_ctrl_crdt, buf(off + 128, 2))
	tree:add_le(F.id_ctrl_crdt, buf(off + 130, 2))
	tree:add_le(F.id_ctrl_crdt, buf(off + 132, 2))
	tree:add_le(F.id_ctrl_oacs, buf(off + 256, 2))
	tree:add_le(F.id_ctrl_acl, buf(off + 258, 1))
	tree:add_le(F.id_ctrl_aerl, buf(off + 259, 1))
	tree:add_le(F.id_ctrl_frmw, buf(off + 260, 1))
	tree:add_le(F.id_ctrl_lpa, buf(off + 261, 1))
	tree:add_le(F.id_ctrl_elpe, buf(off + 262, 1))
	tree:add_le(F.id_ctrl_npss, buf(off + 263, 1))
	tree:add_le(F.id_ctrl_avscc, buf(off + 264, 1))
	tree:add_le(F.id_ctrl_apsta, buf(off + 265, 1))
	tree:add_le(F.id_ctrl_wctemp, buf(off + 266, 2))
	tree:add_le(F.id_ctrl_cctemp, buf(off + 268, 2))
	tree:add_le(F.id_ctrl_mtfa, buf(off + 270, 2))
	tree:add_le(F.id_ctrl_hmpre, buf(off + 272, 4))
	tree:add_le(F.id_ctrl_hmmin, buf(off + 276, 4))
	tree:add_le(F.id_ctrl_tnvmcap, buf(off + 280, 16))
	tree:add_le(F.id_ctrl_unvmcap, buf(off + 296, 16))
	tree:add_le(F.id_ctrl_rpmbs, buf(off + 312, 4))
	tree:add_le(F.id_ctrl_edstt, buf(off + 316, 2))
	tree:add_le(F.id_ctrl_dsto, buf(off + 318, 1))
	tree:add_le(F.id_ctrl_fwug, buf(off + 319, 1))
	tree:add_le(F.id_ctrl_kas, buf(off + 320, 2))
	tree:add_le(F.id_ctrl_hctma, buf(off + 322, 2))
	tree:add_le(F.id_ctrl_mntmt, buf(off + 324, 2))
	tree:add_le(F.id_ctrl_mxtmt, buf(off + 326, 2))
	tree:add_le(F.id_ctrl_sanicap, buf(off + 328, 4))
	tree:add_le(F.id_ctrl_hmminds, buf(off + 332, 4))
	tree:add_le(F.id_ctrl_hmmaxd, buf(off + 336, 2))
	tree:add_le(F.id_ctrl_nsetidmax, buf(off + 338, 2))
	tree:add_le(F.id_ctrl_endgidmax, buf(off + 340, 2))
	tree:add_le(F.id_ctrl_anatt, buf(off + 342, 1))
	tree:add_le(F.id_ctrl_anacap, buf(off + 343, 1))
	tree:add_le(F.id_ctrl_anagrpmax, buf(off + 344, 4))
	tree:add_le(F.id_ctrl_nanagrpid, buf(off + 348, 4))
	tree:add_le(F.id_ctrl_pels, buf(off + 352, 4))
	tree:add_le(F.id_ctrl_sqes, buf(off + 512, 1))
	do
		local v = buf(off + 512, 1):le_uint()
		tree:add(F.id_ctrl_sqes_sqes_min, buf(off + 512, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.id_ctrl_sqes_sqes_max, buf(off + 512, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	tree:add_le(F.id_ctrl_cqes, buf(off + 513, 1))
	do
		local v = buf(off + 513, 1):le_uint()
		tree:add(F.id_ctrl_cqes_cqes_min, buf(off + 513, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.id_ctrl_cqes_cqes_max, buf(off + 513, 1), bit.band(bit.rshift(v, 4), 0xf))
	end
	tree:add_le(F.id_ctrl_maxcmd, buf(off + 514, 2))
	tree:add_le(F.id_ctrl_nn, buf(off + 516, 4))
	tree:add_le(F.id_ctrl_oncs, buf(off + 520, 2))
	tree:add_le(F.id_ctrl_fuses, buf(off + 522, 2))
	tree:add_le(F.id_ctrl_fna, buf(off + 524, 1))
	tree:add_le(F.id_ctrl_vwc, buf(off + 525, 1))
	tree:add_le(F.id_ctrl_awun, buf(off + 526, 2))
	tree:add_le(F.id_ctrl_awupf, buf(off + 528, 2))
	tree:add_le(F.id_ctrl_icsvscc, buf(off + 530, 1))
	tree:add_le(F.id_ctrl_nwpc, buf(off + 531, 1))
	tree:add_le(F.id_ctrl_acwu, buf(off + 532, 2))
	tree:add_le(F.id_ctrl_ocfs, buf(off + 534, 2))
	tree:add_le(F.id_ctrl_sgls, buf(off + 536, 4))
	tree:add_le(F.id_ctrl_mnan, buf(off + 540, 4))
	tree:add_le(F.id_ctrl_subnqn, buf(off + 768, 256))
	return 4096
end

local function dissect_lbaf(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "lbaf: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.lbaf_dw, buf(off + 0, 4))
	do
		local v = buf(off + 0, 4):le_uint()
		tree:add(F.lbaf_dw_ms, buf(off + 0, 4), bit.band(bit.rshift(v, 0), 0xffff))
		tree:add(F.lbaf_dw_lbads, buf(off + 0, 4), bit.band(bit.rshift(v, 16), 0xff))
		tree:add(F.lbaf_dw_rp, buf(off + 0, 4), bit.band(bit.rshift(v, 24), 0x3))
	end
	return 4
end

local function dissect_id_ns(buf, tree, off, len)
	if len < 4096 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "id_ns: short (" .. len .. " < 4096)")
		return len
	end
	tree:add_le(F.id_ns_nsze, buf(off + 0, 8))
	tree:add_le(F.id_ns_ncap, buf(off + 8, 8))
	tree:add_le(F.id_ns_nuse, buf(off + 16, 8))
	tree:add_le(F.id_ns_nsfeat, buf(off + 24, 1))
	tree:add_le(F.id_ns_nlbaf, buf(off + 25, 1))
	tree:add_le(F.id_ns_flbas, buf(off + 26, 1))
	do
		local v = buf(off + 26, 1):le_uint()
		tree:add(F.id_ns_flbas_lbaf_idx, buf(off + 26, 1), bit.band(bit.rshift(v, 0), 0xf))
		tree:add(F.id_ns_flbas_mdext, buf(off + 26, 1), bit.band(bit.rshift(v, 4), 0x1))
	end
	tree:add_le(F.id_ns_mc, buf(off + 27, 1))
	tree:add_le(F.id_ns_dpc, buf(off + 28, 1))
	tree:add_le(F.id_ns_dps, buf(off + 29, 1))
	tree:add_le(F.id_ns_nmic, buf(off + 30, 1))
	tree:add_le(F.id_ns_rescap, buf(off + 31, 1))
	tree:add_le(F.id_ns_fpi, buf(off + 32, 1))
	tree:add_le(F.id_ns_dlfeat, buf(off + 33, 1))
	tree:add_le(F.id_ns_nawun, buf(off + 34, 2))
	tree:add_le(F.id_ns_nawupf, buf(off + 36, 2))
	tree:add_le(F.id_ns_nacwu, buf(off + 38, 2))
	tree:add_le(F.id_ns_nabsn, buf(off + 40, 2))
	tree:add_le(F.id_ns_nabo, buf(off + 42, 2))
	tree:add_le(F.id_ns_nabspf, buf(off + 44, 2))
	tree:add_le(F.id_ns_noiob, buf(off + 46, 2))
	tree:add_le(F.id_ns_nvmcap, buf(off + 48, 16))
	tree:add_le(F.id_ns_npwg, buf(off + 64, 2))
	tree:add_le(F.id_ns_npwa, buf(off + 66, 2))
	tree:add_le(F.id_ns_npdg, buf(off + 68, 2))
	tree:add_le(F.id_ns_npda, buf(off + 70, 2))
	tree:add_le(F.id_ns_nows, buf(off + 72, 2))
	tree:add_le(F.id_ns_rsvd74, buf(off + 74, 18))
	tree:add_le(F.id_ns_anagrpid, buf(off + 92, 4))
	tree:add_le(F.id_ns_rsvd96, buf(off + 96, 3))
	tree:add_le(F.id_ns_nsattr, buf(off + 99, 1))
	tree:add_le(F.id_ns_nvmsetid, buf(off + 100, 2))
	tree:add_le(F.id_ns_endgid, buf(off + 102, 2))
	tree:add_le(F.id_ns_nguid, buf(off + 104, 16))
	tree:add_le(F.id_ns_eui64, buf(off + 120, 8))
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 128, 4))
		dissect_lbaf(buf, sub, off + 128, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 132, 4))
		dissect_lbaf(buf, sub, off + 132, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 136, 4))
		dissect_lbaf(buf, sub, off + 136, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 140, 4))
		dissect_lbaf(buf, sub, off + 140, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 144, 4))
		dissect_lbaf(buf, sub, off + 144, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 148, 4))
		dissect_lbaf(buf, sub, off + 148, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 152, 4))
		dissect_lbaf(buf, sub, off + 152, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 156, 4))
		dissect_lbaf(buf, sub, off + 156, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 160, 4))
		dissect_lbaf(buf, sub, off + 160, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 164, 4))
		dissect_lbaf(buf, sub, off + 164, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 168, 4))
		dissect_lbaf(buf, sub, off + 168, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 172, 4))
		dissect_lbaf(buf, sub, off + 172, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 176, 4))
		dissect_lbaf(buf, sub, off + 176, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 180, 4))
		dissect_lbaf(buf, sub, off + 180, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 184, 4))
		dissect_lbaf(buf, sub, off + 184, 4)
	end
	do
		local sub = tree:add(F.id_ns_lbaf, buf(off + 188, 4))
		dissect_lbaf(buf, sub, off + 188, 4)
	end
	return 4096
end

local function dissect_ns_id_desc(buf, tree, off, len)
	if len < 4 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "ns_id_desc: short (" .. len .. " < 4)")
		return len
	end
	tree:add_le(F.ns_id_desc_nidt, buf(off + 0, 1))
	tree:add_le(F.ns_id_desc_nidl, buf(off + 1, 1))
	tree:add_le(F.ns_id_desc_rsvd2, buf(off + 2, 2))
	return 4
end

local function dissect_fw_slot_log(buf, tree, off, len)
	if len < 512 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "fw_slot_log: short (" .. len .. " < 512)")
		return len
	end
	tree:add_le(F.fw_slot_log_afi, buf(off + 0, 1))
	do
		local v = buf(off + 0, 1):le_uint()
		tree:add(F.fw_slot_log_afi_active_slot, buf(off + 0, 1), bit.band(bit.rshift(v, 0), 0x7))
		tree:add(F.fw_slot_log_afi_next_slot, buf(off + 0, 1), bit.band(bit.rshift(v, 4), 0x7))
	end
	tree:add_le(F.fw_slot_log_rsvd1, buf(off + 1, 7))
	tree:add_le(F.fw_slot_log_frs, buf(off + 8, 56))
	return 512
end

local function dissect_error_log_entry(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "error_log_entry: short (" .. len .. " < 64)")
		return len
	end
	tree:add_le(F.error_log_entry_error_count, buf(off + 0, 8))
	tree:add_le(F.error_log_entry_sqid, buf(off + 8, 2))
	tree:add_le(F.error_log_entry_cid, buf(off + 10, 2))
	tree:add_le(F.error_log_entry_status, buf(off + 12, 2))
	tree:add_le(F.error_log_entry_param_loc, buf(off + 14, 2))
	tree:add_le(F.error_log_entry_lba, buf(off + 16, 8))
	tree:add_le(F.error_log_entry_nsid, buf(off + 24, 4))
	tree:add_le(F.error_log_entry_vsia, buf(off + 28, 1))
	tree:add_le(F.error_log_entry_trtype, buf(off + 29, 1))
	tree:add_le(F.error_log_entry_rsvd30, buf(off + 30, 2))
	tree:add_le(F.error_log_entry_csi, buf(off + 32, 8))
	tree:add_le(F.error_log_entry_ttsi, buf(off + 40, 2))
	tree:add_le(F.error_log_entry_rsvd42, buf(off + 42, 22))
	return 64
end

local function dissect_smart_log(buf, tree, off, len)
	if len < 512 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "smart_log: short (" .. len .. " < 512)")
		return len
	end
	tree:add_le(F.smart_log_critical_warning, buf(off + 0, 1))
	tree:add_le(F.smart_log_temperature, buf(off + 1, 2))
	tree:add_le(F.smart_log_avail_spare, buf(off + 3, 1))
	tree:add_le(F.smart_log_spare_thresh, buf(off + 4, 1))
	tree:add_le(F.smart_log_percent_used, buf(off + 5, 1))
	tree:add_le(F.smart_log_endu_grp_crit_warn, buf(off + 6, 1))
	tree:add_le(F.smart_log_rsvd7, buf(off + 7, 25))
	tree:add_le(F.smart_log_data_units_read, buf(off + 32, 16))
	tree:add_le(F.smart_log_data_units_written, buf(off + 48, 16))
	tree:add_le(F.smart_log_host_reads, buf(off + 64, 16))
	tree:add_le(F.smart_log_host_writes, buf(off + 80, 16))
	tree:add_le(F.smart_log_ctrl_busy_time, buf(off + 96, 16))
	tree:add_le(F.smart_log_power_cycles, buf(off + 112, 16))
	tree:add_le(F.smart_log_power_on_hours, buf(off + 128, 16))
	tree:add_le(F.smart_log_unsafe_shutdowns, buf(off + 144, 16))
	tree:add_le(F.smart_log_media_errors, buf(off + 160, 16))
	tree:add_le(F.smart_log_num_err_log_entries, buf(off + 176, 16))
	tree:add_le(F.smart_log_warning_temp_time, buf(off + 192, 4))
	tree:add_le(F.smart_log_critical_comp_time, buf(off + 196, 4))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 200, 2))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 202, 2))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 204, 2))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 206, 2))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 208, 2))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 210, 2))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 212, 2))
	tree:add_le(F.smart_log_temp_sensor, buf(off + 214, 2))
	tree:add_le(F.smart_log_thm_temp1_trans_count, buf(off + 216, 4))
	tree:add_le(F.smart_log_thm_temp2_trans_count, buf(off + 220, 4))
	tree:add_le(F.smart_log_thm_temp1_total_time, buf(off + 224, 4))
	tree:add_le(F.smart_log_thm_temp2_total_time, buf(off + 228, 4))
	return 512
end

local function dissect_trace_id(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "trace_id: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.trace_id_id, buf(off + 0, 8))
	do
		local v = buf(off + 0, 8):le_uint64()
		tree:add(F.trace_id_id_cid, buf(off + 0, 8), v:rshift(0):band(0xffff):tonumber())
		tree:add(F.trace_id_id_slot, buf(off + 0, 8), v:rshift(16):band(0xffff):tonumber())
		tree:add(F.trace_id_id_doorbell, buf(off + 0, 8), v:rshift(32):band(0xffff):tonumber())
	end
	return 8
end

-- what the bytes of a record going from device are (lua.from_device in spec/nvme.yaml)
local function dissect_from_device(buf, pinfo, t, len)
	local ty = nil
	do
		pinfo.cols.info:append("CQE ")
		t:append_text(", cqe")
		dissect_cqe(buf, t, 0, len)
		if len >= 16 then
			do
				local v = buf(10, 2):le_uint()
				local nm = tostring(v)
				pinfo.cols.info:append("sqid " .. nm .. " ")
			end
			do
				local v = buf(12, 2):le_uint()
				local nm = tostring(v)
				pinfo.cols.info:append("cid " .. nm .. " ")
			end
			local sv = buf(14, 2):le_uint()
			local sc = bit.band(bit.rshift(sv, 1), 0xff)
			local sct = bit.band(bit.rshift(sv, 9), 0x7)
			local by = {[0] = {[0] = "SUCCESS", [1] = "INVALID_OPCODE", [2] = "INVALID_FIELD", [3] = "CID_CONFLICT", [4] = "DATA_TRANSFER_ERROR", [5] = "POWER_LOSS_ABORT", [6] = "INTERNAL_ERROR", [7] = "ABORT_REQUESTED", [8] = "SQ_DELETED", [9] = "FUSED_FAILED", [10] = "FUSED_MISSING", [11] = "INVALID_NAMESPACE", [12] = "COMMAND_SEQUENCE_ERROR", [13] = "INVALID_SGL_SEGMENT", [14] = "INVALID_SGL_COUNT", [15] = "SGL_DATA_LENGTH_INVALID", [16] = "SGL_METADATA_LENGTH_INVALID", [17] = "SGL_TYPE_INVALID", [18] = "INVALID_CMB_USE", [19] = "PRP_OFFSET_INVALID", [20] = "ATOMIC_WRITE_UNIT_EXCEEDED", [21] = "OPERATION_DENIED", [22] = "SGL_OFFSET_INVALID", [24] = "HOST_ID_INCONSISTENT", [25] = "KEEP_ALIVE_EXPIRED", [26] = "KEEP_ALIVE_INVALID", [27] = "PREEMPT_ABORT", [28] = "SANITIZE_FAILED", [29] = "SANITIZE_IN_PROGRESS", [30] = "SGL_GRANULARITY_INVALID", [31] = "NOT_SUPPORTED_FOR_CMB_QUEUE", [32] = "NS_WRITE_PROTECTED", [33] = "COMMAND_INTERRUPTED", [34] = "TRANSIENT_TRANSPORT_ERROR", [128] = "LBA_OUT_OF_RANGE", [129] = "CAPACITY_EXCEEDED", [130] = "NS_NOT_READY", [131] = "RESERVATION_CONFLICT", [132] = "FORMAT_IN_PROGRESS"}, [1] = {[0] = "CQ_INVALID", [1] = "QID_INVALID", [2] = "QUEUE_SIZE_INVALID", [3] = "ABORT_LIMIT_EXCEEDED", [5] = "ASYNC_EVENT_LIMIT_EXCEEDED", [6] = "INVALID_FW_SLOT", [7] = "INVALID_FW_IMAGE", [8] = "INVALID_INTERRUPT_VECTOR", [9] = "INVALID_LOG_PAGE", [10] = "INVALID_FORMAT", [11] = "FW_NEEDS_CONVENTIONAL_RESET", [12] = "INVALID_QUEUE_DELETION", [13] = "FEATURE_NOT_SAVEABLE", [14] = "FEATURE_NOT_CHANGEABLE", [15] = "FEATURE_NOT_NS_SPECIFIC", [128] = "CONFLICTING_ATTRIBUTES", [129] = "INVALID_PROTECTION_INFO", [130] = "WRITE_TO_READ_ONLY_RANGE"}, [2] = {[128] = "WRITE_FAULT", [129] = "UNRECOVERED_READ_ERROR", [130] = "GUARD_CHECK_ERROR", [131] = "APPTAG_CHECK_ERROR", [132] = "REFTAG_CHECK_ERROR", [133] = "COMPARE_FAILURE", [134] = "ACCESS_DENIED", [135] = "DEALLOCATED_OR_UNWRITTEN"}, [3] = {[0] = "INTERNAL_PATH_ERROR", [1] = "ASYMMETRIC_ACCESS_PERSISTENT_LOSS", [2] = "ASYMMETRIC_ACCESS_INACCESSIBLE", [3] = "ASYMMETRIC_ACCESS_TRANSITION", [96] = "CONTROLLER_PATH_ERROR", [112] = "HOST_PATH_ERROR", [113] = "ABORTED_BY_HOST"}}
			local tn = ({[0] = "GENERIC", [1] = "COMMAND_SPECIFIC", [2] = "MEDIA", [3] = "PATH", [7] = "VENDOR"})[sct] or tostring(sct)
			local cn = (by[sct] or {})[sc] or string.format("0x%02x", sc)
			local txt = cn .. " (" .. tn .. string.format(", 0x%x%02x)", sct, sc)
			t:add(F._from_device_status, buf(14, 2), txt)
			pinfo.cols.info:append("status " .. txt .. " ")
		end
	end
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("NVME")
	local t = tree:add(proto, buf())
	if pinfo.private.pv_dir == "from_device" then
		dissect_from_device(buf, pinfo, t, len)
		return
	end
	if len < 1 then return end
	local ty = buf(0, 1):le_uint()
	if ty == 0 then
		pinfo.cols.info:append("DELETE_IO_SQ ")
		t:append_text(", DELETE_IO_SQ")
		dissect_delete_io_q(buf, t, 0, len)
	elseif ty == 1 then
		pinfo.cols.info:append("CREATE_IO_SQ ")
		t:append_text(", CREATE_IO_SQ")
		dissect_create_io_sq(buf, t, 0, len)
	elseif ty == 2 then
		pinfo.cols.info:append("GET_LOG_PAGE ")
		t:append_text(", GET_LOG_PAGE")
		dissect_get_log_page(buf, t, 0, len)
	elseif ty == 4 then
		pinfo.cols.info:append("DELETE_IO_CQ ")
		t:append_text(", DELETE_IO_CQ")
		dissect_delete_io_q(buf, t, 0, len)
	elseif ty == 5 then
		pinfo.cols.info:append("CREATE_IO_CQ ")
		t:append_text(", CREATE_IO_CQ")
		dissect_create_io_cq(buf, t, 0, len)
	elseif ty == 6 then
		pinfo.cols.info:append("IDENTIFY ")
		t:append_text(", IDENTIFY")
		dissect_identify(buf, t, 0, len)
	elseif ty == 8 then
		pinfo.cols.info:append("ABORT ")
		t:append_text(", ABORT")
		dissect_abort(buf, t, 0, len)
	elseif ty == 9 then
		pinfo.cols.info:append("SET_FEATURES ")
		t:append_text(", SET_FEATURES")
		dissect_features(buf, t, 0, len)
	elseif ty == 10 then
		pinfo.cols.info:append("GET_FEATURES ")
		t:append_text(", GET_FEATURES")
		dissect_features(buf, t, 0, len)
	elseif ty == 12 then
		pinfo.cols.info:append("ASYNC_EVENT_REQUEST ")
		t:append_text(", ASYNC_EVENT_REQUEST")
		dissect_async_event(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
