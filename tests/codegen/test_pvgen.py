"""Tests of codegen/pvgen.py: error reporting, layout checks, determinism, and
that a spec change reaches the generated C without hand-written changes."""
import os
import shutil
import subprocess
import sys
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pvgen_case import SRC, SpecCase, refusal_tests, run_gen  # noqa: E402

CC = os.environ.get("PV_CC") or shutil.which("cc") or "cc"

GOOD = """\
protocol: test
prefix: tp
versions:
  - {name: V1, value: 1}
  - {name: V2, value: 2}
enums:
  - name: kind
    type: u16
    values:
      - {name: A, value: 1}
      - {name: B, value: 2}
structs:
  - name: hdr
    size: 8
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: kind, type: u16, offset: 4, enum: kind}
      - {name: pad, type: u16, offset: 6, reserved: zero}
messages:
  type_field: {offset: 0, type: u32}
  list:
    - {name: PING, type: 1, struct: hdr, dir: to_host}
"""


STRICT = ["-Wshadow", "-Wstrict-prototypes", "-Wmissing-prototypes", "-Wconversion"]


def compile_and_run(test, out, prog_text, protos, flags=STRICT, srcs=None):
    """Builds prog_text against the generated C of protos (or the files srcs of out)
    with -Werror and flags; runs it and expects exit 0."""
    prog = os.path.join(test.tmp, "t.c")
    with open(prog, "w") as f:
        f.write(textwrap.dedent(prog_text))
    exe = os.path.join(test.tmp, "t")
    if srcs is None:
        srcs = ["pv_codec.c"] + ["%s_%s.c" % (p, kind) for p in protos for kind in ("codec", "names")]
    r = subprocess.run([CC, "-std=c11", "-D_GNU_SOURCE", "-Wall", "-Wextra", "-Werror"] + flags + ["-I", out, prog]
                       + [os.path.join(out, n) for n in srcs] + ["-o", exe], capture_output=True, text=True)
    if r.returncode != 0 and "not found" in r.stderr:
        test.skipTest("no C compiler")
    test.assertEqual(r.returncode, 0, r.stderr)
    r = subprocess.run([exe], capture_output=True, text=True)
    test.assertEqual(r.returncode, 0, r.stdout + r.stderr)


class Errors(SpecCase):
    def test_good_spec_builds(self):
        self.gen_ok("tp.yaml", GOOD)
        self.assertTrue(os.path.exists(os.path.join(self.tmp, "out", "tp_codec.c")))


def grammar(text):
    """GOOD with a session whose grammar is text."""
    return GOOD + "sessions:\n  - name: s\n    events: [{name: GO}]\n    grammar: |\n      %s\n" % text


# Broken versions of GOOD: (test name, spec text, line of the error, what it says).
refusal_tests(Errors, [
    ("unknown_key", GOOD.replace("offset: 4, enum: kind}", "offset: 4, enmu: kind}"), 17, "unknown key 'enmu'"),
    ("unknown_type", GOOD.replace("type: u32, offset: 0}", "type: u33, offset: 0}"), 16, "unknown type 'u33'"),
    ("overlap", GOOD.replace("{name: pad, type: u16, offset: 6", "{name: pad, type: u16, offset: 5"), 18,
     "overlaps"),
    ("gap", GOOD.replace("{name: kind, type: u16, offset: 4", "{name: kind, type: u8, offset: 4"), 18,
     "gap of 1 bytes"),
    ("size_mismatch", GOOD.replace("size: 8", "size: 12"), 14, "end at offset 8 but the struct's size is 12"),
    ("declared_size_disagrees", GOOD.replace("{name: pad, type: u16, offset: 6",
                                             "{name: pad, type: u16, size: 4, offset: 6"), 18,
     "declared size 4 disagrees"),
    ("duplicate_enum_value", GOOD.replace("{name: B, value: 2}", "{name: B, value: 1}"), 11, "used twice"),
    ("enum_value_too_big", GOOD.replace("{name: B, value: 2}", "{name: B, value: 70000}"), 11, "does not fit u16"),
    ("versions_out_of_order", GOOD.replace("{name: V2, value: 2}", "{name: V2, value: 1}"), 5, "oldest first"),
    ("unknown_version_gate", GOOD.replace("dir: to_host}", "dir: to_host, since: V9}"), 22,
     "unknown version 'V9'"),
    ("duplicate_message_type", GOOD + "    - {name: PONG, type: 1, struct: hdr, dir: to_guest}\n", 23,
     "used twice"),
    ("bad_direction", GOOD.replace("dir: to_host", "dir: sideways"), 22, "dir must be"),
    ("yaml_syntax", GOOD.replace("  - {name: V2, value: 2}", "  - {name: V2, value: 2"), 6, "YAML error"),
    ("bad_grammar_event", grammar("main := ( GO STOP )*;"), 26, "unknown event STOP"),
    ("ragel_error", grammar("main := ( GO ;"), 26, "ragel"),
    ("bad_check_expression", GOOD.replace("messages:", "    checks:\n      - {expr: \"nosuch > 1\", err: RANGE}\n"
                                          "messages:"), 20, "unknown name 'nosuch'"),
    ("tail_offset", GOOD.replace("messages:", "    tail: {name: t, type: u8, offset: 9, count: rest, max: 4}\n"
                                 "messages:"), 19, "tail offset 9 must equal"),
])


