"""The referees: OpenSSH (ssh-keygen, ssh, sshd) and PuTTY (puttygen, plink), run as tools.

Every helper runs one command with a timeout, never reads a terminal (stdin is /dev/null and
passphrases go in as arguments or files), and returns the tool's output stripped. A failing
command raises RefereeError with the command line, exit status and output, so a test that
disagrees with a referee shows what the referee said.

Two generations referee: Debian's packages (OpenSSH 9.2, PuTTY 0.78) and today's releases
(OpenSSH 10.3, PuTTY 0.85), which tests/referees_build.py builds into a cache folder. The
helpers run the active generation's programs, Debian's unless a test cell names another
(conftest.py's `ossh` and `putty` fixtures, with ids such as ossh92/ossh103, putty078/putty085).
A cell one generation cannot do (DSA in OpenSSH 10.x) is skipped by name with the reason.

A missing tool is a failure, not a skip: CI installs openssh-client, openssh-server and
putty-tools and builds today's releases (.ci/run), and a cross-tool suite that silently skips
proves nothing.

PuTTY keeps a random seed in ~/.putty; every PuTTY tool here runs with PUTTYDIR pointing at a
private temporary directory, so the suite never writes to the real home directory. ssh runs
with -F /dev/null and its own known_hosts, so it never reads or creates ~/.ssh.

The names of the key types and formats the matrix tests share live at the end of this file.
"""

import atexit
import contextlib
import functools
import getpass
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

TIMEOUT = 60            # seconds for any one command; RSA 4096 + Argon2 stays far below
INSTALL_HINT = "install openssh-client, openssh-server and putty-tools (see .ci/run)"


class RefereeError(AssertionError):
    """A referee tool failed or is missing. An AssertionError, so pytest reports it as a failure."""


_scratch = Path(tempfile.mkdtemp(prefix="sshkeys-referees-"))
atexit.register(shutil.rmtree, _scratch, True)
_counter = 0
# TZ=UTC: ssh-keygen -L prints certificate times in local time (tests compare under UTC).
_ENV = dict(os.environ, PUTTYDIR=str(_scratch / "putty"), LC_ALL="C", TZ="UTC")
(_scratch / "putty").mkdir(mode=0o700)


def _scratch_file(content: bytes = b"", suffix: str = "") -> Path:
    global _counter
    _counter += 1
    path = _scratch / f"f{_counter}{suffix}"
    path.write_bytes(content)
    path.chmod(0o600)
    return path


# -- the two generations ------------------------------------------------------------------

OPENSSH_PROGRAMS = ("ssh", "ssh-keygen", "sshd")
PUTTY_PROGRAMS = ("puttygen", "plink")
SUITE_OF = {**{p: "openssh" for p in OPENSSH_PROGRAMS}, **{p: "putty" for p in PUTTY_PROGRAMS}}
BUILD_HINT = "run python3 tests/referees_build.py (bash tests/run does)"


