"""EdDSA keys (RFC 8032): Ed25519 (RFC 8709, ssh-ed25519) and Ed448 (ssh-ed448, PuTTY only)."""

from dataclasses import dataclass

from ..errors import InvalidKeyError, UnsupportedError
from ..wire import string
from .impl import KeyImpl, hex_number
from ..i18n import _

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
        raise InvalidKeyError(_("The {curve} public key is not a point on the curve.").format(curve=curve))
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
            raise InvalidKeyError(_("An {curve} public key must be {size} bytes.").format(curve=self.curve, size=SIZES[self.curve]))
        affine(self.curve, self.data)


@dataclass(frozen=True, repr=False)
class EdDSAPrivateKey:
    public: EdDSAPublicKey
    seed: bytes       # the RFC 8032 private key

    async def check(self, engine) -> None:
        self.public.check()
        if len(self.seed) != SIZES[self.public.curve]:
            raise InvalidKeyError(_("An {curve} private key must be "
                                  "{size} bytes.").format(curve=self.public.curve, size=SIZES[self.public.curve]))
        if await engine.eddsa_public(self.public.curve, self.seed) != self.public.data:
            raise InvalidKeyError(_("The {curve} private key does not match its public key.").format(curve=self.public.curve))

    def __repr__(self):
        return f"<EdDSAPrivateKey {self.public.curve}>"


async def generate(engine, curve: str) -> EdDSAPrivateKey:
    seed, public = await engine.generate_eddsa(curve)
    key = EdDSAPrivateKey(EdDSAPublicKey(curve, public), seed)
    await key.check(engine)
    return key


class EdDSA(KeyImpl):
    """Ed25519 and Ed448: one impl per curve (OpenSSH's ssh-ed25519.c; PuTTY's eddsa)."""
    traditional_pem = False

    def __init__(self, curve: str, oid: str, putty_bits: int):
        self.family = self.curve = curve
        self.short = curve.upper()
        self.pkcs8_oid = oid              # RFC 8410
        self._putty_bits = putty_bits

    def putty_bits(self, pub):
        return self._putty_bits

    def pem_label(self, pub):
        raise UnsupportedError(_("{curve} keys have no traditional PEM form; "
                               "use PKCS#8 or OpenSSH format.").format(curve=self.curve.capitalize()))

    def public_fields(self, pub):
        return string(pub.data)

    def read_public(self, r, name):
        return EdDSAPublicKey(self.curve, r.string())

    def private_fields(self, priv):
        # OpenSSH keeps the seed followed by a second copy of the public key.
        return string(priv.public.data) + string(priv.seed + priv.public.data)

    def read_private(self, r, name):
        curve = self.curve
        public, both = r.string(), r.string()
        size = SIZES[curve]
        if len(public) != size or len(both) != 2 * size or both[size:] != public:
            r.fail(_("its {curve} private key fields are malformed").format(curve=curve))
        return EdDSAPrivateKey(EdDSAPublicKey(curve, public), both[:size])

    def ppk_private(self, priv):
        return string(priv.seed)

    def read_ppk_private(self, r, pub):
        seed = r.string()
        size = SIZES[self.curve]
        if len(seed) > size:
            r.fail(_("its {curve} private key is longer than {size} bytes").format(curve=self.curve, size=size))
        # PuTTY up to 0.74 dropped the seed's high zero bytes (it is a little-endian number).
        return EdDSAPrivateKey(pub, seed.ljust(size, b"\0"))

    def dump(self, pub, priv):
        x, y = affine(pub.curve, pub.data)
        rows = [("key_type", '"EdDSA"'), ("curve_name", '"%s"' % pub.curve.capitalize()),
                ("public_affine_x", hex_number(x)), ("public_affine_y", hex_number(y))]
        if priv:
            rows.append(("private_exponent", hex_number(int.from_bytes(priv.seed, "little"))))
        return rows

    async def generate(self, engine, bits):
        if bits not in (BITS[self.curve], self._putty_bits):
            raise ValueError(_("{curve} keys have a fixed size.").format(curve=self.curve))
        return await generate(engine, self.curve)


ED25519 = EdDSA("ed25519", "1.3.101.112", 255)
ED448 = EdDSA("ed448", "1.3.101.113", 448)
