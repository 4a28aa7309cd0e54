#!/usr/bin/env python3
"""ctest trace_tshark_payload: tshark with the generated Lua dissectors (only
generated/lua/pvtrace.lua is loaded) decodes the payload of ring packets by
their channel's class: storvsc operations with the SCSI CDB of each SRB and
completions decoded as the reply to their request, NVSP messages, and says
where RNDIS messages went when they are not in the trace.
The corpus traces (tests/traces/corpus) are recorded by the paravisor; a
small trace written here covers what the corpus lacks: a channel whose offer
is not in the trace (class from the interface description), NVSP SUBCHANNEL
request and completion told apart by direction, an RNDIS record, and an
RNDIS message in GPA-direct pages.  Exits 77 when tshark is missing."""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(HERE, "corpus")

STORVSC_INIT = [
    "[Protocols in frame: pv_pvtrace:pv_vmring:pv_storvsc]",
    "Hyper-V synthetic storage (storvsc), BEGIN_INITIALIZATION",
    "Hyper-V synthetic storage (storvsc), QUERY_PROTOCOL_VERSION",
    "major_minor: 1538",
    "Hyper-V synthetic storage (storvsc), QUERY_PROPERTIES",
    "Hyper-V synthetic storage (storvsc), END_INITIALIZATION",
    "Hyper-V synthetic storage (storvsc), COMPLETE_IO",
    "Hyper-V synthetic storage (storvsc), EXECUTE_SRB",
    "operation: EXECUTE_SRB (3)",
    "[Protocols in frame: pv_pvtrace:pv_vmring:pv_storvsc:pv_scsi]",
    "SCSI (SPC-4 / SBC-3 subset), INQUIRY",
    "alloc_len: 36",
    "SCSI (SPC-4 / SBC-3 subset), SERVICE_ACTION_IN_16",
    "data_in: READ (1)",
    "Hyper-V synthetic storage (storvsc), COMPLETE_IO (reply to QUERY_PROPERTIES)",
    "max_transfer_bytes: 2097152",
    "Hyper-V synthetic storage (storvsc), COMPLETE_IO (reply to EXECUTE_SRB)",
    "data_transfer_length: 36",
]