class Output(SpecCase):
    def test_deterministic(self):
        """Two runs over the real specs give byte-identical trees, with no paths or times."""
        shutil.rmtree(self.spec)
        shutil.copytree(os.path.join(SRC, "spec"), self.spec)
        r1 = run_gen(self.spec, os.path.join(self.tmp, "a"), os.path.join(self.tmp, "ad"))
        r2 = run_gen(self.spec, os.path.join(self.tmp, "b"), os.path.join(self.tmp, "bd"))
        self.assertEqual(r1.returncode, 0, r1.stderr)
        self.assertEqual(r2.returncode, 0, r2.stderr)
        for x, y in (("a", "b"), ("ad", "bd")):
            r = subprocess.run(["diff", "-r", os.path.join(self.tmp, x), os.path.join(self.tmp, y)],
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stdout[:2000])
        for dp, _, fns in os.walk(os.path.join(self.tmp, "a")):
            for fn in fns:
                with open(os.path.join(dp, fn), encoding="utf-8") as f:
                    text = f.read()
                self.assertNotIn(self.tmp, text, fn)
                self.assertNotIn(SRC, text, fn)
                self.assertIn("DO NOT EDIT: generated", text[:300], fn)

    def test_new_version_reaches_tables(self):
        """Adding a version and a message gated on it to a copy of vmbus.yaml
        changes the generated defines and dispatch table, and C compiled
        against the new output sees both; no hand-written C is touched."""
        with open(os.path.join(SRC, "spec", "vmbus.yaml")) as f:
            text = f.read()
        text = text.replace("\nfeatures:", '\n  - {name: V7_0, value: 0x00070000, label: "7.0"}\n\nfeatures:', 1)
        text = text.replace("      - {name: RESUME, value: 29}", "      - {name: RESUME, value: 29}\n"
                            "      - {name: TELEPORT, value: 30}", 1)
        text = text.rstrip("\n")
        idx = text.index("\nsessions:")
        text = (text[:idx] + "\n    - {name: TELEPORT, type: TELEPORT, struct: header_only, dir: to_host, since: V7_0}"
                + text[idx:] + "\n")
        self.write("vmbus.yaml", text)
        out = self.gen_ok()
        wire = self.text_of("out/vmbus_wire.h")
        self.assertIn("#define VMBUS_VERSION_V7_0 0x70000", wire)
        self.assertIn("#define VMBUS_VERSION_COUNT 12", wire)
        self.assertIn('{30, "TELEPORT", 8, 8, 0x70000, 0, 0, PV_DIR_TO_HOST,\n'
                      '\t offsetof(struct vmbus_msg_handlers, teleport), 33, 1},', self.text_of("out/vmbus_codec.c"))
        compile_and_run(self, out, """\
            #include <string.h>
            #include "vmbus_codec.h"
            _Static_assert(VMBUS_VERSION_V7_0 == 0x70000, "new version");
            int main(void)
            {
            	unsigned char b[8] = {30};
            	struct pv_codec_ctx old = {VMBUS_VERSION_COPPER, 0, 0}, now = {VMBUS_VERSION_V7_0, 0, 0};
            	struct vmbus_msg m;
            	if (vmbus_msg_decode(b, 8, &old, &m) != PV_ERR_VERSION)
            		return 1;
            	if (vmbus_msg_decode(b, 8, &now, &m) != PV_OK)
            		return 2;
            	return strcmp(vmbus_msg_type_name(30), "TELEPORT") != 0;
            }
            """, ["vmbus"], flags=[])


HIGH_TYPES = """\
protocol: high type codes
prefix: hi
structs:
  - name: req
    size: 8
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: id, type: u32, offset: 4}
  - name: cmplt
    size: 12
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: id, type: u32, offset: 4}
      - {name: status, type: u32, offset: 8}
messages:
  type_field: {offset: 0, type: u32}
  list:
    - {name: INIT, type: 2, struct: req, dir: to_host}
    - {name: INIT_CMPLT, type: 0x80000002, struct: cmplt, dir: to_guest}
    - {name: HALT, type: 0x10000000, struct: req, dir: to_host}
    - {name: LAST, type: 0xffffffff, struct: cmplt, dir: to_guest}
"""


