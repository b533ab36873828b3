"""The browser engine: the platform's primitives under Pyodide, reached through web/engine.js.

WebCrypto makes RSA, ECDSA, EdDSA and ML-DSA-44 keys, derives public keys, and does AES and
PBKDF2 where the browser's WebCrypto can; audited libraries bundled with engine.js do the rest:
@noble/curves (Ed448, and Ed25519 or EC public points where WebCrypto lacks or refuses them),
@noble/ciphers (AES-192 where WebCrypto has none; ChaCha20 and Poly1305), des.js (Triple DES,
decryption only), hash-wasm (Argon2), bcrypt-pbkdf (OpenSSH's KDF) and @noble/post-quantum
(ML-DSA-44 where WebCrypto lacks the draft). engine.js picks by trying WebCrypto once, and
`primitives()` reports its choice. The page's worker bundles web/engine.js and registers
it with `pyodide.registerJsModule("sshkeys_engine_js", module)`. This module is imported only
where `cryptography` is missing, i.e. under Pyodide.

DSA has no browser primitive, so its generation is ours (dsa_gen.py, FIPS 186-4).
"""

import base64
import os

from ..errors import InvalidKeyError, UnsupportedError
from ..keys.ecdsa import curve as ecdsa_curve
from . import dsa_gen
from .base import Engine
from ..i18n import _

JS_MODULE = "sshkeys_engine_js"
_WEBCRYPTO_CURVES = {"nistp256": "P-256", "nistp384": "P-384", "nistp521": "P-521"}
_EDDSA = {"ed25519": ("Ed25519", 32), "ed448": ("Ed448", 57)}     # WebCrypto name, seed size
_MLDSA = {"ml-dsa-44": (32, 1312, 2420)}    # seed, public key and signature sizes (FIPS 204)

_js = None


def _module():
    """The registered JS module, imported on first use so a missing one is a clear error."""
    global _js
    if _js is None:
        try:
            import importlib
            _js = importlib.import_module(JS_MODULE)
        except ImportError:
            raise UnsupportedError(
                _("The browser engine needs the JS module {JS_MODULE!r} (dist/engine.js) "
                "registered with pyodide.registerJsModule before sshkeys is used.").format(JS_MODULE=JS_MODULE)) from None
    return _js


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _int(text: str) -> int:
    return int.from_bytes(_b64url(text), "big")


def _to_js(data: bytes):
    """Python bytes -> a fresh Uint8Array (a copy: nothing on the JS side keeps Python memory)."""
    from pyodide.ffi import to_js
    return to_js(bytes(data))


def _bytes(result) -> bytes:
    """A Uint8Array coming back from JS -> bytes."""
    return result.to_bytes()


def _js_error_name(exc) -> str:
    """The JS error's name (DOMException names like NotSupportedError), where Pyodide gives it."""
    js_error = getattr(exc, "js_error", None)
    name = getattr(js_error, "name", None) if js_error is not None else None
    return str(name or getattr(exc, "name", "") or "")


async def _call(what: str, name: str, *args):
    """Await engine.js's `name`; a platform that lacks the algorithm raises UnsupportedError."""
    from pyodide.ffi import JsException
    try:
        return await getattr(_module(), name)(*args)
    except JsException as exc:
        if _js_error_name(exc) == "NotSupportedError":
            # TRANSLATORS: {what} is an operation, such as "RSA key generation", translated on its own.
            raise UnsupportedError(_("{what} is not supported by this browser: {exc}").format(what=what, exc=exc)) from None
        raise


async def _bytes_call(what: str, name: str, *data: bytes) -> bytes:
    """engine.js's `name` on byte strings, returning bytes."""
    return _bytes(await _call(what, name, *map(_to_js, data)))


