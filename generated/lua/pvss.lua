-- DO NOT EDIT: generated from spec/savestate.yaml by codegen/pvgen.py.
-- Wireshark dissector for paravisor saved state.

local proto = Proto("pv_pvss", "paravisor saved state")
-- fields live in a table: a big protocol has more than Lua's 200 locals
local F = {}
F.rec_header_type = ProtoField.uint32("pv_pvss.rec_header.type", "type", base.DEC, {[1] = "FILE_HEADER", [2] = "END", [3] = "CONFIG", [4] = "PARAVISOR", [5] = "FD", [16] = "SIM_PART", [17] = "SIM_BIND", [18] = "SIM_OUTMSG", [32] = "KVM_VM", [33] = "KVM_VCPU", [34] = "KVM_XSAVE", [35] = "KVM_SYNIC_MSG", [48] = "VMBUS_SERVER", [49] = "VMBUS_GPADL", [50] = "VMBUS_CHANNEL", [64] = "DEVICE", [80] = "STORVSP", [81] = "STORVSP_LUN", [82] = "STORVSP_CHANNEL", [83] = "STORVSP_REPLY", [84] = "STORVSP_IO", [96] = "NETVSP", [97] = "NETVSP_RSS", [98] = "NETVSP_CHANNEL", [99] = "NETVSP_BACKLOG", [100] = "NETVSP_RXPKT", [101] = "NETVSP_FRAME", [112] = "NVME_CTRLR", [113] = "NVME_QPAIR", [114] = "NVME_CMD"})
F.rec_header_len = ProtoField.uint32("pv_pvss.rec_header.len", "len", base.DEC, nil)
F.file_header_hdr = ProtoField.none("pv_pvss.file_header.hdr", "hdr")
F.file_header_magic = ProtoField.uint32("pv_pvss.file_header.magic", "magic", base.DEC, nil)
F.file_header_format_version = ProtoField.uint32("pv_pvss.file_header.format_version", "format_version", base.DEC, nil)
F.file_header_record_count = ProtoField.uint32("pv_pvss.file_header.record_count", "record_count", base.DEC, nil)
F.file_header_update_count = ProtoField.uint32("pv_pvss.file_header.update_count", "update_count", base.DEC, nil)
F.file_header_part_kind = ProtoField.uint32("pv_pvss.file_header.part_kind", "part_kind", base.DEC, {[1] = "SIM", [2] = "KVM"})
F.file_header_reserved = ProtoField.uint32("pv_pvss.file_header.reserved", "reserved", base.DEC, nil)
F.file_header_t_request = ProtoField.uint64("pv_pvss.file_header.t_request", "t_request", base.HEX, nil)
F.file_header_t_paused = ProtoField.uint64("pv_pvss.file_header.t_paused", "t_paused", base.HEX, nil)
F.file_header_t_quiesced = ProtoField.uint64("pv_pvss.file_header.t_quiesced", "t_quiesced", base.HEX, nil)
F.file_header_t_saved = ProtoField.uint64("pv_pvss.file_header.t_saved", "t_saved", base.HEX, nil)
F.end_hdr = ProtoField.none("pv_pvss.end.hdr", "hdr")
F.end_record_count = ProtoField.uint32("pv_pvss.end.record_count", "record_count", base.DEC, nil)
F.end_reserved = ProtoField.uint32("pv_pvss.end.reserved", "reserved", base.DEC, nil)
F.end_checksum = ProtoField.uint64("pv_pvss.end.checksum", "checksum", base.HEX, nil)
F.config_hdr = ProtoField.none("pv_pvss.config.hdr", "hdr")
F.config_total_len = ProtoField.uint32("pv_pvss.config.total_len", "total_len", base.DEC, nil)
F.config_offset = ProtoField.uint32("pv_pvss.config.offset", "offset", base.DEC, nil)
F.config_chunk_len = ProtoField.uint32("pv_pvss.config.chunk_len", "chunk_len", base.DEC, nil)
F.config_text = ProtoField.uint8("pv_pvss.config.text", "text", base.HEX)
F.paravisor_hdr = ProtoField.none("pv_pvss.paravisor.hdr", "hdr")
F.paravisor_log_level = ProtoField.uint32("pv_pvss.paravisor.log_level", "log_level", base.DEC, nil)
F.paravisor_reserved = ProtoField.uint32("pv_pvss.paravisor.reserved", "reserved", base.DEC, nil)
F.paravisor_t_start = ProtoField.uint64("pv_pvss.paravisor.t_start", "t_start", base.HEX, nil)
F.fd_hdr = ProtoField.none("pv_pvss.fd.hdr", "hdr")
F.fd_fd = ProtoField.uint32("pv_pvss.fd.fd", "fd", base.DEC, nil)
F.fd_kind = ProtoField.uint16("pv_pvss.fd.kind", "kind", base.DEC, {[1] = "GUEST_RAM", [2] = "SIM_LISTEN", [3] = "SIM_GUEST", [4] = "SIM_IRQ", [5] = "SIM_SIEF", [6] = "EVENTFD", [7] = "SERIAL_LOG", [8] = "TAP", [9] = "FILE", [10] = "DMA_POOL", [11] = "VFIO_CONTAINER", [12] = "VFIO_GROUP", [13] = "VFIO_DEVICE", [14] = "PCI_SOCK"})
F.fd_reserved = ProtoField.uint16("pv_pvss.fd.reserved", "reserved", base.DEC, nil)
F.fd_key = ProtoField.uint32("pv_pvss.fd.key", "key", base.DEC, nil)
F.fd_reserved2 = ProtoField.uint32("pv_pvss.fd.reserved2", "reserved2", base.DEC, nil)
F.fd_size = ProtoField.uint64("pv_pvss.fd.size", "size", base.HEX, nil)
F.sim_part_hdr = ProtoField.none("pv_pvss.sim_part.hdr", "hdr")
F.sim_part_vp_count = ProtoField.uint32("pv_pvss.sim_part.vp_count", "vp_count", base.DEC, nil)
F.sim_part_guest_state = ProtoField.uint32("pv_pvss.sim_part.guest_state", "guest_state", base.DEC, nil)
F.sim_part_mem_size = ProtoField.uint64("pv_pvss.sim_part.mem_size", "mem_size", base.HEX, nil)
F.sim_part_sief_size = ProtoField.uint64("pv_pvss.sim_part.sief_size", "sief_size", base.HEX, nil)
F.sim_part_ram_fd = ProtoField.uint32("pv_pvss.sim_part.ram_fd", "ram_fd", base.DEC, nil)
F.sim_part_sief_fd = ProtoField.uint32("pv_pvss.sim_part.sief_fd", "sief_fd", base.DEC, nil)
F.sim_part_listen_fd = ProtoField.uint32("pv_pvss.sim_part.listen_fd", "listen_fd", base.DEC, nil)
F.sim_part_guest_fd = ProtoField.uint32("pv_pvss.sim_part.guest_fd", "guest_fd", base.DEC, nil)
F.sim_part_irq_fd = ProtoField.uint32("pv_pvss.sim_part.irq_fd", "irq_fd", base.DEC, nil)
F.sim_part_reserved = ProtoField.uint32("pv_pvss.sim_part.reserved", "reserved", base.DEC, nil)
F.sim_bind_hdr = ProtoField.none("pv_pvss.sim_bind.hdr", "hdr")
F.sim_bind_connection_id = ProtoField.uint32("pv_pvss.sim_bind.connection_id", "connection_id", base.HEX, nil)
F.sim_bind_efd = ProtoField.uint32("pv_pvss.sim_bind.efd", "efd", base.DEC, nil)
F.sim_outmsg_hdr = ProtoField.none("pv_pvss.sim_outmsg.hdr", "hdr")
F.sim_outmsg_dgram_len = ProtoField.uint32("pv_pvss.sim_outmsg.dgram_len", "dgram_len", base.DEC, nil)
F.sim_outmsg_dgram = ProtoField.uint8("pv_pvss.sim_outmsg.dgram", "dgram", base.HEX)
F.kvm_vm_hdr = ProtoField.none("pv_pvss.kvm_vm.hdr", "hdr")
F.kvm_vm_vcpus = ProtoField.uint32("pv_pvss.kvm_vm.vcpus", "vcpus", base.DEC, nil)
F.kvm_vm_reboots = ProtoField.uint32("pv_pvss.kvm_vm.reboots", "reboots", base.DEC, nil)
F.kvm_vm_mem_size = ProtoField.uint64("pv_pvss.kvm_vm.mem_size", "mem_size", base.HEX, nil)
F.kvm_vm_ram_fd = ProtoField.uint32("pv_pvss.kvm_vm.ram_fd", "ram_fd", base.DEC, nil)
F.kvm_vm_serial_fd = ProtoField.uint32("pv_pvss.kvm_vm.serial_fd", "serial_fd", base.DEC, nil)
F.kvm_vm_uart_ier = ProtoField.uint8("pv_pvss.kvm_vm.uart_ier", "uart_ier", base.DEC, nil)
F.kvm_vm_uart_lcr = ProtoField.uint8("pv_pvss.kvm_vm.uart_lcr", "uart_lcr", base.DEC, nil)
F.kvm_vm_uart_mcr = ProtoField.uint8("pv_pvss.kvm_vm.uart_mcr", "uart_mcr", base.DEC, nil)
F.kvm_vm_uart_scr = ProtoField.uint8("pv_pvss.kvm_vm.uart_scr", "uart_scr", base.DEC, nil)
F.kvm_vm_uart_dll = ProtoField.uint8("pv_pvss.kvm_vm.uart_dll", "uart_dll", base.DEC, nil)
F.kvm_vm_uart_dlm = ProtoField.uint8("pv_pvss.kvm_vm.uart_dlm", "uart_dlm", base.DEC, nil)
F.kvm_vm_uart_fcr = ProtoField.uint8("pv_pvss.kvm_vm.uart_fcr", "uart_fcr", base.DEC, nil)
F.kvm_vm_uart_flags = ProtoField.uint8("pv_pvss.kvm_vm.uart_flags", "uart_flags", base.DEC, nil)
F.kvm_vm_pm1_en = ProtoField.uint16("pv_pvss.kvm_vm.pm1_en", "pm1_en", base.DEC, nil)
F.kvm_vm_pm1_sts = ProtoField.uint16("pv_pvss.kvm_vm.pm1_sts", "pm1_sts", base.DEC, nil)
F.kvm_vm_pci_addr = ProtoField.uint32("pv_pvss.kvm_vm.pci_addr", "pci_addr", base.DEC, nil)
F.kvm_vm_cmos_index = ProtoField.uint8("pv_pvss.kvm_vm.cmos_index", "cmos_index", base.DEC, nil)
F.kvm_vm_reserved = ProtoField.bytes("pv_pvss.kvm_vm.reserved", "reserved")
F.kvm_vm_cmos_ram = ProtoField.bytes("pv_pvss.kvm_vm.cmos_ram", "cmos_ram")
F.kvm_vm_clock = ProtoField.bytes("pv_pvss.kvm_vm.clock", "clock")
F.kvm_vm_pit = ProtoField.bytes("pv_pvss.kvm_vm.pit", "pit")
F.kvm_vm_pic_master = ProtoField.bytes("pv_pvss.kvm_vm.pic_master", "pic_master")
F.kvm_vm_pic_slave = ProtoField.bytes("pv_pvss.kvm_vm.pic_slave", "pic_slave")
F.kvm_vm_ioapic = ProtoField.bytes("pv_pvss.kvm_vm.ioapic", "ioapic")
F.kvm_vm_t_clock = ProtoField.uint64("pv_pvss.kvm_vm.t_clock", "t_clock", base.HEX, nil)
F.kvm_vm_reserved2 = ProtoField.bytes("pv_pvss.kvm_vm.reserved2", "reserved2")
F.msr_index = ProtoField.uint32("pv_pvss.msr.index", "index", base.DEC, nil)
F.msr_reserved = ProtoField.uint32("pv_pvss.msr.reserved", "reserved", base.DEC, nil)
F.msr_value = ProtoField.uint64("pv_pvss.msr.value", "value", base.HEX, nil)
F.kvm_vcpu_hdr = ProtoField.none("pv_pvss.kvm_vcpu.hdr", "hdr")
F.kvm_vcpu_index = ProtoField.uint32("pv_pvss.kvm_vcpu.index", "index", base.DEC, nil)
F.kvm_vcpu_mp_state = ProtoField.uint32("pv_pvss.kvm_vcpu.mp_state", "mp_state", base.DEC, nil)
F.kvm_vcpu_flags = ProtoField.uint32("pv_pvss.kvm_vcpu.flags", "flags", base.HEX, nil)
F.kvm_vcpu_msr_count = ProtoField.uint32("pv_pvss.kvm_vcpu.msr_count", "msr_count", base.DEC, nil)
F.kvm_vcpu_tsc_offset = ProtoField.uint64("pv_pvss.kvm_vcpu.tsc_offset", "tsc_offset", base.HEX, nil)
F.kvm_vcpu_tsc_deadline = ProtoField.uint64("pv_pvss.kvm_vcpu.tsc_deadline", "tsc_deadline", base.HEX, nil)
F.kvm_vcpu_synic_control = ProtoField.uint64("pv_pvss.kvm_vcpu.synic_control", "synic_control", base.HEX, nil)
F.kvm_vcpu_synic_simp = ProtoField.uint64("pv_pvss.kvm_vcpu.synic_simp", "synic_simp", base.HEX, nil)
F.kvm_vcpu_synic_siefp = ProtoField.uint64("pv_pvss.kvm_vcpu.synic_siefp", "synic_siefp", base.HEX, nil)
F.kvm_vcpu_regs = ProtoField.bytes("pv_pvss.kvm_vcpu.regs", "regs")
F.kvm_vcpu_sregs = ProtoField.bytes("pv_pvss.kvm_vcpu.sregs", "sregs")
F.kvm_vcpu_lapic = ProtoField.bytes("pv_pvss.kvm_vcpu.lapic", "lapic")
F.kvm_vcpu_xcrs = ProtoField.bytes("pv_pvss.kvm_vcpu.xcrs", "xcrs")
F.kvm_vcpu_events = ProtoField.bytes("pv_pvss.kvm_vcpu.events", "events")
F.kvm_vcpu_debugregs = ProtoField.bytes("pv_pvss.kvm_vcpu.debugregs", "debugregs")
F.kvm_vcpu_msrs = ProtoField.none("pv_pvss.kvm_vcpu.msrs", "msrs")
F.kvm_xsave_hdr = ProtoField.none("pv_pvss.kvm_xsave.hdr", "hdr")
F.kvm_xsave_index = ProtoField.uint32("pv_pvss.kvm_xsave.index", "index", base.DEC, nil)
F.kvm_xsave_xsave_len = ProtoField.uint32("pv_pvss.kvm_xsave.xsave_len", "xsave_len", base.DEC, nil)
F.kvm_xsave_area = ProtoField.uint8("pv_pvss.kvm_xsave.area", "area", base.HEX)
F.kvm_synic_msg_hdr = ProtoField.none("pv_pvss.kvm_synic_msg.hdr", "hdr")
F.kvm_synic_msg_vp = ProtoField.uint32("pv_pvss.kvm_synic_msg.vp", "vp", base.DEC, nil)
F.kvm_synic_msg_sint = ProtoField.uint32("pv_pvss.kvm_synic_msg.sint", "sint", base.DEC, nil)
F.kvm_synic_msg_message_type = ProtoField.uint32("pv_pvss.kvm_synic_msg.message_type", "message_type", base.DEC, nil)
F.kvm_synic_msg_payload_len = ProtoField.uint32("pv_pvss.kvm_synic_msg.payload_len", "payload_len", base.DEC, nil)
F.kvm_synic_msg_payload = ProtoField.bytes("pv_pvss.kvm_synic_msg.payload", "payload")
F.vmbus_server_hdr = ProtoField.none("pv_pvss.vmbus_server.hdr", "hdr")
F.vmbus_server_state = ProtoField.uint32("pv_pvss.vmbus_server.state", "state", base.DEC, {[0] = "DISCONNECTED", [1] = "CONNECTED", [2] = "READY"})
F.vmbus_server_version = ProtoField.uint32("pv_pvss.vmbus_server.version", "version", base.DEC, nil)
F.vmbus_server_features = ProtoField.uint64("pv_pvss.vmbus_server.features", "features", base.HEX, nil)
F.vmbus_server_target_vp = ProtoField.uint32("pv_pvss.vmbus_server.target_vp", "target_vp", base.DEC, nil)
F.vmbus_server_target_sint = ProtoField.uint32("pv_pvss.vmbus_server.target_sint", "target_sint", base.DEC, nil)
F.vmbus_server_msg_conn_id = ProtoField.uint32("pv_pvss.vmbus_server.msg_conn_id", "msg_conn_id", base.HEX, nil)
F.vmbus_server_unload_version = ProtoField.uint32("pv_pvss.vmbus_server.unload_version", "unload_version", base.DEC, nil)
F.vmbus_server_dropped = ProtoField.uint64("pv_pvss.vmbus_server.dropped", "dropped", base.HEX, nil)
F.vmbus_gpadl_hdr = ProtoField.none("pv_pvss.vmbus_gpadl.hdr", "hdr")
F.vmbus_gpadl_id = ProtoField.uint32("pv_pvss.vmbus_gpadl.id", "id", base.DEC, nil)
F.vmbus_gpadl_child_relid = ProtoField.uint32("pv_pvss.vmbus_gpadl.child_relid", "child_relid", base.DEC, nil)
F.vmbus_gpadl_state = ProtoField.uint32("pv_pvss.vmbus_gpadl.state", "state", base.DEC, {[0] = "RECEIVING", [1] = "CREATED", [2] = "TEARING_DOWN"})
F.vmbus_gpadl_range_buflen = ProtoField.uint32("pv_pvss.vmbus_gpadl.range_buflen", "range_buflen", base.DEC, nil)
F.vmbus_gpadl_rangecount = ProtoField.uint32("pv_pvss.vmbus_gpadl.rangecount", "rangecount", base.DEC, nil)
F.vmbus_gpadl_filled = ProtoField.uint32("pv_pvss.vmbus_gpadl.filled", "filled", base.DEC, nil)
F.vmbus_gpadl_data = ProtoField.uint64("pv_pvss.vmbus_gpadl.data", "data", base.HEX)
F.vmbus_channel_hdr = ProtoField.none("pv_pvss.vmbus_channel.hdr", "hdr")
F.vmbus_channel_relid = ProtoField.uint32("pv_pvss.vmbus_channel.relid", "relid", base.DEC, nil)
F.vmbus_channel_primary_relid = ProtoField.uint32("pv_pvss.vmbus_channel.primary_relid", "primary_relid", base.DEC, nil)
F.vmbus_channel_sub_index = ProtoField.uint16("pv_pvss.vmbus_channel.sub_index", "sub_index", base.DEC, nil)
F.vmbus_channel_subchannels_offered = ProtoField.uint16("pv_pvss.vmbus_channel.subchannels_offered", "subchannels_offered", base.DEC, nil)
F.vmbus_channel_state = ProtoField.uint32("pv_pvss.vmbus_channel.state", "state", base.DEC, {[0] = "OFFERED", [1] = "OPENED", [2] = "RESCINDED", [3] = "RESCINDED_OPEN"})
F.vmbus_channel_flags = ProtoField.uint32("pv_pvss.vmbus_channel.flags", "flags", base.HEX, nil)
F.vmbus_channel_conn_id = ProtoField.uint32("pv_pvss.vmbus_channel.conn_id", "conn_id", base.HEX, nil)
F.vmbus_channel_sig_conn_id = ProtoField.uint32("pv_pvss.vmbus_channel.sig_conn_id", "sig_conn_id", base.HEX, nil)
F.vmbus_channel_event_flag = ProtoField.uint32("pv_pvss.vmbus_channel.event_flag", "event_flag", base.DEC, nil)
F.vmbus_channel_open_id = ProtoField.uint32("pv_pvss.vmbus_channel.open_id", "open_id", base.HEX, nil)
F.vmbus_channel_target_vp = ProtoField.uint32("pv_pvss.vmbus_channel.target_vp", "target_vp", base.DEC, nil)
F.vmbus_channel_ring_gpadl = ProtoField.uint32("pv_pvss.vmbus_channel.ring_gpadl", "ring_gpadl", base.DEC, nil)
F.vmbus_channel_downstream = ProtoField.uint32("pv_pvss.vmbus_channel.downstream", "downstream", base.DEC, nil)
F.vmbus_channel_max_pkt_size = ProtoField.uint32("pv_pvss.vmbus_channel.max_pkt_size", "max_pkt_size", base.DEC, nil)
F.vmbus_channel_efd = ProtoField.uint32("pv_pvss.vmbus_channel.efd", "efd", base.DEC, nil)
F.vmbus_channel_chn_flags = ProtoField.uint16("pv_pvss.vmbus_channel.chn_flags", "chn_flags", base.DEC, nil)
F.vmbus_channel_mmio_megabytes = ProtoField.uint16("pv_pvss.vmbus_channel.mmio_megabytes", "mmio_megabytes", base.DEC, nil)
F.vmbus_channel_if_type = ProtoField.guid("pv_pvss.vmbus_channel.if_type", "if_type")
F.vmbus_channel_if_instance = ProtoField.guid("pv_pvss.vmbus_channel.if_instance", "if_instance")
F.vmbus_channel_user_def = ProtoField.bytes("pv_pvss.vmbus_channel.user_def", "user_def")
F.vmbus_channel_batch_read = ProtoField.uint64("pv_pvss.vmbus_channel.batch_read", "batch_read", base.HEX, nil)
F.vmbus_channel_held_len = ProtoField.uint32("pv_pvss.vmbus_channel.held_len", "held_len", base.DEC, nil)
F.vmbus_channel_held = ProtoField.uint8("pv_pvss.vmbus_channel.held", "held", base.HEX)
F.device_hdr = ProtoField.none("pv_pvss.device.hdr", "hdr")
F.device_index = ProtoField.uint32("pv_pvss.device.index", "index", base.DEC, nil)
F.device_reserved = ProtoField.uint32("pv_pvss.device.reserved", "reserved", base.DEC, nil)
F.device_kind = ProtoField.bytes("pv_pvss.device.kind", "kind")
F.storvsp_hdr = ProtoField.none("pv_pvss.storvsp.hdr", "hdr")
F.storvsp_nluns = ProtoField.uint32("pv_pvss.storvsp.nluns", "nluns", base.DEC, nil)
F.storvsp_nchannels = ProtoField.uint32("pv_pvss.storvsp.nchannels", "nchannels", base.DEC, nil)
F.storvsp_io_limit = ProtoField.uint32("pv_pvss.storvsp.io_limit", "io_limit", base.DEC, nil)
F.storvsp_reserved = ProtoField.uint32("pv_pvss.storvsp.reserved", "reserved", base.DEC, nil)
F.storvsp_lun_hdr = ProtoField.none("pv_pvss.storvsp_lun.hdr", "hdr")
F.storvsp_lun_lun = ProtoField.uint32("pv_pvss.storvsp_lun.lun", "lun", base.DEC, nil)
F.storvsp_lun_block_size = ProtoField.uint32("pv_pvss.storvsp_lun.block_size", "block_size", base.DEC, nil)
F.storvsp_lun_nblocks = ProtoField.uint64("pv_pvss.storvsp_lun.nblocks", "nblocks", base.HEX, nil)
F.storvsp_lun_dev = ProtoField.uint64("pv_pvss.storvsp_lun.dev", "dev", base.HEX, nil)
F.storvsp_lun_ino = ProtoField.uint64("pv_pvss.storvsp_lun.ino", "ino", base.HEX, nil)
F.storvsp_lun_kind = ProtoField.bytes("pv_pvss.storvsp_lun.kind", "kind")
F.storvsp_lun_backend_state = ProtoField.uint32("pv_pvss.storvsp_lun.backend_state", "backend_state", base.DEC, nil)
F.storvsp_lun_reserved = ProtoField.uint32("pv_pvss.storvsp_lun.reserved", "reserved", base.DEC, nil)
F.storvsp_channel_hdr = ProtoField.none("pv_pvss.storvsp_channel.hdr", "hdr")
F.storvsp_channel_sub = ProtoField.uint32("pv_pvss.storvsp_channel.sub", "sub", base.DEC, nil)
F.storvsp_channel_relid = ProtoField.uint32("pv_pvss.storvsp_channel.relid", "relid", base.DEC, nil)
F.storvsp_channel_state = ProtoField.uint32("pv_pvss.storvsp_channel.state", "state", base.DEC, {[0] = "START", [1] = "NEGOTIATING", [2] = "VERSIONED", [3] = "CONFIGURED", [4] = "READY"})
F.storvsp_channel_version = ProtoField.uint32("pv_pvss.storvsp_channel.version", "version", base.DEC, nil)
F.storvsp_channel_flags = ProtoField.uint32("pv_pvss.storvsp_channel.flags", "flags", base.HEX, nil)
F.storvsp_channel_replies = ProtoField.uint32("pv_pvss.storvsp_channel.replies", "replies", base.DEC, nil)
F.storvsp_channel_ios = ProtoField.uint32("pv_pvss.storvsp_channel.ios", "ios", base.DEC, nil)
F.storvsp_channel_reserved = ProtoField.uint32("pv_pvss.storvsp_channel.reserved", "reserved", base.DEC, nil)
F.storvsp_reply_hdr = ProtoField.none("pv_pvss.storvsp_reply.hdr", "hdr")
F.storvsp_reply_trans_id = ProtoField.uint64("pv_pvss.storvsp_reply.trans_id", "trans_id", base.HEX, nil)
F.storvsp_reply_reply_len = ProtoField.uint32("pv_pvss.storvsp_reply.reply_len", "reply_len", base.DEC, nil)
F.storvsp_reply_reserved = ProtoField.uint32("pv_pvss.storvsp_reply.reserved", "reserved", base.DEC, nil)
F.storvsp_reply_reply = ProtoField.uint8("pv_pvss.storvsp_reply.reply", "reply", base.HEX)
F.storvsp_io_hdr = ProtoField.none("pv_pvss.storvsp_io.hdr", "hdr")
F.storvsp_io_sub = ProtoField.uint32("pv_pvss.storvsp_io.sub", "sub", base.DEC, nil)
F.storvsp_io_flags = ProtoField.uint32("pv_pvss.storvsp_io.flags", "flags", base.HEX, nil)
F.storvsp_io_trans_id = ProtoField.uint64("pv_pvss.storvsp_io.trans_id", "trans_id", base.HEX, nil)
F.storvsp_io_packet_len = ProtoField.uint32("pv_pvss.storvsp_io.packet_len", "packet_len", base.DEC, nil)
F.storvsp_io_nkids = ProtoField.uint32("pv_pvss.storvsp_io.nkids", "nkids", base.DEC, nil)
F.storvsp_io_piece_errno = ProtoField.uint32("pv_pvss.storvsp_io.piece_errno", "piece_errno", base.DEC, nil)
F.storvsp_io_sense = ProtoField.uint32("pv_pvss.storvsp_io.sense", "sense", base.DEC, nil)
F.storvsp_io_packet = ProtoField.bytes("pv_pvss.storvsp_io.packet", "packet")
F.storvsp_io_kids = ProtoField.uint32("pv_pvss.storvsp_io.kids", "kids", base.DEC, nil)
F.storvsp_io_nranges = ProtoField.uint32("pv_pvss.storvsp_io.nranges", "nranges", base.DEC, nil)
F.storvsp_io_nwords = ProtoField.uint32("pv_pvss.storvsp_io.nwords", "nwords", base.DEC, nil)
F.storvsp_io_words = ProtoField.uint64("pv_pvss.storvsp_io.words", "words", base.HEX)
F.netvsp_hdr = ProtoField.none("pv_pvss.netvsp.hdr", "hdr")
F.netvsp_nvsp_state = ProtoField.uint32("pv_pvss.netvsp.nvsp_state", "nvsp_state", base.DEC, {[0] = "START", [1] = "NEGOTIATED", [2] = "CONFIGURED", [3] = "NDIS_KNOWN", [4] = "HAVE_RECV_BUF", [5] = "READY", [6] = "REVOKED"})
F.netvsp_rndis_state = ProtoField.uint32("pv_pvss.netvsp.rndis_state", "rndis_state", base.DEC, {[0] = "START", [1] = "INITIALIZED", [2] = "DATA", [3] = "HALTED"})
F.netvsp_nvsp_version = ProtoField.uint32("pv_pvss.netvsp.nvsp_version", "nvsp_version", base.DEC, nil)
F.netvsp_ndis_version = ProtoField.uint32("pv_pvss.netvsp.ndis_version", "ndis_version", base.DEC, nil)
F.netvsp_guest_mtu = ProtoField.uint32("pv_pvss.netvsp.guest_mtu", "guest_mtu", base.DEC, nil)
F.netvsp_flags = ProtoField.uint32("pv_pvss.netvsp.flags", "flags", base.HEX, nil)
F.netvsp_ndis_caps = ProtoField.uint64("pv_pvss.netvsp.ndis_caps", "ndis_caps", base.HEX, nil)
F.netvsp_packet_filter = ProtoField.uint32("pv_pvss.netvsp.packet_filter", "packet_filter", base.DEC, nil)
F.netvsp_subchannels = ProtoField.uint32("pv_pvss.netvsp.subchannels", "subchannels", base.DEC, nil)
F.netvsp_nqueues = ProtoField.uint32("pv_pvss.netvsp.nqueues", "nqueues", base.DEC, nil)
F.netvsp_nchannels = ProtoField.uint32("pv_pvss.netvsp.nchannels", "nchannels", base.DEC, nil)
F.netvsp_recv_gpadl = ProtoField.uint32("pv_pvss.netvsp.recv_gpadl", "recv_gpadl", base.DEC, nil)
F.netvsp_recv_owner = ProtoField.uint32("pv_pvss.netvsp.recv_owner", "recv_owner", base.DEC, nil)
F.netvsp_nslots = ProtoField.uint32("pv_pvss.netvsp.nslots", "nslots", base.DEC, nil)
F.netvsp_sub_alloc = ProtoField.uint32("pv_pvss.netvsp.sub_alloc", "sub_alloc", base.DEC, nil)
F.netvsp_send_gpadl = ProtoField.uint32("pv_pvss.netvsp.send_gpadl", "send_gpadl", base.DEC, nil)
F.netvsp_send_owner = ProtoField.uint32("pv_pvss.netvsp.send_owner", "send_owner", base.DEC, nil)
F.netvsp_send_sections = ProtoField.uint32("pv_pvss.netvsp.send_sections", "send_sections", base.DEC, nil)
F.netvsp_rxpkts = ProtoField.uint32("pv_pvss.netvsp.rxpkts", "rxpkts", base.DEC, nil)
F.netvsp_frames = ProtoField.uint32("pv_pvss.netvsp.frames", "frames", base.DEC, nil)
F.netvsp_mac = ProtoField.bytes("pv_pvss.netvsp.mac", "mac")
F.netvsp_reserved = ProtoField.uint16("pv_pvss.netvsp.reserved", "reserved", base.DEC, nil)
F.netvsp_endpoint = ProtoField.bytes("pv_pvss.netvsp.endpoint", "endpoint")
F.netvsp_tap_nfds = ProtoField.uint32("pv_pvss.netvsp.tap_nfds", "tap_nfds", base.DEC, nil)
F.netvsp_tap_fds = ProtoField.uint32("pv_pvss.netvsp.tap_fds", "tap_fds", base.HEX)
F.netvsp_rss_hdr = ProtoField.none("pv_pvss.netvsp_rss.hdr", "hdr")
F.netvsp_rss_hash_types = ProtoField.uint32("pv_pvss.netvsp_rss.hash_types", "hash_types", base.DEC, nil)
F.netvsp_rss_key_len = ProtoField.uint32("pv_pvss.netvsp_rss.key_len", "key_len", base.DEC, nil)
F.netvsp_rss_table_len = ProtoField.uint32("pv_pvss.netvsp_rss.table_len", "table_len", base.DEC, nil)
F.netvsp_rss_reserved = ProtoField.uint32("pv_pvss.netvsp_rss.reserved", "reserved", base.DEC, nil)
F.netvsp_rss_key = ProtoField.bytes("pv_pvss.netvsp_rss.key", "key")
F.netvsp_rss_table = ProtoField.uint32("pv_pvss.netvsp_rss.table", "table", base.HEX)
F.netvsp_range_slot = ProtoField.uint32("pv_pvss.netvsp_range.slot", "slot", base.DEC, nil)
F.netvsp_range_len = ProtoField.uint32("pv_pvss.netvsp_range.len", "len", base.DEC, nil)
F.netvsp_channel_hdr = ProtoField.none("pv_pvss.netvsp_channel.hdr", "hdr")
F.netvsp_channel_sub = ProtoField.uint32("pv_pvss.netvsp_channel.sub", "sub", base.DEC, nil)
F.netvsp_channel_relid = ProtoField.uint32("pv_pvss.netvsp_channel.relid", "relid", base.DEC, nil)
F.netvsp_channel_backlog = ProtoField.uint32("pv_pvss.netvsp_channel.backlog", "backlog", base.DEC, nil)
F.netvsp_channel_batch_n = ProtoField.uint32("pv_pvss.netvsp_channel.batch_n", "batch_n", base.DEC, nil)
F.netvsp_channel_batch = ProtoField.none("pv_pvss.netvsp_channel.batch", "batch")
F.netvsp_backlog_hdr = ProtoField.none("pv_pvss.netvsp_backlog.hdr", "hdr")
F.netvsp_backlog_trans_id = ProtoField.uint64("pv_pvss.netvsp_backlog.trans_id", "trans_id", base.HEX, nil)
F.netvsp_backlog_pkt_type = ProtoField.uint16("pv_pvss.netvsp_backlog.pkt_type", "pkt_type", base.DEC, nil)
F.netvsp_backlog_pkt_flags = ProtoField.uint16("pv_pvss.netvsp_backlog.pkt_flags", "pkt_flags", base.DEC, nil)
F.netvsp_backlog_ext_len = ProtoField.uint32("pv_pvss.netvsp_backlog.ext_len", "ext_len", base.DEC, nil)
F.netvsp_backlog_data_len = ProtoField.uint32("pv_pvss.netvsp_backlog.data_len", "data_len", base.DEC, nil)
F.netvsp_backlog_reserved = ProtoField.uint32("pv_pvss.netvsp_backlog.reserved", "reserved", base.DEC, nil)
F.netvsp_backlog_ext = ProtoField.bytes("pv_pvss.netvsp_backlog.ext", "ext")
F.netvsp_backlog_data = ProtoField.uint8("pv_pvss.netvsp_backlog.data", "data", base.HEX)
F.netvsp_rxpkt_hdr = ProtoField.none("pv_pvss.netvsp_rxpkt.hdr", "hdr")
F.netvsp_rxpkt_sub = ProtoField.uint32("pv_pvss.netvsp_rxpkt.sub", "sub", base.DEC, nil)
F.netvsp_rxpkt_nslots = ProtoField.uint32("pv_pvss.netvsp_rxpkt.nslots", "nslots", base.DEC, nil)
F.netvsp_rxpkt_slots = ProtoField.uint32("pv_pvss.netvsp_rxpkt.slots", "slots", base.HEX)
F.netvsp_frame_hdr = ProtoField.none("pv_pvss.netvsp_frame.hdr", "hdr")
F.netvsp_frame_queue = ProtoField.uint32("pv_pvss.netvsp_frame.queue", "queue", base.DEC, nil)
F.netvsp_frame_len = ProtoField.uint32("pv_pvss.netvsp_frame.len", "len", base.DEC, nil)
F.netvsp_frame_meta_flags = ProtoField.uint32("pv_pvss.netvsp_frame.meta_flags", "meta_flags", base.DEC, nil)
F.netvsp_frame_vlan_tci = ProtoField.uint16("pv_pvss.netvsp_frame.vlan_tci", "vlan_tci", base.DEC, nil)
F.netvsp_frame_gso_size = ProtoField.uint16("pv_pvss.netvsp_frame.gso_size", "gso_size", base.DEC, nil)
F.netvsp_frame_hash = ProtoField.uint32("pv_pvss.netvsp_frame.hash", "hash", base.DEC, nil)
F.netvsp_frame_hash_type = ProtoField.uint32("pv_pvss.netvsp_frame.hash_type", "hash_type", base.DEC, nil)
F.netvsp_frame_data = ProtoField.uint8("pv_pvss.netvsp_frame.data", "data", base.HEX)
F.nvme_ctrlr_hdr = ProtoField.none("pv_pvss.nvme_ctrlr.hdr", "hdr")
F.nvme_ctrlr_pci_kind = ProtoField.uint32("pv_pvss.nvme_ctrlr.pci_kind", "pci_kind", base.DEC, {[1] = "EMU", [2] = "VFIO", [3] = "SOCK"})
F.nvme_ctrlr_io_queues = ProtoField.uint32("pv_pvss.nvme_ctrlr.io_queues", "io_queues", base.DEC, nil)
F.nvme_ctrlr_cap = ProtoField.uint64("pv_pvss.nvme_ctrlr.cap", "cap", base.HEX, nil)
F.nvme_ctrlr_cc = ProtoField.uint32("pv_pvss.nvme_ctrlr.cc", "cc", base.DEC, nil)
F.nvme_ctrlr_aqa = ProtoField.uint32("pv_pvss.nvme_ctrlr.aqa", "aqa", base.DEC, nil)
F.nvme_ctrlr_asq = ProtoField.uint64("pv_pvss.nvme_ctrlr.asq", "asq", base.HEX, nil)
F.nvme_ctrlr_acq = ProtoField.uint64("pv_pvss.nvme_ctrlr.acq", "acq", base.HEX, nil)
F.nvme_ctrlr_pool_fd = ProtoField.uint32("pv_pvss.nvme_ctrlr.pool_fd", "pool_fd", base.DEC, nil)
F.nvme_ctrlr_nqpairs = ProtoField.uint32("pv_pvss.nvme_ctrlr.nqpairs", "nqpairs", base.DEC, nil)
F.nvme_ctrlr_pool_size = ProtoField.uint64("pv_pvss.nvme_ctrlr.pool_size", "pool_size", base.HEX, nil)
F.nvme_ctrlr_pool_iova = ProtoField.uint64("pv_pvss.nvme_ctrlr.pool_iova", "pool_iova", base.HEX, nil)
F.nvme_ctrlr_ident_iova = ProtoField.uint64("pv_pvss.nvme_ctrlr.ident_iova", "ident_iova", base.HEX, nil)
F.nvme_ctrlr_nsck_iova = ProtoField.uint64("pv_pvss.nvme_ctrlr.nsck_iova", "nsck_iova", base.HEX, nil)
F.nvme_ctrlr_container_fd = ProtoField.uint32("pv_pvss.nvme_ctrlr.container_fd", "container_fd", base.DEC, nil)
F.nvme_ctrlr_group_fd = ProtoField.uint32("pv_pvss.nvme_ctrlr.group_fd", "group_fd", base.DEC, nil)
F.nvme_ctrlr_device_fd = ProtoField.uint32("pv_pvss.nvme_ctrlr.device_fd", "device_fd", base.DEC, nil)
F.nvme_ctrlr_msix_vectors = ProtoField.uint32("pv_pvss.nvme_ctrlr.msix_vectors", "msix_vectors", base.DEC, nil)
F.nvme_ctrlr_sn = ProtoField.bytes("pv_pvss.nvme_ctrlr.sn", "sn")
F.nvme_ctrlr_mn = ProtoField.bytes("pv_pvss.nvme_ctrlr.mn", "mn")
F.nvme_ctrlr_reserved = ProtoField.uint32("pv_pvss.nvme_ctrlr.reserved", "reserved", base.DEC, nil)
F.nvme_qpair_hdr = ProtoField.none("pv_pvss.nvme_qpair.hdr", "hdr")
F.nvme_qpair_qid = ProtoField.uint16("pv_pvss.nvme_qpair.qid", "qid", base.DEC, nil)
F.nvme_qpair_vector = ProtoField.uint16("pv_pvss.nvme_qpair.vector", "vector", base.DEC, nil)
F.nvme_qpair_size = ProtoField.uint32("pv_pvss.nvme_qpair.size", "size", base.DEC, nil)
F.nvme_qpair_flags = ProtoField.uint32("pv_pvss.nvme_qpair.flags", "flags", base.HEX, nil)
F.nvme_qpair_ncmds = ProtoField.uint32("pv_pvss.nvme_qpair.ncmds", "ncmds", base.DEC, nil)
F.nvme_qpair_sq_iova = ProtoField.uint64("pv_pvss.nvme_qpair.sq_iova", "sq_iova", base.HEX, nil)
F.nvme_qpair_cq_iova = ProtoField.uint64("pv_pvss.nvme_qpair.cq_iova", "cq_iova", base.HEX, nil)
F.nvme_qpair_sq_tail = ProtoField.uint32("pv_pvss.nvme_qpair.sq_tail", "sq_tail", base.DEC, nil)
F.nvme_qpair_sq_head = ProtoField.uint32("pv_pvss.nvme_qpair.sq_head", "sq_head", base.DEC, nil)
F.nvme_qpair_cq_head = ProtoField.uint32("pv_pvss.nvme_qpair.cq_head", "cq_head", base.DEC, nil)
F.nvme_qpair_phase = ProtoField.uint8("pv_pvss.nvme_qpair.phase", "phase", base.DEC, nil)
F.nvme_qpair_cid_bits = ProtoField.uint8("pv_pvss.nvme_qpair.cid_bits", "cid_bits", base.DEC, nil)
F.nvme_qpair_reserved = ProtoField.uint16("pv_pvss.nvme_qpair.reserved", "reserved", base.DEC, nil)
F.nvme_qpair_bounce_iova = ProtoField.uint64("pv_pvss.nvme_qpair.bounce_iova", "bounce_iova", base.HEX, nil)
F.nvme_qpair_bounce_slots = ProtoField.uint32("pv_pvss.nvme_qpair.bounce_slots", "bounce_slots", base.DEC, nil)
F.nvme_qpair_bounce_size = ProtoField.uint32("pv_pvss.nvme_qpair.bounce_size", "bounce_size", base.DEC, nil)
F.nvme_qpair_list_bytes = ProtoField.uint32("pv_pvss.nvme_qpair.list_bytes", "list_bytes", base.DEC, nil)
F.nvme_qpair_ntrk = ProtoField.uint32("pv_pvss.nvme_qpair.ntrk", "ntrk", base.DEC, nil)
F.nvme_qpair_cid_gen = ProtoField.uint16("pv_pvss.nvme_qpair.cid_gen", "cid_gen", base.HEX)
F.nvme_cmd_hdr = ProtoField.none("pv_pvss.nvme_cmd.hdr", "hdr")
F.nvme_cmd_index = ProtoField.uint16("pv_pvss.nvme_cmd.index", "index", base.DEC, nil)
F.nvme_cmd_cid = ProtoField.uint16("pv_pvss.nvme_cmd.cid", "cid", base.DEC, nil)
F.nvme_cmd_kind = ProtoField.uint32("pv_pvss.nvme_cmd.kind", "kind", base.DEC, {[1] = "IO", [2] = "AER"})
F.nvme_cmd_opcode = ProtoField.uint8("pv_pvss.nvme_cmd.opcode", "opcode", base.DEC, nil)
F.nvme_cmd_bounce = ProtoField.uint8("pv_pvss.nvme_cmd.bounce", "bounce", base.DEC, nil)
F.nvme_cmd_reserved = ProtoField.uint16("pv_pvss.nvme_cmd.reserved", "reserved", base.DEC, nil)
F.nvme_cmd_nsid = ProtoField.uint32("pv_pvss.nvme_cmd.nsid", "nsid", base.DEC, nil)
F.nvme_cmd_list_iova = ProtoField.uint64("pv_pvss.nvme_cmd.list_iova", "list_iova", base.HEX, nil)
F.nvme_cmd_lba = ProtoField.uint64("pv_pvss.nvme_cmd.lba", "lba", base.HEX, nil)
proto.fields = {
	F.rec_header_type,
	F.rec_header_len,
	F.file_header_hdr,
	F.file_header_magic,
	F.file_header_format_version,
	F.file_header_record_count,
	F.file_header_update_count,
	F.file_header_part_kind,
	F.file_header_reserved,
	F.file_header_t_request,
	F.file_header_t_paused,
	F.file_header_t_quiesced,
	F.file_header_t_saved,
	F.end_hdr,
	F.end_record_count,
	F.end_reserved,
	F.end_checksum,
	F.config_hdr,
	F.config_total_len,
	F.config_offset,
	F.config_chunk_len,
	F.config_text,
	F.paravisor_hdr,
	F.paravisor_log_level,
	F.paravisor_reserved,
	F.paravisor_t_start,
	F.fd_hdr,
	F.fd_fd,
	F.fd_kind,
	F.fd_reserved,
	F.fd_key,
	F.fd_reserved2,
	F.fd_size,
	F.sim_part_hdr,
	F.sim_part_vp_count,
	F.sim_part_guest_state,
	F.sim_part_mem_size,
	F.sim_part_sief_size,
	F.sim_part_ram_fd,
	F.sim_part_sief_fd,
	F.sim_part_listen_fd,
	F.sim_part_guest_fd,
	F.sim_part_irq_fd,
	F.sim_part_reserved,
	F.sim_bind_hdr,
	F.sim_bind_connection_id,
	F.sim_bind_efd,
	F.sim_outmsg_hdr,
	F.sim_outmsg_dgram_len,
	F.sim_outmsg_dgram,
	F.kvm_vm_hdr,
	F.kvm_vm_vcpus,
	F.kvm_vm_reboots,
	F.kvm_vm_mem_size,
	F.kvm_vm_ram_fd,
	F.kvm_vm_serial_fd,
	F.kvm_vm_uart_ier,
	F.kvm_vm_uart_lcr,
	F.kvm_vm_uart_mcr,
	F.kvm_vm_uart_scr,
	F.kvm_vm_uart_dll,
	F.kvm_vm_uart_dlm,
	F.kvm_vm_uart_fcr,
	F.kvm_vm_uart_flags,
	F.kvm_vm_pm1_en,
	F.kvm_vm_pm1_sts,
	F.kvm_vm_pci_addr,
	F.kvm_vm_cmos_index,
	F.kvm_vm_reserved,
	F.kvm_vm_cmos_ram,
	F.kvm_vm_clock,
	F.kvm_vm_pit,
	F.kvm_vm_pic_master,
	F.kvm_vm_pic_slave,
	F.kvm_vm_ioapic,
	F.kvm_vm_t_clock,
	F.kvm_vm_reserved2,
	F.msr_index,
	F.msr_reserved,
	F.msr_value,
	F.kvm_vcpu_hdr,
	F.kvm_vcpu_index,
	F.kvm_vcpu_mp_state,
	F.kvm_vcpu_flags,
	F.kvm_vcpu_msr_count,
	F.kvm_vcpu_tsc_offset,
	F.kvm_vcpu_tsc_deadline,
	F.kvm_vcpu_synic_control,
	F.kvm_vcpu_synic_simp,
	F.kvm_vcpu_synic_siefp,
	F.kvm_vcpu_regs,
	F.kvm_vcpu_sregs,
	F.kvm_vcpu_lapic,
	F.kvm_vcpu_xcrs,
	F.kvm_vcpu_events,
	F.kvm_vcpu_debugregs,
	F.kvm_vcpu_msrs,
	F.kvm_xsave_hdr,
	F.kvm_xsave_index,
	F.kvm_xsave_xsave_len,
	F.kvm_xsave_area,
	F.kvm_synic_msg_hdr,
	F.kvm_synic_msg_vp,
	F.kvm_synic_msg_sint,
	F.kvm_synic_msg_message_type,
	F.kvm_synic_msg_payload_len,
	F.kvm_synic_msg_payload,
	F.vmbus_server_hdr,
	F.vmbus_server_state,
	F.vmbus_server_version,
	F.vmbus_server_features,
	F.vmbus_server_target_vp,
	F.vmbus_server_target_sint,
	F.vmbus_server_msg_conn_id,
	F.vmbus_server_unload_version,
	F.vmbus_server_dropped,
	F.vmbus_gpadl_hdr,
	F.vmbus_gpadl_id,
	F.vmbus_gpadl_child_relid,
	F.vmbus_gpadl_state,
	F.vmbus_gpadl_range_buflen,
	F.vmbus_gpadl_rangecount,
	F.vmbus_gpadl_filled,
	F.vmbus_gpadl_data,
	F.vmbus_channel_hdr,
	F.vmbus_channel_relid,
	F.vmbus_channel_primary_relid,
	F.vmbus_channel_sub_index,
	F.vmbus_channel_subchannels_offered,
	F.vmbus_channel_state,
	F.vmbus_channel_flags,
	F.vmbus_channel_conn_id,
	F.vmbus_channel_sig_conn_id,
	F.vmbus_channel_event_flag,
	F.vmbus_channel_open_id,
	F.vmbus_channel_target_vp,
	F.vmbus_channel_ring_gpadl,
	F.vmbus_channel_downstream,
	F.vmbus_channel_max_pkt_size,
	F.vmbus_channel_efd,
	F.vmbus_channel_chn_flags,
	F.vmbus_channel_mmio_megabytes,
	F.vmbus_channel_if_type,
	F.vmbus_channel_if_instance,
	F.vmbus_channel_user_def,
	F.vmbus_channel_batch_read,
	F.vmbus_channel_held_len,
	F.vmbus_channel_held,
	F.device_hdr,
	F.device_index,
	F.device_reserved,
	F.device_kind,
	F.storvsp_hdr,
	F.storvsp_nluns,
	F.storvsp_nchannels,
	F.storvsp_io_limit,
	F.storvsp_reserved,
	F.storvsp_lun_hdr,
	F.storvsp_lun_lun,
	F.storvsp_lun_block_size,
	F.storvsp_lun_nblocks,
	F.storvsp_lun_dev,
	F.storvsp_lun_ino,
	F.storvsp_lun_kind,
	F.storvsp_lun_backend_state,
	F.storvsp_lun_reserved,
	F.storvsp_channel_hdr,
	F.storvsp_channel_sub,
	F.storvsp_channel_relid,
	F.storvsp_channel_state,
	F.storvsp_channel_version,
	F.storvsp_channel_flags,
	F.storvsp_channel_replies,
	F.storvsp_channel_ios,
	F.storvsp_channel_reserved,
	F.storvsp_reply_hdr,
	F.storvsp_reply_trans_id,
	F.storvsp_reply_reply_len,
	F.storvsp_reply_reserved,
	F.storvsp_reply_reply,
	F.storvsp_io_hdr,
	F.storvsp_io_sub,
	F.storvsp_io_flags,
	F.storvsp_io_trans_id,
	F.storvsp_io_packet_len,
	F.storvsp_io_nkids,
	F.storvsp_io_piece_errno,
	F.storvsp_io_sense,
	F.storvsp_io_packet,
	F.storvsp_io_kids,
	F.storvsp_io_nranges,
	F.storvsp_io_nwords,
	F.storvsp_io_words,
	F.netvsp_hdr,
	F.netvsp_nvsp_state,
	F.netvsp_rndis_state,
	F.netvsp_nvsp_version,
	F.netvsp_ndis_version,
	F.netvsp_guest_mtu,
	F.netvsp_flags,
	F.netvsp_ndis_caps,
	F.netvsp_packet_filter,
	F.netvsp_subchannels,
	F.netvsp_nqueues,
	F.netvsp_nchannels,
	F.netvsp_recv_gpadl,
	F.netvsp_recv_owner,
	F.netvsp_nslots,
	F.netvsp_sub_alloc,
	F.netvsp_send_gpadl,
	F.netvsp_send_owner,
	F.netvsp_send_sections,
	F.netvsp_rxpkts,
	F.netvsp_frames,
	F.netvsp_mac,
	F.netvsp_reserved,
	F.netvsp_endpoint,
	F.netvsp_tap_nfds,
	F.netvsp_tap_fds,
	F.netvsp_rss_hdr,
	F.netvsp_rss_hash_types,
	F.netvsp_rss_key_len,
	F.netvsp_rss_table_len,
	F.netvsp_rss_reserved,
	F.netvsp_rss_key,
	F.netvsp_rss_table,
	F.netvsp_range_slot,
	F.netvsp_range_len,
	F.netvsp_channel_hdr,
	F.netvsp_channel_sub,
	F.netvsp_channel_relid,
	F.netvsp_channel_backlog,
	F.netvsp_channel_batch_n,
	F.netvsp_channel_batch,
	F.netvsp_backlog_hdr,
	F.netvsp_backlog_trans_id,
	F.netvsp_backlog_pkt_type,
	F.netvsp_backlog_pkt_flags,
	F.netvsp_backlog_ext_len,
	F.netvsp_backlog_data_len,
	F.netvsp_backlog_reserved,
	F.netvsp_backlog_ext,
	F.netvsp_backlog_data,
	F.netvsp_rxpkt_hdr,
	F.netvsp_rxpkt_sub,
	F.netvsp_rxpkt_nslots,
	F.netvsp_rxpkt_slots,
	F.netvsp_frame_hdr,
	F.netvsp_frame_queue,
	F.netvsp_frame_len,
	F.netvsp_frame_meta_flags,
	F.netvsp_frame_vlan_tci,
	F.netvsp_frame_gso_size,
	F.netvsp_frame_hash,
	F.netvsp_frame_hash_type,
	F.netvsp_frame_data,
	F.nvme_ctrlr_hdr,
	F.nvme_ctrlr_pci_kind,
	F.nvme_ctrlr_io_queues,
	F.nvme_ctrlr_cap,
	F.nvme_ctrlr_cc,
	F.nvme_ctrlr_aqa,
	F.nvme_ctrlr_asq,
	F.nvme_ctrlr_acq,
	F.nvme_ctrlr_pool_fd,
	F.nvme_ctrlr_nqpairs,
	F.nvme_ctrlr_pool_size,
	F.nvme_ctrlr_pool_iova,
	F.nvme_ctrlr_ident_iova,
	F.nvme_ctrlr_nsck_iova,
	F.nvme_ctrlr_container_fd,
	F.nvme_ctrlr_group_fd,
	F.nvme_ctrlr_device_fd,
	F.nvme_ctrlr_msix_vectors,
	F.nvme_ctrlr_sn,
	F.nvme_ctrlr_mn,
	F.nvme_ctrlr_reserved,
	F.nvme_qpair_hdr,
	F.nvme_qpair_qid,
	F.nvme_qpair_vector,
	F.nvme_qpair_size,
	F.nvme_qpair_flags,
	F.nvme_qpair_ncmds,
	F.nvme_qpair_sq_iova,
	F.nvme_qpair_cq_iova,
	F.nvme_qpair_sq_tail,
	F.nvme_qpair_sq_head,
	F.nvme_qpair_cq_head,
	F.nvme_qpair_phase,
	F.nvme_qpair_cid_bits,
	F.nvme_qpair_reserved,
	F.nvme_qpair_bounce_iova,
	F.nvme_qpair_bounce_slots,
	F.nvme_qpair_bounce_size,
	F.nvme_qpair_list_bytes,
	F.nvme_qpair_ntrk,
	F.nvme_qpair_cid_gen,
	F.nvme_cmd_hdr,
	F.nvme_cmd_index,
	F.nvme_cmd_cid,
	F.nvme_cmd_kind,
	F.nvme_cmd_opcode,
	F.nvme_cmd_bounce,
	F.nvme_cmd_reserved,
	F.nvme_cmd_nsid,
	F.nvme_cmd_list_iova,
	F.nvme_cmd_lba,
}

