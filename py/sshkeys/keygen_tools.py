"""ssh-keygen's file toolbox for `sshkeys-keygen`: SSH signatures (-Y), known_hosts (-F, -R,
-H), key revocation lists (-k, -Q), SSHFP records (-r), and the sentences for what we leave to
ssh-keygen (-M moduli, FIDO keys).

Messages, output and exit statuses are ssh-keygen 9.2's: error() lines on standard error
without a prefix, results on standard output, 255 where ssh-keygen's fatal() or a failed
operation exits, 1 for a missing argument. Each mode is `async def mode(kg) -> int`, kg being
the keygen.Keygen that parsed the command line.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

from . import keytext, knownhosts, krl as krls, sshfp, sshsig
from .keygen_listing import short_type
from .errors import PassphraseRequired, SSHKeyError, WrongPassphrase
from .fingerprint import bubblebabble, fingerprint, randomart

PROG = "sshkeys-keygen"
FAIL = 255
HOST_KEYS = ("/etc/ssh/ssh_host_rsa_key", "/etc/ssh/ssh_host_dsa_key",
             "/etc/ssh/ssh_host_ecdsa_key", "/etc/ssh/ssh_host_ed25519_key",
             "/etc/ssh/ssh_host_xmss_key")
# ssh-keygen returns an ssherr code from -Y match-principals; the shell sees its low byte.
NOT_FOUND, INVALID_ARGUMENT, INVALID_FORMAT, SYSTEM_ERROR = 210, 246, 252, 232


def err(text: str) -> None:
    """ssh-keygen's error(), logit() and fatal(): a line on stderr ended by CR LF."""
    sys.stderr.write(text + "\r\n")
    sys.stderr.flush()


def note(text: str) -> None:
    """ssh-keygen's fprintf(stderr, ...): a plain line."""
    print(text, file=sys.stderr, flush=True)


def out(text: str) -> None:
    print(text, flush=True)


class Stop(Exception):
    """Leave a mode with an exit status, after printing `message` (if any) on stderr."""

    def __init__(self, message: str = "", status: int = FAIL):
        super().__init__(message)
        self.status = status


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


async def _verdict(pending):
    """Await a verdict on an allowed_signers file: its reasons go to stderr, a refusal stops."""
    try:
        verdict = await pending
    except SSHKeyError as e:
        raise Stop(str(e)) from None
    for line in verdict.messages:
        err(line)
    if not verdict.ok:
        raise Stop("")
    return verdict


def _read_allowed(path: str, status: int = FAIL) -> bytes:
    """An allowed_signers file, or ssh-keygen's sentence for one it cannot open."""
    try:
        return _read(path)
    except OSError as e:
        raise Stop(f'Unable to open allowed keys file "{path}": {e.strerror}', status) from None


def _opt(kg, letter: str):
    return kg.o.get(letter, [None])[-1]


# -- -Y: SSH signatures -----------------------------------------------------------------------

def _sig_options(kg, hashalg=False, verify_time=False, print_pubkey=False) -> dict:
    """sig_process_opts: the -O words each -Y operation takes; any other is refused."""
    found = {"hashalg": None, "verify_time": None, "print_pubkey": False}
    for opt in kg.o.get("O", []):
        lower = opt.lower()
        if hashalg and lower.startswith("hashalg="):
            found["hashalg"] = opt[8:]
        elif verify_time and lower.startswith("verify-time="):
            t = sshsig.parse_time(opt[12:])
            if not t:
                raise Stop('Invalid "verify-time" option')
            found["verify_time"] = t
        elif print_pubkey and lower == "print-pubkey":
            found["print_pubkey"] = True
        else:
            raise Stop(f'Invalid option "{opt}"')
    if verify_time and found["verify_time"] is None:
        found["verify_time"] = int(time.time())
    return found


async def signature_op(kg) -> int:
    op = _opt(kg, "Y")
    try:
        for name, mode in (("find-principals", find_principals),
                           ("match-principals", match_principals), ("sign", sign),
                           ("check-novalidate", check_novalidate), ("verify", verify)):
            if op.startswith(name):
                return await mode(kg)
    except Stop as e:
        if str(e):
            err(str(e))
        return e.status
    err(f'Unsupported operation for -Y: "{op}"')
    from .keygen import usage
    sys.stderr.write(usage())
    return 1


