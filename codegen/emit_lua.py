"""Wireshark Lua dissectors: generated/lua/<p>.lua.

Each protocol registers a Proto named pv_<prefix> (so Dissector.get("pv_<p>")
finds it, and Wireshark's own "scsi" is left alone).  A spec with a `lua: {encap: ...}` block (the
trace record, spec/pvtrace.yaml) also registers on that wtap encapsulation,
loads the other dissectors found beside it, and hands each record's payload
to the dissector its dispatch enum names.
"""

from pvspec import SCALARS, BIG_ENDIAN, SpecError


def lstr(s):
    return '"%s"' % str(s).replace("\\", "\\\\").replace('"', '\\"')


class LuaEmitter:
    def __init__(self, spec):
        self.s = spec
        # "pv_" keeps our protocols apart from Wireshark's own (it has "scsi")
        self.p = "pv_" + spec.prefix
        self.fields = []  # (var, decl)
        self.o = []

    def fvar(self, st, f, sub=None):
        return "F.%s_%s%s" % (st.name, f.name, ("_" + sub) if sub else "")

    def valstring(self, enum):
        if not enum:
            return "nil"
        return "{" + ", ".join("[%d] = %s" % (v.value, lstr(v.name)) for v in enum.values) + "}"

    def declare(self, st):
        p = self.p
        for f in st.fields:
            abbr = "%s.%s.%s" % (p, st.name, f.name)
            if f.kind == "scalar":
                n, _, signed = SCALARS[f.type]
                bits = n * 8
                wide = f.type in ("u64", "be64")
                base = "base.HEX" if (f.flags or wide or f.name.endswith("_id")) else "base.DEC"
                if signed:
                    decl = "ProtoField.int%d(%s, %s, base.DEC, %s)" % (bits, lstr(abbr), lstr(f.name),
                                                                      self.valstring(f.enum))
                else:
                    decl = "ProtoField.uint%d(%s, %s, %s, %s)" % (bits, lstr(abbr), lstr(f.name),
                                                                 "base.HEX" if wide else base,
                                                                 self.valstring(f.enum))
                self.fields.append((self.fvar(st, f), decl))
                for b in f.bits:
                    babbr = "%s.%s.%s" % (p, st.name, b.name)
                    if b.name == f.name:
                        babbr += "_bits"
                    self.fields.append((self.fvar(st, f, b.name),
                                        "ProtoField.uint32(%s, %s, base.DEC, %s)"
                                        % (lstr(babbr), lstr(b.name), self.valstring(b.enum))))
            elif f.kind == "guid":
                self.fields.append((self.fvar(st, f), "ProtoField.guid(%s, %s)" % (lstr(abbr), lstr(f.name))))
            elif f.kind == "bytes":
                self.fields.append((self.fvar(st, f), "ProtoField.bytes(%s, %s)" % (lstr(abbr), lstr(f.name))))
            else:
                self.fields.append((self.fvar(st, f), "ProtoField.none(%s, %s)" % (lstr(abbr), lstr(f.name))))
        t = st.tail
        if t:
            abbr = "%s.%s.%s" % (p, st.name, t.name)
            if t.kind == "gpa_ranges":
                self.fields.append(("F.%s_%s" % (st.name, t.name), "ProtoField.none(%s, %s)" % (lstr(abbr), lstr(t.name))))
                self.fields.append(("F.%s_%s_len" % (st.name, t.name),
                                    "ProtoField.uint32(%s, \"byte_count\", base.DEC)" % lstr(abbr + ".byte_count")))
                self.fields.append(("F.%s_%s_off" % (st.name, t.name),
                                    "ProtoField.uint32(%s, \"byte_offset\", base.DEC)" % lstr(abbr + ".byte_offset")))
                self.fields.append(("F.%s_%s_pfn" % (st.name, t.name),
                                    "ProtoField.uint64(%s, \"pfn\", base.HEX)" % lstr(abbr + ".pfn")))
            elif t.ekind == "scalar":
                n = SCALARS[t.type][0] * 8
                self.fields.append(("F.%s_%s" % (st.name, t.name), "ProtoField.uint%d(%s, %s, base.HEX)"
                                    % (n, lstr(abbr), lstr(t.name))))
            else:
                self.fields.append(("F.%s_%s" % (st.name, t.name), "ProtoField.none(%s, %s)" % (lstr(abbr), lstr(t.name))))

    def reader(self, t, off):
        n = SCALARS[t][0]
        le = "" if t in BIG_ENDIAN else "le_"
        if n == 8:
            return "buf(off + %d, 8):%suint64()" % (off, le)
        return "buf(off + %d, %d):%suint()" % (off, n, le)

    @staticmethod
    def add(t):
        """tree:add for big-endian items (Wireshark's default), add_le otherwise."""
        return "add" if t in BIG_ENDIAN else "add_le"

    def struct_fn(self, st):
        o = self.o
        o.append("local function dissect_%s(buf, tree, off, len)" % st.name)
        o.append("\tif len < %d then" % st.min_size)
        o.append("\t\ttree:add_expert_info(PI_MALFORMED, PI_ERROR, \"%s: short (\" .. len .. \" < %d)\")"
                 % (st.name, st.min_size))
        o.append("\t\treturn len")
        o.append("\tend")
        for f in st.fields:
            v = self.fvar(st, f)
            if f.offset + f.size > st.min_size:
                # past min_size: an older revision may not carry it
                mark = len(o)
                self.field_items(st, f, v)
                if len(o) > mark:
                    o.insert(mark, "\tif len >= %d then" % (f.offset + f.size))
                    o.append("\tend")
                continue
            self.field_items(st, f, v)
        self.tail_items(st)

    def field_items(self, st, f, v):
        o = self.o
        if f.kind == "struct":
            for i in range(f.count or 1):
                o.append("\tdo")
                o.append("\t\tlocal sub = tree:add(%s, buf(off + %d, %d))" % (v, f.offset + i * f.elsize, f.elsize))
                o.append("\t\tdissect_%s(buf, sub, off + %d, %d)" % (f.struct.name, f.offset + i * f.elsize, f.elsize))
                o.append("\tend")
        elif f.kind == "bytes" and f.lua is False:
            return
        elif f.kind in ("bytes", "guid"):
            o.append("\ttree:add_le(%s, buf(off + %d, %d))" % (v, f.offset, f.size))
        else:
            for i in range(f.count or 1):
                o.append("\ttree:%s(%s, buf(off + %d, %d))" % (self.add(f.type), v, f.offset + i * f.elsize,
                                                               f.elsize))
            if f.bits:
                o.append("\tdo")
                o.append("\t\tlocal v = %s" % self.reader(f.type, f.offset))
                for b in f.bits:
                    bv = self.fvar(st, f, b.name)
                    if f.elsize == 8:
                        expr = "v:rshift(%d):band(0x%x):tonumber()" % (b.shift, (1 << b.width) - 1)
                    else:
                        expr = "bit.band(bit.rshift(v, %d), 0x%x)" % (b.shift, (1 << b.width) - 1)
                    o.append("\t\ttree:add(%s, buf(off + %d, %d), %s)" % (bv, f.offset, f.elsize, expr))
                o.append("\tend")

    def tail_items(self, st):
        o = self.o
        t = st.tail
        if t:
            tv = "F.%s_%s" % (st.name, t.name)
            if t.count_field:
                cf = t.count_field
                o.append("\tlocal n = %s" % self.reader(cf.type, cf.offset))
            else:
                o.append("\tlocal n = math.floor((len - %d) / %d)" % (t.offset, t.elsize))
            o.append("\tif n > %d then n = %d end" % (t.max, t.max))
            o.append("\tlocal pos = %d" % t.offset)
            if t.kind == "gpa_ranges":
                o.append("\tfor i = 1, n do")
                o.append("\t\tif pos + 8 > len then break end")
                o.append("\t\tlocal bc = buf(off + pos, 4):le_uint()")
                o.append("\t\tlocal bo = buf(off + pos + 4, 4):le_uint()")
                o.append("\t\tlocal pages = math.floor((bo + bc + %d) / %d)" % (t.page_size - 1, t.page_size))
                o.append("\t\tlocal size = 8 + 8 * pages")
                o.append("\t\tif pos + size > len then size = len - pos end")
                o.append("\t\tlocal r = tree:add(%s, buf(off + pos, size))" % tv)
                o.append("\t\tr:append_text(\" [\" .. (i - 1) .. \"] \" .. pages .. \" pages\")")
                o.append("\t\tr:add_le(%s_len, buf(off + pos, 4))" % tv)
                o.append("\t\tr:add_le(%s_off, buf(off + pos + 4, 4))" % tv)
                o.append("\t\tpos = pos + 8")
                o.append("\t\tfor k = 1, pages do")
                o.append("\t\t\tif pos + 8 > len then break end")
                o.append("\t\t\tr:add_le(%s_pfn, buf(off + pos, 8))" % tv)
                o.append("\t\t\tpos = pos + 8")
                o.append("\t\tend")
                o.append("\tend")
            else:
                o.append("\tfor i = 1, n do")
                o.append("\t\tif pos + %d > len then break end" % t.elsize)
                if t.ekind == "scalar":
                    o.append("\t\ttree:%s(%s, buf(off + pos, %d))" % (self.add(t.type), tv, t.elsize))
                else:
                    o.append("\t\tlocal sub = tree:add(%s, buf(off + pos, %d))" % (tv, t.elsize))
                    o.append("\t\tsub:append_text(\" [\" .. (i - 1) .. \"]\")")
                    o.append("\t\tdissect_%s(buf, sub, off + pos, %d)" % (t.struct.name, t.elsize))
                o.append("\t\tpos = pos + %d" % t.elsize)
                o.append("\tend")
            o.append("\treturn pos")
        else:
            o.append("\treturn %d" % st.size)
        o.append("end\n")

    def emit(self):
        s, p = self.s, self.p
        enc = s.lua.get("encap") if s.lua else None
        for st in s.structs:
            self.declare(st)
        o = self.o
        o.append("-- DO NOT EDIT: generated from %s by codegen/pvgen.py." % s.relname)
        o.append("-- Wireshark dissector for %s." % s.title)
        if enc:
            o.append("-- Load only this file (tshark -X lua_script:pvtrace.lua): it loads the")
            o.append("-- other protocol dissectors that sit beside it.")
        o.append("")
        o.append("local proto = Proto(%s, %s)" % (lstr(p), lstr(s.title)))
        o.append("-- fields live in a table: a big protocol has more than Lua's 200 locals")
        o.append("local F = {}")
        for var, decl in self.fields:
            o.append("%s = %s" % (var, decl))
        o.append("proto.fields = {")
        for var, _ in self.fields:
            o.append("\t%s," % var)
        o.append("}\n")
        for st in s.structs:
            self.struct_fn(st)
        o.append("function proto.dissector(buf, pinfo, tree)")
        o.append("\tlocal len = buf:len()")
        o.append("\tpinfo.cols.protocol:set(%s)" % lstr(s.prefix.upper()))
        o.append("\tlocal t = tree:add(proto, buf())")
        if s.msgs:
            tf = s.msg_type_field
            o.append("\tif len < %d then return end" % (tf.offset + tf.size))
            o.append("\tlocal ty = buf(%d, %d):le_uint()" % (tf.offset, tf.size))
            first = True
            for m in s.msgs:
                o.append("\t%s ty == %d then" % ("if" if first else "elseif", m.type))
                first = False
                o.append("\t\tpinfo.cols.info:append(%s)" % lstr(m.name + " "))
                o.append("\t\tt:append_text(\", %s\")" % m.name)
                for i, v in enumerate(m.variants):
                    last = i == len(m.variants) - 1
                    if last:
                        if len(m.variants) > 1:
                            o.append("\t\telse")
                        ind = "\t\t\t" if len(m.variants) > 1 else "\t\t"
                    else:
                        conds = []
                        if v.select or not v.dir:
                            conds.append("len >= %d" % v.struct.size)
                        if v.dir:
                            # set by the trace dissector from the record's direction
                            conds.append("pinfo.private.pv_dir == %s" % lstr(v.dir))
                        o.append("\t\t%s %s then" % ("if" if i == 0 else "elseif", " and ".join(conds)))
                        ind = "\t\t\t"
                    o.append("%sdissect_%s(buf, t, 0, len)" % (ind, v.struct.name))
                if len(m.variants) > 1:
                    o.append("\t\tend")
            o.append("\telse")
            o.append("\t\tpinfo.cols.info:append(\"?(\" .. ty .. \") \")")
            o.append("\t\tt:add_expert_info(PI_MALFORMED, PI_WARN, \"unknown type \" .. ty)")
            o.append("\tend")
        elif enc:
            rec = s.struct_by_name[s.lua["record"]]
            disp = rec.field_by_name[s.lua["dispatch"]]
            o.append("\tlocal hl = dissect_%s(buf, t, 0, len)" % rec.name)
            o.append("\tif len <= hl then return end")
            o.append("\tlocal which = buf(%d, %d):le_uint()" % (disp.offset, disp.size))
            o.append("\tlocal name = dispatch[which]")
            o.append("\tlocal d = name and dissectors[name]")
            if "dir" in s.lua:
                dfl = rec.field_by_name[s.lua["dir"]]
                o.append("\tpinfo.private.pv_dir = dirnames[buf(%d, %d):le_uint()]" % (dfl.offset, dfl.size))
            o.append("\tif d then")
            o.append("\t\td:call(buf(hl):tvb(), pinfo, tree)")
            o.append("\telse")
            o.append("\t\tt:add_expert_info(PI_UNDECODED, PI_NOTE, \"no dissector for payload \" .. tostring(which))")
            o.append("\tend")
        else:
            st = s.structs[-1]
            o.append("\tdissect_%s(buf, t, 0, len)" % st.name)
        o.append("end")
        if enc:
            disp_enum = s.struct_by_name[s.lua["record"]].field_by_name[s.lua["dispatch"]].enum
            if not disp_enum:
                raise SpecError("%s:%d: lua.dispatch must name an enum field" % (s.relname, s.lua.line))
            body = [
                "",
                "-- payload protocol id -> dissector name (the enum value's name, lower case)",
                "dispatch = {" + ", ".join("[%d] = %s" % (v.value, lstr(v.name.lower())) for v in disp_enum.values) + "}",
                "dissectors = {}",
                "local here = debug.getinfo(1, \"S\").source:match(\"^@(.*[/\\\\])\") or \"\"",
                "for _, name in pairs(dispatch) do",
                "\tlocal path = here .. name .. \".lua\"",
                "\tlocal f = io.open(path, \"r\")",
                "\tif f then",
                "\t\tf:close()",
                "\t\tlocal ok, err = pcall(dofile, path)",
                "\t\tif not ok then",
                "\t\t\tprint(\"pvtrace: \" .. path .. \": \" .. tostring(err))",
                "\t\tend",
                "\tend",
                "\tlocal ok, d = pcall(Dissector.get, \"pv_\" .. name)",
                "\tif ok and d then",
                "\t\tdissectors[name] = d",
                "\tend",
                "end",
                "",
                "DissectorTable.get(\"wtap_encap\"):add(wtap.%s, proto)" % enc,
            ]
            # dispatch/dissectors are upvalues of the dissector: declare them before it
            idx = o.index("function proto.dissector(buf, pinfo, tree)")
            o.insert(idx, "local dispatch, dissectors\n")
            if "dir" in s.lua:
                denum = s.struct_by_name[s.lua["record"]].field_by_name[s.lua["dir"]].enum
                o.insert(idx, "-- record direction -> pinfo.private.pv_dir, which picks a message's dir variant\n"
                         "local dirnames = {" + ", ".join("[%d] = %s" % (v.value, lstr(v.name.lower()))
                                                         for v in denum.values) + "}\n")
            body[2] = body[2]
            o.extend(body)
        return "\n".join(o) + "\n"


def proto_lua(spec):
    return LuaEmitter(spec).emit()