class HighTypeCodes(SpecCase):
    def test_type_codes_above_2_28_dispatch_apart(self):
        """Type codes 2 and 0x80000002 (RNDIS INITIALIZE and its completion) used to
        collide in the (type, variant) switch; they must compile and stay apart."""
        out = self.gen_ok("hi.yaml", HIGH_TYPES)
        compile_and_run(self, out, """\
            #include <string.h>
            #include "hi_codec.h"
            int main(void)
            {
            	unsigned char b[12], c[12];
            	struct hi_msg m, d;
            	char line[128];
            	int n;

            	memset(&m, 0, sizeof(m));
            	m.type = 0x80000002U;
            	m.u.init_cmplt.id = 7;
            	m.u.init_cmplt.status = 9;
            	n = hi_msg_encode(&m, NULL, b, sizeof(b));
            	if (n != 12 || b[3] != 0x80 || b[0] != 2)
            		return 1;
            	if (hi_msg_decode(b, 12, NULL, &d) != PV_OK || d.type != 0x80000002U)
            		return 2;
            	if (d.u.init_cmplt.id != 7 || d.u.init_cmplt.status != 9)
            		return 3;
            	hi_msg_format(&d, line, sizeof(line));
            	if (strncmp(line, "INIT_CMPLT", 10) != 0)
            		return 4;
            	memset(&m, 0, sizeof(m));
            	m.type = 2;
            	m.u.init.id = 5;
            	if (hi_msg_encode(&m, NULL, c, sizeof(c)) != 8)
            		return 5;
            	if (hi_msg_decode(c, 8, NULL, &d) != PV_OK || d.type != 2 || d.u.init.id != 5)
            		return 6;
            	hi_msg_format(&d, line, sizeof(line));
            	if (strncmp(line, "INIT ", 5) != 0)
            		return 7;
            	m.type = 0x10000000U;
            	if (hi_msg_encode(&m, NULL, c, sizeof(c)) != 8 || c[3] != 0x10)
            		return 8;
            	m.type = 0xffffffffU;
            	if (hi_msg_encode(&m, NULL, c, sizeof(c)) != 12)
            		return 9;
            	if (hi_msg_decode(c, 12, NULL, &d) != PV_OK || d.type != 0xffffffffU)
            		return 10;
            	/* an unknown variant of a known type is refused, not mistaken for another type */
            	m.type = 2;
            	m.variant = 1;
            	if (hi_msg_encode(&m, NULL, c, sizeof(c)) != -PV_ERR_UNKNOWN_TYPE)
            		return 11;
            	return hi_msg_lookup(0x80000002U) == NULL;
            }
            """, ["hi"])


BIG_ENDIAN_SPEC = """\
protocol: big-endian test
prefix: bet
enums:
  - name: op
    type: u8
    values:
      - {name: READ, value: 0x28}
  - name: svc
    type: be16
    values:
      - {name: LOW, value: 1}
      - {name: HIGH, value: 0x1234}
structs:
  - name: cdb
    size: 28
    fields:
      - {name: opcode, type: u8, offset: 0, enum: op}
      - name: lba21
        type: be24
        offset: 1
        reserved: zero
        bits:
          - {name: lba, shift: 0, width: 21}
      - {name: kind, type: be16, offset: 4, enum: svc}
      - {name: len32, type: be32, offset: 6, range: [1, 0x01000000]}
      - {name: lba64, type: be64, offset: 10}
      - {name: pair, type: be16, count: 2, offset: 18}
      - {name: le, type: u16, offset: 22}
      - name: flags
        type: be16
        offset: 24
        bits:
          - {name: fua, shift: 11, width: 1}
          - {name: group, shift: 0, width: 5}
      - {name: n, type: u8, offset: 26}
      - {name: pad, type: u8, offset: 27, reserved: zero}
    tail: {name: words, type: be16, offset: 28, count_field: n, max: 4}
"""


class BigEndian(SpecCase):
    def test_be_fields_round_trip(self):
        """be16/be24/be32/be64 fields, arrays, bits and tails decode to host values
        and encode back to the same bytes; checks apply to the host value."""
        out = self.gen_ok("bet.yaml", BIG_ENDIAN_SPEC)
        wire = self.text_of("out/bet_wire.h")
        self.assertIn("uint8_t lba64[8];", wire)
        self.assertIn("uint8_t pair[2][2];", wire)
        self.assertIn("uint8_t words[][2];", wire)
        lua = self.text_of("out/lua/bet.lua")
        self.assertIn("ProtoField.uint24(", lua)
        self.assertIn("tree:add(F.cdb_len32, buf(off + 6, 4))", lua)
        self.assertIn("tree:add_le(F.cdb_le, buf(off + 22, 2))", lua)
        self.assertIn("buf(off + 24, 2):uint()", lua)
        self.assertIn("be32 (BE)", self.text_of("out-docs/bet.md"))
        compile_and_run(self, out, """\
            #include <string.h>
            #include "bet_codec.h"
            static const unsigned char wire[32] = {
            	0x28, 0x1f, 0xab, 0xcd,			/* lba 0x1fabcd */
            	0x12, 0x34,				/* kind HIGH */
            	0x00, 0x01, 0x00, 0x00,			/* len32 65536 */
            	0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
            	0xbe, 0xef, 0x00, 0x02,			/* pair */
            	0x34, 0x12,				/* le 0x1234 */
            	0x08, 0x1d,				/* fua, group 29, bits 3-4 of byte 0 */
            	2, 0,
            	0xa0, 0xb0, 0x00, 0x01};
            int main(void)
            {
            	struct bet_cdb c;
            	unsigned char b[32], bad[32];
            	char line[512];

            	if (bet_cdb_decode(wire, sizeof(wire), NULL, &c) != PV_OK)
            		return 1;
            	if (c.lba != 0x1fabcd || c.kind != 0x1234 || c.len32 != 65536)
            		return 2;
            	if (c.lba64 != 0x0102030405060708ULL || c.pair[0] != 0xbeef || c.pair[1] != 2)
            		return 3;
            	if (c.le != 0x1234 || c.fua != 1 || c.group != 29 || c.flags_rsvd != 0)
            		return 4;
            	if (c.words_count != 2 || c.words[0] != 0xa0b0 || c.words[1] != 1)
            		return 5;
            	if (bet_cdb_encode(&c, b, sizeof(b)) != 32 || memcmp(b, wire, 32) != 0)
            		return 6;
            	bet_cdb_format(&c, line, sizeof(line));
            	if (!strstr(line, " lba=2075597") || !strstr(line, " lba64=0x102030405060708"))
            		return 7;
            	/* checks see the host value: 0x01000001 is out of range, byte-swapped it would not be */
            	memcpy(bad, wire, 32);
            	bad[6] = 0x01, bad[9] = 0x01;
            	if (bet_cdb_decode(bad, 32, NULL, &c) != PV_ERR_RANGE)
            		return 8;
            	/* the enum is checked on the host value: 0x3412 is not HIGH */
            	memcpy(bad, wire, 32);
            	bad[4] = 0x34, bad[5] = 0x12;
            	if (bet_cdb_decode(bad, 32, NULL, &c) != PV_ERR_ENUM)
            		return 9;
            	/* reserved bits 21-23 of the be24 are the top bits of byte 1 */
            	memcpy(bad, wire, 32);
            	bad[1] = 0x3f;
            	if (bet_cdb_decode(bad, 32, NULL, &c) != PV_ERR_RESERVED)
            		return 10;
            	return 0;
            }
            """, ["bet"])


