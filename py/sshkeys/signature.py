"""SSH signature blobs: `string algorithm, string signature` (RFC 4253 6.6), made and checked
with the engine's primitives. RSA signs as rsa-sha2-256/512 (RFC 8332) or ssh-rsa (SHA-1);
ECDSA packs mpint r and s (RFC 5656 3.1.2); Ed25519 and Ed448 keep RFC 8032's bytes (RFC 8709);
mldsa44-ed25519 is its two halves' bytes (keys/mldsa.py).
DSA signatures are read (40 bytes r || s, FIPS 186 with SHA-1) but never made.
"""

from .errors import FormatError, UnsupportedError
from .keys import key_type, mldsa
from .keys.ecdsa import curve as ecdsa_curve
from .wire import Reader, mpint, string
from .i18n import N_, _

RSA_HASHES = {"rsa-sha2-512": "sha512", "rsa-sha2-256": "sha256", "ssh-rsa": "sha1"}


def algorithms(public) -> tuple:
    """The signature algorithms a key of this type may use, best first."""
    if key_type(public.algorithm).family == "rsa":
        return tuple(RSA_HASHES)
    return (public.algorithm,)


def blob_algorithm(blob: bytes) -> str:
    """The algorithm name a signature blob starts with."""
    return Reader(blob, N_("signature")).text()


async def sign(private, data: bytes, engine, algorithm: str | None = None) -> bytes:
    """A signature blob over `data` by `private`, with `algorithm` or the key's best."""
    public = private.public
    algorithm = algorithm or algorithms(public)[0]
    if algorithm not in algorithms(public):
        raise UnsupportedError(_("A {algorithm} key cannot make {algorithm2!r} signatures.").format(algorithm=public.algorithm, algorithm2=algorithm))
    family = key_type(public.algorithm).family
    if family == "rsa":
        raw = await engine.sign_rsa(public.n, public.e, private.d, private.p, private.q,
                                    RSA_HASHES[algorithm], data)
        raw = raw.rjust((public.bits + 7) // 8, b"\0")
    elif family == "ecdsa":
        r, s = await engine.sign_ecdsa(public.curve, private.d, data)
        raw = mpint(r) + mpint(s)
    elif family in ("ed25519", "ed448"):
        raw = await engine.sign_eddsa(public.curve, private.seed, data)
    elif family == "mldsa44-ed25519":
        raw = await private.sign(engine, data)
    else:
        raise UnsupportedError(_("DSA keys cannot sign here: DSA is deprecated and OpenSSH 10 "
                               "removed it; use an Ed25519, ECDSA or RSA key."))
    return string(algorithm) + string(raw)


async def verify(public, data: bytes, blob: bytes, engine) -> bool:
    """Does `blob` hold a valid signature of `data` by `public`? FormatError if malformed;
    UnsupportedError if its algorithm does not belong to the key's type."""
    r = Reader(blob, N_("signature"))
    algorithm, raw = r.text(), r.string()
    r.done()
    if algorithm not in algorithms(public):
        raise UnsupportedError(_("A {algorithm} key does not make {algorithm2!r} signatures.").format(algorithm=public.algorithm, algorithm2=algorithm))
    family = key_type(public.algorithm).family
    if family == "rsa":
        size = (public.bits + 7) // 8
        if len(raw) > size:
            return False
        return await engine.verify_rsa(public.n, public.e, RSA_HASHES[algorithm], data,
                                       raw.rjust(size, b"\0"))
    if family == "ecdsa":
        rs = Reader(raw, N_("ECDSA signature"))
        r_, s_ = rs.mpint(), rs.mpint()
        rs.done()
        n = ecdsa_curve(public.curve).n
        if not (0 < r_ < n and 0 < s_ < n):
            return False
        return await engine.verify_ecdsa(public.curve, public.point, data, r_, s_)
    if family in ("ed25519", "ed448"):
        return await engine.verify_eddsa(public.curve, public.data, data, raw)
    if family == "mldsa44-ed25519":
        if len(raw) != mldsa.SIGNATURE_SIZE:
            raise FormatError(_("The mldsa44-ed25519 signature is {size} bytes, not "
                              "{SIGNATURE_SIZE} (ML-DSA-44 {MLDSA_SIGNATURE} + "
                              "Ed25519 {ED25519_SIGNATURE}).").format(size=len(raw), SIGNATURE_SIZE=mldsa.SIGNATURE_SIZE, MLDSA_SIGNATURE=mldsa.MLDSA_SIGNATURE, ED25519_SIGNATURE=mldsa.ED25519_SIGNATURE))
        return await public.verify(engine, data, raw)
    if len(raw) != 40:
        raise FormatError(_("The DSA signature is not 40 bytes."))
    r_, s_ = int.from_bytes(raw[:20], "big"), int.from_bytes(raw[20:], "big")
    if not (0 < r_ < public.q and 0 < s_ < public.q):
        return False
    return await engine.verify_dsa(public.p, public.q, public.g, public.y, data, r_, s_)
