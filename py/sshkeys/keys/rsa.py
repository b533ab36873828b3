"""RSA keys (RFC 8017 numbers); SSH name ssh-rsa."""

from dataclasses import dataclass
from math import gcd, prod

from ..errors import InvalidKeyError
from ..wire import mpint
from .impl import KeyImpl, hex_number
from ..i18n import _

MIN_LOAD_BITS = 1024     # OpenSSH refuses smaller moduli
MIN_GENERATE_BITS = 2048
MAX_BITS = 16384

# The primes below 1000, multiplied: one gcd tells whether a number has a small prime factor.
SMALL_PRIMES = [n for n in range(2, 1000) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
SMALL_PRIMORIAL = prod(SMALL_PRIMES)


def small_factor(n: int) -> int | None:
    """The smallest prime below 1000 dividing n, or None; a sound RSA number has none."""
    if gcd(n, SMALL_PRIMORIAL) == 1:
        return None
    return next(p for p in SMALL_PRIMES if n % p == 0)


@dataclass(frozen=True)
class RSAPublicKey:
    n: int
    e: int
    algorithm = "ssh-rsa"

    @property
    def bits(self) -> int:
        return self.n.bit_length()

    def check(self) -> None:
        if not MIN_LOAD_BITS <= self.bits <= MAX_BITS:
            raise InvalidKeyError(
                _("RSA keys must have {MIN_LOAD_BITS} to {MAX_BITS} bits; this one has {bits}.").format(MIN_LOAD_BITS=MIN_LOAD_BITS, MAX_BITS=MAX_BITS, bits=self.bits))
        if self.e < 3 or self.e % 2 == 0 or self.e >= self.n:
            raise InvalidKeyError(_("The RSA public exponent is invalid."))
        # A product of two large primes is odd and has no small factor; anything else is
        # factored at once (and libcrypto refuses it, e.g. an even modulus).
        if (factor := small_factor(self.n)) is not None:
            raise InvalidKeyError(_("The RSA modulus is divisible by {factor}: "
                                  "it is not a product of two large primes.").format(factor=factor))


@dataclass(frozen=True, repr=False)
class RSAPrivateKey:
    public: RSAPublicKey
    d: int
    p: int
    q: int
    iqmp: int    # q^-1 mod p, as OpenSSH and PuTTY store it

    @property
    def dp(self) -> int:
        return self.d % (self.p - 1)

    @property
    def dq(self) -> int:
        return self.d % (self.q - 1)

    @classmethod
    def from_numbers(cls, n, e, d, p, q) -> "RSAPrivateKey":
        return cls(RSAPublicKey(n, e), d, p, q, pow(q, -1, p))

    async def check(self, engine=None) -> None:
        pub = self.public
        pub.check()
        p, q = self.p, self.q
        # Range first: the file sets the primes' sizes, and multiplying two megabit
        # numbers takes seconds.
        if not (1 < p < pub.n and 1 < q < pub.n) or p * q != pub.n or p == q:
            raise InvalidKeyError(_("The RSA primes do not multiply to the modulus."))
        lam = (p - 1) * (q - 1) // gcd(p - 1, q - 1)
        if not 0 < self.d < pub.n or (self.d * pub.e) % lam != 1:
            raise InvalidKeyError(_("The RSA private exponent does not match the public exponent."))
        if (self.iqmp * q) % p != 1:
            raise InvalidKeyError(_("The RSA CRT coefficient (iqmp) is wrong."))

    def __repr__(self):
        return f"<RSAPrivateKey {self.public.bits} bits>"


async def generate(engine, bits: int) -> RSAPrivateKey:
    if not MIN_GENERATE_BITS <= bits <= MAX_BITS:
        raise ValueError(_("RSA key size must be between {MIN_GENERATE_BITS} and {MAX_BITS} bits.").format(MIN_GENERATE_BITS=MIN_GENERATE_BITS, MAX_BITS=MAX_BITS))
    n, e, d, p, q = await engine.generate_rsa(bits, 65537)
    key = RSAPrivateKey.from_numbers(n, e, d, p, q)
    if key.public.bits != bits:
        raise InvalidKeyError(_("The engine made a {bits}-bit modulus, not {bits2}.").format(bits=key.public.bits, bits2=bits))
    await key.check()
    return key


class RSA(KeyImpl):
    family = "rsa"
    short = "RSA"
    pkcs8_oid = "1.2.840.113549.1.1.1"
    size_limit = ("RSA key size", "rsa_bits")

    def pem_label(self, pub):
        return "RSA PRIVATE KEY"

    def public_fields(self, pub):
        return mpint(pub.e) + mpint(pub.n)

    def read_public(self, r, name):
        e = r.mpint()
        return RSAPublicKey(r.mpint(), e)

    def private_fields(self, priv):
        pub = priv.public
        return b"".join(map(mpint, (pub.n, pub.e, priv.d, priv.iqmp, priv.p, priv.q)))

    def read_private(self, r, name):
        n, e, d, iqmp, p, q = (r.mpint() for _ in range(6))
        return RSAPrivateKey(RSAPublicKey(n, e), d, p, q, iqmp)

    def ppk_private(self, priv):
        return mpint(priv.d) + mpint(priv.p) + mpint(priv.q) + mpint(priv.iqmp)

    def read_ppk_private(self, r, pub):
        return RSAPrivateKey(pub, *(r.mpint() for _ in range(4)))

    def dump(self, pub, priv):
        rows = [("key_type", '"RSA"'), ("public_modulus", hex_number(pub.n)),
                ("public_exponent", hex_number(pub.e))]
        if priv:
            rows += [("private_exponent", hex_number(priv.d)), ("private_p", hex_number(priv.p)),
                     ("private_q", hex_number(priv.q)),
                     ("private_inverse_q_mod_p", hex_number(priv.iqmp))]
        return rows

    async def generate(self, engine, bits):
        return await generate(engine, bits)


IMPL = RSA()
