"""SSH signatures (OpenSSH PROTOCOL.sshsig), as `ssh-keygen -Y` and git's gpg.format=ssh use
them, and the allowed_signers file that says whose key may sign what (ssh-keygen(1)
ALLOWED SIGNERS).

A signature is the armored blob
    "SSHSIG" uint32 1, string public key (or certificate), string namespace, string reserved,
    string hash algorithm, string signature
whose signature covers "SSHSIG" string namespace, string reserved, string hash algorithm,
string H(message). The message is hashed (sha512 by default, sha256 accepted); the signature
itself is made by the engine (signature.py), RSA always as rsa-sha2-512.

Every check says why it failed with ssh-keygen's words, so the command line can print them.
"""

import base64
import binascii
import calendar
import hashlib
import time
from dataclasses import dataclass, field

from . import keytext, signature
from .engine import get_engine
from .errors import FormatError, SSHKeyError
from .keys import Key, key_type
from .match import match, match_list
from .wire import Reader, string, u32
from .i18n import N_, _

MAGIC = b"SSHSIG"
VERSION = 1
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
HASHES = ("sha256", "sha512")
DEFAULT_HASH = "sha512"
RSA_ALGORITHM = "rsa-sha2-512"
RSA_ALLOWED = ("rsa-sha2-512", "rsa-sha2-256")
NAMESPACES = ("file", "git")         # the ones a person picks from; any non-empty one is valid


class SignatureError(SSHKeyError):
    """A signature that cannot be read, or that does not verify (the message says which)."""


@dataclass(frozen=True)
class Signature:
    key: Key                 # the signer's public key, with its certificate if it signed as one
    namespace: str
    hash: str
    signature: bytes         # the SSH signature blob
    reserved: bytes = b""


# -- the armored file -----------------------------------------------------------------------

def armor(blob: bytes) -> str:
    b64 = base64.b64encode(blob).decode()
    return BEGIN + "\n" + "".join(b64[i:i + 70] + "\n" for i in range(0, len(b64), 70)) + END + "\n"


def dearmor(text) -> bytes:
    """The blob inside the armor (sshsig_dearmor: the header first, then a line with the footer)."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    if not text.startswith(BEGIN + "\n"):
        raise FormatError(_("Couldn't parse signature: missing header"))
    body = text[len(BEGIN) + 1:]
    end = body.find("\n" + END)
    if end < 0 and body.startswith(END):
        end = -2      # an empty body: the footer right after the header
    if end == -1:
        raise FormatError(_("Couldn't parse signature: missing footer"))
    b64 = "".join(body[:max(end, 0)].split())
    try:
        return base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError):
        raise FormatError(_("Couldn't parse signature: invalid base64")) from None


def _preamble(r: Reader) -> None:
    if r.remaining < len(MAGIC) + 4 or r.raw(len(MAGIC)) != MAGIC:
        raise FormatError(_("Couldn't verify signature: invalid format"))
    version = r.u32()
    if version > VERSION:
        raise FormatError(_("Signature version {version} is larger than supported version "
                          "{VERSION}").format(version=version, VERSION=VERSION))


async def parse(blob: bytes, engine=None) -> Signature:
    """The fields of a signature blob; a signer's certificate has its CA signature checked."""
    r = Reader(blob, N_("signature"))
    _preamble(r)
    try:
        key = await keytext.from_blob(r.string(), "signature's public key", engine)
        namespace, reserved, hash_name, sig = r.text(), r.string(), r.text(), r.string()
    except SSHKeyError as e:
        raise FormatError(_("Couldn't parse signature: {e}").format(e=e)) from None
    if r.remaining:
        raise FormatError(_("Signature contains trailing data"))
    return Signature(key, namespace, hash_name, sig, reserved)


