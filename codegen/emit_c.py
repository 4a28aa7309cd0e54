"""C emitters: <p>_wire.h, <p>_codec.h, <p>_codec.c, <p>_names.c.

The generated names follow docs/generated-api.md.  Output is a pure function
of the spec (no timestamps, no paths, stable order).
"""

import re

from pvspec import SCALARS, BIG_ENDIAN, DIRS, SpecError


def banner(src):
    return ("/* DO NOT EDIT: generated from %s by codegen/pvgen.py. */\n" % src)


def hexv(v):
    if v < 0:
        return str(v)
    return "0x%x" % v if v > 255 else str(v)


def cint(v, signed=False):
    """A C integer literal for v, typed wide enough."""
    if v < 0:
        if v == -(1 << 63):
            return "INT64_MIN"
        return "(%d)" % v
    if v > 0xFFFFFFFF:
        return "UINT64_C(0x%x)" % v
    if v > 0x7FFFFFFF:
        return "0x%xU" % v
    return hexv(v)


# (type, variant) as one switch key: the type in the upper 32 bits, so any
# uint32 type code (RNDIS completions are 0x8000000x) and variant stay apart.
DIR_C = {"to_host": "PV_DIR_TO_HOST", "to_guest": "PV_DIR_TO_GUEST"}
MSG_KEY = "(uint64_t)m->type << 32 | m->variant"


def msg_case(mtype, variant):
    return "UINT64_C(0x%x) << 32 | %d" % (mtype, variant)


def getter(t):
    n = SCALARS[t][0] * 8
    signed = SCALARS[t][2]
    g = ("pv_get_be%d" if t in BIG_ENDIAN else "pv_get_u%d") % n
    return (lambda e: "(int%d_t)%s(%s)" % (n, g, e)) if signed else (lambda e: "%s(%s)" % (g, e))


def putter(t):
    n = SCALARS[t][0] * 8
    ut = "uint32_t" if n == 24 else "uint%d_t" % n
    pf = "pv_put_be%d" if t in BIG_ENDIAN else "pv_put_u%d"
    return lambda e, v: "%s(%s, (%s)(%s));" % (pf % n, e, ut, v)


