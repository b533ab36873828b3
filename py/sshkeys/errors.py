"""The exceptions the package raises. Every failure a user can cause is one of these."""


class SSHKeyError(Exception):
    """Base class: a clear, one-sentence message suitable to show to a user."""


class FormatError(SSHKeyError):
    """The data is not a key file we recognise, or it is truncated or corrupted."""


class UnsupportedError(SSHKeyError):
    """A well-formed file uses something we cannot handle (key type, cipher, KDF)."""


class PassphraseRequired(SSHKeyError):
    """The file is encrypted and no passphrase was given.

    A reader says what it saw in clear: `protection` (formats.Protection) and, where the format
    stores it unencrypted, `public` (a Key without its private half), so that one parse of the
    file is enough to ask for the passphrase and to check what is in clear."""

    def __init__(self, message: str, protection=None, public=None):
        super().__init__(message)
        self.protection = protection
        self.public = public


class WrongPassphrase(SSHKeyError):
    """The passphrase does not decrypt the file (or the encrypted part is corrupted)."""


class IntegrityError(SSHKeyError):
    """A MAC or checksum over the file does not match: it was altered or corrupted."""


class CostLimitError(SSHKeyError):
    """A KDF cost or a size in an untrusted file is above the configured cap."""


class InvalidKeyError(SSHKeyError):
    """Key material is inconsistent (for example n != p*q, or a point off its curve)."""


class CertificateError(SSHKeyError):
    """An OpenSSH certificate is malformed, its CA signature does not verify, or it cannot be
    made as asked (a CA key type OpenSSH does not accept, a bad validity or option)."""
