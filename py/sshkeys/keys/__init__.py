"""The key model: one table of key types, and per-family number classes behind it.

Key types hold numbers and check them; they know nothing about files (see formats/)
and ask an engine (see engine/) for every cryptographic primitive.
"""

from ..errors import UnsupportedError
from .. import defaults
from . import dsa, ecdsa, eddsa, rsa
from .base import Key, KeyType
from .dsa import DSAPrivateKey, DSAPublicKey
from .ecdsa import ECDSAPrivateKey, ECDSAPublicKey
from .eddsa import EdDSAPrivateKey, EdDSAPublicKey
from .rsa import RSAPrivateKey, RSAPublicKey

KEY_TYPES = {t.name: t for t in (
    KeyType("ssh-ed25519", "ed25519", "ed25519", (256,), True),
    KeyType("ssh-rsa", "rsa", "rsa", (4096, 2048, 3072, 8192), True),
    KeyType("ecdsa-sha2-nistp256", "ecdsa", "ecdsa", (256,), True),
    KeyType("ecdsa-sha2-nistp384", "ecdsa", "ecdsa", (384,), True),
    KeyType("ecdsa-sha2-nistp521", "ecdsa", "ecdsa", (521,), True),
    KeyType("ssh-dss", "dsa", "dsa", (1024,), False,
            "DSA is deprecated: OpenSSH 10 no longer accepts it."),
    KeyType("ssh-ed448", "ed448", "ed448", (448,), False,
            "Ed448 works with PuTTY but not with OpenSSH."),
)}

# The families a user asks for, and the sizes that pick a type within each.
FAMILIES = ("ed25519", "rsa", "ecdsa", "dsa", "ed448")


def key_type(name: str) -> KeyType:
    try:
        return KEY_TYPES[name]
    except KeyError:
        raise UnsupportedError(f"Unsupported key type {name!r}.") from None


def default_bits(family: str) -> int:
    return defaults.KEY_BITS[family]


async def generate(engine, family: str, bits: int | None = None) -> object:
    """Make a new private key of `family` ('rsa', 'ecdsa', 'ed25519', 'ed448', 'dsa')."""
    bits = bits or default_bits(family)
    if family == "rsa":
        return await rsa.generate(engine, bits)
    if family == "ecdsa":
        return await ecdsa.generate(engine, bits)
    if family == "dsa":
        return await dsa.generate(engine, bits)
    if family in eddsa.SIZES:
        if bits not in (eddsa.BITS[family], 255 if family == "ed25519" else 448):
            raise ValueError(f"{family} keys have a fixed size.")
        return await eddsa.generate(engine, family)
    raise ValueError(f"Unknown key type {family!r}; choose one of {', '.join(FAMILIES)}.")


__all__ = [
    "Key", "KeyType", "KEY_TYPES", "FAMILIES", "key_type", "default_bits", "generate",
    "RSAPublicKey", "RSAPrivateKey", "DSAPublicKey", "DSAPrivateKey",
    "ECDSAPublicKey", "ECDSAPrivateKey", "EdDSAPublicKey", "EdDSAPrivateKey",
]
