"""EdDSA keys (RFC 8032): Ed25519 (RFC 8709, ssh-ed25519) and Ed448 (ssh-ed448, PuTTY only)."""

from dataclasses import dataclass

from ..errors import InvalidKeyError

SIZES = {"ed25519": 32, "ed448": 57}   # bytes of seed and of public key
BITS = {"ed25519": 256, "ed448": 448}  # what ssh-keygen and puttygen print


# Curve constants (RFC 8032 section 5.1 and 5.2), used only to print affine coordinates.
_P25519 = 2 ** 255 - 19
_P448 = 2 ** 448 - 2 ** 224 - 1
_D = {"ed25519": -121665 * pow(121666, -1, _P25519) % _P25519, "ed448": -39081 % _P448}


def affine(curve: str, data: bytes) -> tuple:
    """(x, y) of an encoded Edwards point (RFC 8032 5.1.3 / 5.2.3), as puttygen --dump shows."""
    n = int.from_bytes(data, "little")
    sign_bit = 8 * len(data) - 1
    y, sign = n & ~(1 << sign_bit), n >> sign_bit
    if curve == "ed25519":
        p = _P25519
        u = (y * y - 1) * pow(_D[curve] * y * y + 1, -1, p) % p
        x = pow(u, (p + 3) // 8, p)
        if x * x % p != u:
            x = x * pow(2, (p - 1) // 4, p) % p
    else:
        p = _P448
        u = (y * y - 1) * pow(_D[curve] * y * y - 1, -1, p) % p
        x = pow(u, (p + 1) // 4, p)
    if y >= p or x * x % p != u:
        raise InvalidKeyError(f"The {curve} public key is not a point on the curve.")
    return (p - x if x and (x & 1) != sign else x), y


@dataclass(frozen=True)
class EdDSAPublicKey:
    curve: str        # ed25519 | ed448
    data: bytes       # encoded public point

    @property
    def algorithm(self) -> str:
        return "ssh-" + self.curve

    @property
    def bits(self) -> int:
        return BITS[self.curve]

    def check(self) -> None:
        if len(self.data) != SIZES[self.curve]:
            raise InvalidKeyError(f"An {self.curve} public key must be {SIZES[self.curve]} bytes.")
        affine(self.curve, self.data)


@dataclass(frozen=True, repr=False)
class EdDSAPrivateKey:
    public: EdDSAPublicKey
    seed: bytes       # the RFC 8032 private key

    async def check(self, engine) -> None:
        self.public.check()
        if len(self.seed) != SIZES[self.public.curve]:
            raise InvalidKeyError(f"An {self.public.curve} private key must be "
                                  f"{SIZES[self.public.curve]} bytes.")
        if await engine.eddsa_public(self.public.curve, self.seed) != self.public.data:
            raise InvalidKeyError(f"The {self.public.curve} private key does not match its public key.")

    def __repr__(self):
        return f"<EdDSAPrivateKey {self.public.curve}>"


async def generate(engine, curve: str) -> EdDSAPrivateKey:
    seed, public = await engine.generate_eddsa(curve)
    key = EdDSAPrivateKey(EdDSAPublicKey(curve, public), seed)
    await key.check(engine)
    return key