local function dissect_rec_header(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "rec_header: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.rec_header_type, buf(off + 0, 4))
	tree:add_le(F.rec_header_len, buf(off + 4, 4))
	return 8
end

local function dissect_file_header(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "file_header: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.file_header_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.file_header_magic, buf(off + 8, 4))
	tree:add_le(F.file_header_format_version, buf(off + 12, 4))
	tree:add_le(F.file_header_record_count, buf(off + 16, 4))
	tree:add_le(F.file_header_update_count, buf(off + 20, 4))
	tree:add_le(F.file_header_part_kind, buf(off + 24, 4))
	tree:add_le(F.file_header_reserved, buf(off + 28, 4))
	tree:add_le(F.file_header_t_request, buf(off + 32, 8))
	tree:add_le(F.file_header_t_paused, buf(off + 40, 8))
	tree:add_le(F.file_header_t_quiesced, buf(off + 48, 8))
	tree:add_le(F.file_header_t_saved, buf(off + 56, 8))
	return 64
end

local function dissect_end(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "end: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.end_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.end_record_count, buf(off + 8, 4))
	tree:add_le(F.end_reserved, buf(off + 12, 4))
	tree:add_le(F.end_checksum, buf(off + 16, 8))
	return 24
end

local function dissect_config(buf, tree, off, len)
	if len < 20 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "config: short (" .. len .. " < 20)")
		return len
	end
	do
		local sub = tree:add(F.config_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.config_total_len, buf(off + 8, 4))
	tree:add_le(F.config_offset, buf(off + 12, 4))
	tree:add_le(F.config_chunk_len, buf(off + 16, 4))
	local n = buf(off + 16, 4):le_uint()
	if n > 4096 then n = 4096 end
	local pos = 20
	for i = 1, n do
		if pos + 1 > len then break end
		tree:add_le(F.config_text, buf(off + pos, 1))
		pos = pos + 1
	end
	return pos
end

local function dissect_paravisor(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "paravisor: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.paravisor_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.paravisor_log_level, buf(off + 8, 4))
	tree:add_le(F.paravisor_reserved, buf(off + 12, 4))
	tree:add_le(F.paravisor_t_start, buf(off + 16, 8))
	return 24
end

local function dissect_fd(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "fd: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.fd_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.fd_fd, buf(off + 8, 4))
	tree:add_le(F.fd_kind, buf(off + 12, 2))
	tree:add_le(F.fd_reserved, buf(off + 14, 2))
	tree:add_le(F.fd_key, buf(off + 16, 4))
	tree:add_le(F.fd_reserved2, buf(off + 20, 4))
	tree:add_le(F.fd_size, buf(off + 24, 8))
	return 32
end

local function dissect_sim_part(buf, tree, off, len)
	if len < 56 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sim_part: short (" .. len .. " < 56)")
		return len
	end
	do
		local sub = tree:add(F.sim_part_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.sim_part_vp_count, buf(off + 8, 4))
	tree:add_le(F.sim_part_guest_state, buf(off + 12, 4))
	tree:add_le(F.sim_part_mem_size, buf(off + 16, 8))
	tree:add_le(F.sim_part_sief_size, buf(off + 24, 8))
	tree:add_le(F.sim_part_ram_fd, buf(off + 32, 4))
	tree:add_le(F.sim_part_sief_fd, buf(off + 36, 4))
	tree:add_le(F.sim_part_listen_fd, buf(off + 40, 4))
	tree:add_le(F.sim_part_guest_fd, buf(off + 44, 4))
	tree:add_le(F.sim_part_irq_fd, buf(off + 48, 4))
	tree:add_le(F.sim_part_reserved, buf(off + 52, 4))
	return 56
end

local function dissect_sim_bind(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sim_bind: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.sim_bind_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.sim_bind_connection_id, buf(off + 8, 4))
	tree:add_le(F.sim_bind_efd, buf(off + 12, 4))
	return 16
end

local function dissect_sim_outmsg(buf, tree, off, len)
	if len < 12 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "sim_outmsg: short (" .. len .. " < 12)")
		return len
	end
	do
		local sub = tree:add(F.sim_outmsg_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.sim_outmsg_dgram_len, buf(off + 8, 4))
	local n = buf(off + 8, 4):le_uint()
	if n > 264 then n = 264 end
	local pos = 12
	for i = 1, n do
		if pos + 1 > len then break end
		tree:add_le(F.sim_outmsg_dgram, buf(off + pos, 1))
		pos = pos + 1
	end
	return pos
end

local function dissect_kvm_vm(buf, tree, off, len)
	if len < 2016 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "kvm_vm: short (" .. len .. " < 2016)")
		return len
	end
	do
		local sub = tree:add(F.kvm_vm_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.kvm_vm_vcpus, buf(off + 8, 4))
	tree:add_le(F.kvm_vm_reboots, buf(off + 12, 4))
	tree:add_le(F.kvm_vm_mem_size, buf(off + 16, 8))
	tree:add_le(F.kvm_vm_ram_fd, buf(off + 24, 4))
	tree:add_le(F.kvm_vm_serial_fd, buf(off + 28, 4))
	tree:add_le(F.kvm_vm_uart_ier, buf(off + 32, 1))
	tree:add_le(F.kvm_vm_uart_lcr, buf(off + 33, 1))
	tree:add_le(F.kvm_vm_uart_mcr, buf(off + 34, 1))
	tree:add_le(F.kvm_vm_uart_scr, buf(off + 35, 1))
	tree:add_le(F.kvm_vm_uart_dll, buf(off + 36, 1))
	tree:add_le(F.kvm_vm_uart_dlm, buf(off + 37, 1))
	tree:add_le(F.kvm_vm_uart_fcr, buf(off + 38, 1))
	tree:add_le(F.kvm_vm_uart_flags, buf(off + 39, 1))
	tree:add_le(F.kvm_vm_pm1_en, buf(off + 40, 2))
	tree:add_le(F.kvm_vm_pm1_sts, buf(off + 42, 2))
	tree:add_le(F.kvm_vm_pci_addr, buf(off + 44, 4))
	tree:add_le(F.kvm_vm_cmos_index, buf(off + 48, 1))
	tree:add_le(F.kvm_vm_reserved, buf(off + 49, 7))
	tree:add_le(F.kvm_vm_cmos_ram, buf(off + 56, 128))
	tree:add_le(F.kvm_vm_clock, buf(off + 184, 48))
	tree:add_le(F.kvm_vm_pit, buf(off + 232, 112))
	tree:add_le(F.kvm_vm_pic_master, buf(off + 344, 512))
	tree:add_le(F.kvm_vm_pic_slave, buf(off + 856, 512))
	tree:add_le(F.kvm_vm_ioapic, buf(off + 1368, 512))
	tree:add_le(F.kvm_vm_t_clock, buf(off + 1880, 8))
	tree:add_le(F.kvm_vm_reserved2, buf(off + 1888, 128))
	return 2016
end

local function dissect_msr(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "msr: short (" .. len .. " < 16)")
		return len
	end
	tree:add_le(F.msr_index, buf(off + 0, 4))
	tree:add_le(F.msr_reserved, buf(off + 4, 4))
	tree:add_le(F.msr_value, buf(off + 8, 8))
	return 16
end

local function dissect_kvm_vcpu(buf, tree, off, len)
	if len < 2128 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "kvm_vcpu: short (" .. len .. " < 2128)")
		return len
	end
	do
		local sub = tree:add(F.kvm_vcpu_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.kvm_vcpu_index, buf(off + 8, 4))
	tree:add_le(F.kvm_vcpu_mp_state, buf(off + 12, 4))
	tree:add_le(F.kvm_vcpu_flags, buf(off + 16, 4))
	tree:add_le(F.kvm_vcpu_msr_count, buf(off + 20, 4))
	tree:add_le(F.kvm_vcpu_tsc_offset, buf(off + 24, 8))
	tree:add_le(F.kvm_vcpu_tsc_deadline, buf(off + 32, 8))
	tree:add_le(F.kvm_vcpu_synic_control, buf(off + 40, 8))
	tree:add_le(F.kvm_vcpu_synic_simp, buf(off + 48, 8))
	tree:add_le(F.kvm_vcpu_synic_siefp, buf(off + 56, 8))
	tree:add_le(F.kvm_vcpu_regs, buf(off + 64, 144))
	tree:add_le(F.kvm_vcpu_sregs, buf(off + 208, 312))
	tree:add_le(F.kvm_vcpu_lapic, buf(off + 520, 1024))
	tree:add_le(F.kvm_vcpu_events, buf(off + 1936, 64))
	tree:add_le(F.kvm_vcpu_debugregs, buf(off + 2000, 128))
	local n = buf(off + 20, 4):le_uint()
	if n > 512 then n = 512 end
	local pos = 2128
	for i = 1, n do
		if pos + 16 > len then break end
		local sub = tree:add(F.kvm_vcpu_msrs, buf(off + pos, 16))
		sub:append_text(" [" .. (i - 1) .. "]")
		dissect_msr(buf, sub, off + pos, 16)
		pos = pos + 16
	end
	return pos
end

local function dissect_kvm_xsave(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "kvm_xsave: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.kvm_xsave_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.kvm_xsave_index, buf(off + 8, 4))
	tree:add_le(F.kvm_xsave_xsave_len, buf(off + 12, 4))
	local n = buf(off + 12, 4):le_uint()
	if n > 16384 then n = 16384 end
	local pos = 16
	for i = 1, n do
		if pos + 1 > len then break end
		tree:add_le(F.kvm_xsave_area, buf(off + pos, 1))
		pos = pos + 1
	end
	return pos
end

local function dissect_kvm_synic_msg(buf, tree, off, len)
	if len < 264 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "kvm_synic_msg: short (" .. len .. " < 264)")
		return len
	end
	do
		local sub = tree:add(F.kvm_synic_msg_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.kvm_synic_msg_vp, buf(off + 8, 4))
	tree:add_le(F.kvm_synic_msg_sint, buf(off + 12, 4))
	tree:add_le(F.kvm_synic_msg_message_type, buf(off + 16, 4))
	tree:add_le(F.kvm_synic_msg_payload_len, buf(off + 20, 4))
	tree:add_le(F.kvm_synic_msg_payload, buf(off + 24, 240))
	return 264
end

local function dissect_vmbus_server(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vmbus_server: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.vmbus_server_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.vmbus_server_state, buf(off + 8, 4))
	tree:add_le(F.vmbus_server_version, buf(off + 12, 4))
	tree:add_le(F.vmbus_server_features, buf(off + 16, 8))
	tree:add_le(F.vmbus_server_target_vp, buf(off + 24, 4))
	tree:add_le(F.vmbus_server_target_sint, buf(off + 28, 4))
	tree:add_le(F.vmbus_server_msg_conn_id, buf(off + 32, 4))
	tree:add_le(F.vmbus_server_unload_version, buf(off + 36, 4))
	tree:add_le(F.vmbus_server_dropped, buf(off + 40, 8))
	return 48
end

local function dissect_vmbus_gpadl(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vmbus_gpadl: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.vmbus_gpadl_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.vmbus_gpadl_id, buf(off + 8, 4))
	tree:add_le(F.vmbus_gpadl_child_relid, buf(off + 12, 4))
	tree:add_le(F.vmbus_gpadl_state, buf(off + 16, 4))
	tree:add_le(F.vmbus_gpadl_range_buflen, buf(off + 20, 4))
	tree:add_le(F.vmbus_gpadl_rangecount, buf(off + 24, 4))
	tree:add_le(F.vmbus_gpadl_filled, buf(off + 28, 4))
	local n = math.floor((len - 32) / 8)
	if n > 8191 then n = 8191 end
	local pos = 32
	for i = 1, n do
		if pos + 8 > len then break end
		tree:add_le(F.vmbus_gpadl_data, buf(off + pos, 8))
		pos = pos + 8
	end
	return pos
end

local function dissect_vmbus_channel(buf, tree, off, len)
	if len < 232 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "vmbus_channel: short (" .. len .. " < 232)")
		return len
	end
	do
		local sub = tree:add(F.vmbus_channel_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.vmbus_channel_relid, buf(off + 8, 4))
	tree:add_le(F.vmbus_channel_primary_relid, buf(off + 12, 4))
	tree:add_le(F.vmbus_channel_sub_index, buf(off + 16, 2))
	tree:add_le(F.vmbus_channel_subchannels_offered, buf(off + 18, 2))
	tree:add_le(F.vmbus_channel_state, buf(off + 20, 4))
	tree:add_le(F.vmbus_channel_flags, buf(off + 24, 4))
	tree:add_le(F.vmbus_channel_conn_id, buf(off + 28, 4))
	tree:add_le(F.vmbus_channel_sig_conn_id, buf(off + 32, 4))
	tree:add_le(F.vmbus_channel_event_flag, buf(off + 36, 4))
	tree:add_le(F.vmbus_channel_open_id, buf(off + 40, 4))
	tree:add_le(F.vmbus_channel_target_vp, buf(off + 44, 4))
	tree:add_le(F.vmbus_channel_ring_gpadl, buf(off + 48, 4))
	tree:add_le(F.vmbus_channel_downstream, buf(off + 52, 4))
	tree:add_le(F.vmbus_channel_max_pkt_size, buf(off + 56, 4))
	tree:add_le(F.vmbus_channel_efd, buf(off + 60, 4))
	tree:add_le(F.vmbus_channel_chn_flags, buf(off + 64, 2))
	tree:add_le(F.vmbus_channel_mmio_megabytes, buf(off + 66, 2))
	tree:add_le(F.vmbus_channel_if_type, buf(off + 68, 16))
	tree:add_le(F.vmbus_channel_if_instance, buf(off + 84, 16))
	tree:add_le(F.vmbus_channel_batch_read, buf(off + 220, 8))
	tree:add_le(F.vmbus_channel_held_len, buf(off + 228, 4))
	local n = buf(off + 228, 4):le_uint()
	if n > 262160 then n = 262160 end
	local pos = 232
	for i = 1, n do
		if pos + 1 > len then break end
		tree:add_le(F.vmbus_channel_held, buf(off + pos, 1))
		pos = pos + 1
	end
	return pos