def _need(kg, letter: str, message: str) -> str:
    value = _opt(kg, letter)
    if not value:
        raise Stop(f"Too few arguments for {message}", 1)
    return value


async def _sign_key(kg, path: str):
    """load_sign_key: the private key for `path` (a private key, a .pub or a -cert.pub
    beside it), carrying the certificate when `path` is one."""
    try:
        public = await kg._load_public(path)
    except SystemExit:
        raise
    except Exception as e:          # keygen.Exit or SSHKeyError: say it as ssh-keygen does
        raise Stop(f"Couldn't load public key {path}: {e}") from None
    private_path = path
    for suffix in ("-cert.pub", ".pub"):
        if private_path.endswith(suffix) and len(private_path) > len(suffix):
            private_path = private_path[:-len(suffix)]
            if not os.path.exists(private_path):
                raise Stop(f'No private key found for public key "{path}"')
            break
    try:
        key, _ = await kg._load_private(private_path)
    except (PassphraseRequired, WrongPassphrase) as e:
        raise Stop(f"Load key \"{private_path}\": {e}") from None
    except SSHKeyError:
        raise Stop(f'No private key found for "{private_path}"') from None
    if not keytext.equal_public(public, key):
        raise Stop(f"Public key {path} doesn't match private {private_path}")
    if public.certificate is not None:
        key = key.with_certificate(public.certificate)
    return key, public


async def sign(kg) -> int:
    namespace = _need(kg, "n", "sign: missing namespace")
    path = _need(kg, "f", "sign: missing key")
    if "-" in kg.args and len(kg.args) > 1:
        raise Stop("Cannot sign mix of paths and standard input")
    hashalg = _sig_options(kg, hashalg=True)["hashalg"] or sshsig.DEFAULT_HASH
    signer = None
    agent = None
    try:
        public = await kg._load_public(path)
    except Exception as e:
        raise Stop(f"Couldn't load public key {path}: {e}") from None
    try:
        from .agent import Agent
        agent = Agent()
        if agent.has_key(keytext.blob(public)):
            async def signer(key, data, algorithm):
                return agent.sign(keytext.blob(key), data, algorithm)
        elif "U" in kg.o:
            raise Stop("Couldn't find key in agent")
    except SSHKeyError as e:
        if "U" in kg.o:
            raise Stop(str(e)) from None
    except OSError:
        pass
    try:
        key = public if signer is not None else (await _sign_key(kg, path))[0]
        for name in kg.args or ["-"]:
            await _sign_one(kg, key, name, namespace, hashalg, signer)
    finally:
        if agent is not None:
            agent.close()
    return 0


async def _sign_one(kg, key, name: str, namespace: str, hashalg: str, signer) -> None:
    label = "(stdin)" if name == "-" else name
    if not kg.quiet:
        note("Signing data on standard input" if name == "-" else f"Signing file {name}")
    try:
        message = _read(name)
    except OSError as e:
        raise Stop(f"Cannot open {name} for signing: {e.strerror}") from None
    try:
        armored = await sshsig.sign_digest(key, sshsig.digest(message, hashalg), namespace,
                                           hashalg, signer=signer)
    except SSHKeyError as e:
        raise Stop(f"Signing {label} failed: {e}") from None
    if name == "-":
        sys.stdout.write(armored)
        sys.stdout.flush()
        return
    target = name + ".sig"
    if os.path.exists(target):
        out(f"{target} already exists.")
        print("Overwrite (y/n)? ", end="", flush=True)
        if sys.stdin.readline()[:1] not in ("y", "Y"):
            return
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(fd, "w") as f:
            f.write(armored)
    except OSError as e:
        raise Stop(f"Cannot write to {target}: {e.strerror}") from None
    if not kg.quiet:
        note(f"Write signature to {target}")


async def _read_signature(path: str, key_only: bool = False):
    """The parsed signature file (or only the key it names), or Stop with a sentence naming
    the file."""
    try:
        data = _read(path)
    except OSError as e:
        raise Stop(f"Couldn't read signature file {path}: {e.strerror}") from None
    try:
        blob = sshsig.dearmor(data)
        return await (sshsig.public_key(blob) if key_only else sshsig.parse(blob))
    except SSHKeyError as e:
        raise Stop(f"{path}: {e}") from None


async def check_novalidate(kg) -> int:
    namespace = _need(kg, "n", "check-novalidate: missing namespace")
    sig_path = _need(kg, "s", "check-novalidate: missing signature file")
    return await _verify(kg, sig_path, namespace, None, None, None)


