"""What a user does with keys: generate, load, save/convert, re-comment, validate, describe.

Everything that touches a primitive is a coroutine (see engine/base.py); natively, wrap calls
in asyncio.run(), under Pyodide await them.
"""

import datetime
import re
import time
import unicodedata
from dataclasses import dataclass, replace

from . import certificate, certsign, formats, keys, keytext, sshsig
from .engine import get_engine
from .errors import (CertificateError, CostLimitError, FormatError, PassphraseRequired,
                     SSHKeyError, UnsupportedError)
from .fingerprint import bubblebabble, fingerprint, randomart
from .formats.certline import certificate_line
from .formats.pubkey import public_line
from .keygen_listing import short_type, show, validity_text
from .keygen_options import parse_options, parse_validity
from .keys import Key, public_blob
from .i18n import _
from .limits import DEFAULT, Limits
from .i18n import N_, _


def _passphrase(passphrase) -> bytes | None:
    if passphrase is None or isinstance(passphrase, bytes):
        return passphrase or None
    return passphrase.encode("utf-8") or None


def default_comment(family: str, today: datetime.date | None = None) -> str:
    """PuTTYgen's default, e.g. 'ed25519-key-20260131': a browser has no user@host."""
    return f"{family}-key-{(today or datetime.date.today()):%Y%m%d}"


def comment_problem(comment: str) -> str | None:
    """Why a comment cannot be written as it is, or None."""
    if any(unicodedata.category(c) == "Cc" for c in comment):
        return _("A key comment must be a single line without control characters.")
    if len(comment.encode()) > 1024:
        return _("A key comment must be at most 1024 bytes.")
    return None


def check_comment(comment: str) -> str:
    problem = comment_problem(comment)
    if problem:
        raise ValueError(problem)
    return comment