REVISIONS = """\
protocol: revisions and directions
prefix: rv
enums:
  - name: op
    type: u32
    values:
      - {name: NONE, value: 0}
      - {name: ALLOCATE, value: 1}
  - name: status
    type: u32
    values:
      - {name: SUCCESS, value: 1}
      - {name: FAILURE, value: 2}
structs:
  - name: offload
    size: 28
    min_size: 20
    doc: "revision 1 is 20 bytes, 2 adds rsc (22), 3 adds encap (28)"
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: ipv4, type: u8, offset: 4, range: [0, 3]}
      - {name: pad, type: bytes, size: 15, offset: 5}
      - {name: rsc_v4, type: u8, offset: 20, range: [0, 2]}
      - {name: rsc_v6, type: u8, offset: 21}
      - {name: encap, type: u32, offset: 22, enum: op}
      - {name: encap_hdr, type: u16, offset: 26}
  - name: sub_req
    size: 12
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: op, type: u32, offset: 4, enum: op}
      - {name: num, type: u32, offset: 8, range: [0, 63]}
  - name: sub_complete
    size: 12
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: status, type: u32, offset: 4, enum: status}
      - {name: num, type: u32, offset: 8, range: [0, 63]}
messages:
  type_field: {offset: 0, type: u32}
  list:
    - {name: OFFLOAD, type: 7, struct: offload, dir: to_host}
    - name: SUBCHANNEL
      type: 133
      dir: both
      variants:
        - {struct: sub_complete, dir: to_guest}
        - {struct: sub_req}
"""


