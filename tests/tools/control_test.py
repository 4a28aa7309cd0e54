#!/usr/bin/python3
"""control_test BUILD_DIR SOURCE_DIR [CASE...]: the control socket, pvctl and
live capture, against a real paravisor (sim partition) driven by pvguest.

Cases (all by default):
  inspect   the tree while a guest runs I/O: VMBus connected at 5.3, the
            storvsc channel open with ring indices, storvsp counting the
            requests per channel and per LUN (reads, writes, bytes; errors
            and the last sense by name from writes to a read-only LUN), the
            NIC's values; --json parses; paths select
  knobs     log.level and devices.scsiN.max_outstanding set and read back,
            the limit throttles the guest, bad values and names refused
  trace     pvctl trace start/stop (valid file, the guest's packets in it),
            busy refused, trace stream to stdout (valid pcapng)
  hostile   a silent connection, garbage, an over-long line: answered or
            dropped, and the paravisor still answers; the socket is 0600
  stdout    paravisor --trace - streams a valid pcapng on standard output
  extcap    tshark -i pv-<pid> through `pvtrace extcap` (Wireshark's extcap
            folder set with WIRESHARK_EXTCAP_DIR; Wireshark ignores it for
            root, so as root tshark and the paravisor run as nobody)
Every wait is bounded; exit 77 with SKIP only if tshark is missing (extcap)."""

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time

BUILD, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
BIN = os.path.join(BUILD, "bin")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, verdict  # noqa: E402