end

local function dissect_device(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "device: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.device_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.device_index, buf(off + 8, 4))
	tree:add_le(F.device_reserved, buf(off + 12, 4))
	tree:add_le(F.device_kind, buf(off + 16, 16))
	return 32
end

local function dissect_storvsp(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "storvsp: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.storvsp_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.storvsp_nluns, buf(off + 8, 4))
	tree:add_le(F.storvsp_nchannels, buf(off + 12, 4))
	tree:add_le(F.storvsp_io_limit, buf(off + 16, 4))
	tree:add_le(F.storvsp_reserved, buf(off + 20, 4))
	return 24
end

local function dissect_storvsp_lun(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "storvsp_lun: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.storvsp_lun_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.storvsp_lun_lun, buf(off + 8, 4))
	tree:add_le(F.storvsp_lun_block_size, buf(off + 12, 4))
	tree:add_le(F.storvsp_lun_nblocks, buf(off + 16, 8))
	tree:add_le(F.storvsp_lun_dev, buf(off + 24, 8))
	tree:add_le(F.storvsp_lun_ino, buf(off + 32, 8))
	tree:add_le(F.storvsp_lun_kind, buf(off + 40, 8))
	if len >= 52 then
	tree:add_le(F.storvsp_lun_backend_state, buf(off + 48, 4))
	end
	if len >= 56 then
	tree:add_le(F.storvsp_lun_reserved, buf(off + 52, 4))
	end
	return 56
end

local function dissect_storvsp_channel(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "storvsp_channel: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.storvsp_channel_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.storvsp_channel_sub, buf(off + 8, 4))
	tree:add_le(F.storvsp_channel_relid, buf(off + 12, 4))
	tree:add_le(F.storvsp_channel_state, buf(off + 16, 4))
	tree:add_le(F.storvsp_channel_version, buf(off + 20, 4))
	tree:add_le(F.storvsp_channel_flags, buf(off + 24, 4))
	tree:add_le(F.storvsp_channel_replies, buf(off + 28, 4))
	if len >= 36 then
	tree:add_le(F.storvsp_channel_ios, buf(off + 32, 4))
	end
	if len >= 40 then
	tree:add_le(F.storvsp_channel_reserved, buf(off + 36, 4))
	end
	return 40
end

local function dissect_storvsp_reply(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "storvsp_reply: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.storvsp_reply_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.storvsp_reply_trans_id, buf(off + 8, 8))
	tree:add_le(F.storvsp_reply_reply_len, buf(off + 16, 4))
	tree:add_le(F.storvsp_reply_reserved, buf(off + 20, 4))
	local n = buf(off + 16, 4):le_uint()
	if n > 64 then n = 64 end
	local pos = 24
	for i = 1, n do
		if pos + 1 > len then break end
		tree:add_le(F.storvsp_reply_reply, buf(off + pos, 1))
		pos = pos + 1
	end
	return pos
end

local function dissect_storvsp_io(buf, tree, off, len)
	if len < 176 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "storvsp_io: short (" .. len .. " < 176)")
		return len
	end
	do
		local sub = tree:add(F.storvsp_io_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.storvsp_io_sub, buf(off + 8, 4))
	tree:add_le(F.storvsp_io_flags, buf(off + 12, 4))
	tree:add_le(F.storvsp_io_trans_id, buf(off + 16, 8))
	tree:add_le(F.storvsp_io_packet_len, buf(off + 24, 4))
	tree:add_le(F.storvsp_io_nkids, buf(off + 28, 4))
	tree:add_le(F.storvsp_io_piece_errno, buf(off + 32, 4))
	tree:add_le(F.storvsp_io_sense, buf(off + 36, 4))
	tree:add_le(F.storvsp_io_packet, buf(off + 40, 64))
	tree:add_le(F.storvsp_io_kids, buf(off + 104, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 108, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 112, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 116, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 120, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 124, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 128, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 132, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 136, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 140, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 144, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 148, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 152, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 156, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 160, 4))
	tree:add_le(F.storvsp_io_kids, buf(off + 164, 4))
	tree:add_le(F.storvsp_io_nranges, buf(off + 168, 4))
	tree:add_le(F.storvsp_io_nwords, buf(off + 172, 4))
	local n = buf(off + 172, 4):le_uint()
	if n > 1040 then n = 1040 end
	local pos = 176
	for i = 1, n do
		if pos + 8 > len then break end
		tree:add_le(F.storvsp_io_words, buf(off + pos, 8))
		pos = pos + 8
	end
	return pos
end

local function dissect_netvsp(buf, tree, off, len)
	if len < 112 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "netvsp: short (" .. len .. " < 112)")
		return len
	end
	do
		local sub = tree:add(F.netvsp_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.netvsp_nvsp_state, buf(off + 8, 4))
	tree:add_le(F.netvsp_rndis_state, buf(off + 12, 4))
	tree:add_le(F.netvsp_nvsp_version, buf(off + 16, 4))
	tree:add_le(F.netvsp_ndis_version, buf(off + 20, 4))
	tree:add_le(F.netvsp_guest_mtu, buf(off + 24, 4))
	tree:add_le(F.netvsp_flags, buf(off + 28, 4))
	tree:add_le(F.netvsp_ndis_caps, buf(off + 32, 8))
	tree:add_le(F.netvsp_packet_filter, buf(off + 40, 4))
	tree:add_le(F.netvsp_subchannels, buf(off + 44, 4))
	tree:add_le(F.netvsp_nqueues, buf(off + 48, 4))
	tree:add_le(F.netvsp_nchannels, buf(off + 52, 4))
	tree:add_le(F.netvsp_recv_gpadl, buf(off + 56, 4))
	tree:add_le(F.netvsp_recv_owner, buf(off + 60, 4))
	tree:add_le(F.netvsp_nslots, buf(off + 64, 4))
	tree:add_le(F.netvsp_sub_alloc, buf(off + 68, 4))
	tree:add_le(F.netvsp_send_gpadl, buf(off + 72, 4))
	tree:add_le(F.netvsp_send_owner, buf(off + 76, 4))
	tree:add_le(F.netvsp_send_sections, buf(off + 80, 4))
	tree:add_le(F.netvsp_rxpkts, buf(off + 84, 4))
	tree:add_le(F.netvsp_frames, buf(off + 88, 4))
	tree:add_le(F.netvsp_mac, buf(off + 92, 6))
	tree:add_le(F.netvsp_reserved, buf(off + 98, 2))
	tree:add_le(F.netvsp_endpoint, buf(off + 100, 8))
	tree:add_le(F.netvsp_tap_nfds, buf(off + 108, 4))
	local n = buf(off + 108, 4):le_uint()
	if n > 16 then n = 16 end
	local pos = 112
	for i = 1, n do
		if pos + 4 > len then break end
		tree:add_le(F.netvsp_tap_fds, buf(off + pos, 4))
		pos = pos + 4
	end
	return pos
end

local function dissect_netvsp_rss(buf, tree, off, len)
	if len < 64 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "netvsp_rss: short (" .. len .. " < 64)")
		return len
	end
	do
		local sub = tree:add(F.netvsp_rss_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.netvsp_rss_hash_types, buf(off + 8, 4))
	tree:add_le(F.netvsp_rss_key_len, buf(off + 12, 4))
	tree:add_le(F.netvsp_rss_table_len, buf(off + 16, 4))
	tree:add_le(F.netvsp_rss_reserved, buf(off + 20, 4))
	tree:add_le(F.netvsp_rss_key, buf(off + 24, 40))
	local n = buf(off + 16, 4):le_uint()
	if n > 128 then n = 128 end
	local pos = 64
	for i = 1, n do
		if pos + 4 > len then break end
		tree:add_le(F.netvsp_rss_table, buf(off + pos, 4))
		pos = pos + 4
	end
	return pos
end

local function dissect_netvsp_range(buf, tree, off, len)
	if len < 8 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "netvsp_range: short (" .. len .. " < 8)")
		return len
	end
	tree:add_le(F.netvsp_range_slot, buf(off + 0, 4))
	tree:add_le(F.netvsp_range_len, buf(off + 4, 4))
	return 8
end

local function dissect_netvsp_channel(buf, tree, off, len)
	if len < 24 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "netvsp_channel: short (" .. len .. " < 24)")
		return len
	end
	do
		local sub = tree:add(F.netvsp_channel_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.netvsp_channel_sub, buf(off + 8, 4))
	tree:add_le(F.netvsp_channel_relid, buf(off + 12, 4))
	tree:add_le(F.netvsp_channel_backlog, buf(off + 16, 4))
	tree:add_le(F.netvsp_channel_batch_n, buf(off + 20, 4))
	local n = buf(off + 20, 4):le_uint()
	if n > 128 then n = 128 end
	local pos = 24
	for i = 1, n do
		if pos + 8 > len then break end
		local sub = tree:add(F.netvsp_channel_batch, buf(off + pos, 8))
		sub:append_text(" [" .. (i - 1) .. "]")
		dissect_netvsp_range(buf, sub, off + pos, 8)
		pos = pos + 8
	end
	return pos
