#!/usr/bin/env python3
"""A spec edit reaches the devices (issue 10's "Done when").

Copies the source tree, edits only spec/ the way a protocol engineer would,
regenerates, builds the three protocol tests in the copy and runs their
`spec` test case (Check's CK_RUN_CASE):

  phase 1, spec/ edited:
    - spec/storvsc.yaml gains a protocol version: storvsp and pvguest's
      storvsc client negotiate it (neither holds a list of its own);
      spec/nvsp.yaml likewise, for netvsp and pvguest's netvsc client;
    - a field moves in the storvsc SCSI request, in the VMBus
      INITIATE_CONTACT message and in the NVSP INIT message: both ends of
      each protocol test are built from the same spec, so they still talk,
      but the test that sends Linux 6.1's recorded bytes
      (tests/traces/corpus/linux) fails for each of the three;
  phase 2, the fields back where the wire has them (the versions kept):
    the same cases pass.

Costs two builds of three test programs in the copy (the second one
incremental), -j2; the time each phase took is printed.

  spec_edit_test.py --src DIR --ragel RAGEL [--cmake CMAKE] [--cc CC] [--keep]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

TARGETS = {
    # program: (the test case that sends Linux's bytes, what it prints of the version)
    "storvsp_proto_test": ("linux_inquiry_bytes", "storvsc: storvsp and pvguest negotiated"),
    "vmbus_proto_test": ("linux_initiate_contact", None),
    "netvsp_proto_test": ("linux_nvsp_init", "nvsp: netvsp and pvguest negotiated"),
}

NEW_VERSIONS = {
    "storvsc": ("0x0700", "  - {name: WIN10, value: 0x0602,",
                '  - {name: NEXT, value: 0x0700, label: "7.0", doc: "added by spec_edit_test.py"}\n'),
    "nvsp": ("0x00070000", "  - {name: V61, value: 0x00060001,",
             '  - {name: V7, value: 0x00070000, label: "7.0", doc: "added by spec_edit_test.py"}\n'),
}


def fail(msg):
    print("FAIL: " + msg, flush=True)
    sys.exit(1)


def run(cmd, cwd=None, env=None, check=True):
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if check and p.returncode != 0:
        print(p.stdout[-6000:])
        fail("%s exited %d" % (" ".join(cmd), p.returncode))
    return p


def copy_tree(src, dst):
    """The files git tracks (a clean clone's tree), else every file but build trees."""
    p = subprocess.run(["git", "-C", src, "ls-files", "-z"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    if p.returncode == 0 and p.stdout:
        files = [f for f in p.stdout.decode().split("\0") if f]
    else:
        files = []
        for root, dirs, names in os.walk(src):
            dirs[:] = [d for d in dirs if not d.startswith(("build", ".git"))]
            files += [os.path.relpath(os.path.join(root, n), src) for n in names]
    for f in files:
        s = os.path.join(src, f)
        if not os.path.isfile(s):
            continue  # deleted in the working tree
        d = os.path.join(dst, f)
        os.makedirs(os.path.dirname(d), exist_ok=True)
        shutil.copy2(s, d)


def swap_fields(text, struct, a, b):
    """Swaps the offsets (and the lines) of fields a and b of struct in a spec's text."""
    m = re.search(r"^  - name: %s\n(?:    .*\n|\s*\n)*" % re.escape(struct), text, re.M)
    if not m:
        fail("struct %s not found" % struct)
    block = m.group(0)
    la = re.search(r"^ +- \{name: %s, .*\n" % a, block, re.M)
    lb = re.search(r"^ +- \{name: %s, .*\n" % b, block, re.M)
    if not la or not lb:
        fail("%s.%s / %s not found" % (struct, a, b))
    oa = re.search(r"offset: (\w+)", la.group(0)).group(1)
    ob = re.search(r"offset: (\w+)", lb.group(0)).group(1)
    na = la.group(0).replace("offset: %s" % oa, "offset: %s" % ob)
    nb = lb.group(0).replace("offset: %s" % ob, "offset: %s" % oa)
    new = block.replace(la.group(0), "\0A").replace(lb.group(0), "\0B")
    new = new.replace("\0A", nb).replace("\0B", na)  # b's line first, at a's offset
    return text.replace(block, new)


def move_field(text, struct, field, offset, size):
    """Moves u32 field of struct to offset, growing the struct to size; a
    reserved field fills the hole it leaves."""
    m = re.search(r"^  - name: %s\n(?:    .*\n|\s*\n)*" % re.escape(struct), text, re.M)
    if not m:
        fail("struct %s not found" % struct)
    block = m.group(0)
    line = re.search(r"^( +)- \{name: %s, .*offset: (\w+).*\n" % field, block, re.M)
    if not line:
        fail("%s.%s not found" % (struct, field))
    hole = "%s- {name: moved_from, type: u32, offset: %s, reserved: ignore}\n" % (
        line.group(1), line.group(2))
    moved = line.group(0).replace("offset: %s" % line.group(2), "offset: %d" % offset)
    new = block.replace(line.group(0), hole + moved)
    new = re.sub(r"^    size: \w+$", "    size: %d" % size, new, count=1, flags=re.M)
    return text.replace(block, new)


def edit(spec_dir, move):
    for proto, (_, after, line) in NEW_VERSIONS.items():
        p = os.path.join(spec_dir, proto + ".yaml")
        t = open(p).read()
        if line not in t:
            i = t.index(after)
            i = t.index("\n", i) + 1
            t = t[:i] + line + t[i:]
        open(p, "w").write(t)
    if not move:
        return
    edits = {
        # Linux sends cdb_length 6 and sense_info_length 0x14: swapped, the CDB is too long.
        "storvsc": lambda t: swap_fields(t, "scsi_request", "cdb_length", "sense_info_length"),
        # Linux's version lands in target_vcpu, and its target VP (0) becomes the version.
        "vmbus": lambda t: swap_fields(t, "initiate_contact", "vmbus_version_requested",
                                       "target_vcpu"),
        # Linux's message has zeros past byte 12: the host reads max = 0.
        "nvsp": lambda t: move_field(t, "init", "max_protocol_ver", 12, 16),
    }
    for proto, f in edits.items():
        p = os.path.join(spec_dir, proto + ".yaml")
        t = open(p).read()
        n = f(t)
        if n == t:
            fail("%s: edit changed nothing" % p)
        open(p, "w").write(n)


def regen_build(top, build, a, first):
    t0 = time.monotonic()
    run([sys.executable, "-B", os.path.join(top, "codegen", "pvgen.py"), "--spec",
         os.path.join(top, "spec"), "--out", os.path.join(top, "generated"), "--docs",
         os.path.join(top, "docs", "protocols"), "--ragel", a.ragel])
    if first:
        cmd = [a.cmake, "-S", top, "-B", build, "-DCMAKE_BUILD_TYPE=None",
               "-DPV_PYTHON=" + sys.executable]
        if a.cc:
            cmd.append("-DCMAKE_C_COMPILER=" + a.cc)
        run(cmd)
    run([a.cmake, "--build", build, "-j2", "--target"] + list(TARGETS))
    return time.monotonic() - t0


def run_cases(build):
    """Runs each program's `spec` case; returns {program: (exit code, output)}."""
    env = dict(os.environ, CK_RUN_CASE="spec", PV_LOG="error", CK_DEFAULT_TIMEOUT="120")
    out = {}
    for prog in TARGETS:
        exe = os.path.join(build, "bin", prog)
        p = run([exe], env=env, check=False)
        out[prog] = (p.returncode, p.stdout)
    return out


def failed_tests(output):
    # Check's failure lines: file:line:F:case:test:iteration: message
    return set(re.findall(r":[FE]:spec:(\w+):\d+:", output))


def check_versions(results):
    for prog, (case, said) in TARGETS.items():
        if not said:
            continue
        proto = "storvsc" if prog.startswith("storvsp") else "nvsp"
        want = NEW_VERSIONS[proto][0]
        line = [ln for ln in results[prog][1].splitlines() if said in ln]
        if not line or want not in line[0]:
            print(results[prog][1])
            fail("%s: the version added to spec/%s.yaml (%s) was not negotiated" %
                 (prog, proto, want))
        print("  " + line[0].strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.environ.get("PV_SRC"))
    ap.add_argument("--ragel", default=os.environ.get("PV_RAGEL") or shutil.which("ragel"))
    ap.add_argument("--cmake", default=shutil.which("cmake"))
    ap.add_argument("--cc", default=os.environ.get("PV_CC"))
    ap.add_argument("--keep", action="store_true", help="keep the copy (its path is printed)")
    a = ap.parse_args()
    if not a.src or not a.ragel or not a.cmake:
        fail("needs --src, ragel and cmake")
    t_all = time.monotonic()
    work = tempfile.mkdtemp(prefix="pv-spec-edit-")
    top, build = os.path.join(work, "src"), os.path.join(work, "build")
    try:
        copy_tree(a.src, top)
        spec = os.path.join(top, "spec")
        pristine = {f: open(os.path.join(spec, f)).read() for f in os.listdir(spec)}

        edit(spec, move=True)
        edited = sorted(f for f in os.listdir(spec)
                        if open(os.path.join(spec, f)).read() != pristine.get(f))
        print("phase 1: edited by hand: %s (nothing else)" % ", ".join("spec/" + f for f in edited))
        dt = regen_build(top, build, a, first=True)
        print("phase 1: regenerated and built %s in %.0f s" % (", ".join(TARGETS), dt))
        res = run_cases(build)
        check_versions(res)
        for prog, (case, _) in TARGETS.items():
            rc, text = res[prog]
            bad = failed_tests(text)
            if rc == 0 or bad != {case}:
                print(text)
                fail("%s: with the field moved, expected exactly %s to fail, got %s (exit %d)" %
                     (prog, case, sorted(bad) or "none", rc))
            print("  %s: %s fails with the field moved (as it must)" % (prog, case))

        for f, t in pristine.items():
            open(os.path.join(spec, f), "w").write(t)
        edit(spec, move=False)
        dt = regen_build(top, build, a, first=False)
        print("phase 2: fields back where the wire has them, versions kept; rebuilt in %.0f s" % dt)
        res = run_cases(build)
        check_versions(res)
        for prog, (case, _) in TARGETS.items():
            rc, text = res[prog]
            if rc != 0:
                print(text)
                fail("%s: spec and wire agree again, yet the spec case fails" % prog)
            print("  %s: %s passes" % (prog, case))
        print("spec edit test passed in %.0f s" % (time.monotonic() - t_all))
    finally:
        if a.keep:
            print("kept: " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
