"""Shared helpers for the lab-VM scripts (mkguest, mklab, run, extract-vmlinux).

Everything here works offline from files Debian installed on this machine:
the kernel package (/boot/vmlinuz-<ver>, /lib/modules/<ver>), busybox-static,
e2fsprogs and iproute2. Archives are written by our own newc writer, so device
nodes such as /dev/console need no root and the output is byte-for-byte
reproducible (fixed mtimes and owners).
"""

import gzip
import hashlib
import lzma
import os
import re
import select
import shutil
import signal
import stat
import subprocess
import sys
import time

BUSYBOX = "/bin/busybox"


def die(msg):
    print(f"lab: error: {msg}", file=sys.stderr)
    sys.exit(2)


def kernel_version(requested=None):
    """The kernel version to use: the requested one, $LAB_KVER, or the newest
    version that has both /boot/vmlinuz-<ver> and /lib/modules/<ver>."""
    ver = requested or os.environ.get("LAB_KVER")
    if ver:
        if not os.path.isfile(f"/boot/vmlinuz-{ver}"):
            die(f"/boot/vmlinuz-{ver} not found")
        return ver
    cands = []
    for name in os.listdir("/lib/modules") if os.path.isdir("/lib/modules") else []:
        if os.path.isfile(f"/boot/vmlinuz-{name}") and os.path.isdir(f"/lib/modules/{name}/kernel"):
            cands.append(name)
    if not cands:
        die("no kernel found: install linux-image-amd64 (need /boot/vmlinuz-* and /lib/modules/*)")

    def key(v):
        return [int(x) if x.isdigit() else x for x in re.split(r"[.-]", v)]

    return sorted(cands, key=key)[-1]


# --- kernel images --------------------------------------------------------