def shown_comment(comment: str) -> str:
    """The comment with each control character written as an escape (a newline as \\n), so
    that what a file holds is seen, and a comment never puts a second line anywhere."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" else c for c in comment)


async def generate(family: str = "ed25519", bits: int | None = None, comment: str | None = None,
                   *, engine=None, made=None) -> Key:
    """made: an awaitable of a private key of this family and size already being made (the
    worker's pre-generated one); without it, one is made now."""
    private = await (made or keys.generate(engine or get_engine(), family, bits))
    return Key(private.public, private,
               check_comment(default_comment(family) if comment is None else comment))


async def validate(key: Key, engine=None) -> None:
    """Raise InvalidKeyError unless the key's numbers are consistent, and CertificateError
    unless its certificate (if any) is of this key and its CA's signature verifies."""
    engine = engine or get_engine()
    if key.private is None:
        key.public.check()
    else:
        await key.private.check(engine)
    if key.certificate is not None:
        _check_certificate_is_of(key)
        await certsign.verify(key.certificate, engine)


def _check_certificate_is_of(key: Key) -> None:
    if key.certificate is not None and public_blob(key.certificate.public) != public_blob(key.public):
        raise CertificateError(_("The certificate is for another key."))


def detect_format(data: bytes) -> str:
    return formats.detect(data).name


def _check_size(data: bytes, limits: Limits) -> None:
    # Before any parsing: base64 decoding and number parsing scale with the file.
    if len(data) > limits.file_bytes:
        raise FormatError(_("The file is {size} bytes; no key file is that large.").format(size=len(data)))


def _check_rsa_bits(key: Key, limits: Limits) -> None:
    if key.type.family == "rsa":
        limits.check(N_("RSA key size"), key.bits, "rsa_bits")


def is_encrypted(data: bytes, *, limits: Limits = DEFAULT) -> bool:
    """Does loading this file need a passphrase? Raises FormatError for unreadable files."""
    _check_size(data, limits)
    return formats.detect(data).is_encrypted(data)


async def load(data: bytes, passphrase=None, *, engine=None, limits: Limits = DEFAULT) -> Key:
    """Read a key file in any supported format; the passphrase is used only if it is encrypted.
    The key's `source` is the file's Protection (format, cipher, KDF), from the same parse."""
    _check_size(data, limits)
    engine = engine or get_engine()
    fmt = formats.detect(data)
    key = await fmt.read(data, _passphrase(passphrase), engine, limits)
    _check_rsa_bits(key, limits)
    await validate(key, engine)
    # Formats that encrypt report their protection as they read; the others have none to parse.
    return key if key.source is not None else replace(key, source=fmt.describe(data))


@dataclass(frozen=True)
class Loaded:
    """One parse of a key file: what it holds and how it is protected."""
    protection: formats.Protection   # source format, cipher, KDF and its costs
    key: Key | None                  # comment included; without its private half, or None,
                                     # while the passphrase is needed
    needs_passphrase: bool = False

    @property
    def format(self) -> str:
        return self.protection.format

    @property
    def encrypted(self) -> bool:
        return self.protection.encrypted


async def read_file(data: bytes, passphrase=None, *, engine=None,
                    limits: Limits = DEFAULT) -> Loaded:
    """load(), parsing the file once, and without the passphrase of an encrypted file the
    parts it keeps in clear instead of PassphraseRequired: its protection, and the public key
    (with the comment and certificate where they are in clear too) for OpenSSH and .ppk."""
    engine = engine or get_engine()
    try:
        key = await load(data, passphrase, engine=engine, limits=limits)
    except PassphraseRequired as e:
        if e.public is not None:
            _check_rsa_bits(e.public, limits)
            await validate(e.public, engine)
        return Loaded(e.protection, e.public, needs_passphrase=True)
    return Loaded(key.source, key)


def protection(data: bytes, *, limits: Limits = DEFAULT) -> formats.Protection:
    """How a file stores its key (format, cipher, KDF and its costs), without the passphrase."""
    _check_size(data, limits)
    return formats.detect(data).describe(data)


async def load_public(data: bytes, *, engine=None, limits: Limits = DEFAULT) -> Key:
    """The public key of any key file, without a passphrase where the format allows it.

    An unencrypted private file is read whole, so its comment comes along (OpenSSH keeps the
    comment in the part that is encrypted when a passphrase is set)."""
    _check_size(data, limits)
    fmt = formats.detect(data)
    if fmt.read_public is not None and (not fmt.private or fmt.is_encrypted(data)):
        key = fmt.read_public(data)
    elif fmt.private and fmt.is_encrypted(data):
        raise PassphraseRequired(_("This {label} is encrypted, public key included.").format(label=_(fmt.label)))
    else:
        key = (await load(data, engine=engine, limits=limits)).public_only()
    _check_rsa_bits(key, limits)
    await validate(key.public_only(), engine)
    return replace(key, source=fmt.describe(data))


async def save(key: Key, fmt: str = "openssh", passphrase=None, *, engine=None,
               **options) -> bytes:
    """The key in format `fmt` (see formats.WRITABLE), encrypted if a passphrase is given."""
    f = formats.get(fmt)
    if f.write is None:
        raise UnsupportedError(_("Writing {label} files is not supported.").format(label=_(f.label)))
    if f.private and key.private is None:
        raise UnsupportedError(_("{label} holds a private key, and only the public key is loaded.").format(label=_(f.label)))
    if f.holds is not None and not f.holds(key.type.impl):
        raise UnsupportedError(_("{label} files cannot hold {family} keys; save it in "
                               "OpenSSH format.").format(label=_(f.label), family=key.type.family))
    check_comment(key.comment)
    _check_certificate_is_of(key)
    passphrase = _passphrase(passphrase) if f.private else None
    return await f.write(key, engine or get_engine(), passphrase, **options)


async def resave(key: Key, passphrase, *, engine=None) -> tuple:
    """The one-step fix for weak protection: (format name, file bytes) of the same key with a
    passphrase, in OpenSSH format with 24 bcrypt rounds, or as a .ppk v3 with PuTTYgen's
    Argon2id defaults when it was loaded from a .ppk (PuTTY users keep their format)."""
    if not _passphrase(passphrase):
        raise ValueError(_("A passphrase is needed to protect the key."))
    fmt = "ppk" if getattr(key.source, "format", None) == "ppk" else "openssh"
    return fmt, await save(key, fmt, passphrase, engine=engine)


async def renew(key: Key, family: str | None = None, bits: int | None = None, *,
                engine=None) -> Key:
    """The one-step fix for a weak key: a new key with the same comment. DSA becomes Ed25519;
    RSA stays RSA (for services that take nothing else) with at least 4096 bits; others keep
    their type and size. The old key must then be replaced wherever it is authorized."""
    old = key.type.family
    family = family or ("ed25519" if old == "dsa" else old)
    if bits is None and family == old and family in ("rsa", "ecdsa"):
        bits = max(key.bits, keys.default_bits(family))
    return await generate(family, bits, key.comment, engine=engine)


async def sign_certificate(ca: Key, key: Key, key_id: str, *, principals=(),
                           type: int = certificate.USER, serial: int = 0,
                           validity: str | tuple = "always:forever", options=(),
                           algorithm: str | None = None, engine=None) -> Key:
    """`key` (public half, comment kept) with a certificate signed by the private key `ca`.
    validity is ssh-keygen's -V text or (valid_after, valid_before); options are ssh-keygen's
    -O words ('clear', 'no-pty', 'force-command=...', 'source-address=...', ...)."""
    if ca.private is None:
        raise CertificateError(_("Signing a certificate needs the CA's private key."))
    after, before = (parse_validity(validity) if isinstance(validity, str)
                     else validity)
    critical, extensions = parse_options(options, host=type == certificate.HOST)
    cert = await certsign.certify(
        ca.private, key.public, key_id=key_id, engine=engine or get_engine(),
        principals=principals, type=type, serial=serial, valid_after=after,
        valid_before=before, critical_options=critical, extensions=extensions,
        algorithm=algorithm)
    return key.public_only().with_certificate(cert)


async def attach_certificate(key: Key, cert_key: Key, engine=None) -> Key:
    """`key` carrying the certificate that `cert_key` (a loaded certificate file) holds."""
    if cert_key.certificate is None:
        raise CertificateError(_("That file holds no certificate."))
    attached = key.with_certificate(cert_key.certificate)
    await validate(attached.public_only(), engine)
    return attached


def certificate_file(key: Key) -> bytes:
    """The `-cert.pub` file of a certified key (as save(key, "certificate"), without a loop)."""
    return (certificate_line(key) + "\n").encode()


def formats_for(key: Key) -> list:
    """The formats `key` can be saved in: private ones need the private half."""
    return [f.name for f in formats.FORMATS.values()
            if f.write and (key.has_private or not f.private)
            and (key.certificate is not None or not f.certificate)
            and (f.holds is None or f.holds(key.type.impl))]


def describe(key: Key) -> dict:
    """Everything a page or a `-O text` listing shows about a key."""
    kt = key.type
    # A comment read from a file can hold anything, a newline and a second key line included:
    # it is shown escaped, left out of the public line offered for copying, and flagged.
    problem = comment_problem(key.comment)
    control = problem is not None and shown_comment(key.comment) != key.comment
    return {
        "type": key.algorithm,
        "family": kt.family,
        "bits": key.bits,
        "comment": shown_comment(key.comment),
        "comment_warning": problem and (
            _("The file's comment holds control characters (shown escaped, as \\n for a new "
              "line), so the public key line leaves it out: edit it before saving.") if control else
            _("The file's comment is longer than 1024 bytes: edit it before saving.")),
        "private": key.has_private,
        "public_line": public_line(key.with_comment("") if control else key),
        "sha256": fingerprint(key.public, "sha256"),
        "md5": fingerprint(key.public, "md5"),
        "randomart": randomart(key.public, "sha256"),
        "bubblebabble": bubblebabble(key.public),      # ssh-keygen -B: to read a key aloud
        "openssh_accepts": kt.openssh,
        "note": _(kt.note) if kt.note else "",
        "file_stem": "id_" + kt.stem,
        "certificate": (describe_certificate(key.certificate)
                        if key.certificate is not None else None),
    }


def describe_certificate(cert: certificate.Certificate) -> dict:
    """What a page shows about a certificate (plain values only)."""
    return {
        "type": cert.algorithm,
        "cert_type": cert.type_name,
        "key_id": cert.key_id,
        "serial": cert.serial,
        "principals": list(cert.principals),
        "valid_after": cert.valid_after,
        "valid_before": cert.valid_before,
        "validity": validity_text(cert),
        "valid_now": cert.valid_at(int(time.time())),
        "critical_options": {name: (certificate.option_text(data) if name in certificate.STRING_OPTIONS else data.hex())
                             for name, data in cert.critical_options},
        "extensions": [name for name, _ in cert.extensions],
        "ca_type": cert.ca.algorithm,
        "ca_sha256": fingerprint(cert.ca, "sha256"),
        "signature_algorithm": cert.signature_algorithm,
        "listing": show(cert),
    }


# -- SSH signatures: what `ssh-keygen -Y sign` and `-Y verify` do with a file ------------------

EMAIL = re.compile(r"[^@\s\"]+@[^@\s\"]+\.[^@\s\".]+")
NOT_VERIFIED = "Could not verify signature."


def _check_message(data: bytes, limits: Limits) -> None:
    if len(data) > limits.message_bytes:
        raise CostLimitError(_("The file is {size} bytes, above the limit of {cap} bytes for "
                               "a file signed or verified here.").format(
                                   size=len(data), cap=limits.message_bytes))


async def sign_message(key: Key, message: bytes, namespace: str = "file",
                       hash_name: str = sshsig.DEFAULT_HASH, *, engine=None,
                       limits: Limits = DEFAULT) -> bytes:
    """The .sig file `ssh-keygen -Y sign -f <private key> -n namespace -O hashalg=hash_name`
    writes: by the key itself, a certificate it carries left out (as ssh-keygen does unless
    given the -cert.pub), so that its allowed_signers line (signing_setup) verifies it."""
    _check_message(message, limits)
    return (await sshsig.sign(key.with_certificate(None), message, namespace, hash_name,
                              engine=engine)).encode()


def signature_file_name(name: str | None) -> str:
    """ssh-keygen's name for the signature of `name`: name.sig (a pasted text: message.sig)."""
    return f"{name or 'message'}.sig"


async def verify_message(signature, message: bytes, namespace: str, *, allowed=None,
                         principal: str | None = None, public: Key | None = None,
                         verify_time: int | None = None, engine=None,
                         limits: Limits = DEFAULT) -> dict:
    """`ssh-keygen -Y verify -f allowed -I principal -n namespace -s sig < message`, or with a
    public key instead of an allowed_signers file, `-Y check-novalidate` and that key must be
    the signer's. {"good", "output": the lines ssh-keygen prints (its reasons, then its verdict),
    "signer": {"type", "sha256"} of the signature's key when it could be read}."""
    _check_message(message, limits)
    if public is None and not principal:
        raise ValueError(_("Give the signer's principal (the email address in the "
                           "allowed_signers line)."))
    output, signer = [], None
    try:
        sig = await sshsig.parse(sshsig.dearmor(signature), engine)
        signer = {"type": short_type(sig.key.public, sig.key.certificate is not None),
                  "sha256": fingerprint(sig.key.public, "sha256")}
        sshsig.check_hash(sig.hash)
        await sshsig.verify_digest(sig, sshsig.digest(message, sig.hash), namespace,
                                   engine=engine)
        if public is None:
            verdict = await sshsig.check_allowed(allowed or "", sig.key, principal, namespace,
                                                 verify_time, engine=engine)
            output += verdict.messages
            if not verdict.ok:
                return {"good": False, "output": output + [NOT_VERIFIED], "signer": signer}
        elif not keytext.equal_public(sig.key, public):
            raise sshsig.SignatureError(_(
                "The signature was made by another key ({type} {fingerprint}).").format(
                    type=signer["type"], fingerprint=signer["sha256"]))
    except SSHKeyError as e:
        return {"good": False, "output": output + [str(e), NOT_VERIFIED], "signer": signer}
    who = f" for {principal}" if public is None else ""
    output.append(f'Good "{namespace}" signature{who} with {signer["type"]} key '
                  f'{signer["sha256"]}')
    return {"good": True, "output": output, "signer": signer}


def signing_principal(key: Key) -> str:
    """The principal a new signing key is offered under: its comment, if an email address."""
    return key.comment if EMAIL.fullmatch(key.comment) else ""


def signing_setup(key: Key, principal: str | None = None) -> dict:
    """What git and the people who verify need for signing with `key`: its allowed_signers
    line (once there is a principal) and the git config commands, the key as
    ~/.ssh/<file stem>.pub."""
    principal = signing_principal(key) if principal is None else principal.strip()
    return {"principal": principal,
            "allowed_signers": sshsig.allowed_signers_line(key, principal) if principal else None,
            "git_config": sshsig.git_config(f"~/.ssh/id_{key.type.stem}.pub")}
