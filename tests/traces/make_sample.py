#!/usr/bin/env python3
"""Writes tests/traces/sample.pcapng: a plausible VMBus handshake and a few
ring packets as paravisor trace records (docs/TRACE-FORMAT.md).

Deterministic (fixed timestamps); `make_sample.py OUT` writes elsewhere.
"""
import os
import struct
import sys
import uuid

LINKTYPE_USER0 = 147
PROTO_VMBUS, PROTO_VMRING = 1, 2
TO_HOST, TO_GUEST = 1, 2


def block(btype, body):
    pad = (-len(body)) % 4
    total = 12 + len(body) + pad
    return struct.pack("<II", btype, total) + body + b"\0" * pad + struct.pack("<I", total)


def shb():
    return block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))


def idb():
    # snaplen 0 = unlimited; if_tsresol defaults to microseconds
    return block(1, struct.pack("<HHI", LINKTYPE_USER0, 0, 0))


def epb(ts_us, data):
    return block(6, struct.pack("<IIIII", 0, ts_us >> 32, ts_us & 0xFFFFFFFF, len(data), len(data)) + data)


def record(proto, direction, channel, trans_id, payload):
    return struct.pack("<BBBBIQII", 1, proto, direction, 0, channel, trans_id, len(payload), 0) + payload


def hdr(t):
    return struct.pack("<II", t, 0)


def guid(text):
    return uuid.UUID(text).bytes_le


def desc(t, off8, len8, flags, tid):
    return struct.pack("<HHHHQ", t, off8, len8, flags, tid)


SCSI = "ba6163d9-04a1-4d29-b605-72e2ffb1dc7f"
INSTANCE = "f8b3781b-1e82-4818-a1c3-63d806ec15bb"
RELID, GPADL = 1, 0xE1E10


def messages():
    v = []
    v.append((PROTO_VMBUS, TO_HOST, 0, 0,
              hdr(14) + struct.pack("<IIQQQ", 0x50003, 0, 2, 0, 0)))
    v.append((PROTO_VMBUS, TO_GUEST, 0, 0, hdr(15) + struct.pack("<BBHI", 1, 0, 0, 0x800074)))
    v.append((PROTO_VMBUS, TO_HOST, 0, 0, hdr(3)))
    offer = (hdr(1) + guid(SCSI) + guid(INSTANCE) + bytes(16) + struct.pack("<HH", 0, 0) + bytes(120)
             + struct.pack("<HHIBBHI", 0, 0, RELID, 0, 0, 0, RELID))
    v.append((PROTO_VMBUS, TO_GUEST, RELID, 0, offer))
    v.append((PROTO_VMBUS, TO_GUEST, 0, 0, hdr(4)))
    v.append((PROTO_VMBUS, TO_HOST, RELID, 0,
              hdr(8) + struct.pack("<IIHH", RELID, GPADL, 8 + 2 * 8, 1)
              + struct.pack("<IIQQ", 8192, 0, 0x1000, 0x1001)))
    v.append((PROTO_VMBUS, TO_GUEST, RELID, 0, hdr(10) + struct.pack("<III", RELID, GPADL, 0)))
    v.append((PROTO_VMBUS, TO_HOST, RELID, 0,
              hdr(5) + struct.pack("<IIIII", RELID, RELID, GPADL, 0, 1) + bytes(120)))
    v.append((PROTO_VMBUS, TO_GUEST, RELID, 0, hdr(6) + struct.pack("<III", RELID, RELID, 0)))
    # ring: an inband storvsc request (QUERY_PROTOCOL_VERSION 6.2) asking for completion, then
    # its completion (COMPLETE_IO); the class comes from the offer above
    v.append((PROTO_VMRING, TO_HOST, RELID, 5,
              desc(6, 2, 10, 1, 5) + struct.pack("<IIIHH", 9, 1, 0, 0x0602, 0) + bytes(48)))
    v.append((PROTO_VMRING, TO_GUEST, RELID, 5, desc(11, 2, 10, 0, 5) + struct.pack("<III", 1, 0, 0) + bytes(52)))
    # ring: a GPA-direct EXECUTE_SRB (one range of 8 KiB at offset 512: 3 PFNs) with READ(10) of
    # 16 blocks at LBA 2048
    gpa = desc(9, 7, 15, 1, 6) + struct.pack("<II", 0, 1) + struct.pack("<IIQQQ", 8192, 512, 0x2000, 0x2001, 0x2002)
    srb = struct.pack("<HBBBBBBBBBBI", 0x34, 0, 0, 0, 0, 0, 0, 10, 0x14, 1, 0, 8192)
    cdb = struct.pack(">BBIBHB", 0x28, 0, 2048, 0, 16, 0)
    srb += cdb + bytes(20 - len(cdb)) + struct.pack("<HBBIII", 0, 0xFF, 0x20, 0, 60, 0)
    v.append((PROTO_VMRING, TO_HOST, RELID, 6, gpa + struct.pack("<III", 3, 1, 0) + srb))
    return v


def build():
    out = shb() + idb()
    for i, (proto, direction, channel, tid, payload) in enumerate(messages()):
        out += epb(1_700_000_000_000_000 + i * 1000, record(proto, direction, channel, tid, payload))
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                "sample.pcapng")
    with open(path, "wb") as f:
        f.write(build())
    return 0


if __name__ == "__main__":
    sys.exit(main())