def extract_vmlinux(vmlinuz_path):
    """Return the uncompressed ELF vmlinux inside a bzImage. Debian compresses
    with xz; gzip and zstd are tried too. The first stream that decompresses
    to an ELF image wins (the magic can occur by chance before the real one)."""
    with open(vmlinuz_path, "rb") as f:
        data = f.read()
    tried = 0
    for magic, kind in ((b"\xfd7zXZ\x00", "xz"), (b"\x1f\x8b\x08", "gzip"), (b"\x28\xb5\x2f\xfd", "zstd")):
        pos = data.find(magic)
        while pos >= 0 and tried < 64:
            tried += 1
            out = None
            try:
                if kind == "xz":
                    out = lzma.LZMADecompressor().decompress(data[pos:])
                elif kind == "gzip":
                    out = gzip.decompress(data[pos:])
                elif shutil.which("zstd"):
                    out = subprocess.run(["zstd", "-dcq"], input=data[pos:],
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
            except Exception:
                out = None
            if out and out[:4] == b"\x7fELF":
                return out
            pos = data.find(magic, pos + 1)
    die(f"no compressed ELF kernel found in {vmlinuz_path}")


def cached_vmlinux(vmlinuz_path, out_path):
    """Extract vmlinux to out_path unless an up-to-date copy is there."""
    if os.path.exists(out_path) and os.path.getmtime(out_path) >= os.path.getmtime(vmlinuz_path):
        return out_path
    data = extract_vmlinux(vmlinuz_path)
    tmp = f"{out_path}.tmp{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, out_path)
    return out_path


# --- modules --------------------------------------------------------------

def _modinfo(kver, field, name):
    r = subprocess.run(["modinfo", "-k", kver, "-F", field, name],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


def _modpath(kver, name):
    r = subprocess.run(["modinfo", "-k", kver, "-n", name],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if r.returncode != 0:
        return None
    paths = [p for p in r.stdout.split("\n") if p.startswith("/")]
    return paths[0] if paths else None


def resolve_modules(kver, names, prefer=None):
    """Return [(name, path, optional)] for names and everything they need,
    dependencies first (`modinfo -F depends`, recursively). `softdep pre:`
    entries (for example ext4's crypto-crc32c) are aliases that modinfo may
    resolve to several modules; `prefer` maps such an alias to the module to
    use. Soft dependencies are optional: one may need a CPU feature (the
    pclmul variants) and the kernel falls back to a generic implementation.
    Built-in modules (no .ko) are skipped."""
    prefer = prefer or {}
    order, seen = [], set()

    hard = set()

    def visit(name, stack, soft_dep):
        name = prefer.get(name, name)
        path = _modpath(kver, name)
        if not path:
            if _is_builtin(kver, name):
                return
            die(f"module {name} not found for kernel {kver}")
        canon = _canon(path)
        if not soft_dep:
            hard.add(canon)
        if canon in seen:
            return
        if canon in stack:
            die(f"module dependency loop at {name}")
        stack = stack | {canon}
        deps = _modinfo(kver, "depends", path) or ""
        for d in [d for d in deps.split(",") if d]:
            visit(d, stack, soft_dep)
        soft = _modinfo(kver, "softdep", path) or ""
        m = re.search(r"pre:\s*(.*?)(?:\s+post:|$)", soft)
        if m:
            for d in m.group(1).split():
                visit(d, stack, True)
        seen.add(canon)
        order.append((canon, path))

    for n in names:
        visit(n, frozenset(), False)
    return [(n, p, n not in hard) for n, p in order]


def _canon(path):
    base = os.path.basename(path)
    for ext in (".ko.xz", ".ko.zst", ".ko.gz", ".ko"):
        if base.endswith(ext):
            base = base[: -len(ext)]
            break
    return base.replace("-", "_")


def _is_builtin(kver, name):
    path = f"/lib/modules/{kver}/modules.builtin"
    if not os.path.exists(path):
        return False
    want = name.replace("-", "_")
    with open(path) as f:
        return any(_canon(line.strip()) == want for line in f)


def module_bytes(path):
    """The module as a plain .ko (busybox insmod cannot read compressed ones)."""
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".xz"):
        return lzma.decompress(data)
    if path.endswith(".gz"):
        return gzip.decompress(data)
    if path.endswith(".zst"):
        if not shutil.which("zstd"):
            die(f"{path} is zstd-compressed and zstd is not installed")
        return subprocess.run(["zstd", "-dcq"], input=data, stdout=subprocess.PIPE, check=True).stdout
    return data


# --- shared libraries -----------------------------------------------------

def ldd_libs(binary):
    """Absolute paths of the shared libraries (and the ELF interpreter) a
    dynamically linked program needs; [] for a static one. With glibc's
    libc comes libgcc_s.so.1 from the same directory: glibc opens it at run
    time (pthread_cancel, pthread_exit, unwinding), so ldd does not list it,
    and without it such a call aborts ("libgcc_s.so.1 must be installed for
    pthread_cancel to work": the paravisor's signal thread, in the lab VM)."""
    r = subprocess.run(["ldd", binary], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    libs = []
    for line in r.stdout.splitlines():
        m = re.search(r"=>\s*(/\S+)", line) or re.match(r"\s*(/\S+)\s+\(", line)
        if m:
            libs.append(m.group(1))
    for lib in list(libs):
        if os.path.basename(lib).startswith("libc.so"):
            gcc_s = os.path.join(os.path.dirname(lib), "libgcc_s.so.1")
            if os.path.exists(gcc_s) and gcc_s not in libs:
                libs.append(gcc_s)
    return libs


# --- cpio (newc) writer ---------------------------------------------------

class Cpio:
    """A newc archive built in memory. Entries are unique by path; parents
    are created on demand. All entries are owned by root with mtime 0."""

    def __init__(self):
        self.entries = {}  # path -> (mode, data, rdev)

    def _parents(self, path):
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            p = "/".join(parts[:i])
            if p and p not in self.entries:
                self.entries[p] = (stat.S_IFDIR | 0o755, b"", (0, 0))

    @staticmethod
    def _norm(path):
        return path.strip("/")

    def has(self, path):
        return self._norm(path) in self.entries

    def dir(self, path, mode=0o755):
        p = self._norm(path)
        self._parents(p)
        self.entries[p] = (stat.S_IFDIR | mode, b"", (0, 0))

    def data(self, path, data, mode=0o644):
        p = self._norm(path)
        self._parents(p)
        if isinstance(data, str):
            data = data.encode()
        self.entries[p] = (stat.S_IFREG | mode, data, (0, 0))

    def file(self, path, src, mode=None):
        with open(src, "rb") as f:
            data = f.read()
        if mode is None:
            mode = os.stat(src).st_mode & 0o777
        self.data(path, data, mode)

    def symlink(self, path, target):
        p = self._norm(path)
        self._parents(p)
        self.entries[p] = (stat.S_IFLNK | 0o777, target.encode(), (0, 0))

    def chardev(self, path, major, minor, mode=0o600):
        p = self._norm(path)
        self._parents(p)
        self.entries[p] = (stat.S_IFCHR | mode, b"", (major, minor))

    def program(self, dest, src):
        """Install an executable and, if it is dynamic, its libraries at their
        own paths (so the interpreter path baked into it works)."""
        self.file(dest, src, 0o755)
        for lib in ldd_libs(src):
            real = os.path.realpath(lib)
            if not self.has(lib):
                self.file(lib, real, 0o755)

    def busybox(self, src=BUSYBOX, skip=()):
        """busybox as /bin/busybox with a symlink per applet. Names that are
        already present (or listed in skip) keep the real program."""
        self.file("bin/busybox", src, 0o755)
        r = subprocess.run([src, "--list-full"], stdout=subprocess.PIPE, text=True, check=True)
        for rel in r.stdout.split():
            name = os.path.basename(rel)
            if name == "busybox" or name in skip or self.has(rel):
                continue
            self.symlink(rel, "/bin/busybox")

    def base_dirs(self):
        for d in ("dev", "proc", "sys", "run", "mnt", "root", "etc", "var"):
            self.dir(d)
        self.dir("tmp", 0o1777)
        self.dir("var/tmp", 0o1777)
        self.chardev("dev/console", 5, 1)
        self.chardev("dev/null", 1, 3, 0o666)
        self.symlink("var/run", "/run")

    def bytes(self):
        out = bytearray()
        ino = 1
        for path in sorted(self.entries, key=lambda p: (p.count("/"), p)):
            mode, data, (maj, mino) = self.entries[path]
            out += self._header(ino, mode, len(data), maj, mino, path)
            out += data
            out += b"\0" * (-len(out) % 4)
            ino += 1
        out += self._header(0, 0, 0, 0, 0, "TRAILER!!!")
        out += b"\0" * (-len(out) % 512)
        return bytes(out)

    @staticmethod
    def _header(ino, mode, size, maj, mino, name):
        nameb = name.encode() + b"\0"
        fields = (ino, mode, 0, 0, 1 if not stat.S_ISDIR(mode) else 2, 0, size, 0, 0, maj, mino,
                  len(nameb), 0)
        hdr = b"070701" + b"".join(b"%08x" % v for v in fields) + nameb
        return hdr + b"\0" * (-len(hdr) % 4)

    def write(self, out_path, compress=None):
        """Write atomically; compress is None (plain cpio) or 'gzip' (level 1)."""
        data = self.bytes()
        if compress == "gzip":
            data = gzip.compress(data, compresslevel=1, mtime=0)
        tmp = f"{out_path}.tmp{os.getpid()}"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, out_path)


# --- rebuild decisions ----------------------------------------------------

def stamp_of(inputs, extra=""):
    """A digest over input paths, sizes and mtimes plus any extra text (the
    options); an output whose stored stamp matches need not be rebuilt."""
    h = hashlib.sha256(extra.encode())
    for p in sorted(set(inputs)):
        try:
            st = os.stat(p)
            h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        except FileNotFoundError:
            h.update(f"{p}\0missing\n".encode())
    return h.hexdigest()


def up_to_date(out_path, stamp):
    try:
        with open(out_path + ".stamp") as f:
            return os.path.exists(out_path) and f.read().strip() == stamp
    except FileNotFoundError:
        return False


def write_stamp(out_path, stamp):
    tmp = f"{out_path}.stamp.tmp{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(stamp + "\n")
    os.replace(tmp, out_path + ".stamp")


def tree_files(root):
    out = []
    for d, _, files in os.walk(root):
        out.extend(os.path.join(d, f) for f in files)
    return out


# --- running a lab QEMU: one pinned core, a watched console ----------------
#
# Why both (/work/shared/ref/lab-vm.md, "Pin the lab QEMU"): under load from
# other jobs on a 2-core machine, unpinned lab VMs froze with QEMU at exactly
# 0% CPU until their timeout, even one running only QEMU's own reference
# guest; pinned to one host core with taskset, every long boot that followed
# completed. Pinning is the cure; the console watch is the net under it: a
# frozen VM prints nothing, so a console silent past a bound that no healthy
# run reaches means the VM is gone, and the run is tried once more.

PIN_DIR = "/tmp/pv-lab-pins"  # one file per pinned lab QEMU: name = pid, text = cpus
# CPU seconds a lab QEMU uses over a whole silence when it is frozen (0% seen).
FROZEN_CPU = 1.0


def _cpu_times():
    """{cpu: (total, idle)} jiffies from /proc/stat."""
    out = {}
    with open("/proc/stat") as f:
        for line in f:
            m = re.match(r"cpu(\d+) (.*)", line)
            if m:
                v = [int(x) for x in m.group(2).split()]
                out[int(m.group(1))] = (sum(v[:8]), v[3] + v[4])
    return out


def cpu_busy(cpus, interval=0.3):
    """Fraction of each CPU in `cpus` that was busy over `interval` seconds."""
    a = _cpu_times()
    time.sleep(interval)
    b = _cpu_times()
    busy = {}
    for c in cpus:
        if c in a and c in b:
            total, idle = b[c][0] - a[c][0], b[c][1] - a[c][1]
            busy[c] = 1.0 - idle / total if total > 0 else 0.0
    return busy


def _pinned_counts():
    """{cpu: number of live lab QEMUs this harness pinned there}; stale
    entries (the QEMU is gone, or its pid was reused) are removed."""
    counts = {}
    try:
        names = os.listdir(PIN_DIR)
    except FileNotFoundError:
        return counts
    for name in names:
        if not name.isdigit():
            continue
        path = os.path.join(PIN_DIR, name)
        try:
            with open(f"/proc/{name}/comm") as f:
                alive = f.read().startswith(("qemu", "taskset"))
            with open(path) as f:
                cpus = [int(c) for c in f.read().split(",") if c.strip()]
        except (FileNotFoundError, ValueError):
            alive, cpus = False, []
        if not alive:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            continue
        for c in cpus:
            counts[c] = counts.get(c, 0) + 1
    return counts


class Pin:
    """Chooses host cores for a lab QEMU and records the choice so that lab
    VMs started at the same time by other runs spread over the cores.

    spec: "auto" (the cores with the fewest lab VMs of ours, then the least
    busy over 0.3 s), "none", or a taskset list ("1", "0,1").
    """

    def __init__(self, spec, ncpus):
        self.cpus = None
        self.why = ""
        self._lock = None
        allowed = sorted(os.sched_getaffinity(0))
        if spec == "none":
            self.why = "not pinned (--pin none)"
            return
        if spec != "auto":
            try:
                self.cpus = sorted({int(c) for c in spec.split(",")})
            except ValueError:
                die(f"--pin {spec}: want auto, none or a list of CPU numbers")
            self.why = "as asked"
            return
        if ncpus > len(allowed):
            self.why = f"not pinned ({ncpus} vCPUs, {len(allowed)} host cores)"
            return
        import fcntl

        os.makedirs(PIN_DIR, exist_ok=True)
        try:
            os.chmod(PIN_DIR, 0o1777)
        except PermissionError:
            pass
        # Held from the choice until the QEMU's pid is recorded (record()),
        # so two runs starting together do not both take the idle core.
        self._lock = open(os.path.join(PIN_DIR, ".lock"), "a")
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        pinned = _pinned_counts()
        busy = cpu_busy(allowed)
        order = sorted(allowed, key=lambda c: (pinned.get(c, 0), busy.get(c, 0.0), c))
        self.cpus = sorted(order[:ncpus])
        self.why = ", ".join(f"cpu{c} {busy.get(c, 0.0) * 100:.0f}% busy, "
                             f"{pinned.get(c, 0)} lab VMs" for c in self.cpus)

    def prefix(self):
        """The command prefix that applies the pin ([] if none)."""
        if not self.cpus:
            return []
        return ["taskset", "-c", ",".join(str(c) for c in self.cpus)]

    def describe(self):
        if not self.cpus:
            return self.why
        return f"pinned to host cpu {','.join(str(c) for c in self.cpus)} ({self.why})"

    def record(self, pid):
        """Registers the started QEMU and lets the next run choose."""
        if self._lock is None:
            return
        if self.cpus:
            with open(os.path.join(PIN_DIR, str(pid)), "w") as f:
                f.write(",".join(str(c) for c in self.cpus))
        self._lock.close()
        self._lock = None

    def release(self, pid):
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        try:
            os.unlink(os.path.join(PIN_DIR, str(pid)))
        except FileNotFoundError:
            pass


def die_with_parent():
    """preexec_fn: the child gets SIGKILL when the harness dies (ctest kills
    a test at its timeout; a lab VM must not outlive it)."""
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def cpu_seconds(pid):
    """User + system CPU seconds a process has used, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (FileNotFoundError, IndexError, ValueError):
        return None


class Watch:
    """Forwards a process's output to a sink until it exits, the deadline
    passes or the output stays silent for `silence` seconds (0: never).
    result is "exit", "timeout" or "silent"; longest is the longest silence
    seen (reported with every run, so the bound can be judged against it)."""

    def __init__(self, proc, feed, deadline, silence):
        self.proc = proc
        self.feed = feed
        self.deadline = deadline
        self.silence = silence
        self.longest = 0.0
        self.silent_cpu = None  # CPU seconds QEMU used during the silence

    def run(self):
        fd = self.proc.stdout.fileno()
        last = time.monotonic()
        cpu_at_last = cpu_seconds(self.proc.pid)
        while True:
            now = time.monotonic()
            self.longest = max(self.longest, now - last)
            if now >= self.deadline:
                return "timeout"
            if self.silence and now - last >= self.silence:
                cpu = cpu_seconds(self.proc.pid)
                if cpu is None or cpu_at_last is None:
                    return "silent"
                self.silent_cpu = cpu - cpu_at_last
                # Frozen (the failure seen: QEMU at 0% CPU), or silent for a
                # whole bound of its own CPU time: hung. A VM that merely got
                # little CPU (a loaded machine: 7 s of CPU in 120 s was seen
                # with ~20 runnable jobs on 2 cores) is slow, not hung: wait.
                if self.silent_cpu < FROZEN_CPU or self.silent_cpu >= self.silence:
                    return "silent"
            r, _, _ = select.select([fd], [], [], min(self.deadline - now, 1.0))
            if r:
                data = os.read(fd, 65536)
                if not data:
                    self.proc.wait()
                    return "exit"
                self.feed(data)
                last = time.monotonic()
                cpu_at_last = cpu_seconds(self.proc.pid)
            elif self.proc.poll() is not None:
                rest = self.proc.stdout.read()
                if rest:
                    self.feed(rest)
                return "exit"