def wait_for(pred, timeout=30.0, step=0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        v = pred()
        if v:
            return v
        time.sleep(step)
    return pred()


class Paravisor:
    def __init__(self, tmp, devices, extra=(), user=None, stdout=None):
        self.tmp = tmp
        self.sock = os.path.join(tmp, "sim.sock")
        self.ctl_dir = os.path.join(tmp, "ctl")
        os.makedirs(self.ctl_dir, mode=0o700, exist_ok=True)
        cfg = os.path.join(tmp, "pv.yaml")
        with open(cfg, "w") as f:
            f.write(f"partition: {{kind: sim, socket: {self.sock}, memory: 128M, vcpus: 2}}\n")
            f.write("devices:\n" + devices)
        os.chmod(cfg, 0o644)
        self.env = dict(os.environ, PV_CONTROL_DIR=self.ctl_dir)
        pre = []
        if user:
            pre = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        self.log = open(os.path.join(tmp, "pv.log"), "w")
        self.p = subprocess.Popen(pre + [os.path.join(BIN, "paravisor"), "--config", cfg, *extra],
                                  env=self.env, stdout=stdout or self.log, stderr=self.log)
        self.ctl = None
        if "--control" in extra and extra[extra.index("--control") + 1] == "none":
            wait_for(lambda: os.path.exists(self.sock))
            return
        self.ctl = wait_for(lambda: next((os.path.join(self.ctl_dir, n)
                                          for n in os.listdir(self.ctl_dir) if n.endswith(".ctl")),
                                         None))
        wait_for(lambda: os.path.exists(self.sock))

    def pvctl(self, *args, check_rc=True):
        r = subprocess.run([os.path.join(BIN, "pvctl"), "--socket", self.ctl, *args],
                           capture_output=True, text=True, timeout=30)
        if check_rc and r.returncode:
            raise RuntimeError(f"pvctl {' '.join(args)}: {r.stderr}")
        return r

    def tree(self, path=""):
        return json.loads(self.pvctl("inspect", *([path] if path else []), "--json").stdout)

    def stop(self):
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(30)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
        self.log.close()
        return self.p.returncode


def pvguest(sock, *args, background=False):
    cmd = [os.path.join(BIN, "pvguest"), "--socket", sock, *args]
    if background:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


DEVICES = ("  - kind: echo\n"
           "  - kind: scsi\n    luns:\n      - {lun: 0, backend: memory, size: 64M}\n"
           "  - {kind: nic, endpoint: loopback}\n")


def case_inspect(tmp):
    pv = Paravisor(tmp, DEVICES.replace("size: 64M}\n", "size: 64M}\n"
                                        "      - {lun: 1, backend: memory, size: 1M, readonly: true}\n"))
    g = pvguest(pv.sock, "storvsc", "--workload", "--qd", "16", "--ios", "100000000", background=True)
    try:
        def busy():
            t = pv.tree()
            ch = t["vmbus"]["channels"].get("2", {})
            return t if ch.get("open") and t["devices"]["scsi1"]["requests"] > 1000 else None
        t = wait_for(busy, 60)
        check(t is not None, "inspect: a running guest shows up (storvsc channel open, requests)")
        if t:
            v = t["vmbus"]
            check(v["connected"] and v["version"] == "5.3", "inspect: vmbus connected at 5.3", v)
            ch = v["channels"]["2"]
            check(ch["class"] == "ba6163d9-04a1-4d29-b605-72e2ffb1dc7f" and ch["name"] == "scsi1",
                  "inspect: channel 2 is the storvsc controller", ch)
            check(ch["ring_in"]["size"] > 0 and "write_index" in ch["ring_out"]
                  and ch["to_host"]["packets"] > 0, "inspect: ring indices and packet counts", ch)
            check(t["partition"]["kind"] == "sim" and t["paravisor"]["pid"] == pv.p.pid,
                  "inspect: partition and paravisor", t["paravisor"])
            c0 = t["devices"]["scsi1"]["channels"].get("0", {})
            check(c0.get("requests", 0) > 0 and "replies_queued" in c0,
                  "inspect: storvsp per-channel state and counters", t["devices"]["scsi1"])
            luns = t["devices"]["scsi1"]["luns"]
            check(luns["0"]["reads"] > 0 and luns["0"]["writes"] > 0
                  and luns["0"]["read_bytes"] >= 4096 * luns["0"]["reads"] - 4096 * 16
                  and luns["1"]["present"] is True, "inspect: per-LUN I/O counts", luns)
            check(t["devices"]["nic2"]["link_up"] is True, "inspect: the NIC", t["devices"]["nic2"])
        before = pv.tree("devices.scsi1.requests")
        after = wait_for(lambda: (lambda x: x if x > before else None)(pv.tree("devices.scsi1.requests")))
        check(after and after > before, "inspect: counters move while the guest runs")
        txt = pv.pvctl("inspect", "vmbus.channels.2.to_host").stdout
        check(txt.startswith("packets: "), "inspect PATH prints that part as text", txt)
        r = pv.pvctl("inspect", "vmbus.channels.99", check_rc=False)
        check(r.returncode == 1 and "nothing at 'vmbus.channels.99'" in r.stderr,
              "inspect: a missing path is an error", r.stderr)
    finally:
        g.kill()
        g.wait()
    # Writes to the read-only LUN fail: counted on that LUN, with the sense by name.
    r = pvguest(pv.sock, "storvsc", "--lun", "1", "--workload", "--ios", "8", "--write-pct", "100")
    lun1 = wait_for(lambda: (lambda x: x if x["errors"] >= 8 else None)(pv.tree("devices.scsi1.luns.1")))
    check(r.returncode != 0 and lun1 and lun1["writes"] == lun1["errors"] and lun1["written_bytes"] == 0
          and lun1["last_error"] == "DATA_PROTECT, WRITE_PROTECTED (7/27/00)",
          "inspect: per-LUN errors and the last sense by name", (lun1, r.stdout[-300:]))
    check(pv.pvctl("inspect", "devices.scsi1.luns.0.errors").stdout.strip() == "0",
          "inspect: the other LUN saw no error")
    check(pv.stop() == 0, "inspect: paravisor exits 0")


def case_knobs(tmp):
    pv = Paravisor(tmp, DEVICES)
    k = pv.pvctl("knobs").stdout
    check("log.level = info" in k and "devices.scsi1.max_outstanding = " in k, "knobs: listed", k)
    pv.pvctl("set", "log.level", "debug")
    check(pv.tree("log.level") == "debug", "knobs: log.level set to debug")
    pv.pvctl("set", "devices.scsi1.max_outstanding", "2")
    r = pvguest(pv.sock, "storvsc", "--workload", "--qd", "32", "--ios", "3000", "--verify")
    t = pv.tree("devices.scsi1")
    check(r.returncode == 0 and t["outstanding_high_water"] <= 2 and t["throttled"] > 0,
          "knobs: max_outstanding 2 holds the guest's 32 deep queue at 2 (throttled, verified)",
          (r.stdout + r.stderr)[-400:] + json.dumps(t))
    for args, want in ((("set", "log.level", "loud"), "want error, warn, info or debug"),
                       (("set", "devices.scsi1.max_outstanding", "0"), "want 1..128"),
                       (("set", "nope.knob", "1"), "no knob 'nope.knob'"),
                       (("set", "log.level"), "set PATH VALUE")):
        r = pv.pvctl(*args, check_rc=False)
        check(r.returncode == 1 and want in r.stderr, f"knobs: {' '.join(args)} refused", r.stderr)
    check(pv.stop() == 0, "knobs: paravisor exits 0")
    log = open(os.path.join(tmp, "pv.log")).read()
    check("control: set log.level = debug" in log, "knobs: the change is logged", log[-500:])


def validate(path):
    r = subprocess.run([os.path.join(BIN, "pvtrace"), "validate", path], capture_output=True,
                       text=True, timeout=60)
    return r.returncode == 0, r.stdout + r.stderr


def case_trace(tmp):
    pv = Paravisor(tmp, DEVICES)
    path = os.path.join(tmp, "t.pcapng")
    pv.pvctl("trace", "start", path, "class=storvsc")
    r = pv.pvctl("trace", "start", path + "2", check_rc=False)
    check(r.returncode == 1 and "already being written" in r.stderr, "trace: a second start is refused",
          r.stderr)
    pvguest(pv.sock, "storvsc", "--workload", "--qd", "4", "--ios", "200")
    st = pv.pvctl("trace", "status").stdout
    pv.pvctl("trace", "stop")
    ok, out = validate(path)
    check(ok and "EXECUTE_SRB" in subprocess.run([os.path.join(BIN, "pvtrace"), "decode", path],
                                                 capture_output=True, text=True).stdout,
          "trace: start/stop gives a valid trace with the guest's SRBs", out + st)
    # A stream to stdout, ended from another connection.
    spath = os.path.join(tmp, "s.pcapng")
    with open(spath, "wb") as f:
        s = subprocess.Popen([os.path.join(BIN, "pvctl"), "--socket", pv.ctl, "trace", "stream"],
                             stdout=f)
        ok_started = wait_for(lambda: "stream: true" in pv.pvctl("trace", "status").stdout)
        pvguest(pv.sock, "--list", "--echo-test", "20")
        pv.pvctl("trace", "stop")
        try:
            s.wait(30)
        except subprocess.TimeoutExpired:
            s.kill()
            s.wait()
    ok, out = validate(spath)
    check(ok_started and ok and s.returncode == 0, "trace: pvctl trace stream writes a valid live pcapng",
          out)
    check(pv.stop() == 0, "trace: paravisor exits 0")


def case_hostile(tmp):
    pv = Paravisor(tmp, DEVICES)
    st = os.stat(pv.ctl)
    check(stat.S_IMODE(st.st_mode) == 0o600 and stat.S_IMODE(os.stat(pv.ctl_dir).st_mode) == 0o700,
          "hostile: socket 0600 in a 0700 directory")
    silent = socket.socket(socket.AF_UNIX)
    silent.connect(pv.ctl)  # says nothing: must not hold up anyone else
    t = pv.tree("paravisor")
    check(t["pid"] == pv.p.pid, "hostile: answered while a silent client is connected")

    def raw(data):
        c = socket.socket(socket.AF_UNIX)
        c.settimeout(30)
        c.connect(pv.ctl)
        try:
            c.sendall(data)
        except OSError:
            pass
        out = b""
        try:
            while True:
                b = c.recv(4096)
                if not b:
                    break
                out += b
        except OSError:
            pass
        c.close()
        return out.decode(errors="replace")
    check(raw(b"\x00\xffgarbage\n").startswith("error: the request is not a line of text"),
          "hostile: binary garbage refused")
    check(raw(b"frobnicate now\n").startswith("error: unknown request 'frobnicate'"),
          "hostile: an unknown request refused")
    check(raw(b"inspect " + b"a" * 5000 + b"\n").startswith("error: request longer"),
          "hostile: an over-long line refused")
    check(raw(b"\n").startswith("error: empty request"), "hostile: an empty line refused")
    check(raw(b"trace bogus\n").startswith("error: trace status"), "hostile: a bad trace verb refused")
    check(pv.tree("paravisor")["pid"] == pv.p.pid, "hostile: still answering")
    silent.close()
    check(pv.stop() == 0, "hostile: paravisor exits 0")
    check(not os.path.exists(pv.ctl), "hostile: the socket is removed at exit")


def case_stdout(tmp):
    out = os.path.join(tmp, "stdout.pcapng")
    with open(out, "wb") as f:
        pv = Paravisor(tmp, "  - kind: echo\n", extra=("--trace", "-", "--control", "none"), stdout=f)
        r = pvguest(pv.sock, "--list", "--echo-test", "50")
        rc = pv.stop()
    ok, txt = validate(out)
    check(r.returncode == 0 and rc == 0 and ok and "records valid" in txt,
          "stdout: paravisor --trace - writes a valid pcapng to standard output", txt)


def case_extcap(tmp):
    tshark = shutil.which("tshark")
    if not tshark:
        print("SKIP: tshark not installed (extcap case)")
        return 77
    root = os.geteuid() == 0
    ext = os.path.join(tmp, "extcap")
    os.makedirs(ext)
    wrapper = os.path.join(ext, "pvtrace-extcap")
    with open(wrapper, "w") as f:
        f.write(f"#!/bin/sh\nexec {os.path.join(BIN, 'pvtrace')} extcap \"$@\"\n")
    os.chmod(wrapper, 0o755)
    os.chmod(tmp, 0o755)
    if root:
        for d in (tmp, ext):
            os.chown(d, 65534, 65534)
        os.makedirs(os.path.join(tmp, "ctl"), mode=0o700)
        os.chown(os.path.join(tmp, "ctl"), 65534, 65534)
    pv = Paravisor(tmp, "  - kind: echo\n", user=root)
    iface = "pv-" + os.path.basename(pv.ctl)[:-4]
    env = dict(pv.env, WIRESHARK_EXTCAP_DIR=ext, HOME=tmp)
    pre = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if root else []
    d = subprocess.run(pre + [tshark, "-D"], env=env, capture_output=True, text=True, timeout=60)
    check(iface in d.stdout, f"extcap: tshark -D lists {iface}", d.stdout + d.stderr)
    ts = subprocess.Popen(pre + [tshark, "-n", "-i", iface, "-c", "6", "-X",
                                 "lua_script:" + os.path.join(SRC, "generated", "lua", "pvtrace.lua")],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ctl_env = dict(pv.env)
    started = wait_for(lambda: "stream: true" in subprocess.run(
        pre + [os.path.join(BIN, "pvctl"), "--socket", pv.ctl, "trace", "status"],
        capture_output=True, text=True, env=ctl_env).stdout, 60)
    r = pvguest(pv.sock, "--list", "--echo-test", "10")
    try:
        out, _ = ts.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        ts.kill()
        out, _ = ts.communicate()
    check(started and r.returncode == 0 and "INITIATE_CONTACT" in out and "OFFERCHANNEL" in out
          and "6 packets captured" in out,
          "extcap: tshark -i captures the guest's VMBus negotiation live, decoded", out)
    check(pv.stop() == 0, "extcap: paravisor exits 0")
    return 0


CASES = {"inspect": case_inspect, "knobs": case_knobs, "trace": case_trace, "hostile": case_hostile,
         "stdout": case_stdout, "extcap": case_extcap}


def main():
    names = sys.argv[3:] or list(CASES)
    skipped = False
    for n in names:
        tmp = tempfile.mkdtemp(prefix=f"pvctl-{n}-")
        try:
            if CASES[n](tmp) == 77:
                skipped = True
        except Exception as e:  # a case that blew up is a failure, with its reason
            check(False, f"{n}: {type(e).__name__}: {e}")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    if verdict("control_test"):
        return 1
    return 77 if skipped and names == ["extcap"] else 0


if __name__ == "__main__":
    sys.exit(main())