EXPECT = {
    "storvsc-init.pcapng": STORVSC_INIT,
    "storvsc-io.pcapng": STORVSC_INIT + [
        "SCSI (SPC-4 / SBC-3 subset), READ_10",
        "SCSI (SPC-4 / SBC-3 subset), WRITE_10",
        "data_in: WRITE (0)",
        "data_transfer_length: 4096",
        "cdb_length: 10",
    ],
    "storvsc-subch.pcapng": [
        "Hyper-V synthetic storage (storvsc), CREATE_SUB_CHANNELS",
        "sub_channel_count: 2",
        "SCSI (SPC-4 / SBC-3 subset), READ_10",
    ],
    "netvsc-loopback.pcapng": [
        "[Protocols in frame: pv_pvtrace:pv_vmring:pv_nvsp]",
        "Network VSP (NVSP), INIT",
        "min_protocol_ver: 393217",
        "Network VSP (NVSP), INIT_COMPLETE",
        "status: SUCCESS (1)",
        "Network VSP (NVSP), SEND_NDIS_CONFIG",
        "mtu: 1514",
        "Network VSP (NVSP), SEND_NDIS_VER",
        "ndis_minor_ver: 30",
        "Network VSP (NVSP), SEND_RECV_BUF",
        "id: 51966",
        "Network VSP (NVSP), SEND_RECV_BUF_COMPLETE",
        "sub_alloc_size: 1728",
        "Network VSP (NVSP), SEND_SEND_BUF",
        "Network VSP (NVSP), SEND_RNDIS_PKT",
        "channel_type: CONTROL (1)",
        "channel_type: DATA (0)",
        "Network VSP (NVSP), SEND_RNDIS_PKT_COMPLETE",
        "note: RNDIS message in send buffer section 169 (",
        "note: RNDIS message in the receive buffer at the transfer-page ranges: see the RNDIS record before this packet",
        "Remote NDIS over VMBus (RNDIS), QUERY_C",
        "Network VSP (NVSP), REVOKE_RECV_BUF",
    ],
    # The real guest (Linux 6.1 hv_netvsc): the frame inside each RNDIS PACKET
    # goes to Wireshark's own Ethernet dissector, the per-packet info is shown
    "linux/netvsc-init-traffic.pcapng": [
        "[Protocols in frame: pv_pvtrace:pv_rndis:eth:ethertype:ip:icmp:data]",
        "Internet Control Message Protocol",
        "Type: 8 (Echo (ping) request)",
        "Type: 0 (Echo (ping) reply)",
        "[Protocols in frame: pv_pvtrace:pv_rndis:eth:ethertype:ip:tcp]",
        "Transmission Control Protocol, Src Port: 5002",
        "Address Resolution Protocol (request)",
        "per_packet_info",
        "ppi_type: TCPIP_CHKSUM (0)",
        "tcp_checksum_succeeded: 1",
        "frame (1090 bytes, eth_withoutfcs)",
    ],
    # sg_raw in the real guest: a READ(10) past the end and opcode 0xc0; the
    # completion's sense data by key and ASC/ASCQ (names from spec/scsi.yaml)
    "linux/storvsc-sense.pcapng": [
        "Hyper-V synthetic storage (storvsc), COMPLETE_IO (reply to EXECUTE_SRB)",
        "SCSI (SPC-4 / SBC-3 subset), sense_fixed",
        "response_code: FIXED_CURRENT (112)",
        "sense_key: ILLEGAL_REQUEST (5)",
        "asc_ascq: LBA_OUT_OF_RANGE (0x2100)",
        "asc_ascq: INVALID_COMMAND_OPERATION_CODE (0x2000)",
        "no layout for opcode 192",
    ],
    "synthetic": [
        "Network VSP (NVSP), SUBCHANNEL",
        "op: ALLOCATE (1)",
        "Network VSP (NVSP), SUBCHANNEL (completion)",
        "num_subchannels: 3",
        "Remote NDIS over VMBus (RNDIS), INIT",
        "max_xfer_size: 16384",
        "note: RNDIS message in the guest pages of the GPA ranges: see the RNDIS record after this packet",
    ],
}
FORBID = ["Lua Error", "Malformed", "Dissector bug", "no dissector for payload", "unknown type",
          "has no known class"]

# Lines a trace may show despite FORBID (none now).
ALLOW = {}

NETVSC = "f8615163-df3e-46c5-913f-f2d2f965ed0e"


def block(btype, body):
    body += bytes(-len(body) % 4)
    n = len(body) + 12
    return struct.pack("<II", btype, n) + body + struct.pack("<I", n)


def option(code, value):
    return struct.pack("<HH", code, len(value)) + value + bytes(-len(value) % 4)


def synthetic(path):
    """A netvsc channel (relid 5) whose OFFERCHANNEL is not in the trace: only the interface
    description names its class, as in a trace filtered by relid after the offer."""
    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack("<HHI", 147, 0, 0) + option(2, b"vmbus control") + bytes(4))
    desc = ("class %s netvsc" % NETVSC).encode()
    out += block(1, struct.pack("<HHI", 147, 0, 0) + option(2, b"relid 5") + option(3, desc) + bytes(4))

    def rec(proto, direction, tid, payload, ts):
        data = struct.pack("<BBBBIQII", 1, proto, direction, 0, 5, tid, len(payload), 0) + payload
        hdr = struct.pack("<IIIII", 1, 0, ts, len(data), len(data))
        return block(6, hdr + data + bytes(-len(data) % 4))

    def nvsp(*words):
        m = struct.pack("<%dI" % len(words), *words)
        return m + bytes(40 - len(m))

    ring = 2
    # SUBCHANNEL: ALLOCATE 3 (guest), then the host's completion {status SUCCESS, 3}
    out += rec(ring, 1, 9, struct.pack("<HHHHQ", 6, 2, 7, 1, 9) + nvsp(133, 1, 3), 1)
    out += rec(ring, 2, 9, struct.pack("<HHHHQ", 11, 2, 7, 0, 9) + nvsp(133, 1, 3), 2)
    # an RNDIS INIT recorded as its own record (proto 5)
    out += rec(5, 1, 0, struct.pack("<6I", 2, 24, 1, 1, 0, 0x4000), 3)
    # SEND_RNDIS_PKT with no send-buffer section: the message is in the GPA-direct pages
    gpa = struct.pack("<HHHHQ", 9, 5, 10, 1, 10) + struct.pack("<II", 0, 1) + struct.pack("<IIQ", 100, 0, 0x77)
    out += rec(ring, 1, 10, gpa + nvsp(107, 1, 0xFFFFFFFF, 0), 4)
    with open(path, "wb") as f:
        f.write(out)