async def public_key(blob: bytes, engine=None) -> Key:
    """The key a signature blob names, nothing else read or checked (what find-principals
    looks up, as ssh-keygen does)."""
    r = Reader(blob, N_("signature"))
    _preamble(r)
    try:
        return await keytext.from_blob(r.string(), "signature's public key", engine)
    except SSHKeyError as e:
        raise FormatError(_("Couldn't parse signature: {e}").format(e=e)) from None


def check_hash(hash_name: str) -> None:
    if hash_name not in HASHES:
        raise SignatureError(_("unsupported hash algorithm \"{hash_name}\"").format(hash_name=hash_name[:100]))


def check_namespace(namespace: str) -> None:
    if not namespace:
        raise SignatureError(_("The signature namespace must not be empty."))


def digest(message: bytes, hash_name: str) -> bytes:
    check_hash(hash_name)
    return hashlib.new(hash_name, message).digest()


def _signed_data(namespace: str, hash_name: str, hashed: bytes) -> bytes:
    return MAGIC + string(namespace) + string(b"") + string(hash_name) + string(hashed)


# -- signing and checking -------------------------------------------------------------------

async def sign(key: Key, message: bytes, namespace: str = "file", hash_name: str = DEFAULT_HASH,
               *, engine=None) -> str:
    """The armored signature of `message` by the private key `key` (which may carry a
    certificate: the signature then names the certificate)."""
    check_namespace(namespace)
    if key.private is None:
        raise SignatureError(_("Signing needs the private key."))
    return await sign_digest(key, digest(message, hash_name), namespace, hash_name,
                             engine=engine)


async def sign_digest(key: Key, hashed: bytes, namespace: str, hash_name: str = DEFAULT_HASH,
                      *, engine=None, signer=None) -> str:
    """As sign(), for a message already hashed with `hash_name`. `signer`, if given, is an
    awaitable callable (key, data, algorithm) -> signature blob (an ssh-agent)."""
    check_namespace(namespace)
    check_hash(hash_name)
    family = key_type(key.public.algorithm).family
    algorithm = RSA_ALGORITHM if family == "rsa" else None
    data = _signed_data(namespace, hash_name, hashed)
    if signer is not None:
        sig = await signer(key, data, algorithm)
    else:
        sig = await signature.sign(key.private, data, engine or get_engine(), algorithm)
    blob = (MAGIC + u32(VERSION) + string(keytext.blob(key)) + string(namespace) + string(b"")
            + string(hash_name) + string(sig))
    return armor(blob)


async def verify(armored, message: bytes, namespace: str, *, engine=None) -> Signature:
    """The signature, when it is a good one of `message` for `namespace` by the key it names;
    SignatureError (or FormatError for a malformed file) otherwise. Who that key belongs to
    is a separate question: see check_allowed()."""
    sig = await parse(dearmor(armored), engine)
    check_hash(sig.hash)
    return await verify_digest(sig, hashlib.new(sig.hash, message).digest(), namespace,
                               engine=engine)


async def verify_digest(sig: Signature, hashed: bytes, namespace: str, *,
                        engine=None) -> Signature:
    if sig.namespace != namespace:
        raise SignatureError(_("Couldn't verify signature: namespace does not match"))
    public = sig.key.public
    try:
        algorithm = signature.blob_algorithm(sig.signature)
    except SSHKeyError:
        raise SignatureError(_("Signature verification failed: invalid format")) from None
    if key_type(public.algorithm).family == "rsa" and algorithm not in RSA_ALLOWED:
        raise SignatureError(_("Couldn't verify signature: unsupported RSA signature algorithm "
                             "{algorithm}").format(algorithm=algorithm))
    try:
        good = await signature.verify(public, _signed_data(namespace, sig.hash, hashed),
                                      sig.signature, engine or get_engine())
    except SSHKeyError:
        good = False
    if not good:
        raise SignatureError(_("Signature verification failed: incorrect signature"))
    return sig


# -- allowed_signers ------------------------------------------------------------------------

