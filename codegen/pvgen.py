#!/usr/bin/env python3
"""pvgen: protocol specs (spec/*.yaml) -> C, Ragel, Lua and Markdown.

    pvgen.py --spec spec --out generated --docs docs/protocols --ragel /usr/bin/ragel

Writes only files whose content changed, and removes generated files that no
spec produces any more.  Output is a pure function of the specs.  A broken
spec is reported as `spec/<file>.yaml:LINE: message` with exit status 1.
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import emit_c  # noqa: E402
import emit_dict  # noqa: E402
import emit_doc  # noqa: E402
import emit_fsm  # noqa: E402
import emit_lua  # noqa: E402
from pvspec import Spec, SpecError  # noqa: E402

# Files in generated/ that are written by hand (not by this generator).
KEEP = {"CMakeLists.txt"}


def generate(spec_dir, ragel):
    """Returns ({relative path under out: text}, {doc name: text})."""
    out, docs = {}, {}
    specs = []
    prefixes = {}
    for fn in sorted(os.listdir(spec_dir)):
        if not fn.endswith(".yaml"):
            continue
        rel = "spec/" + fn
        s = Spec(os.path.join(spec_dir, fn), rel)
        if s.prefix in prefixes:
            raise SpecError("%s:1: prefix %s already used by %s" % (rel, s.prefix, prefixes[s.prefix]))
        prefixes[s.prefix] = rel
        specs.append(s)
    env = emit_c.make_env()
    out.update(emit_c.shared(specs, env))
    for s in specs:
        e = emit_c.CEmitter(s, env)
        p = s.prefix
        out["%s_wire.h" % p] = e.wire_h()
        out["%s_codec.h" % p] = e.codec_h()
        out["%s_codec.c" % p] = e.codec_c()
        out["%s_names.c" % p] = e.names_c()
        for se in s.sessions:
            out.update(emit_fsm.emit(s, se, ragel, env))
        out["lua/%s.lua" % p] = emit_lua.proto_lua(s, specs)
        out["dict/%s.dict" % p] = emit_dict.dict_text(s)
        docs["%s.md" % p] = emit_doc.doc_md(s)
    return out, docs


def write_tree(root, files, keep):
    os.makedirs(root, exist_ok=True)
    for rel, text in sorted(files.items()):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    # remove stale generated files (those carrying our banner)
    for dp, _, fns in os.walk(root):
        for fn in fns:
            rel = os.path.relpath(os.path.join(dp, fn), root)
            if rel in files or rel in keep:
                continue
            path = os.path.join(dp, fn)
            try:
                with open(path, encoding="utf-8") as f:
                    head = f.read(200)
            except (UnicodeDecodeError, OSError):
                continue
            if "DO NOT EDIT: generated" in head:
                os.remove(path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--docs")
    ap.add_argument("--ragel", default="ragel")
    a = ap.parse_args(argv)
    try:
        files, docs = generate(a.spec, a.ragel)
    except SpecError as e:
        print(str(e), file=sys.stderr)
        return 1
    write_tree(a.out, files, KEEP)
    if a.docs:
        write_tree(a.docs, docs, set())
    return 0


if __name__ == "__main__":
    sys.exit(main())