class CEmitter:
    def __init__(self, spec):
        self.s = spec
        self.p = spec.prefix
        self.P = spec.P
        self.src = spec.relname

    # ------------------------------------------------------------------
    def member_name(self, msg, v):
        """Union member of struct <p>_msg for one variant of a message."""
        if v is msg.variants[-1]:
            return msg.name.lower()
        return v.struct.name

    def union_members(self):
        seen = {}
        out = []
        for msg in self.s.msgs:
            for v in msg.variants:
                m = self.member_name(msg, v)
                if m in seen:
                    if seen[m] is not v.struct:
                        raise SpecError("%s:%d: message %s: union member %s would have two types (%s, %s);"
                                        " name the variant structs apart"
                                        % (self.src, msg.line, msg.name, m, seen[m].name, v.struct.name))
                    continue
                seen[m] = v.struct
                out.append((m, v.struct))
        return out

    @staticmethod
    def cmt(doc):
        doc = " ".join(str(doc).split()).replace("*/", "* /") if doc else ""
        return ("\t/* %s */" % doc) if doc else ""

    # ------------------------------------------------------------------
    def wire_h(self):
        s, p, P = self.s, self.p, self.P
        g = "PV_GENERATED_%s_WIRE_H" % P
        o = [banner(self.src), "#ifndef %s\n#define %s\n" % (g, g),
             "#include <stddef.h>\n#include <stdint.h>\n"]
        o.append("/* %s */\n" % s.title)
        if s.versions:
            o.append("/* Protocol versions, oldest first. */")
            for v in s.versions:
                o.append("#define %s_VERSION_%s %s%s" % (P, v.name, cint(v.value),
                                                       ("\t/* %s */" % v.label) if v.label else ""))
            o.append("#define %s_VERSION_COUNT %d" % (P, len(s.versions)))
            o.append("")
        if s.features:
            o.append("/* Feature bits (struct pv_codec_ctx.features). */")
            for f in s.features:
                o.append("#define %s_FEATURE_%s (UINT64_C(1) << %d)" % (P, f.name, f.bit))
            o.append("")
        if s.constants:
            for c in s.constants:
                o.append("#define %s_%s %s%s" % (P, c.name, cint(c.value), self.cmt(c.doc)))
            o.append("")
        for e in s.enums:
            if e.doc:
                o.append("/* %s */" % e.doc)
            o.append("enum %s_%s {" % (p, e.name))
            for v in e.values:
                val = v.value
                if val > 0x7FFFFFFF:
                    lit = "(int)0x%xU" % val
                else:
                    lit = hexv(val)
                o.append("\t%s_%s_%s = %s," % (P, e.name.upper(), v.name, lit))
            o.append("};\n")
        for fs in s.flagsets:
            if fs.doc:
                o.append("/* %s */" % fs.doc)
            for b in fs.bits:
                o.append("#define %s_%s_%s %s" % (P, fs.name.upper(), b.name, cint(b.mask)))
            o.append("#define %s_%s_MASK %s\n" % (P, fs.name.upper(), cint(fs.mask)))
        for st in s.structs:
            o.extend(self.wire_struct(st))
        o.append("#endif /* %s */" % g)
        return "\n".join(o) + "\n"

    def wire_struct(self, st):
        p, P = self.p, self.P
        SN = st.name.upper()
        o = []
        if st.doc:
            o.append("/* %s */" % " ".join(st.doc.split()))
        o.append("struct %s_wire_%s {" % (p, st.name))
        for f in st.fields:
            arr = "[%d]" % f.count if f.count else ""
            c = self.cmt("@%d %s" % (f.offset, " ".join(str(f.doc).split())) if f.doc else "@%d" % f.offset)
            if f.kind == "scalar" and f.be:
                # big-endian: bytes in the wire view, so nobody reads it as a host integer
                c = self.cmt("@%d %s (BE)%s" % (f.offset, f.type, (" " + " ".join(str(f.doc).split())) if f.doc else ""))
                o.append("\tuint8_t %s%s[%d];%s" % (f.name, arr, f.elsize, c))
            elif f.kind == "scalar":
                o.append("\t%s %s%s;%s" % (f.ctype, f.name, arr, c))
            elif f.kind in ("guid", "bytes"):
                o.append("\tuint8_t %s[%d];%s" % (f.name, f.elsize, c))
            else:
                o.append("\tstruct %s_wire_%s %s%s;%s" % (p, f.struct.name, f.name, arr, c))
        t = st.tail
        if t and t.kind == "array":
            if t.ekind == "scalar" and t.be:
                o.append("\tuint8_t %s[][%d];\t/* %s (BE) */" % (t.name, t.elsize, t.type))
            elif t.ekind == "scalar":
                o.append("\t%s %s[];" % (t.ctype, t.name))
            else:
                o.append("\tstruct %s_wire_%s %s[];" % (p, t.struct.name, t.name))
        o.append("} __attribute__((packed));")
        o.append("#define %s_%s_SIZE %d" % (P, SN, st.size))
        if t:
            o.append("#define %s_%s_%s_OFFSET %d" % (P, SN, t.name.upper(), t.offset))
            o.append("#define %s_%s_%s_MAX %d" % (P, SN, t.name.upper(), t.max))
            if t.kind == "gpa_ranges":
                o.append("#define %s_%s_%s_MAX_PFNS %d" % (P, SN, t.name.upper(), t.max_pfns))
        for f in st.fields:
            for b in f.bits:
                o.append("#define %s_%s_%s_SHIFT %d" % (P, SN, b.name.upper(), b.shift))
                o.append("#define %s_%s_%s_MASK %s" % (P, SN, b.name.upper(), cint(b.mask)))
        o.append("_Static_assert(sizeof(struct %s_wire_%s) == %d, \"%s size\");" % (p, st.name, st.size, st.name))
        for f in st.fields:
            o.append("_Static_assert(offsetof(struct %s_wire_%s, %s) == %d, \"%s.%s\");"
                     % (p, st.name, f.name, f.offset, st.name, f.name))
        o.append("")
        return o

    # ------------------------------------------------------------------
    @staticmethod
    def keeps_rest(f):
        return bool(f.bits) and not f.raw and f.reserved != "zero"

    def priv_members(self, st):
        """(C declaration) lines of the decoded struct."""
        p = self.p
        o = []
        for f in st.fields:
            arr = "[%d]" % f.count if f.count else ""
            if f.bits:
                if f.raw:
                    o.append("\t%s %s;" % (f.ctype, f.name))
                for b in f.bits:
                    o.append("\t%s %s;" % (b.ctype, b.name))
                if self.keeps_rest(f):
                    o.append("\t%s %s_rsvd;\t/* bits outside the subfields, kept for re-encoding */"
                             % (f.ctype, f.name))
            elif f.kind == "scalar":
                o.append("\t%s %s%s;" % (f.ctype, f.name, arr))
            elif f.kind in ("guid", "bytes"):
                o.append("\tuint8_t %s[%d];" % (f.name, f.elsize))
            else:
                o.append("\tstruct %s_%s %s%s;" % (p, f.struct.name, f.name, arr))
        t = st.tail
        if t:
            if t.kind == "gpa_ranges":
                o.append("\tstruct pv_gpa_range %s[%d];" % (t.name, t.max))
                o.append("\tuint32_t %s_count;" % t.name)
                o.append("\tuint64_t %s_pfns[%d];" % (t.name, t.max_pfns))
                o.append("\tuint32_t %s_pfn_count;" % t.name)
            elif t.ekind == "scalar":
                o.append("\t%s %s[%d];" % (t.ctype, t.name, t.max))
                o.append("\tuint32_t %s_count;" % t.name)
            else:
                o.append("\tstruct %s_%s %s[%d];" % (p, t.struct.name, t.name, t.max))
                o.append("\tuint32_t %s_count;" % t.name)
        return o

    def codec_h(self):
        s, p, P = self.s, self.p, self.P
        g = "PV_GENERATED_%s_CODEC_H" % P
        o = [banner(self.src), "#ifndef %s\n#define %s\n" % (g, g),
             "#include <stddef.h>\n#include <stdint.h>\n",
             "#include \"pv_codec.h\"\n#include \"%s_wire.h\"\n" % p]
        o.append("/* Decoded (host-endian) forms of the wire structs; see docs/generated-api.md. */\n")
        for st in s.structs:
            o.append("struct %s_%s {" % (p, st.name))
            o.extend(self.priv_members(st))
            if not st.fields and not st.tail:
                o.append("\tuint8_t _empty;")
            o.append("};\n")
        for st in s.structs:
            o.append("/* Decodes struct %s from len untrusted bytes: reads each byte once, then checks. */" % st.name)
            o.append("enum pv_codec_err %s_%s_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,"
                     % (p, st.name))
            o.append("\t\t\t\t%sstruct %s_%s *out);" % ("", p, st.name))
            o.append("/* Writes in to buf; returns the bytes written or -PV_ERR_NOSPACE (-PV_ERR_COUNT if a")
            o.append(" * tail count exceeds its maximum). */")
            o.append("int %s_%s_encode(const struct %s_%s *in, void *buf, size_t cap);" % (p, st.name, p, st.name))
            o.append("/* One line, every field named; returns what snprintf would. */")
            o.append("int %s_%s_format(const struct %s_%s *s, char *buf, size_t cap);\n" % (p, st.name, p, st.name))
        for e in s.enums:
            o.append("/* Name of a %s value, \"?\" when unknown. */" % e.name)
            o.append("const char *%s_%s_name(uint32_t v);" % (p, e.name))
        o.append("")
        if s.msgs:
            o.append("/* A decoded message.  variant is the index into the message's variants as listed")
            o.append(" * in the spec (0 = first); the member named after the message holds the base")
            o.append(" * (last) variant, the others are named after their struct and share its leading")
            o.append(" * fields. */")
            o.append("struct %s_msg {" % p)
            o.append("\tuint32_t type;")
            o.append("\tuint32_t variant;")
            o.append("\tsize_t len;")
            o.append("\tunion {")
            for m, st in self.union_members():
                o.append("\t\tstruct %s_%s %s;" % (p, st.name, m))
            o.append("\t} u;")
            o.append("};\n")
            o.append("/* Dispatch table, sorted by type. */")
            o.append("extern const struct pv_msg_desc %s_msg_table[];" % p)
            o.append("extern const size_t %s_msg_table_count;" % p)
            o.append("/* The table entry for type, or NULL. */")
            o.append("const struct pv_msg_desc *%s_msg_lookup(uint32_t type);" % p)
            o.append("/* Decodes one message: type, length, direction, version and feature gates, then")
            o.append(" * the body (choosing the variant). */")
            o.append("enum pv_codec_err %s_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,"
                     % p)
            o.append("\t\t\t\tstruct %s_msg *out);" % p)
            o.append("/* Encodes m (m->type, m->variant and the matching member) and stamps the type field;")
            o.append(" * returns bytes written or a negative enum pv_codec_err (gates are checked against")
            o.append(" * ctx, which may be NULL). */")
            o.append("int %s_msg_encode(const struct %s_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);"
                     % (p, p))
            o.append("/* \"NAME field=value ...\", one line. */")
            o.append("int %s_msg_format(const struct %s_msg *m, char *buf, size_t cap);\n" % (p, p))
        o.append("#endif /* %s */" % g)
        return "\n".join(o) + "\n"

    # ------------------------------------------------------------------
    def expr(self, toks, names=None):
        out = []
        for kind, v in toks:
            if kind == "num":
                out.append("UINT64_C(%s)" % v)
            elif kind == "id":
                if names and v in names:
                    out.append("(uint64_t)%s" % names[v])
                elif v == "_len":
                    out.append("(uint64_t)len")
                elif v == "_tail_end":
                    out.append("(uint64_t)tail_end")
                else:
                    out.append("(uint64_t)o->%s" % v)
            else:
                out.append(v)
        return " ".join(out)

    def gate_lines(self, ind, lval, since, until, feats):
        o = []
        conds = []
        if since:
            conds.append("ctx->version < %s" % cint(since))
        if until:
            conds.append("ctx->version >= %s" % cint(until))
        if conds:
            o.append("%sif (ctx && ctx->version && (%s) && %s != 0)" % (ind, " || ".join(conds), lval))
            o.append("%s\treturn PV_ERR_VERSION;" % ind)
        if feats:
            o.append("%sif (ctx && ctx->version && !(ctx->features & %s) && %s != 0)" % (ind, cint(feats), lval))
            o.append("%s\treturn PV_ERR_FEATURE;" % ind)
        return o

    def range_lines(self, ind, lval, rng, ctype_bits, signed):
        lo, hi = rng
        conds = []
        tmin = -(1 << (ctype_bits - 1)) if signed else 0
        tmax = (1 << (ctype_bits - 1)) - 1 if signed else (1 << ctype_bits) - 1
        if lo > tmin:
            conds.append("%s < %s" % (lval, cint(lo)))
        if hi < tmax:
            conds.append("%s > %s" % (lval, cint(hi)))
        if not conds:
            return []
        return ["%sif (%s)" % (ind, " || ".join(conds)), "%s\treturn PV_ERR_RANGE;" % ind]

    def field_rd(self, st, f):
        p = self.p
        o = []
        off = f.offset
        lv = "o->%s" % f.name
        if f.kind == "scalar" and not f.bits:
            g = getter(f.type)
            if f.count:
                o.append("\tfor (i = 0; i < %d; i++)" % f.count)
                o.append("\t\t%s[i] = %s;" % (lv, g("b + %d + %d * i" % (off, f.elsize))))
            else:
                o.append("\t%s = %s;" % (lv, g("b + %d" % off)))
        elif f.kind == "scalar":
            g = getter(f.type)
            o.append("\tv = %s;" % g("b + %d" % off))
            if f.raw:
                o.append("\t%s = v;" % lv)
            if self.keeps_rest(f):
                o.append("\t%s_rsvd = (%s)(v & ~(uint64_t)%s);" % (lv, f.ctype, cint(f.bits_mask)))
            for b in f.bits:
                o.append("\to->%s = (%s)((v >> %d) & %s);" % (b.name, b.ctype, b.shift,
                                                            cint((1 << b.width) - 1)))
            if f.reserved == "zero":
                o.append("\tif (v & ~(uint64_t)%s)" % cint(f.bits_mask))
                o.append("\t\treturn PV_ERR_RESERVED;")
            for b in f.bits:
                if b.enum:
                    o.append("\tif (!%s_%s_valid((int64_t)o->%s))" % (p, b.enum.name, b.name))
                    o.append("\t\treturn PV_ERR_ENUM;")
                if b.range:
                    o.extend(self.range_lines("\t", "o->%s" % b.name, b.range, 64, False))
                o.extend(self.gate_lines("\t", "o->%s" % b.name, b.since, b.until, b.features))
        elif f.kind in ("guid", "bytes"):
            o.append("\tmemcpy(%s, b + %d, %d);" % (lv, off, f.elsize))
        else:
            if f.count:
                o.append("\tfor (i = 0; i < %d; i++) {" % f.count)
                o.append("\t\terr = %s_%s_rd(b + %d + %d * i, %d, ctx, &%s[i]);"
                         % (p, f.struct.name, off, f.elsize, f.elsize, lv))
                o.append("\t\tif (err != PV_OK)\n\t\t\treturn err;")
                o.append("\t}")
            else:
                o.append("\terr = %s_%s_rd(b + %d, %d, ctx, &%s);" % (p, f.struct.name, off, f.elsize, lv))
                o.append("\tif (err != PV_OK)\n\t\treturn err;")
        # validation of the private copy
        if f.kind == "scalar" and not f.bits and not f.count:
            bits = SCALARS[f.type][0] * 8
            signed = SCALARS[f.type][2]
            if f.reserved == "zero":
                o.append("\tif (%s != 0)\n\t\treturn PV_ERR_RESERVED;" % lv)
            if f.enum:
                o.append("\tif (!%s_%s_valid((int64_t)%s))\n\t\treturn PV_ERR_ENUM;" % (p, f.enum.name, lv))
            if f.flags:
                o.append("\tif (%s & ~(uint64_t)%s)\n\t\treturn PV_ERR_FLAGS;" % (lv, cint(f.flags.mask)))
            if f.range:
                o.extend(self.range_lines("\t", lv, f.range, bits, signed))
            if f.const is not None:
                o.append("\tif (%s != %s)\n\t\treturn PV_ERR_CONST;" % (lv, cint(f.const)))
            o.extend(self.gate_lines("\t", lv, f.since, f.until, f.features))
        elif f.kind == "scalar" and f.bits:
            # reserved bits were checked above; gates apply to the whole container
            o.extend(self.gate_lines("\t", "v", f.since, f.until, f.features))
        elif f.kind in ("bytes", "guid", "scalar") and (f.reserved == "zero" or f.since or f.until or f.features):
            if f.kind == "scalar":
                o.append("\tfor (i = 0, acc = 0; i < %d; i++)\n\t\tacc |= (uint64_t)%s[i];" % (f.count, lv))
            elif f.kind != "scalar":
                o.append("\tfor (i = 0, acc = 0; i < %d; i++)\n\t\tacc |= %s[i];" % (f.elsize, lv))
            if f.reserved == "zero":
                o.append("\tif (acc != 0)\n\t\treturn PV_ERR_RESERVED;")
            o.extend(self.gate_lines("\t", "acc", f.since, f.until, f.features))
        return o

    def struct_needs(self, st):
        need_i = any(f.count for f in st.fields) or st.tail is not None or any(
            f.kind in ("bytes", "guid") and (f.reserved == "zero" or f.since or f.until or f.features)
            for f in st.fields) or any(f.count and (f.reserved == "zero" or f.since or f.features) for f in st.fields)
        need_acc = any((f.kind in ("bytes", "guid") or f.count) and
                       (f.reserved == "zero" or f.since or f.until or f.features) for f in st.fields)
        need_v = any(f.bits for f in st.fields)
        need_err = any(f.kind == "struct" for f in st.fields) or (st.tail and st.tail.kind == "array"
                                                                   and st.tail.ekind == "struct")
        return need_i, need_acc, need_v, need_err

    def struct_rd(self, st):
        p, P = self.p, self.P
        SN = st.name.upper()
        o = []
        o.append("static enum pv_codec_err %s_%s_rd(const uint8_t *b, size_t len, const struct pv_codec_ctx *ctx,"
                 % (p, st.name))
        o.append("\t\t\t\t\tstruct %s_%s *o)" % (p, st.name))
        o.append("{")
        need_i, need_acc, need_v, need_err = self.struct_needs(st)
        if need_i:
            o.append("\tsize_t i;")
        if need_acc:
            o.append("\tuint64_t acc;")
        if need_v:
            o.append("\tuint64_t v;")
        if need_err:
            o.append("\tenum pv_codec_err err;")
        o.append("\tsize_t tail_end = %d;" % st.size)
        o.append("")
        o.append("\t(void)len;\n\t(void)ctx;")
        for f in st.fields:
            o.extend(self.field_rd(st, f))
        t = st.tail
        if t:
            TN = "%s_%s_%s" % (P, SN, t.name.upper())
            if t.kind == "gpa_ranges":
                cf = "o->%s" % t.count_field.name
                o.append("\t{")
                o.append("\t\tsize_t pos = %d;" % t.offset)
                o.append("\t\tuint32_t npfn = 0;")
                o.append("")
                o.append("\t\tif (%s > %s_MAX)\n\t\t\treturn PV_ERR_COUNT;" % (cf, TN))
                o.append("\t\tfor (i = 0; i < %s; i++) {" % cf)
                o.append("\t\t\tstruct pv_gpa_range *r = &o->%s[i];" % t.name)
                o.append("\t\t\tuint64_t pages;")
                o.append("\t\t\tsize_t k;")
                o.append("")
                o.append("\t\t\tif (len - pos < 8)\n\t\t\t\treturn PV_ERR_COUNT;")
                o.append("\t\t\tr->byte_count = pv_get_u32(b + pos);")
                o.append("\t\t\tr->byte_offset = pv_get_u32(b + pos + 4);")
                o.append("\t\t\tpos += 8;")
                o.append("\t\t\tif (r->byte_offset >= %d || r->byte_count == 0)" % t.page_size)
                o.append("\t\t\t\treturn PV_ERR_RANGE;")
                o.append("\t\t\tpages = ((uint64_t)r->byte_offset + r->byte_count + %d) / %d;"
                         % (t.page_size - 1, t.page_size))
                o.append("\t\t\tif (pages > %s_MAX_PFNS - npfn || pages * 8 > len - pos)" % TN)
                o.append("\t\t\t\treturn PV_ERR_COUNT;")
                o.append("\t\t\tr->pfn_first = npfn;")
                o.append("\t\t\tr->pfn_count = (uint32_t)pages;")
                o.append("\t\t\tfor (k = 0; k < pages; k++, pos += 8)")
                o.append("\t\t\t\to->%s_pfns[npfn++] = pv_get_u64(b + pos);" % t.name)
                o.append("\t\t}")
                o.append("\t\to->%s_count = %s;" % (t.name, cf))
                o.append("\t\to->%s_pfn_count = npfn;" % t.name)
                o.append("\t\ttail_end = pos;")
                o.append("\t}")
            else:
                o.append("\t{")
                o.append("\t\tsize_t n;")
                o.append("")
                if t.count_field:
                    o.append("\t\tn = o->%s;" % t.count_field.name)
                    o.append("\t\tif (n > %s_MAX || n > (len - %d) / %d)" % (TN, t.offset, t.elsize))
                    o.append("\t\t\treturn PV_ERR_COUNT;")
                else:
                    o.append("\t\tif ((len - %d) %% %d != 0)\n\t\t\treturn PV_ERR_COUNT;" % (t.offset, t.elsize))
                    o.append("\t\tn = (len - %d) / %d;" % (t.offset, t.elsize))
                    o.append("\t\tif (n > %s_MAX)\n\t\t\treturn PV_ERR_COUNT;" % TN)
                o.append("\t\tfor (i = 0; i < n; i++) {")
                if t.ekind == "scalar":
                    o.append("\t\t\to->%s[i] = %s;" % (t.name, getter(t.type)("b + %d + %d * i" % (t.offset, t.elsize))))
                else:
                    o.append("\t\t\terr = %s_%s_rd(b + %d + %d * i, %d, ctx, &o->%s[i]);"
                             % (p, t.struct.name, t.offset, t.elsize, t.elsize, t.name))
                    o.append("\t\t\tif (err != PV_OK)\n\t\t\t\treturn err;")
                o.append("\t\t}")
                o.append("\t\to->%s_count = (uint32_t)n;" % t.name)
                o.append("\t\ttail_end = %d + n * %d;" % (t.offset, t.elsize))
                o.append("\t}")
            if not st.opaque_rest:
                o.append("\tif (tail_end != len)\n\t\treturn PV_ERR_LONG;")
        for c in st.checks:
            o.append("\tif (!(%s))\t/* %s */" % (self.expr(c.toks), c.text))
            o.append("\t\treturn PV_ERR_%s;" % c.err)
        o.append("\t(void)tail_end;")
        o.append("\treturn PV_OK;")
        o.append("}\n")
        return o

    def field_wr(self, st, f):
        p = self.p
        o = []
        lv = "in->%s" % f.name
        if st.tail and st.tail.count_field is f:
            o.append("\t%s" % putter(f.type)("b + %d" % f.offset, "in->%s_count" % st.tail.name))
        elif f.kind == "scalar" and not f.bits:
            if f.count:
                o.append("\tfor (i = 0; i < %d; i++)" % f.count)
                o.append("\t\t%s" % putter(f.type)("b + %d + %d * i" % (f.offset, f.elsize), "%s[i]" % lv))
            elif f.const is not None:
                # the encoder writes the fixed value, so it never emits what a decoder refuses
                o.append("\t%s" % putter(f.type)("b + %d" % f.offset, cint(f.const)))
            else:
                o.append("\t%s" % putter(f.type)("b + %d" % f.offset, lv))
        elif f.kind == "scalar":
            parts = ["((uint64_t)(in->%s & %s) << %d)" % (b.name, cint((1 << b.width) - 1), b.shift) for b in f.bits]
            if f.raw:
                parts.insert(0, "(uint64_t)%s" % lv)
            if self.keeps_rest(f):
                parts.insert(0, "((uint64_t)%s_rsvd & ~(uint64_t)%s)" % (lv, cint(f.bits_mask)))
            o.append("\tv = %s;" % "\n\t    | ".join(parts))
            o.append("\t%s" % putter(f.type)("b + %d" % f.offset, "v"))
        elif f.kind in ("guid", "bytes"):
            o.append("\tmemcpy(b + %d, %s, %d);" % (f.offset, lv, f.elsize))
        else:
            if f.count:
                o.append("\tfor (i = 0; i < %d; i++)" % f.count)
                o.append("\t\t%s_%s_wr(&%s[i], b + %d + %d * i);" % (p, f.struct.name, lv, f.offset, f.elsize))
            else:
                o.append("\t%s_%s_wr(&%s, b + %d);" % (p, f.struct.name, lv, f.offset))
        return o

    def struct_wr(self, st):
        p = self.p
        o = ["static void %s_%s_wr(const struct %s_%s *in, uint8_t *b)" % (p, st.name, p, st.name), "{"]
        if any(f.count for f in st.fields):
            o.append("\tsize_t i;")
        if any(f.bits for f in st.fields):
            o.append("\tuint64_t v;")
        if any(f.count or f.bits for f in st.fields):
            o.append("")
        if not st.fields:
            o.append("\t(void)in;\n\t(void)b;")
        for f in st.fields:
            o.extend(self.field_wr(st, f))
        o.append("}\n")
        return o

    # ------------------------------------------------------------------
    # Encoder-side validation: the same field checks as the decoder, on the
    # caller's struct, so an encoder never emits what a decoder refuses.
    def type_field_marks(self):
        """{(struct name, field name)} on the path from each message variant to
        the message type field, which <p>_msg_encode stamps itself."""
        marks = set()
        tf = self.s.msg_type_field
        for m in self.s.msgs:
            for v in m.variants:
                st, off = v.struct, tf.offset
                while True:
                    f = [x for x in st.fields if x.offset <= off < x.offset + x.size]
                    if not f:
                        break
                    f = f[0]
                    marks.add((st.name, f.name))
                    if f.kind != "struct" or f.count:
                        break
                    off -= f.offset
                    st = f.struct
        return marks

    def scalar_checks(self, ind, lv, f, with_const):
        p = self.p
        o = []
        bits = SCALARS[f.type][0] * 8
        signed = SCALARS[f.type][2]
        if f.reserved == "zero":
            o.append("%sif (%s != 0)\n%s\treturn PV_ERR_RESERVED;" % (ind, lv, ind))
        if f.enum:
            o.append("%sif (!%s_%s_valid((int64_t)%s))\n%s\treturn PV_ERR_ENUM;" % (ind, p, f.enum.name, lv, ind))
        if f.flags:
            o.append("%sif (%s & ~(uint64_t)%s)\n%s\treturn PV_ERR_FLAGS;" % (ind, lv, cint(f.flags.mask), ind))
        if f.range:
            o.extend(self.range_lines(ind, lv, f.range, bits, signed))
        if with_const and f.const is not None:
            o.append("%sif (%s != %s)\n%s\treturn PV_ERR_CONST;" % (ind, lv, cint(f.const), ind))
        o.extend(self.gate_lines(ind, lv, f.since, f.until, f.features))
        return o

    def field_chk(self, st, f, marks):
        p = self.p
        o = []
        lv = "o->%s" % f.name
        if st.tail and st.tail.count_field is f:
            lv = "o->%s_count" % st.tail.name  # what the encoder writes there
        if f.kind == "scalar" and not f.bits and not f.count:
            body = []
            if f.type == "be24":
                body.append("\tif (%s > 0xffffff)\n\t\treturn PV_ERR_RANGE;" % lv)
            body.extend(self.scalar_checks("\t", lv, f, False))
            if (st.name, f.name) in marks and body:
                o.append("\tif (!stamped) {")
                o.extend("\t" + x.replace("\n", "\n\t") for x in body)
                o.append("\t}")
            else:
                o.extend(body)
        elif f.kind == "scalar" and f.bits:
            for b in f.bits:
                cbits = {"uint8_t": 8, "uint16_t": 16, "uint32_t": 32, "uint64_t": 64}[b.ctype]
                if b.width < cbits:
                    o.append("\tif (o->%s > %s)\n\t\treturn PV_ERR_RANGE;" % (b.name, cint((1 << b.width) - 1)))
                if b.enum:
                    o.append("\tif (!%s_%s_valid((int64_t)o->%s))" % (p, b.enum.name, b.name))
                    o.append("\t\treturn PV_ERR_ENUM;")
                if b.range:
                    o.extend(self.range_lines("\t", "o->%s" % b.name, b.range, 64, False))
                o.extend(self.gate_lines("\t", "o->%s" % b.name, b.since, b.until, b.features))
            if f.since or f.until or f.features:
                parts = ["((uint64_t)(o->%s & %s) << %d)" % (b.name, cint((1 << b.width) - 1), b.shift)
                         for b in f.bits]
                if f.raw:
                    parts.insert(0, "(uint64_t)%s" % lv)
                if self.keeps_rest(f):
                    parts.insert(0, "((uint64_t)%s_rsvd & ~(uint64_t)%s)" % (lv, cint(f.bits_mask)))
                o.append("\tv = %s;" % "\n\t    | ".join(parts))
                o.extend(self.gate_lines("\t", "v", f.since, f.until, f.features))
        elif f.kind == "struct":
            stamped = "stamped" if (st.name, f.name) in marks and not f.count else "false"
            if f.count:
                o.append("\tfor (i = 0; i < %d; i++) {" % f.count)
                o.append("\t\terr = %s_%s_chk(&%s[i], %d, ctx, false);" % (p, f.struct.name, lv, f.elsize))
                o.append("\t\tif (err != PV_OK)\n\t\t\treturn err;")
                o.append("\t}")
            else:
                o.append("\terr = %s_%s_chk(&%s, %d, ctx, %s);" % (p, f.struct.name, lv, f.elsize, stamped))
                o.append("\tif (err != PV_OK)\n\t\treturn err;")
        elif f.reserved == "zero" or f.since or f.until or f.features or (f.kind == "scalar" and f.type == "be24"):
            if f.kind == "scalar":
                if f.type == "be24":
                    o.append("\tfor (i = 0; i < %d; i++)\n\t\tif (%s[i] > 0xffffff)\n\t\t\treturn PV_ERR_RANGE;"
                             % (f.count, lv))
                if not (f.reserved == "zero" or f.since or f.until or f.features):
                    return o
                o.append("\tfor (i = 0, acc = 0; i < %d; i++)\n\t\tacc |= (uint64_t)%s[i];" % (f.count, lv))
            else:
                o.append("\tfor (i = 0, acc = 0; i < %d; i++)\n\t\tacc |= %s[i];" % (f.elsize, lv))
            if f.reserved == "zero":
                o.append("\tif (acc != 0)\n\t\treturn PV_ERR_RESERVED;")
            o.extend(self.gate_lines("\t", "acc", f.since, f.until, f.features))
        return o

    def struct_chk(self, st, marks):
        p = self.p
        body = []
        for f in st.fields:
            body.extend(self.field_chk(st, f, marks))
        t = st.tail
        if t and t.kind == "array" and t.ekind == "struct":
            body.append("\tfor (i = 0; i < o->%s_count; i++) {" % t.name)
            body.append("\t\terr = %s_%s_chk(&o->%s[i], %d, ctx, false);" % (p, t.struct.name, t.name, t.elsize))
            body.append("\t\tif (err != PV_OK)\n\t\t\treturn err;")
            body.append("\t}")
        elif t and t.kind == "gpa_ranges":
            body.append("\tfor (i = 0; i < o->%s_count && i < %d; i++) {" % (t.name, t.max))
            body.append("\t\tconst struct pv_gpa_range *r = &o->%s[i];" % t.name)
            body.append("")
            body.append("\t\tif (r->byte_offset >= %d || r->byte_count == 0)" % t.page_size)
            body.append("\t\t\treturn PV_ERR_RANGE;")
            body.append("\t\tif (r->pfn_count != ((uint64_t)r->byte_offset + r->byte_count + %d) / %d)"
                        % (t.page_size - 1, t.page_size))
            body.append("\t\t\treturn PV_ERR_COUNT;")
            body.append("\t}")
        elif t and t.kind == "array" and t.type == "be24":
            body.append("\tfor (i = 0; i < o->%s_count; i++)\n\t\tif (o->%s[i] > 0xffffff)\n\t\t\treturn PV_ERR_RANGE;"
                        % (t.name, t.name))
        names = {}
        if t:
            if t.count_field:
                names[t.count_field.name] = "o->%s_count" % t.name
            names["_tail_end"] = "len"
        for c in st.checks:
            ids = {v for k, v in c.toks if k == "id"}
            if st.opaque_rest and ids & {"_len", "_tail_end"}:
                continue  # the payload after the header is not ours to encode
            body.append("\tif (!(%s))\t/* %s */" % (self.expr(c.toks, names), c.text))
            body.append("\t\treturn PV_ERR_%s;" % c.err)
        text = "\n".join(body)
        o = ["static enum pv_codec_err %s_%s_chk(const struct %s_%s *o, size_t len,"
             % (p, st.name, p, st.name),
             "\t\t\t\t\tconst struct pv_codec_ctx *ctx, bool stamped)", "{"]
        decl = []
        if re.search(r"\bi\b", text):
            decl.append("\tsize_t i;")
        if "acc" in text:
            decl.append("\tuint64_t acc;")
        if re.search(r"\bv = ", text):
            decl.append("\tuint64_t v;")
        if "err = " in text:
            decl.append("\tenum pv_codec_err err;")
        o.extend(decl)
        if decl:
            o.append("")
        o.append("\t(void)o;\n\t(void)len;\n\t(void)ctx;\n\t(void)stamped;")
        o.extend(body)
        o.append("\treturn PV_OK;")
        o.append("}\n")
        return o

    def struct_public(self, st):
        p, P = self.p, self.P
        SN = st.name.upper()
        o = []
        o.append("enum pv_codec_err %s_%s_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,"
                 % (p, st.name))
        o.append("\t\t\t\tstruct %s_%s *out)" % (p, st.name))
        o.append("{")
        o.append("\tif (len < %d)\n\t\treturn PV_ERR_SHORT;" % st.min_size)
        if not st.tail and not st.opaque_rest:
            o.append("\tif (len > %d)\n\t\treturn PV_ERR_LONG;" % st.size)
        if st.min_size < st.size:
            # an older, shorter revision: what it lacks reads as zero
            o.append("\tif (len < %d) {" % st.size)
            o.append("\t\tuint8_t full[%d];" % st.size)
            o.append("")
            o.append("\t\tmemset(full, 0, sizeof(full));")
            o.append("\t\tmemcpy(full, buf, len);")
            o.append("\t\treturn %s_%s_rd(full, len, ctx, out);" % (p, st.name))
            o.append("\t}")
        o.append("\treturn %s_%s_rd(buf, len, ctx, out);" % (p, st.name))
        o.append("}\n")
        o.append("static int %s_%s_enc(const struct %s_%s *in, const struct pv_codec_ctx *ctx, bool stamped,"
                 % (p, st.name, p, st.name))
        o.append("\t\t\tvoid *buf, size_t cap)")
        o.append("{")
        o.append("\tuint8_t *b = buf;")
        o.append("\tenum pv_codec_err err;")
        t = st.tail
        o.append("\tsize_t need = %d;" % st.size)
        if t:
            o.append("\tsize_t i;")
            TN = "%s_%s_%s" % (P, SN, t.name.upper())
        o.append("")
        if t and t.kind == "gpa_ranges":
            o.append("\tif (in->%s_count > %s_MAX || in->%s_pfn_count > %s_MAX_PFNS)"
                     % (t.name, TN, t.name, TN))
            o.append("\t\treturn -PV_ERR_COUNT;")
            o.append("\tfor (i = 0; i < in->%s_count; i++) {" % t.name)
            o.append("\t\tconst struct pv_gpa_range *r = &in->%s[i];" % t.name)
            o.append("\t\tif (r->pfn_first > in->%s_pfn_count || r->pfn_count > in->%s_pfn_count - r->pfn_first)"
                     % (t.name, t.name))
            o.append("\t\t\treturn -PV_ERR_COUNT;")
            o.append("\t\tneed += 8 + 8 * (size_t)r->pfn_count;")
            o.append("\t}")
        elif t:
            o.append("\tif (in->%s_count > %s_MAX)\n\t\treturn -PV_ERR_COUNT;" % (t.name, TN))
            o.append("\tneed += (size_t)in->%s_count * %d;" % (t.name, t.elsize))
        o.append("\terr = %s_%s_chk(in, need, ctx, stamped);" % (p, st.name))
        o.append("\tif (err != PV_OK)\n\t\treturn -(int)err;")
        o.append("\tif (cap < need)\n\t\treturn -PV_ERR_NOSPACE;")
        o.append("\t%s_%s_wr(in, b);" % (p, st.name))
        if t and t.kind == "gpa_ranges":
            o.append("\t{")
            o.append("\t\tsize_t pos = %d;" % t.offset)
            o.append("")
            o.append("\t\tfor (i = 0; i < in->%s_count; i++) {" % t.name)
            o.append("\t\t\tconst struct pv_gpa_range *r = &in->%s[i];" % t.name)
            o.append("\t\t\tuint32_t k;")
            o.append("")
            o.append("\t\t\tpv_put_u32(b + pos, r->byte_count);")
            o.append("\t\t\tpv_put_u32(b + pos + 4, r->byte_offset);")
            o.append("\t\t\tpos += 8;")
            o.append("\t\t\tfor (k = 0; k < r->pfn_count; k++, pos += 8)")
            o.append("\t\t\t\tpv_put_u64(b + pos, in->%s_pfns[r->pfn_first + k]);" % t.name)
            o.append("\t\t}")
            o.append("\t}")
        elif t:
            o.append("\tfor (i = 0; i < in->%s_count; i++)" % t.name)
            if t.ekind == "scalar":
                o.append("\t\t%s" % putter(t.type)("b + %d + %d * i" % (t.offset, t.elsize), "in->%s[i]" % t.name))
            else:
                o.append("\t\t%s_%s_wr(&in->%s[i], b + %d + %d * i);" % (p, t.struct.name, t.name, t.offset, t.elsize))
        o.append("\treturn (int)need;")
        o.append("}\n")
        o.append("int %s_%s_encode(const struct %s_%s *in, void *buf, size_t cap)" % (p, st.name, p, st.name))
        o.append("{")
        o.append("\treturn %s_%s_enc(in, NULL, false, buf, cap);" % (p, st.name))
        o.append("}\n")
        return o

    def enum_valid(self, e):
        o = ["static bool %s_%s_valid(int64_t v)" % (self.p, e.name), "{", "\tswitch (v) {"]
        for v in sorted(e.values, key=lambda x: x.value):
            o.append("\tcase %s:" % cint(v.value))
        o.append("\t\treturn true;\n\tdefault:\n\t\treturn false;\n\t}\n}\n")
        return o

    def codec_c(self):
        s, p, P = self.s, self.p, self.P
        o = [banner(self.src), "#include <stdbool.h>\n#include <string.h>\n",
             "#include \"%s_codec.h\"\n" % p]
        used = set()
        for st in s.structs:
            for f in st.fields:
                if f.enum:
                    used.add(f.enum.name)
                for b in f.bits:
                    if b.enum:
                        used.add(b.enum.name)
        for e in s.enums:
            if e.name in used:
                o.extend(self.enum_valid(e))
        marks = self.type_field_marks() if s.msgs else set()
        for st in s.structs:
            o.extend(self.struct_rd(st))
            o.extend(self.struct_wr(st))
            o.extend(self.struct_chk(st, marks))
            o.extend(self.struct_public(st))
        if s.msgs:
            o.extend(self.msg_code())
        return "\n".join(o).rstrip("\n") + "\n"

    def msg_code(self):
        s, p, P = self.s, self.p, self.P
        tf = s.msg_type_field
        dirs = {1: "PV_DIR_TO_HOST", 2: "PV_DIR_TO_GUEST", 3: "PV_DIR_BOTH"}
        o = ["const struct pv_msg_desc %s_msg_table[] = {" % p]
        for m in s.msgs:
            o.append("\t{%s, \"%s\", %d, %s, %s, %s, %s, %s}," % (
                cint(m.type), m.name, m.min_len, "UINT32_MAX" if m.max_len is None else m.max_len,
                cint(m.since), cint(m.until), cint(m.features), dirs[DIRS[m.dir]]))
        o.append("};\n")
        o.append("const size_t %s_msg_table_count = sizeof(%s_msg_table) / sizeof(%s_msg_table[0]);\n" % (p, p, p))
        o.append("const struct pv_msg_desc *%s_msg_lookup(uint32_t type)" % p)
        o.append("{")
        o.append("\tsize_t lo = 0, hi = sizeof(%s_msg_table) / sizeof(%s_msg_table[0]);" % (p, p))
        o.append("")
        o.append("\twhile (lo < hi) {")
        o.append("\t\tsize_t mid = lo + (hi - lo) / 2;")
        o.append("")
        o.append("\t\tif (%s_msg_table[mid].type == type)\n\t\t\treturn &%s_msg_table[mid];" % (p, p))
        o.append("\t\tif (%s_msg_table[mid].type < type)\n\t\t\tlo = mid + 1;\n\t\telse\n\t\t\thi = mid;" % p)
        o.append("\t}")
        o.append("\treturn NULL;")
        o.append("}\n")
        # variant gate helper
        if any(v.since or v.features for m in s.msgs for v in m.variants[:-1]):
          o.append("static bool %s_variant_ok(const struct pv_codec_ctx *ctx, uint32_t since, uint64_t features)" % p)
          o.extend(["{", "\tif (!ctx || !ctx->version)\n\t\treturn true;",
                    "\tif (since && ctx->version < since)\n\t\treturn false;",
                    "\tif (features && !(ctx->features & features))\n\t\treturn false;",
                    "\treturn true;", "}\n"])
        o.append("enum pv_codec_err %s_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,"
                 % p)
        o.append("\t\t\t\tstruct %s_msg *out)" % p)
        o.append("{")
        o.append("\tconst uint8_t *b = buf;")
        o.append("\tconst struct pv_msg_desc *d;")
        o.append("\tenum pv_codec_err err;")
        o.append("\tuint32_t type;")
        o.append("")
        o.append("\tif (len < %d)\n\t\treturn PV_ERR_SHORT;" % (tf.offset + tf.size))
        o.append("\ttype = %s;" % getter(tf.type)("b + %d" % tf.offset))
        o.append("\td = %s_msg_lookup(type);" % p)
        o.append("\tif (!d)\n\t\treturn PV_ERR_UNKNOWN_TYPE;")
        o.append("\terr = pv_msg_check(d, len, ctx);")
        o.append("\tif (err != PV_OK)\n\t\treturn err;")
        o.append("\tout->type = type;")
        o.append("\tout->len = len;")
        o.append("\tout->variant = 0;")
        o.append("\tswitch (type) {")
        for m in s.msgs:
            o.append("\tcase %s:\t/* %s */" % (cint(m.type), m.name))
            n = len(m.variants)
            for i, v in enumerate(m.variants):
                mem = self.member_name(m, v)
                call = "%s_%s_decode(buf, len, ctx, &out->u.%s)" % (p, v.struct.name, mem)
                if i == n - 1:
                    if n > 1:
                        o.append("\t\tout->variant = %d;" % i)
                    o.append("\t\treturn %s;" % call)
                else:
                    conds = []
                    if v.select == "size":
                        conds.append("len >= %d" % v.struct.size)
                    if v.since or v.features:
                        conds.append("%s_variant_ok(ctx, %s, %s)" % (p, cint(v.since), cint(v.features)))
                    if v.dir:
                        conds.append("ctx && ctx->dir == %s" % DIR_C[v.dir])
                    o.append("\t\tif (%s) {" % " && ".join(conds))
                    o.append("\t\t\tout->variant = %d;" % i)
                    o.append("\t\t\treturn %s;" % call)
                    o.append("\t\t}")
        o.append("\tdefault:\n\t\treturn PV_ERR_UNKNOWN_TYPE;\n\t}")
        o.append("}\n")
        o.append("int %s_msg_encode(const struct %s_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap)"
                 % (p, p))
        o.append("{")
        o.append("\tconst struct pv_msg_desc *d = %s_msg_lookup(m->type);" % p)
        o.append("\tenum pv_codec_err err;")
        o.append("\tint n;")
        o.append("")
        o.append("\tif (!d)\n\t\treturn -PV_ERR_UNKNOWN_TYPE;")
        o.append("\tswitch (%s) {" % MSG_KEY)
        for m in s.msgs:
            for i, v in enumerate(m.variants):
                mem = self.member_name(m, v)
                o.append("\tcase %s:" % msg_case(m.type, i))
                if v.dir:
                    o.append("\t\tif (ctx && ctx->dir && ctx->dir != %s)" % DIR_C[v.dir])
                    o.append("\t\t\treturn -PV_ERR_DIRECTION;")
                elif i == len(m.variants) - 1:
                    # the fallback is never decoded in a direction that always picks a dir variant
                    for w in m.variants[:-1]:
                        if w.dir and not (w.select or w.since or w.features):
                            o.append("\t\tif (ctx && ctx->dir == %s)" % DIR_C[w.dir])
                            o.append("\t\t\treturn -PV_ERR_DIRECTION;")
                o.append("\t\tn = %s_%s_enc(&m->u.%s, ctx, true, buf, cap);" % (p, v.struct.name, mem))
                o.append("\t\tbreak;")
        o.append("\tdefault:\n\t\treturn -PV_ERR_UNKNOWN_TYPE;\n\t}")
        o.append("\tif (n < 0)\n\t\treturn n;")
        o.append("\terr = pv_msg_check(d, (size_t)n, ctx);")
        o.append("\tif (err != PV_OK)\n\t\treturn -(int)err;")
        o.append("\t%s" % putter(tf.type)("(uint8_t *)buf + %d" % tf.offset, "m->type"))
        o.append("\treturn n;")
        o.append("}")
        return o

    # ------------------------------------------------------------------
    def fmt_field(self, f, prefix, ind="\t"):
        """Lines appending one field to struct pv_fmt *f."""
        p = self.p
        o = []
        lv = "s->%s" % f.name
        if f.bits:
            if f.raw:
                o.append("%spv_fmt_add(fm, \" %s=0x%%llx\", (unsigned long long)%s);" % (ind, f.name, lv))
            if self.keeps_rest(f):
                o.append("%sif (%s_rsvd)\n%s\tpv_fmt_add(fm, \" %s_rsvd=0x%%llx\", (unsigned long long)%s_rsvd);"
                         % (ind, lv, ind, f.name, lv))
            for b in f.bits:
                if b.enum:
                    o.append("%spv_fmt_add(fm, \" %s=%%s(%%llu)\", %s_%s_name((uint32_t)s->%s), (unsigned long long)s->%s);"
                             % (ind, b.name, p, b.enum.name, b.name, b.name))
                else:
                    o.append("%spv_fmt_add(fm, \" %s=%%llu\", (unsigned long long)s->%s);" % (ind, b.name, b.name))
        elif f.kind == "scalar" and not f.count:
            signed = SCALARS[f.type][2]
            if f.enum:
                o.append("%spv_fmt_add(fm, \" %s=%%s(%%lld)\", %s_%s_name((uint32_t)%s), (long long)%s);"
                         % (ind, f.name, p, f.enum.name, lv, lv))
            elif f.flags:
                o.append("%spv_fmt_add(fm, \" %s=0x%%llx\", (unsigned long long)%s);" % (ind, f.name, lv))
            elif signed:
                o.append("%spv_fmt_add(fm, \" %s=%%lld\", (long long)%s);" % (ind, f.name, lv))
            elif f.type in ("u64", "be64"):
                o.append("%spv_fmt_add(fm, \" %s=0x%%llx\", (unsigned long long)%s);" % (ind, f.name, lv))
            else:
                o.append("%spv_fmt_add(fm, \" %s=%%llu\", (unsigned long long)%s);" % (ind, f.name, lv))
        elif f.kind == "scalar":
            o.append("%spv_fmt_add(fm, \" %s={\");" % (ind, f.name))
            o.append("%sfor (i = 0; i < %d; i++)" % (ind, f.count))
            o.append("%s\tpv_fmt_add(fm, i ? \",0x%%llx\" : \"0x%%llx\", (unsigned long long)%s[i]);" % (ind, lv))
            o.append("%spv_fmt_add(fm, \"}\");" % ind)
        elif f.kind == "guid":
            o.append("%spv_fmt_add(fm, \" %s=\");" % (ind, f.name))
            o.append("%spv_fmt_guid(fm, %s);" % (ind, lv))
        elif f.kind == "bytes":
            o.append("%spv_fmt_add(fm, \" %s=\");" % (ind, f.name))
            o.append("%spv_fmt_bytes(fm, %s, %d);" % (ind, lv, f.elsize))
        else:
            if f.count:
                o.append("%sfor (i = 0; i < %d; i++) {" % (ind, f.count))
                o.append("%s\tpv_fmt_add(fm, \" %s[%%zu]={\", i);" % (ind, f.name))
                o.append("%s\t%s_%s_fmt(fm, &%s[i]);" % (ind, p, f.struct.name, lv))
                o.append("%s\tpv_fmt_add(fm, \" }\");" % ind)
                o.append("%s}" % ind)
            else:
                o.append("%spv_fmt_add(fm, \" %s={\");" % (ind, f.name))
                o.append("%s%s_%s_fmt(fm, &%s);" % (ind, p, f.struct.name, lv))
                o.append("%spv_fmt_add(fm, \" }\");" % ind)
        return o

    def names_c(self):
        s, p, P = self.s, self.p, self.P
        o = [banner(self.src), "#include <stdio.h>\n", "#include \"%s_codec.h\"\n" % p]
        for e in s.enums:
            o.append("const char *%s_%s_name(uint32_t v)" % (p, e.name))
            o.append("{")
            o.append("\tswitch (v) {")
            for v in sorted(e.values, key=lambda x: x.value & 0xFFFFFFFF):
                o.append("\tcase %s:\n\t\treturn \"%s\";" % (cint(v.value & 0xFFFFFFFF), v.name))
            o.append("\tdefault:\n\t\treturn \"?\";\n\t}")
            o.append("}\n")
        for st in s.structs:
            o.append("static void %s_%s_fmt(struct pv_fmt *fm, const struct %s_%s *s)" % (p, st.name, p, st.name))
            o.append("{")
            need_i = any(f.count for f in st.fields) or st.tail
            if need_i:
                o.append("\tsize_t i;\n")
            if not st.fields and not st.tail:
                o.append("\t(void)fm;\n\t(void)s;")
            for f in st.fields:
                o.extend(self.fmt_field(f, ""))
            t = st.tail
            if t:
                o.append("\tpv_fmt_add(fm, \" %s[%%u]={\", (unsigned)s->%s_count);" % (t.name, t.name))
                o.append("\tfor (i = 0; i < s->%s_count && i < %d; i++) {" % (t.name, t.max))
                o.append("\t\tif (i == 8) {\n\t\t\tpv_fmt_add(fm, \",...\");\n\t\t\tbreak;\n\t\t}")
                if t.kind == "gpa_ranges":
                    o.append("\t\tpv_fmt_add(fm, \"%s{len=%u off=%u pfns=%u first_pfn=0x%llx}\", i ? \",\" : \"\",")
                    o.append("\t\t\t   s->%s[i].byte_count, s->%s[i].byte_offset, s->%s[i].pfn_count," % (t.name, t.name, t.name))
                    o.append("\t\t\t   s->%s[i].pfn_count && s->%s[i].pfn_first < %d ? (unsigned long long)s->%s_pfns[s->%s[i].pfn_first] : 0ULL);"
                             % (t.name, t.name, t.max_pfns, t.name, t.name))
                elif t.ekind == "scalar":
                    o.append("\t\tpv_fmt_add(fm, i ? \",0x%%llx\" : \"0x%%llx\", (unsigned long long)s->%s[i]);" % t.name)
                else:
                    o.append("\t\tpv_fmt_add(fm, i ? \",{\" : \"{\");")
                    o.append("\t\t%s_%s_fmt(fm, &s->%s[i]);" % (p, t.struct.name, t.name))
                    o.append("\t\tpv_fmt_add(fm, \" }\");")
                o.append("\t}")
                o.append("\tpv_fmt_add(fm, \"}\");")
            o.append("}\n")
            o.append("int %s_%s_format(const struct %s_%s *s, char *buf, size_t cap)" % (p, st.name, p, st.name))
            o.append("{")
            o.append("\tstruct pv_fmt fm = {buf, cap, 0};\n")
            o.append("\tif (cap)\n\t\tbuf[0] = '\\0';")
            o.append("\tpv_fmt_add(&fm, \"%s\");" % st.name)
            o.append("\t%s_%s_fmt(&fm, s);" % (p, st.name))
            o.append("\treturn (int)fm.len;")
            o.append("}\n")
        if s.msgs:
            o.append("int %s_msg_format(const struct %s_msg *m, char *buf, size_t cap)" % (p, p))
            o.append("{")
            o.append("\tconst struct pv_msg_desc *d = %s_msg_lookup(m->type);" % p)
            o.append("\tstruct pv_fmt fm = {buf, cap, 0};\n")
            o.append("\tif (cap)\n\t\tbuf[0] = '\\0';")
            o.append("\tif (!d) {\n\t\tpv_fmt_add(&fm, \"?(%u) len=%zu\", m->type, m->len);\n\t\treturn (int)fm.len;\n\t}")
            o.append("\tpv_fmt_add(&fm, \"%s\", d->name);")
            o.append("\tswitch (%s) {" % MSG_KEY)
            for m in s.msgs:
                for i, v in enumerate(m.variants):
                    o.append("\tcase %s:" % msg_case(m.type, i))
                    o.append("\t\t%s_%s_fmt(&fm, &m->u.%s);" % (p, v.struct.name, self.member_name(m, v)))
                    o.append("\t\tbreak;")
            o.append("\tdefault:\n\t\tpv_fmt_add(&fm, \" variant=%u\", m->variant);\n\t\tbreak;\n\t}")
            o.append("\treturn (int)fm.len;")
            o.append("}")
        return "\n".join(o).rstrip("\n") + "\n"


