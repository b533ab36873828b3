"""DSA keys (FIPS 186); SSH name ssh-dss. Legacy: OpenSSH 10 removed it."""

from dataclasses import dataclass

from ..errors import InvalidKeyError


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
            raise InvalidKeyError("The DSA parameters have unsupported sizes.")
        if p % 2 == 0 or q % 2 == 0 or (p - 1) % q:
            raise InvalidKeyError("The DSA primes are even or q does not divide p - 1.")
        if not 1 < g < p or pow(g, q, p) != 1 or not 1 < y < p:
            raise InvalidKeyError("The DSA parameters are inconsistent.")
        if pow(y, q, p) != 1:
            raise InvalidKeyError("The DSA public value is not in the subgroup its parameters define.")


@dataclass(frozen=True, repr=False)
class DSAPrivateKey:
    public: DSAPublicKey
    x: int

    async def check(self, engine=None) -> None:
        pub = self.public
        pub.check()
        if not 0 < self.x < pub.q or pow(pub.g, self.x, pub.p) != pub.y:
            raise InvalidKeyError("The DSA private key does not match its public key.")

    def __repr__(self):
        return f"<DSAPrivateKey {self.public.bits} bits>"


async def generate(engine, bits: int) -> DSAPrivateKey:
    if bits != 1024:
        raise ValueError("DSA keys for SSH are 1024 bits.")
    p, q, g, y, x = await engine.generate_dsa(bits)
    key = DSAPrivateKey(DSAPublicKey(p, q, g, y), x)
    await key.check()
    return key
