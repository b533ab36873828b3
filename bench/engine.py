"""Benchmark: the browser engine (sshkeys in Pyodide under Node.js, on WebCrypto, hash-wasm and
bcrypt-pbkdf) beside ssh-keygen and puttygen, in one run on one machine.

    python bench/engine.py [--runs 21] [--dist DIR]

The KDF rows are measured against two generations of referees: Debian's (on PATH) and
today's OpenSSH and PuTTY that tests/referees_build.py builds (skipped, with a note, when it
has not been run).

Prints a table of medians (with the interquartile range) and ratios ours / theirs. Our
times are measured inside Pyodide around the awaited call; theirs are whole processes, so
they include process start-up (a few ms: small next to RSA generation and the KDFs, not next
to Ed25519). Nothing here asserts a time: it is a measurement, not a test.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from node_host import PyodideHost  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def spread(samples: list) -> tuple:
    q = statistics.quantiles(samples, n=4) if len(samples) > 1 else [samples[0]] * 3
    return statistics.median(samples), q[0], q[2]


def timed(command: list, runs: int, before=None) -> list:
    samples = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, stdin=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return samples


def ours(host: PyodideHost, setup: str, call: str, runs: int) -> list:
    """Times `await call` in Pyodide, `runs` times, after running `setup` once."""
    host.run(setup)
    return host.run(f"""
import time
_samples = []
for _ in range({runs}):
    _start = time.perf_counter()
    await {call}
    _samples.append(time.perf_counter() - _start)