class Generation:
    """One release of a suite of referees: Debian's packages, or today's release built by
    tests/referees_build.py. Its id (ossh92, ossh103, putty078, putty085) names test cells."""

    def __init__(self, suite: str, version: str | None, programs: dict, missing: str = "",
                 pam: bool = False):
        self.suite, self.version, self.programs, self.missing = suite, version, programs, missing
        self.pam = pam          # Debian's sshd has PAM (turned off in our config); ours has none
        digits = "".join(re.findall(r"\d+", re.sub(r"p\d+$", "", version or "")))
        self.id = ("ossh" if suite == "openssh" else "putty") + (digits or "-unknown")

    def __repr__(self) -> str:
        return self.id

    def path(self, name: str) -> str:
        found = self.programs.get(name)
        if not found:
            raise RefereeError(f"The referee tool {name!r} of {self.id} is missing: {self.missing}.")
        return found

    def at_least(self, version: str) -> bool:
        """Is this release `version` or newer ('9.6', '0.84')?"""
        def numbers(v):
            return tuple(int(n) for n in re.findall(r"\d+", re.sub(r"p\d+$", "", v)))
        return self.version is not None and numbers(self.version) >= numbers(version)

    @functools.cached_property
    def key_types(self) -> frozenset:
        """What this OpenSSH implements (`ssh -Q key-sig`): DSA is gone from 10.0."""
        return frozenset(run([self.path("ssh"), "-Q", "key-sig"]).stdout.split())

    def lacks(self, family: str, variant: str | None = None, writes: bool = False) -> str | None:
        """Why this generation cannot read (or, writes=True, write) keys of `family` in
        `variant` (a file variant or format name of the matrix), or None."""
        if self.suite == "openssh":
            if family == "dsa" and "ssh-dss" not in self.key_types:
                return f"OpenSSH {self.version} has no DSA (removed in 10.0)"
            if family == "ed25519" and (variant or "").lower() == "pkcs8":
                since = "10.3" if writes else "9.6"
                if not self.at_least(since):
                    return (f"OpenSSH {self.version} {'writes' if writes else 'reads'} "
                            f"no Ed25519 PKCS#8 ({since} does)")
        if self.suite == "putty" and variant == "openssh-aes256-gcm@openssh.com" \
                and not self.at_least("0.84"):
            return f"PuTTY {self.version} reads no aes256-gcm@openssh.com OpenSSH keys (0.84 does)"
        return None

    def skip_if_lacks(self, family: str, variant: str | None = None, writes: bool = False):
        """Skip the running cell, naming this generation and why, if it lacks the ability."""
        reason = self.lacks(family, variant, writes)
        if reason:
            import pytest
            pytest.skip(f"{self.id}: {reason}")


def _system_program(name: str) -> str | None:
    return shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.access(p, os.X_OK)), None)


def _debian_generations() -> tuple:
    openssh = {p: _system_program(p) for p in OPENSSH_PROGRAMS}
    putty = {p: _system_program(p) for p in PUTTY_PROGRAMS}
    ssh_version = putty_version = None
    if openssh["ssh"]:
        out = subprocess.run([openssh["ssh"], "-V"], capture_output=True, text=True).stderr
        ssh_version = (re.findall(r"OpenSSH_(\S+?)[ ,]", out) or [None])[0]
    if putty["puttygen"]:
        out = subprocess.run([putty["puttygen"], "--version"], capture_output=True, text=True,
                             env=_ENV).stdout
        putty_version = (re.findall(r"Release (\S+)", out) or [None])[0]
    return (Generation("openssh", ssh_version, {k: v for k, v in openssh.items() if v},
                       INSTALL_HINT, pam=True),
            Generation("putty", putty_version, {k: v for k, v in putty.items() if v},
                       INSTALL_HINT))


def _todays_generations() -> tuple:
    import referees_build
    built = referees_build.current()
    out = []
    for suite, programs in (("openssh", OPENSSH_PROGRAMS), ("putty", PUTTY_PROGRAMS)):
        entry = built.get(suite)
        paths = {}
        if entry:
            prefix = Path(entry["prefix"])
            paths = {p: str(prefix / "bin" / p) for p in programs
                     if os.access(prefix / "bin" / p, os.X_OK)}
        gen = Generation(suite, entry and entry["version"], paths,
                         f"today's {suite} is not built: {BUILD_HINT}")
        if not entry:
            gen.id = gen.id.replace("-unknown", "-today")
        out.append(gen)
    return tuple(out)


DEBIAN_OPENSSH, DEBIAN_PUTTY = _debian_generations()
TODAYS_OPENSSH, TODAYS_PUTTY = _todays_generations()
OPENSSH_GENERATIONS = [DEBIAN_OPENSSH, TODAYS_OPENSSH]
PUTTY_GENERATIONS = [DEBIAN_PUTTY, TODAYS_PUTTY]
# A cell that needs both suites runs with the tools of one era together, not every pairing.
GENERATION_PAIRS = [(DEBIAN_OPENSSH, DEBIAN_PUTTY), (TODAYS_OPENSSH, TODAYS_PUTTY)]