async def verify(kg) -> int:
    namespace = _need(kg, "n", "verify: missing namespace")
    sig_path = _need(kg, "s", "verify: missing signature file")
    allowed = _need(kg, "f", "sign: missing allowed keys file")
    principal = _need(kg, "I", "verify: missing principal identity")
    return await _verify(kg, sig_path, namespace, principal, allowed, _opt(kg, "r"))


async def _verify(kg, sig_path, namespace, principal, allowed, revoked) -> int:
    key = None
    print_pubkey = False
    try:
        opts = _sig_options(kg, verify_time=True, print_pubkey=True)
        print_pubkey = opts["print_pubkey"]
        sig = await _read_signature(sig_path)
        message = sys.stdin.buffer.read()
        try:
            sshsig.check_hash(sig.hash)
        except SSHKeyError as e:
            raise Stop(f"{sig_path}: {e}") from None
        try:
            await sshsig.verify_digest(sig, sshsig.digest(message, sig.hash), namespace)
        except SSHKeyError as e:
            raise Stop(str(e)) from None
        key = sig.key
        if revoked is not None:
            try:
                if await krls.check_revoked(_read(revoked), key):
                    raise Stop("")
            except OSError as e:
                raise Stop(f"Couldn't read revoked keys file {revoked}: {e.strerror}") from None
            except SSHKeyError as e:
                raise Stop(f"{revoked}: {e}") from None
        if allowed is not None:
            text = _read_allowed(allowed)
            await _verdict(sshsig.check_allowed(text, key, principal, namespace,
                                                opts["verify_time"], path=allowed))
    except Stop as e:
        if str(e):
            err(str(e))
        if not kg.quiet:
            out("Could not verify signature.")
        return FAIL
    if not kg.quiet:
        kind = short_type(key.public, key.certificate is not None)
        fp = fingerprint(key.public, kg.hash)
        who = f" for {principal}" if principal is not None else ""
        out(f'Good "{namespace}" signature{who} with {kind} key {fp}')
    if print_pubkey:
        out(keytext.line(key))
    return 0


async def find_principals(kg) -> int:
    if not _opt(kg, "s"):
        raise Stop("Too few arguments for find-principals:missing signature file", 1)
    if not _opt(kg, "f"):
        raise Stop("Too few arguments for find-principals:missing allowed keys file", 1)
    sig_path, allowed = _opt(kg, "s"), _opt(kg, "f")
    try:
        opts = _sig_options(kg, verify_time=True)
        key = await _read_signature(sig_path, key_only=True)
        text = _read_allowed(allowed)
        verdict = await _verdict(sshsig.find_principals(text, key, opts["verify_time"], path=allowed))
    except Stop as e:
        if str(e):
            err(str(e))
        note("No principal matched.")
        return FAIL
    for name in verdict.principals:
        out(name)
    return 0


async def match_principals(kg) -> int:
    if not _opt(kg, "f"):
        raise Stop("Too few arguments for match-principals:missing allowed keys file", 1)
    if _opt(kg, "I") is None:
        raise Stop("Too few arguments for match-principals: missing principal ID", 1)
    if kg.o.get("O"):
        raise Stop(f'Invalid option "{kg.o["O"][0]}"', INVALID_ARGUMENT)
    allowed = _opt(kg, "f")
    text = _read_allowed(allowed, SYSTEM_ERROR)
    try:
        found = await sshsig.match_principals(text, _opt(kg, "I"), path=allowed)
    except SSHKeyError as e:
        err(str(e))
        note("No principal matched.")
        return INVALID_FORMAT
    if not found:
        note("No principal matched.")
        return NOT_FOUND
    for line in found:
        out(line)
    return 0


# -- -F, -R, -H: known_hosts ------------------------------------------------------------------