_samples
""", timeout=3600)


def build(dist: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "build.py"), "--out", str(dist)], check=True,
                   capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="samples per RSA row (default 21)")
    parser.add_argument("--dist", type=Path, help="a built dist/ (default: build one in a temp dir)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sshkeys-bench-"))
    dist = args.dist or work / "dist"
    if not args.dist:
        build(dist)
    os.environ["PUTTYDIR"] = str(work / "putty")    # puttygen writes its random seed there
    empty, pw = work / "empty", work / "pw"
    empty.write_text("")
    pw.write_text(PASSPHRASE + "\n")
    rows = []

    starts = []
    for _ in range(5):
        start = time.perf_counter()
        host = PyodideHost(dist)
        starts.append(time.perf_counter() - start)
        host.close()
    rows.append(("Pyodide ready (Node, load + wheel + import)", starts, None, None))

    host = PyodideHost(dist)
    host.run("import sshkeys")
    key = work / "k"

    def clear():
        for p in (key, Path(f"{key}.pub"), work / "k.ppk"):
            p.unlink(missing_ok=True)

    for bits in (2048, 3072, 4096):
        mine = ours(host, "", f"sshkeys.generate('rsa', {bits})", args.runs)
        keygen = timed(["ssh-keygen", "-q", "-t", "rsa", "-b", str(bits), "-N", "", "-f", key],
                       args.runs, clear)
        putty = timed(["puttygen", "-q", "-t", "rsa", "-b", str(bits), "--new-passphrase", empty,
                       "-o", work / "k.ppk"], args.runs, clear)
        rows.append((f"RSA {bits} generation", mine, keygen, putty))

    n = max(args.runs, 51)
    mine = ours(host, "", "sshkeys.generate('ed25519')", n)
    keygen = timed(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], n, clear)
    putty = timed(["puttygen", "-q", "-t", "ed25519", "--new-passphrase", empty, "-o",
                   work / "k.ppk"], n, clear)
    rows.append(("Ed25519 generation", mine, keygen, putty))

    generations = [("ssh-keygen", "puttygen")]
    today = todays_referees()
    if today:
        generations.append(today)
    else:
        print("(today's referees are not built: python3 tests/referees_build.py adds their "
              "KDF rows)", file=sys.stderr)
    for keygen_tool, puttygen_tool in generations:
        rows += kdf_rows(host, work, keygen_tool, puttygen_tool, pw)
    host.close()

    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    versions = " and ".join(f"{ssh_version(k)}/{putty_version(p)}" for k, p in generations)
    print(f"sshkeys browser engine under Node {node} vs {versions}; "
          f"medians [interquartile range] in ms, {args.runs} samples for RSA")
    print(f"{'operation':<48} {'ours':>20} {'ssh-keygen':>20} {'ratio':>6} {'puttygen':>20} {'ratio':>6}")
    for name, mine, keygen, putty in rows:
        print(f"{name:<48} {cell(mine):>20} {cell(keygen):>20} {ratio(mine, keygen):>6} "
              f"{cell(putty):>20} {ratio(mine, putty):>6}")
    return 0


def kdf_rows(host: PyodideHost, work: Path, keygen_tool: str, puttygen_tool: str,
             pw: Path) -> list:
    """The KDF rows against one generation of ssh-keygen and puttygen (named in each row when
    they are not Debian's)."""
    rows, key, n = [], work / "kdf", 11
    label = "" if keygen_tool == "ssh-keygen" else \
        f" vs {ssh_version(keygen_tool)}/{putty_version(puttygen_tool)}"
    # OpenSSH encryption at 16 rounds: ssh-keygen -p re-encrypts a plain key file.
    for p in (key, Path(f"{key}.pub")):
        p.unlink(missing_ok=True)
    subprocess.run([keygen_tool, "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
    plain = key.read_bytes()

    def restore():
        key.write_bytes(plain)
        key.chmod(0o600)

    mine = ours(host, f"_k = await sshkeys.load({plain!r})",
                f"sshkeys.save(_k, 'openssh', {PASSPHRASE!r}, rounds=16)", n)
    keygen = timed([keygen_tool, "-p", "-a", "16", "-P", "", "-N", PASSPHRASE, "-f", key], n,
                   restore)
    rows.append((f"OpenSSH encrypt, bcrypt 16 rounds{label}", mine, keygen, None))

    # PPK v3 at PuTTYgen's own parameters: read the passes it picks on this machine.
    ppk = work / "p.ppk"
    ppk.unlink(missing_ok=True)
    subprocess.run([puttygen_tool, "-q", "-t", "ed25519", "--new-passphrase", pw, "-o", ppk],
                   check=True)
    header = dict(line.split(": ", 1) for line in ppk.read_text().splitlines() if ": " in line)
    passes, memory = int(header["Argon2-Passes"]), int(header["Argon2-Memory"])
    mine = ours(host, "", f"sshkeys.save(_k, 'ppk', {PASSPHRASE!r}, passes={passes}, memory={memory})", n)
    putty = timed([puttygen_tool, ppk, "--old-passphrase", pw, "--new-passphrase", pw, "-P",
                   "--ppk-param", f"passes={passes}", "-o", work / "q.ppk"], n)
    rows.append((f"PPK v3 encrypt (Argon2id {memory} KiB, {passes} passes){label}", mine, None,
                 putty))
    data = ppk.read_bytes()
    mine = ours(host, "", f"sshkeys.load({data!r}, {PASSPHRASE!r})", n)
    # -O text needs the private half, so puttygen decrypts (and checks the MAC) too.
    putty = timed([puttygen_tool, ppk, "--old-passphrase", pw, "-O", "text", "-o", work / "q.txt"], n)
    rows.append((f"PPK v3 decrypt (load){label}", mine, None, putty))
    return rows


def todays_referees() -> tuple | None:
    """(ssh-keygen, puttygen) of today's referees as tests/referees_build.py built them."""
    import referees_build
    built = referees_build.current()
    if "openssh" not in built or "putty" not in built:
        return None
    paths = (Path(built["openssh"]["prefix"]) / "bin" / "ssh-keygen",
             Path(built["putty"]["prefix"]) / "bin" / "puttygen")
    return tuple(map(str, paths)) if all(os.access(p, os.X_OK) for p in paths) else None


def cell(samples) -> str:
    if not samples:
        return "—"
    m, lo, hi = spread(samples)
    return f"{m * 1000:.0f} [{lo * 1000:.0f}–{hi * 1000:.0f}]"


def ratio(mine, theirs) -> str:
    if not theirs:
        return "—"
    return f"{statistics.median(mine) / statistics.median(theirs):.2f}"


def ssh_version(keygen_tool: str = "ssh-keygen") -> str:
    """ssh -V of the OpenSSH the given ssh-keygen belongs to."""
    ssh = str(Path(keygen_tool).with_name("ssh")) if os.sep in keygen_tool else "ssh"
    return subprocess.run([ssh, "-V"], capture_output=True, text=True).stderr.split(",")[0].strip()


def putty_version(puttygen_tool: str = "puttygen") -> str:
    out = subprocess.run([puttygen_tool, "--version"], capture_output=True, text=True).stdout
    return "puttygen " + out.splitlines()[0].split("Release ")[-1]


if __name__ == "__main__":
    sys.exit(main())