class RevisionsAndDirections(SpecCase):
    def test_min_size_and_dir_variants(self):
        """A struct with min_size decodes a shorter (older revision) buffer with the
        missing tail zeroed; a variant chosen by dir gives one type code two layouts."""
        out = self.gen_ok("rv.yaml", REVISIONS)
        self.assertIn('{7, "OFFLOAD", 20, 28,', self.text_of("out/rv_codec.c"))
        lua = self.text_of("out/lua/rv.lua")
        self.assertIn('if pinfo.private.pv_dir == "to_guest" then', lua)
        self.assertIn("if len < 20 then", lua)
        self.assertIn("if len >= 28 then", lua)
        doc = self.text_of("out-docs/rv.md")
        self.assertIn("(at least 20:", doc)
        self.assertIn("when to_guest", doc)
        compile_and_run(self, out, """\
            #include <string.h>
            #include "rv_codec.h"
            int main(void)
            {
            	unsigned char b[32];
            	struct rv_offload o;
            	struct rv_msg m;
            	struct pv_codec_ctx host = {0, 0, PV_DIR_TO_HOST}, guest = {0, 0, PV_DIR_TO_GUEST};
            	int n;

            	memset(b, 0xAA, sizeof(b));
            	b[0] = 7, b[1] = b[2] = b[3] = 0;
            	b[4] = 2;
            	memset(b + 20, 0, 8);
            	b[20] = 1, b[21] = 5, b[22] = 1, b[26] = 0x34, b[27] = 0x12;
            	/* revision 1: 20 bytes, everything after reads as zero */
            	if (rv_offload_decode(b, 20, NULL, &o) != PV_OK)
            		return 1;
            	if (o.ipv4 != 2 || o.rsc_v4 || o.rsc_v6 || o.encap || o.encap_hdr)
            		return 2;
            	/* revision 2: 22 bytes */
            	if (rv_offload_decode(b, 22, NULL, &o) != PV_OK || o.rsc_v4 != 1 || o.rsc_v6 != 5 || o.encap)
            		return 3;
            	if (rv_offload_decode(b, 28, NULL, &o) != PV_OK || o.encap != 1 || o.encap_hdr != 0x1234)
            		return 4;
            	if (rv_offload_decode(b, 19, NULL, &o) != PV_ERR_SHORT)
            		return 5;
            	if (rv_offload_decode(b, 29, NULL, &o) != PV_ERR_LONG)
            		return 6;
            	/* checks still apply to what is present */
            	b[20] = 3;
            	if (rv_offload_decode(b, 22, NULL, &o) != PV_ERR_RANGE)
            		return 7;
            	if (rv_offload_decode(b, 20, NULL, &o) != PV_OK)
            		return 8;
            	if (rv_msg_decode(b, 20, &host, &m) != PV_OK || m.u.offload.ipv4 != 2)
            		return 9;
            	/* the encoder writes the newest revision */
            	if (rv_offload_encode(&o, b, sizeof(b)) != 28)
            		return 10;

            	/* SUBCHANNEL: {op, num} to the host, {status, num} to the guest */
            	memset(b, 0, sizeof(b));
            	b[0] = 133, b[4] = 2, b[8] = 4;
            	if (rv_msg_decode(b, 12, &guest, &m) != PV_OK || m.variant != 0)
            		return 11;
            	if (m.u.sub_complete.status != RV_STATUS_FAILURE || m.u.sub_complete.num != 4)
            		return 12;
            	/* 2 is not an op: the guest->host layout refuses it */
            	if (rv_msg_decode(b, 12, &host, &m) != PV_ERR_ENUM)
            		return 13;
            	b[4] = 1;
            	if (rv_msg_decode(b, 12, &host, &m) != PV_OK || m.variant != 1 || m.u.subchannel.op != 1)
            		return 14;
            	/* no direction known: the fallback (last) layout */
            	if (rv_msg_decode(b, 12, NULL, &m) != PV_OK || m.variant != 1)
            		return 15;
            	/* encoding a layout in the wrong direction is refused */
            	memset(&m, 0, sizeof(m));
            	m.type = 133;
            	m.variant = 0;
            	m.u.sub_complete.status = RV_STATUS_SUCCESS;
            	if (rv_msg_encode(&m, &host, b, sizeof(b)) != -PV_ERR_DIRECTION)
            		return 16;
            	if (rv_msg_encode(&m, &guest, b, sizeof(b)) != 12 || b[4] != 1 || b[0] != 133)
            		return 17;
            	m.variant = 1;
            	m.u.subchannel.op = RV_OP_ALLOCATE;
            	if (rv_msg_encode(&m, &guest, b, sizeof(b)) != -PV_ERR_DIRECTION)
            		return 18;
            	n = rv_msg_encode(&m, &host, b, sizeof(b));
            	return n == 12 ? 0 : 19;
            }
            """, ["rv"])

    def test_min_size_field_must_accept_zero(self):
        self.expect_error(REVISIONS.replace("{name: rsc_v4, type: u8, offset: 20, range: [0, 2]}",
                                            "{name: rsc_v4, type: u8, offset: 20, range: [1, 2]}"),
                          23, "must accept zero, but has range")
        self.expect_error(REVISIONS.replace("encap, type: u32, offset: 22, enum: op}",
                                            "encap, type: u32, offset: 22, enum: status}"),
                          25, "enum status")


refusal_tests(RevisionsAndDirections, [
    ("min_size_not_on_boundary", REVISIONS.replace("min_size: 20", "min_size: 23"), 17, "field boundary"),
    ("dir_variant_needs_both", REVISIONS.replace("      dir: both\n", "      dir: to_host\n"), 45, "dir: both"),
    ("fallback_takes_no_dir", REVISIONS.replace("- {struct: sub_req}", "- {struct: sub_req, dir: to_host}"), 47,
     "fallback"),
])

ENCODE_CHECKS = """\
protocol: encoder validation
prefix: ev
versions:
  - {name: V1, value: 1}
  - {name: V2, value: 2}
enums:
  - name: mtype
    type: u16
    values:
      - {name: PING, value: 1}
      - {name: PONG, value: 2}
  - name: color
    type: u8
    values:
      - {name: RED, value: 1}
flagsets:
  - name: fl
    type: u8
    bits:
      - {name: A, mask: 1}
structs:
  - name: hdr
    size: 4
    fields:
      - {name: type, type: u16, offset: 0, enum: mtype}
      - {name: magic, type: u16, offset: 2, const: 0xBEEF}
  - name: ping
    size: 16
    fields:
      - {name: hdr, type: hdr, offset: 0}
      - {name: color, type: u8, offset: 4, enum: color}
      - {name: fl, type: u8, offset: 5, flags: fl}
      - {name: level, type: u8, offset: 6, range: [1, 9]}
      - {name: rsvd, type: u8, offset: 7, reserved: zero}
      - name: bits
        type: u16
        offset: 8
        bits:
          - {name: small, shift: 0, width: 3}
          - {name: hue, shift: 4, width: 2, enum: color}
      - {name: v2only, type: u16, offset: 10, since: V2}
      - {name: n, type: u32, offset: 12, range: [0, 3]}
    tail: {name: items, type: u32, offset: 16, count_field: n, max: 4}
    checks:
      - {expr: "level >= n", err: RANGE}
messages:
  type_field: {offset: 0, type: u16}
  list:
    - {name: PING, type: 1, struct: ping, dir: to_host}
"""


