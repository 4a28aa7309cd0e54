#!/usr/bin/python3
"""package_test BUILD_DIR SOURCE_DIR: the Debian package installs on a clean
Debian 12 root and works there without the source or build tree.

1. `cpack -G DEB` in BUILD_DIR makes paravisor_<version>_<arch>.deb.
2. A clean root is assembled from this machine's own Debian packages, with
   no download: every Essential/required package (what debootstrap's minbase
   holds) plus the dependency closure of the .deb's Depends and of tshark,
   each package's files as dpkg lists them (hard links; /etc and /var
   copied), and a dpkg database holding exactly those packages.
3. `dpkg --root ROOT -i` the .deb: dpkg itself checks that its Depends are
   met by that root.
4. chroot ROOT and run what a user would: paravisor --version and --check on
   the installed example, pvtrace decode and validate of a Linux trace,
   tshark decoding it WITHOUT -X (the installed plugin loads the
   dissectors: ICMP inside netvsc, SCSI sense names), the extcap listing,
   and the man pages.

SKIP (77) only when it truly cannot run: not root (chroot), or dpkg/cpack
missing. Takes ~30-60 s (mostly cpack).
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

BUILD, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, verdict  # noqa: E402


def installed():
    """{name: {status fields}} of installed packages, from dpkg's own database."""
    pk = {}
    with open("/var/lib/dpkg/status", encoding="utf-8", errors="replace") as f:
        for stanza in f.read().split("\n\n"):
            fields, key = {}, None
            for line in stanza.split("\n"):
                if line.startswith((" ", "\t")) and key:
                    fields[key] += "\n" + line
                elif ":" in line:
                    key, _, v = line.partition(":")
                    fields[key] = v.strip()
            if fields.get("Status", "").endswith(" installed") and "Package" in fields:
                fields["_raw"] = stanza.strip("\n")
                name = fields["Package"]
                if "Architecture" in fields and fields["Architecture"] not in ("all", "amd64"):
                    continue
                pk[name] = fields
    return pk


def dep_names(field):
    """Each comma-separated dependency as its list of alternatives (names only)."""
    out = []
    for dep in filter(None, (d.strip() for d in (field or "").split(","))):
        alts = []
        for a in dep.split("|"):
            n = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", a).strip().split(":")[0]
            if n:
                alts.append(n)
        out.append(alts)
    return out


def closure(pk, roots):
    provides = {}
    for n, f in pk.items():
        for alts in dep_names(f.get("Provides")):
            for a in alts:
                provides.setdefault(a, n)
    want, todo = set(), list(roots)
    while todo:
        n = todo.pop()
        if n in want:
            continue
        want.add(n)
        f = pk[n]
        for alts in dep_names(f.get("Depends")) + dep_names(f.get("Pre-Depends")):
            pick = next((a for a in alts if a in pk), None) or \
                next((provides[a] for a in alts if a in provides), None)
            if pick:
                todo.append(pick)
    return want


def list_file(name):
    for p in (f"/var/lib/dpkg/info/{name}.list", f"/var/lib/dpkg/info/{name}:amd64.list"):
        if os.path.exists(p):
            return p
    return None