PV_CODEC_H = r"""/* DO NOT EDIT: generated by codegen/pvgen.py (shared by every protocol). */
#ifndef PV_GENERATED_PV_CODEC_H
#define PV_GENERATED_PV_CODEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum pv_codec_err {
	PV_OK = 0,
	PV_ERR_SHORT,		/* buffer shorter than the message's minimum */
	PV_ERR_LONG,		/* buffer longer than the message's maximum */
	PV_ERR_UNKNOWN_TYPE,	/* type code not in the dispatch table */
	PV_ERR_ENUM,		/* field value not in its enum */
	PV_ERR_RANGE,		/* field outside its declared range */
	PV_ERR_RESERVED,	/* reserved field or bits not zero */
	PV_ERR_FLAGS,		/* bits set outside the declared flag set */
	PV_ERR_CONST,		/* field differs from its fixed value */
	PV_ERR_VERSION,		/* message or field not allowed at this version */
	PV_ERR_FEATURE,		/* needs a feature flag that was not negotiated */
	PV_ERR_DIRECTION,	/* message not legal in this direction */
	PV_ERR_COUNT,		/* element count overflows the buffer or its maximum */
	PV_ERR_NOSPACE,		/* encode: output buffer too small */
};

/* Name of a codec error ("PV_ERR_SHORT"), "?" when unknown. */
const char *pv_codec_err_name(enum pv_codec_err e);

/* What a decoder is allowed to accept: negotiated version and features.  A NULL
 * context, or version 0, accepts every version and does not check features. */
struct pv_codec_ctx {
	uint32_t version;	/* negotiated protocol version, 0 = any */
	uint64_t features;	/* negotiated feature bits */
	uint8_t dir;		/* PV_DIR_TO_HOST or PV_DIR_TO_GUEST, 0 = any */
};
#define PV_DIR_TO_HOST 1	/* guest -> host (VSP receives) */
#define PV_DIR_TO_GUEST 2	/* host -> guest (VSP sends) */
#define PV_DIR_BOTH 3		/* table only: legal in either direction */

/* One row of a generated dispatch table.  until_version 0 = no upper bound;
 * features != 0: at least one of these bits must be negotiated. */
struct pv_msg_desc {
	uint32_t type;
	const char *name;
	uint32_t min_len;
	uint32_t max_len;
	uint32_t since_version;
	uint32_t until_version;
	uint64_t features;
	uint8_t dir;
};

/* Checks len, direction, version and features of a message against its row. */
enum pv_codec_err pv_msg_check(const struct pv_msg_desc *d, size_t len,
			       const struct pv_codec_ctx *ctx);

/* A decoded GPA range: its PFNs are pfns[pfn_first .. pfn_first + pfn_count) of
 * the owning struct's <tail>_pfns array; pfn_count = ceil((offset + count) / page). */
struct pv_gpa_range {
	uint32_t byte_count;
	uint32_t byte_offset;
	uint32_t pfn_first;
	uint32_t pfn_count;
};

/* Little-endian accessors; the wire is little-endian, these work at any alignment. */
static inline uint8_t pv_get_u8(const uint8_t *p)
{
	return p[0];
}

static inline uint16_t pv_get_u16(const uint8_t *p)
{
	return (uint16_t)(p[0] | (uint16_t)p[1] << 8);
}

static inline uint32_t pv_get_u32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t pv_get_u64(const uint8_t *p)
{
	return (uint64_t)pv_get_u32(p) | (uint64_t)pv_get_u32(p + 4) << 32;
}

static inline void pv_put_u8(uint8_t *p, uint8_t v)
{
	p[0] = v;
}

static inline void pv_put_u16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static inline void pv_put_u32(uint8_t *p, uint32_t v)
{
	pv_put_u16(p, (uint16_t)v);
	pv_put_u16(p + 2, (uint16_t)(v >> 16));
}

static inline void pv_put_u64(uint8_t *p, uint64_t v)
{
	pv_put_u32(p, (uint32_t)v);
	pv_put_u32(p + 4, (uint32_t)(v >> 32));
}

/* Big-endian accessors (SCSI): the host value of a be16/be24/be32/be64 field. */
static inline uint16_t pv_get_be16(const uint8_t *p)
{
	return (uint16_t)((uint16_t)p[0] << 8 | p[1]);
}

static inline uint32_t pv_get_be24(const uint8_t *p)
{
	return (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
}

static inline uint32_t pv_get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | pv_get_be24(p + 1);
}

static inline uint64_t pv_get_be64(const uint8_t *p)
{
	return (uint64_t)pv_get_be32(p) << 32 | pv_get_be32(p + 4);
}

static inline void pv_put_be16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

/* Writes the low 24 bits of v. */
static inline void pv_put_be24(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 16);
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)v;
}

static inline void pv_put_be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	pv_put_be24(p + 1, v);
}

static inline void pv_put_be64(uint8_t *p, uint64_t v)
{
	pv_put_be32(p, (uint32_t)(v >> 32));
	pv_put_be32(p + 4, (uint32_t)v);
}

/* Bounded one-line formatter used by the generated printers; len counts what
 * would have been written (like snprintf). */
struct pv_fmt {
	char *buf;
	size_t cap;
	size_t len;
};
void pv_fmt_add(struct pv_fmt *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends a GUID in its usual text form (Windows mixed-endian bytes). */
void pv_fmt_guid(struct pv_fmt *f, const uint8_t g[16]);
/* Appends up to 16 bytes as hex, then "...(n bytes)". */
void pv_fmt_bytes(struct pv_fmt *f, const uint8_t *b, size_t n);

#endif /* PV_GENERATED_PV_CODEC_H */
"""

