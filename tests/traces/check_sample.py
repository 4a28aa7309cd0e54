#!/usr/bin/env python3
"""ctest codegen_tshark_sample: the committed sample.pcapng is what
make_sample.py writes, and tshark with the generated dissectors (only
generated/lua/pvtrace.lua is loaded; it loads the others) names every message
and shows the expected field values.  Exits 77 when tshark is missing."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, "..", ".."))

EXPECT = [
    "VMBus channel management, INITIATE_CONTACT",
    "vmbus_version_requested: 327683",
    "msg_sint: 2",
    "VMBus channel management, VERSION_RESPONSE",
    "version_supported: 1",
    "msg_conn_id: 0x00800074",
    "VMBus channel management, REQUESTOFFERS",
    "VMBus channel management, OFFERCHANNEL",
    "if_type: ba6163d9-04a1-4d29-b605-72e2ffb1dc7f",
    "child_relid: 1",
    "VMBus channel management, ALLOFFERS_DELIVERED",
    "VMBus channel management, GPADL_HEADER",
    "gpadl: 925200",
    "rangecount: 1",
    "data: 0x0000000000001001",
    "VMBus channel management, GPADL_CREATED",
    "creation_status: 0",
    "VMBus channel management, OPENCHANNEL",
    "ringbuffer_gpadlhandle: 925200",
    "downstream_ringbuffer_pageoffset: 1",
    "VMBus channel management, OPENCHANNEL_RESULT",
    "VMBus ring buffer packets, DATA_INBAND",
    "VMBus ring buffer packets, COMP",
    "VMBus ring buffer packets, DATA_USING_GPA_DIRECT",
    "ranges [0] 3 pages",
    "pfn: 0x0000000000002002",
    "proto: VMRING (2)",
    "dir: TO_GUEST (2)",
    "Hyper-V synthetic storage (storvsc), QUERY_PROTOCOL_VERSION",
    "major_minor: 1538",
    "Hyper-V synthetic storage (storvsc), COMPLETE_IO",
    "Hyper-V synthetic storage (storvsc), EXECUTE_SRB",
    "data_transfer_length: 8192",
    "SCSI (SPC-4 / SBC-3 subset), READ_10",
    "lba: 2048",
]
FORBID = ["Lua Error", "Malformed", "Dissector bug", "no dissector for payload", "unknown type"]


def main():
    tshark = shutil.which("tshark")
    if not tshark:
        print("SKIP: tshark not installed")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "sample.pcapng")
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "make_sample.py"), fresh], check=True)
        with open(fresh, "rb") as a, open(os.path.join(HERE, "sample.pcapng"), "rb") as b:
            if a.read() != b.read():
                print("FAIL: tests/traces/sample.pcapng differs from make_sample.py's output")
                return 1
        r = subprocess.run([tshark, "-n", "-X", "lua_script:" + os.path.join(SRC, "generated", "lua", "pvtrace.lua"),
                            "-r", fresh, "-V"], capture_output=True, text=True,
                           env=dict(os.environ, HOME=tmp))
    out = r.stdout + r.stderr
    bad = 0
    if r.returncode != 0:
        print("FAIL: tshark exited %d" % r.returncode)
        bad += 1
    for s in EXPECT:
        if s not in out:
            print("FAIL: missing %r" % s)
            bad += 1
    for s in FORBID:
        if s in out:
            print("FAIL: output contains %r" % s)
            bad += 1
    if bad:
        print(out[-4000:])
        return 1
    print("tshark: %d expected strings found" % len(EXPECT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
