"""The native engine: pyca `cryptography`, `bcrypt` for bcrypt_pbkdf, argon2-cffi for Argon2.

ML-DSA (FIPS 204) is cryptography's too (46+, on the OpenSSL 3.5+ its wheels carry); whether the
OpenSSL underneath has it is asked at run time, so a build without it simply lacks the type.
"""

import functools

import argon2.low_level
import bcrypt
from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (decode_dss_signature,
                                                             encode_dss_signature)
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.poly1305 import Poly1305

from ..errors import InvalidKeyError, UnsupportedError
from .base import Engine
from ..i18n import _

try:
    from cryptography.hazmat.primitives.asymmetric import mldsa
except ImportError:       # cryptography before 46
    mldsa = None

_CURVES = {"nistp256": ec.SECP256R1, "nistp384": ec.SECP384R1, "nistp521": ec.SECP521R1}
_EDDSA = {"ed25519": ed25519.Ed25519PrivateKey, "ed448": ed448.Ed448PrivateKey}
_EDDSA_PUBLIC = {"ed25519": ed25519.Ed25519PublicKey, "ed448": ed448.Ed448PublicKey}
_HASHES = {"sha1": hashes.SHA1, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
           "sha512": hashes.SHA512}
_ECDSA_HASH = {"nistp256": hashes.SHA256, "nistp384": hashes.SHA384, "nistp521": hashes.SHA512}
_ARGON2 = {"argon2d": argon2.low_level.Type.D, "argon2i": argon2.low_level.Type.I,
           "argon2id": argon2.low_level.Type.ID}
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw
_POINT = serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint


def _run(cipher, encrypt: bool, data: bytes) -> bytes:
    ctx = cipher.encryptor() if encrypt else cipher.decryptor()
    return ctx.update(data) + ctx.finalize()


def _verified(check, *args) -> bool:
    try:
        check(*args)
    except InvalidSignature:
        return False
    return True


def _eddsa_pair(priv) -> tuple:
    return priv.private_bytes_raw(), priv.public_key().public_bytes(*_RAW)


@functools.cache
def _has_mldsa() -> bool:
    """Does this cryptography, on the OpenSSL it was built with, do ML-DSA-44?"""
    if mldsa is None:
        return False
    try:
        mldsa.MLDSA44PrivateKey.from_seed_bytes(bytes(32))
    except UnsupportedAlgorithm:
        return False
    return True


_MLDSA_SEED = 32


def _mldsa_class(param: str, what: str):
    if param != "ml-dsa-44" or not _has_mldsa():
        # TRANSLATORS: {what} is an operation, such as "ML-DSA-44 signing", translated on its own.
        raise UnsupportedError(_("{what} is not available in the native engine "
                               "(cryptography with OpenSSL 3.5 or later has ML-DSA-44).").format(what=what))
    return mldsa.MLDSA44PrivateKey, mldsa.MLDSA44PublicKey


def _mldsa_private(param: str, seed: bytes):
    private = _mldsa_class(param, _("{algorithm} signing").format(algorithm=param.upper()))[0]
    if len(seed) != _MLDSA_SEED:
        raise InvalidKeyError(_("An {param} private key seed must be {size} bytes.").format(param=param.upper(), size=_MLDSA_SEED))
    return private.from_seed_bytes(seed)


