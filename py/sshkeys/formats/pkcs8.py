"""PKCS#8 private keys (RFC 5208, RFC 5958), PBES2 encryption (RFC 8018) and public key PEM.

"PRIVATE KEY" wraps the PKCS#1 and SEC1 structures, a bare DSA integer, or an RFC 8410
EdDSA seed. "ENCRYPTED PRIVATE KEY" is PBES2: PBKDF2 with an HMAC-SHA PRF and AES-CBC (or
DES-EDE3-CBC, read only). We write AES-256-CBC with PBKDF2-HMAC-SHA256, as OpenSSL 3 does.

"PUBLIC KEY" is SubjectPublicKeyInfo (RFC 5280, RFC 5480, RFC 8410) as `ssh-keygen -e -m
PKCS8` and `openssl pkey -pubout` write it; "RSA PUBLIC KEY" is the PKCS#1 form that
`ssh-keygen -e -m PEM` writes for RSA (rsa_public_pem; not a save() format).
"""

from dataclasses import replace

from .. import defaults
from ..errors import FormatError, InvalidKeyError, PassphraseRequired, UnsupportedError, WrongPassphrase
from ..keys import (IMPLS, DSAPrivateKey, DSAPublicKey, ECDSAPublicKey, EdDSAPrivateKey,
                    EdDSAPublicKey, Key, RSAPublicKey, impl)
from ..keys.eddsa import SIZES
from ..limits import DEFAULT
from . import der, pem
from .base import Format, Protection, passphrase_given
from ..i18n import N_, _

# The algorithm OIDs, as each key type names them (KeyImpl.pkcs8_oid).
RSA, EC, DSA = (IMPLS[family].pkcs8_oid for family in ("rsa", "ecdsa", "dsa"))
EDDSA = {IMPLS[curve].pkcs8_oid: curve for curve in ("ed25519", "ed448")}

PBES2 = "1.2.840.113549.1.5.13"
PBKDF2 = "1.2.840.113549.1.5.12"
PRFS = {"1.2.840.113549.2.7": "sha1", "1.2.840.113549.2.9": "sha256",
        "1.2.840.113549.2.10": "sha384", "1.2.840.113549.2.11": "sha512"}
HMAC_SHA256 = "1.2.840.113549.2.9"
CIPHERS = {"2.16.840.1.101.3.4.1.2": pem.AES128, "2.16.840.1.101.3.4.1.22": pem.AES192,
           "2.16.840.1.101.3.4.1.42": pem.AES256, "1.2.840.113549.3.7": pem.DES3}
AES256_CBC = "2.16.840.1.101.3.4.1.42"

# Names for the OIDs people meet and we refuse, so that errors say what the file uses.
_NAMES = {"1.3.101.110": "X25519", "1.3.101.111": "X448", "1.2.840.113549.1.1.10": "RSASSA-PSS",
          "1.2.840.113549.2.8": "hmacWithSHA224", "1.3.6.1.4.1.11591.4.11": "scrypt",
          "1.2.840.113549.1.5.3": "pbeWithMD5AndDES-CBC", "1.2.840.113549.1.5.10": "pbeWithSHA1AndDES-CBC",
          "1.2.840.113549.1.12.1.3": "pbeWithSHAAnd3-KeyTripleDES-CBC", "1.3.14.3.2.7": "DES-CBC",
          "1.2.840.113549.1.5.6": "pbeWithMD5AndRC2-CBC", "1.2.840.113549.1.5.11": "pbeWithSHA1AndRC2-CBC",
          "1.2.840.113549.1.12.1.1": "pbeWithSHAAnd128BitRC4", "1.2.840.113549.1.12.1.2": "pbeWithSHAAnd40BitRC4",
          "1.2.840.113549.1.12.1.4": "pbeWithSHAAnd2-KeyTripleDES-CBC",
          "1.2.840.113549.1.12.1.5": "pbeWithSHAAnd128BitRC2-CBC",
          "1.2.840.113549.1.12.1.6": "pbeWithSHAAnd40BitRC2-CBC"}
# PKCS#5 v1.5 PBES1 (RFC 8018 A.3) and PKCS#12 PBE (RFC 7292 C) schemes: old, MD5/SHA-1 based.
PBES1_AND_PKCS12 = ("1.2.840.113549.1.5.", "1.2.840.113549.1.12.1.")

PRIVATE_LABELS = ("PRIVATE KEY", "ENCRYPTED PRIVATE KEY")
PUBLIC_LABELS = ("PUBLIC KEY", "RSA PUBLIC KEY")


