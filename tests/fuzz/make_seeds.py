#!/usr/bin/env python3
"""Writes the committed seed corpora (tests/fuzz/corpus/<target>/) deterministically."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def put(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def hdr(t):
    return struct.pack("<II", t, 0)


# vmbus_msg: first byte selects the context (0 = any version, any direction)
put("vmbus_msg", "initiate_contact", b"\x00" + hdr(14) + struct.pack("<IIQQQ", 0x50003, 0, 2, 0, 0))
put("vmbus_msg", "initiate_contact2", b"\x00" + hdr(14) + struct.pack("<IIQQQ", 0x60000, 0, 2 | (8 << 32), 0, 0) + bytes(range(16)))
put("vmbus_msg", "version_response", b"\x00" + hdr(15) + struct.pack("<BBHI", 1, 0, 0, 0x800074))
put("vmbus_msg", "offerchannel", b"\x00" + hdr(1) + bytes(range(16)) * 2 + bytes(16) + struct.pack("<HH", 4, 0) + bytes(120) + struct.pack("<HHIBBHI", 0, 0, 3, 0, 0, 0, 0x2003))
put("vmbus_msg", "gpadl_header", b"\x00" + hdr(8) + struct.pack("<IIHH", 3, 0xe1e10, 24, 1) + struct.pack("<IIQQ", 8192, 0, 0x100, 0x101))
put("vmbus_msg", "gpadl_body", b"\x00" + hdr(9) + struct.pack("<II", 1, 0xe1e10) + struct.pack("<4Q", 1, 2, 3, 4))
put("vmbus_msg", "openchannel", b"\x00" + hdr(5) + struct.pack("<IIIII", 3, 3, 0xe1e10, 0, 8) + bytes(120))
put("vmbus_msg", "openchannel2", b"\xc6" + hdr(5) + struct.pack("<IIIII", 3, 3, 0xe1e10, 0, 8) + bytes(120) + struct.pack("<IHH", 0x2003, 3, 1))
put("vmbus_msg", "modifychannel", b"\x03" + hdr(22) + struct.pack("<II", 3, 1))
put("vmbus_msg", "pause", b"\xe6" + hdr(27))


def desc(t, off8, len8, flags, tid):
    return struct.pack("<HHHHQ", t, off8, len8, flags, tid)


put("vmring_msg", "inband", desc(6, 2, 4, 1, 7) + bytes(16))
put("vmring_msg", "comp", desc(11, 2, 3, 0, 7) + bytes(8))
put("vmring_msg", "xfer_pages", desc(7, 5, 6, 0, 9) + struct.pack("<HBBI", 1, 0, 0, 2) + struct.pack("<IIII", 100, 0, 200, 4096) + bytes(8))
put("vmring_msg", "gpa_direct", desc(9, 7, 8, 1, 5) + struct.pack("<II", 0, 1) + struct.pack("<IIQQ", 4096, 512, 0x10, 0x11) + bytes(8))

put("pvtrace_record", "vmbus", struct.pack("<BBBBIQII", 1, 1, 1, 0, 0, 0, 8, 0) + hdr(3))
put("pvtrace_record", "vmring", struct.pack("<BBBBIQII", 1, 2, 2, 0, 3, 7, 16, 0) + desc(11, 2, 2, 0, 7))

put("vmbus_fsm", "handshake", bytes([1, 2, 4, 5, 5, 6, 8, 9, 10, 11]))
put("vmbus_fsm", "open_close", bytes([1, 2, 4, 7, 1, 2, 4, 7, 8, 9, 10, 11]))

# gpadl_seq: op byte (op % 6 selects, (op >> 4) & 3 is the relid), id byte, arguments
GP_HDR, GP_BODY, GP_ACQ, GP_REL, GP_TD, GP_RESET = 0x12, 0x13, 0x14, 0x15, 0x10, 0x11


def gp_hdr(gid, buflen, count, data):
    return bytes([GP_HDR, gid]) + struct.pack("<HBB", buflen, count, len(data)) + data


def gp_body(gid, data):
    return bytes([GP_BODY, gid, len(data)]) + data


one_page = gp_hdr(1, 16, 1, struct.pack("<IIQ", 4096, 0, 5))
put("gpadl_seq", "one_page_deferred_teardown",
    one_page + bytes([GP_ACQ, 1, GP_TD, 1, GP_REL, 1]))
put("gpadl_seq", "header_body",
    gp_hdr(2, 32, 1, struct.pack("<IIQ", 3 * 4096, 0, 1)) + gp_body(2, struct.pack("<QQ", 2, 3))
    + bytes([GP_ACQ, 2, GP_REL, 2, GP_TD, 2]))
put("gpadl_seq", "reset_while_held",
    one_page + bytes([GP_ACQ, 1, GP_TD, 1, GP_RESET, 0]) + one_page + bytes([GP_REL, 1]))

# ring_gpa_direct: max ranges byte, then the packet as rt_ring_read copied it
put("ring_gpa_direct", "two_ranges", bytes([4]) + desc(9, 8, 10, 1, 5) + struct.pack("<II", 0, 2)
    + struct.pack("<IIQQ", 4096, 512, 0x10, 0x11) + struct.pack("<IIQ", 100, 0, 0x20) + bytes(16))
put("ring_gpa_direct", "zero_ranges", bytes([4]) + desc(9, 3, 3, 0, 1) + struct.pack("<II", 0, 0))

with open(os.path.join(HERE, "..", "..", "tools", "paravisor", "vm.example.yaml"), "rb") as f:
    put("config_parse", "vm_example", f.read())
put("config_parse", "flow", b"partition: {kind: sim, memory: 64M}\ndevices:\n  - {type: scsi, luns: [{path: a.img, size: 1G}]}\n")

# kvm_hcall: u64 control (HvPostMessage 0x5c), u64 input GPA, guest RAM
post = struct.pack("<IIII", 1, 0, 1, 8) + hdr(3) + bytes(240 - 8)
put("kvm_hcall", "post_at_0x100", struct.pack("<QQ", 0x5C, 0x100) + bytes(0x100) + post)
put("kvm_hcall", "post_at_ram_end", struct.pack("<QQ", 0x5C, 0x1F00) + bytes(0x1F00) + post)

# sim_part: byte 0 bit 0 sends a valid HELLO first; records: u8 flags, u16 len, bytes
def sim_rec(flags, body):
    return struct.pack("<BH", flags, len(body)) + body


sim_hello = struct.pack("<IIII", 2, 16, 0x49535650, 2)
sim_post = struct.pack("<IIIIII", 3, 264, 7, 4, 1, 5) + b"hello" + bytes(235)
put("sim_part", "hello_post", b"\x01" + sim_rec(4, sim_post) + sim_rec(0, sim_post))
put("sim_part", "hello_record", b"\x00" + sim_rec(0, sim_hello) + sim_rec(0, sim_post))
put("sim_part", "hello_eventfd_record", b"\x00" + sim_rec(1, sim_hello) + sim_rec(0, sim_post))
put("sim_part", "hello_pipe", b"\x00" + sim_rec(2, sim_hello))
put("sim_part", "post_before_hello", b"\x00" + sim_rec(0, sim_post))

# vmbus_server: records {conn selector (0: id 1), len, message}. A deferred
# GPADL teardown whose TORNDOWN is still queued when the guest reconnects and
# reuses the GPADL id (the loop runs after the last record): this tripped an
# assert in the server before the stale answer was dropped.
def srv_rec(msg):
    return bytes([0, len(msg)]) + msg


srv_contact = srv_rec(hdr(14) + struct.pack("<IIQQQ", 0x40000, 0, 0, 0, 0))
srv_offers = srv_rec(hdr(3))
srv_gpadl = srv_rec(hdr(8) + struct.pack("<IIHH", 1, 7, 40, 1) + struct.pack("<II", 4 * 4096, 0)
                    + struct.pack("<4Q", 0x100, 0x101, 0x102, 0x103))
srv_open = srv_rec(hdr(5) + struct.pack("<IIIII", 1, 1, 7, 0, 2) + bytes(120))
srv_teardown = srv_rec(hdr(11) + struct.pack("<II", 1, 7))
srv_close = srv_rec(hdr(7) + struct.pack("<I", 1))
put("vmbus_server", "stale_torndown_after_reconnect",
    srv_contact + srv_offers + srv_gpadl + srv_open + srv_teardown + srv_close
    + srv_contact + srv_offers + srv_gpadl)


# nvme_emu: 65-byte records, [0] bit 0 = I/O queue, then an SQE (CID replaced by the harness).
def sqe(op, nsid=0, prp1=0, prp2=0, flags=0, cdw=(0, 0, 0, 0, 0, 0)):
    return struct.pack("<BBHIIIQQQ6I", op, flags, 0, nsid, 0, 0, 0, prp1, prp2, *cdw)


put("nvme_emu", "identify", b"\x00" + sqe(0x06, 0, 0x8000, 0, 0, (1, 0, 0, 0, 0, 0))
    + b"\x00" + sqe(0x06, 1, 0x9100, 0xA000, 0, (0, 0, 0, 0, 0, 0)))
put("nvme_emu", "rw_prp_list", b"\x01" + sqe(0x01, 1, 0x8000, 0x7000, 0, (0, 0, 31, 0, 0, 0))
    + b"\x01" + sqe(0x02, 1, 0x8000, 0x9000, 0, (0, 0, 15, 0, 0, 0)))
put("nvme_emu", "rw_sgl", b"\x01" + sqe(0x02, 1, 0x8000, (0x4 << 56) | 0x1000 | (0x30 << 56), 0x40, (0, 0, 7, 0, 0, 0)))
put("nvme_emu", "dsm", b"\x01" + sqe(0x09, 1, 0x7000, 0, 0, (0, 4, 0, 0, 0, 0))
    + b"\x01" + sqe(0x08, 1, 0, 0, 0, (16, 0, 7 | (1 << 25), 0, 0, 0)))
put("nvme_emu", "queues_features", b"\x00" + sqe(0x09, 0, 0, 0, 0, (7, 0x30003, 0, 0, 0, 0))
    + b"\x00" + sqe(0x05, 0, 0xA000, 0, 0, (2 | (15 << 16), 3 | (2 << 16), 0, 0, 0, 0))
    + b"\x00" + sqe(0x00, 0, 0, 0, 0, (1, 0, 0, 0, 0, 0))
    + b"\x00" + sqe(0x02, 0xFFFFFFFF, 0xB000, 0, 0, (2 | (127 << 16), 0, 0, 0, 0, 0)))

# nvme_driver: [0] commands, [1..8] CAP, 4096 bytes of Identify data, then CQEs.
cap = 63 | (1 << 16) | (15 << 24) | (1 << 37)
ident = bytearray(4096)
ident[77] = 5            # MDTS
ident[512] = 0x66
ident[513] = 0x44
ident[0:8] = struct.pack("<Q", 1 << 20)  # as id_ns: NSZE
cqes = b"".join(struct.pack("<IIHHHH", 0, 0, i + 1, 1, (1 << 6) | i, 1) for i in range(4))
put("nvme_driver", "four_done", bytes([8]) + struct.pack("<Q", cap) + bytes(ident) + cqes)
# kvm_pci: 16-byte steps {op, sel, log2 len, port_off, u32 a, u64 b}. op 0/1
# configuration read/write with address register a, 2 a write to test
# function 1 (sel bit 0: 3) at register a, 3/4 MMIO read/write at BAR (sel
# bit 1: BAR2) + (a & 0x7fff) - 0x100, 5 the device raises vector a, 6 reset.
def pci_step(op, sel=0, log2len=2, port_off=0, a=0, b=0):
    return struct.pack("<BBBBIQ", op, sel, log2len, port_off, a, b)


def pci_bar(reg):  # MMIO offset argument for a register at `reg` of the BAR
    return reg + 0x100


pci_enum = b"".join(pci_step(0, a=0x80000000 | d << 11) for d in range(4))
pci_enable = (pci_step(2, a=0x04, log2len=1, b=0x6)                    # command: memory, master
              + pci_step(2, a=0x40, port_off=2, log2len=1, b=0xc000))   # MSI-X enable + mask
pci_entry = (pci_step(4, sel=2, a=pci_bar(0x10), b=0xfee00000)
             + pci_step(4, sel=2, a=pci_bar(0x18), b=0x41)
             + pci_step(4, sel=2, a=pci_bar(0x1c), b=0))
pci_irq = pci_step(4, a=pci_bar(0x2c), b=1) + pci_step(3, sel=2, a=pci_bar(0x1000))
pci_unmask = pci_step(2, a=0x40, port_off=2, log2len=1, b=0x8000)
put("kvm_pci", "enumerate", pci_enum)
put("kvm_pci", "msix_pending_then_unmask", pci_enum + pci_enable + pci_entry + pci_irq + pci_unmask)
put("kvm_pci", "bar_sizing", pci_step(2, a=0x10, b=0xffffffff) + pci_step(0, a=0x80000810)
    + pci_step(2, a=0x18, b=0xffffffff) + pci_step(2, a=0x1c, b=0xffffffff)
    + pci_step(2, a=0x10, b=0xd0000000) + pci_step(2, a=0x04, log2len=1, b=0x2)
    + pci_step(3, a=pci_bar(0)) + pci_step(3, sel=4, b=0xd0000000))
put("kvm_pci", "dma_fill", pci_enable + pci_step(4, a=pci_bar(0x10), b=0x1000)
    + pci_step(4, a=pci_bar(0x18), b=4096) + pci_step(4, a=pci_bar(0x20), b=1)
    + pci_step(4, a=pci_bar(0x20), b=2) + pci_step(3, a=pci_bar(0x24)))

# control_request: [0] write size (0: at once), connections separated by 0xff.
ctl = [b"inspect\n", b"inspect devices.scsi0.channels.1 --json\n", b"knobs\n",
       b"set log.level debug\n", b"set devices.scsi0.max_outstanding 0x20\n",
       b"trace status\n", b"trace start /x.pcapng relid=1,class=storvsc,proto=nvme,snap=64\n",
       b"trace stop\n", b"trace stream class=netvsc\n"]
put("control_request", "every_request", b"\x00" + b"\xff".join(ctl))
put("control_request", "in_pieces", b"\x03" + b"set log.level  info \r\n\xffinspect log\n")
put("control_request", "unfinished_and_binary", b"\x00insp\xffinspect \x01\n\xfftrace\n")


# storvsp_session: [0] knobs (version pick, bit 2 a one-pool budget), 2-byte steps {op, arg}.
def sv_srb(cdb, data_in=1, xfer=512):
    req = struct.pack("<HBBBBBBBBBBI", 0x34, 0, 0, 0, 0, 0, 0, len(cdb), 20, data_in, 0, xfer)
    req += cdb + bytes(20 - len(cdb))
    return (struct.pack("<III", 3, 0, 0) + req + bytes(64))[:64]


SV_INIT, SV_SRB, SV_GPA, SV_CLOSE, SV_OPEN, SV_RESET = 0, 1, 3, 4, 5, 6
inquiry = sv_srb(bytes([0x12, 0, 0, 0, 36, 0]), 1, 36)
read10 = sv_srb(bytes([0x28, 0, 0, 0, 0, 8, 0, 0, 8, 0]), 1, 4096)
write10 = sv_srb(bytes([0x2a, 0, 0, 0, 0, 0, 0, 0, 8, 0]), 0, 4096)
put("storvsp_session", "init_io_sub_reset_reopen",
    bytes([3]) + bytes([SV_INIT, 0, SV_SRB, 0]) + inquiry + bytes([SV_GPA, 2 | (1 << 1)]) + read10
    + bytes([SV_OPEN, 1, SV_GPA, 1 | (2 << 1)]) + write10 + bytes([SV_RESET, 1 << 1])
    + bytes([SV_CLOSE, 0, SV_OPEN, 0, SV_INIT, 0, SV_SRB, 1]) + inquiry)
put("storvsp_session", "one_pool_budget",
    bytes([4 | 2]) + bytes([SV_INIT, 0, SV_OPEN, 1, SV_CLOSE, 0, SV_OPEN, 1, SV_SRB, 1]) + read10
    + bytes([SV_OPEN, 0]))
put("storvsp_session", "ring_full_close",
    bytes([2]) + bytes([SV_INIT, 0, 7, 2 << 1]) + (bytes([SV_GPA, 4 | (1 << 1)]) + read10) * 6
    + bytes([SV_CLOSE, 0]))


# netvsp_session: 2-byte steps {op, arg (channel in bits 0-1)}.
def nv_packet(payload):
    # RNDIS PACKET: type, len, data offset (from byte 8), data len, oob/ppi fields zero
    return struct.pack("<IIIIIIIIIII", 1, 44 + len(payload), 36, len(payload), 0, 0, 0, 0, 0, 0, 0) + payload


frame = bytes([0xff] * 6) + bytes([2] * 6) + b"\x88\xb5" + bytes(range(46))
pkt = nv_packet(frame)
NV_UP, NV_DATA, NV_CTRL, NV_NVSP, NV_GPA, NV_COMP, NV_CLOSE, NV_OPEN, NV_RESET, NV_RING = range(10)
put("netvsp_session", "up_data_sub_reset",
    bytes([NV_UP, 1, NV_DATA, 0 | (3 << 2), len(pkt) - 44]) + pkt[:len(pkt)]
    + bytes([NV_OPEN, 1, NV_DATA, 1 | (4 << 2), len(pkt) - 44]) + pkt
    + bytes([NV_GPA, 1, len(pkt) - 44]) + pkt + bytes([NV_COMP, 0, NV_CLOSE, 1, NV_RESET, 0]))
put("netvsp_session", "ring_full_many_sends",
    bytes([NV_UP, 1, NV_RING, 1 << 2]) + (bytes([NV_DATA, 0, len(pkt) - 44]) + pkt) * 40
    + bytes([NV_CLOSE, 0]))
query = struct.pack("<IIIIIII", 4, 28, 5, 0x00010202, 0, 20, 0)
put("netvsp_session", "control_query",
    bytes([NV_UP, 1, NV_CTRL, 0, len(query) - 8]) + query)


# The control requests' dictionary: the words of runtime/control.h's
# requests, the knobs every paravisor has, and the trace filter's keys with
# the protocol names spec/pvtrace.yaml gives (rt_trace_filter_parse).
def control_dict():
    import yaml
    with open(os.path.join(HERE, "..", "..", "spec", "pvtrace.yaml")) as f:
        protos = [v["name"].lower() for e in yaml.safe_load(f)["enums"] if e["name"] == "proto"
                  for v in e["values"]]
    words = ["inspect", "knobs", "set", "trace", "status", "start", "stop", "stream", "--json",
             "log.level", "debug", "info", "warn", "error", "servicing.update", "now",
             "devices.", "vmbus.channels.", "relid=", "class=", "proto=", "snap=",
             "storvsc", "netvsc", "-", ",", "\\x0a", "\\x0d\\x0a"]
    words += ["proto=" + p for p in protos]
    out = ["# DO NOT EDIT: written by tests/fuzz/make_seeds.py (control requests, runtime/control.h;",
           "# filter protocol names from spec/pvtrace.yaml)."]
    out += ['w%d="%s"' % (i, w) for i, w in enumerate(words)]
    os.makedirs(os.path.join(HERE, "dict"), exist_ok=True)
    with open(os.path.join(HERE, "dict", "control_request.dict"), "w") as f:
        f.write("\n".join(out) + "\n")


control_dict()