# The generation each helper below runs: Debian's, unless a test's cell names another.
_active = {"openssh": DEBIAN_OPENSSH, "putty": DEBIAN_PUTTY}


@contextlib.contextmanager
def using(*generations):
    """Run the helpers below with these generations (None entries are ignored)."""
    before = dict(_active)
    _active.update({g.suite: g for g in generations if g is not None})
    try:
        yield
    finally:
        _active.update(before)


def active(suite: str) -> Generation:
    return _active[suite]


def tool(name: str) -> str:
    """The path of a referee program: of the active generation for OpenSSH's and PuTTY's,
    else of the system."""
    if name in SUITE_OF:
        return _active[SUITE_OF[name]].path(name)
    found = _system_program(name)
    if not found:
        raise RefereeError(f"The referee tool {name!r} is not installed: {INSTALL_HINT}.")
    return found


def run(args: list, *, check: bool = True, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """Run a referee; stdin is /dev/null so nothing ever waits for a passphrase prompt."""
    args = [args[0] if os.path.isabs(str(args[0])) else tool(args[0])] + [str(a) for a in args[1:]]
    try:
        proc = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              errors="replace", timeout=timeout, env=_ENV)
    except subprocess.TimeoutExpired as e:
        raise RefereeError(f"{' '.join(args)} did not finish in {timeout} s "
                           f"(stdout {e.stdout!r}, stderr {e.stderr!r})") from None
    if check and proc.returncode != 0:
        raise RefereeError(f"{' '.join(args)} exited {proc.returncode}\n"
                           f"stdout: {proc.stdout.strip()}\nstderr: {proc.stderr.strip()}")
    return proc


def _private_file(path) -> Path:
    """ssh-keygen refuses private key files that others can read."""
    path = Path(path)
    path.chmod(0o600)
    return path


def _passphrase_file(passphrase) -> Path:
    """PuTTY reads a passphrase file's first line; an empty file means "no passphrase"."""
    if isinstance(passphrase, str):
        passphrase = passphrase.encode()
    return _scratch_file(passphrase + b"\n" if passphrase else b"", ".pw")


# -- ssh-keygen ---------------------------------------------------------------------------

def ssh_keygen_public(path, passphrase=None) -> str:
    """`ssh-keygen -y`: the public key line of a private key file (decrypting it)."""
    args = ["ssh-keygen", "-y", "-P", passphrase or "", "-f", _private_file(path)]
    return run(args).stdout.strip()


def ssh_keygen_fingerprint(path, hash_name: str = "sha256") -> str:
    """`ssh-keygen -l [-E md5]`: 'BITS FINGERPRINT COMMENT (TYPE)'."""
    return run(["ssh-keygen", "-l", "-E", hash_name, "-f", _private_file(path)]).stdout.strip()


def ssh_keygen_randomart(path, hash_name: str = "sha256") -> str:
    """`ssh-keygen -lv [-E md5]`: the fingerprint line, then the randomart picture."""
    args = ["ssh-keygen", "-l", "-v", "-E", hash_name, "-f", _private_file(path)]
    return run(args).stdout.strip()


def ssh_keygen_import(path, mode: str) -> str:
    """`ssh-keygen -i -m RFC4716|PKCS8|PEM`: a foreign public key file as an OpenSSH line."""
    return run(["ssh-keygen", "-i", "-m", mode, "-f", path]).stdout.strip()


def ssh_keygen_export(public_path, mode: str | None = None) -> bytes:
    """`ssh-keygen -e [-m RFC4716|PKCS8|PEM]`: an OpenSSH public key in a foreign format."""
    args = ["ssh-keygen", "-e", "-f", public_path] + (["-m", mode] if mode else [])
    return run(args).stdout.encode()


def ssh_keygen_generate(path, keytype: str, bits: int | None = None, comment: str = "",
                        passphrase=None, fmt: str | None = None, cipher: str | None = None,
                        rounds: int | None = None) -> None:
    """`ssh-keygen -t` writing `path` and `path`.pub."""
    path = Path(path)
    for p in (path, Path(str(path) + ".pub")):
        p.unlink(missing_ok=True)
    args = ["ssh-keygen", "-q", "-t", keytype, "-C", comment, "-N", passphrase or "", "-f", path]
    args += (["-b", bits] if bits else []) + (["-m", fmt] if fmt else [])
    args += (["-Z", cipher] if cipher else []) + (["-a", rounds] if rounds else [])
    run(args)