async def known_hosts(kg) -> int:
    o = kg.o
    find, delete, hash_ = "F" in o, "R" in o, "H" in o
    if ("l" in o) and (delete or hash_):
        err("Cannot use -l with -H or -R.")
        from .keygen import usage
        sys.stderr.write(usage())
        return 1
    name = _opt(kg, "F") if find else _opt(kg, "R") if delete else None
    path = kg.path or str(Path.home() / ".ssh" / "known_hosts")
    try:
        st = os.stat(path)
        data = _read(path)
    except OSError as e:
        err(f"Cannot stat {path}: {e.strerror}")
        return FAIL
    if find:
        return await _find_hosts(kg, data, name, hash_)
    if delete:
        result = knownhosts.remove(data, name)
        for number in result.invalid:
            err(f"{path}:{number}: invalid line")
        if not result.invalid and not kg.quiet:
            for number in result.removed:
                out(f"# Host {name} found: line {number}")
    else:
        result = await knownhosts.hash_all(data)
        for number, hosts in result.wildcards:
            err(f"{path}:{number}: ignoring host name with wildcard: {hosts[:64]}")
        for number in result.invalid:
            err(f"{path}:{number}: invalid line")
    if result.invalid:
        err(f"{path} is not a valid known_hosts file.")
        err("Not replacing existing known_hosts file because of errors")
        return 1
    if delete and not result.removed:
        err(f"Host {name} not found in {path}")
        return 0
    old = path + ".old"
    try:
        _replace(path, old, result.data, st.st_mode & 0o644)
    except OSError as e:
        err(f"{path}: cannot replace it ({e.strerror}); the file is unchanged.")
        return FAIL
    out(f"{path} updated.")
    out(f"Original contents retained as {old}")
    if result.hashed_any:
        err(f"WARNING: {old} contains unhashed entries")
        err("Delete this file to ensure privacy of hostnames")
    return 0


