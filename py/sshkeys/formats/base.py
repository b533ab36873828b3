"""The contract every file format meets, and small helpers the text formats share.

A format module defines one or more `Format` entries. Readers and writers are coroutines
because decryption and key derivation go through the engine; they take the engine as an
argument and never import an engine's libraries.

  read(data: bytes, passphrase: bytes | None, engine, limits) -> Key
      raises PassphraseRequired when encrypted and no passphrase is given, WrongPassphrase,
      FormatError, UnsupportedError, CostLimitError (before any costly work).
  write(key: Key, engine, passphrase: bytes | None, **options) -> bytes
      an empty or None passphrase writes the file unencrypted.
  read_public(data: bytes) -> Key
      for formats that store the public key in clear: the public key (and the comment,
      where it is in clear too) without a passphrase.
  protection(data: bytes) -> Protection
      how a private key file is encrypted: read from the parts in clear, no passphrase,
      no cryptography. Formats without encryption leave it out.
"""

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Callable

from ..errors import FormatError
from ..i18n import _


@dataclass(frozen=True)
class Protection:
    """How a file stores its key: format, cipher and key derivation with its costs.

    All of it is in clear in every format, so a check-up can report it without the passphrase.
    """
    format: str                     # the Format's name
    label: str
    private: bool                   # does the file hold a private key?
    cipher: str = "none"            # as the file names it, e.g. aes256-ctr, AES-128-CBC
    kdf: str = "none"               # bcrypt | argon2id/i/d | ppk2-sha1 | evp-md5 | pbkdf2 |
                                    # sshcom-md5 | the PBES1 / PKCS#12 scheme's name
    rounds: int | None = None       # bcrypt rounds; PBKDF2 / PBES1 iterations
    memory_kib: int | None = None   # Argon2
    passes: int | None = None       # Argon2
    parallelism: int | None = None  # Argon2
    prf: str | None = None          # PBKDF2's HMAC hash
    version: int | None = None      # PPK file version

    @property
    def encrypted(self) -> bool:
        return self.cipher != "none"

    def as_dict(self) -> dict:
        """The fields set, its label in the session's language."""
        return {name: _(value) if name == "label" and value else value
                for name, value in vars(self).items() if value is not None}


@dataclass(frozen=True)
class Format:
    name: str                       # the name save() and the CLI use
    label: str                      # what a person calls it
    private: bool                   # does the file hold a private key?
    detect: Callable                # detect(data) -> bool, cheap and never raises
    read: Callable | None = None
    write: Callable | None = None
    is_encrypted: Callable = lambda data: False
    file_name: str = ""             # the usual file name; {stem} is rsa, ed25519, ecdsa...
    holds: Callable | None = None   # holds(key type's impl) -> can it hold such keys? None: all
    read_public: Callable | None = None  # read_public(data) -> Key: no passphrase needed
    protection: Callable | None = None   # protection(data) -> Protection, for encryptable ones

    def describe(self, data: bytes) -> Protection:
        """The file's Protection; a format that cannot encrypt reports just its name."""
        if self.protection is not None:
            return self.protection(data)
        return Protection(self.name, self.label, self.private)
    certificate: bool = False       # writes a key's certificate: only for certified keys


def text(data: bytes, what: str) -> str:
    """Key files are ASCII text; tolerate a UTF-8 BOM, CRLF and surrounding blank lines."""
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        # TRANSLATORS: {what} is a noun phrase such as "public key", translated on its own.
        raise FormatError(_("The {what} is not text.").format(what=_(what))) from None
    return s.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def b64decode(s: str, what: str) -> bytes:
    try:
        return base64.b64decode(re.sub(r"\s+", "", s), validate=True)
    except (binascii.Error, ValueError):
        # TRANSLATORS: {what} is a noun phrase such as "public key", translated on its own.
        raise FormatError(_("The {what} has invalid base64.").format(what=_(what))) from None


def b64lines(data: bytes, width: int) -> str:
    s = base64.b64encode(data).decode()
    return "".join(s[i:i + width] + "\n" for i in range(0, len(s), width))


def passphrase_given(passphrase) -> bool:
    return bool(passphrase)