class EncoderValidation(SpecCase):
    def test_encoders_refuse_what_decoders_refuse(self):
        out = self.gen_ok("ev.yaml", ENCODE_CHECKS)
        compile_and_run(self, out, """\
            #include <string.h>
            #include "ev_codec.h"
            static struct ev_ping good(void)
            {
            	struct ev_ping p;

            	memset(&p, 0, sizeof(p));
            	p.color = EV_COLOR_RED;
            	p.level = 5;
            	p.hue = EV_COLOR_RED;
            	p.small = 7;
            	p.items_count = 2;
            	p.items[0] = 10;
            	return p;
            }
            int main(void)
            {
            	unsigned char b[64];
            	struct ev_ping p = good(), d;
            	struct ev_hdr h;
            	struct ev_msg m;
            	struct pv_codec_ctx v1 = {EV_VERSION_V1, 0, 0};
            	int n;

            	/* hdr.type left 0 (not an mtype) is fine through msg_encode, which stamps it;
            	 * the const magic is written by the encoder */
            	memset(&m, 0, sizeof(m));
            	m.type = 1;
            	m.u.ping = p;
            	n = ev_msg_encode(&m, NULL, b, sizeof(b));
            	if (n != 24 || b[0] != 1 || b[2] != 0xEF || b[3] != 0xBE)
            		return 1;
            	if (ev_msg_decode(b, (size_t)n, NULL, &m) != PV_OK || m.u.ping.small != 7)
            		return 2;
            	/* ... but not through the struct encoder */
            	if (ev_ping_encode(&p, b, sizeof(b)) != -PV_ERR_ENUM)
            		return 3;
            	p.hdr.type = EV_MTYPE_PONG;
            	if (ev_ping_encode(&p, b, sizeof(b)) != 24 || ev_ping_decode(b, 24, NULL, &d) != PV_OK)
            		return 4;
            	memset(&h, 0, sizeof(h));
            	h.type = EV_MTYPE_PING;
            	if (ev_hdr_encode(&h, b, 4) != 4 || b[3] != 0xBE)
            		return 5;
            #define BAD(field, value, err)                                               \\
            	do {                                                                     \\
            		struct ev_ping q = good();                                       \\
            		q.hdr.type = EV_MTYPE_PING;                                      \\
            		q.field = value;                                                 \\
            		if (ev_ping_encode(&q, b, sizeof(b)) != -(err))                  \\
            			return 10 + __LINE__;                                    \\
            	} while (0)
            	BAD(color, 2, PV_ERR_ENUM);
            	BAD(fl, 2, PV_ERR_FLAGS);
            	BAD(level, 0, PV_ERR_RANGE);
            	BAD(level, 10, PV_ERR_RANGE);
            	BAD(rsvd, 1, PV_ERR_RESERVED);
            	BAD(small, 8, PV_ERR_RANGE);
            	BAD(hue, 2, PV_ERR_ENUM);
            	BAD(items_count, 4, PV_ERR_RANGE); /* n is written from items_count: range [0, 3] */
            	BAD(items_count, 5, PV_ERR_COUNT);
            	BAD(level, 1, PV_ERR_RANGE);	   /* the check level >= n, with n = items_count = 2 */
            	/* gates need the context: only msg_encode has one */
            	memset(&m, 0, sizeof(m));
            	m.type = 1;
            	m.u.ping = good();
            	m.u.ping.v2only = 1;
            	if (ev_msg_encode(&m, &v1, b, sizeof(b)) != -PV_ERR_VERSION)
            		return 6;
            	if (ev_msg_encode(&m, NULL, b, sizeof(b)) != 24)
            		return 7;
            	/* validation comes before the space check */
            	m.u.ping.color = 9;
            	if (ev_msg_encode(&m, NULL, b, 4) != -PV_ERR_ENUM)
            		return 8;
            	return 0;
            }
            """, ["ev"])



