"""Load and check a protocol spec (spec/<proto>.yaml) into a model.

Every error is reported as `spec/<file>.yaml:LINE: message` (SpecError) so a
broken spec points at the line to fix.  The format is documented in
spec/SCHEMA.md; keep the two in step.
"""

import math
import re

import yaml

SCALARS = {
    # name: (bytes, C type, signed)
    "u8": (1, "uint8_t", False),
    "u16": (2, "uint16_t", False),
    "u32": (4, "uint32_t", False),
    "u64": (8, "uint64_t", False),
    "i8": (1, "int8_t", True),
    "i16": (2, "int16_t", True),
    "i32": (4, "int32_t", True),
    "i64": (8, "int64_t", True),
    # big-endian on the wire (SCSI), host-endian once decoded
    "be16": (2, "uint16_t", False),
    "be24": (3, "uint32_t", False),
    "be32": (4, "uint32_t", False),
    "be64": (8, "uint64_t", False),
}
BIG_ENDIAN = {"be16", "be24", "be32", "be64"}
IDENT = re.compile(r"^[a-z][a-z0-9_]*$")
UIDENT = re.compile(r"^[A-Z][A-Z0-9_]*$")
DIRS = {"to_host": 1, "to_guest": 2, "both": 3}
ERRS = ["SHORT", "LONG", "ENUM", "RANGE", "RESERVED", "FLAGS", "CONST", "VERSION",
        "FEATURE", "DIRECTION", "COUNT"]


class SpecError(Exception):
    pass


# pvtrace's record directions (spec/pvtrace.yaml enum dir, lower case): a
# spec's lua.<direction> says what the bytes of a record going that way are.
LUA_DIRS = ("to_host", "to_guest", "to_device", "from_device")


class LDict(dict):
    """A mapping that remembers the line of itself and of each key."""
    line = 0
    klines = None


class LList(list):
    line = 0


class _Loader(yaml.SafeLoader):
    pass


def _map(loader, node):
    loader.flatten_mapping(node)
    d = LDict()
    d.line = node.start_mark.line + 1
    d.klines = {}
    for k, v in node.value:
        key = loader.construct_object(k, deep=True)
        if key in d:
            raise SpecError("%s:%d: duplicate key '%s'" % (loader.fname, k.start_mark.line + 1, key))
        d[key] = loader.construct_object(v, deep=True)
        d.klines[key] = v.start_mark.line + 1
    return d


def _seq(loader, node):
    lst = LList(loader.construct_object(c, deep=True) for c in node.value)
    lst.line = node.start_mark.line + 1
    return lst


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _seq)


class Ctx:
    """Error reporting for one spec file."""

    def __init__(self, fname):
        self.fname = fname

    def fail(self, where, msg, key=None):
        line = 0
        if isinstance(where, int):
            line = where
        elif isinstance(where, LDict):
            line = where.klines.get(key, where.line) if key else where.line
        elif isinstance(where, LList):
            line = where.line
        raise SpecError("%s:%d: %s" % (self.fname, line, msg))

    def need(self, d, key, kind=None):
        if not isinstance(d, LDict):
            self.fail(d, "expected a mapping")
        if key not in d:
            self.fail(d, "missing '%s'" % key)
        v = d[key]
        if kind is not None and not isinstance(v, kind):
            self.fail(d, "'%s' has the wrong type (%s)" % (key, type(v).__name__), key)
        return v

    def known(self, d, allowed):
        if not isinstance(d, LDict):
            self.fail(d, "expected a mapping")
        for k in d:
            if k not in allowed:
                self.fail(d, "unknown key '%s' (allowed: %s)" % (k, ", ".join(sorted(allowed))), k)

    def ident(self, d, key, upper=False):
        v = self.need(d, key, str)
        if not (UIDENT if upper else IDENT).match(v):
            self.fail(d, "'%s' is not a valid %s name" % (v, "UPPER_CASE" if upper else "lower_case"), key)
        return v

    def int_(self, d, key, lo=None, hi=None):
        v = self.need(d, key)
        if isinstance(v, bool) or not isinstance(v, int):
            self.fail(d, "'%s' must be an integer" % key, key)
        if (lo is not None and v < lo) or (hi is not None and v > hi):
            self.fail(d, "'%s' = %d out of range" % (key, v), key)
        return v

    def lst(self, d, key, required=False):
        if key not in d:
            if required:
                self.fail(d, "missing '%s'" % key)
            return LList()
        v = d[key]
        if not isinstance(v, list):
            self.fail(d, "'%s' must be a list" % key, key)
        return v


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def _fits(value, nbytes, signed):
    if signed:
        return -(1 << (8 * nbytes - 1)) <= value < (1 << (8 * nbytes - 1))
    return 0 <= value < (1 << (8 * nbytes))


GUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
EXPR_TOKEN = re.compile(r"\s*(?:(\d+|0x[0-9a-fA-F]+)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(==|!=|<=|>=|&&|\|\||[-+*/%<>()&|!]))")


def guid_bytes(text):
    """The 16 wire bytes of a GUID in its text form (first three groups little-endian)."""
    h = text.replace("-", "")
    b = bytes.fromhex(h)
    return list(b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:])


def parse_expr(cx, where, key, text, names):
    """Checks a tiny C-like expression over field names; returns its tokens."""
    pos = 0
    toks = []
    text = str(text)
    while pos < len(text):
        m = EXPR_TOKEN.match(text, pos)
        if not m or m.end() == pos:
            cx.fail(where, "bad expression '%s' near '%s'" % (text, text[pos:]), key)
        pos = m.end()
        if m.group(1):
            toks.append(("num", m.group(1)))
        elif m.group(2):
            if m.group(2) not in names:
                cx.fail(where, "expression '%s': unknown name '%s'" % (text, m.group(2)), key)
            toks.append(("id", m.group(2)))
        else:
            toks.append(("op", m.group(3)))
    if not toks:
        cx.fail(where, "empty expression", key)
    return toks


