"""ECDSA keys on the NIST curves (RFC 5656); SSH names ecdsa-sha2-nistp256/384/521."""

from dataclasses import dataclass

from ..errors import InvalidKeyError
from ..wire import mpint, string
from .impl import KeyImpl, hex_number
from ..i18n import _


@dataclass(frozen=True)
class Curve:
    name: str      # SSH curve identifier
    bits: int
    p: int         # field prime; the curve is y^2 = x^3 - 3x + b
    b: int
    n: int         # group order

    @property
    def size(self) -> int:
        return (self.bits + 7) // 8


CURVES = {c.name: c for c in (
    Curve("nistp256", 256,
          0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff,
          0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
          0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551),
    Curve("nistp384", 384,
          int("fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe"
              "ffffffff0000000000000000ffffffff", 16),
          int("b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875a"
              "c656398d8a2ed19d2a85c8edd3ec2aef", 16),
          int("ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf"
              "581a0db248b0a77aecec196accc52973", 16)),
    Curve("nistp521", 521,
          2 ** 521 - 1,
          int("0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef1"
              "09e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b50"
              "3f00", 16),
          int("01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
              "fffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e9138"
              "6409", 16)),
)}


def curve(name: str) -> Curve:
    try:
        return CURVES[name]
    except KeyError:
        raise InvalidKeyError(_("Unknown ECDSA curve {name!r}.").format(name=name)) from None


@dataclass(frozen=True)
class ECDSAPublicKey:
    curve: str
    point: bytes       # SEC1 uncompressed: 04 || x || y

    @property
    def algorithm(self) -> str:
        return "ecdsa-sha2-" + self.curve

    @property
    def bits(self) -> int:
        return curve(self.curve).bits

    def xy(self) -> tuple:
        size = curve(self.curve).size
        if len(self.point) != 1 + 2 * size or self.point[0] != 4:
            raise InvalidKeyError(_("The ECDSA public point is not an uncompressed point of its curve."))
        return (int.from_bytes(self.point[1:1 + size], "big"),
                int.from_bytes(self.point[1 + size:], "big"))

    def check(self) -> None:
        c = curve(self.curve)
        x, y = self.xy()
        if not (x < c.p and y < c.p and (y * y - (x ** 3 - 3 * x + c.b)) % c.p == 0):
            raise InvalidKeyError(_("The ECDSA public point is not on its curve."))


@dataclass(frozen=True, repr=False)
class ECDSAPrivateKey:
    public: ECDSAPublicKey
    d: int

    async def check(self, engine) -> None:
        self.public.check()
        if not 0 < self.d < curve(self.public.curve).n:
            raise InvalidKeyError(_("The ECDSA private scalar is out of range."))
        if await engine.ecdsa_public(self.public.curve, self.d) != self.public.point:
            raise InvalidKeyError(_("The ECDSA private key does not match its public key."))

    def __repr__(self):
        return f"<ECDSAPrivateKey {self.public.curve}>"


async def generate(engine, bits: int) -> ECDSAPrivateKey:
    name = f"nistp{bits}"
    if name not in CURVES:
        raise ValueError(_("ECDSA keys are 256, 384 or 521 bits."))
    d, point = await engine.generate_ecdsa(name)
    key = ECDSAPrivateKey(ECDSAPublicKey(name, point), d)
    await key.check(engine)
    return key


class ECDSA(KeyImpl):
    family = "ecdsa"
    short = "ECDSA"
    pkcs8_oid = "1.2.840.10045.2.1"

    def pem_label(self, pub):
        return "EC PRIVATE KEY"

    def public_fields(self, pub):
        return string(pub.curve) + string(pub.point)

    def read_public(self, r, name):
        curve = r.text()
        if name != "ecdsa-sha2-" + curve:
            r.fail(_("its curve {curve!r} does not match the key type {name!r}").format(curve=curve, name=name))
        return ECDSAPublicKey(curve, r.string())

    def private_fields(self, priv):
        return self.public_fields(priv.public) + mpint(priv.d)

    def read_private(self, r, name):
        pub = self.read_public(r, name)
        return ECDSAPrivateKey(pub, r.mpint())

    def ppk_private(self, priv):
        return mpint(priv.d)

    def read_ppk_private(self, r, pub):
        return ECDSAPrivateKey(pub, r.mpint())

    def dump(self, pub, priv):
        x, y = pub.xy()
        rows = [("key_type", '"ECDSA"'), ("curve_name", f'"{pub.curve}"'),
                ("public_affine_x", hex_number(x)), ("public_affine_y", hex_number(y))]
        if priv:
            rows.append(("private_exponent", hex_number(priv.d)))
        return rows

    async def generate(self, engine, bits):
        return await generate(engine, bits)


IMPL = ECDSA()