@dataclass(frozen=True)
class Signer:
    """One allowed_signers line: `principals [options] key`."""
    number: int
    principals: str           # comma-separated patterns, as written
    key: Key
    cert_authority: bool = False
    namespaces: str | None = None
    valid_after: int = 0      # 0: no bound
    valid_before: int = 0


@dataclass
class Verdict:
    """What check_allowed() and find_principals() found: ok, the principals (find-principals),
    and ssh-keygen's messages for each line that named the key but refused it."""
    ok: bool = False
    principals: list = field(default_factory=list)
    messages: list = field(default_factory=list)


class AllowedSignersError(SSHKeyError):
    """An allowed_signers line that does not parse (the message names the file and line)."""


def parse_time(text: str) -> int | None:
    """parse_absolute_time: YYYYMMDD[HHMM[SS]] in local time, or in UTC with Z or UTC after."""
    utc = False
    if len(text) > 1 and text[-1:].upper() == "Z":
        text, utc = text[:-1], True
    elif len(text) > 3 and text[-3:].upper() == "UTC":
        text, utc = text[:-3], True
    formats = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
    if len(text) not in formats or not text.isdigit():
        return None
    try:
        t = time.strptime(text, formats[len(text)])
    except ValueError:
        return None
    # As ssh-keygen: a zeroed struct tm read as local standard time (tm_isdst 0).
    value = calendar.timegm(t) if utc else int(time.mktime(t[:8] + (0,)))
    return value if value > 0 else None


def format_time(t: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(min(t, 2 ** 63 - 1)))


def _dequote(opts: str) -> tuple:
    """opt_dequote: a "quoted" value (\\" inside), and what follows; ValueError says why."""
    if not opts.startswith('"'):
        raise ValueError(_("missing start quote"))
    out, i = [], 1
    while i < len(opts) and opts[i] != '"':
        if opts[i] == "\\" and opts[i + 1:i + 2] == '"':
            i += 1
        out.append(opts[i])
        i += 1
    if i >= len(opts):
        raise ValueError(_("missing end quote"))
    return "".join(out), opts[i + 1:]


def _options(opts: str) -> dict:
    """sshsigopt_parse: cert-authority, namespaces="", valid-after="", valid-before=""."""
    found = {"ca": False, "namespaces": None, "valid_after": 0, "valid_before": 0}
    while opts and opts[0] not in " \t":
        lower = opts.lower()
        if lower.startswith("cert-authority"):
            found["ca"] = True
            opts = opts[len("cert-authority"):]
        else:
            for name, slot in (("namespaces", "namespaces"), ("valid-after", "valid_after"),
                               ("valid-before", "valid_before")):
                if lower.startswith(name + "="):
                    if found[slot]:
                        raise ValueError(_("multiple \"{name}\" clauses").format(name=name))
                    value, opts = _dequote(opts[len(name) + 1:])
                    if slot == "namespaces":
                        found[slot] = value
                    else:
                        found[slot] = parse_time(value) or 0
                        if not found[slot]:
                            raise ValueError(_("invalid \"{name}\" time").format(name=name))
                    break
        if not opts or opts[0] in " \t":
            break
        if opts[0] != ",":
            raise ValueError(_("unknown key option"))
        opts = opts[1:]
        if not opts:
            raise ValueError(_("unexpected end-of-options"))
    if found["valid_after"] and found["valid_before"] and \
            found["valid_before"] <= found["valid_after"]:
        raise ValueError(_("\"valid-before\" time is before \"valid-after\""))
    return found


