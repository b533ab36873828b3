"""sshkeys: make, load, convert and inspect SSH keys; OpenSSH, PuTTY and PEM formats.

    import asyncio, sshkeys
    key = asyncio.run(sshkeys.generate("ed25519", comment="me@laptop"))
    open("id_ed25519", "wb").write(asyncio.run(sshkeys.save(key, "openssh", "passphrase")))
    print(sshkeys.public_line(key))
"""

from .errors import (CertificateError, CostLimitError, FormatError, IntegrityError,
                     InvalidKeyError, PassphraseRequired, SSHKeyError, UnsupportedError,
                     WrongPassphrase)
from .fingerprint import fingerprint, randomart
from .formats import FORMATS, WRITABLE
from .formats.pubkey import public_line
from .keys import FAMILIES, KEY_TYPES, Key
from .limits import Limits
from . import certificate
from .operations import (check_comment, default_comment, describe, detect_format, generate,
                         is_encrypted, load, load_public, protection, renew, resave, save,
                         validate)
from .checkup import check_file, check_lines

__version__ = "0.1.0"

__all__ = [
    "generate", "load", "load_public", "save", "validate", "describe", "detect_format", "is_encrypted",
    "protection", "resave", "renew", "check_file", "check_lines",
    "fingerprint", "randomart", "public_line", "check_comment", "default_comment",
    "Key", "KEY_TYPES", "FAMILIES", "FORMATS", "WRITABLE", "Limits",
    "SSHKeyError", "FormatError", "UnsupportedError", "PassphraseRequired", "WrongPassphrase",
    "IntegrityError", "CostLimitError", "InvalidKeyError", "CertificateError", "certificate",
]
