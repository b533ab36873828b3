"""The table of key types and the impl (keys/impl.py) each family answers with."""

from dataclasses import dataclass

from .. import defaults
from ..errors import UnsupportedError
from . import dsa, ecdsa, eddsa, mldsa, rsa
from ..i18n import N_, _


@dataclass(frozen=True)
class KeyType:
    name: str            # SSH algorithm name, as in the public key line
    family: str          # rsa | dsa | ecdsa | ed25519 | ed448 | mldsa44-ed25519
    stem: str            # OpenSSH file name stem: id_<stem>
    bits: tuple          # sizes a user may generate (first is the default)
    openssh: bool        # does current OpenSSH accept it?
    note: str = ""       # why to think twice, shown beside the type

    @property
    def impl(self):
        return IMPLS[self.family]


IMPLS = {impl.family: impl for impl in (eddsa.ED25519, rsa.IMPL, ecdsa.IMPL, dsa.IMPL, eddsa.ED448,
                                        mldsa.IMPL)}

KEY_TYPES = {t.name: t for t in (
    KeyType("ssh-ed25519", "ed25519", "ed25519", (256,), True),
    KeyType("ssh-rsa", "rsa", "rsa", (4096, 2048, 3072, 8192), True),
    KeyType("ecdsa-sha2-nistp256", "ecdsa", "ecdsa", (256,), True),
    KeyType("ecdsa-sha2-nistp384", "ecdsa", "ecdsa", (384,), True),
    KeyType("ecdsa-sha2-nistp521", "ecdsa", "ecdsa", (521,), True),
    KeyType("ssh-dss", "dsa", "dsa", (1024,), False,
            N_("DSA is deprecated: OpenSSH 10 no longer accepts it.")),
    KeyType("ssh-ed448", "ed448", "ed448", (448,), False,
            N_("Ed448 works with PuTTY but not with OpenSSH.")),
    KeyType(mldsa.NAME, "mldsa44-ed25519", "mldsa44_ed25519", (256,), True,
            N_("Experimental post-quantum key (ML-DSA-44 with Ed25519): OpenSSH 10.4+ only, "
               "PuTTY cannot use it.")),
)}

# The families a user asks for, and the sizes that pick a type within each.
FAMILIES = ("ed25519", "rsa", "ecdsa", "dsa", "ed448", "mldsa44-ed25519")


def key_type(name: str) -> KeyType:
    try:
        return KEY_TYPES[name]
    except KeyError:
        raise UnsupportedError(_("Unsupported key type {name!r}.").format(name=name)) from None


def impl(name: str):
    """The impl of the key type named `name` (UnsupportedError if unknown)."""
    return key_type(name).impl


def default_bits(family: str) -> int:
    return defaults.KEY_BITS[family]