CONTRACT = """\
protocol: contract
prefix: ct
versions:
  - {name: V1, value: 0x10000, label: "1.0"}
  - {name: V2, value: 0x20000}
classes:
  - {name: WIDGET, guid: 01234567-89ab-cdef-0123-456789abcdef, label: widget}
enums:
  - name: op
    type: u32
    values:
      - {name: HELLO, value: 1}
      - {name: HELLO_REPLY, value: 2}
      - {name: DATA, value: 3}
      - {name: BYE, value: 4}
structs:
  - name: hello
    size: 8
    fields:
      - {name: op, type: u32, offset: 0, enum: op}
      - {name: version, type: u32, offset: 4}
  - name: reply
    size: 8
    fields:
      - {name: op, type: u32, offset: 0, enum: op}
      - {name: status, type: u32, offset: 4}
  - name: sqe
    size: 16
    offsets: true
    doc: "a queue entry keyed by a u8 opcode at offset 1, as an NVMe command"
    fields:
      - {name: flags, type: u8, offset: 0}
      - {name: opcode, type: u8, offset: 1}
      - {name: cid, type: u16, offset: 2}
      - {name: nsid, type: u32, offset: 4}
      - {name: lba, type: u64, offset: 8}
messages:
  type_field: {offset: 0, type: u32}
  type_enum: op
  list:
    - {name: HELLO, type: HELLO, struct: hello, dir: to_host, event: HELLO}
    - {name: HELLO_REPLY, type: HELLO_REPLY, struct: reply, dir: to_guest,
       event: [{when: "status == 0", event: ACCEPTED}, REFUSED]}
    - {name: DATA, type: DATA, struct: hello, dir: both,
       event: [{dir: to_host, event: DATA_IN}, {dir: to_guest, event: DATA_OUT}]}
    - {name: BYE, type: BYE, struct: hello, dir: to_host, event: {link: BYE, other: PING}}
tables:
  - name: io
    type_field: {offset: 1, type: u8}
    session: other
    list:
      - {name: READ, type: 2, struct: sqe, dir: to_host, event: PING}
      - {name: WRITE, type: 1, struct: sqe, dir: to_host}
sessions:
  - name: link
    events: [{name: HELLO}, {name: ACCEPTED}, {name: REFUSED}, {name: DATA_IN}, {name: DATA_OUT}, {name: BYE}]
    actions: [{name: on_up}, {name: on_data}]
    states:
      - {name: up, path: [HELLO, ACCEPTED]}
    grammar: |
      main := (
        start: ( HELLO -> asking ),
        asking: ( ACCEPTED @on_up -> up | REFUSED -> start ),
        up: ( (DATA_IN | DATA_OUT) @on_data -> up | BYE -> start )
      );
  - name: other
    events: [{name: PING}, {name: BYE}]
    grammar: |
      main := ( PING* BYE )*;
"""


class Contract(SpecCase):
    """The parts of the generator contract devices build on: version arrays, classes,
    message -> event maps, handler tables, several tables per spec, can_feed."""

    def test_contract(self):
        out = self.gen_ok("ct.yaml", CONTRACT)
        prog = """\
            #include <errno.h>
            #include <string.h>
            #include "ct_codec.h"
            #include "ct_link_fsm.h"
            #include "ct_other_fsm.h"

            _Static_assert(CT_SQE_LBA_OFFSET == 8, "offsets: true");

            static int seen;
            static int on_hello(void *ctx, const struct ct_msg *m)
            {
            	seen = (int)m->u.hello.version + *(int *)ctx;
            	return 7;
            }
            static int on_read(void *ctx, const struct ct_io *m)
            {
            	(void)ctx;
            	return m->u.read.cid;
            }
            static int ups;
            static int act_up(void *ctx)
            {
            	(void)ctx;
            	ups++;
            	return 0;
            }

            int main(void)
            {
            	static const struct ct_msg_handlers h = {.hello = on_hello};
            	static const struct ct_io_handlers ioh = {.read = on_read};
            	static const struct ct_link_actions acts = {.on_up = act_up};
            	unsigned char b[16] = {1, 0, 0, 0, 5, 0, 0, 0}, q[16] = {0, 2, 9, 0};
            	struct ct_msg m;
            	struct ct_io io;
            	struct ct_link_fsm f;
            	int one = 1;

            	if (ct_versions[0] != CT_VERSION_V1 || ct_versions[1] != CT_VERSION_V2)
            		return 1;
            	if (strcmp(ct_version_name(0x10000), "1.0") || strcmp(ct_version_name(0x20000), "V2") ||
            	    ct_version_name(3))
            		return 2;
            	if (pv_class_by_label("widget") != &ct_class_widget || ct_class_widget.guid[0] != 0x67 ||
            	    ct_class_widget.guid[15] != 0xef || pv_class_by_guid(ct_class_widget.guid) != &ct_class_widget)
            		return 3;
            	/* handler table: a lookup, the device's ctx, empty slots */
            	if (ct_msg_decode(b, 8, NULL, &m) != PV_OK || ct_msg_dispatch(&h, &one, &m) != 7 || seen != 6)
            		return 4;
            	b[0] = 4;
            	if (ct_msg_decode(b, 8, NULL, &m) != PV_OK || ct_msg_dispatch(&h, &one, &m) != -EOPNOTSUPP)
            		return 5;
            	m.type = 99;
            	if (ct_msg_dispatch(&h, &one, &m) != -ENOENT)
            		return 6;
            	/* events: plain, by field, by direction, per session */
            	b[0] = 4;
            	ct_msg_decode(b, 8, NULL, &m);
            	if (ct_msg_event(&m, 0) != CT_LINK_EV_BYE || ct_msg_other_event(&m, 0) != CT_OTHER_EV_PING)
            		return 7;
            	b[0] = 2, b[4] = 0;
            	ct_msg_decode(b, 8, NULL, &m);
            	if (ct_msg_event(&m, PV_DIR_TO_GUEST) != CT_LINK_EV_ACCEPTED)
            		return 8;
            	b[4] = 3;
            	ct_msg_decode(b, 8, NULL, &m);
            	if (ct_msg_event(&m, PV_DIR_TO_GUEST) != CT_LINK_EV_REFUSED)
            		return 9;
            	b[0] = 3;
            	ct_msg_decode(b, 8, NULL, &m);
            	if (ct_msg_event(&m, PV_DIR_TO_HOST) != CT_LINK_EV_DATA_IN ||
            	    ct_msg_event(&m, PV_DIR_TO_GUEST) != CT_LINK_EV_DATA_OUT || ct_msg_event(&m, 0) != 0)
            		return 10;
            	/* a second table keyed by a u8 at offset 1 */
            	if (ct_io_decode(q, 16, NULL, &io) != PV_OK || io.type != 2 || ct_io_dispatch(&ioh, NULL, &io) != 9)
            		return 11;
            	if (ct_io_event(&io, 0) != CT_OTHER_EV_PING || strcmp(ct_io_lookup(1)->name, "WRITE"))
            		return 12;
            	q[1] = 3;
            	if (ct_io_decode(q, 16, NULL, &io) != PV_ERR_UNKNOWN_TYPE)
            		return 13;
            	memset(&io, 0, sizeof(io));
            	io.type = 1;
            	io.u.write.lba = 5;
            	if (ct_io_encode(&io, NULL, q, sizeof(q)) != 16 || q[1] != 1 || q[8] != 5)
            		return 14;
            	/* can_feed: no state change, no hook */
            	ct_link_fsm_init(&f);
            	if (!ct_link_fsm_can_feed(&f, CT_LINK_EV_HELLO) || ct_link_fsm_can_feed(&f, CT_LINK_EV_BYE))
            		return 15;
            	if (ct_link_fsm_feed(&f, CT_LINK_EV_HELLO, &acts, NULL) ||
            	    !ct_link_fsm_can_feed(&f, CT_LINK_EV_ACCEPTED) || ups != 0)
            		return 16;
            	if (ct_link_fsm_feed(&f, CT_LINK_EV_ACCEPTED, &acts, NULL) || ups != 1 ||
            	    f.cs != CT_LINK_ST_UP || strcmp(ct_link_fsm_state_name(&f), "up"))
            		return 17;
            	return 0;
            }
            """
        compile_and_run(self, out, prog, [],
                        flags=["-Wshadow", "-Wno-unused-const-variable", "-Wno-implicit-fallthrough"],
                        srcs=["pv_codec.c", "ct_codec.c", "ct_names.c", "ct_link_fsm.c", "ct_other_fsm.c"])


