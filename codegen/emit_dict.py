"""libFuzzer dictionaries: the wire values of one protocol (generated/dict/<prefix>.dict).

Each entry is a value a decoder of that protocol compares with, written the way
it appears on the wire: message type codes at the width of their table's type
field, versions, enum values and flag masks at the width of their type, named
constants that fit 32 bits, and class GUIDs in wire byte order.  A fuzz target
that speaks several protocols gets the union (tests/fuzz/CMakeLists.txt).
Duplicates (same bytes) are written once, under the first name.
"""

from pvspec import BIG_ENDIAN, SCALARS


def _bytes(value, type_name):
    nbytes, _, signed = SCALARS[type_name]
    value &= (1 << (8 * nbytes)) - 1
    order = "big" if type_name in BIG_ENDIAN else "little"
    return value.to_bytes(nbytes, order)


def _esc(data):
    return "".join("\\x%02x" % b for b in data)


def _width(value):
    """The narrowest of u8/u16/u32 that holds value (constants have no type)."""
    for t in ("u8", "u16", "u32"):
        if 0 <= value < 1 << (8 * SCALARS[t][0]):
            return t
    return None


def dict_text(s):
    entries = []
    seen = set()

    def add(name, data):
        # single zero bytes and all-zero words carry nothing a mutator lacks
        if data in seen or not any(data):
            return
        seen.add(data)
        entries.append((name, data))

    for tab in s.tables:
        for m in tab.msgs:
            add("%s_%s" % (tab.name, m.name.lower()), _bytes(m.type, tab.type_field.type))
    for v in s.versions:
        add("version_%s" % v.name.lower(), _bytes(v.value, "u32"))
    for c in s.classes:
        add("class_%s" % c.name.lower(), bytes(c.bytes))
    for e in s.enums:
        for v in e.values:
            add("%s_%s" % (e.name, v.name.lower()), _bytes(v.value, e.type))
    for fs in s.flagsets:
        for b in fs.bits:
            add("%s_%s" % (fs.name, b.name.lower()), _bytes(b.mask, fs.type))
    for c in s.constants:
        t = _width(c.value)
        if t and c.value > 0xFF:  # small constants are in every mutator's reach
            add("const_%s" % c.name.lower(), _bytes(c.value, t))
    out = ["# DO NOT EDIT: generated from %s by codegen/pvgen.py." % s.relname,
           "# libFuzzer dictionary of %s: %d wire values." % (s.title, len(entries))]
    out += ['%s="%s"' % (n, _esc(d)) for n, d in entries]
    return "\n".join(out) + "\n"
