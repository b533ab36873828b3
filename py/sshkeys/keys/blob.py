"""SSH wire encodings of a key, each type's fields from its impl, chosen by the type name.

The public blob (RFC 4253 section 6.6, RFC 5656, RFC 8709) is the key's identity: fingerprints,
public key lines and PPK files all carry it. The OpenSSH private fields are what
openssh-key-v1 stores after the type name (PROTOCOL.key; sshkey_private_serialize).
"""

from ..wire import Reader, string
from .types import impl


def public_blob(pub) -> bytes:
    return string(pub.algorithm) + impl(pub.algorithm).public_fields(pub)


def read_public(r: Reader):
    """Read a type name and public key fields from r; the type name must be known."""
    name = r.text()
    pub = impl(name).read_public(r, name)
    pub.check()
    return pub


def parse_public_blob(blob: bytes, what: str = "public key"):
    r = Reader(blob, what)
    pub = read_public(r)
    r.done()
    return pub


def openssh_private(priv) -> bytes:
    name = priv.public.algorithm
    return string(name) + impl(name).private_fields(priv)


def read_openssh_private(r: Reader):
    name = r.text()
    return impl(name).read_private(r, name)
