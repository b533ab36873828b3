"""Builds today's referees: the newest OpenSSH and PuTTY whose source Debian serves.

    python3 tests/referees_build.py          # tests/run calls it before pytest

The tests prove our files against two generations of the real tools: Debian stable's own
packages (installed by .ci/run) and the newest releases whose source the Debian archive
serves, built here from the upstream tarball (the Debian patches are left out: the referee is
upstream's behaviour). Sources come through apt only, from a deb-src list of our own (suites
sid and trixie, the mirror of the system's own apt sources) kept with a private apt state in
the cache folder, so the system's sources and lists are never touched. A tarball is taken only
if its SHA-256 matches the signed Sources index (apt-helper checks it on download), and, for
the releases recorded in VERIFIED below, that recorded digest too.

Each release is built once into a prefix of its own in the cache folder
($SSHKEYS_REFEREES_CACHE, else $XDG_CACHE_HOME/sshkeys-referees, else
~/.cache/sshkeys-referees): <cache>/openssh-10.3p1/{bin,libexec}, <cache>/putty-0.85/bin.
A prefix whose source version is unchanged is reused; <cache>/current.json names the prefixes
the tests use (tests/referees.py reads it). The newest source version the archive lists is
tried first; a version whose tarball is not served falls back to the next one.

Only the tools the tests run are built (make -j2): ssh, ssh-keygen, sshd and the sshd-session
and sshd-auth programs sshd 10.x executes; puttygen and plink. OpenSSH is configured without
PAM, Kerberos, zlib or SELinux, with OpenSSL (libssl-dev); its sshd uses Debian's
privilege separation directory /run/sshd and user sshd, and the tests run it on 127.0.0.1 only.
Build needs: build-essential, cmake, libssl-dev (see .ci/run).
"""

import fcntl
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

SUITES = "sid trixie"
JOBS = "2"

# Tarballs checked by hand against the signed index once; a mismatch later means the archive
# changed a released file, which no mirror should do.
VERIFIED = {
    "openssh_10.3p1.orig.tar.gz":
        "56682a36bb92dcf4b4f016fd8ec8e74059b79a8de25c15d670d731e7d18e45f4",
    "openssh_10.0p1.orig.tar.gz":
        "021a2e709a0edf4250b1256bd5a9e500411a90dddabea830ed59cef90eb9d85c",
    "putty_0.85.orig.tar.gz":
        "13fd4db2936d03b73812a7bcc2a658e4dd29cc776a56c3670a7fc6f1a0ee8af8",
}

# No PAM, Kerberos, zlib or SELinux; security-key types stay (ssh-keygen parses them without
# libfido2). sshd shares Debian's privilege separation directory; its user is sshd.
OPENSSH_CONFIGURE = ["--with-privsep-path=/run/sshd", "--without-zlib", "--without-pam",
                     "--without-kerberos5", "--without-selinux"]
OPENSSH_PROGRAMS = {"bin": ["ssh", "ssh-keygen", "sshd"], "libexec": ["sshd-session", "sshd-auth"]}
PUTTY_PROGRAMS = ["puttygen", "plink"]


class BuildError(Exception):
    pass


def cache_dir() -> Path:
    if os.environ.get("SSHKEYS_REFEREES_CACHE"):
        return Path(os.environ["SSHKEYS_REFEREES_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "sshkeys-referees"


def current() -> dict:
    """{'openssh': {'version', 'prefix', ...}, 'putty': {...}} as last built, or {}."""
    try:
        return json.loads((cache_dir() / "current.json").read_text())
    except (OSError, ValueError):
        return {}


def log(message: str) -> None:
    print(f"referees: {message}", file=sys.stderr, flush=True)


def _run(args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], check=True, **kwargs)


def _build_step(args, log_path: Path, cwd: Path | None = None) -> None:
    """One configure/make step, its chatter (compiler warnings) kept in the build log."""
    with open(log_path, "a") as out:
        proc = subprocess.run([str(a) for a in args], cwd=cwd, stdout=out,
                              stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-30:])
        raise BuildError(f"{' '.join(map(str, args))} exited {proc.returncode}; "
                         f"the end of {log_path}:\n{tail}")


# -- the mirror and a private apt state --------------------------------------------------