def assemble(root, pk, names):
    # Merged /usr, as on the host: /bin -> usr/bin and so on.
    for d in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        if os.path.islink("/" + d):
            target = os.readlink("/" + d)
            os.makedirs(os.path.join(root, target.lstrip("/")), exist_ok=True)
            os.symlink(target, os.path.join(root, d))
    for n in sorted(names):
        lf = list_file(n)
        if not lf:
            continue
        with open(lf) as f:
            paths = [ln.rstrip("\n") for ln in f if ln.strip() and ln.strip() != "/."]
        for p in paths:
            dst = root + p
            try:
                if os.path.islink(p):
                    if not os.path.lexists(dst):
                        os.makedirs(os.path.dirname(dst), exist_ok=True)
                        os.symlink(os.readlink(p), dst)
                elif os.path.isdir(p):
                    os.makedirs(dst, exist_ok=True)
                elif os.path.isfile(p) and not os.path.lexists(dst):
                    os.makedirs(os.path.dirname(dst), exist_ok=True)
                    if p.startswith(("/etc/", "/var/")):
                        shutil.copy2(p, dst)  # things may write there: never the host's
                    else:
                        os.link(p, dst)
            except OSError:
                pass  # a file listed but diverted or removed on the host
    info = os.path.join(root, "var/lib/dpkg/info")
    os.makedirs(info, exist_ok=True)
    for d in ("updates", "triggers", "alternatives"):
        os.makedirs(os.path.join(root, "var/lib/dpkg", d), exist_ok=True)
    for n in names:
        lf = list_file(n)
        if lf:
            shutil.copy(lf, info)
    with open(os.path.join(root, "var/lib/dpkg/status"), "w") as f:
        for n in sorted(names):
            f.write(pk[n]["_raw"] + "\n\n")
    for fn in ("available", "diversions", "statoverride"):
        open(os.path.join(root, "var/lib/dpkg", fn), "a").close()
    # What base-passwd's and base-files' maintainer scripts would have made.
    for fn in ("passwd", "group"):
        shutil.copy("/etc/" + fn, os.path.join(root, "etc", fn))
    for d in ("dev", "tmp", "proc", "run"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    os.chmod(os.path.join(root, "tmp"), 0o1777)
    for name, (maj, mi) in (("null", (1, 3)), ("zero", (1, 5)), ("urandom", (1, 9))):
        os.mknod(os.path.join(root, "dev", name), 0o20666, os.makedev(maj, mi))


def chroot(root, *cmd, env=None):
    e = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"}
    e.update(env or {})
    return subprocess.run(["chroot", root, *cmd], capture_output=True, text=True, env=e,
                          timeout=300)


def main():
    if os.geteuid() != 0:
        print("SKIP: the clean-root install test needs root (chroot, dpkg --root)")
        return 77
    for tool in ("dpkg", "dpkg-deb", "cpack", "chroot"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed (scripts/setup installs dpkg-dev and cmake)")
            return 77
    r = subprocess.run(["cpack", "-G", "DEB"], cwd=BUILD, capture_output=True, text=True, timeout=600)
    debs = sorted(glob.glob(os.path.join(BUILD, "paravisor_*.deb")), key=os.path.getmtime)
    check(r.returncode == 0 and debs, "cpack -G DEB builds the package", r.stdout + r.stderr)
    if not debs:
        return 1
    deb = debs[-1]
    ctl = subprocess.run(["dpkg-deb", "-f", deb, "Depends"], capture_output=True, text=True).stdout
    pk = installed()
    base = {n for n, f in pk.items() if f.get("Essential") == "yes" or f.get("Priority") == "required"}
    roots = set(base)
    for alts in dep_names(ctl):
        roots.add(next((a for a in alts if a in pk), alts[0]))
    if "tshark" in pk:
        roots.add("tshark")
    missing = [n for n in roots if n not in pk]
    check(not missing, "the package's Depends are Debian packages installed here", missing)
    names = closure(pk, [n for n in roots if n in pk])
    root = tempfile.mkdtemp(prefix="pv-root-", dir=os.path.join(BUILD))
    try:
        assemble(root, pk, names)
        print(f"package_test: clean root {root}: {len(names)} Debian packages "
              f"({len(base)} essential/required), no build tree")
        r = subprocess.run(["dpkg", "--root", root, "--force-not-root", "-i", deb],
                           capture_output=True, text=True, timeout=300)
        check(r.returncode == 0, "dpkg --root installs the .deb (its Depends met by the root)",
              r.stdout + r.stderr)
        r = chroot(root, "paravisor", "--version")
        check(r.returncode == 0 and r.stdout.startswith("paravisor "), "chroot: paravisor --version",
              r.stdout + r.stderr)
        r = chroot(root, "paravisor", "--check", "--config",
                   "/usr/share/doc/paravisor/examples/vm.example.yaml")
        check(r.returncode == 0 and "configuration OK" in r.stdout,
              "chroot: paravisor --check on the installed example", r.stdout + r.stderr)
        for t in ("netvsc-init-traffic", "storvsc-sense"):
            shutil.copy(os.path.join(SRC, "tests/traces/corpus/linux", t + ".pcapng"),
                        os.path.join(root, "tmp"))
        r = chroot(root, "pvtrace", "decode", "/tmp/storvsc-sense.pcapng")
        check(r.returncode == 0 and "EXECUTE_SRB" in r.stdout, "chroot: pvtrace decode",
              r.stdout[-800:] + r.stderr)
        r = chroot(root, "pvtrace", "validate", "/tmp/netvsc-init-traffic.pcapng")
        check(r.returncode == 0 and "records valid" in r.stdout, "chroot: pvtrace validate",
              r.stdout + r.stderr)
        if shutil.which("tshark"):
            r = chroot(root, "tshark", "-n", "-r", "/tmp/netvsc-init-traffic.pcapng")
            check(r.returncode == 0 and re.search(r"ICMP +\d+ Echo \(ping\) request", r.stdout)
                  and re.search(r"TCP +\d+ \d+ → 5002 \[SYN\]", r.stdout),
                  "chroot: tshark (no -X) decodes IP/ICMP/TCP inside netvsc with the installed "
                  "plugin", r.stdout[:1500] + r.stderr)
            r = chroot(root, "tshark", "-n", "-r", "/tmp/storvsc-sense.pcapng")
            check("sense_key ILLEGAL_REQUEST asc_ascq LBA_OUT_OF_RANGE" in r.stdout,
                  "chroot: tshark (no -X) names the SCSI sense", r.stdout[-1500:] + r.stderr)
            r = chroot(root, "/usr/lib/x86_64-linux-gnu/wireshark/extcap/pvtrace-extcap",
                       "--extcap-interfaces")
            check(r.returncode == 0 and r.stdout.startswith("extcap {version="),
                  "chroot: the installed extcap answers Wireshark", r.stdout + r.stderr)
        for p in ("paravisor", "pvctl", "pvtrace", "pvguest", "pvdev"):
            check(os.path.exists(os.path.join(root, f"usr/share/man/man1/{p}.1")),
                  f"man page {p}.1 installed")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return verdict("package_test")


if __name__ == "__main__":
    sys.exit(main())
