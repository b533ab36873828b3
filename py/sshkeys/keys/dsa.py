"""DSA keys (FIPS 186); SSH name ssh-dss. Legacy: OpenSSH 10 removed it."""

from dataclasses import dataclass

from ..errors import InvalidKeyError
from ..wire import mpint
from .impl import KeyImpl, hex_number
from ..i18n import _


@dataclass(frozen=True)
class DSAPublicKey:
    p: int
    q: int
    g: int
    y: int
    algorithm = "ssh-dss"

    @property
    def bits(self) -> int:
        return self.p.bit_length()

    def check(self) -> None:
        p, q, g, y = self.p, self.q, self.g, self.y
        if not 1024 <= p.bit_length() <= 3072 or q.bit_length() not in (160, 224, 256):
            raise InvalidKeyError(_("The DSA parameters have unsupported sizes."))
        if p % 2 == 0 or q % 2 == 0 or (p - 1) % q:
            raise InvalidKeyError(_("The DSA primes are even or q does not divide p - 1."))
        if not 1 < g < p or pow(g, q, p) != 1 or not 1 < y < p:
            raise InvalidKeyError(_("The DSA parameters are inconsistent."))
        if pow(y, q, p) != 1:
            raise InvalidKeyError(_("The DSA public value is not in the subgroup its parameters define."))


@dataclass(frozen=True, repr=False)
class DSAPrivateKey:
    public: DSAPublicKey
    x: int

    async def check(self, engine=None) -> None:
        pub = self.public
        pub.check()
        if not 0 < self.x < pub.q or pow(pub.g, self.x, pub.p) != pub.y:
            raise InvalidKeyError(_("The DSA private key does not match its public key."))

    def __repr__(self):
        return f"<DSAPrivateKey {self.public.bits} bits>"


async def generate(engine, bits: int) -> DSAPrivateKey:
    if bits != 1024:
        raise ValueError(_("DSA keys for SSH are 1024 bits."))
    p, q, g, y, x = await engine.generate_dsa(bits)
    key = DSAPrivateKey(DSAPublicKey(p, q, g, y), x)
    await key.check()
    return key


class DSA(KeyImpl):
    family = "dsa"
    short = "DSA"
    pkcs8_oid = "1.2.840.10040.4.1"

    def pem_label(self, pub):
        return "DSA PRIVATE KEY"

    def public_fields(self, pub):
        return b"".join(map(mpint, (pub.p, pub.q, pub.g, pub.y)))

    def read_public(self, r, name):
        return DSAPublicKey(*(r.mpint() for _ in range(4)))

    def private_fields(self, priv):
        return self.public_fields(priv.public) + mpint(priv.x)

    def read_private(self, r, name):
        pub = self.read_public(r, name)
        return DSAPrivateKey(pub, r.mpint())

    def ppk_private(self, priv):
        return mpint(priv.x)

    def read_ppk_private(self, r, pub):
        return DSAPrivateKey(pub, r.mpint())

    def dump(self, pub, priv):
        rows = [("key_type", '"DSA"'), ("p", hex_number(pub.p)), ("q", hex_number(pub.q)),
                ("g", hex_number(pub.g)), ("public_y", hex_number(pub.y))]
        if priv:
            rows.append(("private_x", hex_number(priv.x)))
        return rows

    async def generate(self, engine, bits):
        return await generate(engine, bits)


IMPL = DSA()
