"""Caps on the work an untrusted file may ask of us, checked before any of that work starts.

Every reader takes a Limits; callers who trust a file with a legitimately higher cost pass
their own (for example Limits(bcrypt_rounds=5000)).
"""

from dataclasses import dataclass

from .errors import CostLimitError
from .i18n import _


@dataclass(frozen=True)
class Limits:
    bcrypt_rounds: int = 1000             # ssh-keygen's default is 24; 1000 is ~10 s natively
    argon2_memory_kib: int = 1 << 20      # 1 GiB; PuTTYgen's default is 8 MiB
    argon2_passes: int = 1000             # PuTTYgen picks ~10-30 for 100 ms
    argon2_parallelism: int = 64
    pbkdf2_iterations: int = 10_000_000
    rsa_bits: int = 16384
    file_bytes: int = 1 << 20             # no key file is near 1 MiB
    message_bytes: int = 64 << 20         # a file signed or verified in the page's memory

    def check(self, what: str, value: int, cap_name: str) -> None:
        cap = getattr(self, cap_name)
        if not 0 <= value <= cap:
            # TRANSLATORS: {what} names a cost, such as "bcrypt rounds"; Limits.{cap_name} is code.
            raise CostLimitError(
                _("The file asks for {what} {value}, above the limit of {cap}; "
                "raise Limits.{cap_name} if you trust this file.").format(what=_(what), value=value, cap=cap, cap_name=cap_name))


DEFAULT = Limits()
