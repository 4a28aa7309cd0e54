"""Session grammars: <p>_<session>_fsm.{rl,h,c}.

The .rl is emitted from the spec; the .c is ragel 6's output for it (-G2 is
avoided so the C stays readable; the default table style is used).  One event
is fed at a time: alphtype int, p = &ev, pe = p + 1, cs kept in the struct.
"""

import os
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET

from emit_c import banner
from pvspec import SpecError


def names(spec, se):
    p = spec.prefix
    return p, "%s_%s" % (p, se.name), ("%s_%s" % (p, se.name)).upper()


def render(env, name, spec, se, **kw):
    p, b, B = names(spec, se)
    return env.get_template(name).render(s=spec, se=se, p=p, b=b, B=B, banner=banner(spec.relname), **kw)


def run_ragel(ragel, rl_text, args):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "m.rl")
        out = os.path.join(d, "m.out")
        with open(src, "w") as f:
            f.write(rl_text)
        r = subprocess.run([ragel] + args + ["-o", out, src], capture_output=True, text=True)
        if r.returncode != 0:
            return None, r.stderr
        with open(out) as f:
            return f.read(), ""


def state_names(spec, se, xml_text):
    root = ET.fromstring(xml_text)
    m = root.find("ragel_def/machine")
    start = int(m.find("start_state").text)
    ev_name = {e.value: e.name for e in se.events}
    incoming = {}
    trans = {}
    ids = []
    for st in m.find("state_list"):
        sid = int(st.get("id"))
        ids.append(sid)
        for t in st.find("trans_list"):
            lo, hi, target = t.text.split()[:3]
            if target == "x":
                continue
            for ev in range(int(lo), int(hi) + 1):
                if ev in ev_name:
                    incoming.setdefault(int(target), set()).add(ev_name[ev])
                    trans[(sid, ev)] = int(target)
    out = {}
    for sid in ids:
        if sid == start:
            out[sid] = "start"
        elif sid == 0:
            out[sid] = "error"
        else:
            out[sid] = "after_" + "_or_".join(sorted(incoming.get(sid, {"nothing"})))
    # names given in the spec by a path of events from the start
    ev_val = {e.name: e.value for e in se.events}
    for name, path in se.states:
        cur = start
        for evn in path:
            if (cur, ev_val[evn]) not in trans:
                spec.cx.fail(se.gline, "state %s: path %s is not accepted by the grammar" % (name, " ".join(path)))
            cur = trans[(cur, ev_val[evn])]
        out[cur] = name
    named = [(name, [k for k, v in out.items() if v == name][0]) for name, _ in se.states]
    return out, max(ids), named


def emit(spec, se, ragel, env):
    """Returns {filename: text} for one session."""
    p, b, B = names(spec, se)
    if not ragel:
        raise SpecError("%s:%d: --ragel is needed to compile session %s" % (spec.relname, se.gline, se.name))
    rl = render(env, "fsm.rl.j2", spec, se, state_names=[], nmax=0)
    xml, err = run_ragel(ragel, rl, ["-x"])
    if xml is None:
        msg = err.strip().split("\n")[0]
        mm = re.match(r".*?:(\d+):(\d+): (.*)", msg)
        raise SpecError("%s:%d: ragel: %s" % (spec.relname, se.gline, mm.group(3) if mm else msg))
    sn, nmax, named = state_names(spec, se, xml)
    rl = render(env, "fsm.rl.j2", spec, se, state_names=sorted(sn.items()), nmax=nmax)
    files = {"%s_fsm.h" % b: render(env, "fsm.h.j2", spec, se, named=named), "%s_fsm.rl" % b: rl}
    c, err = run_ragel(ragel, rl, ["-C", "-L"])
    if c is None:
        raise SpecError("%s:%d: ragel: %s" % (spec.relname, se.gline, err.strip()))
    # ragel writes the temp path into #line directives: make them stable
    c = re.sub(r'"[^"\n]*m\.rl"', '"%s_fsm.rl"' % b, c)
    c = re.sub(r'"[^"\n]*m\.out"', '"%s_fsm.c"' % b, c)
    files["%s_fsm.c" % b] = banner(spec.relname) + "\n" + c
    return files