PV_CODEC_C = r"""/* DO NOT EDIT: generated by codegen/pvgen.py (shared by every protocol). */
#include <stdarg.h>
#include <stdio.h>

#include "pv_codec.h"

const char *pv_codec_err_name(enum pv_codec_err e)
{
	switch (e) {
	case PV_OK:
		return "PV_OK";
	case PV_ERR_SHORT:
		return "PV_ERR_SHORT";
	case PV_ERR_LONG:
		return "PV_ERR_LONG";
	case PV_ERR_UNKNOWN_TYPE:
		return "PV_ERR_UNKNOWN_TYPE";
	case PV_ERR_ENUM:
		return "PV_ERR_ENUM";
	case PV_ERR_RANGE:
		return "PV_ERR_RANGE";
	case PV_ERR_RESERVED:
		return "PV_ERR_RESERVED";
	case PV_ERR_FLAGS:
		return "PV_ERR_FLAGS";
	case PV_ERR_CONST:
		return "PV_ERR_CONST";
	case PV_ERR_VERSION:
		return "PV_ERR_VERSION";
	case PV_ERR_FEATURE:
		return "PV_ERR_FEATURE";
	case PV_ERR_DIRECTION:
		return "PV_ERR_DIRECTION";
	case PV_ERR_COUNT:
		return "PV_ERR_COUNT";
	case PV_ERR_NOSPACE:
		return "PV_ERR_NOSPACE";
	}
	return "?";
}

enum pv_codec_err pv_msg_check(const struct pv_msg_desc *d, size_t len,
			       const struct pv_codec_ctx *ctx)
{
	if (len < d->min_len)
		return PV_ERR_SHORT;
	if (len > d->max_len)
		return PV_ERR_LONG;
	if (!ctx)
		return PV_OK;
	if (ctx->dir && d->dir != PV_DIR_BOTH && d->dir != ctx->dir)
		return PV_ERR_DIRECTION;
	if (!ctx->version)
		return PV_OK;
	if (ctx->version < d->since_version)
		return PV_ERR_VERSION;
	if (d->until_version && ctx->version >= d->until_version)
		return PV_ERR_VERSION;
	if (d->features && !(ctx->features & d->features))
		return PV_ERR_FEATURE;
	return PV_OK;
}

void pv_fmt_add(struct pv_fmt *f, const char *fmt, ...)
{
	va_list ap;
	int n;
	size_t room = f->len < f->cap ? f->cap - f->len : 0;

	va_start(ap, fmt);
	n = vsnprintf(room ? f->buf + f->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n > 0)
		f->len += (size_t)n;
}

void pv_fmt_guid(struct pv_fmt *f, const uint8_t g[16])
{
	pv_fmt_add(f, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", g[3],
		   g[2], g[1], g[0], g[5], g[4], g[7], g[6], g[8], g[9], g[10], g[11], g[12], g[13],
		   g[14], g[15]);
}

void pv_fmt_bytes(struct pv_fmt *f, const uint8_t *b, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < 16; i++)
		pv_fmt_add(f, "%02x", b[i]);
	if (n > 16)
		pv_fmt_add(f, "...(%zu bytes)", n);
}
"""