def _name(oid: str) -> str:
    return f"{_NAMES[oid]} ({oid})" if oid in _NAMES else oid


def _algorithm(r: der.Reader) -> tuple:
    """(OID, reader over the parameters) of an AlgorithmIdentifier."""
    alg = r.sequence()
    return alg.oid(), alg


def _no_params(params: der.Reader) -> None:
    """Parameters that must be absent or NULL (both are seen for RSA and the HMAC PRFs)."""
    if not params.empty:
        params.null()
    params.done()


def _dsa_params(params: der.Reader) -> tuple:
    r = params.sequence()
    params.done()
    p, q, g = r.integer(), r.integer(), r.integer()
    r.done()
    return p, q, g


def _single_integer(data: bytes, what: str) -> int:
    r = der.Reader(data, what)
    n = r.integer()
    r.done()
    return n


# -- SubjectPublicKeyInfo --------------------------------------------------------------------

# Each algorithm's DER pieces: (AlgorithmIdentifier parameters, subjectPublicKey, privateKey).
_PIECES = {
    RSA: (lambda pub: [der.null()],
          lambda pub: der.sequence(der.integer(pub.n), der.integer(pub.e)),
          pem.rsa_private_der),
    EC: (lambda pub: [der.oid(pem.CURVE_OIDS[pub.curve])],
         lambda pub: pub.point,
         lambda priv: pem.ec_private_der(priv, with_curve=False)),
    DSA: (lambda pub: [der.sequence(*map(der.integer, (pub.p, pub.q, pub.g)))],
          lambda pub: der.integer(pub.y),
          lambda priv: der.integer(priv.x)),
}
for _oid in EDDSA:      # RFC 8410: no parameters; the private key is a CurvePrivateKey
    _PIECES[_oid] = (lambda pub: [], lambda pub: pub.data, lambda priv: der.octet_string(priv.seed))


def _pieces(pub) -> tuple:
    oid = impl(pub.algorithm).pkcs8_oid
    if not oid:
        raise UnsupportedError(_("PKCS#8 has no form for {algorithm} keys.").format(algorithm=pub.algorithm))
    return oid, _PIECES[oid]


def _holds(key_impl) -> bool:
    return bool(key_impl.pkcs8_oid)


def _algorithm_id(pub) -> bytes:
    oid, (params, _, _) = _pieces(pub)
    return der.sequence(der.oid(oid), *params(pub))


def _public_body(pub) -> bytes:
    return _pieces(pub)[1][1](pub)


def spki(pub) -> bytes:
    return der.sequence(_algorithm_id(pub), der.bit_string(_public_body(pub)))


def _read_rsa_public(data: bytes) -> RSAPublicKey:
    r = der.decode(data, "RSA public key")
    n, e = r.integer(), r.integer()
    r.done()
    return RSAPublicKey(n, e)


def _read_spki(data: bytes):
    r = der.decode(data, "public key")
    oid, params = _algorithm(r)
    body = r.bit_string()
    r.done()
    if oid == RSA:
        _no_params(params)
        return _read_rsa_public(body)
    if oid == EC:
        return ECDSAPublicKey(pem.named_curve(params), body)
    if oid == DSA:
        return DSAPublicKey(*_dsa_params(params), _single_integer(body, "DSA public key"))
    if oid in EDDSA:
        params.done()
        return EdDSAPublicKey(EDDSA[oid], body)
    raise UnsupportedError(_("Unsupported public key algorithm {oid}.").format(oid=_name(oid)))


# -- PrivateKeyInfo / OneAsymmetricKey ------------------------------------------------------

def _private_body(priv) -> bytes:
    return _pieces(priv.public)[1][2](priv)


def private_key_info(priv) -> bytes:
    return der.sequence(der.integer(0), _algorithm_id(priv.public), der.octet_string(_private_body(priv)))


async def _read_private_info(data: bytes, engine):
    r = der.decode(data, "PKCS#8 private key")
    version = r.integer()
    if version > 1:
        r.fail(_("its version is unknown"))
    oid, params = _algorithm(r)
    secret = r.octet_string()
    if r.peek() == der.context(0):
        r.element()          # attributes: nothing an SSH key needs
    public = None
    if version == 1 and r.peek() == der.context(1, constructed=False):
        public = r.bit_string_body(r.element()[1])     # RFC 5958 [1] IMPLICIT BIT STRING
    r.done()
    return await _private_from(oid, params, secret, public, engine)


