"""What a user does with keys: generate, load, save/convert, re-comment, validate, describe.

Everything that touches a primitive is a coroutine (see engine/base.py); natively, wrap calls
in asyncio.run(), under Pyodide await them.
"""

import datetime
import unicodedata

from . import formats, keys
from .engine import get_engine
from .errors import FormatError, PassphraseRequired, UnsupportedError
from .fingerprint import fingerprint, randomart
from .formats.pubkey import public_line
from .keys import Key
from .limits import DEFAULT, Limits


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
        return "A key comment must be a single line without control characters."
    if len(comment.encode()) > 1024:
        return "A key comment must be at most 1024 bytes."
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
                   *, engine=None) -> Key:
    private = await keys.generate(engine or get_engine(), family, bits)
    return Key(private.public, private,
               check_comment(default_comment(family) if comment is None else comment))


async def validate(key: Key, engine=None) -> None:
    """Raise InvalidKeyError unless the key's numbers are consistent."""
    if key.private is None:
        key.public.check()
    else:
        await key.private.check(engine or get_engine())


def detect_format(data: bytes) -> str:
    return formats.detect(data).name


def _check_size(data: bytes, limits: Limits) -> None:
    # Before any parsing: base64 decoding and number parsing scale with the file.
    if len(data) > limits.file_bytes:
        raise FormatError(f"The file is {len(data)} bytes; no key file is that large.")


def _check_rsa_bits(key: Key, limits: Limits) -> None:
    if key.type.family == "rsa":
        limits.check("RSA key size", key.bits, "rsa_bits")


def is_encrypted(data: bytes, *, limits: Limits = DEFAULT) -> bool:
    """Does loading this file need a passphrase? Raises FormatError for unreadable files."""
    _check_size(data, limits)
    return formats.detect(data).is_encrypted(data)


async def load(data: bytes, passphrase=None, *, engine=None, limits: Limits = DEFAULT) -> Key:
    """Read a key file in any supported format; the passphrase is used only if it is encrypted."""
    _check_size(data, limits)
    engine = engine or get_engine()
    fmt = formats.detect(data)
    key = await fmt.read(data, _passphrase(passphrase), engine, limits)
    _check_rsa_bits(key, limits)
    await validate(key, engine)
    return key


async def load_public(data: bytes, *, engine=None, limits: Limits = DEFAULT) -> Key:
    """The public key of any key file, without a passphrase where the format allows it."""
    _check_size(data, limits)
    fmt = formats.detect(data)
    if fmt.read_public is not None:
        key = fmt.read_public(data)
    elif fmt.private and fmt.is_encrypted(data):
        raise PassphraseRequired(f"This {fmt.label} is encrypted, public key included.")
    else:
        key = (await load(data, engine=engine, limits=limits)).public_only()
    _check_rsa_bits(key, limits)
    key.public.check()
    return key


async def save(key: Key, fmt: str = "openssh", passphrase=None, *, engine=None,
               **options) -> bytes:
    """The key in format `fmt` (see formats.WRITABLE), encrypted if a passphrase is given."""
    f = formats.get(fmt)
    if f.write is None:
        raise UnsupportedError(f"Writing {f.label} files is not supported.")
    if f.private and key.private is None:
        raise UnsupportedError(f"{f.label} holds a private key, and only the public key is loaded.")
    check_comment(key.comment)
    passphrase = _passphrase(passphrase) if f.private else None
    return await f.write(key, engine or get_engine(), passphrase, **options)


def formats_for(key: Key) -> list:
    """The formats `key` can be saved in: private ones need the private half."""
    family = key.type.family
    return [f.name for f in formats.FORMATS.values()
            if f.write and (key.has_private or not f.private)
            and (f.families is None or family in f.families)]


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
            "The file's comment holds control characters (shown escaped, as \\n for a new "
            "line), so the public key line leaves it out" if control else
            "The file's comment is longer than 1024 bytes") + ": edit it before saving.",
        "private": key.has_private,
        "public_line": public_line(key.with_comment("") if control else key),
        "sha256": fingerprint(key.public, "sha256"),
        "md5": fingerprint(key.public, "md5"),
        "randomart": randomart(key.public, "sha256"),
        "openssh_accepts": kt.openssh,
        "note": kt.note,
        "file_stem": "id_" + kt.stem,
    }