refusal_tests(Contract, [
    ("event_not_in_session", CONTRACT.replace("dir: to_host, event: HELLO}", "dir: to_host, event: HELO}"), 41,
     "HELO is not an event of session link"),
    ("event_rule_order", CONTRACT.replace('event: [{when: "status == 0", event: ACCEPTED}, REFUSED]',
                                          'event: [REFUSED, {when: "status == 0", event: ACCEPTED}]'), 43,
     "only the last rule"),
    ("event_expression", CONTRACT.replace('when: "status == 0"', 'when: "stat == 0"'), 43, "unknown name 'stat'"),
    ("table_name_msg", CONTRACT.replace("  - name: io\n", "  - name: msg\n"), 48, "the table named msg"),
    ("class_label", CONTRACT.replace("label: widget", "label: Widget"), 7, "must be lower_case"),
])

DIRS = GOOD.replace("""messages:""", """  - name: done
    size: 8
    fields:
      - {name: type, type: u32, offset: 0}
      - {name: tag, type: u16, offset: 4}
      - name: status
        type: u16
        offset: 6
        raw: true
        bits:
          - {name: sc, shift: 0, width: 8}
          - {name: sct, shift: 8, width: 3}
messages:""").replace("""structs:""", """  - name: sct
    type: u8
    values:
      - {name: OK, value: 0}
      - {name: MEDIA, value: 2}
  - name: media_sc
    type: u8
    values:
      - {name: READ_ERROR, value: 0x81}
structs:""") + """lua:
  from_device:
    layout: done
    status: {field: status, code: sc, type: sct, type_enum: sct, enums: {MEDIA: media_sc}}
    info: [tag]
"""


class LuaDirections(SpecCase):
    def test_from_device_layout_and_status(self):
        """lua.from_device: every record from the device is one layout, its
        status code named by the enum its status code type picks."""
        self.gen_ok("tp.yaml", DIRS)
        lua = self.text_of("out/lua/tp.lua")
        self.assertIn('if pinfo.private.pv_dir == "from_device" then', lua)
        self.assertIn("dissect_done(buf, t, 0, len)", lua)
        self.assertIn('local by = {[2] = {[129] = "READ_ERROR"}}', lua)
        self.assertIn('F._from_device_status = ProtoField.string("pv_tp.status", "status")', lua)
        self.assertIn('pinfo.cols.info:append("tag " .. nm .. " ")', lua)


refusal_tests(LuaDirections, [
    ("from_device_unknown_layout", DIRS.replace("layout: done", "layout: dne"), 46,
     r"lua\.from_device: layout: no struct dne"),
    ("direction_needs_messages_or_layouts",
     DIRS.replace("messages:\n  type_field: {offset: 0, type: u32}\n  list:\n"
                  "    - {name: PING, type: 1, struct: hdr, dir: to_host}\n", ""), 42,
     "from_device goes with layouts or a messages table"),
])


if __name__ == "__main__":
    unittest.main()