async def _private_from(oid: str, params: der.Reader, secret: bytes, public: bytes | None, engine):
    if oid == RSA:
        _no_params(params)
        return pem.read_rsa_private(secret)
    if oid == EC:
        return await pem.read_ec_private(secret, engine, pem.named_curve(params))
    if oid == DSA:
        return _dsa_private(*_dsa_params(params), _single_integer(secret, "DSA private key"))
    if oid in EDDSA:
        params.done()
        return await _eddsa_private(EDDSA[oid], secret, public, engine)
    raise UnsupportedError(_("Unsupported private key algorithm {oid}.").format(oid=_name(oid)))


def _dsa_private(p: int, q: int, g: int, x: int) -> DSAPrivateKey:
    # PKCS#8 omits y; bound the numbers before the exponentiation that recovers it.
    if not 1024 <= p.bit_length() <= 3072 or not 0 < x < q < p:
        raise InvalidKeyError(_("The DSA parameters have unsupported sizes."))
    return DSAPrivateKey(DSAPublicKey(p, q, g, pow(g, x, p)), x)


async def _eddsa_private(curve: str, secret: bytes, public: bytes | None, engine) -> EdDSAPrivateKey:
    r = der.Reader(secret, _("{curve} private key").format(curve=curve))
    seed = r.octet_string()
    r.done()
    if len(seed) != SIZES[curve]:
        raise InvalidKeyError(_("An {curve} private key must be {size} bytes.").format(curve=curve, size=SIZES[curve]))
    if public is None:
        public = await engine.eddsa_public(curve, seed)
    return EdDSAPrivateKey(EdDSAPublicKey(curve, public), seed)


# -- PBES2 ---------------------------------------------------------------------------------

async def _encrypt(info: bytes, engine, passphrase: bytes, iterations: int) -> bytes:
    salt, iv = await engine.random(16), await engine.random(pem.AES256.block)
    key = await engine.pbkdf2("sha256", passphrase, salt, iterations, pem.AES256.key_size)
    encrypted = await pem.AES256.encrypt(engine, key, iv, info)
    kdf = der.sequence(der.oid(PBKDF2), der.sequence(
        der.octet_string(salt), der.integer(iterations),
        der.sequence(der.oid(HMAC_SHA256), der.null())))
    scheme = der.sequence(der.oid(AES256_CBC), der.octet_string(iv))
    return der.sequence(der.sequence(der.oid(PBES2), der.sequence(kdf, scheme)),
                        der.octet_string(encrypted))


def _pbkdf2_params(r: der.Reader, cipher) -> tuple:
    """(prf hash name, salt, iterations) from PBKDF2-params."""
    params = r.sequence()
    r.done()
    salt = params.octet_string()     # the alternative, otherSource, was never used
    iterations = params.integer()
    if params.peek() == der.INTEGER and params.integer() != cipher.key_size:
        params.fail(_("its PBKDF2 key length does not fit its cipher"))
    prf = "sha1"                     # the DEFAULT when the field is absent
    if not params.empty:
        oid, prf_params = _algorithm(params)
        _no_params(prf_params)
        prf = PRFS.get(oid)
        if prf is None:
            raise UnsupportedError(_("Unsupported PBKDF2 hash {oid}.").format(oid=_name(oid)))
    params.done()
    if iterations < 1:
        params.fail(_("its PBKDF2 iteration count is zero"))
    return prf, salt, iterations


def _encrypted_info(data: bytes) -> tuple:
    """(scheme OID, its parameters, the ciphertext) of EncryptedPrivateKeyInfo."""
    r = der.decode(data, "encrypted PKCS#8 key")
    oid, params = _algorithm(r)
    encrypted = r.octet_string()
    r.done()
    return oid, params, encrypted


def _pbes2(params: der.Reader) -> tuple:
    """(cipher, iv, prf, salt, iterations) from PBES2-params."""
    pbes2 = params.sequence()
    params.done()
    kdf_oid, kdf = _algorithm(pbes2)
    cipher_oid, scheme = _algorithm(pbes2)
    pbes2.done()
    if kdf_oid != PBKDF2:
        raise UnsupportedError(_("Unsupported key derivation {kdf_oid}; only PBKDF2 is supported.").format(kdf_oid=_name(kdf_oid)))
    cipher = CIPHERS.get(cipher_oid)
    if cipher is None:
        raise UnsupportedError(_("Unsupported PKCS#8 cipher {cipher_oid}.").format(cipher_oid=_name(cipher_oid)))
    iv = scheme.octet_string()
    scheme.done()
    if len(iv) != cipher.block:
        scheme.fail(_("its cipher IV has the wrong size"))
    return (cipher, iv, *_pbkdf2_params(kdf, cipher))