def ssh_keygen_rewrite(path, old_passphrase=None, new_passphrase=None, fmt: str | None = None,
                       cipher: str | None = None, rounds: int | None = None) -> None:
    """`ssh-keygen -p`: rewrite a private key file in place, in `fmt` (RFC4716 = the default
    OpenSSH format, PEM, PKCS8) with a new passphrase. PEM and PKCS8 need 5+ characters."""
    args = ["ssh-keygen", "-p", "-P", old_passphrase or "", "-N", new_passphrase or "",
            "-f", _private_file(path)]
    args += (["-m", fmt] if fmt else []) + (["-Z", cipher] if cipher else [])
    args += ["-a", rounds] if rounds else []
    run(args)


def ssh_keygen_sign(ca_path, public_path, key_id: str, *options, passphrase=None) -> Path:
    """`ssh-keygen -s CA -I ID [options] KEY.pub`: the path of the KEY-cert.pub it writes."""
    run(["ssh-keygen", "-q", "-s", _private_file(ca_path), "-P", passphrase or "",
         "-I", key_id, *options, public_path])
    public_path = Path(public_path)
    return public_path.with_name(public_path.name.removesuffix(".pub") + "-cert.pub")


def ssh_keygen_show_cert(path) -> str:
    """`ssh-keygen -L -f CERT` (times in UTC: the referees run with TZ=UTC)."""
    return run(["ssh-keygen", "-L", "-f", path]).stdout


# -- puttygen -----------------------------------------------------------------------------

def puttygen(source, *args, passphrase=None) -> str:
    """Run puttygen on a key file, always with --old-passphrase (an empty file when there is
    none: puttygen then fails with "wrong passphrase" on an encrypted file instead of
    prompting; on an unencrypted file it ignores the option). Returns what it wrote to -o."""
    out = _scratch_file(suffix=".out")
    out.unlink()
    run(["puttygen", source, "--old-passphrase", _passphrase_file(passphrase), *args, "-o", out])
    text = out.read_text(errors="replace")
    out.unlink()
    return text.strip()


def puttygen_public(path, passphrase=None) -> str:
    """`puttygen -O public-openssh`: the OpenSSH public line of any key file puttygen reads.

    For a .ppk file this reads only the unencrypted public half (the passphrase is not
    checked); use puttygen_text to prove the private half decrypts to the right numbers."""
    return puttygen(path, "-O", "public-openssh", passphrase=passphrase)


def puttygen_text(path, passphrase=None) -> dict:
    """`puttygen -O text`: the key's numbers (name -> int, or str for quoted values).
    Needs the private half, so it decrypts the file and checks a .ppk MAC."""
    values = {}
    for line in puttygen(path, "-O", "text", passphrase=passphrase).splitlines():
        name, _, value = line.partition("=")
        values[name] = int(value, 16) if value.startswith("0x") else value.strip('"')
    return values


def puttygen_fingerprint(path, hash_name: str = "sha256", passphrase=None) -> str:
    """`puttygen -l -E sha256|md5`: 'ALGORITHM BITS FINGERPRINT' (PuTTY's own line format)."""
    return puttygen(path, "-l", "-E", hash_name, passphrase=passphrase)


def puttygen_generate(path, keytype: str, bits: int | None = None, comment: str = "") -> None:
    """`puttygen -t`: a new unencrypted PPK v3 file (convert it with puttygen_convert)."""
    args = ["puttygen", "-q", "-t", keytype, "-C", comment, "--new-passphrase",
            _passphrase_file(None), "-o", path] + (["-b", bits] if bits else [])
    run(args)