def system_mirror() -> str:
    """The first non-security Debian archive URI of the system's apt sources."""
    candidates = []
    parts = Path("/etc/apt/sources.list.d")
    for path in sorted(parts.glob("*.sources")) if parts.is_dir() else []:
        for stanza in re.split(r"\n\s*\n", path.read_text()):
            fields = dict(re.findall(r"^([A-Za-z-]+):\s*(.*)$", stanza, re.M))
            if "deb" in fields.get("Types", "").split() and \
                    fields.get("Enabled", "yes").lower() != "no":
                for uri in fields.get("URIs", "").split():
                    candidates.append((uri, fields.get("Suites", "")))
    lists = [Path("/etc/apt/sources.list")] + sorted(parts.glob("*.list"))
    for path in lists:
        if path.is_file():
            for line in path.read_text().splitlines():
                m = re.match(r"\s*deb\s+(?:\[[^]]*\]\s+)?(\S+)\s+(\S+)", line)
                if m:
                    candidates.append(m.groups())
    for uri, suites in candidates:
        if "security" not in uri and "security" not in suites and uri.startswith(("http", "file")):
            return uri.rstrip("/")
    raise BuildError("no Debian archive in the system's apt sources to take source packages from")


class Apt:
    """apt-get and apt-cache over our own deb-src list and state, beside the system's."""

    def __init__(self, root: Path):
        self.root = root
        for sub in ("sources.list.d", "lists/partial", "cache/archives/partial"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        keyring = "/usr/share/keyrings/debian-archive-keyring.gpg"
        (root / "sources.list.d" / "referees.sources").write_text(
            f"Types: deb-src\nURIs: {system_mirror()}\nSuites: {SUITES}\nComponents: main\n"
            f"Signed-By: {keyring}\n")
        self.options = [
            "-o", "Dir::Etc::SourceList=/dev/null",
            "-o", f"Dir::Etc::SourceParts={root / 'sources.list.d'}",
            "-o", f"Dir::State::Lists={root / 'lists'}",
            "-o", f"Dir::Cache={root / 'cache'}",
        ]
        if os.geteuid() == 0:          # our folders are not the _apt user's to write
            self.options += ["-o", "APT::Sandbox::User=root"]

    def update(self) -> None:
        _run(["apt-get", *self.options, "-qq", "update"], stdout=subprocess.DEVNULL)

    def versions(self, package: str) -> list[str]:
        """Every source version of `package` in our index, newest first."""
        out = subprocess.run(["apt-cache", *self.options, "showsrc", package],
                             capture_output=True, text=True).stdout
        found = set(re.findall(r"^Version: (\S+)$", out, re.M))
        return sorted(found, key=functools.cmp_to_key(_compare_versions), reverse=True)

    def orig_tarball(self, package: str, version: str) -> tuple[str, str, str] | None:
        """(uri, file name, sha256) of the upstream tarball, as the signed index lists it."""
        out = subprocess.run(["apt-get", *self.options, "-qq", "--print-uris", "source",
                              f"{package}={version}"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            m = re.match(r"'(\S+)' (\S+\.orig\.tar\.(?:gz|xz)) \d+ SHA256:([0-9a-f]{64})$", line)
            if m:
                return m.groups()
        return None

    def download(self, uri: str, target: Path, sha256: str) -> bool:
        """apt's own download, which checks the digest; False when the file is not served."""
        proc = subprocess.run(["/usr/lib/apt/apt-helper", *self.options, "download-file", uri,
                               target, f"SHA256:{sha256}"], capture_output=True, text=True)
        if proc.returncode != 0:
            target.unlink(missing_ok=True)
            log(f"{target.name} not served: {proc.stderr.strip().splitlines()[-1:]}")
        return proc.returncode == 0


def _compare_versions(a: str, b: str) -> int:
    if a == b:
        return 0
    lower = subprocess.run(["dpkg", "--compare-versions", a, "lt", b]).returncode == 0
    return -1 if lower else 1


def upstream_version(version: str) -> str:
    """'1:10.3p1-4' -> '10.3p1'."""
    return version.split(":", 1)[-1].rsplit("-", 1)[0]


# -- the builds ---------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _unpack(tarball: Path, into: Path) -> Path:
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    with tarfile.open(tarball) as tar:
        tar.extractall(into, filter="data")
    (top,) = into.iterdir()
    return top


def build_openssh(source: Path, prefix: Path, staging: Path, log_path: Path) -> None:
    """Configured for `prefix` (sshd runs sshd-session from the libexec path it was built
    with), installed into `staging`, which becomes `prefix` once complete."""
    _build_step(["./configure", "-q", f"--prefix={prefix}", f"--libexecdir={prefix}/libexec",
                 f"--sysconfdir={prefix}/etc", *OPENSSH_CONFIGURE], log_path, source)
    makefile = (source / "Makefile").read_text()
    programs = {d: [p for p in names if re.search(rf"^{re.escape(p)}\$\(EXEEXT\):", makefile, re.M)]
                for d, names in OPENSSH_PROGRAMS.items()}
    _build_step(["make", f"-j{JOBS}", *programs["bin"], *programs["libexec"]], log_path, source)
    for directory, names in programs.items():
        (staging / directory).mkdir(parents=True, exist_ok=True)
        for name in names:
            shutil.copy2(source / name, staging / directory / name)
    (staging / "etc").mkdir(exist_ok=True)


def build_putty(source: Path, prefix: Path, staging: Path, log_path: Path) -> None:
    build = source / "build"
    _build_step(["cmake", "-S", source, "-B", build, "-DCMAKE_BUILD_TYPE=Release"], log_path)
    _build_step(["cmake", "--build", build, "-j", JOBS, "--target", *PUTTY_PROGRAMS], log_path)
    (staging / "bin").mkdir(parents=True)
    for name in PUTTY_PROGRAMS:
        shutil.copy2(build / name, staging / "bin" / name)


BUILDERS = {"openssh": build_openssh, "putty": build_putty}
# A prefix is reused when its source and this recipe are unchanged.
RECIPES = {"openssh": " ".join(OPENSSH_CONFIGURE + OPENSSH_PROGRAMS["bin"]
                               + OPENSSH_PROGRAMS["libexec"]),
           "putty": "cmake Release " + " ".join(PUTTY_PROGRAMS)}


def _built(prefix: Path) -> dict | None:
    try:
        return json.loads((prefix / "built.json").read_text())
    except (OSError, ValueError):
        return None


def ensure(apt: Apt | None, package: str, cache: Path) -> dict:
    """The newest version of `package` that is built or can be fetched and built."""
    versions = apt.versions(package) if apt else []
    if not versions:         # offline: the last build stands
        previous = current().get(package)
        if previous and _built(Path(previous["prefix"])):
            log(f"{package}: no index; using the build of {previous['version']}")
            return previous
        raise BuildError(f"no source version of {package} listed and none built before")
    for version in versions:
        upstream = upstream_version(version)
        prefix = cache / f"{package}-{upstream}"
        done = _built(prefix)
        if done and done.get("recipe") == RECIPES[package]:
            log(f"{package} {upstream}: built before ({done['build_seconds']} s), reused")
            return done
        found = apt.orig_tarball(package, version)
        if not found:
            continue
        uri, name, sha256 = found
        if VERIFIED.get(name, sha256) != sha256:
            raise BuildError(f"{name}: the index lists SHA-256 {sha256}, "
                             f"not the {VERIFIED[name]} recorded in {__file__}")
        tarball = cache / "src" / name
        tarball.parent.mkdir(exist_ok=True)
        if not (tarball.is_file() and _sha256(tarball) == sha256):
            if not apt.download(uri, tarball, sha256):
                continue
        log(f"{package} {upstream}: building from {name}")
        started = time.monotonic()
        source = _unpack(tarball, cache / "work" / package)
        partial = prefix.with_name(prefix.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        log_path = cache / "work" / f"{package}-{upstream}.log"
        log_path.unlink(missing_ok=True)
        BUILDERS[package](source, prefix, partial, log_path)
        shutil.rmtree(prefix, ignore_errors=True)
        partial.rename(prefix)
        shutil.rmtree(cache / "work" / package, ignore_errors=True)     # the log stays
        done = {"package": package, "version": upstream, "debian_version": version,
                "tarball": name, "sha256": sha256, "prefix": str(prefix),
                "recipe": RECIPES[package],
                "build_seconds": round(time.monotonic() - started, 1)}
        (prefix / "built.json").write_text(json.dumps(done, indent=1) + "\n")
        log(f"{package} {upstream}: built in {done['build_seconds']} s into {prefix}")
        return done
    raise BuildError(f"none of the source versions of {package} ({', '.join(versions)}) "
                     f"could be fetched")


def main() -> int:
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)        # two runs at once would build into one prefix
        try:
            apt = Apt(cache / "apt")
            try:
                apt.update()
            except subprocess.CalledProcessError:
                log("apt-get update of the source index failed; trying the last builds")
                apt = None
            built = {package: ensure(apt, package, cache) for package in BUILDERS}
        except (BuildError, subprocess.CalledProcessError) as e:
            log(f"failed: {e}")
            return 1
        (cache / "current.json").write_text(json.dumps(built, indent=1) + "\n")
    log(f"ready in {time.monotonic() - started:.0f} s: "
        + ", ".join(f"{p} {b['version']} in {b['prefix']}" for p, b in built.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
