"""Wireshark Lua dissectors: generated/lua/<p>.lua.

Each protocol registers a Proto named pv_<prefix> (so Dissector.get("pv_<p>")
finds it, and Wireshark's own "scsi" is left alone).  A spec with a `lua: {encap: ...}` block (the
trace record, spec/pvtrace.yaml) also registers on that wtap encapsulation,
loads the other dissectors found beside it, and hands each record's payload
to the dissector its dispatch enum names.  With `lua.offer` and `lua.ring` it
also learns each channel's class from the OFFERCHANNEL records it sees and
hands the payload of that channel's ring packets to the protocol whose spec
lists the class GUID under `vmbus_class`.
"""

from pvspec import SCALARS, BIG_ENDIAN, LUA_DIRS as DIR_KEYS, Obj, SpecError


def lstr(s):
    return '"%s"' % str(s).replace("\\", "\\\\").replace('"', '\\"')


class LuaEmitter:
    def __init__(self, spec, specs=()):
        self.s = spec
        self.specs = list(specs)
        self.uses_sub = False
        # "pv_" keeps our protocols apart from Wireshark's own (it has "scsi")
        self.p = "pv_" + spec.prefix
        self.fields = []  # (var, decl)
        self.o = []
        self.payloads = self.parse_payloads()

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
            for h in (f.lua if f.kind == "bytes" and f.lua is not True else []):
                # the bytes are another protocol's message (a CDB in an SRB,
                # sense data in its completion)
                self.uses_sub = True
                o.append("\tdo")
                if h.len:
                    o.append("\t\tlocal n = %s" % self.reader(h.len.type, h.len.offset))
                    o.append("\t\tif n > %d then n = %d end" % (f.size, f.size))
                else:
                    o.append("\t\tlocal n = %d" % f.size)
                cond = "n > 0"
                if h.dir:
                    cond += " and cur_pinfo and cur_pinfo.private.pv_dir == %s" % lstr(h.dir)
                o.append("\t\tif %s then subcall(%s, buf(off + %d, n):tvb(), tree) end"
                         % (cond, lstr(h.proto), f.offset))
                o.append("\tend")
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

    def note_cond(self, n):
        """A note's `when` (checked by pvspec) as a Lua condition."""
        ops = {"==": "==", "!=": "~=", "<": "<", ">": ">", "<=": "<=", ">=": ">=", "&&": "and",
               "||": "or", "!": "not", "(": "(", ")": ")", "+": "+", "-": "-", "*": "*"}
        out = []
        for k, v in n.when:
            if k == "num":
                out.append(str(int(v, 0)))
            elif k == "id":
                out.append(self.reader(v.type, v.offset))
            elif v in ops:
                out.append(ops[v])
            else:
                raise SpecError("%s: note condition: operator '%s' is not supported in Lua" % (self.s.relname, v))
        return " ".join(out)

    def msg_branch(self, m, ind):
        """Dissects message m (its type already matched) into tree t."""
        o = self.o
        o.append("%spinfo.cols.info:append(%s)" % (ind, lstr(m.name + " ")))
        o.append("%st:append_text(\", %s\")" % (ind, m.name))
        body = ind
        pre = []  # (condition, [lines]) tried before the message's own variants
        if m.replies:
            o.append("%slocal rq = tonumber(pinfo.private.pv_request or \"\")" % ind)
            for r in m.replies:
                for i, st in enumerate(r.structs):
                    cond = "rq == %d" % r.request.type
                    if i < len(r.structs) - 1:
                        cond += " and len >= %d" % st.size
                    pre.append((cond, ["t:append_text(\" (reply to %s)\")" % r.request.name,
                                       "dissect_%s(buf, t, 0, len)" % st.name]))
        if m.reply:
            other = "to_guest" if m.dir == "to_host" else "to_host"
            pre.append(("pinfo.private.pv_dir == %s" % lstr(other),
                        ["t:append_text(\" (completion)\")", "dissect_%s(buf, t, 0, len)" % m.reply.name]))
        for i, (cond, lines) in enumerate(pre):
            o.append("%s%s %s then" % (ind, "if" if i == 0 else "elseif", cond))
            o.extend("%s\t%s" % (ind, x) for x in lines)
        if pre:
            o.append("%selse" % ind)
            body = ind + "\t"
        for i, v in enumerate(m.variants):
            last = i == len(m.variants) - 1
            if last:
                if len(m.variants) > 1:
                    o.append("%selse" % body)
                vind = body + "\t" if len(m.variants) > 1 else body
            else:
                conds = []
                if v.select or not v.dir:
                    conds.append("len >= %d" % v.struct.size)
                if v.dir:
                    # set by the trace dissector from the record's direction
                    conds.append("pinfo.private.pv_dir == %s" % lstr(v.dir))
                o.append("%s%s %s then" % (body, "if" if i == 0 else "elseif", " and ".join(conds)))
                vind = body + "\t"
            o.append("%sdissect_%s(buf, t, 0, len)" % (vind, v.struct.name))
            if v.struct.name in self.payloads:
                o.append("%spayload_%s(buf, pinfo, tree, t, len)" % (vind, v.struct.name))
        if len(m.variants) > 1:
            o.append("%send" % body)
        if pre:
            o.append("%send" % ind)
        if m.notes:
            # where the data this message names went (not in the packet, often not in the trace)
            o.append("%sdo" % ind)
            o.append("%s\tlocal off = 0" % ind)
            ind += "\t"
            first = True
            for n in m.notes:
                conds = []
                if n.dir:
                    conds.append("pinfo.private.pv_dir == %s" % lstr(n.dir))
                need = max([f.offset + f.size for f in n.refs] +
                           [v.offset + v.size for k, v in (n.when or []) if k == "id"] + [0])
                if need:
                    conds.append("len >= %d" % need)
                if n.when:
                    conds.append("(%s)" % self.note_cond(n))
                parts, rest = [], n.text
                for f in n.refs:
                    a, rest = rest.split("{%s}" % f.name, 1)
                    parts += [lstr(a), "tostring(%s)" % self.reader(f.type, f.offset)]
                parts.append(lstr(rest))
                text = " .. ".join(x for x in parts if x != '""')
                cond = " and ".join(conds) or "true"
                o.append("%s%s %s then" % (ind, "if" if first else "elseif", cond))
                o.append("%s\tt:add(F._note, buf(0, 0), %s)" % (ind, text))
                first = False
            o.append("%send" % ind)
            o.append("%send" % ind[:-1])

    def class_glue(self):
        """Lua for lua.offer / lua.ring: relid -> class -> the ring payload's dissector."""
        s = self.s
        rec = s.struct_by_name[s.lua["record"]]
        disp = rec.field_by_name[s.lua["dispatch"]]
        pvals = {v.name: v.value for v in disp.enum.values}
        byprefix = {x.prefix: x for x in self.specs}
        of, rg = s.lua["offer"], s.lua["ring"]

        def other(name, key):
            sp = byprefix.get(name.lower())
            if not sp:
                raise SpecError("%s:%d: lua.%s.proto: no spec has prefix %s" % (s.relname, s.lua[key].line, key,
                                                                                  name.lower()))
            return sp
        vs = other(of["proto"], "offer")
        msg = [m for m in vs.msgs if m.name == of["message"]]
        if not msg:
            raise SpecError("%s:%d: lua.offer.message: %s has no message %s" % (s.relname, of.line,
                                                                                 vs.relname, of["message"]))
        msg = msg[0]
        ost = msg.variants[-1].struct
        cf, rf = ost.field_by_name.get(of["class"]), ost.field_by_name.get(of["relid"])
        if not cf or cf.kind != "guid":
            raise SpecError("%s:%d: lua.offer.class must name a guid field of %s" % (s.relname, of.line, ost.name))
        if not rf or rf.kind != "scalar" or rf.elsize > 4:
            raise SpecError("%s:%d: lua.offer.relid must name an integer field of %s" % (s.relname, of.line,
                                                                                        ost.name))
        rs = other(rg["proto"], "ring")
        sname, _, fname = rg["offset8"].partition(".")
        dst = rs.struct_by_name.get(sname)
        o8 = dst and dst.field_by_name.get(fname)
        if not o8 or o8.kind != "scalar" or o8.elsize > 4:
            raise SpecError("%s:%d: lua.ring.offset8 must be <struct>.<integer field> of %s"
                            % (s.relname, rg.line, rs.relname))
        ch = rec.field_by_name[rg["channel"]]
        tid = rec.field_by_name[rg["trans_id"]] if "trans_id" in rg else None
        tf = vs.msg_type_field
        classes = []
        for x in self.specs:
            for g in x.vmbus_class:
                classes.append((g, x.prefix))
        o = []
        o.append("-- VMBus class (OFFERCHANNEL %s) -> protocol of the channel's ring packets (vmbus_class in spec/*.yaml)"
                 % cf.name)
        o.append("local classes = {" + ", ".join("[%s] = %s" % (lstr(g), lstr(p)) for g, p in classes) + "}")
        o.append("-- relid -> protocol, learned from the offers seen so far: an offer precedes its")
        o.append("-- channel's packets, so one pass is enough")
        o.append("local chan_proto = {}")
        if tid:
            tfs = {}
            for x in self.specs:
                if x.vmbus_class:
                    f = x.msg_type_field if x.msgs else x.lua_type_field
                    tfs[x.prefix] = f
            o.append("-- each class protocol's message type field {offset, size}, to remember requests")
            o.append("local typefield = {" + ", ".join("%s = {%d, %d}" % (k, v.offset, v.size)
                                                      for k, v in sorted(tfs.items())) + "}")
            o.append("-- \"relid:trans_id\" -> type of the guest request waiting for its answer;")
            o.append("-- frame number -> the request type a host packet answers (kept for re-dissection)")
            o.append("local pending, answers = {}, {}")
        o.append("")
        o.append("function proto.init()")
        o.append("\tchan_proto = {}")
        if tid:
            o.append("\tpending, answers = {}, {}")
        o.append("end")
        o.append("")
        o.append("local function guid_str(r)")
        o.append("\treturn string.format(\"%08x-%04x-%04x-%s-%s\", r:range(0, 4):le_uint(), r:range(4, 2):le_uint(),")
        o.append("\t\tr:range(6, 2):le_uint(), r:range(8, 2):bytes():tohex():lower(),")
        o.append("\t\tr:range(10, 6):bytes():tohex():lower())")
        o.append("end")
        o.append("")
        o.append("local function learn_offer(buf, hl, len)")
        o.append("\tif len < hl + %d then return end" % ost.size)
        o.append("\tif buf(hl + %d, %d):le_uint() ~= %d then return end" % (tf.offset, tf.size, msg.type))
        o.append("\tlocal p = classes[guid_str(buf(hl + %d, 16))]" % cf.offset)
        o.append("\tlocal relid = buf(hl + %d, %d):le_uint()" % (rf.offset, rf.size))
        o.append("\tchan_proto[relid] = p or false")
        o.append("end")
        o.append("")
        o.append("-- a trace whose offers were filtered out still names the class in its interface description")
        o.append("local ok_ifdesc, f_ifdesc = pcall(Field.new, \"frame.interface_description\")")
        o.append("local function class_from_interface()")
        o.append("\tif not ok_ifdesc then return nil end")
        o.append("\tlocal fi = f_ifdesc()")
        o.append("\tif not fi then return nil end")
        o.append("\tlocal g = tostring(fi.value):match(\"class (%x+%-%x+%-%x+%-%x+%-%x+)\")")
        o.append("\treturn g and classes[g:lower()]")
        o.append("end")
        o.append("")
        o.append("-- the payload after the descriptor (and after a type-7 transfer-page header or")
        o.append("-- type-9 GPA ranges: %s counts 8-byte units from the packet's start)" % rg["offset8"])
        o.append("local function ring_payload(buf, pinfo, tree, t, hl, len)")
        o.append("\tif len < hl + %d then return end" % (o8.offset + o8.size))
        o.append("\tlocal chan = buf(%d, %d):le_uint()" % (ch.offset, ch.size))
        o.append("\t-- false: offered with a class no spec claims (echo): the payload stays bytes")
        o.append("\tlocal name = chan_proto[chan]")
        o.append("\tif name == nil then name = class_from_interface() end")
        o.append("\tif name == nil then")
        o.append("\t\tt:add_expert_info(PI_UNDECODED, PI_NOTE, \"ring payload not decoded: channel \" .. chan .. \" has no known class\")")
        o.append("\tend")
        o.append("\tif not name then return end")
        o.append("\tlocal d = dissectors[name]")
        o.append("\tif not d then return end")
        o.append("\tlocal o8 = buf(hl + %d, %d):le_uint()" % (o8.offset, o8.size))
        o.append("\tif o8 < 2 then return end")
        o.append("\tlocal po = hl + o8 * 8")
        o.append("\tif po >= len then return end")
        if tid:
            o.append("\t-- a host packet with the transaction id of a pending guest request answers it")
            o.append("\tlocal key = chan .. \":\" .. tostring(buf(%d, %d):le_uint64())" % (tid.offset, tid.size)
                     if tid.size == 8 else "\tlocal key = chan .. \":\" .. buf(%d, %d):le_uint()" % (tid.offset, tid.size))
            o.append("\tif not pinfo.visited then")
            o.append("\t\tlocal tf = typefield[name]")
            o.append("\t\tif pinfo.private.pv_dir == \"to_host\" then")
            o.append("\t\t\tif tf and po + tf[1] + tf[2] <= len then pending[key] = buf(po + tf[1], tf[2]):le_uint() end")
            o.append("\t\telse")
            o.append("\t\t\tanswers[pinfo.number] = pending[key]")
            o.append("\t\tend")
            o.append("\tend")
            o.append("\tlocal rq = answers[pinfo.number]")
            o.append("\tif rq then pinfo.private.pv_request = tostring(rq) end")
        o.append("\td:call(buf(po):tvb(), pinfo, tree)")
        o.append("end")
        o.append("")
        return o, pvals[of["proto"]], pvals[rg["proto"]], [p for _, p in classes]

    # --- payloads: what a message carries past its own struct (Wireshark only)
    def _fail(self, node, msg, key="payloads"):
        raise SpecError("%s:%d: lua.%s: %s" % (self.s.relname, getattr(node, "line", 0), key, msg))

    def _int_field(self, st, name, node, what):
        f = st.field_by_name.get(name)
        if not f or f.kind != "scalar" or f.count or f.elsize > 4:
            self._fail(node, "%s: '%s' is not an integer field (up to 32 bits) of %s" % (what, name, st.name))
        return f

    def _bit(self, st, spec, node, what):
        """'field.bit' -> (field, bit)."""
        fname, _, bname = str(spec).partition(".")
        f = self._int_field(st, fname, node, what)
        b = [b for b in f.bits if b.name == bname]
        if not b:
            self._fail(node, "%s: '%s' is not <field>.<bit> of %s" % (what, spec, st.name))
        return f, b[0]

    def parse_payloads(self):
        """lua.payloads: {struct: [item...]}; an item is
        {kind: list, name, at, len, base, entry, next, value, type, skip_if, type_enum, values}
        (a walk of entries, each value dissected by its type) or
        {kind: frame, name, at, len, base, dissector} (bytes handed to a
        Wireshark dissector: eth_withoutfcs puts IP/TCP in the same tree)."""
        s = self.s
        lu = s.lua.get("payloads") if s.lua else None
        out = {}
        if not lu:
            return out
        for sname, items in lu.items():
            st = s.struct_by_name.get(sname)
            if not st:
                self._fail(lu, "unknown struct '%s'" % sname)
            if not isinstance(items, list):
                self._fail(lu, "%s: a list of items" % sname)
            parsed = []
            for it in items:
                kind = it.get("kind")
                base = int(it.get("base", 0))
                at = self._int_field(st, it.get("at"), it, "at")
                ln = self._int_field(st, it.get("len"), it, "len")
                x = Obj(kind=kind, name=it.get("name") or kind, at=at, len=ln, base=base, line=it.line)
                if kind == "frame":
                    x.dissector = it.get("dissector")
                    if not isinstance(x.dissector, str):
                        self._fail(it, "frame: dissector names a Wireshark dissector")
                elif kind == "list":
                    e = s.struct_by_name.get(it.get("entry"))
                    if not e:
                        self._fail(it, "list: entry must name a struct")
                    x.entry = e
                    x.next = self._int_field(e, it.get("next"), it, "next")
                    x.value = self._int_field(e, it.get("value"), it, "value")
                    x.type = self._bit(e, it.get("type"), it, "type")
                    x.skip = self._bit(e, it["skip_if"], it, "skip_if") if "skip_if" in it else None
                    en = s.enum_by_name.get(it.get("type_enum"))
                    if not en:
                        self._fail(it, "list: type_enum must name an enum")
                    x.enum = en
                    vals = {v.name: v.value for v in en.values}
                    x.values = []
                    for k, v in (it.get("values") or {}).items():
                        if k not in vals:
                            self._fail(it, "list: '%s' is not a value of %s" % (k, en.name))
                        byd = v if isinstance(v, dict) else {"both": v}
                        for d, sn in byd.items():
                            if d not in ("both", "to_host", "to_guest") or sn not in s.struct_by_name:
                                self._fail(it, "list: %s: want a struct or {to_host: S, to_guest: S}" % k)
                            x.values.append((vals[k], d, s.struct_by_name[sn]))
                else:
                    self._fail(it, "kind is list or frame")
                parsed.append(x)
            out[sname] = parsed
        return out

    def declare_payloads(self):
        p = self.p
        for sname, items in sorted(self.payloads.items()):
            for x in items:
                self.fields.append(("F._pl_%s_%s" % (sname, x.name),
                                    "ProtoField.none(%s, %s)" % (lstr("%s.%s.%s" % (p, sname, x.name)),
                                                                lstr(x.name))))
                if x.kind == "list":
                    self.fields.append(("F._pl_%s_%s_type" % (sname, x.name),
                                        "ProtoField.uint32(%s, %s, base.DEC, %s)"
                                        % (lstr("%s.%s.%s.type" % (p, sname, x.name)), lstr(x.type[1].name),
                                           self.valstring(x.enum))))

    def payload_fn(self, sname, items):
        o = self.o
        need = max(max(x.at.offset + x.at.size, x.len.offset + x.len.size) for x in items)
        o.append("-- what a %s carries past its header (lua.payloads in %s)" % (sname, self.s.relname))
        o.append("local payload_dis = {}")
        o.append("local function payload_%s(buf, pinfo, root, t, len)" % sname)
        o.append("\tif len < %d then return end" % need)
        for x in items:
            o.append("\tdo")
            o.append("\t\tlocal at = %d + %s" % (x.base, self.reader(x.at.type, x.at.offset).replace("off + ", "")))
            o.append("\t\tlocal n = %s" % self.reader(x.len.type, x.len.offset).replace("off + ", ""))
            o.append("\t\tif at + n > len then n = len - at end  -- cut by the trace's snap length")
            o.append("\t\tif n > 0 and at < len then")
            if x.kind == "frame":
                o.append("\t\t\tlocal d = payload_dis[%s]" % lstr(x.dissector))
                o.append("\t\t\tif d == nil then")
                o.append("\t\t\t\tlocal ok, r = pcall(Dissector.get, %s)" % lstr(x.dissector))
                o.append("\t\t\t\td = ok and r or false")
                o.append("\t\t\t\tpayload_dis[%s] = d" % lstr(x.dissector))
                o.append("\t\t\tend")
                o.append("\t\t\tt:add(F._pl_%s_%s, buf(at, n)):append_text(\" (\" .. n .. \" bytes, %s)\")"
                         % (sname, x.name, x.dissector))
                o.append("\t\t\tif d then d:call(buf(at, n):tvb(), pinfo, root) end")
            else:
                e, (tf, tb) = x.entry, x.type
                o.append("\t\t\tlocal lt = t:add(F._pl_%s_%s, buf(at, n))" % (sname, x.name))
                o.append("\t\t\tlocal pos, stop = at, at + n")
                o.append("\t\t\twhile pos + %d <= stop do" % e.size)
                o.append("\t\t\t\tlocal size = buf(pos + %d, %d):le_uint()" % (x.next.offset, x.next.size))
                o.append("\t\t\t\tlocal esz = size")
                o.append("\t\t\t\tif esz < %d or pos + esz > stop then esz = stop - pos end" % e.size)
                o.append("\t\t\t\tlocal et = lt:add(F._pl_%s_%s_type, buf(pos + %d, %d), bit.band(bit.rshift("
                         "buf(pos + %d, %d):le_uint(), %d), 0x%x))"
                         % (sname, x.name, tf.offset, tf.size, tf.offset, tf.size, tb.shift, (1 << tb.width) - 1))
                o.append("\t\t\t\tet:set_len(esz)")
                o.append("\t\t\t\tdissect_%s(buf, et, pos, esz)" % e.name)
                o.append("\t\t\t\tlocal raw = buf(pos + %d, %d):le_uint()" % (tf.offset, tf.size))
                o.append("\t\t\t\tlocal ty = bit.band(bit.rshift(raw, %d), 0x%x)" % (tb.shift, (1 << tb.width) - 1))
                skip = "false"
                if x.skip:
                    sf, sb = x.skip
                    skip = "bit.band(bit.rshift(buf(pos + %d, %d):le_uint(), %d), 0x%x) ~= 0" % (
                        sf.offset, sf.size, sb.shift, (1 << sb.width) - 1)
                o.append("\t\t\t\tlocal vo = buf(pos + %d, %d):le_uint()" % (x.value.offset, x.value.size))
                o.append("\t\t\t\tif not (%s) and vo < esz then" % skip)
                first = True
                for val, d, vst in x.values:
                    cond = "ty == %d" % val
                    if d != "both":
                        cond += " and pinfo.private.pv_dir == %s" % lstr(d)
                    cond += " and vo + %d <= esz" % vst.size
                    o.append("\t\t\t\t\t%s %s then" % ("if" if first else "elseif", cond))
                    o.append("\t\t\t\t\t\tdissect_%s(buf, et, pos + vo, esz - vo)" % vst.name)
                    first = False
                if not first:
                    o.append("\t\t\t\t\tend")
                o.append("\t\t\t\tend")
                o.append("\t\t\t\tif size < %d then break end" % e.size)
                o.append("\t\t\t\tpos = pos + size")
                o.append("\t\t\tend")
            o.append("\t\tend")
            o.append("\tend")
        o.append("end\n")

    # --- lua.<direction>: what the bytes of a record in one direction are
    def dir_keys(self):
        s = self.s
        return [k for k in DIR_KEYS if s.lua and k in s.lua]

    def dir_fn(self, key):
        """lua.<key> (key: a pvtrace direction, DIR_KEYS) for records in that
        direction, either layouts picked by a type byte or one layout:
          {type_field: {offset, type, mask}, type_enum, layouts, ...}  (SCSI to_guest:
                                         the bytes of a storvsc completion are sense data)
          {layout: S, ...}               (NVMe from_device: every record is a CQE)
        and, for either, code: {name, hi, lo, enum} (two byte fields as one
        named value), status: {field, code, type, enums: {TYPE: enum}} (a
        code bit field named by the enum its type bit field picks: NVMe's
        SC by SCT) and info: [names] (fields or bits into the Info column)."""
        s, o = self.s, self.o
        tg = s.lua[key]
        lays, single = [], tg.get("layout")
        if single:
            if single not in s.struct_by_name:
                self._fail(tg, "layout: no struct %s" % single, key)
            lays.append((None, s.struct_by_name[single]))
            toff, mask = 0, 0
        else:
            tf = tg.get("type_field") or {}
            ttype, toff, mask = tf.get("type", "u8"), int(tf.get("offset", 0)), int(tf.get("mask", 0xFF))
            if ttype != "u8":
                self._fail(tg, "type_field: u8 only", key)
            en = s.enum_by_name.get(tg.get("type_enum"))
            if not en:
                self._fail(tg, "type_enum must name an enum", key)
            vals = {v.name: v.value for v in en.values}
            for k, sn in (tg.get("layouts") or {}).items():
                if k not in vals or sn not in s.struct_by_name:
                    self._fail(tg, "layouts: %s: %s" % (k, sn), key)
                lays.append((vals[k], s.struct_by_name[sn]))
        code = tg.get("code")
        cen = s.enum_by_name.get(code["enum"]) if code else None
        if code and not cen:
            self._fail(tg, "code.enum must name an enum", key)
        status = tg.get("status")
        info = list(tg.get("info") or [])
        o.append("-- what the bytes of a record going %s are (lua.%s in %s)"
                 % (key.replace("_", " "), key, s.relname))
        if code:
            o.append("local %s_code_names = %s" % (key, self.valstring(cen)))
        o.append("local function dissect_%s(buf, pinfo, t, len)" % key)
        if single:
            o.append("	local ty = nil")
        else:
            o.append("	if len < %d then return end" % (toff + 1))
            o.append("	local ty = bit.band(buf(%d, 1):uint(), 0x%x)" % (toff, mask))
        first = True
        for val, st in sorted(lays, key=lambda x: x[0] or 0):
            if single:
                o.append("	do")
                o.append("		pinfo.cols.info:append(%s)" % lstr(st.name.upper() + " "))
            else:
                o.append("	%s ty == %d then" % ("if" if first else "elseif", val))
            first = False
            o.append("		t:append_text(\", %s\")" % st.name)
            o.append("		dissect_%s(buf, t, 0, len)" % st.name)
            words = []
            for name in info:
                for f in st.fields:
                    hit = [b for b in f.bits if b.name == name]
                    if f.name == name and f.kind == "scalar" and not f.bits:
                        words.append((f, None, f.enum))
                    elif hit:
                        words.append((f, hit[0], hit[0].enum))
            if code:
                hi, lo = st.field_by_name.get(code["hi"]), st.field_by_name.get(code["lo"])
                if not hi or not lo:
                    self._fail(tg, "code: %s has no %s/%s" % (st.name, code["hi"], code["lo"]), key)
            if status:
                sf = st.field_by_name.get(status.get("field"))
                sbits = {b.name: b for b in (sf.bits if sf else [])}
                scb, stb = sbits.get(status.get("code")), sbits.get(status.get("type"))
                if not scb or not stb:
                    self._fail(tg, "status: %s has no field %s with bits %s and %s"
                               % (st.name, status.get("field"), status.get("code"), status.get("type")), key)
                ten = stb.enum or s.enum_by_name.get(status.get("type_enum", ""))
                if not ten:
                    self._fail(tg, "status: the type bits need an enum (type_enum)", key)
                tvals = {v.name: v.value for v in ten.values} if ten else {}
                picks = []
                for tn, en_name in (status.get("enums") or {}).items():
                    if tn not in tvals or en_name not in s.enum_by_name:
                        self._fail(tg, "status.enums: %s: %s (a value of the type's enum: an enum)"
                                   % (tn, en_name), key)
                    picks.append((tvals[tn], s.enum_by_name[en_name]))
            need = max([f.offset + f.size for f, _, _ in words] +
                       ([hi.offset + 1, lo.offset + 1] if code else []) +
                       ([sf.offset + sf.size] if status else []) + [1])
            o.append("\t\tif len >= %d then" % need)
            for f, b, enum in words:
                v = "buf(%d, %d):%suint()" % (f.offset, f.size, "" if f.type in BIG_ENDIAN else "le_")
                if b:
                    v = "bit.band(bit.rshift(%s, %d), 0x%x)" % (v, b.shift, (1 << b.width) - 1)
                o.append("\t\t\tdo")
                o.append("\t\t\t\tlocal v = %s" % v)
                if enum:
                    o.append("\t\t\t\tlocal nm = (%s)[v] or tostring(v)" % self.valstring(enum))
                else:
                    o.append("\t\t\t\tlocal nm = tostring(v)")
                o.append("\t\t\t\tpinfo.cols.info:append(%s .. nm .. \" \")" % lstr((b or f).name + " "))
                o.append("\t\t\tend")
            if code:
                o.append("\t\t\tlocal c = buf(%d, 1):uint() * 256 + buf(%d, 1):uint()" % (hi.offset, lo.offset))
                o.append("\t\t\tt:add(F._%s_code, buf(%d, %d), c)" % (key, min(hi.offset, lo.offset), 2))
                o.append("\t\t\tpinfo.cols.info:append(%s .. (%s_code_names[c] or string.format(\"0x%%04x\", c)) .. \" \")"
                         % (lstr(code["name"] + " "), key))
            if status:
                rd = "buf(%d, %d):%suint()" % (sf.offset, sf.size, "" if sf.type in BIG_ENDIAN else "le_")
                o.append("\t\t\tlocal sv = %s" % rd)
                o.append("\t\t\tlocal sc = bit.band(bit.rshift(sv, %d), 0x%x)" % (scb.shift, (1 << scb.width) - 1))
                o.append("\t\t\tlocal sct = bit.band(bit.rshift(sv, %d), 0x%x)" % (stb.shift, (1 << stb.width) - 1))
                o.append("\t\t\tlocal by = {%s}" % ", ".join("[%d] = %s" % (tv, self.valstring(en))
                                                          for tv, en in sorted(picks, key=lambda x: x[0])))
                o.append("\t\t\tlocal tn = (%s)[sct] or tostring(sct)" % self.valstring(ten))
                o.append("\t\t\tlocal cn = (by[sct] or {})[sc] or string.format(\"0x%02x\", sc)")
                o.append("\t\t\tlocal txt = cn .. \" (\" .. tn .. string.format(\", 0x%x%02x)\", sct, sc)")
                o.append("\t\t\tt:add(F._%s_status, buf(%d, %d), txt)" % (key, sf.offset, sf.size))
                o.append("\t\t\tpinfo.cols.info:append(%s .. txt .. \" \")" % lstr(status.get("name", "status") + " "))
            o.append("\t\tend")
        if single:
            o.append("\tend")
        elif not first:
            o.append("\telse")
            o.append("\t\tt:add_expert_info(PI_MALFORMED, PI_WARN, \"response code \" .. ty)")
            o.append("\tend")
        o.append("end\n")
        return True

    def emit(self):
        s, p = self.s, self.p
        enc = s.lua.get("encap") if s.lua else None
        msgs = s.msgs or s.lua_layouts
        tf = s.msg_type_field if s.msgs else getattr(s, "lua_type_field", None)
        for st in s.structs:
            self.declare(st)
        self.declare_payloads()
        for key in self.dir_keys():
            tg = s.lua[key]
            if tg.get("code") and s.enum_by_name.get(tg["code"].get("enum")):
                code = tg["code"]
                self.fields.append(("F._%s_code" % key, "ProtoField.uint16(%s, %s, base.HEX, %s)"
                                    % (lstr("%s.%s" % (p, code["name"])), lstr(code["name"]),
                                       self.valstring(s.enum_by_name[code["enum"]]))))
            if tg.get("status"):
                name = tg["status"].get("name", "status")
                self.fields.append(("F._%s_status" % key, "ProtoField.string(%s, %s)"
                                    % (lstr("%s.%s" % (p, name)), lstr(name))))
        if any(m.notes for m in msgs):
            self.fields.append(("F._note", "ProtoField.string(%s, \"note\")" % lstr(p + ".note")))
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
        sub_at = len(o)
        for st in s.structs:
            self.struct_fn(st)
        for sname, items in sorted(self.payloads.items()):
            self.payload_fn(sname, items)
        dirs = [k for k in self.dir_keys() if self.dir_fn(k)]
        if self.uses_sub:
            o[sub_at:sub_at] = [
                "-- bytes that are another protocol's message go to pv_<name>, found on first use",
                "local cur_pinfo",
                "local subs = {}",
                "local function subcall(name, tvb, tree)",
                "\tlocal d = subs[name]",
                "\tif d == nil then",
                "\t\tlocal ok, r = pcall(Dissector.get, \"pv_\" .. name)",
                "\t\td = ok and r or false",
                "\t\tsubs[name] = d",
                "\tend",
                "\tif d and cur_pinfo then d:call(tvb, cur_pinfo, tree) end",
                "end",
                "",
            ]
        glue = None
        if enc and "offer" in s.lua:
            glue = self.class_glue()
            o.append("local dispatch, dissectors\n")
            o.extend(glue[0])
        o.append("function proto.dissector(buf, pinfo, tree)")
        o.append("\tlocal len = buf:len()")
        if self.uses_sub:
            o.append("\tcur_pinfo = pinfo")
        o.append("\tpinfo.cols.protocol:set(%s)" % lstr(s.prefix.upper()))
        o.append("\tlocal t = tree:add(proto, buf())")
        for key in (dirs if msgs else []):
            o.append("\tif pinfo.private.pv_dir == %s then" % lstr(key))
            o.append("\t\tdissect_%s(buf, pinfo, t, len)" % key)
            o.append("\t\treturn")
            o.append("\tend")
        if msgs:
            o.append("\tif len < %d then return end" % (tf.offset + tf.size))
            o.append("\tlocal ty = buf(%d, %d):le_uint()" % (tf.offset, tf.size))
            first = True
            for m in msgs:
                o.append("\t%s ty == %d then" % ("if" if first else "elseif", m.type))
                first = False
                self.msg_branch(m, "\t\t")
            o.append("\telse")
            o.append("\t\tpinfo.cols.info:append(\"?(\" .. ty .. \") \")")
            if s.msgs:
                o.append("\t\tt:add_expert_info(PI_MALFORMED, PI_WARN, \"unknown type \" .. ty)")
            else:
                # layouts name only what we decode (SCSI: a vendor opcode is legal)
                o.append("\t\tt:add_expert_info(PI_UNDECODED, PI_NOTE, \"no layout for %s \" .. ty)"
                         % s.lua["type_enum"])
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
            if glue:
                o.append("\tif which == %d then learn_offer(buf, hl, len) end" % glue[1])
            o.append("\tif d then")
            o.append("\t\td:call(buf(hl):tvb(), pinfo, tree)")
            o.append("\telse")
            o.append("\t\tt:add_expert_info(PI_UNDECODED, PI_NOTE, \"no dissector for payload \" .. tostring(which))")
            o.append("\tend")
            if glue:
                o.append("\tif which == %d then ring_payload(buf, pinfo, tree, t, hl, len) end" % glue[2])
        else:
            st = s.structs[-1]
            o.append("\tdissect_%s(buf, t, 0, len)" % st.name)
        o.append("end")
        if enc:
            disp_enum = s.struct_by_name[s.lua["record"]].field_by_name[s.lua["dispatch"]].enum
            if not disp_enum:
                raise SpecError("%s:%d: lua.dispatch must name an enum field" % (s.relname, s.lua.line))
            # protocols reached through a channel class or another message's bytes
            reach = set(glue[3]) if glue else set()
            for x in self.specs:
                for st in x.structs:
                    reach |= {h.proto for f in st.fields if f.kind == "bytes" and f.lua not in (True, False)
                              for h in f.lua}
            have = {v.name.lower() for v in disp_enum.values}
            extra = sorted(reach - have)
            body = [
                "",
                "-- payload protocol id -> dissector name (the enum value's name, lower case)",
                "dispatch = {" + ", ".join("[%d] = %s" % (v.value, lstr(v.name.lower())) for v in disp_enum.values) + "}",
                "dissectors = {}",
                "local here = debug.getinfo(1, \"S\").source:match(\"^@(.*[/\\\\])\") or \"\"",
                "local function load(name)",
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
                "for _, name in pairs(dispatch) do",
                "\tload(name)",
                "end",
            ]
            if extra:
                body.append("-- protocols reached only through a channel class or another protocol's bytes")
                body.append("for _, name in ipairs({%s}) do" % ", ".join(lstr(x) for x in extra))
                body.append("\tload(name)")
                body.append("end")
            body += ["", "DissectorTable.get(\"wtap_encap\"):add(wtap.%s, proto)" % enc]
            if not glue:
                # dispatch/dissectors are upvalues of the dissector: declare them before it
                idx = o.index("function proto.dissector(buf, pinfo, tree)")
                o.insert(idx, "local dispatch, dissectors\n")
            if "dir" in s.lua:
                idx = o.index("function proto.dissector(buf, pinfo, tree)")
                denum = s.struct_by_name[s.lua["record"]].field_by_name[s.lua["dir"]].enum
                o.insert(idx, "-- record direction -> pinfo.private.pv_dir, which picks a message's dir variant\n"
                         "local dirnames = {" + ", ".join("[%d] = %s" % (v.value, lstr(v.name.lower()))
                                                         for v in denum.values) + "}\n")
            o.extend(body)
        return "\n".join(o) + "\n"


def proto_lua(spec, specs=()):
    """specs: every spec, for the trace-record dissector's class table."""
    return LuaEmitter(spec, specs).emit()