def _first_token(text: str) -> tuple:
    """strdelimw: the first word (a "quoted" one may hold spaces) and the rest, or None."""
    if text.startswith('"'):
        end = text.find('"', 1)
        if end < 0:
            return None, None
        word, rest = text[1:end], text[end + 1:]
    else:
        cut = next((i for i, c in enumerate(text) if c in ' \t\r\n"'), None)
        if cut is None:
            return text, None
        if text[cut] == '"':          # a quote inside a word: strdelim drops it, rejoins
            end = text.find('"', cut + 1)
            if end < 0:
                return None, None
            word, rest = text[:cut] + text[cut + 1:end], text[end + 1:]
        else:
            word, rest = text[:cut], text[cut + 1:]
    return word, rest.lstrip(" \t\r\n")


def _advance_past_options(text: str) -> int | None:
    """Where the options end: the first space or tab outside double quotes."""
    quoted = False
    for i, c in enumerate(text):
        if c == "\\" and text[i + 1:i + 2] == '"':
            continue
        if c == '"':
            quoted = not quoted
        elif c in " \t" and not quoted:
            return i
    return None if quoted else len(text)


async def parse_line(path: str, number: int, line: str, principal: str | None = None,
                     engine=None) -> Signer | None:
    """One allowed_signers line; None for a blank or comment line, or one whose principals do
    not match `principal` (when given). AllowedSignersError when it does not parse."""
    text = line.lstrip(" \t")
    if not text or text[0] in "#\r\n":
        return None
    principals, rest = _first_token(text)
    if principals is None or rest is None:
        raise AllowedSignersError(_("{path}:{number}: invalid line").format(path=path, number=number))
    if principal is not None and match_list(principal, principals) != 1:
        return None
    found = await keytext.read(rest, engine)
    opts = ""
    if found is None:
        end = _advance_past_options(rest)
        if end is None:
            raise AllowedSignersError(_("{path}:{number}: invalid options").format(path=path, number=number))
        opts, after = rest[:end], rest[end:].lstrip(" \t")
        if not after.strip():
            raise AllowedSignersError(_("{path}:{number}: missing key").format(path=path, number=number))
        found = await keytext.read(after, engine)
        if found is None:
            raise AllowedSignersError(_("{path}:{number}: invalid key").format(path=path, number=number))
    try:
        o = _options(opts)
    except ValueError as e:
        raise AllowedSignersError(_("{path}:{number}: bad options: {e}").format(path=path, number=number, e=e)) from None
    return Signer(number, principals, found[0], o["ca"], o["namespaces"], o["valid_after"],
                  o["valid_before"])


def _certificate_problem(cert, verify_time: int, name: str | None) -> str | None:
    """sshkey_cert_check_authority for a user certificate that must list principals."""
    if cert.type_name != "user":
        return _("Certificate invalid: not a user certificate")
    if verify_time < cert.valid_after:
        return _("Certificate invalid: not yet valid")
    if verify_time >= cert.valid_before:
        return _("Certificate invalid: expired")
    if not cert.principals:
        return _("Certificate lacks principal list")
    if name is not None and name not in cert.principals:
        return _("Certificate invalid: name is not a listed principal")
    return None


def _judge(path: str, signer: Signer, key: Key, principal: str | None,
           namespace: str | None, verify_time: int, verdict: Verdict) -> list | None:
    """check_allowed_keys_line after parsing: the principals this line grants, or None."""
    where = f"{path}:{signer.number}"
    cert = key.certificate
    if not signer.cert_authority and keytext.equal(signer.key, key):
        principals = signer.principals.split(",")
    elif signer.cert_authority and cert is not None and \
            keytext.equal_public(cert.ca, signer.key):
        problem = _certificate_problem(cert, verify_time, principal)
        if principal is not None:
            if problem:
                verdict.messages.append(f"{where}: certificate not authorized: {problem}")
                return None
            principals = [principal]
        else:
            principals = []
            if problem is None:
                for pattern in signer.principals.split(","):
                    if not pattern:
                        break
                    principals += [p for p in cert.principals if match(p, pattern)]
            if not principals:
                verdict.messages.append(f"{where}: no valid principals found")
                return None
    else:
        return None
    if signer.namespaces is not None and namespace is not None and \
            match_list(namespace, signer.namespaces) != 1:
        verdict.messages.append(f"{where}: key is not permitted for use in signature "
                                f'namespace "{namespace}"')
        return None
    if signer.valid_after and verify_time < signer.valid_after:
        verdict.messages.append(f"{where}: key is not yet valid: verify time "
                                f"{format_time(verify_time)} < valid-after "
                                f"{format_time(signer.valid_after)}")
        return None
    if signer.valid_before and verify_time > signer.valid_before:
        verdict.messages.append(f"{where}: key has expired: verify time "
                                f"{format_time(verify_time)} > valid-before "
                                f"{format_time(signer.valid_before)}")
        return None
    return principals


