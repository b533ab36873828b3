"""Run sshkeys-keygen and ssh-keygen side by side in one directory, the same way: the toolbox
tests (signatures, known_hosts, KRLs, SSHFP) compare their output, files and exit statuses."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120


def env(home, **extra):
    base = {k: v for k, v in os.environ.items() if k != "SSH_AUTH_SOCK"}
    return dict(base, PYTHONPATH=str(ROOT / "py"), HOME=str(home), TZ="UTC", LC_ALL="C",
                **extra)


def ours(home, *args, stdin=b"", status=0, **extra) -> subprocess.CompletedProcess:
    return _run([sys.executable, "-m", "sshkeys.keygen"], home, args, stdin, status, extra)


def theirs(home, *args, stdin=b"", status=0, **extra) -> subprocess.CompletedProcess:
    return _run(["ssh-keygen"], home, args, stdin, status, extra)


def _run(cmd, home, args, stdin, status, extra):
    if isinstance(stdin, str):
        stdin = stdin.encode()
    r = subprocess.run([*cmd, *map(str, args)], input=stdin, capture_output=True,
                       env=env(home, **extra), cwd=home, timeout=TIMEOUT)
    r.out = r.stdout.decode("latin-1")
    r.err = r.stderr.decode("latin-1")
    if status is not None:
        assert r.returncode == status, (cmd, args, r.returncode, r.out, r.err)
    assert "Traceback" not in r.err, r.err
    return r


def both(home, *args, stdin=b"", status=None):
    """(ours, theirs) for the same command; their exit statuses must agree."""
    a = ours(home, *args, stdin=stdin, status=None)
    b = theirs(home, *args, stdin=stdin, status=None)
    assert a.returncode == b.returncode, (args, a.returncode, b.returncode, a.out, a.err,
                                          b.out, b.err)
    if status is not None:
        assert a.returncode == status, (args, a.out, a.err)
    return a, b


def keygen(home, name, *args):
    """A key made by ssh-keygen (no passphrase): home/name and home/name.pub."""
    path = Path(home) / name
    for p in (path, Path(str(path) + ".pub")):
        p.unlink(missing_ok=True)
    theirs(home, "-q", "-N", "", "-C", name, "-f", path, *args)
    return path