class BrowserEngine(Engine):
    name = "browser"
    families = ("ed25519", "rsa", "ecdsa", "dsa", "ed448", "mldsa44-ed25519")

    async def primitives(self):
        found = (await _call("Probing WebCrypto", "capabilities")).to_py()
        return {**found, "DSA": "sshkeys (dsa_gen.py)"}

    async def random(self, n):
        # Pyodide's os.urandom is crypto.getRandomValues.
        return os.urandom(n)

    # -- key generation ------------------------------------------------------------------
    async def generate_rsa(self, bits, e):
        jwk = await _call(_("{algorithm} key generation").format(algorithm="RSA"), "generateRsa", bits, e)
        n, exp, d, p, q = (_int(getattr(jwk, f)) for f in ("n", "e", "d", "p", "q"))
        if exp != e:
            raise InvalidKeyError(_("WebCrypto made an RSA key with exponent {exp}, not {e}.").format(exp=exp, e=e))
        return n, exp, d, p, q

    async def generate_dsa(self, bits):
        # No browser has DSA; FIPS 186-4 generation in Python (dsa_gen.py).
        return dsa_gen.generate(bits)

    async def generate_ecdsa(self, curve):
        size = ecdsa_curve(curve).size
        jwk = await _call(_("{algorithm} key generation").format(algorithm="ECDSA"), "generateEcdsa", _WEBCRYPTO_CURVES[curve])
        return _int(jwk.d), b"\x04" + _fixed(_b64url(jwk.x), size) + _fixed(_b64url(jwk.y), size)

    async def generate_eddsa(self, curve):
        name = _EDDSA[curve][0]
        jwk = await _call(_("{algorithm} key generation").format(algorithm=name), "generateEddsa", name)
        return _b64url(jwk.d), _b64url(jwk.x)

    async def generate_mldsa(self, param):
        _mldsa_sizes(param)
        seed, public = await _call(_("{algorithm} key generation").format(algorithm=param.upper()), "generateMldsa", param)
        return _bytes(seed), _bytes(public)

    async def ecdsa_public(self, curve, d):
        c = ecdsa_curve(curve)
        if not 0 < d < c.n:
            raise InvalidKeyError(_("The ECDSA private scalar is out of range."))
        jwk = await _call(_("{algorithm} public key derivation").format(algorithm="ECDSA"), "ecdsaPublic", _WEBCRYPTO_CURVES[curve],
                          _to_js(d.to_bytes(c.size, "big")))
        return b"\x04" + _fixed(_b64url(jwk.x), c.size) + _fixed(_b64url(jwk.y), c.size)

    async def eddsa_public(self, curve, seed):
        name, size = _EDDSA[curve]
        if len(seed) != size:
            raise InvalidKeyError(_("An {curve} private key must be {size} bytes.").format(curve=curve, size=size))
        jwk = await _call(_("{algorithm} public key derivation").format(algorithm=name), "eddsaPublic", name, _to_js(seed))
        return _b64url(jwk.x)

    async def mldsa_public(self, param, seed):
        _mldsa_seed(param, seed)
        return _bytes(await _call(_("{algorithm} public key derivation").format(algorithm=param.upper()), "mldsaPublic", param,
                                  _to_js(seed)))

    # -- symmetric ciphers ---------------------------------------------------------------
    async def aes_ctr(self, key, iv, data):
        return await _bytes_call("AES-CTR", "aesCtr", key, iv, data)

    async def aes_cbc_encrypt(self, key, iv, data):
        return await _bytes_call("AES-CBC", "aesCbcEncrypt", key, iv, data)

    async def aes_cbc_decrypt(self, key, iv, data):
        return await _bytes_call("AES-CBC", "aesCbcDecrypt", key, iv, data)

    async def aes_gcm_encrypt(self, key, iv, data, aad=b""):
        return await _bytes_call("AES-GCM", "aesGcmEncrypt", key, iv, data, aad)

    async def aes_gcm_decrypt(self, key, iv, data, aad=b""):
        result = await _call("AES-GCM", "aesGcmDecrypt", *map(_to_js, (key, iv, data, aad)))
        # engine.js returns null for a tag that does not verify (jsnull in newer Pyodide).
        if result is None or type(result).__name__ == "JsNull":
            return None
        return _bytes(result)

    async def tdes_cbc_decrypt(self, key, iv, data):
        return await _bytes_call("Triple DES", "tdesCbcDecrypt", key, iv, data)

    async def chacha20(self, key, nonce, counter, data):
        return _bytes(await _call("ChaCha20", "chacha20", _to_js(key), _to_js(nonce), counter,
                                  _to_js(data)))

    async def poly1305(self, key, data):
        return await _bytes_call("Poly1305", "poly1305", key, data)

    # -- key derivation ------------------------------------------------------------------
    async def bcrypt_pbkdf(self, password, salt, rounds, length):
        return _bytes(await _call("bcrypt_pbkdf", "bcryptPbkdf", _to_js(password), _to_js(salt),
                                  rounds, length))

    async def argon2(self, flavour, password, salt, memory_kib, passes, parallelism, length):
        return _bytes(await _call("Argon2", "argon2", flavour, _to_js(password), _to_js(salt),
                                  memory_kib, passes, parallelism, length))

    async def pbkdf2(self, hash_name, password, salt, iterations, length):
        return _bytes(await _call("PBKDF2", "pbkdf2", hash_name, _to_js(password), _to_js(salt),
                                  iterations, length))

    # -- signatures (certificates): RSASSA-PKCS1-v1_5, ECDSA and EdDSA in engine.js -------
    # DSA falls to _missing: no browser has it (a DSA CA's certificates load natively).
    async def sign_rsa(self, n, e, d, p, q, hash_name, data):
        fields = [_jwk_number(v) for v in (n, e, d, p, q, d % (p - 1), d % (q - 1),
                                           pow(q, -1, p))]
        return _bytes(await _call(_("{algorithm} signing").format(algorithm="RSA"), "signRsa", *fields, hash_name, _to_js(data)))

    async def verify_rsa(self, n, e, hash_name, data, signature):
        return bool(await _call(_("{algorithm} signature verification").format(algorithm="RSA"), "verifyRsa", _jwk_number(n),
                                _jwk_number(e), hash_name, _to_js(data), _to_js(signature)))

    async def sign_ecdsa(self, curve, d, data):
        c = ecdsa_curve(curve)
        raw = _bytes(await _call(_("{algorithm} signing").format(algorithm="ECDSA"), "signEcdsa", _WEBCRYPTO_CURVES[curve],
                                 _to_js(d.to_bytes(c.size, "big")), _ECDSA_HASHES[curve],
                                 _to_js(data)))
        return int.from_bytes(raw[:c.size], "big"), int.from_bytes(raw[c.size:], "big")

    async def verify_ecdsa(self, curve, point, data, r, s):
        size = ecdsa_curve(curve).size
        raw = r.to_bytes(size, "big") + s.to_bytes(size, "big")
        return bool(await _call(_("{algorithm} signature verification").format(algorithm="ECDSA"), "verifyEcdsa",
                                _WEBCRYPTO_CURVES[curve], _to_js(point), _ECDSA_HASHES[curve],
                                _to_js(data), _to_js(raw)))

    async def sign_eddsa(self, curve, seed, data):
        name = _EDDSA[curve][0]
        return _bytes(await _call(_("{algorithm} signing").format(algorithm=name), "signEddsa", name, _to_js(seed),
                                  _to_js(data)))

    async def verify_eddsa(self, curve, public, data, signature):
        name, size = _EDDSA[curve]
        if len(signature) != 2 * size:
            return False
        return bool(await _call(_("{algorithm} signature verification").format(algorithm=name), "verifyEddsa", name,
                                _to_js(public), _to_js(data), _to_js(signature)))

    async def sign_mldsa(self, param, seed, data, context=b""):
        _mldsa_seed(param, seed)
        _mldsa_context(context)
        return _bytes(await _call(_("{algorithm} signing").format(algorithm=param.upper()), "signMldsa", param, _to_js(seed),
                                  _to_js(data), _to_js(context)))

    async def verify_mldsa(self, param, public, data, signature, context=b""):
        public_size, signature_size = _mldsa_sizes(param)[1:]
        if len(public) != public_size:
            raise InvalidKeyError(_("An {param} public key must be {size} bytes.").format(param=param.upper(), size=public_size))
        _mldsa_context(context)
        if len(signature) != signature_size:
            return False
        return bool(await _call(_("{algorithm} signature verification").format(algorithm=param.upper()), "verifyMldsa", param,
                                _to_js(public), _to_js(data), _to_js(signature),
                                _to_js(context)))


