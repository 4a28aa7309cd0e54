"""What the tools tests (control_test.py, package_test.py) share: a check
that prints ok/FAIL and keeps going, and the verdict line at the end."""

FAILS = []


def check(cond, what, detail=""):
    """Prints 'ok: what' or 'FAIL: what' (with the end of detail); remembers failures."""
    print(("ok: " if cond else "FAIL: ") + what)
    if not cond:
        FAILS.append(what)
        if detail:
            print("    | " + str(detail).rstrip()[-3000:].replace("\n", "\n    | "))


def verdict(name):
    """The test's last line; its exit status (1 if any check failed)."""
    print(name + ": " + ("PASS" if not FAILS else f"{len(FAILS)} failed"))
    return 1 if FAILS else 0
