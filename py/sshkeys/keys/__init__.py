"""The key model: one table of key types, and per-family number classes behind it.

Each family's knowledge of its encodings sits behind one interface (impl.py's KeyImpl); the
SSH wire blobs are in blob.py. Key types know nothing about file formats (see formats/) and
ask an engine (see engine/) for every cryptographic primitive.
"""

from .base import Key
from .blob import openssh_private, parse_public_blob, public_blob, read_openssh_private, read_public
from .dsa import DSAPrivateKey, DSAPublicKey
from .ecdsa import ECDSAPrivateKey, ECDSAPublicKey
from .eddsa import EdDSAPrivateKey, EdDSAPublicKey
from .impl import CERT_SUFFIX, KeyImpl, is_certificate_type
from .mldsa import MLDSAEd25519PrivateKey, MLDSAEd25519PublicKey
from .rsa import RSAPrivateKey, RSAPublicKey
from .types import FAMILIES, IMPLS, KEY_TYPES, KeyType, default_bits, impl, key_type
from ..i18n import _


async def generate(engine, family: str, bits: int | None = None) -> object:
    """Make a new private key of `family` ('rsa', 'ecdsa', 'ed25519', 'ed448', 'dsa',
    'mldsa44-ed25519')."""
    bits = bits or default_bits(family)
    if family not in IMPLS:
        raise ValueError(_("Unknown key type {family!r}; choose one of {value}.").format(family=family, value=', '.join(FAMILIES)))
    return await IMPLS[family].generate(engine, bits)


__all__ = [
    "Key", "KeyType", "KeyImpl", "KEY_TYPES", "FAMILIES", "IMPLS", "key_type", "impl",
    "default_bits", "generate", "CERT_SUFFIX", "is_certificate_type",
    "public_blob", "read_public", "parse_public_blob", "openssh_private", "read_openssh_private",
    "RSAPublicKey", "RSAPrivateKey", "DSAPublicKey", "DSAPrivateKey",
    "ECDSAPublicKey", "ECDSAPrivateKey", "EdDSAPublicKey", "EdDSAPrivateKey",
    "MLDSAEd25519PublicKey", "MLDSAEd25519PrivateKey",
]