class NativeEngine(Engine):
    name = "native"

    @property
    def families(self):
        return ("ed25519", "rsa", "ecdsa", "dsa", "ed448") + (
            ("mldsa44-ed25519",) if _has_mldsa() else ())

    async def primitives(self):
        pyca = ("RSA", "DSA", "ECDSA", "Ed25519", "Ed448", "AES", "ChaCha20-Poly1305",
                "Triple DES", "PBKDF2") + (("ML-DSA-44",) if _has_mldsa() else ())
        return {**dict.fromkeys(pyca, "cryptography"), "Argon2": "argon2-cffi",
                "bcrypt_pbkdf": "bcrypt"}

    async def random(self, n):
        import os
        return os.urandom(n)

    async def generate_rsa(self, bits, e):
        nums = rsa.generate_private_key(e, bits).private_numbers()
        return nums.public_numbers.n, e, nums.d, nums.p, nums.q

    async def generate_dsa(self, bits):
        nums = dsa.generate_private_key(bits).private_numbers()
        pub = nums.public_numbers
        return (pub.parameter_numbers.p, pub.parameter_numbers.q, pub.parameter_numbers.g,
                pub.y, nums.x)

    async def generate_ecdsa(self, curve):
        priv = ec.generate_private_key(_CURVES[curve]())
        return priv.private_numbers().private_value, priv.public_key().public_bytes(*_POINT)

    async def generate_eddsa(self, curve):
        return _eddsa_pair(_EDDSA[curve].generate())

    async def generate_mldsa(self, param):
        private = _mldsa_class(param, _("{algorithm} key generation").format(algorithm=param.upper()))[0]
        key = private.generate()
        return key.private_bytes_raw(), key.public_key().public_bytes_raw()

    async def ecdsa_public(self, curve, d):
        return ec.derive_private_key(d, _CURVES[curve]()).public_key().public_bytes(*_POINT)

    async def eddsa_public(self, curve, seed):
        return _eddsa_pair(_EDDSA[curve].from_private_bytes(seed))[1]

    async def mldsa_public(self, param, seed):
        return _mldsa_private(param, seed).public_key().public_bytes_raw()

    async def aes_ctr(self, key, iv, data):
        return _run(Cipher(algorithms.AES(key), modes.CTR(iv)), True, data)

    async def aes_cbc_encrypt(self, key, iv, data):
        return _run(Cipher(algorithms.AES(key), modes.CBC(iv)), True, data)

    async def aes_cbc_decrypt(self, key, iv, data):
        return _run(Cipher(algorithms.AES(key), modes.CBC(iv)), False, data)

    async def aes_gcm_encrypt(self, key, iv, data, aad=b""):
        return AESGCM(key).encrypt(iv, data, aad or None)

    async def aes_gcm_decrypt(self, key, iv, data, aad=b""):
        try:
            return AESGCM(key).decrypt(iv, data, aad or None)
        except InvalidTag:
            return None

    async def tdes_cbc_decrypt(self, key, iv, data):
        return _run(Cipher(TripleDES(key), modes.CBC(iv)), False, data)

    async def chacha20(self, key, nonce, counter, data):
        full_nonce = counter.to_bytes(8, "little") + nonce
        return _run(Cipher(algorithms.ChaCha20(key, full_nonce), None), True, data)

    async def poly1305(self, key, data):
        return Poly1305.generate_tag(key, data)

    async def bcrypt_pbkdf(self, password, salt, rounds, length):
        return bcrypt.kdf(password, salt, length, rounds, ignore_few_rounds=True)

    async def argon2(self, flavour, password, salt, memory_kib, passes, parallelism, length):
        return argon2.low_level.hash_secret_raw(
            password, salt, time_cost=passes, memory_cost=memory_kib,
            parallelism=parallelism, hash_len=length, type=_ARGON2[flavour], version=19)

    async def pbkdf2(self, hash_name, password, salt, iterations, length):
        return PBKDF2HMAC(_HASHES[hash_name](), length, salt, iterations).derive(password)

    async def sign_rsa(self, n, e, d, p, q, hash_name, data):
        numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                        rsa.RSAPublicNumbers(e, n))
        # keys/rsa.py has checked these numbers; OpenSSL's own check would test p and q for
        # primality again, 0.5 s for a 3072-bit key, on every signature.
        key = numbers.private_key(unsafe_skip_rsa_key_validation=True)
        return key.sign(data, padding.PKCS1v15(), _HASHES[hash_name]())

    async def verify_rsa(self, n, e, hash_name, data, signature):
        key = rsa.RSAPublicNumbers(e, n).public_key()
        return _verified(key.verify, signature, data, padding.PKCS1v15(), _HASHES[hash_name]())

    async def sign_ecdsa(self, curve, d, data):
        key = ec.derive_private_key(d, _CURVES[curve]())
        return decode_dss_signature(key.sign(data, ec.ECDSA(_ECDSA_HASH[curve]())))

    async def verify_ecdsa(self, curve, point, data, r, s):
        key = ec.EllipticCurvePublicKey.from_encoded_point(_CURVES[curve](), point)
        return _verified(key.verify, encode_dss_signature(r, s), data,
                         ec.ECDSA(_ECDSA_HASH[curve]()))

    async def sign_eddsa(self, curve, seed, data):
        return _EDDSA[curve].from_private_bytes(seed).sign(data)

    async def verify_eddsa(self, curve, public, data, signature):
        key = _EDDSA_PUBLIC[curve].from_public_bytes(public)
        return _verified(key.verify, signature, data)

    async def sign_mldsa(self, param, seed, data, context=b""):
        # OpenSSL's ML-DSA signing is hedged (fresh rnd each time), as FIPS 204 recommends
        # and as OpenSSH signs.
        return _mldsa_private(param, seed).sign(data, context)

    async def verify_mldsa(self, param, public, data, signature, context=b""):
        public_class = _mldsa_class(param, _("{algorithm} signature verification").format(algorithm=param.upper()))[1]
        try:
            key = public_class.from_public_bytes(public)
        except ValueError:
            raise InvalidKeyError(_("An {param} public key must be 1312 bytes.").format(param=param.upper())) from None
        return _verified(key.verify, signature, data, context)

    async def verify_dsa(self, p, q, g, y, data, r, s):
        key = dsa.DSAPublicNumbers(y, dsa.DSAParameterNumbers(p, q, g)).public_key()
        return _verified(key.verify, encode_dss_signature(r, s), data, hashes.SHA1())
