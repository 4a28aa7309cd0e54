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


def fsm_h(spec, se):
    p, b, B = names(spec, se)
    g = "PV_GENERATED_%s_FSM_H" % B
    o = [banner(spec.relname), "#ifndef %s\n#define %s\n" % (g, g), "#include <stdint.h>\n"]
    if se.doc:
        o.append("/* %s */\n" % " ".join(se.doc.split()))
    o.append("enum %s_event {" % b)
    for e in se.events:
        o.append("\t%s_EV_%s = %d,%s" % (B, e.name, e.value, ("\t/* %s */" % e.doc) if e.doc else ""))
    o.append("};")
    o.append("#define %s_EV_COUNT %d\n" % (B, len(se.events)))
    o.append("/* Hooks run on transitions; each returns 0 or a negative errno.  A NULL hook is")
    o.append(" * skipped. */")
    o.append("struct %s_actions {" % b)
    for a in se.actions:
        o.append("\tint (*%s)(void *ctx);%s" % (a.name, ("\t/* %s */" % a.doc) if a.doc else ""))
    if not se.actions:
        o.append("\tint (*_unused)(void *ctx);")
    o.append("};\n")
    o.append("struct %s_fsm {\n\tint cs;\n};\n" % b)
    o.append("/* Puts f in the start state. */")
    o.append("void %s_fsm_init(struct %s_fsm *f);" % (b, b))
    o.append("/* Feeds one event.  Returns 0, -EPROTO when the event is illegal in the current")
    o.append(" * state, or the first negative value an action returned; in both error cases the")
    o.append(" * state is left unchanged. */")
    o.append("int %s_fsm_feed(struct %s_fsm *f, enum %s_event ev, const struct %s_actions *a,"
             % (b, b, b, b))
    o.append("\t\t\tvoid *ctx);")
    o.append("/* Name of the current state (\"start\", \"after_<EVENT>\" or a name from the spec). */")
    o.append("const char *%s_fsm_state_name(const struct %s_fsm *f);" % (b, b))
    o.append("/* Name of an event, \"?\" when unknown. */")
    o.append("const char *%s_event_name(uint32_t ev);\n" % b)
    o.append("#endif /* %s */" % g)
    return "\n".join(o) + "\n"


def fsm_rl(spec, se):
    p, b, B = names(spec, se)
    o = [banner(spec.relname), "#include <errno.h>\n#include <stddef.h>\n",
         "#include \"%s_fsm.h\"\n" % b]
    o.append("%%{")
    o.append("\tmachine %s;" % b)
    o.append("\talphtype int;\n")
    for a in se.actions:
        o.append("\taction %s {" % a.name)
        o.append("\t\tif (a && a->%s) {" % a.name)
        o.append("\t\t\trc = a->%s(ctx);" % a.name)
        o.append("\t\t\tif (rc < 0)\n\t\t\t\tfbreak;")
        o.append("\t\t}")
        o.append("\t}")
    o.append("")
    for e in se.events:
        o.append("\t%s = %d;" % (e.name, e.value))
    o.append("")
    o.append("# grammar from %s line %d" % (spec.relname, se.gline))
    for line in se.grammar.rstrip().split("\n"):
        o.append("\t" + line if line else "")
    o.append("}%%\n")
    o.append("%% write data;\n")
    o.append("void %s_fsm_init(struct %s_fsm *f)\n{" % (b, b))
    o.append("\tint cs;\n")
    o.append("\t%% write init;")
    o.append("\tf->cs = cs;\n}\n")
    o.append("int %s_fsm_feed(struct %s_fsm *f, enum %s_event ev, const struct %s_actions *a,"
             % (b, b, b, b))
    o.append("\t\t\tvoid *ctx)\n{")
    o.append("\tconst int evv = (int)ev;")
    o.append("\tconst int *p = &evv;")
    o.append("\tconst int *pe = p + 1;")
    o.append("\tint cs = f->cs;")
    o.append("\tint rc = 0;\n")
    o.append("\t(void)a;\n\t(void)ctx;")
    o.append("\tif (cs == %s_error)\n\t\treturn -EPROTO;" % b)
    o.append("\t%% write exec;")
    o.append("\tif (rc < 0)\n\t\treturn rc;")
    o.append("\tif (cs == %s_error)\n\t\treturn -EPROTO;" % b)
    o.append("\tf->cs = cs;")
    o.append("\treturn 0;\n}\n")
    o.append("const char *%s_event_name(uint32_t ev)\n{" % b)
    o.append("\tswitch (ev) {")
    for e in se.events:
        o.append("\tcase %d:\n\t\treturn \"%s\";" % (e.value, e.name))
    o.append("\tdefault:\n\t\treturn \"?\";\n\t}\n}\n")
    o.append("@STATE_NAMES@")
    return "\n".join(o) + "\n"


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
    return out, max(ids)


def emit(spec, se, ragel):
    """Returns {filename: text} for one session."""
    p, b, B = names(spec, se)
    rl = fsm_rl(spec, se)
    files = {"%s_fsm.h" % b: fsm_h(spec, se)}
    if not ragel:
        raise SpecError("%s:%d: --ragel is needed to compile session %s" % (spec.relname, se.gline, se.name))
    xml, err = run_ragel(ragel, rl.replace("@STATE_NAMES@", ""), ["-x"])
    if xml is None:
        msg = err.strip().split("\n")[0]
        mm = re.match(r".*?:(\d+):(\d+): (.*)", msg)
        raise SpecError("%s:%d: ragel: %s" % (spec.relname, se.gline, mm.group(3) if mm else msg))
    sn, nmax = state_names(spec, se, xml)
    o = ["static const char *const %s_state_names[] = {" % b]
    for sid in sorted(sn):
        o.append("\t[%d] = \"%s\"," % (sid, sn[sid]))
    o.append("};\n")
    o.append("const char *%s_fsm_state_name(const struct %s_fsm *f)\n{" % (b, b))
    o.append("\tif (f->cs < 0 || f->cs > %d || !%s_state_names[f->cs])\n\t\treturn \"?\";" % (nmax, b))
    o.append("\treturn %s_state_names[f->cs];\n}" % b)
    rl = rl.replace("@STATE_NAMES@", "\n".join(o))
    files["%s_fsm.rl" % b] = rl
    c, err = run_ragel(ragel, rl, ["-C", "-L"])
    if c is None:
        raise SpecError("%s:%d: ragel: %s" % (spec.relname, se.gline, err.strip()))
    # ragel writes the temp path into #line directives: make them stable
    c = re.sub(r'"[^"\n]*m\.rl"', '"%s_fsm.rl"' % b, c)
    c = re.sub(r'"[^"\n]*m\.out"', '"%s_fsm.c"' % b, c)
    files["%s_fsm.c" % b] = banner(spec.relname) + c
    return files