end

local function dissect_netvsp_backlog(buf, tree, off, len)
	if len < 48 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "netvsp_backlog: short (" .. len .. " < 48)")
		return len
	end
	do
		local sub = tree:add(F.netvsp_backlog_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.netvsp_backlog_trans_id, buf(off + 8, 8))
	tree:add_le(F.netvsp_backlog_pkt_type, buf(off + 16, 2))
	tree:add_le(F.netvsp_backlog_pkt_flags, buf(off + 18, 2))
	tree:add_le(F.netvsp_backlog_ext_len, buf(off + 20, 4))
	tree:add_le(F.netvsp_backlog_data_len, buf(off + 24, 4))
	tree:add_le(F.netvsp_backlog_reserved, buf(off + 28, 4))
	tree:add_le(F.netvsp_backlog_ext, buf(off + 32, 16))
	local n = buf(off + 24, 4):le_uint()
	if n > 104 then n = 104 end
	local pos = 48
	for i = 1, n do
		if pos + 1 > len then break end
		tree:add_le(F.netvsp_backlog_data, buf(off + pos, 1))
		pos = pos + 1
	end
	return pos
end

local function dissect_netvsp_rxpkt(buf, tree, off, len)
	if len < 16 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "netvsp_rxpkt: short (" .. len .. " < 16)")
		return len
	end
	do
		local sub = tree:add(F.netvsp_rxpkt_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.netvsp_rxpkt_sub, buf(off + 8, 4))
	tree:add_le(F.netvsp_rxpkt_nslots, buf(off + 12, 4))
	local n = buf(off + 12, 4):le_uint()
	if n > 128 then n = 128 end
	local pos = 16
	for i = 1, n do
		if pos + 4 > len then break end
		tree:add_le(F.netvsp_rxpkt_slots, buf(off + pos, 4))
		pos = pos + 4
	end
	return pos