def puttygen_convert(source, dest, output_type: str, old_passphrase=None, new_passphrase=None,
                     ppk_params: str | None = None) -> None:
    """`puttygen SOURCE -O private|private-openssh|private-openssh-new|private-sshcom|public|
    public-openssh -o DEST`, encrypting private outputs with new_passphrase."""
    args = ["puttygen", source, "--old-passphrase", _passphrase_file(old_passphrase),
            "--new-passphrase", _passphrase_file(new_passphrase), "-O", output_type, "-o", dest]
    if output_type == "private":
        args.append("-P")      # else PPK to PPK "would perform no useful action"
    args += ["--ppk-param", ppk_params] if ppk_params else []
    run(args)


# -- sshd, ssh and plink ------------------------------------------------------------------

# What OpenSSH 9.2 implements but no longer offers by default: SHA-1 RSA signatures and DSA
# keys, and DSA keys' certificates. 10.x has no DSA at all; each generation enables those of
# these it has (Sshd.legacy_algorithms).
LEGACY_ALGORITHMS = ("ssh-rsa", "ssh-dss", "ssh-dss-cert-v01@openssh.com")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sshd:
    """A private sshd on 127.0.0.1 for live logins: its own host key, config, authorized_keys
    and known_hosts in `workdir`. Only the key last passed to authorize() may log in.

    ssh-dss is enabled (PubkeyAcceptedAlgorithms +ssh-rsa,ssh-dss on both ends): OpenSSH 9.2
    disables DSA by default but still implements it, and the library still makes DSA keys,
    so the suite proves they work where a user opts in. ssh-rsa (SHA-1) is enabled as the
    brief asks; our RSA keys log in with rsa-sha2-256/512 regardless.
    """

    PRIVSEP_DIR = Path("/run/sshd")

    def __init__(self, workdir, *, trusted_user_ca_keys: str = "", host_key=None,
                 host_certificate=None, revoked_keys=None,
                 generation: Generation | None = None):
        """trusted_user_ca_keys: CA public key lines for TrustedUserCAKeys (user certificates
        whose principals name this user log in). host_key and host_certificate: a host key
        file to use instead of a new Ed25519 one, and its certificate for HostCertificate;
        then known_hosts trusts only the CAs passed to trust_host_ca(). revoked_keys: the file
        for RevokedKeys (sshd reads it at each login, so it may be rewritten between them).
        generation: the OpenSSH whose sshd, ssh and ssh-keygen serve (the active one by
        default)."""
        self.generation = generation or active("openssh")
        self.dir = Path(workdir).resolve()      # sshd insists on absolute paths
        self.trusted_user_ca_keys = trusted_user_ca_keys
        self.given_host_key = host_key
        self.host_certificate = host_certificate
        self.revoked_keys = revoked_keys
        self.user = getpass.getuser()
        self.proc = None
        self.port = None
        self.host_key = self.dir / "host_ed25519"
        self.authorized_keys = self.dir / "authorized_keys"
        self.known_hosts = self.dir / "known_hosts"
        self.config = self.dir / "sshd_config"
        self.log_path = self.dir / "sshd.log"

    @property
    def legacy_algorithms(self) -> str:
        return ",".join(a for a in LEGACY_ALGORITHMS if a in self.generation.key_types)

    def start(self, attempts: int = 5) -> "Sshd":
        with using(self.generation):
            return self._start(attempts)

    def _start(self, attempts: int) -> "Sshd":
        sshd = tool("sshd")
        tool("ssh")
        if not self.PRIVSEP_DIR.is_dir():
            try:
                self.PRIVSEP_DIR.mkdir(mode=0o755, parents=True)
            except OSError as e:
                raise RefereeError(f"sshd needs its privilege separation directory "
                                   f"{self.PRIVSEP_DIR} and it cannot be created: {e}") from None
        if self.given_host_key is None:
            ssh_keygen_generate(self.host_key, "ed25519", comment="sshkeys test host")
            host_public = " ".join(Path(str(self.host_key) + ".pub").read_text().split()[:2])
        else:
            self.host_key = self.dir / "host_key"
            shutil.copyfile(self.given_host_key, self.host_key)
            host_public = ssh_keygen_public(self.host_key)
        self.host_fingerprint = ssh_keygen_fingerprint(self.host_key).split()[1]
        self.authorized_keys.write_text("")
        for _ in range(attempts):          # another process may take the port we picked
            self.port = _free_port()
            self.config.write_text(self._config())
            run([sshd, "-t", "-f", self.config])
            self.log_file = open(self.log_path, "ab")
            self.proc = subprocess.Popen([sshd, "-D", "-e", "-f", str(self.config)],
                                         stdin=subprocess.DEVNULL, stdout=self.log_file,
                                         stderr=subprocess.STDOUT)
            atexit.register(self.stop)     # even if the session ends without teardown
            if self._wait_listening():
                self.known_hosts.write_text("" if self.host_certificate else
                                            f"[127.0.0.1]:{self.port} {host_public}\n")
                return self
            self.stop()
        raise RefereeError(f"sshd did not start listening; its log:\n{self.log()}")

    def _config(self) -> str:
        extra = []
        if self.trusted_user_ca_keys:
            ca_file = self.dir / "trusted_user_ca_keys"
            ca_file.write_text(self.trusted_user_ca_keys.strip() + "\n")
            extra.append(f"TrustedUserCAKeys {ca_file}")
        if self.revoked_keys:
            extra.append(f"RevokedKeys {Path(self.revoked_keys).resolve()}")
        if self.host_certificate:
            cert_file = self.dir / "host_key-cert.pub"
            shutil.copyfile(self.host_certificate, cert_file)
            extra.append(f"HostCertificate {cert_file}")
        return "\n".join(extra + [
            f"Port {self.port}",
            "ListenAddress 127.0.0.1",
            f"HostKey {self.host_key}",
            f"AuthorizedKeysFile {self.authorized_keys}",
            "PidFile none",
            "StrictModes no",
            *(["UsePAM no"] if self.generation.pam else []),
            "PubkeyAuthentication yes",
            f"PubkeyAcceptedAlgorithms +{self.legacy_algorithms}",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            f"AllowUsers {self.user}",
            "MaxStartups 50",
            # sshd 9.8+ penalises an address after failed logins: every test comes from
            # 127.0.0.1, and the refusal tests fail on purpose (9.2 has no such option).
            *(["PerSourcePenalties no"] if self.generation.at_least("9.8") else []),
            "LogLevel VERBOSE",
        ]) + "\n"

    def _wait_listening(self, seconds: float = 10) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(8).startswith(b"SSH-2.0"):
                        return True
            except OSError:
                pass
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None
        if getattr(self, "log_file", None):
            self.log_file.close()

    def log(self, last: int = 40) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return "(no log)"
        return "\n".join(lines[-last:])

    def authorize(self, public_line: str) -> None:
        """Let exactly this key in (the file is rewritten for each login)."""
        self.authorized_keys.write_text(public_line.strip() + "\n")

    def _login(self, args: list) -> str:
        if self.proc is None or self.proc.poll() is not None:
            raise RefereeError(f"sshd is not running; its log:\n{self.log()}")
        mark = self.log_path.stat().st_size
        try:
            with using(self.generation):
                return run(args).stdout.strip()
        except RefereeError as e:
            tail = self.log_path.read_bytes()[mark:].decode(errors="replace")
            raise RefereeError(f"{e}\nsshd log for this login:\n{tail}") from None

    def trust_host_ca(self, ca_public_line: str) -> None:
        """known_hosts trusts host certificates of this CA for 127.0.0.1 (and nothing else)."""
        line = " ".join(ca_public_line.split()[:2])
        self.known_hosts.write_text(f"@cert-authority [127.0.0.1]:{self.port} {line}\n")

    def login_openssh(self, private_key_path, certificate=None) -> str:
        """ssh -i KEY [-o CertificateFile=CERT] ... echo ok, trusting only our host key (or
        the CA of trust_host_ca); returns the remote output."""
        cert = ["-o", f"CertificateFile={certificate}"] if certificate else []
        return self._login([
            "ssh", "-F", "/dev/null", *cert, "-i", _private_file(private_key_path),
            "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=yes", "-o", f"UserKnownHostsFile={self.known_hosts}",
            "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", f"PubkeyAcceptedAlgorithms=+{self.legacy_algorithms}",
            "-o", "ConnectTimeout=20", "-o", "LogLevel=ERROR",
            "-p", self.port, f"{self.user}@127.0.0.1", "echo ok"])

    def login_plink(self, ppk_path) -> str:
        """plink -batch -i KEY.ppk ... echo ok, pinning our host key by its SHA256 fingerprint."""
        return self._login([
            "plink", "-batch", "-ssh", "-noagent", "-hostkey", self.host_fingerprint,
            "-i", _private_file(ppk_path), "-P", self.port, f"{self.user}@127.0.0.1", "echo ok"])