async def _decrypt(data: bytes, passphrase, engine, limits) -> tuple:
    """(the PrivateKeyInfo, the file's Protection)."""
    oid, params, encrypted = _encrypted_info(data)
    if oid != PBES2:
        raise UnsupportedError(_("Unsupported PKCS#8 encryption {oid}; only PBES2 is supported.").format(oid=_name(oid)))
    cipher, iv, prf, salt, iterations = _pbes2(params)
    source = _pbes2_protection(cipher, prf, iterations)
    if not passphrase_given(passphrase):
        raise PassphraseRequired(_(pem.NEED_PASSPHRASE), source)
    limits.check(N_("PBKDF2 iterations"), iterations, "pbkdf2_iterations")
    key = await engine.pbkdf2(prf, passphrase, salt, iterations, cipher.key_size)
    return await cipher.decrypt(engine, key, iv, encrypted), source


# -- the formats ---------------------------------------------------------------------------

async def read(data: bytes, passphrase, engine, limits=DEFAULT) -> Key:
    label, _headers, body = pem.load(data, PRIVATE_LABELS, limits)
    if label == "PRIVATE KEY":
        priv = await _read_private_info(body, engine)
        source = Protection(FORMAT.name, FORMAT.label, True)
    else:
        body, source = await _decrypt(body, passphrase, engine, limits)
        try:
            priv = await _read_private_info(body, engine)
        except FormatError:        # valid padding by chance, garbage inside
            raise WrongPassphrase(_(pem.WRONG)) from None
    return replace(await pem.private_key(priv, engine, limits), source=source)


async def write(key: Key, engine, passphrase=None, iterations: int = defaults.PBKDF2_ITERATIONS,
                **options) -> bytes:
    info = private_key_info(pem.require_private(key, "PKCS#8"))
    if not passphrase_given(passphrase):
        return pem.armor("PRIVATE KEY", info)
    if iterations < 1:
        raise ValueError(_("PBKDF2 needs at least one iteration."))
    return pem.armor("ENCRYPTED PRIVATE KEY", await _encrypt(info, engine, passphrase, iterations))


async def read_public(data: bytes, passphrase, engine, limits=DEFAULT) -> Key:
    label, _, body = pem.load(data, PUBLIC_LABELS, limits)
    pub = _read_spki(body) if label == "PUBLIC KEY" else _read_rsa_public(body)
    pem.check_limits(pub, limits)
    pub.check()
    return Key(public=pub)


async def write_public(key: Key, engine, passphrase=None, **options) -> bytes:
    return pem.armor("PUBLIC KEY", spki(key.public))


def rsa_public_pem(pub: RSAPublicKey) -> bytes:
    """PKCS#1 RSAPublicKey, as `ssh-keygen -e -m PEM` prints an RSA key."""
    return pem.armor("RSA PUBLIC KEY", der.sequence(der.integer(pub.n), der.integer(pub.e)))


_is_encrypted = pem.detector("ENCRYPTED PRIVATE KEY")


def _pbes2_protection(cipher, prf: str, iterations: int) -> Protection:
    return Protection(FORMAT.name, FORMAT.label, True, cipher.name, "pbkdf2", rounds=iterations,
                      prf=prf)


def protection(data: bytes) -> Protection:
    label, _, body = pem.load(data, PRIVATE_LABELS, DEFAULT)
    if label == "PRIVATE KEY":
        return Protection(FORMAT.name, FORMAT.label, True)
    oid, params, _ = _encrypted_info(body)
    if oid == PBES2:
        cipher, _, prf, _, iterations = _pbes2(params)
        return _pbes2_protection(cipher, prf, iterations)
    name = _NAMES.get(oid, oid)
    if oid.startswith(PBES1_AND_PKCS12):     # PBEParameter: salt, iteration count
        pbe = params.sequence()
        pbe.octet_string()
        return Protection(FORMAT.name, FORMAT.label, True, name, name, rounds=pbe.integer())
    return Protection(FORMAT.name, FORMAT.label, True, name, name)

FORMAT = Format(name="pkcs8", label=N_("PKCS#8 private key PEM"), private=True,
                detect=pem.detector(*PRIVATE_LABELS), read=read, write=write,
                is_encrypted=_is_encrypted, file_name="id_{stem}.p8.pem", protection=protection,
                holds=_holds)

PUBLIC_FORMAT = Format(name="public-pem", label=N_("Public key PEM (SubjectPublicKeyInfo)"), private=False,
                       detect=pem.detector(*PUBLIC_LABELS), read=read_public, write=write_public,
                       file_name="id_{stem}.pub.pem", holds=_holds)