end

local function dissect_netvsp_frame(buf, tree, off, len)
	if len < 32 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "netvsp_frame: short (" .. len .. " < 32)")
		return len
	end
	do
		local sub = tree:add(F.netvsp_frame_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.netvsp_frame_queue, buf(off + 8, 4))
	tree:add_le(F.netvsp_frame_len, buf(off + 12, 4))
	tree:add_le(F.netvsp_frame_meta_flags, buf(off + 16, 4))
	tree:add_le(F.netvsp_frame_vlan_tci, buf(off + 20, 2))
	tree:add_le(F.netvsp_frame_gso_size, buf(off + 22, 2))
	tree:add_le(F.netvsp_frame_hash, buf(off + 24, 4))
	tree:add_le(F.netvsp_frame_hash_type, buf(off + 28, 4))
	local n = buf(off + 12, 4):le_uint()
	if n > 65792 then n = 65792 end
	local pos = 32
	for i = 1, n do
		if pos + 1 > len then break end
		tree:add_le(F.netvsp_frame_data, buf(off + pos, 1))
		pos = pos + 1
	end
	return pos
end

local function dissect_nvme_ctrlr(buf, tree, off, len)
	if len < 168 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "nvme_ctrlr: short (" .. len .. " < 168)")
		return len
	end
	do
		local sub = tree:add(F.nvme_ctrlr_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.nvme_ctrlr_pci_kind, buf(off + 8, 4))
	tree:add_le(F.nvme_ctrlr_io_queues, buf(off + 12, 4))
	tree:add_le(F.nvme_ctrlr_cap, buf(off + 16, 8))
	tree:add_le(F.nvme_ctrlr_cc, buf(off + 24, 4))
	tree:add_le(F.nvme_ctrlr_aqa, buf(off + 28, 4))
	tree:add_le(F.nvme_ctrlr_asq, buf(off + 32, 8))
	tree:add_le(F.nvme_ctrlr_acq, buf(off + 40, 8))
	tree:add_le(F.nvme_ctrlr_pool_fd, buf(off + 48, 4))
	tree:add_le(F.nvme_ctrlr_nqpairs, buf(off + 52, 4))
	tree:add_le(F.nvme_ctrlr_pool_size, buf(off + 56, 8))
	tree:add_le(F.nvme_ctrlr_pool_iova, buf(off + 64, 8))
	tree:add_le(F.nvme_ctrlr_ident_iova, buf(off + 72, 8))
	tree:add_le(F.nvme_ctrlr_nsck_iova, buf(off + 80, 8))
	tree:add_le(F.nvme_ctrlr_container_fd, buf(off + 88, 4))
	tree:add_le(F.nvme_ctrlr_group_fd, buf(off + 92, 4))
	tree:add_le(F.nvme_ctrlr_device_fd, buf(off + 96, 4))
	tree:add_le(F.nvme_ctrlr_msix_vectors, buf(off + 100, 4))
	tree:add_le(F.nvme_ctrlr_sn, buf(off + 104, 20))
	tree:add_le(F.nvme_ctrlr_mn, buf(off + 124, 40))
	tree:add_le(F.nvme_ctrlr_reserved, buf(off + 164, 4))
	return 168
