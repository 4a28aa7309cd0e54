#!/usr/bin/env python3
"""Regenerates into a temporary directory and diffs with the committed output.

Exit 1 (with a unified diff) when generated/ or docs/protocols/ differ from
what `codegen/pvgen.py` makes of spec/, or hold a generated file no spec makes.
"""
import argparse
import difflib
import os
import subprocess
import sys
import tempfile


def tree(root):
    out = {}
    for dp, _, fns in os.walk(root):
        for fn in fns:
            p = os.path.join(dp, fn)
            out[os.path.relpath(p, root)] = p
    return out


def banner(path):
    try:
        with open(path, encoding="utf-8") as f:
            return "DO NOT EDIT: generated" in f.read(200)
    except (UnicodeDecodeError, OSError):
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--ragel", required=True)
    a = ap.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        out, docs = os.path.join(tmp, "generated"), os.path.join(tmp, "docs")
        r = subprocess.run([sys.executable, "-B", os.path.join(a.src, "codegen", "pvgen.py"),
                            "--spec", os.path.join(a.src, "spec"), "--out", out, "--docs", docs,
                            "--ragel", a.ragel])
        if r.returncode != 0:
            print("regen_check: the generator failed", file=sys.stderr)
            return 1
        for fresh_root, committed_root in ((out, "generated"), (docs, os.path.join("docs", "protocols"))):
            fresh = tree(fresh_root)
            committed = tree(os.path.join(a.src, committed_root))
            for rel in sorted(fresh):
                name = os.path.join(committed_root, rel)
                if rel not in committed:
                    print("missing: %s (run the regen target and commit it)" % name)
                    bad += 1
                    continue
                with open(fresh[rel], encoding="utf-8") as f:
                    want = f.read()
                with open(committed[rel], encoding="utf-8") as f:
                    have = f.read()
                if want != have:
                    bad += 1
                    print("differs: %s" % name)
                    sys.stdout.writelines(list(difflib.unified_diff(
                        have.splitlines(True), want.splitlines(True), "committed/" + name,
                        "regenerated/" + name))[:80])
            for rel in sorted(committed):
                if rel not in fresh and banner(committed[rel]):
                    print("stale: %s (no spec generates it any more)" % os.path.join(committed_root, rel))
                    bad += 1
    if bad:
        print("regen_check: %d file(s) out of date; run `cmake --build <dir> --target regen`" % bad)
        return 1
    print("regen_check: generated/ and docs/protocols/ match spec/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