# -- the vocabulary the matrix tests share ------------------------------------------------

PASSPHRASE = "correct horse battery"   # PEM/PKCS8 via ssh-keygen needs at least 5 characters

# Our keys, by test id: (family, bits). Generated once per session (see conftest.py).
KEY_SPECS = {
    "ed25519": ("ed25519", None),
    "rsa2048": ("rsa", 2048),
    "ecdsa256": ("ecdsa", 256),
    "ecdsa384": ("ecdsa", 384),
    "ecdsa521": ("ecdsa", 521),
    "dsa": ("dsa", 1024),
    "ed448": ("ed448", None),
    "rsa4096": ("rsa", 4096),          # one big-key cell per direction, not the whole matrix
}
MATRIX_KEYS = [k for k in KEY_SPECS if k != "rsa4096"]
OPENSSH_KEYS = [k for k in MATRIX_KEYS if k != "ed448"]          # what ssh-keygen/sshd know
LOGIN_KEYS = OPENSSH_KEYS                                         # dsa enabled in our sshd
PEM_KEYS = [k for k in MATRIX_KEYS if not k.startswith("ed")]    # PKCS#1 / SEC1 / DSA only

# How ssh-keygen's -l/-lv name each family, and how PuTTY counts Ed25519's bits.
SSH_KEYGEN_LABEL = {"rsa": "RSA", "dsa": "DSA", "ecdsa": "ECDSA", "ed25519": "ED25519",
                    "ed448": "ED448"}