class Spec:
    """The checked model of one protocol."""

    def __init__(self, path, relname):
        self.relname = relname
        cx = self.cx = Ctx(relname)
        try:
            with open(path, encoding="utf-8") as f:
                _Loader.fname = relname
                doc = yaml.load(f, Loader=_Loader)
        except yaml.YAMLError as e:
            line = e.problem_mark.line + 1 if getattr(e, "problem_mark", None) else 0
            raise SpecError("%s:%d: YAML error: %s" % (relname, line, getattr(e, "problem", e)))
        if not isinstance(doc, LDict):
            raise SpecError("%s:1: a spec is a mapping" % relname)
        cx.known(doc, {"protocol", "prefix", "doc", "versions", "features", "constants", "enums",
                       "flagsets", "structs", "messages", "tables", "sessions", "lua", "classes",
                       "vmbus_class"})
        self.title = cx.need(doc, "protocol", str)
        self.prefix = cx.ident(doc, "prefix")
        self.P = self.prefix.upper()
        self.doc = doc.get("doc", "")
        self.lua = doc.get("lua", LDict())
        self.names = {}  # C-level identifiers, to catch clashes
        self._versions(doc)
        self._features(doc)
        self._constants(doc)
        self._enums(doc)
        self._flagsets(doc)
        self._structs(doc)
        self._messages(doc)
        self._sessions(doc)
        self._events()
        self._lua()
        self._classes(doc)
        self._vmbus_class(doc)

    # --- helpers -------------------------------------------------------
    def _claim(self, where, key, cname):
        if cname in self.names:
            self.cx.fail(where, "name %s already defined at line %d" % (cname, self.names[cname]), key)
        self.names[cname] = where.klines.get(key, where.line) if isinstance(where, LDict) else 0

    def _add(self, where, cname, o, items, by_name=None):
        """Claims the C name cname for o (defined at where), lists o in items and, given
        by_name, indexes it there by its name."""
        self._claim(where, "name", cname)
        items.append(o)
        if by_name is not None:
            by_name[o.name] = o

    def version_value(self, where, key):
        name = where[key]
        if name not in self.version_by_name:
            self.cx.fail(where, "unknown version '%s'" % name, key)
        return self.version_by_name[name]

    def feature_mask(self, where, key):
        v = where[key]
        names = v if isinstance(v, list) else [v]
        mask = 0
        for n in names:
            if n not in self.feature_by_name:
                self.cx.fail(where, "unknown feature '%s'" % n, key)
            mask |= 1 << self.feature_by_name[n].bit
        return mask

    def _gates(self, d):
        since = self.version_value(d, "since").value if "since" in d else 0
        until = self.version_value(d, "until").value if "until" in d else 0
        if since and until and until <= since:
            self.cx.fail(d, "'until' must be a later version than 'since'", "until")
        feats = self.feature_mask(d, "feature") if "feature" in d else 0
        return since, until, feats

    # --- sections ------------------------------------------------------
    def _lua(self):
        cx, lu = self.cx, self.lua
        self.lua_layouts = []
        if not lu:
            return
        cx.known(lu, {"encap", "record", "dispatch", "dir", "offer", "ring", "type_field", "type_enum",
                      "layouts", "payloads"} | set(LUA_DIRS))
        # payloads (what a message carries past its struct) and the record
        # directions (what the bytes of a record going that way are: sense
        # data to the guest, a CQE from an NVMe device): Wireshark only,
        # checked by emit_lua against the structs and enums they name
        for d in LUA_DIRS:
            if d in lu and "layouts" not in lu and not self.msgs:
                cx.fail(lu, "%s goes with layouts or a messages table" % d, d)
        if not set(lu) - {"payloads"} - set(LUA_DIRS):
            return
        if "layouts" in lu:
            self._lua_layouts(lu)
            if "encap" in lu:
                cx.fail(lu, "a trace-record spec (encap) takes no layouts", "layouts")
            return
        cx.need(lu, "encap", str)
        rec = cx.need(lu, "record", str)
        if rec not in self.struct_by_name:
            cx.fail(lu, "unknown struct '%s'" % rec, "record")
        fld = self.struct_by_name[rec].field_by_name.get(cx.need(lu, "dispatch", str))
        if not fld or not fld.enum:
            cx.fail(lu, "dispatch must name an enum field of the record", "dispatch")
        if "dir" in lu:
            fld = self.struct_by_name[rec].field_by_name.get(lu["dir"])
            if not fld or not fld.enum:
                cx.fail(lu, "dir must name an enum field of the record (values TO_HOST, TO_GUEST)", "dir")
        disp = {v.name for v in self.struct_by_name[rec].field_by_name[lu["dispatch"]].enum.values}
        # offer/ring name things in other specs: emit_lua resolves those
        # against the protocol the value names and reports what is missing
        if "offer" in lu:
            o = cx.need(lu, "offer", LDict)
            cx.known(o, {"proto", "message", "class", "relid"})
            for k in ("proto", "message", "class", "relid"):
                cx.need(o, k, str)
            if o["proto"] not in disp:
                cx.fail(o, "offer.proto must be a value of the dispatch enum", "proto")
        if "ring" in lu:
            r = cx.need(lu, "ring", LDict)
            cx.known(r, {"proto", "offset8", "channel", "trans_id"})
            cx.need(r, "offset8", str)
            ch = self.struct_by_name[rec].field_by_name.get(cx.need(r, "channel", str))
            if not ch or ch.kind != "scalar" or ch.elsize > 4:
                cx.fail(r, "ring.channel must name an integer field of the record (the relid)", "channel")
            if "trans_id" in r:
                tf = self.struct_by_name[rec].field_by_name.get(r["trans_id"])
                if not tf or tf.kind != "scalar":
                    cx.fail(r, "ring.trans_id must name an integer field of the record", "trans_id")
                if "dir" not in lu:
                    cx.fail(r, "ring.trans_id needs lua.dir (requests go to the host)", "trans_id")
            if cx.need(r, "proto", str) not in disp:
                cx.fail(r, "ring.proto must be a value of the dispatch enum", "proto")
            if "offer" not in lu:
                cx.fail(lu, "ring needs offer (the channel's class comes from its offer)", "ring")

    def _lua_layouts(self, lu):
        """Wireshark-only dispatch of a spec whose C side picks layouts by hand (SCSI CDBs)."""
        cx = self.cx
        tf = cx.need(lu, "type_field", LDict)
        cx.known(tf, {"offset", "type"})
        ttype = cx.need(tf, "type", str)
        if ttype not in ("u8", "u16", "u32"):
            cx.fail(tf, "type_field type must be u8, u16 or u32", "type")
        self.lua_type_field = Obj(offset=cx.int_(tf, "offset", 0), type=ttype, size=SCALARS[ttype][0])
        en = cx.need(lu, "type_enum", str)
        if en not in self.enum_by_name:
            cx.fail(lu, "unknown enum '%s'" % en, "type_enum")
        vals = {v.name: v.value for v in self.enum_by_name[en].values}
        lay = cx.need(lu, "layouts", LDict)
        for name, sname in lay.items():
            if name not in vals:
                cx.fail(lay, "'%s' is not a value of enum %s" % (name, en), name)
            if not isinstance(sname, str) or sname not in self.struct_by_name:
                cx.fail(lay, "unknown struct '%s'" % sname, name)
            st = self.struct_by_name[sname]
            if st.size < self.lua_type_field.offset + self.lua_type_field.size:
                cx.fail(lay, "struct %s is too short to hold the type field" % sname, name)
            self.lua_layouts.append(Obj(name=name, type=vals[name], dir="both", doc="", line=lay.line,
                                        variants=[Obj(struct=st, select=None, since=0, features=0,
                                                      dir=None, doc="")],
                                        reply=None, notes=[], replies=[]))
        self.lua_layouts.sort(key=lambda x: x.type)

    def _classes(self, doc):
        """`classes`: VMBus device classes (interface GUIDs) named by this spec."""
        cx = self.cx
        self.classes = []
        seen = set()
        for c in cx.lst(doc, "classes"):
            cx.known(c, {"name", "guid", "label", "doc"})
            o = Obj(name=cx.ident(c, "name", True), guid=cx.need(c, "guid", str), label=cx.need(c, "label", str),
                    doc=c.get("doc", ""), line=c.line)
            if not GUID_RE.match(o.guid):
                cx.fail(c, "'%s' is not a GUID (8-4-4-4-12 lower-case hex)" % o.guid, "guid")
            if not IDENT.match(o.label):
                cx.fail(c, "label '%s' must be lower_case (it names the class in configs and traces)"
                        % o.label, "label")
            if o.guid in seen:
                cx.fail(c, "class %s listed twice" % o.guid, "guid")
            seen.add(o.guid)
            o.bytes = guid_bytes(o.guid)
            self._claim(c, "name", "%s_CLASS_%s" % (self.P, o.name))
            self.classes.append(o)
        self.class_by_name = {c.name: c for c in self.classes}

    def _vmbus_class(self, doc):
        cx = self.cx
        self.vmbus_class = []
        for g in cx.lst(doc, "vmbus_class"):
            if isinstance(g, str) and g in self.class_by_name:
                g = self.class_by_name[g].guid
            elif not isinstance(g, str) or not GUID_RE.match(g):
                cx.fail(doc, "vmbus_class: '%s' is not a GUID (8-4-4-4-12 lower-case hex) nor a name under "
                        "classes" % g, "vmbus_class")
            self.vmbus_class.append(g)
        if self.vmbus_class and not (self.msgs or self.lua_layouts):
            cx.fail(doc, "vmbus_class needs a messages table to dissect the ring payload", "vmbus_class")

    def _versions(self, doc):
        cx = self.cx
        self.versions = []
        self.version_by_name = {}
        last = -1
        for v in cx.lst(doc, "versions"):
            cx.known(v, {"name", "value", "label", "doc"})
            o = Obj(name=cx.ident(v, "name", True), value=cx.int_(v, "value", 1, 0xFFFFFFFF),
                    label=str(v.get("label", "")), doc=v.get("doc", ""), line=v.line)
            if o.value <= last:
                cx.fail(v, "versions must be listed oldest first with increasing values", "value")
            last = o.value
            self._add(v, "%s_VERSION_%s" % (self.P, o.name), o, self.versions, self.version_by_name)

    def _features(self, doc):
        cx = self.cx
        self.features = []
        self.feature_by_name = {}
        bits = set()
        for v in cx.lst(doc, "features"):
            cx.known(v, {"name", "bit", "doc", "since"})
            o = Obj(name=cx.ident(v, "name", True), bit=cx.int_(v, "bit", 0, 63), doc=v.get("doc", ""),
                    since=self.version_value(v, "since").value if "since" in v else 0)
            if o.bit in bits:
                cx.fail(v, "feature bit %d used twice" % o.bit, "bit")
            bits.add(o.bit)
            self._add(v, "%s_FEATURE_%s" % (self.P, o.name), o, self.features, self.feature_by_name)

    def _constants(self, doc):
        cx = self.cx
        self.constants = []
        for v in cx.lst(doc, "constants"):
            cx.known(v, {"name", "value", "doc"})
            o = Obj(name=cx.ident(v, "name", True), value=cx.int_(v, "value"), doc=v.get("doc", ""))
            self._add(v, "%s_%s" % (self.P, o.name), o, self.constants)

    def _enums(self, doc):
        cx = self.cx
        self.enums = []
        self.enum_by_name = {}
        for e in cx.lst(doc, "enums"):
            cx.known(e, {"name", "type", "values", "doc"})
            name = cx.ident(e, "name")
            t = cx.need(e, "type", str)
            if t not in SCALARS:
                cx.fail(e, "enum type must be an integer type", "type")
            nbytes, _, signed = SCALARS[t]
            vals = []
            seen_v, seen_n = {}, set()
            for v in cx.lst(e, "values", True):
                cx.known(v, {"name", "value", "doc"})
                o = Obj(name=cx.ident(v, "name", True), value=cx.int_(v, "value"), doc=v.get("doc", ""))
                if signed and _fits(o.value, nbytes, False) and not _fits(o.value, nbytes, True):
                    o.value -= 1 << (8 * nbytes)  # 0xC0000001 written for an i32 status
                if not _fits(o.value, nbytes, signed):
                    cx.fail(v, "value %d does not fit %s" % (o.value, t), "value")
                if o.name in seen_n:
                    cx.fail(v, "enum value name '%s' used twice" % o.name, "name")
                if o.value in seen_v:
                    cx.fail(v, "enum value %d used twice (also %s)" % (o.value, seen_v[o.value]), "value")
                seen_n.add(o.name)
                seen_v[o.value] = o.name
                o.u32 = o.value & 0xFFFFFFFF
                self._add(v, "%s_%s_%s" % (self.P, name.upper(), o.name), o, vals)
            o = Obj(name=name, type=t, values=vals, doc=e.get("doc", ""), line=e.line)
            self._add(e, "enum:" + name, o, self.enums, self.enum_by_name)

    def _flagsets(self, doc):
        cx = self.cx
        self.flagsets = []
        self.flagset_by_name = {}
        for e in cx.lst(doc, "flagsets"):
            cx.known(e, {"name", "type", "bits", "doc"})
            name = cx.ident(e, "name")
            t = cx.need(e, "type", str)
            if t not in SCALARS or SCALARS[t][2]:
                cx.fail(e, "flag set type must be an unsigned integer type", "type")
            bits = []
            mask = 0
            for v in cx.lst(e, "bits", True):
                cx.known(v, {"name", "mask", "doc"})
                o = Obj(name=cx.ident(v, "name", True), mask=cx.int_(v, "mask", 1), doc=v.get("doc", ""))
                if o.mask & mask:
                    cx.fail(v, "flag mask 0x%x overlaps another flag" % o.mask, "mask")
                if not _fits(o.mask, SCALARS[t][0], False):
                    cx.fail(v, "flag mask 0x%x does not fit %s" % (o.mask, t), "mask")
                mask |= o.mask
                self._add(v, "%s_%s_%s" % (self.P, name.upper(), o.name), o, bits)
            o = Obj(name=name, type=t, bits=bits, mask=mask, doc=e.get("doc", ""))
            self._add(e, "flags:" + name, o, self.flagsets, self.flagset_by_name)

    def _structs(self, doc):
        cx = self.cx
        self.structs = []
        self.struct_by_name = {}
        for s in cx.lst(doc, "structs"):
            self._struct(s)

    def _field(self, st, f):
        cx = self.cx
        cx.known(f, {"name", "type", "offset", "size", "count", "enum", "flags", "range", "const",
                     "reserved", "since", "until", "feature", "bits", "raw", "doc", "lua"})
        o = Obj(name=cx.ident(f, "name"), type=cx.need(f, "type", str), offset=cx.int_(f, "offset", 0),
                doc=f.get("doc", ""), line=f.line, src=f, bits=[], raw=bool(f.get("raw", False)),
                enum=None, flags=None, range=None, const=None, reserved=f.get("reserved"),
                count=f.get("count"), struct=None, lua=f.get("lua", True),
                be=f.get("type") in BIG_ENDIAN)
        t = o.type
        if t in SCALARS:
            o.kind = "scalar"
            o.elsize = SCALARS[t][0]
            o.ctype = SCALARS[t][1]
        elif t == "guid":
            o.kind = "guid"
            o.elsize = 16
        elif t == "bytes":
            o.kind = "bytes"
            o.elsize = cx.int_(f, "size", 1)
        elif t in self.struct_by_name:
            o.kind = "struct"
            o.struct = self.struct_by_name[t]
            if o.struct.tail or o.struct.opaque_rest:
                cx.fail(f, "struct '%s' has a variable part and cannot be nested" % t, "type")
            o.elsize = o.struct.size
        else:
            cx.fail(f, "unknown type '%s' (structs must be declared before use)" % t, "type")
        if o.count is not None:
            if o.kind not in ("scalar", "struct"):
                cx.fail(f, "'count' is for integer or struct arrays", "count")
            o.count = cx.int_(f, "count", 1, 4096)
        n = o.count or 1
        o.size = o.elsize * n
        if "size" in f and o.kind != "bytes" and f["size"] != o.size:
            cx.fail(f, "declared size %s disagrees with the type's size %d" % (f["size"], o.size), "size")
        if "enum" in f:
            if f["enum"] not in self.enum_by_name:
                cx.fail(f, "unknown enum '%s'" % f["enum"], "enum")
            o.enum = self.enum_by_name[f["enum"]]
        if "flags" in f:
            if f["flags"] not in self.flagset_by_name:
                cx.fail(f, "unknown flag set '%s'" % f["flags"], "flags")
            o.flags = self.flagset_by_name[f["flags"]]
        if "range" in f:
            r = f["range"]
            if not (isinstance(r, list) and len(r) == 2 and all(isinstance(x, int) for x in r) and r[0] <= r[1]):
                cx.fail(f, "'range' must be [min, max] with min <= max", "range")
            o.range = (r[0], r[1])
        if "const" in f:
            o.const = cx.int_(f, "const")
        if o.reserved not in (None, "zero", "ignore"):
            cx.fail(f, "'reserved' must be zero or ignore", "reserved")
        if (o.enum or o.flags or o.range or o.const is not None or o.reserved == "zero" or "bits" in f) \
                and (o.kind != "scalar" or o.count):
            if not (o.reserved == "zero" and o.kind in ("bytes", "scalar")):
                cx.fail(f, "validation applies to single integer fields only", "name")
        checks = [x for x in (o.enum, o.flags, o.range, o.const) if x is not None]
        if len(checks) > 1:
            cx.fail(f, "give at most one of enum, flags, range, const", "name")
        o.since, o.until, o.features = self._gates(f)
        if "bits" in f:
            used = 0
            w = 8 * o.elsize
            for b in cx.lst(f, "bits", True):
                cx.known(b, {"name", "shift", "width", "enum", "range", "doc", "since", "until", "feature"})
                bo = Obj(name=cx.ident(b, "name"), shift=cx.int_(b, "shift", 0, w - 1),
                         width=cx.int_(b, "width", 1, w), doc=b.get("doc", ""), enum=None, range=None)
                if bo.shift + bo.width > w:
                    cx.fail(b, "bits %d..%d do not fit a %d-bit field" % (bo.shift, bo.shift + bo.width - 1, w), "width")
                m = ((1 << bo.width) - 1) << bo.shift
                if m & used:
                    cx.fail(b, "bit subfield '%s' overlaps another" % bo.name, "shift")
                used |= m
                bo.mask = m
                bo.ctype = "uint64_t" if bo.width > 32 else "uint32_t" if bo.width > 16 else \
                    "uint16_t" if bo.width > 8 else "uint8_t"
                if "enum" in b:
                    if b["enum"] not in self.enum_by_name:
                        cx.fail(b, "unknown enum '%s'" % b["enum"], "enum")
                    bo.enum = self.enum_by_name[b["enum"]]
                if "range" in b:
                    r = b["range"]
                    if not (isinstance(r, list) and len(r) == 2 and r[0] <= r[1]):
                        cx.fail(b, "'range' must be [min, max]", "range")
                    bo.range = tuple(r)
                bo.since, bo.until, bo.features = self._gates(b)
                o.bits.append(bo)
            o.bits_mask = used
        return o

    def _field_lua(self, st, f):
        """`lua: false` hides a field; `lua: {proto, len, dir}` (or a list of
        them, one per direction) hands its bytes to pv_<proto>."""
        cx, lu = self.cx, f.lua
        if isinstance(lu, bool):
            return
        if isinstance(lu, list):
            handoffs = []
            for x in lu:
                f.lua = x
                self._field_lua(st, f)
                handoffs += f.lua
            f.lua = handoffs
            return
        if not isinstance(lu, LDict):
            cx.fail(f.src, "'lua' is false, {proto, len, dir} or a list of those", "lua")
        cx.known(lu, {"proto", "len", "dir"})
        if lu.get("dir") not in (None, "to_host", "to_guest"):
            cx.fail(lu, "lua.dir is to_host or to_guest (only records in that direction)", "dir")
        if f.kind != "bytes":
            cx.fail(f.src, "lua.proto is for bytes fields", "lua")
        if not IDENT.match(str(cx.need(lu, "proto", str))):
            cx.fail(lu, "lua.proto is a spec prefix", "proto")
        if "len" in lu:
            g = st.field_by_name.get(lu["len"])
            if not g or g.kind != "scalar" or g.count or g.elsize > 4 or g.offset >= f.offset:
                cx.fail(lu, "lua.len must name an integer field (up to 32 bits) before this one", "len")
        f.lua = [Obj(proto=lu["proto"], len=st.field_by_name[lu["len"]] if "len" in lu else None,
                     dir=lu.get("dir"))]

    def _struct(self, s):
        cx = self.cx
        cx.known(s, {"name", "size", "fields", "tail", "doc", "checks", "rest", "min_size", "offsets"})
        name = cx.ident(s, "name")
        if name in self.struct_by_name:
            cx.fail(s, "struct '%s' defined twice" % name, "name")
        size = cx.int_(s, "size", 0)
        st = Obj(name=name, size=size, fields=[], tail=None, doc=s.get("doc", ""), line=s.line,
                 checks=[], opaque_rest=False, offsets=bool(s.get("offsets", False)))
        rest = s.get("rest")
        if rest not in (None, "opaque"):
            cx.fail(s, "'rest' can only be 'opaque'", "rest")
        st.opaque_rest = rest == "opaque"
        seen = set()
        for f in cx.lst(s, "fields"):
            o = self._field(st, f)
            if o.name in seen:
                cx.fail(f, "field '%s' defined twice" % o.name, "name")
            seen.add(o.name)
            for b in o.bits:
                if b.name in seen and b.name != o.name:
                    cx.fail(f, "bit subfield name '%s' clashes with a field" % b.name, "bits")
                seen.add(b.name)
            st.fields.append(o)
        # layout: every byte covered exactly once, in order
        pos = 0
        for o in sorted(st.fields, key=lambda x: x.offset):
            if o.offset < pos:
                cx.fail(o.src, "field '%s' at offset %d overlaps the previous field (which ends at %d)"
                        % (o.name, o.offset, pos), "offset")
            if o.offset > pos:
                cx.fail(o.src, "gap of %d bytes before field '%s' at offset %d: declare it as a reserved field"
                        % (o.offset - pos, o.name, o.offset), "offset")
            pos = o.offset + o.size
        if pos != size:
            cx.fail(s, "fields end at offset %d but the struct's size is %d" % (pos, size), "size")
        if [f.name for f in st.fields] != [f.name for f in sorted(st.fields, key=lambda x: x.offset)]:
            cx.fail(s, "list fields in offset order", "fields")
        if "tail" in s:
            st.tail = self._tail(st, s["tail"])
        st.min_size = size
        if "min_size" in s:
            self._min_size(st, s)
        st.field_by_name = {f.name: f for f in st.fields}
        for f in st.fields:
            self._field_lua(st, f)
        names = set(seen) | {"_len", "_tail_end"}
        if st.tail:
            names.add(st.tail.name + "_count")
        for f in st.fields:
            if f.kind == "struct" and not f.count:
                for g in f.struct.fields:
                    if g.kind == "scalar" and not g.count:
                        names.add("%s.%s" % (f.name, g.name))
        for c in cx.lst(s, "checks"):
            cx.known(c, {"expr", "err", "doc"})
            err = cx.need(c, "err", str)
            if err not in ERRS:
                cx.fail(c, "err must be one of %s" % ", ".join(ERRS), "err")
            st.checks.append(Obj(toks=parse_expr(cx, c, "expr", c.get("expr"), names), err=err,
                                 text=str(c["expr"]), doc=c.get("doc", "")))
        self.structs.append(st)
        self.struct_by_name[name] = st
        self._claim(s, "name", "struct:" + name)
        self._claim(s, "name", "%s_%s_SIZE" % (self.P, name.upper()))
        if st.tail:
            for suf in ("OFFSET", "MAX", "MAX_PFNS"):
                self._claim(s, "tail", "%s_%s_%s_%s" % (self.P, name.upper(), st.tail.name.upper(), suf))
        for f in st.fields:
            for b in f.bits:
                for suf in ("SHIFT", "MASK"):
                    self._claim(f.src, "bits", "%s_%s_%s_%s" % (self.P, name.upper(), b.name.upper(), suf))
            if st.offsets:
                self._claim(f.src, "name", "%s_%s_%s_OFFSET" % (self.P, name.upper(), f.name.upper()))

    def _min_size(self, st, s):
        """min_size: a shorter buffer (an older revision) decodes with the tail end zeroed,
        so every field past min_size must accept zero."""
        cx = self.cx
        ms = cx.int_(s, "min_size", 1)
        if ms >= st.size:
            cx.fail(s, "min_size %d must be below the struct's size %d" % (ms, st.size), "min_size")
        if st.size > 256:
            cx.fail(s, "min_size is for structs of up to 256 bytes (PV_MIN_SIZE_STRUCT_MAX)", "min_size")
        if st.tail or st.opaque_rest:
            cx.fail(s, "min_size is for fixed structs (no tail, no rest: opaque)", "min_size")
        if not any(f.offset == ms for f in st.fields):
            cx.fail(s, "min_size %d must fall on a field boundary" % ms, "min_size")
        for f in st.fields:
            if f.offset < ms:
                continue
            for o in [f] + f.bits:
                bad = None
                if getattr(o, "const", None) not in (None, 0):
                    bad = "const %d" % o.const
                elif o.range and not o.range[0] <= 0 <= o.range[1]:
                    bad = "range %s" % list(o.range)
                elif o.enum and not any(v.value == 0 for v in o.enum.values):
                    bad = "enum %s (no zero value)" % o.enum.name
                if bad:
                    cx.fail(f.src, "field '%s' lies past min_size %d, so it must accept zero, but has %s"
                            % (o.name, ms, bad), "name")
        st.min_size = ms

    def _tail(self, st, t):
        cx = self.cx
        cx.known(t, {"name", "type", "offset", "count", "count_field", "max", "kind", "doc", "page_size",
                     "max_pfns"})
        o = Obj(name=cx.ident(t, "name"), offset=cx.int_(t, "offset", 0), max=cx.int_(t, "max", 1, 1 << 20),
                doc=t.get("doc", ""), kind=t.get("kind", "array"), count_field=None, line=t.line)
        if o.offset != st.size:
            cx.fail(t, "tail offset %d must equal the fixed part's size %d" % (o.offset, st.size), "offset")
        if o.kind not in ("array", "gpa_ranges"):
            cx.fail(t, "tail kind must be array or gpa_ranges", "kind")
        if "count_field" in t:
            cf = t["count_field"]
            match = [f for f in st.fields if f.name == cf and f.kind == "scalar" and not f.count]
            if not match:
                cx.fail(t, "count_field '%s' is not an integer field of this struct" % cf, "count_field")
            o.count_field = match[0]
            if "count" in t:
                cx.fail(t, "give count_field or count: rest, not both", "count")
        elif t.get("count") != "rest":
            cx.fail(t, "a tail needs count_field: <field> or count: rest", "name")
        if o.kind == "gpa_ranges":
            if not o.count_field:
                cx.fail(t, "gpa_ranges need a count_field", "kind")
            o.page_size = cx.int_(t, "page_size", 1) if "page_size" in t else 4096
            o.max_pfns = cx.int_(t, "max_pfns", 1, 1 << 20)
            o.elsize = 8
            o.type = None
            o.be = False
            return o
        ty = cx.need(t, "type", str)
        o.type = ty
        o.be = ty in BIG_ENDIAN
        if ty in SCALARS:
            o.ekind, o.elsize, o.ctype = "scalar", SCALARS[ty][0], SCALARS[ty][1]
        elif ty in self.struct_by_name and not self.struct_by_name[ty].tail:
            o.ekind, o.struct = "struct", self.struct_by_name[ty]
            o.elsize = o.struct.size
        else:
            cx.fail(t, "tail element type must be an integer or a fixed struct", "type")
        return o

    def _messages(self, doc):
        """`messages` (the table named msg) and `tables` (more tables, e.g. one per queue type)."""
        cx = self.cx
        self.tables = []
        if "messages" in doc:
            self.tables.append(self._table(doc["messages"], "msg", "messages"))
        for t in cx.lst(doc, "tables"):
            name = cx.ident(t, "name")
            if name == "msg":
                cx.fail(t, "the table named msg is the one under messages", "name")
            self.tables.append(self._table(t, name, "tables"))
        main = self.tables[0] if "messages" in doc else None
        # the `messages` table, as the Lua and doc emitters know it
        self.msgs = main.msgs if main else []
        self.msg_type_field = main.type_field if main else None
        self.msg_type_enum = main.type_enum if main else None
        self.msg_max = main.max if main else None
        self.msg_members = main.members if main else []

    def _table(self, m, tname, key):
        cx = self.cx
        cx.known(m, {"type_field", "type_enum", "max_len", "list", "session", "name", "doc"}
                 - ({"name"} if key == "messages" else set()))
        tab = Obj(name=tname, doc=m.get("doc", ""), line=m.line, session=m.get("session"),
                  cname="%s_%s" % (self.prefix, tname), src=m)
        self._claim(m, "name" if key == "tables" else "list", "struct:" + tname)
        tf = cx.need(m, "type_field", LDict)
        cx.known(tf, {"offset", "type"})
        ttype = cx.need(tf, "type", str)
        if ttype not in ("u8", "u16", "u32"):
            cx.fail(tf, "type_field type must be u8, u16 or u32", "type")
        tab.type_field = Obj(offset=cx.int_(tf, "offset", 0), type=ttype, size=SCALARS[ttype][0])
        tab.max = cx.int_(m, "max_len", 1) if "max_len" in m else None
        tab.type_enum = None
        if "type_enum" in m:
            if m["type_enum"] not in self.enum_by_name:
                cx.fail(m, "unknown enum '%s'" % m["type_enum"], "type_enum")
            tab.type_enum = self.enum_by_name[m["type_enum"]]
        msgs = tab.msgs = []
        seen_t, seen_n = {}, set()
        for e in cx.lst(m, "list", True):
            cx.known(e, {"name", "type", "struct", "dir", "since", "until", "feature", "variants",
                         "min_len", "max_len", "doc", "reply", "notes", "replies", "event"})
            name = cx.ident(e, "name", True)
            ty = cx.need(e, "type")
            if isinstance(ty, str):
                if not tab.type_enum:
                    cx.fail(e, "a symbolic type needs type_enum", "type")
                vals = {v.name: v.value for v in tab.type_enum.values}
                if ty not in vals:
                    cx.fail(e, "'%s' is not a value of enum %s" % (ty, tab.type_enum.name), "type")
                ty = vals[ty]
            elif isinstance(ty, bool) or not isinstance(ty, int) or not _fits(ty, tab.type_field.size, False):
                cx.fail(e, "type must be an integer that fits the type field", "type")
            if ty in seen_t:
                cx.fail(e, "message type %d used twice (also %s)" % (ty, seen_t[ty]), "type")
            if name in seen_n:
                cx.fail(e, "message name %s used twice" % name, "name")
            seen_t[ty] = name
            seen_n.add(name)
            d = cx.need(e, "dir", str)
            if d not in DIRS:
                cx.fail(e, "dir must be one of %s" % ", ".join(DIRS), "dir")
            since, until, feats = self._gates(e)
            variants = []
            if "variants" in e:
                if "struct" in e:
                    cx.fail(e, "give struct or variants, not both", "variants")
                for v in cx.lst(e, "variants", True):
                    cx.known(v, {"struct", "since", "feature", "select", "dir", "doc"})
                    variants.append(self._variant(v))
                if len(variants) < 2:
                    cx.fail(e, "variants need at least two entries", "variants")
                for v in variants[:-1]:
                    if v.select != "size" and not v.since and not v.features and not v.dir:
                        cx.fail(e, "every variant but the last needs select: size, since, feature or dir",
                                "variants")
                if variants[-1].dir:
                    cx.fail(e, "the last variant is the fallback and takes no dir", "variants")
                if any(v.dir for v in variants) and d != "both":
                    cx.fail(e, "a variant chosen by dir needs the message's dir: both", "dir")
            else:
                variants.append(self._variant(e, only_struct=True))
            for v in variants:
                if v.struct.size < tab.type_field.offset + tab.type_field.size:
                    cx.fail(e, "struct %s is too short to hold the type field" % v.struct.name, "name")
            vmin = min(v.min_len for v in variants)
            vmax = max(v.max_len for v in variants) if all(v.max_len is not None for v in variants) else None
            if tab.max is not None:
                vmax = min(vmax, tab.max) if vmax is not None else tab.max
            if "min_len" in e:
                vmin = cx.int_(e, "min_len", 0)
            if "max_len" in e:
                vmax = cx.int_(e, "max_len", 0)
            if vmax is not None and vmax < vmin:
                cx.fail(e, "max_len %d is below min_len %d" % (vmax, vmin), "name")
            reply, notes = self._msg_lua(e, d, variants)
            msgs.append(Obj(name=name, type=ty, dir=d, since=since, until=until, features=feats,
                            variants=variants, min_len=vmin, max_len=vmax, doc=e.get("doc", ""),
                            line=e.line, reply=reply, notes=notes, src=e, replies=[], events={},
                            slot=name.lower()))
        msgs.sort(key=lambda x: x.type)
        for msg in msgs:
            self._msg_replies(msg, msgs)
        # union member names
        members = {}
        for msg in msgs:
            for v in msg.variants:
                members[v.struct.name] = v.struct
        tab.members = [members[k] for k in sorted(members)]
        return tab

    def _events(self):
        """`event:` on a message: the event it feeds to a session machine, or rules
        `[{when: expr, event: E}, ..., E]` choosing one by the message's fields."""
        cx = self.cx
        sess = {se.name: se for se in self.sessions}
        for tab in self.tables:
            if tab.session is not None and tab.session not in sess:
                cx.fail(tab.src, "unknown session '%s'" % tab.session, "session")
            default = tab.session or (self.sessions[0].name if self.sessions else None)
            for msg in tab.msgs:
                e = msg.src
                if "event" not in e:
                    continue
                ev = e["event"]
                if not isinstance(ev, LDict):
                    if default is None:
                        cx.fail(e, "event: this spec has no session", "event")
                    ev = {default: ev}
                for sname, rules in ev.items():
                    if sname not in sess:
                        cx.fail(e, "event: unknown session '%s'" % sname, "event")
                    se = sess[sname]
                    evs = {x.name: x for x in se.events}
                    rules = rules if isinstance(rules, list) else [rules]
                    out = []
                    for i, r in enumerate(rules):
                        when, rdir = None, None
                        if isinstance(r, LDict):
                            cx.known(r, {"when", "event", "dir"})
                            name = cx.need(r, "event", str)
                            if "when" in r:
                                when = parse_expr(cx, r, "when", r["when"], self._expr_names(msg.variants[-1].struct))
                            if "dir" in r:
                                rdir = r["dir"]
                                if rdir not in ("to_host", "to_guest"):
                                    cx.fail(r, "a rule's dir is to_host or to_guest", "dir")
                        elif isinstance(r, str):
                            name = r
                        else:
                            cx.fail(e, "event: a rule is an event name or {when, event}", "event")
                        if name not in evs:
                            cx.fail(e, "event: %s is not an event of session %s" % (name, sname), "event")
                        if when is None and rdir is None and i != len(rules) - 1:
                            cx.fail(e, "event: only the last rule may go without 'when' or 'dir'", "event")
                        out.append(Obj(when=when, dir=rdir, event=evs[name]))
                    msg.events[sname] = out
            tab.event_sessions = [se for se in self.sessions if any(se.name in m.events for m in tab.msgs)]
            tab.default_session = sess.get(default)

    @staticmethod
    def _expr_names(st):
        """Names an expression over a decoded struct may use: integer fields and bit
        subfields, and those of a nested struct as `field.sub`."""
        names = set()
        for f in st.fields:
            if f.kind == "scalar" and not f.count:
                if f.bits:
                    names.update(b.name for b in f.bits)
                    if f.raw:
                        names.add(f.name)
                else:
                    names.add(f.name)
            elif f.kind == "struct" and not f.count:
                names.update("%s.%s" % (f.name, g) for g in Spec._expr_names(f.struct))
        return names

    def _msg_lua(self, e, d, variants):
        """Wireshark-only message keys: `reply` (the layout of the peer's completion under the
        same type code) and `notes` (text items saying where the message's data went)."""
        cx = self.cx
        reply = None
        if "reply" in e:
            if d not in ("to_host", "to_guest"):
                cx.fail(e, "reply is for a message with one dir", "reply")
            sname = cx.need(e, "reply", str)
            if sname not in self.struct_by_name:
                cx.fail(e, "unknown struct '%s'" % sname, "reply")
            reply = self.struct_by_name[sname]
        notes = []
        st = variants[-1].struct
        ints = {f.name: f for f in st.fields if f.kind == "scalar" and not f.count and f.elsize <= 4}
        for n in cx.lst(e, "notes"):
            cx.known(n, {"dir", "when", "text"})
            o = Obj(dir=n.get("dir"), when=None, text=cx.need(n, "text", str), refs=[])
            if o.dir not in (None, "to_host", "to_guest"):
                cx.fail(n, "a note's dir is to_host or to_guest", "dir")
            if "when" in n:
                o.when = parse_expr(cx, n, "when", n["when"], set(ints))
                o.when = [(k, ints[v] if k == "id" else v) for k, v in o.when]
            for ref in re.findall(r"\{([^}]*)\}", o.text):
                if ref not in ints:
                    cx.fail(n, "note text: {%s} is not an integer field of %s" % (ref, st.name), "text")
                o.refs.append(ints[ref])
            notes.append(o)
        return reply, notes

    def _msg_replies(self, msg, msgs):
        """Wireshark-only `replies: {REQUEST: struct or [structs]}`: the layout of this message
        when it completes a request of that type (same channel and transaction id); of a list
        the first that fits the buffer, the last as fallback."""
        cx, e = self.cx, msg.src
        if "replies" not in e:
            return
        r = cx.need(e, "replies", LDict)
        names = {m.name: m for m in msgs}
        for req, sts in r.items():
            if req not in names:
                cx.fail(r, "replies: no message %s" % req, req)
            if names[req].dir == "to_guest" or msg.dir == "to_host":
                cx.fail(r, "replies: %s must be a guest request answered by the host" % req, req)
            sts = sts if isinstance(sts, list) else [sts]
            if not sts:
                cx.fail(r, "replies: %s names no struct" % req, req)
            out = []
            for sname in sts:
                if not isinstance(sname, str) or sname not in self.struct_by_name:
                    cx.fail(r, "unknown struct '%s'" % sname, req)
                out.append(self.struct_by_name[sname])
            msg.replies.append(Obj(request=names[req], structs=out))

    def _variant(self, v, only_struct=False):
        cx = self.cx
        sname = cx.need(v, "struct", str)
        if sname not in self.struct_by_name:
            cx.fail(v, "unknown struct '%s'" % sname, "struct")
        st = self.struct_by_name[sname]
        o = Obj(struct=st, select=None, since=0, features=0, dir=None, doc=v.get("doc", ""))
        if not only_struct:
            if "dir" in v:
                o.dir = v["dir"]
                if o.dir not in ("to_host", "to_guest"):
                    cx.fail(v, "a variant's dir is to_host or to_guest", "dir")
            o.select = v.get("select")
            if o.select not in (None, "size"):
                cx.fail(v, "select can only be 'size'", "select")
            o.since = self.version_value(v, "since").value if "since" in v else 0
            o.features = self.feature_mask(v, "feature") if "feature" in v else 0
        o.min_len = st.min_size
        if st.opaque_rest:
            o.max_len = None
        elif st.tail is None:
            o.max_len = st.size
        elif st.tail.kind == "gpa_ranges":
            o.max_len = None
        else:
            o.max_len = st.size + st.tail.max * st.tail.elsize
        return o

    def _sessions(self, doc):
        cx = self.cx
        self.sessions = []
        for s in cx.lst(doc, "sessions"):
            cx.known(s, {"name", "doc", "events", "actions", "grammar", "states"})
            name = cx.ident(s, "name")
            events = []
            evn = set()
            for i, e in enumerate(cx.lst(s, "events", True)):
                cx.known(e, {"name", "doc"})
                n = cx.ident(e, "name", True)
                if n in evn:
                    cx.fail(e, "event %s listed twice" % n, "name")
                evn.add(n)
                events.append(Obj(name=n, value=i + 1, doc=e.get("doc", "")))
            actions = []
            for a in cx.lst(s, "actions"):
                cx.known(a, {"name", "doc"})
                actions.append(Obj(name=cx.ident(a, "name"), doc=a.get("doc", "")))
            grammar = cx.need(s, "grammar", str)
            gline = s.klines["grammar"]
            for tok in re.findall(r"\b[A-Z][A-Z0-9_]*\b", grammar):
                if tok not in evn:
                    cx.fail(gline, "grammar uses unknown event %s" % tok)
            an = {a.name for a in actions}
            for tok in re.findall(r"[>@$%]([a-z_][a-z0-9_]*)", grammar):
                if tok not in an:
                    cx.fail(gline, "grammar uses undeclared action %s" % tok)
            if "main" not in grammar:
                cx.fail(gline, "grammar must define main")
            states = []
            for st in cx.lst(s, "states"):
                cx.known(st, {"name", "path", "doc"})
                path = cx.lst(st, "path", True)
                for ev in path:
                    if ev not in evn:
                        cx.fail(st, "unknown event %s in path" % ev, "path")
                states.append((cx.ident(st, "name"), list(path)))
            self._claim(s, "name", "session:" + name)
            self.sessions.append(Obj(name=name, doc=s.get("doc", ""), events=events, actions=actions,
                                     grammar=grammar, gline=gline, states=states))


def pages(offset, length, page):
    return int(math.ceil((offset + length) / page)) if length else 0