def _replace(path: str, old: str, data: bytes, mode: int) -> None:
    """Write the new file beside the old one, keep the old as FILE.old (a hard link, as
    ssh-keygen makes it), then rename the new one into place: a failure at any step leaves the
    original where it was."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path) + ".", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        try:
            os.unlink(old)
        except FileNotFoundError:
            pass
        try:
            os.link(path, old)
        except OSError:
            with open(path, "rb") as src, open(old, "wb") as dst:   # no hard links here
                dst.write(src.read())
        os.rename(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


async def _find_hosts(kg, data: bytes, name: str, hash_: bool) -> int:
    found = False
    for line in knownhosts.find(data, name):
        key = None
        if "l" in kg.o and not hash_:
            parsed = await keytext.read(line.rawkey)
            if parsed is None:
                continue            # ssh-keygen reads the key here and skips a bad one
            key, comment = parsed[0], parsed[1].strip(" \t")
        found = True
        if not kg.quiet:
            mark = {"CA": "CA", "REVOKED": "REVOKED"}.get(line.marker, "")
            out(f"# Host {name} found: line {line.number} {mark}")
        if hash_:
            for text in await knownhosts.hashed_lines(line):
                sys.stdout.buffer.write(knownhosts.encode(text) + b"\n")
        elif key is not None:
            fp = bubblebabble(key.public) if "B" in kg.o else fingerprint(key.public, kg.hash)
            kind = short_type(key.public, key.certificate is not None)
            out(f"{name} {kind} {fp}{' ' if comment else ''}{comment}")
            if kg.verbose:
                out(randomart(key.public, kg.hash))
        else:
            sys.stdout.buffer.write(knownhosts.encode(line.text) + b"\n")
        sys.stdout.flush()
    return 0 if found else 1


# -- -k, -Q: key revocation lists -------------------------------------------------------------

async def _load_krl(path: str):
    try:
        data = _read(path)
    except OSError as e:
        raise Stop(f"Unable to load KRL {path}: {e.strerror}") from None
    try:
        return await krls.parse(data)
    except SSHKeyError as e:
        raise Stop(f"Invalid KRL file {path}: {e}") from None


async def generate_krl(kg) -> int:
    path = kg.path
    if not path:
        raise Stop("KRL generation requires an output file")
    updating = "u" in kg.o
    if updating and not os.path.exists(path):
        raise Stop(f'KRL "{path}" does not exist')
    ca, wild = None, False
    ca_path = _opt(kg, "s")
    if ca_path is not None:
        if ca_path.lower() == "none":
            wild = True
        else:
            try:
                ca = (await kg._load_public(os.path.expanduser(ca_path))).public
            except Exception as e:
                raise Stop(f"Cannot load CA public key {ca_path}: {e}") from None
    revocations = await _load_krl(path) if updating else krls.KRL()
    if "z" in kg.o:
        text = kg.o["z"][-1].lstrip("+")
        if not text.isdigit() or int(text) >= 2 ** 64:
            raise Stop(f'Invalid serial number "{kg.o["z"][-1]}"')
        if int(text):
            revocations.version = int(text)
    if kg.comment is not None:
        revocations.comment = kg.comment
    said = []       # ssh-keygen's stdout is a pipe's buffer, lost when it stops on an error
    try:
        for name in kg.args:
            shown = "(standard input)" if name == "-" else name
            try:
                text = _read(os.path.expanduser(name)).decode("utf-8", "surrogateescape")
            except OSError as e:
                raise Stop(f"fopen {name}: {e.strerror}") from None
            if not kg.quiet:
                said.append(f"Revoking from {shown}")
            try:
                await krls.apply_spec(revocations, text, shown, ca, wild)
            except SSHKeyError as e:
                raise Stop(str(e)) from None
    except Stop:
        if sys.stdout.isatty():
            for line in said:
                out(line)
        raise
    for line in said:
        out(line)
    data = revocations.to_bytes()
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path) + ".", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644 & ~_umask())
        os.rename(tmp, path)
    except OSError as e:
        os.unlink(tmp)
        raise Stop(f"write {path}: {e.strerror}") from None
    return 0


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


async def check_krl(kg) -> int:
    if not kg.path:
        raise Stop("KRL checking requires an input file")
    revocations = await _load_krl(kg.path)
    if "l" in kg.o:
        sys.stdout.write(revocations.dump())
    status = 0
    for name in kg.args:
        try:
            key = await kg._load_public(name)
        except Exception as e:
            raise Stop(f"Cannot load public key {name}: {e}") from None
        revoked = revocations.is_revoked(key)
        comment = f" ({key.comment})" if key.comment else ""
        out(f"{name}{comment}: {'REVOKED' if revoked else 'ok'}")
        status = 1 if revoked else status
    return status


# -- -r: SSHFP --------------------------------------------------------------------------------

async def resource_records(kg) -> int:
    host = _opt(kg, "r")
    generic = "g" in kg.o
    paths = [kg.path] if kg.path else list(HOST_KEYS)
    shown = 0
    for path in paths:
        if not os.path.exists(path) and not os.path.exists(path + ".pub"):
            if kg.path:
                raise Stop(f"{path}: No such file or directory")
            continue
        try:
            key = await kg._load_public(path)
        except Exception as e:
            raise Stop(f'Failed to read v2 public key from "{path}": {e}') from None
        lines = sshfp.records(host, key, generic)
        if not lines:
            err("export_dns_rr: unsupported algorithm and/or digest_type")
        for line in lines:
            out(line)
        shown += 1
    if not shown:
        raise Stop("no keys found.")
    return 0


# -- what we leave to ssh-keygen --------------------------------------------------------------

def moduli(kg) -> int:
    op = _opt(kg, "M")
    if op not in ("generate", "screen"):
        err(f"Unsupported moduli option {op}")
        return FAIL
    err(f"{PROG} does not {op} Diffie-Hellman moduli (-M {op}): use ssh-keygen -M {op}.")
    return 1


FIDO_TYPES = ("ecdsa-sk", "ed25519-sk", "sk-ecdsa-sha2-nistp256@openssh.com",
              "sk-ssh-ed25519@openssh.com")


def fido(kg) -> int:
    err(f"{PROG} makes no FIDO security-key keys ({_opt(kg, 't')}): they live on a hardware "
        "authenticator that only ssh-keygen (with libfido2) can talk to.")
    return FAIL


async def dispatch_early(kg) -> int | None:
    """The modes ssh-keygen picks before certificate signing: -Y, then -k, then -Q."""
    try:
        if "Y" in kg.o:
            return await signature_op(kg)
        if "k" in kg.o:
            return await generate_krl(kg)
        if "Q" in kg.o:
            return await check_krl(kg)
    except Stop as e:
        if str(e):
            err(str(e))
        return e.status
    return None


async def dispatch_late(kg) -> int | None:
    """After ssh-keygen's key modes: -F/-R/-H, -r, -M, and FIDO types before generating."""
    try:
        o = kg.o
        if "F" in o or "R" in o or "H" in o:
            return await known_hosts(kg)
        if "r" in o:
            return await resource_records(kg)
        if "M" in o:
            return moduli(kg)
        if _opt(kg, "t") in FIDO_TYPES:
            return fido(kg)
    except Stop as e:
        if str(e):
            err(str(e))
        return e.status
    return None
