"""What the tests of codegen/pvgen.py share (test_pvgen.py, and
tests/traces/test_lua_classes.py for the Wireshark keys): where pvgen and
ragel are, a run of pvgen over a spec folder, and a test case with a private
spec/ folder whose broken specs must be refused as spec/<file>:LINE, and
refusal_tests() that turns a table of such broken specs into one test each."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

SRC = os.environ.get("PV_SRC") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RAGEL = os.environ.get("PV_RAGEL") or shutil.which("ragel") or "ragel"
PVGEN = os.path.join(SRC, "codegen", "pvgen.py")


def run_gen(spec_dir, out_dir, docs_dir=None):
    cmd = [sys.executable, "-B", PVGEN, "--spec", spec_dir, "--out", out_dir, "--ragel", RAGEL]
    if docs_dir:
        cmd += ["--docs", docs_dir]
    return subprocess.run(cmd, capture_output=True, text=True)


class SpecCase(unittest.TestCase):
    """A temporary folder with spec/ in it; gen() runs pvgen into out/ and out-docs/."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="pvgen-test-")
        self.spec = os.path.join(self.tmp, "spec")
        os.makedirs(self.spec)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, text):
        with open(os.path.join(self.spec, name), "w") as f:
            f.write(text)

    def gen(self, sub="out"):
        return run_gen(self.spec, os.path.join(self.tmp, sub), os.path.join(self.tmp, sub + "-docs"))

    def gen_ok(self, fname=None, text=None):
        """Writes spec/fname (when given), runs gen() and expects success; returns out/."""
        if fname:
            self.write(fname, text)
        r = self.gen()
        self.assertEqual(r.returncode, 0, r.stderr)
        return os.path.join(self.tmp, "out")

    def text_of(self, rel):
        """The text of a generated file, rel to the temporary folder (out/..., out-docs/...)."""
        with open(os.path.join(self.tmp, rel), encoding="utf-8") as f:
            return f.read()

    def expect_error_in(self, fname, text, line, pattern):
        """spec/fname holding text is refused with 'spec/fname:line: <pattern>'."""
        self.write(fname, text)
        r = self.gen()
        self.assertNotEqual(r.returncode, 0, "accepted a broken spec")
        m = re.match(r"^spec/%s:(\d+): (.*)$" % re.escape(fname), r.stderr.strip())
        self.assertIsNotNone(m, "error not in file:line form: %r" % r.stderr)
        self.assertEqual(int(m.group(1)), line, r.stderr)
        self.assertRegex(m.group(2), pattern)
        self.assertNotIn("Traceback", r.stderr)

    def expect_error(self, text, line, pattern):
        self.expect_error_in("bad.yaml", text, line, pattern)


def refusal_tests(cls, cases, fname="bad.yaml"):
    """Adds to cls (a SpecCase) one test_<name> per (name, text, line, pattern) of
    cases: spec/fname holding text is refused with spec/fname:line: <pattern>."""
    for name, text, line, pattern in cases:
        def test(self, text=text, line=line, pattern=pattern):
            self.expect_error_in(fname, text, line, pattern)
        test.__name__ = test.__qualname__ = "test_" + name
        assert not hasattr(cls, test.__name__), test.__name__
        setattr(cls, test.__name__, test)
    return cls
