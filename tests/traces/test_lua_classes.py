"""Tests of the Wireshark-only spec keys (spec/SCHEMA.md): vmbus_class, lua.offer /
lua.ring in a trace-record spec, lua.layouts, a bytes field's lua: {proto, len},
and a message's reply and notes.  A new VSP protocol plugs into the trace
dissector by its YAML alone; broken keys are reported as spec/<file>:LINE."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "codegen"))
from pvgen_case import SpecCase, refusal_tests  # noqa: E402

TRACE = """\
protocol: trace
prefix: tr
enums:
  - name: proto
    type: u8
    values:
      - {name: BUS, value: 1}
      - {name: RING, value: 2}
  - name: dir
    type: u8
    values:
      - {name: TO_HOST, value: 1}
      - {name: TO_GUEST, value: 2}
structs:
  - name: record
    size: 8
    rest: opaque
    fields:
      - {name: proto, type: u8, offset: 0, enum: proto}
      - {name: dir, type: u8, offset: 1, enum: dir}
      - {name: pad, type: u16, offset: 2}
      - {name: channel, type: u32, offset: 4}
lua:
  encap: USER0
  record: record
  dispatch: proto
  dir: dir
  offer: {proto: BUS, message: OFFER, class: if_type, relid: relid}
  ring: {proto: RING, offset8: desc.offset8, channel: channel, trans_id: pad}
"""

BUS = """\
protocol: bus
prefix: bus
structs:
  - name: offer
    size: 24
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: if_type, type: guid, offset: 4}
      - {name: relid, type: u32, offset: 20}
messages:
  type_field: {offset: 0, type: u32}
  list:
    - {name: OFFER, type: 1, struct: offer, dir: to_guest}
"""

RING = """\
protocol: ring
prefix: ring
structs:
  - name: desc
    size: 8
    rest: opaque
    fields:
      - {name: type, type: u16, offset: 0}
      - {name: offset8, type: u16, offset: 2}
      - {name: len8, type: u16, offset: 4}
      - {name: flags, type: u16, offset: 6}
messages:
  type_field: {offset: 0, type: u16}
  list:
    - {name: INBAND, type: 6, struct: desc, dir: both}
"""

VSP = """\
protocol: new vsp
prefix: nv
vmbus_class: [01234567-89ab-cdef-0123-456789abcdef]
structs:
  - name: req
    size: 12
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: count, type: u32, offset: 4}
      - {name: where, type: u32, offset: 8}
  - name: done
    size: 8
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: status, type: u32, offset: 4}
  - name: cmd
    size: 24
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: cmd_len, type: u8, offset: 4}
      - {name: pad, type: bytes, size: 3, offset: 5}
      - {name: cmd, type: bytes, size: 16, offset: 8, lua: {proto: op, len: cmd_len, dir: to_host}}
messages:
  type_field: {offset: 0, type: u32}
  list:
    - name: REQ
      type: 1
      struct: req
      dir: to_host
      reply: done
      notes:
        - {when: "where != 4294967295 && count > 0", text: "data in slot {where} ({count} bytes)"}
        - {dir: to_guest, text: "elsewhere"}
    - {name: CMD, type: 2, struct: cmd, dir: to_host}
    - {name: DONE, type: 3, struct: done, dir: to_guest, replies: {CMD: [cmd, done], REQ: req}}
"""

OPS = """\
protocol: opcodes
prefix: op
enums:
  - name: opcode
    type: u8
    values:
      - {name: READ, value: 0x28}
      - {name: WRITE, value: 0x2A}
structs:
  - name: rw
    size: 4
    fields:
      - {name: opcode, type: u8, offset: 0}
      - {name: lba, type: be24, offset: 1}
lua:
  type_field: {offset: 0, type: u8}
  type_enum: opcode
  layouts: {READ: rw, WRITE: rw}