def _mldsa_sizes(param: str) -> tuple:
    if param not in _MLDSA:
        raise UnsupportedError(_("{param} is not available in the browser engine.").format(param=param.upper()))
    return _MLDSA[param]


def _mldsa_seed(param: str, seed: bytes) -> None:
    size = _mldsa_sizes(param)[0]
    if len(seed) != size:
        raise InvalidKeyError(_("An {param} private key seed must be {size} bytes.").format(param=param.upper(), size=size))


def _mldsa_context(context: bytes) -> None:
    if len(context) > 255:
        raise ValueError(_("An ML-DSA context string is at most 255 bytes (FIPS 204)."))


def _fixed(data: bytes, size: int) -> bytes:
    """A JWK coordinate is exactly the curve's size already; guard against shorter encodings."""
    if len(data) > size:
        raise InvalidKeyError(_("WebCrypto returned an ECDSA coordinate longer than its curve."))
    return data.rjust(size, b"\0")


_ECDSA_HASHES = {"nistp256": "sha256", "nistp384": "sha384", "nistp521": "sha512"}


def _jwk_number(n: int) -> str:
    """A JWK number: big-endian bytes without leading zeros, base64url without padding."""
    data = n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big")
    return base64.urlsafe_b64encode(data).decode().rstrip("=")