PUTTY_BITS = {"ed25519": 255}


# Every cipher ssh-keygen offers for openssh-key-v1 files (-Z), and our writer's cipher_name.
CIPHERS = ["aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-cbc", "aes192-cbc", "aes256-cbc",
           "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com"]


def comment_for(spec: str) -> str:
    return f"sshkeys test {spec} key@example"


def ssh_keygen_line(bits: int, fingerprint: str, comment: str, family: str) -> str:
    """ssh-keygen -l's line format, composed from our values."""
    return f"{bits} {fingerprint} {comment or 'no comment'} ({SSH_KEYGEN_LABEL[family]})"


def strip_comment(line: str) -> str:
    """'type base64 comment' -> 'type base64'."""
    return " ".join(line.split()[:2])


def private_numbers(key) -> dict:
    """Our key's numbers under the names `puttygen -O text` uses."""
    priv, family = key.private, key.type.family
    if family == "rsa":
        return {"public_modulus": priv.public.n, "public_exponent": priv.public.e,
                "private_exponent": priv.d, "private_p": priv.p, "private_q": priv.q,
                "private_inverse_q_mod_p": priv.iqmp}
    if family == "dsa":
        pub = priv.public
        return {"p": pub.p, "q": pub.q, "g": pub.g, "public_y": pub.y, "private_x": priv.x}
    if family == "ecdsa":
        x, y = priv.public.xy()
        return {"public_affine_x": x, "public_affine_y": y, "private_exponent": priv.d}
    return {"private_exponent": int.from_bytes(priv.seed, "little")}


def unquote_rfc4716_comment(data: bytes) -> str:
    """The Comment: header of an RFC 4716 file as a reader should give it back."""
    m = re.search(rb'^Comment: *"?(.*?)"?\s*$', data, re.M)
    return m.group(1).decode() if m else ""