end

local function dissect_nvme_qpair(buf, tree, off, len)
	if len < 80 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "nvme_qpair: short (" .. len .. " < 80)")
		return len
	end
	do
		local sub = tree:add(F.nvme_qpair_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.nvme_qpair_qid, buf(off + 8, 2))
	tree:add_le(F.nvme_qpair_vector, buf(off + 10, 2))
	tree:add_le(F.nvme_qpair_size, buf(off + 12, 4))
	tree:add_le(F.nvme_qpair_flags, buf(off + 16, 4))
	tree:add_le(F.nvme_qpair_ncmds, buf(off + 20, 4))
	tree:add_le(F.nvme_qpair_sq_iova, buf(off + 24, 8))
	tree:add_le(F.nvme_qpair_cq_iova, buf(off + 32, 8))
	tree:add_le(F.nvme_qpair_sq_tail, buf(off + 40, 4))
	tree:add_le(F.nvme_qpair_sq_head, buf(off + 44, 4))
	tree:add_le(F.nvme_qpair_cq_head, buf(off + 48, 4))
	tree:add_le(F.nvme_qpair_phase, buf(off + 52, 1))
	tree:add_le(F.nvme_qpair_cid_bits, buf(off + 53, 1))
	tree:add_le(F.nvme_qpair_reserved, buf(off + 54, 2))
	tree:add_le(F.nvme_qpair_bounce_iova, buf(off + 56, 8))
	tree:add_le(F.nvme_qpair_bounce_slots, buf(off + 64, 4))
	tree:add_le(F.nvme_qpair_bounce_size, buf(off + 68, 4))
	tree:add_le(F.nvme_qpair_list_bytes, buf(off + 72, 4))
	tree:add_le(F.nvme_qpair_ntrk, buf(off + 76, 4))
	local n = buf(off + 76, 4):le_uint()
	if n > 4095 then n = 4095 end
	local pos = 80
	for i = 1, n do
		if pos + 2 > len then break end
		tree:add_le(F.nvme_qpair_cid_gen, buf(off + pos, 2))
		pos = pos + 2
	end
	return pos