"""


class LuaKeys(SpecCase):
    """Five spec files, any of which a test replaces before gen() writes them all."""

    def setUp(self):
        super().setUp()
        self.files = {"tr.yaml": TRACE, "bus.yaml": BUS, "ring.yaml": RING, "nv.yaml": VSP, "op.yaml": OPS}

    def write(self, name, text):
        self.files[name] = text

    def gen(self, sub="out"):
        for name, text in self.files.items():
            super().write(name, text)
        return super().gen(sub)

    def lua(self, p):
        return self.text_of("out/lua/%s.lua" % p)

    def test_new_protocol_plugs_in_by_yaml(self):
        self.gen_ok()
        tr = self.lua("tr")
        self.assertIn('local classes = {["01234567-89ab-cdef-0123-456789abcdef"] = "nv"}', tr)
        self.assertIn("if which == 1 then learn_offer(buf, hl, len) end", tr)
        self.assertIn("if which == 2 then ring_payload(buf, pinfo, tree, t, hl, len) end", tr)
        self.assertIn("if buf(hl + 0, 4):le_uint() ~= 1 then return end", tr)
        self.assertIn("local p = classes[guid_str(buf(hl + 4, 16))]", tr)
        self.assertIn("local relid = buf(hl + 20, 4):le_uint()", tr)
        self.assertIn("local o8 = buf(hl + 2, 2):le_uint()", tr)
        self.assertIn("local chan = buf(4, 4):le_uint()", tr)
        # reached only through a class or another protocol's bytes: loaded too
        self.assertIn('for _, name in ipairs({"nv", "op"}) do', tr)
        self.assertIn('pinfo.private.pv_dir = dirnames[buf(1, 1):le_uint()]', tr)
        self.assertIn('local typefield = {nv = {0, 4}}', tr)
        self.assertIn('local key = chan .. ":" .. buf(2, 2):le_uint()', tr)
        self.assertIn("answers[pinfo.number] = pending[key]", tr)

    def test_reply_notes_and_sub_protocol(self):
        self.assertEqual(self.gen().returncode, 0)
        nv = self.lua("nv")
        self.assertIn('if pinfo.private.pv_dir == "to_guest" then', nv)
        self.assertIn("dissect_done(buf, t, 0, len)", nv)
        self.assertIn('(buf(off + 8, 4):le_uint() ~= 4294967295 and buf(off + 4, 4):le_uint() > 0)', nv)
        self.assertIn('"data in slot " .. tostring(buf(off + 8, 4):le_uint()) .. " (" .. '
                      'tostring(buf(off + 4, 4):le_uint()) .. " bytes)"', nv)
        self.assertIn('elseif pinfo.private.pv_dir == "to_guest" then', nv)
        self.assertIn('subcall("op", buf(off + 8, n):tvb(), tree)', nv)
        self.assertIn("local n = buf(off + 4, 1):le_uint()", nv)
        self.assertIn("if n > 16 then n = 16 end", nv)
        self.assertIn('if n > 0 and cur_pinfo and cur_pinfo.private.pv_dir == "to_host" then', nv)
        self.assertIn('local rq = tonumber(pinfo.private.pv_request or "")', nv)
        self.assertIn("elseif rq == 1 then", nv)
        self.assertIn("if rq == 2 and len >= 24 then", nv)
        self.assertIn('t:append_text(" (reply to CMD)")', nv)
        op = self.lua("op")
        self.assertIn("local ty = buf(0, 1):le_uint()", op)
        self.assertIn('pinfo.cols.info:append("WRITE ")', op)


# Broken versions of the five specs: (test name, spec text, line of the error, what it says), by file.
refusal_tests(LuaKeys, [
    ("bad_class_guid", VSP.replace("01234567-89ab", "0123456-89ab"), 3, "not a GUID"),
    ("bad_lua_len", VSP.replace("len: cmd_len", "len: nope"), 22, "lua.len"),
    ("lua_proto_on_integer", VSP.replace("{name: where, type: u32, offset: 8}",
                                         "{name: where, type: u32, offset: 8, lua: {proto: op}}"), 10, "bytes fields"),
    ("note_unknown_field", VSP.replace("({count} bytes)", "({cnt} bytes)"), 32, r"\{cnt\}"),
    ("note_bad_expression", VSP.replace("count > 0", "cnt > 0"), 32, "unknown name 'cnt'"),
    ("reply_unknown_struct", VSP.replace("reply: done", "reply: gone"), 30, "unknown struct 'gone'"),
    ("replies_unknown_request", VSP.replace("REQ: req}}", "RQ: req}}"), 35, "no message RQ"),
    ("replies_to_a_host_message", VSP.replace("{name: CMD, type: 2, struct: cmd, dir: to_host}",
                                              "{name: CMD, type: 2, struct: cmd, dir: to_guest}"), 35, "guest request"),
    ("lua_dir", VSP.replace("dir: to_host}}", "dir: up}}"), 22, "lua.dir"),
], "nv.yaml")
refusal_tests(LuaKeys, [
    ("trans_id_needs_dir", TRACE.replace("  dir: dir\n", ""), 28, "needs lua.dir"),
    ("offer_unknown_message", TRACE.replace("message: OFFER,", "message: OFFR,"), 28, "no message OFFR"),
    ("ring_offset_field", TRACE.replace("desc.offset8", "desc.off8"), 29, "offset8"),
    ("ring_needs_offer", TRACE.replace("  offer: {proto: BUS, message: OFFER, class: if_type, relid: relid}\n", ""),
     28, "ring needs offer"),
], "tr.yaml")
refusal_tests(LuaKeys, [
    ("class_needs_messages",
     OPS.replace("prefix: op\n", "prefix: op\nvmbus_class: [01234567-89ab-cdef-0123-456789abcdef]\n")
     .replace("lua:\n  type_field: {offset: 0, type: u8}\n  type_enum: opcode\n  layouts: {READ: rw, WRITE: rw}\n", ""),
     3, "messages"),
    ("layout_unknown_value", OPS.replace("WRITE: rw}", "ERASE: rw}"), 18, "not a value of enum opcode"),
], "op.yaml")

if __name__ == "__main__":
    unittest.main()
