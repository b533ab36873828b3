"""SSH wire encodings of each key type, one codec per type, dispatched by the key-type name.

The public blob (RFC 4253 section 6.6, RFC 5656, RFC 8709) is the key's identity: fingerprints,
public key lines and PPK files all carry it. The OpenSSH private fields are what
openssh-key-v1 stores after the type name (PROTOCOL.key; sshkey_private_serialize).
"""

from ..errors import FormatError, UnsupportedError
from ..keys import (DSAPrivateKey, DSAPublicKey, ECDSAPrivateKey, ECDSAPublicKey,
                    EdDSAPrivateKey, EdDSAPublicKey, RSAPrivateKey, RSAPublicKey)
from ..keys import mldsa
from ..keys.ecdsa import CURVES
from ..keys.eddsa import SIZES
from ..wire import Reader, mpint, string


class _RSA:
    @staticmethod
    def public(pub):
        return mpint(pub.e) + mpint(pub.n)

    @staticmethod
    def read_public(r, name):
        e = r.mpint()
        return RSAPublicKey(r.mpint(), e)

    @staticmethod
    def private(priv):
        pub = priv.public
        return b"".join(map(mpint, (pub.n, pub.e, priv.d, priv.iqmp, priv.p, priv.q)))

    @staticmethod
    def read_private(r, name):
        n, e, d, iqmp, p, q = (r.mpint() for _ in range(6))
        return RSAPrivateKey(RSAPublicKey(n, e), d, p, q, iqmp)


class _DSA:
    @staticmethod
    def public(pub):
        return b"".join(map(mpint, (pub.p, pub.q, pub.g, pub.y)))

    @staticmethod
    def read_public(r, name):
        return DSAPublicKey(*(r.mpint() for _ in range(4)))

    @staticmethod
    def private(priv):
        return _DSA.public(priv.public) + mpint(priv.x)

    @staticmethod
    def read_private(r, name):
        pub = _DSA.read_public(r, name)
        return DSAPrivateKey(pub, r.mpint())


class _ECDSA:
    @staticmethod
    def public(pub):
        return string(pub.curve) + string(pub.point)

    @staticmethod
    def read_public(r, name):
        curve = r.text()
        if name != "ecdsa-sha2-" + curve:
            r.fail(f"its curve {curve!r} does not match the key type {name!r}")
        return ECDSAPublicKey(curve, r.string())

    @staticmethod
    def private(priv):
        return _ECDSA.public(priv.public) + mpint(priv.d)

    @staticmethod
    def read_private(r, name):
        pub = _ECDSA.read_public(r, name)
        return ECDSAPrivateKey(pub, r.mpint())


class _EdDSA:
    @staticmethod
    def public(pub):
        return string(pub.data)

    @staticmethod
    def read_public(r, name):
        return EdDSAPublicKey(name[4:], r.string())

    @staticmethod
    def private(priv):
        # OpenSSH keeps the seed followed by a second copy of the public key.
        return string(priv.public.data) + string(priv.seed + priv.public.data)

    @staticmethod
    def read_private(r, name):
        curve = name[4:]
        public, both = r.string(), r.string()
        size = SIZES[curve]
        if len(public) != size or len(both) != 2 * size or both[size:] != public:
            r.fail(f"its {curve} private key fields are malformed")
        return EdDSAPrivateKey(EdDSAPublicKey(curve, public), both[:size])


class _MLDSAEd25519:
    @staticmethod
    def public(pub):
        return string(pub.data)

    @staticmethod
    def read_public(r, name):
        return mldsa.MLDSAEd25519PublicKey(r.string())

    @staticmethod
    def private(priv):
        return string(priv.public.data) + string(priv.seeds)

    @staticmethod
    def read_private(r, name):
        public = mldsa.MLDSAEd25519PublicKey(r.string())
        public.check()
        return mldsa.MLDSAEd25519PrivateKey(public, r.string())


CODECS = {"ssh-rsa": _RSA, "ssh-dss": _DSA, "ssh-ed25519": _EdDSA, "ssh-ed448": _EdDSA}
CODECS.update({"ecdsa-sha2-" + c: _ECDSA for c in CURVES})
CODECS[mldsa.NAME] = _MLDSAEd25519


def codec(name: str):
    try:
        return CODECS[name]
    except KeyError:
        raise UnsupportedError(f"Unsupported key type {name!r}.") from None


def public_blob(pub) -> bytes:
    return string(pub.algorithm) + codec(pub.algorithm).public(pub)


def read_public(r: Reader):
    """Read a type name and public key fields from r; the type name must be known."""
    name = r.text()
    pub = codec(name).read_public(r, name)
    pub.check()
    return pub


def parse_public_blob(blob: bytes, what: str = "public key"):
    r = Reader(blob, what)
    pub = read_public(r)
    r.done()
    return pub


def openssh_private(priv) -> bytes:
    name = priv.public.algorithm
    return string(name) + codec(name).private(priv)


def read_openssh_private(r: Reader):
    name = r.text()
    return codec(name).read_private(r, name)


__all__ = ["public_blob", "read_public", "parse_public_blob", "openssh_private",
           "read_openssh_private", "codec", "FormatError"]
