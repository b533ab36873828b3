"""EdDSA keys (RFC 8032): Ed25519 (RFC 8709, ssh-ed25519) and Ed448 (ssh-ed448, PuTTY only)."""

from dataclasses import dataclass

from ..errors import InvalidKeyError

SIZES = {"ed25519": 32, "ed448": 57}   # bytes of seed and of public key
BITS = {"ed25519": 256, "ed448": 448}  # what ssh-keygen and puttygen print


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