# One summary line each (tshark without -V): what a user sees first.
SUMMARY = {
    "linux/netvsc-init-traffic.pcapng": [
        r"192\.168\.77\.2 → 192\.168\.77\.1 +ICMP +\d+ Echo \(ping\) request",
        r"192\.168\.77\.1 → 192\.168\.77\.2 +ICMP +\d+ Echo \(ping\) reply",
        r"192\.168\.77\.2 → 192\.168\.77\.1 +TCP +\d+ \d+ → 5002 \[SYN\]",
        r"192\.168\.77\.1 → 192\.168\.77\.2 +TCP +\d+ 5002 → \d+ \[PSH, ACK\] .*Len=\d+",
        r" ARP +\d+ Who has 192\.168\.77\.1\? Tell 192\.168\.77\.2",
    ],
    "linux/storvsc-sense.pcapng": [
        r"SCSI +\d+ COMP COMPLETE_IO sense_key ILLEGAL_REQUEST asc_ascq LBA_OUT_OF_RANGE",
        r"SCSI +\d+ COMP COMPLETE_IO sense_key ILLEGAL_REQUEST asc_ascq INVALID_COMMAND_OPERATION_CODE",
    ],
}


def tshark_v(tshark, path, home, verbose=True):
    r = subprocess.run([tshark, "-n", "-X", "lua_script:" + os.path.join(SRC, "generated", "lua", "pvtrace.lua"),
                        "-r", path] + (["-V"] if verbose else []), capture_output=True, text=True,
                       env=dict(os.environ, HOME=home))
    return r.returncode, r.stdout + r.stderr


def main():
    tshark = shutil.which("tshark")
    if not tshark:
        print("SKIP: tshark not installed")
        return 77
    assert str(uuid.UUID(NETVSC)) == NETVSC
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, want in EXPECT.items():
            if name == "synthetic":
                path = os.path.join(tmp, "synthetic.pcapng")
                synthetic(path)
            else:
                path = os.path.join(CORPUS, name)
            rc, out = tshark_v(tshark, path, tmp)
            fail = []
            if rc != 0:
                fail.append("tshark exited %d" % rc)
            fail += ["missing %r" % s for s in want if s not in out]
            kept = "\n".join(ln for ln in out.splitlines()
                              if not any(re.search(a, ln) for a in ALLOW.get(name, [])))
            fail += ["output contains %r" % s for s in FORBID if s in kept]
            for f in fail:
                print("FAIL: %s: %s" % (name, f))
            if fail:
                print(out[-3000:])
                bad += 1
            else:
                print("ok: %s: %d expected strings" % (name, len(want)))
        for name, want in SUMMARY.items():
            rc, out = tshark_v(tshark, os.path.join(CORPUS, name), tmp, verbose=False)
            miss = [w for w in want if not re.search(w, out)]
            for w in miss:
                print("FAIL: %s: no summary line matches /%s/" % (name, w))
            if miss or rc:
                print(out[-3000:])
                bad += 1
            else:
                lines = [ln for ln in out.splitlines() if any(re.search(w, ln) for w in want)]
                print("ok: %s: %d summary lines, e.g.\n    %s" % (name, len(want), "\n    ".join(lines[:4])))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
