"""A public key or certificate as OpenSSH writes it inside other files: its wire blob, and the
`keytype base64` pair at the start of some text (sshkey_read), with how OpenSSH compares keys.

The SSH signature, known_hosts, KRL and SSHFP modules see keys only through here, so the key
model can move without them.
"""

import base64
import binascii

from . import certificate, certsign
from .engine import get_engine
from .errors import SSHKeyError
from .keys import KEY_TYPES, Key, parse_public_blob, public_blob
from .wire import Reader

WHITESPACE = " \t\r\n"


def blob(key: Key) -> bytes:
    """The key's blob: the certificate's when it carries one (sshkey_puts)."""
    return key.certificate.to_blob() if key.certificate is not None else public_blob(key.public)


def plain_blob(key_or_public) -> bytes:
    """The blob of the bare public key, without any certificate."""
    public = getattr(key_or_public, "public", key_or_public)
    return public_blob(public)


def type_name(key: Key) -> str:
    return key.certificate.algorithm if key.certificate is not None else key.public.algorithm


def known_type(name: str) -> bool:
    return name in KEY_TYPES or certificate.is_certificate_type(name)


def parse_plain(data: bytes, what: str = "public key"):
    """The public key in a plain (not certificate) blob."""
    return parse_public_blob(data, what)


async def from_blob(data: bytes, what: str = "public key", engine=None) -> Key:
    """The key in a blob; a certificate's CA signature is checked, as OpenSSH's parser does."""
    name = Reader(data, what).text()
    if certificate.is_certificate_type(name):
        cert = certificate.parse(data)
        await certsign.verify(cert, engine or get_engine())
        return Key(cert.public, certificate=cert)
    return Key(parse_public_blob(data, what))


async def read(text: str, engine=None) -> tuple | None:
    """sshkey_read: (key, rest) when `text` starts with `keytype base64`, else None."""
    stripped = text.lstrip(WHITESPACE)
    name, _, rest = _token(stripped)
    if not known_type(name):
        return None
    b64, _, rest = _token(rest.lstrip(WHITESPACE))
    try:
        data = base64.b64decode(b64, validate=True)
        key = await from_blob(data, engine=engine)
    except (binascii.Error, ValueError, SSHKeyError):
        return None
    if type_name(key) != name:
        return None
    return key, rest.lstrip(WHITESPACE)


def _token(text: str) -> tuple:
    for i, c in enumerate(text):
        if c in WHITESPACE:
            return text[:i], c, text[i + 1:]
    return text, "", ""


def equal(a: Key, b: Key) -> bool:
    """sshkey_equal: same type, same certificate (if any), same key."""
    return type_name(a) == type_name(b) and blob(a) == blob(b)


def equal_public(a, b) -> bool:
    """sshkey_equal_public: the same key, certificates aside."""
    return plain_blob(a) == plain_blob(b)


def line(key: Key) -> str:
    """`keytype base64`, as sshkey_write prints it."""
    return f"{type_name(key)} {base64.b64encode(blob(key)).decode()}"