end

local function dissect_nvme_cmd(buf, tree, off, len)
	if len < 40 then
		tree:add_expert_info(PI_MALFORMED, PI_ERROR, "nvme_cmd: short (" .. len .. " < 40)")
		return len
	end
	do
		local sub = tree:add(F.nvme_cmd_hdr, buf(off + 0, 8))
		dissect_rec_header(buf, sub, off + 0, 8)
	end
	tree:add_le(F.nvme_cmd_index, buf(off + 8, 2))
	tree:add_le(F.nvme_cmd_cid, buf(off + 10, 2))
	tree:add_le(F.nvme_cmd_kind, buf(off + 12, 4))
	tree:add_le(F.nvme_cmd_opcode, buf(off + 16, 1))
	tree:add_le(F.nvme_cmd_bounce, buf(off + 17, 1))
	tree:add_le(F.nvme_cmd_reserved, buf(off + 18, 2))
	tree:add_le(F.nvme_cmd_nsid, buf(off + 20, 4))
	tree:add_le(F.nvme_cmd_list_iova, buf(off + 24, 8))
	tree:add_le(F.nvme_cmd_lba, buf(off + 32, 8))
	return 40
end

function proto.dissector(buf, pinfo, tree)
	local len = buf:len()
	pinfo.cols.protocol:set("PVSS")
	local t = tree:add(proto, buf())
	if len < 4 then return end
	local ty = buf(0, 4):le_uint()
	if ty == 1 then
		pinfo.cols.info:append("FILE_HEADER ")
		t:append_text(", FILE_HEADER")
		dissect_file_header(buf, t, 0, len)
	elseif ty == 2 then
		pinfo.cols.info:append("END ")
		t:append_text(", END")
		dissect_end(buf, t, 0, len)
	elseif ty == 3 then
		pinfo.cols.info:append("CONFIG ")
		t:append_text(", CONFIG")
		dissect_config(buf, t, 0, len)
	elseif ty == 4 then
		pinfo.cols.info:append("PARAVISOR ")
		t:append_text(", PARAVISOR")
		dissect_paravisor(buf, t, 0, len)
	elseif ty == 5 then
		pinfo.cols.info:append("FD ")
		t:append_text(", FD")
		dissect_fd(buf, t, 0, len)
	elseif ty == 16 then
		pinfo.cols.info:append("SIM_PART ")
		t:append_text(", SIM_PART")
		dissect_sim_part(buf, t, 0, len)
	elseif ty == 17 then
		pinfo.cols.info:append("SIM_BIND ")
		t:append_text(", SIM_BIND")
		dissect_sim_bind(buf, t, 0, len)
	elseif ty == 18 then
		pinfo.cols.info:append("SIM_OUTMSG ")
		t:append_text(", SIM_OUTMSG")
		dissect_sim_outmsg(buf, t, 0, len)
	elseif ty == 32 then
		pinfo.cols.info:append("KVM_VM ")
		t:append_text(", KVM_VM")
		dissect_kvm_vm(buf, t, 0, len)
	elseif ty == 33 then
		pinfo.cols.info:append("KVM_VCPU ")
		t:append_text(", KVM_VCPU")
		dissect_kvm_vcpu(buf, t, 0, len)
	elseif ty == 34 then
		pinfo.cols.info:append("KVM_XSAVE ")
		t:append_text(", KVM_XSAVE")
		dissect_kvm_xsave(buf, t, 0, len)
	elseif ty == 35 then
		pinfo.cols.info:append("KVM_SYNIC_MSG ")
		t:append_text(", KVM_SYNIC_MSG")
		dissect_kvm_synic_msg(buf, t, 0, len)
	elseif ty == 48 then
		pinfo.cols.info:append("VMBUS_SERVER ")
		t:append_text(", VMBUS_SERVER")
		dissect_vmbus_server(buf, t, 0, len)
	elseif ty == 49 then
		pinfo.cols.info:append("VMBUS_GPADL ")
		t:append_text(", VMBUS_GPADL")
		dissect_vmbus_gpadl(buf, t, 0, len)
	elseif ty == 50 then
		pinfo.cols.info:append("VMBUS_CHANNEL ")
		t:append_text(", VMBUS_CHANNEL")
		dissect_vmbus_channel(buf, t, 0, len)
	elseif ty == 64 then
		pinfo.cols.info:append("DEVICE ")
		t:append_text(", DEVICE")
		dissect_device(buf, t, 0, len)
	elseif ty == 80 then
		pinfo.cols.info:append("STORVSP ")
		t:append_text(", STORVSP")
		dissect_storvsp(buf, t, 0, len)
	elseif ty == 81 then
		pinfo.cols.info:append("STORVSP_LUN ")
		t:append_text(", STORVSP_LUN")
		dissect_storvsp_lun(buf, t, 0, len)
	elseif ty == 82 then
		pinfo.cols.info:append("STORVSP_CHANNEL ")
		t:append_text(", STORVSP_CHANNEL")
		dissect_storvsp_channel(buf, t, 0, len)
	elseif ty == 83 then
		pinfo.cols.info:append("STORVSP_REPLY ")
		t:append_text(", STORVSP_REPLY")
		dissect_storvsp_reply(buf, t, 0, len)
	elseif ty == 84 then
		pinfo.cols.info:append("STORVSP_IO ")
		t:append_text(", STORVSP_IO")
		dissect_storvsp_io(buf, t, 0, len)
	elseif ty == 96 then
		pinfo.cols.info:append("NETVSP ")
		t:append_text(", NETVSP")
		dissect_netvsp(buf, t, 0, len)
	elseif ty == 97 then
		pinfo.cols.info:append("NETVSP_RSS ")
		t:append_text(", NETVSP_RSS")
		dissect_netvsp_rss(buf, t, 0, len)
	elseif ty == 98 then
		pinfo.cols.info:append("NETVSP_CHANNEL ")
		t:append_text(", NETVSP_CHANNEL")
		dissect_netvsp_channel(buf, t, 0, len)
	elseif ty == 99 then
		pinfo.cols.info:append("NETVSP_BACKLOG ")
		t:append_text(", NETVSP_BACKLOG")
		dissect_netvsp_backlog(buf, t, 0, len)
	elseif ty == 100 then
		pinfo.cols.info:append("NETVSP_RXPKT ")
		t:append_text(", NETVSP_RXPKT")
		dissect_netvsp_rxpkt(buf, t, 0, len)
	elseif ty == 101 then
		pinfo.cols.info:append("NETVSP_FRAME ")
		t:append_text(", NETVSP_FRAME")
		dissect_netvsp_frame(buf, t, 0, len)
	elseif ty == 112 then
		pinfo.cols.info:append("NVME_CTRLR ")
		t:append_text(", NVME_CTRLR")
		dissect_nvme_ctrlr(buf, t, 0, len)
	elseif ty == 113 then
		pinfo.cols.info:append("NVME_QPAIR ")
		t:append_text(", NVME_QPAIR")
		dissect_nvme_qpair(buf, t, 0, len)
	elseif ty == 114 then
		pinfo.cols.info:append("NVME_CMD ")
		t:append_text(", NVME_CMD")
		dissect_nvme_cmd(buf, t, 0, len)
	else
		pinfo.cols.info:append("?(" .. ty .. ") ")
		t:add_expert_info(PI_MALFORMED, PI_WARN, "unknown type " .. ty)
	end
end