def _lines(text) -> list:
    """The file's lines as ssh-keygen reads them: split at newlines, each ending at a NUL."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "surrogateescape")
    return [line.split("\0", 1)[0] for line in text.split("\n")]


async def check_allowed(allowed, key: Key, principal: str, namespace: str,
                        verify_time: int | None = None, *, path: str = "allowed_signers",
                        engine=None) -> Verdict:
    """Does the allowed_signers text let `principal` sign in `namespace` with `key` (a
    signature's key) at verify_time (default now)? The first line that does wins; a line that
    does not parse ends the search (AllowedSignersError), as in ssh-keygen."""
    verify_time = int(time.time()) if verify_time is None else verify_time
    verdict = Verdict()
    for number, line in enumerate(_lines(allowed), 1):
        signer = await parse_line(path, number, line, principal, engine)
        if signer is None:
            continue
        granted = _judge(path, signer, key, principal, namespace, verify_time, verdict)
        if granted is not None:
            verdict.ok, verdict.principals = True, [principal]
            return verdict
    return verdict


async def find_principals(allowed, key: Key, verify_time: int | None = None, *,
                          path: str = "allowed_signers", engine=None) -> Verdict:
    """The principals the first matching allowed_signers line grants `key` (any namespace)."""
    verify_time = int(time.time()) if verify_time is None else verify_time
    verdict = Verdict()
    for number, line in enumerate(_lines(allowed), 1):
        signer = await parse_line(path, number, line, None, engine)
        if signer is None:
            continue
        granted = _judge(path, signer, key, None, None, verify_time, verdict)
        if granted is not None:
            verdict.ok = True
            verdict.principals = [p for p in ",".join(granted).split(",")]
            # ssh-keygen prints up to the first empty name
            if "" in verdict.principals:
                verdict.principals = verdict.principals[:verdict.principals.index("")]
            return verdict
    return verdict


async def match_principals(allowed, principal: str, *, path: str = "allowed_signers",
                           engine=None) -> list:
    """The principals fields of every line whose patterns match `principal`."""
    found = []
    for number, line in enumerate(_lines(allowed), 1):
        signer = await parse_line(path, number, line, principal, engine)
        if signer is not None:
            found.append(signer.principals)
    return found


# -- for a new key: what to give git and the people who verify ----------------------------

def allowed_signers_line(key: Key, principal: str, namespaces: str | None = None) -> str:
    """The line to add to an allowed_signers file for `principal` (an email address)."""
    if not principal or any(c in principal for c in " \t\r\n\""):
        raise ValueError(_("The principal must be one word, such as an email address."))
    opts = f' namespaces="{namespaces}"' if namespaces else ""
    return f"{principal}{opts} {keytext.line(key.public_only().with_certificate(None))}"


def git_config(public_key_path: str, allowed_signers_path: str = "~/.ssh/allowed_signers") -> list:
    """The `git config` commands that make git sign commits and tags with this key."""
    return ["git config --global gpg.format ssh",
            f"git config --global user.signingkey {public_key_path}",
            "git config --global commit.gpgsign true",
            "git config --global tag.gpgsign true",
            f"git config --global gpg.ssh.allowedSignersFile {allowed_signers_path}"]
