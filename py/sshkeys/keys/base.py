"""The Key container that files load into."""

from dataclasses import dataclass, replace

from .types import KeyType, key_type
from ..i18n import _


@dataclass(frozen=True, eq=False)
class Key:
    """A public key, optionally its private half, the comment stored with it, and an OpenSSH
    certificate of the public key (certificate.Certificate) where the file carries one.

    `source` is set by operations.load: the formats.Protection of the file it was read from
    (format, cipher, KDF and costs), for a check-up to judge.
    """
    public: object
    private: object = None
    comment: str = ""
    certificate: object = None
    source: object = None

    @property
    def type(self) -> KeyType:
        return key_type(self.public.algorithm)

    @property
    def algorithm(self) -> str:
        return self.public.algorithm

    @property
    def bits(self) -> int:
        return self.public.bits

    @property
    def has_private(self) -> bool:
        return self.private is not None

    def with_comment(self, comment: str) -> "Key":
        return replace(self, comment=comment)

    def public_only(self) -> "Key":
        return replace(self, private=None)

    def with_certificate(self, certificate) -> "Key":
        return replace(self, certificate=certificate)

    def __repr__(self):
        half = "private" if self.private is not None else "public"
        cert = ", certified" if self.certificate is not None else ""
        return f"<Key {self.algorithm} {self.bits} bits, {half}{cert}, comment={self.comment!r}>"
